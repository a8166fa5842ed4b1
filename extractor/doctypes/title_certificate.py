"""职称证书: professional-title certificates (booklets, tables, sentences, printouts)."""

from __future__ import annotations

from ..layout import issue_date, one_person, title_key
from ..text import DocText
from .base import Cues, DocType, Fields, date_of, value_of


def extract_title_certificate(text: DocText) -> Fields:
    f = Fields()
    f.put("holder", one_person(text, ["姓名", "持证人"]))
    for labels in (["资格名称", "专业技术职务", "职称名称", "资格级别", "职务名称", "任职资格"], None):
        found = value_of(text, labels) if labels else None
        if found and title_key(found[0]):
            f.set("title", title_key(found[0]), found[1])
            break
        if labels is None:
            for line in text.lines:
                if title_key(line.compact) and "证书" not in line.compact:
                    f.set("title", title_key(line.compact), line)
                    break
    dated = date_of(text, ["取得资格时间", "评审通过时间", "资格取得时间", "批准时间", "取得时间", "任职时间",
                           "发证日期", "颁发日期"])
    f.put("date", dated or issue_date(text))
    return f


DOCTYPE = DocType(
    key="title_certificate", one_page=True, name="职称证书",
    cues=Cues(
        titles=("专业技术职务任职资格证书", "专业技术资格证书", "职称证书", "专业技术职称证书"),
        labels=("资格名称", "专业技术职务", "评审通过时间", "批准文号", "评委会", "取得资格时间",
                "资格级别", "职称", "任职资格", "专业名称", "审批机关", "职称名称", "批准时间", "批准机关",
                "人力资源和社会保障局"),
        requires=("资格", "职称", "职务"),
        requires_why="没有职称或资格内容",
    ),
    extract=extract_title_certificate,
    fields=("holder", "title", "date"),
    decisive=("holder", "title", "date"),
    labels={"title": "职称", "date": "取得日期"},
    under_seal=("date",),
)
