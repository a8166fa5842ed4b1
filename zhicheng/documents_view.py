"""Documents as text for a person: type, confidence, fields, issues."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from .documents import Document
from .verdict_view import SEVERITY_ZH

DOC_TYPE_ZH = {
    "award_certificate": "获奖证书", "patent_certificate": "专利证书", "software_copyright": "软件著作权登记证书",
    "journal_paper": "期刊论文", "book": "著作/教材", "standard": "标准", "project_acceptance": "验收证书/验收意见",
    "technical_report": "技术报告", "revenue_proof": "合同/发票/财务证明", "title_certificate": "职称证书",
    "degree_certificate": "学历/学位证书", "recommendation_letter": "推荐信",
    "official_recognition": "主管部门认可公文", "unknown": "无法识别",
}
SOURCE_ZH = {"text_layer": "文字层", "ocr": "OCR", "mixed": "文字层+OCR", "none": "无文字"}


def document_lines(doc: Document) -> list[str]:
    lines = [f"■ {doc.file}",
             f"  类型：{DOC_TYPE_ZH[doc.doc_type]}（{doc.doc_type}，置信度 {doc.confidence:.2f}）  "
             f"{doc.pages} 页，{SOURCE_ZH[doc.text_source]}"]
    if doc.reasons:
        lines.append("  依据：" + "；".join(doc.reasons))
    for key, value in doc.fields.items():
        shown = "、".join(map(str, value)) if isinstance(value, list) else json.dumps(value, ensure_ascii=False) \
            if isinstance(value, bool) or value is None else str(value)
        lines.append(f"  {key}: {shown}")
    for issue in doc.issues:
        lines.append(f"  [{SEVERITY_ZH[issue['severity']]}] {issue['code']}：{issue['message']}")
    return lines


def render_documents(documents: list[Document], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write("\n\n".join("\n".join(document_lines(d)) for d in documents) + "\n")
