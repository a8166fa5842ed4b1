"""Applicant bundles for end-to-end tests of ``zhicheng check``: reproducible, valid, coherent.

End-to-end tests compare ``check``'s output with each bundle's ``<bundle>.expected.json``, so these
tests pin down what that comparison relies on without running ``check`` itself: a scenario
always writes the same bundle (and the committed ones are what the generator writes today),
profile.yaml and claims.yaml are valid case-file parts, every cited file is present except
the one that is missing on purpose, one invented name runs through every document, and each
issue the scenario promises is really planted (the claim contradicts its document, the
identifier's check digit really fails, the date really precedes the title).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
import yaml
from PIL import Image
from stdnum import isbn as stdnum_isbn
from stdnum import issn as stdnum_issn

from fixtures.synth.bundle_docs import add_months, resolve_date
from fixtures.synth.bundle_scenarios import CONDITIONS, SCENARIOS
from fixtures.synth.bundles import expected_path, make_bundle
from identifiers import cn as cn_number
from identifiers import patent
from tests.conftest import FIXTURES

BUNDLES = FIXTURES / "bundles"
COMMITTED = {"demo": "senior_normal", "senior_exceptional": "senior_exceptional",
             "engineer_not_eligible": "engineer_not_eligible", "audit_issues": "audit_issues"}
NOT_EVIDENCE = {"profile.yaml", "claims.yaml"}
CONTRACT_CODES = {
    "before_current_title", "future_date", "missing_date", "rank_mismatch", "date_mismatch", "kind_mismatch",
    "name_not_found", "missing_evidence", "invalid_isbn", "invalid_issn", "invalid_cn", "invalid_patent_number",
    "not_first_author", "not_core_journal", "patent_not_granted", "unreadable_file", "unknown_document_type",
    "low_ocr_confidence", "duplicate_evidence",
}
NATURAL_KIND = {"patent_certificate": "patent", "software_copyright": "software_copyright",
                "award_certificate": "award", "journal_paper": "paper", "book": "book", "standard": "standard",
                "project_acceptance": "project"}
MAIN_DATE = {"patent_certificate": "grant_date", "project_acceptance": "acceptance_date", "standard": "publish_date"}


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def seen_of(folder: Path) -> dict[str, Any]:
    """What a reader gets from each file: a PDF's text layer and page pixels, any other file's bytes.

    A PDF's bytes are not the generator's to promise: its images are PNG streams, and Pillow 13
    compresses the same pixels into other bytes than Pillow 12 did (CI saw the demo's three PDFs
    with seals differ by bytes, not by one rendered pixel)."""
    seen: dict[str, Any] = {}
    for name, data in files_of(folder).items():
        if not name.endswith(".pdf"):
            seen[name] = data
            continue
        doc = pdfium.PdfDocument(data)
        try:
            seen[name] = [(page.get_textpage().get_text_range(),
                           page.render(scale=1).to_pil().convert("RGB").tobytes()) for page in doc]
        finally:
            doc.close()
    return seen


def load(folder: Path) -> dict[str, Any]:
    """A bundle's three declarations, dates as strings whatever YAML made of them."""
    def text(path: str) -> Any:
        return json.loads(json.dumps(yaml.safe_load((folder / path).read_text(encoding="utf-8")), default=str))
    return {"profile": text("profile.yaml"), "claims": text("claims.yaml")["achievements"],
            "expected": json.loads(expected_path(folder).read_text(encoding="utf-8"))}


def issues_on_claim(expected: dict[str, Any], index: int) -> set[str]:
    return {i["code"] for i in expected["issues"] if i.get("claim") == index}


def issues_on_file(expected: dict[str, Any], path: str) -> set[str]:
    return {i["code"] for i in expected["issues"] if path in i.get("files", ())}


def compact(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_text(path: Path) -> str:
    doc = pdfium.PdfDocument(path)
    try:
        return compact("".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))))
    finally:
        doc.close()


def partial(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day a YYYY, YYYY-MM or YYYY-MM-DD date can mean."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        return first, add_months(first, 1) - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory):
    """Scenario → a bundle generated now with seed 7 (each written once per module)."""
    made: dict[str, Path] = {}

    def get(scenario: str) -> Path:
        if scenario not in made:
            made[scenario] = make_bundle(tmp_path_factory.mktemp(scenario) / "bundle", scenario, seed=7)
        return made[scenario]

    return get


def committed(name: str) -> Path:
    folder = BUNDLES / name
    if not expected_path(folder).exists():
        pytest.skip(f"{folder} has not been generated")
    return folder


# ---- reproducibility ------------------------------------------------------------------------

@pytest.mark.slow
def test_a_scenario_and_seed_always_write_the_same_bundle(tmp_path: Path) -> None:
    first = files_of(make_bundle(tmp_path / "a", "engineer_not_eligible", seed=11))
    again = files_of(make_bundle(tmp_path / "b", "engineer_not_eligible", seed=11))  # one machine: bytes
    assert first.keys() == again.keys()
    assert [name for name in first if first[name] != again[name]] == []
    other = json.loads(expected_path(make_bundle(tmp_path / "c", "engineer_not_eligible", seed=12)).read_text(encoding="utf-8"))
    assert other["documents"] != json.loads(expected_path(tmp_path / "a").read_text(encoding="utf-8"))["documents"]


@pytest.mark.slow
def test_the_committed_demo_is_what_a_fresh_generation_writes(fresh) -> None:
    demo, new = seen_of(committed("demo")), seen_of(fresh("senior_normal"))
    assert demo.keys() == new.keys()
    assert [name for name in demo if demo[name] != new[name]] == []


@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n in COMMITTED if n != "demo"])
def test_the_other_committed_bundles_hold_the_truth_of_a_fresh_generation(name: str, fresh) -> None:
    old, new = files_of(committed(name)), files_of(fresh(COMMITTED[name]))
    assert old.keys() == new.keys()
    for declaration in NOT_EVIDENCE:
        assert old[declaration] == new[declaration], declaration


def test_a_bundle_is_not_written_over_another_by_accident(tmp_path: Path) -> None:
    (tmp_path / "stale.pdf").write_bytes(b"%PDF")
    with pytest.raises(FileExistsError):
        make_bundle(tmp_path, "engineer_not_eligible")
    make_bundle(tmp_path, "engineer_not_eligible", overwrite=True)
    assert not (tmp_path / "stale.pdf").exists()


# ---- the declarations -----------------------------------------------------------------------

@pytest.mark.parametrize("name", COMMITTED)
def test_profile_and_claims_are_valid_case_file_parts(name: str, schema_validator) -> None:
    bundle = load(committed(name))
    claims = [{k: v for k, v in c.items() if k != "evidence"} for c in bundle["claims"]]
    off_schema = bundle["expected"]["claims_off_schema"]
    valid = [c for i, c in enumerate(claims) if i not in off_schema]
    schema_validator({**bundle["profile"], "achievements": valid}, "case")
    for index in off_schema:  # undated on purpose (missing_date): the schema's only objection
        assert "date" not in claims[index] and "missing_date" in issues_on_claim(bundle["expected"], index)
        schema_validator({**bundle["profile"], "achievements": [{**claims[index], "date": "2024-01-01"}]}, "case")


@pytest.mark.parametrize("name", COMMITTED)
def test_every_cited_file_is_in_the_bundle_but_the_one_missing_on_purpose(name: str) -> None:
    folder = committed(name)
    bundle = load(folder)
    cited = {path for claim in bundle["claims"] for path in claim["evidence"]}
    absent = {path for path in cited if not (folder / path).is_file()}
    assert absent == set(bundle["expected"]["evidence_not_in_bundle"])
    planted = {f for i in bundle["expected"]["issues"] if i["code"] == "missing_evidence" for f in i.get("files", ())}
    assert absent == planted
    for index, claim in enumerate(bundle["claims"]):
        if not claim["evidence"]:
            assert "missing_evidence" in issues_on_claim(bundle["expected"], index)
    documented = {d["file"] for d in bundle["expected"]["documents"]}
    assert documented == set(files_of(folder)) - NOT_EVIDENCE


@pytest.mark.parametrize("name", COMMITTED)
def test_the_verdict_is_stated_for_every_condition_of_the_target_title(name: str) -> None:
    bundle = load(committed(name))
    verdict = bundle["expected"]["verdict"]
    target = bundle["profile"]["applicant"]["target_title"]
    assert set(verdict["met"]) | set(verdict["not_met"]) == set(CONDITIONS[target])
    assert not set(verdict["met"]) & set(verdict["not_met"])
    assert verdict["eligible"] == (verdict["route"] is not None)
    if not verdict["eligible"]:
        assert verdict["exit_code"] == 1
    elif not bundle["expected"]["issues"]:
        assert verdict["exit_code"] == 0
    assert set(bundle["expected"]["issue_codes"]) <= CONTRACT_CODES


# ---- one applicant, coherent documents -------------------------------------------------------

@pytest.mark.parametrize("name", COMMITTED)
def test_one_invented_applicant_runs_through_every_document(name: str) -> None:
    folder = committed(name)
    bundle = load(folder)
    applicant = bundle["profile"]["applicant"]["name"]
    assert applicant == bundle["expected"]["applicant"]
    for doc in bundle["expected"]["documents"]:
        if doc["doc_type"] is None or "broken" in doc:
            continue
        absent_on_purpose = "name_not_found" in issues_on_file(bundle["expected"], doc["file"]) or \
            doc["doc_type"] == "unknown" and doc["layout"] == "meeting_notice"
        assert doc["applicant_listed"] != absent_on_purpose, doc["file"]
        fields = doc["fields"]
        for key in ("holder", "candidate"):
            if key in fields:
                assert fields[key] == applicant, doc["file"]
        if doc["variant"]["format"] == "pdf":
            assert (applicant in pdf_text(folder / doc["file"])) == doc["applicant_listed"], doc["file"]


@pytest.mark.parametrize("name", COMMITTED)
def test_the_title_and_degree_certificates_agree_with_the_profile(name: str) -> None:
    bundle = load(committed(name))
    profile = bundle["profile"]["applicant"]
    docs = bundle["expected"]["documents"]
    titles = [d for d in docs if d["doc_type"] == "title_certificate" and "broken" not in d]
    assert [(d["fields"]["title"], d["fields"]["date"]) for d in titles] == [
        (profile["current_title"], profile["current_title_date"])]
    degrees = [d["fields"]["education"] for d in docs if d["doc_type"] == "degree_certificate"]
    assert degrees == [profile["education"]]


@pytest.mark.parametrize("name", COMMITTED)
def test_claims_agree_with_their_documents_unless_an_issue_is_planted(name: str) -> None:
    bundle = load(committed(name))
    expected = bundle["expected"]
    by_file = {d["file"]: d for d in expected["documents"]}
    title_date = dt.date.fromisoformat(bundle["profile"]["applicant"]["current_title_date"])
    as_of = dt.date.fromisoformat(bundle["profile"]["as_of"])
    for index, claim in enumerate(bundle["claims"]):
        planted = issues_on_claim(expected, index)
        if "date" in claim:
            first, last = partial(claim["date"])
            assert (last < title_date) == ("before_current_title" in planted), index
            assert (first > as_of) == ("future_date" in planted), index
        docs = [by_file[p] for p in claim["evidence"] if p in by_file and by_file[p].get("fields")]
        for doc in docs:
            fields = doc["fields"]
            assert (claim["kind"] != NATURAL_KIND.get(doc["doc_type"])) == ("kind_mismatch" in planted), index
            if claim["kind"] != NATURAL_KIND.get(doc["doc_type"]):
                continue
            if "rank" in claim:
                assert (claim["rank"] != doc["applicant_rank"]) == bool(planted & {"rank_mismatch", "name_not_found"})
            shown = fields.get(MAIN_DATE.get(doc["doc_type"], "date"))
            if "date" in claim and shown:
                assert (claim["date"] != shown) == ("date_mismatch" in planted), index
            if "date" not in claim:
                assert shown is None and "missing_date" in planted, index


def test_scenarios_put_the_applicant_where_the_brief_says(fresh) -> None:
    """Ranks and levels the scenarios are about, read from the truth of what was printed."""
    def docs(scenario: str) -> dict[str, dict[str, Any]]:
        expected = json.loads(expected_path(fresh(scenario)).read_text(encoding="utf-8"))
        return {Path(d["file"]).stem: d for d in expected["documents"]}

    normal = docs("senior_normal")
    patent_doc = normal["invention-patent"]
    assert (patent_doc["fields"]["patent_type"], patent_doc["applicant_rank"],
            len(patent_doc["fields"]["inventors"])) == ("invention", 3, 5)
    project = normal["acceptance-certificate"]
    assert (project["fields"]["level"], project["fields"]["passed"], project["applicant_rank"]) == ("provincial", True, 2)
    assert patent_doc["fields"]["grant_date"] > "2018-07-01" and project["fields"]["acceptance_date"] > "2018-07-01"
    exceptional = docs("senior_exceptional")
    letters = [d for d in exceptional.values() if d["doc_type"] == "recommendation_letter"]
    assert [d["fields"]["recommender_title"] for d in letters] == ["professorate_senior_engineer"] * 2
    assert len({d["fields"]["recommender"] for d in letters}) == 2
    assert exceptional["provincial-award"]["fields"]["level"] == "provincial"
    weak = docs("engineer_not_eligible")
    assert weak["enterprise-award"]["fields"]["level"] == "enterprise"
    assert (weak["utility-model"]["fields"]["patent_type"], weak["utility-model"]["applicant_rank"]) == (
        "utility_model", 4)


# ---- planted problems -----------------------------------------------------------------------

def test_the_audit_bundle_plants_every_issue_code_a_bundle_can_raise() -> None:
    folder = committed("audit_issues")
    expected = load(folder)["expected"]
    assert set(expected["issue_codes"]) == CONTRACT_CODES
    claims = load(folder)["claims"]
    for issue in expected["issues"]:
        assert "files" in issue or "claim" in issue, issue
        if "claim" in issue:
            assert 0 <= issue["claim"] < len(claims)
        for path in issue.get("files", ()):
            assert (folder / path).is_file() or path in expected["evidence_not_in_bundle"]


@pytest.mark.parametrize("name", COMMITTED)
def test_identifiers_are_valid_exactly_where_no_issue_says_otherwise(name: str) -> None:
    expected = load(committed(name))["expected"]
    checks = {"patent_number": ("invalid_patent_number", patent.is_valid),
              "isbn": ("invalid_isbn", stdnum_isbn.is_valid),
              "issn": ("invalid_issn", stdnum_issn.is_valid),
              "cn": ("invalid_cn", cn_number.is_valid)}
    for doc in expected["documents"]:
        for key, (code, is_valid) in checks.items():
            value = doc.get("fields", {}).get(key)
            if value:
                assert (not is_valid(value)) == (code in issues_on_file(expected, doc["file"])), (doc["file"], key)


def test_the_broken_files_are_broken_and_the_duplicate_repeats_its_original() -> None:
    folder = committed("audit_issues")
    expected = load(folder)["expected"]
    broken = {d["file"]: d for d in expected["documents"] if "broken" in d}
    assert {i["files"][0] for i in expected["issues"] if i["code"] == "unreadable_file"} == set(broken)
    for path in broken:
        data = (folder / path).read_bytes()
        if path.endswith(".pdf"):
            assert data == b""
        elif path.endswith(".png"):
            assert not data.startswith(b"\x89PNG") and data.isascii()
        else:
            with pytest.raises(OSError), Image.open(folder / path) as img:
                img.load()
    duplicate = next(i for i in expected["issues"] if i["code"] == "duplicate_evidence")
    copies = [next(d for d in expected["documents"] if d["file"] == f) for f in duplicate["files"]]
    assert copies[0]["fields"] == copies[1]["fields"] and copies[0]["variant"]["format"] != copies[1]["variant"]["format"]


# ---- the generator itself -------------------------------------------------------------------

def test_offsets_from_the_title_date_resolve_to_calendar_dates() -> None:
    anchors = {"title": dt.date(2018, 7, 1), "as_of": dt.date(2025, 6, 30)}
    assert resolve_date("title+3y2m13d", anchors) == dt.date(2021, 9, 14)
    assert resolve_date("title-10m12d", anchors) == dt.date(2017, 8, 20)
    assert resolve_date("as_of+3m20d", anchors) == dt.date(2025, 10, 20)
    assert resolve_date("2014-06-28", anchors) == dt.date(2014, 6, 28)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)


def test_every_scenario_names_known_claims_and_documents() -> None:
    for scenario in SCENARIOS.values():
        doc_ids = {d["id"] for d in scenario["documents"]}
        claim_ids = [c["id"] for c in scenario["claims"]]
        assert len(claim_ids) == len(set(claim_ids)) and len(doc_ids) == len(scenario["documents"])
        assert {c["doc"] for c in scenario["claims"] if "doc" in c} <= doc_ids
        for issue in scenario["expect"]["issues"]:
            assert issue["code"] in CONTRACT_CODES
            assert {issue.get("doc"), issue.get("also")} - {None} <= doc_ids
            assert issue.get("claim") in set(claim_ids) | {None}


def test_the_bundle_modules_add_no_character_to_the_font_subset() -> None:
    """The canvas cuts its fonts to the characters of fixtures/synth: a new one would change every fixture."""
    synth = FIXTURES / "synth"
    used: dict[bool, set[str]] = {True: set(), False: set()}
    for path in synth.glob("*.py"):
        used[path.name.startswith("bundle")] |= {ch for ch in path.read_text(encoding="utf-8") if ord(ch) > 0x7F}
    assert used[True] <= used[False]


def test_the_committed_bundles_stay_small() -> None:
    sizes = {name: sum(len(b) for b in files_of(committed(name)).values()) for name in COMMITTED}
    assert sizes["demo"] < 2e6
    assert sum(v for k, v in sizes.items() if k != "demo") < 3e6
