"""A watermark printed large and aslant across a page (仅供职称申报使用) hides the lines of
print it crosses from the recogniser: a 财务证明 lost its one line with the sum.  A page
whose reading shows such a watermark is read once more with its light grey ink turned to
paper (``extractor.ocr.run._past_watermark``), and the fuller reading is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from extractor import ReadOptions
from extractor.ocr.preprocess import without_light_ink

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
ANGLE = 12

LINES = ["兹证明：",
         "我公司（重庆某某自动化工程有限公司）与贵州某某机器人科技有限责任",
         "公司签订的《注塑车间智能调度技术服务合同》（合同编号：JS2019-18），",
         "截至2020年7月28日，已累计确认收入人民币3046400.00元（大写：叁佰零肆万陆",
         "仟肆佰元整），款项已全部到账。",
         "以上情况属实，特此证明。"]


def _certificate(path: Path, watermark: bool) -> Path:
    page = Image.new("L", (1241, 1754), 255)
    draw = ImageDraw.Draw(page)
    draw.text((500, 180), "财务证明", font=ImageFont.truetype(str(FONT), 56), fill=0)
    body = ImageFont.truetype(str(FONT), 26)
    for i, line in enumerate(LINES):
        draw.text((150, 330 + 52 * i), line, font=body, fill=20)
    draw.text((650, 820), "2020年8月9日", font=body, fill=20)
    if watermark:  # large grey words aslant, tiled down the page, as an applicant's copy shop prints them
        mark = Image.new("L", (1000, 130), 0)
        ImageDraw.Draw(mark).text((0, 0), "仅供职称申报使用", font=ImageFont.truetype(str(FONT), 110), fill=255)
        mark = mark.rotate(ANGLE, expand=True)
        layer = Image.new("L", page.size, 255)  # laid over the print, as a multiply: print stays black under it
        for top in (200, 700, 1200):
            layer.paste(Image.new("L", mark.size, 200), (100, top), mark)
        page = ImageChops.darker(page, layer)
    page.save(path)
    return path


def test_light_ink_goes_and_print_stays(tmp_path):
    page = Image.open(_certificate(tmp_path / "c.png", watermark=True))
    cleaned = without_light_ink(page)
    assert cleaned is not None
    import numpy as np

    pixels = np.asarray(cleaned)
    assert pixels.min() < 60  # the print is still there
    assert not ((pixels > 185) & (pixels < 255)).any()  # no grey left at the watermark's level


@pytest.mark.slow
def test_a_watermark_across_the_print_is_read_past(tmp_path, monkeypatch):
    from extractor.ocr import run
    from zhicheng.documents import examine

    clean = examine(_certificate(tmp_path / "clean.png", watermark=False), ReadOptions(use_cache=False))
    marked = examine(_certificate(tmp_path / "marked.png", watermark=True), ReadOptions(use_cache=False))
    assert clean.doc_type == marked.doc_type == "revenue_proof"
    assert clean.fields.get("amount_wan") == marked.fields.get("amount_wan") == 304.64
    assert clean.fields.get("date") == marked.fields.get("date") == "2020-08-09"
    assert any("已淡化水印后重读" in n for n in marked.page_notes)
    # read once only, the lines the watermark crosses are lost or garbled, the date with them
    monkeypatch.setattr(run, "_past_watermark", lambda engine, prepared, lines: lines)
    once = examine(_certificate(tmp_path / "once.png", watermark=True), ReadOptions(use_cache=False))
    assert once.fields.get("date") != "2020-08-09"


@pytest.mark.slow
def test_a_page_without_a_watermark_is_read_once(tmp_path, monkeypatch):
    from extractor.ocr import run
    from zhicheng.documents import examine

    run.ENGINE_CALLS.clear()
    examine(_certificate(tmp_path / "clean.png", watermark=False), ReadOptions(use_cache=False))
    assert run.ENGINE_CALLS[("watermark", "recognize")] == 0


def test_a_watermark_aslant_does_not_set_the_pages_slant(tmp_path):
    from extractor.ocr.preprocess import prepare

    # its big grey letters outweighed the print's lines, and the page was turned to follow them
    prepared = prepare(Image.open(_certificate(tmp_path / "c.png", watermark=True)).convert("RGB"), "rapidocr")
    assert prepared.skew == 0.0
