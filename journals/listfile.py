"""Reading journal-list files: one row per journal per edition, in CSV or JSON.

The shipped list, the lists ``scripts/build_journal_lists.py --user-lists`` writes and the files
a user passes in all have this shape, so a user can extend or correct any list with a file they
type themselves::

    list,edition,name,cn,issn,source
    pku,2023,计算机工程与应用,11-2127/TP,1002-8331,my copy of the 2023 book
    cssci,2025-2026,中国图书馆学报,11-2746/G2,,南京大学 CSSCI 目录

``list`` (pku, cssci, cscd; 北大核心/CSSCI/CSCD also read), ``edition`` (``YYYY`` or
``YYYY-YYYY``) and ``name`` are required; ``cn``, ``issn`` and ``source`` may be empty.  Two
optional columns: ``tier`` (``main``, or ``expanded`` for CSSCI 扩展版 / CSCD 扩展库) and
``aliases`` (other names of the same journal, separated by ``|``).  A bad value stops loading
with the file and line, as a rule pack does: a list silently missing rows would turn core
journals into "not core" without anyone noticing.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .editions import EditionLabelError, parse_label
from .names import clean_list_name
from .serials import SerialError, cn_key, issn_key

COLUMNS = ("list", "edition", "name", "cn", "issn", "source", "tier", "aliases")
REQUIRED = ("list", "edition", "name")

_LIST_NAMES = {"pku": "pku", "北大核心": "pku", "cssci": "cssci", "cscd": "cscd"}
_TIERS = {"": "main", "main": "main", "expanded": "expanded", "扩展版": "expanded",
          "扩展": "expanded", "扩展库": "expanded"}


class JournalListError(ValueError):
    """A list file that cannot be read, with the file and line (or JSON row) at fault."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where


@dataclass(frozen=True)
class JournalRow:
    """One journal in one edition of one list, as a file gives it (names cleaned of notes)."""

    list: str
    edition: str
    name: str
    cn: str | None = None
    issn: str | None = None
    source: str = ""
    tier: str = "main"
    aliases: tuple[str, ...] = ()
    origin: str = ""

    @property
    def cn_key(self) -> str | None:
        return cn_key(self.cn) if self.cn else None


def parse_row(values: dict[str, object], where: str, default_source: str) -> JournalRow:
    """One row from its column values; raises ``JournalListError`` naming ``where``."""
    _check_columns(values, where)
    text = dict.fromkeys(COLUMNS, "")
    for column, value in values.items():
        text[column] = "" if value is None else str(value).strip()
    for column in REQUIRED:
        if not text[column]:
            raise JournalListError(where, f"{column} 列为空（必填：{', '.join(REQUIRED)}）")
    list_name = _LIST_NAMES.get(text["list"].casefold())
    if list_name is None:
        raise JournalListError(where, f"目录（list）{text['list']!r} 不是 pku, cssci, cscd 之一")
    try:
        _check_label(text["edition"])
        cn = text["cn"] or None
        if cn:
            cn_key(cn)
        issn = issn_key(text["issn"]) if text["issn"] else None
    except (EditionLabelError, SerialError) as err:
        raise JournalListError(where, str(err)) from None
    tier = _TIERS.get(text["tier"].casefold())
    if tier is None:
        raise JournalListError(where, f"层级（tier）{text['tier']!r} 不是 main 或 expanded")
    clean = clean_list_name(text["name"])
    if not clean.name:
        raise JournalListError(where, f"刊名（name）{text['name']!r} 只有注释，没有刊名")
    extra = (clean_list_name(a).name for a in text["aliases"].split("|") if a.strip())
    aliases = tuple(dict.fromkeys((*clean.aliases, *extra)))
    return JournalRow(list_name, text["edition"], clean.name, cn, issn,
                      text["source"] or default_source, tier, aliases, where)


def _check_columns(columns: Iterable[str], where: str) -> None:
    unknown = sorted(set(columns) - set(COLUMNS))
    if unknown:
        raise JournalListError(where, f"未知的列 {', '.join(unknown)}；应为 {', '.join(COLUMNS)}")


@lru_cache(maxsize=64)
def _check_label(label: str) -> None:
    parse_label(label)


def read_list_file(path: Path) -> list[JournalRow]:
    """Every row of a ``.csv`` or ``.json`` list file."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return _read_json(path)
    if path.suffix.lower() == ".csv":
        return _read_csv(path)
    raise JournalListError(str(path), "期刊目录须为 .csv 或 .json 文件")


def _read_csv(path: Path) -> list[JournalRow]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as err:
        raise JournalListError(str(path), f"无法读取（{err.strerror}）") from None
    rows = []
    with handle:
        reader = csv.reader(handle)
        try:
            header = [h.strip() for h in next(reader, [])]
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise JournalListError(f"{path}:1", f"表头缺少 {', '.join(missing)}；"
                                       f"应有列 {', '.join(COLUMNS[:6])}（tier、aliases 可选）")
            _check_columns(header, f"{path}:1")
            for values in reader:
                where = f"{path}:{reader.line_num}"
                if not "".join(values).strip() or values[0].lstrip().startswith("#"):
                    continue  # blank lines and comments
                if len(values) > len(header):
                    raise JournalListError(where, f"{len(values)} 个值、{len(header)} 列"
                                           "（名称中含逗号时须加引号）")
                rows.append(parse_row(dict(zip(header, values)), where, path.name))
        except UnicodeDecodeError:
            raise JournalListError(str(path), "不是 UTF-8 文本（请将 CSV 另存为 UTF-8 编码）") from None
        except csv.Error as err:
            raise JournalListError(f"{path}:{reader.line_num}", f"CSV 格式错误：{err}") from None
    return rows


def _read_json(path: Path) -> list[JournalRow]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as err:
        raise JournalListError(str(path), f"无法读取（{err.strerror}）") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise JournalListError(str(path), f"不是 JSON 文件（{err}）") from None
    items = data.get("rows") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise JournalListError(str(path), '应为行的列表，或 {"rows": [...]}')
    rows = []
    for number, item in enumerate(items, 1):
        where = f"{path}：第 {number} 行"
        if not isinstance(item, dict):
            raise JournalListError(where, "每一行须为含 list、edition、name 等键的对象")
        rows.append(parse_row(item, where, path.name))
    return rows
