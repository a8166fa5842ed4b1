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
from rules.dates import PartialDate
from rules.vocabulary import Kind, Level, StandardLevel

from .documents import Document

# Which kind of achievement each doc_type evidences.
KIND_OF_DOC = {
    "patent_certificate": {Kind.PATENT},
    "software_copyright": {Kind.SOFTWARE_COPYRIGHT},
    "award_certificate": {Kind.AWARD},
    "journal_paper": {Kind.PAPER},
    "book": {Kind.BOOK},
    "standard": {Kind.STANDARD},
    "project_acceptance": {Kind.PROJECT},
    "technical_report": {Kind.REPORT},
    "revenue_proof": {Kind.REVENUE, Kind.PROJECT},  # a contract also backs a project's investment
    "official_recognition": {Kind.RECOGNITION, Kind.NEW_PRODUCT, Kind.APPLICATION},
}
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


def _date(value: Any) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None


def _level(value: Any, kind: Kind):
    if not value:
        return None
    enum = StandardLevel if kind is Kind.STANDARD else Level
    try:
        return enum(value)
    except ValueError:
        return None


def facts_from_document(doc: Document, kind: Kind, core_journal: bool | None = None) -> dict[str, Any]:
    """The achievement keys this document shows for ``kind``."""
    f = doc.fields
    rank = f.get("applicant_rank")
    facts: dict[str, Any] = {}
    if kind is Kind.PATENT:
        facts = {"patent_type": f.get("patent_type"), "granted": True if f.get("patent_number") else None,
                 "rank": rank, "date": _date(f.get("grant_date"))}
    elif kind is Kind.SOFTWARE_COPYRIGHT:
        facts = {"rank": rank, "date": _date(f.get("date"))}
    elif kind is Kind.AWARD:
        facts = {"level": _level(f.get("level"), kind), "rank": f.get("rank") or rank, "grade": f.get("grade"),
                 "date": _date(f.get("date"))}
    elif kind is Kind.PAPER:
        facts = {"rank": rank, "cn": f.get("cn"), "issn": f.get("issn"), "date": _date(f.get("date")),
                 "core_journal": core_journal}
    elif kind is Kind.BOOK:
        facts = {"rank": rank, "isbn": f.get("isbn"), "total_words_wan": f.get("words_wan"),
                 "date": _date(f.get("date"))}
    elif kind is Kind.STANDARD:
        facts = {"level": _level(f.get("level"), kind), "rank": rank,
                 "date": _date(f.get("publish_date") or f.get("implementation_date"))}
    elif kind is Kind.PROJECT:
        leader = rank == 1 and f.get("leader") is not None
        facts = {"level": _level(f.get("level"), kind), "rank": rank, "accepted": f.get("passed"),
                 "date": _date(f.get("acceptance_date")), "role": "lead" if leader else None}
    elif kind is Kind.REPORT:
        facts = {"report_kind": f.get("report_kind"), "rank": rank, "date": _date(f.get("date"))}
    elif kind is Kind.REVENUE:
        facts = {"amount_wan": f.get("amount_wan"), "date": _date(f.get("date"))}
    elif kind in (Kind.RECOGNITION, Kind.NEW_PRODUCT):
        facts = {"level": _level(f.get("level"), kind), "date": _date(f.get("date"))}
    elif kind is Kind.APPLICATION:
        facts = {"date": _date(f.get("date"))}
    allowed = set(KIND_KEYS[kind]) | {"date"}
    return {k: v for k, v in facts.items() if v is not None and k in allowed}


def default_kind(doc: Document) -> Kind | None:
    """The kind an unclaimed document evidences on its own (None: it needs a claim)."""
    kinds = KIND_OF_DOC.get(doc.doc_type)
    if not kinds:
        return None
    if doc.doc_type == "revenue_proof":
        return Kind.REVENUE
    if doc.doc_type == "official_recognition":
        return Kind.RECOGNITION
    return next(iter(kinds))
