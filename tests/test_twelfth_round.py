"""Layouts the twelfth outside set showed the reader did not know, typed anew here in other
words and names (the set's own files are not copied): a form captioned down its left column,
an office's reply accepting a project, a feasibility study's cover spaced wide with its staff
table headed by the role, a glued member list that wraps, a book's imprint read cell by cell
with a bare count of characters, a title page's names boxed apart beside another page of a
spread, and two books bound one after the other."""

from __future__ import annotations

from extractor.doctypes import doctype
from extractor.model import Line, Page, ReadResult
from extractor.text import DocText
from tests.typed_certificates import LEFT, Title, fields_of, read

X = 90  # the caption column
V = 150  # the rows beside it


def _letter_rows():
    # 被推荐人情况 / 推荐专家情况 printed one letter under another beside each section's rows
    return [
        Title("专业技术资格评审专家推荐表"),
        [("被", X), ("姓  名  诸葛明远  性  别  男", V)],
        [("推", X)],
        [("荐", X), ("工作单位  重庆两江精工机械有限公司  现任职称  高级工程师", V)],
        [("人", X)],
        [("情", X), ("从事专业  机械电子工程  申报资格  正高级工程师", V)],
        [("况", X)],
        [("推", X), ("姓  名  皇甫立群  专业技术职称  教授级高级工程师", V)],
        [("荐", X)],
        [("专", X), ("工作单位  重庆山城工业软件有限公司  联系电话  13800000000", V)],
        [("家", X)],
        [("情", X), ("从事专业  控制工程  与被推荐人关系  同事", V)],
        [("况", X)],
        "推荐意见（对被推荐人专业技术水平、业绩和能力的评价）：",
        "该同志长期从事智能装备研发，同意推荐其申报正高级工程师资格。",
        ("推荐专家（签名）：", 900),
    ]


def test_a_form_captioned_down_its_left_column_tells_whose_row_is_whose():
    doc = read(*_letter_rows())
    assert doc.doc_type == "recommendation_letter"
    fields = fields_of("recommendation_letter", *_letter_rows())
    assert fields["candidate"] == "诸葛明远"
    assert fields["recommender"] == "皇甫立群"
    assert fields["recommender_title"] == "professorate_senior_engineer"


def test_a_two_page_letter_read_as_a_spread_is_a_letter():
    doc = read(Title("推荐信"),
               "黑龙江省工程技术高级专业技术资格评审委员会：",
               "本人受重庆某智能装备有限公司邀请，对该单位司马晓东同志申报高级工程师资格进行推荐。",
               "综上所述，司马晓东同志已具备高级工程师的能力和水平，本人郑重推荐，请评审委员会予以考虑。",
               [("姓  名：欧阳红梅", 900)], [("职  称：高级工程师", 900)], [("工作单位：某某大学", 900)])
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields["candidate"] == "司马晓东"


REPLY = (Title("重庆市璧山区经济和信息化委员会"),
         ("璧山经信发〔2015〕33号", 600),
         "重庆市璧山区经济和信息化委员会关于同意“面向注塑车间的能耗在线监测系统研发”",
         "项目通过验收的批复",
         "重庆某某精密机械有限公司：",
         "你单位报送的项目验收申请及相关材料收悉。经组织专家验收，该项目由令狐建国同志负责，",
         "主要参加人员有上官小燕 蒲志强 谭一鸣 龚丽。",
         "经审查，该项目完成了合同规定的各项任务，同意该项目通过验收。",
         ("2015年10月12日", 1000))


def test_an_offices_reply_accepting_a_project_is_an_acceptance_with_its_members():
    doc = read(*REPLY)
    assert doc.doc_type == "project_acceptance"  # not a contract: 合同规定 is a word of its sentence
    fields = fields_of("project_acceptance", *REPLY)
    assert fields["leader"] == "令狐建国"
    assert fields["members"] == ["上官小燕", "蒲志强", "谭一鸣", "龚丽"]
    assert fields["passed"] is True


def test_members_a_sentence_names_are_all_names_or_none():
    fields = fields_of("project_acceptance", *REPLY[:6],
                       "主要参加人员有上官小燕 蒲志强等同志组成的研发团队，历时两年完成。",
                       "经审查，同意该项目通过验收。")
    assert "members" not in fields


def _report(lines: list[tuple[str, float, float, float]]) -> DocText:
    """A page of ``(text, x, y, letter height)``."""
    made = [Line(text, (x, y, x + size * len(text), y + size), 0.95) for text, x, y, size in lines]
    return DocText(ReadResult("cover.png", "0" * 64, pages=[Page(1, 1654, 2339, "ocr", made)], page_count=1))


def test_a_feasibility_cover_spaced_wide_and_its_staff_table_headed_by_the_role():
    text = _report([
        ("牡丹江某机械厂数控车间智能化改造项目", 300, 600, 50),
        ("可行性研究报告", 480, 880, 66),  # four blank lines between the name and its kind
        ("项目负责人：公孙志远", 200, 1300, 30),
        ("编制人员  职称  专业  签名", 260, 1400, 30),
        ("上官丽", 280, 1480, 30), ("高级工程师", 560, 1480, 30), ("机械", 900, 1480, 30),
        ("蒲东", 280, 1560, 30), ("工程师", 560, 1560, 30), ("电气", 900, 1560, 30),
        ("欧阳思琪", 280, 1640, 30), ("高级工程师", 560, 1640, 30), ("技术经济", 900, 1640, 30),
        ("黑龙江省某工程咨询有限公司", 420, 2000, 36), ("2020年5月", 600, 2080, 36),
    ])
    fields = doctype("technical_report").extract(text).values
    assert fields["title"] == "牡丹江某机械厂数控车间智能化改造项目可行性研究报告"
    assert fields["authors"] == ["公孙志远", "上官丽", "蒲东", "欧阳思琪"]


def test_a_glued_member_list_that_wraps_back_to_the_margin():
    fields = fields_of("technical_report", Title("注塑车间能耗管理关键问题研究"), Title("课题研究报告"),
                       "课题负责人诸葛晓峰",
                       "课题组成员欧阳倩 向东 龚明辉 冉丽 石磊 蒲小川",
                       "谭峰",
                       "承担单位重庆某某自动化有限公司")
    assert fields["authors"] == ["诸葛晓峰", "欧阳倩", "向东", "龚明辉", "冉丽", "石磊", "蒲小川", "谭峰"]


def test_an_imprint_read_cell_by_cell_with_a_bare_count_and_a_doubled_colon():
    fields = fields_of("book",
                       [("主 编::", 900), ("邹海燕", 1080)],
                       [("副主编:", 900), ("上官一帆  冉冬", 1080)],
                       [("出版发行:", 900), ("长江科学技术出版社", 1080)],
                       [("字 数:", 900), ("412 000", 1080)],
                       [("出版日期:", 900), ("2021年3月第1版  2021年3月第1次印刷", 1080)],
                       [("书 号:", 900), ("ISBN 978-7-5624-9876-8", 1080)])
    assert fields["words_wan"] == 41.2
    assert fields["authors"] == ["邹海燕", "上官一帆", "冉冬"]


def test_a_title_pages_names_boxed_apart_beside_the_other_page_of_a_spread():
    fields = fields_of("book", Title("工业网关边缘计算技术"),
                       [("欧阳毅然", LEFT + 100), ("向丽 冉飞 著", LEFT + 300), ("版  次", 900), ("2018年6月第1版", 1080)],
                       [("出版发行", 900), ("巴渝工业出版社", 1080)])
    assert fields["authors"] == ["欧阳毅然", "向丽", "冉飞"]


def _book_pages(*pages: list[tuple[str, float, float, float]]) -> ReadResult:
    made = [Page(n, 842, 595, "text_layer", [Line(t, (x, y, x + s * len(t), y + s)) for t, x, y, s in lines])
            for n, lines in enumerate(pages, 1)]
    return ReadResult("binder.pdf", "0" * 64, pages=made, page_count=len(made))


def test_a_second_books_cover_after_the_firsts_imprint_is_the_second_book():
    from zhicheng.binder import split
    from zhicheng.documents import document_from

    first = [("数控机床故障诊断实践", 90, 150, 17), ("欧阳立 冉冬 著", 150, 295, 11), ("巴渝工业出版社", 170, 500, 12),
             ("图书在版编目(CIP)数据", 466, 57, 9),
             ("数控机床故障诊断实践/欧阳立,冉冬著.—重庆:巴渝工业出版社,", 480, 76, 9), ("2014.7", 465, 91, 7),
             ("ISBN 978-7-5624-9876-8", 477, 103, 7), ("字  数 664 千字", 465, 283, 8),
             ("版  次 2014年7月第1版", 465, 299, 8)]
    cover = [("机器视觉技术及其在装配线中的应用", 58, 135, 18), ("主编 司马宇", 168, 312, 12),
             ("副主编 肖鹏 皇甫娟", 150, 337, 11), ("长白山科学技术出版社", 150, 533, 12)]
    imprint = [("机器视觉技术及其在装配线中的应用", 40, 77, 12), ("主  编: 司马宇", 40, 131, 9),
               ("副 主 编: 肖鹏 皇甫娟", 40, 148, 9), ("出版发行: 长白山科学技术出版社", 40, 200, 9),
               ("字  数: 345 000", 40, 253, 8), ("出版日期: 2006年10月第1版", 40, 270, 9),
               ("书  号: ISBN 978-7-5384-7381-0", 40, 288, 8)]
    result = _book_pages(first, cover, imprint)
    docs = split(result, lambda span: document_from(result, None, span))
    assert [d.page_range for d in docs] == [(1, 1), (2, 3)]
    assert [d.fields.get("title") for d in docs] == ["数控机床故障诊断实践", "机器视觉技术及其在装配线中的应用"]


def test_patentees_on_the_certificates_annex_table():
    result = _book_pages(
        [("实用新型专利证书", 400, 244, 65), ("实用新型名称一种柔性夹具用防护罩", 194, 432, 33),
         ("发明人令狐阳浩 卢永 魏文", 193, 495, 39), ("专利号ZL201921469877.X", 194, 564, 30),
         ("专利权人见附页", 194, 691, 37), ("授权公告日2020年9月23日", 195, 760, 32)],
        [("专利证书附页", 540, 164, 41), ("专利号:ZL201921469877.X", 150, 235, 29),
         ("序号", 162, 301, 36), ("专利权人", 441, 301, 34), ("地址", 908, 300, 39),
         ("1", 183, 371, 27), ("重庆某某工业软件有限责任公司", 339, 368, 30), ("402000重庆市渝北区1号", 806, 368, 30),
         ("2", 181, 435, 29), ("贵州某某测控仪器股份有限公司", 341, 435, 26), ("550000贵阳市高新区2号", 806, 433, 29)])
    fields = doctype("patent_certificate").extract(DocText(result)).values
    assert fields["patentees"] == ["重庆某某工业软件有限责任公司", "贵州某某测控仪器股份有限公司"]
    # without its 附页 the list is said to be incomplete, never taken from the table's header
    alone = doctype("patent_certificate").extract(DocText(_book_pages(result.pages[0].lines and [
        (l.text, l.box[0], l.box[1], l.box[3] - l.box[1]) for l in result.pages[0].lines])))
    assert "patentees" not in alone.values
    assert any(code == "list_incomplete" for _, code, _ in alone.issues)


def test_an_inventor_list_ocr_parted_at_a_wide_gap_and_wrapped_inside_a_name():
    text = _report([("设计人皇甫坤家 杜海辉 付云春 邵兴新 慕容晨娜", 261, 671, 51),
                    ("蔡娜辉 朱梅涛 慕", 1139, 674, 45), ("容阳 杨力芳", 261, 730, 49),
                    ("专利号ZL201632715671.9", 261, 800, 44)])
    fields = doctype("patent_certificate").extract(text).values
    assert fields["inventors"] == ["皇甫坤家", "杜海辉", "付云春", "邵兴新", "慕容晨娜", "蔡娜辉", "朱梅涛", "慕容阳", "杨力芳"]


def test_a_gazettes_heading_in_the_row_is_no_inventor():
    text = _report([("发明人莫新泽 郝伟 龙波", 261, 671, 40), ("摘要", 1400, 671, 40), ("专利号ZL201632715671.9", 261, 760, 40)])
    assert doctype("patent_certificate").extract(text).values["inventors"] == ["莫新泽", "郝伟", "龙波"]


def test_a_citation_line_as_ocr_damages_it_names_its_journal():
    fields = fields_of("journal_paper", Title("深度学习驱动的工业网关故障预测技术"), ("皇甫波 宋川", 700),
                       "[摘要]本文提出了一种状态监测与预警方法。", "[关键词]工业网关;故障预测",
                       "引用格式:皇甫波,宋川.深度学习驱动的工业网关故障预测技术门].松辽1业自动化,2024,20(2):8-16.")
    assert fields["journal"] == "松辽工业自动化"


def test_an_old_style_traditional_award_names_its_holder_with_jun():
    doc = read(Title("獎狀"), "茲有歐陽思梅君參與完成之“基於機器視覺的智能工廠示範項目”項目，",
               "榮獲2024年度某某控股集團科技進步獎一等獎，位列第3名。", "特發此狀，以資鼓勵。",
               ("2024年5月8日", 1000), name="欧阳思梅")
    assert doc.doc_type == "award_certificate"
    assert doc.fields["holder"] == "欧阳思梅"
    assert doc.fields["project_title"] == "基于机器视觉的智能工厂示范项目"
    assert doc.fields["applicant_rank"] == 3


def test_an_audit_reports_revenue_note_with_a_two_level_header():
    text = _report([("审计报告", 911, 423, 60), ("重庆某某工业软件股份有限公司全体股东:", 472, 597, 36),
                    ("我们审计了重庆某某工业软件股份有限公司财务报表。", 522, 672, 38),
                    ("中国注册会计师:郭茂", 1117, 1142, 33), ("2023年3月14日", 1115, 1286, 36),
                    ("(三十)营业收入、营业成本", 471, 1600, 40), ("单位:元", 1469, 1600, 35),
                    ("项目", 506, 1670, 36), ("本期发生额", 691, 1670, 34), ("上期发生额", 1163, 1670, 34),
                    ("收入", 723, 1722, 39), ("成本", 962, 1722, 39), ("收入", 1194, 1722, 39), ("成本", 1421, 1722, 39),
                    ("主营业务", 499, 1780, 35), ("23,101,000.00", 676, 1780, 33), ("12,705,550.00", 913, 1780, 33),
                    ("29,213,000.00", 1146, 1780, 33), ("17,819,930.00", 1373, 1780, 33),
                    ("合计", 507, 1840, 36), ("23,166,000.00", 669, 1840, 33), ("13,436,280.00", 908, 1840, 33),
                    ("29,261,000.00", 1140, 1840, 33), ("18,434,430.00", 1367, 1840, 33)])
    fields = doctype("revenue_proof").extract(text).values
    assert fields["amount_wan"] == 2316.6


def test_an_invoice_summary_names_its_taxpayer_as_seller_and_is_dated_by_its_print():
    fields = fields_of("revenue_proof", Title("增值税发票开具情况汇总表"),
                       "纳税人名称:大庆某某自动化工程有限公司", "购买方名称:包头某某电气科技股份有限公司",
                       "统计期间:2024年05月至2024年12月", "月份 发票份数 金额 税额 价税合计",
                       "2024年05月 2 179,528.30 10,771.70 190,300.00", "合计 2 179,528.30 10,771.70 190,300.00",
                       "价税合计(大写) 壹拾玖万零叁佰元整", "制表:向永俊 打印日期:2025-04-11")
    assert set(fields["parties"]) == {"大庆某某自动化工程有限公司", "包头某某电气科技股份有限公司"}
    assert str(fields["date"]) == "2025-04-11"
