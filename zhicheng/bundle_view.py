"""``check --format table``: the verdict with the files behind it, the documents, the issues."""

from __future__ import annotations

from .bundle import BundleReport
from .documents_view import DOC_TYPE_ZH
from .verdict_view import verdict_lines


def bundle_lines(report: BundleReport) -> list[str]:
    lines = verdict_lines(report.verdict, report.achievements)
    issues_at = next((i for i, l in enumerate(lines) if l.startswith("【问题】")), len(lines))
    docs = ["", f"【材料】 {len(report.documents)} 份"]
    source = report.verdict.get("profile_source") or {}
    if source.get("kind") in ("roster", "inferred"):  # a profile the applicant did not write
        docs = ["", f"【申报信息来源】 {'名单 ' if source['kind'] == 'roster' else ''}{source.get('detail', '')}"] + docs
    for d in report.documents:
        docs.append(f"  {d.label}：{DOC_TYPE_ZH[d.doc_type]}（置信度 {d.confidence:.2f}）")
    used = {i for c in report.verdict["conditions"] if c["met"] for i in c["evidence"]}
    counted = ["", f"【计入的成果】 {len(used)} 项"]
    others = ["", f"【未计入的成果】 {len(report.achievements) - len(used)} 项（原因见各条件的“不计入”）"]
    for n, a in enumerate(report.achievements):
        line = f"  {achievement_label(a, n)} {achievement_line(a)}"
        (counted if n in used else others).append(line)
    if len(others) == 2:
        others = []
    return lines[:issues_at] + docs + counted + others + lines[issues_at:]


def achievement_label(a: dict, index: int) -> str:
    """成果3 for the third claim of claims.yaml; a document counted without a claim by its file."""
    return f"成果{a['claim'] + 1}" if a.get("claim") is not None else f"材料 {a['evidence'][0]}"


def achievement_line(a: dict) -> str:
    """What an achievement is and rests on, in words: 专利：发明人排名 3，… ← patents/x.pdf."""
    from rules.vocabulary import Kind

    from .documents_view import value_text
    from .html_assets import FACT_ZH, fact_label

    doc_type = "standard" if a["kind"] == "standard" else ""  # its levels are a standard's
    facts = [f"{fact_label(key, a)} {'不能判断' if value is None else value_text(key, value, doc_type)}"
             for key, value in a.items() if key not in ("kind", "source", "evidence", "declared", "claim")]
    declared = f"（仅据申报：{'、'.join(FACT_ZH.get(k, k) for k in a['declared'])}）" if a.get("declared") else ""
    return f"{Kind(a['kind']).zh}：{'，'.join(facts)}{declared} ← {'、'.join(a['evidence'])}"
