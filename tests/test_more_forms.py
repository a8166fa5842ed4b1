"""Forms and wordings met in a burnt outside set (eighth, 2026-12-04), typed here in words of
their own: a bureau's reply accepting a project, a research topic's cover, a drafting proof of a
standard, a press's publication proof, a CNKI record, a tax return's 营业收入, a recommendation
form whose two halves stand side by side, holders stacked a name to a line, bilingual labels."""

from __future__ import annotations

import pytest

from tests.typed_certificates import LEFT, V, Title, cells, fields_of, read

R = 1000


def test_a_bureau_reply_accepting_a_project_is_the_acceptance():
    doc = read(
        Title("重庆市江北区科学技术局文件"),
        ("江北科发〔2023〕41号", 700),
        Title("关于智能仓储调度平台建设项目项目验收的批复"),
        "重庆渝新智造科技有限公司：",
        "你单位报来的《关于申请智能仓储调度平台建设项目验收的请示》收悉。经研究，现批复如下：",
        "一、同意该项目通过验收。",
        "二、项目负责人：彭立新；主要参加人员：吴雪、皇甫振华、邓凯。",
        ("重庆市江北区科学技术局", R),
        ("2023年9月18日", R),
        name="皇甫振华")
    assert doc.doc_type == "project_acceptance"
    f = doc.fields
    assert f["project_title"] == "智能仓储调度平台建设项目"
    assert f["level"] == "municipal"  # a district's bureau, never the municipality's
    assert f["passed"] is True and f["leader"] == "彭立新"
    assert f["members"] == ["吴雪", "皇甫振华", "邓凯"] and f["applicant_rank"] == 3


def test_a_research_topic_cover_sets_its_kind_in_the_middle_of_the_page():
    doc = read(
        ("四川省机械工程学会2019年度科研课题", 500),
        ("课题编号：SC2019-017", 1100),
        Title("焊接机器人路径规划关键问题研究"),
        Title("课 题 研 究 报 告"),
        "课题承担单位：成都蜀精智能装备有限公司",
        "课 题 组 长：罗志刚",
        "副 组 长：上官云",
        "课题组成员：蒋平、何晓东",
        "完 成 时 间：二〇一九年十二月",
        gap=4.0, name="何晓东")
    assert doc.doc_type == "technical_report"
    f = doc.fields
    assert f["report_kind"] == "research_topic"  # 路径规划 is the subject, no 规划 (plan)
    assert f["authors"] == ["罗志刚", "上官云", "蒋平", "何晓东"] and f["applicant_rank"] == 4
    assert f["date"] == "2019-12"


def test_a_drafting_proof_names_the_standard_its_day_and_its_drafters_in_a_table():
    f = fields_of(
        "standard",
        Title("证  明"),
        "兹证明，由重庆渝工装备有限公司等单位起草的团体标准《工业互联网平台 注塑",
        "机接入 技术要求》（T/CQIIA 021—2022）已于2022年6月15日由重庆市工业互联网协会批准发布，",
        "自2022年7月1日起实施。该标准主要起草人排序如下：",
        [("序号", LEFT), ("起草人", 420), ("工作单位", 760)],
        [("1", LEFT), ("江雪梅", 420), ("重庆渝工装备有限公司", 760)],
        [("2", LEFT), ("欧阳涛", 420), ("重庆渝工装备有限公司", 760)],
        [("3", LEFT), ("龚立", 420), ("重庆理工大学", 760)],
        "特此证明。",
        ("重庆市工业互联网协会", R),
        ("2023年3月2日", R))
    assert f["standard_number"] == "T/CQIIA 021-2022"
    assert f["title"] == "工业互联网平台 注塑机接入 技术要求"  # its spaces kept, the wrap's none
    assert f["publish_date"] == "2022-06-15" and f["implementation_date"] == "2022-07-01"
    assert f["drafters"] == ["江雪梅", "欧阳涛", "龚立"]


def test_a_foreword_lists_participating_drafters_after_the_main_ones():
    f = fields_of(
        "standard",
        ("GB/T 45012—2024", 1100),
        Title("数控机床远程运维 数据接口规范"),
        ("2024-05-28发布", LEFT), ("2024-12-01实施", 1100),
        Title("前  言"),
        "本文件起草单位：重庆渝工装备有限公司、重庆理工大学。",
        "本文件主要起草人：江雪梅、欧阳涛。",
        "本文件参加起草人：龚立、司马青。")
    assert f["drafters"] == ["江雪梅", "欧阳涛", "龚立", "司马青"]


def test_a_press_proof_names_the_authors_title_and_month_in_its_sentence():
    doc = read(
        Title("山城工业出版社"),
        Title("出版证明"),
        "兹证明，由冉晓东、诸葛岚编著的《工业机器人离线编程实践》（ISBN",
        "978-7-5624-9999-2）已于2021年8月由我社正式出版发行。全书共382",
        "千字。作者分工如下：",
        [("序号", LEFT), ("作者", 400), ("撰写章节", 700), ("字数（万字）", 1100)],
        [("1", LEFT), ("冉晓东", 400), ("第一章至第五章", 700), ("20.1", 1100)],
        [("2", LEFT), ("诸葛岚", 400), ("第六章至第九章", 700), ("18.1", 1100)],
        ("山城工业出版社", R),
        ("2022年3月1日", R),
        name="诸葛岚")
    assert doc.doc_type == "book"
    f = doc.fields
    assert f["authors"] == ["冉晓东", "诸葛岚"] and f["applicant_rank"] == 2
    assert f["title"] == "工业机器人离线编程实践" and f["date"] == "2021-08"
    assert f["isbn"] == "9787562499992"  # wrapped after its prefix
    assert f["words_wan"] == 38.2  # 共382 | 千字: the count and its unit on two lines


def test_a_four_character_caption_is_no_name():
    from extractor.layout import is_name, names_of

    assert not is_name("撰写章节") and not is_name("工作单位")
    assert is_name("公孙萍俊") and is_name("欧阳明华") and names_of("撰写章节") is None


def test_a_cnki_record_gives_the_journal_over_its_issn_and_the_issue_line():
    doc = read(
        ("2026/6/30 16:28", LEFT), ("自适应调度方法-文献知网节", 800),
        Title("面向柔性产线的自适应调度方法"),
        ("冯晓1 皇甫立新2 陈静1", 560),
        ("1.重庆科技大学 2.重庆渝工装备有限公司", 520),
        "摘要：针对多品种小批量生产的调度问题，提出了一种自适应方法。",
        "关键词：柔性产线；调度；强化学习",
        "基金资助：国家自然科学基金（52275001）；重庆市自然科学基金",
        "DOI：10.16503/j.cnki.example.2024.03.012",
        "分类号：TH165",
        "山地机械工程学报",
        "Journal of Mountain Mechanical Engineering",
        [("ISSN：1671-0924", LEFT), ("CN：50-1205/T", 600)],
        "本期：2024年03月 第40卷第3期 页码：88-95",
        name="皇甫立新")
    assert doc.doc_type == "journal_paper"
    f = doc.fields
    assert f["title"] == "面向柔性产线的自适应调度方法"  # never the 基金资助 line
    assert f["authors"] == ["冯晓", "皇甫立新", "陈静"] and f["applicant_rank"] == 2
    assert f["journal"] == "山地机械工程学报" and f["date"] == "2024-03"


def test_a_tax_return_declares_its_revenue_on_the_revenue_row_only():
    doc = read(
        Title("中华人民共和国企业所得税年度纳税申报表（A类）"),
        "纳税人名称：重庆渝新智造科技有限公司",
        ("金额单位：人民币元（列至角分）", 900),
        [("行次", LEFT), ("项目", 420), ("金额", 1300)],
        [("1", LEFT), ("一、营业收入（填写A101010）", 420), ("18,650,000.00", 1250)],
        [("2", LEFT), ("减：营业成本（填写A102010）", 420), ("12,004,300.00", 1250)],
        [("13", LEFT), ("三、利润总额", 420), ("2,310,800.32", 1250)],
        [("纳税人（签章）：", LEFT), ("2024年5月20日", 1000)])
    assert doc.doc_type == "revenue_proof"
    f = doc.fields
    assert f["amount_wan"] == 1865.0  # never the 利润总额
    assert f["parties"] == ["重庆渝新智造科技有限公司"] and f["date"] == "2024-05-20"


def test_a_tax_return_whose_revenue_row_is_unread_gives_no_amount():
    f = fields_of(
        "revenue_proof",
        Title("企业所得税年度纳税申报表"),
        [("1", LEFT), ("二、营业成本", 420), ("12,004,300.00", 1250)],
        [("13", LEFT), ("三、利润总额", 420), ("2,310,800.32", 1250)])
    assert "amount_wan" not in f


def test_a_recommendation_form_whose_two_halves_stand_side_by_side():
    doc = read(
        Title("专业技术职务任职资格评审推荐表"),
        [("被推荐人情况", 380), ("推荐人情况", 1000)],
        [("姓名", 200), ("钟立", 420), ("姓名", 820), ("向海燕", 1000)],
        [("工作单位", 200), ("重庆渝工装备有限公司", 420), ("工作单位", 820), ("重庆大学", 1000)],
        [("现任资格", 200), ("高级工程师", 420), ("专业技术资格", 820), ("正高级工程师", 1080)],
        "推荐意见：",
        ("钟立同志长期从事智能制造工作，业绩突出，已具备正高级工程师的任职条件，特此推荐。", 200),
        [("推荐人（签字）：", 820)],
        ("2024年5月6日", 900))
    assert doc.doc_type == "recommendation_letter"
    f = doc.fields
    assert f["candidate"] == "钟立" and f["recommender"] == "向海燕"
    assert f["recommender_title"] == "professorate_senior_engineer"  # his half's, never 现任资格


def test_holders_stacked_a_name_to_a_line_under_the_label():
    f = fields_of(
        "software_copyright",
        Title("计算机软件著作权登记证书"),
        ("证书号：软著登字第1234567号", 1000),
        [("软件名称：", LEFT), ("产线数字孪生监控平台V1.0", V)],
        [("著作权人：", LEFT), ("冉晓东", V)],
        ("龚立", V),
        ("重庆渝工装备有限公司", V),
        "开发完成日期：2020年03月02日",
        "权利取得方式：原始取得",
        "登记号：2020SR123456",
        ("2020年06月18日", R))
    assert f["holders"] == ["冉晓东", "龚立", "重庆渝工装备有限公司"]


def test_a_bilingual_contract_reads_its_labels_without_their_english():
    f = fields_of(
        "revenue_proof",
        Title("销售合同"),
        Title("SALES CONTRACT"),
        [("合同编号 Contract No.: CQ2024-118", LEFT), ("签订日期Date: 2024年7月12日", 900)],
        [("买方 The Buyer:", LEFT), ("重庆渝新智造科技有限公司", 600)],
        [("卖方 The Seller:", LEFT), ("重庆渝工装备有限公司", 600)],
        "合同总价Total Amount: RMB 1,280,000.00（大写：人民币壹佰贰拾捌万元整）")
    assert f["parties"] == ["重庆渝新智造科技有限公司", "重庆渝工装备有限公司"]
    assert f["date"] == "2024-07-12" and f["amount_wan"] == 128.0


def test_a_booklets_record_page_stays_with_its_certificate():
    from extractor.model import Page, ReadResult
    from tests.typed_certificates import HEIGHT, WIDTH, page
    from zhicheng.binder import split
    from zhicheng.documents import document_from

    first = page(Title("专业技术职务任职资格证书"), *cells(("姓名：", "冉晓东"), ("资格名称：", "高级工程师"),
                                                    ("取得资格时间：", "2019年11月17日")))
    second = page(Title("工作单位变更记录"), [("变更日期", LEFT), ("现工作单位", 700), ("经办人", 1300)],
                  [("2022年3月1日", LEFT), ("重庆渝工装备有限公司", 700), ("刘敏", 1300)])
    result = ReadResult("booklet.pdf", "0" * 64, page_count=2,
                        pages=[Page(1, WIDTH, HEIGHT, "ocr", first), Page(2, WIDTH, HEIGHT, "ocr", second)])
    documents = split(result, lambda pages: document_from(result, None, pages))
    assert [d.doc_type for d in documents] == ["title_certificate"]


# Letters as applicants' recommenders write them: titled in other words or not at all.
_BODY = ("张明远同志现任重庆鼎力自动化设备有限公司技术中心主任，长期从事工业互联网平台研发，主持完成焊装车间"
         "智能化改造等重大项目，取得授权发明专利5项，业绩突出。")
_SIGNED = [("推荐人：李国强", 860), ("职称：正高级工程师", 860), ("单位：重庆大学", 860), ("2023年6月1日", R)]


def _lines(text: str) -> list:
    return [(text[i:i + 34], LEFT) for i in range(0, len(text), 34)]


@pytest.mark.parametrize("head, closing", [
    (Title("推 荐 报 告"), "同意推荐。"),
    (Title("专家举荐信"), "特此举荐。"),
    (Title("专家评价意见"), "推荐其申报正高级工程师。"),
    (Title("业绩突出人员破格申报推荐表"), "同意推荐。"),
    ("尊敬的各位评审专家：", "本人愿意推荐其破格申报正高级工程师。"),
])
def test_a_recommendation_titled_in_other_words_is_a_letter(head, closing):
    doc = read(head, *_lines(_BODY + closing), *_SIGNED, name="张明远")
    assert doc.doc_type == "recommendation_letter"
    assert (doc.fields["recommender"], doc.fields["recommender_title"], doc.fields["candidate"]) == \
        ("李国强", "professorate_senior_engineer", "张明远")


def test_the_candidates_name_cell_is_never_the_recommenders_signature():
    # 被推荐人姓名 is one character from 推荐人签名: the candidate was once read as his own recommender
    doc = read(Title("同行专家推荐意见表"), *cells(("被推荐人姓名", "张明远"), ("申报资格", "正高级工程师")),
               "推荐意见：", *_lines(_BODY + "同意推荐。"),
               [("推荐专家1：李国强", LEFT), ("职称：正高级工程师", 800)],
               [("推荐专家2：王海", LEFT), ("职称：正高级工程师", 800)], name="张明远")
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields["candidate"] == "张明远" and doc.fields["recommender"] == "李国强"


def test_a_forewords_drafters_under_起草人员_with_commas():
    f = fields_of("standard", Title("前  言"), "本文件按照GB/T 1.1—2020的规定起草。",
                  "本文件起草单位：重庆鼎力自动化设备有限公司、重庆大学。", "本文件起草人员：张明远，李国强，王海，赵丽。")
    assert f["drafters"] == ["张明远", "李国强", "王海", "赵丽"]


def test_an_acceptance_named_by_its_own_heading_or_as_a_成果():
    doc = read(Title("关于压铸车间数字化改造项目的验收意见"),
               *_lines("2022年9月15日，专家组对该项目进行了验收，同意通过验收。"), "项目负责人：张明远")
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["project_title"] == "压铸车间数字化改造项目" and doc.fields["passed"] is True
    doc = read(Title("科学技术成果验收证书"), *cells(("成果名称", "压铸车间数字化改造"), ("完成单位", "重庆鼎力自动化设备有限公司"),
                                                ("验收日期", "2022年9月15日"), ("主要研制人员", "张明远、李国强、王海、赵丽")),
               "验收结论：同意通过验收。", name="王海")
    assert doc.fields["project_title"] == "压铸车间数字化改造"
    assert doc.fields["members"] == ["张明远", "李国强", "王海", "赵丽"] and doc.fields["applicant_rank"] == 3


@pytest.mark.parametrize("body", [
    [("张明远同志主持完成的项目荣获2021年度重庆市科学技术进步奖一等奖，", LEFT),
     ("获授权发明专利8项，发表论文12篇。特此推荐其破格申报正高级工程师。", LEFT)],
    [("张明远同志主持完成的项目荣获2021年度重庆市科学技术进步奖一等", LEFT),
     ("奖，获授权发明专利8项。特此推荐其破格申报正高级工程师。", LEFT)],
])
def test_a_letter_telling_of_the_candidates_award_is_no_award(body):
    # the award's name near the top is a word of the letter's sentence, wherever its line breaks
    doc = read(Title("推荐信"), *body, *_SIGNED, name="张明远")
    assert doc.doc_type == "recommendation_letter"


@pytest.mark.parametrize("condition", [
    "请项目单位限期整改，经复验合格后同意通过验收。",
    "请项目单位整改后，将组织专家进行复验，复验合格后同意通过验收。",
])
def test_a_deferred_acceptance_whose_reinspection_is_still_to_come_has_not_passed(condition):
    # a condition (…复验合格后同意通过) is no verdict: a failed acceptance read as passed is the worst error
    f = fields_of("project_acceptance", Title("项目验收意见"), "项目名称：压铸车间数字化改造",
                  "验收意见：项目暂缓通过验收。", condition)
    assert f.get("passed") is not True
