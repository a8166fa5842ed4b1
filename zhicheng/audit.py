"""Auditing a bundle: claims against their documents, the profile against certificates.

Every difference between what the applicant declared and what a document shows becomes
an issue naming both values and the file; the document's value is the one that counts.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field, replace
from typing import Any, Callable

from stdnum import isbn as stdnum_isbn
from stdnum import issn as stdnum_issn

from extractor.doctypes.base import as_date
from extractor.doctypes.project_acceptance import MINISTRY_FLOOR
from extractor.doctypes.revenue_proof import a_payment, binds_no_one, draft_said, registered_contract
from extractor.doctypes.standard import draft_stage
from extractor.fields.names import printed_alone
from identifiers import cn as cn_number
from rules.case import Achievement, Applicant
from rules.dates import PartialDate
from rules.relevance import off_field, off_specialty, unrelated_product, unrelated_sale
from rules.withdrawals import restores, takes_back, withdraws
from rules.vocabulary import Education, Kind, Level, Title

from rules.requirements import IP_TYPE_ZH
from rules.yaml_input import clip

from .achievements import DOCUMENT_KEYS, Built, default_kind, district_level, facts_from_document, kinds_of
from .documents import VOID_CODE, Document, voided
from .documents_view import DOC_TYPE_ZH
from .html_assets import FACT_ZH, VALUE_ZH


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


class Repeats(dict):
    """document key → the label of the document it repeats, and (``why``) by what it was known:
    ``sha256``, a number's name (``patent_number``…), ``identity`` or ``work``."""

    def __init__(self) -> None:
        super().__init__()
        self.why: dict[str, str] = {}


def find_duplicates(documents: list[Document], preferred: set[str] = frozenset()) -> Repeats:
    """document key → the document it repeats (same content, or the same patent/ISBN/
    registration number), by ``Document.key`` (a file, or a file's pages in a 合订本).

    Of two copies the one a claim cites is kept (then the first in file order), so a claim
    never loses its evidence to an unclaimed scan of the same certificate.  Documents of one
    file are never each other's copies: they share the file's bytes, not their content.
    """
    seen: dict[tuple[str, str], Document] = {}
    repeats = Repeats()
    for doc in sorted(documents, key=lambda d: d.file not in preferred):
        if doc.text_source == "none":
            continue  # nothing was read: nothing to repeat
        keys = [("sha256", doc.sha256)] if doc.sha256 and doc.page_range is None else []
        keys += [(k, str(doc.fields[k])) for k in DUPLICATE_KEYS if doc.fields.get(k)]
        keys += _identity_key(doc)
        found = next((k for k in keys if k in seen and seen[k].file != doc.file), None)
        if found is not None:
            repeats[doc.key] = seen[found].label
            repeats.why[doc.key] = found[0]
        else:
            for key in keys:
                seen.setdefault(key, doc)
    return repeats


def _identity_key(doc: Document) -> list[tuple[str, str]]:
    """A paper with no number of its own is the same paper as another of its type that reads
    the same on every field of its identity (a contract's parties and sum, an award's name
    and project) and on its date: one contract filed as a PDF and as a scan, or twice with
    other metadata, is one contract, and its sum counts once.  And whatever its date, the same
    work (``same_work``: a paper of one title by the same authors in two journals, or reprinted
    with 本文转载自…, probe CP D02, E4) counts once too."""
    from extractor.doctypes import doctype

    declared = doctype(doc.doc_type)
    # (a certificate of a person's or an office's: its holder or issuer and its day name no one
    # paper — a 毕业证书 and a 学位证书 of one day, two notices of one office on one day)
    if declared is None or not declared.identity or {"holder", "issuer"} & set(declared.identity):
        return []
    work = [_alike(doc.fields.get(k)) for k in declared.same_work]
    keys = [("work", f"{doc.doc_type}|{work!r}")] if declared.same_work and all(work) else []
    if declared.identity_undated:
        # (its number, not its day, tells it apart: one title, two 项目编号, are two projects,
        # phases or years of one programme)
        number = re.search(r"(?:项目|课题|合同)编号[:：]?([A-Za-z0-9〔〕\[\]（）()\-—_/号年]{4,40})", doc.words)
        when = number.group(1) if number else ""
    else:
        when = next((doc.fields.get(k) for k in declared.date_fields if doc.fields.get(k)), None)
        if not when:
            return keys
    title = doc.fields.get("title")
    if declared.same_title and isinstance(title, str):
        title = declared.same_title(title)  # (as two copies compare it: a report's without its kind line)
    for fields in (declared.identity, declared.same_achievement):
        values = [_alike(title if k == "title" else doc.fields.get(k)) for k in fields]
        if fields and all(values):
            keys.append(("identity", f"{doc.doc_type}|{fields!r}|{values!r}|{when}"))
    return keys


def _alike(value: Any) -> Any:
    """A field's value as two papers of one work print it alike: no spaces, quotes or brackets."""
    return re.sub(r"[\s“”\"《》（）()、，,]", "", value) if isinstance(value, str) else value


def _same_date(a: PartialDate, b: PartialDate) -> bool:
    """Equal where both are precise; a month matches any day in it."""
    return a.earliest() <= b.latest() and b.earliest() <= a.latest()


def _doubtful(doc: Document, key: str) -> float | None:
    """The confidence of ``key`` (rank or date) on ``doc`` when it is below the bar, else None.

    A rank is read from the type's ranked list, a printed rank or the leader; a date from
    the type's date fields (its declaration): a mismatch read from a low-confidence OCR
    line is a question for a person, not a finding."""
    from extractor.doctypes import doctype

    declared = doctype(doc.doc_type)
    ranked = declared.ranked + ((declared.leader,) if declared.leader else ()) if declared else ()
    sources = ranked + ("rank",) if key == "rank" else (declared.date_fields if declared else ("date",))
    if doc.text_source == "text_layer":
        return None
    read = [doc.field_sources[k] for k in sources if isinstance(doc.field_sources.get(k), dict)
            and "confidence" in doc.field_sources[k]]
    doubted = [s["confidence"] for s in read if s["confidence"] < doc.doubt_bar(s.get("page"))]
    return min(doubted) if doubted else None


def _one_figure_apart(claimed: PartialDate, shown: PartialDate) -> bool:
    """Two whole dates of one year printed alike but for one figure of the month or the day
    (2024-09-18 and 2024-09-19).  A year apart is no misread figure to wave through.

    >>> _one_figure_apart(PartialDate.parse("2024-09-18"), PartialDate.parse("2024-09-19"))
    True
    >>> _one_figure_apart(PartialDate.parse("2024-09-18"), PartialDate.parse("2023-10-18"))
    False
    >>> _one_figure_apart(PartialDate.parse("2024-09-18"), PartialDate.parse("2014-09-18"))
    False
    """
    a, b = str(claimed), str(shown)
    return len(a) == len(b) == 10 and a[:4] == b[:4] and sum(x != y for x, y in zip(a, b)) == 1


def _another_date_of(doc: Document, claimed) -> bool:
    """The claim's date is another date the paper prints of the same thing: a standard's
    实施日期 where its 发布日期 dates it (both on its cover; neither is wrong)."""
    if doc.doc_type != "standard":
        return False
    other = doc.fields.get("implementation_date")
    parsed = PartialDate.parse(other) if isinstance(other, str) else None
    return parsed is not None and _same_date(claimed, parsed)


def _plain_kind(value: str | None) -> str:
    return IP_TYPE_ZH.get(value or "", value or "?")


# Yes-or-no facts a document settles, as either answer reads: a claim that says otherwise is an
# error, as a rank or a date is (a failed acceptance claimed as passed, a standard claimed as
# implemented before its 实施日期, a book claimed as 独著 whose copyright page lists four).
_YES_NO = {"accepted": ("通过验收", "未通过验收"), "implemented": ("已实施", "至评审截止日尚未实施"),
           "sole_author": ("独著", "合著（材料列有多名作者）")}


def _compare(claim: Claim, doc: Document, facts: dict[str, Any], issues: list[dict[str, Any]]) -> set[str]:
    """Issues for every difference between the claim and ``doc``; returns the keys whose
    document value is too doubtful to use (read at low confidence and disagreeing)."""
    a = claim.achievement
    where = {"file": doc.file, "claim": claim.index, "page": doc.page_range[0] if doc.page_range else None}
    doubtful: set[str] = set()
    differs = {
        "rank": (a.rank, facts.get("rank"), a.rank is not None and facts.get("rank") is not None
                 and a.rank != facts.get("rank")),
        "date": (a.date, facts.get("date"), a.date is not None and facts.get("date") is not None
                 and not _same_date(a.date, facts["date"]) and not _another_date_of(doc, a.date)),
    }
    for key, (claimed, shown, different) in differs.items():
        if not different:
            continue
        shown_text = f"第{shown}名" if key == "rank" else str(shown)
        claimed_text = f"第{claimed}名" if key == "rank" else str(claimed)
        confidence = _doubtful(doc, key)
        if confidence is not None:
            doubtful.add(key)
            issues.append(issue("warning", f"{key}_mismatch",
                                f"申报{FACT_ZH[key]}为{claimed_text}，材料识别为{shown_text}，但该处识别置信度只有 "
                                f"{confidence:.2f}：需人工核对（字段 {key}）；核对前不计入", needs_review=True, **where))
        elif key == "date" and doc.text_source != "text_layer" and _one_figure_apart(claimed, shown):
            # 2024-09-18 claimed, 2024-09-19 read from a scan: one figure of a day OCR may well
            # have misread; the page's reading stands, and a person looks
            issues.append(issue("warning", "date_mismatch",
                                f"申报{FACT_ZH[key]}为{claimed_text}，扫描件识别为{shown_text}，仅一位数字不同，"
                                "可能是识别误差：暂以材料识别值为准，需人工核对", needs_review=True, **where))
        elif key == "rank" and shown < claimed and doc.text_source == "text_layer":
            # a typed page placing him higher than he claimed: his modesty, not a fault; the page's
            # place counts (on a scan a better place than claimed may be OCR's, and stays an error)
            issues.append(issue("warning", "rank_mismatch",
                                f"申报{FACT_ZH[key]}为{claimed_text}，材料显示{shown_text}（更靠前）；以材料为准", **where))
        else:
            issues.append(issue("error", f"{key}_mismatch",
                                f"申报{FACT_ZH[key]}为{claimed_text}，材料显示{shown_text}；以材料为准", **where))
    for key, (said, shown_as) in _YES_NO.items():
        claimed, shown = getattr(a, key, None), facts.get(key)
        if claimed is not None and shown is not None and claimed != shown:
            issues.append(issue("error", f"{key}_mismatch",
                                f"申报为{said if claimed else shown_as}，材料显示{said if shown else shown_as}；以材料为准",
                                **where))
    for key in ("amount_wan", "investment_wan", "words_wan", "total_words_wan", "isbn", "issn", "cn"):
        claimed, shown = getattr(a, key, None), facts.get(key)
        if claimed is not None and shown is not None and not _same_value(key, claimed, shown):
            # (a sum printed in 元 and claimed ten times over in 万元, another book's ISBN)
            issues.append(issue("error", f"{key}_mismatch",
                                f"申报{FACT_ZH.get(key, key)}为{_plain(claimed)}，材料显示{_plain(shown)}；以材料为准",
                                **where))
    if a.level is not None and facts.get("level") is not None and a.level != facts["level"] \
            and a.level is Level.NATIONAL and facts["level"] is Level.PROVINCIAL and _ministry_floor(doc):
        # A ministry's project, read 省（部）级 at least: a national programme it may well be, which
        # the page does not say.  Neither refuted nor shown: a person confirms.
        doubtful.add("level")
        issues.append(issue("warning", "level_mismatch",
                            f"申报级别为国家级；材料为部委组织的项目，至少属省（部）级，是否国家级计划材料未写明："
                            "需人工核对（字段 level）", needs_review=True, **where))
    elif a.level is not None and facts.get("level") is not None and a.level != facts["level"]:
        # (a typed page showing a higher level than claimed: the page's counts, and it is said, not a fault)
        higher = isinstance(a.level, Level) and isinstance(facts["level"], Level) \
            and facts["level"].rank > a.level.rank and doc.text_source == "text_layer"
        issues.append(issue("warning" if higher else "error", "level_mismatch",
                            f"申报级别为{a.level.zh}，材料显示{facts['level'].zh}{'（更高）' if higher else ''}；以材料为准",
                            **where))
    if a.kind is Kind.PATENT and a.patent_type and facts.get("patent_type") and a.patent_type != facts["patent_type"]:
        issues.append(issue("error", "kind_mismatch",
                            f"申报为{_plain_kind(a.patent_type)}，证书为{_plain_kind(facts['patent_type'])}；以证书为准",
                            **where))
    if a.category and facts.get("category") and a.category != facts["category"]:
        # The document's category is inferred from its title's words, not printed as such: a
        # disagreement is a question for a person, and neither category counts till one decides.
        doubtful.add("category")
        issues.append(issue("warning", "kind_mismatch",
                            f"申报项目类别为{VALUE_ZH['category'].get(a.category, a.category)}，材料标题显示为"
                            f"{VALUE_ZH['category'].get(facts['category'], facts['category'])}：暂不按任一类别计，需人工核对（字段 category）",
                            needs_review=True, **where))
    return doubtful


def _district_issue(doc: Document, claim: Claim | None = None) -> dict[str, Any] | None:
    """The warning that a document's 地（市）级 rests on a 重庆 区/县 (``district_level``), which
    the verdict does not count on; None for any other document."""
    district = district_level(doc)
    if not district:
        return None
    whose = f"申报的成果{claim.index + 1}的材料" if claim is not None else "材料"
    return issue("warning", "not_shown_by_document",
                 f"{whose} {doc.label} 出自重庆市{district}（直辖市下辖的区县，县级行政区）：能否按地（市）级计，需人工核对；"
                 "暂不按地（市）级计", **({"claim": claim.index} if claim is not None else {}), file=doc.file, needs_review=True)


def _adoption_of_another(docs: list[Document]) -> tuple[Document, Document] | None:
    """(proof, report) where a claim's unit attestation (``adopted``) names a report other than
    the report it cites: 《工业数据采集网关…技术报告》 attested beside 《MES系统…技术报告》."""
    from rapidfuzz import fuzz

    def bare(title: str) -> str:
        return re.sub(r"[\s《》“”\"（）()\[\]【】、，,：:·—\-与和及]", "", title).upper()

    # (an attestation whose report's title was not read names itself: 技术报告认可及推广应用证明)
    proofs = [d for d in docs if d.doc_type == "technical_report" and d.fields.get("adopted") and d.fields.get("title")
              and not re.search(r"证明|认可|推广应用|采纳", d.fields["title"])]
    reports = [d for d in docs if d.doc_type == "technical_report" and not d.fields.get("adopted") and d.fields.get("title")]
    for proof in proofs:
        for report in reports:
            a, b = bare(proof.fields["title"]), bare(report.fields["title"])
            if a and b and a not in b and b not in a and fuzz.ratio(a, b) < 90:
                return proof, report
    return None


def _merge(claim: Claim, docs: list[Document], core_journal,
           as_of: PartialDate | None = None) -> tuple[Built, list[dict[str, Any]]]:
    """One claim backed by its documents: document facts first, the claim for the rest."""
    issues: list[dict[str, Any]] = []
    a = claim.achievement
    facts: dict[str, Any] = {}
    unsettled: set[str] = set()  # keys a document leaves open: doubtful readings, undecidable lists
    amended = _supplements(docs) if a.kind is Kind.REVENUE else []
    sales = _contracts_summed(docs) if a.kind is Kind.REVENUE and not amended else None
    summed = sales[0] if sales else None
    if sales:
        facts["amount_wan"] = summed  # several sales cited by one claim: their sum, compared once below
        # and their earliest day: each must be after the title, the first of them most of all
        days = [PartialDate.parse(str(d.fields["date"])) for d in sales[1] if d.fields.get("date")]
        if days:
            facts["date"] = min(days, key=lambda day: day.earliest())
    issues += [found for doc in docs if (found := _district_issue(doc, claim))]
    foreign = _adoption_of_another(docs) if a.kind is Kind.REPORT else None
    if foreign is not None:
        proof, report = foreign
        issues.append(issue("warning", "not_shown_by_document",
                            f"申报的成果{claim.index + 1}所附认可证明 {proof.label} 所证明的是《{proof.fields['title']}》，"
                            f"不是本报告《{report.fields['title']}》：本报告的认可和推广实施未见证明", claim=claim.index,
                            file=proof.file, needs_review=True))
    # (a sale cited with the invoices that settle it: the claim's day is the contract's, theirs later)
    dated = [d for d in docs if d.fields.get("date")] if a.kind is Kind.REVENUE and a.date is not None and len(docs) > 1 else []
    one_day = any(_same_date(a.date, PartialDate.parse(str(d.fields["date"]))) for d in dated)
    wider = _statement_of_more(docs, a.amount_wan) if a.kind is Kind.REVENUE and summed is None else []
    for doc in [d for d in docs if d not in amended] + amended:  # (the contract's day first)
        core = core_journal(doc) if a.kind is Kind.PAPER else None
        if a.kind is Kind.PAPER and core is None:
            unsettled.add("core_journal")  # journal_edition_missing says why
        doc_facts = facts_from_document(doc, a.kind, core, as_of)
        if summed is not None:
            doc_facts.pop("amount_wan", None)
            doc_facts.pop("date", None)
        if one_day and doc.fields.get("date") and not _same_date(a.date, PartialDate.parse(str(doc.fields["date"]))):
            doc_facts.pop("date", None)  # (an invoice of the sale the claim dates by its contract)
        if doc in wider:
            doc_facts.pop("amount_wan", None)  # (its sum is of this sale and others: the contract's is this one's)
            doc_facts.pop("date", None)
        if doc in amended:
            doc_facts.pop("date", None)  # the day it was amended, not the contract's
            doc_facts.pop("amount_wan", None)  # the sum is settled below, with the contract's
        # (a contract its supplements amend: its own sum is compared only as amended, below)
        original = doc_facts.pop("amount_wan", None) if amended and doc not in amended else None
        if foreign is not None and doc is foreign[0]:
            doc_facts.pop("adopted", None)  # (another report's adoption shows nothing of this one's)
        doubtful = _compare(claim, doc, doc_facts, issues)
        if original is not None:
            doc_facts["amount_wan"] = original
        unsettled |= doubtful
        for key, value in doc_facts.items():
            if key not in doubtful:
                facts.setdefault(key, value)
    if summed is not None and a.date is not None and "date" in facts and not any(
            _same_date(a.date, PartialDate.parse(str(d.fields["date"]))) for d in docs if d.fields.get("date")):
        issues.append(issue("error", "date_mismatch",
                            f"申报日期为{a.date}，所附合同中没有这一日期（最早的为 {facts['date']}）；以材料为准",
                            claim=claim.index, file=docs[0].file))
    if summed is not None and a.amount_wan is not None and not _same_value("amount_wan", a.amount_wan, summed):
        issues.append(issue("error", "amount_wan_mismatch",
                            f"申报金额（万元）为{_plain(a.amount_wan)}，所附 {len(docs)} 份材料中的合同合计{_plain(summed)}；以材料为准",
                            claim=claim.index, file=docs[0].file))
    booked = _booked_over_signed(docs) if a.kind is Kind.REVENUE and summed is None and not amended else None
    if booked is not None and "amount_wan" not in unsettled:
        # A contract beside a statement of the income it brought (已确认销售收入…，其余合同款项
        # 待终验后确认): the income booked is the revenue, not the sum signed.
        facts["amount_wan"] = booked
    if amended:
        amount = _amended_sum(facts.get("amount_wan"), amended)
        if amount is None:
            facts.pop("amount_wan", None)
            unsettled.add("amount_wan")
            issues.append(issue("warning", "amount_unsure",
                                f"申报的成果{claim.index + 1}附有补充协议，未能确定变更后的合同金额：需人工核对（字段 amount_wan）",
                                claim=claim.index, file=amended[-1].file, needs_review=True))
        else:
            facts["amount_wan"] = amount
            if a.amount_wan is not None and not _same_value("amount_wan", a.amount_wan, amount):
                issues.append(issue("error", "amount_wan_mismatch",
                                    f"申报金额（万元）为{_plain(a.amount_wan)}，按补充协议变更后为{_plain(amount)}；以材料为准",
                                    claim=claim.index, file=amended[-1].file))
    declared = []
    values = {k: getattr(a, k) for k in vars(a) if k not in ("kind", "source", "evidence", "declared")}
    for key, value in values.items():
        if value is None or key in facts:
            continue
        if key in DOCUMENT_KEYS:
            # The document could show this but does not: not shown, whatever the claim says
            # (an identifier printed with a bad check digit is already an invalid_* issue; a
            # doubtful reading or an undecidable journal list already has its own issue).
            if key in unsettled or any(i["code"] == f"invalid_{key}" for d in docs for i in d.issues):
                continue
            if key in _IDENTIFIERS and not _IDENTIFIERS[key](str(value)):
                # the claim's own number cannot be anyone's (112-127/TP, a check digit wrong):
                # the same invalid_* issue evaluate gives, not merely "not shown"
                issues.append(issue("warning", f"invalid_{key}",
                                    f"申报的{FACT_ZH.get(key, key)}（{_plain(value)}）格式或校验位无效，材料中也未能读出，不计入",
                                    claim=claim.index, file=docs[0].file))
                continue
            issues.append(issue("warning", "not_shown_by_document",
                                f"申报的{FACT_ZH.get(key, key)}（{_plain(value)}）在材料中未能读出，不计入", claim=claim.index,
                                file=docs[0].file))
            continue
        if key == "category" and key in unsettled:
            # A claim fills a category the page is silent on, not one its title contradicts (a
            # 研发项目 claimed as 实施类): neither is taken until a person decides (kind_mismatch).
            continue
        facts[key] = value
        declared.append(key)
    if a.role == "lead" and "role" in declared and a.kind is not Kind.BOOK and isinstance(facts.get("rank"), int) \
            and facts["rank"] > 1 and "rank" not in unsettled:
        # 主持 is the first place: a document that lists the applicant second or third (another
        # its 项目负责人, its 第一起草人) says he did not lead it.  (A book may have several
        # 主编 side by side: its place alone does not say.)
        # (a lead is the first place, CONTRACT §3: the claim's place and the paper's differ, rank_mismatch)
        issues.append(issue("error", "rank_mismatch",
                            f"申报为主持（负责人，即排名第1），材料显示申报人排名第{facts['rank']}；以材料为准，按参与计",
                            claim=claim.index, file=docs[0].file))
        facts["role"] = "participant"
        declared.remove("role")
    total = facts.get("total_words_wan")
    if a.kind is Kind.BOOK and total is not None and facts.get("words_wan") is not None \
            and facts["words_wan"] > total + max(0.01, 0.005 * total):
        # The applicant's own words are part of the book's: no more than it prints in all (a
        # 独著 of 8.6万字 claimed at 12万; a textbook of 12万字 of which 16万 claimed as one's own).
        issues.append(issue("error", "words_wan_mismatch",
                            f"申报本人撰写字数为{_plain(facts['words_wan'])}万字，超过材料显示的全书字数"
                            f"{_plain(total)}万字；按全书字数计", claim=claim.index, file=docs[0].file))
        facts["words_wan"] = total
    built = Built(Achievement(kind=a.kind, source="claim", evidence=[d.file for d in docs],
                              declared=tuple(sorted(declared)), **facts),
                  evidence=[d.file for d in docs], source="claim", declared=sorted(declared),
                  claim_index=claim.index)
    return built, issues


def _booked_over_signed(docs: list[Document]) -> float | None:
    """The amount of a revenue claim's statements (a 收入确认证明, a 财务证明 saying the income was
    booked) where its contracts (two parties) state another: the statements agree on one sum,
    and none of them is an invoice.  ``None`` where there is no such disagreement."""
    from extractor.doctypes.revenue_proof import books_income

    papers = [d for d in docs if d.doc_type == "revenue_proof" and isinstance(d.fields.get("amount_wan"), (int, float))]
    # (a statement says the income was booked, 已确认销售收入…, whichever parties it names)
    statements = [d for d in papers if books_income(d.words) and "发票" not in d.words[:60]]
    contracts = [d for d in papers if d not in statements and len(d.fields.get("parties") or []) >= 2]
    amounts = {round(float(d.fields["amount_wan"]), 4) for d in statements}
    if not contracts or len(amounts) != 1:
        return None
    amount = amounts.pop()
    if all(_same_value("amount_wan", d.fields["amount_wan"], amount) for d in contracts):
        return None
    if amount > sum(float(d.fields["amount_wan"]) for d in contracts) * 1.005:
        return None  # (more than they were signed for: a statement of other sales too, probe DU b8)
    return amount


def _statement_of_more(docs: list[Document], claimed: float | None) -> list[Document]:
    """A revenue claim's statements (one company's 财务证明, no two parties) printing more than the
    claim where a contract beside them prints the claim's very sum: a statement of the company's
    sales of several contracts (明细：合同A 1280 万, 合同B 860 万, 合计 2140 万), cited beside each of
    them — no mismatch of this claim's (probe DU b8 had two errors)."""
    if claimed is None or len(docs) < 2:
        return []
    papers = [d for d in docs if d.doc_type == "revenue_proof" and isinstance(d.fields.get("amount_wan"), (int, float))]
    contracts = [d for d in papers if len(d.fields.get("parties") or []) >= 2]
    if not any(_same_value("amount_wan", claimed, d.fields["amount_wan"]) for d in contracts):
        return []
    return [d for d in papers if d not in contracts and float(d.fields["amount_wan"]) > float(claimed) * 1.005]


def _contracts_summed(docs: list[Document]) -> tuple[float, list[Document]] | None:
    """The sum of the distinct contracts one revenue claim cites (合同A 600万 + 合同B 400万), and
    those contracts, where it is plain: two contracts or more, none an invoice, each between its
    own parties or under its own number, and any statement beside them (a 收入证明 of one party)
    printing that very sum.  ``None`` where it is not plain: each paper is then compared on its own."""
    if any(d.doc_type != "revenue_proof" for d in docs):
        return None
    from extractor.doctypes.revenue_proof import books_income

    papers = [d for d in docs if isinstance(d.fields.get("amount_wan"), (int, float))]
    # (a statement of income booked names both parties of the contract it books: no sale of its own)
    contracts = [d for d in papers if len(d.fields.get("parties") or []) >= 2 and not books_income(d.words)]
    statements = [d for d in papers if d not in contracts]
    if len(contracts) < 2 or any("发票" in d.words[:60] for d in contracts):
        return None
    keys = set()
    for d in contracts:
        key = frozenset(_contract_numbers(d)) or frozenset(d.fields["parties"])
        if key in keys:
            return None  # two papers of one sale (a contract and its copy, a contract and its invoice)
        keys.add(key)
    total = round(sum(d.fields["amount_wan"] for d in contracts), 4)
    if any(not _same_value("amount_wan", s.fields["amount_wan"], total) for s in statements):
        return None
    return total, contracts


def _supplements(docs: list[Document]) -> list[Document]:
    """The supplementary agreements among a revenue claim's papers, when the contract they
    amend is there too: titled so near their top (补充协议, 变更协议)."""
    found = [d for d in docs if _is_supplement(d)]
    return found if len(found) < len(docs) else []


def _is_supplement(doc: Document) -> bool:
    from extractor.doctypes.revenue_proof import is_supplement

    return doc.doc_type == "revenue_proof" and is_supplement(doc.words)


def _amending(contracts: list[Document], documents: list[Document]) -> list[Document]:
    """The supplements of the bundle that name a number of one of ``contracts`` (each no
    supplement itself), in the bundle's order."""
    numbers = {n for d in contracts if not _is_supplement(d) for n in _contract_numbers(d)}
    return [d for d in documents if d not in contracts and _is_supplement(d)
            and any(_names_number(d, n) for n in numbers)]


def _amended_sum(contract: Any, amended: list[Document]) -> float | None:
    """What a contract comes to after its supplements, read in their order: a sum changed to
    (…现变更为玖佰万元) replaces it, an increase (增加合同金额…) adds to it; a supplement that
    says neither leaves it to a person (None)."""
    from extractor.doctypes.revenue_proof import how_amended

    total = contract
    for doc in amended:
        amount = doc.fields.get("amount_wan")
        if not isinstance(amount, (int, float)):
            return None
        how = how_amended(doc.words)
        if how == "changed":
            total = float(amount)
        elif how == "raised" and isinstance(total, (int, float)):
            total = float(total) + float(amount)
        else:
            return None
    return total


def _same_value(key: str, claimed: Any, shown: Any) -> bool:
    """A sum within rounding (0.5%, at least 0.01 万元), an identifier however it is
    punctuated (978-7-111-… and 9787111…, CN50-1005/TF and 50-1005/TF).

    >>> _same_value("amount_wan", 120, 120.004), _same_value("amount_wan", 1200, 120.0)
    (True, False)
    >>> _same_value("cn", "CN 50-1005/TF", "50-1005/tf"), _same_value("isbn", "978-7-111-12345-6", "9787111123457")
    (True, False)
    """
    if key in ("amount_wan", "investment_wan", "words_wan", "total_words_wan"):
        try:
            return abs(float(claimed) - float(shown)) <= max(0.01, 0.005 * abs(float(shown)))
        except (TypeError, ValueError):
            return False

    def plain(value: Any) -> str:
        return re.sub(r"[^0-9A-Z/]", "", str(value).upper()).removeprefix("CN")
    return plain(claimed) == plain(shown)


# A claimed identifier that can be nobody's (112-127/TP, a check digit wrong): invalid_*.
_IDENTIFIERS = {"cn": cn_number.is_valid, "issn": stdnum_issn.is_valid, "isbn": stdnum_isbn.is_valid}


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")  # 2500.0 as 2500, 8.6 as 8.6
    return clip(getattr(value, "zh", None) or (value.value if hasattr(value, "value") else value))


def audit(documents: list[Document], claims: list[Claim], applicant: Applicant, core_journal,
          refused: dict[str, str] | None = None, as_of: PartialDate | None = None,
          employer: str | None = None) -> AuditResult:
    """Achievements that count, and every issue between claims, documents and profile.
    ``refused``: paths of the bundle that were not read (outside links, FIFOs …) and why;
    ``as_of``: the day the verdict judges on (a standard not yet in force by it is not
    implemented)."""
    refused = refused or {}
    result = AuditResult()
    by_file: dict[str, list[Document]] = {}
    for d in documents:
        by_file.setdefault(d.file, []).append(d)
    documents = [d for d in documents if not voided(d)]  # (its own issue says why; a claim citing it is told)
    evidence = {claim.index: [_resolved(path, by_file, refused) for path in claim.evidence] for claim in claims}
    cited = {path for paths in evidence.values() for path, _ in paths}
    duplicates = find_duplicates(documents, cited)
    for doc in documents:
        if doc.key in duplicates:
            same = ("是同一篇论文（题目与作者相同：重复发表或转载）" if duplicates.why.get(doc.key) == "work"
                    else "是同一份证明（内容或编号相同）")
            result.issues.append(issue("warning", "duplicate_evidence",
                                       f"{'第' + str(doc.page_range[0]) + '页起的材料' if doc.page_range else ''}"
                                       f"与 {duplicates[doc.key]} {same}，只计一次",
                                       file=doc.file, page=doc.page_range[0] if doc.page_range else None))
    claimed: set[str] = set()
    used: dict[tuple[str, Kind], int] = {}  # (document, kind) → the claim it backs
    # Papers a claim cited as another kind (a patent certificate cited for a paper), and those some
    # claim took as its own: one only miscited still shows what it is, as an unclaimed paper does.
    miscited: set[str] = set()
    kept: set[str] = set()
    for claim in claims:
        if claim.achievement.kind is Kind.PATENT and claim.achievement.granted is False:
            result.issues.append(issue("warning", "patent_not_granted",
                                       f"申报的成果{claim.index + 1}是未授权专利；只有授权专利计入",
                                       claim=claim.index))
        docs, missing = [], []
        for path, cited_as in evidence[claim.index]:
            if cited_as != path:
                result.issues.append(issue("info", "evidence_matched_by_name",
                                           f"申报的成果{claim.index + 1}的佐证材料 {clip(cited_as)} 不在该路径，"
                                           f"按文件名对应到材料包中唯一的 {clip(path)}", claim=claim.index, file=path))
            found = [d for d in by_file.get(path, []) if d.doc_type != "unknown" and d.key not in duplicates and not voided(d)]
            if len(found) > 1:  # a 合订本: the documents in it of the claimed kind, the best fitting one
                # (of those no earlier claim of the kind has taken: five patents bound together,
                # five claims, each its own)
                free = [d for d in found if (d.key, claim.achievement.kind) not in used]
                found = _fitting(claim, free if any(claim.achievement.kind in kinds_of(d.doc_type) for d in free) else found)
            if not found:
                missing.append(path)
            else:
                docs += found
                claimed.update(d.key for d in found)
        for path in missing:
            in_file = by_file.get(path, [])
            why = (f"未读取（{refused[path]}）" if path in refused and path not in by_file
                   else "不在材料包中" if path not in by_file
                   else "与另一份材料重复" if any(d.key in duplicates for d in in_file)
                   else _unusable(in_file))
            result.issues.append(issue("error", "missing_evidence",
                                       f"申报的成果{claim.index + 1}的佐证材料 {clip(path)} {why}",
                                       claim=claim.index, file=clip(path) if path in by_file or path in refused else None))
            if claim.achievement.kind is Kind.PATENT and _FILING.search(why):
                # an office's receipt of the application, cited as the patent: it is not granted
                result.issues.append(issue("warning", "patent_not_granted",
                                           f"申报的成果{claim.index + 1}的材料 {clip(path)} 是专利申请的受理或审查文书，"
                                           "专利尚未授权（只有授权专利计入）", claim=claim.index, file=clip(path)))
        taken = [d for d in docs if (d.key, claim.achievement.kind) in used]
        if docs and len(taken) == len(docs):
            # Every paper it cites already backs an earlier claim of its kind: one achievement
            # claimed twice (one acceptance cited by two project claims) counts once.
            first = used[(taken[0].key, claim.achievement.kind)]
            result.issues.append(issue("error", "duplicate_evidence",
                                       f"申报的成果{claim.index + 1}与成果{first + 1}引用同一份材料 {taken[0].label}，"
                                       "是同一项成果，只计一次", claim=claim.index, file=taken[0].file))
            continue
        settled = _settling(docs, [d for (key, kind), _ in used.items() if kind is Kind.REVENUE
                                   for d in documents if d.key == key]) if claim.achievement.kind is Kind.REVENUE else None
        if settled is not None:
            # An invoice that settles a contract another claim cites (备注：合同CQZZ2023-018全额结算):
            # one sale, its sum counted once.
            doc, contract, number = settled
            first = used[(contract.key, Kind.REVENUE)]
            result.issues.append(issue("error", "duplicate_evidence",
                                       f"申报的成果{claim.index + 1}的 {doc.label} 与成果{first + 1}的 {contract.label} "
                                       f"是同一合同（{number}）的收入，只计一次", claim=claim.index, file=doc.file))
            continue
        for d in docs:
            used.setdefault((d.key, claim.achievement.kind), claim.index)
        if not docs:
            if not claim.evidence:
                result.issues.append(issue("error", "missing_evidence",
                                           f"申报的成果{claim.index + 1}（{claim.achievement.kind.zh}）没有列出佐证材料，不计入",
                                           claim=claim.index))
            continue
        # 附则（七）: a project's 投资额 rests on 财务数据、合同、发票 — an audit, a contract or an
        # invoice cited beside the project's papers is its proof, no paper of the wrong kind
        finance = [d for d in docs if claim.achievement.kind is Kind.PROJECT and d.doc_type == "revenue_proof"]
        # 第十五条（二）7: a 培训教材's promotion is an authority's notice (关于推广使用《…》的通知)
        promotion = [d for d in docs if claim.achievement.kind is Kind.BOOK and d.doc_type == "official_recognition"]
        proofs = finance + promotion  # (each kind's proof beside its papers, none of the wrong kind)
        wrong = [d for d in docs if claim.achievement.kind not in kinds_of(d.doc_type) and d not in proofs]
        for doc in wrong:
            result.issues.append(issue("error", "kind_mismatch",
                                       f"申报为{claim.achievement.kind.zh}，但 {doc.label} 是{DOC_TYPE_ZH.get(doc.doc_type, doc.doc_type)}"
                                       "（不计入本项；该材料按它本身所示另行核对）", claim=claim.index, file=doc.file))
        for doc in docs:
            why = None if doc in wrong else _not_backed(claim.achievement.kind, doc)
            if why:  # a paper of a type that may back the kind, this one not (a research project's acceptance for an 应用)
                wrong.append(doc)
                result.issues.append(issue("error", "kind_mismatch", f"申报为{claim.achievement.kind.zh}，但 {doc.label}：{why}",
                                           claim=claim.index, file=doc.file))
        docs = [d for d in docs if d not in wrong]
        miscited.update(d.key for d in wrong)
        kept.update(d.key for d in docs)
        others = [d for d in docs if _someone_elses(d, applicant)]
        for doc in others:
            alike = _namesakes(doc, applicant)
            if alike:
                # 罗网 where 罗晓峰 was expected: one of the applicant's surname, read under a seal
                # or damaged, may be him; not counted until a person looks, not refused outright
                result.issues.append(issue("warning", "name_not_found",
                                           f"申报的成果{claim.index + 1}的材料 {doc.label} 列出的是 {clip('、'.join(_listed(doc)), 60)}，"
                                           f"没有 {clip(applicant.name)}；其中 {clip('、'.join(alike))} 与申报人姓名相近，可能是识别有误："
                                           "暂不计入，需人工核对", claim=claim.index, file=doc.file, needs_review=True))
                continue
            result.issues.append(issue("error", "name_not_found",
                                       f"申报的成果{claim.index + 1}的材料 {doc.label} 列出的是 {clip('、'.join(_listed(doc)), 60)}，"
                                       f"没有 {clip(applicant.name)}：不计入", claim=claim.index, file=doc.file))
        docs = [d for d in docs if d not in others]
        if claim.achievement.kind is Kind.REVENUE and docs:
            # A supplement in the bundle that amends a contract the claim cites (原合同编号…，
            # 总金额由1200万元变更为780万元), uncited: the contract comes to what it says.
            extra = [d for d in _amending(docs, documents) if d.key not in duplicates and d not in docs]
            for d in extra:
                result.issues.append(issue("info", "evidence_matched_by_name",
                                           f"材料包中的 {d.label} 是申报的成果{claim.index + 1}所引合同的补充协议，"
                                           "虽未列为佐证，已按其变更后的金额核对", claim=claim.index, file=d.file))
            docs += extra
            claimed.update(d.key for d in extra)
        # Papers that do not (yet) show the claimed achievement as the applicant's: each said once,
        # for a person to look at, and not counted (需补正), in the order the checks are listed.
        for code, why_of in _held_back(claim.achievement.kind, applicant, employer, documents, together=docs):
            for doc in list(docs):
                why = why_of(doc)
                if why:
                    result.issues.append(issue("warning", code, f"申报的成果{claim.index + 1}的材料 {doc.label} {why}，"
                                                                "暂不计入，需人工核对", claim=claim.index, file=doc.file,
                                               needs_review=True))
                    docs.remove(doc)
        docs = [d for d in docs if d not in proofs]
        if docs:
            built, issues = _merge(claim, docs, core_journal, as_of)
            if promotion:
                built = _promoted(built, promotion, docs, claim, issues)
            invested = built.achievement.investment_wan
            if built.achievement.kind is Kind.PROJECT and invested is not None and "investment_wan" in built.declared \
                    and finance and (proof := _investment_proof(finance, docs, invested)[0]) is not None:
                # the claim's sum, which the project's paper does not print, shown by the financial
                # paper cited beside it (an audit of the project's investment, probe CP C09): the
                # accounts' sum, no longer the applicant's word alone
                built = _shown_too(built, "investment_wan")
                if proof < invested - 0.005:
                    issues.append(issue("warning", "investment_wan_mismatch",
                                        f"申报的成果{claim.index + 1}的项目投资额为{_plain(invested)}万元，所附财务材料合计{_plain(proof)}万元；"
                                        "以财务材料为准", claim=claim.index, needs_review=True))
                built = replace(built, achievement=replace(built.achievement, investment_wan=min(proof, invested)))
            elif built.achievement.kind is Kind.PROJECT and invested is not None and "investment_wan" not in built.declared:
                proof, why = _investment_proof(finance, docs, invested)
                if proof is None:
                    # the sum printed in the project's own paper (鉴定证书: 项目总投资2350万元) is the
                    # project's word, not its accounts: read (a claim it contradicts is still told),
                    # but shown only with them
                    built = _declared_too(built, "investment_wan")
                    shown = next((d for d in docs if d.fields.get("investment_wan") is not None), docs[0])
                    issues.append(issue("warning", "not_shown_by_document",
                                        f"申报的成果{claim.index + 1}的项目投资额只见于 {shown.label}，{why}"
                                        "（附则（七））：补充后即可计入", claim=claim.index, file=shown.file, needs_review=True))
                elif proof < invested - 0.005:
                    # the accounts show less than the project's paper says: the accounts' sum
                    built = replace(built, achievement=replace(built.achievement, investment_wan=proof))
                    issues.append(issue("warning", "investment_wan_mismatch",
                                        f"申报的成果{claim.index + 1}的项目投资额为{_plain(invested)}万元，所附财务材料合计{_plain(proof)}万元；"
                                        "以财务材料为准", claim=claim.index, needs_review=True))
            result.achievements.append(built)
            result.issues.extend(issues)
    # Revenue papers already counted (a claim's), and the unclaimed ones in the order they count: a
    # contract before the invoices and receipts that name its number (备注：合同编号 YZ-HT-2023-017), which
    # settle it and are not a second sale of it (CH D1c: a 600万 contract and its two invoices read 1200).
    # (only a contract is settled: invoices that name one contract's number add up to it when the
    # contract itself is not filed, CI S3)
    sold = [d for d in documents if d.key in kept and d.doc_type == "revenue_proof" and not _a_record(d)]
    contracts = [d for d in documents if d.doc_type == "revenue_proof" and not _a_record(d)]
    settles = {d.key for d in documents if d.doc_type == "revenue_proof" and _a_record(d)
               and _settling([d], contracts) is not None}
    for doc in [d for d in documents if d.key not in settles] + [d for d in documents if d.key in settles]:
        if doc.key in claimed and not (doc.key in miscited and doc.key not in kept) or doc.key in duplicates:
            continue
        kind = default_kind(doc)
        if kind is Kind.REVENUE and _a_record(doc) and (settled := _settling([doc], sold)) is not None:
            result.issues.append(issue("info", "duplicate_evidence",
                                       f"材料 {doc.label} 与 {settled[1].label} 是同一合同（{settled[2]}）的收入，只计一次",
                                       file=doc.file))
            continue
        if kind is None or _someone_elses(doc, applicant) or _nobody_named(doc, applicant):
            continue
        other = off_field(*(doc.fields.get(k) for k in _SUBJECTS), classification=doc.fields.get("classification"))
        if other:
            result.issues.append(issue("warning", "kind_mismatch",
                                       f"材料 {doc.label} 所涉领域（{other}）看来与工业互联网与智能制造不相近相关"
                                       "（第十六条（七）），未计入，需人工核对", file=doc.file, needs_review=True))
            continue
        # (unclaimed, a paper is held back for what it shows of itself as a claimed one is)
        why = next(((code, w) for code, check in _held_back(kind, applicant, employer, documents) if (w := check(doc))), None)
        if why:  # (an unclaimed certificate whose prize the bundle's own decision revokes)
            result.issues.append(issue("warning", why[0], f"材料 {doc.label} {why[1]}，未计入，需人工核对",
                                       file=doc.file, needs_review=True))
            continue
        # Unclaimed: only what the document shows (a project's category only where its
        # title's words settle it; otherwise it counts only where no category is needed).
        facts = facts_from_document(doc, kind, core_journal(doc) if kind is Kind.PAPER else None, as_of)
        district = _district_issue(doc)
        if district:
            result.issues.append(district)
        if kind is Kind.PROJECT and facts.pop("investment_wan", None) is not None:
            # (附则（七）: unclaimed, nothing ties an audit or a contract to it)
            result.issues.append(issue("info", "not_shown_by_document",
                                       f"材料 {doc.label} 所载项目投资额未附财务数据、合同、发票等佐证（附则（七）），未计入投资额",
                                       file=doc.file))
        if kind is Kind.REVENUE:
            amending = [d for d in _amending([doc], documents) if d.key not in duplicates]
            amount = _amended_sum(facts.get("amount_wan"), amending) if amending else facts.get("amount_wan")
            if _is_supplement(doc) or amount is None and facts.get("amount_wan") is not None:
                # a supplement alone is no sale (its sum changes or adds to another's); a contract
                # whose supplements say no plain sum is left to a person
                result.issues.append(issue("warning", "kind_mismatch",
                                           f"材料 {doc.label} {'是补充协议，不单独作为一笔收入' if _is_supplement(doc) else '有补充协议变更金额，变更后的金额未能确定'}，"
                                           "未计入，需人工核对", file=doc.file, needs_review=True))
                continue
            facts["amount_wan"] = amount
        result.achievements.append(Built(Achievement(kind=kind, source="document", evidence=[doc.file], **facts),
                                         evidence=[doc.file], source="document"))
        if kind is Kind.REVENUE and not _a_record(doc):
            sold.append(doc)
    _overlapping_periods(result, documents)
    home = _home_unit(documents, applicant, employer)
    # (a unit the profile states is his; one his title certificate printed may be a former employer's)
    result.recommenders = _recommenders(documents, applicant, result.issues, home, firm=bool(employer), as_of=as_of)
    for doc in documents:
        unit = _unit_of(doc.words, applicant.name) if home and doc.file in cited \
            and doc.doc_type not in ("title_certificate", "degree_certificate", "recommendation_letter") else None
        if unit and not _same_unit(unit, home):
            # 获奖者：张伟（工作单位：四川九洲…）: his unit may have changed, or it is a namesake's
            result.issues.append(issue("warning", "name_not_found",
                                       f"材料 {doc.label} 中 {applicant.name} 的工作单位为{unit}，与申报人的单位（{home}）不同："
                                       "可能是同名他人的成果，需人工核对", file=doc.file, needs_review=True))
    return result


# The unit printed beside a person's name: 被推荐人姓名：张伟  工作单位：重庆长安…公司, 获奖者：张伟（工作
# 单位：四川九洲电器集团有限责任公司）, 张伟（重庆大学）.
_UNIT_NAME = r"([\u4e00-\u9fff（）()]{2,40}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|大学|学院|研究院|研究所|设计院|中心|医院))"


def _unit_of(words: str, name: str | None) -> str | None:
    """The unit the paper prints for ``name`` right beside him, else None.

    >>> _unit_of("被推荐人姓名:张伟工作单位:重庆长安汽车股份有限公司现专业技术职称", "张伟")
    '重庆长安汽车股份有限公司'
    >>> _unit_of("获奖者：张伟（工作单位：四川九洲电器集团有限责任公司）", "张伟"), _unit_of("推荐人：李强 工作单位：重庆大学", "张伟")
    ('四川九洲电器集团有限责任公司', None)
    """
    name = "".join((name or "").split())
    if not name:
        return None
    found = re.search(re.escape(name) + r"(?:同志)?(?:[，,]?(?:性别)?[:：]?[男女])?[，,\s]{0,2}(?:工作单位|单位|所在单位)[:：]" + _UNIT_NAME, words) \
        or re.search(re.escape(name) + r"[（(](?:工作单位[:：])?" + _UNIT_NAME + r"[)）]", words)
    return found.group(1) if found else None


def _home_unit(documents: list[Document], applicant: Applicant, employer: str | None) -> str | None:
    """The applicant's unit: the profile's, else the one his own title certificate prints."""
    if employer:
        return employer
    for doc in documents:
        if doc.doc_type == "title_certificate" and "".join(str(doc.fields.get("holder") or "").split()) == "".join((applicant.name or "").split()):
            found = re.search(r"(?:工作单位|单位)[:：]" + _UNIT_NAME, doc.words)
            if found:
                return found.group(1)
    return None


def _same_unit(a: str, b: str) -> bool:
    """One unit named twice: its names the same but for the company's legal form, or one inside
    the other (重庆两江智造科技有限公司, 两江智造科技公司; 中国电信股份有限公司重庆分公司, 中国电信重庆分公司).
    Places stay: 重庆大学 is not 西南大学, 四川两江… is not 重庆两江….

    >>> _same_unit("重庆两江智造科技有限公司", "两江智造科技公司"), _same_unit("重庆两江智造科技有限公司", "重庆长安汽车股份有限公司")
    (True, False)
    >>> _same_unit("中国电信股份有限公司重庆分公司", "中国电信重庆分公司"), _same_unit("重庆大学", "西南大学")
    (True, False)
    >>> _same_unit("重庆理工大学", "重庆大学"), _same_unit("四川两江智造科技有限公司", "重庆两江智造科技有限公司")
    (False, False)
    """
    def core(unit: str) -> str:
        unit = re.sub(r"(?:股份有限|有限责任|有限)公司(?=.)", "", "".join(unit.split()))  # (…股份有限公司重庆分公司)
        unit = re.sub(r"(?<=重庆|北京|上海|天津)市", "", unit)
        return re.sub(r"(?:股份有限|有限责任|有限)?公司$", "", unit)
    x, y = sorted((core(a), core(b)), key=len)
    return len(x) >= 4 and x in y


# The product a revenue statement is about, as it quotes it: 参与开发推广的“工业数据采集网关LJ-GW200”产品
_QUOTED_PRODUCT = re.compile(r"[“\"「]([^”\"」]{2,60})[”\"」](?:等)?(?:系列)?(?:产品|系统|平台|软件|装备|设备|服务|项目)")


# …or as it names it unquoted: 参与开发推广的MES制造执行系统V3.0软件产品
_NAMED_PRODUCT = re.compile(r"(?:开发|研发|推广|销售)的([A-Za-z0-9.\-\u4e00-\u9fff]{2,40}?)(?:等)?(?:系列)?(?:软件)?产品")


def _products(words: str) -> set[str]:
    """The products a revenue statement names (quoted, else after 开发推广的 … 产品)."""
    return {m.group(1) for m in _QUOTED_PRODUCT.finditer(words)} or {m.group(1) for m in _NAMED_PRODUCT.finditer(words)}


def _same_product(a: str, b: str) -> bool:
    """One product named twice, its words in another order (LJ-GW200工业数据采集网关 and
    工业数据采集网关LJ-GW200) or one name inside the other.

    >>> _same_product("LJ-GW200工业数据采集网关", "工业数据采集网关LJ-GW200"), _same_product("工业数据采集网关", "MES制造执行系统V3.0")
    (True, False)
    """
    from rapidfuzz import fuzz

    return a in b or b in a or fuzz.ratio("".join(sorted(a)), "".join(sorted(b))) >= 85


def _overlapping_periods(result: AuditResult, documents: list[Document]) -> None:
    """Two sums earned over months that overlap (2023年1月至12月 450万; 2022年1月至2023年12月 700万,
    2023 in both) for one product, or products the papers do not tell apart, may be one revenue
    counted twice (第十一条（二）3 asks for a 累计): the smaller is held back for a person."""
    by_file = {d.file: d for d in documents}

    def period(built: Built) -> tuple[PartialDate, PartialDate, Document] | None:
        for path in built.evidence:
            doc = by_file.get(path)
            if doc is not None and doc.fields.get("period_start") and doc.fields.get("period_end"):
                try:
                    return (PartialDate.parse(str(doc.fields["period_start"])),
                            PartialDate.parse(str(doc.fields["period_end"])), doc)
                except ValueError:
                    return None
        return None

    earned = [(b, p) for b in result.achievements if b.achievement.kind is Kind.REVENUE
              and b.achievement.amount_wan is not None and (p := period(b)) is not None]
    held: set[int] = set()
    for i, (a, (a0, a1, da)) in enumerate(earned):
        for b, (b0, b1, db) in earned[i + 1:]:
            if id(a) in held or id(b) in held or a0.earliest() > b1.latest() or b0.earliest() > a1.latest():
                continue
            if da is db and a.achievement.amount_wan + b.achievement.amount_wan <= float(da.fields.get("amount_wan") or 0) * 1.005:
                continue  # (one statement of several sales cited by each: its total holds them both, probe DU b8)
            products = [_products(d.words) for d in (da, db)]
            if all(products) and not any(_same_product(x, y) for x in products[0] for y in products[1]):
                continue  # two products, each named: two revenues
            small, large = (a, b) if a.achievement.amount_wan <= b.achievement.amount_wan else (b, a)
            held.add(id(small))
            small_doc, large_doc = (da, db) if small is a else (db, da)
            result.issues.append(issue(
                "warning", "duplicate_evidence",
                f"{small_doc.label} 的收入期间与 {large_doc.label} 的收入期间重叠，可能是同一笔收入计了两次："
                f"较小的 {small.achievement.amount_wan:g} 万元暂不计入累计营收，需人工核对",
                file=small_doc.file, needs_review=True,
                **({"claim": small.claim_index} if small.claim_index is not None else {})))
    result.achievements = [b for b in result.achievements if id(b) not in held]


_PROMOTES = re.compile(r"推广(?:使用|应用)|推荐(?:作为|为)[^。；;]{0,20}?(?:教材|用书|手册)")
_INDUSTRY_BODY = re.compile(r"协会|学会|联合会|研究会|联盟|商会")


def _promoted(built: Built, notices: list[Document], books: list[Document], claim: Claim,
              issues: list[dict[str, Any]]) -> Built:
    """The book's ``promoted_level`` as an authority's notice shows it (the notice must name this
    book, by its ISBN or its title, and promote it): 省（部）级以上主管部门 by the notice's level,
    行业组织 by its issuer's name; another level (a company's own 通知) shows no promotion."""
    isbns = {str(d.fields["isbn"]) for d in books if d.fields.get("isbn")}
    titles = {str(d.fields["title"]) for d in books if d.fields.get("title")}
    for notice in notices:
        words = notice.words.replace("-", "").replace("－", "")
        if not _PROMOTES.search(notice.words) or not (any(i in words for i in isbns)
                                                        or any(f"《{t}》" in notice.words for t in titles)):
            issues.append(issue("warning", "not_shown_by_document",
                                f"{notice.label} 未写明推广使用本书（书名或 ISBN 对不上），不作为推广应用的证明",
                                claim=claim.index, file=notice.file))
            continue
        proposed = re.search(r"拟[^。；;]{0,24}?推广|现予(?:以)?公示|公示期", notice.words)
        if proposed:
            # a notice of what is proposed (关于拟推广使用…的公示, 拟将…作为培训教材推广使用，现予公示)
            # promotes nothing yet
            issues.append(issue("warning", "not_shown_by_document",
                                f"{notice.label} 写的是「{proposed.group(0)}」：是拟推广的公示，不是推广应用的决定，"
                                "不作为推广应用的证明", claim=claim.index, file=notice.file))
            continue
        level = notice.fields.get("level")
        shown = level if level in ("national", "provincial") else \
            "industry" if _INDUSTRY_BODY.search(str(notice.fields.get("issuer") or "")) else None
        if shown is None:
            issues.append(issue("warning", "level_mismatch",
                                f"{notice.label} 的发文单位（{notice.fields.get('issuer') or '未读出'}）不是省（部）级以上主管部门或行业组织"
                                "（第十五条（二）7），不作为推广应用的证明", claim=claim.index, file=notice.file))
            continue
        a = built.achievement
        declared = [k for k in built.declared if k != "promoted_level"]
        return replace(built, achievement=replace(a, promoted_level=shown, declared=tuple(declared)), declared=declared)
    return built


# A paper of sales (新增销售收入证明, 营业收入) proves what was sold, not what was invested.
_SALES_PAPER = re.compile(r"销售收入|营业收入|营收|新增产值|销售额")
_INVESTMENT_WORDS = re.compile(r"投资|决算|审计|采购|购置|购销|设备|建设|工程|合同|发票")


def _investment_proof(finance: list[Document], project_docs: list[Document],
                      invested: float) -> tuple[float | None, str]:
    """What the financial papers cited beside a project show it invested (附则（七）), in 万元,
    and why not when they show nothing: a paper of sales proves no investment; an audit or a
    contract of another project (its words never name this one, where they name a project)
    neither. Several papers add up; the sum may fall short of the project's own figure."""
    from rapidfuzz import fuzz

    from extractor.fields.amounts import parse_amount_wan

    if not finance:
        return None, "未附财务数据、合同、发票等佐证"
    titles = [str(d.fields["project_title"]) for d in project_docs if d.fields.get("project_title")]
    total, why = 0.0, "所附财务材料不是该项目的投资佐证"
    found = False
    for doc in finance:
        words = doc.words
        if _SALES_PAPER.search(words) and not re.search(r"投资|决算", words):
            why = f"所附 {doc.label} 是销售收入的证明，不是项目投资的佐证"
            continue
        if not _INVESTMENT_WORDS.search(words):
            continue
        named = re.search(r"项目名称[:：]?([^，。；;:：]{4,40}?)(?:项目)?(?=[，。；;]|$|[\u4e00-\u9fff]{2,6}[:：])", words) \
            or re.search(r"[“\"「《]([^”\"」》]{4,40}?)(?:项目|工程)?[”\"」》]", words)  # (贵公司“…改造项目”的投资)
        if titles and named and max(fuzz.partial_ratio(named.group(1), t) for t in titles) < 70:
            why = f"所附 {doc.label} 所列项目（{named.group(1)}）不是本项目"
            continue
        amount = doc.fields.get("amount_wan")
        if amount is None:
            # an audit of the investment states it in a sentence (累计完成投资人民币23,500,000.00元)
            stated = re.search(r"(?:完成|实际|累计|总)投资(?:额|总额)?(?:为|共计|合计|达)?([^。；;]{2,40}?元)", words)
            amount = parse_amount_wan(stated.group(1)) if stated else None
        if isinstance(amount, (int, float)) and not isinstance(amount, bool):
            total += float(amount)
            found = True
    if not found:
        return None, why
    return round(total, 6), ""


def _shown_too(built: Built, key: str) -> Built:
    """``built`` with ``key`` no longer the applicant's word alone: a document shows it."""
    declared = sorted(set(built.declared) - {key})
    return replace(built, achievement=replace(built.achievement, declared=tuple(declared)), declared=declared)


def _declared_too(built: Built, key: str) -> Built:
    """``built`` with ``key`` counted as the applicant's word: shown only when proved."""
    declared = sorted(set(built.declared) | {key})
    return replace(built, achievement=replace(built.achievement, declared=tuple(declared)), declared=declared)


def _listed(doc: Document) -> list[str]:
    """The people a document names in the lists that rank its people (its type's ``ranked``
    fields and its leader: an award's holder, a patent's inventors …)."""
    from extractor.doctypes import doctype

    declared = doctype(doc.doc_type)
    keys = (declared.ranked + ((declared.leader,) if declared.leader else ())) if declared else ()
    people: list[str] = []
    for key in keys:
        value = doc.fields.get(key)
        people += [value] if isinstance(value, str) else [v for v in value or [] if isinstance(v, str)]
    # (units are no people: a company that holds a copyright names none of its developers)
    return [p for p in people if not _UNIT.search(p)]


_UNIT = re.compile(r"公司|大学|学院|研究院|研究所|中心|集团|厂|局|委员会|医院|学校|协会|学会")


def _not_backed(kind: Kind, doc) -> str | None:
    """Why ``doc``, of a type that may back ``kind``, does not as read (``DocType.backs``)."""
    from extractor.doctypes import doctype

    declared = doctype(doc.doc_type)
    return declared.backs(kind, doc.fields) if declared is not None and declared.backs is not None else None


def _someone_elses(doc: Document, applicant: Applicant) -> bool:
    """The document names its people and the applicant is none of them, nor anywhere in its
    words: it is someone else's (an award certificate made out to 冯晓北 is no evidence of
    冯晓南's, whatever its rank rules say)."""
    if applicant is None or not applicant.name or doc.fields.get("applicant_rank") is not None:
        return False
    name = "".join(applicant.name.split())
    people = ["".join(p.split()) for p in _listed(doc)]
    # (阳明 inside 欧阳明 is not 阳明: printed_alone)
    return bool(people) and name not in people and not printed_alone(name, doc.words, people)


_LEGAL_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团|公司)$")


def _between_others(doc: Document, employer: str | None) -> bool:
    """A revenue paper whose parties, all read, are none of them the applicant's employer (a
    letter or two apart allowed: OCR, or 有限公司 for 股份有限公司)."""
    from rapidfuzz import fuzz

    parties = doc.fields.get("parties") or []
    if not employer or not parties or doc.doc_type != "revenue_proof":
        return False
    mine = _bare_unit(employer)
    if len(mine) >= 4 and mine in doc.words and re.search(r"我(?:公司|单位|司|厂|院)|本(?:公司|单位)", doc.words):
        # the employer's own statement of its sales (兹证明我公司…向下列客户销售…): its customers
        # are the parties it lists, itself the seller that signs
        return False
    return len(mine) >= 4 and all(fuzz.ratio(mine, _bare_unit(p)) < 80 and mine not in p and _bare_unit(p) not in mine
                                  for p in parties)


def _bare_unit(name: str) -> str:
    """A unit's name without spaces and its legal form (有限公司, 股份有限公司 …), for comparing."""
    return _LEGAL_FORM.sub("", "".join(name.split()))


def _ministry_floor(doc: Document) -> bool:
    """The document's level is a ministry's floor (``project_acceptance.MINISTRY_FLOOR``)."""
    return any(MINISTRY_FLOOR in r for r in doc.reasons)


def _namesakes(doc: Document, applicant: Applicant) -> list[str]:
    """The people a document lists who share the applicant's surname and differ from his
    name in length or in one letter (罗网 or 罗晓锋 for 罗晓峰): OCR's damage of his name, maybe
    (a seal over it), or a colleague of his surname; which, a person tells.  Two of the same
    length differing in more (罗晓东 for 罗晓峰 is one letter: a person looks; 罗建国 is
    someone else) are not counted as his namesakes (``_misread_as``)."""
    if doc.text_source == "text_layer":
        return []  # typed, not read: 陈立锋 there is someone else, no misreading of 陈立峰
    return [p for p in ("".join(p.split()) for p in _listed(doc)) if _misread_as(p, applicant.name)]


def _misread_as(person: str, name: str) -> bool:
    """Whether ``person``, read by OCR, may be ``name`` damaged: of his surname and differing in
    length or in one letter, or his given name whole under another surname (a rare one misread:
    佘立新 as 余立新, 卞一鸣 as 下一鸣, 仉建军 as 仍建军, probes DZ B6 and EA f05) or under none.

    >>> _misread_as('罗网', '罗晓峰'), _misread_as('罗建国', '罗晓峰'), _misread_as('余立新', '佘立新'), _misread_as('余立', '佘立')
    (True, False, True, False)
    >>> _misread_as('志强', '禤志强'), _misread_as('强', '禤强'), _misread_as('晓峰', '欧阳晓峰')
    (True, False, True)
    """
    from rapidfuzz.distance import Levenshtein

    from extractor.fields.people import COMPOUND_SURNAMES

    name = "".join(name.split())
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    if person == name:
        return False
    if person.startswith(surname):
        return len(person) != len(name) or Levenshtein.distance(person, name) <= 1
    # (his given name under another surname of his surname's length, or under none: the recogniser
    # drops a rare letter, 禤志强 read 志强, probe EE b07)
    given = name[len(surname):]
    return len(given) >= 2 and person.endswith(given) and len(person) in (len(given), len(name))


def _resolved(path: str, by_file: dict[str, list[Document]], refused: dict[str, str]) -> tuple[str, str]:
    """(the bundle's file a claim's evidence path means, the path as cited): the path itself,
    else the one file of the bundle with that file name (项目/验收意见.pdf cited, 验收意见.pdf
    uploaded flat, or the other way round); never a guess between two of one name."""
    if path in by_file or path in refused:
        return path, path
    name = path.rsplit("/", 1)[-1]
    same = [f for f in by_file if f.rsplit("/", 1)[-1] == name]
    return (same[0], path) if len(same) == 1 else (path, path)


_FILING = re.compile(r"受理通知书|申请受理|申请号通知|审查意见通知书|初步审查合格通知书|缴费通知")


def _nobody_named(doc: Document, applicant: Applicant) -> bool:
    """A document whose type names its people (an award's holders, a patent's inventors …)
    where none was read, and whose words never name the applicant: a certificate made out to
    a company (获奖单位：…有限公司) or one whose names were lost.  Nothing on it says the
    achievement is his (附则（三）: awards count on a personal certificate), so it shows
    nothing until a person looks."""
    from extractor.doctypes import doctype

    if applicant is None or not applicant.name or doc.fields.get("applicant_rank") is not None:
        return False
    declared = doctype(doc.doc_type)
    # (a type that names people only sometimes, a revenue proof's team: naming nobody is its
    # usual way, said on the document as a question for a person, never a refusal)
    if declared is None or not declared.ranked or declared.people_optional or _listed(doc):
        return False
    return not printed_alone(applicant.name, doc.words)


# A paper that ends a contract (合同解除协议, 终止协议, 解除…合同): the sale it records never came.
_ENDS = re.compile(r"解除(?:协议|合同|上述合同|原合同|本合同)|终止(?:协议|合同|上述合同|原合同)|合同解除|合同终止")


def _ended_by(doc: Document, documents: list[Document]) -> Document | None:
    """Another paper of the bundle that ends ``doc``'s contract: one whose words say so (解除/终止)
    and name the contract's number."""
    numbers = _contract_numbers(doc)
    return next((other for other in documents if other.key != doc.key and _ENDS.search(other.words)
                 and any(_names_number(other, n) for n in numbers)), None)


def _unit_bought(doc: Document, employer: str | None) -> bool:
    """A revenue paper on which the applicant's unit is the side that buys (买方, 需方, 采购方 in
    words, ``buyer``): a purchase, no sale of the unit's."""
    from rapidfuzz import fuzz

    buyer = doc.fields.get("buyer")
    if not employer or not isinstance(buyer, str) or doc.doc_type != "revenue_proof":
        return False
    mine, theirs = _bare_unit(employer), _bare_unit(buyer)
    return len(mine) >= 4 and (mine == theirs or fuzz.ratio(mine, theirs) >= 90)


def _held_back(kind: Kind, applicant: Applicant, employer: str | None, documents: list[Document],
               together: list[Document] | tuple = ()) -> list[tuple[str, Callable[[Document], str | None]]]:
    """The checks a claim's papers pass before they count, as (issue code, why a paper fails
    it or None): a book that gives the applicant no place among its authors, a contract ended
    or bought by his unit or between others, a paper that precedes what it announces, a
    certificate that names nobody or someone else (unless ``together``, the claim's other
    papers, holds one of its type that places him).
    """
    name = "".join(applicant.name.split()) if applicant is not None and applicant.name else ""

    def his_unit(doc: Document) -> str | None:
        # his unit as the profile states it; else as the paper prints it beside him; else, where the
        # paper does not name him at all, as his own title certificate prints it (that may be a former
        # employer's: what it finds is for a person to look at; 乙方项目负责人：张三 places him himself)
        if kind is not Kind.REVENUE:
            return employer
        return employer or _unit_of(doc.words, applicant.name) or (
            None if name and printed_alone(name, doc.words, []) else _home_unit(documents, applicant, None))

    def unplaced(doc: Document) -> str | None:
        # a book counts for its authors: where the page gives him no place among them (its list
        # unread, or he stands there as 主审 or 责任编辑), his authorship is not shown
        if kind is Kind.BOOK and doc.doc_type == "book" and name and doc.fields.get("applicant_rank") is None \
                and doc.fields.get("applicant_words_wan") is None:  # (a page of shares: his words, no place)
            return "未能读出申报人在作者中的位置（作者名单未读出，或申报人只以主审、审校等身份出现）"
        return None

    def ended(doc: Document) -> str | None:
        by = _ended_by(doc, documents) if kind is Kind.REVENUE else None
        return f"的合同已由 {by.label} 解除或终止：未实现的收入" if by is not None else None

    def withdrawn(doc: Document) -> str | None:
        # 无效宣告, 撤稿, 撤销奖励/验收结论: another paper of the bundle takes this one's achievement back
        by = next((o for o in documents if o.key != doc.key and withdraws(o.words, doc.fields, name)), None)
        if by is None and kind is Kind.PATENT and withdraws(doc.words, doc.fields, name):
            by = doc  # (a register's copy whose 法律状态 is 专利权终止 shows its own lapse)
        if by is not None and kind is Kind.PATENT and any(restores(o.words, doc.fields) for o in documents):
            return None  # (a lapse the bundle's 恢复权利 notice undoes)
        return f"所证明的成果已由 {by.label} 撤销、宣告无效或终止（{clip(takes_back(by.words), 40)}）" if by is not None else None

    def unchecked(doc: Document) -> str | None:
        # a patent number whose check digit fails: misread, or no patent CNIPA granted; a person
        # compares it with the certificate (or the register) before it counts
        if kind is Kind.PATENT and any(i.get("code") == "invalid_patent_number" for i in doc.issues):
            return f"的专利号 {clip(doc.fields.get('patent_number'), 30)} 校验位不符（识读有误或证书有误）"
        return None

    def unchecked_issn(doc: Document) -> str | None:
        # (a journal's ISSN that cannot exist: misread, or the mark of a page no journal printed;
        # the journal's standing hangs on who it is)
        # (only where it could count: a paper of another first author counts for nothing anyway, and
        # the rules say so, not_first_author)
        if kind is Kind.PAPER and doc.fields.get("applicant_rank") in (1, None) \
                and any(i.get("code") == "invalid_issn" for i in doc.issues):
            printed = next((i["message"] for i in doc.issues if i.get("code") == "invalid_issn"), "")
            return f"的 ISSN 校验位不符（{clip(printed, 40)}）：期刊身份需人工核对"
        return None

    def bought(doc: Document) -> str | None:
        unit = his_unit(doc)
        if kind is Kind.REVENUE and _unit_bought(doc, unit):
            shown = "" if employer or unit == _unit_of(doc.words, applicant.name) else "（职称证书所印）"
            return (f"中申报人单位 {clip(unit)}{shown} 是买方"
                    f"（{clip(doc.fields.get('buyer'), 40)}），是采购而不是销售收入")
        return None

    def between_others(doc: Document) -> str | None:
        # a contract between two other companies (重庆小康… and 重庆华讯…, the applicant at 重庆智造…)
        # is no sale of his unit's: a person looks (an agent's or a group's contract may be)
        # (产品开发推广技术负责人：张伟（重庆两江智造科技有限公司） on another company's summary of its
        # invoices: his unit beside him; P81, a contract between two others: his certificate's; C01)
        unit = his_unit(doc)
        if kind is Kind.REVENUE and _between_others(doc, unit):
            return (f"的当事方（{clip('、'.join(doc.fields.get('parties') or []), 60)}）都不是申报人单位 "
                    f"{clip(unit)}：不能确认是本单位的收入")
        return None

    def nobody(doc: Document) -> str | None:
        # (a claim's pages of one document filed apart: a standard's cover names nobody, its
        # foreword, cited with it, lists him among the drafters)
        if _nobody_named(doc, applicant) and not any(o is not doc and o.doc_type == doc.doc_type
                                                     and o.fields.get("applicant_rank") is not None for o in together):
            return (f"未读出任何个人姓名，也未见 {clip(applicant.name)}：不能确认是申报人本人的成果"
                    "（奖励等以个人证书为准）")
        if kind is Kind.RECOGNITION and _recognises_someone_else(doc, applicant):
            return f"未提及 {clip(applicant.name)}：认可的是单位或他人，不能确认是对申报人本人贡献的认可"
        return None

    def lesser(doc: Document) -> str | None:
        # 正高's 破格 asks a 认可 of a 重大贡献; a 复函 that says 重要贡献 (副高's word) may
        # not be one: a person weighs it
        if kind is Kind.RECOGNITION and applicant is not None and applicant.target_title is Title.PROFESSORATE_SENIOR_ENGINEER \
                and doc.doc_type == "official_recognition":
            words = "".join(doc.words.split())
            # (what it says of him: the sentences naming him, when any do; 重大贡献 said of another is not his)
            his = [s for s in re.split(r"[。；;]", words) if name and name in s] or [words]
            if any("重要贡献" in s for s in his) and not any(re.search(r"(?:重大|突出)贡献", s) for s in his):
                return "认可的是「重要贡献」，正高级工程师的破格条件要求「重大贡献」：需人工核对"
        return None

    def straddles(doc: Document) -> str | None:
        # a sum earned over months that begin before the current title (2018年1月至2022年12月累计,
        # the title in 2019): what of it came after cannot be told from the total
        start, end = doc.fields.get("period_start"), doc.fields.get("period_end")
        title_date = applicant.current_title_date if applicant is not None else None
        if kind is not Kind.REVENUE or not (start and end) or title_date is None:
            return None
        try:
            first, last = PartialDate.parse(start), PartialDate.parse(end)
        except ValueError:
            return None
        if first.earliest() < title_date.earliest() and last.latest() >= title_date.earliest():
            return (f"的收入期间 {start} 至 {end} 始于取得现有职称（{title_date}）之前，"
                    "其中任现职后的收入无法从合计中分出")
        return None

    def namesake(doc: Document) -> str | None:
        # a paper's 作者简介 gives its author's birth year (张伟（1996—）): another year than the
        # applicant's certificates print is a namesake's paper
        if kind not in (Kind.PAPER, Kind.BOOK) or not name:
            return None
        born = _author_born(doc.words, name)
        if born is None:
            return None
        # (his own certificates: made out to him, or whose holder was not read and which print his name)
        own = {year: d for d in documents if d.doc_type in ("title_certificate", "degree_certificate")
               and ("".join(str(d.fields.get("holder") or "").split()) == name
                    or not d.fields.get("holder") and printed_alone(name, d.words, []))
               for year in _birth_years(d.words)}
        if own and born not in own:
            first = min(own)
            return (f"的作者简介写 {name} 生于 {born} 年，而 {own[first].label} 中申报人生于 {first} 年："
                    "可能是同名他人的成果")
        return None

    def abroad(doc: Document) -> str | None:
        # 附则（十）asks a book 公开出版 with an ISBN; an ISBN of 香港, 澳门 or 台湾 (978-988, 978-962 …)
        # on a book sold in the mainland without CIP data is how 书号 are bought: a person looks
        where = _isbn_abroad(doc.fields.get("isbn")) if kind is Kind.BOOK and doc.doc_type == "book" else None
        return f"的 ISBN {clip(doc.fields.get('isbn'), 20)} 为{where}书号（境外出版）：是否按公开出版认定，需人工核对" if where else None

    return [("evidence_withdrawn", withdrawn), ("invalid_patent_number", unchecked), ("invalid_issn", unchecked_issn),
            ("kind_mismatch", abroad),
            ("namesake", namesake), ("before_current_title", straddles), ("name_not_found", unplaced), ("kind_mismatch", ended), ("kind_mismatch", bought),
            ("name_not_found", between_others), ("kind_mismatch", lambda doc: _not_yet(doc, kind)),
            ("name_not_found", nobody), ("kind_mismatch", lesser)]


def _isbn_abroad(isbn: object) -> str | None:
    """The region outside the mainland an ISBN's registration group belongs to (香港, 澳门, 台湾),
    by python-stdnum's own table of the groups' agencies; else None.

    >>> _isbn_abroad("978-988-8829-14-7"), _isbn_abroad("9789628012345"), _isbn_abroad("978-7-111-12345-7")
    ('香港', '香港', None)
    """
    from stdnum import isbn as isbns, numdb

    digits = re.sub(r"[^0-9Xx]", "", str(isbn or ""))
    digits = isbns.to_isbn13(digits) if len(digits) == 10 and isbns.is_valid(digits) else digits
    if len(digits) != 13:
        return None
    agencies = [props.get("agency") for _, props in numdb.get("isbn").info(digits[:12])]
    return next((_ABROAD[a] for a in agencies if a in _ABROAD), None)


_ABROAD = {"Hong Kong, China": "香港", "Macau": "澳门", "Taiwan": "台湾"}


# Papers that precede what they announce: a list put up for objections (拟认定名单的公示), a pool of
# experts one is drawn into, a bid won before any contract is signed.
_PENDING = re.compile(r"拟认定|拟命名|拟入选|拟授予|公示期|予以公示")
_POOL = re.compile(r"专家库|入库专家|专家名单")
_BID = re.compile(r"中标通知书|成交通知书|中标通知")
# A letter of intent (采购意向书, 合作意向, 备忘录), and any paper saying it commits no one to buy
# (不构成任何一方的采购或供货承诺): no sale.
_INTENT = re.compile(r"意向书|意向协议|合作意向|采购意向|备忘录")
_UNCOMMITTED = re.compile(r"不构成[^。；;]{0,16}?(?:采购|供货|购买|销售|付款|合同)?[^。；;]{0,6}?(?:承诺|义务|合同关系)")
# A framework agreement whose sum binds no one (预计采购金额…不作为结算和付款依据, 以具体订单为准).
_UNBINDING = re.compile(r"不作为(?:结算|付款|合同)|预计(?:采购|合作|交易)?(?:金额|总额)|以(?:具体|实际)(?:订单|合同)为准")


# The fields that say what an achievement is about: its title, its project, its journal.
_SUBJECTS = ("title", "project_title", "software_name", "journal", "award_name", "cn")


# A unit's revenue in all (营业收入 of the year, audited), with nothing said of what it sold.
_UNIT_REVENUE = re.compile(r"营业收入|营业总收入|主营业务收入")
_PRODUCT = re.compile(r"产品|系统|平台|软件|装备|设备|服务|项目|生产线|解决方案|装置|网关|模组|传感器|机器人")


def _whole_unit(doc: Document) -> bool:
    """A statement of one unit's whole revenue (…公司2024年度经审计的营业收入为12,350万元): one party
    and no product or service it names (the unit's own name aside)."""
    parties = doc.fields.get("parties") or []
    if len(parties) > 1 or not _UNIT_REVENUE.search(doc.words):
        return False
    words = doc.words
    for name in parties:
        words = words.replace(name, "")
    # the sentences that give a revenue figure: a product named in another sentence (公司主要产品
    # 包括…) does not make the unit's whole 营业收入 that product's
    said = [s for s in re.split(r"[。；;]", words) if _UNIT_REVENUE.search(s) and re.search(r"\d", s)]
    return bool(said) and not any(_PRODUCT.search(s) for s in said)


def _not_yet(doc: Document, kind: Kind) -> str | None:
    """Why ``doc`` does not yet show the achievement claimed of ``kind``, or None."""
    head = doc.words[:60]
    if kind is Kind.RECOGNITION and doc.doc_type == "official_recognition":
        if _PENDING.search(doc.words):
            return "是公示（拟认定、公示期内），不是认定结果"
        if _POOL.search(head):
            return "是专家库入库名单，不是对个人贡献的认可"
    if kind is Kind.STANDARD and doc.doc_type == "standard":
        # a standard's cover that says it is a stage of drafting (报批稿 over GB/T 43210-2023): not
        # issued, whatever number and dates it plans; a person looks
        draft = draft_stage(doc.words)
        if draft:
            return f"封面注明为「{draft}」，是标准的草案阶段，尚未发布"
    if kind is Kind.REVENUE and doc.doc_type == "revenue_proof":
        why = _no_sale(doc, head)
        if why:
            return why
    other = off_field(*(doc.fields.get(k) for k in _SUBJECTS), classification=doc.fields.get("classification"))
    if other:
        return (f"所涉领域（{other}）看来与工业互联网与智能制造不相近相关（第十六条（七）：业绩成果均指与申报专业"
                "相近相关的业绩成果）")
    return None


def _no_sale(doc: Document, head: str) -> str | None:
    """Why a revenue paper shows no sale of the field yet, or None."""
    if _BID.search(head):
        return "是中标（成交）通知书，合同尚未签订，不是已实现的收入"
    if ("框架" in head or _INTENT.search(head)) and _UNBINDING.search(doc.words) or _UNCOMMITTED.search(doc.words):
        return "是框架协议或意向书，所写金额为预计、不作为结算依据，不是已实现的收入"
    if draft_said(head) or binds_no_one(doc.words):
        return "是合同草案（讨论稿、征求意见稿，或写明不具有法律效力），未签订，不是已实现的收入"
    if _whole_unit(doc):
        return ("只证明单位的营业收入总额，未写明申报人参与开发推广的产品或服务及其收入（第十一条（二）3 等为"
                "相关产品或服务的新增营收）")
    product = unrelated_product(doc.words) if len(doc.fields.get("parties") or []) <= 1 else None
    if product:
        return (f"证明的是「{product}」的收入，看来不是工业互联网与智能制造相关的产品或服务（第十一条（二）3，"
                "第十六条（七））")
    goods = unrelated_sale(head, doc.words)
    if goods:
        return (f"所售是「{goods}」，不是与申报专业相近相关的产品或服务（第十六条（七）），"
                "不能作为本专业的经济效益")
    return None


def _recognises_someone_else(doc: Document, applicant: Applicant) -> bool:
    """A 认可公文 cited for the applicant's own contribution (第十三条（三）6, 第十五条（三）5) that
    never names him: a unit's praise, or another person's (…韩立新同志…).  What it recognises is
    not shown to be his, until a person looks."""
    if applicant is None or not applicant.name or doc.doc_type != "official_recognition":
        return False
    return not printed_alone(applicant.name, doc.words)  # (…欧阳明同志… recognises no 阳明)


def _unusable(docs: list[Document]) -> str:
    """Why a file of the bundle, read, evidences nothing: what its reading made of it
    (像专利证书…，但标题为专利申请受理通知书), or that it could not be read."""
    stamped = next((i["message"] for d in docs for i in d.issues if i.get("code") == VOID_CODE), None)
    if stamped:
        return f"不能作为佐证：{clip(stamped.split('：')[0], 40)}"
    reasons = [r for d in docs for r in d.reasons[:1]]
    if not reasons or any(i.get("code") == "unreadable_file" for d in docs for i in d.issues):
        return "无法识别或无法读取"
    return f"不能作为佐证：{clip(reasons[0], 160)}"


# A contract's own number where it prints it: 合同编号：CQZZ-2023-018, 合同号 HT2023-07.
_CONTRACT_NUMBER = re.compile(r"(?:合同|协议|订单)(?:编号|号)[:：]?([A-Za-z0-9][A-Za-z0-9\-_/]{5,30})")


def _alnum(text: str) -> str:
    """Letters and digits only, upper case: how a contract number is compared (CQZZ-2023-018 is
    CQZZ2023018 wherever it is printed)."""
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


def _contract_numbers(doc: Document) -> set[str]:
    """The contract numbers ``doc`` prints as its own (``_CONTRACT_NUMBER``), compared form."""
    return {_alnum(m.group(1)) for m in _CONTRACT_NUMBER.finditer(doc.words)}


def _names_number(doc: Document, number: str) -> bool:
    """``doc``'s words name ``number`` anywhere (备注：合同CQZZ2023-018全额结算), six characters at least,
    whole: never inside a longer number (HT-2023-01 in HT-2023-015) or a date's digits (20230315 in
    2023年03月15日).

    >>> d = Document("c.pdf", "", 1, "text_layer", "revenue_proof", 1.0, words="备注:合同CQZZ2023-018全额结算,2023年03月15日")
    >>> _names_number(d, "CQZZ2023018"), _names_number(d, "CQZZ202301"), _names_number(d, "20230315")
    (True, False, False)
    """
    if len(number) < 6:
        return False
    # the number as printed, its letters and digits with any separators between them
    pattern = r"[-_/—－\s.]?".join(map(re.escape, number))
    return re.search(r"(?<![A-Za-z0-9])" + pattern + r"(?![A-Za-z0-9])", doc.words, re.I) is not None


def _settling(docs: list[Document], earlier: list[Document]) -> tuple[Document, Document, str] | None:
    """(a document of ``docs``, the earlier one, what ties them) when one of ``docs`` names the
    contract number another revenue paper already counted prints as its own, or the other
    way round (an invoice settling a contract, the contract of an invoice), or when one is the
    other's 技术合同认定登记证明 (``_registers``)."""
    for doc in docs:
        for other in earlier:
            if other.key == doc.key:
                continue
            for number in sorted(_contract_numbers(other)):
                if _names_number(doc, number):
                    return doc, other, f"编号 {number}"
            for number in sorted(_contract_numbers(doc)):
                if _names_number(other, number):
                    return doc, other, f"编号 {number}"
            tie = _registers(doc, other) or _registers(other, doc)
            if tie:
                return doc, other, tie
    return None


def _a_record(doc: Document) -> bool:
    """A paper that records a sale made under a contract, never the contract: an invoice, a receipt
    or a bank slip, or the contract's 技术合同认定登记证明."""
    return a_payment(doc.words) or registered_contract(doc.words) is not None


def _registers(registration: Document, contract: Document) -> str | None:
    """What shows ``registration`` (a 技术合同认定登记证明) is ``contract``'s, a contract of its own:
    the 合同名称 it registers printed at the contract's head, or the same parties and the same
    sum (CI S7: a 50万 transfer and its registration, no number in common, read 100)."""
    name = registered_contract(registration.words)
    if name is None or contract.doc_type != "revenue_proof" or _a_record(contract):
        return None
    if "".join(name.split()) in contract.words[:200]:
        return f"《{name}》"
    parties = registration.fields.get("parties") or []
    if len(parties) >= 2 and set(parties) == set(contract.fields.get("parties") or []) \
            and _same_value("amount_wan", registration.fields.get("amount_wan"), contract.fields.get("amount_wan")):
        return f"《{name}》"
    return None


def _fitting(claim: Claim, docs: list[Document]) -> list[Document]:
    """Of the documents of one file (a 合订本) that a claim cites, the one it is about: of the
    claimed kind, and when several are, the one that agrees with the claim on most of what
    both state (date, rank, level, type, identifiers), the first on a tie.  The others are
    left to count on their own."""
    a = claim.achievement
    fit = [d for d in docs if a.kind in kinds_of(d.doc_type)]
    if len(fit) <= 1:
        return fit or docs[:1]  # none of the kind: the first, to say what it is (kind_mismatch)

    def agreement(doc: Document) -> int:
        facts = facts_from_document(doc, a.kind)
        score = 0
        for key, shown in facts.items():
            claimed = getattr(a, key, None)
            if claimed is None or shown is None:
                continue
            same = _same_date(claimed, shown) if key == "date" else claimed == shown
            score += 1 if same else -1
        return score
    best = max(agreement(d) for d in fit)
    return [next(d for d in fit if agreement(d) == best)]


def _recommenders(documents: list[Document], applicant: Applicant, issues: list[dict[str, Any]],
                  home: str | None = None, firm: bool = False, as_of: PartialDate | None = None) -> int:
    """Recommenders, each a 正高级工程师, of this applicant (破格 needs two), one a person: a letter
    gives one, a joint form (``co_recommenders``) one an expert.  A letter for a namesake of
    another unit (被推荐人 张伟，工作单位：another company) recommends someone else."""
    count = 0
    recommenders: dict[str, str] = {}  # name → the file of his first letter
    for doc in documents:
        if doc.doc_type != "recommendation_letter":
            continue
        f = doc.fields
        doubt = next((i for i in doc.issues if i.get("code") in ("recommendation_declined", "recommendation_unclear",
                                                                  "recommendation_unsigned")), None)
        if doubt is not None:  # (the letter's own issue says why: never counted on an unread or declined verdict)
            continue
        if applicant.name and f.get("candidate") and f["candidate"] != applicant.name:
            issues.append(issue("warning", "name_not_found",
                                f"推荐信推荐的是 {f['candidate']}，不是 {applicant.name}", file=doc.file))
            continue
        signed = PartialDate.parse(str(f["date"])) if f.get("date") else None
        if as_of is not None and signed is not None and signed.earliest() > as_of.latest():
            # (a letter signed after the review's closing day was not among the papers by it)
            issues.append(issue("warning", "future_date",
                                f"推荐信的日期 {signed} 晚于评审截止日 {as_of}：截止日尚无此推荐，不计入，需人工核对",
                                file=doc.file, needs_review=True))
            continue
        elsewhere = _unit_of(doc.words, applicant.name) if home else None
        if elsewhere and not _same_unit(elsewhere, home):
            # Counted on the title certificate's word alone (its unit may be his former one), the
            # letter may be for a namesake: an error, so that no 符合 rests on it until a person looks.
            issues.append(issue("warning" if firm else "error", "name_not_found",
                                f"推荐信推荐的 {applicant.name} 工作单位为{elsewhere}，不是申报人的单位（{home}）：可能是同名他人，"
                                + ("不计入，需人工核对" if firm else "需人工核对（职称证书所印单位可能是原单位）"),
                                file=doc.file, needs_review=True))
            if firm:
                continue
        if f.get("target_title") and applicant.target_title is not None and f["target_title"] != applicant.target_title.value:
            # a letter for 破格申报工程师 recommends nobody for 高级工程师 (第十三条（三）, 第十五条（三）)
            issues.append(issue("warning", "kind_mismatch",
                                f"推荐信推荐申报的是{_title_zh(f['target_title'])}，不是本次申报的{applicant.target_title.zh}，不计入",
                                file=doc.file))
            continue
        experts = [(f.get("recommender"), f.get("recommender_title"), f.get("recommender_specialty"))] + [
            (c.get("recommender"), c.get("recommender_title"), c.get("recommender_specialty"))
            for c in f.get("co_recommenders") or [] if isinstance(c, dict)]
        for name, held, field in experts:
            other = off_specialty(field)
            if other:
                # 本专业或相近专业正高级工程师: a recommender of another field is a reviewer's question
                issues.append(issue("warning", "recommender_not_qualified",
                                    f"推荐人 {name or '?'} 的从事专业为{field}（{other}），"
                                    "看来不是本专业或相近专业（第十三条（三）、第十五条（三））：暂不计入，需人工核对",
                                    file=doc.file, needs_review=True))
                continue
            if held != Title.PROFESSORATE_SENIOR_ENGINEER.value:
                shown = _title_zh(held) if held in {t.value for t in Title} else held
                issues.append(issue("warning", "recommender_not_qualified",
                                    f"推荐人 {name or '?'} 的职称"
                                    + (f"为{shown}，不是正高级工程师（第十三条（三）、第十五条（三）要求正高级工程师推荐）"
                                       if shown else "未能读出，不能确认是正高级工程师") + "，不计入",
                                    file=doc.file))
                continue
            # (his own title certificate filed beside his letter says what he holds: a 高级工程师's letter
            # calling him 正高级工程师 recommends as a 高级工程师, CH E3)
            own = [d for d in documents if d.doc_type == "title_certificate" and name
                   and "".join(str(d.fields.get("holder") or "").split()) == "".join(name.split()) and d.fields.get("title")]
            if own and not any(d.fields["title"] == Title.PROFESSORATE_SENIOR_ENGINEER.value for d in own):
                issues.append(issue("warning", "recommender_not_qualified",
                                    f"推荐人 {name} 的职称证书（{own[0].label}）为{_title_zh(own[0].fields['title'])}，"
                                    "与推荐信所写的正高级工程师不符：不计入，需人工核对", file=doc.file, needs_review=True))
                continue
            # 破格 asks for two 正高级工程师: two letters by one of them are one recommender
            who = "".join((name or "").split())
            if who and who in recommenders:
                issues.append(issue("warning", "duplicate_evidence",
                                    f"推荐人 {who} 已有一封推荐信（{recommenders[who]}），同一推荐人只计一次", file=doc.file))
                continue
            if who:
                recommenders[who] = doc.file
            count += 1
    return count


def _level_shown(doc: Document) -> Education:
    """The education a certificate shows in the rules' terms: a master's or doctor's diploma
    that confers no degree (研究生毕业证书, ``conferred`` False) shows a 研究生学历, above the
    大学本科学历 the rules accept beside 学士学位, and no 硕士学位 or 博士学位."""
    level = Education(doc.fields["education"])
    if level.is_postgraduate and doc.fields.get("conferred") is False:
        return Education.BACHELOR
    return level


def _not_yet_held(doc: Document, as_of: PartialDate | None, issues: list[dict[str, Any]]) -> bool:
    """A degree or diploma dated after the day the case is judged to: not held on that day."""
    date = doc.fields.get("date")
    if as_of is None or not date:
        return False
    try:
        day = PartialDate.parse(date)
    except ValueError:  # (DateFormatError) a date the reader could not make whole is no evidence of lateness
        return False
    if day.earliest() <= as_of.latest():
        return False
    doubt = _doubtful(doc, "date")
    if doubt is not None:  # a scan's doubtful figure: not counted, and a person looks
        issues.append(issue("warning", "future_date",
                            f"学历学位证书的日期识别为 {day}，晚于评审截止日 {as_of}，但识别置信度只有 {doubt:.2f}："
                            "暂不计入，需人工核对", file=doc.file, needs_review=True))
    else:
        issues.append(issue("error", "future_date",
                            f"学历学位证书的日期 {day} 晚于评审截止日 {as_of}：截止日尚未取得，不计入", file=doc.file))
    return True


def check_profile(documents: list[Document], applicant: Applicant,
                  as_of: PartialDate | None = None) -> tuple[Applicant, list[dict[str, Any]]]:
    """The profile against the title and degree certificates; the documents' facts count.

    The returned applicant's ``shown`` says which of education, current_title and
    current_title_date a certificate of the applicant's own shows (CONTRACT §6.2): only those
    let a basic condition or a 破格 prerequisite be met.
    """
    issues: list[dict[str, Any]] = []
    updates: dict[str, Any] = {}
    shown: set[str] = set()
    documents = [d for d in documents if not voided(d)]  # (a certificate stamped 作废 shows nothing)
    titles = [d for d in documents if d.doc_type == "title_certificate" and d.fields.get("title")]
    current = [d for d in titles if d.fields["title"] == applicant.current_title.value]
    if applicant.current_title is not Title.NONE and not current:
        held = "、".join(f"{_title_zh(d.fields['title'])}（{d.file}）" for d in titles) or "没有职称证书"
        issues.append(issue("warning", "title_not_shown",
                            f"申报信息的现有职称为{applicant.current_title.zh}，材料中没有对应的职称证书：{held}"))
    for doc in current:
        if not _check_holder(doc, applicant, issues):
            continue
        shown.add("current_title")
        date = doc.fields.get("date")
        if not date:
            issues.append(issue("warning", "missing_date", "职称证书上未能读出取得日期，需人工核对", file=doc.file))
            break
        on_paper = PartialDate.parse(date)
        declared = applicant.current_title_date
        if declared is None or _same_date(declared, on_paper):
            updates["current_title_date"] = on_paper
            shown.add("current_title_date")
        else:
            doubt = _doubtful(doc, "date")
            if doubt is not None:
                issues.append(issue("warning", "date_mismatch",
                                    f"申报信息的现有职称日期为 {declared}，职称证书识别为 {on_paper}，但识别置信度只有 "
                                    f"{doubt:.2f}：需人工核对（字段 date）", file=doc.file, needs_review=True))
            else:
                issues.append(issue("error", "date_mismatch",
                                    f"申报信息的现有职称日期为 {declared}，职称证书为 {on_paper}；以证书为准",
                                    file=doc.file))
                updates["current_title_date"] = on_paper
                shown.add("current_title_date")
        break
    _higher_title(titles, applicant, as_of, updates, shown, issues)
    degrees = [d for d in documents if d.doc_type == "degree_certificate" and d.fields.get("education")]
    own = [d for d in degrees if _check_holder(d, applicant, issues)]
    own = [d for d in own if not _not_yet_held(d, as_of, issues)]
    if own:
        highest = max((_level_shown(d) for d in own), key=education_rank)
        shown.add("education")
        if education_rank(highest) < education_rank(applicant.education):
            diplomas = [d for d in own if d.fields.get("conferred") is False
                        and education_rank(Education(d.fields["education"])) >= education_rank(applicant.education)]
            if diplomas:
                issues.append(issue(
                    "error", "education_mismatch",
                    f"申报信息的学历为{applicant.education.zh}，材料中只有{Education(diplomas[0].fields['education']).zh}研究生的"
                    f"毕业证书（{diplomas[0].file}），未见{applicant.education.zh}学位证书：条件所称"
                    f"{applicant.education.zh}学位以学位证书为准，研究生学历按{highest.zh}计", file=diplomas[0].file))
            else:
                issues.append(issue("error", "education_mismatch",
                                    f"申报信息的学历为{applicant.education.zh}，学历学位证书最高为{highest.zh}；以证书为准"))
            updates["education"] = highest
    elif not degrees:
        issues.append(issue("warning", "education_not_shown", f"材料中没有学历或学位证书（申报信息为{applicant.education.zh}）"))
    # (the day the education judged was obtained: its certificates' earliest, for the years counted after it)
    level = updates.get("education", applicant.education)
    dated = [day for d in own if _level_shown(d) is level for day in [as_date(d.fields.get("date"))] if day is not None]
    if dated:
        updates["education_date"] = min(dated, key=lambda day: day.earliest())
    # (the lower educations the certificates show too, each with its earliest date)
    lower: dict[Education, PartialDate | None] = {}
    for d in own:
        shown_level, day = _level_shown(d), as_date(d.fields.get("date"))
        if education_rank(shown_level) < education_rank(level):
            known = lower.get(shown_level)
            lower[shown_level] = day if known is None or day is not None and day.earliest() < known.earliest() else known
    if lower:
        updates["lower_educations"] = tuple(sorted(lower.items(), key=lambda e: -education_rank(e[0])))
    if applicant.professional_degree and applicant.education.is_postgraduate:
        # 第十七条's year less rests on an engineering professional degree: its certificate says
        # which kind it is (授予工程硕士专业学位), or says another (工学硕士, 工商管理硕士)
        kinds = [d.fields.get("professional_degree") for d in own if d.fields.get("education") in ("master", "doctorate")]
        if True in kinds:
            shown.add("professional_degree")
        elif False in kinds:
            doc = next(d for d in own if d.fields.get("professional_degree") is False)
            issues.append(issue("error", "professional_degree_mismatch",
                                "申报信息为工程类研究生专业学位，学位证书显示为学术学位或非工程类专业学位；"
                                "以证书为准，不适用第十七条提前申报", file=doc.file))
            updates["professional_degree"] = False
    _status_papers(documents, applicant, as_of, updates, issues)
    _one_person(documents, applicant, shown, issues)
    updates["shown"] = frozenset(shown)
    return Applicant(**{**vars(applicant), **updates}), issues


def _author_born(words: str, name: str) -> int | None:
    """The birth year a paper's 作者简介 gives ``name`` (张伟（1996—），男; 张伟（1996.05—）;
    张伟（男，1996—）; 张伟，男，1996年生; 张伟，1996年生), else None — never a citation's year
    (张伟（2020）提出了…: no dash after it).

    >>> _author_born("作者简介：张伟（1996—），男，重庆人，博士研究生", "张伟"), _author_born("张伟，男，1989年5月生，工程师", "张伟")
    (1996, 1989)
    >>> _author_born("作者简介  张伟（1996.05—）", "张伟"), _author_born("张伟（男，1996—）", "张伟"), _author_born("张伟，1996年生，男", "张伟")
    (1996, 1996, 1996)
    >>> _author_born("作者简介：张伟强（1996—），男", "张伟") is None, _author_born("张伟（2020）提出了一种方法", "张伟") is None
    (True, True)
    """
    plain = re.sub(r"\s+", "", words)
    # (not inside a longer name, 张伟强 or 李张伟; after a caption, 作者简介张伟, it stands)
    before = r"(?:(?<![\u4e00-\u9fff])|(?<=简介)|(?<=作者))"
    year = r"((?:19|20)\d\d)"
    for pattern in (rf"{before}{re.escape(name)}[（(](?:[男女][，,、])?{year}(?:[.．/年]\d{{1,2}}月?)?[-—–－~～]",
                    rf"{before}{re.escape(name)}[，,](?:[男女][，,])?{year}年(?:\d{{1,2}}月)?(?:出)?生"):
        match = re.search(pattern, plain)
        if match:
            return int(match.group(1))
    return None


def _birth_years(words: str) -> set[int]:
    """The birth years a certificate prints: after 出生年月 / 出生日期, a day followed by 生
    (一九八九年五月十二日生), or in an unmasked 身份证号.

    >>> sorted(_birth_years("出生年月：1989年5月 身份证号：500112********3517"))
    [1989]
    >>> sorted(_birth_years("学生张伟，性别男，一九八九年五月十二日生，于二〇〇八年九月至二〇一二年六月在本校学习"))
    [1989]
    """
    from extractor.fields.dates import find_dates

    years = {int(middle[:4]) for _, middle, _ in _id_numbers(words) if middle[:4].isdigit()}
    for found in find_dates(words):
        start, end = found.span
        if words[end:end + 1] == "生" and words[end:end + 2] not in ("生效", "生产") \
                or re.search(r"(?:出生(?:年月|日期)?|生于)[:：]?\s*$", words[max(0, start - 8):start]):
            years.add(found.value.year)
    return years


def _id_numbers(words: str) -> set[tuple[str, str, str]]:
    """The 身份证号 a paper prints, each as (region, birthday's eight digits with ``*`` where
    masked, sequence's three digits): an eighteen-digit number whole or masked, and an old
    fifteen-digit one (its year in two digits, 19 before them).  A region code first, and a
    birthday that can be one where it is printed (a certificate's own eighteen-digit number is
    no ID).

    >>> sorted(_id_numbers("身份证号：500112198305126617 证书编号：202300000000000011"))
    [('500112', '19830512', '661')]
    >>> _id_numbers("证件号码 510213********0031"), _id_numbers("身份证 510213890715003")
    ({('510213', '********', '003')}, {('510213', '19890715', '003')})
    """
    found = set()
    for match in re.finditer(r"(?<![\d*＊])(\d{6})([\d*＊]{8})(\d{3})[\dXx](?![\d*＊])"
                             r"|(?<![\d*＊])(\d{6})(\d{6})(\d{3})(?![\d*＊Xx])", words):
        if re.search(r"(?:编号|证书号|(?<!身份)证号|登记号|档案号|流水号)[:：]?\s*$", words[max(0, match.start() - 8):match.start()]):
            continue  # (a diploma's own number, 证书编号：106111201205012345, is no one's ID)
        region, middle, seq = (match.group(1), match.group(2), match.group(3)) if match.group(1) else \
            (match.group(4), "19" + match.group(5), match.group(6))
        if not match.group(1) and int(match.group(5)[:2]) < 20:
            continue  # (an old fifteen-digit number is born in 19xx; 500112000123456 is a company's 注册号)
        middle = middle.replace("＊", "*")
        if region[0] not in "12345678":
            continue
        year, month, day = middle[:4], middle[4:6], middle[6:]
        if year.isdigit() and not 1900 <= int(year) <= 2030 or month.isdigit() and not 1 <= int(month) <= 12 \
                or day.isdigit() and not 1 <= int(day) <= 31:
            continue
        found.add((region, middle, seq))
    return found


def _one_man(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Whether two ID numbers as read (``_id_numbers``) can be one man's: one region, one
    sequence, and the birthday's digits both show alike.

    >>> _one_man(("510213", "19880715", "003"), ("510213", "1988****", "003"))
    True
    >>> _one_man(("510213", "19880715", "003"), ("510213", "1989****", "003"))
    False
    """
    return a[0] == b[0] and a[2] == b[2] and all(x == y for x, y in zip(a[1], b[1]) if "*" not in (x, y))


def _shown_ids(ids: set[tuple[str, str, str]]) -> str:
    """ID numbers as an issue names them: region and sequence, the birthday left out."""
    return "/".join(f"{r}…{q}" for r, _, q in sorted(ids))


def _one_person(documents: list[Document], applicant: Applicant, shown: set[str],
                issues: list[dict[str, Any]]) -> None:
    """His degree and his title certificate print 身份证号 that cannot be one man's (another
    region or another ending; a masked number is compared on what it keeps): two namesakes'
    papers, and which is his a person must tell — neither shows his education or his title
    meanwhile."""
    name = "".join((applicant.name or "").split())
    papers = [(d, ids) for d in documents if d.doc_type in ("degree_certificate", "title_certificate")
              and name and printed_alone(name, d.words) and (ids := _id_numbers(d.words))]
    for k, (first, mine) in enumerate(papers):
        other = next(((d, ids) for d, ids in papers[k + 1:] if not any(_one_man(a, b) for a in mine for b in ids)), None)
        if other is not None:
            issues.append(issue("error", "identity_mismatch",
                                f"材料 {first.label} 与 {other[0].label} 所印身份证号不一致（{_shown_ids(mine)} 与 {_shown_ids(other[1])}）："
                                "不能确认都是申报人本人的证书，需人工核对",
                                file=other[0].file, files=[first.file, other[0].file]))
            shown -= {"education", "current_title", "current_title_date", "professional_degree"}
            return
    # (or the years they say he was born in: 一九九二年八月三日生 on the degree, 出生年月：1989年5月 on
    # the title certificate; where both print an ID that agrees, the ID says more)
    born = [(d, years, _id_numbers(d.words)) for d in documents if d.doc_type in ("degree_certificate", "title_certificate")
            and name and printed_alone(name, d.words) and (years := _birth_years(d.words))]
    for k, (first, years, ids) in enumerate(born):
        other = next(((d, y) for d, y, theirs in born[k + 1:] if not years & y
                      and not (ids and theirs and any(_one_man(a, b) for a in ids for b in theirs))), None)
        if other is not None:
            issues.append(issue("error", "identity_mismatch",
                                f"材料 {first.label} 与 {other[0].label} 所印出生年份不一致（{'、'.join(map(str, sorted(years)))} 与 "
                                f"{'、'.join(map(str, sorted(other[1])))}）：不能确认都是申报人本人的证书，需人工核对",
                                file=other[0].file, files=[first.file, other[0].file]))
            shown -= {"education", "current_title", "current_title_date", "professional_degree"}
            return


def _higher_title(titles: list[Document], applicant: Applicant, as_of: PartialDate | None,
                  updates: dict[str, Any], shown: set[str], issues: list[dict[str, Any]]) -> None:
    """A title certificate of the applicant's own above the title the profile declares (he
    declares 工程师 and the bundle holds his 高级工程师 certificate): the certificate counts, and
    the years and the route are judged from it — he may already hold what he applies for."""
    engineering = {t.value for t in Title}
    # (a namesake's certificate: its 身份证号 differs from the one on his own certificates)
    own_ids = {i for d in titles if d.fields["title"] == applicant.current_title.value for i in _id_numbers(d.words)}
    held = []
    for doc in titles:
        ids = _id_numbers(doc.words)
        if own_ids and ids and not any(_one_man(a, b) for a in own_ids for b in ids):
            continue
        value = doc.fields["title"]
        date = PartialDate.parse(str(doc.fields["date"])) if doc.fields.get("date") else None
        if value not in engineering or Title(value).rank <= applicant.current_title.rank:
            continue
        if as_of is not None and date is not None and date.earliest() > as_of.latest():
            continue  # (one dated after the day judged is not yet held)
        if _check_holder(doc, applicant, []) and "".join(applicant.name.split()) in "".join(str(doc.fields.get("holder") or "").split()):
            held.append((Title(value), date, doc))
    if not held:
        return
    title, date, doc = max(held, key=lambda h: h[0].rank)
    issues.append(issue("error", "status_mismatch",
                        f"材料 {doc.label} 是申报人本人的{title.zh}职称证书{f'（{date}）' if date else ''}，"
                        f"高于申报信息的现有职称{applicant.current_title.zh}：以证书为准", file=doc.file))
    updates["current_title"] = title
    shown.add("current_title")
    if date is not None:
        updates["current_title_date"] = date
        shown.add("current_title_date")


# Papers about the applicant himself that bar him (第三条, 第五条) or say he was not found fit
# (经考察合格: 第六条 to 第十条): what the profile declares, a paper of the bundle may refute.
_RETIRED = re.compile(r"退休证|离休证|退休审批表|退休证明|办理退休手续|批准退休")
_CIVIL_SERVANT = re.compile(r"参照公务员法管理|参公(?:单位|人员)|公务员登记表|公务员登记")
_NOT_FIT = re.compile(r"考察(?:结论|意见|结果)[:：]?\s*(?:为)?\s*[“\"]?不合格|考察不合格|经考察[,，]?不同意")
_SANCTION = re.compile(r"(?:给予|决定给予|予以)[^。；;]{0,24}?(严重警告|警告|记大过|记过|降低岗位等级|降级|撤职|留党察看|开除)")
_SHORT_OF = re.compile(r"不合格|未达到|未达标|未完成|学时不足|不予认定")
_PERIOD = re.compile(r"(?:处分期|影响期|处分期限|受处分期间)[^。；;\d一二三四五六七八九十]{0,6}"
                     r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*个?月")


def _status_papers(documents: list[Document], applicant: Applicant, as_of: PartialDate | None,
                   updates: dict[str, Any], issues: list[dict[str, Any]]) -> None:
    """The profile against papers of the bundle that speak of the applicant himself: his
    退休证, a 参照公务员法管理 registration, a 考察 form that found him unfit, a 处分 decision
    and its period.  Each names him, or it is someone else's."""
    from extractor.fields.dates import find_dates
    from extractor.fields.numerals import to_int

    name = "".join((applicant.name or "").split())
    if not name:
        return
    for doc in documents:
        if doc.doc_type in ("degree_certificate", "title_certificate") or not printed_alone(name, doc.words):
            continue
        words = doc.words
        if _RETIRED.search(words[:80]) and not applicant.retired:
            updates["retired"] = True
            issues.append(issue("error", "status_mismatch", f"材料 {doc.label} 是申报人的退休证明，申报信息称未离退休；"
                                "以材料为准：离退休人员不适用本条件（第三条）", file=doc.file))
        if _CIVIL_SERVANT.search(words) and not applicant.civil_servant:
            updates["civil_servant"] = True
            issues.append(issue("error", "status_mismatch", f"材料 {doc.label} 显示申报人为参照公务员法管理人员，"
                                "申报信息称不是；以材料为准（第三条）", file=doc.file))
        if _NOT_FIT.search(words) and applicant.assessment_passed is not False:
            updates["assessment_passed"] = False
            issues.append(issue("error", "status_mismatch", f"材料 {doc.label} 的考察结论为不合格，申报信息称经考察合格；"
                                "以材料为准", file=doc.file))
        if "继续教育" in words[:80] and _SHORT_OF.search(words):
            # 第四条（三）is a reviewer's check, never judged; a paper saying it is not met is an error
            issues.append(issue("error", "status_mismatch", f"材料 {doc.label} 显示申报人的继续教育未达要求（考核不合格或"
                                "学时不足），不符合第四条（三）", file=doc.file, needs_review=True))
        sanction = _SANCTION.search(words)
        if sanction and applicant.sanction_until is None:
            period = _PERIOD.search(words)
            months = to_int(period.group(1)) if period else None
            dates = [d.value for d in find_dates(words) if d.value.month is not None]
            start = dates[-1] if dates else None
            until = None
            if months and start is not None:
                day = start.earliest()
                month = day.month - 1 + months
                until = PartialDate.parse(f"{day.year + month // 12:04d}-{month % 12 + 1:02d}")
            # (a decision whose period is unread bars him until a person reads it)
            updates["sanction_until"] = until or (as_of if as_of is not None else PartialDate.parse("9999-12"))
            issues.append(issue("error", "status_mismatch",
                                f"材料 {doc.label} 是对申报人的{sanction.group(1)}处分决定，申报信息未申报处分；"
                                + (f"处分期至 {until}（第五条）" if until else "处分期未能读出，需人工核对（第五条）"),
                                file=doc.file, needs_review=until is None))


def _title_zh(value: str) -> str:
    try:
        return Title(value).zh
    except ValueError:
        return value


def name_suggestion(documents: list[Document], name: str | None) -> list[dict[str, Any]]:
    """When the applicant's name is on no document at all, one issue naming the closest name
    the documents do carry (a typo in the profile), instead of one name_not_found per file."""
    if not name:
        return []
    missed = [d for d in documents if any(i["code"] == "name_not_found" for i in d.issues)]
    if not missed:
        return []
    people: dict[str, set[str]] = {}
    for doc in documents:
        if doc.fields.get("applicant_rank") is not None or name in _people_of(doc) \
                or printed_alone(name, doc.words, _people_of(doc)):
            return []  # the name is on some document: per-file issues say where it is not
        for person in _people_of(doc):
            people.setdefault(person, set()).add(doc.file)
    from rapidfuzz import fuzz, process

    best = process.extractOne(name, list(people), scorer=fuzz.ratio, score_cutoff=40) if people else None
    files = sorted({d.file for d in missed})
    if best is None:
        message = f"未在任何材料中找到申报人 {clip(name)}（{len(files)} 份材料列有人名）；请核对申报信息（profile.yaml）中的姓名"
    else:
        seen_in = sorted(people[best[0]])
        message = (f"未在材料中找到 {clip(name)}；材料中有 {best[0]}（见 {len(seen_in)} 份材料，如 {seen_in[0]}），"
                   "请核对申报信息（profile.yaml）中的姓名")
    return [issue("error", "name_not_found", message, file=files[0], files=files)]


_PEOPLE_KEYS = ("inventors", "patentees", "holders", "holder", "authors", "drafters", "leader", "members",
                "recommender", "candidate")


def _people_of(doc: Document) -> list[str]:
    out: list[str] = []
    for key in _PEOPLE_KEYS:
        value = doc.fields.get(key)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out += [v for v in value if isinstance(v, str)]
    return out


_EDUCATION_ORDER = [Education.SECONDARY_VOCATIONAL, Education.ASSOCIATE, Education.BACHELOR,
                    Education.SECOND_BACHELOR, Education.MASTER, Education.DOCTORATE]


def education_rank(education: Education) -> int:
    return _EDUCATION_ORDER.index(education)


def _check_holder(doc: Document, applicant: Applicant, issues: list[dict[str, Any]]) -> bool:
    """Whether the certificate shows the applicant's own title or degree: its holder is the
    applicant, or, when no holder was read, the applicant's name is on it all the same.  A
    certificate whose holder is unread and whose words never name the applicant may be anyone's
    (姓名：王 建 国 spaced past reading, or no name printed at all): it shows nothing until a
    person looks."""
    holder = doc.fields.get("holder")
    if applicant.name and holder and holder != applicant.name:
        if doc.text_source != "text_layer" and _misread_as(holder, applicant.name):  # (余立新 for 佘立新 may be him)
            issues.append(issue("warning", "name_not_found",
                                f"证书持有人读作 {holder}，不是 {clip(applicant.name)}，可能是识别有误：暂不采用，需人工核对",
                                file=doc.file, needs_review=True))
            return False
        issues.append(issue("error", "name_not_found", f"证书持有人为 {holder}，不是 {clip(applicant.name)}", file=doc.file))
        return False
    if applicant.name and not holder and not printed_alone(applicant.name, doc.words):
        issues.append(issue("warning", "name_not_found",
                            f"证书上未能读出持有人姓名，也未见 {clip(applicant.name)}：不能确认是申报人本人的证书，需人工核对",
                            file=doc.file, needs_review=True))
        return False
    return True
