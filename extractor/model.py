"""What reading a file yields: pages of lines, each line with its box and confidence.

Boxes are kept so that a report can crop the place a field was read from, and so that
lines can be put back in reading order (OCR engines return two-column pages interleaved).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Line:
    text: str  # NFKC-normalised, as read (spaces kept: they separate names in lists)
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in page units, origin top-left
    confidence: float = 1.0  # 0..1; 1.0 for a text layer

    @property
    def compact(self) -> str:
        """The text without white space: what label and identifier patterns search.

        Kept beside the text it was made from (readers ask for it a million times in a
        batch; a line whose text is replaced is made again).

        >>> line = Line("专利 号", (0, 0, 1, 1))
        >>> line.compact
        '专利号'
        >>> line.text = "发明 人"
        >>> line.compact
        '发明人'
        """
        made = self.__dict__.get("_compact")
        if made is None or made[0] is not self.text:
            made = self.__dict__["_compact"] = (self.text, "".join(self.text.split()))
        return made[1]

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]

    @property
    def standing(self) -> bool:
        """A box taller than wide: a line of a page lying on its side, or one printed up an
        upright page's margin (a journal's CN and issue)."""
        return self.height > 1.5 * (self.box[2] - self.box[0])


@dataclass
class Page:
    number: int  # 1-based
    width: float  # page units: PDF points for a text layer, pixels for an image
    height: float
    source: str  # "text_layer", "ocr" or "none"
    lines: list[Line] = field(default_factory=list)
    rotation: int = 0  # degrees the page image was turned (clockwise) before OCR
    skew: float = 0.0  # degrees of skew corrected after turning (boxes are in the straightened page)
    scale: float = 1.0  # factor the page image was scaled by before OCR
    engine: str | None = None  # OCR engine and version, when OCR'd
    note: str | None = None  # why a page has no text, or why it was OCR'd
    # Red seals found on an OCR'd page (x, y, w, h in box units): what they cover may be
    # read a second time (``extractor.reading.reread_seals``) when a field is missing.
    seals: list[tuple[int, int, int, int]] = field(default_factory=list)
    # Pictures and ink drawn on a text-layer page (x0, y0, x1, y1, top-left based): what a
    # blank in its text may hold (a signature pasted as an image, drawn with a pen).
    drawn: list[tuple[float, float, float, float]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class ReadIssue:
    severity: str
    code: str
    message: str
    page: int | None = None


@dataclass
class ReadResult:
    file: str
    sha256: str
    pages: list[Page] = field(default_factory=list)
    page_count: int = 0  # pages in the file (may exceed the pages read)
    issues: list[ReadIssue] = field(default_factory=list)

    @property
    def text_source(self) -> str:
        """``text_layer``, ``ocr``, ``mixed`` or ``none`` (CONTRACT §5)."""
        sources = {p.source for p in self.pages if p.lines}
        if not sources:
            return "none"
        return sources.pop() if len(sources) == 1 else "mixed"

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    @property
    def readable(self) -> bool:
        return any(p.lines for p in self.pages)
