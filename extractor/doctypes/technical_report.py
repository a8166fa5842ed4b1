"""技术报告/白皮书/规划/可研: technical reports, white papers, plans, feasibility studies.

Read like a journal paper (see ``journal_paper``'s notes): no labelled title, people in an
unlabelled line or a paragraph, geometry deciding what belongs together.
"""

from __future__ import annotations

from rules.vocabulary import Kind

import re

from ..layout import (AFTER_LABEL, CJK, LABEL_START, block, box, join_cjk, labelled_people, line_below, list_of_names,
                      name_column, next_line, original_index, paragraph, plain_names, right_of, row_of,
                      strip_stamps, text_after, title_form)
from ..model import Line
from ..text import DocText, TextLine
from .base import Cues, DocType, Fields, as_date, biggest_line, date_of, last_date


_REPORT_KINDS = [("白皮书", "white_paper"), ("可行性研究报告", "feasibility"), ("可研报告", "feasibility"),
                 ("规划", "plan"), ("课题", "research_topic"), ("技术报告", "technical_report"),
                 ("研究报告", "technical_report")]
# Who wrote the report, longest label first (a line is read at the first label found in it).
# ``编制``/``编写`` alone head a cover's or a signature block's writers (编制：张三  审核：李四
# 批准：王五): the reviewers who sign beside them are no authors.
_WRITERS = ["主要编写人员", "报告编写人员", "编写人员", "编制人员", "撰写人员", "主要编写人", "报告编写人", "主要执笔人",
            "编写人", "编制人", "撰写人", "执笔人", "报告编写", "报告撰写", "报告编制", "编写组", "作者", "报告人"]
_BARE_WRITERS = ["编写", "编制", "撰写", "执笔"]
_LEADERS = ["项目负责人", "课题负责人", "课题组组长", "项目组组长", "编写组组长"]
_MEMBERS = ["主要参加人员", "参加人员", "主要参与人员", "课题组成员", "项目组成员", "编写组成员"]
# A label naming the units and the people of each (编制单位及人员：重庆某公司（张三、李四）).
_UNITS_AND_PEOPLE = ["编制单位及人员", "编写单位及人员", "编制单位及编写人员", "参编单位及人员", "编写单位及编写人员"]
# The heading of a table of the report's people (编制人员名单 | 序号 姓名 职称 分工 签字).
_STAFF_TABLE = re.compile(r"编制人员|编写人员|编写组|编制组|课题组|项目组|人员名单|参加人员|研究人员|单位及人员|撰写人员|"
                          r"主要编写|报告编写")
# Where a value ends on its line: the next label (审核：李四), a date (2023年6月).
_NEXT_LABEL = re.compile(rf"\s+[{CJK}]{{2,7}}\s*[:：]|(?:审\s*核|审\s*定|批\s*准|校\s*核|校\s*对|复\s*核|审\s*批|"
                         rf"日\s*期)\s*[:：]|\s*(?:\d{{4}}\s*[年./\-]|[一二三四五六七八九〇零○]{{4}}\s*年)")
# Words of a signature block or a staff table's header, never a name or a name's start.
_ROLE = re.compile(r"^(?:编制|编写|撰写|执笔|审核|审定|审批|批准|校对|校核|复核|会签|签字|签名|日期|姓名|职称|单位|分工)$")
_ORG = re.compile(r"[^\s:：,，;；、（()）]*?(?:有限责任公司|股份有限公司|有限公司|公司|研究院|研究所|设计院|大学|学院|"
                  r"中心|集团)")


def extract_report(text: DocText) -> Fields:
    f = Fields()
    title = biggest_line(text, 0.6, exclude=("编制单位", "编写", "日期"))
    printed = ""
    if title:
        printed = title_form(join_cjk(strip_stamps("".join(l.text for l in block(text, title)))))
        f.set("title", printed, title)
    # The title's own words first: a spread scan interleaves a table with the cover.
    zone = "".join(printed.split()) + "|" + "".join(l.compact for l in text.title_lines(0.6))
    for word, kind in _REPORT_KINDS:
        if word in zone:
            f.set("report_kind", kind, title)
            break
    f.put("authors", _report_authors(text))
    f.put("date", date_of(text, ["编制日期", "日期", "完成日期"]) or last_date(text))
    return f


def _report_authors(text: DocText) -> tuple[list[str], TextLine] | None:
    """The writers (编写人员, a cover's 编写：…, a signature block's 编制); else the units'
    people (编制单位及人员); else the project's leader followed by its members
    (项目负责人 + 主要参加人员, 课题组组长 + 课题组成员), the leader first as the report
    lists them; else a table of its people (编制人员名单: 序号 姓名 职称 分工)."""
    writers = (_labelled(text, _WRITERS) or labelled_people(text, _WRITERS) or _glued_people(text, _WRITERS)
               or _labelled(text, _BARE_WRITERS, heading=False))
    if writers:
        return writers
    units = _units_people(text)
    if units:
        return units
    members = _labelled(text, _MEMBERS) or labelled_people(text, _MEMBERS) or _glued_people(text, _MEMBERS)
    leader = _labelled(text, _LEADERS) or labelled_people(text, _LEADERS) or _glued_people(text, _LEADERS)
    if members and leader:
        return leader[0] + [m for m in members[0] if m not in leader[0]], leader[1]
    table = None if members else _staff_table(text)
    if leader and table:  # 课题负责人：张三, then a table of the 课题组成员
        return leader[0] + [m for m in table[0] if m not in leader[0]], leader[1]
    return members or leader or table


def _label_spots(text: DocText, labels: list[str]):
    """Every place a label heads a value: followed by a colon (after a bracketed note:
    主要编写人员（排名不分先后）：), or alone in a cell of its own; standing at the start of
    its line or after a space (编制单位：…  编制：张三), never inside a word (编制单位,
    本报告编写说明).  Each place once, with the longest label standing there."""
    for line in text.lines:
        compact, taken = line.compact, set()
        for label in sorted(labels, key=len, reverse=True):
            for match in re.finditer(re.escape(label), compact):
                start, end = match.start(), match.end()
                if any(start < e and s < end for s, e in taken):
                    continue
                after = AFTER_LABEL.match(compact[end:])
                # A label alone in a cell heads its row (a form's label column), not a cell
                # of a table's row (a staff table's 分工 column: 项目负责人).
                alone = not after and compact == label and not any(
                    box(l)[2] <= box(line)[0] + 2 for l in row_of(text, line))
                if not (after or alone):
                    continue
                at = original_index(line.text, start)
                if start > 0 and re.match(f"[{CJK}]", line.text[:at].rstrip()[-1:] or " "):
                    continue  # inside a word
                taken.add((start, end))
                yield line, label, end + (after.end() if after else 0), alone


def _labelled(text: DocText, labels: list[str], heading: bool = True) -> tuple[list[str], TextLine] | None:
    """The people after a label (``_label_spots``): on its line up to the next label or a
    date (编制：张三  审核：李四 gives 张三 alone), else in the cell to its right, else on the
    lines under it (under a label alone on its line, a heading such as 编写组, only when
    ``heading``); a list that runs on is followed over the lines it wraps onto."""
    for line, label, end, alone in _label_spots(text, labels):
        value = "" if alone else text_after(line, end)
        cut = _NEXT_LABEL.search(value)
        printed = bool(value.strip(" :：;；,，。"))
        value, anchor = (value[:cut.start()] if cut else value).strip(" :：;；,，。"), line
        if not value and printed:
            continue  # 编制：2023年6月, 编制：  审核：李四 — nobody named
        if not value:
            cut = None
            cell = right_of(text, line, slack=0.5 * line.line.height)
            below = next_line(text, line)
            if cell is not None and _ROLE.match(cell.compact.strip(":：")):
                # 编制 | 审核 | 批准 heading a row of names: the name is under the label.
                under = line_below(text, line)
                if under is None or not _on_row_under(text, under, cell):
                    continue
                value, anchor, cut = under.text, under, True
            elif cell is not None and not LABEL_START.match(cell.compact):
                value, anchor = cell.text, cell
            elif cell is None and (heading or not alone) and below is not None and not LABEL_START.match(below.compact) \
                    and not any(l.line.box[2] <= below.line.box[0] + 2 for l in row_of(text, below)):
                value, anchor = below.text, below
            else:
                continue
            stop = _NEXT_LABEL.search(value)
            if stop:
                value, cut = value[:stop.start()], stop
        names = plain_names(strip_stamps(value)) if cut else (
            plain_names(strip_stamps(paragraph(text, anchor, value))) or list_of_names(text, anchor, value))
        if names and not any(_ROLE.match(n[:2]) for n in names):  # 审核李强: a role read as a name
            return names, anchor
    return None


def _on_row_under(text: DocText, line: TextLine, cell: TextLine) -> bool:
    """``line`` stands on the row under ``cell``'s (a header row's next row)."""
    below = line_below(text, cell)
    return below is not None and (below is line or abs(below.line.box[1] - line.line.box[1]) < 0.5 * line.line.height)


def _units_people(text: DocText) -> tuple[list[str], TextLine] | None:
    """The people a 编制单位及人员 label lists unit by unit (``重庆某公司（张三、李四）``,
    ``重庆某公司：张三、李四``, on its line and the lines under it): the units left out,
    the names in order, all or nothing."""
    for line, label, end, alone in _label_spots(text, _UNITS_AND_PEOPLE):
        pieces = [] if alone else [text_after(line, end)]
        below = line
        while len(pieces) < 8 and (below := next_line(text, below)) is not None \
                and not LABEL_START.match(below.compact) and _ORG.match(below.compact):
            pieces.append(below.text)
        names: list[str] = []
        for piece in (p for p in pieces if p.strip()):
            bracketed = re.findall(r"[（(]([^（()）]*)[)）]", piece)
            rest = bracketed[0] if len(bracketed) == 1 and _ORG.match(piece.strip()) else _ORG.sub(" ", piece)
            found = plain_names(rest.strip(" :：;；,，。、"))
            if not found:
                return None
            names += found
        if names:
            return names, line
    return None


def _glued_people(text: DocText, labels: list[str]) -> tuple[list[str], TextLine] | None:
    """A label that opens a line with its names glued on, the colon not printed
    (``课题组组长公孙雨``, ``课题组成员袁志浩、公孙萍、上官红``): every part a name."""
    for line in text.lines:
        label = next((l for l in labels if line.compact.startswith(l)), None)
        if label is None or LABEL_START.match(line.compact):
            continue
        names = plain_names(strip_stamps(line.compact[len(label):]))
        if names:
            return names, line
    return None


def _staff_table(text: DocText) -> tuple[list[str], TextLine] | None:
    """The 姓名 column of a table of the report's people, headed as such; a header printed
    letter-spaced (``姓 名``, ``序 号``) is read as its words."""
    for line in text.lines:
        spaced = re.sub(r"(?<![^\s])([\u4e00-\u9fff])\s{1,2}([\u4e00-\u9fff])(?![^\s])", r"\1\2", line.text)
        if "姓名" not in spaced.split():
            continue
        if spaced != line.text:
            line = TextLine(line.page, line.index, Line(spaced, line.line.box, line.line.confidence),
                            line.page_height, line.page_width)
        y0, height = line.line.box[1], max(line.line.height, 1)
        heading = "".join(l.compact for l in text.lines
                          if l.page == line.page and 0 <= y0 - l.line.box[3] < 5 * height)
        if "专家" in heading or not _STAFF_TABLE.search(heading):
            continue
        names = name_column(text, line)
        if names:
            return names, line
    return None


def _facts(f, kind, rank, core_journal):
    return {"report_kind": f.get("report_kind"), "rank": rank, "date": as_date(f.get("date"))}


DOCTYPE = DocType(
    key="technical_report", name="技术报告",
    cues=Cues(
        titles=("技术报告", "白皮书", "发展规划", "产业发展规划", "可行性研究报告", "研究报告", "课题报告",
                "项目技术报告"),
        labels=("编制单位", "编写人员", "编写组", "报告编号", "目录", "编制日期", "编写", "编制人员"),
        requires=("报告", "白皮书", "规划"),
        requires_why="没有报告、白皮书或规划字样",
    ),
    extract=extract_report,
    fields=("title", "report_kind", "authors", "date"),
    decisive=("authors", "date"),
    labels={"title": "报告名称", "authors": "编写人", "date": "编制日期"},
    ranked=("authors",), under_seal=("date",),
    kinds=(Kind.REPORT,), facts=_facts,
)
