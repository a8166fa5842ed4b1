"""获奖证书: government science awards, enterprise and competition awards, in three shapes:
a form or table (获奖项目 / 获奖者 / 排名 columns), a sentence (``…荣获…奖二等奖，特发此证``)
addressed to its holders, and a government certificate naming the award in a subtitle."""

from __future__ import annotations

import re

from rules.vocabulary import Kind, Level

from ..fields.levels import level_of
from ..fields.numerals import to_int
from ..fields.people import parse_rank
from ..layout import (chinese_punctuation, column_below, empty_cell, field_value, heading_labels, issuer, line_at,
                      names_in, running_text, addressed_people)
from ..text import DocText
from .base import Cues, DocType, Fields, as_date, as_level, last_date


_GRADE = re.compile(r"(特等奖|[一二三四五1-5]\s*等\s*奖|金奖|银奖|铜奖|优秀奖|特别奖|一等|二等|三等)")
_AWARD_WORDS = r"(?:科学技术|科技|技术发明|技术|进步|创新|发明|专利|成果|管理|标准)"
# The name ends at its first 奖: ``科学技术进步奖二等奖`` is the award and its grade.
_AWARD_NAME = re.compile(rf"([\u4e00-\u9fff（）()]{{2,30}}?{_AWARD_WORDS}(?:(?!奖)[\u4e00-\u9fff]){{0,6}}奖)")
_PROJECT_LABELS = ["项目名称", "获奖项目", "作品名称", "参赛题目", "成果名称"]
_HOLDER_LABELS = ["获奖者", "获奖人", "获奖个人", "主要完成人", "完成人", "团队成员", "参赛队员", "参赛学生"]
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
    for line in text.lines:
        match = _GRADE.search(line.compact)
        if match:
            grade = re.sub(r"\s", "", match.group(1))
            grade = grade if grade.endswith("奖") else grade + "奖"
            f.set("grade", grade.replace("1等", "一等").replace("2等", "二等").replace("3等", "三等"), line)
            break
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
    _award_level(text, f, award)
    f.put("date", _award_date(text))
    return f


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
    """A line that is only the award's name (a table certificate's subtitle), else the name
    in the sentence (``为表彰2018年度重庆市技术发明奖获得者``), without year and grade."""
    for line in text.lines:
        if _AWARD_NAME.fullmatch(line.compact) and "证书" not in line.compact:
            return chinese_punctuation(line.compact), line
    body, starts = running_text(text)
    for match in _AWARD_NAME.finditer(body):
        name = re.sub(r"^.*?(?:荣获|获得|授予|表彰|年度)", "", match.group(1))
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
    table column (获奖者, 完成人, 团队成员 …), else the people it addresses."""
    for hit in heading_labels(text, _HOLDER_LABELS):
        found = field_value(text, hit, _AWARD_HEADERS)
        if not found:
            continue
        value, lines = found
        if lines == [hit.line]:  # a list on the label's line may wrap onto the lines below
            value = "\n".join([value] + [l.text for l in text.lines_after(hit)])
        names = names_in(value)
        if names:
            return names, lines[0]
    return addressed_people(text)


def _award_rank(text: DocText):
    """第N完成人 / 排名第N in the text, else the 排名 column of a table certificate."""
    for line in text.lines:
        if re.search(r"第.{1,3}(完成人|完成单位|名)|排名|排序", line.compact):
            rank = parse_rank(line.compact)
            if rank:
                return rank, line
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
    when the seal hides the issuer's name)."""
    for source in (issuer(text), award):
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
    dated = last_date(text)
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
