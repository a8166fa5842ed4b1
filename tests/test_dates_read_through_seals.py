"""A date read through a seal's red, in part or not quite surely, is read again where the seal
is (probe O: 2024-03-28 read 03-23 at 0.95 under a company's seal, 2023-04-17 read as 2023):
a finer reading of the same date is taken; one that differs is taken and doubted, the first
named beside it, so that a claim's date against it is a question for a person."""

from __future__ import annotations

from extractor.model import Page
from zhicheng.documents import Document, _settle_through_seal, _through_seal


def _doc(date: str, confidence: float, box=(300, 1100, 600, 1140)) -> Document:
    doc = Document(file="合同.png", sha256="0" * 64, pages=1, text_source="ocr", doc_type="revenue_proof",
                   confidence=0.9, fields={"date": date, "amount_wan": 120.0})
    doc.field_sources = {"date": {"page": 1, "box": list(box), "confidence": confidence}}
    return doc


SEALED = [Page(1, 1654, 2339, "ocr", [], seals=[(277, 874, 279, 280)])]


def test_a_date_under_a_seal_read_in_part_or_unsurely_is_read_again():
    assert _through_seal(_doc("2023", 0.99), "date", SEALED)
    assert _through_seal(_doc("2024-03-23", 0.947), "date", SEALED)
    assert not _through_seal(_doc("2024-03-23", 0.995), "date", SEALED)  # read surely
    assert not _through_seal(_doc("2024-03-23", 0.9, box=(300, 1400, 600, 1440)), "date", SEALED)  # clear of it


def test_a_finer_reading_of_the_same_date_is_taken():
    doc = _doc("2023", 0.93)
    _settle_through_seal(doc, _doc("2023-04-17", 0.96), "date")
    assert doc.fields["date"] == "2023-04-17" and not doc.issues


def test_a_reading_that_differs_is_taken_and_doubted():
    doc = _doc("2024-03-23", 0.947)
    _settle_through_seal(doc, _doc("2024-03-28", 0.96), "date")
    assert doc.fields["date"] == "2024-03-28"
    assert doc.field_sources["date"]["confidence"] < 0.8
    warning = next(i for i in doc.issues if i["code"] == "low_ocr_confidence")
    assert "2024-03-23" in warning["message"] and "2024-03-28" in warning["message"]
