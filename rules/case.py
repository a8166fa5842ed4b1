"""Plain records the rules judge: the applicant and their achievements (CONTRACT §3).

These are what ``evaluate`` reads from a case file and what ``check`` builds from
documents; the rules never see files, OCR or YAML.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from .dates import PartialDate
from .vocabulary import Education, Kind, Level, StandardLevel, Title


@dataclass
class Applicant:
    education: Education
    current_title: Title
    target_title: Title
    name: str | None = None
    professional_degree: bool = False
    work_start: PartialDate | None = None
    # The day the education was obtained (its certificate's date; ``check`` fills it): work
    # before it (an internship) counts toward no years the education's alternative asks.
    education_date: PartialDate | None = None
    # Lower educations a certificate of the bundle also shows, with their dates (a 大专 diploma
    # beside a later 自考本科): 具备大学专科学历 is held too, and its alternative may be met where the
    # higher one's years since it are short (``check`` fills it; probe CS C3-1).
    lower_educations: tuple[tuple[Education, PartialDate | None], ...] = ()
    current_title_date: PartialDate | None = None
    recommendations: int = 0
    # None means the case does not say: "not shown", never assumed passed.
    assessment_passed: bool | None = None
    sanction_until: PartialDate | None = None
    civil_servant: bool = False
    retired: bool = False
    # Which of education, current_title, current_title_date, professional_degree a document of the bundle shows
    # (``check`` fills it from the degree and title certificates; CONTRACT §6.2).
    shown: frozenset[str] = frozenset()


@dataclass
class Achievement:
    """One achievement; which keys apply depends on ``kind`` (see ``KIND_KEYS``)."""

    kind: Kind
    date: PartialDate | None = None
    rank: int | None = None
    role: str | None = None  # "lead" (主持/负责人/主编) or "participant"
    category: str | None = None  # project: "implementation" | "rnd"
    level: Level | StandardLevel | None = None
    accepted: bool | None = None
    benefit: bool | None = None
    investment_wan: float | None = None
    appraised: bool | None = None
    grade: str | None = None
    patent_type: str | None = None  # invention | utility_model | design
    granted: bool | None = None
    core_journal: bool | None = None
    cn: str | None = None
    issn: str | None = None
    book_kind: str | None = None  # monograph | textbook | manual
    sole_author: bool | None = None
    words_wan: float | None = None
    total_words_wan: float | None = None
    isbn: str | None = None
    promoted_level: str | None = None  # national | provincial | industry
    implemented: bool | None = None
    report_kind: str | None = None
    adopted: bool | None = None
    amount_wan: float | None = None
    # award: a 技术类奖项 (第十六条（五）) by its name — False for a management prize or an honour
    # (管理创新成果, 劳动模范); a document's fact only, never a claim's (``SHOWN_ONLY``)
    technical: bool | None = None
    # Where the record came from; ``check`` fills these, ``evaluate`` leaves them empty.
    source: str = "claim"
    evidence: list[str] = field(default_factory=list)
    declared: tuple[str, ...] = ()  # keys taken from the claim alone, no document shows them

    @property
    def is_lead(self) -> bool:
        return self.role == "lead"

    @property
    def effective_rank(self) -> int | None:
        """A lead counts as rank 1 (CONTRACT §3); rank 1 alone does not make a lead."""
        return 1 if self.is_lead else self.rank

    def to_dict(self) -> dict[str, object]:
        """The contract's keys, without the unset ones."""
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or f.name in ("source", "evidence", "declared"):
                continue
            out[f.name] = str(value) if isinstance(value, PartialDate) else (
                value.value if hasattr(value, "value") else value)
        return out


@dataclass
class Case:
    applicant: Applicant
    as_of: PartialDate
    achievements: list[Achievement] = field(default_factory=list)
    # ``check``: the education and current title must be shown by certificates before a basic
    # condition or a 破格 prerequisite is met (CONTRACT §6.2).  ``evaluate``: everything is declared.
    documents_required: bool = False
    # How reasons name achievement i (``check``: by the claim's place in claims.yaml, or the
    # file); default 成果1, 成果2 … as people count.
    labels: list[str] | None = None

    @property
    def as_of_day(self) -> dt.date:
        """The day years are counted to: the last day a partial ``as_of`` stands for."""
        return self.as_of.latest()


ROLES = ("lead", "participant")
PROJECT_CATEGORIES = ("implementation", "rnd")
PATENT_TYPES = ("invention", "utility_model", "design")
BOOK_KINDS = ("monograph", "textbook", "manual")
REPORT_KINDS = ("technical_report", "white_paper", "plan", "feasibility", "research_topic")
PROMOTED_LEVELS = ("national", "provincial", "industry")

# Chinese aliases of the small enums above (CONTRACT §2 accepts Chinese on input).
VALUE_ALIASES: dict[str, dict[str, str]] = {
    "role": {"主持": "lead", "负责人": "lead", "主编": "lead", "主持人": "lead",
             "参与": "participant", "参与人": "participant", "成员": "participant"},
    "category": {"实施": "implementation", "实施项目": "implementation",
                 "研发": "rnd", "研究开发": "rnd"},
    "patent_type": {"发明": "invention", "发明专利": "invention",
                    "实用新型": "utility_model", "外观设计": "design", "外观": "design"},
    "book_kind": {"专著": "monograph", "著作": "monograph", "教材": "textbook",
                  "培训教材": "textbook", "手册": "manual", "技术手册": "manual"},
    "report_kind": {"技术报告": "technical_report", "白皮书": "white_paper",
                    "规划": "plan", "产业发展规划": "plan", "可行性研究报告": "feasibility",
                    "可研": "feasibility", "课题": "research_topic"},
    "promoted_level": {"国家级": "national", "省级": "provincial", "省部级": "provincial",
                       "行业组织": "industry", "行业": "industry"},
}

# Which keys each kind takes beyond ``kind`` and ``date``, as the case schema fixes them.
_PEOPLE = ("rank", "role")
KIND_KEYS: dict[Kind, tuple[str, ...]] = {
    Kind.PROJECT: _PEOPLE + ("category", "level", "accepted", "benefit", "investment_wan", "appraised"),
    Kind.AWARD: _PEOPLE + ("level", "grade"),
    Kind.PATENT: _PEOPLE + ("patent_type", "granted"),
    Kind.SOFTWARE_COPYRIGHT: _PEOPLE,
    Kind.PAPER: _PEOPLE + ("core_journal", "cn", "issn"),
    Kind.BOOK: _PEOPLE + ("book_kind", "sole_author", "words_wan", "total_words_wan", "isbn", "promoted_level"),
    Kind.STANDARD: _PEOPLE + ("level", "implemented"),
    Kind.REPORT: _PEOPLE + ("report_kind", "level", "adopted"),
    Kind.REVENUE: _PEOPLE + ("amount_wan",),
    Kind.NEW_PRODUCT: ("level",),
    Kind.APPLICATION: (),
    Kind.RECOGNITION: ("level",),
}
# Facts only a document gives (no key of the case schema): what a certificate's own words say.
SHOWN_ONLY: dict[Kind, tuple[str, ...]] = {Kind.AWARD: ("technical",)}

# Keys the schema requires for a kind (``date`` is handled apart: a missing date is an
# issue ``missing_date``, so that one undated claim does not stop the whole evaluation).
KIND_REQUIRED: dict[Kind, tuple[str, ...]] = {
    Kind.PROJECT: ("category", "level"),
    Kind.AWARD: ("level",),
    Kind.PATENT: ("patent_type",),
    Kind.BOOK: ("book_kind",),
    Kind.STANDARD: ("level",),
    Kind.REPORT: ("report_kind",),
    Kind.REVENUE: ("amount_wan",),
    Kind.NEW_PRODUCT: ("level",),
    Kind.RECOGNITION: ("level",),
}
