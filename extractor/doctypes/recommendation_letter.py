"""推荐信: recommendation letters and expert recommendation forms (破格 routes need them).

Three shapes: a letter (``兹推荐…司马俊峰同志破格申报…``, signed ``推荐人：李四（正高级工程师）``),
a form of cells (被推荐人姓名 | 欧阳晓红 | 现职称 | 工程师; 推荐人姓名 | 李四 | 职称 | 正高级工程师)
and a 推荐书 whose recommender introduces himself (``本人王五，…具有正高级工程师职称``).  The
candidate's titles (现职称, 申报…正高级工程师) are never the recommender's.
"""

from __future__ import annotations

import re

from ..fields.people import sentence_person
from ..layout import (box, comrade, field_value, heading_labels, is_name, labelled_person, line_at, names_in,
                      row_of, running_text, title_key)
from ..text import DocText
from .base import Cues, DocType, Fields


_RECOMMENDER_LABELS = ["推荐人姓名", "推荐专家姓名", "推荐人", "推荐专家"]
_RECOMMENDER_TITLE_LABELS = ["推荐人职称", "推荐专家职称", "推荐人专业技术职务", "专业技术职称", "专业技术职务",
                             "技术职称", "职称"]
# Words before a 职称 label that make it the candidate's: 现职称, 申报职称, 拟申报职称.
_CANDIDATE_SIDE = ("现", "申报", "拟", "原", "被推荐人", "申报人")


def extract_recommendation(text: DocText) -> Fields:
    f = Fields()
    sides = _sections(text)
    recommender = _recommender(text, sides)
    if recommender:
        f.set("recommender", recommender[0], recommender[2])
    found = _recommender_title(text, recommender, sides)
    if found:
        f.set("recommender_title", found[0], found[1])
    f.put("candidate", labelled_person(text, ["被推荐人姓名", "被推荐人", "申报人"])
          or _named_in(text, sides, "candidate") or _recommended_person(text))
    return f


# ``一、被推荐人情况`` / ``二、推荐人情况``: a form in two sections, each with its own 姓名 and 职称.
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（]?[一二三四五六七八九十\d]+[)）.、])?"
                      r"(被推荐人|申报人|推荐人|推荐专家)(?:基本)?(?:情况|信息|资料)?[:：]?$")


def _sections(text: DocText) -> dict[int, str]:
    """Which person each line of a two-section form is about (line index → ``candidate`` or
    ``recommender``): the nearest section heading above it, a heading standing alone on its
    row (a 被推荐人 cell beside its value is a label, not a heading).  Empty for a letter."""
    heads = [(l.page, box(l)[1], "candidate" if m.group(1) in ("被推荐人", "申报人") else "recommender")
             for l in text.lines if (m := _SECTION.match(l.compact)) and not row_of(text, l)]
    sides = {}
    for line in text.lines:
        above = [side for page, top, side in heads if (page, top) <= (line.page, box(line)[1])]
        if above:
            sides[line.index] = above[-1]
    return sides


def _named_in(text: DocText, sides: dict[int, str], side: str):
    """The name after 姓名 in ``side``'s section of a two-section form."""
    for hit in heading_labels(text, ["姓名"]):
        if sides.get(hit.line.index) != side or hit.start > 0:
            continue
        found = field_value(text, hit)
        names = names_in(found[0]) if found else []
        if names:
            return names[0], found[1][0]
    return None


def _recommender(text: DocText, sides: dict[int, str]):
    """(name, the rest of the value, line) after 推荐人/推荐专家 — not 被推荐人 (the candidate
    in a form's first row), not 推荐人签名 (a place to sign), not 推荐。 (a damaged label must
    be damaged in a letter, not a stop) — else 姓名 in the recommender's section of a form,
    else the letter's ``本人王五，…`` with the signature ``推荐人（签字）：王五`` agreeing."""
    for hit in heading_labels(text, _RECOMMENDER_LABELS):
        if hit.line.compact[max(0, hit.start - 1):hit.start] == "被" or sides.get(hit.line.index) == "candidate":
            continue
        if not hit.exact and not re.fullmatch(r"[\u4e00-\u9fff]+", hit.line.compact[hit.start:hit.end]):
            continue
        found = field_value(text, hit)
        names = names_in(found[0]) if found else []
        if names:
            return _as_introduced(text, names[0]), found[0], found[1][0]
    named = _named_in(text, sides, "recommender")
    if named:
        return named[0], "", named[1]
    introduced = _introduced(text)
    if introduced:
        return introduced[0], "", introduced[1]
    return None


_SELF = re.compile(r"本人([\u4e00-\u9fff]{2,4}?)[,，]")


def _as_introduced(text: DocText, name: str) -> str:
    """The name as the letter's typed sentence gives it (``本人龙磊刚，现任…``) when the
    signature line read it with a stroke of the signature glued on (``龙磊刚子``)."""
    match = _SELF.search(running_text(text)[0])
    if match and name != match.group(1) and name.startswith(match.group(1)):
        return match.group(1)
    return name


def _introduced(text: DocText):
    """The recommender who introduces himself (``本人王五，现任…``), when a line to sign on
    (推荐人（签字）：王五, 推荐人签名：王五) gives the same name: a typed sentence alone may
    be a template's."""
    body, starts = running_text(text)
    match = _SELF.search(body)
    if not match or not is_name(match.group(1)):
        return None
    signed = re.search(r"推荐(?:人|专家)[(（]?(?:签字|签名)[)）]?[:：]?" + re.escape(match.group(1)), body)
    return (match.group(1), line_at(starts, match.start(1))) if signed else None


def _recommender_title(text: DocText, recommender, sides: dict[int, str]):
    """The recommender's title: labelled (推荐人职称, or 职称 anywhere but on the candidate's
    row or in the candidate's section, never 现职称), else in the recommender's value
    (``李四（正高级工程师）``), else in his own sentence (``本人王五，…具有正高级工程师职称``)."""
    for hit in heading_labels(text, _RECOMMENDER_TITLE_LABELS):
        before = hit.line.compact[:hit.start]
        if before.endswith(_CANDIDATE_SIDE) or sides.get(hit.line.index) == "candidate" or any(
                "被推荐" in l.compact or "申报人" in l.compact for l in row_of(text, hit.line) + [hit.line]):
            continue
        found = field_value(text, hit)
        if found and title_key(found[0]):
            return title_key(found[0]), found[1][0]
    if recommender and title_key(recommender[1]):  # 推荐专家：陆敏（正高级工程师，…）
        return title_key(recommender[1]), recommender[2]
    body, starts = running_text(text)
    own = _OWN_TITLE.search(body)
    if own:
        return title_key(own.group(1)), line_at(starts, own.start(1))
    return None


# 本人王五，现任…，具有正高级工程师职称: the recommender's own title, in a sentence that does
# not yet speak of the candidate (本人推荐其申报正高级工程师 is the candidate's target).
_OWN_TITLE = re.compile(r"本人(?:(?!推荐|申报|破格)[^。]){0,40}?(?:具有|具备|取得|现任|系|为|是)"
                        r"(?:(?!推荐|申报|破格)[^。]){0,20}?(正高级工程师|教授级高级工程师|高级工程师)")
# 推荐 heading a name, not a word of the title or of a label (推荐信, 推荐人, 推荐意见 …).
_RECOMMENDS = re.compile(r"推荐(?!信|书|表|人|意见|专家|理由|单位|材料)")


def _recommended_person(text: DocText):
    """The candidate in the letter's sentence: ``兹推荐…公司司马俊峰同志``, ``推荐欧阳晓红破格
    申报``, else the first person named with 同志 (``冯晓东同志系…``)."""
    body, starts = running_text(text)
    for match in _RECOMMENDS.finditer(body):
        after = body[match.end():match.end() + 40]
        end = re.search(r"同志|破格|申报|参评|参加", after)
        if not end or re.search(r"[。，,；;：:]", after[:end.start()]):
            continue
        name = sentence_person("推荐" + after[:end.start()])
        if name and is_name(name):
            return name, line_at(starts, match.end() + end.start() - len(name))
    return comrade(text)


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
