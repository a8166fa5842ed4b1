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


def _contract(*clauses, title="技术开发合同"):
    rows = [(title, (230, 70, 360, 88)), ("合同编号:LJZZ-2023-017", (60, 110, 250, 122)),
            ("甲方(委托方):重庆华岳汽车零部件有限公司", (60, 131, 330, 143)), ("乙方(受托方):重庆两江智造科技有限公司", (60, 152, 330, 164))]
    y = 173
    for clause in clauses:
        rows.append((clause, (60, y, 540, y + 12)))
        y += 21
    rows += [("签订日期:2023年3月15日", (60, y, 220, y + 12))]
    return _text_layer(*rows)


def test_a_contracts_forecast_of_sales_is_no_income_booked():
    """本合同金额为…¥1,200,000.00 beside 甲方预计累计实现新增销售收入3000万元 in its 考核指标 (probe CE
    R01): the contract's 120; a rebate clause's 累计实现销售收入超过800万元的 (R02) is no sum either."""
    kind, values = _typed(_contract("第一条 合同金额", "本合同金额为人民币壹佰贰拾万元整(¥1,200,000.00)。", "第二条 考核指标",
                                    "平台上线后三年内,甲方预计累计实现新增销售收入3000万元,新增利税300万元。"))
    assert kind == "revenue_proof" and values["amount_wan"] == 120.0
    kind, values = _typed(_contract("二、本协议项下首批订货总额为人民币肆佰伍拾万元整(¥4,500,000.00)。",
                                    "三、乙方当年累计实现销售收入超过800万元的,甲方按超出部分的2%给予乙方销售返利。", title="产品经销协议"))
    assert values["amount_wan"] == 450.0


def test_income_booked_in_other_words_or_wrapped_inside_its_label():
    """2024年度确认该合同销售收入人民币980万元 (CE R06); 该合同已确认销售收 | 入人民币980万元 (R03w)."""
    for lines in (["经年度审计,2024年度确认该合同销售收入人民币980万元,其余合同款项待终验后确认。"],
                  ["截至2024年12月31日,该合同已确认销售收", "入人民币980万元,其余合同款项待终验后确认。"]):
        rows = [("收入确认证明", (230, 70, 360, 88)), ("兹证明,我公司与重庆华岳汽车零部件有限公司签订的《智能仓储系统集成合同》", (60, 110, 540, 122)),
                ("(合同编号HY-2023-088),合同金额为人民币1,500万元。", (60, 134, 400, 146))]
        rows += [(t, (60, 158 + 24 * k, 540, 170 + 24 * k)) for k, t in enumerate(lines)]
        rows += [("重庆两江智造科技有限公司(盖章)", (320, 260, 520, 272)), ("2025年1月10日", (360, 284, 460, 296))]
        kind, values = _typed(_text_layer(*rows))
        assert kind == "revenue_proof" and values["amount_wan"] == 980.0


def test_an_instalment_named_by_the_contracts_total_is_not_the_total():
    """研究开发经费和报酬总额为人民币¥1,200,000.00元 over 支付合同总额的30%，即¥360,000.00元 (probe CB R01)."""
    kind, values = _typed(_contract("第五条 甲方应按以下方式支付研究开发经费和报酬:",
                                    "1.研究开发经费和报酬总额为人民币¥1,200,000.00元(大写:壹佰贰拾万元整)。",
                                    "(1)本合同签订后10个工作日内,支付合同总额的30%,即¥360,000.00元;",
                                    "(2)项目通过甲方验收后10个工作日内,支付合同总额的70%,即¥840,000.00元。"))
    assert kind == "revenue_proof" and values["amount_wan"] == 120.0


def test_a_draft_contract_or_a_quotation_is_no_revenue():
    """草稿 across a 技术开发合同's pages, 草稿 仅供内部讨论 atop them (probe CB N02): read, not realised; a
    报价单 (N04) is no revenue paper at all."""
    kind, values = _typed(_contract("研究开发经费和报酬总额为人民币¥1,500,000.00元(大写:壹佰伍拾万元整)。", "草稿", "草稿 仅供内部讨论"))
    assert kind == "revenue_proof" and values.get("realised") is False
    quote = _text_layer(("报 价 单", (263, 57, 330, 72)), ("报价单位:重庆渝芯智联科技有限公司   报价编号:BJ-2023-0311", (57, 102, 540, 114)),
                        ("客户名称:重庆长嘉汽车零部件制造有限公司   报价日期:2023年03月11日", (57, 122, 540, 134)),
                        ("序号 产品名称   规格型号   单位   数量   单价(元)   金额(元)", (64, 176, 540, 188)),
                        ("1   边缘计算网关   YX-EG300   台   40   12,800.00   512,000.00", (72, 198, 540, 210)),
                        ("合计   512,000.00", (95, 262, 540, 274)), ("合计金额(大写):伍拾壹万贰仟元整", (57, 285, 300, 297)),
                        ("2.本报价有效期30天,最终价格以双方签订的合同为准。", (69, 350, 400, 362)))
    assert _typed(quote)[0] == "unknown"


def _title_rows(*extra, issuer="发证机关:重庆市人力资源和社会保障局"):
    rows = [("专业技术职务任职资格证书", (166, 73, 430, 90)), ("姓名:张伟", (80, 120, 200, 132)),
            ("工作单位:重庆两江智造科技有限公司", (80, 148, 330, 160)), ("资格名称:工程师", (80, 176, 200, 188)),
            ("评审通过时间:2019年6月30日", (80, 204, 260, 216))]
    rows += [(t, (80, 232 + 28 * k, 500, 244 + 28 * k)) for k, t in enumerate(extra)]
    return _text_layer(*rows, (issuer, (80, 400, 400, 412)))


def test_a_title_reviewed_by_an_enterprises_committee_and_issued_by_the_hrss_is_a_title():
    """备注：企业自主评审取得的职称，仅在本单位范围内有效 on a 人社局 certificate (CE T01); a row 单位内部
    聘任时间 (T02): titles.  A company's own 仅在本公司有效, 仅供公司内部岗位聘任使用, 经公司技术职务评审
    委员会评审 (T04–T06): no title."""
    for extra in (["备注:企业自主评审取得的职称,仅在本单位范围内有效。"], ["单位内部聘任时间:2020年7月"]):
        assert _typed(_title_rows(*extra))[1].get("title") == "engineer"
    own = "发证单位:重庆两江智造科技有限公司"
    for extra in (["备注:本证书仅在本公司有效。"], ["本证书为公司内部技术职务任职资格,仅供公司内部岗位聘任使用。"],
                  ["经公司技术职务评审委员会评审,你具备工程师任职资格。"]):
        kind, values = _typed(_title_rows(*extra, issuer=own))
        assert kind == "title_certificate" and "title" not in values, extra


def test_a_technical_prize_for_a_project_on_skills_training_is_technical():
    """科学技术奖励证书 with no 奖项名称, its project 面向职业技能培训的虚拟现实实训平台研发及应用 (CE A01):
    technical, never a skills contest; 职工技术比武 (A02) is one."""
    from extractor.doctypes import doctype

    rows = [("科学技术奖励证书", (200, 70, 400, 90)), ("为表彰在促进科学技术进步工作中做出重大贡献者,特颁发此证书。", (70, 120, 520, 132)),
            ("项目名称:面向职业技能培训的虚拟现实实训平台研发及应用", (70, 150, 480, 162)), ("奖励等级:二等奖", (70, 180, 200, 192)),
            ("获奖者:张伟(第3完成人)", (70, 210, 250, 222)), ("重庆市人民政府", (340, 300, 460, 312)), ("2023年12月", (350, 330, 450, 342))]
    assert doctype("award_certificate").extract(_text_layer(*rows)).values.get("technical") is not False
    contest = [("荣誉证书", (250, 70, 350, 90)), ("张伟同志:", (70, 120, 150, 132)),
               ("在2023年重庆市机械行业职工技术比武数控铣工项目中荣获第一名。", (70, 150, 500, 162)),
               ("重庆市机械冶金建材工会", (320, 220, 480, 232)), ("2023年10月", (350, 250, 450, 262))]
    assert doctype("award_certificate").extract(_text_layer(*contest)).values.get("technical") is False


def _letter(*sign_block, note=()):
    rows = [("推荐信", (260, 60, 330, 78)), ("被推荐人:张伟   工作单位:重庆两江智造科技有限公司", (60, 100, 500, 112)),
            ("推荐人:王建国   职称:正高级工程师   工作单位:重庆大学", (60, 124, 500, 136)),
            ("张伟同志长期从事工业互联网平台与智能制造系统研发工作,技术能力突出,业绩显著。特此推荐。", (60, 148, 540, 160))]
    rows += [(t, (330, 330 + 22 * k, 520, 342 + 22 * k)) for k, t in enumerate(sign_block)]
    rows += [(t, (60, 770 + 14 * k, 300, 780 + 14 * k)) for k, t in enumerate(note)]
    return _text_layer(*rows)


def test_a_letters_date_is_the_one_under_its_signature_not_a_note_or_a_title_date():
    """注：推荐专家须本人签字 | 打印时间：2026年1月5日 at the foot (CE L08); 正高级工程师  取得时间：2016年12月
    under the name (L05); 推荐人：王建国（签名） (L02): each letter's date is the day it was signed."""
    from extractor.doctypes import doctype

    def dated(text):
        return str(doctype("recommendation_letter").extract(text).values.get("date"))

    assert dated(_letter("推荐人(签名):王建国", "2025年9月10日", note=("注:推荐专家须本人签字", "打印时间:2026年1月5日"))) == "2025-09-10"
    assert dated(_letter("推荐人(签名):王建国", "正高级工程师  取得时间:2016年12月", "2026年3月10日")) == "2026-03-10"
    assert dated(_letter("推荐人:王建国(签名)", "2026年3月10日")) == "2026-03-10"


def test_party_school_diplomas_told_from_a_state_degree_and_a_universitys_correspondence_course():
    """中共中央党校 研究生院 硕士学位证书 (CE E01) is the state's degree; a university's 函授 record whose
    教学点 is a 党校 in the next cell (E02) is the university's; 中共四川省委党校在职研究生毕业证书 (E05)
    and a diploma naming 中共重庆市委党校 only in its sentence and signature (E04) are held back."""
    from extractor.doctypes import doctype

    def read(*rows):
        return doctype("degree_certificate").extract(_text_layer(*[(t, (70, 80 + 30 * k, 520, 92 + 30 * k)) for k, t in enumerate(rows)]))

    state = read("中共中央党校", "硕士学位证书", "张伟,男,1985年3月生。在中共中央党校(国家行政学院)研究生院经济学专业完成了硕士学位的学习,",
                 "成绩合格,通过论文答辩,根据《中华人民共和国学位条例》的规定,授予经济学硕士学位。", "2012年7月1日")
    assert state.values.get("education") == "master"
    record = read("教育部学历证书电子注册备案表", "姓名:张伟   性别:男", "学校名称:西南大学",
                  "学历层次:本科   学习形式:函授   教学点:中共綦江区委党校", "毕业日期:2015年1月10日")
    assert record.values.get("education") == "bachelor"
    for rows in (("中共四川省委党校在职研究生毕业证书", "学员张伟于2010年9月至2013年7月在经济管理专业学习,修完规定课程,准予毕业。", "2013年7月"),
                 ("毕业证书", "学员张伟于2010年9月至2013年7月在中共重庆市委党校经济管理专业本科班学习,修完规定课程,准予毕业。",
                  "编号:2013051", "中共重庆市委党校", "2013年7月")):
        found = read(*rows)
        assert "education" not in found.values and "education_unclear" in [c for _, c, _ in found.issues], rows


def test_a_red_letter_invoice_takes_a_sale_back():
    """重庆增值税专用发票（红字）, 销项负数, 价税合计 ¥-15,000,000.00 (probe CD P82): read, never realised."""
    rows = [("重庆增值税专用发票(红字)", (155, 73, 440, 90)), ("销项负数 对应正数发票代码:5000231130 号码:01234560", (65, 123, 450, 135)),
            ("发票代码:5000231130 发票号码:01234567", (65, 144, 350, 156)), ("开票日期:2024年7月15日", (66, 164, 250, 176)),
            ("购买方 名称:重庆长江汽车零部件有限公司", (66, 184, 350, 196)),
            ("价税合计(大写):(负数)壹仟伍佰万元整   (小写)¥-15,000,000.00", (65, 286, 520, 298)),
            ("销售方 名称:重庆智造科技有限公司", (65, 306, 330, 318))]
    kind, values = _typed(_text_layer(*rows))
    assert kind == "revenue_proof" and values.get("realised") is False
    blue = [r for r in rows if "负数" not in r[0]]
    blue[0] = ("重庆增值税专用发票", (155, 73, 400, 90))
    blue.insert(4, ("价税合计(大写):壹仟伍佰万元整   (小写)¥15,000,000.00", (65, 286, 520, 298)))
    assert _typed(_text_layer(*blue))[1].get("realised") is not False


def test_a_contract_between_two_others_is_held_back_by_the_unit_on_the_title_certificate():
    """No employer in the profile, none printed beside him: the unit his own title certificate prints
    is none of the parties (probe CD P81): held back."""
    from tests.test_audit import APPLICANT, claim, never_core
    from tests.test_tenth_session import _paper
    from zhicheng.audit import audit

    title = _paper("title.pdf", "title_certificate", "姓名:张三工作单位:重庆智造科技有限公司资格名称:工程师",
                   holder="张三", title="engineer", date="2018-07-01")
    contract = _paper("c.pdf", "revenue_proof", "销售合同甲方:重庆长江汽车零部件有限公司乙方:重庆华数机器人有限公司",
                      amount_wan=1500.0, parties=["重庆长江汽车零部件有限公司", "重庆华数机器人有限公司"], date="2024-06-01")
    result = audit([title, contract], [claim(0, ["c.pdf"], kind="revenue", amount_wan=1500, role="participant",
                                             date="2024-06-01")], APPLICANT, never_core)
    assert not result.achievements and any("都不是申报人单位" in i["message"] for i in result.issues)


def test_a_declared_role_beside_a_rank_that_alone_passes_is_not_rested_on():
    """A 行业标准 whose drafters list him 2nd, claimed with role: participant (probe CD P43): 13.2.5's
    rank ≤ 5 is met on the document; the role the claim states changes nothing."""
    from rules.case import Case
    from rules.evaluator import evaluate
    from tests.test_audit import APPLICANT, claim

    standard = claim(0, [], kind="standard", level="industry", rank=2, implemented=True, date="2023-08-06",
                     role="participant").achievement
    from dataclasses import replace

    shown = replace(standard, declared=("role",))
    from rules.dates import PartialDate

    verdict = evaluate(Case(applicant=APPLICANT, as_of=PartialDate.parse("2025-12-31"), achievements=[shown],
                            documents_required=True))
    assert next(c for c in verdict.conditions if c.id == "13.2.5").met
    lead_only = replace(standard, rank=7, role="lead", declared=("role",))  # (the role is what passes: still rested on)
    verdict = evaluate(Case(applicant=APPLICANT, as_of=PartialDate.parse("2025-12-31"), achievements=[lead_only],
                            documents_required=True))
    assert not next(c for c in verdict.conditions if c.id == "13.2.5").met


def test_a_reports_labelled_day_stands_beside_its_units_adoption():
    """完成日期：2023年3月15日 over the 采纳证明 of the municipal commission (probe CD P72): the report's date."""
    from extractor.doctypes import doctype

    rows = [("重庆市工业互联网产业发展规划(2023—2025年)", (69, 73, 500, 90)), ("文件类型:产业发展规划", (66, 157, 250, 169)),
            ("委托单位:重庆市经济和信息化委员会", (65, 177, 330, 189)), ("编制单位:重庆智造科技有限公司", (65, 197, 300, 209)),
            ("完成日期:2023年3月15日", (66, 218, 250, 230)), ("主要编写人员:李强、张伟、王芳", (65, 249, 300, 261)),
            ("采纳证明", (66, 287, 130, 299)), ("该产业发展规划已由重庆市经济和信息化委员会审定并于2023年6月1日印发实施。", (65, 310, 540, 322)),
            ("重庆市经济和信息化委员会(盖章)", (65, 362, 300, 374)), ("2023年6月1日", (66, 383, 200, 395))]
    assert str(doctype("technical_report").extract(_text_layer(*rows)).values.get("date")) == "2023-03-15"


def test_a_typed_letters_blank_place_to_sign_is_unsigned_unless_something_is_drawn_there():
    """推荐人签名： with nothing beside or under it on a text layer (probe CD P51): recommendation_unsigned;
    the name typed beside it, or a picture pasted there, signs it; a scan is never judged blank."""
    from extractor.doctypes import doctype
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    def letter(extra=(), drawn=(), source="text_layer"):
        rows = [("破格申报专业技术职称推荐意见", (144, 73, 450, 90)), ("被推荐人:张伟", (65, 123, 200, 135)),
                ("推荐人姓名:陈志明", (65, 195, 220, 207)), ("推荐人职称:正高级工程师", (65, 215, 250, 227)),
                ("张伟同志技术水平突出,业绩显著,符合破格申报条件,特此推荐。", (65, 316, 540, 328)),
                ("推荐人签名:", (65, 369, 140, 381)), ("日期:2025年10月8日", (67, 389, 220, 401)), *extra]
        page = Page(1, 595, 842, source, [Line(t, b, 0.99) for t, b in rows], drawn=list(drawn))
        found = doctype("recommendation_letter").extract(DocText(ReadResult("r.pdf", "0" * 64, page_count=1, pages=[page])))
        return [code for _, code, _ in found.issues]

    assert "recommendation_unsigned" in letter()
    assert "recommendation_unsigned" not in letter(extra=[("陈志明", (345, 372, 390, 384))])
    assert "recommendation_unsigned" not in letter(drawn=[(150, 360, 260, 395)])
    assert "recommendation_unsigned" not in letter(source="ocr")


def test_a_papers_title_continued_from_an_earlier_issue_opens_a_paper():
    """Page 2 headed 面向离散制造的工业互联网平台关键技术综述（续） after an acceptance (probe CE C01): a
    paper of its own; 表2 课题组成员（续） still continues its table."""
    from zhicheng.binder import _continues

    paper = _doc(("面向离散制造的工业互联网平台关键技术综述(续)", (140, 120, 1100, 160)), ("张伟,李强", (500, 200, 640, 225)),
                 ("摘要:承接上期,本文综述工业互联网平台在离散制造中的边缘计算与数据治理。", (120, 320, 1500, 345)))
    table = _doc(("表2 课题组成员(续)", (140, 120, 600, 160)), ("9   周杰   工程师", (140, 200, 700, 225)))
    assert not _continues(paper) and _continues(table)


def test_a_meetings_sign_in_sheet_is_no_acceptance():
    """“…”项目验收会 签到表 over 姓名 | 单位 | 签名 rows (probe CA N02): unknown."""
    rows = [("“冲压车间数字化改造”项目验收会", (120, 70, 480, 88)), ("签到表", (260, 95, 330, 113)),
            ("时间:2024年6月21日   地点:重庆两江智造科技有限公司", (60, 130, 500, 142)), ("序号   姓名   单位   职称   签名", (60, 160, 500, 172)),
            ("1   李强   重庆大学   教授", (60, 182, 500, 194)), ("2   王芳   重庆邮电大学   正高级工程师", (60, 204, 500, 216))]
    assert _typed(_text_layer(*rows))[0] == "unknown"


def test_a_panel_called_a_small_group_is_no_team_and_a_place_to_sign_heads_no_table():
    """验收小组成员名单 over 序号 姓名 工作单位 职称 (probe CE P01): the experts, never members;
    验收委员会主任委员（签字）： right above the team's table with its 分工 column (P05): the team."""
    head = [("项目验收意见", (230, 70, 360, 88)), ("项目名称:冲压车间数字化改造", (60, 110, 300, 122)),
            ("项目负责人:李强", (60, 136, 200, 148)), ("验收结论:一致同意该项目通过验收。", (60, 162, 330, 174)),
            ("验收日期:2023年12月26日", (60, 188, 250, 200))]

    def table(caption, columns, rows):
        lines = [(caption, (60, 240, 330, 252)), ("   ".join(columns), (70, 270, 520, 282))]
        lines += [("   ".join(r), (70, 292 + 22 * k, 520, 304 + 22 * k)) for k, r in enumerate(rows)]
        return _typed(_text_layer(*head, *lines))[1].get("members") or []

    experts = table("验收小组成员名单", ("序号", "姓名", "工作单位", "职称"),
                    [("1", "周建国", "重庆大学", "教授"), ("2", "陈国华", "重庆理工大学", "教授"), ("3", "吴敏", "重庆邮电大学", "教授")])
    assert not {"周建国", "陈国华", "吴敏"} & set(experts)
    team = table("验收委员会主任委员(签字):", ("序号", "姓名", "工作单位", "职称", "分工"),
                 [("1", "李强", "重庆两江智造科技有限公司", "高级工程师", "总体设计"), ("2", "张伟", "重庆两江智造科技有限公司", "工程师", "软件开发"),
                  ("3", "王芳", "重庆两江智造科技有限公司", "工程师", "算法研发")])
    assert team == ["李强", "张伟", "王芳"]


def test_a_sign_off_row_under_a_dotted_name_is_no_letter_of_it():
    from extractor.layout import dotted_tail_below

    text = _text_layer(("编写   阿依古丽·买买提", (93, 355, 260, 372)), ("审 核", (93, 376, 130, 388)))
    assert dotted_tail_below(text, text.lines[0]) is None


def test_a_column_name_bare_in_a_heads_cell_is_no_journal():
    """研究论文   机床与液压   2024年第52卷第3期 (probe CE J04): 机床与液压."""
    rows = [("研究论文   机床与液压   2024年第52卷第3期", (60, 51, 420, 63)), ("基于边缘计算的冲压设备状态监测系统设计", (90, 92, 500, 110)),
            ("张伟,李强,王芳", (240, 127, 340, 139)), ("(重庆两江智造科技有限公司,重庆 401120)", (176, 149, 420, 161)),
            ("摘要:针对冲压设备状态数据采集实时性差的问题,设计了基于边缘计算的状态监测系统。", (60, 181, 540, 193)),
            ("关键词:边缘计算;状态监测;冲压设备", (60, 203, 300, 215)),
            ("中图分类号:TH137 文献标志码:A 文章编号:1001-3881(2024)03-0045-05", (61, 225, 520, 237))]
    kind, values = _typed(_text_layer(*rows))
    assert kind == "journal_paper" and values.get("journal") == "机床与液压"


def test_holders_a_wrap_cuts_inside_a_unit_and_after_its_first_letter():
    """著作权人: 四川蜀信…股份有限公司;成都天府星链数据 | 科技有限公司;重庆两江新区…智能网联 | 汽车零部件…有限公司;
    重庆渝州理工学院 (probe CB S03): four units; …(中国);重 | 庆渝芯智联科技有限公司(中国) (S10): 重庆渝芯…."""
    from extractor.layout import _cut_unit

    rows = [("计算机软件著作权登记证书", (386, 350, 1300, 420)), ("软件名称:", (237, 646, 480, 690)),
            ("工业互联网标识解析二级节点管理软件V3.0", (531, 643, 1400, 690)), ("著作权人:", (237, 728, 480, 770)),
            ("四川蜀信工业互联网股份有限公司;成都天府星链数据", (531, 727, 1450, 770)),
            ("科技有限公司;重庆两江新区鱼复工业开发区智能网联", (531, 786, 1450, 830)),
            ("汽车零部件检测技术服务有限公司;重庆渝州理工学院", (530, 845, 1450, 890)),
            ("开发完成日期:", (242, 935, 480, 975)), ("2022年04月30日", (527, 931, 900, 975)),
            ("登记号:", (237, 1286, 400, 1330)), ("2022SR1456789", (533, 1288, 900, 1330))]
    assert _typed(_doc(*rows))[1]["holders"] == ["四川蜀信工业互联网股份有限公司", "成都天府星链数据科技有限公司",
                                                "重庆两江新区鱼复工业开发区智能网联汽车零部件检测技术服务有限公司", "重庆渝州理工学院"]
    assert _cut_unit("四川绵阳锦江智控设备有限公司(中国);重", "庆渝芯智联科技有限公司(中国)")


_GRID = [("结题验收书", (622, 574, 900, 620)), ("项目名称:", (348, 927, 560, 960)),
         ("基于深度学习的PCB板表面缺陷AOI检测方法研究", (585, 928, 1500, 960)),
         ("项目主持人:", (349, 1118, 530, 1150)), ("皇甫晓燕", (547, 1115, 700, 1150)), ("一、项目组成员", (228, 1221, 500, 1260)),
         ("姓名", (290, 1284, 350, 1310)), ("职称", (502, 1287, 560, 1310)), ("姓名", (708, 1286, 770, 1310)),
         ("职称", (917, 1286, 980, 1310)), ("姓名", (1126, 1286, 1190, 1310)), ("职称", (1339, 1286, 1400, 1310)),
         ("皇甫晓燕", (268, 1354, 400, 1380)), ("高级工程师", (462, 1354, 620, 1380)), ("杨帆", (709, 1352, 770, 1380)),
         ("工程师", (906, 1352, 1000, 1380)), ("陈卓", (1127, 1352, 1190, 1380)), ("正高级工程师", (1286, 1355, 1460, 1380)),
         ("李娜", (291, 1415, 350, 1440)), ("助理工程师", (461, 1418, 620, 1440)), ("范文涛", (694, 1415, 790, 1440)),
         ("副教授", (905, 1416, 1000, 1440)), ("朱家明", (1114, 1417, 1210, 1440)), ("教授", (1339, 1415, 1400, 1440)),
         ("验收结论:通过验收,同意结题。", (316, 1828, 900, 1860))]


def test_a_grid_of_three_name_and_title_pairs_reads_every_column():
    """姓名 | 职称 ×3 across, no numbers (probe CA A05): row by row, the first column's names too, and
    down each column as the other reading."""
    from extractor.doctypes import doctype

    found = doctype("project_acceptance").extract(_doc(*_GRID))
    assert found.values["members"] == ["皇甫晓燕", "杨帆", "陈卓", "李娜", "范文涛", "朱家明"]
    assert ["皇甫晓燕", "李娜", "杨帆", "范文涛", "陈卓", "朱家明"] in found.other_orders


def test_a_forms_fill_in_day_is_not_the_acceptance_date():
    """The cover's 填表日期：2023年3月10日 when the date under the panel's signature was not read (CA A05)."""
    rows = _GRID[:3] + [("填表日期:", (348, 1306, 560, 1340)), ("2023年3月10日", (585, 1307, 900, 1340))] + _GRID[3:]
    kind, values = _typed(_doc(*rows))
    assert kind == "project_acceptance" and "acceptance_date" not in values


def test_the_ministrys_report_information_table_its_name_and_its_authors():
    """科技报告基本信息表 over 报告名称 | …研究报告 and 作者排序 | 作者姓名 | 工作单位 | 职称 rows (probe CA R08):
    the labelled name, never the form's heading; the authors in their order."""
    rows = [("科技报告基本信息表", (647, 232, 1100, 280)), ("报告名称", (243, 351, 400, 390)),
            ("工业设备故障诊断知识图谱构建技术研究报告", (460, 357, 1300, 395)), ("报告编号", (246, 458, 400, 495)),
            ("CSTC-2022-1187", (543, 464, 800, 500)), ("作者排序", (244, 747, 400, 785)), ("作者姓名", (503, 747, 660, 785)),
            ("工作单位", (949, 749, 1100, 785)), ("职称", (1418, 745, 1480, 785))]
    for k, (name, unit) in enumerate([("袁波磊", "西南大学"), ("陶琳", "重庆大学"), ("龙春琳", "重庆工程职业技术学院")]):
        y = 826 + 80 * k
        rows += [(str(k + 1), (296, y + 7, 310, y + 40)), (name, (516, y, 620, y + 38)), (unit, (949, y, 1200, y + 38)),
                 ("教授", (1406, y, 1470, y + 38))]
    kind, values = _typed(_doc(*rows))
    assert kind == "technical_report" and values["title"] == "工业设备故障诊断知识图谱构建技术研究报告"
    assert values["authors"] == ["袁波磊", "陶琳", "龙春琳"]


def test_a_covers_title_cut_by_its_underline_is_completed_by_the_same_title_printed_whole():
    """课题名称：离散制造车间多源异构数据实时采集 | ：与边缘协同控制技术 on the cover, the whole in page 2's
    cell (probe CA A04): the whole."""
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    cover = [("课题综合绩效评价结论书", (166, 146, 430, 170)), ("课题名称:   离散制造车间多源异构数据实时采集", (114, 285, 480, 297)),
             (":   与边缘协同控制技术", (115, 316, 330, 328)), ("课题负责人:   诸葛明远", (114, 378, 300, 390))]
    inner = [("课题名称   离散制造车间多源异构数据实时采集与边缘协同控制技术", (96, 78, 540, 90)),
             ("课题负责人   诸葛明远   评价日期   2023年11月24日", (90, 162, 500, 174)), ("评价结论:通过", (90, 200, 300, 212))]
    pages = [Page(n + 1, 595, 842, "text_layer", [Line(t, b, 0.99) for t, b in rows]) for n, rows in enumerate((cover, inner))]
    kind, values = _typed(DocText(ReadResult("a.pdf", "0" * 64, page_count=2, pages=pages)))
    assert values["project_title"] == "离散制造车间多源异构数据实时采集与边缘协同控制技术"


def test_a_registers_caption_naming_both_roles_is_no_inventor():
    """发明人/设计人 | 孟凡;秦岭;邱实 over 地址 (probe CB P13): three inventors."""
    rows = [("专利登记簿副本", (623, 181, 1000, 230)), ("专利号", (182, 384, 300, 420)), ("ZL 2019 2 1567890.9", (438, 391, 800, 425)),
            ("授权公告日", (183, 450, 360, 485)), ("2020年06月30日", (436, 452, 700, 487)), ("发明创造名称", (186, 515, 400, 550)),
            ("一种注塑模具温度无线监测装置", (439, 515, 900, 550)), ("专利权人", (183, 636, 330, 672)),
            ("重庆渝芯智联科技有限公司", (439, 641, 900, 677)), ("发明人/设计人", (184, 702, 400, 738)),
            ("孟凡;秦岭;邱实", (438, 704, 700, 740)), ("地址", (179, 761, 260, 797)), ("四川省绵阳市高新区绵兴东路36号", (439, 768, 900, 804))]
    assert _typed(_doc(*rows))[1]["inventors"] == ["孟凡", "秦岭", "邱实"]


def test_an_invoice_summarys_grand_total_over_its_years():
    """2023年 … 合计金额（不含税）：5,000,000.00元 | 2024年 … 7,500,000.00元 | 总计金额（不含税）：12,500,000.00元 (CE R12)."""
    rows = [("销售发票开具情况汇总表", (200, 60, 400, 78)), ("销售方:重庆两江智造科技有限公司", (40, 100, 300, 112)),
            ("购买方:重庆华岳汽车零部件有限公司等12家", (40, 122, 330, 134)),
            ("2023年  开票张数:46张   合计金额(不含税):人民币5,000,000.00元   合计税额:人民币650,000.00元", (40, 166, 560, 178)),
            ("2024年  开票张数:58张   合计金额(不含税):人民币7,500,000.00元   合计税额:人民币975,000.00元", (40, 188, 560, 200)),
            ("总计金额(不含税):人民币12,500,000.00元   总计税额:人民币1,625,000.00元", (40, 210, 500, 222)),
            ("重庆两江智造科技有限公司财务部(盖章)", (300, 260, 520, 272)), ("2025年1月8日", (360, 282, 460, 294))]
    kind, values = _typed(_text_layer(*rows))
    assert kind == "revenue_proof" and values["amount_wan"] == 1250.0


def test_a_technology_contracts_registration_is_its_revenue_paper():
    """技术合同认定登记证明: 卖方(登记方) | 买方 | 合同成交总额 50.00万元 (probe CB R25): a revenue paper, no recognition."""
    rows = [("技术合同认定登记证明", (198, 80, 400, 98)), ("登记编号:2023500105000892", (379, 119, 560, 131)),
            ("合同名称   一种SMT产线贴片质量在线监测方法专利权转让", (76, 154, 500, 166)), ("技术合同类别   技术转让(专利权)", (75, 191, 330, 203)),
            ("卖方(登记方)   重庆西部智造工业互联网研究院", (76, 228, 400, 240)), ("买方   重庆江北嘉陵电子元器件股份有限公司", (76, 265, 420, 277)),
            ("合同成交总额   50.00万元", (76, 302, 260, 314)), ("技术交易额   50.00万元", (75, 339, 250, 351)),
            ("合同签订日期   2023年10月12日", (76, 375, 300, 387)), ("认定登记日期   2023年11月02日", (76, 449, 300, 461)),
            ("经审查,该合同符合《技术合同认定规则》的规定,认定为技术合同,准予登记。", (95, 539, 520, 551)),
            ("重庆市技术市场管理办公室", (381, 638, 540, 650)), ("2023年11月02日", (438, 666, 540, 678))]
    kind, values = _typed(_text_layer(*rows))
    assert kind == "revenue_proof" and values["amount_wan"] == 50.0


def _letter_pdf(path, draw=None):
    """A typed recommendation letter with a text layer (fpdf2), ``draw(pdf)`` adding what is drawn."""
    from pathlib import Path

    import pytest
    from fpdf import FPDF

    font = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    if not font.exists():
        pytest.skip(f"CJK font {font} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("zh", fname=str(font))
    pdf.add_page()
    pdf.set_font("zh", size=11)
    for y, line in [(80, "推荐信"), (120, "被推荐人：张三"), (144, "推荐人：王五   职称：正高级工程师   工作单位：重庆大学"),
                    (168, "张三同志长期从事工业互联网平台研发，业绩突出，特此推荐。"), (306, "推荐人签名："), (330, "2025年3月10日")]:
        pdf.text(60, y, line)
    if draw:
        draw(pdf)
    pdf.output(str(path))
    return path


def test_a_signature_pasted_or_inked_on_a_typed_letter_signs_it(tmp_path):
    """A picture beside 推荐人签名：, an ink annotation there (Fill & Sign), or nothing drawn: the
    first two are signed (probe CG L08, L01: pypdfium2 5 measures objects with get_bounds, and a
    method it lacks had made every typed letter unsigned), the last is not; a cell's shading is no ink."""
    from PIL import Image

    from extractor import ReadOptions, read_file
    from zhicheng.documents import document_from

    picture = tmp_path / "sig.png"
    Image.new("RGB", (200, 80), "white").save(picture)

    def unsigned(draw):
        path = _letter_pdf(tmp_path / f"l{len(list(tmp_path.iterdir()))}.pdf", draw)
        doc = document_from(read_file(path, ReadOptions(use_cache=False, max_ocr_pages=0)))
        assert doc.doc_type == "recommendation_letter"
        return "recommendation_unsigned" in [i["code"] for i in doc.issues]

    assert not unsigned(lambda pdf: pdf.image(str(picture), x=140, y=290, w=100, h=40))
    assert not unsigned(lambda pdf: pdf.ink_annotation([(140, 300), (170, 290), (200, 310), (230, 295)], title="王五"))
    assert unsigned(None)
    assert unsigned(lambda pdf: (pdf.set_fill_color(230, 230, 230), pdf.rect(140, 290, 260, 40, style="F")))


def test_a_totals_note_of_a_red_letter_invoice_netted_in_is_a_sale():
    """价税合计（已扣减红字发票1张）：¥12,000,000.00 in the top third of a summary (probe CG R07): realised."""
    rows = [("重庆智造科技有限公司 工业互联网平台产品销售发票汇总表", (90, 77, 500, 95)), ("统计期间:2024年1月1日至2024年12月31日", (60, 114, 300, 126)),
            ("序号 购买方 发票号码 开票日期 价税合计", (60, 138, 500, 150)),
            ("1 重庆长江机械制造有限公司 24502000000012345678 2024-05-20 ¥8,000,000.00", (61, 162, 540, 174)),
            ("2 重庆渝北精密制造有限公司 24502000000012349999 2024-09-02 ¥5,000,000.00", (61, 186, 540, 198)),
            ("3 重庆渝北精密制造有限公司 24502000000012350000 2024-09-30 ¥-1,000,000.00", (60, 210, 540, 222)),
            ("价税合计(已扣减红字发票1张):¥12,000,000.00", (60, 234, 330, 246)), ("重庆智造科技有限公司财务部(盖章)", (60, 306, 300, 318)),
            ("2025年1月8日", (61, 331, 160, 343))]
    kind, values = _typed(_text_layer(*rows))
    assert kind == "revenue_proof" and values.get("realised") is not False


def test_a_university_campus_on_a_party_school_road_or_its_correspondence_station_is_the_universitys():
    """在重庆工商职业学院党校路校区…学习 (CG D01); 在中共万州区委党校西南大学函授站函授学习 (D03); 中共中央党校
    研究生院 硕士研究生毕业证书 (D02): the state's."""
    from extractor.doctypes import doctype

    def read(*rows):
        return doctype("degree_certificate").extract(_text_layer(*[(t, (70, 80 + 30 * k, 540, 92 + 30 * k)) for k, t in enumerate(rows)]))

    for sentence in ("学生张三于2008年9月至2011年7月在重庆工商职业学院党校路校区机电一体化技术专业三年制专科学习,修完全部课程,准予毕业。",
                     "学生张三于2008年9月至2011年7月在中共万州区委党校西南大学函授站函授学习,修完全部课程,准予毕业。"):
        found = read("毕业证书", sentence, "2011年7月1日")
        assert "education_unclear" not in [c for _, c, _ in found.issues], sentence
    central = read("中共中央党校", "研究生毕业证书", "研究生张三于2009年9月至2012年7月在中共中央党校研究生院经济学专业学习,修完规定课程,成绩合格,准予毕业。",
                   "2012年7月1日")
    assert "education_unclear" not in [c for _, c, _ in central.issues]


def test_a_title_issued_under_a_sealed_caption_or_by_the_reform_office_is_a_title():
    """发证机关（盖章）：重庆市人力资源和社会保障局 beside 仅在本单位范围内有效 (CG T01); 重庆市职称改革办公室 (T03)."""
    for issuer in ("发证机关(盖章):重庆市人力资源和社会保障局", "发证机关:重庆市职称改革办公室"):
        values = _typed(_title_rows("备注:企业自主评审取得的职称,仅在本单位范围内有效。", issuer=issuer))[1]
        assert values.get("title") == "engineer", issuer


def test_the_title_certificates_unit_is_not_his_where_the_contract_names_him():
    """乙方项目负责人：张三 on a contract whose buyer is the unit on his (former employer's) title
    certificate (probe CG C01): he is placed by the paper; counted."""
    from tests.test_audit import APPLICANT, claim, never_core
    from tests.test_tenth_session import _paper
    from zhicheng.audit import audit

    title = _paper("title.pdf", "title_certificate", "姓名:张三工作单位:重庆长江机械制造有限公司资格名称:工程师",
                   holder="张三", title="engineer", date="2018-07-01")
    contract = _paper("c.pdf", "revenue_proof", "工业互联网平台建设项目合同甲方(买方):重庆长江机械制造有限公司乙方(卖方):重庆智造科技有限公司乙方项目负责人:张三",
                      amount_wan=1200.0, parties=["重庆长江机械制造有限公司", "重庆智造科技有限公司"], buyer="重庆长江机械制造有限公司",
                      date="2023-03-15")
    result = audit([title, contract], [claim(0, ["c.pdf"], kind="revenue", amount_wan=1200, role="participant", date="2023-03-15")],
                   APPLICANT, never_core)
    assert [b.achievement.amount_wan for b in result.achievements] == [1200.0]


def test_a_recommenders_own_certificate_in_the_bundle_decides_his_title():
    """陈刚's letter calls him 正高级工程师; his own title certificate filed beside it says 高级工程师
    (probe CH E3): not counted."""
    from tests.test_audit import APPLICANT, doc
    from zhicheng.audit import _recommenders

    letter = doc("r.pdf", "recommendation_letter", recommender="陈刚", recommender_title="professorate_senior_engineer",
                 candidate="张三")
    own = doc("chen.pdf", "title_certificate", holder="陈刚", title="senior_engineer", date="2015-12-01")
    issues = []
    assert _recommenders([letter, own], APPLICANT, issues) == 0
    assert any(i["code"] == "recommender_not_qualified" for i in issues)
    assert _recommenders([letter], APPLICANT, []) == 1


def test_a_contract_and_its_invoices_unclaimed_are_one_sale():
    """A 600万 contract (合同编号：YZ-HT-2023-017) and two invoices whose 备注 name it, no claims (probe CH
    D1c): 600 counted once, the invoices said to settle it."""
    from tests.test_audit import APPLICANT, never_core
    from tests.test_tenth_session import _paper
    from zhicheng.audit import audit

    contract = _paper("rev/contract.pdf", "revenue_proof", "销售合同合同编号:YZ-HT-2023-017甲方:重庆长江机械制造有限公司乙方:重庆渝新智能装备有限公司张三",
                      amount_wan=600.0, parties=["重庆长江机械制造有限公司", "重庆渝新智能装备有限公司"], date="2023-03-15")
    invoices = [_paper(f"rev/inv{k}.pdf", "revenue_proof", f"增值税专用发票价税合计300万元备注:合同编号YZ-HT-2023-017发票号码0000{k}",
                       amount_wan=300.0, parties=["重庆长江机械制造有限公司", "重庆渝新智能装备有限公司"], date=f"2023-0{k + 4}-01")
                for k in (1, 2)]
    result = audit([contract] + invoices, [], APPLICANT, never_core, employer="重庆渝新智能装备有限公司")
    assert sum(b.achievement.amount_wan or 0 for b in result.achievements if b.achievement.kind.value == "revenue") == 600.0


def test_a_contracts_net_of_tax_sum_printed_beside_its_total_is_the_revenue():
    """合同总价人民币1,050.00万元（含税），其中不含税金额929.20万元 (probe CH D4): 1050 read, 929.2 counted."""
    from extractor.doctypes import doctype

    text = _contract("第一条 合同总价人民币1,050.00万元(含税),其中不含税金额929.20万元。")
    values = doctype("revenue_proof").extract(text).values
    assert values["amount_wan"] == 1050.0 and values.get("amount_net_wan") == 929.2


def test_a_proof_of_new_revenue_is_no_acceptance():
    """新增营收证明 (probe CH D2): one letter from 验收证明, a revenue paper."""
    rows = [("新增营收证明", (238, 34, 360, 52)), ("兹证明,重庆渝智工业互联网研究院有限公司开发推广的工业互联网平台产品,2022年度实现新增营", (31, 78, 560, 90)),
            ("业收入400万元。", (31, 101, 130, 113)), ("主要完成人:张伟、李娜", (31, 124, 200, 136)), ("特此证明。", (31, 147, 100, 159)),
            ("重庆渝智工业互联网研究院有限公司(财务专用章)", (31, 169, 330, 181)), ("2023年2月10日", (32, 192, 140, 204))]
    assert _typed(_text_layer(*rows))[0] == "revenue_proof"


def test_a_sale_cited_with_its_invoice_is_dated_by_its_contract_without_a_mismatch():
    """A claim dated 2023-03-01 citing its contract of that day and the invoice of 2023-06-01 that settles it
    (probe CH D1b): no date_mismatch; the achievement is dated by the contract."""
    from tests.test_audit import APPLICANT, claim, never_core
    from tests.test_tenth_session import _paper
    from zhicheng.audit import audit

    contract = _paper("c.pdf", "revenue_proof", "销售合同合同编号:YZ-HT-2023-017甲方:重庆长江机械制造有限公司乙方:重庆渝新智能装备有限公司",
                      amount_wan=600.0, parties=["重庆长江机械制造有限公司", "重庆渝新智能装备有限公司"], date="2023-03-01")
    invoice = _paper("i.pdf", "revenue_proof", "增值税专用发票价税合计600万元备注:合同编号YZ-HT-2023-017", amount_wan=600.0,
                     parties=["重庆长江机械制造有限公司", "重庆渝新智能装备有限公司"], date="2023-06-01")
    result = audit([contract, invoice], [claim(0, ["c.pdf", "i.pdf"], kind="revenue", amount_wan=600, role="participant",
                                               date="2023-03-01")], APPLICANT, never_core, employer="重庆渝新智能装备有限公司")
    assert "date_mismatch" not in [i["code"] for i in result.issues]
    assert str(result.achievements[0].achievement.date) == "2023-03-01"


def test_contract_numbers_compare_whole_and_only_a_contract_is_settled():
    """HT-2023-01 is not inside HT-2023-015, 20230315 not inside 2023年03月15日 (probe CI S1, S2); two invoices
    naming one contract that is not filed add up (S3: 180 + 420); 协议编号 is a contract's number (S4)."""
    from tests.test_audit import APPLICANT, never_core
    from tests.test_tenth_session import _paper
    from zhicheng.audit import audit

    def total(*papers):
        result = audit(list(papers), [], APPLICANT, never_core, employer="重庆渝新智能装备有限公司")
        return sum(b.achievement.amount_wan or 0 for b in result.achievements if b.achievement.kind.value == "revenue")

    parties = dict(parties=["重庆长江机械制造有限公司", "重庆渝新智能装备有限公司"])
    a = _paper("a.pdf", "revenue_proof", "销售合同合同编号:HT-2023-01甲方:重庆长江机械制造有限公司", amount_wan=600.0, date="2023-03-01", **parties)
    b = _paper("b.pdf", "revenue_proof", "销售合同合同编号:HT-2023-015签订日期2023年03月15日", amount_wan=600.0, date="2023-03-15", **parties)
    assert total(a, b) == 1200.0
    first = _paper("i1.pdf", "revenue_proof", "增值税专用发票首付款备注:合同编号:CQZZ-2023-018", amount_wan=180.0, date="2023-04-01", **parties)
    last = _paper("i2.pdf", "revenue_proof", "增值税专用发票尾款备注:合同编号:CQZZ-2023-018", amount_wan=420.0, date="2023-09-01", **parties)
    assert total(first, last) == 600.0
    deal = _paper("x.pdf", "revenue_proof", "技术服务协议协议编号:XY-2023-0088", amount_wan=600.0, date="2023-03-01", **parties)
    bill = _paper("y.pdf", "revenue_proof", "增值税专用发票备注:协议编号:XY-2023-0088", amount_wan=600.0, date="2023-05-01", **parties)
    assert total(deal, bill) == 600.0


def test_a_net_sum_is_the_totals_only_where_it_says_so():
    """单价（不含税）：12.5万元/台 (probe CI N1), 设备部分不含税价 (N2), a penalty 按不含税金额 (N5): no net total;
    不含税金额 two lines under the total (N4): the net total."""
    from extractor.doctypes import doctype

    def net(*clauses):
        return doctype("revenue_proof").extract(_contract(*clauses)).values.get("amount_net_wan")

    assert net("第一条 合同总价人民币1,050.00万元(含税)。", "单价(不含税):12.5万元/台") is None
    assert net("第一条 合同总价人民币1,050.00万元(含税),其中设备部分不含税价为530.97万元。") is None
    assert net("第一条 合同总价人民币1,130万元(含税)。", "第二条 付款方式:验收合格后三十日内一次性支付。",
               "不含税金额:¥10,000,000.00 税额:¥1,300,000.00") == 1000.0


def test_clauses_about_signing_copies_or_parameters_bind_the_contract_all_the_same():
    """未经双方签字盖章，不具有法律效力 (CI B1), 配置参数，仅供参考 (B2), a deliverable's 征求意见稿 (B4), 规划（初稿及终稿）
    编制服务合同 (B5): realised; 说明：此版本仅供双方内部讨论 (B3), 合同（草拟稿） (B8) are drafts."""
    from extractor.doctypes import doctype

    def realised(*clauses, title="技术开发合同"):
        return doctype("revenue_proof").extract(_contract("本合同金额为人民币壹佰贰拾万元整(¥1,200,000.00)。", *clauses, title=title)).values.get("realised")

    assert realised("本合同自双方签字盖章之日起生效;未经双方签字盖章,不具有法律效力。") is not False
    assert realised("附件一所列配置参数,仅供参考,以实际交付为准。") is not False
    assert realised("第三条 阶段交付成果:标准文本 征求意见稿") is not False
    assert realised(title="工业互联网平台规划(初稿及终稿)编制服务合同") is not False
    assert realised("说明:此版本仅供双方内部讨论,正式文本以盖章原件为准。") is False
    assert realised(title="技术服务合同(草拟稿)") is False


def test_a_red_letter_invoices_total_is_negative_first_a_deduction_after_a_sale_is_not():
    from extractor.doctypes import doctype

    def realised(heading, total):
        rows = [(heading, (150, 60, 450, 78)), ("发票代码:5000231130 发票号码:01234567", (65, 144, 350, 156)),
                ("购买方 名称:重庆长江汽车零部件有限公司", (66, 184, 350, 196)), (total, (65, 286, 540, 298)),
                ("销售方 名称:重庆智造科技有限公司", (65, 306, 330, 318))]
        return doctype("revenue_proof").extract(_text_layer(*rows)).values.get("realised")

    assert realised("增值税专用发票(红字发票)", "价税合计(大写)壹仟伍佰万元整 (小写)¥15,000,000.00") is False
    assert realised("增值税专用发票", "价税合计(大写)负壹仟伍佰万元整 (小写)-15000000.00") is False
    assert realised("销售发票汇总表", "价税合计:¥12,500,000.00 减退货红冲 -¥500,000.00 净额 ¥12,000,000.00") is not False


def test_a_seal_by_the_units_caption_or_a_frame_round_the_label_is_no_signature():
    """推荐人签名： blank, the unit's seal picture on 推荐人所在单位（盖章） two lines under it (probe CI L1), a
    box drawn round the label (L2): unsigned; eight short pen strokes beside it (L3): signed."""
    from extractor.doctypes import doctype
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    def unsigned(drawn, extra=()):
        rows = [("推荐信", (250, 73, 310, 92)), ("被推荐人:张三", (60, 114, 200, 125)), ("推荐人:王五 职称:正高级工程师", (60, 234, 300, 245)),
                ("张三同志业绩突出,特此推荐。", (60, 186, 300, 197)), ("推荐人签名:", (60, 306, 121, 317)), ("2025年3月10日", (61, 331, 137, 341)),
                *extra]
        page = Page(1, 595, 842, "text_layer", [Line(t, b, 0.99) for t, b in rows], drawn=list(drawn))
        found = doctype("recommendation_letter").extract(DocText(ReadResult("r.pdf", "0" * 64, page_count=1, pages=[page])))
        return "recommendation_unsigned" in [c for _, c, _ in found.issues]

    assert unsigned([(200, 345, 270, 415)], extra=[("推荐人所在单位(盖章):", (60, 354, 180, 366))])
    assert unsigned([(55, 300, 300, 322)])
    assert not unsigned([(130 + 12 * k, 300, 140 + 12 * k, 318) for k in range(8)])
