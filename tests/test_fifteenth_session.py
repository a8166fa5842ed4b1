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
