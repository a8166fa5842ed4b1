"""Layouts the fifteenth outside set showed the reader did not know, typed anew here in other
words and names: the patent office's notice to register (no certificate), a register's
search screen, a drafters' table with a 职称 column, a journal's call for papers after the
paper, member tables with their captions letter-spaced and their units first, a white
paper's credits column beside its preface, a revenue table of products by year, a
government's award decision set in two columns, recognitions whose issuer is under the seal,
a diploma whose year lost a numeral to the seal, and a company's own acceptance."""

from __future__ import annotations

from extractor.model import Page, ReadResult
from tests.typed_certificates import HEIGHT, LEFT, WIDTH, Title, fields_of, page, read
from zhicheng import binder
from zhicheng.documents import document_from


def _split(*pages, name=None):
    result = ReadResult("bound.pdf", "0" * 64, page_count=len(pages),
                        pages=[Page(n, WIDTH, HEIGHT, "ocr", page(*rows)) for n, rows in enumerate(pages, 1)])
    return [(d.page_range, d.doc_type, d.fields)
            for d in binder.split(result, lambda s: document_from(result, name, s))]


def test_the_patent_offices_notice_to_register_is_no_certificate_nor_recognition():
    """A 办理登记手续通知书 prints the application's number, title, applicant and date and says
    the office decided to grant (作出授予专利权的决定): the patent is yet to be granted, and the
    notice is neither its certificate nor a recognition."""
    doc = read(("中华人民共和国国家知识产权局", 200), ("发文日：2020年8月4日", 1100), Title("办理登记手续通知书"),
               [("申请号或专利号", LEFT), ("202010356712.4", 600)], [("发明创造名称", LEFT), ("一种注塑机能耗监测方法", 600)],
               [("申请人", LEFT), ("重庆渝西精工机械有限公司", 600)], [("申请日", LEFT), ("2020年4月27日", 600)],
               "1.根据专利法第三十九条及实施细则第五十四条的规定，上述专利申请经实质审查，没有发现驳回理由，",
               "作出授予专利权的决定。", "2.申请人应当于收到本通知之日起2个月内缴纳费用，办理登记手续。",
               ("审查业务部", 1000))
    assert doc.doc_type == "unknown"


def test_a_register_search_screen_names_the_patent_by_its_cn_application_number():
    doc = read(("国家知识产权局 专利检索及分析", 200), "检索结果 > 详览 > 著录项目",
               "申请号：CN202020416375.7", "申请日：2020.04.02", "专利类型：实用新型", "公开号：CN211123456U",
               "授权公告日：2020.11.17", "发明名称：一种焊装夹具快换定位装置",
               "申请(专利权)人：重庆渝西精工机械有限公司;重庆工程职业技术学院", "发明人：欧阳晓东;李娟;令狐斌",
               "法律状态：授权")
    assert doc.doc_type == "patent_certificate"
    assert (doc.fields["patent_number"], doc.fields["patent_type"]) == ("ZL202020416375.7", "utility_model")
    assert doc.fields["patentees"] == ["重庆渝西精工机械有限公司", "重庆工程职业技术学院"]  # not the 申请号
    assert doc.fields["inventors"] == ["欧阳晓东", "李娟", "令狐斌"]


def _drafter_rows(*names):
    rows = [[("序号", LEFT), ("起草单位", 420), ("起草人", 900), ("职称", 1200)]]
    units = ("重庆渝西精工机械有限公司", "重庆工程职业技术学院")
    for n, name in enumerate(names, 1):
        rows.append([(str(n), LEFT + 10), (units[n % 2], 360)] + ([(name, 900)] if name else []) + [("高级工程师", 1160)])
    return rows


def test_a_drafters_tables_next_caption_is_no_drafter_and_a_lost_row_withholds_the_list():
    foreword = (Title("前  言"), "本标准按照GB/T 1.1—2009给出的规则起草。", "本标准起草单位和主要起草人见下表。")
    fields = fields_of("standard", *foreword, *_drafter_rows("程立新", "上官雯", "谭晓军", "司马坤"))
    assert fields["drafters"] == ["程立新", "上官雯", "谭晓军", "司马坤"]
    # the last row's name under a copy stamp: 3 of 4 would give ranks no table proves
    fields = fields_of("standard", *foreword, *_drafter_rows("程立新", "上官雯", "谭晓军", None))
    assert "drafters" not in fields


def test_a_journals_call_for_papers_after_the_paper_is_the_issues_page():
    """A paper's first page, then the issue's 征稿简则 (来稿须附摘要和关键词, the journal's ISSN and
    CN under it): the call is no second paper, and the paper's journal numbers are read on it."""
    paper = (("第12卷第4期  巴渝制造技术  2018年8月", 300), Title("注塑车间能耗在线预测方法研究"),
             ("韦丽娟  欧阳晨  邓波", 520), "摘  要：针对注塑车间能耗难以实时掌握的问题，构建了在线预测模型。",
             "关键词：注塑；能耗；预测", "中图分类号：TP391  文献标志码：A", "0 引言", "注塑是能耗较高的工序之一。")
    call = (Title("《巴渝制造技术》征稿简则"), "一、本刊主要报道智能制造领域的新技术和新成果。",
            "二、来稿须附中英文题名、摘要和关键词，作者姓名、单位及邮政编码。", "三、请勿一稿多投。",
            "主管：重庆市科学技术协会", "国际标准连续出版物号：ISSN 1672-5514", "国内统一连续出版物号：CN 50-1176/TH")
    (span, doc_type, fields), = _split(paper, call)
    assert doc_type == "journal_paper"
    assert (fields["journal"], fields["issn"], fields["cn"]) == ("巴渝制造技术", "1672-5514", "50-1176/TH")
    assert fields["title"] == "注塑车间能耗在线预测方法研究"


def test_a_member_table_with_its_captions_spaced_and_its_units_first_is_read_whole():
    rows = ("单 位  姓 名  职 称  分 工",
            "重庆渝西精工机械有限公司  上官宁  高级工程师  总体设计",
            "重庆渝西精工机械有限公司  何 静  工程师  软件开发",  # a two-letter name printed with a space
            "重庆工程职业技术学院  诸葛亮平  副教授  算法研究")
    head = (("重庆市科学技术局", 620), Title("科技项目验收意见表"), "项目名称  注塑车间能耗管控系统研发",
            "项目负责人  欧阳东", "验收日期  2021年06月18日", "项目主要参与人")
    tail = ("验收意见：项目完成了任务书规定的内容，同意通过验收。", "☑通过验收  □不通过验收  □暂缓验收")
    fields = fields_of("project_acceptance", *head, *rows, *tail)
    assert fields["members"] == ["上官宁", "何静", "诸葛亮平"]
    # an unnumbered row whose name OCR lost (a cell to every caption): the list is withheld
    lost = rows[:2] + ("重庆渝西精工机械有限公司  ▇▇  工程师  软件开发",) + rows[3:]
    assert "members" not in fields_of("project_acceptance", *head, *lost, *tail)


def test_a_white_papers_credits_column_beside_its_preface_lists_every_writer():
    rows = [[(Title("编写说明"), LEFT)], [("本白皮书由重庆工业互联网协会组织编写，旨在", LEFT), ("顾  问", 1150)],
            [("总结区域内企业推进智能工厂建设的经验。", LEFT), ("张国强", 1180)],
            [("书中难免存在疏漏，欢迎批评指正。", LEFT), ("编写组组长：冉晓东", 1150)],
            [("由于时间仓促，编写组未能逐一走访。", LEFT), ("主要编写人员：", 1150)],
            [("白皮书的案例均经企业同意后收录。", LEFT), ("邓雪", 1180)],
            [("各章节分工见目录。", LEFT), ("欧阳立诚", 1180)], [("黎红梅", 1180)], [("公孙伟", 1180)]]
    fields = fields_of("technical_report", Title("重庆智能工厂建设白皮书"), *rows)
    assert fields["authors"] == ["冉晓东", "邓雪", "欧阳立诚", "黎红梅", "公孙伟"]


def test_a_revenue_table_of_products_by_year_gives_its_corner_total_and_its_period_end():
    rows = (Title("新产品销售收入明细表"), "编制单位：重庆渝西精工机械有限公司",
            "统计期间：2019年1月1日至2021年12月31日  单位：万元",
            "序号  产品名称  2019年度  2020年度  2021年度  合计",
            "1  注塑机节能改造套件  120.50  230.25  310.00  660.75",
            "2  焊装夹具快换系统  80.00  95.50  104.25  279.75",
            "合  计  200.50  325.75  414.25  940.50", "单位负责人：冉晓东  财务负责人：黎红梅")
    fields = fields_of("revenue_proof", *rows)
    assert fields["amount_wan"] == 940.50  # the corner, not a year's column nor a row's sum
    assert fields["date"] == "2021-12-31"
    wrong = rows[:6] + ("合  计  200.50  325.75  414.25  990.50",) + rows[7:]  # the years do not add up to it
    assert "amount_wan" not in fields_of("revenue_proof", *wrong)


def test_a_government_award_decision_in_two_columns_gives_the_applicants_entry():
    left, right = LEFT, 880
    doc = read(("重庆市人民政府公报", 200), Title("重庆市人民政府关于2018年度科学技术奖励的决定"),
               ("（2019年4月2日）", 700),
               "经评审委员会评审，市政府决定授予“注塑车间…”等项目2018年度重庆市科学技术进步奖。",
               [("一等奖（1项）", 400), ("二等奖（2项）", 1100)],
               [("1. 注塑车间能耗在线预测关键技术", left), ("1. 焊装夹具快换定位技术及应用", right)],
               [("主要完成人：冉晓东、黎红梅、邓雪", left), ("主要完成人：何静、上官宁、欧阳立诚、", right)],
               [("主要完成单位：重庆渝西精工机械有限公司", left), ("诸葛亮平", right)],
               [("主要完成单位：重庆工程职业技术学院", right)],
               [("2. 数控机床远程运维平台研发", right)], [("主要完成人：公孙伟、谭晓军", right)],
               name="诸葛亮平")
    assert doc.doc_type == "award_certificate"
    assert doc.fields["award_name"] == "重庆市科学技术进步奖"
    assert (doc.fields["project_title"], doc.fields["grade"]) == ("焊装夹具快换定位技术及应用", "二等奖")
    assert (doc.fields["holder"], doc.fields["rank"], doc.fields["applicant_rank"]) == ("诸葛亮平", 4, 4)


def test_a_recognitions_level_from_its_programmes_region_when_the_seal_hides_its_issuer():
    fields = fields_of("official_recognition", Title("证  书"), "重庆渝西精工机械有限公司：",
                       "经评审，你单位注塑车间被认定为2020年度重庆市数字化车间。特发此证。",
                       ("重庆市经", 1000), ("2020年11月", 1000))
    assert fields["level"] == "provincial"  # 重庆市, a municipality: 省级
    assert "issuer" not in fields
    notice = fields_of("official_recognition", Title("重庆市綦江区经济和信息化委文件"), ("綦江经信发〔2019〕12号", 620),
                       "关于公布2019年度重庆市綦江区数字化车间名单的通知", "各有关单位：",
                       "经企业申报、专家评审，认定以下企业的车间为数字化车间，现予公布。",
                       "1. 重庆渝西精工机械有限公司", "2. 重庆綦齿传动机械有限公司", ("2019年9月2日", 1000))
    assert (notice["issuer"], notice["level"]) == ("重庆市綦江区经济和信息化委员会", "municipal")


def test_a_diplomas_year_the_seal_cut_is_filled_from_the_end_of_study():
    doc = read(Title("毕 业 证 书"), "学生冉晓东，性别男，一九九八年三月生，于二〇一六年九月至二〇二〇年六月在本校",
               "机械设计制造及其自动化专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
               ("校（院）长：黎红梅", LEFT), ("二〇 〇年六月三十日", 1000), "证书编号：106111202005001234")
    assert doc.doc_type == "degree_certificate"
    assert doc.fields["date"] == "2020-06-30"
    # signed in another month than the study ended: no way of filling it is vouched for
    doc = read(Title("毕 业 证 书"), "学生冉晓东，性别男，于二〇一六年九月至二〇二〇年六月在本校本科学习，准予毕业。",
               ("二〇 〇年七月三日", 1000))
    assert "date" not in doc.fields


def test_an_acceptance_the_group_organised_itself_is_the_enterprises():
    fields = fields_of("project_acceptance", Title("科技项目验收证书"),
                       "兹证明：由重庆渝西精工机械有限公司承担的“注塑车间能耗管控系统研发”项目，经集团公司组织",
                       "专家验收，完成了任务书规定的各项指标，准予通过验收，特发此证。", "项目负责人：冉晓东",
                       ("重庆渝西控股集团有限公司", 900), ("二〇二一年六月", 1000))
    assert fields["level"] == "enterprise"
    assert fields["passed"] is True


def test_a_report_titles_tail_boxed_a_size_smaller_still_ends_the_title():
    from extractor.doctypes import doctype
    from extractor.model import Line
    from extractor.text import DocText

    lines = [Line("重庆渝西精工机械有限公司", (500, 300, 1000, 340), 0.96), Line("文件编号：JS-2012-007", (1150, 320, 1500, 356), 0.96),
             Line("注塑车间能耗在线预测关键技术研", (300, 700, 1380, 790), 0.96),  # the title, 90 high
             Line("究技术总结报告", (590, 800, 1090, 872), 0.96),  # its tail boxed 72 high, close under it
             Line("编  写：冉晓东、黎红梅", (620, 1300, 1100, 1350), 0.96), Line("审  核：邓雪", (620, 1380, 900, 1430), 0.96),
             Line("日  期：二〇一二年九月", (620, 1460, 1100, 1510), 0.96)]
    result = ReadResult("r.pdf", "0" * 64, page_count=1, pages=[Page(1, WIDTH, HEIGHT, "ocr", lines)])
    fields = doctype("technical_report").extract(DocText(result)).values
    assert fields["title"] == "注塑车间能耗在线预测关键技术研究技术总结报告"


def test_a_letters_sidebar_profile_names_the_recommender_and_his_title():
    side = 1100
    doc = read(Title("推 荐 信"), [("重庆市工程技术系列高级专业技术资格评审委员会：", LEFT), ("推荐人简况", side)],
               [("我推荐重庆渝西精工机械有限公司冉晓东同志申报高级工程师资格。", LEFT), ("姓 名", side)],
               [("该同志长期从事注塑车间的节能改造与运维管理工作。", LEFT), ("黎红梅", side)],
               [("本人认为该同志符合申报条件，特此推荐。", LEFT), ("专业技术资格", side)],
               [("此致", LEFT), ("正高级工程师", side)], ("推荐人：", 400), ("2021.03.08", 400))
    assert doc.doc_type == "recommendation_letter"
    assert (doc.fields["candidate"], doc.fields["recommender"], doc.fields["recommender_title"]) == (
        "冉晓东", "黎红梅", "professorate_senior_engineer")


def test_an_esigning_platforms_contract_is_dated_when_its_signing_was_completed():
    v = 560
    fields = fields_of("revenue_proof", ("云契电子签约平台", LEFT), "合同管理/合同详情",
                       [("合同名称：", LEFT), ("注塑车间节能改造技术服务合同", v)],
                       [("甲方：", LEFT), ("重庆綦齿传动机械有限公司", v)], [("乙方：", LEFT), ("重庆渝西精工机械有限公司", v)],
                       [("合同金额（元）：", LEFT), ("860,000.00", v)], [("签署状态：", LEFT), ("已完成", v)],
                       [("发起时间：", LEFT), ("2022-05-06 09:20:19", v)], [("完成时间：", LEFT), ("2022-05-09 15:22:34", v)])
    assert (fields["amount_wan"], fields["date"]) == (86.0, "2022-05-09")  # completed, not sent out


def test_a_papers_authors_stand_over_its_affiliations_when_its_title_was_lost():
    """A paper beginning mid-page whose title OCR boxed with a watermark and lost: its authors
    are still the names right over the numbered affiliations, and the applicant's place with them."""
    doc = read(("第23卷第2期  巴渝制造技术  2015年6月", 300), "参考文献：", "[1]蔡晓.注塑机能耗监测方法[J].巴渝制造技术,2011(2):19-23.",
               "文章编号：1672-5514(2015)02-0099-04", ("韦丽娟  欧阳晨  邓波", 520),
               ("（1. 重庆渝西精工机械有限公司；2. 重庆工程职业技术学院）", 360),
               "摘  要：针对注塑车间能耗难以实时掌握的问题，构建了在线预测模型。", "关键词：注塑；能耗；预测",
               "中图分类号：TP391  文献标志码：A", "0 引言", "注塑是能耗较高的工序之一。", name="欧阳晨")
    assert doc.doc_type == "journal_paper"
    assert "title" not in doc.fields
    assert (doc.fields["authors"], doc.fields["applicant_rank"]) == (["韦丽娟", "欧阳晨", "邓波"], 2)
