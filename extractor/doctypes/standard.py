"""标准: national, industry, local, group and enterprise standards (cover and foreword).

Read like a journal paper (see ``journal_paper``'s notes): no labelled title, people in an
unlabelled line or a paragraph, geometry deciding what belongs together.
"""

from __future__ import annotations

import re

from identifiers import standard as standard_id
from rules.vocabulary import Kind, StandardLevel

from ..fields.dates import find_dates, parse_date
from ..idscan import find_standard_numbers
from ..fields.people import has_surname
from ..layout import (paragraph, people_by_unit, names_line, titled_line, titled_names, AFTER_LABEL, CJK, HAS_CJK, LABEL_START, block, box, glued_value, is_label, join_cjk, labelled_field,
                      labelled_people, line_below, margin_note, name_column, name_grid, names_of, numbered_column, right_of, rows_of_names, row_of, running_match, similar_height, strip_stamps,
                      text_after, title_form, wrapped_list)
from ..text import DocText, TextLine, same_row
from .base import Cues, DocType, Fields, as_date, as_level, biggest_line, led_by, last_date


# Words before a number that cite another standard: 代替 GB/T …, 按照 GB/T 1.1—2020《…》.
_CITING = re.compile(r"代替|替代|按照|依据|根据|参照|引用|《")
# The stages of a standard before it is issued, as GB/T 1.1—2020 marks them on the cover.
_DRAFT_STAGE = re.compile(r"征求意见稿|送审稿|报批稿|讨论稿|工作组草案|委员会草案|草案稿|预研稿")


def draft_stage(words: str) -> str | None:
    """The drafting stage a standard's cover says it is at (报批稿 under GB/T 43210-2023), before its
    foreword; None for an issued standard.

    >>> draft_stage("GB/T43210-2023智能制造工业数据采集通用要求(报批稿)2023-08-06发布前言…"), draft_stage("GB/T43210-2023…前言本文件代替征求意见稿")
    ('报批稿', None)
    """
    found = _DRAFT_STAGE.search(words.split("前言")[0][:400])
    return found.group(0) if found else None


def extract_standard(text: DocText) -> Fields:
    f = Fields()
    own = _own_standard_number(text)
    announced = _announced(text)
    if own is None and announced:
        own = announced[1], announced[2]
    if own:
        line, number = own
        f.set("standard_number", number, line)
        f.set("level", standard_id.level(number), line)
    # A register's page (全国团体标准信息平台) or an announcement names the standard in a
    # field or in its sentence; only a cover prints it as its big title.
    # (or glued to its label, the colon lost: 标准名称数字化车间 机械臂 数据采集规范 on a 备案回执)
    labelled = labelled_field(text, _TITLE_LABELS) or glued_value(text, _TITLE_LABELS)
    listed = _listed(text, own[1]) if own else None
    if listed:
        # An announcement's table of the standards it publishes (序号 | 标准编号 | 标准名称 | 代替标准号
        # | 实施日期), the standard's own number on a page of its own: its row.
        f.set("title", title_form(listed[0]), listed[2])
        if listed[1]:
            f.set("implementation_date", listed[1], listed[2])
        # published the day the announcement is signed: the date under its list
        # (not a date of the list's rows: its cells, boxed apart, stand on a number's row)
        signed = [(d.value, l) for l in text.lines if l.page == listed[2].page and l.top > listed[2].top
                  and not any(find_standard_numbers(c.text) for c in [l, *row_of(text, l)])
                  for d in find_dates(l.text)]
        if signed and re.search(r"公告|通知|发布", text.compact):
            f.set("publish_date", signed[-1][0], signed[-1][1])
    elif labelled and HAS_CJK.search(labelled[0]):
        f.set("title", title_form(" ".join(labelled[0].split())), labelled[1])
    elif announced:
        # The title as a line prints it keeps its spaces (the heading's 关于发布《…》, or the
        # sentence's line); the running text, joined across lines, has none.
        # (or over two lines, its spaces kept: 《工业互联网平 | 台 立体仓库接入 技术要求》)
        lines = [line.text for line in text.lines] + ["".join(l.text.strip() for l in text.lines)]
        printed = [m.group(1) for line in lines for m in re.finditer(r"《([^》]+)》", line)
                   if join_cjk(m.group(1)) == join_cjk(announced[0])]
        words = next((p for p in printed if " " in p.strip()), printed[0] if printed else announced[0])
        f.set("title", title_form(" ".join(words.split())), announced[1])
    else:
        title = _standard_title(text, own[0] if own else None)
        if title:
            rows, wraps = title
            f.set("title", strip_stamps(_spaced_title([_row_text(r) for r in rows], wraps)), rows[0][0])
    _labelled_dates(text, f)
    _standard_dates(text, f)
    drafters = _role_columns(text) or _drafters(text) or labelled_people(text, ["主要起草人员", "起草人员", "主要起草人", "起草人"]) \
        or _drafter_table(text) or _drafters_in_unit_groups(text) or _chief_and_contributors(text) or _drafters_unit_by_unit(text) \
        or _signed_off(text)
    if drafters:
        # 本文件参加起草人：… (GB/T 1.1—2020 lets a foreword list them after the main drafters)
        joining = next((names for line in text.lines if line.index != drafters[1].index
                        for m in [re.match(r"^(?:本(?:文件|标准))?(?:参加|参与)起草人[:：](.+?)。?$", line.compact)] if m
                        for names in [names_of(m.group(1))] if names), [])
        drafters = drafters[0] + [n for n in joining if n not in drafters[0]], drafters[1]
    f.put("drafters", drafters)
    chief = _chief(text)
    if drafters and chief and [n for n in chief[0] if n in drafters[0]]:
        f.set("leads", [n for n in chief[0] if n in drafters[0]], chief[1])
    return f


# An enterprise standard's sign-off grid: the drafters, its reviewers and its approver side by
# side (起草人 | 审查人 | 批准人), each column its own people.
_OTHER_ROLES = {"审查人", "审核人", "批准人", "校对人", "审定人", "复核人", "审查", "审核", "批准"}


def _role_columns(text: DocText) -> tuple[list[str], TextLine] | None:
    """The 起草人 column of a grid whose header puts the drafters beside those who reviewed
    and approved the standard: only its own column are drafters."""
    for line in text.lines:
        heads = line.text.split()
        if "起草人" in heads and _OTHER_ROLES & set(heads):
            names = name_column(text, line, "起草人")
            if names:
                return names, line
    return None


_WROTE = ("编制", "编制人", "起草", "拟制", "拟稿")
_SIGNED_OFF_LINE = re.compile(r"^(?:编\s*制|起\s*草|拟\s*制|拟\s*稿)(?:\s*人)?\s*[:：]?\s*(?P<names>.+?)\s*"
                              r"(?:审\s*核|审\s*定|审\s*查|批\s*准|校\s*对)(?:\s*人)?\s*[:：]?\s*\S")


def _signed_off(text: DocText) -> tuple[list[str], TextLine] | None:
    """An enterprise standard's sign-off row on its cover, 编制 | 苏红梅、欧阳蕾 | 审核 | 丁蕾 |
    批准 | 朱琳 (boxed cells, or one text-layer line): who drafted it are those after 编制;
    those who reviewed and approved it are not.  Only with the other roles on the row: 编制
    alone may be a unit's (编制单位).

    >>> from extractor.model import Line, Page, ReadResult
    >>> doc = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1700, 2200, "ocr", [
    ...     Line("编制", (340, 1715, 403, 1754)), Line("苏红梅、欧阳蕾、欧阳宏伟、杨彬", (427, 1703, 799, 1751)),
    ...     Line("审核", (900, 1698, 961, 1736)), Line("丁蕾", (1051, 1693, 1109, 1731)),
    ...     Line("批准", (1197, 1688, 1257, 1727))])]))
    >>> _signed_off(doc)[0]
    ['苏红梅', '欧阳蕾', '欧阳宏伟', '杨彬']
    """
    for line in text.lines:
        # (one line: 编制 A、B 审核 C 批准 D, with colons or letter-spaced: 编  制：… 审  核：…)
        typed = _SIGNED_OFF_LINE.match(line.text.strip())
        names = names_of(typed.group("names")) if typed else None
        if names:
            return names, line
        if line.compact in _WROTE and any(l.compact in _OTHER_ROLES for l in row_of(text, line)):
            cell = right_of(text, line, slack=0.5 * line.line.height)
            names = names_of(cell.text) if cell is not None and cell.compact not in _OTHER_ROLES else None
            if names:
                return names, line
    return None


def _drafter_table(text: DocText) -> tuple[list[str], TextLine] | None:
    """A numbered table of the drafters (序号 | 起草人 | 工作单位), as a proof of the
    drafters' order prints them; its rows in order."""
    for line in text.lines:
        words = line.text.split()
        head = next((w for w in ("起草人", "姓名", "主要起草人") if w in words or line.compact == w), None)
        if head is None or "序号" not in words and not any(l.compact == "序号" for l in row_of(text, line)):
            continue
        names = name_column(text, line, head)
        if names:
            return names, line
    return None


_TITLE_LABELS = ["标准名称", "标准中文名称", "中文名称", "中文标题"]
_PUBLISHED_LABELS = ["发布日期", "发布时间", "公布日期"]
_EFFECTIVE_LABELS = ["实施日期", "实施时间", "施行日期", "施行时间"]  # (a 规程 is 施行)
# ``批准发布《工业互联网平台 设备接入 技术规范》（T/CQAIM 012—2023）``: an announcement's standard.
# ``《…》（标准编号：T/CQZZ 058—2021）审查通过，现予以发布``: the same, 发布 after it.
_ANNOUNCED = re.compile(r"发布[^。《]{0,8}《([^》]{4,60})》\s*[（(]\s*([^）)]{6,30})[）)]|"
                        r"《([^》]{4,60})》\s*[（(]\s*([^）)]{6,30})[）)][^。《]{0,40}?发布")
# ``已于2018年4月23日由…批准发布``: the day a proof of drafting says it was published.
_PUBLISHED_ON = re.compile(r"于(\d{4}年\d{1,2}月\d{1,2}日)[^。，,；;]{0,30}?发布")
# ``自2023年6月10日起实施``: the day it takes effect, in a sentence.
_TAKES_EFFECT = re.compile(r"自(.{6,16}?)起(?:正式)?实施")


def _labelled_dates(text: DocText, f: Fields) -> None:
    """发布日期 | 2023-05-10 and 实施日期 | 2023-06-10 in a register's fields; ``自…起实施`` in a sentence."""
    for key, labels in (("publish_date", _PUBLISHED_LABELS), ("implementation_date", _EFFECTIVE_LABELS)):
        # (in the labels' order, not the page's: a register's 公布日期, the day it listed the
        # standard, stands above the standard's own 发布日期)
        found = next((hit for label in labels for hit in [labelled_field(text, [label])] if hit
                      and parse_date(hit[0]) is not None), None)
        date = parse_date(found[0]) if found else None
        if date is not None:
            f.set(key, date, found[1])
    if "publish_date" not in f.values:
        found = running_match(text, _PUBLISHED_ON)
        date = parse_date(found[0].group(1)) if found else None
        if date is not None:
            f.set("publish_date", date, found[1])
    if "publish_date" not in f.values and _announced(text):
        signed = last_date(text)  # an announcement publishes the standard the day it is signed
        if signed:
            f.set("publish_date", signed[0], signed[1])
    if "implementation_date" not in f.values:
        found = running_match(text, _TAKES_EFFECT)
        date = parse_date(found[0].group(1)) if found else None
        if date is not None:
            f.set("implementation_date", date, found[1])


def _announced(text: DocText) -> tuple[str, TextLine, str] | None:
    """The title, the line and the number of the standard an announcement publishes."""
    found = running_match(text, _ANNOUNCED)
    if not found:
        return None
    title, number = (found[0].group(1), found[0].group(2)) if found[0].group(1) else (found[0].group(3),
                                                                                    found[0].group(4))
    numbers = [n for n in find_standard_numbers(number) if n.valid]
    return (title, found[1], numbers[0].value) if numbers else None


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _listed(text: DocText, number: str):
    """The row of an announcement's list of standards that holds ``number`` (``3 DB15/T 2648—2009
    寒区汽车冲压线 运行维护规范 DB15/T 2078—2002 2010-01-21``): its title (up to the number it
    replaces, its date or a dash for none) and its 实施日期, with the row's line; None unless
    the page lists two standards or more with their titles.  A title cell wrapped onto a
    second line gives its first line only."""
    def row_text(line) -> str:  # the line, and the cells OCR boxed apart to its right on its row
        return "  ".join([line.text] + [l.text for l in row_of(text, line) if box(l)[0] > box(line)[0]])

    if "标准编号" not in text.compact or "标准名称" not in text.compact:
        return None  # (a list's header names its columns)
    # a row opens with its 序号 and the number (never a sentence citing GB/T 1.1—2009)
    rows = [(line, row, found) for line in text.lines
            for found in [[n for n in find_standard_numbers(line.text) if n.valid]] if found
            and re.match(r"^\s*(?:\d{1,3}\s+)?[A-Z]", line.text)
            for row in [row_text(line)] if HAS_CJK.search(row)]
    if len({found[0].value for _, _, found in rows}) < 2:
        return None
    for line, row, found in rows:
        if found[0].value != number:
            continue
        serial, _, year = number.split()[-1].rpartition("-")
        at = re.search(rf"{re.escape(serial)}\s*[—–\-－]+\s*{re.escape(year)}", row)
        after = row[at.end():] if at else ""
        # (the title ends where the replaced standard's code, a date or a lone dash begins)
        title = re.split(r"[A-Z][A-Z/]*\s*\d|\d{4}-\d{2}-\d{2}|\s[—-]\s", after)[0]
        title = " ".join(title.split())
        if not HAS_CJK.search(title):
            return None
        dates = find_dates(after)
        return title, (dates[-1].value if dates else None), line
    return None


def _own_standard_number(text: DocText) -> tuple[TextLine, str] | None:
    """The standard's own number: the one a cover prints on a line of its own (the cover:
    the page that says when it is 发布; a later page's running header repeats it); else
    the first not cited (after 代替, 按照 … or before a 《title》) by the text around it."""
    # (alone: the number and nothing more; a list's row read without its title, 4020—2003 | 2010-01-21, is no header)
    alone = [(line, numbers[0].value) for line in text.lines if not HAS_CJK.search(line.text)
             for numbers in [[n for n in find_standard_numbers(line.text) if n.valid]]
             if len(numbers) == 1 and _digits(line.compact) == _digits(numbers[0].value)]
    dated = [l for l in text.lines if re.search("发布|实施", l.compact) and find_dates(l.text)]
    # On a spread, the cover's half (where its dates stand), not the foreword's running header.
    found = next((a for a in alone if any(d.page == a[0].page and _same_half(text, a[0], d) for d in dated)),
                 alone[0] if alone else None)
    if found:
        return found
    for line in text.lines:
        numbers = [n for n in find_standard_numbers(_CITING.split(line.text)[0]) if n.valid]
        if numbers:
            return line, numbers[0].value
    return None


def _standard_title(text: DocText, number: TextLine | None) -> tuple[list[list[TextLine]], list[bool]] | None:
    """The cover's title: the biggest Chinese print between the number and the dates,
    with the lines of the same size it continues on (titles run to two or three lines),
    each line with the boxes beside it on its row (OCR boxes a title's parts apart at
    the spaces between them); and for each line break, whether it is a wrap of a line
    that ran to the full width of the print (``_print_width``), not a break between parts."""
    if number is None:
        title = biggest_line(text, 0.75, exclude=("标准", "发布", "实施", "ICS", "CCS", "代替"))
        return ([[title]], []) if title and HAS_CJK.search(title.text) and _looks_like_title_part(title) else None
    dates = [l.top for l in text.lines if l.page == number.page and re.search("发布|实施", l.compact)
             and find_dates(l.text)]
    candidates = [l for l in text.lines if l.page == number.page and number.top < l.top < min(dates, default=1.0)
                  and _same_half(text, l, number) and _looks_like_title_part(l) and not _caption_cell(text, l)]
    # A lone character wrapped onto a line of its own (技术要 / 求) continues a title and
    # never starts one.
    title = max((l for l in candidates if len(re.findall(f"[{CJK}]", l.compact)) >= 2),
                key=lambda l: round(l.line.height), default=None)
    if title is not None and not dates and not _taller_than_body(text, title):
        title = None  # no cover: a page of body text has no title to read
    # (a register's page, no cover's dates: the title set right under the number heading it,
    # its grid of fields below, probe DG S05)
    under = line_below(text, number, 1.5) if not dates else None
    if under is not None and under in candidates and len(re.findall(f"[{CJK}]", under.compact)) >= 4:
        title = under
    if title is None:
        title = _outstanding_line(text, number)
        candidates = [l for l in text.lines if l.page == number.page and _same_half(text, l, number)
                      and _looks_like_title_part(l)]
    if title is None:
        return None
    rows = []
    # (the block from each part of the title's row: the biggest part may stand right of the
    # wrapped line below, 工业互联网标识解析 企业节点 | 建设指南 under the left part only)
    beside = [l for l in candidates if l is title or (same_row(l, title) and similar_height(l, title, 0.3))]
    lines = max((block(text, l, candidates) for l in sorted(beside, key=lambda l: box(l)[0])), key=len)
    for line in lines:
        row = sorted([l for l in candidates if l is line or (same_row(l, line) and similar_height(l, line, 0.3))],
                     key=lambda l: box(l)[0])
        if not any(line in r for r in rows):
            rows.append(row)
    left, right = _print_width(text, number)
    wraps = [box(r[-1])[2] - box(r[0])[0] >= 0.8 * (right - left) for r in rows[:-1]]
    return rows, wraps


def _taller_than_body(text: DocText, line: TextLine) -> bool:
    """``line`` is printed bigger than most lines of its page (of its body's text, where it
    has lines of a sentence's length: a heading's few big letters, 前 | 言, are no body)."""
    page = [l for l in text.lines if l.page == line.page]
    body = [l for l in page if l is not line and len(re.findall(f"[{CJK}]", l.compact)) >= 10]
    heights = sorted(l.line.height for l in (body if len(body) >= 3 else page))
    return line.line.height >= 1.2 * heights[len(heights) // 2]


def _outstanding_line(text: DocText, number: TextLine) -> TextLine | None:
    """A cover's title where none stands between the number and the dates (printed above
    the number, or dates unread): the one title-like line of the number's page printed
    clearly bigger than every line that is not the banner or the number, above any date."""
    page = [l for l in text.lines if l.page == number.page and _same_half(text, l, number)]
    dates = [l.top for l in page if find_dates(l.text)]
    parts = [l for l in page if _looks_like_title_part(l) and len(re.findall(f"[{CJK}]", l.compact)) >= 2
             and l.top < min(dates, default=1.0)]
    if not parts:
        return None
    best = max(parts, key=lambda l: l.line.height)
    plain = [l.line.height for l in page if l is not best and not _BANNER.search(l.compact)
             and not find_standard_numbers(l.text) and not similar_height(l, best, 0.15)]
    if not plain or best.line.height < 1.3 * max(plain):
        return None
    return best


def _print_width(text: DocText, anchor: TextLine) -> tuple[float, float]:
    """The x-range the page's print spans (the cover's half of a spread)."""
    lines = [l for l in text.lines if l.page == anchor.page and _same_half(text, l, anchor) and not margin_note(l)] \
        or [anchor]
    return min(box(l)[0] for l in lines), max(box(l)[2] for l in lines)


def _row_text(row: list[TextLine]) -> str:
    """The boxes of one row of a title as one line: a space where OCR parted them at a
    gap (the space between a title's parts), none where it cut a word (``团`` | ``体标准``)."""
    value = row[0].text.strip()
    for before, box_ in zip(row, row[1:]):
        gap = box(box_)[0] - box(before)[2]
        single = len(before.compact) == 1 or len(box_.compact) == 1
        value += (" " if gap >= 0.5 * min(before.line.height, box_.line.height) and not single else "") + box_.text.strip()
    return value


# The level banner over a cover's title: 中华人民共和国国家标准, 重庆市地方标准, 团体标准,
# …有限公司企业标准, 中华人民共和国机械行业标准 (a title may end in 标准 too: 评价标准).
# (a society's: 中国工程建设标准化协会标准; a works series: 重庆市工程建设标准)
_BANNER = re.compile(r"(?:国家|行业|地方|团体|企业|联盟)标准$|^中华人民共和国(?:.{0,8}标准)?$|^中华人民共和国.{0,8}标准|标准化指导性技术文件$|"
                     r"(?:协会|学会|联合会|促进会|研究会)标准$|工程建设标准$|^[\u4e00-\u9fff]{2,8}(?:省|市|自治区)工程建设(?:地方)?标准$")


# The fields an engineering code's cover prints under its number.
_COVER_FIELD = re.compile(r"^(?:本(?:文件|标准|部分))?(?:主编|参编|批准|发布|归口|提出|主管|起草)(?:单位|部门|人)[:：]")


def _caption_cell(text: DocText, line: TextLine) -> bool:
    """A cell of a register's grid (标准号 | GB/T 44328-2024, 标准类别 | 方法): a short line with
    another far to its right or left on its row, where a title's parts, boxed apart at its
    spaces, stand a letter or so apart (probe DG S05)."""
    if len(line.compact) > 8:
        return False
    row = [l for l in row_of(text, line) if _same_half(text, l, line)]  # (a spread's facing page is no cell of it)
    right = min((box(l)[0] - box(line)[2] for l in row if box(l)[0] >= box(line)[2] - 2), default=None)
    left = min((box(line)[0] - box(l)[2] for l in row if box(l)[2] <= box(line)[0] + 2), default=None)
    gaps = [g for g in (left, right) if g is not None]
    # (the nearest box on either side far off; a title's parts stand near each other)
    return bool(gaps) and min(gaps) >= 2.5 * max(line.line.height, 1)


def _looks_like_title_part(line: TextLine) -> bool:
    """A line that may be (part of) a cover's Chinese title: not the level banner, not the
    dates nor the issuer's ``…发布``, not the number or the standard it replaces, not the
    English title (a Latin line, whatever OCR read into it: 一 for a dash)."""
    compact = line.compact
    if len(re.findall(f"[{CJK}]", compact)) < 1 or _BANNER.search(compact):
        return False
    if re.search(r"(?:发\s*布|实\s*施)$", line.text.strip()) or find_dates(line.text):
        return False
    if len(re.findall("[A-Za-z]", compact)) > len(re.findall(f"[{CJK}]", compact)):
        return False
    if _COVER_FIELD.match(compact) or is_label(compact):
        # a cover's field (主编单位：…, 批准部门：…), or a register's caption (团体名称, 公布日期)
        return False
    # a sentence of the foreword (reading folds its ，； to ASCII), or an item of its list of
    # changes (——修改了…, - 增加了…), never a title
    # (and the foreword's own sentences: 本文件起草单位：…、…, 本标准由…提出)
    if re.search("[。，；,;]", compact) or re.match(r"[-—–‐―]|(?:修改|增加|删除|更改)了|本(?:文件|标准|部分)", compact):
        return False
    # (a clause's heading of the body, 1 范围, 3.2 术语和定义, 附录A, printed as big as the title
    # on a page with no cover: probe CV ST08)
    if re.fullmatch(rf"(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}|附\s*录\s*[A-Z])\s*[{CJK}（()）]{{2,12}}", line.text.strip()):
        return False
    return (not re.search("代替|ICS|CCS|前言", compact)
            and not find_standard_numbers(line.text))


def _same_half(text: DocText, line: TextLine, anchor: TextLine) -> bool:
    """On a spread (two pages scanned side by side on one landscape page) only the
    anchor's half counts.  A page wider than high is no spread when print runs across its
    middle: a fax's coarse rows make an upright page look landscape."""
    if not _is_spread(text, line.page):
        return True
    middle = line.page_width / 2
    return ((box(line)[0] + box(line)[2]) / 2 < middle) == ((box(anchor)[0] + box(anchor)[2]) / 2 < middle)


def _is_spread(text: DocText, page: int) -> bool:
    lines = [l for l in text.lines if l.page == page]
    if not lines or lines[0].page_width <= 1.2 * lines[0].page_height:
        return False
    width = lines[0].page_width
    middle, margin = width / 2, 0.05 * width
    return not any(box(l)[0] < middle - margin and box(l)[2] > middle + margin and HAS_CJK.search(l.text)
                   for l in lines)


def _spaced_title(lines: list[TextLine | str], wraps: list[bool] | None = None) -> str:
    """A standard title keeps one space between its printed parts (引导/主体/补充要素:
    ``工业互联网平台 立体仓库接入 技术要求``), and a title on two or three lines is such
    parts.  OCR spacing between single characters (``工 业 互 联 网``) is no part, nor is
    a lone character wrapped onto a line of its own.

    A part number is one word wherever the line broke (``第3`` / ``部分``, ``第1部`` / ``分``),
    and a colon keeps its print: a full-width one (``第2部分：通用要求``) has no space after
    it, in the line or at its end, where reading (NFKC) left an ASCII one; ``: `` with a
    space is printed so.

    ``wraps`` says, for each line break, whether the line above ran to the full width of
    the print: the break is then a wrap, perhaps inside a word (``…第4部分：测`` / ``试方法``),
    and joins without a space, unless a part number begins the next line.  A title whose
    spaces OCR dropped is returned as read, never with spaces guessed.

    >>> from extractor.model import Line
    >>> from extractor.text import TextLine
    >>> def at(t): return TextLine(1, 0, Line(t, (0, 0, 10, 10)), 100, 100)
    >>> _spaced_title([at('工业互联网平台 伺服电机接入 技术要求 第1部'), at('分:运维管理')])
    '工业互联网平台 伺服电机接入 技术要求 第1部分：运维管理'
    >>> _spaced_title([at('装配生产线接入 技术要求 第3'), at('部分: 运维管理')])
    '装配生产线接入 技术要求 第3部分: 运维管理'
    """
    value = ""
    for i, line in enumerate(lines):
        line_text = line if isinstance(line, str) else line.text
        parts = line_text.split()
        part = join_cjk(line_text) if any(len(p) == 1 and HAS_CJK.match(p) for p in parts) else " ".join(parts)
        part = re.sub(rf":(?=[{CJK}])|:$", "：", part)
        wrapped = bool(wraps) and i > 0 and wraps[i - 1] and not re.match(r"第\s*\d", part)
        glue = "" if not value or len(part) == 1 or len(value.split()[-1]) == 1 or value.endswith("：") or wrapped else " "
        value += glue + part
    value = re.sub(r"第\s*(\d+)\s*部\s*分", r"第\1部分", value)
    return title_form(value)


def _drafters(text: DocText) -> tuple[list[str], TextLine] | None:
    """本文件主要起草人：names parted by 、，； or spaces, wrapped over as many lines as
    they run to (a name the wrap cut joined again), the list ending at its 。; all the
    names or none."""
    grouped = _drafters_by_unit(text)
    if grouped:
        return grouped
    for hit in text.find_label(["主要起草人员", "起草人员", "主要起草人", "起草人"]):
        after = AFTER_LABEL.match(hit.line.compact[hit.end:])
        alone = hit.line.compact.strip(" :：") == hit.label  # a register's cell, colon or not
        # A register's row read as one line: 起草人 and a space, then the names.
        spaced = hit.start == 0 and re.match(r"\s*" + hit.label + r"\s", hit.line.text)
        # 本文件主要起草人欧阳晓峰、李娟…: the colon OCR lost, the rest names after a surname
        glued = not after and hit.line.compact[:hit.start] in ("", "本文件", "本标准", "本部分") and all(
            has_surname(n) for n in names_of(re.split("[。.]", hit.line.compact[hit.end:])[0]) or [""])
        if not after and not alone and not spaced and not glued:
            continue
        value, anchor = text_after(hit.line, hit.end + (after.end() if after else 0)), hit.line
        cell = right_of(text, hit.line, slack=0.5 * hit.line.line.height) if not value.strip() else None
        if cell is not None and not LABEL_START.match(cell.compact):  # a form's cell beside the label
            value, anchor = cell.text, cell
        # (a label alone on its line, nothing beside it: the names under it)
        below = line_below(text, hit.line, max_gap=2.5) if not value.strip() else None
        column = numbered_column(text, *((below, below.text) if below is not None else (anchor, value)))
        if column is not None:  # 1.欧阳晓峰 / 2.李娟 / …, one to a line: all or none
            if column:
                return column, anchor
            continue
        if not value.strip():
            grid = name_grid(text, hit.line)  # 本标准主要起草人： over the names, one to a cell
            if grid:
                return grid, hit.line
            rows = rows_of_names(text, below) if below is not None else None  # or a line of them to a row
            if rows:
                return rows, hit.line
            if below is None or LABEL_START.match(below.compact):
                continue
            value, anchor = below.text, below  # a list begun under the label, wrapping on
        if "。" in value.rstrip().rstrip("。"):
            value = value[:value.index("。")]
        # (each drafter with his title beside him: 王志刚 正高级工程师  李红梅 高级工程师 …)
        fits = (lambda piece, glued: titled_line(piece, glued)) if len(re.findall(r"工程师|教授|研究员|高工|经济师", value)) >= 2 \
            else names_line
        joined = value if value.rstrip().endswith("。") else wrapped_list(text, anchor, value, fits=fits, limit=12)
        names = names_of(joined.strip().rstrip("。.")) or titled_names(joined.strip().rstrip("。."))
        if names:
            return names, anchor
    return None


_UNIT_GROUP = re.compile(r"^(.{2,40}?(?:公司|集团|大学|学院|研究院|研究所|设计院|中心|局|协会|学会|厂|站))[:：](.+)$")


def _drafters_by_unit(text: DocText) -> tuple[list[str], TextLine] | None:
    """起草单位和(及)起草人： then each unit and its people (江苏省…研究院：顾建华、沈丽；南京工业大学：
    慕容杰；…), on lines of their own or run on as one paragraph: the people in the order
    printed.  Every group a unit and names, the list ended by 。, or nothing."""
    for line in text.lines:
        match = re.search(r"起草单位(?:和|及|与)(?:主要)?起草人(?:员)?[:：](.*)$", line.compact)
        if not match:
            continue
        value, current = match.group(1), line
        for _ in range(10):  # the paragraph, or a line a unit, down to its 。
            if value.rstrip().endswith("。"):
                break
            below = line_below(text, current, max_gap=1.5)
            if below is None or LABEL_START.match(below.compact) and not _UNIT_GROUP.match(below.compact):
                break
            value, current = value + below.compact, below
        if not value.rstrip().endswith("。"):
            return None
        names = people_by_unit(value)
        return (names, line) if names else None
    return None


_ORG_WORD = re.compile(r"^.{2,40}?(?:公司|集团|大学|学院|研究院|研究所|设计院|中心|局|协会|学会|厂|站|委员会)$")
_DRAFTERS_BY_UNIT_LABEL = re.compile(r"(?:起草单位(?:和|及|与))?(?:主要)?起草人(?:员)?[:：](.*)$")


def _drafters_unit_by_unit(text: DocText) -> tuple[list[str], TextLine] | None:
    """本文件主要起草人：重庆大学：顾超、姜颖；重庆…公司：钟安琪… or 起草单位及主要起草人：重庆…公司
    （武景行、令狐辉）、重庆大学（…）…: each unit's people after it (``layout.people_by_unit``)."""
    for hit in text.find_label(["主要起草人员", "起草人员", "主要起草人", "起草人"]):
        after = AFTER_LABEL.match(hit.line.compact[hit.end:])
        value = text_after(hit.line, hit.end + after.end()) if after else ""
        names = people_by_unit(paragraph(text, hit.line, value, limit=6, rows=False)) if value.strip() else None
        if names:
            return names, hit.line
    return None


def _drafters_in_unit_groups(text: DocText) -> tuple[list[str], TextLine] | None:
    """Drafters printed unit by unit with no colon after each unit: a table of two columns
    under 起草单位及主要起草人 (起草单位 | 主要起草人, then 重庆…有限公司 | 魏巍、苏醒), or a
    paragraph (主要起草人员：中国电建…有限公司 欧阳文博 司马青云；中国水利…研究院 诸葛明远。).  Each
    group is a unit and its names; the people in the order printed.  Every word a unit or
    a name, the first a unit, or nothing.

    >>> _unit_groups(["重庆某某装备有限公司 魏巍、苏醒", "重庆交通大学 丁一、任重"])
    ['魏巍', '苏醒', '丁一', '任重']
    >>> _unit_groups(["重庆交通大学 丁一 审查人：张伟"]) is None
    True
    """
    for line in text.lines:
        match = _DRAFTERS_BY_UNIT_LABEL.search(line.text.replace("：", ":").replace(":", "：", 1)) \
            if "起草人" in line.compact else None
        if not match:
            continue
        pieces, current = [match.group(1)], line
        for _ in range(12):
            if pieces[-1].rstrip().endswith("。"):
                break
            below = line_below(text, current, max_gap=2.0)  # (a table's rows stand apart)
            if below is None or (LABEL_START.match(below.compact) and not _UNIT_GROUP.match(below.compact)):
                break
            if re.fullmatch(r"(?:序号\s*)?起草单位\s+(?:主要)?起草人(?:员)?", below.text.strip()):
                current = below  # the table's header row
                continue
            pieces, current = pieces + [below.text], below
        names = _unit_groups(pieces)
        if names:
            return names, line
    return None


def _unit_groups(pieces: list[str]) -> list[str] | None:
    """The names of lines of ``unit name name …`` groups (a unit starts each group; groups
    parted by ；, a line or the next unit), or None when a word is neither."""
    if any(not _ORG_WORD.match(m.group(1)) for piece in pieces for m in re.finditer(r"(\S+?)\s*[:：]", piece)):
        return None  # a label of its own (审查人：): the drafters have ended
    words = [w for piece in pieces for w in re.split(r"[\s、，,；;：:]+", piece.strip().rstrip("。.")) if w]
    if not words or not _ORG_WORD.match(words[0]):
        return None
    names: list[str] = []
    group = 0
    for word in words:
        if _ORG_WORD.match(word):
            if names and group == 0:
                return None  # a unit with nobody under it
            group = 0
            continue
        found = names_of(word)
        if not found:
            return None
        names += found
        group += len(found)
    return names if group else None


def _chief(text: DocText) -> tuple[list[str], TextLine] | None:
    """Who the standard names its chief: 主编：…, 主编人：…, 起草组组长：…, 主持人：…."""
    return next(((names, line) for line in text.lines
                 for m in [re.match(r"^(?:主编(?:人)?|起草组组长|编制组组长|主持人|主要负责人)[:：](.+)$", line.compact)] if m
                 for names in [names_of(re.split(r"[:：]", line.text, 1)[1])] if names), None)


def _chief_and_contributors(text: DocText) -> tuple[list[str], TextLine] | None:
    """An engineering code's people (JTG, GB 50xxx): 主编：宇文昊 then 主要参编人员：林峰 罗成 …,
    the chief editor first; its 主审 and 参与审查人员 reviewed it and are none of them."""
    chief = next(((names, line) for line in text.lines
                  for m in [re.match(r"^主编(?:人)?[:：](.+)$", line.compact)] if m
                  for names in [names_of(re.split(r"[:：]", line.text, 1)[1])] if names), None)
    if chief is None:
        return None
    others = next((names for line in text.lines
                   for m in [re.match(r"^(?:主要)?参编(?:人员|人)?[:：](.+)$", line.compact)] if m
                   for names in [names_of(re.split(r"[:：]", line.text, 1)[1])] if names), [])
    return chief[0] + [n for n in others if n not in chief[0]], chief[1]


def _standard_dates(text: DocText, f: Fields) -> None:
    """``2022-05-08 发布`` and ``2022-06-12 实施``: the word after each date says which."""
    for line in text.lines:
        pos = 0  # (the same day printed twice, 2024-03-20 发布 2024-03-20 实施: each after the last)
        for found in find_dates(line.text):
            printed = found.text.replace(" ", "")
            at = line.compact.find(printed, pos)
            pos = at + len(printed) if at >= 0 else pos
            tail = line.compact[at + len(printed):][:3] if at >= 0 else line.compact[-3:]
            if "发布" in tail and "publish_date" not in f.values:
                f.set("publish_date", found.value, line)
            elif "实施" in tail and "implementation_date" not in f.values:
                f.set("implementation_date", found.value, line)
    for line in text.lines:
        # The day over its word, each on a line of its own (2023-12-20 | 发布, 2024-07-01 | 实施).
        under = line_below(text, line, 1.5)
        word = under.compact if under is not None else ""
        key = {"发布": "publish_date", "实施": "implementation_date"}.get(word)
        found = find_dates(line.text) if key and key not in f.values else []
        if len(found) == 1 and found[0].text.replace(" ", "") == line.compact:
            f.set(key, found[0].value, line)
    for line in text.lines:
        # Its day alone read (15日实施: the year and month lost to a seal's edge or the photo's
        # shadow): the line and the room left of it read again on their own.
        cut = _DAY_ALONE.match(line.compact)
        key = {"发布": "publish_date", "实施": "implementation_date"}[cut.group(1)] if cut else None
        if key and key not in f.values:
            x0, y0, x1, y1 = box(line)
            height = max(line.line.height, 1)
            f.look(key, line.page, (max(0.0, x0 - 8 * height), y0 - 0.4 * height, x1 + 0.5 * height, y1 + 0.4 * height))


# The day and its word with the year and month gone (15日实施, 3月15日发布).
_DAY_ALONE = re.compile(r"^(?:\d{1,2}月)?\d{1,2}日(发布|实施)$")


def _facts(f, kind, rank, core_journal):
    # (a drafter the standard names its 主编 主持编制 it: role lead; its first 主要起草人 is rank 1
    # and no more, probe DU b9)
    return {"level": as_level(f.get("level"), StandardLevel), "rank": rank,
            "date": as_date(f.get("publish_date") or f.get("implementation_date")),
            "role": "lead" if led_by(f, rank, "drafters") else None}


DOCTYPE = DocType(
    key="standard", identity=("standard_number", "title"), name="标准",
    cues=Cues(
        titles=("中华人民共和国国家标准", "国家标准", "行业标准", "地方标准", "团体标准", "企业标准"),
        labels=("发布", "实施", "前言", "起草单位", "起草人", "主要起草人", "ICS", "代替", "归口", "提出"),
        identifiers=("standard_number",),
        requires=("standard_number",),
        requires_why="没有标准编号",
        # (papers about a standard, its number on them: no standard published, probe CR R11)
        refusing_titles=("编制说明", "意见汇总", "立项申请书", "立项建议书"),
    ),
    extract=extract_standard,
    fields=("standard_number", "level", "title", "drafters", "publish_date", "implementation_date"),
    decisive=("standard_number", "drafters", "publish_date"),
    labels={"title": "标准名称", "level": "标准级别", "drafters": "起草人"},
    ranked=("drafters",), date_fields=("publish_date", "implementation_date"),
    kinds=(Kind.STANDARD,), facts=_facts, in_force="implementation_date",
)
