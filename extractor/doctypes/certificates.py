"""Certificates: patents, software copyrights, awards, titles, degrees, letters, official replies."""

from __future__ import annotations

import re

from identifiers import patent as patent_id

from ..fields.dates import find_dates, parse_date
from ..fields.levels import level_of
from ..fields.numerals import to_int
from ..fields.people import SURNAMES, parse_rank, split_people
from ..idscan import find_patent_numbers, find_registration_numbers
from ..text import SEPARATORS, DocText, LabelHit, TextLine
from .base import Fields, after_label_text, date_of, last_date, people_of, value_of

# --------------------------------------------------------------------------- layout helpers
# Reading form rows, table columns, wrapped sentences and signing dates.  Nothing here is
# specific to one doc_type: candidates for base.py / text.py.

_CJK = re.compile(r"[\u4e00-\u9fff]")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}|[A-Za-z][A-Za-z .'\-]{1,40}")
_ASCII_TO_FULL = str.maketrans({"(": "（", ")": "）", ":": "：", ";": "；"})


def chinese_punctuation(value: str) -> str:
    """A Chinese title as printed: reading folds full-width punctuation to ASCII (NFKC), so a
    text layer and a scan of one certificate agree only if it is turned back (the truth
    keeps what is printed: ``边缘计算盒（T390型）``).  Latin-only values are left alone."""
    return value.translate(_ASCII_TO_FULL) if _CJK.search(value) else value


def _box(line: TextLine) -> tuple[float, float, float, float]:
    return line.line.box


def _same_row(text: DocText, line: TextLine) -> list[TextLine]:
    """The other lines on ``line``'s row (vertical centres within half a line), left to right."""
    x0, y0, x1, y1 = _box(line)
    centre, half = (y0 + y1) / 2, max(line.line.height, 1) / 2
    row = [l for l in text.lines if l.page == line.page and l.index != line.index
           and abs((_box(l)[1] + _box(l)[3]) / 2 - centre) <= half]
    return sorted(row, key=lambda l: _box(l)[0])


def _right_of(text: DocText, line: TextLine) -> TextLine | None:
    """The next cell to the right on the same row (a form's value beside its label)."""
    right = [l for l in _same_row(text, line) if _box(l)[0] >= _box(line)[2] - 2]
    return right[0] if right else None


def _column_below(text: DocText, header: TextLine) -> list[TextLine]:
    """The cells under a table header, top to bottom.  A line belongs to the column whose
    header centre is nearest its own centre (cells are wider than headers); a line across
    two header centres, or a gap of more than 2.5 header heights, ends the table (the
    特发此证 sentence and the seal below it)."""
    headers = sorted(_same_row(text, header) + [header], key=lambda l: _box(l)[0])
    centres = [(_box(h)[0] + _box(h)[2]) / 2 for h in headers]
    mine = centres[[h.index for h in headers].index(header.index)]
    hy0, hy1 = _box(header)[1], _box(header)[3]
    in_row = {h.index for h in headers}
    below = sorted((l for l in text.lines if l.page == header.page and l.index not in in_row
                    and _box(l)[1] > (hy0 + hy1) / 2), key=lambda l: _box(l)[1])
    cells, bottom, step = [], hy1, 2.5 * max(header.line.height, 1)
    for line in below:
        x0, y0, x1, y1 = _box(line)
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
    headers = sorted(_same_row(text, header) + [header], key=lambda l: _box(l)[0])
    if len(headers) < 2:
        return None
    centres = [(_box(h)[0] + _box(h)[2]) / 2 for h in headers]
    at = [h.index for h in headers].index(header.index)
    x0, y0, x1, y1 = _box(header)
    width, height = x1 - x0, max(header.line.height, 1)
    left = (centres[at - 1] + centres[at]) / 2 if at > 0 else x0 - width
    right = (centres[at] + centres[at + 1]) / 2 if at + 1 < len(headers) else x1 + width
    in_row = {h.index for h in headers}
    cells = [l for l in text.lines if l.page == header.page and l.index not in in_row
             and y1 < _box(l)[1] < y1 + 2.5 * height]
    if cells:
        top = min(_box(l)[1] for l in cells) - height / 2
        bottom = max(_box(l)[3] for l in cells) + height / 2
    else:
        top, bottom = y1, y1 + 2 * height
    return left, top, right, bottom


def _after_label(line_text: str, label: str) -> str:
    """The line's text after ``label`` (spaced or not) and its separator, spacing kept."""
    match = re.search(r"\s*".join(map(re.escape, label)) + r"\s*[:：]?", line_text)
    return line_text[match.end():].strip(" :：;；,，。") if match else ""


def _line_labels(text: DocText, labels: list[str]) -> list[LabelHit]:
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


def _field_value(text: DocText, hit: LabelHit,
                 headers: frozenset[str] = frozenset()) -> tuple[str, list[TextLine]] | None:
    """What a label introduces: the rest of its line; else the cell to its right (a form);
    else, when the label stands in a row of ``headers``, the cells of its column (a table)."""
    value = _after_label(hit.line.text, hit.label) if hit.exact else hit.value
    if value:
        return value, [hit.line]
    row = _same_row(text, hit.line)
    beside = _right_of(text, hit.line)
    if beside is not None and beside.compact.strip(SEPARATORS) not in headers:
        return beside.text, [beside]
    if not any(l.compact.strip(SEPARATORS) in headers for l in row):
        below = _below(text, hit.line)
        return (below.text, [below]) if below else None
    cells = [c for c in _column_below(text, hit.line) if not _LABEL_START.match(c.compact)]
    return (" ".join(c.text for c in cells), cells) if cells else None


_LABEL_START = re.compile(r"^[\u4e00-\u9fff]{2,7}[:：]")


def _below(text: DocText, label: TextLine) -> TextLine | None:
    """The line just under a label that stands alone, indented like a value and not itself
    a label (the rule of ``DocText.first_value``)."""
    if label.index + 1 >= len(text.lines):
        return None
    below = text.lines[label.index + 1]
    close = below.page == label.page and _box(below)[1] - _box(label)[3] < 1.5 * max(label.line.height, 1)
    if close and _box(below)[0] > _box(label)[0] and not _LABEL_START.match(below.compact):
        return below
    return None


def _body(text: DocText) -> tuple[str, list[int]]:
    """All lines as one string without spaces or breaks (sentences wrap: ``荣获2017年度重庆泰岳``
    / ``集团有限公司科技进步奖``), and where each line starts in it."""
    starts, at = [], 0
    for line in text.lines:
        starts.append(at)
        at += len(line.compact)
    return "".join(l.compact for l in text.lines), starts


def _line_at(text: DocText, starts: list[int], pos: int) -> TextLine:
    index = max(i for i, s in enumerate(starts) if s <= pos)
    return text.lines[index]


def _names(value: str) -> list[str]:
    return [n for n in split_people(value) if _NAME.fullmatch(n)]


def _standalone_date(compact: str):
    """A line that is only a date (the signing date), month at least.  Labelled lines
    (出生年月：…) are not standalone.  A final 日 lost under the seal is forgiven only after
    a two-digit day (``2013年06月24``): a shorter day may have lost a digit with it."""
    if re.match(r"^[\u4e00-\u9fff]{1,10}[:：]", compact):
        return None
    if re.fullmatch(r"\d{4}年\d{1,2}月\d{2}", compact):
        compact += "日"
    date = parse_date(compact)
    return date if date is not None and date.month is not None else None


def _issue_date(text: DocText):
    """The date a certificate or letter is signed on: the lowest line that is only a date,
    never a date inside a sentence (birth, years of study).  A date the seal cut short
    (``一九年十月十日``) is not completed from the document number's year: the seal drops
    characters inside it too (十七日 read 十日), so what remains cannot be trusted."""
    for line in sorted(text.lines, key=lambda l: (l.page, l.top), reverse=True):
        date = _standalone_date(line.compact)
        if date is not None:
            return date, line
    return None


# --------------------------------------------------------------------------- patent

_PREFIX = re.compile(r"^(?:ZL|Z\s*L|Z1|21|2L|ZI|Z\|)\s*[.。,]?\s*")
_PATENT_TITLES = {"发明专利证书": "invention", "实用新型专利证书": "utility_model", "外观设计专利证书": "design"}
_INVENTOR_LABELS = ["发明人", "设计人"]


def extract_patent(text: DocText) -> Fields:
    f = Fields()
    for title, kind in _PATENT_TITLES.items():
        hits = text.find_label([title])
        if hits:
            f.set("patent_type", kind, hits[0].line)
            break
    numbers = [(line, n) for line in text.lines for n in find_patent_numbers(line.text)]
    labelled = value_of(text, ["专利号"])
    if labelled:  # OCR reads the ZL prefix as Z1. or 21.: the label says what follows
        numbers += [(labelled[1], n) for n in find_patent_numbers("ZL" + _PREFIX.sub("", labelled[0]))]
    valid = [(line, n) for line, n in numbers if n.valid]
    if valid:
        line, number = valid[0]
        f.set("patent_number", number.value, line)
        inferred = patent_id.patent_type(number.value)
        if "patent_type" not in f.values and inferred:
            f.set("patent_type", inferred, line)
        elif inferred and inferred != f.values.get("patent_type"):
            f.issue("warning", "kind_mismatch",
                    f"专利号 {number.value} 的类型位表示{inferred}，与证书标题不符")
    elif numbers:
        line, number = numbers[0]
        f.set("patent_number", number.printed, line)
        f.issue("warning", "invalid_patent_number", f"专利号 {number.printed} 校验位不符，请核对（未作更正）")
    name = after_label_text(text, ["发明名称", "实用新型名称", "外观设计名称", "专利名称"])
    if name:
        f.set("title", chinese_punctuation(name[0]), name[1])
    f.put("inventors", people_of(text, _INVENTOR_LABELS, skip_prefixes=("申请日时",)) or _split_label_people(text))
    patentees = value_of(text, ["专利权人"])
    if patentees:
        f.set("patentees", [p for p in re.split(r"[;；、]", patentees[0]) if p], patentees[1])
    f.put("application_date", date_of(text, ["专利申请日", "申请日"]))
    f.put("grant_date", date_of(text, ["授权公告日", "授权日"]))
    _cross_check_patent_year(f)
    return f


def _split_label_people(text: DocText):
    """Inventors under a label OCR cut in two on its row (``设计`` | ``人:薛东益;…``): the
    spaced label of the paper certificates.  The row's cells after the cut give the list."""
    for line in text.lines:
        head = line.compact.strip(SEPARATORS)
        for label in _INVENTOR_LABELS:
            if not (0 < len(head) < len(label) and label.startswith(head)):
                continue
            rest = " ".join(l.text for l in _same_row(text, line) if _box(l)[0] >= _box(line)[2] - 2)
            match = re.match(r"\s*" + r"\s*".join(label[len(head):]) + r"\s*[:：]?", rest)
            names = _names(rest[match.end():]) if match else []
            if names:
                return names, line
    return None


def _cross_check_patent_year(f: Fields) -> None:
    """The application number starts with the filing year: a free check on both fields."""
    number, applied = f.values.get("patent_number"), f.values.get("application_date")
    if not (number and applied and patent_id.is_valid(number)):
        return
    year = patent_id.application_year(number)
    if year and str(year) != applied[:4]:
        f.issue("warning", "date_mismatch", f"专利号 {number} 表示 {year} 年申请，而申请日读作 {applied}")


# --------------------------------------------------------------------------- software copyright

def extract_software(text: DocText) -> Fields:
    f = Fields()
    name = after_label_text(text, ["软件名称"])
    if name and software_name(name[0]):
        f.set("software_name", software_name(name[0]), name[1])
    numbers = [(line, n) for line in text.lines for n in find_registration_numbers(line.text)]
    if numbers:
        f.set("registration_number", numbers[0][1].value, numbers[0][0])
    f.put("holders", people_or_units(text, ["著作权人", "著作权人（国籍）"]))
    f.put("date", _registration_date(text))
    return f


def software_name(value: str) -> str:
    """The name without the ``[简称：…]`` note and the version (``…平台V1.1``), which some
    certificates glue onto it: the version is not part of the registered name."""
    value = re.split(r"[\[【(（]\s*简\s*称", value)[0]
    value = re.sub(r"\s*[Vv]\s*\d+(?:\.\d+)*\s*$", "", value.strip())
    return chinese_punctuation(value.strip())


def _registration_date(text: DocText):
    """The certificate's date stands below 对以上事项予以登记; 开发完成日期 and 首次发表日期
    stand above it, their values sometimes on a line of their own."""
    anchor = next((l for l in text.lines if "予以登记" in l.compact), None)
    if anchor is None:
        return last_date(text)
    below = [l for l in text.lines if (l.page, l.top) > (anchor.page, anchor.top)]
    dated = [(l, d.value) for l in below for d in find_dates(l.text)]
    if not dated:
        return None
    line, value = max(dated, key=lambda c: (c[0].page, c[0].top))
    return value, line


def people_or_units(text: DocText, labels: list[str]):
    """Holders may be people or companies: split on separators, keep units whole."""
    found = value_of(text, labels)
    if not found:
        return None
    value, line = found
    parts = [p for p in re.split(r"[;；、,，]", value) if p]
    if len(parts) == 1 and not re.search(r"公司|大学|学院|研究院|研究所|中心|集团|局|厅|委", value):
        parts = split_people(value) or parts
    return parts, line


# --------------------------------------------------------------------------- award

_GRADE = re.compile(r"(特等奖|[一二三四五1-5]\s*等\s*奖|金奖|银奖|铜奖|优秀奖|特别奖|一等|二等|三等)")
_AWARD_WORDS = r"(?:科学技术|科技|技术发明|技术|进步|创新|发明|专利|成果|管理|标准)"
# The name ends at its first 奖: ``科学技术进步奖二等奖`` is the award and its grade.
_AWARD_NAME = re.compile(rf"([\u4e00-\u9fff（）()]{{2,30}}?{_AWARD_WORDS}(?:(?!奖)[\u4e00-\u9fff]){{0,6}}奖)")
_PROJECT_LABELS = ["项目名称", "获奖项目", "作品名称", "参赛题目", "成果名称"]
_HOLDER_LABELS = ["获奖者", "获奖人", "获奖个人", "主要完成人", "完成人", "团队成员", "参赛队员", "参赛学生"]
_RANK_LABELS = ["排名", "排序", "名次"]
# Words that head a column of an award table rather than fill a cell.
_AWARD_HEADERS = frozenset(_PROJECT_LABELS + _HOLDER_LABELS + _RANK_LABELS + [
    "奖励等级", "获奖等级", "等级", "完成单位", "序号", "姓名", "单位", "工作单位"])


def extract_award(text: DocText) -> Fields:
    """Award certificates.  ``holder`` is one person: set when the certificate names one (or
    addresses one, ``张三同志：``); a team certificate gives ``holders`` (ordered) instead."""
    f = Fields()
    award = _award_name(text)
    if award:
        f.set("award_name", award[0], award[1])
    for line in text.lines:
        match = _GRADE.search(line.compact)
        if match:
            grade = re.sub(r"\s", "", match.group(1))
            grade = grade if grade.endswith("奖") else grade + "奖"
            f.set("grade", grade.replace("1等", "一等").replace("2等", "二等").replace("3等", "三等"), line)
            break
    f.put("project_title", _award_project(text))
    people = _award_people(text)
    if people:
        names, line = people
        f.set("holder" if len(names) == 1 else "holders", names[0] if len(names) == 1 else names, line)
    rank = _award_rank(text)
    if rank:
        f.set("rank", rank[0], rank[1])
    elif labels := _line_labels(text, _RANK_LABELS + ["完成人排序"]):
        f.issue("warning", "rank_unreadable", "证书印有排名，但未能读出，请核对")
        cell = empty_cell(text, labels[0].line)
        if cell is not None and not _column_below(text, labels[0].line):
            f.look("rank", labels[0].line.page, cell)
    _award_level(text, f, award)
    f.put("date", _award_date(text))
    return f


def award_applicant_rank(fields: dict, listed: int | None,
                         issue_codes: set[str] | frozenset[str] = frozenset()) -> int | None:
    """For zhicheng/documents.py, given the place ``listed`` that find_name gave in
    ``holders`` or in ``[holder]``: on a certificate made out to one holder the applicant's
    rank is the printed 第N完成人, not 1; when a printed rank could not be read
    (``rank_unreadable``), it is unknown rather than 1."""
    if listed is None or "holders" in fields:
        return listed
    if isinstance(fields.get("rank"), int):
        return fields["rank"]
    return None if "rank_unreadable" in issue_codes else listed


def _award_name(text: DocText):
    """A line that is only the award's name (a table certificate's subtitle), else the name
    in the sentence (``为表彰2018年度重庆市技术发明奖获得者``), without year and grade."""
    for line in text.lines:
        if _AWARD_NAME.fullmatch(line.compact) and "证书" not in line.compact:
            return chinese_punctuation(line.compact), line
    body, starts = _body(text)
    for match in _AWARD_NAME.finditer(body):
        name = re.sub(r"^.*?(?:荣获|获得|授予|表彰|年度)", "", match.group(1))
        if len(name) >= 4 and "证书" not in name:
            return chinese_punctuation(name), _line_at(text, starts, match.start())
    return None


def _award_project(text: DocText):
    """The labelled project (a field, a form cell or a table column), else the quoted title
    in the sentence (你参与完成的“…”项目, 你们的作品《…》)."""
    for hit in _line_labels(text, _PROJECT_LABELS):
        found = _field_value(text, hit, _AWARD_HEADERS)
        if found and found[0].strip():
            return chinese_punctuation(_unquoted("".join(found[0].split()))), found[1][0]
    body, starts = _body(text)
    match = re.search(r"(?:作品|项目|成果|完成的|参与的)[“\"《]([^”\"》]{4,60})[”\"》]"
                      r"|[“\"《]([^”\"》]{4,60})[”\"》](?:项目|作品|成果)", body)
    if match:
        title = match.group(1) or match.group(2)
        return chinese_punctuation(title), _line_at(text, starts, match.start())
    return None


def _unquoted(title: str) -> str:
    """《title》 or “title” without its enclosing marks; quotes inside a title stay
    (“E家人”现代化物业管理APP)."""
    match = re.fullmatch(r"《([^《》]+)》|[“\"]([^“”\"]+)[”\"]", title)
    return (match.group(1) or match.group(2)) if match else title


def _award_people(text: DocText):
    """The people the certificate is made out to, in order: a labelled field, form cell or
    table column (获奖者, 完成人, 团队成员 …), else the people it addresses."""
    for hit in _line_labels(text, _HOLDER_LABELS):
        found = _field_value(text, hit, _AWARD_HEADERS)
        if not found:
            continue
        value, lines = found
        if lines == [hit.line]:  # a list on the label's line may wrap onto the lines below
            value = "\n".join([value] + [l.text for l in text.lines_after(hit)])
        names = _names(value)
        if names:
            return names, lines[0]
    return _addressed_people(text)


def _addressed_people(text: DocText):
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


def _award_rank(text: DocText):
    """第N完成人 / 排名第N in the text, else the 排名 column of a table certificate."""
    for line in text.lines:
        if re.search(r"第.{1,3}(完成人|完成单位|名)|排名|排序", line.compact):
            rank = parse_rank(line.compact)
            if rank:
                return rank, line
    for hit in _line_labels(text, _RANK_LABELS):
        found = _field_value(text, hit, _AWARD_HEADERS)
        if not found or len(found[1]) != 1:  # several rows: several people's ranks
            continue
        value = "".join(found[0].split())
        rank = int(value) if value.isdigit() else to_int(value)
        if rank and 1 <= rank <= 99:
            return rank, found[1][0]
    return None


_ISSUER_WORDS = re.compile(r"(人民政府|委员会|厅|局|部|协会|学会|联合会|中心|科学院|办公室|领导小组)$")


def _award_level(text: DocText, f: Fields, award) -> None:
    """The level the issuer implies, else the one the award's name implies (国家科学技术进步奖
    when the seal hides the issuer's name)."""
    for source in (_issuer(text), award):
        if source is None:
            continue
        level, why = level_of(source[0])
        f.notes.append(f"级别：{why}")
        if level is not None:
            f.set("level", level.value, source[1])
            return


def _award_date(text: DocText):
    """The lowest date, unless it precedes the award's year (``2017年度`` awarded in 2015
    is a misread year): a wrong date is worse than none."""
    dated = last_date(text)
    year = re.search(r"((?:19|20)\d{2})年度", _body(text)[0])
    if dated and year and dated[0].year < int(year.group(1)):
        return None
    return dated


def _issuer(text: DocText):
    """The issuing body: the last line near the date that names an authority."""
    candidates = [l for l in text.lines if _ISSUER_WORDS.search(l.compact) and len(l.compact) <= 30
                  and "：" not in l.text and ":" not in l.text]
    if candidates:
        return candidates[-1].compact, candidates[-1]
    return None


# --------------------------------------------------------------------------- title / degree

_TITLE_WORDS = [
    ("正高级工程师", "professorate_senior_engineer"), ("教授级高级工程师", "professorate_senior_engineer"),
    ("高级工程师", "senior_engineer"), ("助理工程师", "assistant_engineer"), ("工程师", "engineer"),
    ("技术员", "technician"),
]


def title_key(words: str) -> str | None:
    for zh, key in _TITLE_WORDS:
        if zh in words:
            return key
    return None


def extract_title_certificate(text: DocText) -> Fields:
    f = Fields()
    f.put("holder", _one_person(text, ["姓名", "持证人"]))
    for labels in (["资格名称", "专业技术职务", "职称名称", "资格级别", "职务名称", "任职资格"], None):
        found = value_of(text, labels) if labels else None
        if found and title_key(found[0]):
            f.set("title", title_key(found[0]), found[1])
            break
        if labels is None:
            for line in text.lines:
                if title_key(line.compact) and "证书" not in line.compact:
                    f.set("title", title_key(line.compact), line)
                    break
    dated = date_of(text, ["取得资格时间", "评审通过时间", "资格取得时间", "批准时间", "取得时间", "任职时间",
                           "发证日期", "颁发日期"])
    f.put("date", dated or _issue_date(text))
    return f


def _one_person(text: DocText, labels: list[str]):
    """The one person a certificate is made out to: labelled (姓名：…), else addressed
    (``梁松娟同志：``)."""
    found = _labelled_person(text, labels)
    if found:
        return found
    addressed = _addressed_people(text)
    if addressed and len(addressed[0]) == 1:
        return addressed[0][0], addressed[1]
    return None


_EDUCATION_WORDS = [("博士", "doctorate"), ("硕士", "master"), ("第二学士", "second_bachelor"),
                    ("学士", "bachelor"), ("本科", "bachelor"), ("专科", "associate"), ("大专", "associate"),
                    ("中等职业", "secondary_vocational"), ("中专", "secondary_vocational")]
# Words that make a level word on the line the holder's (…3年制专科学习, 完成了本科学业).
_EDUCATION_CONTEXT = ("学位", "毕业", "学历", "证书", "层次", "学习", "学业")
# ``林颖倩，女，1979年2月生``, ``学生熊秀，性别女``: the holder opens the sentence.
_DEGREE_HOLDER = re.compile(r"^(?:学生|研究生)?([\u4e00-\u9fff]{2,4}?)[,，]?\s*(?:性别)?\s*[男女][,，]")


def extract_degree(text: DocText) -> Fields:
    f = Fields()
    f.put("holder", _one_person(text, ["姓名"]) or _degree_holder(text))
    for line in text.lines:
        for word, key in _EDUCATION_WORDS:
            if word in line.compact and any(c in line.compact for c in _EDUCATION_CONTEXT):
                f.set("education", key, line)
                break
        if "education" in f.values:
            break
    # The date of the award (the signature's), never the birth or study dates of the sentence.
    f.put("date", date_of(text, ["发证日期", "颁发日期", "授予日期"]) or _issue_date(text))
    return f


def _degree_holder(text: DocText):
    for line in text.lines:
        match = _DEGREE_HOLDER.match(line.compact)
        if match:
            return match.group(1), line
    return None


# --------------------------------------------------------------------------- letters, replies

_RECOMMENDER_LABELS = ["推荐人姓名", "推荐专家姓名", "推荐人", "推荐专家"]


def extract_recommendation(text: DocText) -> Fields:
    f = Fields()
    recommender = _recommender(text)
    if recommender:
        f.set("recommender", recommender[0], recommender[2])
    rtitle = value_of(text, ["推荐人职称", "职称", "专业技术职务"])
    if rtitle and title_key(rtitle[0]):
        f.set("recommender_title", title_key(rtitle[0]), rtitle[1])
    elif recommender and title_key(recommender[1]):  # 推荐专家：陆敏（正高级工程师，…）
        f.set("recommender_title", title_key(recommender[1]), recommender[2])
    f.put("candidate", _labelled_person(text, ["被推荐人姓名", "被推荐人", "申报人"]) or _recommended_person(text))
    return f


def _labelled_person(text: DocText, labels: list[str]):
    """The first name after a label, on its line, beside it (a form) or under it."""
    for hit in _line_labels(text, labels):
        found = _field_value(text, hit)
        names = _names(found[0]) if found else []
        if names:
            return names[0], found[1][0]
    return None


def _recommender(text: DocText):
    """(name, the rest of the value, line) after 推荐人/推荐专家 — not 被推荐人 (the candidate
    in a form's first row) and not 推荐人签名 (a place to sign)."""
    for hit in _line_labels(text, _RECOMMENDER_LABELS):
        if hit.line.compact[max(0, hit.start - 1):hit.start] == "被":
            continue
        found = _field_value(text, hit)
        names = _names(found[0]) if found else []
        if names:
            return _as_introduced(text, names[0]), found[0], found[1][0]
    return None


def _as_introduced(text: DocText, name: str) -> str:
    """The name as the letter's typed sentence gives it (``本人龙磊刚，现任…``) when the
    signature line read it with a stroke of the signature glued on (``龙磊刚子``)."""
    match = re.search(r"本人([\u4e00-\u9fff]{2,4})[,，]", _body(text)[0])
    if match and name != match.group(1) and name.startswith(match.group(1)):
        return match.group(1)
    return name


# 推荐[单位]张三同志: the unit, when printed, ends in one of these words.
_CANDIDATE = re.compile(r"推荐(?:(?:(?!同志)[\u4e00-\u9fff]){0,30}?(?:公司|学院|大学|研究院|研究所|中心|集团|厂|局))?"
                        r"([\u4e00-\u9fff]{2,4}?)同志")


def _recommended_person(text: DocText):
    body, starts = _body(text)
    match = _CANDIDATE.search(body)
    return (match.group(1), _line_at(text, starts, match.start(1))) if match else None


def extract_recognition(text: DocText) -> Fields:
    f = Fields()
    issuer = _letterhead(text) or _title_issuer(text) or _issuer(text)
    if issuer:
        f.set("issuer", issuer[0], issuer[1])
        level, why = level_of(issuer[0])
        if level is not None:
            f.set("level", level.value, issuer[1])
        f.notes.append(f"级别：{why}")
    f.put("date", _issue_date(text) or last_date(text))
    return f


def _letterhead(text: DocText):
    """The body named at the head of a 公文 (``四川省经济和信息化厅文件``) or letter
    (``绵阳市经济和信息化局`` above its number): printed large, clear of the seal, so it is
    read before the signature."""
    for line in text.title_lines(0.3)[:4]:
        name = re.sub(r"(?:文件|函)$", "", line.compact)
        if (4 <= len(name) <= 30 and _ISSUER_WORDS.search(name) and not name.startswith("关于")
                and not re.search(r"[:：]", name)):
            return name, line
    return None


def _title_issuer(text: DocText):
    """``重庆市科学技术局关于同意认定…的批复``: the title names its issuer before 关于."""
    for line in text.title_lines(0.4):
        match = re.match(r"^(.{4,30}?)关于", line.compact)
        if match and _ISSUER_WORDS.search(match.group(1)):
            return match.group(1), line
    return None
