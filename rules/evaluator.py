"""Judging a case against the conditions of its target title.

For every condition the evaluator says met or not, why, which achievements it used and,
when unmet, what is still missing.  A fact the case does not give is "not shown" and
never makes a condition met (the OpenFisca france#266 trap: everything missing ≠ True).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from stdnum import isbn as stdnum_isbn
from stdnum import issn as stdnum_issn

from identifiers import cn as cn_number

from .case import Achievement, Case
from .catalog import Catalog, Condition, EducationAlternative, load_catalog
from .dates import PartialDate, describe_span, full_years_reached_on
from .requirements import FILTER_KEYS, judge
from .verdict import ConditionResult, Issue, Verdict
from .vocabulary import Education, Kind, Title


def label(index: int) -> str:
    """How reasons name an achievement by default: counted from 1, as people count."""
    return f"成果{index + 1}"


def _describe(a: Achievement) -> str:
    what = a.kind.zh
    if a.kind is Kind.PATENT and a.patent_type:
        what = {"invention": "发明专利", "utility_model": "实用新型专利", "design": "外观设计专利"}[a.patent_type]
    return f"{what}（{a.date or '无日期'}）"


@dataclass
class Context:
    """The case plus what the evaluator derives once: which achievements may count."""

    case: Case
    catalog: Catalog
    issues: list[Issue] = field(default_factory=list)
    counted: list[tuple[int, Achievement]] = field(default_factory=list)
    excluded: dict[int, str] = field(default_factory=dict)  # index -> why it cannot count
    # certificates to add -> the articles resting on them and whether each would then be met
    unshown: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)

    @property
    def applicant(self):
        return self.case.applicant

    @property
    def as_of(self) -> dt.date:
        return self.case.as_of_day

    def issue(self, severity: str, code: str, message: str, achievement: int | None = None) -> None:
        if not any(i.code == code and i.message == message for i in self.issues):
            self.issues.append(Issue(severity, code, message, achievement))

    def label(self, index: int) -> str:
        labels = self.case.labels
        return labels[index] if labels and index < len(labels) else label(index)

    def cite(self, note_id: str) -> str:
        return self.catalog.article(note_id)


# --------------------------------------------------------------------------- windows

def _sort_into_window(ctx: Context) -> None:
    """附则（四）: only achievements from the current title's date up to as_of count."""
    title_date = ctx.applicant.current_title_date
    for index, a in enumerate(ctx.case.achievements):
        why = _outside_window(ctx, index, a, title_date)
        if why:
            ctx.excluded[index] = why
        else:
            ctx.counted.append((index, a))


def _outside_window(ctx: Context, index: int, a: Achievement, title_date: PartialDate | None) -> str | None:
    name = f"{ctx.label(index)} {_describe(a)}"
    if a.date is None:
        ctx.issue("warning", "missing_date", f"{name} 没有日期，无法确认是否任现有职称后取得，不计入", index)
        return "没有日期"
    if a.date.earliest() > ctx.as_of:
        ctx.issue("warning", "future_date", f"{name} 晚于评审截止日 {ctx.case.as_of}，不计入", index)
        return f"晚于截止日 {ctx.case.as_of}"
    if a.date.latest() > ctx.as_of:
        ctx.issue("warning", "future_date",
                  f"{name} 的日期只精确到{'年' if a.date.month is None else '月'}，可能晚于评审截止日 {ctx.case.as_of}，不计入", index)
        return f"可能晚于截止日 {ctx.case.as_of}"
    if ctx.applicant.current_title is Title.NONE:
        # No title yet (e.g. a doctorate applying for 工程师 under 第十条): there is nothing to
        # be "after"; the achievement counts from the start of engineering work if given.
        start = ctx.applicant.work_start
        if start is not None and a.date.latest() < start.earliest():
            ctx.issue("warning", "before_current_title", f"{name} 早于开始从事工程技术工作（{start}），不计入", index)
            return f"早于开始从事工程技术工作（{start}）"
        return None
    if title_date is None:
        return "现有职称取得日期未知，无法确认是否任现有职称后取得"
    if a.date.latest() < title_date.earliest():
        ctx.issue("warning", "before_current_title",
                  f"{name} 早于取得现有职称（{title_date}），依{ctx.cite('16.4')}不计入", index)
        return f"早于取得现有职称（{title_date}）"
    if a.date.earliest() < title_date.latest():
        ctx.issue("warning", "before_current_title",
                  f"{name} 与取得现有职称（{title_date}）的先后无法从日期判断，不计入；请提供精确到日的日期", index)
        return f"不能确定晚于取得现有职称（{title_date}）"
    return None


def _check_identifiers(ctx: Context) -> None:
    """Identifier and authorship problems an auditor wants flagged wherever they occur."""
    for index, a in enumerate(ctx.case.achievements):
        name = f"{ctx.label(index)} {_describe(a)}"
        if a.kind is Kind.PAPER:
            if a.cn and not cn_number.is_valid(a.cn):
                ctx.issue("warning", "invalid_cn", f"{name} 的 CN 刊号 {a.cn!r} 格式或地区码无效", index)
            if a.issn and not stdnum_issn.is_valid(a.issn):
                ctx.issue("warning", "invalid_issn", f"{name} 的 ISSN {a.issn!r} 校验不通过", index)
            rank = a.effective_rank
            if rank is not None and rank > 1:
                ctx.issue("warning", "not_first_author",
                          f"{name} 为第{rank}作者；依{ctx.cite('16.8')}论文须为独立或第一作者，不计入", index)
        if a.kind is Kind.BOOK and a.isbn and not stdnum_isbn.is_valid(a.isbn):
            ctx.issue("warning", "invalid_isbn", f"{name} 的 ISBN {a.isbn!r} 校验不通过，不计入", index)
        if a.kind is Kind.PATENT and a.granted is not True:
            state = "未授权" if a.granted is False else "未表明已授权"
            ctx.issue("warning", "patent_not_granted", f"{name} {state}；只有授权专利计入", index)


# --------------------------------------------------------------------------- deciders

def _applicability(cond: Condition, ctx: Context) -> ConditionResult:
    a = ctx.applicant
    reasons, missing = [], []
    if a.civil_servant:
        reasons.append("申报人为公务员（或参照公务员法管理人员），不适用本条件")
        missing.append("公务员（参公人员）不能按本条件申报")
    if a.retired:
        reasons.append("申报人已离退休，不适用本条件")
        missing.append("离退休人员不能按本条件申报")
    if not reasons:
        reasons.append("申报人自述：不是公务员（参公人员）或离退休人员；"
                       f"从事领域是否相关须人工审核（{ctx.cite('19')}）")
    return _result(cond, not missing, reasons=reasons, missing=missing)


def _not_barred(cond: Condition, ctx: Context) -> ConditionResult:
    until = ctx.applicant.sanction_until
    if until is None:
        return _result(cond, True, reasons=["申报人自述：没有处分或其他不得申报的情形"])
    if until.latest() < ctx.as_of:
        return _result(cond, True, reasons=[f"处分期至 {until}，已于评审截止日 {ctx.case.as_of} 前届满"])
    return _result(cond, False, reasons=[f"处分期至 {until}，评审截止日 {ctx.case.as_of} 仍在期内"],
                   missing=[f"处分期满（{until}）后方可申报"])


def _graduate_professional_degree(ctx: Context) -> bool:
    """第十七条 applies: 工程类研究生专业学位 (in ``check``, as its degree certificate shows it)."""
    a = ctx.applicant
    return a.professional_degree and a.education.is_postgraduate and (
        not ctx.case.documents_required or "professional_degree" in a.shown)


def _years_check(ctx: Context, start: PartialDate | None, start_name: str, years: int) -> tuple[bool, str, str | None]:
    """Whether ``years`` full years have passed since ``start`` by as_of: (met, reason, gap)."""
    if start is None:
        return False, f"未提供{start_name}日期，无法计算年限", f"提供{start_name}日期"
    if years == 0:
        return True, f"{start_name}：{start}", None
    reached = full_years_reached_on(start, years)
    span = describe_span(start.latest(), ctx.as_of)
    exact = "" if start.is_exact else f"（日期只精确到{'年' if start.month is None else '月'}，按最晚的 {start.latest()} 计）"
    if reached <= ctx.as_of:
        return True, f"{start_name} {start}{exact}，至 {ctx.case.as_of} 已满 {years} 年（{span}）", None
    return (False, f"{start_name} {start}{exact}，至 {ctx.case.as_of} 仅 {span}，未满 {years} 年",
            f"还需满 {years} 年：自 {start} 起，{reached} 方满（现有 {span}）")


def _title_held(ctx: Context) -> bool:
    """The current title is held by the day judged on: a certificate dated after it (a title
    conferred later, a date misdeclared) holds nothing yet.  (An unknown date is not this
    test's to refuse: the years checks and 第六条's evidence say what it lacks.)"""
    when = ctx.applicant.current_title_date
    return when is None or when.earliest() <= ctx.as_of


def _alternative(ctx: Context, alt: EducationAlternative, held: tuple[Education, PartialDate | None] | None = None
                 ) -> tuple[bool, list[str], list[str], set[str]]:
    """Whether ``alt`` is met by the applicant's education, or (``held``) by a lower one a
    certificate also shows, with its date."""
    a = ctx.applicant
    education, education_date = held if held is not None else (a.education, a.education_date)
    reasons, gaps = [], []
    facts = {"assessment_passed"} if alt.assessment else set()
    if alt.years and alt.years_from != "title":
        facts.add("work_start")
    ok = True
    if alt.title is not None and a.current_title is not alt.title:
        ok = False
        reasons.append(f"要求已取得{alt.title.zh}职称，现有职称为{a.current_title.zh}")
        gaps.append(f"须先取得{alt.title.zh}职称")
    elif alt.title is not None and not _title_held(ctx):
        ok = False
        reasons.append(f"取得{alt.title.zh}职称的日期 {a.current_title_date} 晚于评审截止日 {ctx.case.as_of}")
        gaps.append(f"须在 {ctx.case.as_of} 前已取得{alt.title.zh}职称")
    years = alt.years
    if years and _graduate_professional_degree(ctx):
        earlier = ctx.catalog.param("17", "years_earlier")
        years = max(0, years - earlier)
        reasons.append(f"工程类研究生专业学位，依{ctx.cite('17')}提前 {earlier:g} 年：要求满 {years} 年")
    if alt.years:
        if alt.years_from == "title":
            start, start_name = a.current_title_date, f"取得{(alt.title or a.current_title).zh}职称"
        else:
            start, start_name = a.work_start, "开始从事工程技术工作"
            if start is not None and education_date is not None and start.earliest() < education_date.latest():
                # (work before the education was obtained, an internship, is no year of the
                # education's alternative: 本科 "从事工程技术工作满1年" counts from graduation)
                ctx.issue("warning", "work_before_graduation",
                          f"申报的开始从事工程技术工作时间 {start} 早于取得{education.zh}的时间 {education_date}"
                          f"（学历学位证书）：取得学历前的工作（实习）不计入按{education.zh}计算的年限，自 {education_date} 起算")
                start, start_name = education_date, f"取得{education.zh}后从事工程技术工作"
        met, why, gap = _years_check(ctx, start, start_name, years)
        ok &= met
        reasons.append(why)
        if gap:
            gaps.append(gap)
    if alt.assessment:
        if a.assessment_passed is True:
            reasons.append("经考察合格")
        else:
            ok = False
            reasons.append("未表明经考察合格" if a.assessment_passed is None else "考察不合格")
            gaps.append("须经考察合格")
    return ok, reasons, gaps, facts


def _education_and_years(cond: Condition, ctx: Context) -> ConditionResult:
    a = ctx.applicant
    if a.current_title.rank >= a.target_title.rank:
        return _result(cond, False, reasons=[f"现有职称{a.current_title.zh}不低于申报职称{a.target_title.zh}"],
                       missing=["申报职称须高于现有职称"])
    matching = [alt for alt in cond.decide.alternatives if a.education in alt.education]
    if not matching:
        named = "、".join(dict.fromkeys(e.zh for alt in cond.decide.alternatives for e in alt.education))
        route = "；只能走破格途径" if any(c.group == "exceptional_prerequisites"
                                     for c in ctx.catalog.for_title(a.target_title)) else ""
        return _result(cond, False, reasons=[f"学历为{a.education.zh}，本条只规定{named}"],
                       missing=[f"学历不符合本条（要求{named}）{route}"])
    reasons, missing = [], []
    for alt in matching:
        ok, why, gaps, facts = _alternative(ctx, alt)
        why = why or ["本条对此学历不另设年限或职称要求"]
        if ok:
            result = _result(cond, True, reasons=[f"学历{a.education.zh}：" + "；".join(why)])
            result.facts = facts
            return result
        reasons.append(f"学历{a.education.zh}：" + "；".join(why))
        missing.extend(gaps)
    for held in a.lower_educations:
        # (a lower education a certificate also shows: its own alternative, 大专 with 技术员 and two
        # years, met where the 本科 obtained later has too few years since it, probe CS C3-1)
        for alt in (alt for alt in cond.decide.alternatives if held[0] in alt.education and alt not in matching):
            ok, why, gaps, facts = _alternative(ctx, alt, held)
            if ok:
                result = _result(cond, True, reasons=[f"学历{held[0].zh}（另持学历学位证书）：" + "；".join(why or ["本条对此学历不另设年限或职称要求"])])
                result.facts = facts
                return result
    return _result(cond, False, reasons=reasons, missing=missing)


def _exceptional_prerequisites(cond: Condition, ctx: Context) -> ConditionResult:
    a, d = ctx.applicant, cond.decide
    reasons, missing = [], []
    if a.current_title is not d.previous_title:
        reasons.append(f"破格要求已取得{d.previous_title.zh}职称，现有职称为{a.current_title.zh}")
        missing.append(f"须已取得{d.previous_title.zh}职称")
    elif d.years and a.education in d.years_waived_for:
        reasons.append(f"具备{a.education.zh}学位，不受 {d.years} 年年限限制")
    elif d.years:
        met, why, gap = _years_check(ctx, a.current_title_date, f"取得{d.previous_title.zh}职称", d.years)
        reasons.append(why)
        if gap:
            missing.append(gap)
    elif not _title_held(ctx):
        reasons.append(f"取得{d.previous_title.zh}职称的日期 {a.current_title_date} 晚于评审截止日 {ctx.case.as_of}")
        missing.append(f"须在 {ctx.case.as_of} 前已取得{d.previous_title.zh}职称")
    else:
        reasons.append(f"已取得{d.previous_title.zh}职称" + (f"（{a.current_title_date}）" if a.current_title_date else ""))
    if d.recommenders:
        if a.recommendations >= d.recommenders:
            reasons.append(f"有 {a.recommendations} 名正高级工程师推荐，要求 {d.recommenders} 名")
        else:
            reasons.append(f"正高级工程师推荐 {a.recommendations} 名，要求 {d.recommenders} 名")
            missing.append(f"还需 {d.recommenders - a.recommendations} 名本专业或相近专业正高级工程师推荐"
                           f"（现有 {a.recommendations} 名）")
    return _result(cond, not missing, reasons=reasons, missing=missing)


def _achievements(cond: Condition, ctx: Context) -> ConditionResult:
    """Any one alternative of ``any_of`` suffices; within it, every requirement must hold.

    ``evidence`` lists the achievements of the alternatives that are met: what makes the
    condition true.  The reasons also name what counted towards an unmet alternative and
    why each other achievement of the right kind did not count.
    """
    judged = [[judge(req, ctx.counted, ctx.cite) for req in parts] for parts in cond.decide.any_of]
    used_anywhere = {i for results in judged for r in results for i in r.used}
    reasons, missing, evidence = [], [], set()
    window_explained: set[int] = set()  # say once per condition why a dated-out one is out
    for n, results in enumerate(judged):
        lead = "" if n == 0 else "或："
        for r in results:
            reasons.append(lead + r.reason(ctx.label))
            kinds = r.requirement.kinds
            rejected = [(i, "；".join(why)) for i, why in r.rejected]
            out_of_window = [i for i in ctx.excluded if ctx.case.achievements[i].kind in kinds
                             and i not in window_explained]
            window_explained.update(out_of_window)
            rejected += [(i, ctx.excluded[i]) for i in out_of_window]
            reasons.extend(f"  {ctx.label(i)} 不计入：{why}" for i, why in sorted(rejected) if i not in used_anywhere)
        if all(r.met for r in results):
            evidence.update(i for r in results for i in r.used)
        else:
            missing.append(lead + "；".join(g for r in results if (g := r.gap())))
    met = any(all(r.met for r in results) for results in judged)
    return _result(cond, met, reasons=reasons, missing=[] if met else missing, evidence=sorted(evidence))


DECIDERS = {
    "applicability": _applicability,
    "not_barred": _not_barred,
    "education_and_years": _education_and_years,
    "exceptional_prerequisites": _exceptional_prerequisites,
    "achievements": _achievements,
}


def _result(cond: Condition, met: bool, reasons: list[str], missing: list[str] = (),
            evidence: list[int] = ()) -> ConditionResult:
    return ConditionResult(id=cond.id, article=cond.article, group=cond.group, met=met,
                           text=cond.text, evidence=list(evidence), reasons=list(reasons),
                           missing=list(missing))


# --------------------------------------------------------------------------- verdict

def _route(results: list[ConditionResult]) -> str | None:
    by_group: dict[str, list[ConditionResult]] = {}
    for r in results:
        by_group.setdefault(r.group, []).append(r)
    common = all(r.met for g in ("applicability", "bars") for r in by_group.get(g, []))
    basic = all(r.met for r in by_group.get("basic", []))
    performance = by_group.get("performance")
    if common and basic and (performance is None or any(r.met for r in performance)):
        return "normal"
    prereq, exceptional = by_group.get("exceptional_prerequisites"), by_group.get("exceptional")
    if common and prereq and all(r.met for r in prereq) and any(r.met for r in exceptional or []):
        return "exceptional"
    return None


# --------------------------------------------------------------------------- basis (CONTRACT §6.2)

_EDUCATION_AND_TITLE = ("basic", "exceptional_prerequisites")


def _needed_documents(ctx: Context) -> list[tuple[str, str]]:
    """(fact keys, the document that shows them) a basic condition rests on, not yet shown."""
    a = ctx.applicant
    needed = []
    if "education" not in a.shown:
        needed.append(("education", f"学历或学位证书（{a.education.zh}）"))
    if a.current_title is not Title.NONE:
        title_facts = {"current_title", "current_title_date"}
        if not title_facts <= a.shown:
            when = f"，{a.current_title_date}" if a.current_title_date else ""
            needed.append(("current_title", f"职称证书（{a.current_title.zh}{when}）"))
    return needed


# What a declared fact is called where a condition cannot rest on it alone.
KEY_ZH = {"category": "项目类别", "role": "本人角色（主持/参与）", "benefit": "经济效益", "investment_wan": "投资额",
          "appraised": "鉴定情况", "book_kind": "著作类别", "sole_author": "是否独著", "words_wan": "本人撰写字数",
          "total_words_wan": "全书字数", "promoted_level": "推广单位级别", "implemented": "实施情况",
          "adopted": "采纳情况", "report_kind": "报告类别", "level": "级别", "rank": "个人排名", "date": "日期",
          "accepted": "验收结论", "granted": "授权情况", "patent_type": "专利类别", "core_journal": "核心期刊",
          "amount_wan": "金额"}


# Facts a claim may supply where the document is silent (basis declared, the condition met):
# a project's category, which its title's words only lean to (issue 11: "claims still win where
# the document is silent, marked declared").  Any other declared fact is for evidence to show.
# (and a book's kind, 专著/编著/教材, which its cover may print and the reader does not read)
CLAIM_MAY_SAY = frozenset({"category", "book_kind"})


def _settle_basis(result: ConditionResult, cond: Condition, ctx: Context) -> None:
    """Say what ``result`` rests on; in ``check`` a basic condition or a 破格 prerequisite
    resting on the profile's word alone is not met (a missing_evidence error says what to add)."""
    if not ctx.case.documents_required:
        result.basis = "declared"  # evaluate: every fact is the applicant's statement
        return
    if cond.group in ("applicability", "bars"):
        result.basis = "declared"  # no document shows 第三条 or 第五条: the applicant's own word
        return
    if cond.group in _EDUCATION_AND_TITLE:
        needed = _needed_documents(ctx)
        if not needed:
            result.basis = "declared" if result.facts else "evidence"
            return
        result.basis = "declared"
        documents = "、".join(doc for _, doc in needed)
        would_be_met = result.met
        result.met = False
        # (未见能确认的: a certificate may be there, its holder or date unread, as the issues on it say)
        result.reasons.append(f"以上学历与现有职称仅据申报人自述，材料中未见能确认的{documents}")
        result.missing.insert(0, f"补充或核对{documents}" + ("即可满足" if would_be_met else ""))
        ctx.unshown.setdefault(documents, []).append((result.article, would_be_met))
        return
    # achievements: what the filters of the alternative an achievement counts in read on it
    # (a book counted as a book needs no author's rank, though the paper of the same
    # condition's other alternative does: a claimed 参与 on the book is no unshown fact)
    resting = result.evidence if result.met else sorted({
        i for i, a in ctx.counted if a.kind in {k for parts in cond.decide.any_of for r in parts for k in r.kinds}})
    if not resting:
        result.basis = "none"
        return
    # Which achievements count hangs on the current title's date (第十六条（四）): declared only,
    # the answer rests on the applicant's word too.
    window_declared = (ctx.applicant.current_title is not Title.NONE
                       and "current_title_date" not in ctx.applicant.shown)
    readings = _alternative_readings(cond, ctx) if result.met else []
    if readings:  # the met alternative resting least on the claim's word
        unshown, declared = min(readings, key=lambda r: (sum(map(len, r[0].values())), r[1]))
    else:
        keys = _read_keys(cond.decide.any_of, None)
        declared = any(keys & set(ctx.case.achievements[i].declared) for i in resting)
        unshown = {i: keys & set(ctx.case.achievements[i].declared) - CLAIM_MAY_SAY for i in resting}
    result.basis = "declared" if declared or window_declared else "evidence"
    if result.met and any(unshown.values()):
        # A condition is met on evidence only: a fact of an achievement only the claim states (a
        # co-author's own 12万字, a project's 主持, a promotion's level) makes it "met if shown",
        # 需补正 in a 汇总表 (eligible_as_declared), never 符合.
        facts = sorted({KEY_ZH.get(k, k) for keys_of in unshown.values() for k in keys_of})
        which = "、".join(ctx.label(i) for i, keys_of in unshown.items() if keys_of)
        result.met = False
        result.reasons.append(f"{which}的{'、'.join(facts)}仅据申报人自述，材料中未见：补充证明后即可满足")
        result.missing.insert(0, f"补充能证明{which}{'、'.join(facts)}的材料，或由审核人核对")
        ctx.issue("warning", "not_shown_by_document",
                  f"{result.article}：{which}的{'、'.join(facts)}仅据申报人自述，材料中未见，暂不计入；补充证明后即可满足")


def _read_keys(alternatives, kind) -> set[str]:
    """The achievement's keys the requirements of ``alternatives`` read on an achievement of
    ``kind`` (of every kind with None), its date always."""
    keys = {"date"}
    for parts in alternatives:
        for req in parts:
            if kind is None or kind in req.kinds:
                keys.update(k for name in req.where for k in FILTER_KEYS[name])
                if req.total_field:
                    keys.add(req.total_field)
    return keys


def _alternative_readings(cond: Condition, ctx: Context) -> list[tuple[dict[int, set[str]], bool]]:
    """For each alternative of ``cond`` that is met: the facts of its achievements that only the
    claim states (what its filters read), and whether any fact it reads is the claim's."""
    readings = []
    for parts in cond.decide.any_of:
        judged = [judge(req, ctx.counted, ctx.cite) for req in parts]
        if not all(r.met for r in judged):
            continue
        used = {i for r in judged for i in r.used}
        read = {i: _read_keys([parts], ctx.case.achievements[i].kind) & set(ctx.case.achievements[i].declared)
                for i in used}
        for i, keys in read.items():
            # a declared 参与 beside a rank the document shows, which alone passes (rank 2 of a
            # 行业标准's drafters, rank ≤ 5 asked): the role is read, not rested on
            if "role" in keys and "rank" not in keys:
                a = ctx.case.achievements[i]
                if all(not r.requirement.failures(replace(a, role=None), ctx.cite) for r in judged if i in r.used):
                    keys.discard("role")
        readings.append(({i: keys - CLAIM_MAY_SAY for i, keys in read.items()}, any(read.values())))
    return readings


def _summary(target: Title, route: str | None, results: list[ConditionResult]) -> str:
    if route is None:
        return f"不符合申报{target.zh}的条件：见未满足的条件及“还需”一栏"
    groups = ("basic", "performance") if route == "normal" else ("exceptional_prerequisites", "exceptional")
    used = [r.article for r in results if r.group in groups and r.met]
    way = "正常途径" if route == "normal" else "破格途径"
    return f"符合申报{target.zh}的条件（{way}：{'、'.join(used)}）"


def headline(summary: str, eligible: bool, errors: int) -> str:
    """The summary as a headline may say it: never 符合 while an error stands."""
    if eligible and errors:
        return f"暂不能确认符合：有 {errors} 个错误待处理（处理后{summary}）"
    return summary


def _check_profile(ctx: Context) -> None:
    a = ctx.applicant
    if a.professional_degree and not a.education.is_postgraduate:
        ctx.issue("warning", "professional_degree_ignored",
                  f"professional_degree 为 true，但学历为{a.education.zh}；{ctx.cite('17')}只适用于研究生专业学位，未予提前")
    elif a.professional_degree and ctx.case.documents_required and "professional_degree" not in a.shown:
        ctx.issue("warning", "not_shown_by_document",
                  f"申报为工程类研究生专业学位，学位证书未显示专业学位类别：{ctx.cite('17')}提前一年暂不适用，"
                  "补充显示“工程硕士（博士）专业学位”等字样的学位证书后即可适用")
    if a.current_title_date is not None and a.current_title_date.earliest() > ctx.as_of:
        ctx.issue("error", "future_date", f"现有职称取得日期 {a.current_title_date} 晚于评审截止日 {ctx.case.as_of}")
    if a.current_title is not Title.NONE and a.current_title_date is None:
        ctx.issue("warning", "missing_date",
                  f"未提供现有职称（{a.current_title.zh}）的取得日期：年限与“任现有职称后取得”的成果都无法确认")
    if a.current_title.rank >= a.target_title.rank:
        ctx.issue("error", "title_not_below_target",
                  f"现有职称{a.current_title.zh}不低于申报职称{a.target_title.zh}")


def evaluate(case: Case, catalog: Catalog | None = None) -> Verdict:
    """Judge ``case`` against every condition of its target title."""
    catalog = catalog or load_catalog()
    ctx = Context(case=case, catalog=catalog)
    target = case.applicant.target_title
    conditions = catalog.for_title(target)
    _check_profile(ctx)
    if any(c.decide.check == "achievements" for c in conditions):
        _sort_into_window(ctx)
        _check_identifiers(ctx)
    results = [DECIDERS[c.decide.check](c, ctx) for c in conditions]
    for cond, result in zip(conditions, results):
        _settle_basis(result, cond, ctx)
    for documents, articles in ctx.unshown.items():  # one issue per missing certificate set
        met_then = [a for a, would in articles if would]
        others = [a for a, would in articles if not would]
        said = f"{'、'.join(met_then)}即可满足" if met_then else ""
        said += ("；" if said and others else "") + (f"{'、'.join(others)}另有未满足的要求" if others else "")
        ctx.issue("error", "missing_evidence",
                  f"学历与现有职称须有证书佐证，现仅据申报人自述：补充或核对{documents}，{said}")
    route = _route(results)
    errors = sum(i.severity == "error" for i in ctx.issues)
    plain = _summary(target, route, results)
    return Verdict(
        target_title=target.value,
        as_of=case.as_of.iso(),
        route=route,
        conditions=results,
        issues=ctx.issues,
        summary=headline(plain, route is not None, errors),
        plain_summary=plain,
        rule_pack=str(catalog.pack.get("id", "")),
        manual_checks=[{"id": n.id, "article": n.article, "text": n.text}
                       for n in catalog.manual_checks_for(target)],
    )
