"""Finding identifiers in OCR'd or text-layer text, valid or not.

A printed identifier with a wrong check digit is reported, never silently corrected:
each finder returns what it read with a verdict, and the extractor turns a bad one into
``invalid_isbn`` / ``invalid_issn`` / ``invalid_cn`` / ``invalid_patent_number``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from stdnum import isbn as stdnum_isbn
from stdnum import issn as stdnum_issn

from identifiers import cn as cn_number
from identifiers import patent as patent_number
from identifiers import software, standard


@dataclass(frozen=True)
class FoundId:
    kind: str  # patent_number, isbn, issn, cn, registration_number, standard_number
    printed: str  # as it stood in the text
    value: str | None  # the normal form when valid, else None
    line: int | None = None  # index of the line it was found on

    @property
    def valid(self) -> bool:
        return self.value is not None


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


_PATENT = re.compile(r"(?:ZL|Z L|专利号[:：]?)\s*((?:\d\s*){12}|(?:\d\s*){8})\s*[.·。,，]?\s*([0-9Xx])(?![0-9])")
_ISBN = re.compile(r"ISBN\s*[:：/／]?\s*((?:[0-9][\s\-－—]*){9}[0-9Xx](?:[\s\-－—]*[0-9Xx]){0,3})")
_ISSN = re.compile(r"ISSN[:：.．]?\s*(\d{4}\s*[-－—]\s*\d{3}\s*[\dXx])")
_CN = re.compile(r"CN\s*[:：]?\s*(\d{2}\s*[-－—]\s*\d{4}\s*[/／]\s*[A-Z]{1,2}[0-9.]*)")


def find_patent_numbers(text: str) -> list[FoundId]:
    found = []
    for match in _PATENT.finditer(_nfkc(text).upper()):
        digits = re.sub(r"\s", "", match.group(1))
        printed = f"ZL{digits}.{match.group(2)}"
        value = patent_number.validate(printed) if patent_number.is_valid(printed) else None
        found.append(FoundId("patent_number", printed, value))
    return found


# Dashes and dots OCR reads between an ISBN's digit groups (–, −, ·, .).
_ISBN_SEPARATORS = "‐‑‒–—―−－﹣⁃·•・.．~～_"


def _forgive_isbn(text: str) -> str:
    """OCR's damage to an ISBN undone: 1, l or | for the I of ``ISBN``, its letters spaced
    (``I S B N``), any dash or dot between its digit groups a hyphen (``1SBN 978.7 08 749032 0``,
    ``978–7–111…``), and a 书号 printed without the letters (``书号：978-7-…``).  The check
    digit still guards the reading: a misread ISBN is reported, never returned.

    >>> _forgive_isbn("I S B N 978–7–111–12345–6")
    'ISBN 978-7-111-12345-6'
    >>> _forgive_isbn("1S3N 9787652981826")
    'ISBN 9787652981826'
    >>> _forgive_isbn("书号：9787111123456 2021.5")
    '书号 ISBN 9787111123456 2021.5'
    """
    text = re.sub(r"I\s+S\s+B\s+N", "ISBN", text)
    text = re.sub(r"(?<![A-Za-z])[1lLI|]SBN", "ISBN", text)  # find_isbns has upper-cased the l
    # A fax's ISBN: S as 5, B as 3 or 8 — only before the 978/979 an ISBN-13 opens with.
    text = re.sub(r"(?<![A-Z0-9])[1LI|][S5][B38]N(?=[\s:：]*97[89])", "ISBN", text)
    text = re.sub(r"((?:国际标准)?书号)\s*[:：]?\s*(?=97[89])", r"\1 ISBN ", text)
    separators = re.escape(_ISBN_SEPARATORS)

    def hyphens(match: re.Match) -> str:
        # Thirteen digits at most: what follows the ISBN on its line (a price, 2021.5) stays.
        run = match.group()
        digits = [m.end() for m in re.finditer(r"\d", run)]
        cut = digits[12] if len(digits) > 13 else len(run)
        return re.sub(rf"(?<=\d)\s*[{separators}]\s*(?=\d)", "-", run[:cut]) + run[cut:]

    return re.sub(rf"(?<=ISBN)[:：]?[\d\sXx{separators}-]+", hyphens, text)


def _forgive_issn(text: str) -> str:
    """OCR's 1 or l for the I of ``ISSN``; the check digit still guards."""
    return re.sub(r"(?<![A-Za-z])[1lI|]SSN", "ISSN", text)


def _forgive_cn(text: str) -> str:
    """OCR's dot for the space after ``CN`` (``CN·11-1066/TG``) and its colon or dot for the
    hyphen (``CN 51:1867/TH``): the format NN-NNNN/XX is fixed."""
    text = re.sub(r"CN\s*[·•.．,，:：]\s*(?=\d)", "CN ", text)
    return re.sub(r"(CN\s*\d{2})\s*[:：.．·]\s*(?=\d{4}\s*[/／])", r"\1-", text)


def find_isbns(text: str) -> list[FoundId]:
    found = []
    for match in _ISBN.finditer(_forgive_isbn(_nfkc(text).upper())):
        raw = re.sub(r"[\s\-－—]", "", match.group(1))
        # An ISBN-13 begins 978 or 979, and an ISBN-10 ends where its tenth character does
        # (other digits may follow after a space).  Thirteen digits in a row that fail the
        # check are a misread ISBN-13: their first ten passing an ISBN-10's check (one in
        # eleven do) make no other book of them.
        printed = match.group(1)
        tenth = [m.end() for m in re.finditer(r"[0-9Xx]", printed)][9]
        ends_at_ten = tenth == len(printed) or not printed[tenth].isdigit()
        thirteen = len(raw) >= 13 and (raw.startswith(("978", "979")) or not ends_at_ten)
        for candidate in ((raw[:13],) if thirteen else (raw[:10],)):
            if stdnum_isbn.is_valid(candidate):
                found.append(FoundId("isbn", candidate, stdnum_isbn.to_isbn13(candidate).replace("-", "")))
                break
        else:
            found.append(FoundId("isbn", raw[:13] if len(raw) >= 13 else raw[:10], None))
    return found


def find_issns(text: str) -> list[FoundId]:
    found = []
    for match in _ISSN.finditer(_forgive_issn(_nfkc(text).upper())):
        raw = re.sub(r"\s", "", match.group(1)).replace("－", "-").replace("—", "-")
        value = stdnum_issn.format(raw) if stdnum_issn.is_valid(raw) else None
        found.append(FoundId("issn", raw, value))
    return found


def find_cns(text: str) -> list[FoundId]:
    found = []
    for match in _CN.finditer(_forgive_cn(_nfkc(text).upper())):
        raw = re.sub(r"\s", "", match.group(1))
        value = cn_number.validate(raw) if cn_number.is_valid(raw) else None
        found.append(FoundId("cn", raw, value))
    return found


def find_registration_numbers(text: str) -> list[FoundId]:
    return [FoundId("registration_number", n, n) for n in software.find_all(text)]


def find_standard_numbers(text: str) -> list[FoundId]:
    return [FoundId("standard_number", n, n) for n in standard.find_all(text)]


FINDERS = {
    "patent_number": find_patent_numbers,
    "isbn": find_isbns,
    "issn": find_issns,
    "cn": find_cns,
    "registration_number": find_registration_numbers,
    "standard_number": find_standard_numbers,
}


def find_all(text: str) -> dict[str, list[FoundId]]:
    return {kind: finder(text) for kind, finder in FINDERS.items()}
