"""Layouts the tenth session's probes found read wrong, one test per cause.

Each test builds its page the way the probe's document was built (typed OCR lines, or a
real PDF with a text layer) and checks the value a reviewer would read off the page."""

from __future__ import annotations

from extractor.doctypes import doctype


def _typed(*rows):
    from classifiers import classify
    from tests.typed_pages import doc, page

    text = doc(page(*rows))
    kind = classify(text)
    return kind.doc_type, doctype(kind.doc_type).extract(text).values if kind.doc_type != "unknown" else {}


def test_a_three_party_agreement_names_every_party():
    from tests.typed_pages import Big

    kind, values = _typed(Big("三方合作协议"), "甲方：重庆钢铁股份有限公司", "乙方：重庆赛迪热工环保工程技术有限公司",
                          "丙方：重庆科技大学",
                          "三方就“烧结烟气超低排放智能控制系统”研发与应用达成如下协议：甲方支付项目总费用",
                          "人民币捌佰伍拾万元（850万元），其中乙方承担系统集成，丙方承担算法研究。",
                          "甲方（盖章）   乙方（盖章）   丙方（盖章）", "2023年7月7日")
    assert kind == "revenue_proof"
    assert values["parties"] == ["重庆钢铁股份有限公司", "重庆赛迪热工环保工程技术有限公司", "重庆科技大学"]
    assert values["amount_wan"] == 850


def test_a_bilingual_contract_gives_the_chinese_names_and_its_dated_head_row():
    kind, values = _typed("销售合同 SALES CONTRACT", "合同号 ： CQXY-2024-0315   日期 ： 2024-03-15",
                          "买方 ： 重庆长安福特汽车有限公司 Changan Ford Automobile Co., Ltd.",
                          "卖方 ： 重庆西源凸轮轴有限公司 Chongqing Xiyuan Camshaft Co., Ltd.",
                          "合计（含13%增值税）Total incl. VAT   4,866,000.00", "大写金额 ： 人民币肆佰捌拾陆万陆仟元整")
    assert kind == "revenue_proof"
    assert values["parties"] == ["重庆长安福特汽车有限公司", "重庆西源凸轮轴有限公司"]
    assert values["date"] == "2024-03-15"


def test_a_purchase_orders_english_captions_before_the_chinese_labels():
    kind, values = _typed("采购订单 PURCHASE ORDER", "PO No.: 4500187766", "PO Date: 2024/05/08",
                          "Vendor供应商：重庆宗申机车工业制造有限公司",
                          "Bill To采购方：博世汽车部件（苏州）有限公司重庆分公司",
                          "不含税合计：CNY 430,000.00", "含税总计：CNY 485,900.00")
    assert kind == "revenue_proof"
    assert sorted(values["parties"]) == sorted(["重庆宗申机车工业制造有限公司", "博世汽车部件（苏州）有限公司重庆分公司"])
    assert values["date"] == "2024-05-08"


def test_a_payers_certificate_names_the_other_side_of_its_contract():
    from tests.typed_pages import Big

    kind, values = _typed(Big("付款证明"),
                          "兹证明，我单位与重庆川仪自动化股份有限公司于2022年9月签订的《火电厂DCS控制系统改造项目合同》，",
                          "合同总金额为人民币柒佰陆拾捌万元整（7,680,000.00元）。截至本证明出具之日，我单位已按合同约定支付全部款项。",
                          "特此证明。", "国家能源集团重庆恒泰发电有限公司", "2024年1月30日")
    assert kind == "revenue_proof"
    assert sorted(values["parties"]) == sorted(["国家能源集团重庆恒泰发电有限公司", "重庆川仪自动化股份有限公司"])


def test_a_bilingual_letters_candidate_with_his_pinyin():
    from tests.typed_pages import Big

    kind, values = _typed(Big("推荐信"), "致：重庆市工程技术高级职称评审委员会",
                          "本人谨推荐林语堂（Lin Yutang）先生申报正高级工程师。I am pleased to recommend Mr. Lin Yutang.",
                          "推荐人：梁实秋 Liang Shiqiu", "职称：教授级高级工程师", "单位：重庆赛迪信息技术有限公司")
    assert kind == "recommendation_letter"
    assert values["candidate"] == "林语堂"


def test_a_prefaces_sentence_gives_each_writer_his_share():
    from tests.typed_pages import Big

    kind, values = _typed(Big("编 制 说 明"),
                          "《潼南区绿色化工新材料产业园循环化改造项目可行性研究报告》由重庆渝咨工程咨询有限公司编制完成。",
                          "本报告由裴东来主持编制，党晓玲、匡正参与了第三章和第五章的编写，应天培负责投资估算与财务评价，全书由裴东来统稿。",
                          "重庆渝咨工程咨询有限公司", "2024年2月")
    assert kind == "technical_report"
    assert values["authors"] == ["裴东来", "党晓玲", "匡正", "应天培"]


def test_an_opinions_sentence_names_the_team_then_goes_on():
    kind, values = _typed("“高速动车组齿轮箱箱体精密铸造工艺”项目", "验收意见",
                          "2023年8月30日，重庆市经济和信息化委员会组织专家组在重庆江增船舶重工有限公司对该公司承担的项目进行了验收。",
                          "一、项目由蔺志刚负责，主要研究人员有芦玉婷、包文轩、应晓峰、从容，项目组结构合",
                          "理，分工明确。", "专家组同意该项目通过验收，验收结论为合格。", "专家组组长：伏建国", "2023年8月30日")
    assert kind == "project_acceptance"
    assert values["leader"] == "蔺志刚" and values["members"] == ["芦玉婷", "包文轩", "应晓峰", "从容"]


def test_a_team_told_with_each_ones_part_in_brackets_over_a_line_break():
    kind, values = _typed("2021年产业基础再造和制造业高质量发展专项", "项目验收意见",
                          "受工业和信息化部产业发展促进中心委托，2024年4月18日，重庆市经济和信息化委员会组织专家对",
                          "重庆建设工业（集团）有限责任公司承担的“高精度谐波减速器批量化制造能力建设”项目进行了现场验收。",
                          "项目团队由企业技术中心组建，负责人为滕飞，核心成员包括宫雪（技术总负责）、颜立",
                          "新（工艺）、景浩（装备）和卫思琪（质量），团队共计36人。",
                          "验收专家组一致同意该项目通过验收。")
    assert kind == "project_acceptance"
    assert values["leader"] == "滕飞" and values["members"] == ["宫雪", "颜立新", "景浩", "卫思琪"]


def test_an_e_signing_certificates_table_of_signers_and_its_last_signing_day():
    kind, values = _typed("电子签署信息页", "合同名称：工业机器人系统集成采购合同", "合同金额：¥2,380,000.00（含税）",
                          "发起方：重庆建设机电有限责任公司", "签署方",
                          "序号 签署主体   经办人   签署时间   签署方式",
                          "1   重庆建设机电有限责任公司   伍子胥   2024-02-27 15:32:08   企业电子签章",
                          "2   重庆固高智能科技有限公司   范蠡   2024-02-28 09:10:44   企业电子签章")
    assert kind == "revenue_proof"
    assert values["parties"] == ["重庆建设机电有限责任公司", "重庆固高智能科技有限公司"]
    assert values["date"] == "2024-02-28"


def test_parties_signing_by_electronic_seal_and_a_head_table_of_label_and_name():
    kind, values = _typed("第十二条 合同价款总计：¥1,520,000.00元（大写：壹佰伍拾贰万元整）。", "（以下无正文）",
                          "甲方：重庆千信集团有限公司（电子签章）", "签署时间：2024-10-08 10:02:11",
                          "乙方：重庆瑞力比燃气设备有限责任公司（电子签章）", "签署时间：2024-10-09 16:45:37")
    assert kind == "revenue_proof"
    assert values["parties"] == ["重庆千信集团有限公司", "重庆瑞力比燃气设备有限责任公司"]
    kind, values = _typed("设备采购合同", "合同编号   HT-SX-2024-0211   签订日期   2024年2月11日",
                          "甲方（需方）   重庆赛力斯汽车有限公司   签订地点   重庆市沙坪坝区",
                          "乙方（供方）   重庆蓝黛科技集团股份有限公司   联系人   陈平",
                          "第二条 合同总额为人民币柒拾捌万叁仟元整（¥783,000.00），含13%增值税。")
    assert values["parties"] == ["重庆赛力斯汽车有限公司", "重庆蓝黛科技集团股份有限公司"]


def test_a_third_side_named_by_its_role_and_each_sides_signing_row():
    kind, values = _typed("技术开发（合作）合同", "委托方（甲方）：重庆望变电气（集团）股份有限公司", "研究开发方（乙方）：重庆大学",
                          "协作方（丙方）：国网重庆市电力公司电力科学研究院",
                          "第四条 本项目研究开发经费总额为人民币420万元，由甲方分期支付给乙方。",
                          "甲方（盖章）：   法定代表人或授权代表：   2022年7月1日",
                          "乙方（盖章）：   法定代表人或授权代表：   2022年7月1日")
    assert len(values["parties"]) == 3 and "国网重庆市电力公司电力科学研究院" in values["parties"]
    assert values["date"] == "2022-07-01"


def test_a_supplements_original_sum_is_not_its_sum_and_an_item_tables_total_beats_a_prepayment():
    from tests.typed_pages import Big, Row

    kind, values = _typed(Big("补充协议"), "甲方：重庆渝江压铸有限公司", "乙方：重庆精工智能装备有限公司",
                          "甲乙双方于2023年11月20日签订了《压铸岛自动化集成合同》（以下简称原合同），原合同约定合同总价为人民币120万元。",
                          "现因甲方增加2套自动喷涂单元，经双方协商一致，原合同总价调整为人民币150万元（大写：壹佰伍拾万元整）。",
                          "日期：2024年6月12日")
    assert values["amount_wan"] == 150
    kind, values = _typed(Big("工业品购销合同"), "需方：重庆红宇精密工业集团有限公司", "供方：重庆华数机器人有限公司",
                          Row((120, "序号"), (300, "产品名称"), (700, "数量"), (900, "单价（元）"), (1200, "金额（元）")),
                          Row((120, "1"), (300, "伺服电机"), (700, "20台"), (900, "18,500"), (1200, "370,000")),
                          Row((120, "2"), (300, "伺服驱动器"), (700, "20台"), (900, "9,800"), (1200, "196,000")),
                          Row((120, "3"), (300, "安装调试"), (700, "1项"), (900, "34,000"), (1200, "34,000")),
                          Row((300, "合计"), (1200, "600,000")),
                          "结算方式：合同签订后需方预付180,000元，货到验收合格后付清余款。", "2023年4月3日")
    assert kind == "revenue_proof" and values["amount_wan"] == 60


# --- verdicts (probe AE): papers of the bundle that undo an achievement, or show none ----------

def _audited(documents, claims, applicant=None):
    from tests.test_audit import APPLICANT, never_core
    from zhicheng.audit import audit

    result = audit(documents, claims, applicant or APPLICANT, never_core, employer="重庆渝新智能装备有限公司")
    return result


def _paper(file, doc_type, words, **fields):
    from tests.test_audit import doc

    paper = doc(file, doc_type, **fields)
    paper.words = words
    return paper


def test_a_paper_that_takes_the_achievement_back_is_none_and_holds_it_back():
    """专利法第四十七条: an invalidated patent never existed; a retracted paper, a revoked prize or
    acceptance leave nothing to count.  The revoking paper is no achievement itself."""
    from tests.test_audit import PATENT, claim
    from tests.typed_pages import Big

    kind, _ = _typed("国家知识产权局", Big("无效宣告请求审查决定书"), "专利号   ZL202111233040.7",
                     "发明创造名称   一种基于边缘计算的工业设备协议自适应转换方法", "专利权人   重庆渝新智能装备有限公司",
                     "审查决定", "宣告ZL202111233040.7号发明专利权全部无效。", "2025年6月18日")
    assert kind == "unknown"
    decision = _paper("无效.pdf", "unknown", "无效宣告请求审查决定书 专利号 ZL202111233040.7 审查决定 宣告ZL202111233040.7号发明专利权全部无效。")
    cite = [claim(0, ["p.pdf"], kind="patent", patent_type="invention", granted=True, rank=3, date="2023-02-24")]
    result = _audited([PATENT, decision], cite)
    assert result.achievements == [] and "evidence_withdrawn" in [i["code"] for i in result.issues]
    kept = _paper("部分.pdf", "unknown", "宣告ZL202111233040.7号发明专利权部分无效，在权利要求2的基础上维持该专利权有效。")
    assert len(_audited([PATENT, kept], cite).achievements) == 1
    # unclaimed: an award certificate whose prize the government's decision revokes
    award = _paper("奖.pdf", "award_certificate", "重庆市科学技术奖证书 汽车焊装车间工业互联网平台关键技术及应用 二等奖 张三",
                   award_name="重庆市科学技术进步奖", level="provincial", grade="二等奖",
                   project_title="汽车焊装车间工业互联网平台关键技术及应用", holder="张三", rank=1, date="2024-12")
    revoked = _paper("撤销.pdf", "unknown", "关于撤销“汽车焊装车间工业互联网平台关键技术及应用”项目二〇二四年度重庆市科学技术进步奖的决定 "
                     "市政府决定撤销该项目所获重庆市科学技术进步奖二等奖，收回获奖证书。")
    result = _audited([award, revoked], [])
    assert result.achievements == [] and any(i["code"] == "evidence_withdrawn" for i in result.issues)
    assert len(_audited([award], []).achievements) == 1


def test_a_supplement_in_the_bundle_amends_the_contract_claimed_and_counts_no_sale_of_its_own():
    from tests.test_audit import claim

    words = "产品购销合同 合同编号：YXZN-XS-2024-033 甲方 重庆长鑫汽车零部件有限公司 乙方 重庆渝新智能装备有限公司 合同总金额1200万元"
    contract = _paper("合同.pdf", "revenue_proof", words, amount_wan=1200.0,
                      parties=["重庆长鑫汽车零部件有限公司", "重庆渝新智能装备有限公司"], date="2024-05-20")
    supplement = _paper("补充协议.pdf", "revenue_proof",
                        "合同补充协议 甲乙双方于前期签订了编号为YXZN-XS-2024-033的《产品购销合同》，原合同总金额由人民币1200.00万元变更为人民币780.00万元",
                        amount_wan=780.0, parties=["重庆长鑫汽车零部件有限公司", "重庆渝新智能装备有限公司"], date="2024-09-15")
    cite = [claim(0, ["合同.pdf"], kind="revenue", amount_wan=1200, role="participant", date="2024-05-20")]
    result = _audited([contract, supplement], cite)
    assert [b.achievement.amount_wan for b in result.achievements] == [780.0]
    assert "amount_wan_mismatch" in [i["code"] for i in result.issues]
    unclaimed = _audited([contract, supplement], [])
    assert [b.achievement.amount_wan for b in unclaimed.achievements] == [780.0]


def test_a_draft_contract_and_a_units_whole_revenue_are_no_sale():
    from tests.test_audit import claim

    cite = [claim(0, ["营收.pdf"], kind="revenue", amount_wan=1200, role="participant", date="2024-05-20")]
    draft = _paper("营收.pdf", "revenue_proof", "产品购销合同（草案·讨论稿） 本稿仅供双方讨论，不具有法律效力 合同总金额1200万元",
                   amount_wan=1200.0, parties=["重庆长鑫汽车零部件有限公司", "重庆渝新智能装备有限公司"], date="2024-05-20")
    result = _audited([draft], cite)
    assert result.achievements == [] and any("草案" in i["message"] for i in result.issues)
    whole = _paper("营收.pdf", "revenue_proof", "营业收入证明 兹证明：重庆渝新智能装备有限公司2024年度经审计的营业收入为人民币12,350.00万元。特此证明。",
                   amount_wan=12350.0, parties=["重庆渝新智能装备有限公司"], date="2025-03-20")
    assert _audited([whole], cite).achievements == []
    sold = _paper("营收.pdf", "revenue_proof", "销售收入证明 重庆渝新智能装备有限公司2024年度工业数据采集网关产品实现销售收入1,350.00万元",
                  amount_wan=1350.0, parties=["重庆渝新智能装备有限公司"], date="2025-03-20")
    assert len(_audited([sold], cite).achievements) == 1


def test_a_patent_number_whose_check_digit_fails_waits_for_a_person():
    from tests.test_audit import PATENT, claim, doc

    bad = doc("p.pdf", "patent_certificate", **{**PATENT.fields, "patent_number": "ZL202111233040.3"})
    bad.issues = [{"severity": "warning", "code": "invalid_patent_number", "message": "专利号校验位不符"}]
    cite = [claim(0, ["p.pdf"], kind="patent", patent_type="invention", granted=True, rank=3, date="2023-02-24")]
    result = _audited([bad], cite)
    assert result.achievements == [] and any(i["code"] == "invalid_patent_number" and i.get("needs_review")
                                             for i in result.issues)


def test_his_own_higher_title_certificate_outranks_the_profile():
    from rules.dates import PartialDate
    from rules.vocabulary import Title
    from tests.test_audit import APPLICANT, doc
    from zhicheng.audit import check_profile

    senior = doc("高工.pdf", "title_certificate", holder="张三", title="senior_engineer", date="2023-12-31")
    engineer = doc("工程师.pdf", "title_certificate", holder="张三", title="engineer", date="2018-07-01")
    applicant, issues = check_profile([engineer, senior], APPLICANT, PartialDate.parse("2025-12-31"))
    assert applicant.current_title is Title.SENIOR_ENGINEER and "status_mismatch" in [i["code"] for i in issues]
    someone = doc("高工.pdf", "title_certificate", holder="李四", title="senior_engineer", date="2023-12-31")
    later = doc("高工.pdf", "title_certificate", holder="张三", title="senior_engineer", date="2026-06-30")
    for other in (someone, later):
        applicant, _ = check_profile([engineer, other], APPLICANT, PartialDate.parse("2025-12-31"))
        assert applicant.current_title is Title.ENGINEER


# --- reading (probe AD) ------------------------------------------------------------------

def test_a_graded_acceptances_boxes_and_its_team_under_labels_not_seen_before():
    from tests.typed_pages import Big, Row

    kind, values = _typed(Big("重庆市自然科学基金项目结题验收表"),
                          Row((150, "项目名称"), (360, "工业互联网边缘节点可信计算机制研究")),
                          Row((150, "项目负责人"), (360, "李清照")),
                          Row((150, "项目组成员"), (360, "赵明诚 朱淑真 蔡文姬 班昭")),
                          Row((150, "验收等级"), (360, "□优秀 ☑良好 □合格 □不合格")),
                          Row((150, "验收时间"), (360, "2022年11月")), "重庆市科学技术局")
    assert kind == "project_acceptance" and values["passed"] is True
    kind, values = _typed(Big("验收意见书"), Row((220, "项目名称"), (500, "基于UWB的化工厂区人员定位与电子围栏系统")),
                          Row((220, "项目负责人"), (500, "吕布")), Row((220, "项目实施人员"), (500, "貂蝉、陈宫、张辽、高顺")),
                          Row((220, "验收意见"), (500, "经专家组讨论，同意通过验收。")), "重庆市江北区科学技术局")
    assert values["members"] == ["貂蝉", "陈宫", "张辽", "高顺"]


def test_members_one_to_a_line_each_beside_his_unit():
    from tests.typed_pages import At, Big

    kind, values = _typed(Big("验收证书"), "项目名称：机场行李分拣机器人视觉定位系统", "项目主持人：文天祥", "参与人员：",
                          At(300, "陆秀夫 重庆空港智能装备有限公司"), At(300, "张世杰 重庆空港智能装备有限公司"),
                          At(300, "谢枋得 重庆理工大学"), "验收结论：通过。", "重庆市渝北区科学技术局")
    assert kind == "project_acceptance" and values["members"] == ["陆秀夫", "张世杰", "谢枋得"]


def test_a_reports_preface_that_speaks_of_itself():
    from tests.typed_pages import Big

    kind, values = _typed(Big("前 言"),
                          "为摸清全市规上工业企业数字化转型现状，重庆市工业互联网产业联盟组织开展了专项调研，形成了本报告。",
                          "本报告由倪匡、缪天宇执笔，焦恩俊审定。报告共分五章。", "重庆市工业互联网产业联盟", "2024年9月")
    assert kind == "technical_report" and values["authors"] == ["倪匡", "缪天宇"]
    kind, values = _typed(Big("后记"), "本书是重庆市软科学研究项目的最终研究报告。",
                          "报告撰写分工如下：第一章、第二章由房玄龄撰写，第三章由杜如晦撰写，第四章、第五章由魏徵撰写，全文由房玄龄统稿。",
                          "课题组", "2023年12月")
    assert kind == "technical_report" and values["authors"] == ["房玄龄", "杜如晦", "魏徵"]


def test_a_bank_receipts_row_of_side_caption_and_name_cells():
    kind, values = _typed("网上银行电子回单", "回单号：2565137749", "付款人   户 名   重庆渤锐测控技术有限公司",
                          "账 号   520791519889267572", "收款人   户 名   银川燕赵工业互联网股份有限公司",
                          "金   额   ¥11,835,000.00", "大写金额   人民币壹仟壹佰捌拾叁万伍仟元整", "记账日期   2016.04.16")
    assert kind == "revenue_proof"
    assert values["parties"] == ["重庆渤锐测控技术有限公司", "银川燕赵工业互联网股份有限公司"]


def test_an_english_caption_before_a_chinese_label_is_no_damaged_label():
    from tests.typed_pages import Big

    kind, values = _typed(Big("Letter of Recommendation 推荐信"),
                          "I, Prof. 周芷若（Zhou Zhiruo）, am pleased to recommend Mr. 宋青书 for the title of Senior Engineer.",
                          "本人周芷若，重庆大学机械工程学院教授，推荐宋青书同志申报高级工程师。",
                          "Recommender推荐人：周芷若 Professor教授", "Date日期：2024-04-22")
    assert kind == "recommendation_letter"
    assert values["candidate"] == "宋青书" and values["recommender"] == "周芷若" and values["recommender_title"] == "教授"


# --- verdicts (probe AG): the checks of probe AE, attacked ------------------------------

def test_a_revocation_holds_back_only_what_it_names():
    from tests.test_audit import claim

    award = _paper("奖.pdf", "award_certificate", "重庆市科学技术奖证书 汽车焊装车间工业互联网平台关键技术及应用 二等奖 张三",
                   award_name="重庆市科学技术进步奖", level="provincial", grade="二等奖",
                   project_title="汽车焊装车间工业互联网平台关键技术及应用", holder="张三", rank=1, date="2024-12")
    other_project = _paper("撤销.pdf", "unknown", "关于撤销“高速冲压线智能检测装备研制”项目二〇二四年度重庆市科学技术进步奖的决定 "
                           "市政府决定撤销该项目所获重庆市科学技术进步奖二等奖，收回获奖证书。")
    one_completer = _paper("撤销.pdf", "unknown", "关于撤销赵磊“汽车焊装车间工业互联网平台关键技术及应用”项目获奖资格的决定 "
                           "决定撤销赵磊的获奖资格，收回其获奖证书。该项目所获奖励及其他完成人的获奖资格不受影响。")
    cite = [claim(0, ["奖.pdf"], kind="award", level="provincial", rank=1, date="2024-12")]
    for revocation in (other_project, one_completer):
        result = _audited([award, revocation], cite)
        assert len(result.achievements) == 1 and "evidence_withdrawn" not in [i["code"] for i in result.issues]


def test_a_letter_of_intent_and_a_units_revenue_with_its_products_listed_are_no_sale():
    from tests.test_audit import claim

    cite = [claim(0, ["营收.pdf"], kind="revenue", amount_wan=1200, role="participant", date="2024-05-20")]
    intent = _paper("营收.pdf", "revenue_proof", "采购意向书 甲方拟于2025年向乙方采购工业数据采集与边缘计算系统，预计采购金额人民币1200.00万元。"
                    "本意向书仅表达双方合作意向，不构成任何一方的采购或供货承诺，不作为结算依据。",
                    amount_wan=1200.0, parties=["重庆长鑫汽车零部件有限公司", "重庆渝新智能装备有限公司"], date="2024-05-20")
    listed = _paper("营收.pdf", "revenue_proof", "营业收入证明 兹证明：重庆渝新智能装备有限公司2024年度经审计的营业收入为人民币12,350.00万元。"
                    "公司主要产品包括工业数据采集与边缘计算系统、工业网关、MES系统及智能产线集成服务。特此证明。",
                    amount_wan=12350.0, parties=["重庆渝新智能装备有限公司"], date="2025-03-20")
    parts = _paper("营收.pdf", "revenue_proof", "销售收入证明 兹证明：我公司汽车座椅骨架冲压件产品于2024年1月至12月实现新增销售收入人民币1,350.00万元。",
                   amount_wan=1350.0, parties=["重庆渝新智能装备有限公司"], date="2025-03-20")
    for paper in (intent, listed, parts):
        assert _audited([paper], cite).achievements == [], paper.words[:12]


def test_a_namesakes_higher_title_with_another_id_number_is_not_his():
    from rules.dates import PartialDate
    from rules.vocabulary import Title
    from tests.test_audit import APPLICANT, doc
    from zhicheng.audit import check_profile

    own = doc("工程师.pdf", "title_certificate", holder="张三", title="engineer", date="2018-07-01")
    own.words = "职称电子证书 姓名 张三 身份证号 500112********6617 职称名称 工程师"
    namesake = doc("高工.pdf", "title_certificate", holder="张三", title="senior_engineer", date="2023-06-30")
    namesake.words = "职称电子证书 姓名 张三 身份证号 110105********3318 工作单位 北京某研究院有限公司 职称名称 高级工程师"
    applicant, issues = check_profile([own, namesake], APPLICANT, PartialDate.parse("2025-12-31"))
    assert applicant.current_title is Title.ENGINEER and "status_mismatch" not in [i["code"] for i in issues]


def test_a_claim_of_the_amended_sum_and_a_supplement_stating_the_sum_after_its_increase():
    from tests.test_audit import claim

    words = "产品购销合同 合同编号：YXZN-XS-2024-033 合同总金额800万元"
    contract = _paper("合同.pdf", "revenue_proof", words, amount_wan=800.0,
                      parties=["重庆长鑫汽车零部件有限公司", "重庆渝新智能装备有限公司"], date="2024-05-20")
    supplement = _paper("补充协议.pdf", "revenue_proof", "补充协议 编号为YXZN-XS-2024-033的《产品购销合同》总金额由800万元变更为1150万元",
                        amount_wan=1150.0, parties=["重庆长鑫汽车零部件有限公司", "重庆渝新智能装备有限公司"], date="2024-09-15")
    cite = [claim(0, ["合同.pdf"], kind="revenue", amount_wan=1150, role="participant", date="2024-05-20")]
    result = _audited([contract, supplement], cite)
    assert [b.achievement.amount_wan for b in result.achievements] == [1150.0]
    assert "amount_wan_mismatch" not in [i["code"] for i in result.issues]
    from tests.typed_pages import Big

    kind, values = _typed(Big("补充协议"), "甲方：重庆长鑫汽车零部件有限公司", "乙方：重庆渝新智能装备有限公司",
                          "因需求增加，双方同意增加合同金额人民币300.00万元，变更后合同总金额为人民币1,200.00万元。",
                          "日期：2024年9月15日")
    assert kind == "revenue_proof" and values["amount_wan"] == 1200


def test_an_acronym_before_a_label_is_still_the_labels_own():
    from extractor.text import _damaged

    assert _damaged("IPC分类号", "主分类号") == 2 and _damaged("Recommender推荐人", "被推荐人") is None


def test_a_payment_apps_bank_caption_is_no_party():
    from tests.typed_pages import Row

    kind, values = _typed("交易详情", "转账成功", "-356,000.00", "人民币元",
                          Row((44, "付款账户"), (296, "重庆三峰环境集团股份有限公司")),
                          Row((44, "收款户名"), (296, "重庆清研理工智能控制技术研究院有限公司")),
                          Row((44, "收款银行"), (296, "重庆农村商业银行")), Row((40, "用途"), (296, "技术服务合同尾款")))
    assert "重庆农村商业银行" not in (values.get("parties") or []) and "收款银行" not in (values.get("parties") or [])
    assert values.get("parties") == ["重庆三峰环境集团股份有限公司", "重庆清研理工智能控制技术研究院有限公司"]
