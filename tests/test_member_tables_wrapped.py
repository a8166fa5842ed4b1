"""Tables of a project's people as Word and WPS print them into a text layer: one line per
row, but a long cell (a unit's full name, a duty, a title) wraps onto a line of its own
under the row, set in its column; tables that run on to the next page with the numbers
going on, their header repeated or not; two people to a row; titles in brackets after
names, a bracket cut by the wrap.  All the members or none: a list cut short at a
wrapped cell gives wrong ranks, so where the rows cannot be followed nobody is given."""

from __future__ import annotations

from extractor.doctypes import doctype
from tests.typed_pages import At, Big, doc, page

HEAD = "序号 姓名 性别 职称 工作单位 分工"
UNIT_X, DUTY_X = 560, 900


def members(*pages):
    return doctype("project_acceptance").extract(doc(*pages)).values.get("members")


def _opening():
    return [Big("科技项目验收意见表"), "项目名称 电动汽车动力电池热失控预警技术研究", "项目负责人 谭亮 验收日期 2023年11月2日",
            "项目组主要成员"]


def test_a_units_name_wrapped_under_its_row_does_not_end_the_table():
    rows = _opening() + [HEAD, "1 谭亮 男 正高级工程 招商局重庆交通科研设计院有限", At(UNIT_X, "公司 项目总体负责"),
                         "2 汪洋 男 工程师 中冶赛迪工程技术股份有限公司 技术路线制定",
                         "3 钟声 男 高级工程师 中国电建集团成都勘测设计研究", At(UNIT_X, "院有限公司 现场试验"),
                         "4 陆军 男 高级工程师 重庆水务集团股份有限公司 数值模拟分析",
                         "验收结论：■通过验收 □需要复议 □不通过验收"]
    assert members(page(*rows)) == ["谭亮", "汪洋", "钟声", "陆军"]


def test_a_duty_wrapped_in_the_last_column_and_a_header_wrapped_too():
    rows = _opening() + ["序号 姓名 性别 职称 工作单位 对成果创造性贡", At(DUTY_X, "献"),
                         "1 汪洋 男 工程师 重庆大学 现场监测方案设计、数据采集与处理、数值", At(DUTY_X, "模拟分析及报告编写"),
                         "2 钟声 男 工程师 重庆大学 软件开发", "3 陆军 男 工程师 重庆大学 资料整理", "专家组同意该项目通过验收。"]
    assert members(page(*rows)) == ["汪洋", "钟声", "陆军"]


def test_a_table_running_on_to_the_next_page_without_its_header():
    first = page(*_opening(), HEAD, "1 慕容雪 女 正高级工程师 中国电建集团成都勘测设计研", At(UNIT_X, "究院有限公司 项目总体负责"),
                 "2 杜鹃 男 高级工程师 重庆水务集团股份有限公司 技术路线制定", At(520, "第 1 页 共 2 页"))
    second = page("3 叶青 男 高级工程师 西南交通大学 现场试验", "4 程功 男 助理工程师 中国汽车工程研究院股份有限",
                  At(UNIT_X, "公司 数值模拟分析"), "5 魏巍 男 工程师 重庆大学 软件开发", "专家组一致同意该项目通过验收。")
    assert members(first, second) == ["慕容雪", "杜鹃", "叶青", "程功", "魏巍"]


def test_a_table_running_on_under_its_header_repeated():
    first = page(*_opening(), HEAD, "1 宇文昊 男 正高级工程师 重庆大学 项目总体负责", "2 林峰 男 工程师 重庆大学 技术路线制定")
    second = page("附表（续）", HEAD, "3 罗成 男 工程师 重庆大学 现场试验", "4 郑爽 女 工程师 重庆大学 数值模拟分析")
    assert members(first, second) == ["宇文昊", "林峰", "罗成", "郑爽"]


def test_two_people_to_a_row_are_numbered_in_order():
    rows = _opening() + ["序号 姓名 职称 序号 姓名 职称", "1 易建 正高级工程师 4 乔木 工程师", "2 谷雨 高级工程师 5 卫东 助理工程师",
                         "3 牛犇 工程师 6 祁连 工程师", "专家组同意该项目通过验收。"]
    assert members(page(*rows)) == ["易建", "谷雨", "牛犇", "乔木", "卫东", "祁连"]


def test_names_spaced_out_beside_a_wrapped_unit():
    rows = _opening() + ["序号 姓名 工作单位 职务/职称 承担的主要工作 签字", "1 张 伟 招商局重庆交通科研设计院", At(UNIT_X, "有限公司"),
                         "2 刘 洋 重庆交通大学 高级工程师 技术路线制定", "3 上官婉清 重庆水务集团股份有限公司 工程师 现场试验",
                         "验收结论：通过。"]
    assert members(page(*rows)) == ["张伟", "刘洋", "上官婉清"]


def test_a_row_that_cannot_be_read_between_numbered_rows_withholds_the_list():
    """Row 2's name is lost (a seal over it): rows 1 and 3 read are no list."""
    rows = _opening() + [HEAD, "1 谭亮 男 正高级工程师 重庆大学 项目总体负责", "2 (印章) 男 工程师 重庆大学 技术路线制定",
                         "3 钟声 男 工程师 重庆大学 现场试验", "验收结论：通过。"]
    assert members(page(*rows)) is None


def test_a_title_in_brackets_cut_by_the_wrap_is_no_person():
    rows = [Big("项目验收证书"), "项目名称：城市排水管网智慧监测与预警平台", "项目负责人：黄海涛（正高级工程师）",
            "参加人员：黄海涛（正高级工程师）、周敏（高级工程师）、夏侯杰（高级", At(290, "工程师）、邓丽（工程师）、曾琦（助理工程师）"),
            "2023年4月18日，成都市科学技术局组织专家对该项目进行了验收。"]
    assert members(page(*rows)) == ["黄海涛", "周敏", "夏侯杰", "邓丽", "曾琦"]


def test_a_government_bodys_own_science_programme_in_the_title_gives_the_level():
    fields = doctype("project_acceptance").extract(doc(page(
        Big("重庆市交通运输委员会科技项目验收证书"), "项目名称：长江上游航道整治建筑物稳定性监测技术研究", "承担单位：重庆交通大学",
        "项目负责人：申屠刚", "验收日期：2022年9月9日", "验收委员会认为，项目完成了合同规定的各项研究内容，同意通过验收。"))).values
    assert fields.get("level") == "provincial"


def test_a_companys_technology_centre_project_names_no_programme():
    fields = doctype("project_acceptance").extract(doc(page(
        Big("企业技术中心创新能力建设项目验收证书"), "项目名称：数控机床热误差补偿系统研发", "项目负责人：申屠刚",
        "验收日期：2022年9月9日", "同意通过验收。"))).values
    assert fields.get("level") != "provincial"
