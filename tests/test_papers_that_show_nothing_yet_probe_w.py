"""Probe W's wrong 符合 (a verdict tester who read no code), typed again in other names: a
recognition that names the unit or another person, a list still up for objections, a pool of
experts; a purchase by the applicant's unit, a framework agreement, a contract its parties
ended, a bid won before any contract; the same paper filed twice; a book on which the
applicant is its 主审, not an author. None of them counts until a person looks."""

from __future__ import annotations

from rules.case import Applicant
from rules.dates import PartialDate
from rules.vocabulary import Education, Title
from tests.test_audit import claim, doc, never_core
from zhicheng.audit import audit

APPLICANT = Applicant(education=Education.BACHELOR, current_title=Title.SENIOR_ENGINEER,
                      target_title=Title.PROFESSORATE_SENIOR_ENGINEER, name="桂明远",
                      current_title_date=PartialDate.parse("2019-06-30"))
UNIT = "重庆渝新智能装备有限公司"


def _counted(documents, claims):
    result = audit(documents, claims, APPLICANT, never_core, employer=UNIT)
    return [b.claim_index for b in result.achievements], result.issues


def _recognition(file: str, words: str):
    paper = doc(file, "official_recognition", issuer="重庆市经济和信息化委员会", level="provincial", date="2024-05-20")
    paper.words = words
    return paper


def test_a_recognition_counts_only_for_the_person_it_names_and_only_once_decided():
    cite = [claim(0, ["认可.pdf"], kind="recognition", level="provincial", date="2024-05-20")]
    company = _recognition("认可.pdf", "关于重庆渝新智能装备有限公司工业互联网平台建设成效的复函…该公司在促进产业发展方面成效显著")
    assert _counted([company], cite)[0] == []
    other = _recognition("认可.pdf", "关于韩立新同志在工业互联网人才培养方面贡献的复函…")
    assert _counted([other], cite)[0] == []
    pending = _recognition("认可.pdf", "关于2024年度重庆市智能制造领军人才拟认定名单的公示桂明远…公示期为2024年5月20日至24日")
    counted, issues = _counted([pending], cite)
    assert counted == [] and any("公示" in i["message"] and i.get("needs_review") for i in issues)
    pool = _recognition("认可.pdf", "关于公布重庆市工业和信息化专家库入库专家名单的通知…桂明远…")
    assert _counted([pool], cite)[0] == []
    named = _recognition("认可.pdf", "关于桂明远同志在工业互联网推广方面作出重大贡献的复函…")  # (正高: 重大, not 重要)
    assert _counted([named], cite)[0] == [0]


def _contract(file: str, words: str, **fields):
    paper = doc(file, "revenue_proof", amount_wan=1100.0, parties=["重庆宗申动力机械股份有限公司", UNIT],
                date="2023-06-12", **fields)
    paper.words = words
    return paper


def test_revenue_that_was_never_the_units_sale():
    cite = [claim(0, ["合同.pdf"], kind="revenue", amount_wan=1100, date="2023-06-12", role="participant")]
    bought = _contract("合同.pdf", "设备采购合同合同编号:CG-2023-021买方(甲方):重庆渝新智能装备有限公司", buyer=UNIT)
    assert _counted([bought], cite)[0] == []
    sale = _contract("合同.pdf", "工业数据采集系统销售合同合同编号:XS-2023-130卖方(乙方):重庆渝新智能装备有限公司")
    ended = doc("解除.pdf", "unknown")
    ended.words = "合同解除协议甲乙双方于前期签订《工业数据采集系统销售合同》(合同编号:XS-2023-130)…解除上述合同,乙方未发货"
    counted, issues = _counted([sale, ended], cite)
    assert counted == [] and any("解除" in i["message"] for i in issues)
    assert _counted([sale], cite)[0] == [0]
    bid = _contract("合同.pdf", "中标通知书招标编号:CQZB-2023-0812重庆渝新智能装备有限公司：确定你方为中标人")
    assert _counted([bid], cite)[0] == []
    frame = _contract("合同.pdf", "战略合作框架协议甲方…乙方重庆渝新智能装备有限公司…预计采购金额约1100万元，本协议不作为结算和付款依据")
    assert _counted([frame], cite)[0] == []
    binding = _contract("合同.pdf", "设备采购框架协议…甲方按本协议价格向乙方采购，合同总金额1100万元，分三批交货")
    assert _counted([binding], cite)[0] == [0]


def test_the_same_paper_filed_twice_counts_once():
    def paper(file):
        return doc(file, "journal_paper", title="面向注塑车间的设备综合效率在线评估方法", journal="计算机工程与应用",
                   cn="11-2127/TP", issn="1002-8331", date="2024-05", applicant_rank=1, authors=["桂明远"])
    claims = [claim(n, [f"论文{n + 1}.pdf"], kind="paper", rank=1, date="2024-05-01", issn="1002-8331") for n in range(2)]
    counted, issues = _counted([paper("论文1.pdf"), paper("论文2.pdf")], claims)
    assert len(counted) == 1 and any(i["code"] == "duplicate_evidence" for i in issues)


def test_a_book_that_gives_the_applicant_no_place_among_its_authors():
    book = doc("著作.pdf", "book", title="工业互联网平台运维实践", isbn="9787111745211", publisher="机械工业出版社",
               date="2023-05", words_wan=25.0)
    book.words = "工业互联网平台运维实践王志刚李红梅著桂明远主审机械工业出版社"
    counted, issues = _counted([book], [claim(0, ["著作.pdf"], kind="book", book_kind="monograph", rank=1,
                                              date="2023-05-01", isbn="9787111745211")])
    assert counted == [] and any(i["code"] == "name_not_found" and i.get("needs_review") for i in issues)


# Probe V (single certificates by a tester who read no code), typed again in other names.

def test_a_patent_fee_receipt_is_no_patent_certificate():
    from tests.typed_certificates import LEFT, Title, read
    doc = read(Title("专利费用缴纳收据"), [("缴费人", LEFT), ("重庆渝新智能装备有限公司", LEFT + 300)],
               [("专利号", LEFT), ("ZL202120345678.9", LEFT + 300)], [("费用种类", LEFT), ("实用新型专利年费（第3年）", LEFT + 300)],
               [("金额", LEFT), ("人民币900.00元", LEFT + 300)], [("缴费日期", LEFT), ("2023年05月20日", LEFT + 300)])
    assert doc.doc_type == "unknown"


def test_a_querys_review_or_recognition_day_is_the_titles_date():
    from tests.typed_certificates import LEFT, Title, fields_of
    fields = fields_of("title_certificate", Title("职称证书查询"), Title("广东省专业技术人才职称证书"),
                       [("姓名", LEFT), ("桂明远", LEFT + 400)], [("资格名称", LEFT), ("工程师", LEFT + 400)],
                       [("评审(认定)时间", LEFT), ("2020-12-28", LEFT + 400)], [("发证日期", LEFT), ("2021-04-02", LEFT + 400)])
    assert fields.get("date") == "2020-12-28"


def test_a_provinces_prize_named_by_its_title_and_category_row():
    from tests.typed_certificates import LEFT, Title, fields_of
    fields = fields_of("award_certificate", Title("湖南省科学技术奖励证书"), "项目名称 数控机床热误差补偿关键技术",
                       "奖励类别 科学技术进步奖", "奖励等级 二等奖", "获奖者 桂明远", ("湖南省人民政府", LEFT + 800),
                       ("二〇二四年五月", LEFT + 800))
    assert fields.get("award_name") == "湖南省科学技术进步奖"


def test_a_title_card_and_a_review_forms_last_page_are_title_proofs():
    from tests.typed_certificates import LEFT, Title, read
    card = read(Title("职称证书"), ("持证人：温如玉", LEFT + 300), ("系列：工程技术", LEFT + 300), ("等级：正高级", LEFT + 300),
                ("名称：正高级工程师", LEFT + 300), ("取得方式：考核认定", LEFT + 300), ("批准文号：渝人社职〔2023〕12号", LEFT + 300),
                ("批准日期：2023年01月16日", LEFT + 300), ("重庆市人力资源和社会保障局", LEFT + 900))
    assert card.doc_type == "title_certificate" and card.fields.get("date") == "2023-01-16"


def test_the_candidate_is_the_one_who_applies_not_the_one_who_asked():
    from tests.typed_certificates import LEFT, Title, fields_of
    fields = fields_of("recommendation_letter", Title("推荐信"), "重庆市人力资源和社会保障局：",
                       "受我单位事业部部长谢晓峰同志之托，由本人对该部门燕十三同志申报正高级工程师进行推荐。",
                       "燕十三同志在任职期间负责多个示范项目，成绩显著。", ("推荐人：慕容秋荻 职称：正高级工程师", LEFT + 400),
                       ("2024年10月9日", LEFT + 600))
    assert fields.get("candidate") == "燕十三"


def test_a_typed_page_placing_him_higher_than_claimed_is_said_not_faulted():
    def acceptance(source):
        paper = doc("验收.pdf", "project_acceptance", project_title="注塑车间数字化改造项目", category="implementation",
                    level="provincial", passed=True, acceptance_date="2024-05-20", applicant_rank=2)
        paper.text_source = source
        return paper
    cite = [claim(0, ["验收.pdf"], kind="project", category="implementation", level="municipal", accepted=True, rank=4,
                  date="2024-05-20")]
    typed = audit([acceptance("text_layer")], cite, APPLICANT, never_core, employer=UNIT)
    assert {i["code"]: i["severity"] for i in typed.issues if i["code"] in ("rank_mismatch", "level_mismatch")} == \
        {"rank_mismatch": "warning", "level_mismatch": "warning"}
    assert typed.achievements[0].achievement.rank == 2
    scanned = audit([acceptance("ocr")], cite, APPLICANT, never_core, employer=UNIT)
    assert {i["severity"] for i in scanned.issues if i["code"] in ("rank_mismatch", "level_mismatch")} == {"error"}


def test_one_claim_citing_two_sales_counts_their_sum():
    def sale(file, customer, amount, number, day):
        paper = doc(file, "revenue_proof", amount_wan=amount, parties=[customer, UNIT], date=day)
        paper.words = f"销售合同合同编号:{number}卖方(乙方):{UNIT}"
        return paper
    a = sale("合同A.pdf", "重庆机床(集团)有限责任公司", 600.0, "XS-2022-088", "2022-09-02")
    b = sale("合同B.pdf", "重庆三峰环境产业集团有限公司", 400.0, "XS-2024-017", "2024-03-19")
    cite = [claim(0, ["合同A.pdf", "合同B.pdf"], kind="revenue", amount_wan=1000, date="2024-03-19", role="participant")]
    result = audit([a, b], cite, APPLICANT, never_core, employer=UNIT)
    built = result.achievements[0].achievement
    assert built.amount_wan == 1000 and str(built.date) == "2022-09-02"
    assert not [i for i in result.issues if i["severity"] == "error"]
    # a contract filed twice under one number is one sale, whatever the claim adds up
    twice = audit([a, sale("合同A副本.pdf", "重庆机床(集团)有限责任公司", 600.0, "XS-2022-088", "2022-09-02")],
                  [claim(0, ["合同A.pdf", "合同A副本.pdf"], kind="revenue", amount_wan=1200, date="2022-09-02")],
                  APPLICANT, never_core, employer=UNIT)
    assert all(b.achievement.amount_wan != 1200 for b in twice.achievements)
