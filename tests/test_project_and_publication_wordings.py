"""Project acceptances, revenue evidence and publications worded and laid out as real ones are.

Each test builds a document from typed lines (no OCR, no PDF) the way a reader would see
it: a member list under a label the form happens to use, a member table, a failed
acceptance, a ticked box, an invoice summary with its total row, an audit excerpt with
several years, a journal known only from its citation line, a book's 字数 as printed.
A wrong value is worse than a missing one: where a document does not settle a field, the
test asserts that it is left out.
"""

from __future__ import annotations

import pytest

from extractor.doctypes import doctype
from extractor.model import Line, Page, ReadResult
from extractor.text import DocText
from tests.typed_pages import At, Big, Row, doc, page


def extract(doc_type: str, text: DocText):
    return doctype(doc_type).extract(text)


def acceptance(*rows):
    return extract("project_acceptance", doc(page(*rows)))


MEMBERS13 = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞", "徐鹏", "孙丽", "欧阳明"]


# --------------------------------------------------------------------------- acceptance: members

@pytest.mark.parametrize("label", ["主要完成人员", "项目组成员", "参加人员", "主要研究人员", "课题组成员", "主要参与人员",
                                   "主要参加人员", "项目主要完成人", "项目参加人员", "项目主要参加人员"])
def test_member_lists_under_every_label_and_wrapping_to_the_margin(label):
    """A list of 13 names wraps at the paragraph's margin, not indented under its label."""
    got = acceptance(
        Big("项目验收意见"),
        "项目名称：高端装备数字化车间建设",
        "项目负责人：张伟",
        f"{label}：张伟、王芳、李娜、刘洋、陈静、",
        "杨帆、赵磊、黄敏、周杰、吴霞、徐鹏、",
        "孙丽、欧阳明",
        "验收结论：通过",
    )
    assert got.values["members"] == MEMBERS13
    assert got.values["leader"] == "张伟"


def test_member_list_with_spaces_and_a_list_following_on_the_line_below_the_label():
    got = acceptance(
        Big("项目验收证书"),
        "项目名称：智能仓储系统研发",
        "项目组主要成员：",
        At(160, "张伟  王芳  李娜  刘洋  陈静  杨帆"),
        At(160, "赵磊  黄敏  周杰  吴霞  徐鹏  孙丽  欧阳明"),
        "验收结论：通过验收",
    )
    assert got.values["members"] == MEMBERS13


def test_a_numbered_heading_over_its_list_and_two_fields_on_one_line():
    got = acceptance(
        Big("项目验收证书"),
        "承担单位：重庆渝新智造科技有限公司    项目负责人：张伟",
        "六、主要完成人员",
        "张伟、王芳、李娜、刘洋",
        "七、验收结论",
        "专家组一致同意通过验收。",
    )
    assert got.values["leader"] == "张伟"
    assert got.values["members"] == ["张伟", "王芳", "李娜", "刘洋"]


def test_member_list_stops_at_the_next_section():
    got = acceptance(
        Big("项目验收意见"),
        "主要参加人员：张伟、王芳、李娜",
        "三、验收意见",
        "专家组一致同意该项目通过验收。",
    )
    assert got.values["members"] == ["张伟", "王芳", "李娜"]


def _member_rows(names, with_heads=("序号", "姓名", "单位", "职称", "分工")):
    duties = ["项目负责人"] + ["技术骨干"] * (len(names) - 1)
    return [f"{i}  {n}  重庆渝新智造科技有限公司  高级工程师  {d}" for i, (n, d) in enumerate(zip(names, duties), 1)]


@pytest.mark.parametrize("heading", ["项目主要研究人员名单", "五、项目组主要成员", "课题组成员情况", "主要参与人员",
                                     "项目完成人员情况表"])
def test_member_table_one_line_per_row(heading):
    got = acceptance(
        Big("科技项目验收证书"),
        "项目名称：伺服电机高精度控制关键技术研究",
        heading,
        "序号  姓名  单位  职称  分工",
        *_member_rows(MEMBERS13),
    )
    assert got.values["members"] == MEMBERS13


def test_member_table_one_box_per_cell():
    """OCR gives each cell its own box: the 姓名 column read top to bottom."""
    xs = (130, 260, 420, 820, 1000)
    rows = [Row(*zip(xs, ("序号", "姓名", "工作单位", "职称", "承担任务")))]
    for i, name in enumerate(MEMBERS13, 1):
        rows.append(Row(*zip(xs, (str(i), name, "重庆渝新智造科技有限公司", "工程师", "系统开发"))))
    got = acceptance(Big("项目验收证书"), "项目名称：伺服电机高精度控制关键技术研究", "项目组成员名单", *rows)
    assert got.values["members"] == MEMBERS13


def test_the_expert_panel_table_is_not_the_member_list():
    got = acceptance(
        Big("项目验收意见"),
        "项目名称：伺服电机高精度控制关键技术研究",
        "验收专家组名单",
        "序号  姓名  单位  职称  职务",
        "1  钱学文  重庆大学  教授  组长",
        "2  孔德明  重庆邮电大学  教授  成员",
        "验收结论：通过",
    )
    assert "members" not in got.values


def test_the_expert_group_members_label_is_not_the_member_list():
    got = acceptance(
        Big("项目验收意见"),
        "验收专家组成员：钱学文、孔德明、尤立新",
        "项目组成员：张伟、王芳",
        "验收结论：通过",
    )
    assert got.values["members"] == ["张伟", "王芳"]


# --------------------------------------------------------------------------- acceptance: outcome

@pytest.mark.parametrize("rows,passed", [
    (["验收结论：通过"], True),
    (["验收结论：不通过"], False),
    (["验收结论：未通过验收"], False),
    (["验收结论：验收不合格"], False),
    (["验收结论：合格"], True),
    (["验收意见：同意验收"], True),
    (["验收意见：不同意验收"], False),
    (["专家组一致同意通过验收。"], True),
    (["专家组一致同意该项目通过验收。"], True),
    (["专家组认为，该项目未完成任务书规定的考核指标，不予通过验收。"], False),
    (["专家组认为该项目部分指标未达到要求，不予通过。"], False),
    (["专家组认为该项目部分指标未达到要求，暂缓通过验收。"], False),
    (["验收结论：☑通过  □不通过"], True),
    (["验收结论：□通过  ☑不通过"], False),
    (["验收结论：√通过  不通过"], True),
    (["验收结论：通过  √不通过"], False),
    (["验收结论：通过（√）  不通过（  ）"], True),
    (["验收结论：通过（  ）  不通过（√）"], False),
    (["验收结论：■通过  □需要复议  □不通过"], True),
    (["验收结论：☑同意验收  □不同意验收"], True),
    (["验收结论：□同意验收  ☑不同意验收"], False),
])
def test_the_outcome_is_read_as_meant(rows, passed):
    got = acceptance(Big("项目验收意见"), "项目名称：智能仓储系统研发", *rows)
    assert got.values["passed"] is passed


def test_a_printed_option_list_in_the_instructions_is_no_failure():
    """填表说明 lists the options; the experts' sentence says the project passed."""
    got = acceptance(
        Big("项目验收意见"),
        "填表说明：验收结论分为通过、不通过两种。",
        "如未通过验收，承担单位应在6个月内整改后重新申请。",
        "专家组一致同意该项目通过验收。",
    )
    assert got.values["passed"] is True


@pytest.mark.parametrize("sentence", ["专家组无不同意见，一致同意通过验收。", "专家组无不同意见一致同意通过验收。",
                                      "产品不合格率由3%降至0.5%，专家组一致同意该项目通过验收。"])
def test_words_that_hold_a_failures_letters_are_no_failure(sentence):
    assert acceptance(Big("项目验收意见"), sentence).values["passed"] is True


def test_a_failed_acceptance_that_mentions_passing_words_stays_failed():
    got = acceptance(
        Big("项目验收意见"),
        "项目组汇报了项目完成情况，专家组审查了验收材料。",
        "专家组认为：该项目未完成合同规定的主要考核指标，不同意通过验收。",
        "验收结论：不通过",
    )
    assert got.values["passed"] is False


def test_contradictory_outcomes_are_left_out():
    """An unticked form whose sentences disagree: neither is certain."""
    got = acceptance(
        Big("项目验收意见"),
        "专家组一致同意通过验收。",
        "验收结论：不通过",
    )
    assert got.values.get("passed") is False  # the labelled conclusion is the verdict
    got = acceptance(
        Big("项目验收意见"),
        "专家组一致同意通过验收。",
        "专家组认为该项目不予通过。",
    )
    assert "passed" not in got.values


# --------------------------------------------------------------------------- acceptance: level

@pytest.mark.parametrize("rows,level,why", [
    (["组织验收单位：重庆市经济和信息化委员会"], "provincial", "直辖市"),
    (["组织验收单位：重庆市科学技术局"], "provincial", "直辖市"),
    (["承担单位：重庆渝新智造科技有限公司", "组织验收单位：市经信委"], "provincial", "重庆"),
    (["承担单位：重庆渝新智造科技有限公司", "组织验收单位：市科技局"], "provincial", "重庆"),
    (["组织验收单位：重庆市渝北区科学技术局"], "municipal", "渝北区"),
    (["组织验收单位：渝北区科技局"], "municipal", "渝北区"),
    (["组织验收单位：两江新区经信局"], "municipal", "两江新区"),
    (["组织验收单位：重庆高新区管委会"], "municipal", "高新区"),
    (["项目来源：重庆市技术创新与应用发展专项重点项目", "组织验收单位：重庆市科学技术局"], "provincial", "直辖市"),
    (["项目来源：渝北区科技计划项目", "组织验收单位：重庆市渝北区科学技术局"], "municipal", "渝北区"),
])
def test_the_level_is_inferred_with_its_reason(rows, level, why):
    got = acceptance(Big("项目验收证书"), "项目名称：伺服电机高精度控制关键技术研究", *rows, "验收结论：通过")
    assert got.values["level"] == level
    assert any(n.startswith("级别") and why in n for n in got.notes), got.notes


def test_a_bare_city_organ_in_a_document_of_two_cities_settles_nothing():
    got = acceptance(Big("项目验收证书"), "承担单位：成都渝新智造科技有限公司", "合作单位：重庆大学",
                     "组织验收单位：市科技局", "验收结论：通过")
    assert "level" not in got.values
    assert any("未写明哪个市" in n for n in got.notes)


def test_a_ministry_after_a_bare_city_organ_stays_a_ministry():
    got = acceptance(Big("项目验收证书"), "项目来源：工业和信息化部", "承担单位：重庆渝新智造科技有限公司",
                     "组织验收单位：市经信委", "验收结论：通过")
    # (a ministry's project is 省（部）级 at least, whether or not its programme is national)
    assert got.values.get("level") == "provincial" and any("部委" in n for n in got.notes)


def test_a_bare_city_organ_in_a_document_of_another_city_is_not_chongqings():
    got = acceptance(Big("项目验收证书"), "承担单位：宜宾市智能装备有限公司", "组织验收单位：市经信局", "验收结论：通过")
    assert got.values.get("level") != "provincial"


@pytest.mark.parametrize("name,level", [
    ("市经信委", "provincial"), ("市科技局", "provincial"), ("渝北区科技局", "municipal"),
    ("两江新区经信局", "municipal"), ("重庆高新区管委会", "municipal"), ("重庆经开区管委会", "municipal"),
])
def test_level_of_in_chongqing(name, level):
    from extractor.fields.levels import level_of

    got, why = level_of(name, city="重庆")
    assert got is not None and got.value == level, why


def test_level_of_a_bare_city_organ_without_a_city_is_unchanged():
    from extractor.fields.levels import level_of

    assert level_of("市人民政府")[0].value == "municipal"
    assert level_of("市经信局", city="宜宾")[0].value == "municipal"


@pytest.mark.parametrize("text,city", [
    ("承担单位：重庆渝新智造科技有限公司\n组织验收单位：市经信委", "重庆"),
    ("宜宾市经济和信息化局在重庆组织专家对宜宾某公司承担的项目进行了验收", None),
    ("没有地名", None),
])
def test_home_city(text, city):
    from extractor.fields.levels import home_city

    assert home_city(text) == city


# --------------------------------------------------------------------------- acceptance: category

@pytest.mark.parametrize("title,category,cue", [
    ("汽车零部件数字化生产线改造项目", "implementation", "数字化生产线改造"),
    ("摩托车发动机数字化车间改造", "implementation", "数字化车间"),
    ("重庆渝新智能工厂建设项目", "implementation", "智能工厂"),
    ("工业互联网平台建设与实施", "implementation", "平台建设"),
    ("高精度伺服电机关键技术研究", "rnd", "关键技术研究"),
    ("新能源汽车电驱动系统研发", "rnd", "研发"),
    ("智能巡检机器人新产品开发", "rnd", "新产品"),
])
def test_the_category_is_read_from_the_title_with_its_reason(title, category, cue):
    got = acceptance(Big("项目验收证书"), f"项目名称：{title}", "验收结论：通过")
    assert got.values["category"] == category
    assert any(n.startswith("类别") and cue in n for n in got.notes), got.notes


@pytest.mark.parametrize("title", ["智能工厂关键技术研究与示范应用", "企业管理提升项目"])
def test_a_title_that_does_not_settle_the_category_gives_none(title):
    got = acceptance(Big("项目验收证书"), f"项目名称：{title}", "验收结论：通过")
    assert "category" not in got.values


def test_a_labelled_project_type_settles_the_category():
    got = acceptance(Big("项目验收证书"), "项目名称：渝新精密铸件升级项目", "项目类别：技术改造",
                     "验收结论：通过")
    assert got.values["category"] == "implementation"


def test_the_category_is_a_fact_of_the_achievement():
    from rules.vocabulary import Kind

    facts = doctype("project_acceptance").facts({"category": "implementation", "passed": True}, Kind.PROJECT, 2, None)
    assert facts["category"] == "implementation"


def _bundle_docs(category: str | None):
    from zhicheng.documents import Document

    fields = {"project_title": "汽车零部件数字化生产线改造项目", "level": "provincial", "passed": True,
              "acceptance_date": "2022-05-01", "leader": "张伟", "members": ["张伟", "王芳"], "applicant_rank": 2}
    if category:
        fields["category"] = category
    return [Document(file="a.pdf", sha256="0" * 64, pages=1, text_source="text_layer", doc_type="project_acceptance",
                     confidence=0.9, fields=fields)]


@pytest.mark.parametrize("shown,claimed,want,declared", [
    ("implementation", "implementation", "implementation", False),
    # A category inferred from the title that the claim contradicts is a question for a
    # person: neither counts till one decides, with a kind_mismatch warning (below) — a
    # 研发项目 claimed as 实施类 was 符合 on the claim's word (probe U W23).
    ("implementation", "rnd", None, False),
    (None, "rnd", "rnd", True),  # silent document: the claim, marked declared
])
def test_a_category_read_from_the_document_is_evidence(shown, claimed, want, declared):
    from rules.case import Achievement
    from rules.dates import PartialDate
    from rules.vocabulary import Kind, Level
    from zhicheng.audit import Claim, audit

    claim = Claim(Achievement(kind=Kind.PROJECT, category=claimed, level=Level.PROVINCIAL, rank=2,
                              date=PartialDate.parse("2022-05-01")), ["a.pdf"], 0)
    result = audit(_bundle_docs(shown), [claim], None, lambda d: None)
    built = result.achievements[0]
    assert built.achievement.category == want
    assert ("category" in built.declared) is declared
    flagged = [i for i in result.issues if i["code"] == "kind_mismatch"]
    if shown and shown != claimed:
        assert flagged and flagged[0]["severity"] == "warning" and flagged[0]["needs_review"]
        assert "需人工核对" in flagged[0]["message"] and "研发类" in flagged[0]["message"]
    else:
        assert not flagged


# --------------------------------------------------------------------------- acceptance: stamps

def test_watermarks_glued_to_values_are_not_values():
    got = acceptance(
        Big("项目验收证书"),
        "项目名称：高端装备数字化车间建设 仅供职称申报使用",
        "项目负责人：张伟 复印件与原件一致",
        "项目组成员：王芳、李娜 申报使用",
        "验收结论：通过",
    )
    assert got.values["project_title"] == "高端装备数字化车间建设"
    assert got.values["leader"] == "张伟"
    assert got.values["members"] == ["王芳", "李娜"]


def test_strip_stamps():
    from extractor.layout import strip_stamps

    assert strip_stamps("计算机工程与应用仅供职称申报使用") == "计算机工程与应用"
    assert strip_stamps("申报使用 王芳") == "王芳"
    assert strip_stamps("与原件一致张伟") == "张伟"
    assert strip_stamps("智能制造应用研究") == "智能制造应用研究"


# --------------------------------------------------------------------------- revenue

def revenue(*pages_rows):
    return extract("revenue_proof", doc(*[page(*rows) for rows in pages_rows]))


def test_a_sales_contract_total_in_capitals_and_figures():
    got = revenue([
        Big("工业机器人销售合同"),
        "甲方（买方）：重庆长江精密机械有限公司",
        "乙方（卖方）：重庆渝新智造科技有限公司",
        "一、合同总金额：人民币壹佰贰拾万元整（¥1,200,000.00），含13%增值税。",
        "二、付款方式：合同签订后甲方支付合同金额的30%作为预付款。",
        "签订日期：2022年3月15日",
    ])
    assert got.values["amount_wan"] == 120.0
    assert got.values["date"] == "2022-03-15"


@pytest.mark.parametrize("line,wan", [
    ("合同价款：人民币（大写）壹佰贰拾万元整", 120.0),
    ("合同总价款为人民币 1 200 000.00 元（大写：壹佰贰拾万元整）", 120.0),
    ("合同金额（含税）：1,200,000.00元", 120.0),
    ("合同总价：120万元", 120.0),
    ("合同价格：人民币叁佰伍拾万元整", 350.0),
    ("合同总价  人民币  壹佰贰拾万元整", 120.0),
])
def test_contract_amount_wordings(line, wan):
    got = revenue([Big("技术服务合同"), "甲方：重庆长江精密机械有限公司", "乙方：重庆渝新智造科技有限公司", line])
    assert got.values["amount_wan"] == pytest.approx(wan)


def test_invoice_summary_takes_the_total_row_not_one_invoice():
    got = revenue([
        Big("销售发票汇总表"),
        "销售方：重庆渝新智造科技有限公司",
        "单位：元",
        "序号  发票号码  开票日期  金额  税额  价税合计",
        "1  23502000000012345678  2023-03-02  353,982.30  46,017.70  400,000.00",
        "2  23502000000012345679  2023-05-18  442,477.88  57,522.12  500,000.00",
        "3  23502000000012345680  2023-09-27  265,486.73  34,513.27  300,000.00",
        "合 计    1,061,946.91  138,053.09  1,200,000.00",
    ])
    assert got.values["amount_wan"] == pytest.approx(120.0)


def test_invoice_summary_in_cells():
    xs = (120, 220, 560, 760, 900, 1040)
    rows = [Row(*zip(xs, ("序号", "发票号码", "开票日期", "金额", "税额", "价税合计")))]
    for i, (net, tax, total) in enumerate((("353982.30", "46017.70", "400000.00"),
                                           ("442477.88", "57522.12", "500000.00")), 1):
        rows.append(Row(*zip(xs, (str(i), f"2350200000001234567{i}", "2023-03-02", net, tax, total))))
    rows.append(Row((120, "合计"), (760, "796460.18"), (900, "103539.82"), (1040, "900000.00")))
    got = revenue([Big("发票汇总表"), "销售方：重庆渝新智造科技有限公司", "金额单位：元", *rows])
    assert got.values["amount_wan"] == pytest.approx(90.0)


def test_invoice_with_a_total_in_capitals():
    got = revenue([
        Big("增值税专用发票"),
        "开票日期：2023年06月12日",
        "购买方 名称：重庆长江精密机械有限公司",
        "销售方 名称：重庆渝新智造科技有限公司",
        "合计  ¥1,061,946.90  ¥138,053.10",
        "价税合计（大写）  ⊗壹佰贰拾万元整  （小写）¥1,200,000.00",
    ])
    assert got.values["amount_wan"] == pytest.approx(120.0)


def test_audit_report_takes_the_year_it_is_about():
    got = revenue([
        Big("重庆渝新智造科技有限公司2022年度审计报告"),
        "利润表（摘录）",
        "单位：元",
        "项目  2021年度  2022年度",
        "营业收入  8,523,400.00  12,345,600.00",
        "营业成本  6,100,000.00  9,000,000.00",
    ])
    assert got.values["amount_wan"] == pytest.approx(1234.56)


def test_audit_report_in_wan_with_several_years_and_no_year_of_its_own_is_left_out():
    got = revenue([
        Big("审计报告"),
        "单位：万元",
        "项目  2021年  2022年  2023年",
        "营业收入  852.34  1234.56  1500.00",
    ])
    assert "amount_wan" not in got.values


def test_audit_report_with_a_total_column():
    got = revenue([
        Big("审计报告（摘录）"),
        "单位：万元",
        "项目  2021年  2022年  2023年  合计",
        "营业收入  852.34  1234.56  1500.00  3586.90",
    ])
    assert got.values["amount_wan"] == pytest.approx(3586.90)


def test_a_finance_certificate_in_running_text():
    got = revenue([
        Big("财务证明"),
        "兹证明，由我公司张伟同志主持开发的智能仓储系统于2022年度实现销售收入",
        "1,850.36万元，新增利润320万元。",
        "特此证明。",
        At(760, "重庆渝新智造科技有限公司"),
        At(800, "2023年3月1日"),
    ])
    assert got.values["amount_wan"] == pytest.approx(1850.36)
    assert got.values["parties"] == ["重庆渝新智造科技有限公司"]


def test_a_finance_certificate_amount_in_capitals():
    got = revenue([
        Big("销售收入证明"),
        "兹证明我公司2023年度该产品销售收入为人民币壹仟贰佰叁拾万元整（¥12,300,000.00）。",
        At(760, "重庆渝新智造科技有限公司"),
        At(800, "2024年1月10日"),
    ])
    assert got.values["amount_wan"] == pytest.approx(1230.0)


@pytest.mark.parametrize("text,wan", [
    ("人民币1 200 000.00元", 120.0), ("¥1 200 000.00", 120.0), ("120 000.00元", 12.0),
    ("壹佰贰拾万元整", 120.0), ("1,200,000元", 120.0),
])
def test_amounts_with_spaces_as_thousands_separators(text, wan):
    from extractor.fields.amounts import parse_amount_wan

    assert parse_amount_wan(text) == pytest.approx(wan)


@pytest.mark.parametrize("text", ["1 200万元", "第3期 200元"])
def test_a_space_that_may_end_another_number_is_still_refused(text):
    from extractor.fields.amounts import find_amounts

    assert all(a.wan not in (1200.0, 3.02) for a in find_amounts(text))


def test_table_numbers_take_the_tables_unit():
    from extractor.fields.amounts import table_amount_wan

    assert table_amount_wan("12,345,600.00", "元") == pytest.approx(1234.56)
    assert table_amount_wan("1234.56", "万元") == pytest.approx(1234.56)
    assert table_amount_wan("2022年度", "元") is None


# --------------------------------------------------------------------------- revenue: classification

@pytest.mark.parametrize("rows", [
    [Big("销售发票汇总表"), "销售方：重庆渝新智造科技有限公司", "单位：元",
     "序号  发票号码  开票日期  金额  税额  价税合计",
     "1  23502000000012345678  2023-03-02  353,982.30  46,017.70  400,000.00", "合计    353,982.30  46,017.70  400,000.00"],
    [Big("重庆渝新智造科技有限公司2022年度审计报告"), "利润表（摘录）", "单位：元", "项目  2021年度  2022年度",
     "营业收入  8,523,400.00  12,345,600.00"],
    [Big("技术服务协议"), "甲方：重庆长江精密机械有限公司", "乙方：重庆渝新智造科技有限公司",
     "协议金额：人民币伍拾万元整", "验收合格后甲方支付全部款项。"],
    [Big("财务证明"), "兹证明，我公司2022年度实现销售收入1,850.36万元。", "特此证明。",
     At(760, "重庆渝新智造科技有限公司"), At(800, "2023年3月1日")],
])
def test_revenue_evidence_is_recognised(rows):
    from classifiers import classify

    verdict = classify(doc(page(*rows)))
    assert verdict.doc_type == "revenue_proof", verdict


# --------------------------------------------------------------------------- journal papers

def paper(*rows):
    return extract("journal_paper", doc(page(*rows)))


def test_journal_from_a_citation_line_when_no_masthead():
    got = paper(
        Big("基于深度学习的焊缝缺陷检测方法"),
        "张三，李四",
        "（重庆渝新智造科技有限公司，重庆 401120）",
        "摘要：针对焊缝缺陷检测效率低的问题，提出一种方法。",
        "关键词：深度学习；焊缝；缺陷检测",
        "引用格式：张三,李四.基于深度学习的焊缝缺陷检测方法[J].焊接装备与工艺,2023,45(3):12-18.",
    )
    assert got.values["journal"] == "焊接装备与工艺"
    assert got.values["date"].startswith("2023")


@pytest.mark.parametrize("label", ["引用格式", "本文引用格式", "引用本文", "引文格式"])
def test_citation_labels(label):
    got = paper(
        Big("基于深度学习的焊缝缺陷检测方法"),
        "张三 李四",
        "摘要：针对焊缝缺陷检测效率低的问题，提出一种方法。",
        f"{label}：张三，李四. 基于深度学习的焊缝缺陷检测方法[J]. 智能制造装备, 2023, 45(3): 12-18.",
    )
    assert got.values["journal"] == "智能制造装备"


def test_a_reference_list_entry_is_not_the_journal():
    got = paper(
        Big("基于深度学习的焊缝缺陷检测方法"),
        "张三 李四",
        "摘要：针对焊缝缺陷检测效率低的问题，提出一种方法。",
        "参考文献：",
        "[1] 王五.焊接机器人路径规划[J].机器人技术与应用,2020,12(2):1-5.",
    )
    assert got.values.get("journal") != "机器人技术与应用"


def test_journal_from_a_running_header():
    got = paper(
        At(120, "第 41 卷 第 6 期                    现代焊接装备                    2023 年 6 月"),
        Big("基于深度学习的焊缝缺陷检测方法"),
        "张三 李四",
        "摘要：针对焊缝缺陷检测效率低的问题，提出一种方法。",
    )
    assert got.values["journal"] == "现代焊接装备"
    assert got.values["date"] == "2023-06"


def test_journal_from_a_masthead_with_a_watermark_glued_on():
    got = paper(
        At(120, "焊接装备与工艺仅供职称申报使用  2023年第3期"),
        Big("基于深度学习的焊缝缺陷检测方法"),
        "张三 李四",
        "摘要：针对焊缝缺陷检测效率低的问题，提出一种方法。",
    )
    assert got.values["journal"] == "焊接装备与工艺"


def test_a_watermark_is_never_the_journal_or_the_title():
    got = paper(
        At(400, "仅供职称申报使用"),
        Big("基于深度学习的焊缝缺陷检测方法"),
        "张三 李四",
        "摘要：针对焊缝缺陷检测效率低的问题，提出一种方法。",
    )
    assert "仅供" not in got.values.get("journal", "") and "申报" not in got.values.get("title", "")


# --------------------------------------------------------------------------- books

@pytest.mark.parametrize("line,wan", [
    ("字数：356千字", 35.6), ("字    数：356 千字", 35.6), ("字数：35 6000字", 35.6), ("字数：356 000字", 35.6),
    ("字数：356,000字", 35.6), ("印张：22.75  字数：356千字", 35.6), ("字数：35.6万字", 35.6),
    ("开本：787mm×1092mm 1/16 印张：14.4 字数：252000字", 25.2),
])
def test_book_word_counts_as_printed(line, wan):
    got = extract("book", doc(page(
        "图书在版编目（CIP）数据",
        "工业互联网平台实践/张伟，王芳编著.—重庆：重庆大学出版社，2023.5",
        "ISBN 978-7-5689-3512-6",
        "开本：787mm×1092mm 1/16",
        line,
        "2023年5月第1版  2023年5月第1次印刷",
    )))
    assert got.values["words_wan"] == pytest.approx(wan)


@pytest.mark.parametrize("text,wan", [("字数：35 6000字", 35.6), ("字数：356 000字", 35.6), ("356千字", 35.6)])
def test_parse_words_wan_with_spaced_digits(text, wan):
    from extractor.fields.amounts import parse_words_wan

    assert parse_words_wan(text) == pytest.approx(wan)


def test_spaced_digits_need_the_label():
    from extractor.fields.amounts import parse_words_wan

    assert parse_words_wan("第35 6000字") is None


# --------------------------------------------------------------------------- standards and reports

def test_standard_drafters_wrap_and_keep_compound_surnames():
    got = extract("standard", doc(page(
        "ICS 25.040",
        "T/CQAI 012-2023",
        Big("工业互联网平台 设备接入 技术要求"),
        "2023-05-08 发布    2023-06-01 实施",
    ), page(
        "前言",
        "本文件起草单位：重庆渝新智造科技有限公司、重庆大学。",
        "本文件主要起草人：张伟、欧阳明、司马文静、王芳、诸葛亮、李娜、刘洋、上官婉儿、",
        "陈静、杨帆、赵磊。",
    )))
    assert got.values["drafters"] == ["张伟", "欧阳明", "司马文静", "王芳", "诸葛亮", "李娜", "刘洋", "上官婉儿",
                                      "陈静", "杨帆", "赵磊"]


def test_report_authors_wrap():
    got = extract("technical_report", doc(page(
        Big("重庆市工业互联网产业发展白皮书"),
        None,
        "编写人员：张伟、欧阳明、王芳、李娜、刘洋、陈静、杨帆、",
        "赵磊、黄敏、周杰",
        "编制日期：2023年6月",
    )))
    assert got.values["authors"] == ["张伟", "欧阳明", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰"]
    assert got.values["report_kind"] == "white_paper"


# --------------------------------------------------------------------------- forms as OCR reads them

def test_a_caption_alone_with_its_value_in_the_cell_beside_it():
    """OCR gives a form's label and value a box each; a short name looks like a caption."""
    got = acceptance(
        Big("项目验收意见表"),
        Row((150, "项目名称"), (450, "变频器数字孪生建模关键技术研发")),
        Row((150, "项目负责人"), (450, "邱晶宇")),
        Row((150, "组织验收单位"), (450, "重庆市永川区科学技术局")),
    )
    assert got.values["leader"] == "邱晶宇"
    assert got.values["level"] == "municipal"


def test_a_list_under_its_label_at_the_same_margin_with_a_name_cut_by_the_wrap():
    got = acceptance(
        Big("项目验收专家组意见"),
        "三、专家组同意该项目通过验收。",
        "项目负责人：秦林诚",
        "主要完成人员：",
        "皇甫红、马毅琳、汤勇、令狐艳、诸葛娟德、戴飞、上官远建、慕容秀婷、郑益林、皇甫倩",
        "玉、令狐博",
        "验收专家签字：",
        Row((160, "姓名"), (500, "单位"), (800, "职称"), (1000, "签字")),
        Row((160, "何颖远"), (500, "重庆大学"), (800, "教授")),
    )
    assert got.values["members"] == ["皇甫红", "马毅琳", "汤勇", "令狐艳", "诸葛娟德", "戴飞", "上官远建", "慕容秀婷",
                                     "郑益林", "皇甫倩玉", "令狐博"]
    assert got.values["passed"] is True


def test_the_experts_refusing_a_pass_is_a_failure():
    """不同意该项目通过验收 holds 通过验收: the worst misreading there is."""
    got = acceptance(
        Big("项目验收专家组意见"),
        "二〇二〇年八月三日，重庆市沙坪坝区科学技术局组织专家组对重庆天策智能制造有限",
        "责任公司承担的沙坪坝区科技计划项目“科沃联智能仓储系统数字化生产线改造项目”（编",
        "号：CSTB2017TIAD-STX0112）进行了验收。专家组听取了项目组汇报，审阅了验收资料，",
        "一、项目提交的验收资料齐全，符合验收要求。",
        "二、项目部分建设内容未完成，关键考核指标未达到任务书要求。",
        "三、专家组不同意该项目通过验收，建议整改后重新申请。",
    )
    assert got.values["passed"] is False
    assert got.values["project_title"] == "科沃联智能仓储系统数字化生产线改造项目"
    assert got.values["level"] == "municipal"
    assert got.values["category"] == "implementation"


def test_a_title_of_both_kinds_leaves_the_category_to_the_claim():
    got = acceptance(Big("项目验收证书"), "项目名称：减速器壳体边缘计算系统研发及示范应用", "验收结论：通过")
    assert "category" not in got.values
    assert any("类别" in n and "示范" in n for n in got.notes)


# --------------------------------------------------------------------------- publications as found

def test_a_cover_sheet_before_the_paper_is_not_its_first_page():
    got = extract("journal_paper", doc(
        page(Big("证明材料"), "（论文）", "以下为原件扫描件。"),
        page(Row((160, "·137·"), (700, "三峡智造学报"), (1300, "2017年第4期")),
             Row((160, "ISSN 2781-4955"), (1300, "第27卷2017年04月")),
             Big("基于边缘计算的柔性夹具远程运维方法研究"),
             "诸葛庆 廖光雨 黎佳 蔡志力 东方楠",
             "摘要：针对多品种小批量生产中设备状态难以实时感知的问题，本文提出了一种方法。"),
    ))
    assert got.values["journal"] == "三峡智造学报"
    assert got.values["title"] == "基于边缘计算的柔性夹具远程运维方法研究"
    assert got.values["date"] == "2017-04"


def test_the_issue_cover_gives_the_journal_and_the_month():
    got = extract("journal_paper", doc(
        page(Big("川渝工业工程"), At(900, "月刊"), "2023年12月  第43卷  第12期", "主办：重庆市自动化学会",
             "ISSN 1262-2761"),
        page(Row((160, "2023年第12期"), (1300, "·41·")),
             Big("知识图谱驱动的立体仓库故障预测技术"),
             "任超永，张航，令狐明泽",
             "摘要：结果表明，所提方法能够显著缩短故障定位时间。"),
    ))
    assert got.values["journal"] == "川渝工业工程"
    assert got.values["date"] == "2023-12"


def test_report_leader_and_members_glued_to_their_labels():
    got = extract("technical_report", doc(page(
        Big("重庆市璧山区智能制造产业发展规划（2023—2027年）"),
        None,
        "编制单位长江工学院",
        "课题组组长皇甫一",
        "课题组成员江军雨、戴磊欣、何军宏",
        "二〇二三年九月",
    )))
    assert got.values["authors"] == ["皇甫一", "江军雨", "戴磊欣", "何军宏"]
    assert got.values["report_kind"] == "plan"


def test_report_staff_table():
    got = extract("technical_report", doc(page(
        Big("天策AGV小车数字化车间建设项目可行性研究报告"),
        "编制单位：重庆精协自动化技术股份有限公司",
    ), page(
        Big("编制人员名单"),
        "序号 姓名 职称 分工 签字",
        "1 方松颖 高级工程师 项目负责人",
        "2 叶玉薇 教授 市场分析",
        "3 令狐蓉霞 正高级工程师 经济评价",
    )))
    assert got.values["authors"] == ["方松颖", "叶玉薇", "令狐蓉霞"]
    assert got.values["report_kind"] == "feasibility"


def test_book_imprint_table_with_the_label_in_cells_of_its_own():
    got = extract("book", doc(page(
        Big("工业互联网平台能耗优化实践"),
        Row((160, "主"), (220, "编"), (320, "欧阳飞成、皇甫柏志、邱霞新")),
        Row((160, "字"), (220, "数"), (320, "49 1000字")),
        Row((160, "版"), (220, "次"), (320, "2014年5月第1版")),
        Row((160, "书"), (220, "号"), (320, "ISBN 978-7-5689-3512-6")),
    )))
    assert got.values["words_wan"] == pytest.approx(49.1)


def test_audit_report_year_from_its_text_not_from_a_column():
    got = revenue([
        Big("审计报告"),
        "我们审计了重庆启曜精密机械有限责任公司财务报表，包括2020年12月31日的资产负债表，",
        "2020年度的利润表以及相关财务报表附注。",
        "利润表（摘要）",
        "编制单位：重庆启曜精密机械有限责任公司    单位：元",
        Row((700, "项目"), (900, "2018年度"), (1050, "2019年度"), (1200, "2020年度")),
        Row((700, "一、营业收入"), (880, "68,259,000.00"), (1030, "17,490,000.00"), (1180, "33,255,000.00")),
        Row((700, "减：营业成本"), (880, "43,440,513.00"), (1030, "14,178,089.00"), (1180, "20,982,291.00")),
    ])
    assert got.values["amount_wan"] == pytest.approx(3325.5)
    assert got.values["parties"] == ["重庆启曜精密机械有限责任公司"]


def test_an_invoice_summary_dated_by_its_compiler_not_by_an_invoice():
    got = revenue([
        Big("销售发票汇总表"),
        "编制单位：重庆鼎衡机器人有限责任公司 金额单位：元",
        "序号 发票号码 开票日期 购买方名称 金额 税额 价税合计",
        "1 99064232 2023-04-08 重庆巴渝云信息技术有限责任公司 223,274.34 29,025.66 252,300.00",
        "2 99756729 2023-04-24 重庆巴渝云信息技术有限责任公司 150,442.48 19,557.52 170,000.00",
        "合计 373,716.82 48,583.18 422,300.00",
        "价税合计（大写）：肆拾贰万贰仟叁佰元整",
        "编制人：吴一春  财务负责人：张飞哲 编制日期：2024年1月25日",
    ])
    assert got.values["amount_wan"] == pytest.approx(42.23)
    assert got.values["date"] == "2024-01-25"
    assert got.values["parties"] == ["重庆鼎衡机器人有限责任公司", "重庆巴渝云信息技术有限责任公司"]


def test_an_invoice_summary_whose_total_disagrees_with_its_rows_is_left_out():
    got = revenue([
        Big("销售发票汇总表"),
        "金额单位：元",
        "序号 发票号码 开票日期 购买方名称 金额 税额 价税合计",
        "1 99064232 2023-04-08 重庆巴渝云信息技术有限责任公司 223,274.34 29,025.66 252,300.00",
        "2 99756729 2023-04-24 重庆巴渝云信息技术有限责任公司 150,442.48 19,557.52 170,000.00",
        "合计 373,716.82 48,583.18 922,300.00",
    ])
    assert "amount_wan" not in got.values


def test_a_member_table_with_a_name_ocr_lost_is_left_out():
    """Row 1's name was not read: the rest of the column would give every member a wrong rank."""
    xs = (150, 300, 600, 1000, 1300)
    rows = [Row(*zip(xs, ("序号", "姓名", "单位", "职称", "分工"))),
            Row((150, "1"), (600, "重庆巴渝机器人有限公司"), (1300, "项目负责人")),
            Row(*zip(xs, ("2", "尉迟斌博", "重庆巴渝机器人有限公司", "工程师", "现场实施"))),
            Row(*zip(xs, ("3", "吴梅远", "重庆智能制造职业学院", "教授", "软件开发")))]
    got = acceptance(Big("项目验收意见表"), "项目组成员", *rows)
    assert "members" not in got.values


def test_a_spread_scanned_whole_reads_the_papers_column():
    """Cover, contents and the paper's first page side by side on one landscape page."""
    lines = [Line("数字车间技术", (80, 108, 363, 161)), Line("2017年5月 第38卷 第5期", (78, 343, 345, 371)),
             Line("目次", (1158, 136, 1260, 166)),
             Line("多源数据融合驱动的工业网关在线监测技术", (899, 200, 1170, 220)),
             Line("张桂良 范宁萍 陈睿一", (925, 217, 1108, 237)),
             Line("2017年第5期", (1679, 44, 1756, 64)), Line("·25", (2299, 42, 2336, 64)),
             Line("面向工业网关的参数辨识模型与实验验证", (1788, 107, 2227, 135)),
             Line("钟瑞庆,廖茂洋,肖睿林,东方立平", (1872, 150, 2144, 171)),
             Line("摘要：工业互联网平台为设备数据的汇聚、分析与应用提供了基础，边缘侧", (1687, 212, 2320, 232)),
             Line("关键词：边缘计算；工业互联网；故障诊断", (1688, 278, 2000, 297))]
    text = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 2400, 1100, "ocr", lines)]))
    got = extract("journal_paper", text)
    assert got.values["title"] == "面向工业网关的参数辨识模型与实验验证"
    assert got.values["authors"] == ["钟瑞庆", "廖茂洋", "肖睿林", "东方立平"]


def test_a_standard_title_with_a_lone_character_wrapped_under_it():
    """「技术要 / 求」: the last character alone on the next line still belongs to the title."""
    lines = [Line("T/CQIIA", (845, 47, 1046, 118)), Line("团体标准", (446, 220, 650, 278)),
             Line("T/CQIIA 051—2022", (793, 323, 1041, 362)),
             Line("工业互联网平台 视觉检测工位接入 技术要", (104, 590, 1000, 650)),
             Line("求", (520, 660, 570, 710)),
             Line("2022-05-31 发布", (60, 1380, 270, 1410)), Line("2022-07-04 实施", (830, 1380, 1040, 1410))]
    text = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1100, 1550, "ocr", lines)]))
    assert extract("standard", text).values["title"] == "工业互联网平台 视觉检测工位接入 技术要求"


# =========================================================================== wordings and layouts never tuned on
#
# Reports, books, standards and revenue evidence as they are printed elsewhere: other
# labels, signature blocks, staff tables in cells, CIP lines with OCR's dashes, standard
# titles in parts, contracts whose capitals and figures must agree.  Where a document does
# not settle a field, the field is left out.

def report(*pages_rows):
    return extract("technical_report", doc(*[page(*rows) for rows in pages_rows]))


REPORT_COVER = (Big("重庆市智能制造产业发展研究报告"), None)


# --------------------------------------------------------------------------- technical report: authors

def test_report_cover_with_a_bare_writers_label():
    got = report([*REPORT_COVER, At(420, "编写：张伟  王芳  李娜"), None, At(480, "二〇二三年六月")])
    assert got.values["authors"] == ["张伟", "王芳", "李娜"]


@pytest.mark.parametrize("label", ["报告编写", "撰写人", "主要编写人员", "编制人", "编写人员", "执笔人"])
def test_report_writers_under_other_labels(label):
    got = report([*REPORT_COVER, f"{label}：张伟、欧阳明、王芳", "编制日期：2023年6月"])
    assert got.values["authors"] == ["张伟", "欧阳明", "王芳"]


def test_report_signature_block_on_one_line_gives_only_the_compiler():
    """编制 wrote it; 审核 and 批准 signed it off and are no authors."""
    got = report([*REPORT_COVER, "编制：张伟    审核：李强    批准：王刚"])
    assert got.values["authors"] == ["张伟"]


def test_report_signature_block_in_cells():
    got = report([*REPORT_COVER,
                  Row((120, "编制："), (260, "张伟、王芳"), (560, "审核："), (700, "李强"), (900, "批准："), (1040, "王刚"))])
    assert got.values["authors"] == ["张伟", "王芳"]


def test_report_signature_block_without_a_compiler_names_no_author():
    got = report([*REPORT_COVER, "审核：李强    批准：王刚", "校对：赵磊"])
    assert "authors" not in got.values


def test_report_writers_with_a_date_after_them():
    got = report([*REPORT_COVER, "编制人：张伟  2023年6月"])
    assert got.values["authors"] == ["张伟"]


def test_report_writers_under_a_label_alone_wrapped_and_a_compound_surname_cut():
    got = report([*REPORT_COVER,
                  "主要编写人员（排名不分先后）：",
                  At(160, "张伟、王芳、李娜、刘洋、陈静、杨帆、诸葛"),
                  At(160, "亮、赵磊、上官婉儿"),
                  "编制日期：2023年6月"])
    assert got.values["authors"] == ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "诸葛亮", "赵磊", "上官婉儿"]


def test_report_writers_with_ocr_spacing_inside_compound_names():
    got = report([*REPORT_COVER, "撰写人：司 马 文 静  上 官 婉 儿  张 伟"])
    assert got.values["authors"] == ["司马文静", "上官婉儿", "张伟"]


def test_report_writers_label_and_names_in_separate_cells():
    got = report([*REPORT_COVER, Row((120, "编写人员"), (420, "张伟、王芳、欧阳明")), Row((120, "编制日期"), (420, "2023年6月"))])
    assert got.values["authors"] == ["张伟", "王芳", "欧阳明"]


def test_report_project_members_spaced_on_one_line():
    got = report([*REPORT_COVER, "项目组成员：张伟  王芳  欧阳明  李娜"])
    assert got.values["authors"] == ["张伟", "王芳", "欧阳明", "李娜"]


def test_report_compiling_unit_and_people_in_one_label():
    got = report([*REPORT_COVER, "编制单位及人员：重庆渝新智造科技有限公司（张伟、王芳、李娜）"])
    assert got.values["authors"] == ["张伟", "王芳", "李娜"]


def test_report_staff_table_in_cells_with_ocr_spacing_in_a_name():
    xs = (130, 260, 440, 640, 960)
    rows = [Row(*zip(xs, ("序号", "姓名", "职称", "单位", "分工")))]
    for i, (name, duty) in enumerate((("张伟", "总体负责"), ("欧 阳明", "技术方案"), ("王芳", "市场分析")), 1):
        rows.append(Row(*zip(xs, (str(i), name, "高级工程师", "重庆渝新智造科技有限公司", duty))))
    got = report([*REPORT_COVER], [Big("报告编写组"), *rows])
    assert got.values["authors"] == ["张伟", "欧阳明", "王芳"]


def test_report_staff_table_under_a_units_and_people_heading():
    got = report([*REPORT_COVER], [
        Big("编制单位及人员"),
        "序号  姓名  单位  职称  分工",
        "1  张伟  重庆渝新智造科技有限公司  高级工程师  项目负责人",
        "2  司马文静  重庆大学  教授  技术方案",
        "3  王芳  重庆渝新智造科技有限公司  工程师  经济评价",
    ])
    assert got.values["authors"] == ["张伟", "司马文静", "王芳"]


def test_report_review_experts_are_no_authors():
    got = report([*REPORT_COVER, "评审专家：钱学文、孔德明、尤立新", "审定：李强"])
    assert "authors" not in got.values


# --------------------------------------------------------------------------- books: ISBN

def book(*rows):
    return extract("book", doc(page(*rows)))


CIP = ("图书在版编目（CIP）数据", "工业互联网平台实践/张伟，王芳编著.—北京：机械工业出版社，2021.5")


@pytest.mark.parametrize("printed", [
    "ISBN 978-7-111-12345-3", "ISBN978 7 111 12345 3", "书号：ISBN 9787111123453", "国际标准书号 ISBN 978-7-111-12345-3",
    "ISBN 978–7–111–12345–3", "ISBN 978−7−111−12345−3", "ISBN 978·7·111·12345·3", "ISBN 978—7—111—12345—3",
    "ISBN：978 - 7 - 111 - 12345 - 3", "书号：978-7-111-12345-3", "I S B N 978-7-111-12345-3",
])
def test_book_isbn_as_printed_and_as_ocr_damages_it(printed):
    got = book(*CIP, printed, "2021年5月第1版")
    assert got.values["isbn"] == "9787111123453"


def test_book_isbn_with_a_bad_check_digit_is_left_out():
    got = book(*CIP, "ISBN 978-7-111-12345-4", "2021年5月第1版")
    assert "isbn" not in got.values
    assert any(code == "invalid_isbn" for _, code, _ in got.issues)


def test_book_isbn_at_the_end_of_the_cip_line():
    got = book("图书在版编目（CIP）数据", "工业互联网平台实践/张伟编著.—北京：机械工业出版社，2021.5 ISBN 978-7-302-12345-3")
    assert got.values["isbn"] == "9787302123453"
    assert got.values["date"] == "2021-05"


# --------------------------------------------------------------------------- books: date

@pytest.mark.parametrize("rows,date", [
    (["2021年5月第1版  2022年3月第2次印刷"], "2021-05"),
    (["2021年5月第1版", "2022年3月第2次印刷"], "2021-05"),
    (["印次：2022年3月第2次印刷", "版次：2021年5月第1版"], "2021-05"),
    (["出版日期：2020年8月"], "2020-08"),
    (["版次：2019年6月第1版"], "2019-06"),
    (["2018年 第1版"], "2018"),
    (["二〇二一年五月第一版"], "2021-05"),
    (["2021 年 5 月 第 1 版  2021 年 5 月 第 1 次印刷"], "2021-05"),
    (["2021年5月北京第1版"], "2021-05"),
    (["2014 年 5 月第 ] 版"], "2014-05"),
])
def test_book_edition_date_as_printed(rows, date):
    got = book("工业互联网平台实践", "张伟 编著", "机械工业出版社出版发行", "ISBN 978-7-111-12345-3", *rows)
    assert got.values["date"] == date


def test_book_date_from_the_cip_line_when_no_edition_line():
    got = book(*CIP, "ISBN 978-7-111-12345-3", "中国版本图书馆CIP数据核字（2021）第123456号")
    assert got.values["date"] == "2021-05"


def test_book_date_from_a_cip_line_wrapped_before_its_year():
    got = book("图书在版编目（CIP）数据", "工业互联网平台实践/张伟，王芳编著.—北京：机械工业出版社，", "2021.5",
               "ISBN 978-7-111-12345-3")
    assert got.values["date"] == "2021-05"


def test_book_a_later_printing_dated_alone_is_not_the_edition_date():
    """「2022年3月第1版第3次印刷」 dates the third printing; the CIP line gives the edition."""
    got = book(*CIP, "ISBN 978-7-111-12345-3", "2022年3月第1版第3次印刷")
    assert got.values["date"] == "2021-05"
    got = book("工业互联网平台实践", "张伟 编著", "ISBN 978-7-111-12345-3", "2022年3月第1版第3次印刷")
    assert "date" not in got.values


def test_book_cip_record_year_is_no_date():
    got = book("图书在版编目（CIP）数据", "ISBN 978-7-111-12345-3", "中国版本图书馆CIP数据核字（2021）第123456号")
    assert "date" not in got.values


# --------------------------------------------------------------------------- standards: title

def standard(*rows, pages=()):
    return extract("standard", doc(page(*rows), *[page(*p) for p in pages]))


def _cover(*title_rows, number="T/CQIIA 051—2022", banner="团体标准"):
    return ["ICS 25.040", "CCS J 07", Big(banner), At(900, number), None, *title_rows, None, None,
            "2022-05-31 发布          2022-07-04 实施"]


@pytest.mark.parametrize("rows,title", [
    ([Big("工业互联网平台 视觉检测工位接入 技术要求")], "工业互联网平台 视觉检测工位接入 技术要求"),
    ([Big("工业互联网平台 视觉检测工位接入"), Big("技术要求")], "工业互联网平台 视觉检测工位接入 技术要求"),
    ([Big("工业互联网平台"), Big("视觉检测工位接入"), Big("技术要求")], "工业互联网平台 视觉检测工位接入 技术要求"),
    ([Big("工业互联网平台视觉检测工位接入技术要求")], "工业互联网平台视觉检测工位接入技术要求"),
    ([Big("工业互联网平台 伺服电机接入 技术要求"), Big("第2部分：数据接口")], "工业互联网平台 伺服电机接入 技术要求 第2部分：数据接口"),
])
def test_standard_title_in_parts_and_lines(rows, title):
    assert standard(*_cover(*rows)).values["title"] == title


def _ocr_cover(title_lines, width=1240, height=1754):
    lines = [Line("ICS 25.040", (150, 100, 300, 130)), Line("团体标准", (500, 220, 740, 280)),
             Line("T/CQIIA 051—2022", (850, 330, 1090, 365)), *title_lines,
             Line("2022-05-31 发布", (150, height - 300, 380, height - 270)),
             Line("2022-07-04 实施", (860, height - 300, 1090, height - 270))]
    return DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, width, height, "ocr", lines)]))


def test_standard_title_parts_in_separate_boxes_on_one_row():
    text = _ocr_cover([Line("工业互联网平台", (160, 600, 480, 650)), Line("视觉检测工位接入", (530, 600, 900, 650)),
                       Line("技术要求", (950, 600, 1090, 650))])
    assert extract("standard", text).values["title"] == "工业互联网平台 视觉检测工位接入 技术要求"


def test_standard_title_cut_by_ocr_inside_a_word_is_glued():
    text = _ocr_cover([Line("工业互联网平台视觉", (160, 600, 570, 650)), Line("检测工位接入技术要求", (574, 600, 1030, 650))])
    assert extract("standard", text).values["title"] == "工业互联网平台视觉检测工位接入技术要求"


def test_standard_title_wrapped_at_the_full_width_inside_a_word_gets_no_space():
    text = _ocr_cover([Line("柔性夹具参数辨识系统测试方法第4部分：测", (160, 600, 1085, 650)),
                       Line("试方法", (550, 660, 700, 710))])
    assert extract("standard", text).values["title"] == "柔性夹具参数辨识系统测试方法第4部分：测试方法"


def test_standard_title_wrapped_before_its_part_keeps_the_space():
    text = _ocr_cover([Line("智能制造汽车焊装线数字孪生建模通用规范", (160, 600, 1085, 650)),
                       Line("第3部分：测试方法", (440, 660, 800, 710))])
    assert extract("standard", text).values["title"] == "智能制造汽车焊装线数字孪生建模通用规范 第3部分：测试方法"


def test_standard_title_on_a_fax_page_wider_than_high_is_no_spread():
    """A fax's 98 dpi rows make an upright page look landscape: its title still counts whole."""
    lines = [Line("ICS 35.183", (166, 48, 314, 68)), Line("重庆市地方标准", (617, 148, 1073, 186)),
             Line("DB50/T 1527—2018", (1182, 222, 1531, 245)),
             Line("数字化车间 装配生产线 数据采集规范 第3部分：", (180, 385, 1472, 426)), Line("测试方法", (719, 431, 971, 466)),
             Line("2018-12-22 发布", (152, 944, 439, 968)), Line("2019-05-30 实施", (1235, 947, 1523, 971))]
    text = DocText(ReadResult("t.tif", "0" * 64, page_count=1, pages=[Page(1, 1687, 1146, "ocr", lines)]))
    got = extract("standard", text)
    assert got.values["title"] == "数字化车间 装配生产线 数据采集规范 第3部分：测试方法"
    assert got.values["level"] == "local"


def test_industry_standard_cover_with_a_replaced_number_and_an_english_title():
    got = standard(
        "ICS 25.040.01", "CCS J 07", Big("中华人民共和国机械行业标准"), At(900, "JB/T 14321—2022"),
        At(900, "代替 JB/T 10321—2010"), None, Big("工业机器人 视觉引导系统"), Big("通用技术条件"),
        "Industrial robot—Vision guidance system—General specification", None,
        "2022-04-21 发布          2022-10-01 实施", Big("中华人民共和国工业和信息化部 发布"))
    assert got.values["standard_number"] == "JB/T 14321-2022"
    assert got.values["level"] == "industry"
    assert got.values["title"] == "工业机器人 视觉引导系统 通用技术条件"


def test_enterprise_standard_cover():
    got = standard(*_cover(Big("伺服电机驱动器 出厂检验规范"), number="Q/CQYX 001—2023",
                           banner="重庆渝新智造科技有限公司企业标准"))
    assert got.values["standard_number"] == "Q/CQYX 001-2023"
    assert got.values["level"] == "enterprise"
    assert got.values["title"] == "伺服电机驱动器 出厂检验规范"


def test_three_page_standard_takes_the_covers_title():
    got = standard(*_cover(Big("冶金设备 在线监测系统"), Big("技术规范"), number="YB/T 6001—2021",
                           banner="中华人民共和国黑色冶金行业标准"),
                   pages=[["YB/T 6001—2021", Big("目次"), "前言 ………… Ⅱ", "1 范围 ………… 1"],
                          ["YB/T 6001—2021", Big("冶金设备 在线监测系统 技术规范"), "1 范围",
                           "本文件规定了冶金设备在线监测系统的技术要求。"]])
    assert got.values["standard_number"] == "YB/T 6001-2021"
    assert got.values["title"] == "冶金设备 在线监测系统 技术规范"


# --------------------------------------------------------------------------- revenue: amount

CONTRACT = (Big("工业机器人销售合同"), "甲方：重庆长江精密机械有限公司", "乙方：重庆渝新智造科技有限公司")


@pytest.mark.parametrize("rows", [
    ["合同总金额（大写）：叁佰贰拾伍万陆仟捌佰元整", "合同总金额（小写）：¥3,256,800.00"],
    ["合同价款：人民币（大写）叁佰贰拾伍万陆仟捌佰元整（¥3,256,800.00）"],
    ["合同总价：325.68万元（大写：叁佰贰拾伍万陆仟捌佰元整）"],
    ["合同总金额为人民币 3 256 800.00 元（大写：叁佰贰拾伍万陆仟捌佰元整）"],
    [Row((120, "合同价款（大写）"), (520, "叁佰贰拾伍万陆仟捌佰元整")), Row((120, "合同价款（小写）"), (520, "¥3,256,800.00"))],
    [Row((120, "合同总金额"), (400, "¥3,256,800.00"), (760, "大写：叁佰贰拾伍万陆仟捌佰元整"))],
    [Row((120, "合同价款（大写）"), (520, "叁佰贰拾伍万陆仟捌佰元整")), Row((120, "（小写）"), (520, "¥3,256,800.00"))],
    ["合同总金额：人民币（大写）叁佰贰拾伍万陆仟捌佰元整", "（小写）¥3,256,800.00"],
])
def test_contract_total_in_figures_and_capitals(rows):
    assert revenue([*CONTRACT, *rows, "签订日期：2022年3月15日"]).values["amount_wan"] == pytest.approx(325.68)


@pytest.mark.parametrize("rows", [
    ["合同总金额（大写）：叁佰贰拾伍万陆仟捌佰元整", "合同总金额（小写）：¥3,265,800.00"],
    [Row((120, "合同价款（大写）"), (520, "叁佰贰拾伍万陆仟捌佰元整")), Row((120, "合同价款（小写）"), (520, "¥3,265,800.00"))],
    ["合同总价：326.58万元（大写：叁佰贰拾伍万陆仟捌佰元整）"],
    [Row((120, "合同价款（大写）"), (520, "叁佰贰拾伍万陆仟捌佰元整")), Row((120, "（小写）"), (520, "¥3,265,800.00"))],
    ["合同总金额：人民币（大写）叁佰贰拾伍万陆仟捌佰元整", "（小写）¥3,265,800.00"],
])
def test_contract_total_whose_figures_and_capitals_disagree_is_left_out(rows):
    assert "amount_wan" not in revenue([*CONTRACT, *rows, "签订日期：2022年3月15日"]).values


@pytest.mark.parametrize("sentence,wan", [
    ("兹证明，我公司2022年度实现销售收入3,256.80万元。", 3256.8),
    ("兹证明，我公司2022年度实现销售收入 3 256.80 万元。", 3256.8),
    ("我公司2022年度销售收入为人民币32,568,000.00元（大写：叁仟贰佰伍拾陆万捌仟元整）。", 3256.8),
])
def test_finance_certificate_revenue(sentence, wan):
    got = revenue([Big("财务证明"), sentence, "特此证明。", At(760, "重庆渝新智造科技有限公司"), At(800, "2023年3月1日")])
    assert got.values["amount_wan"] == pytest.approx(wan)


def test_finance_certificate_whose_capitals_disagree_is_left_out():
    got = revenue([Big("财务证明"), "我公司2022年度销售收入为人民币32,568,000.00元（大写：叁仟贰佰伍拾陆万玖仟元整）。",
                   At(760, "重庆渝新智造科技有限公司"), At(800, "2023年3月1日")])
    assert "amount_wan" not in got.values


def test_revenue_of_several_years_takes_the_year_of_the_title():
    got = revenue([Big("2022年度销售收入证明"),
                   "我公司2021年度实现销售收入2,100.00万元，2022年度实现销售收入3,256.80万元。",
                   At(760, "重庆渝新智造科技有限公司"), At(800, "2023年3月1日")])
    assert got.values["amount_wan"] == pytest.approx(3256.8)


def test_revenue_of_several_years_without_a_year_of_its_own_is_left_out():
    got = revenue([Big("销售收入证明"),
                   "我公司2021年度实现销售收入2,100.00万元，2022年度实现销售收入3,256.80万元。",
                   At(760, "重庆渝新智造科技有限公司"), At(800, "2023年3月1日")])
    assert "amount_wan" not in got.values


def test_income_statement_with_current_and_prior_period_columns():
    got = revenue([Big("重庆渝新智造科技有限公司2022年度审计报告"), "利润表", "单位：元",
                   "项目  本期金额  上期金额",
                   "一、营业收入  32,568,000.00  21,000,000.00",
                   "减：营业成本  20,000,000.00  15,000,000.00"])
    assert got.values["amount_wan"] == pytest.approx(3256.8)


def test_income_statement_with_a_notes_column():
    got = revenue([Big("重庆渝新智造科技有限公司2022年度审计报告"), "利润表", "单位：元",
                   "项目  附注  2022年度  2021年度",
                   "一、营业收入  五、30  32,568,000.00  21,000,000.00",
                   "减：营业成本  五、30  20,000,000.00  15,000,000.00"])
    assert got.values["amount_wan"] == pytest.approx(3256.8)


def test_income_statement_cell_with_ocr_damaged_separators():
    """OCR reads a comma as a point (3.256,800.00): the groups still say where the point is."""
    got = revenue([Big("审计报告"), "我们审计了贵公司2022年12月31日的资产负债表，2022年度的利润表。", "单位：元",
                   Row((700, "项目"), (900, "2021年度"), (1080, "2022年度")),
                   Row((700, "一、营业收入"), (880, "21,000,000.00"), (1060, "3.256,800.00"))])
    assert got.values["amount_wan"] == pytest.approx(325.68)


def _summary_rows(total_label, total):
    xs = (120, 220, 560, 760, 900, 1040)
    rows = [Row(*zip(xs, ("序号", "发票号码", "开票日期", "金额", "税额", "价税合计")))]
    for i, (net, tax, gross) in enumerate((("353,982.30", "46,017.70", "400,000.00"),
                                           ("442,477.88", "57,522.12", "500,000.00"),
                                           ("265,486.73", "34,513.27", "300,000.00")), 1):
        rows.append(Row(*zip(xs, (str(i), f"2350200000001234567{i}", "2023-03-02", net, tax, gross))))
    rows.append(Row((120, total_label), (760, "1,061,946.91"), (900, "138,053.09"), (1040, total)))
    return rows


def test_invoice_summary_whose_total_label_ocr_lost_is_read_when_the_rows_add_up():
    got = revenue([Big("销售发票汇总表"), "编制单位：重庆渝新智造科技有限公司  金额单位：元", *_summary_rows("含it", "1,200,000.00")])
    assert got.values["amount_wan"] == pytest.approx(120.0)


def test_invoice_summary_whose_total_label_ocr_lost_and_rows_disagree_is_left_out():
    got = revenue([Big("销售发票汇总表"), "编制单位：重庆渝新智造科技有限公司  金额单位：元", *_summary_rows("含it", "1,300,000.00")])
    assert "amount_wan" not in got.values


def test_invoice_summary_total_with_a_damaged_separator_checked_by_the_rows():
    got = revenue([Big("销售发票汇总表"), "金额单位：元", *_summary_rows("合计", "1.200.000.00")])
    assert got.values["amount_wan"] == pytest.approx(120.0)


def test_audit_report_dated_on_its_opinion_page_before_the_statement():
    got = revenue(["审计报告", "我们审计了重庆渝新智造科技有限公司2022年度的利润表。", None, None, None, None, None, None,
                   None, None, None, None, None, None, None, None, None, None, None, None, None, None,
                   At(760, "中国注册会计师：张伟"), At(800, "二〇二三年三月二十四日")],
                  [Big("利润表（摘要）"), "单位：元", "项目  2021年度  2022年度",
                   "一、营业收入  21,000,000.00  32,568,000.00"])
    assert got.values["date"] == "2023-03-24"
    assert got.values["amount_wan"] == pytest.approx(3256.8)


def test_report_staff_table_whose_duty_column_names_the_leader():
    """项目负责人 in the 分工 column is a cell of the table, not a label heading a value."""
    xs = (130, 260, 440, 700, 960)
    rows = [Row(*zip(xs, ("序号", "姓名", "职称", "分工", "签字")))]
    for i, (name, duty) in enumerate((("欧阳健", "项目负责人"), ("梁楠", "投资估算"), ("魏萍林", "市场分析")), 1):
        rows.append(Row(*zip(xs[:4], (str(i), name, "高级工程师", duty))))
    got = report([*REPORT_COVER, At(400, "编制单位：重庆数字工厂技术研究中心")], [Big("编制人员名单"), *rows])
    assert got.values["authors"] == ["欧阳健", "梁楠", "魏萍林"]


def test_contract_payment_clauses_naming_the_total_again_are_no_restatement():
    got = revenue([*CONTRACT, "合同总金额：人民币叁佰贰拾伍万陆仟捌佰元整（¥3,256,800.00）",
                   "合同总金额的30%即97.704万元作为预付款，合同签订后7日内支付。",
                   "合同总金额 1. 预付款：人民币97.704万元", "签订日期：2022年3月15日"])
    assert got.values["amount_wan"] == pytest.approx(325.68)


def test_report_compiler_label_with_only_a_date_names_no_author():
    got = report([*REPORT_COVER, "编制：2023年6月", At(160, "李强、王刚")])
    assert "authors" not in got.values


@pytest.mark.parametrize("rows", [
    ["合同金额（万元）：325.68"],
    [Row((120, "合同金额（万元）"), (520, "325.68"))],
    ["合同总价（单位：万元）：325.68"],
])
def test_contract_total_with_its_unit_in_the_label(rows):
    assert revenue([*CONTRACT, *rows, "签订日期：2022年3月15日"]).values["amount_wan"] == pytest.approx(325.68)


def _finance_table(*rows, title="财务证明"):
    xs = (160, 420, 700, 960)
    cells = [Row(*zip(xs, ("年度", "销售收入（万元）", "利润总额（万元）", "纳税额（万元）")))]
    cells += [Row(*zip(xs, r)) for r in rows]
    return revenue([Big(title), "兹证明我公司近年经营情况如下：", *cells, "特此证明。",
                    At(760, "重庆渝新智造科技有限公司"), At(800, "2023年3月1日")])


def test_finance_table_of_years_takes_its_total_row():
    got = _finance_table(("2021年", "2,100.00", "300.00", "120.00"), ("2022年", "3,256.80", "450.00", "180.00"),
                         ("合计", "5,356.80", "750.00", "300.00"))
    assert got.values["amount_wan"] == pytest.approx(5356.8)


def test_finance_table_of_years_takes_the_year_of_its_title():
    got = _finance_table(("2021年", "2,100.00", "300.00", "120.00"), ("2022年", "3,256.80", "450.00", "180.00"),
                         title="2022年度财务状况证明")
    assert got.values["amount_wan"] == pytest.approx(3256.8)


def test_finance_table_of_years_without_a_year_of_its_own_is_left_out():
    got = _finance_table(("2021年", "2,100.00", "300.00", "120.00"), ("2022年", "3,256.80", "450.00", "180.00"))
    assert "amount_wan" not in got.values


def test_finance_table_of_items_with_the_unit_in_its_header():
    got = revenue([Big("2022年度销售收入证明"), Row((160, "项目"), (600, "金额（万元）")),
                   Row((160, "销售收入"), (600, "3,256.80")), Row((160, "利润总额"), (600, "450.00")),
                   At(760, "重庆渝新智造科技有限公司"), At(800, "2023年3月1日")])
    assert got.values["amount_wan"] == pytest.approx(3256.8)


def test_report_topic_leader_and_a_member_table():
    xs = (130, 260, 440, 700, 960)
    rows = [Row(*zip(xs, ("序号", "姓名", "单位", "职称", "承担任务")))]
    for i, name in enumerate(("王芳", "欧阳明", "李娜"), 1):
        rows.append(Row(*zip(xs, (str(i), name, "重庆大学", "教授", "技术研究"))))
    got = report([*REPORT_COVER, Row((120, "课题负责人"), (420, "张伟")), "课题组成员", *rows])
    assert got.values["authors"] == ["张伟", "王芳", "欧阳明", "李娜"]


def test_report_members_listed_under_a_heading_alone():
    got = report([*REPORT_COVER, Big("编写组"), At(300, "张伟  王芳  欧阳明"), At(300, "李娜  刘洋")])
    assert got.values["authors"] == ["张伟", "王芳", "欧阳明", "李娜", "刘洋"]


def test_report_signature_table_with_its_roles_as_a_header_row():
    """编制 | 审核 | 批准 over the names: the compiler is the name under 编制, never 审核."""
    got = report([*REPORT_COVER, Row((160, "编制"), (500, "审核"), (840, "批准")),
                  Row((160, "张伟"), (500, "李强"), (840, "王刚"))])
    assert got.values["authors"] == ["张伟"]
    got = report([*REPORT_COVER, Row((160, "审核"), (500, "批准")), Row((160, "李强"), (500, "王刚"))])
    assert "authors" not in got.values


def test_report_staff_table_with_letter_spaced_headers():
    got = report([*REPORT_COVER], [
        Big("主要编写人员"),
        "序 号  姓 名  职 称  单 位  分 工",
        "1  张伟  高级工程师  重庆渝新智造科技有限公司  总体负责",
        "2  上官婉儿  工程师  重庆大学  技术方案",
    ])
    assert got.values["authors"] == ["张伟", "上官婉儿"]
    xs = (130, 260, 440, 700)
    rows = [Row(*zip(xs, ("序 号", "姓 名", "职 称", "分 工")))]
    rows += [Row(*zip(xs, (str(i), n, "工程师", "技术方案"))) for i, n in enumerate(("张伟", "上官婉儿"), 1)]
    assert report([*REPORT_COVER], [Big("课题组成员"), *rows]).values["authors"] == ["张伟", "上官婉儿"]


@pytest.mark.parametrize("isbn_line", ["ISBN 978–7–111–65432–2", "I S B N 978·7·111·65432·2", "书号：978-7-111-65432-2"])
def test_a_book_whose_isbn_ocr_damaged_is_still_a_book(isbn_line):
    """The classifier finds the ISBN through idscan, where the damage is undone once."""
    from classifiers import classify

    text = doc(page(Big("智能制造系统集成技术"), "王建国 主编", "机械工业出版社", None,
                    "图书在版编目（CIP）数据", "智能制造系统集成技术/王建国主编. —北京：机械工业出版社，2020.6",
                    isbn_line, "2020年6月第1版第1次印刷"))
    assert classify(text).doc_type == "book"
    assert extract("book", text).values["isbn"] == "9787111654322"
