"""Certificates: patents, software copyrights, awards, titles, degrees, letters, official replies."""

from __future__ import annotations

import re

from identifiers import patent as patent_id

from ..fields.levels import level_of
from ..fields.people import parse_rank, split_people
from ..idscan import find_patent_numbers, find_registration_numbers
from ..text import DocText
from .base import Fields, after_label_text, date_of, last_date, people_of, value_of

# --------------------------------------------------------------------------- patent

_PREFIX = re.compile(r"^(?:ZL|Z\s*L|Z1|21|2L|ZI|Z\|)\s*[.。,]?\s*")
_PATENT_TITLES = {"发明专利证书": "invention", "实用新型专利证书": "utility_model", "外观设计专利证书": "design"}


def extract_patent(text: DocText) -> Fields:
    f = Fields()
    for title, kind in _PATENT_TITLES.items():
        hits = text.find_label([title])
        if hits:
            f.set("patent_type", kind, hits[0].line)
            break
    numbers = [(line, n) for line in text.lines for n in find_patent_numbers(line.text)]
    labelled = value_of(text, ["专利号"])
    if labelled:  # OCR reads the ZL prefix as Z1. or 21.: the label says what follows
        numbers += [(labelled[1], n) for n in find_patent_numbers("ZL" + _PREFIX.sub("", labelled[0]))]
    valid = [(line, n) for line, n in numbers if n.valid]
    if valid:
        line, number = valid[0]
        f.set("patent_number", number.value, line)
        inferred = patent_id.patent_type(number.value)
        if "patent_type" not in f.values and inferred:
            f.set("patent_type", inferred, line)
        elif inferred and inferred != f.values.get("patent_type"):
            f.issue("warning", "kind_mismatch",
                    f"专利号 {number.value} 的类型位表示{inferred}，与证书标题不符")
    elif numbers:
        line, number = numbers[0]
        f.set("patent_number", number.printed, line)
        f.issue("warning", "invalid_patent_number", f"专利号 {number.printed} 校验位不符，请核对（未作更正）")
    name = after_label_text(text, ["发明名称", "实用新型名称", "外观设计名称", "专利名称"])
    if name:
        f.set("title", name[0], name[1])
    inventors = people_of(text, ["发明人", "设计人"], skip_prefixes=("申请日时",))
    if inventors:
        f.set("inventors", inventors[0], inventors[1])
    patentees = value_of(text, ["专利权人"])
    if patentees:
        f.set("patentees", [p for p in re.split(r"[;；、]", patentees[0]) if p], patentees[1])
    applied = date_of(text, ["专利申请日", "申请日"])
    if applied:
        f.set("application_date", applied[0], applied[1])
    granted = date_of(text, ["授权公告日", "授权日"])
    if granted:
        f.set("grant_date", granted[0], granted[1])
    _cross_check_patent_year(f)
    return f


def _cross_check_patent_year(f: Fields) -> None:
    """The application number starts with the filing year: a free check on both fields."""
    number, applied = f.values.get("patent_number"), f.values.get("application_date")
    if not (number and applied and patent_id.is_valid(number)):
        return
    year = patent_id.application_year(number)
    if year and str(year) != applied[:4]:
        f.issue("warning", "date_mismatch", f"专利号 {number} 表示 {year} 年申请，而申请日读作 {applied}")


# --------------------------------------------------------------------------- software copyright

def extract_software(text: DocText) -> Fields:
    f = Fields()
    name = after_label_text(text, ["软件名称"])
    if name:
        f.set("software_name", name[0], name[1])
    numbers = [(line, n) for line in text.lines for n in find_registration_numbers(line.text)]
    if numbers:
        f.set("registration_number", numbers[0][1].value, numbers[0][0])
    holders = people_or_units(text, ["著作权人", "著作权人（国籍）"])
    if holders:
        f.set("holders", holders[0], holders[1])
    dated = last_date(text)
    if dated:
        f.set("date", dated[0], dated[1])
    return f


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


# --------------------------------------------------------------------------- award

_GRADE = re.compile(r"(特等奖|[一二三四五1-5]\s*等\s*奖|金奖|银奖|铜奖|优秀奖|特别奖|一等|二等|三等)")
_AWARD_NAME = re.compile(r"([\u4e00-\u9fff（）()]{2,30}?(?:科学技术|科技|技术发明|技术|进步|创新|发明|专利|成果|管理|标准)[\u4e00-\u9fff]{0,6}奖)")


def extract_award(text: DocText) -> Fields:
    f = Fields()
    for line in text.lines:
        match = _AWARD_NAME.search(line.compact)
        if match and "证书" not in match.group(1):
            f.set("award_name", match.group(1), line)
            break
    for line in text.lines:
        match = _GRADE.search(line.compact)
        if match:
            grade = re.sub(r"\s", "", match.group(1))
            grade = grade if grade.endswith("奖") else grade + "奖"
            f.set("grade", grade.replace("1等", "一等").replace("2等", "二等").replace("3等", "三等"), line)
            break
    project = after_label_text(text, ["项目名称", "获奖项目", "作品名称", "参赛题目", "成果名称"])
    if project:
        f.set("project_title", project[0].strip("《》\"“”"), project[1])
    holder = people_of(text, ["获奖者", "获奖人", "完成人", "主要完成人", "团队成员", "参赛队员", "参赛学生"])
    if holder is None:
        holder = _addressed_people(text)
    if holder:
        f.set("holder", holder[0], holder[1])
    for line in text.lines:
        rank = parse_rank(line.compact) if re.search(r"第.{1,3}(完成人|完成单位|名)|排名", line.compact) else None
        if rank:
            f.set("rank", rank, line)
            break
    issuer = _issuer(text)
    if issuer:
        level, why = level_of(issuer[0])
        if level is not None:
            f.set("level", level.value, issuer[1])
        f.notes.append(f"级别：{why}")
    dated = last_date(text)
    if dated:
        f.set("date", dated[0], dated[1])
    return f


def _addressed_people(text: DocText):
    """``张三，李四：你们的作品…`` — a certificate that addresses its holders by name."""
    for line in text.lines[:12]:
        match = re.match(r"^([\u4e00-\u9fff，,、\s]{2,60})[:：]", line.text)
        if match and not re.search(r"[名称单位日期号人师]$", match.group(1).strip()):
            names = split_people(match.group(1))
            if names and all(2 <= len(n) <= 4 for n in names):
                return names, line
    return None


_ISSUER_WORDS = re.compile(r"(人民政府|委员会|厅|局|部|协会|学会|联合会|中心|科学院|办公室|领导小组)$")


def _issuer(text: DocText):
    """The issuing body: the last line near the date that names an authority."""
    candidates = [l for l in text.lines if _ISSUER_WORDS.search(l.compact) and len(l.compact) <= 30
                  and "：" not in l.text and ":" not in l.text]
    if candidates:
        return candidates[-1].compact, candidates[-1]
    award = None
    for line in text.lines:
        if _AWARD_NAME.search(line.compact):
            award = line
            break
    return (award.compact, award) if award else None


# --------------------------------------------------------------------------- title / degree

_TITLE_WORDS = [
    ("正高级工程师", "professorate_senior_engineer"), ("教授级高级工程师", "professorate_senior_engineer"),
    ("高级工程师", "senior_engineer"), ("助理工程师", "assistant_engineer"), ("工程师", "engineer"),
    ("技术员", "technician"),
]


def title_key(words: str) -> str | None:
    for zh, key in _TITLE_WORDS:
        if zh in words:
            return key
    return None


def extract_title_certificate(text: DocText) -> Fields:
    f = Fields()
    holder = value_of(text, ["姓名", "持证人"])
    if holder:
        names = split_people(holder[0])
        f.set("holder", names[0] if names else holder[0], holder[1])
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
    dated = date_of(text, ["取得资格时间", "评审通过时间", "资格取得时间", "批准时间", "取得时间", "任职时间"])
    dated = dated or last_date(text)
    if dated:
        f.set("date", dated[0], dated[1])
    return f


_EDUCATION_WORDS = [("博士", "doctorate"), ("硕士", "master"), ("第二学士", "second_bachelor"),
                    ("学士", "bachelor"), ("本科", "bachelor"), ("专科", "associate"), ("大专", "associate"),
                    ("中等职业", "secondary_vocational"), ("中专", "secondary_vocational")]


def extract_degree(text: DocText) -> Fields:
    f = Fields()
    holder = value_of(text, ["姓名"])
    if holder:
        names = split_people(holder[0])
        f.set("holder", names[0] if names else holder[0], holder[1])
    else:
        for line in text.lines:
            match = re.search(r"(?:学生|研究生)\s*([\u4e00-\u9fff]{2,4})\s*[,，]?\s*(?:性别|男|女|于)", line.text)
            if match:
                f.set("holder", match.group(1), line)
                break
    for line in text.lines:
        for word, key in _EDUCATION_WORDS:
            if word in line.compact and ("学位" in line.compact or "毕业" in line.compact or "学历" in line.compact
                                         or "证书" in line.compact or "层次" in line.compact):
                f.set("education", key, line)
                break
        if "education" in f.values:
            break
    dated = last_date(text)
    if dated:
        f.set("date", dated[0], dated[1])
    return f


# --------------------------------------------------------------------------- letters, replies

def extract_recommendation(text: DocText) -> Fields:
    f = Fields()
    recommender = value_of(text, ["推荐人姓名", "推荐人", "推荐专家"])
    if recommender:
        names = split_people(recommender[0])
        f.set("recommender", names[0] if names else recommender[0], recommender[1])
    rtitle = value_of(text, ["推荐人职称", "职称", "专业技术职务"])
    if rtitle and title_key(rtitle[0]):
        f.set("recommender_title", title_key(rtitle[0]), rtitle[1])
    candidate = value_of(text, ["被推荐人姓名", "被推荐人", "申报人"])
    if candidate:
        names = split_people(candidate[0])
        f.set("candidate", names[0] if names else candidate[0], candidate[1])
    else:
        for line in text.lines:
            match = re.search(r"推荐\s*([\u4e00-\u9fff]{2,4})\s*同志", line.text)
            if match:
                f.set("candidate", match.group(1), line)
                break
    return f


def extract_recognition(text: DocText) -> Fields:
    f = Fields()
    issuer = None
    for line in text.lines[:6]:
        match = re.match(r"^(.{2,30}?)(?:文件|函)$", line.compact)
        if match and _ISSUER_WORDS.search(match.group(1)):
            issuer = (match.group(1), line)
            break
    issuer = issuer or _issuer(text)
    if issuer:
        f.set("issuer", issuer[0], issuer[1])
        level, why = level_of(issuer[0])
        if level is not None:
            f.set("level", level.value, issuer[1])
        f.notes.append(f"级别：{why}")
    dated = last_date(text)
    if dated:
        f.set("date", dated[0], dated[1])
    return f


