"""Core-journal status of a paper (附则（九）), from the journal lists of ``journals``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from rules.dates import PartialDate

from .audit import issue
from .documents import Document


def core_journal_checker(extra: list[Path]) -> tuple[Callable[[Document], bool], list[dict[str, Any]]]:
    """A function telling whether a paper's journal was core when it came out, and the
    list it appends ``not_core_journal`` issues to as it is called."""
    from journals import load_lists

    lists = load_lists(extra)
    issues: list[dict[str, Any]] = []

    def core(doc: Document) -> bool:
        f = doc.fields
        date = None
        if f.get("date"):
            try:
                date = PartialDate.parse(f["date"])
            except ValueError:
                date = None
        match = lists.lookup(cn=f.get("cn"), issn=f.get("issn"), name=f.get("journal"), date=date)
        if match is not None:
            return True
        if f.get("applicant_rank") == 1:
            name = f.get("journal") or f.get("cn") or f.get("issn") or "未识别出刊名"
            issues.append(issue("warning", "not_core_journal",
                                f"期刊 {name} 不在论文发表时有效的北大核心、CSSCI 或 CSCD 目录中（或未能识别）；"
                                "如确为核心期刊，请用 --journals 提供目录", file=doc.file))
        return False

    return core, issues
