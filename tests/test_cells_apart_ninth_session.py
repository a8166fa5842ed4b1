"""Layouts the ninth session's probes found read wrong, one test per cause.

Each test builds its page the way the probe's document was built (a real PDF with a text
layer, or typed OCR lines) and checks the value a reviewer would read off the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import ReadOptions, read_file
from extractor.doctypes import doctype
from extractor.text import DocText
from tests.test_audit import claim

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
NO_OCR = ReadOptions(use_cache=False, max_ocr_pages=0)


def _page():
    """A PDF with one page and a CJK font, to lay out cells on (a real text layer)."""
    from fpdf import FPDF

    if not FONT.exists():
        pytest.skip(f"CJK font {FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    pdf = FPDF()
    pdf.add_font("zh", fname=str(FONT))
    pdf.add_page()
    return pdf


def _grid_pdf(path: Path, rows: list[list[str]]) -> Path:
    """An internal acceptance report whose members stand one to a cell, letter-spaced."""
    pdf = _page()
    pdf.set_font("zh", size=16)
    pdf.cell(0, 12, "研发项目验收报告", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("zh", size=10)
    pdf.cell(0, 8, "项目名称：设备预测性维护APP V2.0", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "项目成员：", new_x="LMARGIN", new_y="NEXT")
    for row in rows:
        for name in row:
            pdf.cell(40, 8, name, border=1, align="C")
        pdf.ln(8)
    pdf.cell(0, 8, "验收结论：合格", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "验收日期：2023年12月26日", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_a_text_layer_keeps_the_gap_between_cells_wider_than_a_letter_space(tmp_path):
    pdf = _grid_pdf(tmp_path / "grid.pdf", [["乔  羽", "边  疆", "柏  松", "仉  磊"], ["水  冰", "于  洋"]])
    result = read_file(pdf, NO_OCR)
    rows = [line.text for line in result.pages[0].lines if line.text.startswith(("乔", "水"))]
    assert [r.split("   ") for r in rows] == [["乔 羽", "边 疆", "柏 松", "仉 磊"], ["水 冰", "于 洋"]]


def test_letter_spaced_names_one_to_a_cell_are_the_members(tmp_path):
    pdf = _grid_pdf(tmp_path / "grid.pdf", [["乔  羽", "边  疆", "柏  松", "仉  磊"], ["水  冰", "于  洋"]])
    fields = doctype("project_acceptance").extract(DocText(read_file(pdf, NO_OCR)))
    assert fields.values.get("members") == ["乔羽", "边疆", "柏松", "仉磊", "水冰", "于洋"]


def test_a_sale_of_stock_or_raw_material_is_no_sale_of_the_field():
    """第十六条（七）: achievements are those of the field applied for.  Selling off steel
    plate from stock is the unit's revenue, not a product of 工业互联网与智能制造."""
    from tests.test_papers_that_show_nothing_yet_probe_w import _contract, _counted

    cite = [claim(0, ["合同.pdf"], kind="revenue", amount_wan=1100, date="2023-06-12", role="participant")]
    steel = _contract("合同.pdf", "钢材购销合同合同编号:GC-2023-011卖方(乙方):重庆渝新智能装备有限公司"
                                 "标的:Q235B热轧钢板(库存物资处置)数量3000吨")
    counted, issues = _counted([steel], cite)
    assert counted == [] and any("第十六条（七）" in i["message"] and i.get("needs_review") for i in issues)
    disposal = _contract("合同.pdf", "资产转让合同…乙方:重庆渝新智能装备有限公司…转让闲置物资一批")
    assert _counted([disposal], cite)[0] == []
    # a line that cuts steel plate is the field's product, though it names the plate
    line = _contract("合同.pdf", "钢板智能切割生产线销售合同卖方(乙方):重庆渝新智能装备有限公司…含MES数据采集系统")
    assert _counted([line], cite)[0] == [0]


def _graduate(**fields):
    from tests.test_audit import doc

    paper = doc("毕业证书.pdf", "degree_certificate", holder="喻晨曦", **fields)
    paper.text_source = "text_layer"
    return paper


def test_a_graduate_diploma_is_no_masters_degree():
    """第十条: 具备硕士学位 … 满2年, else 大学本科学历或学士学位 … 满4年.  A 研究生毕业证书 that
    confers nothing shows a 研究生学历 (above 本科学历), not the degree: the master's path is
    closed until the 学位证书 is shown."""
    from rules.case import Applicant
    from rules.dates import PartialDate
    from rules.vocabulary import Education, Title
    from zhicheng.audit import check_profile

    master = Applicant(education=Education.MASTER, current_title=Title.ASSISTANT_ENGINEER, target_title=Title.ENGINEER,
                       name="喻晨曦", current_title_date=PartialDate.parse("2022-06-30"))
    diploma = _graduate(education="master", conferred=False, date="2021-06-30")
    applicant, issues = check_profile([diploma], master, PartialDate.parse("2025-12-31"))
    assert applicant.education is Education.BACHELOR and "education" in applicant.shown
    assert [i["code"] for i in issues if i["severity"] == "error"] == ["education_mismatch"]
    assert any("硕士学位以学位证书为准" in i["message"] for i in issues)
    degree = _graduate(education="master", conferred=True, date="2021-06-30")
    applicant, issues = check_profile([diploma, degree], master, PartialDate.parse("2025-12-31"))
    assert applicant.education is Education.MASTER and not [i for i in issues if i["code"] == "education_mismatch"]
    # a doctor's diploma alone is no 博士学位 either
    doctor = Applicant(**{**vars(master), "education": Education.DOCTORATE})
    applicant, _ = check_profile([_graduate(education="doctorate", conferred=False, date="2021-06-30")], doctor)
    assert applicant.education is Education.BACHELOR


def test_a_degree_dated_after_the_day_judged_to_is_not_yet_held():
    from rules.case import Applicant
    from rules.dates import PartialDate
    from rules.vocabulary import Education, Title
    from zhicheng.audit import check_profile

    bachelor = Applicant(education=Education.BACHELOR, current_title=Title.NONE, target_title=Title.TECHNICIAN,
                         name="喻晨曦")
    later = _graduate(education="bachelor", date="2026-06-30")
    applicant, issues = check_profile([later], bachelor, PartialDate.parse("2025-12-31"))
    assert "education" not in applicant.shown
    assert [(i["severity"], i["code"]) for i in issues] == [("error", "future_date")]
    applicant, issues = check_profile([_graduate(education="bachelor", date="2025-06-30")], bachelor,
                                      PartialDate.parse("2025-12-31"))
    assert "education" in applicant.shown and not issues


def test_the_reader_tells_a_conferred_degree_from_a_graduates_diploma(tmp_path):
    from tests.test_reading import make_pdf

    diploma = make_pdf(tmp_path / "d.pdf", ["毕业证书\n研究生喻晨曦，女，1995年3月生，于2018年9月至2021年6月在本校机械工程专业学习，"
                                              "修完硕士研究生培养计划规定的全部课程，成绩合格，准予毕业。\n重庆大学\n二〇二一年六月三十日"])
    degree = make_pdf(tmp_path / "g.pdf", ["硕士学位证书\n喻晨曦，女，1995年3月生。在重庆大学机械工程学科完成硕士学位研究生的学习计划，"
                                             "业已通过论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予工学硕士学位。\n2021年6月30日"])
    read = [doctype("degree_certificate").extract(DocText(read_file(p, NO_OCR))).values for p in (diploma, degree)]
    assert [(v.get("education"), v.get("conferred")) for v in read] == [("master", False), ("master", True)]


def _read(kind: str, *rows) -> dict:
    from tests.typed_pages import doc, page

    return doctype(kind).extract(doc(page(*rows))).values


def test_a_research_groups_deputy_stands_between_its_leader_and_members():
    from tests.typed_pages import Big

    values = _read("technical_report", Big("制造业企业数字化转型成熟度评价与推进路径研究"), Big("研究报告"),
                   "承担单位：重庆工商大学", "课题组组长：石磊", "课题组副组长：阎秀芝",
                   "课题组成员：丁一鸣、王芳菲、邓凯、龙海涛（按姓氏笔画排序）", "2024年3月")
    assert values["authors"] == ["石磊", "阎秀芝", "丁一鸣", "王芳菲", "邓凯", "龙海涛"]


def test_a_plans_leading_group_did_not_write_it_its_working_group_did():
    from tests.typed_pages import Big, Row

    values = _read("technical_report", Big("重庆市大足区“十四五”制造业高质量发展规划"), Big("编制说明"),
                   "本规划由大足区经济和信息化委员会组织编制，成立规划编制领导小组和编制工作组，具体如下：",
                   "一、编制领导小组", "组 长：冉光辉（区政府副区长）", "副组长：蒲建新（区经济信息委主任）",
                   "成 员：区发展改革委、区财政局、区科技局分管负责同志", "二、编制工作组",
                   Row((120, "序号"), (240, "姓名"), (480, "单位"), (860, "分工")),
                   Row((120, "1"), (240, "母志强"), (480, "区经济信息委"), (860, "组长，总体统筹")),
                   Row((120, "2"), (240, "谯丽"), (480, "重庆大学"), (860, "产业分析")),
                   Row((120, "3"), (240, "涂少伟"), (480, "区经济信息委"), (860, "园区布局")),
                   "2022年4月")
    assert values.get("authors") == ["母志强", "谯丽", "涂少伟"]


def test_a_team_with_each_place_noted_after_the_name():
    from tests.typed_pages import Big

    values = _read("award_certificate", Big("中国兵器装备集团有限公司"), Big("科学技术奖"),
                   "获奖项目：轻量化铝合金副车架低压铸造工艺", "获奖等级：一等奖",
                   "获奖人员：冼国栋（排名1） 温婉（排名2） 蓬勃（排名3） 钮昊（排名", "4）",
                   "中国兵器装备集团有限公司", "2022年11月")
    assert values.get("holders") == ["冼国栋", "温婉", "蓬勃", "钮昊"] and "rank" not in values


def test_an_award_named_in_a_sentence_loses_its_verb():
    from tests.typed_pages import Big

    values = _read("award_certificate", Big("荣誉证书"),
                   "苑立新同志主持完成的“基于工业大数据的高炉炉况智能诊断”被评为重庆市企业管理现代化创新成果二等奖。",
                   "特发此证。", "重庆市企业联合会", "2023年8月")
    assert values.get("award_name") == "重庆市企业管理现代化创新成果"


def _typed(*rows):
    from classifiers import classify
    from tests.typed_pages import doc, page

    text = doc(page(*rows))
    kind = classify(text)
    return kind.doc_type, doctype(kind.doc_type).extract(text).values if kind.doc_type != "unknown" else {}


def test_a_buyers_order_confirmation_is_a_sale_not_a_recognition():
    from tests.typed_pages import At, Big

    kind, values = _typed(Big("订单确认函"), "致：重庆渝微电子技术研究院有限公司",
                          "贵司2023年10月30日报价单（编号YW-BJ-231030）已收悉。经我司审核，确认向贵司采",
                          "购“功率模块老化测试系统”1套，含税总价56.7万元，交货期45天，付款方式为到货验收后一",
                          "次性支付。", At(700, "华润微电子（重庆）有限公司"), At(800, "采购部"), At(760, "2023年11月3日"))
    assert kind == "revenue_proof" and values.get("amount_wan") == 56.7 and values.get("date") == "2023-11-03"


def test_a_delivery_note_under_a_contract_is_a_sale_with_both_sides():
    from tests.typed_pages import Big, Row

    kind, values = _typed(Big("产品交付验收单"),
                          Row((120, "合同编号"), (300, "HT-2023-0712"), (640, "合同金额"), (820, "¥865,000.00")),
                          Row((120, "用户单位"), (300, "重庆水务集团股份有限公司"), (640, "供货单位"), (820, "重庆智水环境科技有限公司")),
                          Row((120, "产品名称"), (300, "智能加药控制系统"), (640, "数量"), (820, "2套")),
                          Row((120, "验收日期"), (300, "2023年11月7日"), (640, "验收结论"), (820, "合格")),
                          "用户单位意见：设备安装调试完毕，运行正常，同意验收。")
    assert kind == "revenue_proof"
    assert values.get("parties") == ["重庆水务集团股份有限公司", "重庆智水环境科技有限公司"] and values.get("amount_wan") == 86.5


def test_a_statement_of_account_in_a_text_layer(tmp_path):
    pdf = _page()
    pdf.set_font("zh", size=15)
    pdf.cell(0, 10, "2023年度货款结算对账单", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("zh", size=10)
    for cells in (["客户：重庆隆鑫机车有限公司", "供应商：重庆渝江压铸有限公司"], ["月份", "发货金额（元）", "已付金额（元）"],
                  ["7月", "412,300.00", "412,300.00"], ["8月", "388,650.00", "388,650.00"],
                  ["合计", "800,950.00", "800,950.00"], ["双方核对无误。"], ["客户确认（盖章）：", "供应商（盖章）："],
                  ["2024年1月8日", "2024年1月5日"]):
        for cell in cells:
            pdf.cell(90 if len(cells) == 2 else 60, 8, cell)
        pdf.ln(8)
    pdf.output(str(tmp_path / "对账单.pdf"))
    text = DocText(read_file(tmp_path / "对账单.pdf", NO_OCR))
    from classifiers import classify

    assert classify(text).doc_type == "revenue_proof"
    values = doctype("revenue_proof").extract(text).values
    assert values.get("parties") == ["重庆隆鑫机车有限公司", "重庆渝江压铸有限公司"]
    assert values.get("amount_wan") == 80.095 and values.get("date") == "2024-01-08"


def test_a_request_for_quotations_sells_nothing():
    from tests.typed_pages import Big

    kind, _ = _typed("泉州八桂电气自动化有限公司", Big("采 购 询 价 单"), "询价单位：泉州八桂电气自动化有限公司",
                     "供 应 商：南宁渝江智造科技股份有限公司", "询价日期：2024年8月28日",
                     "预算合计：2,205,983.00元（仅供参考，不作为结算依据）", "本询价单不构成采购承诺。合同签订后29日内交货。")
    assert kind == "unknown"


def test_only_the_drafters_column_of_an_enterprise_standards_sign_off_grid():
    from tests.typed_pages import Big

    values = _read("standard", "Q/CQYF 0108—2023", Big("重庆渝丰电线电缆有限公司企业标准"),
                   Big("额定电压0.6/1kV铝合金导体交联聚乙烯绝缘电力电缆"), "2023-05-10发布   2023-06-01实施",
                   "起草人   审查人   批准人", "厍志明   伍德   冯天", "巴雅尔   卜凡", "全红")
    assert values.get("drafters") == ["厍志明", "巴雅尔", "全红"]


def test_writers_each_beside_their_unit_two_to_a_row():
    from tests.typed_pages import Big, Row

    values = _read("technical_report", Big("编写说明"),
                   "《重庆市中小企业数字化转型服务商能力白皮书（2024）》由重庆数字经济研究院牵头编写。",
                   "编写人员：",
                   Row((140, "贝嘉怡"), (300, "重庆数字经济研究院"), (640, "缪子康"), (800, "重庆数字经济研究院")),
                   Row((140, "薛定安"), (300, "西南大学"), (640, "陶然"), (800, "重庆邮电大学")),
                   Row((140, "洪一鸣"), (300, "重庆数字经济研究院")),
                   "由于时间仓促，白皮书中难免存在疏漏和不足，恳请读者批评指正。")
    assert values.get("authors") == ["贝嘉怡", "缪子康", "薛定安", "陶然", "洪一鸣"]


def test_an_expert_recommendation_form_is_no_title_certificate():
    from tests.typed_pages import Big

    kind, values = _typed(Big("专业技术职务任职资格评审专家推荐意见表"),
                          "被推荐人姓名   淳于飞   申报专业   机械工程", "申报资格   高级工程师   工作单位   重庆齿轮箱有限责任公司",
                          "推荐专家姓名   闾丘明   专家职称   正高级工程师", "推荐意见：",
                          "该同志长期从事风电齿轮箱设计工作，专业基础扎实，符合高级工程师任职资格条件，特此推荐。",
                          "推荐人（签名）：闾丘明   2024年3月2日")
    assert kind == "recommendation_letter"
    assert (values.get("candidate"), values.get("recommender")) == ("淳于飞", "闾丘明")


def test_a_candidate_named_in_the_letters_heading_with_a_rarer_surname():
    from tests.typed_pages import At, Big

    values = _read("recommendation_letter", Big("关于推荐綦海波同志申报高级工程师"), Big("任职资格的推荐信"),
                   "该同志2012年参加工作，在铝合金轮毂低压铸造工艺改进中成效显著，现推荐其申报高级工程师任职资格。",
                   At(700, "推荐人：濮阳光"), At(700, "职 称：正高级工程师"), At(700, "二〇二四年三月十八日"))
    assert values.get("candidate") == "綦海波"


def test_a_typed_signature_with_a_rarer_surname_is_the_recommender(tmp_path):
    from tests.test_reading import make_pdf

    pdf = make_pdf(tmp_path / "r.pdf", ["推荐信\n工程师狄青云同志是我院电力系统自动化方向的骨干。我作为其所在部门的技术负责人，"
                                          "推荐其申报高级工程师。\n推荐人签名：邴文远\n推荐人职称：高级工程师\n日期：2024年3月20日"])
    values = doctype("recommendation_letter").extract(DocText(read_file(pdf, NO_OCR))).values
    assert (values.get("recommender"), values.get("recommender_title")) == ("邴文远", "senior_engineer")


def test_an_acceptance_graded_excellent_passed():
    from tests.typed_pages import Big

    values = _read("project_acceptance", Big("企业研发项目专家验收意见"), "项目名称：新能源汽车电驱壳体一体化压铸工艺开发",
                   "项目负责人：戚国峰", "项目组成员：宁静 乔木 孔令辉 符雨桐", "专家组听取了汇报，查看了现场，认为该项目技术先进。",
                   "验收结论：优秀。", "验收日期：2024年3月15日")
    assert values.get("passed") is True


def test_a_notices_team_in_brackets_ends_where_the_brackets_close():
    from tests.typed_pages import At, Big

    values = _read("project_acceptance", Big("项目验收结论通知书"), "重庆瑞普电气设备有限公司：",
                   "你单位承担的重庆市工业和信息化专项资金项目“配电网故障快速定位终端产业化”（项目",
                   "负责人：温子明，项目组成员：简宁、冯德伦、水若寒）于2023年9月26日进行了验收。经专",
                   "家组评审，验收结论为：暂缓通过。", At(700, "重庆市经济和信息化委员会"), At(740, "2023年10月10日"))
    assert values.get("members") == ["简宁", "冯德伦", "水若寒"] and values.get("passed") is False


def test_a_customers_proof_of_use_names_both_sides():
    from tests.typed_pages import At, Big

    values = _read("revenue_proof", Big("用户使用证明"),
                   "兹证明：我单位自2022年起使用重庆赛宝工业技术研究院有限公司研发的“电子元器件可",
                   "靠性检测数据管理平台”，截至2023年12月累计采购金额2,360,000元，系统运行稳定可靠。",
                   At(640, "重庆西南集成电路设计有限责任公司"), At(760, "二〇二四年一月十五日"))
    assert values.get("parties") == ["重庆赛宝工业技术研究院有限公司", "重庆西南集成电路设计有限责任公司"]
    values = _read("revenue_proof", Big("应用证明"),
                   "重庆博创数控机床有限公司研制的“BC-5X五轴联动叶片加工中心”于2022年3月在我单位投入使用。",
                   "我单位与该公司于2022年1月10日签订采购合同，采购设备4台，合同金额385万元。", "特此证明。",
                   At(640, "中国航发重庆航空动力有限公司"), At(760, "2024年2月26日"))
    assert values.get("parties") == ["重庆博创数控机床有限公司", "中国航发重庆航空动力有限公司"]


def test_a_short_statement_signed_high_on_its_page_names_its_company(tmp_path):
    from tests.test_reading import make_pdf

    pdf = make_pdf(tmp_path / "e.pdf", ["经济效益证明\n我公司“汽车座椅骨架激光焊接智能产线”项目自2021年投产以来新增销售收入合计6,006.3万元。"
                                          "\n以上数据经公司财务部门核实，真实有效。\n重庆延锋安道拓汽车部件系统有限公司（盖章）\n2024年3月5日"])
    values = doctype("revenue_proof").extract(DocText(read_file(pdf, NO_OCR))).values
    assert values.get("parties") == ["重庆延锋安道拓汽车部件系统有限公司"]


def test_a_stage_or_half_way_check_is_no_acceptance():
    from tests.typed_pages import Big

    for heading in ("项目中期检查意见表", "项目阶段性验收意见"):
        kind, _ = _typed(Big(heading), "项目名称   注塑车间MES系统建设项目", "承担单位   重庆渝新智能装备有限公司",
                         "项目负责人   王志刚", "项目组成员   王志刚、甄浩然、李红梅", "检查日期   2025年6月20日",
                         "检查意见：项目进展顺利，同意通过，继续实施。")
        assert kind == "unknown", heading


def test_a_letter_says_which_title_it_recommends_for():
    from tests.typed_pages import At, Big

    values = _read("recommendation_letter", Big("推荐信"),
                   "栾俊豪同志在工业互联网平台建设方面成绩突出，本人同意推荐其破格申报工程师任职资格。",
                   At(700, "推荐人：何振华"), At(700, "职称：正高级工程师"), At(700, "2025年10月20日"))
    assert values.get("target_title") == "engineer" and values.get("recommender_title") == "professorate_senior_engineer"
    kind, values = _typed(Big("破格申报专业技术职称专家推荐表"), "被推荐人   栾俊豪   申报职称   高级工程师",
                          "推荐人姓名   吴晓东   推荐人职称   正高级工程师", "推荐意见：符合破格申报条件，同意推荐。")
    assert values.get("target_title") == "senior_engineer"


def test_only_letters_for_the_title_applied_for_count():
    from rules.case import Applicant
    from rules.dates import PartialDate
    from rules.vocabulary import Education, Title
    from tests.test_audit import doc
    from zhicheng.audit import _recommenders

    applicant = Applicant(education=Education.BACHELOR, current_title=Title.ENGINEER, target_title=Title.SENIOR_ENGINEER,
                          name="栾俊豪", current_title_date=PartialDate.parse("2022-06-30"))
    letters = [doc("推荐信1.pdf", "recommendation_letter", recommender="何振华", recommender_title="professorate_senior_engineer",
                   candidate="栾俊豪", target_title="engineer"),
               doc("推荐信2.pdf", "recommendation_letter", recommender="吴晓东", recommender_title="professorate_senior_engineer",
                   candidate="栾俊豪", target_title="senior_engineer"),
               doc("推荐信3.pdf", "recommendation_letter", recommender="钱伟", recommender_title="professorate_senior_engineer",
                   candidate="栾俊豪")]
    issues: list = []
    assert _recommenders(letters, applicant, issues) == 2
    assert [i["file"] for i in issues] == ["推荐信1.pdf"] and "工程师" in issues[0]["message"]


def test_an_awards_certificate_and_the_decision_granting_it_are_one_award():
    from tests.test_audit import doc
    from zhicheng.audit import find_duplicates

    certificate = doc("证书.pdf", "award_certificate", award_name="重庆市科学技术奖", grade="二等奖",
                      project_title="汽车变速器智能装配线关键技术", date="2023-12")
    decision = doc("决定.pdf", "award_certificate", award_name="重庆市科学技术进步奖", grade="二等奖",
                   project_title="汽车变速器智能装配线关键技术", date="2023-12")
    other = doc("另一项.pdf", "award_certificate", award_name="重庆市科学技术进步奖", grade="三等奖",
                project_title="汽车变速器智能装配线关键技术", date="2023-12")
    assert find_duplicates([certificate, decision, other]) == {decision.key: certificate.label}


def test_an_achievement_plainly_of_another_field_is_held_back():
    """第十六条（七）: a paper on 宋代书院藏书 or an invention on 中药饮片炮制 is no achievement of
    工业互联网与智能制造; a person looks before it counts.  A subject that has the field's own
    words (…炮制设备的智能控制系统) is the field's."""
    from tests.test_papers_that_show_nothing_yet_probe_w import APPLICANT, _counted
    from tests.test_audit import doc

    cite = [claim(0, ["专利.pdf"], kind="patent", patent_type="invention", rank=1, date="2023-05-10")]
    herbal = doc("专利.pdf", "patent_certificate", patent_type="invention", patent_number="ZL202110001234.5",
                 title="一种中药饮片的炮制方法", inventors=["桂明远"], applicant_rank=1, grant_date="2023-05-10")
    counted, issues = _counted([herbal], cite)
    assert counted == [] and any("第十六条（七）" in i["message"] and i.get("needs_review") for i in issues)
    machine = doc("专利.pdf", "patent_certificate", patent_type="invention", patent_number="ZL202110001234.5",
                  title="一种中药饮片炮制设备的智能控制系统", inventors=["桂明远"], applicant_rank=1, grant_date="2023-05-10")
    assert _counted([machine], cite)[0] == [0]
    assert APPLICANT.name == "桂明远"


def test_a_letter_spaced_form_row_gives_the_name_without_the_next_caption():
    from tests.typed_pages import Big

    values = _read("title_certificate", Big("专业技术人员职称证书"), "姓 名   龚 平   性 别   男",
                   "工作单位   重庆渝新智能装备有限公司", "职称名称   工程师   职称级别   中级",
                   "取得方式   评审   取得时间   2019年6月30日", "发证机关：重庆市人力资源和社会保障局")
    assert values.get("holder") == "龚平"


def test_transliterated_names_in_a_member_table_however_their_dot_is_typed():
    from extractor.fields.names import find_name
    from tests.typed_pages import Big

    rows = [Big("项目验收证书"), "项目名称   数字化涂装车间建设项目", "项目负责人   王志刚", "验收日期   2024年9月16日",
            "课题组主要成员：", "序号   姓名   工作单位   职称   承担任务",
            "1   王志刚   重庆渝新智能装备有限公司   高级工程师   总体方案设计",
            "2   阿依古丽•买买提重庆渝新智能装备有限公司   工程师   平台架构与开发",
            "3   买合木提艾力   重庆大学   高级工程师   设备联网与数据采集", "验收结论：通过验收。"]
    members = _read("project_acceptance", *rows).get("members")
    assert members == ["王志刚", "阿依古丽·买买提", "买合木提艾力"]
    assert find_name("买合木提·艾力", members).rank == 3 and find_name("阿依古丽·买买提", members).rank == 2


def test_a_bilingual_caption_over_the_authors_is_no_author():
    from tests.typed_pages import Big

    values = _read("technical_report", Big("5G+工业互联网融合应用白皮书"), "White Paper on 5G + Industrial Internet Integration",
                   "作者 / Authors", "易子航", "皮卫东", "庹晓雯", "靳朝阳", "出品单位 / Publisher：中国移动通信集团重庆有限公司",
                   "发布时间 / Release：2023年10月")
    assert values.get("authors") == ["易子航", "皮卫东", "庹晓雯", "靳朝阳"]


def test_an_enterprise_standard_numbered_with_four_figures_after_its_dot():
    from identifiers import standard

    assert standard._IN_TEXT.search("Q/JD 51.2207-2022").group(0) == "Q/JD 51.2207-2022"


def test_a_title_whose_rows_next_caption_is_glued_on():
    from tests.typed_pages import Big

    values = _read("project_acceptance", Big("项目验收证书"),
                   "项目名称：川西高原光伏电站组件积灰智能清洗机器人研制组织验收单位：四川省科学技术厅验收日期：2023年9月26日",
                   "主要研究人员名单", "验收结论：同意通过验收。")
    assert values.get("project_title") == "川西高原光伏电站组件积灰智能清洗机器人研制"
    assert values.get("acceptance_date") == "2023-09-26"


def test_a_catalogue_records_kind_and_a_covers_caption_are_no_part_of_a_title():
    from extractor.doctypes.book import _book_title

    assert _book_title("工业过程控制系统网络安全 [专著]") == "工业过程控制系统网络安全"


def test_sales_papers_titled_otherwise_and_a_lease():
    from tests.typed_pages import At, Big

    kind, values = _typed(Big("三方合作协议"), "甲方：重庆钢铁股份有限公司", "乙方：重庆赛迪热工环保工程技术有限公司",
                          "丙方：重庆科技大学", "三方就“烧结烟气智能控制系统”研发与应用达成如下协议：甲方支付项目总费用",
                          "人民币捌佰伍拾万元（850万元），其中乙方承担系统集成，丙方承担算法研究。",
                          "甲方（盖章）   乙方（盖章）   丙方（盖章）", At(700, "2023年7月7日"))
    assert kind == "revenue_proof" and values.get("amount_wan") == 850.0
    kind, values = _typed(Big("设备租赁合同"), "出租方：重庆华数机器人有限公司", "承租方：重庆小康动力有限公司",
                          "租金总额：人民币162万元", "签订日期：2023年2月20日")
    assert set(values.get("parties") or []) == {"重庆小康动力有限公司", "重庆华数机器人有限公司"}


def test_a_buyers_letter_names_its_supplier_and_its_department_signs_under_it():
    from tests.typed_pages import At, Big

    values = _read("revenue_proof", Big("订单确认函"), "致：重庆渝微电子技术研究院有限公司",
                   "贵司2023年10月30日报价单已收悉。经我司审核，确认向贵司采购“功率模块老化测试系统”1套，含税总价56.7万元。",
                   At(700, "华润微电子（重庆）有限公司"), At(800, "采购部"), At(760, "2023年11月3日"))
    assert set(values.get("parties") or []) == {"华润微电子（重庆）有限公司", "重庆渝微电子技术研究院有限公司"}


def _status(*papers):
    from rules.case import Applicant
    from rules.dates import PartialDate
    from rules.vocabulary import Education, Title
    from tests.test_audit import doc
    from zhicheng.audit import check_profile

    applicant = Applicant(education=Education.BACHELOR, current_title=Title.NONE, target_title=Title.ASSISTANT_ENGINEER,
                          name="喻晨曦", assessment_passed=True)
    documents = []
    for i, words in enumerate(papers):
        paper = doc(f"材料{i}.pdf", "unknown")
        paper.words = words
        documents.append(paper)
    applicant, issues = check_profile(documents, applicant, PartialDate.parse("2025-12-31"))
    return applicant, [i for i in issues if i["code"] != "education_not_shown"]  # (no degree handed in here)


def test_papers_about_the_applicant_that_refute_his_profile():
    """第三条, 第五条 and 经考察合格 rest on the profile's word until a paper of the bundle says
    otherwise: his 退休证, a 参公 registration, a 考察 form that found him unfit, a 处分 decision."""
    applicant, issues = _status("退休证 姓名：喻晨曦 退休时间：2024年6月")
    assert applicant.retired and [i["code"] for i in issues] == ["status_mismatch"]
    applicant, _ = _status("参照公务员法管理人员登记表 姓名 喻晨曦 单位 重庆市某事业中心")
    assert applicant.civil_servant
    applicant, _ = _status("单位考察意见表 被考察人：喻晨曦 考察结论：不合格")
    assert applicant.assessment_passed is False
    applicant, issues = _status("关于给予喻晨曦同志记过处分的决定 …决定给予喻晨曦同志记过处分，处分期12个月。2025年9月1日")
    assert str(applicant.sanction_until) == "2026-09" and "记过" in issues[0]["message"]
    applicant, issues = _status("关于给予喻晨曦同志警告处分的决定 …决定给予喻晨曦同志警告处分。2025年9月1日")
    assert applicant.sanction_until is not None and issues[0].get("needs_review")
    applicant, issues = _status("继续教育学时证明 喻晨曦 2025年度应修90学时，实修24学时，考核不合格")
    assert [i["code"] for i in issues] == ["status_mismatch"]
    # someone else's papers, and a 考察 that found him fit, say nothing against him
    applicant, issues = _status("退休证 姓名：王志刚", "单位考察意见表 被考察人：喻晨曦 考察结论：合格")
    assert not applicant.retired and applicant.assessment_passed is True and issues == []


def test_a_decision_punishing_a_person_recognises_nothing():
    from tests.typed_pages import At, Big

    kind, _ = _typed(Big("关于给予喻晨曦同志记过处分的决定"), "渝经信发〔2025〕88号",
                     "经研究，决定给予喻晨曦同志记过处分，处分期12个月。", At(700, "重庆市经济和信息化委员会"),
                     At(740, "2025年9月1日"))
    assert kind != "official_recognition"


def test_an_acceptance_that_says_its_result_is_in_use_shows_the_benefit():
    """第十一条（二）2: a 研发 project counts where its result is in production or use; the
    acceptance's own sentence shows it, a promise does not."""
    from tests.typed_pages import Big

    rows = [Big("科技项目验收证书"), "项目名称：白车身焊点智能检测装置研发", "项目负责人：王志刚",
            "项目组成员：王志刚、李红梅、张立新、喻晨曦", "验收日期：2024年10月15日"]
    used = _read("project_acceptance", *rows, "验收意见：该装置已在公司三条焊装线投入使用，新增销售收入860万元，同意通过验收。")
    assert used.get("benefit") is True
    promised = _read("project_acceptance", *rows, "验收意见：样机性能达到任务书要求，计划明年投入使用，同意通过验收。")
    assert "benefit" not in promised


def test_an_offices_notice_of_the_units_it_chose_is_a_recognition():
    from tests.typed_pages import At, Big

    kind, values = _typed(Big("国家知识产权局办公室"), "国知办函运字〔2023〕1068号", "国家知识产权局办公室关于确定2023年度",
                          "国家知识产权示范企业和优势企业的通知", "各省、自治区、直辖市知识产权局：",
                          "经企业申报、地方推荐、专家评审和公示，确定重庆川仪自动化股份有限公司等652家企业为2023年度国家知识产权示范企业。",
                          At(700, "国家知识产权局办公室"), At(740, "2023年11月30日"))
    assert kind == "official_recognition" and values.get("date") == "2023-11-30"
