"""学历/学位证书: diplomas and degree certificates."""

from __future__ import annotations

import re

from ..layout import issue_date, one_person
from ..text import DocText
from .base import Cues, DocType, Fields, date_of

_EDUCATION_WORDS = [("博士", "doctorate"), ("硕士", "master"), ("第二学士", "second_bachelor"),
                    ("学士", "bachelor"), ("本科", "bachelor"), ("专科", "associate"), ("大专", "associate"),
                    ("中等职业", "secondary_vocational"), ("中专", "secondary_vocational")]
# Words that make a level word on the line the holder's (…3年制专科学习, 完成了本科学业).
_EDUCATION_CONTEXT = ("学位", "毕业", "学历", "证书", "层次", "学习", "学业")
# ``林颖倩，女，1979年2月生``, ``学生熊秀，性别女``: the holder opens the sentence.
_DEGREE_HOLDER = re.compile(r"^(?:学生|研究生)?([\u4e00-\u9fff]{2,4}?)[,，]?\s*(?:性别)?\s*[男女][,，]")


def extract_degree(text: DocText) -> Fields:
    f = Fields()
    f.put("holder", one_person(text, ["姓名"]) or _degree_holder(text))
    for line in text.lines:
        for word, key in _EDUCATION_WORDS:
            if word in line.compact and any(c in line.compact for c in _EDUCATION_CONTEXT):
                f.set("education", key, line)
                break
        if "education" in f.values:
            break
    # The date of the award (the signature's), never the birth or study dates of the sentence.
    f.put("date", date_of(text, ["发证日期", "颁发日期", "授予日期"]) or issue_date(text))
    return f


def _degree_holder(text: DocText):
    for line in text.lines:
        match = _DEGREE_HOLDER.match(line.compact)
        if match:
            return match.group(1), line
    return None


DOCTYPE = DocType(
    key="degree_certificate", one_page=True, name="学历/学位证书",
    cues=Cues(
        titles=("毕业证书", "学位证书", "学士学位证书", "硕士学位证书", "博士学位证书"),
        labels=("学位", "毕业", "学制", "校长", "授予", "学历", "准予毕业", "学位评定委员会", "修完"),
        requires=("毕业", "学位"),
        requires_why="没有毕业或学位内容",
    ),
    extract=extract_degree,
    fields=("holder", "education", "date"),
    decisive=("holder", "education", "date"),
    labels={"date": "发证日期"},
    under_seal=("date",),
)
