"""Probe S (single pages by a tester who read no code) and probe U's one misread acceptance,
typed again in other names: a copy stamp's handler day with its words unread; a screenshot's
taskbar clock; an income certificate signed by the company's finance department; a sum the
line break cuts (86 | .5万元); a project's number taken for a person; a 课题组长; a database's
banner over its record of a paper and its 刊名 in a cell of its own; a member table whose name
column is headed 人员."""

from __future__ import annotations

from extractor.model import Line, Page, ReadResult
from extractor.text import DocText
from tests.typed_certificates import LEFT, Title, fields_of


def _placed(*rows, width: int = 1400, height: int = 900) -> DocText:
    lines = [Line(t, (x0, y0, x1, y1), 0.97) for t, x0, y0, x1, y1 in rows]
    return DocText(ReadResult("shot.png", "0" * 64, pages=[Page(1, width, height, "ocr", lines)], page_count=1))


def test_a_copy_stamps_handler_day_alone_is_never_the_documents_date():
    fields = fields_of("revenue_proof", Title("收入证明"), "兹证明：我公司2023年度实现工业互联网平台服务收入人民币1,286.40万元，已全部入账。",
                       "特此证明。", ("重庆渝智云联科技有限公司财务部", LEFT + 700), ("二〇二四年三月十五日", LEFT + 800),
                       ("经办人：2025.04.02", LEFT + 100))
    assert fields.get("date") == "2024-03-15"
    assert fields.get("parties") == ["重庆渝智云联科技有限公司"]  # its finance department signs for it


def test_a_screenshots_taskbar_clock_and_day_are_the_screens():
    from extractor.doctypes import doctype
    text = _placed(("两江新区智能网联汽车产业发展白皮书（2024年）", 400, 260, 980, 296), ("编写组", 640, 330, 740, 360),
                   ("组长：伍平", 430, 380, 620, 410), ("成员：蔺晓东、符佳", 430, 420, 720, 450),
                   ("两江新区管委会 2024年10月", 420, 560, 800, 590), ("搜索", 39, 868, 79, 894),
                   ("16:05", 1335, 863, 1378, 884), ("2025/3/20", 1324, 880, 1393, 899))
    assert doctype("technical_report").extract(text).values.get("date") == "2024-10"


def test_a_sum_the_line_break_cuts_is_read_whole():
    fields = fields_of("revenue_proof", Title("软件开发合同"), "甲方（委托方）：重庆市璧山区精工模具有限公司",
                       "乙方（开发方）：重庆渝智云联科技有限公司", "乙方为甲方开发模具排产工业APP一套，合同总金额为人民币12",
                       ".8万元（含6%增值税），分两期支付。", ("二〇二四年五月六日", LEFT + 100))
    assert fields.get("amount_wan") == 12.8


def test_a_projects_number_is_no_person_and_a_topic_leader_leads_the_list():
    from extractor.fields.people import split_people
    assert split_people("CSTB2024JXJL-YFX0107") == []
    fields = fields_of("technical_report", ("重庆市技术预见与制度创新项目", LEFT + 300), Title("工业互联网平台赋能中小企业成效评估研究"),
                       ("研究报告", LEFT + 520), [("项目编号：", LEFT + 200), ("CSTB2024JXJL-YFX0107", LEFT + 480)],
                       [("课题组长：", LEFT + 200), ("伍平", LEFT + 480)],
                       [("课题组成员：", LEFT + 200), ("蔺晓东、符佳、鄢志刚", LEFT + 480)],
                       [("完成时间：", LEFT + 200), ("二〇二四年九月", LEFT + 480)])
    assert fields.get("authors") == ["伍平", "蔺晓东", "符佳", "鄢志刚"]


def test_a_databases_banner_is_no_title_and_its_record_names_the_journal():
    from extractor.doctypes import doctype
    text = _placed(("万方数据知识服务平台", 36, 105, 302, 139), ("面向注塑成型的工艺参数智能推荐方法", 167, 193, 692, 223),
                   ("作者:", 164, 251, 214, 281), ("伍平 蔺晓东 符佳", 326, 254, 533, 277),
                   ("刊名:", 164, 331, 222, 361), ("中国机械工程 ISTIC PKU", 326, 333, 512, 357),
                   ("ISSN:", 165, 613, 217, 638), ("1004-132X", 326, 614, 412, 638))
    values = doctype("journal_paper").extract(text).values
    assert values.get("title") == "面向注塑成型的工艺参数智能推荐方法" and values.get("journal") == "中国机械工程"


def test_a_member_table_whose_name_column_is_headed_renyuan():
    from extractor.doctypes import doctype
    text = _placed(("验收证书", 722, 294, 975, 362), ("项目名称", 223, 449, 352, 494), ("注塑车间数字化改造项目", 512, 453, 890, 489),
                   ("项目负责人", 225, 642, 379, 685), ("伍平", 507, 641, 608, 687),
                   ("参与单位及人员(按贡献大小排序):", 216, 880, 746, 923), ("序号", 220, 923, 298, 971),
                   ("参与单位", 350, 925, 479, 969), ("人员", 1057, 922, 1131, 972),
                   ("重庆渝智云联科技有限公司", 354, 990, 707, 1029), ("1", 223, 992, 255, 1034), ("伍平", 1057, 986, 1160, 1036),
                   ("2", 224, 1059, 253, 1098), ("重庆渝智云联科技有限公司", 355, 1058, 705, 1093), ("蔺晓东", 1056, 1051, 1159, 1100),
                   ("3", 224, 1122, 253, 1161), ("重庆大学", 351, 1117, 480, 1162), ("符佳", 1056, 1114, 1160, 1164),
                   ("验收意见：项目已完成全部建设内容，验收专家组一致同意通过验收。", 217, 1356, 1471, 1395),
                   width=1697, height=2368)
    assert doctype("project_acceptance").extract(text).values.get("members") == ["伍平", "蔺晓东", "符佳"]
