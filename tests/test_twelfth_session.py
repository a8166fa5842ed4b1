"""Layouts and marks the twelfth session found read wrong, one test per cause."""

from __future__ import annotations

import pytest


# --- ticks in any ink: the printed boxes themselves are looked at -------------------------------

def _form(tmp_path, ticks: tuple[int, ...], cross: bool = False, grey: bool = False, first_box_read: bool = False):
    """A conclusion row 通过 / 基本通过 / 不通过 with three printed boxes; ``ticks`` are the
    boxes (0, 1, 2) a black pen marked; OCR read the words, and □ before the last two only
    (as it drops the first box into the label's colon) unless ``first_box_read``."""
    from PIL import Image, ImageDraw

    from extractor.model import Line, Page, ReadResult

    image = Image.new("RGB", (1240, 400), "white")
    draw = ImageDraw.Draw(image)
    xs = (250, 500, 800)
    for x in xs:
        draw.rectangle([x, 184, x + 32, 216], outline="black", width=3)
    for k in ticks:
        x = xs[k]
        if cross:
            draw.line([(x + 2, 186), (x + 30, 214)], fill=(20, 20, 20), width=4)
            draw.line([(x + 30, 186), (x + 2, 214)], fill=(20, 20, 20), width=4)
        else:
            draw.line([(x + 4, 200), (x + 14, 214), (x + 40, 170)], fill=(20, 20, 20), width=4)
    if grey:
        image = image.convert("L")
    path = tmp_path / "验收.png"
    image.save(path)
    lines = [Line("验收证书", (500, 60, 700, 100), 0.99), Line("项目名称：智能产线改造", (50, 120, 500, 150), 0.99),
             Line("验收结论：", (50, 180, 200, 220), 0.99),
             Line("□通过" if first_box_read else "通过", (250 if first_box_read else 290, 180, 380, 220), 0.99),
             Line("□基本通过", (500, 180, 700, 220), 0.99), Line("□不通过", (800, 180, 960, 220), 0.99)]
    return path, ReadResult(str(path), "0" * 64, page_count=1, pages=[Page(1, 1240, 400, "ocr", lines)])


def _looked(path, result):
    from extractor import ReadOptions
    from extractor.doctypes import doctype
    from zhicheng.documents import _look_at_ticks, document_from

    document = document_from(result, None, None)
    assert document.doc_type == "project_acceptance"
    _look_at_ticks(path, result, ReadOptions(), document, doctype("project_acceptance"), None)
    return document.fields.get("passed"), [i["code"] for i in document.issues]


def test_an_empty_form_is_never_read_as_passed_from_the_box_ocr_dropped(tmp_path):
    """Nobody ticked: OCR lost the first □ into the colon, and the reading inferred 「通过」
    from the other two boxes read empty.  The boxes, all empty, withdraw that."""
    passed, codes = _looked(*_form(tmp_path, ()))
    assert passed is None and "acceptance_unclear" in codes


def test_a_black_tick_in_the_box_ocr_dropped_confirms_the_inference(tmp_path):
    passed, codes = _looked(*_form(tmp_path, (0,)))
    assert passed is True and "low_ocr_confidence" in codes


@pytest.mark.parametrize("cross", [False, True])
@pytest.mark.parametrize("grey", [False, True])
def test_a_black_or_grey_mark_in_a_box_is_read_from_the_box(tmp_path, cross, grey):
    passed, codes = _looked(*_form(tmp_path, (2,), cross=cross, grey=grey, first_box_read=True))
    assert passed is False and "low_ocr_confidence" in codes


def test_two_boxes_marked_decide_nothing(tmp_path):
    passed, _ = _looked(*_form(tmp_path, (0, 2), first_box_read=True))
    assert passed is None
    passed, codes = _looked(*_form(tmp_path, (0, 2)))
    assert passed is None and "acceptance_unclear" in codes  # nor confirm an inference


def test_a_mark_in_the_box_of_basically_passed_stays_for_a_person(tmp_path):
    passed, codes = _looked(*_form(tmp_path, (1,), first_box_read=True))
    assert passed is None and "acceptance_unclear" in codes


def test_every_box_read_empty_infers_nothing():
    """□通过 □基本通过 □不通过, each box read: 基本通过 is an option of its own, not a word
    whose □ is the previous option's mark (which inferred 「通过」 from a blank form)."""
    from extractor.doctypes.project_acceptance import _ticked_how

    assert _ticked_how("验收结论：  □通过  □基本通过  □不通过") == (None, False)
    assert _ticked_how("□通过  ☑基本通过  □不通过") == (None, False)
    assert _ticked_how("验收结论：  通过  □基本通过  □不通过") == (True, True)  # one box not read: inferred


# --- reading: probe AM's acceptances, a 结业证书, a paper's wrapped title ----------------------

def _typed(*pages_rows, name=None):
    from classifiers import classify
    from extractor.doctypes import doctype
    from tests.typed_pages import doc, page

    text = doc(*(page(*rows) for rows in pages_rows))
    kind = classify(text)
    fields = doctype(kind.doc_type).extract(text) if kind.doc_type != "unknown" else None
    return kind.doc_type, (fields.values if fields else {}), ([code for _, code, _ in fields.issues] if fields else [])


def _lines(*cells, width=1654, height=2339):
    """A page of OCR boxes: ``(text, x0, y0, x1, y1)`` each."""
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    lines = [Line(t, (x0, y0, x1, y1), 0.99) for t, x0, y0, x1, y1 in cells]
    return DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, width, height, "ocr", lines)]))


def test_a_member_table_in_two_numbered_halves_is_read_down_the_left_then_the_right():
    from tests.typed_pages import Row

    rows = [Row((120, "序号"), (250, "姓名"), (450, "单位"), (650, "序号"), (780, "姓名"), (980, "单位"))]
    left, right = ["公孙晨", "孔静哲", "任博帅", "范梓"], ["史帅", "唐波", "谢欢睿", "秦耀"]
    for k, (a, b) in enumerate(zip(left, right)):
        rows.append(Row((130, str(k + 1)), (250, a), (450, "重庆瀚海公司"), (660, str(k + 5)), (780, b), (980, "重庆嘉陵公司")))
    kind, values, codes = _typed([Big_("国家重点研发计划"), Big_("课题验收结论书"), "课题名称：智能仓储物流系统关键技术",
                                  "课题负责人：公孙晨", "验收时间：2024年9月25日", "验收结论：通过", Big_("课题组主要成员", 30), *rows])
    assert kind == "project_acceptance"
    assert values["members"] == left + right and "list_order_unclear" not in codes
    assert values["level"] == "national"  # (所属专项 网络协同制造和智能工厂 is no factory)


def Big_(text, size=46):
    from tests.typed_pages import Big

    return Big(text, size)


def test_a_programme_named_for_smart_factories_is_no_enterprise():
    from extractor.fields.levels import level_of

    assert level_of("网络协同制造和智能工厂")[0] is None
    assert level_of("重庆机床厂")[0].value == "enterprise"


def test_the_leader_who_gave_the_report_and_the_one_who_led_the_project():
    kind, values, _ = _typed([Big_("项目验收意见"), "2021年11月24日，重庆市经济和信息化委员会组织召开验收会。验收专家组听取了",
                              "项目负责人宇文建所作的项目实施情况汇报，审阅了验收资料。", "验收结论：通过。",
                              "项目组成员有：宇文建、慕容玉健、张彬晶、郑红。"])
    assert kind == "project_acceptance" and values["leader"] == "宇文建"
    kind, values, _ = _typed([Big_("结题证书"), At_(900, "证书编号：JT20218071"),
                              "朱翔同志主持的重庆市科技计划项目《云化PLC控制系统研发及产业化》，经专家评审，",
                              "已完成预定研究任务，准予结题。", "特发此证。", "主要参加人员：朱翔、段强晨、尉迟萍晓、邓怡",
                              At_(900, "重庆市科学技术局"), At_(900, "二〇二一年九月二十六日")])
    assert kind == "project_acceptance" and values["leader"] == "朱翔"


def At_(x, text):
    from tests.typed_pages import At

    return At(x, text)


def test_each_unit_then_its_people():
    kind, values, _ = _typed([Big_("重庆市技术创新与应用发展专项"), Big_("项目验收证书"), "项目名称：智能仓储物流系统集成应用",
                              "项目负责人：程雨轩", "验收日期：2022年01月08日", "参加单位及人员：",
                              At_(180, "重庆合川博远电子科技有限公司：程雨轩、石燕鑫、高梓燕"),
                              At_(180, "重庆渝北中科汽车零部件有限公司：顾鑫倩、许峰荣"),
                              At_(180, "重庆理工大学：朱林帅、汪雨、杨明"), "验收意见：", "经审查，项目完成了合同规定的各项任务。",
                              "验收结论：通过。"])
    assert kind == "project_acceptance"
    assert values["members"] == ["程雨轩", "石燕鑫", "高梓燕", "顾鑫倩", "许峰荣", "朱林帅", "汪雨", "杨明"]


def test_a_label_centred_between_the_two_lines_of_its_names_a_name_cut_at_the_wrap():
    from extractor.doctypes import doctype

    text = _lines(("渝北区科技计划项目验收意见表", 495, 186, 1155, 235), ("项目名称", 248, 297, 384, 342),
                  ("基于边缘计算的制造执行系统集成应用", 620, 301, 1279, 337), ("项目负责人", 236, 456, 397, 497),
                  ("孙雨翔", 575, 452, 686, 502),
                  ("孙雨翔、冉福嘉、宋蓉耀、任娟雪、向怡、徐玉豪、邓哲、梁英晓、薛英", 446, 531, 1441, 567),
                  ("项目参加人员", 221, 552, 410, 589), ("波、 令狐洋欣、冉莉秀、黎秀、司马超", 447, 575, 975, 608),
                  ("验收结论", 249, 1217, 382, 1259), ("通过", 543, 1205, 672, 1261), ("验收日期", 880, 1328, 1014, 1369),
                  ("2025.07.17", 1180, 1329, 1342, 1366))
    values = doctype("project_acceptance").extract(text).values
    assert values["members"] == ["孙雨翔", "冉福嘉", "宋蓉耀", "任娟雪", "向怡", "徐玉豪", "邓哲", "梁英晓", "薛英波",
                                 "令狐洋欣", "冉莉秀", "黎秀", "司马超"]


def test_a_member_table_numbered_with_dots_goes_on_to_the_next_page():
    from extractor.doctypes import doctype
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    first = [Line("项目验收报告", (600, 100, 1000, 150)), Line("项目名称  智能装配生产线开发与应用", (190, 200, 1200, 240)),
             Line("二、项目参与人员", (200, 1333, 445, 1376)), Line("序号", (205, 1387, 280, 1437)),
             Line("姓名", (348, 1386, 433, 1435)), Line("职称", (550, 1387, 630, 1436)), Line("工作单位", (860, 1390, 983, 1433))]
    names = ["高秀红", "诸葛峰", "宋雪鑫", "宇文彬帅", "诸葛琳丽", "段志辉"]
    for k, name in enumerate(names):
        y = 1454 + 64 * k
        first += [Line(f"{k + 1}." if k % 2 else str(k + 1), (228, y, 262, y + 40)), Line(name, (335, y, 440, y + 45)),
                  Line("工程师", (545, y, 640, y + 44)), Line("重庆嘉陵众恒机械制造有限公司", (725, y, 1123, y + 41))]
    second = [Line("续表", (189, 197, 260, 242))]
    for k, name in enumerate(["肖豪", "戴博琳"]):
        y = 257 + 62 * k
        second += [Line(str(k + 7), (221, y, 263, y + 38)), Line(name, (351, y, 436, y + 45)),
                   Line("工程师", (544, y, 641, y + 42))]
    second += [Line("三、验收意见", (190, 620, 387, 670)), Line("验收结论：通过验收。", (253, 730, 549, 770)),
               Line("2022年10月23日", (1229, 858, 1460, 895))]
    text = DocText(ReadResult("t.png", "0" * 64, page_count=2,
                              pages=[Page(1, 1654, 2339, "ocr", first), Page(2, 1654, 2339, "ocr", second)]))
    assert doctype("project_acceptance").extract(text).values["members"] == names + ["肖豪", "戴博琳"]


def test_a_completion_certificate_shows_no_education():
    kind, values, codes = _typed([Big_("结业证书"), At_(250, "学生许嘉伟，性别男，1990年3月12日生，于2008年9月至2012年6月在本校"),
                                  "机械设计制造及其自动化专业四年制本科学习，修完教学计划规定的全部课程，因部分课程考核",
                                  "不合格，未达到毕业要求，准予结业。", None, At_(700, "校名：重庆理工大学"),
                                  At_(700, "2012年6月30日")])
    assert kind == "degree_certificate" and values.get("holder") == "许嘉伟"
    assert "education" not in values and "not_graduated" in codes
    kind, values, codes = _typed([Big_("毕业证书"), At_(250, "学生许嘉伟，性别男，于2008年9月至2012年6月在本校机械设计制造及其自动化"),
                                  "专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", None,
                                  At_(700, "校名：重庆理工大学"), At_(700, "2012年6月30日")])
    assert values.get("education") == "bachelor" and "not_graduated" not in codes


def test_a_papers_byline_under_a_title_whose_last_letter_wrapped():
    from extractor.doctypes import doctype

    text = _lines(("计算机工程与应用", 125, 93, 407, 138), ("2025年第61卷第12期", 1236, 99, 1545, 142),
                  ("ISSN 1002-8331 CN 11-2127/TP", 1111, 146, 1542, 189),
                  ("面向离散制造车间的边缘计算数据采集与质量控制方", 150, 312, 1502, 389), ("法", 142, 393, 222, 473),
                  ("许嘉伟,刘志强,周立群2", 588, 502, 1076, 569),
                  ("1. 重庆智联云科技有限公司,重庆400039;2.重庆大学机械与运载工程学院,重庆400044", 185, 599, 1387, 650),
                  ("摘要:针对离散制造车间多源异构设备数据采集时延高、协议适配难的问题,提出一种方法。", 146, 688, 1480, 740))
    assert doctype("journal_paper").extract(text).values["authors"] == ["许嘉伟", "刘志强", "周立群"]


def test_a_letter_spaced_caption_whose_first_letter_ocr_boxed_apart():
    from extractor.doctypes import doctype

    text = _lines(("年产18万套智能网联汽车控制器数字化车间建设项目可行性研究报告", 289, 662, 1364, 740),
                  ("报告编制人员", 688, 443, 961, 501), ("编", 349, 603, 440, 647), ("制:魏龙", 429, 600, 624, 648),
                  ("袁蓉锦 皇甫涛欢 许龙福", 623, 600, 1080, 649), ("审 核: 吕永薇", 350, 825, 649, 875),
                  ("批", 348, 925, 424, 970), ("准:杨雪帆", 451, 923, 646, 971), ("编制日期:2024年4月6日", 350, 1019, 767, 1066))
    assert [l.text for l in text.lines][2] == "编 制:魏龙"
    assert doctype("technical_report").extract(text).values["authors"] == ["魏龙", "袁蓉锦", "皇甫涛欢", "许龙福"]


def test_writers_one_a_line_each_with_his_title_and_a_plan_of_three_years():
    kind, values, _ = _typed([Big_("长江中科机械制造有限公司"), Big_("数字化转型三年行动规划（2024—2026年）"), None, None,
                              At_(400, "二〇二三年二月")],
                             [Big_("报告编写组"), "编制人员：", At_(180, "周秀 高级工程师"), At_(180, "曹晶 高级工程师"),
                              At_(180, "薛彬 正高级工程师"), At_(180, "龚雨晨 工程师")])
    assert kind == "technical_report" and values["report_kind"] == "plan"
    assert values["authors"] == ["周秀", "曹晶", "薛彬", "龚雨晨"]
    assert values["title"] == "长江中科机械制造有限公司数字化转型三年行动规划（2024—2026年）"  # the company's own plan


def test_a_papers_authors_labelled_by_place_and_its_received_and_accepted_days():
    """(An issue's masthead, 第32卷 第11期, is no cue of a paper: tried, it made one blind
    document of twentyfirst a paper that is none.)"""
    from extractor.doctypes import doctype
    from tests.typed_pages import doc, page

    text = doc(page(At_(500, "《组合机床与自动化加工技术》 2022年11月 第32卷 第11期"),
                    Big_("基于强化学习的柔性作业车间动态调度"), At_(300, "作者一：汪萍（重庆工商大学）"),
                    At_(300, "作者二：向刚（重庆邮电大学）"), At_(300, "作者三：司马亮雪（重庆理工大学）"),
                    "摘要：针对传统人工质检效率低、漏检率高等问题，提出一种方法。", "关键词：智能制造；边缘计算", "1 引言"))
    assert doctype("journal_paper").extract(text).values["authors"] == ["汪萍", "向刚", "司马亮雪"]
    kind, values, _ = _typed([At_(120, "Modern Manufacturing Engineering·现代制造工程"), "2025年2月 第35卷第2期", None,
                              Big_("融合知识图谱的制造执行系统异常诊断方法"), "林琦祥 邱轩 邱飞",
                              "Received:2024-04-24   Accepted: 2024-12-20",
                              "【摘要】针对复杂制造场景中的实际问题，提出一种新的方法。", "1 引言"])
    assert kind == "journal_paper" and values["authors"] == ["林琦祥", "邱轩", "邱飞"]


def test_an_auditors_day_after_his_place_and_a_day_under_a_seals_words():
    kind, values, _ = _typed([Big_("审计报告"), "重庆礼嘉星辰精密制造有限公司全体股东：",
                              "我们审计了后附的贵公司2022年度至2024年度产品销售收入明细表。", "单位：万元",
                              "年度   2022年   2023年   2024年   合计", "销售收入   1,323.78   4,199.73   4,944.86   10,468.37",
                              At_(700, "中国注册会计师："), At_(800, "中国·重庆   2025年4月8日")])
    assert kind == "revenue_proof" and str(values["date"]) == "2025-04-08"
    kind, values, _ = _typed([Big_("销售收入证明"), "兹证明，我公司“机器视觉检测设备”产品2020年至2021年累计实现销售收入4,834.16万元。",
                              "特此证明。", At_(800, "重庆礼嘉精工智能装备有限公司"), At_(800, "财务专用2022年05月17日")])
    assert kind == "revenue_proof" and str(values["date"]) == "2022-05-17"


def test_a_recommenders_title_after_his_unit_in_his_own_sentence():
    for own, title in (("重庆嘉陵凯宏工业互联网有限公司高级工程师", "senior_engineer"), ("重庆市机械工业研究院研究员", "研究员")):
        kind, values, _ = _typed([Big_("推荐信"), "重庆市职称评审委员会：",
                                  f"本人董静莉，{own}，现就重庆朝天智造自动化设备有限公司薛俊同志申报高级工程师职称一事作如下推荐。",
                                  "综上，薛俊同志业绩突出，符合申报条件，本人郑重推荐。", At_(700, "推荐人（签名）："),
                                  At_(800, "二〇二四年八月十日")])
        assert kind == "recommendation_letter" and values["recommender_title"] == title


def test_an_invoices_name_line_whose_first_letter_ocr_lost():
    from extractor.doctypes import doctype

    text = _lines(("重庆增值税专用发票", 450, 183, 794, 227), ("开票日期:2025年03月13日", 907, 268, 1160, 294),
                  ("称:重庆涪陵瀚海数字科技有限公司", 210, 306, 539, 332), ("纳税人识别号:915000008091004084", 154, 333, 501, 360),
                  ("合计", 404, 523, 495, 559), ("¥1323000.00", 820, 527, 940, 554), ("¥171990.00", 1033, 529, 1141, 553),
                  ("价税合计(大写)", 116, 574, 282, 608), ("⊗壹佰肆拾玖万肆仟玖佰玖拾圆整", 333, 577, 651, 605),
                  ("(小写)¥1494990.00", 818, 577, 1018, 605), ("名 称:重庆渝北云网信息技术股份有限公司", 151, 623, 581, 656),
                  ("纳税人识别号:915001127881062729", 153, 652, 502, 681), width=1240, height=1754)
    values = doctype("revenue_proof").extract(text).values
    assert values["parties"] == ["重庆涪陵瀚海数字科技有限公司", "重庆渝北云网信息技术股份有限公司"]


def test_an_application_published_before_grant_is_no_granted_patent():
    """(12)发明专利申请, 申请公布号 CN…A: its 申请号 is no patent number, nothing is granted (probe AN D26)."""
    from extractor.doctypes import doctype

    text = _lines(("(19)中华人民共和国国家知识产权局", 116, 126, 841, 187), ("(10)申请公布号 CN 116543210 A", 931, 203, 1446, 251),
                  ("(12)发明专利申请", 118, 234, 584, 310), ("(43)申请公布日2023.06.02", 930, 262, 1361, 310),
                  ("(21)申请号", 116, 403, 289, 453), ("202310123456.6", 437, 408, 699, 448), ("(54)发明名称", 850, 404, 1060, 451),
                  ("一种基于边缘计算的数控机床数据采集方法及系统", 851, 464, 1488, 512), ("(22)申请日", 116, 486, 291, 536),
                  ("2023.02.10", 437, 489, 617, 532), ("(72)发明人", 114, 705, 291, 758), ("许嘉伟 张明远 陈思远", 438, 710, 755, 751))
    fields = doctype("patent_certificate").extract(text)
    assert "patent_number" not in fields.values and "grant_date" not in fields.values
    assert "patent_not_granted" in [code for _, code, _ in fields.issues]
    assert fields.values["inventors"] == ["许嘉伟", "张明远", "陈思远"]


# --- probe AO, attacking the above ----------------------------------------------------------------

def test_the_chair_of_the_meeting_is_no_leader_of_the_project():
    kind, values, _ = _typed([Big_("项目验收意见"), "项目名称：工业互联网平台边缘采集网关研发及示范应用",
                              "2024年9月20日，重庆市科学技术局组织召开项目验收会。由李明同志主持的会议听取了项目组的工作汇报，",
                              "专家组认为该项目完成了任务书规定的研究内容，同意该项目通过验收。"])
    assert kind == "project_acceptance" and values.get("leader") is None


def test_the_candidates_title_after_i_recommend_is_not_the_recommenders():
    kind, values, _ = _typed([Big_("推荐信"), "重庆市工程技术工业互联网与智能制造专业高级职称评审委员会：",
                              "本人推荐王强，重庆长安汽车股份有限公司高级工程师，破格申报正高级工程师。王强同志业绩突出。",
                              "特此推荐。", At_(700, "推荐人（签名）：刘建国"), At_(800, "2025年3月10日")])
    assert kind == "recommendation_letter" and values.get("recommender_title") is None


def test_another_questions_boxes_do_not_answer_the_conclusion():
    """财务审计 通过 □不通过 (its 通过 ticked, the tick unread) above 验收结论 □通过 □基本通过 □不通过
    (nothing ticked): the conclusion row alone answers, and says nothing."""
    from tests.typed_pages import Row

    kind, values, codes = _typed([Big_("验收意见表"), "项目名称：汽车焊装数字化车间建设项目", "验收时间：2024年6月18日",
                                  Row((120, "财务审计"), (460, "通过"), (640, "□不通过")),
                                  Row((120, "验收结论"), (460, "□通过"), (640, "□基本通过"), (880, "□不通过")),
                                  "专家组组长（签字）："])
    assert kind == "project_acceptance" and values.get("passed") is None


def test_an_empty_box_read_as_a_mouth_and_an_unticked_failure_say_nothing():
    from extractor.doctypes.project_acceptance import _outcome, _ticked_how

    assert _ticked_how("验收结论  口通过  基本通过  不通过") == (None, False)
    assert _ticked_how("接口通过测试") == (None, False)
    assert _outcome("验收结论基本通过□不通过") is None


def test_a_tables_continuation_alone_is_never_the_member_list():
    from extractor.doctypes import doctype
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    first = [Line("验收证书", (665, 357, 996, 438)), Line("项目名称", (235, 633, 384, 678)),
             Line("工业互联网平台边缘采集网关研发及示范应用", (536, 634, 1239, 681)), Line("验收结论", (231, 1262, 380, 1307)),
             Line("通过验收", (529, 1262, 681, 1310)), Line("主要研究人员名单见附页。", (232, 1493, 514, 1533))]
    last = [Line("主要研究人员名单（续）", (114, 112, 492, 157)), Line("序号", (161, 220, 240, 275)),
            Line("姓名", (273, 220, 352, 278)), Line("工作单位", (482, 224, 609, 275))]
    for k, name in enumerate(["郭晓峰", "李明", "林涛"]):
        y = 305 + 79 * k
        last += [Line(str(13 + k), (164, y, 212, y + 50)), Line(name, (276, y, 376, y + 51)), Line("重庆大学", (487, y, 608, y + 48))]
    text = DocText(ReadResult("t.pdf", "0" * 64, page_count=2,
                              pages=[Page(1, 1655, 2339, "ocr", first), Page(2, 1655, 2339, "ocr", last)]))
    assert doctype("project_acceptance").extract(text).values.get("members") is None


def test_one_half_of_a_two_half_table_is_never_the_list():
    """The right half read short (its cells OCR lost): the left half's names alone would rank
    the applicant by position (序号7 read 4th: within 前5)."""
    from tests.typed_pages import Row

    rows = [Row((120, "序号"), (250, "姓名"), (450, "单位"), (650, "序号"), (780, "姓名"), (980, "单位")),
            Row((130, "1"), (250, "王建华"), (450, "重庆大学"), (660, "2"), (780, "刘洋"), (980, "重庆大学")),
            Row((130, "3"), (250, "李明"), (450, "重庆大学"), (660, "4"), (980, "重庆大学")),
            Row((130, "5"), (250, "孙鹏"), (450, "重庆大学"), (660, "6"), (980, "重庆大学")),
            Row((130, "7"), (250, "郭晓峰"), (450, "重庆大学"))]
    kind, values, _ = _typed([Big_("项目验收证书"), "项目名称：智能仓储物流系统关键技术", "验收结论：通过",
                              Big_("主要研究人员名单", 30), *rows])
    assert kind == "project_acceptance" and values.get("members") is None


def test_authors_labelled_by_place_all_on_one_line():
    from extractor.doctypes import doctype
    from tests.typed_pages import doc, page

    text = doc(page(At_(120, "现代制造工程"), At_(900, "ISSN 1671-3133"), Big_("基于数字孪生的装配线平衡优化方法"),
                    At_(200, "作者一：王强  作者二：李娜  作者三：张伟（通讯作者）"),
                    "摘要：针对装配线平衡问题，提出一种方法。", "关键词：数字孪生；装配线"))
    assert doctype("journal_paper").extract(text).values["authors"] == ["王强", "李娜", "张伟"]
