"""``check --format html``: one self-contained HTML page a reviewer can read, print or mail.

The page puts the verdict first, then why (each condition with its article's words, reasons,
what is missing and the files behind it), then the evidence itself (a thumbnail of each file
and, for the fields that decide the verdict, a crop of the page where each was read), then
every issue and the checks left to a person.  Nothing is fetched from outside: styles are
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

from .documents import DECISIVE, Document
from .documents_view import DOC_TYPE_ZH
from .html_assets import (CSS, FACT_ZH, FIELD_ZH, FIELD_ZH_BY_TYPE, GROUP_ALIASES, GROUP_ORDER, PAGE,
                          TEXT_SOURCE_ZH, VALUE_ZH)
from .verdict_view import ROUTE_ZH, SEVERITY_ZH

if TYPE_CHECKING:
    from PIL import Image

    from .bundle import BundleReport

THUMB_WIDTH = 240
THUMB_QUALITY = 70
CROP_MAX_WIDTH = 900
CROP_QUALITY = 80
CROP_TEXT_HEIGHT = 34  # px a highlighted line is shrunk to: big headings must not fill the screen
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
ACHIEVEMENT_REF = re.compile(r"成果\[(\d+)\]")
ANY_OF_GROUPS = {"performance", "exceptional"}  # 满足其一
EXCEPTIONAL_GROUPS = {"exceptional_prerequisites", "exceptional"}
HIGHLIGHT = (214, 0, 0)


def esc(value: Any) -> str:
    """Escape anything for HTML text or attributes: OCR text may hold ``<script>``."""
    return html.escape(str(value), quote=True)


# ---------------------------------------------------------------- entry point


def render_html(report: BundleReport) -> str:
    """The whole report as one HTML string (UTF-8 when written)."""
    verdict = report.verdict
    anchors = document_anchors(report.documents)
    issues = all_issues(verdict.get("issues", []), report.documents)
    parts = [
        banner(verdict, report.bundle, issues),
        "<main>",
        table_of_contents(),
        conditions_section(verdict, report.achievements, anchors),
        achievements_section(report.achievements, anchors),
        documents_section(report.documents, Path(report.bundle), anchors),
        issues_section(issues, anchors),
        manual_section(verdict.get("manual_checks") or []),
        f'<footer>由 zhicheng 生成 · 规则 {esc(verdict.get("rule_pack", ""))} · '
        "本报告为辅助审核材料，结论以评审机构认定为准。</footer>",
        "</main>",
    ]
    title = f"职称申报材料审核报告 · {title_zh(verdict.get('target_title'))}"
    return PAGE.format(title=esc(title), css=CSS, body="\n".join(parts))


def document_anchors(documents: list[Document]) -> dict[str, str]:
    """Each file's anchor id; ids are positional so odd file names never break them."""
    return {doc.file: f"doc-{n}" for n, doc in enumerate(documents)}


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


# ---------------------------------------------------------------- small pieces


def title_zh(value: str | None) -> str:
    from rules.vocabulary import Title

    try:
        return Title(value).zh
    except ValueError:
        return str(value)


def file_link(file: str, anchors: dict[str, str]) -> str:
    """A link to a file's card, or the bare name marked absent when no card exists."""
    if file in anchors:
        return f'<a href="#{anchors[file]}" class="mono">{esc(file)}</a>'
    return f'<span class="mono">{esc(file)}</span> <span class="muted">（材料中没有此文件）</span>'


def severity_badge(severity: str) -> str:
    return f'<span class="sev {esc(severity)}">{esc(SEVERITY_ZH.get(severity, severity))}</span>'


def link_achievements(text: str, count: int) -> str:
    """Escape a reason and turn its 成果[N] references into links to the achievements table."""
    def replace(match: re.Match) -> str:
        n = int(match.group(1))
        return f'<a href="#ach-{n}">{match.group(0)}</a>' if n < count else match.group(0)

    return ACHIEVEMENT_REF.sub(replace, esc(text))


def field_label(key: str, doc_type: str) -> str:
    return FIELD_ZH_BY_TYPE.get(doc_type, {}).get(key) or FIELD_ZH.get(key, key)


def show_value(key: str, value: Any, doc_type: str = "") -> str:
    """A field or fact for a person: lists joined, booleans 是/否, codes with their Chinese name."""
    if value is None or value == "" or value == []:
        return '<span class="muted">—</span>'
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (list, tuple)):
        return esc("、".join(map(str, value)))
    named = value_zh(key, str(value), doc_type)
    if named and named != str(value):
        return f'{esc(named)} <span class="muted mono">{esc(value)}</span>'
    return esc(value)


def value_zh(key: str, value: str, doc_type: str) -> str | None:
    from rules.vocabulary import Education, Level, StandardLevel, Title

    enums: dict[str, Any] = {"title": Title, "recommender_title": Title, "education": Education,
                             "level": StandardLevel if doc_type == "standard" else Level}
    if key in VALUE_ZH:
        return VALUE_ZH[key].get(value)
    if key in enums:
        try:
            return enums[key](value).zh
        except ValueError:
            return None
    return None


# ---------------------------------------------------------------- verdict banner


def banner(verdict: dict[str, Any], bundle: Path | str, issues: list[dict[str, Any]]) -> str:
    """The conclusion in one coloured band: the first thing a reviewer sees, and what prints first."""
    eligible = bool(verdict.get("eligible"))
    counts = Counter(i.get("severity") for i in issues)
    tally = "，".join(f"{SEVERITY_ZH[s]} {counts[s]}" for s in ("error", "warning", "info") if counts[s]) or "无"
    facts = [("申报职称", title_zh(verdict.get("target_title"))), ("途径", ROUTE_ZH.get(verdict.get("route"), "无")),
             ("评审截止日", verdict.get("as_of", "")), ("问题", tally), ("材料目录", Path(str(bundle)).name)]
    items = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in facts)
    alert = ""
    if eligible and counts["error"]:
        alert = (f'<p class="alert">有 {counts["error"]} 条错误级问题，须核对材料后方可确认结论。</p>')
    return (f'<header id="verdict" class="banner {"eligible" if eligible else "ineligible"}"><div class="inner">'
            f'<p class="kicker">职称申报材料审核报告</p>'
            f'<h1>{"✓ 符合申报条件" if eligible else "✗ 不符合申报条件"}</h1>'
            f'<p class="summary">{esc(verdict.get("summary", ""))}</p><dl>{items}</dl>{alert}</div></header>')


def table_of_contents() -> str:
    links = [("conditions", "条件逐项"), ("achievements", "成果"), ("documents", "材料"),
             ("issues", "问题"), ("manual", "需人工审核")]
    return '<nav class="toc">' + "".join(f'<a href="#{a}">{t}</a>' for a, t in links) + "</nav>"


# ---------------------------------------------------------------- conditions


def conditions_section(verdict: dict[str, Any], achievements: list[dict[str, Any]], anchors: dict[str, str]) -> str:
    """Every condition under its group, in the order the rules are read."""
    conditions = verdict.get("conditions", [])
    out = ['<section id="conditions"><h2>条件逐项</h2>']
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
        note = '<p class="muted">已按正常途径符合条件，破格条件仅供参考。</p>'
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
    """One condition: verdict mark, article and its words, reasons, what is missing, evidence."""
    met = bool(c["met"])
    count = len(achievements)
    state = "met" if met else "unmet spare" if spare else "unmet"
    parts = [f'<article class="cond {state}" id="cond-{esc(c["id"])}" data-id="{esc(c["id"])}">',
             f'<h4><span class="mark">{"✓" if met else "✗"}</span>{esc(c.get("article", ""))}'
             f' <span class="mono muted">{esc(c["id"])}</span>'
             f'<span class="status">{"满足" if met else "不满足"}</span></h4>']
    if c.get("text"):
        parts.append(f"<blockquote>{esc(c['text'])}</blockquote>")
    if c.get("reasons"):
        parts.append('<ul class="reasons">' + "".join(reason_item(r, count) for r in c["reasons"]) + "</ul>")
    if c.get("missing"):
        parts.append('<p class="label">还需：</p><ul class="missing">'
                     + "".join(f"<li>{link_achievements(m, count)}</li>" for m in c["missing"]) + "</ul>")
    evidence = [i for i in c.get("evidence", []) if isinstance(i, int) and 0 <= i < count]
    if evidence:
        parts.append('<p class="label">依据材料：</p><ul class="evidence">'
                     + "".join(evidence_item(i, achievements[i], anchors) for i in evidence) + "</ul>")
    parts.append("</article>")
    return "\n".join(parts)


def reason_item(reason: str, count: int) -> str:
    """Reasons indented by two spaces are details of the one before (achievements not counted)."""
    sub = reason.startswith("  ")
    attribute = ' class="sub"' if sub else ""
    return f"<li{attribute}>{link_achievements(reason.strip(), count)}</li>"


def evidence_item(index: int, achievement: dict[str, Any], anchors: dict[str, str]) -> str:
    files = achievement.get("evidence") or []
    links = "、".join(file_link(f, anchors) for f in files) or '<span class="muted">（无材料）</span>'
    return f'<li><a href="#ach-{index}">成果[{index}]</a> {esc(achievement_label(achievement))}：{links}</li>'


def achievement_label(a: dict[str, Any]) -> str:
    from rules.vocabulary import Kind

    try:
        kind = Kind(a.get("kind")).zh
    except ValueError:
        kind = str(a.get("kind"))
    return f"{kind}（{a['date']}）" if a.get("date") else kind


# ---------------------------------------------------------------- achievements


ACHIEVEMENT_SKIP = {"kind", "date", "source", "evidence", "declared", "claim"}


def achievements_section(achievements: list[dict[str, Any]], anchors: dict[str, str]) -> str:
    """What counted, so that a reason's 成果[N] can be followed to its facts and files."""
    if not achievements:
        return '<section id="achievements"><h2>成果</h2><p class="muted">没有由材料支持的成果。</p></section>'
    rows = "".join(achievement_row(n, a, anchors) for n, a in enumerate(achievements))
    return ('<section id="achievements"><h2>成果</h2><table><thead><tr><th>编号</th><th>类别</th>'
            '<th>内容</th><th>来源</th><th>材料</th></tr></thead><tbody>' + rows + "</tbody></table></section>")


def achievement_row(n: int, a: dict[str, Any], anchors: dict[str, str]) -> str:
    declared = set(a.get("declared") or [])
    facts = "；".join(f"{esc(FACT_ZH.get(k, k))} {show_value(k, v)}" + ("<sup>申报</sup>" if k in declared else "")
                     for k, v in a.items() if k not in ACHIEVEMENT_SKIP)
    source = {"document": "材料", "claim": "申报+材料"}.get(a.get("source"), str(a.get("source", "")))
    files = "<br>".join(file_link(f, anchors) for f in a.get("evidence") or [])
    return (f'<tr id="ach-{n}"><td>成果[{n}]</td><td>{esc(achievement_label(a))}</td><td>{facts}</td>'
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
    cache: dict[int, Image.Image] = field(default_factory=dict)
    errors: dict[int, str] = field(default_factory=dict)

    def get(self, number: int) -> Image.Image | None:
        """The page in the geometry its boxes refer to, or None with the reason kept in ``errors``."""
        from extractor.images import page_image

        if number in self.cache or number in self.errors:
            return self.cache.get(number)
        if number not in self.info:
            self.errors[number] = f"没有第{number}页的页面信息"
            return None
        try:
            self.cache[number] = page_image(self.path, SimpleNamespace(**self.info[number]))
        except Exception as err:  # noqa: BLE001 - one bad page must not sink the report
            self.errors[number] = f"无法生成第{number}页图像（{type(err).__name__}: {err}）"
        return self.cache.get(number)

    def scale(self, number: int) -> float:
        from extractor.images import box_scale

        return box_scale(SimpleNamespace(**self.info[number]))


def thumbnail(image: Image.Image) -> Image.Image:
    from PIL import Image as PILImage

    height = max(1, round(image.height * THUMB_WIDTH / image.width))
    return image.resize((THUMB_WIDTH, height), PILImage.LANCZOS)  # a new image; the page stays


def encoded(make: Callable[[], Image.Image | None], quality: int, fallback: str) -> tuple[str | None, str]:
    """A data URI from one imaging step, or None and why: a broken picture costs only itself."""
    try:
        image = make()
    except Exception as err:  # noqa: BLE001 - odd boxes or pixel modes must not sink the report
        return None, f"无法生成图像（{type(err).__name__}: {err}）"
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
    cards = [document_card(doc, bundle, anchors[doc.file]) for doc in documents]
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
    return (f'<header><h3 class="mono">{esc(doc.file)}</h3><strong>{esc(kind)}</strong>'
            f'<span class="meta">{esc(" · ".join(m for m in meta if m))}</span></header>')


def unreadable_note(doc: Document) -> str:
    why = [i["message"] for i in doc.issues if i.get("code") == "unreadable_file"] or doc.reasons or ["没有可读的文字"]
    return '<p class="why"><strong>原因：</strong>' + esc("；".join(why)) + "</p>"


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
    decisive = set(DECISIVE.get(doc.doc_type, ()))
    rows = []
    for key, value in doc.fields.items():
        tag = '<span class="tag">关键</span>' if key in decisive else ""
        source = doc.field_sources.get(key) or {}
        where = f'<span class="muted"> · 第{esc(source["page"])}页</span>' if source.get("page") else ""
        attribute = ' class="decisive"' if key in decisive else ""
        rows.append(f"<tr{attribute}><td>{esc(field_label(key, doc.doc_type))}{tag}</td>"
                    f"<td>{show_value(key, value, doc.doc_type)}{where}</td></tr>")
    return "<table><tbody>" + "".join(rows) + "</tbody></table>"


def missing_fields(doc: Document) -> str:
    """Decisive fields nothing was read for: the reviewer must look for them on the page."""
    if doc.doc_type not in DECISIVE:
        return ""
    absent = [field_label(k, doc.doc_type) for k in DECISIVE[doc.doc_type] if doc.fields.get(k) in (None, "", [])]
    return f'<p class="absent">未读出的关键字段：{esc("、".join(absent))}</p>' if absent else ""


def card_reasons(doc: Document) -> str:
    notes = [*doc.reasons, *doc.page_notes]
    return f'<p class="label">识别依据：{esc("；".join(notes))}</p>' if notes else ""


def crops_block(doc: Document, pages: PageImages) -> str:
    """Crops of the decisive fields, one per distinct box (a line may carry two fields)."""
    places: dict[tuple[int, tuple], list[str]] = {}
    for key in DECISIVE.get(doc.doc_type, ()):
        source = doc.field_sources.get(key)
        if source and source.get("page") and source.get("box") and len(source["box"]) == 4:
            places.setdefault((int(source["page"]), tuple(source["box"])), []).append(key)
    figures = [crop_figure(doc, pages, page, list(box), keys) for (page, box), keys in places.items()]
    figures = [f for f in figures if f]
    return '<div class="crops">' + "".join(figures) + "</div>" if figures else ""


def crop_figure(doc: Document, pages: PageImages, page: int, box: list[float], keys: list[str]) -> str:
    names = "、".join(field_label(k, doc.doc_type) for k in keys)
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
    items = [f'<li>{severity_badge(i.get("severity", ""))} <code>{esc(i.get("code", ""))}</code>'
             + (f' 第{esc(i["page"])}页' if i.get("page") else "") + f'：{esc(i.get("message", ""))}</li>'
             for i in issues]
    return '<ul class="doc-issues">' + "".join(items) + "</ul>" if items else ""


# ---------------------------------------------------------------- issues and manual checks


def issues_section(issues: list[dict[str, Any]], anchors: dict[str, str]) -> str:
    if not issues:
        return '<section id="issues"><h2>问题</h2><p class="muted">没有发现问题。</p></section>'
    rows = "".join(issue_row(i, anchors) for i in issues)
    return (f'<section id="issues"><h2>问题（{len(issues)} 条）</h2><table><thead><tr><th>级别</th><th>代码</th>'
            "<th>文件</th><th>页</th><th>说明</th></tr></thead><tbody>" + rows + "</tbody></table></section>")


def issue_row(issue: dict[str, Any], anchors: dict[str, str]) -> str:
    where = file_link(issue["file"], anchors) if issue.get("file") else ""
    if issue.get("achievement") is not None and not where:
        where = f'<a href="#ach-{esc(issue["achievement"])}">成果[{esc(issue["achievement"])}]</a>'
    page = esc(issue["page"]) if issue.get("page") else ""
    return (f'<tr data-code="{esc(issue.get("code", ""))}"><td>{severity_badge(issue.get("severity", ""))}</td>'
            f'<td><code>{esc(issue.get("code", ""))}</code></td><td>{where}</td><td>{page}</td>'
            f'<td>{esc(issue.get("message", ""))}</td></tr>')


def manual_section(checks: list[dict[str, Any]]) -> str:
    """Conditions no document can settle (political stance, ability…): left to the reviewer."""
    if not checks:
        return '<section id="manual"><h2>需人工审核</h2><p class="muted">无。</p></section>'
    items = "".join(f'<li><strong>{esc(c.get("article", ""))}</strong> {esc(c.get("text", ""))}</li>' for c in checks)
    return f'<section id="manual" class="manual"><h2>需人工审核（{len(checks)} 项）</h2><ol>{items}</ol></section>'
