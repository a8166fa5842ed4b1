"""Chinese standard numbers (标准编号): code, sequence number and year, ``GB/T 12345-2020``.

The code says who issued the standard, which is what the rules need (CONTRACT §2,
standard levels): ``GB``, ``GB/T``, ``GB/Z`` national; a two-letter 行业标准代号
(``JB/T`` 机械, ``YD/T`` 通信, ``SJ/T`` 电子 …) industry; ``DB`` + the GB/T 2260 region
(``DB50/T`` 重庆, city codes ``DB5001/T``; ``DBJ50/T`` its 工程建设 standards) local; ``T/`` + an organisation code
(``T/CAS``) group; ``Q/`` + an enterprise code enterprise.  ``/T`` marks a recommended
standard, ``/Z`` a guidance document.  ``DB/T`` without digits is the 地震 industry, not
a local standard.  There is no check digit.

``compact`` forgives what print and OCR do to these numbers: full width (``GB／T``), en
and em dashes and ``一`` between the number and the year, spaces between the code's
letters and around ``/``, ``.`` and ``-``, lower case, and
a dropped slash before ``T`` (``GBT``, ``JBT``).  Spaces inside the digits are not
forgiven: in ``DB50 123-2022`` the space is what separates the region from the number.  The year must have four digits
(1950–2100): pre-1990 two-digit years (``GB 3100-93``) are refused.

>>> validate('GB/T12345—2020')
'GB/T 12345-2020'
>>> validate('ＧＢ／Ｔ　２００００．１－２０１４')
'GB/T 20000.1-2014'
>>> validate('DB50/T 1234-2022')
'DB50/T 1234-2022'
>>> validate('DB50/ 486-2012')  # a mandatory local standard (GB/T 1.1: DB50/ 486—2012)
'DB50 486-2012'
>>> level('DB50/T 1234-2022')
'local'
>>> validate('DBJ50/T-389-2021'), level('DBJ50/T-389-2021')  # 重庆市工程建设标准
('DBJ50/T 389-2021', 'local')
>>> validate('JTG/T 3660-01—2021')  # a part of a series: 3660-01
'JTG/T 3660-01-2021'
>>> level('YD/T 3000-2016')
'industry'
>>> level('T/CAS 115-2005')
'group'
>>> validate('XX/T 1-2020')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidComponent: code XX
>>> validate('Q/CQQS J105—2022'), level('Q/CQQS J105-2022')  # an enterprise's series letter before its number
('Q/CQQS J105-2022', 'enterprise')
>>> find_all('依据 GB/T 19001-2016 和 JB/T 10000—2020 执行')
['GB/T 19001-2016', 'JB/T 10000-2020']
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.exceptions import InvalidComponent, InvalidFormat

from .cn import REGIONS

MIN_YEAR, MAX_YEAR = 1950, 2100

# GBZ is 国家职业卫生标准 (not GB/Z); GJB is 国家军用标准.
NATIONAL_CODES: dict[str, str] = {"GB": "国家标准", "GBZ": "国家职业卫生标准", "GJB": "国家军用标准"}

# 行业标准代号 as the national standards information platform lists them, plus a few
# newer codes (GF, JS, KA, MR, RF).  Each also takes /T and /Z.
INDUSTRY_CODES: dict[str, str] = {
    "AQ": "安全生产", "BB": "包装", "CB": "船舶", "CH": "测绘", "CJ": "城镇建设", "CY": "新闻出版",
    "DA": "档案", "DB": "地震", "DL": "电力", "DY": "电影", "DZ": "地质矿产", "EJ": "核工业",
    "FZ": "纺织", "GA": "公共安全", "GC": "国家物资储备", "GF": "国防工业", "GH": "供销合作",
    "GM": "密码", "GY": "广播电影电视", "HB": "航空", "HG": "化工", "HJ": "环境保护", "HS": "海关",
    "HY": "海洋", "JB": "机械", "JC": "建材", "JG": "建筑工业", "JR": "金融", "JS": "机关事务",
    "JT": "交通", "JY": "教育", "KA": "矿山安全", "LB": "旅游", "LD": "劳动和劳动安全", "LS": "粮食",
    "LY": "林业", "MH": "民用航空", "MR": "市场监管", "MT": "煤炭", "MZ": "民政", "NB": "能源",
    "NY": "农业", "QB": "轻工", "QC": "汽车", "QJ": "航天", "QX": "气象", "RB": "认证认可",
    "RF": "人民防空", "SB": "国内贸易", "SC": "水产", "SF": "司法", "SH": "石油化工", "SJ": "电子",
    "SL": "水利", "SN": "出入境检验检疫", "SW": "税务", "SY": "石油天然气", "TB": "铁路运输",
    "TD": "土地管理", "TY": "体育", "WB": "物资管理", "WH": "文化", "WJ": "兵工民品", "WM": "外经贸",
    "WS": "卫生", "WW": "文物保护", "XB": "稀土", "XF": "消防救援", "YB": "黑色冶金", "YC": "烟草",
    "YD": "通信", "YJ": "应急管理", "YS": "有色金属", "YY": "医药", "YZ": "邮政", "ZY": "中医药",
    # 工程建设行业标准, three letters
    "JGJ": "建筑工程", "CJJ": "城镇建设工程", "JTG": "公路工程", "JTS": "水运工程",
}

_DASHES = "‐‑‒–—―−－﹣⁃~～"
_CODE = r"""
    (?P<code>
        DB(?P<works>J)?\ ?(?P<region>\d{2}(?:\d{2})?)(?:\ ?/\ ?(?P<local_sfx>[TZ])-?|\ ?/(?=\ ?\d)|(?=\ ))
      | (?P<kind>[TQ])\ ?/\ ?(?P<org>[A-Z0-9]{0,15}[A-Z]|[A-Z0-9]{1,16}(?=\ ))(?:\ (?P<series>[A-Z]{1,2})(?=\d))?
      | (?P<letters>[A-Z]{2,4})(?:\ ?/\ ?(?P<sfx>[TZ]))?
    )
    \ ?(?P<num>\d{1,6}(?:\.\d{1,4}){0,3}(?:-\d{1,3}(?=-))?)\ ?-\ ?(?P<year>\d{4})
"""
_FULL = re.compile(rf"^{_CODE}$", re.VERBOSE)
_IN_TEXT = re.compile(rf"(?<![A-Z0-9/]){_CODE}(?![0-9])", re.VERBOSE)


def compact(number: str) -> str:
    """Fold width and case, turn every dash into ``-``, squeeze white space."""
    # Superscript or circled digits (², ⑱) must not become digits under NFKC.
    number = "".join("?" if ch.isdigit() and not ("0" <= ch <= "9" or "０" <= ch <= "９") else ch
                     for ch in number)
    number = unicodedata.normalize("NFKC", number).upper()
    number = re.sub(f"[{_DASHES}]", "-", number)
    number = re.sub(r"(?<=\d)\s*一\s*(?=\d{4}(?!\d))", "-", number)  # OCR reads — as 一
    number = re.sub(r"[∕⁄]", "/", number)
    number = " ".join(number.split())
    # G B / T: OCR spacing inside the code (never before an enterprise's series letter glued to its
    # number, Q/CQQS J105-2022)
    number = re.sub(r"(?<=[A-Z]) (?=[A-Z](?![A-Z]?\d))", "", number)
    return re.sub(r" ?([/.\-]) ?", r"\1", number)


def _resolve(match: re.Match) -> tuple[str, str]:
    """The normal-form code and its level, or ``InvalidComponent``."""
    if match.group("region"):
        if int(match.group("region")[:2]) not in REGIONS:
            raise InvalidComponent(f"region {match.group('region')}")
        suffix = match.group("local_sfx")
        return "DB" + (match.group("works") or "") + match.group("region") + (f"/{suffix}" if suffix else ""), "local"
    if match.group("kind"):
        kind = match.group("kind")
        return f"{kind}/{match.group('org')}", "group" if kind == "T" else "enterprise"
    letters, suffix = match.group("letters"), match.group("sfx")
    if letters not in NATIONAL_CODES and letters not in INDUSTRY_CODES and not suffix \
            and letters.endswith("T") and (letters[:-1] in NATIONAL_CODES or letters[:-1] in INDUSTRY_CODES):
        letters, suffix = letters[:-1], "T"  # GBT: the slash dropped
    code = letters + (f"/{suffix}" if suffix else "")
    if letters in NATIONAL_CODES:
        return code, "national"
    if letters in INDUSTRY_CODES:
        return code, "industry"
    raise InvalidComponent(f"code {letters}")


def _normal_form(match: re.Match) -> tuple[str, str]:
    code, level_ = _resolve(match)
    year = int(match.group("year"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidComponent(f"year {year}")
    return f"{code} {match.group('series') or ''}{match.group('num')}-{match.group('year')}", level_


def validate(number: str) -> str:
    """The number in normal form ``GB/T 12345-2020``, or a ``ValidationError``."""
    match = _FULL.match(compact(number))
    if not match:
        raise InvalidFormat()
    return _normal_form(match)[0]


def is_valid(number: str) -> bool:
    try:
        return bool(validate(number))
    except (InvalidFormat, InvalidComponent):
        return False


def format(number: str) -> str:  # noqa: A001 - the stdnum name
    return validate(number)


def level(number: str) -> str:
    """``national``, ``industry``, ``local``, ``group`` or ``enterprise`` (CONTRACT §2)."""
    match = _FULL.match(compact(number))
    if not match:
        raise InvalidFormat()
    return _normal_form(match)[1]


def code(number: str) -> str:
    """The issuing code in normal form: ``GB/T``, ``DB50/T``, ``T/CAS`` …"""
    return validate(number).split(" ", 1)[0]


def find_all(text: str) -> list[str]:
    """Every valid standard number in running text, in order, without duplicates."""
    found: list[str] = []
    # Each line on its own as well as the text run together: a cover prints its code alone over
    # the number (T/CAMS | T/CAMS 128—2023), and run together the two glue (T/CAMST/CAMS128…).
    pieces = text.splitlines() + [text] if "\n" in text else [text]
    for piece in pieces:
        for match in _IN_TEXT.finditer(compact(piece)):
            try:
                number = _normal_form(match)[0]
            except InvalidComponent:
                continue
            if number not in found:
                found.append(number)
    return found
