"""软件著作权登记证书: certificates of the copyright office, and their printouts."""

from __future__ import annotations

import re

from rules.vocabulary import Kind

from ..fields.dates import find_dates
from ..fields.people import split_people
from ..idscan import find_registration_numbers
from ..layout import chinese_punctuation
from ..text import DocText
from .base import Cues, DocType, Fields, after_label_text, as_date, last_date, value_of


def extract_software(text: DocText) -> Fields:
    f = Fields()
    name = after_label_text(text, ["软件名称"])
    if name and software_name(name[0]):
        f.set("software_name", software_name(name[0]), name[1])
    numbers = [(line, n) for line in text.lines for n in find_registration_numbers(line.text)]
    if numbers:
        f.set("registration_number", numbers[0][1].value, numbers[0][0])
    f.put("holders", people_or_units(text, ["著作权人", "著作权人（国籍）"]))
    f.put("date", _registration_date(text))
    return f


def software_name(value: str) -> str:
    """The name without the ``[简称：…]`` note and the version (``…平台V1.1``), which some
    certificates glue onto it: the version is not part of the registered name."""
    value = re.split(r"[\[【(（]\s*简\s*称", value)[0]
    value = re.sub(r"\s*[Vv]\s*\d+(?:\.\d+)*\s*$", "", value.strip())
    return chinese_punctuation(value.strip())


def _registration_date(text: DocText):
    """The certificate's date stands below 对以上事项予以登记; 开发完成日期 and 首次发表日期
    stand above it, their values sometimes on a line of their own."""
    anchor = next((l for l in text.lines if "予以登记" in l.compact), None)
    if anchor is None:
        return last_date(text)
    below = [l for l in text.lines if (l.page, l.top) > (anchor.page, anchor.top)]
    dated = [(l, d.value) for l in below for d in find_dates(l.text)]
    if not dated:
        return None
    line, value = max(dated, key=lambda c: (c[0].page, c[0].top))
    return value, line


def people_or_units(text: DocText, labels: list[str]):
    """Holders may be people or companies: split on separators, keep units whole."""
    found = value_of(text, labels)
    if not found:
        return None
    value, line = found
    parts = [p for p in re.split(r"[;；、,，]", value) if p]
    if len(parts) == 1 and not re.search(r"公司|大学|学院|研究院|研究所|中心|集团|局|厅|委", value):
        parts = split_people(value) or parts
    return parts, line


def _facts(f, kind, rank, core_journal):
    return {"rank": rank, "date": as_date(f.get("date"))}


DOCTYPE = DocType(
    key="software_copyright", one_page=True, name="软件著作权登记证书",
    cues=Cues(
        titles=("计算机软件著作权登记证书", "软件著作权登记证书"),
        labels=("软件名称", "著作权人", "登记号", "权利取得方式", "权利范围", "开发完成日期", "首次发表日期",
                "国家版权局", "软著登字"),
        identifiers=("registration_number",),
        requires=("registration_number", "登记号", "软件名称", "著作权人"),
        requires_why="没有软件名称、著作权人或登记号",
    ),
    extract=extract_software,
    fields=("software_name", "registration_number", "holders", "date"),
    decisive=("registration_number", "holders", "date"),
    labels={"holders": "著作权人", "date": "登记日期"},
    ranked=("holders",), under_seal=("date",),
    kinds=(Kind.SOFTWARE_COPYRIGHT,), facts=_facts,
)
