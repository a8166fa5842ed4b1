"""From documents (and the applicant's claims) to the achievement records the rules judge.

What a document can show (rank, date, level, identifiers) comes from the document; a claim
that says otherwise is an issue, and the document wins.  What no document can show (a
project's category, its benefit, a report's adoption, a book's kind) comes from the claim
and is marked ``declared``; it counts only because a document backs the achievement.
A claim without a readable document behind it does not count (``missing_evidence``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rules.case import KIND_KEYS, Achievement
from rules.vocabulary import Kind

from .documents import Document


def kinds_of(doc_type: str) -> tuple[Kind, ...]:
    """The kinds of achievement a doc_type evidences (its declaration's ``kinds``)."""
    from extractor.doctypes import doctype

    declared = doctype(doc_type)
    return declared.kinds if declared else ()


# Keys a document can show, per kind: from the document only, never from a claim.
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


def facts_from_document(doc: Document, kind: Kind, core_journal: bool | None = None) -> dict[str, Any]:
    """The achievement keys this document shows for ``kind``."""
    from extractor.doctypes import doctype

    declared = doctype(doc.doc_type)
    if declared is None or declared.facts is None or kind not in declared.kinds:
        return {}
    facts = declared.facts(doc.fields, kind, doc.fields.get("applicant_rank"), core_journal)
    allowed = set(KIND_KEYS[kind]) | {"date"}
    return {k: v for k, v in facts.items() if v is not None and k in allowed}


def default_kind(doc: Document) -> Kind | None:
    """The kind an unclaimed document evidences on its own: its type's first (None: it
    evidences none, or needs a claim)."""
    kinds = kinds_of(doc.doc_type)
    return kinds[0] if kinds else None
