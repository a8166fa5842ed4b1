"""Recommendation letters that name their recommender, or his title, where earlier readers
did not look: typed pages of forms and letters as units write them.  Each case is the
recommender (and his title, where the page states one) as a careful reader would note
them; where a page does not settle the title, the reader must leave it out."""

from __future__ import annotations

import pytest

from tests.typed_certificates import LEFT, Title, read

CANDIDATE, RECOMMENDER = "柏晓川", "上官立国"
BODY = f"兹推荐{CANDIDATE}同志申报高级工程师资格。该同志长期从事数字化车间建设工作，成绩突出。"

CASES = {
    "a caption cell between the side and the name": (
        (Title("专家推荐意见表"), [("被推荐人", LEFT), (CANDIDATE, 500)],
         [("推荐专家", LEFT), ("姓名", 450), (RECOMMENDER, 650), ("职称", 950), ("正高级工程师", 1150)],
         "推荐意见：同意推荐。", "2023年5月6日"),
        "professorate_senior_engineer"),
    "named in prose with his title in brackets": (
        (Title("推荐信"), f"推荐人{RECOMMENDER}（正高级工程师，重庆两江智控有限公司总工程师）与{CANDIDATE}同志共事八年。",
         BODY, "特此推荐。", "2023年5月6日"),
        "professorate_senior_engineer"),
    "his title said as he introduces himself (作为…，我)": (
        (Title("推荐信"), "尊敬的评审委员会：", f"作为重庆两江智控有限公司的高级工程师，我郑重推荐{CANDIDATE}同志申报工程师。",
         BODY, "此致", "敬礼！", [(RECOMMENDER, 1100)], [("2023年5月6日", 1000)]),
        "senior_engineer"),
    "his title before his name after the label": (
        (Title("推荐信"), BODY, "特此推荐。", [(f"推荐人：正高级工程师 {RECOMMENDER}", 900)], [("2023年5月6日", 1000)]),
        "professorate_senior_engineer"),
    "name and title typed under the place to sign": (
        (Title("专家推荐意见"), f"被推荐人：{CANDIDATE}", "推荐意见：同意推荐。", [("推荐专家（签字）：", 800)],
         [(f"{RECOMMENDER}  正高级工程师", 800)], "2023年5月6日"),
        "professorate_senior_engineer"),
    "the first of two numbered recommenders, each in the cell beside": (
        (Title("推荐信"), BODY, [("推荐人1：", 600), (RECOMMENDER, 800)], [("推荐人2：", 600), ("李国强", 800)], "2023年5月6日"),
        None),
}


@pytest.mark.parametrize("rows,title", CASES.values(), ids=list(CASES))
def test_the_recommender_is_read_where_the_page_names_him(rows, title):
    doc = read(*rows, name=CANDIDATE)
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields.get("recommender") == RECOMMENDER
    assert doc.fields.get("recommender_title") == title
    assert doc.fields.get("candidate") == CANDIDATE


def test_a_professor_named_in_prose_has_no_engineers_title():
    """教授 is a title of another series: the recommender is named, his title as printed (no
    正高级工程师: counted for none)."""
    doc = read(Title("推荐信"), f"推荐人{RECOMMENDER}（教授，重庆理工大学）与{CANDIDATE}同志合作多年。", BODY, "2023年5月6日",
               name=CANDIDATE)
    assert doc.fields.get("recommender") == RECOMMENDER
    assert doc.fields.get("recommender_title") == "教授"


def test_the_candidate_named_in_prose_is_never_the_recommender():
    """被推荐人柏晓川（工程师）: the word before the name is 被推荐人, so he recommends nobody."""
    doc = read(Title("推荐信"), f"被推荐人{CANDIDATE}（工程师，重庆两江智控有限公司）。", BODY, "2023年5月6日",
               name=CANDIDATE)
    assert doc.fields.get("recommender") != CANDIDATE


def test_a_letter_whose_writer_gives_his_title_in_brackets_after_his_name():
    """本人吕毅萍（高级工程师），现任…: signed only by a scribble, the writer is the recommender."""
    doc = read(Title("专家推荐信"), "重庆市工程技术系列高级职称评审委员会：",
               f"本人{RECOMMENDER}（高级工程师），现任重庆两江智控有限公司总工程师。", BODY, "特此推荐。",
               [("推荐人（签字）：", 900)], [("2014年5月23日", 900)], name=CANDIDATE)
    assert doc.fields.get("recommender") == RECOMMENDER
    assert doc.fields.get("recommender_title") == "senior_engineer"


@pytest.mark.parametrize("closing", [f"推荐人（专家）：{RECOMMENDER}", f"{RECOMMENDER} 谨荐"])
def test_a_letter_closed_by_its_writers_name(closing):
    doc = read(Title("推荐信"), BODY, "特此推荐。", [(closing, 900)], [("2023年5月6日", 1000)], name=CANDIDATE)
    assert doc.fields.get("recommender") == RECOMMENDER


def test_a_letter_that_closes_on_郑重推荐_names_no_recommender_郑重():
    doc = read(Title("推荐信"), BODY, [("郑重推荐", 900)], [("2023年5月6日", 1000)], name=CANDIDATE)
    assert doc.fields.get("recommender") != "郑重"
