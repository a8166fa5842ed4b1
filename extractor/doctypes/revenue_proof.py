"""合同/发票/财务证明: revenue evidence.

A contract (甲方/乙方, 合同总价, 签订日期), an invoice (购买方/销售方 columns with ``名称：``
lines, 价税合计, 开票日期; the net amount and the tax are printed too) or a 财务证明 (one
company signing at the bottom above its date; periods in the text are not dates of the
document).  Two are tables:

- a 发票汇总表 lists many invoices (序号 发票号码 开票日期 购买方名称 金额 税额 价税合计) and
  a 合计 row: the amount is that row's 价税合计, checked against the rows above it or the
  total in capitals, never one invoice's; its 开票日期 is a column, not the document's date;
- an 审计报告's 利润表 gives 营业收入 for several years: the amount is the table's total
  column, else the column of the year the report is about (its title, or the year its
  text names: 2020年度的利润表), never a year picked at random.

A table's bare figures are in the unit it states (单位：元).
"""

from __future__ import annotations

import re
from functools import cmp_to_key

from rules.dates import PartialDate
from rules.vocabulary import Kind

from ..fields.amounts import find_amounts, stated_unit, table_amount_wan
from ..fields.dates import date_after_label, find_dates, parse_date, without_dates
from ..fields.people import has_surname, split_people
from ..layout import LABEL_START, box, holds_more_than_its_words, line_above, is_name, labelled_people, field_value, line_below, split_cells, standalone_date, line_at, next_line, row_of, running_match, running_text, spelled_label_values, strip_stamps, table_rows, column_captions, text_after, \
    wrapped_value
from ..text import DocText, LabelHit, TextLine, same_row
from .base import Cues, DocType, Fields, as_date, clean_value


# Labels of the whole amount, most telling first.  A plain 合计/金额 comes last and is not
# read on invoices, whose 合计 row and 金额 column give the amount without tax.
# A 技术合同认定登记证明 states the contract's 合同成交额 and, under it, the smaller share that
# is technology (其中：技术交易额): the deal is the amount.
# A settlement (结算单, 结算审核定案表) restates the contract's price beside what was settled
# and paid: the settled amount is the revenue.
_TOTAL_LABELS = ["价税合计", "小写金额", "签约合同价", "订单总金额", "中标价", "中标金额", "成交价", "成交金额", "结算总金额", "结算金额", "审定金额", "结算总价", "合同总价", "合同总金额", "合同总额", "合同成交额", "成交金额", "合同金额", "合同价款", "合同价格", "协议金额", "交易金额", "新增产值", "新增销售额",
                 "协议总价", "总价款", "总金额", "含税总价", "销售收入", "营业收入", "主营业务收入", "新增营收", "收入合计",
                 "订货总值", "订货总额", "合同总值", "货物总值", "确认收入",
                 "合计金额", "费总额", "总额",
                 # (the 科技部 template of a 技术开发合同, 第四条 研究开发经费及报酬: the whole, its parts after 其中)
                 "研究开发经费和报酬", "研究开发经费及报酬", "研究开发经费与报酬", "技术服务报酬总额", "技术服务报酬",
                 "合约总价"]  # (last: a label one letter from 合同总价 must not outrank the sums above)
_PLAIN_LABELS = ["合计", "金额"]
# Labels of income as booked: net of 增值税 is what they mean (销售收入（不含税）…), unlike a contract's sum.
_EARNED_LABELS = ("销售收入", "营业收入", "主营业务收入", "新增营收", "新增销售额", "收入合计", "确认收入")
# What may stand between a label and its amount, or begin a sum that a line break cut.
_AMOUNT_START = re.compile(r"[\s:：()（）大写小写人民币RMBCNY¥￥\d,.零壹贰叁肆伍陆柒捌玖拾佰仟万亿元整〇一二三四五六七八九十百千]*")
# The day a contract was signed or an invoice issued; a plain 日期 only as a line's label
# (交货日期, 付款日期 are other days).
_DATE_LABELS = ["签订日期", "签约日期", "签署日期", "签署时间", "签署完成时间", "签署完成日期", "完成签署时间", "开票日期", "签订时间", "签约时间", "编制日期", "出具日期",
                "合同订立时间", "订立时间", "订立日期",
                "交易日期", "交易时间", "记账日期", "订单日期",
                # a summary printed from the tax system (制表：… 打印日期：2025-04-11)
                "打印日期", "制表日期",
                # a bilingual contract's head (Contract No.: …  Date 日期: 2023-04-25, probe DS r20)
                "Date日期", "日期Date", "签订日期Date"]
# A registration of a contract (技术合同认定登记证明) is dated by its 登记日期; the contract's
# 签订日期 it restates is the contract's.
_REGISTERED_LABELS = ["认定登记日期", "登记日期"]
_REGISTRATION_TITLE = re.compile(r"登记证明|认定登记证|登记证书")
# Who drew a summary or a statement up: a party (the seller of a 发票汇总表, the audited company).
# (a 发票开具情况汇总表's 纳税人名称 is the seller whose invoices it sums)
_DRAWN_BY = ["编制单位", "填报单位", "开票单位", "纳税人名称", "核算单位", "证明单位", "出具单位"]
# Table columns: the total of an invoice (with tax), the buyer, the rows' revenue.
_TOTAL_COLUMNS = ("价税合计", "含税金额", "含税总额", "开票金额", "销售金额", "销售收入", "收入金额", "发货金额", "结算金额",
                  "对账金额", "确认收入",
                  # (what was received before what was signed: 合同金额（元） | 已收款（元）, probe DV D42)
                  "已收款", "已收款金额", "已回款", "回款金额", "收款金额", "到账金额", "实收金额",
                  # (a ledger of the year's contracts, 销售合同台账: each one's sum and their 合计)
                  "合同金额")
_BUYER_COLUMNS = ("购买方名称", "购方名称", "客户名称", "购买方", "客户")
_SELLER_COLUMNS = ("销售方名称", "销方名称", "销售方", "开票单位")
_TOTAL_ROW = re.compile(r"^[合含总共累]\s*计")
_REVENUE_ROW = re.compile(r"营业收入|主营业务收入|销售收入|营业总收入")
_YEAR_COLUMN = re.compile(r"^((?:19|20)\d\d)(?:年度?)?$")
_TOTAL_COLUMN = re.compile(r"^(?:合计|总计|累计|小计)$")
# A statement's columns of this period and the last (本期金额 | 上期金额, 本年累计 | 上年同期):
# this period is the one the document is about.
_PERIOD_COLUMN = re.compile(r"^(?:本|上)(?:期|年)(?:金额|累计数?|累计金额|发生额|数|同期数?)?$|^上年同期(?:数|金额)?$")
_CURRENT_COLUMN = re.compile(r"^本(?:期|年)")
# A bank's 回单 pays the seller: 付款人 is the buyer, 收款人 the seller (an invoice's 收款人 is
# its cashier, a person: ``_org_name`` takes only a unit).
# A technology transfer (技术转让合同) sells from its 让与人 to its 受让人, whichever is 甲方; a
# development contract's 研究开发方 is paid by its 委托方.
# (a bank's own words first: 付款人户名 is 付款人 and its 户名, which the shorter label would leave behind)
_BUYER = ["招标人", "采购人名称", "付款人户名", "付款方户名", "付款户名", "付款账户名称", "付款账户", "采购人", "采购单位", "购货单位", "购货方", "订货单位", "订购单位", "订货方",
          "订购方", "委托人", "委托单位", "甲方", "购买方", "购方", "买方", "委托方", "需方", "采购方", "买受人",
          "发包人", "发包方", "付款人名称", "付款人", "付款方", "付款单位", "受让人", "受让方", "建设单位",
          "出票人全称", "出票人",  # (a bank's 进账单: the drawer pays)
          "定作人", "定作方", "发包单位", "客户名称", "被许可方", "被许可人",
          # a delivery note's 用户单位 beside its 供货单位; a statement of account's 客户 beside its 供应商
          "用户单位", "客户",
          # (技术开发合同: 需求方 beside 开发方)
          "需求方", "需求单位",
          # a lease pays its lessor (出租方) as a buyer pays a seller
          "承租方", "承租人"]
_SELLER = ["中标人", "成交供应商", "收款人户名", "收款方户名", "收款户名", "收款账户名称", "收款账户", "供应商", "销货单位", "销货方", "供货单位", "受托人",
           "承接方", "乙方", "销售方", "销方", "卖方", "受托方", "供方", "供货方", "出卖人", "承包人", "承包方",
           "收款人名称", "收款人", "收款方", "收款单位", "研究开发方", "让与人", "让与方", "转让方", "服务方",
           "服务单位", "施工单位", "供应方", "设计人", "设计方", "设计单位", "承担单位", "承担方", "承揽人", "承揽方",
           "研制方", "销售单位", "服务人", "供货商", "供货人", "供应人", "出租方", "出租人",
           # a 技术服务合同's or a 技术开发合同's side that does the work for the one that commissions it
           "承接单位", "承接人", "受托单位", "开发方", "研发方", "开发单位",
           # a licence (专利实施许可合同): the licensor is paid, as a seller is
           "许可方", "许可人"]
_FURTHER_SIDES = ("丙方", "丁方", "联合体成员")  # (a consortium's further member signs for the side too)
_BUYS = re.compile(r"买方|购买方|购货|需方|采购|买受人|订货|订购|付款")
# Where a party's name ends on its line: its address, telephone, seal note …
# (or the next label of its row: 收款单位：…公司  收款人：许茂)
_NAME_END = re.compile(r"地址|住所|电话|法定代表人|统一社会信用代码|纳税人|开户|账号|邮编|[（(]?(?:盖章|公章|电子签章|电子印章|(?:财务|合同|业务)专用章)|[（(]以下简称|"
                       r"收款人|经手人|开票人|复核人?|会计|出纳|联系人|签字|日期")
_ORG_SUFFIXES = ("有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "研究院", "研究所", "设计院", "大学",
                 "学院", "医院", "中心", "事务所", "合作社", "银行", "厂",
                 # a public buyer (采购人：重庆市…经济和信息化委员会)
                 "委员会", "局", "人民政府", "管理委员会", "管委会",
                 # a railway's units (中国铁路成都局集团有限公司重庆工务段)
                 "工务段", "车务段", "机务段", "电务段", "供电段", "车辆段")


def extract_revenue(text: DocText) -> Fields:
    f = Fields()
    if any("纳税申报表" in line.compact for line in text.title_lines()):
        return _tax_return(text, f)
    ledger = _ledger(text, f)
    if ledger:
        return ledger
    table = _table_total(text, f) or _year_total(text, f) or _year_rows(text, f) or _grand_total(text, f) \
        or _income_note(text, f) or _listed_years(text, f)
    if table:
        f.put("amount_wan", table if table != "unclear" else None)
    else:
        yearly = _yearly_revenue(text, f)
        f.put("amount_wan", yearly if yearly != "unclear" else None)
        if yearly is None:
            f.put("amount_wan", _total_amount(text, f))
    after_change = _sum_after_change(text)
    if after_change:  # a supplement's sum as it stands now (增加…300万元，变更后合同总金额为…1,200万元)
        f.put("amount_wan", after_change)
    capitals = _capitals_disagree(text, f.values.get("amount_wan"))
    if capitals is not None and not any(code == "amount_unsure" for _, code, _ in f.issues):
        # (the sum taken, or none taken because of it: a reviewer is told why, probe CL A7-6)
        f.values.pop("amount_wan", None)
        f.sources.pop("amount_wan", None)
        f.issue("warning", "amount_unsure",
                f"金额的小写与大写不一致（小写读作 {capitals[0]:g} 万元，大写读作 {capitals[1]:g} 万元），未采用，请人工核对")
    called = _called_parties(text)
    halved = False  # one side of a contract or invoice read, the other's label printed with no name read
    parties = _summary_parties(text) or _account_holders(text) or _side_table(text) or _signers(text)
    if not parties:
        buyer = _party(text, _BUYER) or _received_from(text) or called.get("buyer")
        seller = _party(text, _SELLER) or _bid_winner(text) or _drawn_by(text) or called.get("seller")
        parties = [p for p in (buyer, seller) if p]
        if buyer and seller:
            # a three- or four-party agreement (三方合作协议: 甲方, 乙方, 丙方) binds every side it
            # names; a reviewer matches the applicant's unit against any of them
            parties += [p for p in (_party(text, [side]) for side in _FURTHER_SIDES)
                        if p and p[0] not in (buyer[0], seller[0])]
        halved = bool(buyer) != bool(seller) and _side_printed(text, _SELLER if buyer else _BUYER)
        if buyer and seller and buyer[1] is not None and _BUYS.search(buyer[1].compact[:14]):
            # the side that buys, where the paper says so in words (买方, 需方, 采购方 — not a bare
            # 甲方): an applicant's unit there bought, and sold nothing by it
            f.set("buyer", buyer[0], buyer[1])
    if halved or not parties:  # (an invoice's two 名称 lines may still name both sides)
        parties = _invoice_names(text) or _certified_sale(text) or parties
    if not parties and "审计" in text.compact:
        audited = _audited(text)  # the company audited, never the audit firm that signs
        parties = [audited] if audited else []
        sold_to = running_match(text, _SOLD_TO) if audited else None
        if sold_to and sold_to[0].group(1) != audited[0]:  # 贵公司向柳州…公司销售伺服压力机: its customer
            parties.append((sold_to[0].group(1), sold_to[1]))
    if not parties and not _an_invoice(text):
        # one company's own figures (a statement, a 证明): who drew them up, or signs for them;
        # an invoice always has two parties, and one read alone is half of it
        signer = _named_first(text, _drawn_by(text) or _signing_company(text))
        parties = [signer] if signer else []
        payee = _paid_to(text) if signer else None  # a payer's 付款证明 names whom it paid
        if payee and payee[0] != signer[0]:
            parties.append(payee)
        # a customer's 使用证明 names whom it bought from (我单位…使用重庆…公司研发的…): the seller;
        # a buyer's letter to its supplier (致：…公司 | …确认向贵司采购…) is addressed to the seller
        supplier = (_supplied_by(text) or _addressed_seller(text)) if signer and not payee else None
        if supplier and supplier[0] != signer[0]:
            parties.append(supplier)
    if len(parties) == 1 and not halved and not _an_invoice(text):
        payer = _paid_by(text)  # a payee's 收款证明 names who paid it, the payee its 收款方
        if payer and payer[0] != parties[0][0]:
            parties.append(payer)
            f.set("buyer", payer[0], payer[1])  # (who paid bought: an applicant's unit there sold nothing)
        payee = _paid_to(text) if not payer else None  # (a buyer's 证明 of what it bought, probe EG t16)
        if payee and payee[0] != parties[0][0]:
            parties.append(payee)
            f.set("buyer", parties[0][0], parties[0][1])  # (the unit that certifies it paid, and bought)
    if halved and len(parties) == 1:
        # A contract names both sides; one of them alone reads like a company's own figures
        # (a statement, a 财务证明), which a reviewer would take for something else.
        f.notes.append(f"合同双方：只读出一方（{parties[0][0]}），另一方的名称未能读出，未给出")
        parties = []
    if parties:
        parties = _in_print_order(parties)
        f.set("parties", [name for name, _ in parties], parties[0][1])
    f.put("date", _slip_date(text) or _document_date(text) or _esigned(text) or _last_signed(text) or _signed_in_text(text) or _plain_date(text)
          or _foot_date(text) or _period_end(text))
    signed = f.values.get("date")
    earned = _earned_period(text, PartialDate.parse(signed) if signed else None)
    if earned:
        f.set("period_start", earned[0], earned[2])
        f.set("period_end", earned[1], earned[2])
    _team(text, f)
    unrealised = _not_realised(text) or _draft(text) or _credit_note(text) or _unexecuted(text) or _framework(text)
    output = _output_value(text, f)
    if output and not unrealised and "amount_wan" in f.values:
        # 新增产值 is what was made, valued at its price; the rule counts 新增营收, what was sold
        f.set("realised", False)
        f.issue("warning", "output_value_not_revenue",
                f"材料证明的是产值（「{output}」），不是营收：金额 {f.values['amount_wan']:g} 万元不计入累计营收，需人工核对")
    ahead = _signed_before_its_end(f)
    if ahead and not unrealised and "amount_wan" in f.values:
        # (no sum is earned before the day it is certified: the months after it are a forecast)
        f.set("realised", False)
        f.issue("warning", "revenue_not_realised",
                f"{ahead}：其中出具日之后的月份尚未发生，金额 {f.values['amount_wan']:g} 万元不计入累计营收，需人工核对")
    if unrealised and "amount_wan" in f.values:
        # A contract not yet performed is a promise of sales: its sum is no 新增营收 until it
        # is (a reviewer asks for its invoices or the books).
        f.set("realised", False)
        said = "合同至少一方的签字盖章处空白，未见其签章，合同尚未生效" if unrealised == _UNEXECUTED else f"材料写明「{unrealised}」"
        f.issue("warning", "revenue_not_realised",
                f"{said}：金额 {f.values['amount_wan']:g} 万元尚未形成营收，不计入累计营收")
    return f


# The people a proof credits with the product (第十一条（二）3 参与开发推广, 第十三条（二）3 骨干,
# 第十五条（二）3 主持): a company's 证明 may list its team, in order, under a label or in its sentence
# (由我公司研发推广团队（按贡献排序：李强、张伟…）开发推广的…).
_TEAM_LABELS = ["研发推广团队成员", "研发推广团队", "研发团队成员", "研发团队", "推广团队", "项目团队成员", "项目团队", "团队成员",
                "项目组成员", "主要参与人员", "项目主要完成人员", "主要完成人员", "项目主要完成人", "主要完成人", "项目完成人",
                "主要参加人员", "项目成员", "主要研发人员", "参与人员", "主要技术人员",
                "项目组"]  # (项目组：田野（项目负责人）、沈洁、韦东, probe CK M5)
_TEAM_IN_SENTENCE = re.compile(r"(?:团队|人员|成员|项目组)[（(](?:按贡献(?:大小)?|按)?(?:排序|排名|排列)[:：]([^）)]{2,80})[）)]")
_LEADER_LABELS = ["项目负责人", "产品负责人", "技术负责人", "团队负责人"]


# The buyer's side named before a label (甲方项目负责人, 需方参与人员, 采购方技术负责人): its people are
# the customer's, never the team that sold (a seller's own, 乙方项目负责人, and unsided labels are).
_BUYER_SIDE = re.compile(r"(?:甲方|需方|买方|购方|采购方|委托方|发包方|业主|用户|客户|招标人)(?:单位)?(?:的)?$")


def _team(text: DocText, f: Fields) -> None:
    """``members`` (in the order printed) and ``leader``, where the proof names them; never
    the buyer's people."""
    def ours(hit) -> bool:
        return not _BUYER_SIDE.search(hit.line.compact[:hit.start])

    listed = labelled_people(text, _TEAM_LABELS, accept=ours)
    if listed and listed[0]:
        f.set("members", listed[0], listed[1])
        marked = re.search(rf"({_NAME}?){_ROLE_NOTE}", listed[1].compact)
        if marked and marked.group(1) in listed[0]:
            f.set("leader", marked.group(1), listed[1])  # (the one the list marks as its leader)
    elif all(ours(h) for h in text.find_label(_TEAM_LABELS)):  # (no buyer's people among them)
        said = running_match(text, _TEAM_IN_SENTENCE)
        names = split_people(said[0].group(1)) if said else []
        if names and all(is_name(n) for n in names):
            f.set("members", names, said[1])
    if "members" not in f.values:
        # (由唐敏（项目负责人）、潘伟、沈洁组成的项目组…; 项目负责人：唐敏；主要技术骨干：潘伟、沈洁 — probe CK M1, N5)
        team = _team_said(text)
        if team:
            f.set("members", team[0], team[2])
            if team[1]:
                f.set("leader", team[1], team[2])
    for hit in text.find_label(_LEADER_LABELS):
        if not ours(hit):
            continue
        leader = field_value(text, hit)
        name = clean_value(leader[0]) if leader else None
        if name and is_name(name):
            f.set("leader", name, leader[1][0])
            break
    if "leader" not in f.values and "members" not in f.values:
        # (one of its people the proof names by a backbone's role, 兹证明我单位阚志远同志作为项目技术负责人，
        # 参与开发推广的…: a 骨干 by the company's word, listed alone — no 主持, probe DU b8)
        said = running_match(text, _ONE_BACKBONE)
        if said and is_name(said[0].group(1)) and has_surname(said[0].group(1)) \
                and not _BUYER_SIDE.search(said[0].string[max(0, said[0].start() - 12):said[0].start()]):
            f.set("members", [said[0].group(1)], said[1])
    if "leader" not in f.values:
        said = running_match(text, _LED_IN_SENTENCE)
        # (or a paragraph opening on him: 唐敏同志作为项目负责人，主持开发推广了…, probe CL T9-4)
        said = said or next(((m, l) for l in text.lines for m in [_LEADS_PARAGRAPH.match(l.compact)] if m), None)
        name = next((g for g in said[0].groups() if g), None) if said else None
        # (a person, not the team or a department: 由项目组牵头研发, 由研发部主持开发)
        if name and is_name(name) and has_surname(name) and not re.search(r"[组部队室处科]$|项目|团队|中心", name):
            f.set("leader", name, said[1])
            backbones = running_match(text, _BACKBONES) if "members" not in f.values else None
            more = [p for p in re.split(r"[、和及]", backbones[0].group(1)) if p] if backbones else []
            if more and name not in more and all(is_name(p) and has_surname(p) for p in more):
                f.set("members", [name] + more, said[1])  # (the leader first, then his backbones as named)


def _signed_before_its_end(f: Fields) -> str | None:
    """The months a sum was earned in end after the day the proof was signed (signed 2024年3月,
    the sales counted 至2024年12月): it attests months still to come, a forecast in part."""
    signed, end = f.values.get("date"), f.values.get("period_end")
    if not signed or not end or len(end) < 7 or end[:7] <= signed[:7]:
        return None
    return f"证明的收入期间至{end[:4]}年{int(end[5:7])}月，出具日期却是{signed[:4]}年{int(signed[5:7])}月"


_NAME = r"[\u4e00-\u9fff·]{2,4}"
_ROLE_NOTE = r"[（(](?:项目|产品|团队|技术|研发)?(?:负责人|带头人|组长)[)）]"
# A team made of the people a sentence names, its leader marked: 由唐敏（项目负责人）、潘伟、沈洁组成的项目组.
_MADE_OF = re.compile(rf"由((?:{_NAME}?(?:{_ROLE_NOTE})?[、，,])+{_NAME}?(?:{_ROLE_NOTE})?)(?:等(?:同志|人)?)?(?:共同)?组成的?(?:项目组|项目团队|研发团队|团队|课题组|研发组)")
# The team by its roles, leader first: 项目负责人李建华，技术骨干罗斌、宋涛 / 项目负责人：唐敏；主要技术骨干：潘伟、沈洁.
_BY_ROLES = re.compile(rf"(?<!项目)(?<!产品)(?<!团队)(?:项目|产品|团队)?负责人(?:为)?[:：]?({_NAME}?)(?:同志)?[，,；;、]\s*(?:主要)?(?:技术|项目)?骨干(?:人员|成员)?(?:为|有)?[:：]?"
                       rf"((?:{_NAME}?[、，,和及])*{_NAME}?)(?=[。；;，,]|等|$)")
# The backbones in a sentence of their own beside the leader's (…；潘伟、沈洁同志作为技术骨干参与…, probe CN H8-6).
_BACKBONES = re.compile(rf"(?:^|[，,。；;])((?:{_NAME}?[、和及])*{_NAME}?)(?:等)?(?:同志)?(?:作为|担任)(?:主要)?(?:技术|项目)?骨干")


def _team_said(text: DocText) -> tuple[list[str], str | None, TextLine] | None:
    """The seller's team a sentence names, in its order, and its leader: 由唐敏（项目负责人）、潘伟、
    沈洁组成的项目组 (the one marked), 项目负责人李建华，技术骨干罗斌、宋涛 (the leader first).  None
    unless every piece is a name; never the buyer's people (甲方项目负责人…).

    >>> from tests.typed_pages import doc, page
    >>> _team_said(doc(page("该产品由唐敏(项目负责人)、潘伟、沈洁组成的项目组负责研发与推广。")))[:2]
    (['唐敏', '潘伟', '沈洁'], '唐敏')
    >>> _team_said(doc(page("第四条 乙方项目团队:项目负责人李建华,技术骨干罗斌、宋涛。")))[:2]
    (['李建华', '罗斌', '宋涛'], '李建华')
    >>> _team_said(doc(page("第四条 甲方项目负责人李建华,技术骨干罗斌、宋涛。"))) is None
    True
    """
    for pattern in (_MADE_OF, _BY_ROLES):
        found = running_match(text, pattern)
        if not found:
            continue
        match, line = found
        if pattern is _BY_ROLES and _BUYER_SIDE.search(match.string[max(0, match.start() - 12):match.start()]):
            continue  # (甲方项目负责人…: the buyer's; 甲方…；乙方项目负责人…: the seller's, probe CL T9-5)
        if pattern is _MADE_OF:
            pieces = [p for p in re.split(r"[、，,]", match.group(1)) if p]
            leader = next((re.sub(_ROLE_NOTE, "", p) for p in pieces if re.search(_ROLE_NOTE, p)), None)
            names = [re.sub(_ROLE_NOTE, "", p) for p in pieces]
        else:
            leader = match.group(1)
            names = [leader] + [p for p in re.split(r"[、，,和及]", match.group(2)) if p]
        if len(names) >= 2 and len(set(names)) == len(names) and all(is_name(n) and has_surname(n) for n in names):
            return names, leader, line
    return None


_ONE_BACKBONE = re.compile(r"(?:我|本|该)(?:公司|单位|院|所|厂)(?:员工)?([\u4e00-\u9fff·]{2,4}?)同志(?:作为|担任)(?:该?(?:项目|产品|团队|研发))?"
                           r"(?:技术负责人|技术骨干|核心骨干|骨干成员|主要技术骨干|骨干)[，,]?(?:参与|参加|负责)")
# A sentence opening on the leader: 唐敏同志作为项目负责人，主持开发推广了… (a paragraph's first words,
# or a clause's in _LED_IN_SENTENCE).
_LEADS = r"([\u4e00-\u9fff·]{2,4}?)同志(?:作为|担任)(?:该?(?:项目|产品|团队|研发))?(?:负责人|带头人|组长)[，,]?(?:主持|牵头|负责)"
_LEADS_PARAGRAPH = re.compile(_LEADS)
# The proof's sentence says who led it: 我公司张伟同志作为项目负责人主持开发推广的…, 由张伟同志主持研发的….
_LED_IN_SENTENCE = re.compile(
    r"(?:我|本)(?:公司|单位|院|所|厂)(?:员工)?([\u4e00-\u9fff·]{2,4}?)(?:同志)?(?:作为|担任)(?:该?(?:项目|产品|团队|研发))?"
    r"(?:负责人|带头人|组长)[，,]?(?:主持|牵头|负责)|由([\u4e00-\u9fff·]{2,4}?)(?:同志)?(?:主持|牵头)(?:开发|研发|研制|推广)|"
    # (我公司张伟（项目负责人）主持开发推广的…)
    r"(?:我|本)(?:公司|单位|院|所|厂)(?:员工)?([\u4e00-\u9fff·]{2,4}?)(?:同志)?[（(](?:项目|产品|团队|研发)?(?:负责人|带头人)[)）]"
    r"(?:主持|牵头|负责)|"
    # (唐敏同志作为项目负责人，主持开发推广…: the sentence opens on him)
    r"(?:^|[，,。；;：:])" + _LEADS)


# The months a sum was earned in, as a proof states them (2018年1月至2018年12月累计实现新增销售收入;
# 自2020年7月1日至2023年6月30日，…; 2018.7-2022.12; 2019年1月至12月; 自2018年7月起至今; 至2022年末;
# 2019年度实现…): the sum is of those months, whenever it is signed.  Never a forecast's (预计2019年8月
# 至2020年7月还将实现…).
_MONTH = r"(?:19|20)\d\d(?:年\d{1,2}月(?:\d{1,2}日)?|[.．/]\d{1,2}(?:[.．/]\d{1,2})?)"
_EARNED = re.compile(rf"(?:自|从|于)?(?P<start>{_MONTH})(?:起)?(?:至|到|—|－|-|–|~|～)"
                     rf"(?P<end>{_MONTH}|\d{{1,2}}月(?:\d{{1,2}}日)?|今|(?:19|20)\d\d年(?:末|底))"
                     r"(?:止|期间|间)?(?P<gap>[^。；;]{0,40}?)(?:实现|完成|取得|累计|新增|产生)[^。；;]{0,20}?(?:收入|营收|销售额|销售|采购金额|采购额)"
                     r"|(?P<year>(?:19|20)\d\d)年度(?P<gap2>[^。；;]{0,30}?)(?:实现|完成|取得|累计|新增|产生)[^。；;]{0,20}?(?:收入|营收|销售额|销售)"
                     # (years alone: 2022—2023年, 2022年至2023年, 2022-2023年度)
                     r"|(?P<y0>(?:19|20)\d\d)年?(?:—|－|-|–|~|～|至|到)(?P<y1>(?:19|20)\d\d)年(?:度)?(?:间|期间)?"
                     r"(?P<gap3>[^。；;]{0,30}?)(?:实现|完成|取得|累计|新增|产生)[^。；;]{0,20}?(?:收入|营收|销售额|销售)")
_FORECAST = re.compile(r"预计|预测|将|拟|计划|目标|有望")


def _month_of(value: str, year: int | None = None) -> PartialDate | None:
    """2018年7月, 2018.7, 2018/07/01 (``parse_date``), 2022年末, 12月 (of ``year``): its month."""
    found = parse_date(value)
    if found is not None and found.month:
        return PartialDate(found.year, found.month)
    end = re.fullmatch(r"((?:19|20)\d\d)年(?:末|底)", value)
    if end:
        return PartialDate(int(end.group(1)), 12)
    month = re.fullmatch(r"(\d{1,2})月(?:\d{1,2}日)?", value)
    return PartialDate(year, int(month.group(1))) if month and year and 1 <= int(month.group(1)) <= 12 else None


def _earned_period(text: DocText, signed: PartialDate | None = None):
    """The first and last month of the sum a proof states (its 期间 of sales), else None;
    …起至今 ends in the month it was signed (``signed``), unknown without it.

    >>> from tests.typed_pages import doc, page
    >>> _earned_period(doc(page("产品2018年1月至2018年12月累计实现新增销售收入人民币6,000,000.00元。")))[:2]
    (PartialDate(year=2018, month=1, day=None), PartialDate(year=2018, month=12, day=None))
    >>> [str(d) for d in _earned_period(doc(page("2018.7-2022.12期间该产品累计实现销售收入1200万元。")))[:2]]
    ['2018-07', '2022-12']
    >>> [str(d) for d in _earned_period(doc(page("该产品2019年度实现新增销售收入1200万元。")))[:2]]
    ['2019-01', '2019-12']
    >>> [str(d) for d in _earned_period(doc(page("该产品2022—2023年累计实现新增销售收入700万元。")))[:2]]
    ['2022-01', '2023-12']
    >>> _earned_period(doc(page("合同履行期限：2026年1月1日至2026年12月31日。"))) is None
    True
    >>> _earned_period(doc(page("2018年实现收入1200万元，预计2019年8月至2020年7月还将实现新增销售收入约800万元。"))) is None
    True
    """
    for page in sorted({l.page for l in text.lines}):
        joined, starts = running_text(text, page)
        for match in _EARNED.finditer(joined):
            if _FORECAST.search(match.group("gap") or match.group("gap2") or match.group("gap3") or "") \
                    or _FORECAST.search(joined[max(0, match.start() - 6):match.start()]):
                continue
            line = line_at(starts, match.start())
            if match.group("year"):
                year = int(match.group("year"))
                # (a list of years' rows under one total, 2022年度 … 2023年度 … 合计 …: the total's
                # months are all of theirs)
                years = {int(m.group("year")) for m in _EARNED.finditer(joined) if m.group("year")} - _forecast_years(text)
                if len(years) > 1 and any(_TOTAL_ROW.match(l.compact) for l in text.lines if l.page == page):
                    return PartialDate(min(years), 1), PartialDate(max(years), 12), line
                return PartialDate(year, 1), PartialDate(year, 12), line
            if match.group("y0"):
                y0, y1 = int(match.group("y0")), int(match.group("y1"))
                return (PartialDate(y0, 1), PartialDate(y1, 12), line) if y0 <= y1 else None
            first = _month_of(match.group("start"))
            last = signed if match.group("end") == "今" else _month_of(match.group("end"), first.year if first else None)
            if first is not None and last is not None and last.month and first.earliest() <= last.latest():
                return first, PartialDate(last.year, last.month), line
            return None
    return None


# A statement that a contract is not yet performed, or its income not booked (本合同尚未开始履行,
# 该合同尚未执行, 处于未履行状态, 乙方未确认收入, 相关收入尚未确认) — in a sentence about the
# contract, never a clause's condition (如一方未履行…, 合同解除后，尚未履行的，终止履行, 导致乙方未确认
# 收入的), a denial (不存在未确认收入的情形), what is still left to do (尚未履行完毕的订单), or
# another product's (…尚未产生销售收入，未计入上述金额).
_NOT_REALISED = re.compile(r"(?:尚|仍|还|均)未(?:开始|实际)?(?:履行|执行)(?!完毕|的|部分)|处于未(?:履行|执行)状态"
                           r"|未确认(?:营业|销售|相关)?收入(?!的)|收入(?:尚|均)?未确认|尚未(?:实现|产生|形成)(?:营业|销售)?收入(?!的)"
                           # (a status: the work not yet accepted or delivered, so no income is
                           # booked: 项目尚未验收，款项未支付; never 尚未验收的部分, 验收合格前)
                           r"|(?:尚|仍|还|均)未(?:完成|通过|进行)?(?:终验|初验|竣工验收|验收|交付|交货|发货|发出|上线|投产)(?![的合前后])")
_CONDITION = re.compile(r"如|若|倘|假如|一方|违约|解除后|终止后|导致|致使|不存在|没有|并非|无[^法]")


def _output_value(text: DocText, f: Fields) -> str | None:
    """The words that say the amount read is an output value (新增产值, 工业总产值), when the line
    it was read on names no sale or income: the value made, which the rule's 新增营收 is not.

    >>> from extractor.model import Line, Page, ReadResult
    >>> from .base import Fields
    >>> def proof(sentence):
    ...     text = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer",
    ...         [Line("新增产值证明", (200, 80, 380, 100)), Line(sentence, (60, 130, 540, 142))])]))
    ...     f = Fields(); f.set("amount_wan", 1250.0, text.lines[1])
    ...     return _output_value(text, f)
    >>> proof("该产品2023年至2025年累计实现新增产值1250万元。")
    '新增产值'
    >>> proof("该产品累计实现新增产值及销售收入1250万元。") is None
    True
    """
    source = f.sources.get("amount_wan")
    line = next((l for l in text.lines if source is not None and l.page == source.page and l.line.box == source.box), None)
    # (the amount's line and its row, and the line it wraps from: …新增产值 | 人民币…, …新增产 | 值人民币…;
    # else a title that names the paper a 产值 proof)
    above = line_above(text, line, 1.5) if line is not None else None
    said = "".join(l.compact for l in ([above] if above is not None else []) + [line] + row_of(text, line)) \
        if line is not None else ""
    said = re.split(r"[。；;]", said)[-1] if above is not None and re.search(r"[。；;]", above.compact) else said
    if not re.search("产值|增加值", said):
        said = "".join(l.compact for l in text.title_lines(0.3) if "产值" in l.compact)
        if not said or re.search(r"收入|营收|销售额|销售金额", text.compact):
            return None
    match = re.search(r"(?:新增|工业总|工业)?(?:产值|增加值)", said)
    if match is None or re.search(r"收入|营收|销售额|销售金额|价税合计|合同金额|合同总|总价款|合同价款|发票", said):
        return None  # (…车间年产值提升30%以上，本项目 | 总价款为…: the contract's price, a promise of output beside it)
    return match.group(0)


# A contract not yet made: its draft (草案, 讨论稿), or one saying it binds no one.
# The stages of a contract's text before it is made (one list: a heading's, a mark's).
# (a contract initialled before it is signed: 草签文本, probe CW P24, a wrong met on 1,180万)
_STAGES = "草案|讨论稿|征求意见稿|草稿|初稿|草拟稿|送审稿|修改稿|草签文本|草签稿|草签本|草签版"
NOT_BINDING = re.compile(r"不具有?法律效力|不具备法律效力|不具有?(?:法律)?约束力|仅供(?:双方)?(?:内部)?(?:讨论|参考|审阅|审批)|未经签署|"
                         r"不构成(?:任何一方|双方|甲方|乙方)?的?(?:付款|采购|支付|购买)(?:义务|承诺)")
# What a sum printed without a label may be that no sale is: a company's capital, a sum foreseen.
_UNSOLD = re.compile(r"注册资本|注册资金|实缴资本|认缴|资本金|预计|预期|计划|目标|不低于|不少于|力争|争取|规模")
# The work a contract is about, named in book marks or quotes (《…发展规划（征求意见稿）》编制技术服务合同):
# its stage is the work's, not the contract's.
_NAMED_WORK = re.compile(r"《[^》]{0,60}》|“[^”]{0,60}”")
# A stage said of the contract itself: 合同（征求意见稿）, 协议书草案, 合同（初稿）, or the mark alone.
_OWN_STAGE = re.compile(rf"(?:合同|协议|合同书|协议书|合约)\s*[（(]?\s*({_STAGES})\s*[)）]?|"
                        rf"^[（(]?({_STAGES})[)）]?$|(样本合同|合同范本|示范文本)")


def draft_said(words: str) -> str | None:
    """The draft word a paper's heading says of itself (设备采购合同（征求意见稿）, 合同（初稿）), never of
    the work it names (《…规划（征求意见稿）》编制技术服务合同, 规划（初稿及终稿）编制服务合同).

    >>> draft_said("设备采购合同（征求意见稿）"), draft_said("《智能制造发展规划（征求意见稿）》编制技术服务合同")
    ('征求意见稿', None)
    >>> draft_said("工业互联网平台规划（初稿及终稿）编制服务合同"), draft_said("技术服务合同（草拟稿）")
    (None, '草拟稿')
    """
    found = _OWN_STAGE.search(_NAMED_WORK.sub("", words))
    return next(g for g in found.groups() if g) if found else None


def binds_no_one(words: str) -> str | None:
    """The words by which a paper says it binds no one (本合同仅供内部讨论，不具有法律效力), said of the
    paper itself or alone; never a sentence about copies, signing or details (未经盖章的复印件不具有法律
    效力, 未经双方签字盖章，不具有法律效力, 配置参数，仅供参考).

    >>> binds_no_one("本合同仅供内部讨论，不具有法律效力"), binds_no_one("未经盖章的复印件不具有法律效力")
    ('仅供内部讨论', None)
    >>> binds_no_one("技术参数仅供参考。"), binds_no_one("仅供内部讨论"), binds_no_one("本合同自双方签字盖章之日起生效；未经双方签字盖章，不具有法律效力。")
    (None, '仅供内部讨论', None)
    """
    for sentence in re.split(r"[。；;\n]", words.replace(" ", "")):
        sentence = re.sub(r"^(?:说明|备注|注|特别说明|提示)[:：]", "", sentence)
        found = NOT_BINDING.search(sentence)
        if found is None or re.search(r"复印件|扫描件|传真件|未经(?!签署)|涂改|参数|配置|附件|以实际|数据|信息", sentence):
            continue
        if re.match(r"(?:本|此|该)(?:合同|协议|意向书|意向函|框架协议|文本|稿|草稿|版本|文件|协议书|合同书)", sentence) or len(sentence) <= 12:
            return found.group(0)
    return None


# A draft's mark printed across or atop its pages (草稿, 草稿 仅供内部讨论, （征求意见稿）).
_DRAFT_MARK = re.compile(rf"[(（]?(?:{_STAGES}|DRAFT)[)）]?(?:仅供.{{0,8}})?")
# (or set apart at a line's end, a text layer running the mark into the line under it: 签订日期：…   草 稿)
_DRAFT_AT_END = re.compile(r"\s(草\s?稿|DRAFT)$")


# A 红字 invoice (销项负数) takes back a sale invoiced before: its sum, printed negative, is no income.


def _credit_note(text: DocText) -> str | None:
    """What marks an invoice as a 红字 one, cancelling an earlier sale (its title 增值税专用发票（红字）,
    销项负数, a 价税合计 of ¥-15,000,000.00), or None.  A summary whose rows include some 红字 ones
    totals them in: only its title or its total says the whole paper is one."""
    if not _an_invoice(text):
        return None
    for line in text.title_lines(0.3):
        # (the heading of a 红字 invoice, 增值税专用发票（红字）, 红字增值税专用发票; not a total's note,
        # 价税合计（已扣减红字发票1张）)
        if re.search(r"发票[(（]?红字(?:发票)?[)）]?$|红字(?:增值税)?(?:电子)?(?:专用|普通)?发票[)）]?$", line.compact):
            return line.compact[:30]
    for line in text.lines:
        if re.search(r"价税合计|合计金额|金额合计|总计", line.compact) or re.match(r"销项负数", line.compact):
            # (a total that says it has a 红字 invoice taken off, 价税合计（已扣减红字发票1张）: a sale's total)
            # (the total itself negative, its first sum after the label: never a deduction it goes on
            # to list, 价税合计：¥12,500,000.00 减退货红冲 -¥500,000.00 净额 …)
            found = re.search(r"(?:价税合计|合计金额|金额合计|总计)[^¥￥\d\-－负]*(?:[-－负]|[¥￥]\s*[-－])", line.compact) \
                or re.match(r"销项负数", line.compact)
            if found:
                return f"{line.compact[:30]}（红字发票，冲销此前的销售）"
    return None


def _draft(text: DocText) -> str | None:
    """What says the paper is a draft, not a contract made: a title that says so (设备采购合同
    （征求意见稿）), a mark on a line of its own (草稿 across the page), words that it binds no one."""
    for line in text.lines:
        if _DRAFT_MARK.fullmatch(line.compact):
            return line.compact
        at_end = _DRAFT_AT_END.search(line.text.rstrip())
        if at_end:
            return "".join(at_end.group(1).split())
    for line in text.title_lines(0.3):
        found = draft_said(line.compact)
        if found and found not in ("样本合同", "合同范本", "示范文本"):
            return found
    return binds_no_one("\n".join(l.compact for l in text.lines))


# A side's place to seal or sign in a contract's signing block (甲方（盖章）：, 乙方(签字盖章):), maybe
# with its unit's name typed after it (甲方（盖章）：重庆…有限公司: a name typed is no seal); its
# closing bracket may be lost under a seal's ink (乙方(盖章, probe EF r7a; 甲方(盖章 重庆两江数控装 限公司,
# the seal's own words run on, probe EG s03).
_SIDES = "甲方|乙方|丙方|丁方|委托方|受托方|委托人|受托人|买方|卖方|需方|供方|采购方|供应方|出卖人|买受人|发包人|承包人"
_SEAL_HERE = re.compile(rf"^(?:{_SIDES})"
                        r"(?:[（(][^）)]{0,4}[)）])?[:：]?[（(](?:盖章|公章|签章|签字盖章|盖章或签字|签字或盖章|签字)[)）]?[:：]?(.*)$")
# A side's lines that leave a signature to give (法定代表人（签字）：) or say a day (日期：  年  月  日,
# 日期：2023年5月10日: a day typed in signs nothing, probe CL C8-3).
# (its label alone, 日期: boxed apart from its 年 月 日, probe EG a3b; a signer's label a letter short under
# the other side's seal, 法 代表人（签字）, probe EG c1)
_SIGNER = r"法定代表人|法.?代表人|委托代理人|委.?代理人|代理人|授权代表|负责人|代表人?"
_BLANK_SIGN_LINE = re.compile(rf"^(?:{_SIGNER})[^:：]{{0,12}}[:：]?$|^(?:签订|签署|签字)?日期[:：]?$|"
                              r"^(?:(?:签订|签署|签字)?日期[:：]?)?(?:年月日|(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2})$")
# A side's signer with a name typed after the label (法定代表人（签字）：张文华): type is no signature.
_TYPED_SIGNER = re.compile(rf"^(?:{_SIGNER})[^:：]{{0,12}}[:：]([\u4e00-\u9fff·]{{2,5}})$")
# A side's lines that say where to reach it, signing nothing either way.
_CONTACT_LINE = re.compile(r"^(?:地址|住所|通讯地址|电话|联系电话|传真|邮编|邮政编码|开户银行|开户行|账号|银行账号|统一社会信用代码|税号|联系人)"
                           r"[^:：]{0,6}[:：]")


def _parts(line: TextLine) -> list[str]:
    """A line's parts where wide spaces part them (two sides of a signing block on one line),
    each without its spaces."""
    return [re.sub(r"\s", "", p) for p in re.split(r"\s{3,}", line.text.strip()) if p.strip()]


def _seal_parts(line: TextLine) -> list[re.Match]:
    """The sides' 盖章 places a line holds, one or two, when it holds nothing else."""
    found = [_SEAL_HERE.match(p) for p in _parts(line)]
    if len(found) >= 2 and all(found):
        return found
    whole = _SEAL_HERE.match(line.compact)
    return [whole] if whole else []


# A side named again at a contract's end, its unit's name typed or left to fill (甲方：重庆…有限公司 over
# 乙方：… and 签订日期：…, no 盖章 words at all, probe EF r7f): where that side signs.
_SIDE_AGAIN = re.compile(rf"^(?:{_SIDES})"
                         r"(?:[（(][^）)]{0,4}[)）])?[:：](.*)$")


# A letter or a figure: a line without one is a mark read as text (★ from a seal), no words.
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_SIDE_LOST = re.compile(r"^.{0,2}[（(](?:盖章|公章|签章|签字盖章)[)）]?[:：]?(.*)$")


def _signing_places(text: DocText) -> dict[int, list[re.Match]]:
    """The lines where a contract's sides seal or sign, by line index: its 盖章 places
    (``_seal_parts``), else, when it prints none, its sides named again after its last clause,
    each by its unit's name or a blank (the same sides its head named)."""
    places = {l.index: found for l in text.lines if (found := _seal_parts(l))}
    if places:
        # (a side's word lost under the other side's seal reaching across, （盖章）：重庆…有限公司 level
        # with 甲方（盖章）：…, probe EG s05: still that side's place)
        for line in text.lines:
            lost = _SIDE_LOST.match(line.compact) if line.index not in places else None
            if lost and any(text.lines[i].page == line.page and same_row(text.lines[i], line) for i in places):
                places[line.index] = [lost]
        return places
    heads: dict[str, int] = {}
    again: dict[int, list[re.Match]] = {}
    for line in text.lines:
        found = _SIDE_AGAIN.match(line.compact)
        if not found:
            continue
        side = line.compact[:2]
        name = found.group(1)
        if side in heads and (not name or _org_name(name) == name):
            again[line.index] = [found]
        heads.setdefault(side, line.index)
    # (only the block at the end: every side named again after the head's lines and a clause)
    if len(again) < 2 or min(again) < max(heads.values()):
        return {}
    between = [l for l in text.lines if max(heads.values()) < l.index < min(again) and not _SIDE_AGAIN.match(l.compact)]
    return again if between else {}


def _signs_nothing(words: str) -> bool:
    """A side's line that leaves its signature to give, says a day, or where to reach it, or
    names its unit in type (甲方（盖章）： over 重庆…有限公司 on a line of its own, probe EF r7e: a
    name typed is no seal)."""
    if _BLANK_SIGN_LINE.match(words) or _CONTACT_LINE.match(words):
        return True
    if not _WORDS.search(words):
        return True  # (a seal's star read as a line, ★: its ink is the caller's to place, probe EI u09)
    typed = _TYPED_SIGNER.match(words)
    if typed and is_name(typed.group(1)):
        return True  # (its ink, if a hand signed over the typed name, is the caller's to see)
    if 2 <= len(words) <= 4 and is_name(words) and has_surname(words):
        return True  # (a signer's name on a line of its own under his label, probe EI u02, u08: type too)
    named = re.sub(r"^(?:单位)?名称[:：]", "", words)
    return bool(named) and _org_name(named) == named


def _blank_sides(text: DocText):
    """The sides of a contract's signing block whose text leaves them unsigned: ``(the side's
    盖章 place, its band of the page (left, top, right, bottom in box units), how far down its
    ink may stand)``, for each side whose 盖章 place holds nothing or its unit's name typed,
    whose 签字 lines are empty or a signer's name typed (type is no signature, probe EG t07),
    whose 日期 lines are empty or a day typed in, and which holds nothing else but its unit's
    name, address and account.  A side with anything else in its part of the block (见电子签章页)
    is not judged and is not yielded.
    Whether ink stands in the band (a seal, a signature) is the caller's to see: on a text
    layer, what is drawn; on a scan, its pixels.

    The band is the side's own: across its column when two sides stand side by side, and
    halfway to the side above or below when they are stacked, so that one side's seal (stamped
    under its date, or between the blocks nearer its own) signs no other (probe EF r7a, r7h).
    """
    # (a text layer may print both sides on one line, 甲方（盖章）：… | 乙方（盖章）：…, and their
    # 法定代表人 and 日期 lines so too, probe ED r01: each part a side's)
    sides = _signing_places(text)
    places = sorted((l for l in text.lines if l.index in sides), key=lambda l: l.index)
    if not sides:
        yield from _table_sides(text)
        return
    if sum(map(len, sides.values())) < 2:
        return
    for k, place in enumerate(places):
        if all(m.group(1) and _org_name(m.group(1)) is None for m in sides[place.index]):
            continue  # (something other than a unit's name typed where it seals)
        beside = [o for o in text.lines if o is not place and o.page == place.page and same_row(o, place)
                  and box(o)[0] >= box(place)[2] - 1 and not _SEAL_HERE.match(o.compact) and o.index not in sides]
        if beside:
            continue  # (a name typed beside its place)
        nxt = places[k + 1] if k + 1 < len(places) else None
        # (two sides side by side, 甲方（盖章）： | 乙方（盖章）：, each over its own column of lines: a
        # line is the side's it stands under, not the next in reading order, probe ED x06)
        level = [o for o in places if o is not place and o.page == place.page and same_row(o, place)]
        left, right = -1e9, 1e9
        for o in level:
            # (a column is the side's up to where the column right of it begins, its lines set flush
            # left there: a seal stamped over the gap is the left side's, probe EG s05)
            edge = box(o)[0] if box(o)[0] > box(place)[0] else box(place)[0]
            edge -= place.line.height / 2
            left, right = (max(left, edge), right) if box(o)[0] < box(place)[0] else (left, min(right, edge))

        def mine(l) -> bool:
            return left <= (box(l)[0] + box(l)[2]) / 2 <= right

        if level:
            side = [l for l in text.lines if l.page == place.page and box(l)[1] > box(place)[1] and l not in level
                    and not same_row(l, place) and box(l)[1] - box(place)[3] < 8 * place.line.height and mine(l)
                    and l.index not in sides]
        else:
            side = [l for l in text.lines if l.page == place.page and l.index > place.index
                    and (nxt is None or l.index < nxt.index) and box(l)[1] - box(place)[3] < 8 * place.line.height]
        if any(not (_signs_nothing(l.compact) or all(_signs_nothing(part) for part in _parts(l))) for l in side):
            continue  # (anything else, a note that it signed elsewhere: not judged blank)
        # (its last line of words: a mark read as a line below it, ★, is ink to place, not where it ends)
        last = max([box(l)[3] for l in side if _WORDS.search(l.compact)] + [box(place)[3]])
        # (halfway to what stands above the place in its column, and to the next side's place below)
        above = [box(l)[3] for l in text.lines if l.page == place.page and box(l)[3] <= box(place)[1] and mine(l)]
        below = [box(o)[1] for o in places if o.page == place.page and box(o)[1] > last and mine(o)]
        top = box(place)[1] - 2 * place.line.height
        if above:
            top = max(top, (max(above) + box(place)[1]) / 2)
        floor = (last + min(below)) / 2 if below else 1e9
        yield place, (left, top, right, min(last + place.line.height, floor)), floor


# A signing block set as a table: 甲方 | 乙方 over rows captioned 单位名称（盖章）, 法定代表人, 委托代理人,
# 日期, each side's column holding its unit, its signer and its day (probe EG t10, s09).
_TABLE_SEAL = re.compile(r"^(?:(?:单位)?名称|单位|签章|盖章|公章)?[（(]?(?:盖章|公章|签章|签字盖章)[)）]?[:：]?$")
_SIDE_WORD = re.compile(rf"^(?:{_SIDES})"
                        r"(?:[（(][^）)]{0,4}[)）])?$")
_TABLE_ROW = re.compile(r"^(?:法定代表人|委托代理人|授权代表|负责人|代表|(?:签订|签署|签字)?日期|地址|住所|电话|联系电话|传真|邮编|"
                        r"开户银行|开户行|账号|税号|联系人)")


_SIGNED_ELSEWHERE = re.compile(r"电子签|数字签|见.{0,10}(?:页|附件)|另附|附页")


def _part_spans(line: TextLine) -> list[tuple[str, float, float]]:
    """A line's parts (``_parts``) with where each stands across the line, by its letters' place
    in it: a text layer prints a table's row as one line, its cells spaced apart."""
    x0, _, x1, _ = box(line)
    raw = line.text.strip()
    spans = []
    for found in re.finditer(r"\S+(?:\s{1,2}\S+)*", raw):
        a, b = found.start() / max(len(raw), 1), found.end() / max(len(raw), 1)
        spans.append((re.sub(r"\s", "", found.group(0)), x0 + a * (x1 - x0), x0 + b * (x1 - x0)))
    return spans


def _table_sides(text: DocText):
    """The sides of a signing table (``_TABLE_SEAL`` under a row of side words) as
    ``_blank_sides`` gives them: each side's column, from the table's head to its last row.
    What its cells print signs nothing (its unit, a name, a day typed); the ink, or what a text
    layer draws, in each column is the caller's to see."""
    for caption in text.lines:
        spans = _part_spans(caption)
        if not spans or not _TABLE_SEAL.fullmatch(spans[0][0]):
            continue
        height = caption.line.height
        page = [l for l in text.lines if l.page == caption.page]
        # (a tall row sets its caption low, its cells' words higher: the head may stand well above it,
        # probe EI u05)
        head = [l for l in page if 0 <= box(caption)[1] - box(l)[3] < 7 * height
                and all(_SIDE_WORD.fullmatch(w) for w, _, _ in _part_spans(l) or [("", 0, 0)])]
        heads = [(a + b) / 2 for l in head for _, a, b in _part_spans(l)]
        if not heads:
            continue
        # (the rows: the caption's and those under it whose first cell is a signer's or a day's)
        rows, last = [caption], caption
        for line in page:
            if box(line)[1] <= box(last)[3] or box(line)[1] - box(last)[3] > 4 * height:
                continue
            parts = _part_spans(line)
            if parts and _TABLE_ROW.match(parts[0][0]) and abs(box(line)[0] - box(caption)[0]) < 2 * height:
                rows.append(line)
                last = line
        top = min([box(caption)[1] - height] + [box(l)[1] for l in head])
        bottom = max(box(l)[3] for l in page if same_row(l, last) or l is last)
        inside = [l for l in page if box(l)[1] >= top and box(l)[3] <= bottom + height]
        # (its cells' type signs nothing, whatever it says, a unit's name half lost under its seal
        # included, probe EG s09: only a cell saying it is signed elsewhere leaves it unjudged)
        if any(_SIGNED_ELSEWHERE.search(l.compact) for l in inside):
            return
        start = spans[0][2] if len(spans) > 1 else box(caption)[2]
        end = max(box(l)[2] for l in page)
        count = max(2, len(heads))
        if len(heads) >= 2:
            centres = sorted(heads)
            edges = [start] + [(a + b) / 2 for a, b in zip(centres, centres[1:])] + [end]
        else:
            edges = [start + (end - start) * k / count for k in range(count + 1)]
        for k in range(count):
            yield caption, (edges[k], top, edges[k + 1], bottom + height), bottom + 2 * height
        return


def _signing_lines(text: DocText) -> list[TextLine]:
    """The lines where the sides sign (``_signing_places``), else a signing table's caption."""
    signing = _signing_places(text)
    if signing:
        return [l for l in text.lines if l.index in signing]
    return list({place.index: place for place, _, _ in _table_sides(text)}.values())


def _unexecuted(text: DocText) -> str | None:
    """A typed contract a side of which has not signed (probes CK E1, CN G7-1, G7-2): on a text
    layer, a side blank by its text (``_blank_sides``) with nothing drawn from its place down
    to the next side's (no seal or signature pasted as a picture, no ink).  A scan is judged
    by the documents' look at its pixels (``unsigned_places``), not here: its seals are ink."""
    pages = {p.number: p for p in text.result.pages}
    if any(pages.get(l.page) is None or pages[l.page].source != "text_layer" for l in _signing_lines(text)):
        return None
    for place, (left, top, right, bottom), floor in _blank_sides(text):
        # (what is drawn signs the side whose band holds its centre, as ink does on a scan: the other
        # side's seal image reaching up into this band is not this side's, probe EI u01, u05)
        bottom = min(bottom + SEAL_BELOW * place.line.height, floor)
        if not any(top <= (d[1] + d[3]) / 2 <= bottom and left <= (d[0] + d[2]) / 2 <= right for d in pages[place.page].drawn):
            return _UNEXECUTED
    return None


def unsigned_places(text: DocText) -> list[tuple[int, tuple[float, float, float, float], list[tuple[float, float, float, float]]]]:
    """A scanned contract's sides blank by their text (``_blank_sides``): ``(page, the side's
    band, the boxes of the words printed on its page)`` for the documents' look at the ink there
    (``extractor.ticks.unread_ink``): a band where no mark but its printed words is centred is a
    side that has not signed.  Empty unless every 盖章 place was read by OCR."""
    pages = {p.number: p for p in text.result.pages}
    places = _signing_lines(text)
    if not places or any(pages.get(l.page) is None or pages[l.page].source != "ocr" for l in places):
        return []
    found = []
    for place, (left, top, right, bottom), floor in _blank_sides(text):
        page = pages[place.page]
        # (a seal is often stamped a little under the date line, not over the 盖章 words, probe ED x06;
        # never past halfway to the next side's place, whose ink is its own)
        bottom = min(bottom + SEAL_BELOW * place.line.height, floor)
        # (the words centred in it: a box stretched over a seal below it, ★ read from a copy stamp, is
        # that mark's, probe EI u09)
        words = [l for l in text.lines if l.page == place.page and top <= (box(l)[1] + box(l)[3]) / 2 <= bottom
                 and left <= (box(l)[0] + box(l)[2]) / 2 <= right]
        height = sorted(box(l)[3] - box(l)[1] for l in words)[len(words) // 2] if words else place.line.height
        # (a blank day's 年  月  日 is set apart to leave room for the hand: its box is wide by print,
        # probe EG a3b)
        if any(holds_more_than_its_words(l, height) for l in words if not _BLANK_DAY.fullmatch(l.compact)):
            continue  # (a box OCR stretched over something it did not read: a signature, a seal)
        printed = [box(l) for l in text.lines if l.page == place.page]
        found.append((place.page, (max(0.0, left), max(0.0, top), min(float(page.width), right),
                                   min(float(page.height), bottom)), printed))
    return found


_UNEXECUTED = "签字盖章处空白"
_BLANK_DAY = re.compile(r"(?:(?:签订|签署|签字)?日期[:：]?)?年月日")
SEAL_BELOW = 4  # line heights under a scanned side's last line where its seal's centre may stand


def _not_realised(text: DocText) -> str | None:
    """The words saying the sum is not yet revenue, as printed (their clause), else None.

    >>> from tests.typed_pages import doc, page
    >>> _not_realised(doc(page("备注：截至2025年12月31日，本合同尚未开始履行，甲方未付款，乙方未确认收入。")))
    '本合同尚未开始履行'
    >>> _not_realised(doc(page("第九条 任何一方未履行本合同约定的，应承担违约责任；合同解除后，尚未履行的，终止履行。"))) is None
    True
    >>> _not_realised(doc(page("如甲方延迟验收，导致乙方未确认收入的，甲方应承担责任。本合同不存在未确认收入的情形。"))) is None
    True
    >>> _not_realised(doc(page("本合同已签订，另LJ-GW300产品尚未产生销售收入，未计入上述金额。"))) is None
    True
    >>> _not_realised(doc(page("备注：截至2025年12月31日，项目尚未验收，款项未支付。")))
    '项目尚未验收'
    >>> _not_realised(doc(page("付款方式：合同生效后支付30%，验收合格后支付60%；合同尚未验收的部分，乙方应继续履行。"))) is None
    True
    """
    for sentence in re.split(r"[。；;！!]", text.compact):
        # (about the contract, or a status as of a day: 备注：截至2025年12月31日，项目尚未验收)
        # (never what the sum leaves out: 另有2个项目尚未交付，…不包含在上述收入中; 另有订单…不在本证明金额之内)
        if not re.search(r"合同|协议|订单|截至|截止|备注|说明", sentence) \
                or re.search(r"未计入|不计入|不包含|未包含|不包括|未包括|不含|不在[^。；;]{0,16}之内|另有", sentence):
            continue
        for found in _NOT_REALISED.finditer(sentence):
            if not _CONDITION.search(sentence[:found.start()]):
                clause = re.split(r"[，,]", sentence[:found.end()])[-1]
                return clause[-40:]
    return None


_BY_ORDERS = re.compile(r"(?:具体|实际)?(?:金额|数量|结算)?(?:以|按)(?:每批次?|各批次?|实际|具体)?(?:的)?(?:采购)?(?:订单|结算|实际发生额|实际采购量)为准")


def _framework(text: DocText) -> str | None:
    """A 框架协议 whose sum is settled by the orders under it (合作总金额为人民币300万元（含税），具体以每
    批次订单为准, probe DS r07): a ceiling of sales to come, no revenue until its orders show it.

    >>> from tests.typed_pages import doc, page
    >>> _framework(doc(page("战略合作框架协议"), page("本框架协议项下合作总金额为人民币300万元，具体以每批次订单为准。")))
    '具体以每批次订单为准'
    >>> _framework(doc(page("采购合同"), page("合同总价300万元，数量以实际采购量为准。"))) is None
    True
    """
    if not any(re.search(r"框架(?:协议|合同)", l.compact) for l in text.title_lines(0.3)):
        return None
    found = _BY_ORDERS.search(text.compact)
    return found.group(0) if found else None


def _named_first(text: DocText, found: tuple[str, TextLine] | None) -> tuple[str, TextLine] | None:
    """A company that signs its own proof, placed where the proof first names it (兹证明，重庆…公司
    （以下简称“我公司”）于2023年度共收到…公司支付的…): the order a reviewer reads the sides in."""
    if found is None or found[1] is None:
        return found
    first = next((l for l in text.lines if found[0] in l.compact), None)
    return (found[0], first) if first is not None and (first.page, first.top) < (found[1].page, found[1].top) else found


def _in_print_order(parties: list[tuple[str, TextLine | None]]) -> list[tuple[str, TextLine | None]]:
    """The parties as the paper prints them: top to bottom, left to right on one row (a
    数电票's 购买方 block beside its 销售方's).  Whoever is named first, buyer or seller, is
    first: that is the order a reviewer reads, and the one the outside sets' typists wrote."""
    def before(a, b) -> int:
        (_, la), (_, lb) = a, b
        if la is None or lb is None:
            return (la is None) - (lb is None)
        if la.page != lb.page:
            return la.page - lb.page
        if same_row(la, lb):
            return (box(la)[0] > box(lb)[0]) - (box(la)[0] < box(lb)[0])
        return (la.top > lb.top) - (la.top < lb.top)
    return sorted(parties, key=cmp_to_key(before))


# The 营业收入 item of a tax return's main table (一、营业收入（填写A101010）), its first
# character allowed one OCR slip (牌业收入 on a fax).
_TAX_REVENUE_ITEM = re.compile(r"^(?:[一1][、.,，])?[\u4e00-\u9fff]?业收入(?:[(（].*)?$")
_TAX_PAYER = re.compile(r"^纳税人(?:名称|\(签章\)|（签章）)[:：](.+)$")


def _tax_return(text: DocText, f: Fields) -> Fields:
    """A company's 企业所得税年度纳税申报表 (A100000): the amount its 营业收入 row declares,
    in 元 unless the form states its unit; the company (纳税人名称, else who signs it); the
    day it was signed or declared.  Nothing else on the form (利润总额, 营业成本) is revenue."""
    unit = stated_unit(text.text) or "元"
    for line in text.lines:
        if not _TAX_REVENUE_ITEM.match(line.compact):
            continue
        cells = [l for l in row_of(text, line) if box(l)[0] > box(line)[0]] + [line]
        figures = [w for cell in cells for w in [table_amount_wan(cell.text.split()[-1], unit)] if w is not None]
        if len(figures) == 1:
            f.set("amount_wan", figures[0], line)
            f.notes.append("金额：取纳税申报表“营业收入”行")
        break
    for line in text.lines:
        payer = _TAX_PAYER.match(line.compact)
        name = _org_name(strip_stamps(payer.group(1))) if payer else None
        if name:
            f.set("parties", [name], line)
            break
    signed = next(((d, l) for line in text.lines if line.compact.startswith("纳税人")
                   for l in row_of(text, line) for d in [parse_date(l.compact)] if d is not None), None)
    declared = next(((d, line) for line in text.lines
                     for d in [date_after_label(line.text, ["申报日期", "申报期", "填报日期"])] if d is not None), None)
    f.put("date", signed or declared or _document_date(text))
    return f


def _headers(text: DocText, words: tuple[str, ...]) -> list[tuple[TextLine, int]]:
    """Table headers holding one of ``words`` as a column, with that column's index: a
    text-layer line of three or more column names, or an OCR cell with two or more
    cells beside it on its row."""
    found = []
    for line in text.lines:
        cells = line.text.split()
        if len(cells) >= 3:
            # (a column may state its unit: 发货金额(元); of two, the one ``words`` names first:
            # 确认收入 before 合同金额, the income booked before the sums signed)
            order = {w: k for k, w in enumerate(words)}
            named = [(order.get(c, order.get(_UNIT_IN_HEADER.sub("", c))), i) for i, c in enumerate(cells)]
            at = min(((k, i) for k, i in named if k is not None), default=(None, None))[1]
            if at is not None:
                found.append((line, at))
        elif line.compact in words or _UNIT_IN_HEADER.sub("", line.compact) in words:
            # (销售收入（万元）: a column that states its unit heads a table of two columns too)
            row = sorted(row_of(text, line) + [line], key=lambda l: l.line.box[0])
            if len(row) >= 3 or len(row) == 2 and _UNIT_IN_HEADER.search(line.compact):
                found.append((line, row.index(line)))
    return found


def _is_header(text: DocText, line: TextLine) -> bool:
    """A line that heads a table's columns (序号 发票号码 开票日期 …): not a label with a value."""
    cells = line.text.split()
    if len(cells) >= 3 and not re.search(r"\d", line.compact) and not find_amounts(line.text):
        return True  # (合同总价 人民币 壹佰贰拾万元整 is a label and its value)
    # (a caption boxed alone among captions; never one with its date, 开票日期:2019年10月05日 beside
    # the invoice's heading, probe DD B11)
    # (its unit boxed with it, 价税合计 (元): a header cell still, probe DM rev-10 took the 发票号码
    # under it, 03512876, for a sum in 元)
    cells = column_captions(line.text)
    return len(cells) == 1 and not re.search(r"\d", line.compact) and len(row_of(text, line)) >= 2 and all(
        not re.search(r"\d", l.compact) for l in row_of(text, line))


def _unit_near(text: DocText, line: TextLine) -> str | None:
    """The unit the table's page states (金额单位：元), else ``None``."""
    for other in text.lines:
        if other.page == line.page:
            unit = stated_unit(other.text)
            if unit:
                return unit
    return None


# A figure whose separators OCR confused (3.256,800.00, 61.858.41): groups of three digits
# and two decimals, the last separator the point whatever it was read as.
_DAMAGED_FIGURE = re.compile(r"[¥￥]?\s*(\d{1,3}(?:[.,]\d{3})+)[.,](\d{2})")


def _cell_wan(cell: str | None, unit: str | None) -> float | None:
    """A table cell's figure in 万元 (``table_amount_wan``), or, when OCR confused its
    separators, the figure its digit groups can only mean (``3.256,800.00``)."""
    if not cell:
        return None
    value = table_amount_wan(cell, unit)
    if value is not None:
        return value
    match = _DAMAGED_FIGURE.fullmatch(cell.strip())
    if not match:
        return None
    return table_amount_wan(re.sub("[.,]", "", match.group(1)) + "." + match.group(2), unit)


def _column_unit(text: DocText, header: TextLine) -> str | None:
    """The unit a column's figures are in: its header's own (销售收入（万元）), else one stated near it."""
    own = set(_UNIT_IN_HEADER.findall(header.compact))
    return (own.pop() if len(own) == 1 else None) or _unit_near(text, header)


def _total_row(text: DocText, header: TextLine, col: int, unit: str, unlabelled: bool = False):
    """The table's 合计 row under ``header`` (or, with ``unlabelled``, the row OCR lost its label
    from) as ``(value, items, rows, line)``: its figure in column ``col``, the figures of the
    rows above it (None where one is unread), every row read; None when there is none."""
    rows = table_rows(text, header)
    total = next(((r, line) for r, line in rows if _TOTAL_ROW.match(line.compact)), None)
    if total is None and unlabelled:
        total = _unlabelled_total(rows, col, unit)
    if total is None:
        return None
    cell = total[0][col] if col < len(total[0]) else None
    if not cell or not re.search(r"\d", cell):
        # (its label set wide over the first columns, 合   计   3,041.00, its cells falling under
        # other captions: its one figure is the total)
        figures = [c for c in total[0] if c and re.fullmatch(r"[\d,，.]+", c.strip())]
        words = "".join(c for c in total[0] if c and c not in figures)
        if len(figures) != 1 or not _TOTAL_ROW.match(words):
            return None
        cell = figures[0]
    value = _cell_wan(cell, unit)
    # (a 小计 row over the 总计 sums the same items: no item of its own)
    items = [_cell_wan(r[col], unit) if col < len(r) and r[col] else None for r, line in rows[:rows.index(total)]
             if not re.match(r"^(?:小计|本页小计)", line.compact)]
    return (value, items, rows, total[1]) if value is not None else None


def _table_total(text: DocText, f: Fields) -> tuple[float, TextLine] | None:
    """The 合计 row's 价税合计 in a table of invoices, believed when the rows above add up
    to it or the total in capitals says the same (or when nothing can check it)."""
    for header, col in _headers(text, _TOTAL_COLUMNS):
        found = _total_row(text, header, col, _column_unit(text, header) or "元", unlabelled=True)
        if found is None:
            _look_at_total(text, f, header, col)
            continue
        value, items, rows, line = found
        checks = []
        if items and all(i is not None for i in items):
            checks.append(abs(sum(items) - value) < 0.0005)
        capitals = _labelled_total(text, skip={header.index} | {line.index for _, line in rows})
        if capitals is not None:
            checks.append(abs(capitals[0] - value) < 0.0005)
        if checks and not any(checks):
            f.issue("warning", "amount_unsure",
                    f"汇总表合计读作 {value:g} 万元，与各行之和及大写金额都对不上，未采用，请人工核对")
            return None
        f.notes.append(f"金额：取汇总表合计行的{header.text.split()[col] if len(header.text.split()) > col else header.compact}")
        net = _net_total(text, header, rows)
        if net is not None and net < value:
            # 营业收入 is booked net of 增值税: the revenue a verdict adds is the 金额 column's total
            # (the printed total stays the field: what the page's 合计 says)
            f.set("amount_net_wan", net, line)
            f.notes.append(f"不含税金额合计 {net:g} 万元，计入营收时按不含税金额")
        return value, line
    # A summary whose only sum is net of tax (金额（不含税）): its total, the smaller and the one
    # revenue is booked at, believed only when its rows or its capitals check it.
    for header, col in _headers(text, _NET_COLUMNS):
        found = _total_row(text, header, col, _column_unit(text, header) or "元", unlabelled=True)
        if found is None:
            continue
        value, items, rows, line = found
        capitals = _labelled_total(text, skip={header.index} | {line.index for _, line in rows})
        if items and all(i is not None for i in items) and abs(sum(items) - value) < 0.0005 \
                or capitals is not None and abs(capitals[0] - value) < 0.0005:
            f.notes.append("金额：取汇总表合计行的不含税金额")
            return value, line
    return None


def _look_at_total(text: DocText, f: Fields, header: TextLine, col: int) -> None:
    """A scan's 合计 row whose figure under the header's column went unread (probe DM rev-10: its
    rows' sums read, 6,215,000.00 on the 合计 row not): that cell is read again on its own."""
    if len(column_captions(header.text)) > 1:
        return  # (a text layer's row: nothing more to read)
    total = next((line for cells, line in table_rows(text, header) if _TOTAL_ROW.match(line.compact)
                  and (col >= len(cells) or not cells[col])), None)
    if total is not None:
        x0, _, x1, _ = box(header)
        _, top, _, bottom = box(total)
        pad = header.line.height
        f.look("amount_wan", total.page, (x0 - 2 * pad, top - pad / 2, x1 + 2 * pad, bottom + pad / 2))


def _net_total(text: DocText, header: TextLine, rows) -> float | None:
    """The 合计 of a summary's net column (金额, 金额（不含税）) beside its gross one, checked by its
    rows; None when there is none or it does not add up."""
    heads = header.text.split() if len(header.text.split()) >= 3 else \
        [l.compact for l in sorted(row_of(text, header) + [header], key=lambda l: box(l)[0])]
    heads = [_UNIT_IN_HEADER.sub("", h) for h in heads]  # (金额(元))
    names = set(heads)
    col = next((i for i, h in enumerate(heads) if h in _NET_COLUMNS + ("金额",)), None)
    if col is None or not names & {"税额", "价税合计", "含税金额"}:
        return None
    found = _total_row(text, header, col, _column_unit(text, header) or "元", unlabelled=True)
    if found is None:
        return None
    value, items, _rows, _line = found
    return value if items and all(i is not None for i in items) and abs(sum(items) - value) < 0.0005 else None


_NET_COLUMNS = tuple(w.replace("(", o).replace(")", c) for w in ("金额(不含税)", "不含税金额", "销售额(不含税)", "不含税销售额")
                     for o, c in (("(", ")"), ("（", "）")))


_ITEM_COLUMNS = ("金额", "总价", "总额", "小计", "合计金额")


def _item_table_total(text: DocText) -> tuple[float, TextLine] | None:
    """A contract's table of items (序号 | 产品名称 | 数量 | 单价 | 金额（元）) closed by its 合计
    row, where no label names the contract's sum: the total, believed only when the items
    above it add up to it (a 预付 or a 质保金 in the terms below is a part of it)."""
    # (a VAT invoice's 清单 prints its sums in 元 without saying so, and its tax in a column of its own)
    listing = any(_INVOICE_LIST.search(l.compact) for l in text.title_lines(0.3))
    for header, col in _headers(text, _ITEM_COLUMNS):
        unit = _column_unit(text, header) or ("元" if listing else None)
        found = _total_row(text, header, col, unit) if unit else None
        if found and found[0] and len(found[1]) >= 2 and all(i is not None for i in found[1]) \
                and abs(sum(found[1]) - found[0]) < 0.0005:
            tax = next((t for h, t in _headers(text, ("税额",)) if h.index == header.index or same_row(h, header)),
                       None) if listing else None
            taxed = _total_row(text, header, tax, unit) if tax is not None else None
            if taxed and taxed[0] and all(i is not None for i in taxed[1]) and abs(sum(taxed[1]) - taxed[0]) < 0.0005:
                # 价税合计 not printed on the list: its 金额 and 税额 totals, each checked, added
                return round(found[0] + taxed[0], 6), found[3]
            return found[0], found[3]
    return None


# The list a VAT invoice's goods are printed on (销售货物或者提供应税劳务、服务清单).
_INVOICE_LIST = re.compile(r"(?:货物|劳务|服务)[^。]{0,12}清单|发票清单|销货清单")


def _unlabelled_total(rows, col: int, unit: str):
    """The 合计 row when OCR lost its label (``含it``): the first row after the numbered
    ones, believed only when its figure is the sum of theirs."""
    numbered = [(r, line) for r, line in rows if r and r[0] and r[0].strip().isdigit()]
    after = [(r, line) for r, line in rows[len(numbered):] if col < len(r) and r[col]]
    if len(numbered) < 2 or rows[:len(numbered)] != numbered or not after:
        return None
    items = [_cell_wan(r[col], unit) if col < len(r) else None for r, _ in numbered]
    value = _cell_wan(after[0][0][col], unit)
    if value is None or any(i is None for i in items) or abs(sum(items) - value) >= 0.0005:
        return None
    return after[0]


def _labelled_total(text: DocText, skip: set[int]) -> tuple[float, TextLine] | None:
    for hit in text.find_label(["价税合计", "合计金额", "总金额"]):
        if hit.line.index not in skip:
            found = _amount_after(text, hit, False)
            if found:
                return found
    return None


def _year_total(text: DocText, f: Fields) -> tuple[float, TextLine] | None:
    """营业收入 in a table of several years (a 利润表 excerpt): the table's total column,
    else the column of the year the document is about; nothing when that is unclear."""
    for line in text.lines:
        if not _REVENUE_ROW.search(line.compact):
            continue
        header = _year_header(text, line)
        if header is None:
            continue
        printed, rows = header
        # (a column may state its unit: 本期金额(元))
        heads = [_UNIT_IN_HEADER.sub("", h) for h in printed]
        row = next((r for r, l in rows if l.index == line.index or any(c and _REVENUE_ROW.search(c) for c in r)), None)
        units = {u for h in printed for u in _UNIT_IN_HEADER.findall(h)}
        unit = _unit_near(text, line) or (units.pop() if len(units) == 1 else None)
        if row is None or unit is None:
            continue
        total = next((i for i, h in enumerate(heads) if _TOTAL_COLUMN.match(h)), None)
        years = {int(_YEAR_COLUMN.match(h).group(1)): i for i, h in enumerate(heads) if _YEAR_COLUMN.match(h)}
        current = [i for i, h in enumerate(heads) if _PERIOD_COLUMN.match(h) and _CURRENT_COLUMN.match(h)]
        year = _report_year(text, set(years), {line.index})
        at, why = (total, "合计列") if total is not None else (years.get(year), f"{year}年度列") if year else (None, "")
        if at is None and not years and len(current) == 1:
            at, why = current[0], f"{heads[current[0]]}列"
        if at is None or at >= len(row) or not row[at]:
            if years and total is None:
                f.notes.append("金额：利润表列出多个年度，看不出材料所指年度，未取")
            continue
        value = _cell_wan(row[at], unit)
        if value is not None:
            f.notes.append(f"金额：取利润表营业收入{why}")
            return value, line
    return None


_LEDGER = re.compile(r"明细分类账|明细账")
_INCOME_ACCOUNT = re.compile(r"科目[:：]?\s*(?:\d{4,6})?\s*(?:主营业务收入|营业收入|其他业务收入)")


def _ledger(text: DocText, f: Fields) -> Fields | None:
    """A ledger page of an income account (明细分类账, 科目：6001主营业务收入): the year's revenue
    to date is its last 本年累计 row's 贷方 (an income account is credited), dated that row's
    day; the party is the 核算单位.  None for any other page."""
    if not any(_LEDGER.search(l.compact) for l in text.title_lines()) or not any(
            _INCOME_ACCOUNT.search(l.compact) for l in text.lines):
        return None
    credit = next((l for l in text.lines if l.compact == "贷方"), None)
    rows = [l for l in text.lines if l.compact == "本年累计"]
    if credit is None or not rows:
        return None  # a ledger of another layout (a summary by customer, no 本年累计 row): the table readers try it
    last = max(rows, key=lambda l: (l.page, box(l)[1]))
    x = (box(credit)[0] + box(credit)[2]) / 2
    height = max(credit.line.height, 1)
    cells = [l for l in row_of(text, last) if box(l)[0] - 2 * height <= x <= box(l)[2] + 2 * height]
    unit = _unit_near(text, last) or "元"  # a ledger's sums are in 元 unless it says otherwise
    value = _cell_wan(min(cells, key=lambda l: abs((box(l)[0] + box(l)[2]) / 2 - x)).text, unit) if cells else None
    if value is None:
        return None
    f.set("amount_wan", value, last)
    f.notes.append("金额：取收入明细账最后一个本年累计行的贷方")
    dated = [parse_date(l.compact) for l in row_of(text, last)]
    day = next((d for d in dated if d is not None and d.day is not None), None)
    if day is not None:
        f.set("date", day, last)
    unit_holder = _drawn_by(text)
    if unit_holder:
        f.set("parties", [unit_holder[0]], unit_holder[1])
    return f


_INCOME_NOTE = re.compile(r"营业收入")
_INCOME_SUBHEAD = re.compile(r"^(?:收入|营业收入|收入金额)$")


def _income_note(text: DocText, f: Fields) -> tuple[float, TextLine] | None:
    """An audit report's note on revenue ((三十)营业收入、营业成本) whose header is in two
    levels: 本期发生额 over 收入 | 成本.  The 合计 row's figure under this period's 收入."""
    for heading in text.lines:
        if not _INCOME_NOTE.search(heading.compact) or any(
                re.search(r"\d[\d,.]{3,}", l.compact) for l in [heading] + row_of(text, heading)):
            continue  # (a row of the table, not its heading: 营业收入 | 23,166,000.00)
        page, top = heading.page, box(heading)[3]
        below = [l for l in text.lines if l.page == page and box(l)[1] >= top]
        period = next((l for l in below if _PERIOD_COLUMN.match(l.compact) and _CURRENT_COLUMN.match(l.compact)), None)
        if period is None:
            continue
        height = max(period.line.height, 1)
        centre = (box(period)[0] + box(period)[2]) / 2
        subheads = [l for l in below if _INCOME_SUBHEAD.match(l.compact)
                    and 0 < box(l)[1] - box(period)[1] <= 3 * height]
        sub = min(subheads, key=lambda l: abs((box(l)[0] + box(l)[2]) / 2 - centre), default=None)
        total = next((l for l in below if _TOTAL_ROW.match(l.compact) and sub is not None
                      and box(l)[1] > box(sub)[3]), None)
        unit = _unit_near(text, heading)
        if sub is None or total is None or unit is None:
            continue
        x = (box(sub)[0] + box(sub)[2]) / 2
        cells = [l for l in row_of(text, total) if box(l)[0] - height <= x <= box(l)[2] + height]
        cell = min(cells, key=lambda l: abs((box(l)[0] + box(l)[2]) / 2 - x), default=None)
        value = _cell_wan(cell.text, unit) if cell is not None else None
        if value is not None:
            f.notes.append(f"金额：取营业收入附注{period.compact}{sub.compact}列合计行")
            return value, cell
    return None


# (a 回款证明's year table counts what was received, 年度 | 回款金额（万元）: realised sales, and
# never the contract's total above it, probe DQ v1)
_REVENUE_COLUMN = re.compile(r"销售收入|营业收入|主营业务收入|营业总收入|营收|销售额|确认收入|收入金额|回款金额|回款额|收款金额|到账金额")
_YEAR_HEAD = re.compile(r"^(?:年度|年份|年|时间|期间|会计年度|所属年度)$")
_YEAR_CELL = re.compile(r"^((?:19|20)\d\d)年?度?$")


def _year_rows(text: DocText, f: Fields):
    """A table with a row per year (年度 | 销售收入（万元） | 利润总额 …, a 财务证明's): its
    total row, else the row of the year the document is about (its title: 2022年度…证明),
    else the one year it gives; ``"unclear"`` when it gives several and nothing says which."""
    for line in text.lines:
        cells = line.text.split()
        if len(cells) >= 2 and any(_YEAR_HEAD.match(c) for c in cells):
            heads, header = cells, line
        elif _YEAR_HEAD.match(line.compact):
            heads, header = [l.compact for l in sorted(row_of(text, line) + [line], key=lambda l: l.line.box[0])], line
        else:
            continue
        col = next((i for i, h in enumerate(heads) if _REVENUE_COLUMN.search(h)), None)
        if any("新增" in l.compact for l in text.title_lines()):
            # a proof of new sales (新增销售额证明): its 新增 column, not the year's whole sales
            col = next((i for i, h in enumerate(heads) if "新增" in h), col)
        at = next((i for i, h in enumerate(heads) if _YEAR_HEAD.match(h)), None)
        if col is None or at is None:
            continue
        unit = _UNIT_IN_HEADER.search(heads[col])
        unit = unit.group(1) if unit else _unit_near(text, header)
        rows = table_rows(text, header)
        if unit is None or not rows:
            continue
        labels = [(_row_key(r, at), r, l) for r, l in rows]
        total = next(((r, l) for key, r, l in labels if _TOTAL_ROW.match(key)), None)
        years = {int(m.group(1)): (r, l) for key, r, l in labels for m in [_YEAR_CELL.match(key)] if m}
        if total is not None:
            chosen, why = total, "合计行"
        else:
            # (the years' sum its sentence states, 2020—2022年三年累计实现销售收入8,642万元, under a title
            # naming no one year: the proof's own total, probe DM rev-15, DQ v4)
            stated = _years_summed(text, [_cell_wan(r[col], unit) if col < len(r) else None for r, _ in years.values()],
                                   {header.index} | {l.index for _, l in rows}) \
                if not any(_YEAR_IN_TITLE.search(l.compact) for l in text.title_lines(0.2)
                           if re.search(r"(?:证明|说明|报告|表|函)$", l.compact)) else None
            if stated is not None:
                f.notes.append("金额：取正文所述各年度累计（与收入表各年度之和相符）")
                return stated
            year = next(iter(years)) if len(years) == 1 else _report_year(
                text, set(years), {header.index} | {l.index for _, l in rows})
            if year is None:
                if len(years) > 1:
                    f.notes.append("金额：收入表列出多个年度，看不出材料所指年度，未取")
                    return "unclear"
                continue
            chosen, why = years[year], f"{year}年度行"
        value = _cell_wan(chosen[0][col], unit) if col < len(chosen[0]) else None
        if value is not None:
            f.notes.append(f"金额：取收入表{why}")
            return value, chosen[1]
    return None


_YEAR_IN_TITLE = re.compile(r"(?:19|20)\d\d年度?(?![-—–~～至到])")
_SUMMED = re.compile(r"累计|合计|共计|总计|总额|三年|两年|年度之和")


def _years_summed(text: DocText, values: list[float | None], skip: set[int]) -> tuple[float, TextLine] | None:
    """The sum of a table's years that its sentence states (近三年累计实现新增销售收入人民币2,345.67万元,
    probe DM rev-15): believed only when it is the years' sum."""
    if len(values) < 2 or None in values:
        return None
    whole = sum(values)
    for line in text.lines:
        if line.index in skip or not _SUMMED.search(line.compact):
            continue
        for found in find_amounts(line.text):
            if abs(found.wan - whole) < 0.005 * len(values):
                return found.wan, line
    return None


def _grand_total(text: DocText, f: Fields):
    """A table of products by year with a 合计 column and a 合计 row (序号 | 产品名称 | 2012年度
    | 2013年度 | 2014年度 | 合计): the grand total in their corner, believed when the row's
    years add up to it; ``"unclear"`` when they do not."""
    for line in text.lines:
        cells = line.text.split()
        heads = cells if len(cells) > 1 else [l.compact for l in sorted(row_of(text, line) + [line],
                                                                       key=lambda l: l.line.box[0])]
        years = [i for i, h in enumerate(heads) if _YEAR_COLUMN.match(h)]
        total = next((i for i, h in reversed(list(enumerate(heads))) if _TOTAL_COLUMN.match(h)), None)
        if len(years) < 2 or total is None or total < max(years):
            continue
        unit = _UNIT_IN_HEADER.search(heads[total])
        unit = unit.group(1) if unit else _unit_near(text, line)
        rows = table_rows(text, line, tuple(heads) if len(cells) <= 1 else ())
        row = next((r for r, _ in rows for at in range(min(2, min(years))) if _TOTAL_ROW.match(_row_key(r, at))), None)
        if unit is None or row is None or total >= len(row):
            continue
        value = _cell_wan(row[total], unit)
        parts = [_cell_wan(row[i], unit) if i < len(row) else None for i in years]
        if value is None:
            continue
        if None in parts or abs(sum(parts) - value) > 0.01 * len(parts):
            f.notes.append("金额：明细表合计行各年度之和与总合计对不上，未取，请人工核对")
            return "unclear"
        f.notes.append("金额：取明细表合计行的合计列")
        return value, next(l for r, l in rows if r is row)
    return None


# A table with no header row, each line a year's (or the total's) caption, the revenue's word
# and its figure: 2022年度 新增销售收入 6,300 … 合计 新增销售收入 12,600, its unit stated above.
_LISTED_ROW = re.compile(r"^(?:((?:19|20)\d\d)年度?|([合总累]\s*计))\s*(?:新增)?(?:销售收入|营业收入|主营业务收入|销售额|营收)"
                         r"\s*[:：]?\s*([\d,，.]+)$")


_FORECAST_YEAR = re.compile(r"((?:19|20)\d\d)年度?(?:的)?(?:数据|数字|金额|收入|销售收入)?(?:为|系|是|均为)?(?:预计|预测|预估|计划)(?:数|值|数据)?")


def _forecast_years(text: DocText) -> set[int]:
    """The years a proof says its figures only forecast (注：2024年度数据为预计数, 2024年（预计）)."""
    return {int(m.group(1)) for m in _FORECAST_YEAR.finditer(text.compact)} | {
        int(m.group(1)) for m in re.finditer(r"((?:19|20)\d\d)年度?[（(](?:预计|预测|预估)[)）]", text.compact)}


def _listed_years(text: DocText, f: Fields):
    """Such a table's total row, believed when its years add up to it; else its one year;
    ``"unclear"`` when the years and the total disagree or several years stand alone."""
    rows = [(m, l) for l in text.lines for m in [_LISTED_ROW.match(l.compact)] if m]
    unit = _unit_near(text, rows[0][1]) if rows else None
    if not rows or unit is None:
        return None
    years = [(table_amount_wan(m.group(3), unit), l) for m, l in rows if m.group(1)]
    total = next(((table_amount_wan(m.group(3), unit), l) for m, l in rows if m.group(2)), None)
    ahead = _forecast_years(text)
    if ahead & {int(m.group(1)) for m, _ in rows if m.group(1)}:
        # a year the proof says is forecast (注：2024年度数据为预计数) is no revenue yet: the years
        # earned, added up, and never a total that counts it
        earned = [(table_amount_wan(m.group(3), unit), l) for m, l in rows if m.group(1) and int(m.group(1)) not in ahead]
        if not earned or None in [v for v, _ in earned]:
            return "unclear"
        f.notes.append(f"金额：{'、'.join(map(str, sorted(ahead)))}年度为预计数，未计入；取其余年度之和")
        return round(sum(v for v, _ in earned), 6), earned[-1][1]
    if total is not None and total[0] is not None:
        if years and (None in [v for v, _ in years] or abs(sum(v for v, _ in years) - total[0]) > 0.01 * len(years)):
            f.notes.append("金额：收入表各年度之和与合计对不上，未取，请人工核对")
            return "unclear"
        f.notes.append("金额：取收入表合计行")
        return total
    if len(years) == 1 and years[0][0] is not None:
        return years[0]
    if len(years) > 1:
        f.notes.append("金额：收入表列出多个年度而无合计，看不出所指，未取")
        return "unclear"
    return None


def _row_key(row: list, at: int) -> str:
    """A row's label in column ``at``; a 合计 set wide (合 | 计) that OCR boxed letter by letter,
    its 计 taken for the next column's cell, is 合计.

    >>> _row_key(["合", "计", "515.31"], 0), _row_key(["计 合", None, "515.31"], 0), _row_key(["2017年", "1.5"], 0)
    ('合计', '合计', '2017年')
    """
    key = "".join((row[at] or "").split()) if at < len(row) else ""
    if len(key) == 2 and key[1] in "合总共累" and key[0] == "计":
        return key[::-1]  # (its two boxes joined the lower first: 计 合)
    after = "".join((row[at + 1] or "").split()) if at + 1 < len(row) else ""
    return key + "计" if key in ("合", "总", "共", "累") and after == "计" else key


def _year_header(text: DocText, row_line: TextLine):
    """The header over a row: the nearest line (or row of cells) above it on its page
    that has two or more years, as column names, and the table's rows."""
    above = sorted((l for l in text.lines if l.page == row_line.page and l.line.box[3] <= row_line.line.box[1] + 2),
                   key=lambda l: -l.line.box[1])
    def column(cell: str) -> bool:
        cell = _UNIT_IN_HEADER.sub("", cell)  # (本期金额(元))
        return bool(_YEAR_COLUMN.match(cell) or _PERIOD_COLUMN.match(cell))

    for line in above[:12]:
        cells = line.text.split()
        if len(cells) >= 3 and sum(column(c) for c in cells) >= 2:
            return cells, table_rows(text, line)
        if column(line.compact):
            row = sorted(row_of(text, line) + [line], key=lambda l: l.line.box[0])
            if sum(column(l.compact) for l in row) >= 2:
                return [l.compact for l in row], table_rows(text, line)
    return None


def _report_year(text: DocText, years: set[int], skip: set[int]) -> int | None:
    """The year a report is about: a year of the table's in its title zone (2022年度审计报告),
    else the one of them its text names most (2020年度的利润表, 2020年12月31日), when one
    clearly leads; ``None`` otherwise."""
    for line in text.title_lines(0.25):
        if line.index in skip or not re.search("报告|审计|报表|利润表|收入|证明", line.compact):
            continue  # a column's year is no title
        named = {int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年度?", line.compact)} & years
        if len(named) == 1:
            return named.pop()
    counts: dict[int, int] = {}
    for line in text.lines:
        if line.index in skip or _YEAR_COLUMN.match(line.compact) or len(line.text.split()) >= 3:
            continue  # the table's own header (2021年度 | 2022年度) names every year
        for y in re.findall(r"((?:19|20)\d\d)\s*年(?:度|12月31日)", line.compact):
            if int(y) in years:
                counts[int(y)] = counts.get(int(y), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


# What only an invoice prints: its codes, its 开票日期, its two sides and its 价税合计.
_INVOICE_WORDS = re.compile(r"发票代码|发票号码|开票日期|价税合计|购买方|销售方|购方|销方|开票人")


def _an_invoice(text: DocText) -> bool:
    """An invoice, or a paper made of invoices: 发票 in its title or an invoice's own captions.
    A contract that only mentions one (乙方应在每次付款前向甲方开具等额增值税专用发票) is none,
    and its 合计 row is the contract's total."""
    if "发票" not in text.compact:
        return False
    # (a heading, never a sentence high on a short page: …相关合同、发票及银行回单均已归档备查。, probe DI rv07)
    return any("发票" in l.compact and not re.search(r"[，,。；;、]", l.compact) for l in text.title_lines(0.3)) \
        or bool(_INVOICE_WORDS.search(text.compact))


# Income said booked or earned (已确认销售收入, 累计实现营业收入, 2024年度确认该合同销售收入).
_BOOKED = re.compile(r"(?:已|累计|共|年度|本期|当期)[^，,。；;未]{0,6}?(?:确认|实现|取得)(?:了)?"
                     r"(?:该|本|上述)?(?:合同|项目)?(?:新增)?(?:销售|营业|主营业务)?(?:收入|营收)")
# The same words in a clause that plans, promises or sets a condition (甲方预计累计实现新增销售收入
# 3000万元; 累计实现销售收入超过800万元的，…返利; 累计实现销售收入达到可研目标后…): nothing booked.
_NOT_YET_BOOKED = re.compile(r"预计|预期|预估|估计|估算|预算|计划|目标|力争|争取|保证|承诺|确保|考核|指标|预测|测算|可望|有望|将|拟|"
                             r"超过|不低于|不少于|达到|如果|若|倘若|一旦|方可|之后|以后")


def a_payment(words: str) -> bool:
    """An invoice, a receipt or a bank slip by its head (a paper's words run together): a payment
    under a contract, never the contract.

    >>> a_payment("增值税专用发票发票代码5000231130"), a_payment("销售合同合同编号:CQZZ-2023-018")
    (True, False)
    """
    return bool(re.search(r"发票|收据|回单|收款凭证|进账单|付款凭证", words[:40]))


# What follows a registration's 合同名称 on its form: the next label.
_REGISTERED_NAME = re.compile(r"合同名称[:：]?《?(.{4,60}?)》?(?=技术合同类别|合同类别|技术合同|卖方|买方|登记|合同成交|成交|签订|项目名称|$)")


def registered_contract(words: str) -> str | None:
    """The name of the contract a 技术合同认定登记证明 registers (its 合同名称), from its words run
    together; None for any other paper.  A registration records a contract's sale: with the
    contract beside it, it is one sale, not two.

    >>> registered_contract("技术合同认定登记证明登记编号:2023500105000892合同名称一种SMT产线质量监测方法专利权转让技术合同类别技术转让")
    '一种SMT产线质量监测方法专利权转让'
    >>> registered_contract("技术开发合同合同名称:产线数据采集平台开发甲方:重庆长江机械") is None
    True
    """
    if not _REGISTRATION_TITLE.search(words[:40]):
        return None
    found = _REGISTERED_NAME.search(words)
    return found.group(1) if found else None


def books_income(words: str) -> bool:
    """The paper says income was booked or earned (已确认销售收入, 累计实现营业收入): a statement of
    revenue, whatever contract it quotes; never a clause that forecasts or sets a condition.

    >>> books_income("截至2025年11月30日已确认销售收入人民币6,500,000.00元"), books_income("乙方未确认收入")
    (True, False)
    >>> books_income("经年度审计，2024年度确认该合同销售收入人民币980万元"), books_income("平台上线后三年内，甲方预计累计实现新增销售收入3000万元")
    (True, False)
    >>> books_income("乙方当年累计实现销售收入超过800万元的，甲方给予返利"), books_income("甲方累计实现销售收入达到可研目标后，乙方结算尾款")
    (False, False)
    """
    compact = "".join(words.split())
    for clause in re.split(r"[，,。；;：:]", compact):
        if _BOOKED.search(clause) and not _NOT_YET_BOOKED.search(clause):
            return True
    return False


def _total_amount(text: DocText, f: Fields | None = None) -> tuple[float, TextLine] | None:
    """The contract total, 价税合计 or certified revenue, read after its label; never the
    net amount or the tax, nor a table's column of them (its header is no label).
    Without a label, an amount only when every amount printed agrees (the figures and the
    capitals of one sum).  The label printed again with the sum restated (合同总金额（大写）…
    | 合同总金额（小写）…, or a 小写 line under it) must say the same: when the figures
    and the capitals disagree one of them was misread, and nothing is taken."""
    invoice = _an_invoice(text)
    labels = _TOTAL_LABELS + ([] if invoice else _PLAIN_LABELS)
    across = None
    if not invoice and books_income(text.compact):
        # A proof of income booked on a contract (已确认销售收入…元，其余合同款项待终验后确认)
        # quotes the contract's sum too: what was booked is the revenue, not what was signed.
        labels = [l for l in labels if l in _EARNED_LABELS] + [l for l in labels if l not in _EARNED_LABELS]
        across = _booked_across(text)
    # a part of a whole (其中…) only when no label names a whole
    for part, label in [(part, label) for part in (False, True) for label in labels]:
        if across is not None and label not in _EARNED_LABELS:
            return across  # (no label of income on one line: the words of booking, wrapped, say it)
        # (never a caption of the tax one letter from a sum's: 合计税额 is no damaged 合计金额)
        hits = [h for h in text.find_label([label]) if not _is_header(text, h.line)
                and (h.exact or "税" in label or "税" not in h.line.compact[h.start:h.end])]
        for hit in hits:
            if _part_of_whole(text, hit) != part or _original(text, hit) or _in_note(text, hit) or _planned(hit, label) \
                    or _SHARE.match(hit.line.compact[hit.end:]):
                continue
            found = _amount_after(text, hit, label in _PLAIN_LABELS)
            if found:
                # (a part of the whole, 其中2023年度实现销售收入1,896.40万元, restates nothing)
                restated = [_amount_after(text, h, label in _PLAIN_LABELS) for h in hits
                            if h is not hit and not _original(text, h) and _restates(text_after(h.line, h.end))
                            and (part or not _part_of_whole(text, h))]
                restated += [_restated_below(text, found[1]), _restated_below(text, hit.line)]
                if any(r is not None and abs(r[0] - found[0]) >= 0.0005 for r in restated):
                    if f is not None:
                        f.issue("warning", "amount_unsure",
                                f"{label}的大写与小写金额不一致（{found[0]:g} 万元与另一处不符），未采用，请人工核对")
                    return None
                net = _net_total_said(text) if invoice and f is not None and label == "价税合计" else None
                if net is None and not invoice and f is not None:
                    net = _net_in_contract(text, found)  # (合同总价人民币1,050.00万元（含税），其中不含税金额929.20万元)
                if net is not None and net[0] < found[0]:
                    # (a summary that states its net total beside its 价税合计: revenue is booked net)
                    f.set("amount_net_wan", net[0], found[1])
                    f.notes.append(f"不含税金额合计 {net[0]:g} 万元，计入营收时按不含税金额")
                return found
    if invoice:
        # A summary of invoices that states its total net of tax only (合计金额（不含税）：人民币
        # 12,500,000.00元 | 合计税额：…): revenue is booked net, that total is the sum.
        net = _net_total_said(text)
        if net is not None:
            return net
    if invoice and not any(_INVOICE_LIST.search(l.compact) for l in text.title_lines(0.3)):
        return None  # (an invoice's sum is its 价税合计; its 清单 prints none, only its columns' totals)
    items = _item_table_total(text)
    if items:
        return items
    # (never a company's capital, 注册资本人民币5000万元, nor a sum a clause only foresees, 双方预计未来
    # 三年合作规模不低于人民币壹亿元: probe CL S6-6, S6-7)
    amounts = {(a.wan, line.index): line for line, words in _unwrapped(text) for a in find_amounts(words)
               if not _UNSOLD.search(re.split(r"[，,。；;]", words[:a.span[0]])[-1])}
    values = {wan for wan, _ in amounts}
    if any(c.compact.startswith("其中") for l in amounts.values() for c in [l] + row_of(text, l)):
        return None  # 其中：技术交易额 …: a part of a whole that was not read
    if len(values) == 1:
        wan, index = min(amounts)
        return wan, amounts[(wan, index)]
    return None


# A sum in capitals the line's end cut (…货款共计人民币肆佰 | 伍拾陆万柒仟捌佰元整): its two parts
# are no two sums.
_CAPITALS_CUT = re.compile(r"(?:人民币|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿])$")
_CAPITALS_GO_ON = re.compile(r"^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元]")


def _unwrapped(text: DocText) -> list[tuple[TextLine, str]]:
    """Each line with its words, a sum in capitals that wraps onto the next line read whole on
    the first (the next keeps what follows it: probe DM rev-08 read 肆佰 and 伍拾陆万… as two
    sums and took none)."""
    out: list[tuple[TextLine, str]] = []
    carried = 0  # letters of this line already read on the line above
    for line, after in zip(text.lines, text.lines[1:] + [None]):
        words = line.text[carried:]
        carried = 0
        if after is not None and after.page == line.page and _CAPITALS_CUT.search(line.text.rstrip()) \
                and _CAPITALS_GO_ON.match(after.text.lstrip()):
            tail = re.match(r"\s*[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元整]+", after.text)
            words = words.rstrip() + tail.group(0).strip()
            carried = tail.end()
        out.append((line, words))
    return out


_NET_TOTAL_LABELS = ["合计金额", "金额合计", "开票金额合计", "销售额合计"]


def _net_total_said(text: DocText) -> tuple[float, TextLine] | None:
    """The one total a paper labels net of tax (合计金额（不含税）：…), where all such labels agree; a
    grand total's (总计金额（不含税）) over the years' totals it sums."""
    for labels in (_GRAND_NET_LABELS, _NET_TOTAL_LABELS):
        net = [found for hit in text.find_label(labels) if hit.exact
               for found in [_net_after(text, hit)] if found is not None]
        if net:
            return net[0] if len({wan for wan, _ in net}) == 1 else None
    return None


_GRAND_NET_LABELS = ["总计金额", "金额总计", "合计总金额", "累计金额"]
# A contract's sum net of tax, printed beside its total (其中不含税金额929.20万元, 不含税合同价款为…).
_NET_IN_WORDS = re.compile(r"(?:其中|即)?不含(?:增值)?税(?:的)?(?:合同)?(?:总)?(?:金额|价款|价|额)(?:为|是|[:：])?")


def _net_in_contract(text: DocText, total: tuple[float, TextLine]) -> tuple[float, TextLine] | None:
    """The sum a contract says its total comes to net of tax, on the total's line or the next
    (合同总价…1,050.00万元（含税），其中不含税金额929.20万元): never a part's price (设备部分不含税价), a
    unit price (单价（不含税）), a penalty's base, nor a sum too small to be the total less 增值税."""
    wan, line = total
    below = next_line(text, line)
    after = next_line(text, below) if below is not None else None
    for where in [l for l in (line, below, after) if l is not None]:
        for match in _NET_IN_WORDS.finditer(where.compact):
            clause = re.split(r"[，,。；;]", where.compact[:match.start()])[-1] + re.split(r"[，,。；;]", where.compact[match.start():])[0]
            if re.search(r"单价|部分|违约|每|台|套|首付|预付|尾款|分期", clause):
                continue
            amounts = find_amounts(where.compact[match.end():][:30])
            if amounts and amounts[0].span[0] <= 4 and 0.8 * wan <= amounts[0].wan < wan:
                return amounts[0].wan, where
    return None


def _net_after(text: DocText, hit: LabelHit) -> tuple[float, TextLine] | None:
    """The sum after a total's label that says it is net of tax (合计金额（不含税）：人民币…元)."""
    rest = text_after(hit.line, hit.end)
    said = re.match(r"\s*[（(]\s*不含税\s*[)）]\s*[:：]?", rest)
    if said is None:
        return None
    wan = _first_amount(rest[said.end():])
    return (wan, hit.line) if wan else None


# A bank slip's note (用途 支付合同…货款（合同总额290万元）), a memo or a remark: what the money
# was for, its sums other papers' sums.
_NOTE_CAPTION = re.compile(r"^(?:款项用途|交易摘要|用途|摘要|附言|备注|说明)")


def _booked_across(text: DocText) -> tuple[float, TextLine] | None:
    """The sum right after words of booking that a line break cut (该合同已确认销售收 | 入人民币980万元):
    the amount and the line it ends on."""
    for line in text.lines:
        below = next_line(text, line)
        if below is None:
            continue
        joined = line.compact + below.compact
        for match in _BOOKED.finditer(joined):
            if not match.start() < len(line.compact) < match.end():
                continue
            clause = re.split(r"[，,。；;]", joined[:match.start()])[-1] + joined[match.start():]
            if _NOT_YET_BOOKED.search(re.split(r"[，,。；;]", clause)[0]):
                continue
            after = joined[match.end():]
            amounts = find_amounts(after[:40])
            if amounts and amounts[0].span[0] <= 6 and amounts[0].wan:
                return amounts[0].wan, below
    return None


# A share of the sum named by its label (支付合同总额的30%，即¥360,000.00元): an instalment, not the sum.
_SHARE = re.compile(r"的?(?:\d{1,3}(?:\.\d+)?\s*[%％]|百分之|[一二三四五六七八九十]成)")


def _planned(hit: LabelHit, label: str) -> bool:
    """Income a clause plans or sets as a condition (预计累计实现新增销售收入3000万元; 累计实现销售收入
    超过800万元的，…给予返利): no sum of this paper's."""
    if label not in _EARNED_LABELS:
        return False
    compact = hit.line.compact
    clause = re.split(r"[，,。；;]", compact[:hit.start])[-1] + re.split(r"[，,。；;]", compact[hit.end:])[0]
    return bool(_NOT_YET_BOOKED.search(clause))


def _in_note(text: DocText, hit: LabelHit) -> bool:
    if hit.start > 0 and _NOTE_CAPTION.match(hit.line.compact):
        return True  # 用途 支付…（合同总额…）: the line opens with the note's caption
    left = [l for l in row_of(text, hit.line) if box(l)[2] <= box(hit.line)[0] + 2]
    return bool(left) and re.fullmatch(_NOTE_CAPTION.pattern + r"[:：]?", left[-1].compact) is not None


def _original(text: DocText, hit: LabelHit) -> bool:
    """The label names the sum of the contract a supplement amends (原合同金额, 原合同价,
    原合同约定合同总价): an earlier figure, never this paper's, unless it is what that sum is
    changed to (调整后原合同总金额变更为…, 原合同总价调整为…)."""
    after = text_after(hit.line, hit.end)
    if _CHANGED.match(after):
        return False
    before = hit.line.compact[:hit.start]
    if before[-1:] == "原":
        return True
    clause = re.split(r"[，,。；;]", before)[-1]
    if not re.search(r"原(?:合同|协议)|原约定", clause):
        return False
    below = next_line(text, hit.line)  # (…合同总金额人民币壹仟贰佰万元整 | ，现变更为…: what it became)
    rest = re.split(r"[。；;]", after + ("" if re.search(r"[。；;]", after) or below is None else below.compact))[0]
    return not re.search(r"变更|调整|调增|调减", rest)


def _part_of_whole(text: DocText, hit: LabelHit) -> bool:
    """The label names a part of a sum stated before it in its sentence (…收入12,345.67万元，
    其中智能装配生产 | 线销售收入8,216.30万元): tried after the labels that do not."""
    before = hit.line.compact[:hit.start]
    if hit.line.index > 0 and text.lines[hit.line.index - 1].page == hit.line.page:
        before = text.lines[hit.line.index - 1].compact + before  # a sentence wrapped onto it
    clause = re.split(r"[。；;]", before)[-1]
    return "其中" in clause[-20:]


# What stands between a label and the sum it restates: 合同总金额（小写）：¥…, 合同价款为人民币…
_RESTATES = re.compile(r"[\s:：()（）大写小写人民币RMB¥￥为]*(?:[\d零壹贰叁肆伍陆柒捌玖拾佰仟万〇一二三四五六七八九]|$)")
_CAPITALS_NOTE = re.compile(r"^[（(]?(?:小写|大写)[)）]?\s*[:：]?")


def _restates(rest: str) -> bool:
    """The label's text restates the sum: only the sum follows it (大写/小写, 人民币, ¥ before
    it), or nothing on its line (the sum in the cell beside it): not a clause that names
    another amount (合同价款的30%即36万元, 1. 首付款…)."""
    prefix = _RESTATES.match(rest)
    if not prefix:
        return False
    if prefix.end() >= len(rest.rstrip()):
        return True
    amounts = find_amounts(rest)
    return bool(amounts) and amounts[0].span[0] <= prefix.end() - 1


_CAPITALS_AFTER = re.compile(r"[（(]\s*大写\s*[:：]?\s*(?:人民币)?\s*([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆整角分]+)")


def _capitals_disagree(text: DocText, wan: float | None) -> tuple[float, float] | None:
    """(the figures, the capitals) where the sum taken is printed in figures with its capitals in
    brackets right after it, the line's wrap between them allowed, and the two differ (人民币
    ¥23,500,000.00元（大写：人民币 | 贰佰叁拾伍万元整）, probe CK E2: 2350 taken, 235 meant, or the
    other way round): one of them was misread or mistyped, and nothing may be taken."""
    for line in text.lines:
        below = next_line(text, line)
        joined = line.compact + (below.compact if below is not None else "")
        for match in _CAPITALS_AFTER.finditer(joined):
            if match.start() >= len(line.compact):
                break  # (the next line's own: read on that line)
            before = find_amounts(joined[max(0, match.start() - 30):match.start()])
            capitals = find_amounts(match.group(1) + ("" if "元" in match.group(1) else "元"))
            figures = before[-1].wan if before else None
            if figures is not None and capitals and (wan is None or abs(figures - wan) < 0.0005) \
                    and abs(capitals[0].wan - figures) >= 0.0005:
                return figures, capitals[0].wan
    return None


def _restated_below(text: DocText, line: TextLine) -> tuple[float, TextLine] | None:
    """The sum on the line just under an amount when that line only restates it
    (``（小写）：¥3,256,800.00`` under ``合同总金额（大写）：…``)."""
    below = next_line(text, line)
    if below is None or not _CAPITALS_NOTE.match(below.compact):
        return None
    wan = _first_amount(" ".join([below.text] + [l.text for l in _row(text, below)]))
    return (wan, below) if wan else None


# A year's revenue in running text: 2022年度实现销售收入3,256.80万元.
_YEAR_REVENUE = re.compile(r"((?:19|20)\d\d)年度?[^。；;，]{0,20}?(?:销售收入|营业收入|主营业务收入|营业总收入|营收|销售额)")


def _yearly_revenue(text: DocText, f: Fields):
    """Revenue a sentence gives for a year (``2022年度实现销售收入3,256.80万元``).  When
    it gives it for several years, the year the document is about (its title: 2022年度
    销售收入证明) decides, and ``"unclear"`` says that nothing may be taken; ``None``
    when no sentence names a year's revenue more than once."""
    found: list[tuple[int, float, TextLine]] = []
    for page in sorted({l.page for l in text.lines}):
        joined, starts = running_text(text, page)
        for match in _YEAR_REVENUE.finditer(joined):
            clause = re.split("[。；;，]", joined[match.end():match.end() + 60])[0]
            amounts = find_amounts(clause)
            if not amounts or amounts[0].span[0] > 8:
                continue
            wan = _first_amount(clause)
            if wan:
                found.append((int(match.group(1)), wan, line_at(starts, match.start(1))))
    years = {y for y, _, _ in found}
    if len(years) < 2:
        return None
    year = _report_year(text, years, set())
    mine = [(wan, line) for y, wan, line in found if y == year]
    if year is None or len({wan for wan, _ in mine}) != 1:
        f.notes.append("金额：材料列出多个年度的收入，看不出所指年度，未取")
        return "unclear"
    f.notes.append(f"金额：取{year}年度的收入")
    return mine[0]


def _amount_after(text: DocText, hit: LabelHit, plain: bool) -> tuple[float, TextLine] | None:
    """The amount after a label: on its line; else, when nothing but the start of a sum
    follows the label, with its row's cells (价税合计（大写）| 壹佰伍拾贰万元整 | （小写）¥…)
    or with the next line (销售收入452 | 万元).  A plain 金额 heads a column of item
    amounts and a plain 合计 may head a row, but neither continues on the next line."""
    rest = text_after(hit.line, hit.end)
    after = next_line(text, hit.line)
    if after is not None and re.search(r"[（(][^）)]{0,4}$", rest) and re.match(r"^[^（(]{0,4}[)）]", after.compact):
        rest = rest.rstrip() + after.text.strip()  # (a bracket the line break cut: 销售收入（不含 | 税）人民币…)
    if "不含税" in rest[:12] and hit.label not in _EARNED_LABELS:
        return None  # 合同金额（不含税）: the net amount (a contract's sum is its gross one)
    if hit.label in _EARNED_LABELS and re.match(r"\s*[（(]含(?:增值)?税[)）]", rest):
        # 销售额（含增值税）…元，其中不含税销售收入…元: income is booked net, the sentence says it
        sentence = re.split(r"[。；;]", rest + ("" if after is None else after.text))[0]
        net = re.search(r"不含税", sentence[6:])
        wan = _first_amount(sentence[6 + net.end():]) if net else None
        gross = _first_amount(sentence)
        # (the same sum restated net: below the gross by a rate of 增值税 at most, 17%; not the
        # company's whole income the sentence compares it with, nor a unit price)
        if wan and gross and gross / 1.2 <= wan < gross:
            return wan, hit.line
    candidates = [(rest, hit.line)]
    if re.search(r"\d[,，]?$", rest.strip()) and after is not None and re.match(r"[.．]?\d|(?:亿|万|千)?元", after.compact):
        # a figure the line break cut (…合同总金额为人民币86 | .5万元（含税）; …人民币12,000, | 000.00元),
        # or its unit (…合作总金额为人民币 300 | 万元（含税）, probe DS r07 gave 0.03): read whole first
        candidates.insert(0, (rest.strip() + after.text.strip(), hit.line))
    elif after is not None and re.search(r"[零壹贰叁肆伍陆柒捌玖拾佰仟]$", rest.strip()) \
            and re.match(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元", after.compact):
        # capitals a narrow cell wrapped (合计 人民币（大写）：壹仟叁 | 佰伍拾万元整, probe DI rv04): read whole
        candidates.insert(0, (rest.strip() + after.compact, hit.line))
    elif after is not None and _CHANGED_AT_END.search(rest):
        # (…总金额由人民币1200.00万元变更为人民 | 币780.00万元: the sum it became, on the next line)
        candidates.insert(0, (rest.strip() + after.text.strip(), hit.line))
    # (…合同总金额变更为 | 人民币陆佰贰拾万元整: the new sum stated, on the next line)
    rest = _CHANGED_TO.sub("", rest, count=1)
    # A bare 金额 heads a column as often as it labels a sum; 金额（小写） labels one.
    if _AMOUNT_START.fullmatch(rest) and (hit.label != "金额" or _CAPITALS_NOTE.fullmatch(rest.strip())):
        row = _row(text, hit.line)
        if row:
            candidates.append((rest + " " + _row_clause(row), row[0]))
        below = None if plain else next_line(text, hit.line)
        if below is not None:
            candidates.append((rest + below.text, below))
    for clause, line in candidates:
        wan = _first_amount(clause) or _unit_figure(clause)
        if wan:
            # (原合同…合同总金额人民币壹仟贰佰万元整 | ，现变更为人民币玖佰万元整: the sum it is now)
            below = next_line(text, line)
            changed = _CHANGED_ON.match(below.compact) if below is not None else None
            now = _first_amount(below.compact[changed.end():]) if changed else None
            return (now, below) if now else (wan, line)
    if _AMOUNT_START.fullmatch(rest) and not plain:
        return _figure_in_column(text, _row(text, hit.line))
    return None


# A label that states its unit, its figure bare: 合同金额（万元）：325.68, 合同总价（单位：万元）325.68.
_UNIT_FIGURE = re.compile(r"^\s*[（(]\s*(?:金额)?(?:单位\s*[:：]?\s*)?(?:人民币)?\s*(亿元|万元|千元|元)\s*[)）]\s*[:：]?\s*"
                          r"[¥￥]?\s*(\d[\d,，. ]*\d|\d)\s*$")
_UNIT_IN_HEADER = re.compile(r"[（(]\s*(?:单位\s*[:：]?\s*)?(?:人民币)?\s*(亿元|万元|千元|元)\s*[)）]")


def _unit_figure(clause: str) -> float | None:
    match = _UNIT_FIGURE.match(clause)
    return table_amount_wan(match.group(2).replace("，", ","), match.group(1)) if match else None


def _figure_in_column(text: DocText, row: list[TextLine]) -> tuple[float, TextLine] | None:
    """A label's figure in the one cell beside it, in the unit its column's header states
    (金额（万元） over it) or the page states (单位：万元).  A row of several figures (a year
    each) gives nothing: which one is meant is for ``_year_total`` to say."""
    figures = [l for l in row if _cell_wan(l.text, "元") is not None]
    if len(figures) != 1 or len(row) != 1:
        return None
    cell = figures[0]
    x0, y0, x1, _ = cell.line.box
    above = sorted((l for l in text.lines if l.page == cell.page and l.line.box[3] <= y0 + 2
                    and l.line.box[0] < x1 and l.line.box[2] > x0), key=lambda l: -l.line.box[3])
    unit = next((m.group(1) for l in above[:8] for m in [_UNIT_IN_HEADER.search(l.compact)] if m), None)
    unit = unit or _unit_near(text, cell)
    wan = _cell_wan(cell.text, unit) if unit else None
    return (wan, cell) if wan else None


_SOLD_TO = re.compile(r"向([\u4e00-\u9fff（）()]{4,30}?(?:有限责任公司|股份有限公司|有限公司))(?:销售|提供|供应|交付)")


def _row_clause(row: list[TextLine]) -> str:
    """A row's cells as one clause, a cell its narrow column wrapped read whole: 合计 | 人民币（大写）：肆佰贰
    over 拾万元整 | 4,200,000.00 (probe DI rv03 had read the tail, 拾万元整, as 10 万元)."""
    cells: list[list[TextLine]] = []
    for line in sorted(row, key=lambda l: l.line.box[0]):
        cell = next((c for c in cells if abs(c[0].line.box[0] - line.line.box[0]) <= line.line.height), None)
        if cell is None:
            cells.append([line])
        else:
            cell.append(line)
    return " ".join("".join(l.compact for l in sorted(c, key=lambda l: l.line.box[1])) if len(c) > 1 else c[0].text
                    for c in cells)


def _row(text: DocText, label: TextLine) -> list[TextLine]:
    """Every cell right of ``label`` on its row, left to right (OCR pads a box: after a
    label's colon its value may start most of a letter inside the label's box, 委托方(甲方): boxed
    22 px into 重庆长鑫…公司 at a letter of 40, probe DS r02)."""
    x1 = label.line.box[2] - (max(2.0, 0.8 * label.line.height) if label.compact.endswith((":", "：")) else 2.0)
    return sorted((l for l in text.lines if l.line.box[0] >= x1 and l is not label and same_row(l, label)),
                  key=lambda l: l.line.box[0])


# A sum changed by a supplement: 由原来的300万元调整为380万元, the second the sum now.
# A supplementary agreement, titled so near its top, and what it does to the contract's sum.
_SUPPLEMENT_TITLE = re.compile(r"补充协议|补充合同|变更协议|合同变更")
_CHANGED_TO_SUM = re.compile(r"(?:变更|调整|调减|调增|修改|更改|核减|核增)(?:后的?|后)?(?:合同)?(?:总?金额|总价|价款)?(?:为|至)")
_RAISED_BY = re.compile(r"增加|追加|增补|调增")


# What a supplement says its contract comes to now, in so many words.
_AFTER_CHANGE = re.compile(r"(?:变更|调整)后(?:的)?(?:原)?(?:合同)?(?:总)?(?:金额|总价|价款|总额|价格)(?:为|调整为|变更为|[:：])")


def _sum_after_change(text: DocText) -> tuple[float, TextLine] | None:
    """A supplement's sum after the change, where it says so (变更后合同总金额为人民币1,200.00万元):
    what the contract comes to, never the increase it names before it."""
    if not is_supplement(text.compact):
        return None
    body, starts = running_text(text)
    match = _AFTER_CHANGE.search(body)
    wan = _first_amount(body[match.end():match.end() + 60]) if match else None
    return (wan, line_at(starts, match.end())) if wan else None


def is_supplement(words: str) -> bool:
    """A supplementary agreement (补充协议, 变更协议), by the title at the top of its words
    (the page's text run together).

    >>> contract = "购销合同甲方重庆渝江压铸有限公司乙方重庆宏钢数控机床有限公司" + "第一条产品名称数量金额" * 3
    >>> is_supplement("补充协议甲方乙方…"), is_supplement(contract + "本合同的补充协议与本合同具有同等效力")
    (True, False)
    """
    return bool(_SUPPLEMENT_TITLE.search(words[:60]))


def how_amended(words: str) -> str | None:
    """What a supplement does to its contract's sum: ``changed`` (…现变更为玖佰万元: the amount
    it states is the sum now), ``raised`` (增加合同金额…: its amount is added), else None.

    >>> how_amended("原合同金额壹仟贰佰万元现变更为玖佰万元"), how_amended("增加合同金额壹佰万元"), how_amended("延长工期")
    ('changed', 'raised', None)
    """
    if _CHANGED_TO_SUM.search(words):
        return "changed"
    return "raised" if _RAISED_BY.search(words) else None


# The next line going on with what the sum is changed to (，现变更为…, 现调整为…).
_CHANGED_ON = re.compile(r"^[,，;；\s]*(?:现|现已|经协商)?(?:变更|调整|调减|调增|修改|更改|核减|核增)(?:为|至|到)")
_CHANGED_TO = re.compile(r"^\s*(?:由\s*)?(?:调整后|变更后)?\s*(?:变更|调整|调增|调减|增加|减少|增|减)?\s*(?:为|至|到)(?=\s*(?:[人RMB¥￥\d零壹贰叁肆伍陆柒捌玖]|$))")
_CHANGED = re.compile(r"^\s*(?:调整|变更|调增|调减|增加|减少|增|减|改)(?:为|至|到)")
_CHANGED_AT_END = re.compile(r"由[^。；;]*?(?:变更|调整|调减|调增|修改|更改)(?:为|至|到)\s*(?:人民币?|RMB|¥|￥)?\s*$")


def _first_amount(clause: str) -> float | None:
    """The first amount in ``clause``, or the one it was changed to (由原来的300万元调整为
    380万元: 380); ``None`` if the amount restated right after it in brackets
    (人民币壹仟…万元整（¥15,980,000.00）) disagrees: one of them was misread."""
    amounts = find_amounts(clause)
    if not amounts or amounts[0].wan <= 0:
        return None
    while len(amounts) > 1 and _CHANGED.match(clause[amounts[0].span[1]:amounts[1].span[0]]):
        amounts = amounts[1:]
    first = amounts[0]
    if len(amounts) > 1:
        between = clause[first.span[1]:amounts[1].span[0]]
        # (within the module's rounding, 5 yuan: a wrap may cut the capitals' 角 and 分 off, …肆拾伍元陆角 | 柒分)
        if re.fullmatch(r"\s*[（(]\s*(小写|大写)?\s*[)）]?\s*[:：]?\s*", between) and abs(amounts[1].wan - first.wan) >= 0.0005:
            return None
    return first.wan


def _party(text: DocText, labels: list[str]) -> tuple[str, TextLine] | None:
    """A party named after its role at the start of a line (甲方（买方）：…), else in the
    ``名称：`` line under a column headed by the role (an invoice's 购买方信息)."""
    # (a note in brackets after the word: 需方（甲方）, 买方(The Buyer))
    pattern = re.compile(rf"^(?:{'|'.join(labels)})(?:[（(][^）)]{{0,6}}[）)]|[（(]以下简称[^）)]{{1,8}}[）)]|[（(][A-Za-z .]{{2,20}}[）)])?(?:信息)?[:：]?"
                         rf"(?:(?:名称(?:[（(]或姓名[)）])?|全称|户名|账户名称|单位名称)[:：]?)?(.*)")
    for line in text.lines:
        compact = line.compact
        # (科技部's model contract: 委托方 | （甲方） wrapped in the row's first cell, the side in
        # brackets opening the row's line: （甲方） 名称（或姓名） 重庆…公司)
        compact = re.sub(r"^[（(](甲方|乙方|丙方|丁方)[)）]", r"\1", compact)
        words = line.text.split()
        # (a text layer's row of both halves, 付款人 全称 A 收款人 全称 B: the half a label opens)
        half = next((i for i, w in enumerate(words) if i > 0 and w in labels), None)
        if half is not None and not pattern.match(compact):
            compact = "".join(words[half:])
        # (a row of cells apart, 客户：A公司   供应商：B公司: the cell a label opens, and no more)
        cells = split_cells(line.text)
        if len(cells) > 1:
            at = next((i for i, c in enumerate(cells) if pattern.match("".join(c.split())) and "".join(c.split()) != compact), None)
            opening = "".join(cells[at].split()) if at is not None else None
            if opening is not None and not re.match(r"^[:：]?$", pattern.match(opening).group(1)):
                compact = opening
            elif opening is not None and at + 1 < len(cells):
                # (a head table's label and its name in cells after it: 甲方（需方） | 重庆…有限公司 |
                # 签订地点 | …, 付款人 | 户 名 | 重庆…有限公司): up to the first cell that ends a name
                for end in range(at + 2, len(cells) + 1):
                    joined = opening + "".join("".join(c.split()) for c in cells[at + 1:end])
                    found = pattern.match(joined)
                    if found and _org_name(found.group(1)):
                        compact = joined
                        break
        # 甲方（卖方）：… — which side 甲方 is, said in its brackets: the bracket decides
        # (a bilingual paper's English caption before the Chinese label: Vendor供应商：…, Bill To采购方：…)
        english = re.match(r"^[A-Za-z][A-Za-z .]{1,20}?(?=[\u4e00-\u9fff])", compact)
        if english and not pattern.match(compact) and pattern.match(compact[english.end():]):
            compact = compact[english.end():]
        said = _SIDE_SAID.match(compact)
        if said and said.group(2) in _BUYER + _SELLER:
            compact = said.group(2) + compact[said.end():]
        # 检测方（乙方）：… — a contract's own word for a side, then which side it is
        side = _SIDE_IN_BRACKETS.match(compact)
        known = side and any(side.group(0).startswith(w) for w in _BUYER + _SELLER)  # 让与人（甲方）: the role decides
        match = pattern.match(compact if known or not side else _SIDE_IN_BRACKETS.sub(r"\1", compact))
        if not match:
            continue
        # (a row of a text layer's head table, 采购方 重庆…公司 供应方: the next side's label ends it)
        value = re.sub(rf"\s*(?:{'|'.join(map(re.escape, _BUYER + _SELLER))})[:：]?\s*$", "", match.group(1)) \
            if match.group(1) else match.group(1)
        # (a person as a contract's side; an invoice's 收款人 or 复核 is its clerk, no party)
        name = _org_name(value) or (_person_party(value) if _CONTRACT_SIDE.match(compact) else None)
        if name:
            return name, line
        if match.group(1):  # 采购方：重庆…装备有限 | 公司 — the name wrapped in its cell
            name = _org_name(wrapped_value(text, line, match.group(1), lambda v: _org_name(v) is not None)[0])
            if name:
                return name, line
            # (or a row of both sides that ran past the margin, its end on the next line's start:
            # 需方(甲方):…公司  供方(乙方):重庆铠扬智能科技有 | 限公司)
            nxt = text.lines[line.index + 1] if line.index + 1 < len(text.lines) else None
            head = re.match(r"[^\s:：,，;；。]{1,12}", nxt.compact) if nxt is not None and nxt.page == line.page else None
            name = _org_name(match.group(1) + head.group(0)) if head else None
            if name is None and head is not None:
                # (its first cell only, the row's next caption after it: 研究院有限责任公司   统一社会信用代码 …,
                # a text layer's wrapped cell set level with the label's line, probe DS r03)
                cell = re.split(r"\s{2,}", nxt.text.strip())[0]
                name = _org_name(match.group(1) + "".join(cell.split())) if len(cell) <= 20 else None
            if name and _org_name(match.group(1)) is None and not _org_name(head.group(0)):
                return name, line
            # (or its cell's next line under it, the name's start no name alone: 重庆长寿化工园区 |
            # 港能智慧能源有限公司)
            under = line_below(text, line)
            if under is not None and not re.search("[:：]", under.compact) and not LABEL_START.match(under.compact) \
                    and _org_name(match.group(1)) is None and len(match.group(1)) >= 4:
                name = _org_name(match.group(1) + under.compact)
                if name:
                    return name, line
        beside = _row(text, line) if not match.group(1) else []
        if len(beside) > 1 and re.fullmatch(r"(?:名称|单位名称|全称|户名)(?:[（(]或姓名[)）])?", beside[0].compact.strip(":：")):
            # 委托人 | 名称 | 云南…公司: a caption between the side and its name (科技部's model contract's
            # signing table: 委托方（甲方） | 名称（或姓名） | 重庆…公司, probe CJ C06)
            beside = beside[1:]
        name = _org_name(beside[0].compact) if beside else None
        if name:  # a form: 委托方（甲方） | 重庆…有限公司
            return name, beside[0]
        stacked = _stacked_cell(beside)
        if len(stacked) < 2 and not match.group(1):
            # (a label centred between its name's two lines, neither level enough with it to be on its
            # row: 甲方(需方) between 重庆市綦江区齿轮传动精密 and 制造有限公司, probe DS r17)
            h, centre = line.line.height, (box(line)[1] + box(line)[3]) / 2
            near = [l for l in text.lines if l.page == line.page and box(l)[0] >= box(line)[2] - 2
                    and box(l)[0] - box(line)[2] <= 4 * h and abs((box(l)[1] + box(l)[3]) / 2 - centre) <= 1.3 * h]
            stacked = _stacked_cell(sorted(near, key=lambda l: box(l)[0]))
            stacked = stacked if len(stacked) == 2 and box(stacked[0])[3] <= centre + h / 2 <= box(stacked[1])[3] + h else []
        name = _org_name("".join(l.compact for l in stacked)) if len(stacked) > 1 else None
        if name:  # the name wrapped in its cell, the label level with the middle: 重庆…有限公 | 司
            return name, line  # (placed by its label: the cell's first line stands above the row)
        if not beside and not match.group(1) and compact != line.compact:
            # a label ending a text layer's row (采购方 … 供应方), its name in the cell after it set
            # a little higher, the representative's line under it: the nearest that is a unit
            x1, centre, h = box(line)[2], (box(line)[1] + box(line)[3]) / 2, line.line.height
            near = sorted((l for l in text.lines if l.page == line.page and box(l)[0] >= x1 - 2
                           and abs((box(l)[1] + box(l)[3]) / 2 - centre) <= 0.8 * h and box(l)[0] - x1 <= 10 * h),
                          key=lambda l: abs((box(l)[1] + box(l)[3]) / 2 - centre))
            found = next((n for l in near for n in [_org_name(l.compact)] if n), None)
            if found:
                return found, line  # (placed by its label's row, as printed)
        named = None if match.group(1) and not match.group(1).startswith("信息") else _column_name(text, line)
        if named:
            return named
    return None


def _stacked_cell(beside: list[TextLine]) -> list[TextLine]:
    """The lines of the first cell right of a label, top to bottom: those of ``beside`` that
    start within a letter of the leftmost (a name wrapped in its cell, 重庆…有限公 over 司, both
    level enough with a label centred on them to be on its row)."""
    if not beside:
        return []
    left = min(box(l)[0] for l in beside)
    cell = [l for l in beside if box(l)[0] - left <= beside[0].line.height]
    return sorted(cell, key=lambda l: box(l)[1])


def _side_printed(text: DocText, labels: list[str]) -> bool:
    """Whether a side's label starts a line of the document (乙方：, 卖方（盖章）, 销售方信息),
    whatever follows it: the contract has that side, read or not.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def doc(*rows):
    ...     lines = [Line(r, 0.9, (50, 100 + 40 * i, 900, 130 + 40 * i)) for i, r in enumerate(rows)]
    ...     return DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", lines)]))
    >>> _side_printed(doc("甲方：重庆两江智控有限公司", "乙方（盖章）："), _SELLER)
    True
    >>> _side_printed(doc("付款单位：重庆两江智控有限公司", "乙方负责供货"), _SELLER)
    False
    """
    pattern = re.compile(rf"^(?:{'|'.join(labels)})(?:[（(][^）)]{{0,12}}[）)])?(?:信息)?(?:[:：]|$)")
    return any(pattern.match(line.compact) for line in text.lines)


_SIDE_IN_BRACKETS = re.compile(r"^[\u4e00-\u9fff]{1,6}[（(](甲方|乙方|丙方|丁方)[)）]")
_SIDE_SAID = re.compile(r"^(甲方|乙方)[（(]([\u4e00-\u9fff]{2,4})[)）]")


def _account_holders(text: DocText) -> list[tuple[str, TextLine]]:
    """A bank slip's two account holders, when its role words stand in a column of their own
    (付 / 款 / 人 down the margin of each half, each half's 户名 or 全称 cell beside the name):
    the payer (the buyer), then the payee (the seller), told apart by the role word left of
    each name's label in the same row."""
    found: dict[str, tuple[str, TextLine]] = {}
    for line in text.lines:
        # (the label alone in its cell, the name in the next; or both in one line: 全 称 重庆…公司)
        held = _HOLDER_CELL.match(re.sub(r"\s", "", line.compact))
        if not held:
            continue
        row = sorted(row_of(text, line) + [line], key=lambda l: box(l)[0])
        at = row.index(line)
        role = next((l.compact for l in reversed(row[:at]) if re.fullmatch(r"[付收](?:款(?:人|方|单位)?)?", l.compact)), None)
        if held.group(1):
            name, where = _org_name(held.group(1)), line
        else:
            name, where = (_org_name(row[at + 1].compact), row[at + 1]) if at + 1 < len(row) else (None, None)
        if role and name:
            found.setdefault("付" if role.startswith("付") else "收", (name, where))
    if len(found) < 2:
        # (a text layer's row of both halves: 付 全 称 A 收 全 称 B, the role's 款 | 人 on the rows under)
        for line in text.lines:
            row = _SLIP_ROW.match(line.text.strip())
            payer, payee = (_org_name(row.group(1)), _org_name(row.group(2))) if row else (None, None)
            if payer and payee:
                return [(payer, line), (payee, line)] if payer != payee else []
    return [found[k] for k in ("付", "收")] if len(found) == 2 and found["付"][0] != found["收"][0] else []


_HOLDER_CELL = re.compile(r"^(?:户名|全称|名称|账户名称|单位名称)[:：]?(.*)$")
_SLIP_ROW = re.compile(r"^付\s*(?:款\s*(?:人|方|单位)?)?\s*(?:全\s*称|户\s*名)\s*[:：]?\s*(\S+)\s+"
                       r"收\s*(?:款\s*(?:人|方|单位)?)?\s*(?:全\s*称|户\s*名)\s*[:：]?\s*(\S+)")


# An audit report addresses the audited company (重庆…有限公司全体股东：) and names it in its
# opinion (我们审计了重庆…有限公司（以下简称…）…财务报表).
_AUDITED = re.compile(r"^(.{4,40}?)(?:全体股东|董事会|股东会)[:：]|我们审计了(.{4,40}?)(?:[（(]|以下简称|\d{4}年|财务报表|的)")


def _audited(text: DocText) -> tuple[str, TextLine] | None:
    body, starts = running_text(text)
    report = any("审计报告" in l.compact for l in text.title_lines(0.3))
    for line in text.lines:
        match = _AUDITED.match(line.compact)
        if not match and report:  # a special audit's addressee alone on its line: 重庆…有限公司：
            match = re.match(r"^(.{4,40}?)[:：]$", line.compact)
            match = match if match and re.search(r"公司$|厂$", match.group(1)) else None
        name = _org_name(match.group(1)) if match and match.group(1) else None
        if name:
            return name, line
    match = _AUDITED.search(body)
    name = _org_name(match.group(2)) if match and match.group(2) else None
    return (name, line_at(starts, match.start(2))) if name else None


def _bid_winner(text: DocText) -> tuple[str, TextLine] | None:
    """A 中标通知书 is addressed to the winner (重庆…有限公司： over 确定你方为中标人)."""
    if "中标" not in text.compact and "成交通知" not in text.compact:
        return None
    for line in text.lines[:8]:
        # (or 致：…有限公司（中标人）, its role in brackets)
        match = re.fullmatch(r"(?:致[:：]?)?(.{4,40}?)(?:[（(](?:中标人|中标单位|成交供应商)[)）])?[:：]?", line.compact)
        name = _org_name(match.group(1)) if match and (line.compact.endswith((":", "：")) or line.compact.startswith("致")
                                                        or "中标" in line.compact) else None
        if name:
            return name, line
    return None


def _received_from(text: DocText) -> tuple[str, TextLine] | None:
    """The payer of a receipt (收款收据: ``今收到 重庆…有限公司 交来 货款``)."""
    body, starts = running_text(text)
    match = re.search(r"(?:今|兹)收到[:：]?(.{4,40}?)(?:交来|交付|支付|付来|汇来|款项)", body)
    name = _org_name(match.group(1)) if match else None
    return (name, line_at(starts, match.start(1))) if name else None


# 本合同由重庆…有限公司（以下称“委托方”）与…有限公司（以下简称“服务方”）签订: each party named
# in prose, then the contract's word for it, which says which side it is.
_CALLED = re.compile(r"((?:[^，。；;、“”\"「」（()）]|[（(][^（()）]{1,4}[)）]){4,60}?)[（(](?:(?:以下)?(?:简称|称为|称)[:：]?)?[“\"「『]?(%s)[”\"」』]?[）)]"
                     % "|".join(sorted(_BUYER + _SELLER, key=len, reverse=True)))


def _called_parties(text: DocText) -> dict[str, tuple[str, TextLine]]:
    """The buyer and seller a contract names in its opening sentence, each followed by the
    word the contract calls it (以下称“买方”), cut from the words before it (本合同由 …, 与 …).

    >>> from extractor.model import Line, Page, ReadResult
    >>> line = Line("本合同由重庆两江智控有限公司（以下称“委托方”）与黔南精密机械有限公司（以下简称“服务方”）签订。", (0, 0, 900, 20))
    >>> found = _called_parties(DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", [line])])))
    >>> found["buyer"][0], found["seller"][0]
    ('重庆两江智控有限公司', '黔南精密机械有限公司')
    >>> line = Line("甲方重庆两江智控有限公司与乙方黔南精密机械有限公司经友好协商，签订本合同。", (0, 0, 900, 20))
    >>> found = _called_parties(DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", [line])])))
    >>> found["buyer"][0], found["seller"][0]
    ('重庆两江智控有限公司', '黔南精密机械有限公司')
    """
    body, starts = running_text(text)
    for pattern, role, words in ((_CALLED, 2, 1), (_ROLE_FIRST, 1, 2)):
        found: dict[str, tuple[str, TextLine]] = {}
        for match in pattern.finditer(body):
            value = re.split(r"本(?:合同|协议)(?:由|系)|由|与|同|及", match.group(words))[-1]
            name = _org_name(value)
            side = "buyer" if match.group(role) in _BUYER else "seller"
            if name and side not in found:
                found[side] = (name, line_at(starts, match.start(words) + match.group(words).rindex(value)))
        if len(found) == 2 and found["buyer"][0] != found["seller"][0]:
            return found
    return {}


def _side_table(text: DocText) -> list[tuple[str, TextLine]]:
    """A signature table whose header row names the two sides (甲方（买方） | 乙方（卖方）) and whose
    名称 row under it names a unit in each side's column, read as lines of words (a text layer's
    row): the buyer, then the seller, whichever column holds which.

    >>> from extractor.model import Line, Page, ReadResult
    >>> rows = ["甲方(买方) 乙方(卖方)", "单位名称(盖章) 重庆两江智控有限公司 黔南精密机械有限公司", "法定代表人 张三 李四"]
    >>> lines = [Line(t, (60, 180 + 40 * k, 560, 192 + 40 * k)) for k, t in enumerate(rows)]
    >>> found = _side_table(DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text", lines)])))
    >>> [name for name, _ in found]
    ['重庆两江智控有限公司', '黔南精密机械有限公司']
    """
    def side(word: str) -> str | None:
        role = re.sub(r"[（(][^）)]*[)）]$", "", word)
        inner = re.search(r"[（(]([^）)]+)[)）]$", word)
        for w in ([inner.group(1)] if inner else []) + [role]:  # 甲方（卖方）: the bracket says which
            if w in _BUYER or w in _SELLER:
                return "buyer" if w in _BUYER else "seller"
        return None

    for header in text.lines:
        sides = [side(w) for w in header.text.split()]
        if len(sides) != 2 or None in sides or sides[0] == sides[1]:
            continue
        for line in text.lines[header.index + 1:header.index + 4]:
            words = line.text.split()
            if line.page != header.page or not words or not re.match(r"^(?:单位)?(?:名称|全称)", words[0]):
                continue
            names = [_org_name(w) for w in words[1:]]
            if len(names) == 2 and all(names) and names[0] != names[1]:
                found = dict(zip(sides, names))
                return [(found["buyer"], line), (found["seller"], line)]
    return []


# 甲方重庆…有限公司与乙方…有限公司经友好协商: the word first, then the party, up to its name's end.
_ROLE_FIRST = re.compile(r"(?:^|[。；;，,：:]|由|与|和|同|及)(%s)[:：]?([^，。；;、“”（(]{2,38}?(?:%s))(?=与|和|同|及|[，,。；;（(]|经|签|就)"
                         % ("|".join(sorted(_BUYER + _SELLER, key=len, reverse=True)),
                            "|".join(sorted(_ORG_SUFFIXES, key=len, reverse=True))))


# 我公司（鄂尔多斯…有限公司）与重庆…有限责任公司签订的《…合同》: a seller's 财务证明 of a sale.
_CERTIFIED_SALE = re.compile(r"我(?:公司|单位|司)[（(]([^）)]{4,40})[）)]与(.{4,40}?)(?:于(?:19|20)\d\d年[^。；;，,]{0,12}?)?(?:签订|签署|订立)")


# A customer's proof of what it bought: 我单位自2022年起使用重庆…有限公司研发的…, 向…公司采购.
_SUPPLIED_BY = re.compile(r"(?:使用|采购|购买|引进|应用|采用)(?!证明)(?:了)?([\u4e00-\u9fff（）()]{4,30}?(?:有限责任公司|股份有限公司|有限公司))"
                          r"(?:自主)?(?:研发|开发|研制|生产|提供|设计|建设|实施|承建)的"
                          r"|向([\u4e00-\u9fff（）()]{4,30}?(?:有限责任公司|股份有限公司|有限公司))(?:采购|购买|订购)"
                          # (…公司研制的“…加工中心”于2022年3月在我单位投入使用: the maker opens the sentence)
                          r"|(?:[。，,：:；;]|证明|由)([\u4e00-\u9fff（）()]{4,30}?(?:有限责任公司|股份有限公司|有限公司))"
                          r"(?:自主)?(?:研发|开发|研制|生产|提供)的")


def _supplied_by(text: DocText) -> tuple[str, TextLine] | None:
    """The seller a customer's own proof names, where the proof speaks as the buyer (我单位,
    我公司): ``…使用重庆赛宝…有限公司研发的…平台``, ``向该公司采购``'s company named."""
    body, starts = running_text(text)
    if not re.search("我(?:单位|公司|司|院|厂)", body):
        return None
    match = _SUPPLIED_BY.search(body)
    if not match:
        return None
    group = next(g for g in (1, 2, 3) if match.group(g))
    name = _org_name(match.group(group))
    return (name, line_at(starts, match.start(group))) if name else None


_TO_YOU = re.compile(r"向贵(?:司|公司|单位|院|方)(?:采购|订购|购买|订货)")


def _addressed_seller(text: DocText) -> tuple[str, TextLine] | None:
    """The company a buyer's letter is addressed to (致：重庆…有限公司, or the company and a
    colon opening the letter) when the letter says it buys from it (确认向贵司采购…)."""
    body, _ = running_text(text)
    if not _TO_YOU.search(body):
        return None
    for line in text.lines[:6]:
        match = re.match(r"^(?:致[:：]?)?(.{4,40}?)[:：]?$", line.compact)
        name = _org_name(match.group(1)) if match and (line.compact.startswith("致") or line.compact.endswith((":", "："))) else None
        if name:
            return name, line
    return None


def _certified_sale(text: DocText) -> list[tuple[str, TextLine]]:
    """The parties of the contract a company's own certificate names (我公司（重庆…）与…签订),
    in the order it names them: the company itself, then the other party (probe DQ v7: both
    stand on one line, so the print order cannot tell them apart)."""
    body, starts = running_text(text)
    match = _CERTIFIED_SALE.search(body)
    if not match:
        return []
    # (each maybe under its role, 我单位（付款单位：重庆华数…公司）与收款单位重庆凯瑞…公司, probe DS r09)
    role = r"^(?:付款|收款|委托|受托|采购|销售|供货)?(?:单位|方)[:：]?"
    seller, buyer = _org_name(re.sub(role, "", match.group(1))), _org_name(re.sub(role, "", match.group(2)))
    if not seller or not buyer:
        return []
    return [(seller, line_at(starts, match.start(1))), (buyer, line_at(starts, match.start(2)))]


def _paid_by(text: DocText) -> tuple[str, TextLine] | None:
    """The payer a payee's 收款证明 names (兹证明重庆…有限公司已于2023年12月20日，通过以下方式向我公司
    支付了…)."""
    body, starts = running_text(text)
    match = re.search(r"兹证明[，,:：]?(.{4,40}?)(?:已经?)?(?:于[^。；;]{0,24}?)?[，,]?(?:通过[^。；;，,]{0,12}?)?"
                      r"向我(?:单位|公司|司|院|厂)(?:支付|付款|付清|汇入|转账|汇款)", body) \
        or re.search(r"收到(?:了)?(.{4,40}?(?:公司|集团|大学|学院|研究院|研究所|中心))\s*(?:[（(](?:付款人|付款方|付款单位)[)）])?"
                     r"(?:支付|汇入|转入|汇来|付来)", body)  # (…于2024年1月19日收到遵义…有限公司（付款人）支付的…)
    name = _org_name(match.group(1)) if match else None
    if name:
        return name, line_at(starts, match.start(1))
    # (or its confirmation signed under the proof, 付款单位确认：重庆市…管理委员会, probe DS r22)
    return next(((n, l) for l in text.lines
                 for m in [re.match(r"^付款(?:单位|方|人)(?:确认|[（(]?(?:盖章|签章)[)）]?)?[:：](.{4,40})$", l.compact)] if m
                 for n in [_org_name(m.group(1))] if n), None)


def _paid_to(text: DocText) -> tuple[str, TextLine] | None:
    """The payee a payer's certificate names (我公司已向重庆…有限公司支付合同款…), or the
    other side of the contract it certifies (我单位与重庆…有限公司于2022年9月签订的《…》)."""
    body, starts = running_text(text)
    for pattern in (r"(?:已|累计|共)向(.{4,40}?)(?:支付|付款|付清|拨付)",
                    # (its own name bracketed after it: 我公司（重庆…有限公司）与…, probe DM rev-19)
                    r"我(?:单位|公司|司|院|厂)(?:[（(][^（()）]{2,40}[)）])?与(.{4,40}?)(?:于(?:19|20)\d\d年[^。；;，,]{0,10})?(?:签订|签署|订立)",
                    # 兹证明，重庆机电…有限公司（以下简称“乙方”）与我单位（…）于…签订《…》
                    r"兹证明[，,:：]?(.{4,40}?)(?:[（(]以下简称[^）)]{1,12}[）)])?与我(?:单位|公司|司|院|厂)",
                    # 兹证明重庆…有限公司于2023年1月至12月期间，向我单位提供…服务 (probe EG t16: who sold to the
                    # unit that certifies it)
                    r"兹证明[，,:：]?(.{4,40}?)(?:于[^。；;]{0,30}?)?[，,]?向我(?:单位|公司|司|院|厂)(?:提供|供应|供货|销售|交付|出售)"):
        match = re.search(pattern, body)
        name = _org_name(match.group(1)) if match else None
        if name:
            return name, line_at(starts, match.start(1))
    return None


# An e-signing platform's certificate lists who signed, one to a row (签署方 | 签署主体 |
# 认证方式 | 签署时间): the contract's parties; its last signing time is the day it was signed.
_SIGNER_HEADS = ("签署主体", "签署方名称", "签约主体", "签署单位", "签署企业")
_SIGNED_AT_HEADS = ("签署时间", "签署日期", "签约时间")


def _signer_rows(text: DocText):
    for header, at in _headers(text, _SIGNER_HEADS):
        heads = header.text.split() if len(header.text.split()) > 1 else \
            [l.compact for l in sorted(row_of(text, header) + [header], key=lambda l: box(l)[0])]
        rows = _cell_rows(text, header)
        if rows and len(rows[0][0]) != len(heads):  # (序号 签署主体 | 经办人 …: cells, not words)
            heads = split_cells(header.text)
            at = next((i for i, h in enumerate(heads) if any(w in h for w in _SIGNER_HEADS)), at)
        when = next((i for i, h in enumerate(heads) if any(w in h for w in _SIGNED_AT_HEADS)), None)
        rows = [(cells, line) for cells, line in rows or table_rows(text, header) if at < len(cells) and cells[at]]
        if rows:
            return rows, at, when
    return None


def _cell_rows(text: DocText, header: TextLine) -> list[tuple[list[str], TextLine]]:
    """A text layer's rows under its header, cell for cell where each row has as many cells
    as the header (a time beside its day stays in its cell: 2023-09-15 09:03:12)."""
    widths = {len(split_cells(header.text)), len(header.text.split())} - {1}
    rows = []
    for line in text.lines[header.index + 1:]:
        cells = split_cells(line.text)
        if line.page != header.page or len(cells) not in widths or rows and len(cells) != len(rows[0][0]):
            break
        rows.append((cells, line))
    return rows


def _signers(text: DocText) -> list[tuple[str, TextLine]] | None:
    found = _signer_rows(text)
    names = [(name, line) for cells, line in found[0] if (name := _org_name(cells[found[1]]))] if found else []
    return names if len(names) >= 2 else None


def _last_signed(text: DocText):
    found = _signer_rows(text)
    if not found or found[2] is None:
        return None
    days = [(d, line) for cells, line in found[0]
            if found[2] < len(cells) and cells[found[2]] and (d := parse_date(cells[found[2]])) is not None]
    return max(days, key=lambda d: (d[0].year, d[0].month or 0, d[0].day or 0)) if len(days) >= 2 else None


def _invoice_names(text: DocText) -> list[tuple[str, TextLine]]:
    """An invoice whose role words OCR lost (printed one character a line down its margin,
    购 / 买 / 方): every VAT invoice prints the buyer's ``名称：`` block before the seller's
    (above it on paper, left of it on a 数电票), so two ``名称：`` lines are buyer, seller."""
    if "发票" not in text.compact:
        return []
    # (名 lost to OCR at the box's edge: 称：重庆…公司 is the 名称 line still)
    named = [(name, line) for line in text.lines if (match := re.match(r"^名?称[:：](.+)", line.compact))
             for name in [_org_name(match.group(1))] if name]
    if not named:  # the label letter-spaced and boxed letter by letter: 名 | 称： | the name
        named = [(name, line) for value, line in spelled_label_values(text, ["名称"])
                 for name in [_org_name("".join(value.split()))] if name]
    return named if len(named) == 2 and named[0][0] != named[1][0] else []


def _column_name(text: DocText, head: TextLine) -> tuple[str, TextLine] | None:
    """The name under a heading, in the heading's column: the ``名称：`` line of an
    invoice's 购买方信息 block (printed beside the 销售方's), or the name under 甲方（盖章）,
    or a table's cell centred under its column's 买方 (a cell, not a line across the page)."""
    x0, _, x1, y1 = head.line.box
    height = max(head.line.height, 1)
    best = None
    for line in text.lines:
        box = line.line.box
        centred = box[0] <= (x0 + x1) / 2 <= box[2] and box[2] - box[0] < 0.45 * (line.page_width or float("inf"))
        if line.page != head.page or not 0 <= box[1] - y1 < 5 * height or (abs(box[0] - x0) >= 4 * height
                                                                           and not centred):
            continue
        name = _org_name(re.sub(r"^(?:单位)?(?:名称|全称)(?:[（(][^）)]{0,6}[)）])?[:：]?", "", line.compact))
        if name and (best is None or abs(box[0] - x0) < abs(best[1].line.box[0] - x0)):
            best = (name, line)
    return best


_ENGLISH_AFTER = re.compile(r"^(.*[\u4e00-\u9fff][)）]?)\s*[A-Za-z][A-Za-z0-9 .,&'()\-]*$")


def _org_name(value: str) -> str | None:
    """An organisation's name cut from a value (at its address, telephone …), or ``None``
    when it does not look like one: OCR's 重庆锐铭智4技股份有司 or a bare 有限公司 is no name."""
    name = _NAME_END.split(clean_value(value))[0].strip(" :：")
    name = re.sub(r"\s*[（(](?:甲|乙|丙)方[)）]$", "", name)  # 委托方：西南大学（甲方）: the side said after
    # (a summary's first buyer of many: 购买方：重庆华岳汽车零部件有限公司等12家)
    name = re.sub(r"等(?:\d{1,4}|[一二两三四五六七八九十百多数几]+)?(?:家|个)(?:单位|企业|客户|公司)?$", "", name)
    # (a consortium's role before its member: 承包人：联合体牵头人 中机中联工程有限公司)
    name = re.sub(r"^(?:联合体)?(?:牵头人|牵头方|牵头单位|成员单位|成员)[:：]?\s*", "", name)
    # a bilingual contract's English name after the Chinese (…汽车有限公司 Changan Ford Automobile Co., Ltd.)
    english = _ENGLISH_AFTER.match(name)
    name = english.group(1) if english else name
    # (a branch in brackets after the company, 重庆…有限责任公司（两江分公司）: the company's suffix before
    # it, the branch kept, probe DS r15)
    branch = re.search(r"[（(][\u4e00-\u9fff]{2,12}(?:分公司|分厂|分院|事业部|分部|分中心)[)）]$", name)
    trunk = name[:branch.start()] if branch else name
    suffix = next((s for s in _ORG_SUFFIXES if trunk.endswith(s)), None)
    if suffix is None or len(trunk) - len(suffix) < 2 or len(name) > 40 or re.search("[:：]", name):
        return None
    if re.search(r"[\u4e00-\u9fff][0-9A-Za-z][\u4e00-\u9fff]", name) or name.startswith(("有限", "股份", "责任", "公司", "集团", "事务所", "师事务所", "务所")):
        # (a name's tail a seal's arc left: 师事务所 公司 for 重庆渝信会计师事务所有限公司, probe DI rv07)
        return None
    if re.fullmatch(r"(?:收款|付款|开户|转出|转入|汇款|汇入)人?(?:银行|行)", name):
        return None  # a slip's caption (收款银行 | 重庆农村商业银行), no bank's name
    return name


_CONTRACT_SIDE = re.compile(r"^(?:甲方|乙方|丙方|丁方|委托方|受托方|委托人|受托人|出卖人|买受人|转让方|受让方|让与人)")


def _person_party(value: str) -> str | None:
    """A person who is a side of a contract (受托方（乙方）：张明华, 乙方：李华（个人）, 乙方：王强，身份证号
    码：…): the name alone, followed by nothing, a note that he signs as himself or his ID.

    >>> _person_party("张明华"), _person_party("李华（个人）"), _person_party("王强，身份证号码：500101198802031234")
    ('张明华', '李华', '王强')
    >>> _person_party("陈晓东（身份证号：500103198805121234）")
    '陈晓东'

    >>> _person_party("法定代表人"), _person_party("张明华等"), _person_party("重庆恒运") is None
    (None, None, True)
    """
    found = re.fullmatch(r"\s*([\u4e00-\u9fff·]{2,5})\s*(?:[（(](?:个人|自然人)[)）])?\s*"
                         r"(?:[，,；;\s]\s*(?:身份证|公民身份|证件)[^\n]*|[（(](?:身份证|公民身份|证件)[^)）]*[)）])?\s*", value or "")
    name = found.group(1) if found else None
    if name is None or len(name) > 2 and name.endswith("等"):
        return None  # (张明华等: a party of several, said short)
    return name if is_name(name, longest=4) and has_surname(name) else None


def _signing_company(text: DocText) -> tuple[str, TextLine] | None:
    """The company signing a 财务证明: the lowest line on the last page that is an
    organisation's name and nothing else, in the lower half of the page or under the
    closing 特此证明 (a short certificate signs high on its page)."""
    last = text.lines[-1].page if text.lines else None
    closing = max((l.index for l in text.lines if l.page == last and "特此证明" in l.compact), default=None)
    found = None
    for line in text.lines:
        # (or the signature block closing a short page, its date under it and nothing after:
        # 重庆…有限公司（盖章） | 2024年3月5日)
        under = next_line(text, line)
        if under is not None and re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:部|处|科|室|办公室)", under.compact):
            under = next_line(text, under)  # (its department signs under it: 采购部, then the date)
        signs = under is not None and standalone_date(under.compact) is not None \
            and sum(l.page == line.page for l in text.lines[under.index + 1:]) <= 1
        low = line.top > 0.5 or (closing is not None and line.index > closing) or signs
        # (signed by its finance department: 重庆摩标数据科技有限公司财务部 — the company's figures)
        # (its seal's note after the department: …有限公司财务部（盖章）; or the department bracketed,
        # 重庆…有限公司（财务部）, probe DM rev-15)
        signed = re.sub(r"(?:(?<=公司)|(?<=集团)|(?<=研究院)|(?<=研究所))(?:计划)?[（(]?(?:财务部|财务处|财务科|财务中心|财务室|办公室|综合部)[)）]?"
                        r"(?=(?:[（(](?:盖章|公章|签章)[)）])?$)", "", strip_stamps(line.compact))
        name = _org_name(signed) if line.page == last and low else None
        if name and re.fullmatch(r"[（(]?(盖章|公章|(?:财务|合同|业务)专用章)?[)）]?", signed[len(name):]):
            found = (name, line)
    return found


def _summary_parties(text: DocText) -> list[tuple[str, TextLine]] | None:
    """The parties of a table of invoices: who drew it up (the seller), then each buyer of
    its 购买方名称 column, once, in order."""
    for header, col in _headers(text, _BUYER_COLUMNS):
        buyers: list[tuple[str, TextLine]] = []
        for row, line in table_rows(text, header):
            name = _org_name(row[col]) if col < len(row) and row[col] else None
            if name and name not in [b for b, _ in buyers]:
                buyers.append((name, line))
        if buyers:
            seller = _drawn_by(text) or _party(text, _SELLER)
            if seller is None:  # (its 销售方名称 column, printed after the buyers': in that order)
                column = _seller_column(text, header)
                return buyers + ([column] if column and column[0] not in [b for b, _ in buyers] else [])
            return ([seller] if seller[0] not in [b for b, _ in buyers] else []) + buyers
    return None


def _seller_column(text: DocText, header: TextLine) -> tuple[str, TextLine] | None:
    """The one seller a summary's 销售方名称 column names on every row (probe DS r11 read its buyers
    alone); ``None`` when its rows name several."""
    at = next((i for h, i in _headers(text, _SELLER_COLUMNS) if h.index == header.index), None)
    if at is None:
        return None
    names = [(n, l) for row, l in table_rows(text, header) if at < len(row) and (n := _org_name(row[at] or ""))]
    return names[0] if len({n for n, _ in names}) == 1 else None


def _drawn_by(text: DocText) -> tuple[str, TextLine] | None:
    """The organisation after 编制单位 (a summary's, a statement's)."""
    for hit in text.find_label(_DRAWN_BY):
        after = re.sub(r"^[（(][^）)]{0,6}[）)]", "", text_after(hit.line, hit.end).lstrip(":： "))  # 填报单位（盖章）：
        value = re.split(r"\s{2,}|金额单位|单位[:：]", after.lstrip(":： "))[0]
        name = _org_name(strip_stamps(value))
        if name:
            return name, hit.line
    return None


_SLIP = re.compile(r"回单|回执|收款凭证|付款凭证|进账单")


def _slip_date(text: DocText):
    """A bank slip's day (its header's date, labelled or not), never the day it was printed
    (打印日期) as a copy: the first date on the slip that is no printing's."""
    if not any(_SLIP.search(l.compact) for l in text.title_lines(0.3)):
        return None
    for line in text.lines:
        for found in find_dates(line.text):
            # (the label as printed before the date: find_dates may give its last word only, 日期)
            printed = line.text[:found.span[0]][-8:]
            if not re.search(r"打印|制单|复核", (found.label or "") + printed):
                if found.value.day is not None:
                    return found.value, line
    return None


def _document_date(text: DocText):
    """The labelled date of the document (签订日期, 开票日期, 编制日期; on the label's line or
    the next, as ``base.date_of`` reads it), never a table's column of invoice dates."""
    registration = any(_REGISTRATION_TITLE.search(l.compact) for l in text.title_lines(0.3))
    hits = text.find_label(_REGISTERED_LABELS) if registration else []
    found = list(_labelled_dates(text, hits + text.find_label(_DATE_LABELS)))
    # (签订日期：2021年月专章 under one side's seal, 签订日期：2021年9月2日 under the other's: the
    # date read whole, when the cut one agrees with it as far as it goes)
    whole = next((d for d in found if d[0].day is not None), None)
    if found and whole is not None and found[0][0].day is None \
            and (found[0][0].year, found[0][0].month or whole[0].month) == (whole[0].year, whole[0].month):
        return whole
    return found[0] if found else None


def _labelled_dates(text: DocText, hits):
    """Every labelled date, in the order of ``hits``: ``(date, line)``."""
    for hit in hits:
        if _is_header(text, hit.line):
            continue
        date = date_after_label(hit.line.text, [hit.label]) or (parse_date(hit.value) if hit.value else None)
        if date is not None:
            yield date, hit.line
            continue
        found = None if hit.value else field_value(text, hit)  # a form's cell beside the label
        date = parse_date(found[0]) if found else None
        if date is not None:
            yield date, found[1][0]
            continue
        below = next_line(text, hit.line)
        date = parse_date(below.compact) if below is not None and not hit.value else None
        if date is not None:
            yield date, below


# 本合同于2021年11月2日在重庆市涪陵区签订: the signing day in the contract's own words (本合同由
# 甲方…与乙方…于…签订 too: the contract speaking of itself, not of another it cites).
# (双方于…签订《…合同》 or 签订的《…》 cites the contract a supplement amends: not this paper's day)
# (the day in numerals or in Chinese ones: 双方于二〇二三年六月二十日在重庆市北碚区签订本合同)
_SIGNED_ON = re.compile(r"(?:本(?:合同|协议)(?:由[^。；;]{4,160}?)?|双方)于((?:19|20)\d\d年\d{1,2}月\d{1,2}日|"
                        r"[一二][〇零○一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
                        r"(?:在[^。，,；;]{1,24}?)?(?:签订|签署|订立)"
                        r"(?!\s*[了的]?\s*[《“\"「])")


def _signed_in_text(text: DocText):
    body, starts = running_text(text)
    match = _SIGNED_ON.search(body)
    date = parse_date(match.group(1)) if match else None
    return (date, line_at(starts, match.start(1))) if date else None


# 所属期间：2011年01月01日至2011年12月31日 over a statement's figures: the period they sum.
_PERIOD = re.compile(r"^(?:所属期间|统计期间|会计期间|报告期间|报告期|统计时段|期间)[:：](.+?)(?:至|到|—|－|-|~|～)(.+?)$")


def _period_end(text: DocText):
    """The last day of the period a statement's figures sum (所属期间：…至2011年12月31日),
    when nothing signed dates it: the figures are the company's as of that day.

    >>> from extractor.model import Line, Page, ReadResult
    >>> lines = [Line("所属期间：2011年01月01日至2011年12月31日", (0, 0, 500, 20))]
    >>> found = _period_end(DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", lines)])))
    >>> str(found[0])
    '2011-12-31'
    """
    for line in text.lines:
        head = re.split(r"\s{2,}|单位[:：]", line.text.strip())[0]  # (单位：万元 on its row)
        match = _PERIOD.match("".join(head.split()))
        date = parse_date(match.group(2)) if match else None
        if date is not None and date.day is not None:
            return date, line
    return None


def _esigned(text: DocText):
    """An e-signing platform's record of a contract (签署状态：已完成): the day its signing was
    completed (完成时间), when every party had signed, not the day it was sent out (发起时间)."""
    if not re.search(r"(?:签署|签约)状态[:：]?\s*已完成", text.compact):
        return None
    for hit in text.find_label(["签署完成时间", "完成时间"], fuzzy=False):
        date = parse_date(hit.value) if hit.value else None
        found = None if date is not None else field_value(text, hit)
        date = date or (parse_date(found[0]) if found else None)
        if date is not None and date.day is not None:
            return date, hit.line
    return None


def _plain_date(text: DocText):
    """A date after 日期 standing as a line's label (日期：2024年3月21日)."""
    for line in text.lines:
        date = parse_date(line.compact) if _DATED.match(line.compact) else None
        if date is None and _DATED.match(line.compact):
            # a signature table's row, each side's 日期 (日期：2023年5月6日  日期：2023年5月6日): one day
            days = {d.value for d in find_dates(line.text)}
            date = days.pop() if len(days) == 1 else None
        if date is None:
            # a head row's cell of its own (合同号：CQXY-2024-0315   日期：2024-03-15)
            # (or the caption and its value in two cells: 日期 | ：2024-03-15)
            cells = ["".join(c.split()) for c in split_cells(line.text)]
            at = next((i for i in range(1, len(cells)) if _DATED.match(cells[i])), None)
            date = parse_date("".join(cells[at:at + 2])) if at else None
        if date is not None and date.month is not None:
            return date, line
    return None


# 日期, or a bilingual paper's English caption for it (PO Date: 2024/05/08)
_DATED = re.compile(r"^(?:日期|(?:PO|Order|Contract)?Date\b)", re.I)


def _foot_date(text: DocText):
    """The lowest line of the last page with a date that is a whole line: a signed date,
    not a period in the text (自2021年1月至2021年12月), nor a cell of a table's row (an
    invoice's 开票日期 beside its number and amount).  When the last page has none (an
    audit report's statement follows its signed opinion), the lowest such line below the
    first third of the page before it."""
    pages = sorted({l.page for l in text.lines}, reverse=True)
    for page in pages[:2]:
        found = None
        for line in text.lines:
            # (an opinion on a page of its own ends a little above the middle: below its first third)
            if line.page != page or (page != pages[0] and line.top <= 0.35):
                continue
            date = parse_date(line.compact) or _one_day(line.text) or _captioned_day(line.text) \
                or parse_date(_SIGNED_AT.sub("", line.compact)) or standalone_date(line.compact)
            if len(row_of(text, line)) >= 2 and not (date is not None and _signature_row(text, line, date)):
                continue
            if date is not None and date.month is not None:
                found = (date, line)
        if found:
            return found
    return None


# An auditor's report signs off where it was made, then the day (中国·重庆  2025年4月8日); a
# seal's words OCR reads into the day signed under it (财务专用2022年05月17日).
_SIGNED_AT = re.compile(r"^(?:中国[·•.．]?[\u4e00-\u9fff]{2,4}|(?:财务|合同|发票|业务)专用章?)(?=(?:(?:19|20)\d\d|[一二][〇零○一二三四五六七八九]{3})年)")

_DATE_CAPTION = re.compile(r"^(?:签订|签署|签字|签约|盖章)?(?:日期|时间)[:：]?$")


def _signature_row(text: DocText, line: TextLine, date) -> bool:
    """A signature table's row of dates: each side's 日期 caption and the same day beside it
    (日期 | 2018年3月6日 | 日期 | 2018年3月6日), no other cell."""
    for cell in row_of(text, line):
        if _DATE_CAPTION.match(cell.compact):
            continue
        if parse_date(cell.compact) != date:
            return False
    return True


_EMPTY_CAPTION = re.compile(r"^[\u4e00-\u9fff()（）/或]{1,16}[:：]?$")


def _captioned_day(text: str):
    """The day closing a signature row whose other cells are captions left blank for a
    signature (丙方（盖章）：   法定代表人或授权代表：   2022年7月1日).

    >>> str(_captioned_day("丙方(盖章):   法定代表人或授权代表:   2022年7月1日"))
    '2022-07-01'
    >>> _captioned_day("交货期:   2022年7月1日") is None, _captioned_day("张三   2022年7月1日") is None
    (True, True)
    """
    cells = split_cells(text)
    if len(cells) < 2 or not all(_EMPTY_CAPTION.match("".join(c.split())) for c in cells[:-1]) \
            or not any(re.search(r"盖章|签字|签章|签名|代表", c) for c in cells[:-1]):
        return None
    date = parse_date("".join(cells[-1].split()))
    return date if date is not None and date.day is not None else None


def _one_day(text: str):
    """The day a line of signature dates gives, nothing else on it (2022年8月19日  2022年8月19日
    under 甲方（盖章） 乙方（盖章））: the later where the sides signed on different days, the
    day the paper was signed by both (a statement of account 客户确认 2024年1月8日, 供应商 1月5日).

    >>> str(_one_day("2024年1月8日   2024年1月5日")), _one_day("2024年1月8日 至 2024年1月5日")
    ('2024-01-08', None)
    """
    found = find_dates(text)
    days = [d.value for d in found]
    if len(found) < 2 or without_dates(text, found).strip():
        return None
    if len(set(days)) == 1:
        return days[0]
    return None if any(d.day is None for d in days) else max(days, key=lambda d: d.earliest())


def _facts(f, kind, rank, core_journal):
    # A contract also backs a project's investment; it shows nothing of the project itself.
    if kind is Kind.REVENUE:
        # (a contract not yet performed, ``realised`` False, is no revenue yet)
        # (a sum earned over stated months is dated by them, not by the day it was certified:
        # 2018's sales proved in 2019 are 2018's; a period that begins before the current title
        # is held back by the audit, which knows that day)
        amount = f.get("amount_net_wan") if f.get("amount_net_wan") is not None else f.get("amount_wan")
        return {"amount_wan": amount if f.get("realised") is not False else None,
                "date": as_date(f.get("period_end") or f.get("date")), "rank": rank,
                "role": "lead" if rank == 1 and f.get("leader") is not None else None}
    return {}


DOCTYPE = DocType(
    key="revenue_proof", identity=("parties", "amount_wan"), name="合同/发票/财务证明",
    papers=(("合同", "协议"), ("发票",), ("回单", "进账单", "收款凭证"), ("审计报告", "利润表", "财务报表"),
            ("订单",), ("中标通知书", "成交通知书")), dated_papers=("发票",),
    cues=Cues(
        titles=("合同", "销售合同", "购销合同", "技术服务合同", "技术开发合同", "增值税专用发票", "营收证明", "新增营收证明",
                "营业收入证明", "销售收入情况说明",
                "增值税普通发票", "发票", "财务证明", "收入证明", "审计报告", "销售收入证明", "发票汇总表",
                "销售发票汇总表", "开票明细表", "发票明细表", "销售明细表", "协议书", "购销协议", "销售协议",
                "技术服务协议", "销售证明", "经济效益证明", "利润表", "财务报表", "技术合同认定登记证明",
                "电子发票", "电子回单", "收款凭证", "进账单", "产值证明", "新增产值证明", "销售情况证明",
                "收入明细表", "结算单", "结算审核定案表", "回单", "中标通知书", "成交通知书", "付款申请",
                "付款审批", "收入汇总表", "销售收入汇总", "付款确认单", "收入情况表", "销售收入情况",
                # a company's 企业所得税年度纳税申报表 (A100000): its 营业收入 row
                "纳税申报表", "采购订单", "订单",
                # a ledger of the 主营业务收入 account: its last 本年累计 row
                "明细分类账", "明细账",
                # a contract titled 协议 of its kind (技术咨询三方协议, 技术开发协议)
                "三方协议", "技术咨询协议", "技术开发协议", "技术转让协议", "咨询服务协议",
                # (联合研发协议 with its payments between the sides, probe CJ C08)
                "研发协议", "合作开发协议", "委托开发协议",
                # a buyer's confirmation of an order, a customer's proof of use with its sum, a
                # statement of account, the delivery note a buyer signs for goods under a contract
                "订单确认函", "订货确认函", "订单确认书", "采购确认函", "采购确认书", "销售业务确认函", "业务确认函", "销售确认函", "交易确认函", "采购业务确认函", "订货单", "订购单", "采购单", "购货单", "用户使用证明", "对账单", "对账确认单", "交付验收单",
                "到货验收单", "货物验收单", "收入确认函", "销售收入确认", "销售确认函", "合作协议",
                # (a Hong Kong or Taiwan partner's 合約, read simplified: 设备采购合约, 合约总价)
                "合约", "采购合约", "销售合约", "买卖合约",
                # a seller's proof of the money its buyer paid (销售回款证明, 货款到账证明, probe DM rev-08)
                "回款证明", "销售回款证明", "收款证明", "到账证明", "货款到账证明", "回款情况说明"),
        titles_in_sentences=True,  # a contract's clauses say 本合同 on every page
        # (a letter titled over two lines: 关于“…系统” | 产品销售收入的证明, 关于…营业收入情况的说明)
        title_patterns=(r"(?:销售|营业|新增)收入(?:情况)?的(?:证明|说明)", r"销售(?:收入|额)(?:情况)?的?说明"),
        # an employment contract pays a person, not a company's revenue (劳动合同)
        penalties=("劳动合同", "劳动者", "用人单位", "劳动报酬", "试用期",
                   # (an institution's 聘用合同 employs a person too; words no one-letter damage of a
                   # receipt's 受理人 or an invoice's 使用单位 can be taken for)
                   "聘用合同", "聘用岗位",
                   # a fee paid to an office (专利年费 on a 非税收入 receipt) is no revenue
                   "专利收费", "年费", "非税收入"),
        # a power of attorney to sign a contract (法定代表人授权委托书) is no sale
        refusing_titles=("授权委托书", "法定代表人授权书", "法人授权书", "委托代理书",
                         # a letter of intent to buy (采购意向书: 以最终签订的合同为准) sells nothing yet (probe CN F6-6)
                         "意向书", "意向函", "意向协议",
                         # a person's papers that introduce his company by its turnover (在职证明:
                         # 我公司…2023年度营业收入达3.2亿元) sell nothing
                         "在职证明", "工作证明", "任职证明", "劳动关系证明", "工作经历证明", "单位证明信",
                         # a unit's own approval to sign or seal a contract (用印审批单, 合同审批表): no sale
                         "用印审批", "用印申请", "审批单", "合同审批表", "合同评审表",
                         # a contract ended (合同解除协议, 终止协议): no sale, its contract uncounted in the audit
                         # (a framework agreement is read: whether its sum binds anyone, the audit asks)
                         "解除协议", "终止协议",
                         # a buyer's request for quotations (采购询价单: 本询价单不构成采购承诺) sells nothing
                         "询价单", "询价函", "询价通知",
                         # a seller's quotation (报价单: 最终价格以双方签订的合同为准) sells nothing yet
                         "报价单", "报价函", "报价表", "报价书", "报价明细", "项目报价", "产品报价", "服务报价"),
        labels=("甲方", "乙方", "合同金额", "合同总价", "价税合计", "金额", "人民币", "开票日期", "购买方",
                "销售方", "收款", "付款", "营业收入", "新增营收", "大写", "销售收入", "主营业务收入", "税额",
                "发票号码", "会计师事务所", "注册会计师", "审计意见", "利润表", "新增利润", "新增税收",
                "新增销售收入", "经济效益", "销售额", "合同成交额", "技术交易额", "认定登记",
                "付款人", "收款人", "交易金额", "新增产值", "小写", "订单总金额", "供货单位", "订货单位", "供应商",
                "含税总价", "合计金额", "对账金额", "需方", "供方", "金额合计", "采购金额", "订货日期"),
        requires=("金额", "人民币", "价税合计", "合同", "收入", "营收", "¥", "税额", "产值", "销售额", "RMB", "含税", "总价"),
        requires_why="没有金额",
    ),
    extract=extract_revenue,
    fields=("amount_wan", "parties", "date", "buyer", "realised", "period_start", "period_end", "amount_net_wan",
            "members", "leader"),
    decisive=("amount_wan", "date"),
    labels={"date": "签订/开具日期", "buyer": "买方", "realised": "已形成营收", "period_start": "收入期间起", "period_end": "收入期间止",
            "amount_net_wan": "不含税金额（万元）", "members": "研发推广人员", "leader": "项目负责人"},
    ranked=("members",), leader="leader", people_optional=True,
    under_seal=("parties", "date", "amount_wan"),
    kinds=(Kind.REVENUE, Kind.PROJECT), facts=_facts, unsigned=unsigned_places,
)
