"""The second reading: what a first OCR pass missed, looked at again in a few places.

Around red seals (three differently cleaned images, two must agree) and in empty table
cells (recognised on their own, ruling lines whitened).  The second reading fills only
what the first left out and never replaces a value the first one read.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from extractor.model import Line, Page
from extractor.ocr.preprocess import drop_red, erase_rules, find_seals, paint_out_seal

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
STAMP = (215, 40, 45)


def _font(size: int):
    from PIL import ImageFont

    if not FONT.exists():
        pytest.skip(f"CJK font {FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    return ImageFont.truetype(str(FONT), size)


def _stamped_date(blend: float = 0.85):
    """Black date text with a red ring laid over it as a semi-transparent stamp, the way
    the fixture generator composites seals (alpha over, not multiply)."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (900, 600), (236, 234, 228))
    ImageDraw.Draw(page).text((250, 380), "2022年5月16日", fill=(20, 20, 20), font=_font(48))
    stamp = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(stamp)
    draw.ellipse((300, 150, 600, 450), outline=STAMP + (int(255 * blend),), width=14)
    draw.text((400, 260), "★", fill=STAMP + (int(255 * blend),), font=_font(80))
    return Image.alpha_composite(page.convert("RGBA"), stamp).convert("RGB")


# ------------------------------------------------------------------ image cleaning

def test_oval_finance_seals_are_found_like_round_ones():
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (1600, 2200), "white")
    draw = ImageDraw.Draw(page)
    draw.ellipse((900, 1300, 1300, 1573), outline=STAMP, width=10)  # 400 × 273: a 财务专用章
    draw.ellipse((200, 1300, 440, 1540), outline=STAMP, width=10)  # a round seal
    draw.rectangle((200, 200, 1400, 260), fill=STAMP)  # a red rule: too flat to be a seal
    boxes = sorted(seal[:4] for seal in find_seals(page))
    assert len(boxes) == 2
    assert boxes[1][2] / boxes[1][3] == pytest.approx(400 / 273, abs=0.1)


def test_red_dropout_whitens_the_stamp_and_keeps_the_text_under_it():
    image = _stamped_date()
    cleaned = np.asarray(drop_red(image).convert("L"))
    assert cleaned[150:340, 300:320].min() > 200  # the ring's left edge above the text is paper
    text = cleaned[380:440, 250:650]
    assert (text < 100).sum() > 1500  # the date's strokes, under the ring too, stay dark


def test_fixed_level_and_painting_out_are_different_cleanings():
    image = _stamped_date()
    by_stamp, fixed = np.asarray(drop_red(image)), np.asarray(drop_red(image, white=0.6))
    painted = np.asarray(paint_out_seal(image, (300, 150, 300, 300)))
    assert not np.array_equal(by_stamp, fixed)
    assert painted[150:340, 300:320, 1].min() > 150  # the ring repainted in the paper's colour


def test_erase_rules_whitens_table_borders_but_not_a_digit():
    from PIL import Image, ImageDraw

    cell = Image.new("RGB", (330, 170), (232, 232, 230))
    draw = ImageDraw.Draw(cell)
    draw.line((20, 0, 20, 170), fill="black", width=3)
    draw.line((300, 0, 300, 170), fill="black", width=3)
    draw.line((0, 5, 330, 5), fill="black", width=3)
    draw.text((150, 60), "4", fill="black", font=_font(48))
    cleaned = np.asarray(erase_rules(cell).convert("L"))
    assert cleaned[:, 18:24].min() > 200 and cleaned[3:8, :].min() > 200
    assert cleaned[60:120, 140:190].min() < 80


# ------------------------------------------------------------------ voting on seal re-reads

class ScriptedEngine:
    """Answers each recognise call with the next scripted list of (text, box)."""

    name = "scripted"
    version = "scripted-1"

    def __init__(self, answers):
        self.answers = list(answers)

    def recognize(self, image):
        return [Line(text, box, 0.99) for text, box in self.answers.pop(0)]


def test_a_seal_reread_keeps_only_what_two_cleanings_read_alike():
    from PIL import Image

    from extractor.ocr.run import _reread_seals

    straight = Image.new("RGB", (900, 600), "white")
    date_box, issuer_box = (40, 250, 300, 290), (40, 150, 300, 190)
    engine = ScriptedEngine([
        [("2022年5月16日", date_box), ("重庆市经济和信息化委员会", issuer_box)],  # stamp-level dropout
        [("2022年5月10日", date_box), ("重庆市经济和信息化委员会", issuer_box)],  # fixed-level dropout
        [("重庆市经济信息化委员会", issuer_box)],  # painted out
    ])
    first = [Line("022年5月", (340, 400, 460, 440), 0.9), Line("特此证明", (0, 560, 100, 590), 1.0)]
    lines = _reread_seals(engine, straight, [(300, 150, 300, 300)], first)
    texts = [l.text for l in lines]
    assert "重庆市经济和信息化委员会" in texts  # two of three agree
    assert not any("2022年5月1" in t for t in texts)  # 16 and 10 disagree: neither is kept
    assert "特此证明" in texts and "022年5月" not in texts  # outside the window kept, inside replaced


def test_when_both_dropouts_agree_the_stamp_is_not_painted_out():
    from PIL import Image

    from extractor.ocr.run import _reread_seals

    date = ("2017年06月14日", (40, 250, 300, 290))
    engine = ScriptedEngine([[date], [date]])  # a third call would find no answer and fail
    lines = _reread_seals(engine, Image.new("RGB", (900, 600), "white"), [(300, 150, 300, 300)], [])
    assert [l.text for l in lines] == ["2017年06月14日"] and engine.answers == []


# ------------------------------------------------------------------ the table cell

def _doc_text(lines: list[Line], width=2400, height=1700):
    from extractor.model import ReadResult
    from extractor.text import DocText

    return DocText(ReadResult("t.pdf", "0" * 64, pages=[Page(1, width, height, "ocr", lines)], page_count=1))


def test_an_empty_rank_cell_is_located_between_its_neighbours():
    from extractor.layout import empty_cell

    text = _doc_text([
        Line("获奖项目", (582, 570, 737, 622)), Line("获奖人", (1188, 567, 1312, 622)),
        Line("排名", (1518, 566, 1610, 625)), Line("奖励等级", (1830, 568, 1987, 621)),
        Line("视觉检测工位协同调度关键技术研究及产业化", (267, 674, 998, 720)),
        Line("孟欣春", (1187, 726, 1317, 781)), Line("二等奖", (1842, 722, 1978, 783)),
    ])
    header = next(l for l in text.lines if l.compact == "排名")
    left, top, right, bottom = empty_cell(text, header)
    assert (1250 + 1564) / 2 == pytest.approx(left) and (1564 + 1908.5) / 2 == pytest.approx(right)
    assert top < 674 and bottom > 783  # the whole first row, title to grade


def test_a_header_standing_alone_gives_no_cell():
    from extractor.layout import empty_cell

    text = _doc_text([Line("排名", (1518, 566, 1610, 625)), Line("孟欣春", (1187, 726, 1317, 781))])
    assert empty_cell(text, text.lines[0]) is None


def test_a_table_award_with_an_unread_rank_asks_for_its_cell():
    from extractor.doctypes.award_certificate import extract_award

    text = _doc_text([
        Line("荣誉证书", (908, 219, 1424, 353)), Line("四川省科学技术进步奖", (940, 404, 1422, 465)),
        Line("获奖项目", (582, 570, 737, 622)), Line("获奖人", (1188, 567, 1312, 622)),
        Line("排名", (1518, 566, 1610, 625)), Line("奖励等级", (1830, 568, 1987, 621)),
        Line("视觉检测工位协同调度关键技术研究及产业化", (267, 674, 998, 720)),
        Line("孟欣春", (1187, 726, 1317, 781)), Line("二等奖", (1842, 722, 1978, 783)),
    ])
    fields = extract_award(text)
    assert "rank" not in fields.values
    assert [(name, page) for name, page, _ in fields.look_again] == [("rank", 1)]


@pytest.mark.slow
def test_the_real_engine_reads_a_lone_digit_in_a_ruled_cell(tmp_path):
    """End to end through look_again with RapidOCR: the detector misses the digit on the
    page and reads it once the cell is shown alone, borders whitened."""
    from PIL import Image, ImageDraw

    from extractor import ReadOptions, look_again, read_file

    page = Image.new("RGB", (2000, 1200), (235, 235, 232))
    draw = ImageDraw.Draw(page)
    for x in (200, 900, 1300, 1600):
        draw.line((x, 400, x, 700), fill="black", width=4)
    for y in (400, 500, 700):
        draw.line((200, y, 1600, y), fill="black", width=4)
    for text, x in (("获奖人", 1020), ("排名", 1400)):
        draw.text((x, 425), text, fill="black", font=_font(40))
    draw.text((1030, 580), "孟欣春", fill="black", font=_font(40))
    draw.text((1440, 580), "4", fill="black", font=_font(40))
    path = tmp_path / "table.png"
    page.save(path)
    options = ReadOptions(cache_dir=tmp_path / "cache")
    first = read_file(path, options)
    cell = (1300 - 40, 520, 1600 + 40, 690)
    # As on the fixtures' scans, the first reading has nothing in the cell.
    first.pages[0].lines = [l for l in first.pages[0].lines if not (1300 < l.box[0] < 1600 and l.box[1] > 520)]
    again = look_again(path, first, options, regions={1: [cell]})
    added = [l for l in again.pages[0].lines if l not in first.pages[0].lines]
    assert [l.text for l in added] == ["4"]
    assert 1400 < added[0].box[0] < 1500 and 560 < added[0].box[1] < 640  # in page coordinates
    assert "印章" not in (again.pages[0].note or "") and "1 处区域已单独重新识别" in again.pages[0].note


# ------------------------------------------------------------------ filling the record

def _document(**fields):
    from zhicheng.documents import Document

    return Document(file="a.jpg", sha256="0" * 64, pages=1, text_source="ocr", doc_type="award_certificate",
                    confidence=0.9, fields=dict(fields))


def test_the_second_reading_fills_gaps_and_never_replaces_a_value():
    from zhicheng.documents import _fill_from

    first = _document(holder="孟欣春", date="2016-09-23", applicant_rank=None)
    first.issues = [{"severity": "warning", "code": "rank_unreadable", "message": "…", "file": "a.jpg"}]
    second = _document(holder="孟欣眷", date="2016-09-28", rank=4, applicant_rank=4)
    second.field_sources = {"rank": {"page": 1, "box": [1, 2, 3, 4], "confidence": 0.99}}
    _fill_from(first, second)
    assert first.fields == {"holder": "孟欣春", "date": "2016-09-23", "rank": 4, "applicant_rank": 4}
    assert first.field_sources["rank"]["page"] == 1
    assert not any(i["code"] == "rank_unreadable" for i in first.issues)
    assert any("排名" in reason for reason in first.reasons)


# ------------------------------------------------------------------ a glued author line

def test_a_glued_author_line_gives_the_applicant_rank_only_when_certain():
    from zhicheng.documents import document_from
    from extractor.model import ReadResult

    lines = [Line("基于数字孪生的立体仓库能耗优化方法研究", (300, 300, 1200, 350)),
             Line("任浩白成曾春力顾勇余文瑞", (450, 400, 1050, 440)),
             Line("(重庆巴渝云自动化技术有限责任公司,重庆400000)", (300, 460, 1200, 490)),
             Line("[摘要]在某汽车零部件企业的数字化车间开展了应用验证", (200, 540, 1300, 570)),
             Line("[关键词]机器视觉;质量追溯", (200, 600, 900, 630)),
             Line("[中图分类号]TH22 [文献标识码]A", (200, 660, 900, 690))]
    result = ReadResult("paper.jpg", "0" * 64, pages=[Page(1, 1500, 2000, "ocr", lines)], page_count=1)
    second = document_from(result, name="白成")
    assert second.doc_type == "journal_paper" and "authors" not in second.fields
    assert second.fields["applicant_rank"] == 2
    assert "people_unreadable" in {i["code"] for i in second.issues}
    fourth = document_from(result, name="顾勇")  # 顾勇余文瑞 cuts two ways: 4th either way, but
    assert fourth.fields["applicant_rank"] is None  # 顾勇 is not a name in one of them
    assert "name_not_found" in {i["code"] for i in fourth.issues}


# ------------------------------------------------------------------ seal re-reads line by line

def test_rows_of_ink_find_the_date_under_a_dropped_stamp():
    from extractor.ocr.run import _ink_rows

    rows = _ink_rows(drop_red(_stamped_date()))
    assert len(rows) == 1
    left, top, right, bottom = rows[0]
    assert 240 <= left <= 260 and 370 <= top <= 400 and right > 520 and 420 <= bottom <= 450


class LineEngine:
    """Reads lines only (no detection allowed), answering from a script in call order."""

    name = "lines"
    version = "lines-1"

    def __init__(self, answers):
        self.answers = list(answers)

    def recognize(self, image):
        raise AssertionError("a seal re-read must not run detection")

    def read_line(self, image):
        return self.answers.pop(0)


def test_a_seal_is_reread_line_by_line_and_two_cleanings_must_agree():
    from extractor.ocr.run import _reread_seals, engine_calls

    image = _stamped_date()  # the date's row of ink is found under the stamp
    first = [Line("重庆市经济和信息化委员会", (320, 200, 580, 240), 0.7), Line("特此证明", (0, 560, 100, 590), 1.0)]
    engine = LineEngine([
        ("重庆市经济和信息化委员会", 0.95), ("重庆市经济和信息化委员会", 0.9),  # the first reading's line: agreed
        ("2022年5月16日", 0.97), ("2022年5月10日", 0.99), ("2022年5月16日", 0.93),  # the row: a third vote settles it
    ])
    engine_calls(reset=True)
    lines = _reread_seals(engine, image, [(300, 150, 300, 300)], first)
    assert engine.answers == [] and engine_calls(reset=True)[("seal", "read_line")] == 5
    read = {l.text: l for l in lines}
    assert set(read) == {"重庆市经济和信息化委员会", "2022年5月16日", "特此证明"}
    assert read["重庆市经济和信息化委员会"].confidence == 0.9  # the lower of the two that agreed
    assert read["2022年5月16日"].confidence == 0.93 and 240 <= read["2022年5月16日"].box[0] <= 260


def test_a_line_no_two_readings_read_alike_goes():
    """Two cleanings, the stamp painted out and the plain crop: four votes, no two alike."""
    from extractor.ocr.run import _reread_seals

    image = _stamped_date()
    first = [Line("2022年5月1b", (250, 380, 420, 440), 0.6)]  # a piece of the date's row
    engine = LineEngine([("2022年5月16", 0.9), ("2022年5月10", 0.9), ("2022年5月18", 0.9), ("2022年5月13", 0.9),
                         ("2022年5月16日", 0.9), ("2022年5月10日", 0.9), ("2022年5月18日", 0.9), ("2022年5月19日", 0.9)])
    assert _reread_seals(engine, image, [(300, 150, 300, 300)], first) == [] and engine.answers == []


def test_the_plain_crop_casts_the_last_vote_when_the_cleanings_disagree():
    """A phone's photo of grey ink: the stamp's own red level drops the ink with the stamp, the
    painted-out stamp misreads it too, and the crop as photographed reads what the fixed level read."""
    from extractor.ocr.run import _reread_seals

    image = _stamped_date()
    first = [Line("2022年5月1b", (250, 380, 420, 440), 0.6)]
    engine = LineEngine([("2022年5月16", 0.9), ("2022年5月10", 0.9), ("2022年5月18", 0.9), ("2022年5月13", 0.9),
                         ("2022年4121", 0.5), ("2022年5月16日", 0.95), ("2022年5月16F,", 0.9), ("2022年5月16日", 0.99)])
    lines = _reread_seals(engine, image, [(300, 150, 300, 300)], first)
    assert [l.text for l in lines] == ["2022年5月16日"] and lines[0].confidence == 0.95 and engine.answers == []


def test_a_window_with_no_row_of_ink_beside_the_lines_read_is_read_whole():
    from extractor.ocr.run import _reread_seals

    class Both(ScriptedEngine):
        def read_line(self, image):
            raise AssertionError("no row of ink of its own: the window is detected, not read by lines")

    first = [Line("2022年5月1b日", (250, 380, 560, 440), 0.6)]  # covers the only row there is
    engine = Both([[("2022年5月16日", (250, 380, 560, 440))]] * 2)  # detection on both dropouts
    lines = _reread_seals(engine, _stamped_date(), [(300, 150, 300, 300)], first)
    assert [l.text for l in lines] == ["2022年5月16日"] and engine.answers == []
