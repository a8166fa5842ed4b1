"""推荐信: recommendation letters and expert recommendation forms (破格 routes need them)."""

from __future__ import annotations

import re

from ..layout import field_value, heading_labels, labelled_person, line_at, names_in, running_text, title_key
from ..text import DocText
from .base import Cues, DocType, Fields, value_of


_RECOMMENDER_LABELS = ["推荐人姓名", "推荐专家姓名", "推荐人", "推荐专家"]


def extract_recommendation(text: DocText) -> Fields:
    f = Fields()
    recommender = _recommender(text)
    if recommender:
        f.set("recommender", recommender[0], recommender[2])
    rtitle = value_of(text, ["推荐人职称", "职称", "专业技术职务"])
    if rtitle and title_key(rtitle[0]):
        f.set("recommender_title", title_key(rtitle[0]), rtitle[1])
    elif recommender and title_key(recommender[1]):  # 推荐专家：陆敏（正高级工程师，…）
        f.set("recommender_title", title_key(recommender[1]), recommender[2])
    f.put("candidate", labelled_person(text, ["被推荐人姓名", "被推荐人", "申报人"]) or _recommended_person(text))
    return f


def _recommender(text: DocText):
    """(name, the rest of the value, line) after 推荐人/推荐专家 — not 被推荐人 (the candidate
    in a form's first row) and not 推荐人签名 (a place to sign)."""
    for hit in heading_labels(text, _RECOMMENDER_LABELS):
        if hit.line.compact[max(0, hit.start - 1):hit.start] == "被":
            continue
        found = field_value(text, hit)
        names = names_in(found[0]) if found else []
        if names:
            return _as_introduced(text, names[0]), found[0], found[1][0]
    return None


def _as_introduced(text: DocText, name: str) -> str:
    """The name as the letter's typed sentence gives it (``本人龙磊刚，现任…``) when the
    signature line read it with a stroke of the signature glued on (``龙磊刚子``)."""
    match = re.search(r"本人([\u4e00-\u9fff]{2,4})[,，]", running_text(text)[0])
    if match and name != match.group(1) and name.startswith(match.group(1)):
        return match.group(1)
    return name


# 推荐[单位]张三同志: the unit, when printed, ends in one of these words.
_CANDIDATE = re.compile(r"推荐(?:(?:(?!同志)[\u4e00-\u9fff]){0,30}?(?:公司|学院|大学|研究院|研究所|中心|集团|厂|局))?"
                        r"([\u4e00-\u9fff]{2,4}?)同志")


def _recommended_person(text: DocText):
    body, starts = running_text(text)
    match = _CANDIDATE.search(body)
    return (match.group(1), line_at(starts, match.start(1))) if match else None


DOCTYPE = DocType(
    key="recommendation_letter", name="推荐信",
    cues=Cues(
        titles=("推荐信", "推荐意见", "专家推荐表", "推荐书", "破格推荐"),
        labels=("推荐人", "被推荐人", "特此推荐", "现推荐", "兹推荐", "推荐意见", "推荐人签字", "推荐人职称",
                "推荐专家", "破格申报", "同志"),
        requires=("推荐",),
        requires_why="没有推荐内容",
    ),
    extract=extract_recommendation,
    fields=("recommender", "recommender_title", "candidate"),
    decisive=("recommender", "recommender_title", "candidate"),
    date_fields=(),  # a letter's date decides nothing
)
