"""Software copyright registration numbers (计算机软件著作权 登记号): ``YYYYSR`` + serial.

The registration number is the year of registration, ``SR``, and a serial: seven digits
since the early 2010s (``2025SR1189990``), five or six before.  There is no check digit, so
validation checks the shape and that the year is plausible (1990–2100).

The certificate number (证书号 ``软著登字第1847615号``) is another thing, printed on the
same page: it has no ``SR`` and is never taken for the registration number.

What ``compact`` forgives, because OCR produces it and the reading is unambiguous in a
``4 digits, two letters, digits`` shape: spaces, full width, lower case, and ONE of the
two letters misread: ``5R`` or ``$R`` for ``SR``, ``SK`` for ``SR``.  Both letters
misread (``5K``), a misread digit (``O`` for ``0``) or any other letter is refused:
there the reading would be a guess.

>>> validate('2021SR0123456')
'2021SR0123456'
>>> validate('２０２１ｓｒ０１２３４５６')
'2021SR0123456'
>>> validate('2021 SR 0123456')
'2021SR0123456'
>>> validate('20215R0123456')
'2021SR0123456'
>>> validate('1985SR0123456')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidComponent: year 1985
>>> validate('软著登字第1847615号')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidFormat: The number has an invalid format.
>>> find_all('证书号：软著登字第15846188号 登记号：2025SR1189990')
['2025SR1189990']
>>> registration_year('2025SR1189990')
2025
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength

MIN_YEAR, MAX_YEAR = 1990, 2100
SERIAL_LENGTHS = range(5, 8)  # 5 to 7 digits

# One misread letter at most: 5R / $R / SR / SK.
_LETTERS = r"(?:SR|[5$]R|SK)"
_SHAPE = re.compile(rf"^(\d{{4}}){_LETTERS}(\d+)$")
# In running text: not glued to other digits or letters.
_IN_TEXT = re.compile(rf"(?<![0-9A-Z])(\d{{4}})\s*{_LETTERS}\s*(\d{{5,7}})(?![0-9])")


def _normalise(text: str) -> str:
    """NFKC and upper case, but superscript or circled digits (``²``, ``⑱``) become ``?``:
    NFKC would turn them into digits the document never printed."""
    text = "".join("?" if ch.isdigit() and not ("0" <= ch <= "9" or "０" <= ch <= "９") else ch
                   for ch in text)
    return unicodedata.normalize("NFKC", text).upper()


def compact(number: str) -> str:
    """Normalise width and case, drop white space and hyphens, mend one misread letter."""
    number = _normalise(number)
    number = re.sub(r"[\s\-_.·]", "", number)
    match = _SHAPE.match(number)
    if match:
        return f"{match.group(1)}SR{match.group(2)}"
    return number


def validate(number: str) -> str:
    """The number in normal form ``2021SR0123456``, or a ``ValidationError``."""
    number = compact(number)
    match = re.match(r"^(\d{4})SR(\d+)$", number)
    if not match:
        raise InvalidFormat()
    year, serial = match.groups()
    if len(serial) not in SERIAL_LENGTHS:
        raise InvalidLength()
    if not MIN_YEAR <= int(year) <= MAX_YEAR:
        raise InvalidComponent(f"year {year}")
    return number


def is_valid(number: str) -> bool:
    try:
        return bool(validate(number))
    except (InvalidFormat, InvalidLength, InvalidComponent):
        return False


def format(number: str) -> str:  # noqa: A001 - the stdnum name
    return validate(number)


def registration_year(number: str) -> int:
    """The year of registration, the first four digits."""
    return int(validate(number)[:4])


def find_all(text: str) -> list[str]:
    """Every valid registration number in running text, in order, without duplicates.

    Certificate numbers (软著登字第…号) have no ``SR`` and so are never found.
    """
    text = _normalise(text)
    found: list[str] = []
    for match in _IN_TEXT.finditer(text):
        number = f"{match.group(1)}SR{match.group(2)}"
        if is_valid(number) and number not in found:
            found.append(number)
    return found
