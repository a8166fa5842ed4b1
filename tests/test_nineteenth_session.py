"""Verdicts and layouts the nineteenth session's probes (CA, CB, CD, CE) found wrong, one test per cause."""

from __future__ import annotations

from tests.test_fifteenth_session import _doc, _typed


def _text_layer(*lines):
    return _doc(*lines, width=595, height=842, source="text_layer")


def _document(file, *rows, name="张伟"):
    """The record ``check`` makes of one text-layer page of ``rows`` (text, box)."""
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import document_from

    page = Page(1, 595, 842, "text_layer", [Line(t, b, 0.99) for t, b in rows])
    return document_from(ReadResult(file, file.ljust(64, "0")[:64], page_count=1, pages=[page]),
                         name)


_TITLE_ROWS = [("专业技术职务任职资格证书", (166, 73, 430, 90)), ("姓名:张伟", (65, 123, 120, 135)),
               ("工作单位:重庆智造科技有限公司", (65, 184, 250, 196)), ("资格名称:工程师", (66, 205, 160, 217)),
               ("专业:工业互联网与智能制造", (65, 225, 230, 237)), ("取得资格时间:2018年6月30日", (65, 245, 230, 257)),
               ("评审(认定)机构:重庆市工业互联网与智能制造专业工程技术职称评审委员会", (65, 265, 500, 277)),
               ("证书编号:2350001234567", (65, 306, 220, 318)), ("发证机关:重庆市人力资源和社会保障局(盖章)", (65, 338, 330, 350))]


def test_a_certificate_stamped_void_shows_nothing():
    """作 废 run into the date line of a title certificate's text layer (probe CD P18), 样本 SPECIMEN
    beside a patent office's seal (P17): the record keeps what it reads and says the stamp
    (void_document); the profile's title is not shown by it."""
    from rules.dates import PartialDate
    from rules.case import Applicant
    from rules.vocabulary import Education, Title
    from zhicheng.audit import check_profile

    applicant = Applicant(name="张伟", education=Education.BACHELOR, current_title=Title.ENGINEER,
                          current_title_date=PartialDate.parse("2018-06-30"), target_title=Title.SENIOR_ENGINEER)
    clean = _document("title.pdf", *_TITLE_ROWS, ("发证日期:2018年6月30日", (65, 355, 230, 367)))
    void = _document("title.pdf", *_TITLE_ROWS, ("发证日期:2018年6月30日   作 废", (65, 355, 330, 367)))
    assert void.fields["title"] == "engineer" and "void_document" in [i["code"] for i in void.issues]
    assert "void_document" not in [i["code"] for i in clean.issues]
    assert "current_title" in check_profile([clean], applicant)[0].shown
    assert "current_title" not in check_profile([void], applicant)[0].shown


def test_a_void_certificate_cited_for_a_claim_is_missing_evidence_with_the_stamp_said():
    from tests.test_audit import APPLICANT, claim, never_core
    from zhicheng.audit import audit

    rows = [("发明专利证书", (232, 73, 360, 90)), ("发明名称:一种基于边缘计算的产线数据采集方法", (65, 143, 400, 155)),
            ("发明人:李强;张三;王芳", (65, 164, 220, 176)), ("专利号:ZL 2021 1 0123456.7", (65, 184, 260, 196)),
            ("专利申请日:2021年3月15日", (65, 204, 230, 216)), ("专利权人:重庆智造科技有限公司", (65, 225, 260, 237)),
            ("授权公告日:2023年5月12日", (65, 266, 230, 278))]
    void = _document("p.pdf", *rows, ("国家知识产权局(盖章) 样本 SPECIMEN", (66, 294, 330, 306)), name="张三")
    result = audit([void], [claim(0, ["p.pdf"], kind="patent", patent_type="invention", granted=True, rank=2,
                                  date="2023-05-12")], APPLICANT, never_core)
    assert not result.achievements
    assert any(i["code"] == "missing_evidence" and "样本" in i["message"] for i in result.issues)


def test_void_words_inside_small_print_or_a_booklets_row_are_no_stamp():
    from extractor.normalize import void_stamp

    assert void_stamp("本证书涂改作废，遗失不补") is None
    assert void_stamp("基于小样本学习的缺陷检测") is None
    assert void_stamp("高级工程师   2015年12月   作废") is None
    assert void_stamp("样 本") == "样本" and void_stamp("VOID") == "VOID"


def test_a_standards_approval_draft_is_held_back():
    """GB/T 43210-2023 over 智能制造 工业数据采集 通用要求 (报批稿) with planned dates (probe CD P57): not
    issued; held back for a person (kind_mismatch, needs_review), its published twin counts."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    def standard(stage):
        words = f"中华人民共和国国家标准GB/T43210-2023智能制造工业数据采集通用要求{stage}2023-08-06发布2024-03-01实施前言本文件主要起草人:李强、张三"
        return _paper("s.pdf", "standard", words, standard_number="GB/T 43210-2023", level="national",
                      drafters=["李强", "张三"], applicant_rank=2, publish_date="2023-08-06", implementation_date="2024-03-01")

    cite = [claim(0, ["s.pdf"], kind="standard", level="national", rank=2, implemented=True, date="2023-08-06")]
    held = _audited([standard("(报批稿)")], cite)
    assert not held.achievements and any(i["code"] == "kind_mismatch" and "报批稿" in i["message"] for i in held.issues)
    assert len(_audited([standard("")], cite).achievements) == 1


def test_a_contract_whose_buyer_is_the_unit_on_the_title_certificate_is_held_back_unclaimed_too():
    """甲方(买方):重庆智造科技有限公司, the unit the applicant's title certificate prints, no employer in
    the profile (probe CD P62): a purchase, held back; claimed or not."""
    from tests.test_audit import APPLICANT, claim, never_core
    from tests.test_tenth_session import _paper
    from zhicheng.audit import audit

    title = _paper("title.pdf", "title_certificate", "姓名:张三工作单位:重庆智造科技有限公司资格名称:工程师",
                   holder="张三", title="engineer", date="2018-07-01")
    contract = _paper("c.pdf", "revenue_proof", "产品销售合同甲方(买方):重庆智造科技有限公司乙方(卖方):重庆华数机器人有限公司",
                      amount_wan=1500.0, parties=["重庆智造科技有限公司", "重庆华数机器人有限公司"], buyer="重庆智造科技有限公司",
                      date="2024-06-01")
    for claims in ([claim(0, ["c.pdf"], kind="revenue", amount_wan=1500, role="participant", date="2024-06-01")], []):
        result = audit([title, contract], claims, APPLICANT, never_core)
        assert not [b for b in result.achievements if b.achievement.kind.value == "revenue"]
        assert any("是买方" in i["message"] for i in result.issues)
