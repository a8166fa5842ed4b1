"""Layouts and verdicts the twenty-third session's probes found wrong, one test per cause."""

from __future__ import annotations

import pytest


def _result(*rows, width=1654, height=2339, source="ocr"):
    """A one-page file read as OCR or a text layer gives it: its lines (text, box)."""
    from extractor.model import Line, Page, ReadResult

    return ReadResult("t.png", "0" * 64, page_count=1,
                      pages=[Page(1, width, height, source, [Line(t, b, 0.98) for t, b in rows])])


def _block(top, texts, x=180, step=70, size=40):
    """Lines one under another from ``top``: the first a heading, centred and large."""
    rows = [(texts[0], (560, top, 1100, top + 80))]
    for k, t in enumerate(texts[1:]):
        y = top + 180 + step * k
        rows.append((t, (x, y, x + size * len(t), y + size + 8)))
    return rows


def _examine_all(monkeypatch, result, name=None):
    from zhicheng import documents

    monkeypatch.setattr(documents, "read_file", lambda *a, **k: result)
    return documents.examine_all("t.png", None, name=name)


_PRIZE = ["获奖证书", "刘晓峰同志：", "你参与完成的“离散制造车间数字孪生关键技术及应用”",
          "项目荣获2022年度重庆市科学技术进步奖二等奖", "（排名第三）。", "证书编号：2022-J-2-031-03",
          "重庆市人民政府", "二〇二三年五月十二日"]
_OTHER_PRIZE = ["荣誉证书", "刘晓峰：", "在“基于工业互联网的柔性装配线改造”项目中，",
                "荣获2021年度中国机械工业科学技术奖三等奖", "（第五完成人）。", "中国机械工业联合会", "2021年12月"]
_TITLE = ["专业技术职务任职资格证书", "姓名：刘晓峰", "性别：男", "专业技术职务：工程师", "评审通过时间：2018年12月20日",
          "证书编号：渝工程2018-1234", "重庆市人力资源和社会保障局", "2019年1月5日"]


@pytest.mark.parametrize("lower, kinds", [
    (_OTHER_PRIZE, ["award_certificate", "award_certificate"]),
    (_TITLE, ["award_certificate", "title_certificate"]),
])
def test_two_certificates_one_above_the_other_are_two_documents(monkeypatch, lower, kinds):
    """Two small certificates photocopied onto one A4, one above the other (probe DB): the
    lower one had been lost silently, or both read as one ``unknown``. Each is now a document
    of its own, named by its half of the page."""
    docs = _examine_all(monkeypatch, _result(*_block(100, _PRIZE), *_block(1250, lower)), name="刘晓峰")
    assert [d.doc_type for d in docs] == kinds
    assert [d.page_part for d in docs] == ["top", "bottom"]
    assert [d.page_range for d in docs] == [(1, 1), (1, 1)]
    assert docs[0].fields["project_title"] == "离散制造车间数字孪生关键技术及应用"
    assert docs[0].label == "t.png（第1页上半）" and docs[1].label == "t.png（第1页下半）"
    assert docs[1].fields["holder"] == "刘晓峰"
    assert len({d.key for d in docs}) == 2


def test_one_certificate_with_a_wide_gap_above_its_seal_stays_one(monkeypatch):
    """A certificate whose issuer and date stand far below its text: the lower part has no
    heading of its own, so the page is one document."""
    rows = _block(100, _PRIZE[:6]) + [("重庆市人民政府", (1000, 1700, 1300, 1750)), ("二〇二三年五月十二日", (1000, 1780, 1400, 1830))]
    docs = _examine_all(monkeypatch, _result(*rows))
    assert len(docs) == 1 and docs[0].page_part is None and docs[0].page_range is None


def test_the_same_certificate_twice_on_a_page_is_one(monkeypatch):
    """A certificate copied twice onto a sheet (front and a second copy) is one prize, not two."""
    docs = _examine_all(monkeypatch, _result(*_block(100, _PRIZE), *_block(1250, _PRIZE)))
    assert len(docs) == 1


def test_a_papers_page_with_a_gap_is_never_cut(monkeypatch):
    """A paper's page with a figure's white space across its middle: no one-page type, one document."""
    top = ["基于数字孪生的装配线调度方法", "刘晓峰1，王宇航2", "摘要：针对离散制造车间装配线调度问题，提出一种基于数字孪生的方法。",
           "关键词：数字孪生；调度；装配线", "中图分类号：TP391 文献标志码：A"]
    bottom = ["获奖证书样式的图片说明", "图1 系统总体架构", "1 引言", "近年来，工业互联网快速发展，制造企业数字化转型不断深入。"]
    docs = _examine_all(monkeypatch, _result(*_block(100, top), *_block(1250, bottom)))
    assert len(docs) == 1


def _doc(*rows, width=595, height=842, source="text_layer", pages=None):
    """One document from its lines (text, box), on one page or on ``pages`` (lists of rows)."""
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import document_from

    pages = pages or [rows]
    result = ReadResult("t.pdf", "0" * 64, page_count=len(pages), pages=[
        Page(n + 1, width, height, source, [Line(t, b, 0.98) for t, b in page]) for n, page in enumerate(pages)])
    return document_from(result, None, None)



def _split(*pages, width, height, source="ocr"):
    """The documents a file of ``pages`` (each a list of rows) splits into, and the file read."""
    from extractor.model import Line, Page, ReadResult
    from zhicheng.binder import split
    from zhicheng.documents import document_from

    result = ReadResult("t.pdf", "0" * 64, page_count=len(pages), pages=[
        Page(n + 1, width, height, source, [Line(t, b, 0.98) for t, b in rows]) for n, rows in enumerate(pages)])
    return split(result, lambda span: document_from(result, None, span)), result

def test_a_teams_page_with_a_contribution_column_is_no_technical_plan():
    """An acceptance's 项目组主要成员 page whose 对项目的贡献 column reads 技术方案设计 (probe DE
    A01): a table's cell names no document; the page is the acceptance's, its team its members."""
    form = [("重庆市科技计划项目验收证书", (500, 200, 1200, 260)), ("项目名称:面向汽摩行业的电子元器件视觉检测研究", (200, 400, 1400, 440)),
            ("承担单位:重庆华数机器人有限公司", (200, 480, 1000, 520)), ("项目负责人:庹桂梅", (200, 560, 700, 600)),
            ("验收结论:同意通过验收。", (200, 640, 900, 680)), ("验收日期:2024年6月1日", (200, 720, 800, 760))]
    team = [("项目组主要成员", (702, 220, 989, 263))]
    heads = [("序号", 121), ("姓名", 250), ("职称", 526), ("工作单位", 891), ("对项目的贡献", 1325)]
    team += [(t, (x, 334, x + 40 * len(t), 384)) for t, x in heads]
    people = [("庹桂梅", "高级工程师", "项目总体负责"), ("许松", "工程师", "技术方案设计"), ("吕福", "正高级工程师", "软件开发"),
              ("张晓琳", "工程师", "硬件集成")]
    for k, (name, title, work) in enumerate(people):
        y = 415 + 78 * k
        team += [(str(k + 1), (144, y, 171, y + 42)), (name, (240, y, 340, y + 44)), (title, (490, y, 640, y + 44)),
                 ("重庆华数机器人有限公司", (804, y, 1095, y + 40)), (work, (1324, y, 1489, y + 40))]
    # (and the experts' table under it, each signing his row)
    team += [("验收专家组名单", (713, 991, 981, 1034))]
    team += [(t, (x, 1083, x + 40 * len(t), 1134)) for t, x in [("序号", 146), ("姓名", 281), ("专家组职务", 419), ("职称", 642),
                                                                 ("工作单位", 950), ("签字", 1282)]]
    experts = [("袁强鹏", "组长", "高级工程师", "中国信息通信研究院西部分院"), ("邓欣", "成员", "正高级工程师", "成都信息工程大学"),
               ("王静", "成员", "研究员", "重庆市科学技术研究院"), ("汤涛燕", "成员", "正高级工程师", "重庆市智能制造产业联盟"),
               ("朱萍红", "成员", "研究员", "重庆两江云链工业互联网研究院有限公司")]
    for k, (name, role, title, unit) in enumerate(experts):
        y = 1161 + 80 * k
        team += [(str(k + 1), (171, y + 7, 199, y + 47)), (name, (270, y, 369, y + 51)), (role, (454, y, 530, y + 50)),
                 (title, (596, y, 766, y + 45)), (unit, (837, y + 5, 1191, y + 40)), (name, (1251, y - 10, 1401, y + 60))]
    docs, _ = _split(form, team, width=1694, height=2366)
    assert [d.doc_type for d in docs] == ["project_acceptance"]
    assert docs[0].fields["members"] == ["庹桂梅", "许松", "吕福", "张晓琳"]


@pytest.mark.parametrize("lines", [
    # a vendor's brochure (probe DH r5n)
    ["工业互联网平台整体解决方案", "产品优势:设备快速接入、数据实时采集、云边协同。", "典型客户:重庆长安汽车、隆鑫通用。", "服务热线:023-68881234"],
    # a quotation naming the 解决方案 it prices
    ["报价单", "项目:数字化车间整体解决方案", "序号  名称  数量  单价  金额", "1  边缘网关  10  12000  120000", "报价单位:重庆智联装备有限公司"],
])
def test_a_solution_named_without_a_report_is_no_technical_report(lines):
    """整体解决方案 on a brochure or a 报价单 (probe DH r5n) is no report its engineers wrote: the
    cue alone made such pages reports for one commit; without 报告, 规划 or 白皮书 they are not."""
    doc = _doc(*[(t, (100, 100 + 40 * k, 100 + 16 * len(t), 120 + 40 * k)) for k, t in enumerate(lines)])
    assert doc.doc_type != "technical_report"


def test_a_roles_table_keeps_every_writer_and_drops_the_reviewer():
    """角色 | 姓名 | 职称 with 项目负责人, 技术负责人, 主要参与人员 ×2, 报告审核 (probe DE R10): the
    four who did the work, in order; the reviewer none of them."""
    doc = _doc(("能耗在线监测与能效优化关键技术研究报告", (118, 128, 477, 146)), ("重庆璧山凌越电子科技有限公司", (200, 241, 394, 255)),
               ("2023年12月9日", (251, 272, 343, 286)), ("项目组成员", (85, 335, 152, 348)), ("角色   姓名   职称", (138, 366, 451, 377)),
               ("项目负责人   石博   高级工程师", (121, 394, 468, 405)), ("技术负责人   龚子新   高级工程师", (120, 422, 468, 434)),
               ("主要参与人员   冯思源   工程师", (115, 451, 456, 462)), ("主要参与人员   石芳   工程师", (115, 479, 456, 491)),
               ("报告审核   上官兰   正高级工程师", (126, 508, 473, 519)))
    assert doc.fields["authors"] == ["石博", "龚子新", "冯思源", "石芳"]


def test_writers_one_a_line_each_with_his_unit():
    """编写人员： then 钟新 重庆华数机器人有限公司 | 吕兰林 中机中联工程有限公司 | … (probe DE R08)."""
    doc = _doc(pages=[[("工业互联网标识解析二级节点技术白皮书", (100, 227, 496, 249)), ("中国信息通信研究院西部分院", (202, 638, 395, 652)),
                       ("(2022年9月)", (256, 675, 339, 689))],
                      [("编写说明", (266, 80, 329, 95)), ("牵头编写单位:中国信息通信研究院西部分院", (71, 162, 321, 174)),
                       ("编写指导:顾霞玉", (71, 241, 170, 253)), ("编写人员:", (71, 281, 125, 293)),
                       ("钟新 重庆华数机器人有限公司", (114, 315, 287, 327)), ("吕兰林 中机中联工程有限公司", (115, 343, 287, 355)),
                       ("龚兰飞 重庆市智能制造产业联盟", (114, 372, 325, 384)), ("夏铭秀 重庆万州三峡智造科技有限公司", (114, 400, 337, 412))]])
    assert doc.doc_type == "technical_report"
    assert doc.fields["authors"] == ["钟新", "吕兰林", "龚兰飞", "夏铭秀"]


def test_participants_in_the_cell_beside_their_label():
    """A cover's form: 项目负责人 | 蒋泉鑫, 参与人员 | 姚东军、覃源、… (probe DE R05): the leader, then them."""
    rows = [("轴承生产线自动化升级课题研究报告", (468, 276, 1274, 334)), ("课题编号", (332, 432, 465, 474)), ("KT2021-027", (566, 435, 746, 472)),
            ("课题承担单位", (305, 521, 495, 558)), ("重庆华数机器人有限公司", (568, 522, 911, 558)), ("项目负责人", (317, 603, 480, 647)),
            ("蒋泉鑫", (562, 603, 670, 650)), ("参与人员", (330, 688, 466, 736)), ("姚东军、覃源、余睿海、闫国、杜波、甘彬艳", (567, 695, 1191, 731)),
            ("完成时间", (331, 778, 466, 820)), ("2021年2月", (564, 778, 716, 819)), ("摘要", (806, 933, 936, 987))]
    doc = _doc(*rows, width=1743, height=2400, source="ocr")
    assert doc.fields["authors"] == ["蒋泉鑫", "姚东军", "覃源", "余睿海", "闫国", "杜波", "甘彬艳"]


def _opinion(lead, team, verdict):
    return _doc(("验收意见", (262, 71, 333, 88)), (lead, (87, 119, 532, 132)),
                ("技有限公司组织召开了“离散制造边缘计算网关系统研制”项目验收会。该项目由田红燕", (63, 140, 530, 152)),
                (team, (63, 161, 530, 174)), ("长,周航、周海建为成员。", (63, 182, 282, 195)), (verdict, (87, 257, 270, 269)),
                ("验收专家组组长签字:", (312, 320, 423, 332)), ("2019年1月7日", (451, 363, 523, 374)))


def test_an_acceptance_held_for_a_commission_has_the_commissioners_level():
    """受重庆市科学技术局委托，…重庆市生产力促进中心…组织召开验收会 (probe DE A08): the bureau's
    programme, 省级 in 重庆 — never 企业级 for the centre that held it."""
    doc = _opinion("受重庆市科学技术局委托,2019年1月7日,重庆市生产力促进中心在重庆忽米网络科",
                   "负责,参加人员有侯睿、蒲磊、范骏、邵航鑫、钱玉墨、谭墨钰。验收专家组由金建任组", "经专家组讨论,该项目不通过验收。")
    assert doc.fields["level"] == "provincial"
    assert doc.fields["passed"] is False
    assert doc.fields["members"] == ["侯睿", "蒲磊", "范骏", "邵航鑫", "钱玉墨", "谭墨钰"]


def test_twelve_names_in_a_cell_whose_label_carries_its_note_under_it():
    """项目组成员 | (按贡献大小排序 | ) left of a cell of two lines, its first a little below the
    label's middle (probe DE A09): all twelve, in order."""
    doc = _doc(("重庆市科学技术局", (246, 57, 349, 69)), ("科技计划项目验收结论书", (199, 88, 396, 105)),
               ("项目名称   供应链协同管理平台示范项目", (82, 133, 311, 145)), ("项目负责人   闫子燕", (77, 200, 198, 211)),
               ("项目组成员", (77, 242, 134, 253)), ("(按贡献大小排序", (66, 258, 150, 269)), (")", (100, 275, 103, 286)),
               ("诸葛峰亦、周静燕、董若、谭丽、肖宁文、母红骏、宋瑶梅、王燕、钟斌", (163, 250, 531, 261)),
               ("、史超明、周国、司马刚林", (163, 267, 301, 277)), ("验收日期   2024年6月12日", (82, 316, 240, 327)),
               ("验收结论   项目完成了合同规定的任务和考核指标,专家组同意通过验收。", (82, 357, 477, 369)))
    assert doc.fields["members"] == ["诸葛峰亦", "周静燕", "董若", "谭丽", "肖宁文", "母红骏", "宋瑶梅", "王燕", "钟斌",
                                     "史超明", "周国", "司马刚林"]


@pytest.mark.parametrize("boxes, passed", [
    (("□通过验收", "■需整改后复验", "□不通过验收"), False),
    (("■通过验收", "□需整改后复验", "□不通过验收"), True),
])
def test_a_ticked_deferral_is_no_pass(boxes, passed):
    """□通过验收 ■需整改后复验 □不通过验收 (probe DE A10): a deferral ticked is no pass."""
    rows = [("科技项目验收意见表", (500, 150, 1200, 210)), ("项目名称", (160, 300, 330, 340)),
            ("基于工业互联网的产品质量追溯系统关键技术研究与应用", (430, 300, 1300, 340)),
            ("项目负责人", (160, 380, 330, 420)), ("汪杰宁", (430, 380, 560, 420)), ("验收结论", (160, 975, 320, 1019))]
    rows += [(t, (434 + 260 * k, 975, 640 + 260 * k, 1019)) for k, t in enumerate(boxes)]
    rows += [("验收日期:2021年3月6日", (160, 1100, 700, 1140))]
    doc = _doc(*rows, width=1700, height=2400, source="ocr")
    assert doc.fields["passed"] is passed


_ABSTRACT = "摘 要:针对装配线调度问题,提出了一种数据与机理混合驱动的方法。结果表明,所提方法较传统方法效率提高了33.8%。"


def test_a_cnki_cover_and_its_article_are_one_paper_titled_by_its_caption():
    """CNKI's 网络首发论文 cover (题目： | title, 作者：, 网络首发日期：, 引用格式：) bound before the
    article's page (probe DF S11): one paper; its title the one 题目 names, never the captions
    网络首发日期:引用格式: read together; 中国学术期刊(网络版) no journal of it."""
    cover = [("中国学术期刊(网络版)", (227, 178, 544, 217)), ("China Academic Journals (CAJ-N)", (1147, 177, 1591, 213)),
             ("网络首发论文", (714, 312, 1119, 390)), ("题目:", (301, 461, 390, 503)),
             ("汽车焊装生产线故障诊断的注意力机制与LSTM方法", (560, 465, 1249, 499)), ("作者:", (304, 532, 390, 575)),
             ("敖成昊,练鹏,李平宇,邓海崇", (560, 535, 983, 571)), ("收稿日期:", (306, 604, 448, 645)), ("2021-02-04", (558, 606, 719, 642)),
             ("网络首发日期:", (306, 676, 507, 715)), ("2022-02-28", (557, 677, 720, 712)), ("引用格式:", (306, 745, 448, 787)),
             ("敖成昊,练鹏,李平宇.汽车焊装生产线故障诊断的注意力机制与LSTM方法[J", (559, 747, 1497, 781)),
             ("/OL]. 计算机集成制造系统. https://kns.cnki.net/kcms/detail/11.5946.TP.", (559, 790, 1490, 826)),
             ("20220228.1355.008.html", (559, 835, 877, 866))]
    article = [("第28卷第3期", (214, 135, 352, 167)), ("计算机集成制造系统", (788, 136, 1019, 167)), ("Vol.28 No.3", (1456, 135, 1590, 167)),
               ("2022年3月", (214, 169, 332, 203)), ("ISSN 1006-5911 CN 11-5946/TP", (214, 229, 938, 260)),
               ("汽车焊装生产线故障诊断的注意力机制与LSTM方法", (365, 299, 1433, 352)), ("敖成昊1,练鹏2,李平宇2,邓海崇2", (661, 375, 1147, 418)),
               ("(1.中冶赛迪信息技术(重庆)有限公司,重庆 401329;2.四川大学机械工程学院,成都 610065)", (373, 432, 1404, 460)),
               (_ABSTRACT, (262, 495, 1542, 527)), ("关键词:故障诊断;注意力机制;LSTM", (262, 560, 1000, 590)),
               ("中图分类号:TP391 文献标识码:A", (262, 620, 1000, 650))]
    from zhicheng.documents import document_from

    docs, result = _split(cover, article, width=1805, height=2447)
    assert len(docs) == 1
    assert docs[0].fields["title"] == "汽车焊装生产线故障诊断的注意力机制与LSTM方法"
    assert docs[0].fields["journal"] == "计算机集成制造系统"
    alone = document_from(result, None, (1, 1))
    assert alone.fields["title"] == "汽车焊装生产线故障诊断的注意力机制与LSTM方法"
    assert alone.fields.get("journal") != "中国学术期刊(网络版)"


def test_an_english_block_between_the_chinese_title_and_byline():
    """机床与液压's first page: the Chinese title, then the English title, byline, units and
    abstract, then the Chinese byline (probe DF S12); its name only in the footer band printed
    before the body in the text layer; CNC in the English title no CN."""
    doc = _doc(("Vol.52 No.1   MACHINE TOOL & HYDRAULICS   Jan. 2024", (51, 27, 545, 36)),
               ("DOI:10.3969/j.issn.1001-3881.2024.01.019", (51, 46, 212, 55)),
               ("基于注意力机制与LSTM的数控机床主轴调度优化", (51, 65, 402, 81)),
               ("Scheduling optimization of CNC machine tool spindle based on attention mechanis", (66, 94, 529, 107)),
               ("m and LSTM", (66, 112, 135, 121)), ("TAN Xiamin, WU Yongfang, TAN Leiqiu, PU Xi", (191, 143, 407, 153)),
               ("(School of Advanced Manufacturing Engineering, Chongqing University of Posts and Telecommunications)", (74, 158, 523, 167)),
               ("Abstract: The problem of low efficiency and poor accuracy is addressed by a hybrid method.", (68, 186, 526, 195)),
               ("Key words: intelligent manufacturing; optimization; industrial Internet", (68, 227, 413, 236)),
               ("谭霞敏,吴永芳,谭蕾秋,蒲曦*", (51, 244, 201, 257)), ("(重庆邮电大学 先进制造工程学院,重庆 400065)", (57, 264, 246, 273)),
               (_ABSTRACT, (51, 287, 544, 297)), ("关键词:车间调度;预测性维护;工业互联网", (51, 318, 276, 327)),
               ("中图分类号:TP391   文献标志码:A   文章编号:1001-3881(2024)01-0169-05", (52, 335, 403, 344)),
               ("收稿日期:2023-05-07;修回日期:2023-06-18。", (51, 726, 209, 734)),
               ("第52卷 第1期   机床与液压   2024年1月   ISSN 1001-3881 CN 44-1259/TH", (51, 783, 342, 790)),
               ("0 引言", (51, 359, 83, 368)), ("实验结果表明,所提方法在求解质量和计算效率方面均", (69, 374, 285, 383)))
    assert doc.fields["title"] == "基于注意力机制与LSTM的数控机床主轴调度优化"
    assert doc.fields["authors"] == ["谭霞敏", "吴永芳", "谭蕾秋", "蒲曦"]
    assert doc.fields["journal"] == "机床与液压"
    assert doc.fields["date"] == "2024-01"


def test_a_columns_name_at_the_top_yields_to_the_footer_bands_journal():
    """研究与应用 · Research & Application heads the page; the journal is named only in the
    footer band beside its volume (probe DF S15)."""
    doc = _doc(("研究与应用 · Research & Application", (51, 28, 211, 38)),
               ("多品种小批量模式下装配车间物料配送路径优化", (52, 62, 408, 79)), ("杨睿洋,谭睿婷,邓建磊,徐志磊*", (51, 92, 211, 103)),
               ("(重庆大学 机械与运载工程学院,重庆 400044)", (57, 112, 238, 121)), ("【摘要】" + _ABSTRACT[4:], (57, 134, 537, 144)),
               ("【关键词】物料配送;路径优化", (57, 170, 300, 180)),
               ("2022年10月 第6卷 第10期   智能制造与工业互联网 | 142", (51, 785, 544, 796)),
               ("ISSN 2095-8862 CN 50-1229/TP", (429, 817, 544, 824)))
    assert doc.fields["journal"] == "智能制造与工业互联网"
    assert doc.fields["date"] == "2022-10"


@pytest.mark.parametrize("frequency, date", [("月刊 2016年创刊", "2022-11"), ("双月刊 2016年创刊", "2022")])
def test_a_monthlys_issue_number_is_its_month(frequency, date):
    """西南智造技术 2022年第11期 under a cover saying 月刊 (probe DF S09): November; a bimonthly's
    issue says no month. The running head's 智能制造 at its right end is the column, not the
    journal, however big OCR boxed it."""
    cover = [("西南智造技术", (528, 194, 1228, 342)), (frequency, (916, 451, 1151, 487)),
             ("2022年第11期 (总第203期)", (968, 661, 1535, 714)), ("ISSN 2097-1532", (1306, 2172, 1563, 2209))]
    article = [("西南智造技术 2022年第11期", (188, 126, 517, 152)), ("智能制造", (1456, 123, 1562, 156)),
               ("基于变分模态分解的多AGV系统产能平衡方法", (397, 234, 1352, 283)), ("覃巍伟1,皇甫锐1,2,缪华1*", (684, 300, 1061, 347)),
               ("(1.四川大学机械工程学院,成都 610065;2.重庆长安汽车股份有限公司,重庆 400023)", (315, 365, 1414, 396)),
               (_ABSTRACT, (231, 427, 1483, 460)), ("关键词:工业互联网;深度学习", (231, 548, 858, 579)),
               ("中图分类号: TH165", (233, 596, 467, 626))]
    doc = _doc(pages=[cover, article], width=1746, height=2406, source="ocr")
    assert doc.fields["journal"] == "西南智造技术"
    assert doc.fields["date"] == date


def test_a_standards_register_page_gives_the_title_under_the_number():
    """全国标准信息公共服务平台's 标准详情 (probe DG S05): the title stands under the number; the
    grid's captions (标准号, 国际标准分类号) and values (方法) are none of it."""
    rows = [("全国标准信息公共服务平台", (38, 131, 303, 158)), ("首页>国家标准>标准详情", (57, 209, 232, 232)), ("现行", (298, 235, 360, 267)),
            ("GB/T 44328-2024", (58, 255, 262, 281)), ("工业互联网平台 设备远程运维 通用要求", (57, 292, 412, 318)),
            ("Industrial internet platform—Remote operation and maintenance of equipment", (57, 322, 731, 341))]
    grid = [("标准号", "GB/T 44328-2024", "发布日期", "2024-07-24"), ("中国标准分类号", "L67", "实施日期", "2025-02-01"),
            ("国际标准分类号", "35.240.50", "标准类别", "方法"), ("归口单位", "全国信息技术标准化技术委员会", "标准状态", "现行")]
    for k, (a, b, c, d) in enumerate(grid):
        y = 369 + 46 * k
        rows += [(a, (65, y, 65 + 28 * len(a), y + 29)), (b, (248, y + 3, 248 + 16 * len(b), y + 26)),
                 (c, (806, y, 878, y + 29)), (d, (987, y + 3, 987 + 16 * len(d), y + 26))]
    rows += [("起草人", (54, 697, 116, 725)), ("韦青 谯文博 闫振宇 牟洪涛 孙明", (56, 731, 500, 757))]
    doc = _doc(*rows, width=1920, height=1200, source="ocr")
    assert doc.doc_type == "standard"
    assert doc.fields["title"] == "工业互联网平台 设备远程运维 通用要求"
    assert doc.fields["implementation_date"] == "2025-02-01"


def test_a_registers_search_form_is_no_record():
    """版权中心's 登记公告查询 (probe DG S04): 软件名称: 注塑车间能耗优化 | 著作权人: | 查询 over the
    results; what was typed into the box and the button are no record's, the table's row is."""
    rows = [("中国版权保护中心", (37, 136, 222, 163)), ("登记公告查询>计算机软件著作权登记公告", (56, 229, 328, 252)),
            ("软件名称:", (84, 287, 160, 312)), ("注塑车间能耗优化", (184, 287, 316, 314)), ("著作权人:", (593, 285, 672, 313)),
            ("查询", (1138, 285, 1182, 316)), ("共查询到1条记录", (54, 368, 176, 397))]
    heads = [("登记号", 61), ("分类号", 230), ("软件全称", 360), ("软件简称", 761), ("版本号", 929), ("著作权人", 1022),
             ("首次发表日期", 1342), ("登记日期", 1522)]
    rows += [(t, (x, 409, x + 25 * len(t), 438)) for t, x in heads]
    cells = [("2024SR0789012", 63), ("30200-0000", 232), ("基于数字孪生的注塑车间能耗优化系统", 364), ("能耗优化系统", 763), ("V2.1", 930),
             ("重庆眭氏精工机电有限公司", 1025), ("2024-01-20", 1342), ("2024-06-05", 1522)]
    rows += [(t, (x, 456, x + 14 * len(t), 482)) for t, x in cells]
    doc = _doc(*rows, width=1920, height=1080, source="ocr")
    assert doc.doc_type == "software_copyright"
    assert doc.fields["software_name"] == "基于数字孪生的注塑车间能耗优化系统"
    assert doc.fields["holders"] == ["重庆眭氏精工机电有限公司"]


def test_cpquerys_inventors_under_their_caption_and_applicants_in_their_table():
    """cpquery's 著录项目 (probe DG S03): 发明人/设计人 over 上官明哲;皮丽华;…, and the patentees
    as the 申请人姓名或名称 column of a table."""
    rows = [("中国及多国专利审查信息查询", (28, 129, 317, 155)), ("著录项目信息", (35, 259, 145, 286)),
            ("申请号/专利号", (47, 299, 153, 326)), ("202311023456.5", (217, 301, 338, 321)), ("申请日", (816, 298, 873, 328)),
            ("2023-08-15", (967, 300, 1055, 324)), ("发明名称", (46, 341, 118, 369)),
            ("一种基于数字孪生的焊装线节拍动态优化方法及系统", (219, 344, 571, 367)), ("授权公告日", (815, 386, 902, 414)),
            ("2025-02-18", (967, 388, 1055, 412)), ("专利类型", (47, 430, 118, 458)), ("发明专利", (216, 430, 288, 459)),
            ("申请人", (34, 492, 97, 524)), ("序号", (40, 531, 84, 562)), ("申请人姓名或名称", (133, 533, 261, 557)), ("地址", (650, 530, 697, 562)),
            ("1", (43, 575, 61, 599)), ("重庆渝创智联科技有限公司", (135, 575, 321, 598)), ("重庆市", (651, 572, 709, 601)),
            ("2", (43, 614, 61, 638)), ("重庆理工大学", (133, 612, 233, 639)), ("重庆市", (651, 611, 709, 641)),
            ("发明人/设计人", (36, 674, 152, 701)), ("上官明哲;皮丽华;符家豪;喻晴", (38, 712, 268, 735)),
            ("代理机构:重庆智慧之源知识产权代理事务所(普通合伙)", (37, 754, 423, 777))]
    doc = _doc(*rows, width=1920, height=1080, source="ocr")
    assert doc.fields["inventors"] == ["上官明哲", "皮丽华", "符家豪", "喻晴"]
    assert doc.fields["patentees"] == ["重庆渝创智联科技有限公司", "重庆理工大学"]


def test_a_cnki_record_page_under_a_browsers_bars():
    """知网节 in a browser (probe DG S08): its tabs, address and bookmarks over the page; the
    source line 制造业自动化 .2024,46(08) is the head the journal is read from."""
    rows = [("中国知网 - 新标签页", (37, 13, 216, 33)), ("https://kns.cnki.net/kcms2/article/abstract?v=abc", (134, 49, 600, 74)),
            ("百度一下", (15, 82, 73, 107)), ("学信网", (255, 81, 301, 107)), ("CNKI 中国知网", (36, 126, 202, 158)),
            ("北大核心", (607, 199, 669, 222)), ("制造业自动化", (357, 209, 456, 232)), (".2024,46(08)", (473, 210, 571, 233)),
            ("基于改进YOLOv8的汽车焊点缺陷在线检测方法", (688, 245, 1233, 275)), ("谯文博1 冉晓东1,2 覃立新2", (843, 294, 1077, 317)),
            ("1.重庆长鹰智能装备股份有限公司 2.重庆理工大学机械工程学院", (756, 329, 1162, 347)),
            ("摘要:针对汽车白车身焊点缺陷人工检测效率低、漏检率高的问题,提出一种焊点缺陷在线检测方法。", (358, 381, 1556, 401)),
            ("关键词:焊点检测;YOLOv8;注意力机制;", (358, 443, 797, 463)), ("DOI:10.3969/j.issn.1009-0134.2024.08.015", (359, 516, 662, 533))]
    doc = _doc(*rows, width=1920, height=1080, source="ocr")
    assert doc.fields["journal"] == "制造业自动化"
    assert doc.fields["date"] == "2024"


def test_a_spreads_facing_body_is_no_journal():
    """A paper's two pages scanned as one A3 (probe DG D03): the facing page's first body line,
    level with the head's ISSN, is no journal; the head's 现代制造工程 is."""
    rows = [("2022年第9期", (99, 69, 209, 93)), ("现代制造工程", (536, 68, 650, 93)), ("2022 No.9", (997, 69, 1088, 95)),
            ("现代制造工程(Modern Manufacturing Engineering)", (1575, 69, 2030, 93)), ("2022年第9期", (2191, 69, 2303, 93)),
            ("Modern Manufacturing Engineering", (452, 104, 737, 125)),
            ("装配线平衡问题是指在满足作业优先关系和节拍约束", (1351, 137, 1784, 162)), ("ISSN 1671-3133", (99, 150, 221, 170)),
            ("CN 11-4659/TH", (244, 150, 365, 170)), ("面向多品种小批量生产的柔性装配线平衡优化", (103, 224, 820, 260)),
            ("骆丹1,眭俊2,上官明哲1", (300, 280, 600, 305)), ("(1.重庆大学 机械工程学院,重庆 400044;2.重庆理工大学,重庆 400054)", (150, 320, 900, 340)),
            ("摘要:针对多品种小批量生产中装配线负荷不均衡的问题,提出了一种柔性装配线平衡优化方法。", (100, 360, 1100, 385)),
            ("关键词:装配线平衡;多品种;遗传算法", (100, 400, 700, 425))]
    rows += [(f"的条件下,将装配作业分配到各工作站,使工作站数量最少{k}", (1312, 169 + 33 * k, 1785, 194 + 33 * k)) for k in range(8)]
    doc = _doc(*rows, width=2400, height=1610, source="ocr")
    assert doc.fields["journal"] == "现代制造工程"


def test_a_booklets_title_wrapped_a_row_down_beside_its_facing_page():
    """An award booklet opened flat (probe DG D07): 项目名称: | 川渝地区汽车零部件产业集群, its tail
    工业互联网平台关键技术及应用 nearly two lines under it, the facing page's sentence level with it."""
    rows = [("四川省科学技术进步奖", (369, 240, 801, 295)), ("项目名称:", (138, 412, 290, 456)), ("川渝地区汽车零部件产业集群", (345, 414, 769, 454)),
            ("为表彰在促进科学技术进步工作中作出重要贡献", (1338, 446, 2103, 491)), ("工业互联网平台关键技术及应用", (347, 525, 799, 562)),
            ("者,特颁发此证书。", (1264, 514, 1578, 565)), ("奖励等级:", (139, 648, 290, 691)), ("三等奖", (342, 647, 452, 691)),
            ("获奖者:", (139, 759, 274, 802)), ("陶然", (340, 758, 421, 806)), ("排 名: 第2", (137, 868, 407, 913)),
            ("证书编号:", (139, 979, 291, 1022)), ("2022-J-3-087-02", (344, 984, 586, 1021)), ("四川省人民政府", (1801, 1152, 2062, 1201)),
            ("二〇二三年三月", (1832, 1246, 2044, 1290))]
    doc = _doc(*rows, width=2280, height=1668, source="ocr")
    assert doc.fields["project_title"] == "川渝地区汽车零部件产业集群工业互联网平台关键技术及应用"


def test_a_title_certificates_holder_in_its_sentence_with_a_rarer_surname():
    """…评审委员会评审，眭俊同志具备工程师资格 (probe DG P05): 同志 says he is a person."""
    rows = [("专业技术资格证书", (1595, 422, 1906, 468)), ("经重庆市工程技术系列工业互联网与智能制造专业中", (1459, 827, 2115, 866)),
            ("级职称评审委员会评审,眭俊同志具备工程师资格。", (1404, 882, 2045, 921)), ("特发此证。", (1402, 960, 1540, 1006)),
            ("证书编号:渝中职2019-0873145", (1407, 1069, 1764, 1100)), ("批准文号:渝人社职〔2019〕245号", (1407, 1132, 1802, 1166)),
            ("批准时间:2019年12月20日", (1407, 1198, 1717, 1233)), ("重庆市人力资源和社会保障局", (1769, 1430, 2098, 1463))]
    doc = _doc(*rows, width=2468, height=1892, source="ocr")
    assert doc.fields["holder"] == "眭俊"
    assert doc.fields["title"] == "engineer"


def test_an_invoices_date_beside_its_heading_is_its_date():
    """An e-invoice's 开票日期:2019年10月05日 boxed on the row of 电子发票 | (增值税专用发票)
    (probe DD B11): a label with its value, no table's header cell."""
    rows = [("发票号码:75903700383074551182", (1130, 167, 1538, 202)), ("开票日期:2019年10月05日", (1121, 212, 1444, 252)),
            ("电子发票", (548, 210, 761, 268)), ("(增值税专用发票)", (743, 211, 1143, 268)), ("购买方信息", (143, 371, 277, 408)),
            ("销售方信息", (874, 368, 1011, 409)), ("名称:重庆智能制造研究院有限公司", (144, 440, 568, 477)),
            ("名称:重庆宗申动力机械股份有限公司", (876, 440, 1326, 477)), ("合计", (143, 1252, 230, 1291)),
            ("¥1,157,522.12", (1069, 1254, 1261, 1292)), ("¥150,477.88", (1446, 1256, 1595, 1288)),
            ("价税合计(大写)", (143, 1362, 340, 1401)), ("⊗壹佰叁拾万捌仟元整", (423, 1360, 707, 1396)),
            ("(小写)¥1,308,000.00", (1145, 1362, 1443, 1398)), ("开票人:冉东飞", (181, 1552, 368, 1588))]
    doc = _doc(*rows, width=1714, height=2380, source="ocr")
    assert doc.doc_type == "revenue_proof"
    assert doc.fields["date"] == "2019-10-05"
    assert doc.fields["amount_wan"] == 130.8


@pytest.mark.parametrize("heading, alone", [("申报材料目录", True), ("证明材料清单", True), ("目  录", False)])
def test_a_bundles_own_list_of_materials_stands_alone(heading, alone):
    """A binder's 申报材料目录 (probe DD B08) listing 合同 and 发票 with their pages is a page of
    no document: never the first contract's first page. A journal's or a book's 目录 is not such a list."""
    from classifiers.classify import divider
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    lines = [Line(heading, (240, 85, 357, 104)), Line("申报人:周天军 申报职称:高级工程师", (87, 133, 432, 143)),
             Line("序号 材料名称   页码", (69, 173, 515, 183)), Line("1   合同(中冶赛迪信息技术(重庆)有限公司)   2", (78, 201, 507, 212)),
             Line("2   发票(中冶赛迪信息技术(重庆)有限公司)   4", (77, 230, 507, 240))]
    text = DocText(ReadResult("t.pdf", "0" * 64, [Page(1, 595, 842, "text_layer", lines)], 1))
    assert divider(text) is alone


def test_a_standards_cover_beside_its_foreword_keeps_its_title():
    """A cover and its 前言 scanned as one A3 (probe DG D05): the foreword's lines level with the
    title's short lines are the facing page's, no grid's cells beside them."""
    rows = [("JB/T 14532-2022", (2131, 107, 2305, 135)), ("ICS 25.040.20", (116, 145, 271, 174)), ("前 言", (1740, 256, 1880, 303)),
            ("中华人民共和国机械行业标准", (284, 312, 937, 369)),
            ("本文件按照GB/T1.1—2020《标准化工作导则 第1部分:标准化文件的结构和起草规则》", (1385, 343, 2259, 380)),
            ("JB/T 14532-2022", (873, 386, 1104, 422)), ("本文件由中国机械工业联合会提出。", (1388, 504, 1733, 538)),
            ("本文件起草单位:北京机床研究所有限公司、重庆机床(集团)有限责任公司、重庆长鹰智", (1388, 618, 2281, 655)),
            ("数控机床", (521, 633, 705, 688)), ("能装备股份有限公司、重庆大学、广州数控设备有限公司。", (1344, 662, 1913, 696)),
            ("远程运维服务", (476, 702, 748, 758)), ("本文件主要起草人:王建平、粟建国、冉晓东、喻晴、司马俊、黎光明。", (1388, 718, 2090, 754)),
            ("数据接口规范", (476, 768, 750, 824)), ("本文件为首次发布。", (1388, 779, 1584, 814)),
            ("CNC machine tools—Remote operation and maintenance service—Data interface specification", (189, 876, 1039, 913)),
            ("2023-04-01实施", (911, 1466, 1110, 1498)), ("2022-09-30发布", (126, 1472, 326, 1504)),
            ("中华人民共和国工业和信息化部", (387, 1571, 851, 1610)), ("发布", (1041, 1610, 1117, 1656))]
    doc = _doc(*rows, width=2430, height=1737, source="ocr")
    assert doc.fields["title"] == "数控机床 远程运维服务 数据接口规范"


@pytest.mark.parametrize("third", ["校核   郝建勋   高级工程师", "委托方代表   申屠亮   高级工程师"])
def test_a_roles_table_of_leaders_and_others_gives_its_leaders(third):
    """角色 | 姓名 | 职称 with 项目负责人, 技术负责人 and a 校核 or a client's 委托方代表 (probe DH
    r6v): the two who led it; the checker and the client's man are no authors."""
    doc = _doc(("空压站群控节能系统技术报告", (182, 113, 414, 130)), ("重庆通用工业(集团)有限责任公司", (202, 159, 392, 171)),
               ("2020年6月", (268, 185, 325, 196)), ("报告编制人员", (259, 229, 336, 242)), ("角色   姓名   职称", (61, 266, 388, 277)),
               ("项目负责人   葛亮平   高级工程师", (61, 293, 533, 304)), ("技术负责人   时雨涵   工程师", (61, 320, 533, 331)),
               (third, (61, 347, 533, 358)))
    assert doc.fields["authors"] == ["葛亮平", "时雨涵"]


def test_a_monthlys_name_boxed_apart_from_its_issue():
    """机械设计与制造(月刊) | 2024年第5期 in a scan's running head (probe DH r3v): May."""
    rows = [("机械设计与制造(月刊)", (709, 94, 972, 124)), ("2024年第5期", (1366, 94, 1522, 127)),
            ("基于声发射的刀具磨损状态识别", (543, 233, 1157, 276)), ("漆 伟,蒯晓燕", (744, 309, 953, 343)),
            ("(重庆理工大学 机械工程学院,重庆400054)", (598, 371, 1102, 401)),
            ("摘 要:采集铣削过程声发射信号,提取时频域特征,采用支持向量机识别刀具磨损状态,识别准确率达95.6%", (192, 449, 1457, 481)),
            ("关键词:声发射;刀具磨损;支持向量机", (194, 535, 666, 564)), ("中图分类号:TG71", (194, 580, 416, 608)),
            ("文献标志码:A", (471, 577, 651, 611)), ("0引言", (188, 679, 294, 722)),
            ("随着工业互联网与智能制造的深入推进,制造企业对生产过程数据的实时采集、分析与决策提出了更高", (246, 730, 1466, 762))]
    doc = _doc(*rows, width=1698, height=2368, source="ocr")
    assert doc.fields["date"] == "2024-05"


def test_a_notice_about_patent_certificates_is_no_certificate():
    """关于领取2024年度授权专利证书的通知 over a table captioned 发明专利证书（领取登记表） (probe DH
    r1n): no patent of anyone's, however its table prints ZL numbers."""
    doc = _doc(("重庆鼎工机电有限公司", (218, 62, 376, 78)), ("关于领取2024年度授权专利证书的通知", (168, 90, 427, 105)),
               ("公司各部门:", (57, 130, 121, 142)), ("国家知识产权局已于近期寄达我公司2024年度授权的发明专利证书,现将有关事项通知如下:", (81, 150, 539, 162)),
               ("发明专利证书", (244, 290, 351, 307)), ("(领取登记表)", (263, 324, 332, 336)), ("序号   专利名称   第一发明人   专利号", (61, 360, 445, 370)),
               ("1   一种数控机床主轴热误差补偿方法   晏立军   ZL202210334561.2", (62, 385, 506, 396)),
               ("2   一种基于声纹的电机故障诊断装置   郦志明   ZL202310045872.9", (61, 437, 506, 447)),
               ("综合管理部", (467, 483, 524, 494)), ("2025年1月6日", (449, 503, 522, 513)))
    assert doc.doc_type != "patent_certificate"
