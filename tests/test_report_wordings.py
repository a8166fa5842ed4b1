"""Technical reports, white papers, plans and feasibility studies as Chongqing firms hand them in.

Each test builds a document from typed lines (no OCR, no PDF): a cover with its title on
two or three lines, in 《》, under a project name; a sign-off page whose table says who
wrote and who only checked; a white paper's editorial board; a plan's 编制人员; labels
OCR damaged.  A wrong value is worse than a missing one: where a document does not settle
a field, the test asserts that it is left out.
"""

from __future__ import annotations

import pytest

from extractor.doctypes import doctype
from extractor.fields.names import find_name
from extractor.model import Line, Page, ReadResult

from tests.typed_pages import At, Big, HEIGHT, Row, WIDTH, doc, page


def report(*pages_rows):
    """The fields read from a report whose pages are given as lists of rows."""
    return doctype("technical_report").extract(doc(*[page(*rows) for rows in pages_rows]))


def rank(got, name: str) -> int | None:
    """The applicant's place in the authors, as ``zhicheng.documents`` finds it."""
    return find_name(name, got.values.get("authors", [])).rank


UNIT = "编制单位：重庆渝新智造科技有限公司"


# --------------------------------------------------------------------------- covers: title

def test_cover_title_on_two_lines_with_writers_and_a_chinese_month():
    got = report([
        Big("重庆市工业互联网标识解析"),
        Big("二级节点建设技术报告"),
        None,
        At(300, UNIT),
        At(300, "编写人员：张伟、王芳、欧阳明"),
        None,
        At(480, "二〇二三年十月"),
    ])
    assert got.values["title"] == "重庆市工业互联网标识解析二级节点建设技术报告"
    assert got.values["report_kind"] == "technical_report"
    assert got.values["authors"] == ["张伟", "王芳", "欧阳明"]
    assert got.values["date"] == "2023-10"


def test_plan_title_in_book_marks_over_three_lines_with_a_subtitle():
    got = report([
        Big("《重庆市永川区"),
        Big("智能制造产业发展规划"),
        Big("（2023—2025年）》"),
        Big("——以数字化车间建设为抓手", 34),
        None,
        At(300, "编制单位：重庆市永川区经济和信息化委员会"),
        At(300, "主要编制人员：李娜、司马文静、刘洋"),
        None,
        At(500, "2023年10月"),
    ])
    assert got.values["title"] == "重庆市永川区智能制造产业发展规划（2023—2025年）"
    assert got.values["report_kind"] == "plan"
    assert got.values["authors"] == ["李娜", "司马文静", "刘洋"]
    assert got.values["date"] == "2023-10"


def test_feasibility_cover_with_the_project_name_printed_over_the_heading():
    got = report([
        Big("重庆渝新智造科技有限公司年产5万台伺服电机", 36),
        Big("生产线建设项目", 36),
        None,
        Big("可行性研究报告", 52),
        None,
        At(300, "编制单位：重庆长江工程咨询有限公司"),
        At(300, "项目负责人：张伟"),
        At(300, "编写人员：王芳、李娜、诸葛明"),
        At(300, "审    核：李强"),
        At(300, "批    准：王刚"),
        None,
        At(500, "2023.10"),
    ])
    assert got.values["title"] == "重庆渝新智造科技有限公司年产5万台伺服电机生产线建设项目可行性研究报告"
    assert got.values["report_kind"] == "feasibility"
    assert got.values["authors"] == ["张伟", "王芳", "李娜", "诸葛明"]
    assert got.values["date"] == "2023-10"


def test_feasibility_heading_completed_from_the_project_name_label():
    got = report([
        Big("可行性研究报告"),
        None,
        At(260, "项目名称：智能仓储物流系统升级改造项目"),
        At(260, "建设单位：重庆渝新智造科技有限公司"),
        At(260, "编制单位：重庆长江工程咨询有限公司"),
        At(260, "编制人员：张伟  王芳"),
        At(260, "编制日期：2022年3月"),
    ])
    assert got.values["title"] == "智能仓储物流系统升级改造项目可行性研究报告"
    assert got.values["report_kind"] == "feasibility"
    assert got.values["authors"] == ["张伟", "王芳"]
    assert got.values["date"] == "2022-03"


def test_a_generic_heading_takes_the_report_name_label():
    got = report([
        Big("技术报告"),
        None,
        At(260, "报告名称：基于机器视觉的铸件缺陷在线检测系统研制"),
        At(260, "委托单位：重庆渝新智造科技有限公司"),
        At(260, "承担单位：重庆大学"),
        At(260, "撰写人：张伟  王芳  李娜"),
        None,
        At(500, "2023-10-15"),
    ])
    assert got.values["title"] == "基于机器视觉的铸件缺陷在线检测系统研制"
    assert got.values["authors"] == ["张伟", "王芳", "李娜"]
    assert got.values["date"] == "2023-10-15"


def test_a_generic_heading_alone_is_no_title():
    got = report([Big("技术报告"), None, At(300, UNIT), At(300, "编写人员：张伟、王芳")])
    assert "title" not in got.values


def test_the_unit_printed_big_on_the_cover_is_not_the_title():
    got = report([
        Big("重庆渝新智造科技有限公司"),
        None,
        Big("智能仓储系统技术报告"),
        None,
        At(300, "编写：张伟  王芳"),
        At(500, "2021年6月"),
    ])
    assert got.values["title"] == "智能仓储系统技术报告"


def test_a_labelled_line_printed_big_is_not_the_title():
    got = report([
        Big("编制人员：张伟  王芳"),
        Big("数控机床远程运维平台技术报告", 40),
        None,
        At(500, "2021年6月"),
    ])
    assert got.values["title"] == "数控机床远程运维平台技术报告"


def test_a_copy_stamp_glued_to_the_title_is_not_part_of_it():
    got = report([Big("数控机床远程运维平台技术报告复印件与原件一致"), None, At(300, "编写：张伟")])
    assert got.values["title"] == "数控机床远程运维平台技术报告"


def test_a_stamp_printed_big_is_no_title():
    got = report([Big("仅供职称申报使用"), Big("复印件与原件一致"), None, At(300, "编写：张伟")])
    assert "title" not in got.values


def test_a_sign_off_page_before_the_cover_gives_no_title_of_its_heading():
    got = report([
        Big("签署页"),
        None,
        "项目负责人：张伟",
        "编    写：王芳",
        "审    核：李强",
    ], [
        Big("高端装备数字孪生建模研究报告"),
        None,
        At(500, "2024年5月"),
    ])
    assert got.values["title"] == "高端装备数字孪生建模研究报告"
    assert got.values["authors"] == ["张伟", "王芳"]


# --------------------------------------------------------------------------- sign-off pages

def test_sign_off_table_as_text_lines_keeps_only_the_writers():
    got = report([Big("智能工厂能源管理系统技术报告"), None, At(500, "2024年5月")], [
        Big("编制人员名单", 36),
        "职责  姓名  职称  签字",
        "项目负责人  张伟  高级工程师",
        "编写  王芳  工程师",
        "编写  李娜  工程师",
        "校核  赵磊  高级工程师",
        "审核  李强  正高级工程师",
        "审定  王刚  正高级工程师",
        "批准  刘洋  高级工程师",
    ])
    assert got.values["authors"] == ["张伟", "王芳", "李娜"]
    assert rank(got, "李娜") == 3
    assert rank(got, "李强") is None


def _cells(*rows, xs=(140, 420, 640, 900)):
    return [Row(*[(x, t) for x, t in zip(xs, row) if t]) for row in rows]


def test_sign_off_table_in_cells_as_ocr_boxes_them():
    got = report([Big("智能工厂能源管理系统技术报告"), None, At(500, "2024年5月")], [
        Big("签署页", 36),
        *_cells(("职责", "姓名", "职称", "签字"),
                ("项目负责人", "张伟", "高级工程师"),
                ("编制", "王芳", "工程师"),
                ("校核", "赵磊", "工程师"),
                ("审核", "李强", "高级工程师"),
                ("批准", "王刚", "正高级工程师")),
    ])
    assert got.values["authors"] == ["张伟", "王芳"]


def test_sign_off_table_with_a_numbered_column_and_two_writers_in_one_cell():
    got = report([Big("智能工厂能源管理系统技术报告"), None, At(500, "2024年5月")], [
        Big("签署页", 36),
        *_cells(("序号", "职责", "姓名", "签字"),
                ("1", "项目负责人", "欧阳明"),
                ("2", "编写", "王芳、李娜"),
                ("3", "审核", "李强"),
                xs=(130, 260, 520, 900)),
    ])
    assert got.values["authors"] == ["欧阳明", "王芳", "李娜"]


def test_sign_off_table_with_a_merged_role_cell():
    """The 编写 cell spans two rows: the second writer's row has no role of its own."""
    got = report([Big("智能工厂能源管理系统技术报告"), None, At(500, "2024年5月")], [
        Big("签署页", 36),
        *_cells(("职责", "姓名", "职称"),
                ("编写", "王芳", "工程师"),
                ("", "李娜", "工程师"),
                ("审核", "李强", "高级工程师")),
    ])
    assert got.values["authors"] == ["王芳", "李娜"]


def test_sign_off_lines_with_letter_spaced_roles_put_the_leader_first():
    got = report([
        Big("机器人焊接工作站研制技术报告"),
        None,
        At(300, "项目负责人：张伟"),
        At(300, "编    写：王芳  李娜"),
        At(300, "校    核：赵磊"),
        At(300, "审    核：李强"),
        At(300, "批    准：王刚"),
        None,
        At(500, "二〇二二年八月"),
    ])
    assert got.values["authors"] == ["张伟", "王芳", "李娜"]
    assert got.values["date"] == "2022-08"


def test_sign_off_with_a_role_damaged_by_ocr():
    got = report([Big("机器人焊接工作站研制技术报告"), None, At(500, "2022年8月")], [
        Big("签署页", 36),
        "职责  姓名  职称",
        "编与  王芳  工程师",
        "审核  李强  高级工程师",
    ])
    assert got.values["authors"] == ["王芳"]


def test_sign_off_with_reviewers_only_names_no_author():
    got = report([Big("机器人焊接工作站研制技术报告"), None, At(500, "2022年8月")], [
        Big("签署页", 36),
        "职责  姓名  职称",
        "校核  赵磊  工程师",
        "审核  李强  高级工程师",
        "批准  王刚  正高级工程师",
    ])
    assert "authors" not in got.values


def test_a_writers_label_with_nothing_after_it_names_nobody():
    got = report([Big("机器人焊接工作站研制技术报告"), None, "编制人员：", "审核：李强", "批准：王刚"])
    assert "authors" not in got.values


# --------------------------------------------------------------------------- white papers

def test_white_paper_editorial_board_chief_editor_first_and_advisers_left_out():
    got = report([Big("重庆市数字经济发展白皮书（2023年）"), None, At(400, "重庆市大数据应用发展研究院"),
                  At(500, "2023年12月")], [
        Big("编委会", 36),
        "顾    问：王刚  刘洋",
        "主    编：张伟",
        "副 主 编：王芳、欧阳明",
        "编    委：李娜  陈静  杨帆  上官婉儿",
        "指导单位：重庆市经济和信息化委员会",
    ])
    assert got.values["title"] == "重庆市数字经济发展白皮书（2023年）"
    assert got.values["report_kind"] == "white_paper"
    assert got.values["authors"] == ["张伟", "王芳", "欧阳明", "李娜", "陈静", "杨帆", "上官婉儿"]
    assert rank(got, "欧阳明") == 3
    assert got.values["date"] == "2023-12"


def test_white_paper_writing_group_with_a_leader_and_members():
    got = report([Big("工业互联网平台赋能汽车零部件白皮书"), None, At(500, "2024年3月")], [
        Big("编写组", 36),
        "组    长：张伟",
        "副组长：王芳",
        "成    员：李娜、刘洋、诸葛亮、陈静",
    ])
    assert got.values["authors"] == ["张伟", "王芳", "李娜", "刘洋", "诸葛亮", "陈静"]


def test_white_paper_units_are_no_people():
    got = report([Big("重庆市智能网联汽车产业白皮书"), None, At(500, "2024年3月")], [
        "主编单位：重庆渝新智造科技有限公司",
        "参编单位：重庆大学、重庆邮电大学",
        "编写组成员：张伟、王芳、李娜",
    ])
    assert got.values["authors"] == ["张伟", "王芳", "李娜"]


def test_an_expert_group_is_not_the_writing_group():
    got = report([Big("重庆市智能网联汽车产业白皮书"), None, At(500, "2024年3月")], [
        Big("评审专家组", 36),
        "组    长：王刚",
        "成    员：刘洋、陈静",
    ])
    assert "authors" not in got.values


# --------------------------------------------------------------------------- names as printed

@pytest.mark.parametrize("label", ["编制人员", "编写人员", "主要编写人", "主要编制人员", "报告编写组", "项目组成员",
                                   "课题组成员", "主要完成人", "执笔人", "撰写人", "起草人", "编写组成员", "参编人员"])
def test_writers_under_every_cover_label(label):
    got = report([Big("重庆市智能制造产业发展研究报告"), None, At(300, UNIT), At(300, f"{label}：张伟、欧阳明、王芳"),
                  At(500, "2023年6月")])
    assert got.values["authors"] == ["张伟", "欧阳明", "王芳"]


def test_writers_wrapped_over_lines_and_separated_by_spaces():
    got = report([
        Big("重庆市智能制造产业发展研究报告"), None,
        "编写人员：张伟  王芳  李娜  刘洋  陈静",
        "杨帆  赵磊  黄敏",
        "2023年6月",
    ])
    assert got.values["authors"] == ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏"]


def test_writers_in_a_grid_under_their_label():
    got = report([
        Big("重庆市智能制造产业发展研究报告"), None,
        "报告编写组：",
        Row((200, "张伟"), (420, "王芳"), (640, "李娜")),
        Row((200, "刘洋"), (420, "陈静")),
        None,
        At(500, "2023年6月"),
    ])
    assert got.values["authors"] == ["张伟", "王芳", "李娜", "刘洋", "陈静"]


def test_names_with_ocr_spaces_inside_them():
    got = report([Big("重庆市智能制造产业发展研究报告"), None, "编制人员：张 伟  王 芳  欧阳 明"])
    assert got.values["authors"] == ["张伟", "王芳", "欧阳明"]


def test_a_damaged_writers_label():
    got = report([Big("重庆市智能制造产业发展研究报告"), None, At(300, UNIT), At(300, "编制入员：张伟、王芳、李娜")])
    assert got.values["authors"] == ["张伟", "王芳", "李娜"]


def test_writers_with_notes_in_brackets_and_an_etc():
    got = report([Big("重庆市智能制造产业发展研究报告"), None, "编写人员：张伟（组长）、王芳、李娜等"])
    assert got.values["authors"] == ["张伟", "王芳", "李娜"]


def test_a_list_with_an_unread_piece_gives_no_authors():
    got = report([Big("重庆市智能制造产业发展研究报告"), None, "编写人员：张伟、▇▇、王芳"])
    assert "authors" not in got.values


def test_member_table_with_a_duty_column_keeps_everybody():
    got = report([Big("重庆市智能制造产业发展研究报告"), None, At(500, "2023年6月")], [
        Big("项目组成员", 36),
        "序号  姓名  单位  职称  职务  分工",
        "1  张伟  重庆渝新智造科技有限公司  高级工程师  副总经理  项目负责人",
        "2  王芳  重庆渝新智造科技有限公司  工程师  主管  技术方案",
        "3  皇甫明  重庆大学  教授  无  数据分析",
    ])
    assert got.values["authors"] == ["张伟", "王芳", "皇甫明"]


def test_research_topic_leader_then_members():
    got = report([
        Big("面向注塑机的能耗优化关键技术课题研究报告"), None,
        "课题负责人：张伟",
        "课题组成员：王芳；李娜；欧阳明",
        "完成日期：2020年4月19日",
    ])
    assert got.values["authors"] == ["张伟", "王芳", "李娜", "欧阳明"]
    assert got.values["report_kind"] == "research_topic"
    assert got.values["date"] == "2020-04-19"


def test_the_leader_is_not_counted_twice():
    got = report([Big("重庆市智能制造产业发展研究报告"), None, "项目负责人：王芳", "编写人员：张伟、王芳、李娜"])
    assert got.values["authors"] == ["王芳", "张伟", "李娜"]


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("printed,iso", [
    ("二〇二三年十月", "2023-10"), ("2023年10月", "2023-10"), ("2023.10", "2023-10"), ("2023-10-15", "2023-10-15"),
    ("编制日期：2023年10月15日", "2023-10-15"), ("二〇二三年十月十五日", "2023-10-15"), ("完成时间：2023年10月", "2023-10"),
])
def test_cover_dates_as_printed(printed, iso):
    got = report([Big("重庆市智能制造产业发展研究报告"), None, At(300, UNIT), At(300, "编写人员：张伟"), None,
                  At(480, printed)])
    assert got.values["date"] == iso


def test_the_cover_date_not_a_year_in_the_body():
    got = report([Big("重庆市智能制造产业发展研究报告"), None, At(300, UNIT), None, At(480, "2023年10月")],
                 ["一、项目背景", "本项目于2021年3月立项，2022年12月完成中试。"])
    assert got.values["date"] == "2023-10"


# --------------------------------------------------------------------------- covers as OCR boxes them

def test_label_and_names_in_boxes_of_their_own_on_one_row():
    got = report([
        Big("重庆市智能制造产业发展研究报告"), None,
        Row((300, "编制单位："), (480, "重庆渝新智造科技有限公司")),
        Row((300, "编制人员："), (480, "张伟  王芳  李娜")),
        Row((300, "审    核："), (480, "李强")),
        None, At(500, "2023年6月"),
    ])
    assert got.values["authors"] == ["张伟", "王芳", "李娜"]


def test_names_wrapped_in_their_cell():
    got = report([
        Big("重庆市智能制造产业发展研究报告"), None,
        Row((200, "编写人员"), (420, "张伟、王芳、李娜、刘洋、")),
        At(420, "陈静、上官婉儿"),
        Row((200, "审核"), (420, "李强")),
    ])
    assert got.values["authors"] == ["张伟", "王芳", "李娜", "刘洋", "陈静", "上官婉儿"]


def test_a_writers_heading_without_colon_over_an_indented_list():
    got = report([Big("重庆市智能制造产业发展研究报告"), None, "编写人员", At(160, "张伟  王芳  司马文静"), None,
                  At(500, "2023年6月")])
    assert got.values["authors"] == ["张伟", "王芳", "司马文静"]


def test_unit_and_writers_side_by_side_on_one_line():
    got = report([Big("重庆市智能制造产业发展研究报告"), None,
                  "编制单位：重庆渝新智造科技有限公司    编制人员：张伟、王芳"])
    assert got.values["authors"] == ["张伟", "王芳"]


def test_project_and_technical_leaders_before_the_writers():
    got = report([
        Big("数控机床远程运维平台技术报告"), None,
        "项目负责人：张伟    技术负责人：王芳",
        "主要编写人：李娜、刘洋",
        "审核：李强",
    ])
    assert got.values["authors"] == ["张伟", "王芳", "李娜", "刘洋"]


def test_a_reviewer_printed_before_the_writer_on_one_line():
    got = report([Big("数控机床远程运维平台技术报告"), None, "审核：李强    编写：张伟"])
    assert got.values["authors"] == ["张伟"]


def test_writers_at_the_end_of_the_report():
    got = report([Big("数控机床远程运维平台技术报告"), None, At(300, UNIT), None, At(500, "2021年6月")],
                 ["六、结论", "本系统已在两条产线上稳定运行。", None, At(700, "执笔人：张伟  王芳")])
    assert got.values["authors"] == ["张伟", "王芳"]
    assert got.values["date"] == "2021-06"


def test_plan_writers_wrapped_under_their_label_indented():
    got = report([
        Big("重庆市两江新区工业互联网发展规划"), Big("（2021—2025年）"), None,
        At(260, "编制单位：重庆市工业互联网研究院"),
        At(260, "主要编制人员：张伟、王芳、李娜、刘洋、陈静、"),
        At(428, "杨帆、欧阳明"),
        None, At(500, "二〇二一年三月"),
    ])
    assert got.values["title"] == "重庆市两江新区工业互联网发展规划（2021—2025年）"
    assert got.values["authors"] == ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "欧阳明"]
    assert got.values["date"] == "2021-03"


def test_latin_words_in_a_white_paper_title():
    got = report([Big("重庆市5G+工业互联网融合应用白皮书（2022）"), None, At(500, "2022年12月")])
    assert got.values["title"] == "重庆市5G+工业互联网融合应用白皮书（2022）"
    assert got.values["report_kind"] == "white_paper"


# --------------------------------------------------------------------------- nobody rather than the wrong people

def test_advisers_and_guidance_alone_name_no_author():
    got = report([Big("重庆市数字经济发展白皮书"), None, "顾    问：王刚", "指    导：刘洋", "指导单位：重庆市大数据发展局"])
    assert "authors" not in got.values


@pytest.mark.parametrize("line", ["编制：重庆渝新智造科技有限公司", "编制：2023年6月", "编写人员：编写组", "编制单位：重庆大学"])
def test_a_unit_a_date_or_a_label_after_the_role_is_nobody(line):
    got = report([Big("数控机床远程运维平台技术报告"), None, line])
    assert "authors" not in got.values


# --------------------------------------------------------------------------- the applicant's rank through the pipeline

def _examined(rows_pages, name):
    from zhicheng.documents import document_from

    result = ReadResult("t.pdf", "0" * 64, page_count=len(rows_pages),
                        pages=[Page(n, WIDTH, HEIGHT, "text_layer", page(*rows)) for n, rows in enumerate(rows_pages, 1)])
    return document_from(result, name)


def test_applicant_rank_from_a_sign_off_table():
    got = _examined([[Big("智能工厂能源管理系统研制技术报告"), None, At(300, UNIT), None, At(500, "2024年5月")], [
        Big("编制人员名单", 36),
        "职责  姓名  职称  签字",
        "项目负责人  张伟  高级工程师",
        "编写  王芳  工程师",
        "编写  李娜  工程师",
        "审核  李强  正高级工程师",
    ]], "李娜")
    assert got.doc_type == "technical_report"
    assert got.fields["applicant_rank"] == 3


def test_applicant_rank_from_an_editorial_board():
    got = _examined([[Big("重庆市数字经济发展白皮书（2023年）"), None, At(400, "重庆市大数据应用发展研究院"),
                      At(500, "2023年12月")], [
        Big("编委会", 36), "顾    问：王刚", "主    编：张伟", "副 主 编：王芳、欧阳明", "编    委：李娜  陈静"]], "欧阳明")
    assert got.doc_type == "technical_report"
    assert got.fields["applicant_rank"] == 3


def test_a_reviewer_applicant_has_no_rank():
    got = _examined([[Big("智能工厂能源管理系统研制技术报告"), None, At(300, UNIT), At(300, "编写人员：张伟、王芳"),
                      At(300, "审    核：李强"), None, At(500, "2024年5月")]], "李强")
    assert got.doc_type == "technical_report"
    assert got.fields["applicant_rank"] is None


# --------------------------------------------------------------------------- sign-off tables laid out otherwise

def test_sign_off_table_with_the_name_before_the_role():
    got = report([Big("智能工厂能源管理系统技术报告"), None, At(500, "2024年5月")], [
        Big("编制人员名单", 36),
        "姓名  职责  职称",
        "张伟  项目负责人  高级工程师",
        "王芳  编写  工程师",
        "李强  审核  正高级工程师",
        "刘洋  编写  工程师",
    ])
    assert got.values["authors"] == ["张伟", "王芳", "刘洋"]


def test_sign_off_table_in_cells_with_the_name_before_the_role_and_a_spaced_header():
    got = report([Big("智能工厂能源管理系统技术报告"), None, At(500, "2024年5月")], [
        Big("签署页", 36),
        *_cells(("姓 名", "职 责", "职 称", "签 字"),
                ("欧阳明", "项目负责人", "高级工程师"),
                ("王芳", "编写", "工程师"),
                ("李强", "批准", "正高级工程师")),
    ])
    assert got.values["authors"] == ["欧阳明", "王芳"]


def test_reviewers_only_under_a_staff_heading_name_no_author():
    got = report([Big("智能工厂能源管理系统技术报告"), None, At(500, "2024年5月")], [
        Big("编制人员名单", 36),
        "职责  姓名  职称",
        "审核  李强  正高级工程师",
        "批准  王刚  正高级工程师",
    ])
    assert "authors" not in got.values


def test_writers_label_with_its_colon_lost():
    got = report([Big("重庆市智能制造产业发展研究报告"), None, "编制人员  张伟、王芳、李娜", "审核  李强"])
    assert got.values["authors"] == ["张伟", "王芳", "李娜"]


def test_a_title_line_ocr_parted_into_two_boxes():
    lines = [Line("重庆市九龙坡区", (200, 100, 522, 146)), Line("智能制造发展规划", (580, 100, 948, 146)),
             Line("编制单位：重庆市工业互联网研究院", (300, 260, 760, 288)),
             Line("编制人员：张伟、王芳", (300, 306, 600, 334)), Line("2023年6月", (500, 420, 640, 448))]
    got = doctype("technical_report").extract(doc(lines))
    assert got.values["title"] == "重庆市九龙坡区智能制造发展规划"
    assert got.values["authors"] == ["张伟", "王芳"]


def test_member_table_with_a_project_role_column_is_read_whole():
    got = report([Big("智能工厂能源管理系统技术报告"), None, At(500, "2024年5月")], [
        Big("主要完成人员", 36),
        "序号  姓名  单位  职称  项目角色",
        "1  张伟  重庆渝新智造科技有限公司  高级工程师  负责人",
        "2  王芳  重庆大学  教授  骨干",
        "3  李娜  重庆渝新智造科技有限公司  工程师  骨干",
    ])
    assert got.values["authors"] == ["张伟", "王芳", "李娜"]


def test_a_note_under_a_sign_off_table_ends_it():
    got = report([Big("智能工厂能源管理系统技术报告"), None, At(500, "2024年5月")], [
        Big("签署页", 36),
        "职责  姓名  职称",
        "编写  王芳  工程师",
        "审核  李强  高级工程师",
        "注：本报告仅供委托单位内部使用。",
    ])
    assert got.values["authors"] == ["王芳"]
