"""中图分类号: a class number of the 中国图书馆分类法 (Chinese Library Classification).

A book's CIP data prints it last (``Ⅳ.①TP273``), a paper's first page beside its
keywords (``中图分类号：TP391.4``): one or two letters, the main class and its subclass,
then digits (``TP391.4``, ``R247.1``, ``TH165+.3``).  There is no check digit; the shape
and the main class (22 letters; L, M, W and Y are unused) are what can be checked.

>>> validate('tp391.4')
'TP391.4'
>>> validate('Ｒ２４７．１')
'R247.1'
>>> validate('W123')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidComponent: class W
>>> main_class('TP273'), main_class('R247.1')
('T', 'R')
>>> find('Ⅰ.①中… Ⅱ.①张… Ⅲ.①食物养生-食谱 Ⅳ.①R247.1')
'R247.1'
>>> find('I.1中... II.1张... III.1食物养生—食谱 IV.1R247.1')
'R247.1'
>>> find('中图分类号：TP391.4  文献标志码：A'), find('【中图分类号】R197.1')
('TP391.4', 'R197.1')
>>> find('ISBN 978-7-111-72345-5') is None
True
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.exceptions import InvalidComponent, InvalidFormat

# The main classes (基本大类), by their letter.
CLASSES = {
    "A": "马克思主义、列宁主义、毛泽东思想、邓小平理论", "B": "哲学、宗教", "C": "社会科学总论",
    "D": "政治、法律", "E": "军事", "F": "经济", "G": "文化、科学、教育、体育", "H": "语言、文字",
    "I": "文学", "J": "艺术", "K": "历史、地理", "N": "自然科学总论", "O": "数理科学和化学",
    "P": "天文学、地球科学", "Q": "生物科学", "R": "医药、卫生", "S": "农业科学", "T": "工业技术",
    "U": "交通运输", "V": "航空、航天", "X": "环境科学、安全科学", "Z": "综合性图书",
}

_SHAPE = re.compile(r"^([A-Z])([A-Z]?)(\d[\d.+:\-/=()]*)$")
# Where a page prints it: the CIP's fourth heading (Ⅳ.① …, OCR's IV.1 …) or a paper's label.
_PRINTED = re.compile(r"(?:Ⅳ|IV)\s*[.．。]?\s*[①1]?\s*[.．]?\s*([A-Z]{1,2}\d[\d.+:\-/]*)|"
                      r"中图(?:法)?分类号\s*[】\]]?\s*[:：]?\s*([A-Z]{1,2}\s?\d[\d.+:\-/]*)")


def compact(number: str) -> str:
    """Normalise width and case, and drop spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", number).upper())


def validate(number: str) -> str:
    number = compact(number)
    match = _SHAPE.match(number)
    if not match:
        raise InvalidFormat()
    if match.group(1) not in CLASSES:
        raise InvalidComponent(f"class {match.group(1)}")
    return number


def is_valid(number: str) -> bool:
    try:
        return bool(validate(number))
    except (InvalidFormat, InvalidComponent):
        return False


def main_class(number: str) -> str:
    """The main class's letter (``TP391.4`` → ``T``)."""
    return validate(number)[0]


def find(text: str) -> str | None:
    """The first valid class number ``text`` prints where CIP data or a paper's first page
    prints one, or None."""
    for match in _PRINTED.finditer(unicodedata.normalize("NFKC", text).replace("Ⅳ", "IV")):
        number = compact(match.group(1) or match.group(2))
        if is_valid(number):
            return number
    return None
