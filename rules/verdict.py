"""What the evaluator returns (CONTRACT §4), as typed records with a ``to_dict``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")


@dataclass
class Issue:
    severity: str
    code: str
    message: str
    achievement: int | None = None  # index into the achievements list
    file: str | None = None  # for ``check``: the evidence file concerned
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"severity": self.severity, "code": self.code, "message": self.message}
        for key in ("achievement", "file", "page"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out


@dataclass
class ConditionResult:
    id: str
    article: str
    group: str
    met: bool
    text: str
    evidence: list[int] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # what the applicant still lacks
    # What the answer rests on (CONTRACT §6.2): "evidence" (documents of the bundle show every
    # fact), "declared" (a fact only the profile or claims state) or "none" (nothing).
    basis: str = "declared"
    # Facts of the applicant the answer used beyond education and title (work_start,
    # assessment_passed): the evaluator's own bookkeeping for ``basis``, not output.
    facts: set[str] = field(default_factory=set, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "article": self.article, "group": self.group, "met": self.met,
                "basis": self.basis, "text": self.text, "evidence": self.evidence,
                "reasons": self.reasons, "missing": self.missing}


@dataclass
class Verdict:
    target_title: str
    as_of: str
    route: str | None  # "normal", "exceptional" or None
    conditions: list[ConditionResult]
    issues: list[Issue]
    summary: str = ""
    rule_pack: str = ""
    plain_summary: str = ""  # the summary before it is qualified by errors (not output)
    manual_checks: list[dict[str, str]] = field(default_factory=list)

    @property
    def eligible(self) -> bool:
        return self.route is not None

    @property
    def has_errors(self) -> bool:
        return any(i.severity == "error" for i in self.issues)

    @property
    def exit_code(self) -> int:
        """0 eligible with no error-level issue, else 1 (CONTRACT §1)."""
        return 0 if self.eligible and not self.has_errors else 1

    def condition(self, condition_id: str) -> ConditionResult:
        return next(c for c in self.conditions if c.id == condition_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "target_title": self.target_title,
            "as_of": self.as_of,
            "eligible": self.eligible,
            "route": self.route,
            "summary": self.summary,
            "rule_pack": self.rule_pack,
            "conditions": [c.to_dict() for c in self.conditions],
            "issues": [i.to_dict() for i in self.issues],
            "manual_checks": self.manual_checks,
        }
