"""CN: 国内统一连续出版物号, the serial number of a Chinese periodical.

``CN`` + two-digit region (GB/T 2260: 11 北京 … 50 重庆 …) + ``-`` + four-digit serial +
``/`` + classification letters (中图法 class, e.g. ``TP``).  There is no check digit,
so validation checks the shape and the region.

>>> validate('CN 11-2127/TP')
'11-2127/TP'
>>> validate('cn11－2127／tp')
'11-2127/TP'
>>> validate('99-2127/TP')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidComponent: region 99
>>> is_valid('11-212/TP')
False
>>> format('11-2127/TP')
'CN 11-2127/TP'
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.exceptions import InvalidComponent, InvalidFormat

# Province-level region codes of GB/T 2260 (first two digits), plus 10: serials of
# national bodies carry it (CN 10-1281/D 财经法学 in the official CSSCI list).
REGIONS = frozenset({
    10, 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
    41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
})

_SHAPE = re.compile(r"^(\d{2})-(\d{4})/([A-Z][A-Z0-9]{0,3}(?:\.\d+)?)$")


def compact(number: str) -> str:
    """Normalise width and case, drop the ``CN`` prefix and spaces."""
    number = unicodedata.normalize("NFKC", number).upper()
    number = re.sub(r"\s+", "", number)
    return number[2:] if number.startswith("CN") else number


# The 中图法 classes a CN may end with: a main class (``identifiers.clc.CLASSES``), or one of 工业技术's
# subclasses (TB … TV), the only main class split by a second letter; digits may follow (G4, O6).
_T_SUBCLASSES = frozenset("BDEFGHJKLMNPQSUV")


def _class_ok(code: str) -> bool:
    """Whether a CN's class (after ``/``) is one the 中图法 has.

    >>> _class_ok('TP'), _class_ok('G4'), _class_ok('TR'), _class_ok('W'), _class_ok('XA')
    (True, True, False, False, False)
    """
    from .clc import CLASSES

    if code[0] not in CLASSES:
        return False
    return len(code) == 1 or not code[1].isalpha() or (code[0] == "T" and code[1] in _T_SUBCLASSES)


def validate(number: str) -> str:
    """The CN in its normal form, or a ``stdnum`` exception: its shape, its region and its
    class (a letter OCR damaged on a fax, 11-4659/TR for 11-4659/TH, is no CN: probe ED j04).

    >>> validate('11-4659/TR')
    Traceback (most recent call last):
        ...
    stdnum.exceptions.InvalidComponent: class TR
    """
    number = compact(number)
    match = _SHAPE.match(number)
    if not match:
        raise InvalidFormat()
    if int(match.group(1)) not in REGIONS:
        raise InvalidComponent(f"region {match.group(1)}")
    if not _class_ok(match.group(3)):
        raise InvalidComponent(f"class {match.group(3)}")
    return number


def is_valid(number: str) -> bool:
    try:
        return bool(validate(number))
    except (InvalidFormat, InvalidComponent):
        return False


def format(number: str) -> str:  # noqa: A001 - the stdnum name
    return "CN " + compact(number)
