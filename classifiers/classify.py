"""Scoring each doc_type from its cues; the best one wins only when clearly ahead."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

from extractor.doctypes import type_name
from rules.withdrawals import withdrawing_title
from extractor.idscan import find_all
from extractor.layout import box, row_of
from extractor.text import DocText

from .cues import (CUES, IDENTIFIER_WEIGHT, LABEL_WEIGHT, MAX_LABEL_SCORE, PENALTY_WEIGHT,
                   TITLE_ELSEWHERE_WEIGHT, TITLE_WEIGHT, Cues)
from .phrases import PhraseFinder, sentence_cues

THRESHOLD = 0.55  # below this confidence the answer is "unknown"
# A certificate's whole statement in a sentence (``…荣获…二等奖，特发此证``) counts, where
# no title says what the document is, almost as much as a title would.
SENTENCE_WEIGHT = 3.0


@dataclass
class Classification:
    doc_type: str
    confidence: float
    reasons: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)  # every type's score, for reviewers
    # When unknown: the type the document is titled as, with its fields, but lacking what the
    # type requires (a standard's 征求意见稿 without its number, an 审计报告 without its figures).
    looks_like: str | None = None


@dataclass
class _Score:
    value: float = 0.0
    reasons: list[str] = field(default_factory=list)
    refused: str | None = None
    titled: bool = False  # a title printed as one (``_score``), not a word of a sentence or a label
    stated: bool = False  # the document's own statement of what it is (``phrases.SENTENCES``)


# (a sentence wrapped at its comma ends its line on it: …科学技术进步奖一等奖，)
# (…主持完成的项目荣获…科学技术进步奖一等 | 奖: a sentence's verbs, wherever the line breaks)
_VERBS = r"荣获|获得了?|主持完成|参与完成"
_MENTION = re.compile(_VERBS + r"|获(?!奖者|奖人|奖项目|奖单位|奖等级|奖类别)")
# Words pointing at a paper told of elsewhere, just before its kind's word: …已在产线上应用，该合同约定的
# 指标全部完成 on an acceptance report's page (probe EC s03; never 本合同, the paper's own), and across
# a sentence's wrap, …会计师事务所已出具 | 专项审计报告。 (EC s12).
_POINTS_AT = re.compile(r"(?:该|上述|前述|所签订?的?|签订的|出具(?:了|的)?[\u4e00-\u9fff]{0,4})$")
# (…提交的学历学位证书、专业技术资格证书、论文…: a sentence enumerating things, not a title)
_PROSE = re.compile(r"[，。；,;](?!$)|。$|(?<=.{10})[，,；;]$|(?<=.{8})、(?=.{4})|" + _VERBS)


# A reference list's entry ([2] 工业互联网产业联盟. 工业互联网平台白皮书[R]. …): what a paper
# cites, never its title.
_CITATION = re.compile(r"^[\[［【]\d{1,3}[\]］】]")
# A letter's salutation (黑龙江省工程系列专业技术职务任职资格评审委员会：, 尊敬的各位专家：): whom it is
# written to, never its title (评审委员会 is one letter off 评审表, the title of a title's form).
_SALUTATION = re.compile(r"(?:委员会|评委会|领导|专家|同志|先生|女士)[:：]$|^尊敬的")
# A letter's list of what it encloses (附件：…项目验收意见, 附件2：…): the papers after it, never its title
# (probe EF r4c: a 批复 enclosing its 验收意见 was typed an acceptance and joined to it).
_ANNEXED = re.compile(r"^附件\s*(?:\d{0,2}\s*[:：]|\d{1,2}(?!\d))")
# A numbered section's heading (二、合同执行情况, 3.2 销售合同签订情况, 第三章 …): a part of a document
# telling of a paper, never a paper's own title (probe EF r6e: a report's page headed so was typed
# a contract and split off).
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．]|\d{1,2}(?:[.．]\d{1,2})+[、.．]?"
                      r"|第[一二三四五六七八九十\d]{1,3}[章节部分])[\u4e00-\u9fff]")


# A form's caption cell (批复文号, 认定时间): the title word in it names a field, not the form.
_CAPTION_CELL = re.compile(r"[\u4e00-\u9fff]{2,8}(?:文号|编号|日期|时间|名称|单位|类别)[:：]?")


def _across_cells(printed: str, title: str) -> bool:
    """``title`` read across the cells of a table's row (three cells at least, set apart by wide
    gaps) and in none of them whole: 职称   资格证书号 is no 职称资格证书.

    >>> _across_cells("职责   姓名   职称   资格证书号   签名", "职称资格证书"), _across_cells("职  称  资  格  证  书", "职称资格证书")
    (True, False)
    >>> _across_cells("序号   指标名称   合同指标   完成情况   是否完成", "合同"), _across_cells("甲方   乙方   合同   附件", "合同")
    (True, False)
    """
    cells = [c for c in re.split(r"\s{2,}", printed.strip()) if c]
    # (cells of a word each: a title set letter-spaced, 推  荐  信, is one title)
    if len(cells) >= 3 and all(len(c) >= 2 for c in cells) and not any(title in "".join(c.split()) for c in cells):
        return True
    # (or a table's header row of short captions, the title a piece of one: 序号   指标名称   合同指标   完成情况,
    # a report's table page, no 合同, probe DC tr3)
    compact = ["".join(c.split()) for c in cells]
    return len(cells) >= 4 and all(2 <= len(c) <= 8 for c in compact) and not any(c == title for c in compact)


def _a_cell(text: DocText, line) -> bool:
    """Whether ``line`` is one cell of a table's body: three boxes or more beside it on its
    row, in print of its size, under a column's caption that heads a row of captions (a
    team's 对项目的贡献 over 技术方案设计).  OCR reads a row cell by cell; a title stands alone
    on its line, or over no table (an invoice's head beside its number and date)."""
    row = row_of(text, line)
    if len(row) < 3:
        return False
    heights = sorted(l.line.height for l in row)
    if line.line.height > 1.2 * heights[len(heights) // 2]:
        return False
    x0, y0, x1, _ = line.line.box
    centre, height = (x0 + x1) / 2, max(line.line.height, 1)
    return any(l.page == line.page and l.line.box[3] <= y0 and y0 - l.line.box[3] <= 12 * height
               and abs((l.line.box[0] + l.line.box[2]) / 2 - centre) <= max(l.line.box[2] - l.line.box[0], x1 - x0) / 2
               and len(row_of(text, l)) >= 3 and not re.search(r"\d", l.compact) for l in text.lines)


def _value_part(compact: str) -> str:
    """A line's text after its label, when it is a label's line (编号：…), else the line (a
    line that ends on its colon introduces what follows: 下列人员获…科学技术进步奖：)."""
    parts = re.split(r"[:：]", compact, maxsplit=1)
    return parts[1] if len(parts) == 2 and parts[1].strip() else parts[0]


def _printed(lines) -> str:
    """What ``lines`` print as titles: no sentence, no caption cell, a label's value only."""
    return "".join(_value_part(l.compact) for l in lines
                   if not _PROSE.search(l.compact) and not _CAPTION_CELL.fullmatch(l.compact))


def _page_heads(lines) -> dict:
    """Each page's first line among ``lines``, by page number."""
    heads: dict = {}
    for line in lines:
        heads.setdefault(line.page, line)
    return heads


def _told_before(text: DocText, line) -> str:
    """The line before ``line`` when ``line`` goes on with its sentence (the line before ends on no
    stop and holds twenty letters or more, a body line's): where the words pointing at a paper
    wrapped before its kind's word."""
    if line.index == 0:
        return ""
    before = text.lines[line.index - 1]
    wrapped = before.page == line.page and not re.search(r"[。；;！？!?:：]$", before.compact) and len(before.compact) >= 20
    return before.compact if wrapped else ""


def _score(doc_type: str, cues: Cues, text: DocText, found: PhraseFinder, ids: dict,
           opening: PhraseFinder | None = None, outside: tuple[PhraseFinder, dict] | None = None) -> _Score:
    score = _Score()
    lines = text.title_lines()
    # (a contents page's entries name the document's parts and annexes, never its title: 附件3 用户使用
    # 证明 under 目录, probe EI t03, t05)
    contents = {page for page, head in _page_heads(lines).items() if head.compact in ("目录", "目次")}
    lines = [l for l in lines if l.page not in contents]
    zone = [l for l in lines if not _CITATION.match(l.compact) and not _SALUTATION.search(l.compact)
            and not _SECTION.match(l.compact) and not _ANNEXED.match(l.compact)]
    # (a page opening on a numbered section, 二、合同执行情况, is a document's page going on: a kind
    # its sentences name under it is told of, not its title, probe EF r6e)
    sectioned = {page: _SECTION.match(head.compact) is not None for page, head in _page_heads(lines).items()}
    title_zone = "".join(l.compact for l in zone)
    # Titles in the title zone first (any of them), only then anywhere else: a near-miss
    # elsewhere (推荐信 for 推荐书) must not hide the real title at the top.
    # (printed before damaged: 学历证书… read as it stands, not as 学位证书 with a letter off)
    # A title printed as one: not a word of a sentence near the top (…撰写的技术报告被采纳。
    # in a letter) nor a label (职称证书编号：…), of whose line only the value may name the
    # document (奖项名称：重庆市科学技术进步奖).  One printed so is taken before one in a sentence.
    printed = _printed(zone)
    # (a title OCR damaged by a letter is sought in print bigger than the page's body only: a
    # table's cell 总体策划与统稿 is no 总体规划)
    heights = sorted(l.line.height for l in text.lines if l.page == zone[0].page) if zone else []
    body = heights[len(heights) // 2] if heights else 0.0
    big = "".join(l.compact for l in zone if l.line.height >= 1.15 * body)
    in_zone = next((t for t in cues.titles if t in printed), None) \
        or next((m.group(0) for p in cues.title_patterns for m in [re.search(p, printed)] if m), None) \
        or next((t for t in cues.titles if t in title_zone), None) \
        or next((t for t in cues.titles if found.fuzzy_in(t, big)), None)
    # (a type whose titles are its sentences' words finds them across a line break too: …通过认 | 定)
    elsewhere = None if in_zone else next((t for t in cues.titles if t in text.compact), None) or next(
        (t for t in cues.titles if cues.titles_in_sentences and found.has_across(t)), None)
    if in_zone:
        score.value += TITLE_WEIGHT
        score.reasons.append(f"标题 {in_zone}")
        score.titled = in_zone in printed or found.fuzzy_in(in_zone, printed)
        # Named only as a thing somebody won or holds (…荣获…科学技术进步奖一等奖, 获授权发明专利):
        # a letter or a report telling of it, not its certificate: weighed as words anywhere.
        holding = [l.compact for l in zone if in_zone in l.compact]
        # (…获重庆市科学技 | 术进步奖一等奖 in a letter: found only across a sentence's line break)
        # (a table's header row whose captions run into it, 职称   资格证书号 under a report's
        # 编制人员名单, names no certificate, probe CR R15)
        # (nor a cell of a table's row read box by box, 技术方案设计 in a team's 对项目的贡献 column,
        # probe DE A01: the acceptance's member page is no 技术方案)
        across = bool(holding) and all(_across_cells(l.text, in_zone) or _a_cell(text, l)
                                       for l in zone if in_zone in l.compact)
        told = bool(holding) and (not cues.titles_in_sentences and all(_PROSE.search(c) for c in holding)
                                  or all(_CAPTION_CELL.fullmatch(c) for c in holding)) or across
        score.titled = score.titled and not across
        told = told or bool(holding) and all(sectioned[l.page] for l in zone if in_zone in l.compact)
        if not score.titled and (not holding or told or all(
                _MENTION.search(l.compact[:l.compact.find(in_zone)])
                or _POINTS_AT.search(_told_before(text, l) + l.compact[:l.compact.find(in_zone)])
                for l in zone if in_zone in l.compact)):
            score.value -= TITLE_WEIGHT - TITLE_ELSEWHERE_WEIGHT
            score.reasons[-1] = f"文中有 {in_zone}"
    elif elsewhere:
        score.value += TITLE_ELSEWHERE_WEIGHT
        score.reasons.append(f"文中有 {elsewhere}")
    # (a type the document is not titled as is weighed by its words outside the body's numbered
    # sections: a report telling of its contracts, invoices and patents under 二、三、… is no contract,
    # probe EI b01–b07)
    if outside is not None and not score.titled:
        found, ids = outside
    labels = [label for label in cues.labels if found.has(label)]
    if labels:
        score.value += min(MAX_LABEL_SCORE, LABEL_WEIGHT * len(labels))
        score.reasons.append("字段 " + "、".join(labels[:6]))
    for kind in cues.identifiers:
        if ids.get(kind):
            score.value += IDENTIFIER_WEIGHT
            shown = ids[kind][0]
            score.reasons.append(f"{_ID_ZH[kind]} {shown.value or shown.printed}")
    # A type titled as one at the top is judged by its first page's words alone (a patent
    # certificate's fee receipt bound after it says 交款人); any other by all its pages (a
    # journal's cover that names no abstract is still judged with the paper's pages).
    judged = opening if opening is not None and score.titled else found
    for phrase in cues.penalties:
        if judged.has(phrase):
            score.value -= PENALTY_WEIGHT
            score.reasons.append(f"但有 {phrase}")
    # (on the first page: a journal's 征稿简则 bound after the paper's first page titles no paper)
    # (never a site's menu bar, 首页 | 期刊介绍 | 编委会 | 投稿指南, over a journal's article page)
    first = _printed([l for l in zone if l.page == zone[0].page and len(re.findall(r"[|｜]", l.text)) < 2])
    refusing = next((t for t in cues.refusing_titles if t in first), None)
    if refusing and in_zone and in_zone.endswith("证书") and in_zone in first and in_zone not in refusing:
        # titled as the certificate itself, the form named on it too (附：…登记申请表); not a
        # notice headed as one above a table captioned so (关于领取…专利证书的通知 | 发明专利证书, probe DH r1n)
        own = [l for l in zone if l.page == zone[0].page]
        at = next((k for k, l in enumerate(own) if in_zone in l.compact), None)
        above = next((k for k, l in enumerate(own) if refusing in l.compact), None)
        # (a notice's heading only: a certificate may name its own form above its title, blind seventh)
        if at is None or above is None or at < above or not refusing.endswith("通知"):
            refusing = None
    if refusing:
        # titled as a paper about a document of the type (实用新型专利权评价报告 over all a
        # patent's fields): never the document itself
        shown = next((l.compact for l in zone if l.page == zone[0].page and refusing in l.compact), refusing)
        score.refused = f"标题为{shown[:30]}"
    if cues.requires and not any(ids.get(r) or found.has(r) or found.has_across(r) for r in cues.requires):
        score.refused = cues.requires_why
    needing = next((why for title, needed, why in cues.titles_needing
                    if in_zone and title in in_zone and not re.search(needed, text.compact)), None)
    if needing:
        score.refused = needing
    # (a sentence wraps: 评审，未 | 获通过 — read across the lines' breaks too, probe DQ t4)
    said = next((m for p in cues.refusing_sentences
                 if (m := re.search(p, text.compact) or re.search(p, text.compact.replace("\n", "")))), None)
    if said:
        score.refused = f"内容为「{' '.join(said.group(0)[-24:].split())}」"  # (one line: the words may span two)
    return score


_ID_ZH = {"patent_number": "专利号", "isbn": "ISBN", "issn": "ISSN", "cn": "CN",
          "registration_number": "登记号", "standard_number": "标准编号"}


# A binder's section divider: a numbered heading naming a part of the application, perhaps
# with a count, and nothing else (二、论  文 / （共1篇）; 四、其他佐证材料).
DIVIDER = re.compile(r"(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．])[\u4e00-\u9fff]{2,12}"
                      r"(?:[（(]共\d+[篇项件份本个][)）])?")


# The heading of an application's own list of its papers (申报材料目录, 证明材料清单): no journal's
# or book's 目录, which goes with its paper.
_MATERIALS_LIST = re.compile(r"(?:申报|证明|佐证|业绩|评审|送审)?(?:材料|资料)(?:目录|清单|一览表)")


def _materials_list(text: DocText) -> bool:
    """The first page is headed as the bundle's own list of materials (``_MATERIALS_LIST``), or
    it is one page headed 目录 whose entries name papers of the bundle (``_binder_contents``)."""
    return any(_MATERIALS_LIST.fullmatch(l.compact) for l in text.title_lines(0.2, pages=1)) or _binder_contents(text)


# An entry of a binder's contents: its number, the paper's name (a note in brackets after it), its
# pages (1. 获奖证书（含完成人名单） 2-3); the name ends on a kind of paper, as no chapter or article
# does twice. At least one of them a certificate's, a contract's or an opinion's: a journal's 目次
# may hold two 研究报告.
_ENTRY = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.、．]\s*(\S.*?)\s*(?:[（(][^（()）]*[)）])?[\s.…·-]*(?:\d{1,3}(?:\s*[-–—~至]\s*\d{1,3})?)?")
_ENTRY_KINDS = re.compile(r"(证书|证明|合同|意见|发票|推荐信|推荐表|协议|论文|报告|批复|通知|文件)$")
_STRONG_KINDS = frozenset({"证书", "证明", "合同", "意见", "发票", "推荐信", "推荐表", "协议"})
# A document's own chapter or appendix in its contents (第一章 绪论, 附件1 检测报告, 附录A).
_CHAPTER = re.compile(r"(?:第[一二三四五六七八九十\d]+[章节篇部分]|附件\s*\d|附录\s*[A-Z\d一二三四五六七八九十])")


def _binder_contents(text: DocText) -> bool:
    """One page headed 目录, two of its entries or more naming kinds of paper (学位证书, 项目验收意见,
    产品购销合同): the binder's own contents, no page of the document after it (probe EC c02, c07:
    joined to the certificate after it, it made the pair, and then the whole binder, unknown).
    A document's own contents, read with its other pages, are not asked about.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def page(*rows):
    ...     return DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "text_layer", [
    ...         Line(t, (100, 100 + 60 * k, 900, 140 + 60 * k), 1.0) for k, t in enumerate(rows)])]))
    >>> _binder_contents(page("目 录", "1. 获奖证书（含完成人名单） 2-3", "2. 项目验收意见 4-5", "3. 产品购销合同 7-9"))
    True
    >>> _binder_contents(page("目 次", "1. 智能工厂评价方法研究报告 1", "2. 边缘计算的应用研究报告 9"))
    False

    A report's or a book's own contents, whose chapters end on no kind of paper but for an
    appendix or two (用户使用证明, 检测报告), are its first page (probe EF r1a):

    >>> _binder_contents(page("目 录", "1. 项目概述 1", "2. 技术方案 3", "3. 测试结果 7", "4. 用户使用证明 9", "5. 查新报告 11"))
    False
    >>> _binder_contents(page("目 录", "第一章 绪论 1", "第二章 系统设计 5", "附件1 检测报告 20", "附件2 应用证明 24"))
    False
    """
    if len({l.page for l in text.lines}) != 1 or not any(l.compact == "目录" for l in text.title_lines(0.2, pages=1)):
        return False
    # (or unnumbered, its page boxed apart at the right or after its leaders: 获奖证书 …… | 2, probe EI t02)
    paged = [l for l in text.lines if not _ENTRY.fullmatch(l.text.strip()) and (
        re.search(r"[.…·]{3,}\s*\d{1,3}$", l.compact) or re.search(r"\S\s{2,}\d{1,3}$", l.text.strip())
        or any(re.fullmatch(r"\d{1,3}(?:[-–—~]\d{1,3})?", o.compact) for o in row_of(text, l) if box(o)[0] > box(l)[2]))]
    entries = [l for l in text.lines if _ENTRY.fullmatch(l.text.strip()) or _CHAPTER.match(l.compact)] + paged
    kinds = [m.group(1) for l in entries if (e := _ENTRY.fullmatch(l.text.strip()))
             and (m := _ENTRY_KINDS.search(re.sub(r"\s", "", e.group(1))))]
    kinds += [m.group(1) for l in paged if (m := _ENTRY_KINDS.search(re.sub(r"[.…·\d\s-]+$", "", l.compact)))]
    # (a binder's entries are papers, nearly all of them; a document's are its chapters)
    return len(kinds) >= 2 and bool(_STRONG_KINDS & set(kinds)) and 3 * len(kinds) >= 2 * len(entries)


def divider(text: DocText) -> bool:
    """The page holds only a section divider's heading (``DIVIDER``), besides a page number;
    or it is the bundle's own list of materials (申报材料目录 over 序号 材料名称 页码, probe DD
    B08): a page of no document, joined to neither side."""
    if _materials_list(text):
        return True
    boxes = [l.compact for l in text.lines if not re.fullmatch(r"[-—–－\s\d]*", l.compact)]
    words = "".join(boxes)
    if len(boxes) == 2 and any(re.fullmatch(r"[一二三四五六七八九十]+", b) for b in boxes):
        # (its numeral boxed apart and the 、 lost: 三 | 推荐意见, a scanned divider, probe DB B11)
        numeral = next(b for b in boxes if re.fullmatch(r"[一二三四五六七八九十]+", b))
        words = numeral + "、" + next(b for b in boxes if b is not numeral)
    return bool(words) and DIVIDER.fullmatch(words) is not None


def _outside_sections(text: DocText) -> tuple[PhraseFinder, dict] | None:
    """The cue phrases and identifiers of a document's pages but its body's sections (a later
    page opening on 二、…, （三）…, 3.2 …, whose words tell of other papers), or None when no
    page opens so."""
    heads = _page_heads(text.lines)
    pages = sorted(heads)
    body = {p for p in pages[1:] if _SECTION.match(heads[p].compact)}
    if not body:
        return None
    kept = DocText(replace(text.result, pages=[p for p in text.result.pages if p.number in pages and p.number not in body]))
    return PhraseFinder(kept), find_all(kept.text)


def classify(text: DocText) -> Classification:
    """The doc_type of a read document, with a confidence and the reasons."""
    if not text.lines:
        return Classification("unknown", 0.0, ["没有识别出文字"])
    if divider(text):  # 一、获奖证书（共1项）: names a kind of paper, is none
        what = "材料目录页" if _materials_list(text) else "分隔页"
        return Classification("unknown", 0.0, [f"只有{what}的标题（" + text.compact[:20].replace("\n", " ") + "），不是证明材料"])
    # 无效宣告请求审查决定书, 撤稿声明, 关于撤销…奖励的决定: a paper taking an achievement back
    # prints all its fields and is none of them (the audit reads its words against the others)
    taken_back = next((t for l in text.title_lines() if (t := withdrawing_title(l.compact))), None)
    if taken_back:
        return Classification("unknown", 0.0, [f"标题为{taken_back[:30]}：是撤销、宣告无效或终止成果的文书，不是成果证明"])
    found = PhraseFinder(text)
    ids = find_all(text.text)
    # What speaks against a type titled on the first page is read there, where the document
    # says what it is: a patent certificate's fee receipt bound after it (交款人, 票据号码) is its page.
    first = text.lines[0].page
    opening = found if all(l.page == first for l in text.lines) else PhraseFinder(DocText(text.result, (first, first)))
    outside = _outside_sections(text)
    scored = {t: _score(t, c, text, found, ids, opening, outside) for t, c in CUES.items()}
    if not any(r.startswith("标题 ") for s in scored.values() for r in s.reasons):
        for doc_type, sentence in sentence_cues(text).items():
            scored[doc_type].value += SENTENCE_WEIGHT
            scored[doc_type].reasons.append(f"文句 {sentence}")
            scored[doc_type].stated = True
    ranked = sorted(((s.value if not s.refused else 0.0, t) for t, s in scored.items()), reverse=True)
    (best, doc_type), (second, runner_up) = ranked[0], ranked[1]
    # A title at the top says what the document is; fields another kind also prints (a
    # letter's 职称, a 专利奖's 专利号) say less: a runner-up with no title of its own
    # comes half as close.
    # A statement of what it is (兹推荐…同志申报, …荣获…特发此证) stands for an untitled
    # letter's or certificate's title against a runner-up with neither.
    if (scored[doc_type].titled or scored[doc_type].stated) and not (scored[runner_up].titled or scored[runner_up].stated):
        second /= 2
    # Strength of the evidence, discounted by how close the runner-up comes.
    confidence = (1 - math.exp(-best / 4)) * (1 - 0.5 * second / best) if best > 0 else 0.0
    scores = {t: round(s.value, 2) for t, s in scored.items()}
    if confidence < THRESHOLD:
        # (a type refused by its own title, 专利申请受理通知书, says so whatever its score: the
        # applicant who cites it as his patent learns why it is none)
        refused = [f"像{type_name(t)}（{'；'.join(s.reasons)}），但{s.refused}" for t, s in scored.items()
                   if s.refused and (s.value >= TITLE_WEIGHT or s.refused.startswith("标题为") and s.value > 0)]
        closest = [f"最接近{type_name(doc_type)}（{'；'.join(scored[doc_type].reasons)}），"
                   f"其次是{type_name(runner_up)}，把握不足"
                   ] if best > 0 else ["没有任何一类证明材料的标题、字段或编号"]
        reasons = refused + closest
        looks_like = next((t for t, s in scored.items() if s.refused and s.value >= TITLE_WEIGHT and s.reasons
                           and s.reasons[0].startswith("标题 ") and any(r.startswith("字段 ") for r in s.reasons)),
                          None)
        return Classification("unknown", round(confidence, 3), reasons, scores, looks_like)
    return Classification(doc_type, round(confidence, 3), scored[doc_type].reasons, scores)
