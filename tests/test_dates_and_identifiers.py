"""Partial dates, year arithmetic and identifier validators, including OCR junk."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.exceptions import ValidationError

from identifiers import cn
from rules.dates import DateFormatError, PartialDate, add_years, describe_span, full_years_reached_on


def test_partial_dates_span_their_whole_month_or_year():
    assert PartialDate.parse("2024-02").latest() == dt.date(2024, 2, 29)
    assert PartialDate.parse("2023").earliest() == dt.date(2023, 1, 1)
    assert PartialDate.parse("2023").latest() == dt.date(2023, 12, 31)


def test_full_years_count_from_the_latest_possible_start():
    assert full_years_reached_on(PartialDate.parse("2019-06-30"), 5) == dt.date(2024, 6, 30)
    assert full_years_reached_on(PartialDate.parse("2019-06"), 5) == dt.date(2024, 6, 30)
    assert full_years_reached_on(PartialDate.parse("2019"), 5) == dt.date(2024, 12, 31)


def test_leap_day_anniversary_falls_on_28_february():
    assert add_years(dt.date(2020, 2, 29), 1) == dt.date(2021, 2, 28)


def test_span_is_described_in_years_and_months():
    assert describe_span(dt.date(2019, 6, 30), dt.date(2025, 12, 31)) == "6年6个月"
    assert describe_span(dt.date(2025, 1, 31), dt.date(2025, 2, 27)) == "0个月"


@pytest.mark.parametrize("bad", ["2021-13", "2021-02-30", "21-03-01", "2021/03/01", "", "二〇二一年", None, 3.5])
def test_bad_dates_are_rejected(bad):
    with pytest.raises(DateFormatError):
        PartialDate.parse(bad)


@pytest.mark.parametrize("number,compact", [("CN 11-2127/TP", "11-2127/TP"), ("50-1075/TP", "50-1075/TP"),
                                            ("ＣＮ５０－１０７５／ＴＰ", "50-1075/TP")])
def test_cn_numbers_normalise(number, compact):
    assert cn.validate(number) == compact


# The junk of python-stdnum's test_robustness, plus what OCR makes of a CN number.
@pytest.mark.parametrize("junk", ["", " ", "3²", "ⅷ", "⑱", "CN", "11-2127", "11－２１２７/", "1l-2127/TP",
                                  "00-2127/TP", "11-21270/TP", "11-2127/"])
def test_cn_validator_rejects_junk_with_a_typed_error(junk):
    assert not cn.is_valid(junk)
    with pytest.raises(ValidationError):
        cn.validate(junk)
