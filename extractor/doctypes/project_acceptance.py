"""验收证书/验收意见: project acceptance documents, in three shapes, each hiding its values
differently:

- 验收证书, a form: ``项目名称 …`` on one line; the people in a member table (序号 姓名 单位 …),
  often on a later page, with the leader in the first row.
- 验收意见, running text: ``2022年10月27日，<organiser>在…组织专家对<unit>承担的“<title>”项目
  （<programme>，编号…）进行了验收``; the members are listed without the leader.
- 结题验收表, a table: labels in the left cells, values in the cells to their right (OCR gives
  each cell its own line, sometimes the value before its label); the conclusion is a ticked
  box with both 通过 and 不通过 printed.
"""

from __future__ import annotations

import re

from rules.vocabulary import Kind, Level

from ..fields.dates import date_after_label, parse_date
from ..fields.levels import AUTONOMOUS_REGIONS, MUNICIPALITIES, level_of
from ..fields.people import split_people
from ..layout import (is_caption, is_name, labelled_value, next_line, right_of, running_match, text_after,
                      value_below)
from ..text import DocText, TextLine
from .base import Cues, DocType, Fields, as_date, as_level, last_date


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
    title = labelled_value(text, _TITLE_LABELS) or _running_title(text)
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
    found = running_match(text, _QUOTED_TITLE)
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
            parts = [text_after(hit.line, hit.end).lstrip(":：; ")] + [l.text for l in _continuation(text, hit.line)]
        else:
            source = right_of(text, hit.line) or value_below(text, hit.line)
            parts = [source.text] if source else []
        # OCR reads the semicolons between names as colons (贾隽峰:高宏伟).
        names = [n for n in split_people("\n".join(parts).replace(":", ";").replace("：", ";")) if is_name(n)]
        if names:
            return names, source
    return None


def _continuation(text: DocText, line: TextLine) -> list[TextLine]:
    """The lines a wrapped list runs on to: right under it, indented past its start, and
    neither a label nor anything with figures (a date, a code)."""
    out: list[TextLine] = []
    while (nxt := next_line(text, out[-1] if out else line, 1.0)) is not None:
        if nxt.line.box[0] <= line.line.box[0] + 0.5 * line.line.height or is_caption(nxt) \
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
        if col >= len(cells) or not is_name(cells[col]):
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
        if not is_name(name) or cell.line.box[1] - bottom > 3 * height:
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
        found = labelled_value(text, labels)
        if found:
            yield found
        running = running_match(text, sentence)
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
            cell = right_of(text, hit.line)
            date = parse_date(cell.compact) if cell else None
            if date is not None:
                return date, cell
        if date is not None:
            return date, hit.line
    opening = running_match(text, _OPENING_DATE)
    if opening and parse_date(opening[0].group(1)):
        return parse_date(opening[0].group(1)), opening[1]
    return last_date(text)


def _facts(f, kind, rank, core_journal):
    leader = rank == 1 and f.get("leader") is not None
    return {"level": as_level(f.get("level"), Level), "rank": rank, "accepted": f.get("passed"),
            "date": as_date(f.get("acceptance_date")), "role": "lead" if leader else None}


DOCTYPE = DocType(
    key="project_acceptance", name="验收证书/验收意见",
    cues=Cues(
        titles=("验收证书", "验收意见", "项目验收", "验收报告", "验收鉴定", "鉴定证书", "鉴定意见"),
        labels=("验收", "验收结论", "验收意见", "项目负责人", "承担单位", "验收专家", "通过验收", "项目名称",
                "组织验收单位", "验收日期", "项目组成员", "主要完成人员", "鉴定"),
        requires=("验收", "鉴定"),
        requires_why="没有验收或鉴定内容",
    ),
    extract=extract_acceptance,
    fields=("project_title", "level", "leader", "members", "acceptance_date", "passed"),
    decisive=("level", "leader", "members", "acceptance_date", "passed"),
    labels={"leader": "项目负责人", "members": "项目组成员", "level": "项目级别"},
    ranked=("members",), leader="leader", under_seal=("acceptance_date",), date_fields=("acceptance_date",),
    kinds=(Kind.PROJECT,), facts=_facts,
)
