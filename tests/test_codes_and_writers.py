"""Standards printed as engineering codes (规程, JTG, DBJ, a society's T/CECS) and reports
whose writers sit in a writing group or a table beside their reviewers: typed pages of
layouts a hostile probe typed (probe F), each fix typed again here in other names."""

from __future__ import annotations

from extractor.doctypes import doctype
from identifiers import standard as standard_id
from tests.typed_pages import At, Big, doc, page


def standard(*pages):
    return doctype("standard").extract(doc(*pages)).values


def report(*pages):
    return doctype("technical_report").extract(doc(*pages)).values


def test_a_societys_banner_is_no_title_and_a_code_is_put_in_force_施行():
    cover = page("T/CECS", Big("中国工程建设标准化协会标准"), Big("智能建造机器人施工质量验收规程"), "T/CECS 1188-2023",
                 At(240, "主编单位：重庆市建筑科学研究院有限公司"), At(240, "批准单位：中国工程建设标准化协会"),
                 At(240, "施行日期：2023年9月1日"))
    fields = standard(cover)
    assert fields["title"] == "智能建造机器人施工质量验收规程"
    assert fields["standard_number"] == "T/CECS 1188-2023" and fields["level"] == "group"
    assert str(fields["implementation_date"]) == "2023-09-01"


def test_a_codes_cover_with_its_title_above_the_number_and_fields_below():
    cover = page(Big("中华人民共和国行业推荐性标准"), Big("公路桥梁智能监测技术规程"), "JTG/T 3365-02—2020",
                 At(240, "主编单位：招商局重庆交通科研设计院有限公司"), At(240, "批准部门：中华人民共和国交通运输部"),
                 At(240, "实施日期：2021年03月01日"))
    fields = standard(cover)
    assert fields["title"] == "公路桥梁智能监测技术规程"
    assert fields["standard_number"] == "JTG/T 3365-02-2020" and fields["level"] == "industry"


def test_chongqings_works_standards_are_local():
    assert standard_id.validate("DBJ50/T-412-2022") == "DBJ50/T 412-2022"
    assert standard_id.level("DBJ50/T-412-2022") == "local"
    assert standard_id.validate("DB50/T 1234-2022") == "DB50/T 1234-2022"


def test_a_codes_chief_editor_and_contributors_are_its_drafters_not_its_reviewers():
    fields = standard(page(Big("公路桥梁智能监测技术规程"), "JTG/T 3365-02—2020"),
                      page("主  编：欧阳立新", "主要参编人员：韩梅 司马青云 吕品 任重", "主  审：唐亮", "参与审查人员：宋涛 卢森"))
    assert fields["drafters"] == ["欧阳立新", "韩梅", "司马青云", "吕品", "任重"]


def test_drafters_in_a_table_of_units_under_their_label():
    foreword = page(Big("前  言"), "本标准起草单位及主要起草人：", "起草单位 主要起草人", "重庆两江轨道装备有限公司 魏巍、苏醒、吕品",
                    "重庆交通大学 丁一、任重", "中冶赛迪工程技术股份有限公司 沈默")
    fields = standard(page(Big("轨道车辆转向架检修规范"), "Q/LJGD 012-2022"), foreword)
    assert fields["drafters"] == ["魏巍", "苏醒", "吕品", "丁一", "任重", "沈默"]


def test_drafters_grouped_by_unit_in_a_paragraph_with_no_colon_after_each_unit():
    foreword = page(Big("前  言"), "本标准主要起草人员：中国电建集团成都勘测设计研究院有限公司 欧阳文博",
                    At(92, "司马青云 王建国；中国水利水电科学研究院 诸葛明远 李娜。"), "本标准主要审查人员：张伟 刘洋 杨帆。")
    fields = standard(page(Big("水电站闸门启闭机智能运维技术规范"), "NB/T 10888-2021"), foreword)
    assert fields["drafters"] == ["欧阳文博", "司马青云", "王建国", "诸葛明远", "李娜"]


def test_a_unit_group_with_a_label_of_its_own_is_no_drafter_list():
    foreword = page(Big("前  言"), "本标准主要起草人员：重庆交通大学 丁一 审查人：张伟")
    assert standard(page(Big("轨道车辆转向架检修规范"), "Q/LJGD 012-2022"), foreword).get("drafters") != ["丁一", "张伟"]


def test_a_writing_groups_members_listed_under_their_heading():
    fields = report(page(Big("重庆市智能网联汽车产业发展白皮书"), "（2023）", "中国汽车工程研究院股份有限公司", "2023年12月"),
                    page(Big("编写说明"), "顾  问：吕品 丁一", "主  编：任重", "副主编：沈默 姚远", "撰写组成员（按姓氏笔画排序）：",
                         At(150, "马俊 王建国 卢森 孙志强 李娜")))
    assert fields["authors"] == ["任重", "沈默", "姚远", "马俊", "王建国", "卢森", "孙志强", "李娜"]


def test_a_staff_tables_reviewer_is_no_author():
    """报告编写及审核人员: whose duty is 审核 reviewed the report; the others wrote it."""
    fields = report(page(Big("长江某某大桥主缆除湿系统技术评估报告"), "报告编写及审核人员", "序号 姓名 职称 本报告中承担的工作",
                         "1 滕飞 正高级工程师 项目负责", "2 甘霖 高级工程师 报告编写", "3 祝福 工程师 报告编写",
                         "4 闵捷 高级工程师 审核", "2024年2月"))
    assert "闵捷" not in fields["authors"]
    assert fields["authors"][-2:] == ["甘霖", "祝福"]


def test_a_reviewers_role_under_a_writers_cell_is_never_an_author():
    """OCR boxes a staff table cell by cell: 报告编写 over the next row's 审核 is no writer named 审核."""
    from tests.typed_certificates import LEFT, Title, fields_of
    fields = fields_of("technical_report", Title("长江某某大桥主缆除湿系统技术评估报告"), ("报告编写及审核人员", 600),
                       [("序号", LEFT), ("姓名", 400), ("职称", 650), ("本报告中承担的工作", 1000)],
                       [("1", LEFT), ("滕飞", 400), ("正高级工程师", 650), ("项目负责", 1050)],
                       [("2", LEFT), ("甘霖", 400), ("高级工程师", 650), ("报告编写", 1050)],
                       [("3", LEFT), ("祝福", 400), ("工程师", 650), ("报告编写", 1050)],
                       [("4", LEFT), ("闵捷", 400), ("高级工程师", 650), ("审核", 1070)], "2024年2月")
    assert "审核" not in (fields.get("authors") or [])
