"""Layouts two hostile probes typed (70 pages of acceptances, standards and reports; 124 of
contracts, letters, awards, certificates and papers) that the reader read wrong or only in
part: typed again here in other names.  A wrong value is worse than a missing one, so most of
these check that a list is read whole, a side is the right side, a rank is the printed one."""

from __future__ import annotations

import unicodedata

import pytest

from extractor.fields.dates import parse_date
from extractor.model import Line, Page, ReadResult
from tests.typed_certificates import HEIGHT, LEFT, WIDTH, Title, cells, fields_of, page, read
from zhicheng import binder
from zhicheng.documents import document_from

SELLER, BUYER = "重庆渝西精工机械有限公司", "四川蜀都智能装备有限公司"
V = LEFT + 320


def _split(*pages, name=None):
    result = ReadResult("bound.pdf", "0" * 64, page_count=len(pages),
                        pages=[Page(n, WIDTH, HEIGHT, "ocr", page(*rows)) for n, rows in enumerate(pages, 1)])
    return [(d.page_range, d.doc_type, d.fields) for d in binder.split(result, lambda s: document_from(result, name, s))]


# ---- contracts -----------------------------------------------------------------------------


def test_jiafang_said_to_be_the_seller_in_its_brackets_is_the_seller():
    fields = fields_of("revenue_proof", Title("产品销售合同"), f"甲方（卖方）：{SELLER}", f"乙方（买方）：{BUYER}",
                       "合同总价款为人民币贰佰万元整。", "签订日期：2017年5月9日")
    assert fields["parties"] == [SELLER, BUYER]  # (both read; listed as printed: 甲方 the seller first)


@pytest.mark.parametrize("buyer_word, seller_word", [("采购方", "供应方"), ("发包人", "设计人"), ("委托单位", "承担单位"),
                                                      ("定作人", "承揽人"), ("买方(The Buyer)", "卖方(The Seller)")])
def test_other_words_for_the_two_sides(buyer_word, seller_word):
    fields = fields_of("revenue_proof", Title("合同书"), f"{buyer_word}：{BUYER}", f"{seller_word}：{SELLER}",
                       "合同金额：人民币壹佰贰拾万元整", "签订日期：2018年5月22日")
    assert fields["parties"] == [BUYER, SELLER]


def test_parties_named_in_prose_by_their_side_in_brackets_a_bracket_in_a_name_kept():
    fields = fields_of("revenue_proof", Title("采购合同"),
                       "本合同由贵州磷化（集团）有限责任公司（需方）与重庆渝西精工机械有限公司（供方）于2014年3月18日在贵阳签订。",
                       "合同金额：45万元。")
    assert fields["parties"] == ["贵州磷化(集团)有限责任公司", SELLER]  # (reading folds brackets to ASCII)


def test_a_bid_notice_addressed_to_the_winner_in_brackets():
    fields = fields_of("revenue_proof", Title("中标通知书"), f"致：{SELLER}（中标人）",
                       "你方所递交的投标文件已被我方接受，确定你方为中标人。", "中标价：人民币486.30万元",
                       (f"招标人：{BUYER}（盖章）", 800), ("2021年5月20日", 1000))
    assert fields["parties"] == [SELLER, BUYER]  # (both read; listed as printed: the winner addressed first)


# ---- awards, recognitions, papers ----------------------------------------------------------


@pytest.mark.parametrize("words", ["您位列第二。", "（第2位）", "（第二获奖人）"])
def test_a_holders_place_printed_in_other_words_is_his_rank_not_one(words):
    doc = read(Title("荣誉证书"), f"冉晓东同志{words}", "您参与完成的“注塑车间能耗在线预测关键技术”项目，",
               "荣获2021年度重庆市科学技术进步奖三等奖。", "特发此证。", ("重庆市人民政府", 1000), ("2022年3月", 1000),
               name="冉晓东")
    assert (doc.fields["rank"], doc.fields["applicant_rank"]) == (2, 2)


def test_a_designation_printed_as_the_certificates_title_is_no_issuer():
    fields = fields_of("official_recognition", Title("重庆市企业工程（技术）中心"), f"{SELLER}：",
                       "经认定，你单位注塑工程技术中心为重庆市企业工程（技术）中心。", ("重庆市江津区经济和信息化委员会", 950),
                       ("二〇一九年十月", 950))
    assert fields["issuer"] == "重庆市江津区经济和信息化委员会"
    assert fields["level"] == "municipal"


def test_a_papers_month_from_its_footer_cells_beside_a_citation_line():
    fields = fields_of("journal_paper", Title("注塑车间能耗在线预测方法研究"), "冉晓东，黎红梅", "摘  要：构建了在线预测模型。",
                       "关键词：注塑；能耗", "引用格式：冉晓东,黎红梅.注塑车间能耗在线预测方法研究[J].巴渝制造技术,2021,54(7):88-95.",
                       [("巴渝制造技术", LEFT), ("第54卷 第7期", 700), ("2021年7月", 1200)])
    assert fields["date"] == "2021-07"


def test_a_years_first_digit_a_seal_took():
    assert str(parse_date("022年6月20日")) == "2022-06-20"
    assert parse_date("012年09月2") is None  # cut at its end too: left to a second reading


# ---- lists of people -----------------------------------------------------------------------


def test_a_name_with_a_middle_dot_in_a_tables_column_set_flush_left():
    fields = fields_of("technical_report", Title("注塑车间能耗在线预测系统技术总结报告"), Title("报告编写人员"),
                       [("姓名", LEFT), ("职称", 600), ("编写分工", 1000)],
                       [("冉晓东", LEFT), ("高级工程师", 600), ("统稿", 1000)],
                       [("阿依古丽·买买提", LEFT), ("工程师", 600), ("第2章", 1000)], "审核：何静")
    assert fields["authors"] == ["冉晓东", "阿依古丽·买买提"]


@pytest.mark.parametrize("marks", [("①", "②", "③"), ("(1)", "(2)", "(3)")])
def test_members_numbered_with_circled_or_bracketed_numbers(marks):
    fields = fields_of("project_acceptance", ("重庆市科学技术局", 620), Title("项目验收意见表"),
                       *cells(("项目名称", "注塑车间能耗管控系统研发"), ("项目负责人", "冉晓东"), ("验收日期", "2020年8月14日")),
                       "项目主要参加人员：", *[(f"{m}{n}", LEFT + 40) for m, n in zip(marks, ("黎红梅", "皇甫嵩", "何静"))],
                       "验收结论：同意通过验收。")
    assert fields["members"] == ["黎红梅", "皇甫嵩", "何静"]


def _member_row(n, name):
    return [(str(n), LEFT + 10), (name, 300), (SELLER, 520), ("工程师", 1100)]


def test_a_member_table_running_on_to_the_next_page_without_its_header():
    first = (("重庆市科学技术局", 620), Title("科研项目验收证书"), *cells(("项目名称", "注塑车间能耗管控系统研发"),
             ("项目负责人", "冉晓东"), ("验收日期", "2022年6月10日")), "主要研究人员",
             [("序号", LEFT), ("姓名", 300), ("工作单位", 520), ("职称", 1100)],
             *[_member_row(n, name) for n, name in enumerate(("黎红梅", "上官宁", "何静"), 1)])
    second = (_member_row(4, "欧阳立诚"), _member_row(5, "诸葛亮平"), "验收结论：通过验收。", ("2022年6月20日", 1050))
    (span, kind, fields), = _split(first, second)
    assert fields["members"] == ["黎红梅", "上官宁", "何静", "欧阳立诚", "诸葛亮平"]


def test_a_drafters_table_over_two_pages_its_header_repeated():
    head = [("序号", LEFT), ("起草人", 300), ("起草单位", 560), ("职称", 1250)]
    first = (("DB50/T 1234—2022", 1100), Title("重庆市地方标准"), Title("注塑车间能耗在线监测规范"),
             [("2022-03-01发布", LEFT), ("2022-06-01实施", 1100)], Title("前  言"), "本文件起草单位和主要起草人见下表：",
             head, *[[(str(n), LEFT + 10), (name, 300), (SELLER, 560), ("高级工程师", 1250)]
                     for n, name in enumerate(("黎红梅", "上官宁", "何静"), 1)])
    second = (head, *[[(str(n), LEFT + 10), (name, 300), (SELLER, 560), ("工程师", 1250)]
                      for n, name in enumerate(("欧阳立诚", "诸葛亮平"), 4)], Title("注塑车间能耗在线监测规范"), "1 范围")
    (span, kind, fields), = _split(first, second)
    assert fields["drafters"] == ["黎红梅", "上官宁", "何静", "欧阳立诚", "诸葛亮平"]


def test_an_appraisal_certificate_gives_its_labelled_date_verdict_and_level():
    fields = fields_of("project_acceptance", Title("科学技术成果鉴定证书"), "成果名称：注塑车间能耗在线预测系统",
                       "组织鉴定单位：四川省科学技术厅", "鉴定日期：2015年4月22日",
                       "鉴定结论：鉴定委员会一致同意该成果通过鉴定。",
                       Title("主要研制人员名单"), [("序号", LEFT), ("姓名", 280), ("出生年月", 520), ("工作单位", 800)],
                       [("1", LEFT + 10), ("冉晓东", 280), ("1985.02", 520), (SELLER, 800)])
    assert (fields["acceptance_date"], fields["passed"], fields["level"]) == ("2015-04-22", True, "provincial")


def test_a_performance_reviews_labelled_verdict_with_its_full_stop():
    fields = fields_of("project_acceptance", Title("课题综合绩效评价结论书"), "课题名称：注塑车间能耗在线预测",
                       "课题负责人：冉晓东", "评价结论：通过。")
    assert fields["passed"] is True


def test_a_teams_own_label_and_numbered_names_in_two_columns_ordered_by_their_numbers():
    fields = fields_of("project_acceptance", ("重庆市科学技术局", 620), Title("项目验收意见表"),
                       *cells(("项目名称", "注塑车间能耗管控系统研发"), ("项目负责人", "冉晓东")), "项目研发团队：",
                       [("1. 黎红梅", LEFT + 40), ("3. 何静", 800)], [("2. 上官宁", LEFT + 40), ("4. 欧阳立诚", 800)],
                       "验收结论：同意通过验收。")
    assert fields["members"] == ["黎红梅", "上官宁", "何静", "欧阳立诚"]


def test_a_label_centred_on_a_stack_of_names_gives_the_whole_stack():
    def at(t, x, y):
        return Line(t, (x, y, x + 36 * len(t), y + 36), 0.96)
    lines = [Line("注塑车间能耗在线预测技术报告", (400, 260, 1200, 332), 0.96), at("编写人员", LEFT, 660),
             at("黎红梅", V, 560), at("上官宁", V, 610), at("何静", V, 660), at("欧阳立诚", V, 710), at("审核人员", LEFT, 810),
             at("司马坤", V, 810), at("2018年5月", 740, 1000)]
    result = ReadResult("scan.png", "0" * 64, pages=[Page(1, WIDTH, HEIGHT, "ocr", lines)], page_count=1)
    doc = document_from(result, name="欧阳立诚")
    assert doc.fields["authors"] == ["黎红梅", "上官宁", "何静", "欧阳立诚"]
    assert doc.fields["applicant_rank"] == 4


# ---- the binder ----------------------------------------------------------------------------


@pytest.mark.parametrize("credits", [Title("可行性研究报告编制人员名单"), Title("编写说明")])
def test_a_reports_credits_page_is_its_own_next_page(credits):
    cover = (Title("注塑车间节能改造项目可行性研究报告"), (SELLER, 560), ("二〇一九年三月", 700))
    names = (credits, "本报告由以下人员编制：", *cells(("编制人", "黎红梅  上官宁  何静"), ("审核", "冉晓东")))
    got = _split(cover, names)
    assert [(span, kind) for span, kind, _ in got] == [(None, "technical_report")]
    assert got[0][2]["authors"] == ["黎红梅", "上官宁", "何静"]


# ---- second pass -------------------------------------------------------------------------


@pytest.mark.parametrize("masthead, month", [
    ([("巴渝制造技术", LEFT), ("第31卷第4期", 800), ("2020.02", 1250)], "2020-02"),  # the month boxed apart
    ("ISSN 1672-5514  CN 50-1176/TH  巴渝制造技术  Apr. 25 2021 Vol.42 No.4", "2021-04")])  # a day in the English date
def test_an_issues_month_printed_apart_or_with_a_day(masthead, month):
    fields = fields_of("journal_paper", masthead, Title("注塑车间能耗在线预测方法研究"), "冉晓东  黎红梅",
                       "摘  要：构建了在线预测模型。", "关键词：注塑；能耗")
    assert fields["date"] == month


def test_a_volume_between_the_year_and_the_issue_gives_the_year():
    from extractor.doctypes.journal_paper import _issue_date

    assert _issue_date("巴渝制造技术 2016年第35卷第11期") == ("2016", None)


def test_a_recommender_who_introduces_himself_by_name():
    doc = read(Title("推荐信"), "我叫黎红梅，是重庆渝西精工机械有限公司的高级工程师，从事注塑装备设计二十年。",
               "我推荐同事冉晓东申报高级工程师任职资格。冉晓东同志工作认真负责，专业能力突出。", ("黎红梅", 1000),
               ("2019年4月2日", 1000), name="冉晓东")
    assert (doc.fields["recommender"], doc.fields["recommender_title"]) == ("黎红梅", "senior_engineer")


def test_a_recommenders_title_wrapped_in_its_cell():
    fields = fields_of("recommendation_letter", Title("专家推荐表"),
                       *cells(("申报人姓名", "冉晓东"), ("申报职称", "高级工程师"), ("推荐人姓名", "黎红梅"),
                              ("推荐人职称", "教授级高级"), value_x=LEFT + 360),
                       ("工程师", LEFT + 360), "推荐意见：冉晓东同志长期从事注塑装备设计，推荐申报。")
    assert fields["recommender_title"] == "professorate_senior_engineer"


def test_a_side_then_a_name_caption_then_its_name():
    fields = fields_of("revenue_proof", Title("技术服务合同"), [("委托人", LEFT), ("名称", 320), (BUYER, 500)],
                       [("住所", 320), ("四川省成都市高新区天府大道1号", 500)], [("受托人", LEFT), ("名称", 320), (SELLER, 500)],
                       "服务报酬总额为人民币玖拾陆万元。", ("签订日期：2016年11月22日", 900))
    assert fields["parties"] == [BUYER, SELLER]


def test_drafters_named_unit_by_unit():
    fields = fields_of("standard", Title("前  言"), "本文件起草单位和主要起草人：", f"{SELLER}：冉晓东、黎红梅；",
                       "重庆大学：上官宁、何静；", "重庆工程职业技术学院：欧阳立诚。")
    assert fields["drafters"] == ["冉晓东", "黎红梅", "上官宁", "何静", "欧阳立诚"]


def test_drafters_named_unit_by_unit_in_one_paragraph():
    fields = fields_of("standard", Title("前  言"), f"本文件起草单位及起草人：{SELLER}：冉晓东、黎红梅；重庆大学：上官宁、",
                       "何静；重庆工程职业技术学院：欧阳立诚。")
    assert fields["drafters"] == ["冉晓东", "黎红梅", "上官宁", "何静", "欧阳立诚"]


def test_drafters_listed_under_a_bare_label_and_wrapped():
    fields = fields_of("standard", Title("前  言"), "本文件主要起草人：", ("冉晓东、黎红梅、上官宁、何静、", LEFT + 72),
                       ("欧阳立诚。", LEFT + 72))
    assert fields["drafters"] == ["冉晓东", "黎红梅", "上官宁", "何静", "欧阳立诚"]


def test_a_drafters_line_that_ends_its_page_on_its_separator_goes_on_at_the_next_pages_top():
    first = (("DB50/T 1234—2022", 1100), Title("重庆市地方标准"), Title("注塑车间能耗在线监测规范"),
             [("2022-03-01发布", LEFT), ("2022-06-01实施", 1100)], Title("前  言"), "本文件主要起草人：冉晓东、黎红梅、上官宁、")
    second = ("何静、欧阳立诚。", Title("注塑车间能耗在线监测规范"), "1 范围")
    (span, kind, fields), = _split(first, second)
    assert fields["drafters"] == ["冉晓东", "黎红梅", "上官宁", "何静", "欧阳立诚"]


def test_an_appraisals_completers_each_under_his_place():
    fields = fields_of("project_acceptance", Title("科学技术成果鉴定证书"), "成果名称：注塑车间能耗在线预测系统",
                       "组织鉴定单位：四川省科学技术厅", "主要完成人：", "第一完成人：冉晓东", "第二完成人：黎红梅",
                       "第三完成人：上官宁", "鉴定意见：同意通过鉴定。")
    assert fields["members"] == ["冉晓东", "黎红梅", "上官宁"]


# ---- binders a third probe bound -----------------------------------------------------------


def _award(name="冉晓东"):
    return (Title("荣誉证书"), f"{name}同志：", "您参与完成的“注塑车间能耗在线预测关键技术”项目，荣获2020年度重庆市科学技术进步奖二等奖。",
            "特发此证。", ("重庆市人民政府", 1000), ("2021年4月", 1000))


def test_a_section_divider_at_the_front_is_a_page_of_its_own():
    got = _split(((" ", LEFT), Title("一、获奖证书（共1项）")), _award())
    assert [(span, kind) for span, kind, _ in got] == [((1, 1), "unknown"), ((2, 2), "award_certificate")]


def test_the_binders_list_of_materials_is_a_page_of_its_own():
    toc = (Title("证明材料目录"), "申报人：冉晓东", [("序号", LEFT), ("材料名称", 330), ("页码", 1300)],
           [("1", LEFT), ("获奖证书", 330), ("2", 1300)], [("2", LEFT), ("推荐信", 330), ("3", 1300)])
    got = _split(toc, _award())
    assert [(span, kind) for span, kind, _ in got] == [((1, 1), "unknown"), ((2, 2), "award_certificate")]


def test_a_certificates_annex_headed_under_its_own_title_is_its_page():
    cert = (Title("计算机软件著作权登记证书"), "证书号：软著登字第5123456号", "软件名称：注塑车间能耗管控平台",
            "著作权人：重庆渝西精工机械有限公司等（详见附页）", "登记号：2020SR0416375", ("2020年5月20日", 1000))
    annex = (Title("计算机软件著作权登记证书 附页"), "证书号：软著登字第5123456号",
             [("序号", LEFT), ("著作权人", 400)], [("1", LEFT), (SELLER, 400)], [("2", LEFT), ("重庆大学", 400)])
    got = _split(cert, annex)
    assert [(span, kind) for span, kind, _ in got] == [(None, "software_copyright")]


def test_a_prizes_nomination_form_is_no_award():
    doc = read(Title("重庆市科学技术奖提名书"), *cells(("项目名称", "注塑车间能耗在线预测关键技术"), ("提名等级", "二等奖"),
                                              ("主要完成人", "冉晓东、黎红梅")), "项目简介：本项目针对注塑车间能耗难以实时掌握的问题……")
    assert doc.doc_type != "award_certificate"


def test_a_resume_after_a_title_certificate_is_another_paper():
    cert = (Title("专业技术资格证书"), *cells(("姓名", "冉晓东"), ("资格名称", "高级工程师"), ("取得时间", "2019年12月")),
            ("重庆市人力资源和社会保障局", 900))
    resume = (Title("个人简历"), *cells(("姓名", "冉晓东"), ("出生年月", "1984年3月"), ("职称", "高级工程师")),
              "2006.07—2012.06  重庆渝西精工机械有限公司  技术员", "2012.07—至今  重庆渝西精工机械有限公司  工程师")
    got = _split(cert, resume)
    assert [span for span, _, _ in got] == [(1, 1), (2, 2)]


# ---- certificates a fourth probe typed -----------------------------------------------------


def test_a_universitys_campus_in_brackets_is_part_of_its_name():
    fields = fields_of("software_copyright", Title("计算机软件著作权登记证书"), "软件名称：注塑车间能耗管控平台",
                       "著作权人：中国地质大学（武汉）；重庆渝西精工机械有限公司（中国）", "登记号：2020SR0416375")
    assert fields["holders"] == ["中国地质大学(武汉)", SELLER]


def test_a_patentees_address_on_its_line_and_the_next_rows_bilingual_label_are_no_patentees():
    fields = fields_of("patent_certificate", Title("发明专利证书"), "发明名称：一种注塑机能耗在线预测方法",
                       "(73)专利权人 西南交通大学 地址 610031 四川省成都市二环路北一段111号", "专利号：ZL 2021 1 0356712.4")
    assert fields["patentees"] == ["西南交通大学"]


@pytest.mark.parametrize("printed", ["注塑车间能耗管控软件 Ver 3.0", "注塑车间能耗管控软件 1.0", "注塑车间能耗管控软件 版本号：V2.0"])
def test_a_software_names_version_in_other_words(printed):
    fields = fields_of("software_copyright", Title("计算机软件著作权登记证书"), f"软件名称：{printed}",
                       f"著作权人：{SELLER}", "登记号：2020SR0416375")
    assert fields["software_name"] == "注塑车间能耗管控软件"


def test_a_qualifications_own_date_before_the_certificates_issue_date():
    fields = fields_of("title_certificate", Title("专业技术资格证书"), "姓名：冉晓东", "出生年月：1979.08",
                       "资格名称：高级工程师", "资格时间：2012.12.26", "发证时间：2013.04.15")
    assert fields["date"] == "2012-12-26"


def test_a_passed_review_form_gives_the_title_applied_for_not_the_one_held():
    fields = fields_of("title_certificate", Title("专业技术资格评审表"), *cells(
        ("姓名", "冉晓东"), ("现专业技术资格", "工程师"), ("取得时间", "2012年12月"), ("申报专业技术资格", "高级工程师"),
        ("评审委员会意见", "经评审，同意通过"), ("评审通过时间", "2018年12月20日")))
    assert (fields["title"], fields["date"]) == ("senior_engineer", "2018-12-20")


# ---- text layers a fifth probe typed -------------------------------------------------------


def _layer(*rows):
    lines = [Line(t, (60, 80 + 24 * k, 60 + 11 * len(t), 91 + 24 * k)) for k, t in enumerate(rows)]
    return ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text", lines)])


def test_holders_numbered_one_to_a_line_each_with_a_nationality():
    doc = document_from(_layer("计算机软件著作权登记证书", "软件名称：注塑车间能耗管控平台V1.0", "著作权人（国籍）：",
                               f"1. {SELLER}（中国）", "2. 冉晓东（中国）", "登记号：2021SR0987654"), name="冉晓东")
    assert doc.fields["holders"] == [SELLER, "冉晓东"]


def test_a_universitys_campus_wrapped_under_it_in_a_text_layer():
    doc = document_from(_layer("计算机软件著作权登记证书", "软件名称：注塑车间能耗管控平台",
                               f"著作权人 {SELLER}；中国石油大学", "（北京）", "登记号：2021SR0987654"))
    assert [unicodedata.normalize("NFKC", h) for h in doc.fields["holders"]] == [SELLER, "中国石油大学(北京)"]


def test_a_rows_last_cell_wrapping_the_recommenders_title_in_a_text_layer():
    doc = document_from(_layer("推荐人意见表", "被推荐人 冉晓东 单位 重庆渝西精工机械有限公司", "推荐人姓名 黎红梅 职称 正高级",
                               "工程师", "推荐意见：该同志业务精湛，同意推荐其申报高级工程师。", "推荐人签名：黎红梅"))
    assert doc.fields["recommender_title"] == "professorate_senior_engineer"


@pytest.mark.parametrize("title", ["注塑车间节能改造项目建议书", "注塑车间能耗管控系统研发项目工作报告"])
def test_a_projects_proposal_and_work_report_are_reports(title):
    doc = read(Title(title), ("编制单位：重庆渝西精工机械有限公司", 500), ("编制人：冉晓东、黎红梅", 600), ("2017年8月", 740))
    assert doc.doc_type == "technical_report"
    assert doc.fields["authors"] == ["冉晓东", "黎红梅"]


def test_a_recommenders_name_typed_under_the_place_he_signs():
    doc = read(Title("推荐信"), "尊敬的评委会：", "我推荐冉晓东同志申报高级工程师。冉晓东同志从事注塑装备设计八年，技术能力强。",
               "推荐人职称：高级工程师", ("推荐人（签名）：", 1000), ("黎红梅", 1000), ("2021年6月18日", 1000), name="冉晓东")
    assert doc.fields["recommender"] == "黎红梅"


def test_a_recommender_named_first_in_his_profile_under_its_heading():
    doc = read(Title("专家推荐书"), "被推荐人：冉晓东", "推荐理由：冉晓东同志从事注塑装备设计十五年，本人同意推荐。",
               "推荐人简介：", "黎红梅，女，1968年生，教授级高级工程师，现任重庆渝西精工机械有限公司总工程师。",
               ("推荐人（签名）：", 1000), ("2020年11月3日", 1000), name="冉晓东")
    assert (doc.fields["recommender"], doc.fields["recommender_title"]) == ("黎红梅", "professorate_senior_engineer")


@pytest.mark.parametrize("rows", [
    (Title("推荐人情况表"), [("申报人", LEFT), ("冉晓东", V), ("申报资格", 900), ("高级工程师", 1150)],
     [("姓名", LEFT), ("职称", V), ("单位", 900)], [("黎红梅", LEFT), ("正高级工程师", V), (SELLER, 900)]),
    (Title("推荐人推荐意见"), [("被推荐人", LEFT), ("冉晓东", V)],
     [("推荐人", LEFT), ("姓名", V), ("职称", 900), ("单位", 1200)], [("黎红梅", V), ("正高级工程师", 900), ("重庆大学", 1200)])])
def test_the_recommenders_table_said_so_by_the_forms_title_or_its_rows_first_cell(rows):
    doc = read(*rows, "推荐意见：冉晓东同志业绩突出，同意推荐申报高级工程师。", name="冉晓东")
    assert (doc.fields["recommender"], doc.fields["recommender_title"]) == ("黎红梅", "professorate_senior_engineer")


def test_a_transliterated_name_opening_a_wrapped_line_of_members():
    fields = fields_of("project_acceptance", ("重庆市科学技术局", 620), Title("项目验收意见表"),
                       *cells(("项目名称", "注塑车间能耗管控系统研发"), ("项目负责人", "冉晓东")),
                       "课题组主要成员：黎红梅（重庆大学）、上官宁（重庆大学）、何静（重庆大学）、",
                       "阿依古丽·买买提（重庆大学）", "验收结论：同意通过验收。")
    assert fields["members"] == ["黎红梅", "上官宁", "何静", "阿依古丽·买买提"]
