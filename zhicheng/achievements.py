"""From documents (and the applicant's claims) to the achievement records the rules judge.

What a document can show (rank, date, level, identifiers) comes from the document; a claim
that says otherwise is an issue, and the document wins.  What no document can show (a
project's benefit, a report's adoption, a book's kind) comes from the claim and is marked
``declared``; it counts only because a document backs the achievement.
A claim without a readable document behind it does not count (``missing_evidence``).

A project's category sits between the two: an acceptance shows it only where its title
(or a labelled project type) settles it (``project_acceptance.category_of``: 数字化生产线
改造 is 实施类, 关键技术研究 is 研发类; words of both kinds, or words that only lean one
way, settle nothing).  Where it does, the category is the document's fact like any other
(evidence, and it outweighs the claim); where it does not, the document is silent and the
claim's category stands, ``declared``.  It is therefore not a ``DOCUMENT_KEYS`` key: a
document silent about it must not void the claim's.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import Any

from rules.case import KIND_KEYS, SHOWN_ONLY, Achievement
from rules.dates import PartialDate
from rules.vocabulary import Kind

from .documents import Document


def kinds_of(doc_type: str) -> tuple[Kind, ...]:
    """The kinds of achievement a doc_type evidences (its declaration's ``kinds``)."""
    from extractor.doctypes import doctype

    declared = doctype(doc_type)
    return declared.kinds if declared else ()


# Keys a document can show, per kind: from the document only, never from a claim (a claim's
# value for one of them that no document shows is dropped: not_shown_by_document).
DOCUMENT_KEYS = {"rank", "date", "level", "patent_type", "granted", "isbn", "cn", "issn", "amount_wan",
                 "accepted", "core_journal"}


@dataclass
class Built:
    """An achievement with where each fact came from."""

    achievement: Achievement
    evidence: list[str]
    source: str  # "document" or "claim"
    declared: list[str] = field(default_factory=list)  # keys taken from the claim alone
    claim_index: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"kind": self.achievement.kind.value, **self.achievement.to_dict(), "source": self.source,
               "evidence": self.evidence}
        if self.achievement.kind is Kind.PAPER and "core_journal" not in out:
            out["core_journal"] = None  # the lists cannot tell (journal_edition_missing), never "no"
        if self.declared:
            out["declared"] = self.declared
        if self.claim_index is not None:
            out["claim"] = self.claim_index
        return out


def facts_from_document(doc: Document, kind: Kind, core_journal: bool | None = None,
                        as_of: PartialDate | None = None) -> dict[str, Any]:
    """The achievement keys this document shows for ``kind``; ``implemented`` by ``as_of``
    when the type prints the day it takes effect (``DocType.in_force``)."""
    from extractor.doctypes import doctype

    declared = doctype(doc.doc_type)
    if declared is None or declared.facts is None or kind not in declared.kinds:
        return {}
    facts = declared.facts(doc.fields, kind, doc.fields.get("applicant_rank"), core_journal)
    if facts.get("level") == "municipal" and district_level(doc):
        facts.pop("level")  # (a 重庆 district's: whether it stands for 地（市）级 is a person's call)
    if declared.in_force and as_of is not None:
        facts["implemented"] = in_force_by(doc.fields.get(declared.in_force), as_of)
    allowed = set(KIND_KEYS[kind]) | set(SHOWN_ONLY.get(kind, ())) | {"date"}
    return {k: v for k, v in facts.items() if v is not None and k in allowed}


# The reading of a level (``extractor.fields.levels``) that rests on a 重庆 区/县: 渝北区为重庆市辖区.
_DISTRICT_LEVEL = re.compile(r"级别：[^，]*?([\u4e00-\u9fff]{1,6}[区县])为重庆市辖[区县]")


def district_level(doc: Document) -> str | None:
    """The 重庆 区/县 a document's 地（市）级 rests on, or None.  重庆 is a 直辖市 with no
    prefecture between it and its 区县, which are county-level divisions: whether an award or a
    project of one stands for 第十一条's 地（市）级 the rule does not say, so a person decides
    (the field stays ``municipal``, the vocabulary's nearest word; the verdict does not count on it)."""
    found = next((m for r in doc.reasons for m in [_DISTRICT_LEVEL.search(r)] if m), None)
    return found.group(1) if found else None


def in_force_by(value: Any, as_of: PartialDate) -> bool | None:
    """Whether a document dated to take effect on ``value`` is in force by ``as_of``: None
    when no day is read, or when the printed month or year holds ``as_of`` and could end
    either side of it.

    >>> in_force_by("2026-03-01", PartialDate.parse("2025-12-31")), in_force_by("2025-03-01", PartialDate.parse("2025-12-31"))
    (False, True)
    >>> in_force_by("2025-12", PartialDate.parse("2025-12-15")), in_force_by(None, PartialDate.parse("2025-12-31"))
    (None, None)
    """
    try:
        start = PartialDate.parse(value) if value else None
    except ValueError:
        return None
    if start is None:
        return None
    if start.latest() <= as_of.earliest():
        return True
    if start.earliest() > as_of.latest():
        return False
    return None


def default_kind(doc: Document) -> Kind | None:
    """The kind an unclaimed document evidences on its own: its type's first (None: it
    evidences none, or needs a claim)."""
    kinds = kinds_of(doc.doc_type)
    return kinds[0] if kinds else None
