"""专利证书: invention, utility-model and design patent certificates (CNIPA).

The number is checked by its check digit (``identifiers.patent``) and its type digit
against the certificate's title; the year it begins with against the filing date.
"""

from __future__ import annotations

import re

from identifiers import patent as patent_id
from rules.vocabulary import Kind

from ..fields.dates import find_dates, parse_date
from ..idscan import find_patent_numbers
from ..layout import (glued_after, CJK, annex_column, box, chinese_punctuation, holders, labelled_field, listed_people, names_in,
                      is_name, not_a_name, ranked_names, right_of, row_of, unquoted, wrapped_value)
from ..text import SEPARATORS, DocText, TextLine, same_row
from .base import LISTS, Cues, DocType, Fields, after_label_text, as_date, date_of, value_of


# (a register's 申请号 since 2021 prints CN before it: CN202210440182.9)
_PREFIX = re.compile(r"^(?:ZL|Z\s*L|Z1|21|2L|ZI|Z\||CN)\s*[.。,]?\s*")
_PATENT_TITLES = {"发明专利证书": "invention", "实用新型专利证书": "utility_model", "外观设计专利证书": "design"}
_INVENTOR_LABELS = ["发明人", "设计人"]


# A unit's last letter straight before another unit's place (…有限公司重庆大学): two units glued.
_MERGED_UNITS = re.compile(r"(?<=.{4})(?:(?<=公司)|(?<=限司)|(?<=大学)|(?<=集团)|(?<=研究所)|(?<=学院)(?<!科学院))(?:重庆|北京|上海|天津|四川|贵州|云南|陕西|湖北|湖南|广东|江苏|浙江|"
                           r"成都|西安|武汉|深圳|广州|南京|杭州|中国|中铁|中冶|中建)(?=.{2,}(?:公司|大学|学院|研究院|研究所|集团)$)")


def extract_patent(text: DocText) -> Fields:
    f = Fields()
    for title, kind in _PATENT_TITLES.items():
        hits = text.find_label([title])
        if hits:
            f.set("patent_type", kind, hits[0].line)
            break
    numbers = [(line, n) for line in text.lines for n in find_patent_numbers(line.text)]
    # A register's 申请号 (the 审查信息查询 record, the 授权公告's (21)) is the patent number
    # without its ZL: CNIPA numbers a patent by its application.
    labelled = value_of(text, ["专利号"]) or value_of(text, ["申请号/专利号", "专利申请号", "申请号"])
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
    name = after_label_text(text, ["使用外观设计的产品名称", "发明名称", "实用新型名称", "外观设计名称", "专利名称",
                                   "发明创造名称"]) or _bare_name_cell(text)
    if name:  # a title its column wrapped (…振动分析 / 方法): the kind of invention ends it
        name = wrapped_value(text, name[1], name[0], _named_in_full)
        # (“一种…方法”: without its marks; a patent's title has no space between two Chinese
        # letters, so one OCR read in a gap of the print is none)
        title = re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", chinese_punctuation(unquoted(name[0].strip())))
        f.set("title", title, name[1])
    inventors = listed_people(text, _INVENTOR_LABELS, skip_prefixes=("申请日时",)) or _split_label_people(text)
    f.put("inventors", _continued(text, f, inventors) if inventors else None)
    if not inventors and (glued := glued_after(text, _INVENTOR_LABELS)) is not None:
        # (尹航廖红梅甘泉贺子琪: OCR lost the spaces of a gazette's (72)发明人, probe CY P10)
        f.glued(glued[0], "发明人名单", "发明人")
    # A register printed before any transfer names the patentee as its 申请人 only.
    # (the search system's 著录项目 heads them 申请(专利权)人)
    patentees = labelled_field(text, ["专利权人", "申请(专利权)人", "申请（专利权）人"]) or (
        None if text.find_label(["专利权人"]) else labelled_field(text, ["申请人"]))
    # Several patentees run on under the first, one unit a line (``layout.holders``).
    value = holders(text, patentees[1], patentees[0]) if patentees else None
    if value is None and patentees is None:
        patentees = value_of(text, ["专利权人"])
        # (a label glued to its value, the list wrapped: 专利权人鞍山…、闽 | 江智能制造学院)
        value = holders(text, patentees[1], patentees[0]) if patentees else None
    # (a part cut short, a seal over its end — 重庆苍山测控技 — is no patentee: nothing rather than half a name)
    parts = value or ([p for p in re.split(r"[;；、]", patentees[0]) if p and not not_a_name(p)
                       and re.search(r"[司学院所心团局厅会社厂行站部室队]$|[A-Za-z.)）]$", p.strip())] if patentees else [])
    # A gazette's (73) prints each patentee on a 专利权人 line of its own, its 地址 between.
    # (on the page the first was read from: a certificate bound with its gazette names its
    # patentee on both, and is not two patentees)
    more = [holders(text, None, v[0]) for v in _each_labelled(text, "专利权人")
            if patentees and v[1].page == patentees[1].page]
    every = [p for group in more if group for p in group]
    if len(more) > 1 and all(more) and set(parts) <= set(every) and len(set(every)) == len(every):
        parts = every
    elif len(every) > len(parts) and "".join(every) == "".join("".join(p.split()) for p in parts):
        parts = every  # (73)专利权人 重庆大学 重庆…有限公司: the units its spaces set apart
    parts = [p for p in parts if not p.startswith("国家知识产权局")]  # the office that signs, never a patentee
    if any(_MERGED_UNITS.search(p) for p in parts):
        # two units run together where a seal ate the separator (…制造有限司重庆理工大学): which
        # letters are whose the text cannot tell, and half a name is no patentee
        f.notes.append("专利权人：两个单位名称粘连（分隔符不清），未取，请人工核对")
        parts = []
    # 专利权人：见附页 (or the first of them, 等（见附页）): the whole list is the 附页's table
    see_annex = [l for l in text.lines if l.page == 1 and "专利权人" in l.compact and _SEE_MORE.search(l.compact)]
    annex = annex_column(text, "专利权人") if see_annex else None
    if annex:
        f.set("patentees", annex[0], annex[1])
    elif see_annex:
        f.issue("warning", "list_incomplete", "专利权人“见附页”，但未读到附页：请补交附页或人工核对")
    elif parts and all(len(p) >= 2 for p in parts):  # a piece of one character: a list OCR broke up
        f.set("patentees", parts, patentees[1])
    if "patentees" not in f.values and not see_annex:
        # (cpquery's 著录项目: 申请人 over a table 序号 | 申请人姓名或名称 | 地址, probe DG S03)
        column = next(filter(None, (annex_column(text, head, first_page=True)
                                    for head in ("申请人姓名或名称", "专利权人姓名或名称"))), None)
        if column:
            f.set("patentees", column[0], column[1])
    f.put("application_date", date_of(text, ["专利申请日", "申请日"]) or _cell_date(text, ["专利申请日", "申请日"]))
    f.put("grant_date", date_of(text, ["授权公告日", "授权日"]) or _cell_date(text, ["授权公告日", "授权日"])
          or _granted_row(text))
    _cross_check_patent_year(f)
    _published_only(text, f)
    return f


# The first page of an application published before examination (CN…A, (43)申请公布日): the
# 申请号 it prints is no patent's number, nothing is granted yet (a granted one is published
# again as CN…B, 授权公告).
_APPLICATION_PUBLISHED = re.compile(r"申请公布号|申请公布日|发明专利申请(?:公布说明书|公开说明书)?(?![\u4e00-\u9fff])")


def _published_only(text: DocText, f: Fields) -> None:
    compact = text.compact.replace("\n", "")
    if not _APPLICATION_PUBLISHED.search(compact) or re.search(r"授权公告|专利证书|专利号", compact):
        return
    for key in ("patent_number", "grant_date"):
        f.values.pop(key, None)
        f.sources.pop(key, None)
    f.notes.append("专利：发明专利申请公布（CN…A），尚未授权；申请号不是专利号")
    f.issue("warning", "patent_not_granted",
            "材料为发明专利申请的公布文本（申请公布号…A），不是授权文件：专利尚未授权，此项不计")


# What a patent's title ends with: the kind of thing invented (…方法, …装置, …系统).
_TITLE_END = re.compile(r"(?:方法|装置|系统|设备|机构|结构|组件|工艺|平台|电路|模块|材料|用途|夹具|工装|包装|机器人|"
                        r"介质|程序产品|终端|服务器|"  # (…、电子设备及计算机可读存储介质)
                        r"[机器仪具架件品物剂台车线体罩座阀泵箱盒])(?:及其[\u4e00-\u9fff]{1,8})?$")


def _bare_name_cell(text: DocText) -> tuple[str, TextLine] | None:
    """An e-certificate's printout labels the title 名称 alone (名称 / Title, a cell of its own):
    the cell beside it, when it names an invention in full (一种…方法)."""
    for hit in text.find_label(["名称"], fuzzy=False):
        if hit.line.compact.strip(SEPARATORS) != "名称":
            continue
        cell = right_of(text, hit.line, slack=hit.line.line.height)
        if cell is not None and (_named_in_full(cell.compact) or cell.compact.startswith("一种")) \
                and not re.search(r"[:：]", cell.compact):
            return cell.text, cell
    return None


def _named_in_full(value: str) -> bool:
    return bool(_TITLE_END.search(value.strip()))


def _each_labelled(text: DocText, label: str) -> list[tuple[str, TextLine]]:
    """The value of every line that opens with ``label`` (after an INID code: (73)专利权人 …)."""
    found = []
    for line in text.lines:
        # (a colon or a space after it: 专利权人应当依照专利法缴纳年费 is the certificate's notice)
        match = re.match(rf"^(?:[（(]\d\d[)）])?{label}(?:[:：]|\s)\s*(\S.*)$", line.text.strip())
        if match:
            found.append((match.group(1), line))
    return found


_SEE_MORE = re.compile(r"见续页|见附页|续页|见背面")
_CONTINUATION = re.compile(r"^(?:发明人|设计人)[（(]续[）)][:：]?(.*)$")


def _continued(text: DocText, f: Fields, found: tuple[list[str], TextLine]) -> tuple[list[str], TextLine]:
    """A list the certificate continues on its 续页 (``汪敏;…;等（见续页）`` and there
    ``发明人（续）：范东;慕容倩昊``): the whole list.  A continuation not read leaves the
    list as printed, and says it may be short."""
    names, line = found
    run = "".join(l.compact for l in text.lines if l.page == line.page and abs(l.index - line.index) <= 1)
    if not _SEE_MORE.search(run):
        return found
    for label in text.lines:
        match = _CONTINUATION.match(label.compact)
        if not match or label is line:  # (the annex may be scanned beside the certificate)
            continue
        beside = right_of(text, label)
        more = ranked_names(match.group(1) or beside.compact) if match.group(1) or beside is not None \
            else _annex_rows(text, label, len(names))
        if more:
            return names + [n for n in more if n not in names], line
    f.issue("warning", "list_incomplete", "发明人名单注明见续页，但未读到续页，名单可能不全，需人工核对")
    return found


_RANKED_NAME = re.compile(r"(\d{1,2})\s*[.、．]\s*([^\d\s.、．;；,，]+)")


def _annex_rows(text: DocText, label: TextLine, before: int) -> list[str] | None:
    """The names an annex prints in open rows under its 发明人（续）： (``5.闫哲阳 6.贺帆 7.姚鹏`` /
    ``8.欧阳英远 9.马宇勇``, a row's names boxed together or apart), in the label's column (a
    scan may hold the certificate beside its annex), each row within two lines' space of the
    last: numbered on from the certificate's ``before`` names without a gap, or all names;
    ``None`` when a numbered row breaks the count (a name lost would shift the ranks)."""
    height = label.line.height
    below = sorted((l for l in text.lines if l.page == label.page and l is not label
                    and box(l)[1] >= box(label)[3] - height / 2 and box(l)[0] >= box(label)[0] - 2 * height),
                   key=lambda l: box(l)[1])
    names: list[str] = []
    bottom = box(label)[3]
    while below:
        row = sorted((l for l in below if same_row(l, below[0])), key=lambda l: box(l)[0])
        if box(row[0])[1] - bottom > 2.5 * height:
            break
        below = [l for l in below if l not in row]
        words = " ".join(l.text for l in row)
        numbered = _RANKED_NAME.findall(words)
        if numbered and "".join(f"{n}{m}" for n, m in numbered) == re.sub(r"[\s.、．;；,，]", "", words):
            if [int(n) for n, _ in numbered] != list(range(before + len(names) + 1,
                                                           before + len(names) + 1 + len(numbered))):
                return None
            found = [m for _, m in numbered]
        else:
            found = ranked_names(words) or []
        if not found or not all(is_name(n) for n in found):
            break
        names += found
        bottom = max(box(l)[3] for l in row)
    return names or None


# A register's 公布公告 table: one row per publication (发明专利申请公布 | CN…A | 2018-12-21),
# the grant's row named 专利权授予 (授权公告).
_GRANT_ROW = re.compile(r"专利权授予|授予专利权|授权公告(?!日|号|之日)")


def _granted_row(text: DocText):
    """The date on the row of a publication table that records the grant."""
    for line in text.lines:
        # (cpquery's 公布公告 tab types the row 授权 alone, beside its CN…B number, probe CY P11)
        typed = line.compact == "授权" and any(re.fullmatch(r"CN\d{9}[BUS]", o.compact) for o in row_of(text, line))
        if not (_GRANT_ROW.search(line.compact) or typed) or len(line.compact) > 30:
            continue  # (a sentence: 决定授予专利权，颁发本证书)
        for cell in sorted([line] + row_of(text, line), key=lambda l: box(l)[0]):
            date = parse_date(cell.compact) or next((d.value for d in find_dates(cell.text)), None)
            if date is not None:
                return date, cell
    return None


def _cell_date(text: DocText, labels: list[str]):
    """A date in the cell beside its label, which OCR may list before the label."""
    found = labelled_field(text, labels)
    date = parse_date(found[0]) if found else None
    return (date, found[1]) if date else None


def _split_label_people(text: DocText):
    """Inventors under a label OCR cut in two on its row (``设计`` | ``人:薛东益;…``): the
    spaced label of the paper certificates.  The row's cells after the cut give the list."""
    for line in text.lines:
        head = line.compact.strip(SEPARATORS)
        for label in _INVENTOR_LABELS:
            if not (0 < len(head) < len(label) and label.startswith(head)):
                continue
            rest = " ".join(l.text for l in row_of(text, line) if box(l)[0] >= box(line)[2] - 2)
            match = re.match(r"\s*" + r"\s*".join(label[len(head):]) + r"\s*[:：]?", rest)
            names = names_in(rest[match.end():]) if match else []
            if names:
                return names, line
    return None


def _cross_check_patent_year(f: Fields) -> None:
    """The application number starts with the filing year: a free check on both fields."""
    number, applied = f.values.get("patent_number"), f.values.get("application_date")
    if not (number and applied and patent_id.is_valid(number)):
        return
    year = patent_id.application_year(number)
    if year and str(year) != applied[:4]:
        f.issue("warning", "date_mismatch", f"专利号 {number} 表示 {year} 年申请，而申请日读作 {applied}")


def _facts(f, kind, rank, core_journal):
    return {"patent_type": f.get("patent_type"), "granted": True if f.get("patent_number") else None,
            "rank": rank, "date": as_date(f.get("grant_date"))}


DOCTYPE = DocType(
    key="patent_certificate", identity=("patent_number",), one_page=True, name="专利证书",
    cues=Cues(
        # Besides the certificate: the 专利登记簿副本 CNIPA issues on request, the first page
        # of the 授权公告 text (INID codes (21) (45) (72) (73)) and the 审查信息查询 record.
        titles=("发明专利证书", "实用新型专利证书", "外观设计专利证书", "专利证书", "专利登记簿副本",
                "专利登记簿", "发明专利说明书", "实用新型专利说明书", "审查信息查询",
                "(12)发明专利", "(12)实用新型专利", "(12)外观设计专利"),
        labels=("专利号", "专利申请日", "授权公告日", "授权公告号", "发明人", "设计人", "专利权人",
                "发明名称", "实用新型名称", "外观设计名称", "国家知识产权局", "发明创造名称", "申请号",
                "著录项目", "法律状态", "专利权维持", "授权公告", "主分类号"),
        identifiers=("patent_number",),
        requires=("patent_number", "专利号", "发明人", "设计人", "授权公告日"),
        requires_why="只有证书封面，没有专利号、发明人等内容页",
        # (an applicant's own list of his patents, 附件3 知识产权清单, is no certificate: its
        # first row read as one would be a patent no document shows)
        # (a 专利收费电子票据 for a year's fee names the patent too: 交款人, 票据号码)
        # (a 专利权评价报告 or 检索报告 assesses a patent, names it, its patentee and dates: no
        # certificate, and its inventors are not on it)
        penalties=("受理通知书", "缴费通知", "专利申请受理", "电子票据", "票据号码", "交款人", "评价报告", "检索报告")
        + LISTS,
        # (the office's 通知书 — 办理登记手续通知书, 授予专利权通知书 — say a patent is to be
        # granted, print its number, applicant and dates, and are no certificate of it)
        refusing_titles=("评价报告", "检索报告", "通知书",
                         # a unit's notice about its certificates (关于领取…授权专利证书的通知, its
                         # table of patents to collect): no certificate, probe DH r1n
                         "证书的通知",
                         # a receipt for the patent's fees (专利费用缴纳收据, 年费) proves no grant
                         "缴纳收据", "缴费收据", "费用收据", "年费收据",
                         # a patent prize's certificate (重庆市专利奖 | 获奖证书) names the patent, its
                         # number, patentee and inventors: the prize is what it certifies
                         "专利奖", "专利优秀奖", "专利金奖", "专利银奖", "获奖证书", "荣誉证书"),
    ),
    extract=extract_patent,
    fields=("patent_type", "patent_number", "title", "inventors", "patentees", "application_date", "grant_date"),
    decisive=("patent_number", "inventors", "grant_date"),
    labels={"title": "发明名称"},
    ranked=("inventors",), under_seal=("grant_date",), date_fields=("grant_date",),
    kinds=(Kind.PATENT,), facts=_facts,
)
