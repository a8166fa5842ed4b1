"""A batch's outputs (CONTRACT §7): 汇总表.xlsx, summary.csv, verdicts.jsonl and index.html.

One row per applicant, in the contract's columns (序号, 姓名, 工作单位, 现职称及取得时间,
申报职称, 学历, 结论, 途径, 满足的条件, 错误数, 警告数, 须人工审核, 报告), then 说明 (why a
bundle could not be checked, or the verdict's one line), 材料包 and 资料来源.  The 结论 rule is
``conclusion``'s (and the README's).
"""

from __future__ import annotations

import csv
import html
import io
import json
import threading
from urllib.parse import quote
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rules.vocabulary import EDUCATION_ZH, TITLE_ZH, Education, Title

if TYPE_CHECKING:
    from .batch import BatchResult, _Writer

COLUMNS = ["序号", "姓名", "工作单位", "现职称及取得时间", "申报职称", "学历", "结论", "途径", "满足的条件",
           "错误数", "警告数", "须人工审核", "报告", "说明", "材料包", "资料来源"]
ERROR_COLUMNS = ["序号", "姓名", "材料包", "文件", "页", "问题代码", "说明"]
MET, FIX, NOT_MET = "符合", "需补正", "不符合"
UNREADABLE = {"unreadable_file", "file_too_large"}
REVIEW_CODES = {"low_ocr_confidence", "unknown_document_type", "rank_unreadable", "list_incomplete",
                "list_order_unclear", "recommendation_unclear", "acceptance_unclear"}
SOURCE_ZH = {"profile": "申报信息文件", "roster": "名单", "inferred": "据材料推断"}
ROUTE_ZH = {"normal": "正常", "exceptional": "破格"}


def conclusion(data: dict[str, Any]) -> str:
    """符合 / 需补正 / 不符合 of a bundle's JSON (CONTRACT §7; the README states the rule).

    >>> conclusion({"eligible": True, "issues": []})
    '符合'
    >>> conclusion({"eligible": True, "issues": [{"severity": "error", "code": "rank_mismatch"}]})
    '需补正'
    >>> conclusion({"eligible": False, "eligible_as_declared": True, "issues": []})
    '需补正'
    >>> conclusion({"eligible": False, "issues": [{"severity": "error", "code": "unreadable_file"}]})
    '需补正'
    >>> conclusion({"eligible": False, "eligible_as_declared": False, "issues": []})
    '不符合'
    >>> conclusion({"eligible": False, "issues": [], "profile_source": {"kind": "inferred", "unknown": ["education"]}})
    '需补正'
    """
    errors = [i for i in data.get("issues", []) if i.get("severity") == "error"]
    if data.get("eligible") and not errors:
        return MET
    if data.get("eligible") or data.get("eligible_as_declared") or any(i.get("code") in UNREADABLE for i in errors):
        return FIX
    if (data.get("profile_source") or {}).get("unknown"):
        return FIX  # a profile the certificates could not show: "cannot tell", never a "no"
    return NOT_MET


def explanation(data: dict[str, Any]) -> str:
    """The verdict's sentence as the conclusion (``conclusion``) puts it: a 需补正 bundle whose
    conditions the documents do not yet meet says so, never a bare 不符合 beside a 需补正.

    >>> explanation({"eligible": False, "eligible_as_declared": True, "issues": [],
    ...              "summary": "不符合申报高级工程师的条件：见未满足的条件及“还需”一栏"})[:40]
    '需补正：按申报所述可以满足条件，但材料尚未全部证明；仅凭现有材料，不符合申报高级工程师的条件：见'
    """
    said = data.get("summary", "")
    if conclusion(data) != FIX or data.get("eligible") or said.startswith("需补正"):
        return said  # (eligible with errors: the summary says 暂不能确认符合 already)
    if (data.get("profile_source") or {}).get("unknown"):
        return "需补正：证书未能显示申报信息（学历或现有职称），补充后再核；仅凭现有材料，" + said
    return "需补正：按申报所述可以满足条件，但材料尚未全部证明；仅凭现有材料，" + said


def _zh(enum, table, value: str | None) -> str:
    if not value:
        return ""
    try:
        return table[enum(value)]
    except (ValueError, KeyError):
        return str(value)


def summarise(bundle_id: str, data: dict[str, Any], report: str) -> dict[str, Any]:
    """The 汇总表 row of a checked bundle (and its error-level issues, for the second sheet)."""
    applicant = data.get("applicant") or {}
    source = data.get("profile_source") or {}
    issues = data.get("issues", [])
    errors = [i for i in issues if i.get("severity") == "error"]
    warnings = [i for i in issues if i.get("severity") == "warning"]
    review = [i for i in issues if i.get("needs_review") or i.get("code") in REVIEW_CODES]
    title = _zh(Title, TITLE_ZH, applicant.get("current_title"))
    date = applicant.get("current_title_date") or ""
    inferred = source.get("kind") == "inferred"
    met = [c["article"] for c in data.get("conditions", [])
           if c.get("met") and c.get("group") not in ("applicability", "bars")]
    why = []
    if review:
        why.append(f"{len(review)} 项识别存疑")
    if inferred:
        why.append("申报信息据材料推断")
    return {
        "姓名": applicant.get("name") or "",
        "工作单位": applicant.get("employer") or "",
        "现职称及取得时间": (f"{title}（{date}）" if date else title) if title else ("未能推断" if inferred else ""),
        "申报职称": _zh(Title, TITLE_ZH, data.get("target_title")),
        "学历": _zh(Education, EDUCATION_ZH, applicant.get("education")) or ("未能推断" if inferred else ""),
        "结论": conclusion(data),
        "途径": ROUTE_ZH.get(data.get("route") or "", ""),
        "满足的条件": "、".join(met),
        "错误数": len(errors),
        "警告数": len(warnings),
        "须人工审核": f"是（{'；'.join(why)}）" if why else "否",
        "报告": report,
        "说明": explanation(data),
        "材料包": data.get("bundle", bundle_id),
        "资料来源": SOURCE_ZH.get(source.get("kind", ""), "") + (f"：{source['detail']}" if source.get("detail") else ""),
        "errors": [{"file": i.get("file") or "", "page": i.get("page") or "", "code": i.get("code", ""),
                    "message": i.get("message", "")} for i in errors],
    }


def error_row(entry: str, error: str) -> dict[str, Any]:
    """The row of a bundle that could not be checked: the applicant must hand in again."""
    row = {c: "" for c in COLUMNS}
    row.update({"结论": FIX, "错误数": 1, "警告数": 0, "须人工审核": "是（无法核验）", "说明": error, "材料包": entry,
                "errors": [{"file": entry, "page": "", "code": "bundle_unusable", "message": error}]})
    return row


def rows_of(result: BatchResult) -> list[dict[str, Any]]:
    rows = []
    for n, outcome in enumerate(result.outcomes, start=1):
        row = dict(outcome.summary) if outcome.summary and not outcome.error else error_row(outcome.entry, outcome.error or "")
        row["序号"] = n
        row["_id"] = outcome.id
        rows.append(row)
    return rows


def write_outputs(result: BatchResult, writer: _Writer) -> None:
    """All four outputs, each written whole (a temp file, then a rename)."""
    from .batch import _atomic, _atomic_bytes

    rows = rows_of(result)
    output = result.output
    _atomic_bytes(output / "汇总表.xlsx", _xlsx(rows, scratch=output))
    buffer = io.StringIO()
    table = csv.writer(buffer, lineterminator="\r\n")
    table.writerow(COLUMNS)
    for row in rows:
        table.writerow([_csv_cell(row.get(c, "")) for c in COLUMNS])
    _atomic_bytes(output / "summary.csv", ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    lines = []
    for outcome in result.outcomes:
        verdict, error = None, outcome.error
        if error is None and outcome.summary is not None:
            try:
                verdict = json.loads(writer.result_path(outcome.id).read_text(encoding="utf-8")).get("verdict")
            except (OSError, ValueError, AttributeError):
                verdict = None
            if not isinstance(verdict, dict):
                # (CONTRACT §7: a verdict or an error, never neither)
                verdict, error = None, "结果记录缺失或已损坏，重新运行即可重新核验"
        elif error is None:
            error = "未完成：批量核验被中断，重新运行即可继续"
        lines.append(json.dumps({"bundle": outcome.id, "verdict": verdict, "error": error},
                                ensure_ascii=False))
    _atomic(output / "verdicts.jsonl", "".join(line + "\n" for line in lines))
    _atomic(output / "index.html", _index(rows, result))


_FILLS = {MET: "C6EFCE", FIX: "FFEB9C", NOT_MET: "FFC7CE"}


def _xlsx(rows: list[dict[str, Any]], scratch: Path) -> bytes:
    """The 汇总表 workbook's bytes; ``scratch`` is a folder of ours (the batch's output) for
    the temporary files openpyxl writes each sheet through."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "汇总表"
    sheet.append(COLUMNS)
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", vertical="center")
    verdict_col = COLUMNS.index("结论") + 1
    report_col = COLUMNS.index("报告") + 1
    for row in rows:
        sheet.append([_cell(row.get(c, "")) for c in COLUMNS])
        r = sheet.max_row
        _texts(sheet[r])
        verdict = sheet.cell(r, verdict_col)
        if verdict.value in _FILLS:
            verdict.fill = PatternFill("solid", fgColor=_FILLS[verdict.value])
        link = sheet.cell(r, report_col)
        if link.value:
            # Relative (the 汇总表 and reports/ travel together), percent-encoded: a 「#」 in a
            # name must not read as a jump within the file.
            link.hyperlink = quote(link.value)
            link.style = "Hyperlink"
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(sheet.max_row, 1)}"
    widths = {"序号": 6, "姓名": 10, "工作单位": 24, "现职称及取得时间": 22, "申报职称": 14, "学历": 10, "结论": 8,
              "途径": 6, "满足的条件": 36, "错误数": 7, "警告数": 7, "须人工审核": 24, "报告": 28, "说明": 50,
              "材料包": 20, "资料来源": 30}
    for n, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = widths.get(column, 12)
    errors = book.create_sheet("错误清单")
    errors.append(ERROR_COLUMNS)
    for cell in errors[1]:
        cell.font = bold
    for row in rows:
        for issue in row.get("errors", []):
            errors.append([_cell(v) for v in (row["序号"], row.get("姓名", ""), row.get("材料包", ""), issue["file"],
                                               issue["page"], issue["code"], issue["message"])])
            _texts(errors[errors.max_row])
    errors.freeze_panes = "A2"
    errors.auto_filter.ref = f"A1:{get_column_letter(len(ERROR_COLUMNS))}{max(errors.max_row, 1)}"
    for n, width in enumerate((6, 10, 20, 36, 5, 22, 80), start=1):
        errors.column_dimensions[get_column_letter(n)].width = width
    return workbook_bytes(book, scratch)


_SCRATCH_LOCK = threading.Lock()


def workbook_bytes(book, scratch: Path) -> bytes:
    """``book`` saved to bytes.  openpyxl writes every sheet through a temporary file of the
    system's temporary folder, which is no folder of ours to write in: they go to ``scratch``
    instead (and are gone again when it returns)."""
    import tempfile

    buffer = io.BytesIO()
    with _SCRATCH_LOCK:  # (tempfile's folder is one for the whole process)
        before = tempfile.tempdir
        tempfile.tempdir = str(scratch)
        try:
            book.save(buffer)
        finally:
            tempfile.tempdir = before
    return buffer.getvalue()


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A value as a workbook cell holds it: characters XML cannot carry (a control character
    in a folder name) dropped.  Formula-looking text stays verbatim and is marked text when
    written (``_texts``), never run."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _texts(row) -> None:
    """Cells whose text Excel would take for a formula (=1+1, @SUM, -张三) are strings."""
    for cell in row:
        if isinstance(cell.value, str) and cell.value[:1] in FORMULA_START:
            cell.data_type = "s"


def _csv_cell(value: Any) -> Any:
    """A value as a CSV cell: Excel runs =, +, -, @ at the start of a cell as a formula (CSV
    injection), so such text gets a leading apostrophe, which Excel shows as text."""
    if isinstance(value, str):
        value = value.replace("\x00", "")
        if value[:1] in FORMULA_START:
            return "'" + value
    return value


_INDEX_STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.35em .6em;text-align:left;vertical-align:top}
th{background:#f3f3f3;cursor:pointer;white-space:nowrap}th:after{content:" ⇅";color:#999}
td.v-符合{background:#c6efce}td.v-需补正{background:#ffeb9c}td.v-不符合{background:#ffc7ce}
.note{color:#555;font-size:.9em}
"""
_INDEX_SCRIPT = """
document.querySelectorAll("th").forEach(function(th, col){th.addEventListener("click", function(){
  var body = th.closest("table").tBodies[0], rows = Array.from(body.rows), up = th.dataset.up !== "1";
  rows.sort(function(a, b){var x = a.cells[col].dataset.k || a.cells[col].textContent,
    y = b.cells[col].dataset.k || b.cells[col].textContent, nx = parseFloat(x), ny = parseFloat(y);
    var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "zh-CN"); return up ? c : -c;});
  th.dataset.up = up ? "1" : "0"; rows.forEach(function(r){body.appendChild(r);});});});
"""


def _index(rows: list[dict[str, Any]], result: BatchResult) -> str:
    shown = ["序号", "姓名", "工作单位", "现职称及取得时间", "申报职称", "学历", "结论", "途径", "错误数", "警告数",
             "须人工审核", "说明"]
    counts = {v: sum(r["结论"] == v for r in rows) for v in (MET, FIX, NOT_MET)}
    e = html.escape
    head = "".join(f"<th>{e(c)}</th>" for c in shown)
    body = []
    for row in rows:
        cells = []
        for c in shown:
            value = row.get(c, "")
            if c == "姓名" and row.get("报告"):
                text = f'<a href="{e(quote(row["报告"]))}">{e(str(value) or row.get("材料包", ""))}</a>'
            elif c == "姓名" and not value:
                text = e(row.get("材料包", ""))
            else:
                text = e(str(value))
            klass = f' class="v-{e(str(value))}"' if c == "结论" else ""
            cells.append(f"<td{klass}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    stopped = "（批量核验被中断：未完成的材料包重新运行即可继续）" if result.interrupted else ""
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>职称材料核验汇总</title>'
            f"<style>{_INDEX_STYLE}</style></head><body><h1>职称材料核验汇总</h1>"
            f'<p class="note">共 {len(rows)} 名申报人：符合 {counts[MET]}，需补正 {counts[FIX]}，不符合 {counts[NOT_MET]}。'
            f"点击表头排序；点击姓名查看该申报人的核验报告。{stopped}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            f"<script>{_INDEX_SCRIPT}</script></body></html>\n")
