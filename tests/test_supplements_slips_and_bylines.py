"""What probe I (115 pages by a tester who read no code, on the fields readers do worst) found
wrong, each typed again in other names: a supplementary agreement's sum and day, a bank slip's
sides, sum and day, a journal whose running head gives the year alone or prints its name on a
line of its own, a byline on two lines, and a report under a generic heading."""

from __future__ import annotations

from extractor.doctypes import doctype
from tests.typed_pages import Big, Row, Sized, doc, page


def _revenue(*rows) -> dict:
    return doctype("revenue_proof").extract(doc(page(*rows))).values


def _paper(*rows) -> dict:
    return doctype("journal_paper").extract(doc(page(*rows))).values


def test_a_supplement_gives_the_sum_the_contract_was_changed_to_and_its_own_day():
    fields = _revenue(Big("《数控产线改造合同》补充协议"), "甲方：重庆渝北精工机械有限公司", "乙方：重庆云岭控制技术有限公司",
                      "双方于2021年4月6日签订《数控产线改造合同》（原合同价210万元）。因增加检测工位，经协商，本补充协议",
                      "签订后，合同总金额由原来的210万元调整为265万元，新增部分55万元于验收后支付。",
                      Row((120, "甲方（盖章）"), (700, "乙方（盖章）")), "2021年10月15日 2021年10月15日")
    assert fields["amount_wan"] == 265
    assert str(fields["date"]) == "2021-10-15"


def test_a_supplement_stating_only_its_increase_gives_the_increase_not_the_original_sum():
    fields = _revenue(Big("补充协议（一）"), "甲方：重庆渝北精工机械有限公司", "乙方：重庆云岭控制技术有限公司",
                      "鉴于甲乙双方于2022年3月1日签订《激光切割机采购合同》（原合同金额180万元），双方同意：",
                      "一、合同金额增加人民币30万元（大写：叁拾万元整）。",
                      Row((120, "甲方（盖章）"), (700, "乙方（盖章）")), Row((120, "2022年9月9日"), (700, "2022年9月9日")))
    assert fields.get("amount_wan") in (30, 210)
    assert str(fields.get("date")) == "2022-09-09"


def test_the_new_total_stated_on_the_next_line_after_变更为():
    fields = _revenue(Big("《仓储系统集成合同》补充协议"), "甲方：重庆渝北精工机械有限公司", "乙方：重庆云岭控制技术有限公司",
                      "原合同金额为人民币400万元。", "二、新增费用：人民币伍拾万元整（¥500,000.00）。调整后原合同总金额变更为",
                      "人民币肆佰伍拾万元整（¥4,500,000.00）。", "签订日期：2020年6月18日")
    assert fields["amount_wan"] == 450


def test_a_bank_slip_in_a_text_layer_gives_both_holders_its_sum_and_its_own_day():
    fields = _revenue(Big("中国农业银行 单位客户专用回单"), "币别：人民币 2023年04月17日 流水号：5500012304170001",
                      "付款人 全称 重庆綦江齿轮传动有限公司 收款人 全称 重庆云岭控制技术有限公司",
                      "账号 3100023409200011111 账号 50001083600050222222",
                      "大写金额 人民币壹佰贰拾万元整 小写金额 ¥1,200,000.00",
                      "用途 支付合同QJ-2022-118货款（合同总额360万元）第一期 交易渠道 网上银行",
                      "打印日期：2023年05月02日 回单编号：20230417000111")
    assert fields["amount_wan"] == 120
    assert fields["parties"] == ["重庆綦江齿轮传动有限公司", "重庆云岭控制技术有限公司"]
    assert str(fields["date"]) == "2023-04-17"


def test_a_running_head_that_gives_the_year_alone_dates_the_paper_not_its_received_date():
    fields = _paper("第38卷 增刊2 机 床 与 液 压 Vol.38 Suppl.2", "2019年 Machine Tool & Hydraulics 2019",
                    Big("数控机床主轴热误差补偿方法"), "谭雨1,司马卓2", "（1.重庆大学，重庆 400044；2.重庆机床集团，重庆 400055）",
                    "摘 要：提出一种主轴热误差补偿方法。", "关键词：数控机床；热误差", "中图分类号：TH161", None, None,
                    "收稿日期：2019-03-11")
    assert str(fields["date"]) == "2019"


def test_the_frequency_is_no_journal_and_a_name_over_a_pinyin_head_is():
    fields = _paper(Sized("岩土工程学报", 28), "YANTU GONGCHENG XUEBAO 2022年 第5期（月刊）", Big("山区高填方路基沉降预测"),
                    "黎川1,欧阳宁2", "（1.重庆交通大学，重庆 400074；2.招商局重庆交通科研设计院，重庆 400067）",
                    "摘 要：建立了沉降预测模型。", "关键词：高填方；沉降")
    assert fields["journal"] == "岩土工程学报"


def test_a_name_under_an_english_masthead():
    fields = _paper("Vol. 29 No. 8 CHINA MECHANICAL ENGINEERING Aug. 2018", "中国机械工程", Big("齿轮箱故障诊断的迁移学习方法"),
                    "冉东,罗娟", "（重庆大学 机械学院，重庆 400044）", "摘 要：提出一种迁移学习方法。", "关键词：故障诊断")
    assert fields["journal"] == "中国机械工程"


def test_a_byline_on_two_lines_is_read_whole():
    fields = _paper("第40卷 第7期 中国电机工程学报 Vol.40 No.7", "2020年4月5日 Proceedings of the CSEE Apr. 5, 2020",
                    Big("配电网故障定位的图神经网络方法"), "何川1,冉东1,罗娟2,宋雨2", "邓杰1,欧阳宁3,蒋琪3",
                    "（1.国网重庆市电力公司，重庆 400015；2.重庆大学，重庆 400044；3.南瑞集团有限公司，江苏 南京 211106）",
                    "摘 要：提出一种故障定位方法。", "关键词：配电网；故障定位")
    assert fields["authors"] == ["何川", "冉东", "罗娟", "宋雨", "邓杰", "欧阳宁", "蒋琪"]


def test_a_reports_generic_heading_over_its_name():
    fields = doctype("technical_report").extract(doc(page(
        Big("技术研究报告"), Sized("大型铸件砂型3D打印工艺研究", 34), None, None, "报告编号：CQZZ-TR-2021-007",
        "完成单位：重庆长征重工有限责任公司", "完成日期：2021年9月", "编写：冉东、罗娟 审核：何川 批准：宋雨"))).values
    assert fields["title"] == "大型铸件砂型3D打印工艺研究"


def test_a_projects_closing_report_is_a_report():
    from tests.typed_certificates import read

    document = read("“齿轮箱壳体柔性加工生产线”", "项目总结报告", "项目承担单位：重庆綦江齿轮传动有限公司", "项目负责人：冉东",
                    "报告撰写人：冉东、罗娟、何川", "报告日期：2023年12月20日", name="罗娟")
    assert document.doc_type == "technical_report"
    assert document.fields.get("authors") == ["冉东", "罗娟", "何川"]


def _acceptance(*rows) -> dict:
    return doctype("project_acceptance").extract(doc(page(*rows))).values


def test_a_verdict_quoted_after_结论为_is_a_pass():
    fields = _acceptance(Big("课题综合绩效评价结论书"), "课题名称：山地风电机组智能运维平台研发", "课题负责人：冉东",
                         "评价时间：2024年3月8日", "评价结论：课题完成了任务书规定的考核指标，综合绩效评价结论为“通过”。",
                         "课题主要参加人员", "序号 姓名 职称 工作单位", "1 冉东 教授 重庆大学", "2 罗娟 高级工程师 重庆大学")
    assert fields["passed"] is True


def test_members_under_主要参加人_spaced_and_under_参研人员():
    spaced = _acceptance(Big("万州区科技计划项目验收证书"), "项目名称：柑橘分选线视觉检测系统", "项目负责人：何川",
                         "主要参加人：冉东 罗娟 宋雨", "组织验收单位：万州区科学技术局", "验收日期：2023年6月2日", "验收结论：通过。")
    assert spaced["members"] == ["冉东", "罗娟", "宋雨"]
    listed = _acceptance(Big("项目验收意见表"), "项目名称 丘陵果园运输机器人研发", "项目主持人 何川", "参研人员 冉东,罗娟,宋雨",
                         "验收意见 项目完成了合同约定的考核指标，同意通过验收。")
    assert listed["members"] == ["冉东", "罗娟", "宋雨"]
