"""A condition is met only on evidence; every doubt is said; the rules say what the pack says.

CONTRACT §6.2 (basis, missing_evidence, journal_edition_missing) and the pack's own words for
every citation and number.  No OCR: documents are built by hand as extraction gives them.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
import yaml

from rules import Case, PackError, evaluate, load_case, load_catalog
from rules.case import Achievement, Applicant
from rules.catalog import load_catalog_file, parse_catalog
from rules.dates import PartialDate
from rules.requirements import FILTERS, Requirement, judge
from rules.vocabulary import Education, Kind, Level, Title
from zhicheng.audit import Claim, audit, check_profile, name_suggestion
from zhicheng.documents import Document

from .conftest import FIXTURES, ROOT, run_cli

PACK = ROOT / "rules" / "packs" / "chongqing-2022-67.yaml"


def cite(note_id: str) -> str:
    return load_catalog().article(note_id)


def doc(file: str, doc_type: str, source: str = "ocr", confidences: dict | None = None, **fields) -> Document:
    d = Document(file=file, sha256=file.encode().hex().ljust(64, "0")[:64], pages=1, text_source=source,
                 doc_type=doc_type, confidence=0.9, fields=fields)
    d.field_sources = {k: {"page": 1, "box": [0, 0, 1, 1], "confidence": c} for k, c in (confidences or {}).items()}
    return d


APPLICANT = Applicant(education=Education.BACHELOR, current_title=Title.ENGINEER, target_title=Title.SENIOR_ENGINEER,
                      name="张三", current_title_date=PartialDate.parse("2019-06-30"))


# --------------------------------------------------------------------------- filters honour their argument

def paper(rank: int | None, **keys) -> Achievement:
    return Achievement(kind=Kind.PAPER, rank=rank, date=PartialDate.parse("2022-03"), **keys)


@pytest.mark.parametrize("name,arg,achievement,passes", [
    ("first_author", True, paper(1), True),
    ("first_author", True, paper(2), False),
    ("first_author", False, paper(2), True),
    ("first_author", False, paper(1), False),
    ("valid_journal_id", True, paper(1, issn="1000-1239"), True),
    ("valid_journal_id", False, paper(1, issn="1000-1239"), False),
    ("valid_journal_id", False, paper(1, issn="1000-1238"), True),
    ("valid_isbn", True, Achievement(kind=Kind.BOOK, isbn="9787111543213"), True),
    ("valid_isbn", False, Achievement(kind=Kind.BOOK, isbn="9787111543213"), False),
    ("valid_isbn", False, Achievement(kind=Kind.BOOK, isbn="9787111543210"), True),
    ("promoted", True, Achievement(kind=Kind.BOOK, promoted_level="provincial"), True),
    ("promoted", False, Achievement(kind=Kind.BOOK, promoted_level="provincial"), False),
    ("promoted", False, Achievement(kind=Kind.BOOK), True),
    ("granted", False, Achievement(kind=Kind.SOFTWARE_COPYRIGHT, rank=1), False),
    ("granted", True, Achievement(kind=Kind.SOFTWARE_COPYRIGHT, rank=1), True),
    ("accepted", False, Achievement(kind=Kind.PROJECT, accepted=False), True),
    ("accepted", False, Achievement(kind=Kind.PROJECT), False),  # not said is neither
    ("lead", False, Achievement(kind=Kind.PROJECT, role="participant"), True),
])
def test_every_filter_honours_its_argument(name, arg, achievement, passes):
    assert (FILTERS[name](achievement, arg, cite) is None) is passes


def test_a_requirement_with_first_author_false_counts_only_later_authors():
    req = Requirement(label="非第一作者论文", kinds=(Kind.PAPER,), where={"first_author": False}, count=1)
    result = judge(req, [(0, paper(1)), (1, paper(3))], cite)
    assert result.used == [1]


# --------------------------------------------------------------------------- the pack is validated

def raw_pack() -> dict:
    return yaml.safe_load(PACK.read_text(encoding="utf-8"))


def first_filter_holder(raw: dict) -> dict:
    for cond in raw["conditions"]:
        for alt in cond["decide"].get("any_of", ()):
            for part in alt.get("all_of", [alt]):
                if part.get("where", {}).get("rank_at_most"):
                    return part["where"]
    raise AssertionError("no rank_at_most in the pack")


@pytest.mark.parametrize("spoil,words", [
    (lambda w: w.update(rank_at_most="5"), "不小于 1 的整数"),
    (lambda w: w.update(rank_at_mots=w.pop("rank_at_most")), "rank_at_most"),
    (lambda w: w.update(level_at_least="provinical"), "provincial"),
    (lambda w: w.update(granted="yes"), "true 或 false"),
])
def test_a_bad_pack_does_not_load_and_says_where(spoil, words):
    raw = raw_pack()
    spoil(first_filter_holder(raw))
    with pytest.raises(PackError) as caught:
        parse_catalog(raw, "bad.yaml")
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_a_pack_without_an_article_the_reasons_cite_does_not_load():
    raw = raw_pack()
    raw["definitions"] = [d for d in raw["definitions"] if d["id"] != "16.8"]
    with pytest.raises(PackError, match="16.8"):
        parse_catalog(raw, "bad.yaml")


def test_citations_and_numbers_come_from_the_pack(tmp_path: Path):
    """Rename the articles and change 第十七条's one year in a copy of the pack: the reasons follow."""
    raw = raw_pack()
    for d in raw["definitions"]:
        if d["id"] == "16.8":
            d["article"] = "附则第八项"
        if d["id"] == "17":
            d["article"] = "第十七条之二"
            d["params"]["years_earlier"] = 2
    pack = tmp_path / "pack.yaml"
    pack.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    catalog = load_catalog_file(pack)
    case = Case(applicant=Applicant(education=Education.MASTER, professional_degree=True,
                                    current_title=Title.ENGINEER, current_title_date=PartialDate.parse("2022-06-30"),
                                    target_title=Title.SENIOR_ENGINEER),
                as_of=PartialDate.parse("2025-12-31"),
                achievements=[paper(2, core_journal=True, issn="1000-1239")])
    verdict = evaluate(case, catalog)
    text = json.dumps(verdict.to_dict(), ensure_ascii=False)
    assert "附则第八项" in text and "附则（八）" not in text
    basic = verdict.condition("12")
    assert any("第十七条之二提前 2 年" in r for r in basic.reasons)


def test_no_citation_is_spelt_in_the_rules_code():
    import re

    for path in (ROOT / "rules").glob("*.py"):
        code = [line for line in path.read_text(encoding="utf-8").splitlines()
                if not line.strip().startswith("#") and '"""' not in line]
        strings = re.findall(r"f?\"[^\"]*\"", "\n".join(code))
        cited = [s for s in strings if re.search(r"附则|第[一二三四五六七八九十]+条", s)]
        assert not cited, f"{path.name} spells a citation: {cited}"


def test_the_contract_example_prints_valid_isbns():
    from stdnum import isbn

    case = load_case(FIXTURES / "cases" / "contract_example.yaml")
    assert all(isbn.is_valid(a.isbn) for a in case.achievements if a.isbn)


# --------------------------------------------------------------------------- basis and evidence

def case_for(applicant: Applicant, documents_required: bool) -> Case:
    return Case(applicant=applicant, as_of=PartialDate.parse("2025-12-31"), documents_required=documents_required)


def test_in_evaluate_every_condition_is_declared():
    verdict = evaluate(case_for(APPLICANT, documents_required=False))
    assert {c.basis for c in verdict.conditions} == {"declared"}
    assert verdict.condition("12").met


def test_in_check_the_profile_alone_does_not_meet_the_basic_condition():
    verdict = evaluate(case_for(APPLICANT, documents_required=True))
    basic = verdict.condition("12")
    assert not basic.met and basic.basis == "declared"
    issue = next(i for i in verdict.issues if i.code == "missing_evidence")
    assert issue.severity == "error"
    assert "职称证书（工程师，2019-06-30）" in issue.message and "即可满足" in issue.message
    assert verdict.condition("3").basis == "declared" and verdict.condition("3").met
    assert verdict.condition("13.3").basis == "declared" and not verdict.condition("13.3").met


def test_certificates_of_the_applicant_make_the_basic_condition_evidence():
    degree = doc("d.jpg", "degree_certificate", holder="张三", education="bachelor", date="2010-07-01")
    title = doc("t.pdf", "title_certificate", holder="张三", title="engineer", date="2019-06-30")
    applicant, issues = check_profile([degree, title], APPLICANT)
    assert applicant.shown == {"education", "current_title", "current_title_date"}
    verdict = evaluate(case_for(applicant, documents_required=True))
    assert verdict.condition("12").met and verdict.condition("12").basis == "evidence"
    assert not [i for i in verdict.issues if i.code == "missing_evidence"]


def test_someone_elses_certificate_shows_nothing():
    title = doc("t.pdf", "title_certificate", holder="李四", title="engineer", date="2019-06-30")
    applicant, issues = check_profile([title], APPLICANT)
    assert "current_title" not in applicant.shown
    assert "name_not_found" in [i["code"] for i in issues]


def test_a_title_date_read_at_low_confidence_is_a_question_not_a_finding():
    title = doc("t.pdf", "title_certificate", confidences={"date": 0.41}, holder="张三", title="engineer",
                date="2018-06-30")
    applicant, issues = check_profile([title], APPLICANT)
    mismatch = next(i for i in issues if i["code"] == "date_mismatch")
    assert mismatch["severity"] == "warning" and "需人工核对" in mismatch["message"]
    assert "current_title_date" not in applicant.shown
    assert str(applicant.current_title_date) == "2019-06-30"  # the doubtful reading replaced nothing


def audit_patent_claimed_first(inventors_confidence: float):
    """A patent certificate listing the applicant third, claimed as first, read at the given confidence."""
    from rules.case_file import parse_achievement

    patent = doc("p.pdf", "patent_certificate", confidences={"inventors": inventors_confidence},
                 patent_type="invention", patent_number="ZL202111233040.7", inventors=["李四", "王五", "张三"],
                 grant_date="2023-02-24", applicant_rank=3)
    achievement, _ = parse_achievement({"kind": "patent", "patent_type": "invention", "granted": True, "rank": 1,
                                        "date": "2023-02-24"}, "claims.yaml", "achievements[0]")
    return audit([patent], [Claim(achievement, ["p.pdf"], 0)], APPLICANT, lambda d: None)


def test_a_rank_read_at_low_confidence_never_gives_a_confident_rank_mismatch():
    result = audit_patent_claimed_first(0.52)
    mismatch = [i for i in result.issues if i["code"] == "rank_mismatch"]
    assert mismatch and all(i["severity"] == "warning" and "需人工核对" in i["message"] for i in mismatch)
    assert result.achievements[0].achievement.rank is None  # neither the claim nor the doubtful reading


def test_a_firm_rank_difference_is_still_an_error():
    result = audit_patent_claimed_first(0.97)
    assert [i["severity"] for i in result.issues if i["code"] == "rank_mismatch"] == ["error"]
    assert result.achievements[0].achievement.rank == 3


def test_a_name_on_no_document_gets_one_issue_naming_the_closest():
    docs = [doc(f"p{n}.pdf", "patent_certificate", inventors=["张三", "李四"], applicant_rank=None) for n in range(5)]
    for d in docs:
        d.issues.append({"severity": "warning", "code": "name_not_found", "message": "…", "file": d.file})
    found = name_suggestion(docs, "张山")
    assert len(found) == 1 and "未在材料中找到 张山；材料中有 张三" in found[0]["message"]
    assert found[0]["files"] == [d.file for d in docs]
    docs[0].fields["applicant_rank"] = 1
    assert name_suggestion(docs, "张山") == []  # found somewhere: the per-file issues stand


# --------------------------------------------------------------------------- core journals: cannot tell

def test_a_paper_whose_list_edition_is_missing_is_cannot_tell_not_no():
    from zhicheng.journals_lookup import core_journal_checker

    core, issues = core_journal_checker([])
    paper_doc = doc("paper.pdf", "journal_paper", journal="计算机研究与发展", cn="11-1777/TP", date="2021-05",
                    applicant_rank=1)
    assert core(paper_doc) is None
    assert [i["code"] for i in issues] == ["journal_edition_missing"]
    assert "北大核心 2020 年版" in issues[0]["message"] and "--journals" in issues[0]["message"]
    assert "非核心" not in issues[0]["message"]


def test_a_journal_found_in_the_edition_in_force_is_core():
    from zhicheng.journals_lookup import core_journal_checker

    core, issues = core_journal_checker([])
    assert core(doc("paper.pdf", "journal_paper", journal="计算机学报", date="2024-05", applicant_rank=1)) is True
    assert issues == []


def test_every_edition_searched_and_not_found_is_a_no(tmp_path: Path):
    from zhicheng.journals_lookup import core_journal_checker

    full = tmp_path / "lists.csv"
    full.write_text("list,edition,name,cn,issn\npku,2020,甲刊,11-1111/TP,\ncssci,2021-2022,乙刊,,\n"
                    "cscd,2021-2022,丙刊,,\n", encoding="utf-8")
    core, issues = core_journal_checker([full])
    assert core(doc("paper.pdf", "journal_paper", journal="丁刊", date="2021-05", applicant_rank=1)) is False
    assert [i["code"] for i in issues] == ["not_core_journal"]


# --------------------------------------------------------------------------- check, end to end (no OCR)

@pytest.mark.slow
def test_a_bundle_with_a_profile_and_no_evidence_is_not_eligible(tmp_path: Path, schema_validator):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy(FIXTURES / "bundles" / "demo" / "profile.yaml", bundle / "profile.yaml")
    result = run_cli("check", str(bundle), "--format", "json", "--jobs", "1")
    assert result.returncode == 1, result.stderr
    verdict = json.loads(result.stdout)
    schema_validator(verdict, "verdict")
    basic = next(c for c in verdict["conditions"] if c["id"] == "12")
    assert (basic["met"], basic["basis"]) == (False, "declared")
    assert all("basis" in c for c in verdict["conditions"])
    missing = [i for i in verdict["issues"] if i["code"] == "missing_evidence"]
    assert missing and missing[0]["severity"] == "error" and "职称证书（工程师" in missing[0]["message"]
    assert not verdict["summary"].startswith("符合")
    table = run_cli("check", str(bundle), "--jobs", "1").stdout
    assert "仅据申报人自述" in table and not table.startswith("结论：符合")


def test_the_headline_never_says_eligible_while_an_error_stands():
    from rules.evaluator import headline

    assert headline("符合申报高级工程师的条件（正常途径：第十二条）", True, 0).startswith("符合")
    qualified = headline("符合申报高级工程师的条件（正常途径：第十二条）", True, 2)
    assert qualified.startswith("暂不能确认符合") and "2 个错误" in qualified


def test_an_achievement_condition_rests_on_the_title_date_it_counts_from():
    """Which achievements count hangs on the current title's date: declared only, the basis says so."""
    patent = Achievement(kind=Kind.PATENT, patent_type="invention", granted=True, rank=2,
                         date=PartialDate.parse("2021-05-01"), source="document")
    shown = Applicant(**{**vars(APPLICANT), "shown": frozenset({"education", "current_title", "current_title_date"})})
    for applicant, basis in ((APPLICANT, "declared"), (shown, "evidence")):
        case = Case(applicant=applicant, as_of=PartialDate.parse("2025-12-31"), achievements=[patent],
                    documents_required=True)
        condition = evaluate(case).condition("13.2.4")
        assert (condition.met, condition.basis) == (True, basis)
