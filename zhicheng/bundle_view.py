"""``check --format table``: the verdict with the files behind it, the documents, the issues."""

from __future__ import annotations

from .bundle import BundleReport
from .documents_view import DOC_TYPE_ZH
from .verdict_view import verdict_lines


def bundle_lines(report: BundleReport) -> list[str]:
    lines = verdict_lines(report.verdict, report.achievements)
    issues_at = next((i for i, l in enumerate(lines) if l.startswith("【问题】")), len(lines))
    docs = ["", f"【材料】 {len(report.documents)} 份"]
    for d in report.documents:
        docs.append(f"  {d.file}：{DOC_TYPE_ZH[d.doc_type]}（置信度 {d.confidence:.2f}）")
    counted = ["", f"【计入的成果】 {len(report.achievements)} 项"]
    for n, a in enumerate(report.achievements):
        facts = "，".join(f"{k}={v}" for k, v in a.items() if k not in ("kind", "source", "evidence", "declared", "claim"))
        declared = f"（申报：{'、'.join(a['declared'])}）" if a.get("declared") else ""
        counted.append(f"  成果[{n}] {a['kind']}：{facts}{declared} ← {'、'.join(a['evidence'])}")
    return lines[:issues_at] + docs + counted + lines[issues_at:]
