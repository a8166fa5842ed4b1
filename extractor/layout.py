"""Where things stand on a page: rows, columns, a label's value, lists of names, running text.

Every document type reads its fields with these (``extractor.doctypes.<type>``); none of
them knows a document type.  Boxes are in page units, origin top-left; a ``TextLine`` is a
normalised line with its page and box (``extractor.text``).

- **Rows and cells**: ``row_of`` (the lines beside a line), ``right_of`` (the next cell to
  the right: a form's value), ``column_below`` (a table column under its header),
  ``empty_cell`` (where a cell is that nothing was read from), ``empty_value_cell`` (the
  same for a form's value cell right of its label).
- **Below**: ``next_line`` (the next line in reading order when close under), ``line_below``
  (the nearest line under, by geometry: OCR interleaves spreads), ``short_tail_below``
  (a paragraph's short last line back at the margin, left of its indented first),
  ``indented_below`` (a value printed under its label, indented), ``value_below`` (the
  same in a table read out of order).
- **Labels**: ``LABEL_START`` (``项目名称：`` opening a line), ``is_caption`` (a cell that is
  only a label), ``heading_labels`` (labels that head a field, not words in a sentence),
  ``after_label`` / ``text_after`` (what follows a label on its line, spacing kept),
  ``field_value`` (a label's value on its line, beside it or under it in a table).
- **Running text**: ``running_text`` (lines joined without breaks, sentences wrap anywhere)
  and ``line_at`` (the line an offset of it falls on).
- **Names**: ``is_name``, ``names_in`` (the names of a value, others dropped) and
  ``names_of`` (all or nothing: a list half read is left out), ``not_a_name`` (a label or
  its OCR damage, 发明入, is never a person).
- **Dates and people a certificate is made out to**: ``standalone_date``, ``issue_date``,
  ``addressed_people``, ``labelled_person``, ``issuer``, ``title_key``.
- **Wrapped lists, glued labels, sentences**: ``wrapped_list`` (a list continued over the
  lines it wraps onto, a name the wrap cut joined again: ``cut_name``), ``wrapped_value``
  (a value's last letters wrapped under it, joined when the kind says it is complete),
  ``listed_people``
  (the people a label heads, damaged label and all), ``ranked_names`` (a list whose order
  gives ranks: nothing when a piece inside it is no name), ``whole_list`` (no piece of a
  list dropped unread: ``张伟、▇▇、王磊``), ``name_grid`` (a list printed one name to a
  cell, row by row), ``spelled_label_value`` (``姓`` |
  ``名`` | ``朱立``), ``glued_value`` (``项目名称XX``: the colon lost), ``comrade``
  (``兹证明司马俊峰同志…``: the person a sentence names), ``body_date`` (the lowest date,
  a fax header's or a browser margin's left out: ``margin_note``).
- **Writers in prose, lists OCR glued**: ``prose_writers`` (a preface's 本报告由…共同编写, 本书由…
  编著: reports and books), ``glued_after`` (a list after its label read as one run of letters,
  for a place only a unique cut gives).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from .fields.dates import find_dates, parse_date
from .fields.people import TITLE_WORD, COMPOUND_SURNAMES, LATIN, SURNAMES, has_surname, labelled_surname, parse_rank, sentence_person, split_people, surnameless_name
from .text import SEPARATORS, DocText, LabelHit, TextLine, same_row

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
HAS_CJK = re.compile(f"[{CJK}]")
# The next label of a form (完成日期：…) opening a line.
# A form's tick boxes: the marks of one ticked, and the empty ones (☑通过 □不通过).
TICKS = "☑☒√✓✔■▇●"
EMPTY_BOXES = "□☐○◯"
LABEL_START = re.compile(rf"^[{CJK}]{{2,7}}[:：]")
_ASCII_TO_FULL = str.maketrans({"(": "（", ")": "）", ":": "：", ";": "；"})


def box(line: TextLine) -> tuple[float, float, float, float]:
    return line.line.box


def chinese_punctuation(value: str) -> str:
    """A Chinese title as printed: reading folds full-width punctuation to ASCII (NFKC), so a
    text layer and a scan of one certificate agree only if it is turned back (the truth
    keeps what is printed: ``边缘计算盒（T390型）``).  Latin-only values are left alone."""
    if not HAS_CJK.search(value):
        return value
    return _SPACE_BEFORE_BRACKET.sub("", value).translate(_ASCII_TO_FULL)


# A full-width bracket after Chinese takes no space: OCR's 工业网关 (T770型).
_SPACE_BEFORE_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[(（])")


def unquoted(title: str) -> str:
    """《title》 or “title” without its enclosing marks; quotes inside a title stay.

    >>> unquoted("《工业机器人技术》"), unquoted("“一种冲压件缺陷检测方法”"), unquoted("“E家人”现代化物业管理APP")
    ('工业机器人技术', '一种冲压件缺陷检测方法', '“E家人”现代化物业管理APP')
    """
    match = re.fullmatch(r"《([^《》]+)》|[“\"]([^“”\"]+)[”\"]", title)
    return (match.group(1) or match.group(2)) if match else title


def join_cjk(value: str) -> str:
    """Spaces next to a Chinese character go (OCR and letter-spaced print put them
    anywhere); spaces between Latin words stay.

    >>> join_cjk('工业 互联网 Edge  Box 平台')
    '工业互联网Edge Box平台'
    """
    value = " ".join(value.split())
    return re.sub(rf"(?<=[{CJK}])\s+|\s+(?=[{CJK}])", "", value)


def similar_height(a: TextLine, b: TextLine, tolerance: float = 0.15) -> bool:
    return abs(a.line.height - b.line.height) <= tolerance * max(a.line.height, b.line.height)


# --------------------------------------------------------------------------- rows and cells

def holds_more_than_its_words(line: TextLine, height: float) -> bool:
    """An OCR box bigger than the words read in it, ``height`` the box height of a line of
    print there: clearly taller, or wider than its letters set (a Chinese one at most 0.9 of
    that, a box standing a little off its letters; a Latin one or a figure half), its words
    unspaced.  What made it bigger went unread: a signature beside a 签字 label, a seal's ring.

    >>> from extractor.model import Line
    >>> from extractor.text import TextLine
    >>> def seen(box): return TextLine(1, 0, Line("法定代表人/委托代理人(签字):", box, 0.9), 1754, 1240)
    >>> holds_more_than_its_words(seen((106, 720, 562, 759)), 40), holds_more_than_its_words(seen((101, 700, 716, 769)), 40)
    (False, True)
    >>> holds_more_than_its_words(seen((101, 720, 760, 759)), 40)
    True
    """
    x0, y0, x1, y1 = line.line.box
    if y1 - y0 > 1.35 * height:
        return True
    words = line.text.strip()
    if not words or re.search(r"\s", words):
        return False  # (spaced words, 日期：  年  月  日, set wider than their letters)
    return x1 - x0 > ink_width(words, height) + 1.5 * height


def ink_width(words: str, height: float) -> float:
    """How wide ``words`` print at a letter height of ``height``, white space left out: a Chinese
    letter about square, a Latin one or a digit half as wide; brackets and colons the reading
    folded from full width are set full width (甲方(盖章):).

    >>> ink_width("年度", 10), ink_width("444.00", 10)
    (18.0, 30.0)
    """
    words = "".join(words.split())
    wide = sum(1 for c in words if unicodedata.east_asian_width(c) in "WF" or c in "():;,")
    return (0.9 * wide + 0.5 * (len(words) - wide)) * height


def row_of(text: DocText, line: TextLine) -> list[TextLine]:
    """The other lines on ``line``'s row (vertical centres within half a line), left to right."""
    x0, y0, x1, y1 = box(line)
    centre, half = (y0 + y1) / 2, max(line.line.height, 1) / 2
    row = [l for l in text.lines if l.page == line.page and l.index != line.index
           and abs((box(l)[1] + box(l)[3]) / 2 - centre) <= half]
    return sorted(row, key=lambda l: box(l)[0])


def right_of(text: DocText, line: TextLine, slack: float = 2) -> TextLine | None:
    """The nearest box to the right of ``line`` on its row (vertical spans overlapping by half
    a line): a form's value cell.  OCR gives a cell its own box and orders boxes by their
    top edge, so the value may come before its label in the line list."""
    right = [l for l in text.lines if l is not line and box(l)[0] >= box(line)[2] - slack and same_row(l, line)]
    return min(right, key=lambda l: box(l)[0], default=None)


def column_below(text: DocText, header: TextLine, stop: frozenset[str] = frozenset()) -> list[TextLine]:
    """The cells under a table header, top to bottom.  A line belongs to the column whose
    header centre is nearest its own centre (cells are wider than headers); a line across
    two header centres, or a gap of more than 2.5 header heights, ends the table (the
    特发此证 sentence and the seal below it), and so does a cell that is one of the labels
    ``stop`` (a grid of captions over values: the next caption row)."""
    headers = sorted(row_of(text, header) + [header], key=lambda l: box(l)[0])
    centres = [(box(h)[0] + box(h)[2]) / 2 for h in headers]
    mine = centres[[h.index for h in headers].index(header.index)]
    hy0, hy1 = box(header)[1], box(header)[3]
    in_row = {h.index for h in headers}
    below = sorted((l for l in text.lines if l.page == header.page and l.index not in in_row
                    and box(l)[1] > (hy0 + hy1) / 2), key=lambda l: box(l)[1])
    cells, bottom, step = [], hy1, 2.5 * max(header.line.height, 1)
    first_row = box(below[0]) if below else None
    for line in below:
        x0, y0, x1, y1 = box(line)
        if sum(x0 <= c <= x1 for c in centres) >= 2 and first_row is not None \
                and y0 < first_row[3] and first_row[1] < y1 and first_row[1] - hy1 <= step:
            continue  # two cells of the first row OCR boxed as one (30200-0000面向…系统): no end of the table
        if sum(x0 <= c <= x1 for c in centres) >= 2 or line.compact.strip(SEPARATORS) in stop:
            break  # (a caption in any column: the next caption row, or a record's own labels under the row)
        if min(centres, key=lambda c: abs(c - (x0 + x1) / 2)) != mine:
            continue
        if y0 - bottom > step:
            break
        cells.append(line)
        bottom = max(bottom, y1)
    return cells


def empty_cell(text: DocText, header: TextLine) -> tuple[float, float, float, float] | None:
    """Where the first cell under a table ``header`` is, when nothing was read there: its
    column reaches halfway to the neighbouring headers, its row spans the cells read in
    the other columns just under the headers.  ``None`` when the header stands alone."""
    headers = sorted(row_of(text, header) + [header], key=lambda l: box(l)[0])
    if len(headers) < 2:
        return None
    centres = [(box(h)[0] + box(h)[2]) / 2 for h in headers]
    at = [h.index for h in headers].index(header.index)
    x0, y0, x1, y1 = box(header)
    width, height = x1 - x0, max(header.line.height, 1)
    left = (centres[at - 1] + centres[at]) / 2 if at > 0 else x0 - width
    right = (centres[at] + centres[at + 1]) / 2 if at + 1 < len(headers) else x1 + width
    in_row = {h.index for h in headers}
    cells = [l for l in text.lines if l.page == header.page and l.index not in in_row
             and y1 < box(l)[1] < y1 + 2.5 * height]
    if cells:
        top = min(box(l)[1] for l in cells) - height / 2
        bottom = max(box(l)[3] for l in cells) + height / 2
    else:
        top, bottom = y1, y1 + 2 * height
    return left, top, right, bottom


def empty_value_cell(text: DocText, label: TextLine) -> tuple[float, float, float, float] | None:
    """Where the value cell to the right of a form's ``label`` is when nothing was read in it
    (a fax's faint cell OCR passed over): from the label's right edge to the next box on its
    row when that is another label, else some three label-widths on, within the page; as
    tall as the label's row and half a line more each way.  ``None`` when a value was read
    there."""
    x0, y0, x1, y1 = box(label)
    height = max(label.line.height, 1)
    right = sorted((l for l in row_of(text, label) if box(l)[0] >= x1 - 2), key=lambda l: box(l)[0])
    if right and not is_caption(right[0]):
        return None
    end = box(right[0])[0] if right else x1 + 3 * (x1 - x0) + 2 * height
    end = min(end, label.page_width - height) if label.page_width else end
    if end - x1 < 2 * height:
        return None
    return x1 + height / 4, y0 - height / 2, end - height / 4, y1 + height / 2


# --------------------------------------------------------------------------- below

def next_line(text: DocText, line: TextLine, lines: float = 1.5) -> TextLine | None:
    """The next line in reading order when it stands close under ``line`` on the same page."""
    if line.index + 1 >= len(text.lines):
        return None
    nxt = text.lines[line.index + 1]
    gap = nxt.line.box[1] - line.line.box[3]
    return nxt if nxt.page == line.page and gap < lines * max(line.line.height, 1) else None


def _rule(line: TextLine) -> bool:
    """A form's blank printed as letters (a leader of dots or a rule under a value: ····, ____,
    ————): no word of its own, so never the line a value wraps onto nor one that ends it."""
    return not re.search(r"[\w\u4e00-\u9fff]", line.compact.replace("_", ""))


def line_below(text: DocText, line: TextLine, max_gap: float = 1.0) -> TextLine | None:
    """The next line under ``line`` in the same column (boxes overlapping horizontally),
    when it follows within ``max_gap`` line heights: the second line of a wrapped title or
    sentence.  Geometry, not list order: OCR interleaves the two pages of a spread."""
    x0, y0, x1, y1 = box(line)
    below = [l for l in text.lines if l.page == line.page and box(l)[1] > y0 + 0.5 * line.line.height
             and box(l)[0] < x1 and box(l)[2] > x0 and not _rule(l)]
    nearest = min(below, key=lambda l: box(l)[1], default=None)
    if nearest is not None:
        # (of a row OCR parted into pieces, its first: 5.邹佳慧 6.雷云志 | 7.钟浩 under 课题组成员：…,
        # the second piece's box a pixel higher, probe CO P08)
        nearest = min((l for l in below if box(l)[1] - box(nearest)[1] < 0.3 * nearest.line.height),
                      key=lambda l: box(l)[0])
    if nearest is not None and box(nearest)[1] - y1 <= max_gap * line.line.height:
        return nearest
    return None


def bracketed_name_under(text: DocText, line: TextLine) -> str | None:
    """The name typed in brackets on the line under a place signed by a scrawl (项目负责人（签字）：
    <scrawl> | （唐峰）): the signer, when it is a name after a common surname.

    >>> from extractor.model import Line, Page, ReadResult
    >>> doc = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", [
    ...     Line("项目负责人(签字):MAW", (400, 100, 700, 140)), Line("(唐峰)", (560, 145, 640, 180))])]))
    >>> bracketed_name_under(doc, doc.lines[0])
    '唐峰'
    >>> doc = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", [
    ...     Line("项目负责人(签字):", (400, 100, 700, 140)), Line("(单位盖章)", (560, 145, 700, 180))])]))
    >>> bracketed_name_under(doc, doc.lines[0]) is None
    True
    """
    below = next_line(text, line)
    found = re.fullmatch(r"[（(]([\u4e00-\u9fff·]{2,5})[)）]", below.compact) if below is not None else None
    # (a name, not a title or the stamp's place: （高级工程师）, （单位盖章）, （签字）)
    return found.group(1) if found and has_surname(found.group(1)) and plain_names(found.group(1)) == [found.group(1)] \
        and not re.search(r"工程师|教授|研究员|技师|经济师|盖章|公章|签字|签名|单位|日期|本人", found.group(1)) else None


def name_under(text: DocText, line: TextLine, label: str) -> tuple[str, TextLine] | None:
    """The one name a label alone in its cell stands over: in the cell under it (a form's header
    row 项目主持人 | 职称 | 所在学院 over 沈新浩 | 教授 | …, a caption centred over 许俊文（高级
    工程师）) or on the next line, indented past it (项目负责人： | 田丽).  Only a plain name after
    a common surname, its title in brackets dropped; never a caption or another label.

    >>> from extractor.model import Line, Page, ReadResult
    >>> doc = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer", [
    ...     Line("项目主持人   职称   所在学院", (94, 235, 438, 247)), Line("沈新浩   教授   机械工程学院", (106, 264, 449, 275)),
    ...     Line("课题负责人:", (62, 296, 123, 307)), Line("郭秋龙", (142, 315, 175, 326)),
    ...     Line("项目负责人(签字):", (62, 400, 160, 411)), Line("验收组长", (62, 420, 110, 431))])]))
    >>> name_under(doc, doc.lines[0], "项目主持人")[0], name_under(doc, doc.lines[2], "课题负责人")[0]
    ('沈新浩', '郭秋龙')
    >>> name_under(doc, doc.lines[4], "项目负责人") is None
    True
    """
    heads = _pieces(line)
    piece = next((p for p in heads if "".join(p[0].split()).startswith(label)), None)
    if piece is None:
        return None
    _, x0, x1 = piece
    h = max(line.line.height, 1)
    top = box(line)[3]
    under = [l for l in text.lines if l.page == line.page and l.index != line.index
             and -0.3 * h <= box(l)[1] - top <= 3.5 * h
             and (box(l)[0] < x1 and box(l)[2] > x0 or x0 < box(l)[0] <= x1 + 6 * h)]
    below = min(under, key=lambda l: (box(l)[1], box(l)[0]), default=None)
    if below is None:
        return None
    cells = _pieces(below)
    # (a row of as many cells as the header has captions: the cell in the caption's place, whatever
    # width the letters are guessed to take — 获奖项目 | 获奖者 over a long title | 周敏)
    cell = cells[heads.index(piece)] if len(heads) > 1 and len(cells) == len(heads) \
        else next((c for c in cells if c[1] < x1 and c[2] > x0), cells[0] if cells else None)
    if cell is None:
        return None
    name = re.sub(r"[（(][^)）]{1,10}[)）]$", "", "".join(cell[0].split()))
    if not has_surname(name) or plain_names(name) != [name] or is_label(name) \
            or re.search(r"工程师|教授|研究员|签字|签名|盖章|日期|单位|组长|专家", name):
        return None
    return name, below


def line_above(text: DocText, line: TextLine, max_gap: float = 1.0) -> TextLine | None:
    """The line over ``line`` in the same column, within ``max_gap`` line heights: ``line_below``
    looking up."""
    x0, y0, x1, y1 = box(line)
    above = [l for l in text.lines if l.page == line.page and box(l)[3] < y1 - 0.5 * line.line.height
             and box(l)[0] < x1 and box(l)[2] > x0 and not _rule(l)]
    nearest = max(above, key=lambda l: box(l)[3], default=None)
    if nearest is not None and y0 - box(nearest)[3] <= max_gap * line.line.height:
        return nearest
    return None


def short_tail_below(text: DocText, line: TextLine, max_gap: float = 1.5) -> TextLine | None:
    """The short last line of a paragraph whose first line is indented (``本文件主要起草人：
    …、汪晓`` / ``林。``): back at the margin, left of where ``line`` starts by at most four
    letters, so not under it at all (``line_below`` wants the boxes to overlap)."""
    x0, y0, x1, y1 = box(line)
    h = line.line.height
    below = [l for l in text.lines if l.page == line.page and box(l)[1] > y0 + 0.5 * h
             and x0 - 4 * h <= box(l)[0] < x0 and box(l)[2] <= x0]
    nearest = min(below, key=lambda l: box(l)[1], default=None)
    if nearest is not None and box(nearest)[1] - y1 <= max_gap * h:
        return nearest
    return None


def indented_below(text: DocText, label: TextLine) -> TextLine | None:
    """The line just under a label that stands alone, indented like a value and not itself
    a label (the rule of ``DocText.first_value``)."""
    below = next_line(text, label)
    if below is not None and box(below)[0] > box(label)[0] and not LABEL_START.match(below.compact):
        return below
    return None


def _caption_value(text: DocText, label: TextLine, labels: frozenset[str]) -> TextLine | None:
    """The value under a caption that stands alone (a certificate printing small captions over
    its values, 获奖项目 over the project): the next line, close under it and starting where
    it starts, that is no label itself (one of ``labels``, or ``…：``).  Only with ``labels``
    known: without them a caption's missing value would take the next caption for it."""
    # (the line under it, not the next in reading order: a grid's row reads its left cell first,
    # 2017SR… under a lost 登记号 before 2017年09月22日 under 登记日期)
    height = max(label.line.height, 1)
    under = [l for l in text.lines if l.page == label.page and l.index != label.index
             and 0 <= box(l)[1] - box(label)[3] <= 1.5 * height and abs(box(l)[0] - box(label)[0]) <= height]
    below = min(under, key=lambda l: box(l)[1], default=None)
    if below is None or not labels:
        return None
    if below.compact.strip(SEPARATORS) in labels or LABEL_START.match(below.compact):
        return None
    return below


def is_caption(line: TextLine) -> bool:
    """A short caption (项目来源, 验收结论：): another label, never a value."""
    return bool(re.fullmatch(rf"[{CJK}]{{2,7}}[:：]?", line.compact))


def value_below(text: DocText, label: TextLine) -> TextLine | None:
    """A label's value on the next line: close under it, not left of it, and not the value
    cell of the next row's label (a table read in another order)."""
    below = next_line(text, label)
    if below is None or below.line.box[0] < label.line.box[0] or is_caption(below):
        return None
    left = [l for l in text.lines if l.line.box[2] <= below.line.box[0] + 2 and same_row(l, below)]
    return None if any(is_caption(l) for l in left) else below


# --------------------------------------------------------------------------- labels

def after_label(line_text: str, label: str) -> str:
    """The line's text after ``label`` (spaced or not) and its separator, spacing kept."""
    match = re.search(r"\s*".join(map(re.escape, label)) + r"\s*[:：]?", line_text)
    return line_text[match.end():].strip(" :：;；,，。") if match else ""


def original_index(text: str, compact_index: int) -> int:
    """The index in ``text`` of the character at ``compact_index`` of its compact form."""
    seen = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            if seen == compact_index:
                return i
            seen += 1
    return len(text)


def text_after(line: TextLine, end: int) -> str:
    """The line's text after its first ``end`` non-space characters, inner spacing kept
    (``LabelHit.end`` counts in the compact text)."""
    return line.text[original_index(line.text, end):] if end else line.text


# A bilingual caption's English after its Chinese (获奖项目/Project, 姓名 | Name:), alone; and
# the same between a label and its value (软件名称/Software Name：…), to be cut off the value.
# (项目名称 Project：…: a space and the colon after it say the same as the slash)
_ENGLISH = r"\s*[/／|]\s*[A-Za-z][A-Za-z .'\-]*"
_ENGLISH_CAPTION = re.compile(r"(?:" + _ENGLISH + r"[:：]?|\s*[A-Za-z][A-Za-z .'\-]*[:：])\s*")
ENGLISH_LABEL = re.compile(r"^(?:" + _ENGLISH + r"|\s*[A-Za-z][A-Za-z .'\-]*?)\s*[:：]\s*")


def heading_labels(text: DocText, labels: list[str]) -> list[LabelHit]:
    """Hits of ``labels`` that head a field, in document order: followed by a separator or
    ending the line, or opening the line with a space after them (``获 奖 者 罗泽``) — not
    the same words inside a sentence (``（第4完成人）。特发此证``) or a longer label
    (``完成人排序``, ``推荐人签名``)."""
    def heads(hit: LabelHit) -> bool:
        after = hit.line.compact[hit.end:hit.end + 1]
        if after == "" or after in SEPARATORS or _ENGLISH_CAPTION.fullmatch(hit.line.compact[hit.end:]):
            return True
        spaced = r"\s*".join(map(re.escape, hit.label)) + r"\s"
        if hit.start == 0:
            return re.match(spaced, hit.line.text.lstrip()) is not None
        # a caption inside a header row of captions, one word each (… 资格级别 取得资格时间 证书编号)
        words = hit.line.text.split()
        if len(words) >= 4 and hit.label in words and sum(is_label(w) for w in words) >= len(words) - 1:
            return True
        # a cell of its own in a text layer's row of caption and value cells, each pair beside
        # the next (分类号   30200-0000   登记日期   2019-11-26, probe DI sc06)
        cells = ["".join(c.split()) for c in split_cells(hit.line.text)]
        at = next((k for k, c in enumerate(cells) if c == hit.label), None)
        return at is not None and at % 2 == 0 and len(cells) % 2 == 0 and len(cells) >= 4
    return sorted((h for h in text.find_label(labels) if heads(h)), key=lambda h: (not h.exact, h.line.index))


def split_cells(text: str) -> list[str]:
    """A line's cells where a text layer kept a wide gap between them (``textlayer`` writes it
    as three spaces: 客户：A公司   供应商：B公司); the whole line when it has none.

    >>> split_cells("姓 名   龚 平   性 别   男")
    ['姓 名', '龚 平', '性 别', '男']
    """
    return [c for c in re.split(r"\s{3,}", text.strip()) if c]


def _glued_caption(value: str) -> int | None:
    """Where the next caption of a row begins inside ``value`` when nothing parts them, its
    colon after it (山地城市…智能运维系统项目负责人:詹天佑): the longest caption (``is_label``)
    that ends at a colon, not at the value's start; None when there is none.

    >>> v = "川西高原光伏电站组件积灰智能清洗机器人研制组织验收单位:四川省科学技术厅"
    >>> v[:_glued_caption(v)]
    '川西高原光伏电站组件积灰智能清洗机器人研制'
    >>> _glued_caption("工业互联网平台：架构与实践") is None
    True
    """
    for colon in (m.start() for m in re.finditer("[:：]", value)):
        caption = next((c for c in _ROW_CAPTIONS if value[:colon].endswith(c) and colon > len(c)), None)
        if caption:
            return colon - len(caption)
    return None


# Captions a form's row prints after a value, longest first (组织验收单位 before 验收单位).
_ROW_CAPTIONS = sorted({"组织验收单位", "验收单位", "验收日期", "验收时间", "组织鉴定单位", "鉴定单位", "鉴定日期", "项目负责人", "课题负责人", "承担单位", "完成单位",
                        "申报单位", "项目编号", "合同编号", "起止时间", "实施期限", "项目类别", "项目级别", "发证日期",
                        "发布日期", "实施日期", "证书编号", "出版社", "出版时间", "编制单位", "编制日期", "委托单位"},
                       key=len, reverse=True)


def field_value(text: DocText, hit: LabelHit,
                headers: frozenset[str] = frozenset()) -> tuple[str, list[TextLine]] | None:
    """What a label introduces: the rest of its line; else the cell to its right (a form);
    else, when the label stands in a row of ``headers`` or of other captions (``is_label``),
    the cells of its column down to the next caption (a table, or caption rows over value
    rows: 被推荐人 | 申报资格 | 工作单位 over the candidate's cells)."""
    value = after_label(hit.line.text, hit.label) if hit.exact else hit.value
    if _ENGLISH_CAPTION.fullmatch(value or ""):
        value = ""  # a bilingual caption's English (获奖项目/Project): part of the label
    value = ENGLISH_LABEL.sub("", value or "")  # 软件名称/Software Name：…
    # (a text layer's row of cells apart, 姓 名   龚 平   性 别   男: the value ends at the cell
    # that is the next caption, letter-spaced or not)
    cells = split_cells(value)
    nxt = next((k for k, c in enumerate(cells) if k and ("".join(c.split()).strip(SEPARATORS) in headers
                                                         or is_label("".join(c.split()).strip(SEPARATORS)))), None)
    if nxt:
        value = "   ".join(cells[:nxt])
    glued = _glued_caption(value)
    if glued:  # (the next caption glued on with no gap: …智能清洗机器人研制组织验收单位:四川省…)
        value = value[:glued]
    if value:
        # A row read as one line (软件名称 X 版本号 V1.0): the value ends at the next of ``headers``;
        # a header row's label (获奖项目 奖励类别 …) has no value on its line.
        words = value.split()
        # (or at the next caption with its colon: 标准名称:…导则 发布日期:2022-04 on one line)
        ends = next((k for k, w in enumerate(words) if w.strip(SEPARATORS) in headers
                     or k and (m := re.match(f"([{CJK}]{{2,7}})[:：]", w)) and is_label(m.group(1))), None)
        if ends == 0:
            # a text layer's header row, one line of captions over one line of cells (a
            # query's result: 姓名 性别 … 取得资格时间 证书编号 | 余彬斌 男 … 2024.11.25 …)
            heads = hit.line.text.split()
            below = text.lines[hit.line.index + 1] if hit.line.index + 1 < len(text.lines) else None
            if hit.label in heads and below is not None and below.page == hit.line.page \
                    and len(below.text.split()) == len(heads):
                return below.text.split()[heads.index(hit.label)], [below]
            return None
        return (" ".join(words[:ends]) if ends else value), [hit.line]
    row = row_of(text, hit.line)

    def caption(line: TextLine) -> bool:
        word = line.compact.strip(SEPARATORS)
        # (or one OCR damaged: 版本司 for 版本号, one letter off a header of three or more)
        return word in headers or is_label(line.compact) or len(word) >= 3 and any(
            len(h) == len(word) and Levenshtein.distance(h, word) == 1 for h in headers)

    beside = next((l for l in row if box(l)[0] >= box(hit.line)[2] - 2), None)
    if beside is not None and not caption(beside):
        return beside.text, [beside]
    if not any(caption(l) for l in row):
        below = indented_below(text, hit.line) or _caption_value(text, hit.line, headers)
        return (below.text, [below]) if below else None
    cells = []
    for cell in column_below(text, hit.line, headers):
        if LABEL_START.match(cell.compact) or caption(cell):
            break  # the next row of captions
        cells.append(cell)
    return (" ".join(c.text for c in cells), cells) if cells else None


def labelled_field(text: DocText, labels: list[str],
                   headers: frozenset[str] = frozenset()) -> tuple[str, TextLine] | None:
    """The first heading label's value (``field_value``: on its line, beside it, or under it),
    its separators trimmed, with the line it stands on.  A header row read as one line gives
    its label no value: the rest of it is the other columns' captions (标准名称 代替标准号 实施日期).

    >>> from extractor.model import Line, Page, ReadResult
    >>> def doc(*rows):
    ...     lines = [Line(t, (100, 100 + 50 * i, 900, 130 + 50 * i)) for i, t in enumerate(rows)]
    ...     return DocText(ReadResult("t", "0" * 64, [Page(1, 1000, 1400, "text_layer", lines)]))
    >>> labelled_field(doc("序号 标准编号 标准名称 代替标准号 实施日期"), ["标准名称"]) is None
    True
    >>> labelled_field(doc("标准名称：数控机床 远程运维 技术要求"), ["标准名称"])[0]
    '数控机床 远程运维 技术要求'
    >>> labelled_field(doc("标准编号:YB/T 4998-2022 标准名称:钢铁行业智能工厂评价导则 发布日期:2022-04"), ["标准名称"])[0]
    '钢铁行业智能工厂评价导则'
    """
    for hit in heading_labels(text, labels):
        found = field_value(text, hit, headers)
        value = found[0].strip(" :：;；") if found else ""
        if value and not all(is_label(w) or re.fullmatch(f"[{CJK}]{{2,6}}号", w) for w in value.split()):
            return value, found[1][0]
    return None


# What a form's captions end with (申报资格, 工作单位, 推荐人姓名, 取得时间 …): a cell that is
# one of them is another label, never a value — no person's or unit's name ends so.
_CAPTION_END = re.compile(r"(?:姓名|名称|日期|时间|单位|职称|职务|资格|编号|等级|级别|类别|性别|学历|学位|意见|结论|"
                          r"序号|排名|排序|负责人|推荐人|申报人|完成人|发明人|设计人|著作权人|专利权人|获奖者|备注|"
                          r"出生年月|联系电话|身份证号|证件号码|签名|签字|分工|职责|角色|岗位|年龄|民族|贡献)$")


# Two-letter captions of a table's header row, which print letter-spaced (单 位 姓 名 职 称 分 工).
_SPACED_CAPTIONS = ("序号", "姓名", "单位", "职称", "职务", "分工", "职责", "角色", "岗位", "性别", "年龄", "学历", "学位", "专业", "签名", "签字",
                    "备注", "排名", "排序", "名次", "贡献")


def spelled_captions(header: str) -> str:
    """A header row with its letter-spaced two-letter captions joined, each a cell again.

    >>> spelled_captions("单 位 姓 名 职 称 分 工"), spelled_captions("序号 姓 名 工作单位")
    ('单位 姓名 职称 分工', '序号 姓名 工作单位')
    >>> spelled_captions("姓名 刘 洋")  # a row's cells are left as they are
    '姓名 刘 洋'
    """
    for caption in _SPACED_CAPTIONS:
        header = re.sub(rf"(?<!\S){caption[0]}\s+{caption[1]}(?!\S)", caption, header)
    return header


def is_label(compact: str) -> bool:
    """A form's caption (a short run of Chinese ending as captions end, a colon allowed),
    not a value.

    >>> is_label("申报资格"), is_label("推荐人姓名："), is_label("工作单位")
    (True, True, True)
    >>> is_label("正高级工程师"), is_label("司马立新"), is_label("重庆渝通精工机械有限公司"), is_label("2021年")
    (False, False, False, False)
    """
    compact = compact.strip(SEPARATORS)
    return 2 <= len(compact) <= 7 and bool(re.fullmatch(f"[{CJK}()（）/]+", compact)) \
        and bool(_CAPTION_END.search(compact))


# --------------------------------------------------------------------------- running text

def running_text(text: DocText, page: int | None = None) -> tuple[str, list[tuple[int, TextLine]]]:
    """The lines (of one page, or all) joined without spaces or breaks — sentences wrap
    anywhere (``荣获2017年度重庆泰岳`` / ``集团有限公司科技进步奖``) — and where each starts."""
    joined, starts = "", []
    for line in text.lines:
        if page is None or line.page == page:
            starts.append((len(joined), line))
            joined += line.compact
    return joined, starts


def line_at(starts: list[tuple[int, TextLine]], offset: int) -> TextLine:
    """The line that ``offset`` of a ``running_text`` falls on."""
    found = starts[0][1]
    for start, line in starts:
        if start > offset:
            break
        found = line
    return found


def running_match(text: DocText, pattern: re.Pattern) -> tuple[re.Match, TextLine] | None:
    """The first match of ``pattern`` in a page's running text, and the line its first group
    starts on."""
    for page in sorted({l.page for l in text.lines}):
        joined, starts = running_text(text, page)
        match = pattern.search(joined)
        if match:
            return match, line_at(starts, match.start(1))
    return None


# --------------------------------------------------------------------------- names

# A Chinese name (2–5 characters), a transliterated one (欧·亨利), a Latin one.
_NAME = re.compile(rf"[{CJK}·]{{2,5}}|(?=.{{3,12}}$)[{CJK}]+(?:·[{CJK}]+)+|[{LATIN}][{LATIN} .'\-]{{1,40}}")
# A Latin name: words of letters joined by a space, hyphen, apostrophe or dot, with a small
# letter somewhere (Zhang Wei, Jean-Luc) or two words in capitals (SMITH JOHN); not a
# code (CDWW-TR-, ISO, GB-T).
_LATIN_NAME = re.compile(rf"(?=.*[a-zß-öø-ÿ]|[A-Z]+[ .][A-Z])[{LATIN}]+(?:(?:[ .'\-]|\. )[{LATIN}]+)*\.?")
# Labels that stand before lists of people, and OCR's damage of them, are never a person.
PEOPLE_LABELS = ("发明人", "设计人", "著作权人", "专利权人", "作者", "编著", "主编", "副主编", "参编", "编委", "主审",
                 "起草人", "完成人", "获奖者",
                 "获奖人", "负责人", "成员", "姓名", "推荐人", "持证人", "编写人", "参加人员", "完成单位", "单位")


# Words a title ends on that begin with a surname's letter (方, 管, 应 …): never a person.
_TITLE_TAILS = frozenset(("方法", "方案", "系统", "设计", "应用", "分析", "模型", "策略", "算法", "实现", "优化", "探讨",
                          "综述", "实践", "平台", "装置", "管理", "控制", "检测", "监测", "评价", "展望", "研究"))


_ADDRESS_WORDS = frozenset({"同志", "先生", "女士", "同学", "老师", "您好"})


def not_a_name(name: str) -> bool:
    """A label (or its OCR damage, 发明入, 设计入, 作著) read where a name should be.

    >>> not_a_name('发明入'), not_a_name('作著'), not_a_name('欧阳明'), not_a_name('登记号')
    (True, True, False, True)
    >>> not_a_name('职称'), not_a_name('分工'), not_a_name('职责'), not_a_name('程旭')  # a table's other columns' captions
    (True, True, True, False)
    >>> not_a_name('复印件'), not_a_name('与原件')  # a copy stamp's fragments
    (True, True)
    >>> not_a_name('同志'), not_a_name('女士')  # the address after a name, spaced from it
    (True, True)
    """
    if name in PEOPLE_LABELS or re.fullmatch("[年月日号时分]+", name):  # 年月日: a date, its digits dropped
        return True
    if is_label(name):  # a table's next column (起草人 | 职称): its caption read as the first name
        return True
    if len(name) == 2 and name[0] in "作编著主" and name[1] in "者著编":
        return True
    if re.fullmatch(r"(?:登记|证书|专利|批准|流水|纳税人识别|编|序|账|文)号|(?:登记|发证|申请)日期?", name):
        return True  # the next field's label, read on into a list of holders
    if re.search(r"(?:公告日|申请日|日期|时间|编号)$", name):
        return True  # the next row's label read on into a list (…；授权公告日)
    if re.search(r"复印|原件|仅供|专用章", name):
        return True  # a copy stamp's or watermark's fragment (复印件, 与原件) where a name was
    if re.fullmatch(r"[一二三四五特]等奖?|(?:优秀|金|银|铜|鼓励)奖", name):
        return True  # a prize's grade read on after a label OCR or a fuzzy match found (…技术发明奖 | 一等奖)
    if name in _TITLE_TAILS:
        return True  # a title's last word wrapped onto a line of its own (…协同采集 | 方法), under it the authors
    if name in _ADDRESS_WORDS:
        return True  # how a name is addressed, set apart from it (授予：左丘昊 同志（排名第7）)
    return any(len(label) == len(name) >= 3 and Levenshtein.distance(label, name) <= 1
               and name[0] not in SURNAMES for label in PEOPLE_LABELS)


def is_name(name: str, longest: int = 5) -> bool:
    """Whether ``name`` can be a person's name: 2–``longest`` Chinese characters (or a
    transliterated or Latin name), never a label.  Longer only as a name of a surnameless
    stock with its middle dot left out (敖登格日勒, 阿不都热合曼), never two names glued.

    >>> is_name('阿不都热合曼', longest=4), is_name('张伟李晓明', longest=4), is_name('敖登格日勒', longest=4)
    (True, False, True)
    """
    if _long_surnameless(name):
        return True
    if not _NAME.fullmatch(name) or not_a_name(name):
        return False
    if not HAS_CJK.match(name) and not _LATIN_NAME.fullmatch(name):
        return False  # a code, not a person: CDWW-TR-, ISO
    if len(name) == 4 and HAS_CJK.fullmatch(name[0]) and "·" not in name and not has_surname(name):
        return False  # a four-character word with no surname is a table's caption (撰写章节), no one's name
    return not HAS_CJK.match(name) or "·" in name or len(name) <= longest


def names_in(value: str) -> list[str]:
    """The names in a list, anything else dropped."""
    return [n for n in split_people(value) if is_name(n)]


def names_of(value: str) -> list[str] | None:
    """The names of a list, or None when any part is not a name: a list half read (a
    glued run of names, a stray word) is left out, not reported in part."""
    if _UNFINISHED.search(value) or value.count("（") + value.count("(") > value.count("）") + value.count(")"):
        return None  # (or cut inside a bracket: 董茂春（克拉玛 | …, the rest not read)
    names = [part for name in split_people(value) for part in _two_names(name)]
    # (a compound surname alone is a name the wrap cut, its given name unread: …、宇文 | 化及, probe
    # DW D04; between two separators it is a whole name, 谷梁 of surname 谷, EA s01)
    ok = names and all(is_name(n, longest=4) and (n not in COMPOUND_SURNAMES or _set_apart(value, n))
                       for n in names)
    return names if ok else None


def _long_surnameless(name: str) -> bool:
    """Whether a long name is one of a surnameless stock's, its middle dot left out.

    >>> _long_surnameless('敖登格日勒'), _long_surnameless('阿不都热合曼'), _long_surnameless('张伟李晓明')
    (True, True, False)
    """
    return 5 <= len(name) <= 10 and bool(re.fullmatch(f"[{CJK}]+", name)) and surnameless_name(name) and not not_a_name(name)


# A list that ends on its separator (…吴娟霞、邵瑞庆、) goes on where it was not read: what was read
# is its beginning only, and ranks read from it could be wrong.
_UNFINISHED = re.compile(r"[、，,；;]\s*$")


def _two_names(name: str) -> list[str]:
    """Four characters that are two two-character names with OCR's space lost (贺丽向庆):
    both halves begin with a common surname and the first two are no compound surname
    (欧阳小明).  Four-character names of two plain surnames are rare; lists of two-
    character names are common."""
    if len(name) == 4 and HAS_CJK.match(name) and name[:2] not in COMPOUND_SURNAMES \
            and name[0] in SURNAMES and name[2] in SURNAMES:
        return [name[:2], name[2:]]
    return [name]


# --------------------------------------------------------------------------- dates, people, issuers

def standalone_date(compact: str):
    """A line that is only a date (the signing date), month at least.  Labelled lines
    (出生年月：…) are not standalone.  A final 日 lost under the seal is forgiven only after
    a two-digit day (``2013年06月24``): a shorter day may have lost a digit with it.

    >>> standalone_date("重2023年2月20日"), standalone_date("2021年09月27日局"), standalone_date("至2023年12月31日")
    (PartialDate(year=2023, month=2, day=20), PartialDate(year=2021, month=9, day=27), None)
    """
    if re.match(rf"^[{CJK}]{{1,10}}[:：]", compact):
        return None
    # (a letter of the seal's ring OCR boxed with the date it covers, 重2023年2月20日 or 2021年09月27日局:
    # a whole day's date with one letter that is no word of dates beside it)
    glued = re.fullmatch(r"([\u4e00-\u9fff])?((?:19|20)\d\d年\d{1,2}月\d{1,2}日)([\u4e00-\u9fff])?", compact)
    if glued and (glued.group(1) or glued.group(3)) and not (glued.group(1) and glued.group(3)) \
            and not re.fullmatch(r"[于至自起在约止前后截从到以及和与或为是的今]", glued.group(1) or glued.group(3)):
        compact = glued.group(2)
    if re.fullmatch(r"\d{4}年\d{1,2}月\d{2}", compact):
        compact += "日"
    date = parse_date(compact)
    return date if date is not None and date.month is not None else None


def line_date(line: TextLine):
    """``standalone_date`` of a line, told from its text as printed too: a space where a digit
    of the day was (2013年7月1 日, under a seal) leaves the month alone, as ``parse_date`` has
    it; the line's compact text has lost the telling space."""
    date = standalone_date(line.compact)
    if date is not None and date.day is not None:
        spaced = parse_date(line.text.strip())
        if spaced is not None and spaced.day is None and (spaced.year, spaced.month) == (date.year, date.month):
            return spaced
    return date


def issue_date(text: DocText):
    """The date a certificate or letter is signed on: the lowest line that is only a date,
    never a date inside a sentence (birth, years of study) nor a cell of a column of other
    dates (an annex's 出生年月).  A date the seal cut short (``一九年十月十日``) is not
    completed from the document number's year: the seal drops characters inside it too
    (十七日 read 十日), so what remains cannot be trusted."""
    for line in sorted(text.lines, key=lambda l: (l.page, l.top), reverse=True):
        date = line_date(line)
        if date is not None and not margin_note(line) and not in_other_date_column(text, line):
            return date, line
    return None


# Captions of the dates a form prints in a cell of their own that are never the date it was
# signed on: a birth (出生年月, 出生日期), the start of studies (入学日期), of a term (起始时间).
OTHER_DATE_CAPTIONS = re.compile(r"出生|生日|入学|入校|开始|起始|报到|年龄")


def in_other_date_column(text: DocText, line: TextLine, captions: re.Pattern = OTHER_DATE_CAPTIONS) -> bool:
    """Whether ``line`` is a cell of a table column headed by another date's caption: an
    annex's 出生年月 column (``1992.08`` under ``1988.05`` under ``出生年月``), whose last
    cell is the lowest date of the page and no signing date.  The column is the lines above
    on its page that overlap it across; the first of them that is no date is its caption."""
    x0, _, x1, _ = box(line)
    above = sorted((l for l in text.lines if l.page == line.page and box(l)[3] <= box(line)[1] + 1
                    and min(x1, box(l)[2]) - max(x0, box(l)[0]) > 0.5 * min(x1 - x0, box(l)[2] - box(l)[0])),
                   key=lambda l: box(l)[1], reverse=True)
    for cell in above[:40]:
        if standalone_date(cell.compact) is not None or parse_date(cell.compact) is not None:
            continue
        return bool(captions.search(cell.compact)) and len(cell.compact) <= 8
    return False


def beside_other_date_caption(text: DocText, line: TextLine, captions: re.Pattern = OTHER_DATE_CAPTIONS) -> bool:
    """Whether ``line`` is the value of another date's caption set in the cell left of it on its
    row (出生年月 | 1982年5月): a birth date, never a document's."""
    left = [l for l in row_of(text, line) if box(l)[2] <= box(line)[0] + 2]
    nearest = max(left, key=lambda l: box(l)[2], default=None)
    return nearest is not None and len(nearest.compact) <= 8 and bool(captions.search(nearest.compact))


# A date in English after its Chinese (December 15, 2019; 15 December 2019; Dec. 15, 2019).
_ENGLISH_DATE = re.compile(r"(?i)(?:\d{1,2}\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*"
                           r"(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?(?:19|20)\d\d\.?")


def issue_date_of_form(text: DocText, captions: re.Pattern = OTHER_DATE_CAPTIONS):
    """``issue_date`` for a form: the lowest line that is only a date, a value cell whose
    caption to its left names another date (``出生年月`` | ``1979年11月``, ``入学日期`` |
    ``2015年09月01日``) left out.  A date beside anything else (``校长：`` … the date at
    the right of the same row) is still the signing date."""
    for line in sorted(text.lines, key=lambda l: (l.page, l.top), reverse=True):
        date = line_date(line)
        words = line.text.split()
        if date is None and len(words) > 1 and "年" in words[0] and _ENGLISH_DATE.fullmatch(" ".join(words[1:])):
            date = standalone_date(words[0])  # 2019年12月15日 December 15, 2019: the date and its English
        if date is None or margin_note(line):
            continue
        left = [l for l in row_of(text, line) if box(l)[2] <= box(line)[0] + 2]
        if left and captions.search(left[-1].compact) or in_other_date_column(text, line, captions):
            continue
        return date, line
    # A text layer's signature row: ``校长：张某某      2019年6月30日``, the date its last word
    # (never after a label of its own: 出生年月 1979年11月, 更新日期： 2024年01月10日).
    for line in sorted(text.lines, key=lambda l: (l.page, l.top), reverse=True):
        words = line.text.split()
        if len(words) < 2 or margin_note(line):
            continue
        date = standalone_date(words[-1])
        before = words[-2]
        # (a labelled number before it is another cell: 证书编号：18301120070884961   二〇〇七年六月三十日,
        # its digits maybe in groups, 证书编号:1063 5420 1300 4567, probe DT bnd-06)
        cells = re.split(r"\s{2,}", line.text.strip())
        if len(cells) >= 2 and cells[-1].strip() == words[-1]:
            before = "".join(cells[-2].split()) if re.fullmatch(r"[\u4e00-\u9fff]{2,6}[:：][\dA-Za-z\- ]{6,}", cells[-2]) else before
        numbered = re.fullmatch(r"[\u4e00-\u9fff]{2,6}[:：][A-Za-z0-9\-]{6,}", before)
        if date is None or before.endswith((":", "：")) or captions.search(before) \
                or re.search(r"日期|时间|年月|[年月日]$", before) or re.search(r"\d", before) and not numbered:
            continue
        return date, line
    return None


def addressed_people(text: DocText):
    """``张三同志：`` or ``张三，李四：你们的作品…`` — a certificate that addresses its holders.
    The colon ends the line unless 同志/先生/女士 says a person is meant, and a lone name
    must begin with a common surname (``附件：``, ``专业：`` are labels, not people)."""
    for line in text.lines[:12]:
        # (his place bracketed after his name: 杨帆（第4完成人）：, the rank read apart)
        match = re.match(r"^([\u4e00-\u9fff·，,、\s]{2,60}?)\s*(?:[（(](?:第[^（()）]{1,4}(?:完成人|名|位)|排名[^（()）]{1,4})[)）])?"
                         r"\s*(同志|先生|女士)?\s*[:：]\s*(.*)$", line.text)
        if not match or (match.group(3) and not match.group(2)):
            continue
        if re.search(r"[名称单位日期号人师]$", match.group(1).strip()):
            continue
        names = split_people(match.group(1))
        # (a transliterated name, 热依汗古丽·艾买提, is as long as it is)
        if names and all((2 <= len(n) <= 4 or "·" in n) and is_name(n) for n in names) and (
                len(names) > 1 or match.group(2) or has_surname(names[0])):
            return names, line
    return None


def labelled_person(text: DocText, labels: list[str]):
    """The first name after a label, on its line, beside it (a form) or under it."""
    for hit in heading_labels(text, labels):
        found = field_value(text, hit)
        names = names_in(found[0]) if found else []
        if names:
            return names[0], found[1][0]
    return None


ISSUER_WORDS = re.compile(r"(人民政府|委员会|厅|局|部|协会|学会|联合会|中心|科学院|办公室|领导小组)$")


def issuer(text: DocText):
    """The issuing body: the last line near the date that names an authority, never a cell of
    a table's row (a decision's list of winners: 序号 | 项目 | 重庆…管理委员会 | 完成人 | 等级)."""
    candidates = [l for l in text.lines if ISSUER_WORDS.search(l.compact) and len(l.compact) <= 30
                  and "：" not in l.text and ":" not in l.text and len(row_of(text, l)) < 3]
    if candidates:
        return candidates[-1].compact, candidates[-1]
    return None


_TITLE_WORDS = [
    ("正高级工程师", "professorate_senior_engineer"), ("教授级高级工程师", "professorate_senior_engineer"),
    ("高级工程师", "senior_engineer"), ("助理工程师", "assistant_engineer"), ("工程师", "engineer"),
    ("技术员", "technician"),
]


def title_key(words: str) -> str | None:
    """The title (CONTRACT §2 key) that ``words`` name, the highest first.

    >>> title_key('教授级高级工程师'), title_key('助理工程师'), title_key('经济师')
    ('professorate_senior_engineer', 'assistant_engineer', None)
    >>> title_key('中级工程师'), title_key('商级工程师')  # the second: 正高级 or 高级, damaged
    ('engineer', None)
    >>> title_key('总工程师'), title_key('副总工程师、高级工程师')
    (None, 'senior_engineer')
    """
    if re.search(r"(?<![高中])级\s*工程师", words):  # 商级工程师: a level OCR damaged is no level
        return None
    words = re.sub(r"副?总\s*工程师", "", words)  # a post, no title: 总工程师 is not 工程师
    for zh, key in _TITLE_WORDS:
        if zh in words:
            return key
    return None


def one_person(text: DocText, labels: list[str]):
    """The one person a certificate is made out to: labelled (姓名：…), else addressed
    (``梁松娟同志：``)."""
    found = labelled_person(text, labels)
    if found:
        return found
    addressed = addressed_people(text)
    if addressed and len(addressed[0]) == 1:
        return addressed[0][0], addressed[1]
    return None


def labelled_value(text: DocText, labels: list[str]) -> tuple[str, TextLine] | None:
    """A label's value: after it on its line, else in the cell to its right, else the line
    below when that is not another label."""
    for hit in text.find_label(labels):
        rest = text_after(hit.line, hit.end).strip().strip(" :：;；,，。.").strip()
        glued = _glued_caption(rest)
        rest = rest[:glued].strip() if glued else rest  # (the row's next caption glued on)
        # (or set apart on a row read as one line: …及应用   组织鉴定单位:重庆市科学技术局)
        spaced = re.search(rf"\s{{2,}}([{CJK}]{{2,8}})\s*[:：]", rest)
        rest = rest[:spaced.start()].strip() if spaced and is_label(spaced.group(1)) else rest
        if rest:
            return rest, hit.line
        for line in (right_of(text, hit.line), value_below(text, hit.line)):
            if line is not None and not is_caption(line):
                return line.text.strip().strip(" :：;；,，。.").strip(), line
    return None


# --------------------------------------------------------------------------- titles and paragraphs

def title_form(value: str) -> str:
    """A Chinese title's brackets and year-range dash as printed (full-width, em dash)."""
    if not HAS_CJK.search(value):
        return value
    value = re.sub(r"((?:19|20)\d\d)\s*[-‐‑–—―－~～一]\s*((?:19|20)\d\d)", r"\1—\2", value)
    return _SPACE_BEFORE_BRACKET.sub("", value).replace("(", "（").replace(")", "）")


def block(text: DocText, line: TextLine, allowed: list[TextLine] | None = None) -> list[TextLine]:
    """``line`` and the lines of the same size directly above and below it (from
    ``allowed``, when given): a title printed on two or three lines."""
    def fits(other: TextLine | None) -> bool:
        # A lone character's box is cut tighter than a line's (求 under 技术要), and a pair's
        # looser (项目 under …二级节点建设: 83 pixels to the line's 67, probe CP D01)
        tolerance = 0.3 if other is not None and len(other.compact) <= 2 else 0.15
        return (other is not None and similar_height(other, line, tolerance) and bool(HAS_CJK.search(other.text))
                and (allowed is None or other in allowed))

    # (a cover sets its title's lines in leading of one and a half: 高速冲压生产线伺服压力机 |
    # 能耗优化技术报告)
    lines = [line]
    while len(lines) < 4 and fits(nxt := line_below(text, lines[-1], max_gap=1.6)):
        lines.append(nxt)
    while len(lines) < 4:
        prev = next((l for l in text.lines if l.page == line.page and line_below(text, l, max_gap=1.6) is lines[0]), None)
        if not fits(prev):
            break
        lines.insert(0, prev)
    return lines


def starts_form_row(text: DocText, line: TextLine) -> bool:
    """``line`` is a label (完成日期：), or the value of one standing to its left."""
    return any(LABEL_START.match(l.compact) for l in text.lines
               if l is line or (same_row(l, line) and box(l)[0] < box(line)[0]))


def paragraph(text: DocText, line: TextLine, value: str, limit: int = 3, rows: bool = True) -> str:
    """``value`` (the rest of ``line``) and the lines it runs on to, joined without a break:
    a Chinese paragraph wraps anywhere, even inside a name (邵 / 雪秀).  A continuation
    starts no further right than ``line`` and is no next row of a form (a label there) —
    unless ``rows`` is False: a list of people by unit may wrap inside a unit's name, 重庆理 |
    工大学：…, which looks like a label."""
    current = line
    for _ in range(limit):
        if value.rstrip().endswith(("。", ".")):
            break
        nxt = line_below(text, current, max_gap=1.2)
        if nxt is None or not similar_height(nxt, line, 0.3) or box(nxt)[0] > box(line)[0] + line.line.height \
                or rows and (starts_form_row(text, nxt) or _spaced_label(text, nxt)):
            break
        value, current = value.rstrip() + nxt.text.strip(), nxt
    return value.strip().rstrip("。.")


AFTER_LABEL = re.compile(r"^(?:[(（][^)）]{0,12}[)）])?[:：]")  # 主要编写人员（排名不分先后）：


# A unit's name: up to one of these words, at its end (重庆巴渝精工机械股份有限公司, 国网重庆市电力公司).
_UNIT_END = re.compile(r"(?:公司|集团|大学|学院|研究院|研究所|设计院|中心|总队|支队|局|协会|学会|联盟|联合会|医院|学校|厂)")


def people_by_unit(value: str) -> list[str] | None:
    """The people of a list printed unit by unit, in the order printed: each unit then its
    names after a colon (重庆大学：顾超、姜颖；…), glued on (重庆邮电大学胡少卿、姜斌；…) or in
    brackets (重庆长江电气自动化有限公司（武景行、令狐辉）、重庆大学（皇甫海燕）…).  Every group a
    unit and names after known surnames, or None.

    >>> people_by_unit("重庆大学：顾超、姜颖；重庆锐擎智能装备有限公司：钟安琪、龚诗涵")
    ['顾超', '姜颖', '钟安琪', '龚诗涵']
    >>> people_by_unit("重庆邮电大学胡少卿、姜斌、尉迟婷；中国科学院重庆绿色智能技术研究院公孙丽华、林浩")
    ['胡少卿', '姜斌', '尉迟婷', '公孙丽华', '林浩']
    >>> people_by_unit("重庆长江电气自动化有限公司（武景行、令狐辉）、重庆市消防救援总队（傅雪松）、国网重庆市电力公司（梁国庆）")
    ['武景行', '令狐辉', '傅雪松', '梁国庆']
    >>> people_by_unit("顾超、姜颖、蔡思远") is None, people_by_unit("重庆大学：顾超；审查人：张伟") is None
    (True, True)
    """
    value = "".join(value.split()).split("。")[0].rstrip(".")
    if not value or not _UNIT_END.search(value):
        return None
    bracketed = list(re.finditer(r"([^（()）、，,；;]{4,40}?)[（(]([^（()）]+)[)）]", value))
    if bracketed and re.fullmatch(r"(?:[^（()）、，,；;]{4,40}?[（(][^（()）]+[)）][、，,；;]?)+", value):
        names: list[str] = []
        for m in bracketed:
            people = plain_names(m.group(2))
            if not _UNIT_END.search(m.group(1)[-4:]) or not people:
                return None
            names += people
        return names
    names = []
    for group in filter(None, re.split(r"[；;]", value)):
        people = None
        for end in _UNIT_END.finditer(group):
            unit, rest = group[:end.end()], group[end.end():].lstrip(":：")
            people = plain_names(rest) if len(unit) >= 4 and rest else None
            if people and all(has_surname(p) for p in people):
                break
            people = None
        if not people:
            return None
        names += people
    return names or None


def labelled_people(text: DocText, labels: list[str], accept=None) -> tuple[list[str], TextLine] | None:
    """The people after a label that a colon ends (``编写人员：`` but not ``作者简介``,
    nor ``技术报告）`` read as a damaged 报告人), in the form's cell to its right when
    nothing follows on its line, continued on the lines of the same paragraph; only after
    the labels ``accept(hit)`` takes, when given (a side's: 乙方参与人员, not 甲方's)."""
    for hit in text.find_label(labels):
        if accept is not None and not accept(hit):
            continue
        after = AFTER_LABEL.match(hit.line.compact[hit.end:])
        # (a form's cell, colon or not; or a heading of an annex: 附：项目主要参加人员)
        alone = hit.line.compact.strip(SEPARATORS) == hit.label or bool(
            re.fullmatch(r"附(?:件)?\d*[:：]?", hit.line.compact[:hit.start]) and not hit.line.compact[hit.end:].strip(SEPARATORS))
        if not after and not alone:
            continue
        value, anchor = text_after(hit.line, hit.end + (after.end() if after else 0)), hit.line
        if not value.strip():
            cell = right_of(text, hit.line, slack=0.5 * hit.line.line.height)
            if cell is not None and not LABEL_START.match(cell.compact):
                value, anchor = cell.text, cell
        below = next_line(text, anchor) if not value.strip() else None
        if below is not None and re.match(r"(?:序\s*号|姓\s*名)$", below.compact):
            continue  # a table's header (姓名 | 职称 | 分工): its column, not a paragraph, is read
        column = numbered_column(text, *((below, below.text) if below is not None else (anchor, value)))
        if column is not None:  # 1.欧阳晓峰 / 2.李娟 / …: its numbers, not a paragraph, order it
            if column:
                return column, anchor
            continue
        # (the paragraph may run on into a line that is no part of it, the issuer under the list
        # at the margin: the line's own list, whole, is the list then)
        names = names_of(paragraph(text, anchor, value)) or names_of(value) or names_of(TITLED.sub("", value)) \
            or titled_names(value)  # (唐敏 高级工程师、潘伟 工程师、沈洁 助理工程师, probe CL T9-8)
        if names:
            return names, anchor
    return None


# A title in brackets after a name (慕容书瑶（正高）, 邓景行(高工), 丁思远（副教授）).
TITLED = re.compile(r"[（(](?:正高级?|副高级?|高工|高级|中级|初级|助工|正高级工程师|高级工程师|工程师|助理工程师|技术员|"
                     r"教授|副教授|讲师|研究员|副研究员|助理研究员|高级技师|技师|经济师|高级经济师)[)）]")


# --------------------------------------------------------------------------- wrapped lists, glued labels, sentences

_LIST_END = "、;；,，"
# Where OCR parts one printed line at a gap, the boxes of its pieces may overlap by over half a
# letter (课题组成员: 1.陶宁琪 2.向宁安 | 3.冉倩飞 4.林志兴, 23 pixels of 43, probe CO P08).
PIECE_OVERLAP = 0.6


def wrapped_list(text: DocText, line: TextLine, value: str, fits=None, cut=None, limit: int = 8,
                 table: bool = False) -> str:
    """``value`` (a list begun on ``line``) and the lines it wraps onto: fifteen inventors
    run over four lines, under the value or back at the margin.  A line continues the list
    when it stands close under the last one, in letters of the same size, with nothing to
    its left and no label on its row (the next row of a form has its label there, or a
    label OCR cut in two: ``专`` | ``利号：…``), and ``fits`` (by default: it is names only,
    no number or date).  A name the wrap cut in two (``…;司马`` / ``俊峰;…``) is joined
    again (``cut`` says where a wrap cut a value, by default ``cut_name``);
    otherwise the lines are joined by a line break, which separates names.  A list set in
    open leading may stand up to two line heights under, only indented under its first
    name (its label to the left) and each further line flush with the one above; a
    paragraph's short last line back at the margin is ``short_tail_below``.  In a ``table``
    the other columns' cells wrap beside it: only a label on the row ends the list."""
    fits, cut = fits or (lambda piece, glued: names_line(piece, glued, marks=True)), cut or cut_name
    current, joined = line, value
    # The list's own label, to the left of its first line: OCR may set it between two rows of
    # the list (著作权人： level with the gap between a company and the name under it).
    own_label = {l.index for l in row_of(text, line) if box(l)[2] <= box(line)[0] + 2}
    for _ in range(limit):
        if joined.rstrip().endswith("。"):  # the list's full stop: what follows is the text
            break
        end = current
        while not table:  # OCR parts one printed line at a wide gap: its pieces stand side by side
            beside = right_of(text, end, slack=PIECE_OVERLAP * end.line.height)
            if beside is None or box(beside)[0] - box(end)[2] > 4 * end.line.height \
                    or LABEL_START.match(beside.compact) or not fits(beside.text, cut(joined, beside.text)):
                break
            glued = cut(joined, beside.text)
            joined, end = joined.rstrip() + ("" if glued else "\n") + beside.text.strip(), beside
        nxt = line_below(text, current, max_gap=1.5) or (short_tail_below(text, current) if current is line else None)
        # (a text layer's separator set apart at the page's foot, …林则徐 | 、: the list's, and it runs on)
        stray = nxt if nxt is not None else text.lines[current.index + 1] if current.index + 1 < len(text.lines) else None
        if stray is not None and stray.page == current.page and re.fullmatch(r"[、，,;；]", stray.compact):
            joined, nxt = joined.rstrip() + stray.compact, None
        if nxt is None and _UNFINISHED.search(joined):
            # (a list that ends its page on its separator goes on at the top of the next: 孙立军、韩雪、 | 欧阳明、宋佳。)
            # (past the next page's running head, a code or a number with no Chinese: NB/T 10071—2018)
            # (a scan's margin sets the head lower: up to a quarter of the page)
            following = [l for l in text.lines if l.page == current.page + 1
                         and not (l.top <= 0.25 and not HAS_CJK.search(l.text))]
            if following and following[0].top <= 0.25 and fits(following[0].text, cut(joined, following[0].text)):
                joined, current = joined.rstrip() + following[0].text.strip(), following[0]
                continue
        if nxt is not None and _ID_LINE.match(nxt.compact):
            # a holder's identifier on a line of its own under him, in smaller print (统一社会信用代码：…),
            # the list going on under it with the next holder
            after = line_below(text, nxt, max_gap=2.5)
            if after is not None and not _ID_LINE.match(after.compact) and fits(after.text, False):
                current, nxt = nxt, after
        if nxt is None:  # a list set in open leading, wrapped under its first name, its label to the left
            under = line_below(text, current, max_gap=2.0)
            h = line.line.height
            if under is not None and box(under)[0] >= box(line)[0] + 2 * h \
                    and (current is line or abs(box(under)[0] - box(current)[0]) <= h):
                nxt = under
            elif under is not None and not own_label and "".join(value.split()) == line.compact \
                    and abs(box(under)[0] - box(current)[0]) <= h:
                # (a list under its caption, alone on its lines, in a form's tall rows: 参研人员 over
                # 沈新浩 孔诚岩 … | 谢 毅 周华婉 … | 雷 兴 方 华, each row flush with the one above)
                nxt = under
        # (left of it only what stands within a dozen letters: a spread's other page is no label)
        if nxt is None or not similar_height(nxt, current, 0.5) or LABEL_START.match(nxt.compact) or _spaced_label(text, nxt) \
                or any((box(l)[2] <= box(nxt)[0] + 2 and box(nxt)[0] - box(l)[2] < 12 * nxt.line.height
                        and not table and l.index not in own_label)
                       or LABEL_START.match(l.compact) and l.index not in own_label for l in row_of(text, nxt)):
            break
        closing = re.match(r"\s*[^（()）\s]{0,8}[)）]", nxt.text) if re.search(r"[（(][^（()）]*$", joined) else None
        if closing is not None:
            # a note in brackets the wrap cut (3.张伟(技术负责人 | )、4.刘洋、5.陈静): its end, then the list
            rest = nxt.text[closing.end():].strip()
            # (the list numbered as it began: 4.刘洋 is its next entry, no numbered line of its own)
            piece = re.sub(r"(?:^|(?<=[、，,;；]))\s*\d{1,2}[.．]", "", rest.lstrip("、，,;； ")) \
                if re.search(r"(?:^|[、，,;；])\s*\d{1,2}[.．]", joined) else rest.lstrip("、，,;； ")
            if not piece or fits(piece, False):
                joined, current = joined.rstrip() + closing.group(0).strip() + rest, nxt
                continue
        glued = cut(joined, nxt.text)
        noted = re.sub(r"\s*[（(][^（()）]{1,24}[)）]", "", nxt.text)
        # (its last name may run on to the next line, 顾 | 丽: judged without it)
        bare = re.sub(r"(?<=[、，,;；])\s*[\u4e00-\u9fff]$", "", noted.strip(" 、，,;；")).strip(" 、，,;；")
        if noted != nxt.text and not fits(nxt.text, glued) and bare.strip("。.") and fits(bare, cut(joined, bare)):
            # (notes in brackets among the names: …米热阿依·吾守尔 | （2023年3月增补）、令狐晓东、宇文红梅
            # （已退休）…; 程梓萱，万俟超（项目负责人：令狐建华）。): the names, the notes left out
            piece = noted.strip()
            joined, current = joined.rstrip() + ("" if cut(joined, piece.strip("、，,;； ")) else "\n") + piece, nxt
            continue
        if not fits(nxt.text, glued):
            # a list ending inside a paragraph's line (…、孟 | 莉、白颖、严成林。本文件为首次发布。):
            # its part up to the full stop, and no further
            head, stop, _ = nxt.text.partition("。")
            if stop and head.strip() and fits(head + stop, cut(joined, head)):
                joined = joined.rstrip() + ("" if cut(joined, head) else "\n") + head.strip() + stop
            break
        joined, current = joined.rstrip() + ("" if glued else "\n") + nxt.text.strip(), nxt
    return joined


def _spaced_label(text: DocText, line: TextLine) -> bool:
    """``line`` is the first letter of a label set letter-spaced, OCR's box for it apart from the
    rest (审 | 校：熊泽宇, 编 | 委（按姓氏笔画排序）：…): no name to glue to the list above it."""
    if not re.fullmatch(f"[{CJK}]", line.compact):
        return False
    beside = right_of(text, line, slack=PIECE_OVERLAP * line.line.height)
    return beside is not None and bool(re.match(f"[{CJK}]{{1,6}}(?:[（(][^）)]{{0,12}}[)）])?[:：]", beside.compact))


_ID_LINE = re.compile(r"^(?:统一社会信用代码|社会信用代码|信用代码|组织机构代码|身份证号(?:码)?)[:：]?[0-9A-Z*＊\s]{6,}$"
                      # (its label OCR damaged, 统 社.3 日代6):912.4596MARB1MD22: a word of it, a colon, a code
                      r"|^[^:：]{0,4}[统信代][^:：]{0,8}[:：]\s*[0-9A-Z][0-9A-Z.\s]{14,21}$")


def names_line(piece: str, glued: bool, *, marks: bool = False, stop: re.Pattern | None = None) -> bool:
    """Whether ``piece``, a line under a list of people, goes on with the list: names between
    separators and nothing else (``wrapped_list``'s ``fits``, the one test every reader of a
    wrapped list of people shares).  A figure, a colon, a full stop inside the line, a
    numbered section (三、验收意见), a sentence's word (经审核, 同意) or a document's word
    (特此证明, 主要完成人员) ends the list; so does a word of the reader's own (``stop``: an
    award's 排序).  ``marks`` (a byline's or a certificate's inventors): a lone figure after a
    name is an author's affiliation mark, not a number (``王芳1,2``), and a colon between two
    names is OCR's reading of a semicolon (``刘子凡:丛凯伦``).  Its first part may be the rest
    of a name the wrap cut (``glued``).  A line that ends on a full stop is the list's last.

    >>> names_line("欧阳晓峰、李娟、阿依古丽·买买提", False), names_line("王五。", False)
    (True, True)
    >>> names_line("经审核，准予结题。", False), names_line("三、验收意见", False), names_line("2021年5月", False)
    (False, False, False)
    >>> names_line("峰、李娟", True), names_line("峰、李娟", False), names_line("王芳1,2", False, marks=True)
    (True, False, True)
    >>> names_line("王威龙;刘子凡:丛凯伦", False, marks=True), names_line("王威龙;刘子凡:丛凯伦", False)
    (True, False)
    >>> names_line("5.许靖 6.费祎 7.董允", False), names_line("1.项目概况 2.验收意见", False)
    (True, False)
    >>> names_line("刚 8.韩瑞 9.贾正阳", True), names_line("刚 8.韩瑞 9.贾正阳", False), names_line("7.钟浩", False)
    (True, False, True)
    """
    # (a note on the order closing the list is no piece of it: …、充国（以上排名分先后）)
    piece = re.sub(r"[（(][^（()）]*(?:排名|排序|先后|顺序)[^（()）]*[)）]\s*[。.]?\s*$", "", piece)
    compact = "".join(piece.split())
    # (the rest of a name the wrap cut, then the list's numbers again: …7.李 | 刚 8.韩瑞 9.贾正阳, probe CO A05)
    run = re.sub(r"^[\u4e00-\u9fff·]{1,3}\s*(?=\d)", "", piece.strip()) if glued else piece.strip()
    entries = _NUMBERED_RUN.fullmatch(run) and _NUMBERED_ENTRY.findall(run)
    if entries:  # a numbered list wrapped (获奖者：1.赵云 2.黄月英 … | 5.许靖 6.费祎 7.董允)
        numbers = [int(n) for n, _ in entries]
        return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and all(_listed_name(n) for _, n in entries)
    colon = LABEL_START.match(compact) if marks else re.search("[:：]", compact)
    # (a unit in brackets after the last name, cut by the wrap: …、慕容凯（克拉玛依金佛新能源科技)
    parts = split_people(strip_stamps(re.sub(r"[（(][^（()）]*$", "", piece)))
    # (a sentence's word inside a name after a common surname is the name's: 牟其中, probe DW D04)
    worded = [m.group() for m in SENTENCE_WORDS.finditer(compact)]
    named = worded and all(any(w in p and has_surname(p) and len(p) <= 4 for p in parts or []) for w in worded)
    if re.search(r"\d\s*\d" if marks else r"\d", compact) or colon or "。" in compact[:-1] \
            or _ENUMERATED.match(compact) or worded and not named or (stop is not None and stop.search(compact)):
        return False
    return bool(parts) and all(_listed_name(p) or (k == 0 and glued) for k, p in enumerate(parts))


# Numbered names on a line, one after another (5.许靖 6.费祎 7.董允), or the last alone (7.钟浩).
_NUMBERED_ENTRY = re.compile(r"(\d{1,2})\s*[.．、)）]\s*([\u4e00-\u9fff·]{2,6})")
_NUMBERED_RUN = re.compile(r"(?:\d{1,2}\s*[.．、)）]\s*[\u4e00-\u9fff·]{2,6}\s*){1,}")


def _listed_name(name: str) -> bool:
    """A name as a wrapped list's next line gives it: no document word (特此证明 …), and four
    characters only after a common surname (特发此证 is four characters too)."""
    # (or a transliterated name, 阿依古丽·买买提, its parts joined by its dot)
    return is_name(name) and not _NOT_NAME_WORDS.search(name) and (len(name) < 4 or has_surname(name) or "·" in name)


def cut_name(before: str, after: str) -> bool:
    """Whether a wrap cut a name: the list's line ends without a separator on a piece and
    the next begins with one, and together they make one name (a piece of one character,
    or a compound surname left alone: ``司马`` / ``俊峰``).

    >>> cut_name("张伟;司马", "俊峰;李娜"), cut_name("张伟;李", "娜"), cut_name('张伟;李娜', '王磊')
    (True, True, False)
    >>> cut_name("程一文 韦 佳", "秦敏娜"), cut_name("杨勇昊   段海雨", "谢 毅   周华婉")
    (False, False)
    >>> cut_name("周敏（高级工程师）、夏侯杰（高级", "工程师）、邓丽（工程师）")
    True
    >>> cut_name("慕容浩宏 努尔", "艾力·吐尔逊"), cut_name("慕容浩宏 张伟", "艾力·吐尔逊")
    (True, False)
    >>> cut_name("何晓敏;许磊;古丽", "娜尔·艾买提;独孤梓萱"), cut_name("何晓敏;许磊;古丽;", "娜尔·艾买提")
    (True, False)
    """
    before, after = before.rstrip(), after.strip()
    if not before or before[-1] in _LIST_END + SEPARATORS:
        return False
    last = re.split(r"[、;；,，]", before)[-1]
    if last.count("（") + last.count("(") > last.count("）") + last.count(")") and re.match(r"[^（()）]{1,40}[)）]", after):
        return True  # a wrap inside a name's bracket: 夏侯杰（高级 | 工程师）、邓丽…
    tail, head = re.search(f"[{CJK}]+$", before), re.match(f"[{CJK}]+", after)
    if not tail or not head:
        return False
    t, h = tail.group(), head.group()
    first = re.split(r"[、;；,，\s]", after)[0]
    if "·" in first and "·" not in first[:len(h)] and len(t) <= 4 and not has_surname(t):
        return True  # a transliterated name cut before its dotted part: 努尔 | 艾力·吐尔逊
    if "·" in first and "·" not in first[:len(h)] and re.search(r"[、;；,，]", before) and 4 <= len(t + h) <= 6 \
            and is_name(t + first):
        return True  # …;买买提江·托合提;古丽 | 娜尔·艾买提: a list parted by separators, its line ending on none
    if len(t) == 1 and re.search(f"(?:^|\\s)[{CJK}]\\s+[{CJK}]$", before):
        return False  # a two-character name printed letter-spaced ends the line: 韦 佳
    if len(h) == 1 and re.match(f"[{CJK}] [{CJK}](?:\\s|$)", after):
        return False  # or begins the next: 段海雨 | 谢 毅   周华婉 (a grid's rows, probe CJ P05)
    return len(t + h) <= 4 and (len(t) == 1 or len(h) == 1 or t in COMPOUND_SURNAMES)


def listed_people(text: DocText, labels: list[str], skip_prefixes: tuple[str, ...] = ()):
    """The people a label heads, in order, and the line they start on: after the label on
    its line (separated, spaced, glued or damaged: ``发明入：``), else in the cell to its
    right, continued over the lines the list wraps onto (``wrapped_list``).  A label and
    its OCR damage are never among them (``is_name``)."""
    hits = sorted(text.find_label(labels), key=lambda h: (not DocText._separated(h), not h.exact, h.line.index))
    for hit in hits:
        if any(hit.line.compact[:hit.start].endswith(p) for p in skip_prefixes):
            continue
        rows = numbered_rows(text, hit.line)  # 序号 发明人 序号 发明人 over 1 邱 明 4 税小红 …
        if rows:
            return rows, hit.line
        # A colon after the label's first one is OCR's reading of a semicolon (贾隽峰:高宏伟).
        value = text_after(hit.line, hit.end).strip().lstrip(SEPARATORS + " ").replace(":", ";").replace("：", ";")
        # (a register's caption naming both roles, 发明人/设计人: the second is no value)
        value = re.sub(r"^[/／、]\s*(?:" + "|".join(map(re.escape, labels)) + r")\s*[;:：]?\s*", "", value)
        anchor = hit.line
        if not value:
            cell = right_of(text, hit.line, slack=0.5 * hit.line.line.height)
            if cell is None and hit.start == 0:
                # (a register's caption alone on its line, the names under it: 发明人/设计人 |
                # 上官明哲;皮丽华;符家豪;喻晴, cpquery's 著录项目, probe DG S03)
                cell = value_below(text, hit.line)
            if cell is None or LABEL_START.match(cell.compact):
                continue
            value, anchor = cell.text, cell
        else:
            # the row's boxes right of it: OCR parts a long list at a wide gap (…慕容晨娜 | 蔡娜辉 朱梅涛 慕)
            # (the two boxes may overlap a little: each reaches into the gap)
            x0, _, x1, _ = box(hit.line)
            beside = sorted((l for l in row_of(text, hit.line) if box(l)[0] > (x0 + x1) / 2
                             and box(l)[2] > x1 + hit.line.line.height
                             and not LABEL_START.match(l.compact) and not find_dates(l.compact)),
                            key=lambda l: box(l)[0])
            # (names only, each after a surname; the last may be a name the wrap cut: 慕 | 容阳)
            pieces = [p for l in beside for p in (split_people(l.text) or [""])]
            if beside and pieces and all(has_surname(p) for p in pieces[:-1]) \
                    and (has_surname(pieces[-1]) or len(pieces[-1]) == 1 and (
                        has_surname(pieces[-1] + "某") or any(c.startswith(pieces[-1]) for c in COMPOUND_SURNAMES))):
                value = value + " " + " ".join(l.text for l in beside)
        # 发明人：1邹亮 2夏侯俊坤 / 3冉秋菊 4韩川俊: a grid numbered across its rows
        grid = numbered_block(text, anchor)
        if grid:
            return grid, anchor
        # 发明人：1. 慕容洋洋 | 2. 孟桂静 | …: one to a line under the first, numbered (all or none)
        column = numbered_column(text, anchor, value)
        if column is not None:
            if column and len(column) > 1:
                return column, anchor
            if not column:
                continue
        names = ranked_names(wrapped_list(text, anchor, value))
        if names:
            return names, anchor
    return None


def ranked_names(value: str) -> list[str] | None:
    """The names of a list whose order gives ranks: two names OCR glued (贾雨徐松) parted
    (``_two_names``), stray pieces at either end dropped (a seal's stroke, a label's
    damage), and nothing when a piece inside the list is no name (``文芳;渗;商艳刚``: a name
    lost there would shift every rank after it), nor a surname left alone (``何蓉宇;上官``)."""
    if _UNFINISHED.search(value):
        return None
    parts = [part for name in split_people(value) for part in _two_names(name)]
    while parts and not is_name(parts[0]):
        parts.pop(0)
    while parts and not is_name(parts[-1]):
        parts.pop()
    # A compound surname alone (上官) is a name that lost its given name to a wrap or a box's edge, not a
    # person; between two of the list's separators it is a whole name (谷梁 of surname 谷, probe EA s01).
    return parts if parts and all(is_name(p) and (p not in COMPOUND_SURNAMES or _set_apart(value, p))
                                  for p in parts) else None


def _set_apart(value: str, name: str) -> bool:
    """``name`` stands between two of the list's separators (…;谷梁;…): a whole name, which a wrap
    or a box's edge (…;上官 | 华桂…) does not leave behind it.

    >>> _set_apart("濮阳宏;谷梁;甘露", "谷梁"), _set_apart("何蓉宇;上官 皇甫远", "上官"), _set_apart("何蓉宇;上官", "上官")
    (True, False, False)
    """
    return re.search(rf"[;,、；，]\s*{re.escape(name)}\s*[;,、；，]", value) is not None


_PIECES = re.compile(r"[;,、|/\n\r；，]+")
_NOTE = re.compile(r"[（(][^）)]*[）)]")
_BLOT = re.compile(r"[^\w\s·•・‧:：*†‡#※△▲☆★.'\-]")  # no letter of a name, nor a mark beside one


def whole_list(value: str) -> bool:
    """Whether every piece of a list (between its separators) reads as somebody: a piece that
    ``split_people`` drops without a word (a seal's blot ``▇▇``, a mark) would shift every
    rank after it.  A note in brackets (``（排名不分先后）``) is no piece.

    >>> whole_list('张伟、李娜；王磊'), whole_list('张伟、▇▇、王磊'), whole_list('张伟 ▇▇ 王磊')
    (True, False, False)
    >>> whole_list('张伟（重庆大学）、王磊'), whole_list('张伟；李娜；柏 松。')  # the sentence's full stop ends it
    (True, True)
    >>> whole_list('司徒雷（重庆交通大学，第一章、第五章）')
    True
    """
    value = re.sub(r"[。.]\s*$", "", value)
    # (a note is taken out before the list is cut: it may hold commas of its own,
    # 司徒雷（重庆交通大学，第一章、第五章）)
    pieces = _PIECES.split(_NOTE.sub("", value))
    pieces = [p for p in pieces if p.strip()]
    return bool(pieces) and all(split_people(p) and not _BLOT.search(p) for p in pieces)


# A cell that is a unit's name (重庆数字经济研究院, 区经济信息委): a person's unit beside him.
_UNIT_CELL = re.compile(r"(?:大学|学院|学校|公司|集团|研究院|研究所|设计院|研究中心|中心|委员会|经济信息委|医院|协会|学会)$")


# A cell holding only a title or a degree's stage (教授, 高级工程师, 博士研究生): what stands beside a
# name in a grid of name | title pairs.
_TITLE_CELL = re.compile(rf"{TITLE_WORD}(?:研究生)?")


def _without_units(row: list[TextLine]) -> list[TextLine]:
    """A grid row of people each followed by his unit or his title (贝嘉怡 | 重庆数字经济研究院 |
    缪子康 | 西南大学; 喻思聪 | 教授 | 郁可欣 | 副教授, probe ED p05): its people.  Any other row as it is."""
    units = [bool(_UNIT_CELL.search(strip_stamps(c.compact)) or _TITLE_CELL.fullmatch(strip_stamps(c.compact)))
             for c in row]
    if len(row) >= 2 and any(units) and all(u == (i % 2 == 1) for i, u in enumerate(units)):
        return [c for c, u in zip(row, units) if not u]
    return row


def name_grid(text: DocText, label: TextLine) -> list[str] | None:
    """The people of a list printed as a grid, one name to a cell, beside its label or under
    it (``主要完成人`` | 张伟 | 李娜 | 王磊 over | 刘洋 | 陈静 | …), row by row and left to
    right, as a reader counts places.  Each cell is one name after a common surname (OCR's
    spaces inside it forgiven); the grid ends at a row that holds no name or does not stand
    in its columns (特发此证, the issuer, the date).  ``None`` for fewer than two columns (a
    list, not a grid), or when a row mixes names and other words (a name unread there
    would shift every place after it)."""
    height = max(label.line.height, 1)
    row = [l for l in row_of(text, label) if box(l)[0] >= box(label)[2] - 2]
    if not row and (tilted := _tilted_grid(text, label)):
        return tilted
    if not row:
        # (under it; a form's tall row may set the grid three lines below its caption, probe CL N3-6)
        below = next_line(text, label, 3.0)
        row = sorted([below] + row_of(text, below), key=lambda l: box(l)[0]) if below is not None else []
    if len(row) < 2:
        return None
    spans = [(box(c)[0] - height, box(c)[2] + height) for c in row]

    def in_columns(line: TextLine) -> bool:
        centre = (box(line)[0] + box(line)[2]) / 2
        return any(x0 <= centre <= x1 for x0, x1 in spans)

    def numbered(cell: TextLine) -> tuple[int | None, str]:  # 1. 夏雨 | 2. 刘 洋: a cell's number, and the rest
        match = _NUMBERED_NAME.match(cell.text.strip())
        return (_list_number(match), cell.text.strip()[match.start("name"):]) if match else (None, cell.text)

    names: list[str] = []
    numbers: list[int | None] = []
    taken = {label.index}
    people = _without_units(row)
    paired = 2 <= len(people) < len(row)  # two people a row at least, each beside his unit
    columns, short = len(people) if paired else len(row), False
    while row:
        if names and any(LABEL_START.match(c.compact) for c in row):
            break  # the form's next label under the grid (项目负责人：沈宇航) ends it
        taken |= {l.index for l in row}
        row = _without_units(row) if paired else row
        cells = [numbered(c) for c in row]
        found = [split_people(t) for _, t in cells]
        # (under a label of people, a rarer surname is a name too: 贝嘉怡 | 缪子康)
        # (and a transliterated name, 阿依古丽·买买提, which has no surname at all)
        good = [len(p) == 1 and _listed_name(p[0]) and (labelled_surname(p[0]) or "·" in p[0]) for p in found]
        if not all(good):
            if any(good):
                return None
            break
        if short or len(row) > columns:
            # a row short of the grid's columns before another row of names: a page read
            # aslant, its rows cut apart (or a name unread), and every place after it in doubt
            return None
        short = len(row) < columns
        names += [p[0] for p in found]
        numbers += [n for n, _ in cells]
        bottom = max(box(l)[3] for l in row)
        below = sorted((l for l in text.lines if l.page == label.page and l.index not in taken
                        and box(l)[1] >= bottom - height / 2), key=lambda l: box(l)[1])
        if not below or box(below[0])[1] - bottom > 1.5 * height:
            break
        row = sorted((l for l in below if same_row(l, below[0])), key=lambda l: box(l)[0])
        if not all(in_columns(l) for l in row):
            break
    # A name left between the grid's rows (a column read aslant, lower than its row) makes
    # the order unknown: no list rather than one missing names.
    top, bottom = box(label)[1], max(box(text.lines[i])[3] for i in taken)
    between = [split_people(l.text) for l in text.lines
               if l.page == label.page and l.index not in taken and top < box(l)[1] < bottom]
    if any(len(p) == 1 and _listed_name(p[0]) and labelled_surname(p[0]) for p in between):
        return None
    if any(n is not None for n in numbers):
        # numbered cells: the numbers give the order, down the columns or along the rows
        if None in numbers or sorted(numbers) != list(range(1, len(numbers) + 1)):
            return None
        names = [name for _, name in sorted(zip(numbers, names))]
    return names if len(names) >= 2 else None


def without_brackets(words: str) -> str:
    """``words`` with what stands in brackets taken out, one bracket inside another too (each
    name's unit, 林辉（重庆两江智造产业研究院（筹））、马雪松（…）).

    >>> without_brackets("林辉（重庆两江智造产业研究院（筹））、马雪松(重庆大学)")
    '林辉、马雪松'
    """
    for _ in range(2):  # (the inner brackets first)
        words = re.sub(r"[（(][^（()）]*[)）]", "", words)
    return words


def unit_like(words: str) -> bool:
    """``words`` end as a unit's name does (…股份有限公司, …研究院, …大学): a table's unit cell,
    a certificate made out to a company.

    >>> unit_like("重庆长江智能装备股份有限公司"), unit_like("张伟")
    (True, False)
    """
    return bool(_UNIT_CELL.search(words))


def _tilted_grid(text: DocText, label: TextLine) -> list[str] | None:
    """A grid of names under ``label`` on a page photographed aslant, its rows sloping across it
    (a phone's perspective the page's deskew leaves: 许德涛 | 邱欣峰 | 邱平丽 | 谢鹏志 郦 霞 rising 23 px
    over 650, probe DR T15 read one column of it): the name lines under it, grouped into rows by
    their slope, row by row and left to right.  ``None`` unless the rows slope and every row
    but the last holds as many names as the first."""
    height = max(label.line.height, 1)
    below = sorted((l for l in text.lines if l.page == label.page and l.index != label.index
                    and box(l)[1] >= box(label)[3] - height / 2), key=lambda l: box(l)[1])
    block: list[tuple[TextLine, list[str]]] = []
    bottom = box(label)[3]
    for line in below:
        if box(line)[1] - bottom > 1.5 * height:
            break
        people = split_people(line.text)
        if not people or not all(_listed_name(p) and labelled_surname(p) for p in people):
            break
        block.append((line, people))
        bottom = max(bottom, box(line)[3])
    if len(block) < 4:
        return None

    def centre(l: TextLine) -> tuple[float, float]:
        return (box(l)[0] + box(l)[2]) / 2, (box(l)[1] + box(l)[3]) / 2

    slopes = sorted((centre(b)[1] - centre(a)[1]) / (centre(b)[0] - centre(a)[0])
                    for a, _ in block for b, _ in block
                    if 0 <= box(b)[0] - box(a)[2] < 3 * height and abs(centre(b)[1] - centre(a)[1]) < 0.8 * height)
    if len(slopes) < 3:
        return None
    slope = slopes[len(slopes) // 2]
    if abs(slope) < 0.015:
        return None  # (rows level: the grid's own reading)
    def level(l: TextLine) -> float:  # (its height on the row's slope, as if the page lay level)
        return centre(l)[1] - slope * centre(l)[0]

    rows: list[list[tuple[TextLine, list[str]]]] = []
    for line, people in sorted(block, key=lambda lp: level(lp[0])):
        if rows and level(line) - level(rows[-1][-1][0]) <= 0.5 * height:
            rows[-1].append((line, people))
        else:
            rows.append([(line, people)])
    counts = [sum(len(p) for _, p in r) for r in rows]
    if len(rows) < 2 or any(c != counts[0] for c in counts[:-1]) or counts[-1] > counts[0]:
        return None
    return [name for r in rows for _, people in sorted(r, key=lambda lp: centre(lp[0])[0]) for name in people]


def spelled_label_value(text: DocText, labels: list[str]) -> tuple[str, TextLine] | None:
    """The first of ``spelled_label_values``: the value beside a label printed letter-spaced
    that OCR boxed letter by letter (``姓`` | ``名`` | ``朱立``)."""
    return next(spelled_label_values(text, labels), None)


def spelled_label_values(text: DocText, labels: list[str]):
    """The value beside a label printed letter-spaced that OCR boxed letter by letter
    (``姓`` | ``名`` | ``朱立``), read with a stray mark between its letters (``姓☑名：``),
    or wrapped in its narrow cell (``毕`` | ``(结)业日`` over ``期``, also at the end of a
    row OCR read as one box: ``_wrapped_tail_label``): the cell to the right of the
    label's last piece on its row, or the rest of the line.  Every such value in reading
    order, one a line (an invoice prints its buyer's ``名`` | ``称：`` block, then its
    seller's)."""
    for line in text.lines:
        head = line.compact.strip(SEPARATORS)
        for label in labels:
            tail = _wrapped_tail_label(text, line, label)
            if tail is not None:
                yield tail
                break
            spaced = re.match(r"[^\w]?".join(map(re.escape, label)) + r"[:：]?", line.compact)
            if spaced and spaced.end() < len(line.compact):  # 姓☑名：朱立
                yield text_after(line, spaced.end()).strip(" :：;；"), line
                break
            if spaced:
                head = label
            elif not (0 < len(head) < len(label) and label.startswith(head)):
                continue
            spelled, last, pieces, value_glued = head, line, [line], None
            while len(spelled) < len(label):
                cell = right_of(text, last, slack=0.5 * line.line.height)
                piece = cell.compact.strip(SEPARATORS) if cell is not None else ""
                glued = re.match(re.escape(label[len(spelled):]) + r"\s*[:：]\s*(\S.*)$", cell.text.strip()) \
                    if cell is not None else None
                if glued:  # 著 | 者：宋安 严薇家: the label's rest glued to its value
                    spelled, last, value_glued = label, cell, glued.group(1)
                    break
                if not piece or not label[len(spelled):].startswith(piece):
                    break
                spelled, last = spelled + piece, cell
                pieces.append(cell)
            if 2 <= len(spelled) == len(label) - 1:  # the last letter wrapped under the others
                under = [b for p in pieces if (b := line_below(text, p)) is not None]
                if any(b.compact.strip(SEPARATORS) == label[-1] for b in under):
                    spelled = label
            if value_glued is not None:
                yield value_glued.strip(" :：;；"), last
                break
            # (the label's box may run over its value's: 名: | 余永鹏, a colon's box drawn wide)
            value = right_of(text, last, slack=line.line.height) if spelled == label else None
            if value is not None and not LABEL_START.match(value.compact) and not is_caption_of(value, labels):
                yield value.text.strip(" :：;；"), value
                break


def _wrapped_tail_label(text: DocText, line: TextLine, label: str) -> tuple[str, TextLine] | None:
    """A row OCR read as one box whose last cell is a label wrapped in its narrow cell
    (``入学日期 2012年09月01日 毕(结)业日`` over ``期``): the label's last letter alone
    under the row's end, the value the next box to the right.  The cut label must stand
    as its own word (after a space) and be at least three letters long."""
    cut = label[:-1]
    words = line.text.split()
    if len(cut) < 3 or len(words) < 2 or words[-1].strip(SEPARATORS) != cut:
        return None
    x0, _, x1, _ = box(line)
    start = x1 - (x1 - x0) * len(cut) / max(len(line.compact), 1)  # where the cut label starts
    under = line_below(text, line)
    if under is None or under.compact.strip(SEPARATORS) != label[-1] or box(under)[0] < start - line.line.height:
        return None
    value = right_of(text, line, slack=0.5 * line.line.height)
    if value is None or LABEL_START.match(value.compact) or is_caption_of(value, [label]):
        return None
    return value.text.strip(" :：;；"), value


# A sign-off's role, a form's caption: a row's first cell, never the end of the name above it.
_SIGN_OFF_WORD = re.compile(r"审核|审定|审批|批准|校对|校核|编制|编写|主编|签字|签名|日期|备注|负责")


def dotted_tail_below(text: DocText, line: TextLine) -> TextLine | None:
    """The one or two letters a narrow cell wrapped a dotted name's end onto, alone under the
    end of ``line`` (编   制 热合曼·吐尔 | 逊, a text layer's table row): their line, else None.

    >>> from extractor.model import Line, Page, ReadResult
    >>> rows = [("编   制 热合曼·吐尔", (93, 355, 209, 372)), ("工程师   经济   第9—11章", (243, 363, 425, 372)),
    ...         ("逊", (176, 370, 187, 380)), ("编   制   郭宏伟   高级工程师", (93, 394, 423, 404))]
    >>> doc = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer",
    ...     [Line(t, b) for t, b in rows])]))
    >>> dotted_tail_below(doc, doc.lines[0]).compact, dotted_tail_below(doc, doc.lines[3])
    ('逊', None)
    """
    if not re.search(r"·[\u4e00-\u9fff]{1,3}$", line.compact):
        return None
    x0, y0, x1, y1 = box(line)
    h = line.line.height
    tails = [l for l in text.lines if l.page == line.page and l is not line and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", l.compact)
             and not _SIGN_OFF_WORD.fullmatch(l.compact)  # (the sign-off's next row, 审 核, is no letter of a name)
             and y0 + 0.3 * h < box(l)[1] <= y1 + h and x0 <= (box(l)[0] + box(l)[2]) / 2 <= x1 + 0.5 * h
             # (under the name's end, or centred under a name alone in its cell: 艾尔肯·阿不 | 都)
             and (x0 + (x1 - x0) / 2 <= (box(l)[0] + box(l)[2]) / 2 or HAS_CJK.match(line.compact[:1]) and "·" in line.compact[:9])]
    return tails[0] if len(tails) == 1 else None


def wrapped_value(text: DocText, line: TextLine, value: str, complete) -> tuple[str, TextLine]:
    """``value`` read on ``line`` with the last letters its narrow cell wrapped onto the line
    under it, flush with its left edge or hung under the value (``…自适应控制监控平`` / ``台``):
    joined only when the value alone is not ``complete`` (a convention of the document kind: a
    software name ends in 软件, 系统, 平台 …) and the join is; anything else under it is left alone."""
    if complete(value):
        return value, line
    under = line_below(text, line)
    # (or centred on the value's underline, alone on its row: a cover's 项目名称：____…平衡与____ /
    # ____动态调度技术____, its underlines spaced wider than lines)
    # (a fill-in cover's rows stand two lines apart, its wrapped tail between them)
    centred = under or line_below(text, line, 2.0)
    centred = centred if centred is not None and not row_of(text, centred) \
        and value_left(line, value) <= (box(centred)[0] + box(centred)[2]) / 2 <= box(line)[2] else None
    under = under or centred
    piece = under.compact.strip(SEPARATORS) if under is not None else ""
    # (hung under the value, which may start up to four letters right of its estimate: the gap
    # after a label's colon is often a tab)
    flush = under is not None and (abs(box(under)[0] - box(line)[0]) <= line.line.height
                                   or -line.line.height <= box(under)[0] - value_left(line, value) <= 4 * line.line.height
                                   or under is centred)
    if (piece and len(piece) <= len(line.compact) and flush
            and not LABEL_START.match(under.compact) and complete(value + piece)):
        return value + piece, line
    return value, line


def _one_print(line: TextLine, other: TextLine) -> bool:
    """Two lines of a cell in print of one size: heights within 0.3 of ``other``'s; a short
    line's (three letters or fewer) within 0.4 of the taller, OCR boxing a short line taller
    than its letters (任鑫 51 px under a line of 34, probe DR A18)."""
    if min(len(line.compact), len(other.compact)) <= 3:
        return abs(line.line.height - other.line.height) <= 0.4 * max(line.line.height, other.line.height)
    return abs(line.line.height - other.line.height) <= 0.3 * other.line.height


def cell_top(text: DocText, cell: TextLine, label: TextLine, fits) -> TextLine:
    """The first line of the value cell ``cell`` belongs to: the lines directly above it
    that start where it starts, in print of its size, with nothing to their left but the
    label, each a piece of the value by ``fits(text)`` (a form centres a label on a value
    of several lines: 获奖项目 level with the second line of its title)."""
    top = cell
    while True:
        height = top.line.height
        above = [l for l in text.lines if l.page == cell.page and l is not label and l is not top
                 and -0.5 * height <= box(top)[1] - box(l)[3] <= 1.5 * height and box(l)[1] < box(top)[1] - 0.5 * height
                 and abs(box(l)[0] - box(top)[0]) <= 0.5 * height]
        # (the nearest: the row above's value may stand within reach too, a line and a half up)
        above.sort(key=lambda l: box(top)[1] - box(l)[3])
        if not above or len(above) > 1 and (box(top)[1] - box(above[1])[3]) - (box(top)[1] - box(above[0])[3]) < 0.5 * height:
            return top
        candidate = above[0]
        left = [l for l in row_of(text, candidate) if box(l)[2] <= box(candidate)[0] + 2 and l is not label]
        # (a short caption is another row's label; a name of two or three letters is as short)
        # (nor is a unit's: 重庆交通大学 among holders one a line)
        caption = is_caption(candidate) and not (has_surname(candidate.compact) and is_name(candidate.compact)) \
            and not _UNIT.search(candidate.compact)
        if left or LABEL_START.match(candidate.compact) or caption or not _one_print(candidate, top) \
                or not fits(candidate.text):
            return top
        top = candidate


# Words of a sentence that a list of names never holds (经审核，准予结题。).
SENTENCE_WORDS = re.compile("审核|审查|同意|准予|予以|认为|建议|经过|组织|鉴定|评审|结题|考核|指标|任务|合同|"
                             "验收|通过|按期|如下|具体|共计|以上|其中")


def cell_list(text: DocText, top: TextLine, label: TextLine, fits=None, cut=None, read=None) -> list[str] | None:
    """The names in a form's value cell beside ``label``, from its first line ``top`` down:
    lines starting where it starts, in print of its size, with nothing to their left but
    the label (or a piece of it, wrapped in its cell).  A line that is not names ends the
    cell; a name cut by the wrap is joined again.  All names or none.  (``fits``, ``cut`` and
    ``read`` read a cell of another kind: holders, people or units, one a line.)"""
    fits, cut, read = fits or names_line, cut or cut_name, read or plain_names
    joined, current = boxes_beside(text, top), top
    for _ in range(12):
        nxt = line_below(text, current, max_gap=1.5)
        # (a line opening on a bracket, (重庆理工大学);独孤浩…, sets its first glyph a little in)
        slack = (1.0 if nxt is not None and re.match(r"[（(]", nxt.compact) else 0.5) * top.line.height
        if nxt is None or abs(box(nxt)[0] - box(top)[0]) > slack or not _one_print(nxt, top):
            break
        left = [l for l in row_of(text, nxt) if box(l)[2] <= box(nxt)[0] + 2
                and not (l is label or (l.compact and l.compact in label.compact))]
        glued = cut(joined, nxt.text)
        if left or not fits(nxt.text, glued):
            break
        joined, current = joined.rstrip() + ("" if glued else "\n") + boxes_beside(text, nxt), nxt
    return read(joined)


def boxes_beside(text: DocText, line: TextLine) -> str:
    """A line and the boxes OCR parted it into at wide gaps (张伟 | 王芳 | 李娜), one row."""
    value, end = line.text.strip(), line
    while True:
        beside = right_of(text, end, slack=PIECE_OVERLAP * end.line.height)
        if beside is None or box(beside)[0] - box(end)[2] > 4 * end.line.height or LABEL_START.match(beside.compact):
            return value
        value, end = value + "\n" + beside.text.strip(), beside


def cell_continued(text: DocText, cell: TextLine, limit: int = 3, left: float | None = None,
                   value: str | None = None, stop: frozenset[str] = frozenset()) -> tuple[str, list[TextLine]]:
    """A form's value cell with the lines its value wrapped onto (…数控加工工艺优化 | 与在线检测
    技术): each next line under it, flush with its left edge, with nothing in the label
    column beside it, that is no label, date or sentence of its own.  The next form row
    has its caption at the left and ends it.

    >>> from tests.typed_certificates import _result, LEFT
    >>> doc = DocText(_result([("获奖项目：", LEFT), ("大型叶片数控加工工艺优化", 500)], ("与在线检测技术", 500),
    ...                       [("获奖等级：", LEFT), ("三等奖", 500)]))
    >>> cell_continued(doc, doc.lines[1])[0]
    '大型叶片数控加工工艺优化与在线检测技术'
    """
    lines, current = [cell], cell
    height = max(cell.line.height, 1)
    # A value after its label: where the value starts, estimated from the letters before it;
    # the gap after a label's colon is often printed wider than a space (a tab), so the value,
    # and the line it wraps onto, may stand up to a letter further right than the estimate.
    after_label = left is not None
    left = box(cell)[0] if left is None else left
    # (the value's own label, centred on the lines of a cell that wrapped: 获奖项目 level with the
    # gap between the first line and the second)
    own = {l.index for l in row_of(text, cell) if box(l)[2] <= box(cell)[0] + 2}
    # (a value after its label on a line that runs to the text's right edge may wrap back to the
    # margin, under the label: 获奖项目：面向…柔性装配线智能 | 管控平台研发及产业化)
    margin = after_label and _at_right_edge(text, cell)
    for _ in range(limit):
        # (a form's blanks printed as dotted leaders space its rows wider: 1.5 line heights)
        under = line_below(text, current, max_gap=1.5)
        if under is None and current is cell:
            # (a booklet's rows stand nearly two lines apart, its wrapped title's tail as far: taken
            # when nothing stands near it on its row, the facing page's text further off, probe DG D07)
            far = line_below(text, current, max_gap=2.0)
            reach = 3 * height
            if far is not None and not [l for l in row_of(text, far)
                                        if box(l)[0] < box(cell)[2] + reach and box(l)[2] > box(cell)[0] - reach]:
                under = far
        shift = box(under)[0] - left if under is not None else 0.0
        if margin and under is not None and abs(box(under)[0] - box(cell)[0]) <= 0.6 * height:
            # (never a sentence, nor a unit's or a person's name, set under it at the margin)
            # (nor a slogan set in two halves, 创新驱动发展 智造引领未来, probe CZ r3: a wrapped tail has no gap)
            if re.search(r"[,，、]", under.compact) or SENTENCE_WORDS.search(under.compact) \
                    or re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", under.text.strip()) \
                    or re.search(r"(?:公司|大学|学院|研究院|研究所|集团|厂|此证|证书)$", under.compact) or is_name(under.compact):
                break
            shift = 0.0
        # (OCR's box of a value may open on the colon's space, its next line's a little right)
        # (a text layer's cell gap after the label, 项目名称   面向…, is wider than the estimate's letters)
        if under is None or not (-0.6 * height <= shift <= (1.5 if after_label else 0.8) * height) \
                or LABEL_START.match(under.compact) \
                or any(_beside_left(l, under) and l.index not in own
                       and not any(box(l)[1] < box(v)[3] and box(v)[1] < box(l)[3] for v in lines)
                       for l in row_of(text, under)) \
                or standalone_date(under.compact) \
                or re.search(r"[。；;:：]", under.compact) or not similar_height(under, cell) \
                or is_label(under.compact) or is_label(under.text.split()[0]) \
                or any(is_label(w) for w in under.text.split()[1:]) \
                or any(under.compact.startswith(w) for w in stop):
            # (a caption inside the line: a row of cells, 项目经理 乔羽 验收日期 2023-12-26, not a wrap)
            break  # (a caption under its value: 获奖项目 | value over 奖励等级 | value)
        lines.append(under)
        current = under
    return (value if value is not None else cell.compact) + "".join(l.compact for l in lines[1:]), lines


def _at_right_edge(text: DocText, line: TextLine) -> bool:
    """``line`` runs to the right edge of its page's text, as a line a paragraph wrapped does:
    within a letter of the furthest right of the lines of its print near it, and not
    ending on a sentence's stop."""
    height = max(line.line.height, 1)
    rights = [box(l)[2] for l in text.lines if l.page == line.page and l is not line and similar_height(l, line, 0.25)
              and abs(box(l)[1] - box(line)[1]) <= 10 * height]  # (its paragraph's, not a date's far below)
    return len(rights) >= 3 and box(line)[2] >= max(rights) - height and not re.search(r"[。；;！!]$", line.compact)


def _beside_left(other: TextLine, line: TextLine) -> bool:
    """``other`` stands in the label column left of ``line`` on its row: words, not an
    ornament (※※※), and not across the fold of a spread (the other page's print)."""
    return box(other)[2] <= box(line)[0] + 2 and bool(re.search(r"[\w\u4e00-\u9fff]", other.compact)) \
        and box(line)[0] - box(other)[2] < 0.35 * (line.page_width or float("inf"))


def printed_name(text: DocText, line: TextLine, name: str) -> str | None:
    """How ``name``, read on ``line``, was printed when that differs from how it is read: in
    traditional characters (陳嘉欣, read 陈嘉欣 once the page is simplified), so that whoever
    compares it with a claim's name sees both.  None when it was printed as it is read."""
    raw = next((l for p in text.result.pages if p.number == line.page for l in p.lines if l.box == line.line.box), None)
    if raw is None or raw.text == line.text or name not in line.text:
        return None
    at = line.text.find(name)
    printed = raw.text[at:at + len(name)] if len(raw.text) == len(line.text) else None
    return printed if printed and printed != name else None


def value_left(line: TextLine, value: str, cell_gap: bool = False) -> float:
    """Where ``value``, the end of ``line``'s text, starts on the page: its share of the
    line's width, by the letters before it (a full-width letter twice a Latin one).  With
    ``cell_gap``, a form's text-layer row whose label and value stand in cells of their own
    (项目名称   基于…): the gap is wider than its spaces, and the value's own letters are
    measured back from the line's end instead, a full-width letter as wide as the line is
    high.  (Only where a wrapped tail is sought under a form's cell: an award's centred lines
    under its value would be taken for one.)"""
    def width(s: str) -> float:
        return sum(0.5 if c.isascii() else 1.0 for c in s)
    whole = width(line.text)
    before = width(line.text[:len(line.text) - len(value)]) if line.text.endswith(value) else None
    x0, y0, x1, y1 = box(line)
    share = x0 + (x1 - x0) * before / whole if before is not None and whole else x0
    if cell_gap and before is not None and re.search(r"\S\s{2,}$", line.text[:len(line.text) - len(value)]):
        return max(share, x1 - width(value) * (y1 - y0))
    return share


def is_caption_of(line: TextLine, labels: list[str]) -> bool:
    """``line`` is (a piece of) one of ``labels``, not a value."""
    piece = line.compact.strip(SEPARATORS)
    return any(piece and label.startswith(piece) for label in labels)


def glued_value(text: DocText, labels: list[str]) -> tuple[str, TextLine] | None:
    """The value of a label that opens a line and that OCR glued to it, the colon lost
    (``项目名称高性能镁合金…``, ``奖项名称重庆市技术发明奖``): the rest of the line.  The
    longest label is tried first (获奖人员程宁雨 is not 获奖人 and 员程宁雨)."""
    for line in text.lines:
        for label in sorted(labels, key=len, reverse=True):
            rest = line.compact[len(label):]
            if line.compact.startswith(label) and len(rest) >= 2 and rest[0] not in SEPARATORS \
                    and not _ENGLISH_CAPTION.fullmatch(rest):
                return text_after(line, len(label)).strip(), line
    return None


# What a fax machine or a browser prints in the margin: the sender and the page count
# (``2025-06-07 09:53 FROM:0236…  TO: P.1/1``), a URL; a clock time beside a date at the
# top or foot of the page (``2025/05/07 14:02``).  A 发布时间 with its time in the body stays.
_MARGIN_NOTE = re.compile(r"FR[O0]M\s*:|\bTO\s*:|P\.\s*\d+\s*/\s*\d+|https?://|www\.", re.I)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


# A date in figures alone (2024/3/15, 2023-01-03), as a computer's taskbar, a phone's status
# bar or a printer's footer shows it: a document prints its own date with 年月日 or dots.
_MACHINE_DATE = re.compile(r"(?:19|20)\d\d[/-]\d{1,2}[/-]\d{1,2}")


def margin_note(line: TextLine) -> bool:
    """A fax header or a browser's print margin, or a screenshot's taskbar clock: its date is
    when the copy was sent, printed or shot, never the document's."""
    outside = not 0.06 <= line.top <= 0.94
    return bool(_MARGIN_NOTE.search(line.text)) or outside and (
        bool(_CLOCK.search(line.text)) or bool(_MACHINE_DATE.fullmatch(line.compact)))


_OTHER_DATES = ("收稿日期", "申请日", "专利申请日", "开发完成日期", "首次发表日期")


def body_date(text: DocText, skip: tuple[str, ...] = _OTHER_DATES):
    """The date lowest on the last page that has one, margin notes (``margin_note``) and
    dates after the labels in ``skip`` (开发完成日期 …) left out: where a certificate or a
    letter puts its date when no line holds only a date (``base.last_date`` without the
    fax header's date)."""
    best = None
    for line in text.lines:
        if margin_note(line):
            continue
        for found in find_dates(line.text):
            if found.label in skip:
                continue
            key = (line.page, line.top)
            if best is None or key >= best[0]:
                best = (key, found.value, line)
    return (best[1], best[2]) if best else None


def comrade(text: DocText) -> tuple[str, TextLine] | None:
    """The person a certificate's sentence names with 同志: ``张三同志参与完成的…``,
    ``兹证明司马俊峰同志…``, ``经审核，欧阳晓红同志…``, ``推荐信冯晓东同志系…`` — the first
    whose name stands clear of the words before it (``people.sentence_person``).
    ``该同志``, ``全体同志`` name nobody, nor does ``了解该同志``.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def doc(t):
    ...     return DocText(ReadResult("t", "0" * 64, [Page(1, 1000, 1400, "ocr", [Line(t, (0, 0, 900, 30))])]))
    >>> comrade(doc("本人了解该同志的工作，同意推荐。")), comrade(doc("兹证明司马俊峰同志参与完成"))[0]
    (None, '司马俊峰')
    >>> comrade(doc("上官瑶(身份证号:500103********2417)同志在工业软件领域具有深厚积累"))[0]
    '上官瑶'
    """
    for page in sorted({l.page for l in text.lines}):
        joined, starts = running_text(text, page)
        for match in re.finditer("同志", joined):
            before = joined[max(0, match.start() - 40):match.start()]
            # (his ID in brackets between: 上官瑶（身份证号：500103********2417）同志)
            before = re.sub(r"[（(](?:身份证号?(?:码)?[:：]?)?[\dXx*＊]{15,18}[)）]$|[（(]身份证号?(?:码)?[:：][^（()）]{6,24}[)）]$",
                            "", before)
            name = sentence_person(before[-14:])
            if name and len(name) > 2 and name.endswith("等"):
                name = name[:-1]  # 张三等同志: the first of a list; 等 is no part of his name
            if name and name[-1] in "该此各":
                continue  # (本人了解该同志: 该 points back, and 解该 is nobody)
            if name and is_name(name):
                return name, line_at(starts, match.start() - len(name))
    # (a line opening on a name of a rarer surname set apart, 母旭东 同志经…评审通过, probe DP T11: a
    # name where a line starts, 同志 after it, is one whatever its surname)
    for line in text.lines:
        opening = re.match(r"\s*([\u4e00-\u9fff]{2,4})\s*同志", line.text)
        if opening and labelled_surname(opening.group(1)) and is_name(opening.group(1)) \
                and not re.search(r"全体|各位|广大|有关|该|此|各", opening.group(1)):
            return opening.group(1), line
    return None




# ``兹证明黄力帆已修毕…``, ``兹证明 慕容晓峰（身份证号：500106********1234）于…``: the person a
# certificate's sentence certifies, before what he did (an ID in brackets may stand between).
_CERTIFIED = re.compile(r"兹证明[:：]?([\u4e00-\u9fff]{2,4}?)(?:同学|同志|君|先生|女士)?"
                        r"(?:[（(](?:公民)?(?:身份证|证件)(?:号码?)?[:：]?[0-9Xx*＊]{6,20}[）)])?[,，]?(?:已|于|在|修|经|为|系|自)")


def certified(text: DocText) -> tuple[str, TextLine] | None:
    """The person after 兹证明, when a known surname opens his name.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def doc(t):
    ...     return DocText(ReadResult("t", "0" * 64, [Page(1, 1000, 1400, "ocr", [Line(t, (0, 0, 900, 30))])]))
    >>> certified(doc("兹证明 慕容晓峰（身份证号：500106********1234）于二〇二三年十二月经…评审通过"))[0]
    '慕容晓峰'
    >>> certified(doc("兹证明黄力帆已修毕本校课程"))[0], certified(doc("兹证明该项目已通过验收"))
    ('黄力帆', None)
    """
    found = running_match(text, _CERTIFIED)
    if found and is_name(found[0].group(1)) and has_surname(found[0].group(1)):
        return found[0].group(1), found[1]
    return None

# --------------------------------------------------------------------------- stamps, lists of names, tables

def strip_stamps(value: str) -> str:
    """``value`` without the watermark or copy-stamp words glued to its start or end
    (``计算机工程与应用仅供职称申报使用``, ``申报使用 王芳``): normalisation drops a line
    that is only such words (``normalize.is_watermark``), but OCR glues a diagonal
    watermark's fragment onto the line it crosses.  A fragment counts from four
    characters of one of the stamp phrases; shorter ones are too often real words.

    >>> strip_stamps('计算机工程与应用仅供职称申报使用'), strip_stamps('与原件一致张伟')
    ('计算机工程与应用', '张伟')
    >>> strip_stamps('智能制造应用研究')
    '智能制造应用研究'
    """
    from .normalize import WATERMARK_WORDS  # the one list of stamp phrases

    def stamp(piece: str) -> bool:
        return len(piece) >= 4 and any(piece in w for w in WATERMARK_WORDS)

    for _ in range(4):
        compact = "".join(value.split())
        head = next((n for n in range(len(compact), 3, -1) if stamp(compact[:n])), 0)
        tail = next((n for n in range(len(compact), 3, -1) if stamp(compact[-n:])), 0)
        if not head and not tail:
            break
        start = original_index(value, head) if head else 0
        end = original_index(value, len(compact) - tail) if tail else len(value)
        value = value[start:end] if start < end else ""
        value = value.strip(" \t:：;；,，。.、")
    return value


# Words of a document that no name holds (验收意见, 特此证明 read as four-character names).
_NOT_NAME_WORDS = re.compile(
    "验收|意见|项目|课题|单位|结论|专家|证明|通过|完成|研究|技术|公司|日期|签字|签名|盖章|负责|成员|人员|"
    "特此|名单|情况|职称|分工|序号|姓名|工程|教授|合计|附件|说明|主要|参加|参与|组长|编制|编写|"
    "高级|正高|中级|初级|助理|高工|"  # (a title's piece a wrap cut off: 夏侯杰（高级 | 工程师）)
    "审核|审定|审批|批准|校核|校对|复核|审查|会签|"  # (a sign-off's role in the name's column)
    # (a heading under the list, 主要执笔人 | 淳于海 … 麻文 | 目录, probe DM rep-15)
    "目录|前言|摘要|引言|概述|附录|致谢|序言|绪论|概要|简介")


def plain_names(value: str) -> list[str] | None:
    """``names_of`` for a list read off a document, where a line of words may pass as
    names (``三、验收意见``, ``特此证明``): every part a name, no part a document word,
    and no watermark fragment glued on.

    >>> plain_names('张伟、王芳、欧阳明'), plain_names('李娜三、验收意见')
    (['张伟', '王芳', '欧阳明'], None)
    """
    names = names_of(strip_stamps(value))
    if not names or any(_NOT_NAME_WORDS.search(n) for n in names):
        return None
    return names




def titled_names(value: str) -> list[str] | None:
    """The names of a list whose every name has his title or post beside it, before or after
    (``黎明辉 正高级工程师 车晓雯 高级工程师``, ``总工程师 桓永昌、副总工程师 欧瑞``): two names
    at least, each with a title, nothing else left; else None.

    >>> titled_names("黎明辉 正高级工程师 车晓雯 高级工程师 伍佰川 工程师")
    ['黎明辉', '车晓雯', '伍佰川']
    >>> titled_names("总工程师 桓永昌、副总工程师 欧瑞、高级工程师 阙小龙")
    ['桓永昌', '欧瑞', '阙小龙']
    >>> titled_names("王芳、李娜") is None, titled_names("王芳 高级工程师") is None
    (True, True)
    >>> titled_names("刘波 博士、陈静高级工程师、 王宇航 工程师、吴晓丽 博士")
    ['刘波', '陈静', '王宇航', '吴晓丽']
    """
    titles = len(re.findall(TITLE_WORD, value))
    if titles < 2:
        return None
    stripped = re.sub(rf"(?:^|(?<=[\s、，,;；]))\s*{TITLE_WORD}\s+(?=[\u4e00-\u9fff])", " ", value)
    # (or glued on by OCR, the space lost: 陈静高级工程师、 王宇航 工程师, probe CR R06)
    stripped = re.sub(rf"(?<=[\u4e00-\u9fff])\s*{TITLE_WORD}(?=\s|$|[、，,;；])", " ", stripped)
    if re.search(TITLE_WORD, stripped):
        return None
    names = plain_names(re.sub(r"\s+", "、", stripped.strip(" 、，,;；")))
    # (the last name's title may wrap onto the line under: 巫马卓 | 工程师)
    return names if names and titles <= len(names) <= titles + 1 and len(set(names)) == len(names) else None


def titled_column(text: DocText, first: TextLine) -> list[str] | None:
    """A list set one person a line, each with his title (编制人员： | 周秀 高级工程师 | 曹晶
    高级工程师 | …), or a few to a row: the names from ``first`` down, while the lines start
    where it starts, every name with one title; two at least, else None."""
    def row(line: TextLine) -> str:  # (the title in a box of its own beside the name: 王志刚 | 高级工程师)
        return boxes_beside(text, line).replace("\n", " ")

    lines, at = [first], first
    while (below := line_below(text, at, 1.5)) is not None and abs(box(below)[0] - box(first)[0]) <= 0.6 * first.line.height \
            and similar_height(below, first, 0.25) and len(re.findall(TITLE_WORD, row(below))) >= 1:
        lines.append(below)
        at = below
    # (a row may hold several, each with his title: 左明 工程师 | 孟凡 工程师 | 向丽娜 | 助理工程师, probe CR R23)
    titles = sum(len(re.findall(TITLE_WORD, row(l))) for l in lines)
    if titles < 2 or any(not re.findall(TITLE_WORD, row(l)) for l in lines):
        return None
    names = titled_names(" ".join(row(l) for l in lines))
    return names if names and len(names) == titles else None


def unit_column(text: DocText, first: TextLine) -> list[str] | None:
    """A list set one person a line, each with his unit after his name (编写人员： | 钟新
    重庆华数机器人有限公司 | 吕兰林 中机中联工程有限公司 | …, probe DE R08), a title between
    them or not: the names from ``first`` down, while the lines start where it starts and
    each is a name and a unit; two at least, else None.

    >>> from extractor.model import Line, Page, ReadResult
    >>> from extractor.text import DocText
    >>> rows = ["钟新 重庆华数机器人有限公司", "吕兰林 高级工程师 中机中联工程有限公司", "江飞鑫 重庆大学", "二、编写说明"]
    >>> page = Page(1, 600, 800, "text_layer", [Line(t, (100, 100 + 30 * k, 300, 112 + 30 * k)) for k, t in enumerate(rows)])
    >>> text = DocText(ReadResult("t.pdf", "0", [page], 1))
    >>> unit_column(text, text.lines[0])
    ['钟新', '吕兰林', '江飞鑫']
    """
    names, at = [], first
    while at is not None:
        parts = boxes_beside(text, at).split()
        unit = "".join(parts[1:])
        if len(parts) < 2 or not is_name(parts[0]) or re.search(r"[，,；;、。:：]", unit) \
                or not _UNIT_END.search(unit) or len(unit) > 40:
            break
        names.append(parts[0])
        below = line_below(text, at, 1.5)
        if below is None or abs(box(below)[0] - box(first)[0]) > 0.6 * first.line.height or not similar_height(below, first, 0.25):
            break
        at = below
    return names if len(names) >= 2 else None


def titled_line(piece: str, glued: bool) -> bool:
    """``names_line`` for a list whose names have their titles beside them (``陈思源 工程师
    刘芳 助理工程师。``): the line goes on with the list once its titles are set aside."""
    return names_line(re.sub(rf"(?<=[\u4e00-\u9fff])\s+{TITLE_WORD}(?=\s|$|[、，,;；。])", " ", piece), glued)


_ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))")


# A list's number before a name: 1. 1、 1) (1) （1） or ① (which reading folds to a bare 1
# glued to the name), then the name, then what follows it.
_NUMBERED_NAME = re.compile(r"^(?:(?P<n>\d{1,2})\s*[、.．)）]|[（(](?P<p>\d{1,2})[)）]|(?P<c>[①-⑳])|(?P<g>\d{1,2})(?=[\u4e00-\u9fff]))"
                            r"\s*(?P<name>\S+)(?:\s+(?P<rest>.*))?$")
_LIST_NUMBER = re.compile(r"(?:^|\s)(?:\d{1,2}\s*[、.．)）]|[（(]\d{1,2}[)）]|[①-⑳]|\d{1,2}(?=[\u4e00-\u9fff]))")


def _list_number(match: re.Match) -> int:
    """The number a ``_NUMBERED_NAME`` match gives its name (① is 1)."""
    if match.group("c"):
        return ord(match.group("c")) - 0x245F
    return int(match.group("n") or match.group("p") or match.group("g"))


def _caption_row(cells: list[str]) -> bool:
    """Three or more short captions and nothing else: a table's header row (著作权人 国籍 省份 城市)."""
    # (a caption may say what its column holds: 著作权人(姓名或名称))
    cells = [re.sub(r"[（(][^（()）]{1,8}[)）]$", "", c) for c in cells]
    return len(cells) >= 3 and all(1 < len(c) <= 8 and HAS_CJK.match(c) and not re.search(r"\d|[:：]", c)
                                   for c in cells)


# 第一完成人：张三 (several on a page, or two on a line: 第一完成人：张三  第二完成人：李四), the
# label in a cell of its own or not; the name ends where a Chinese character no longer follows.
PLACED = re.compile(r"第([一二三四五六七八九十\d]{1,3})(?:完成人|获奖人|获奖者)(?!单位|所在)\s*[:：]?\s*"
                     r"([\u4e00-\u9fff·](?:\s?(?!第)[\u4e00-\u9fff·]){1,4}(?![\u4e00-\u9fff]))?")


def placed_people(text: DocText):
    """Completers each labelled with his place (``第一完成人：张三`` / ``第二完成人：李四``):
    the team in the order of their places.  ``None`` when the certificate does not label
    two or more; an empty list when it does but the places are not 1, 2, 3 … or a name
    is unread (a team half read gives no one, rather than the wrong one)."""
    placed: dict[int, str | None] = {}
    first, clear = None, True
    for line in text.lines:
        for match in PLACED.finditer(line.text):
            rank = parse_rank(f"第{match.group(1)}完成人")
            value = match.group(2) or ""
            if not value.strip():  # the name in the cell to the right
                cell = next((l for l in row_of(text, line) if box(l)[0] > box(line)[0]), None)
                value = cell.text if cell is not None else ""
            names = split_people(value)
            # (his place printed before him says he is a person: a rarer surname, 母冬梅, will do)
            name = names[0] if len(names) == 1 and is_name(names[0]) and labelled_surname(names[0]) else None
            clear = clear and rank is not None and rank not in placed and name is not None
            placed[rank or 0] = name
            first = first or line
    if len(placed) < 2:
        return None
    if not clear or sorted(placed) != list(range(1, len(placed) + 1)):
        return []
    return [placed[k] for k in sorted(placed)], first


def skips_numbers(text: DocText, names: list[str]) -> bool:
    """Whether ``names`` were read from numbered cells whose numbers skip (1. 卿朝晖, 3. 孔令超,
    5. 雍朝勇: the left column of a grid numbered across its rows, the right one lost): a
    list half read, whose places are wrong.

    >>> from extractor.model import Line, Page, ReadResult
    >>> rows = [("1. 卿朝晖", 100, 100), ("2. 税永红", 600, 100), ("3. 孔令超", 100, 160)]
    >>> lines = [Line(t, (x, y, x + 200, y + 40)) for t, x, y in rows]
    >>> doc = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1240, 1754, "ocr", lines)]))
    >>> skips_numbers(doc, ["卿朝晖", "孔令超"]), skips_numbers(doc, ["卿朝晖", "税永红", "孔令超"])
    (True, False)
    """
    numbers = []
    for name in names:
        found = next((m for l in text.lines if name in l.compact
                      for m in [re.match(r"^(\d{1,2})[.、．](?!\d)", l.compact)] if m), None)
        if found is None:
            return False  # not a numbered list (or not all of it so): nothing to say
        numbers.append(int(found.group(1)))
    if len(set(numbers)) < len(numbers):
        # two names on one numbered line (a text layer's row, 1. 乔思远（重庆大学） 2. 戚晓明（…）): each
        # name's own number, the one just before it; a list whose own numbers run 1, 2, 3 … skips none
        own = [next((int(m.group(1)) for l in text.lines
                     for m in [re.search(rf"(\d{{1,2}})\s*[.、．]\s*{re.escape(name)}", l.compact)] if m), None)
               for name in names]
        # (and none numbered after the last: a row under them that the list lost, 5. … 6. …)
        after = re.compile(rf"(?<!\d){len(names) + 1}\s*[.、．]\s*[\u4e00-\u9fff]")
        if own == list(range(1, len(names) + 1)) and not any(after.search(l.text) for l in text.lines):
            return False
    return len(numbers) >= 2 and numbers == sorted(numbers) and numbers != list(range(numbers[0], numbers[0] + len(numbers)))


def numbered_grid(text: DocText, names: list[str]) -> list[str] | None:
    """The whole of a grid of numbered names (1. 卿朝晖 | 2. 税永红 / 3. 孔令超 | 4. 敖雪 …) of which
    ``names`` is a column: every numbered cell of the rows the column spans and the rows just
    under it, by number, when the numbers run 1, 2, 3 … with no gap and each holds one name;
    else None.

    >>> from extractor.model import Line, Page, ReadResult
    >>> rows = [("1. 卿朝晖", 100, 100), ("2. 税永红", 600, 100), ("3. 孔令超", 100, 160), ("4. 敖 雪", 600, 160)]
    >>> lines = [Line(t, (x, y, x + 200, y + 40)) for t, x, y in rows]
    >>> doc = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1240, 1754, "ocr", lines)]))
    >>> numbered_grid(doc, ["卿朝晖", "孔令超"])
    ['卿朝晖', '税永红', '孔令超', '敖雪']
    """
    spots = [l for name in names for l in text.lines if name in l.compact and re.match(r"^\d{1,2}[.、．]", l.compact)]
    if not spots or len({l.page for l in spots}) != 1:
        return None
    top, bottom = min(l.top for l in spots), max(l.top for l in spots)
    pitch = (bottom - top) / max(len(spots) - 1, 1)
    cells = {}
    for line in text.lines:
        if line.page != spots[0].page or not (top - 0.3 * pitch <= line.top <= bottom + 1.3 * pitch):
            continue
        # (a text layer's row of numbered cells parted by wide spaces, each name maybe with its unit,
        # 1. 乔思远（重庆大学）   2. 戚晓明（重庆长安…）: every cell of it)
        match = re.match(r"^(\d{1,2})[.、．]\s*(.+)$", line.text.strip())
        found = _numbered_cells(line) if re.search(r"\S\s{2,}\S", line.text.strip()) else []
        for number, name in found or ([(match.group(1), "".join(match.group(2).split()))] if match else []):
            if name and is_name(name) and not _NOT_NAME_WORDS.search(name):
                cells.setdefault(int(number), name)
    if sorted(cells) != list(range(1, len(cells) + 1)) or len(cells) <= len(names):
        return None
    return [cells[k] for k in sorted(cells)]


# (each name perhaps with its unit in brackets after it: 1. 乔思远（重庆大学）, probe DM acc-13)
_NUMBERED_CELL = re.compile(r"^(\d{1,2})\s*[.、．]?\s*([\u4e00-\u9fff·]{2,8}?)(?:[（(][^（()）]{2,30}[)）])?$")


def _numbered_cells(line: TextLine) -> list[tuple[str, str]]:
    """The numbered cells a line holds: one, as OCR reads a cell (``1邹亮``), or a text layer's
    row of them parted by wide spaces, each maybe with its title beside it (``1. 王博   高级工程师
    4. 张伟   工程师``); [] when anything else is on the line.

    >>> from extractor.model import Line
    >>> row = TextLine(1, 0, Line("1. 王博   高级工程师   4. 张伟   工程师", (89, 189, 462, 201)), 842, 595)
    >>> _numbered_cells(row)
    [('1', '王博'), ('4', '张伟')]
    >>> _numbered_cells(TextLine(1, 0, Line("1. 王博   负责总体设计", (89, 189, 462, 201)), 842, 595))
    []
    >>> _numbered_cells(TextLine(1, 0, Line("1. 乔思远(重庆大学)", (60, 159, 172, 170)), 842, 595))
    [('1', '乔思远')]
    """
    match = _NUMBERED_CELL.match(line.compact)
    if match and not re.search(r"\S\s{2,}\S", line.text):
        return [match.groups()]
    cells: list[tuple[str, str]] = []
    for part in re.split(r"\s{2,}", line.text.strip()):
        match = _NUMBERED_CELL.match("".join(part.split()))
        if match:
            cells.append(match.groups())
        elif not (cells and re.fullmatch(TITLE_WORD, "".join(part.split()))):
            return []
    return cells


def numbered_block(text: DocText, first: TextLine) -> list[str] | None:
    """The names of a grid of numbered cells that ``first`` opens (``1邹亮`` | ``2夏侯俊坤`` /
    ``3冉秋菊`` | ``4韩川俊`` …, OCR reading each cell apart and a row's cells in any order):
    the cells right of the label column, row under row with no wider gap than half a row,
    in their numbers' order, when the numbers run 1, 2, 3 … with no gap and each cell is one
    name; else ``None``.

    >>> from extractor.model import Line, Page, ReadResult
    >>> rows = [("1邹亮", 400, 520), ("2夏侯俊坤", 670, 512), ("4韩川俊", 676, 549), ("3冉秋菊", 409, 554),
    ...         ("专利号:", 268, 650)]
    >>> lines = [Line(t, (x, y, x + 30 * len(t), y + 30)) for t, x, y in rows]
    >>> doc = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1240, 1754, "ocr", lines)]))
    >>> numbered_block(doc, doc.lines[0])
    ['邹亮', '夏侯俊坤', '冉秋菊', '韩川俊']
    >>> numbered_block(doc, doc.lines[1]) is None  # not the first cell
    True
    """
    opening = _numbered_cells(first)
    if not opening or opening[0][0] != "1":
        return None
    x0, y0, _, y1 = box(first)
    h = first.line.height
    candidates = sorted((l for l in text.lines if l.page == first.page and box(l)[1] >= y0 - 0.5 * h
                         and box(l)[0] >= x0 - h and _numbered_cells(l)), key=lambda l: box(l)[1])
    cells: dict[int, str] = {}
    bottom = y1
    for line in candidates:
        # (rows set wide, a grey title beside each name: 0.6 of a line apart; a text layer's rows double-spaced,
        # a line apart, probe DM acc-13)
        if box(line)[1] > bottom + 1.0 * h:
            break
        for number, name in _numbered_cells(line):
            if not is_name(name) or _NOT_NAME_WORDS.search(name) or int(number) in cells:
                return None
            cells[int(number)] = name
        bottom = max(bottom, box(line)[3])
    if len(cells) < 2 or sorted(cells) != list(range(1, len(cells) + 1)):
        return None
    return [cells[k] for k in sorted(cells)]


_NUMBERED_PAIR = re.compile(r"(\d{1,2})\s*[.、．]?\s*((?:[\u4e00-\u9fff·]\s*){2,8}?)(?=\s+\d|\s*$)")


def numbered_rows(text: DocText, header: TextLine) -> list[str] | None:
    """The names of a table numbered in two or three column pairs (``序号 发明人 序号 发明人`` over
    ``1 邱 明 4 税小红`` / ``2 杨 帆 5 葛晓峰`` …), each row read as one line: in their numbers'
    order, when the numbers run 1, 2, 3 … with no gap and every cell is one name; else ``None``.

    >>> from extractor.model import Line, Page, ReadResult
    >>> rows = ["序号 发明人 序号 发明人", "1 邱 明 4 税小红", "2 杨 帆 5 葛晓峰", "3 诸葛亮平 6 袁 博", "重庆市知识产权局"]
    >>> lines = [Line(t, (100, 100 + 50 * k, 100 + 30 * len(t), 136 + 50 * k)) for k, t in enumerate(rows)]
    >>> doc = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1240, 1754, "ocr", lines)]))
    >>> numbered_rows(doc, doc.lines[0])
    ['邱明', '杨帆', '诸葛亮平', '税小红', '葛晓峰', '袁博']
    """
    if header.text.split().count("序号") < 2:
        return None
    cells: dict[int, str] = {}
    line = next_line(text, header, 3.0)  # (a table's rows stand apart)
    while line is not None and line.page == header.page:
        pairs = _NUMBERED_PAIR.findall(line.text.strip())
        if not pairs or "".join(n + "".join(c.split()) for n, c in pairs) != re.sub(r"[\s.、．]", "", line.text):
            break
        for number, cell in pairs:
            name = "".join(cell.split())
            if not is_name(name) or _NOT_NAME_WORDS.search(name) or int(number) in cells:
                return None
            cells[int(number)] = name
        line = next_line(text, line, 3.0)
    if len(cells) < 2 or sorted(cells) != list(range(1, len(cells) + 1)):
        return None
    return [cells[k] for k in sorted(cells)]


def numbered_column(text: DocText, line: TextLine, value: str) -> list[str] | None:
    """A list printed one name to a line, each numbered from 1 (``1.欧阳晓峰`` / ``2.李娟`` /
    …), begun with ``value`` on ``line``: the names in their numbers' order.  A name may be
    followed by its unit (``2.李娟 重庆大学``).  ``None`` when ``value`` does not open such a
    column (``1.李娟 2.王芳`` is a list on one line); ``[]`` when a numbered line under it
    holds no name or a number comes out of turn: the list is withheld, for a half-read list
    gives wrong ranks.

    >>> from extractor.model import Line, Page, ReadResult
    >>> rows = ["主要参加人员：", "1.欧阳晓峰", "2.李娟 重庆大学", "3.司马坤", "验收结论：通过"]
    >>> lines = [Line(t, (100, 100 + 50 * k, 100 + 40 * len(t), 136 + 50 * k)) for k, t in enumerate(rows)]
    >>> doc = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1240, 1754, "ocr", lines)]))
    >>> numbered_column(doc, doc.lines[1], "1.欧阳晓峰")
    ['欧阳晓峰', '李娟', '司马坤']
    >>> numbered_column(doc, doc.lines[2], "2.李娟 重庆大学") is None  # not a first line
    True
    """
    def person(match: re.Match) -> str | None:
        # (a role or a task in brackets after the name: 8. 万俟梓萱(实验验证), 1. 叶敏 (课题负责人))
        name = re.sub(r"[（(][^（()）]{1,12}[)）]$", "", strip_stamps(match.group("name")))
        rest = (match.group("rest") or "").split()
        if not is_name(name) or _NOT_NAME_WORDS.search(name) or (rest and is_name(rest[0])):
            return None  # (1.李娟 王芳: two names on a numbered line is no column)
        return name

    first = _NUMBERED_NAME.match(value.strip())
    if not first or _list_number(first) != 1 or _LIST_NUMBER.search(first.group("rest") or ""):
        return None
    if person(first) is None:
        return None
    names, at = [person(first)], line
    while True:
        below = line_below(text, at)
        if below is None:
            # (a column set in open leading, two lines' height apart: taken only where the
            # line there is the next number's name)
            wide = line_below(text, at, max_gap=2.2)
            match = _NUMBERED_NAME.match(wide.text.strip()) if wide is not None else None
            if match and _list_number(match) == len(names) + 1 and person(match) is not None \
                    and abs(box(wide)[0] - (box(at)[0] if at is not line else value_left(line, value))) <= 2 * at.line.height:
                below = wide
        if below is None or not re.match(r"[\d（(①-⑳]", below.compact):
            return names
        left = box(at)[0] if at is not line else value_left(line, value)
        match = _NUMBERED_NAME.match(below.text.strip())
        name = person(match) if match and _list_number(match) == len(names) + 1 else None
        if abs(box(below)[0] - left) > 2 * at.line.height:
            # (at the label's margin under 主要参加人员：1.欧阳晓峰: the list's next name, or the
            # form's next numbered section)
            if at is not line or name is None or abs(box(below)[0] - box(line)[0]) > 2 * at.line.height:
                return names
        elif name is None:
            return []
        names.append(name)
        at = below


def rows_of_names(text: DocText, first: TextLine) -> list[str] | None:
    """Rows of names under a label that stands alone on its line (本文件主要起草人： over
    ``欧阳良阳 东方益艳 于安萍`` / ``汪英宁 皇甫刚柏`` / …), set in open leading, row after row
    and left to right: each row a line of names only, starting near where the first starts,
    within two and a half lines under the last.  ``None`` unless ``first`` is such a row.

    >>> from extractor.model import Line, Page, ReadResult
    >>> rows = ["本文件主要起草人：", "欧阳良阳 东方益艳 于安萍", "汪英宁 皇甫刚柏", "本文件为首次发布。"]
    >>> lines = [Line(t, (100 + 6 * k, 100 + 30 * k, 100 + 12 * len(t), 112 + 30 * k)) for k, t in enumerate(rows)]
    >>> doc = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text", lines)]))
    >>> rows_of_names(doc, doc.lines[1])
    ['欧阳良阳', '东方益艳', '于安萍', '汪英宁', '皇甫刚柏']
    >>> rows = ["本文件主要起草人：", "钟志强、夏帆、白远航、范宇", "航、孙启明、苏晓敏。"]
    >>> lines = [Line(t, (100, 100 + 30 * k, 100 + 12 * len(t), 112 + 30 * k)) for k, t in enumerate(rows)]
    >>> doc = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text", lines)]))
    >>> rows_of_names(doc, doc.lines[1])
    ['钟志强', '夏帆', '白远航', '范宇航', '孙启明', '苏晓敏']
    """
    def boxed_apart(line: TextLine) -> bool:  # a grid's cell, its row's other names boxed beside it
        return any(HAS_CJK.search(l.text) for l in row_of(text, line))

    names = plain_names(first.text)
    if not names or boxed_apart(first):
        return None  # (a grid of cells, one name each, is ``name_grid``'s, row by row)
    current = first
    for _ in range(12):
        height = current.line.height
        under = [l for l in text.lines if l.page == current.page and l.index != current.index
                 and 0 <= box(l)[1] - box(current)[3] <= 2.5 * height and abs(box(l)[0] - box(first)[0]) <= 3 * height]
        nxt = min(under, key=lambda l: box(l)[1], default=None)
        if nxt is not None and boxed_apart(nxt):
            return None
        more = plain_names(nxt.text) if nxt is not None and similar_height(nxt, current, 0.3) else None
        if nxt is not None and similar_height(nxt, current, 0.3) and cut_name(current.text, nxt.text):
            # (a name the wrap cut, …白远航、范宇 | 航、孙启明…: joined again, the row's names after it)
            last = re.split(r"[、;；,，\s]", current.text.strip())[-1]
            head = re.split(r"[、;；,，\s]", nxt.text.strip(), maxsplit=1)
            whole = plain_names(last + head[0] + ("、" + head[1] if len(head) > 1 else ""))
            more = whole if whole and names and names[-1] == last else None
            if more:
                names = names[:-1]
        if not more:
            break
        names, current = names + more, nxt
    return names


def list_of_names(text: DocText, line: TextLine, value: str) -> list[str] | None:
    """The names of a list begun with ``value`` on ``line`` and wrapped onto the lines
    below it (``wrapped_list``: at the margin or indented, a name cut by the wrap joined
    again), all or nothing (``plain_names``).  A numbered line (``三、验收意见``) is the
    next section, never a continuation; a column of names numbered from 1 is read by
    ``numbered_column``."""
    column = numbered_column(text, line, value)
    if column is not None:
        return column or None
    names = plain_names(wrapped_list(text, line, strip_stamps(value), fits=names_line, limit=12))
    return None if names and _name_left_out(text, line, names) else names


def _name_left_out(text: DocText, line: TextLine, names: list[str]) -> bool:
    """A name boxed alone among the lines a list was read from, and not in the list (a grid's row
    with a blank cell, 仇伟 | 况思远 | — | 钭楠, read as a paragraph that passed 钭楠 by: every place
    after it one too high, probe DV D02)."""
    used = [l for l in text.lines if l.page == line.page and l.index >= line.index
            and any(n in l.compact for n in names)]
    if len(used) < 2:
        return False
    h = max(line.line.height, 1)
    x0, x1 = min(box(l)[0] for l in used) - h, max(box(l)[2] for l in used) + h
    y0, y1 = box(line)[1], max(box(l)[3] for l in used)
    for other in text.lines:
        if other.page != line.page or other in used or not (y0 <= (box(other)[1] + box(other)[3]) / 2 <= y1) \
                or not (x0 <= box(other)[0] and box(other)[2] <= x1):
            continue
        people = split_people(other.text)
        if len(people or []) == 1 and _listed_name(people[0]) and labelled_surname(people[0]) and people[0] not in names:
            return True
    return False


# The roles of a document's sign-off under its table of people: those who checked and approved it.
SIGN_OFF_ROLES = frozenset({"审核", "批准", "校对", "审定", "复核", "审查", "会签", "签发", "核准", "审批"})


def _names_across(text: DocText, header: TextLine, head: str) -> list[str] | None:
    """A grid whose every column is headed ``head`` (姓名 | 姓名 | 姓名 | 姓名, then four names a
    row, probe DM rep-08): the names row by row, left to right; None for any other header.
    A text layer gives each row as one line, OCR each cell as a box of its own."""
    heads = header.text.split()
    if len(heads) > 1:
        if set(heads) != {head}:
            return None
        rows, at = [], header
        while (under := next_line(text, at, 3.0)) is not None:
            cells = ["".join(strip_stamps(c).split()) for c in under.text.split()]
            if not cells or len(cells) > len(heads) or not all(is_name(c) and not _NOT_NAME_WORDS.search(c) for c in cells):
                break
            rows += cells
            at = under
        return rows or None
    if header.compact != head:
        return None
    captions = [l for l in row_of(text, header) if l.compact == head] + [header]
    if len(captions) < 2:
        return None
    left = min(box(c)[0] for c in captions) - header.line.height
    height = max(header.line.height, 1)
    below = sorted((l for l in text.lines if l.page == header.page and box(l)[1] > box(header)[3] - height / 2
                    and box(l)[0] >= left), key=lambda l: box(l)[1])
    names, bottom = [], box(header)[3]
    while below and box(below[0])[1] - bottom <= 3 * height:
        row = sorted((l for l in below if same_row(l, below[0])), key=lambda l: box(l)[0])
        below = [l for l in below if l not in row]
        cells = ["".join(strip_stamps(l.text).split()) for l in row]
        if len(cells) > len(captions) or not all(is_name(c) and not _NOT_NAME_WORDS.search(c) for c in cells):
            break
        names += cells
        bottom = max(box(l)[3] for l in row)
    return names or None


def name_column(text: DocText, header: TextLine, head: str = "姓名", start: int | None = 1) -> list[str]:
    """The 姓名 column of a table of people, rows in order, read from a header that holds
    ``姓名`` (or ``head``: a table of drafters heads it 起草人): a text layer gives one line
    per row (``3 司马博旭 巴山理工大学 教授 测试``, numbered), OCR one box per cell (the
    boxes under the 姓名 box, top to bottom).  The column ends at the first cell that is
    not a name; a numbered row whose name was not read (OCR lost it) makes the whole column
    unread: a list half read gives wrong ranks.  A column whose 序号 begin at another number
    than ``start`` (13, 14 … under 名单（续）) is a continuation, no list of its own: nothing
    (``start`` None: a table's right half, whose numbers its caller checks)."""
    heads = header.text.split()
    across = _names_across(text, header, head)
    if across is not None:
        return across
    sibling = next((l for l in row_of(text, header) if l.text.split() == heads and box(l)[0] > box(header)[2]), None) \
        if len(heads) > 1 and head in heads and heads[0] == "序号" else None
    if sibling is not None:
        # (a text layer's two halves, each its own line of captions side by side: numbered
        # people of both, 1–8 | 9–16)
        return _halves_apart(text, header, sibling, heads.index(head))
    if len(heads) > 1 and heads[0] == "序号" and any(l.text.split() == heads and box(l)[2] < box(header)[0]
                                                     for l in row_of(text, header)):
        return []  # the right half of such a table: no list on its own
    if len(heads) > 1:
        return _name_rows(text, header, heads, heads.index(head)) if head in heads else []
    x0, _, x1, y1 = box(header)
    height = max(header.line.height, 1)
    # (a cell centred under the caption, or set flush left under it: a long name, 古丽娜尔·吐尔逊,
    # reaches far past a left-set caption's box)
    cells = sorted((l for l in text.lines if l.page == header.page and box(l)[1] >= y1 - height / 2
                    and (x0 - height <= (box(l)[0] + box(l)[2]) / 2 <= x1 + height
                         or x0 - height <= box(l)[0] <= x0 + height) and l is not header),
                   key=lambda l: box(l)[1])
    names, bottom = [], y1
    for cell in cells:
        name = "".join(strip_stamps(cell.text).split())
        if names and "·" in names[-1] and re.fullmatch(f"[{CJK}]{{1,4}}", name) and box(cell)[1] - bottom <= height / 4 \
                and is_name(names[-1] + name):
            # a dotted name wrapping within its narrow cell (买买提江·托合 | 提): one name
            names[-1] += name
            bottom = box(cell)[3]
            continue
        if not is_name(name) or _NOT_NAME_WORDS.search(name) or box(cell)[1] - bottom > 3 * height:
            break
        if any(l.compact.strip(":：") in SIGN_OFF_ROLES for l in row_of(text, cell) if box(l)[2] <= box(cell)[0] + 2):
            break  # a sign-off row under the table (审核 | 许清源, 批准 | 邹宏伟): who checked it, no row of it
        names.append(name)
        bottom = box(cell)[3]
    # The row numbers under 序号, down to the row just under the last name read: its name
    # lost under a stamp (复印件与原件一致 boxed with the cell), the column ended short of it.
    pitch = (bottom - y1) / len(names) if names else height
    numbers = next(([c for c in text.lines if c.page == header.page and row_number(c.compact) is not None
                     and abs((box(c)[0] + box(c)[2]) / 2 - (box(l)[0] + box(l)[2]) / 2) <= height
                     and y1 < box(c)[1] <= bottom + 0.8 * pitch]
                    for l in _own_number_column(text, header)), [])
    if len(numbers) > len(names):
        return []
    if start is not None and numbers and row_number(min(numbers, key=lambda c: box(c)[1]).compact) != start:
        return []  # (a table's continuation, 13, 14 … under 名单（续）, is not the whole list)
    following = _continued_header(text, header, head, bottom) if names else None
    if following is not None:
        more = name_column(text, following, head, start=len(names) + 1)
        if more:
            return names + more
    if names and numbers and len(numbers) == len(names):
        more = _numbered_on(text, header, numbers[0], len(names))
        if more is None:
            return []  # a row numbered on there whose name was not read: the list is half read
        names += more
    return names


def _own_number_column(text: DocText, header: TextLine) -> list[TextLine]:
    """The 序号 caption of ``header``'s own rows: the nearest one left of it on its row (a
    table of two halves has one before each 姓名), else the first on the row."""
    seq = [l for l in row_of(text, header) if l.compact == "序号"]
    before = [l for l in seq if box(l)[2] <= box(header)[0] + header.line.height]
    return [max(before, key=lambda l: box(l)[0])] if before else seq[:1]


def row_number(compact: str) -> int | None:
    """A table row's number as printed in its 序号 cell (7, 7., 7、), else None.

    >>> row_number("7"), row_number("7."), row_number("12、"), row_number("7.5"), row_number("第7")
    (7, 7, 12, None, None)
    """
    bare = compact.rstrip(".．、")
    return int(bare) if bare.isdigit() and len(bare) <= 3 else None


def two_name_columns(text: DocText, header: TextLine, head: str = "姓名") -> tuple[list[str], list[str] | None] | None:
    """A table of two halves side by side, each with its own 姓名 column (姓名 部门 岗位 |
    姓名 部门 岗位), OCR reading each cell apart: the names, and the table's other reading
    when their order is not sure.  Where each half numbers its rows on from the other
    (序号 1–7 | 序号 8–14), down the left half, then the right, and where the numbers run row
    by row (1, 3, 5 | 2, 4, 6), row by row: sure (None).  With no numbers,
    row by row, left half first, as the table reads, and down each half as the other reading
    (a table of halves may be meant so: a place is then only as good as the worse of the
    two, ``zhicheng.documents.rank_applicant``).  None when ``header`` heads no
    such table, or, unnumbered, the right half's column is not the left's or one shorter.

    >>> from extractor.model import Line, Page, ReadResult
    >>> cells = [("姓名", 217, 912), ("岗位", 588, 912), ("姓名", 847, 912), ("岗位", 1218, 912),
    ...          ("刘思远", 219, 981), ("项目经理", 591, 982), ("黄河", 849, 980), ("硬件工程师", 1223, 984),
    ...          ("陈静", 216, 1044), ("嵌入式工程师", 593, 1049), ("周杰", 847, 1047), ("测试工程师", 1223, 1050),
    ...          ("黄晓丽", 219, 1113), ("产品经理", 589, 1114)]
    >>> lines = [Line(t, (x, y, x + 36 * len(t), y + 48)) for t, x, y in cells]
    >>> doc = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1654, 2339, "ocr", lines)]))
    >>> two_name_columns(doc, doc.lines[0])
    (['刘思远', '黄河', '陈静', '周杰', '黄晓丽'], ['刘思远', '陈静', '黄晓丽', '黄河', '周杰'])
    """
    if len(header.text.split()) > 1:
        return None  # (a text layer's one line of captions: _name_rows reads its halves)
    if any(l.compact == head and box(l)[2] < box(header)[0] for l in row_of(text, header)):
        return None  # (a later column of such a table: the table is read from its first)
    others = sorted((l for l in row_of(text, header) if l.compact == head and box(l)[0] > box(header)[2]), key=lambda l: box(l)[0])
    if len(others) in (2, 3):
        # three or four 姓名 | 职称 pairs across (a grid of the team, no numbers): row by row, and
        # down each column as the other reading
        columns = [name_column(text, header, head)] + [name_column(text, o, head, start=None) for o in others]
        lengths = [len(c) for c in columns]
        if not all(columns) or any(a < b for a, b in zip(lengths, lengths[1:])) or lengths[0] - lengths[-1] > 1:
            return None
        return [name for row in itertools.zip_longest(*columns) for name in row if name], [n for c in columns for n in c]
    if len(others) != 1:
        return None
    left, right = name_column(text, header, head), name_column(text, others[0], head, start=None)
    if not left or not right:
        return None
    # (numbered down, the halves may differ in length: 1–8 | 9–12 leaves the right half's
    # last rows empty; the numbers vouch for the order)
    numbers = _half_numbers(text, header, others[0])
    if numbers and numbers[0][:len(left)] == list(range(1, len(left) + 1)) \
            and numbers[1][:len(right)] == list(range(len(left) + 1, len(left) + len(right) + 1)):
        return left + right, None  # (numbered down: 1–7 | 8–14)
    across = [name for pair in itertools.zip_longest(left, right) for name in pair if name]
    if len(left) - len(right) not in (0, 1):
        return None
    if numbers and numbers[0][:len(left)] == list(range(1, 2 * len(left), 2)) \
            and numbers[1][:len(right)] == list(range(2, 2 * len(right) + 1, 2)):
        return across, None  # (numbered row by row: 1, 3, 5 | 2, 4, 6)
    return across, left + right


def one_half(text: DocText, header: TextLine, side: int, head: str = "姓名") -> list[str]:
    """The 姓名 column of one half (``side`` 0, the left, or 1) of two tables set side by side,
    each numbered from 1 under its own caption (主要编写人员 | 评审人员 over 序号 姓名 | 序号 姓名):
    its names in the order of its numbers, 1, 2, 3 … with no gap; else [].

    >>> from extractor.model import Line, Page, ReadResult
    >>> rows = ["序号   姓名   序号   姓名", "1   张伟   1   周建国", "2   李强   2   陈国华", "3   王芳"]
    >>> lines = [Line(t, (74, 380 + 20 * k, 400, 392 + 20 * k)) for k, t in enumerate(rows)]
    >>> doc = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer", lines)]))
    >>> one_half(doc, doc.lines[0], 0), one_half(doc, doc.lines[0], 1)
    (['张伟', '李强', '王芳'], ['周建国', '陈国华'])
    """
    heads = header.text.split()
    if len(heads) > 1:  # a text layer's one line of captions, each row one line
        if heads.count(head) != 2 or heads.count("序号") != 2:
            return []
        second, col = heads.index("序号", 1), heads.index(head)
        if col >= second:
            return []  # (the first half's 姓名 stands before the second 序号)
        names: list[str] = []
        for row in text.lines[header.index + 1:]:
            cells = row.text.split()
            if row.page != header.page or not cells or not cells[0].isdigit():
                break
            cut = next((k for k in range(2, len(cells)) if cells[k].isdigit()), None)
            # (a row of one half only: which half, its place on the line says)
            righter = box(row)[0] >= (box(header)[0] + box(header)[2]) / 2 - header.line.height
            halves = (cells[:cut], cells[cut:]) if cut else (([], cells) if righter else (cells, []))
            half = halves[side]
            if not half:
                continue
            if int(half[0]) != len(names) + 1 or col >= len(half) or not is_name(half[col]) \
                    or _NOT_NAME_WORDS.search(half[col]):
                return []
            names.append(half[col])
        return names
    heads_on_row = sorted([l for l in row_of(text, header) if l.compact == head] + [header], key=lambda l: box(l)[0])
    if len(heads_on_row) != 2:
        return []
    return name_column(text, heads_on_row[side], head)


def _half_numbers(text: DocText, header: TextLine, other: TextLine) -> tuple[list[int], list[int]] | None:
    """The row numbers printed under each half's own 序号 column of a two-half table, top to
    bottom (None when a half has no 序号 column): they say whether the table reads down each
    half (1–7 | 8–14) or row by row (1, 3, 5 | 2, 4, 6)."""
    row = row_of(text, header) + [header]
    height = max(header.line.height, 1)
    numbers = []
    for name_header in (header, other):
        seq = [l for l in row if l.compact == "序号" and box(l)[2] <= box(name_header)[0] + height
               and box(name_header)[0] - box(l)[2] < 6 * height]
        if not seq:
            return None
        x0, _, x1, bottom = box(max(seq, key=lambda l: box(l)[0]))
        cells = sorted((l for l in text.lines if l.page == header.page and box(l)[1] > bottom
                        and row_number(l.compact) is not None
                        and x0 - height <= (box(l)[0] + box(l)[2]) / 2 <= x1 + height), key=lambda l: box(l)[1])
        numbers.append([row_number(l.compact) for l in cells])
    return numbers[0], numbers[1]


def _numbered_on(text: DocText, header: TextLine, number: TextLine, count: int) -> list[str] | None:
    """A table's rows that run on to the top of the next page with no header repeated: the
    boxes under its 序号 column there numbered ``count + 1`` on, each with a name in the
    header's column on its row.  ``[]`` when the next page does not go on with the numbers;
    ``None`` when a row it numbers on has no name."""
    height = max(header.line.height, 1)
    seq = (box(number)[0] + box(number)[2]) / 2
    # (the next page scanned apart, its print shifted across the sheet: the columns are where its
    # first number, count + 1, stands, probe DT long-01 lost rows 5–8 ninety-six pixels right)
    first = min((l for l in text.lines if l.page == header.page + 1 and l.top <= 0.3 and row_number(l.compact) == count + 1
                 and abs((box(l)[0] + box(l)[2]) / 2 - seq) <= 0.1 * l.page_width), key=lambda l: box(l)[1], default=None)
    shift = (box(first)[0] + box(first)[2]) / 2 - seq if first is not None else 0.0
    seq += shift
    x0, x1 = box(header)[0] + shift, box(header)[2] + shift
    top = sorted((l for l in text.lines if l.page == header.page + 1 and l.top <= 0.3 and row_number(l.compact) is not None
                  and abs((box(l)[0] + box(l)[2]) / 2 - seq) <= height), key=lambda l: box(l)[1])
    # (a line above them opening on another number, 1 项目概况 of a 目录: that page's own list, no
    # table running on, probe CP E1)
    opening = min((l for l in text.lines if l.page == header.page + 1 and l.top <= 0.3 and re.match(r"\d{1,3}(?!\d)", l.compact)),
                  key=lambda l: box(l)[1], default=None)
    if top and opening is not None and box(opening)[1] < box(top[0])[1] - height / 2 \
            and not opening.compact.startswith(str(count + 1)):
        return []
    names: list[str] = []
    for cell in top:
        if row_number(cell.compact) != count + len(names) + 1:
            break
        beside = [l for l in row_of(text, cell) if x0 - height <= (box(l)[0] + box(l)[2]) / 2 <= x1 + height
                  or x0 - height <= box(l)[0] <= x0 + height]
        name = "".join(strip_stamps(beside[0].text).split()) if len(beside) == 1 else ""
        if not is_name(name) or _NOT_NAME_WORDS.search(name):
            return None
        names.append(name)
    return names


def _continued_header(text: DocText, header: TextLine, head: str, bottom: float | None = None) -> TextLine | None:
    """The same table's header at the top of the next page, when the table runs on to it
    (主要研制人员名单（续） over 序号 | 姓名 | 单位 … again): its ``head`` box, in the column
    of ``header``'s, under a heading that says 续 or in a header row of the same words.  Two
    pages in one image (a screenshot of a viewer) put the next page's top on the same page,
    below the column's ``bottom``: there the heading must say 续."""
    width = max(header.line.height, 1) * 2
    centre = (box(header)[0] + box(header)[2]) / 2
    words = sorted(l.compact for l in row_of(text, header) + [header])
    top = [l for l in text.lines if l.page == header.page + 1 and l.top <= 0.3]
    for line in top:
        if line.compact != head or abs((box(line)[0] + box(line)[2]) / 2 - centre) > width:
            continue
        said = any("续" in l.compact and box(l)[1] < box(line)[1] for l in top)
        if said or sorted(l.compact for l in row_of(text, line) + [line]) == words:
            return line
    if bottom is None:
        return None
    height = max(header.line.height, 1)
    for line in text.lines:
        if line.page != header.page or box(line)[1] <= bottom or line.compact != head \
                or abs((box(line)[0] + box(line)[2]) / 2 - centre) > width:
            continue
        if any("续" in l.compact and 0 < box(line)[1] - box(l)[3] < 3 * height for l in text.lines if l.page == line.page) \
                and sorted(l.compact for l in row_of(text, line) + [line]) == words:
            return line
    return None


# The captions of a table's columns often left blank at the row's end (a text layer leaves them out).
_BLANK_END_HEADS = frozenset({"签名", "签字", "本人签名", "本人签字", "备注"})


def _name_rows(text: DocText, header: TextLine, heads: list[str], col: int) -> list[str]:
    """Column ``col`` of the rows under a one-line header: numbered, opening on the name, or
    a cell to every caption; a row whose name was not read makes the column unread.  A
    cell's wrapped tail (…重庆研究院有 | 限公司) is a line set in its column, passed over; a
    numbered table runs on at the next page's top with the next number (its header repeated
    or not); a header of two halves (序号 姓名 职称 序号 姓名 职称) numbers the people of both."""
    def named(cell: str) -> bool:
        # (a transliterated name printed without its dot, 买合木提艾力, is a name in a 姓名 column too)
        return (is_name(cell) or bool(re.fullmatch(f"[{CJK}]{{5,8}}", cell)) and not _UNIT_CELL.search(cell)) \
            and not _NOT_NAME_WORDS.search(cell)

    halves = [k for k, h in enumerate(heads) if h == heads[col]]
    if len(halves) == 2 and heads[0] == "序号" and heads[halves[1] - col] == "序号":
        return _two_halves(text, header, heads, col)
    if len(halves) == 2 and len(heads) % 2 == 0 and heads[:len(heads) // 2] == heads[len(heads) // 2:]:
        return _unnumbered_halves(text, header, heads, halves)
    names, seen, unnumbered = [], set(), False
    left, height = box(header)[0], max(header.line.height, 1)
    page, resume = header.page, -1
    for row in text.lines[header.index + 1:]:
        if row.index in seen or row.index < resume:
            continue
        if row.page != page:
            on = (_runs_on(text, row.page, len(names) + 1) if not unnumbered
                  else _full_row_on(text, row.page, heads, col, left, height, named)) \
                if names and row.page == page + 1 else None
            if on is None:
                break
            page, resume = row.page, on.index
            if row.index < resume:
                continue
        if box(row)[0] > left + 2 * height and not row.compact[:1].isdigit():
            # (or a row whose first cells are blank, 冼嘉豪   平台开发 under 职称 | 姓名 | 任务分工 with no
            # 职称, probe DY pa07: its name stands in the name column, a row of the table)
            blank_led = _blank_led(header, heads, row, col, named) if unnumbered or not names else None
            if blank_led is not None:
                seen.add(row.index)
                names.append(blank_led)
                unnumbered = True
            continue  # a cell's wrapped tail (…中煤科工集团重庆研究院有 | 限公司), or the header's, set in its column
        # (OCR boxes each cell of a row: the row is its boxes left to right)
        boxes = sorted([row] + [l for l in row_of(text, row) if l.index > header.index], key=lambda l: box(l)[0])
        # (a dotted name wrapped in a cell of two lines, after its dot, 米热阿依· over 吾守尔, or after
        # its dot's first letters, 古丽娜尔·艾 over 买提: its first line set higher than the row's centre)
        fragments = [l for l in text.lines[header.index + 1:] if l.page == row.page and l not in boxes and l.index not in seen
                     and re.fullmatch(f"[{CJK}]{{2,8}}·[{CJK}]{{0,3}}", l.compact)
                     and box(l)[1] < box(row)[3] and box(l)[3] > box(row)[1]
                     and any(not b.compact[:1].isdigit() and box(l)[0] <= box(b)[0] + 2 * height for b in boxes)]
        boxes = sorted(boxes + fragments, key=lambda l: box(l)[0])
        if not boxes[0].compact[:1].isdigit():
            # (a row of two-line cells: its number centred in the row, lower than the top lines
            # beside it — the box left of them that holds the next number and spans their line)
            number = next((l for l in text.lines[header.index + 1:] if l.page == row.page and l.index not in seen
                           and row_number(l.compact) == len(names) + 1 and box(l)[2] <= box(row)[0]
                           and box(l)[1] < box(row)[3] and box(l)[3] > box(row)[1]), None)
            if number is not None:
                boxes = [number] + [b for b in boxes if b is not number]
        seen.update(l.index for l in boxes)
        cells = " ".join(l.text for l in boxes).split()
        # (a dotted name wrapping after its dot, 米热阿依· | 吾守尔, or inside its second part,
        # 古丽娜尔·艾 | 买提: one cell)
        pieces = {l.compact for l in fragments}
        for piece in fragments + [row]:  # (its last letters under it: 艾尔肯·阿不 | 都, 11 买买提江·托合 | 提)
            tail = dotted_tail_below(text, piece)
            # (a fragment is its name; the row's name is its last word)
            name = piece.compact if piece is not row else (row.text.split() or [""])[-1]
            if tail is not None and "·" in name and name in cells:
                cells[cells.index(name)] = name + tail.compact
                seen.add(tail.index)
        for k in range(len(cells) - 2, -1, -1):
            if (cells[k].endswith("·") or cells[k] in pieces and "·" in cells[k]) and HAS_CJK.match(cells[k + 1]) \
                    and is_name(cells[k] + cells[k + 1]):
                cells[k:k + 2] = [cells[k] + cells[k + 1]]
        # ``高　菊``: a name printed with a space inside splits into one cell too many (no name
        # is one character, whatever else the row's wrapped cells put beside it).
        if col + 1 < len(cells) and len(cells[col]) == len(cells[col + 1]) == 1 and HAS_CJK.match(cells[col]) \
                and (len(cells) == len(heads) + 1 or has_surname(cells[col])):
            cells[col:col + 2] = [cells[col] + cells[col + 1]]
        # (and a compound surname spaced from its given name, 上官 云飞: one name, never 上官)
        if col + 1 < len(cells) and cells[col] in COMPOUND_SURNAMES and re.fullmatch(f"[{CJK}]{{1,2}}", cells[col + 1]):
            cells[col:col + 2] = [cells[col] + cells[col + 1]]
        # rows numbered (序号 first), or opening on the name itself (姓名 | 职称 | 签字), or a
        # cell to every caption with a name under 姓名 (单位 | 姓名 | 职称 | 分工)
        numbered = bool(cells) and cells[0].isdigit()
        if numbered and len(cells) == 1 and row.top >= 0.9:
            continue  # (the page's number at its foot, 1: the table may go on overleaf, probe DV D35)
        if numbered and names and not unnumbered and int(cells[0]) <= len(names) and not named(cells[col] if col < len(cells) else ""):
            break  # (a number going back, the section's heading under the table: 2 主要研究内容, probe DR T19)
        if numbered and len(cells) == len(heads) - 1 and any(h in ("签字", "签名", "本人签字", "本人签名") for h in heads[1:col]):
            # (the signature column before the name empty in a text layer: 1 邹永红 重庆大学 …)
            cells.insert(next(k for k, h in enumerate(heads) if h in ("签字", "签名", "本人签字", "本人签名")), "")
        # (a text layer leaves a blank column out of the row's cells: its last ones, 签名 or 备注 at the
        # end, as often as not, probe EH A09: 负责人 帅建国 教授 重庆理工大学 under … 单位 | 签名)
        blank_end = len(heads) - len(cells) if 0 < len(heads) - len(cells) <= 2 \
            and all(h in _BLANK_END_HEADS for h in heads[len(cells):]) else 0
        full = 0 < col < len(cells) == len(heads) - blank_end and not numbered
        if not (numbered or cells and col == 0 and named(cells[0]) or full and named(cells[col])):
            if unnumbered and _PAGE_FOOT.fullmatch(row.compact):
                continue  # the page's number under the table (1/2): the rows may go on overleaf
            if unnumbered and full and not LABEL_START.match(cells[0]):
                return []  # a row of the unnumbered table, a cell to every caption, its name unread
            on = _runs_on(text, page + 1, len(names) + 1) if names and not unnumbered else None
            if on is not None and any(row_number(l.compact) == len(names) + 1 or re.match(rf"{len(names) + 1}\s", l.text.strip())
                                      for l in text.lines[row.index:] if l.page == page):
                return []  # the next number still on this page, below what stopped the column: half read
            if on is not None:
                # the page's text under the table (验收结论：…), then the table goes on at the next
                # page's top with the next number (主要研究人员（续）, its header repeated)
                page, resume = page + 1, on.index
                continue
            if names and not unnumbered and any(re.match(rf"{len(names) + 1}\s", l.text.strip())
                                                for l in text.lines[row.index:] if l.page <= page + 1):
                return []  # the numbers go on below what stopped the column: the list is half read
            break
        if col < len(cells) and not named(cells[col]):
            cells[col] = _unit_peeled(cells[col], named)  # a long name run into its unit's cell
        if col >= len(cells) or not named(cells[col]):
            return []  # a numbered row without a readable name: the list is half read
        if numbered and not names and row_number(cells[0]) not in (1, None):
            return []  # (numbered on from 9 under 名单（续）: a table's continuation, no list of its own)
        unnumbered = not numbered
        names.append(cells[col])
    return names


def _unnumbered_halves(text: DocText, header: TextLine, heads: list[str], at: list[int]) -> list[str]:
    """A text layer's table of two people a row with no numbers (姓名 | 职称 | 姓名 | 职称, probe DY
    tr05): row by row, left then right, as it reads; a row short of a cell placed as
    ``_short_row`` places it (a blank 职称 in the middle, the right half empty on the last row).
    Any cell under 姓名 that is no name makes the list unread."""
    names: list[str] = []
    previous, height = header, max(header.line.height, 1)
    for line in text.lines[header.index + 1:]:
        cells = split_cells(line.text)
        if line.page != header.page or box(line)[1] - box(previous)[3] > 2.5 * height or LABEL_START.match(line.compact) \
                or not 2 <= len(cells) <= len(heads):
            break
        row = cells if len(cells) == len(heads) else _short_row(header, heads, line, cells)
        for k in at:
            name = "".join((row[k] or "").split())
            if name and not (is_name(name) and labelled_surname(name)):
                return []
            if name:
                names.append(name)
        previous = line
    return names


def _blank_led(header: TextLine, heads: list[str], row: TextLine, col: int, named) -> str | None:
    """The name of a text-layer row whose cells before the name column are blank: its first
    cell a name whose place across the line is the name column's (the header's cells' places
    as ``_centres`` tells them), with no more cells than the columns from there on; else None
    (a cell's wrapped tail, which is no row)."""
    cells = split_cells(row.text)
    over = _centres(header, heads)
    if over is None or col == 0 or not 2 <= len(cells) <= len(heads) - col:
        return None
    name = "".join(cells[0].split())
    height = max(row.line.height, 1)
    centre = box(row)[0] + ink_width(cells[0], height) / 2
    at = min(range(len(over)), key=lambda i: abs(over[i] - centre))
    return name if at == col and named(name) and labelled_surname(name) else None


def _unit_peeled(cell: str, named) -> str:
    """A name that ran into the unit's cell beside it (阿依古丽·买买提重庆渝新智能装备有限公司:
    a long name fills its cell, the text layer gives no gap): the name, where the rest is a
    unit that opens with a province's or a municipality's name; else the cell as it is.

    >>> _unit_peeled("阿依古丽·买买提重庆渝新智能装备有限公司", lambda c: "·" in c or len(c) <= 4)
    '阿依古丽·买买提'
    """
    from .fields.levels import MUNICIPALITIES, PROVINCES

    for place in MUNICIPALITIES + PROVINCES + ("中国",):
        at = cell.find(place, 2)
        if at > 0 and _UNIT_CELL.search(cell) and named(cell[:at]):
            return cell[:at]
    return cell


# A page's own number at its foot (1/2, 第1页, - 1 -, 第1页共2页).
_PAGE_FOOT = re.compile(r"\d{1,3}/\d{1,3}|第\d{1,3}页(?:共\d{1,3}页)?|[-—]\s*\d{1,3}\s*[-—]")


def _full_row_on(text: DocText, page: int, heads: list[str], col: int, left: float, height: float, named) -> TextLine | None:
    """An unnumbered table's next row at the top of ``page`` (its header not repeated): a line
    with a cell to every caption, a name under 姓名, set where the rows before were."""
    first = next((l for l in text.lines if l.page == page and not _PAGE_FOOT.fullmatch(l.compact)), None)
    cells = first.text.split() if first is not None and first.top <= 0.25 else []
    if len(cells) == len(heads) and named(cells[col]) and abs(box(first)[0] - left) <= 3 * height:
        return first
    return None


def _runs_on(text: DocText, page: int, number: int) -> TextLine | None:
    """The row numbered ``number`` near the top of ``page``, where a numbered table that
    ran off the page before goes on (under a running head, a 续表 caption or its header
    repeated, all passed over); None when that page does not go on with the numbers."""
    # (the first numbered line there: a 目录 of the next page, 1 项目概况 … 4 投资估算, goes on with
    # no table, probe CP D01: its 4 taken for the table's fourth row)
    # (or its number boxed alone, the next page a scan: 6 | 和煦 | 西南大学 …, probe DV D34)
    first = next((l for l in text.lines if l.page == page and l.top <= 0.35
                  and (re.match(r"\d{1,3}\s", l.text.strip()) or row_number(l.compact) is not None)), None)
    return first if first is not None and (re.match(rf"{number}\s", first.text.strip()) or row_number(first.compact) == number) else None


def _halves_apart(text: DocText, header: TextLine, other: TextLine, col: int) -> list[str]:
    """The numbered people under two captions lines side by side (``序号 姓名 …`` twice), each
    half's rows its own lines: down each half by its numbers, which must run 1, 2, 3 … over
    both with no gap; else nobody."""
    height = max(header.line.height, 1)
    numbered: dict[int, str] = {}
    for start, end in ((box(header)[0], box(other)[0]), (box(other)[0], float("inf"))):
        for row in sorted((l for l in text.lines if l.page == header.page and box(l)[1] > box(header)[3] - height / 2
                           and start - height <= box(l)[0] < end - height), key=lambda l: box(l)[1]):
            cells = row.text.split()
            if not cells or not cells[0].isdigit():
                if box(row)[0] <= start + 2 * height:
                    break  # a line at the half's edge that is no row: the table has ended
                continue  # a cell's wrapped tail (…股份有限公 | 司), or a row's cells set apart
            if col + 1 < len(cells) and len(cells[col]) == len(cells[col + 1]) == 1 and HAS_CJK.match(cells[col]):
                cells[col:col + 2] = [cells[col] + cells[col + 1]]  # (曾 蕾: a name printed with a space inside)
            name = cells[col] if col < len(cells) else ""
            if not (is_name(name) and not _NOT_NAME_WORDS.search(name)) or int(cells[0]) in numbered:
                return []
            numbered[int(cells[0])] = name
    if sorted(numbered) != list(range(1, len(numbered) + 1)):
        return []
    return [numbered[k] for k in sorted(numbered)]


def _two_halves(text: DocText, header: TextLine, heads: list[str], col: int) -> list[str]:
    """A table of two halves side by side (序号 姓名 职称 | 序号 姓名 职称), each row two
    people: everyone in the order of their numbers, which must run 1, 2, 3 … with no gap;
    else nobody (a list half read gives wrong ranks)."""
    width = len(heads) // 2
    numbered: dict[int, str] = {}
    left, height, seen = box(header)[0], max(header.line.height, 1), set()
    for row in text.lines[header.index + 1:]:
        if row.index in seen:
            continue
        # (a row's halves set as two lines side by side: the row is both, left to right)
        boxes = sorted([row] + [l for l in row_of(text, row) if l.index > header.index and l.index not in seen],
                       key=lambda l: box(l)[0])
        cells = " ".join(l.text for l in boxes).split()
        if row.page == header.page and cells and not cells[0].isdigit() and box(row)[0] > left + 2 * height:
            continue  # a unit's wrapped tail (…西部分 | 院) set in its column
        if row.page != header.page or not cells or not cells[0].isdigit():
            break
        seen.update(l.index for l in boxes)
        second = next((k for k in range(2, len(cells)) if cells[k].isdigit()), None)
        for half in ([cells[:second], cells[second:]] if second else [cells]):
            if col + 1 < len(half) and len(half[col]) == len(half[col + 1]) == 1 and HAS_CJK.match(half[col]) \
                    and has_surname(half[col]):
                half[col:col + 2] = [half[col] + half[col + 1]]  # (曾 蕾: a name printed with a space inside)
            name = half[col] if col < len(half) else ""
            if not (is_name(name) and not _NOT_NAME_WORDS.search(name)) or len(half) > width + 1:
                return []
            if int(half[0]) in numbered:
                return []  # each half numbered from 1: two tables side by side (编写人员 | 评审人员), no one list
            numbered[int(half[0])] = name
    if sorted(numbered) != list(range(1, len(numbered) + 1)):
        return []
    return [numbered[k] for k in sorted(numbered)]


def column_captions(words: str) -> list[str]:
    """A header line's captions, a column's unit spaced off its caption kept with it (价税合计 (元)
    is one column, probe DM rev-10).

    >>> column_captions("序号 发票号码 价税合计 (元)"), column_captions("价税合计 （万元）")
    (['序号', '发票号码', '价税合计(元)'], ['价税合计（万元）'])
    """
    return re.sub(r"\s+(?=[（(][^）)]{0,8}[)）])", "", words).split()


def table_rows(text: DocText, header: TextLine, heads: tuple[str, ...] = ()) -> list[tuple[list[str | None], TextLine]]:
    """The rows under a table header, each as one cell per column (``None`` where empty),
    with the line the row was read from.

    A text layer gives the header and each row as one line of cells parted by spaces: a
    row with as many cells as the header maps one to one; a shorter one (a 合计 row that
    leaves the item columns empty) keeps its first cell in the first column and its other
    cells in the last columns, right-aligned, as money tables print.  OCR gives one box
    per cell: ``header`` is one of the header's boxes (``heads`` names the others, when a
    header word may stand alone elsewhere), and a cell goes to the column whose header
    centre is nearest.  Rows end at a gap of more than two rows, or a line across the
    whole table (a note, the 大写 total)."""
    words = column_captions(header.text)
    if len(words) > 1:
        return _line_rows(text, header, words)
    row = [l for l in row_of(text, header) if not heads or l.compact in heads] + [header]
    columns = sorted(row, key=lambda l: box(l)[0])
    if len(columns) < 2:
        return []
    centres = [(box(c)[0] + box(c)[2]) / 2 for c in columns]
    skip = {c.index for c in columns}
    below = sorted((l for l in text.lines if l.page == header.page and l.index not in skip
                    and box(l)[1] > box(header)[3] - header.line.height / 2), key=lambda l: box(l)[1])
    rows: list[tuple[list[str | None], TextLine]] = []
    step = max(header.line.height, 1)
    bottom = box(header)[3]
    while below:
        first = below[0]
        if box(first)[1] - bottom > 2.5 * step:
            break
        members = [l for l in below if same_row(l, first)]
        below = [l for l in below if l not in members]
        if any(sum(box(l)[0] <= c <= box(l)[2] for c in centres) >= 3 for l in members):
            break  # a line across the table
        cells: list[str | None] = [None] * len(columns)
        for l in members:
            at = min(range(len(centres)), key=lambda i: abs(centres[i] - (box(l)[0] + box(l)[2]) / 2))
            cells[at] = l.text if cells[at] is None else cells[at] + " " + l.text
        rows.append((cells, min(members, key=lambda l: box(l)[0])))
        bottom = max(box(l)[3] for l in members)
    return rows


def _line_rows(text: DocText, header: TextLine, heads: list[str]) -> list[tuple[list[str | None], TextLine]]:
    rows: list[tuple[list[str | None], TextLine]] = []
    previous = header
    for line in text.lines[header.index + 1:]:
        gap = box(line)[1] - box(previous)[3]
        cells = line.text.split()
        if line.page != header.page or gap > 2.5 * max(header.line.height, 1) or len(cells) < 2 \
                or LABEL_START.match(line.compact):
            break
        if len(cells) == len(heads):
            row: list[str | None] = list(cells)
        elif len(cells) < len(heads):
            row = _short_row(header, heads, line, cells)
        else:
            break
        rows.append((row, line))
        previous = line
    return rows


def _centres(line: TextLine, cells: list[str]) -> list[float] | None:
    """Where each of a text-layer line's cells stands across it: the line's box holds the
    cells' ink and gaps, the gaps taken as equal (cells set at a table's even columns);
    ``None`` when the box is too narrow for that to be told."""
    height = max(line.line.height, 1)
    inks = [ink_width(c, height) for c in cells]
    x0, _, x1, _ = box(line)
    if len(cells) < 2:
        return None
    gap = (x1 - x0 - sum(inks)) / (len(cells) - 1)
    if gap < height:
        return None  # (cells set close, or letters wider than guessed: their place is unknown)
    centres, x = [], x0
    for ink in inks:
        centres.append(x + ink / 2)
        x += ink + gap
    return centres


def _short_row(header: TextLine, heads: list[str], line: TextLine, cells: list[str]) -> list[str | None]:
    """A text-layer row with fewer cells than its header, each cell under its caption: as
    ``_placed`` places them, else its first cell first and the rest against the right end."""
    return _placed(header, heads, line, cells) or [cells[0]] + [None] * (len(heads) - len(cells)) + cells[1:]


def _placed(header: TextLine, heads: list[str], line: TextLine, cells: list[str]) -> list[str | None] | None:
    """A text-layer row with fewer cells than its header: its first cell in the first column, the
    rest right-aligned to the column its last cell ends under (年度 | 回款金额（万元） | 回款方式 | 备注
    over 2021年 | 444.00 | 银行转账, the 备注 left empty, probe DQ v1; a 合计 row ending under the last
    column, money on the right, as before).  The last cell's place is the row's right end, which the
    line's box gives; ``None`` when the header's places cannot be told."""
    over = _centres(header, heads)
    if over is None or len(cells) < 2:
        return None
    height = max(line.line.height, 1)
    end = box(line)[2] - ink_width(cells[-1], height) / 2
    last = min(range(len(over)), key=lambda i: abs(over[i] - end))
    if last + 1 < len(cells) or last == len(heads) - 1:
        return None  # (the right edge's column: the caller's rule)
    return [cells[0]] + [None] * (last + 1 - len(cells)) + cells[1:] + [None] * (len(heads) - 1 - last)


# What a unit's name has and a person's has not.
_UNIT = re.compile(r"公司|大学|学院|研究院|研究所|中心|集团|局|厅|委|医院|学校|所$")


def holder_cell(text: DocText, top: TextLine, label: TextLine) -> list[str] | None:
    """The holders of a cell one a line (``cell_list``) from its first line ``top``."""
    return cell_list(text, top, label, fits=_holders_only, cut=_cut_unit, read=lambda joined: holders(None, None, joined))


def holders(text: DocText, line: TextLine | None, value: str, table: bool = False) -> list[str] | None:
    """The holders a label heads (专利权人, 著作权人), people or units: ``value`` and, from
    ``line``, the lines it wraps onto (``…有限公司；重庆大学；`` / ``重庆交通大学``, or one unit
    a line under the first); split on separators, units kept whole.  A person is a name,
    never a label or its damage (著作权入).

    >>> holders(None, None, "重庆大学；张伟")
    ['重庆大学', '张伟']
    >>> holders(None, None, "1、中山江汉智能电气有限公司 2、重庆滇池能源装备有限公司")
    ['中山江汉智能电气有限公司', '重庆滇池能源装备有限公司']
    >>> holders(None, None, '1闽江智造学院；2漳州长白储能技术有限公司')
    ['闽江智造学院', '漳州长白储能技术有限公司']
    >>> holders(None, None, '重庆山城汽车零部件制造有限公可、重庆邮电大学')
    ['重庆山城汽车零部件制造有限公司', '重庆邮电大学']
    >>> _cut_unit("重庆长安汽车股份有限公司；重庆", "青山工业有限责任公司；重庆建设车用空调器有限责任公司")
    True
    >>> _cut_unit("重庆交通大学；中铁", "二院重庆勘察设计研究院有限责任公司"), _cut_unit("重庆交通大学；张伟", "重庆大学")
    (True, False)
    >>> _cut_unit("重庆交通大学；中冶", "重庆大学")
    False
    """
    if line is not None:
        value = wrapped_list(text, line, value, fits=_holders_only, cut=_cut_unit, table=table)
    value = re.split(r"\s*(?:地址|住所|通信地址|邮编)\s*[:：]?\s*(?=[\d\u4e00-\u9fff])", value)[0]  # (73)专利权人 西南交通大学 地址 610031 …
    parts = [p.strip() for p in re.split(r"[;；、,，\n]", value) if p.strip()]
    # (a change of registration's note before the holder: （变更后）重庆凯瑞…公司)
    parts = [re.sub(r"^[（(](?:变更后|变更前|原|现|新)[)）]\s*", "", p) for p in parts]
    # holders numbered one to a line (1. 沈阳…有限责任公司 / 2. 萍乡…有限公司, ① folded to a bare 1
    # glued to the name), or run on (1、中山…有限公司 2、重庆…: the next number left at the end of a
    # part): the numbers are no part of a holder
    parts = [re.sub(r"^\d{1,2}\s*[.、．)）]\s*(?=\D)|^\d{1,2}(?=[\u4e00-\u9fff])", "", p) for p in parts]
    parts = [re.sub(r"(?<=[\u4e00-\u9fff）)])\s+\d{1,2}\s*[.．]?$", "", p) for p in parts]
    parts = [re.sub(r"\s*[（(](?:中国|中国大陆|国籍[:：]?[^（()）]{1,6})[)）]$", "", p)
             if not _UNIT.search(p) else p for p in parts]  # (罗浩（中国）: a person's nationality)
    # A unit's nationality or address in brackets after it (重庆…有限公司（中国）) is no part of it;
    # a campus is (中国地质大学（武汉）, 中国石油大学（华东）: universities of their own).
    parts = [re.sub(r"(公司|大学|学院|研究院|研究所|中心|集团|厂|局|委)\s*[（(]([^（()）]{1,40})[)）]$",
                    lambda m: m.group(0) if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", m.group(2)) and m.group(2) not in (
                        "中国", "中国大陆", "大陆") else m.group(1), p) for p in parts]
    # 重庆大学 重庆赛力斯…有限公司: units a gazette sets apart by a space only
    parts = [q for p in parts for q in (p.split() if len(p.split()) >= 2 and all(
        re.search(r"(?:大学|学院|公司|研究院|研究所|中心|集团|厂)$", w) and len(w) >= 4 for w in p.split()) else [p])]
    if len(parts) == 1 and not _UNIT.search(value):
        parts = split_people(value) or parts
    # a person's name without the spaces a form sets inside it (上官 静)
    parts = [re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", p) if _UNIT.search(p)
             else "".join(p.split()) if HAS_CJK.search(p) else p for p in parts]
    if parts and parts[-1] in COMPOUND_SURNAMES:
        return None  # …、司马 | 云: a name the wrap cut after its surname, its end unread: withheld
    # (有限公可: OCR's 可 for the 司 a stamp's edge or a grey copy thinned; no unit ends so)
    parts = [re.sub(r"(有限(?:责任)?)公可$", r"\1公司", p) for p in parts]
    parts = [p for p in parts if _UNIT.search(p) or is_name("".join(p.split()))]
    return parts or None


def _holders_only(piece: str, glued: bool) -> bool:
    """A line of holders: units and names between separators, nothing else (its first part
    may be the rest of a unit the wrap cut)."""
    piece = re.sub(r"^\s*\d{1,2}\s*[.、．]\s*(?=\D)", "", piece)  # (2. 罗浩（中国）: numbered one to a line)
    if re.search(r"\d\s*\d", piece):
        return False
    piece = re.sub(r"[（(](?:中国|国籍[:：]?[^）)]{1,6})[)）]", "", piece)  # (a holder's nationality after him)
    parts = [p.strip() for p in re.split(r"[;；、,，]", piece) if p.strip()]
    # (and its last the beginning of a unit the wrap cut after a holder whole: …有限公司;重庆两江新区
    # 鱼复工业开发区智能网联 | 汽车零部件检测技术服务有限公司)
    return bool(parts) and all(_UNIT.search(p) or is_name("".join(p.split())) or (k == 0 and glued)
                               or (k == len(parts) - 1 > 0 and re.fullmatch(r"[\u4e00-\u9fff]{4,30}", p) and _PLACE_OPENS.match(p))
                               for k, p in enumerate(parts))


# A unit's name opening with its place (重庆大学, 四川省…, 中国…): whole, no tail of a cut name.
_PLACE_OPENS = re.compile(r"(?:北京|天津|上海|重庆|中国|国家|[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,3}市)")


def _cut_unit(before: str, after: str) -> bool:
    """A unit's name cut by the wrap (``重庆山城智造科技有`` / ``限公司``): the line ends with
    no separator, on a piece too long for a name that does not end like a unit; or a
    person's name cut (``…;公孙瑞`` / ``晨``, ``cut_name``)."""
    last = re.split(r"[;；、,，\n]", before.rstrip())[-1].strip()
    first = re.split(r"[;；、,，\n]", after.strip())[0].strip()
    unit_end = r"(?:公司|大学|学院|院|所|中心|集团|局|厅|委|学校)$"
    if _LIST_NUMBER.match(after.strip()):
        return False  # 2. 罗浩（中国）: the list's next holder, numbered
    if re.fullmatch(r"[（(][\u4e00-\u9fff]{2,6}[)）]", first) and re.search(unit_end, last):
        return True  # 中国石油大学 | （北京）: the campus wrapped under its university
    last = re.sub(r"\s*[（(][^（()）]{1,12}[)）]$", "", last)  # (a holder's nationality after it: …有限公司（中国）)
    first = re.sub(r"\s*[（(](?:中国|中国大陆|国籍[:：]?[^（()）]{1,6})[)）]$", "", first)  # (…;重 | 庆渝芯…有限公司(中国))
    from .fields.levels import MUNICIPALITIES, PROVINCES

    if re.sub(r"[省市]$", "", last) in MUNICIPALITIES + PROVINCES and re.search(unit_end, first):
        return True  # …；重庆 | 青山工业有限责任公司: a unit cut after its place, no person called 重庆
    return cut_name(before, after) or (
        bool(last) and len(last) > 4 and not re.search(unit_end, last)) or (
        # a unit cut after its first letters (…、闽 | 江智能制造学院): no name, and the piece
        # it goes on with ends as a unit does
        # (…；中铁 | 二院重庆勘察设计研究院有限责任公司: 中铁 has the shape of a name, no surname;
        # never before a unit whole on its own, opening with its place: …；中冶 | 重庆大学)
        bool(last) and len(last) <= 4 and not (is_name(last) and has_surname(last)) and not re.search(unit_end, last)
        and bool(re.search(unit_end, first)) and not _PLACE_OPENS.match(first))


# ----------------------------------------------------------------------------- numbered tables

_WIDE = re.compile(rf"[{CJK}\uff00-\uffef\u3000-\u303f]")


class _Word(NamedTuple):
    """A word of a table's box: its text, its estimated x-range, the box's top, line and bottom."""
    text: str
    x0: float
    x1: float
    top: float
    line: TextLine
    bottom: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def _pieces(line: TextLine) -> list[tuple[str, float, float]]:
    """The words of a box parted by spaces, each with the x-range it is estimated to take:
    OCR reads a table row whose cells stand close as one box (``4 2024-2-030 基于…``), and
    its words share the box's width by their letters (a Chinese character twice a digit).

    A box of one word keeps its own range."""
    words = line.text.split()
    x0, _, x1, _ = box(line)
    if len(words) <= 1:
        return [(line.text.strip(), x0, x1)] if words else []
    weights = [sum(1.0 if _WIDE.match(c) else 0.55 for c in w) for w in words]
    total = sum(weights) + 0.5 * (len(words) - 1)
    unit = (x1 - x0) / total if total else 0.0
    out, at = [], x0
    for word, weight in zip(words, weights):
        out.append((word, at, at + weight * unit))
        at += (weight + 0.5) * unit
    return out


def numbered_records(text: DocText, heads: frozenset[str]) -> list[dict[str, tuple[str, TextLine]]]:
    """The records of a numbered table (序号 | 项目名称 | 主要完成人 | …: a decision's 附件, a
    list of those who passed), each a ``{header word: (cell text, line)}``, in order.

    A record is its 序号 (1, 2, 3 … down the table's left edge) and the cells beside it.
    Cells are the words of the table's boxes (a box OCR read across two cells is parted at
    its spaces); a word under another (x-centre inside it, starting lower, no further below
    than a cell's lines stand apart: ``_cell_gap``) continues its cell, unless that would
    take the cell over a second 序号's row.
    A cell is the record's whose 序号 row it touches, else whose 序号 it overlaps most:
    cells wrapped over three lines, printed from the row's top or centred on it, are all
    their row's.  Cells go to the header's words by position when the header's words were
    read as boxes of their own, else in order, and then only when a record has exactly as
    many cells as the header has words: a record that does not fit is left empty (``{}``)
    rather than read into the wrong columns.  Nothing when no header row holds 序号 and two
    of ``heads``."""
    header = next((h for line in text.lines if (h := _numbered_header(text, line, heads)) is not None), None)
    if header is None:
        return []
    records, last = _records_under(text, header, None)
    # A table running over pages repeats its header on the next and numbers on (… 11 | 序号 … | 12):
    # its rows there are the same table's.
    page = header[2]
    while last is not None:
        page += 1
        following = next((h for line in text.lines if line.page == page
                          and (h := _numbered_header(text, line, heads)) is not None), None)
        if following is None:
            # (or runs on with no header repeated, its rows numbered on from the top of the next
            # page: the header's columns stand where they stood, probe DC ad1)
            words, centres, _, left, _, height = header
            on = next((l for l in text.lines if l.page == page and l.text.split()
                       and l.text.split()[0] == str(last + 1) and abs(box(l)[0] - left) <= 3 * height), None)
            if on is None or any(l.page == page and re.search(r"[\u4e00-\u9fff]{4}", l.compact)
                                 for l in text.lines if box(l)[3] < box(on)[1] - 3 * height):
                break  # (words over it: another page's content, no table run on)
            following = (words, centres, page, left, box(on)[1], height)
        more, last = _records_under(text, following, str(last + 1))
        records += more
    return records


def _records_under(text: DocText, header, expected: str | None) -> tuple[list[dict], int | None]:
    """The records under one page's header row (``numbered_records``) and the number of the
    last; ``expected``: the number the first row must bear (a table continued from a page
    before)."""
    words, centres, page, left, bottom, height = header
    below = sorted((l for l in text.lines if l.page == page and box(l)[1] >= bottom - height / 2),
                   key=lambda l: box(l)[1])
    starts: list[TextLine] = []
    table: list[TextLine] = []
    for line in below:
        if table and box(line)[1] - max(box(l)[3] for l in table) > 2.5 * height:
            break  # the table's end: a gap of more than two rows
        first = line.text.split()[0] if line.text.split() else ""
        # 1, 2, 3 … or, in an excerpt (节选), on from any number: 17, 18, 19 …
        following = str(int(starts[0].text.split()[0]) + len(starts)) if starts else expected
        if (first == following or not starts and expected is None and re.fullmatch(r"[1-9]\d{0,3}", first)) \
                and abs(box(line)[0] - left) <= 3 * height:
            starts.append(line)
        table.append(line)
    if not starts:
        return [], None
    cells = _table_cells(table, starts, height)
    records = []
    for k in range(len(starts)):
        mine = sorted((c for c, at in cells if at == k), key=lambda c: c[0].centre)
        records.append(_fit(mine, words, centres) or {})
    return records, int(starts[0].text.split()[0]) + len(starts) - 1


def _table_cells(table: list[TextLine], starts: list[TextLine], height: float):
    """The table's cells (lists of ``_Word``), each with the index of the record it belongs to."""
    start_rows = {id(s): k for k, s in enumerate(starts)}

    def row_of_start(line: TextLine) -> int | None:
        if id(line) in start_rows:
            return start_rows[id(line)]
        return next((k for k, s in enumerate(starts) if same_row(line, s) or _centre_within(line, s)
                     or _centre_within(s, line)), None)

    # The table's letters, not its header's, measure the gaps: a header may be set smaller.
    height = sorted(l.line.height for l in table)[len(table) // 2]
    widest = _cell_gap(table, height)

    chains: list[tuple[list[_Word], set[int]]] = []
    for line in sorted(table, key=lambda l: (box(l)[1], box(l)[0])):
        y0, y1 = box(line)[1], box(line)[3]
        on = row_of_start(line)
        for word, x0, x1 in _pieces(line):
            centre = (x0 + x1) / 2
            under = [(c, rows) for c, rows in chains if c[-1].line is not line
                     and y0 - c[-1].top >= 0.3 * height and y0 - c[-1].bottom <= widest
                     and c[-1].x0 - height / 2 <= centre <= c[-1].x1 + height / 2
                     and (on is None or not rows or rows == {on})]
            if under:
                cell, rows = min(under, key=lambda cr: y0 - cr[0][-1].bottom)
                cell.append(_Word(word, x0, x1, y0, line, y1))
            else:
                rows = set()
                chains.append(([_Word(word, x0, x1, y0, line, y1)], rows))
            if on is not None:
                rows.add(on)
    out = []
    for cell, rows in chains:
        if rows:
            out.append((cell, min(rows)))
            continue
        # A cell of a record overlaps its 序号's row, printed from the row's top or centred on
        # it; one beside no 序号 (a heading 二等奖（13项） between the records, a note under
        # the table) is no record's.
        top, end = min(w.top for w in cell), max(w.bottom for w in cell)
        overlap = [min(end, box(s)[3]) - max(top, box(s)[1]) for s in starts]
        best = max(range(len(starts)), key=lambda k: overlap[k])
        if overlap[best] > 0:
            out.append((cell, best))
    return out


def record_under(text: DocText, heads: frozenset[str], need: int = 2) -> dict[str, tuple[str, TextLine]]:
    """The one record under a header row of at least ``need`` of ``heads`` and nothing but
    short words (a document's sign-off block: 编制 | 审核 | 批准 | 日期 over the names and
    the day), each ``{header word: (cell text, line)}``; cells wrapped onto a second line
    and boxes OCR read across cells are read as in ``numbered_records``.  Empty when no
    such header is found or its record does not fit its words."""
    for line in text.lines:
        header = _numbered_header(text, line, heads, first=None, need=need)
        if header is None:
            continue
        words, centres, page, _, bottom, height = header
        below = sorted((l for l in text.lines if l.page == page and box(l)[1] >= bottom - height / 2
                        and box(l)[1] - bottom <= 2.5 * height), key=lambda l: box(l)[1])
        if not below:
            continue
        # (a record printed larger than its header wraps a cell onto a line its own height
        # further down: 著作权人 …;保定苍山传 | 感技术股份有限公司)
        reach = box(below[0])[3] + below[0].line.height
        below += sorted((l for l in text.lines if l.page == page and l not in below
                         and box(below[0])[1] < box(l)[1] <= reach), key=lambda l: box(l)[1])
        cells = [c for c, _ in _table_cells(below, [below[0]], height)]
        record = _fit(sorted(cells, key=lambda c: c[0].centre), words, centres)
        if record:
            return record
    return {}


def _numbered_header(text: DocText, line: TextLine, heads: frozenset[str], first: str | None = "序号",
                     need: int = 2):
    """(words, their x-centres or None, page, left edge, bottom, line height) of a table
    header row beginning with ``first`` (序号; any word for None) and holding at least
    ``need`` of ``heads``, every word of it short: a header names its columns."""
    row = sorted([line] + [l for l in row_of(text, line) if l is not line], key=lambda l: box(l)[0])
    if not row[0].text.split() or line is not row[0] or first is not None and row[0].text.split()[0] != first:
        return None
    pieces = [p for l in row for p in _pieces(l)]
    words = [w for w, _, _ in pieces]
    if len(words) < 3 or sum(w in heads for w in words) < need or any(len(w) > 8 for w in words):
        return None
    own_boxes = len(row) == len(words)
    centres = [(a + b) / 2 for _, a, b in pieces] if own_boxes else None
    height = max(line.line.height, 1)
    return words, centres, line.page, box(row[0])[0], max(box(l)[3] for l in row), height


def _cell_gap(table: list[TextLine], height: float) -> float:
    """The widest gap between two lines of one cell: a cell's lines stand closer than its
    rows do, by how much depends on the table (3 px apart and rows 11 apart on one scan,
    lines touching and rows 14 apart on another).  The gaps between each box and the one
    above it in its column fall in groups; the cut is at the first clear step (a quarter of
    a letter) up to a row's gap, else at half a letter less a bit."""
    gaps = []
    for line in table:
        x0, y0, x1, _ = box(line)
        above = [box(l)[3] for l in table if l is not line and box(l)[1] < y0 - 0.3 * height
                 and min(x1, box(l)[2]) - max(x0, box(l)[0]) > 0]
        if above:
            gaps.append(y0 - max(above))
    gaps = sorted(g for g in gaps if -height <= g <= 2 * height)
    # The first clear step up to a gap rows have (two fifths of a letter at least): a cell's
    # own lines are the closest, boxes of one wrap touching or a few pixels apart (a heading
    # between records, 二等奖（13项）, stands further off than any row).
    return next(((a + b) / 2 for a, b in zip(gaps, gaps[1:]) if b - a >= 0.25 * height and b >= 0.4 * height),
                0.45 * height)


def _centre_within(a: TextLine, b: TextLine) -> bool:
    """``a``'s vertical centre inside ``b``'s span, on one page."""
    return a.page == b.page and box(b)[1] <= (box(a)[1] + box(a)[3]) / 2 <= box(b)[3]


def _fit(cells: list[list[_Word]], words: list[str],
         centres: list[float] | None) -> dict[str, tuple[str, TextLine]] | None:
    """A record's cells under the header's words, or None when they do not fit."""
    if centres is None:
        # One cell too many where two stand one over the other (a wrap OCR boxed with the
        # next cell's first line, a unit's last letter left alone): the two that share the
        # most width are one cell, the upper first.
        cells = [list(c) for c in cells]
        while len(cells) > len(words):
            pairs = [(min(a[0].x1, b[0].x1) - max(a[0].x0, b[0].x0), i, j) for i, a in enumerate(cells)
                     for j, b in enumerate(cells) if i < j]
            shared, i, j = max(pairs, default=(0, 0, 0))
            if shared <= 0:
                return None
            merged = sorted(cells[i] + cells[j], key=lambda w: (w.top, w.x0))
            cells = [c for k, c in enumerate(cells) if k not in (i, j)] + [merged]
            cells.sort(key=lambda c: c[0].centre)
    joined = [(join_cjk(" ".join(w.text for w in cell)), cell[0].line) for cell in cells]
    if centres is None:
        if len(joined) != len(words):
            return None
        return dict(zip(words, joined))
    # Nearest header word by x-centre; cells under one word are one cell printed letter-spaced
    # (``武汉巴渝 动化技术有限公司``: the order of x keeps them together).
    record: dict[str, tuple[str, TextLine]] = {}
    for (value, line), cell in zip(joined, cells):
        word = words[min(range(len(centres)), key=lambda i: abs(centres[i] - cell[0].centre))]
        record[word] = (record[word][0] + value, record[word][1]) if word in record else (value, line)
    return record


class Caption(NamedTuple):
    """A caption printed down a form's left column, one letter under another (被 | 推 | 荐 |
    人 | 情 | 况), and the part of the page it heads: the rows beside it."""
    text: str
    page: int
    x1: float  # its right edge: the rows it captions lie to the right
    top: float
    bottom: float


def vertical_captions(text: DocText, least: int = 3) -> list[Caption]:
    """Captions printed vertically in a form's cells (``Caption``): OCR gives each letter a
    box of its own, so they are read as lines of one letter stacked in a column, each within
    a letter's height or so of the one above; ``least`` letters or more make a caption.

    >>> from extractor.model import Line, Page, ReadResult
    >>> letters = [Line(c, (70, 140 + 12 * i, 81, 151 + 12 * i)) for i, c in enumerate("被推荐人情况")]
    >>> rows = [Line("姓名 尉迟勇鹏", (100, 138, 300, 148))]
    >>> page = Page(1, 600, 800, "ocr", rows + letters)
    >>> [(c.text, c.top, c.bottom) for c in vertical_captions(DocText(ReadResult("f", "", [page])))]
    [('被推荐人情况', 140, 211)]
    """
    singles = sorted((l for l in text.lines if len(l.compact) == 1 and re.match(f"[{CJK}]", l.compact)),
                     key=lambda l: (l.page, box(l)[0], box(l)[1]))
    captions: list[Caption] = []
    used: set[int] = set()
    for first in singles:
        if first.index in used:
            continue
        column, last = [first], first
        height = max(first.line.height, 1)
        while True:
            x0, _, _, y1 = box(last)
            below = [l for l in singles if l.page == first.page and l.index not in used and l is not last
                     and abs(box(l)[0] - x0) <= 0.5 * height and 0 <= box(l)[1] - y1 <= 1.2 * height
                     and l not in column]
            if not below:
                break
            last = min(below, key=lambda l: box(l)[1])
            column.append(last)
        if len(column) >= least:
            used.update(l.index for l in column)
            captions.append(Caption("".join(l.compact for l in column), first.page,
                                    max(box(l)[2] for l in column), box(column[0])[1], box(column[-1])[3]))
    return captions


def annex_column(text: DocText, head: str, first_page: bool = False) -> tuple[list[str], TextLine] | None:
    """The ``head`` column (著作权人, 专利权人) of a certificate's 附页, after its first page: a
    table (序号 | 专利权人 | 地址) whose every row names one holder, in order; else None.
    With ``first_page``, such a table on the certificate itself too (著作权人： over a table
    著作权人 | 国籍 | 省份 | 城市), its header a row of three captions or more."""
    for header in text.lines:
        words = header.text.split()
        columns = sorted(row_of(text, header) + [header], key=lambda l: box(l)[0])
        if header.page == 1 and not (first_page and _caption_row(words if len(words) > 1 else
                                                                 [c.compact for c in columns])):
            continue
        # (its caption may say what it holds: 著作权人(姓名或名称), probe DI sc06)
        headed = [k for k, w in enumerate(words) if re.fullmatch(re.escape(head) + r"(?:[（(][^（()）]{1,8}[)）])?", w)]
        if not (header.compact == head or headed):
            continue
        rows = table_rows(text, header)
        if len(words) > 1:
            column = headed[0]
        else:
            column = columns.index(header)
        if rows and sum(c is not None for c in rows[0][0]) >= 2:
            # (the table ends at the first line that fills no other column: the certificate's next label)
            end = next((k for k, (cells, _) in enumerate(rows) if sum(c is not None for c in cells) < 2), len(rows))
            rows = rows[:end]
        names = [holders(text, None, cells[column]) if column < len(cells) and cells[column] else None
                 for cells, _ in rows]
        if names and all(n and len(n) == 1 for n in names):
            return [n[0] for n in names], header
    return None


# ---- writers a preface's sentence names (reports and books) ----------------------------------

# 本报告由张三（组长）、李四、王五共同编写完成: the writers a preface names.
# (the unit they work in may stand before the names: 由公司技术中心傅蕾、林建国…共同编写)
# (a dotted name runs longer than five letters: 吐尔洪·阿西木)
_A_NAME = r"(?:[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,5})"
_WRITTEN_BY = re.compile(r"由(?:[\u4e00-\u9fff]{1,16}?(?:中心|部门|部|研究所|所|研究院|院|处|室|公司|团队|小组))?"
                         r"((?:" + _A_NAME + r"(?:[（(][^）)]{1,6}[）)])?[、，,和及]){1,30}?"  # (the first verb ends it)
                         r"(?:[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}?|[\u4e00-\u9fff]{2,5}?)(?:[（(][^）)]{1,6}[）)])?)(?:等同志)?(?:共同|负责|联合|合作)?"
                         r"(?:编写|编制|撰写|执笔|起草|编著)")  # (a book's preface: 本书由冉启东、范德昌、祝晓光编著)


# 本报告主要编写人员：冯志、易水、蒲英、车明。 / 参加本规划编制的主要人员有：江雪、… / 参与编制的人员有：… — a list in
# the middle of a preface's sentence; 参加编写的有工程技术部冯涛、孔德明等同志 — after a department.
_NAMES_RUN = r"((?:[\u4e00-\u9fff·]{2,12}[、，,]){1,30}[\u4e00-\u9fff·]{2,5}?)(?:等(?:同志|人)?)?(?=[。；;，,]|$)"
_LISTED_WRITERS = re.compile(r"(?:主要)?(?:编写|编制|撰写|起草)(?:人员|人)(?:有|为)?[:：]" + _NAMES_RUN + "|"
                             r"(?:参加|参与)(?:本[\u4e00-\u9fff]{1,4}?)?(?:编写|编制|撰写)(?:工作)?的(?:主要)?(?:人员|同志)?有[:：]?"
                             + _NAMES_RUN)
# 本白皮书由谢芳一牵头，司马泽新、闫琳、汤文林参与编写: the one who led, then those who joined.
# (由姜睿同志总体负责，陆刚、东方岚、孙伟同志参与编写)
_LED_AND_JOINED = re.compile(r"由([\u4e00-\u9fff·]{2,5}?)(?:同志)?(?:牵头|执笔|主笔|(?:总体|全面)?负责|主持|统筹)[，,]"
                             r"((?:[\u4e00-\u9fff·]{2,5}[、，,])*[\u4e00-\u9fff·]{2,5}?)(?:等)?(?:同志)?(?:等)?(?:共同)?"
                             r"参与(?:编写|编制|撰写|起草)")
# 报告撰写分工如下：第一章、第二章由房玄龄撰写，第三章由杜如晦撰写: who wrote which chapters.
_CHAPTER_WRITER = re.compile(r"第[一二三四五六七八九十\d]+章(?:[、至和及]第[一二三四五六七八九十\d]+章)*由([\u4e00-\u9fff·]{2,5}?)(?:撰写|编写|执笔|完成)")
# 本报告由…公司总工程师何志军主持编写: the one who led the writing, named before 主持.
_LED_WRITING = re.compile(r"由([^。；;，,]{2,40}?)主持(?:编写|编制|撰写)")


def prose_writers(text: DocText) -> tuple[list[str], TextLine] | None:
    """The writers a sentence names (a preface's 本白皮书由…共同编写完成), their roles in
    brackets (组长, 执笔) dropped; all names or none.  One who led the writing (由…何志军
    主持编写) comes first, then those the preface lists (参加编写的有…)."""
    body, starts = running_text(text)
    led_by = _LED_AND_JOINED.search(body)  # 由谢芳一牵头，司马泽新、闫琳…参与编写
    if led_by:
        names = plain_names(led_by.group(1) + "、" + led_by.group(2))
        if names and len(names) >= 2:
            return names, line_at(starts, led_by.start(1))
    for match in _WRITTEN_BY.finditer(body):
        listed = re.sub(r"[（(][^）)]{1,6}[）)]", "", match.group(1))
        names = plain_names(re.sub(r"(?<=[\u4e00-\u9fff]{2})[和及](?=[\u4e00-\u9fff]{2})", "、", listed))
        if names and len(names) >= 2:
            return names, line_at(starts, match.start(1))
    chapters = [(m.group(1), m.start(1)) for m in _CHAPTER_WRITER.finditer(body)]
    names = []
    for name, _ in chapters:  # 第一章、第二章由房玄龄撰写，第三章由杜如晦撰写…: each once, in order
        if name not in names and labelled_surname(name) and plain_names(name) == [name]:
            names.append(name)
    if len(names) >= 2:
        return names, line_at(starts, chapters[0][1])
    led = _LED_WRITING.search(body)
    leader = sentence_person(led.group(1)) if led else None
    leader = leader if isinstance(leader, str) else None
    match = _LISTED_WRITERS.search(body)
    listed = None
    if match:
        items = re.split(r"[、，,]", match.group(1) or match.group(2))
        first = sentence_person(items[0]) if len(items[0]) > 4 else items[0]  # (工程技术部)冯涛
        listed = plain_names("、".join([first if isinstance(first, str) else items[0]] + items[1:]))
    if listed and all(has_surname(n) for n in listed):
        names = ([leader] if leader else []) + [n for n in listed if n != leader]
        return names, line_at(starts, (led or match).start(1))
    if leader:
        return [leader] + [n for n in _shares_named(body[led.end():]) if n != leader], line_at(starts, led.start(1))
    return None


# The rest of a sentence naming who led the writing: who joined in it and who wrote which part
# (…主持编制，党晓玲、匡正参与了第三章和第五章的编写，应天培负责投资估算与财务评价，全书由裴东来统稿).
_JOINED_CLAUSE = re.compile(r"^((?:[\u4e00-\u9fff·]{2,5}[、和及])*[\u4e00-\u9fff·]{2,5}?)(?:等同志)?(?:参与|参加)了?"
                            r"[^。；;，,]{0,24}?(?:编写|编制|撰写|起草|执笔)")
_SHARE_CLAUSE = re.compile(r"^([\u4e00-\u9fff·]{2,4}?)负责(?:了)?(?:第[一二三四五六七八九十\d]+章|[^。；;，,]{2,16}?)"
                           r"(?:的?(?:编写|编制|撰写)(?:工作)?)?$")


def _shares_named(rest: str) -> list[str]:
    """The people the rest of a leader's sentence gives a share of the writing, in order.

    >>> _shares_named("，党晓玲、匡正参与了第三章和第五章的编写，应天培负责投资估算与财务评价，全书由裴东来统稿。")
    ['党晓玲', '匡正', '应天培']
    >>> _shares_named("，项目组其他成员提供了资料。")
    []
    """
    sentence = re.split(r"[。；;]", rest, maxsplit=1)[0]
    names: list[str] = []
    for clause in re.split(r"[，,]", sentence):
        joined = _JOINED_CLAUSE.match(clause)
        share = None if joined else _SHARE_CLAUSE.match(clause)
        found = plain_names(re.sub(r"(?<=[\u4e00-\u9fff]{2})[和及](?=[\u4e00-\u9fff]{2})", "、", joined.group(1))) if joined \
            else plain_names(share.group(1)) if share else None
        # (the clause's own words place a person there: a rarer surname is one, 应天培负责…)
        if found and all(labelled_surname(n) for n in found):
            names += [n for n in found if n not in names]
    return names


def cell_words(value: str) -> list[str]:
    """A text layer's row of cells as words, a caption printed letter-spaced (``姓 名``, ``职 称``,
    ``编  写``) as one.

    >>> cell_words("推荐人姓名   慕容嘉诚   职 称   正高级工程师")
    ['推荐人姓名', '慕容嘉诚', '职称', '正高级工程师']
    """
    return re.sub(r"(?<![^\s])([\u4e00-\u9fff])\s{1,2}([\u4e00-\u9fff])(?![^\s])", r"\1\2", value).split()


# ---- a list OCR glued into one run ---------------------------------------------------------------

_GLUED_RUN = re.compile(rf"[{CJK}]{{5,40}}")
_NOT_PEOPLE = re.compile(r"公司|大学|学院|研究院|研究所|中心|集团|工厂|[省市区县]")


def glued_after(text: DocText, labels: list[str]) -> tuple[str, TextLine] | None:
    """A list of people after its label that OCR read as one run of letters, the spaces
    between the names lost (``(72)发明人 尹航廖红梅甘泉贺子琪``, ``小组成员:顾桂飞张楷黄颖琳…``): the
    run, from which only a cut every reading agrees on may give a place
    (``extractor.fields.people.rank_in_run``); never one name, a unit or a sentence.

    >>> from extractor.model import Line, Page, ReadResult
    >>> doc = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", [
    ...     Line("(72)发明人 尹航廖红梅甘泉贺子琪", (100, 100, 600, 130)), Line("小组成员:重庆数智装备有限公司", (100, 150, 600, 180))])]))
    >>> glued_after(doc, ["发明人"])[0], glued_after(doc, ["小组成员"])
    ('尹航廖红梅甘泉贺子琪', None)
    """
    for hit in text.find_label(labels):
        rest = re.sub(r"^[\s:：]+", "", hit.line.compact[hit.end:])
        if not rest:
            cell = right_of(text, hit.line, slack=0.5 * hit.line.line.height)
            rest = cell.compact if cell is not None else ""
        if _GLUED_RUN.fullmatch(rest) and not _NOT_PEOPLE.search(rest) and not SENTENCE_WORDS.search(rest) \
                and labelled_surname(rest) and not is_name(rest):
            return rest, hit.line
    return None
