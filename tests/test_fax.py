"""Faxes in standard mode: 204 × 98 dpi, each pixel twice as tall as it is wide.

A TIFF says so in its resolution tags; shown as its pixels lie, every character is squashed
to half its height, and RapidOCR read 有 as 行 and 重 as 承 (38% of the fields of the tuning
sets' fax TIFFs were wrong, against 9% for the same faxes delivered as PDFs with square
pixels).  ``extractor.images.square_pixels`` stretches the short axis on opening.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
from PIL import Image

from extractor import ReadOptions
from extractor.images import open_frames

DOCS = Path(__file__).resolve().parent.parent / "fixtures" / "docs"


def _truth(pdf: Path) -> dict:
    return json.loads(pdf.with_name(pdf.name.replace(".pdf", ".truth.json")).read_text(encoding="utf-8"))


def _tiff(tmp_path: Path, size: tuple[int, int], dpi: tuple[float, float], pages: int = 1) -> Path:
    frames = [Image.new("1", size, 1) for _ in range(pages)]
    path = tmp_path / "fax.tif"
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:], compression="group4", dpi=dpi)
    return path


def test_a_standard_fax_page_is_opened_with_square_pixels(tmp_path):
    path = _tiff(tmp_path, (1728, 1079), (204, 98), pages=2)
    sizes = [image.size for _, image in open_frames(path, 5)]
    assert sizes == [(1728, 2246), (1728, 2246)]  # every page, not only the first


def test_a_fine_fax_and_an_ordinary_scan_are_left_as_they_are(tmp_path):
    assert [i.size for _, i in open_frames(_tiff(tmp_path, (1728, 2200), (204, 196)), 1)] == [(1728, 2200)]
    assert [i.size for _, i in open_frames(_tiff(tmp_path, (1240, 1754), (150, 150)), 1)] == [(1240, 1754)]


def test_pixels_wider_than_tall_are_stretched_across(tmp_path):
    assert [i.size for _, i in open_frames(_tiff(tmp_path, (600, 1000), (100, 200)), 1)] == [(1200, 1000)]


def test_a_stretch_past_the_pixel_limit_is_refused_in_chinese(tmp_path, monkeypatch):
    from extractor import images
    from extractor.formats import UnreadableFile

    monkeypatch.setattr(images, "MAX_PIXELS", 1728 * 2000)
    with pytest.raises(UnreadableFile, match="按分辨率拉伸后图像过大"):
        list(open_frames(_tiff(tmp_path, (1728, 1079), (204, 98)), 1))


@pytest.mark.slow
@pytest.mark.parametrize("name, keys", [
    ("patent_certificate-00-classic_invention.pdf", ("patent_number", "title", "inventors", "patentees")),
    ("software_copyright-00-classic.pdf", ("software_name", "registration_number", "holders", "date")),
])
def test_a_document_faxed_in_standard_mode_gives_its_fields(tmp_path, name, keys):
    from fixtures.outside.degrade import fax
    from zhicheng.documents import examine

    pdf = DOCS / name
    data, variant = fax(pdf.read_bytes(), 2, random.Random(5))
    assert variant["resolution"] == [204, 98]
    path = tmp_path / "faxed.tif"
    path.write_bytes(data)
    with Image.open(io.BytesIO(data)) as raw:
        assert raw.info["dpi"] == (204, 98)
    document = examine(path, ReadOptions(use_cache=False))
    truth = _truth(pdf)
    assert document.doc_type == truth["doc_type"]
    assert {k: document.fields.get(k) for k in keys} == {k: truth["fields"][k] for k in keys}
