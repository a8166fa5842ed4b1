"""Where things stand on a page: rows, columns, a label's value, lists of names, running text.

Every document type reads its fields with these (``extractor.doctypes.<type>``); none of
them knows a document type.  Boxes are in page units, origin top-left; a ``TextLine`` is a
normalised line with its page and box (``extractor.text``).

- **Rows and cells**: ``row_of`` (the lines beside a line), ``right_of`` (the next cell to
  the right: a form's value), ``column_below`` (a table column under its header),
  ``empty_cell`` (where a cell is that nothing was read from).
- **Below**: ``next_line`` (the next line in reading order when close under), ``line_below``
  (the nearest line under, by geometry: OCR interleaves spreads), ``indented_below`` (a
  value printed under its label, indented), ``value_below`` (the same in a table read out
  of order).
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
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from .fields.dates import parse_date
from .fields.people import COMPOUND_SURNAMES, SURNAMES, split_people
from .text import SEPARATORS, DocText, LabelHit, TextLine, same_row

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
HAS_CJK = re.compile(f"[{CJK}]")
# The next label of a form (完成日期：…) opening a line.
LABEL_START = re.compile(rf"^[{CJK}]{{2,7}}[:：]")
_ASCII_TO_FULL = str.maketrans({"(": "（", ")": "）", ":": "：", ";": "；"})


def box(line: TextLine) -> tuple[float, float, float, float]:
    return line.line.box


def chinese_punctuation(value: str) -> str:
    """A Chinese title as printed: reading folds full-width punctuation to ASCII (NFKC), so a
    text layer and a scan of one certificate agree only if it is turned back (the truth
    keeps what is printed: ``边缘计算盒（T390型）``).  Latin-only values are left alone."""
    return value.translate(_ASCII_TO_FULL) if HAS_CJK.search(value) else value


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


def column_below(text: DocText, header: TextLine) -> list[TextLine]:
    """The cells under a table header, top to bottom.  A line belongs to the column whose
    header centre is nearest its own centre (cells are wider than headers); a line across
    two header centres, or a gap of more than 2.5 header heights, ends the table (the
    特发此证 sentence and the seal below it)."""
    headers = sorted(row_of(text, header) + [header], key=lambda l: box(l)[0])
    centres = [(box(h)[0] + box(h)[2]) / 2 for h in headers]
    mine = centres[[h.index for h in headers].index(header.index)]
    hy0, hy1 = box(header)[1], box(header)[3]
    in_row = {h.index for h in headers}
    below = sorted((l for l in text.lines if l.page == header.page and l.index not in in_row
                    and box(l)[1] > (hy0 + hy1) / 2), key=lambda l: box(l)[1])
    cells, bottom, step = [], hy1, 2.5 * max(header.line.height, 1)
    for line in below:
        x0, y0, x1, y1 = box(line)
        if sum(x0 <= c <= x1 for c in centres) >= 2:
            break
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


# --------------------------------------------------------------------------- below

def next_line(text: DocText, line: TextLine, lines: float = 1.5) -> TextLine | None:
    """The next line in reading order when it stands close under ``line`` on the same page."""
    if line.index + 1 >= len(text.lines):
        return None
    nxt = text.lines[line.index + 1]
    gap = nxt.line.box[1] - line.line.box[3]
    return nxt if nxt.page == line.page and gap < lines * max(line.line.height, 1) else None


def line_below(text: DocText, line: TextLine, max_gap: float = 1.0) -> TextLine | None:
    """The next line under ``line`` in the same column (boxes overlapping horizontally),
    when it follows within ``max_gap`` line heights: the second line of a wrapped title or
    sentence.  Geometry, not list order: OCR interleaves the two pages of a spread."""
    x0, y0, x1, y1 = box(line)
    below = [l for l in text.lines if l.page == line.page and box(l)[1] > y0 + 0.5 * line.line.height
             and box(l)[0] < x1 and box(l)[2] > x0]
    nearest = min(below, key=lambda l: box(l)[1], default=None)
    if nearest is not None and box(nearest)[1] - y1 <= max_gap * line.line.height:
        return nearest
    return None


def indented_below(text: DocText, label: TextLine) -> TextLine | None:
    """The line just under a label that stands alone, indented like a value and not itself
    a label (the rule of ``DocText.first_value``)."""
    below = next_line(text, label)
    if below is not None and box(below)[0] > box(label)[0] and not LABEL_START.match(below.compact):
        return below
    return None


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


def heading_labels(text: DocText, labels: list[str]) -> list[LabelHit]:
    """Hits of ``labels`` that head a field, in document order: followed by a separator or
    ending the line, or opening the line with a space after them (``获 奖 者 罗泽``) — not
    the same words inside a sentence (``（第4完成人）。特发此证``) or a longer label
    (``完成人排序``, ``推荐人签名``)."""
    def heads(hit: LabelHit) -> bool:
        after = hit.line.compact[hit.end:hit.end + 1]
        if after == "" or after in SEPARATORS:
            return True
        spaced = r"\s*".join(map(re.escape, hit.label)) + r"\s"
        return hit.start == 0 and re.match(spaced, hit.line.text.lstrip()) is not None
    return sorted((h for h in text.find_label(labels) if heads(h)), key=lambda h: (not h.exact, h.line.index))


def field_value(text: DocText, hit: LabelHit,
                headers: frozenset[str] = frozenset()) -> tuple[str, list[TextLine]] | None:
    """What a label introduces: the rest of its line; else the cell to its right (a form);
    else, when the label stands in a row of ``headers``, the cells of its column (a table)."""
    value = after_label(hit.line.text, hit.label) if hit.exact else hit.value
    if value:
        return value, [hit.line]
    row = row_of(text, hit.line)
    beside = next((l for l in row if box(l)[0] >= box(hit.line)[2] - 2), None)
    if beside is not None and beside.compact.strip(SEPARATORS) not in headers:
        return beside.text, [beside]
    if not any(l.compact.strip(SEPARATORS) in headers for l in row):
        below = indented_below(text, hit.line)
        return (below.text, [below]) if below else None
    cells = [c for c in column_below(text, hit.line) if not LABEL_START.match(c.compact)]
    return (" ".join(c.text for c in cells), cells) if cells else None


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
_NAME = re.compile(rf"[{CJK}·]{{2,5}}|(?=.{{3,12}}$)[{CJK}]+(?:·[{CJK}]+)+|[A-Za-z][A-Za-z .'\-]{{1,40}}")
# Labels that stand before lists of people, and OCR's damage of them, are never a person.
PEOPLE_LABELS = ("发明人", "设计人", "著作权人", "专利权人", "作者", "编著", "主编", "起草人", "完成人", "获奖者",
                 "获奖人", "负责人", "成员", "姓名", "推荐人", "持证人", "编写人", "参加人员", "完成单位", "单位")


def not_a_name(name: str) -> bool:
    """A label (or its OCR damage, 发明入, 设计入, 作著) read where a name should be.

    >>> not_a_name('发明入'), not_a_name('作著'), not_a_name('欧阳明')
    (True, True, False)
    """
    if name in PEOPLE_LABELS:
        return True
    if len(name) == 2 and name[0] in "作编著主" and name[1] in "者著编":
        return True
    return any(len(label) == len(name) >= 3 and Levenshtein.distance(label, name) <= 1
               and name[0] not in SURNAMES for label in PEOPLE_LABELS)


def is_name(name: str, longest: int = 5) -> bool:
    """Whether ``name`` can be a person's name: 2–``longest`` Chinese characters (or a
    transliterated or Latin name), never a label."""
    if not _NAME.fullmatch(name) or not_a_name(name):
        return False
    return not HAS_CJK.match(name) or "·" in name or len(name) <= longest


def names_in(value: str) -> list[str]:
    """The names in a list, anything else dropped."""
    return [n for n in split_people(value) if is_name(n)]


def names_of(value: str) -> list[str] | None:
    """The names of a list, or None when any part is not a name: a list half read (a
    glued run of names, a stray word) is left out, not reported in part."""
    names = [part for name in split_people(value) for part in _two_names(name)]
    ok = names and all(is_name(n, longest=4) for n in names)
    return names if ok else None


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
    a two-digit day (``2013年06月24``): a shorter day may have lost a digit with it."""
    if re.match(rf"^[{CJK}]{{1,10}}[:：]", compact):
        return None
    if re.fullmatch(r"\d{4}年\d{1,2}月\d{2}", compact):
        compact += "日"
    date = parse_date(compact)
    return date if date is not None and date.month is not None else None


def issue_date(text: DocText):
    """The date a certificate or letter is signed on: the lowest line that is only a date,
    never a date inside a sentence (birth, years of study).  A date the seal cut short
    (``一九年十月十日``) is not completed from the document number's year: the seal drops
    characters inside it too (十七日 read 十日), so what remains cannot be trusted."""
    for line in sorted(text.lines, key=lambda l: (l.page, l.top), reverse=True):
        date = standalone_date(line.compact)
        if date is not None:
            return date, line
    return None


def addressed_people(text: DocText):
    """``张三同志：`` or ``张三，李四：你们的作品…`` — a certificate that addresses its holders.
    The colon ends the line unless 同志/先生/女士 says a person is meant, and a lone name
    must begin with a common surname (``附件：``, ``专业：`` are labels, not people)."""
    for line in text.lines[:12]:
        match = re.match(r"^([\u4e00-\u9fff，,、\s]{2,60}?)\s*(同志|先生|女士)?\s*[:：]\s*(.*)$", line.text)
        if not match or (match.group(3) and not match.group(2)):
            continue
        if re.search(r"[名称单位日期号人师]$", match.group(1).strip()):
            continue
        names = split_people(match.group(1))
        if names and all(2 <= len(n) <= 4 for n in names) and (
                len(names) > 1 or match.group(2) or names[0][0] in SURNAMES):
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
    """The issuing body: the last line near the date that names an authority."""
    candidates = [l for l in text.lines if ISSUER_WORDS.search(l.compact) and len(l.compact) <= 30
                  and "：" not in l.text and ":" not in l.text]
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
    """
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
    return value.replace("(", "（").replace(")", "）")


def block(text: DocText, line: TextLine, allowed: list[TextLine] | None = None) -> list[TextLine]:
    """``line`` and the lines of the same size directly above and below it (from
    ``allowed``, when given): a title printed on two or three lines."""
    def fits(other: TextLine | None) -> bool:
        return (other is not None and similar_height(other, line) and bool(HAS_CJK.search(other.text))
                and (allowed is None or other in allowed))

    lines = [line]
    while len(lines) < 4 and fits(nxt := line_below(text, lines[-1])):
        lines.append(nxt)
    while len(lines) < 4:
        prev = next((l for l in text.lines if l.page == line.page and line_below(text, l) is lines[0]), None)
        if not fits(prev):
            break
        lines.insert(0, prev)
    return lines


def starts_form_row(text: DocText, line: TextLine) -> bool:
    """``line`` is a label (完成日期：), or the value of one standing to its left."""
    return any(LABEL_START.match(l.compact) for l in text.lines
               if l is line or (same_row(l, line) and box(l)[0] < box(line)[0]))


def paragraph(text: DocText, line: TextLine, value: str, limit: int = 3) -> str:
    """``value`` (the rest of ``line``) and the lines it runs on to, joined without a break:
    a Chinese paragraph wraps anywhere, even inside a name (邵 / 雪秀).  A continuation
    starts no further right than ``line`` and is no next row of a form (a label there)."""
    current = line
    for _ in range(limit):
        if value.rstrip().endswith(("。", ".")):
            break
        nxt = line_below(text, current, max_gap=1.2)
        if nxt is None or not similar_height(nxt, line, 0.3) or box(nxt)[0] > box(line)[0] + line.line.height \
                or starts_form_row(text, nxt):
            break
        value, current = value.rstrip() + nxt.text.strip(), nxt
    return value.strip().rstrip("。.")


_AFTER_LABEL = re.compile(r"^(?:[(（][^)）]{0,12}[)）])?[:：]")  # 主要编写人员（排名不分先后）：


def labelled_people(text: DocText, labels: list[str]) -> tuple[list[str], TextLine] | None:
    """The people after a label that a colon ends (``编写人员：`` but not ``作者简介``,
    nor ``技术报告）`` read as a damaged 报告人), in the form's cell to its right when
    nothing follows on its line, continued on the lines of the same paragraph."""
    for hit in text.find_label(labels):
        after = _AFTER_LABEL.match(hit.line.compact[hit.end:])
        if not after:
            continue
        value, anchor = text_after(hit.line, hit.end + after.end()), hit.line
        if not value.strip():
            cell = right_of(text, hit.line, slack=0.5 * hit.line.line.height)
            if cell is not None and not LABEL_START.match(cell.compact):
                value, anchor = cell.text, cell
        names = names_of(paragraph(text, anchor, value))
        if names:
            return names, anchor
    return None
