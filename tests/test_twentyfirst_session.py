"""Verdicts and layouts the twenty-first session's probes found wrong, one test per cause."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

_FONT = next((p for p in ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
                          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") if Path(p).exists()), None)
_CONTRACT = ["技术开发合同", "甲方（委托方）：重庆恒运汽车零部件有限公司", "乙方（受托方）：重庆数智装备有限公司",
             "第一条 项目名称：焊装车间设备联网与数据采集系统开发", "第二条 合同金额：人民币贰仟陆佰万元整（¥26,000,000.00）。",
             "第三条 付款方式：合同生效后支付30%，验收合格后支付70%。", "第四条 履行期限：2023年6月1日至2024年5月31日。",
             "第五条 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。"]
_SIDES = ("甲方（盖章）：", "乙方（盖章）：")


def _scanned_contract(path: Path, marks: dict[int, str]):
    """A contract's page as a scan (Pillow), its signing block typed, each side marked as
    ``marks`` says (``pen``: a blue signature; ``grey_seal``: a black-and-white copy of a seal;
    none: blank), and the lines an OCR engine reads on it (their boxes as drawn), signatures
    and seals unread as OCR leaves them."""
    from PIL import Image, ImageDraw, ImageFont

    from extractor.model import Line, Page, ReadResult

    font, small = ImageFont.truetype(_FONT, 30), ImageFont.truetype(_FONT, 18)
    image = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(image)
    lines = []

    def typed(xy, words, size=font):
        draw.text(xy, words, font=size, fill="black")
        x0, y0, x1, y1 = draw.textbbox(xy, words, font=size)
        pad = 0.2 * size.size  # (an engine's box stands a little off its letters)
        lines.append(Line(words.replace("（", "(").replace("）", ")").replace("：", ":"), (x0 - pad, y0 - pad, x1 + pad, y1 + pad), 0.98))

    typed((460, 120), _CONTRACT[0], ImageFont.truetype(_FONT, 44))
    for k, words in enumerate(_CONTRACT[1:]):
        typed((100, 240 + 60 * k), words)
    for n, label in enumerate(_SIDES):
        y = 800 + 240 * n
        typed((100, y), label)
        typed((100, y + 60), "法定代表人/委托代理人（签字）：")
        typed((100, y + 120), "日期：2023年5月10日")
        if marks.get(n) == "pen":
            r = random.Random(n)
            draw.line([(600 + 14 * k, y + 75 + r.randint(-20, 20)) for k in range(10)], fill=(40, 70, 190), width=3)
        elif marks.get(n) == "grey_seal":
            draw.ellipse([240, y - 55, 430, y + 135], outline=(110, 110, 110), width=6)
            draw.regular_polygon((335, y + 40, 22), 5, fill=(110, 110, 110))
    rng = random.Random(5)
    for _ in range(2500):  # (a scan's specks)
        image.putpixel((rng.randrange(1240), rng.randrange(1754)), (150, 150, 150))
    image.save(path)
    return ReadResult(path.name, "0" * 64, page_count=1, pages=[Page(1, 1240, 1754, "ocr", lines)])


@pytest.mark.skipif(_FONT is None, reason="no CJK font to draw the scan with")
@pytest.mark.parametrize(("marks", "realised"), [
    ({}, False),                                     # (nothing but the typed block: probe CN G7-5, a wrong met)
    ({1: "pen"}, False),                             # (乙方 signed, 甲方 not: not in force)
    ({0: "pen", 1: "pen"}, None),                    # (both signed in blue pen)
    ({0: "grey_seal", 1: "grey_seal"}, None),        # (a black-and-white copy of two seals)
])
def test_a_scanned_contracts_blank_signing_block_is_told_by_its_ink(tmp_path, marks, realised):
    """A scan whose signing block OCR read blank is looked at for ink that is no printed word: a
    side with none has not signed, and 2,600万 is no sale yet; a pen's signature or a grey seal
    signs it."""
    from zhicheng.documents import _examined

    path = tmp_path / "contract.png"
    result = _scanned_contract(path, marks)
    document = _examined(path, result, None, None, None)
    assert document.doc_type == "revenue_proof" and document.fields["amount_wan"] == 2600.0
    assert document.fields.get("realised") is realised
    assert ("revenue_not_realised" in [i["code"] for i in document.issues]) is (realised is False)


def test_a_signature_ocr_took_into_its_labels_box_is_not_a_blank_side():
    """RapidOCR stretched the 签字 label's box over the signature beside it (taller or wider than
    its words): the side is not judged blank, whatever the ink left outside the box."""
    from extractor.doctypes.revenue_proof import unsigned_places
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    def block(signer_box):
        rows = [("甲方(盖章):", (107, 800, 306, 841)), ("法定代表人/委托代理人(签字):", signer_box),
                ("日期:2023年5月10日", (110, 920, 402, 957)), ("乙方(盖章):", (108, 1040, 312, 1080)),
                ("法定代表人/委托代理人(签字):", (108, 1100, 558, 1139)), ("日期:2023年5月10日", (110, 1160, 405, 1196))]
        return DocText(ReadResult("c.png", "0" * 64, page_count=1,
                                  pages=[Page(1, 1240, 1754, "ocr", [Line(t, b, 0.97) for t, b in rows])]))

    assert len(unsigned_places(block((106, 860, 562, 899)))) == 2
    assert len(unsigned_places(block((101, 851, 716, 920)))) == 1  # (taller: the signature inside)
    assert len(unsigned_places(block((101, 860, 760, 899)))) == 1  # (wider than its words)


@pytest.mark.slow
@pytest.mark.skipif(_FONT is None, reason="no CJK font to draw the scan with")
def test_a_scanned_contract_read_by_rapidocr_blank_or_signed(tmp_path):
    """The same page read by RapidOCR: blank, not realised; signed on both sides in pen, counted."""
    from extractor import ReadOptions
    from zhicheng.documents import examine

    options = ReadOptions(engine="rapidocr", cache_dir=tmp_path / "cache")
    _scanned_contract(tmp_path / "blank.png", {})
    _scanned_contract(tmp_path / "signed.png", {0: "pen", 1: "pen"})
    blank, signed = examine(tmp_path / "blank.png", options), examine(tmp_path / "signed.png", options)
    assert blank.fields["amount_wan"] == signed.fields["amount_wan"] == 2600.0
    assert blank.fields.get("realised") is False and signed.fields.get("realised") is not False


def test_a_person_who_is_a_side_of_a_contract_is_one_of_its_parties():
    """受托方（乙方）：张明华 with his ID under it, 乙方：李华（个人）: the person is a party, as a
    unit would be (probe CJ: a contract's person side left out)."""
    from tests.typed_pages import Big, doc, page
    from zhicheng.documents import document_from

    def parties(*lines):
        return document_from(doc(page(*lines)).result, None, None).fields.get("parties")

    assert parties(Big("技术服务合同"), "委托方（甲方）：重庆恒运汽车零部件有限公司", "受托方（乙方）：张明华",
                   "身份证号码：500101198802031234", "第二条 服务费用：人民币叁拾万元整（¥300,000.00）。",
                   "签订日期：2023年5月10日") == ["重庆恒运汽车零部件有限公司", "张明华"]
    assert parties(Big("技术开发合同"), "甲方：重庆恒运汽车零部件有限公司", "乙方：李华（个人）", "合同金额：人民币伍拾万元整",
                   "签订日期：2023年5月10日") == ["重庆恒运汽车零部件有限公司", "李华"]
    assert parties(Big("技术开发合同"), "甲方：重庆恒运汽车零部件有限公司", "乙方：法定代表人", "合同金额：人民币伍拾万元整",
                   "签订日期：2023年5月10日") != ["重庆恒运汽车零部件有限公司", "法定代表人"]


def test_work_before_graduation_counts_toward_no_year_of_the_degrees_alternative():
    """A bachelor who declares work from 2024-07 but graduated 2025-06-30 (an internship before
    it): 第八条's year counts from graduation, not met on 2025-12-31 (probe CP A09, a wrong met);
    work declared after graduation counts from that day."""
    from rules.case import Applicant, Case
    from rules.dates import PartialDate
    from rules.evaluator import evaluate
    from rules.vocabulary import Education, Title

    def basic(work_start):
        applicant = Applicant(education=Education.BACHELOR, current_title=Title.NONE, target_title=Title.ASSISTANT_ENGINEER,
                              work_start=PartialDate.parse(work_start), education_date=PartialDate.parse("2025-06-30"),
                              assessment_passed=True)
        verdict = evaluate(Case(applicant=applicant, as_of=PartialDate.parse("2025-12-31"))).to_dict()
        return next(c for c in verdict["conditions"] if c["id"] == "8"), [i["code"] for i in verdict["issues"]]

    interned, codes = basic("2024-07-01")
    assert interned["met"] is False and "work_before_graduation" in codes
    assert "2025-06-30" in interned["reasons"][0]
    after, codes = basic("2024-12-01")
    assert after["met"] is False  # (still from graduation: six months)
    graduated_before, codes = basic("2025-07-01")
    assert graduated_before["met"] is False and "work_before_graduation" not in codes
    applicant = Applicant(education=Education.BACHELOR, current_title=Title.NONE, target_title=Title.ASSISTANT_ENGINEER,
                          work_start=PartialDate.parse("2024-07-01"), education_date=PartialDate.parse("2023-06-30"),
                          assessment_passed=True)
    verdict = evaluate(Case(applicant=applicant, as_of=PartialDate.parse("2025-12-31"))).to_dict()
    assert next(c for c in verdict["conditions"] if c["id"] == "8")["met"] is True


def test_one_paper_in_two_journals_or_reprinted_counts_once():
    """Two papers of one title by the same authors (一稿两发, or 本文转载自…) are one work: the
    second repeats the first (probe CP D02, E4: three papers counted where two exist)."""
    from zhicheng.audit import find_duplicates
    from zhicheng.documents import Document

    def paper(file, journal, title="基于数字孪生的焊装产线节拍优化方法", authors=("郑雨欣", "王强")):
        return Document(file=file, sha256=file * 8, pages=1, text_source="text_layer", doc_type="journal_paper", confidence=0.95,
                        fields={"title": title, "authors": list(authors), "journal": journal, "date": "2024-08"})

    first, again = paper("p1.pdf", "计算机工程与应用"), paper("p3.pdf", "现代制造工程")
    repeats = find_duplicates([first, again, paper("p2.pdf", "制造业自动化", title="焊装车间设备联网方法")])
    assert repeats == {again.key: first.label} and repeats.why[again.key] == "work"
    assert find_duplicates([first, paper("p4.pdf", "现代制造工程", authors=("李华",))]) == {}


def _read(*rows, width=1576, height=2168, source="ocr"):
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import document_from

    result = ReadResult("t.png", "0" * 64, page_count=1,
                        pages=[Page(1, width, height, source, [Line(t, b, 0.98) for t, b in rows])])
    return document_from(result, None, None)


def test_a_numbered_member_list_wrapped_in_pieces_ocr_boxed_apart():
    """课题组成员: 1.陶宁琪 2.向宁安 | 3.冉倩飞 4.林志兴 (a second box overlapping the first by half a
    letter), then 5.邹佳慧 6.雷云志 | 7.钟浩 on the next row (its second box a pixel higher): all
    seven (probe CO P08: two read)."""
    doc = _read(("结题证书", (578, 283, 966, 376)), ("证书编号:CQGY-JT-2024-0012", (600, 430, 971, 466)),
                ("项目名称:基于数字孪生的离散制造车间实训平台研究", (253, 581, 1028, 621)),
                ("项目类别:校级重点科研项目", (252, 652, 673, 691)), ("项目主持人:袁宇磊", (253, 723, 549, 764)),
                ("立项时间:2021年12月", (255, 795, 586, 833)), ("课题组成员: 1.陶宁琪 2.向宁安", (252, 863, 771, 906)),
                ("3.冉倩飞 4.林志兴", (748, 864, 1046, 905)), ("5.邹佳慧 6.雷云志", (449, 928, 743, 968)),
                ("7.钟浩", (748, 927, 859, 969)), ("该项目经专家鉴定,已完成预期研究任务,准予结题。", (317, 1028, 1072, 1068)),
                ("特发此证", (314, 1097, 453, 1140)), ("二〇二四年一月十二日", (896, 1442, 1171, 1479)))
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["members"] == ["陶宁琪", "向宁安", "冉倩飞", "林志兴", "邹佳慧", "雷云志", "钟浩"]


def test_a_numbered_list_whose_wrap_cut_a_name():
    """主要完成人:1.高志 … 7.李 | 刚 8.韩瑞 … 12.姚洋: twelve, 李刚 whole (probe CO A05: six read)."""
    doc = _read(("重庆市科学技术奖", (210, 123, 385, 144)),
                ("为表彰在促进科学技术进步工作中做出重要贡献的单位和个人,特颁发2", (105, 238, 515, 252)),
                ("023年度重庆市科学技术进步奖三等奖证书。", (80, 265, 326, 277)),
                ("主要完成人:1.高志 2.袁泽国 3.尹松玉 4.赵忠琳 5.顾杰海 6.雷旭超 7.李", (80, 303, 510, 316)),
                ("刚 8.韩瑞 9.贾正阳 10.薛强兰 11.蒋新旭 12.姚洋", (80, 330, 369, 343)), ("2024年4月", (367, 700, 426, 713)),
                width=595, height=842, source="text_layer")
    assert doc.fields["holders"] == ["高志", "袁泽国", "尹松玉", "赵忠琳", "顾杰海", "雷旭超", "李刚", "韩瑞", "贾正阳", "薛强兰",
                                     "蒋新旭", "姚洋"]


def test_an_acceptances_day_is_never_its_plans_end_nor_a_deadline_to_put_it_right():
    """A 验收单 whose foot date OCR lost (日期:2 /11/06) is not dated by its 计划完成日期 (probe CO
    P06); 请于2025年12月31日前完成整改后重新提出验收申请 is a deadline, not the day it was held: the
    office's date at the foot is (probe CP C07)."""
    doc = _read(("科研项目验收单", (691, 282, 1053, 344)), ("项目名称", (210, 408, 340, 450)),
                ("铁路货车车体焊接机器人工作站开发", (512, 408, 997, 447)), ("项目负责人", (211, 567, 367, 605)),
                ("王健", (509, 563, 582, 609)), ("立项日期", (211, 644, 340, 685)), ("2022/03/15", (510, 646, 676, 686)),
                ("计划完成日期", (212, 724, 400, 764)), ("2023/09/30", (510, 724, 676, 765)),
                ("验收结论:经验收小组审查,该项目完成了任务书规定的全部内容,同意通过验收。", (199, 1489, 1518, 1531)),
                ("验收组长", (985, 1660, 1171, 1707)), ("日期:2 /11/06", (990, 1759, 1251, 1799)))
    assert doc.doc_type == "project_acceptance" and doc.fields.get("acceptance_date") != "2023-09-30"
    doc = _read(("项目验收证书", (238, 68, 358, 88)), ("项目名称:离散制造工业互联网平台建设项目", (60, 138, 278, 149)),
                ("项目负责人:邓伟", (60, 229, 147, 240)), ("执行期限:2022年1月至2024年6月", (60, 252, 228, 262)),
                ("验收意见", (270, 399, 325, 412)),
                ("专家组意见:本次验收不予通过,请项目承担单位于2025年12月31日前完成整改后重新提出验收申", (60, 486, 535, 497)),
                ("请。", (60, 506, 74, 516)), ("验收结论:未通过验收(限期整改)", (60, 530, 228, 540)),
                ("重庆市经济和信息化委员会", (404, 591, 535, 601)), ("2025年05月16日", (455, 610, 534, 621)),
                width=595, height=842, source="text_layer")
    assert doc.fields["acceptance_date"] == "2025-05-16" and doc.fields["passed"] is False


def test_a_papers_date_is_its_issue_not_the_day_it_went_online():
    """A head giving the issue as 2023，59（18） and a footnote's 网络出版日期：2023-05-20: the paper's
    date is its issue's year (probe CO J07)."""
    from tests.typed_pages import doc as typed, page
    from zhicheng.documents import document_from

    read = typed(page("计算机工程与应用", "Computer Engineering and Applications    2023，59（18）",
                      "基于边缘计算的产线设备预测性维护方法", "张三，李四", "摘  要：针对产线设备故障……",
                      "关键词：预测性维护；边缘计算", "文章编号：1002-8331（2023）18-0123-09",
                      "收稿日期：2022-11-03  修回日期：2023-02-15  网络出版日期：2023-05-20"))
    assert document_from(read.result, None, None).fields.get("date") == "2023"


def test_a_letter_spaced_label_under_a_list_is_not_glued_to_its_last_name():
    """编 | 制：李俊峰 张海涛 over 审 | 核：刘国庆 (OCR's box for the label's first letter apart), and
    副主编：林海燕 马俊 over 编 | 委（按姓氏笔画排序）：: 张海涛 and 马俊, not 张海涛审 and 马俊编 (probe CR
    R02, R08)."""
    doc = _read(("报告编号:CQCX-JS-2023-017", (916, 298, 1261, 327)),
                ("汽车零部件数字化车间MES系统建设技术报告", (225, 513, 1178, 571)),
                ("编制单位:重庆长鑫精密制造有限公司", (311, 943, 794, 981)), ("编", (312, 994, 346, 1031)),
                ("制:李俊峰", (395, 993, 547, 1029)), ("张海涛", (559, 993, 656, 1030)), ("审", (311, 1039, 347, 1083)),
                ("核:刘国庆", (393, 1040, 544, 1081)), ("批", (312, 1089, 345, 1127)), ("准:陈卫东", (391, 1088, 544, 1131)),
                ("2023年6月", (630, 1408, 771, 1444)), width=1405, height=1987)
    assert doc.doc_type == "technical_report" and doc.fields["authors"] == ["李俊峰", "张海涛"]
    doc = _read(("成渝地区双城经济圈工业互联网平台发展白皮书", (150, 120, 1000, 180)), ("顾", (176, 290, 232, 325)),
                ("问:邬贺铨 王建宙", (258, 284, 534, 326)), ("主", (176, 356, 232, 391)), ("编:郑晓东", (258, 353, 416, 394)),
                ("副主编:林海燕 马俊", (175, 407, 489, 447)), ("编", (170, 457, 268, 502)),
                ("委(按姓氏笔画排序):", (258, 460, 576, 499)), ("王超 石磊 卢静 冯雪 胡晓峰 侯宇 唐亮 谢雨", (261, 512, 975, 557)),
                ("二〇二四年一月", (500, 1500, 700, 1540)), width=1240, height=1754)
    assert "马俊" in doc.fields["authors"] and "马俊编" not in doc.fields["authors"]


def test_a_member_tables_role_cell_saying_leader_names_its_rows_person():
    """主要研制人员名单's row 1 贝志强 … with 项目负责人 in its 贡献 cell: he leads, not the next row's
    芦静 and her 性别 (probe CR A12: 芦静女, a wrong leader and rank)."""
    doc = _read(("科学技术成果鉴定证书", (198, 159, 398, 178)), ("成果名称:高速精密数控滚齿机远程运维系统", (66, 287, 305, 298)),
                ("组织鉴定单位:重庆市机械工业联合会", (66, 338, 269, 349)), ("鉴定日期:2021年12月3日", (66, 363, 204, 374)),
                ("鉴定委员会认为该成果整体技术达到国内先进水平,同意通过鉴定。", (88, 400, 410, 412)),
                ("主要研制人员名单", (242, 440, 353, 454)),
                ("序号   姓名   性别 出生年月   技术职称   工作单位   对成果创造性贡献", (67, 468, 517, 478)),
                ("1   贝志强   男   1972.06 正高级工程师", (75, 497, 285, 507)), ("重庆机床(集团)有限责任公司", (295, 488, 414, 497)),
                ("项目负责人", (452, 497, 501, 507)), ("2   芦静   女 1983.09 高级工程师", (74, 537, 280, 547)),
                ("重庆机床(集团)有限责任公司", (295, 527, 414, 537)), ("系统架构", (457, 537, 496, 547)),
                ("3   庄晓   男   1990.10   工程师", (74, 577, 270, 586)), ("软件开发", (457, 577, 496, 586)),
                width=595, height=842, source="text_layer")
    assert doc.doc_type == "project_acceptance" and doc.fields["leader"] == "贝志强"


def test_a_claim_citing_a_file_whose_name_holds_a_newline_finds_it(tmp_path):
    """claims.yaml citing "专利\\n证书.pdf", the bundle's file so named: shown as 专利?证书.pdf, and the
    claim's path read the same way finds it (probe CQ F24: missing_evidence)."""
    from zhicheng.bundle import load_claims

    (tmp_path / "claims.yaml").write_text('achievements:\n  - kind: patent\n    patent_type: invention\n    granted: true\n'
                                          '    rank: 1\n    date: 2022-03-15\n    evidence: ["专利\\n证书.pdf"]\n', encoding="utf-8")
    [claim] = load_claims(tmp_path / "claims.yaml")
    assert claim.evidence == ["专利?证书.pdf"]


def test_a_title_beside_a_name_glued_or_spaced_is_no_name_nor_a_piece_of_one():
    """OCR's 课题负责人:张建林教授 and 课题组成员:刘波 博士、陈静高级工程师、 王宇航 工程师… (probe CR R06:
    张建 and 林教授, and 陈静 lost): the names alone; a title before a name stays apart."""
    from extractor.fields.people import split_people

    assert split_people("张建林教授") == ["张建林"]
    assert split_people("刘波 博士、陈静高级工程师、 王宇航 工程师、吴晓丽 博士") == ["刘波", "陈静", "王宇航", "吴晓丽"]
    assert split_people("正高级工程师 上官立国")[-1] == "上官立国" and split_people("陈静正高级工程师") == ["陈静"]
    doc = _read(("离散制造企业数字孪生车间关键技术研究报告", (160, 500, 1100, 560)), ("研究报告", (500, 600, 700, 650)),
                ("课题负责人:张建林教授", (161, 890, 481, 926)),
                ("课题组成员:刘波 博士、陈静高级工程师、 王宇航 工程师、吴晓丽 博士", (163, 942, 1061, 972)),
                ("二〇二二年十二月", (500, 1400, 700, 1440)), width=1240, height=1754)
    assert doc.doc_type == "technical_report" and doc.fields["authors"] == ["张建林", "刘波", "陈静", "王宇航", "吴晓丽"]


def test_a_think_tanks_advisory_report_and_an_implementation_plan_are_reports():
    """A 咨询报告 with its 执笔人 (probe CR R07) and a 实施方案 whose title wrapped before its last
    letter, signed off in an 编制 | 审核 | 批准 table (R10): technical reports, their writers read."""
    doc = _read(("关于推进重庆市中小企业数字化转型的咨询报告", (88, 74, 507, 93)),
                ("中小企业是我市制造业的主体。调研发现,全市规上工业企业中约有六成尚处于数字化转型的起", (66, 146, 527, 157)),
                ("以上建议供决策参考。", (89, 250, 190, 261)), ("课题指导:邹德明", (66, 290, 153, 300)),
                ("执笔人:黄海波、邓雪梅", (66, 310, 186, 321)), ("重庆市经济信息中心", (432, 330, 530, 340)),
                ("2024年5月20日", (455, 350, 528, 360)), width=595, height=842, source="text_layer")
    assert doc.doc_type == "technical_report" and doc.fields["authors"] == ["黄海波", "邓雪梅"]
    doc = _read(("重庆市两江新区“5G+工业互联网”融合应用实施方", (159, 335, 1243, 391)), ("案", (666, 413, 736, 480)),
                ("重庆两江新区信息产业发展有限公司", (478, 617, 926, 647)), ("姓名", (624, 835, 684, 873)),
                ("日期", (1059, 834, 1119, 872)), ("陈刚、刘洋、许婷", (558, 883, 751, 916)), ("2023.04.10", (1026, 884, 1151, 914)),
                ("编制", (235, 879, 298, 921)), ("审核", (238, 927, 297, 966)), ("潘立新", (612, 928, 695, 964)),
                ("2023.04.18", (1026, 930, 1152, 960)), ("批准", (237, 973, 297, 1011)), ("贾文斌", (613, 973, 695, 1009)),
                ("2023.04.25", (1026, 975, 1153, 1005)), ("二〇二三年四月", (602, 1236, 802, 1270)), width=1405, height=1987)
    assert doc.doc_type == "technical_report" and doc.fields["report_kind"] == "plan"
    assert doc.fields["authors"] == ["陈刚", "刘洋", "许婷"]


def test_a_tables_header_row_running_into_a_certificates_title_is_no_title():
    """A 可研's 编制人员名单 whose header reads 职责   姓名   职称   资格证书号   签名: no 职称资格证书
    (probe CR R15: unknown, the title certificate's title beside the report's)."""
    doc = _read(("涪陵区智能制造示范工厂项目可行性研究报告", (98, 74, 497, 94)), ("编制人员名单", (256, 115, 339, 130)),
                ("职责   姓名   职称   资格证书号   签名", (101, 154, 497, 165)),
                ("审定   欧阳平   正高级工程师   ZX2019-0113", (101, 174, 414, 184)),
                ("审核   龚雪   高级工程师   ZX2020-0457", (101, 194, 415, 204)),
                ("项目负责人   祁东   高级工程师   ZX2018-0236", (86, 214, 415, 224)),
                ("编制人员   麻晓宇   工程师   ZX2021-0871", (91, 234, 415, 244)),
                ("编制人员   单丽华   工程师   ZX2022-0102", (91, 254, 415, 264)),
                ("重庆渝咨工程咨询有限公司", (399, 338, 529, 349)), ("2023年7月", (478, 358, 528, 368)),
                width=595, height=842, source="text_layer")
    assert doc.doc_type == "technical_report" and doc.fields["authors"] == ["祁东", "麻晓宇", "单丽华"]


def test_writers_one_a_line_or_a_few_a_row_each_with_a_title_in_a_box_of_its_own():
    """编写: over 王志刚 | 高级工程师, 李倩 | 博士, 胡军 | 教授 (each title OCR's box beside the name,
    the first overlapping it), and 参加编制人员: over 左明 工程师 | 孟凡 工程师 | 向丽娜 | 助理工程师:
    every writer (probe CR R25: 王志刚 lost; R23: 孟凡 and 向丽娜 lost)."""
    doc = _read(("智能仓储AGV调度系统技术报告", (367, 368, 1036, 424)), ("编写:", (290, 729, 363, 766)),
                ("王志刚", (368, 775, 456, 811)), ("高级工程师", (440, 775, 600, 810)), ("李倩", (366, 818, 428, 857)),
                ("博士", (465, 819, 527, 857)), ("胡军", (366, 863, 429, 901)), ("教授", (465, 864, 528, 902)),
                ("审定:黄永红 正高级工程师", (293, 976, 626, 1011)), ("重庆机器人产业研究院", (560, 1289, 846, 1327)),
                ("2024年9月", (629, 1339, 771, 1377)), width=1405, height=1987)
    assert doc.fields["authors"] == ["王志刚", "李倩", "胡军"]
    doc = _read(("长寿经开区化工园区智慧安全管控平台建设项目可行性研究报告", (200, 80, 1200, 140)),
                ("编制人员", (748, 192, 912, 244)), ("项目负责人:丁文涛", (173, 286, 449, 325)), ("高级工程师", (464, 287, 621, 326)),
                ("参加编制人员:", (173, 338, 368, 378)), ("左明 工程师", (229, 391, 416, 432)), ("孟凡 工程师", (465, 392, 651, 433)),
                ("向丽娜", (700, 393, 808, 434)), ("助理工程师", (815, 394, 973, 434)), ("审", (173, 477, 212, 516)),
                ("核:常建华", (260, 477, 419, 515)), ("正高级工程师", (435, 476, 620, 516)), ("2023年12月", (600, 1400, 800, 1440)),
                width=1405, height=1987)
    assert doc.fields["authors"] == ["丁文涛", "左明", "孟凡", "向丽娜"]


def _pages(*pages, width=595, height=842, source="text_layer"):
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import document_from

    result = ReadResult("t.pdf", "0" * 64, page_count=len(pages),
                        pages=[Page(n + 1, width, height, source, [Line(t, b, 0.98) for t, b in rows]) for n, rows in enumerate(pages)])
    return document_from(result, None, None)


def test_a_writers_table_is_not_run_on_into_the_next_pages_contents():
    """A 可研's 编写人员 table of three numbered rows, then a 目录 page (1 项目概况 … 4 投资估算与资金筹措):
    the 4 is the contents', no fourth writer whose name was lost, and the three are read, from
    the text layer and from a scan (probe CP D01, E1: no writers, a twin not met)."""
    cover = [("重庆市汽车电子产业工业互联网标识解析二级节点建", (68, 125, 527, 145)), ("设项目", (268, 159, 325, 179)),
             ("可行性研究报告", (249, 200, 346, 214)), ("编制单位:重庆数智装备有限公司", (60, 309, 224, 319)),
             ("编制日期:2023年08月20日", (60, 331, 195, 341)), ("编写人员", (270, 382, 327, 396)),
             ("序号   姓名   职称   分工", (75, 411, 477, 421)), ("1   李建华   正高级工程师   项目负责人", (83, 434, 492, 444)),
             ("2   潘志伟   工程师   建设方案", (83, 456, 487, 466)), ("3   宋涛   工程师   投资估算", (83, 479, 487, 489))]
    contents = [("目 录", (279, 67, 318, 81)), ("1 项目概况", (60, 95, 119, 105)), ("2 建设必要性", (60, 114, 131, 125)),
                ("3 建设方案", (60, 134, 120, 145)), ("4 投资估算与资金筹措", (60, 154, 175, 165)), ("5 效益分析", (60, 174, 120, 184))]
    assert _pages(cover, contents).fields["authors"] == ["李建华", "潘志伟", "宋涛"]
    scan = [("重庆市汽车电子产业工业互联网标识解析二级节点建设", (172, 335, 1492, 407)), ("项目", (764, 424, 894, 508)),
            ("可行性研究报告", (692, 541, 968, 594)), ("编制单位:重庆数智装备有限公司", (156, 834, 602, 878)),
            ("编制日期:2023年08月20日", (154, 897, 526, 940)), ("编写人员", (742, 1040, 910, 1099)),
            ("序号", (197, 1120, 272, 1170)), ("姓名", (435, 1122, 509, 1172)), ("职称", (828, 1125, 903, 1175)),
            ("分工", (1260, 1126, 1337, 1179)), ("1", (219, 1189, 251, 1229)), ("李建华", (422, 1186, 520, 1233)),
            ("正高级工程师", (781, 1192, 951, 1232)), ("项目负责人", (1224, 1193, 1370, 1237)), ("2", (220, 1253, 250, 1293)),
            ("潘志伟", (422, 1249, 520, 1296)), ("工程师", (818, 1252, 914, 1299)), ("建设方案", (1234, 1253, 1360, 1303)),
            ("3", (219, 1317, 249, 1353)), ("宋涛", (433, 1311, 508, 1360)), ("工程师", (817, 1315, 913, 1362)),
            ("投资估算", (1236, 1316, 1359, 1364))]
    toc = [("目录", (773, 182, 900, 237)), ("1 项目概况", (159, 260, 331, 303)), ("2 建设必要性", (160, 316, 363, 356)),
           ("3 建设方案", (159, 369, 336, 412)), ("4", (162, 429, 220, 462)), ("投资估算与资金筹措", (203, 425, 480, 466))]
    assert _pages(scan, toc, width=1654, height=2338, source="ocr").fields["authors"] == ["李建华", "潘志伟", "宋涛"]


def test_a_writing_groups_head_deputies_and_members_on_one_line():
    """编制组组长:骆建新;副组长:史红、梁丽君;成员:崔勇、佘晓雯、卜志高(以姓氏笔画为序 | ): the six in that
    order, the group's head after its name no word's inside; the members' note on their order
    leaves no place sure (probe CR R17: nobody, then 史红 and 梁丽君 alone)."""
    doc = _read(("重庆市工业互联网创新发展三年行动规划（2024—2026年）", (80, 100, 520, 120)), ("编制说明", (270, 160, 325, 173)),
                ("本规划由重庆市经济和信息化委员会组织编制,重庆市工业互联网产业联盟承担具体编制工作。", (66, 200, 520, 211)),
                ("编制组组长:骆建新;副组长:史红、梁丽君;成员:崔勇、佘晓雯、卜志高(以姓氏笔画为序", (66, 232, 527, 244)),
                (")。", (66, 252, 80, 263)), ("二〇二四年二月", (400, 700, 500, 712)), width=595, height=842, source="text_layer")
    assert doc.doc_type == "technical_report"
    assert doc.fields["authors"] == ["骆建新", "史红", "梁丽君", "崔勇", "佘晓雯", "卜志高"]


def test_a_teams_roles_one_a_line_under_its_leader():
    """项目负责人:翟晓峰 | 技术骨干:温庆、冷雪 | 参加人员:应天、屈晓、全红: the members are all five after
    the leader (probe CR A22: 参加人员 lost, the applicant not found)."""
    doc = _read(("项目验收意见", (572, 182, 856, 231)), ("项目名称:火锅底料生产线MES系统实施", (159, 299, 664, 327)),
                ("承担单位:重庆德庄实业 (集团)有限公司", (159, 347, 691, 378)), ("项目负责人:翟晓峰", (158, 394, 385, 422)),
                ("技术骨干:温庆、冷雪", (159, 440, 412, 468)), ("参加人员:应天、屈晓、全红", (159, 485, 486, 513)),
                ("2024年7月5日,重庆市南岸区经济和信息化委员会组织验收。专家组认为:该项目完成了既定建", (207, 548, 1268, 578)),
                ("设目标,实现了生产计划、质量追溯与仓储管理的数字化,同意通过验收。", (158, 594, 971, 623)),
                ("2024年7月5日", (1111, 685, 1271, 714)), width=1431, height=2005)
    assert doc.fields["leader"] == "翟晓峰" and doc.fields["members"] == ["温庆", "冷雪", "应天", "屈晓", "全红"]


def test_members_in_a_forms_plain_row_and_writers_in_a_plans_sentence():
    """A 结题证书 form's 主持人 | 郝建 over 成员 | 邬红 姬鹏 杭小雨 (probe CR A19), and a plan's 参与编制的
    人员有: 谢东、 邹敏、 … (R22): the members and the writers."""
    doc = _read(("科研项目结题证书", (516, 169, 901, 225)), ("项目名称", (235, 308, 337, 345)),
                ("注塑机群能耗监测与优化调度研究", (665, 313, 1016, 346)), ("主持人", (243, 399, 323, 436)), ("郝建", (811, 405, 869, 441)),
                ("成员", (242, 443, 325, 483)), ("邬红 姬鹏 杭小雨", (728, 447, 949, 489)), ("结题时间", (233, 490, 336, 529)),
                ("2021年11月", (771, 496, 903, 533)), ("结题等级", (233, 539, 334, 574)), ("合格", (811, 542, 868, 579)),
                ("重庆市科学技术局 (盖章)", (957, 737, 1245, 770)), width=1405, height=1987)
    assert doc.fields["leader"] == "郝建" and doc.fields["members"] == ["邬红", "姬鹏", "杭小雨"]
    doc = _read(("重庆渝北区数字化车间改造提升实施方案", (200, 200, 1200, 260)), ("二、编制单位及人员", (157, 456, 382, 484)),
                ("本方案由重庆渝北区智能制造服务中心负责编制, 参与编制的人员有: 谢东、 邹敏、 廖志远、 崔", (207, 503, 1256, 527)),
                ("晓静、 汪洋。", (155, 545, 294, 575)), ("三、目标任务", (154, 595, 310, 627)), ("二〇二三年五月", (600, 1500, 800, 1540)),
                width=1405, height=1987)
    assert doc.fields["authors"] == ["谢东", "邹敏", "廖志远", "崔晓静", "汪洋"]


def test_a_claimed_investment_the_appraisal_does_not_print_is_shown_by_the_audit_cited_beside_it():
    """A 鉴定证书 printing no sum, the claim's 2,500万 and a 项目投资完成情况专项审计报告 of that project
    cited beside it (probe CP C09, a twin of 13.3.4 not met): shown by the audit; an audit of less
    gives its own sum; an audit of another project shows nothing."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    appraisal = _paper("鉴定.pdf", "project_acceptance", "科技成果鉴定证书", project_title="发动机缸体柔性加工智能产线",
                       leader="张三", members=["张三", "李四"], level="provincial", category="implementation", passed=True,
                       acceptance_date="2024-06-18", appraised=True, applicant_rank=1)

    def audited(words, amount):
        audit_report = _paper("审计.pdf", "revenue_proof", words, amount_wan=amount, parties=["重庆数智装备有限公司"], date="2024-05-10")
        claims = [claim(0, ["鉴定.pdf", "审计.pdf"], kind="project", category="implementation", level="provincial", role="lead",
                        rank=1, investment_wan=2500, appraised=True, date="2024-06-18")]
        [built] = _audited([appraisal, audit_report], claims).achievements
        return built.achievement.investment_wan, "investment_wan" in built.declared

    ours = "项目投资完成情况专项审计报告 对贵公司“发动机缸体柔性加工智能产线建设项目”的投资完成情况进行了专项审计，该项目累计完成投资"
    assert audited(ours + "人民币2,500.00万元", 2500.0) == (2500.0, False)
    assert audited(ours + "人民币1,800.00万元", 1800.0) == (1800.0, False)
    other = "项目投资完成情况专项审计报告 对贵公司“涂装车间废气治理项目”的投资完成情况进行了专项审计，累计完成投资人民币2,500.00万元"
    assert audited(other, 2500.0) == (2500.0, True)


def test_a_lower_education_a_certificate_also_shows_meets_its_own_alternative():
    """大专 2016 with 技术员 since 2017-07, a 自考本科 of 2021-12-30 (probe CS C3-1): 第八条's 本科
    year counts from 2021-12-30 and is short, but the 大专 alternative (技术员 and two years) is
    met; without the 大专 certificate it is not."""
    from rules.case import Applicant, Case
    from rules.dates import PartialDate
    from rules.evaluator import evaluate
    from rules.vocabulary import Education, Title

    def basic(lower):
        applicant = Applicant(education=Education.BACHELOR, current_title=Title.TECHNICIAN, target_title=Title.ASSISTANT_ENGINEER,
                              work_start=PartialDate.parse("2016-07-01"), current_title_date=PartialDate.parse("2017-07-15"),
                              education_date=PartialDate.parse("2021-12-30"), lower_educations=lower, assessment_passed=True)
        verdict = evaluate(Case(applicant=applicant, as_of=PartialDate.parse("2022-06-30"))).to_dict()
        return next(c for c in verdict["conditions"] if c["id"] == "8")

    assert basic(((Education.ASSOCIATE, PartialDate.parse("2016-06-30")),))["met"] is True
    assert basic(())["met"] is False


def test_a_plans_day_labelled_as_the_acceptances_is_not_its_day():
    """计划验收时间：2023年12月 in the project's table, the opinion signed 2024年1月18日 (probe CS F6-1)."""
    doc = _read(("项目验收意见", (250, 60, 345, 80)), ("项目名称:注塑车间数字化改造及工业互联网平台应用", (60, 110, 330, 121)),
                ("项目负责人:罗斌", (60, 132, 150, 143)), ("计划验收时间:2023年12月", (60, 154, 200, 165)),
                ("专家组认为:该项目完成了合同规定的建设内容,同意通过验收。", (60, 200, 400, 211)),
                ("验收专家组组长:李明", (380, 300, 500, 311)), ("2024年1月18日", (420, 330, 500, 341)),
                width=595, height=842, source="text_layer")
    assert doc.fields["acceptance_date"] == "2024-01-18"


def test_a_governments_notice_issuing_a_plan_is_no_report_and_a_person_party_with_his_id_in_brackets():
    """关于印发《重庆市工业互联网创新发展实施方案（2023—2025年）》的通知 is no technical report (probe CS
    H8-1); 受托方（乙方）：陈晓东（身份证号：500103198805121234） is a party (B2-5)."""
    doc = _read(("重庆市经济和信息化委员会", (200, 60, 400, 80)),
                ("关于印发《重庆市工业互联网创新发展实施方案（2023—2025年）》的通知", (70, 100, 525, 118)),
                ("渝经信发〔2023〕12号", (250, 130, 345, 141)), ("各区县（自治县）经济信息委：", (60, 160, 220, 171)),
                ("现将《重庆市工业互联网创新发展实施方案（2023—2025年）》印发给你们，请认真贯彻执行。", (60, 180, 530, 191)),
                ("重庆市经济和信息化委员会", (380, 400, 520, 411)), ("2023年3月1日", (420, 420, 500, 431)),
                width=595, height=842, source="text_layer")
    assert doc.doc_type != "technical_report"
    from tests.typed_pages import Big, doc as typed, page
    from zhicheng.documents import document_from

    read = typed(page(Big("技术服务合同"), "委托方（甲方）：重庆恒运汽车零部件有限公司", "受托方（乙方）：陈晓东（身份证号：500103198805121234）",
                      "第二条 服务费用：人民币捌万伍仟元整（¥85,000.00）。", "签订日期：2023年8月15日"))
    assert document_from(read.result, None, None).fields["parties"] == ["重庆恒运汽车零部件有限公司", "陈晓东"]


def test_the_day_a_paper_went_online_with_its_time_glued_on():
    """网络首发时间:2024-11-2009:41:22 (OCR lost the space before the time) on a paper in no issue
    yet: 2024-11-20, not the 收稿日期 (probe CS E5-2)."""
    from tests.typed_pages import doc as typed, page
    from zhicheng.documents import document_from

    read = typed(page("现代制造工程", "Modern Manufacturing Engineering    网络首发", "多品种小批量装配线的数字孪生快速重构方法",
                      "何丽，罗斌", "（重庆数智装备有限公司，重庆401120）", "摘要：针对多品种小批量装配线……", "关键词：数字孪生；重构",
                      "收稿日期:2024-06-01", "修回日期:2024-09-15", "网络首发时间:2024-11-2009:41:22"))
    assert document_from(read.result, None, None).fields.get("date") == "2024-11-20"


def test_a_recommenders_title_damaged_under_a_seal_is_no_name_and_still_professorate():
    """推荐人: with its name under the seal, 职称: 教授级高及工程师 (OCR's 及 for 级) on the row under it
    (probe CT R2): no recommender read from the title, whose 教授级 says 正高级工程师."""
    doc = _read(("专业技术人员破格申报推荐意见", (563, 333, 1264, 395)), ("重庆市工程技术系列职称评审委员会:", (332, 463, 828, 500)),
                ("我与高翔同志共事多年,对其专业能力和工作业绩较为了解。高翔同志长期从事智", (390, 543, 1475, 580)),
                ("该同志业绩突出,符合破格申报正高级工程师的条件,特此推荐。", (391, 665, 1242, 705)), ("推荐人:", (948, 803, 1061, 847)),
                ("教授级高及工程师", (1163, 869, 1424, 909)), ("职称:", (948, 872, 1063, 916)), ("工作单位:", (950, 942, 1092, 984)),
                ("中国汽车工程研究院股份有限公司", (1166, 939, 1644, 977)), ("日期:", (950, 1010, 1063, 1054)),
                ("2024年6月3日", (1162, 1008, 1356, 1046)), width=1827, height=2416)
    assert doc.doc_type == "recommendation_letter" and doc.fields.get("recommender") is None
    assert doc.fields["recommender_title"] == "professorate_senior_engineer"


def test_two_papers_of_one_identity_printed_with_other_quotes_and_spaces_are_one():
    """An award certificate twice, its project in 《》 on one copy and “” with a space on the other:
    one award (the identity's values compared without spaces, quotes or brackets)."""
    from zhicheng.audit import find_duplicates
    from zhicheng.documents import Document

    def award(file, project):
        return Document(file=file, sha256=file * 8, pages=1, text_source="text_layer", doc_type="award_certificate",
                        confidence=0.95, fields={"award_name": "重庆市科学技术进步奖", "project_title": project, "grade": "二等奖",
                                                 "date": "2023-12-20", "holders": ["王强"]})

    first, again = award("a.pdf", "《焊装产线数字孪生系统》"), award("b.jpg", "“焊装产线 数字孪生系统”")
    assert find_duplicates([first, again]) == {again.key: first.label}


def test_a_covers_title_wrapped_before_its_last_two_letters_in_a_taller_box():
    """…二级节点建设 over 项目, OCR's box for the pair 83 pixels to the line's 67: one title, so the scan
    and the PDF of one 可研 are one report (probe CP D01: two reports counted where one exists)."""
    doc = _read(("重庆市汽车电子产业工业互联网标识解析二级节点建设", (178, 346, 1500, 413)), ("项目", (771, 433, 903, 516)),
                ("可行性研究报告", (701, 551, 977, 601)), ("委托单位:重庆市经济和信息化委员会", (167, 785, 671, 824)),
                ("编制单位:重庆数智装备有限公司", (166, 847, 612, 887)), ("编制日期:2023年08月20日", (160, 905, 530, 945)),
                width=1678, height=2354)
    assert doc.fields["title"] == "重庆市汽车电子产业工业互联网标识解析二级节点建设项目"


def test_two_copies_of_one_report_with_and_without_its_kind_line_are_one():
    """A 可研's PDF read as …建设项目 and its scan as …建设项目可行性研究报告 (the kind line under the name
    joined on one copy only): one report, its second copy a repeat (probe CP E1B)."""
    from zhicheng.audit import find_duplicates
    from zhicheng.documents import Document

    def report(file, title):
        return Document(file=file, sha256=file * 8, pages=2, text_source="ocr", doc_type="technical_report", confidence=0.9,
                        fields={"title": title, "report_kind": "feasibility", "date": "2024-10-12", "authors": ["林峰", "潘志伟"]})

    first = report("r1.pdf", "重庆市离散制造中小企业数字化转型公共服务平台建设项目")
    again = report("r2.png", "重庆市离散制造中小企业数字化转型公共服务平台建设项目可行性研究报告")
    assert find_duplicates([first, again]) == {again.key: first.label}
    assert find_duplicates([first, report("r3.pdf", "重庆市离散制造中小企业数字化转型公共服务平台运营项目")]) == {}
