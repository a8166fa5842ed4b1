"""著作/教材: a book's CIP (copyright) page, or its cover and title page.

Read like a journal paper (see ``journal_paper``'s notes): no labelled title, people in an
unlabelled line or a paragraph, geometry deciding what belongs together.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from rules.dates import PartialDate
from rules.vocabulary import Kind

from ..fields.amounts import parse_words_wan
from ..fields.dates import date_after_label, parse_date
from ..fields.numerals import to_int
from ..fields.people import has_surname, labelled_surname
from ..idscan import find_isbns
from ..layout import (prose_writers, CJK, LABEL_START, box, similar_height, is_name, join_cjk, line_at, names_of, next_line, row_of, running_match,
                      running_text, spelled_label_values,
                      strip_stamps, title_form, whole_list)
from ..text import SEPARATORS, DocText, TextLine
from .base import Cues, DocType, Fields, after_label_text, as_date, biggest_line, first_identifier, classification


# A statement of responsibility: names, then what they did (吕雪辉 编著, 姜丽子,覃超鹏主编).
_ROLE = r"(?:等\s*)?(?:副\s*主\s*编|主\s*编|编\s*著|编\s*写|著|编)"
_AUTHOR_ROLES = re.compile(rf"^(?P<names>.+?)\s*{_ROLE}$")
_COVER_AUTHORS = re.compile(r"^(?P<names>[^:：]{2,60}?)\s*(?:等\s*)?(?:主\s*编|编\s*著|编\s*写|著)\s*$")
# The role before the names, on a cover or a title page: ``主编  张伟  王芳``, ``编著：张伟``
# (never 副主编, whose names follow the editors').
_ROLE_FIRST = re.compile(r"^(?<!副)(?:主\s*编|编\s*著|著\s*者|编\s*者)\s*[:：]?\s*(?P<names>[^:：]{2,60})$")
# A CIP statement: the title, a slash, the statement of responsibility ending in a role
# (工业互联网技术与应用 / 张伟，王芳主编.—北京：…).  Not ``1/16`` in the imprint, nor
# ``GB/T 23000 等标准编写`` in a preface, nor ``策划编辑/责任编辑``.
_CIP = re.compile(rf"(?P<title>[^/／]*[{CJK}][^/／]*?)\s*[/／]\s*(?P<resp>[^/／]{{1,40}}?[著编])")
# (a line opening on a number and a dot, 1.工业… | 2.…, is the CIP's subject entries; a title may
# open on figures, 5G+工业互联网, 1+X…, 2023年度…报告: probes CM B08, CN C3)
_NOT_CIP = re.compile(r"编辑|开本|ISBN|GB|[:：]\s*$|^\s*\d+(?:\s*[.、．]|\s)")
# The labels of a 版权页's imprint that name the authors (作者：张伟 王芳 编著).
_AUTHOR_LABELS = ("作者", "著者", "编著者", "编著", "主编", "编者")


def extract_book(text: DocText) -> Fields:
    f = Fields()
    first_identifier(text, find_isbns, f, "isbn", "invalid_isbn", "ISBN")
    f.put("classification", classification(text))
    cip = _cip_line(text)
    if cip:
        _read_cip(text, cip, f)
        _clearer_title(text, cip, f)
    if "authors" not in f.values:
        _read_cover(text, f)
    else:
        # A cover's 主编 then 副主编, where the CIP names the 主编 alone (高敏倩主编): the cover's
        # list, when it opens with the CIP's names.
        cover = Fields()
        _read_cover(text, cover)
        if _extends(cover.values.get("authors") or [], f.values["authors"]):
            f.values["authors"], f.sources["authors"] = cover.values["authors"], cover.sources["authors"]
    # An imprint's 作者 line lists every author where the CIP may stop at the first (宋安等著).
    labelled = _labelled_authors(text)
    named = f.values.get("authors") or []
    if labelled and (not named or _extends(labelled[0], named)):
        f.set("authors", labelled[0], labelled[1])
    # (or the preface's: 本书由冉启东、范德昌、祝晓光编著 where the CIP says 冉启东等编著, probe CX B05)
    prefaced = prose_writers(text)
    named = f.values.get("authors") or []
    if prefaced and named and _extends(prefaced[0], named):
        f.set("authors", prefaced[0], prefaced[1])
    _writers_page(text, f)
    _publication_proof(text, f)
    _shares(text, f)
    if "publisher" not in f.values:
        for line in text.lines:
            # (never a sentence's: 本书封面贴有清华大学出版社防伪标签)
            match = None if re.search(r"[，。,]|本书", line.compact) else re.search(rf"([{CJK}]{{2,20}}出版社(?:股份)?(?:有限(?:责任)?公司)?)", line.compact)
            if match:
                # (出版社 重庆出版社: a grid's caption before the press's name)
                f.set("publisher", re.sub(r"^(?:出版发行|出版单位|出版社(?=.{2,}出版社)|出版)", "", match.group(1)), line)
                break
    if "title" not in f.values:
        title = after_label_text(text, ["书名"]) or _imprint_head(text)
        if title:
            f.set("title", _book_title(title[0]), title[1])
    _words_and_date(text, f)
    authors = f.values.get("authors")
    heads = _relisted_heads(authors) if isinstance(authors, list) else 0
    if heads:
        # 主编：A / 副主编：B C / 编写人员：A B C D E — the heads named again among all the writers
        authors = authors[:heads] + authors[2 * heads:]
        f.values["authors"] = authors
    if isinstance(authors, list) and len(authors) == 1 \
            and re.search(re.escape(authors[0]) + r"\s*(?:编)?著(?![者作])", text.compact.replace("\n", "")):
        # 章华著 (the CIP line, 作者：章华著): one author writing it all, no 等著, no 主编 — a 独著
        f.set("sole_author", True)
    if _stamp_piece(f.values.get("title")):
        # a diagonal watermark's piece boxed on its own (使用 of 仅供职称申报使用) in the biggest print,
        # or the page's own heading (版 权 页): the 书名 its grid labels, if any
        f.values.pop("title")
        f.sources.pop("title", None)
        named = after_label_text(text, ["书名"])
        if named and not _stamp_piece(named[0]):
            f.set("title", _book_title(named[0]), named[1])
    return f


def _relisted_heads(authors: list) -> int:
    """How many of the list's first names a later role lists again at once after them (主编 A,
    副主编 B C, then 编写人员 A B C D E: 3); 0 when none are (two namesakes in one list stay two).

    >>> _relisted_heads(["冯嘉怡", "王昌盛", "米热阿依", "冯嘉怡", "王昌盛", "米热阿依", "雷霞"]), _relisted_heads(["张伟", "李强", "张伟"])
    (3, 0)
    """
    for k in range(len(authors) // 2, 0, -1):
        if authors[k:2 * k] == authors[:k] and len(set(authors[:k])) == k:
            return k
    return 0


def _stamp_piece(title) -> bool:
    """A short title that is only a piece of a watermark or copy-stamp phrase, or a grid's head.

    >>> _stamp_piece("使用"), _stamp_piece("钢轨探伤车优化调度技术"), _stamp_piece(None)
    (True, False, False)
    """
    from ..normalize import WATERMARK_WORDS

    compact = "".join((title or "").split())
    if re.fullmatch(r"(?:主编|编著|编|著|译|书名|作者|出版发行|出版|版次|版权页|版权信息)", compact):
        return True  # a grid's head (书名 | 编著 | 出版发行) read as the biggest print
    return 0 < len(compact) <= 3 and any(compact in w for w in WATERMARK_WORDS)


def _clearer_title(text: DocText, cip: TextLine, f: Fields) -> None:
    """The title as the page prints it in big type over the CIP's small print, when the two
    differ by a letter or two that OCR misread in the small one (质量追测 for 质量追溯)."""
    title = f.values.get("title")
    line = biggest_line(text, 0.4, exclude=("出版社", "ISBN", "书号", "图书在版编目", "CIP"))
    if not title or line is None or line.page != cip.page or line.line.height < 1.3 * cip.line.height:
        return
    printed = _book_title(line.text)
    if printed != title and len(printed) == len(title) and Levenshtein.distance(printed, title) <= 2:
        f.set("title", printed, line)


def _imprint_head(text: DocText) -> tuple[str, TextLine] | None:
    """An older imprint block with no CIP (著者 | 责任编辑 | 出版发行 | 字数 …, ISBN 7-…): the
    book's title printed over it, the biggest line at the top, above the first label."""
    labels = [l for l in text.lines if re.match(r"^(?:著\s*者|作\s*者|责任编辑|出版发行|出\s*版)", l.compact)]
    if not labels:
        return None
    top = min(box(l)[1] for l in labels if l.page == labels[0].page)
    line = biggest_line(text, 0.4, exclude=("出版社", "ISBN", "书号"))
    # (a title may have a subtitle after its colon, 质量追溯：原理、方法与应用; a label's colon
    # comes after a word or two)
    colon = re.search(r"[:：]", line.compact) if line is not None else None
    if line is None or line.page != labels[0].page or box(line)[1] >= top or re.search(r"[，。,]", line.compact) \
            or (colon and colon.start() <= 5):
        return None
    return line.text, line


def _cip_line(text: DocText) -> TextLine | None:
    """The CIP statement's line (``书名／著者.—地点：出版社，年.月``): the first line whose
    slash stands between a title and a statement of responsibility, the one right under
    the 图书在版编目 heading first."""
    found = [l for l in text.lines if _is_cip(_cip_text(text, l))]
    heading = next((l for l in text.lines if "图书在版编目" in l.compact or "CIP数据" in l.compact), None)
    if heading is not None:
        after = [l for l in found if l.index > heading.index and l.page == heading.page]
        if after:
            return after[0]
    return found[0] if found else None


def _cip_text(text: DocText, line: TextLine) -> str:
    """The line, with the next one when it ends at the slash (书名/ | 张三著.—北京：…)."""
    # (or when its statement of responsibility runs onto the next: 书名/张三, 李四 | 编著，—重庆：…)
    wraps = re.search(r"[/／]\s*$", line.text) or (re.search(r"[/／]", line.text) and not _is_cip(line.text))
    below = next_line(text, line) if wraps else None
    return line.text + below.text if below is not None else line.text


def _is_cip(line_text: str) -> bool:
    match = _CIP.search(line_text)
    if not match or _NOT_CIP.search(match.group("title")) or "编辑" in match.group("resp"):
        return False
    title = match.group("title")
    # (a title ends in a number only as a product's name does: …SQL Server 2005, never 2021/5)
    return len(re.findall(f"[{CJK}]", title)) >= 2 and (not re.search(r"\d\s*$", title)
                                                         or bool(re.search(r"[A-Za-z]+\s+\d+\s*$", title)))


def _labelled_authors(text: DocText) -> tuple[list[str], TextLine] | None:
    """An imprint's labelled authors (``作　　者：张伟　王芳　编著``, ``主编：张伟``), on the
    label's line, in the cell beside it, or after a label OCR boxed letter by letter
    (``著`` | ``者：宋安 严薇家``); all names or none."""
    for line in text.lines:
        # The label, then its separator, a space or the end of the line (作者简介 is no label).
        match = re.match(r"^(?P<label>" + "|".join(r"\s*".join(l) for l in _AUTHOR_LABELS)
                         + r")(?:\s*[:：]\s*|\s+|$)(?P<rest>.*)$", line.text.strip())
        if not match:
            continue
        rest = match.group("rest").strip()
        if not rest:
            beside = [l for l in row_of(text, line) if box(l)[0] >= box(line)[2] - 2]
            if not beside or LABEL_START.match(beside[0].compact):
                continue
            rest, line = beside[0].text.strip(), beside[0]
        rest = re.sub(rf"\s*(?:等\s*)?{_ROLE}\s*$", "", rest).strip(SEPARATORS + " ")
        names = names_of(rest)
        if names:
            return names, line
    for rest, line in spelled_label_values(text, list(_AUTHOR_LABELS)):
        names = names_of(re.sub(rf"\s*(?:等\s*)?{_ROLE}\s*$", "", rest).strip(SEPARATORS + " "))
        if names:
            return names, line
    return None


# A book's own page of its writers (本书编写人员, 本书编委会, 编写组), never a series' board
# (丛书编委会: editors of the series, not of this book).
_WRITERS_HEADING = re.compile(r"^(?:本书)?(?:编写人员|编写组|编委会|编写委员会|编者名单|编写人员名单)(?:名单)?$")
_NOTE = re.compile(r"[（(][^）)]{2,12}[）)]")
_WRITER_ROLES = re.compile(r"^(主\s*编|副\s*主\s*编|参\s*编|编\s*委|编\s*者|编写人员|成\s*员)\s*[:：]?\s*(.*)$")


_NEXT_ROLE = re.compile(r"\s*(?:副\s*主\s*编|参\s*编|编\s*委|编\s*者)\s*[:：]")


def _writers_page(text: DocText, f: Fields) -> None:
    """The book's page of its writers, role by role (主编, 副主编, 参编), in print order: the
    whole list, where the CIP names its chief editor only (钟立新主编) or no one.  Taken only
    when it begins with every author the CIP or the imprint named, in their order."""
    heading = next((l for l in text.lines if _WRITERS_HEADING.match(l.compact) and "丛书" not in l.compact), None)
    start = heading.index + 1 if heading is not None else None
    if heading is None:
        # No heading: an imprint's 主编 line with the 副主编 / 参编 lines right under it.
        # (any 主编 line so followed, past the cells of its row: an imprint's 主编 | 方桂松 may
        # come first with none under it, the title page's 主编 / 副主编 after it)
        def followed(chief: TextLine) -> bool:
            row = {l.index for l in row_of(text, chief)}
            after = next((l for l in text.lines[chief.index + 1:] if l.index not in row), None)
            return after is not None and after.page == chief.page \
                and re.match(r"^(?:副\s*主\s*编|参\s*编)", after.text.strip()) is not None
        chief = next((l for l in text.lines if re.match(r"^主\s*编(?!\s*[（(]?丛书)", l.text.strip()) and followed(l)),
                     None)
        if chief is None:
            return
        heading, start = chief, chief.index
    names: list[str] = []
    beside_roles: set[int] = set()  # the cells right of a role alone on its line: read with it
    column: tuple[float, float] | None = None
    waiting = False  # (a role whose names stand on the lines under it)
    for line in text.lines[start:]:
        if line.page != heading.page:
            break
        if line.index in beside_roles or _NOTE.fullmatch(line.compact):
            continue  # a cell already read, or （排名不分先后）
        if column is not None and box(line)[2] < column[0] - column[1]:
            continue  # the other page of a spread, interleaved with this one (its cover's title)
        match = _WRITER_ROLES.match(line.text.strip())
        # (a role's names wrapping under its value, indented; or on the lines under a role that gives
        # none on its own: 编 委(以姓氏笔画为序) | 王立强 包春燕 …, probe CX B03)
        more = names_of(line.text.strip()) if not match and names and column is not None \
            and (box(line)[0] > column[0] + 2 * column[1] or waiting) else None
        if more and all(labelled_surname(n) or "·" in n for n in more):
            names += more  # (a role's names wrapping under its value: 编 委: 龚春燕 黎亚楠 | 令狐帆 史怀瑾 …)
            continue
        if not match:
            if names:
                break
            continue
        cells = [l for l in row_of(text, line) if box(l)[0] >= box(line)[2] - 2]
        beside_roles.update(l.index for l in cells)
        column = column or (box(line)[0], max(line.line.height, 1))  # where the roles stand
        rest = match.group(2).strip(":： ") or " ".join(l.text for l in cells)  # (主 编:: as OCR doubles a colon)
        rest = _NOTE.sub("", rest).strip(":： ")
        waiting = not rest
        if waiting:
            continue
        # (two roles on one line: 主 编:李强 副主编:王芳 — each role's names in turn)
        for piece in _NEXT_ROLE.split(rest):
            found = names_of(piece.strip(":： "))
            if not found:
                return  # a role whose names were not read: the order after it is unknown
            names += found
    named = f.values.get("authors") or []
    if _extends(names, named):
        f.set("authors", names, heading)


def _extends(longer: list[str], shorter: list[str]) -> bool:
    """``longer`` names more people and opens with ``shorter``'s, each the same or one letter
    off (the CIP's 高敏情 is the cover's 高敏倩, OCR's slip in one of them).

    >>> _extends(["高敏倩", "韩刚平"], ["高敏情"]), _extends(["韩刚平", "高敏倩"], ["高敏倩"])
    (True, False)
    """
    def alike(a: str, b: str) -> bool:
        return a == b or len(a) == len(b) >= 2 and sum(x != y for x, y in zip(a, b)) <= 1
    return len(longer) > len(shorter) and all(alike(a, b) for a, b in zip(longer, shorter))


def _read_cip(text: DocText, cip: TextLine, f: Fields) -> None:
    """The CIP line: 书名／著者.—地点：出版社，年.月 (it may wrap onto the next line)."""
    title, _, rest = re.split(r"([/／])", _cip_text(text, cip), maxsplit=1)
    f.set("title", _book_title(title), cip)
    responsibility = re.split(r"[.．。—－]", rest, maxsplit=1)[0]  # .—成都：…
    # OCR reads the .— as ，一 (…龚成华著，一武汉：…): the statement ends at its role word.
    ended = re.match(r"[^:：]{1,40}?(?:编著|主编|著|编)(?=\s*[,，]\s*[一—－-])", responsibility)
    if ended:
        responsibility = ended.group(0)
    authors: list[str] = []
    chiefs: list[str] = []
    # 欧·亨利等著；王永年等译: the translators are not authors.
    for group in re.split(r"[;；]", responsibility):
        match = _AUTHOR_ROLES.match(group.strip())
        first = _ROLE_FIRST.match(group.strip()) if not match else None  # (主编 张伟: the role before)
        if match or first:
            named = names_of((match or first).group("names")) or []
            authors += named
            if re.search(r"(?<!副)主\s*编$", group.strip()) or first and re.match(r"主\s*编", group.strip()):
                chiefs += named  # 张伟主编: who 主持编写 it (第十五条（二）7)
    f.set("authors", authors, cip)
    if chiefs:
        f.set("chief_editors", chiefs, cip)
    joined = cip.compact + _next_compact(text, cip)
    pub = re.search(rf"[:：]([{CJK}]{{2,20}}出版社(?:股份)?(?:有限(?:责任)?公司)?)", joined)
    if pub:
        f.set("publisher", pub.group(1), cip)


def _read_cover(text: DocText, f: Fields) -> None:
    """No CIP block: the title page's ``名字 编著`` line (cover or imprint table) and the
    title printed just above it."""
    for line in text.lines:
        printed = line.text.strip()
        row = row_of(text, line)  # left to right by where each cell starts
        beside = [l for l in row if box(l)[0] > box(line)[0]]
        # (only the cells close on its right: the other page of a spread shares the row)
        near, right = [], box(line)[2]
        for cell in sorted(beside, key=lambda l: box(l)[0]):
            if box(cell)[0] - right > 3 * max(line.line.height, 1):
                break
            near.append(cell)
            right = box(cell)[2]
        if near and len(beside) == len(row):
            # A title page's names set wide apart, OCR boxing each (``司马俊琳 | 赵阳彬 | 著``):
            # the row from its first cell is the line.
            printed = " ".join([printed] + [l.text.strip() for l in near])
        elif any(box(l)[0] < box(line)[0] and -2 * line.line.height < box(line)[0] - box(l)[2] <= 3 * max(line.line.height, 1)
                 and has_surname(l.compact[:2]) and names_of(l.text.split()[0]) for l in row):
            continue  # the end of a row of names read from its first cell already (许婷辉 | … | 田磊天 编著)
        match = _COVER_AUTHORS.match(printed) or _ROLE_FIRST.match(printed)
        # A piece unread (a blot ``▇▇`` between two names) would shift every rank after it.
        names = names_of(match.group("names")) if match and whole_list(match.group("names")) else None
        if names:
            # a byline wrapped before its role word (司马松 邓光波 迪丽努尔·阿不都 | 东方彬红 著): the
            # lines of names just above it, in print of its size, are the list's start
            first = line
            for _ in range(3):
                above = _line_above(text, first)
                more = names_of(above.text) if above is not None and similar_height(above, line, 0.3) \
                    and whole_list(above.text) and not re.search(r"[:：]", above.text) else None
                if not more or not all(has_surname(n) or "·" in n for n in more):
                    break
                names, first = more + names, above
            f.set("authors", names, first)
            title = _line_above(text, first) or _cover_title(text, first)
            if title and "title" not in f.values:
                f.set("title", _book_title(title.text), title)
            return


# What a cover prints above its title that is no title: the series, the publisher.
_NOT_TITLE = re.compile(r"出版社|教材|丛书|系列|规划|书系|文库|[:：]")


def _cover_title(text: DocText, authors: TextLine) -> TextLine | None:
    """A cover's title: the one line above the authors printed clearly bigger than every
    other line of the page (a series name or a publisher in small print is no title)."""
    lines = [l for l in text.lines if l.page == authors.page]
    above = [l for l in lines if box(l)[3] <= box(authors)[1] + 2 and len(re.findall(f"[{CJK}]", l.compact)) >= 2
             and not _NOT_TITLE.search(l.compact)]
    if not above:
        return None
    biggest = max(above, key=lambda l: l.line.height)
    others = [l.line.height for l in lines if l is not biggest]
    if others and biggest.line.height < 1.3 * max(others):
        return None
    return biggest


def _line_above(text: DocText, line: TextLine) -> TextLine | None:
    """The Chinese line just above ``line`` and at least as big: a title over its author."""
    # (an edition's line, 第2版 or （第二版）, stands between a title and its authors)
    above = [l for l in text.lines if l.page == line.page and box(l)[3] <= box(line)[1] + 2
             and box(l)[0] < box(line)[2] and box(l)[2] > box(line)[0]
             and not re.fullmatch(r"[（(]?第[\d一二三四五六七八九十]+版[)）]?", l.compact)]
    nearest = max(above, key=lambda l: box(l)[3], default=None)
    if nearest is None or box(line)[1] - box(nearest)[3] > 2 * line.line.height:
        return None
    if len(re.findall(f"[{CJK}]", nearest.text)) < 2 or nearest.line.height < 0.9 * line.line.height:
        return None
    return nearest


def _book_title(value: str) -> str:
    value = strip_stamps(value)  # 仅供职称申报使用 glued on by OCR is no part of a title
    value = re.sub(r"^\s*书\s*名\s*[:：]?\s*(?=\S)", "", value)  # (a grid's caption before it: 书名 压铸岛…)
    # (a catalogue's kind of work after it: 工业过程控制系统网络安全 [专著], …[M])
    value = re.sub(r"\s*[\[［【](?:专著|编著|教材|图书|M|普通图书)[\]］】]\s*$", "", value)
    # A dot between two Chinese characters is OCR noise (工.业互联网): Chinese prints 。 or ·.
    value = re.sub(rf"(?<=[{CJK}])\s*[.．,，]\s*(?=[{CJK}])", "", value)
    # (the book's board or group over its members: 《…》编委会, 《…》编写组 — the book is what is quoted)
    board = re.fullmatch(r"\s*《([^《》]{2,60})》\s*(?:编委会|编写组|编辑委员会|编审委员会|编写委员会|编写人员)\s*", value)
    if board:
        value = board.group(1)
    return title_form(join_cjk(value).strip("．.-—: "))


def _next_compact(text: DocText, line: TextLine) -> str:
    return text.lines[line.index + 1].compact if line.index + 1 < len(text.lines) else ""


_SHARE_LINE = re.compile(r"(?:撰写|编写|执笔|完成|负责|承担)[^。；;]{0,12}?(?:约|共|计|共计)?\d+(?:\.\d+)?\s*[千万]字|"
                         r"第[\d一二三四五六七八九十]+(?:[—\-－~至、][\d一二三四五六七八九十]+)?章|"
                         # (a part's count in brackets, a sentence's wrapped tail: …撰写第10— | 12章（约6万字）)
                         r"[（(]约?\d+(?:\.\d+)?\s*[千万]字[)）]|^\d+章")


def _words_and_date(text: DocText, f: Fields) -> None:
    """字数 (in 千字 or 万字, or 字 with its digits grouped as printed: ``35 6000字``) and
    the first edition's month (2013年3月第1版).  An imprint table prints the label in
    cells of its own (``字 | 数 | 49 1000字``): the value is read with its row's label, or
    alone when it can be nothing but a count of characters (OCR reads a letter-spaced
    label column of a photo top to bottom, 开印字版书定, apart from its rows)."""
    for line in text.lines:
        label = "".join(l.compact for l in row_of(text, line) if l.line.box[2] <= line.line.box[0] + 2).rstrip(":：")
        alone = re.fullmatch(r"\d{1,4}(?: \d{4})+\s*字|\d{1,3}(?:[ ,]\d{3})+\s*字|\d{5,7}\s*字", line.text.strip())
        split = label.endswith("字") and line.compact.startswith("数")  # 字 | 数：287000, the label cut
        if _SHARE_LINE.search(line.compact) and "字数" not in line.compact:
            continue  # one writer's part (第1—4章由李强撰写（约8万字）), not the book's (``_shares``)
        if "字数" in line.compact or "千字" in line.compact or "万字" in line.compact or label.endswith("字数") \
                or alone or split:
            printed = line.text if "字数" in line.compact else "字" + line.text if split else "字数：" + line.text
            before = text.lines[line.index - 1] if line.index else None
            if re.match(r"[千万]字", line.compact) and before is not None and re.search(r"共\d+(?:\.\d+)?$", before.compact):
                # a sentence wrapped between the count and its unit: 全书共347 | 千字。
                printed = "字数：" + re.search(r"\d+(?:\.\d+)?$", before.compact).group(0) + line.compact[:2]
            words = parse_words_wan(_with_unit(printed))
            if words and words < 1:  # under 1万字 is no published book: OCR dropped 千 or 万
                f.issue("warning", "implausible_value", f"字数读作 {words:g} 万字，不像一本书的字数，请人工核对")
                break
            if words:
                f.set("words_wan", words, line)
                break
    f.put("date", _edition_date(text) or _labelled_date(text) or _cip_date(text) or _proof_date(text))


# A press's 出版证明: ``兹证明，由姜天哲、曾明永、公孙萍俊编著的《…》（ISBN …）已于2019年2月由我社
# 正式出版发行``: the authors in the order the press states them, the title, the month.
_PROOF = re.compile(rf"由([{CJK}·、，,和及]{{2,60}}?)(?:等)?(?:同志)?(?:共同)?(?:编著|主编|编写|撰写|著|编)的《([^》]{{2,60}})》")
_PROOF_DATE = re.compile(r"已?于((?:19|20)\d\d年\d{1,2}月)(?:\d{1,2}日)?[^。；;]{0,12}?出版")


def _publication_proof(text: DocText, f: Fields) -> None:
    found = running_match(text, _PROOF)
    if not found:
        return
    names = names_of(found[0].group(1).replace("和", "、").replace("及", "、"))
    if names and not f.values.get("authors"):
        f.set("authors", names, found[1])
    if "title" not in f.values:
        f.set("title", _book_title(found[0].group(2)), found[1])


# Each writer's own words, as a press's proof or a preface's division of the work states them
# (…其中张三撰写第1—5章，约12万字; 李四负责编写第6章，共3.5万字): what a co-author's 本人撰写字数
# rests on.  (本人撰写… is left alone: whose 本人 it is, the page does not say.)
# (由张伟主编并统稿，撰写第1—9章: the chief editor's own part after what he led)
_SHARE = re.compile(rf"([{CJK}·]{{2,6}}?)(?:同志)?(?:任?主编(?:并统稿)?[，,]?|统稿[，,])?(?:负责(?:全书)?统稿(?:工作)?并|统稿并|并)?"
                    rf"(?:负责|独立|承担|参与)?(?:撰写|编写|执笔|编著|完成)(?:了)?"
                    rf"(?:本书|该书)?((?:(?!撰写|编写|执笔|编著)[^。；;！!]){{0,40}}?)(?:共计|合计|共|计|约|，|,)*约?"
                    r"(\d+(?:\.\d+)?)\s*(万|千)余?字")
# A press's proof made out to one writer, his part as 本人's: 兹证明谭嘉乐同志参与编写我社出版的《…》一书，
# 本人撰写第7章，计3.2万字 (probe CX B08).
_PROVEN_SHARE = re.compile(rf"兹证明([{CJK}·]{{2,6}}?)(?:同志|先生|女士)[^。；;]{{0,80}}?本人(?:撰写|编写|执笔|完成)"
                           r"[^。；;]{0,30}?(?:共计|合计|共|计|约|，|,)*约?(\d+(?:\.\d+)?)\s*(万|千)余?字")
# The words before the writer: 第6—8章（约6万字）由张伟撰写.
_SHARE_BEFORE = re.compile(rf"[（(]\s*(?:共|计|约)*\s*(\d+(?:\.\d+)?)\s*(万|千)余?字\s*[)）]\s*由([{CJK}·]{{2,4}}?)(?:同志)?"
                          r"(?:负责|独立)?(?:撰写|编写|执笔|完成)")
# A table of the division of the work, one writer a row: 张三 | 第1—3章 | 12.5万字.
_SHARE_ROW = re.compile(rf"^(?:\d{{1,2}}\s+)?([{CJK}·]{{2,6}})\s+(?:[^\s]+\s+){{0,3}}?约?(\d+(?:\.\d+)?)\s*(万|千)余?字$")


def _shares(text: DocText, f: Fields) -> None:
    """``shares``: each named writer's own words in 万字, where the page states them.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def doc(*rows):
    ...     lines = [Line(t, (100, 100 + 50 * i, 900, 130 + 50 * i)) for i, t in enumerate(rows)]
    ...     return DocText(ReadResult("t", "0" * 64, [Page(1, 1000, 1400, "text_layer", lines)]))
    >>> f = Fields(); _shares(doc("兹证明《工业网络安全》一书由张伟、李娜编著，其中张伟撰写第1—5章，约12万字；",
    ...                           "李娜撰写第6—9章，共计95千字。"), f); f.values["shares"]
    {'张伟': 12.0, '李娜': 9.5}
    >>> f = Fields(); _shares(doc("编写分工", "张伟 第1-3章 12.5万字", "李娜 第4-6章 8万字"), f); f.values["shares"]
    {'张伟': 12.5, '李娜': 8.0}
    >>> f = Fields(); _shares(doc("本人撰写约12万字。"), f); "shares" in f.values
    False
    >>> f = Fields(); _shares(doc("第1—5章（约12万字）由李强撰写；第6—8章（约6万字）由张伟撰写。"), f); f.values["shares"]
    {'李强': 12.0, '张伟': 6.0}
    """
    shares: dict[str, float] = {}
    anchor = None
    for page in sorted({l.page for l in text.lines}):
        joined, starts = running_text(text, page)
        for m in _SHARE_BEFORE.finditer(joined):
            name = _writer(m.group(3))
            if name and name not in shares:
                shares[name] = round(float(m.group(1)) / (10 if m.group(2) == "千" else 1), 4)
                anchor = anchor or line_at(starts, m.start(3))
        for m in _PROVEN_SHARE.finditer(joined):
            name = _writer(m.group(1))
            if name and name not in shares:
                shares[name] = round(float(m.group(2)) / (10 if m.group(3) == "千" else 1), 4)
                anchor = anchor or line_at(starts, m.start(1))
        for m in _SHARE.finditer(joined):
            name = _writer(m.group(1))
            if name and name not in shares:
                shares[name] = round(float(m.group(3)) / (10 if m.group(4) == "千" else 1), 4)
                anchor = anchor or line_at(starts, m.start(1))
    for line in text.lines:
        m = _SHARE_ROW.match(" ".join(l.text.strip() for l in [line, *row_of(text, line)]
                                      if box(l)[0] >= box(line)[0]) if row_of(text, line) else line.text.strip())
        name = _writer(m.group(1)) if m else None
        if name and name not in shares:
            shares[name] = round(float(m.group(2)) / (10 if m.group(3) == "千" else 1), 4)
            anchor = anchor or line
    if shares and anchor is not None:
        f.set("shares", shares, anchor)


def _writer(words: str) -> str | None:
    """The writer's name a share's sentence opens with: its last 2–4 letters that make a
    name (…编著，其中张伟 → 张伟), never 本人 or a pronoun."""
    for size in (3, 2, 4):
        name = words[-size:]
        if len(name) == size and is_name(name) and has_surname(name) and not re.search(r"本人|其中|我社|本书|作者", name):
            return name
    return None


def _proof_date(text: DocText):
    found = running_match(text, _PROOF_DATE) if running_match(text, _PROOF) else None
    date = parse_date(found[0].group(1)) if found else None
    return (date, found[1]) if date is not None else None


# ``字数：280 000`` (the CIP standard's form, GB/T 12451): a count of characters with no unit
# printed, grouped by thousands or by 万 (33 0000) or not, five digits at least.
_BARE_COUNT = re.compile(r"(字\s*数\s*[:：]?\s*)(\d{1,3}(?:[ ,]\d{3})+|\d{1,3}(?: \d{4})+|\d{5,7})(?=\s*$|\s+[^\d\s])")


def _with_unit(line_text: str) -> str:
    """``line_text`` with 字 after a 字数 printed as a bare count of characters.

    >>> _with_unit("字  数：280 000"), _with_unit("字数：362千字"), _with_unit("字数：16.67")
    ('字  数：280 000字', '字数：362千字', '字数：16.67')
    >>> _with_unit("字  数：33 0000")
    '字  数：33 0000字'
    """
    return _BARE_COUNT.sub(lambda m: m.group(1) + m.group(2) + "字", line_text, count=1)


def _labelled_date(text: DocText) -> tuple[PartialDate, TextLine] | None:
    """A date after 出版日期, 出版时间 or 版次, on the label's line or, when the label
    stands alone, in the cell beside it or on the line under it — never the next row's
    value (``版次：第1版`` over ``印次：2023年1月第2次印刷`` dates a printing)."""
    for hit in text.find_label(["出版日期", "出版时间", "版次"]):
        value = hit.value
        lines = [hit.line]
        if not value:
            lines += [l for l in row_of(text, hit.line) if box(l)[0] >= box(hit.line)[2] - 2][:1]
            nxt = text.lines[hit.line.index + 1] if hit.line.index + 1 < len(text.lines) else None
            if nxt is not None and nxt.page == hit.line.page and not LABEL_START.match(nxt.compact) \
                    and "印" not in nxt.compact:
                lines.append(nxt)
        for line in lines:
            compact = value if line is hit.line else line.compact
            latest = _latest_edition(compact)
            if latest is not None:
                return latest, line
            if re.search(r"第\s*[\d一二三四五六七八九十]+\s*次", compact):
                continue  # a printing's date
            date = (date_after_label(line.text, [hit.label]) or parse_date(value)) if line is hit.line \
                else parse_date(line.compact)
            if date is not None:
                return date, line
    return None


# ``2021年5月第1版``, ``二〇二一年五月第一版``, ``2021年5月北京第1版``, ``2018年 第1版``: the date
# right before 第N版; ``…第1版第3次印刷`` after it dates that printing, not the edition.
_NUMERAL = "〇零○一二三四五六七八九十"
_EDITION = re.compile(
    rf"(?P<date>(?:\d{{4}}|[〇零○一二三四五六七八九]{{4}})年(?:(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月)?"
    rf"|(?:19|20)\d\d[.．\-/](?:1[0-2]|0?[1-9])(?!\d))"
    rf"[{CJK}]{{0,4}}?第(?P<edition>\d{{1,2}}|[一二三四五六七八九十]{{1,3}}|[\]\[Il|!丨])版"  # 第]版: OCR's 1
    rf"(?:第(?P<printing>\d{{1,3}}|[{_NUMERAL}]{{1,4}})次印)?")


def _latest_edition(compact: str) -> PartialDate | None:
    """Of several editions on one line (版次：2017年12月第1版 2022年8月第2版), the date of the
    last: the book in hand is of its latest edition.  ``None`` for a line of one edition."""
    editions = [m for m in _EDITION.finditer("".join(compact.split())) if not m.group("printing")]
    if len(editions) < 2:
        return None
    numbers = [(to_int(m.group("edition")) or 0, m) for m in editions]
    return parse_date(max(numbers, key=lambda n: n[0])[1].group("date"))


def _edition_date(text: DocText) -> tuple[PartialDate, TextLine] | None:
    """The edition's date (``2021年5月第1版  2022年3月第2次印刷`` gives 2021-05): the date
    printed right before 第N版, wherever the printing's date stands.  A date followed by
    第N版第M次印刷 with M over 1 is that printing's: no edition date."""
    for line in text.lines:
        latest = _latest_edition(line.compact)
        if latest is not None:
            return latest, line
        for match in _EDITION.finditer(line.compact):
            printing = match.group("printing")
            if printing and (to_int(printing) or 0) > 1:
                continue
            date = parse_date(match.group("date"))
            if date is not None:
                return date, line
    return None


# The CIP statement's publication: …—北京：机械工业出版社，2021.5 (the month may be left out).
_CIP_DATE = re.compile(r"[,，]((?:19|20)\d\d)(?:[.．](\d{1,2}))?(?![\d.．])")


def _cip_date(text: DocText) -> tuple[PartialDate, TextLine] | None:
    """The year and month closing the CIP statement (书名/著者.—地点：出版社，2021.5),
    read after its place and publisher, on its line or the one it wraps onto."""
    for line in text.lines:
        if not re.search(r"[/／].{1,40}[著编]", line.text):
            continue
        joined = line.compact + _next_compact(text, line)
        end = joined.find("ISBN") if "ISBN" in joined else len(joined)
        start = max(joined.rfind(":", 0, end), joined.rfind("：", 0, end))
        start = start if start >= 0 else max(joined.find("/"), joined.find("／"))  # the colon not read
        match = _CIP_DATE.search(joined, start + 1)
        if match:
            month = int(match.group(2)) if match.group(2) else None
            if month is not None and not 1 <= month <= 12:
                return None
            return PartialDate(int(match.group(1)), month), line
    return None


def _facts(f, kind, rank, core_journal):
    # Two authors or more printed: no 独著, whatever a claim says.  (One name read is not
    # proof of a sole author: a list may be cut short.)
    # One name with 著 printed after it (章华著) is a 独著, all its words the author's.
    several = isinstance(f.get("authors"), list) and len(f["authors"]) >= 2
    sole = True if f.get("sole_author") and not several else False if several else None
    # A co-author's own words, where the page gives each writer's (``shares``): his place's.
    authors, shares = f.get("authors"), f.get("shares")
    own = shares.get(authors[rank - 1]) if isinstance(shares, dict) and isinstance(authors, list) \
        and isinstance(rank, int) and 0 < rank <= len(authors) else f.get("applicant_words_wan")
    chiefs = f.get("chief_editors")
    lead = "lead" if isinstance(chiefs, list) and isinstance(authors, list) and isinstance(rank, int) \
        and 0 < rank <= len(authors) and authors[rank - 1] in chiefs else None
    return {"rank": rank, "isbn": f.get("isbn"), "total_words_wan": f.get("words_wan"), "role": lead,
            "date": as_date(f.get("date")), "sole_author": sole,
            "words_wan": f.get("words_wan") if sole else own}


DOCTYPE = DocType(
    key="book", identity=("isbn", "title"), name="著作/教材",
    cues=Cues(
        # The copyright page's heading, its CIP record number and its copyright formula:
        # printed on a book's 版权页 only.
        titles=("图书在版编目", "图书在版编目(CIP)数据", "CIP数据核字", "版权所有侵权必究", "版权所有翻印必究"),
        labels=("CIP", "出版社", "出版发行", "字数", "印张", "开本", "版次", "印次", "定价", "责任编辑", "书号",
                "著", "主编", "编著", "标准书号", "责任校对", "封面设计", "策划编辑", "印刷", "经销", "版权所有",
                "书名", "作者", "副主编", "千字", "印数", "本书编写人员", "本书编委会",
                # the book's own page of who wrote which chapters (本书编写分工如下：第1—5章由张伟撰写（约12万字）)
                "本书编写分工", "编写分工", "统稿"),
        identifiers=("isbn",),
        # An ISBN OCR could not read still leaves the CIP block saying what the page is; a
        # title leaf (扉页: title, 张伟 编著, 某某出版社) before the CIP page names its
        # publisher only — the score still needs the book's other cues.
        # The book's own page of its writers (本书编写人员) is one of its pages, bound before its CIP page.
        requires=("isbn", "图书在版编目", "CIP数据核字", "出版社", "本书编写人员", "本书编委会", "本书编写组", "本书编写分工"),
        requires_why="没有 ISBN",
        # A publisher's acceptance (用稿通知) or a publishing contract names the publisher
        # and the 字数 too, but is no published book.
        # (an authority's notice naming the book, its ISBN quoted, is no imprint: 各有关单位 …的通知)
        penalties=("用稿通知", "录用通知", "同意出版", "拟出版", "甲方", "乙方", "各有关单位", "特此通知"),
    ),
    extract=extract_book,
    fields=("title", "authors", "isbn", "publisher", "date", "words_wan", "sole_author", "shares", "chief_editors",
            "classification"),
    decisive=("isbn", "authors", "date", "words_wan"),
    labels={"title": "书名", "authors": "作者", "date": "出版日期", "sole_author": "独著", "shares": "各作者撰写字数",
            "chief_editors": "主编", "classification": "中图分类号"},
    ranked=("authors",),
    kinds=(Kind.BOOK,), facts=_facts,
)
