"""``check --format html``: one self-contained HTML page a reviewer can read, print or mail.

The top of the page fits one screen (1366×768) and is all a busy reviewer needs: the errors
that must be dealt with first, then the verdict (never 符合 while an error stands), the route
and the counts, then every condition on one line.  Below come the details: each condition
with its article's words, reasons, what is missing and the files behind it; the achievements
that count and those that do not, with why; the evidence itself (a thumbnail of each file and,
for the fields that decide the verdict, a crop of the page where each was read); every issue
and the checks left to a person.  Everything a reader sees is Chinese; codes stay in the markup.  Nothing is fetched from outside: styles are
inline and images are data URIs, so the file opens the same offline and years later.

All text that came out of a document (OCR, text layers, file names) is untrusted and goes
through ``html.escape``; markup is only ever built from our own constants.
"""

from __future__ import annotations

import base64
import html
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Callable, Iterable

from rules.catalog import GROUP_ZH

from .documents import Document
from .documents_view import code_zh, issue_message, value_text
from .intake import readable_name
from .html_assets import (BASIS_ZH, CSS, DOC_TYPE_ZH, GROUP_ALIASES, GROUP_ORDER, ISSUE_ZH, PAGE, TEXT_SOURCE_ZH,
                          VALUE_ZH, fact_label, plain)
from .html_assets import field_label as _field_label
from .summary import FIX, conclusion, explanation
from .verdict_view import ROUTE_ZH, SEVERITY_ZH

if TYPE_CHECKING:
    from PIL import Image

    from extractor.images import PageView

    from .bundle import BundleReport

THUMB_WIDTH = 240
THUMB_QUALITY = 70
CROP_MAX_WIDTH = 900
CROP_QUALITY = 80
CROP_TEXT_HEIGHT = 34  # px a highlighted line is shrunk to: big headings must not fill the screen
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# How the rules name an achievement: 成果[N] (its index, from 0); a reader counts from 1.
# 成果N without brackets is already a reader's number.
ACHIEVEMENT_REF = re.compile(r"成果(?:\[(\d+)\]|(\d+)(?![\d\]]))")
ANY_OF_GROUPS = {"performance", "exceptional"}  # 满足其一
EXCEPTIONAL_GROUPS = {"exceptional_prerequisites", "exceptional"}
ROUTE_GROUPS = {"normal": ("basic", "performance"), "exceptional": ("exceptional_prerequisites", "exceptional")}
HIGHLIGHT = (214, 0, 0)
STRIP_ERRORS = 5  # errors listed at the top; the rest are in the issues section
REASONS_PER_ACHIEVEMENT = 3


def esc(value: Any) -> str:
    """Escape anything for HTML text or attributes: OCR text may hold ``<script>``."""
    return html.escape(str(value), quote=True)


# ---------------------------------------------------------------- entry point


def render_html(report: BundleReport) -> str:
    """The whole report as one HTML string (UTF-8 when written)."""
    verdict = report.verdict
    anchors = document_anchors(report.documents)
    issues = all_issues(verdict.get("issues", []), report.documents)
    counted = counted_achievements(verdict, len(report.achievements))
    parts = [
        summary_header(verdict, report, issues, anchors, counted),
        "<main>",
        table_of_contents(),
        conditions_section(verdict, report.achievements, anchors, issues),
        achievements_section(verdict, report.achievements, anchors, counted, issues),
        documents_section(report.documents, Path(report.bundle), anchors),
        issues_section(issues, anchors, Names(report.achievements)),
        manual_section(verdict.get("manual_checks") or []),
        f'<footer>由 zhicheng 生成 · 依据 {esc(rule_document(verdict.get("rule_pack")))} · '
        "本报告为辅助审核材料，结论以评审机构认定为准。</footer>",
        "</main>",
    ]
    title = f"职称申报材料审核报告 · {title_zh(verdict.get('target_title'))}"
    return PAGE.format(title=esc(title), css=CSS, body="\n".join(parts))


def rule_document(pack: str | None) -> str:
    """The rule document a pack encodes (渝人社发〔2022〕67号), or the pack's id."""
    try:
        from rules.catalog import load_catalog

        return str(load_catalog(pack).pack.get("document") or pack) if pack else ""
    except Exception:  # noqa: BLE001 - a footer must never sink the report
        return str(pack or "")


def document_anchors(documents: list[Document]) -> dict[str, str]:
    """Each document's anchor id (by ``Document.key``), and each file's (its first document,
    for links from issues that name the file); ids are positional so odd file names never
    break them."""
    anchors: dict[str, str] = {}
    for n, doc in enumerate(documents):
        anchors.setdefault(doc.file, f"doc-{n}")
        anchors[doc.key] = f"doc-{n}"
    return anchors


def all_issues(verdict_issues: list[dict[str, Any]], documents: list[Document]) -> list[dict[str, Any]]:
    """The verdict's issues plus any document issue it lacks, errors first.

    ``check`` already merges document issues into the verdict; a report built some other way
    must still list them, but never twice.
    """
    seen: set[tuple] = set()
    out = []
    for item in [*verdict_issues, *(i for d in documents for i in d.issues)]:
        key = (item.get("severity"), item.get("code"), item.get("file"), item.get("page"), item.get("message"))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return sorted(out, key=lambda i: SEVERITY_ORDER.get(i.get("severity"), 3))


def errors_of(issues: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for i in issues if i.get("severity") == "error"]


def counted_achievements(verdict: dict[str, Any], count: int) -> dict[int, list[dict[str, Any]]]:
    """The achievements that count: each one a met condition rests on, with those conditions."""
    used: dict[int, list[dict[str, Any]]] = {}
    for c in verdict.get("conditions", []):
        if c.get("met"):
            for index in c.get("evidence") or []:
                if isinstance(index, int) and 0 <= index < count:
                    used.setdefault(index, []).append(c)
    return used


# ---------------------------------------------------------------- small pieces


def title_zh(value: str | None) -> str:
    from rules.vocabulary import Title

    try:
        return Title(value).zh
    except ValueError:
        return str(value)


def achievement_id(index: int) -> str:
    """The anchor of an achievement's row (positional: labels may hold any file name)."""
    return f"ach-{index + 1}"


def achievement_name(index: int, a: dict[str, Any] | None = None) -> str:
    """How an achievement is named wherever it appears, as the verdict's reasons name it:
    成果3 for the third claim of claims.yaml, 材料 FILE for a document counted without a
    claim, else its place in the list counted from 1."""
    a = a or {}
    if a.get("claim") is not None:
        return f"成果{int(a['claim']) + 1}"
    if a.get("source") == "document" and a.get("evidence"):
        return f"材料 {a['evidence'][0]}"
    return f"成果{index + 1}"


def _decisive(doc_type: str) -> tuple[str, ...]:
    """The fields that decide for a doc_type (its declaration), none for ``unknown``."""
    from extractor.doctypes import doctype

    declared = doctype(doc_type)
    return declared.decisive if declared else ()


class Names:
    """The achievements' names, and which achievement a 成果N in a message means."""

    def __init__(self, achievements: list[dict[str, Any]]) -> None:
        self.labels = [achievement_name(n, a) for n, a in enumerate(achievements)]
        self.index = {label: n for n, label in enumerate(self.labels)}
        self.by_claim = any(a.get("claim") is not None for a in achievements)

    def __len__(self) -> int:
        return len(self.labels)

    def resolve(self, match: re.Match) -> int | None:
        """The index an ``ACHIEVEMENT_REF`` match names: 成果[N] is an index (older rules),
        成果N a label (or, with no claims behind the list, a place counted from 1)."""
        if match.group(1) is not None:
            index = int(match.group(1))
        elif f"成果{match.group(2)}" in self.index:
            return self.index[f"成果{match.group(2)}"]
        elif self.by_claim:
            return None
        else:
            index = int(match.group(2)) - 1
        return index if 0 <= index < len(self.labels) else None

    def name(self, index: int) -> str:
        return self.labels[index] if 0 <= index < len(self.labels) else f"成果{index + 1}"

    def mentions(self, index: int, text: str) -> bool:
        return any(self.resolve(m) == index for m in ACHIEVEMENT_REF.finditer(text)) \
            or (self.name(index).startswith("材料 ") and self.name(index) in text)

    def link(self, index: Any) -> str:
        try:
            n = int(index)
        except (TypeError, ValueError):
            return esc(index)
        if 0 <= n < len(self.labels):
            return f'<a href="#{achievement_id(n)}">{esc(self.labels[n])}</a>'
        return esc(self.name(n))


def file_link(file: str, anchors: dict[str, str]) -> str:
    """A link to a file's card, or the bare name marked absent when no card exists."""
    if file in anchors:
        return f'<a href="#{anchors[file]}" class="mono">{esc(file)}</a>'
    return f'<span class="mono">{esc(file)}</span> <span class="muted">（材料中没有此文件）</span>'


def severity_badge(severity: str) -> str:
    return f'<span class="sev {esc(severity)}">{esc(SEVERITY_ZH.get(severity, severity))}</span>'


def issue_name(code: str) -> str:
    """An issue's Chinese name; the code stays in the markup (``title``) for whoever needs it."""
    return f'<span class="code" title="{esc(code)}">{esc(ISSUE_ZH.get(code, code))}</span>'


def link_achievements(text: str, names: Names) -> str:
    """Escape a message and turn the achievements it names (成果3, or 成果[2] from older
    rules) into links to their rows, each named as people count."""
    def replace(match: re.Match) -> str:
        index = names.resolve(match)
        if index is not None:
            return f'<a href="#{achievement_id(index)}">{esc(names.name(index))}</a>'
        return f"成果{int(match.group(1)) + 1}" if match.group(1) is not None else match.group(0)

    return ACHIEVEMENT_REF.sub(replace, esc(plain(text)))


def renumbered(text: str) -> str:
    """Plain text with 成果[N] (an index, from older rules) said as people count: 成果N+1."""
    return ACHIEVEMENT_REF.sub(lambda m: f"成果{int(m.group(1)) + 1}" if m.group(1) is not None
                               else m.group(0), plain(text))


def field_label(key: str, doc_type: str, fields: dict[str, Any] | None = None) -> str:
    return _field_label(key, doc_type, fields)


def show_value(key: str, value: Any, doc_type: str = "") -> str:
    """A field or fact for a person: lists joined, booleans 是/否, codes by their Chinese name
    (the code in a tooltip)."""
    if value is None or value == "" or value == []:
        return '<span class="muted">—</span>'
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (list, tuple, dict)):
        return esc(value_text(key, value, doc_type))
    named = value_zh(key, str(value), doc_type)
    if named and named != str(value):
        return f'<span title="{esc(value)}">{esc(named)}</span>'
    return esc(value)


def value_zh(key: str, value: str, doc_type: str) -> str | None:
    return code_zh(key, value, doc_type)


def basis_badge(c: dict[str, Any]) -> str:
    """What a condition rests on (CONTRACT §6.2), when the verdict says."""
    basis = c.get("basis")
    if basis not in BASIS_ZH:
        return ""
    return f'<span class="basis {esc(basis)}" data-basis="{esc(basis)}">{BASIS_ZH[basis]}</span>'


def excerpt(text: str, width: int) -> str:
    text = re.sub(r"\s+", "", str(text))
    return text if len(text) <= width else text[:width] + "…"


# ---------------------------------------------------------------- the top: one screen


def summary_header(verdict: dict[str, Any], report: BundleReport, issues: list[dict[str, Any]],
                   anchors: dict[str, str], counted: dict[int, list]) -> str:
    """The first screen: the errors to deal with first, the verdict, the counts, every condition
    on one line.  What prints first, too."""
    errors = errors_of(issues)
    state = verdict_state(verdict, errors)
    return "\n".join([
        f'<header id="verdict" class="verdict {state}">',
        error_strip(errors, anchors, Names(report.achievements)),
        banner(verdict, report, issues, counted),
        overview(verdict),
        "</header>",
    ])


def verdict_state(verdict: dict[str, Any], errors: list[dict[str, Any]]) -> str:
    """``eligible`` only with no error standing; eligible with errors is ``pending``."""
    if not verdict.get("eligible"):
        return "ineligible"
    return "pending" if errors else "eligible"


def error_strip(errors: list[dict[str, Any]], anchors: dict[str, str], names: Names) -> str:
    """The error-level issues, first of all: each stops the verdict from standing."""
    if not errors:
        return ""
    items = []
    for issue in errors[:STRIP_ERRORS]:
        where = file_link(issue["file"], anchors) + "：" if issue.get("file") else ""
        if not where and issue.get("achievement") is not None:
            where = names.link(issue["achievement"]) + "："
        items.append(f'<li>{issue_name(issue.get("code", ""))} {where}'
                     f'{link_achievements(issue_message(issue), names)}</li>')
    more = len(errors) - STRIP_ERRORS
    tail = f'<p class="more">另有 {more} 个错误，见下方<a href="#issues">「问题」</a>。</p>' if more > 0 else ""
    return (f'<div id="errors" class="errors" role="alert"><div class="inner">'
            f'<h2>⚠ 有 {len(errors)} 个错误须先处理</h2><ol>{"".join(items)}</ol>{tail}</div></div>')


def route_articles(verdict: dict[str, Any]) -> str:
    groups = ROUTE_GROUPS.get(verdict.get("route") or "", ())
    return "、".join(c.get("article", c["id"]) for c in verdict.get("conditions", [])
                    if c.get("group") in groups and c.get("met"))


def banner(verdict: dict[str, Any], report: BundleReport, issues: list[dict[str, Any]],
           counted: dict[int, list]) -> str:
    """The conclusion in one coloured band: green only when eligible with no error standing."""
    counts = Counter(i.get("severity") for i in issues)
    errors = counts["error"]
    state = verdict_state(verdict, errors_of(issues))
    shade = state
    route = ROUTE_ZH.get(verdict.get("route"), "无")
    if state == "eligible":
        headline, summary = "✓ 符合申报条件", verdict.get("summary", "")
    elif state == "pending":
        headline = f"暂不能确认符合：有 {errors} 个错误待处理"
        summary = (f"按现有材料，{route}途径的条件已满足（{route_articles(verdict)}）；"
                   "但上面的错误须先核对处理，处理后请重新核验。")
    elif "eligible_as_declared" in verdict and conclusion({**verdict, "issues": issues}) == FIX:
        # (the 汇总表's 需补正: met as declared, or the profile the certificates could not show)
        headline, summary = "需补正：材料尚未证明全部条件", explanation({**verdict, "issues": issues})
        shade = "pending"
    else:
        headline, summary = "✗ 不符合申报条件", verdict.get("summary", "")
    conditions = verdict.get("conditions", [])
    met = sum(bool(c.get("met")) for c in conditions)
    tally = "，".join(f"{SEVERITY_ZH[s]} {counts[s]}" for s in ("error", "warning", "info") if counts[s]) or "无"
    uncounted = len(report.achievements) - len(counted)
    facts = [("申报职称", title_zh(verdict.get("target_title"))), ("途径", route),
             ("评审截止日", verdict.get("as_of", "")), ("条件", f"满足 {met}/{len(conditions)} 项"),
             ("问题", tally), ("材料", f"{len(report.documents)} 份"),
             ("成果", f"计入 {len(counted)} 项" + (f"，未计入 {uncounted} 项" if uncounted else "")),
             ("材料目录", readable_name(Path(str(report.bundle)).name))]
    person = verdict.get("applicant") or {}
    if person.get("name"):
        facts.insert(0, ("申报人", person["name"] + (f"（{person['employer']}）" if person.get("employer") else "")))
    source = verdict.get("profile_source") or {}
    if source.get("kind") in ("roster", "inferred"):  # a profile the applicant did not write
        facts.append(("申报信息来源", ("名单 " if source["kind"] == "roster" else "") + source.get("detail", "")))
    items = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in facts)
    alert = ""
    if state == "ineligible" and errors:
        alert = f'<p class="alert">另有 {errors} 个错误待处理（见上方）。</p>'
    return (f'<div class="banner {shade}"><div class="inner">'
            f'<p class="kicker">职称申报材料审核报告</p><h1>{esc(headline)}</h1>'
            f'<p class="summary">{esc(summary)}</p><dl>{items}</dl>{alert}</div></div>')


# Which groups share a column of the overview: the short ones stack, each any-of list stands alone.
OVERVIEW_COLUMNS = (("applicability", "bars", "disqualification", "basic", "exceptional_prerequisites"),
                    ("performance",), ("exceptional",))


def overview(verdict: dict[str, Any]) -> str:
    """Every condition on one line, grouped; the details are further down (#cond-…)."""
    conditions = verdict.get("conditions", [])
    placed = {g for column in OVERVIEW_COLUMNS for g in column}
    columns = [list(col) for col in OVERVIEW_COLUMNS]
    columns[0] += sorted({c["group"] for c in conditions} - placed)
    out = []
    for column in columns:
        blocks = [overview_group(g, [c for c in conditions if c["group"] == g], verdict.get("route")) for g in column]
        blocks = [b for b in blocks if b]
        if blocks:
            out.append('<div class="col">' + "".join(blocks) + "</div>")
    if not out:
        return ""
    return f'<nav class="overview" aria-label="条件一览"><div class="inner">{"".join(out)}</div></nav>'


def overview_group(group: str, members: list[dict[str, Any]], route: str | None) -> str:
    if not members:
        return ""
    met = sum(bool(c.get("met")) for c in members)
    spare = not_needed(group, met, route)
    name = GROUP_ZH.get(GROUP_ALIASES.get(group, group), group)
    items = []
    for c in members:
        state = "met" if c.get("met") else "unmet spare" if spare else "unmet"
        items.append(f'<li class="{state}"><a href="#cond-{esc(c["id"])}"><span class="mark">'
                     f'{"✓" if c.get("met") else "✗"}</span>{esc(c.get("article", c["id"]))}</a>'
                     f'{basis_badge(c) if c.get("met") else ""}'
                     f'<span class="short">{esc(excerpt(c.get("text", ""), 40))}</span></li>')
    return (f'<div class="ogroup"><h3>{esc(name)}<span class="count">{met}/{len(members)}</span></h3>'
            f'<ul>{"".join(items)}</ul></div>')


def table_of_contents() -> str:
    links = [("conditions", "条件逐项"), ("achievements", "计入的成果"), ("uncounted", "未计入的成果"),
             ("documents", "材料"), ("issues", "问题"), ("manual", "需人工审核")]
    return '<nav class="toc">' + "".join(f'<a href="#{a}">{t}</a>' for a, t in links) + "</nav>"


# ---------------------------------------------------------------- conditions


def conditions_section(verdict: dict[str, Any], achievements: list[dict[str, Any]], anchors: dict[str, str],
                       issues: list[dict[str, Any]] | None = None) -> str:
    """Every condition under its group, in the order the rules are read."""
    conditions = verdict.get("conditions", [])
    out = ['<section id="conditions"><h2>条件逐项</h2>']
    if verdict.get("summary"):
        # A summary that says 符合 while an error stands is about the conditions alone.
        pending = verdict.get("eligible") and errors_of(issues or []) and verdict["summary"].startswith("符合")
        lead = "仅就条件而言（未计上方错误）：" if pending else "结论："
        out.append(f'<p class="verdict-text">{esc(lead)}{esc(verdict["summary"])}</p>')
    known = set(GROUP_ORDER)
    groups = list(GROUP_ORDER) + sorted({c["group"] for c in conditions} - known)
    for group in groups:
        members = [c for c in conditions if c["group"] == group]
        if members:
            out.append(condition_group(group, members, verdict.get("route"), achievements, anchors))
    out.append("</section>")
    return "\n".join(out)


def condition_group(group: str, members: list[dict[str, Any]], route: str | None,
                    achievements: list[dict[str, Any]], anchors: dict[str, str]) -> str:
    name = GROUP_ZH.get(GROUP_ALIASES.get(group, group), group)
    met = sum(bool(c["met"]) for c in members)
    spare = not_needed(group, met, route)
    note = ""
    if group in EXCEPTIONAL_GROUPS and route == "normal":
        note = '<p class="muted">已按正常途径满足条件，破格条件仅供参考。</p>'
    elif spare and group in ANY_OF_GROUPS:
        note = '<p class="muted">已满足其中一项，其余各项不再需要。</p>'
    head = (f'<h3 class="group-head"><span>{esc(name)}</span>'
            f'<span class="count">{met}/{len(members)} 项满足</span></h3>{note}')
    return "\n".join([f'<div class="group" data-group="{esc(group)}">', head,
                      *(condition_card(c, achievements, anchors, spare) for c in members), "</div>"])


def not_needed(group: str, met: int, route: str | None) -> bool:
    """Whether an unmet condition of this group no longer matters, so it need not look alarming:
    another item of an any-of group is met, or the normal route made 破格 moot."""
    return (group in ANY_OF_GROUPS and met > 0) or (group in EXCEPTIONAL_GROUPS and route == "normal")


def condition_card(c: dict[str, Any], achievements: list[dict[str, Any]], anchors: dict[str, str],
                   spare: bool = False) -> str:
    """One condition: verdict mark, article and its words, what it rests on, reasons, what is
    missing, evidence."""
    met = bool(c["met"])
    names = Names(achievements)
    count = len(achievements)
    state = "met" if met else "unmet spare" if spare else "unmet"
    parts = [f'<article class="cond {state}" id="cond-{esc(c["id"])}" data-id="{esc(c["id"])}">',
             f'<h4><span class="mark">{"✓" if met else "✗"}</span>{esc(c.get("article", ""))}'
             f'<span class="status">{"满足" if met else "不满足"}</span>{basis_badge(c)}</h4>']
    if c.get("text"):
        parts.append(f"<blockquote>{esc(c['text'])}</blockquote>")
    if c.get("reasons"):
        parts.append('<ul class="reasons">' + "".join(reason_item(r, names) for r in c["reasons"]) + "</ul>")
    if c.get("missing"):
        parts.append('<p class="label">还需：</p><ul class="missing">'
                     + "".join(f"<li>{link_achievements(m, names)}</li>" for m in c["missing"]) + "</ul>")
    evidence = [i for i in c.get("evidence", []) if isinstance(i, int) and 0 <= i < count]
    if evidence:
        parts.append('<p class="label">依据材料：</p><ul class="evidence">'
                     + "".join(evidence_item(i, achievements[i], anchors, names) for i in evidence) + "</ul>")
    parts.append("</article>")
    return "\n".join(parts)


def reason_item(reason: str, names: Names) -> str:
    """Reasons indented by two spaces are details of the one before (achievements not counted)."""
    sub = reason.startswith("  ")
    attribute = ' class="sub"' if sub else ""
    return f"<li{attribute}>{link_achievements(reason.strip(), names)}</li>"


def evidence_item(index: int, achievement: dict[str, Any], anchors: dict[str, str], names: Names) -> str:
    files = achievement.get("evidence") or []
    links = "、".join(file_link(f, anchors) for f in files) or '<span class="muted">（无材料）</span>'
    return f'<li>{names.link(index)} {esc(achievement_label(achievement))}：{links}</li>'


def achievement_label(a: dict[str, Any]) -> str:
    from rules.vocabulary import Kind

    try:
        kind = Kind(a.get("kind")).zh
    except ValueError:
        kind = str(a.get("kind"))
    if a.get("kind") == "patent" and a.get("patent_type") in VALUE_ZH["patent_type"]:
        kind = VALUE_ZH["patent_type"][a["patent_type"]] + "专利"
    return f"{kind}（{a['date']}）" if a.get("date") else kind


# ---------------------------------------------------------------- achievements


ACHIEVEMENT_SKIP = {"kind", "date", "source", "evidence", "declared", "claim"}


def achievements_section(verdict: dict[str, Any], achievements: list[dict[str, Any]], anchors: dict[str, str],
                         counted: dict[int, list[dict[str, Any]]], issues: list[dict[str, Any]]) -> str:
    """The achievements that count (a met condition rests on them), then those that do not,
    each with why: a reason's 成果N can be followed to its facts and files."""
    names = Names(achievements)
    if counted:
        rows = "".join(achievement_row(n, achievements[n], anchors, names, uses_cell(counted[n]))
                       for n in sorted(counted))
        table = ('<table><thead><tr><th>编号</th><th>类别</th><th>内容</th><th>计入条件</th><th>来源</th>'
                 '<th>材料</th></tr></thead><tbody>' + rows + "</tbody></table>")
    else:
        table = '<p class="muted">没有成果计入：没有一项已满足的条件用到成果。</p>'
    out = [f'<section id="achievements"><h2>计入的成果（{len(counted)} 项）</h2>{table}</section>']
    left = [n for n in range(len(achievements)) if n not in counted]
    if left:
        rows = "".join(achievement_row(n, achievements[n], anchors, names,
                                       why_cell(uncounted_reasons(n, verdict, issues, names), names))
                       for n in left)
        out.append(f'<section id="uncounted"><h2>未计入的成果（{len(left)} 项）</h2>'
                   '<table><thead><tr><th>编号</th><th>类别</th><th>内容</th><th>未计入的原因</th><th>来源</th>'
                   '<th>材料</th></tr></thead><tbody>' + rows + "</tbody></table></section>")
    else:
        out.append('<section id="uncounted"><h2>未计入的成果</h2><p class="muted">无。</p></section>')
    return "\n".join(out)


def uses_cell(conditions: list[dict[str, Any]]) -> str:
    return "、".join(f'<a href="#cond-{esc(c["id"])}">{esc(c.get("article", c["id"]))}</a>' for c in conditions)


_NOT_COUNTED = re.compile(r"^(?:成果\[?\d+\]?|材料 \S+)\s*不计入[：:]\s*")
_REF = r"(?:成果\[?\d+\]?|材料 [^（）、，]+)"
_REFS = re.compile(rf"（{_REF}(?:[、，]\s*{_REF})*）")  # 「（成果1、成果3）」 after a count


def uncounted_reasons(index: int, verdict: dict[str, Any], issues: list[dict[str, Any]], names: Names) -> list[str]:
    """Why an achievement counts for nothing: its own issues (早于现有职称, 非第一作者 …), else
    what each condition said of it (「不计入：…」, or a number it was too few to reach)."""
    own = [i.get("message", "") for i in issues if i.get("achievement") == index]
    if own:
        return list(dict.fromkeys(own))
    reasons: list[str] = []
    for c in verdict.get("conditions", []):
        for reason in c.get("reasons") or []:
            text = reason.strip()
            if not names.mentions(index, text):
                continue
            rest = _NOT_COUNTED.sub("", text)
            if rest == text:  # counted towards a number it did not reach
                rest = _REFS.sub("", text).removeprefix("或：").rstrip("，、 ") + "，数量不够"
            reasons.append(f"{c.get('article', c['id'])}：{rest}")
    return list(dict.fromkeys(reasons)) or ["没有用于任何已满足的条件"]


def why_cell(reasons: list[str], names: Names) -> str:
    shown = reasons[:REASONS_PER_ACHIEVEMENT]
    more = len(reasons) - len(shown)
    items = "".join(f"<li>{link_achievements(r, names)}</li>" for r in shown)
    tail = f'<li class="muted">共 {len(reasons)} 条，其余见「条件逐项」</li>' if more > 0 else ""
    return f'<ul class="why">{items}{tail}</ul>'


def achievement_row(n: int, a: dict[str, Any], anchors: dict[str, str], names: Names, extra: str) -> str:
    declared = set(a.get("declared") or [])
    kind = "standard" if a.get("kind") == "standard" else ""
    facts = "；".join(f"{esc(fact_label(k, a))} "
                     + (show_value(k, v, kind) if v is not None else '<span class="muted">未能判断</span>')
                     + ("<sup>申报</sup>" if k in declared else "")
                     for k, v in a.items() if k not in ACHIEVEMENT_SKIP)
    source = {"document": "材料", "claim": "申报+材料"}.get(a.get("source"), str(a.get("source", "")))
    files = "<br>".join(file_link(f, anchors) for f in a.get("evidence") or [])
    return (f'<tr id="{achievement_id(n)}" data-achievement="{n}"><td>{esc(names.name(n))}</td>'
            f'<td>{esc(achievement_label(a))}</td><td>{facts}</td><td>{extra}</td>'
            f"<td>{esc(source)}</td><td>{files}</td></tr>")


# ---------------------------------------------------------------- images


def data_uri(image: Image.Image, quality: int) -> str:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


@dataclass
class PageImages:
    """A document's pages rendered at most once each (a scanned page takes ~0.3 s to re-make)."""

    path: Path
    info: dict[int, dict[str, Any]]
    cache: dict[int, PageView] = field(default_factory=dict)
    errors: dict[int, str] = field(default_factory=dict)

    def get(self, number: int) -> "PageView | None":
        """The page in the geometry its boxes refer to (made on demand: a crop, a thumbnail),
        or None with the reason kept in ``errors``."""
        from extractor.images import page_view

        if number in self.cache or number in self.errors:
            return self.cache.get(number)
        if number not in self.info:
            self.errors[number] = f"没有第{number}页的页面信息"
            return None
        try:
            self.cache[number] = page_view(self.path, SimpleNamespace(**self.info[number]))
        except Exception as err:  # noqa: BLE001 - one bad page must not sink the report
            self.errors[number] = f"无法生成第{number}页图像（{failure(err)}）"
        return self.cache.get(number)

    def scale(self, number: int) -> float:
        from extractor.images import box_scale

        return box_scale(SimpleNamespace(**self.info[number]))


def failure(err: BaseException) -> str:
    """Why a picture could not be made, for a reader: known cases in Chinese, else the
    library's own words, short."""
    from extractor.formats import UnreadableFile, detail

    if isinstance(err, FileNotFoundError):
        return "文件已不在原处"
    if isinstance(err, UnreadableFile):
        return str(err)
    return detail(err)


def thumbnail(image: "Image.Image | PageView") -> Image.Image:
    from PIL import Image as PILImage

    if hasattr(image, "small"):
        return image.small(THUMB_WIDTH)
    height = max(1, round(image.height * THUMB_WIDTH / image.width))
    # A new image (the page stays).  reducing_gap first box-reduces by an integer factor:
    # a 2,300-pixel page to a thumbnail in a fraction of full Lanczos's time, no visible loss.
    return image.resize((THUMB_WIDTH, height), PILImage.LANCZOS, reducing_gap=3.0)


def encoded(make: Callable[[], Image.Image | None], quality: int, fallback: str) -> tuple[str | None, str]:
    """A data URI from one imaging step, or None and why: a broken picture costs only itself."""
    try:
        image = make()
    except Exception as err:  # noqa: BLE001 - odd boxes or pixel modes must not sink the report
        return None, f"无法生成图像（{failure(err)}）"
    return (data_uri(image, quality), "") if image is not None else (None, fallback)


def highlight_crop(image: Image.Image, box: list[float], scale: float) -> Image.Image | None:
    """The box marked on the page (yellow wash, red frame) and cut out with enough margin to
    show the label beside the value; None when the box lies outside the page."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    x0, y0, x1, y1 = (v * scale for v in box)
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(image.width, x1), min(image.height, y1)
    if x1 - x0 < 1 or y1 - y0 < 1:
        return None
    h = y1 - y0
    left, right, my = max(80, 7 * h), max(60, 3 * h), max(24, 1.5 * h)  # labels sit left of values
    region = tuple(round(v) for v in (max(0, x0 - left), max(0, y0 - my),
                                      min(image.width, x1 + right), min(image.height, y1 + my)))
    crop = image.crop(region).convert("RGB")  # a copy: the page itself stays clean
    inner = tuple(round(v) for v in (x0 - region[0], y0 - region[1], x1 - region[0], y1 - region[1]))
    patch = crop.crop(inner)
    crop.paste(PILImage.blend(patch, PILImage.new("RGB", patch.size, (255, 225, 0)), 0.28), inner[:2])
    pad = max(2, round(h * 0.15))
    frame = (inner[0] - pad, inner[1] - pad, inner[2] + pad, inner[3] + pad)
    ImageDraw.Draw(crop).rectangle(frame, outline=HIGHLIGHT, width=max(2, round(h / 12)))
    factor = min(1.0, CROP_TEXT_HEIGHT / h, CROP_MAX_WIDTH / crop.width)
    if factor < 1.0:
        size = (max(1, round(crop.width * factor)), max(1, round(crop.height * factor)))
        crop = crop.resize(size, PILImage.LANCZOS)
    return crop


# ---------------------------------------------------------------- documents


def documents_section(documents: list[Document], bundle: Path, anchors: dict[str, str]) -> str:
    if not documents:
        return '<section id="documents"><h2>材料</h2><p class="muted">材料目录中没有文件。</p></section>'
    cards = [document_card(doc, bundle, anchors[doc.key]) for doc in documents]
    return "\n".join([f'<section id="documents"><h2>材料（{len(documents)} 份）</h2>', *cards, "</section>"])


def is_unreadable(doc: Document) -> bool:
    return doc.text_source == "none" or any(i.get("code") == "unreadable_file" for i in doc.issues)


def document_card(doc: Document, bundle: Path, anchor: str) -> str:
    """One file: what it is, what was read from it, where the decisive fields were read."""
    pages = PageImages(bundle / doc.file, {int(p["number"]): p for p in doc.page_info if "number" in p})
    unreadable = is_unreadable(doc)
    parts = [f'<article class="card{" unreadable" if unreadable else ""}" id="{anchor}" data-file="{esc(doc.file)}">',
             card_header(doc, unreadable)]
    if unreadable:
        parts.append(unreadable_note(doc))
    if pages.info or not unreadable:
        parts.append('<div class="body">' + thumbnail_figure(doc, pages) + '<div class="fields">'
                     + fields_table(doc) + missing_fields(doc) + card_reasons(doc) + "</div></div>")
    parts.append(crops_block(doc, pages))
    shown = [i for i in doc.issues if not (unreadable and i.get("code") == "unreadable_file")]
    parts.append(document_issues(shown))  # the reason it is unreadable is already said above
    parts.append("</article>")
    return "\n".join(p for p in parts if p)


def card_header(doc: Document, unreadable: bool) -> str:
    kind = "无法读取" if unreadable else DOC_TYPE_ZH.get(doc.doc_type, doc.doc_type)
    meta = [f"置信度 {doc.confidence:.2f}" if not unreadable else "",
            f"{doc.pages} 页" if doc.pages else "", TEXT_SOURCE_ZH.get(doc.text_source, doc.text_source)]
    return (f'<header><h3 class="mono">{esc(doc.label)}</h3><strong>{esc(kind)}</strong>'
            f'<span class="meta">{esc(" · ".join(m for m in meta if m))}</span></header>')


def unreadable_note(doc: Document) -> str:
    why = [issue_message(i) for i in doc.issues if i.get("code") == "unreadable_file"] or doc.reasons \
        or ["没有可读的文字"]
    return '<p class="why"><strong>原因：</strong>' + esc(plain("；".join(why))) + "</p>"


def thumbnail_figure(doc: Document, pages: PageImages) -> str:
    first = min(pages.info) if pages.info else None
    image = pages.get(first) if first is not None else None
    uri, why = encoded(lambda: thumbnail(image), THUMB_QUALITY, "") if image is not None else (None, "")
    if uri is None:
        why = why or pages.errors.get(first, "没有可显示的页面")
        return f'<figure class="thumb"><div class="noimage">{esc(why)}</div></figure>'
    more = f"，共 {doc.pages} 页" if doc.pages > 1 else ""
    return (f'<figure class="thumb"><img src="{uri}" alt="{esc(doc.file)} 第{first}页">'
            f"<figcaption>第 {first} 页{more}</figcaption></figure>")


def fields_table(doc: Document) -> str:
    if not doc.fields:
        return '<p class="muted">未提取到字段。</p>'
    decisive = set(_decisive(doc.doc_type))
    rows = []
    for key, value in doc.fields.items():
        tag = '<span class="tag">关键</span>' if key in decisive else ""
        source = doc.field_sources.get(key) or {}
        where = f'<span class="muted"> · 第{esc(source["page"])}页</span>' if source.get("page") else ""
        attribute = ' class="decisive"' if key in decisive else ""
        rows.append(f"<tr{attribute}><td>{esc(field_label(key, doc.doc_type, doc.fields))}{tag}</td>"
                    f"<td>{show_value(key, value, doc.doc_type)}{where}</td></tr>")
    return "<table><tbody>" + "".join(rows) + "</tbody></table>"


def missing_fields(doc: Document) -> str:
    """Decisive fields nothing was read for: the reviewer must look for them on the page."""
    if not _decisive(doc.doc_type):
        return ""
    absent = [field_label(k, doc.doc_type, doc.fields) for k in _decisive(doc.doc_type)
              if doc.fields.get(k) in (None, "", [])]
    return f'<p class="absent">未读出的关键字段：{esc("、".join(absent))}</p>' if absent else ""


def card_reasons(doc: Document) -> str:
    parts = []
    if doc.reasons:
        parts.append(f'<p class="label">识别依据：{esc(plain("；".join(doc.reasons)))}</p>')
    if doc.page_notes:
        parts.append(f'<p class="label">页面处理：{esc(plain("；".join(doc.page_notes)))}</p>')
    return "".join(parts)


def crops_block(doc: Document, pages: PageImages) -> str:
    """Crops of the decisive fields, one per distinct box (a line may carry two fields)."""
    places: dict[tuple[int, tuple], list[str]] = {}
    for key in _decisive(doc.doc_type):
        source = doc.field_sources.get(key)
        if source and source.get("page") and source.get("box") and len(source["box"]) == 4:
            places.setdefault((int(source["page"]), tuple(source["box"])), []).append(key)
    figures = [crop_figure(doc, pages, page, list(box), keys) for (page, box), keys in places.items()]
    figures = [f for f in figures if f]
    return '<div class="crops">' + "".join(figures) + "</div>" if figures else ""


def crop_figure(doc: Document, pages: PageImages, page: int, box: list[float], keys: list[str]) -> str:
    names = "、".join(field_label(k, doc.doc_type, doc.fields) for k in keys)
    caption = f"{names} · 第{page}页" + read_confidence(doc, keys)
    image = pages.get(page)
    if image is None:
        uri, why = None, pages.errors.get(page, "")
    else:
        uri, why = encoded(lambda: highlight_crop(image, box, pages.scale(page)), CROP_QUALITY, "字段位置不在页面内")
    if uri is None:
        return f'<figure class="crop"><div class="noimage">{esc(why)}</div><figcaption>{esc(caption)}</figcaption></figure>'
    return (f'<figure class="crop"><img src="{uri}" alt="{esc(names)}">'
            f"<figcaption>{esc(caption)}</figcaption></figure>")


def read_confidence(doc: Document, keys: list[str]) -> str:
    values = [(doc.field_sources.get(k) or {}).get("confidence") for k in keys]
    numbers = [float(v) for v in values if isinstance(v, (int, float))]
    return f" · 置信度 {min(numbers):.2f}" if numbers else ""


def document_issues(issues: Iterable[dict[str, Any]]) -> str:
    items = [f'<li>{severity_badge(i.get("severity", ""))} {issue_name(i.get("code", ""))}'
             + (f' 第{esc(i["page"])}页' if i.get("page") else "") + f'：{esc(renumbered(issue_message(i)))}</li>'
             for i in issues]
    return '<ul class="doc-issues">' + "".join(items) + "</ul>" if items else ""


# ---------------------------------------------------------------- issues and manual checks


def issues_section(issues: list[dict[str, Any]], anchors: dict[str, str], names: Names | None = None) -> str:
    names = names or Names([])
    if not issues:
        return '<section id="issues"><h2>问题</h2><p class="muted">没有发现问题。</p></section>'
    rows = "".join(issue_row(i, anchors, names) for i in issues)
    return (f'<section id="issues"><h2>问题（{len(issues)} 条）</h2><table><thead><tr><th>级别</th><th>问题</th>'
            "<th>文件</th><th>页</th><th>说明</th></tr></thead><tbody>" + rows + "</tbody></table></section>")


def issue_row(issue: dict[str, Any], anchors: dict[str, str], names: Names) -> str:
    where = [file_link(issue["file"], anchors)] if issue.get("file") else []
    if issue.get("achievement") is not None:
        where.append(names.link(issue["achievement"]))
    page = esc(issue["page"]) if issue.get("page") else ""
    return (f'<tr data-code="{esc(issue.get("code", ""))}"><td>{severity_badge(issue.get("severity", ""))}</td>'
            f'<td>{issue_name(issue.get("code", ""))}</td><td>{"<br>".join(where)}</td><td>{page}</td>'
            f'<td>{link_achievements(issue_message(issue), names)}</td></tr>')


def manual_section(checks: list[dict[str, Any]]) -> str:
    """Conditions no document can settle (political stance, ability…): left to the reviewer."""
    if not checks:
        return '<section id="manual"><h2>需人工审核</h2><p class="muted">无。</p></section>'
    items = "".join(f'<li><strong>{esc(c.get("article", ""))}</strong> {esc(c.get("text", ""))}</li>' for c in checks)
    return f'<section id="manual" class="manual"><h2>需人工审核（{len(checks)} 项）</h2><ol>{items}</ol></section>'
