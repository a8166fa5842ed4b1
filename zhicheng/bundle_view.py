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
    """What an achievement is and rests on, in words: 发明专利，第2名，2021-05-01 ← patents/x.pdf."""
    from rules.vocabulary import Kind

    kind = Kind(a["kind"]).zh
    facts = []
    for key, value in a.items():
        if key in ("kind", "source", "evidence", "declared", "claim") or value is None:
            continue
        facts.append(f"{FACT_ZH.get(key, key)} {_value_zh(value)}")
    declared = f"（仅据申报：{'、'.join(FACT_ZH.get(k, k) for k in a['declared'])}）" if a.get("declared") else ""
    return f"{kind}：{'，'.join(facts)}{declared} ← {'、'.join(a['evidence'])}"


FACT_ZH = {
    "date": "日期", "rank": "排名", "role": "角色", "category": "类别", "level": "级别", "accepted": "通过验收",
    "benefit": "取得效益", "investment_wan": "投资额（万元）", "appraised": "通过鉴定", "grade": "等级",
    "patent_type": "专利类型", "granted": "已授权", "core_journal": "核心期刊", "cn": "CN", "issn": "ISSN",
    "book_kind": "类别", "sole_author": "独著", "words_wan": "本人撰写（万字）", "total_words_wan": "全书（万字）",
    "isbn": "ISBN", "promoted_level": "推广层级", "implemented": "已实施", "report_kind": "类别",
    "adopted": "经认可推广", "amount_wan": "金额（万元）",
}
_VALUE_ZH = {
    "lead": "主持", "participant": "参与", "implementation": "实施类", "rnd": "研发类", "invention": "发明专利",
    "utility_model": "实用新型", "design": "外观设计", "national": "国家级", "provincial": "省（部）级",
    "municipal": "地（市）级", "enterprise": "企业级", "industry": "行业", "local": "地方", "group": "团体",
    "monograph": "著作", "textbook": "教材", "manual": "技术手册", "technical_report": "技术报告",
    "white_paper": "白皮书", "plan": "规划", "feasibility": "可行性研究报告", "research_topic": "课题",
}


def _value_zh(value) -> str:
    if value is True:
        return "是"
    if value is False:
        return "否"
    if value is None:
        return "不能判断"
    return _VALUE_ZH.get(value, str(value)) if isinstance(value, str) else f"{value:g}" if isinstance(value, float) else str(value)
