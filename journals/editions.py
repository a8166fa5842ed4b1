"""Which edition of each core-journal list was in force in a given year.

附则（九）: core journals are judged "以论文发表时间的版本为准" — by the edition in force when the
paper came out, not by today's list.  A journal can enter or leave a list between editions, so
checking a 2021 paper against the 2023 list would be a guess; this module names the edition that
applies, and the lookup then refuses to answer when that edition's list is not loaded.

Editions are known years, kept here as data.  Files loaded by the user may add editions this
table does not know (a 2026 北大核心, a 2027-2028 CSSCI); their labels say when they apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LISTS = ("pku", "cssci", "cscd")

LABELS = {"pku": "北大核心", "cssci": "CSSCI", "cscd": "CSCD"}

# The editions known to exist, whether or not their list ships.  Knowing an unshipped edition is
# what lets a 2019 paper get "the 2017 edition applied; it is not loaded" instead of a wrong
# answer from the 2020 list.
#
# 北大核心 (《中文核心期刊要目总览》): an edition is named for a year and applies from that year until
# the next edition's year (editions every 3-4 years: 1st 1992 … 8th 2017, 9th 2020, 10th 2023).
# The book appears some months after its name year, but reviewers cite editions by that year, so
# that year is where it starts.  The newest edition stays in force "until the next"; past its
# usual three years the lookup adds a caveat instead of inventing an end.
PKU_EDITIONS = ("1992", "1996", "2000", "2004", "2008", "2011", "2014", "2017", "2020", "2023")

# CSSCI (南京大学) and CSCD (中国科学院文献情报中心) name the two years an edition covers, and it
# applies in exactly those years.  Only editions from 2017-2018 on are listed: earlier CSSCI
# editions were irregular (one-year editions, a 2016 gap), and a year this table does not cover
# gets "no edition known" rather than a neighbour's list.
TWO_YEAR_EDITIONS = ("2017-2018", "2019-2020", "2021-2022", "2023-2024", "2025-2026")

KNOWN = {"pku": PKU_EDITIONS, "cssci": TWO_YEAR_EDITIONS, "cscd": TWO_YEAR_EDITIONS}

# 北大核心 has come out every three years since 2008: beyond that the newest edition may be stale.
USUAL_PKU_CYCLE = 3

_LABEL = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


class EditionLabelError(ValueError):
    """An edition label that is neither ``YYYY`` nor ``YYYY-YYYY``."""


@dataclass(frozen=True)
class Edition:
    """One edition of one list and the years it applies to (``last`` None: until the next)."""

    list: str
    label: str
    first: int
    last: int | None

    def covers(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)

    @property
    def years(self) -> str:
        return f"{self.first}–{self.last}" if self.last is not None else f"{self.first} 年起"


def parse_label(label: str) -> tuple[int, int | None]:
    """``'2023'`` → (2023, None: until the next edition); ``'2021-2022'`` → (2021, 2022)."""
    match = _LABEL.match(label.strip())
    if not match:
        raise EditionLabelError(f"版次（edition）{label!r} 既不是 YYYY（北大核心），也不是 YYYY-YYYY（CSSCI、CSCD）")
    first = int(match.group(1))
    last = int(match.group(2)) if match.group(2) else None
    if last is not None and last < first:
        raise EditionLabelError(f"版次（edition）{label!r} 的结束年早于起始年")
    return first, last


def editions(list_name: str, extra_labels: set[str] | frozenset[str] = frozenset()) -> tuple[Edition, ...]:
    """The known editions of a list plus those loaded files add, oldest first.

    A ``YYYY`` edition runs until the year before the next edition of the same list starts.
    """
    spans = {label: parse_label(label) for label in (*KNOWN.get(list_name, ()), *extra_labels)}
    starts = sorted({first for first, _ in spans.values()})
    result = []
    for label, (first, last) in spans.items():
        if last is None:
            later = [s for s in starts if s > first]
            last = later[0] - 1 if later else None
        result.append(Edition(list_name, label, first, last))
    return tuple(sorted(result, key=lambda e: (e.first, e.label)))


def in_force(list_name: str, year: int, extra_labels: set[str] | frozenset[str] = frozenset()) -> Edition | None:
    """The edition of ``list_name`` that applied in ``year``, or None when none is known.

    Should two editions claim the year (a user file with an odd label), the newer one wins.
    """
    covering = [e for e in editions(list_name, extra_labels) if e.covers(year)]
    return max(covering, key=lambda e: e.first) if covering else None


def possibly_superseded(edition: Edition, year: int) -> bool:
    """True when an open-ended 北大核心 edition is asked about a year past its usual cycle."""
    return edition.last is None and year >= edition.first + USUAL_PKU_CYCLE
