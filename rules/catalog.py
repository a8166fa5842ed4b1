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

from .requirements import CITED, Requirement, parse_requirement
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
    params: dict[str, Any] = field(default_factory=dict)  # the numbers the article sets


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

    def article(self, note_id: str) -> str:
        """The article of a definition or manual check, as the pack writes it: ``第十六条（八）``.
        Reasons cite through this, so a citation is never spelt in code."""
        return next(n.article for n in self.definitions + self.manual_checks if n.id == note_id)

    def param(self, note_id: str, name: str) -> Any:
        """A number an article sets (第十七条: one year earlier), from the pack."""
        return self.definition(note_id).params[name]


# Articles and numbers the evaluator takes from the pack (by id): a pack without them does not
# load, so a reason can never cite what the pack does not say.
CITED_BY_EVALUATOR = ("16.4", "16.8", "17", "19")
PARAMS_USED = {"17": ("years_earlier",)}

_CHECKS = {
    "applicability": set(),
    "not_barred": set(),
    "education_and_years": {"alternatives"},
    "exceptional_prerequisites": {"previous_title", "years", "years_waived_for", "recommenders"},
    "achievements": {"any_of"},
}


def _keys(raw: Any, where: str, allowed: set[str], required: set[str] = frozenset()) -> dict:
    if not isinstance(raw, dict):
        raise PackError(f"{where}：应为映射")
    if unknown := set(raw) - allowed:
        raise PackError(f"{where}：未知的键 {sorted(str(k)[:80] for k in unknown)}；应为 {sorted(allowed)} 之一")
    if missing := set(required) - set(raw):
        raise PackError(f"{where}：缺少键 {sorted(missing)}")
    return raw


def _count(value: Any, where: str, name: str) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise PackError(f"{where}.{name}：应为不小于 0 的整数，实为 {str(value)[:80]!r}")
    return value


def _titles(raw: Any) -> tuple[Title, ...]:
    return tuple(TARGET_TITLES) if raw == "all" else tuple(Title(t) for t in raw)


def _decision(raw: Any, where: str) -> Decision:
    check = _keys(raw, where, {"check"} | set().union(*_CHECKS.values()), {"check"})["check"]
    if check not in _CHECKS:
        raise PackError(f"{where}: unknown check {check!r}")
    _keys(raw, where, {"check"} | _CHECKS[check])
    alternatives = []
    for alt in raw.get("alternatives") or ():
        alt = _keys(alt, where, {"education", "title", "years", "years_from", "assessment"}, {"education"})
        years = _count(alt.get("years"), where, "years")
        if years and alt.get("years_from") not in ("title", "work_start"):
            raise PackError(f"{where}.years_from：年限须注明起算点 title 或 work_start")
        if not isinstance(alt.get("assessment", False), bool):
            raise PackError(f"{where}.assessment：应为 true 或 false")
        if not isinstance(alt["education"], list) or not alt["education"]:
            raise PackError(f"{where}.education：应为非空列表")
        alternatives.append(EducationAlternative(
            education=tuple(Education(e) for e in alt["education"]),
            title=Title(alt["title"]) if alt.get("title") else None,
            years=years,
            years_from=alt.get("years_from"),
            assessment=alt.get("assessment", False),
        ))
    if check == "education_and_years" and not alternatives:
        raise PackError(f"{where}.alternatives：应为非空列表")
    if check == "achievements" and not raw.get("any_of"):
        raise PackError(f"{where}.any_of：应为非空列表")
    any_of = []
    for n, alt in enumerate(raw.get("any_of") or ()):
        parts = alt["all_of"] if isinstance(alt, dict) and "all_of" in alt else [alt]
        if not isinstance(parts, list) or not parts:
            raise PackError(f"{where}.any_of[{n}].all_of：应为非空列表")
        any_of.append(tuple(parse_requirement(p, f"{where}.any_of[{n}]") for p in parts))
    if check == "exceptional_prerequisites" and not raw.get("previous_title"):
        raise PackError(f"{where}.previous_title：破格前提须注明原职称")
    return Decision(
        check=check,
        alternatives=tuple(alternatives),
        any_of=tuple(any_of),
        previous_title=Title(raw["previous_title"]) if raw.get("previous_title") else None,
        years=_count(raw.get("years"), where, "years"),
        years_waived_for=tuple(Education(e) for e in raw.get("years_waived_for") or ()),
        recommenders=_count(raw.get("recommenders"), where, "recommenders"),
    )


def parse_catalog(raw: Any, source: str) -> Catalog:
    raw = _keys(raw, source, {"pack", "definitions", "manual_checks", "conditions"}, {"pack", "conditions"})
    conditions: list[Condition] = []
    seen: set[tuple[str, Title]] = set()
    if not isinstance(raw["conditions"], list) or not raw["conditions"]:
        raise PackError(f"{source}: conditions：应为非空列表")
    for n, item in enumerate(raw["conditions"]):
        where = f"{source}: conditions[{n}]"
        item = _keys(item, where, {"id", "article", "group", "titles", "text", "decide", "reading"},
                     {"id", "article", "group", "titles", "text", "decide"})
        if item["group"] not in GROUPS:
            raise PackError(f"{where}: unknown group {item['group']!r}")
        try:
            cond = Condition(
                id=str(item["id"]), article=_text(item["article"], f"{where}.article"), group=item["group"],
                titles=_titles(item["titles"]), text=_text(item["text"], f"{where}.text"),
                decide=_decision(item["decide"], f"{where} ({item['id']})"),
                reading=(item.get("reading") or "").strip() or None,
            )
        except PackError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            text = str(err)  # parse_requirement's messages already say where they are
            raise PackError(text if text.startswith(source) else f"{where} ({item.get('id')}): {text}") from None
        for title in cond.titles:
            if (cond.id, title) in seen:
                raise PackError(f"{where}: duplicate id {cond.id} for {title}")
            seen.add((cond.id, title))
        conditions.append(cond)

    def notes(key: str) -> list[Note]:
        out = []
        for n, d in enumerate(raw.get(key) or ()):
            where = f"{source}: {key}[{n}]"
            d = _keys(d, where, {"id", "article", "text", "encoding", "titles", "params"}, {"id", "article", "text"})
            params = d.get("params") or {}
            if not isinstance(params, dict) or not all(
                    isinstance(v, (int, float)) and not isinstance(v, bool) for v in params.values()):
                raise PackError(f"{where}.params：应为“名称: 数字”的映射")
            try:
                out.append(Note(id=str(d["id"]), article=_text(d["article"], f"{where}.article"),
                                text=_text(d["text"], f"{where}.text"),
                                encoding=(d.get("encoding") or "").strip() or None,
                                titles=_titles(d.get("titles", "all")), params=dict(params)))
            except (ValueError, TypeError) as err:
                raise PackError(f"{where}：{err}") from None
        return out

    catalog = Catalog(pack=_keys(raw["pack"], f"{source}: pack", {"id", "name", "document", "issuer", "effective"}, {"id"}),
                      conditions=conditions, definitions=notes("definitions"), manual_checks=notes("manual_checks"))
    ids = {n.id for n in catalog.definitions + catalog.manual_checks}
    for note_id in CITED + CITED_BY_EVALUATOR:
        if note_id not in ids:
            raise PackError(f"{source}：缺少条款 {note_id}（理由中引用它，其条款号须出自规则包）")
    for note_id, names in PARAMS_USED.items():
        for name in names:
            if name not in catalog.definition(note_id).params:
                raise PackError(f"{source}: definitions {note_id}：缺少参数 params.{name}")
    return catalog


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PackError(f"{where}：应为非空文字")
    return value.strip()


def load_catalog_file(path: str | Path, *, trusted: bool = False) -> Catalog:
    """A pack from a file.  ``trusted`` (the shipped pack) takes libyaml's fast loader; a
    user's pack goes through the same limits as any other input (size, depth, aliases)."""
    path = Path(path)
    if trusted:
        try:
            # libyaml's C loader where present: the pack is read on every `evaluate` start.
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        except (OSError, yaml.YAMLError) as err:
            raise PackError(f"{path}: {err}") from None
    else:
        from .yaml_input import InputError, read_yaml

        try:
            raw = read_yaml(path)
        except InputError as err:
            raise PackError(str(err)) from None
    return parse_catalog(raw, str(path))


@lru_cache(maxsize=None)
def load_catalog(pack: str = DEFAULT_PACK) -> Catalog:
    """A rule pack shipped with the package, by name."""
    import re

    if not isinstance(pack, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", pack):
        raise PackError(f"规则包名称 {str(pack)[:80]!r} 无效")  # never a path: nothing outside the package is read
    ref = resources.files("rules.packs") / f"{pack}.yaml"
    if not ref.is_file():
        raise PackError(f"no rule pack named {pack!r}")
    with resources.as_file(ref) as path:
        return load_catalog_file(path, trusted=True)
