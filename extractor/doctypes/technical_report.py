"""技术报告/白皮书/规划/可研: technical reports, white papers, plans, feasibility studies.

Read like a journal paper (see ``journal_paper``'s notes): no labelled title, people in an
unlabelled line or a paragraph, geometry deciding what belongs together.
"""

from __future__ import annotations

from rules.vocabulary import Kind

import re

from ..layout import LABEL_START, block, join_cjk, labelled_people, name_column, plain_names, strip_stamps, title_form
from ..text import DocText, TextLine
from .base import Cues, DocType, Fields, as_date, biggest_line, date_of, last_date


_REPORT_KINDS = [("白皮书", "white_paper"), ("可行性研究报告", "feasibility"), ("可研报告", "feasibility"),
                 ("规划", "plan"), ("课题", "research_topic"), ("技术报告", "technical_report"),
                 ("研究报告", "technical_report")]
_WRITERS = ["编写人员", "编制人员", "主要编写人", "编写人", "编制人", "撰写人", "执笔人", "作者",
            "报告人"]
_LEADERS = ["项目负责人", "课题负责人", "课题组组长", "项目组组长", "编写组组长"]
_MEMBERS = ["主要参加人员", "参加人员", "主要参与人员", "课题组成员", "项目组成员", "编写组成员"]
# The heading of a table of the report's people (编制人员名单 | 序号 姓名 职称 分工 签字).
_STAFF_TABLE = re.compile(r"编制人员|编写人员|编写组|课题组|项目组|人员名单|参加人员|研究人员")


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
    """The writers (编写人员); else the project's leader followed by its members
    (项目负责人 + 主要参加人员, 课题组组长 + 课题组成员), the leader first as the report
    lists them; else a table of its people (编制人员名单: 序号 姓名 职称 分工)."""
    writers = labelled_people(text, _WRITERS) or _glued_people(text, _WRITERS)
    if writers:
        return writers
    members = labelled_people(text, _MEMBERS) or _glued_people(text, _MEMBERS)
    leader = labelled_people(text, _LEADERS) or _glued_people(text, _LEADERS)
    if members and leader:
        return leader[0] + [m for m in members[0] if m not in leader[0]], leader[1]
    return members or leader or _staff_table(text)


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
    """The 姓名 column of a table of the report's people, headed as such."""
    for line in text.lines:
        if "姓名" not in line.text.split():
            continue
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
