"""Layouts and wordings the twenty-fourth session's probes found wrong, one test per cause."""

from __future__ import annotations

from pathlib import Path

import pytest

_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def _form_pdf(path: Path, heading: str, rows: list[tuple[str, ...]], over: str | None = None) -> Path:
    """A one-page form with a text layer (fpdf2): an optional line ``over`` its ``heading``, then
    a bordered table of label | value rows."""
    from fpdf import FPDF

    if not _FONT.exists():
        pytest.skip(f"CJK font {_FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    pdf = FPDF()
    pdf.add_font("zh", fname=str(_FONT))
    pdf.add_page()
    if over:
        pdf.set_font("zh", size=16)
        pdf.cell(0, 12, over, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("zh", size=22)
    pdf.cell(0, 20, heading, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("zh", size=12)
    with pdf.table(col_widths=(40, 130), text_align="LEFT", first_row_as_headings=False, line_height=10) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.output(str(path))
    return path


def _examine(path: Path, tmp_path: Path, name: str | None = None):
    from extractor import ReadOptions
    from zhicheng.documents import examine

    return examine(path, ReadOptions(cache_dir=tmp_path / "cache"), name=name, display_name=path.name)


@pytest.mark.parametrize("heading, label, over", [
    ("技术报告封面", "报告名称", None),          # the form's own heading, the kind and 封面
    ("项目技术报告", "报告题目", None),          # 报告题目, not 报告名称
    ("科技项目技术报告", "报告名称", None),      # a programme's word before the kind
    ("技 术 报 告", "报告标题", "重庆渝达精密制造有限公司"),  # the unit over a letter-spaced kind
])
def test_a_reports_title_in_a_forms_cell(tmp_path, heading, label, over):
    """A report whose cover is a form: the heading only names the kind of document, and the
    title is the value of its 报告名称 cell (probe DH rule 8 had the heading or the label glued
    to the title)."""
    path = _form_pdf(tmp_path / "r.pdf", heading, [
        (label, "数控车床主轴振动在线监测与故障预警技术研究"), ("编制单位", "重庆渝达精密制造有限公司"),
        ("编写人员", "黄俊杰、罗振宇"), ("完成日期", "2023年3月8日")], over=over)
    doc = _examine(path, tmp_path)
    assert doc.doc_type == "technical_report"
    assert doc.fields["title"] == "数控车床主轴振动在线监测与故障预警技术研究"
    assert doc.fields["authors"] == ["黄俊杰", "罗振宇"]
