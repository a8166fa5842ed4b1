"""A date whose one space stands where a digit of the day was: the day cannot be told, the month can.

A seal's star or edge over a date takes a digit and leaves OCR a gap: 2020年11月 4日 was 24, 2025年02月 1日 was
11.  Read as the 4th or the 1st, such a date is a confident wrong day, and a day can decide whether an achievement
falls after the current title.  Dated to the month, it is a miss a reviewer sees.
"""

from extractor.fields.dates import find_dates, parse_date


def test_a_gap_before_the_days_lone_digit_dates_to_the_month():
    assert str(parse_date("2020年11月 4日")) == "2020-11"
    assert str(parse_date("登记日期：2025年02月 1日")) == "2025-02"


def test_a_gap_after_it_still_does():
    assert str(parse_date("2013年7月1 日")) == "2013-07"


def test_find_dates_in_a_line_says_the_same():
    found = find_dates("中国版权保护中心 2020年11月 4日")
    assert [str(d.value) for d in found] == ["2020-11"]


def test_dates_printed_spaced_throughout_keep_their_day():
    # a form's blanks filled in (年 月 日 spaced by the template): every part spaced, nothing lost
    assert str(parse_date("2013 年 7 月 1 日")) == "2013-07-01"
    assert str(parse_date("2020年 1月 4日")) == "2020-01-04"
    assert str(parse_date("2020年11月24日")) == "2020-11-24"


def test_a_signature_date_that_lost_a_digit_dates_the_certificate_to_the_month():
    from tests.typed_certificates import Title, read

    doc = read(Title("硕士学位证书"), "贺云舒，女，1986年3月生，在本校机械工程领域完成了工程硕士专业学位研究生的学习，"
               "于2014年6月通过学位论文答辩，经审核，授予工程硕士专业学位。", "学位评定委员会主席", "2014年7月1 日",
               name="贺云舒")
    assert doc.doc_type == "degree_certificate"
    assert str(doc.fields.get("date")) == "2014-07"
