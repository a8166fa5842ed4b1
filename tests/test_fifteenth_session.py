"""Layouts and wordings the fifteenth session found read wrong, one test per cause."""

from __future__ import annotations

from extractor.model import Line, Page, ReadResult
from extractor.text import DocText


def _doc(*lines, width=1800, height=2450, source="ocr"):
    """A page of lines placed where a probe's scan had them: (text, (x0, y0, x1, y1))."""
    return DocText(ReadResult("t.png", "0" * 64, page_count=1,
                              pages=[Page(1, width, height, source, [Line(t, b, 0.99) for t, b in lines])]))


def _typed(text: DocText):
    from classifiers import classify
    from extractor.doctypes import doctype

    kind = classify(text)
    fields = doctype(kind.doc_type).extract(text) if kind.doc_type != "unknown" else None
    return kind.doc_type, (fields.values if fields else {})


def test_a_bank_slips_holders_with_their_label_on_the_names_line():
    """付 / 款 / 人 down the margin of each half, 全 称 and the name in one line (probe AW RA05)."""
    text = _doc(("中国建设银行单位客户专用回单", (201, 27, 395, 41)),
                ("币别:人民币   日期:2023年09月14日   凭证号:23091400452871", (41, 55, 555, 63)),
                ("付", (41, 81, 50, 89)), ("款", (41, 101, 50, 110)), ("人", (41, 122, 50, 131)),
                ("收", (305, 81, 313, 89)), ("款", (305, 101, 313, 110)), ("人", (305, 122, 313, 131)),
                ("全 称 重庆缙云精密铸造有限公司", (63, 83, 206, 92)), ("账 号 50001083600052503611", (63, 103, 196, 111)),
                ("全 称 重庆锐擎智能装备有限公司", (326, 83, 469, 92)), ("账 号 3100026719200088123", (326, 103, 454, 111)),
                ("大写金额 人民币壹佰贰拾捌万元整   小写金额 ¥1,280,000.00", (43, 153, 483, 163)),
                width=595, height=340, source="text_layer")
    kind, values = _typed(text)
    assert kind == "revenue_proof" and values["amount_wan"] == 128
    # the payer (the buyer) first, the payee (the seller) second
    assert values["parties"] == ["重庆缙云精密铸造有限公司", "重庆锐擎智能装备有限公司"]


def test_a_name_wrapped_in_its_cell_beside_a_label_centred_on_it():
    """采购方 | 重庆…有限公司 · 供应方 | 重庆…有限公 over 司 (probe AW RA04, an order's head table):
    the two lines of the cell are one name, read top to bottom whatever their left edges."""
    from extractor.doctypes.revenue_proof import _BUYER, _SELLER, _party

    text = _doc(("采购订单", (760, 323, 1018, 389)),
                ("订单编号", (300, 425, 420, 467)), ("PO-2306-0112", (492, 430, 678, 463)),
                ("订单日期", (959, 425, 1082, 467)), ("2023-06-12", (1154, 430, 1300, 463)),
                ("重庆长江电气自动化有限公", (1157, 489, 1484, 522)), ("采购方", (300, 506, 391, 545)),
                ("重庆山城汽车零部件制造有限公司", (494, 507, 907, 543)), ("供应方", (961, 505, 1053, 546)),
                ("司", (1152, 524, 1191, 565)))
    assert _party(text, _SELLER)[0] == "重庆长江电气自动化有限公司"
    assert _party(text, _BUYER)[0] == "重庆山城汽车零部件制造有限公司"


def test_a_title_certificates_holder_before_his_masked_id():
    """兹证明 慕容晓峰（身份证号：500106********1234）于二〇二三年十二月经…评审通过 (probe AW TT08)."""
    text = _doc(("职称评审结果证明", (324, 92, 514, 116)),
                ("兹证明 慕容晓峰(身份证号:500106********1234)于二〇二三年十二月经重庆市建筑工程高级职称评审委员会评审通过,",
                 (114, 187, 821, 201)),
                ("取得高级工程师职称(专业:建筑电气),特此证明。", (114, 221, 417, 235)),
                ("重庆市住房和城乡建设委员会", (540, 442, 708, 455)), ("2024年3月1日", (634, 477, 707, 488)),
                width=842, height=595, source="text_layer")
    kind, values = _typed(text)
    assert kind == "title_certificate"
    assert values["holder"] == "慕容晓峰" and values["title"] == "senior_engineer" and values["date"] == "2023-12"


def test_an_honours_certificate_names_the_honour_it_confers():
    """荣誉证书 · 授予 夏侯燊 同志 2023年度公司“科技创新先进个人”称号 (probe AW AA08): an
    enterprise's honour, no technical prize; before, no type at all."""
    text = _doc(("荣誉证书", (616, 421, 1142, 521)), ("授予 夏侯燊 同志", (266, 653, 659, 712)),
                ("2023年度公司“科技创新先进个人”称号。", (353, 748, 1144, 802)),
                ("重庆长江电气自动化有限公司", (933, 1024, 1409, 1084)), ("二〇二四年一月十八日", (1121, 1088, 1407, 1135)))
    kind, values = _typed(text)
    assert kind == "award_certificate"
    assert values["award_name"] == "科技创新先进个人" and values["holder"] == "夏侯燊"
    assert values["level"] == "enterprise" and values["technical"] is False


def test_a_forms_title_label_wrapped_in_its_narrow_cell():
    """推荐专家 姓名 叶辉 专业技术资 | 格 · 正高级工程师 (probe AS RC01): the label's last letter
    under it, the value in the next cell along the row."""
    text = _doc(("专业技术人员破格申报正高级工程师专家推荐表", (141, 67, 455, 82)),
                ("被推荐人   姓名   杜少卿   出生年月   1982.07", (73, 107, 472, 117)),
                ("工作单位 重庆长江电气自动化有限公司", (138, 141, 327, 151)),
                ("推荐专家   姓名   叶辉   专业技术资", (73, 168, 361, 186)), ("格", (330, 183, 339, 193)),
                ("正高级工程师", (422, 176, 485, 186)), ("工作单位 重庆大学电气工程学院", (138, 211, 296, 221)),
                ("推荐意见   该同志长期从事电力电子与电机控制技术研究,主持完成省部级项目3项,业绩突出,", (73, 238, 521, 256)),
                ("特此推荐。", (135, 253, 180, 263)), ("推荐人签字   日期   2024年5月10日", (68, 281, 493, 291)),
                width=595, height=842, source="text_layer")
    kind, values = _typed(text)
    assert kind == "recommendation_letter"
    assert values["recommender"] == "叶辉" and values["candidate"] == "杜少卿"
    assert values["recommender_title"] == "professorate_senior_engineer"


def test_an_untitled_sales_letter_under_a_watermark_is_a_revenue_proof():
    """The heading of a 证明 lost under a diagonal 仅供职称申报使用 (probe AS RV04): its fragments,
    four letters in a box 40° aslant, are no 职称; the letter's sentence says what it is."""
    text = _doc(("仅供职利", (1382, 9, 1641, 209)), ("申报使用", (57, 179, 327, 385)),
                ("兹证明,我公司2023年度新增销售收入为人民币叁仟贰佰万元整(¥", (375, 549, 1462, 600)),
                ("32,000,000.00),其中智能仓储系统产品实现销售收入2,150万元。上述数", (301, 621, 1506, 673)),
                ("据真实、准确,如有虚假,愿承担相应法律责任。", (303, 692, 1083, 745)),
                ("仅供职称", (1502, 1220, 1774, 1436)), ("特此证明。", (374, 761, 545, 812)),
                ("2024.01.20", (1336, 1079, 1527, 1125)))
    assert not any("职" in l.compact for l in text.lines)
    kind, values = _typed(text)
    assert kind == "revenue_proof" and values["amount_wan"] == 3200 and values["date"] == "2024-01-20"


def _read(*rows, name="张伟"):
    from tests.typed_certificates import read

    return read(*rows, name=name)


def test_a_list_said_to_be_in_no_order_gives_no_rank():
    """主要完成人员（排名不分先后）：… (probe AZ 16a): a place in it is no 前3 (附则（二）); the same list
    in order gives the place, and a note on another list says nothing of this one."""
    from tests.typed_certificates import Title

    head = [Title("项目验收意见"), "项目名称：注塑车间数字化生产线改造", "承担单位：重庆两江智造科技有限公司"]
    foot = ["验收结论：通过", "组织验收单位：重庆市经济和信息化委员会", "验收日期：2023年6月15日"]
    doc = _read(*head, "主要完成人员（排名不分先后）：李强、王芳、张伟、刘洋、陈静", *foot)
    assert doc.doc_type == "project_acceptance" and doc.fields["applicant_rank"] is None
    assert any(i["code"] == "rank_unreadable" and "不分先后" in i["message"] for i in doc.issues)
    doc = _read(*head, "主要完成人员：李强、王芳、张伟、刘洋、陈静", *foot)
    assert doc.fields["applicant_rank"] == 3
    doc = _read(*head, "参与单位（排名不分先后）：重庆大学、重庆邮电大学", "主要完成人员：李强、王芳、张伟、刘洋、陈静", *foot)
    assert doc.fields["applicant_rank"] == 3


def test_a_revenue_proof_names_the_team_that_developed_the_product():
    """由我公司研发推广团队（按贡献排序：李强、张伟…）开发推广的… (probe AZ 24): the team, in order,
    gives the applicant's place (第十三条（二）3 骨干, 前3); a proof naming nobody says so on the paper
    and is counted on the claim's word, for a person to check."""
    from tests.typed_certificates import Title

    rows = [Title("新增销售收入证明"), "兹证明，由我公司研发推广团队（按贡献排序：李强、张伟、王芳、刘洋、陈静）开",
            "发推广的“工业数据采集网关”产品，2022年1月至2024年12月累计实现新增销售收入人民币25,000,000.00元。",
            "特此证明。", "重庆两江智造科技有限公司（盖章）", "2025年3月10日"]
    doc = _read(*rows)
    assert doc.doc_type == "revenue_proof" and doc.fields["members"] == ["李强", "张伟", "王芳", "刘洋", "陈静"]
    assert doc.fields["applicant_rank"] == 2 and doc.fields["amount_wan"] == 2500
    nobody = _read(Title("新增销售收入证明"), "兹证明，我公司“工业数据采集网关”产品2022年1月至2024年12月累计实现新增销售收入人民币25,000,000.00元。",
                   *rows[3:])
    assert nobody.fields.get("applicant_rank") is None
    assert any(i["code"] == "name_not_found" and "仅据申报人自述" in i["message"] for i in nobody.issues)


def test_a_revenue_proof_naming_nobody_is_counted_and_flagged():
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    proof = _paper("营收/证明.pdf", "revenue_proof", "新增销售收入证明 兹证明，我公司产品累计实现新增销售收入1250万元",
                   amount_wan=1250.0, date="2024-03-10", period_start="2022-01", period_end="2023-12")
    proof.issues.append({"severity": "warning", "code": "name_not_found", "file": proof.file,
                         "message": "材料未列出人员，也未出现 张伟：本人参与开发推广的情况仅据申报人自述，需人工核对"})
    built = _audited([proof], [claim(0, [proof.file], kind="revenue", amount_wan=1250, date="2023-12", role="participant")])
    assert len(built.achievements) == 1 and built.achievements[0].achievement.amount_wan == 1250


def test_a_table_of_years_with_no_header_and_its_unit_in_thousands():
    """2022年度 新增销售收入 6,300 / 2023年度 … / 合计 … 12,600 under 金额单位：千元 (probe AZ 25): the
    total, in 万元, its months those of every year listed."""
    from tests.typed_certificates import Title, fields_of

    rows = [Title("新增销售收入明细表"), "兹证明，我公司张伟同志参与开发推广的产品新增销售收入如下（金额单位：千元）：",
            "2022年度 新增销售收入 6,300", "2023年度 新增销售收入 6,300", "合计 新增销售收入 12,600", "特此证明。",
            "重庆两江智造科技有限公司财务部（盖章）", "2024年3月10日"]
    values = fields_of("revenue_proof", *rows)
    assert values["amount_wan"] == 1260 and values["period_start"] == "2022-01" and values["period_end"] == "2023-12"
    off = [*rows[:4], "合计 新增销售收入 13,600", *rows[5:]]
    assert "amount_wan" not in fields_of("revenue_proof", *off)  # the years do not add up: nothing taken


def test_a_prize_of_social_science_is_no_technical_prize():
    """重庆市社会科学优秀成果奖 (probe AZ 07): 附则（五） counts 技术类奖项 only."""
    from tests.typed_certificates import Title

    doc = _read(Title("荣誉证书"), "张伟同志：", "你的成果《成渝经济圈制造业协同发展路径研究》荣获重庆市社会科学优秀成果奖二等奖。",
                "特发此证。", "重庆市人民政府", "2023年12月")
    assert doc.doc_type == "award_certificate" and doc.fields["technical"] is False


def test_a_projects_research_staff_and_a_saving_in_figures():
    """主要研发人员（按贡献排序）：1. 李强、2. 张伟… and 节约维修成本约380万元 (probe AZ 19b, 56a): the
    members, and an economic benefit; a saving forecast is none."""
    from tests.typed_certificates import Title, fields_of

    rows = [Title("研究开发项目验收意见"), "项目名称：基于边缘计算的设备预测性维护系统研发", "项目负责人：李强",
            "主要研发人员（按贡献排序）：1. 李强、2. 张伟、3. 王芳、4. 刘洋",
            "经济效益：成果已在公司三条产线应用，2022年减少非计划停机42%，节约维修成本约380万元。",
            "验收结论：通过", "验收日期：2022年05月20日"]
    values = fields_of("project_acceptance", *rows)
    assert values["members"] == ["李强", "张伟", "王芳", "刘洋"] and values["benefit"] is True
    planned = [*rows[:4], "经济效益：预计可节约维修成本约380万元。", *rows[5:]]
    assert "benefit" not in fields_of("project_acceptance", *planned)


def test_a_books_writers_two_roles_to_a_line():
    """主 编:李强 副主编:王芳 / 参 编:刘洋、…、张伟 (probe AZ 38a): every writer in order, 参编 too."""
    from tests.typed_certificates import fields_of

    values = fields_of("book", "编写人员", "主 编:李强 副主编:王芳", "参 编:刘洋、陈静、赵磊、张伟、黄文斌",
                       "图书在版编目（CIP）数据", "智能制造系统集成实务/李强主编. —北京：机械工业出版社，2024.5",
                       "ISBN 978-7-111-74567-9")
    assert values["authors"] == ["李强", "王芳", "刘洋", "陈静", "赵磊", "张伟", "黄文斌"]


def test_a_users_proof_that_a_new_product_is_in_production():
    """新产品应用证明 from a customer (probe AZ 20b): evidence of 投入生产或应用 (第十一条（二）2)."""
    from tests.typed_certificates import Title

    doc = _read(Title("新产品应用证明"), "产品名称：LJ-GW300 工业边缘计算网关", "研发人员：李强（负责人）、张伟、王芳",
                "应用情况：该产品已于2022年3月投入批量生产，并在重庆华岳汽车零部件有限公司等6家企业的产线上应用，运行稳定。",
                "特此证明。", "重庆华岳汽车零部件有限公司（盖章）", "2022年10月20日")
    assert doc.doc_type == "official_recognition" and doc.fields["date"] == "2022-10-20"


def test_a_recommenders_scrawl_read_as_letters_and_his_name_typed_under_it():
    """推荐专家:MMNLA MY over 姓名:皇甫庆丰 职称:… (probe AY YL06), 推荐人:vU VL over 段宏伟(正高级工程师)
    (YL04): the scrawl is nobody; the typed name is his."""
    letter = [("推荐信", (743, 290, 1019, 354)), ("重庆市高级工程师职称评审委员会:", (258, 392, 768, 431)),
              ("戴然同志系重庆缙云精密铸造有限公司技术骨干,现推荐其申报高级工程师。", (324, 454, 1480, 490))]
    text = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1761, 2416, "ocr", [
        *(Line(t, b, 0.99) for t, b in letter), Line("推荐专家:MMNLA MY", (751, 780, 1303, 856), 0.75),
        Line("姓名:皇甫庆丰 职称:教授级高级工程师", (761, 863, 1403, 902), 0.99),
        Line("单位:重庆市机械工业设计研究院", (762, 913, 1245, 952), 0.99)])]))
    kind, values = _typed(text)
    assert kind == "recommendation_letter" and values["recommender"] == "皇甫庆丰"
    assert values["recommender_title"] == "professorate_senior_engineer" and values["candidate"] == "戴然"
    text = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1761, 2416, "ocr", [
        *(Line(t, b, 0.99) for t, b in letter), Line("推荐人:vU VL", (863, 847, 1123, 918), 0.87),
        Line("段宏伟(正高级工程师)", (920, 922, 1215, 959), 0.93)])]))
    kind, values = _typed(text)
    assert values["recommender"] == "段宏伟" and values["recommender_title"] == "professorate_senior_engineer"


def test_a_recommendation_whose_people_are_items_of_one_sentence():
    """推荐人基本情况：姓名 袁丽；职称 正高级工程师；专业 电气工程；… / 被推荐人基本情况：姓名 令狐晓峰；… (YL12)."""
    from tests.typed_certificates import Title

    doc = _read(Title("专家推荐意见"), "推荐人基本情况：姓名 袁丽；职称 正高级工程师；专业 电气工程；单位 重庆南岸智慧能源服务有限公司。",
                "被推荐人基本情况：姓名 令狐晓峰；现职称 高级工程师；单位 重庆涪陵页岩气装备有限公司。",
                "推荐意见：该同志长期从事智能电网领域的技术研发工作。同意推荐其破格申报正高级工程师。", name="令狐晓峰")
    assert doc.doc_type == "recommendation_letter"
    assert (doc.fields["recommender"], doc.fields["recommender_title"], doc.fields["candidate"]) == \
        ("袁丽", "professorate_senior_engineer", "令狐晓峰")
    assert doc.fields["recommender_specialty"] == "电气工程"


def test_a_letter_titled_as_its_opinion_on_the_title_applied_for():
    from tests.typed_certificates import Title

    doc = _read(Title("关于推荐申报正高级工程师的意见"), "欧阳博文同志：现任国网重庆市电力公司电力科学研究院高压技术室主任，高级",
                "工程师。该同志长期从事高电压技术领域的技术研发工作，符合破格申报条件。本人同意推荐。",
                "推荐人：秦平", "职 称：研究员级高级工程师", "单 位：国网重庆市电力公司", "2024年4月25日", name="欧阳博文")
    assert doc.doc_type == "recommendation_letter" and doc.fields["recommender"] == "秦平"


def test_purchase_confirmations_and_order_forms_are_revenue_proofs():
    """采购确认函 (a buyer confirms what it bought: a sale's paper, not an office's 确认函) and 订货单 (YR06, YR16)."""
    from tests.typed_certificates import Title

    doc = _read(Title("采购确认函"), "致：重庆赛博仪表有限公司（供方）",
                "我公司（需方）自2022年1月至2023年12月向贵公司采购智能压力变送器等仪表产品，累计采购金额为人民币5,864,200.00元（大写：伍佰捌拾陆万肆仟贰佰元整），货款已全部结清。",
                "特此确认。")
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 586.42
    assert (doc.fields["period_start"], doc.fields["period_end"]) == ("2022-01", "2023-12")
    doc = _read(Title("订货单"), "需方：重庆璧山电驱动系统有限公司    供方：重庆缙云精密铸造有限公司", "订货日期：2023-08-15",
                "金额合计：686,520.00元（陆拾捌万陆仟伍佰贰拾元整）")
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 68.652


def test_a_ledger_of_contract_sums_and_a_table_of_income_recognised():
    """合同金额 column's 合计 in a 合同台账 (YR07); 年度 | 确认收入(元) rows and their 合计 (YR15)."""
    rows = [("重庆两江云数科技有限公司 2023年度主要产品销售合同台账", (216, 60, 626, 75)), ("单位:元", (763, 87, 802, 97)),
            ("序号   合同编号   客户名称   签订日期   产品/服务   合同金额", (49, 108, 790, 119)),
            ("1   LJ-2023-007   重庆山城汽车零部件制造有限公司   2023-02-14   工业互联网平台实施   860,000.00", (58, 133, 789, 144)),
            ("2   LJ-2023-019   重庆巴渝精工机械股份有限公司   2023-04-03   设备数据采集网关   312,500.00", (57, 159, 789, 170)),
            ("合计   1,172,500.00", (49, 184, 789, 195)), ("编制:财务部   编制日期:2024年2月2日", (57, 224, 684, 234))]
    kind, values = _typed(_doc(*rows, width=842, height=595, source="text_layer"))
    assert kind == "revenue_proof" and values["amount_wan"] == 117.25
    rows = [("合同履行情况证明", (222, 87, 373, 106)), ("甲方:重庆缙云精密铸造有限公司", (70, 123, 247, 135)),
            ("乙方:重庆两江云数科技有限公司", (69, 142, 247, 154)),
            ("甲乙双方于2021年3月签订《铸造车间数字化改造项目合同》,甲方按年度确认乙方收入如下:", (94, 162, 522, 175)),
            ("年度   确认收入(元)", (202, 206, 513, 216)), ("2021   1,350,000.00", (202, 233, 519, 243)),
            ("2022   2,085,600.00", (201, 258, 519, 268)), ("2023   964,400.00", (201, 284, 519, 294)),
            ("合计   4,400,000.00", (202, 308, 519, 319)),
            ("日期:2024年3月1日", (173, 377, 279, 389))]
    kind, values = _typed(_doc(*rows, width=595, height=842, source="text_layer"))
    assert kind == "revenue_proof" and values["amount_wan"] == 440


def test_a_text_layers_member_table_in_two_halves_side_by_side():
    """序号 姓名 … twice on one row, each half its own lines, 1–3 | 4–6 (YP03): all six by number;
    the right half alone is no list."""
    from extractor.layout import name_column

    rows = [("序号   姓名   单位   职称", (45, 131, 380, 140)), ("1   高力维 重庆大学   正高级工程师", (52, 152, 400, 168)),
            ("2   陆峰   重庆巴渝精工机械股份有限公", (52, 185, 247, 201)), ("司", (124, 199, 132, 208)),
            ("3   熊清源 重庆市智能制造研究院   工程师", (52, 220, 399, 230)),
            ("序号   姓名   单位   职称", (430, 131, 766, 140)), ("4   公孙书瑶 重庆邮电大学   工程师", (437, 154, 785, 164)),
            ("5   姚艳   重庆赛博仪表有限公司   副教授", (435, 179, 766, 188)), ("6   尹明   重庆大学   教授", (436, 203, 756, 212)),
            ("填表人:司马文博", (85, 369, 591, 379))]
    text = _doc(*rows, width=842, height=595, source="text_layer")
    assert name_column(text, text.lines[0]) == ["高力维", "陆峰", "熊清源", "公孙书瑶", "姚艳", "尹明"]
    assert name_column(text, text.lines[5]) == []


def test_drafters_a_wrap_cut_in_the_middle_of_a_name_and_one_day_for_both_dates():
    """本文件主要起草人： over …白远航、范宇 | 航、孙启明… (YS11); 2024-03-20 发布 2024-03-20 实施."""
    from tests.typed_certificates import fields_of

    values = fields_of("standard", "T/CQIIA 0026—2024", "2024-03-20 发布   2024-03-20 实施", "本文件主要起草人：",
                       "钟志强、夏帆、魏亮、白远航、范宇", "航、孙启明、苏晓敏。")
    assert values["drafters"] == ["钟志强", "夏帆", "魏亮", "白远航", "范宇航", "孙启明", "苏晓敏"]
    assert values["publish_date"] == values["implementation_date"] == "2024-03-20"


def test_a_covers_title_on_two_lines_set_in_wide_leading():
    """高速冲压生产线伺服压力机 | 能耗优化技术报告, one and a half lines apart (YT01)."""
    rows = [("报告编号:RQ-JS-2023-047", (387, 181, 522, 193)), ("高速冲压生产线伺服压力机", (167, 269, 429, 290)),
            ("能耗优化技术报告", (211, 322, 384, 343)), ("编制:唐琳、蔡平", (208, 450, 386, 462)),
            ("重庆锐擎智能装备有限公司", (208, 543, 386, 558)), ("2023年12月", (259, 570, 334, 584))]
    kind, values = _typed(_doc(*rows, width=595, height=842, source="text_layer"))
    assert kind == "technical_report" and values["title"] == "高速冲压生产线伺服压力机能耗优化技术报告"


def test_two_patentees_glued_where_a_seal_ate_the_separator_are_none():
    """重庆山城汽车零部制造有限司重庆理工大学 (probe AW PN02): two units run together, one damaged:
    no patentee rather than a merged one; a unit naming a place inside its name is one unit."""
    from extractor.doctypes.patent_certificate import _MERGED_UNITS

    assert _MERGED_UNITS.search("重庆山城汽车零部制造有限司重庆理工大学")
    assert not _MERGED_UNITS.search("中国科学院重庆绿色智能技术研究院")
    assert not _MERGED_UNITS.search("中国电子科技集团公司第二十四研究所")


def test_no_order_notes_after_the_list_in_other_words_and_the_first_left_first():
    """Probe BB: the note after the list (…陈静（排名不分前后）, 注：以上…排名不分先后), 以姓氏笔画为序, over
    a table with 性别 and 出生年月; 除第一完成人外，其余按姓氏笔画排序 leaves the first first."""
    from extractor.fields.names import unordered_note

    people = ["李强", "王芳", "张伟"]
    assert unordered_note("主要完成人员：李强、王芳、张伟（排名不分前后）", people)
    assert unordered_note("主要完成人员：李强、王芳、张伟。注：以上主要完成人员排名不分先后。", people)
    assert unordered_note("编写人员（以姓氏笔画为序）：李强、王芳、张伟", people)
    assert unordered_note("主要完成人员（排名不分先后）序号姓名性别出生年月所在单位1李强男1980年5月重庆大学2王芳", people)
    assert unordered_note("主要完成人员（除第一完成人外，其余按姓氏笔画排序）：李强、王芳、张伟", people) == ("按姓氏笔画排序", True)
    assert unordered_note("主要完成人员：李强、王芳、张伟。参与单位（排名不分先后）：重庆大学", people) is None


def test_a_contracts_buyer_people_are_not_the_team():
    """甲方项目负责人：陈刚 / 乙方项目负责人：张伟 (probe BB R03): the seller's leader."""
    from tests.typed_certificates import Title, fields_of

    values = fields_of("revenue_proof", Title("技术服务合同"), "甲方：重庆华岳汽车零部件有限公司", "乙方：重庆两江智造科技有限公司",
                       "合同金额：人民币贰仟伍佰万元整（¥25,000,000.00）", "甲方项目负责人：陈刚", "乙方项目负责人：张伟",
                       "签订日期：2023年3月10日")
    assert values["leader"] == "张伟"


def test_forecasts_are_no_benefit_and_no_revenue():
    """投产后，每年可节约能源成本约200万元 is what it could do (BB E02); a year's row the proof calls 预计数
    is no revenue, nor the 合计 that counts it (BB Y05)."""
    from tests.typed_certificates import Title, fields_of

    values = fields_of("project_acceptance", Title("项目验收意见书"), "项目名称：工业数据采集网关研发及产业化",
                       "验收意见：项目全面投产后，每年可节约能源成本约200万元。", "验收结论：通过", "验收日期：2023年6月15日")
    assert "benefit" not in values
    values = fields_of("revenue_proof", Title("新增销售收入证明"), "兹证明，我公司研发推广的产品近年实现新增销售收入如下：", "单位：万元",
                       "2022年度 新增销售收入 3,000", "2023年度 新增销售收入 3,500", "2024年度 新增销售收入 5,000",
                       "合计 新增销售收入 11,500", "注：2024年度数据为预计数。", "2024年3月10日")
    assert values["amount_wan"] == 6500 and values["period_end"] == "2023-12"


def test_papers_titled_as_something_else_keep_their_kind():
    """技术报告应用情况证明 is a report's adoption (BB N04), not a user's 应用证明; 在职证明 quoting the
    company's turnover is no revenue proof (BB V02)."""
    from tests.typed_certificates import Title

    doc = _read(Title("技术报告应用情况证明"), "张伟同志主持编写的《MES系统与PLC设备互联互通技术报告》经公司技术委员会审定，予以认可。",
                "该报告提出的技术方案已于2022年10月起在公司三条产线推广应用，已投入使用。", "特此证明。", "重庆两江智造科技有限公司（盖章）",
                "2022年12月20日")
    assert doc.doc_type == "technical_report" and doc.fields["adopted"] is True
    doc = _read(Title("在职证明"), "兹证明张伟同志系我公司员工。我公司为国家高新技术企业，2023年度营业收入达到人民币3.2亿元。",
                "特此证明。", "重庆两江智造科技有限公司（盖章）", "2024年3月1日")
    assert doc.doc_type != "revenue_proof"


def test_a_head_tables_row_ending_on_the_next_sides_label():
    """采购方 重庆华岳…公司 供应方 | the seller's name in the cell after it, set higher, its
    representative under it (BB K02): both sides, the buyer first."""
    rows = [("采购订单", (380, 45, 451, 63)), ("订单编号   PO-2306-0112   订单日期   2023-06-12", (60, 91, 439, 101)),
            ("采购方   重庆华岳汽车零部件有限公司 供应方", (60, 122, 333, 134)),
            ("订单总金额:人民币壹仟伍佰万元整(¥15,000,000.00)", (60, 191, 333, 202)),
            ("重庆两江智造科技有限公司", (380, 115, 510, 126)), ("法定代表人:陈刚", (380, 131, 467, 142))]
    kind, values = _typed(_doc(*rows, width=595, height=842, source="text_layer"))
    assert kind == "revenue_proof" and values["parties"] == ["重庆华岳汽车零部件有限公司", "重庆两江智造科技有限公司"]


def test_member_lists_of_other_shapes():
    """Probe AY: an annex's heading over one person a line with unit and title (YP09); a cell of
    names each with its title in brackets, wrapped, the label centred on it (YP11); a signature
    column before 姓名（打印）, empty in a text layer (YP15); a register with an ID column (YP12);
    names glued after their units (YP13)."""
    from tests.typed_certificates import Title, fields_of

    head = [Title("项目验收意见"), "项目名称：小型水电站机组状态检修决策支持平台", "验收结论：通过", "验收日期：2024年1月16日"]
    values = fields_of("project_acceptance", *head, "附：项目主要参加人员", "杨娜   重庆大学   正高级工程师",
                       "熊成林   重庆巴渝精工机械股份有限公司   高级工程师", "马振宇   重庆市智能制造研究院   工程师")
    assert values["members"] == ["杨娜", "熊成林", "马振宇"]
    values = fields_of("project_acceptance", *head,
                       "主要参加人员：重庆邮电大学胡少卿、姜斌、尉迟婷；重庆巴渝精工机械股份有限公司傅秀英、端木婷；重庆市智能制造研究院 公孙丽华、林浩。")
    assert values["members"] == ["胡少卿", "姜斌", "尉迟婷", "傅秀英", "端木婷", "公孙丽华", "林浩"]
    rows = [("项目结题验收单", (238, 78, 356, 95)), ("项目名称   离散制造车间MES与PLM系统集成应用", (67, 116, 348, 126)),
            ("项目主持人   赵志强(正高级工程师)", (67, 147, 271, 158)), ("主要参加人", (67, 189, 122, 200)),
            ("慕容书瑶(正高);邓景行(高工);皇甫雨欣(工程师);丁思远(副教", (158, 173, 520, 184)),
            ("授);胡鹏(教授);欧阳秀英(助工)", (158, 189, 535, 200)), ("诸葛颖(工程师);雷博(副教授)", (158, 205, 403, 216)),
            ("结题日期   2024年02月29日", (67, 231, 238, 242)), ("验收结论   √通过   □不通过", (67, 262, 256, 273))]
    kind, values = _typed(_doc(*rows, width=595, height=842, source="text_layer"))
    assert values["members"] == ["慕容书瑶", "邓景行", "皇甫雨欣", "丁思远", "胡鹏", "欧阳秀英", "诸葛颖", "雷博"]
    rows = [("项目组成员签字表", (238, 83, 357, 97)), ("序号   签字   姓名(打印)   单位   职称", (69, 114, 500, 124)),
            ("1   邹永红   重庆大学   正高级工程师", (78, 141, 521, 151)), ("2   南宫辉   重庆巴渝精工机械股份有限公司   高级工程师", (77, 170, 516, 180)),
            ("3   江清源   重庆市智能制造研究院   工程师", (77, 198, 506, 208))]
    from extractor.doctypes.project_acceptance import _member_table

    assert _member_table(_doc(*rows, width=595, height=842, source="text_layer"))[0] == ["邹永红", "南宫辉", "江清源"]


def test_drafters_unit_by_unit():
    """本文件主要起草人：重庆大学：顾超、姜颖；… (AY YS01); 起草单位及主要起草人：…公司（武景行、令狐辉）、… (YS09)."""
    from tests.typed_certificates import fields_of

    values = fields_of("standard", "T/CQAIA 0011—2024", "本文件主要起草人：重庆大学：顾超、姜颖、蔡思远；重庆锐擎智能装备有限公司：钟安",
                       "琪、龚诗涵；重庆理", "工大学：汪清源、东方平。")
    assert values["drafters"] == ["顾超", "姜颖", "蔡思远", "钟安琪", "龚诗涵", "汪清源", "东方平"]
    values = fields_of("standard", "T/CQSE 0009—2024", "本文件起草单位及主要起草人：重庆长江电气自动化有限公司（武景行、令狐辉）、",
                       "重庆市消防救援总队（傅雪松、谢宁）、国网重庆市电力公司（梁国庆）。")
    assert values["drafters"] == ["武景行", "令狐辉", "傅雪松", "谢宁", "梁国庆"]


def test_a_degree_and_a_title_certificate_printing_two_birth_years_show_neither():
    """一九九二年八月三日生 on the 博士学位证书, 出生年月：1989年5月 on the title certificate (probe AZ 49a):
    two namesakes' papers; the same year, or IDs that agree, say nothing."""
    from rules.dates import PartialDate
    from tests.test_audit import APPLICANT
    from tests.test_tenth_session import _paper
    from zhicheng.audit import check_profile

    degree = _paper("学位.pdf", "degree_certificate", "博士学位证书 张三，男，一九九二年八月三日生。授予工学博士学位。",
                    holder="张三", education="doctorate", date="2022-06-30")
    title = _paper("职称.pdf", "title_certificate", "专业技术人员职称证书 姓名：张三 出生年月：1989年5月 资格名称：工程师",
                   holder="张三", title="engineer", date="2023-06-30")
    _, issues = check_profile([degree, title], APPLICANT, PartialDate.parse("2025-12-31"))
    assert "identity_mismatch" in [i["code"] for i in issues]
    same = _paper("职称.pdf", "title_certificate", "专业技术人员职称证书 姓名：张三 出生年月：1992年8月 资格名称：工程师",
                  holder="张三", title="engineer", date="2023-06-30")
    _, issues = check_profile([degree, same], APPLICANT, PartialDate.parse("2025-12-31"))
    assert "identity_mismatch" not in [i["code"] for i in issues]


def test_one_projects_opinion_and_certificate_are_one_project():
    """项目验收意见书 and 项目验收证书 of one project, on different days (probe BD 45a): one project."""
    from zhicheng.audit import find_duplicates
    from tests.test_tenth_session import _paper

    opinion = _paper("意见书.pdf", "project_acceptance", "项目验收意见书", project_title="发动机缸体数字化车间建设项目",
                     acceptance_date="2023-05-10", passed=True)
    certificate = _paper("证书.pdf", "project_acceptance", "项目验收证书", project_title="发动机缸体数字化车间建设项目",
                         acceptance_date="2023-06-02", passed=True)
    other = _paper("另一项目.pdf", "project_acceptance", "项目验收证书", project_title="曲轴数字化车间建设项目",
                   acceptance_date="2023-06-02", passed=True)
    assert list(find_duplicates([opinion, certificate, other])) == [certificate.key]


def test_an_adoption_proof_of_another_report_shows_nothing_of_this_one():
    """《工业数据采集网关…技术报告》 attested beside 《MES系统…技术报告》 (probe BD 44a)."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    report = _paper("报告.pdf", "technical_report", "MES系统与PLC设备互联互通技术报告 编写人：张三", title="MES系统与PLC设备互联互通技术报告",
                    report_kind="technical_report", authors=["张三"], date="2022-08-01", applicant_rank=1)
    proof = _paper("证明.pdf", "technical_report", "技术报告认可及推广应用证明 特此证明", title="工业数据采集网关部署与运维技术报告",
                   report_kind="technical_report", adopted=True)
    built = _audited([report, proof], [claim(0, [report.file, proof.file], kind="report", report_kind="technical_report",
                                             level="enterprise", rank=1, adopted=True, date="2022-08")])
    assert built.achievements[0].achievement.adopted is True and "adopted" in built.achievements[0].declared
    assert any(i["code"] == "not_shown_by_document" and "工业数据采集网关" in i["message"] for i in built.issues)


def test_a_recommendation_for_a_namesake_of_another_unit_is_not_his():
    """被推荐人姓名：张伟  工作单位：重庆长安… while his title certificate says 重庆两江… (probe BD 10a)."""
    from zhicheng.audit import _same_unit, _unit_of

    assert _unit_of("被推荐人姓名:张伟工作单位:重庆长安汽车股份有限公司现专业技术职称", "张伟") == "重庆长安汽车股份有限公司"
    assert not _same_unit("重庆长安汽车股份有限公司", "重庆两江智造科技有限公司")
    assert _same_unit("重庆两江智造科技有限公司", "两江智造科技公司")


def test_a_contracts_signature_page_counted_on_goes_with_it():
    """第2页共3页 | 第3页共3页 (probe BC H03, H12): the signature page, its names damaged under
    the seals, is the contract's third page, not a paper of its own."""
    from zhicheng.binder import _counts_on, _page_count

    rows = lambda *texts: [Line(t, (200, 200 + 60 * k, 1400, 240 + 60 * k), 0.99) for k, t in enumerate(texts)]
    result = ReadResult("t.pdf", "0" * 64, page_count=2, pages=[
        Page(1, 1654, 2339, "ocr", rows("第七条 争议解决：提交重庆仲裁委员会仲裁。") + [Line("第2页共3页", (749, 2207, 892, 2246), 0.99)]),
        Page(2, 1654, 2339, "ocr", rows("第八条 本合同一式肆份。", "（以下无正文）", "甲方（盖章）", "四川天府工控发术有限公司")
             + [Line("第3页共3页", (755, 2215, 898, 2252), 0.99)])])
    assert _counts_on(_page_count(result, 1), _page_count(result, 2))


def test_a_diplomas_day_after_its_numbered_cell():
    """证书编号:18301120070884961   二〇〇七年六月三十日 in a text layer's last row (probe BC H11)."""
    rows = [("毕 业 证 书", (331, 97, 512, 121)),
            ("学生 顾婷,性别男,   一九八二年五月十二日生,于二〇〇四年九月至二〇", (338, 182, 756, 196)),
            ("〇七年六月在本校计算机科学与技术专业三年制硕士研究生学习,修完教学计", (312, 208, 753, 222)),
            ("划规定的全部课程,成绩合格,准予毕业。", (312, 235, 550, 248)), ("校   名:西南大学", (312, 443, 419, 454)),
            ("证书编号:18301120070884961   二〇〇七年六月三十日", (312, 511, 738, 523))]
    kind, values = _typed(_doc(*rows, width=842, height=595, source="text_layer"))
    assert kind == "degree_certificate" and values["date"] == "2007-06-30"


def test_a_chongqing_districts_award_or_project_is_a_persons_call_for_municipal():
    """重庆市渝北区 (probes AQ 03a/45a, AZ 09b, BD 51b): the field stays municipal (the vocabulary's
    nearest word), the verdict does not count it as 地（市）级 and says why, for a person."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    award = _paper("奖.pdf", "award_certificate", "重庆市渝北区科学技术进步奖 张三", award_name="重庆市渝北区科学技术进步奖",
                   level="municipal", grade="二等奖", holder="张三", rank=1, date="2023-12", technical=True)
    award.reasons = ["标题 获奖证书", "级别：重庆市渝北区人民政府：渝北区为重庆市辖区，按地（市）级计"]
    built = _audited([award], [claim(0, [award.file], kind="award", level="municipal", rank=1, date="2023-12")])
    assert built.achievements[0].achievement.level is None or "level" in built.achievements[0].declared
    assert any(i["code"] == "not_shown_by_document" and "渝北区" in i["message"] for i in built.issues)


def test_a_cnki_record_screenshot():
    """A phone's screenshot of a CNKI record (probe BC L02): the title's last word wrapped onto a
    short line boxed taller, the byline under it, 来源：现代装备与控制 2023年09期 for the journal."""
    rows = [("22:40", (29, 7, 93, 34)), ("中国知网", (226, 58, 322, 89)),
            ("面向数字孪生的产线虚实同步建模方", (26, 143, 516, 172)), ("法研究", (22, 185, 122, 224)),
            ("唐亚楠 曹安琪 卢亮", (22, 248, 247, 278)), ("重庆科技大学机械与车辆工程学院;重庆北碚玻璃纤维新材料", (24, 294, 525, 317)),
            ("有限公司", (22, 322, 102, 347)), ("摘要:", (20, 365, 81, 395)),
            ("针对离散制造车间数据采集实时性差、协议多样等问题,设计了一种网关。", (25, 406, 509, 428)),
            ("关键词: 智能制造;数据采集;边缘计算", (25, 709, 384, 731)), ("分类号: TP391", (24, 868, 169, 892)),
            ("来源: 现代装备与控制 2023年09期", (25, 909, 349, 932)), ("DOI:", (22, 950, 81, 976)),
            ("10.15952/j.cnki.2023.09.010", (105, 954, 362, 976))]
    kind, values = _typed(_doc(*rows, width=550, height=2400))
    assert kind == "journal_paper" and values["title"] == "面向数字孪生的产线虚实同步建模方法研究"
    assert values["journal"] == "现代装备与控制" and values["authors"] == ["唐亚楠", "曹安琪", "卢亮"]


def test_units_told_apart_by_their_places_and_alike_across_legal_forms():
    """Probe BE U01/U02/U04/U08: 重庆大学 is not 西南大学 nor 重庆理工大学, 四川两江… is not 重庆两江…;
    中国电信股份有限公司重庆分公司 is 中国电信重庆分公司."""
    from zhicheng.audit import _same_unit

    assert not _same_unit("重庆大学", "西南大学") and not _same_unit("重庆理工大学", "重庆大学")
    assert not _same_unit("重庆交通大学", "重庆大学")
    assert not _same_unit("四川两江智造科技有限公司", "重庆两江智造科技有限公司")
    assert _same_unit("中国电信股份有限公司重庆分公司", "中国电信重庆分公司")
    assert _same_unit("重庆市两江智造科技有限公司", "重庆两江智造科技有限公司")


def test_no_birth_year_from_a_day_it_takes_effect_nor_an_id_from_a_diplomas_number():
    """本证书自2022年6月30日生效 is no birth (BE I01); 证书编号：106111201205012345 is no 身份证号 (BE I05)."""
    from zhicheng.audit import _birth_years, _id_numbers

    assert _birth_years("本证书自2022年6月30日生效。") == set()
    assert _id_numbers("证书编号：106111201205012345") == set()
    assert _id_numbers("身份证号：500112198305126617") == {("500112", "19830512", "661")}


def test_an_attestation_naming_itself_or_the_report_a_little_otherwise():
    """Its own heading as its title (BE R07), or the report's title with 与 as ·, [V2.0] as （V2.0）,
    letters in another case (BE R05, R06): no other report."""
    from zhicheng.audit import _adoption_of_another
    from tests.test_tenth_session import _paper

    report = _paper("报告.pdf", "technical_report", "", title="MES系统与PLC设备互联互通技术报告（V2.0）")
    for said in ("技术报告认可及推广应用证明", "MES系统·PLC设备互联互通技术报告[V2.0]", "Mes系统与Plc设备互联互通技术报告"):
        proof = _paper("证明.pdf", "technical_report", "", title=said, adopted=True)
        assert _adoption_of_another([report, proof]) is None, said
    other = _paper("证明.pdf", "technical_report", "", title="工业数据采集网关部署与运维技术报告", adopted=True)
    assert _adoption_of_another([report, other]) is not None


def test_two_projects_of_one_title_and_two_numbers_are_two():
    """Probe BE P02: the same title, 项目编号 CQ-2021-01 and CQ-2023-07: two projects."""
    from zhicheng.audit import find_duplicates
    from tests.test_tenth_session import _paper

    a = _paper("a.pdf", "project_acceptance", "项目编号：CQ-2021-01", project_title="工业网关边缘计算研发", acceptance_date="2021-06-01")
    b = _paper("b.pdf", "project_acceptance", "项目编号：CQ-2023-07", project_title="工业网关（边缘计算）研发", acceptance_date="2023-06-01")
    assert find_duplicates([a, b]) == {}


def test_income_booked_before_the_sums_signed():
    """合同金额 800/1200 and 确认收入 500/900 in one table (probe BE V03): the income, 1400."""
    rows = [("销售收入证明", (216, 60, 626, 75)), ("单位:万元", (763, 87, 802, 97)),
            ("序号   客户名称   合同金额   确认收入", (49, 108, 790, 119)),
            ("1   重庆山城汽车零部件制造有限公司   800   500", (58, 133, 789, 144)),
            ("2   重庆巴渝精工机械股份有限公司   1200   900", (57, 159, 789, 170)),
            ("合计   2000   1400", (49, 184, 789, 195)), ("日期:2024年2月2日", (57, 224, 684, 234))]
    kind, values = _typed(_doc(*rows, width=842, height=595, source="text_layer"))
    assert kind == "revenue_proof" and values["amount_wan"] == 1400
