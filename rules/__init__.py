"""The rule catalog of 渝人社发〔2022〕67号 and the evaluator that judges achievements.

This package imports neither OCR nor NLP: it judges plain records, so ``zhicheng rules``
and ``zhicheng evaluate`` start fast and run where no OCR engine is installed.

Typical use::

    from rules import load_case, evaluate
    verdict = evaluate(load_case("case.yaml"))
    print(verdict.eligible, verdict.to_dict())
"""

from __future__ import annotations

from .case import Achievement, Applicant, Case
from .case_file import CaseError, load_case, parse_achievement, parse_applicant, parse_case
from .catalog import Catalog, Condition, PackError, load_catalog
from .dates import PartialDate
from .evaluator import evaluate
from .verdict import ConditionResult, Issue, Verdict
from .vocabulary import Education, Kind, Level, StandardLevel, Title

__all__ = [
    "Achievement", "Applicant", "Case", "CaseError", "Catalog", "Condition", "ConditionResult",
    "Education", "Issue", "Kind", "Level", "PackError", "PartialDate", "StandardLevel", "Title",
    "Verdict", "evaluate", "load_case", "load_catalog", "parse_achievement", "parse_applicant",
    "parse_case",
]
