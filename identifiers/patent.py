"""Chinese patent numbers (专利号): ``ZL`` + application number + ``.`` + check digit.

The application number is ``YYYY`` + a type digit (1 invention, 2 utility model,
3 design, 8/9 PCT entering China) + a 7-digit serial, twelve digits in all; before 2003
it was 8 digits (``YY`` + type + 5-digit serial).  The check digit is Σ dᵢ·wᵢ mod 11 with
weights 2, 3, 4, 5, 6, 7, 8, 9 cycling over the digits, 10 written ``X``.

>>> validate('ZL 2017 1 0601862.3')
'ZL201710601862.3'
>>> validate('ZL201710601862.4')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidChecksum: The number's checksum or check digit is invalid.
>>> calc_check_digit('201710601862')
'3'
>>> patent_type('ZL201710601862.3')
'invention'
>>> application_year('ZL02123456.6')
2002
>>> format('201710601862.3')
'ZL201710601862.3'
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength

_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9)
_SHAPE = re.compile(r"^(?:ZL)?(\d{8}|\d{12})\.?([0-9X])$")
TYPES = {"1": "invention", "2": "utility_model", "3": "design", "8": "invention", "9": "utility_model"}


def compact(number: str) -> str:
    """Normalise width and case; drop spaces, the ``ZL``/``CN`` prefix's spacing and ``·``."""
    number = unicodedata.normalize("NFKC", number).upper()
    number = re.sub(r"[\s·•]", "", number)
    return number


def calc_check_digit(digits: str) -> str:
    total = sum(int(d) * _WEIGHTS[i % len(_WEIGHTS)] for i, d in enumerate(digits))
    check = total % 11
    return "X" if check == 10 else str(check)


def validate(number: str) -> str:
    """The number in normal form ``ZL…​.C``, or a ``ValidationError``."""
    number = compact(number)
    if number.startswith("CN"):
        number = "ZL" + number[2:]
    match = _SHAPE.match(number)
    if not match:
        digits = re.sub(r"\D", "", number)
        raise InvalidLength() if digits and len(digits) not in (9, 13) else InvalidFormat()
    digits, check = match.groups()
    if digits[4 if len(digits) == 12 else 2] not in TYPES:
        raise InvalidComponent()
    if calc_check_digit(digits) != check:
        raise InvalidChecksum()
    return f"ZL{digits}.{check}"


def is_valid(number: str) -> bool:
    try:
        return bool(validate(number))
    except (InvalidFormat, InvalidLength, InvalidChecksum, InvalidComponent):
        return False


def format(number: str) -> str:  # noqa: A001 - the stdnum name
    return validate(number)


def patent_type(number: str) -> str | None:
    """invention / utility_model / design from the type digit of a valid number."""
    digits = validate(number)[2:-2]
    return TYPES.get(digits[4 if len(digits) == 12 else 2])


def application_year(number: str) -> int | None:
    """The year the application was filed: the first digits of the application number."""
    digits = validate(number)[2:-2]
    if len(digits) == 12:
        return int(digits[:4])
    year = int(digits[:2])
    return 1900 + year if year >= 85 else 2000 + year
