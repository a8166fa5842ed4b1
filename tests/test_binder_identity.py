"""合订本 of documents of one type: what identifies each (``DocType.identity``) decides whether two
neighbouring pieces are one document or two, and a page with another type's identifier is no
page of the document before it.  Typed pages (``typed_certificates.page``), in wordings of no
fixture set."""

from __future__ import annotations

from extractor.model import Page, ReadResult
from tests.typed_certificates import HEIGHT, LEFT, WIDTH, Title, page
from zhicheng.binder import split
from zhicheng.documents import document_from


def _split(*pages):
    result = ReadResult("bound.pdf", "0" * 64, page_count=len(pages),
                        pages=[Page(n, WIDTH, HEIGHT, "ocr", lines) for n, lines in enumerate(pages, 1)])
    docs = split(result, lambda span: document_from(result, None, span))
    return [(d.page_range, d.doc_type) for d in docs]


def _notice(year: int, number: int):
    return page(Title("重庆市经济和信息化委员会文件"), (f"渝经信发〔{year}〕{number}号", 700),
                Title(f"重庆市经济和信息化委员会关于公布{year}年数字化车间名单的通知"),
                "各区县经济信息委：", f"经企业申报、专家评审，认定重庆渝通精工机械有限公司注塑车间等{number // 10}个车间为{year}年重庆市数字化车间，现予以公布。",
                ("重庆市经济和信息化委员会", 900), (f"{year}年11月20日", 900))


def _annex(year: int):
    return page(("附件", LEFT), Title(f"{year}年重庆市数字化车间名单"), "序号 企业名称 车间名称 所在区县",
                "1 重庆渝通精工机械有限公司 注塑车间 九龙坡区", "2 重庆两江汽车零部件有限公司 冲压车间 渝北区")


def test_two_notices_of_one_office_bound_one_after_the_other_are_two_documents():
    assert _split(_notice(2022, 150), _annex(2022), _notice(2021, 192), _annex(2021)) == [
        ((1, 2), "official_recognition"), ((3, 4), "official_recognition")]


def test_a_notice_and_its_annex_stay_one_document():
    assert _split(_notice(2022, 150), _annex(2022)) == [(None, "official_recognition")]


def _patent(number: str):
    return page(Title("发明专利证书"), "发明名称：一种注塑机能耗在线监测装置", "发明人：司马立新；周晓燕",
                f"专利号：{number}", "专利申请日：2021年07月19日", "专利权人：重庆渝通精工机械有限公司",
                "授权公告日：2023年02月10日", ("局长 申长雨", 900))


def test_two_patent_certificates_are_two_and_a_certificate_with_its_gazette_page_is_one():
    gazette = page(Title("发明专利证书"), "（续页）", "专利号：ZL202110876542.5",
                   "本专利的专利权人、发明人以本证书首页所载为准。")
    assert _split(_patent("ZL202110876542.5"), _patent("ZL202110876541.0")) == [
        ((1, 1), "patent_certificate"), ((2, 2), "patent_certificate")]
    assert _split(_patent("ZL202110876542.5"), gazette) == [(None, "patent_certificate")]


def test_a_journal_cover_after_a_report_goes_with_the_paper_not_the_report():
    report = page(Title("注塑车间能耗优化技术报告"), ("重庆渝通精工机械有限公司", 700), ("编写：黄涛 周晓燕", LEFT),
                  ("二〇二三年五月", 700))
    body = page(("1 概述", LEFT), "本报告总结注塑车间能耗优化的技术路线与实施效果。", "2 技术方案",
                "以设备级电能计量为基础，建立能耗基线。")
    cover = page(Title("工业自动化与智能装备"), ("ISSN 1671-0568    CN 50-1165/TH", 600), ("2023年第3期（总第145期）", 600))
    paper = page(Title("面向离散制造的设备预测性维护方法"), ("令狐建国 欧阳丽", 700), "摘要：以振动与电流信号建立设备退化模型。",
                 "关键词：预测性维护；离散制造", "1 引言", "设备停机是离散制造的主要损失之一。")
    assert _split(report, body, cover, paper) == [((1, 2), "technical_report"), ((3, 4), "journal_paper")]


def test_what_identifies_a_type_is_among_its_fields():
    from extractor.doctypes import REGISTRY

    for key, declared in REGISTRY.items():
        assert set(declared.identity) <= set(declared.fields), key


def test_a_headed_page_that_only_leans_to_a_type_after_a_paper_is_a_document_of_its_own():
    paper = page(("机电工程前沿  2023年第3期", LEFT), Title("面向离散制造的设备预测性维护方法"), ("令狐建国 欧阳丽", 700),
                 "摘要：以振动与电流信号建立设备退化模型。", "关键词：预测性维护；离散制造",
                 "中图分类号：TP391  文献标识码：A  文章编号：1671-0568(2023)03-0012-06", "1 引言",
                 "设备停机是离散制造的主要损失之一。")
    signin = page(("“压铸岛数字化改造项目”验收会", 600), Title("签到表"),
                  "时间：2022年1月29日 上午9:30  地点：重庆市璧山区科园一路64号会议室",
                  "序号 姓名 单位 职称 签字", "1 钟立新 重庆大学 教授", "2 苏薇 重庆某科技有限公司 高级工程师")
    got = _split(paper, signin)
    assert got[0] == ((1, 1), "journal_paper") and got[1][0] == (2, 2)
