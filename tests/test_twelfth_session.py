"""Layouts and marks the twelfth session found read wrong, one test per cause."""

from __future__ import annotations

import pytest


# --- ticks in any ink: the printed boxes themselves are looked at -------------------------------

def _form(tmp_path, ticks: tuple[int, ...], cross: bool = False, grey: bool = False, first_box_read: bool = False):
    """A conclusion row 通过 / 基本通过 / 不通过 with three printed boxes; ``ticks`` are the
    boxes (0, 1, 2) a black pen marked; OCR read the words, and □ before the last two only
    (as it drops the first box into the label's colon) unless ``first_box_read``."""
    from PIL import Image, ImageDraw

    from extractor.model import Line, Page, ReadResult

    image = Image.new("RGB", (1240, 400), "white")
    draw = ImageDraw.Draw(image)
    xs = (250, 500, 800)
    for x in xs:
        draw.rectangle([x, 184, x + 32, 216], outline="black", width=3)
    for k in ticks:
        x = xs[k]
        if cross:
            draw.line([(x + 2, 186), (x + 30, 214)], fill=(20, 20, 20), width=4)
            draw.line([(x + 30, 186), (x + 2, 214)], fill=(20, 20, 20), width=4)
        else:
            draw.line([(x + 4, 200), (x + 14, 214), (x + 40, 170)], fill=(20, 20, 20), width=4)
    if grey:
        image = image.convert("L")
    path = tmp_path / "验收.png"
    image.save(path)
    lines = [Line("验收证书", (500, 60, 700, 100), 0.99), Line("项目名称：智能产线改造", (50, 120, 500, 150), 0.99),
             Line("验收结论：", (50, 180, 200, 220), 0.99),
             Line("□通过" if first_box_read else "通过", (250 if first_box_read else 290, 180, 380, 220), 0.99),
             Line("□基本通过", (500, 180, 700, 220), 0.99), Line("□不通过", (800, 180, 960, 220), 0.99)]
    return path, ReadResult(str(path), "0" * 64, page_count=1, pages=[Page(1, 1240, 400, "ocr", lines)])


def _looked(path, result):
    from extractor import ReadOptions
    from extractor.doctypes import doctype
    from zhicheng.documents import _look_at_ticks, document_from

    document = document_from(result, None, None)
    assert document.doc_type == "project_acceptance"
    _look_at_ticks(path, result, ReadOptions(), document, doctype("project_acceptance"), None)
    return document.fields.get("passed"), [i["code"] for i in document.issues]


def test_an_empty_form_is_never_read_as_passed_from_the_box_ocr_dropped(tmp_path):
    """Nobody ticked: OCR lost the first □ into the colon, and the reading inferred 「通过」
    from the other two boxes read empty.  The boxes, all empty, withdraw that."""
    passed, codes = _looked(*_form(tmp_path, ()))
    assert passed is None and "acceptance_unclear" in codes


def test_a_black_tick_in_the_box_ocr_dropped_confirms_the_inference(tmp_path):
    passed, codes = _looked(*_form(tmp_path, (0,)))
    assert passed is True and "low_ocr_confidence" in codes


@pytest.mark.parametrize("cross", [False, True])
@pytest.mark.parametrize("grey", [False, True])
def test_a_black_or_grey_mark_in_a_box_is_read_from_the_box(tmp_path, cross, grey):
    passed, codes = _looked(*_form(tmp_path, (2,), cross=cross, grey=grey, first_box_read=True))
    assert passed is False and "low_ocr_confidence" in codes


def test_two_boxes_marked_decide_nothing(tmp_path):
    passed, _ = _looked(*_form(tmp_path, (0, 2), first_box_read=True))
    assert passed is None
    passed, codes = _looked(*_form(tmp_path, (0, 2)))
    assert passed is None and "acceptance_unclear" in codes  # nor confirm an inference


def test_a_mark_in_the_box_of_basically_passed_stays_for_a_person(tmp_path):
    passed, codes = _looked(*_form(tmp_path, (1,), first_box_read=True))
    assert passed is None and "acceptance_unclear" in codes


def test_every_box_read_empty_infers_nothing():
    """□通过 □基本通过 □不通过, each box read: 基本通过 is an option of its own, not a word
    whose □ is the previous option's mark (which inferred 「通过」 from a blank form)."""
    from extractor.doctypes.project_acceptance import _ticked_how

    assert _ticked_how("验收结论：  □通过  □基本通过  □不通过") == (None, False)
    assert _ticked_how("□通过  ☑基本通过  □不通过") == (None, False)
    assert _ticked_how("验收结论：  通过  □基本通过  □不通过") == (True, True)  # one box not read: inferred
