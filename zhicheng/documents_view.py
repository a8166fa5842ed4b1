"""Documents as text for a person: type, confidence, fields, issues — in Chinese.

Field names, code values and issue codes are said the way the document and a reviewer say
them (``inventors`` of a design patent is 设计人); the JSON output keeps the codes.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from .documents import Document
from .html_assets import DOC_TYPE_ZH, ISSUE_ZH, VALUE_ZH, field_label, plain
from .verdict_view import SEVERITY_ZH

__all__ = ["DOC_TYPE_ZH", "SOURCE_ZH", "document_lines", "issue_message", "render_documents", "value_text"]

SOURCE_ZH = {"text_layer": "文字层", "ocr": "OCR 识别", "mixed": "文字层+OCR", "none": "无可读文字"}


def value_text(key: str, value: Any, doc_type: str = "") -> str:
    """A field's value for a person: lists joined, booleans 是/否, codes by their Chinese name."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, dict) for v in value):
        return "、".join(map(_expert_text, value))  # a joint form's other experts, each with his title
    if isinstance(value, (list, tuple)):
        return "、".join(map(str, value))
    if isinstance(value, dict):  # each writer's own words (a book's ``shares``)
        return "、".join(f"{k} {v:g}万字" if isinstance(v, (int, float)) else f"{k} {v}" for k, v in value.items())
    return code_zh(key, str(value), doc_type) or str(value)


def _expert_text(expert: dict[str, Any]) -> str:
    title = expert.get("recommender_title")
    return f"{expert.get('recommender') or '?'}（{code_zh('recommender_title', str(title)) or title or '职称未读出'}）"


def code_zh(key: str, value: str, doc_type: str = "") -> str | None:
    """The Chinese name of a coded value (``invention`` → 发明, ``engineer`` → 工程师), or None."""
    from rules.vocabulary import Education, Level, StandardLevel, Title

    enums: dict[str, Any] = {"title": Title, "recommender_title": Title, "target_title": Title, "education": Education,
                             "level": StandardLevel if doc_type == "standard" else Level}
    if key in VALUE_ZH:
        return VALUE_ZH[key].get(value)
    if key == "title" and doc_type not in ("title_certificate", ""):
        return None  # the name of a patent, a paper or a book, not a title code
    if key in enums:
        try:
            return enums[key](value).zh
        except ValueError:
            return None
    return None


def document_lines(doc: Document) -> list[str]:
    unreadable = doc.text_source == "none" and any(i["code"] == "unreadable_file" for i in doc.issues)
    kind = "无法读取" if unreadable else DOC_TYPE_ZH.get(doc.doc_type, doc.doc_type)
    lines = [f"■ {doc.label}",
             f"  类型：{kind}（置信度 {doc.confidence:.2f}）  "
             f"{doc.pages} 页，{SOURCE_ZH.get(doc.text_source, doc.text_source)}"]
    if doc.reasons:
        lines.append("  依据：" + plain("；".join(doc.reasons)))
    if doc.page_notes:
        lines.append("  页面处理：" + plain("；".join(doc.page_notes)))
    for key, value in doc.fields.items():
        lines.append(f"  {field_label(key, doc.doc_type, doc.fields)}：{value_text(key, value, doc.doc_type)}")
    for issue in doc.issues:
        code = issue["code"]
        name = ISSUE_ZH.get(code, code)
        page = f" 第{issue['page']}页" if issue.get("page") else ""
        message = issue_message(issue)
        lines.append(f"  [{SEVERITY_ZH.get(issue['severity'], issue['severity'])}] {name}{page}：{message}")
    return lines


def issue_message(issue: dict[str, Any]) -> str:
    """An issue's message for a person, after its Chinese name: codes it quotes in Chinese,
    and no 「无法读取：」 after 「文件无法读取」."""
    message = plain(str(issue.get("message", "")))
    return message.removeprefix("无法读取：") if issue.get("code") == "unreadable_file" else message


def render_documents(documents: list[Document], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write("\n\n".join("\n".join(document_lines(d)) for d in documents) + "\n")
