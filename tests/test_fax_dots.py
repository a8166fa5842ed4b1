"""A dithered fax page the detector reads almost nothing of at full size is read again with its
dots smoothed (probe L's A03 and R03: 4 and 12 lines, 37 each smoothed); a fax read well is
not read twice, and a smoothed reading no better than the first is dropped."""

from __future__ import annotations

from PIL import Image, ImageDraw

from extractor.model import Line
from extractor.ocr.preprocess import Prepared
from extractor.ocr.run import _past_fax_dots


def _page(rows: int = 20) -> Image.Image:
    image = Image.new("RGB", (1200, 60 * rows + 100), "white")
    draw = ImageDraw.Draw(image)
    for k in range(rows):
        draw.rectangle((100, 80 + 60 * k, 600, 100 + 60 * k), fill="black")  # a row of ink
    return image


class Engine:
    """Reads ``sharp`` characters from a page unless its pixels were blurred (grey levels)."""

    def __init__(self, sharp: int, smoothed: int):
        self.sharp, self.smoothed, self.calls = sharp, smoothed, 0

    def recognize(self, image):
        self.calls += 1
        greys = len(image.convert("L").getcolors(256) or ()) > 2
        return [Line("字" * (self.smoothed if greys else self.sharp), (0, 0, 10, 10))]


def test_a_page_read_poorly_is_read_again_smoothed_and_the_better_kept():
    engine = Engine(sharp=60, smoothed=400)
    prepared, lines = _past_fax_dots(engine, Prepared(image=_page()), [Line("字" * 60, (0, 0, 10, 10))])
    assert engine.calls == 1 and len(lines[0].text) == 400 and "已平滑传真网点后重读" in prepared.steps


def test_a_page_read_well_is_not_read_twice():
    engine = Engine(sharp=400, smoothed=400)
    first = [Line("字" * 400, (0, 0, 10, 10))]
    prepared, lines = _past_fax_dots(engine, Prepared(image=_page()), first)
    assert engine.calls == 0 and lines is first


def test_a_smoothed_reading_no_better_is_dropped():
    engine = Engine(sharp=60, smoothed=70)
    first = [Line("字" * 60, (0, 0, 10, 10))]
    prepared, lines = _past_fax_dots(engine, Prepared(image=_page()), first)
    assert engine.calls == 1 and lines is first and not prepared.steps
