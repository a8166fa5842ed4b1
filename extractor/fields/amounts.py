"""Money in 万元 and word counts in 万字, as the rules count them (CONTRACT §3, §5).

Money is read only where the text says it is money, in yuan:

- a number with a yuan unit: ``1200万元``, ``1,200 万元``, ``12000000.00元``, ``1.2亿元``,
  ``500千元``, ``3.5百万元``;
- a currency mark with or without a unit: ``¥12,000,000.00``, ``￥12000000元``,
  ``人民币1200万``, ``RMB 5000``;
- capitals (大写) or Chinese numerals with 元: ``人民币壹仟贰佰万元整``, ``伍拾万元``,
  ``壹佰万零伍佰元伍角``;
- ``万``/``亿`` without 元 only right after a money label (``合同金额：1200万``).
- not a lone 小写 digit before 元 without 人民币 or 整 (``一元二次方程``).

A bare number is not money, and neither is a foreign currency (``100万美元``): both give
nothing.  Thousands separated by one space are read only where nothing else can be meant:
two groups or more, or one with fen (``1 200 000.00元``, ``120 000.00元``); ``1 200万元``
is refused, since the space may as well end another number.  A table's bare figures are
money in the unit the table states (``单位：元``): ``table_amount_wan``, ``stated_unit``.

Word counts: ``字数：350千字`` → 35.0, ``35万字``, ``350 千字``, ``三十五万字``; a plain
``字``, ``千`` or ``万`` only after the label 字数 (``字数：350000字``, ``字数：350千``).  After
the label, digits grouped by a space or comma are one number, in thousands (``356 000字``,
``356,000字``) or in 万 (``35 6000字``, as an imprint prints 35万6000).

>>> parse_amount_wan('人民币壹仟贰佰万元整（¥12,000,000.00）')
1200.0
>>> parse_amount_wan('1.2亿元')
12000.0
>>> parse_amount_wan('服务费用：560.00（万元）')  # the unit in brackets after the number
560.0
>>> parse_amount_wan('实现销售收入1,850.36万元，新增利润320万元')  # a comma after the unit ends nothing
1850.36
>>> parse_amount_wan('共计 1200') is None
True
>>> parse_words_wan('字数：350千字')
35.0
>>> parse_amount_wan('人民币1 200 000.00元'), parse_words_wan('字数：35 6000字')
(120.0, 35.6)
>>> parse_words_wan('印张:14.4 字数: 252000字')
25.2
>>> table_amount_wan('12,345,600.00', stated_unit('金额单位：元'))
1234.56
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .numerals import DIGITS, NUMERAL_CHARS, fold, squeeze, to_int

# How many 万元 one unit is.
_MONEY_UNITS: dict[str, Decimal] = {
    "元": Decimal("0.0001"), "千元": Decimal("0.1"), "万元": Decimal(1), "百万元": Decimal(100),
    "千万元": Decimal(1000), "亿元": Decimal(10000), "万": Decimal(1), "亿": Decimal(10000), "": Decimal("0.0001"),
}
_MONEY_LABEL = r"(?:金额|总额|总价|价款|合同价|合同额|造价|收入|销售额|营业额|产值|利润|投资|投资额|经费|资金|费用)"
_FOREIGN = r"(?![美欧港日英澳加韩台新]元|美金|英镑|镑|卢布|欧)"
_ARABIC_NUMBER = (r"\d{1,3}(?: \d{3}){2,}(?:\.\d+)?|\d{1,3}(?: \d{3})+\.\d{2}(?!\d)"  # 1 200 000.00, 120 000.00
                  r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_ARABIC_MONEY = re.compile(
    rf"(?P<label>{_MONEY_LABEL}[:]?)?(?P<cur>[¥]|RMB|CNY|人民币)?"
    rf"(?<![\d.,])(?<!\d )(?P<num>{_ARABIC_NUMBER})"
    rf"(?:[(（]?(?P<unit>亿元|千万元|百万元|万元|千元|元|亿|万)[)）]?|(?!\d|[.,]\d)){_FOREIGN}", re.IGNORECASE)
_CN_NUMBER = f"[{re.escape(NUMERAL_CHARS)}]+"
_CN_DIGIT = f"[{re.escape(''.join(DIGITS))}]"
_CHINESE_MONEY = re.compile(
    rf"(?P<cur>人民币|[¥])?(?<![{re.escape(NUMERAL_CHARS)}])(?P<num>{_CN_NUMBER})(?P<unit>亿元|万元|元)"
    rf"(?:(?P<jiao>{_CN_DIGIT})角)?(?:(?P<fen>{_CN_DIGIT})分)?(?:整|正)?")


@dataclass(frozen=True)
class FoundAmount:
    """An amount of money found in text, in 万元, with where it was."""

    wan: float
    span: tuple[int, int]
    text: str


def _arabic(match: re.Match) -> Decimal | None:
    unit = match.group("unit") or ""
    if not (match.group("cur") or "元" in unit or (unit in ("万", "亿") and match.group("label"))):
        return None  # not said to be money
    try:
        value = Decimal(match.group("num").replace(",", "").replace(" ", ""))
    except InvalidOperation:
        return None
    return value * _MONEY_UNITS[unit]


def _chinese(match: re.Match) -> Decimal | None:
    value = to_int(match.group("num"))
    if value is None:
        return None
    if match.group("num") in "一二三四五六七八九两" and match.group("unit") == "元" and not match.group("cur") \
            and not match.group(0).endswith(("整", "正")):
        return None  # 一元二次方程: a lone 小写 digit before 元 is too often not money
    yuan = Decimal(value) * _MONEY_UNITS[match.group("unit")] / _MONEY_UNITS["元"]
    if match.group("jiao"):
        yuan += Decimal(DIGITS[match.group("jiao")]) / 10
    if match.group("fen"):
        yuan += Decimal(DIGITS[match.group("fen")]) / 100
    return yuan * _MONEY_UNITS["元"]


def find_amounts(text: str) -> list[FoundAmount]:
    """Every amount of money in ``text``, in order, in 万元."""
    if not isinstance(text, str) or not text:
        return []
    squeezed, pos = squeeze(fold(text))
    found: list[tuple[int, int, Decimal]] = []
    for pattern, read in ((_ARABIC_MONEY, _arabic), (_CHINESE_MONEY, _chinese)):
        for match in pattern.finditer(squeezed):
            value = read(match)
            if value is not None:
                start = match.start("cur") if match.group("cur") else match.start("num")
                found.append((start, match.end(), value))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    amounts: list[FoundAmount] = []
    last_end = -1
    for start, end, value in found:
        if start >= last_end:
            span = (pos[start], pos[end - 1] + 1)
            amounts.append(FoundAmount(_as_float(value), span, text[span[0]:span[1]]))
            last_end = end
    return amounts


def parse_amount_wan(text: str) -> float | None:
    """The first amount of money in ``text``, in 万元, or ``None`` if it names none."""
    amounts = find_amounts(text)
    return amounts[0].wan if amounts else None


_WORDS = re.compile(
    rf"(?P<label>字数[:]?)?(?<![\d.{re.escape(NUMERAL_CHARS)}])(?P<num>\d+(?:\.\d+)?|{_CN_NUMBER})"
    rf"(?P<unit>千字|万字|字(?!数)|千|万)?(?![\d.])")  # 印张14.4字数…: that 字 opens the label
_WORD_UNITS = {"千字": Decimal("0.1"), "万字": Decimal(1), "字": Decimal("0.0001"),
               "千": Decimal("0.1"), "万": Decimal(1)}


_GROUPED_WORDS = re.compile(r"字数[:]?(?P<num>\d{1,4}(?: \d{4})+|\d{1,3}(?:[ ,]\d{3})+)(?P<unit>千字|万字|字)(?![\d.])")


def parse_words_wan(text: str) -> float | None:
    """The first word count in ``text``, in 万字, or ``None``."""
    if not isinstance(text, str) or not text:
        return None
    squeezed, _ = squeeze(fold(text))
    grouped = _GROUPED_WORDS.search(squeezed)
    if grouped:
        digits = re.sub("[ ,]", "", grouped.group("num"))
        return _as_float(Decimal(digits) * _WORD_UNITS[grouped.group("unit")])
    for match in _WORDS.finditer(squeezed):
        unit, raw = match.group("unit"), match.group("num")
        embedded = unit == "字" and raw[-1] in "千万"  # 三十五万字: the unit is in the numeral
        if not unit or (unit not in ("千字", "万字") and not embedded and not match.group("label")):
            continue
        if raw.replace(".", "").isdigit() and raw.isascii():
            value = Decimal(raw)
        else:
            number = to_int(raw) if unit in ("千字", "万字", "字") else None
            if number is None:
                continue
            value = Decimal(number)
        return _as_float(value * _WORD_UNITS[unit])
    return None


_TABLE_NUMBER = re.compile(r"[¥]?\s*(-?(?:\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.\d{1,2})?)")
_STATED_UNIT = re.compile(r"(?:金额)?单位[:]?\s*(?:人民币)?\s*(亿元|万元|千元|元)")


def stated_unit(text: str) -> str | None:
    """The unit a table states for its figures (``金额单位：元``, ``单位：人民币万元``).

    >>> stated_unit('编制单位：重庆某公司 金额单位：元'), stated_unit('（单位：万元）'), stated_unit('单位名称')
    ('元', '万元', None)
    """
    if not isinstance(text, str):
        return None
    match = _STATED_UNIT.search(fold(text))
    return match.group(1) if match else None


def table_amount_wan(cell: str, unit: str | None) -> float | None:
    """A table cell that is only a figure (``1,570,600.00``), in 万元 by the table's stated
    ``unit``; ``None`` for anything else (a year, words, a figure OCR broke: ``61.858.41``).

    >>> table_amount_wan('3325.5', '万元'), table_amount_wan('2022年度', '元'), table_amount_wan('61.858.41', '元')
    (3325.5, None, None)
    """
    if not isinstance(cell, str) or unit not in _MONEY_UNITS or not unit:
        return None
    match = _TABLE_NUMBER.fullmatch(fold(cell).strip())
    if not match:
        return None
    try:
        value = Decimal(re.sub("[, ]", "", match.group(1)))
    except InvalidOperation:
        return None
    return _as_float(value * _MONEY_UNITS[unit])


def _as_float(value: Decimal) -> float:
    """Round away binary noise: amounts are given to the fen, so 8 decimal places of 万 suffice."""
    return float(round(value, 8))
