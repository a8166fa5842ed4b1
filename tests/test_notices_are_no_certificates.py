"""Notices and forms that name an award, a title or a paper without being its evidence (a
hostile probe, G, typed them; each typed again here in other words): a 公示 of the projects
proposed for a prize or of who passed a review, a journal's letter accepting a paper, a
prize's nomination form; and a patent prize's certificate, which is an award, not a patent."""

from __future__ import annotations

import pytest

from tests.typed_certificates import LEFT, Title, read

NOTICES = {
    "a prize's 公示 of proposed projects": (
        Title("关于2023年度重庆市科学技术奖拟奖项目的公示"),
        "经评审委员会评审，拟授予以下项目重庆市科学技术进步奖，现予公示。",
        [("序号", LEFT), ("项目名称", 300), ("主要完成人", 900), ("等级", 1300)],
        [("1", LEFT), ("山地城市轨道交通智能运维关键技术", 300), ("欧阳晓峰、李娜、王磊", 900), ("二等奖", 1300)],
        "公示期：2023年3月1日至2023年3月7日", "重庆市科学技术局", "2023年3月1日"),
    "a 公示 of who passed a title review": (
        Title("2023年度工程技术系列高级职称评审通过人员公示"),
        "经重庆市工程技术系列高级职称评审委员会评审，以下人员具备高级工程师资格，现予公示。",
        [("序号", LEFT), ("姓名", 300), ("工作单位", 600), ("评审通过资格", 1200)],
        [("1", LEFT), ("司徒建国", 300), ("重庆两江智控有限公司", 600), ("高级工程师", 1200)],
        "重庆市人力资源和社会保障局", "2023年12月25日"),
    "a journal's 录用通知": (
        Title("录用通知"), "司徒建国 同志：", "您的稿件《数控机床热误差补偿方法研究》经专家审稿，编辑部决定录用，拟刊于2024年第3期。",
        "《机械设计与制造》编辑部", "2023年11月2日"),
    "a prize's 推荐书": (
        Title("中国机械工业科学技术奖推荐书"), [("项目名称", LEFT), ("汽车动力总成悬置系统多目标优化设计方法", 400)],
        [("推荐单位", LEFT), ("重庆市机械工业协会", 400)], [("主要完成人", LEFT), ("黎明远、端木雪", 400)],
        [("技术职称", LEFT), ("正高级工程师", 400)], "推荐意见：同意推荐该项目申报一等奖。"),
}


@pytest.mark.parametrize("rows", NOTICES.values(), ids=list(NOTICES))
def test_a_notice_or_form_is_no_qualifying_document(rows):
    assert read(*rows, name="司徒建国").doc_type not in (
        "award_certificate", "title_certificate", "official_recognition", "recommendation_letter")


def test_a_patent_prizes_certificate_is_an_award():
    doc = read(Title("重庆市专利奖"), Title("获奖证书"), "专利名称：一种基于多传感器融合的数控机床热误差补偿方法",
               "专 利 号：ZL 2019 1 0234567.8", "专利权人：重庆机床(集团)有限责任公司", "发 明 人：王磊、蒲成林、谭晓梅",
               "获第四届重庆市专利奖优秀奖。", ("重庆市人民政府", 1000), ("2021年9月", 1000))
    assert doc.doc_type == "award_certificate"


def test_a_journal_issued_twice_a_month_is_named_without_its_half():
    from tests.typed_pages import doc, page
    from extractor.doctypes import doctype
    fields = doctype("journal_paper").extract(doc(page(
        "中国机械工程  2022年6月下半月  第33卷 第12期", "数控机床热误差补偿方法研究", "司徒建国1，李娜2",
        "摘要：本文提出了一种热误差补偿方法。", "关键词：数控机床；热误差", "中图分类号：TH161"))).values
    assert fields.get("journal") in (None, "中国机械工程")


def test_two_bodies_issuing_together_give_the_first_as_issuer():
    doc = read(Title("关于认定2023年重庆市智能工厂的通知"), "重庆市经济和信息化委员会  重庆市财政局", "经企业申报、专家评审，认定以下企业为2023年重庆市智能工厂。",
               "重庆两江智控有限公司", "2023年8月21日")
    assert doc.fields.get("issuer") in (None, "重庆市经济和信息化委员会")


def test_a_name_on_the_page_but_in_no_list_read_is_said_to_be_unplaced_not_absent():
    doc = read(Title("荣誉证书"), "司徒建国：", "在2021年度企业管理现代化创新工作中成绩突出，特发此证。", ("重庆市企业联合会", 1000),
               ("2022年3月", 1000), name="司徒建国")
    issues = [i for i in doc.issues if i["code"] == "name_not_found"]
    assert doc.fields.get("applicant_rank") is None or not issues
    assert all("材料中出现 司徒建国" in i["message"] for i in issues)
