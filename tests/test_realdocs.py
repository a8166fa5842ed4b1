"""Golden tests on the real public documents in ../shared/realdocs (truth: its SOURCES.md).

These run the real OCR engine (RapidOCR) once per file per session; the documents are read
from ../shared and never copied into the repository.
"""

from __future__ import annotations

import pytest

from zhicheng.documents import examine

from .conftest import SHARED, shared_path
from .realdocs_truth import TRUTH

pytestmark = pytest.mark.slow  # OCR or whole-bundle runs: the CI tier, not the fast one

@pytest.fixture(scope="session")
def realdoc_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("ocr-cache")


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_real_document_is_classified_and_its_fields_read(name, realdoc_cache, schema_validator):
    from extractor import ReadOptions

    path = shared_path("realdocs", *name.split("/"))
    document = examine(path, ReadOptions(cache_dir=realdoc_cache), display_name=name)
    record = document.to_dict()
    schema_validator(record, "document")
    doc_type, fields = TRUTH[name]
    assert document.doc_type == doc_type, document.reasons
    for key, value in fields.items():
        assert document.fields.get(key) == value, (key, document.fields)
    if doc_type == "unknown":
        assert "unknown_document_type" in {i["code"] for i in document.issues}


def test_low_resolution_patent_flags_what_it_could_not_read_well(realdoc_cache):
    from extractor import ReadOptions

    path = shared_path("realdocs", "patent", "invention_ZL201610842653.3_xmu_lowres.png")
    document = examine(path, ReadOptions(cache_dir=realdoc_cache))
    codes = {i["code"] for i in document.issues}
    # On this 350-px scan the application year may read as 2015 while the number says 2016:
    # a wrong date must never pass silently.
    applied = document.fields.get("application_date")
    assert applied in (None, "2016-09-23") or "date_mismatch" in codes
    assert "low_ocr_confidence" in codes


def test_applicant_rank_comes_from_the_inventor_list(realdoc_cache):
    from extractor import ReadOptions

    path = shared_path("realdocs", "patent", "utility_model_T_beam_ZL202221721938.jpg")
    found = examine(path, ReadOptions(cache_dir=realdoc_cache), name="王威龙")
    assert found.fields["applicant_rank"] == 8
    missing = examine(path, ReadOptions(cache_dir=realdoc_cache), name="张三丰")
    assert missing.fields["applicant_rank"] is None
    assert "name_not_found" in {i["code"] for i in missing.issues}


def test_shared_material_is_where_the_tests_expect_it():
    if not SHARED.exists():
        pytest.skip("../shared is absent")
    assert (SHARED / "realdocs" / "SOURCES.md").exists()
