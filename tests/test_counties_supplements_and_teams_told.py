"""Probe N (whole bundles judged by a tester who read no code): a county's project from
another province was counted as 地（市）级 because the company that did it is in 重庆; a
supplement that lowered a contract from 1200万 to 900万 was read as 1200万 and the claim
summed past 1000万; a standard claimed by its 实施日期 drew a date error; a team named in an
opinion's prose (项目组成员依次为…，其中…) went unread."""

from __future__ import annotations

from rules.dates import PartialDate
from tests.test_audit import claim, codes, doc, never_core
from tests.test_names_and_claims_a_tester_broke import APPLICANT
from tests.typed_certificates import LEFT, Title, fields_of
from zhicheng.audit import audit


def _acceptance(organiser: str) -> dict:
    return fields_of("project_acceptance", Title("项目验收意见"), "项目名称：压铸车间数字化改造项目",
                     "承担单位：重庆渝江压铸有限公司", f"组织验收单位：{organiser}", "项目级别：县级",
                     "项目负责人：岑晓峰", "验收结论：同意通过验收。", ("2023年6月6日", LEFT + 700))


def test_a_county_project_is_the_countys_not_the_companys_city():
    assert _acceptance("长兴县经济和信息化局").get("level") is None  # 浙江's county: below 地（市）级
    assert _acceptance("城口县经济和信息化委员会").get("level") == "municipal"  # 重庆's county counts as 地（市）级


def test_a_county_level_unnamed_is_not_guessed_from_an_address():
    fields = fields_of("project_acceptance", Title("项目验收意见"), "项目名称：压铸车间数字化改造项目",
                       "承担单位：重庆渝江压铸有限公司（重庆市璧山区）", "项目级别：县级", "项目负责人：岑晓峰",
                       "验收结论：同意通过验收。", ("2023年6月6日", LEFT + 700))
    assert fields.get("level") is None


def test_a_supplement_that_lowers_the_sum_is_what_the_contract_comes_to():
    fields = fields_of("revenue_proof", Title("补充协议"), "甲方：重庆长鑫汽车部件制造有限公司", "乙方：重庆渝江压铸有限公司",
                       "一、原合同第二条约定的合同总金额人民币壹仟贰佰万元整（¥12,000,000.00）",
                       "，现变更为人民币玖佰万元整（¥9,000,000.00）。", "日期：2024年2月20日")
    assert fields["amount_wan"] == 900.0
    contract = doc("合同.pdf", "revenue_proof", amount_wan=1200.0, parties=["甲", "乙"], date="2023-03-01")
    supplement = doc("补充协议.jpg", "revenue_proof", amount_wan=900.0, parties=["甲", "乙"], date="2024-02-20")
    supplement.words = "补充协议甲方乙方原合同第二条约定的合同总金额人民币壹仟贰佰万元整现变更为人民币玖佰万元整"
    result = audit([contract, supplement], [claim(0, ["合同.pdf", "补充协议.jpg"], kind="revenue", amount_wan=1200,
                                                  role="participant", date="2023-03-01")], APPLICANT, never_core)
    assert result.achievements[0].achievement.amount_wan == 900.0
    assert "amount_wan_mismatch" in codes(result) and "date_mismatch" not in codes(result)
    raised = doc("补充协议2.pdf", "revenue_proof", amount_wan=100.0, parties=["甲", "乙"], date="2024-02-20")
    raised.words = "补充协议经双方协商增加合同金额人民币壹佰万元整"
    result = audit([contract, raised], [claim(0, ["合同.pdf", "补充协议2.pdf"], kind="revenue", amount_wan=1300, role="participant",
                                              date="2023-03-01")], APPLICANT, never_core)
    assert result.achievements[0].achievement.amount_wan == 1300.0


def test_a_standard_claimed_by_its_implementation_date_is_no_date_error():
    standard = doc("标准.pdf", "standard", standard_number="Q/CQYJ 003-2024", level="enterprise", drafters=["邱雨桐"],
                   publish_date="2024-08-01", implementation_date="2024-09-01", applicant_rank=1)
    result = audit([standard], [claim(0, ["标准.pdf"], kind="standard", level="enterprise", rank=1, date="2024-09-01")],
                   APPLICANT, never_core, as_of=PartialDate.parse("2025-12-31"))
    assert "date_mismatch" not in codes(result)


def test_a_team_an_opinion_names_in_order_before_saying_who_led_it():
    fields = fields_of("project_acceptance", Title("项目验收意见"), "项目名称：压铸车间数字化改造项目", "项目负责人：岑晓峰",
                       "该项目由岑晓峰同志主持，项目组成员依次为岑晓峰、蒲志强、毛毅、宁静，其中蒲",
                       "志强、毛毅同志作为项目技术骨干，承担了总体方案设计。", "验收结论：同意通过验收。", ("2024年11月26日", LEFT + 700))
    assert fields.get("members") == ["岑晓峰", "蒲志强", "毛毅", "宁静"]


def test_a_scanned_date_one_figure_off_the_claim_is_a_question_not_an_error():
    contract = doc("合同.jpg", "revenue_proof", amount_wan=650.0, parties=["甲", "乙"], date="2024-09-19")
    result = audit([contract], [claim(0, ["合同.jpg"], kind="revenue", amount_wan=650, role="participant",
                                      date="2024-09-18")], APPLICANT, never_core)
    found = [i for i in result.issues if i["code"] == "date_mismatch"]
    assert found and found[0]["severity"] == "warning" and found[0].get("needs_review")
    assert str(result.achievements[0].achievement.date) == "2024-09-19"  # the page's reading still stands
    far = audit([contract], [claim(0, ["合同.jpg"], kind="revenue", amount_wan=650, role="participant",
                                   date="2023-09-19")], APPLICANT, never_core)
    assert [i["severity"] for i in far.issues if i["code"] == "date_mismatch"] == ["error"]


def test_a_holder_addressed_with_his_place_bracketed_before_the_colon():
    from tests.typed_certificates import read

    document = read(Title("荣誉证书"), "岑晓峰（第4完成人）：", "你参与完成的“压铸岛数字化监控系统”项目荣获2024年度重庆市科学技术进步奖三等奖。",
                    "特发此证，以资鼓励。", ("重庆市人民政府", LEFT + 700), ("2025年4月10日", LEFT + 720), name="岑晓峰")
    assert (document.fields.get("holder"), document.fields.get("rank"), document.fields.get("applicant_rank")) == \
        ("岑晓峰", 4, 4)


def test_a_filing_receipt_cited_as_a_patent_says_the_patent_is_not_granted():
    receipt = doc("专利/5.pdf", "unknown")
    receipt.reasons = ["像专利证书（字段 专利号、发明人），但标题为专利申请受理通知书"]
    result = audit([receipt], [claim(0, ["专利/5.pdf"], kind="patent", patent_type="utility_model", granted=True,
                                     rank=1, date="2025-03-01")], APPLICANT, never_core)
    assert {"missing_evidence", "patent_not_granted"} <= set(codes(result)) and not result.achievements


def test_evidence_cited_under_another_folder_is_found_by_its_one_file_name():
    patent = doc("验收意见.pdf", "patent_certificate", patent_type="invention", patent_number="ZL202111233040.7",
                 inventors=["邱雨桐"], grant_date="2023-02-24", applicant_rank=1)
    result = audit([patent], [claim(0, ["项目/验收意见.pdf"], kind="patent", patent_type="invention", granted=True,
                                    rank=1, date="2023-02-24")], APPLICANT, never_core)
    assert result.achievements and "missing_evidence" not in codes(result)
    assert "evidence_matched_by_name" in codes(result)
    twice = [patent, doc("二/验收意见.pdf", "patent_certificate", sha="b" * 64, patent_type="invention",
                         inventors=["邱雨桐"], grant_date="2023-02-24", applicant_rank=1)]
    result = audit(twice, [claim(0, ["项目/验收意见.pdf"], kind="patent", patent_type="invention", granted=True,
                                 rank=1, date="2023-02-24")], APPLICANT, never_core)
    assert "missing_evidence" in codes(result)  # two of that name: no guess
