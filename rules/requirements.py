"""The vocabulary of achievement requirements in a rule pack, and how each is judged.

A requirement in the pack reads like the article::

    label: 个人排名前5的授权发明专利
    kinds: [patent]
    where: {ip_type_in: [invention], granted: true, rank_at_most: 5}
    count: 1                       # or: total: {field: amount_wan, at_least: 1000, unit: 万元}

``where`` holds filters, all of which must pass.  Each filter below returns why an
achievement fails it, in words an applicant understands, or ``None`` when it passes.
A missing fact fails: an achievement whose rank is not given is not "rank ≤ 5".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable

from stdnum import isbn as stdnum_isbn
from stdnum import issn as stdnum_issn

from identifiers import cn as cn_number

from .case import Achievement
from .vocabulary import Kind, Level, StandardLevel

Filter = Callable[[Achievement, Any], "str | None"]


def _flag(name: str, yes: str, no: str) -> Filter:
    """A yes/no fact that must be declared true, e.g. accepted: 通过验收 / 未通过验收."""
    def check(a: Achievement, wanted: bool) -> str | None:
        value = getattr(a, name)
        if value is wanted:
            return None
        return f"未表明{yes}" if value is None else (no if wanted else yes)
    return check


def _level_at_least(a: Achievement, minimum: str) -> str | None:
    need = Level(minimum)
    if not isinstance(a.level, Level):
        return "未注明级别"
    return None if a.level.rank >= need.rank else f"{a.level.zh}，要求{need.zh}以上"


def _standard_level_in(a: Achievement, allowed: list[str]) -> str | None:
    if not isinstance(a.level, StandardLevel):
        return "未注明标准级别"
    if a.level.value in allowed:
        return None
    return f"{a.level.zh}，要求" + "、".join(StandardLevel(x).zh for x in allowed)


def _rank_at_most(a: Achievement, limit: int) -> str | None:
    rank = a.effective_rank
    if rank is None:
        return "未注明个人排名"
    return None if rank <= limit else f"个人排名第{rank}，要求前{limit}"


def _lead(a: Achievement, wanted: bool) -> str | None:
    if a.is_lead == wanted:
        return None
    return "不是主持人/负责人（排名第1不等于主持）" if wanted else "是主持人"


IP_TYPE_ZH = {"invention": "发明专利", "utility_model": "实用新型专利", "design": "外观设计专利",
              "software_copyright": "软件著作权"}


def ip_type(a: Achievement) -> str | None:
    """Patents by their type; a software copyright is an "other patent" (附则（六）)."""
    return "software_copyright" if a.kind is Kind.SOFTWARE_COPYRIGHT else a.patent_type


def _ip_type_in(a: Achievement, allowed: list[str]) -> str | None:
    kind = ip_type(a)
    if kind is None:
        return "未注明专利类型"
    return None if kind in allowed else f"{IP_TYPE_ZH[kind]}不在要求之列"


def _granted(a: Achievement, wanted: bool) -> str | None:
    # A software copyright exists only once registered: registration is its grant.
    if a.kind is Kind.SOFTWARE_COPYRIGHT:
        return None
    return _flag("granted", "已授权", "未授权")(a, wanted)


def _in(name: str, zh: dict[str, str]) -> Filter:
    def check(a: Achievement, allowed: list[str]) -> str | None:
        value = getattr(a, name)
        if value is None:
            return "未注明类别"
        return None if value in allowed else f"{zh.get(value, value)}不在要求之列"
    return check


BOOK_KIND_ZH = {"monograph": "著作", "textbook": "教材", "manual": "技术手册"}
REPORT_KIND_ZH = {"technical_report": "技术报告", "white_paper": "白皮书", "plan": "规划",
                  "feasibility": "可行性研究报告", "research_topic": "课题"}


def valid_isbn(a: Achievement) -> bool:
    return bool(a.isbn) and stdnum_isbn.is_valid(a.isbn)


def _valid_isbn(a: Achievement, wanted: bool) -> str | None:
    if not a.isbn:
        return "无 ISBN，不是公开出版的著作（附则（十））"
    return None if valid_isbn(a) else f"ISBN {a.isbn} 校验不通过"


def valid_journal_id(a: Achievement) -> bool:
    return bool(a.cn and cn_number.is_valid(a.cn)) or bool(a.issn and stdnum_issn.is_valid(a.issn))


def _valid_journal_id(a: Achievement, wanted: bool) -> str | None:
    if not (a.cn or a.issn):
        return "未注明 CN 或 ISSN 刊号（附则（八））"
    return None if valid_journal_id(a) else "CN/ISSN 刊号均无效"


def _first_author(a: Achievement, wanted: bool) -> str | None:
    rank = a.effective_rank
    if rank is None:
        return "未注明作者排名"
    return None if rank == 1 else f"第{rank}作者，要求独立或第一作者（附则（八））"


def own_words(a: Achievement) -> float | None:
    """Words the applicant wrote; a sole author wrote the whole book."""
    if a.words_wan is not None:
        return a.words_wan
    return a.total_words_wan if a.sole_author else None


def _words_at_least(a: Achievement, minimum: float) -> str | None:
    words = own_words(a)
    if words is None:
        return "未注明本人撰写字数"
    return None if words >= minimum else f"本人撰写{words:g}万字，要求{minimum:g}万字以上"


def _total_words_at_least(a: Achievement, minimum: float) -> str | None:
    if a.total_words_wan is None:
        return "未注明全书字数"
    return None if a.total_words_wan >= minimum else f"全书{a.total_words_wan:g}万字，要求{minimum:g}万字以上"


def _investment_at_least(a: Achievement, minimum: float) -> str | None:
    if a.investment_wan is None:
        return "未注明投资额"
    return None if a.investment_wan >= minimum else f"投资额{a.investment_wan:g}万元，要求{minimum:g}万元以上"


def _promoted(a: Achievement, wanted: bool) -> str | None:
    return None if a.promoted_level else "未表明经省（部）级以上主管部门或行业组织推广应用"


def _category(a: Achievement, wanted: str) -> str | None:
    names = {"implementation": "实施类项目", "rnd": "研发类项目"}
    if a.category is None:
        return "未注明项目类别"
    return None if a.category == wanted else f"{names[a.category]}，要求{names[wanted]}"


FILTERS: dict[str, Filter] = {
    "category": _category,
    "level_at_least": _level_at_least,
    "standard_level_in": _standard_level_in,
    "rank_at_most": _rank_at_most,
    "lead": _lead,
    "first_author": _first_author,
    "ip_type_in": _ip_type_in,
    "granted": _granted,
    "book_kind_in": _in("book_kind", BOOK_KIND_ZH),
    "report_kind_in": _in("report_kind", REPORT_KIND_ZH),
    "valid_isbn": _valid_isbn,
    "valid_journal_id": _valid_journal_id,
    "words_at_least": _words_at_least,
    "total_words_at_least": _total_words_at_least,
    "investment_at_least": _investment_at_least,
    "promoted": _promoted,
    "accepted": _flag("accepted", "通过验收", "未通过验收"),
    "benefit": _flag("benefit", "取得经济或社会效益", "未取得经济或社会效益"),
    "appraised": _flag("appraised", "通过主管部门鉴定", "未通过主管部门鉴定"),
    "implemented": _flag("implemented", "已实施", "未实施"),
    "adopted": _flag("adopted", "经单位认可并推广实施", "未经单位认可并推广实施"),
    "core_journal": _flag("core_journal", "为核心期刊", "非核心期刊"),
    "sole_author": _flag("sole_author", "为独著", "非独著"),
}


@dataclass(frozen=True)
class Requirement:
    """At least ``count`` achievements, or a ``total`` of a field, passing every filter."""

    label: str
    kinds: tuple[Kind, ...]
    where: dict[str, Any] = field(default_factory=dict)
    count: int | None = None
    total_field: str | None = None
    total_at_least: float | None = None
    unit: str = ""

    def failures(self, a: Achievement) -> list[str]:
        """Why ``a`` does not count here (empty when it does)."""
        if a.kind not in self.kinds:
            return ["类型不符"]
        return [why for name, arg in self.where.items() if (why := FILTERS[name](a, arg))]


@dataclass
class RequirementResult:
    requirement: Requirement
    met: bool
    used: list[int]  # indexes of the achievements that count
    have: float  # how many (or how much) there is
    need: float
    rejected: list[tuple[int, list[str]]]  # same kind, but failing filters: index and why

    def reason(self, index_label: Callable[[int], str]) -> str:
        r = self.requirement
        used = "、".join(index_label(i) for i in self.used)
        if r.total_field:
            head = f"{r.label}：累计 {self.have:g}{r.unit}，要求 {self.need:g}{r.unit}以上"
        else:
            head = f"{r.label}：{self.have:g} 项，要求 {self.need:g} 项以上"
        return head + (f"（{used}）" if used else "")

    def gap(self) -> str | None:
        """What is still missing, the way an applicant would say it."""
        if self.met:
            return None
        r = self.requirement
        if r.total_field:
            return f"还需{r.label} {self.need - self.have:g}{r.unit}（现有累计 {self.have:g}{r.unit}，要求 {self.need:g}{r.unit}以上）"
        return f"还需 {self.need - self.have:g} 项{r.label}（现有 {self.have:g} 项）"


def judge(req: Requirement, counted: list[tuple[int, Achievement]]) -> RequirementResult:
    """Judge one requirement over the achievements that may count (index, achievement)."""
    used, rejected = [], []
    for index, a in counted:
        why = req.failures(a)
        if not why:
            used.append(index)
        elif a.kind in req.kinds:
            rejected.append((index, why))
    if req.total_field:
        # fsum and rounding to 1e-6: 128.2 + 383.9 + 487.9 must be 1000, not 999.9999999999999.
        have = round(math.fsum(getattr(a, req.total_field) or 0 for i, a in counted if i in used), 6)
        need = req.total_at_least or 0
    else:
        have, need = len(used), req.count or 0
    return RequirementResult(req, have >= need and bool(used), used, have, need, rejected)


def parse_requirement(raw: dict[str, Any], where_am_i: str) -> Requirement:
    """Build a requirement from the pack, rejecting unknown filters loudly."""
    allowed = {"label", "kinds", "where", "count", "total"}
    unknown = set(raw) - allowed
    if unknown:
        raise ValueError(f"{where_am_i}: unknown requirement keys {sorted(unknown)}")
    where = dict(raw.get("where") or {})
    for name in where:
        if name not in FILTERS:
            raise ValueError(f"{where_am_i}: unknown filter {name!r}; known: {sorted(FILTERS)}")
    total = raw.get("total")
    if (raw.get("count") is None) == (total is None):
        raise ValueError(f"{where_am_i}: a requirement needs exactly one of count or total")
    return Requirement(
        label=raw["label"],
        kinds=tuple(Kind(k) for k in raw["kinds"]),
        where=where,
        count=raw.get("count"),
        total_field=total["field"] if total else None,
        total_at_least=float(total["at_least"]) if total else None,
        unit=total.get("unit", "") if total else "",
    )
