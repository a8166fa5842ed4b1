"""More readings that hold whatever the layout: a convention of the document kind or a shape
of the page, never one generator's wording.

Written from the misses of the tuning sets (outside-fresh, outside-tune, outside-tune2);
every case here is typed anew, in other words and names than the document it came from.
"""

from __future__ import annotations

from extractor.model import Line, Page, ReadResult
from extractor.text import DocText
from tests.typed_pages import At


def _doc(*lines: tuple[str, tuple[float, float, float, float]], width: float = 600, height: float = 800) -> DocText:
    """A page of boxed lines exactly as given (a record read at low resolution)."""
    return DocText(ReadResult("record.pdf", "0" * 64, page_count=1,
                              pages=[Page(1, width, height, "text_layer", [Line(t, b) for t, b in lines])]))


def _extract(doc_type: str, text: DocText) -> dict:
    from extractor.doctypes import doctype
    return doctype(doc_type).extract(text).values


def test_a_record_row_read_as_one_box_ending_in_a_label_wrapped_in_its_cell():
    # 学信网-like record: one OCR box holds a whole row whose last cell is the label, the
    # label's last letter wrapped under it; the date is the next box on the row.
    text = _doc(("学历证书电子注册备案表", (170, 80, 420, 96)),
                ("姓名 韦思远 性别 女", (60, 130, 320, 139)),
                ("出生日期 1990年03月12日 民族 壮族", (60, 158, 330, 167)),
                ("入学日期 2009年09月01日 毕业日", (60, 210, 280, 225)),
                ("期", (252, 223, 260, 231)),
                ("2013年07月01日", (300, 216, 370, 225)),
                ("学校名称 巴渝理工学院 层次 本科", (60, 246, 390, 258)))
    fields = _extract("degree_certificate", text)
    assert str(fields["date"]) == "2013-07-01"


def test_a_row_ending_in_a_cut_label_without_its_wrapped_letter_gives_no_date():
    text = _doc(("姓名 韦思远 性别 女", (60, 130, 320, 139)),
                ("出生日期 1990年03月12日 民族 壮族", (60, 158, 330, 167)),
                ("入学日期 2009年09月01日 毕业日", (60, 210, 280, 225)),
                ("2013年07月01日", (300, 216, 370, 225)),
                ("学校名称 巴渝理工学院 层次 本科", (60, 246, 390, 258)))
    assert "date" not in _extract("degree_certificate", text)


def test_a_patent_name_whose_value_cell_ocr_listed_before_its_label():
    # The value cell's box starts a pixel higher than its label's, so OCR lists it first;
    # the line after the label is the next label (发明人：), never the name.
    text = _doc(("实用新型专利证书", (380, 320, 880, 390)),
                ("一种输送带张紧装置", (350, 434, 600, 463)),
                ("实用新型名称：", (170, 436, 332, 465)),
                ("发明人：", (168, 483, 259, 519)),
                ("欧阳晓峰 韩立", (355, 483, 560, 516)),
                ("专利号：", (167, 567, 260, 609)),
                ("ZL 2019 2 0345678.1", (359, 574, 593, 601)),
                width=1240, height=1754)
    assert _extract("patent_certificate", text)["title"] == "一种输送带张紧装置"


def test_a_label_followed_only_by_another_label_gives_no_patent_name():
    text = _doc(("实用新型专利证书", (380, 320, 880, 390)),
                ("实用新型名称：", (170, 436, 332, 465)),
                ("发明人：", (168, 483, 259, 519)),
                ("欧阳晓峰 韩立", (355, 483, 560, 516)),
                width=1240, height=1754)
    assert "title" not in _extract("patent_certificate", text)


def _stacked(*pairs: tuple[str, str], wrap: str | None = None) -> DocText:
    """A phone's e-certificate: each label over its value, the first value's tail wrapped."""
    lines, y = [("计算机软件著作权登记证书", (57, 160, 275, 182))], 230
    for n, (label, value) in enumerate(pairs):
        lines.append((label, (55, y, 55 + 17 * len(label), y + 23)))
        lines.append((value, (57, y + 28, 57 + 17 * len(value), y + 50)))
        y += 56
        if n == 0 and wrap:
            lines.append((wrap, (56, y - 4, 56 + 17 * len(wrap), y + 20)))
            y += 30
    return _doc(*lines, width=500, height=1000)


def test_a_software_name_whose_last_letters_wrapped_under_it():
    text = _stacked(("软件名称", "面向离散制造的工序能耗在线监测管理系"), ("版本号", "V2.1"),
                    ("著作权人", "甘露,赫连云飞"), ("登记号", "2023SR0456781"), wrap="统")
    assert _extract("software_copyright", text)["software_name"] == "面向离散制造的工序能耗在线监测管理系统"


def test_a_complete_software_name_takes_nothing_from_the_line_under_it():
    text = _stacked(("软件名称", "工序能耗在线监测管理系统"), ("版本号", "V2.1"),
                    ("著作权人", "甘露,赫连云飞"), ("登记号", "2023SR0456781"), wrap="版")
    assert _extract("software_copyright", text)["software_name"] == "工序能耗在线监测管理系统"


def _foreword(*lines) -> DocText:
    from tests.typed_pages import Big, doc, page
    return doc(page(Big("前言"), At(176, "本文件按照GB/T 1.1—2020的规定起草。"),
                    At(176, "本文件由重庆市经济和信息化委员会提出并归口。"), *lines))


def test_drafters_whose_last_name_the_wrap_cut_back_to_the_margin():
    # The paragraph's first line is indented two letters; its short last line (the rest of
    # a name and the full stop) stands back at the margin, under nothing of the line above.
    text = _foreword(At(176, "本文件主要起草人：雷振宇、东方明哲、韦"), "宁。")
    assert _extract("standard", text)["drafters"] == ["雷振宇", "东方明哲", "韦宁"]


def test_a_line_far_left_of_the_drafters_is_not_their_continuation():
    text = _foreword(At(400, "本文件主要起草人：雷振宇、东方明哲、韦"), "宁。")
    assert _extract("standard", text).get("drafters") != ["雷振宇", "东方明哲", "韦宁"]


def _signatories(first_x: float = 204) -> DocText:
    """A report's signature page in open leading (rows 14 high, 37 apart): 编制's names
    run on under its first name, the reviewers each on a row of their own."""
    return _doc(("智慧园区能源管理平台建设项目可行性研究报告", (128, 117, 467, 132)),
                ("批 准: 濮阳国栋", (124, 244, 259, 258)),
                ("审 核: 牛晓燕", (125, 297, 231, 311)),
                ("编 制: 车志远 欧阳兰", (124, 459, 404, 473)),
                ("邝海 钱立群", (first_x, 496, first_x + 180, 509)),
                ("宁蔚", (first_x, 533, first_x + 28, 546)))


def test_a_writers_list_in_open_leading_wrapped_under_its_first_name():
    fields = _extract("technical_report", _signatories())
    assert fields["authors"] == ["车志远", "欧阳兰", "邝海", "钱立群", "宁蔚"]


def test_names_two_lines_under_at_the_labels_edge_do_not_continue_the_list():
    fields = _extract("technical_report", _signatories(first_x=124))
    assert fields.get("authors") != ["车志远", "欧阳兰", "邝海", "钱立群", "宁蔚"]


def _spread(cover_issue: str) -> DocText:
    """A scanned spread: the issue's cover at the left, the paper's first page at the right;
    the paper's running head gives the year and issue only."""
    return _doc(("2021年第3期", (1680, 42, 1757, 62)),
                ("机电装备学报", (80, 106, 362, 159)),
                ("面向柔性产线的设备健康评估方法", (1788, 106, 2228, 134)),
                ("欧阳静 邵凯文", (1871, 150, 2144, 170)),
                ("(川东理工学院,重庆 400054)", (1805, 181, 2210, 201)),
                ("摘 要:提出一种融合振动与电流信号的设备健康评估方法,在两条产线上验证。", (1687, 213, 2321, 232)),
                ("关键词:健康评估;振动;产线", (1690, 278, 2000, 298)),
                ("目 次", (1158, 135, 1260, 164)),
                ("数控机床热误差的在线补偿方法", (898, 198, 1170, 219)),
                ("黎明 程一帆", (926, 215, 1109, 235)),
                ("焊装线节拍的协同优化", (896, 254, 1142, 275)),
                ("苏晴 万国栋", (926, 272, 1011, 289)),
                ("中图分类号:TH17 文献标志码:A", (1686, 300, 1908, 322)),
                (cover_issue, (80, 342, 345, 370)),
                ("0 引言", (1687, 336, 1749, 358)),
                ("设备健康评估是柔性产线运维的基础。", (1687, 394, 2306, 416)),
                width=2400, height=1600)


def test_a_papers_month_from_the_issue_line_of_a_cover_on_the_same_spread():
    assert str(_extract("journal_paper", _spread("2021年6月 第12卷 第3期"))["date"]) == "2021-06"


def test_a_month_of_another_year_on_the_spread_does_not_date_the_paper():
    assert str(_extract("journal_paper", _spread("2020年6月 第11卷 第3期"))["date"]) == "2021"


def _title_leaf(*cells: tuple[str, float, float]) -> DocText:
    """A book's title leaf: the title in big print, the authors set wide apart on one row,
    each boxed on its own (boxes may overlap), the role word last; no CIP block."""
    return _doc(("数控系统故障诊断实用教程", (282, 264, 1094, 305)),
                *[(t, (x0, 382, x1, 408)) for t, x0, x1 in cells],
                ("西部机械工业出版社", (542, 767, 804, 793)),
                width=1240, height=1754)


def test_a_title_leafs_authors_boxed_one_by_one_on_their_row():
    fields = _extract("book", _title_leaf(("欧阳晓岚", 420, 619), ("龚志平", 606, 728), ("温雅", 749, 850),
                                          ("编著", 880, 940)))
    assert fields["authors"] == ["欧阳晓岚", "龚志平", "温雅"]
    assert fields["title"] == "数控系统故障诊断实用教程"


def test_a_title_leaf_row_with_a_piece_that_is_no_name_gives_no_authors():
    fields = _extract("book", _title_leaf(("欧阳晓岚", 420, 619), ("▇▇▇", 606, 728), ("温雅", 749, 850),
                                          ("编著", 880, 940)))
    assert "authors" not in fields


def test_a_cover_authors_line_with_a_blot_between_names_gives_no_authors():
    fields = _extract("book", _title_leaf(("欧阳晓岚 ▇▇ 温雅 编著", 420, 940)))
    assert "authors" not in fields


def test_a_fax_headers_date_is_never_a_forms_date():
    # The 验收日期 cell is unreadable and nothing else on the form is dated: the only date
    # left is the fax machine's, when the copy was sent.
    text = _doc(("2024-11-03 08:12 FROM:02367781234 TO: P.1/1", (20, 4, 453, 31)),
                ("项目验收意见表", (643, 114, 1022, 144)),
                ("项目名称", (146, 170, 270, 193)), ("渝北智能仓储改造项目", (421, 171, 719, 194)),
                ("验收日期", (153, 365, 277, 388)), ("20▇ ▇月▇▇", (427, 366, 627, 386)),
                ("验收结论:", (175, 643, 331, 666)), ("通过", (572, 642, 707, 665)),
                width=1654, height=2339)
    assert "acceptance_date" not in _extract("project_acceptance", text)


def _paper_invoice(seller_name: str) -> DocText:
    """A paper VAT invoice whose 名称： label is letter-spaced, OCR boxing each letter, the
    role words 购买方 / 销售方 printed down the margin and read in pieces."""
    return _doc(("四川增值税专用发票", (560, 64, 888, 113)),
                ("开票日期:", (1012, 133, 1102, 160)), ("2019年03月08日", (1122, 134, 1276, 164)),
                ("购买", (88, 182, 135, 209)), ("名", (154, 180, 182, 205)), ("称:", (216, 181, 250, 205)),
                ("成都蓉川精工机械有限公司", (307, 182, 525, 208)),
                ("方", (88, 207, 115, 233)), ("纳税人识别号:", (154, 212, 266, 236)),
                ("价税合计(大写)", (82, 584, 221, 612)), ("叁拾万元整", (298, 586, 509, 613)),
                ("(小写)", (967, 585, 1032, 611)), ("¥300000.00", (1052, 586, 1166, 611)),
                ("名", (156, 636, 179, 659)), ("称:", (219, 635, 250, 659)), ("销售", (87, 636, 135, 666)),
                (seller_name, (308, 638, 508, 664)),
                ("方", (89, 661, 115, 688)), ("纳税人识别号:", (152, 665, 267, 694)),
                width=1400, height=900)


def test_a_paper_invoices_buyer_and_seller_under_a_letter_spaced_name_label():
    fields = _extract("revenue_proof", _paper_invoice("成都锦岳自动化设备有限公司"))
    assert fields["parties"] == ["成都蓉川精工机械有限公司", "成都锦岳自动化设备有限公司"]


def test_an_invoice_naming_one_company_twice_gives_no_parties():
    fields = _extract("revenue_proof", _paper_invoice("成都蓉川精工机械有限公司"))
    assert "parties" not in fields
