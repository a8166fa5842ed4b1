"""CN and ISSN as journal-list keys.

A CN serial number ``11-1040/K`` identifies a journal by its region and serial, ``11-1040``; the
part after the slash is a classification that lists and OCR get wrong (``34-1003/GO`` for
``/G0`` in the CSSCI PDF, ``31-1112/C`` there and ``/Z`` at CNKI) and that does not tell two
journals apart.  So lists and papers are matched on ``NN-NNNN`` alone.

>>> cn_key('CN 11-1040/K'), cn_key('１１－１０４０／Ｋ'), cn_key('10-1281/D')
('11-1040', '11-1040', '10-1281')
>>> issn_key('1002-797１')
'1002-7971'
"""

from __future__ import annotations

import re

from stdnum.exceptions import ValidationError

from identifiers import cn as _cn


class SerialError(ValueError):
    """A CN or ISSN that is not well formed (or, for an ISSN, fails its check digit)."""


# GB/T 2260 provinces, plus 10: the prefix the press administration gives central-level
# journals registered since the 2010s (10-1281/D 财经法学, 10-1242/F 财务研究 in CSSCI).
_REGIONS = _cn.REGIONS | {10}
_DASHES = re.compile(r"[‐‑‒–—―−]")
_SHAPE = re.compile(r"^(\d{2})-(\d{4})(?:/[A-Z][A-Z0-9.]*)?$")


def cn_key(text: str) -> str:
    """``NN-NNNN`` of a CN serial number, with or without ``CN`` and the classification."""
    compact = _cn.compact(_DASHES.sub("-", text))
    match = _SHAPE.match(compact)
    if not match:
        raise SerialError(f"CN {text!r} 不是 NN-NNNN/XX 的格式（例如 11-1040/K）")
    if int(match.group(1)) not in _REGIONS:
        raise SerialError(f"CN {text!r}：{match.group(1)} 不是地区码")
    return f"{match.group(1)}-{match.group(2)}"


_ISSN = re.compile(r"^(\d{4})-?(\d{3})([\dX])$")


def issn_key(text: str) -> str:
    """``NNNN-NNNC`` of a valid ISSN (check digit verified)."""
    plain = _ISSN.match(text.strip().upper())
    if plain:  # the usual spelling, checked here: lists hold thousands and stdnum is ~20x slower
        digits = plain.group(1) + plain.group(2)
        check = (11 - sum((8 - i) * int(d) for i, d in enumerate(digits)) % 11) % 11
        if plain.group(3) == ("X" if check == 10 else str(check)):
            return f"{plain.group(1)}-{plain.group(2)}{plain.group(3)}"
    from stdnum import issn as _issn  # everything else, and the error message

    try:
        return _issn.format(_issn.validate(_DASHES.sub("-", text)))
    except ValidationError as err:
        raise SerialError(f"ISSN {text!r} 无效（{err}）") from None
