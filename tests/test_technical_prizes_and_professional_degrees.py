"""Probe U's wrong 符合, typed again in other names: a management prize and an honour title
counted as 技术奖 (第十六条（五）); 第十七条's year less taken on the profile's word while the
degree certificate shows an academic degree or an MBA; a project category the page's title
contradicts taken from the claim; and a 需补正 where a document had already said no."""

from __future__ import annotations

import pytest

from rules import evaluate
from rules.case import Achievement, Applicant, Case
from rules.dates import PartialDate
from rules.vocabulary import Education, Kind, Level, Title
from tests.test_audit import APPLICANT, doc
from tests.typed_certificates import LEFT, Title as Big, read
from zhicheng.audit import check_profile

AS_OF = PartialDate.parse("2025-12-31")


def _senior_exceptional(award: Achievement) -> bool:
    """13.3.1 (破格 高级工程师: 省（部）级以上技术奖) met by ``award`` alone?"""
    applicant = Applicant(education=Education.BACHELOR, current_title=Title.ENGINEER, target_title=Title.SENIOR_ENGINEER,
                          name="伍平", current_title_date=PartialDate.parse("2021-06-30"), recommendations=2)
    verdict = evaluate(Case(applicant=applicant, as_of=AS_OF, achievements=[award]))
    return next(c for c in verdict.conditions if c.id == "13.3.1").met


@pytest.mark.parametrize("technical, met", [(True, True), (None, True), (False, False)])
def test_a_technical_prize_is_one_its_certificate_does_not_call_otherwise(technical, met):
    award = Achievement(kind=Kind.AWARD, level=Level.PROVINCIAL, grade="一等奖", rank=1,
                        date=PartialDate.parse("2023-12-01"), technical=technical)
    assert _senior_exceptional(award) is met


def test_a_management_prize_and_an_honour_title_say_they_are_not_technical():
    management = read(Big("荣誉证书"), "成果名称：“离散制造企业精益数字化运营管理体系”",
                      "荣获第二十一届重庆市企业管理现代化创新成果一等奖。", "主要创造人：伍平（1）蔺晓东（2）",
                      ("重庆市企业联合会", LEFT + 800), ("2024年11月", LEFT + 800), name="伍平")
    assert management.fields.get("technical") is False
    honour = read(Big("荣誉证书"), "伍平同志：", "被授予“重庆市五一劳动奖章”荣誉称号。", "特发此证。",
                  ("重庆市总工会", LEFT + 800), ("二〇二四年四月二十八日", LEFT + 800), name="伍平")
    assert honour.fields.get("technical") is False
    prize = read(Big("重庆市科学技术奖证书"), "项目名称：压铸岛能耗在线监测与优化关键技术", "奖励等级：二等奖",
                 "获奖者：伍平", "排名：1", ("重庆市人民政府", LEFT + 800), ("2023年12月", LEFT + 800), name="伍平")
    assert prize.fields.get("technical") is True


def _degree(kind: bool | None):
    fields = dict(holder="张三", education="master", date="2016-06-30")
    if kind is not None:
        fields["professional_degree"] = kind
    return doc("学位证书.pdf", "degree_certificate", **fields)


def _applicant() -> Applicant:
    return Applicant(education=Education.MASTER, current_title=Title.ENGINEER, target_title=Title.SENIOR_ENGINEER,
                     name="张三", current_title_date=PartialDate.parse("2021-10-15"), professional_degree=True)


def test_an_academic_degree_on_the_certificate_takes_the_year_less_away():
    applicant, issues = check_profile([_degree(False)], _applicant())
    assert applicant.professional_degree is False
    assert any(i["code"] == "professional_degree_mismatch" and i["severity"] == "error" for i in issues)
    shown, _ = check_profile([_degree(True)], _applicant())
    assert shown.professional_degree and "professional_degree" in shown.shown
    silent, _ = check_profile([_degree(None)], _applicant())
    assert silent.professional_degree and "professional_degree" not in silent.shown


def test_in_check_the_year_less_waits_for_the_certificate_to_show_the_degree():
    # engineer since 2021-10-15: four years by 2025-12-31 with 第十七条's year less, not five
    def basic(shown: frozenset[str]) -> bool:
        applicant = Applicant(**{**vars(_applicant()), "shown": shown})
        verdict = evaluate(Case(applicant=applicant, as_of=AS_OF, documents_required=True))
        return next(c for c in verdict.conditions if c.id == "12").met, verdict
    met, _ = basic(frozenset({"education", "current_title", "current_title_date", "professional_degree"}))
    assert met
    met, verdict = basic(frozenset({"education", "current_title", "current_title_date"}))
    assert not met and any(i.code == "not_shown_by_document" for i in verdict.issues)


def test_a_category_the_title_contradicts_counts_neither_way():
    from tests.test_audit import claim, never_core
    from zhicheng.audit import audit
    acceptance = doc("验收.pdf", "project_acceptance", project_title="新型高精度伺服驱动器研发项目", category="rnd",
                     level="provincial", passed=True, acceptance_date="2024-05-20", applicant_rank=1)
    result = audit([acceptance], [claim(0, ["验收.pdf"], kind="project", category="implementation", level="provincial",
                                        accepted=True, rank=1, date="2024-05-20")], APPLICANT, never_core)
    assert result.achievements[0].achievement.category is None
    assert any(i["code"] == "kind_mismatch" and i.get("needs_review") for i in result.issues)


def test_as_declared_the_documents_facts_stand_where_they_speak():
    from zhicheng.bundle import _as_declared
    claimed = Achievement(kind=Kind.PROJECT, category="implementation", level=Level.PROVINCIAL, accepted=True, rank=1,
                          role="lead", date=PartialDate.parse("2024-05-20"))
    shown = Achievement(kind=Kind.PROJECT, level=Level.PROVINCIAL, accepted=False, rank=3,
                        date=PartialDate.parse("2024-05-20"))
    taken = _as_declared(shown, claimed)
    assert (taken.accepted, taken.rank, taken.category, taken.role) == (False, 3, "implementation", "lead")
    assert _as_declared(None, claimed) is claimed


def test_the_check_text_says_what_the_summary_sheet_says():
    from zhicheng.summary import conclusion, explanation
    from zhicheng.verdict_view import verdict_lines
    verdict = evaluate(Case(applicant=_applicant(), as_of=AS_OF)).to_dict()
    verdict.update(eligible=False, eligible_as_declared=True,
                   summary="不符合申报高级工程师的条件：见未满足的条件及“还需”一栏")
    assert conclusion(verdict) == "需补正"
    assert verdict_lines(verdict)[0] == "结论：" + explanation(verdict)
    assert verdict_lines(verdict)[0].startswith("结论：需补正")
