"""Phone photos: a sheet tilted by a few degrees either way, mild perspective, a shadow.

The reader measures the tilt before OCR (``extractor.ocr.preprocess.estimate_skew``) and
straightens the page; read crooked, RapidOCR misread 发明人 as 发明入 at 7° and the label–
value rows fell apart.  The photos are made from the committed text-layer fixtures
(``tests.phone_photos``), so the truth beside each fixture is the truth of its photo.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import ReadOptions, read_file
from extractor.model import Line
from tests.phone_photos import phone_photo, photograph, render_pdf

DOCS = Path(__file__).resolve().parent.parent / "fixtures" / "docs"
PATENT = DOCS / "patent_certificate-00-classic_invention.pdf"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def _truth(pdf: Path) -> dict:
    return json.loads(pdf.with_name(pdf.name.replace(".pdf", ".truth.json")).read_text(encoding="utf-8"))


# ------------------------------------------------------------------ measuring the tilt

@pytest.fixture(scope="module")
def patent_page():
    return render_pdf(PATENT, dpi=150)


@pytest.mark.parametrize("tilt", [-10.0, -7.0, -3.0, 3.0, 7.0, 10.0])
def test_the_tilt_of_a_photo_is_measured_despite_desk_and_shadow(patent_page, tilt):
    from extractor.ocr.preprocess import estimate_skew

    photo = phone_photo(patent_page, tilt=tilt, seed=int(tilt) + 20)
    # Perspective pulls the lines a little apart (±0.3° here): the middle is what counts.
    assert estimate_skew(photo) == pytest.approx(tilt, abs=0.6)


def test_a_straight_photo_is_left_straight(patent_page):
    from extractor.ocr.preprocess import estimate_skew

    assert abs(estimate_skew(phone_photo(patent_page, tilt=0.0, seed=3))) < 0.6


def test_prepare_straightens_a_seven_degree_photo(patent_page):
    from extractor.ocr.preprocess import estimate_skew, prepare

    prepared = prepare(phone_photo(patent_page, tilt=7.0, seed=7), "rapidocr")
    assert prepared.skew == pytest.approx(7.0, abs=0.6)
    assert "已纠正倾斜 +" in "；".join(prepared.steps)
    assert abs(estimate_skew(prepared.image)) < 0.6


def test_the_old_fixed_ink_level_is_what_lost_the_tilt(patent_page):
    """Why a 7° photo read crooked before: the desk and the shadow are darker than the
    fixed grey level the profile counted as ink, and outweighed the text."""
    import numpy as np

    photo = np.asarray(phone_photo(patent_page, tilt=7.0, seed=7).convert("L"))
    dark = photo < 160
    assert dark.mean() > 0.2  # a fifth of the picture "ink": mostly desk and shadow


# ------------------------------------------------------------------ counting engine calls

def test_engine_calls_are_counted_by_purpose(tmp_path, monkeypatch):
    from PIL import Image

    from extractor.ocr.run import engine_calls

    class Engine:
        name, version = "fake", "fake-1"

        def recognize(self, image):
            return [Line("发明专利证书", (10, 10, 300, 50), 0.99)]

    monkeypatch.setattr("extractor.ocr.run.get_engine", lambda name: Engine())
    Image.new("RGB", (400, 300), "white").save(tmp_path / "p.png")
    engine_calls(reset=True)
    read_file(tmp_path / "p.png", ReadOptions(use_cache=False))
    calls = engine_calls(reset=True)
    assert calls[("page", "recognize")] == 1 and calls[("page", "pixels")] > 0
    assert not any(purpose in ("turn", "seal", "region") for purpose, _ in calls)


# ------------------------------------------------------------------ confidences kept

def test_low_line_confidences_survive_the_pipeline_and_the_cache(tmp_path, monkeypatch):
    """What the engine said of each line reaches the document: a poorly read decisive
    field is flagged low_ocr_confidence, on the first run and from the cache alike."""
    from PIL import Image

    from zhicheng.documents import examine

    text = [("发明专利证书", 0.97), ("专利号：ZL 2021 1 1233040.7", 0.52), ("发明人：张三；李四；王小明", 0.96),
            ("授权公告日：2023年02月24日", 0.95)]

    class Engine:
        name, version = "fake", "fake-1"

        def recognize(self, image):
            return [Line(t, (90, 120 + n * 150, 900, 170 + n * 150), c) for n, (t, c) in enumerate(text)]

    monkeypatch.setattr("extractor.ocr.run.get_engine", lambda name: Engine())
    Image.new("RGB", (1240, 900), "white").save(tmp_path / "low.png")
    options = ReadOptions(cache_dir=tmp_path / "cache")
    for _ in range(2):  # the second run is served from the cache
        page = read_file(tmp_path / "low.png", options).pages[0]
        assert sorted(round(l.confidence, 2) for l in page.lines) == [0.52, 0.95, 0.96, 0.97]
        document = examine(tmp_path / "low.png", options)
        assert document.doc_type == "patent_certificate"
        flagged = [i for i in document.issues if i["code"] == "low_ocr_confidence"]
        assert any("patent_number" in i["message"] for i in flagged)
        assert not any("inventors" in i["message"] for i in flagged)


# ------------------------------------------------------------------ end to end, real engine

KEY_FIELDS = ("patent_number", "title", "inventors", "grant_date")


@pytest.mark.slow
@pytest.mark.parametrize("tilt", [-10.0, -7.0, -3.0, 3.0, 7.0, 10.0])
def test_a_tilted_shaded_photo_of_a_patent_gives_its_key_fields(tmp_path, tilt):
    from zhicheng.documents import examine

    photo = photograph(PATENT, tmp_path / f"patent{tilt:+.0f}.jpg", tilt, seed=int(tilt) + 40)
    document = examine(photo, ReadOptions(use_cache=False))
    truth = _truth(PATENT)
    assert document.doc_type == truth["doc_type"]
    assert {k: document.fields.get(k) for k in KEY_FIELDS} == {k: truth["fields"][k] for k in KEY_FIELDS}
    assert document.page_info[0]["skew"] == pytest.approx(tilt, abs=0.6)


@pytest.mark.slow
@pytest.mark.parametrize("name, tilt", [("software_copyright-00-classic.pdf", -7.0),
                                        ("degree_certificate-00-bachelor_degree.pdf", 7.0),
                                        ("award_certificate-00-government.pdf", -3.0)])
def test_other_documents_photographed_tilted_give_their_fields(tmp_path, name, tilt):
    from zhicheng.documents import examine

    pdf = DOCS / name
    photo = photograph(pdf, tmp_path / f"{pdf.stem}{tilt:+.0f}.jpg", tilt, seed=int(tilt) + 60)
    document = examine(photo, ReadOptions(use_cache=False))
    truth = _truth(pdf)
    assert document.doc_type == truth["doc_type"]
    assert document.fields.get("date") == truth["fields"]["date"]
    wrong = {k: (document.fields.get(k), v) for k, v in truth["fields"].items() if document.fields.get(k) != v}
    assert len(wrong) <= 1, wrong  # OCR may slip on one field of a photo; not on its dates
