"""What each field of a document holds, so that a value a person types (a reviewer's
correction) is checked and put in the form the reader would have given it.

The reader fills fields only through its parsers: a date is always a real ISO date, a rank a
positive whole number, a level a key of CONTRACT §2.  A value typed by hand has none of those
guarantees, and the rules read a field by its kind (an unparsable date is quietly no date, so
「2022-02-30」 would leave a condition silently unmet, or met).  Each field is given its kind
here, and each kind its check, with the project's own parsers and vocabulary: ``PartialDate``
for dates, the enums and Chinese aliases of ``rules.vocabulary`` and ``rules.case`` for
vocabularies, ``identifiers`` (python-stdnum's shape) for numbers printed on documents.
``tests/test_hardening_probe_bl.py`` holds every field of every document type to a kind.
"""

from __future__ import annotations

import math
import re
from enum import Enum
from typing import Any

from rules.case import PATENT_TYPES, PROJECT_CATEGORIES, REPORT_KINDS, VALUE_ALIASES
from rules.dates import DateFormatError, PartialDate
from rules.vocabulary import ALIASES, Education, Level, StandardLevel, Title, fold_alias
from rules.yaml_input import clip

MAX_TEXT = 500  # a project's or a book's title may be long; a page is not a value
MAX_PEOPLE = 500
MAX_NAME = 200  # one entry of a list: a person, or a unit with its full name
MAX_RANK = 10_000  # as a case file's rank (rules.case_file)
MAX_AMOUNT = 1e9  # 万元, 万字: as a case file's amounts
ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class Kind(str, Enum):
    DATE = "date"
    RANK = "rank"
    AMOUNT = "amount"
    FLAG = "flag"
    TEXT = "text"
    PEOPLE = "people"  # a list of names, in the document's order
    EXPERTS = "experts"  # a list of people with their facts (a joint recommendation's experts)
    SHARES = "shares"  # each writer's own words: name → 万字
    LEVEL = "level"
    STANDARD_LEVEL = "standard_level"
    EDUCATION = "education"
    TITLE = "title"
    PATENT_TYPE = "patent_type"
    REPORT_KIND = "report_kind"
    CATEGORY = "category"
    PATENT_NUMBER = "patent_number"
    ISBN = "isbn"
    ISSN = "issn"
    CN = "cn"
    REGISTRATION_NUMBER = "registration_number"
    STANDARD_NUMBER = "standard_number"
    CLASSIFICATION = "classification"


_BY_NAME: dict[str, Kind] = {
    **dict.fromkeys(("date", "grant_date", "application_date", "publish_date", "implementation_date",
                     "acceptance_date", "period_start", "period_end"), Kind.DATE),
    **dict.fromkeys(("rank", "applicant_rank"), Kind.RANK),
    **dict.fromkeys(("words_wan", "investment_wan", "amount_wan", "amount_net_wan"), Kind.AMOUNT),
    **dict.fromkeys(("technical", "sole_author", "passed", "appraised", "benefit", "in_use", "self_accepted",
                     "adopted", "realised", "professional_degree", "conferred"), Kind.FLAG),
    **dict.fromkeys(("holders", "inventors", "patentees", "authors", "chief_editors", "drafters", "members",
                     "parties"), Kind.PEOPLE),
    **dict.fromkeys(("award_name", "grade", "project_title", "holder", "title", "software_name", "journal",
                     "publisher", "leader", "buyer", "recommender", "recommender_title", "recommender_specialty",
                     "candidate", "issuer"), Kind.TEXT),
    "co_recommenders": Kind.EXPERTS,
    "shares": Kind.SHARES,
    "level": Kind.LEVEL,
    "education": Kind.EDUCATION,
    "target_title": Kind.TITLE,
    "patent_type": Kind.PATENT_TYPE,
    "report_kind": Kind.REPORT_KIND,
    "category": Kind.CATEGORY,
    "patent_number": Kind.PATENT_NUMBER,
    "isbn": Kind.ISBN,
    "issn": Kind.ISSN,
    "cn": Kind.CN,
    "registration_number": Kind.REGISTRATION_NUMBER,
    "standard_number": Kind.STANDARD_NUMBER,
    "classification": Kind.CLASSIFICATION,
}
# A name that means another thing on one type of document.
_BY_TYPE: dict[tuple[str, str], Kind] = {
    ("title_certificate", "title"): Kind.TITLE,  # the 职称 it confers, not a work's title
    ("standard", "level"): Kind.STANDARD_LEVEL,  # 国家/行业/地方/团体/企业, not a project's level
}


class FieldValueError(ValueError):
    """A value a field cannot hold; ``str(err)`` says what it should be, in one Chinese line."""


def kind_of(doc_type: str, field: str) -> Kind | None:
    """The kind of ``field`` on a document of ``doc_type``; None for a field no type declares."""
    return _BY_TYPE.get((doc_type, field)) or _BY_NAME.get(field)


def checked(kind: Kind, value: Any) -> Any:
    """``value`` as a field of ``kind`` holds it (a date in its ISO form, a level as its key),
    or ``FieldValueError``.  None stands for "the document does not show it" and is kept."""
    if value is None:
        return None
    return _CHECKS[kind](value)


def from_form(kind: Kind, text: Any) -> Any:
    """What a person typed into a form's one text box, as the kind's value for ``checked``:
    a number from its digits, yes or no from 是/否, a list from its separators.  Text that does
    not parse is passed on as it is, for ``checked`` to refuse with its reason (never quietly
    turned into "not shown")."""
    text = str(text if text is not None else "").strip()
    if not text:
        return None
    if kind is Kind.RANK and re.fullmatch(r"[0-9]{1,9}", text):
        return int(text)
    if kind is Kind.AMOUNT:
        try:
            return float(text)
        except ValueError:
            return text
    if kind is Kind.FLAG:
        return {"是": True, "true": True, "1": True, "通过": True, "否": False, "false": False, "0": False}.get(
            text.lower(), text)
    if kind is Kind.PEOPLE:
        return [v for v in re.split(r"[、,，;；\s]+", text) if v]
    if kind in (Kind.EXPERTS, Kind.SHARES):
        import json

        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return f"'{clip(_CONTROL.sub('?', value), 40)}'"
    if isinstance(value, (list, dict)):
        return "列表" if isinstance(value, list) else "映射"
    return clip(repr(value), 40)


def _date(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not ISO.fullmatch(value.strip()):
        raise FieldValueError(f"应为日期 YYYY-MM-DD、YYYY-MM 或 YYYY，实为 {_shown(value)}")
    try:
        return PartialDate.parse(value.strip()).iso()
    except DateFormatError as err:
        raise FieldValueError(str(err)) from None


def _rank(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_RANK:
        raise FieldValueError(f"应为排名，即 1 到 {MAX_RANK} 的整数，实为 {_shown(value)}")
    return value


def _amount(value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not 0 <= value <= MAX_AMOUNT:
        raise FieldValueError(f"应为不小于 0、不大于 10 亿的数（万元或万字），实为 {_shown(value)}")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise FieldValueError(f"应为 true 或 false（是/否），实为 {_shown(value)}")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise FieldValueError(f"应为文字，实为 {_shown(value)}")
    if len(value) > MAX_TEXT:
        raise FieldValueError(f"文字过长（{len(value)} 字，上限 {MAX_TEXT} 字）")
    if _CONTROL.search(value):
        raise FieldValueError("文字中不能有换行或其他控制字符")
    return value.strip()


def _name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_NAME or _CONTROL.search(value):
        raise FieldValueError(f"名单中的每一项应为一个姓名或单位名称（1 到 {MAX_NAME} 字，不含换行），实为 {_shown(value)}")
    return value.strip()


def _people(value: Any) -> list[str]:
    if not isinstance(value, list) or len(value) > MAX_PEOPLE:
        raise FieldValueError(f"应为名单（姓名的列表，至多 {MAX_PEOPLE} 项，按材料上的顺序），实为 {_shown(value)}")
    return [_name(v) for v in value]


_EXPERT_KEYS = ("recommender", "recommender_title", "recommender_specialty")


def _experts(value: Any) -> list[dict[str, str | None]]:
    if not isinstance(value, list) or len(value) > MAX_PEOPLE or not all(
            isinstance(v, dict) and v.get("recommender") and set(v) <= set(_EXPERT_KEYS) for v in value):
        raise FieldValueError("应为推荐人列表，每项为 {\"recommender\": 姓名, \"recommender_title\": 职称, "
                              "\"recommender_specialty\": 专业}")
    return [{k: (None if v.get(k) is None else _name(v[k])) for k in _EXPERT_KEYS if k in v} for v in value]


def _shares(value: Any) -> dict[str, float | int]:
    if not isinstance(value, dict) or len(value) > MAX_PEOPLE:
        raise FieldValueError("应为每位作者撰写的字数（万字），如 {\"张伟\": 12, \"李娜\": 9.5}")
    return {_name(name): _amount(words) for name, words in value.items()}


def _choice(choices: tuple[str, ...] | list[str], aliases: dict[str, str]):
    folded = {fold_alias(alias): key for alias, key in aliases.items()}

    def check(value: Any) -> str:
        if isinstance(value, str):
            if value in choices:
                return value
            if fold_alias(value) in folded:
                return folded[fold_alias(value)]
        raise FieldValueError(f"应为 {', '.join(choices)} 之一（或其中文名），实为 {_shown(value)}")

    return check


def _vocabulary(enum: type) -> Any:
    return _choice([m.value for m in enum], ALIASES.get(enum, {}))


def _identifier(module: Any, what: str, normal=None):
    def check(value: Any) -> str:
        if not isinstance(value, str) or len(value) > 100:
            raise FieldValueError(f"应为{what}，实为 {_shown(value)}")
        try:
            number = module.validate(value.strip())
        except Exception:  # noqa: BLE001 - stdnum's ValidationError and its kin: the number is no number
            raise FieldValueError(f"{_shown(value)} 不是有效的{what}（格式或校验位不符）") from None
        return normal(number) if normal else number

    return check


def _build() -> dict[Kind, Any]:
    from stdnum import isbn, issn

    from identifiers import clc, cn, patent, software, standard

    return {
        Kind.DATE: _date, Kind.RANK: _rank, Kind.AMOUNT: _amount, Kind.FLAG: _flag, Kind.TEXT: _text,
        Kind.PEOPLE: _people, Kind.EXPERTS: _experts, Kind.SHARES: _shares,
        Kind.LEVEL: _vocabulary(Level), Kind.STANDARD_LEVEL: _vocabulary(StandardLevel),
        Kind.EDUCATION: _vocabulary(Education),
        Kind.TITLE: _vocabulary(Title),
        Kind.PATENT_TYPE: _choice(PATENT_TYPES, VALUE_ALIASES["patent_type"]),
        Kind.REPORT_KIND: _choice(REPORT_KINDS, VALUE_ALIASES["report_kind"]),
        Kind.CATEGORY: _choice(PROJECT_CATEGORIES, VALUE_ALIASES["category"]),
        # the forms CONTRACT §5 gives (ZL…·N, 13 digits, NNNN-NNNC, NN-NNNN/XX …), as the reader writes them
        Kind.PATENT_NUMBER: _identifier(patent, "专利号（如 ZL202010123456.7）"),
        Kind.ISBN: _identifier(isbn, "ISBN", lambda n: isbn.to_isbn13(n).replace("-", "")),
        Kind.ISSN: _identifier(issn, "ISSN（如 1000-1239）", issn.format),
        Kind.CN: _identifier(cn, "国内统一刊号 CN（如 11-2127/TP）"),
        Kind.REGISTRATION_NUMBER: _identifier(software, "软件著作权登记号（如 2021SR0123456）"),
        Kind.STANDARD_NUMBER: _identifier(standard, "标准编号（如 GB/T 12345-2020）"),
        Kind.CLASSIFICATION: _identifier(clc, "中图分类号（如 TP391）"),
    }


_CHECKS = _build()
