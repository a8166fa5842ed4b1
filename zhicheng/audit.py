"""Auditing a bundle: claims against their documents, the profile against certificates.

Every difference between what the applicant declared and what a document shows becomes
an issue naming both values and the file; the document's value is the one that counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rules.case import Achievement, Applicant
from rules.dates import PartialDate
from rules.vocabulary import Education, Kind, Title

from .achievements import DOCUMENT_KEYS, KIND_OF_DOC, Built, default_kind, facts_from_document
from .documents import Document

DUPLICATE_KEYS = ("patent_number", "isbn", "registration_number", "standard_number")


def issue(severity: str, code: str, message: str, **where: Any) -> dict[str, Any]:
    return {"severity": severity, "code": code, "message": message,
            **{k: v for k, v in where.items() if v is not None}}


@dataclass
class Claim:
    achievement: Achievement
    evidence: list[str]  # paths relative to the bundle, as written
    index: int


@dataclass
class AuditResult:
    achievements: list[Built] = field(default_factory=list)
    issues: list[dict[str, Any]] = field(default_factory=list)
    recommenders: int = 0


def find_duplicates(documents: list[Document], preferred: set[str] = frozenset()) -> dict[str, str]:
    """file → the file it repeats (same content, or the same patent/ISBN/registration number).

    Of two copies the one a claim cites is kept (then the first in file order), so a claim
    never loses its evidence to an unclaimed scan of the same certificate.
    """
    seen: dict[tuple[str, str], str] = {}
    repeats: dict[str, str] = {}
    for doc in sorted(documents, key=lambda d: d.file not in preferred):
        keys = [("sha256", doc.sha256)] if doc.sha256 else []
        keys += [(k, str(doc.fields[k])) for k in DUPLICATE_KEYS if doc.fields.get(k)]
        first = next((seen[k] for k in keys if k in seen), None)
        if first is not None:
            repeats[doc.file] = first
        else:
            for key in keys:
                seen[key] = doc.file
    return repeats


def _same_date(a: PartialDate, b: PartialDate) -> bool:
    """Equal where both are precise; a month matches any day in it."""
    return a.earliest() <= b.latest() and b.earliest() <= a.latest()


def _compare(claim: Claim, doc: Document, facts: dict[str, Any], issues: list[dict[str, Any]]) -> None:
    a = claim.achievement
    where = {"file": doc.file, "claim": claim.index}
    if a.rank is not None and facts.get("rank") is not None and a.rank != facts["rank"]:
        issues.append(issue("error", "rank_mismatch",
                            f"申报第{a.rank}名，材料显示第{facts['rank']}名；以材料为准", **where))
    if a.date is not None and facts.get("date") is not None and not _same_date(a.date, facts["date"]):
        issues.append(issue("error", "date_mismatch",
                            f"申报日期 {a.date}，材料显示 {facts['date']}；以材料为准", **where))
    if a.level is not None and facts.get("level") is not None and a.level != facts["level"]:
        issues.append(issue("error", "level_mismatch",
                            f"申报级别 {a.level.value}，材料显示 {facts['level'].value}；以材料为准", **where))
    if a.kind is Kind.PATENT and a.patent_type and facts.get("patent_type") and a.patent_type != facts["patent_type"]:
        issues.append(issue("error", "kind_mismatch",
                            f"申报为{a.patent_type}，证书为{facts['patent_type']}；以证书为准", **where))


def _merge(claim: Claim, docs: list[Document], core_journal) -> tuple[Built, list[dict[str, Any]]]:
    """One claim backed by its documents: document facts first, the claim for the rest."""
    issues: list[dict[str, Any]] = []
    a = claim.achievement
    facts: dict[str, Any] = {}
    for doc in docs:
        doc_facts = facts_from_document(doc, a.kind, core_journal(doc) if a.kind is Kind.PAPER else None)
        _compare(claim, doc, doc_facts, issues)
        for key, value in doc_facts.items():
            facts.setdefault(key, value)
    declared = []
    values = {k: getattr(a, k) for k in vars(a) if k not in ("kind", "source", "evidence")}
    for key, value in values.items():
        if value is None or key in facts:
            continue
        if key in DOCUMENT_KEYS:
            # The document could show this but does not: not shown, whatever the claim says
            # (an identifier printed with a bad check digit is already an invalid_* issue).
            if any(i["code"] == f"invalid_{key}" for d in docs for i in d.issues):
                continue
            issues.append(issue("warning", "not_shown_by_document",
                                f"申报的 {key}={_plain(value)} 在材料中未能读出，不计入", claim=claim.index,
                                file=docs[0].file))
            continue
        facts[key] = value
        declared.append(key)
    built = Built(Achievement(kind=a.kind, source="claim", evidence=[d.file for d in docs], **facts),
                  evidence=[d.file for d in docs], source="claim", declared=sorted(declared),
                  claim_index=claim.index)
    return built, issues


def _plain(value: Any) -> str:
    return str(value.value) if hasattr(value, "value") else str(value)


def audit(documents: list[Document], claims: list[Claim], applicant: Applicant, core_journal) -> AuditResult:
    """Achievements that count, and every issue between claims, documents and profile."""
    result = AuditResult()
    by_file = {d.file: d for d in documents}
    cited = {path for claim in claims for path in claim.evidence}
    duplicates = find_duplicates(documents, cited)
    for file, first in duplicates.items():
        result.issues.append(issue("warning", "duplicate_evidence",
                                   f"与 {first} 是同一份证明（内容或编号相同），只计一次", file=file))
    claimed: set[str] = set()
    for claim in claims:
        if claim.achievement.kind is Kind.PATENT and claim.achievement.granted is False:
            result.issues.append(issue("warning", "patent_not_granted",
                                       f"申报的第 {claim.index + 1} 项成果是未授权专利；只有授权专利计入",
                                       claim=claim.index))
        docs, missing = [], []
        for path in claim.evidence:
            doc = by_file.get(path)
            if doc is None or doc.doc_type == "unknown" or path in duplicates:
                missing.append(path)
            else:
                docs.append(doc)
                claimed.add(path)
        for path in missing:
            why = "不在材料包中" if path not in by_file else (
                "与另一份材料重复" if path in duplicates else "无法识别或无法读取")
            result.issues.append(issue("error", "missing_evidence", f"佐证材料 {path} {why}",
                                       claim=claim.index, file=path if path in by_file else None))
        if not docs:
            if not claim.evidence:
                result.issues.append(issue("error", "missing_evidence",
                                           f"申报的第 {claim.index + 1} 项成果（{claim.achievement.kind.zh}）没有列出佐证材料，不计入",
                                           claim=claim.index))
            continue
        wrong = [d for d in docs if claim.achievement.kind not in KIND_OF_DOC.get(d.doc_type, set())]
        for doc in wrong:
            result.issues.append(issue("error", "kind_mismatch",
                                       f"申报为{claim.achievement.kind.zh}，但 {doc.file} 是 {doc.doc_type}",
                                       claim=claim.index, file=doc.file))
        docs = [d for d in docs if d not in wrong]
        if docs:
            built, issues = _merge(claim, docs, core_journal)
            result.achievements.append(built)
            result.issues.extend(issues)
    for doc in documents:
        if doc.file in claimed or doc.file in duplicates:
            continue
        kind = default_kind(doc)
        if kind is None:
            continue
        # Unclaimed: only what the document shows (an acceptance certificate shows no
        # project category, so it counts only where none is needed).
        facts = facts_from_document(doc, kind, core_journal(doc) if kind is Kind.PAPER else None)
        result.achievements.append(Built(Achievement(kind=kind, source="document", evidence=[doc.file], **facts),
                                         evidence=[doc.file], source="document"))
    result.recommenders = _recommenders(documents, applicant, result.issues)
    return result


def _recommenders(documents: list[Document], applicant: Applicant, issues: list[dict[str, Any]]) -> int:
    """Recommendation letters by a 正高级工程师 for this applicant (破格 needs two)."""
    count = 0
    for doc in documents:
        if doc.doc_type != "recommendation_letter":
            continue
        f = doc.fields
        if f.get("recommender_title") != Title.PROFESSORATE_SENIOR_ENGINEER.value:
            issues.append(issue("warning", "recommender_not_qualified",
                                f"推荐人 {f.get('recommender', '?')} 的职称不是正高级工程师（或未能读出），不计入",
                                file=doc.file))
            continue
        if applicant.name and f.get("candidate") and f["candidate"] != applicant.name:
            issues.append(issue("warning", "name_not_found",
                                f"推荐信推荐的是 {f['candidate']}，不是 {applicant.name}", file=doc.file))
            continue
        count += 1
    return count


def check_profile(documents: list[Document], applicant: Applicant) -> tuple[Applicant, list[dict[str, Any]]]:
    """The profile against the title and degree certificates; the documents' facts count."""
    issues: list[dict[str, Any]] = []
    updates: dict[str, Any] = {}
    titles = [d for d in documents if d.doc_type == "title_certificate" and d.fields.get("title")]
    current = [d for d in titles if d.fields["title"] == applicant.current_title.value]
    if applicant.current_title is not Title.NONE and not current:
        shown = "、".join(f"{d.fields['title']}（{d.file}）" for d in titles) or "没有职称证书"
        issues.append(issue("warning", "missing_evidence",
                            f"profile 的现有职称为{applicant.current_title.zh}，材料中没有对应的职称证书：{shown}"))
    for doc in current:
        _check_holder(doc, applicant, issues)
        date = doc.fields.get("date")
        if date:
            shown = PartialDate.parse(date)
            if applicant.current_title_date is None or not _same_date(applicant.current_title_date, shown):
                if applicant.current_title_date is not None:
                    issues.append(issue("error", "date_mismatch",
                                        f"profile 的现有职称日期 {applicant.current_title_date}，职称证书为 {shown}；以证书为准",
                                        file=doc.file))
                updates["current_title_date"] = shown
        break
    degrees = [d for d in documents if d.doc_type == "degree_certificate" and d.fields.get("education")]
    if degrees:
        shown = max((Education(d.fields["education"]) for d in degrees), key=_education_rank)
        for doc in degrees:
            _check_holder(doc, applicant, issues)
        if _education_rank(shown) < _education_rank(applicant.education):
            issues.append(issue("error", "education_mismatch",
                                f"profile 的学历为{applicant.education.zh}，学历学位证书最高为{shown.zh}；以证书为准"))
            updates["education"] = shown
    else:
        issues.append(issue("warning", "missing_evidence", f"材料中没有学历或学位证书（profile 为{applicant.education.zh}）"))
    if updates:
        applicant = Applicant(**{**vars(applicant), **updates})
    return applicant, issues


_EDUCATION_ORDER = [Education.SECONDARY_VOCATIONAL, Education.ASSOCIATE, Education.BACHELOR,
                    Education.SECOND_BACHELOR, Education.MASTER, Education.DOCTORATE]


def _education_rank(education: Education) -> int:
    return _EDUCATION_ORDER.index(education)


def _check_holder(doc: Document, applicant: Applicant, issues: list[dict[str, Any]]) -> None:
    holder = doc.fields.get("holder")
    if applicant.name and holder and holder != applicant.name:
        issues.append(issue("error", "name_not_found", f"证书持有人为 {holder}，不是 {applicant.name}", file=doc.file))
