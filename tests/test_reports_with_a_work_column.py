"""A report whose only page of people is a table with a work column (序号 | 姓名 | 职称 | 本报告中承担的工作):
its 项目负责 and 报告编写 rows wrote it, its 审核 row did not; and the title over the table stays the
title although OCR boxes the table's cells taller than it."""

from __future__ import annotations

from extractor.doctypes import doctype
from extractor.model import Line, Page, ReadResult
from extractor.text import DocText
from tests.typed_pages import doc, page


def _scan(rows: list[tuple[str, tuple[float, float, float, float]]]) -> DocText:
    lines = [Line(text, box, 0.99) for text, box in rows]
    return DocText(ReadResult("scan.png", "0" * 64, pages=[Page(1, 1322, 1871, "ocr", lines)], page_count=1))


def _table(top: float, height: float, rows) -> list:
    out = []
    for i, cells in enumerate(rows):
        y = top + i * (height + 12)
        out += [(text, (x, y, x + 22 * len(text) + 20, y + height)) for text, x in zip(cells, (200, 340, 540, 880))]
    return out


SCANNED = _scan([("嘉陵江某某隧道通风系统运行评估报告", (340, 160, 970, 196)),
                 ("报告编写及审核人员", (520, 242, 800, 275))]
                + _table(305, 46, [("序号", "姓名", "职称", "本报告中承担的工作"), ("1", "聂远", "正高级工程师", "项目负责"),
                                   ("2", "邬晴", "高级工程师", "报告编写"), ("3", "储文", "工程师", "报告编写"),
                                   ("4", "覃松", "高级工程师", "审核")])
                + [("2023年9月", (1010, 660, 1140, 696))])


def test_the_title_over_a_table_is_not_a_row_of_its_taller_cells():
    fields = doctype("technical_report").extract(SCANNED).values
    assert fields["title"] == "嘉陵江某某隧道通风系统运行评估报告"


def test_the_work_column_names_the_leader_and_the_writers_not_the_reviewer():
    assert doctype("technical_report").extract(SCANNED).values["authors"] == ["聂远", "邬晴", "储文"]


def test_the_same_table_in_a_text_layer():
    fields = doctype("technical_report").extract(doc(page(
        "嘉陵江某某隧道通风系统运行评估报告", "报告编写及审核人员", "序号 姓名 职称 本报告中承担的工作",
        "1 聂远 正高级工程师 项目负责", "2 邬晴 高级工程师 报告编写", "3 储文 工程师 报告编写", "4 覃松 高级工程师 审核",
        "2023年9月"))).values
    assert fields["authors"] == ["聂远", "邬晴", "储文"]


def test_a_work_column_of_tasks_is_a_member_table_not_a_sign_off():
    # 分工 of the work itself (系统设计, 现场测试): no sign-off roles, so no one is left out as a reviewer
    fields = doctype("technical_report").extract(doc(page(
        "嘉陵江某某隧道通风系统运行评估报告", "项目组成员", "序号 姓名 职称 本报告中承担的工作",
        "1 聂远 正高级工程师 系统设计", "2 邬晴 高级工程师 现场测试", "3 储文 工程师 数据分析", "2023年9月"))).values
    assert fields.get("authors") in (None, ["聂远", "邬晴", "储文"])
