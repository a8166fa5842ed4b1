"""标准: national, industry, local, group and enterprise standards (cover and foreword).

Read like a journal paper (see ``journal_paper``'s notes): no labelled title, people in an
unlabelled line or a paragraph, geometry deciding what belongs together.
"""

from __future__ import annotations

import re

from identifiers import standard as standard_id
from rules.vocabulary import Kind, StandardLevel

from ..fields.dates import find_dates
from ..idscan import find_standard_numbers
from ..layout import CJK, HAS_CJK, block, box, join_cjk, labelled_people, strip_stamps, title_form
from ..text import DocText, TextLine
from .base import Cues, DocType, Fields, as_date, as_level, biggest_line


# Words before a number that cite another standard: 代替 GB/T …, 按照 GB/T 1.1—2020《…》.
_CITING = re.compile(r"代替|替代|按照|依据|根据|参照|引用|《")


def extract_standard(text: DocText) -> Fields:
    f = Fields()
    own = _own_standard_number(text)
    if own:
        line, number = own
        f.set("standard_number", number, line)
        f.set("level", standard_id.level(number), line)
    title = _standard_title(text, own[0] if own else None)
    if title:
        f.set("title", strip_stamps(_spaced_title(title)), title[0])
    _standard_dates(text, f)
    f.put("drafters", labelled_people(text, ["主要起草人", "起草人"]))
    return f


def _own_standard_number(text: DocText) -> tuple[TextLine, str] | None:
    """The standard's own number: the one a cover prints on a line of its own; else the
    first not cited (after 代替, 按照 … or before a 《title》) by the text around it."""
    for line in text.lines:
        if not HAS_CJK.search(line.text):
            numbers = [n for n in find_standard_numbers(line.text) if n.valid]
            if numbers:
                return line, numbers[0].value
    for line in text.lines:
        numbers = [n for n in find_standard_numbers(_CITING.split(line.text)[0]) if n.valid]
        if numbers:
            return line, numbers[0].value
    return None


def _standard_title(text: DocText, number: TextLine | None) -> list[TextLine] | None:
    """The cover's title: the biggest Chinese print between the number and the dates,
    with the lines of the same size it continues on (titles run to two or three lines)."""
    if number is None:
        title = biggest_line(text, 0.75, exclude=("标准", "发布", "实施", "ICS", "CCS", "代替"))
        return [title] if title and HAS_CJK.search(title.text) else None
    dates = [l.top for l in text.lines if l.page == number.page and re.search("发布|实施", l.compact)
             and find_dates(l.text)]
    candidates = [l for l in text.lines if l.page == number.page and number.top < l.top < min(dates, default=1.0)
                  and _same_half(l, number) and _looks_like_title_part(l)]
    title = max(candidates, key=lambda l: round(l.line.height), default=None)
    return block(text, title, candidates) if title else None


def _looks_like_title_part(line: TextLine) -> bool:
    compact = line.compact
    return (len(re.findall(f"[{CJK}]", compact)) >= 2 and not compact.endswith("标准")
            and not re.search("发布|实施|代替|ICS|CCS|前言", compact)
            and not find_standard_numbers(line.text))


def _same_half(line: TextLine, anchor: TextLine) -> bool:
    """On a landscape page (two pages scanned side by side) only the anchor's half counts."""
    if line.page_width <= 1.2 * line.page_height:
        return True
    middle = line.page_width / 2
    return ((box(line)[0] + box(line)[2]) / 2 < middle) == ((box(anchor)[0] + box(anchor)[2]) / 2 < middle)


def _spaced_title(lines: list[TextLine]) -> str:
    """A standard title keeps one space between its printed parts (引导/主体/补充要素:
    ``工业互联网平台 立体仓库接入 技术要求``), and a title on two or three lines is such
    parts.  OCR spacing between single characters (``工 业 互 联 网``) is no part, nor is
    a lone character wrapped onto a line of its own.

    A part number is one word wherever the line broke (``第3`` / ``部分``, ``第1部`` / ``分``),
    and a colon keeps its print: a full-width one (``第2部分：通用要求``) has no space after
    it, in the line or at its end, where reading (NFKC) left an ASCII one; ``: `` with a
    space is printed so.

    >>> from extractor.model import Line
    >>> from extractor.text import TextLine
    >>> def at(t): return TextLine(1, 0, Line(t, (0, 0, 10, 10)), 100, 100)
    >>> _spaced_title([at('工业互联网平台 伺服电机接入 技术要求 第1部'), at('分:运维管理')])
    '工业互联网平台 伺服电机接入 技术要求 第1部分：运维管理'
    >>> _spaced_title([at('装配生产线接入 技术要求 第3'), at('部分: 运维管理')])
    '装配生产线接入 技术要求 第3部分: 运维管理'
    """
    value = ""
    for line in lines:
        parts = line.text.split()
        part = join_cjk(line.text) if any(len(p) == 1 and HAS_CJK.match(p) for p in parts) else " ".join(parts)
        part = re.sub(rf":(?=[{CJK}])|:$", "：", part)
        glue = "" if not value or len(part) == 1 or len(value.split()[-1]) == 1 or value.endswith("：") else " "
        value += glue + part
    value = re.sub(r"第\s*(\d+)\s*部\s*分", r"第\1部分", value)
    return title_form(value)


def _standard_dates(text: DocText, f: Fields) -> None:
    """``2022-05-08 发布`` and ``2022-06-12 实施``: the word after each date says which."""
    for line in text.lines:
        for found in find_dates(line.text):
            printed = found.text.replace(" ", "")
            at = line.compact.find(printed)
            tail = line.compact[at + len(printed):][:3] if at >= 0 else line.compact[-3:]
            if "发布" in tail and "publish_date" not in f.values:
                f.set("publish_date", found.value, line)
            elif "实施" in tail and "implementation_date" not in f.values:
                f.set("implementation_date", found.value, line)


def _facts(f, kind, rank, core_journal):
    return {"level": as_level(f.get("level"), StandardLevel), "rank": rank,
            "date": as_date(f.get("publish_date") or f.get("implementation_date"))}


DOCTYPE = DocType(
    key="standard", name="标准",
    cues=Cues(
        titles=("中华人民共和国国家标准", "国家标准", "行业标准", "地方标准", "团体标准", "企业标准"),
        labels=("发布", "实施", "前言", "起草单位", "起草人", "主要起草人", "ICS", "代替", "归口", "提出"),
        identifiers=("standard_number",),
        requires=("standard_number",),
        requires_why="没有标准编号",
    ),
    extract=extract_standard,
    fields=("standard_number", "level", "title", "drafters", "publish_date", "implementation_date"),
    decisive=("standard_number", "drafters", "publish_date"),
    labels={"title": "标准名称", "level": "标准级别", "drafters": "起草人"},
    ranked=("drafters",), date_fields=("publish_date", "implementation_date"),
    kinds=(Kind.STANDARD,), facts=_facts,
)
