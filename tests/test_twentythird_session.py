"""Layouts and verdicts the twenty-third session's probes found wrong, one test per cause."""

from __future__ import annotations

import pytest


def _result(*rows, width=1654, height=2339, source="ocr"):
    """A one-page file read as OCR or a text layer gives it: its lines (text, box)."""
    from extractor.model import Line, Page, ReadResult

    return ReadResult("t.png", "0" * 64, page_count=1,
                      pages=[Page(1, width, height, source, [Line(t, b, 0.98) for t, b in rows])])


def _block(top, texts, x=180, step=70, size=40):
    """Lines one under another from ``top``: the first a heading, centred and large."""
    rows = [(texts[0], (560, top, 1100, top + 80))]
    for k, t in enumerate(texts[1:]):
        y = top + 180 + step * k
        rows.append((t, (x, y, x + size * len(t), y + size + 8)))
    return rows


def _examine_all(monkeypatch, result, name=None):
    from zhicheng import documents

    monkeypatch.setattr(documents, "read_file", lambda *a, **k: result)
    return documents.examine_all("t.png", None, name=name)


_PRIZE = ["获奖证书", "刘晓峰同志：", "你参与完成的“离散制造车间数字孪生关键技术及应用”",
          "项目荣获2022年度重庆市科学技术进步奖二等奖", "（排名第三）。", "证书编号：2022-J-2-031-03",
          "重庆市人民政府", "二〇二三年五月十二日"]
_OTHER_PRIZE = ["荣誉证书", "刘晓峰：", "在“基于工业互联网的柔性装配线改造”项目中，",
                "荣获2021年度中国机械工业科学技术奖三等奖", "（第五完成人）。", "中国机械工业联合会", "2021年12月"]
_TITLE = ["专业技术职务任职资格证书", "姓名：刘晓峰", "性别：男", "专业技术职务：工程师", "评审通过时间：2018年12月20日",
          "证书编号：渝工程2018-1234", "重庆市人力资源和社会保障局", "2019年1月5日"]


@pytest.mark.parametrize("lower, kinds", [
    (_OTHER_PRIZE, ["award_certificate", "award_certificate"]),
    (_TITLE, ["award_certificate", "title_certificate"]),
])
def test_two_certificates_one_above_the_other_are_two_documents(monkeypatch, lower, kinds):
    """Two small certificates photocopied onto one A4, one above the other (probe DB): the
    lower one had been lost silently, or both read as one ``unknown``. Each is now a document
    of its own, named by its half of the page."""
    docs = _examine_all(monkeypatch, _result(*_block(100, _PRIZE), *_block(1250, lower)), name="刘晓峰")
    assert [d.doc_type for d in docs] == kinds
    assert [d.page_part for d in docs] == ["top", "bottom"]
    assert [d.page_range for d in docs] == [(1, 1), (1, 1)]
    assert docs[0].fields["project_title"] == "离散制造车间数字孪生关键技术及应用"
    assert docs[0].label == "t.png（第1页上半）" and docs[1].label == "t.png（第1页下半）"
    assert docs[1].fields["holder"] == "刘晓峰"
    assert len({d.key for d in docs}) == 2


def test_one_certificate_with_a_wide_gap_above_its_seal_stays_one(monkeypatch):
    """A certificate whose issuer and date stand far below its text: the lower part has no
    heading of its own, so the page is one document."""
    rows = _block(100, _PRIZE[:6]) + [("重庆市人民政府", (1000, 1700, 1300, 1750)), ("二〇二三年五月十二日", (1000, 1780, 1400, 1830))]
    docs = _examine_all(monkeypatch, _result(*rows))
    assert len(docs) == 1 and docs[0].page_part is None and docs[0].page_range is None


def test_the_same_certificate_twice_on_a_page_is_one(monkeypatch):
    """A certificate copied twice onto a sheet (front and a second copy) is one prize, not two."""
    docs = _examine_all(monkeypatch, _result(*_block(100, _PRIZE), *_block(1250, _PRIZE)))
    assert len(docs) == 1


def test_a_papers_page_with_a_gap_is_never_cut(monkeypatch):
    """A paper's page with a figure's white space across its middle: no one-page type, one document."""
    top = ["基于数字孪生的装配线调度方法", "刘晓峰1，王宇航2", "摘要：针对离散制造车间装配线调度问题，提出一种基于数字孪生的方法。",
           "关键词：数字孪生；调度；装配线", "中图分类号：TP391 文献标志码：A"]
    bottom = ["获奖证书样式的图片说明", "图1 系统总体架构", "1 引言", "近年来，工业互联网快速发展，制造企业数字化转型不断深入。"]
    docs = _examine_all(monkeypatch, _result(*_block(100, top), *_block(1250, bottom)))
    assert len(docs) == 1

