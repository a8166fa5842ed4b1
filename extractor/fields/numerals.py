"""Chinese numerals to ``int``: the 小写 and 大写 forms, and years read digit by digit.

Certificates write numbers three ways: positional (``一千二百``, ``十五``), financial
capitals on contracts and invoices (``壹仟贰佰``), and years spelled digit by digit
(``二〇二三``, also ``二零二三`` and, from OCR, ``二○二三`` with a white circle).  One
function reads all three; anything it cannot read for certain gives ``None``.

Refused on purpose, because their reading is a convention rather than the text:
colloquial abbreviations (``一百五`` for 150, ``一万二`` for 12 000), ``两`` as a final
units digit, and mixtures of positional and digit-by-digit forms.

The module also holds the character-level clean-up every parser in ``extractor.fields``
starts with: ``fold`` (full width to ASCII, keeping ``²``/``⑱`` away from digits) and
``squeeze`` (dropping the spaces OCR puts between characters, with positions kept).

>>> to_int('十五')
15
>>> to_int('二〇二三')
2023
>>> to_int('二零二三')
2023
>>> to_int('壹仟贰佰万')
12000000
>>> to_int('一亿二千万零五')
120000005
>>> to_int('两千')
2000
>>> to_int('廿一')
21
>>> to_int('一百五') is None
True
>>> to_int('年月日') is None
True
"""

from __future__ import annotations

import re
import unicodedata

# 〇 and 零 are both zero; OCR reads 〇 as ○ (white circle) or ◯ (large circle).
DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "◯": 0,
    "一": 1, "壹": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
# 廿 (20) and 卅 (30) appear in dates written the old way (廿一日).
_TENS = {"廿": "二十", "卅": "三十"}
_TWO = frozenset("两兩")

#: Every character ``to_int`` understands, for building regular-expression classes.
NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "".join(_TENS)
#: One or more numeral characters (a candidate for ``to_int``).
NUMERAL_RE = re.compile(f"[{re.escape(NUMERAL_CHARS)}]+")

_MAX_LENGTH = 40  # no real numeral is longer; longer text is junk, not a number

# Ranges whose NFKC form is the same character in another width or shape: full-width
# ASCII and ¥, small-form hyphens, ideographic and other spaces, Kangxi radicals (PDFs
# carry ⽇ for 日) and CJK compatibility ideographs.  Superscripts, circled and Roman
# numerals (², ⑱, ⅷ) are deliberately not here: NFKC would turn them into digits that
# the document never printed.
_FOLD_RANGES = ((0x00A0, 0x00A0), (0x2000, 0x200A), (0x2E80, 0x2FDF), (0x3000, 0x3000),
                (0xF900, 0xFAFF), (0xFE50, 0xFE6B), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE6))


def fold(text: str) -> str:
    """Width-fold ``text`` as every parser here wants it: ``２０２１`` → ``2021``, ``：`` → ``:``.

    One character in, one out, so positions in the folded text are positions in ``text``.

    >>> fold('２０２１年　３月⽇ ²')
    '2021年 3月日 ²'
    """
    return _FOLDABLE.sub(_fold_one, text)


def _fold_one(match: re.Match) -> str:
    folded = unicodedata.normalize("NFKC", match.group())
    return folded if len(folded) == 1 else match.group()


_FOLDABLE = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _FOLD_RANGES) + "]")


def to_int(text: str) -> int | None:
    """The value of a Chinese (or plain Arabic) numeral, or ``None`` if it is not one.

    White space is ignored (OCR puts spaces between characters); full-width digits are
    read as digits.
    """
    if not isinstance(text, str):
        return None
    text = "".join(fold(text).split())
    if not text or len(text) > _MAX_LENGTH:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if all(ch in DIGITS for ch in text):
        return _digit_by_digit(text)
    for old, new in _TENS.items():
        if old in text[1:]:
            return None  # 廿 only opens a number
        text = text.replace(old, new)
    return _positional(text)


def _digit_by_digit(text: str) -> int | None:
    """二〇二三 → 2023; a lone digit is itself.  两 never stands for a digit in a sequence."""
    if len(text) > 1 and any(ch in _TWO for ch in text):
        return None
    return int("".join(str(DIGITS[ch]) for ch in text))


def _positional(text: str) -> int | None:
    """一亿二千万零五 → 120000005: split on 亿, then 万, then read each section below 10 000."""
    high, sep, low = _split_big(text, "亿億")
    if sep:
        upper = _positional(high) if high else None
        lower = _section_with_wan(low, after_big=True) if low else 0
        if not upper or lower is None:
            return None
        return upper * 10**8 + lower
    return _section_with_wan(text, after_big=False)


def _split_big(text: str, units: str) -> tuple[str, str, str]:
    for unit in units:
        if unit in text:
            head, _, tail = text.partition(unit)
            return head, unit, tail
    return text, "", ""


def _section_with_wan(text: str, after_big: bool) -> int | None:
    high, sep, low = _split_big(text, "万萬")
    if sep:
        upper = _section(high, after_big=after_big) if high else None
        lower = _section(low, after_big=True) if low else 0
        if not upper or lower is None or any(u in low for u in "万萬亿億"):
            return None
        return upper * 10**4 + lower
    return _section(text, after_big=after_big)


def _section(text: str, after_big: bool) -> int | None:
    """A number below 10 000 written with 千百十 and 零 placeholders."""
    if not after_big and len(text) > 1 and DIGITS.get(text[0]) == 0:
        return None  # 零一百: a leading 零 only follows 万 or 亿
    value, last_unit, digit, zero_seen, units_seen = 0, 10_000, None, False, False
    for ch in text:
        if ch in DIGITS:
            if digit is not None:
                return None  # two digits in a row: not positional
            if DIGITS[ch] == 0:
                zero_seen = True
                continue
            digit = ch
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if unit >= last_unit:
                return None  # units must descend: 千 > 百 > 十
            if digit is None:
                if unit != 10 or units_seen or zero_seen:
                    return None
                digit = "一"  # 十五 = 15
            value += DIGITS[digit] * unit
            last_unit, digit, zero_seen, units_seen = unit, None, False, True
        else:
            return None
    if digit is not None:
        if digit in _TWO and (units_seen or after_big):
            return None
        if units_seen and last_unit != 10 and not zero_seen:
            return None  # 一百五: colloquial for 150, refused
        if after_big and not units_seen and not zero_seen:
            return None  # 一万二: colloquial for 12 000, refused
        value += DIGITS[digit]
    return value


_SQUEEZABLE = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")


def squeeze(text: str) -> tuple[str, list[int]]:
    """Drop horizontal white space except between two digits, with each kept character's
    position in ``text`` (so spans found in the result map back).

    OCR puts spaces between CJK characters and around separators; a space between two
    digits is kept because dropping it would glue two numbers into one.

    >>> squeeze('2021 年 03 月 1 5 日')[0]
    '2021年03月1 5日'
    """
    out: list[str] = []
    pos: list[int] = []
    last = 0
    for match in _SQUEEZABLE.finditer(text):
        out.append(text[last:match.start()])
        pos.extend(range(last, match.start()))
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if before.isascii() and before.isdigit() and after.isascii() and after.isdigit():
            out.append(" ")
            pos.append(match.start())
        last = match.end()
    out.append(text[last:])
    pos.extend(range(last, len(text)))
    return "".join(out), pos


def is_numeral(text: str) -> bool:
    """True when ``to_int`` reads ``text``."""
    return to_int(text) is not None
