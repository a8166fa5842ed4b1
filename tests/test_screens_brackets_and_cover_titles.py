"""Probe L (the weakest fields, in media a tester chose without reading code), typed again in
other names: a screenshot's taskbar clock (16:48 over 2024/3/15 in the corner) is no date of
the document shot; one holder's place bracketed after his name (获奖者：姜伟（3）); a report's
two-line cover title whose second line is printed, or read, a size apart from the first."""

from __future__ import annotations

from extractor.model import Line, Page, ReadResult
from tests.typed_certificates import LEFT, Title, fields_of, read
from zhicheng.documents import document_from


def _shot(rows: list[tuple[str, float, float, float]]) -> ReadResult:
    """A 1400×900 screenshot of ``(text, x, y, letter height)``."""
    lines = [Line(text, (x, y, x + size * len(text), y + size), 0.95) for text, x, y, size in rows]
    return ReadResult("shot.png", "0" * 64, pages=[Page(1, 1400, 900, "ocr", lines)], page_count=1)


def test_a_taskbar_clock_is_no_date_of_the_certificate_on_screen():
    shot = _shot([("荣誉证书", 630, 270, 44), ("岑晓峰同志：", 414, 375, 24),
                  ("你参与完成的“数控机床热误差补偿技术”项目荣获重庆市江北区科学技术进步奖二等奖。特发此证。", 414, 420, 22),
                  ("重庆市江北区人民政府", 775, 714, 22), ("2023年12月", 810, 750, 22),
                  ("搜索", 39, 868, 24), ("16:48", 1337, 862, 18), ("2024/3/15", 1323, 879, 18)])
    document = document_from(shot, name="岑晓峰")
    assert document.doc_type == "award_certificate"
    assert document.fields.get("date") == "2023-12"


def test_a_notices_date_not_the_clock_of_the_screen_it_was_read_on():
    shot = _shot([("重庆市经济和信息化委员会关于公布2022年度重庆市工业互联网标杆人才名单的通知", 200, 150, 22),
                  ("经专家评审和社会公示，认定岑晓峰等10名同志为2022年度重庆市工业互联网标杆人才，现予公布。", 200, 220, 18),
                  ("重庆市经济和信息化委员会", 913, 671, 20), ("2022年12月16日", 989, 703, 20),
                  ("8:57", 1334, 1113 - 270, 18), ("2023/1/3", 1323, 868, 18)])
    document = document_from(shot, name="岑晓峰")
    assert document.doc_type == "official_recognition"
    assert document.fields.get("date") == "2022-12-16"


def test_one_holders_place_bracketed_after_his_name():
    fields = fields_of("award_certificate", Title("获奖证书"), "项目名称：转炉煤气回收智能控制系统", "奖励名称：冶金科学技术奖",
                       "奖励等级：三等奖", "获 奖 者： 岑 晓 峰 （3）", ("中国钢铁工业协会", LEFT + 700), ("二〇二四年十月", LEFT + 720))
    assert (fields.get("holder"), fields.get("rank")) == ("岑晓峰", 3)


def _cover(first: tuple[str, float], second: tuple[str, float]) -> ReadResult:
    (a, ha), (b, hb) = first, second
    lines = [Line(a, (300, 400, 300 + ha * len(a), 400 + ha), 1.0),
             Line(b, (420, 400 + ha * 1.7, 420 + hb * len(b), 400 + ha * 1.7 + hb), 1.0),
             Line("编制单位：重庆渝江压铸有限公司", (340, 700, 900, 725), 1.0),
             Line("编 写：岑晓峰 蒲志强 毛毅", (340, 760, 780, 785), 1.0),
             Line("审 核：宁静", (340, 820, 520, 845), 1.0),
             Line("二〇二二年六月", (500, 1500, 700, 1525), 1.0)]
    return ReadResult("cover.pdf", "0" * 64, pages=[Page(1, 1654, 2339, "text_layer", lines)], page_count=1)


def test_a_cover_title_whose_second_line_is_printed_smaller():
    document = document_from(_cover(("高压压铸岛数字化监控系统", 60), ("关键技术研究报告", 42)))
    assert document.doc_type == "technical_report"
    assert document.fields.get("title") == "高压压铸岛数字化监控系统关键技术研究报告"


def test_a_cover_title_whose_second_line_is_read_bigger():
    document = document_from(_cover(("西南地区山地城市轨道交通", 50), ("节能控制技术研究报告", 60)))
    assert document.fields.get("title") == "西南地区山地城市轨道交通节能控制技术研究报告"


def test_a_programme_over_a_title_is_no_part_of_it():
    document = document_from(_cover(("重庆市技术创新与应用发展专项", 50), ("压铸岛数字化监控技术研究报告", 60)))
    assert document.fields.get("title") == "压铸岛数字化监控技术研究报告"


def test_a_notice_calling_the_acceptance_meeting_is_no_acceptance():
    document = read(Title("重庆市科学技术局"), "关于召开科技计划项目验收会的通知", "重庆渝江压铸有限公司、各位专家：",
                    "定于2023年3月28日上午9:30召开“压铸岛数字化监控系统研制”项目验收会。",
                    "参会人员：验收专家组成员，项目负责人及主要研究人员。", "会议议程：1.项目负责人汇报；2.专家质询；3.形成验收意见。",
                    ("重庆市科学技术局", LEFT + 700), ("2023年3月15日", LEFT + 720))
    assert document.doc_type == "unknown"


def test_an_application_form_citing_reports_is_no_report():
    document = read(Title("重庆市专业技术职务任职资格评审申报表"), "（工程技术系列）", "姓名 岑晓峰 性别 男 出生年月 1986.04",
                    "现职称 工程师 申报职称 高级工程师", "主要业绩：主持编写《压铸岛数字化监控系统技术报告》",
                    "单位意见：同意推荐", ("2023年5月6日", LEFT + 700))
    assert document.doc_type != "technical_report"


def test_a_three_party_agreement_is_a_contract():
    document = read(Title("技术咨询三方协议"), "甲方（委托方）：重庆市璧山区工业园区管理委员会", "乙方（咨询方）：重庆渝江咨询有限公司",
                    "丙方（资金监管方）：重庆农村商业银行股份有限公司璧山支行",
                    "甲方委托乙方编制园区产业发展规划，咨询费人民币（大写）玖拾捌万元整（¥980,000.00）。",
                    "签订日期：2021年6月8日")
    assert document.doc_type == "revenue_proof"
    assert document.fields.get("amount_wan") == 98.0


def _pages(*pages: list[str]) -> ReadResult:
    made = []
    for number, rows in enumerate(pages, 1):
        lines = [Line(text, (75, 90 + 24 * k, 75 + 9 * len(text), 100 + 24 * k), 1.0) for k, text in enumerate(rows)]
        made.append(Page(number, 595, 842, "text_layer", lines))
    return ReadResult("acceptance.pdf", "0" * 64, pages=made, page_count=len(made))


def test_a_member_table_that_goes_on_after_the_pages_text_at_the_next_pages_top():
    header = "序号 姓名 性别 出生年月 职称 工作单位 承担任务"
    first = ["重庆市技术创新与应用发展专项", "项目验收证书", "项目名称 压铸岛数字化监控系统研制", "项目负责人 岑晓峰",
             "验收日期 2022年8月26日", "主要研究人员", header,
             "1 岑晓峰 男 1978.03 正高级工程师 重庆渝江压铸有限公司 项目负责人",
             "2 蒲志强 男 1985.11 高级工程师 重庆渝江压铸有限公司 软件设计",
             "3 毛 毅 男 1982.07 高级工程师 重庆大学 算法研究",
             "验收结论：项目完成了合同规定的研究内容和考核指标，专家组同意通过验收。"]
    second = ["主要研究人员（续）", header, "4 宁静 女 1993.05 助理工程师 重庆渝江压铸有限公司 结构设计",
              "5 皇甫志 男 1987.04 工程师 重庆渝江压铸有限公司 测试", "组织验收单位：重庆市科学技术局", "2022年9月5日"]
    document = document_from(_pages(first, second), name="皇甫志")
    assert document.fields.get("members") == ["岑晓峰", "蒲志强", "毛毅", "宁静", "皇甫志"]
    assert document.fields.get("applicant_rank") == 5


def test_a_project_title_in_a_sentence_ends_at_the_sentence():
    fields = fields_of("project_acceptance", Title("验收报告"), "一、项目基本情况",
                       "项目名称：压铸岛数字化监控系统建设。承担单位：重庆渝江压铸有限公司。项目负责人：岑晓峰。",
                       "验收结论：同意通过验收。", ("2022年9月5日", LEFT + 700))
    assert fields.get("project_title") == "压铸岛数字化监控系统建设"


def test_a_forewords_list_of_spaced_names_wrapping_and_its_unit_are_no_title():
    fields = fields_of("technical_report", Title("前 言"), "本白皮书基于两地规模以上工业企业的评估数据，提出了协同推进的重点任务。",
                       "本白皮书编写组成员：", "主 编：岑 晓", "编写人员（按姓氏笔画排序）：马 骁 帅 克 庞 博 敖 雪 程立",
                       "新 谭雅文 黎思远", ("中国信息通信研究院西部分院", LEFT + 600), ("2025年1月", LEFT + 700))
    assert fields.get("title") is None
