"""职称证书: professional-title certificates (booklets, tables, sentences, printouts).

A booklet's inner page is a form (姓名 | 司马俊峰, 资格名称 | 工程师, 评审通过时间 | …), an
电子证书 printout a list of ``标签：值`` lines, an older certificate a sentence
(``司马俊峰同志经重庆市…评审委员会评审，具备高级工程师任职资格``).  The date is when the
title was obtained (取得资格时间, 评审通过时间, 批准时间, 审批时间 …); the issue date (发证日期,
or the date at the foot) only when none of those is printed, and never a birth month beside
its 出生年月 cell.
"""

from __future__ import annotations

import re

from ..fields.dates import find_dates, parse_date, without_dates
from ..fields.people import has_surname, labelled_surname
from ..layout import (beside_other_date_caption, in_other_date_column, OTHER_DATE_CAPTIONS, certified, column_below, comrade, field_value, row_of, heading_labels, is_name, issue_date_of_form, line_at, line_below,
                      names_in, one_person, running_match, running_text, spelled_label_values, title_key)
from ..text import DocText, same_row
from .base import LISTS, Cues, DocType, Fields, annex_rows, date_of, value_of

_TITLE_LABELS = ["资格名称", "专业技术职务", "职称名称", "资格级别", "职务名称", "任职资格", "职称"]
# 具备高级工程师任职资格, 取得工程师资格: the title the certificate confers, in its sentence
# (a committee's name, 机械工程高级工程师评审委员会, may name another).
_CONFERRED = re.compile(r"(?:具备|取得|获得|评为|确认为?)((?:(?!具备|取得|获得)[^。，,]){0,16}?(?:工程师|技术员))"
                        r"(?:专业技术)?(?:职务)?(?:任职)?(?:资格|职称)")
_OBTAINED = ["取得资格时间", "资格取得时间", "评审通过时间", "资格时间", "资格日期", "取得时间", "批准时间", "任职时间", "通过时间",
             "取得资格日期", "资格取得日期", "评审通过日期", "评审时间", "评审日期", "审批时间", "审批日期",
             "批准日期", "授予时间", "授予日期", "通过日期", "获得时间", "认定时间", "认定日期", "取得日期", "获得日期",
             # (a query's 评审（认定）时间: reviewed or recognised, that day)
             "评审(认定)时间", "评审（认定）时间", "认定(评审)时间", "评审(认定)日期", "评审（认定）日期"]
_ISSUED = ["发证日期", "颁发日期", "发证时间", "颁证日期", "签发日期"]
_HOLDER_LABELS = ["姓名", "持证人"]
# The columns of a query result (职称证书查询: one row under a header row): a label among
# them heads a column and is no value of its neighbour.
_HEADERS = frozenset(_TITLE_LABELS + _OBTAINED + _ISSUED + _HOLDER_LABELS + [
    "性别", "专业", "专业名称", "职称专业", "证书编号", "身份证号", "工作单位", "评委会名称", "评审委员会", "发证机关",
    "出生年月", "序号"])


def extract_title_certificate(text: DocText) -> Fields:
    f = Fields()
    f.put("holder", _labelled_holder(text) or one_person(text, _HOLDER_LABELS) or _spelled_holder(text)
          or comrade(text) or certified(text) or _conferred_holder(text) or _opening_holder(text))
    f.note_printed(text, "holder", "持证人")
    review = _review_passed(text)
    latest = None if review else _latest_row(text)
    if latest is not None:  # a booklet's table of titles held, one a row: the latest is the one he holds
        review = latest
    found = review[0] if review else _labelled_title(text) or _conferred_title(text)
    if found is None:  # a line that names a title, never the committee's name (…高级工程师评审委员会)
        # (nor the row of the title held before it, 原资格名称 工程师 above 现资格名称 高级工程师, probe DX T14)
        line = next((l for l in text.lines if _title_key(l.compact) and "证书" not in l.compact
                     and not _COMMITTEE.search(l.compact) and not _BEFORE_IT.match(l.compact)), None)
        found = (_title_key(line.compact), line) if line else None
    f.put("title", found)
    obtained = (review[1] if review else None) or _counted_from(text) or _labelled_date(text, _OBTAINED) \
        or date_of(text, _OBTAINED) or _passed_on(text)
    if obtained is not None and _HELD_BEFORE.search(obtained[1].compact):
        # (a 评审表's row of the title held before, 现专业技术职务 助理工程师 取得时间 2016年9月: the
        # verdict's date is the new title's, probe DL R1a; none rather than the old one's)
        printed, signed = _verdict_date(text)
        obtained = signed if printed else None
    # The issue date stands in only where no date of obtaining is printed: beside a 评审通过时间
    # left unread it would be a date of something else.
    if obtained is None and not heading_labels(text, _OBTAINED):
        obtained = _labelled_date(text, _ISSUED) or date_of(text, _ISSUED)
        if obtained is None:
            printed, signed = _verdict_date(text)
            # Under a verdict whose date was not read, the form's other dates (the unit's
            # recommendation above it) are of something else: no date rather than a wrong one.
            obtained = signed if printed else issue_date_of_form(text)
    if obtained is not None and len({d.value for d in find_dates(obtained[1].text)
                                     if d.value.day is not None}) > 1 and _labelled_twice(obtained[1]):
        # 取得资格时间 2010年12月21日 2011年2月20日: one struck through and corrected by hand under a
        # 更正 stamp, the other not; which is which the text cannot tell
        f.issue("warning", "date_mismatch", f"取得资格时间处有两个不同日期（{obtained[1].compact[:40]}），可能有涂改更正，需人工核对")
        obtained = None
    f.put("date", obtained)
    internal = _internal(text)
    if internal and "title" in f.values:
        # A company grants no 职称 (第二条: titles are reviewed or recognised by the 人社 departments
        # and the bodies they empower): its own 内部认定 qualifies for its own posts only.
        f.values.pop("title")
        f.sources.pop("title", None)
        f.issue("warning", "title_not_recognised",
                f"证书写明「{internal}」：单位内部认定的资格不是职称评审或认定取得的职称，不作现有职称计，需人工核对")
    if latest is None:  # (one person's titles, a register's rows of his: no annex of several people)
        annex_rows(text, f, _ANNEX_COLUMNS)
    return f


# A company's own recognition of a grade (单位内部认定（仅限本单位聘用）, 发证机关：…公司人力资源部,
# 经公司技术职务评审委员会评审), and the words that limit a grade to the company's own posts
# (仅在本公司有效, 仅供公司内部岗位聘任使用).  A row of the date it was appointed to a post under
# the title (单位内部聘任时间：2020年7月) says nothing of who granted it.
_INTERNAL = re.compile(r"(?:单位|企业|公司|集团)内部(?:认定|评定|评审|职称|技术职务|聘任(?!时间|日期|期限|起止))|"
                       r"(?:公司|企业|厂)(?:技术)?职称评定小组|经(?:本)?(?:公司|企业|厂)(?:技术职务|专业技术职务|职称)?评审委员会|"
                       r"(?:发证机关|发证单位|评审(?:\(考试\)|（考试）)?组织|认定(?:机构|单位))[:：]?[^:：]{2,30}?"
                       r"(?:有限责任公司|股份有限公司|有限公司|集团)(?:人力资源部|人力资源中心|人事部|人事处|人力资源处)$")
# (a group empowered to review titles, 发证机关：中国石油天然气集团有限公司, is not its HR department)
_OWN_POSTS = re.compile(r"仅限本(?:单位|企业|公司|集团)(?:内部)?(?:聘用|使用|有效)|仅在本(?:单位|企业|公司|集团)(?:范围)?内?(?:有效|使用)|"
                        r"仅供(?:本)?(?:单位|企业|公司|集团)内部")
# The 人社 department that issues a title reviewed by an empowered enterprise's committee (its
# 备注 may say it holds within the enterprise): a title, its scope for a person to weigh.
_BY_HRSS = re.compile(r"(?:发证机关|发证单位|颁发单位|批准机关|核发机关|核准机关|发证部门)(?:[(（](?:盖章|公章|印章|章)[)）])?[:：]?[^:：]{0,12}"
                      r"(?:人力资源(?:和|与)社会保障(?:局|厅|部)|职称改革(?:工作)?(?:领导小组)?办公室)|"
                      # (the department's name alone on its line: its seal's words)
                      r"^[\u4e00-\u9fff]{2,10}(?:人力资源(?:和|与)社会保障(?:局|厅|部)|职称改革(?:工作)?(?:领导小组)?办公室)(?:[(（]盖章[)）])?$")


def _internal(text: DocText) -> str | None:
    """The words that say the grade was given by a company itself, for its own posts: what its
    issuer or its way of obtaining says (单位内部认定, 仅限本单位聘用, 发证机关：…有限公司人力资源部).

    A 人社 department's certificate that limits the title to the enterprise whose committee
    reviewed it (企业自主评审取得的职称，仅在本单位范围内有效) is a title: None."""
    by_hrss = any(_BY_HRSS.search(line.compact) for line in text.lines) \
        and not any(re.search(r"(?:发证|颁发|核发)(?:机关|单位|部门)[:：]?[^:：]{0,30}(?:有限责任公司|股份有限公司|有限公司|集团)", l.compact)
                    for l in text.lines)  # (发证单位：…有限公司 beside an office's name: the company issues it)
    for line in text.lines:
        match = _INTERNAL.search(line.compact) or (None if by_hrss else _OWN_POSTS.search(line.compact))
        if match:
            return match.group(0)
    return None


# The booklet table's column of when each title was granted: 评审（认定）时间, 取得时间.
_WHEN_HEAD = re.compile(r"(?:评审|认定|取得)(?:[(（](?:认定|评审)[)）])?(?:资格)?(?:时间|日期)")
# A row of the booklet's table that holds no title: 未通过, 撤销, 作废 beside it.
_NOT_HELD = re.compile(r"未通过|不通过|不合格|不予|撤销|取消|作废|无效|暂缓")


def _latest_row(text: DocText):
    """A booklet's table of the titles its holder was granted, one a row under 资格名称 beside
    评审（认定）时间 (工程师 2007年11月, then 高级工程师 2015年12月): the latest row's title and
    date, as ``_review_passed`` gives them; None with fewer than two such rows or a row whose
    title or date was not read."""
    for header in text.lines:
        words = header.text.split()
        if len(words) > 1 and any(w in ("资格名称", "职称名称") for w in words):
            # a text layer's one line of captions, each row one line: 2007年11月  工程师  …
            at = next(k for k, w in enumerate(words) if w in ("资格名称", "职称名称"))
            when = next((k for k, w in enumerate(words) if _WHEN_HEAD.fullmatch(w)), None)
            if when is None:
                continue
            rows = []
            for line in text.lines[header.index + 1:]:
                cells = line.text.split()
                dated = parse_date(cells[when]) if line.page == header.page and len(cells) > max(at, when) else None
                key = _title_key(cells[at]) if dated is not None else None
                if key is None:
                    break
                if _NOT_HELD.search(line.compact):
                    return None  # a row not passed or revoked (高级工程师（未通过）): for a person to read
                rows.append((dated, key, line))
            named = words.index("姓名") if "姓名" in words else None
            if named is not None and len({r[2].text.split()[named] for r in rows if len(r[2].text.split()) > named}) > 1:
                return None  # (several people's rows: a notice's annex, whose row is whose the audit decides)
            if len(rows) >= 2:
                dated, key, line = max(rows, key=lambda r: r[0].earliest())
                return (key, line), (dated, line)
            continue
        if header.compact not in ("资格名称", "职称名称", "专业技术资格"):
            continue
        times = [l for l in row_of(text, header)
                 if _WHEN_HEAD.fullmatch(l.compact)]
        if len(times) != 1:
            continue
        rows = []
        for cell in column_below(text, header):
            key = _title_key(cell.compact)
            dated = next((d for l in column_below(text, times[0]) if same_row(l, cell)
                          for d in [parse_date(l.compact)] if d is not None), None)
            if key is None or dated is None or any(_NOT_HELD.search(l.compact) for l in row_of(text, cell) + [cell]):
                return None  # (a row not passed or revoked, 高级工程师（未通过）: for a person to read)
            rows.append((dated, key, cell))
        if len(rows) < 2:
            return None
        dated, key, cell = max(rows, key=lambda r: r[0].earliest())
        return (key, cell), (dated, cell)
    return None


_APPLIED_LABELS = ["申报专业技术资格", "申报资格", "申报职称", "拟申报资格", "申报专业技术职务"]
_PASSED = re.compile(r"同意通过|评审通过|通过评审|同意.{0,8}具备")


def _review_passed(text: DocText):
    """A review form (评审表) the committee passed: the title applied for (申报专业技术资格 —
    not the 现专业技术资格 it also prints) and the day of the review (评审通过时间), or ``None``."""
    if not _PASSED.search(text.compact):
        return None
    applied = next(((found[0], found[1][0]) for hit in heading_labels(text, _APPLIED_LABELS)
                    for found in [field_value(text, hit, _HEADERS)] if found), None)
    key = _title_key(applied[0]) if applied else None
    if not key:
        return None
    passed = _labelled_date(text, ["评审通过时间", "评审通过日期", "评审时间", "评审日期"])
    return (key, applied[1]), passed


# A notice of results: 其资格从2022年11月26日起计算 — the day the title counts from, not the notice's.
# (or an approval's sentence: 资格认定时间为2021年9月1日 — not the 原取得时间 of the title it replaces)
_COUNTS_FROM = re.compile(r"(?:资格|职称)(?:取得)?(?:时间)?(?:从|自)((?:19|20)\d\d年\d{1,2}月\d{1,2}日)起(?:计算|算|生效)|"
                          r"(?:资格|职称)(?:认定|取得|评审通过)(?:时间|日期)为((?:19|20)\d\d年\d{1,2}月\d{1,2}日)|"
                          # (…评审委员会2022年12月16日评审通过…，资格取得时间为评审通过之日: the day it names, probe DX T08)
                          r"((?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:召开会议)?(?:评审|认定)通过[^。]{0,80}?"
                          r"(?:资格|职称)(?:取得|认定)?(?:时间|日期)(?:为|以)评审通过之日")


def _counted_from(text: DocText):
    body, starts = running_text(text)
    match = _COUNTS_FROM.search(body)
    group = next(k for k in (1, 2, 3) if match.group(k)) if match else 0
    date = parse_date(match.group(group)) if match else None
    return (date, line_at(starts, match.start(group))) if date else None


# An old certificate's sentence: 经…评审委员会于一九九五年十一月二十日评审通过.
# (or 于二〇一二年三月经…评审委员会评审，具备工程师任职资格: the day of the review, not the 填发日期)
# (认定 as well as 评审: …经…初级职称评审（认定）委员会认定，具备助理工程师任职资格; a year whose 〇
# a seal took, 二 一七年, is read as dates read it)
_PASSED_ON = re.compile(r"于([0-9〇零一二三四五六七八九十][0-9〇零一二三四五六七八九十\s]{2,4}年[0-9〇零一二三四五六七八九十]{1,3}月"
                        r"(?:[0-9〇零一二三四五六七八九十]{1,3}日)?)"
                        r"(?:经[^。，,]{0,40})?(?:评审|认定)(?:通过|[，,]\s*具备[^。]{0,20}?资格)")


def _passed_on(text: DocText):
    body, starts = running_text(text)
    match = _PASSED_ON.search(body)
    date = parse_date(match.group(1)) if match else None
    if date:
        return date, line_at(starts, match.start(1))
    # (the sentence beside a counterfoil, whose lines the page's order interleaves with it:
    # read down its own column)
    for line in text.lines:
        if "于" not in line.compact:
            continue
        chain = [line]
        while len(chain) < 4 and (below := line_below(text, chain[-1], max_gap=1.5)) is not None:
            chain.append(below)
        match = _PASSED_ON.search("".join(l.compact for l in chain))
        date = parse_date(match.group(1)) if match else None
        if date:
            return date, line
    return None


def _verdict_date(text: DocText):
    """(whether a committee's verdict is printed, the date signed under it or None).

    On a 评审表's last page the verdict (评审结论：同意胡军同志具备高级工程师任职资格) is dated
    by the first date after it, not by the unit's recommendation above it (同意推荐申报…),
    nor by a birth date."""
    body, starts = running_text(text)
    verdict = next((m for m in _CONFERRED.finditer(body) if "推荐" not in body[max(0, m.start() - 12):m.start()]
                    and re.search(r"同意|通过|评审结论", body[max(0, m.start() - 30):m.start()])), None)
    if verdict is None:
        return False, None
    after = line_at(starts, verdict.end() - 1)
    for line in text.lines:
        if (line.page, line.index) <= (after.page, after.index) or OTHER_DATE_CAPTIONS.search(line.compact) \
                or in_other_date_column(text, line) or beside_other_date_caption(text, line):
            continue  # (a birth date in its own cell, 出生年月 | 1982年5月, a booklet's left page beside the verdict)
        found = find_dates(line.text)
        if found and found[0].value.month:
            return True, (found[0].value, line)
    return True, None


def _title_key(words: str) -> str | None:
    """``layout.title_key``, 研究员级高级工程师 (研究员级高工) read as the 正高级 title it is."""
    return title_key(re.sub(r"研究员级\s*高(?:级工程师|工)", "正高级工程师", words))


# A 人社 notice's 附件: those who passed, one to a row (序号 | 姓名 | 工作单位 | 专业 | 资格名称).
_ANNEX_COLUMNS = {
    "姓名": ("holder", lambda cell: cell if is_name(cell, longest=4) else None),
    **{w: ("title", _title_key) for w in _TITLE_LABELS + ["资格", "评审通过资格", "专业技术资格", "通过资格", "取得资格"]},
}


# ``张伟，男，1980年5月生，经…评审，具备…``: the holder opens the certificate's sentence.
# (or his schooling or birth first: 诸葛杰，2015年7月毕业于…，经考核认定，具备…)
_OPENING = re.compile(r"^([\u4e00-\u9fff·]{2,5}?)(?:同志)?[,，]\s*(?:(?:性别)?[男女][,，]|"
                      r"(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?(?:毕业于|出生|生[,，]))")


def _opening_holder(text: DocText):
    for line in text.lines:
        match = _OPENING.match(line.compact)
        if match and is_name(match.group(1), longest=4) and has_surname(match.group(1)):
            return match.group(1), line
    return None


_COMMITTEE = re.compile(r"委员会|评委会|评审会|评委")


def _conferred_holder(text: DocText):
    """The holder who opens the conferring clause without 同志 (``…评审委员会评审，陈思远具备
    工程师专业技术资格``): the whole clause between its punctuation and 具备/取得 is his name."""
    body, starts = running_text(text)
    for match in _CONFERRED.finditer(body):
        # (or with 同志 after him: …评审，眭俊同志具备工程师资格, probe DG P05)
        clause = re.search(r"(?:^|[,，。;；:：])([\u4e00-\u9fff·]{2,5}?)(同志)?$", body[:match.start()])
        name = clause.group(1) if clause else ""
        # (同志 says a person: a rarer surname will do, 眭俊同志)
        surname = has_surname(name) or bool(clause and clause.group(2)) and labelled_surname(name)
        if name and is_name(name, longest=4) and surname and not _COMMITTEE.search(name):
            return name, line_at(starts, clause.start(1))
    return None


def _labelled_holder(text: DocText):
    """The name after 姓名: on its line, in the cell beside it, or under it in a query's column."""
    for hit in heading_labels(text, _HOLDER_LABELS):
        found = field_value(text, hit, _HEADERS)
        names = names_in(found[0]) if found else []
        if names:
            return names[0], found[1][0]
    return None


def _labelled_twice(line) -> bool:
    """``line`` is a label of obtaining with two whole dates after it and nothing else (no
    label of its own before the second: 发证日期：2015/7/31 is another date)."""
    label = next((label for label in _OBTAINED if line.compact.startswith(label)), None)
    if label is None:
        return False
    return re.sub(r"\s+", "", without_dates(line.text)).strip(":：") == label


def _before_it(hit) -> bool:
    """A label of the title held before this one (原 职 称：助理工程师, 原职称取得时间, 原资格名称 | 工程师,
    原取得时间, probes DX T14 and EB12, EB13, EB40): its value is no part of what this certifies."""
    return re.search(r"原[\u4e00-\u9fff]{0,4}$", hit.line.compact[:hit.start]) is not None


def _labelled_date(text: DocText, labels: list[str]):
    """A date beside its label, or under it in a query's column."""
    for hit in (h for h in heading_labels(text, labels) if not _before_it(h)):
        found = field_value(text, hit, _HEADERS)
        date = parse_date(found[0]) if found else None
        if date is not None:
            return date, found[1][0]
    return None


def _spelled_holder(text: DocText):
    """``姓`` | ``名`` | ``朱立``: the letter-spaced label of a printout, boxed letter by letter."""
    for value, line in spelled_label_values(text, ["姓名", "持证人"]):
        if re.match(r"\s*签[名字章]", value):
            continue  # (持证人签名： is where the holder signs, its value no name)
        names = names_in(value)
        if names:
            return names[0], line
    return None


def _labelled_title(text: DocText):
    """The title after its label: on the line, in the cell beside it, or under it."""
    for hit in heading_labels(text, _TITLE_LABELS):
        if _before_it(hit):
            continue
        found = field_value(text, hit, _HEADERS)
        if found and _title_key(found[0]):
            return _title_key(found[0]), found[1][0]
    found = value_of(text, _TITLE_LABELS)
    return (_title_key(found[0]), found[1]) if found and _title_key(found[0]) and not _BEFORE_IT.match(found[1].compact) else None


def _conferred_title(text: DocText):
    found = running_match(text, _CONFERRED)
    return (_title_key(found[0].group(1)), found[1]) if found and _title_key(found[0].group(1)) else None


_BEFORE_IT = re.compile(r"(?:原|原有|原任|以前)(?:专业技术职务|资格|职称|任职资格|技术职务|资格名称)")
_HELD_BEFORE = re.compile(r"现(?:专业技术职务|职称|任职务|任职称|任|聘|专业技术资格|资格)")


# What a committee or an office wrote granting the title: a verdict or an approval with its number.
_GRANTED = (r"具备[^。；;]{0,24}资格|同意[^。；;]{0,16}?(?:认定|确认|授予|初定|评定|核定)|予以(?:认定|确认|初定)|资格取得时间为|评审通过|通过评审|表决通过|"
            r"结论[:：]?\s*(?:通过|同意)|(?:批准|审批|发文)文号[:：]?\s*[\u4e00-\u9fff]{1,12}[〔\[(（]\d{4}")


DOCTYPE = DocType(
    key="title_certificate", identity=("holder", "title"), one_page=True, name="职称证书", row_people="holder",
    cues=Cues(
        # Besides the certificate: the 评审表 whose last page records the committee's
        # verdict and the approval (评审结论, 批准文号), and electronic certificates.
        titles=("专业技术职务任职资格证书", "专业技术资格证书", "职称证书", "专业技术职称证书", "职称电子证书",
                "专业技术职务资格证书", "任职资格证书", "职称资格证书", "电子职称证书",
                # the 计算机技术与软件 (软考) certificate, whose 中级 is a title (人社部发〔2003〕39号)
                "专业技术资格(水平)证书", "专业技术资格（水平）证书",
                # a title 认定 (recognised, not reviewed: 初级 and 中级 by qualification and years)
                "资格认定证书", "职称认定证书",
                # a unit's form recognising a graduate's first title (初级…任职资格确认表, 初定审批表)
                "资格确认表", "资格认定表", "职称确认表", "职称认定表", "认定审批表", "初定审批表", "初定表",
                "初次认定审批表", "职称初次认定",
                # never a bare 评审表: 职称评审委 in a letter is one character from it
                "专业技术职务任职资格评审表", "专业技术资格评审表", "专业技术资格电子证书",
                # a 人社 notice of who passed (its 附件 lists them): 关于公布…职称评审结果的通知
                # (never 工程师资格 alone: a letter recommending one for 高级工程师资格 says it)
                "职称评审结果", "评审通过人员名单", "资格评审结果", "资格人员名单",
                # 关于王静等25名同志具备中级专业技术资格的通知, …具备正高级工程师资格的通知
                "资格的通知", "资格的决定", "资格的批复",
                # the register's own answer (全国专业技术人才职称信息查询 | 查询结果: 姓名, 职称名称, 取得时间)
                "职称信息查询",
                # an exam's title (经济师, 会计师 since 2019): 中华人民共和国专业技术人员职业资格证书
                "专业技术人员职业资格证书"),
        # a unit's or a district's form recognising a first title: 专业技术人员初次认定专业技术职务任职资格审批表
        title_patterns=(r"(?:初次认定|初定|认定|确认)[\u4e00-\u9fff]{0,16}(?:审批表|确认表|认定表)",),
        labels=("资格名称", "专业技术职务", "评审通过时间", "批准文号", "评委会", "取得资格时间",
                "资格级别", "职称", "任职资格", "专业名称", "审批机关", "职称名称", "批准时间", "批准机关",
                "人力资源和社会保障局", "人力资源和社会保障厅", "评审结论", "资格证书编号", "评审组织",
                "资格取得时间", "认定资格", "认定时间", "认定日期", "认定机关", "确认资格", "确认时间",
                # a booklet's inner page, its title on the cover (评审机构 | 通过时间 | 发证时间)
                "评审机构", "发证时间",
                # a card's holder and how it was had (持证人, 取得方式 考核认定); a review form's verdict rows
                "持证人", "取得方式", "评审委员会意见", "评委会意见", "审批机关意见",
                # (a 重庆 booklet's spread with no heading, its seal's letters set round apart: the
                # committee's name and its 评审(认定)时间 row, probe DX T01)
                "评审(认定)时间", "评审（认定）时间", "职称评审委员会"),
        # a notice of who passed, put up for objections (评审通过人员公示), is not yet the result
        # (an application for a title — 申报表, 推荐表, 申请表 — names the title held and the one
        # applied for, and confers neither; a 评审表 is read, its last page holding the verdict)
        refusing_titles=("公示", "申报表", "推荐表", "推荐意见表", "推荐信", "推荐书", "申请表", "登记表",
                         # a skill's certificate (电工 三级/高级技能, 高级工) is no 职称 (第十八条's road, not
                         # this one's); one letter from 职称资格证书
                         "职业资格证书", "职业技能等级证书", "技能等级证书", "职业技能鉴定"),
        # a 评审表 is the application the committee's verdict is written on: its cover or pages
        # without the verdict (现任职称, 申报资格, 填表日期) show no title had
        # (the verdict's words, not its captions: a form filled in by the applicant prints 评审结论
        # and 审批意见 over cells holding （盖章） 年 月 日, probe DL R1b, R1m)
        titles_needing=(("评审表", _GRANTED, "评审表的评审结论、审批意见处为空：是申报材料，不是职称证明"),
                        ("审批表", _GRANTED, "审批表的审核意见处为空：未见认定，不是职称证明"),
                        ("认定表", _GRANTED, "认定表未见认定意见：不是职称证明"),
                        ("确认表", _GRANTED, "确认表未见确认意见：不是职称证明")),
        # a review's result that grants nothing (你申报的高级工程师资格，经…评审，未获通过。你现有的工程师
        # 资格…不受影响): its heading and the title applied for read as a grant, a false met (probe DP L24).
        # The applicant's own result only: a certificate's or a notice's rules say 不予认定 and 未通过 of
        # others in passing (有下列情形之一的，不予认定; 未通过人员另行通知; 未通过评审…的，证书信息不予显示),
        # which had refused four genuine title papers (probe DQ t1, t2, t3, t5)
        refusing_sentences=(r"(?:你|您|该同志)(?:所)?申报的[^。；;]{0,60}?(?:未获通过|未能通过|未通过|不予认定|不予通过|不予确认)",
                            r"经[^。；;]{0,40}?(?:评审|评议|审核)[,，]\s*(?:你|您|该同志)?\s*未(?:获|能)?通过",
                            r"(?:评审|认定)(?:结果|结论)\s*[:：为]\s*(?:未通过|不通过|不予认定)",
                            r"决定不予(?:认定|确认|通过|评定|初定)",
                            r"(?:你|您)(?:现有|原有|已有)的?[^。；;]{0,16}资格[^。；;]{0,24}不受影响"),
        requires=("资格", "职称", "职务"),
        requires_why="没有职称或资格内容",
        penalties=LISTS,  # an applicant's index or list of achievements names it without being one
    ),
    extract=extract_title_certificate,
    fields=("holder", "title", "date"),
    decisive=("holder", "title", "date"),
    labels={"title": "职称", "date": "取得日期"},
    under_seal=("date",),
)
