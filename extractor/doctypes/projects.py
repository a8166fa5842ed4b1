"""Project acceptance documents and revenue evidence (contracts, invoices, finance letters)."""

from __future__ import annotations

import re

from ..fields.amounts import find_amounts, parse_amount_wan
from ..fields.levels import level_of
from ..text import DocText
from .base import Fields, after_label_text, date_of, last_date, people_of, value_of

_PASSED = re.compile(r"(同意|一致同意|准予|予以)?\s*(通过|予以通过)\s*验收|验收\s*(结论|意见)?\s*[:：]?\s*(合格|通过)")
_FAILED = re.compile(r"不(予|同意)?\s*通过|未通过|不合格|暂缓通过")


def extract_acceptance(text: DocText) -> Fields:
    f = Fields()
    title = after_label_text(text, ["项目名称", "课题名称"])
    if title:
        f.set("project_title", title[0].strip("《》"), title[1])
    leader = people_of(text, ["项目负责人", "负责人"])
    if leader:
        f.set("leader", leader[0][0], leader[1])
    members = people_of(text, ["项目组成员", "主要完成人员", "主要完成人", "项目成员", "参加人员", "主要参加人员"])
    if members:
        f.set("members", members[0], members[1])
    issuer = value_of(text, ["组织验收单位", "验收组织单位", "组织单位", "下达单位", "项目下达单位", "主管部门"])
    if issuer:
        level, why = level_of(issuer[0])
        if level is not None:
            f.set("level", level.value, issuer[1])
        f.notes.append(f"级别：{why}")
    for line in text.lines:
        if _FAILED.search(line.compact) and "验收" in text.compact:
            f.set("passed", False, line)
            break
        if _PASSED.search(line.compact):
            f.set("passed", True, line)
            break
    dated = date_of(text, ["验收日期", "验收时间"]) or last_date(text)
    if dated:
        f.set("acceptance_date", dated[0], dated[1])
    return f


_AMOUNT_LABELS = ["合同金额", "合同总金额", "合同总价", "价税合计", "合计金额", "总金额", "新增营收", "营业收入",
                  "销售收入", "收入合计", "金额"]


def extract_revenue(text: DocText) -> Fields:
    f = Fields()
    for hit in text.find_label(_AMOUNT_LABELS):
        amount = parse_amount_wan(hit.line.text[hit.line.text.find(hit.label[0]):]) or parse_amount_wan(hit.value)
        if amount:
            f.set("amount_wan", amount, hit.line)
            break
    if "amount_wan" not in f.values:
        amounts = [(a, line) for line in text.lines for a in find_amounts(line.text)]
        if amounts:
            best = max(amounts, key=lambda pair: pair[0].wan)
            f.set("amount_wan", float(best[0].wan), best[1])
    parties = []
    for labels in (["甲方", "购买方", "购方", "委托方", "买方"], ["乙方", "销售方", "销方", "受托方", "卖方"]):
        found = value_of(text, labels)
        if found:
            name = re.split(r"[（(]|地址|电话|纳税人", found[0])[0].strip("：: ")
            if name:
                parties.append(name)
    if parties:
        f.set("parties", parties)
    dated = date_of(text, ["签订日期", "开票日期", "签订时间", "日期"]) or last_date(text)
    if dated:
        f.set("date", dated[0], dated[1])
    return f
