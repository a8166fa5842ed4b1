"""Project acceptance documents and revenue evidence (contracts, invoices, finance letters).

Acceptance documents come in three shapes, and each hides its values differently:

- 验收证书, a form: ``项目名称 …`` on one line; the people in a member table (序号 姓名 单位 …),
  often on a later page, with the leader in the first row.
- 验收意见, running text: ``2022年10月27日，<organiser>在…组织专家对<unit>承担的“<title>”项目
  （<programme>，编号…）进行了验收``; the members are listed without the leader.
- 结题验收表, a table: labels in the left cells, values in the cells to their right (OCR gives
  each cell its own line, sometimes the value before its label); the conclusion is a ticked
  box with both 通过 and 不通过 printed.

Revenue proofs: a contract (甲方/乙方, 合同总价, 签订日期), an invoice (购买方/销售方 columns
with ``名称：`` lines, 价税合计, 开票日期; the net amount and the tax are printed too) or a
财务证明 (one company signing at the bottom above its date; periods in the text are not dates
of the document).
"""

from __future__ import annotations

import re

from rules.vocabulary import Level

from ..fields.amounts import find_amounts
from ..fields.dates import date_after_label, parse_date
from ..fields.levels import AUTONOMOUS_REGIONS, MUNICIPALITIES, level_of
from ..fields.people import split_people
from ..text import DocText, LabelHit, TextLine, same_row
from .base import Fields, clean_value, date_of, last_date

# ---- shared layout helpers (candidates for base.py / text.py) -------------------------------


def _after(line: TextLine, end: int) -> str:
    """The line's text after its first ``end`` non-space characters, inner spacing kept
    (``LabelHit.end`` counts in the compact text)."""
    seen = 0
    for i, ch in enumerate(line.text):
        if seen == end:
            return line.text[i:]
        seen += not ch.isspace()
    return ""


_same_row = same_row  # extractor.text


def _right_cell(text: DocText, label: TextLine) -> TextLine | None:
    """The nearest line to the right of ``label`` on the same row: a table's value cell.

    OCR gives a table cell its own box, and orders it by its top edge, so the value may come
    before or after its label in the line list; only the boxes tell which row it is on."""
    right = [l for l in text.lines
             if l is not label and l.line.box[0] >= label.line.box[2] - 2 and _same_row(l, label)]
    return min(right, key=lambda l: l.line.box[0], default=None)


def _below(text: DocText, line: TextLine, lines: float = 1.5) -> TextLine | None:
    """The next line when it stands close under ``line`` on the same page."""
    if line.index + 1 >= len(text.lines):
        return None
    nxt = text.lines[line.index + 1]
    gap = nxt.line.box[1] - line.line.box[3]
    return nxt if nxt.page == line.page and gap < lines * max(line.line.height, 1) else None


def _value_below(text: DocText, label: TextLine) -> TextLine | None:
    """A label's value on the next line: close under it, not left of it, and not the value
    cell of the next row's label (a table read in another order)."""
    below = _below(text, label)
    if below is None or below.line.box[0] < label.line.box[0] or _is_label(below):
        return None
    left = [l for l in text.lines if l.line.box[2] <= below.line.box[0] + 2 and _same_row(l, below)]
    return None if any(_is_label(l) for l in left) else below


def _is_label(line: TextLine) -> bool:
    """A short caption (项目来源, 验收结论：): another label, never a value."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,7}[:：]?", line.compact))


def _labelled(text: DocText, labels: list[str]) -> tuple[str, TextLine] | None:
    """A label's value: after it on its line, else in the cell to its right, else the line
    below when that is not another label."""
    for hit in text.find_label(labels):
        rest = clean_value(_after(hit.line, hit.end)).strip()
        if rest:
            return rest, hit.line
        for line in (_right_cell(text, hit.line), _value_below(text, hit.line)):
            if line is not None and not _is_label(line):
                return clean_value(line.text).strip(), line
    return None


def _page_text(text: DocText, page: int) -> tuple[str, list[tuple[int, TextLine]]]:
    """A page's lines joined without breaks (running text wraps anywhere), with where each
    line starts in the joined string."""
    joined, starts = "", []
    for line in text.lines:
        if line.page == page:
            starts.append((len(joined), line))
            joined += line.compact
    return joined, starts


def _line_at(starts: list[tuple[int, TextLine]], offset: int) -> TextLine | None:
    found = None
    for start, line in starts:
        if start <= offset:
            found = line
    return found


def _running(text: DocText, pattern: re.Pattern) -> tuple[re.Match, TextLine] | None:
    """The first match of ``pattern`` in a page's running text, and the line it starts on."""
    for page in sorted({l.page for l in text.lines}):
        joined, starts = _page_text(text, page)
        match = pattern.search(joined)
        if match:
            return match, _line_at(starts, match.start(1))
    return None


def _is_name(name: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff·]{2,5}|[A-Za-z][A-Za-z .'\-]{1,40}", name))


# ---- project acceptance ---------------------------------------------------------------------

_PASSED = re.compile(r"(同意|一致同意|准予|予以)?\s*(通过|予以通过)\s*验收|验收\s*(结论|意见)?\s*[:：]?\s*(合格|通过)")
_FAILED = re.compile(r"不(予|同意)?\s*通过|未通过|不合格|暂缓通过")
# Weaker verdicts, read only where no explicit one is printed (a ticked-box form whose tick
# OCR lost): the experts' sentence says whether the goals were met.
_MET = re.compile(r"达到(了)?(预期|既定|合同|任务书)?[^，,。；;]{0,8}(目标|要求|指标)")
_NOT_MET = re.compile(r"未(能)?(达到|完成)|没有(达到|完成)")
# One option of a ticked-box conclusion, alone in its cell: ``□通过``, ``☑不通过``.
_OPTION = re.compile(r"(?:^|\s)([□☐☑☒√✓✔■]?)\s*(不?)通\s*过(?=\s|$|[□☐☑☒√✓✔■])")
_TICKS = "☑☒√✓✔■"

_TITLE_LABELS = ["项目名称", "课题名称"]
_LEADER_LABELS = ["项目负责人", "负责人"]
_MEMBER_LABELS = ["项目组成员", "主要完成人员", "主要完成人", "项目成员", "参加人员", "主要参加人员"]
# A title in running text is quoted and followed by 项目/课题, or follows 承担的.
_QUOTED_TITLE = re.compile(r"[“\"「『]([^“”\"「」『』]{4,80})[”\"」』](?:项目|课题)|承担的[“\"「『]([^“”\"「」『』]{4,80})[”\"」』]")
# Who funds the project (the programme) and who organised the acceptance.
_PROGRAMME_LABELS = ["项目来源", "计划类别", "项目类别", "计划名称", "项目类型"]
_ORGANISER_LABELS = ["组织验收单位", "验收组织单位", "组织单位", "项目下达单位", "下达单位", "主管部门"]
# ``“…”项目（宜宾市工业发展专项项目，编号：…）``: the programme follows the quoted title.
_RUNNING_PROGRAMME = re.compile(r"[”\"」』](?:项目|课题)[（(]([\u4e00-\u9fff]{4,40}?)[，,；;）)]")
# ``2022年10月27日，宜宾市经济和信息化局在重庆组织专家对…``: the organiser opens the sentence.
_RUNNING_ORGANISER = re.compile(r"(?:日|^|[。；;])[，,]?由?([\u4e00-\u9fff（）()]{4,40}?)(?:在[\u4e00-\u9fff]{1,12}?)?组织(?:有关|相关)?专家")
# ``2022年10月27日，<organiser>在重庆组织专家对…``: the day the acceptance was held.
_CN_DIGITS = "0-9〇零一二三四五六七八九十"
_OPENING_DATE = re.compile(rf"([{_CN_DIGITS}]{{4}}年[{_CN_DIGITS}]{{1,3}}月[{_CN_DIGITS}]{{1,3}}日)[，,][^。；;]{{2,40}}?组织")
_PROGRAMME_WORDS = re.compile(r"计划|专项|基金|资金|工程|项目")
_DOC_TITLE = re.compile(r"验收(证书|意见|报告|表|单)")
# The heading of a table of the project's people (not of the experts who judged it).
_MEMBER_TABLE = re.compile(r"研究人员|完成人员|参加人员|项目组成员|项目成员|人员名单|完成人名单")


def extract_acceptance(text: DocText) -> Fields:
    f = Fields()
    title = _labelled(text, _TITLE_LABELS) or _running_title(text)
    if title:
        f.set("project_title", title[0].strip("《》“”\""), title[1])
    leader = _people(text, _LEADER_LABELS)
    if leader:
        f.set("leader", leader[0][0], leader[1])
    f.put("members", _people(text, _MEMBER_LABELS) or _member_table(text))
    _set_level(text, f)
    f.put("passed", _verdict(text))
    f.put("acceptance_date", _acceptance_date(text))
    return f


def _running_title(text: DocText) -> tuple[str, TextLine] | None:
    found = _running(text, _QUOTED_TITLE)
    if not found:
        return None
    match, line = found
    return match.group(1) or match.group(2), line


def _people(text: DocText, labels: list[str]) -> tuple[list[str], TextLine] | None:
    """Names after a label (continued on the lines close under it), or in the cell to the
    right of a bare label in a table.  A label followed by a separator comes first
    (项目组成员：… rather than running text)."""
    hits = sorted(text.find_label(labels), key=lambda h: (not DocText._separated(h), not h.exact, h.line.index))
    for hit in hits:
        source = hit.line
        if hit.value:
            parts = [_after(hit.line, hit.end).lstrip(":：; ")] + [l.text for l in _continuation(text, hit.line)]
        else:
            source = _right_cell(text, hit.line) or _value_below(text, hit.line)
            parts = [source.text] if source else []
        # OCR reads the semicolons between names as colons (贾隽峰:高宏伟).
        names = [n for n in split_people("\n".join(parts).replace(":", ";").replace("：", ";")) if _is_name(n)]
        if names:
            return names, source
    return None


def _continuation(text: DocText, line: TextLine) -> list[TextLine]:
    """The lines a wrapped list runs on to: right under it, indented past its start, and
    neither a label nor anything with figures (a date, a code)."""
    out: list[TextLine] = []
    while (nxt := _below(text, out[-1] if out else line, 1.0)) is not None:
        if nxt.line.box[0] <= line.line.box[0] + 0.5 * line.line.height or _is_label(nxt) \
                or re.search(r"[\d:：]", nxt.compact) or len(out) >= 3:
            break
        out.append(nxt)
    return out


def _member_table(text: DocText) -> tuple[list[str], TextLine] | None:
    """The 姓名 column of a table of the project's people (序号 姓名 工作单位 …), rows in order.

    The table must be headed by a title naming the project's people and not the experts:
    an acceptance certificate often also carries the expert panel's table."""
    for line in text.lines:
        header = line.text.split()
        if "姓名" not in header or not _member_heading(text, line):
            continue
        if len(header) > 1:  # a text layer: one line per row
            names = _column_of_rows(text, line, header, header.index("姓名"))
        else:  # OCR: one box per cell
            names = _column_of_cells(text, line)
        if names:
            return names, line
    return None


def _member_heading(text: DocText, header: TextLine) -> bool:
    """Whether the lines just above a table header name the project's people (主要研究人员名单)."""
    y0, height = header.line.box[1], max(header.line.height, 1)
    heading = "".join(l.compact for l in text.lines
                      if l.page == header.page and 0 <= y0 - l.line.box[3] < 5 * height)
    return "专家" not in heading and bool(_MEMBER_TABLE.search(heading))


def _column_of_rows(text: DocText, header: TextLine, heads: list[str], col: int) -> list[str]:
    """Column ``col`` of the rows under a one-line header, while the rows are numbered."""
    names = []
    for row in text.lines[header.index + 1:]:
        cells = row.text.split()
        if row.page != header.page or not cells or not cells[0].isdigit():
            break
        # ``高　菊``: a name printed with a space inside splits into one cell too many.
        if len(cells) == len(heads) + 1 and len(cells[col]) == len(cells[col + 1]) == 1:
            cells[col:col + 2] = [cells[col] + cells[col + 1]]
        if col >= len(cells) or not _is_name(cells[col]):
            break
        names.append(cells[col])
    return names


def _column_of_cells(text: DocText, header: TextLine) -> list[str]:
    """The cells under a 姓名 header cell, top to bottom, until one is not a name or the
    column breaks off."""
    x0, _, x1, y1 = header.line.box
    height = max(header.line.height, 1)
    cells = sorted((l for l in text.lines if l.page == header.page and l.line.box[1] >= y1 - height / 2
                    and x0 - height <= (l.line.box[0] + l.line.box[2]) / 2 <= x1 + height),
                   key=lambda l: l.line.box[1])
    names, bottom = [], y1
    for cell in cells:
        name = "".join(cell.text.split())
        if not _is_name(name) or cell.line.box[1] - bottom > 3 * height:
            break
        names.append(name)
        bottom = cell.line.box[3]
    return names


def _set_level(text: DocText, f: Fields) -> None:
    """The level of the programme that funds the project, else of who organised the
    acceptance (CONTRACT §2, via ``level_of``).

    A central ministry (科学技术部, 工业和信息化部) reads as 省（部）级 for an issuer, but
    the projects it organises mostly belong to national programmes: unless the programme
    itself settles it, such a project's level is left out rather than guessed."""
    for name, line in _level_sources(text):
        level, why = level_of(name)
        if level is None:
            continue
        if _central_ministry(name, level):
            f.notes.append(f"级别：{why}；部委组织的项目可能属国家级计划，未定级")
            return
        f.set("level", level.value, line)
        f.notes.append(f"级别：{why}")
        return


def _level_sources(text: DocText):
    """Names that may settle the level, most telling first: the programme (labelled, in
    running text, or printed above the document's title), then the organiser."""
    heads = _head_lines(text)
    for labels, sentence, programme in ((_PROGRAMME_LABELS, _RUNNING_PROGRAMME, True),
                                        (_ORGANISER_LABELS, _RUNNING_ORGANISER, False)):
        found = _labelled(text, labels)
        if found:
            yield found
        running = _running(text, sentence)
        if running:
            yield running[0].group(1), running[1]
        yield from ((l.compact, l) for l in heads if bool(_PROGRAMME_WORDS.search(l.compact)) == programme)


def _head_lines(text: DocText) -> list[TextLine]:
    """Lines above the document's title (验收证书, 结题验收表) on its page: the programme
    (国家重点研发计划) or the issuing body (重庆市科学技术局) printed as a heading."""
    for line in text.lines:
        if _DOC_TITLE.search(line.compact) and len(line.compact) <= 12:
            return [l for l in text.lines[:line.index] if l.page == line.page and len(l.compact) >= 4]
    return []


def _central_ministry(name: str, level: Level) -> bool:
    """A 省（部）级 reading that comes from a central organ, not from a province's name."""
    places = ("省",) + MUNICIPALITIES + AUTONOMOUS_REGIONS
    return level is Level.PROVINCIAL and not any(p in name for p in places)


def _verdict(text: DocText) -> tuple[bool, TextLine] | None:
    """Passed or not: a ticked box, else an explicit verdict (通过验收, 不通过), else the
    experts' sentence (达到/未达到预期目标).  The options of a ticked-box form are not
    verdicts: both are printed."""
    options = [(line, m.group(1), not m.group(2)) for line in text.lines for m in _OPTION.finditer(line.text)]
    boxed = {passed for _, _, passed in options} == {True, False}
    ticked = [(passed, line) for line, mark, passed in options if mark and mark in _TICKS]
    if boxed and len(ticked) == 1:
        return ticked[0]
    option_lines = {line.index for line, _, _ in options} if boxed else set()
    lines = [l for l in text.lines if l.index not in option_lines]
    if "验收" not in text.compact:
        return None
    for fail, ok in ((_FAILED, _PASSED), (_NOT_MET, _MET)):
        for line in lines:
            if fail.search(line.compact):
                return False, line
            if ok.search(line.compact):
                return True, line
    if options and not boxed:  # a lone option in the conclusion cell: 验收结论 | 通过
        return options[0][2], options[0][0]
    return None


def _acceptance_date(text: DocText):
    """验收日期/验收时间 (in its cell in a table); else the date opening the sentence that
    says who organised the acceptance (a 验收意见); else the date at the foot."""
    for hit in text.find_label(["验收日期", "验收时间"]):
        date = date_after_label(hit.line.text, [hit.label]) or parse_date(hit.value)
        if date is None and not hit.value:
            cell = _right_cell(text, hit.line)
            date = parse_date(cell.compact) if cell else None
            if date is not None:
                return date, cell
        if date is not None:
            return date, hit.line
    opening = _running(text, _OPENING_DATE)
    if opening and parse_date(opening[0].group(1)):
        return parse_date(opening[0].group(1)), opening[1]
    return last_date(text)


# ---- revenue proofs -------------------------------------------------------------------------

# Labels of the whole amount, most telling first.  A plain 合计/金额 comes last and is not
# read on invoices, whose 合计 row and 金额 column give the amount without tax.
_TOTAL_LABELS = ["价税合计", "合同总价", "合同总金额", "合同总额", "合同金额", "合同价款", "总价款", "总金额",
                 "销售收入", "营业收入", "主营业务收入", "新增营收", "收入合计", "合计金额"]
_PLAIN_LABELS = ["合计", "金额"]
# What may stand between a label and its amount, or begin a sum that a line break cut.
_AMOUNT_START = re.compile(r"[\s:：()（）大写小写人民币RMB¥￥\d,.零壹贰叁肆伍陆柒捌玖拾佰仟万亿元整〇一二三四五六七八九十百千]*")
# The day a contract was signed or an invoice issued; a plain 日期 only as a line's label
# (交货日期, 付款日期 are other days).
_DATE_LABELS = ["签订日期", "签约日期", "签署日期", "开票日期", "签订时间", "签约时间"]
_BUYER = ["甲方", "购买方", "购方", "买方", "委托方", "需方", "采购方", "买受人", "发包人", "发包方"]
_SELLER = ["乙方", "销售方", "销方", "卖方", "受托方", "供方", "供货方", "出卖人", "承包人", "承包方"]
# Where a party's name ends on its line: its address, telephone, seal note …
_NAME_END = re.compile(r"地址|住所|电话|法定代表人|统一社会信用代码|纳税人|开户|账号|邮编|[（(]?盖章|[（(]以下简称")
_ORG_SUFFIXES = ("有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "研究院", "研究所", "设计院", "大学",
                 "学院", "医院", "中心", "事务所", "合作社", "银行", "厂")


def extract_revenue(text: DocText) -> Fields:
    f = Fields()
    f.put("amount_wan", _total_amount(text))
    parties = [p for p in (_party(text, _BUYER), _party(text, _SELLER)) if p]
    if not parties and "证明" in text.compact:
        signer = _signing_company(text)
        parties = [signer] if signer else []
    if parties:
        f.set("parties", [name for name, _ in parties], parties[0][1])
    f.put("date", date_of(text, _DATE_LABELS) or _plain_date(text) or _foot_date(text))
    return f


def _total_amount(text: DocText) -> tuple[float, TextLine] | None:
    """The contract total, 价税合计 or certified revenue, read after its label; never the
    net amount or the tax.  Without a label, an amount only when every amount printed
    agrees (the figures and the capitals of one sum)."""
    invoice = "发票" in text.compact
    for label in _TOTAL_LABELS + ([] if invoice else _PLAIN_LABELS):
        for hit in text.find_label([label]):
            found = _amount_after(text, hit, label in _PLAIN_LABELS)
            if found:
                return found
    if invoice:
        return None
    amounts = {(a.wan, line.index): line for line in text.lines for a in find_amounts(line.text)}
    values = {wan for wan, _ in amounts}
    if len(values) == 1:
        wan, index = min(amounts)
        return wan, amounts[(wan, index)]
    return None


def _amount_after(text: DocText, hit: LabelHit, plain: bool) -> tuple[float, TextLine] | None:
    """The amount after a label: on its line; else, when nothing but the start of a sum
    follows the label, with its row's cells (价税合计（大写）| 壹佰伍拾贰万元整 | （小写）¥…)
    or with the next line (销售收入452 | 万元).  A plain 金额 heads a column of item
    amounts and a plain 合计 may head a row, but neither continues on the next line."""
    rest = _after(hit.line, hit.end)
    if "不含税" in rest[:12]:
        return None  # 合同金额（不含税）: the net amount
    candidates = [(rest, hit.line)]
    if _AMOUNT_START.fullmatch(rest) and hit.label != "金额":
        row = _row(text, hit.line)
        if row:
            candidates.append((rest + " " + " ".join(l.text for l in row), row[0]))
        below = None if plain else _below(text, hit.line)
        if below is not None:
            candidates.append((rest + below.text, below))
    for clause, line in candidates:
        wan = _first_amount(clause)
        if wan:
            return wan, line
    return None


def _row(text: DocText, label: TextLine) -> list[TextLine]:
    """Every cell right of ``label`` on its row, left to right."""
    x1 = label.line.box[2]
    return sorted((l for l in text.lines if l.line.box[0] >= x1 - 2 and l is not label and _same_row(l, label)),
                  key=lambda l: l.line.box[0])


def _first_amount(clause: str) -> float | None:
    """The first amount in ``clause``; ``None`` if the amount restated right after it in
    brackets (人民币壹仟…万元整（¥15,980,000.00）) disagrees: one of them was misread."""
    amounts = find_amounts(clause)
    if not amounts or amounts[0].wan <= 0:
        return None
    first = amounts[0]
    if len(amounts) > 1:
        between = clause[first.span[1]:amounts[1].span[0]]
        if re.fullmatch(r"\s*[（(]\s*(小写|大写)?\s*[)）]?\s*[:：]?\s*", between) and amounts[1].wan != first.wan:
            return None
    return first.wan


def _party(text: DocText, labels: list[str]) -> tuple[str, TextLine] | None:
    """A party named after its role at the start of a line (甲方（买方）：…), else in the
    ``名称：`` line under a column headed by the role (an invoice's 购买方信息)."""
    pattern = re.compile(rf"^(?:{'|'.join(labels)})(?:[（(][^）)]{{0,6}}[）)])?(?:信息)?[:：]?(?:名称[:：]?)?(.*)")
    for line in text.lines:
        match = pattern.match(line.compact)
        if not match:
            continue
        name = _org_name(match.group(1))
        if name:
            return name, line
        named = None if match.group(1) and not match.group(1).startswith("信息") else _column_name(text, line)
        if named:
            return named
    return None


def _column_name(text: DocText, head: TextLine) -> tuple[str, TextLine] | None:
    """The name under a heading, in the heading's column: the ``名称：`` line of an
    invoice's 购买方信息 block (printed beside the 销售方's), or the name under 甲方（盖章）."""
    x0, _, _, y1 = head.line.box
    height = max(head.line.height, 1)
    best = None
    for line in text.lines:
        box = line.line.box
        if line.page != head.page or not 0 <= box[1] - y1 < 5 * height or abs(box[0] - x0) >= 4 * height:
            continue
        name = _org_name(re.sub(r"^名称[:：]?", "", line.compact))
        if name and (best is None or abs(box[0] - x0) < abs(best[1].line.box[0] - x0)):
            best = (name, line)
    return best


def _org_name(value: str) -> str | None:
    """An organisation's name cut from a value (at its address, telephone …), or ``None``
    when it does not look like one: OCR's 重庆锐铭智4技股份有司 or a bare 有限公司 is no name."""
    name = _NAME_END.split(clean_value(value))[0].strip(" :：")
    suffix = next((s for s in _ORG_SUFFIXES if name.endswith(s)), None)
    if suffix is None or len(name) - len(suffix) < 2 or len(name) > 40 or re.search("[:：]", name):
        return None
    if re.search(r"[\u4e00-\u9fff][0-9A-Za-z][\u4e00-\u9fff]", name) or name.startswith(("有限", "股份", "责任")):
        return None
    return name


def _signing_company(text: DocText) -> tuple[str, TextLine] | None:
    """The company signing a 财务证明: the lowest line on the last page that is an
    organisation's name and nothing else, in the lower half of the page."""
    last = text.lines[-1].page if text.lines else None
    found = None
    for line in text.lines:
        name = _org_name(line.compact) if line.page == last and line.top > 0.5 else None
        if name and re.fullmatch(r"[（(]?(盖章|公章)?[)）]?", line.compact[len(name):]):
            found = (name, line)
    return found


def _plain_date(text: DocText):
    """A date after 日期 standing as a line's label (日期：2024年3月21日)."""
    for line in text.lines:
        date = parse_date(line.compact) if line.compact.startswith("日期") else None
        if date is not None and date.month is not None:
            return date, line
    return None


def _foot_date(text: DocText):
    """The lowest line of the last page with a date that is a whole line: a signed date,
    not a period in the text (自2021年1月至2021年12月)."""
    last = text.lines[-1].page if text.lines else None
    found = None
    for line in text.lines:
        date = parse_date(line.compact) if line.page == last else None
        if date is not None and date.month is not None:
            found = (date, line)
    return found
