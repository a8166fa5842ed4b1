"""Dates as documents give them: a day, or only a month, or only a year.

A partial date is a range of days.  The rules compare ranges conservatively: "after the
current title" must hold for every day the date could stand for, and "N full years"
counts from the latest possible start.  A wrong "met" is worse than a missed one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
# Dates of a professional life: anything outside is a typo (0000, 9999), and would overflow
# the date arithmetic of the rules.
MIN_YEAR, MAX_YEAR = 1900, 2100


def _shown(value: object) -> str:
    """A value as a message may repeat it: at most 80 characters."""
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


class DateFormatError(ValueError):
    """A date that is not YYYY, YYYY-MM or YYYY-MM-DD, or not a real day."""


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> "PartialDate":
        """From a ``date``, an int year, or text ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``."""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise DateFormatError(f"应为日期 YYYY-MM-DD、YYYY-MM 或 YYYY，实为 {_shown(value)}")
        match = _ISO.match(value.strip())
        if not match:
            raise DateFormatError(f"应为日期 YYYY-MM-DD、YYYY-MM 或 YYYY，实为 {_shown(value)}")
        year, month, day = (int(g) if g else None for g in match.groups())
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise DateFormatError(f"{_shown(value)} 的年份不在 {MIN_YEAR}–{MAX_YEAR} 之间")
        if month is not None and not 1 <= month <= 12:
            raise DateFormatError(f"{_shown(value)} 不是真实的日期（月份应为 1–12）")
        if day is not None:
            try:
                dt.date(year, month, day)
            except ValueError:
                raise DateFormatError(f"{_shown(value)} 不是真实的日期（{year} 年 {month} 月没有 {day} 日）") from None
        return cls(year, month, day)

    @classmethod
    def of(cls, day: dt.date) -> "PartialDate":
        return cls(day.year, day.month, day.day)

    @property
    def is_exact(self) -> bool:
        return self.day is not None

    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        if self.day is not None:
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso()


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def full_years_reached_on(start: PartialDate, years: int) -> dt.date:
    """The first day on which ``years`` full years have passed since ``start`` for sure.

    满N年: from 2019-06-30, five full years are reached on 2024-06-30.  A partial start
    counts from its latest possible day.
    """
    return add_years(start.latest(), years)


def describe_span(start: dt.date, end: dt.date) -> str:
    """'4年5个月' between two days (whole months, rounded down)."""
    if end < start:
        return "0个月"
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    years, months = divmod(max(months, 0), 12)
    if years and months:
        return f"{years}年{months}个月"
    if years:
        return f"{years}年"
    return f"{months}个月"
