"""The verdict as text for a person: the conclusion first, then each condition.

Works on the verdict's dict (CONTRACT §4), so ``evaluate`` and ``check`` share it; for
``check`` each condition also names the files behind the achievements it used.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from rules.catalog import GROUP_ZH
from rules.verdict import Verdict
from rules.vocabulary import Title

SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
ROUTE_ZH = {"normal": "正常", "exceptional": "破格", None: "无"}

# Sections of the report, in order: which condition groups each one shows.
SECTIONS = [
    ("适用范围与不得申报情形", ("applicability", "bars")),
    (GROUP_ZH["basic"], ("basic",)),
    (GROUP_ZH["performance"], ("performance",)),
    (GROUP_ZH["exceptional_prerequisites"], ("exceptional_prerequisites",)),
    (GROUP_ZH["exceptional"], ("exceptional",)),
]


def excerpt(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[:width] + "…"


# What a condition's answer rests on (CONTRACT §6.2), as the report says it.
BASIS_ZH = {"evidence": "有材料佐证", "declared": "仅据申报人自述", "none": "无依据"}


def _condition_lines(c: dict[str, Any], achievements: list[dict[str, Any]] | None) -> list[str]:
    mark = "✓" if c["met"] else "✗"
    basis = f"［{BASIS_ZH[c['basis']]}］" if c.get("basis") in BASIS_ZH else ""
    lines = [f"  {mark} {c['id']:<7} {c['article']}{basis}  {excerpt(c['text'])}"]
    lines += [f"      {r}" if r.startswith("  ") else f"      · {r}" for r in c["reasons"]]
    lines += [f"      ➜ {m}" for m in c.get("missing", [])]
    if achievements and c["evidence"]:
        files = sorted({f for i in c["evidence"] for f in achievements[i].get("evidence", [])})
        if files:
            lines.append("      材料：" + "、".join(files))
    return lines


def issue_line(issue: dict[str, Any]) -> str:
    from .html_assets import ISSUE_ZH

    where = ""
    if issue.get("file"):
        where = f" {issue['file']}" + (f" 第{issue['page']}页" if issue.get("page") else "")
    name = ISSUE_ZH.get(issue["code"], issue["code"])
    return f"  [{SEVERITY_ZH[issue['severity']]}] {name}{where}：{issue['message']}"


def pack_name(pack_id: str) -> str:
    """The rule document a pack encodes (渝人社发〔2022〕67号), as people cite it."""
    from rules import load_catalog

    try:
        pack = load_catalog(pack_id).pack
    except Exception:  # noqa: BLE001 - a user's pack file: its id is all there is
        return pack_id
    return str(pack.get("document") or pack_id)


def verdict_lines(verdict: dict[str, Any], achievements: list[dict[str, Any]] | None = None) -> list[str]:
    target = Title(verdict["target_title"])
    from .summary import explanation

    lines = [
        f"结论：{explanation(verdict) if 'eligible_as_declared' in verdict else verdict['summary']}",
        f"申报职称：{target.zh}  评审截止日：{verdict['as_of']}  "
        f"途径：{ROUTE_ZH[verdict['route']]}  依据：{pack_name(verdict['rule_pack'])}",
    ]
    for heading, groups in SECTIONS:
        members = [c for c in verdict["conditions"] if c["group"] in groups]
        if not members:
            continue
        met = sum(c["met"] for c in members)
        lines += ["", f"【{heading}】 {met}/{len(members)} 项满足"]
        for c in members:
            lines += _condition_lines(c, achievements)
    if verdict.get("manual_checks"):
        lines += ["", "【须人工审核（材料无法判定）】"]
        lines += [f"  {n['article']}：{excerpt(n['text'], 60)}" for n in verdict["manual_checks"]]
    if verdict["issues"]:
        lines += ["", f"【问题】 {len(verdict['issues'])} 条"]
        lines += [issue_line(i) for i in verdict["issues"]]
    return lines


def render_verdict(verdict: Verdict, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write("\n".join(verdict_lines(verdict.to_dict())) + "\n")
