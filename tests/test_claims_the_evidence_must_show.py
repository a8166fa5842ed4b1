"""Probe R (bundles by a tester who read no code) found nine applicants judged eligible on
what only their claims said: a 主持 the acceptance gives to another, a standard's 3rd drafter
claimed as its 主持, one acceptance cited by two claims, five patents bound in one PDF of which
one is the applicant's 3rd place, a drafter 陈立锋 taken for 陈立峰 in a typed PDF, an invoice
counted beside the contract it settles, a co-author's own words in the claim alone.  A
condition is now met on evidence only (a project's category and a book's kind excepted: the
claim may say those where the page is silent); what only a claim states makes it 需补正."""

from __future__ import annotations

from rules.case import Achievement, Applicant, Case
from rules.dates import PartialDate
from rules.evaluator import evaluate
from rules.vocabulary import Education, Kind, Title
from tests.test_audit import APPLICANT, claim, codes, doc, never_core
from tests.typed_certificates import LEFT, Title as Big, fields_of
from zhicheng.audit import audit
from zhicheng.documents import rank_applicant

SHOWN = Applicant(education=Education.BACHELOR, current_title=Title.SENIOR_ENGINEER,
                  target_title=Title.PROFESSORATE_SENIOR_ENGINEER, name="张三",
                  current_title_date=PartialDate.parse("2019-06-30"),
                  shown=frozenset({"education", "current_title", "current_title_date"}))


def _book(declared: tuple[str, ...]) -> Case:
    book = Achievement(kind=Kind.BOOK, book_kind="monograph", rank=2, sole_author=False, words_wan=12,
                       total_words_wan=25, isbn="9787122456786", date=PartialDate.parse("2023-05"), declared=declared)
    return Case(applicant=SHOWN, as_of=PartialDate.parse("2025-12-31"), achievements=[book], documents_required=True)


def test_a_condition_resting_on_a_fact_only_the_claim_states_is_not_met_in_check():
    verdict = evaluate(_book(("words_wan",)))
    condition = verdict.condition("15.2.6")
    assert not condition.met and condition.basis == "declared"
    assert any("本人撰写字数仅据申报人自述" in r for r in condition.reasons)
    assert any(i.code == "not_shown_by_document" for i in verdict.issues)


def test_a_books_kind_the_claim_supplies_does_not_stop_it():
    assert evaluate(_book(("book_kind",))).condition("15.2.6").met


def test_a_lead_the_document_gives_another_place_is_a_participant():
    acceptance = doc("验收2.pdf", "project_acceptance", project_title="压铸岛数字化车间", leader="李四",
                     members=["李四", "张三", "王五"], level="provincial", passed=True, acceptance_date="2024-06-18",
                     applicant_rank=2)
    result = audit([acceptance], [claim(0, ["验收2.pdf"], kind="project", category="implementation", level="provincial",
                                        role="lead", accepted=True, date="2024-06-18")], APPLICANT, never_core)
    assert "rank_mismatch" in codes(result)  # (probe CH B9: a lead is rank 1, the contract's code)
    assert result.achievements[0].achievement.role == "participant"


def test_one_document_cited_by_two_claims_of_a_kind_counts_once():
    acceptance = doc("验收.pdf", "project_acceptance", project_title="压铸参数自整定系统研发", leader="张三",
                     members=["张三", "李四"], level="provincial", passed=True, acceptance_date="2023-06-01",
                     applicant_rank=1)
    result = audit([acceptance], [claim(k, ["验收.pdf"], kind="project", category="rnd", level="provincial",
                                        role="lead", accepted=True, date="2023-06-01") for k in (0, 1)],
                   APPLICANT, never_core)
    assert len(result.achievements) == 1 and "duplicate_evidence" in codes(result)


def test_an_invoice_settling_a_contract_another_claim_cites_is_that_sale():
    contract = doc("合同.pdf", "revenue_proof", amount_wan=3000.0, parties=["甲公司", "乙公司"], date="2023-05-10")
    contract.words = "销售合同合同编号:CQYJ-2023-021甲方乙方合同总价人民币叁仟万元整"
    invoice = doc("发票.jpg", "revenue_proof", amount_wan=3000.0, parties=["甲公司", "乙公司"], date="2023-12-20")
    invoice.words = "增值税专用发票价税合计备注:合同CQYJ2023-021全额结算"
    result = audit([contract, invoice], [
        claim(0, ["合同.pdf"], kind="revenue", amount_wan=3000, role="lead", date="2023-05-10"),
        claim(1, ["发票.jpg"], kind="revenue", amount_wan=3000, role="lead", date="2023-12-20")], APPLICANT, never_core)
    assert len(result.achievements) == 1 and "duplicate_evidence" in codes(result)


def test_a_typed_name_one_letter_off_is_someone_else():
    standard = doc("标准.pdf", "standard", drafters=["王海涛", "赵丽", "张三峰", "孙强"])
    standard.text_source = "text_layer"
    rank_applicant(standard, "张三锋")
    assert standard.fields["applicant_rank"] is None
    scanned = doc("标准.jpg", "standard", drafters=["王海涛", "赵丽", "张三峰", "孙强"])
    rank_applicant(scanned, "张三锋")  # 峰/锋: OCR's confusion, on a scan
    assert scanned.fields["applicant_rank"] == 3


def test_a_ministrys_project_claimed_national_is_a_question_not_an_error():
    acceptance = doc("验收.pdf", "project_acceptance", project_title="标识解析二级节点建设", leader="李四",
                     members=["李四", "王五", "张三"], level="provincial", passed=True, acceptance_date="2024-04-26",
                     applicant_rank=3)
    acceptance.reasons = ["级别：工业和信息化部：为中央部委，按省（部）级计；部委组织的项目可能属国家级计划，至少按省（部）级计"]
    result = audit([acceptance], [claim(0, ["验收.pdf"], kind="project", category="implementation", level="national",
                                        rank=3, accepted=True, date="2024-04-26")], APPLICANT, never_core)
    mismatch = next(i for i in result.issues if i["code"] == "level_mismatch")
    assert mismatch["severity"] == "warning" and mismatch.get("needs_review")
    assert result.achievements[0].achievement.level is None


def test_a_reports_level_is_its_commissioners_and_its_named_leader_leads_it():
    """Its first writer is rank 1 and no more (排名第 1 本身不等于主持, probe DU b9); the one the page
    names its 项目负责人 leads it."""
    fields = fields_of("technical_report", Big("重庆市压铸产业集群数字化转型可行性研究报告"),
                       "委托单位：重庆市经济和信息化委员会", "编制单位：重庆渝江压铸有限公司", "编写人员：张三、李四、王五",
                       ("二〇二三年八月", LEFT + 700))
    assert fields.get("level") == "provincial"
    from extractor.doctypes import doctype
    assert doctype("technical_report").facts(fields, Kind.REPORT, 1, None)["role"] is None
    led = fields_of("technical_report", Big("重庆市压铸产业集群数字化转型可行性研究报告"),
                    "委托单位：重庆市经济和信息化委员会", "编制单位：重庆渝江压铸有限公司", "项目负责人：张三",
                    "编写人员：李四、王五", ("二〇二三年八月", LEFT + 700))
    assert led.get("authors") == ["张三", "李四", "王五"]
    assert doctype("technical_report").facts(led, Kind.REPORT, 1, None)["role"] == "lead"


def test_a_contract_between_two_other_companies_is_no_sale_of_the_applicants_unit():
    contract = doc("合同.pdf", "revenue_proof", amount_wan=1100.0, parties=["重庆小康动力有限公司", "重庆华讯信息技术有限公司"],
                   date="2023-08-08")
    ours = doc("合同2.pdf", "revenue_proof", amount_wan=1100.0, parties=["重庆小康动力有限公司", "重庆渝江压铸股份有限公司"],
               date="2023-09-08")
    result = audit([contract, ours], [claim(0, ["合同.pdf"], kind="revenue", amount_wan=1100, date="2023-08-08"),
                                      claim(1, ["合同2.pdf"], kind="revenue", amount_wan=1100, date="2023-09-08")],
                   APPLICANT, never_core, employer="重庆渝江压铸有限公司")
    assert [b.claim_index for b in result.achievements] == [1]
    assert any(i["code"] == "name_not_found" and i.get("needs_review") for i in result.issues)


def test_a_basic_pass_is_no_pass():
    fields = fields_of("project_acceptance", Big("项目验收意见"), "项目名称：注塑车间数字化改造项目", "项目负责人：张三",
                       "验收结论：项目基本完成了任务书规定的内容。验收委员会意见为：基本通过验收，请于三个月内完成整改。",
                       ("2024年6月18日", LEFT + 700))
    assert fields.get("passed") is None


def test_one_author_with_zhu_after_the_name_is_a_sole_author_whose_words_are_all_the_books():
    fields = fields_of("book", Big("图书在版编目（CIP）数据"), "压铸岛数字孪生建模与实践/庞涛著.—北京:机械工业出版社,2024.5",
                       "ISBN 978-7-111-74521-1", "作    者：庞涛著", "出版发行：机械工业出版社", "字    数：128千字",
                       "版    次：2024年5月第1版")
    assert fields.get("sole_author") is True
    from extractor.doctypes import doctype
    facts = doctype("book").facts(fields, Kind.BOOK, 1, None)
    assert facts["sole_author"] is True and facts["words_wan"] == facts["total_words_wan"] == 12.8
    edited = fields_of("book", Big("图书在版编目（CIP）数据"), "压铸岛数字孪生建模与实践/庞涛主编.—北京:机械工业出版社,2024.5",
                       "ISBN 978-7-111-74521-1", "字    数：128千字")
    assert edited.get("sole_author") is None
