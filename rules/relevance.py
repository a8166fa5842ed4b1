"""第十六条（七）: 本条件中所有业绩成果均指与申报专业相近相关的业绩成果.

Whether an achievement belongs to 工业互联网与智能制造 is a reviewer's judgement; a machine
can only see when a paper plainly belongs elsewhere.  ``off_field`` names the other field a
subject's words show (a paper on 宋代书院藏书, an invention on 中药饮片炮制, an award for 杂交
水稻) when none of the field's own words is there too: 一种中药饮片炮制设备的智能控制系统 is
the field's.  Such an achievement is held back for a person, never refused outright.
``unrelated_sale`` does the same for what a contract sells (钢材, stock disposed of, premises
let out), which no subject word of the field can redeem.
"""

from __future__ import annotations

import re

from identifiers import clc

# Subjects of other fields, as a title or a journal's name shows them.
_OTHER_FIELDS = re.compile(
    r"图书馆|藏书|书院|唐诗|宋词|诗词|古诗|文学|古籍|考古|历史学|"
    r"中药|中医|饮片|炮制|针灸|方剂|临床|护理|患者|病例|药膳|养生|食疗|食谱|"
    r"鲜切花|花卉|园艺|水稻|小麦|玉米|杂交稻|育种|栽培|畜禽|养殖|水产|兽医|造林|"
    r"会计学|金融学|证券|法学|教学改革|课程思政|思想政治|体育|音乐|美术|舞蹈|旅游|烹饪|宗教|哲学|"
    r"超低排放|脱硫|脱硝|污水处理|生态修复|环境保护")
# The field's own words: any of them makes the subject the field's (智能, 控制, 制造 …).
_FIELD = re.compile(
    r"工业互联网|智能|数字化|数字孪生|自动化|机器人|数控|控制|传感|物联网|信息化|软件|算法|系统|平台|"
    r"装备|机械|制造|生产线|产线|检测|监测|设备|数据|网络|通信|电气|电子|工业|仪器|仪表|机床|芯片")

# A sale that is no product or service of the field: a contract whose title trades raw
# materials or lets out premises, or that disposes of stock.
_UNRELATED_SALE_HEAD = re.compile(r"(?:钢材|钢板|煤炭|原材料|建材|物资|废旧物资|废料)(?:购销|买卖|销售|采购)|"
                                  r"(?:房屋|厂房|场地|车辆)租赁")
_UNRELATED_SALE = re.compile(r"(?:库存|闲置|废旧|报废)物资(?:处置|销售|转让)?|物资处置|废料处置|报废资产处置|劳务派遣")


# Words of other fields that hold one of the field's (网络药理学 is pharmacology's, not a network's;
# a 系统评价 is medicine's review of trials): out before the field's words are looked for.
_BORROWED = re.compile(r"网络药理学?|系统评价|系统性综述|信号通路")
# A journal's CN ends in its class of the 中国图书馆分类法 (11-2272/R): classes no engineering
# journal is filed under — 医药卫生 R, 农业 S, 生物 Q, and the humanities and social sciences.
_CN_CLASS = re.compile(r"(?<!\d)\d{2}-\d{4}/([A-Z])")
_OTHER_CLASSES = {"R": "医药卫生", "S": "农业科学", "Q": "生物科学", "A": "马列主义", "B": "哲学宗教", "C": "社会科学总论",
                  "D": "政治法律", "E": "军事", "G": "文化教育", "H": "语言文字", "I": "文学", "J": "艺术", "K": "历史地理"}


def off_field(*subjects: str | None, classification: str | None = None) -> str | None:
    """The word of another field the subjects show, or None (none, or the field's own
    words among them).  A journal's CN (11-2272/R) shows its class too, and so does the
    中图分类号 a book's CIP data or a paper's first page prints (``classification``: R247.1).

    >>> off_field("宋代书院藏书的保存与利用研究", "中国图书馆学报")
    '书院'
    >>> off_field("一种中药饮片炮制设备的智能控制系统") is None
    True
    >>> off_field("基于工业互联网的注塑车间MES系统") is None
    True
    >>> off_field("基于网络药理学的黄芪多糖抗炎作用机制研究", "中国中药杂志")
    '中药'
    >>> off_field("黄芪多糖对小鼠巨噬细胞的作用", "11-2272/R")
    '医药卫生类期刊（CN 11-2272/R）'
    >>> off_field("医用输液泵的智能控制系统设计", "11-2272/R") is None
    True
    >>> off_field("常见慢性病的调理", classification="R247.1")
    '医药、卫生类（中图分类号 R247.1）'
    >>> off_field("工业机器人离线编程", classification="TP242.2") is None
    True
    """
    words = "".join(s for s in subjects if isinstance(s, str))
    printed = _CN_CLASS.search(words)
    words = _BORROWED.sub("", _CN_CLASS.sub("", words))
    other = _OTHER_FIELDS.search(words)
    filed = clc.main_class(classification) if classification and clc.is_valid(classification) else None
    if other is None and filed in _OTHER_CLASSES:
        return None if _FIELD.search(words) else f"{clc.CLASSES[filed]}类（中图分类号 {classification}）"
    if other is None and printed and printed.group(1) in _OTHER_CLASSES:
        return None if _FIELD.search(words) else f"{_OTHER_CLASSES[printed.group(1)]}类期刊（CN {printed.group(0)}）"
    return other.group(0) if other and not _FIELD.search(words) else None


# Specialties of engineering and beyond that are neither 工业互联网与智能制造 nor near it: a
# recommender's 从事专业 (第十三条（三）: 本专业或相近专业正高级工程师).
_OTHER_SPECIALTIES = re.compile(
    r"风景园林|园林|景观|城乡规划|建筑学|建筑设计|土木|结构工程|岩土|给排水|给水排水|道路|桥梁|市政|水利|水文|港口|航道|"
    r"测绘|地质|矿产|采矿|石油|农业|农学|林业|畜牧|兽医|医学|药学|护理|会计|审计|经济|金融|法律|教育|新闻|出版|"
    r"工程造价|造价|工程管理|房地产|环境工程|环境科学|安全评价")


# A specialty of the field or near it, named as a discipline is (not the words any work may
# use: 岩土工程勘察与检测 is no 检测 of the field's).
_SPECIALTY_FIELD = re.compile(r"工业互联网|智能|数字化|自动化|机器人|数控|控制|机械|机电|电气|电子|信息|计算机|软件|通信|"
                              r"仪器|仪表|测控|制造|物联网|人工智能|大数据|网络工程|电力|动力|车辆|材料成型")


def off_specialty(specialty: str | None) -> str | None:
    """The other field a person's specialty names, or None (none, or the field's own words:
    电气工程及其自动化, 机械设计制造及其自动化 are the field's).

    >>> off_specialty("风景园林"), off_specialty("给排水工程"), off_specialty("电气工程及其自动化")
    ('风景园林', '给排水', None)
    >>> off_specialty("智能制造") is None and off_specialty("建筑智能化") is None
    True
    >>> off_specialty("岩土工程勘察与检测")
    '岩土'

    """
    if not specialty:
        return None
    other = _OTHER_SPECIALTIES.search(specialty) or _OTHER_FIELDS.search(specialty)
    return other.group(0) if other and not _SPECIALTY_FIELD.search(specialty) else None


def unrelated_sale(head: str, words: str) -> str | None:
    """What a contract sells when it is no product or service of the field, or None.

    >>> unrelated_sale("钢材购销合同", "标的：Q235B热轧钢板（库存物资处置）")
    '钢材购销'
    >>> unrelated_sale("设备销售合同", "钢板智能切割生产线一套") is None
    True
    """
    found = _UNRELATED_SALE_HEAD.search(head) or _UNRELATED_SALE.search(words)
    return found.group(0) if found else None


# A statement of a product's revenue (我公司…产品…实现新增销售收入…): the product it names.
# (\x22 is the ASCII double quote)
_PRODUCT_REVENUE = re.compile(r"(?:[“‘\x22\x27「『《【]([^“”‘’\x22\x27「」『』《》【】。；;]{2,40})[”’\x22\x27」』》】]|([\u4e00-\u9fff]{2,20}?))"
                              r"(?:产品|系列产品|业务)(?P<between>[^。；;]{0,30}?)(?:销售收入|营业收入|营收|销售额)")
# Products of automation and machinery that no subject word above names.
_FIELD_GOODS = re.compile(r"伺服|电机|驱动|变频|PLC|激光|视觉|AGV|无人|精密|测控|计量|加工中心|传动|液压|气动|焊接|注塑机|压力机")


def unrelated_product(words: str) -> str | None:
    """The product a revenue statement credits when it carries none of the field's words
    (我公司汽车座椅骨架冲压件产品…实现新增销售收入…): a part, not an industrial-internet or
    intelligent-manufacturing product or service (第十一条（二）3 names those) — held back for a
    person, never refused outright.  None when the statement names no product, or the
    field's.

    >>> unrelated_product("我公司汽车座椅骨架冲压件产品于2024年实现新增销售收入1,350.00万元")
    '汽车座椅骨架冲压件'
    >>> unrelated_product("我公司工业数据采集网关产品2024年实现销售收入1,350.00万元") is None
    True
    >>> unrelated_product("我公司伺服电机产品2024年实现销售收入800万元") is None
    True
    >>> unrelated_product("参与开发推广的“A356铝合金汽车轮毂铸件(17—19英寸)”产品，2022年1月至2023年12月累计实现新增销售收入")
    'A356铝合金汽车轮毂铸件(17—19英寸)'
    >>> unrelated_product("参与开发推广的“注塑车间能耗监测系统”产品，2023年实现新增销售收入") is None
    True
    >>> unrelated_product("推广的‘A356铝合金汽车轮毂铸件’产品累计实现销售收入"), unrelated_product("【A356轮毂铸件】产品实现销售收入")
    ('A356铝合金汽车轮毂铸件', 'A356轮毂铸件')
    >>> unrelated_product("为客户“A356铝合金汽车轮毂”产品生产提供工业互联网平台运维服务，实现销售收入1200万元") is None
    True
    >>> unrelated_product("推广的平台运维服务，用于客户“A356铝合金汽车轮毂”产品的生产过程监控，累计实现新增销售收入") is None
    True
    """
    found = _PRODUCT_REVENUE.search(words)
    if not found or _FIELD.search(found.group("between")) or re.search(r"客户|用户|用于|服务于", words[max(0, found.start() - 6):found.start()]):
        # (…“A356轮毂”产品生产提供工业互联网平台运维服务，实现销售收入; 运维服务，用于客户“A356轮毂”产品的
        # 生产过程监控: a customer's product, the service sold for it)
        return None
    # (the product in quotes, whatever it holds: “A356铝合金汽车轮毂铸件(17—19英寸)”产品)
    product = found.group(1) or re.sub(r"^(?:我|本|该)?(?:公司|单位|司)", "", found.group(2))
    return product if product and not _FIELD.search(product) and not _FIELD_GOODS.search(product) else None
