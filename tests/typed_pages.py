"""Documents built from typed lines, the way a reader would see them (no OCR, no PDF): the
one builder the wording tests share.

An A4 page at 150 dpi; body text 28 units high, one CJK character 28 units wide.  ``page``
lays rows top to bottom with plausible boxes: a plain string at the left margin, ``At(x, …)``
indented, ``Row((x, text), …)`` cells on one row, ``Big(…)`` (or ``Sized(…, size)``) a centred
title in bigger print, ``None`` a blank line.
"""

from __future__ import annotations

from extractor.model import Line, Page, ReadResult
from extractor.text import DocText

WIDTH, HEIGHT = 1240, 1754
LEFT = 120
SIZE = 28
STEP = 46


class Big(str):
    """A title line: bigger print (46 units unless told), centred."""

    def __new__(cls, text: str, size: float = 46):
        obj = super().__new__(cls, text)
        obj.size = size
        return obj


Sized = Big  # a centred line in print of ``size``


class At(str):
    """A line starting at ``x`` (an indented continuation, a cell)."""

    def __new__(cls, x: float, text: str):
        obj = super().__new__(cls, text)
        obj.x = x
        return obj


class Row(tuple):
    """Cells on one row: ``Row((x, text), (x, text), …)``."""

    def __new__(cls, *cells):
        return super().__new__(cls, cells)


def _width(text: str, size: float) -> float:
    return sum(size if ord(c) > 0x2e80 else size * 0.55 for c in text)


def page(*rows) -> list[Line]:
    """Lines laid top to bottom with plausible boxes; ``None`` leaves a blank line."""
    lines, y = [], 100.0
    for row in rows:
        if row is None:
            y += STEP
            continue
        if isinstance(row, Big):
            w = _width(row, row.size)
            lines.append(Line(str(row), ((WIDTH - w) / 2, y, (WIDTH + w) / 2, y + row.size)))
            y += row.size + 30
            continue
        cells = list(row) if isinstance(row, Row) else [(getattr(row, "x", LEFT), str(row))]
        for x, text in cells:
            lines.append(Line(text, (x, y, x + _width(text, SIZE), y + SIZE)))
        y += STEP
    return lines


def doc(*pages: list[Line]) -> DocText:
    return DocText(ReadResult("t.pdf", "0" * 64, page_count=len(pages),
                              pages=[Page(n, WIDTH, HEIGHT, "text_layer", lines) for n, lines in enumerate(pages, 1)]))
