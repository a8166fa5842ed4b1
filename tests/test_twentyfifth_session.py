"""Layouts and wordings the twenty-fifth session's probes found wrong, one test per cause."""

from __future__ import annotations

from pathlib import Path

import pytest

_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def _text_pdf(path: Path, lines: list[str]) -> Path:
    """One page with a text layer (fpdf2), ``lines`` one under another; a line holding
    ``|`` prints its parts spaced apart on one row."""
    from fpdf import FPDF

    if not _FONT.exists():
        pytest.skip(f"CJK font {_FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("zh", fname=str(_FONT))
    pdf.add_page()
    pdf.set_font("zh", size=12)
    y = 70
    for line in lines:
        for k, part in enumerate(line.split("|")):
            pdf.text(60 + 280 * k, y, part)
        y += 22
    pdf.output(str(path))
    return path


def _documents(path: Path, tmp_path: Path) -> list:
    """Every document of a file, a 合订本 split as ``check`` splits it."""
    from extractor import ReadOptions
    from zhicheng.documents import examine_all

    return list(examine_all(path, ReadOptions(cache_dir=tmp_path / "cache"), display_name=path.name))


def _examine(path: Path, tmp_path: Path, name: str | None = None):
    from extractor import ReadOptions
    from zhicheng.documents import examine

    return examine(path, ReadOptions(cache_dir=tmp_path / "cache"), name=name, display_name=path.name)


_NOTICE = ["重庆市经济和信息化委员会文件", "渝经信发〔2023〕45号", "关于认定2023年度重庆市智能工厂的通知",
           "各区县（自治县）经济信息委，有关企业：", "经企业申报、专家评审和公示，认定重庆川仪自动化股份有限公司",
           "数字化车间等25个项目为2023年度重庆市智能工厂。", "特此通知。", "重庆市经济和信息化委员会"]


def test_a_notice_dated_only_by_its_print_line(tmp_path):
    """A notice whose signing day is not printed (or stays unread under its seal) is dated by
    its print line, said so; it had been left undated."""
    doc = _examine(_text_pdf(tmp_path / "n.pdf", _NOTICE + ["重庆市经济和信息化委员会办公室|2023年6月12日印发"]), tmp_path)
    assert doc.doc_type == "official_recognition"
    assert doc.fields["date"] == "2023-06-12"
    assert any("印发日期" in r for r in doc.reasons)
    assert [i["severity"] for i in doc.issues if i["code"] == "date_from_print_line"] == ["info"]


def test_a_signed_notice_keeps_its_signing_day_over_the_print_line(tmp_path):
    doc = _examine(_text_pdf(tmp_path / "n.pdf", _NOTICE + ["2023年6月8日", "",
                                                         "重庆市经济和信息化委员会办公室|2023年6月12日印发"]), tmp_path)
    assert doc.fields["date"] == "2023-06-08"
    assert not any("印发日期" in r for r in doc.reasons)


def _ocr(lines: list[tuple[str, tuple[float, float, float, float]]], name: str = "t.png"):
    """A scanned page as OCR gives it: each cell a box of its own."""
    from extractor.model import Line, Page, ReadResult

    return ReadResult(name, "0" * 64, page_count=1,
                      pages=[Page(1, 1654, 2339, "ocr", [Line(t, b, 0.99) for t, b in lines])])


def _read(monkeypatch, result, name=None):
    from zhicheng import documents

    monkeypatch.setattr(documents, "read_file", lambda *a, **k: result)
    monkeypatch.setattr(documents, "look_again", lambda path, result, *a, **k: result)
    return documents.examine("t.png", None, name=name)


def test_a_summarys_column_with_its_unit_spaced_off_is_a_header(monkeypatch):
    """价税合计 (元) boxed with a space before its unit heads a column: the 发票号码 under its row
    is no sum in 元 (probe DM rev-10 gave 351.2876 万元 from 03512876); the 合计 cell OCR lost is
    asked to be read again."""
    rows = [("销售发票汇总表", (673, 175, 1013, 232)), ("购买方:重庆长安福特汽车有限公司", (179, 261, 671, 299)),
            ("销售方:重庆德能再生资源股份有限公司", (179, 321, 733, 359)),
            ("序号", (204, 447, 278, 490)), ("发票号码", (419, 446, 553, 489)), ("开票日期", (776, 446, 909, 489)),
            ("价税合计 (元)", (1157, 448, 1363, 490))]
    for k, (number, day, sum_) in enumerate([("03512876", "2022-02-14", "1,130,000.00"),
                                             ("03513344", "2022-05-30", "2,486,000.00")]):
        y = 524 + 72 * k
        rows += [(str(k + 1), (227, y, 256, y + 34)), (number, (409, y, 564, y + 34)), (day, (758, y, 930, y + 34)),
                 (sum_, (1167, y, 1369, y + 34))]
    rows += [("合计", (203, 680, 279, 726)), ("2023年1月6日", (1296, 948, 1508, 985))]
    from extractor.doctypes.revenue_proof import extract_revenue
    from extractor.text import DocText

    fields = extract_revenue(DocText(_ocr(rows)))
    assert "amount_wan" not in fields.values
    assert [f for f, _page, _box in fields.look_again] == ["amount_wan"]


def test_a_proof_of_payment_received_with_its_sum_wrapped_in_capitals(tmp_path):
    """销售回款证明: a revenue proof; its sum in capitals cut by the line's end is one sum, and the
    company that signs it, named first in its sentence, is its first party (probe DM rev-08)."""
    doc = _examine(_text_pdf(tmp_path / "r.pdf", [
        "销售回款证明", "兹证明，重庆鼎工机电有限公司（以下简称“我公司”）于2023年度共收到重庆大",
        "江美利信压铸有限责任公司支付的“压铸岛自动化集成项目”货款共计人民币肆佰",
        "伍拾陆万柒仟捌佰元整（¥4,567,800.00）。", "特此证明。", "|重庆鼎工机电有限公司", "|2024年1月10日"]), tmp_path)
    assert doc.doc_type == "revenue_proof"
    assert doc.fields["amount_wan"] == pytest.approx(456.78)
    assert doc.fields["parties"] == ["重庆鼎工机电有限公司", "重庆大江美利信压铸有限责任公司"]


def test_a_table_of_years_summed_in_its_sentence(tmp_path):
    """A table of three years and the sentence stating their sum (近三年累计…2,345.67万元): the sum,
    which the years add up to; the company signing for its finance department, bracketed, is
    its party (probe DM rev-15 took nothing)."""
    doc = _examine(_text_pdf(tmp_path / "r.pdf", [
        "新增销售收入证明", "重庆数智源软件有限公司开发的“注塑工艺参数自优化系统”自投放市场以来，近三年销",
        "售情况如下：", "年度   销售收入（万元）   利润（万元）", "2021年   612.40   95.30", "2022年   788.15   121.62",
        "2023年   945.12   140.05", "近三年累计实现新增销售收入人民币2,345.67万元。", "特此证明。",
        "|重庆数智源软件有限公司（财务部）", "|2024年2月29日"]), tmp_path)
    assert doc.fields["amount_wan"] == pytest.approx(2345.67)
    assert doc.fields["parties"] == ["重庆数智源软件有限公司"]


def test_a_proof_naming_its_counterparty_after_its_own_bracketed_name(tmp_path):
    doc = _examine(_text_pdf(tmp_path / "r.pdf", [
        "证 明", "我公司（重庆盟讯电子科技有限公司）与重庆西南铝业精密加工有限公司于2022年9月签",
        "订的《铝板带轧机智能控制系统技术服务合同》合同金额为260万元，截至2023年12月31", "日已全部回款。",
        "特此证明。", "|重庆盟讯电子科技有限公司财务部", "|2024年1月15日"]), tmp_path)
    assert doc.fields["parties"] == ["重庆盟讯电子科技有限公司", "重庆西南铝业精密加工有限公司"]


def test_a_reports_writers_end_at_the_contents_heading(monkeypatch):
    """主要执笔人 | four names | 目录: the heading under the names is no fifth writer (probe DM
    rep-15); a bare 名称 cell on a cover headed 白皮书 titles it."""
    result = _ocr([("白皮书", (714, 255, 975, 341)), ("名称", (179, 391, 278, 444)),
                   ("工业边缘计算安全防护白皮书(2023)", (493, 390, 1111, 440)), ("发布单位", (181, 475, 337, 524)),
                   ("重庆信息安全产业研究院", (497, 476, 900, 520)), ("发布日期", (180, 638, 335, 687)),
                   ("2023年4月26日", (494, 642, 762, 686)), ("主要执笔人", (735, 1170, 953, 1231)),
                   ("淳于海 幸晓雯 栗嘉诚 麻文", (589, 1290, 1102, 1344)), ("目录", (792, 1445, 901, 1502)),
                   ("1 概述", (179, 1522, 288, 1569))])
    doc = _read(monkeypatch, result)
    assert doc.doc_type == "technical_report"
    assert doc.fields["authors"] == ["淳于海", "幸晓雯", "栗嘉诚", "麻文"]
    assert doc.fields["title"] == "工业边缘计算安全防护白皮书（2023）"


def test_a_grid_of_writers_under_a_row_of_name_captions(tmp_path):
    """姓名 | 姓名 | 姓名 | 姓名 over rows of four names: all of them, row by row (probe DM rep-08
    read its first column only)."""
    doc = _examine(_text_pdf(tmp_path / "r.pdf", [
        "技术报告", "报告名称   数字孪生建模与仿真平台关键技术报告", "完成单位   重庆华数机器人有限公司",
        "报告日期   2023年9月28日", "报告编写人员", "姓名   姓名   姓名   姓名", "粟海涛   缪佳   皇甫子墨   喻春燕",
        "聂腾飞   付琳"]), tmp_path, name="皇甫子墨")
    assert doc.fields["authors"] == ["粟海涛", "缪佳", "皇甫子墨", "喻春燕", "聂腾飞", "付琳"]
    assert doc.fields["applicant_rank"] == 3


def test_a_programme_named_a_plan_is_no_plan(monkeypatch):
    """重庆市社会科学规划项目 over a title and ——研究报告: a 课题's research report, never a 规划
    (probe DM rep-13)."""
    doc = _read(monkeypatch, _ocr([
        ("重庆市社会科学规划项目", (678, 392, 1089, 434)), ("重庆制造业数字化转型路径研究", (478, 542, 1289, 612)),
        ("——研究报告", (754, 648, 1014, 705)), ("课题组长:滕晓光", (526, 973, 829, 1020)),
        ("课题组成员:区颖 蒯建新 解文静 乜少华", (527, 1046, 1217, 1088)), ("完成时间:二〇二三年五月", (525, 1186, 971, 1229))]))
    assert doc.fields["report_kind"] == "research_topic"


def test_members_under_other_labels(tmp_path, monkeypatch):
    """项目主要成员 in a form's row, and a numbered list in two columns each name with its unit
    (probe DM acc-14, acc-13: no members read)."""
    doc = _examine(_text_pdf(tmp_path / "a.pdf", [
        "验收结论书", "项目名称   智能立体仓库改造项目", "项目负责人   晋海波", "项目主要成员 晋海波、路遥、霍思燕",
        "验收意见   项目完成了合同规定的全部任务，同意通过验收。", "验收日期   2022年7月19日"]), tmp_path)
    assert doc.fields["members"] == ["晋海波", "路遥", "霍思燕"]
    # (each cell boxed on its own, as OCR and most text layers give them; a text layer's row of two
    # cells read as one line is left to the reading by numbers, which reads no list where they skip)
    doc = _read(monkeypatch, _ocr([
        ("课题结题验收报告", (500, 160, 1100, 220)), ("课题名称:焊装车间机器人群协同控制技术", (160, 300, 900, 340)),
        ("课题负责人:覃浩然", (160, 370, 480, 410)), ("课题组成员:", (160, 440, 360, 480)),
        ("1. 乔思远(重庆大学)", (160, 510, 480, 545)), ("2. 戚晓明(长安汽车)", (830, 510, 1150, 545)),
        ("3. 闻人雪(长安汽车)", (160, 570, 480, 605)), ("4. 商羽(重庆大学)", (830, 570, 1120, 605)),
        ("5. 符建业(长安汽车)", (160, 630, 480, 665)), ("结题验收日期:2020年11月26日", (160, 700, 640, 740)),
        ("验收意见:课题组完成了全部研究任务,同意结题。", (220, 770, 1000, 810))]))
    assert doc.fields["members"] == ["乔思远", "戚晓明", "闻人雪", "商羽", "符建业"]


@pytest.mark.parametrize("lines", [
    ["在读证明", "兹证明，涂欣怡，女，学号 202201234，系我校 2022 级机械工程专业全日制硕士研究生，学制三年，",
     "预计于 2025 年 6 月毕业，毕业时将授予工学硕士学位。目前该生在读。", "特此证明。", "重庆大学研究生院", "2024年3月18日"],
    ["教育部学籍在线验证报告", "姓名 涂欣怡", "层次 硕士研究生", "学制 3 年", "学籍状态 在籍（注册学籍）",
     "入学日期 2023年09月01日", "预计毕业日期 2026年06月30日"],
    ["重庆邮电大学学生学籍卡", "姓名 谯晓峰", "层次 本科", "学制 四年", "学籍状态 在籍", "学位类别 （待授）",
     "注：本卡为学籍管理原始记录，不作学历证明使用。"],
])
def test_a_students_papers_are_no_degree(tmp_path, lines):
    """An enrolment letter, a 学籍 report, a 学籍卡: a student's, never a graduate's diploma
    (probe DP: typed degree certificates, one a false met of condition 12)."""
    doc = _examine(_text_pdf(tmp_path / "d.pdf", lines), tmp_path)
    assert doc.doc_type != "degree_certificate"


def test_a_review_not_passed_is_no_title(tmp_path):
    """职称评审结果告知书 saying 未获通过: no title granted (probe DP L24 was typed a 高级工程师
    certificate, a false met of condition 14)."""
    doc = _examine(_text_pdf(tmp_path / "t.pdf", [
        "职称评审结果告知书", "涂建平同志：", "你申报的高级工程师资格，经重庆市工程技术高级职称评审委员会",
        "2023年12月16日评审，未获通过（赞成票未达到出席评委人数的三分之二）。",
        "你现有的工程师资格（2016年12月取得）不受影响。", "重庆市人力资源和社会保障局", "2024年1月9日"]), tmp_path)
    assert doc.doc_type != "title_certificate"


def test_a_certificates_holder_opening_its_line_before_tongzhi(tmp_path):
    """母旭东 同志经…评审通过，具备工程师资格: a rarer surname opening the line, 同志 after it
    (probe DP T11 read no holder)."""
    doc = _examine(_text_pdf(tmp_path / "t.pdf", [
        "专业技术职务任职资格证书", "母旭东 同志经重庆市工程技术中级职称评审委员会评审通过，具备工程师资格。",
        "资格取得时间：2016年12月23日", "批准文号：渝人社职〔2016〕301号"]), tmp_path)
    assert doc.doc_type == "title_certificate"
    assert doc.fields["holder"] == "母旭东"


def _placed_pdf(path: Path, pages: list[list[tuple[float, float, str]]], size: int = 12) -> Path:
    """Text-layer pages with each piece of text at (x, y) in points."""
    from fpdf import FPDF

    if not _FONT.exists():
        pytest.skip(f"CJK font {_FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("zh", fname=str(_FONT))
    for pieces in pages:
        pdf.add_page()
        pdf.set_font("zh", size=size)
        for x, y, words, *own in pieces:  # (a piece may give its own size: x, y, words, size)
            pdf.set_font("zh", size=own[0] if own else size)
            pdf.text(x, y, words)
    pdf.output(str(path))
    return path


def test_joint_issuers_stacked_beside_one_wenjian(tmp_path):
    """上海市经济和信息化委员会 over 上海市财政局  文件: the first issuer is the top one (probe DN
    rec-06 gave the second)."""
    doc = _examine(_placed_pdf(tmp_path / "n.pdf", [[
        (90, 95, "上海市经济和信息化委员会"), (90, 125, "上 海 市 财 政 局"), (420, 125, "文件"),
        (230, 170, "沪经信技〔2022〕410号"), (150, 230, "关于公布2022年度上海市企业技术中心名单的通知"),
        (80, 270, "经企业申报、专家评审及公示，上海微创医疗机器人（集团）股份有限公司技术中心等68家"),
        (80, 292, "技术中心被认定为2022年度上海市企业技术中心，现予公布。"), (360, 360, "2022年7月20日")]]), tmp_path)
    assert doc.doc_type == "official_recognition"
    assert doc.fields["issuer"] == "上海市经济和信息化委员会"


def test_a_caption_centred_on_a_value_of_two_lines_in_a_text_layer(tmp_path):
    """项目名称 level with the gap between its value's two lines: pdfium runs it into the first,
    which cut the title there (probe DN awd-05); apart, the title is read whole. 况 is a surname."""
    doc = _examine(_placed_pdf(tmp_path / "a.pdf", [[
        (250, 90, "贵州省科学技术奖励证书"), (150, 158, "奖励类别"), (280, 158, "科学技术进步奖"),
        (150, 200, "项目名称"), (280, 190, "喀斯特山区高速公路高陡边坡灾变机理与智能监测预警关键技术研"),
        (280, 210, "究及工程应用示范"), (150, 242, "奖励等级"), (280, 242, "三等奖"), (150, 276, "获奖人"),
        (280, 276, "况　明"), (150, 310, "排　　名"), (280, 310, "第2"), (520, 480, "贵州省人民政府"),
        (520, 510, "2023年3月28日")]]), tmp_path, name="况明")
    assert doc.fields["project_title"] == "喀斯特山区高速公路高陡边坡灾变机理与智能监测预警关键技术研究及工程应用示范"
    assert doc.fields["applicant_rank"] == 2


def test_a_cnki_record_with_its_captions_in_black_brackets(tmp_path):
    """CNKI's 知网节 printed: 【题名】, 【作者】, 【文献出处】, 【期刊ISSN】, 【出版日期】 are its captions
    (probe DN pap-15 took the site's banner for the title and read neither authors nor journal)."""
    doc = _examine(_text_pdf(tmp_path / "p.pdf", [
        "中国知网 | 知识发现网络平台", "【题名】基于边缘计算的风电机组变桨系统故障预警方法", "【作者】   淳于晓峰；帅　琦；谯　锐；邸文静",
        "【机构】   重庆大学输配电装备及系统安全与新技术国家重点实验室", "【摘要】   针对风电机组变桨系统故障频发且预警滞后的问题，提出一种方法。",
        "【关键词】   风电机组；变桨系统；边缘计算", "【文献出处】   可再生能源 , Renewable Energy Resources , 编辑部邮箱 , 2022年 12期",
        "【期刊ISSN】 1671-5292", "【出版日期】   2022-12-20", "【DOI】   10.13941/j.cnki.21-1469/tk.2022.12.014"]), tmp_path, name="谯锐")
    assert doc.doc_type == "journal_paper"
    assert doc.fields["title"] == "基于边缘计算的风电机组变桨系统故障预警方法"
    assert doc.fields["journal"] == "可再生能源"
    assert doc.fields["issn"] == "1671-5292"
    assert doc.fields["applicant_rank"] == 3
    assert doc.fields["date"] == "2022-12"


def test_a_wide_screenshot_of_a_record_is_no_spread(monkeypatch):
    """A CNKI page's screenshot, wider than high, its 摘要: caption alone on its line: no spread
    to cut to the caption's column (probe DN pap-03 took the breadcrumb for the title and 数据挖掘技术
    for the journal)."""
    from extractor.model import Line, Page, ReadResult

    rows = [("中国知网 CNKI", (38, 17, 195, 45)), ("数据挖掘技术>期刊", (98, 116, 260, 139)),
            ("《电力系统保护与控制》 2022年第16期", (108, 152, 448, 175)),
            ("计及源荷双侧不确定性的园区综合能源系统优化调度", (99, 201, 820, 234)),
            ("诸葛晓辉1 钮春燕1 韩 旭2", (98, 257, 397, 284)), ("ISSN:1674-3415", (1118, 310, 1250, 334)),
            ("摘要:", (95, 343, 151, 369)),
            ("针对园区综合能源系统中可再生能源出力与负荷需求的双侧不确定性,建立了鲁棒优化", (97, 373, 1021, 396)),
            ("关键词: 综合能源系统; 不确定性; 优化调度;", (99, 447, 650, 470)), ("出版日期: 2022-08-16", (99, 625, 301, 649))]
    result = ReadResult("t.png", "0" * 64, page_count=1,
                        pages=[Page(1, 1500, 1004, "ocr", [Line(t, b, 0.99) for t, b in rows])])
    doc = _read(monkeypatch, result)
    assert doc.fields["title"] == "计及源荷双侧不确定性的园区综合能源系统优化调度"
    assert doc.fields["journal"] == "电力系统保护与控制"


def test_a_time_glued_to_a_day_is_no_part_of_it():
    from extractor.fields.dates import find_dates

    assert [str(d.value) for d in find_dates("发布时间:2024-03-1510:30")] == ["2024-03-15"]


def test_an_award_named_alone_under_its_sentence(monkeypatch):
    """…在2023年度集团科技创新评比中荣获 | 科技创新成果奖  一等奖: the award is the line's, no part of
    the sentence before it (probe DN awd-04 glued 集团科技创新评比中荣获 on)."""
    doc = _read(monkeypatch, _ocr([
        ("荣誉证书", (525, 270, 866, 372)), ("申屠建华同志:", (228, 527, 500, 574)),
        ("你参与完成的「汽车变速器壳体高压铸造缺陷智能识别", (227, 707, 1141, 753)),
        ("系统」项目,在2023年度集团科技创新评比中荣获", (226, 775, 1074, 823)),
        ("科技创新成果奖", (423, 904, 777, 965)), ("一等奖", (804, 899, 972, 966)),
        ("特发此证,以资鼓励。", (299, 1038, 666, 1091)), ("2024年1月18日", (742, 1484, 967, 1528))]))
    assert doc.fields["award_name"] == "科技创新成果奖"


def test_a_reports_appendix_headed_as_an_acceptance_stays_in_the_report(tmp_path):
    """附录A 验收意见 as a report's last page: the report's appendix, never an acceptance of its own
    (probe DO long-01 split it off as a passed acceptance)."""
    body = "本项目面向离散制造企业的多品种小批量生产特点，构建了覆盖设备层、边缘层和平台层的工业互联网体系架构。"
    pages = [[(200, 120, "离散制造车间工业互联网平台关键技术研究"), (260, 160, "技术研究报告"),
              (200, 260, "编制单位：重庆云铸智能科技有限公司"), (200, 290, "编写人：邓辉、于新宇"), (240, 330, "2023年8月")]]
    pages += [[(230, 70, f"第{n}章 研究内容")] + [(60, 130 + 20 * k, body[:40]) for k in range(8)] for n in "一二三"]
    pages += [[(237, 70, "附录A 验收意见"), (261, 105, "验 收 意 见"),
               (82, 150, "专家组审阅了技术报告，认为报告内容完整，数据可信，一致同意通过验收。")]]
    path = _placed_pdf(tmp_path / "r.pdf", pages)
    documents = _documents(path, tmp_path)
    assert [(d.doc_type, d.page_range) for d in documents] == [("technical_report", None)]


def test_two_papers_bound_back_to_back_whose_abstract_caption_is_set_apart(tmp_path):
    """Two papers of one issue, each a first and a last page, their 摘 | 要 on two lines: two papers
    (probe DO bnd-14 joined them and lost the second)."""
    def first(number, title, authors):
        return [(60, 40, "第48卷 第9期   组合机床与自动化加工技术   Vol.48 No.9"), (46, 62, f"文章编号:1001-2265(2023)09-{number}-04"),
                (120, 110, title), (200, 140, authors), (60, 200, "摘"),
                (60, 220, "要：本文面向离散制造企业的多品种小批量生产特点，构建了工业互联网体系架构。"),
                (60, 250, "关键词：工业互联网；数据集成；边缘计算"), (60, 275, "中图分类号：TH32   文献标识码：A")]

    def last():
        return [(60, 40, "2023年第9期   组合机床与自动化加工技术"), (60, 80, "4 结论"),
                (60, 110, "平台在500台设备并发接入条件下运行稳定，数据完整率达到要求。"), (60, 200, "参考文献："),
                (60, 220, "[1] 彭佑军，甄晨程. 数控机床可靠性分析[J]. 计算机集成制造系统，2021，27(4)：1-8.")]
    path = _placed_pdf(tmp_path / "b.pdf", [first("0011", "面向离散车间的工业互联网平台数据集成技术研究", "傅丽 栾思 董伟艳 梁雨"), last(),
                                            first("0118", "多源异构设备数据采集网关设计与实现", "郭曦军 上官勇桂 訾丽玉"), last()])
    documents = _documents(path, tmp_path)
    assert [d.page_range for d in documents] == [(1, 2), (3, 4)]
    assert documents[1].fields["title"] == "多源异构设备数据采集网关设计与实现"


def test_a_granted_day_wrapped_onto_the_next_line(monkeypatch):
    """…认定其具备助理工程师职称，取得时间2021年11月 | 30 日。: the day is the date's (probe DP G12
    read 2021-11)."""
    doc = _read(monkeypatch, _ocr([
        ("重庆市专业技术人员职称认定审批表", (442, 190, 1015, 229)), ("姓名", (205, 269, 265, 309)),
        ("戚红艳", (378, 271, 460, 308)), ("认定职称", (206, 473, 310, 508)), ("助理工程师", (380, 474, 506, 508)),
        ("用人单位意见", (209, 526, 355, 557)), ("经考察合格,同意申报认定。", (381, 526, 683, 556)),
        ("经审核,符合初次认定条件,认定其具备助理工程师职称,取得时间2021年11月", (380, 577, 1227, 607)),
        ("30 日。", (377, 624, 456, 661)), ("审批意见", (207, 676, 310, 710)),
        ("重庆市渝北区人力资源和社会保障局(盖章)", (381, 726, 840, 758))]))
    assert doc.doc_type == "title_certificate"
    assert doc.fields["date"] == "2021-11-30"


def test_authors_whose_affiliation_marks_are_parted_by_a_dot(tmp_path):
    """禚雨国², 佘丽燕¹·²: the marks' dot is no dotted name's (probe DO bnd-07 read no authors)."""
    doc = _examine(_placed_pdf(tmp_path / "p.pdf", [[
        (60, 40, "第50卷 第3期   制造技术与机床   2024年3月"), (110, 110, "基于深度强化学习的AGV路径规划研究", 18),
        (250, 140, "禚雨国²，佘丽燕¹·²"), (100, 165, "（1.重庆大学 机械与运载工程学院，重庆 400044；2.重庆理工大学，重庆 400054）"),
        (60, 200, "摘要：针对柔性车间中AGV路径规划效率低的问题，提出一种方法。"), (60, 225, "关键词：AGV；路径规划；强化学习"),
        (60, 250, "中图分类号：TH59   文献标识码：A")]]), tmp_path)
    assert doc.fields["authors"] == ["禚雨国", "佘丽燕"]


def test_an_acceptance_titled_by_the_short_label(monkeypatch):
    """项目：… on a fax's 验收意见 (probe DM acc-15 read no title)."""
    doc = _read(monkeypatch, _ocr([
        ("项目验收意见", (677, 185, 1036, 242)), ("项目:基于区块链的钢材质量追溯平台", (193, 272, 764, 318)),
        ("验收专家:仇建国(组长)、宗丽、羊志强、乌兰", (194, 337, 932, 383)), ("项目负责人:能少杰", (192, 399, 500, 445)),
        ("项目组主要成员:能少杰、禹红、牟佳、战长林", (193, 461, 1032, 509)),
        ("经专家组评议,该项目完成了预定的研发任务,同意通过验收。", (258, 528, 1178, 576)),
        ("验收日期:2024.09.05", (1182, 600, 1522, 647))]))
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["project_title"] == "基于区块链的钢材质量追溯平台"


def test_a_list_of_title_applicants_is_no_recognition(monkeypatch):
    """关于…职称申报人员情况的公示 lists who applied: no organ's recognition of anything (probe DP L13)."""
    rows = [("关于2024年度工程技术系列职称申报人员情况的公示", (279, 129, 1081, 170)),
            ("根据《重庆市工业互联网与智能制造专业技术人员职称申报评审条件》(渝人社发〔2022〕67号)", (135, 248, 1188, 283)),
            ("规定,现将我单位2024年度职称申报人员情况予以公示,公示期5个工作日。", (136, 294, 1087, 327)),
            ("序号", (154, 381, 214, 419)), ("姓名", (302, 381, 364, 418)), ("现职称", (491, 381, 575, 417)),
            ("申报职称", (889, 381, 993, 416)), ("申报方式", (1087, 379, 1194, 417))]
    for k, (name, held, wanted, how) in enumerate([("卞思远", "工程师", "高级工程师", "正常"), ("童晓雯", "工程师", "高级工程师", "破格"),
                                                   ("戚红艳", "无", "助理工程师", "认定")]):
        y = 433 + 50 * k
        rows += [(str(k + 1), (172, y, 196, y + 34)), (name, (293, y, 373, y + 36)), (held, (492, y, 574, y + 36)),
                 (wanted, (878, y, 1003, y + 34)), (how, (1109, y, 1170, y + 37))]
    rows += [("公示期间如有异议,请向人力资源部反映。", (185, 656, 945, 690)),
             ("重庆赛力斯凤凰智创科技有限公司人力资源部", (732, 750, 1226, 781)), ("2024年8月5日", (1064, 792, 1226, 825))]
    doc = _read(monkeypatch, _ocr(rows))
    assert doc.doc_type != "official_recognition"


def test_a_title_certificate_whose_rules_say_buyu_rending_in_passing(tmp_path):
    """A genuine certificate's notes (…不予认定其任职资格; 未通过评审…的，证书信息不予显示) refuse no one:
    the title paper stays one (probe DQ t1, t3, t5 had been refused by the first cut of the rule)."""
    doc = _examine(_text_pdf(tmp_path / "t.pdf", [
        "专业技术职务任职资格证书", "宇文浩然同志经重庆市工程技术高级职称评审委员会评审通过，具备高级工程师资格。",
        "资格取得时间：2024年1月10日", "批准文号：渝人社职〔2024〕15号",
        "说明：本电子证书与纸质证书具有同等效力。未通过评审或被撤销资格的，证书信息不予显示。",
        "经查实以弄虚作假等不正当手段取得资格的，由发证机关撤销资格、收回证书，不予认定其任职资格。"]), tmp_path)
    assert doc.doc_type == "title_certificate"
    assert doc.fields["holder"] == "宇文浩然"


def test_a_personal_result_whose_not_passed_wraps_over_two_lines(tmp_path):
    """您申报的…资格，经…评审，未 | 获通过: the words read across the line's break (probe DQ t4)."""
    doc = _examine(_text_pdf(tmp_path / "t.pdf", [
        "职称评审结果告知书", "褚文博 同志：", "您申报的2023年度重庆市工程技术系列（工业互联网与智能制造专业）高级工",
        "程师资格，经重庆市工程技术高级职称评审委员会于2023年11月18日评审，未", "获通过（投票结果：同意票未达到出席评委人数的三分之二）。",
        "重庆市工程技术高级职称评审委员会办公室", "2023年12月5日"]), tmp_path)
    assert doc.doc_type != "title_certificate"


def test_a_decision_refusing_recognition_recognises_nothing(monkeypatch):
    """不予认定专业技术资格决定书 (…决定不予认定。): a refusal, no organ's recognition (probe DQ t6)."""
    doc = _read(monkeypatch, _ocr([
        ("重庆市沙坪坝区人力资源和社会保障局", (592, 280, 1294, 328)), ("不予认定专业技术资格决定书", (623, 386, 1265, 436)),
        ("沙人社职认 〔2024]7号", (1222, 477, 1520, 510)), ("莘雨:", (282, 565, 376, 613)),
        ("你于2024年3月提交的工程师专业技术资格认定申请收悉。经审核,你所学专业(工商管", (289, 734, 1568, 770)),
        ("理)与现从事专业(智能制造)不相近,且从事本专业技术工作年限不足,不符合《重庆", (287, 803, 1578, 842)),
        ("市工程技术人员职称申报评审基本条件》第十条规定,决定不予认定。", (288, 873, 1292, 912)),
        ("如不服本决定,可自收到本决定书之日起六十日内依法申请行政复议。", (355, 1000, 1357, 1036)),
        ("口社会保障局", (1424, 1255, 1615, 1295)), ("2024年4月22日", (1219, 1326, 1454, 1376))]))
    assert doc.doc_type not in ("official_recognition", "title_certificate")


def test_an_appendix_under_the_reports_running_head_stays_in_the_report(tmp_path):
    """附录A 项目验收意见 under the report's running head: the report's, read as the report (probe DQ r1
    split it off as a passed acceptance)."""
    head = (60, 40, "边缘数据网关关键技术研究报告", 8)
    body = "本项目研制了支持多协议自适应解析的边缘数据网关，完成了现场部署与测试验证工作。"
    pages = [[(180, 140, "工业互联网平台边缘数据网关关键技术研究报告", 16), (250, 180, "技术研究报告"),
              (200, 280, "编制单位：重庆忽米网络科技有限公司"), (200, 310, "编写人：钭晨、褚文博"), (240, 350, "2023年6月")]]
    pages += [[head, (60, 95, f"{n} 主要研究内容")] + [(60, 130 + 20 * k, body) for k in range(8)] for n in "12"]
    pages += [[head, (231, 85, "附录A 项目验收意见"),
               (60, 150, "2023年7月20日，重庆市科学技术局组织专家对该项目进行了验收。"),
               (60, 172, "专家组一致同意该项目通过验收。")]]
    path = _placed_pdf(tmp_path / "r.pdf", pages)
    documents = _documents(path, tmp_path)
    assert [(d.doc_type, d.page_range) for d in documents] == [("technical_report", None)]


def test_a_reply_is_not_dated_by_the_request_it_answers(tmp_path):
    """你单位2023年4月10日报来的《…请示》…收悉: the request's day, never the reply's (probe DQ g7 dated
    the 复函 by it); a reply with no day of its own is left undated."""
    doc = _examine(_text_pdf(tmp_path / "f.pdf", [
        "重庆市经济和信息化委员会", "渝经信函〔2023〕88号", "重庆市经济和信息化委员会关于同意认定重庆川仪",
        "自动化股份有限公司为市级工业互联网平台的复函", "重庆川仪自动化股份有限公司：",
        "你单位2023年4月10日报来的《关于申请认定市级工业互联网平台的请示》（川仪司〔202",
        "3〕21号）收悉。经研究，现函复如下：", "一、同意认定你单位“川仪流程工业互联网平台”为重庆市市级工业互联网平台。", "此复。"]), tmp_path)
    assert doc.doc_type == "official_recognition"
    assert "date" not in doc.fields
