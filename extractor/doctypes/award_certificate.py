"""获奖证书: government science awards, enterprise and competition awards, in three shapes:
a form or table (获奖项目 / 获奖者 / 排名 columns), a sentence (``…荣获…奖二等奖，特发此证``)
addressed to its holders, and a government certificate naming the award in a subtitle.

A certificate is made out to one person (``holder``, his printed 第N完成人 as ``rank``) or
lists a team (``holders`` in order: 主要完成人 on a line, wrapped, in a grid of cells or a
numbered table, 第一完成人：… labels, ``授予张三、李四等同志``, ``（主要完成人：…）``).  A team
list that is not read whole gives no one: a place in it is a rank, and a rank is decisive."""

from __future__ import annotations

import re

from rules.vocabulary import Kind, Level

from ..fields.dates import find_dates, parse_date
from ..fields.levels import level_of
from ..fields.numerals import to_int
from ..fields.people import has_surname, labelled_surname, parse_rank, sentence_person, split_people
from ..layout import (unit_like, glued_after, running_match, names_line, CJK, LABEL_START, addressed_people, box, placed_people, cell_continued, cell_top, chinese_punctuation, column_below, comrade, cut_name,
                      empty_cell, field_value, glued_value, heading_labels, is_name, issuer, labelled_field, line_at, line_below,
                      margin_note, name_column, name_grid, names_in, names_of, next_line, numbered_block, numbered_rows, plain_names, ranked_names,
                      labelled_people, name_under, record_under, right_of, row_of, running_text, unquoted, value_left, whole_list, wrapped_list)
from ..text import DocText, TextLine, same_row
from .base import EVENTS, LISTS, PRINTED_ON, Cues, DocType, Fields, annex_rows, as_date, as_level


# (capitals too, as a certificate's 贰等奖 prints them)
_GRADE = re.compile(r"(特等奖|[一二三四五1-5壹贰叁肆伍]\s*等\s*奖|金奖|银奖|铜奖|优秀奖|鼓励奖|特别奖|一等|二等|三等)")
_AWARD_WORDS = r"(?:科学技术|科技|技术发明|技术|进步|创新|发明|专利|成果|管理|标准|自然科学|学术|论文)"
# The name ends at its first 奖: ``科学技术进步奖二等奖`` is the award and its grade.
# (a ministry's award names its branch after it: 高等学校科学研究优秀成果奖（科学技术）)
_AWARD_NAME = re.compile(rf"([\u4e00-\u9fff（）()]{{2,30}}?{_AWARD_WORDS}(?:(?!奖)[\u4e00-\u9fff]){{0,6}}奖"
                         r"(?:[（(](?:科学技术|人文社会科学|自然科学|技术发明|科技进步)[)）])?)")
# In running text the 奖 that ends a name is no 奖励/奖项/奖金/奖状 (``…关键技术研究`` wrapped
# onto ``奖励等级：二等奖`` is a project and a label, not an award called …研究奖).
# (nor the body that judges it: 经重庆市科学技术奖评审委员会评审, probe CU a07)
_AWARD_IN_TEXT = re.compile(_AWARD_NAME.pattern + r"(?![励项金状牌章]|评审|评选|委员会|办公室|工作办公室)")
# A name may carry its grade on the same line (重庆市科学技术进步奖二等奖).
_NAME_AND_GRADE = re.compile(_AWARD_NAME.pattern + r"(?:[一二三四五特]等奖?|金奖|银奖|铜奖|优秀奖)?")
# Labels of the award's name: a value after them is the name, region kept, label dropped.
_NAME_LABELS = ["奖项名称", "奖励名称", "获奖名称", "荣誉名称", "奖项", "奖种"]
_LEADING_NAME_LABEL = re.compile(r"^(?:" + "|".join(_NAME_LABELS) + r")[:：]?")
_PROJECT_LABELS = ["项目名称", "获奖项目", "获奖成果", "作品名称", "参赛题目", "成果名称", "课题名称", "专利名称", "发明名称", "论文题目", "论文名称"]  # (a patent prize: the patent)
# Longest first: a line is searched for the first label of the list it holds (主要完成人员 is
# not 主要完成人 and 员).
_HOLDER_LABELS = ["获奖者", "获奖人员", "获奖人", "获奖个人", "得奖者", "得奖人", "受奖人", "主要完成人员", "主要完成人",
                  "项目完成人员", "完成人员", "完成人", "团队成员", "参赛队员", "参赛学生", "参赛人员", "项目成员",
                  # a management-innovation prize's 主要创造人; a team's other words for its members
                  "主要创造人", "创造人", "主要贡献人", "主要参加人员", "主要参与人员", "主要研究人员", "项目组成员",
                  # (a QC team's certificate: 小组成员：邓刚、冯晓梅、慕容博…, probe CM A10)
                  "小组成员",
                  # a patent prize's certificate lists the patent's inventors (中国专利优秀奖 | 发明人：…)
                  "发明人", "设计人"]
# 完成人序号 03 on e-certificates; 位次 and 排位 in older ones.
_RANK_LABELS = ["排名顺序", "排列顺序", "排名", "排序", "名次", "完成人序号", "完成人排序", "完成人次序", "完成人位次", "完成人排名", "获奖位次", "位次", "排位"]
# Words that head a column of an award table rather than fill a cell.
_AWARD_HEADERS = frozenset(_PROJECT_LABELS + _HOLDER_LABELS + _RANK_LABELS + [
    "奖励等级", "获奖等级", "等级", "完成单位", "序号", "姓名", "单位", "工作单位", "奖励类别", "奖励类型", "获奖类别",
    "奖项类别", "证书编号", "编号", "授奖单位", "授奖日期", "获奖日期"])


def extract_award(text: DocText) -> Fields:
    """Award certificates.  ``holder`` is one person: set when the certificate names one (or
    addresses one, ``张三同志：``); a team certificate gives ``holders`` (ordered) instead,
    and its ``holder`` and ``rank`` are the applicant and his place once he is found in it
    (``award_applicant_rank``)."""
    f = Fields()
    award = _award_name(text)
    if award:
        # (关于公布2023年重庆市…奖的决定: the year's 年 left when its digits went — no city 年重庆市)
        award = (re.sub(r"^(?:\d{2,4})?年度?(?=[\u4e00-\u9fff]{4})", "", award[0]), *award[1:])
        name, line = _with_category(text, *_with_region(text, *award))
        # (…创新成果三等奖 read whole from a sentence: the grade is a field of its own)
        name = re.sub(r"(?<=[\u4e00-\u9fff])(?:[一二三四五1-5]等奖|特等奖|优秀奖)$", "", name) \
            if re.search(r"(?:成果|创新|项目|方案|奖)(?:[一二三四五1-5]等奖|特等奖|优秀奖)$", name) else name
        # (…被评为重庆市企业管理现代化创新成果: the sentence's verb is no part of the name)
        name = re.sub(r"^(?:被评为|被授予|评为|荣获|获得|获)(?=[\u4e00-\u9fff]{4})", "", name)
        # (nor its edition, 第十八届重庆市企业管理现代化创新成果: the award is the same each year, probe DW A05)
        name = re.sub(r"^第[一二三四五六七八九十百\d]{1,4}届(?=[\u4e00-\u9fff]{4})", "", name)
        f.set("award_name", name, line)
    f.put("grade", _award_grade(text))
    project = _award_project(text)
    if project and (twice := re.fullmatch(r"(.{6,})\1", project[0])):
        # (a form's two rows of values for one project, its title read down both: once, probe CN A1-2)
        project = (twice.group(1), *project[1:])
    f.put("project_title", project)
    people = _award_people(text)
    if people and people[0]:
        names, line = people
        f.set("holder" if len(names) == 1 else "holders", names[0] if len(names) == 1 else names, line)
    elif (glued := glued_after(text, _HOLDER_LABELS)) is not None:
        # (the names OCR glued into one run, 小组成员:顾桂飞张楷黄颖琳…, probe CU a10: an applicant's
        # place only where every cut of the run agrees on it)
        f.glued(glued[0], "获奖人名单", "获奖人")
    if people is None and "holder" not in f.values and "holders" not in f.values:
        # (made out to a unit: 获奖单位：重庆长江智能装备股份有限公司, or its salutation, 重庆渝西…有限公司：
        # 你单位申报的成果… — the unit holds it, and no person's place is printed, probe DW A03, A05)
        unit = _unit_holder(text)
        if unit is not None:
            f.set("holder", unit[0], unit[1])
            f.set("holder_is_unit", True, unit[1])
    # A team's 排名 column or 第一完成人 labels give the list's order, not the certificate's
    # rank; a team not clearly read (``([], None)``) gives neither holder nor rank.
    team = "holders" in f.values or (people is not None and not people[0])
    rank = None if team else _award_rank(text) or _rank_in_list(text, f.values.get("holder"))
    own = _own_rank(text)
    if own and not team:
        # 项目第一完成人：周建国 | 你的排名：第4 — the first completer is another man; the place
        # the certificate gives its holder is his own, and he is the one it addresses
        rank = own
        source = f.sources.get("holder")
        line = next((l for l in text.lines if source is not None and l.page == source.page
                     and tuple(l.line.box) == tuple(source.box)), None)
        if f.values.get("holder") and line is not None and re.search(
                r"第[一二三四五六七八九十\d]{1,3}(?:完成人|获奖人|获奖者)", line.compact):
            f.values.pop("holder", None)
            f.sources.pop("holder", None)
        if "holder" not in f.values:
            f.put("holder", comrade(text) or labelled_field(text, ["获奖人", "获奖者"]))
    if rank:
        f.set("rank", rank[0], rank[1])
    elif not team:
        _rank_unread(text, f)
        listed = labelled_people(text, _COMPLETER_LABELS)
        holder = f.values.get("holder")
        if holder and listed and (listed[0].count(holder) > 1 or holder in listed[0] and _annexed(text, listed[1])) \
                and "rank_unreadable" not in {c for _, c, _ in f.issues}:
            # two namesakes in the certificate's list, or a list of another project under 附: which
            # place is the holder's cannot be told, and first is no default
            f.issue("warning", "rank_unreadable",
                    f"完成人名单中有 {listed[0].count(holder)} 位 {holder}，排名无法确定，请核对" if listed[0].count(holder) > 1
                    else f"页面上的完成人名单（{_clip_names(listed[0])}）属附列的其他项目，证书本身未印排名：排名不明")
    _award_level(text, f, award)
    f.put("date", _award_date(text))
    if not {"project_title", "holder", "holders"} & set(f.values):
        _one_record(text, f)
    annex_rows(text, f, _ANNEX_COLUMNS)
    _annex_grades(text, f)
    if not f.rows:
        _decision_entries(text, f)
    _technical(text, f)
    return f


# What the prize is for (第十六条（五）: a 技术奖 is a 技术类奖项).  A management prize or an honour
# says so in its name or its sentence; a name with 科学技术, 技术发明, 专利 … says it is technical.
_NOT_TECHNICAL = re.compile(r"管理(?:现代化)?创新|企业管理|管理成果|管理奖|劳动模范|劳模|先进(?:个人|工作者|集体|生产者|职工)|"
                            r"优秀(?:共产党员|党员|党务|员工|职工|工会)|劳动奖章|五四奖章|三八红旗|巾帼|荣誉称号|岗位能手|"
                            r"文明(?:单位|职工)|道德模范|质量管理小组|QC小组|"
                            # prizes of other fields: social science, teaching, letters (附则（五）: 技术类奖项 only)
                            r"社会科学|哲学|社科|人文|教学成果|文艺|文学|新闻奖|体育|"
                            # a skills competition's place or a skilled worker's honour (职业技能大赛一等奖,
                            # 重庆市技术能手): a contest of skill, no prize for a technical achievement
                            r"技能大赛|技能竞赛|技能比赛|职业技能|技术能手|技能标兵|技能人才|技术比武|练兵比武|岗位练兵|操作比赛")
_TECHNICAL = re.compile(r"科学技术|科技进步|科技奖|技术发明|技术进步|技术创新|技术奖|专利|自然科学|新产品|科技成果|发明")


def _technical(text: DocText, f: Fields) -> None:
    """``technical``: False where the prize is a management prize or an honour (its name, or
    the certificate's sentence: 被授予…劳动模范荣誉称号), True where its name is a technical
    prize's, unset where neither is said."""
    name = f.values.get("award_name") or ""
    # (without a prize's name, its sentence says what it is for; the project's title says what
    # was done: 面向职业技能培训的…实训平台 is a technical project, no skills contest)
    said = name or "".join(text.compact.split()).replace("".join(str(f.values.get("project_title") or "").split()) or "\0", "")
    anchor = f.sources.get("award_name")
    line = next((l for l in text.lines if anchor is not None and tuple(l.line.box) == tuple(anchor.box)), None) \
        or (text.lines[0] if text.lines else None)
    if line is None:
        return
    if _NOT_TECHNICAL.search(said):
        f.set("technical", False, line)
    elif _TECHNICAL.search(name):
        f.set("technical", True, line)


# A decision's entry: ``1. 制糖压榨机组能耗管控平台研发与产业化`` over its 主要完成人 and 主要完成单位.
_ENTRY = re.compile(r"^(\d{1,3})\s*[.．、]\s*(\S.{3,60})$")
_ENTRY_PEOPLE = re.compile(r"^(?:主要)?完成人(?:员)?[:：](.*)$")
_ENTRY_OTHER = re.compile(r"^(?:主要)?(?:完成单位|推荐单位|提名单位|提名者)[:：]")


def _decision_entries(text: DocText, f: Fields) -> None:
    """A government's decision (关于…科学技术奖励的决定, in its gazette) listing the projects
    of each grade, each a numbered title over its 主要完成人 (wrapped over lines) and 主要
    完成单位, the page set in one column or two: its entries as ``f.rows`` (project, people,
    grade), from which the applicant's is taken once his name is known.  Each entry's people
    are all read or the entry is not listed (a half-read list gives wrong ranks)."""
    entries = []
    for page in sorted({l.page for l in text.lines}):
        lines = [l for l in text.lines if l.page == page]
        width = max((l.page_width for l in lines), default=0) or 1
        numbered = [l for l in lines if _ENTRY.match(l.compact)]
        two = any(box(l)[0] >= width / 2 - 0.02 * width for l in numbered) \
            and any(box(l)[0] < width / 2 - 0.02 * width for l in numbered)
        halves = ((0, width / 2), (width / 2, width)) if two else ((0, width),)
        for left, right in halves:
            column = sorted((l for l in lines if left - 0.02 * width <= box(l)[0] < right - 0.02 * width),
                            key=lambda l: box(l)[1])
            grade = entry = people = None
            for line in column:
                heading = _GRADE_HEADING.fullmatch(line.compact)
                numbered_line = _ENTRY.match(line.compact)
                listing = _ENTRY_PEOPLE.match(line.compact)
                if heading or numbered_line or _ENTRY_OTHER.match(line.compact):
                    people = None
                if heading:
                    grade = heading.group(1)
                elif numbered_line:
                    # (its people on the same line: 1.《…视觉防错系统》 完成人：胡夏、郁可唯)
                    said = numbered_line.group(2)
                    inline = re.search(r"\s*(?:主要)?完成人员?[:：;；]\s*", said)
                    title = said[:inline.start()] if inline else said
                    entry = {"project_title": (chinese_punctuation(unquoted(title.strip())), line)}
                    if grade:
                        entry["grade"] = (grade, line)
                    if inline and said[inline.end():].strip():
                        people = [said[inline.end():].strip(), line]
                        entry["holders"] = people
                    entries.append(entry)
                elif listing and entry is not None and "holders" not in entry:
                    people = [listing.group(1), line]
                    entry["holders"] = people
                elif people is not None and re.fullmatch(rf"[{CJK}·、，,；;\s]+", line.compact):
                    people[0] += line.compact  # the list wrapped onto the next line of the column
    rows = []
    for entry in entries:
        if "holders" not in entry:
            continue
        names = names_of(entry["holders"][0].strip("、，,；; "))
        if not names:
            continue  # (a list with a piece unread names nobody)
        row = {"序号": len(rows) + 1, **{k: v for k, v in entry.items() if k != "holders"},
               "holders": (names, entry["holders"][1])}
        rows.append(row)
    if len(rows) >= 2:
        f.rows = rows
        for key in ("project_title", "holders", "holder", "grade", "rank"):
            f.values.pop(key, None)
            f.sources.pop(key, None)


# The columns of a certificate that prints its facts as one row under a header row.
_RECORD_COLUMNS = {**{w: "project_title" for w in _PROJECT_LABELS}, **{w: "holder" for w in _HOLDER_LABELS + ["姓名"]},
                   **{w: "rank" for w in _RANK_LABELS}, **{w: "grade" for w in ("奖励等级", "获奖等级", "等级")}}


def _one_record(text: DocText, f: Fields) -> None:
    """A certificate's one row under its header (获奖项目 | 奖励类别 | 奖励等级 | 获奖者 | 排名),
    its cells wrapped over two lines as a narrow table does: the project, the one holder
    and his rank.  A cell that does not read as its column's value leaves the row unread."""
    record = record_under(text, _AWARD_HEADERS, need=3)
    values: dict[str, tuple] = {}
    for word, (cell, line) in record.items():
        key = _RECORD_COLUMNS.get(word)
        if key == "project_title" and len(cell) >= 4:
            values[key] = (chinese_punctuation(unquoted(cell)), line)
        elif key == "holder" and is_name(cell):
            values[key] = (cell, line)
        elif key == "rank" and (rank := parse_rank(cell) or (to_int(cell) if re.fullmatch(r"\d{1,2}", cell) else None)):
            values[key] = (rank, line)
        elif key == "grade" and (grade := _annex_grade(cell)):
            values[key] = (grade, line)
        elif key is not None:
            return
    if "holder" in values:
        for key, (value, line) in values.items():
            f.set(key, value, line)


# ``二等奖（58项）``: a heading over the 附件's projects of one grade.
# (or the award's name before it: 重庆市科学技术进步奖三等奖, probe DC ad1, ad3)
_GRADE_HEADING = re.compile(r"(?:[一二三四五六七八九十]+[、.．])?(?:(?!荣获|获得|授予|获)[\u4e00-\u9fff]{2,20}?奖)?"
                            r"(特等奖|[一二三四五]等奖)(?:[（(]\d+项[）)])?")


def _annex_grades(text: DocText, f: Fields) -> None:
    """A record's grade from the heading over its part of the 附件 when no column gives it;
    the document's own grade (the decision counts 一等奖12项，二等奖47项) is then no one's."""
    headings = [l for l in text.lines if _GRADE_HEADING.fullmatch(l.compact)]
    if not f.rows or not headings:
        return
    for row in f.rows:
        lines = [v[1] for k, v in row.items() if k != "序号"]
        if "grade" in row or not lines:
            continue
        at = min((l.page, box(l)[1]) for l in lines)
        above = [h for h in headings if (h.page, box(h)[1]) < at]
        if above:
            heading = max(above, key=lambda h: (h.page, box(h)[1]))
            row["grade"] = (_GRADE_HEADING.fullmatch(heading.compact).group(1), heading)
    if any("grade" in row for row in f.rows):
        f.values.pop("grade", None)
        f.sources.pop("grade", None)


def _annex_grade(cell: str) -> str | None:
    found = _GRADE.search(cell)
    return None if not found else re.sub(r"\s", "", found.group(1)).rstrip("奖") + "奖"


def _annex_title(cell: str) -> str | None:
    return chinese_punctuation(cell) if len(cell) >= 4 else None


# A decision's 附件 (获奖项目目录): one record per project, the team in one cell.
_ANNEX_COLUMNS = {
    **{w: ("project_title", _annex_title) for w in ("项目名称", "获奖项目", "成果名称", "项目")},
    **{w: ("holders", names_of) for w in ("主要完成人", "主要完成人员", "完成人", "完成人员", "获奖者", "获奖人",
                                          "获奖人员", "主要完成者")},
    **{w: ("grade", _annex_grade) for w in ("等级", "奖励等级", "获奖等级", "奖级", "授奖等级")},
}


def _rank_in_list(text: DocText, holder: str | None):
    """The holder's place in the certificate's list of the project's people (its 附页:
    主要完成人员名单, 排名 | 姓名 | 工作单位), a table numbered in order."""
    if not holder:
        return None
    # (or a labelled list beside the holder's own line: 获奖者：欧阳建华 … 主要完成人：陈喆、欧阳建华、冯堃;
    # the certificate's one list, never another project's under 附：同批获奖项目 at the foot)
    listed = labelled_people(text, _COMPLETER_LABELS)
    if listed and not _annexed(text, listed[1]) and len(listed[0]) >= 2 and listed[0].count(holder) == 1:
        return listed[0].index(holder) + 1, listed[1]
    for header in text.lines:
        if header.compact != "姓名" and "姓名" not in header.text.split():
            continue
        row = {l.compact for l in row_of(text, header)} | set(header.text.split())
        if not row & {"排名", "序号", "排序"}:
            continue
        names = name_column(text, header)
        if names.count(holder) == 1:
            return names.index(holder) + 1, header
    return None


# A certificate's list of the project's completers, under the holder's own line.
_COMPLETER_LABELS = ["主要完成人员", "主要完成人", "项目完成人", "完成人员", "完成人"]


def _clip_names(names: list[str]) -> str:
    return "、".join(names[:4]) + ("等" if len(names) > 4 else "")


def _annexed(text: DocText, line: TextLine) -> bool:
    """``line`` stands after an annex's or another project's heading (附：同批获奖项目): a list
    there is another project's."""
    return any(re.match(r"^(?:附[:：件一二三1-3])", l.compact) or "同批" in l.compact
               for l in text.lines if l.page == line.page and l.index < line.index)


def _rank_unread(text: DocText, f: Fields) -> None:
    """A rank printed but not read: an issue, and the empty cell to read again."""
    if labels := heading_labels(text, _RANK_LABELS + ["完成人排序"]):
        f.issue("warning", "rank_unreadable", "证书印有排名，但未能读出，请核对")
        cell = empty_cell(text, labels[0].line)
        if cell is not None and not column_below(text, labels[0].line):
            f.look("rank", labels[0].line.page, cell)
    elif "holder" in f.values and _RANK_IN_PROSE.search(running_text(text)[0]):
        f.issue("warning", "rank_unreadable", "证书写明了排名，但未能读出，请核对")
    elif "holder" in f.values and (one_of := _ONE_OF.search(text.compact)):
        # （主要完成人之一）: one of a team, his place not printed — no first place by default
        f.issue("info", "rank_unreadable", f"证书写明为「{one_of.group(0)}」，未印排名：排名不明")


# A certificate saying its holder is one of a team, and not where in it.
# (or addressed as having taken part, 上官瑞同志：你参与完成的“…”项目荣获…二等奖: one of its team,
# never its first by default, probe DU b3)
_ONE_OF = re.compile(r"(?:主要)?(?:完成人员?|获奖人员?|获奖者|研究人员|成员|参与者|参加者)之一"
                     r"|(?:你|您|其|该同志)(?:参与|参加)(?:完成|研究|研制|开发|实施)")


# 排名第N, 第N完成人 in a sentence: a rank is printed even when OCR damaged its number.
# (蔡鹏（ 完成人）: a typewriter's 第四 lost from its bracket, the bracket kept)
_RANK_IN_PROSE = re.compile(r"排名|排序|位次|排位|位列|完成人序号|第[^。，,；;]{1,3}(?:完成人|获奖人|获奖者|名|位)"
                            r"|[（(][^（()）]{0,4}(?:完成人|获奖人)\s*[)）]")


def _award_grade(text: DocText):
    """The grade on a line, else in the running text (a sentence wraps inside it: 三 / 等奖)."""
    found = [(line, _GRADE.search(line.compact)) for line in text.lines]
    found = [(line, m.group(1)) for line, m in found if m]
    in_rows = {re.sub(r"\s", "", g) for line, g in found if row_of(text, line) and line.compact == g.strip()}
    if len(in_rows) >= 2:
        return None  # a table of several projects with their grades: which is the applicant's is not read here
    body, starts = running_text(text)
    if not found:
        match = _GRADE.search(body)
        found = [(line_at(starts, match.start()), match.group(1))] if match else []
    if not found:
        return None
    # A decision that confers several grades (授予…一等奖，授予…二等奖，授予…三等奖): whose is
    # which is its 附件's to say (``_annex_grades``), not the first one's.
    if "决定" in body and len({re.sub(r"\s", "", m.group(1)) for m in _GRADE.finditer(body)}) >= 2:
        return None
    line, grade = found[0]
    grade = re.sub(r"\s", "", grade)
    grade = grade if grade.endswith("奖") else grade + "奖"
    grade = grade.translate(str.maketrans("12345壹贰叁肆伍", "一二三四五一二三四五"))
    return grade, line


def _unit_holder(text: DocText) -> tuple[str, TextLine] | None:
    """The unit a certificate is made out to: after 获奖单位 / 完成单位 at a line's start, or
    addressed on a line of its own before 你单位/贵单位."""
    for line in text.lines:
        found = re.match(r"^(?:获奖单位|受奖单位|获奖集体)[:：]\s*(\S.{3,40})$", line.text.strip())
        name = "".join(found.group(1).split()) if found else ""
        if found and unit_like(name):
            return name, line
    for line in text.lines[:12]:
        found = re.fullmatch(r"([\u4e00-\u9fff（）()]{4,40})[:：]", line.compact)
        after = text.lines[line.index + 1] if line.index + 1 < len(text.lines) else None
        if found and unit_like(found.group(1)) and after is not None and after.page == line.page \
                and re.match(r"(?:你|贵)单位", after.compact):
            return found.group(1), line
    return None


def award_applicant_rank(fields: dict, listed: int | None,
                         issue_codes: set[str] | frozenset[str] = frozenset()) -> int | None:
    """For zhicheng/documents.py, given the place ``listed`` that find_name gave in
    ``holders`` or in ``[holder]``: on a certificate made out to one holder the applicant's
    rank is the printed 第N完成人, not 1; when a printed rank could not be read
    (``rank_unreadable``), it is unknown rather than 1.

    On a team certificate (``holders``) the applicant is the one of the team whose
    certificate it is in his file: once found in the list, ``fields`` (the document's own
    record, which this completes) gets him as ``holder`` and his place as ``rank``, as a
    certificate made out to him alone would print them.  Not found, neither is set: the
    certificate is then the whole team's and no one's in particular."""
    if "holders" in fields:
        holders = fields["holders"]
        if listed is not None and 1 <= listed <= len(holders) and hasattr(fields, "setdefault"):
            fields.setdefault("holder", holders[listed - 1])
            fields.setdefault("rank", listed)
        return listed
    if listed is None:
        return listed
    if isinstance(fields.get("rank"), int):
        return fields["rank"]
    return None if "rank_unreadable" in issue_codes else listed


# The year before an award's name, in figures or in numerals, one of them lost by OCR (荣获二〇二二年度
# read 荣获二二二年度: a 楷体 〇 gone), never part of the name.
_YEAR_PREFIX = re.compile(r"^(?:(?:19|20)\d\d|[〇零○O一二三四五六七八九]{2,4})年度")


def _award_name(text: DocText):
    """A line that is only the award's name (a table certificate's subtitle, a labelled
    value: ``奖项名称：重庆市技术发明奖``, or the label glued on by OCR), else the name in
    the sentence (``为表彰2018年度重庆市技术发明奖获得者``), without year and grade.  The
    region stays: 重庆市科学技术进步奖 and 四川省科学技术进步奖 are different awards."""
    for line in text.lines:
        if _CATEGORY_LABEL.match(line.compact):
            continue  # 奖励类别 科学技术进步奖: a category, which names the award with its title (_with_category)
        compact = _YEAR_PREFIX.sub("", _LEADING_NAME_LABEL.sub("", line.compact))
        # (a title that is the award's name with 证书 after it: 湖北省科学技术奖励证书)
        compact = re.sub(r"^([\u4e00-\u9fff]{2,8}?(?:科学技术|科技))奖励?证书$", r"\1奖", compact)
        match = _NAME_AND_GRADE.fullmatch(compact)
        if match and "证书" not in compact:
            # 技术创新一等奖: the award is the 技术创新奖, its grade 一等
            name = re.sub(r"(?<=[\u4e00-\u9fff]{2})[一二三四五特]等奖$", "奖", match.group(1))
            said = _award_in_text(text) if re.match(r"(?:科学技术|科技|技术)", name) else None
            # (only a region before it: …评比中荣获 | 科技创新成果奖 is the sentence's verb and event,
            # probe DN awd-04)
            extra = said[0][:-len(name)] if said and said[0].endswith(name) else ""
            # (or the body that gives it: 中冶赛迪集团有限公司 | 科学技术奖)
            if said and extra and re.search(r"(?:省|市|自治区|特别行政区|区|县|国家|中国|全国|公司|集团|学会|协会|联合会|"
                                            r"研究会|促进会|联盟|大学|学院|研究院)$", extra) \
                    and not re.search(r"荣获|获得|评比|评选|活动|中$", extra):
                # the region on the line above (…项目获2016年度 | 江西省 | 科学技术进步奖二等奖)
                return said[0], line
            return chinese_punctuation(name), line
    return _award_in_text(text) or _honour(text) or _contest(text)


# A contest's certificate names no prize but the contest its grade was won in: 在2022年重庆市“创客中国”
# 中小企业创新创业大赛中荣获企业组三等奖 (probe CU a12).
_CONTEST = re.compile(r"(?:在|于)((?:(?:19|20)\d\d年度?)?[^。；;，,在于]{4,50}?(?:大赛|竞赛|比赛|挑战赛|创新赛))"
                      r"(?:[（(][^（()）]{2,12}[)）])?(?:决赛|复赛|总决赛)?中?(?:荣获|获得|获)")


def _contest(text: DocText):
    found = running_match(text, _CONTEST)
    if not found:
        return None
    name = _YEAR_PREFIX.sub("", re.sub(r"^(?:19|20)\d\d年度?", "", found[0].group(1)))
    return chinese_punctuation(name), found[1]


# An honour's certificate names no prize but the title it confers, in quotes before 称号:
# 授予 夏侯燊 同志 2023年度公司“科技创新先进个人”称号.
_HONOUR = re.compile(r"(?:授予|评为|荣获|获得)[^。；;“”\"「」]{0,30}?[“\"「]([^”\"」]{2,24})[”\"」](?:荣誉)?称号")


def _honour(text: DocText):
    found = running_match(text, _HONOUR)
    return (chinese_punctuation(found[0].group(1)), found[1]) if found else None


def _award_in_text(text: DocText):
    """The award's name in the certificate's sentence, read across its lines."""
    body, starts = running_text(text)
    for match in _AWARD_IN_TEXT.finditer(body):
        name = re.sub(r"^.*?(?:荣获|获得|授予|表彰|年度|获)", "", match.group(1))
        name = _LEADING_NAME_LABEL.sub("", _YEAR_PREFIX.sub("", name))
        # 授予“…”等项目…奖; 授予36项成果…奖 (the count's digits end the match before 项)
        name = re.sub(r"^.*?[”》](?:等)?(?:项目|成果|作品)?|^(?:等)?(?:项目|成果|作品)|^项(?:成果|项目)?", "", name)
        region = _REGION_BEFORE_YEAR.search(body[max(0, match.start() - 24):match.start()])
        if region and match.group(1).startswith("年度"):
            # 荣获重庆市渝北区2023年度科学技术进步奖: the year's figures part the region from the name
            name = re.sub(r"^.*?(?:荣获|获得|授予|表彰|被评为|评为|列为|获)", "", region.group(1)) + name
        if len(name) >= 4 and "证书" not in name:
            return chinese_punctuation(name), line_at(starts, match.start())
    return None


_REGION_BEFORE_YEAR = re.compile(r"([\u4e00-\u9fff]{2,16}?(?:省|自治区|市|区|县|州|盟|旗))(?:19|20)\d\d$")


# 重庆市科学技术奖 is the umbrella of several awards; its certificate names which one under
# 奖励类别 (科技进步奖, 技术发明奖 …), and that is the award a reviewer names.
_UMBRELLA = re.compile(r"(.*?)(?:科学技术|科技)奖")
_CATEGORY_LABEL = re.compile(r"^(?:奖励|奖项|获奖)?类(?:别|型)[:：]?")
_CATEGORIES = {"科学技术进步奖": "科学技术进步奖", "科技进步奖": "科学技术进步奖", "技术发明奖": "技术发明奖",
               "自然科学奖": "自然科学奖", "科技成果转化奖": "科技成果转化奖", "科学技术普及奖": "科学技术普及奖",
               "企业技术创新奖": "企业技术创新奖", "青年科技奖": "青年科技奖"}


def _with_region(text: DocText, name: str, line):
    """A decision's 省科学技术进步奖 named without its province, or a bare category (科技进步奖)
    on a certificate titled 贵州省科学技术奖励证书: the province of the government that signs it
    (贵州省人民政府).

    >>> from tests.typed_certificates import fields_of
    >>> fields_of("award_certificate", "贵州省科学技术奖励证书", "项目名称：酱香型白酒智能酿造关键装备研制", "奖励类别：科技进步奖",
    ...           "奖励等级：二等奖", "获奖人员：何敏", "贵州省人民政府", "二〇二一年十二月")["award_name"]
    '贵州省科学技术进步奖'
    """
    bare = name in _CATEGORIES  # 科技进步奖 alone, its certificate titled 贵州省科学技术奖励证书
    if not re.match(r"^[省市](?:科学技术|科技)", name) and not bare:
        return name, line
    region = next((m.group(1) for l in text.lines
                   if (m := re.match(r"^([\u4e00-\u9fff]{2,3}?[省市])人民政府", l.compact))), None)
    if bare:
        # (only a government's prize, its title naming the same region: a company's 科技进步奖 stays as printed)
        titled = region and any(l.compact.startswith(region + "科学技术奖") for l in text.title_lines(0.3))
        return (region + _CATEGORIES[name], line) if titled else (name, line)
    return (region[:-1] + name, line) if region else (name, line)


def _with_category(text: DocText, name: str, line):
    """``name`` made specific by the certificate's 奖励类别 when it names the umbrella award
    (重庆市科学技术奖 + 奖励类别：科技进步奖 → 重庆市科学技术进步奖).

    >>> from tests.typed_certificates import fields_of
    >>> fields_of("award_certificate", "重庆市科学技术奖", "奖励类别：技术发明奖", "奖励等级：二等奖")["award_name"]
    '重庆市技术发明奖'
    """
    umbrella = _UMBRELLA.fullmatch(name)
    if not umbrella:
        return name, line
    for row in text.lines:
        label = _CATEGORY_LABEL.match(row.compact)
        value = row.compact[label.end():] if label else ""
        if label and not value:  # a form: 奖励类别 | 科技进步奖
            cell = right_of(text, row)
            value = cell.compact if cell is not None else ""
        value = re.sub(r"[一二三四五特]等奖?$", "", value)
        value = value if value.endswith("奖") else value + "奖" if value else value
        if label and value in _CATEGORIES:
            return umbrella.group(1) + _CATEGORIES[value], row
    # no 奖励类别: the certificate's sentence may name the award itself (荣获…重庆市技术发明奖二等奖)
    body, starts = running_text(text)
    for word, category in _CATEGORIES.items():
        at = body.find(umbrella.group(1) + word) if umbrella.group(1) else -1
        if at >= 0:
            return umbrella.group(1) + category, line_at(starts, at)
    return name, line


def _several_records(text: DocText, cells: list) -> bool:
    """A column's cells that stand in two rows or more of a table, each row with cells of its
    own beside it: several records (the projects of a decision's 附件), not one wrapped value."""
    rows = [c for c in cells if row_of(text, c)]
    return len(rows) >= 2 and len({round(box(c)[1]) for c in rows}) >= 2


def _award_project(text: DocText):
    """The labelled project (a field, a form cell or a table column), else the quoted title
    in the sentence (你参与完成的“…”项目, 你们的作品《…》).  A column of several projects
    gives none: which is the applicant's is not read here."""
    for hit in heading_labels(text, _PROJECT_LABELS):
        found = field_value(text, hit, _AWARD_HEADERS)
        if found and _several_records(text, found[1]):
            return None
        if found and found[0].strip():
            value = found[0]
            if len(found[1]) == 1:  # a form's cell, or the value after its label, may wrap its title
                cell = found[1][0]
                # (or overlapping it, centred between the two: …热误 | 项目名称 | 差补偿中的应用, probe CU a18)
                overlaps = box(cell)[1] < box(hit.line)[3] and box(hit.line)[1] < box(cell)[3]
                if cell is not hit.line and (same_row(cell, hit.line) or overlaps):
                    # (the label centred on a title of two lines: …技术研究与 over 获奖项目 | 应用)
                    top = cell_top(text, cell, hit.line, lambda t: len(re.findall(f"[{CJK}]", t)) >= 4
                                   and not re.search(r"[:：]", t))
                    middle = (box(hit.line)[1] + box(hit.line)[3]) / 2
                    if not same_row(cell, hit.line) and not box(top)[1] <= middle <= box(cell)[3]:
                        top = cell  # (a label merely touching the cell's top: no title above it)
                    chain = [top]
                    while chain[-1] is not cell and len(chain) < 6:
                        chain.append(line_below(text, chain[-1], max_gap=1.5) or cell)
                    value = "".join("".join(l.text.split()) for l in chain)
                left = None if cell is not hit.line else value_left(cell, value.rstrip())
                value = cell_continued(text, cell, left=left, value="".join(value.split()), stop=_AWARD_HEADERS)[0]
            value = "".join(value.split())
            if re.search(r"[)）]$", value) and not re.search(r"[(（]", value):
                value = value[:-1]  # （项目名称：…） over an annex's table: its bracket is no part of the title
            return chinese_punctuation(unquoted(value)), found[1][0]
    for line in text.lines:  # 项目：… opening its line (never a sentence's …关键技术」项目 at a line's end)
        match = re.match(r"^项目\s*[:：]\s*(\S.{3,60})$", line.text.strip())
        if match:
            return chinese_punctuation(unquoted("".join(match.group(1).split()))), line
    glued = glued_value(text, _PROJECT_LABELS)  # 项目名称高性能…: OCR lost the colon
    if glued and sum(w in _AWARD_HEADERS for w in glued[1].text.split()) < 2:  # (not a table's header row)
        return chinese_punctuation(unquoted("".join(glued[0].split()))), glued[1]
    body, starts = running_text(text)
    match = re.search(r"(?:作品|项目|成果|完成的|参与的|授予)[“\"《]([^”\"》]{4,60})[”\"》]"
                      r"|[“\"《]([^”\"》]{4,60})[”\"》](?:项目|作品|成果|荣获|获得)", body)
    if match:
        title = match.group(1) or match.group(2)
        return chinese_punctuation(title), line_at(starts, match.start())
    for line in text.lines:  # set apart by spaces instead of quotes: 您参与完成的  高原环境…产业化  项目荣获
        match = re.search(r"(?:参与完成的|完成的|参与的)\s+(\S{4,60}?)\s+(?:项目|成果)", line.text)
        if match and re.search(f"[{CJK}]{{4}}", match.group(1)):
            return chinese_punctuation(match.group(1)), line
    return None


def _award_people(text: DocText):
    """The people the certificate is made out to, in order: completers labelled with their
    places (第一完成人：… / 第二完成人：…), the list in a sentence's brackets (``项目（主要完成人：
    张三、李四）荣获…``), a labelled field, form cell or table column (获奖者, 完成人, 团队成员 …)
    whose list may wrap onto the lines below or stand under its label, else the people it
    addresses or confers the award on (``授予张三、李四等同志…``), else the one its sentence
    names (``张三同志参与完成的…``, ``兹证明…同志``, ``经审核，…同志``).

    A team's order gives ranks, so a list with a piece inside that is no name (a seal over a
    name, a stray word) gives no one; a list that ends on a separator with one name read
    is a team's first name, not a certificate made out to one holder.  ``([], None)``: the
    certificate is a team's, and who is in it at which place is not clear."""
    placed = placed_people(text)
    if placed is not None:
        return placed or ([], None)
    bracketed = _bracketed_people(text)
    if bracketed:
        return bracketed
    for line in text.lines:  # 授予：陶建 opening its line (never a sentence's …决定授予 at a line's end)
        match = re.match(r"^授\s*予\s*[:：]\s*(\S.{1,40})$", line.text.strip())
        # (its place after him, 授予：左丘昊 同志（排名第7）: the rank's reader takes it)
        names = plain_names(re.sub(r"\s*(?:同志|先生|女士)?\s*(?:[（(][^（()）]*[)）])?$", "", match.group(1).strip())) \
            if match else None
        if names:
            return names, line
    for line in text.lines:
        found = _header_holders(text, line)
        if found:
            return found
    labelled = set()
    damaged = None
    for hit in heading_labels(text, _HOLDER_LABELS):
        labelled.add(hit.line.index)
        if hit.line.compact[max(0, hit.start - 1):hit.start] in ("（", "("):
            continue  # a sentence's bracket (_bracketed_people)
        if re.match(r"(?:排序|排名|名次|位次|顺序)[:：]?\s*(?:第|\d)", hit.line.compact[hit.end:]):
            continue  # 完成人排序：第1 — his place, not his name (probe CM A08); 完成人排序：韩雪、… is the list
        grid = None if hit.value.strip(":：; ") else name_grid(text, hit.line)
        grid = grid or numbered_rows(text, hit.line)  # 序号 发明人 序号 发明人 over 1 邱 明 4 税小红
        if grid:
            return grid, hit.line
        found = field_value(text, hit, _AWARD_HEADERS)
        if not found:
            below = _list_below(text, hit)
            if below:
                return below
            continue
        value, lines = found
        grid = numbered_block(text, lines[0]) if len(lines) == 1 and lines[0] is not hit.line else None
        if grid:  # the label's cell under it opens a numbered grid (1.陈 刚 | 2.尹雪梅 | 3.郑浩然 / 4.…)
            return grid, lines[0]
        if _several_records(text, lines):
            table = _name_table(text)
            if table and table[1] is hit.line:
                return table  # the team's own table (获奖人员 | 工作单位 | 排名), one person a row
            return [], None  # a table of several projects (a decision's 附件): whose row is his is not read here
        if len(lines) == 1:  # a list on the label's line or in its cell may wrap onto the lines below
            if lines[0].text.rstrip()[-1:] in _LIST_SEPARATORS and value.rstrip()[-1:] not in _LIST_SEPARATORS:
                value = value.rstrip() + lines[0].text.rstrip()[-1]  # (its separator kept: …符 佳； | 鄢志刚…)
            value = wrapped_list(text, lines[0], value, fits=_continues, cut=_cut)
        names = _listed(value)
        if names and damaged is None and len(names) == 1 and re.search(r"\d[\u4e00-\u9fff]", "".join(value.split())):
            # 1成航: a digit where a character stood (a counterfoil's faint copy); the
            # certificate's own label further on may read him whole (马成航)
            damaged = names, lines[0]
            continue
        if names:
            return names, lines[0]
    if damaged:
        return damaged
    table = _name_table(text)
    if table:
        return table
    glued = glued_value(text, _HOLDER_LABELS)  # 获奖者皇甫秀昊: OCR lost the colon
    # (完成人排序：第1 is his place: no name glued to the label, probe CM A08)
    names = _listed(glued[0]) if glued and glued[1].index not in labelled \
        and not re.match(r"(?:排序|排名|名次|位次|顺序)[:：]?\s*(?:第|\d)", glued[0]) else None
    if names:
        return names, glued[1]
    conferred = _conferred(text) or _ranked_in_sentence(text)
    if conferred:
        return conferred
    addressed = addressed_people(text) or _named_over_sentence(text)
    if addressed:
        return addressed
    named = comrade(text) or _honoured(text)
    return ([named[0]], named[1]) if named else None


def _header_holders(text: DocText, line: TextLine) -> tuple[list[str], TextLine] | None:
    """The holders under 获奖者 in a header row of captions (获奖项目 | 获奖者 | 奖励等级 | 证书号) over
    rows of values, one holder a row, down to the first row that holds no name there (probes CM A08,
    CN A1-2): a text layer's row as one line (the cell in the caption's place), OCR's as boxes (the
    boxes under the caption).  None when ``line`` heads no such row."""
    holder = next((w for w in line.text.split() if w in _HOLDER_LABELS), None)
    if holder is None:
        return None  # (the header row is read from its holder's caption)
    row = sorted([line] + row_of(text, line), key=lambda l: box(l)[0]) if len(line.text.split()) == 1 else [line]
    words = [w for l in row for w in l.text.split()]
    if sum(w in _AWARD_HEADERS for w in words) < 2 or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", w) for w in words):
        return None
    if len(row) == 1:  # a text layer: the first row by name_under, the rows under it alike
        under = name_under(text, line, holder)
        if under is None:
            return None
        names, at, cells = [under[0]], under[1], len(under[1].text.split())
        while (nxt := next_line(text, at, 3.0)) is not None and len(nxt.text.split()) == cells:
            name = nxt.text.split()[words.index(holder)] if cells == len(words) else None
            if not name or plain_names(name) != [name] or not has_surname(name):
                break
            names.append(name)
            at = nxt
        return names, under[1]
    x0, x1, h = box(line)[0], box(line)[2], line.line.height
    names, bottom, first = [], box(line)[3], None
    for cell in sorted((l for l in text.lines if l.page == line.page and box(l)[1] > bottom - 0.3 * h
                        and box(l)[0] < x1 and box(l)[2] > x0 and l not in row), key=lambda l: box(l)[1]):
        if box(cell)[1] - bottom > 4 * h or plain_names(cell.compact) != [cell.compact] or not has_surname(cell.compact):
            break
        names.append(cell.compact)
        bottom, first = box(cell)[3], first or cell
    return (names, first) if names else None


# A sentence naming its one completer with his place (授予“…”二等奖，主要完成人张飞（排名第二）。)
_RANKED_IN_SENTENCE = re.compile(r"(?:主要完成人员?|完成人员?|获奖人员?|获奖者)[:：]?\s*([\u4e00-\u9fff·]{2,5}?)\s*"
                                 r"[（(]\s*(?:排名|排序|第)")


def _ranked_in_sentence(text: DocText):
    """The completer a sentence names with his place in brackets: the certificate is his."""
    body, starts = running_text(text)
    match = _RANKED_IN_SENTENCE.search(body)
    if match and is_name(match.group(1)) and has_surname(match.group(1)):
        return [match.group(1)], line_at(starts, match.start(1))
    return None


# The sentence a holder's name is printed over (张华 | 在“…”项目中作出重要贡献，荣获…).
_ABOUT_HIM = re.compile(r"^(?:在|于|参与|参加|主持|作为|因|荣获|获得|同志|先生|女士|[，,])")


def _named_over_sentence(text: DocText):
    """A name on a line of its own near the top, the certificate's sentence about him opening
    the line under it: the one it is made out to (a transliterated name, 阿依古丽·吐尔逊, too)."""
    for line in text.lines[:12]:
        name = line.compact
        below = next_line(text, line)
        if below is None or not _ABOUT_HIM.match(below.compact) or not is_name(name, 9) \
                or not (has_surname(name) and len(name) <= 4 or "·" in name.strip("·")):
            continue
        if split_people(line.text) == [name]:
            return [name], line
    return None


def _honoured(text: DocText):
    """The one person a sentence names with 先生 or 女士 rather than 同志 (a Hong Kong or a
    company's certificate: ``茲證明歐陽曉紅女士…``), as ``layout.comrade`` reads him."""
    body, starts = running_text(text)
    # (君 after a name the sentence introduces: 兹有令狐思梅君参与完成之…, an old-style 奖状)
    for match in re.finditer("先生|女士|(?<=[\u4e00-\u9fff]{2})君(?=参与|参加|主持|完成|荣获|在|于|[,，:：])", body):
        name = sentence_person(body[max(0, match.start() - 14):match.start()])
        if name and is_name(name):
            return name, line_at(starts, match.start() - len(name))
    return None


_LIST_SEPARATORS = "、,，;；"


def _continues(piece: str, glued: bool) -> bool:
    """Whether a line under a list of people goes on with it: ``layout.names_line``, and no
    word of the certificate's (完成人排序 read as 排序, a header, 特发此证)."""
    return names_line(piece, glued, stop=_NOT_A_TEAM_LINE)


_NOT_A_TEAM_LINE = re.compile("|".join(sorted(_AWARD_HEADERS | {"排序", "证书", "特发", "此证"}, key=len, reverse=True)))


def _cut(before: str, after: str) -> bool:
    """``layout.cut_name``, except in a list whose names OCR spaced letter by letter (``王 磊``
    / ``刘 洋``): there a line ends on a whole name as often as on a cut one."""
    return cut_name(before, after) and not re.search(r"(?:^|\s)[\u4e00-\u9fff]\s+[\u4e00-\u9fff]$", before.rstrip())


def _listed(value: str) -> list[str] | None:
    """The people of a labelled value: one name, or a team in order.  A team's order gives
    ranks, so a piece inside it that is no name (a name lost under a seal) gives nobody,
    and so does one name before a separator (the rest of the team unread: no single holder)."""
    value = _ranks_noted(value)
    value = _NEXT_LABEL.split(value)[0]  # 张伟    排名：3: the next field of the line
    names = names_in(value)
    if len(names) > 1 or (names and value.rstrip()[-1:] in _LIST_SEPARATORS):
        names = (ranked_names(value) if whole_list(value) else None) or []
        if any(_UNIT.search(n) for n in names):  # 张伟，重庆大学；李娜，…: people and their units
            return None
        return names if len(names) > 1 else None
    # One name: a whole one (子远 is 诸葛子远 with its surname lost, and nobody's name).
    return names if len(names) == 1 and (labelled_surname(names[0]) or len(names[0]) > 2) else None


# A team whose every name carries its place: 冼国栋（排名1） 温婉（排名2） … 钮昊（排名 | 4）, the
# last note cut by the line's end.
_RANK_NOTE = re.compile(r"\s*[（(]\s*(?:(?:排名|排序|名次)\s*第?|第)\s*([\d一二三四五六七八九十]*)\s*(?:名|位)?\s*(?:[)）]|$)\s*")


def _ranks_noted(value: str) -> str:
    """A team's names with the place noted after each (in order, 1, 2, 3 …) as a plain list:
    the notes only say the order the list already gives.

    >>> _ranks_noted("冼国栋(排名1) 温婉(排名2) 蓬勃(排名3) 钮昊(排名")
    '冼国栋、温婉、蓬勃、钮昊'
    >>> _ranks_noted("冼国栋（排名第1） 温婉（第2名）")
    '冼国栋、温婉'
    >>> _ranks_noted("张伟(排名2) 李娜(排名1)")  # out of order: left for a person
    '张伟(排名2) 李娜(排名1)'
    """
    notes = list(_RANK_NOTE.finditer(value))
    if len(notes) < 2:
        return value
    places = [to_int(n.group(1)) if n.group(1) else None for n in notes]
    if [p for p in places if p is not None] != list(range(1, 1 + sum(p is not None for p in places))) \
            or any(p is None for p in places[:-1]):
        return value
    return "、".join(p.strip() for p in _RANK_NOTE.split(value)[::2] if p.strip() and not p.strip().isdigit())


# A unit among the people of a list (张伟，重庆大学；…) is no person.
_UNIT = re.compile(r"大学|学院|学校|公司|集团|研究院|研究所|设计院|中心|医院")
# The next field of a line after a value (获奖者：张伟    排名：3, 获奖者 张伟 工作单位 重庆大学):
# a label word, not a name with OCR's colon for a semicolon (张伟 李娜:王磊).
_NEXT_LABEL = re.compile(r"\s+(?=[\u4e00-\u9fff]{0,4}(?:名称|单位|等级|编号|日期|时间|排名|排序|名次|职称|职务|性别|"
                         r"级别|类别)\s*(?:[:：]|\s|$)|(?:排名|排序|名次|位次)\s*第?\s*[\d一二三四五六七八九十])")
# ``…项目（主要完成人：张三、李四、王五）荣获…``: the team in a sentence's brackets.
_BRACKETED = re.compile(r"[（(](?:主要完成人员|主要完成人|完成人员|完成人|获奖人员|获奖者|获奖人)[:：]([^（()）]{2,240})[)）]")


def _bracketed_people(text: DocText):
    """The team a sentence lists in brackets after its project, whole or not at all."""
    body, starts = running_text(text)
    match = _BRACKETED.search(body)
    if not match or not whole_list(match.group(1)):
        return None
    names = ranked_names(match.group(1))
    return (names, line_at(starts, match.start(1))) if names else None


# ``授予张三、李四、王五等同志…``: an award conferred on a team in a sentence.
_CONFERRED = re.compile(r"授予((?:[\u4e00-\u9fff·]{2,5}[、,，])+[\u4e00-\u9fff·]{2,5}?)等?(?:同志|先生|女士|同学)")


def _conferred(text: DocText):
    """The team a sentence confers the award on (``授予张三、李四、王五等同志``), each name
    after a common surname; two at least (one is ``comrade``'s)."""
    body, starts = running_text(text)
    match = _CONFERRED.search(body)
    if not match:
        return None
    names = ranked_names(match.group(1)) if whole_list(match.group(1)) else None
    if not names or len(names) < 2 or not all(has_surname(n) for n in names):
        return None
    return names, line_at(starts, match.start(1))


def _list_below(text: DocText, hit):
    """A list under a label that ends its line (``主要完成人：`` over ``张三、李四、王五``),
    at the margin or indented, continued over the lines it wraps onto; names after a
    common surname only, all or nothing (``layout.plain_names``)."""
    if hit.line.compact[hit.end:].strip(":：; ") or row_of(text, hit.line):
        return None
    below = next_line(text, hit.line)
    if below is None or LABEL_START.match(below.compact):
        return None
    grid = numbered_block(text, below)  # 获奖人员： over 1.陈 刚 | 2.尹雪梅 | 3.郑浩然 / 4.…
    if grid:
        return grid, below
    value = wrapped_list(text, below, below.text, fits=_continues, cut=_cut)
    names = plain_names(value) if whole_list(value) else None
    return (names, below) if names and all(has_surname(n) for n in names) else None


def _name_table(text: DocText):
    """A team certificate's table of people (序号 | 姓名 | 工作单位, 获奖人员 | 工作单位 | 排名):
    its names' column, in order."""
    heads = ("姓名", *_HOLDER_LABELS)  # (or the column captioned as its holders: 获奖人员 | 工作单位 | 排名)
    for line in text.lines:
        head = next((h for h in heads if line.compact.strip(":：") == h or len(line.text.split()) > 1 and h in line.text.split()), None)
        if head is None:
            continue
        row = [l.compact for l in row_of(text, line)] + line.text.split()
        if any(h in row for h in ("序号", "工作单位", "单位", "排名", "完成单位")):
            names = name_column(text, line, head)
            if len(names) >= 2:
                return names, line
    return None


# 获奖者（排序）：张三（3）: the holder's place in brackets after his name, the label saying so.
_RANK_AFTER_NAME = re.compile(r"[(（](?:排序|排名|名次|排位)[)）][:：]?\s*[\u4e00-\u9fff·]{2,6}?\s*"
                              r"[(（]\s*第?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:名|位)?\s*[)）]")

# The one holder a label heads, his place bracketed after his name: 获奖者：姜伟（3）.
_HOLDER_WITH_PLACE = re.compile(r"(?:" + "|".join(map(re.escape, _HOLDER_LABELS)) + r")[:：]?[\u4e00-\u9fff·]{2,6}"
                                r"[(（]第?(\d{1,2}|[一二三四五六七八九十]{1,3})(?:名|位|完成人)?[)）]")

# A name's place among the team, as a fraction after it: 喻晓峰（4/7）.
_FRACTION_RANK = re.compile(r"(?<=[\u4e00-\u9fff])[(（](\d{1,2})/(\d{1,2})[)）]")
_BRACKETED_PLACE = re.compile(r"[(（]\s*第?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:名|位)?\s*[)）]")


# The holder's own place, said to him (你的排名：第4, 本人排名 2/5): over any 第一完成人 the
# certificate also names.
_OWN_RANK = re.compile(r"(?:本人|你的|您的|个人|获奖人)排名[:：]?\s*(?:第\s*)?([一二三四五六七八九十\d]{1,3})(?:\s*[/／]\s*\d{1,3})?(?:名|位)?")


def _own_rank(text: DocText):
    return _place_on_a_line(text, _OWN_RANK.search)


def _place_on_a_line(text: DocText, match_line):
    """The first line ``match_line`` (a pattern's ``search`` or ``fullmatch``) matches whose
    group 1 is a place, 1 to 99, in figures or numerals: (place, line)."""
    for line in text.lines:
        match = match_line(line.compact)
        if match:
            value = match.group(1)
            rank = int(value) if value.isdigit() else to_int(value)
            if rank and 1 <= rank <= 99:
                return rank, line
    return None


def _award_rank(text: DocText):
    """第N完成人 / 排名第N in the text (on a line, else across a wrap: 排 / 名第9), the place
    bracketed after the one name a label for it heads (获奖者（排序）：张三（3）), else the 排名
    column of a table certificate."""
    for line in text.lines:
        found = _RANK_AFTER_NAME.findall(line.compact)
        if len(found) == 1 and len(_BRACKETED_PLACE.findall(line.compact)) == 1:  # not a team's places
            rank = int(found[0]) if found[0].isdigit() else to_int(found[0])
            if rank and 1 <= rank <= 99:
                return rank, line
    bracketed = _place_on_a_line(text, _HOLDER_WITH_PLACE.fullmatch)  # 获奖者：姜伟（3）: one holder, his place after him
    if bracketed:
        return bracketed
    fractions = [(m, line) for line in text.lines for m in _FRACTION_RANK.finditer(line.compact)]
    if len(fractions) == 1 and 1 <= int(fractions[0][0].group(1)) <= int(fractions[0][0].group(2)):
        return int(fractions[0][0].group(1)), fractions[0][1]  # 喻晓峰（4/7）: fourth of seven
    for line in text.lines:
        if re.search(r"第.{1,3}(完成人|完成单位|获奖人|获奖者|名|位)|排名|排序|位列", line.compact):
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
        value = re.sub(r"^第|[名位]$", "", "".join(found[0].split()))  # 完成人排序 | 第四
        rank = int(value) if value.isdigit() else to_int(value)
        if rank and 1 <= rank <= 99:
            return rank, found[1][0]
    for line in text.lines:  # the 证书号's person suffix: 2019-J-210-2-05-R03 is the third
        match = _CERT_NO_PERSON.search(line.compact)
        if match and re.search(r"证书(编)?号|编号|No", text.compact, re.I):
            return int(match.group(1)), line
    return None


# Science and technology award certificates number each person of a team: the 证书号 ends in
# R and the person's place (国家科学技术奖 2019-J-210-2-05-R03; the provinces copy it).
_CERT_NO_PERSON = re.compile(r"[0-9A-Z]-R(\d{1,2})(?![\dA-Z])")


def _award_level(text: DocText, f: Fields, award) -> None:
    """The level the issuer implies, else the one the award's name implies (国家科学技术进步奖
    when the seal hides the issuer's name).  A name that says 国家 decides first: the state
    awards are signed by committees that read as ministries (国家科学技术奖励委员会)."""
    sources = (issuer(text), award)
    if award is not None and level_of(award[0])[0] is Level.NATIONAL:
        sources = (award,)
    elif award is not None and re.match(r"(?:第[一二三四五六七八九十\d]+届)?中国专利(?:金|银|优秀)?奖", award[0]):
        # the state's patent prize (中国专利金奖, 中国专利优秀奖: 国家知识产权局 with WIPO) is a
        # national award, though its office alone reads as a ministry
        f.set("level", Level.NATIONAL.value, award[1])
        f.notes.append(f"级别：{award[0]}为国家知识产权局设立的国家级奖项")
        return
    elif award is None or not _ASSOCIATION_AWARD.search(award[0]):
        # (a society's award names its level nowhere: the winner's unit printed low on it
        # is no issuer)
        sources = (*sources, _signing_company(text))
    for source in sources:
        if source is None:
            continue
        level, why = level_of(source[0])
        f.notes.append(f"级别：{why}")
        if level is not None:
            f.set("level", level.value, source[1])
            return


_ASSOCIATION_AWARD = re.compile(r"学会|协会|联合会|促进会|研究会|联盟|商会")
# Captions of the winner's unit (完成单位 | 重庆…有限公司): its value is no signer.
_WINNERS_UNIT = re.compile(r"完成单位|获奖单位|工作单位|所在单位|推荐单位|申报单位|^单位")
_COMPANY = re.compile(r"[\u4e00-\u9fff（）()]{4,30}(?:有限责任公司|股份有限公司|有限公司|集团|公司)")


def _signing_company(text: DocText):
    """An enterprise's award is signed by the company at the foot (重庆…有限公司, its seal's
    caption beside it): the last line, in the certificate's second half, that is a company's
    name and nothing else."""
    def winners(line) -> bool:  # the value of a 完成单位 caption beside it or just above
        return any(_WINNERS_UNIT.search(o.compact) for o in text.lines[max(0, line.index - 2):line.index]
                   + row_of(text, line)) or column_head(line)

    def column_head(line) -> bool:  # a cell of a table's 工作单位 column (获奖人员 | 工作单位 | 排名)
        return any(o.page == line.page and len(o.compact) <= 6 and _WINNERS_UNIT.search(o.compact)
                   and box(o)[3] <= box(line)[1] and box(line)[1] - box(o)[3] < 10 * line.line.height
                   and box(o)[0] < box(line)[2] and box(o)[2] > box(line)[0] for o in text.lines)

    lower = [l for l in text.lines[len(text.lines) // 2:]
             if _COMPANY.fullmatch(re.sub(r"[（(]盖章[)）]$", "", l.compact)) and not winners(l)]
    return (lower[-1].compact, lower[-1]) if lower else None


def _award_date(text: DocText):
    """The lowest date, unless it precedes the award's year (``2017年度`` awarded in 2015
    is a misread year): a wrong date is worse than none.  A 证书编号 is no date, even when
    it looks like one (``KJJ-2022-11-03``)."""
    labelled = labelled_field(text, _AWARDED_ON)  # 授奖日期 | 2020-09-08, above an e-certificate's 打印时间
    dated = (parse_date(labelled[0]), labelled[1]) if labelled and parse_date(labelled[0]) else _lowest_date(text)
    year = re.search(r"((?:19|20)\d{2})年度", running_text(text)[0])
    if dated and year and dated[0].year < int(year.group(1)):
        return None
    return dated


_AWARDED_ON = ["授奖日期", "获奖日期", "授奖时间", "获奖时间", "颁奖日期", "颁发日期", "发证日期"]
_NUMBER_LABEL = re.compile(r"编号|证号|证书号|\bNo\s*[.:：]", re.I)
_OTHER_DATES = ("收稿日期", "申请日", "专利申请日", "开发完成日期", "首次发表日期")


def _lowest_date(text: DocText):
    """``layout.body_date`` without the lines that print a number (证书编号：…)."""
    best = None
    # (nor an office's 印发 line under a decision: when it was printed, not decided, probe DC ad1 — unless
    # it is the only day printed, an annex bound alone, probe CU a23)
    signed = any(not PRINTED_ON.search(l.compact) and find_dates(l.text) for l in text.lines)
    for line in text.lines:
        if margin_note(line) or signed and PRINTED_ON.search(line.compact):
            continue
        numbered = _NUMBER_LABEL.search(line.text)
        for found in find_dates(line.text):
            # (a date in a cell of its own after the number's, a text layer's wide gap between:
            # 证书编号:2023KJ-2-087   2023年11月, probe CU a25)
            apart = re.search(r"\S\s{2,}$", line.text[:found.span[0]]) is not None
            if found.label in _OTHER_DATES or (numbered and numbered.start() < found.span[0] and not apart):
                continue
            key = (line.page, line.top)
            if best is None or key >= best[0]:
                best = (key, found.value, line)
    return (best[1], best[2]) if best else None


def _facts(f, kind, rank, core_journal):
    return {"level": as_level(f.get("level"), Level), "rank": f.get("rank") or rank, "grade": f.get("grade"),
            "date": as_date(f.get("date")), "technical": f.get("technical")}


DOCTYPE = DocType(
    key="award_certificate", identity=("project_title", "award_name"), one_page=True, name="获奖证书",
    same_achievement=("project_title", "grade"),
    cues=Cues(
        titles=("获奖证书", "荣誉证书", "奖励证书", "科学技术进步奖", "科技进步奖", "技术发明奖", "奖状",
                "获奖证明", "科学技术奖", "科技奖",
                # a patent prize (中国专利优秀奖, 重庆市专利奖), whose certificate prints the patent's fields
                "专利奖", "专利优秀奖", "专利金奖", "专利银奖"),
        labels=("荣获", "获奖", "等奖", "特发此证", "以资鼓励", "特此表彰", "奖励", "获奖项目", "获奖者", "获奖人", "奖励等级", "获奖等级", "完成人序号",
                "完成人", "获奖单位", "项目名称", "证书编号", "经评审", "大赛", "竞赛", "特等奖", "金奖",
                "银奖", "铜奖",
                # a certificate titled 证书 alone: …成果，被评为…三等奖
                "被评为", "优秀奖"),
        requires=("荣获", "获奖", "等奖", "奖", "表彰", "被评", "荣誉称号", "称号"),
        requires_why="没有获奖内容",
        # an applicant's index or list of achievements names it without being one; a nomination's
        # or a shortlist's certificate (被提名为…候选项目, 入围…, 本证书不作为获奖证明) is no prize
        # (入围 alone is no mark: 入围全国总决赛，经终评荣获二等奖 won; “专精特新”入围企业 in a title, probe CZ r1)
        penalties=LISTS + ("被提名为", "候选项目", "候选名单", "不作为获奖证明", "不作为获奖依据", "入围项目", "入围名单", "入围公示", "提名参评",
                           "同意提名", "进入终评"),
        # a prize's nomination (科学技术奖提名书, 推荐书, 申报书, 提名证书) asks for it: no award won
        # (a shortlist or a nomination in a certificate's own sentence: no prize won yet)
        refusing_sentences=(r"进入[^。；;]{0,40}?候选名单", r"入围[^。；;]{0,30}?(?:终评|复评|答辩|评审)(?![^。；;]{0,30}?(?:荣获|获得|授予|获)[^。；;]{0,12}奖)",
                            r"被提名为[^。；;]{0,30}?候选",
                            r"同意提名[^。；;]{0,30}?参评", r"不作为获奖(?:证明|依据)",
                            # (a grade that is no prize won: 奖励等级：提名奖 | 入围奖, probe CW P19, P20, wrong mets)
                            r"(?:奖励|获奖|奖项)?等级[:：]?\s*(?:提名奖|入围奖)", r"(?:荣获|获得|授予)[^。；;，,]{0,40}?(?:提名奖|入围奖)"),
        refusing_titles=("提名书", "提名表", "提名证书", "提名证明", "提名通知", "入围证书", "入围通知", "入围证明", "推荐书", "推荐表", "申报书", "申报表", "申请书", "申请表",
                         # a notice of the projects proposed for a prize (拟奖项目的公示) awards nothing yet
                         "公示") + EVENTS,
    ),
    extract=extract_award,
    fields=("award_name", "level", "grade", "project_title", "holder", "holders", "rank", "date", "technical"),
    decisive=("level", "holder", "rank", "date"),
    labels={"holder": "获奖人", "holders": "获奖人", "project_title": "获奖项目", "date": "授奖日期", "technical": "技术类奖项"},
    ranked=("holders", "holder"), under_seal=("date",), row_people="holders",
    kinds=(Kind.AWARD,), facts=_facts, applicant_rank=award_applicant_rank,
)
