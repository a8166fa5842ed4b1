"""Papers, books, reports and software certificates worded and laid out as real ones are.

Each test builds a document from typed lines (no OCR, no PDF) the way a reader would see
it: an issue's 版权页 bound after the paper giving its 出版日期, a paper whose abstract
label OCR cut in two, a book's title leaf before its CIP page, a 字数 printed as a bare
grouped number, a report's sign-off sheet whose 批准/审核/校核 are no authors, a white
paper's 编委会 beside its 编写组, a plan's 项目负责人 and 主要编制人员, a cover title
wrapped before its last character, a certificate's date OCR damaged.  A wrong value is
worse than a missing one: where a document does not settle a field, the test asserts
that it is left out.
"""

from __future__ import annotations

import pytest

from classifiers import classify
from extractor.doctypes import doctype
from extractor.model import Line, Page, ReadResult

from zhicheng.binder import split
from zhicheng.documents import document_from
from tests.typed_pages import At, Big, HEIGHT, Row, WIDTH, doc, page


def result(*pages: list[Line]) -> ReadResult:
    return ReadResult("t.pdf", "0" * 64, page_count=len(pages),
                      pages=[Page(n, WIDTH, HEIGHT, "text_layer", lines) for n, lines in enumerate(pages, 1)])


def extract(doc_type: str, *pages: list[Line]):
    return doctype(doc_type).extract(doc(*pages))


def one_document(*pages: list[Line]) -> bool:
    """The pages are read as one document, not split as a 合订本."""
    read = result(*pages)
    return len(split(read, lambda span: document_from(read, None, span))) == 1


# --------------------------------------------------------------------------- journal papers

_BODY = "实验结果表明，所提方法在准确率和实时性方面均优于对比方法。针对生产现场数据分散的问题，提出一种框架。"


def _article(header: str = "现代装备与自动化                                2016年第4期") -> list[Line]:
    return page(
        At(120, header),
        "文章编号：1375-2394(2016)04-0134-05",
        Big("基于知识图谱的激光切割机质量追溯方法研究"),
        At(500, "姜强1，秦力2"),
        At(300, "（1. 长江工学院，重庆 400830；2. 重庆合璟自动化技术有限公司，重庆 400274）"),
        "摘  要：" + _BODY,
        "关键词：机器视觉；在线监测；伺服电机",
        "中图分类号：TP352  文献标志码：A",
        "0 引言",
        _BODY, _BODY,
        "收稿日期：2016年1月21日；修回日期：2016年3月1日",
    )


def _masthead(date_line: str = "出版日期  2016年4月26日") -> list[Line]:
    return page(
        Big("现代装备与自动化"),
        At(560, "（月刊）"),
        At(450, "第13卷 第4期（总第160期）"),
        "主    管  重庆市科学技术协会",
        "主    办  长江工学院",
        "编辑出版  《现代装备与自动化》编辑部",
        "印    刷  重庆科沃联印务有限公司",
        date_line,
        "国际标准连续出版物号  ISSN 2868-0561",
        "国内统一连续出版物号  CN 31-1626/TN",
        "定    价  38.00元",
    )


def test_the_issue_imprint_after_the_paper_dates_it_to_its_month():
    # (the day is when the issue left the press; a paper's 发表时间 is the issue's 年月)
    got = extract("journal_paper", _article(), _masthead())
    assert got.values["date"] == "2016-04"
    assert got.values["issn"] == "2868-0561" and got.values["cn"] == "31-1626/TN"


def test_the_issue_imprint_before_the_paper_dates_it_too():
    got = extract("journal_paper", _masthead("出版日期：2016年4月26日"), _article())
    assert got.values["date"] == "2016-04"


def test_an_imprint_date_of_another_year_than_the_issue_is_not_taken():
    # Two documents' pages scanned together: the imprint is not this issue's.
    got = extract("journal_paper", _article(), _masthead("出版日期  2019年4月26日"))
    assert got.values["date"] == "2016"


def test_a_publication_date_in_the_papers_text_is_no_imprint():
    got = extract("journal_paper", _article(), page("出版日期：2016年4月26日"))
    assert got.values["date"] == "2016"


@pytest.mark.parametrize("cite,year", [
    ("2023, 45(3): 112-118", "2023"), ("2021, 41(9): 86-90", "2021"),
])
def test_a_volume_issue_citation_under_the_journal_gives_the_year_only(cite, year):
    got = extract("journal_paper", page(
        At(120, "工业控制与网络"), At(850, "ISSN 1143-7421"),
        At(120, cite), At(850, "CN 50-1862/TG"),
        Big("基于数字孪生的激光切割机协同调度方法研究"),
        At(500, "程远1 邵亮2"),
        "摘  要：" + _BODY,
        "关键词：5G；故障预测",
        f"引用格式：程远,邵亮.基于数字孪生的激光切割机协同调度方法研究[J].工业控制与网络,{cite.replace(' ', '')}.",
    ))
    assert got.values["date"] == year


def test_a_paper_whose_abstract_label_ocr_cut_in_two_stays_one_with_its_imprint():
    # A fax: 摘 | 要：… read as two boxes, the labels around damaged; the issue's 版权页
    # after it has the ISSN and CN.  The paper and its imprint are one document.
    article = page(
        At(120, "制造信息化研究                               2023年第9期"),
        Big("面向立体仓库的路径规划模型与实验验证"),
        At(500, "令狐诚，李庆，苏玉军"),
        Row((120, "摘"), (170, "要：" + _BODY)),
        "关键词：深度学习；边缘计算；工业网关",
        "1 分 类 ：TP218   文献标点：A",
        At(160, "引言"),
        _BODY, _BODY,
    )
    body = page(*[_BODY] * 8)
    assert one_document(article, body, _masthead())


# --------------------------------------------------------------------------- books

def _title_leaf() -> list[Line]:
    return page(
        None, None, None,
        Big("多源数据融合技术及其在伺服电机中的应用"),
        None, None,
        At(500, "上官阳  周瑞颖  编著"),
        None, None, None, None, None, None, None, None,
        At(540, "机电工业出版社"),
        At(600, "北京"),
    )


def _cip_page(words: str = "字  数：280 000") -> list[Line]:
    return page(
        "图书在版编目（CIP）数据",
        At(150, "多源数据融合技术及其在伺服电机中的应用/上官阳，周瑞颖编著.—北京："),
        "机电工业出版社，2020.6",
        At(140, "ISBN 978-7-222-53165-9"),
        At(140, "Ⅰ.①多源数… Ⅱ.①上官阳… Ⅲ.①工业自动化 Ⅳ.①TP279"),
        At(140, "中国版本图书馆CIP数据核字（2020）第71373号"),
        None,
        "出版发行：机电工业出版社",
        "经    销：全国新华书店",
        "开    本：185mm×260mm 1/16  印张：16.67",
        words,
        "版    次：2020年6月第1版 2020年6月第1次印刷",
        "书    号：ISBN 978-7-222-53165-9",
        "定    价：52.00元",
    )


def test_a_title_leaf_before_the_cip_page_is_one_book():
    assert one_document(_title_leaf(), _cip_page())


def test_a_title_leaf_leans_to_a_book():
    verdict = classify(doc(_title_leaf()))
    assert verdict.scores["book"] == max(verdict.scores.values())


def test_a_book_from_its_title_leaf_and_cip_page():
    got = extract("book", _title_leaf(), _cip_page())
    assert got.values["title"] == "多源数据融合技术及其在伺服电机中的应用"
    assert got.values["authors"] == ["上官阳", "周瑞颖"]
    assert got.values["isbn"] == "9787222531659"
    assert got.values["publisher"] == "机电工业出版社"
    assert str(got.values["date"]) == "2020-06"
    assert got.values["words_wan"] == 28


@pytest.mark.parametrize("line,wan", [
    ("字  数：280 000", 28), ("字数：362 000", 36.2), ("字    数  362000", 36.2), ("字数：362千字", 36.2),
    ("字数：36.2万字", 36.2), ("字数：1 362 000", 136.2),
    ("开  本：185mm×260mm 1/16  印张：16.67  字数：280 000", 28),
])
def test_a_word_count_printed_as_a_bare_number_counts_characters(line, wan):
    got = extract("book", _cip_page(line))
    assert got.values["words_wan"] == pytest.approx(wan)


@pytest.mark.parametrize("line", ["字数：2023", "字数：16.67", "字数：280"])
def test_a_bare_small_number_after_the_label_is_no_word_count(line):
    got = extract("book", _cip_page(line))
    assert "words_wan" not in got.values


def test_a_colophon_table_without_cip():
    got = extract("book", page(
        Big("版 本 记 录"),
        "书    名  多源数据融合技术及其在装配生产线中的应用",
        "著    者  公孙红 方嘉川 冯飞林 著",
        "出版发行  机电工业出版社（北京市星光大道193号）",
        "印    刷  北京渝智印刷有限公司",
        "开    本  787mm×1092mm 1/16",
        "印    张  31.96",
        "字    数  537千字",
        "版    次  2023年7月第1版",
        "印    次  2023年9月第1次印刷",
        "书    号  ISBN 978-7-996444-79-7",
        "定    价  47.00元",
        "版权所有  侵权必究",
    ))
    assert got.values["title"] == "多源数据融合技术及其在装配生产线中的应用"
    assert got.values["authors"] == ["公孙红", "方嘉川", "冯飞林"]
    assert got.values["publisher"] == "机电工业出版社"
    assert str(got.values["date"]) == "2023-07"
    assert got.values["words_wan"] == pytest.approx(53.7)


# --------------------------------------------------------------------------- reports

def _cover(*title_rows, unit="编制单位：重庆恒控自动化技术股份有限公司", date="2024年12月") -> list[Line]:
    return page(At(120, "项目编号：YJ-2024-29"), None, None, None, None, None, *title_rows,
                None, None, None, None, None, None, None, None, None, At(400, unit), At(520, date))


def _sign_off_sheet() -> list[Line]:
    return page(
        Big("编制人员"),
        Row((200, "批  准："), (420, "司马哲宁")),
        Row((200, "审  核："), (420, "王蓉云")),
        Row((200, "校  核："), (420, "孙东")),
        None,
        "主要编制人员：",
        Row((120, "序号"), (260, "姓名"), (460, "职称"), (700, "承担工作"), (950, "签名")),
        Row((130, "1"), (260, "叶天"), (460, "高级工程师"), (700, "试验验证")),
        Row((130, "2"), (260, "上官平"), (460, "正高级工程师"), (700, "试验验证")),
        Row((130, "3"), (260, "司马家"), (460, "助理工程师"), (700, "总体方案设计")),
        Row((130, "4"), (260, "梁华立"), (460, "助理工程师"), (700, "数据采集与分析")),
        Row((130, "5"), (260, "欧阳诚博"), (460, "正高级工程师"), (700, "硬件集成")),
    )


def test_a_sign_off_sheet_gives_the_table_of_writers_not_the_approvers():
    got = extract("technical_report", _cover(Big("瀚川智能工厂升级改造项目可行性研究报告")), _sign_off_sheet())
    assert got.values["authors"] == ["叶天", "上官平", "司马家", "梁华立", "欧阳诚博"]
    assert got.values["report_kind"] == "feasibility"
    assert str(got.values["date"]) == "2024-12"


def test_a_cover_title_wrapped_before_its_last_character_is_still_a_report():
    pages = (_cover(Big("瀚川智能工厂升级改造项目可行性研究报"), Big("告")), _sign_off_sheet())
    assert classify(doc(*pages)).doc_type == "technical_report"
    assert one_document(*pages)
    got = extract("technical_report", *pages)
    assert got.values["title"] == "瀚川智能工厂升级改造项目可行性研究报告"
    assert got.values["report_kind"] == "feasibility"


def _plan_cover(*title_rows) -> list[Line]:
    return page(None, None, None, None, None, None, *title_rows, None, None, None, None, None, None, None,
                None, None, None, At(460, "重庆市渝北区人民政府"), At(520, "二〇一八年三月"))


def _plan_staff() -> list[Line]:
    return page(
        None, None, None,
        Row((180, "编制单位："), (360, "重庆智能制造职业学院")),
        At(180, "项目负责人：薛海"),
        Row((180, "主要编制人员："), (380, "王俊萍、冯丽、白文健、沈婷英、欧阳峰、薛波超、彭秀思、")),
        At(380, "孙宏斌"),
    )


def test_a_plans_leader_then_its_compilers():
    got = extract("technical_report", _plan_cover(Big("重庆市渝北区数字经济与智能制造发展规划"),
                                                  Big("（2018—2023年）")), _plan_staff())
    assert got.values["authors"] == ["薛海", "王俊萍", "冯丽", "白文健", "沈婷英", "欧阳峰", "薛波超", "彭秀思", "孙宏斌"]
    assert got.values["report_kind"] == "plan"
    assert str(got.values["date"]) == "2018-03"


def test_a_plan_title_wrapped_inside_its_kind_is_still_a_report():
    pages = (_plan_cover(Big("重庆市渝北区数字经济与智能制造发展规"), Big("划（2018—2023年）")), _plan_staff())
    assert classify(doc(*pages)).doc_type == "technical_report"
    assert one_document(*pages)
    got = extract("technical_report", *pages)
    assert got.values["report_kind"] == "plan"
    assert got.values["title"] == "重庆市渝北区数字经济与智能制造发展规划（2018—2023年）"


def _white_paper_cover() -> list[Line]:
    return page(None, None, None, None, None, None, Big("川渝智能制造应用白皮书（2023年）"),
                None, None, None, None, None, None, None, None, None, None, None, None, None, None,
                At(400, "指导单位：重庆市经济和信息化委员会"), At(450, "发布单位：渝东科技大学"), At(520, "2023年7月"))


def test_a_white_papers_writing_group_not_its_board():
    got = extract("technical_report", _white_paper_cover(), page(
        Big("编委会"),
        Row((200, "主  任："), (400, "贺雨桂")),
        Row((200, "副主任："), (400, "梁强亮"), (560, "公孙萍")),
        Row((200, "委  员："), (400, "苏洋鑫")),
        None, None,
        Big("编写组"),
        At(520, "（排名不分先后）"),
        Row((200, "白梅旭"), (340, "吕昊"), (460, "曾泽宁"), (600, "上官超薇")),
        None,
        At(200, "编写单位：渝东科技大学"),
    ))
    assert got.values["authors"] == ["白梅旭", "吕昊", "曾泽宁", "上官超薇"]
    assert got.values["report_kind"] == "white_paper"
    assert str(got.values["date"]) == "2023-07"


def test_a_white_papers_board_alone_is_not_read_as_its_writing_group():
    got = extract("technical_report", _white_paper_cover(), page(
        Big("编委会"),
        Row((200, "主  任："), (400, "贺雨桂")),
        Row((200, "副主任："), (400, "梁强亮"), (560, "公孙萍")),
        Row((200, "委  员："), (400, "苏洋鑫")),
    ))
    assert "贺雨桂" not in (got.values.get("authors") or [])


# --------------------------------------------------------------------------- software

def _software(date: str, number: str = "2020SR1101489") -> list[Line]:
    return page(
        Big("计算机软件著作权登记证书"),
        "证书号：软著登字第1207149号",
        "软件名称：知识图谱的激光切割机在线监测软件",
        "版本号：V3.8",
        "著作权人：重庆天策数字科技有限公司",
        "开发完成日期：2020-02-18",
        "首次发表日期：未发表",
        "权利取得方式：原始取得",
        "权利范围：全部权利",
        f"登记号：{number}",
        "根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定，经中国版",
        "权保护中心审核，对以上事项予以登记。",
        None, None, None,
        At(700, date),
    )


def test_a_software_certificate_dated_in_its_registration_year():
    got = extract("software_copyright", _software("2020年08月07日"))
    assert str(got.values["date"]) == "2020-08-07"


def test_a_certificate_date_ocr_damaged_into_another_year_is_left_out():
    got = extract("software_copyright", _software("2023年08月0"))
    assert "date" not in got.values
    assert got.values["registration_number"] == "2020SR1101489"


def test_the_development_date_is_never_the_certificates():
    got = extract("software_copyright", _software("▇▇▇▇▇▇"))
    assert str(got.values.get("date", "")) != "2020-02-18"


def test_a_board_of_editors_beside_a_writing_group_is_no_author():
    got = extract("technical_report", _white_paper_cover(), page(
        Big("编委会"),
        Row((200, "主  编："), (400, "贺雨桂")),
        Row((200, "副主编："), (400, "梁强亮"), (560, "公孙萍")),
        Row((200, "编  委："), (400, "苏洋鑫")),
        None, None,
        Big("编写组"),
        Row((200, "组  长："), (400, "白梅旭")),
        Row((200, "成  员："), (400, "吕昊"), (560, "曾泽宁"), (720, "上官超薇")),
    ))
    assert got.values["authors"] == ["白梅旭", "吕昊", "曾泽宁", "上官超薇"]


def test_a_board_of_editors_alone_wrote_the_white_paper():
    got = extract("technical_report", _white_paper_cover(), page(
        Big("编委会"),
        Row((200, "主  编："), (400, "贺雨桂")),
        Row((200, "副主编："), (400, "梁强亮"), (560, "公孙萍")),
        Row((200, "编  委："), (400, "苏洋鑫")),
    ))
    assert got.values["authors"] == ["贺雨桂", "梁强亮", "公孙萍", "苏洋鑫"]


def test_a_publishers_acceptance_notice_is_no_book():
    verdict = classify(doc(page(
        Big("用稿通知"),
        "张伟同志：",
        "您编著的《工业互联网技术与应用》一书已经我社审定，同意出版，预计于2023年6月出版发行。",
        "机电工业出版社",
        "2022年10月8日",
    )))
    assert verdict.doc_type != "book"


def test_a_publishing_contract_is_no_book():
    verdict = classify(doc(page(
        Big("图书出版合同"),
        "甲方（著作权人）：张伟",
        "乙方（出版者）：机电工业出版社",
        "作品名称：工业互联网技术与应用",
        "二、作品字数约35万字，乙方应于2023年6月前出版发行。",
        "乙方：机电工业出版社（盖章）",
    )))
    assert verdict.doc_type != "book"


@pytest.mark.parametrize("cells,wan", [
    (((120, "字"), (260, "数：287000")), 28.7), (((120, "字数"), (260, "287 000")), 28.7),
    (((120, "字"), (260, "数：49 1000字")), 49.1),
])
def test_a_word_count_whose_label_ocr_boxed_apart(cells, wan):
    got = extract("book", page(
        "图书在版编目（CIP）数据",
        At(150, "智能制造系统自适应控制教程/司马俊琳，赵阳彬，潘春杰著.—武汉：华中智造出版社，2021.12"),
        At(140, "ISBN 978-7-6575-3038-8"),
        Row(*cells),
        "版    次：2021年12月第1版",
    ))
    assert got.values["words_wan"] == pytest.approx(wan)
