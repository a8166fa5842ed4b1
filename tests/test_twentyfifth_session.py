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
