"""One-page certificates, letters and forms built from typed lines, as OCR hands them over
(200 dpi A4, full-width punctuation folded as reading folds it): the builder the certificate
and letter wording tests share.  ``page`` lays rows top to bottom: a string at the left margin,
a ``(text, x)`` pair, a ``Title`` (big, centred), or a list of those (cells of one row)."""

from __future__ import annotations

import unicodedata

from extractor.model import Line, Page, ReadResult
from zhicheng.documents import Document, document_from

SIZE = 36  # letter height on an A4 page read at 200 dpi


LEFT = 180


WIDTH, HEIGHT = 1654, 2339


class Title(str):
    """A title line: twice the letter height, centred."""


def _width(text: str, size: float) -> float:
    return sum(size * (0.5 if c == " " else 0.55 if c.isascii() else 1.0) for c in text)


def page(*rows, size: float = SIZE, gap: float = 0.9) -> list[Line]:
    """Lines laid out top to bottom.  A row is a string (a line at the left margin), a
    ``(text, x)`` pair (a line starting at ``x``), a ``Title`` (big, centred) or a list of
    those (cells of one row; a bare string cell follows the previous one after a gap)."""
    lines, y = [], 150.0
    for row in rows:
        cells = row if isinstance(row, list) else [row]
        height = size * 2 if any(isinstance(c, Title) for c in cells) else size
        cursor = LEFT
        for cell in cells:
            text, x = (cell if isinstance(cell, tuple) else (cell, None))
            w = _width(text, height)
            if x is None:
                x = (WIDTH - w) / 2 if isinstance(cell, Title) else cursor
            lines.append(Line(unicodedata.normalize("NFKC", text), (x, y, x + w, y + height), 0.96))
            cursor = x + w + 2 * size
        y += height * (1 + gap)
    return lines


def _result(*rows, **kw) -> ReadResult:
    return ReadResult("scan.png", "0" * 64, pages=[Page(1, WIDTH, HEIGHT, "ocr", page(*rows, **kw))], page_count=1)


# A letter's target_title (the title it recommends for) has tests of its own
# (test_cells_apart_ninth_session); the wording tests here, written before it was read,
# compare the fields that name the people and the recommender's title.
_OWN_TESTS = ("target_title",)
# A letter's date (read since the eighteenth session, so that one signed after the review's
# closing day is held back) has tests of its own (test_eighteenth_session) too.
_OWN_LETTER_TESTS = ("date",)


def read(*rows, name: str | None = None, **kw) -> Document:
    """Classify and extract a one-page document typed as ``rows`` (see ``page``)."""
    doc = document_from(_result(*rows, **kw), name=name)
    for key in _OWN_TESTS + (_OWN_LETTER_TESTS if doc.doc_type == "recommendation_letter" else ()):
        doc.fields.pop(key, None)
    return doc


def fields_of(doc_type: str, *rows, **kw) -> dict:
    """The fields ``doc_type``'s parser reads from ``rows``, whatever the classifier says."""
    from extractor.doctypes import doctype
    from extractor.text import DocText

    values = doctype(doc_type).extract(DocText(_result(*rows, **kw))).values
    skip = _OWN_TESTS + (_OWN_LETTER_TESTS if doc_type == "recommendation_letter" else ())
    return {k: v for k, v in values.items() if k not in skip}


def cells(*pairs, value_x: int = LEFT + 320):
    """Rows of a form: each pair a label cell and its value cell."""
    return [[(label, LEFT), (value, value_x)] for label, value in pairs]


V = LEFT + 320  # a form's value column
