"""Verdicts and layouts the twenty-second session's probes found wrong, one test per cause."""

from __future__ import annotations

import pytest


def _read(*rows, width=1240, height=1754, source="ocr"):
    """A one-page document from its lines (text, box) as OCR or a text layer gives them."""
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import document_from

    result = ReadResult("t.png", "0" * 64, page_count=1,
                        pages=[Page(1, width, height, source, [Line(t, b, 0.98) for t, b in rows])])
    return document_from(result, None, None)


def _lines(texts, x=100, top=100, step=50, size=24):
    """Lines one under another at the left margin, each as wide as its letters."""
    return [(t, (x, top + step * k, x + size * len(t), top + step * k + size + 6)) for k, t in enumerate(texts)]


def _acceptance(people):
    """An acceptance's opinion whose 项目组成员 stand one a line under the label alone, each a
    string (one box) or a pair (two boxes side by side)."""
    rows = [("项目验收意见", (500, 150, 900, 210)), ("项目名称:智能产线设备互联与数据采集平台建设", (160, 300, 1100, 340)),
            ("项目组成员:", (160, 430, 400, 470))]
    y = 490
    for person in people:
        if isinstance(person, tuple):
            rows += [(person[0], (200, y, 330, y + 40)), (person[1], (360, y, 560, y + 40))]
        else:
            rows.append((person, (200, y, 200 + 30 * len(person), y + 40)))
        y += 60
    rows += [("验收结论:经专家组评议,同意通过验收。", (160, y + 40, 1100, y + 80)),
             ("验收日期:2023年6月18日", (160, y + 100, 600, y + 140))]
    return _read(*rows)


@pytest.mark.parametrize("people", [
    ["高级工程师 陈静", "工程师 王宇航", "助理工程师 刘波", "高级工程师 吴晓丽"],   # (probe CS: none read)
    [("高级工程师", "陈静"), ("工程师", "王宇航"), ("助理工程师", "刘波"), ("高级工程师", "吴晓丽")],
    ["陈静 高级工程师", "王宇航 工程师", "刘波 助理工程师", "吴晓丽 高级工程师"],
    [("陈静", "高级工程师"), ("王宇航", "工程师"), ("刘波", "助理工程师"), ("吴晓丽", "高级工程师")],
])
def test_members_one_a_line_with_their_titles_before_or_after(people):
    """项目组成员： alone, then 高级工程师 陈静 | 工程师 王宇航 | …: the team is the names, in order,
    the titles set aside, whichever side of the name they stand on."""
    doc = _acceptance(people)
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["members"] == ["陈静", "王宇航", "刘波", "吴晓丽"]


def test_a_standards_drafting_notes_are_no_standard():
    """《…规范》编制说明 with the standard's number and its drafters (probe CR R11): a paper about
    a standard, no standard published; a reviewer is told what it looks like and why not."""
    doc = _read(*_lines(["团体标准", "T/CQIMA 015-2023", "《离散制造业设备数据采集接口规范》", "编制说明", "一、工作简况",
                         "1.任务来源", "本标准由重庆市智能制造协会提出，列入2023年团体标准制定计划。",
                         "2.主要起草单位及起草人", "主要起草单位：重庆数智装备有限公司、重庆大学。",
                         "主要起草人：陈静、王宇航、刘波、吴晓丽。", "二、标准编制原则和主要内容", "标准起草组", "2023年8月"]))
    assert doc.doc_type == "unknown"
    assert any("编制说明" in reason for reason in doc.reasons)


def _paper(head, byline, foot=()):
    """A paper's first page as a text layer gives it: the masthead in small print at the top,
    the title large and centred, the byline, the abstract, a 文章编号 carrying the ISSN."""
    rows, y = [], 60
    for line in head:
        rows.append((line, (80, y, 80 + 12 * len(line), y + 14)))
        y += 22
    title = "基于数字孪生的离散制造车间调度优化方法研究"
    rows.append((title, (620 - 14 * len(title), y + 40, 620 + 14 * len(title), y + 70)))
    y += 130
    for line in byline:
        rows.append((line, (620 - 8 * len(line), y, 620 + 8 * len(line), y + 16)))
        y += 30
    for line in ["摘要：针对离散制造车间动态扰动下调度效率低的问题，提出一种基于数字孪生的调度优化方法。",
                 "关键词：数字孪生；车间调度；离散制造", "中图分类号：TH166  文献标志码：A  文章编号：1001-2265(2023)05-0012-05"]:
        rows.append((line, (100, y, 100 + 14 * len(line), y + 16)))
        y += 30
    for k, line in enumerate(foot):
        rows.append((line, (100, 1500 + 22 * k, 100 + 12 * len(line), 1514 + 22 * k)))
    return _read(*rows, source="text_layer")


def test_the_day_an_issue_came_out_beside_the_masthead_is_no_journal():
    """组合机床与自动化加工技术 | 2023年5月20日出版: the journal is the name, never 日出版 (what
    was left once the month was taken out)."""
    doc = _paper(["组合机床与自动化加工技术", "2023年5月20日出版"], ["陈静¹，王宇航¹²，刘波²"], ["收稿日期：2022-11-03"])
    assert doc.doc_type == "journal_paper"
    assert doc.fields["journal"] == "组合机床与自动化加工技术" and doc.fields["date"].startswith("2023-05")


def test_a_byline_in_english_under_the_chinese_is_the_same_people():
    """陈静¹，王宇航¹²，刘波² | CHEN Jing¹, WANG Yuhang¹², LIU Bo²: three authors, not six."""
    doc = _paper(["组合机床与自动化加工技术", "2023年第5期"],
                 ["陈静¹，王宇航¹²，刘波²", "CHEN Jing¹, WANG Yuhang¹², LIU Bo²"])
    assert doc.fields["authors"] == ["陈静", "王宇航", "刘波"]
    # (a byline of three lines of Chinese names still reads on)
    doc = _paper(["组合机床与自动化加工技术", "2023年第5期"], ["黄勇1,吴静1,王磊2,陈晓2", "刘洋1,张伟3,李强3,周敏1"])
    assert doc.fields["authors"] == ["黄勇", "吴静", "王磊", "陈晓", "刘洋", "张伟", "李强", "周敏"]


_AWARD = [("重庆市科学技术进步奖", (400, 100, 800, 130)), ("证书", (560, 160, 640, 190)),
          ("为表彰在促进科学技术进步工作中做出重要贡献的单位和个人，特颁发此证书。", (100, 240, 500, 260))]
_AWARD_TAIL = [("获奖者：王宇航", (100, 400, 260, 420)), ("奖励等级：三等奖", (100, 440, 300, 460)), ("2023年5月", (800, 700, 900, 720))]


@pytest.mark.parametrize(("under", "title"), [
    ("管控平台研发及产业化", "面向汽车零部件的柔性装配线智能管控平台研发及产业化"),
    ("特发此证", "面向汽车零部件的柔性装配线智能"),
    ("经评审，荣获三等奖", "面向汽车零部件的柔性装配线智能"),
    ("重庆数智装备有限公司", "面向汽车零部件的柔性装配线智能"),
    ("王宇航", "面向汽车零部件的柔性装配线智能"),
    ("创新驱动 智造未来", "面向汽车零部件的柔性装配线智能"),  # (a slogan in two halves, probe CZ r3)
])
def test_a_project_title_after_its_label_wrapped_back_to_the_margin(under, title):
    """获奖项目：面向汽车零部件的柔性装配线智能 (to the text's right edge) | 管控平台研发及产业化
    under the label: one title; a sentence, a unit or a person under it there is none of it."""
    doc = _read(*_AWARD, ("获奖项目：面向汽车零部件的柔性装配线智能", (100, 300, 500, 320)),
                (under, (100, 330, 100 + 20 * len(under), 350)), *_AWARD_TAIL, source="text_layer")
    assert doc.doc_type == "award_certificate" and doc.fields["project_title"] == title


def test_a_lecturer_among_titled_members_and_the_leader_marked_by_his_bracket():
    """课题组成员： | 研究员 曾勇怡(主持人) | 高级工程师 贾桂旭 | … | 讲师 汤亮 (probe CV AC10: 讲师 was
    no title, the last member lost, and the leader his bracket marks not read)."""
    people = ["研究员 曾勇怡(主持人)", "高级工程师 贾桂旭", "副教授 覃雨", "高级工程师 邱颖飞", "工程师 赵涛斌", "讲师 汤亮"]
    rows = [("结题证书", (663, 405, 1030, 501)), ("项目名称:面向离散制造的工业软件平台关键技术研究", (204, 682, 1091, 733)),
            ("承担单位:南京瀚博智能制造研究院有限公司", (204, 813, 943, 861)), ("课题组成员:", (207, 884, 407, 925))]
    rows += [(p, (445, 941 + 65 * k, 445 + 38 * len(p), 990 + 65 * k)) for k, p in enumerate(people)]
    rows += [("该项目已按计划完成研究任务,经审核,同意结题。", (284, 1361, 1108, 1410)), ("2020年9月15日", (1164, 1601, 1417, 1645))]
    doc = _read(*rows, width=1705, height=2400)
    assert doc.fields["members"] == ["曾勇怡", "贾桂旭", "覃雨", "邱颖飞", "赵涛斌", "汤亮"]
    assert doc.fields["leader"] == "曾勇怡"


def test_a_reports_writers_in_the_cell_beside_their_label_one_a_line_with_titles_before():
    """编制人员： | 高级工程师 高航伟, then 高级工程师 毛燕晗 | 工程师 邹瑞 | 工程师 卢林 under the cell
    (probe CV TR04: nobody read)."""
    rows = [("智能仓储物流AGV调度平台建设项目", (487, 216, 1175, 268)), ("可行性研究报告", (652, 294, 1004, 351)),
            ("编制人员", (742, 450, 912, 500)), ("项目负责人:", (366, 555, 553, 595)), ("正高级工程师 闫峰诚", (594, 555, 932, 595)),
            ("编制人员:", (364, 611, 520, 652)), ("高级工程师 高航伟", (560, 608, 867, 654)), ("高级工程师 毛燕晗", (563, 667, 867, 710)),
            ("工程师 邹瑞", (561, 722, 769, 769)), ("工程师 卢林", (564, 782, 767, 823)), ("2021年9月", (742, 1327, 920, 1368))]
    doc = _read(*rows, width=1656, height=2226)
    assert doc.doc_type == "technical_report" and doc.fields["authors"] == ["高航伟", "毛燕晗", "邹瑞", "卢林"]


@pytest.mark.parametrize(("over", "team", "kind"), [
    ("重庆市经济和信息化委员会软科学研究课题", "主要研究人员:熊晗萍,慕容辉,方志国,石萍", "research_topic"),   # (probe CV TR10)
    ("重庆市技术预见与制度创新项目", "课题组成员:熊晗萍,慕容辉,方志国,石萍", "research_topic"),            # (probe CV TR03)
    ("重庆数智装备有限公司", "编写人员:熊晗萍,慕容辉,方志国,石萍", "technical_report"),
])
def test_a_research_report_of_a_topic_is_the_topics(over, team, kind):
    """A 研究报告 under its programme's 软科学研究课题, or written by a 课题组, reports a 课题 (the pack
    counts 课题 apart from a project's technical report); a company's 研究报告 stays a report."""
    doc = _read((over, (468, 421, 1229, 476)), ("汽车零部件企业智能制造", (531, 493, 1162, 563)),
                ("成熟度评估方法研究", (588, 592, 1108, 662)), ("研究报告", (719, 694, 977, 769)),
                (team, (464, 1186, 1246, 1238)), ("二〇二二年八月", (722, 1411, 983, 1460)), width=1704, height=2400)
    assert doc.doc_type == "technical_report" and doc.fields["report_kind"] == kind


def test_a_standards_foreword_and_first_page_without_a_cover():
    """DB50/T 1411—2023 | 前 言 … | the title | 1 范围 (probe CV ST08): the title, never the body's
    first clause printed as big; no dates where none are printed."""
    rows = [("DB50/T 1411—2023", (1201, 198, 1496, 237)), ("前", (753, 280, 831, 347)), ("言", (899, 284, 966, 345)),
            ("本文件按照GB/T1.1—2020《标准化工作导则 第1部分:标准化文件的结构和起草", (294, 396, 1468, 432)),
            ("规则》的规定起草。", (230, 453, 499, 486)),
            ("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。", (295, 508, 1459, 542)),
            ("本文件由重庆市经济和信息化委员会提出并归口。", (294, 566, 980, 599)),
            ("本文件主要起草人:胡璐阳,蒋俊,唐涛,梁彬,金斌飞,邹翰彤,郭瑞彤。", (294, 732, 1364, 768)),
            ("汽车零部件数字化车间 能效监测技术规范", (438, 870, 1274, 913)), ("1 范围", (225, 970, 355, 1016)),
            ("本文件规定了汽车零部件数字化车间能效监测的总体要求、监测对象与指标、数据采", (294, 1035, 1479, 1068)),
            ("集、数据处理与应用等技术要求。", (231, 1091, 692, 1124))]
    doc = _read(*rows, width=1721, height=2386)
    assert doc.doc_type == "standard" and doc.fields["title"] == "汽车零部件数字化车间 能效监测技术规范"
    assert "publish_date" not in doc.fields and doc.fields["standard_number"] == "DB50/T 1411-2023"


def test_an_output_proofs_team_under_its_main_completers_label():
    """项目主要完成人：曾琳帆、龙思旭、… on a 新增产值证明 (probe CV RV04: no rank)."""
    rows = _lines(["应用证明及新增产值证明", "我公司应用重庆渝新智能装备有限公司研制的焊装数字化生产线后，新增产值情况如下：",
                   "2021年至2023年新增销售额合计2,200.00万元。", "项目主要完成人:曾琳帆、龙思旭、范薇瑞、蒋昊宁、丁丽昊", "特此证明。",
                   "重庆长嘉汽车零部件有限公司", "2024年1月10日"])
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import document_from

    doc = document_from(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1240, 1754, "ocr", [Line(t, b, 0.98) for t, b in rows])]),
                        "龙思旭", None)
    assert doc.doc_type == "revenue_proof" and doc.fields["members"][:2] == ["曾琳帆", "龙思旭"]
    assert doc.fields["applicant_rank"] == 2


_DECISION = ["重庆市人民政府", "关于2023年度重庆市科学技术奖励的决定", "各区县(自治县)人民政府,市政府各部门,有关单位:",
             "经重庆市科学技术奖评审委员会评审、市科学技术奖励委员会审定,市政",
             "府批准,授予“离散制造企业多源异构数据融合与工业大数据平台研发及应用”",
             "等项目重庆市科学技术进步奖一等奖。", "重庆市人民政府", "2024年3月18日"]


def test_the_body_that_judged_an_award_is_not_its_name():
    """经重庆市科学技术奖评审委员会评审 … 授予“…”等项目重庆市科学技术进步奖一等奖 (probe CU a07, a19:
    经重庆市科学技术奖, and from it a municipal level)."""
    from extractor.doctypes import doctype
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    text = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[
        Page(1, 1240, 1754, "text_layer", [Line(t, b, 1.0) for t, b in _lines(_DECISION, size=20)])]))
    values = doctype("award_certificate").extract(text).values
    assert values["award_name"] == "重庆市科学技术进步奖" and values["level"] == "provincial"


def test_a_project_title_of_two_lines_its_label_centred_between_them():
    """…热误 | 项目名称 (level with the gap) | 差补偿中的应用 (probe CU a18: the last line alone)."""
    rows = [("中国仪器仪表学会科学技术奖", (412, 334, 1277, 404)), ("获奖证书", (656, 459, 1033, 552)),
            ("经中国仪器仪表学会科学技术奖评审委员会评审,授予下列项目科学", (318, 668, 1408, 714)), ("技术进步奖。", (249, 735, 453, 784)),
            ("多通道光纤光栅传感在线监测系统及其在数控机床热误", (574, 906, 1395, 949)), ("项目名称", (327, 933, 478, 982)),
            ("差补偿中的应用", (573, 966, 817, 1010)), ("奖励等级", (329, 1066, 476, 1115)), ("一等奖", (939, 1064, 1054, 1116)),
            ("完成人", (336, 1169, 469, 1219)), ("夏侯国毅(第三完成人)", (800, 1172, 1163, 1215)),
            ("中国仪器仪表学会", (978, 1833, 1270, 1881)), ("2023年9月", (1028, 1929, 1211, 1978))]
    doc = _read(*rows, width=1690, height=2365)
    assert doc.fields["project_title"] == "多通道光纤光栅传感在线监测系统及其在数控机床热误差补偿中的应用"


def test_cnkis_platform_numbers_on_an_online_first_cover_are_not_the_journals():
    """The 网络首发 cover's ISSN 2096-4188, CN 11-6037/Z are 《中国学术期刊（网络版）》's (probe CU p06:
    taken as the paper's, which decides a core journal); its address …/11.5946.TP.… gives the CN."""
    rows = _lines(["中国知网   https://www.cnki.net", "网络首发论文", "题目:汽车总装线物料配送路径的改进蚁群优化方法",
                   "作者:史岚,孙然凯,毛骏霞,沈平铭", "收稿日期:2022-10-08", "网络首发日期:2023-04-12",
                   "引用格式:史岚,孙然凯,毛骏霞,沈平铭.汽车总装线物料配送路径的改进蚁群优化方法[J/OL].计算机集成制造系统.https://",
                   "kns.cnki.net/kcms/detail/11.5946.TP.20230411.1521.004.html",
                   "因为《中国学术期刊(网络版)》是国家新闻出版广电总局批准的网络连续型出版物(ISSN 2096-4188,CN 11-6037/Z),所以签约期刊的网络版上网络首发论文视为正式出版。"],
                  size=12)
    doc = _read(*rows, source="text_layer")
    assert doc.doc_type == "journal_paper"
    assert doc.fields.get("cn") == "11-5946/TP" and "issn" not in doc.fields


def test_a_half_monthlys_issue_beside_its_name():
    """中国设备工程 2022.11(下) (probe CU p15: the journal 中国设备工程(下), the date its 收稿日期)."""
    doc = _paper(["中国设备工程 2022.11(下)"], ["谭皓嘉1,白桂1,2*"], ["收稿日期：2022-09-02"])
    assert doc.fields["journal"] == "中国设备工程" and doc.fields["date"] == "2022-11"


def test_a_supplements_running_head():
    """第57卷 增刊1   机 械 工 程 学 报   Vol.57 Suppl.1 (probe CU p05: no journal)."""
    doc = _paper(["第57卷 增刊1   机 械 工 程 学 报   Vol.57 Suppl.1", "2021年6月   JOURNAL OF MECHANICAL ENGINEERING   Jun. 2021"],
                 ["林霞倩1,史娜1,2,梁瑜英2"])
    assert doc.fields["journal"] == "机械工程学报" and doc.fields["date"] == "2021-06"
    assert "journal_supplement" in [i["code"] for i in doc.issues]


def test_a_certificates_date_in_a_cell_of_its_own_after_its_number():
    """证书编号:2023KJ-2-087   2023年11月 on one text-layer line (probe CU a25, a09, a13, a12: no
    date); a number that looks like a date is still none (KJJ-2022-11-03)."""
    rows = ["中国物流与采购联合会科学技术奖", "经中国物流与采购联合会科学技术奖评审委员会评审,下列项目荣获科学技术进步奖二等奖,特发此证。",
            "项目名称:汽车零部件智能仓储与AGV集群调度系统研发与应用", "获奖人员:武钰楷、秦霞、吴志、何皓俊"]
    doc = _read(*_lines(rows + ["证书编号:2023KJ-2-087   2023年11月"], size=14), source="text_layer")
    assert doc.fields["date"] == "2023-11"
    doc = _read(*_lines(rows + ["证书编号:KJJ-2022-11-03"], size=14), source="text_layer")
    assert "date" not in doc.fields


def test_a_contests_certificate_names_the_contest_and_its_team():
    """项目《…》在2022年重庆市“创客中国”中小企业创新创业大赛中荣获企业组三等奖 | 项目成员:石倩、严皓…
    (probe CU a12: no award, no team)."""
    rows = ["荣 誉 证 书", "项目《面向中小制造企业的轻量化MES云平台》在2022年重庆市“创客中国”中小企业创",
            "新创业大赛中荣获企业组三等奖。", "参赛单位:重庆乐锐数智科技有限公司", "项目成员:石倩、严皓、孟宇、邹芳、韩军",
            "重庆市经济和信息化委员会", "证书编号:CKZG-CQ-2022-3-09   2022.10"]
    doc = _read(*_lines(rows, size=14), source="text_layer")
    assert doc.doc_type == "award_certificate"
    assert doc.fields["award_name"] == "重庆市“创客中国”中小企业创新创业大赛"
    assert doc.fields["holders"] == ["石倩", "严皓", "孟宇", "邹芳", "韩军"] and doc.fields["grade"] == "三等奖"


@pytest.mark.parametrize("grade", ["提名奖", "入围奖"])
def test_a_certificate_whose_grade_is_a_nomination_or_a_shortlist_is_no_award(grade):
    """奖励等级：提名奖 | 入围奖 on a 科学技术进步奖 certificate (probe CW P19, P20: counted as a 技术奖,
    two wrong mets): no award won, and the reviewer is told why, on one line."""
    rows = ["四川省科学技术进步奖", "证 书", "为表彰四川省科学技术进步奖获得者,特颁发此证书。",
            "项目名称:   汽车冲压产线智能感知与协同控制关键技术及应用", f"奖励等级:   {grade}", "获 奖 者:   韦霁",
            "证 书 号:   2023-J-2-45-R04", "四川省人民政府", "二〇二四年五月"]
    doc = _read(*_lines(rows, size=14), source="text_layer")
    assert doc.doc_type == "unknown"
    assert any(grade in r and "\n" not in r for r in doc.reasons)
    doc = _read(*_lines([r.replace(grade, "二等奖") for r in rows], size=14), source="text_layer")
    assert doc.doc_type == "award_certificate" and doc.fields["grade"] == "二等奖"


def test_a_contract_initialled_before_it_is_signed_is_no_sale():
    """（草签文本）… 本合同为双方草签文本,仅供双方内部审批使用 (probe CW P24: 1,180万 counted, a wrong met)."""
    rows = ["制造执行系统(MES)建设项目合同", "合同编号:YH-2024-MES-006", "(草签文本)", "委托方(甲方): 重庆腾川摩托车制造有限公司",
            "受托方(乙方): 重庆悦衡软件有限公司", "第一条 合同金额:人民币壹仟壹佰捌拾万元整(¥11,800,000.00)。",
            "第四条 本合同为双方草签文本,仅供双方内部审批使用,经双方正式签字并加盖合同专用章后方生效。", "草签日期:2024年1月22日"]
    doc = _read(*_lines(rows, size=14), source="text_layer")
    assert doc.doc_type == "revenue_proof" and doc.fields["realised"] is False
    assert "revenue_not_realised" in [i["code"] for i in doc.issues]


def test_a_captions_order_note_wrapped_in_its_cell_and_a_tick_ocr_lost():
    """主要完成人员(按贡献 | 排序) beside 何书林、上官雨桐、…, and 验收结论 □通过 | 不通过 with the pen's
    tick unread (probe CW P06): the team is read; the verdict comes from the box left empty, doubted."""
    rows = [("重庆市智能制造示范项目验收表", (504, 228, 1213, 287)), ("项目名称", (234, 341, 379, 387)),
            ("重庆帆锐摩托车配件有限公司涂装数字化车间", (619, 343, 1284, 385)), ("项目负责人", (236, 490, 409, 535)),
            ("何书林", (614, 487, 730, 538)), ("主要完成人员(按贡献", (240, 567, 574, 606)),
            ("何书林、上官雨桐、裴沁、郝一川", (618, 567, 1118, 606)), ("排序)", (233, 612, 328, 662)),
            ("验收日期", (235, 687, 379, 732)), ("2024年4月22日", (616, 688, 849, 729)),
            ("验收结论(请在相应方框内打“√”):", (225, 903, 805, 946)), ("□通过", (380, 958, 516, 1009)), ("不通过", (585, 954, 757, 1009))]
    doc = _read(*rows, width=1717, height=2382)
    assert doc.fields["members"] == ["何书林", "上官雨桐", "裴沁", "郝一川"]
    assert doc.fields["passed"] is False and "low_ocr_confidence" in [i["code"] for i in doc.issues]


def test_a_notices_annex_header_row_is_no_projects_title():
    """项目编号   项目名称   承担单位   负责人 验收结论 over a notice's annex (probe CY R02: its title 承担单位)."""
    rows = ["重庆市科学技术局关于公布2023年度重庆市技术创新与应用发展专项重点项目验收结果的通知",
            "经审核,“汽车焊装线数字孪生关键技术研究与应用”等18个项目通过验收,现将验收结果予以公布。", "重庆市科学技术局", "2023年12月5日",
            "项目编号   项目名称   承担单位   负责人 验收结论", "cstc2021jscx-gksbX0012   工业互联网边缘智能网关研制   重庆信通智联网络技术有限公司 万俊杰   通过"]
    doc = _read(*_lines(rows, size=12), source="text_layer")
    assert doc.fields.get("project_title") != "承担单位"


def test_a_registers_publication_row_typed_as_a_grant_alone():
    """cpquery's 公布公告 tab: CN110654321B | 授权 | 2021-06-22 (probe CY P11, P12: no grant date)."""
    rows = [("中国及多国专利审查信息查询", (33, 70, 308, 93)), ("申请号/专利号", (38, 222, 144, 250)), ("2019108765432", (211, 222, 330, 249)),
            ("发明名称", (35, 259, 111, 290)), ("一种基于深度学习的注塑件表面缺陷识别方法", (215, 264, 520, 287)),
            ("专利类型", (36, 337, 111, 370)), ("发明", (208, 337, 255, 371)), ("申请日", (35, 375, 96, 408)), ("2019-10-08", (210, 378, 300, 405)),
            ("发明人", (35, 453, 96, 487)), ("孔令辉;段雪;岳明;沈佳怡", (212, 457, 416, 483)), ("公布公告", (28, 548, 114, 583)),
            ("CN110654321A", (38, 628, 153, 655)), ("发明公布", (469, 626, 543, 658)), ("2020-01-10", (816, 628, 906, 655)),
            ("CN110654321B", (38, 699, 152, 723)), ("授权", (466, 696, 515, 730)), ("2021-06-22", (816, 699, 907, 726))]
    doc = _read(*rows, width=1299, height=822)
    assert doc.doc_type == "patent_certificate" and doc.fields["grant_date"] == "2021-06-22"


def test_a_candidate_whose_surname_is_also_a_word():
    """现推荐我院全柏林同志申报正高级工程师 (probe CX R13: 柏林, 全 taken for an adverb)."""
    from extractor.fields.people import sentence_person

    assert sentence_person("现推荐我院全柏林") == "全柏林" and sentence_person("现推荐我院王柏林") == "王柏林"
    doc = _read(*_lines(["推荐信", "现推荐我院全柏林同志申报正高级工程师。全柏林同志2009年参加工作,一直从事桥梁结构健康监测。",
                         "推荐人:乔慕白", "职称:高级工程师", "2024年5月7日"], size=14), source="text_layer")
    assert doc.fields["candidate"] == "全柏林" and doc.fields["recommender"] == "乔慕白"


def test_a_recommenders_present_title_on_his_own_row_and_his_title_between_unit_and_name():
    """推荐人姓名   欧阳知远   现专业技术职称   正高级工程师 (his row, 现 no mark of the candidate's: probe CX
    R07); 推荐人：中国汽车工程研究院股份有限公司 正高级工程师 阎立群 (probe CX R10)."""
    doc = _read(*_lines(["工程技术系列破格申报推荐意见表", "被推荐人   甘露   申报职称   高级工程师",
                         "推荐人姓名   欧阳知远   现专业技术职称   正高级工程师", "职称取得时间   2015年12月   工作单位   重庆邮电大学",
                         "推荐理由   甘露同志在工业互联网标识解析二级节点建设中担任技术负责人。同意推荐其破格申报高级工程师。",
                         "推荐人签字   日期   2024年4月16日"], size=12), source="text_layer")
    assert doc.fields["recommender"] == "欧阳知远" and doc.fields["recommender_title"] == "professorate_senior_engineer"
    doc = _read(*_lines(["推荐信", "推荐人:中国汽车工程研究院股份有限公司 正高级工程师 阎立群", "被推荐人:柏松涛(重庆凯瑞车辆传动制造有限公司)",
                         "兹推荐柏松涛同志申报正高级工程师职称。", "2025年1月15日"], size=20))
    assert doc.fields["recommender"] == "阎立群" and doc.fields["recommender_title"] == "professorate_senior_engineer"


def test_degree_records_and_recognitions_in_their_own_words():
    """学位网's 中国高等教育学位在线验证报告 (probe CX D04: read as an 验收报告, unknown); the 留服's
    认证书, its degree dated in a sentence after a comma, not by its signing day (D05); a
    中等专业学校 diploma (D08)."""
    doc = _read(*_lines(["中国高等教育学位在线验证报告", "报告编号:C2023051012345678   验 证日期:2023年05月10日", "姓名   俞澄",
                         "获学位日期   2014年06月", "学位授予单位   四川大学", "所授学位   工学硕士学位", "学科/专业   化学工程"], size=20))
    assert doc.doc_type == "degree_certificate"
    assert (doc.fields["holder"], doc.fields["education"], doc.fields["date"]) == ("俞澄", "master", "2014-06")
    doc = _read(*_lines(["国外学历学位认证书", "教育部留学服务中心", "陶以宁,女,1992年4月3日出生。于2015年9月至2016年11月在英国谢菲尔德大学学习,",
                         "2016年12月获得该校颁发的理学硕士学位(Master of Science)。", "认证意见:该学位证书真实。", "教育部留学服务中心", "2017年3月22日"],
                        size=14), source="text_layer")
    assert doc.fields["date"] == "2016-12"
    doc = _read(*_lines(["毕业证书", "学生冉启东,男,一九七六年三月生,于一九九二年九月至一九九五年七月在本校机械制造专业学习,",
                         "修业期满,成绩合格,准予毕业。", "重庆市机械工业学校(中等专业学校)", "校长:王明", "1995年7月"], size=14), source="text_layer")
    assert doc.fields.get("education") == "secondary_vocational"


def test_a_books_writers_from_its_preface_and_its_committee_page():
    """CIP 冉启东等编著 with a 前言's 本书由冉启东、范德昌、祝晓光编著 (probe CX B05); a 编写委员会 page
    whose 编 委(以姓氏笔画为序) stands over its names (B03)."""
    cip = ["图书在版编目(CIP)数据", "轧钢机械设备维护/冉启东等编著.   —北京:冶金工业出版社,2005.3", "ISBN 978-7-5024-3761-9",
           "2005年3月第1版,2005年3月第1次印刷", "787mm×1092mm 1/16;26印张;412千字;402页"]
    preface = ["前 言", "本书系统介绍了轧钢机械设备的结构、点检与维护方法。本书由冉启东、范德昌、祝晓光编著,其中冉启东编写第1、2章。"]
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import document_from

    def book(*pages, name=None):
        result = ReadResult("b.pdf", "0" * 64, page_count=len(pages), pages=[
            Page(k + 1, 595, 842, "text_layer", [Line(t, b, 1.0) for t, b in _lines(rows, size=10)]) for k, rows in enumerate(pages)])
        return document_from(result, name, None)
    doc = book(cip, preface, name="祝晓光")
    assert doc.doc_type == "book" and doc.fields["authors"] == ["冉启东", "范德昌", "祝晓光"] and doc.fields["applicant_rank"] == 3
    committee = ["编写委员会", "主 编 柴文静", "副 主 编 俞 澄 陶以宁", "编 委(以姓氏笔画为序)", "王立强 包春燕 冯小川 刘思彤 孙 浩 杨雪芹"]
    cip = ["图书在版编目(CIP)数据", "化工过程安全与控制/柴文静主编.   —北京:化学工业出版社,2022.9", "ISBN 978-7-122-43517-0",
           "787mm×1092mm 1/16 印张21 字数528千字 2022年9月北京第1版第1次印刷"]
    doc = book(committee, cip, name="陶以宁")
    assert doc.fields["authors"][:4] == ["柴文静", "俞澄", "陶以宁", "王立强"] and doc.fields["applicant_rank"] == 3


def test_a_books_committee_page_and_its_presss_proof_bound_with_it_are_the_books():
    """《汽车NVH工程实践》编委会 before the CIP (probe CX B11) and a press's 证明 naming the book by its
    ISBN wrapped inside (ISB | N…) after it (B08): one book, the committee's order and the proof's
    share read, not three papers."""
    from extractor.model import Line, Page, ReadResult
    from zhicheng.binder import split
    from zhicheng.documents import document_from

    def bound(*pages, name):
        result = ReadResult("b.pdf", "0" * 64, page_count=len(pages), pages=[
            Page(k + 1, 595, 842, "text_layer", [Line(t, b, 1.0) for t, b in _lines(rows, size=10)]) for k, rows in enumerate(pages)])
        return split(result, lambda span: document_from(result, name, span))

    committee = ["《汽车NVH工程实践》编委会", "主 编   柏松涛", "副 主 编   车晓彤   阎立群   迟振邦", "编 委   邝 敏   宁致远   欧阳知远"]
    cip = ["图书在版编目(CIP)数据", "汽车NVH工程实践/柏松涛主编.   —北京:电子工业出版社,2022.1", "ISBN 978-7-121-43876-9",
           "开 本:787×1092 1/16 印张:42.75 字数:1 094千字", "版 次:2022年1月第1版"]
    documents = bound(committee, cip, name="阎立群")
    assert [d.doc_type for d in documents] == ["book"]
    assert documents[0].fields["authors"][:3] == ["柏松涛", "车晓彤", "阎立群"] and documents[0].fields["applicant_rank"] == 3
    proof = ["证明", "兹证明阎立群同志参与编写我社出版的《汽车NVH工程实践》(ISB", "N9787121438769)一书,本人撰写第3章,计3.2万字。",
             "特此证明。", "电子工业出版社", "2022年4月6日"]
    documents = bound(cip, proof, name="阎立群")
    assert [d.doc_type for d in documents] == ["book"] and documents[0].fields["shares"] == {"阎立群": 3.2}


def test_a_signature_read_a_letter_off_the_name_typed_under_it():
    """推荐人: | 施弘 (his hand, a tall box) over 姓 名:施泓 (probe CX R08): the typed name."""
    rows = [("专家推荐信", (700, 150, 1000, 220)),
            ("本人认为蒲云帆同志已具备高级工程师的技术水平,兹推荐其申报高级工程师。", (280, 581, 1491, 625)),
            ("施弘", (1055, 706, 1205, 797)), ("推荐人:", (888, 749, 1018, 796)), ("姓 名:施泓", (886, 850, 1109, 899)),
            ("职", (889, 911, 947, 956)), ("称:正高级工程师", (956, 913, 1245, 953)), ("期:2024年3月2日", (955, 1032, 1256, 1072))]
    doc = _read(*rows, width=1700, height=2400)
    assert doc.fields["recommender"] == "施泓"


def test_a_list_ocr_glued_into_one_run_gives_a_place_only_where_every_cut_agrees():
    """小组成员:顾桂飞张楷黄颖琳曾磊孔浩汪文玉魏明 (probe CU a10) and (72)发明人 尹航廖红梅甘泉贺子琪 (probe
    CY P10): no list; 黄颖琳 third and 贺子琪 fourth however the run is cut, 甘泉's place not known."""
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import document_from

    def doc(rows, name):
        result = ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 2406, 1751, "ocr", [Line(t, b, 0.98) for t, b in rows])])
        return document_from(result, name, None)
    award = [("证书", (1043, 285, 1362, 410)),
             ("重庆鑫源传动科技有限公司“精益”QC小组《提高齿轮轴磨削工序一次交检合格率》荣获", (444, 527, 2029, 580)),
             ("2022年度机械工业优秀质量管理小组成果二等奖。", (361, 607, 1233, 656)),
             ("小组成员:顾桂飞张楷黄颖琳曾磊孔浩汪文玉魏明", (361, 723, 1242, 771)), ("特发此证。", (439, 819, 629, 874)),
             ("2022年10月", (1453, 1500, 1833, 1540))]
    found = doc(award, "黄颖琳")
    assert found.fields["applicant_rank"] == 3 and "people_unreadable" in [i["code"] for i in found.issues]
    assert "holders" not in found.fields
    patent = [("(19)中华人民共和国国家知识产权局", (145, 133, 720, 180)), ("(10)授权公告号 CN 217654321 U", (955, 162, 1410, 204)),
              ("(12)实用新型专利", (144, 224, 497, 284)), ("(45)授权公告日2022.10.28", (955, 227, 1332, 265)),
              ("(21)申请号 202221876543.6", (144, 337, 499, 373)), ("(54)实用新型名称", (875, 336, 1106, 375)),
              ("一种车载控制器 自动化测试工装", (876, 384, 1343, 423)), ("(22)申请日 2022.07.15", (145, 391, 434, 427)),
              ("(73)专利权人重庆锐驰汽车电子有限公司", (144, 444, 655, 481)), ("(72)发明人 尹航廖红梅甘泉贺子琪", (144, 551, 594, 588))]
    assert doc(patent, "贺子琪").fields["applicant_rank"] == 4
    unsure = doc(patent, "甘泉")
    assert unsure.fields["applicant_rank"] is None and "name_not_found" in [i["code"] for i in unsure.issues]


def _pages_of(*pages, width=595, height=842):
    """A text-layer file of several pages, each a list of (text, box)."""
    from extractor.model import Line, Page, ReadResult

    return ReadResult("f.pdf", "0" * 64, page_count=len(pages), pages=[
        Page(k + 1, width, height, "text_layer", [Line(t, b, 1.0) for t, b in rows]) for k, rows in enumerate(pages)])


def _split(result, name=None):
    from zhicheng.binder import split
    from zhicheng.documents import document_from

    return split(result, lambda span: document_from(result, name, span))


def test_a_papers_references_citing_books_and_its_journals_imprint_are_the_papers():
    """A paper's pages, then its 参考文献: (entries citing a book's ISBN and another journal's ISSN),
    then the issue's 版权页 (probe DC: 0 of 5 papers kept whole, the references read as a book);
    and a standard's references under its running number (T/CQMES 080-2023 | 参考文献)."""
    first = _lines(["机械设计与制造工程", "第44卷 第3期 2024年3月", "基于机器视觉的齿轮表面缺陷检测方法", "陈素弘1,吕雁2",
                    "摘要:针对齿轮表面缺陷检测效率低的问题,提出一种基于机器视觉的检测方法。", "关键词:机器视觉;缺陷检测;齿轮",
                    "中图分类号:TH132  文献标志码:A  文章编号:2095-509X(2024)03-0012-05"], size=10)
    body = _lines(["1 引言", "齿轮是机械传动中的关键零件,其表面质量直接影响传动精度与寿命。"] * 3, size=10)
    refs = _lines(["参考文献:", "[1] 陈素弘,吕雁. 智能制造关键技术研究进展[J]. 机械工程学报,2020,56(3):1-12.",
                   "[2] 慕容嘉勇. 机器视觉原理与应用[M]. 北京:清华大学出版社,2019. ISBN 978-7-302-31348-9.",
                   "[3] 陈滢融. 工业互联网平台架构研究[J]. 计算机集成制造系统,2021,27(4):921-930. ISSN 1006-5911.",
                   "[4] 谢琴. 数字化车间建设指南[M]. 北京:机械工业出版社,2021."], size=10, step=18)
    imprint = _lines(["机械设计与制造工程", "(月刊,1980年创刊)", "第44卷 第3期 2024年3月出版", "主管:重庆市教育委员会",
                      "国内统一连续出版物号:CN 32-1838/TH", "国际标准连续出版物号:ISSN 2095-509X", "定价:20.00元"], size=10)
    documents = _split(_pages_of(first, body, refs, imprint))
    assert [d.doc_type for d in documents] == ["journal_paper"]
    # (its ISSN its own, never the one a reference cites: probe DC jp2, jp5 once the references were read with it)
    assert documents[0].fields["issn"] == "2095-509X" and documents[0].fields["cn"] == "32-1838/TH"
    standard = [("T/CQMES 080-2023", (400, 40, 520, 52)), ("参考文献", (260, 70, 330, 84)),
                ("[1]GB/T39116—2020智能制造能力成熟度模型", (90, 100, 400, 112)),
                ("[2]GB/T40648—2021智能制造虚拟工厂参考架构", (90, 120, 400, 132)),
                ("[3]朱羽.智能制造标准体系研究[M].北京:中国标准出版社,2019.ISBN978-7-5066-4898-1", (90, 140, 520, 152))]
    cover = _lines(["团体标准", "T/CQMES 080-2023", "离散制造车间设备联网技术规范", "2023-06-01发布   2023-07-01实施",
                    "重庆市机械工程学会   发布"], size=14)
    foreword = _lines(["T/CQMES 080-2023", "前 言", "本文件起草单位:重庆数智装备有限公司。", "本文件主要起草人:陈静、王宇航、刘波。"], size=10)
    assert [d.doc_type for d in _split(_pages_of(cover, foreword, standard))] == ["standard"]


def test_a_decisions_letter_its_annex_run_on_without_a_header_and_its_printing_day():
    """决定 | its last page opening on 附件：…目录 and signed 2023年9月10日, …办公厅 2023年9月12日印发 | the
    annex, its grade headed 重庆市科学技术进步奖三等奖 and its rows run on over the next page with no
    header (probe DC ad1: the letter cut off, the applicant's row not found, the printing day taken)."""
    letter = _lines(["重庆市人民政府文件", "关于2022年度重庆市科学技术奖励的决定", "各区县(自治县)人民政府,市政府各部门,有关单位:",
                     "经重庆市科学技术奖评审委员会评审,市政府决定:授予“基于数字孪生的智能电表装配生产线智能化改造”等项目重庆市科学技术进步奖。"],
                    size=10)
    signed = [("附件:2022年度重庆市科学技术奖获奖项目目录", (72, 145, 325, 156)), ("重庆市人民政府", (341, 217, 431, 230)),
              ("2023年9月10日", (335, 241, 421, 253)), ("重庆市人民政府办公厅   2023年9月12日印发", (71, 476, 362, 487))]
    annex = [("附件", (72, 72, 102, 87)), ("2022年度重庆市科学技术奖获奖项目目录", (152, 100, 444, 116)),
             ("序号   项目名称   主要完成人   主要完成单位", (78, 136, 510, 146)), ("重庆市科学技术进步奖二等奖", (71, 162, 239, 175))]
    for k in range(1, 8):
        y = 170 + 20 * k
        annex += [(str(k), (86, y + 8, 90, y + 16)), (f"智能产线关键技术研究{k}", (108, y, 277, y + 9)),
                  (["梁欣,尹雪嘉", "秦琛敏,苏伟", "汪瑞莲,邓琼", "廖芳素,余翔", "段鸣岚,崔秀", "陈融锦,孔瑞", "唐昭荔,付娟"][k - 1],
                   (284, y, 426, y + 9)), ("重庆涪江数控科技有限公司", (441, y, 520, y + 9))]
    more = [("8", (86, 93, 90, 101)), ("基于数字孪生的变速器壳体压铸柔性制", (108, 85, 277, 94)), ("造系统研制", (168, 99, 217, 108)),
            ("侯红,许辰,邵苑涛,石朋芳,王", (284, 77, 433, 88)), ("璐,顾育竹,钟琳眉,冯冠,高咏", (284, 92, 433, 102)), ("克", (354, 106, 363, 116)),
            ("重庆华蓥汽车零部", (441, 85, 520, 94)), ("件股份有限公司", (446, 99, 515, 109)),
            ("9 高精度铝合金轮毂关键技术研究及应用 唐昭荔,侯伦融,付娟,唐瑞露,", (86, 129, 426, 146)), ("戴毓香,肖秀梦,张琼悦", (304, 144, 413, 154)),
            ("重庆涪江电机有限", (441, 129, 520, 139)), ("公司", (471, 144, 490, 154)),
            ("10 高精度变速器壳体压铸关键技术研究及", (83, 167, 278, 183)), ("应用   孔薇,崔晓,段舒红,钟滢   重庆大足工业互联", (183, 167, 520, 191)),
            ("网有限责任公司", (447, 181, 515, 191)), ("重庆市科学技术进步奖三等奖", (71, 207, 239, 220)),
            ("11 摩托车发动机缸体质量在线检测系统研", (84, 236, 277, 252)), ("发", (173, 251, 212, 260)),
            ("赵卿,蔡旭婵,覃澜爽,刘磊,", (279, 236, 431, 247)), ("金荣以", (324, 251, 394, 261)),
            ("重庆缙云检测技术", (441, 236, 520, 246)), ("股份有限公司", (451, 251, 510, 261))]
    documents = _split(_pages_of(letter, signed, annex, more), name="蔡旭婵")
    assert [d.doc_type for d in documents] == ["award_certificate"]
    fields = documents[0].fields
    assert fields["date"] == "2023-09-10" and fields["grade"] == "三等奖" and fields["applicant_rank"] == 2
    assert fields["project_title"] == "摩托车发动机缸体质量在线检测系统研发"


def test_a_won_award_whose_words_say_shortlisted_and_a_prize_of_encouragement():
    """入围全国总决赛，经终评荣获二等奖 and a title holding 入围 are won prizes (probe CZ r1); 鼓励奖 is a grade."""
    rows = ["荣誉证书", "车钧同志：", "你参与完成的“基于数字孪生的注塑车间排产优化系统”项目入围全国总决赛，经终评荣获二等奖。", "特发此证。",
            "中国机械工程学会", "2023年11月20日"]
    doc = _read(*_lines(rows, size=14), source="text_layer")
    assert doc.doc_type == "award_certificate" and doc.fields["grade"] == "二等奖"
    rows = ["重庆市科学技术奖", "证书", "项目名称:电子束焊接变形预测与控制方法", "奖励等级:鼓励奖", "获奖者:邢子墨", "重庆市人民政府", "2020年11月"]
    doc = _read(*_lines(rows, size=14), source="text_layer")
    assert doc.doc_type == "award_certificate" and doc.fields["grade"] == "鼓励奖"


@pytest.mark.parametrize(("words", "kind"), [
    (["轻型商用车电驱桥NVH优化技术研究报告", "重庆数智装备有限公司", "编写人员:巫子健、聂晴川", "2023年8月",
      "本报告参考了重庆大学课题组的试验数据。"], "technical_report"),
    (["通用汽油机数字化车间建设研究报告", "本报告是公司年度重大课题之一。", "编写人员:寇一鸣、濮阳晨", "2022年4月"], "technical_report"),
    (["重庆市软科学研究课题", "成渝地区汽车产业链协同创新机制研究报告", "课题负责人:乐嘉禾", "课题组成员:颜若溪、杭志诚", "2023年6月"],
     "research_topic"),
])
def test_a_topic_is_a_reports_own_never_a_word_in_passing(words, kind):
    """研究报告 is a 课题's when its programme line ends in 课题 or a labelled 课题 field opens a line;
    another unit's 课题组 named in passing, or 重大课题 as a word, leave it a report (probe CZ r4)."""
    doc = _read(*_lines(words, size=20))
    assert doc.doc_type == "technical_report" and doc.fields["report_kind"] == kind


def test_a_leader_read_and_his_members_line_glued_gives_no_list_of_one():
    """课题组组长:景书航 | 课题组成员:宓雅琴郁文康 (probe CZ r4: authors [景书航], a wrong list): no list;
    郁文康 third however the run is cut."""
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import document_from

    rows = [("重庆市社会科学规划项目", (227, 202, 569, 238)), ("西部陆海新通道物流枢纽数字化建设路径", (305, 664, 1412, 736)),
            ("研究报告", (719, 803, 994, 871)), ("课题组组长:景书航", (462, 1093, 818, 1139)), ("课题组成员:宓雅琴郁文康", (462, 1178, 957, 1227)),
            ("完成单位:重庆交通大学", (460, 1264, 898, 1313)), ("二〇二二年十二月", (704, 1998, 1013, 2045))]
    result = ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1717, 2382, "ocr", [Line(t, b, 0.98) for t, b in rows])])
    doc = document_from(result, "郁文康", None)
    assert "authors" not in doc.fields and doc.fields["applicant_rank"] == 3


def test_a_contracts_annex_headed_on_its_own_page_and_a_reports_table_page_are_theirs():
    """附件2 | 实施服务内容及报价 after a contract's signature page (probe DC ct4), and a report's table
    page whose header row holds 合同指标 (tr3: read as a contract, the writers' page lost with it)."""
    contract = _lines(["软件实施服务合同", "甲方:四川铜梁电气有限公司", "乙方:重庆嘉陵电气股份有限公司",
                       "第一条 合同总价:人民币柒佰玖拾陆万元整(¥7,960,000.00)", "第二条 付款方式:按里程碑支付。"], size=12)
    signed = _lines(["甲方(盖章):四川铜梁电气有限公司      乙方(盖章):重庆嘉陵电气股份有限公司",
                     "法定代表人或授权代表(签字):王明      法定代表人或授权代表(签字):李强", "日期:2021年2月16日", "第2页共2页"], size=12)
    annex = [("附件2", (60, 60, 100, 75)), ("实施服务内容及报价", (200, 80, 380, 96)),
             ("序号   服务内容   人天   金额(元)", (60, 110, 500, 122)), ("1   AGV搬运小车   30   450,000.00", (60, 130, 500, 142)),
             ("2   激光测量仪   20   1,400,000.00", (60, 150, 500, 162))]
    documents = _split(_pages_of(contract, signed, annex))
    assert [d.doc_type for d in documents] == ["revenue_proof"] and documents[0].fields["amount_wan"] == 796.0
    cover = _lines(["基于工业互联网平台的变速器壳体压铸智能工厂建设", "技术总结报告", "重庆华蓥汽车零部件股份有限公司", "2023年4月"], size=20)
    table = [("表3 主要技术指标完成情况", (221, 71, 374, 84)), ("序号   指标名称   合同指标   完成情况   是否完成", (81, 102, 511, 113))] + [
        (f"{k}   设备联网率   ≥83%   95.3%   是", (90, 102 + 25 * k, 494, 112 + 25 * k)) for k in range(1, 9)]
    writers = _lines(["报告编写人员", "编写:蒋丽、熊维艺、蒋宁以、汪桂军、马晨", "审核:张伟"], size=12)
    documents = _split(_pages_of(cover, table, writers), name="马晨")
    assert [d.doc_type for d in documents] == ["technical_report"] and documents[0].fields["applicant_rank"] == 5


def test_a_text_layers_row_with_a_letter_spaced_caption_and_a_writers_table_under_its_unit():
    """推荐人姓名   慕容嘉诚   职 称   正高级工程师 (probe DB B05: no title read), and 编制人员 | 编制单位：… |
    序号   姓名   职称   承担工作 | 1   韦博 … (probe DB B08: no writers)."""
    rows = ["破格申报专业技术职务任职资格推荐意见", "推荐人姓名   慕容嘉诚   职 称   正高级工程师",
            "工作单位   重庆大学机械与运载工程学院   从事专业   机械电子工程", "被推荐人   司马静怡   申报职称   高级工程师",
            "本人与司马静怡同志共事多年,熟悉其专业技术水平和工作业绩。", "该同志符合破格申报条件,本人同意推荐其破格申报高级工程师。"]
    doc = _read(*_lines(rows, size=10), source="text_layer")
    assert doc.fields["recommender"] == "慕容嘉诚" and doc.fields["recommender_title"] == "professorate_senior_engineer"
    cover = [("重庆市工业互联网产业发展白皮书(2023)", (85, 227, 497, 250)), ("编制单位:重庆赛迪工业互联网研究院有限公司", (151, 567, 443, 581)),
             ("2023年12月", (262, 610, 332, 623))]
    staff = [("编制人员", (262, 86, 333, 104)), ("编制单位:重庆赛迪工业互联网研究院有限公司", (71, 136, 322, 148)),
             ("序号   姓名   职称   承担工作", (75, 179, 363, 189)), ("1   韦博   高级工程师   总体统稿", (76, 207, 363, 217)),
             ("2   洪亮   高级工程师   第一、二章", (76, 235, 373, 246)), ("3   宁馨   工程师   第三章", (76, 264, 351, 274)),
             ("4   车骏   工程师   第四章", (76, 292, 351, 302))]
    documents = _split(_pages_of(cover, staff), name="宁馨")
    assert [d.doc_type for d in documents] == ["technical_report"]
    assert documents[0].fields["authors"] == ["韦博", "洪亮", "宁馨", "车骏"] and documents[0].fields["applicant_rank"] == 3


def test_a_scanned_divider_whose_numeral_ocr_boxed_apart():
    """三 | 推荐意见 (the 、 lost, the numeral a box of its own, probe DB B11): a divider, no letter."""
    from classifiers.classify import divider
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    page = [Line("三", (578, 944, 658, 1032), 1.0), Line("推荐意见", (716, 921, 1102, 1060), 1.0)]
    assert divider(DocText(ReadResult("d.png", "0" * 64, page_count=1, pages=[Page(1, 1654, 2339, "ocr", page)])))
    page = [Line("三", (578, 944, 658, 1032), 1.0), Line("本人推荐岳明辉同志申报正高级工程师", (716, 921, 1500, 1060), 1.0)]
    assert not divider(DocText(ReadResult("d.png", "0" * 64, page_count=1, pages=[Page(1, 1654, 2339, "ocr", page)])))


def test_an_annex_bound_alone_is_dated_by_its_printing_day_when_no_other_is_printed():
    """A 获奖名单 annex page alone, its one day 中国电子学会 2023年12月20日印发 (probe CU a23, lost by the
    rule that passes the 印发 day over a signed one)."""
    from extractor.doctypes.award_certificate import _lowest_date
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    def text(*rows):
        return DocText(ReadResult("a.png", "0" * 64, page_count=1, pages=[Page(1, 1700, 1200, "ocr", [Line(t, b, 1.0) for t, b in rows])]))
    alone = text(("中国电子学会科学技术奖获奖项目名单", (400, 100, 1200, 140)), ("中国电子学会 2023年12月20日印发", (167, 962, 648, 1001)))
    assert str(_lowest_date(alone)[0]) == "2023-12-20"
    signed = text(("中国电子学会", (900, 800, 1200, 840)), ("2023年12月18日", (900, 850, 1200, 890)),
                  ("中国电子学会 2023年12月20日印发", (167, 962, 648, 1001)))
    assert str(_lowest_date(signed)[0]) == "2023-12-18"


def test_a_one_name_byline_of_a_rarer_surname_under_a_title_is_its_author():
    """离心压缩机组振动超标的诊断与处理 | 莘子豪 (set almost as big) | （重庆建峰工业集团有限公司，重庆408601）
    (probe CZ r6x: the title …处理莘子豪, no author)."""
    rows = [("中国设备工程 2023.05(中)", (151, 105, 453, 138)), ("China Plant Engineering", (1221, 103, 1528, 143)),
            ("离心压缩机组振动超标的诊断与处理", (482, 243, 1196, 299)), ("莘子豪", (783, 349, 896, 397)),
            ("(重庆建峰工业集团有限公司,重庆408601)", (594, 413, 1084, 445)),
            ("摘要:针对合成氨装置离心压缩机组振动超标问题......", (151, 517, 827, 551)), ("ISSN 1671-0711 CN 11-4623/N", (148, 2167, 472, 2198))]
    doc = _read(*rows, width=1677, height=2354)
    assert doc.fields["title"] == "离心压缩机组振动超标的诊断与处理" and doc.fields["authors"] == ["莘子豪"]
