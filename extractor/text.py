"""A document's text as the classifier and the field extractors search it.

Labels on certificates are printed as ``标签：值``; OCR splits them (``专`` / ``利号：…``),
damages one character (``发明入``) or drops the colon.  ``DocText`` keeps every line with
its page and box, and ``find_label`` finds a label despite such damage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz.distance import Hamming, Levenshtein

from .model import Line, ReadResult
from .normalize import WATERMARK_WORDS, in_watermark, is_watermark, normalise_text

SEPARATORS = ":：;；"
_SEPARATOR = re.compile(f"[{SEPARATORS}]")


def _watermark_fragment(text: str, line: Line) -> bool:
    """A short piece of a diagonal watermark (使用 of 仅供职称申报使用): a watermark's words,
    in a box much taller than its characters are wide, as slanted print is boxed.

    >>> _watermark_fragment("使用", Line("使用", (734, 673, 820, 842))), _watermark_fragment("使用", Line("使用", (100, 50, 190, 95)))
    (True, False)
    """
    compact = "".join(text.split())
    if not 2 <= len(compact) <= 4 or not in_watermark(compact):
        return False
    x0, y0, x1, y1 = line.box
    return y1 - y0 >= 1.8 * (x1 - x0) / len(compact)


_WATERMARK_LETTERS = frozenset("".join(WATERMARK_WORDS))


def _aslant(text: str, line: Line) -> bool:
    """A line read along a slant of 20° or more: a watermark printed across the page, whatever
    OCR made of its words (仅供职称申报使用 read as 又供职校廣誤練报使用).  Print is boxed one
    letter high (or, set vertically, one letter wide); slanted words are boxed tall and wide.

    >>> _aslant("又供职校廣誤練报使用", Line("", (215, 321, 1032, 1138))), _aslant("工业互联网平台建设方案", Line("", (100, 50, 900, 95)))
    (True, False)
    >>> _aslant("仅供参考", Line("", (100, 50, 145, 230)))  # a column of vertical print
    False
    >>> _aslant("仅供职利", Line("", (1382, 9, 1641, 209))), _aslant("仅供职称", Line("", (100, 50, 280, 95)))
    (True, False)
    """
    compact = "".join(text.split())
    letters = len(compact)
    # (and made of a watermark's letters, however garbled: never a line of figures, or of
    # words a watermark does not have)
    if letters < 3 or re.search(r"\d", compact) or sum(c in _WATERMARK_LETTERS for c in compact) < 0.4 * letters:
        return False
    x0, y0, x1, y1 = line.box
    width, height = x1 - x0, y1 - y0
    # (the diagonal of a slanted run's box is about one letter longer than the run: its
    # thickness; counted, a four-letter fragment at 40° is told from print too)
    letter = (width ** 2 + height ** 2) ** 0.5 / (letters + 1)
    return height >= 2.5 * letter and width >= 2.5 * letter and height >= 0.36 * width


@dataclass(frozen=True)
class TextLine:
    page: int  # 1-based
    index: int  # position in the document's line list
    line: Line
    page_height: float
    page_width: float

    @property
    def text(self) -> str:
        return self.line.text

    @property
    def compact(self) -> str:
        return self.line.compact

    @property
    def top(self) -> float:
        """Vertical position as a share of the page height (0 top, 1 bottom)."""
        return self.line.box[1] / self.page_height if self.page_height else 0.0


@dataclass(frozen=True)
class LabelHit:
    line: TextLine
    label: str  # the label as it should read
    start: int  # span of the (possibly damaged) label in line.compact
    end: int
    exact: bool

    @property
    def value(self) -> str:
        """What follows the label on its line, without the separator."""
        return self.line.compact[self.end:].lstrip(SEPARATORS + " ")


_STAMP_PHRASES = tuple(w for w in WATERMARK_WORDS if "原件" in w and len(w) >= 6)


def _copy_stamp(compact: str) -> bool:
    """A copy stamp's words, read whole or with one letter damaged (复印件与原件政致)."""
    return 6 <= len(compact) <= 10 and any(Levenshtein.distance(compact, p, score_cutoff=1) <= 1 for p in _STAMP_PHRASES)


_CLOCK = re.compile(r"(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?")
_SCREEN_DAY = re.compile(r"(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}|(?:星期|周)[一二三四五六日天](?:19|20)?\d{0,2}[/.-]?\d{0,2}")


def _beside(day: "TextLine", clock: "TextLine") -> bool:
    """``day`` stands with ``clock`` as a taskbar prints them: just under or over it, the
    same few letters' width apart at most."""
    height = max(clock.line.height, day.line.height, 1)
    (dx0, dy0, dx1, _), (cx0, cy0, cx1, _) = day.line.box, clock.line.box
    return day.page == clock.page and abs(dy0 - cy0) <= 2.5 * height and dx0 < cx1 + 3 * height and cx0 < dx1 + 3 * height


# A copy stamp's handler line (经办人：…, 核对人：… with the day the copy was certified).
_HANDLER = r"(?:经办人|核对人|核验人|复核人)"
_HANDLER_DAY = re.compile(_HANDLER + r"[:：]?(?:19|20)\d\d[.．/-]\d{1,2}[.．/-]\d{1,2}")


def _stamp_body(line: "TextLine", stamp: "TextLine") -> bool:
    """``line`` is the stamp's handler line under its words, or the day he checked the copy
    standing there alone (核对人：<scrawl> | 2024.2.1)."""
    height = max(stamp.line.height, 1)
    below = 0 <= line.line.box[1] - stamp.line.box[1] <= 3 * height
    near = line.line.box[0] < stamp.line.box[2] + height and stamp.line.box[0] - 2 * height < line.line.box[2]
    return line.page == stamp.page and below and near and bool(re.match(_HANDLER, line.compact))


def _handlers_day(line: "TextLine", handlers: list["TextLine"]) -> bool:
    """``line`` is a day alone on the row of a stamp's handler line (核对人：<scrawl> | 2024.2.1)
    or just under it: when he checked the copy.  A day under the stamp's words with no handler
    beside it is the document's own (the stamp pressed over its foot)."""
    if not _STAMP_DAY.fullmatch(line.compact):
        return False
    for handler in handlers:
        height = max(handler.line.height, 1)
        if line.page == handler.page and -0.5 * height <= line.line.box[1] - handler.line.box[1] <= 1.5 * height \
                and line.line.box[0] < handler.line.box[2] + 6 * height:
            return True
    return False


# A day alone in a copy stamp (2024.2.1, 2024年2月1日): when the copy was checked.
_STAMP_DAY = re.compile(r"(?:19|20)\d\d(?:[.．/-]\d{1,2}[.．/-]\d{1,2}|年\d{1,2}月\d{1,2}日)")


# Captions printed letter-spaced (编  制：魏龙) whose first letter OCR boxes on its own.
_SPACED_CAPTIONS = frozenset(("编制", "审核", "批准", "校对", "编写", "起草", "主编", "执笔", "复核", "签发", "撰写",
                              "日期", "姓名", "单位", "职称", "性别", "作者", "主审", "审定", "核定", "会签",
                              "成员", "组长", "组员", "合计", "总计"))


def _glue_spaced_captions(lines: list["TextLine"]) -> list["TextLine"]:
    """A letter-spaced caption's first letter, boxed apart from the rest of its line (编 | 制：魏龙),
    or from its second letter alone (a table's 合 | 计 row), joined to it again (编 制：魏龙):
    else the caption is lost and its value with it."""
    def glued(line: "TextLine", rest: "TextLine | None") -> "Line | None":
        if rest is None or len(line.compact) != 1 or rest.page != line.page \
                or not re.match(r"^[\u4e00-\u9fff](?:[:：]|$)", rest.compact) or line.compact + rest.compact[0] not in _SPACED_CAPTIONS:
            return None
        (x0, y0, x1, y1), (a0, b0, a1, b1) = line.line.box, rest.line.box
        height = max(y1 - y0, b1 - b0, 1)
        if min(y1, b1) - max(y0, b0) >= 0.5 * min(y1 - y0, b1 - b0) and -height <= a0 - x1 <= height:
            return Line(f"{line.text.strip()} {rest.text.strip()}", (min(x0, a0), min(y0, b0), max(x1, a1), max(y1, b1)),
                        min(line.line.confidence, rest.line.confidence))
        return None

    out: list[TextLine] = []
    skip: set[int] = set()
    for k, line in enumerate(lines):
        if k in skip:
            continue
        joined = glued(line, lines[k + 1] if k + 1 < len(lines) else None)
        if joined is not None:
            skip.add(k + 1)
        elif out and (joined := glued(line, lines[k - 1])) is not None and out[-1].line is lines[k - 1].line:
            # (the rest of the line boxed taller, so listed first: 员：范国庆、… before its 成)
            out.pop()
        out.append(TextLine(line.page, len(out), joined or line.line, line.page_height, line.page_width))
    return out


# A web form's button, boxed on its own (查询, 搜 索, 立即查询).
_BUTTON = re.compile(r"(?:立即|开始)?(?:查询|搜索|检索)|重置|提交")
_CAPTION = re.compile(r"[\u4e00-\u9fff]{2,10}[:：]")


def _search_form(lines: list["TextLine"]) -> set[int]:
    """The lines (their ids) of a screenshot's search form: a row holding a button alone in
    its box and a caption with its colon (软件名称: | 注塑车间能耗优化 | 著作权人: | 查询).

    >>> rows = [("软件名称:", 84, 287), ("注塑车间能耗优化", 184, 287), ("著作权人:", 593, 285), ("查询", 1138, 285),
    ...         ("登记号", 61, 409), ("软件全称", 360, 409)]
    >>> lines = [TextLine(1, k, Line(t, (x, y, x + 30 * len(t), y + 26)), 1080, 1920) for k, (t, x, y) in enumerate(rows)]
    >>> sorted(l.text for l in lines if id(l) in _search_form(lines))
    ['查询', '注塑车间能耗优化', '著作权人:', '软件名称:']
    """
    dropped: set[int] = set()
    for button in (l for l in lines if _BUTTON.fullmatch(l.compact)):
        (_, y0, _, y1), height = button.line.box, max(button.line.height, 1)
        row = [l for l in lines if l.page == button.page and abs((l.line.box[1] + l.line.box[3]) / 2 - (y0 + y1) / 2) <= height / 2]
        if any(_CAPTION.match(l.compact) for l in row):  # (a button has no colon: never its own caption)
            dropped |= {id(l) for l in row}
    return dropped


class DocText:
    """The lines of a document (or of some of its pages) as parsers read them: normalised
    (``extractor.normalize``: simplified characters, watermarks dropped), each with its page
    and box.  ``pages`` limits it to one document of a file that holds several."""

    def __init__(self, result: ReadResult, pages: tuple[int, int] | None = None):
        self.result = result
        self.lines: list[TextLine] = []
        stamped: list[TextLine] = []  # copy stamps' words, dropped as watermarks are
        for page in result.pages:
            if pages is not None and not pages[0] <= page.number <= pages[1]:
                continue
            for line in page.lines:
                text = normalise_text(line.text)
                if is_watermark("".join(text.split())) or _watermark_fragment(text, line) or _aslant(text, line):
                    if _copy_stamp("".join(text.split())):  # (no line of the document, but where its handler signs)
                        stamped.append(TextLine(page.number, -1, Line(text, line.box, line.confidence), page.height, page.width))
                    continue
                read = line if text == line.text else Line(text, line.box, line.confidence)
                self.lines.append(TextLine(page.number, len(self.lines), read, page.height, page.width))
        self.lines = _glue_spaced_captions(self.lines)
        # Lines of the screen or of a copy stamp, never the document's, each with its date:
        # a screenshot's taskbar clock and the day under it (16:05 | 2025/3/20); a copy stamp's
        # words a letter damaged (复印件与原件政致) and its handler's line (经办人：2025.03.12), or that
        # line alone, the stamp's words unread under their red (a day and no name, as no
        # document's own 经办人 prints it).
        # (and a register's search form over its results, 软件名称: 注塑车间能耗优化  著作权人:  [查询]:
        # what was typed into its boxes, and its button, are no record's, probe DG S04)
        form = _search_form(self.lines)
        clocks = [l for l in self.lines if _CLOCK.fullmatch(l.compact)]
        stamps = [l for l in self.lines if _copy_stamp(l.compact) or _HANDLER_DAY.fullmatch(l.compact)] + stamped
        handlers = [l for l in self.lines if any(_stamp_body(l, s) for s in stamps)]
        dropped = {id(l) for l in self.lines if l in clocks or l in stamps
                   or _SCREEN_DAY.fullmatch(l.compact) and any(_beside(l, c) for c in clocks)
                   or any(l is h for h in handlers) or _handlers_day(l, handlers)} | form
        if dropped:
            kept = [l for l in self.lines if id(l) not in dropped]
            self.lines = [TextLine(l.page, k, l.line, l.page_height, l.page_width) for k, l in enumerate(kept)]

    @cached_property
    def compact(self) -> str:
        return "\n".join(l.compact for l in self.lines)

    @cached_property
    def text(self) -> str:
        return "\n".join(l.text for l in self.lines)

    def title_lines(self, share: float = 0.4, pages: int = 2) -> list[TextLine]:
        """Lines in the top part of the first ``pages`` pages that have text: where titles
        stand (a scanned certificate often follows a typed cover sheet)."""
        numbers = sorted({l.page for l in self.lines})[:pages]
        return [l for l in self.lines if l.page in numbers and (l.top <= share or l.index in self._display_lines)]

    @cached_property
    def _display_lines(self) -> set[int]:
        """Lines of the first page set as a heading, down to 60% of it: centred, a little
        larger than the page's median line, no sentence.  A cover sets its kind
        (课 题 研 究 报 告) so in the middle of the page, below the top share."""
        first = [l for l in self.lines if l.page == self.lines[0].page] if self.lines else []
        # (three lines at least, for a median to measure by: a report's cover may hold only its
        # project, its kind, its unit and its month)
        # (a cover of one or two lines, 学位证书 alone in the middle of the page: each centred line a heading)
        heights = sorted(l.line.height for l in first)
        median = heights[len(heights) // 2] if len(first) >= 3 else 0.0
        return {l.index for l in first
                if l.top <= 0.6 and l.line.height >= 1.1 * median and len(l.compact) >= 2
                and not re.search("[，。；,;]", l.compact) and l.page_width
                and abs((l.line.box[0] + l.line.box[2]) / 2 - l.page_width / 2) <= 0.06 * l.page_width}

    def find_label(self, labels: list[str] | tuple[str, ...], fuzzy: bool = True) -> list[LabelHit]:
        """Every line where one of ``labels`` stands, exact first, then with one damaged character.

        A damaged match must be followed by a separator (or end the line) and the label must
        have 3+ characters: ``发明入：`` is 发明人, but ``发明了`` in running text is not.
        """
        hits: list[LabelHit] = []
        for line in self.lines:
            text = line.compact
            for label in labels:
                at = text.find(label)
                if at >= 0:
                    hits.append(LabelHit(line, label, at, at + len(label), True))
                    break
            else:
                if not fuzzy:
                    continue
                chars = set(text)
                for label in labels:
                    # One character replaced leaves every other one of the label's in the line.
                    if len(set(label) - chars) > 1:
                        continue
                    hit = _damaged(text, label)
                    if hit is not None:
                        hits.append(LabelHit(line, label, hit, hit + len(label), False))
                        break
        return sorted(hits, key=lambda h: (not h.exact, h.line.index))

    def first_value(self, labels: list[str] | tuple[str, ...]) -> tuple[str, LabelHit] | None:
        """The text after a label: a hit followed by a separator first (``专利权人：…`` rather
        than ``专利权人应当…`` in running text); else the line below when it is indented
        like a value and close under the label."""
        hits = self.find_label(labels)
        hits.sort(key=lambda h: (not self._separated(h), not h.exact, h.line.index))
        for hit in hits:
            value = hit.value
            if not value and hit.line.index + 1 < len(self.lines):
                below = self.lines[hit.line.index + 1]
                box, label_box = below.line.box, hit.line.line.box
                close = below.page == hit.line.page and box[1] - label_box[3] < 1.5 * max(hit.line.line.height, 1)
                if close and box[0] > label_box[0] and not re.match(r"^[\u4e00-\u9fff]{2,7}[:：]", below.compact):
                    value = below.compact
            if value:
                return value, hit
        return None

    @staticmethod
    def _separated(hit: LabelHit) -> bool:
        after = hit.line.compact[hit.end:hit.end + 1]
        return after == "" or after in SEPARATORS

    def lines_after(self, hit: LabelHit, limit: int = 3) -> list[TextLine]:
        """Continuation lines of a label's value: directly below it, starting further right
        than the label, on the same page (a wrapped list of inventors, an address)."""
        out = []
        x_label = hit.line.line.box[0]
        for line in self.lines[hit.line.index + 1:]:
            if line.page != hit.line.page or len(out) >= limit:
                break
            if re.match(r"^[\u4e00-\u9fff]{2,7}[:：]", line.compact):
                break  # the next label
            if line.line.box[0] > x_label + 0.5 * hit.line.line.height:
                out.append(line)
            else:
                break
        return out


def same_row(a: TextLine, b: TextLine) -> bool:
    """Two boxes side by side on one page: their vertical spans overlap by at least half
    the smaller height (a form's label and its value cell, an invoice's two columns)."""
    overlap = min(a.line.box[3], b.line.box[3]) - max(a.line.box[1], b.line.box[1])
    return a.page == b.page and overlap >= 0.5 * min(a.line.height, b.line.height)


def _damaged(text: str, label: str) -> int | None:
    """Where ``label`` stands in ``text`` with one character replaced, its first or last
    character intact and a separator (or the line's end) after it."""
    size = len(label)
    if size < 3:
        return None
    first, last = label[0], label[-1]
    # Only a window that a separator or the line's end follows can match: look there alone
    # (a hundred thousand windows a bundle otherwise, most of the parsing time).
    ends = [m.start() for m in _SEPARATOR.finditer(text)] + [len(text)]
    for end in ends:
        start = end - size
        if start < 0 or (text[start] != first and text[end - 1] != last):
            continue
        window = text[start:end]
        if Hamming.distance(window, label) == 1 and window not in _LABELS_APART \
                and not any(a != b and a.isascii() and a.islower() for a, b in zip(window, label)):
            # (a Chinese label's letter in place of a lower-case Latin one is an English caption's
            # end: Recommender推荐人 is no 被推荐人; an acronym's capital is the label's own,
            # IPC分类号 a 主分类号 as a register prints it)
            return start
    return None


# Labels one letter apart that stand on one form side by side: each is itself, never the
# other damaged (申请号： is no 申请人 with its 人 misread).
_LABELS_APART = frozenset({"申请人", "申请号", "申请日", "登记号", "登记日", "公告号", "公告日", "公开号", "公开日",
                           "授权日", "证书号", "批准号", "批准日", "发证日", "出生日"})
