"""主管部门认可公文: replies, letters and published lists by which an authority recognises
a product, an application or an achievement."""

from __future__ import annotations

import re

from rules.vocabulary import Kind, Level

from ..fields.levels import level_of
from ..layout import ISSUER_WORDS, body_date, issue_date, issuer
from ..text import DocText
from .base import Cues, DocType, Fields, as_date, as_level

def extract_recognition(text: DocText) -> Fields:
    f = Fields()
    named = _letterhead(text) or _title_issuer(text) or issuer(text)
    if named:
        level, why = level_of(named[0])
        if level is not None or _OWN_LEVEL_UNKNOWN.search(named[0]):
            f.set("issuer", named[0], named[1])
        if level is not None:
            f.set("level", level.value, named[1])
        f.notes.append(f"级别：{why}")
    f.put("date", issue_date(text) or body_date(text))
    return f


# Bodies whose level a name cannot settle (an association, a county): a name that is none
# of these and shows no place or rank either (``学技术局``, a seal's cut) is a piece of one.
_OWN_LEVEL_UNKNOWN = re.compile(r"学会|协会|联合会|科协|促进会|研究会|联盟|商会|县|旗|区")


def _letterhead(text: DocText):
    """The body named at the head of a 公文 (``四川省经济和信息化厅文件``) or letter
    (``绵阳市经济和信息化局`` above its number): printed large, clear of the seal, so it is
    read before the signature."""
    for line in text.title_lines(0.3)[:4]:
        name = re.sub(r"(?:文件|函)$", "", line.compact)
        if (4 <= len(name) <= 30 and ISSUER_WORDS.search(name) and not name.startswith("关于")
                and not re.search(r"[:：]", name)):
            return name, line
    return None


def _title_issuer(text: DocText):
    """``重庆市科学技术局关于同意认定…的批复``: the title names its issuer before 关于."""
    for line in text.title_lines(0.4):
        match = re.match(r"^(.{4,30}?)关于", line.compact)
        if match and ISSUER_WORDS.search(match.group(1)):
            return match.group(1), line
    return None


def _facts(f, kind, rank, core_journal):
    if kind is Kind.APPLICATION:
        return {"date": as_date(f.get("date"))}
    return {"level": as_level(f.get("level"), Level), "date": as_date(f.get("date"))}


DOCTYPE = DocType(
    key="official_recognition", name="主管部门认可公文",
    cues=Cues(
        # A 通知 that publishes a list (公布…名单) recognises those on it; a meeting notice does not.
        titles=("批复", "复函", "认定", "决定", "名单的通知", "公布"),
        labels=("人民政府", "委员会", "特此函复", "批复如下", "经研究", "同意", "认可", "认定为", "〔", "〕",
                "特此批复", "此复", "予以公布", "名单", "命名", "授予", "评定", "经信", "经济和信息化"),
        requires=("批复", "复函", "认定", "认可", "决定", "公布", "命名", "授予"),
        requires_why="没有批复、复函、认定或公布名单的内容",
        penalties=("会议", "参会", "报名", "回执"),
    ),
    extract=extract_recognition,
    fields=("issuer", "level", "date"),
    decisive=("issuer", "level", "date"),
    labels={"date": "发文日期", "level": "发文单位级别"},
    under_seal=("issuer", "date"),
    kinds=(Kind.RECOGNITION, Kind.NEW_PRODUCT, Kind.APPLICATION), facts=_facts,
)
