"""获奖证书: government science awards, enterprise and competition awards, in three shapes:
a form or table (获奖项目 / 获奖者 / 排名 columns), a sentence (``…荣获…奖二等奖，特发此证``)
addressed to its holders, and a government certificate naming the award in a subtitle."""

from __future__ import annotations

import re

from rules.vocabulary import Kind, Level

from ..fields.levels import level_of
from ..fields.numerals import to_int
from ..fields.people import parse_rank
from ..layout import (addressed_people, body_date, chinese_punctuation, column_below, comrade, empty_cell, field_value,
                      glued_value, heading_labels, issuer, line_at, name_column, names_in, ranked_names, row_of,
                      running_text, wrapped_list)
from ..text import DocText
from .base import Cues, DocType, Fields, as_date, as_level


_GRADE = re.compile(r"(特等奖|[一二三四五1-5]\s*等\s*奖|金奖|银奖|铜奖|优秀奖|特别奖|一等|二等|三等)")
_AWARD_WORDS = r"(?:科学技术|科技|技术发明|技术|进步|创新|发明|专利|成果|管理|标准)"
# The name ends at its first 奖: ``科学技术进步奖二等奖`` is the award and its grade.
_AWARD_NAME = re.compile(rf"([\u4e00-\u9fff（）()]{{2,30}}?{_AWARD_WORDS}(?:(?!奖)[\u4e00-\u9fff]){{0,6}}奖)")
# A name may carry its grade on the same line (重庆市科学技术进步奖二等奖).
_NAME_AND_GRADE = re.compile(_AWARD_NAME.pattern + r"(?:[一二三四五特]等奖?|金奖|银奖|铜奖|优秀奖)?")
# Labels of the award's name: a value after them is the name, region kept, label dropped.
_NAME_LABELS = ["奖项名称", "奖励名称", "获奖名称", "荣誉名称", "奖项", "奖种"]
_LEADING_NAME_LABEL = re.compile(r"^(?:" + "|".join(_NAME_LABELS) + r")[:：]?")
_PROJECT_LABELS = ["项目名称", "获奖项目", "作品名称", "参赛题目", "成果名称"]
_HOLDER_LABELS = ["获奖者", "获奖人员", "获奖人", "获奖个人", "主要完成人", "完成人", "团队成员", "参赛队员", "参赛学生"]
_RANK_LABELS = ["排名", "排序", "名次"]
# Words that head a column of an award table rather than fill a cell.
_AWARD_HEADERS = frozenset(_PROJECT_LABELS + _HOLDER_LABELS + _RANK_LABELS + [
    "奖励等级", "获奖等级", "等级", "完成单位", "序号", "姓名", "单位", "工作单位"])


def extract_award(text: DocText) -> Fields:
    """Award certificates.  ``holder`` is one person: set when the certificate names one (or
    addresses one, ``张三同志：``); a team certificate gives ``holders`` (ordered) instead."""
    f = Fields()
    award = _award_name(text)
    if award:
        f.set("award_name", award[0], award[1])
    f.put("grade", _award_grade(text))
    f.put("project_title", _award_project(text))
    people = _award_people(text)
    if people:
        names, line = people
        f.set("holder" if len(names) == 1 else "holders", names[0] if len(names) == 1 else names, line)
    rank = _award_rank(text)
    if rank:
        f.set("rank", rank[0], rank[1])
    elif labels := heading_labels(text, _RANK_LABELS + ["完成人排序"]):
        f.issue("warning", "rank_unreadable", "证书印有排名，但未能读出，请核对")
        cell = empty_cell(text, labels[0].line)
        if cell is not None and not column_below(text, labels[0].line):
            f.look("rank", labels[0].line.page, cell)
    elif "holder" in f.values and _RANK_IN_PROSE.search(running_text(text)[0]):
        f.issue("warning", "rank_unreadable", "证书写明了排名，但未能读出，请核对")
    _award_level(text, f, award)
    f.put("date", _award_date(text))
    return f


# 排名第N, 第N完成人 in a sentence: a rank is printed even when OCR damaged its number.
_RANK_IN_PROSE = re.compile(r"排名|排序|第[^。，,；;]{1,3}(?:完成人|名)")


def _award_grade(text: DocText):
    """The grade on a line, else in the running text (a sentence wraps inside it: 三 / 等奖)."""
    found = [(line, _GRADE.search(line.compact)) for line in text.lines]
    found = [(line, m.group(1)) for line, m in found if m]
    if not found:
        body, starts = running_text(text)
        match = _GRADE.search(body)
        found = [(line_at(starts, match.start()), match.group(1))] if match else []
    if not found:
        return None
    line, grade = found[0]
    grade = re.sub(r"\s", "", grade)
    grade = grade if grade.endswith("奖") else grade + "奖"
    return grade.replace("1等", "一等").replace("2等", "二等").replace("3等", "三等"), line


def award_applicant_rank(fields: dict, listed: int | None,
                         issue_codes: set[str] | frozenset[str] = frozenset()) -> int | None:
    """For zhicheng/documents.py, given the place ``listed`` that find_name gave in
    ``holders`` or in ``[holder]``: on a certificate made out to one holder the applicant's
    rank is the printed 第N完成人, not 1; when a printed rank could not be read
    (``rank_unreadable``), it is unknown rather than 1."""
    if listed is None or "holders" in fields:
        return listed
    if isinstance(fields.get("rank"), int):
        return fields["rank"]
    return None if "rank_unreadable" in issue_codes else listed


def _award_name(text: DocText):
    """A line that is only the award's name (a table certificate's subtitle, a labelled
    value: ``奖项名称：重庆市技术发明奖``, or the label glued on by OCR), else the name in
    the sentence (``为表彰2018年度重庆市技术发明奖获得者``), without year and grade.  The
    region stays: 重庆市科学技术进步奖 and 四川省科学技术进步奖 are different awards."""
    for line in text.lines:
        compact = re.sub(r"^(?:19|20)\d\d年度", "", _LEADING_NAME_LABEL.sub("", line.compact))
        match = _NAME_AND_GRADE.fullmatch(compact)
        if match and "证书" not in compact:
            return chinese_punctuation(match.group(1)), line
    body, starts = running_text(text)
    for match in _AWARD_NAME.finditer(body):
        name = re.sub(r"^.*?(?:荣获|获得|授予|表彰|年度|获)", "", match.group(1))
        name = _LEADING_NAME_LABEL.sub("", name)
        if len(name) >= 4 and "证书" not in name:
            return chinese_punctuation(name), line_at(starts, match.start())
    return None


def _award_project(text: DocText):
    """The labelled project (a field, a form cell or a table column), else the quoted title
    in the sentence (你参与完成的“…”项目, 你们的作品《…》)."""
    for hit in heading_labels(text, _PROJECT_LABELS):
        found = field_value(text, hit, _AWARD_HEADERS)
        if found and found[0].strip():
            return chinese_punctuation(_unquoted("".join(found[0].split()))), found[1][0]
    glued = glued_value(text, _PROJECT_LABELS)  # 项目名称高性能…: OCR lost the colon
    if glued:
        return chinese_punctuation(_unquoted("".join(glued[0].split()))), glued[1]
    body, starts = running_text(text)
    match = re.search(r"(?:作品|项目|成果|完成的|参与的)[“\"《]([^”\"》]{4,60})[”\"》]"
                      r"|[“\"《]([^”\"》]{4,60})[”\"》](?:项目|作品|成果)", body)
    if match:
        title = match.group(1) or match.group(2)
        return chinese_punctuation(title), line_at(starts, match.start())
    return None


def _unquoted(title: str) -> str:
    """《title》 or “title” without its enclosing marks; quotes inside a title stay
    (“E家人”现代化物业管理APP)."""
    match = re.fullmatch(r"《([^《》]+)》|[“\"]([^“”\"]+)[”\"]", title)
    return (match.group(1) or match.group(2)) if match else title


def _award_people(text: DocText):
    """The people the certificate is made out to, in order: a labelled field, form cell or
    table column (获奖者, 完成人, 团队成员 …), else the people it addresses, else the one
    its sentence names (``张三同志参与完成的…``, ``兹证明…同志``, ``经审核，…同志``)."""
    for hit in heading_labels(text, _HOLDER_LABELS):
        found = field_value(text, hit, _AWARD_HEADERS)
        if not found:
            continue
        value, lines = found
        if len(lines) == 1:  # a list on the label's line or in its cell may wrap onto the lines below
            value = wrapped_list(text, lines[0], value)
        names = names_in(value)
        if len(names) > 1:  # a team: its order gives ranks, and a piece lost inside it would shift them
            names = ranked_names(value) or []
        if names:
            return names, lines[0]
    table = _name_table(text)
    if table:
        return table
    glued = glued_value(text, _HOLDER_LABELS)  # 获奖者皇甫秀昊: OCR lost the colon
    names = names_in(glued[0]) if glued else []
    if names:
        return names, glued[1]
    addressed = addressed_people(text)
    if addressed:
        return addressed
    named = comrade(text)
    return ([named[0]], named[1]) if named else None


def _name_table(text: DocText):
    """A team certificate's table of people (序号 | 姓名 | 工作单位): its 姓名 column, in order."""
    for line in text.lines:
        if line.compact.strip(":：") != "姓名" and not (len(line.text.split()) > 1 and "姓名" in line.text.split()):
            continue
        row = [l.compact for l in row_of(text, line)] + line.text.split()
        if any(h in row for h in ("序号", "工作单位", "单位", "排名", "完成单位")):
            names = name_column(text, line)
            if len(names) >= 2:
                return names, line
    return None


def _award_rank(text: DocText):
    """第N完成人 / 排名第N in the text (on a line, else across a wrap: 排 / 名第9), else the
    排名 column of a table certificate."""
    for line in text.lines:
        if re.search(r"第.{1,3}(完成人|完成单位|名)|排名|排序", line.compact):
            rank = parse_rank(line.compact)
            if rank:
                return rank, line
    body, starts = running_text(text)
    for match in _RANK_IN_PROSE.finditer(body):
        rank = parse_rank(body[match.start():match.start() + 12])
        if rank:
            return rank, line_at(starts, match.start())
    for hit in heading_labels(text, _RANK_LABELS):
        found = field_value(text, hit, _AWARD_HEADERS)
        if not found or len(found[1]) != 1:  # several rows: several people's ranks
            continue
        value = "".join(found[0].split())
        rank = int(value) if value.isdigit() else to_int(value)
        if rank and 1 <= rank <= 99:
            return rank, found[1][0]
    return None


def _award_level(text: DocText, f: Fields, award) -> None:
    """The level the issuer implies, else the one the award's name implies (国家科学技术进步奖
    when the seal hides the issuer's name).  A name that says 国家 decides first: the state
    awards are signed by committees that read as ministries (国家科学技术奖励委员会)."""
    sources = (issuer(text), award)
    if award is not None and level_of(award[0])[0] is Level.NATIONAL:
        sources = (award,)
    for source in sources:
        if source is None:
            continue
        level, why = level_of(source[0])
        f.notes.append(f"级别：{why}")
        if level is not None:
            f.set("level", level.value, source[1])
            return


def _award_date(text: DocText):
    """The lowest date, unless it precedes the award's year (``2017年度`` awarded in 2015
    is a misread year): a wrong date is worse than none."""
    dated = body_date(text)
    year = re.search(r"((?:19|20)\d{2})年度", running_text(text)[0])
    if dated and year and dated[0].year < int(year.group(1)):
        return None
    return dated


def _facts(f, kind, rank, core_journal):
    return {"level": as_level(f.get("level"), Level), "rank": f.get("rank") or rank, "grade": f.get("grade"),
            "date": as_date(f.get("date"))}


DOCTYPE = DocType(
    key="award_certificate", one_page=True, name="获奖证书",
    cues=Cues(
        titles=("获奖证书", "荣誉证书", "奖励证书", "科学技术进步奖", "科技进步奖", "技术发明奖"),
        labels=("荣获", "获奖", "等奖", "特发此证", "以资鼓励", "特此表彰", "奖励", "获奖项目", "获奖者",
                "完成人", "获奖单位", "项目名称", "证书编号", "经评审", "大赛", "竞赛", "特等奖", "金奖",
                "银奖", "铜奖"),
        requires=("荣获", "获奖", "等奖", "奖", "表彰"),
        requires_why="没有获奖内容",
    ),
    extract=extract_award,
    fields=("award_name", "level", "grade", "project_title", "holder", "holders", "rank", "date"),
    decisive=("level", "holder", "rank", "date"),
    labels={"holder": "获奖人", "holders": "获奖人", "project_title": "获奖项目", "date": "授奖日期"},
    ranked=("holders", "holder"), under_seal=("date",),
    kinds=(Kind.AWARD,), facts=_facts, applicant_rank=award_applicant_rank,
)
