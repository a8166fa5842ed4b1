"""合同/发票/财务证明: revenue evidence.

A contract (甲方/乙方, 合同总价, 签订日期), an invoice (购买方/销售方 columns with ``名称：``
lines, 价税合计, 开票日期; the net amount and the tax are printed too) or a 财务证明 (one
company signing at the bottom above its date; periods in the text are not dates of the
document).
"""

from __future__ import annotations

import re

from rules.vocabulary import Kind

from ..fields.amounts import find_amounts
from ..fields.dates import parse_date
from ..layout import next_line, text_after
from ..text import DocText, LabelHit, TextLine, same_row
from .base import Cues, DocType, Fields, as_date, clean_value, date_of


# Labels of the whole amount, most telling first.  A plain 合计/金额 comes last and is not
# read on invoices, whose 合计 row and 金额 column give the amount without tax.
_TOTAL_LABELS = ["价税合计", "合同总价", "合同总金额", "合同总额", "合同金额", "合同价款", "总价款", "总金额",
                 "销售收入", "营业收入", "主营业务收入", "新增营收", "收入合计", "合计金额"]
_PLAIN_LABELS = ["合计", "金额"]
# What may stand between a label and its amount, or begin a sum that a line break cut.
_AMOUNT_START = re.compile(r"[\s:：()（）大写小写人民币RMB¥￥\d,.零壹贰叁肆伍陆柒捌玖拾佰仟万亿元整〇一二三四五六七八九十百千]*")
# The day a contract was signed or an invoice issued; a plain 日期 only as a line's label
# (交货日期, 付款日期 are other days).
_DATE_LABELS = ["签订日期", "签约日期", "签署日期", "开票日期", "签订时间", "签约时间"]
_BUYER = ["甲方", "购买方", "购方", "买方", "委托方", "需方", "采购方", "买受人", "发包人", "发包方"]
_SELLER = ["乙方", "销售方", "销方", "卖方", "受托方", "供方", "供货方", "出卖人", "承包人", "承包方"]
# Where a party's name ends on its line: its address, telephone, seal note …
_NAME_END = re.compile(r"地址|住所|电话|法定代表人|统一社会信用代码|纳税人|开户|账号|邮编|[（(]?盖章|[（(]以下简称")
_ORG_SUFFIXES = ("有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "研究院", "研究所", "设计院", "大学",
                 "学院", "医院", "中心", "事务所", "合作社", "银行", "厂")


def extract_revenue(text: DocText) -> Fields:
    f = Fields()
    f.put("amount_wan", _total_amount(text))
    parties = [p for p in (_party(text, _BUYER), _party(text, _SELLER)) if p]
    if not parties and "证明" in text.compact:
        signer = _signing_company(text)
        parties = [signer] if signer else []
    if parties:
        f.set("parties", [name for name, _ in parties], parties[0][1])
    f.put("date", date_of(text, _DATE_LABELS) or _plain_date(text) or _foot_date(text))
    return f


def _total_amount(text: DocText) -> tuple[float, TextLine] | None:
    """The contract total, 价税合计 or certified revenue, read after its label; never the
    net amount or the tax.  Without a label, an amount only when every amount printed
    agrees (the figures and the capitals of one sum)."""
    invoice = "发票" in text.compact
    for label in _TOTAL_LABELS + ([] if invoice else _PLAIN_LABELS):
        for hit in text.find_label([label]):
            found = _amount_after(text, hit, label in _PLAIN_LABELS)
            if found:
                return found
    if invoice:
        return None
    amounts = {(a.wan, line.index): line for line in text.lines for a in find_amounts(line.text)}
    values = {wan for wan, _ in amounts}
    if len(values) == 1:
        wan, index = min(amounts)
        return wan, amounts[(wan, index)]
    return None


def _amount_after(text: DocText, hit: LabelHit, plain: bool) -> tuple[float, TextLine] | None:
    """The amount after a label: on its line; else, when nothing but the start of a sum
    follows the label, with its row's cells (价税合计（大写）| 壹佰伍拾贰万元整 | （小写）¥…)
    or with the next line (销售收入452 | 万元).  A plain 金额 heads a column of item
    amounts and a plain 合计 may head a row, but neither continues on the next line."""
    rest = text_after(hit.line, hit.end)
    if "不含税" in rest[:12]:
        return None  # 合同金额（不含税）: the net amount
    candidates = [(rest, hit.line)]
    if _AMOUNT_START.fullmatch(rest) and hit.label != "金额":
        row = _row(text, hit.line)
        if row:
            candidates.append((rest + " " + " ".join(l.text for l in row), row[0]))
        below = None if plain else next_line(text, hit.line)
        if below is not None:
            candidates.append((rest + below.text, below))
    for clause, line in candidates:
        wan = _first_amount(clause)
        if wan:
            return wan, line
    return None


def _row(text: DocText, label: TextLine) -> list[TextLine]:
    """Every cell right of ``label`` on its row, left to right."""
    x1 = label.line.box[2]
    return sorted((l for l in text.lines if l.line.box[0] >= x1 - 2 and l is not label and same_row(l, label)),
                  key=lambda l: l.line.box[0])


def _first_amount(clause: str) -> float | None:
    """The first amount in ``clause``; ``None`` if the amount restated right after it in
    brackets (人民币壹仟…万元整（¥15,980,000.00）) disagrees: one of them was misread."""
    amounts = find_amounts(clause)
    if not amounts or amounts[0].wan <= 0:
        return None
    first = amounts[0]
    if len(amounts) > 1:
        between = clause[first.span[1]:amounts[1].span[0]]
        if re.fullmatch(r"\s*[（(]\s*(小写|大写)?\s*[)）]?\s*[:：]?\s*", between) and amounts[1].wan != first.wan:
            return None
    return first.wan


def _party(text: DocText, labels: list[str]) -> tuple[str, TextLine] | None:
    """A party named after its role at the start of a line (甲方（买方）：…), else in the
    ``名称：`` line under a column headed by the role (an invoice's 购买方信息)."""
    pattern = re.compile(rf"^(?:{'|'.join(labels)})(?:[（(][^）)]{{0,6}}[）)])?(?:信息)?[:：]?(?:名称[:：]?)?(.*)")
    for line in text.lines:
        match = pattern.match(line.compact)
        if not match:
            continue
        name = _org_name(match.group(1))
        if name:
            return name, line
        named = None if match.group(1) and not match.group(1).startswith("信息") else _column_name(text, line)
        if named:
            return named
    return None


def _column_name(text: DocText, head: TextLine) -> tuple[str, TextLine] | None:
    """The name under a heading, in the heading's column: the ``名称：`` line of an
    invoice's 购买方信息 block (printed beside the 销售方's), or the name under 甲方（盖章）."""
    x0, _, _, y1 = head.line.box
    height = max(head.line.height, 1)
    best = None
    for line in text.lines:
        box = line.line.box
        if line.page != head.page or not 0 <= box[1] - y1 < 5 * height or abs(box[0] - x0) >= 4 * height:
            continue
        name = _org_name(re.sub(r"^名称[:：]?", "", line.compact))
        if name and (best is None or abs(box[0] - x0) < abs(best[1].line.box[0] - x0)):
            best = (name, line)
    return best


def _org_name(value: str) -> str | None:
    """An organisation's name cut from a value (at its address, telephone …), or ``None``
    when it does not look like one: OCR's 重庆锐铭智4技股份有司 or a bare 有限公司 is no name."""
    name = _NAME_END.split(clean_value(value))[0].strip(" :：")
    suffix = next((s for s in _ORG_SUFFIXES if name.endswith(s)), None)
    if suffix is None or len(name) - len(suffix) < 2 or len(name) > 40 or re.search("[:：]", name):
        return None
    if re.search(r"[\u4e00-\u9fff][0-9A-Za-z][\u4e00-\u9fff]", name) or name.startswith(("有限", "股份", "责任")):
        return None
    return name


def _signing_company(text: DocText) -> tuple[str, TextLine] | None:
    """The company signing a 财务证明: the lowest line on the last page that is an
    organisation's name and nothing else, in the lower half of the page."""
    last = text.lines[-1].page if text.lines else None
    found = None
    for line in text.lines:
        name = _org_name(line.compact) if line.page == last and line.top > 0.5 else None
        if name and re.fullmatch(r"[（(]?(盖章|公章)?[)）]?", line.compact[len(name):]):
            found = (name, line)
    return found


def _plain_date(text: DocText):
    """A date after 日期 standing as a line's label (日期：2024年3月21日)."""
    for line in text.lines:
        date = parse_date(line.compact) if line.compact.startswith("日期") else None
        if date is not None and date.month is not None:
            return date, line
    return None


def _foot_date(text: DocText):
    """The lowest line of the last page with a date that is a whole line: a signed date,
    not a period in the text (自2021年1月至2021年12月)."""
    last = text.lines[-1].page if text.lines else None
    found = None
    for line in text.lines:
        date = parse_date(line.compact) if line.page == last else None
        if date is not None and date.month is not None:
            found = (date, line)
    return found


def _facts(f, kind, rank, core_journal):
    # A contract also backs a project's investment; it shows nothing of the project itself.
    if kind is Kind.REVENUE:
        return {"amount_wan": f.get("amount_wan"), "date": as_date(f.get("date"))}
    return {}


DOCTYPE = DocType(
    key="revenue_proof", name="合同/发票/财务证明",
    cues=Cues(
        titles=("合同", "销售合同", "购销合同", "技术服务合同", "技术开发合同", "增值税专用发票",
                "增值税普通发票", "发票", "财务证明", "收入证明", "审计报告", "销售收入证明"),
        labels=("甲方", "乙方", "合同金额", "合同总价", "价税合计", "金额", "人民币", "开票日期", "购买方",
                "销售方", "收款", "付款", "营业收入", "新增营收", "大写"),
        requires=("金额", "人民币", "价税合计", "合同", "收入", "营收", "¥"),
        requires_why="没有金额",
    ),
    extract=extract_revenue,
    fields=("amount_wan", "parties", "date"),
    decisive=("amount_wan", "date"),
    labels={"date": "签订/开具日期"},
    under_seal=("parties", "date"),
    kinds=(Kind.REVENUE, Kind.PROJECT), facts=_facts,
)
