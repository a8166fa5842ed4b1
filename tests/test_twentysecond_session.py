"""Verdicts and layouts the twenty-second session's probes found wrong, one test per cause."""

from __future__ import annotations

import pytest


def _read(*rows, width=1240, height=1754, source="ocr"):
    """A one-page document from its lines (text, box) as OCR or a text layer gives them."""
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import document_from

    result = ReadResult("t.png", "0" * 64, page_count=1,
                        pages=[Page(1, width, height, source, [Line(t, b, 0.98) for t, b in rows])])
    return document_from(result, None, None)


def _lines(texts, x=100, top=100, step=50, size=24):
    """Lines one under another at the left margin, each as wide as its letters."""
    return [(t, (x, top + step * k, x + size * len(t), top + step * k + size + 6)) for k, t in enumerate(texts)]


def _acceptance(people):
    """An acceptance's opinion whose 项目组成员 stand one a line under the label alone, each a
    string (one box) or a pair (two boxes side by side)."""
    rows = [("项目验收意见", (500, 150, 900, 210)), ("项目名称:智能产线设备互联与数据采集平台建设", (160, 300, 1100, 340)),
            ("项目组成员:", (160, 430, 400, 470))]
    y = 490
    for person in people:
        if isinstance(person, tuple):
            rows += [(person[0], (200, y, 330, y + 40)), (person[1], (360, y, 560, y + 40))]
        else:
            rows.append((person, (200, y, 200 + 30 * len(person), y + 40)))
        y += 60
    rows += [("验收结论:经专家组评议,同意通过验收。", (160, y + 40, 1100, y + 80)),
             ("验收日期:2023年6月18日", (160, y + 100, 600, y + 140))]
    return _read(*rows)


@pytest.mark.parametrize("people", [
    ["高级工程师 陈静", "工程师 王宇航", "助理工程师 刘波", "高级工程师 吴晓丽"],   # (probe CS: none read)
    [("高级工程师", "陈静"), ("工程师", "王宇航"), ("助理工程师", "刘波"), ("高级工程师", "吴晓丽")],
    ["陈静 高级工程师", "王宇航 工程师", "刘波 助理工程师", "吴晓丽 高级工程师"],
    [("陈静", "高级工程师"), ("王宇航", "工程师"), ("刘波", "助理工程师"), ("吴晓丽", "高级工程师")],
])
def test_members_one_a_line_with_their_titles_before_or_after(people):
    """项目组成员： alone, then 高级工程师 陈静 | 工程师 王宇航 | …: the team is the names, in order,
    the titles set aside, whichever side of the name they stand on."""
    doc = _acceptance(people)
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["members"] == ["陈静", "王宇航", "刘波", "吴晓丽"]


def test_a_standards_drafting_notes_are_no_standard():
    """《…规范》编制说明 with the standard's number and its drafters (probe CR R11): a paper about
    a standard, no standard published; a reviewer is told what it looks like and why not."""
    doc = _read(*_lines(["团体标准", "T/CQIMA 015-2023", "《离散制造业设备数据采集接口规范》", "编制说明", "一、工作简况",
                         "1.任务来源", "本标准由重庆市智能制造协会提出，列入2023年团体标准制定计划。",
                         "2.主要起草单位及起草人", "主要起草单位：重庆数智装备有限公司、重庆大学。",
                         "主要起草人：陈静、王宇航、刘波、吴晓丽。", "二、标准编制原则和主要内容", "标准起草组", "2023年8月"]))
    assert doc.doc_type == "unknown"
    assert any("编制说明" in reason for reason in doc.reasons)
