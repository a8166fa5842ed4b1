"""Dates as certificates, papers and contracts print them, found and parsed in running text.

Forms read (GUIDE, domain notes), with full-width digits and Kangxi radicals folded first:

- ``2021年3月15日``, ``2021年03月15日``, ``2021 年 03 月 15 日`` (OCR puts spaces anywhere
  next to a CJK character or a separator; ``日`` misread as ``曰``, ``号``, and ``口`` where no
  word follows, are accepted);
- ``二〇二一年三月十五日`` (``〇`` also as ``零``, ``○``, ``O``), ``二〇二三年十一月``;
  OCR's misreadings between Chinese numerals too: ``一`` as a dash (``二〇-九年``), ``〇``
  as ``C`` inside the year (``二C〇八年``);
- ``2021-03-15``, ``2021.03.15``, ``2021/3/15`` (one separator throughout);
- month precision: ``2021年3月``, ``2021-03``, ``2021.03``; year precision ``2021年`` only
  where asked for (``find_dates(..., year_only=True)``, ``parse_date``, labels), since
  ``2021年度`` in a title is not a date of anything;
- labelled: ``收稿日期：2021-03-15``, ``授权公告日：…``, ``申请日``, ``发证日期`` …

Impossible days (``2021-02-30``) and implausible years (before 1950, after 2100) give
nothing at all, not a truncated ``2021-02``: a wrong date is worse than a missing one.
Between two digits a single space is read only inside a 年/月/日 date (``2 0 2 1年``,
``15`` as ``1 5日``), where the characters anchor it; in numeric forms it ends the number,
since squeezing it would glue a preceding number to the year.

>>> parse_date('2021 年 03 月 15 日')
PartialDate(year=2021, month=3, day=15)
>>> parse_date('二〇二三年十一月').iso()
'2023-11'
>>> parse_date('2016年4月5F').iso()
'2016-04-05'
>>> parse_date('2023年十一月二十日').iso()
'2023-11-20'
>>> parse_date('二二一年十一月二十四日').iso()
'2021-11-24'
>>> parse_date('〇一〇年二月八日').iso()  # a seal over its 二
'2010-02-08'
>>> parse_date('2021-02-30') is None
True
>>> [(d.value.iso(), d.label) for d in find_dates('专利申请日：2022年07月04日 授权公告日：2022年10月14日')]
[('2022-07-04', '专利申请日'), ('2022-10-14', '授权公告日')]
>>> date_after_label('收稿日期：2021-03-15；修回日期：2021-05-02', ['修回日期']).iso()
'2021-05-02'
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rules.dates import PartialDate

from .numerals import fold, squeeze, to_int

MIN_YEAR, MAX_YEAR = 1950, 2100

#: Labels that name a date, longest first so that 专利申请日 wins over 申请日.
KNOWN_LABELS: tuple[str, ...] = tuple(sorted({
    "收稿日期", "修回日期", "录用日期", "接受日期", "出版日期", "发表日期", "首次发表日期", "开发完成日期",
    "网络出版日期", "网络首发日期", "授权公告日", "授权日", "公告日", "申请日", "专利申请日", "发证日期",
    "颁发日期", "颁证日期", "发布日期", "实施日期", "登记日期", "验收日期", "鉴定日期", "评审日期",
    "签订日期", "签约日期", "签署日期", "签发日期", "成文日期", "印发日期", "开票日期", "获奖日期",
    "授予日期", "批准日期", "完成日期", "出版时间", "发表时间", "日期", "时间",
}, key=len, reverse=True))


@dataclass(frozen=True)
class FoundDate:
    """A date found in text: its value, where it is, and the label just before it."""

    value: PartialDate
    span: tuple[int, int]  # positions in the text given, end exclusive
    text: str  # the text at ``span``, as given
    label: str | None = None

    @property
    def precision(self) -> str:
        return "day" if self.value.day else "month" if self.value.month else "year"


_Y_ZERO = "〇零○◯OΟ0"
_CN_DIGIT = "一二三四五六七八九"
# OCR reads the lone stroke of 一 as a dash (二〇-九年); between Chinese numerals it is 一.
_ONE_LIKE = "\\-‐‑–—_ー"
_ZERO_LIKE = "Cc"  # and 〇 as C (二C〇八年); only inside the year, never at its ends
_DAY_MARK = "日曰号"
_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("arabic", re.compile(
        # Month and day may be written in words after a year in digits (2023年十一月二十日).
        rf"(?<!\d)(?P<y>\d(?: ?\d){{3}})年(?:(?P<m>\d ?\d?|[{_CN_DIGIT}十]{{1,3}})月"
        # (日 read as 口, 目, F or E at the end of a line: 2016年4月5F)
        rf"(?:(?P<d>\d ?\d?|[{_CN_DIGIT}十廿卅]{{1,4}})(?:[{_DAY_MARK}]|[口目](?![\u4e00-\u9fff])|[FE](?![\w\u4e00-\u9fff])))?)?")),
    ("chinese", re.compile(
        rf"(?<![{_Y_ZERO}{_CN_DIGIT}十])(?P<y>[{_Y_ZERO}{_CN_DIGIT}][{_Y_ZERO}{_CN_DIGIT}{_ONE_LIKE}{_ZERO_LIKE}]{{2}}[{_Y_ZERO}{_CN_DIGIT}])年"
        rf"(?:(?P<m>[{_CN_DIGIT}十{_ONE_LIKE}]{{1,3}})月(?:(?P<d>[{_CN_DIGIT}十廿卅{_ONE_LIKE}]{{1,4}})[{_DAY_MARK}])?)?")),
    # OCR drops the 〇 of 二〇二一 (二二一年十一月二十四日): three numerals after 二, the second
    # 一 or 二, can only be a year of this century with its 〇 lost.
    ("chinese3", re.compile(
        rf"(?<![{_Y_ZERO}{_CN_DIGIT}十{_ONE_LIKE}])(?P<y>二[一二][{_Y_ZERO}{_CN_DIGIT}])年"
        rf"(?:(?P<m>[{_CN_DIGIT}十]{{1,3}})月(?:(?P<d>[{_CN_DIGIT}十廿卅]{{1,4}})[{_DAY_MARK}])?)?")),
    # A seal over a date's first numeral (二 of 二〇一〇 lost: 〇一〇年二月八日): a year that opens
    # with 〇 is this millennium's with its 二 cut, when its month follows.
    ("chinese3z", re.compile(
        rf"(?<![{_Y_ZERO}{_CN_DIGIT}十{_ONE_LIKE}])(?P<y>[{_Y_ZERO}][{_Y_ZERO}一二][{_Y_ZERO}{_CN_DIGIT}])年"
        rf"(?P<m>[{_CN_DIGIT}十]{{1,3}})月(?:(?P<d>[{_CN_DIGIT}十廿卅]{{1,4}})[{_DAY_MARK}])?")),
    # The same in digits: a seal's edge over 2022 leaves 022年6月20日; a year that opens with 0
    # before 年 is this millennium's with its 2 cut, when its month follows.
    # (Cut at its end too, 012年09月2, it is left to a second reading: no month for a day lost.)
    ("arabic3z", re.compile(
        rf"(?<![\d.])(?P<y>0[0-2]\d)年(?P<m>\d ?\d?)月"
        rf"(?:(?P<d>\d ?\d?)(?:[{_DAY_MARK}]|[口目](?![\u4e00-\u9fff])|[FE](?![\w\u4e00-\u9fff]))|(?!\s?\d))")),
    # (never a number's part, letters glued before it: 证书号：YCKJ2023-01-02, probe DW A06)
    ("numeric", re.compile(
        r"(?<![\d.A-Za-z])(?P<y>\d{4})(?P<sep>[-./])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?"
        r"(?!\d|[-./,]\d|[%‰元万亿千])")),
)
def _number(raw: str | None, kind: str) -> int | None:
    if raw is None:
        return None
    raw = raw.replace(" ", "")
    if kind in ("chinese", "chinese3", "chinese3z"):
        raw = re.sub(f"[{_Y_ZERO}{_ZERO_LIKE}]", "〇", raw)
        raw = re.sub(f"[{_ONE_LIKE}]", "一", raw)
    return to_int(raw)


def _value(match: re.Match, kind: str) -> PartialDate | None:
    """The date a match stands for, or ``None`` when it is not a real, plausible day."""
    year = _number(match.group("y")[0] + "〇" + match.group("y")[1:], kind) if kind == "chinese3" \
        else _number("二" + match.group("y"), kind) if kind == "chinese3z" \
        else _number("2" + match.group("y"), kind) if kind == "arabic3z" else _number(match.group("y"), kind)
    month = _number(match.group("m"), kind)
    day = _number(match.group("d"), kind)
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if match.group("m") is not None and (month is None or not 1 <= month <= 12):
        return None
    if match.group("d") is not None and (day is None or not 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return PartialDate(year, month, day)


def _scan(squeezed: str) -> list[tuple[int, int, PartialDate | None]]:
    """Non-overlapping candidates, earliest and longest first; invalid ones keep their
    place (so ``2021-02-30`` cannot be re-read as ``2021-02``) with value ``None``."""
    found = [(m.start(), m.end(), _value(m, kind)) for kind, pattern in _PATTERNS
             for m in pattern.finditer(squeezed)]
    found.sort(key=lambda c: (c[0], c[0] - c[1]))
    kept: list[tuple[int, int, PartialDate | None]] = []
    for candidate in found:
        if not kept or candidate[0] >= kept[-1][1]:
            kept.append(candidate)
    return kept


def _label_before(squeezed: str, start: int) -> str | None:
    """The label just before a date: a known one, or any short one ending in 日期/日/时间
    and followed by a colon."""
    match = re.search(r"([\u4e00-\u9fff]{1,20})(:?)$", squeezed[max(0, start - 21):start])
    if not match:
        return None
    run, colon = match.groups()
    for label in KNOWN_LABELS:
        if run.endswith(label):  # longest first: 专利申请日 rather than 申请日
            return label
    if colon and len(run) <= 8 and re.search(r"(日期|日|时间)$", run):
        return run
    return None


def _first_month(text: str) -> str:
    """元月 (the first month, as certificates print it: 二〇二二年元月) as 一月; the same length,
    so positions in the text still hold.

    >>> _first_month("二〇二二年元月"), _first_month("2009年12月13月")
    ('二〇二二年一月', '2009年12月13日')
    """
    text = re.sub(r"(?<=年)\s*元(?=\s*月)", lambda m: m.group().replace("元", "一"), text)
    return _DAY_AS_MONTH.sub(r"\1日", text)


# A day OCR closed with 月 for 日 (2009年12月13月, a fax's blur): after a year and a month, a
# number and 月 can only be the day.  The same length, so positions hold.
_DAY_AS_MONTH = re.compile(r"(年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*)月")


def find_dates(text: str, *, year_only: bool = False) -> list[FoundDate]:
    """Every date in ``text``, in order.  Year-only dates (``2021年``) only if asked for.

    >>> [str(d.value) for d in find_dates("发布时间:2024-03-1510:30")]
    ['2024-03-15']
    """
    if not isinstance(text, str) or not text:
        return []
    # (a time of day OCR glued to the day, 发布时间:2024-03-1510:30, probe DN rec-03: blanked, the
    # length kept, so that its digits are read as no day)
    text = _GLUED_TIME.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    squeezed, pos = squeeze(fold(_first_month(text)))
    dates: list[FoundDate] = []
    for start, end, value in _scan(squeezed):
        if value is None or (value.month is None and not year_only):
            continue
        span = (pos[start], pos[end - 1] + 1)
        if value.day is not None and _LOST_DIGIT.fullmatch(text[span[0]:span[1]]):
            value = PartialDate(value.year, value.month)  # (parse_date: 2013年7月1 日, its 0 lost)
        dates.append(FoundDate(value, span, text[span[0]:span[1]], _label_before(squeezed, start)))
    return dates


_GLUED_TIME = re.compile(r"((?:19|20)\d\d[-/.]\d\d[-/.]\d\d)((?:[01]\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?)(?!\d)")


# A year in numerals with a gap: what is left of 二〇〇八 when a seal or a faint print took its
# 〇s (二 八年十月七日, 二〇 九年九月十六日).
_GAPPED_YEAR = re.compile(rf"(?<![{_Y_ZERO}{_CN_DIGIT}十])([{_CN_DIGIT}][{_Y_ZERO}{_CN_DIGIT}\s]*?)\s*年")


def dates_in_year(text: str, year: int) -> list[FoundDate]:
    """The dates of ``text``, reading a year in Chinese numerals that OCR left short (its 〇s
    lost under a seal) as ``year``, which the page prints elsewhere (a registration number's
    ``2008SR…``), but only when what is left of it stands in that year in order, its first and
    last numerals included.  Without such a print a short year is not guessed: 二 八 may be
    2008 or 2018.

    >>> [str(d.value) for d in dates_in_year("登记日期:二 八年十月七日", 2008)]
    ['2008-10-07']
    >>> [str(d.value) for d in dates_in_year("二〇 九年九月十六日", 2009)], dates_in_year("二 八年十月七日", 2009)
    (['2009-09-16'], [])
    >>> [str(d.value) for d in dates_in_year("二〇一五年三月二日", 2016)]  # a whole year is not re-read
    ['2015-03-02']
    """
    numerals = "〇一二三四五六七八九"
    whole = "".join(numerals[int(c)] for c in str(year))

    def repair(match: re.Match) -> str:
        kept = re.sub(f"[{_Y_ZERO}]", "〇", "".join(match.group(1).split()))
        rest = iter(whole)
        if 2 <= len(kept) < 4 and kept[0] == whole[0] and kept[-1] == whole[-1] and all(c in rest for c in kept):
            return whole + "年"
        return match.group()

    return find_dates(_GAPPED_YEAR.sub(repair, text))


def without_dates(text: str, found: list[FoundDate] | None = None) -> str:
    """``text`` with every date ``find_dates`` reads in it taken out (a space left where each
    stood): what else a line of dates says.

    >>> without_dates("2022年8月19日  2022年8月19日").strip(), without_dates("取得资格时间 2010年12月21日 2011年2月20日").split()
    ('', ['取得资格时间'])
    """
    rest = text
    for date in reversed(find_dates(text) if found is None else found):
        rest = rest[:date.span[0]] + " " + rest[date.span[1]:]
    return rest


# A date whose only space stands where one of the day's two digits was: 2013年7月1 日 (a seal took
# the 0) or 2020年11月 4日 (the star of a seal took the 2 of 24).  A typed date that pads a lone
# digit with a space loses its day too: a month is a miss, a wrong day could be a wrong "met".
_LOST_DIGIT = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(?:\d\s+|\s+\d)日")


_LEADING_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,10}\s*[:：]\s*")
_TRIM = " \t\r\n。.,，;；:：()（）[]【】"


# A time of day after a whole day (``…日 10:22``, ``-30 10:22:31``): when, that day, not part of the date.
_TIME_OF_DAY = re.compile(r"(?<=[\d日号])\s+(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?$")


def parse_date(text: str) -> PartialDate | None:
    """The date that ``text`` is, or ``None``.

    ``text`` must be one date and nothing else, apart from a leading label
    (``发证日期：``) and surrounding punctuation; ``YYYY``, ``YYYY-MM`` and year-only
    ``2021年`` are accepted here, and a day with its time of day (an e-document's
    ``2023-06-30 10:22:31``).  Use ``find_dates`` to search running text.

    A value that is only three numbers parted by spaces is a date whose 年, 月 and 日 the
    form printed in light type and OCR lost (``取得资格时间：2019 11 17``).

    >>> str(parse_date("2023-06-30 10:22:31")), str(parse_date("2024年3月5日 09:30"))
    ('2023-06-30', '2024-03-05')
    >>> str(parse_date("2019 11 17")), parse_date("2019 13 17")
    ('2019-11-17', None)
    >>> str(parse_date("022年6月20日")), parse_date("1022年6月20日")  # a seal's edge took the 2
    ('2022-06-20', None)
    >>> str(parse_date("2013年7月1 日")), str(parse_date("2013 年 7 月 1 日"))  # a digit lost, or print spaced
    ('2013-07', '2013-07-01')
    >>> str(parse_date("2020年11月 4日")), str(parse_date("2025年02月 1日"))  # under a seal's star: 24, 11
    ('2020-11', '2025-02')
    >>> str(parse_date("2024年04月16")), parse_date("2024年04月1")  # 日 lost under the seal
    ('2024-04-16', None)
    """
    if not isinstance(text, str):
        return None
    body = _LEADING_LABEL.sub("", fold(_first_month(text)).strip()).strip(_TRIM)
    body = _TIME_OF_DAY.sub("", body)
    gap = _LOST_DIGIT.fullmatch(body)
    if gap and 1 <= int(gap.group(2)) <= 12:
        # 2013年7月1 日: the only space in the date stands where the day's second digit was (a
        # seal's stroke took the 0 of 10): the day cannot be told, the month can
        return PartialDate(int(gap.group(1)), int(gap.group(2)))
    bare = re.fullmatch(r"(\d{4})\s+(\d{1,2})\s+(\d{1,2})", body)
    unended = re.fullmatch(r"(\d{4})年(\d{1,2})月([12]\d|3[01])", body)
    if unended:
        # 2024年04月16 under a seal: its 日 lost, the day whole (no day has a third digit);
        # a day of one digit (2024年04月1) may have lost its second, and stays unread
        body = "-".join(unended.groups())
    if bare:
        body = "-".join(bare.groups())
    if re.fullmatch(r"\d{4}", body):
        year = int(body)
        return PartialDate(year) if MIN_YEAR <= year <= MAX_YEAR else None
    squeezed, _ = squeeze(body)
    candidates = _scan(squeezed)
    if len(candidates) != 1:
        return None
    start, end, value = candidates[0]
    return value if (start, end) == (0, len(squeezed)) else None


def date_after_label(text: str, labels: Iterable[str], *, max_gap: int = 2) -> PartialDate | None:
    """The date printed right after the first of ``labels`` (in the order given) that has one.

    The label is searched as given, white space ignored (``授 权 公 告 日`` is found); the
    date must follow within ``max_gap`` characters of colons or spaces.  Year-only dates
    count here, since a label says what the number is.

    >>> str(date_after_label("资格取得时间为2021年12月28日。", ["资格取得时间"]))
    '2021-12-28'
    """
    if not isinstance(text, str) or not text:
        return None
    squeezed, _ = squeeze(fold(text))
    candidates = [c for c in _scan(squeezed) if c[2] is not None]
    starts = [c[0] for c in candidates]
    for label in labels:
        label = "".join(fold(label).split())
        if not label:
            continue
        for match in re.finditer(re.escape(label), squeezed):
            k = bisect.bisect_left(starts, match.end())
            if k < len(candidates):
                start, _, value = candidates[k]
                # OCR reads : as , or .; a sentence says 资格取得时间为2021年12月28日
                if start - match.end() <= max_gap and re.fullmatch(r"[:,.\s]*(?:为|是|于)?[:\s]*",
                                                                     squeezed[match.end():start]):
                    return value
    return None
