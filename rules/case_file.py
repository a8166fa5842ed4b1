"""Reading a case file (CONTRACT §3) into ``Case`` records, strictly.

Every mistake becomes a ``CaseError`` whose message is one line naming the file, the
key, what was expected and, for a misspelt key or value, the closest valid one.  Unknown
and duplicate keys are errors, never ignored (a silently ignored ``educaton`` would make
the applicant look uneducated).
"""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

from .case import (
    BOOK_KINDS, KIND_KEYS, KIND_REQUIRED, PATENT_TYPES, PROJECT_CATEGORIES, PROMOTED_LEVELS,
    REPORT_KINDS, ROLES, VALUE_ALIASES, Achievement, Applicant, Case,
)
from .dates import DateFormatError, PartialDate
from .vocabulary import ALIASES, Education, Kind, Level, StandardLevel, Title, fold_alias
from .yaml_input import InputError, clip
from .yaml_input import read_yaml as _read_limited


class CaseError(InputError):
    """Unusable case input: the CLI prints ``str(err)`` and exits 2."""


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice a typo most likely meant, or None when nothing is close.

    Short Chinese words differ by a whole character: 本课 is half of 本科 by ratio, and still
    plainly meant it, so short words take a lower bar.

    >>> closest("本课", ["本科", "硕士", "博士"])
    '本科'
    >>> closest("educaton", ["name", "education"])
    'education'
    >>> closest("xyz", ["本科", "硕士"]) is None
    True
    """
    from rapidfuzz import fuzz, process  # imported here: only error paths need it

    word = str(word)[:200]
    cutoff = 50 if len(word) <= 4 else 60
    found = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=cutoff)
    return found[0] if found else None


def read_yaml(path: Path) -> Any:
    """Parse a YAML file within the input limits (``rules.yaml_input``)."""
    try:
        return _read_limited(path)
    except InputError as err:
        raise CaseError(err.source, err.key, err.problem, err.suggestion) from None


def parse_title(value: object, source: str, key: str = "title") -> Title:
    """A title given in English or Chinese (``senior_engineer``, ``高级工程师``, ``高工``)."""
    return Title(_Reader(source).enum(value, key, Title))


def load_yaml_as(path: str | Path, parse: Callable[[Any, str], T]) -> T:
    """Read a YAML file and ``parse(raw, source)`` it; a ``CaseError`` names its key's line."""
    path = Path(path)
    raw = read_yaml(path)
    try:
        return parse(raw, str(path))
    except CaseError as err:
        raise at_line(err, path) from None


def load_case(path: str | Path) -> Case:
    """Read and validate a case file."""
    return load_yaml_as(path, parse_case)


def at_line(err: CaseError, path: Path) -> CaseError:
    """``err`` with the line of its key in ``path`` (「第 12 行」), where it can be found."""
    from .yaml_input import line_of

    line = line_of(path, err.key) if err.key and not err.key.startswith("第 ") else None
    if line is None:
        return err
    return CaseError(err.source, f"{err.key}（第 {line} 行）", err.problem, err.suggestion)


class _Reader:
    """Walks the parsed YAML, converting values and naming the key path on error."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, key: str, problem: str, suggestion: str | None = None) -> CaseError:
        return CaseError(self.source, key, problem, suggestion)

    def mapping(self, value: Any, key: str, allowed: Iterable[str], required: Iterable[str] = ()) -> dict:
        if not isinstance(value, dict):
            raise self.fail(key, f"应为映射（键: 值），实为{_describe(value)}")
        allowed = list(allowed)
        for name in value:
            if name not in allowed:
                where = f"{key}.{name}" if key else str(name)
                raise self.fail(where, f"未知的键；应为 {', '.join(allowed)} 之一",
                                closest(str(name), allowed))
        for name in required:
            if value.get(name) is None:
                raise self.fail(f"{key}.{name}" if key else name, "缺少必填的键")
        return value

    def enum(self, value: Any, key: str, enum: type[StrEnum]) -> StrEnum:
        return enum(self.choice(value, key, [m.value for m in enum], ALIASES.get(enum, {})))

    def choice(self, value: Any, key: str, choices: list[str], aliases: dict[str, str]) -> str:
        if isinstance(value, str):
            if value in choices:
                return value
            folded = {fold_alias(a): v for a, v in aliases.items()}
            if fold_alias(value) in folded:
                return folded[fold_alias(value)]
        words = choices + list(aliases)
        raise self.fail(key, f"应为 {', '.join(choices)} 之一，实为{_describe(value)}",
                        closest(str(value), words) if isinstance(value, str) else None)

    def date(self, value: Any, key: str) -> PartialDate | None:
        if value is None:
            return None
        try:
            return PartialDate.parse(value)
        except DateFormatError as err:
            raise self.fail(key, str(err)) from None

    def boolean(self, value: Any, key: str) -> bool:
        if isinstance(value, bool):
            return value
        if value in ("是", "否"):
            return value == "是"
        raise self.fail(key, f"应为 true 或 false（是/否），实为{_describe(value)}")

    def integer(self, value: Any, key: str, minimum: int, maximum: int = 10_000) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"应为不小于 {minimum} 的整数，实为{_describe(value)}")
        if value < minimum:
            raise self.fail(key, f"应为不小于 {minimum} 的整数，实为 {value}")
        if value > maximum:
            raise self.fail(key, f"应为不大于 {maximum} 的整数，实为 {clip(value, 30)}")
        return value

    def number(self, value: Any, key: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise self.fail(key, f"应为不小于 0 的有限数，实为{_describe(value)}")
        if value < 0:
            raise self.fail(key, f"应为不小于 0 的数，实为 {clip(value, 30)}")
        if value > MAX_AMOUNT:
            raise self.fail(key, f"应为不大于 {MAX_AMOUNT:g} 的数，实为 {clip(value, 30)}")
        return float(value)

    def text(self, value: Any, key: str) -> str:
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            text = str(value).strip()
            if len(text) > MAX_TEXT:
                raise self.fail(key, f"文字过长（{len(text)} 字，上限 {MAX_TEXT} 字）")
            return text
        raise self.fail(key, f"应为文字，实为{_describe(value)}")


def _describe(value: Any) -> str:
    if value is None:
        return "空值"
    if isinstance(value, dict):
        return "映射"
    if isinstance(value, list):
        return "列表"
    return f" {clip(repr(value))}" if isinstance(value, str) else f" {clip(repr(value))}（{type(value).__name__}）"


T = TypeVar("T")
MAX_TEXT = 100  # a name, a grade, a CN: longer is not a value but a paste accident or an attack
MAX_AMOUNT = 1e9  # 万元, 万字: ten trillion yuan is not a project

_APPLICANT_KEYS = [
    "name", "education", "professional_degree", "work_start", "current_title",
    "current_title_date", "target_title", "recommendations", "assessment_passed",
    "sanction_until", "civil_servant", "retired",
]


def parse_applicant(raw: Any, source: str, key: str = "applicant") -> Applicant:
    r = _Reader(source)
    raw = r.mapping(raw, key, _APPLICANT_KEYS, required=("education", "current_title", "target_title"))
    k = lambda name: f"{key}.{name}"  # noqa: E731 - a key path, nothing more
    target = r.enum(raw["target_title"], k("target_title"), Title)
    if target is Title.NONE:
        raise r.fail(k("target_title"), "应为要申报的职称，不能是 none")
    opt_bool = lambda name, default: default if raw.get(name) is None else r.boolean(raw[name], k(name))  # noqa: E731
    return Applicant(
        name=None if raw.get("name") is None else r.text(raw["name"], k("name")),
        education=r.enum(raw["education"], k("education"), Education),
        professional_degree=opt_bool("professional_degree", False),
        work_start=r.date(raw.get("work_start"), k("work_start")),
        current_title=r.enum(raw["current_title"], k("current_title"), Title),
        current_title_date=r.date(raw.get("current_title_date"), k("current_title_date")),
        target_title=target,
        recommendations=0 if raw.get("recommendations") is None
        else r.integer(raw["recommendations"], k("recommendations"), 0),
        assessment_passed=opt_bool("assessment_passed", None),
        sanction_until=r.date(raw.get("sanction_until"), k("sanction_until")),
        civil_servant=opt_bool("civil_servant", False),
        retired=opt_bool("retired", False),
    )


# How each achievement key is read; enums of the achievement's own vocabulary.
def _field_readers(r: _Reader, kind: Kind) -> dict[str, Callable[[Any, str], Any]]:
    choice = lambda name, choices: (lambda v, k: r.choice(v, k, list(choices), VALUE_ALIASES.get(name, {})))  # noqa: E731
    level_enum = StandardLevel if kind is Kind.STANDARD else Level
    return {
        "rank": lambda v, k: r.integer(v, k, 1),
        "role": choice("role", ROLES),
        "category": choice("category", PROJECT_CATEGORIES),
        "level": lambda v, k: r.enum(v, k, level_enum),
        "patent_type": choice("patent_type", PATENT_TYPES),
        "book_kind": choice("book_kind", BOOK_KINDS),
        "report_kind": choice("report_kind", REPORT_KINDS),
        "promoted_level": choice("promoted_level", PROMOTED_LEVELS),
        "grade": r.text, "cn": r.text, "issn": r.text, "isbn": r.text,
        **{b: r.boolean for b in ("accepted", "benefit", "appraised", "granted", "core_journal",
                                   "sole_author", "implemented", "adopted")},
        **{n: r.number for n in ("investment_wan", "words_wan", "total_words_wan", "amount_wan")},
    }


def parse_achievement(raw: Any, source: str, key: str, extra_keys: Iterable[str] = ()) -> tuple[Achievement, dict]:
    """One achievement; keys in ``extra_keys`` (such as ``evidence`` in claims) are returned apart."""
    r = _Reader(source)
    if not isinstance(raw, dict):
        raise r.fail(key, f"应为含 kind 与 date 的映射，实为{_describe(raw)}")
    if raw.get("kind") is None:
        raise r.fail(f"{key}.kind", f"缺少必填的键；应为 {', '.join(Kind)} 之一")
    kind = r.enum(raw["kind"], f"{key}.kind", Kind)
    extra_keys = tuple(extra_keys)
    r.mapping(raw, key, ("kind", "date") + KIND_KEYS[kind] + extra_keys, KIND_REQUIRED.get(kind, ()))
    readers = _field_readers(r, kind)
    values: dict[str, Any] = {}
    for name in KIND_KEYS[kind]:
        if raw.get(name) is not None:
            values[name] = readers[name](raw[name], f"{key}.{name}")
    extras = {name: raw[name] for name in extra_keys if name in raw}
    return Achievement(kind=kind, date=r.date(raw.get("date"), f"{key}.date"), **values), extras


def parse_achievements(raw: Any, source: str, key: str = "achievements") -> list[Achievement]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise CaseError(source, key, f"应为成果列表，实为{_describe(raw)}")
    return [parse_achievement(item, source, f"{key}[{i}]")[0] for i, item in enumerate(raw)]


def default_as_of() -> PartialDate:
    """31 December of this year (CONTRACT §3)."""
    return PartialDate(dt.date.today().year, 12, 31)


def parse_case(raw: Any, source: str = "<case>") -> Case:
    r = _Reader(source)
    if raw is None:
        raise r.fail("", "文件是空的；应为含 applicant 与 achievements 的映射")
    raw = r.mapping(raw, "", ("as_of", "applicant", "achievements"), required=("applicant",))
    as_of = r.date(raw.get("as_of"), "as_of") or default_as_of()
    return Case(
        applicant=parse_applicant(raw["applicant"], source),
        as_of=as_of,
        achievements=parse_achievements(raw.get("achievements"), source),
    )


def parse_profile(raw: Any, source: str = "<profile>") -> tuple[Applicant, PartialDate]:
    """A bundle's profile.yaml: the ``as_of`` and ``applicant`` parts of a case (CONTRACT §6)."""
    r = _Reader(source)
    raw = r.mapping(raw, "", ("as_of", "applicant"), required=("applicant",))
    return parse_applicant(raw["applicant"], source), r.date(raw.get("as_of"), "as_of") or default_as_of()
