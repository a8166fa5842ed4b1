"""Probe J: a fifth round of recommendation letters and forms, typed by a helper without reading
the reader, made as unlike the usual 推荐信 as real paperwork gets: letters headed 致：… or 尊敬的…
instead of a title; letters in which 推荐 appears once, late; other provinces' forms (四川的破格申报
推荐意见, 贵州的同行专家鉴定意见, 湖北的专家推荐书与同行专家评议意见表, 广东的业内专家推荐函) with
their own captions; forms with three experts' rows (the first expert is the recommender); forms
where 推荐人 and 被推荐人 share the captions 姓名/单位/职称 and the roles head the columns (or a
merged cell); bilingual letters; long biographies of the recommender (with his own awards) before
the recommendation; signature blocks laid out as tables; letterheads with the company's or the
university's name big and 推荐信 in small print; OCR damage a human still reads (推荐入, 职祢,
half-width punctuation, a seal's text across the signature); letters that list the candidate's
awards, patents, papers and standards in detail; and unit recommendation forms (单位推荐意见)
signed by a 单位负责人, for which only the candidate is asserted.

Each case: dict(id, doc_type, name, rows, fields).  ``rows`` go to ``page(*rows)``; ``fields``
hold what the page itself prints, in the normal forms of ../shared/CONTRACT.md (a key left out
is a field the page does not show; ``recommender_title`` of another series is as printed: 教授, 研究员)."""

from tests.typed_certificates import LEFT, V, Title, cells

R = 1000          # the right half of a page: seals' owners, signatures and dates
IND = LEFT + 72   # the first line of an indented paragraph
_NOSTART = set("，。、；：）》」”！？,.;:)")

CASES = []


def case(id, doc_type, name, rows, fields):
    CASES.append(dict(id=id, doc_type=doc_type, name=name, rows=rows, fields=fields))


def _u(c: str) -> float:
    return 0.5 if c == " " else 0.55 if c.isascii() else 1.0


def para(text: str, x: int = LEFT, width: float = 36.0, indent: bool = True) -> list:
    """A paragraph wrapped where a word processor wraps it (first line indented two letters)."""
    rows, cur, used, first = [], "", 0.0, indent
    for c in text:
        lim = width - (2 if first else 0) - (x - LEFT) / 36.0
        if cur and used + _u(c) > lim and c not in _NOSTART:
            rows.append((cur, x + (72 if first else 0)))
            cur, used, first = "", 0.0, False
        cur += c
        used += _u(c)
    if cur:
        rows.append((cur, x + (72 if first else 0)))
    return rows


def _ck(d12: str) -> str:
    """The check digit of a CNIPA application number (weights 2..9,2..5, mod 11, 10 is X)."""
    s = sum(int(c) * w for c, w in zip(d12, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11
    return "X" if s == 10 else str(s)


def zl(d12: str) -> str:
    return f"ZL{d12}.{_ck(d12)}"


RL = "recommendation_letter"
PSE, SE, EN, AE, TE = ("professorate_senior_engineer", "senior_engineer", "engineer",
                       "assistant_engineer", "technician")


# ---------------------------------------------------------------------------------------------
# letters without a title
# ---------------------------------------------------------------------------------------------

# No heading; 推荐 appears once, in the last sentence; the signature line says 签名, not 推荐人.
case("j-rl-zhi-heading-recommend-once-late", RL, "魏长松", [
    "致：四川省工程技术系列机械专业高级职称评审委员会",
    *para("本人与中国第二重型机械集团德阳万航模锻有限责任公司工艺技术部的魏长松同志相识于"
          "2014年，当时我们共同承担了大型模锻压机关键构件制造工艺攻关项目。此后十年间，他"
          "先后负责了钛合金整体框锻件、起落架外筒模锻件等多项新产品的工艺开发，编制工艺规程"
          "40余份，解决了锻件折叠、晶粒粗大等质量难题，锻件一次交检合格率由86%提高到97%。"),
    *para("魏长松同志工作严谨，善于把现场问题上升为工艺规范，他总结的《大型钛合金模锻件热"
          "加工工艺控制要点》已在公司内推广使用。就我所见，他的技术水平和工作业绩已达到高级"
          "工程师的要求，我愿意推荐他申报高级工程师资格。"),
    ("签名：刘汉清", 900),
    ("正高级工程师", 900),
    ("中国第二重型机械集团有限公司技术中心", 720),
    ("2024年5月8日", R),
], dict(recommender="刘汉清", recommender_title=PSE, candidate="魏长松"))

# 尊敬的… heading, then a long biography of the recommender (with his own awards and patents);
# his title is only in the biography.
case("j-rl-zunjing-hubei-recommender-bio-first", RL, "陈思远", [
    "尊敬的湖北省工程技术高级职务评审委员会各位专家：",
    *para("本人熊德明，1968年生，1990年毕业于华中理工大学热能工程专业，同年进入东风汽车"
          "集团有限公司技术中心工作，历任发动机开发部主任工程师、副部长、技术中心副总工程师，"
          "2008年取得教授级高级工程师资格，享受国务院政府特殊津贴。本人长期从事商用车柴油"
          "发动机燃烧系统开发，主持国家863计划项目1项，获湖北省科学技术进步奖一等奖2项、"
          "中国汽车工业科学技术进步奖二等奖1项，获授权发明专利11项，现兼任中国内燃机学会理事。"),
    *para("陈思远同志是我技术中心动力总成开发部的工程师，2013年硕士毕业后一直在我的指导下"
          "从事国六柴油机后处理系统标定与开发工作。他负责的DOC+DPF+SCR集成后处理系统匹配"
          "项目已在东风天龙系列重卡上批量应用，整车油耗降低3.5%；作为第二发明人获授权发明"
          "专利2项，在《内燃机工程》发表论文2篇。"),
    *para("该同志专业基础扎实，具备独立解决复杂技术问题的能力，本人推荐其申报高级工程师资格。"),
    ("推荐人：熊德明", 900),
    ("2023年8月22日", R),
], dict(recommender="熊德明", recommender_title=PSE, candidate="陈思远"))

# 致：… heading; a Chinese body and an English closing; the name is given in both scripts.
case("j-rl-bilingual-english-closing", RL, "范凌云", [
    "致：重庆市电子信息工程技术高级职称评审委员会",
    *para("本人在英特尔产品（成都）有限公司担任测试工程总监期间，与范凌云同志共事五年。她"
          "负责晶圆级封装产品的测试程序开发与良率分析，主导建立了基于机器学习的测试数据"
          "异常检测平台，使测试时间缩短18%，每年为工厂节约测试成本约1200万元。"),
    *para("2019年范凌云同志加入重庆西永微电子产业园区的SiP封装企业后，带领团队完成了车规级"
          "功率模块测试线的建设，通过IATF 16949体系审核。我认为她已具备高级工程师的专业能力，"
          "特此推荐其申报高级工程师。"),
    "Yours sincerely,",
    "Richard Tan (谭立仁)",
    "Senior Engineer / 高级工程师",
    "Director of Test Engineering, Intel Products (Chengdu) Ltd.",
    "Date: 12 March 2022",
], dict(recommender="谭立仁", recommender_title=SE, candidate="范凌云"))

# Bilingual again, but the recommender's title is printed only in the English closing.
case("j-rl-bilingual-title-only-in-english", RL, "戴文杰", [
    ("Letter of Recommendation", 620),
    ("推荐信", 760),
    "尊敬的评审专家：",
    *para("戴文杰同志2012年进入重庆水泵厂有限责任公司技术中心，长期从事核电站及大型火电机组"
          "给水泵的水力设计和转子动力学分析。他主持完成了百万千瓦级核电机组主给水泵水力模型"
          "的优化，泵组效率提高2.1个百分点，产品已在两台核电机组上运行；作为第一发明人获授权"
          "发明专利3项。"),
    *para("我作为他的部门负责人，对其工作十分了解，推荐他申报高级工程师资格。"),
    "Best regards,",
    "林国栋  Lin Guodong",
    "Professorate Senior Engineer",
    "Chief Engineer, Chongqing Pump Industry Co., Ltd.",
    ("2023-10-09", 1100),
], dict(recommender="林国栋", recommender_title=PSE, candidate="戴文杰"))

# An evaluation (评价) by a colleague; 推荐 appears once, in the last line; the signer is 评价人.
case("j-rl-evaluation-heading-recommend-once", RL, "韦振东", [
    Title("关于韦振东同志专业技术工作的评价"),
    *para("韦振东同志，1989年8月出生，2011年毕业于重庆理工大学机械设计制造及其自动化专业，"
          "现任重庆建设机电有限责任公司压缩机事业部工艺科科长，工程师。"),
    *para("该同志从事汽车空调压缩机零部件加工工艺工作十年，负责了涡旋盘加工生产线的工艺"
          "规划和设备选型，主导完成动涡旋盘型线精加工工序的国产化替代，单件加工成本下降"
          "27%；组织编制了事业部工艺文件管理办法，并培养了6名工艺技术员。"),
    *para("该同志专业理论基础扎实，能独立承担复杂工艺问题的分析与处理，工作作风踏实。以上"
          "评价属实，同意推荐其申报高级工程师。"),
    ("评价人：程继武", 860),
    ("职　称：高级工程师", 860),
    ("单　位：重庆建设机电有限责任公司", 860),
    ("2020年9月25日", R),
], dict(recommender="程继武", recommender_title=SE, candidate="韦振东"))

# The candidate's name appears only in a 被推荐人 line in the foot block; the letter says 该同志.
case("j-rl-candidate-named-at-foot", RL, "彭一鸣", [
    Title("推荐信"),
    "重庆市环境保护工程技术高级职称评审委员会：",
    *para("我所推荐的同志现任重庆市生态环境科学研究院大气环境研究所副所长，2010年参加工作，"
          "长期从事大气污染源解析和臭氧污染防控研究。该同志主持完成了主城都市区挥发性"
          "有机物排放清单编制和臭氧污染成因分析项目，研究结论被生态环境部门采纳，用于制定"
          "夏季臭氧污染应急管控方案。"),
    *para("该同志思路清晰，组织协调能力强，在团队中起到技术骨干作用，已具备高级工程师的"
          "任职条件。"),
    ("被推荐人：彭一鸣　　申报资格：高级工程师", 560),
    ("推荐人：汪德海　　职称：正高级工程师", 560),
    ("推荐人单位：重庆市生态环境监测中心", 560),
    ("2022年11月30日", R),
], dict(recommender="汪德海", recommender_title=PSE, candidate="彭一鸣"))

# A senior economist recommends an engineer: a title of another series.
case("j-rl-senior-economist-other-series", RL, "鲁志刚", [
    "尊敬的重庆市建设工程技术高级职称评审委员会各位评委：",
    *para("鲁志刚同志是重庆建工第三建设有限责任公司第五项目部项目总工，2009年参加工作，先后"
          "负责了重庆来福士广场塔楼、寸滩国际邮轮母港等工程的施工技术管理。他组织的超高层"
          "塔楼核心筒液压爬模施工技术获重庆市建设工程施工工法1项，相关成果获中国施工企业"
          "管理协会工程建设科学技术进步奖二等奖。"),
    *para("本人分管公司工程技术和经营工作，与鲁志刚同志共事多年，推荐其申报高级工程师。"),
    ("推荐人：覃丽萍", 880),
    ("职务/职称：副总经理／高级经济师", 880),
    ("重庆建工第三建设有限责任公司", 880),
    ("2024年4月11日", R),
], dict(recommender="覃丽萍", recommender_title="高级经济师", candidate="鲁志刚"))

# The recommender is named with his post only (总工程师): the page shows no title.
case("j-rl-post-only-no-title", RL, "柯佳宁", [
    Title("推 荐 函"),
    "重庆市建材行业工程技术中级职称评审委员会：",
    *para("柯佳宁同志2016年毕业于重庆大学材料科学与工程专业，进入重庆富皇建材有限公司技术部"
          "从事预拌混凝土配合比设计与质量控制工作。她负责的机制砂高性能混凝土配合比优化"
          "项目每年节约水泥约6000吨，并参与编写了公司企业标准2项。该同志勤奋好学，能独立"
          "处理生产中的技术问题，我推荐其申报工程师。"),
    ("推荐人：柯宏远（重庆富皇建材有限公司总工程师）", 600),
    ("2021年6月17日", R),
], dict(recommender="柯宏远", candidate="柯佳宁"))


# ---------------------------------------------------------------------------------------------
# other provinces' forms
# ---------------------------------------------------------------------------------------------

# 四川: 破格申报推荐意见 with three experts' rows (姓名 | 职务 | 单位 | 签名); the first is the
# recommender; the second is a 研究员.
case("j-rl-sichuan-poge-three-experts", RL, "罗宏伟", [
    ("附件3", LEFT),
    Title("专业技术人员破格申报推荐意见"),
    ("（四川省职称评审用表）", 640),
    *cells(("申报人姓名", "罗宏伟"),
           ("工作单位", "四川九洲电器集团有限责任公司"),
           ("现专业技术职务", "工程师"),
           ("拟破格申报", "高级工程师")),
    "破格条件及推荐意见：",
    *para("罗宏伟同志参加工作8年，主持完成二次雷达数字化接收机研制，产品列装后故障率下降"
          "60%，获四川省科学技术进步奖二等奖1项（排名第二），获授权发明专利3项，符合"
          "《四川省工程技术人员破格申报高级工程师条件》第三条第（二）项的规定。"),
    "推荐专家：",
    [("姓　名", LEFT), ("专业技术职务", 440), ("工作单位", 780), ("签　名", 1320)],
    [("蒋国栋", LEFT), ("正高级工程师", 440), ("四川九洲电器集团有限责任公司", 780), ("蒋国栋", 1320)],
    [("吴文秀", LEFT), ("研究员", 440), ("中国电科十所", 780), ("吴文秀", 1320)],
    [("邱建华", LEFT), ("高级工程师", 440), ("电子科技大学", 780), ("邱建华", 1320)],
    ("以上专家一致同意推荐。", IND),
    ("2022年7月15日", R),
], dict(recommender="蒋国栋", recommender_title=PSE, candidate="罗宏伟"))

# 贵州: 同行专家鉴定意见 ending in 鉴定结论：同意推荐; the expert is captioned 鉴定专家.
case("j-rl-guizhou-peer-appraisal", RL, "龙启明", [
    Title("同行专家鉴定意见"),
    ("（贵州省工程技术人才职称评审）", 580),
    *cells(("被鉴定人", "龙启明"),
           ("单　　位", "贵州詹阳动力重工有限公司"),
           ("申报资格", "正高级工程师"),
           ("专　　业", "工程机械")),
    "鉴定意见：",
    *para("经审阅龙启明同志提交的业绩材料，该同志主持研制了轮式全地形工程车和高原型多功能"
          "抢险救援车，主持的“特种工程机械电液控制关键技术”项目获贵州省科学技术进步奖二等奖"
          "（排名第一），作为第一发明人获授权发明专利5项，主持制定团体标准1项。其专业理论"
          "水平和解决复杂工程问题的能力已达到正高级工程师水平。"),
    ("鉴定结论：同意推荐。", IND),
    *cells(("鉴定专家", "王朝贵"),
           ("职　　称", "正高级工程师"),
           ("工作单位", "贵州航天特种车有限责任公司")),
    [("专家签名：王朝贵", LEFT), ("2024年3月18日", R)],
], dict(recommender="王朝贵", recommender_title=PSE, candidate="龙启明"))

# 贵州: 专家推荐书 that opens with the recommending expert's biography (his own award, patents,
# an industry standard) before the candidate is named.
case("j-rl-guizhou-expert-bio-section", RL, "吴启航", [
    Title("专家推荐书"),
    ("贵州省工程技术中级职称评审", 580),
    "一、推荐专家简介",
    *para("杨光荣，男，1975年出生，高级工程师，现任贵州黔源电力股份有限公司生产技术部主任。"
          "1997年毕业于武汉水利电力大学水利水电工程专业，长期从事水电站运行维护与技术改造"
          "工作，主持完成北盘江光照水电站机组状态监测系统改造等项目，获贵州省科学技术进步奖"
          "三等奖1项，获授权实用新型专利6项，参与编写电力行业标准1项。"),
    "二、被推荐人基本情况",
    *cells(("姓　　名", "吴启航"),
           ("工作单位", "贵州黔源电力股份有限公司光照发电厂"),
           ("现任职务", "运行值长"),
           ("申报资格", "工程师")),
    "三、推荐意见",
    *para("吴启航同志熟悉大型混流式水轮发电机组的运行规程，参与了机组调速器和励磁系统的"
          "改造调试，编写了厂用电系统倒闸操作典型票，能够正确处理机组常见故障。同意推荐其"
          "申报工程师。"),
    [("推荐专家签名：杨光荣", LEFT), ("2021年5月20日", R)],
], dict(recommender="杨光荣", recommender_title=SE, candidate="吴启航"))

# 湖北: 专家推荐书 whose roles head the columns, 推荐人 first, sharing 姓名/单位/职称.
case("j-rl-hubei-columns-recommender-first", RL, "严冬梅", [
    ("湖北省专业技术职务任职资格评审", 560),
    Title("专 家 推 荐 书"),
    [("项　目", LEFT), ("推荐人", 520), ("被推荐人", 1040)],
    [("姓　名", LEFT), ("胡振邦", 520), ("严冬梅", 1040)],
    [("单　位", LEFT), ("武汉重型机床集团有限公司", 520), ("武汉华中数控股份有限公司", 1040)],
    [("职　称", LEFT), ("正高级工程师", 520), ("高级工程师", 1040)],
    [("专　业", LEFT), ("机械制造", 520), ("数控技术", 1040)],
    [("申报职称", LEFT), ("正高级工程师", 1040)],
    "推荐理由：",
    *para("严冬梅同志主持开发了五轴联动数控系统RTCP功能及误差补偿模块，系统已配套国产五轴"
          "机床1000余台；获湖北省科学技术进步奖一等奖1项（排名第三），获授权发明专利7项。"
          "同意推荐其申报正高级工程师。"),
    [("推荐人签名：胡振邦", 700), ("2023年9月1日", 1100)],
], dict(recommender="胡振邦", recommender_title=PSE, candidate="严冬梅"))

# 湖北: 同行专家评议意见表 with three numbered experts after the opinion.
case("j-rl-hubei-peer-review-three-experts", RL, "万家宁", [
    Title("同行专家评议意见表"),
    ("（湖北省工程系列高级职称评审用）", 560),
    *cells(("申 报 人", "万家宁"),
           ("单　　位", "中国船舶集团有限公司第七一九研究所"),
           ("申报资格", "正高级工程师")),
    "评议意见：",
    *para("万家宁同志长期从事舰船动力系统减振降噪研究，主持完成了浮筏隔振装置工程化研制，"
          "获湖北省科学技术进步奖一等奖1项（排名第二）、中国造船工程学会科学技术奖二等奖"
          "1项，获授权发明专利8项，在《振动工程学报》等期刊发表论文12篇。评议专家一致认为"
          "该同志已达到正高级工程师水平，同意推荐其申报正高级工程师。"),
    "评议专家：",
    [("序号", LEFT), ("姓　名", 320), ("职　称", 560), ("工作单位", 940), ("签名", 1400)],
    [("1", LEFT), ("黎光耀", 320), ("研究员级高级工程师", 560), ("武昌船舶重工集团", 940),
     ("黎光耀", 1400)],
    [("2", LEFT), ("郝秋生", 320), ("正高级工程师", 560), ("武汉船用机械公司", 940),
     ("郝秋生", 1400)],
    [("3", LEFT), ("夏　铭", 320), ("教授", 560), ("华中科技大学", 940), ("夏铭", 1400)],
    ("2024年6月3日", R),
], dict(recommender="黎光耀", recommender_title=PSE, candidate="万家宁"))

# 广东: 业内专家推荐函 with a file number, ending in a signature table.
case("j-rl-guangdong-industry-expert-letter", RL, "潘家俊", [
    Title("业内专家推荐函"),
    ("编号：GD-ZN-2023-0417", 1060),
    "广东省工程技术人才职称评审委员会（智能制造）：",
    *para("兹有广州数控设备有限公司伺服驱动研究所所长潘家俊同志申报正高级工程师资格。本人"
          "作为业内专家，对其业绩情况说明如下："),
    *para("潘家俊同志主持研制了高性能交流伺服驱动器及伺服电机系列产品，年销量30万台套，"
          "获广东省科学技术进步奖二等奖1项（排名第一），作为第一发明人获授权发明专利9项，"
          "参与修订国家标准《交流伺服系统通用技术条件》，在伺服控制领域有较高的行业影响力。"),
    ("综上，本人郑重推荐。", IND),
    [("推荐人签字", LEFT), ("职　称", 460), ("工作单位", 760), ("日　期", 1260)],
    [("邝志雄", LEFT), ("正高级工程师", 460), ("广东工业大学", 760), ("2023.06.20", 1260)],
], dict(recommender="邝志雄", recommender_title=PSE, candidate="潘家俊"))

# 广东: 业内专家推荐意见 with three experts stacked in the foot (专家一/二/三).
case("j-rl-guangdong-three-experts-stacked", RL, "麦浩然", [
    Title("业内专家推荐意见"),
    *cells(("被推荐人", "麦浩然"),
           ("工作单位", "美的集团股份有限公司厨房和热水事业部"),
           ("拟申报资格", "高级工程师"),
           ("专　　业", "家用电器")),
    "推荐意见：",
    *para("麦浩然同志负责变频电磁加热控制平台开发，产品年产量超过500万台，作为第一发明人获"
          "授权发明专利4项，参与制定行业标准1项。我们认为其已具备高级工程师水平，同意推荐。"),
    [("专家一：梁嘉豪", LEFT), ("正高级工程师", 520), ("广东美的制冷设备有限公司", 860)],
    [("专家二：区永昌", LEFT), ("高级工程师", 520), ("格兰仕集团", 860)],
    [("专家三：冼卫平", LEFT), ("教授", 520), ("华南理工大学", 860)],
    ("2022年12月8日", R),
], dict(recommender="梁嘉豪", recommender_title=PSE, candidate="麦浩然"))


# ---------------------------------------------------------------------------------------------
# forms that share captions
# ---------------------------------------------------------------------------------------------

# Roles in a merged left cell, printed on the middle row of each block of 姓名/单位/职称.
case("j-rl-merged-role-cells", RL, "姚晓丹", [
    Title("职称申报推荐表"),
    [("姓　名", 380), ("姚晓丹", 640)],
    [("被推荐人", LEFT), ("单　位", 380), ("重庆海装风电工程技术有限公司", 640)],
    [("职　称", 380), ("工程师", 640)],
    [("姓　名", 380), ("尹正茂", 640)],
    [("推荐人", LEFT), ("单　位", 380), ("中国船舶集团海装风电股份有限公司", 640)],
    [("职　称", 380), ("正高级工程师", 640)],
    [("申报职称", LEFT), ("高级工程师", 640)],
    "推荐意见：",
    *para("姚晓丹同志负责海上风电机组主控系统载荷优化与降载控制策略开发，相关成果已应用于"
          "H256-16MW机组，整机载荷降低约8%。同意推荐其申报高级工程师。"),
    [("推荐人签名：尹正茂", LEFT), ("2023年12月5日", R)],
], dict(recommender="尹正茂", recommender_title=PSE, candidate="姚晓丹"))

# Captions and values in English and Chinese.
case("j-rl-bilingual-form-captions", RL, "余泽宇", [
    Title("专家推荐书"),
    ("Expert Recommendation", 660),
    *cells(("被推荐人 Candidate", "余泽宇"),
           ("申报资格 Applying for", "高级工程师 Senior Engineer"),
           ("推荐人 Recommender", "卓立峰"),
           ("职称 Title", "正高级工程师 Professorate Senior Engineer"),
           ("单位 Affiliation", "中国汽车工程研究院股份有限公司"), value_x=LEFT + 440),
    "推荐意见 Comments：",
    *para("余泽宇同志从事智能网联汽车功能安全与预期功能安全测试评价工作，主持搭建了自动驾驶"
          "场景库和仿真测试平台，参与制定国家标准2项。同意推荐。"),
    ("签名 Signature：卓立峰", 860),
    ("日期 Date：2024-02-26", 860),
], dict(recommender="卓立峰", recommender_title=PSE, candidate="余泽宇"))


# ---------------------------------------------------------------------------------------------
# signature tables, letterheads
# ---------------------------------------------------------------------------------------------

case("j-rl-signature-table", RL, "尚志远", [
    Title("推荐信"),
    "重庆市建筑工程技术中级职称评审委员会：",
    *para("尚志远同志2016年毕业于重庆交通大学土木工程专业，进入中建三局集团有限公司西南公司"
          "工作，先后在重庆江北国际机场T3B航站楼、重庆东站等项目担任技术员和技术主管，负责"
          "钢结构深化设计、BIM综合排布及施工方案编制，参与的项目获中国建设工程鲁班奖1项。"),
    *para("该同志专业基础扎实，能独立完成一般工程的技术管理工作，具备工程师的能力。"),
    ("特此推荐。", IND),
    [("推荐人签字", LEFT), ("职　称", 480), ("工作单位", 780), ("日　期", 1280)],
    [("邹启航", LEFT), ("高级工程师", 480), ("中建三局西南公司", 780), ("2021.9.14", 1280)],
], dict(recommender="邹启航", recommender_title=SE, candidate="尚志远"))

# A company's letterhead; 推荐信 in small print under it.
case("j-rl-company-letterhead-small-heading", RL, "钟明远", [
    Title("重庆长江轴承股份有限公司"),
    ("CHONGQING CHANGJIANG BEARING CO., LTD.", 520),
    "地址：重庆市江北区港安二路18号　电话：023-67712345",
    "——————————————————————————————",
    ("推荐信", 770),
    "评审委员会各位专家：",
    *para("我公司技术中心钟明远同志2010年进入公司工作，从事汽车轮毂轴承单元的设计开发，"
          "主持开发了第三代轮毂轴承单元平台产品，已为长安、吉利等主机厂配套，年销量120万"
          "套；主持的“轮毂轴承单元密封结构及寿命提升关键技术”项目通过重庆市经济和信息化"
          "委员会组织的鉴定，获授权发明专利2项、实用新型专利9项。"),
    *para("本人作为公司分管技术的负责人，推荐钟明远同志申报高级工程师。"),
    ("推荐人：袁世杰", 900),
    ("公司副总经理、总工程师　正高级工程师", 640),
    ("2022年10月28日", R),
], dict(recommender="袁世杰", recommender_title=PSE, candidate="钟明远"))

# A university's letterhead; the recommender is a professor (another series).
case("j-rl-university-letterhead-professor", RL, "任嘉伟", [
    Title("西南交通大学"),
    ("SOUTHWEST JIAOTONG UNIVERSITY", 560),
    ("推 荐 信", 760),
    "四川省交通运输工程技术高级职称评审委员会：",
    *para("任嘉伟同志是我指导的2012届硕士研究生，毕业后在中铁二院工程集团有限责任公司从事"
          "高速铁路桥梁设计工作，先后参与成贵高铁、川藏铁路雅安至林芝段桥梁设计，主持完成"
          "山区大跨度铁路钢混组合梁桥设计关键技术研究，成果获中国铁道学会铁道科技奖二等奖。"),
    *para("该同志理论基础扎实，工程经验丰富，我推荐其申报高级工程师。"),
    ("推荐人：马骁腾", 860),
    ("职称：教授、博士生导师", 860),
    ("西南交通大学土木工程学院", 860),
    ("2021年12月2日", R),
], dict(recommender="马骁腾", recommender_title="教授", candidate="任嘉伟"))

# A research institute's letterhead and 致：… heading; the recommender is a 研究员.
case("j-rl-institute-letterhead-researcher", RL, "苟明亮", [
    Title("中国科学院成都有机化学研究所"),
    ("推荐信", 770),
    "致：四川省化工工程技术高级职称评审委员会",
    *para("苟明亮同志2014年于我所获得博士学位，现任四川天华股份有限公司技术中心副主任，"
          "从事煤制乙二醇催化剂工业化应用研究。他负责的草酸酯加氢催化剂放大项目已在20万吨"
          "级装置上稳定运行两年，乙二醇选择性达到95%以上。"),
    *para("我是苟明亮同志的博士生导师，了解其学术能力和工程能力，推荐其申报高级工程师。"),
    ("推荐人：包永年", 880),
    ("研究员", 880),
    ("2023年3月14日", R),
], dict(recommender="包永年", recommender_title="研究员", candidate="苟明亮"))

# A design institute's letterhead; the title shares a line with the post.
case("j-rl-design-institute-letterhead", RL, "方子健", [
    Title("中机中联工程有限公司"),
    ("China Machinery TDI International Engineering Co., Ltd.", 420),
    ("推荐信", 770),
    "重庆市工程技术系列（建筑）高级职称评审委员会：",
    *para("方子健同志2011年进入我公司建筑设计院工作，现任暖通专业负责人，主持了重庆国际博览"
          "中心二期、西部（重庆）科学城科学会堂等项目的暖通空调设计，设计的大空间分层空调"
          "方案获重庆市优秀工程勘察设计一等奖。该同志具备高级工程师的专业能力，我推荐其"
          "申报高级工程师。"),
    ("推荐人：屠明哲", 880),
    ("总工程师、正高级工程师", 880),
    ("2022年4月19日", R),
], dict(recommender="屠明哲", recommender_title=PSE, candidate="方子健"))


# ---------------------------------------------------------------------------------------------
# OCR damage a human still reads
# ---------------------------------------------------------------------------------------------

case("j-rl-ocr-tuijianru-zhini", RL, "屈晓峰", [
    Title("职称申报推荐意见表"),
    *cells(("被推荐入", "屈晓峰"),
           ("工作单位", "重庆华峰化工有限公司"),
           ("申报职称", "高级工程师")),
    *cells(("推荐入", "符建国"),
           ("推荐人职祢", "正高级工程师"),
           ("推荐人单位", "重庆化医控股（集团）公司")),
    "推荐意见：",
    *para("屈晓峰同志负责己二酸装置硝酸氧化工段的节能改造，回收反应余热用于副产蒸汽，年节约"
          "标煤1.6万吨；主持编制了装置安全操作规程。同意推荐其申报高级工程师。"),
    ("推荐入签名：符建国", 860),
    ("2O23年4月6日", R),
], dict(recommender="符建国", recommender_title=PSE, candidate="屈晓峰"))

# A college's seal reads across the signature line.
case("j-rl-seal-across-signature", RL, "钱卓然", [
    Title("推荐信"),
    "重庆市机械工程高级职称评审委员会：",
    *para("钱卓然同志2013年毕业于重庆大学机械工程专业，现任重庆大江工业有限责任公司技术中心"
          "工艺室主任，负责特种车辆车身焊装工艺。在重庆大学与该公司共建的焊接机器人联合实验室"
          "中，他负责了厚板多层多道机器人焊接工艺开发，焊缝一次探伤合格率由91%提升到98.5%。"),
    *para("本人作为联合实验室的技术负责人，推荐钱卓然同志申报高级工程师。"),
    [("推荐人：闻立军", 820), ("重庆大学机械学院（公章）", 960)],
    ("职称：正高级工程师", 820),
    ("单位：重庆大学机械与运载工程学院实验中心", 820),
    ("2023年11月2日", R),
], dict(recommender="闻立军", recommender_title=PSE, candidate="钱卓然"))

# Half-width punctuation throughout; 教授级高工 on one line with the name.
case("j-rl-halfwidth-guangdong", RL, "黎嘉欣", [
    "致:广东省工程系列电子信息专业高级职称评审委员会",
    *para("黎嘉欣同志2013年硕士毕业后进入广州海格通信集团股份有限公司,从事短波通信设备的"
          "数字信号处理算法开发,主持完成了自适应短波跳频电台基带模块的研制,产品已批量交付."
          "她作为第一发明人获授权发明专利3项,在<<电讯技术>>发表论文2篇.本人同意推荐其申报"
          "高级工程师.", indent=False),
    "推荐人:骆永健,教授级高工",
    "单位:广州海格通信集团股份有限公司",
    ("2023-07-18", 1100),
], dict(recommender="骆永健", recommender_title=PSE, candidate="黎嘉欣"))

# Table rules read as bars; 推存人 and 单仿 for 推荐人 and 单位.
case("j-rl-ocr-bars-lookalikes", RL, "左文博", [
    Title("推 荐 意 见"),
    "|被推荐人:左文博 |申报资格:高级工程师 |",
    *para("左文博同志在重庆电力设计院有限责任公司从事变电站电气一次设计,主持110kV及以上"
          "变电站设计15座,负责的智能变电站预制舱式二次设备布置方案已在国网重庆市电力公司"
          "推广应用.同意推荐.", indent=False),
    "|推存人:郁文涛 |职称:高级工程师 |",
    "|单仿:国网重庆市电力公司经济技术研究院 |",
    ("2019.11.06", 1100),
], dict(recommender="郁文涛", recommender_title=SE, candidate="左文博"))


# ---------------------------------------------------------------------------------------------
# letters that name other document kinds' things
# ---------------------------------------------------------------------------------------------

case("j-rl-awards-patents-papers-standards", RL, "蓝海涛", [
    Title("推荐意见"),
    *para("蓝海涛同志现任重庆齿轮箱有限责任公司技术中心副主任，长期从事风电齿轮箱的设计与"
          "可靠性研究。主要业绩如下："),
    *para("1．主持的“大功率风电齿轮箱设计制造关键技术及产业化”项目荣获2021年度重庆市科学"
          "技术进步奖一等奖（排名第二）；"),
    *para("2．作为第一发明人获授权发明专利“一种风电齿轮箱行星架的柔性销轴结构”，专利号"
          f"{zl('201910345678')}，另获实用新型专利6项；"),
    *para("3．主持制定地方标准DB50/T 1321-2022《风电齿轮箱再制造技术规范》，参与制定国家"
          "标准1项；"),
    *para("4．在《机械工程学报》（ISSN 0577-6686，CN 11-2187/TH）等期刊发表论文7篇；主持的"
          "重庆市技术创新与应用发展专项项目于2022年12月通过验收。"),
    *para("该同志业绩突出，已达到正高级工程师水平，同意推荐其申报正高级工程师。"),
    ("推荐专家：曹正勇（正高级工程师）", 760),
    ("中国船舶集团重庆船舶工业有限公司", 760),
    ("2023年5月26日", R),
], dict(recommender="曹正勇", recommender_title=PSE, candidate="蓝海涛"))

# An engineer recommends for 助理工程师.
case("j-rl-engineer-for-assistant", RL, "蔡佳怡", [
    Title("初级专业技术资格申报推荐意见"),
    "重庆市綦江区工程技术初级职称评审委员会：",
    *para("蔡佳怡同志2020年7月毕业于重庆电子工程职业学院电气自动化技术专业，进入重庆綦江"
          "齿轮传动有限公司设备动力部工作，负责车间数控机床和热处理设备的电气维护，参与了"
          "渗碳炉温控系统的PLC改造，能够独立处理常见电气故障。同意推荐其申报助理工程师。"),
    ("推荐人：易小川", 900),
    ("职　称：工程师", 900),
    ("2022年9月5日", R),
], dict(recommender="易小川", recommender_title=EN, candidate="蔡佳怡"))


# ---------------------------------------------------------------------------------------------
# unit recommendation forms (a 单位负责人 signs; no expert recommender on the page)
# ---------------------------------------------------------------------------------------------

case("j-rl-unit-opinion-form", RL, "乔永福", [
    Title("专业技术职务任职资格申报单位推荐意见"),
    *cells(("申 报 人", "乔永福"),
           ("现任职务", "设备工程师"),
           ("现专业技术职称", "工程师（2018年12月）"),
           ("申报职称", "高级工程师")),
    "单位推荐意见：",
    *para("经单位公示（2023年6月1日至6月7日），无异议。该同志申报材料真实，业绩突出，经公司"
          "职称推荐工作小组研究，同意推荐其申报高级工程师。"),
    [("单位负责人（签字）：邵建平", LEFT), ("（单位公章）", 1000)],
    ("重庆三峰环境集团股份有限公司", 900),
    ("2023年6月9日", R),
], dict(candidate="乔永福"))

case("j-rl-unit-recommendation-letter", RL, "邬晓光", [
    Title("单位推荐意见"),
    "重庆市交通运输工程技术高级职称评审委员会：",
    *para("我单位职工邬晓光同志，1985年3月出生，2008年毕业于西南交通大学交通运输专业，现任"
          "运营分公司调度中心副主任，工程师。该同志长期从事城市轨道交通行车调度与运营组织"
          "工作，参与编制了重庆轨道交通线网运营组织方案，主持完成了跨座式单轨列车运行图"
          "优化，高峰时段运能提升12%。"),
    *para("经我单位职称推荐工作小组审核并公示，同意推荐邬晓光同志申报高级工程师任职资格。"),
    ("特此函告。", IND),
    ("单位负责人：颜宏斌", 900),
    ("重庆市轨道交通（集团）有限公司（盖章）", 640),
    ("2022年8月16日", R),
], dict(candidate="邬晓光"))
