"""Core-journal status of a paper (第十六条（九）), from the journal lists of ``journals``.

Three answers, not two: listed (True), searched every edition that applies and not there
(False, ``not_core_journal``), or the edition in force at the paper's date is not available
(None, ``journal_edition_missing``: "cannot tell", never "not core").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from rules.dates import PartialDate

from .audit import issue
from .documents import Document

HOW_TO_ADD = ("可用 --journals 提供该版名单文件（CSV：list,edition,name,cn,issn），"
              "或运行 scripts/build_journal_lists.py 生成后放入数据目录")


def load_journal_lists(extra: list[Path]):
    """The lists ``check`` uses: shipped, the user's, and ``--journals`` files.  Raises
    ``journals.JournalListError`` on a bad file (the CLI refuses it before any work)."""
    from journals import load_lists

    return load_lists(extra)


def core_journal_checker(extra: list[Path], lists=None) -> tuple[Callable[[Document], bool | None], list[dict[str, Any]]]:
    """A function telling whether a paper's journal was core when it came out (True, False, or
    None for cannot tell), and the list it appends its issues to as it is called."""
    lists = lists if lists is not None else load_journal_lists(extra)
    issues: list[dict[str, Any]] = []

    def core(doc: Document) -> bool | None:
        f = doc.fields
        date = None
        if f.get("date"):
            try:
                date = PartialDate.parse(f["date"])
            except ValueError:
                date = None
        if any(i["code"] == "journal_supplement" for i in doc.issues):
            return None  # (a 增刊: the document's own issue says why it cannot tell)
        if not (f.get("cn") or f.get("issn") or f.get("journal")):
            answer = None
            why, missing = "未能识别出刊名、CN 或 ISSN", ()
        else:
            found = lists.check(cn=f.get("cn"), issn=f.get("issn"), name=f.get("journal"), date=date)
            answer, why, missing = found.core, found.reason, found.missing
        if answer is True or f.get("applicant_rank") != 1:
            return answer  # a paper that is not the applicant's first-author paper counts for nothing anyway
        name = f.get("journal") or f.get("cn") or f.get("issn") or "（未识别出刊名）"
        if answer is None:
            wanted = "、".join(missing) if missing else "可用于判断的刊名或刊号"
            issues.append(issue("warning", "journal_edition_missing",
                                f"无法判断期刊 {name} 是否为论文发表时的核心期刊：缺少{wanted}；{HOW_TO_ADD}",
                                file=doc.file))
        else:
            issues.append(issue("warning", "not_core_journal",
                                f"期刊 {name} 不在论文发表时有效的北大核心、CSSCI、CSCD 目录中（{why[:160]}）",
                                file=doc.file))
        return answer

    return core, issues
