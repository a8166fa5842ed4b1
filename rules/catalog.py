"""Loading a rule pack: the conditions, with the article's words beside their encoding.

The pack is data (``rules/packs/*.yaml``) so that a reviewer can read the law and the
encoding side by side, and so that other provinces and years are new files, not new
code.  Loading is strict, like OpenFisca's parameter loader: an unknown key, an unknown
filter or a duplicate id stops with the pack's path in the message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .requirements import Requirement, parse_requirement
from .vocabulary import TARGET_TITLES, Education, Title

DEFAULT_PACK = "chongqing-2022-67"

# "bars" is 第五条's group as ../shared/schema/verdict.schema.json spells it; CONTRACT §4's
# prose calls it "disqualification".  Outputs are validated against the schema, so the
# schema's word is used (the discrepancy is reported upstream).
GROUPS = ("applicability", "bars", "basic", "performance",
          "exceptional_prerequisites", "exceptional")
GROUP_ZH = {
    "applicability": "适用范围", "bars": "不得申报情形", "basic": "基本条件（学历与年限）",
    "performance": "业绩条件（满足其一）", "exceptional_prerequisites": "破格前提",
    "exceptional": "破格条件（满足其一）",
}


class PackError(ValueError):
    """A rule pack that does not load: a bug in the data, reported with its path."""


@dataclass(frozen=True)
class EducationAlternative:
    """One "或" branch of a basic article: education, and optionally title and years."""

    education: tuple[Education, ...]
    title: Title | None = None  # the current title it requires
    years: int = 0
    years_from: str | None = None  # "title" (current_title_date) or "work_start"
    assessment: bool = False  # 经考察合格


@dataclass(frozen=True)
class Decision:
    """How a condition is decided: ``check`` names the procedure, the rest are its data."""

    check: str
    alternatives: tuple[EducationAlternative, ...] = ()
    any_of: tuple[tuple[Requirement, ...], ...] = ()  # each alternative: all of these
    previous_title: Title | None = None
    years: int = 0
    years_waived_for: tuple[Education, ...] = ()
    recommenders: int = 0


@dataclass(frozen=True)
class Condition:
    id: str
    article: str
    group: str
    titles: tuple[Title, ...]
    text: str
    decide: Decision
    reading: str | None = None


@dataclass(frozen=True)
class Note:
    """A definition (附则) or a condition no document can decide (manual check)."""

    id: str
    article: str
    text: str
    encoding: str | None = None
    titles: tuple[Title, ...] = ()


@dataclass
class Catalog:
    pack: dict[str, Any]
    conditions: list[Condition]
    definitions: list[Note] = field(default_factory=list)
    manual_checks: list[Note] = field(default_factory=list)

    def for_title(self, title: Title) -> list[Condition]:
        return [c for c in self.conditions if title in c.titles]

    def manual_checks_for(self, title: Title) -> list[Note]:
        return [n for n in self.manual_checks if title in n.titles]

    def definition(self, note_id: str) -> Note:
        return next(n for n in self.definitions if n.id == note_id)


_CHECKS = {
    "applicability": set(),
    "not_barred": set(),
    "education_and_years": {"alternatives"},
    "exceptional_prerequisites": {"previous_title", "years", "years_waived_for", "recommenders"},
    "achievements": {"any_of"},
}


def _keys(raw: Any, where: str, allowed: set[str], required: set[str] = frozenset()) -> dict:
    if not isinstance(raw, dict):
        raise PackError(f"{where}: expected a mapping")
    if unknown := set(raw) - allowed:
        raise PackError(f"{where}: unknown keys {sorted(unknown)}")
    if missing := set(required) - set(raw):
        raise PackError(f"{where}: missing keys {sorted(missing)}")
    return raw


def _titles(raw: Any) -> tuple[Title, ...]:
    return tuple(TARGET_TITLES) if raw == "all" else tuple(Title(t) for t in raw)


def _decision(raw: Any, where: str) -> Decision:
    check = _keys(raw, where, {"check"} | set().union(*_CHECKS.values()), {"check"})["check"]
    if check not in _CHECKS:
        raise PackError(f"{where}: unknown check {check!r}")
    _keys(raw, where, {"check"} | _CHECKS[check])
    alternatives = tuple(
        EducationAlternative(
            education=tuple(Education(e) for e in alt["education"]),
            title=Title(alt["title"]) if alt.get("title") else None,
            years=alt.get("years", 0),
            years_from=alt.get("years_from"),
            assessment=alt.get("assessment", False),
        )
        for alt in (_keys(a, where, {"education", "title", "years", "years_from", "assessment"}, {"education"})
                    for a in raw.get("alternatives", ()))
    )
    any_of = []
    for n, alt in enumerate(raw.get("any_of", ())):
        parts = alt["all_of"] if "all_of" in alt else [alt]
        any_of.append(tuple(parse_requirement(p, f"{where}.any_of[{n}]") for p in parts))
    return Decision(
        check=check,
        alternatives=alternatives,
        any_of=tuple(any_of),
        previous_title=Title(raw["previous_title"]) if raw.get("previous_title") else None,
        years=raw.get("years", 0),
        years_waived_for=tuple(Education(e) for e in raw.get("years_waived_for", ())),
        recommenders=raw.get("recommenders", 0),
    )


def parse_catalog(raw: Any, source: str) -> Catalog:
    raw = _keys(raw, source, {"pack", "definitions", "manual_checks", "conditions"}, {"pack", "conditions"})
    conditions: list[Condition] = []
    seen: set[tuple[str, Title]] = set()
    for n, item in enumerate(raw["conditions"]):
        where = f"{source}: conditions[{n}]"
        item = _keys(item, where, {"id", "article", "group", "titles", "text", "decide", "reading"},
                     {"id", "article", "group", "titles", "text", "decide"})
        if item["group"] not in GROUPS:
            raise PackError(f"{where}: unknown group {item['group']!r}")
        try:
            cond = Condition(
                id=str(item["id"]), article=item["article"], group=item["group"],
                titles=_titles(item["titles"]), text=item["text"].strip(),
                decide=_decision(item["decide"], f"{where} ({item['id']})"),
                reading=(item.get("reading") or "").strip() or None,
            )
        except (ValueError, KeyError, TypeError) as err:
            raise PackError(f"{where} ({item.get('id')}): {err}") from None
        for title in cond.titles:
            if (cond.id, title) in seen:
                raise PackError(f"{where}: duplicate id {cond.id} for {title}")
            seen.add((cond.id, title))
        conditions.append(cond)

    def notes(key: str) -> list[Note]:
        return [Note(id=str(d["id"]), article=d["article"], text=d["text"].strip(),
                     encoding=(d.get("encoding") or "").strip() or None,
                     titles=_titles(d.get("titles", "all")))
                for d in (_keys(d, f"{source}: {key}", {"id", "article", "text", "encoding", "titles"})
                          for d in raw.get(key, ()))]

    return Catalog(pack=raw["pack"], conditions=conditions,
                   definitions=notes("definitions"), manual_checks=notes("manual_checks"))


def load_catalog_file(path: str | Path) -> Catalog:
    path = Path(path)
    try:
        # libyaml's C loader where present: the pack is read on every `evaluate` start.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, yaml.YAMLError) as err:
        raise PackError(f"{path}: {err}") from None
    return parse_catalog(raw, str(path))


@lru_cache(maxsize=None)
def load_catalog(pack: str = DEFAULT_PACK) -> Catalog:
    """A rule pack shipped with the package, by name."""
    ref = resources.files("rules.packs") / f"{pack}.yaml"
    if not ref.is_file():
        raise PackError(f"no rule pack named {pack!r}")
    with resources.as_file(ref) as path:
        return load_catalog_file(path)
