"""Layouts the thirteenth outside set showed the reader did not know, typed anew here in other
words and names: a letter titled 关于推荐…的函, a peer expert's 评议意见表 and what its ticked
conclusion means, a 科技查新报告 (an agency's search, no report of the applicant's), a
supplement's journal name, and an unannounced 附件 about what the document before it approves."""

from __future__ import annotations

from extractor.model import Line, Page, ReadResult
from rules.case import Applicant
from rules.vocabulary import Education, Title as Rank
from tests.typed_certificates import Title, cells, fields_of, read
from zhicheng.audit import audit

LETTER = (Title("关于推荐欧阳晓东同志申报高级工程师资格的函"),
          "福建省人力资源和社会保障厅：",
          "本人在港口机械技术领域从事研究和工程应用工作多年，与该同志在多个项目中合作共事，",
          "对其专业能力和工作业绩比较了解，现将有关情况函告如下：",
          "一、该同志长期在生产一线从事机械电子工程技术工作，能够独立解决复杂技术问题。",
          "本人认为，该同志已具备高级工程师的水平和能力，特予推荐。",
          ("推荐人：上官明远", 900), ("专业技术资格：正高级工程师", 900), ("工作单位：某某大学", 900),
          ("二〇一九年九月三十日", 900))


def test_a_letter_titled_guanyu_tuijian_de_han_is_a_letter_for_the_one_it_names():
    doc = read(*LETTER)
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields["candidate"] == "欧阳晓东"
    assert doc.fields["recommender"] == "上官明远"
    assert doc.fields["recommender_title"] == "professorate_senior_engineer"
    assert not [i for i in doc.issues if i["code"].startswith("recommendation_")]


def _peer_form(conclusion: str):
    return (Title("同行专家评议意见表"),
            *cells(("申报人姓名", "司马文杰"), ("申报资格", "正高级工程师"), ("工作单位", "重庆某某精密制造有限公司")),
            "评议意见（对申报人的专业水平、能力和业绩作出评价）：",
            "申报人在焊接线故障溯源方面做了大量工作，技术方案合理，现场应用效果良好。",
            ("评议结论：" + conclusion, 180),
            *cells(("评议专家", "皇甫立新"), ("专业技术资格", "正高级工程师"), ("工作单位", "某某研究院")),
            ("评议日期：2021年12月06日", 900))


def _counted(doc) -> int:
    applicant = Applicant(name="司马文杰", education=Education.BACHELOR, current_title=Rank.SENIOR_ENGINEER,
                          target_title=Rank.PROFESSORATE_SENIOR_ENGINEER)
    return audit([doc], [], applicant, lambda *_: False).recommenders


def test_a_peer_experts_opinion_form_is_his_recommendation_when_he_agrees():
    doc = read(*_peer_form("☑同意推荐  □不同意推荐"), name="司马文杰")
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields["candidate"] == "司马文杰" and doc.fields["recommender"] == "皇甫立新"
    assert _counted(doc) == 1


def test_a_peer_form_that_declines_or_whose_tick_is_unread_is_never_counted():
    declined = read(*_peer_form("□同意推荐  ☑不同意推荐"), name="司马文杰")
    assert declined.doc_type == "recommendation_letter"
    assert "recommendation_declined" in [i["code"] for i in declined.issues]
    assert _counted(declined) == 0
    unread = read(*_peer_form("□同意推荐  □不同意推荐"), name="司马文杰")
    assert "recommendation_unclear" in [i["code"] for i in unread.issues]
    assert _counted(unread) == 0


def test_a_novelty_search_report_is_no_report_of_the_applicants():
    doc = read(("报告编号：20193626", 1100), Title("科技查新报告"),
               *cells(("查新项目名称", "港口起重机能效评估技术及产业化"), ("委 托 人", "重庆某某数控科技有限公司"),
                      ("委托日期", "2019年1月19日"), ("查新机构", "福建省科学技术信息研究所")),
               "查新结论：", "检索范围：中国学术期刊全文数据库（1994—）、中国专利数据库（1985—）。",
               "查新点：港口起重机能效评估技术中采用的状态评估与控制方法。",
               "经检索并对密切相关文献进行分析，国内外未见与本项目查新点相同的文献报道。",
               ("查新员：薛海敏", 900))
    assert doc.doc_type == "unknown"


def test_a_supplements_journal_is_the_journal():
    fields = fields_of("journal_paper", ("闽江机电工程  第38卷增刊2", 180), ("2022年12月", 1200),
                       Title("基于数字孪生的注塑模具质量追溯方法研究"), ("欧阳立 冉冬", 700),
                       "摘要：提出了一种质量追溯方法。", "关键词：数字孪生；质量追溯",
                       ("ISSN 1440-0162  CN 21-1203/TP", 180))
    assert fields.get("journal") in (None, "闽江机电工程")  # never with 增刊 glued on
    fields = fields_of("journal_paper", Title("基于数字孪生的注塑模具质量追溯方法研究"), ("欧阳立 冉冬", 700),
                       "摘要：提出了一种质量追溯方法。", "关键词：数字孪生；质量追溯",
                       "引用格式：欧阳立,冉冬.基于数字孪生的注塑模具质量追溯方法研究[J].闽江机电工程增刊,2022,38(S2):1-5.")
    assert fields["journal"] == "闽江机电工程"


def _pages(*pages: list[tuple[str, float, float, float]]) -> ReadResult:
    made = [Page(n, 1693, 2365, "ocr", [Line(t, (x, y, x + s * len(t), y + s)) for t, x, y, s in lines])
            for n, lines in enumerate(pages, 1)]
    return ReadResult("binder.pdf", "0" * 64, pages=made, page_count=len(made))


def test_an_unannounced_annex_about_what_the_document_approves_stays_with_it():
    from zhicheng.binder import split
    from zhicheng.documents import document_from

    reply = [("厦门市科学技术局", 586, 225, 73), ("厦科函〔2023〕114号", 671, 353, 43),
             ("关于同意组建厦门市港口起重机健康管理工程技术研究中心的批复", 238, 491, 50),
             ("厦门某某智能系统有限公司：", 191, 590, 42),
             ("你单位《关于申请组建该中心的请示》收悉。经专家论证和局务会研究，同意依托你单位组建该中心。", 253, 674, 40),
             ("厦门市科学技术局", 1084, 1104, 53), ("2023年7月1日", 1100, 1193, 40)]
    annex = [("附件", 183, 163, 50), ("厦门市港口起重机健康管理工程技术研究中心建设任务（摘要）", 335, 257, 50),
             ("一、建设期：2023年7月1日至2025年12月31日。", 253, 367, 45),
             ("二、建设目标：围绕港口起重机健康管理等方向开展关键技术研究和工程化验证。", 250, 445, 43),
             ("三、建设经费：总投入1521万元，其中依托单位自筹不低于80%。", 249, 579, 48)]
    letter = [(t, 300, 200 + 80 * i, 40) for i, t in enumerate([
        "关于推荐欧阳晓东同志申报高级工程师资格的函", "福建省人力资源和社会保障厅：",
        "本人与该同志共事多年，现将有关情况函告如下：该同志已具备高级工程师的水平和能力，特予推荐。",
        "推荐人：上官明远", "专业技术资格：正高级工程师"])]
    result = _pages(reply, annex, letter)
    docs = split(result, lambda span: document_from(result, None, span))
    assert [(d.page_range, d.doc_type) for d in docs] == [((1, 2), "official_recognition"),
                                                         ((3, 3), "recommendation_letter")]


def _page(lines: list[tuple[str, float, float, float, float]]):
    """A page of ``(text, x0, y0, x1, y1)``."""
    from extractor.text import DocText

    made = [Line(t, (x0, y0, x1, y1), 0.95) for t, x0, y0, x1, y1 in lines]
    return DocText(ReadResult("p.png", "0" * 64, pages=[Page(1, 2361, 1685, "ocr", made)], page_count=1))


def test_a_white_paper_spread_with_a_watermark_read_aslant():
    from extractor.doctypes import doctype

    text = _page([("编写说明", 1646, 180, 1806, 240),
                  ("为总结福建省相关企业数字化转型的经验，某某产业技术创新联盟组织编写了本白皮书。", 1342, 322, 2300, 361),
                  ("福建港口起重机数字化转型白皮书", 192, 496, 1122, 558), ("（2015年）", 500, 575, 780, 631),
                  ("本白皮书由谢芳一牵头，司马泽新、闫琳、汤文林参与编写。", 1342, 576, 2300, 615),
                  ("又供职校廣誤練报使用", 215, 321, 1032, 1138),  # the watermark, aslant, as OCR garbled it
                  ("福建省智能制造产业技术创新联盟", 347, 1333, 1037, 1379), ("二〇一五年二月", 477, 1415, 757, 1455)])
    fields = doctype("technical_report").extract(text).values
    assert fields["title"] == "福建港口起重机数字化转型白皮书（2015年）"
    assert fields["authors"] == ["谢芳一", "司马泽新", "闫琳", "汤文林"]


def test_a_technical_summarys_cover_is_titled_by_the_name_over_its_kind():
    from extractor.doctypes import doctype

    text = _page([("密级：内部", 1700, 100, 1900, 140), ("船舶焊接线协同控制成套技术开发与示范", 400, 700, 1900, 770),
                  ("技术总结报告", 800, 1100, 1400, 1190), ("编写单位：大连某某智能系统有限公司", 700, 2000, 1700, 2050)])
    fields = doctype("technical_report").extract(text).values
    assert fields["title"] == "船舶焊接线协同控制成套技术开发与示范"  # by its name alone, as the POLICY of the wordings says


def test_an_income_ledger_page_gives_the_years_revenue_to_date():
    from extractor.doctypes import doctype

    rows = [("明细分类账", 1049, 139, 1280, 188), ("核算单位:重庆某某自动化科技有限责任公司", 146, 231, 900, 263),
            ("科目:6001主营业务收入", 1040, 230, 1400, 266), ("期间:2022.10-2022.12", 1940, 230, 2250, 263),
            ("日期", 216, 297, 300, 341), ("摘要", 814, 298, 900, 341), ("借方", 1278, 296, 1370, 344),
            ("贷方", 1593, 296, 1690, 344), ("余额", 2035, 297, 2125, 343)]
    y = 356
    for day, what, credit, balance in [("2022-11-30", "本年累计", "41,751,900.00", "41,751,900.00"),
                                       ("2022-12-05", "确认收入-某某数控科技", "2,376,000.00", "44,127,900.00"),
                                       ("2022-12-31", "本月合计", "2,376,000.00", "44,127,900.00"),
                                       ("2022-12-31", "本年累计", "44,127,900.00", "44,127,900.00")]:
        rows += [(day, 184, y, 360, y + 38), (what, 700, y, 1100, y + 38), (credit, 1545, y, 1760, y + 38),
                 ("贷", 1828, y, 1870, y + 38), (balance, 1986, y, 2200, y + 38)]
        y += 57
    text = _page(rows)
    fields = doctype("revenue_proof").extract(text).values
    assert fields["amount_wan"] == 4412.79
    assert str(fields["date"]) == "2022-12-31"
    assert fields["parties"] == ["重庆某某自动化科技有限责任公司"]


def test_a_proof_of_new_sales_gives_the_new_sales_total_not_a_years_whole_sales():
    fields = fields_of("revenue_proof", Title("新增销售额证明"),
                       "我公司自2015年起实施某项目，经公司财务部门核算，2015—2017年销售收入及新增销售额情况如下：",
                       [("年度", 400), ("销售收入（万元）", 720), ("较上年新增（万元）", 1120)],
                       [("2014年（基准年）", 320), ("19182.74", 780)],
                       [("2015年", 400), ("19212.25", 780), ("29.51", 1220)],
                       [("2016年", 400), ("19412.94", 780), ("200.69", 1210)],
                       [("合", 390), ("计", 470), ("230.20", 1210)],
                       "特此证明。", ("2018年7月18日", 1080))
    assert fields["amount_wan"] == 230.2


def test_a_project_set_apart_by_spaces_in_an_awards_sentence():
    fields = fields_of("award_certificate", Title("荣誉证书"), "吕桂同志：",
                       "您参与完成的  高原环境船舶焊接线故障溯源技术及产业化  项目荣",
                       "获二〇一六年度某某学会科学技术奖三等奖，排名第二。特发此证。", ("某某学会", 900))
    assert fields["project_title"] == "高原环境船舶焊接线故障溯源技术及产业化"


def test_a_diplomas_holder_when_ocr_damaged_xingbie():
    fields = fields_of("degree_certificate", Title("毕业证书"),
                       "学生慕容桂欣，注别女，1996年6月11日生，于2016年9月至",
                       "2019年7月在本校机械电子工程专业三年制专科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
                       ("校  名：某某智能制造学院", 360), ("2019.07.20", 750))
    assert fields["holder"] == "慕容桂欣"


def test_a_query_result_read_from_a_text_layers_header_row():
    fields = fields_of("title_certificate", "辽宁省人力资源和社会保障厅 专业技术人员职称证书查询",
                       "查询结果：共1条",
                       "姓名 性别 工作单位 专业 资格名称 资格级别 取得资格时间 证书编号",
                       "余彬斌 男 沈阳某某测控技术有限公司 电气工程及其自动化 高级工程师 高级 2024.11.25 辽202429906286")
    assert fields["holder"] == "余彬斌"
    assert fields["title"] == "senior_engineer"
    assert str(fields["date"]) == "2024-11-25"


def test_an_e_certificates_glued_labels_with_a_title_and_a_unit_wrapped():
    fields = fields_of("patent_certificate", Title("发明专利证书"), "证书号第7956002号",
                       "发明名称一种基于知识图谱的茶叶加工线健康管理方法、装置、电子设备及计",
                       "算机可读存储介质",
                       "发明人雷建刚、邵昊俊、慕容嘉",
                       "专利号ZL202210678033.6", "专利申请日2022年12月07日",
                       "专利权人鞍山某某精密制造有限责任公司、重庆某某自动化科技有限公司、闽",
                       "江智能制造学院",
                       "授权公告日2024年02月06日")
    assert fields["title"] == "一种基于知识图谱的茶叶加工线健康管理方法、装置、电子设备及计算机可读存储介质"
    assert fields["patentees"] == ["鞍山某某精密制造有限责任公司", "重庆某某自动化科技有限公司", "闽江智能制造学院"]


def test_a_software_filing_receipt_is_no_registration():
    doc = read(("中国版权保护中心", 530), Title("计算机软件著作权登记申请受理通知书"), ("流水号：2019R11L7091652", 880),
               "重庆某某工业互联网科技有限责任公司：",
               "你（单位）于2019年7月9日提交的计算机软件著作权登记申请（软件名称：某某管理系统 版本号：V5.0）已收到。",
               "经审查，申请材料齐全，符合受理条件，予以受理。", "本通知书不作为著作权登记的证明文件。",
               ("2019年7月24日", 820))
    assert doc.doc_type == "unknown"


def test_an_institutions_employment_contract_is_no_revenue():
    doc = read(Title("聘用合同"), ("编号：PY2021-104", 830), "甲方（聘用单位）：某某工业互联网研究院",
               "乙方（受聘人员）：皇甫婷娟", "第一条 合同期限：自2021年8月1日起至2026年7月31日止。",
               "第二条 聘用岗位：甲方聘用乙方在高级工程师岗位工作。",
               "第四条 甲方按国家和本单位有关规定支付乙方工资，并缴纳社会保险。")
    assert doc.doc_type == "unknown"
