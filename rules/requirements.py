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

# A filter gets the achievement, its argument from the pack and ``cite``, which turns the id of
# one of the pack's definitions (``"16.8"``) into its article (``第十六条（八）``): citations and
# numbers come from the pack, never from here.
Cite = Callable[[str], str]
Filter = Callable[[Achievement, Any, Cite], "str | None"]


def _flag(name: str, yes: str, no: str) -> Filter:
    """A yes/no fact, e.g. accepted: 通过验收 / 未通过验收.  ``wanted`` is honoured both ways:
    ``accepted: false`` asks for a project that did not pass.  A fact not given passes neither."""
    def check(a: Achievement, wanted: bool, cite: Cite) -> str | None:
        value = getattr(a, name)
        if value is wanted:
            return None
        if value is None:
            return f"未表明{yes}" if wanted else f"未表明{no}"
        return no if wanted else yes
    return check


def _core_journal(a: Achievement, wanted: bool, cite: Cite) -> str | None:
    """核心期刊: a journal no list at hand settles is "cannot tell", and says so — never reads as a
    "no" (probe DU b1: 未表明为核心期刊 read as one)."""
    if a.core_journal is None and wanted:
        return "未能确定是否为核心期刊（所用核心期刊目录未能判定，需人工核对）"
    return _flag("core_journal", "为核心期刊", "非核心期刊")(a, wanted, cite)


def _level_at_least(a: Achievement, minimum: str, cite: Cite) -> str | None:
    need = Level(minimum)
    if not isinstance(a.level, Level):
        return "未注明级别"
    return None if a.level.rank >= need.rank else f"{a.level.zh}，要求{need.zh}以上"


def _standard_level_in(a: Achievement, allowed: list[str], cite: Cite) -> str | None:
    if not isinstance(a.level, StandardLevel):
        return "未注明标准级别"
    if a.level.value in allowed:
        return None
    return f"{a.level.zh}，要求" + "、".join(StandardLevel(x).zh for x in allowed)


def _rank_at_most(a: Achievement, limit: int, cite: Cite) -> str | None:
    rank = a.effective_rank
    if rank is None:
        return "未注明个人排名"
    return None if rank <= limit else f"个人排名第{rank}，要求前{limit}"


def _lead(a: Achievement, wanted: bool, cite: Cite) -> str | None:
    if a.is_lead == wanted:
        return None
    return "不是主持人/负责人（排名第1不等于主持）" if wanted else "是主持人，要求非主持"


IP_TYPE_ZH = {"invention": "发明专利", "utility_model": "实用新型专利", "design": "外观设计专利",
              "software_copyright": "软件著作权"}


def ip_type(a: Achievement) -> str | None:
    """Patents by their type; a software copyright is an "other patent" (第十六条（六）)."""
    return "software_copyright" if a.kind is Kind.SOFTWARE_COPYRIGHT else a.patent_type


def _ip_type_in(a: Achievement, allowed: list[str], cite: Cite) -> str | None:
    kind = ip_type(a)
    if kind is None:
        return "未注明专利类型"
    return None if kind in allowed else f"{IP_TYPE_ZH[kind]}不在要求之列"


def _granted(a: Achievement, wanted: bool, cite: Cite) -> str | None:
    # A software copyright exists only once registered: registration is its grant.
    if a.kind is Kind.SOFTWARE_COPYRIGHT:
        return None if wanted else "软件著作权已登记（即已授权），要求未授权"
    return _flag("granted", "已授权", "未授权")(a, wanted, cite)


def _in(name: str, zh: dict[str, str]) -> Filter:
    def check(a: Achievement, allowed: list[str], cite: Cite) -> str | None:
        value = getattr(a, name)
        if value is None:
            return "未注明类别"
        return None if value in allowed else f"{zh.get(value, value)}不在要求之列"
    return check


BOOK_KIND_ZH = {"monograph": "著作", "textbook": "教材", "manual": "技术手册"}
REPORT_KIND_ZH = {"technical_report": "技术报告", "white_paper": "白皮书", "plan": "规划",
                  "feasibility": "可行性研究报告", "research_topic": "课题"}
CATEGORY_ZH = {"implementation": "实施类项目", "rnd": "研发类项目"}


def valid_isbn(a: Achievement) -> bool:
    return bool(a.isbn) and stdnum_isbn.is_valid(a.isbn)


def _valid_isbn(a: Achievement, wanted: bool, cite: Cite) -> str | None:
    if valid_isbn(a) == wanted:
        return None
    if not wanted:
        return f"ISBN {a.isbn} 有效，要求无有效 ISBN"
    if not a.isbn:
        return f"无 ISBN，不是公开出版的著作（{cite('16.10')}）"
    return f"ISBN {a.isbn} 校验不通过（{cite('16.10')}）"


def valid_journal_id(a: Achievement) -> bool:
    return bool(a.cn and cn_number.is_valid(a.cn)) or bool(a.issn and stdnum_issn.is_valid(a.issn))


def _valid_journal_id(a: Achievement, wanted: bool, cite: Cite) -> str | None:
    if valid_journal_id(a) == wanted:
        return None
    if not wanted:
        return "有有效的 CN 或 ISSN 刊号，要求没有"
    if not (a.cn or a.issn):
        return f"未注明 CN 或 ISSN 刊号（{cite('16.8')}）"
    return f"CN/ISSN 刊号均无效（{cite('16.8')}）"


def _first_author(a: Achievement, wanted: bool, cite: Cite) -> str | None:
    rank = a.effective_rank
    if rank is None:
        return "未注明作者排名"
    if (rank == 1) == wanted:
        return None
    if wanted:
        return f"第{rank}作者，要求独立或第一作者（{cite('16.8')}）"
    return "为独立或第一作者，要求非第一作者"


def own_words(a: Achievement) -> float | None:
    """Words the applicant wrote; a sole author wrote the whole book."""
    if a.words_wan is not None:
        return a.words_wan
    return a.total_words_wan if a.sole_author else None


def _words_at_least(a: Achievement, minimum: float, cite: Cite) -> str | None:
    words = own_words(a)
    if words is None:
        return "未注明本人撰写字数"
    return None if words >= minimum else f"本人撰写{words:g}万字，要求{minimum:g}万字以上"


def _total_words_at_least(a: Achievement, minimum: float, cite: Cite) -> str | None:
    if a.total_words_wan is None:
        return "未注明全书字数"
    return None if a.total_words_wan >= minimum else f"全书{a.total_words_wan:g}万字，要求{minimum:g}万字以上"


def _investment_at_least(a: Achievement, minimum: float, cite: Cite) -> str | None:
    if a.investment_wan is None:
        return "未注明投资额"
    return None if a.investment_wan >= minimum else f"投资额{a.investment_wan:g}万元，要求{minimum:g}万元以上"


def _promoted(a: Achievement, wanted: bool, cite: Cite) -> str | None:
    if bool(a.promoted_level) == wanted:
        return None
    return "未表明经省（部）级以上主管部门或行业组织推广应用" if wanted else "已推广应用，要求未推广"


def _technical(a: Achievement, wanted: bool, cite: Cite) -> str | None:
    """A 技术奖 is a 技术类奖项: refused where its certificate names a management prize or an
    honour (``technical`` False); a name that does not say either way is not held against it."""
    if a.technical is False and wanted:
        return f"不是技术类奖项（管理类、技能竞赛类奖项或荣誉称号，{cite('16.5')}）"
    if a.technical is True and not wanted:
        return "为技术类奖项，要求非技术类"
    return None


def _category(a: Achievement, wanted: str, cite: Cite) -> str | None:
    if a.category is None:
        return "未注明项目类别"
    return None if a.category == wanted else f"{CATEGORY_ZH[a.category]}，要求{CATEGORY_ZH[wanted]}"


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
    "core_journal": _core_journal,
    "sole_author": _flag("sole_author", "为独著", "非独著"),
    "technical": _technical,
}


# --------------------------------------------------------------------------- pack validation
# What each filter's argument must be: checked when the pack loads, so a pack that says
# ``rank_at_most: "5"`` or ``level_at_least: provinical`` never loads (and never judges).

def _is_bool(v: Any) -> str | None:
    return None if isinstance(v, bool) else "true 或 false"


def _is_positive_int(v: Any) -> str | None:
    return None if isinstance(v, int) and not isinstance(v, bool) and v >= 1 else "不小于 1 的整数"


def _is_positive_number(v: Any) -> str | None:
    ok = isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and v > 0
    return None if ok else "正数"


def _one_of(choices: Any) -> Callable[[Any], str | None]:
    choices = list(choices)
    return lambda v: None if isinstance(v, str) and v in choices else "、".join(choices) + " 之一"


def _list_of(choices: Any) -> Callable[[Any], str | None]:
    choices = list(choices)
    def check(v: Any) -> str | None:
        ok = isinstance(v, list) and v and all(isinstance(x, str) and x in choices for x in v)
        return None if ok else "由 " + "、".join(choices) + " 组成的非空列表"
    return check


ARGUMENTS: dict[str, Callable[[Any], str | None]] = {
    "category": _one_of(CATEGORY_ZH),
    "level_at_least": _one_of(m.value for m in Level),
    "standard_level_in": _list_of(m.value for m in StandardLevel),
    "rank_at_most": _is_positive_int,
    "ip_type_in": _list_of(IP_TYPE_ZH),
    "book_kind_in": _list_of(BOOK_KIND_ZH),
    "report_kind_in": _list_of(REPORT_KIND_ZH),
    "words_at_least": _is_positive_number,
    "total_words_at_least": _is_positive_number,
    "investment_at_least": _is_positive_number,
    **{name: _is_bool for name in ("lead", "first_author", "granted", "valid_isbn", "valid_journal_id",
                                    "promoted", "accepted", "benefit", "appraised", "implemented",
                                    "adopted", "core_journal", "sole_author", "technical")},
}
assert set(ARGUMENTS) == set(FILTERS), "every filter's argument is validated"
# The achievement keys each filter reads: a condition met through a key that only a claim
# states rests on the applicant's word (basis "declared"), not on a document.
FILTER_KEYS: dict[str, tuple[str, ...]] = {
    "category": ("category",), "level_at_least": ("level",), "standard_level_in": ("level",),
    "rank_at_most": ("rank", "role"), "lead": ("role",), "first_author": ("rank", "role"),
    "ip_type_in": ("patent_type",), "granted": ("granted",), "book_kind_in": ("book_kind",),
    "report_kind_in": ("report_kind",), "valid_isbn": ("isbn",), "valid_journal_id": ("cn", "issn"),
    "words_at_least": ("words_wan", "total_words_wan", "sole_author"),
    "total_words_at_least": ("total_words_wan",), "investment_at_least": ("investment_wan",),
    "promoted": ("promoted_level",), "accepted": ("accepted",), "benefit": ("benefit",),
    "appraised": ("appraised",), "implemented": ("implemented",), "adopted": ("adopted",),
    "core_journal": ("core_journal",), "sole_author": ("sole_author",), "technical": ("technical",),
}
assert set(FILTER_KEYS) == set(FILTERS)
# Fields a ``total`` may add up: the achievement's numeric amounts.
TOTAL_FIELDS = ("amount_wan", "investment_wan", "words_wan", "total_words_wan")
# The definitions of the pack that filters cite: the pack must have them.
CITED = ("16.5", "16.8", "16.10")


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

    def failures(self, a: Achievement, cite: Cite) -> list[str]:
        """Why ``a`` does not count here (empty when it does)."""
        if a.kind not in self.kinds:
            return ["类型不符"]
        return [why for name, arg in self.where.items() if (why := FILTERS[name](a, arg, cite))]


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


def judge(req: Requirement, counted: list[tuple[int, Achievement]], cite: Cite) -> RequirementResult:
    """Judge one requirement over the achievements that may count (index, achievement)."""
    used, rejected = [], []
    for index, a in counted:
        why = req.failures(a, cite)
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


def parse_requirement(raw: Any, where_am_i: str) -> Requirement:
    """Build a requirement from the pack, rejecting unknown filters and bad arguments loudly
    (``ValueError`` with the place in the pack; the catalog loader makes it a ``PackError``)."""
    if not isinstance(raw, dict):
        raise ValueError(f"{where_am_i}：应为映射（label、kinds、where、count 或 total）")
    allowed = {"label", "kinds", "where", "count", "total"}
    unknown = set(raw) - allowed
    if unknown:
        raise ValueError(f"{where_am_i}：未知的键 {sorted(map(str, unknown))}；应为 {sorted(allowed)} 之一")
    if not isinstance(raw.get("label"), str) or not raw["label"].strip():
        raise ValueError(f"{where_am_i}.label：应为非空文字")
    kinds = raw.get("kinds")
    known_kinds = [k.value for k in Kind]
    if not isinstance(kinds, list) or not kinds or not all(isinstance(k, str) and k in known_kinds for k in kinds):
        raise ValueError(f"{where_am_i}.kinds：应为由 {'、'.join(known_kinds)} 组成的非空列表")
    where = raw.get("where") or {}
    if not isinstance(where, dict):
        raise ValueError(f"{where_am_i}.where：应为映射")
    for name, arg in where.items():
        if name not in FILTERS:
            from .case_file import closest

            near = closest(str(name), FILTERS)
            hint = f"；是否想写 {near!r}？" if near else ""
            raise ValueError(f"{where_am_i}.where：未知的筛选条件 {str(name)[:80]!r}{hint}")
        expected = ARGUMENTS[name](arg)
        if expected:
            raise ValueError(f"{where_am_i}.where.{name}：应为{expected}，实为 {str(arg)[:80]!r}")
    total, count = raw.get("total"), raw.get("count")
    if (count is None) == (total is None):
        raise ValueError(f"{where_am_i}：count 与 total 须有且只有一个")
    if count is not None and _is_positive_int(count):
        raise ValueError(f"{where_am_i}.count：应为不小于 1 的整数，实为 {str(count)[:80]!r}")
    if total is not None:
        if not isinstance(total, dict) or set(total) - {"field", "at_least", "unit"}:
            raise ValueError(f"{where_am_i}.total：应为 {{field, at_least, unit}} 映射")
        if total.get("field") not in TOTAL_FIELDS:
            raise ValueError(f"{where_am_i}.total.field：应为 {'、'.join(TOTAL_FIELDS)} 之一")
        if _is_positive_number(total.get("at_least")):
            raise ValueError(f"{where_am_i}.total.at_least：应为正数")
    return Requirement(
        label=raw["label"],
        kinds=tuple(Kind(k) for k in kinds),
        where=dict(where),
        count=count,
        total_field=total["field"] if total else None,
        total_at_least=float(total["at_least"]) if total else None,
        unit=str(total.get("unit", "")) if total else "",
    )
