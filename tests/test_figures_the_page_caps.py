"""Probe P (whole bundles by a tester who read no code): three applicants found eligible on a
figure the page contradicts, read right and then passed over for the claim's higher one: a
独著 of 86千字 claimed at 12万 (15.2.6 wants 10万), a textbook of 120千字 of which 16万 claimed
as one's own (15.2.7 wants 15万), a project whose appraisal prints 总投资1500万元 claimed at
2500万 (13.3.4's 破格 wants 2000万).  The page's figure now caps the claim and the
difference is an error."""

from __future__ import annotations

from tests.test_audit import APPLICANT, claim, codes, doc, never_core
from tests.typed_certificates import LEFT, Title, fields_of
from zhicheng.audit import audit


def _book(total: float, **claimed):
    book = doc("版权页.png", "book", title="离散制造车间数字孪生建模方法", authors=["张三"], isbn="9787111732150",
               publisher="机械工业出版社", date="2023-09", words_wan=total, applicant_rank=1)
    return audit([book], [claim(0, ["版权页.png"], kind="book", book_kind="monograph", rank=1, isbn="9787111732150",
                                date="2023-09", **claimed)], APPLICANT, never_core)


def test_a_sole_authors_words_are_no_more_than_the_book_prints():
    result = _book(8.6, sole_author=True, words_wan=12, total_words_wan=12)
    built = result.achievements[0].achievement
    assert (built.words_wan, built.total_words_wan) == (8.6, 8.6)
    assert "words_wan_mismatch" in codes(result)
    assert next(i for i in result.issues if i["code"] == "words_wan_mismatch")["severity"] == "error"


def test_ones_own_share_within_the_book_stands_as_claimed():
    result = _book(24.0, sole_author=False, words_wan=16, total_words_wan=24)
    assert result.achievements[0].achievement.words_wan == 16
    assert "words_wan_mismatch" not in codes(result)


def _appraisal(sentence: str) -> dict:
    return fields_of("project_acceptance", Title("项目鉴定意见"), "项目名称：压铸岛智能化改造项目",
                     "承担单位：重庆渝江压铸有限公司", "组织鉴定单位：重庆市经济和信息化委员会", "项目负责人：张三",
                     sentence, "鉴定结论：同意通过鉴定。", ("2024年10月18日", LEFT + 700))


def test_the_investment_an_appraisal_prints_is_read():
    assert _appraisal("该项目总投资1500万元，其中设备投资900万元。").get("investment_wan") == 1500.0
    assert _appraisal("计划总投资2600万元，实际完成投资2130.5万元。").get("investment_wan") == 2130.5
    assert _appraisal("项目建设内容全部完成。").get("investment_wan") is None


def test_a_claimed_investment_the_appraisal_contradicts_is_the_appraisals():
    fields = {k: v for k, v in _appraisal("该项目总投资1500万元。").items() if v is not None}
    appraisal = doc("鉴定意见.png", "project_acceptance", **fields)
    result = audit([appraisal], [claim(0, ["鉴定意见.png"], kind="project", category="implementation",
                                       level="provincial", role="lead", investment_wan=2500, appraised=True,
                                       accepted=True, date="2024-10-18")], APPLICANT, never_core)
    assert result.achievements[0].achievement.investment_wan == 1500.0
    assert "investment_wan_mismatch" in codes(result)


def _report(authors: list[str]):
    report = doc("白皮书.png", "technical_report", title="工业互联网产业发展白皮书", report_kind="white_paper",
                 authors=authors, date="2024-06-30")
    return audit([report], [claim(0, ["白皮书.png"], kind="report", report_kind="white_paper", rank=2,
                                  level="provincial", date="2024-06-30")], APPLICANT, never_core)


def test_a_list_with_one_of_the_applicants_surname_read_short_is_for_a_person_not_refused():
    # (probe P's P75: 罗晓峰 under a seal read 罗网) — APPLICANT is 张三
    result = _report(["周正", "张网", "吴迪"])
    found = next(i for i in result.issues if i["code"] == "name_not_found")
    assert found["severity"] == "warning" and found.get("needs_review") and "张网" in found["message"]
    assert not result.achievements


def test_a_list_of_other_people_only_is_someone_elses():
    result = _report(["周正", "罗建国", "吴迪"])
    found = next(i for i in result.issues if i["code"] == "name_not_found")
    assert found["severity"] == "error" and not result.achievements
