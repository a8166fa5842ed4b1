"""What every document type shares: its declaration, the record it fills, the ways it reads values.

A document type is declared once, in its own module of this package, as a ``DocType``:
its key and Chinese name, the cues that recognise it, the parser that reads its fields,
which fields decide, whose list gives the applicant's rank, the achievement it becomes
and the labels reports give its fields.  Everything else (the classifier, the document
record, the achievements, the reports) reads those declarations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..fields.names import mend_surname
from ..fields.people import COMPOUND_SURNAMES
from ..fields.dates import date_after_label, find_dates, parse_date
from ..text import DocText, TextLine
from rules.dates import PartialDate


@dataclass(frozen=True)
class Cues:
    """What a document says about itself: titles, labels, identifiers.

    Weights (``classifiers.cues``): a title in the title zone of the first page is strong
    evidence; labels are weaker, each; an identifier that only one kind of document
    carries (a patent number, a software registration number, an ISBN) is strong.
    ``requires`` lists content without which the type is refused outright: a patent
    booklet cover says 发明专利证书 but has no 专利号 and no 发明人, and is not a patent.
    """

    titles: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()  # kinds from extractor.idscan
    requires: tuple[str, ...] = ()  # at least one of these labels or identifier kinds
    requires_why: str = ""
    penalties: tuple[str, ...] = field(default=())  # phrases that speak against the type
    # Titles of papers about a document of the type, which print all its fields (a patent's
    # 专利权评价报告): printed as the title, they refuse the type outright.
    refusing_titles: tuple[str, ...] = ()
    # Its titles are words its own sentences use (…被认定为…, 现予以公布, 签订本合同): found only in a
    # sentence near the top, they still count as a title.  Other types' titles in a sentence
    # (…参与制定团体标准1项。 in a letter) are something it tells of, weighed as words.
    titles_in_sentences: bool = False
    # Titles that name what they are about in the middle (关于推荐张三同志申报…资格的函): patterns,
    # matched only in a title printed as one (never in a sentence).
    title_patterns: tuple[str, ...] = ()
    # What a paper of the type says when it grants nothing (a 复函: 我委暂不予认可, …未通过…认定，
    # 不予认定): patterns its words are searched for; one found refuses the type outright.
    refusing_sentences: tuple[str, ...] = ()
    # Titles that make the type only with what the paper must also say (a 评审表's cover names a
    # title applied for; only its verdict rows make it the proof of one): (title, pattern, why not)
    titles_needing: tuple[tuple[str, str, str], ...] = ()


# An applicant's own summary of his achievements (附件3 知识产权清单, 成果一览表): a penalty for
# the certificates it lists, whose fields it would lend without being one.
# (an index of the whole application, 个人申报材料目录, names every kind of evidence it holds)
LISTS = ("知识产权清单", "专利清单", "成果清单", "业绩清单", "成果一览表", "专利一览表", "著作权清单",
         "申报材料目录", "申报材料清单", "佐证材料目录", "证明材料目录")
# A notice calling a meeting (关于召开…年会的通知, 关于举办…论坛的通知) or inviting to one: it may
# name a prize to be handed out or an acceptance to be held, and is neither. Refused as a title.
EVENTS = ("关于召开", "关于举办", "会议通知", "邀请函",
          # an office's own paperwork for going to one (出差审批单 naming the 验收会 it is for)
          "出差审批", "出差申请", "差旅费报销", "费用报销", "用印申请", "请假",
          # a meeting's sign-in sheet (…项目验收会签到表): who came, nothing it decided
          "签到表", "签到册", "签到簿", "签到单")


@dataclass(frozen=True)
class DocType:
    """Everything the system knows about one kind of document, in one place."""

    key: str  # the CONTRACT §5 doc_type
    name: str  # as a reviewer names it (获奖证书)
    cues: Cues
    extract: "Callable[[DocText], Fields]"
    fields: tuple[str, ...]  # the fields it can fill (CONTRACT §5, and any extra it reports)
    decisive: tuple[str, ...]  # fields that decide whether and how an achievement counts
    labels: Mapping[str, str] = field(default_factory=dict)  # field → the label this type prints
    ranked: tuple[str, ...] = ()  # people lists giving the applicant's rank, first present wins
    leader: str | None = None  # a person who counts first, before ``ranked`` (a project leader)
    # A type that names people only sometimes (a revenue proof's 研发推广团队): with no list
    # read, the applicant's absence is no finding of the list's, only that he is not named.
    people_optional: bool = False
    # The identity names one achievement whatever its papers' dates (a project's title: its
    # 验收意见书 of one day and its 验收证书 of another are one project, accepted once).
    identity_undated: bool = False
    under_seal: tuple[str, ...] = ()  # what a red seal at the foot may cover
    date_fields: tuple[str, ...] = ("date",)  # the fields an achievement's date comes from
    kinds: tuple[Any, ...] = ()  # rules.vocabulary.Kind it evidences; the first when unclaimed
    # Whether a paper of the type, as read, backs a claim of one of ``kinds`` beyond the first:
    # None when it does, else why not (an acceptance backs an 应用 only for a line installed or a
    # result in use).  Without it, every kind listed is backed.
    backs: "Callable[[Any, Mapping[str, Any]], str | None] | None" = None
    # The field that dates when the document takes effect (a standard's 实施日期): by the
    # verdict's as_of it is ``implemented`` once that day has come, and not before.
    in_force: str | None = None
    facts: "Callable[[Mapping[str, Any], Any, Any, Any], dict[str, Any]] | None" = None
    # The applicant's rank given the place ``find_name`` found in the ranked list, the
    # fields and the issue codes (a single-holder award prints 第N完成人).
    # May complete the record it is given (an award to a team: the applicant found in the
    # list becomes its holder, with his place as the rank), so it takes the dict itself.
    applicant_rank: "Callable[[dict[str, Any], int | None, set[str]], int | None] | None" = None
    # Pages of a file that holds several documents (a 合订本, ``zhicheng.binder``): a
    # certificate fits on one page, so two pages headed by its title are two certificates;
    # a paper or a contract runs on over pages of one document.
    one_page: bool = False
    # Words that, all on one page, mark that page as a document's first when the type has
    # no printed title (a paper's first page has 摘要 and 关键词); otherwise a cue title
    # in the page's title zone does.
    opens_with: tuple[str, ...] = ()
    # The fields that tell one document of the type from another (a standard's number, a
    # report's title): two neighbouring pieces of a 合订本 that read them differently are
    # two documents, and two that read them alike are one (a certificate and its gazette).
    identity: tuple[str, ...] = ()
    # Other fields that, read alike with the date, make two papers one achievement though their
    # identity reads differently: an award's certificate and the government's decision that
    # grants it (科学技术奖 on one, 科学技术进步奖 on the other) share project, grade and day.
    same_achievement: tuple[str, ...] = ()
    # Fields that, read alike, make two papers of the type one work whatever else they say (a
    # paper's title and its authors: one paper published in two journals, or reprinted, 转载):
    # it counts once.
    same_work: tuple[str, ...] = ()
    # The title as two copies of one paper compare it (a report's cover read with or without the
    # kind line under its name, …建设项目 | 可行性研究报告): the title's words that name the paper.
    same_title: "Callable[[str], str] | None" = None
    # Papers of the type that are never pages of one another, by words of their titles (a
    # contract and the invoice billing it agree on parties and amount, yet are two papers):
    # neighbouring pieces titled from two different groups are two documents.
    papers: tuple[tuple[str, ...], ...] = ()
    # Papers of the type made out on one day each (发票): two neighbouring pieces titled so
    # whose dates differ are two papers, though they agree on parties and amount (instalments).
    dated_papers: tuple[str, ...] = ()
    # The field of an annex record (``Fields.rows``) that names its people: the record
    # naming the applicant is his, and its fields become the document's.
    row_people: str | None = None
    # A form's options whose marks OCR did not read (a √ drawn by hand in a printed box):
    # ``(field, [(the value an option gives, page, the box's place)], whether the value the
    # reading gave was inferred from the other boxes)`` for the documents' second look at the
    # boxes' ink (``extractor.ticks``), or None.
    choices: "Callable[[DocText], tuple[str, list[tuple[Any, int, tuple[float, float, float, float]]], bool] | None] | None" = None
    # A scanned paper's places to sign that its text leaves blank (a contract's 盖章 place with
    # nothing typed after it): ``[(page, the band, the printed words' boxes)]`` for the
    # documents' look at the ink there (``extractor.ticks.unread_ink``): no ink but the print
    # is no signature, and the paper is not in force (``realised`` False).
    unsigned: "Callable[[DocText], list[tuple[int, tuple[float, float, float, float], list[tuple[float, float, float, float]]]]] | None" = None


def as_date(value: Any) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None


def as_level(value: Any, enum: Any) -> Any:
    if not value:
        return None
    try:
        return enum(value)
    except ValueError:
        return None


def led_by(fields: dict, rank: int | None, people: str) -> bool:
    """Whether the person at ``rank`` of the list ``people`` is one the document itself names as
    leading it (its ``leads``: 主编, 组长, 负责人): the rule pack's 主持 (role lead).  Rank 1 alone
    is not (排名第 1 本身不等于主持).

    >>> led_by({"drafters": ["甲乙", "丙丁"], "leads": ["甲乙"]}, 1, "drafters"), led_by({"drafters": ["甲乙"]}, 1, "drafters")
    (True, False)
    """
    listed = fields.get(people) or []
    return bool(rank) and rank <= len(listed) and listed[rank - 1] in (fields.get("leads") or [])


def first_identifier(text: DocText, finder, f: "Fields", field_name: str, bad_code: str, what: str) -> None:
    """The first identifier of a kind; a printed-but-invalid one is an issue, not a value."""
    found = [(line, n) for line in text.lines for n in finder(line.text)]
    if not found:
        # A sentence wraps it: …《…》（ISBN | 978-7-81239-482-4）已于…
        found = [(line, n) for line, after in zip(text.lines, text.lines[1:]) if line.page == after.page
                 for n in finder(line.text.rstrip() + after.text.lstrip())]
    valid = [(line, n) for line, n in found if n.valid]
    if valid:
        f.set(field_name, valid[0][1].value, valid[0][0])
    elif found:
        f.issue("warning", bad_code, f"{what} {found[0][1].printed} 校验不通过或格式不符（未作更正）")


def classification(text: DocText) -> "tuple[str, TextLine] | None":
    """The 中图分类号 a book's CIP data or a paper's first page prints (``identifiers.clc``): what
    field the work is filed under, which the verdict's relevance check reads (第十六条（七）)."""
    from identifiers import clc

    return next(((number, line) for line in text.lines if (number := clc.find(line.text))), None)


@dataclass
class FieldSource:
    page: int
    box: tuple[float, float, float, float]
    confidence: float

    @classmethod
    def of(cls, line: TextLine) -> "FieldSource":
        """Where ``line`` stands, and how surely it was read."""
        return cls(line.page, line.line.box, line.line.confidence)

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "box": [round(v, 1) for v in self.box], "confidence": round(self.confidence, 3)}


# The fields that name one person.
_ONE_PERSON = frozenset({"holder", "leader", "recommender", "candidate"})
_PEOPLE = frozenset({"authors", "inventors", "members", "drafters", "holders", "chief_editors"})


@dataclass
class Fields:
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, FieldSource] = field(default_factory=dict)
    issues: list[tuple[str, str, str]] = field(default_factory=list)  # severity, code, message
    notes: list[str] = field(default_factory=list)  # how a value was inferred (shown as reasons)
    # Places where a value is printed but nothing was read: (field, page, box).  The page's
    # region is recognised once more on its own (``extractor.reading.look_again``): OCR's
    # detector passes over a lone digit in a table cell that it reads when shown the cell.
    look_again: list[tuple[str, int, tuple[float, float, float, float]]] = field(default_factory=list)
    # A list of names OCR glued into one run with no unique cut (蒋春超王立涛韩桂沈一贺安永):
    # no list is reported, but an applicant's place in it may still be certain
    # (``extractor.fields.people.rank_in_run``).
    glued_people: str | None = None
    # Other orders the list of people may be meant in (a table of two unnumbered halves read
    # row by row, or down each half): an applicant's place is the worst of them all.
    other_orders: list[list[str]] = field(default_factory=list)
    # The records of a numbered list the document carries (a decision's 附件 of awarded
    # projects, a notice's list of those who passed), each ``{field: (value, line)}`` and
    # its ``序号``: whose record is the applicant's is known only with his name
    # (``zhicheng.documents.rank_applicant``, by the type's ``row_people``).
    rows: list[dict[str, Any]] = field(default_factory=list)
    # Values taken only when nothing better is read, not even by the second looks at seals
    # and cells: ``{field: (value, source, note, issue code)}`` (a notice's 印发 day where the
    # day it was signed, under its seal, stays unread).  ``zhicheng.documents`` fills them last,
    # the note an ``info`` issue of that code: a stand-in a reviewer is told of.
    fallbacks: dict[str, tuple[Any, "FieldSource", str, str]] = field(default_factory=dict)

    def set(self, name: str, value: Any, line: TextLine | None = None) -> None:
        """Record a value (None and empty values are left out: "not shown", not "empty")."""
        if value is None or value == [] or value == "":
            return
        if name in _ONE_PERSON and isinstance(value, str) and value in COMPOUND_SURNAMES:
            return  # 欧阳 alone: a compound surname whose given name was lost (under a seal, at a wrap)
        if isinstance(value, PartialDate):
            value = value.iso()
        if name in _ONE_PERSON | _PEOPLE and line is not None and line.line.confidence < 1.0:
            # (a scan's surname read as a letter no surname is, 洗 for 冼: the one it is confused with)
            mended = mend_surname(value) if isinstance(value, str) else \
                [mend_surname(v) for v in value] if isinstance(value, list) else value
            if mended != value:
                self.notes.append(f"姓名：{value} 的姓按识别误差读作 {mended}" if isinstance(value, str)
                                  else f"姓名：{'、'.join(a for a, b in zip(value, mended) if a != b)} 的姓按识别误差校正")
                value = mended
        self.values[name] = value
        if line is not None:
            self.sources[name] = FieldSource.of(line)

    def put(self, name: str, found: "tuple[Any, TextLine] | None") -> None:
        """Record what a finder returned, ``(value, line)``, or nothing when it found nothing."""
        if found:
            self.set(name, found[0], found[1])

    def note_printed(self, text: "DocText", name: str, what: str) -> None:
        """Say how the person read for ``name`` was printed when that differs from how he is read:
        in traditional characters (陳嘉欣, compared as 陈嘉欣), for an auditor to see both (probe DZ B10)."""
        from ..layout import printed_name

        value, source = self.values.get(name), self.sources.get(name)
        line = next((l for l in text.lines if source is not None and l.page == source.page
                     and tuple(l.line.box) == tuple(source.box)), None) if isinstance(value, str) else None
        printed = printed_name(text, line, value) if line is not None else None
        if printed:
            self.notes.append(f"{what}姓名原文为繁体（{printed}），按简体 {value} 比对")

    def fallback(self, name: str, found: "tuple[Any, TextLine] | None", note: str, code: str) -> None:
        """Keep ``found`` for ``name`` in case no reading finds a better value (``note`` says
        what it is instead, as an issue ``code``)."""
        if found and name not in self.values:
            value = found[0].iso() if isinstance(found[0], PartialDate) else found[0]
            self.fallbacks[name] = (value, FieldSource.of(found[1]), note, code)

    def look(self, name: str, page: int, box: tuple[float, float, float, float]) -> None:
        """Ask for ``box`` on ``page`` to be read again: ``name``'s value should be there."""
        self.look_again.append((name, page, box))

    def issue(self, severity: str, code: str, message: str) -> None:
        self.issues.append((severity, code, message))

    def glued(self, run: str, listed: str, who: str) -> None:
        """A list of people OCR glued into one run (``run``, what was ``listed``): no list, an
        issue saying so, and the run kept for the applicant's place where every cut agrees on it
        (``glued_people``)."""
        self.glued_people = run
        self.issue("warning", "people_unreadable", f"{listed}识别为「{run}」，姓名粘连，无法可靠切分，请核对{who}及排名")


_TRAIL = " :：;；,，。."


def clean_value(value: str) -> str:
    """A value without the separators around it, nor a bilingual label's English before it."""
    from ..layout import ENGLISH_LABEL

    return ENGLISH_LABEL.sub("", value).strip(_TRAIL)


def value_of(text: DocText, labels: tuple[str, ...] | list[str]) -> tuple[str, TextLine] | None:
    """The value printed after the first of ``labels`` found (same line, else the next)."""
    found = text.first_value(labels)
    if not found:
        return None
    value, hit = found
    value = clean_value(value)
    return (value, hit.line) if value else None


def date_of(text: DocText, labels: tuple[str, ...] | list[str]) -> tuple[PartialDate, TextLine] | None:
    """A date after one of ``labels``, on the label's line or the one after it."""
    for hit in text.find_label(labels):
        lines = [hit.line] + text.lines[hit.line.index + 1:hit.line.index + 2]
        for line in lines:
            date = date_after_label(line.text, [hit.label]) if line is hit.line else parse_date(line.compact)
            if date is None and line is hit.line:
                date = parse_date(hit.value)
            if date is not None and date.day is None and line is hit.line and len(lines) > 1 \
                    and re.search(r"月\s*$", line.text) and (day := re.match(r"\s*(\d{1,2})\s*日", lines[1].text)):
                # (its day the line's end wrapped: …取得时间2021年11月 | 30 日。, probe DP G12)
                whole = parse_date(f"{date.year}年{date.month}月{day.group(1)}日")
                date = whole if whole is not None else date
            if date is not None:
                return date, line
    return None


# A government paper's footer: the office that printed it and the day (…办公厅   2023年9月12日印发),
# when it was printed, not signed: passed over where another day is printed.
PRINTED_ON = re.compile(r"\d\s*日\s*印\s*发$")


def last_date(text: DocText) -> tuple[PartialDate, TextLine] | None:
    """The date lowest on the last page that has one: where certificates put their date.
    A fax header's or a browser margin's date (``layout.margin_note``) is when the copy was
    sent, never the document's."""
    from ..layout import margin_note

    best = None
    # (nor an office's footer, …办公厅 2023年9月12日印发 — unless no other day is printed)
    signed = any(not PRINTED_ON.search(l.compact) and find_dates(l.text) for l in text.lines)
    for line in text.lines:
        if margin_note(line) or signed and PRINTED_ON.search(line.compact):
            continue
        dates = find_dates(line.text)
        if len(dates) >= 2 and re.search(r"至|到|[~～]|—", line.compact):
            continue  # a period (研究起止时间 2022年10月至2024年9月): when the work ran, no document's date
        for found in dates:
            if found.label in ("收稿日期", "申请日", "专利申请日", "开发完成日期", "首次发表日期"):
                continue
            key = (line.page, line.top)
            if best is None or key >= best[0]:
                best = (key, found.value, line)
    return (best[1], best[2]) if best else None


def _cut_after_label(text: str, label: str) -> str:
    """``text`` after ``label`` (spaced or not) and its separator; all of it without the label."""
    pattern = r"\s*".join(map(re.escape, label))
    match = re.search(pattern + r"\s*[:：]?", text)
    return text[match.end():] if match else text


def after_label_text(text: DocText, labels: tuple[str, ...] | list[str]) -> tuple[str, TextLine] | None:
    """Like ``value_of`` but keeps the value's own spacing (titles with Latin words).  A label
    alone on its line has its value in the cell to its right (OCR may list that cell before
    the label: its box starts a pixel higher), else on the next line — never another label
    (``发明人：`` under a 实用新型名称 whose value was listed first)."""
    from ..layout import LABEL_START, right_of

    for hit in text.find_label(labels):
        value = clean_value(_cut_after_label(hit.line.text, hit.label)).strip()
        if value:
            return value, hit.line
        beside = right_of(text, hit.line)
        if beside is not None and not LABEL_START.match(beside.compact):
            return clean_value(beside.text), beside
        nxt = text.lines[hit.line.index + 1] if hit.line.index + 1 < len(text.lines) else None
        if nxt is not None and not LABEL_START.match(nxt.compact):
            return clean_value(nxt.text), nxt
    return None


def biggest_line(text: DocText, page_share: float = 0.5, exclude: tuple[str, ...] = ()) -> TextLine | None:
    """The line with the tallest letters in the upper part of the first page: a title."""
    candidates = [l for l in text.title_lines(page_share)
                  if len(l.compact) >= 4 and not any(e in l.compact for e in exclude)]
    return max(candidates, key=lambda l: (round(l.line.height), len(l.compact)), default=None)


def annex_rows(text: DocText, f: Fields, columns: Mapping[str, tuple[str, Callable[[str], Any]]]) -> None:
    """Read a numbered list's records into ``f.rows``: ``columns`` maps a header word to the
    field its cells give and the parser of a cell (None: unread).  With two records or more,
    a value the document's own text gave for a record's field (``沈亮梅等12名同志``, the
    first of a list) is one record's, not the applicant's, and is dropped until his record
    is found."""
    from ..layout import numbered_records

    records = numbered_records(text, frozenset(columns) | {"序号"})
    rows = []
    for record in records:
        row: dict[str, Any] = {"序号": len(rows) + 1}
        for word, (value, line) in record.items():
            if word in columns:
                key, parse = columns[word]
                parsed = parse(value)
                if parsed not in (None, "", []):
                    row[key] = (parsed, line)
        rows.append(row)
    if len(rows) >= 2 and any(len(r) > 1 for r in rows):
        f.rows = rows
        for key in {k for r in rows for k in r if k != "序号"}:
            f.values.pop(key, None)
            f.sources.pop(key, None)
