"""One file, several documents: splitting a 合订本 by page (CONTRACT §6.1 ``page_range``).

Applicants scan a patent, an award and a title certificate into one PDF.  Read as one
document, the second certificate is silently lost (and a false rank mismatch or duplicate
follows).  Each page is classified on its own; a page **opens** a document when it is
confidently of a type and shows that type's heading (a cue title in its title zone, or
for a paper the words its first page has, 摘要 and 关键词).  A page that opens nothing
continues the document before it: a contract's second page, an acceptance's member table,
a standard's foreword, the scan after a typed cover sheet, a journal's contents page.  A
page of no type at all is a document of its own (an unrecognised certificate, reported as
``unknown``) when it follows a one-page certificate or precedes pages of a type, and has
more on it than a cover sheet.

Then the pieces are checked as documents:

- a piece that is no document on its own (a short page of no type, or a known type with
  none of its deciding fields read: a cover sheet, a booklet's cover) joins its neighbour;
- neighbouring pieces of one type join unless the type fits on one page
  (``DocType.one_page``) or each opens with its own first page: three pages of a paper
  are one paper, two papers' first pages (摘要, 关键词) are two papers, two pages headed
  发明专利证书 are two patents.

A section divider (二、论文（共1篇）) is a page of its own, joined to neither side; a page
headed as a later page (前言, 说明, 附页, 续表) never opens a document; a decision's 附件
pages stay with it however many it named; and two papers of one type that agree on what
identifies them are still two when their titles say they are different papers
(``DocType.papers``: a contract and the invoice billing it).

A file splits only when at least two pieces stand on their own; otherwise it is one
document, exactly as before, so single documents pay nothing but a per-page classification.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from classifiers import classify
from classifiers.classify import THRESHOLD, divider
from extractor.doctypes import doctype
from extractor.doctypes.base import LISTS
from extractor.model import ReadResult
from extractor.text import DocText
from extractor.idscan import find_standard_numbers


# A page of no type is a document of its own (an unrecognised certificate, 聘书) unless it is
# nearly empty or a cover sheet that says what follows (附件 / 证明材料 / （获奖证书） / 共 1 页).
COVER_CHARS = 80  # a cover holds a title, a name or two, a publisher or a unit: fewer letters than this
SHORT_PAGE = 20
_COVER = re.compile(r"附件|证明材料|以下为|扫描件|复印件|共\d+页|封面|目录")
# A sheet announcing what follows it (附件 / 证明材料 / （论文）), unlike a document's own cover or contents.
_SHEET = re.compile(r"附件|证明材料|以下为|扫描件")
# A sheet that only names the kind of paper after it, a divider whose numeral OCR lost (专利证书,
# （获奖证书）, 发表论文, probe DJ B03: 二、 unread, the sheet had closed the paper before it).
_KIND_SHEET = re.compile(r"[（(]?[\u4e00-\u9fff]{0,8}(?:证书|论文|专利|著作权|报告|合同|标准|证明|奖励|成果|发票|验收|著作|教材)"
                         r"[）)]?(?:[（(]共\d+[篇项件份本个页][)）])?")
# A page too weakly of a type to be classified still leans to it from this score on (a
# journal's cover with its ISSN and CN but no abstract; a patent certificate's second page).
LEANS = 2.0


@dataclass
class Piece:
    first: int
    last: int
    doc_type: str  # what its pages are of ("unknown" for pages of no type)
    chars: int = 0
    opened: bool = False  # one of its pages opens a document (a paper's first page)
    looks_like: str | None = None  # titled as this type but lacking what it requires (审计报告 without its figures)
    announces: bool = False  # its pages name their 附件 (附件：1. …名单 2. …名单)
    divider: bool = False  # a section's divider sheet (二、论文（共1篇）): a page of its own
    cover: bool = False  # begun by a short page sure of its type, after a paper of that type was opened
    serials: frozenset = frozenset()  # the ISSNs and ISBNs its pages print (``_serials``)
    foreign: bool = False  # begun by a page printing a serial number none of the piece before's pages print
    sure: bool = False  # one of its pages is classified as its type on its own, not only leaning to it
    tentative: bool = False  # begun only because two pages sure of one type might be two papers (``split`` decides)
    sheet: bool = False  # a cover sheet alone (附件 / 证明材料 / （论文））: it goes with what follows it
    after_certificate: bool = False  # a page of no type begun only for following a certificate's page
    addressee: str | None = None  # whom its first page is made out to (``_addressee``)
    numbers: frozenset = frozenset()  # the document numbers its pages print at their tops (``_top_numbers``)
    refers: bool = False  # its words send the reader to an annex (成员名单见附件2)
    credits: bool = False  # begun by a page of no type crediting a document's writers (《…》编委会): never one alone
    annex: bool = False  # begun by a page headed 附件 / 附件2 alone (its own annex, named or not)


@dataclass
class _Page:
    number: int
    kind: str  # confident type, else the type it leans to, else "unknown"
    opens: bool
    chars: int  # what it holds, for a page of no type: 0 for a cover sheet
    headed: bool = False  # it has a heading of its own (聘书, 培训证书, 会议通知 …)
    confident: bool = False  # classified as ``kind`` on its own, not only leaning to it
    announces: bool = False  # it names its 附件 (``附件：获奖项目目录``)
    annex: bool = False  # it opens with ``附件`` (or ``附件2``): the annex a page before named
    record: bool = False  # a certificate's later record (工作单位变更记录) or its English translation
    looks_like: str | None = None  # the type it is titled as, though it lacks what that type requires
    continues: bool = False  # headed as a later page is (前言, 说明, 续表): it opens nothing
    divider: bool = False  # only a numbered section heading (二、论文, 四、其他佐证材料)
    fee: bool = False  # a receipt for a patent's fees (专利收费收据, 第7年度年费)
    serials: frozenset = frozenset()  # the valid ISSNs and ISBNs it prints
    sheet: bool = False  # a cover sheet saying what follows (附件 / 证明材料 / （论文）)
    addressee: str | None = None  # the unit it is made out to, on a line of its own (``_addressee``)
    numbers: frozenset = frozenset()  # the document's own number at the page's top (``_top_numbers``)
    heading: str | None = None  # its heading of its own (``_heading``), when ``headed``
    refers: bool = False  # its words send the reader to an annex (项目组成员名单见附件2, 详见附件)
    credits: bool = False  # headed as a page crediting a document's writers (编委会, 《…》编写人员)


# A document's own number, as a report or a contract prints it at the top of each page
# (No:JC2023-0815, 报告编号：…, 合同编号：…): letters and digits, six at least, one digit.
_TOP_NUMBER = re.compile(r"(?:^|\s)(?:No|NO|№)\s*[.:：]?\s*([A-Z0-9][A-Z0-9\-/]{5,})|(?:报告|合同|检验|检测)编号[:：]\s*([A-Z0-9][A-Z0-9\-/]{5,})")


def _top_numbers(text: DocText) -> frozenset:
    """The document numbers printed in the page's top tenth (``_TOP_NUMBER``)."""
    found = set()
    for line in text.lines:
        if line.top <= 0.1:
            for match in _TOP_NUMBER.finditer(line.text):
                number = match.group(1) or match.group(2)
                if re.search(r"\d", number):
                    found.add(number)
    return frozenset(found)


def _opens(text: DocText, doc_type: str, reasons: list[str]) -> bool:
    """Whether a page is the first page of a document of ``doc_type``."""
    declared = doctype(doc_type)
    if declared is None:
        return False
    if declared.opens_with:
        # (across a line's break: 摘 | 要：… where the caption's letters are set apart, probe DO bnd-14
        # had a second paper's first page taken for the first's next)
        words = "".join(text.compact.split())
        return all(word in words for word in declared.opens_with)
    return any(r.startswith("标题 ") for r in reasons)


def _leaning(text: DocText, scores: dict[str, float]) -> str:
    """The type a page leans to when it is no document on its own, or ``unknown``: its best
    score, if high enough and the type's required content or one of its own identifiers is
    on the page (a journal's cover has its ISSN and CN, not the abstract a paper needs)."""
    from extractor.idscan import find_all

    ids = None
    for doc_type, score in sorted(scores.items(), key=lambda kv: -kv[1]):
        if score < LEANS:
            break
        declared = doctype(doc_type)
        if declared is None:
            continue
        if ids is None:
            ids = find_all(text.text)
        if any(r in text.compact or ids.get(r) for r in declared.cues.requires) \
                or any(ids.get(kind) for kind in declared.cues.identifiers):
            return doc_type
    return "unknown"


def _page(result: ReadResult, number: int) -> _Page:
    text = DocText(result, (number, number))
    verdict = classify(text)
    bare = _annex_sheet(text)
    if verdict.doc_type != "unknown" and verdict.confidence >= THRESHOLD and not bare:
        kind, confident = verdict.doc_type, True
    else:
        kind, confident = ("unknown" if bare else _leaning(text, verdict.scores)), False
    # A page headed 前言 or 目录 is a later page of the document before, whatever its words say.
    titled = next((r[3:] for r in verdict.reasons if r.startswith("标题 ")), "")
    continues = _continues(text, titled)
    # (a letter's last page that opens on the list of its annexes, 附件：…获奖项目目录, then its signature:
    # the letter's, whatever its words lean to, probe DC ad1, ad2)
    first = next((l for l in text.lines if l.compact), None)
    continues = continues or first is not None and first.top <= 0.33 and bool(_ANNOUNCES.match(first.compact)) \
        and not _ANNEX.match(first.compact)
    opens = confident and _opens(text, kind, verdict.reasons) and not continues
    kind_sheet = not confident and _KIND_SHEET.fullmatch(re.sub(r"\s", "", text.compact)) is not None
    cover = bare or not confident and len(text.compact) < COVER_CHARS and (_COVER.search(text.compact) or kind_sheet)
    announces = any(_ANNOUNCES.match(l.compact) for l in text.lines if l.top > 0.15)
    annex = any(_ANNEX.match(l.compact) for l in text.lines[:3] if l.top <= 0.15)
    record = kind == "unknown" and (any(_RECORD.search(l.compact) for l in text.lines[:4] if l.top <= 0.3)
                                    or _translation(text))
    # A page titled like a type, with its fields, but lacking what the type requires (a
    # standard's 征求意见稿: 团体标准 over a number not yet given, T/CIE XXXXX—20XX).
    looks_like = verdict.looks_like
    # (a later page's heading first, 附录A over its 申请表: the table is the annex's, no new document)
    heading = None if continues else _heading(text)
    return _Page(number, kind, opens, 0 if cover else len(text.compact), heading is not None, confident,
                 announces, annex, record, looks_like, continues, _divider(text),
                 bool(_PATENT_FEE.search(text.compact)), _serials(text), (_sheet(text) or kind_sheet or bare) if cover else False,
                 _addressee(text), _top_numbers(text), heading, bool(_REFERS.search(text.compact)), _credits(text))


# A certificate's or a notice's addressee on a line of its own: the unit it is made out to.
_ADDRESSEE = re.compile(r"([\u4e00-\u9fff（）()]{2,30}(?:公司|集团|研究院|研究所|大学|学院|中心|医院|工厂|厂))[:：]")


def _addressee(text: DocText) -> str | None:
    """The unit a page is made out to, on a line of its own in its upper half (重庆锐铭精密机械
    股份有限公司：): two certificates of one type made out to two units are two, whatever else
    they do not read.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def page(*texts):
    ...     lines = [Line(t, (100, 200 + 80 * i, 900, 250 + 80 * i)) for i, t in enumerate(texts)]
    ...     return DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", lines)]))
    >>> _addressee(page("认定证书", "重庆锐铭精密机械股份有限公司：", "你单位…经评审认定为…。特发此证。"))
    '重庆锐铭精密机械股份有限公司'
    >>> _addressee(page("推荐信", "尊敬的评审委员会：")) is None
    True
    """
    for line in text.lines:
        if line.top > 0.5:
            break
        found = _ADDRESSEE.fullmatch(line.compact)
        if found:
            return found.group(1)
    return None


def _annex_sheet(text: DocText) -> bool:
    """A sheet headed 附件N over the name of the papers after it, and nothing else but its folio
    (附件1 | 学历学位证书 | 第1页 共7页): it names what follows, whatever its words lean to (a
    degree certificate, probe EC c09, which the sheet then opened).

    >>> from extractor.model import Line, Page, ReadResult
    >>> def page(*texts):
    ...     lines = [Line(t, (400, 600 + 80 * i, 600, 650 + 80 * i)) for i, t in enumerate(texts)]
    ...     return DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", lines)]))
    >>> _annex_sheet(page("附件1", "学历学位证书", "第1页 共7页")), _annex_sheet(page("附件3", "授权发明专利证书及业绩证明(合同、发票、验收证书)"))
    (True, True)
    >>> _annex_sheet(page("附件2", "2022年重庆市数字化车间名单", "序号 企业名称 项目名称", "1 重庆渝通精工 注塑车间"))
    False
    """
    lines = [l.compact for l in text.lines if l.compact and not _FOLIO.fullmatch(l.compact)]
    return 2 <= len(lines) <= 3 and _ANNEX.match(lines[0]) is not None and sum(map(len, lines[1:])) <= 40


def _sheet(text: DocText) -> bool:
    """A sheet announcing what follows it and nothing else: 附件 / 证明材料 / （论文）, 以下为扫描件
    — not an annex's first page, 附件 over the list it holds.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def page(*texts):
    ...     lines = [Line(t, (400, 300 + 80 * i, 600, 350 + 80 * i)) for i, t in enumerate(texts)]
    ...     return DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", lines)]))
    >>> _sheet(page("附件", "证明材料", "（论文）")), _sheet(page("附件", "2022年重庆市数字化车间名单", "1 重庆渝通精工 注塑车间"))
    (True, False)
    >>> _sheet(page("附件", "证明材料", "(论文)", "共1页", "以下为原件扫描件，与原件一致。"))
    True
    """
    rest = re.sub(r"以下为|原件|扫描件|复印件|与|一致|相符|共\d+页", "", _SHEET.sub("", text.compact))
    rest = re.sub(r"[（(][\u4e00-\u9fff]{1,8}[)）]|[\d一二三四五六七八九十、.．:：,，。\-—\s]", "", rest)
    return _SHEET.search(text.compact) is not None and len(rest) <= 6


def _serials(text: DocText) -> frozenset:
    """The valid ISSNs and ISBNs a page prints (a journal's and a book's own numbers, which
    no page of another journal or book repeats): ``("issn", "1671-0010")``."""
    from extractor.idscan import find_isbns, find_issns

    if _references(text):
        return frozenset()  # (a list of references names other works' numbers, never its own)
    # (the compact text too: a sentence may wrap inside the number, 《…》(ISB | N9787564377885)一书)
    found = (*find_issns(text.text), *find_isbns(text.text), *find_isbns(text.compact.replace("\n", "")))
    return frozenset((f.kind, f.value) for f in found if f.valid)


# A receipt for a patent's fees: bound after the certificate, it shows the patent kept in
# force (its annual fee paid), and two outside sets' typists counted it a page of the patent.
_PATENT_FEE = re.compile(r"专利.{0,8}(?:收费|缴费|年费|费用)|(?:年费|专利费).{0,12}(?:票据|收据)")


def _divider(text: DocText) -> bool:
    """The page holds only a section divider's heading (``classify.divider``), besides a page
    number, or heads the whole binder's list of materials (证明材料目录, 申报材料清单): a page of
    its own, no part of the document before or after it."""
    return divider(text) or any(w in l.compact for l in text.lines[:3] for w in LISTS)


def _translation(text: DocText) -> bool:
    """A page in English (a degree's BACHELOR'S DEGREE CERTIFICATE, a certificate's
    translation): bound after a certificate, it is that certificate's other language.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def page(*texts):
    ...     lines = [Line(t, (100, 100 + 50 * i, 900, 140 + 50 * i)) for i, t in enumerate(texts)]
    ...     return DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", lines)]))
    >>> _translation(page("BACHELOR'S DEGREE CERTIFICATE", "This is to certify that Zhang Mingyuan has completed"))
    True
    >>> _translation(page("学士学位证书", "This is to certify that Zhang Mingyuan has completed"))
    False
    """
    letters = re.findall(r"[A-Za-z\u4e00-\u9fff]", text.compact)
    return len(letters) >= 40 and sum("\u4e00" <= c <= "\u9fff" for c in letters) <= 0.03 * len(letters)


# A booklet certificate's later pages: 工作单位变更记录, 继续教育登记, 年度考核记录.
_RECORD = re.compile(r"(?:变更|变动|登记|考核|继续教育|聘任|注册|审验)(?:记|情况)"
                     # (a patent certificate's page of its changes, 专利证书记载事项变更 over 变更项目 | 变更前
                     # | 变更后: probe DJ B05 had split it off)
                     r"|记载事项变更|著录(?:项目|事项)变更")  # (记漿: 录 OCR damaged)


# ``附件：2024年度…获奖项目目录`` in a letter's last lines, and the annex's page opening with
# ``附件`` (``附件2``, ``附件：``) alone: one document, the decision and its list.
_ANNOUNCES = re.compile(r"^附件\s*[\d一二三四五六七八九]?\s*[:：]\s*\S")
_ANNEX = re.compile(r"^附件\s*[\d一二三四五六七八九]?\s*[:：]?$")
# A sentence sending the reader to an annex (项目组成员名单见附件2, 详见附件): a page of no type
# that opens with 附件 after it is that annex (an acceptance's member table on a page of its own).
_REFERS = re.compile(r"(?:见|详见|列于|附后|附在)附件\s*[\d一二三四五六七八九]?")


# Headings that a document's later pages carry: they continue it, they open nothing.
_CONTINUING = re.compile(r"^(前言|目次|目录|参考文献|附录|附表|附件|续表|续|摘要|abstract|致谢|正文)", re.I)
# What a document's own title ends with, by its genre (聘书, 结业证书, 会议通知, 收入证明,
# 邀请函, 表彰决定 …).  A later page's section heading names a part (主要研究人员名单,
# 验收意见, 经费决算表) and continues the document before it.  (…模型与实验验证 in a contents
# page is a paper's title, no certificate.)
_GENRE = re.compile(r"(书|(?<![验论保考实求例])证|通知|证明|函|决定|公告|通告|公示|通报|批复|纪要|请假条|简报|邀请|任命|签到表|登记表|简历|履历表|"
                    r"申请表|报告单|体检报告|查新报告|检验报告|检测报告|记录|票据|发票|收据|回单)$")


def _credits(text: DocText) -> bool:
    """The page opens with a heading that credits a document's writers (编委会, 《汽车NVH工程实践》
    编委会, 本书编写人员): a page of the book or report it is bound with, never a paper of its own."""
    heads = [l for l in text.lines if l.compact][:1]
    return bool(heads) and heads[0].top <= 0.33 and \
        _CREDITS_PAGE.fullmatch(re.sub(r"^《[^》]{1,40}》", "", heads[0].compact)) is not None


# A heading that names a kind of paper (二、购销合同, 四、获奖证书, 三、项目验收意见): a binder's, over the paper.
_NAMES_A_PAPER = re.compile(r"(?:合同|协议|证书|证明|意见|发票|批复|通知|文件|论文|推荐信|推荐表|报告|材料|清单)$")


def _continues(text: DocText, titled: str = "") -> bool:
    """The page's first line is a heading later pages carry (前 言, 目录, 附录 …) and nothing
    more, or one of its first three lines says it is a certificate's 附页 (under the
    certificate's own title, repeated), or it heads a report's credits and the title the
    page was classified by (``titled``) is printed nowhere else on it."""
    heads = [l for l in text.lines if l.compact][:3]
    if not heads or heads[0].top > 0.33:
        return False
    if _CREDITS_PAGE.fullmatch(heads[0].compact):
        return not titled or not any(titled in l.compact for l in text.lines if l is not heads[0])
    if re.search(r"[（(]续(?:表)?[)）]$", heads[0].compact) and len(heads[0].compact) <= 30 \
            and re.search(r"表|名单|名录|清单|明细|成员|人员|[（(]续表[)）]", heads[0].compact):
        # (a table run on from the page before: 表2 课题组成员（续）, 主要研制人员名单（续）; a paper's
        # title continued from an earlier issue, …关键技术综述（续）, opens a paper)
        return True
    # (a heading with its colon, 参考文献:, probe DC; or a page of a paper's references, its entries
    # [1] …[J]… naming other journals and books by their ISSN and ISBN)
    # (or under the document's running head, its number: T/CQMES 080-2023 | 参考文献)
    running = len(heads) > 1 and heads[1].top <= 0.33 and bool(find_standard_numbers(heads[0].text) or _PAGE_COUNT.search(heads[0].compact))
    # (a chapter's heading, 第四章 检测报告 or 第六章 用户使用报告: the report's own part, however its
    # words lean, probe DT long-04 split its chapter 4 off)
    # (so is a contract's article, 第一条 本项目要达到的目标, and its model text's 填写说明, probe DT long-09)
    # (or a later numbered section, 二、合同执行情况, probe EF r6e: its words telling of a contract
    # made a report's page one; never a binder's heading naming the paper under it, 二、购销合同,
    # 三、获奖证书, probe EI b03)
    if re.match(r"第[一二三四五六七八九十\d]{1,3}[章条]\s*[\u4e00-\u9fff]|填写说明$", heads[0].compact) or \
            re.fullmatch(r"[二三四五六七八九十]{1,2}[、．][\u4e00-\u9fff]{2,14}", heads[0].compact) \
            and not _NAMES_A_PAPER.search(heads[0].compact):
        return True
    return bool(_LATER_PAGE.fullmatch(heads[0].compact.rstrip(":："))) \
        or running and bool(_LATER_PAGE.fullmatch(heads[1].compact.rstrip(":："))) \
        or any(l.top <= 0.33 and _ANNEX_PAGE.fullmatch(l.compact) for l in heads) or _references(text)


# A reference list's entry: [3] 陈滢融,…[J]. 计算机集成制造系统,2021,27(4) / 1. 谢琴. …[M]. 北京:…
_REFERENCE = re.compile(r"^[\[［【]\d{1,3}[\]］】]|^(?:\d{1,3}[.、．])?.{0,80}?\[(?:J|M|C|D|R|S|P|N|EB/OL|J/OL|Z|A)\]")


def _references(text: DocText) -> bool:
    """The page is (the rest of) a paper's or a report's list of references: most of its
    entries cite works with their kind marks ([J], [M], [EB/OL]) — other works' numbers,
    no document of their own."""
    lines = [l for l in text.lines if l.compact]
    cited = sum(1 for l in lines if _REFERENCE.match(l.compact))
    return cited >= 3 and cited * 2 >= len([l for l in lines if len(l.compact) > 15])


# (or under the certificate's own title: 计算机软件著作权登记证书 附页)
_ANNEX_PAGE = re.compile(r"(?:[\u4e00-\u9fff]{2,16}证书\s*)?[（(]?(?:附页|续页|证书附页)[)）]?(?:[:：].{0,30})?")


# (not 附件: a certificate bound as an annex opens a document of its own)
_LATER_PAGE = re.compile(r"前言|序言|目次|目录|参考文献|附录[A-Z\d一二三四五六七八九十]?|续表|致谢|说明|注意事项|(?:持证|使用)?须知")
# A report's credits page (编写说明, 报告编写人员, 可行性研究报告编制人员名单, 编委会): a later page
# too, unless the page also carries a title of its own (a white paper's cover and its
# 编写委员会 scanned side by side as one page).
# (and a 科技报告's 基本信息表 after its cover: its authors, its date, its abstract)
_CREDITS_PAGE = re.compile(r"(?:编写|编制)说明|.{0,14}(?:编写|编制)人员(?:名单)?|编委会(?:名单)?|编写(?:委员会|组)(?:名单)?|"
                           r"(?:科技)?报告基本信息表")


_OFFICIAL_TITLE = re.compile(r"关于[^，。,；;：:]{4,36}的(?:通知|决定|批复|函|公告|通报)")


def _headed(text: DocText) -> bool:
    """Whether the page opens with a heading of its own (``_heading``)."""
    return _heading(text) is not None


def _heading(text: DocText) -> str | None:
    """The page's heading of its own, or ``None``: in its top third, a short line of Chinese
    printed at least half again as big as the page's ordinary lines, and not a heading
    that a document's later pages have (前言, 目次, 参考文献, a numbered section 2 方法 …),
    and named by its genre (``_GENRE``).

    A page of no type after a paper or a contract runs on from it unless it is so headed:
    a 聘书 or a 培训证书 bound after a paper is a document of its own, the paper's third
    page is not.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def page(*lines):
    ...     return DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", list(lines))]))
    >>> body = [Line("本公司决定聘请张三同志为技术中心副主任，聘期三年。", (100, 500 + 40 * i, 900, 530 + 40 * i)) for i in range(4)]
    >>> _headed(page(Line("聘  书", (400, 150, 600, 230)), *body))
    True
    >>> _headed(page(Line("2 系统架构", (100, 150, 300, 200)), *body))
    False
    >>> _headed(page(Line("主要研究人员名单", (300, 150, 700, 200)), *body))
    False
    >>> _headed(page(*body))
    False
    >>> notice = Line("关于举办2020年度工程技术系列职称申报业务培训的通知", (130, 150, 870, 192))
    >>> _headed(page(notice, *body)), _headed(page(Line(notice.text, (40, 150, 780, 192)), *body))
    (True, False)
    >>> _headed(page(Line("荣誉证书（副本）", (300, 150, 700, 220)), Line("张三", (450, 600, 530, 630))))
    True
    """
    def size(line) -> float:  # of its characters: a column of vertical print (竖排) is tall
        x0, y0, x1, y1 = line.line.box
        across, along = sorted((x1 - x0, y1 - y0))
        # (OCR draws a short cell's box tall for its print, 序号 as high as a heading: a line of
        # several letters is measured by its letters' advance too)
        units = sum(0.5 if c.isascii() else 1.0 for c in line.compact)
        return min(across, along / units) if units >= 2 else across

    for line in text.lines:
        if line.top > 0.33:
            continue
        # Against the page's other lines: on a certificate of few words (荣誉证书 over 张三)
        # the heading must not set the measure it is held to.
        others = sorted(size(l) for l in text.lines if l is not line and len(l.compact) >= 2)
        # (a centred line is a title at a smaller step: 健康体检报告 at 1.5×, 关于…的通知 at 1.3×)
        x0, _, x1, _ = line.line.box
        centred = bool(line.page_width) and abs((x0 + x1) / 2 - line.page_width / 2) <= 0.08 * line.page_width
        # (an office's 关于…的通知, centred in the top third, is its title at any size: some print
        # it no bigger than the text)
        official = centred and _OFFICIAL_TITLE.fullmatch(line.compact) is not None
        if not official and (not others or size(line) < (1.25 if centred else 1.5) * others[len(others) // 2]):
            continue
        compact = re.sub(r"[（(][^）)]{0,8}[）)]$|[。.:：，,！!]+$", "", line.compact)  # 结业证书（副本）
        # an official document's title: 关于举办2020年度…职称申报业务培训的通知
        short = len(compact) <= 20 or centred and compact.startswith("关于") and len(compact) <= 40
        if 2 <= len(compact) and short and _GENRE.search(compact) and not _CONTINUING.match(compact) \
                and not re.match(r"^[\d一二三四五六七八九十]+[\s.、．]", line.text):
            return compact
    return None


def pieces(result: ReadResult) -> list[Piece]:
    """The page ranges a file's read pages fall into, before they are checked as documents.

    A new piece begins at a page that opens a document of another type (or of a type that
    fits on one page); at a page of some type after pages of none; and at a long page of no
    type after a one-page certificate (a certificate does not run on to unrelated content,
    a contract or a paper may)."""
    found: list[Piece] = []
    previous: _Page | None = None
    opening: _Page | None = None  # the current piece's first page
    for page in result.pages:
        if not page.lines or all(_FOLIO.fullmatch(line.compact) for line in page.lines):
            # A blank page (or one of its running foot only, 第6页 共9页) belongs to the document it
            # stands inside of, the page after it going on with it, or to the file's last one it
            # ends; before another document it is nobody's (probe EC c07: an acceptance had taken
            # the blank sheet after it as its page)
            if found and page.number == result.pages[-1].number:
                found[-1].last = page.number
            continue
        this = _page(result, page.number)
        current = found[-1] if found else None
        # (附件2 after 附件1: the notice named both)
        annexed = this.annex and (previous is not None and previous.announces or current is not None and current.announces
                                  or this.kind == "unknown" and current is not None and current.refers
                                  and not _other_project(result, current, page.number))
        previous = this
        declared = doctype(this.kind)
        one_page = declared is not None and declared.one_page
        cover = foreign = tentative = sheet = after_certificate = False
        before = doctype(current.doc_type) if current else None
        if current is None or this.divider or current.divider:
            new = True  # (a divider sheet belongs to neither the document before nor the one after)
        elif this.sheet and this.kind == "unknown" and current.doc_type != "unknown":
            # A cover sheet announces what follows it (证明材料（论文）), never ends what came before.
            new = sheet = True
        elif annexed:
            new = False  # the 附件 the page before named (a decision's list of awarded projects)
        elif this.numbers & current.numbers and not one_page and (this.kind in ("unknown", current.doc_type)
                                                                   or not this.confident):
            new = False  # the document's own number at the top again (No:JC2023-0815): its next page
        elif current.doc_type == "unknown" and this.kind != "unknown" and current.looks_like == this.kind \
                and not (this.opens and this.headed):
            new = False  # the figures of a report titled on the pages before (审计报告 | 利润表)
        elif current.doc_type == this.kind == "unknown" and this.looks_like is not None \
                and current.looks_like == this.looks_like and not this.headed:
            new = False  # an audit report's cover and its opinion, both titled 审计报告, the figures to come
        elif this.opens and (this.kind != current.doc_type or one_page
                             or current.opened and declared is not None and bool(declared.opens_with)):
            # A second first page of a type known by its first page's words is a second
            # document: three papers bound one after another each open with 摘要 and 关键词.
            # (An acceptance's later page headed 验收意见 opens nothing new.)
            new = True
        elif this.fee and this.kind in ("unknown", "revenue_proof") and current.doc_type == "patent_certificate":
            new = False  # the patent's fee receipt
        elif this.continues and (this.kind in (current.doc_type, "unknown") or current.doc_type == "unknown"
                                 or before is not None and not before.one_page and not (one_page and this.confident)):
            # a certificate's 说明 page, a standard's 前言, a report's 编写说明 after a cover no
            # type was read on: its words are the document's
            new = False
        elif this.kind == current.doc_type != "unknown" and _foreign(this.serials, current.serials):
            # A journal's or a book's number that the pages before do not print, where they print
            # one of its kind: another journal's issue (a paper's first page, then another
            # issue's contents page and article), another book.
            new = True
            foreign = True
        elif this.kind == current.doc_type != "unknown" and declared.identity and current.opened \
                and (this.opens or this.confident and (one_page or this.chars < COVER_CHARS)):
            # The type's heading again after its first (two standards, two reports bound one
            # after the other), a second page of a certificate's type, or a short page sure of
            # the type (a second book's cover after the first's imprint): a piece of its own, which
            # ``split`` joins back when the two read as one document (``_identities``).
            new = True
            cover = not this.opens and not one_page
        elif this.kind == current.doc_type != "unknown" and one_page and this.confident and current.sure \
                and not this.continues and len(declared.identity) >= 2:
            # A certificate's page sure of its type after one sure of it, its title unread on
            # both (two title certificates' inner pages, 持证人签名 over each holder): a piece of its
            # own, joined back unless the two read unlike (another holder, another date).
            new = tentative = True
        elif this.kind == current.doc_type != "unknown" and this.confident and current.sure \
                and len(declared.identity) >= 2 and not one_page and not this.continues:
            # A page sure of the type after pages sure of it, opening nothing: most often the
            # same document's next page, but two letters (a form, then a letter without its
            # heading) are two.  A piece of its own that ``split`` joins back unless the two
            # read unlike in every field that identifies them.
            new = tentative = True
        elif this.kind not in ("unknown", current.doc_type) and current.doc_type != "unknown" \
                and _own_identifier(result, page.number, this.kind):
            # A page with an identifier of another type (a journal's cover with its ISSN and CN,
            # a book's imprint with its ISBN, after a report): not a page of the report.
            new = True
        elif this.kind not in ("unknown", current.doc_type) and before is not None \
                and (this.confident and (before.one_page or current.opened or current.sure)
                     or before.one_page and not this.continues and this.chars < COVER_CHARS):
            # A certificate does not run on to a page of another type, headed or not (a
            # recommendation letter in 楷体 after an award, its heading unread; a title
            # booklet's short cover, only leaning to its type, after a software register's page), nor
            # does a paper once its first page was read (a book's cover bound after it), and no
            # page sure of its type runs on from a document sure of another (a title booklet's
            # inner page, its heading cut off, after a letter without its heading; a
            # certificate whose 证 | 书 OCR read apart after a book's imprint).
            new = True
        elif current.doc_type == "unknown" and this.kind != "unknown":
            # (a page only leaning to a type, with no heading, opening and identifier of its
            # own, runs on from the page before: a 劳动合同书's signature page)
            new = this.opens or current.chars >= SHORT_PAGE and (
                this.confident or this.headed or _own_identifier(result, page.number, this.kind))
        elif current.doc_type == this.kind == "unknown" and this.headed and this.chars >= SHORT_PAGE:
            new = True  # two unrecognised papers, each with its heading (two 体检报告, a 签到表)
        elif not this.confident and this.heading is not None and this.chars >= SHORT_PAGE and opening is not None \
                and opening.heading == this.heading and not this.numbers & current.numbers:
            # A form's heading again over a page of its own (two 延期验收申请表, one project's each):
            # a second copy of the form, not its next page, which carries no heading of its size.
            new = True
        elif this.kind == "unknown" and this.annex and _same_subject(result, current, page.number):
            new = False  # an annex about what the document before is about (…研究中心的批复 | 附件 | …研究中心建设任务)
        elif this.kind == "unknown" and this.annex and this.chars >= SHORT_PAGE:
            new = True  # 附件3 | 知识产权清单 that no page before announced: an annex of its own
        elif this.kind == "unknown" and this.record and before is not None and before.one_page:
            new = False  # a certificate booklet's record page (工作单位变更记录): the certificate's own
        elif this.kind == "unknown" and before is not None and before.one_page and current.first == current.last \
                and _same_project(result, current, page.number):
            # a certificate's second page under its project's name again (项目主要完成人及完成单位 |
            # 项目名称：…, 本证书第2页与第1页共同使用): its own, probe EC s10
            new = False
        elif this.kind == "unknown" and this.chars >= SHORT_PAGE and (before is not None and before.one_page
                                                                      or this.headed
                                                                      or this.looks_like not in (None, current.doc_type)):
            # After a certificate any page of no type is another document; after a paper,
            # a contract or a page of no type, only one with a heading of its own is.
            new = True
            # (only for being after a certificate's page: ``split`` joins it back when that
            # page is no certificate after all, a 专利权评价报告 and its 评价意见)
            after_certificate = not this.headed and this.looks_like in (None, current.doc_type)
        elif not this.confident and this.headed and this.chars >= SHORT_PAGE and (
                this.kind != current.doc_type or not this.opens and current.opened):
            # (or leaning to the very type before it under a heading of its own: a 诚信承诺书
            # that names the 推荐信 after the letters, no page of them)
            # A page only leaning to another type, under a heading of its own (a 验收会
            # 签到表 after a paper): no page of the paper either.
            new = True
        else:
            new = False
        if new:
            opening = this
            # (a tentative piece is, until ``split`` parts it, the document before's next page: opened as it was)
            found.append(Piece(page.number, page.number, this.kind, this.chars,
                               this.opens or tentative and current.opened, this.looks_like,
                               this.announces, this.divider, cover, this.serials, foreign, this.confident, tentative, sheet,
                               after_certificate, this.addressee, this.numbers, this.refers, this.credits and this.kind == "unknown",
                               this.annex))
        else:
            current.serials = current.serials | this.serials
            current.numbers = current.numbers | this.numbers
            current.sure = current.sure or this.confident
            current.announces = current.announces or this.announces
            current.refers = current.refers or this.refers
            current.last = page.number
            current.chars += this.chars
            current.opened = current.opened or this.opens
            if current.doc_type == "unknown":
                current.doc_type = this.kind
    return found


# A page's number alone, as a binder's running foot prints it: 第6页 共9页, - 6 -, 6/9, 第 6 页.
_FOLIO = re.compile(r"[-—–－]?\s*第?\s*\d{1,3}\s*页?\s*(?:[,，/、]?\s*共\s*\d{1,3}\s*页)?\s*[-—–－]?|\d{1,3}\s*/\s*\d{1,3}")


def split(result: ReadResult, build, halves: frozenset[int] = frozenset()) -> list:
    """The documents of a file: ``build(pages)`` makes one from a page range (or from the
    whole file, ``None``).  One document unless two pieces stand on their own.  A piece
    beginning on a page of ``halves`` (a sheet's right half, ``unfold``: already found to be a
    document of its own) is never joined to the one before."""
    if sum(1 for p in result.pages if p.lines) < 2:
        return [build(None)]
    found = pieces(result)
    if len(found) < 2:
        return [build(None)]
    built = [(piece, build((piece.first, piece.last))) for piece in found]

    def kept(i: int) -> bool:  # pieces i and i + 1 stay two
        return i + 1 < len(built) and built[i + 1][0].first in halves
    counts = {page.number: _page_count(result, page.number) for page in result.pages}  # (read once, not each round)
    whole = _numbers_the_file(counts)
    appended: set[int] = set()  # documents kept as read before their appendix joined them
    changed = True
    while changed and len(built) > 1:
        changed = False
        # A page that says it is the next of a count (第2页共3页 | 第3页共3页) goes on with the page
        # before, whatever seals did to the names on it (a contract's signature page).
        # (a count that numbers the whole file may be the binder's running foot, 第5页 共7页 over two
        # papers: it joins a page of no type to the one before, never two of one type)
        # (and then only on to the page after a document: a contents page or a cover before one is
        # no page of it, and joined by the running foot it made the whole binder one unknown, probe EC c07)
        counted = next((i for i in range(len(built) - 1) if not kept(i)
                        and (built[i][1].doc_type == built[i + 1][1].doc_type and not whole
                             or built[i + 1][1].doc_type == "unknown" and not built[i + 1][0].sheet
                             or built[i][1].doc_type == "unknown" and not whole)
                        and _counts_on(counts.get(built[i][0].last), counts.get(built[i + 1][0].first))), None)
        if counted is not None:
            built = _joined(built, counted, build)
            changed = True
            continue
        for i, (piece, doc) in enumerate(built):
            if piece.after_certificate and i > 0 and built[i - 1][1].doc_type == "unknown" == doc.doc_type and not kept(i - 1):
                # the page before, leaning to a certificate, is none (a report assessing a patent)
                built = _joined(built, i - 1, build)
                changed = True
                break
            # (a page of no type naming the book before it by its ISBN — its publisher's proof of
            # the applicant's share, 兹证明…参与编写我社出版的《…》(ISBN …)一书 — is the book's, probe CX B08)
            of_book = doc.doc_type == "unknown" and i > 0 and built[i - 1][1].doc_type == "book" and not kept(i - 1) \
                and bool({s for s in piece.serials if s[0] == "isbn"} & built[i - 1][0].serials)
            # (a page of no type headed 附件2 alone after a document of several pages — a contract's
            # price table, a plan's 重点项目表 — is that document's annex, probe DC ct4, tr4)
            before = doctype(built[i - 1][1].doc_type) if i > 0 else None
            # (not a bare sheet, 附件3 | 项目验收材料: that announces what follows it, probe EC c03)
            own_annex = doc.doc_type == "unknown" and piece.annex and before is not None and not before.one_page \
                and not kept(i - 1) and not built[i - 1][0].divider and not _bare_sheet(piece)
            # (a page headed 附录A 验收意见 after a report of several pages: the report's appendix, its
            # words whatever they are, never an acceptance of its own, probe DO long-01 — a 附件 may be
            # a certificate bound with its letter, an 附录 is the document's own part)
            appendix = before is not None and not before.one_page and not kept(i - 1) \
                and not built[i - 1][0].divider and _appendix(result, piece.first)
            if of_book or own_annex or appendix:
                kept_doc = built[i - 1][1]
                built = _joined(built, i - 1, build)
                if appendix and built[i - 1][1].doc_type != kept_doc.doc_type != "unknown":
                    # (read whole, the appendix's words outweigh the report's: 附录A 项目验收意见 left its
                    # pages typed nothing, probe DQ r1 — the report as read, its appendix's pages its own)
                    joined = built[i - 1][0]
                    kept_doc.page_range = (joined.first, joined.last)
                    kept_doc.pages = joined.last - joined.first + 1
                    kept_doc.reasons.append(f"第{piece.first}页起为附录，并入本材料，不单独计为成果")
                    built[i - 1] = (joined, kept_doc)
                    appended.add(id(kept_doc))
                changed = True
                break
            if _stands_alone(piece, doc):
                continue
            # No document on its own: join a neighbour of its type, else the previous piece
            # (the next one at the start).
            after = i + 1 < len(built) and built[i + 1][1].doc_type == doc.doc_type != "unknown"
            if after and i > 0 and built[i - 1][1].doc_type == doc.doc_type and doctype(doc.doc_type) is not None:
                # of its type on both sides: the one it reads alike (a report's chapter page
                # under its running title goes back to its cover, not on to the next report)
                declared = doctype(doc.doc_type)
                before_agrees = _identities(declared, built[i - 1][1], doc)
                after_agrees = _identities(declared, doc, built[i + 1][1])
                after = not (before_agrees[0] and not before_agrees[1] and (after_agrees[1] or not after_agrees[0]))
            # (a cover sheet goes with what follows it, and so does a bare 附件N sheet naming papers,
            # 附件3 | 授权发明专利证书及业绩证明（合同、发票、验收证书）, probe EC c09)
            after = after or (piece.sheet or _bare_sheet(piece)) and i + 1 < len(built) and not built[i + 1][0].divider
            j = i + 1 if after or i == 0 or built[i - 1][0].divider else i - 1
            if j >= len(built) or built[j][0].divider or kept(min(i, j)):
                continue  # nothing to join but a divider sheet (or a sheet's other half): left as it is
            built = _joined(built, min(i, j), build)
            changed = True
            break
        if changed:
            continue
        # (tentative pieces first: a second book's cover and its imprint, once one, are unlike the
        # book before; the cover alone, with no title read, is alike it in nothing and unlike in nothing)
        for i in sorted(range(len(built) - 1), key=lambda k: not built[k + 1][0].tentative):
            (_, da), (_, db) = built[i], built[i + 1]
            declared = doctype(da.doc_type)
            if da.doc_type != db.doc_type or declared is None or kept(i):
                continue
            # each has its own first page, by its type's first-page words
            both_open = built[i][0].opened and built[i + 1][0].opened and bool(declared.opens_with)
            agree, disagree = _identities(declared, da, db)
            # Read alike and nowhere unlike: one document (a certificate and its gazette).
            # The second with its own heading and read unlike in any of them: two (two
            # notices of one office, two invoices between the same companies).
            # A contract and its invoice (合同 | 发票) agree on the parties and the amount, yet
            # are two papers (``DocType.papers``).
            papers = {_paper(declared, d) for d in (da, db)}
            retitled = len(papers) == 2 and None not in papers or _two_days(declared, da, db)
            # A certificate's later pages without its title (资格情况, then 注意事项) and its
            # first (持证人: 李红梅) share no field to compare: one booklet.
            untitled = declared.one_page and not agree and not disagree and not built[i + 1][0].opened
            # A cover sure of the type, read unlike the paper before it and alike in nothing,
            # is the next paper's (a second book's cover after the first's imprint).
            recovered = built[i + 1][0].cover and disagree and not agree
            # A piece begun by another journal's or book's number is another paper unless
            # its fields say it is the same (``_foreign``).
            recovered = recovered or built[i + 1][0].foreign and not agree
            # Made out to two units, they are two papers, whatever else they do not read (two
            # recognitions, their issuers and dates under seals).
            a_to, b_to = built[i][0].addressee, built[i + 1][0].addressee
            apart = bool(a_to and b_to) and not _same_identity(_identity_form(a_to), _identity_form(b_to))
            # Certificates made out to two people, their names two letters apart or more.
            holders = [d.fields.get("holder") for d in (da, db)]
            two_people = declared.one_page and all(isinstance(h, str) and h for h in holders) \
                and Levenshtein.distance(*holders) >= 2
            if built[i + 1][0].tentative:
                # (two papers only when they read unlike in every field both read, two at least;
                # or two people's certificates)
                same = (bool(agree) or disagree < 2) and not apart and not two_people
                if same:
                    built = _joined(built, i, build)
                    changed = True
                    break
                continue
            if two_people and built[i + 1][0].opened:
                # two people's certificates of one prize or project, each opening with its own title:
                # two papers, whatever they share (钭文韬's and 覃丽娟's of one award, probe DL R5e)
                continue
            same = not apart and bool(agree and not disagree and not retitled) or untitled or (
                not (disagree and built[i + 1][0].opened) and not declared.one_page and not both_open and not retitled
                and not recovered and not apart)
            if same:
                built = _joined(built, i, build)
                changed = True
                break
    if len(built) < 2:
        if built and id(built[0][1]) in appended:
            built[0][1].page_range = None  # (the whole file: the document as read before its appendix)
            built[0][1].pages = result.page_count
            return [built[0][1]]
        return [build(None)]
    for piece, doc in built:
        pages = f"第{piece.first}页" if piece.first == piece.last else f"第{piece.first}–{piece.last}页"
        doc.reasons.insert(0, f"合订本：本文件按页拆分为 {len(built)} 份材料，这是{pages}")
    return [doc for _, doc in built]


def _appendix(result: ReadResult, number: int) -> bool:
    """Page ``number`` opens with an appendix's heading (附录A 验收意见, 附录二：测试数据)."""
    page = next((p for p in result.pages if p.number == number), None)
    # (under the document's running head, 边缘数据网关关键技术研究报告 | 附录A 项目验收意见, probe DQ r1)
    heads = [l for l in (page.lines if page else []) if "".join(l.text.split())][:2]
    return any(l.box[1] <= 0.2 * page.height
               and re.match(r"附录[A-Z\d一二三四五六七八九十]?(?:[:：、.．\s]|$)", l.text.strip()) is not None for l in heads)


_PAGE_COUNT = re.compile(r"第\s*(\d{1,3})\s*页\s*[,，/、]?\s*共\s*(\d{1,3})\s*页")


def _page_count(result: ReadResult, number: int) -> tuple[int, int] | None:
    """(k, n) of a page's 第k页共n页, printed at its foot or head, else None."""
    text = DocText(result, (number, number))
    found = [m for l in text.lines if l.top >= 0.85 or l.top <= 0.12 for m in [_PAGE_COUNT.search(l.compact)] if m]
    return (int(found[-1].group(1)), int(found[-1].group(2))) if found else None


def _numbers_the_file(counts: dict[int, tuple[int, int] | None]) -> bool:
    """Every page counted, one total, each page's number its place in the file (第5页 共7页 on the
    fifth page of seven): a count that may be the binder's own running foot as well as one
    document's (probe DT bnd-02 kept two papers under it as one, and lost the second).

    A blank page or a foot a scan lost leaves a page uncounted: two in three counted, the total the
    file's pages, is the file's count still (probe EC c04: a contract and the invoice after it
    were joined by it).

    >>> _numbers_the_file({1: (1, 3), 2: (2, 3), 3: (3, 3)}), _numbers_the_file({1: (1, 2), 2: (2, 2), 3: None})
    (True, False)
    >>> _numbers_the_file({1: (1, 5), 2: (2, 5), 3: None, 4: (4, 5), 5: (5, 5)})
    True
    """
    found = [(number, c) for number, c in counts.items() if c is not None]
    return len(found) >= 3 and 3 * len(found) >= 2 * len(counts) and len({c[1] for _, c in found}) == 1 \
        and len({c[0] - number for number, c in found}) == 1 and found[0][1][1] == len(counts) + found[0][1][0] - found[0][0]


def _counts_on(before: tuple[int, int] | None, after: tuple[int, int] | None) -> bool:
    """The second page is the next of the same count as the first (第2页共3页, 第3页共3页).

    >>> _counts_on((2, 3), (3, 3)), _counts_on((3, 3), (1, 2)), _counts_on(None, (2, 3))
    (True, False, False)
    """
    return before is not None and after is not None and after[1] == before[1] and after[0] == before[0] + 1 <= after[1]


def _foreign(serials: frozenset, before: frozenset) -> bool:
    """A page's ISSN or ISBN is of a kind the pages before print, and none of theirs.

    >>> a, b = ("issn", "1671-0010"), ("issn", "2096-5036")
    >>> _foreign(frozenset({b}), frozenset({a})), _foreign(frozenset({a, b}), frozenset({a}))
    (True, False)
    >>> _foreign(frozenset({("isbn", "9787111000000")}), frozenset({a})), _foreign(frozenset({b}), frozenset())
    (False, False)
    """
    kinds = {kind for kind, _ in serials} & {kind for kind, _ in before}
    return bool(kinds) and not serials & before


SUBJECT = 8  # letters of a name two pages share that makes them one subject (…工程技术研究中心)


_PROJECT_NAMED = re.compile(r"(?:项目|课题)名称[:：]\s*([^\s:：]{4,60})")


def _other_project(result: ReadResult, current: Piece, number: int) -> bool:
    """The page names a project by its 项目名称 and the piece's first page names another: an
    annex of another document, whatever the piece's sentence sent the reader to (见附件1)."""
    here, there = _projects(result, number), _projects(result, current.first)
    return bool(here and there and not here & there)


def _projects(result: ReadResult, page: int) -> set[str]:
    """The projects a page names by its 项目名称 (课题名称)."""
    return {m.group(1) for l in DocText(result, (page, page)).lines for m in [_PROJECT_NAMED.search(l.compact)] if m}


def _same_project(result: ReadResult, current: Piece, number: int) -> bool:
    """The page names by its 项目名称 the project the piece's first page names."""
    return bool(_projects(result, number) & _projects(result, current.first))


def _same_subject(result: ReadResult, current: Piece, number: int) -> bool:
    """An annex page's heading (its first lines) names, in ``SUBJECT`` letters or more, the
    subject of the first page of the document before it (a centre its 批复 approves; typed in
    ``tests/test_thirteenth_round.py``)."""
    from difflib import SequenceMatcher

    if current is None or current.doc_type == "unknown":
        return False
    heading = "".join(l.compact for l in DocText(result, (number, number)).lines[:6] if l.top <= 0.3)
    heading = re.sub(r"[^\u4e00-\u9fff]", "", heading)
    before = re.sub(r"[^\u4e00-\u9fff]", "", DocText(result, (current.first, current.first)).compact)
    match = SequenceMatcher(None, before, heading, autojunk=False).find_longest_match(0, len(before), 0, len(heading))
    return match.size >= SUBJECT


def _identities(declared, a, b) -> tuple[int, int]:
    """How many of the fields that identify a document of the type (``DocType.identity``)
    two documents both read alike, and how many they both read unlike."""
    agree = disagree = 0
    for key in declared.identity:
        va, vb = a.fields.get(key), b.fields.get(key)
        if va in (None, "", []) or vb in (None, "", []):
            continue
        if _same_identity(_identity_form(va), _identity_form(vb)):
            # (a word of a vocabulary, engineer or master, is shared by many papers: agreeing
            # on it alone makes no two certificates one)
            agree += not (isinstance(va, str) and re.fullmatch(r"[a-z_]+", va))
        else:
            disagree += 1
    return agree, disagree


def _two_days(declared, a, b) -> bool:
    """Two papers of a kind made out on one day each (``DocType.dated_papers``: two invoices
    of one contract's instalments), dated differently."""
    dated = all(any(w in _titled_as(d) for w in declared.dated_papers) for d in (a, b))
    return dated and None not in (a.fields.get("date"), b.fields.get("date")) and a.fields["date"] != b.fields["date"]


def _paper(declared, doc) -> int | None:
    """Which of the type's papers (``DocType.papers``) the document is titled as, if any."""
    title = _titled_as(doc)
    return next((n for n, words in enumerate(declared.papers) if any(w in title for w in words)), None)


def _titled_as(doc) -> str:
    """The title a document was classified by (its reason ``标题 …``), or ""."""
    return next((r[3:] for r in doc.reasons if r.startswith("标题 ")), "")


def _identity_form(value) -> str:
    """A value as compared: letters only; a list (a contract's two parties) in any order, for
    one page names its sides as 许可方（甲方） and another as 甲方 alone.

    >>> _identity_form(["重庆甲公司", "重庆乙公司"]) == _identity_form(["重庆乙公司", "重庆甲公司"])
    True
    """
    if isinstance(value, (list, tuple)):
        value = "".join(sorted(str(v) for v in value))
    return re.sub(r"[\s\W_]+", "", str(value)).upper()


def _same_identity(a: str, b: str) -> bool:
    """Two readings of one value: equal, or the shorter (of four letters or more) found in
    the longer letter by letter, in order: a booklet's cover names the award 重庆市科学技术奖,
    its inner page 重庆市科学技术进步奖 (the category read in).

    >>> _same_identity("重庆市科学技术奖", "重庆市科学技术进步奖"), _same_identity("技术发明奖", "科学技术进步奖")
    (True, False)
    """
    short, long_ = sorted((a, b), key=len)
    if short == long_:
        return True
    if len(short) < 4:
        return False
    letters = iter(long_)
    return all(c in letters for c in short)


def _own_identifier(result: ReadResult, number: int, doc_type: str) -> bool:
    """The page prints an identifier only documents of ``doc_type`` carry (ISSN, ISBN, …)."""
    from extractor.idscan import find_all

    declared = doctype(doc_type)
    if declared is None or not declared.cues.identifiers:
        return False
    text = DocText(result, (number, number))
    ids = find_all(text.text)
    return any(ids.get(kind) for kind in declared.cues.identifiers if kind != "standard_number") \
        or "standard_number" in declared.cues.identifiers and ids.get("standard_number") and _own_standard(text)


def _own_standard(text: DocText) -> bool:
    """A standard's number printed as a standard prints its own (on a line of its own: a
    cover, a page's header), not cited in a sentence (符合GB/T 25000.51—2010的相关规定: a test
    report's conclusion)."""
    from extractor.idscan import find_standard_numbers

    return any(len(line.compact) <= len(found.printed.replace(" ", "")) + 8
               for line in text.lines for found in find_standard_numbers(line.text))


def _joined(built: list, i: int, build) -> list:
    """``built`` with pieces ``i`` and ``i + 1`` made one document."""
    (a, _), (b, _) = built[i], built[i + 1]
    # (how the first began stays the whole's: a second book's cover, joined to its imprint, is
    # still the cover that began a book)
    piece = Piece(a.first, b.last, a.doc_type if a.doc_type != "unknown" else b.doc_type, a.chars + b.chars,
                  a.opened or b.opened, cover=a.cover, serials=a.serials | b.serials, foreign=a.foreign,
                  sure=a.sure or b.sure, tentative=a.tentative, addressee=a.addressee or b.addressee)
    return built[:i] + [(piece, build((piece.first, piece.last)))] + built[i + 2:]


def _bare_sheet(piece: Piece) -> bool:
    """A page of its own headed 附件 (附件3) with no more on it than a cover sheet: it names what
    follows, as a cover does."""
    return piece.annex and piece.chars == 0 and piece.first == piece.last


def _stands_alone(piece: Piece, doc) -> bool:
    """A document on its own: a known type with at least one of its deciding fields read,
    or pages of no known type with more on them than a cover sheet has."""
    declared = doctype(doc.doc_type)
    if piece.divider:
        return True  # (a section's divider names a kind, 一、获奖证书（共1项）: it is none)
    if declared is None:
        # (a page crediting the writers goes with the book or report beside it, probe CX B11)
        return piece.chars >= SHORT_PAGE and not piece.credits
    return any(doc.fields.get(k) not in (None, "", []) for k in declared.decisive or declared.fields)


# --------------------------------------------------------------------------- two on one sheet

SPREAD_CHARS = 30  # letters each half holds at least: a certificate's, not a margin note's


def spread_cut(result: ReadResult, page) -> float | None:
    """Where a page holding two documents side by side parts them (two certificates copied
    onto one landscape sheet, a patent beside an acceptance), or None: a landscape page
    with a gutter near its middle that no line crosses, each half holding a document of its
    own — classified as a type on its own and opening with that type's heading.  A form set
    in two panels (its key/value panel beside its opinion) has one heading, and stays one
    page; so do a paper's two columns (a portrait page), a report's two facing pages (one
    type twice is split for certificates only) and a routing slip beside the notice whose
    title it quotes."""
    if page.width <= page.height or not page.lines:
        return None
    cut = _gutter(page)
    if cut is None:
        return None
    kinds, texts = [], []
    for left in (True, False):
        text = DocText(_half(result, page, cut, left))
        if len(re.findall(r"[\u4e00-\u9fff]", text.compact)) < SPREAD_CHARS:
            return None
        kind = classify(text)
        if kind.doc_type == "unknown" or not _opens(text, kind.doc_type, kind.reasons):
            return None
        kinds.append(kind.doc_type)
        texts.append(text)
    # A half that quotes the other's own title is about it (a 收文处理笺 beside the notice it
    # routes, its 文件标题 the notice's): one document.
    for one, other in (texts, texts[::-1]):
        titles = [l.compact for l in one.title_lines(0.4) if re.match(r"关于.{8,}", l.compact)]
        if any(title in other.compact for title in titles):
            return None
    if kinds[0] == kinds[1]:
        # Two halves of one type are two documents only for a certificate (a type that fits on
        # one page: a report's or a paper's two facing pages are one document's), and only when
        # each says in full which it is and they say it differently (two prizes); a booklet
        # opened flat (its holder on the left page, his title on the right) is one.
        declared = doctype(kinds[0])
        if not declared.one_page:
            return None
        found = [declared.extract(text).values for text in texts]
        if not all(f.get(k) not in (None, "", []) for f in found for k in declared.identity) \
                or all(found[0].get(k) == found[1].get(k) for k in declared.identity):
            return None
    return cut


def _gutter(page) -> float | None:
    """The middle of the widest band between 35% and 65% of the page's width that no line
    crosses, at least two letters wide."""
    width = page.width
    spans = sorted((line.box[0], line.box[2]) for line in page.lines)
    letter = sorted(line.box[3] - line.box[1] for line in page.lines)[len(page.lines) // 2]
    best = None
    x = 0.35 * width
    while x <= 0.65 * width:
        if not any(x0 < x < x1 for x0, x1 in spans):
            lo = max([x1 for _, x1 in spans if x1 <= x] + [0.0])
            hi = min([x0 for x0, _ in spans if x0 >= x] + [width])
            if hi - lo >= 2 * letter and (best is None or hi - lo > best[1] - best[0]):
                best = (lo, hi)
        x += 0.01 * width
    return None if best is None else (best[0] + best[1]) / 2


def stack_cut(result: ReadResult, page) -> float | None:
    """Where an upright page holding two certificates one above the other parts them (two
    small certificates photocopied onto one A4), or None: a band across the page's middle
    that no line crosses, each side of it a certificate of its own (a type that fits on one
    page, ``DocType.one_page``), classified on its own and opening with its heading.  A
    certificate's own gaps (between its heading and its text, above its seal) leave one side
    without a heading; a paper's or a report's halves are of no one-page type.  Two of one
    type must say in full, and differently, which they are (two prizes, not a certificate's
    Chinese and its echo)."""
    if page.width > page.height or len(page.lines) < 6:
        return None
    for cut in _bands(page)[:3]:
        kinds, found = [], []
        for top in (True, False):
            text = DocText(_half(result, page, cut, top, axis=1))
            if len(re.findall(r"[\u4e00-\u9fff]", text.compact)) < SPREAD_CHARS:
                break
            kind = classify(text)
            declared = doctype(kind.doc_type)
            if declared is None or not declared.one_page or not _opens(text, kind.doc_type, kind.reasons):
                break
            kinds.append(kind.doc_type)
            found.append(declared.extract(text).values)
        else:
            if kinds[0] != kinds[1]:
                return cut
            identity = doctype(kinds[0]).identity
            if all(f.get(k) not in (None, "", []) for f in found for k in identity) \
                    and any(found[0].get(k) != found[1].get(k) for k in identity):
                return cut
    return None


def _bands(page) -> list[float]:
    """The middles of the bands between 30% and 70% of the page's height that no line
    crosses, at least two letters high, the highest first."""
    letter = sorted(line.box[3] - line.box[1] for line in page.lines)[len(page.lines) // 2]
    spans = sorted((line.box[1], line.box[3]) for line in page.lines)
    bands, reach = [], spans[0][1]
    for y0, y1 in spans[1:]:
        if y0 - reach >= 2 * letter and 0.3 * page.height <= (y0 + reach) / 2 <= 0.7 * page.height:
            bands.append((y0 - reach, (y0 + reach) / 2))
        reach = max(reach, y1)
    return [middle for _, middle in sorted(bands, reverse=True)]


def _half(result: ReadResult, page, cut: float, left: bool, axis: int = 0) -> ReadResult:
    """``result`` with ``page`` alone, and only the lines on one side of ``cut``: left of it
    (``left``) or right, or with ``axis`` 1 above it or below."""
    from dataclasses import replace

    lines = [l for l in page.lines if ((l.box[axis] + l.box[axis + 2]) / 2 < cut) == left]
    seals = [s for s in page.seals if ((s[axis] + s[axis + 2] / 2) < cut) == left]
    return replace(result, pages=[replace(page, lines=lines, seals=seals)])


def unfold(result: ReadResult) -> tuple[ReadResult, dict[int, tuple[int, str | None]]]:
    """``result`` with every page that holds two documents side by side (``spread_cut``) or
    one above the other (``stack_cut``) made two pages, its left (top) half then its right
    (bottom), numbered on; and where each page came from: ``{number: (the file's page,
    "left"/"right"/"top"/"bottom" or None)}``.  A file with no such page comes back as it
    is, its map empty."""
    from dataclasses import replace

    pages, origin, changed = [], {}, False
    for page in result.pages:
        cut, axis, sides = spread_cut(result, page), 0, ("left", "right")
        if cut is None:
            cut, axis, sides = stack_cut(result, page), 1, ("top", "bottom")
        parts = [(page, None)] if cut is None else [
            (_half(result, page, cut, side == sides[0], axis).pages[0], side) for side in sides]
        changed = changed or cut is not None
        for part, side in parts:
            number = len(pages) + 1
            pages.append(replace(part, number=number))
            origin[number] = (page.number, side)
    if not changed:
        return result, {}
    return replace(result, pages=pages, page_count=len(pages)), origin
