"""Layouts the seventeenth outside set showed the reader did not know, typed anew here in other
words and names: a request to postpone an acceptance (no acceptance), inventors continued on
the certificate's annex, holders in a table under their label or numbered, a paper's authors
boxed apart with their marks, a 通信作者 who is one of them, a word count grouped by 万, a CIP
statement wrapped, drafters one row of names to a line, a signature table read as lines, a
day OCR closed with 月, a recommender's 姓 | 名 boxed apart, a unit's title conferred, a
project's title of two lines beside its label, an e-certificate's bare 名称, a report's kind over
its name, and the binder's pages: a report's number at each page's top, a form twice, two
title certificates made out to two people, a degree's cover alone."""

from __future__ import annotations

from extractor.fields.dates import parse_date
from extractor.model import Line, Page, ReadResult
from extractor.text import DocText
from tests.typed_certificates import HEIGHT, LEFT, WIDTH, Title, cells, fields_of, page, read
from zhicheng import binder
from zhicheng.documents import document_from


def _split(*pages, name=None):
    result = ReadResult("bound.pdf", "0" * 64, page_count=len(pages),
                        pages=[Page(n, WIDTH, HEIGHT, "ocr", page(*rows)) for n, rows in enumerate(pages, 1)])
    return [(d.page_range, d.doc_type, d.fields)
            for d in binder.split(result, lambda s: document_from(result, name, s))]


def _text_layer(*rows, width=595, height=842, step=24):
    """A text layer's page: each row one line of words (cells joined by spaces) at the left margin."""
    lines = [Line(t, (60, 80 + step * k, 60 + 11 * len(t), 91 + step * k)) for k, t in enumerate(rows)]
    return DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, width, height, "text", lines)]))


# ---- classification ------------------------------------------------------------------------


def test_a_request_to_postpone_an_acceptance_is_no_acceptance():
    """科技计划项目延期验收申请表: the project is not yet accepted; read as one it would count."""
    doc = read(("重庆市经济和信息化委员会", 560), Title("项目延期验收申请表"),
               *cells(("项目名称", "注塑车间能耗管控系统研发"), ("承担单位", "重庆渝西精工机械有限公司"),
                      ("项目负责人", "冉晓东"), ("原定验收时间", "2021年6月30日"), ("申请延期至", "2021年12月31日")),
               "延期理由：关键设备到货推迟，现场试验未能按期完成，特申请延期验收。", ("主管部门意见：同意延期。", LEFT))
    assert doc.doc_type == "unknown"


def test_an_offices_reply_to_a_request_for_acceptance_still_reads_as_acceptance():
    doc = read(("重庆市科学技术局", 620), Title("关于注塑车间能耗管控系统研发项目验收申请的批复"),
               "重庆渝西精工机械有限公司：", "你单位报送的项目验收申请收悉。经组织专家验收，该项目通过验收。",
               "项目负责人：冉晓东", ("2021年12月20日", 1000))
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["passed"] is True


def test_a_unit_given_a_title_by_an_office_is_recognised():
    """授予 | …有限公司 | “…数字化转型示范企业”称号 under a bare 证 书: a recognition, not an award."""
    doc = read(Title("证  书"), ("授予", 760), ("重庆渝西精工机械有限公司", 560),
               ("“2023年度重庆市智能制造示范企业”称号", 420), "有效期：2023年11月至2026年11月",
               ("重庆市经济和信息化委员会", 980), ("2023年11月", 1060))
    assert doc.doc_type == "official_recognition"
    assert (doc.fields["issuer"], doc.fields["level"]) == ("重庆市经济和信息化委员会", "provincial")


def test_a_fuzzy_title_in_a_tables_cell_is_no_title():
    """总体策划与统稿 in a writers' table is one letter off 总体规划 (a report's kind): small print,
    not a heading, so the page does not open a report of its own."""
    from classifiers.classify import classify

    result = ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, WIDTH, HEIGHT, "ocr", page(
        Title("报告编写人员"), [("姓名", LEFT), ("职称", 500), ("编写分工", 900)],
        [("冉晓东", LEFT), ("高级工程师", 500), ("总体策划与统稿", 900)],
        [("黎红梅", LEFT), ("工程师", 500), ("第1章、第2章", 900)], "审核：何静  批准：上官宁"))])
    assert not any(r.startswith("标题") for r in classify(DocText(result)).reasons)


# ---- patents and software ------------------------------------------------------------------


def _patent(*annex):
    return fields_of("patent_certificate", Title("发明专利证书"), "证书号第5123456号",
                     "发明名称：一种注塑机能耗在线预测方法", "发明人：冉晓东;黎红梅;邓雪;何静(其余发明人见附页)",
                     "专利号：ZL 2021 1 0356712.4", "专利申请日：2021年04月27日", "专利权人：重庆渝西精工机械有限公司",
                     "授权公告日：2023年1月6日", *annex)


def test_inventors_continued_on_the_annex_in_numbered_rows_make_the_whole_list():
    fields = _patent(Title("专利证书附页"), "发明人(续)：", [("5.上官宁", LEFT + 20), ("6.欧阳立诚", 500), ("7.公孙伟", 800)],
                     [("8.诸葛亮平", LEFT + 20)], "本附页为专利证书的组成部分。")
    assert fields["inventors"] == ["冉晓东", "黎红梅", "邓雪", "何静", "上官宁", "欧阳立诚", "公孙伟", "诸葛亮平"]


def test_an_annex_row_numbered_out_of_turn_leaves_the_list_as_printed_and_says_so():
    """6. after the certificate's four: the 5th was lost, and every rank after it is unknown."""
    doc = read(Title("发明专利证书"), "发明名称：一种注塑机能耗在线预测方法",
               "发明人：冉晓东;黎红梅;邓雪;何静(其余发明人见附页)", "专利号：ZL 2021 1 0356712.4",
               "专利权人：重庆渝西精工机械有限公司", Title("专利证书附页"), "发明人(续)：",
               [("6.欧阳立诚", LEFT + 20), ("7.公孙伟", 500)])
    assert doc.fields["inventors"] == ["冉晓东", "黎红梅", "邓雪", "何静"]
    assert "list_incomplete" in {i["code"] for i in doc.issues}


def test_an_e_certificates_bare_name_cell_gives_the_patents_title():
    fields = fields_of("patent_certificate", Title("电子专利证书"), *cells(
        ("专利号", "ZL202020416375.7"), ("专利类型", "实用新型专利"), ("名称", "一种焊装线快换定位工装"),
        ("发明人", "冉晓东,黎红梅"), ("专利权人", "重庆渝西精工机械有限公司")))
    assert fields["title"] == "一种焊装线快换定位工装"


def test_holders_in_a_table_under_their_label_are_its_first_column():
    from extractor.doctypes.software_copyright import extract_software

    text = _text_layer("计算机软件著作权登记证书", "软件名称：注塑车间能耗管控平台", "著作权人：",
                       "著作权人 国籍 省份 城市", "重庆渝西精工机械有限公司 中国 重庆市 重庆市",
                       "上官宁 中国 四川省 成都市", "开发完成日期：2020年5月20日", "登记号：2020SR0416375")
    assert extract_software(text).values["holders"] == ["重庆渝西精工机械有限公司", "上官宁"]


def test_holders_numbered_one_to_a_line_lose_their_numbers():
    fields = fields_of("software_copyright", Title("计算机软件著作权登记证书"), "软件名称：注塑车间能耗管控平台",
                       [("著作权人：", LEFT), ("1. 重庆渝西精工机械有限公司", 420)], ("2. 重庆工程职业技术学院", 420),
                       "登记号：2020SR0416375")
    assert fields["holders"] == ["重庆渝西精工机械有限公司", "重庆工程职业技术学院"]


# ---- papers and books ----------------------------------------------------------------------


def test_a_papers_authors_boxed_apart_with_their_marks_are_read_left_to_right():
    """OCR boxes names set wide apart one by one, each a little taller than the title for its
    marks (冉晓东¹ | b,2* | 黎红梅ᵃ邓雪): the row is the authors, not the title."""
    doc = read(("巴渝制造技术  2018年8月  第12卷第4期  ISSN 1672-5514", 200), Title("注塑车间能耗在线预测方法研究"),
               [("冉晓东1", 300), ("b,2*", 470), ("黎红梅a邓雪", 560), ("欧阳立诚2", 860)],
               "(1.重庆渝西精工机械有限公司,重庆 400000;2.重庆工程职业技术学院,重庆 400000)",
               "摘  要：针对注塑车间能耗难以实时掌握的问题，构建了在线预测模型。", "关键词：注塑；能耗；预测",
               "*通信作者：黎红梅")
    assert doc.fields["title"] == "注塑车间能耗在线预测方法研究"
    assert doc.fields["authors"] == ["冉晓东", "黎红梅", "邓雪", "欧阳立诚"]


def test_a_corresponding_author_is_not_the_list_of_authors():
    """No author line read under the title: the 通信作者 is one of them, so no list is given."""
    fields = fields_of("journal_paper", ("巴渝制造技术  2018年8月", 300), Title("注塑车间能耗在线预测方法研究"),
                       "摘  要：针对注塑车间能耗难以实时掌握的问题，构建了在线预测模型。", "关键词：注塑；能耗",
                       "*通信作者：黎红梅")
    assert "authors" not in fields


def test_a_word_count_grouped_by_wan_and_a_subtitle_after_the_titles_colon():
    from extractor.doctypes.book import extract_book

    rows = ["出版发行：重庆大学出版社", "社  址：重庆市沙坪坝区", "字  数：38 0000", "版  次：2020年5月第1版",
            "书  号：ISBN 978-7-5689-1956-8"]
    lines = [Line("工业互联网平台建设：方法与案例", (60, 40, 420, 66))]  # the title in bigger print
    lines += [Line(t, (60, 100 + 24 * k, 60 + 11 * len(t), 111 + 24 * k)) for k, t in enumerate(rows)]
    fields = extract_book(DocText(ReadResult("t.pdf", "0" * 64, page_count=1,
                                             pages=[Page(1, 595, 842, "text", lines)]))).values
    assert fields["words_wan"] == 38
    assert fields["title"] == "工业互联网平台建设：方法与案例"


def test_a_cip_statement_of_responsibility_wrapped_onto_the_next_line():
    from extractor.doctypes.book import extract_book

    text = _text_layer("图书在版编目(CIP)数据", "工业互联网平台建设/冉晓东,黎红梅,", "邓雪编著.—重庆：重庆大学出版社,2020.5",
                       "ISBN 978-7-5689-1956-8")
    fields = extract_book(text).values
    assert fields["title"] == "工业互联网平台建设"
    assert fields["authors"] == ["冉晓东", "黎红梅", "邓雪"]


# ---- standards, contracts, letters, dates --------------------------------------------------


def test_drafters_a_row_of_names_to_a_line_under_their_label():
    from extractor.doctypes.standard import extract_standard

    text = _text_layer("前  言", "本文件由重庆市经济和信息化委员会提出并归口。", "本文件主要起草人：",
                       "冉晓东 黎红梅 邓雪 何静", "上官宁 欧阳立诚", "诸葛亮平", "本文件为首次发布。", step=30)
    assert extract_standard(text).values["drafters"] == ["冉晓东", "黎红梅", "邓雪", "何静", "上官宁", "欧阳立诚", "诸葛亮平"]


def test_a_list_that_ends_on_its_separator_with_nothing_read_after_it_is_withheld():
    """…邓雪、何静、 and the rest on a line that was not read (the page's other half): the names
    read are the list's beginning only."""
    fields = fields_of("standard", Title("前  言"), "本文件主要起草人：冉晓东、黎红梅、邓雪、何静、")
    assert "drafters" not in fields


def test_a_signature_table_read_as_lines_names_each_side():
    from extractor.doctypes.revenue_proof import extract_revenue

    text = _text_layer("设备采购合同", "合同总价：人民币壹佰贰拾万元整（¥1,200,000.00）。", "甲方(买方) 乙方(卖方)",
                       "单位名称(盖章) 重庆渝西精工机械有限公司 四川蜀都智能装备有限公司", "法定代表人 冉晓东 黎红梅",
                       "签订日期：二〇二〇年五月十八日")
    fields = extract_revenue(text).values
    assert fields["parties"] == ["重庆渝西精工机械有限公司", "四川蜀都智能装备有限公司"]


def test_a_day_ocr_closed_with_yue_is_the_day():
    assert str(parse_date("2009年12月13月")) == "2009-12-13"
    assert str(parse_date("二〇〇九年十二月十三月")) == "2009-12-13"
    assert parse_date("2009年12月") is not None and str(parse_date("2009年12月")) == "2009-12"


def test_a_recommenders_name_after_its_label_boxed_letter_by_letter():
    doc = read(Title("申报高级职称专家推荐表"), [("被推荐人", LEFT), ("何静", 420), ("申报专业", 860), ("机械工程", 1100)],
               "推荐专家情况", [("姓", LEFT), ("名", 230), ("上官宁", 420), ("专业技术职称", 860), ("正高级工程师", 1100)],
               [("工作单位", LEFT), ("重庆大学", 420)], "推荐意见：", "本人与何静同志共事多年，该同志业务精湛，特此推荐。")
    assert (doc.fields["recommender"], doc.fields["recommender_title"]) == ("上官宁", "professorate_senior_engineer")
    assert doc.fields["candidate"] == "何静"


def test_a_projects_title_of_two_lines_beside_its_centred_label():
    """获奖项目 centred on its cell: the title's first line above the label's row, its last beside it."""
    fields = fields_of("award_certificate", Title("荣誉证书"), ("基于机器视觉的注塑件在线检测技术研究与", 520),
                       [("获奖项目", LEFT), ("应用", 520)], [("奖励类别", LEFT), ("重庆市科学技术进步奖", 520)],
                       [("奖励等级", LEFT), ("三等奖", 520)], [("获奖者", LEFT), ("冉晓东（第3完成人）", 520)],
                       ("重庆市人民政府", 1000))
    assert fields["project_title"] == "基于机器视觉的注塑件在线检测技术研究与应用"


def test_a_reports_kind_printed_over_its_name_is_no_part_of_its_title():
    fields = fields_of("technical_report", Title("技术报告"), Title("注塑车间能耗在线预测系统研制"),
                       "完成单位：重庆渝西精工机械有限公司", "主要完成人：冉晓东、黎红梅", "完成时间：2023年2月")
    assert fields["title"] == "注塑车间能耗在线预测系统研制"


# ---- the binder ----------------------------------------------------------------------------


REPORT_PAGE = ("No:JC2023-0815", LEFT)


def test_a_reports_number_at_each_pages_top_keeps_its_pages_together():
    cover = (REPORT_PAGE, Title("检 验 报 告"), "产品名称：注塑车间能耗管控系统", "委托单位：重庆渝西精工机械有限公司",
             ("国家机床产品质量检验检测中心（重庆）", 460))
    result = (REPORT_PAGE, Title("检 验 报 告"), *cells(("产品名称", "注塑车间能耗管控系统"), ("检验依据", "JB/T 14562—2023")),
              "检验结论：所检项目均符合检验依据的要求。", "签发日期：2023年8月15日")
    assert [span for span, _, _ in _split(cover, result)] == [None]


def test_the_same_forms_heading_over_two_pages_of_two_projects_is_two_papers():
    def form(unit, project):
        return ((unit, 600), Title("项目延期验收申请表"), *cells(("项目名称", project), ("承担单位", "重庆渝西精工机械有限公司"),
                                                              ("项目负责人", "冉晓东"), ("申请延期至", "2021年12月31日")),
                "延期理由：关键设备到货推迟，现场试验未能按期完成，特申请延期验收。")
    got = _split(form("重庆市科学技术局", "注塑车间能耗管控系统研发"), form("成都市科学技术局", "焊装线快换夹具研发"))
    assert [(span, kind) for span, kind, _ in got] == [((1, 1), "unknown"), ((2, 2), "unknown")]


def _title_inner(holder, day):
    return (("持证人签名：", 400), *cells(("姓  名", holder), ("性  别", "男"), ("工作单位", "重庆渝西精工机械有限公司")),
            [("专业技术资格", 1100)], *[[(f"{k}：{v}", 900)] for k, v in (
                ("资格名称", "工程师"), ("取得资格时间", day), ("评审组织", "重庆市工程技术系列中级专业技术资格评审委员会"),
                ("批准文号", "渝人社职〔2019〕18号"))], ("发证机关：重庆市人力资源和社会保障局", LEFT))


def test_two_title_certificates_made_out_to_two_people_are_two():
    got = _split(_title_inner("冉晓东", "2019年10月"), _title_inner("上官宁", "2010年8月"))
    assert [(span, kind, f.get("holder")) for span, kind, f in got] == [
        ((1, 1), "title_certificate", "冉晓东"), ((2, 2), "title_certificate", "上官宁")]


def test_a_degrees_cover_alone_goes_with_its_inner_page_not_the_paper_before():
    check = (("学术不端文献检测系统", 200), Title("文本复制检测报告单"), *cells(
        ("检测文献", "注塑车间能耗在线预测方法研究"), ("作    者", "冉晓东"), ("检测时间", "2016-02-28")),
        [("总文字复制比", LEFT), ("去除引用文献复制比", 700), ("总字数", 1200)], [("17.5%", LEFT), ("16.5%", 700), ("6269", 1200)],
        "说明：1.总文字复制比：被检测文献总重合字数在总字数中所占的比例；2.本报告单仅对您所选择比对资源范围内的检测结果负责。")
    cover = ([(Title("学位证书"))],)
    inner = ("冉晓东，男，1990年4月生。在本校机械工程专业完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，",
             "授予工学学士学位。", ("重庆理工大学", 900), ("学位评定委员会主席：王建", LEFT), ("2014年6月30日", 900),
             "证书编号：1061132014000123")
    got = _split(check, *cover, inner)
    assert [(span, kind) for span, kind, _ in got] == [((1, 1), "unknown"), ((2, 3), "degree_certificate")]
