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


def test_members_under_other_labels(tmp_path):
    """项目主要成员 in a form's row, and a numbered list in two columns each name with its unit
    (probe DM acc-14, acc-13: no members read)."""
    doc = _examine(_text_pdf(tmp_path / "a.pdf", [
        "验收结论书", "项目名称   智能立体仓库改造项目", "项目负责人   晋海波", "项目主要成员 晋海波、路遥、霍思燕",
        "验收意见   项目完成了合同规定的全部任务，同意通过验收。", "验收日期   2022年7月19日"]), tmp_path)
    assert doc.fields["members"] == ["晋海波", "路遥", "霍思燕"]
    doc = _examine(_text_pdf(tmp_path / "b.pdf", [
        "课题结题验收报告", "课题名称：焊装车间机器人群协同控制技术", "课题负责人：覃浩然", "课题组成员：",
        "1. 乔思远（重庆大学）|2. 戚晓明（长安汽车）", "3. 闻人雪（长安汽车）|4. 商羽（重庆大学）", "5. 符建业（长安汽车）",
        "结题验收日期：2020年11月26日", "验收意见：课题组完成了全部研究任务，同意结题。"]), tmp_path)
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
