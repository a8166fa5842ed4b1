"""``zhicheng rules``: the catalog as JSON or as a table a reviewer reads beside the law."""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any

from rules.catalog import GROUP_ZH, Catalog, Condition
from rules.vocabulary import TARGET_TITLES, Title


def _plain(value: Any) -> Any:
    """Dataclasses, enums and tuples as JSON-ready data, without empty defaults."""
    if dataclasses.is_dataclass(value):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if item in (None, (), {}, 0, "", False) and f.name != "check":
                continue
            out[f.name] = _plain(item)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def condition_to_dict(cond: Condition) -> dict[str, Any]:
    return {
        "id": cond.id,
        "article": cond.article,
        "group": cond.group,
        "titles": [t.value for t in cond.titles],
        "text": cond.text,
        "reading": cond.reading,
        "decide": _plain(cond.decide),
    }


def catalog_to_dict(catalog: Catalog, title: Title | None) -> dict[str, Any]:
    conditions = catalog.for_title(title) if title else catalog.conditions
    manual = catalog.manual_checks_for(title) if title else catalog.manual_checks
    return {
        "rule_pack": {k: str(v) for k, v in catalog.pack.items()},
        "title": title.value if title else None,
        "conditions": [condition_to_dict(c) for c in conditions],
        "definitions": [_plain(d) for d in catalog.definitions],
        "manual_checks": [_plain(n) for n in manual],
    }


def render_catalog(catalog: Catalog, title: Title | None) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    console.print(f"[bold]{catalog.pack.get('name')}[/]（{catalog.pack.get('document')}）")
    for target in [title] if title else TARGET_TITLES:
        table = Table(title=f"{target.zh}（{target.value}）", show_lines=True, expand=True)
        table.add_column("编号", no_wrap=True)
        table.add_column("条款", no_wrap=True)
        table.add_column("类别", no_wrap=True)
        table.add_column("原文", ratio=1, overflow="fold")
        for cond in catalog.for_title(target):
            text = escape(cond.text) + (f"\n[dim]解读：{escape(cond.reading)}[/]" if cond.reading else "")
            table.add_row(cond.id, cond.article, GROUP_ZH[cond.group].split("（")[0], text)
        for note in catalog.manual_checks_for(target):
            table.add_row(note.id, note.article, "人工审核", f"[dim]{escape(note.text)}[/]")
        console.print(table)
