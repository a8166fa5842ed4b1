"""期刊论文: a journal paper's first page (masthead, title, authors, abstract).

These documents have no labelled title: the title is the biggest print in a known place
(under a journal's masthead, under a standard's number, on a report's cover).  Their
people are an unlabelled line (a paper's authors, a book's ``张三 编著``) or a label whose
list runs on into the next line of a paragraph (``本文件主要起草人：…``).  Geometry (line
boxes) decides what belongs together; a list that does not split cleanly into names is
left out rather than reported half right.  Titles keep the document's print
(``layout.join_cjk``, ``layout.title_form``).
"""

from __future__ import annotations

import re

from rules.vocabulary import Kind

from ..idscan import find_cns, find_issns
from ..layout import CJK, HAS_CJK, block, box, join_cjk, labelled_people, names_of, title_form
from ..text import DocText, TextLine, same_row
from .base import Cues, DocType, Fields, as_date, date_of, first_identifier


_JOURNAL = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{2,20}(?:学报|杂志|期刊|研究|技术|工程|科学|应用|通讯|自动化|信息|世界|论坛|纵横)"
                      r"(?:\([\u4e00-\u9fff]{2,10}版\))?)")
_ISSUE_DATE = re.compile(r"(\d{4})\s*年\s*(?:第\s*(\d{1,2})\s*期|(\d{1,2})\s*月)")
# What a masthead prints beside the journal's name: volume, issue, month, ISSN, CN.
_ISSUE_INFO = re.compile(r"第\s*\d+\s*[卷期]|\d{4}\s*年\s*\d{1,2}\s*月|\d{4}\s*年|ISSN[\s:：]*[\dX\-]*|"
                         r"CN\s*\W?\s*[\d\-/A-Z]*|Vol\.?\s*\d+|No\.?\s*\d+|总第\s*\d+\s*期")


# idscan's finders forgive OCR's usual damage to the labels (1SBN, CN·11-…) themselves.


def _issn_of_article_number(text: DocText, f: Fields) -> None:
    """No ISSN printed as such: the 文章编号 begins with it (ISSN(年)期-页-页数, CAJ-CD
    B/T 1), and its check digit confirms the reading."""
    for line in text.lines:
        match = re.search(r"文章编号\W*(\d{4}-\d{3}[\dXx])\(", line.compact)
        found = find_issns("ISSN " + match.group(1)) if match else []
        if found and found[0].valid:
            f.set("issn", found[0].value, line)
            f.notes.append(f"ISSN {found[0].value} 取自文章编号")
            return


def extract_paper(text: DocText) -> Fields:
    f = Fields()
    first_identifier(text, find_cns, f, "cn", "invalid_cn", "CN 刊号")
    first_identifier(text, find_issns, f, "issn", "invalid_issn", "ISSN")
    if "issn" not in f.values:
        _issn_of_article_number(text, f)
    masthead = _masthead(text)
    title = _paper_title(text, masthead)
    f.put("journal", _journal_in(masthead) or _journal_near_top(text, title))
    if title:
        f.set("title", title_form(join_cjk("".join(l.text for l in title))), title[0])
        _paper_authors(text, title[-1], f)
    header = masthead + [l for l in text.lines[:10] if l not in masthead]
    for line in header:
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


def _masthead(text: DocText) -> list[TextLine]:
    """The masthead of the first page: lines at its top that print issue information
    (卷, 期, month, ISSN, CN, Vol.) and the lines beside them, such as the journal name."""
    if not text.lines:
        return []
    page = text.lines[0].page
    top = [l for l in text.lines if l.page == page and l.top < 0.15]
    info = [l for l in top if _ISSUE_INFO.search(l.text) and not re.search("文章编号|DOI|doi", l.text)]
    return [l for l in top if any(l is i or same_row(l, i) for i in info)]


def _journal_in(masthead: list[TextLine]) -> tuple[str, TextLine] | None:
    """The journal name: the Chinese words of the masthead once the issue information
    is taken out (``第 9 卷 第 4 期 航空动力学报 Vol.9 No.4``), in the largest print."""
    found = []
    for line in masthead:
        rest = _ISSUE_INFO.sub(" ", line.text)
        for run in re.findall(rf"[{CJK}][{CJK}()（）\s]*[{CJK})）]", rest):
            name = join_cjk(run)
            if len(name) >= 2 and "编号" not in name:
                found.append((line.line.height, len(name), name, line))
    if not found:
        return None
    best = max(found, key=lambda c: (round(c[0]), c[1]))
    return best[2], best[3]


def _journal_near_top(text: DocText, title: list[TextLine] | None) -> tuple[str, TextLine] | None:
    """Without a masthead: a 《name》 or a name ending like a journal's above the title."""
    limit = title[0].top if title else 0.15
    for line in [l for l in text.title_lines(0.15) if l.top < limit and l.page == text.lines[0].page]:
        match = re.search(r"《([^》]{2,30})》", line.text) or _JOURNAL.search(line.text)
        if match and "摘要" not in line.compact:
            return match.group(1), line
    return None


_NOT_TITLE = ("摘要", "Abstract", "DOI", "doi", "文章编号", "ISSN", "CN", "收稿", "关键词", "分类号")


def _paper_title(text: DocText, masthead: list[TextLine]) -> list[TextLine] | None:
    """The biggest Chinese line under the masthead (a masthead's name may be bigger),
    with the line it wraps onto."""
    if not text.lines:
        return None
    page = text.lines[0].page
    floor = max((box(l)[3] for l in masthead), default=0.0)
    exclude = _NOT_TITLE + (() if masthead else ("学报", "杂志"))
    candidates = [l for l in text.lines if l.page == page and l.top <= 0.45 and box(l)[1] >= floor
                  and len(re.findall(f"[{CJK}]", l.text)) >= 4 and not any(e in l.text for e in exclude)]
    candidates = [l for l in candidates if len(names_of(l.text) or []) < 2]  # an author line in bigger print
    title = max(candidates, key=lambda l: (round(l.line.height), len(l.compact)), default=None)
    return block(text, title, candidates) if title else None


_AFFILIATION = re.compile(r"大学|学院|学校|公司|研究|院|所|中心|实验室|集团|\d{6}|[省市县区]\W")


def _paper_authors(text: DocText, title_end: TextLine, f: Fields) -> None:
    line = _author_line(text, title_end)
    names = names_of(line.text) if line else None
    if names:
        f.set("authors", names, line)
        return
    f.put("authors", labelled_people(text, ["作者", "著者"]))
    if "authors" not in f.values and line is not None and _GLUED_NAMES.fullmatch(line.compact):
        f.glued_people = line.compact
        f.issue("warning", "people_unreadable",
                f"作者行识别为「{line.compact}」，姓名粘连，无法可靠切分，请核对作者及排名")


_GLUED_NAMES = re.compile(rf"[{CJK}]{{5,24}}")


def _author_line(text: DocText, title_end: TextLine) -> TextLine | None:
    """The authors' line: the first Chinese line under the title, unless it is the
    affiliation (no author line) or the abstract.  A line OCR glued into one run of
    characters (雷杰远方思孟桂航) may not cut into names: ``_names`` then gives nothing."""
    below = sorted((l for l in text.lines if l.page == title_end.page and box(l)[1] > box(title_end)[3] - 1),
                   key=lambda l: box(l)[1])
    for line in below[:4]:
        if not HAS_CJK.search(line.text):
            continue  # a superscript read as a line of its own (1,2)
        if _AFFILIATION.search(line.compact) or re.search("摘要|Abstract|关键词", line.text):
            return None
        return line
    return None


def _facts(f, kind, rank, core_journal):
    return {"rank": rank, "cn": f.get("cn"), "issn": f.get("issn"), "date": as_date(f.get("date")),
            "core_journal": core_journal}


DOCTYPE = DocType(
    key="journal_paper", opens_with=("摘要", "关键词"), name="期刊论文",
    cues=Cues(
        labels=("摘要", "关键词", "中图分类号", "文献标识码", "文章编号", "收稿日期", "基金项目", "作者简介",
                "Abstract", "Keywords", "Keywords:", "学报", "主题词", "分类号"),
        identifiers=("issn", "cn"),
        requires=("摘要", "Abstract", "关键词", "主题词"),
        requires_why="没有摘要或关键词",
    ),
    extract=extract_paper,
    fields=("title", "authors", "journal", "cn", "issn", "date"),
    decisive=("authors", "cn", "issn", "date"),
    labels={"title": "论文题目", "authors": "作者", "date": "出版日期"},
    ranked=("authors",),
    kinds=(Kind.PAPER,), facts=_facts,
)
