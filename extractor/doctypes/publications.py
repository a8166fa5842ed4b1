"""Publications: journal papers, books (CIP page), standards, technical reports."""

from __future__ import annotations

import re

from identifiers import standard as standard_id

from ..fields.amounts import parse_words_wan
from ..fields.dates import find_dates
from ..fields.people import split_people
from ..idscan import find_cns, find_isbns, find_issns, find_standard_numbers
from ..text import DocText
from .base import Fields, after_label_text, biggest_line, date_of, last_date, people_of


def _first_id(text: DocText, finder, f: Fields, field: str, bad_code: str, what: str) -> None:
    """The first identifier of a kind; a printed-but-invalid one is an issue, not a value."""
    found = [(line, n) for line in text.lines for n in finder(line.text)]
    valid = [(line, n) for line, n in found if n.valid]
    if valid:
        f.set(field, valid[0][1].value, valid[0][0])
    elif found:
        f.issue("warning", bad_code, f"{what} {found[0][1].printed} 校验不通过或格式不符（未作更正）")


# --------------------------------------------------------------------------- journal paper

_JOURNAL = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{2,20}(?:学报|杂志|期刊|研究|技术|工程|科学|应用|通讯|自动化|信息|世界|论坛|纵横)"
                      r"(?:\([\u4e00-\u9fff]{2,10}版\))?)")
_ISSUE_DATE = re.compile(r"(\d{4})\s*年\s*(?:第\s*(\d{1,2})\s*期|(\d{1,2})\s*月)")


def extract_paper(text: DocText) -> Fields:
    f = Fields()
    _first_id(text, find_cns, f, "cn", "invalid_cn", "CN 刊号")
    _first_id(text, find_issns, f, "issn", "invalid_issn", "ISSN")
    header = [l for l in text.lines if l.page == text.lines[0].page and l.top < 0.15] if text.lines else []
    journal = None
    for line in header + text.lines[:8]:
        bracketed = re.search(r"《([^》]{2,30})》", line.text)
        match = bracketed or _JOURNAL.search(line.text)
        if match and "摘要" not in line.compact:
            journal = (match.group(1), line)
            break
    if journal:
        f.set("journal", journal[0], journal[1])
    title = biggest_line(text, 0.45, exclude=("学报", "摘要", "Vol", "第", "ISSN", "CN", "收稿"))
    if title:
        # A title wrapped over two lines of the same size.
        following = text.lines[title.index + 1] if title.index + 1 < len(text.lines) else None
        value = title.text
        if following and abs(following.line.height - title.line.height) < 0.15 * title.line.height \
                and len(following.compact) >= 2 and not re.search(r"[,，;；、]", following.text):
            value += following.text
        f.set("title", "".join(value.split()) if re.search(r"[\u4e00-\u9fff]", value) else value, title)
        authors_line = _authors_after(text, title.index + (2 if following and value != title.text else 1))
        if authors_line:
            f.set("authors", authors_line[0], authors_line[1])
    for line in header + text.lines[:10]:
        match = _ISSUE_DATE.search(line.text)
        if match:
            month = match.group(3) or None
            f.set("date", f"{match.group(1)}-{int(month):02d}" if month else match.group(1), line)
            break
    if "date" not in f.values:
        received = date_of(text, ["收稿日期", "收稿"])
        if received:
            f.set("date", received[0], received[1])
            f.issue("info", "date_from_received", "期刊未印出版日期，按收稿日期计")
    return f


def _authors_after(text: DocText, start: int):
    labelled = people_of(text, ["作者", "作 者"])
    if labelled:
        return labelled
    for line in text.lines[start:start + 3]:
        if re.search(r"大学|学院|公司|研究|摘要|\d{6}", line.compact):
            continue
        names = [n for n in split_people(line.text) if 2 <= len(n) <= 4]
        if names:
            return names, line
    return None


# --------------------------------------------------------------------------- book (CIP page)

def extract_book(text: DocText) -> Fields:
    f = Fields()
    _first_id(text, find_isbns, f, "isbn", "invalid_isbn", "ISBN")
    cip = next((l for l in text.lines if re.search(r"[/／].{1,40}[著编]", l.text)), None)
    if cip:
        title, _, rest = cip.text.partition("/") if "/" in cip.text else cip.text.partition("／")
        f.set("title", "".join(title.split()).strip("．.-—"), cip)
        authors = re.split(r"[著编]", rest, maxsplit=1)[0]
        names = [n for n in split_people(re.sub(r"等$", "", authors.strip())) if 2 <= len(n) <= 4]
        f.set("authors", names, cip)
        pub = re.search(r"[:：]\s*([\u4e00-\u9fff]{2,20}出版社)", cip.text + " " + _next_text(text, cip))
        if pub:
            f.set("publisher", pub.group(1), cip)
    if "publisher" not in f.values:
        for line in text.lines:
            match = re.search(r"([\u4e00-\u9fff]{2,20}出版社)", line.compact)
            if match:
                f.set("publisher", match.group(1), line)
                break
    if "title" not in f.values:
        title = after_label_text(text, ["书名"])
        if title:
            f.set("title", title[0], title[1])
    for line in text.lines:
        if "字数" in line.compact or "千字" in line.compact or "万字" in line.compact:
            words = parse_words_wan(line.text)
            if words and words < 1:  # under 1万字 is no published book: OCR dropped 千 or 万
                f.issue("warning", "implausible_value", f"字数读作 {words:g} 万字，不像一本书的字数，请人工核对")
                break
            if words:
                f.set("words_wan", words, line)
                break
    edition = next((l for l in text.lines if re.search(r"\d{4}\s*年\s*\d{1,2}\s*月.{0,6}第\s*[1-9一二三四五六七八九]\s*版", l.text)), None)
    if edition:
        found = find_dates(edition.text)
        if found:
            f.set("date", found[0].value, edition)
    if "date" not in f.values:
        dated = date_of(text, ["出版日期", "出版时间"])
        if dated:
            f.set("date", dated[0], dated[1])
    return f


def _next_text(text: DocText, line) -> str:
    return text.lines[line.index + 1].text if line.index + 1 < len(text.lines) else ""


# --------------------------------------------------------------------------- standard

def extract_standard(text: DocText) -> Fields:
    f = Fields()
    numbers = [(line, n) for line in text.lines for n in find_standard_numbers(line.text)]
    if numbers:
        line, number = numbers[0]
        f.set("standard_number", number.value, line)
        f.set("level", standard_id.level(number.value), line)
    title = biggest_line(text, 0.75, exclude=("标准", "发布", "实施", "ICS", "代替"))
    if title:
        f.set("title", "".join(title.text.split()), title)
    for line in text.lines:
        for found in find_dates(line.text):
            tail = line.compact[line.compact.find(found.text.replace(" ", "")) + len(found.text.replace(" ", "")):][:3] \
                if found.text.replace(" ", "") in line.compact else line.compact[-3:]
            if "发布" in tail and "publish_date" not in f.values:
                f.set("publish_date", found.value, line)
            elif "实施" in tail and "implementation_date" not in f.values:
                f.set("implementation_date", found.value, line)
    drafters = people_of(text, ["主要起草人", "起草人"])
    if drafters:
        f.set("drafters", drafters[0], drafters[1])
    return f


# --------------------------------------------------------------------------- technical report

_REPORT_KINDS = [("白皮书", "white_paper"), ("可行性研究报告", "feasibility"), ("可研报告", "feasibility"),
                 ("规划", "plan"), ("课题", "research_topic"), ("技术报告", "technical_report"),
                 ("研究报告", "technical_report")]


def extract_report(text: DocText) -> Fields:
    f = Fields()
    title = biggest_line(text, 0.6, exclude=("编制单位", "编写", "日期"))
    if title:
        f.set("title", "".join(title.text.split()), title)
    zone = "".join(l.compact for l in text.title_lines(0.6))
    for word, kind in _REPORT_KINDS:
        if word in zone:
            f.set("report_kind", kind, title)
            break
    authors = people_of(text, ["编写人员", "编制人员", "主要编写人", "编写人", "编制人", "作者", "课题负责人", "报告人"])
    if authors:
        f.set("authors", authors[0], authors[1])
    dated = date_of(text, ["编制日期", "日期", "完成日期"]) or last_date(text)
    if dated:
        f.set("date", dated[0], dated[1])
    return f

