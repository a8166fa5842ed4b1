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
