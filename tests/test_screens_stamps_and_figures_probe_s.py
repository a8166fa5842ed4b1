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


def test_a_unit_certificate_of_recognition_and_a_ministries_notice_signed_by_several():
    from tests.typed_certificates import read
    certificate = read(Title("高新技术企业证书"), [("企业名称：", LEFT + 300), ("重庆渝智云联科技有限公司", LEFT + 600)],
                       [("证书编号：", LEFT + 300), ("GR202351100417", LEFT + 600)],
                       [("发证时间：", LEFT + 300), ("2023年12月12日", LEFT + 600)],
                       [("重庆市科学技术局", LEFT), ("重庆市财政局", LEFT + 500), ("国家税务总局重庆市税务局", LEFT + 900)],
                       ("批准机关（盖章）", LEFT + 500))
    assert certificate.doc_type == "official_recognition"
    assert certificate.fields.get("issuer") == "重庆市科学技术局" and certificate.fields.get("date") == "2023-12-12"


def test_both_sides_of_a_contract_whose_names_wrap():
    fields = fields_of("revenue_proof", Title("产品购销合同"),
                       [("需方（甲方）：四川遂宁鑫达机电设备有限公司", LEFT), ("供方（乙方）：重庆渝智云联科技有", LEFT + 840)],
                       "限公司", "经双方协商，甲方向乙方采购设备状态监测终端，合同总金额：人民币贰拾肆万元整。",
                       ("签订日期：2024年5月8日", LEFT + 800))
    assert fields.get("parties") == ["四川遂宁鑫达机电设备有限公司", "重庆渝智云联科技有限公司"]
    fields = fields_of("revenue_proof", Title("技术服务合同"), [("委托方：西南大学（甲方）", LEFT), ("受托方：重庆渝智云联科技有限公司（乙方）", LEFT + 520)],
                       "服务报酬：人民币43万元。", ("2023年2月27日", LEFT + 800))
    assert fields.get("parties") == ["西南大学", "重庆渝智云联科技有限公司"]


def test_a_bank_slips_two_halves_on_one_text_row():
    fields = fields_of("revenue_proof", Title("中国建设银行 单位客户专用回单"), "币别：人民币 2023年12月26日 流水号：500610014N23",
                       "付 全 称 重庆綦江精密齿轮有限公司 收 全 称 重庆渝智云联科技有限公司", "款 账 号 5005010736 款 账 号 5000109360",
                       "金额 （大写）人民币伍拾玖万贰仟元整 （小写）¥592,000.00")
    assert fields.get("parties") == ["重庆綦江精密齿轮有限公司", "重庆渝智云联科技有限公司"]


def test_a_registers_own_publication_day_is_not_the_standards():
    fields = fields_of("standard", "T/CESA 1301-2024", Title("工业互联网 边缘网关 接入测试方法"),
                       [("公布日期", LEFT), ("2024-04-06", LEFT + 300)], [("发布日期", LEFT), ("2024-03-30", LEFT + 300)],
                       [("实施日期", LEFT), ("2024-04-30", LEFT + 300)])
    assert fields.get("publish_date") == "2024-03-30"


def test_a_seal_approval_form_naming_a_contract_is_no_sale():
    from tests.typed_certificates import read
    doc = read(Title("重庆渝智云联科技有限公司用印审批单"), [("文件名称", LEFT), ("工业设备买卖合同（四川宜宾）", LEFT + 300)],
               [("合同金额", LEFT), ("1,969,200.00元", LEFT + 300)], [("对方单位", LEFT), ("四川宜宾普和精工机械有限公司", LEFT + 300)],
               [("总经理意见", LEFT), ("同意", LEFT + 300)])
    assert doc.doc_type == "unknown"
