"""Claims against documents, without OCR: documents are built by hand as extraction gives them."""

from __future__ import annotations

from rules.case import Applicant
from rules.dates import PartialDate
from rules.vocabulary import Education, Kind, Title
from zhicheng.audit import Claim, audit, check_profile, find_duplicates
from zhicheng.bundle import load_claims
from zhicheng.documents import Document

from rules.case_file import parse_achievement


def doc(file: str, doc_type: str, sha: str = "", **fields) -> Document:
    return Document(file=file, sha256=sha or file.ljust(64, "0")[:64], pages=1, text_source="ocr",
                    doc_type=doc_type, confidence=0.9, fields=fields)


def claim(index: int, evidence: list[str], **keys) -> Claim:
    achievement, _ = parse_achievement(keys, "claims.yaml", f"achievements[{index}]")
    return Claim(achievement, evidence, index)


APPLICANT = Applicant(education=Education.BACHELOR, current_title=Title.ENGINEER, target_title=Title.SENIOR_ENGINEER,
                      name="张三", current_title_date=PartialDate.parse("2018-07-01"))
PATENT = doc("p.pdf", "patent_certificate", patent_type="invention", patent_number="ZL202111233040.7",
             inventors=["李四", "王五", "张三"], grant_date="2023-02-24", applicant_rank=3)


def never_core(document):
    return False


def codes(result) -> list[str]:
    return [i["code"] for i in result.issues]


def test_document_rank_and_date_win_over_the_claim_and_differences_are_errors():
    result = audit([PATENT], [claim(0, ["p.pdf"], kind="patent", patent_type="invention", granted=True,
                                    rank=1, date="2023-03-01")], APPLICANT, never_core)
    assert codes(result) == ["rank_mismatch", "date_mismatch"]
    assert all(i["severity"] == "error" and i["file"] == "p.pdf" for i in result.issues)
    built = result.achievements[0]
    assert (built.achievement.rank, str(built.achievement.date)) == (3, "2023-02-24")
    assert built.source == "claim" and built.evidence == ["p.pdf"]


def test_a_claim_of_the_wrong_kind_for_its_document_does_not_count():
    result = audit([PATENT], [claim(0, ["p.pdf"], kind="award", level="provincial", date="2023-02-24")],
                   APPLICANT, never_core)
    assert "kind_mismatch" in codes(result)
    assert all(b.claim_index != 0 for b in result.achievements)


def test_claims_without_readable_evidence_do_not_count():
    unreadable = doc("bad.pdf", "unknown")
    result = audit([unreadable], [claim(0, [], kind="software_copyright", rank=1, date="2022-01-01"),
                                  claim(1, ["nowhere.pdf"], kind="software_copyright", rank=1, date="2022-01-01"),
                                  claim(2, ["bad.pdf"], kind="software_copyright", rank=1, date="2022-01-01")],
                   APPLICANT, never_core)
    assert codes(result).count("missing_evidence") == 3
    assert result.achievements == []


def test_facts_no_document_shows_come_from_the_claim_marked_declared():
    acceptance = doc("a.pdf", "project_acceptance", level="provincial", passed=True, acceptance_date="2022-06-01",
                     leader="李四", members=["张三"], applicant_rank=2)
    result = audit([acceptance], [claim(0, ["a.pdf"], kind="project", category="implementation", level="provincial",
                                        rank=2, date="2022-06-01", benefit=True)], APPLICANT, never_core)
    built = result.achievements[0]
    assert built.declared == ["benefit", "category"]
    assert built.achievement.accepted is True and built.achievement.level.value == "provincial"
    assert codes(result) == []


def test_a_fact_the_document_could_show_but_does_not_is_not_taken_from_the_claim():
    acceptance = doc("a.pdf", "project_acceptance", passed=True, acceptance_date="2022-06-01", applicant_rank=2)
    result = audit([acceptance], [claim(0, ["a.pdf"], kind="project", category="implementation", level="national",
                                        rank=2, date="2022-06-01")], APPLICANT, never_core)
    assert result.achievements[0].achievement.level is None
    assert "not_shown_by_document" in codes(result)


def test_the_same_evidence_twice_counts_once():
    scan = doc("p.jpg", "patent_certificate", patent_type="invention", patent_number="ZL202111233040.7",
               grant_date="2023-02-24", applicant_rank=3)
    copy = doc("copy.pdf", "patent_certificate", sha=PATENT.sha256, patent_number="ZL202111233040.7")
    assert find_duplicates([PATENT, scan, copy]) == {"p.jpg": "p.pdf", "copy.pdf": "p.pdf"}
    result = audit([PATENT, scan, copy], [], APPLICANT, never_core)
    assert codes(result).count("duplicate_evidence") == 2
    assert len(result.achievements) == 1 and result.achievements[0].source == "document"


def test_unclaimed_documents_count_on_what_they_show():
    result = audit([PATENT], [], APPLICANT, never_core)
    built = result.achievements[0]
    assert built.achievement.kind is Kind.PATENT and built.achievement.granted is True
    assert built.achievement.rank == 3 and built.declared == []


def test_recommendation_letters_count_only_from_a_professorate_engineer_for_this_applicant():
    letters = [doc("r1.pdf", "recommendation_letter", recommender="甲", recommender_title="professorate_senior_engineer",
                   candidate="张三"),
               doc("r2.pdf", "recommendation_letter", recommender="乙", recommender_title="senior_engineer",
                   candidate="张三"),
               doc("r3.pdf", "recommendation_letter", recommender="丙", recommender_title="professorate_senior_engineer",
                   candidate="李四")]
    result = audit(letters, [], APPLICANT, never_core)
    assert result.recommenders == 1
    assert codes(result) == ["recommender_not_qualified", "name_not_found"]


def test_the_title_certificate_date_counts_over_the_profile():
    certificate = doc("t.pdf", "title_certificate", holder="张三", title="engineer", date="2019-07-01")
    degree = doc("d.pdf", "degree_certificate", holder="张三", education="bachelor", date="2012-07-01")
    applicant, issues = check_profile([certificate, degree], APPLICANT)
    assert str(applicant.current_title_date) == "2019-07-01"
    assert [i["code"] for i in issues] == ["date_mismatch"]


def test_a_lower_degree_on_the_certificate_than_in_the_profile_is_an_error():
    degree = doc("d.pdf", "degree_certificate", holder="张三", education="associate", date="2012-07-01")
    certificate = doc("t.pdf", "title_certificate", holder="张三", title="engineer", date="2018-07-01")
    applicant, issues = check_profile([certificate, degree], APPLICANT)
    assert applicant.education is Education.ASSOCIATE
    assert "education_mismatch" in [i["code"] for i in issues]


def test_claims_file_accepts_a_list_or_an_achievements_mapping(tmp_path):
    listed = tmp_path / "c1.yaml"
    listed.write_text("- {kind: patent, patent_type: invention, evidence: [p.pdf]}\n", encoding="utf-8")
    mapped = tmp_path / "c2.yaml"
    mapped.write_text("achievements:\n  - {kind: patent, patent_type: invention, evidence: ./p.pdf}\n", encoding="utf-8")
    assert load_claims(listed)[0].evidence == ["p.pdf"]
    assert load_claims(mapped)[0].evidence == ["p.pdf"]
