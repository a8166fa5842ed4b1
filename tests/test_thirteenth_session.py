"""Layouts and wordings the thirteenth session found read wrong, one test per cause."""

from __future__ import annotations

import pytest


def _typed(*pages_rows, name=None):
    from classifiers import classify
    from extractor.doctypes import doctype
    from tests.typed_pages import doc, page

    text = doc(*(page(*rows) for rows in pages_rows))
    kind = classify(text)
    fields = doctype(kind.doc_type).extract(text) if kind.doc_type != "unknown" else None
    return kind.doc_type, (fields.values if fields else {}), ([code for _, code, _ in fields.issues] if fields else [])


def _big(text, size=46):
    from tests.typed_pages import Big

    return Big(text, size)


def test_two_halves_numbered_down_may_differ_in_length():
    """序号 1–6 | 7–9: the right half ends three rows early; the numbers vouch for the order."""
    from tests.typed_pages import Row

    left, right = ["公孙晨", "孔静哲", "任博帅", "范梓", "欧阳明", "张伟"], ["史帅", "唐波", "谢欢睿"]
    rows = [Row((120, "序号"), (250, "姓名"), (450, "单位"), (650, "序号"), (780, "姓名"), (980, "单位"))]
    for k, a in enumerate(left):
        cells = [(130, str(k + 1)), (250, a), (450, "重庆瀚海公司")]
        if k < len(right):
            cells += [(660, str(k + 7)), (780, right[k]), (980, "重庆嘉陵公司")]
        rows.append(Row(*cells))
    kind, values, codes = _typed([_big("项目验收证书"), "项目名称：智能仓储物流系统关键技术", "项目负责人：公孙晨",
                                  "验收时间：2024年9月25日", "验收结论：通过", _big("项目组主要成员", 30), *rows])
    assert kind == "project_acceptance"
    assert values["members"] == left + right and "list_order_unclear" not in codes


def _unnumbered_halves(left, right):
    from extractor.model import Page, ReadResult
    from tests.typed_pages import HEIGHT, WIDTH, Row, page

    rows = [Row((250, "姓名"), (450, "单位"), (780, "姓名"), (980, "单位"))]
    for k, a in enumerate(left):
        cells = [(250, a), (450, "重庆瀚海公司")]
        if k < len(right):
            cells += [(780, right[k]), (980, "重庆嘉陵公司")]
        rows.append(Row(*cells))
    lines = page(_big("项目验收证书"), "项目名称：智能仓储物流系统关键技术", "验收时间：2024年9月25日", "验收结论：通过",
                 _big("项目组主要成员", 30), *rows)
    return ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, WIDTH, HEIGHT, "text_layer", lines)])


def test_two_unnumbered_halves_rank_by_the_worse_of_their_two_readings():
    """No 序号: row by row 唐波 is 4th, down each half 6th; 公孙晨 is 1st either way, and
    孔静哲 3rd row by row, 2nd down: a place is only as good as the worse reading."""
    from zhicheng.documents import document_from

    left, right = ["公孙晨", "孔静哲", "任博帅", "范梓"], ["史帅", "唐波", "谢欢睿", "秦耀"]
    ranks = {}
    for name in ("公孙晨", "孔静哲", "唐波", "秦耀"):
        document = document_from(_unnumbered_halves(left, right), name)
        assert document.doc_type == "project_acceptance"
        assert document.fields["members"] == ["公孙晨", "史帅", "孔静哲", "唐波", "任博帅", "谢欢睿", "范梓", "秦耀"]
        assert "list_order_unclear" in [i["code"] for i in document.issues]
        ranks[name] = document.fields["applicant_rank"]
    assert ranks == {"公孙晨": 1, "孔静哲": 3, "唐波": 6, "秦耀": 8}


def test_two_unnumbered_halves_far_apart_in_length_are_no_list():
    """Five names left and two right, no numbers: one half may have lost its cells to OCR."""
    from zhicheng.documents import document_from

    document = document_from(_unnumbered_halves(["公孙晨", "孔静哲", "任博帅", "范梓", "欧阳明"], ["史帅", "唐波"]), "史帅")
    assert document.doc_type == "project_acceptance"
    assert document.fields.get("members") is None and document.fields.get("applicant_rank") is None


def test_a_paper_in_a_supplement_is_flagged_and_its_core_status_left_to_a_person(tmp_path):
    from zhicheng.documents import Document
    from zhicheng.journals_lookup import core_journal_checker
    from journals import load_lists

    heads = ["第28卷 增刊1 计算机集成制造系统 Vol.28 Suppl.1", "2022年12月 Computer Integrated Manufacturing Systems Dec. 2022"]
    body = ["CN 11-5946/TP ISSN 1006-5911", _big("基于数字孪生的离散制造车间动态调度方法", 30), "张伟1，李强2",
            "（1.重庆两江智造科技有限公司，重庆 401120）", "摘要：针对离散制造车间生产过程中的扰动，提出一种动态调度方法。",
            "关键词：数字孪生；动态调度", "中图分类号：TP391 文献标志码：A"]
    for supplement in (True, False):
        lines = heads if supplement else ["第28卷 第12期 计算机集成制造系统 Vol.28 No.12", heads[1]]
        kind, values, codes = _typed([*lines, *body])
        assert kind == "journal_paper" and values["journal"] == "计算机集成制造系统"
        assert ("journal_supplement" in codes) is supplement
        document = Document(file="p.pdf", sha256="0" * 64, pages=1, text_source="text_layer", doc_type=kind,
                            confidence=1.0, reasons=[], fields={**values, "applicant_rank": 1},
                            issues=[{"severity": "warning", "code": c, "message": ""} for c in codes])
        listed = tmp_path / "journals.csv"
        listed.write_text("list,edition,name,cn,issn\n北大核心,2020,计算机集成制造系统,11-5946/TP,1006-5911\n", encoding="utf-8")
        core, issues = core_journal_checker([listed], load_lists([listed]))
        assert core(document) is (None if supplement else True) and issues == []


def test_a_contract_not_yet_performed_is_no_revenue_and_a_breach_clause_says_nothing():
    from extractor.doctypes import doctype
    from rules.vocabulary import Kind

    head = [_big("技术服务合同"), "委托方（甲方）：重庆华岳汽车零部件有限公司", "受托方（乙方）：重庆两江智造科技有限公司",
            "第二条 合同金额：人民币壹仟伍佰万元整（¥15,000,000.00）。"]
    foot = ["签订日期：2025年11月20日"]
    clauses = {"备注：截至2025年12月31日，本合同尚未开始履行，甲方未付款，乙方未确认收入。": False,
               "第九条 任何一方未履行本合同约定的，应承担违约责任；合同解除后，尚未履行的，终止履行。": None}
    for clause, realised in clauses.items():
        kind, values, codes = _typed([*head, clause, *foot])
        assert kind == "revenue_proof" and values["amount_wan"] == 1500
        assert values.get("realised") is realised
        assert ("revenue_not_realised" in codes) is (realised is False)
        facts = doctype(kind).facts(values, Kind.REVENUE, None, None)
        assert facts["amount_wan"] == (None if realised is False else 1500)


def test_a_lapsed_patent_is_held_back_for_a_person_and_a_certificates_own_warning_is_no_lapse():
    """专利权终止通知书 (未缴年费): the patent was in force once; whether it still counts the rule
    text does not say, so a person decides.  A certificate's printed warning (未按照规定缴纳年费
    的，专利权自…期满之日起终止) lapses nothing."""
    from classifiers import classify
    from tests.test_audit import PATENT, claim
    from tests.test_tenth_session import _audited, _paper
    from tests.typed_pages import doc, page

    notice = ["专利权终止通知书", "专利号：ZL 2021 1 1233040.7", "发明创造名称：一种基于边缘计算的工业设备协议自适应转换方法",
              "上述专利权人未按期缴纳第4年度年费和滞纳金，该专利权于2024年10月22日终止。", "发文日：2025年03月10日"]
    assert classify(doc(page(_big(notice[0]), *notice[1:]))).doc_type == "unknown"
    cite = [claim(0, ["p.pdf"], kind="patent", patent_type="invention", granted=True, rank=3, date="2023-02-24")]
    result = _audited([PATENT, _paper("终止.pdf", "unknown", " ".join(notice))], cite)
    assert result.achievements == [] and "evidence_withdrawn" in [i["code"] for i in result.issues]
    warning = _paper("另一证书.pdf", "patent_certificate", "发明专利证书 专利号：ZL 2021 1 1233040.7 "
                     "未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。")
    assert len(_audited([PATENT, warning], cite).achievements) == 1


def test_a_paper_whose_author_was_born_another_year_is_a_namesakes():
    """作者简介：张三（1996—）, while his title certificate says 出生年月 1985: held back for a person."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    title = _paper("职称.pdf", "title_certificate", "专业技术人员职称证书 姓名：张三 出生年月：1985年5月 资格名称：工程师",
                   holder="张三", title="engineer", date="2018-12-20")
    for born, counted in (("1996", False), ("1985", True)):
        paper = _paper("论文.pdf", "journal_paper", f"基于数字孪生的车间调度方法 张三1，李强2 作者简介：张三（{born}—），男，重庆人",
                       title="基于数字孪生的车间调度方法", authors=["张三", "李强"], journal="计算机集成制造系统",
                       cn="11-5946/TP", issn="1006-5911", date="2022-12", applicant_rank=1)
        cite = [claim(0, ["论文.pdf"], kind="paper", rank=1, date="2022-12")]
        result = _audited([title, paper], cite)
        assert bool(result.achievements) is counted
        assert ("namesake" in [i["code"] for i in result.issues]) is not counted


def test_a_sum_is_dated_by_the_months_it_was_earned_in_and_a_period_across_the_title_waits():
    """2017's sales certified in 2019 are 2017's (the title came in 2018-07); sales summed from
    2017 to 2022 cannot be split at the title; 2019's are counted."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    kind, values, _ = _typed([_big("新增销售收入证明"),
                              "兹证明，我公司张三同志参与开发推广的工业数据采集网关产品，2017年1月至2017年12月累计实现新增销售收入人民币600万元。",
                              "重庆渝新智能装备有限公司财务部", "2019年8月15日"])
    assert kind == "revenue_proof" and values["date"] == "2019-08-15"
    assert (values["period_start"], values["period_end"]) == ("2017-01", "2017-12")
    outcomes = {}
    for start, end in (("2017-01", "2017-12"), ("2017-01", "2022-12"), ("2019-01", "2019-12")):
        proof = _paper("收入.pdf", "revenue_proof", "新增销售收入证明 重庆渝新智能装备有限公司 张三", amount_wan=600,
                       parties=["重庆渝新智能装备有限公司"], date="2023-01-12", period_start=start, period_end=end)
        result = _audited([proof], [claim(0, ["收入.pdf"], kind="revenue", amount_wan=600, role="participant", date=end)])
        codes = [i["code"] for i in result.issues]
        outcomes[start, end] = (str(result.achievements[0].achievement.date) if result.achievements else None,
                                "before_current_title" in codes)
    assert outcomes == {("2017-01", "2017-12"): ("2017-12", False), ("2017-01", "2022-12"): (None, True),
                        ("2019-01", "2019-12"): ("2019-12", False)}


# --- reading: probe AP's reports, letters, acceptances and papers ------------------------------

def test_a_form_about_a_report_is_titled_by_its_report_name():
    from tests.typed_pages import Row

    kind, values, _ = _typed([_big("重庆南岸智慧能源服务有限公司", 30), _big("技术报告审批表"),
                              Row((100, "报告名称"), (300, "数控机床远程运维平台技术报告")),
                              Row((100, "编写人"), (300, "周志刚、李涛、薛晓燕、夏侯颖")), Row((100, "编写日期"), (300, "2023年6月12日"))])
    assert kind == "technical_report" and values["title"] == "数控机床远程运维平台技术报告"


def test_a_scanned_staff_page_does_not_outsize_a_text_layer_cover():
    """A cover in points (595×842) and a scanned page in pixels (1710×2379): the scan's heading
    可行性研究报告编制人员 is no bigger for its larger numbers."""
    from classifiers import classify
    from extractor.doctypes import doctype
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    cover = [Line("重庆两江数字产业园", (199, 204, 396, 225)), Line("数字化能源管理平台项目", (177, 237, 416, 259)),
             Line("可行性研究报告", (221, 270, 374, 291)), Line("编制单位：重庆华夏远景工程咨询有限公司", (114, 513, 378, 527)),
             Line("二〇二三年三月", (246, 650, 347, 665))]
    staff = [Line("可行性研究报告编制人员", (615, 295, 1090, 347)), Line("项目负责人", (344, 424, 527, 469)),
             Line("司徒娜", (595, 421, 714, 471)), Line("编制人", (368, 530, 502, 577)),
             Line("司徒娜、孔一鸣、陶刚、郭岚", (596, 528, 1059, 578))]
    text = DocText(ReadResult("t.pdf", "0" * 64, page_count=2, pages=[Page(1, 595, 842, "text_layer", cover),
                                                                       Page(2, 1710, 2379, "ocr", staff)]))
    assert classify(text).doc_type == "technical_report"
    assert doctype("technical_report").extract(text).values["title"] == "重庆两江数字产业园数字化能源管理平台项目可行性研究报告"


def test_a_candidate_addressed_as_comrade_is_his_name():
    kind, values, _ = _typed([_big("专家推荐意见"), "推荐专家：龙涛（正高级工程师，重庆市计量质量检测研究院总工程师）",
                              "推荐对象：孟超同志", "孟超同志长期从事工业互联网与智能制造领域的技术研发工作。",
                              "本人特此推荐孟超同志申报正高级工程师职称。", "推荐人签字：", "日期：2024年5月31日"])
    assert kind == "recommendation_letter" and values["candidate"] == "孟超"


def test_a_text_layer_row_of_the_undertaking_company_is_no_company_accepting_its_own_project():
    kind, values, _ = _typed([_big("重庆市工业互联网平台应用项目验收意见表", 30), "项目名称   基于工业互联网的空压站群控节能系统",
                              "承担单位   重庆锐擎智能装备有限公司", "项目负责人 丁颖   联系电话   138****2617",
                              "验收日期   2023年3月18日   验收地点   重庆市渝北区", "项目组成员 丁颖、司徒斌、吴世杰", "验收结论   通过"])
    assert kind == "project_acceptance" and values.get("level") != "enterprise"


def test_an_issues_day_of_publication_on_its_cover_gives_the_month():
    kind, values, _ = _typed(["制造业自动化", "2023年第45卷第3期（月刊） 3月25日出版", "目   次",
                              "工业互联网平台设备接入协议转换网关设计   邱娜，覃莉   7", "ISSN 1009-0134 CN 11-4389/TP"],
                             ["【研究与设计】   制造业自动化", _big("工业互联网平台设备接入协议转换网关设计", 30), "邱娜 覃莉",
                              "（重庆两江云数科技有限公司，重庆 401121）", "摘 要：针对离散制造车间多源异构设备数据难以统一接入的问题。",
                              "关键词：边缘计算；数据采集", "中图分类号：TP391   文献标识码：A", "收稿日期：2022-11-03"])
    assert kind == "journal_paper" and values["date"] == "2023-03"


def test_a_sign_off_row_of_roles_without_colons_gives_the_writers_alone():
    kind, values, _ = _typed([_big("智能仓储AGV调度系统"), _big("技 术 报 告"), "重庆长江电气自动化有限公司", "2024年3月"],
                             ["1 概述", "本报告围绕智能仓储AGV调度系统的总体架构、关键技术进行了系统总结。",
                              "编写 傅明 肖博 潘欣怡   审核   武晓峰   批准   欧阳子涵"])
    assert kind == "technical_report" and values["authors"] == ["傅明", "肖博", "潘欣怡"]


def test_one_in_charge_and_the_comrades_who_joined_the_writing():
    kind, values, _ = _typed([_big("重庆璧山高新技术产业开发区"), _big("工业互联网产业发展规划"), "（2023-2027年）", "2023年5月"],
                             [_big("编 制 说 明", 30), "本规划由重庆璧山高新技术产业开发区管理委员会委托编制。",
                              "规划编制工作由姜睿同志总体负责，陆刚、东方岚、孙伟同志参与编写。编制过程中开展了实地调研。"])
    assert kind == "technical_report" and values["authors"] == ["姜睿", "陆刚", "东方岚", "孙伟"]


def test_a_text_layers_two_numbered_halves_with_a_spaced_name_a_split_row_and_wrapped_units():
    from tests.typed_pages import Row

    kind, values, _ = _typed([_big("重庆市南岸区"), _big("软件和信息服务业发展规划"), "（2023-2027）", "二〇二三年四月"],
                             [_big("规划编写人员", 30), "序号   姓名   单位   序号   姓名   单位",
                              "1   白春燕 重庆两江智造产业研究院   5   杜振宇 重庆工业互联网创新研究院",
                              "2   向亚楠 重庆科技大学   6   陆文博 重庆交通大学",
                              "3   曾 蕾 重庆两江智造产业研究院   7   石春燕 重庆市计量质量检测研究院",
                              Row((84, "4   端木颖 中国信息通信研究院西部分"), (560, "8   邹俊杰 中国信息通信研究院西部分")),
                              Row((300, "院"), (780, "院"))])
    assert kind == "technical_report"
    assert values["authors"] == ["白春燕", "向亚楠", "曾蕾", "端木颖", "杜振宇", "陆文博", "石春燕", "邹俊杰"]


@pytest.mark.parametrize("row", ["被推荐人姓名   谢远航   推荐人姓名   黄峰", "推荐人姓名   黄峰   被推荐人姓名   谢远航"])
def test_a_text_layer_row_of_both_captions_either_way_round(row):
    kind, values, _ = _typed([_big("专业技术人员职称评审专家推荐意见", 30), row,
                              "推荐人职称   正高级工程师   推荐人单位   重庆理工大学",
                              "推荐意见   谢远航同志长期从事工业互联网与智能制造领域的技术研发工作。",
                              "本人特此推荐谢远航同志申报正高级工程师职称。", "推荐人签字   日   期   2023年11月2日"])
    assert kind == "recommendation_letter"
    assert (values["recommender"], values["candidate"]) == ("黄峰", "谢远航")


def test_an_auditors_place_and_a_day_in_numerals():
    kind, values, _ = _typed([_big("审 计 报 告"), "渝天衡会审字〔2024〕第0312号", "重庆明月湖智能网联科技有限公司全体股东：",
                              "我们审计了重庆明月湖智能网联科技有限公司财务报表，包括2023年12月31日的资产负债表，2023年度的利润表。",
                              *[None] * 12, "重庆天衡会计师事务所（特殊普通合伙）   中国注册会计师：",
                              "中国·重庆   二〇二四年三月二十日"],
                             [_big("利 润 表", 30), "编制单位：重庆明月湖智能网联科技有限公司   2023年度   单位：元",
                              "项   目   本期金额   上期金额", "一、营业收入   156,234,567.89   129,876,543.21",
                              "减：营业成本   118,920,431.56   99,123,456.78"])
    assert kind == "revenue_proof" and values["date"] == "2024-03-20"


def test_writers_each_with_his_unit_in_brackets_over_wrapped_lines_a_name_cut_at_a_wrap():
    kind, values, _ = _typed([_big("工业设备数据采集与边缘智能"), _big("白皮书"), "重庆工业互联网创新研究院",
                              "主要编写人员：林辉（重庆两江智造产业研究院）、马雪松（重庆市计量质量检测研",
                              "究院）、汤明轩（重庆邮电大学）、黄晓峰（重庆南岸智慧能源服务有限公司）、方",
                              "宇航（重庆邮电大学）、司徒静（重庆邮电大学）", "2022年11月"])
    assert kind == "technical_report"
    assert values["authors"] == ["林辉", "马雪松", "汤明轩", "黄晓峰", "方宇航", "司徒静"]


def test_writers_one_a_row_under_the_first_each_with_his_title_and_unit_in_cells():
    from tests.typed_pages import Row

    kind, values, _ = _typed([_big("工业互联网平台赋能中小制造企业"), _big("数字化转型研究报告"), "重庆两江智造产业研究院",
                              Row((200, "撰稿人：皇甫俊杰 正高级工程师"), (620, "重庆市计量质量检测研究院")),
                              Row((300, "韦海波"), (420, "高级工程师"), (620, "重庆文理学院")),
                              Row((300, "姜涛"), (420, "副教授"), (620, "重庆长江电气自动化有限公司")),
                              Row((300, "令狐晓燕 工程师"), (620, "重庆两江云数科技有限公司")), "2023年9月"])
    assert kind == "technical_report" and values["authors"] == ["皇甫俊杰", "韦海波", "姜涛", "令狐晓燕"]


def test_a_letter_spaced_caption_whose_rest_ocr_listed_before_its_first_letter():
    """成 | 员：范国庆、… with the rest boxed taller, so listed first."""
    from extractor.doctypes import doctype
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    cover = [Line("重庆市永川区", (670, 727, 1066, 812)), Line("智能制造产业发展规划", (546, 825, 1194, 906)),
             Line("（2024—2028年）", (623, 919, 1115, 1000)), Line("二〇二四年一月", (727, 1708, 1014, 1760))]
    group = [Line("规划编制组", (670, 358, 926, 431)), Line("组 长：方浩", (305, 506, 585, 573)),
             Line("副组长：方怀瑾、赵志强", (312, 571, 751, 635)), Line("员：范国庆、朱超、司马翔、梁婷、杜静", (409, 620, 1104, 701)),
             Line("成", (315, 653, 438, 703))]
    text = DocText(ReadResult("t.pdf", "0" * 64, page_count=2, pages=[Page(1, 1738, 2397, "ocr", cover),
                                                                       Page(2, 1654, 2339, "ocr", group)]))
    assert [l.text for l in text.lines if "范国庆" in l.text] == ["成 员：范国庆、朱超、司马翔、梁婷、杜静"]
    assert doctype("technical_report").extract(text).values["authors"] == \
        ["方浩", "方怀瑾", "赵志强", "范国庆", "朱超", "司马翔", "梁婷", "杜静"]


def test_a_years_part_of_the_cumulative_sum_restates_nothing():
    kind, values, codes = _typed([_big("关于“云边协同设备管理平台”产品", 30), _big("销售收入情况的证明", 30),
                                  "经我公司财务部门核算，2021年1月1日至2023年12月31日期间，我公司",
                                  "自主研发的“云边协同设备管理平台”产品累计实现销售收入人民币",
                                  "4,235.67万元（不含税），累计实现利润总额612.35万元。其中2023年度实",
                                  "现销售收入1,896.40万元。", "特此证明。", "重庆赛博仪表有限公司", "二〇二四年二月二十六日"])
    assert kind == "revenue_proof" and values["amount_wan"] == 4235.67 and "amount_unsure" not in codes
    assert (values["period_start"], values["period_end"]) == ("2021-01", "2023-12")


def test_a_total_rows_caption_letter_spaced_into_two_boxes_is_one_caption():
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    lines = [Line("序号", (244, 437, 320, 487)), Line("合", (685, 1007, 740, 1052)), Line("计", (757, 1007, 813, 1052)),
             Line("7,091,950.00", (1422, 1010, 1598, 1050)), Line("人", (685, 1207, 740, 1252)), Line("计", (1000, 1207, 1050, 1252))]
    text = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1842, 2470, "ocr", lines)]))
    assert [l.text for l in text.lines] == ["序号", "合 计", "7,091,950.00", "人", "计"]


def test_a_forewords_sentence_of_its_drafting_units_is_no_title():
    kind, values, _ = _typed([_big("前  言", 30), "本文件按照GB/T 1.1—2020《标准化工作导则》的规定起草。",
                              "本文件由中国机械工业联合会提出。",
                              "本文件起草单位：机械工业仪器仪表综合技术经济研究所、重庆两江智造科技有限公",
                              "司、重庆大学。", "本文件主要起草人：李强、王芳、张伟、刘洋、陈静。"])
    assert kind == "standard" and "title" not in values
    assert values["drafters"] == ["李强", "王芳", "张伟", "刘洋", "陈静"]


# --- probe AR: this session's checks, attacked ----------------------------------------------

def test_what_a_contract_still_has_to_do_is_no_unperformed_contract_and_its_other_wordings_are():
    from extractor.doctypes.revenue_proof import _not_realised
    from tests.typed_pages import doc, page

    for sentence, said in (("本合同期满时尚未履行完毕的订单，双方继续执行。", False),
                           ("截至2025年12月31日，该合同尚未执行。", True),
                           ("本合同处于未履行状态，乙方尚未交付任何产品。", True),
                           ("本合同尚未开始执行，相关收入尚未确认。", True)):
        assert (_not_realised(doc(page(sentence))) is not None) is said, sentence


def test_a_sum_cut_at_a_thousands_comma_by_the_line_end_is_read_whole():
    kind, values, _ = _typed([_big("新增销售收入证明"),
                              "兹证明，我公司张伟同志参与开发推广的“工业数据采集网关LJ-GW",
                              "200及边缘计算平台”产品，2019年1月至12月累计实现新增销售收入人民币12,000,",
                              "000.00元（大写：壹仟贰佰万元整）。", "特此证明。", "重庆两江智造科技有限公司财务部（盖章）", "2020年1月15日"])
    assert kind == "revenue_proof" and values["amount_wan"] == 1200
    assert (values["period_start"], values["period_end"]) == ("2019-01", "2019-12")


def test_a_forecast_is_no_earning_period():
    kind, values, _ = _typed([_big("新增销售收入证明"),
                              "兹证明，我公司张伟同志参与开发推广的产品2018年累计实现新增销售收入人民币1200万元，",
                              "预计2019年8月至2020年7月还将实现新增销售收入约800万元。", "重庆两江智造科技有限公司", "2019年3月10日"])
    assert kind == "revenue_proof" and "period_end" not in values


def test_a_restored_patent_is_no_lapsed_one_and_a_registers_own_lapse_holds_it_back():
    from tests.test_audit import PATENT, claim
    from tests.test_tenth_session import _audited, _paper

    cite = [claim(0, ["p.pdf"], kind="patent", patent_type="invention", granted=True, rank=3, date="2023-02-24")]
    lapsed = _paper("终止.pdf", "unknown", "专利权终止通知书 专利号：ZL202111233040.7 该专利权自2024年10月22日起终止。")
    restored = _paper("恢复.pdf", "unknown", "恢复权利请求审批通知书 专利号：ZL202111233040.7 该专利权于2024年10月22日终止，"
                      "经审查，准予恢复。")
    assert len(_audited([PATENT, lapsed, restored], cite).achievements) == 1
    assert len(_audited([PATENT, restored], cite).achievements) == 1
    assert _audited([PATENT, lapsed], cite).achievements == []
    register = _paper("p.pdf", "patent_certificate", "专利登记簿副本 专利号：ZL202111233040.7 法律状态：专利权终止（未缴年费）",
                      **{k: v for k, v in PATENT.fields.items()})
    assert _audited([register], cite).achievements == []


def test_a_papers_title_or_abstract_that_speaks_of_supplements_is_no_supplement():
    body = ["CN 11-5946/TP ISSN 1006-5911", "张伟1，李强2", "（1.重庆两江智造科技有限公司，重庆 401120）",
            "关键词：缺陷检测；深度学习", "中图分类号：TP391 文献标志码：A"]
    for title, abstract in (("基于改进YOLOv5(s)的工件表面缺陷检测方法", "摘要：针对工件表面缺陷，对比方案2(S2)的检测精度。"),
                            ("科技期刊增刊出版现状与质量管理对策", "摘要：分析了增刊出版的现状。")):
        kind, values, codes = _typed(["第28卷 第12期 计算机集成制造系统 Vol.28 No.12", "2022年12月", _big(title, 30), *body[:3],
                                      abstract, *body[3:]])
        assert kind == "journal_paper" and "journal_supplement" not in codes, title
    kind, _, codes = _typed(["第28卷 计算机集成制造系统 Vol.28 No.S2", "2022年12月", _big("基于数字孪生的车间调度方法", 30),
                             *body[:3], "摘要：提出一种调度方法。", *body[3:]])
    assert kind == "journal_paper" and "journal_supplement" in codes


def test_two_halves_numbered_row_by_row_are_read_so_without_doubt():
    from tests.typed_pages import Row

    left, right = ["公孙晨", "孔静哲", "任博帅"], ["史帅", "唐波", "谢欢睿"]
    rows = [Row((120, "序号"), (250, "姓名"), (450, "单位"), (650, "序号"), (780, "姓名"), (980, "单位"))]
    for k, (a, b) in enumerate(zip(left, right)):
        rows.append(Row((130, str(2 * k + 1)), (250, a), (450, "重庆瀚海公司"), (660, str(2 * k + 2)), (780, b), (980, "重庆嘉陵公司")))
    kind, values, codes = _typed([_big("项目验收证书"), "项目名称：智能仓储物流系统关键技术", "验收结论：通过",
                                  _big("项目组主要成员", 30), *rows])
    assert kind == "project_acceptance"
    assert values["members"] == ["公孙晨", "史帅", "孔静哲", "唐波", "任博帅", "谢欢睿"] and "list_order_unclear" not in codes


def test_a_forms_report_name_over_two_lines_of_its_cell_and_writers_one_a_text_layer_row():
    from tests.typed_pages import Row

    kind, values, _ = _typed([_big("技术报告审批表"), Row((120, "报告名称"), (300, "面向汽车发动机缸体缸盖混线生产的多品牌PLC设备联网、边缘数")),
                              Row((300, "据采集与MES系统集成关键技术研究报告")), "项目名称   发动机缸体数字化车间建设项目",
                              "编写人   张伟、李强、王芳", "完成日期   2022年8月"])
    assert kind == "technical_report"
    assert values["title"] == "面向汽车发动机缸体缸盖混线生产的多品牌PLC设备联网、边缘数据采集与MES系统集成关键技术研究报告"
    kind, values, _ = _typed([_big("发动机缸体产线设备联网与数据采集技术报告", 30), _big("技 术 报 告", 30),
                              "撰稿人：皇甫俊杰 正高级工程师 重庆市智能制造研究院", Row((160, "韦海波 高级工程师   重庆文理学院")),
                              Row((160, "周敏 工程师   重庆两江智造科技有限公司")), "编写单位：重庆两江智造科技有限公司", "完成日期：2022年8月"])
    assert kind == "technical_report" and values["authors"] == ["皇甫俊杰", "韦海波", "周敏"]
    kind, values, _ = _typed([_big("智能仓储AGV调度系统"), _big("技 术 报 告"), "2024年3月"],
                             ["1 概述", "本报告围绕系统的总体架构进行了总结。", "编写 傅明 肖博 潘欣怡   审查   武晓峰   批准   欧阳子涵"])
    assert kind == "technical_report" and values["authors"] == ["傅明", "肖博", "潘欣怡"]


def test_a_standards_cover_and_foreword_filed_apart_make_one_achievement():
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    cover = _paper("封面.pdf", "standard", "JB/T 14567-2023 智能制造 工业数据采集 设备接入规范 2023-04-21发布 2023-10-01实施",
                   standard_number="JB/T 14567-2023", level="industry", title="智能制造 工业数据采集 设备接入规范",
                   publish_date="2023-04-21", implementation_date="2023-10-01")
    foreword = _paper("前言.pdf", "standard", "前言 本文件主要起草人：李强、王芳、张三、刘洋。",
                      drafters=["李强", "王芳", "张三", "刘洋"], applicant_rank=3)
    both = [claim(0, ["封面.pdf", "前言.pdf"], kind="standard", level="industry", rank=3, implemented=True, date="2023-04-21")]
    built = _audited([cover, foreword], both).achievements
    assert len(built) == 1 and str(built[0].achievement.date) == "2023-04-21"  # (the cover's day, with the cover)
    alone = [claim(0, ["封面.pdf"], kind="standard", level="industry", rank=3, implemented=True, date="2023-04-21")]
    result = _audited([cover], alone)
    assert result.achievements == [] and "name_not_found" in [i["code"] for i in result.issues]


def test_a_diplomas_sentence_wrapping_right_after_its_sex_caption_still_names_the_holder():
    kind, values, _ = _typed([_big("普通高等学校毕业证书"), "学生 张伟，性别",
                              "男，一九八九年五月十二日生，于二〇〇八年九月至二〇一二年六月在本校自动化专",
                              "业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", "校 名：重庆理工大学",
                              "二〇一二年六月三十日"])
    assert kind == "degree_certificate" and (values["holder"], values["education"]) == ("张伟", "bachelor")


def test_a_supplement_in_a_citation_wrapped_over_two_lines():
    kind, _, codes = _typed(["第28卷   计算机集成制造系统   Vol.28", "2022年12月   Computer Integrated Manufacturing Systems   Dec. 2022",
                             "CN 11-5946/TP   ISSN 1006-5911", _big("基于数字孪生的离散制造车间动态调度方法", 30), "张伟1，李强2",
                             "（1. 重庆两江智造科技有限公司，重庆 401120）", "摘要：提出一种基于数字孪生的动态调度方法。",
                             "关键词：数字孪生；动态调度", "中图分类号：TP391 文献标志码：A",
                             "引用格式：张伟，李强. 基于数字孪生的离散制造车间动态调度方法[J].", "计算机集成制造系统，2022，28(S2)：45-52."])
    assert kind == "journal_paper" and "journal_supplement" in codes
