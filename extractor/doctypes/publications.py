"""Publications: journal papers, books (CIP page), standards, technical reports.

These documents have no labelled title: the title is the biggest print in a known place
(under a journal's masthead, under a standard's number, on a report's cover).  Their
people are an unlabelled line (a paper's authors, a book's ``张三 编著``) or a label whose
list runs on into the next line of a paragraph (``本文件主要起草人：…``).  Geometry (line
boxes) decides what belongs together; a list that does not split cleanly into names is
left out rather than reported half right.

Titles keep the document's print, folded the way the truth files (and a reader) expect:
no spaces between Chinese characters (OCR puts them anywhere), but the spaces between a
standard title's parts (``工业互联网平台 立体仓库接入 技术要求``), and full-width
brackets and an em dash in a Chinese title (``规划（2021—2025年）``), which the NFKC
folding of reading had turned into ``(2021-2025年)`` or OCR into ``(2021一2025年)``.
"""

from __future__ import annotations

import re

from identifiers import standard as standard_id

from ..fields.amounts import parse_words_wan
from ..fields.dates import find_dates
from ..fields.people import COMPOUND_SURNAMES, SURNAMES, split_people
from ..idscan import find_cns, find_isbns, find_issns, find_standard_numbers
from ..text import DocText, TextLine, same_row
from .base import Fields, after_label_text, biggest_line, date_of, last_date

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_HAS_CJK = re.compile(f"[{_CJK}]")
_LABEL_LINE = re.compile(rf"^[{_CJK}]{{2,7}}[:：]")  # the next label of a form (完成日期：…)


def _first_id(text: DocText, finder, f: Fields, field: str, bad_code: str, what: str) -> None:
    """The first identifier of a kind; a printed-but-invalid one is an issue, not a value."""
    found = [(line, n) for line in text.lines for n in finder(line.text)]
    valid = [(line, n) for line, n in found if n.valid]
    if valid:
        f.set(field, valid[0][1].value, valid[0][0])
    elif found:
        f.issue("warning", bad_code, f"{what} {found[0][1].printed} 校验不通过或格式不符（未作更正）")


# --------------------------------------------------------------------------- shared helpers

def _box(line: TextLine) -> tuple[float, float, float, float]:
    return line.line.box


def _similar_height(a: TextLine, b: TextLine, tolerance: float = 0.15) -> bool:
    return abs(a.line.height - b.line.height) <= tolerance * max(a.line.height, b.line.height)


_same_row = same_row  # extractor.text


def _line_below(text: DocText, line: TextLine, max_gap: float = 1.0) -> TextLine | None:
    """The next line under ``line`` in the same column (boxes overlapping horizontally),
    when it follows within ``max_gap`` line heights: the second line of a wrapped title or
    sentence.  Geometry, not list order: OCR interleaves the two pages of a spread."""
    x0, y0, x1, y1 = _box(line)
    below = [l for l in text.lines if l.page == line.page and _box(l)[1] > y0 + 0.5 * line.line.height
             and _box(l)[0] < x1 and _box(l)[2] > x0]
    nearest = min(below, key=lambda l: _box(l)[1], default=None)
    if nearest is not None and _box(nearest)[1] - y1 <= max_gap * line.line.height:
        return nearest
    return None


def _block(text: DocText, line: TextLine, allowed: list[TextLine] | None = None) -> list[TextLine]:
    """``line`` and the lines of the same size directly above and below it (from
    ``allowed``, when given): a title printed on two or three lines."""
    def fits(other: TextLine | None) -> bool:
        return (other is not None and _similar_height(other, line) and bool(_HAS_CJK.search(other.text))
                and (allowed is None or other in allowed))

    block = [line]
    while len(block) < 4 and fits(nxt := _line_below(text, block[-1])):
        block.append(nxt)
    while len(block) < 4:
        prev = next((l for l in text.lines if l.page == line.page and _line_below(text, l) is block[0]), None)
        if not fits(prev):
            break
        block.insert(0, prev)
    return block


def _join_cjk(value: str) -> str:
    """Spaces next to a Chinese character go (OCR and letter-spaced print put them
    anywhere); spaces between Latin words stay."""
    value = " ".join(value.split())
    return re.sub(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])", "", value)


def _title_form(value: str) -> str:
    """A Chinese title's brackets and year-range dash as printed (full-width, em dash)."""
    if not _HAS_CJK.search(value):
        return value
    value = re.sub(r"((?:19|20)\d\d)\s*[-‐‑–—―－~～一]\s*((?:19|20)\d\d)", r"\1—\2", value)
    return value.replace("(", "（").replace(")", "）")


def _orig_index(text: str, compact_index: int) -> int:
    """The index in ``text`` of the character at ``compact_index`` of its compact form."""
    seen = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            if seen == compact_index:
                return i
            seen += 1
    return len(text)


# A Chinese name (2–4 characters), a transliterated one (欧·亨利), a Latin one.
_NAME = re.compile(rf"[{_CJK}]{{2,4}}|(?=.{{3,12}}$)[{_CJK}]+(?:·[{_CJK}]+)+|[A-Za-z][A-Za-z .'\-]{{1,40}}")


def _names(value: str) -> list[str] | None:
    """The names of a list, or None when any part is not a name: a list half read (a
    glued run of names, a stray word) is left out, not reported in part."""
    names = [part for name in split_people(value) for part in _two_names(name)]
    ok = names and all(re.fullmatch(_NAME, n) for n in names)
    return names if ok else None


def _two_names(name: str) -> list[str]:
    """Four characters that are two two-character names with OCR's space lost (贺丽向庆):
    both halves begin with a common surname and the first two are no compound surname
    (欧阳小明).  Four-character names of two plain surnames are rare; lists of two-
    character names are common."""
    if len(name) == 4 and _HAS_CJK.match(name) and name[:2] not in COMPOUND_SURNAMES \
            and name[0] in SURNAMES and name[2] in SURNAMES:
        return [name[:2], name[2:]]
    return [name]


_AFTER_LABEL = re.compile(r"^(?:[(（][^)）]{0,12}[)）])?[:：]")  # 主要编写人员（排名不分先后）：


def _labelled_people(text: DocText, labels: list[str]) -> tuple[list[str], TextLine] | None:
    """The people after a label that a colon ends (``编写人员：`` but not ``作者简介``,
    nor ``技术报告）`` read as a damaged 报告人), in the form's cell to its right when
    nothing follows on its line, continued on the lines of the same paragraph."""
    for hit in text.find_label(labels):
        after = _AFTER_LABEL.match(hit.line.compact[hit.end:])
        if not after:
            continue
        value, anchor = hit.line.text[_orig_index(hit.line.text, hit.end + after.end()):], hit.line
        if not value.strip():
            cell = _cell_right_of(text, hit.line)
            if cell is not None:
                value, anchor = cell.text, cell
        names = _names(_paragraph(text, anchor, value))
        if names:
            return names, anchor
    return None


def _cell_right_of(text: DocText, line: TextLine) -> TextLine | None:
    """The next box on the same row to the right: a form's value cell (OCR may list it
    before its label)."""
    right = [l for l in text.lines if _same_row(l, line) and _box(l)[0] >= _box(line)[2] - 0.5 * line.line.height]
    cell = min(right, key=lambda l: _box(l)[0], default=None)
    return None if cell is None or _LABEL_LINE.match(cell.compact) else cell


def _paragraph(text: DocText, line: TextLine, value: str, limit: int = 3) -> str:
    """``value`` (the rest of ``line``) and the lines it runs on to, joined without a break:
    a Chinese paragraph wraps anywhere, even inside a name (邵 / 雪秀).  A continuation
    starts no further right than ``line`` and is no next row of a form (a label there)."""
    current = line
    for _ in range(limit):
        if value.rstrip().endswith(("。", ".")):
            break
        nxt = _line_below(text, current, max_gap=1.2)
        if nxt is None or not _similar_height(nxt, line, 0.3) or _box(nxt)[0] > _box(line)[0] + line.line.height \
                or _starts_form_row(text, nxt):
            break
        value, current = value.rstrip() + nxt.text.strip(), nxt
    return value.strip().rstrip("。.")


def _starts_form_row(text: DocText, line: TextLine) -> bool:
    """``line`` is a label (完成日期：), or the value of one standing to its left."""
    return any(_LABEL_LINE.match(l.compact) for l in text.lines
               if l is line or (_same_row(l, line) and _box(l)[0] < _box(line)[0]))


# --------------------------------------------------------------------------- journal paper

_JOURNAL = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{2,20}(?:学报|杂志|期刊|研究|技术|工程|科学|应用|通讯|自动化|信息|世界|论坛|纵横)"
                      r"(?:\([\u4e00-\u9fff]{2,10}版\))?)")
_ISSUE_DATE = re.compile(r"(\d{4})\s*年\s*(?:第\s*(\d{1,2})\s*期|(\d{1,2})\s*月)")
# What a masthead prints beside the journal's name: volume, issue, month, ISSN, CN.
_ISSUE_INFO = re.compile(r"第\s*\d+\s*[卷期]|\d{4}\s*年\s*\d{1,2}\s*月|\d{4}\s*年|ISSN[\s:：]*[\dX\-]*|"
                         r"CN\s*\W?\s*[\d\-/A-Z]*|Vol\.?\s*\d+|No\.?\s*\d+|总第\s*\d+\s*期")


# idscan's finders forgive OCR's usual damage to the labels (1SBN, CN·11-…) themselves.
_cn_finder, _issn_finder, _isbn_finder = find_cns, find_issns, find_isbns


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
    _first_id(text, _cn_finder, f, "cn", "invalid_cn", "CN 刊号")
    _first_id(text, _issn_finder, f, "issn", "invalid_issn", "ISSN")
    if "issn" not in f.values:
        _issn_of_article_number(text, f)
    masthead = _masthead(text)
    title = _paper_title(text, masthead)
    f.put("journal", _journal_in(masthead) or _journal_near_top(text, title))
    if title:
        f.set("title", _title_form(_join_cjk("".join(l.text for l in title))), title[0])
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
    return [l for l in top if any(l is i or _same_row(l, i) for i in info)]


def _journal_in(masthead: list[TextLine]) -> tuple[str, TextLine] | None:
    """The journal name: the Chinese words of the masthead once the issue information
    is taken out (``第 9 卷 第 4 期 航空动力学报 Vol.9 No.4``), in the largest print."""
    found = []
    for line in masthead:
        rest = _ISSUE_INFO.sub(" ", line.text)
        for run in re.findall(rf"[{_CJK}][{_CJK}()（）\s]*[{_CJK})）]", rest):
            name = _join_cjk(run)
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
    floor = max((_box(l)[3] for l in masthead), default=0.0)
    exclude = _NOT_TITLE + (() if masthead else ("学报", "杂志"))
    candidates = [l for l in text.lines if l.page == page and l.top <= 0.45 and _box(l)[1] >= floor
                  and len(re.findall(f"[{_CJK}]", l.text)) >= 4 and not any(e in l.text for e in exclude)]
    candidates = [l for l in candidates if len(_names(l.text) or []) < 2]  # an author line in bigger print
    title = max(candidates, key=lambda l: (round(l.line.height), len(l.compact)), default=None)
    return _block(text, title, candidates) if title else None


_AFFILIATION = re.compile(r"大学|学院|学校|公司|研究|院|所|中心|实验室|集团|\d{6}|[省市县区]\W")


def _paper_authors(text: DocText, title_end: TextLine, f: Fields) -> None:
    line = _author_line(text, title_end)
    names = _names(line.text) if line else None
    if names:
        f.set("authors", names, line)
        return
    f.put("authors", _labelled_people(text, ["作者", "著者"]))
    if "authors" not in f.values and line is not None and _GLUED_NAMES.fullmatch(line.compact):
        f.glued_people = line.compact
        f.issue("warning", "people_unreadable",
                f"作者行识别为「{line.compact}」，姓名粘连，无法可靠切分，请核对作者及排名")


_GLUED_NAMES = re.compile(rf"[{_CJK}]{{5,24}}")


def _author_line(text: DocText, title_end: TextLine) -> TextLine | None:
    """The authors' line: the first Chinese line under the title, unless it is the
    affiliation (no author line) or the abstract.  A line OCR glued into one run of
    characters (雷杰远方思孟桂航) may not cut into names: ``_names`` then gives nothing."""
    below = sorted((l for l in text.lines if l.page == title_end.page and _box(l)[1] > _box(title_end)[3] - 1),
                   key=lambda l: _box(l)[1])
    for line in below[:4]:
        if not _HAS_CJK.search(line.text):
            continue  # a superscript read as a line of its own (1,2)
        if _AFFILIATION.search(line.compact) or re.search("摘要|Abstract|关键词", line.text):
            return None
        return line
    return None


# --------------------------------------------------------------------------- book (CIP page)

# A statement of responsibility: names, then what they did (吕雪辉 编著, 姜丽子,覃超鹏主编).
_ROLE = r"(?:等\s*)?(?:主\s*编|编\s*著|编\s*写|著|编)"
_AUTHOR_ROLES = re.compile(rf"^(?P<names>.+?)\s*{_ROLE}$")
_COVER_AUTHORS = re.compile(rf"^(?P<names>[^:：]{{2,60}}?)\s*(?:等\s*)?(?:主\s*编|编\s*著|编\s*写|著)\s*$")


def extract_book(text: DocText) -> Fields:
    f = Fields()
    _first_id(text, _isbn_finder, f, "isbn", "invalid_isbn", "ISBN")
    cip = next((l for l in text.lines if re.search(r"[/／].{1,40}[著编]", l.text)), None)
    if cip:
        _read_cip(text, cip, f)
    else:
        _read_cover(text, f)
    if "publisher" not in f.values:
        for line in text.lines:
            match = re.search(rf"([{_CJK}]{{2,20}}出版社)", line.compact)
            if match:
                f.set("publisher", re.sub(r"^(?:出版发行|出版)", "", match.group(1)), line)
                break
    if "title" not in f.values:
        title = after_label_text(text, ["书名"])
        if title:
            f.set("title", _book_title(title[0]), title[1])
    _words_and_date(text, f)
    return f


def _read_cip(text: DocText, cip: TextLine, f: Fields) -> None:
    """The CIP line: 书名／著者.—地点：出版社，年.月 (it may wrap onto the next line)."""
    title, _, rest = re.split(r"([/／])", cip.text, maxsplit=1)
    f.set("title", _book_title(title), cip)
    responsibility = re.split(r"[.．。—－]", rest, maxsplit=1)[0]  # .—成都：…
    authors: list[str] = []
    # 欧·亨利等著；王永年等译: the translators are not authors.
    for group in re.split(r"[;；]", responsibility):
        match = _AUTHOR_ROLES.match(group.strip())
        if match:
            authors += _names(match.group("names")) or []
    f.set("authors", authors, cip)
    joined = cip.compact + _next_compact(text, cip)
    pub = re.search(rf"[:：]([{_CJK}]{{2,20}}出版社)", joined)
    if pub:
        f.set("publisher", pub.group(1), cip)


def _read_cover(text: DocText, f: Fields) -> None:
    """No CIP block: the title page's ``名字 编著`` line (cover or imprint table) and the
    title printed just above it."""
    for line in text.lines:
        match = _COVER_AUTHORS.match(line.text.strip())
        names = _names(match.group("names")) if match else None
        if names:
            f.set("authors", names, line)
            title = _line_above(text, line)
            if title:
                f.set("title", _book_title(title.text), title)
            return


def _line_above(text: DocText, line: TextLine) -> TextLine | None:
    """The Chinese line just above ``line`` and at least as big: a title over its author."""
    above = [l for l in text.lines if l.page == line.page and _box(l)[3] <= _box(line)[1] + 2
             and _box(l)[0] < _box(line)[2] and _box(l)[2] > _box(line)[0]]
    nearest = max(above, key=lambda l: _box(l)[3], default=None)
    if nearest is None or _box(line)[1] - _box(nearest)[3] > 2 * line.line.height:
        return None
    if len(re.findall(f"[{_CJK}]", nearest.text)) < 2 or nearest.line.height < 0.9 * line.line.height:
        return None
    return nearest


def _book_title(value: str) -> str:
    # A dot between two Chinese characters is OCR noise (工.业互联网): Chinese prints 。 or ·.
    value = re.sub(rf"(?<=[{_CJK}])\s*[.．,，]\s*(?=[{_CJK}])", "", value)
    return _title_form(_join_cjk(value).strip("．.-—: "))


def _next_compact(text: DocText, line: TextLine) -> str:
    return text.lines[line.index + 1].compact if line.index + 1 < len(text.lines) else ""


def _words_and_date(text: DocText, f: Fields) -> None:
    """字数 (in 千字 or 万字) and the first edition's month (2013年3月第1版)."""
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
        f.put("date", date_of(text, ["出版日期", "出版时间"]))


# --------------------------------------------------------------------------- standard

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
        f.set("title", _spaced_title(title), title[0])
    _standard_dates(text, f)
    f.put("drafters", _labelled_people(text, ["主要起草人", "起草人"]))
    return f


def _own_standard_number(text: DocText) -> tuple[TextLine, str] | None:
    """The standard's own number: the one a cover prints on a line of its own; else the
    first not cited (after 代替, 按照 … or before a 《title》) by the text around it."""
    for line in text.lines:
        if not _HAS_CJK.search(line.text):
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
        return [title] if title and _HAS_CJK.search(title.text) else None
    dates = [l.top for l in text.lines if l.page == number.page and re.search("发布|实施", l.compact)
             and find_dates(l.text)]
    candidates = [l for l in text.lines if l.page == number.page and number.top < l.top < min(dates, default=1.0)
                  and _same_half(l, number) and _looks_like_title_part(l)]
    title = max(candidates, key=lambda l: round(l.line.height), default=None)
    return _block(text, title, candidates) if title else None


def _looks_like_title_part(line: TextLine) -> bool:
    compact = line.compact
    return (len(re.findall(f"[{_CJK}]", compact)) >= 2 and not compact.endswith("标准")
            and not re.search("发布|实施|代替|ICS|CCS|前言", compact)
            and not find_standard_numbers(line.text))


def _same_half(line: TextLine, anchor: TextLine) -> bool:
    """On a landscape page (two pages scanned side by side) only the anchor's half counts."""
    if line.page_width <= 1.2 * line.page_height:
        return True
    middle = line.page_width / 2
    return ((_box(line)[0] + _box(line)[2]) / 2 < middle) == ((_box(anchor)[0] + _box(anchor)[2]) / 2 < middle)


def _spaced_title(lines: list[TextLine]) -> str:
    """A standard title keeps one space between its printed parts (引导/主体/补充要素:
    ``工业互联网平台 立体仓库接入 技术要求``), and a title on two or three lines is such
    parts.  OCR spacing between single characters (``工 业 互 联 网``) is no part, nor is
    a lone character wrapped onto a line of its own."""
    value = ""
    for line in lines:
        parts = line.text.split()
        part = _join_cjk(line.text) if any(len(p) == 1 and _HAS_CJK.match(p) for p in parts) else " ".join(parts)
        glue = "" if not value or len(part) == 1 or len(value.split()[-1]) == 1 else " "
        value += glue + part
    return _title_form(value)


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


# --------------------------------------------------------------------------- technical report

_REPORT_KINDS = [("白皮书", "white_paper"), ("可行性研究报告", "feasibility"), ("可研报告", "feasibility"),
                 ("规划", "plan"), ("课题", "research_topic"), ("技术报告", "technical_report"),
                 ("研究报告", "technical_report")]
_WRITERS = ["编写人员", "编制人员", "主要编写人", "编写人", "编制人", "撰写人", "执笔人", "作者",
            "报告人"]
_LEADERS = ["项目负责人", "课题负责人"]
_MEMBERS = ["主要参加人员", "参加人员", "主要参与人员", "课题组成员", "项目组成员"]


def extract_report(text: DocText) -> Fields:
    f = Fields()
    title = biggest_line(text, 0.6, exclude=("编制单位", "编写", "日期"))
    if title:
        f.set("title", _title_form(_join_cjk("".join(l.text for l in _block(text, title)))), title)
    zone = "".join(l.compact for l in text.title_lines(0.6))
    for word, kind in _REPORT_KINDS:
        if word in zone:
            f.set("report_kind", kind, title)
            break
    f.put("authors", _report_authors(text))
    f.put("date", date_of(text, ["编制日期", "日期", "完成日期"]) or last_date(text))
    return f


def _report_authors(text: DocText) -> tuple[list[str], TextLine] | None:
    """The writers (编写人员); else the project's leader followed by its members
    (项目负责人 + 主要参加人员), the leader first as the report lists them."""
    writers = _labelled_people(text, _WRITERS)
    if writers:
        return writers
    members = _labelled_people(text, _MEMBERS)
    leader = _labelled_people(text, _LEADERS)
    if members and leader:
        return leader[0] + [m for m in members[0] if m not in leader[0]], leader[1]
    return members or leader
