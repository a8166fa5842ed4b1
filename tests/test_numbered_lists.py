"""Lists of people printed one name to a line, each numbered (1.欧阳晓峰 / 2.李娟 / …), and a
foreword's drafters whose colon OCR lost: all the names in their numbers' order, or none —
never the first few (a half-read list gives wrong ranks)."""

from __future__ import annotations

from tests.typed_certificates import LEFT, Title, read

NAMES = ["欧阳晓峰", "李娟", "司马坤", "张伟"]
HEAD = [("重庆市经济和信息化委员会", 600), Title("项目验收意见"), "项目名称：汽车焊装线数字化车间建设项目",
        "承担单位：重庆两江智控装备有限公司", "项目负责人：上官明远"]
TAIL = ["验收结论：通过验收。", ("验收专家组组长：黄建国", 800), ("2022年12月20日", 900)]
STANDARD = [("DB50", 1200), Title("重庆市地方标准"), ("DB50/T 1234—2022", 1100),
            Title("工业互联网标识解析 设备数据采集规范"), [("2022-03-01发布", LEFT), ("2022-06-01实施", 1100)],
            ("重庆市市场监督管理局  发布", 600), Title("前言"), "本文件由重庆市经济和信息化委员会提出并归口。",
            "本文件起草单位：重庆两江智控装备有限公司、重庆大学。"]


def _members(*rows):
    doc = read(*HEAD, *rows, *TAIL)
    assert doc.doc_type == "project_acceptance"
    return doc.fields.get("members")


def test_members_numbered_one_to_a_line_under_their_label():
    assert _members("主要参加人员（按贡献大小排序）：", *[f"{k}.{n}" for k, n in enumerate(NAMES, 1)]) == NAMES


def test_a_numbered_column_may_begin_on_the_labels_line():
    assert _members("主要参加人员：1.欧阳晓峰", "2.李娟", "3.司马坤") == NAMES[:3]


def test_a_numbered_list_on_one_line_is_still_read():
    assert _members("参加人员：1.李娟 2.司马坤 3.张伟") == ["李娟", "司马坤", "张伟"]


def test_a_numbered_line_that_holds_no_name_withholds_the_list():
    """2. is a stamp's fragment where a name was: the places after it are unknown."""
    assert _members("主要参加人员：", "1.欧阳晓峰", "2.复印件", "3.司马坤") is None


def test_a_number_out_of_turn_withholds_the_list():
    """3. after 1.: a line was lost between them."""
    assert _members("主要参加人员：", "1.欧阳晓峰", "3.司马坤", "4.张伟") is None


def _drafters(*rows):
    doc = read(*STANDARD, *rows)
    assert doc.doc_type == "standard"
    return doc.fields.get("drafters")


def test_drafters_numbered_one_to_a_line():
    assert _drafters("本文件主要起草人：", *[f"{k}. {n}" for k, n in enumerate(NAMES, 1)]) == NAMES


def test_drafters_whose_colon_ocr_lost():
    assert _drafters("本文件主要起草人欧阳晓峰、李娟、司马坤、张伟。") == NAMES


def test_a_drafters_sentence_without_names_gives_none():
    """本文件主要起草人员负责解释 is a sentence about them, not their names."""
    assert _drafters("本文件主要起草人员负责解释。") is None
