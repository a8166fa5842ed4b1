"""软件著作权登记证书: certificates of the copyright office, and their printouts."""

from __future__ import annotations

import re

from rules.vocabulary import Kind

from ..fields.dates import dates_in_year, find_dates, parse_date
from ..idscan import find_registration_numbers
from ..layout import (unit_like, annex_column, body_date, box, chinese_punctuation, column_below, field_value, heading_labels, holder_cell,
                      holders, join_cjk, cell_top, next_line, record_under, right_of, row_of, value_below, wrapped_value)
from ..text import DocText
from .base import LISTS, Cues, DocType, Fields, after_label_text, as_date, value_of

# The columns of a register's query page (版权登记查询: one row per registration under a
# header row): a label among them heads a column, it is no value of its neighbour.
_COLUMNS = frozenset(["序号", "登记号", "证书号", "软件名称", "软件全称", "软件简称", "版本号", "著作权人",
                      "著作权人（国籍）", "首次发表日期", "开发完成日期", "登记日期", "分类号", "登记批准日期", "国籍",
                      "权利取得方式", "权利范围"])
def extract_software(text: DocText) -> Fields:
    f = Fields()
    name = _glued_to_class(text) or _labelled(text, ["软件名称", "软件全称"]) or after_label_text(text, ["软件名称"])
    if name and "".join(name[0].split()) in _COLUMNS:
        name = None  # a query page's next caption (软件简称 | 软件全称) read as the value: its column says
    if name and unit_like("".join(name[0].split())) and not _named_in_full(name[0]):
        # (a company's name is no software's: the holder's row read beside 软件名称 on a photo taken
        # aslant, its rows a row apart from their labels, probe EA p03 — none rather than a wrong one)
        name = None
    if name:  # a name its narrow cell wrapped (…监控平 / 台): the registered kind ends it
        name = wrapped_value(text, name[1], name[0], _named_in_full)
    if name and software_name(name[0]):
        f.set("software_name", software_name(name[0]), name[1])
    numbers = [(line, n) for line in text.lines for n in find_registration_numbers(line.text)]
    if numbers:
        f.set("registration_number", numbers[0][1].value, numbers[0][0])
    # (a query's table of results is no 附页 of holders: each row there is another record)
    query = any("登记号" in l.compact for h in heading_labels(text, ["著作权人"]) for l in row_of(text, h.line))
    found = (None if query else annex_column(text, "著作权人", first_page=True)) \
        or people_or_units(text, ["著作权人（国籍）", "著作权人(国籍)", "著作权人"])
    if found and _SEE_ANNEX.search(found[0][-1]):
        # 著作权人：重庆…有限公司等（详见附页）: the whole list is on the certificate's 附页
        annex = annex_column(text, "著作权人")
        if annex is None:
            f.issue("warning", "list_incomplete", "著作权人只列出第一位，其余“详见附页”，但未读到附页：请补交附页或人工核对")
        found = annex or (found[0][:-1] + [_SEE_ANNEX.sub("", found[0][-1])], found[1])
    if found:
        found = _with_their_addresses(text, found)
    f.put("holders", found)
    if "software_name" not in f.values:
        _query_row(text, f)
    date = _labelled_date(text) or _registration_date(text)
    number = f.values.get("registration_number")
    if date is None and number and re.match(r"(?:19|20)\d\d", number):
        date = _date_in_year(text, int(number[:4]))
    if date and number and re.match(r"(?:19|20)\d\d", number) and getattr(date[0], "year", None) \
            and str(date[0].year) != number[:4]:
        # The registration number opens with the year of registration, the certificate's
        # own date: another year is a date OCR damaged (a seal over 2020 read 2023).
        f.issue("warning", "implausible_value",
                f"证书日期读作 {date[0]}，与登记号 {number} 的年份不符，请人工核对")
    else:
        f.put("date", date)
    return f


_CLASS_GLUED = re.compile(r"^\d{5}-\d{4}\s*([\u4e00-\u9fff].{3,60})$")


def _glued_to_class(text: DocText):
    """A query page's 软件全称 that OCR boxed with the 分类号 before it (``30200-0000面向注塑车间
    的工艺参数优化系统`` under 分类号 | 软件全称): the name after the code."""
    if not any("分类号" in l.compact for l in text.lines) or not any("软件全称" in l.compact for l in text.lines):
        return None
    found = [(m.group(1).strip(), l) for l in text.lines if (m := _CLASS_GLUED.match(l.text.strip()))]
    return found[0] if len(found) == 1 else None


def _query_row(text: DocText, f: Fields) -> None:
    """A query page's one result under its header row, read as a line of words (登记号 软件全称
    版本号 著作权人 登记日期 over ``2019SR… 冲压线… V2.0 重庆…公司 2019-02-15``)."""
    record = record_under(text, _COLUMNS, need=3)
    name = record.get("软件名称") or record.get("软件全称")
    if name and software_name(name[0]):
        f.set("software_name", software_name(name[0]), name[1])
    owner = record.get("著作权人") or record.get("著作权人（国籍）")
    if owner and "holders" not in f.values:
        f.set("holders", holders(text, None, owner[0]), owner[1])


def _labelled(text: DocText, labels: list[str]):
    """A label's value on its line, in the cell beside it or, on a query page, in its column."""
    for hit in heading_labels(text, labels):
        heads = hit.line.text.split()
        if len(heads) >= 2 and hit.label in heads and all(h in _COLUMNS for h in heads):
            # a text layer's header row over a row of values (开发完成日期 首次发表日期 登记日期 |
            # 2018年07月11日 2018年07月24日 2018年08月20日): the value under the label
            at = hit.line.index + 1
            below = text.lines[at] if at < len(text.lines) and text.lines[at].page == hit.line.page else None
            values = below.text.split() if below is not None else []
            if len(values) == len(heads):
                return values[heads.index(hit.label)], below
        if _header_row(text, hit.line):
            cells = column_below(text, hit.line, _COLUMNS)
            # (a query's results of several records, one a row: the first record's cells only)
            bottom = _next_record(text, hit.line)
            cells = [c for c in cells if bottom is None or box(c)[1] < bottom]
            if cells:
                return join_cjk(" ".join(c.text for c in cells)), cells[0]
            continue
        found = field_value(text, hit, _COLUMNS)
        if found and found[0].strip(" :：;；"):
            value = found[0] if len(found[1]) == 1 else join_cjk(found[0])  # a narrow column wraps its cell
            return value.strip(" :：;；"), found[1][0]
    return None


def _next_record(text: DocText, header) -> float | None:
    """Where a query page's second record begins (its 登记号 in the row under the first's),
    when the page lists several: the top of that row, else None."""
    numbers = sorted((l for l in text.lines if l.page == header.page and box(l)[1] > box(header)[3]
                      and find_registration_numbers(l.text)), key=lambda l: box(l)[1])
    return box(numbers[1])[1] - 0.3 * numbers[1].line.height if len(numbers) >= 2 else None


def _header_row(text: DocText, line) -> bool:
    """``line`` heads a column of a query page: two more column headers stand on its row
    (a header OCR cut in two, 首次发表日 | 期, is no value beside it)."""
    row = [l.compact.strip(" :：") for l in row_of(text, line)]
    return sum(any(c == h or (len(c) >= 3 and h.startswith(c)) for h in _COLUMNS) for c in row) >= 2


def _labelled_date(text: DocText):
    """登记日期 (a query page's column, a printout's field): the certificate's own date."""
    found = _labelled(text, ["登记日期", "登记批准日期"])
    date = parse_date(found[0]) if found else None
    return (date, found[1]) if date else None


# What a registered software name ends with: the kind of work (…监控平台, …管理系统V2.0).
_SOFTWARE_KIND = re.compile(r"(?:软件|系统|平台|程序|工具|APP|App|app|小程序)\s*(?:[Vv]\s*\d+(?:\.\d+)*)?$")


def _named_in_full(value: str) -> bool:
    return bool(_SOFTWARE_KIND.search(value.strip()))


def software_name(value: str) -> str:
    """The name without the ``[简称：…]`` note and the version (``…平台V1.1``), which some
    certificates glue onto it: the version is not part of the registered name.

    >>> software_name("炼钢转炉终点碳温预报软件 Ver 3.0"), software_name("钢结构深化设计辅助软件 1.0")
    ('炼钢转炉终点碳温预报软件', '钢结构深化设计辅助软件')
    >>> software_name("隧道施工通风智能控制系统 版本号：V2.0"), software_name("工业4.0数据平台")
    ('隧道施工通风智能控制系统', '工业4.0数据平台')
    >>> software_name("铸造车间数字孪生可视化平台V2.5   登记号：2023SR1567890")
    '铸造车间数字孪生可视化平台'
    """
    value = re.split(r"[\[【(（]\s*简\s*称", value)[0]
    value = re.split(r"\s*版本号\s*[:：]?", value)[0]  # 隧道…系统 版本号：V2.0 on the name's line
    # (another label run on after the name on its line: …平台V2.5   登记号：2023SR1567890)
    value = re.split(r"\s+(?=(?:登记号|证书号|著作权人|开发完成日期|首次发表日期|权利取得方式|权利范围)\s*[:：])", value)[0]
    # (V2.0, Ver 3.0, Version 1.2, or a bare 1.0 set apart by a space)
    value = re.sub(r"\s*(?:[Vv](?:er(?:sion)?)?\.?\s*\d+(?:\.\d+)*|\s\d+(?:\.\d+)+)\s*$", "", value.strip())
    return chinese_punctuation(value.strip())


def _registration_date(text: DocText):
    """The certificate's date stands below 对以上事项予以登记; 开发完成日期 and 首次发表日期
    stand above it, their values sometimes on a line of their own."""
    anchor = next((l for l in text.lines if "予以登记" in l.compact), None)
    if anchor is None:
        return body_date(text)
    below = [l for l in text.lines if (l.page, l.top) > (anchor.page, anchor.top)]
    dated = [(l, d.value) for l in below for d in find_dates(l.text)]
    if not dated:
        return None
    line, value = max(dated, key=lambda c: (c[0].page, c[0].top))
    whole = parse_date(line.text)  # (a line that is the date alone, its 日 lost under the seal: 2024年04月16)
    return (whole if whole is not None and str(whole).startswith(str(value)) else value), line


def _date_in_year(text: DocText, year: int):
    """The certificate's date in Chinese numerals with its year's 〇s lost under the seal
    (登记日期：二 八年十月七日), read in the registration number's year: the labelled date, or the
    last one below 予以登记."""
    anchor = next((l for l in text.lines if "予以登记" in l.compact), None)
    lines = [l for l in text.lines if "登记日期" in l.compact or "批准日期" in l.compact]
    if anchor is not None:
        lines += [l for l in text.lines if (l.page, l.top) > (anchor.page, anchor.top)]
    for line in lines:
        found = dates_in_year(line.text, year)
        if found:
            return found[-1].value, line
    return None


_NATIONALITY = re.compile(r"^(?:国籍|地址|住所|所在地)[:：]")


def _with_their_addresses(text: DocText, found):
    """Holders printed one under another, each followed by its own line 国籍:中国 地址:重庆市…
    (probe DI sc05, sc08): the lines between those, not only the first holder."""
    parts, line = found
    nxt = next_line(text, line, 2.5)
    if nxt is None or not _NATIONALITY.match(nxt.compact):
        return found
    more = []
    while nxt is not None:
        if not _NATIONALITY.match(nxt.compact):
            named = holders(None, None, nxt.text)
            if not named or len(named) != 1 or re.search(r"[:：]", nxt.text):
                break  # (the certificate's next label, 开发完成日期:…)
            more.append(named[0])
        nxt = next_line(text, nxt, 2.5)
    return (parts + more, line) if more else found


_SEE_ANNEX = re.compile(r"等?\s*[（(]?\s*(?:详见|见)\s*附页\s*[)）]?$")


def people_or_units(text: DocText, labels: list[str]):
    """Holders may be people or companies (``layout.holders``).  On a query page the
    label heads a column, whose cell wraps like a list."""
    # A form centres its label on a cell of several lines, one holder a line (著作权人 level with
    # the third of five): the cell from its first line.
    for hit in heading_labels(text, labels):
        cell = right_of(text, hit.line, slack=0.5 * hit.line.line.height) \
            if hit.line.compact.strip(":：") == hit.label else None
        top = cell_top(text, cell, hit.line, lambda t: bool(holders(None, None, t))) if cell is not None else None
        if top is not None and top is not cell:
            parts = holder_cell(text, top, hit.line)
            if parts:
                return parts, top
    found = _labelled(text, labels)
    if found:
        headers = [h for h in heading_labels(text, labels) if _header_row(text, h.line)]
        table = bool(headers)
        if table and _next_record(text, headers[0].line) is not None:
            # a query's first record of several: its cell's lines as read, not wrapped on into the next record's
            parts = holders(text, None, found[0])
            return (parts, found[1]) if parts else None
        parts = holders(text, found[1], found[1].text if table else found[0], table=table)
        return (parts, found[1]) if parts else None
    found = value_of(text, labels)
    if not found:
        # A phone's e-certificate prints each label on a line of its own, its value under it.
        for hit in heading_labels(text, labels):
            below = value_below(text, hit.line) if hit.line.compact.strip(":：") == hit.label else None
            parts = holders(text, below, below.text) if below is not None else None
            if parts:
                return parts, below
        return None
    parts = holders(text, None, found[0])
    return (parts, found[1]) if parts else None


def _facts(f, kind, rank, core_journal):
    return {"rank": rank, "date": as_date(f.get("date"))}


DOCTYPE = DocType(
    key="software_copyright", identity=("registration_number",), one_page=True, name="软件著作权登记证书",
    cues=Cues(
        titles=("计算机软件著作权登记证书", "软件著作权登记证书", "计算机软件著作权登记"),
        labels=("软件名称", "著作权人", "登记号", "权利取得方式", "权利范围", "开发完成日期", "首次发表日期",
                "国家版权局", "软著登字", "软件全称", "软件简称", "版本号", "中国版权保护中心"),
        identifiers=("registration_number",),
        requires=("registration_number", "登记号", "软件名称", "著作权人"),
        requires_why="没有软件名称、著作权人或登记号",
        # a filing receipt (登记申请受理通知书) is an application, no registration: counted as
        # one it would be a wrong "met"
        penalties=LISTS + ("受理通知书", "予以受理", "不作为著作权登记"),
        # the application form itself (计算机软件著作权登记申请表) registers nothing yet
        # (the office's receipt of an application, 受理通知书, dates its 受理 and registers nothing)
        refusing_titles=("登记申请表", "受理通知书", "补正通知书"),
    ),
    extract=extract_software,
    fields=("software_name", "registration_number", "holders", "date"),
    decisive=("registration_number", "holders", "date"),
    labels={"holders": "著作权人", "date": "登记日期"},
    ranked=("holders",), under_seal=("date",),
    kinds=(Kind.SOFTWARE_COPYRIGHT,), facts=_facts,
)
