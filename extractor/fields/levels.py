"""The level of a project, award, report or recognition from who issued it (CONTRACT §2).

The contract's reading of 级别, followed exactly:

- ``national`` 国家级: 国务院 and 国家… awards and programmes (国家科学技术进步奖,
  国家重点研发计划), and anything that says 国家级.
- ``provincial`` 省（部）级: ministries and commissions of the State Council (科学技术部,
  工业和信息化部, 国家发展和改革委员会, 国家知识产权局 …: 部 level is 省（部）级, not national),
  provincial governments and their departments (四川省人民政府, 四川省科学技术厅), and the
  four municipalities directly under the central government (重庆市/北京市/上海市/天津市
  人民政府 and their 委/局): 重庆 is a province-level unit.
- ``municipal`` 地（市）级: governments of prefecture-level cities and their departments
  (成都市人民政府), and — the careful reading for 重庆 — the 区/县 of the four municipalities
  (重庆市渝北区人民政府, 两江新区): they stand where a prefecture stands elsewhere.
- ``enterprise`` 企业/单位级: companies, groups, universities, institutes, hospitals,
  centres (the issuer is a unit, even one under a ministry: 工业和信息化部人才交流中心).

``None`` (with the reason) where the name does not settle it: associations and societies
(学会, 协会, 联合会: their level depends on who set up or recognised the award, 第十六条（五）),
county governments outside the municipalities (below 地（市）级), and names with no marker.
A county-level city (迁安市) cannot be told from a prefecture by its name and reads as
``municipal``; a bare district name on 重庆's list (江北区) is read as 重庆's, and so are the
development zones a district runs (重庆高新区, 重庆经开区, 长寿经开区): they stand where the
district stands, never where the municipality does.

A name that leaves its city out (``市经信委``, ``市科技局``: what a document of 重庆 prints
for 重庆市经济和信息化委员会) is the city's organ: with ``city`` given (the city the
document belongs to, ``home_city``) it is read as that city's — 省（部）级 for a
municipality, 地（市）级 for any other city; without it, as a city's (地（市）级).

>>> level_of('中华人民共和国科学技术部')
(<Level.PROVINCIAL: 'provincial'>, '中华人民共和国科学技术部：为中央部委，按省（部）级计')
>>> level_of('国家科学技术进步奖')[0]
<Level.NATIONAL: 'national'>
>>> level_of('重庆市人民政府')[0]
<Level.PROVINCIAL: 'provincial'>
>>> level_of('重庆市渝北区人民政府')[0]
<Level.MUNICIPAL: 'municipal'>
>>> level_of('中国机械工程学会')[0] is None
True
>>> level_of('市经信委', city='重庆')
(<Level.PROVINCIAL: 'provincial'>, '市经信委：材料属重庆市，“市”指重庆市（直辖市），按省级计')
>>> level_of('重庆高新区管委会')
(<Level.MUNICIPAL: 'municipal'>, '重庆高新区管委会：重庆高新区为重庆市辖区，按地（市）级计')
>>> level_of('重庆市荣昌县科学技术委员会')[0], level_of('重庆市璧山县人民政府')[0], level_of('重庆市永川市科委')[0]
(<Level.MUNICIPAL: 'municipal'>, <Level.MUNICIPAL: 'municipal'>, <Level.MUNICIPAL: 'municipal'>)
>>> level_of('两江新区经信局')[0], level_of('长寿经开区')[0]
(<Level.MUNICIPAL: 'municipal'>, <Level.MUNICIPAL: 'municipal'>)
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from rules.vocabulary import Level

from .numerals import fold

MUNICIPALITIES = ("重庆", "北京", "上海", "天津")
PROVINCES = ("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
             "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾")
AUTONOMOUS_REGIONS = ("内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
                      "新疆生产建设兵团")
# 重庆's 区县, and the areas the 2022-67 notice addresses beside them.
CHONGQING_DISTRICTS = (
    "万州区", "黔江区", "涪陵区", "渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区",
    "綦江区", "大足区", "渝北区", "巴南区", "长寿区", "江津区", "合川区", "永川区", "南川区", "璧山区",
    "铜梁区", "潼南区", "荣昌区", "开州区", "梁平区", "武隆区", "城口县", "丰都县", "垫江县", "忠县",
    "云阳县", "奉节县", "巫山县", "巫溪县", "石柱土家族自治县", "秀山土家族苗族自治县",
    "酉阳土家族苗族自治县", "彭水苗族土家族自治县", "两江新区", "重庆高新区", "西部科学城", "万盛经开区",
)
# Ministries and commissions named without a 国家/国务院/中华人民共和国 prefix.
MINISTRIES = (
    "科学技术部", "科技部", "工业和信息化部", "工信部", "教育部", "人力资源和社会保障部", "人社部", "财政部",
    "商务部", "交通运输部", "住房和城乡建设部", "住建部", "农业农村部", "水利部", "自然资源部", "生态环境部",
    "应急管理部", "公安部", "民政部", "司法部", "文化和旅游部", "退役军人事务部", "外交部", "国防部",
    "审计署", "海关总署", "中国人民银行", "中国科学院", "中国工程院", "中国社会科学院",
)

_EXPLICIT = (
    (re.compile(r"国家级"), Level.NATIONAL, "名称写明国家级"),
    (re.compile(r"省[(（]?部[)）]?级|省级"), Level.PROVINCIAL, "名称写明省（部）级"),
    (re.compile(r"地[(（]?市[)）]?级|地级|厅局级"), Level.MUNICIPAL, "名称写明地（市）级"),
    (re.compile(r"企业级|单位级|公司级|院级|校级"), Level.ENTERPRISE, "名称写明企业级或单位级"),
    (re.compile(r"区县级|县级"), None, "名称写明县级，低于地（市）级"),
    (re.compile(r"^市级"), None, "只写市级、没有地名，在重庆指直辖市（省级），在其他地方指地级市"
                                 "（地（市）级），无法从名称判断"),
)
# (智能工厂, 数字化工厂, 灯塔工厂: a programme's name, no factory issuing anything)
_UNIT = re.compile(r"公司|集团|企业$|企业级|(?<!智能)(?<!数字化)(?<!示范)(?<!灯塔)(?<!未来)(?<!绿色)工厂|(?<!工)厂$|银行|大学|(?<!科)学院|学校|研究院|研究所|设计院|医院|中心")
_ASSOCIATION = re.compile(r"学会|协会|联合会|科协|促进会|研究会|联盟|商会")
_CENTRAL_ORGAN = re.compile(
    r"^(?:中华人民共和国)?(?:国务院|国家|中共中央)[\u4e00-\u9fff]*?(?:部|委员会|总局|局|署)")
_NATIONAL = re.compile(r"^(?:中华人民共和国)?(?:国务院|国家|中共中央)")
_COUNTY = re.compile(r"^([\u4e00-\u9fff]{1,4}?(?:新区|(?<![社地园城市小矿景片辖])区(?![域块])|县|旗))")
# (a city's name has two letters at least: 天市 is 重庆市 or 天津市 a seal's ring damaged)
_CITY = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?(?<!城)市(?!场|民|级)|[\u4e00-\u9fff]{1,10}?(?:自治州|地区|盟))")


def level_of(text: str, city: str | None = None) -> tuple[Level | None, str]:
    """The level an issuer or award name implies, and why; ``(None, why)`` if it does not.
    ``city``: the city the document belongs to (``home_city``), for a name that leaves
    its city out (``市科技局``).

    >>> level_of("2021年度重庆市工业和信息化专项资金项目")[0].value
    'provincial'
    >>> level_of("国家重点研发计划“网络协同制造和智能工厂”重点专项")[0].value
    'national'
    >>> level_of("第二十届重庆市企业管理现代化创新成果")[0].value
    'provincial'
    """
    if not isinstance(text, str):
        return None, "没有颁发单位或奖项名称"
    whole = "".join(fold(text).split())
    name = re.sub(r"[(（][^)）]{0,8}[)）]", "", whole)  # （代章）, (盖章)
    # …示范项目（省级）: a level stated in brackets, which go with a seal's (代章)
    stated = next(((level, why) for pattern, level, why in _EXPLICIT[:4]
                   for m in re.finditer(r"[(（]([^)）]{1,8})[)）]", whole) if pattern.search(m.group(1))), None)
    if stated is not None:
        return stated[0], f"{whole}：{stated[1]}"
    name = re.sub(r"^(?:19|20)\d\d年度?", "", name)  # 2021年度重庆市…专项: the year names no level
    name = re.sub(r"^第[一二三四五六七八九十百零〇\d]{1,5}届", "", name)  # nor does the edition: 第二十届重庆市…
    # A programme's theme in quotes (…计划“智能工厂”重点专项) names no issuer: its 工厂 is no unit.
    name = re.sub(r"[“「『《][^”」』》]{1,40}[”」』》]", "", name) or name
    if not re.search(r"[\u4e00-\u9fff]", name):
        return None, "没有颁发单位或奖项名称"
    if city and name.startswith("市") and not name.startswith(("市级", "市场")):
        if city in MUNICIPALITIES:
            return Level.PROVINCIAL, f"{name}：材料属{city}市，“市”指{city}市（直辖市），按省级计"
        return Level.MUNICIPAL, f"{name}：材料属{city}市，“市”指{city}市，按地（市）级计"
    for pattern, level, why in _EXPLICIT:
        if pattern.search(name):
            return level, f"{name}：{why}"
    if _UNIT.search(name):
        return Level.ENTERPRISE, f"{name}：为企业或单位颁发，属企业级，不是政府奖励"
    if _ASSOCIATION.search(name):
        return None, (f"{name}：为学会/协会设立，级别取决于设立或认可它的政府部门（第十六条（五）），"
                      "无法从名称判断")
    bare = re.sub(r"^中华人民共.国", "", name)  # (one letter of it OCR damaged: 中华人民共科国工业和信息化部)
    if bare.startswith(MINISTRIES) or _CENTRAL_ORGAN.match(name):
        return Level.PROVINCIAL, f"{name}：为中央部委，按省（部）级计"
    if _NATIONAL.match(name):
        return Level.NATIONAL, f"{name}：以国务院或国家冠名，按国家级计"
    return _by_place(name)


# Real cities one letter from a municipality's name: never taken for its OCR damage.
_NEAR_MUNICIPALITIES = ("安庆", "肇庆", "大庆", "南京", "北海", "上饶", "天水", "天门")


def _by_place(name: str) -> tuple[Level | None, str]:
    """The level a place name at the start of ``name`` gives.

    >>> _by_place("黄庆市人民政府")[0] is None  # 重庆 with its first letter misread: no city of its own
    True
    >>> _by_place("安庆市人民政府")[0].value
    'municipal'
    """
    place = re.match(r"^([\u4e00-\u9fff]{2})市", name)
    near = next((c for c in MUNICIPALITIES if place and place.group(1) != c
                 and Levenshtein.distance(place.group(1), c) == 1), None) if place else None
    if near and place.group(1) not in _NEAR_MUNICIPALITIES:
        return None, f"{name}：{place.group(1)}市疑为{near}市的误读（无此城市），无法判断级别"
    for city in MUNICIPALITIES:
        if name.startswith(city):
            rest = re.sub(r"^市", "", name[len(city):])
            district = _district(rest, chongqing=city == "重庆", city=city)
            if district:
                return Level.MUNICIPAL, f"{name}：{district}为{city}市{_under(district)}，按地（市）级计"
            if re.match(r"[\u4e00-\u9fff]{0,2}[区县](?![域级])", rest):
                # 重庆市区人力资源…局, 重庆市津区…: a district's name OCR lost or damaged, and
                # a district's body is no municipal commission
                return None, f"{name}：区县名称不全，看不出是{city}市还是其区县，无法判断级别"
            return Level.PROVINCIAL, f"{name}：{city}市为直辖市，按省级计"
    district = _district(name, chongqing=True)
    if district:
        return Level.MUNICIPAL, f"{name}：{district}为重庆市{_under(district)}，按地（市）级计"
    for region in AUTONOMOUS_REGIONS + tuple(p + "省" for p in PROVINCES):
        if name.startswith(region):
            return _below_province(name, name[len(region):], region)
    if name.startswith("省"):
        return Level.PROVINCIAL, f"{name}：为省政府或省级部门，按省级计"
    if name.startswith("市"):
        return Level.MUNICIPAL, f"{name}：为市政府或市级部门，按地（市）级计"
    return _below_province(name, name, None) if _CITY.match(name) or _COUNTY.match(name) else \
        (None, f"{name}：从名称看不出级别")


def mend_district(name: str) -> str:
    """``name`` with the 重庆 district it names after 重庆市 spelled whole when OCR lost or
    changed one letter of it (a seal's ring: 重庆市津区… for 重庆市江津区…), where one
    district alone is that near; else as it is.

    >>> mend_district("重庆市津区经济和信息化委员会"), mend_district("重庆市渝区科学技术局")
    ('重庆市江津区经济和信息化委员会', '重庆市渝区科学技术局')
    >>> mend_district("重庆市经济和信息化委员会"), mend_district("重庆市荣昌县科学技术委员会"), mend_district("重庆市万盛区科委")
    ('重庆市经济和信息化委员会', '重庆市荣昌县科学技术委员会', '重庆市万盛区科委')
    """
    match = re.match(r"^(重庆市?)([\u4e00-\u9fff]{1,4}?[区县])(?![域级])", name)
    # (the districts merged in 2011, 万盛区 and 双桥区, still print on old papers: no damage)
    if not match or any(name[match.end(1):].startswith(d) for d in CHONGQING_DISTRICTS + ("万盛区", "双桥区")):
        return name
    piece = match.group(2)
    near = [d for d in CHONGQING_DISTRICTS if d[-1] == piece[-1] and len(piece) >= 2
            and Levenshtein.distance(piece, d, score_cutoff=1) <= 1]
    return name[:match.start(2)] + near[0] + name[match.end(2):] if len(near) == 1 else name


def _under(district: str) -> str:
    """How a 区/县 stands to its municipality, in words: 辖区 or 辖县."""
    return "辖县" if district.endswith("县") else "辖区"


# A development zone a district-level body runs (高新区, 经开区, 保税区): a 区 of its city.
_ZONE = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|保税区|新区)")


_OLD_UNIT = re.compile(r"^([\u4e00-\u9fff]{2,4}?(?:区|县|市))(?!场|民|级|区|县)")


def _district(rest: str, chongqing: bool, city: str | None = None) -> str | None:
    """The 区/县 a name begins with: for 重庆, one of its list, a listed district's
    development zone (长寿经开区) or, after the city's name, a zone of the city's own
    (重庆经开区, 重庆高新区); elsewhere by its suffix."""
    if chongqing:
        for district in CHONGQING_DISTRICTS:
            if rest.startswith(district):
                return district
        for district in CHONGQING_DISTRICTS:
            stem = district[:-1] if len(district) >= 3 and district.endswith(("区", "县")) else ""
            zone = _ZONE.match(rest[len(stem):]) if stem and rest.startswith(stem) else None
            if zone and not zone.group(0).startswith("新区"):
                return stem + zone.group(0)
        zone = _ZONE.match(rest) if city else None
        if zone:
            return city + zone.group(0)
        # A 区/县/县级市 under an older or other name than today's list (重庆市荣昌县, 永川市,
        # 双桥区): below the municipality all the same, never the municipality itself.
        old = _OLD_UNIT.match(rest) if city else None
        return old.group(1) if old else None
    match = _COUNTY.match(rest)
    return match.group(1) if match else None


def _below_province(name: str, rest: str, province: str | None) -> tuple[Level | None, str]:
    """A province's own organs, or a prefecture below it, or a county below that."""
    city = _CITY.match(rest)
    if city:
        if _COUNTY.match(rest[city.end():]):
            return None, f"{name}：为区县政府或部门，低于地（市）级"
        kind = "地级市" if city.group(0).endswith("市") else "地级行政区"  # 自治州, 地区, 盟
        return Level.MUNICIPAL, f"{name}：{city.group(0)}为{kind}，按地（市）级计"
    if _COUNTY.match(rest):
        return None, f"{name}：为区县政府或部门，低于地（市）级"
    if province is None:
        return None, f"{name}：从名称看不出级别"
    return Level.PROVINCIAL, f"{name}：属{province}，按省级计"


# Cities a document of a 重庆 applicant often names without 市 (成都XX有限公司): a second
# city that leaves a bare 市科技局 undecided.
_OTHER_CITIES = ("成都", "贵阳", "遵义", "宜宾", "泸州", "绵阳", "德阳", "南充", "达州", "广安", "内江", "自贡", "乐山",
                 "眉山", "资阳", "遂宁", "广元", "巴中", "雅安", "攀枝花", "西安", "武汉", "长沙", "昆明", "南宁", "兰州",
                 "郑州", "深圳", "广州", "杭州", "南京", "苏州", "宁波", "青岛", "济南", "合肥", "福州", "厦门", "沈阳",
                 "大连", "长春", "哈尔滨", "石家庄", "太原", "南昌", "海口", "西宁", "银川", "乌鲁木齐", "拉萨", "呼和浩特")
_CITY_NAME = re.compile(r"([\u4e00-\u9fff]{2})市")
# What stands before 市 without naming a city: 由市经信委, 全市, 城市, 上市.
_NOT_CITY_END = frozenset("由在和与向经及的对本全我该各省城超上门股夜街开闹县级为是于从至司局委院会校所厅部心：:，,")


def home_city(text: str) -> str | None:
    """The one city a document names, which its names without a city mean (``市科技局``
    in a document of 重庆 is 重庆市科学技术局); ``None`` when it names none, or more
    than one (a 宜宾 project accepted in 重庆), or a province.

    >>> home_city('承担单位：重庆渝新智造科技有限公司；组织验收单位：市经信委')
    '重庆'
    >>> home_city('宜宾市经济和信息化局在重庆组织专家验收') is None
    True
    """
    if not isinstance(text, str):
        return None
    compact = "".join(fold(text).split())[:20000]
    found = {place for place in MUNICIPALITIES + _OTHER_CITIES + PROVINCES if place in compact}
    for match in _CITY_NAME.finditer(compact):
        name = match.group(1)
        if name[-1] not in _NOT_CITY_END and name[0] not in _NOT_CITY_END:
            found.add(name)
    return found.pop() if len(found) == 1 else None
