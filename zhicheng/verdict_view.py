"""The verdict as text for a person: the conclusion first, then each condition."""

from __future__ import annotations

import sys
from typing import TextIO

from rules.catalog import GROUP_ZH
from rules.verdict import ConditionResult, Verdict
from rules.vocabulary import Title

SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}

# Sections of the report, in order: which condition groups each one shows.
SECTIONS = [
    ("适用范围与不得申报情形", ("applicability", "bars")),
    (GROUP_ZH["basic"], ("basic",)),
    (GROUP_ZH["performance"], ("performance",)),
    (GROUP_ZH["exceptional_prerequisites"], ("exceptional_prerequisites",)),
    (GROUP_ZH["exceptional"], ("exceptional",)),
]


def _excerpt(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[:width] + "…"


def _condition_lines(c: ConditionResult) -> list[str]:
    mark = "✓" if c.met else "✗"
    lines = [f"  {mark} {c.id:<7} {c.article}  {_excerpt(c.text)}"]
    lines += [f"      {r}" if r.startswith("  ") else f"      · {r}" for r in c.reasons]
    lines += [f"      ➜ {m}" for m in c.missing]
    return lines


def verdict_lines(verdict: Verdict) -> list[str]:
    target = Title(verdict.target_title)
    lines = [
        f"结论：{verdict.summary}",
        f"申报职称：{target.zh}（{target.value}）  评审截止日：{verdict.as_of}  "
        f"途径：{ {'normal': '正常', 'exceptional': '破格', None: '无'}[verdict.route] }  规则：{verdict.rule_pack}",
    ]
    for heading, groups in SECTIONS:
        members = [c for c in verdict.conditions if c.group in groups]
        if not members:
            continue
        met = sum(c.met for c in members)
        lines += ["", f"【{heading}】 {met}/{len(members)} 项满足"]
        for c in members:
            lines += _condition_lines(c)
    if verdict.issues:
        lines += ["", f"【问题】 {len(verdict.issues)} 条"]
        for issue in verdict.issues:
            where = f" {issue.file}" + (f" 第{issue.page}页" if issue.page else "") if issue.file else ""
            lines.append(f"  [{SEVERITY_ZH[issue.severity]}] {issue.code}{where}：{issue.message}")
    if verdict.manual_checks:
        lines += ["", "【须人工审核（材料无法判定）】"]
        lines += [f"  {n['article']}：{_excerpt(n['text'], 60)}" for n in verdict.manual_checks]
    return lines


def render_verdict(verdict: Verdict, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write("\n".join(verdict_lines(verdict)) + "\n")
