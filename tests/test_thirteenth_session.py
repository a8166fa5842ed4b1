"""Layouts and wordings the thirteenth session found read wrong, one test per cause."""

from __future__ import annotations


def _typed(*pages_rows, name=None):
    from classifiers import classify
    from extractor.doctypes import doctype
    from tests.typed_pages import doc, page

    text = doc(*(page(*rows) for rows in pages_rows))
    kind = classify(text)
    fields = doctype(kind.doc_type).extract(text) if kind.doc_type != "unknown" else None
    return kind.doc_type, (fields.values if fields else {}), ([code for _, code, _ in fields.issues] if fields else [])


def _big(text, size=46):
    from tests.typed_pages import Big

    return Big(text, size)


def test_two_halves_numbered_down_may_differ_in_length():
    """序号 1–6 | 7–9: the right half ends three rows early; the numbers vouch for the order."""
    from tests.typed_pages import Row

    left, right = ["公孙晨", "孔静哲", "任博帅", "范梓", "欧阳明", "张伟"], ["史帅", "唐波", "谢欢睿"]
    rows = [Row((120, "序号"), (250, "姓名"), (450, "单位"), (650, "序号"), (780, "姓名"), (980, "单位"))]
    for k, a in enumerate(left):
        cells = [(130, str(k + 1)), (250, a), (450, "重庆瀚海公司")]
        if k < len(right):
            cells += [(660, str(k + 7)), (780, right[k]), (980, "重庆嘉陵公司")]
        rows.append(Row(*cells))
    kind, values, codes = _typed([_big("项目验收证书"), "项目名称：智能仓储物流系统关键技术", "项目负责人：公孙晨",
                                  "验收时间：2024年9月25日", "验收结论：通过", _big("项目组主要成员", 30), *rows])
    assert kind == "project_acceptance"
    assert values["members"] == left + right and "list_order_unclear" not in codes


def _unnumbered_halves(left, right):
    from extractor.model import Page, ReadResult
    from tests.typed_pages import HEIGHT, WIDTH, Row, page

    rows = [Row((250, "姓名"), (450, "单位"), (780, "姓名"), (980, "单位"))]
    for k, a in enumerate(left):
        cells = [(250, a), (450, "重庆瀚海公司")]
        if k < len(right):
            cells += [(780, right[k]), (980, "重庆嘉陵公司")]
        rows.append(Row(*cells))
    lines = page(_big("项目验收证书"), "项目名称：智能仓储物流系统关键技术", "验收时间：2024年9月25日", "验收结论：通过",
                 _big("项目组主要成员", 30), *rows)
    return ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, WIDTH, HEIGHT, "text_layer", lines)])


def test_two_unnumbered_halves_rank_by_the_worse_of_their_two_readings():
    """No 序号: row by row 唐波 is 4th, down each half 6th; 公孙晨 is 1st either way, and
    孔静哲 3rd row by row, 2nd down: a place is only as good as the worse reading."""
    from zhicheng.documents import document_from

    left, right = ["公孙晨", "孔静哲", "任博帅", "范梓"], ["史帅", "唐波", "谢欢睿", "秦耀"]
    ranks = {}
    for name in ("公孙晨", "孔静哲", "唐波", "秦耀"):
        document = document_from(_unnumbered_halves(left, right), name)
        assert document.doc_type == "project_acceptance"
        assert document.fields["members"] == ["公孙晨", "史帅", "孔静哲", "唐波", "任博帅", "谢欢睿", "范梓", "秦耀"]
        assert "list_order_unclear" in [i["code"] for i in document.issues]
        ranks[name] = document.fields["applicant_rank"]
    assert ranks == {"公孙晨": 1, "孔静哲": 3, "唐波": 6, "秦耀": 8}


def test_two_unnumbered_halves_far_apart_in_length_are_no_list():
    """Five names left and two right, no numbers: one half may have lost its cells to OCR."""
    from zhicheng.documents import document_from

    document = document_from(_unnumbered_halves(["公孙晨", "孔静哲", "任博帅", "范梓", "欧阳明"], ["史帅", "唐波"]), "史帅")
    assert document.doc_type == "project_acceptance"
    assert document.fields.get("members") is None and document.fields.get("applicant_rank") is None
