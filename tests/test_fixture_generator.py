"""The synthetic-evidence generator: deterministic, complete, and honest about what it prints.

Benchmarks and golden tests trust these truth files, so the tests pin down that a seed always
gives the same documents, that every contract doc_type is produced, that identifiers in the
truth are valid, that a digital PDF's text layer really contains the truth's values, and that
every image variant opens.  Generation is limited to a small subset to stay fast (~15 s with
the font cache warm; the first run on a machine also cuts the font subsets, ~8 s more).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from stdnum import isbn as stdnum_isbn
from stdnum import issn as stdnum_issn

from fixtures.generate import generate, generate_one
from fixtures.synth.catalog import CYCLE, DOC_TYPES, profile_for
from fixtures.synth.truth import TruthError, validate
from identifiers import patent

CONTRACT_DOC_TYPES = {
    "award_certificate", "patent_certificate", "software_copyright", "journal_paper", "book", "standard",
    "project_acceptance", "technical_report", "revenue_proof", "title_certificate", "degree_certificate",
    "recommendation_letter", "official_recognition", "unknown",
}
COMMITTED = Path(__file__).resolve().parent.parent / "fixtures" / "docs"
CN_SHAPE = re.compile(r"^\d{2}-\d{4}/[A-Z][A-Z0-9.]*$")
TITLE_WORDS = {"technician": "技术员", "assistant_engineer": "助理工程师", "engineer": "工程师",
               "senior_engineer": "高级工程师", "professorate_senior_engineer": "正高级工程师"}
EDUCATION_WORDS = {"bachelor": ("学士", "本科"), "associate": ("专科",), "master": ("硕士",), "doctorate": ("博士",)}
REPORT_WORDS = {"technical_report": "技术报告", "white_paper": "白皮书", "plan": "规划",
                "feasibility": "可行性研究报告", "research_topic": "课题研究报告"}
PATENT_WORDS = {"invention": "发明专利证书", "utility_model": "实用新型专利证书", "design": "外观设计专利证书"}
VERBATIM = {"award_name", "grade", "project_title", "holder", "software_name", "registration_number", "journal",
            "cn", "issn", "publisher", "issuer", "recommender", "candidate", "leader", "patent_number"}
PEOPLE = {"inventors", "patentees", "holders", "authors", "drafters", "members", "parties"}
HAN = "〇一二三四五六七八九"


def compact(text: str) -> str:
    """NFKC (PDFs may carry Kangxi radicals), no whitespace, em dashes as hyphens."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("—", "-")


def _han_number(n: int) -> str:
    tens, units = divmod(n, 10)
    return (("" if tens < 2 else HAN[tens]) + "十" if tens else "") + (HAN[units] if units or not tens else "")


def date_forms(iso: str) -> list[str]:
    """Every way the generator may print an ISO date or month, written independently of it."""
    parts = [int(p) for p in iso.split("-")]
    y, m = parts[0], parts[1]
    han_y = "".join(HAN[int(c)] for c in str(y))
    if len(parts) == 2:
        return [f"{y}年{m}月", f"{y}年{m:02d}月", f"{han_y}年{_han_number(m)}月", f"{y}.{m}"]
    d = parts[2]
    return [f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{han_y}年{_han_number(m)}月{_han_number(d)}日",
            f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}"]


def printed_forms(key: str, value: object, fields: dict) -> list[str]:
    """What must appear in the text for one truth field (empty: the value is derived, not printed)."""
    if key in VERBATIM or (key == "title" and isinstance(value, str) and value not in TITLE_WORDS):
        return [str(value)]
    if key in PEOPLE:
        return list(value)  # type: ignore[arg-type] - each name must appear
    if key.endswith("date") or key == "date":
        return date_forms(str(value))
    if key == "isbn":
        return [str(value)]
    if key == "standard_number":
        return [str(value)]
    if key == "amount_wan":
        yuan = round(float(value) * 10000)  # type: ignore[arg-type]
        wan = f"{float(value):.2f}".rstrip("0").rstrip(".")  # type: ignore[arg-type]
        return [f"{wan}万", f"¥{yuan:,.2f}"]
    if key == "words_wan":
        wan = f"{float(value):.1f}".rstrip("0").rstrip(".")  # type: ignore[arg-type]
        return [f"{round(float(value) * 10)}千字", f"{wan}万字"]  # type: ignore[arg-type]
    if key in ("title", "recommender_title"):
        return [TITLE_WORDS[str(value)]]
    if key == "education":
        return list(EDUCATION_WORDS[str(value)])
    if key == "report_kind":
        return [REPORT_WORDS[str(value)]]
    if key == "patent_type":
        return [PATENT_WORDS[str(value)]]
    if key == "passed":
        return ["不通过" if not value else "通过"]
    return []  # level, rank: derived from the issuer or printed as words/numerals


def pdf_text(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(path)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def assert_text_layer_holds_fields(truth: dict, text: str) -> None:
    flat = compact(text)
    flat_isbn = flat.replace("-", "")
    for key, value in truth["fields"].items():
        forms = printed_forms(key, value, truth["fields"])
        if not forms:
            continue
        if key in PEOPLE:
            missing = [name for name in forms if compact(name) not in flat]
            assert not missing, f"{truth['file']}: {key} {missing} not in the text layer"
            continue
        haystack = flat_isbn if key == "isbn" else flat
        assert any(compact(f) in haystack for f in forms), f"{truth['file']}: {key}={value!r} not in the text layer"


def load_truths(paths: list[Path]) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def assert_identifiers_valid(truth: dict) -> None:
    fields = truth["fields"]
    if "patent_number" in fields:
        assert patent.validate(fields["patent_number"]) == fields["patent_number"]
    if "isbn" in fields:
        assert re.fullmatch(r"97[89]\d{10}", fields["isbn"]) and stdnum_isbn.is_valid(fields["isbn"])
    if "issn" in fields:
        assert re.fullmatch(r"\d{4}-\d{3}[\dX]", fields["issn"]) and stdnum_issn.is_valid(fields["issn"])
    if "cn" in fields:
        assert CN_SHAPE.match(fields["cn"])
    if "registration_number" in fields:
        assert re.fullmatch(r"\d{4}SR\d{7}", fields["registration_number"])
    if "standard_number" in fields:
        assert re.fullmatch(r"\S+ \d+-\d{4}", fields["standard_number"])


def assert_file_matches_variant(folder: Path, truth: dict) -> None:
    path = folder / truth["file"]
    variant = truth["variant"]
    assert path.is_file(), path
    if variant["format"] == "pdf":
        texts = pdf_text(path)
        assert len(texts) == variant["pages"]
        for number, text in enumerate(texts, 1):
            has_text = bool(compact(text))
            assert has_text == (number in variant["text_pages"]) or truth["layout"] == "blank", (path, number)
    else:
        with Image.open(path) as img:
            img.load()
            assert getattr(img, "n_frames", 1) == (variant["pages"] if variant["format"] == "tiff" else 1)
            assert img.format.lower() == variant["format"]


@pytest.fixture(scope="module")
def digital(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """Document 0 of every doc_type: always the digital PDF."""
    out = tmp_path_factory.mktemp("digital")
    return out, load_truths(generate(out, seed=7, per_type=1))


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """One document per scanned profile, plus two-page documents as multi-page TIFF and mixed PDF."""
    out = tmp_path_factory.mktemp("scans")
    doc_type = "technical_report"
    wanted = {"scan_jpeg", *CYCLE} - {"digital"}
    indexes = [i for i in range(1, 2 + len(wanted)) if profile_for(doc_type, i) in wanted]
    paths = [generate_one(out, 7, doc_type, i) for i in indexes]
    two_page_tiff = next(i for i in range(2, 30) if profile_for("standard", i) == "tiff")
    paths.append(generate_one(out, 7, "standard", two_page_tiff))
    # patent layout 0 (every third index) has a 续页: its mixed PDF is text page + scanned page
    two_page_mixed = next(i for i in range(3, 60, 3) if profile_for("patent_certificate", i) == "mixed_pdf")
    paths.append(generate_one(out, 7, "patent_certificate", two_page_mixed))
    return out, load_truths(paths)


@pytest.mark.slow
def test_every_contract_doc_type_is_generated(digital: tuple[Path, list[dict]]) -> None:
    assert set(DOC_TYPES) == CONTRACT_DOC_TYPES
    assert {t["doc_type"] for t in digital[1]} == CONTRACT_DOC_TYPES


def test_same_seed_gives_the_same_documents_whatever_else_is_generated(
        digital: tuple[Path, list[dict]], tmp_path: Path) -> None:
    folder, truths = digital
    again = load_truths(generate(tmp_path, seed=7, per_type=1, types=["patent_certificate", "book"]))
    for truth in again:
        original = next(t for t in truths if t["file"] == truth["file"])
        assert truth == original
        assert (tmp_path / truth["file"]).read_bytes() == (folder / truth["file"]).read_bytes()


def test_another_seed_gives_other_content(digital: tuple[Path, list[dict]], tmp_path: Path) -> None:
    other = load_truths(generate(tmp_path, seed=8, per_type=1, types=["patent_certificate"]))[0]
    original = next(t for t in digital[1] if t["doc_type"] == "patent_certificate")
    assert other["fields"] != original["fields"]


@pytest.mark.slow
def test_truths_validate_and_identifiers_have_valid_check_digits(
        digital: tuple[Path, list[dict]], scans: tuple[Path, list[dict]]) -> None:
    for truth in digital[1] + scans[1]:
        validate(truth)
        assert_identifiers_valid(truth)
        if truth["applicant_rank"] is not None:
            assert truth["applicant_name"], truth["file"]


def test_digital_pdfs_give_their_fields_back_through_the_text_layer(digital: tuple[Path, list[dict]]) -> None:
    folder, truths = digital
    for truth in truths:
        assert truth["variant"]["source"] == "text_layer"
        assert_text_layer_holds_fields(truth, "\n".join(pdf_text(folder / truth["file"])))
        assert_file_matches_variant(folder, truth)


@pytest.mark.slow  # generates every scanned variant (≈ 7 s)
def test_every_scanned_variant_opens_and_matches_its_declared_damage(scans: tuple[Path, list[dict]]) -> None:
    folder, truths = scans
    formats = {t["variant"]["format"] for t in truths}
    assert formats == {"pdf", "jpeg", "png", "tiff", "bmp", "webp"}
    assert {t["variant"]["source"] for t in truths} == {"scan", "mixed"}
    for truth in truths:
        variant = truth["variant"]
        assert variant["dpi"] in (100, 150, 200)
        assert 0.5 <= abs(variant["skew"]) <= 3.0 or variant["profile"] == "png_lowres"
        assert_file_matches_variant(folder, truth)
    rotated = [t for t in truths if t["variant"]["rotation"] in (90, 180)]
    assert rotated, "some variants must be turned sideways or upside down"


def test_a_truth_with_a_wrong_check_digit_is_refused(digital: tuple[Path, list[dict]]) -> None:
    truth = json.loads(json.dumps(next(t for t in digital[1] if t["doc_type"] == "patent_certificate")))
    number = truth["fields"]["patent_number"]
    truth["fields"]["patent_number"] = number[:-1] + ("0" if number[-1] != "0" else "1")
    with pytest.raises(TruthError):
        validate(truth)


def test_committed_sample_set_matches_its_truths() -> None:
    if not (COMMITTED / "manifest.json").exists():
        pytest.skip("fixtures/docs has not been generated")
    manifest = json.loads((COMMITTED / "manifest.json").read_text(encoding="utf-8"))
    truths = load_truths([COMMITTED / name for name in manifest["truth_files"]])
    assert {t["doc_type"] for t in truths} == CONTRACT_DOC_TYPES
    for doc_type in CONTRACT_DOC_TYPES:
        sources = {t["variant"]["source"] for t in truths if t["doc_type"] == doc_type}
        assert "text_layer" in sources and sources - {"text_layer"}, doc_type
    for truth in truths:
        validate(truth)
        assert_identifiers_valid(truth)
        assert_file_matches_variant(COMMITTED, truth)
        if truth["variant"]["source"] == "text_layer":
            assert_text_layer_holds_fields(truth, "\n".join(pdf_text(COMMITTED / truth["file"])))
    assert sum((COMMITTED / t["file"]).stat().st_size for t in truths) < 6.5e6
