"""期刊论文: a journal paper's first page (masthead, title, authors, abstract).

The journal's name is read, most explicit first, from the paper's own citation line
(``引用格式：张三,李四.题目[J].期刊名,2023,45(3):12-18.``: the name stands after ``[J].``),
from the masthead or running header of the paper's first page (the page with its
abstract: a cover sheet or the issue's cover and contents may come first), or from the
issue's cover before it.  A reference list's ``[J].`` lines cite other journals and are
never read, nor are watermark words glued to a name (``layout.strip_stamps``).

These documents have no labelled title: the title is the biggest print in a known place
(under a journal's masthead, under a standard's number, on a report's cover).  Their
people are an unlabelled line (a paper's authors, a book's ``张三 编著``) or a label whose
list runs on into the next line of a paragraph (``本文件主要起草人：…``).  Geometry (line
boxes) decides what belongs together; a list that does not split cleanly into names is
left out rather than reported half right.  Titles keep the document's print
(``layout.join_cjk``, ``layout.title_form``).
"""

from __future__ import annotations

import re

from rules.dates import PartialDate
from rules.vocabulary import Kind

from ..fields.dates import date_after_label, parse_date
from ..idscan import find_cns, find_issns
from ..fields.people import has_surname, labelled_surname
from ..fields.numerals import to_int
from ..layout import (CJK, HAS_CJK, LABEL_START, block, box, is_name, labelled_field, join_cjk, labelled_people, line_above, line_below, names_of, next_line, row_of, similar_height, strip_stamps, text_after,
                      title_form)
from ..text import DocText, TextLine, same_row
from .base import Cues, DocType, Fields, as_date, date_of, first_identifier, classification


# (the name whole: 制造技术与机床 is no 制造技术, its first words)
_JOURNAL = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{2,20}(?:学报|杂志|期刊|研究|技术|工程|科学|应用|通讯|自动化|信息|世界|论坛|纵横|"
                      r"机床|机械|仪表|装备)(?:\((?:[\u4e00-\u9fff]{2,10}版|(?:自然|社会|哲学社会|人文社会|信息|工程)科学|工学|理学|医学)\))?)"
                      r"(?![\u4e00-\u9fff])")
# (an edition's bracket is part of the name, 重庆理工大学学报(自然科学), printed with 版 or without, probe DY jp08)
_ISSUE_DATE = re.compile(r"(\d{4})\s*年\s*(?:(?:第\s*\d{1,3}\s*卷\s*)?第?\s*(\d{1,2})\s*期|(\d{1,2})\s*月)")
# A running header's or citation's ``2021, 41(3): 45-52`` (year, volume, issue, pages) and a
# masthead's ``2021.03`` beside its volume.
# (or the year and issue alone, CNKI's way: 现代制造工程 2024(3), 2022,(8); never a number's year in
# brackets, 文章编号 1006-5911(2023)05-…)
_CITED_ISSUE = re.compile(r"((?:19|20)\d\d)\s*(?:[,，]\s*\d{1,3}\s*|[,，]?\s*)[(（]\s*\d{1,2}\s*[)）](?![\d\-])")
# (or with a hyphen: 第46卷 第1期 2024-01; never a day's date, 2024-01-15, nor a page range)
_DOTTED_MONTH = re.compile(r"(?<![\d.\-])((?:19|20)\d\d)\s*(?:[.．]\s*|-)(0?[1-9]|1[0-2])(?![\d.\-])")
# What a masthead prints beside the journal's name: volume, issue, month, ISSN, CN, the day it
# came out (2023年5月20日出版: no 日出版 left for a name).
# (a volume's first digit OCR may read as a mark: 第-3卷)
_ISSUE_INFO = re.compile(r"(?:(?:出版|出刊|发行)(?:日期|时间)\s*[:：]?\s*)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:出版|出刊|发行)?|"
                         r"第\s*[^\w\s]?\s*\d+\s*[卷期]|\d{4}\s*年\s*\d{1,2}\s*[月期]|\d{4}\s*年|ISSN[\s:：]*[\dX\-]*|"
                         r"CN(?![A-Za-z])\s*\W?\s*[\d\-/A-Z]*|Vol\.?\s*\d+|No\.?\s*\d+|总第\s*\d+\s*期|"
                         r"(?:19|20)\d\d\s*[,，]\s*\d{1,3}\s*[(（]\s*\d{1,3}\s*[)）]\s*(?:[:：]\s*[\d\-–]+)?|"
                         r"(?<![\d.])(?:19|20)\d\d\s*[.．]\s*\d{1,2}(?![\d.])")


# idscan's finders forgive OCR's usual damage to the labels (1SBN, CN·11-…) themselves.


# Where a page without an ``ISSN`` label prints it all the same: the 文章编号 begins with it
# (ISSN(年)期-页-页数, CAJ-CD B/T 1; its label's middle character OCR may misread, its dash
# a typesetter may set long), and a 万方/知网 DOI carries it (10.3969/j.issn.1004-132X.…,
# 10.19287/j.mtmt.1005-2402.…).
_ISSN_CARRIERS = ((re.compile(r"文.编号\W*(\d{4}[-—–－]\d{3}[\dXx])[(（]"), "文章编号"),
                  (re.compile(r"(?:DOI|doi)\W*10\.\d{4,5}/[\w.()]*?(?<![\d-])(\d{4}-\d{3}[\dXx])(?![\dXx])"), "DOI"),
                  # (OCR's DO1 and a space for the dash, which the compact line drops: j.issn.20900627.)
                  (re.compile(r"(?:DOI|doi|DO1|D01|D0I|DOl)\W*10\.\d{4,5}/j\.issn\.(\d{4}-?\d{3}[\dXx])(?=\.|$)"), "DOI"))


def _issn_of_article_number(text: DocText, f: Fields) -> None:
    """No ISSN printed as such: the one the 文章编号 or the DOI carries, when its check digit
    confirms the reading.

    >>> from tests.typed_certificates import fields_of
    >>> fields_of("journal_paper", "DOI:10.3969/j.issn.1004-132X.2023.10.009", "基于深度强化学习的方法")["issn"]
    '1004-132X'
    >>> fields_of("journal_paper", "DO1: 10.17702/j.issn.2090 0627.2007.05.017", "基于深度强化学习的方法")["issn"]
    '2090-0627'
    """
    for pattern, where in _ISSN_CARRIERS:
        for line in text.lines:
            match = pattern.search(line.compact)
            number = re.sub(r"[—–－]", "-", match.group(1)) if match else None
            if number and "-" not in number:
                number = number[:4] + "-" + number[4:]
            found = find_issns("ISSN " + number) if number else []
            if found and found[0].valid:
                f.set("issn", found[0].value, line)
                f.notes.append(f"ISSN {found[0].value} 取自{where}")
                return


# CNKI's 网络首发 cover says why its papers count as published: 《中国学术期刊（网络版）》, the
# platform, is a serial of its own (ISSN 2096-4188, CN 11-6037/Z) — never the paper's journal
# (probe CU p06: a wrong CN and ISSN decide a core journal).
_PLATFORM_CNS = frozenset({"11-6037/Z"})
_PLATFORM_ISSNS = frozenset({"2096-4188"})


_CITED_MARK = re.compile(r"\[(?:J|M|C|D|R|S|N|EB/OL|J/OL)\]")


def _reference_lines(text: DocText) -> frozenset[str]:
    """The lines of the paper's list of references: from its heading (参考文献, References) down
    its page, and the entries ([1] …) of the pages after it (never the issue's 版权页 bound last)."""
    lines: set[str] = set()
    heading = next((l for l in text.lines if re.match(r"(?:参考文献|References)[:：]?$", l.compact, re.IGNORECASE)), None)
    if heading is not None:
        # (its entries run on under it line by line; a gap, or the page's foot band, ends them:
        # a running foot's CN and ISSN below the references are the paper's own)
        at = heading
        for line in sorted((l for l in text.lines if l.page == heading.page and box(l)[1] > box(heading)[1]),
                           key=lambda l: box(l)[1]):
            if box(line)[1] - box(at)[3] > 2.0 * max(at.line.height, 1) or line.top > 0.92:
                break
            lines.add(line.text)
            at = line
        lines.update(l.text for l in text.lines if (l.page, box(l)[1]) > (heading.page, box(heading)[1])
                     and (re.match(r"[\[［【]\d{1,3}[\]］】]", l.compact) or _CITED_MARK.search(l.compact)))
    return frozenset(t for t in lines if t.strip())


def _own_cns(line: str) -> list:
    return [n for n in find_cns(line) if n.value not in _PLATFORM_CNS]


def _own_issns(line: str) -> list:
    return [n for n in find_issns(line) if n.value not in _PLATFORM_ISSNS]


# The 网络首发 paper's address names its journal by its CN: kcms/detail/11.5946.TP.20230411.1521.004.html.
_CNKI_ADDRESS = re.compile(r"kcms/detail/(\d{2})\.(\d{4})\.([A-Za-z]{1,2})\.\d{8}", re.IGNORECASE)


def _cn_of_cnki_address(text: DocText, f: Fields) -> None:
    """The CN a CNKI 网络首发 address carries (…/kcms/detail/11.5946.TP.20230411…), where no
    line prints the journal's own; one journal's only (a list of references names others')."""
    from identifiers import cn

    found = {}
    for line in text.lines:
        for match in _CNKI_ADDRESS.finditer("".join(line.text.split())):
            number = f"{match.group(1)}-{match.group(2)}/{match.group(3).upper()}"
            if cn.is_valid(number):
                found.setdefault(cn.validate(number), line)
    if len(found) == 1:
        number, line = next(iter(found.items()))
        f.set("cn", number, line)
        f.notes.append(f"CN 刊号取自知网网络首发地址（{number}）")


# CNKI's DOIs name the journal by its CN: 10.16526/j.cnki.11-4762/tp.2024.05.005.
_CNKI_DOI = re.compile(r"j\.cnki\.(\d{2}-\d{4}/[a-z]{1,2})\.", re.IGNORECASE)


def _cn_of_doi(text: DocText, f: Fields) -> None:
    """The CN a CNKI DOI carries, where the page prints none of its own (a first page that gives
    its ISSN in the 文章编号 and its CN only inside the DOI, in lower case)."""
    from identifiers import cn

    page = _paper_page(text)
    for line in text.lines:
        if line.page < page:
            continue
        if line.page > page or re.match(r"参考文献|References", line.compact, re.IGNORECASE):
            break  # (the references' DOIs are other papers')
        match = _CNKI_DOI.search("".join(line.text.split())) if re.search(r"DOI", line.text, re.IGNORECASE) else None
        if match and cn.is_valid(match.group(1)):
            f.set("cn", cn.validate(match.group(1)), line)
            f.notes.append(f"CN 刊号取自 DOI（{match.group(0).rstrip('.')}）")
            return


def extract_paper(text: DocText) -> Fields:
    f = Fields()
    # (never a number the paper's references print: [3] …[J]. 计算机集成制造系统,2021 | 0. ISSN 1006-5911.,
    # probe DC, once its references page is read with it)
    cited = _reference_lines(text)
    def outside(line: str) -> bool:  # (a line, or two a wrap joined, none of them a reference's)
        return not any(c in line for c in cited)
    first_identifier(text, lambda line: _own_cns(line) if outside(line) else [], f, "cn", "invalid_cn", "CN 刊号")
    if "cn" not in f.values:
        _cn_of_doi(text, f)
    if "cn" not in f.values:
        _cn_of_cnki_address(text, f)
    first_identifier(text, lambda line: _own_issns(line) if outside(line) else [], f, "issn", "invalid_issn", "ISSN")
    if "issn" not in f.values:
        _issn_of_article_number(text, f)
    f.put("classification", classification(text))
    page = _paper_page(text)
    masthead = _masthead(text, page)
    column = _paper_column(text, page)
    if column is not None:
        # (a spread scanned whole: the paper's page's head, not the facing page's body at its
        # height, probe DG D03)
        masthead = [l for l in masthead if column[0] <= (box(l)[0] + box(l)[2]) / 2 <= column[1]]
    title = _paper_title(text, masthead, page)
    cited = _cited_journal(text)
    footer = _footer_band(text, page)
    source = _record_source(text)  # (a database record's 刊名.2023,51(06): its journal and its year)
    def candidates():  # most telling first, each read only when those before it found nothing
        yield None if english else cited
        yield _journal_in(masthead)
        # (a footer band's name in 《》 beside the issue: 《电子技术应用》2023年 第49卷 第8期)
        yield _journal_in([l for l in footer if "《" in l.text])
        yield _journal_on_cover(text, page)
        # (a footer band printing the volume beside the name before a name merely near the top: a
        # column's 研究与应用 · Research & Application heads the page, probe DF S15)
        yield _journal_in(footer)
        yield _journal_near_top(text, title)
        yield _journal_of_imprint(text)
        yield _labelled_journal(text)
        yield _journal_over_issn(text)
        yield source[:2] if source else None
        yield _journal_in_side_band(text, page)

    titled = {l.index for l in title or []}  # (the paper's own title line is never its journal)
    words = "".join(l.compact for l in title or [])  # (nor its title's words, wherever read: a citation's)
    # (unless the masthead prints the same name as the citation line: 机器人 is the journal of a paper
    # on a 铸件打磨机器人, its head 机 器 人 ROBOT and its 引用格式 …[J].机器人,2023 agreeing)
    head = _journal_in(masthead)
    agreed = "".join(cited[0].split()) if cited and head and "".join(cited[0].split()) == "".join(head[0].split()) else None
    english = bool(head and cited and not HAS_CJK.search(cited[0]))
    if english:
        # (the citation names it in English, [J]. Robot, 2023: the head's 机 器 人 ROBOT is its name)
        agreed = "".join(head[0].split())
    journal = next((found for found in candidates() if found and getattr(found[1], "index", None) not in titled
                    and not _portal(found[0])  # (a database's banner names no journal)
                    and not (words and "".join(found[0].split()) in words and "".join(found[0].split()) != agreed)), None)
    if journal:
        # (a supplement is an issue of the journal: 辽海装备技术增刊 is 辽海装备技术)
        name = re.sub(r"\s*[（(]?(?:\d{4}年)?增刊\s*\d*[)）]?$", "", strip_stamps(journal[0]))
        # (a journal issued twice a month names its half: 中国机械工程 · 2022年6月下半月)
        name = re.sub(r"\s*[（(·]?(?:上半月|下半月|上旬|中旬|下旬)(?:刊|版)?[)）]?$|\s*[（(][上中下][)）]$", "", name)
        name = name.strip(":：;；,，.。 ")  # (a fax's speck before the running head read as a colon)
        if len(name) >= 2:
            f.set("journal", name, journal[1])
    if title:
        # (its footnote mark: 评估价值* — a fund's note, △ a corresponding author's)
        printed = re.sub(r"\s*[*＊△▲☆★#]+$", "", title_form(join_cjk(strip_stamps("".join(l.text for l in title)))))
        printed = re.sub(r"^(?:论文)?(?:题目|篇名|题名)[:：]\s*", "", printed)  # (a cover's caption before it)
        # CNKI's 网络首发论文 cover: 题目： is the title, whatever else its top holds (the captions
        # 网络首发日期 and 引用格式 read as one, probe DF S11)
        cover = printed in _COVER_HEADINGS or any(l.compact in _COVER_HEADINGS for l in text.lines if l.page == page)
        labelled = labelled_field(text, ["题目", "论文题目", "篇名"]) if cover else None
        # (a database's record of it, 题名：… under the site's banner, 中国知网 | 知识发现网络平台,
        # probe DN pap-15: its 题名)
        record = labelled_field(text, ["题名", "篇名"]) if not labelled else None
        if record and _on_imprint_page(text, record[1]):
            labelled = record
        if labelled and cover:
            # (its cell wrapped, 题目：面向…柔性作业调度 | 改进NSGA-III算法: the tail joined where the
            # cover's own 引用格式 cites the title whole, probe DY jp03)
            under = line_below(text, labelled[1], 2.0)
            whole = "".join(labelled[0].split()) + (under.compact if under is not None else "")
            if under is not None and not LABEL_START.match(under.compact) \
                    and re.search(re.escape(whole) + r"\s*\[J", "".join(l.compact for l in text.lines)):
                labelled = whole, labelled[1]
        if labelled and len(title_form(labelled[0])) >= 4:
            f.set("title", title_form(labelled[0]), labelled[1])
        elif printed not in _COVER_HEADINGS:
            f.set("title", printed, title[0])
        _paper_authors(text, title[-1], f)
    else:
        _authors_over_affiliation(text, page, f)
    paper_lines = [l for l in text.lines if l.page == page]
    # The issue's year and month in the header, or in a footer band that prints the volume
    # or issue beside them (a footnote's 收稿日期 2020年11月 is no issue date).
    header = masthead + paper_lines[:10] + footer + [l for l in _side_band(text, page) if l not in masthead]
    # (never a citation of some paper, …[J]. 电子与信息学报, 2019, 41(2): a journal site's page sets
    # another article's above the paper's own 引用本文, which ``cited`` reads)
    header = [l for l in header if not re.search(r"\[(?:J|J/OL)\]", l.text)]
    # (a line's cells with it: 2020.02 boxed apart from its 第31卷第4期)
    found = [(d, l) for l in header for d in [_issue_date(l.text) or _issue_date(_row_text(text, l))] if d]
    # The issue's month where any header line prints it (2017年第4期 | 第27卷2017年04月),
    # else where the issue's cover before the paper does, for the same year.
    cover = [(d, l) for l in _cover_lines(text, page) for d in [_issue_date(l.text)] if d and d[1]]
    found += [(d, l) for d, l in cover if not found or d[0] == found[0][0][0]]
    # A cover printed on the paper's own page (a spread: cover, contents and paper side by
    # side): its issue line names the month beside the volume or issue (2017年5月 第38卷 第5期).
    # (or a footer band's cells: 中国电力 | 第54卷 第7期 | 2021年7月, the month boxed apart)
    issue_lines = [(d, l) for l in paper_lines for d in [_issue_date(l.text)]
                   if d and d[1] and (_VOLUME.search(l.text) or any(_VOLUME.search(o.text) for o in row_of(text, l)))]
    found += [(d, l) for d, l in issue_lines if (found and d[0] == found[0][0][0])
              or (not found and cited and d[0] == cited[2])]
    if found and not any(d[1] for d, _ in found):
        # the month in the page's foot line (中原检测技术 2008年4月 under the text) when the
        # head gave the year and the issue number alone (2008年第4期): the same year's
        found += [(d, l) for l in paper_lines if l.top >= 0.85 and not _NOT_ISSUE.search(l.compact)
                  for d in [_issue_date(l.text)] if d and d[1] and d[0] == found[0][0][0]]
    if not found and any(_VOLUME.search(l.text) for l in masthead):
        # The issue's month printed apart from its volume (Vol.29 No.5 at the head, 计算机集成
        # 制造系统 May 2023 at the foot; a second head line 2023年3月 | Mar. 2023): lines that
        # are a month of a year beside a name at most, no label, all of one month.
        alone = [(_issue_date(l.text), l) for l in paper_lines if _month_line(l)]
        if len({d for d, _ in alone}) == 1:
            found = alone[:1]
    if not found:
        # a record's issue line: 本期：2025年05月 第34卷第5期
        # (万方's 年，卷(期)： | 2022,(8), its value in a cell of its own: the issue's year, probe DS j07)
        found = [(d, l) for l in paper_lines if re.match(r"(?:本期|年期|年卷期|出版年月)[:：]", re.sub(r"[,，()（）]", "", l.compact))
                 for row in [_row_text(text, l)]
                 for d in [_issue_date(l.text) or _issue_date(row) or _record_year(row)] if d]
    if not found and any(_VOLUME.search(l.text) for l in header[:3]):
        # a running head of two lines, 第42卷 增刊1 | 2020年 汽车工程 2020: the year alone, under
        # the volume; the issue's year, which a footnote's 收稿日期 is not
        found = [((m.group(1), None), l) for l in header[:3] for m in [_HEAD_YEAR.match(l.text.strip())] if m][:1]
    found.sort(key=lambda dl: dl[0][1] is None)
    imprint = _imprint_date(text)
    year = found[0][0][0] if found else (cited[2] if cited else None)
    online = _online_first(text)
    if imprint and (year is None or str(imprint[0].year) == year):
        # The issue's own 版权页 (出版日期 2016年4月26日), bound before or after the paper,
        # dates it more finely than a header's 2016年第4期 — for the same year only. To its
        # month: a paper is published in an issue, and its 发表时间 is the issue's 年月 (the day
        # printed is when that issue left the press, the same for every paper in it).
        day = imprint[0]
        f.set("date", PartialDate(day.year, day.month) if day.month else day, imprint[1])
    elif found:
        (year, month), line = found[0]
        issue = _monthly_issue(text, line) if not month else None
        if issue:
            # (a monthly's issue N comes out in month N: 2022年第11期 under a cover saying 月刊)
            month = issue
            f.notes.append(f"出版日期：本刊为月刊，第{issue}期按{issue}月计")
        f.set("date", f"{year}-{int(month):02d}" if month else year, line)
    elif online:
        # Published online first (CNKI 网络首发) and in no issue yet: the day it went online
        # is the day it was published.
        f.set("date", online[0], online[1])
    if "date" not in f.values and cited and cited[2]:
        f.set("date", cited[2], cited[1])  # the year of the citation line: the issue's
    if "date" not in f.values and source:
        f.set("date", source[2], source[1])  # (a record's source line, 电力系统保护与控制.2023,51(06): its year)
    if "date" not in f.values:
        # the issue's year beside its volume in the running head (Vol.48 No.2 2024; 2024, 43(S1)),
        # which a footnote's 收稿日期 is not
        for line in header:
            if _NOT_ISSUE.search(line.compact) or not _VOLUME.search(line.text) and not re.search(r"[(（]S\d?[)）]", line.text):
                continue
            years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", re.sub(r"ISSN[\s:：]*[\dXx\-]+|CN[\s:：]*[\d\-/A-Z]+", "", line.text)))
            if len(years) == 1:
                f.set("date", years.pop(), line)
                break
    if "date" not in f.values:
        received = date_of(text, ["收稿日期", "收稿"])
        if received:
            f.set("date", received[0], received[1])
            f.issue("info", "date_from_received", "期刊未印出版日期，按收稿日期计")
    # (where an issue is named: the masthead, a running foot, a side band, the issue's cover bound
    # before the paper, the citation line, a head line with its volume — never the title or the
    # abstract, which may speak of 增刊 or of YOLOv5(s))
    # (a citation wrapped over two lines: 引用格式：…[J]. | 计算机集成制造系统，2022，28(S2)：45-52.)
    cited_lines = [cited[1]] + [l for l in [next_line(text, cited[1])] if l is not None] if cited else []
    issue_lines = masthead + footer + _side_band(text, page) + _cover_lines(text, page) + cited_lines \
        + [l for l in paper_lines if l.top >= 0.9 or l in paper_lines[:10] and _VOLUME.search(l.text)]
    supplement = next((m for l in issue_lines if not _NOT_ISSUE.search(l.compact)
                       for m in [_SUPPLEMENT.search(l.text)] if m), None)
    if supplement:
        # A 增刊 is printed outside the journal's numbered issues: the core lists index the
        # journal, and reviewers commonly refuse its supplements (``journals_lookup``: cannot tell).
        f.issue("warning", "journal_supplement",
                f"论文刊于增刊（{supplement.group(0).strip()}），增刊论文多不予认可，是否计为核心期刊论文需人工核对")
    return f


# A supplement in a running head or a citation line: 增刊1, 2022年增刊, Suppl.1, Supplement,
# 43(S1), 第42卷 S2期.
_SUPPLEMENT = re.compile(r"增\s*刊|\b[Ss]uppl(?:ement)?\b\.?\s*\d*|\d\s*[(（]\s*S\s*\d?\s*[)）]|第?\s*S\d\s*期|No\.?\s*S\d")


# Headings of a database's cover sheet, never a paper's title.
_COVER_HEADINGS = {"网络首发论文", "网络首发", "万方数据", "中国知网"}
# A database's banner over its record of a paper (a screenshot of 万方, 知网, 维普): never its title.
_PORTALS = _COVER_HEADINGS | {"万方数据知识服务平台", "知网", "CNKI", "中国知网CNKI", "维普网", "维普资讯", "维普期刊",
                              "中文期刊服务平台", "超星期刊", "中国学术期刊网络出版总库", "CNKI中国知网", "文献详情", "知网节",
                              # (the 网络首发 cover's banner: the platform that published it online, probe DF S11)
                              "中国学术期刊网络版"}


def _portal(name: str) -> bool:
    """A database's or a platform's banner, which names no journal (its brackets as OCR gives them).

    >>> _portal("中国学术期刊（网络版)"), _portal("中国机械工程")
    (True, False)
    """
    bare = re.sub(r"[\s()（）]", "", name)
    # (its English name after it, 万方数据知识服务平台 Wanfang Data, probe DS j07)
    return bare in _PORTALS or re.sub(r"(?<=[\u4e00-\u9fff])[A-Za-z.]+$", "", bare) in _PORTALS
_VOLUME = re.compile(r"第\s*\d+\s*[卷期]|Vol\.?\s*\d+|No\.?\s*\d+|\d+\s*\(\s*\d+\s*\)", re.IGNORECASE)
_HEAD_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?![\d\s]*[月期])")
_NOT_ISSUE = re.compile(r"收稿|修回|录用|接受日期|基金|作者简介|通信作者|网络首发")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                        "dec"), 1)}
# An English masthead's month: ``Mar. 2021``, ``March 2021``, ``Vol.41 No.3 Mar.2021``.
_EN_ISSUE_DATE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*,?\s*(?:\d{1,2}\s*,?\s*)?"
                            r"((?:19|20)\d\d)\b",
                            re.IGNORECASE)


def _issue_date(line: str) -> tuple[str, str | None] | None:
    """The year and, where printed, the month of an issue line (2017年第4期, 2017年04月,
    Mar. 2017); an issue number is no month.

    >>> _issue_date("第41卷 第3期 2021年3月"), _issue_date("2016年第4期"), _issue_date("Vol.41 No.3 Mar. 2021")
    (('2021', '3'), ('2016', None), ('2021', '3'))
    >>> _issue_date("机械设计与制造 2021, 41(3): 45-52"), _issue_date("第41卷 第3期 2021.03"), _issue_date("2021年03期")
    (('2021', None), ('2021', '3'), ('2021', None))
    >>> _issue_date("振动与冲击 2016年第35卷第11期"), _issue_date("Apr. 25 2021 Vol.42 No.4")
    (('2016', None), ('2021', '4'))
    >>> _issue_date("2023年第45卷第3期(月刊) 3月25日出版"), _issue_date("第46卷 第1期 2024-01")
    (('2023', '3'), ('2024', '1'))
    >>> _issue_date("中国设备工程 2022.11(下)"), _issue_date("收稿日期 2022.11")
    (('2022', '11'), None)
    >>> _issue_date("现代制造工程 Modern Manufacturing Engineering 2024(3)"), _issue_date("文章编号：1006-5911(2023)05-1234-08")
    (('2024', None), None)
    """
    match = _ISSUE_DATE.search(line)
    if match:
        # (the issue's day of publication beside it: 2023年第45卷第3期(月刊) 3月25日出版)
        out = _OUT_ON.search(line[match.end():]) if not match.group(3) else None
        return match.group(1), match.group(3) or (str(int(out.group(1))) if out else None)
    match = _EN_ISSUE_DATE.search(line)
    if match:
        return match.group(2), str(_MONTHS[match.group(1).lower()[:3]])
    match = _CITED_ISSUE.search(line)
    if match:
        return match.group(1), None
    match = _DOTTED_MONTH.search(line) if _VOLUME.search(line) or _HALF_MONTH.search(line) else None
    if match:
        return match.group(1), str(int(match.group(2)))
    return None


def _record_year(words: str) -> tuple[str, None] | None:
    """The year alone of a record's issue field, 年，卷(期)：2022,(8): an issue number is no month.

    >>> _record_year("年,卷(期):  2022,(8)"), _record_year("年,卷(期):")
    (('2022', None), None)
    """
    found = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", words)
    return (found.group(1), None) if found else None


def _row_text(text: DocText, line: TextLine) -> str:
    """``line`` and the boxes on its row, left to right, as one text (2020.02 boxed apart
    from its 第31卷第4期)."""
    return "  ".join(c.text for c in sorted(row_of(text, line) + [line], key=lambda c: box(c)[0]))


_MONTHLY = re.compile(r"(?<![双半季旬周])月刊")
_OTHER_FREQUENCY = re.compile(r"双月刊|半月刊|季刊|旬刊|周刊|年刊")


def _monthly_issue(text: DocText, line: TextLine) -> str | None:
    """The issue number of ``line``'s 年第N期 when the journal says it is a monthly (月刊, and
    no other frequency anywhere) on the issue's own page or on one printing its year (the
    issue's cover; not another year's masthead bound with it), N at most 12: its month; else
    None.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def doc(*texts):
    ...     lines = [Line(t, (0, 20 * k, 300, 20 * k + 12)) for k, t in enumerate(texts)]
    ...     return DocText(ReadResult("t.pdf", "0", [Page(1, 600, 800, "text_layer", lines)], 1))
    >>> d = doc("西南智造技术 2022年第11期", "月刊 2016年创刊")
    >>> _monthly_issue(d, d.lines[0]), _monthly_issue(doc("2022年第11期", "双月刊"), d.lines[0])
    ('11', None)
    """
    if _OTHER_FREQUENCY.search(text.compact):
        return None
    # (the issue boxed apart from the name it was read beside: 机械设计与制造(月刊) | 2024年第5期, probe DH r3v)
    match = _ISSUE_DATE.search(line.text) or _ISSUE_DATE.search(_row_text(text, line))
    number = match.group(2) if match else None
    pages = {l.page for l in text.lines if l.page == line.page or match and f"{match.group(1)}年" in l.compact}
    if not any(_MONTHLY.search(l.compact) for l in text.lines if l.page in pages):
        return None
    return str(int(number)) if number and 1 <= int(number) <= 12 else None


# A journal issued twice a month names the half beside the month: 2022.11（下）, 2022年6月下半月.
_HALF_MONTH = re.compile(r"\d\s*[（(]\s*[上中下]\s*[)）]|上半月|下半月|上旬|中旬|下旬")


_OUT_ON = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])\s*月\s*\d{1,2}\s*日\s*出版")

_ONLINE_LABELS = ["网络首发时间", "网络首发日期", "网络出版时间", "网络出版日期", "在线出版日期", "在线发表日期",
                  "优先出版日期"]


def _online_first(text: DocText) -> tuple[PartialDate, TextLine] | None:
    """The day a paper went online before any issue printed it (网络首发时间：2021-03-24 10:22)."""
    found = date_of(text, _ONLINE_LABELS)
    if not (found and found[0].month):
        # (OCR glued the time to the day, 网络首发时间:2024-11-2009:41:22, probe CS E5-2)
        for line in text.lines:
            glued = re.search(r"(?:" + "|".join(_ONLINE_LABELS) + r")[:：]?\s*((?:19|20)\d\d[-./]\d{1,2}[-./]\d{2})\d{1,2}:\d{2}",
                              line.compact)
            day = parse_date(glued.group(1)) if glued else None
            if day is not None and day.month:
                return day, line
    return found if found and found[0].month else None


# An issue's 版权页 (masthead page): what it prints besides its 出版日期.
_IMPRINT_PAGE = re.compile(r"连续出版物号|ISSN|CN\d{2}-\d{4}|编辑出版|主办|主管|第\d+期")


def _on_imprint_page(text: DocText, line: TextLine) -> bool:
    """``line`` stands on an issue's 版权页: its page prints two of 主管, 主办, ISSN, CN … ; or on a
    database's record of the paper (CNKI's 知网节: 题名, 作者, 机构, 文献出处 … opening its lines),
    whose 出版日期 is its issue's (probe DN pap-15, pap-14)."""
    page = [l for l in text.lines if l.page == line.page]
    return sum(bool(_IMPRINT_PAGE.search(l.compact)) for l in page) >= 2 \
        or sum(bool(_RECORD_CAPTION.match(l.compact)) for l in page) >= 3


_RECORD_CAPTION = re.compile(r"(?:题名|篇名|作者|机构|作者单位|摘要|关键词|文献出处|文献来源|来源|基金|分类号|DOI|专辑|专题)[:：]")


def _imprint_date(text: DocText) -> tuple[PartialDate, TextLine] | None:
    """The 出版日期 an issue's 版权页 prints (主管, 主办, 编辑出版 …, ISSN, CN on its page):
    on the label's line, or in the cell beside it.  Not a date a paper's text gives."""
    for line in text.lines:
        # (a journal site's history line, 收稿日期：… 网络出版日期：… 刊出日期：2023-06-15: the
        # issue's day, after the others on the line)
        date = date_after_label(line.text, ["刊出日期"]) if "刊出日期" in line.compact else None
        if date is not None:
            return date, line
    for hit in text.find_label(["出版日期", "出版时间", "发表时间"]):
        if hit.label == "发表时间" and not _on_imprint_page(text, hit.line):
            continue  # (a record's 发表时间 only: a 申报表's is the applicant's own statement)
        if re.search(r"(?:网络|在线|优先|首发)$", hit.line.compact[:hit.start]):
            continue  # (网络出版日期 is the day it went online: ``_online_first``'s)
        # (or a first page's footnote of its days, 收稿日期：… 修回日期：… 出版日期：2023-11-01: the
        # issue's, to its month as a header's 2023年第11期 gives it)
        # (the footnote may wrap: 收稿日期：… 网络出版日 | 期：2023-04-14 出版日期：2023-12-26)
        above = line_above(text, hit.line, 1.5)
        footnote = "收稿" in hit.line.compact[:hit.start] or bool(
            above and "收稿" in above.compact and re.match(r"[日期:：\d-]", hit.line.compact))
        if not footnote and not _on_imprint_page(text, hit.line):
            continue
        date = date_after_label(hit.line.text, [hit.label]) or (parse_date(hit.value) if hit.value else None)
        if date is not None:
            return (PartialDate(date.year, date.month) if footnote and date.month else date), hit.line
        if hit.value:
            continue
        beside = [l for l in row_of(text, hit.line) if box(l)[0] >= box(hit.line)[2] - 2]
        for cell in beside[:1]:
            date = parse_date(cell.compact)
            if date is not None:
                return date, cell
    # Unlabelled, centred under the issue number: 2021年3月24日出版.  It dates the issue, so
    # to its month, as a header's 2021年第3期 would.
    for line in text.lines:
        match = re.fullmatch(r"(.{6,16}?)出版", line.compact)
        date = parse_date(match.group(1)) if match else None
        if date is not None and date.month and _on_imprint_page(text, line):
            return PartialDate(date.year, date.month), line
    return None


def _paper_page(text: DocText) -> int:
    """The paper's first page: the first with its abstract or key words (a cover sheet,
    or the issue's cover and contents, may come before it); else the first page."""
    for line in text.lines:
        if re.match(r"[【\[(（]?(?:摘要|关键词|关键字|主题词|Abstract|Keywords)", line.compact, re.IGNORECASE):
            return line.page
    return text.lines[0].page if text.lines else 1


# ``[J].期刊名,2023,45(3):12-18`` in the paper's own citation line.
_CITATION_LABELS = ("引用格式", "本文引用格式", "引用本文", "引文格式", "引用此文", "Citation", "Cite this article")
_CITED_JOURNAL = re.compile(r"\[J\]\s*[.．。]?\s*([^,，.．\[\]\d]{2,40}?)\s*[,，]\s*((?:19|20)\d\d)")


def _cited_journal(text: DocText) -> tuple[str, TextLine, str] | None:
    """The journal the paper's own citation line names (引用格式：…[J].期刊名,2023,…),
    the line and the one or two it wraps onto read as one; with the line and the year."""
    for i, line in enumerate(text.lines):
        if not any(line.compact.startswith(label) or line.compact.startswith("【" + label)
                   for label in _CITATION_LABELS):
            continue
        joined = "".join(l.compact for l in text.lines[i:i + 3] if l.page == line.page)
        # OCR's readings of the type mark after a title (…技术门]. / …技术[丁].) and of 工
        # inside a name (松辽1业自动化)
        joined = _DAMAGED_MARK.sub("[J]", joined)
        match = _CITED_JOURNAL.search(_gong(joined)) or _CITED_ONLINE.search(_gong(joined))
        if match:
            return join_cjk(match.group(1)).strip(), line, match.group(2)
    return None


# A paper published online first: …[J/OL].重庆理工大学学报(自然科学).https://… (no year before its link)
_CITED_ONLINE = re.compile(r"\[J/OL\]\s*[.．。]?\s*([^,，.．\[\]\d]{2,40}?)\s*[.．。,，]\s*(?:((?:19|20)\d\d)|https?)")


_DAMAGED_MARK = re.compile(r"(?<=[\u4e00-\u9fff》”])(?:门\]|\[门\]?|\[丁\]|\[J(?!\])|(?<!\[)[JDU]\])(?=[.．。])")
_AFTER_MARK = re.compile(r"(\[J\][.．。])([^,，]{2,40})")
_ONE_IN_WORD = re.compile(r"(?<=[\u4e00-\u9fff])1(?=[\u4e00-\u9fff])")


def _gong(joined: str) -> str:
    """A journal's name after [J]. with the 1 OCR read for 工 between two of its letters.

    >>> _gong("技术[J].松辽1业自动化,2024,20(2):8-16.")
    '技术[J].松辽工业自动化,2024,20(2):8-16.'
    """
    return _AFTER_MARK.sub(lambda m: m.group(1) + _ONE_IN_WORD.sub("工", m.group(2)), joined)


def _cover_lines(text: DocText, page: int) -> list[TextLine]:
    """The lines of the issue's cover before the paper's page: a page printing the issue
    (卷, 期, ISSN, CN, 月刊), not a cover sheet of the application."""
    out = []
    for number in sorted({l.page for l in text.lines if l.page < page}):
        lines = [l for l in text.lines if l.page == number]
        if any(_ISSUE_INFO.search(l.text) or "月刊" in l.compact for l in lines):
            out += lines
    return out


def _journal_on_cover(text: DocText, page: int) -> tuple[str, TextLine] | None:
    """The issue's cover before the paper: its biggest Chinese line, on a page that prints
    the issue (卷, 期, ISSN, CN, 月刊)."""
    cover = _cover_lines(text, page)
    for number in sorted({l.page for l in cover}):
        lines = [l for l in cover if l.page == number]
        names = [l for l in lines if re.fullmatch(rf"[{CJK}（）()]{{2,20}}", l.compact) and l.top < 0.5
                 and not re.search("目次|目录|月刊|双月刊|主办|主管|证明|材料|附件", l.compact)]
        best = max(names, key=lambda l: round(l.line.height), default=None)
        if best is not None:
            return best.compact, best
    return None


def _masthead(text: DocText, page: int | None = None) -> list[TextLine]:
    """The masthead of the paper's first page: lines at its top that print issue
    information (卷, 期, month, ISSN, CN, Vol.) and the lines beside them, such as the
    journal name."""
    if not text.lines:
        return []
    page = page if page is not None else text.lines[0].page
    on_page = [l for l in text.lines if l.page == page]
    # The top of the print, not of the image: a photographed page has table around it, a
    # screenshot its browser's tabs, address and bookmarks (the 知网节 page, probe DG S08).
    chrome = [l for l in on_page if l.top < 0.15 and re.search(r"https?://|www\.", l.text)]
    if chrome:
        bar = max(chrome, key=lambda l: l.top)
        under = [l for l in on_page if 0 < box(l)[1] - box(bar)[3] <= 1.5 * bar.line.height]
        floor = max([box(l)[3] for l in under + [bar]])
        on_page = [l for l in on_page if box(l)[1] > floor] or on_page
    on_page = [l for l in on_page if not _portal(l.compact)] or on_page  # (and the site's banner, CNKI 中国知网)
    # (and its breadcrumb, 您当前的位置：首页>期刊导航>制造业自动化>2021年09期>文献知网节: a path, no
    # masthead, whatever issue it names, probe DQ c2)
    on_page = [l for l in on_page if not _BREADCRUMB.search(l.text)] or on_page
    first = min((l.top for l in on_page), default=0.0)
    # (never the previous paper's reference entries or its author's note, above this one on its page)
    top = [l for l in on_page if l.top < max(0.15, first + 0.06) and not _CITED.match(l.compact)
           and "[J]" not in l.compact and not l.compact.startswith(("作者简介", "通信作者", "通讯作者"))]
    info = [l for l in top if _ISSUE_INFO.search(l.text) and not re.search("文章编号|DOI|doi", l.text)]
    if chrome:  # (a record's sidebar on the screen's right, 机械工程学报 | ISSN | CN, beside the title's rows: no masthead)
        info = [l for l in info if box(l)[0] < 0.7 * (l.page_width or float("inf"))] or info
    # (beside them no sentence: a spread's other page begins its body text as high)
    beside = [l for l in top if l in info or any(same_row(l, i) and _near_across(l, i, chrome) for i in info)
              and not _sentence(l.text)]
    # A name on a line of its own right over or under an issue line printed in English or
    # pinyin alone (水利学报 | SHUILI XUEBAO 2021年 第3期; Vol.37 No.4 ELECTRIC … | 电力自动化设备),
    # in print no bigger than it (the paper's title below is bigger).
    if not any(_journal_in([l]) for l in beside):
        # (or with its English name after it, 液压与气动   Chinese Hydraulics & Pneumatics, in print up to
        # half again as big as the issue line under it, probe DS j20)
        beside += [l for l in top if l not in beside
                   and re.fullmatch(rf"[{CJK}（）()]{{2,20}}", re.sub(r"(?<=[\u4e00-\u9fff）)])[A-Za-z&.,'’\-]+(?:[A-Za-z&.,'’\-]+)*$", "", l.compact))
                   and any(l.line.height <= 1.5 * i.line.height and _stacked_near(l, i) for i in info)]
    return beside


def _near_across(line: TextLine, other: TextLine, screen: bool) -> bool:
    """On a screenshot, a line is beside another only within a tenth of the screen's width: a
    record's sidebar (ISSN：0577-6686 in the journal's box) stands on the title's row far to its
    right (probe EA s05 took the title for the journal).  A printed page's masthead spreads its
    cells wide, the journal's name centred between the issue and the page's number."""
    if not screen:
        return True
    gap = max(box(other)[0] - box(line)[2], box(line)[0] - box(other)[2], 0)
    return gap <= 0.1 * (line.page_width or float("inf"))


_BREADCRUMB = re.compile(r"当前.{0,2}位置|您的位置|[\u4e00-\u9fff\w]\s*[>›»]\s*[\u4e00-\u9fff\w].*[>›»]")


def _stacked_near(line: TextLine, other: TextLine) -> bool:
    """``line`` right over or under ``other``, their spans across the page overlapping."""
    gap = min(abs(box(line)[1] - box(other)[3]), abs(box(other)[1] - box(line)[3]))
    return line.page == other.page and gap <= 2 * other.line.height \
        and box(line)[0] < box(other)[2] and box(other)[0] < box(line)[2]


def _row_run(text: DocText, line: TextLine) -> list[TextLine]:
    """``line`` and the boxes on its row chained to it left and right, each within a tenth
    of the page's width of the next (names set apart by wide gaps, marks boxed on their
    own), left to right: not across a spread's fold to the other page's print, nor a
    sentence of its body text."""
    # (a sidebar's small print beside the line, 智联技术,2023,30(5), is no part of it: a line of
    # a column of print, with its like right over or under it)
    # (an author's box is no such print, however a byline's second line stands under it: 司马 骏1 over
    # 上官国强1, probe DY jp07)
    row = sorted([line] + [l for l in row_of(text, line) if not _sentence(l.text)
                           and (not _stacked(text, l) or _ONE_AUTHOR.fullmatch(l.text.strip()))],
                 key=lambda l: box(l)[0])
    gap = 0.1 * (line.page_width or float("inf"))
    first = last = row.index(line)
    while first > 0 and box(row[first])[0] - box(row[first - 1])[2] < gap:
        first -= 1
    while last + 1 < len(row) and box(row[last + 1])[0] - box(row[last])[2] < gap:
        last += 1
    return row[first:last + 1]


# One author in a box of his own: a name (spaced or dotted) and his units' marks (司马 骏1, 佘文涛2,*).
_ONE_AUTHOR = re.compile(rf"[{CJK}][{CJK}·\s]{{1,10}}[{CJK}][\d,，*]*")


def _stacked(text: DocText, line: TextLine) -> bool:
    """A line of a column of print: another of its size starts where it starts, right over or under it."""
    height = line.line.height
    return any(o is not line and o.page == line.page and abs(box(o)[0] - box(line)[0]) < height
               and similar_height(o, line) and min(abs(box(o)[1] - box(line)[3]), abs(box(line)[1] - box(o)[3])) < height
               for o in text.lines)


def _sentence(words: str) -> bool:
    """Body text, not a masthead's words: a 。 or ；, or a comma among many letters."""
    return bool(re.search("[。；;]", words)) or (len(re.findall(f"[{CJK}]", words)) > 12
                                                and bool(re.search("[,，、]", words)))


def _month_line(line: TextLine) -> bool:
    """A line that is an issue's month of a year, beside a name at most (计算机集成制造系统
    May 2023, 2023年3月): no label, no sentence, no footnote's 收稿日期."""
    date = _issue_date(line.text)
    rest = _EN_ISSUE_DATE.sub("", _ISSUE_DATE.sub("", line.text))
    return bool(date and date[1]) and not _NOT_ISSUE.search(line.compact) and not _sentence(line.text) \
        and not re.search(r"[:：]", line.text) and len(re.sub(rf"[^{CJK}A-Za-z]", "", rest)) <= 16


def _footer_band(text: DocText, page: int | None) -> list[TextLine]:
    """A footer band at the foot of the paper's first page: the lines printing the volume or
    issue (第26卷第12期, Vol.26 No.12) or the month of the issue beside the journal's name
    (计算机集成制造系统 May 2023) and the cells beside them (the journal's name, the month),
    never a footnote's 收稿日期."""
    # (the lowest lines, not the last read: a text layer may print its footnotes and footer
    # before the body's two columns, probe DF S12)
    lines = sorted((l for l in text.lines if l.page == page), key=lambda l: box(l)[1])[-8:]
    volume = [l for l in lines if l.top >= 0.75 and (_VOLUME.search(l.text) or _month_line(l) and l.top >= 0.85)
              and not _NOT_ISSUE.search(l.compact)]
    return [l for l in lines if not _NOT_ISSUE.search(l.compact)
            and any(l is v or same_row(l, v) for v in volume)]


# How often the journal comes out (（双月刊）, 半月刊): never its name.
_FREQUENCY = re.compile(r"[（(]?\s*(?:双|半)?(?:月|周|旬|季|年)刊\s*[)）]?")
_COLUMN = re.compile(rf"[·•・]\s*[{CJK}\s]{{2,12}}\s*[·•・]|【[^】]{{2,12}}】|"
                     # (a column's name printed bare in a head's cell: 研究论文   机床与液压   2024年第52卷第3期)
                     r"(?:^|(?<=\s\s))(?:研究论文|学术论文|综述|专题综述|综合评述|研究与开发|研究与设计|应用研究|试验研究|实验研究|"
                     r"技术交流|工程应用|应用技术|论著|特约稿|研究报告|简报|快报)(?=\s\s|$)")


_INDEXED_IN = re.compile(r"(?:中文核心|北大核心|中国科技核心|科技核心|核心期刊|来源期刊|统计源期刊|CSCD|CSSCI|EI|SCI)"
                         r"(?:期刊|源期刊|来源期刊)?[、,，/\s]*")


def _cells(line: str) -> list[str]:
    """A head line's cells, parted by a text layer's wide gaps, a name letter-spaced as widely
    (电   网   技   术) kept whole: one letter alone is no cell.

    >>> _cells("出版科学 第32卷   出版技术"), _cells("电   网   技   术")
    (['出版科学 第32卷', '出版技术'], ['电 网 技 术'])
    """
    def letters(cell: str) -> bool:
        return all(len(w) == 1 for w in cell.split())

    cells: list[str] = []
    for cell in (c.strip() for c in re.split(r"\s{3,}", line)):
        if cells and letters(cell) and letters(cells[-1]):
            cells[-1] += " " + cell
        elif cell:
            cells.append(cell)
    return cells


def _journal_in(masthead: list[TextLine]) -> tuple[str, TextLine] | None:
    """The journal name: the Chinese words of the masthead once the issue information
    is taken out (``第 9 卷 第 4 期 航空动力学报 Vol.9 No.4``), in the largest print.  A box
    alone right of a line that names the journal beside its issue is the column the paper
    runs in (西南智造技术 2022年第11期 | 智能制造, probe DF S09), however big OCR boxed it."""
    names = {id(line): _names_in(line) for line in masthead}
    found = [(line.line.height, -order, len(name), name, line) for line in masthead for order, name in names[id(line)]]
    if not found:
        return None
    named = [l for l in masthead if _ISSUE_INFO.search(l.text) and any(len(n) >= 4 for _, n in names[id(l)])]
    columns = {id(l) for l in masthead if not _ISSUE_INFO.search(l.text)
               and any(same_row(l, n) and box(n)[2] <= box(l)[0] for n in named)}
    best = max(found, key=lambda c: (id(c[4]) not in columns, round(c[0]), c[1], c[2]))
    return best[3], best[4]


def _names_in(line: TextLine) -> list[tuple[int, str]]:
    """The names a masthead line prints once its issue information, frequency, column and
    indexes are taken out, each with the order of its cell."""
    # (· 研究与开发 ·, 【专题综述】: the column the paper runs in, not the journal)
    rest = _FREQUENCY.sub(" ", _COLUMN.sub(" ", _ISSUE_INFO.sub(" ", line.text)))
    # (the lists it is indexed in are no part of its name: 中文核心、CSCD来源期刊)
    rest = _INDEXED_IN.sub(" ", rest)
    # (nor a supplement's mark beside the volume: 第57卷 增刊1   机 械 工 程 学 报, probe CU p05)
    rest = re.sub(r"增\s*刊\s*\d*|Suppl(?:ement)?\.?\s*\d*", " ", rest)
    # (a name may hold a 、: 振动、测试与诊断; a text layer's wide gap parts cells, the column
    # the paper runs in set at the head's right end: 出版科学 第32卷 2024年第3期   出版技术)
    # (of a head's cells, the first: the column the paper runs in stands after the journal,
    # 机床与液压   第52卷 第3期   数字化设计与制造)
    names = []
    for order, run in ((k, r) for k, cell in enumerate(_cells(rest)) for r in re.findall(rf"[{CJK}][{CJK}()（）、\s]*[{CJK})）]", cell)):
        name = re.sub(r"[(（]\s*[)）]", "", join_cjk(run))  # （总第215期） taken out leaves its brackets
        # (never a line of text: a journal's name runs to twenty letters at most)
        if 2 <= len(name) <= 20 and "编号" not in name:
            names.append((order, name))
    return names


def _journal_near_top(text: DocText, title: list[TextLine] | None) -> tuple[str, TextLine] | None:
    """Without a masthead: a 《name》 or a name ending like a journal's above the title."""
    limit = title[0].top if title else 0.15
    page = title[0].page if title else text.lines[0].page
    # (never a site's breadcrumb, 数据挖掘技术 > 期刊, probe DN pap-03; a 《name》 before a name's
    # ending, the line under the first a little below the top's band)
    lines = [l for l in text.lines if l.top < min(limit, 0.16) and l.page == page and not re.search(r"[>›»]", l.text)]
    for pattern in (r"《([^》]{2,30})》", _JOURNAL):
        for line in lines:
            match = re.search(pattern, line.text)
            if match and "摘要" not in line.compact:
                return match.group(1), line
    return None


def _labelled_journal(text: DocText) -> tuple[str, TextLine] | None:
    """A database's record of the paper (万方, 维普, CNKI 知网节): 刊名：计算机科学 ISTIC PKU, its
    index tags (ISTIC, PKU, CSCD, EI …) left out."""
    for hit in text.find_label(["刊名", "期刊名称", "来源期刊", "文献来源", "文献出处", "来源"], fuzzy=False):
        if hit.start > 0 or hit.line.compact.startswith("英文"):
            continue
        if hit.label == "来源" and not re.match(r"来源\s*[:：]", hit.line.text.strip()):
            continue  # (a record's 来源：现代装备与控制 2023年09期, not a sentence's 来源于…)
        rest = text_after(hit.line, hit.end).strip(" :：\t")
        if not rest:  # (a record's caption in a cell of its own: 刊名： | 航空制造技术 ISTIC PKU)
            cell = next((l for l in row_of(text, hit.line) if box(l)[0] >= box(hit.line)[2] - 2), None)
            rest = cell.text.strip() if cell is not None else ""
        rest = re.split(r"\s*(?:19|20)\d\d\s*年", rest)[0] if hit.label in ("来源", "文献出处") else rest  # (its year and issue)
        # (CNKI's 文献出处 : 可再生能源 , Renewable Energy Resources , 编辑部邮箱 , …: the name before its first
        # comma, spaced or not: 制造业自动化,Manufacturing Automation,编辑部邮箱 2021年09期 in a cell of its own, probe DQ c2)
        rest = re.split(r"\s*[,，]", rest)[0] if hit.label == "文献出处" else rest
        if re.match(r"(?:中国知网|知网|CNKI|万方|维普|百度学术)", rest):
            continue  # (a database is no journal)
        value = re.split(r"\s+(?=[A-Z]{2,})", rest)[0].strip()
        if re.search(r"[\u4e00-\u9fff]{2}", value):
            return value.strip("《》"), hit.line
    return None


# A database record's source line (CNKI's 知网节 printed: 电力系统保护与控制 . 2023,51(06)   北大核心 EI CSCD).
SOURCE_LINE = re.compile(rf"^\s*([{CJK}（）()]{{2,20}})\s*[.．]\s*((?:19|20)\d\d)\s*[,，]\s*\d{{1,3}}\s*[(（]\s*[0-9S]{{1,3}}\s*[)）]")


def _record_source(text: DocText) -> tuple[str, TextLine, str] | None:
    """The journal and year of a database record's source line, on a page under a portal's
    banner (中国知网), wherever the line stands on it (probe DY jp12: below the abstract), or a
    line of its own."""
    portal = any(_portal(l.compact) for l in text.lines[:8])
    for line in text.lines:
        match = SOURCE_LINE.match(line.text)
        # (without the banner, printed bare: the line is the source and the record's index tags alone, probe EB38)
        alone = match is not None and re.fullmatch(r"[\sA-Za-z\u4e00-\u9fff]*", line.text[match.end():]) is not None
        if match and (portal or alone) and not _portal("".join(match.group(1).split())):
            return join_cjk(match.group(1)), line, match.group(2)
    return None


def _journal_over_issn(text: DocText) -> tuple[str, TextLine] | None:
    """A record's journal block (CNKI 知网节: 钱塘自动化技术 | its English name | ISSN … CN …):
    the name alone on its line, at most two lines above the ISSN or CN."""
    for line in text.lines:
        if not re.search(r"ISSN|CN\s*[:：]?\s*\d{2}-\d{4}", line.text):
            continue
        for above in reversed(text.lines[max(0, line.index - 2):line.index]):
            match = _JOURNAL.fullmatch(" " + above.compact)
            if above.page == line.page and match and not re.search(r"[:：，。]", above.compact):
                return match.group(1), above
    return None


def _journal_of_imprint(text: DocText) -> tuple[str, TextLine] | None:
    """The issue's 版权页 names its journal where it names the publisher: 编辑出版 《机电工程前沿》编辑部."""
    for line in text.lines:
        match = re.search(r"《([^》]{2,30})》(?:编辑部|杂志社|编辑委员会)", line.compact)
        if match and _on_imprint_page(text, line):
            return match.group(1), line
    return None


_NOT_TITLE = ("摘要", "Abstract", "DOI", "doi", "文章编号", "ISSN", "CN", "收稿", "关键词", "分类号", "基金资助", "基金项目",
              "专辑", "在线公开")


def _paper_column(text: DocText, page: int) -> tuple[float, float] | None:
    """The x-range of the paper on a landscape page (a spread): its abstract's, widened a
    little; ``None`` on an upright page."""
    for line in text.lines:
        if line.page == page and line.page_width > 1.2 * line.page_height \
                and re.match(r"[【\[(（]?(?:摘要|Abstract)", line.compact, re.IGNORECASE):
            if re.fullmatch(r"[【\[(（]?(?:摘要|Abstract)[】\])）]?[:：]?", line.compact, re.IGNORECASE):
                # (the caption alone on its line, its text under it: the text's width, not the
                # caption's — a record's screenshot, wide and no spread, probe DN pap-03)
                # (or beside it on its row, 【摘要】 | 针对注塑车间…: the caption to the text's end,
                # probe DQ c2)
                beside = row_of(text, line)
                if beside:
                    right = max(box(l)[2] for l in beside + [line])
                    return box(line)[0] - 2 * line.line.height, right + 2 * line.line.height
                under = line_below(text, line, 1.5)
                line = under if under is not None else line
            return box(line)[0] - 2 * line.line.height, box(line)[2] + 2 * line.line.height
    return None


def _byline_like(words: str) -> bool:
    """A byline OCR glued in part, its boxes tall with their marks (阿不都热合曼·买买提 欧阳娜娜 禤志强2邝丽娟
    庞博文亓国栋3, probe DY jp04 took it for the title): of its pieces between marks and spaces, three
    or more, two in three are names.

    >>> _byline_like("阿不都热合曼·买买提 欧阳娜娜 禤志强2邝丽娟庞博文亓国栋3"), _byline_like("基于YOLOv8的输电线路绝缘子缺陷检测")
    (True, False)
    >>> _byline_like("皇甫嵩林12"), _byline_like("面向工业4.0的数字孪生车间2")
    (True, False)
    """
    pieces = [p for p in re.split(r"[\d\s,，*＊;；、]+", words) if p]
    if len(pieces) == 1 and re.fullmatch(r"\S+?[\d,，*＊]+", words.strip()):
        return is_name(pieces[0]) and has_surname(pieces[0])  # (one author boxed with his marks: 皇甫嵩林12)
    return len(pieces) >= 3 and 3 * sum(is_name(p) for p in pieces) >= 2 * len(pieces)


def _paper_title(text: DocText, masthead: list[TextLine], page: int | None = None) -> list[TextLine] | None:
    """The biggest Chinese line under the masthead (a masthead's name may be bigger),
    with the line it wraps onto.  On a spread scanned whole (cover, contents and paper side
    by side) only the paper's column counts: the one its abstract stands in."""
    if not text.lines:
        return None
    page = page if page is not None else text.lines[0].page
    column = _paper_column(text, page)
    if column is not None:
        inside = [l for l in text.lines if l.page == page and column[0] <= (box(l)[0] + box(l)[2]) / 2 <= column[1]]
        # (a line beside another column's issue information is no masthead of this one)
        info = [l for l in masthead if l in inside and _ISSUE_INFO.search(l.text)]
        masthead = [l for l in masthead if l in inside and any(l is i or same_row(l, i) for i in info)]
    floor = max((box(l)[3] for l in masthead), default=0.0)
    exclude = _NOT_TITLE + (() if masthead else ("学报", "杂志"))
    candidates = [l for l in text.lines if l.page == page and l.top <= 0.45 and box(l)[1] >= floor
                  and len(re.findall(f"[{CJK}]", l.text)) >= 4 and not any(e in l.text for e in exclude)]
    candidates = [l for l in candidates if not _portal(l.compact)]  # a database's banner on its record page
    candidates = [l for l in candidates if len(names_of(l.text) or []) < 2]  # an author line in bigger print
    candidates = [l for l in candidates if not _byline_like(l.text)]
    # (or its names OCR boxed apart, each taller than the title for its marks: 武楠华³¹ | 雷洁ᵇ姜华鑫 | …)
    candidates = [l for l in candidates if sum(bool(HAS_CJK.search(o.text)) for o in _row_run(text, l)) < 3]
    # A sentence of the abstract or body (its 。, its commas) is no title, however OCR sized it.
    candidates = [l for l in candidates if "。" not in l.text and len(re.findall("[,，]", l.text)) < 2]
    candidates = [l for l in candidates if not _vertical(l)]  # a side band's 刊名 printed top to bottom
    # The paper before's references, when this one begins mid-page (参考文献：, then [1] …, then
    # this paper's 文章编号, title and abstract): no title of this paper stands above them.
    references = [box(l)[3] for l in text.lines if l.page == page and re.match(r"^参考文献[:：]?$", l.compact)]
    abstract = min((box(l)[1] for l in text.lines if l.page == page and l.compact.startswith("摘")
                    and "要" in l.compact[:3]), default=None)
    if references and abstract is not None and min(references) < abstract:
        below = max(r for r in references if r < abstract)
        candidates = [l for l in candidates if box(l)[1] > below]
    if abstract is not None:
        # (the title stands above the abstract: below it, a later page's running header, in a
        # screenshot of the reader showing the pages one under another)
        candidates = [l for l in candidates if box(l)[1] < abstract]
    candidates = [l for l in candidates if not _CITED.match(l.compact)]
    # (nor a citation line's wrapped tail, ].组合机床与自动化加工技术.https://…, a 网络首发 cover's, probe DS j06)
    candidates = [l for l in candidates if not re.match(r"^[\]】)）]?\s*[.．。]|.*https?://", l.text.strip())]
    # (the authors' units in brackets, （1.哈尔滨…公司;2.松嫩工业大学）: no title either)
    candidates = [l for l in candidates if not re.fullmatch(r"[（(].*[)）]", l.compact)]
    if column is not None:
        candidates = [l for l in candidates if l in inside]
    title = max(candidates, key=lambda l: (round(l.line.height), len(l.compact)), default=None)
    if title is None:
        return None
    lines = block(text, title, candidates)
    # (its last word or two wrapped onto a line of their own, in the title's big print: …协同采集 | 方法;
    # OCR boxes a short line's big letters a little taller)
    tail = line_below(text, lines[-1])
    # (never a lone author's name set as big: 陆洁坤 under 面向…研究)
    # (nor one of a rarer surname, his unit in brackets under him: 莘子豪 | （重庆建峰工业集团有限公司…）, probe CZ r6x)
    under = line_below(text, tail) if tail is not None else None
    byline = tail is not None and is_name(tail.compact) and (
        has_surname(tail.compact) or labelled_surname(tail.compact) and under is not None and re.match(r"[（(]", under.compact) is not None)
    if tail is not None and 1 <= len(tail.compact) <= 3 and re.fullmatch(f"[{CJK}]+", tail.compact) \
            and similar_height(tail, title, 0.4) and not byline:
        lines.append(tail)
    return lines


_CITED = re.compile(r"^(?:参考文献|[\[［【]\d{1,3}[\]］】])")  # a reference list's heading or entry


def _vertical(line: TextLine) -> bool:
    """Print set top to bottom (竖排): a box much taller than wide."""
    x0, y0, x1, y1 = box(line)
    return len(line.compact) >= 2 and y1 - y0 > 2 * (x1 - x0)


def _side_band(text: DocText, page: int | None) -> list[TextLine]:
    """The lines of a band printed top to bottom in the page's margin (湘江制造工程 | 2012年6月 |
    第24卷第6期 | ISSN …; 竖排, or sideways and read turned by a second look: 龙江冶金与材料 |
    2007年第5期 | CN23-1115/S), when it prints a volume, an issue or a CN."""
    band = [l for l in text.lines if l.page == page and _vertical(l)
            and min(box(l)[0], l.page_width - box(l)[2]) < 0.15 * (l.page_width or 1)]
    return band if any(_VOLUME.search(l.text) or find_cns(l.text) for l in band) else []


def _journal_in_side_band(text: DocText, page: int | None) -> tuple[str, TextLine] | None:
    """A side band's Chinese line that is neither its date nor its volume (``_side_band``)."""
    band = _side_band(text, page)
    names = [l for l in band if re.fullmatch(rf"[{CJK}]{{2,16}}", l.compact) and not _ISSUE_INFO.search(l.text)]
    return (names[0].compact, names[0]) if len(names) == 1 else None


_AFFILIATION = re.compile(r"大学|学院|学校|公司|研究|院|所|中心|实验室|集团|\d{6}|[省市县区]\W")


# A name's pinyin in brackets after it (诸葛堃(ZHUGE Kun), 上官明轩（SHANGGUAN Mingxuan）).
_PINYIN = re.compile(r"\s*[（(][A-Z][A-Za-z]*(?:[\s\-][A-Za-z]+){0,3}[)）]")


# A byline grouped by unit, each line its authors then their unit in brackets: 郭明（重庆大学 机械
# 工程学院，重庆 400044） | 钱涛 廖艳（重庆渝新智造科技有限公司，重庆 401120）.
_GROUPED_BYLINE = re.compile(r"^([^（()）:：]{2,40}?)\s*[（(][^（()）]*(?:大学|学院|公司|研究院|研究所|中心|集团|厂)[^（()）]*[)）]$")


def _grouped_byline(text: DocText, line: TextLine) -> list[str] | None:
    """The authors of a byline grouped by unit (``_GROUPED_BYLINE``), its lines in order; None
    when ``line`` opens none."""
    names: list[str] = []
    at: TextLine | None = line
    while at is not None:
        match = _GROUPED_BYLINE.match(strip_stamps(at.text).strip())
        found = names_of(match.group(1)) if match else None
        if not found or not all(is_name(n) for n in found):
            break
        names += found
        at = line_below(text, at, 1.2)
    return names or None


def _paper_authors(text: DocText, title_end: TextLine, f: Fields) -> None:
    line = _author_line(text, title_end)
    grouped = _grouped_byline(text, line) if line is not None and not _PINYIN.search(line.text) else None
    if grouped:
        f.set("authors", grouped, line)
        return
    # (each name with its pinyin in brackets: 诸葛堃(ZHUGE Kun) 王喆(WANG Zhe), — the names alone)
    row = _PINYIN.sub(" ", strip_stamps(_author_row(text, line))).strip(" ,，") if line else ""
    row = re.sub(r"^(?:文|撰文|作者)\s*[/／|｜]\s*", "", row)  # (a magazine's byline: 文/邹永红 顾家豪)
    # (an affiliation's marks parted by a dot, 佘丽燕¹·²: no dotted name's, probe DO bnd-07)
    row = re.sub(r"(?<=\d)\s*[·•・]\s*(?=\d)", ",", row)
    if len(_PLACE_LABEL.findall(row)) >= 2:
        # (作者一：王强  作者二：李娜  作者三：张伟（通讯作者）: the labels and notes are no names)
        row = _PLACE_LABEL.sub(" ", re.sub(r"[（(][^（()）]{0,16}[)）]", " ", row))
    names = names_of(row) if line else None
    if names:
        f.set("authors", names + (_one_per_line(text, line) if len(names) == 1 else _byline_goes_on(text, line, names)),
              line)
        return
    ordinal = _ordinal_authors(text)
    if ordinal:
        f.set("authors", ordinal[0], ordinal[1])
        return
    labelled = labelled_people(text, ["作者", "著者"])
    if labelled and not re.search(r"(?:通信|通讯|第一|责任|联系)作者", labelled[1].compact):
        f.put("authors", labelled)  # (a 通信作者 is one of them, not the list)
    if "authors" not in f.values and line is not None and _GLUED_NAMES.fullmatch(line.compact):
        f.glued(line.compact, "作者行", "作者")


# An author's place as his label (作者一：, 第二作者：), the place in its group.
_PLACE = r"(?:第([一二三四五六七八九十]|\d{1,2})作者|作者([一二三四五六七八九十]|\d{1,2}))\s*[:：]"
_PLACE_LABEL = re.compile(_PLACE)
_ORDINAL_AUTHOR = re.compile(rf"^{_PLACE}\s*([\u4e00-\u9fff·]{{2,5}}?)\s*(?:[（(][^）)]*[）)])?$")


def _ordinal_authors(text: DocText) -> tuple[list[str], TextLine] | None:
    """Authors each on a line of his own, labelled by his place (作者一：汪萍（重庆工商大学） |
    作者二：向刚（…）, 第一作者：… | 第二作者：…): the names in that order, numbered 1, 2, 3 …
    without a gap, else None."""
    found = []
    for line in text.lines:
        m = _ORDINAL_AUTHOR.match(line.compact)
        if m:
            place = m.group(1) or m.group(2)
            found.append((to_int(place), m.group(3), line))
    if len(found) < 2 or [k for k, _, _ in found] != list(range(1, len(found) + 1)) \
            or not all(is_name(n) for _, n, _ in found):
        return None
    return [n for _, n, _ in found], found[0][2]


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z\-.' ]*")


def _byline_goes_on(text: DocText, line: TextLine, names: list[str]) -> list[str]:
    """The names of a byline's further lines (黄勇1,吴静1,王磊2,陈晓2 | 刘洋1,张伟3,李强3,周敏1 |
    潘林4,陶清松2,程国1*): each right under the one before, in its print, names only (two or
    more, none of them already read), before the affiliations.  A line that is anything else
    ends the byline (probe CJ A10: thirteen authors centred over three lines lost the third)."""
    more: list[str] = []
    for _ in range(4):
        below = line_below(text, line, 1.2)
        if below is None or not similar_height(below, line, 0.25) or re.match(r"^[（(]", below.compact) \
                or _AFFILIATION.search(below.compact) or re.search(r"[:：]|\d{4}", below.compact):  # (Received: 2024-04-24)
            return more
        # (its row's boxes, one author each, as the first line's: 上官国强1 | 阿依古丽·艾买提3, probe DY jp07)
        found = names_of(_PINYIN.sub(" ", strip_stamps(_author_row(text, below))).strip(" ,，"))
        if found and all(_LATIN_NAME.fullmatch(n) for n in found) and not any(_LATIN_NAME.fullmatch(n) for n in names):
            return more  # (the byline in English under the Chinese, CHEN Jing¹, WANG Yuhang¹²: the same people)
        # (one name alone on the last line is the byline's too when both carry affiliation marks:
        # 邓天佑1,万俊杰1,尉迟晓敏2,陈琳2 | 贺鑫1*)
        marked = bool(re.search(r"[\d*＊]$", below.compact)) and bool(re.search(r"[\u4e00-\u9fff]\d", line.compact))
        if not found or (len(found) < 2 and not marked) or any(n in names + more for n in found) \
                or not all(is_name(n) for n in found):
            return more
        more += found
        line = below
    return more


def _one_per_line(text: DocText, line: TextLine) -> list[str]:
    """The authors after the first of a byline printed one to a line, each with his unit in
    brackets beside him (欧阳薇鑫 （…学院，四川宜宾644000） | 上官子 （…公司，…）): the names
    starting where the first does, down to the first line that is no such name."""
    more, at = [], line
    while True:
        below = next((l for l in text.lines if l.page == at.page and 0 < box(l)[1] - box(at)[3] <= 1.5 * at.line.height
                      and abs(box(l)[0] - box(line)[0]) <= at.line.height), None)
        name = re.sub(r"[\d,，*＊]+$", "", below.compact) if below is not None else ""
        if below is None or not is_name(name) or name in more or not any(
                re.match(r"^[（(]", b.compact) for b in row_of(text, below)):
            return more
        more.append(name)
        at = below


def _authors_over_affiliation(text: DocText, page: int | None, f: Fields) -> None:
    """With no title read (a watermark boxed over it): the authors are the line of names
    standing right over the numbered affiliations (（1. …公司；2. …大学）) above the abstract."""
    lines = [l for l in text.lines if l.page == page]
    for line in lines:
        if not (re.match(r"^[（(]\s*1\s*[.．、]", line.compact) and _AFFILIATION.search(line.compact)):
            continue
        x0, y0, x1, _ = box(line)
        over = [l for l in lines if box(l)[3] <= y0 + 2 and box(l)[0] < x1 and box(l)[2] > x0 and HAS_CJK.search(l.text)]
        above = max(over, key=lambda l: box(l)[3], default=None)
        if above is not None and y0 - box(above)[3] < 1.5 * max(line.line.height, 1):
            names = names_of(strip_stamps(above.text))
            if names and len(names) >= 2:
                f.set("authors", names, above)
        return


_GLUED_NAMES = re.compile(rf"[{CJK}]{{5,24}}")


def _author_row(text: DocText, line: TextLine) -> str:
    """The authors' line with the boxes OCR cut from it on its row (郭萍安 | 尉迟静涛 | b,2* |
    欧阳俊斌 付颖 | 司马亮蓉: names set apart by wide gaps), left to right (``_row_run``), the
    marks boxed on their own (b,2*, a,1) left out."""
    row = [l for l in _row_run(text, line) if HAS_CJK.search(l.text)]
    return "  ".join(l.text for l in row) if len(row) > 1 else line.text


def _author_line(text: DocText, title_end: TextLine) -> TextLine | None:
    """The authors' line: the first Chinese line under the title, unless it is the
    affiliation (no author line) or the abstract.  A line OCR glued into one run of
    characters (雷杰远方思孟桂航) may not cut into names: ``_names`` then gives nothing.
    Only lines under the title count (overlapping it across): a spread's other pages stand
    beside it."""
    x0, x1 = box(title_end)[0], box(title_end)[2]
    above = line_above(text, title_end, 1.0)
    if x1 - x0 < 3 * title_end.line.height and above is not None and similar_height(above, title_end, 0.25):
        x0, x1 = min(x0, box(above)[0]), max(x1, box(above)[2])  # (a title's last letter wrapped: 方 | 法)
    # (under it by its middle: an author line's box, tall with its marks, may reach up beside the title's foot)
    below = sorted((l for l in text.lines if l.page == title_end.page and l is not title_end
                    and (box(l)[1] + box(l)[3]) / 2 > box(title_end)[3] - 1
                    and box(l)[0] < x1 and box(l)[2] > x0), key=lambda l: box(l)[1])
    # (Chinese lines only: a superscript read as a line of its own (1,2), or the English title,
    # byline and abstract a journal sets between the Chinese title and byline, probe DF S12)
    for line in [l for l in below if HAS_CJK.search(l.text)][:4]:
        if re.search("摘要|Abstract|关键词", line.text):
            return None
        if _AFFILIATION.search(line.compact):
            return line if _GROUPED_BYLINE.match(strip_stamps(line.text).strip()) else None
        return line
    return None


def _facts(f, kind, rank, core_journal):
    return {"rank": rank, "cn": f.get("cn"), "issn": f.get("issn"), "date": as_date(f.get("date")),
            "core_journal": core_journal}


DOCTYPE = DocType(
    key="journal_paper", identity=("title", "journal"), same_work=("title", "authors"), opens_with=("摘要", "关键词"), name="期刊论文",
    cues=Cues(
        # 文献标志码 is how many journals print 文献标识码; 引言 opens a paper's text (a page
        # whose 摘 | 要 OCR cut in two still has it beside 关键词).
        # CNKI's cover of a paper published online first (网络首发论文: 题目, 作者, 网络首发日期,
        # 引用格式) is the paper's first page.
        titles=("网络首发论文", "万方数据"), titles_in_sentences=True,
        # (and a database's record of it, as a screenshot shows it, its banner printed as a title
        # at the top: 中国知网, 万方, 维普, a phone's 文献详情 — never the words in a sentence: a
        # 检索证明 or a 录用通知 names the database too)
        title_patterns=(r"中国知网", r"CNKI", r"文献详情", r"维普(?:网|资讯|期刊)", r"万方数据知识服务平台"),
        labels=("摘要", "关键词", "中图分类号", "文献标识码", "文献标志码", "文章编号", "收稿日期", "基金项目",
                "作者简介", "Abstract", "Keywords", "Keywords:", "学报", "主题词", "分类号", "引言", "网络首发日期",
                "引用格式", "刊名", "英文刊名", "DOI", "基金资助", "Received", "Accepted", "录用日期", "修回日期", "引用本文",
                "刊出日期"),
        identifiers=("issn", "cn"),
        # (a database's record of the paper: 刊名, 年，卷(期), no abstract on it)
        # (a trade journal's paper may print no abstract: its 文章编号 is a paper's alone)
        # (a journal site's article page, printed from the browser: 引用本文：…[J]. 刊名, 2023, 45(12))
        requires=("摘要", "Abstract", "ABSTRACT", "关键词", "主题词", "网络首发日期", "网络首发时间", "刊名", "文章编号",
                  "引用本文", "引用格式"),
        requires_why="没有摘要或关键词",
        # a 科技查新报告 lists the journals it searched and the papers it found: no paper
        penalties=("科技查新报告", "查新员", "查新机构"),
        # A journal's call for papers (征稿简则: 来稿须附…摘要和关键词) names what a paper holds
        # and prints the journal's ISSN and CN: a page of the issue, no paper.
        refusing_titles=("征稿简则", "征稿启事", "征稿通知", "投稿须知", "投稿指南", "稿约",
                         # A journal's letter accepting a paper (决定录用，拟于2026年第2期刊出) prints
                         # the journal's CN and ISSN and the paper's title: it is not yet published
                         # (附则（八）: 公开发表), and no paper.
                         "录用通知", "录用通知书", "用稿通知", "用稿通知单", "录用证明", "用稿证明", "录用函", "采用通知"),
    ),
    extract=extract_paper,
    fields=("title", "authors", "journal", "cn", "issn", "date", "classification"),
    decisive=("authors", "cn", "issn", "date"),
    labels={"title": "论文题目", "authors": "作者", "date": "出版日期", "classification": "中图分类号"},
    ranked=("authors",),
    kinds=(Kind.PAPER,), facts=_facts,
)
