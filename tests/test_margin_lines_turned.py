"""A journal's first page whose name, CN, ISSN and issue are printed up its margin, sideways
(in-sample twentieth's journal_paper-01/-03): RapidOCR's own quarter turn reads such a line
upside down (2075月, CN2-15/5 at 0.72–0.76).  When a decisive field is missing, the lines
standing on end are read again turned each way and the surer reading taken; the paper's
parser takes lines printed up the margin as its masthead."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.model import Line, Page, ReadResult
from extractor.text import DocText

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")

BODY = ["基于多源数据融合的烧结机故障预警方法", "冉立新1，公孙婧1，贺春阳2",
        "（1. 攀西冶金职业技术学院，四川攀枝花617000；2. 攀钢集团有限公司，四川攀枝花617000）",
        "摘 要：针对烧结机运行中故障征兆隐蔽的问题，本文构建了多工况条件下的特征数据库。",
        "关键词：烧结机；故障预警；数据融合", "中图分类号：TF046  文献标识码：A"]
MARGIN = ["攀西钢铁与材料", "CN 51-1718/TF", "2019年第4期", "2019年4月"]


def _typed(margin: list[tuple[str, float]]) -> DocText:
    lines = [Line(t, (300, 300 + 80 * k, 300 + 40 * len(t), 340 + 80 * k), 0.99) for k, t in enumerate(BODY)]
    lines += [Line(t, (100, y, 136, y + 36 * len(t)), c) for (t, c), y in zip(margin, (900, 1300, 1700, 2000))]
    return DocText(ReadResult("paper.jpg", "0" * 64, pages=[Page(1, 1654, 2339, "ocr", lines)], page_count=1))


def test_lines_printed_up_the_margin_are_the_papers_masthead():
    from extractor.doctypes import doctype

    values = doctype("journal_paper").extract(_typed([(t, 0.99) for t in MARGIN])).values
    assert values.get("cn") == "51-1718/TF" and values.get("journal") == "攀西钢铁与材料"
    assert str(values.get("date")) == "2019-04"


def test_a_line_standing_on_end_is_told_from_one_lying():
    assert Line("2019年4月", (100, 900, 136, 1200)).standing
    assert not Line("2019年4月", (100, 900, 400, 936)).standing


@pytest.mark.slow
def test_a_margin_printed_sideways_is_read_turned_when_a_decisive_field_is_missing(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    from extractor import ReadOptions
    from zhicheng.documents import examine

    if not FONT.exists():
        pytest.skip(f"CJK font {FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    page = Image.new("RGB", (1654, 2339), "white")
    draw = ImageDraw.Draw(page)
    for k, text in enumerate(BODY):
        draw.text((260, 300 + 90 * k), text, fill="black", font=ImageFont.truetype(str(FONT), 52 if k == 0 else 30))
    for k in range(14):
        draw.text((260, 900 + 60 * k), "结果表明，识别准确率较传统方法提高了十余个百分点，漏报率明显下降。", fill="black",
                  font=ImageFont.truetype(str(FONT), 30))
    y = 640
    for text in MARGIN:  # up the left margin, read bottom to top
        strip = Image.new("RGB", (36 * len(text) + 20, 48), "white")
        ImageDraw.Draw(strip).text((10, 6), text, fill="black", font=ImageFont.truetype(str(FONT), 30))
        turned = strip.rotate(90, expand=True)
        page.paste(turned, (120, y))
        y += turned.height + 30
    path = tmp_path / "paper.png"
    page.save(path)
    document = examine(path, ReadOptions(cache_dir=tmp_path / "cache"))
    assert document.doc_type == "journal_paper"
    assert document.fields.get("cn") == "51-1718/TF"
    assert str(document.fields.get("date")) == "2019-04"
    assert any("页边竖排文字转正识别" in reason for reason in document.reasons)
