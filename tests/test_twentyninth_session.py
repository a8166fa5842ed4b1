"""Layouts and wordings the twenty-ninth session found wrong, one test per cause: probe EF's
attack on the twenty-eighth session's rules first (contracts read as signed when they are not)."""

from __future__ import annotations

import pytest

from tests.test_twentyfifth_session import _FONT, _examine, _placed_pdf

_HEAD = [(240, 80, "技术服务合同", 18), (66, 130, "甲方(委托方):重庆长安汽车股份有限公司"), (66, 155, "乙方(受托方):重庆忽米网络科技有限公司"),
         (66, 190, "第二条 合同金额:本合同服务费总额为人民币¥1,280,000.00元(大写:壹佰贰拾捌万元整)。")]


@pytest.mark.parametrize("block", [
    # (each side's unit typed on a line of its own under its 盖章 place, stacked; probe EF r7e)
    [(66, 420, "甲方(盖章):"), (66, 442, "重庆长安汽车股份有限公司"), (66, 464, "法定代表人:"), (66, 486, "日期:2022年5月18日"),
     (66, 540, "乙方(盖章):"), (66, 562, "重庆忽米网络科技有限公司"), (66, 584, "法定代表人:"), (66, 606, "日期:2022年5月18日")],
    # (the same, side by side; probe EF r7i)
    [(66, 420, "甲方(盖章):"), (330, 420, "乙方(盖章):"), (66, 442, "重庆长安汽车股份有限公司"), (330, 442, "重庆忽米网络科技有限公司"),
     (66, 464, "法定代表人:"), (330, 464, "法定代表人:"), (66, 486, "日期:2022年5月18日"), (330, 486, "日期:2022年5月18日")],
    # (no 盖章 words at all: the sides named again after the last clause, and a day; probe EF r7f)
    [(66, 420, "甲方:重庆长安汽车股份有限公司"), (66, 442, "乙方:重庆忽米网络科技有限公司"), (66, 464, "签订日期:2022年5月18日")],
], ids=["stacked", "side_by_side", "no_seal_words"])
def test_a_typed_contract_whose_sides_only_name_their_units_is_unsigned(tmp_path, block):
    """A unit's name typed under (or as) a side's signing place is no seal: with nothing drawn,
    the contract is unsigned and its sum no sale (each was counted as revenue)."""
    doc = _examine(_placed_pdf(tmp_path / "c.pdf", [_HEAD + block]), tmp_path)
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 128.0
    assert doc.fields.get("realised") is False
    assert "revenue_not_realised" in [i["code"] for i in doc.issues]


_SIDE = [(302, 530, "甲方(盖章):"), (771, 530, "乙方(盖章):"), (323, 577, "代表签字:"), (793, 577, "代表签字:"),
         (295, 626, "2025年3月6日"), (766, 626, "2025年3月6日")]
_STACK = [(151, 530, "甲方(盖章):"), (151, 577, "法定代表人:"), (151, 626, "日期:2025年3月6日"),
          (151, 830, "乙方(盖章):"), (151, 877, "法定代表人:"), (151, 926, "日期:2025年3月6日")]


def _scanned_contract(path, block, seals, colour):
    from PIL import Image, ImageDraw, ImageFont

    if not _FONT.exists():
        pytest.skip(f"CJK font {_FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    font = ImageFont.truetype(str(_FONT), 30)
    im = Image.new("RGB", (1191, 1684), "white")
    draw = ImageDraw.Draw(im)
    for x, y, words in [(435, 170, "工业机器人采购合同"), (151, 235, "甲方(需方):重庆瑞能汽车零部件有限公司"),
                        (151, 286, "乙方(供方):重庆两江机器人融合创新中心有限公司"),
                        (171, 375, "二、合同总价款:¥2,180,000.00元(大写:人民币贰佰壹拾捌万元整)。")] + block:
        draw.text((x, y), words, fill="black", font=font)
    for cx, cy in seals:
        draw.ellipse((cx - 100, cy - 100, cx + 100, cy + 100), outline=colour, width=6)
        draw.regular_polygon((cx, cy, 30), 5, fill=colour)
    im.save(path)
    return path


@pytest.mark.slow
@pytest.mark.parametrize("colour", [(220, 60, 60), (90, 90, 90)], ids=["red", "grey"])
@pytest.mark.parametrize("block, seals, signed", [
    (_SIDE, [(330, 800), (855, 800)], True),
    (_SIDE, [(855, 760)], False),  # (乙 alone sealed under its date, beside 甲's blank column; probe EF r7a, r7l)
    (_SIDE, [(330, 760)], False),
    (_STACK, [(300, 560), (300, 860)], True),
    (_STACK, [(300, 860)], False),  # (乙's seal over its place, its closing bracket unread: 乙方(盖章)
    (_STACK, [(300, 770)], False),  # (乙's seal between the blocks, nearer its own place; probe EF r7h)
    (_STACK, [(300, 700)], False),  # (甲's under its date: 乙 has none)
], ids=["side-both", "side-yi", "side-jia", "stack-both", "stack-yi-over", "stack-yi-between", "stack-jia-below"])
def test_a_scanned_contracts_seal_signs_only_its_own_side(tmp_path, colour, block, seals, signed):
    """A seal signs the side whose band holds its centre: its own column when the sides stand
    side by side, halfway to the other side when they are stacked.  One side sealed is not a
    contract made (each one-seal page had been counted as a sale)."""
    doc = _examine(_scanned_contract(tmp_path / "c.png", block, seals, colour), tmp_path)
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 218.0
    assert (doc.fields.get("realised") is not False) is signed


def test_a_reports_page_opening_on_its_contract_section_stays_in_the_report(tmp_path):
    """A report's second page headed 二、合同执行情况, its sentences telling of the contract, its
    sum and its sides: the report's page (probe EF r6e: split off and typed a contract)."""
    from tests.test_twentyfifth_session import _documents

    first = [(150, 90, "离散制造车间数字化改造项目技术总结报告", 16), (220, 130, "重庆智造科技有限公司"), (220, 150, "编写人:张志强 李文华"),
             (66, 200, "一、项目概述"), (66, 225, "本项目针对离散制造车间的设备联网与数据采集需求，建设车间级工业互联网平台。"),
             (66, 250, "项目于2022年3月启动，2023年6月完成全部建设内容，形成设备接入、生产执行与质量追溯三个子系统。")]
    second = [(66, 80, "二、合同执行情况"), (66, 105, "本项目依据与重庆长安汽车股份有限公司签订的技术开发合同实施，合同金额为人民币350万元，"),
              (66, 130, "甲方已按合同约定支付全部款项，乙方按期交付全部成果。"), (66, 170, "三、技术指标完成情况"),
              (66, 195, "设备联网率达到98%，数据采集周期不大于1秒，质量追溯覆盖全部关键工序。"), (66, 220, "四、结论"),
              (66, 245, "项目全面完成了合同规定的各项技术指标，达到预期目标。")]
    docs = _documents(_placed_pdf(tmp_path / "r.pdf", [first, second]), tmp_path)
    assert [d.doc_type for d in docs] == ["technical_report"]
    assert docs[0].fields["authors"] == ["张志强", "李文华"]


def _seal_png(path):
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (200, 200), (255, 255, 255, 0))
    draw = ImageDraw.Draw(im)
    draw.ellipse((6, 6, 194, 194), outline=(220, 40, 40, 255), width=8)
    draw.regular_polygon((100, 100, 34), 5, fill=(220, 40, 40, 255))
    im.save(path)
    return path


def _one_page_pdf():
    """An A4 page in points (fpdf2) with the CJK font set, for pieces placed and pictures drawn."""
    from fpdf import FPDF

    if not _FONT.exists():
        pytest.skip(f"CJK font {_FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("zh", fname=str(_FONT))
    pdf.add_page()
    pdf.set_font("zh", size=11)
    return pdf


def _table_contract(path, sealed: list[int], typed_signers: bool = True):
    """A typed contract whose signing block is a table: 甲方 | 乙方 over 单位名称（盖章）, 法定代表人,
    委托代理人, 日期, each side's column holding its unit typed; a seal drawn over the columns listed."""
    pdf = _one_page_pdf()
    pdf.set_font("zh", size=16)
    pdf.text(230, 70, "设备采购合同")
    pdf.set_font("zh", size=11)
    for y, words in [(110, "甲方(需方):重庆渝北精密机械制造有限公司"), (130, "乙方(供方):重庆恒达智能装备有限公司"),
                     (170, "第二条 合同金额:合同总价为人民币720,000.00元(大写:柒拾贰万元整),含13%增值税。"),
                     (195, "第八条 本合同一式两份,甲乙双方各执一份,自双方签字盖章之日起生效。")]:
        pdf.text(56, y, words)
    rows = [("", "甲方", "乙方"), ("单位名称(盖章)", "重庆渝北精密机械制造有限公司", "重庆恒达智能装备有限公司"),
            ("法定代表人", "钱伟" if typed_signers else "", "郭峰" if typed_signers else ""), ("委托代理人", "", ""),
            ("日期", "2023年8月30日", "")]
    for k, row in enumerate(rows):
        y = 240 + 34 * k
        for x, words in zip((60, 170, 360), row):
            if words:
                pdf.text(x, y, words)
    seal = _seal_png(path.parent / "seal.png")
    for column in sealed:
        pdf.image(str(seal), x=(190, 380)[column], y=250, w=90, h=90)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("sealed, signed", [([0, 1], True), ([1], False), ([0], False), ([], False)],
                         ids=["both", "yi-only", "jia-only", "none"])
def test_a_typed_contracts_signing_table_is_signed_by_a_seal_in_each_column(tmp_path, sealed, signed):
    """A signing block set as a table (甲方 | 乙方 over 单位名称（盖章）…) had never been judged: a
    side's column with nothing drawn in it has not signed, whatever its cells print (probe EG t10,
    b1–b3: one seal, or none, counted as a sale)."""
    doc = _examine(_table_contract(tmp_path / "c.pdf", sealed), tmp_path)
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 72.0
    assert (doc.fields.get("realised") is not False) is signed


def test_signers_names_typed_are_no_signature(tmp_path):
    """法定代表人（签字）：张文华 typed on a text layer with nothing drawn: the side has not signed
    (probe EG t07, a5–a7: a typed name was taken as a signature)."""
    block = [(66, 420, "甲方(盖章):"), (330, 420, "乙方(盖章):"), (66, 442, "法定代表人(签字):张文华"), (330, 442, "法定代表人(签字):李明"),
             (66, 464, "委托代理人(签字):王强"), (330, 464, "委托代理人(签字):"), (66, 486, "日期:2022年5月18日"), (330, 486, "日期:2022年5月18日")]
    doc = _examine(_placed_pdf(tmp_path / "c.pdf", [_HEAD + block]), tmp_path)
    assert doc.fields.get("realised") is False
    assert any("至少一方" in i["message"] for i in doc.issues if i["code"] == "revenue_not_realised")


@pytest.mark.slow
@pytest.mark.parametrize("case", ["blank-day-boxed-apart", "seal-across-the-gap", "table-one-seal"])
def test_scanned_signing_blocks_probe_eg(tmp_path, case):
    """Scans whose one unsigned side was taken as signed (probe EG): 日期: boxed apart from its
    年 月 日 was no signer's line; 甲's red seal reaching over the gap into 乙's column signed 乙; in a
    signing table, the table's own rules were taken for ink."""
    from PIL import Image, ImageDraw, ImageFont

    if not _FONT.exists():
        pytest.skip(f"CJK font {_FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    font = ImageFont.truetype(str(_FONT), 30)
    im = Image.new("RGB", (1191, 1684), "white")
    draw = ImageDraw.Draw(im)
    words = [(435, 170, "工业机器人采购合同"), (151, 235, "甲方(需方):重庆瑞能汽车零部件有限公司"),
             (151, 286, "乙方(供方):重庆两江机器人融合创新中心有限公司"),
             (171, 375, "二、合同总价款:¥2,180,000.00元(大写:人民币贰佰壹拾捌万元整)。")]
    seals = []
    if case == "blank-day-boxed-apart":
        words += [(151, 530, "甲方(盖章):"), (700, 530, "乙方(盖章):"), (151, 600, "法定代表人(签字):"), (700, 600, "法定代表人(签字):"),
                  (151, 670, "日期:"), (260, 670, "年    月    日"), (700, 670, "日期:"), (810, 670, "年    月    日")]
    elif case == "seal-across-the-gap":
        words += [(151, 530, "甲方(盖章):"), (640, 530, "乙方(盖章):重庆两江机器人有限公司"), (151, 600, "法定代表人(签字):"),
                  (640, 600, "法定代表人(签字):"), (151, 670, "日期:2025年3月6日"), (640, 670, "日期:    年    月    日")]
        seals = [(560, 600)]
    else:
        words += [(470, 520, "甲方"), (880, 520, "乙方"), (100, 590, "单位名称(盖章)"), (360, 590, "重庆瑞能汽车零部件有限公司"),
                  (780, 590, "重庆两江机器人有限公司"), (100, 680, "法定代表人"), (100, 770, "日期"), (360, 770, "2025年3月6日")]
        for y in (500, 570, 660, 750, 830):
            draw.line([(80, y), (1130, y)], fill="black", width=3)
        for x in (80, 340, 760, 1130):
            draw.line([(x, 500), (x, 830)], fill="black", width=3)
        seals = [(540, 640)]
    for x, y, w in words:
        draw.text((x, y), w, fill="black", font=font)
    for cx, cy in seals:
        draw.ellipse((cx - 110, cy - 110, cx + 110, cy + 110), outline=(220, 60, 60), width=6)
        draw.regular_polygon((cx, cy, 32), 5, fill=(220, 60, 60))
    im.save(tmp_path / "c.png")
    doc = _examine(tmp_path / "c.png", tmp_path)
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 218.0
    assert doc.fields.get("realised") is False


def test_a_member_table_captioned_in_its_own_first_cell_with_a_blank_signature_column(tmp_path):
    """项目组成员 | 姓名 | 职称 | 单位 | 签名: the caption in the table's first cell says whose the
    table is, and a text layer's rows leave the blank 签名 cell out (probe EH A09: only the leader
    was read, and a member's rank lost)."""
    rows = [(221, 102, "重庆市自然科学基金项目", 14), (236, 135, "结 题 证 书", 20), (204, 186, "项目编号:cstc2019jcyj-msxmX0612"),
            (92, 229, "项目名称"), (180, 229, "复杂曲面零件机器人磨抛轨迹规划方法研究"), (92, 256, "依托单位"), (180, 256, "重庆理工大学"),
            (88, 290, "项目组成员"), (180, 290, "姓名"), (250, 290, "职称"), (320, 290, "单位"), (470, 290, "签名")]
    for k, (role, name, title, unit) in enumerate([("负责人", "帅建国", "教授", "重庆理工大学"), ("成员", "柯晓燕", "副教授", "重庆理工大学"),
                                                    ("", "郝立军", "讲师", "重庆理工大学"), ("", "钮家伟", "工程师", "重庆机床(集团)有限责任公司")]):
        y = 318 + 26 * k
        rows += [(100, y, role)] * bool(role) + [(180, y, name), (250, y, title), (320, y, unit)]
    rows += [(94, 451, "该项目已按计划完成研究任务,经审核,同意结题。"), (398, 541, "重庆市科学技术局"), (385, 564, "二〇二二年三月十日")]
    doc = _examine(_placed_pdf(tmp_path / "a.pdf", [rows]), tmp_path, name="钮家伟")
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["members"] == ["帅建国", "柯晓燕", "郝立军", "钮家伟"]
    assert doc.fields["applicant_rank"] == 4


def test_a_report_set_like_a_paper_is_a_report(tmp_path):
    """A 研究报告 printed as a paper is (作者, affiliations, 摘要, 关键词) but dated 报告日期 and in no
    journal: a report (probe EH T06 was unknown, between report and paper)."""
    rows = [(122, 85, "工业互联网平台在汽车零部件行业的应用研究报告", 16), (202, 120, "作者:唐少华1 雷 鸣2 付婷婷1 熊建军1", 10),
            (112, 140, "(1. 重庆青山工业有限责任公司,重庆 402761;2. 重庆理工大学 机械工程学院,重庆 400054)", 8),
            (71, 168, "摘要:针对汽车零部件企业设备联网率低、数据孤岛严重等问题,分析了工业互联网平台在设备管理、", 10),
            (71, 184, "质量追溯与能耗优化方面的典型应用场景,总结了重庆地区12家企业的实施经验,提出了分阶段推进的", 10),
            (71, 199, "实施路径。", 10), (71, 218, "关键词:工业互联网;汽车零部件;设备联网;质量追溯", 10), (71, 247, "1 引言", 11),
            (91, 269, "2015年以来,我国相继出台多项政策推动工业互联网发展。本报告受重庆市经济和信息化委员", 10),
            (71, 285, "会委托,于2020年5月至10月开展调研,形成本研究报告。", 10), (417, 474, "报告日期:2020年11月", 10)]
    doc = _examine(_placed_pdf(tmp_path / "r.pdf", [rows]), tmp_path, name="付婷婷")
    assert doc.doc_type == "technical_report"
    assert doc.fields["authors"] == ["唐少华", "雷鸣", "付婷婷", "熊建军"] and doc.fields["applicant_rank"] == 3
    assert doc.fields["date"] == "2020-11"


def test_a_buyers_proof_names_the_seller_it_certifies(tmp_path):
    """兹证明重庆…有限公司于2023年1月至12月期间，向我单位提供…服务，…我单位累计向其支付…: the unit named
    after 兹证明 sold, the one that signs bought (probe EG t16 gave the signer alone)."""
    rows = [(228, 100, "收 入 证 明", 18), (71, 155, "兹证明重庆智造云科技有限公司于2023年1月至2023年12月期间,向我单"),
            (70, 177, "位提供工业机器人焊接工作站及MES系统集成服务,双方已按合同完成交付与验收"),
            (76, 200, ",我单位累计向其支付货款人民币268万元(大写:贰佰陆拾捌万元整)。"), (70, 235, "特此证明。"),
            (326, 340, "证明单位:重庆两江数控装备有限公司"), (326, 374, "2024年1月15日")]
    doc = _examine(_placed_pdf(tmp_path / "p.pdf", [rows]), tmp_path)
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 268.0
    assert sorted(doc.fields["parties"]) == sorted(["重庆智造云科技有限公司", "重庆两江数控装备有限公司"])
    assert doc.fields["buyer"] == "重庆两江数控装备有限公司"


def test_an_acceptance_reply_enclosing_its_opinion_names_the_project(tmp_path):
    """关于同意…项目通过验收的批复, its 附件 sheet and the …项目验收意见 after it: one acceptance of the
    project, titled by it (probe EF r4c: the reply's 附件：…验收意见 line titled it, and the joined
    document gave no project title, nor its category)."""
    from tests.test_twentyfifth_session import _documents

    reply = [(150, 90, "重庆市经济和信息化委员会", 20), (200, 130, "渝经信函〔2023〕112号"),
             (110, 170, "关于同意离散制造车间数字化改造项目通过验收的批复", 14), (66, 210, "重庆智造科技有限公司："),
             (80, 235, "你单位报送的《离散制造车间数字化改造项目验收申请》收悉。经组织专家验收，该项目完成了"),
             (66, 258, "合同规定的各项任务，同意该项目通过验收。"), (66, 290, "附件：离散制造车间数字化改造项目验收意见"),
             (330, 360, "重庆市经济和信息化委员会"), (350, 385, "2023年6月1日")]
    opinion = [(150, 90, "离散制造车间数字化改造项目验收意见", 16),
               (66, 140, "2023年5月20日，重庆市经济和信息化委员会组织专家对重庆智造科技有限公司承担的离散制造车间数字化"),
               (66, 160, "改造项目进行了验收。专家组听取了项目汇报，审阅了相关资料，经质询讨论，形成验收意见如下："),
               (66, 185, "一、项目完成了合同规定的建设内容，设备联网率达到98%。"), (66, 205, "二、验收结论：同意通过验收。"),
               (66, 240, "项目负责人：张志强"), (66, 260, "项目组成员：张志强、李文华、王建国"), (66, 300, "验收专家组组长：刘明"),
               (350, 340, "2023年5月20日")]
    docs = _documents(_placed_pdf(tmp_path / "b.pdf", [reply, [(280, 380, "附件", 24)], opinion]), tmp_path)
    assert [d.doc_type for d in docs] == ["project_acceptance"]
    assert docs[0].fields["project_title"] == "离散制造车间数字化改造项目"
    assert docs[0].fields["category"] == "implementation" and docs[0].fields["passed"] is True


def test_a_reports_subtitle_between_its_title_and_its_kind_is_not_its_title(tmp_path):
    """…关键技术研究 | ——面向汽车零部件行业的应用 | (a gap) 研究报告: the title is the line over the
    subtitle (probe EF r9f gave the subtitle alone, a wrong title)."""
    rows = [(110, 200, "离散制造车间工业互联网平台关键技术研究", 18), (160, 230, "——面向汽车零部件行业的应用", 14), (250, 320, "研究报告", 20),
            (200, 500, "重庆智造科技有限公司", 12), (230, 520, "二〇二三年六月", 12), (200, 560, "编写人：张志强 李文华", 12)]
    doc = _examine(_placed_pdf(tmp_path / "r.pdf", [rows]), tmp_path)
    assert doc.doc_type == "technical_report"
    assert doc.fields["title"] == "离散制造车间工业互联网平台关键技术研究"


def _report_pages():
    """A four-page report whose body, under 二、三、四, tells of its contract, its invoices, its
    patent and its award in their own words."""
    cover = [(120, 200, "汽车焊装线智能控制系统技术总结报告", 18), (220, 300, "重庆长川智能装备有限公司"), (240, 325, "2023年6月"),
             (200, 360, "编写:张建国 李文华 王敏")]
    body = [[(56, 70, "一、项目概况"), (56, 95, "本项目针对焊装线节拍不稳定、设备故障难以预警等问题，研发了焊装线智能控制系统。")],
            [(56, 70, "二、合同执行情况"), (56, 95, "本项目与重庆渝丰汽车零部件有限公司签订购销合同，甲方为重庆渝丰汽车零部件有限公司，"),
             (56, 115, "乙方为重庆长川智能装备有限公司，合同金额为人民币230万元，发票已全部开具，价税合计230万元。")],
            [(56, 70, "三、取得的成果"), (56, 95, "授权发明专利1项，专利号ZL202110345678.2，专利权人重庆长川智能装备有限公司；"),
             (56, 115, "项目获重庆市科学技术进步奖二等奖，获奖证书编号2023-J-2-015。")]]
    return [cover] + body


def test_a_reports_body_telling_of_other_papers_leaves_it_a_report_and_a_binders_heading_opens_the_next(tmp_path):
    """A report whose later pages, each opening on a numbered section, tell of its contract, its
    invoices, its patent and its award stays a report (probe EI: unknown in nine binders of ten);
    the binder's heading 二、购销合同 over the contract after it opens the contract (probe EI b03,
    joined to the report by this session's own section rule)."""
    from tests.test_twentyfifth_session import _documents

    contract = [(56, 60, "二、购销合同", 14), (230, 100, "产品购销合同", 18), (56, 140, "甲方(需方):重庆渝丰汽车零部件有限公司"),
                (56, 160, "乙方(供方):重庆长川智能装备有限公司"), (56, 190, "第一条 合同金额:人民币贰佰叁拾万元整(¥2,300,000.00)。"),
                (56, 420, "甲方(盖章):重庆渝丰汽车零部件有限公司"), (56, 445, "日期:2023年3月1日"),
                (56, 500, "乙方(盖章):重庆长川智能装备有限公司"), (56, 525, "日期:2023年3月1日")]
    docs = _documents(_placed_pdf(tmp_path / "b.pdf", _report_pages() + [contract]), tmp_path)
    assert [(d.doc_type, d.page_range) for d in docs] == [("technical_report", (1, 4)), ("revenue_proof", (5, 5))]
    assert docs[0].fields["title"] == "汽车焊装线智能控制系统技术总结报告"
    assert docs[1].fields["amount_wan"] == 230.0


@pytest.mark.parametrize("entries", [
    ["一、项目概况 1", "二、合同执行情况 2", "（三）取得的成果 3", "附件1 项目验收意见 4", "附件2 检测报告 6", "附件3 用户使用证明 8"],
    ["项目总结报告······1", "附件1 项目验收意见······8", "附件2 检测报告······10", "附件3 用户使用证明······12", "附件4 购销合同······13"],
], ids=["chapters-and-annexes", "annexes"])
def test_a_reports_own_contents_page_names_no_title(tmp_path, entries):
    """A report's 目录 after its cover, its entries its annexes (附件3 用户使用证明, 附件4 购销合同):
    no entry is the report's title, and the report stays one (probe EI t03, t05: unknown)."""
    pages = _report_pages()
    contents = [(260, 70, "目 录", 16)] + [(80, 110 + 24 * k, e) for k, e in enumerate(entries)]
    doc = _examine(_placed_pdf(tmp_path / "r.pdf", [pages[0], contents] + pages[1:]), tmp_path)
    assert doc.doc_type == "technical_report"
    assert doc.fields["title"] == "汽车焊装线智能控制系统技术总结报告"


def test_a_binders_unnumbered_contents_with_its_pages_at_the_right_is_its_own(tmp_path):
    """目录 | 获奖证书 … 2 | 技术总结报告 … 3 | 项目验收意见 … 7 | 购销合同 … 8, no numbers before the
    entries: the binder's contents, no page of the certificate after it (probe EI t02)."""
    from tests.test_twentyfifth_session import _documents

    contents = [(270, 80, "目录", 20)] + [piece for k, (name, page) in enumerate(
        [("获奖证书", "2"), ("技术总结报告", "3"), ("项目验收意见", "7"), ("购销合同", "8")])
        for piece in [(70, 150 + 30 * k, name), (520, 150 + 30 * k, page)]]
    award = [(200, 110, "重庆市科学技术奖", 22), (270, 160, "证书", 22), (80, 220, "为表彰在促进科学技术进步工作中做出重大贡献者,特颁发此证书。"),
             (80, 260, "项目名称:汽车焊装线智能控制系统研发及产业化"), (80, 290, "奖励等级:二等奖"), (80, 320, "获奖者:张建国"),
             (330, 420, "重庆市人民政府"), (330, 450, "2023年5月10日")]
    docs = _documents(_placed_pdf(tmp_path / "b.pdf", [contents, award]), tmp_path)
    assert [(d.doc_type, d.page_range) for d in docs][-1] == ("award_certificate", (2, 2))
    assert docs[-1].fields["grade"] == "二等奖"


def test_the_other_sides_seal_image_reaching_up_signs_no_side_of_a_typed_contract(tmp_path):
    """Stacked sides on a text layer, 甲 typed only, 乙's seal image drawn over its own place and
    reaching up into 甲's block: 甲 has not signed (probe EI u01: any picture on the page signed)."""
    pdf = _one_page_pdf()
    for x, y, words, *size in _HEAD + [(57, 400, "甲方(盖章):重庆长安汽车股份有限公司"), (56, 425, "法定代表人或授权代表(签字):刘德明"),
                                       (58, 451, "日期:2023年9月5日"), (57, 496, "乙方(盖章):重庆忽米网络科技有限公司"),
                                       (56, 522, "法定代表人或授权代表(签字):"), (58, 548, "日期:2023年9月5日")]:
        pdf.set_font("zh", size=size[0] if size else 11)
        pdf.text(x, y, words)
    pdf.image(str(_seal_png(tmp_path / "seal.png")), x=150, y=460, w=108, h=108)
    pdf.output(str(tmp_path / "c.pdf"))
    doc = _examine(tmp_path / "c.pdf", tmp_path)
    assert doc.fields["amount_wan"] == 128.0 and doc.fields.get("realised") is False


@pytest.mark.slow
@pytest.mark.parametrize("case, signed", [("faded-seals", True), ("bare-name-lines", False)])
def test_scanned_signing_blocks_probe_ei(tmp_path, case, signed):
    """Both sides sealed in a very light pink (probe EI c08: said unsigned); side by side, 甲 with its
    signer's name typed on a line of its own under its label and no seal, 乙 sealed (probe EI u08:
    the bare name was taken for a signature)."""
    from PIL import Image, ImageDraw, ImageFont

    if not _FONT.exists():
        pytest.skip(f"CJK font {_FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    font = ImageFont.truetype(str(_FONT), 30)
    im = Image.new("RGB", (1191, 1684), "white")
    draw = ImageDraw.Draw(im, "RGBA")
    words = [(435, 170, "工业机器人采购合同"), (151, 235, "甲方(需方):重庆瑞能汽车零部件有限公司"),
             (151, 286, "乙方(供方):重庆两江机器人融合创新中心有限公司"),
             (171, 375, "二、合同总价款:¥2,180,000.00元(大写:人民币贰佰壹拾捌万元整)。"),
             (151, 530, "甲方(盖章):"), (700, 530, "乙方(盖章):"), (151, 600, "法定代表人(签字):"), (700, 600, "法定代表人(签字):"),
             (151, 740, "日期:2025年3月6日"), (700, 740, "日期:2025年3月6日")]
    if case == "bare-name-lines":
        words += [(180, 660, "孙明"), (730, 660, "张建国")]
    for x, y, w in words:
        draw.text((x, y), w, fill="black", font=font)
    colour = (220, 60, 60, 70) if case == "faded-seals" else (220, 60, 60, 255)
    for cx in ((300, 850) if case == "faded-seals" else (850,)):
        draw.ellipse((cx - 100, 520, cx + 100, 720), outline=colour, width=7)
        draw.regular_polygon((cx, 620, 32), 5, fill=colour)
    im.save(tmp_path / "c.png")
    doc = _examine(tmp_path / "c.png", tmp_path)
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 218.0
    assert (doc.fields.get("realised") is not False) is signed


def test_members_numbered_one_a_row_under_a_sections_heading(tmp_path):
    """三、项目主要完成人员 over 1 罗佳慧 高级工程师 重庆…有限公司, 2 唐文杰 …: the members in their numbers'
    order (probe EJ m02: the leader read, the members not)."""
    rows = [(160, 80, "智能仓储物流系统建设项目验收报告", 16), (70, 130, "项目名称:智能仓储物流系统建设项目"),
            (70, 155, "项目负责人:罗佳慧"), (70, 180, "一、项目完成情况"), (70, 205, "项目完成了任务书规定的全部建设内容。"),
            (70, 240, "三、项目主要完成人员")] + [
        (70, 265 + 21 * k, f"{k + 1} {name} {title} 重庆云川智造科技有限公司")
        for k, (name, title) in enumerate([("罗佳慧", "高级工程师"), ("唐文杰", "工程师"), ("冉启航", "工程师"), ("秦晓燕", "助理工程师")])] + [
        (70, 370, "四、验收意见"), (70, 395, "验收专家组经质询和讨论，同意该项目通过验收。"), (330, 440, "2023年11月20日")]
    doc = _examine(_placed_pdf(tmp_path / "a.pdf", [rows]), tmp_path, name="冉启航")
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["members"] == ["罗佳慧", "唐文杰", "冉启航", "秦晓燕"] and doc.fields["applicant_rank"] == 3
