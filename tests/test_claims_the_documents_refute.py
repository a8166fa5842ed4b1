"""What probe H (whole bundles judged by `check`, written by a tester who read no code) found met
wrongly, each typed again in other names: a title certificate whose holder is unread and whose
words never name the applicant; a standard claimed as implemented whose 实施日期 comes after the
day judged on; a book claimed as 独著 whose copyright page lists four authors; a failed
acceptance claimed as passed (judged right before, but silently); and a file cited as a patent
that is the office's 受理通知书."""

from __future__ import annotations

from rules.case import Applicant
from rules.dates import PartialDate
from rules.vocabulary import Education, Title
from zhicheng.achievements import in_force_by
from zhicheng.audit import audit, check_profile
from tests.test_audit import claim, codes, doc, never_core

APPLICANT = Applicant(education=Education.BACHELOR, current_title=Title.ENGINEER, target_title=Title.SENIOR_ENGINEER,
                      name="邱雨桐", current_title_date=PartialDate.parse("2018-09-30"))
AS_OF = PartialDate.parse("2025-12-31")


def _shown(documents) -> tuple[frozenset, list[str]]:
    applicant, issues = check_profile(documents, APPLICANT)
    return applicant.shown, [i["code"] for i in issues]


def test_a_title_certificate_whose_holder_is_unread_shows_no_title_of_the_applicants():
    certificate = doc("职称证书.pdf", "title_certificate", title="engineer", date="2018-09-30")
    certificate.words = "专业技术职务任职资格证书姓名：龚 建 伟工程师2018年9月30日"
    shown, issues = _shown([certificate])
    assert "current_title" not in shown and "current_title_date" not in shown
    assert "name_not_found" in issues


def test_one_whose_holder_is_unread_but_whose_words_name_the_applicant_still_shows_it():
    certificate = doc("职称证书.pdf", "title_certificate", title="engineer", date="2018-09-30")
    certificate.words = "专业技术职务任职资格证书持证人邱雨桐工程师2018年9月30日"
    shown, issues = _shown([certificate])
    assert {"current_title", "current_title_date"} <= shown and "name_not_found" not in issues


def test_a_degree_whose_holder_is_unread_and_absent_shows_no_education():
    degree = doc("学位证书.pdf", "degree_certificate", education="bachelor", date="2010-06-30")
    degree.words = "学士学位证书"
    shown, _ = _shown([degree])
    assert "education" not in shown


def test_a_standard_in_force_only_after_the_day_judged_on_is_not_implemented():
    standard = doc("企业标准.pdf", "standard", standard_number="Q/CQYK 007-2025", level="enterprise",
                   drafters=["唐峰", "邱雨桐"], publish_date="2025-11-02", implementation_date="2026-02-01",
                   applicant_rank=2)
    result = audit([standard], [claim(0, ["企业标准.pdf"], kind="standard", level="enterprise", rank=2,
                                      implemented=True, date="2025-11-02")], APPLICANT, never_core, as_of=AS_OF)
    assert result.achievements[0].achievement.implemented is False
    assert "implemented_mismatch" in codes(result)


def test_one_in_force_before_it_is_implemented_whatever_the_claim_leaves_out():
    standard = doc("企业标准.pdf", "standard", standard_number="Q/CQYK 007-2024", level="enterprise",
                   drafters=["唐峰", "邱雨桐"], publish_date="2024-03-02", implementation_date="2024-04-01",
                   applicant_rank=2)
    result = audit([standard], [claim(0, ["企业标准.pdf"], kind="standard", level="enterprise", rank=2,
                                      date="2024-03-02")], APPLICANT, never_core, as_of=AS_OF)
    assert result.achievements[0].achievement.implemented is True
    assert "implemented_mismatch" not in codes(result)


def test_in_force_by_a_month_that_holds_the_day_judged_on_cannot_be_told():
    assert in_force_by("2025-12", PartialDate.parse("2025-12-15")) is None
    assert in_force_by("2025-12", AS_OF) is True  # the whole month has come by its last day
    assert in_force_by("2026", AS_OF) is False and in_force_by("2025-12-31", AS_OF) is True


def test_a_book_claimed_as_sole_work_whose_page_lists_four_authors_is_no_sole_work():
    book = doc("版权页.pdf", "book", title="离散制造数字孪生实践", authors=["潘宁", "喻可", "谭澄", "邱雨桐"],
               isbn="9787111543213", publisher="机械工业出版社", date="2023-05", words_wan=41.2, applicant_rank=4)
    result = audit([book], [claim(0, ["版权页.pdf"], kind="book", book_kind="monograph", sole_author=True, rank=1,
                                  words_wan=41.2, isbn="9787111543213", date="2023-05")], APPLICANT, never_core)
    assert result.achievements[0].achievement.sole_author is False
    assert {"rank_mismatch", "sole_author_mismatch"} <= set(codes(result))


def test_a_failed_acceptance_claimed_as_passed_is_an_error_not_a_silent_correction():
    acceptance = doc("验收意见.pdf", "project_acceptance", project_title="某某数字化车间改造", level="provincial",
                     leader="唐峰", members=["唐峰", "邱雨桐"], acceptance_date="2023-05-18", passed=False,
                     applicant_rank=2)
    result = audit([acceptance], [claim(0, ["验收意见.pdf"], kind="project", category="implementation",
                                        level="provincial", rank=2, accepted=True, date="2023-05-18")],
                   APPLICANT, never_core)
    assert result.achievements[0].achievement.accepted is False
    assert "accepted_mismatch" in codes(result)


def test_a_file_cited_as_a_patent_that_is_none_says_what_it_was_read_as():
    notice = doc("受理通知书.pdf", "unknown")
    notice.reasons = ["像专利证书（字段 申请号），但标题为专利申请受理通知书"]
    result = audit([notice], [claim(0, ["受理通知书.pdf"], kind="patent", patent_type="invention", granted=True,
                                    rank=1, date="2024-01-01")], APPLICANT, never_core)
    message = next(i["message"] for i in result.issues if i["code"] == "missing_evidence")
    assert "专利申请受理通知书" in message


# --- probe K (rule paths, by a tester who read no code): what counted twice, and whose it was

def test_one_contract_filed_twice_in_other_bytes_counts_once():
    from zhicheng.audit import find_duplicates

    first = doc("合同.pdf", "revenue_proof", sha="a" * 64, amount_wan=600.0, parties=["重庆渝北精工机械有限公司", "重庆云岭控制技术有限公司"],
                date="2023-04-06")
    scan = doc("合同扫描件.jpg", "revenue_proof", sha="b" * 64, amount_wan=600.0,
               parties=["重庆渝北精工机械有限公司", "重庆云岭控制技术有限公司"], date="2023-04-06")
    other = doc("另一合同.pdf", "revenue_proof", sha="c" * 64, amount_wan=600.0,
                parties=["重庆渝北精工机械有限公司", "重庆云岭控制技术有限公司"], date="2024-02-01")
    assert find_duplicates([first, scan, other]) == {scan.key: first.label}


def test_a_degree_and_a_diploma_of_one_day_are_no_duplicates():
    from zhicheng.audit import find_duplicates

    diploma = doc("毕业证书.pdf", "degree_certificate", sha="a" * 64, holder="邱雨桐", education="bachelor", date="2010-06-30")
    degree = doc("学位证书.pdf", "degree_certificate", sha="b" * 64, holder="邱雨桐", education="bachelor", date="2010-06-30")
    assert find_duplicates([diploma, degree]) == {}


def test_two_letters_by_one_recommender_are_one_recommender():
    letters = [doc(f"推荐信{k}.pdf", "recommendation_letter", sha=str(k) * 64, recommender="何志远",
                   recommender_title="professorate_senior_engineer", candidate="邱雨桐") for k in (1, 2)]
    result = audit(letters, [], APPLICANT, never_core)
    assert result.recommenders == 1 and "duplicate_evidence" in codes(result)


def test_an_award_made_out_to_someone_else_is_no_evidence_of_the_applicants():
    award = doc("获奖证书.pdf", "award_certificate", award_name="重庆市科学技术进步奖", level="provincial", grade="二等奖",
                project_title="山地风电智能运维平台", holder="邱雨彤", date="2023-12-01")
    result = audit([award], [claim(0, ["获奖证书.pdf"], kind="award", level="provincial", grade="二等奖", date="2023-12-01")],
                   APPLICANT, never_core)
    assert not result.achievements and "name_not_found" in codes(result)
    assert not audit([award], [], APPLICANT, never_core).achievements  # unclaimed: counts for nobody here


def test_a_company_held_copyright_names_no_one_and_is_not_someone_elses_but_shows_nothing_of_his():
    software = doc("软著.pdf", "software_copyright", software_name="某某平台", registration_number="2021SR0123456",
                   holders=["重庆云岭控制技术有限公司"], date="2021-03-01")
    result = audit([software], [claim(0, ["软著.pdf"], kind="software_copyright", date="2021-03-01")], APPLICANT, never_core)
    found = [i for i in result.issues if i["code"] == "name_not_found"]
    # not an error (it is nobody else's), a question for a person: no one on it is named
    assert not result.achievements and found and all(i["severity"] == "warning" and i.get("needs_review") for i in found)
    software.words = "计算机软件著作权登记证书著作权人重庆云岭控制技术有限公司开发者" + APPLICANT.name
    result = audit([software], [claim(0, ["软著.pdf"], kind="software_copyright", date="2021-03-01")], APPLICANT, never_core)
    assert result.achievements and "name_not_found" not in codes(result)


def test_an_award_made_out_to_a_company_alone_is_no_personal_certificate():
    """附则（三）: awards count on a personal certificate; 获奖单位：…有限公司 names no one (probe M)."""
    award = doc("获奖证书.pdf", "award_certificate", award_name="重庆市科学技术进步奖", grade="二等奖", level="provincial",
                date="2024-12", rank=3)
    award.words = "重庆市科学技术奖证书奖励类别重庆市科学技术进步奖获奖单位重庆两江智造科技有限公司证书号2024-J-2-015-R03"
    result = audit([award], [claim(0, ["获奖证书.pdf"], kind="award", level="provincial", date="2024-12")],
                   APPLICANT, never_core)
    assert not result.achievements
    assert any(i["code"] == "name_not_found" and i.get("needs_review") for i in result.issues)
    assert not audit([award], [], APPLICANT, never_core).achievements  # unclaimed: nothing either


def test_a_title_dated_after_the_day_judged_on_is_not_held():
    from rules.case_file import parse_case
    from rules.evaluator import evaluate

    case = parse_case({"as_of": "2025-12-31", "applicant": {
        "name": "邱雨桐", "education": "doctorate", "current_title": "assistant_engineer", "current_title_date": "2026-03-01",
        "target_title": "engineer", "recommendations": 0}, "achievements": []})
    verdict = evaluate(case)
    assert not any(c.met for c in verdict.conditions if c.group == "exceptional_prerequisites")


def test_a_service_judging_again_from_its_stored_records_keeps_what_the_page_says():
    """The web service judges a reviewer's correction from the records it stored, with no
    second reading: a certificate whose holder went unread but whose page names the
    applicant must stay his then too, or a harmless correction would flip the verdict."""
    from zhicheng.documents import document_from_dict

    certificate = doc("职称证书.pdf", "title_certificate", title="engineer", date="2018-09-30")
    certificate.words = "专业技术职务任职资格证书持证人邱雨桐工程师2018年9月30日"
    again = document_from_dict(certificate.to_stored())
    assert "words" not in certificate.to_dict()  # never printed
    shown, issues = _shown([again])
    assert {"current_title", "current_title_date"} <= shown and "name_not_found" not in issues
