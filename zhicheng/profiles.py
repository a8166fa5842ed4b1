"""Where an applicant's profile comes from when a bundle carries no ``profile.yaml``.

A reviewer receives scans, not YAML (CONTRACT §7).  The profile then comes from

- a **roster** (``--roster 名单.xlsx|.csv``): the unit's list of applicants, one row each
  (姓名, 工作单位, 现职称, 取得时间, 学历, 申报职称), matched to bundles by name; or
- the **certificates** of the bundle (``--target TITLE``): the degree certificate gives the
  education, the title certificate the current title and its date.  Such a profile is marked
  「据材料推断」, and what no certificate shows is left unknown and said so (never guessed:
  the basic conditions need the certificates anyway, CONTRACT §6.2).

The report names the source (``profile_source``) so that a reviewer knows what a verdict
rests on.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rules.case import Applicant
from rules.case_file import CaseError, closest, parse_applicant
from rules.dates import PartialDate
from rules.vocabulary import Education, Title

ROSTER_MAX_BYTES = 20 << 20  # a unit's list is kilobytes; 20 MB is not a roster
ROSTER_MAX_ROWS = 100_000
ROSTER_MAX_UNPACKED = 200 << 20  # a workbook's XML, unpacked: a roster's is a few MB
HEADER_SEARCH_ROWS = 15  # a title row (「2026年度申报人员花名册」) may sit above the header

# Column → the words a unit's own sheet uses for it.
COLUMNS: dict[str, tuple[str, ...]] = {
    "姓名": ("姓名", "申报人", "申报人姓名", "名字"),
    "工作单位": ("工作单位", "单位", "所在单位", "单位名称", "工作单位（全称）"),
    "现职称": ("现职称", "现有职称", "现任职称", "现专业技术职称", "现职称名称", "现资格"),
    "取得时间": ("取得时间", "取得日期", "现职称取得时间", "取得资格时间", "取得现职称时间", "评审时间"),
    "学历": ("学历", "最高学历", "学历学位", "最高学历学位"),
    "申报职称": ("申报职称", "拟申报职称", "申报资格", "申报级别", "申报职称名称"),
}
REQUIRED = ("姓名", "现职称", "学历", "申报职称")
_KEY = {"现职称": "current_title", "取得时间": "current_title_date", "学历": "education", "申报职称": "target_title"}

INFERRED_NOTE = "据材料推断"


class RosterError(ValueError):
    """The roster as a whole cannot be used (exit 2 before any work): one Chinese line."""


@dataclass
class ProfileSource:
    """What a bundle's profile rests on, as the report shows it."""

    kind: str  # "profile" (profile.yaml or --profile) | "roster" | "inferred"
    detail: str  # the file, the roster row, or 据材料推断 with what was read
    employer: str | None = None  # 工作单位, when the source says it
    unknown: list[str] = field(default_factory=list)  # profile facts nothing showed (inferred only)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "detail": self.detail, "employer": self.employer, "unknown": self.unknown}


@dataclass
class RosterRow:
    number: int  # the row number a person sees in Excel
    cells: dict[str, str]  # column (COLUMNS key) → text

    @property
    def name(self) -> str:
        return self.cells.get("姓名", "")

    @property
    def employer(self) -> str | None:
        return self.cells.get("工作单位") or None


@dataclass
class Roster:
    path: Path
    rows: list[RosterRow]

    def find(self, bundle_name: str) -> RosterRow:
        """The one row whose applicant the bundle ``bundle_name`` is, or ``RosterError`` saying
        why none or several fit.  A folder is named by the applicant as units name them:
        「张三」, 「03-张三」, 「张三_高级工程师」, 「重庆某公司-张三」; the name must appear in it
        whole, or (a typo, a traditional character) nearly so and unambiguously.

        >>> r = Roster(Path("名单.csv"), [RosterRow(2, {"姓名": "张三"}), RosterRow(3, {"姓名": "李四四"})])
        >>> r.find("03-张三").number
        2
        >>> r.find("李四四_高级工程师").number
        3
        >>> r.find("王五")
        Traceback (most recent call last):
        ...
        zhicheng.profiles.RosterError: 名单.csv: 没有与材料包「王五」对应的申报人（名单中的姓名均不在文件夹名中）
        """
        folder = _folded(bundle_name)
        whole = [row for row in self.rows if row.name and _folded(row.name) in folder]
        if len(whole) > 1:  # 张三 inside 张三丰: the longest name that fits is meant
            longest = max(len(r.name) for r in whole)
            whole = [r for r in whole if len(r.name) == longest]
        if len(whole) > 1:
            whole = self._by_employer(whole, folder) or whole
        if len(whole) == 1:
            return whole[0]
        if len(whole) > 1:
            rows = "、".join(f"第{r.number}行" for r in whole)
            raise RosterError(f"{self.path.name}: 材料包「{bundle_name}」对应名单中的多行（{rows}，同名），无法确定；"
                              "请在文件夹名中加上工作单位")
        scored = sorted(((_near(_folded(r.name), folder), r) for r in self.rows if len(r.name) >= 2),
                        key=lambda s: -s[0])
        if scored and scored[0][0] >= 80 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            return scored[0][1]
        raise RosterError(f"{self.path.name}: 没有与材料包「{bundle_name}」对应的申报人（名单中的姓名均不在文件夹名中）")

    @staticmethod
    def _by_employer(rows: list[RosterRow], folder: str) -> list[RosterRow]:
        return [r for r in rows if r.employer and _folded(r.employer) in folder]


def _near(name: str, folder: str) -> float:
    """How nearly (0–100) the folder's name holds ``name`` whole: the best window of the
    folder as long as the name.  A folder shorter than the name never holds it: 「张三」 is
    not 「张三丰」, whoever the roster lists.

    >>> _near("欧阳明远远", "07_欧阳明远达_高工"), _near("张三丰", "张三")
    (80.0, 0.0)
    """
    from rapidfuzz.distance import Levenshtein

    n = len(name)
    if n < 2 or len(folder) < n:
        return 0.0
    return 100 * max(Levenshtein.normalized_similarity(name, folder[i:i + n]) for i in range(len(folder) - n + 1))


def _folded(text: str) -> str:
    """Names compared as written, whatever the script and the spacing: 張三 = 张三."""
    from extractor.normalize import simplified

    return re.sub(r"\s+", "", simplified(str(text)))


def load_roster(path: Path) -> Roster:
    """The roster file (xlsx or csv, UTF-8 or GBK), or ``RosterError`` in one line."""
    if not path.is_file():
        raise RosterError(f"{path}: 名单文件不存在（--roster）")
    if path.stat().st_size > ROSTER_MAX_BYTES:
        raise RosterError(f"{path}: 名单文件超过 {ROSTER_MAX_BYTES >> 20} MB，不像申报人名单（--roster）")
    suffix = path.suffix.lower()
    with open(path, "rb") as handle:
        is_zip = handle.read(4) == b"PK\x03\x04"  # what the file is, whatever its name says
    if suffix in (".xlsx", ".xlsm", ".csv", ".txt") and is_zip:
        table = _xlsx_rows(path)  # a workbook named .csv
    elif suffix in (".xlsx", ".xlsm"):
        try:  # a CSV named .xlsx, as a download or a rename leaves it
            table = _csv_rows(path)
            _header(table, path)
        except RosterError:
            raise RosterError(f"{path}: 名单无法作为 Excel 文件打开（不是 .xlsx 文件，也不是 CSV 名单）") from None
    elif suffix in (".csv", ".txt"):
        table = _csv_rows(path)
    elif suffix == ".xls":
        raise RosterError(f"{path}: 不支持旧版 .xls；请在 Excel 中另存为 .xlsx 或 .csv（--roster）")
    else:
        raise RosterError(f"{path}: 名单应为 .xlsx 或 .csv 文件（--roster）")
    header_at, columns = _header(table, path)
    rows = []
    for number, values in table[header_at + 1:]:
        if columns["姓名"] < len(values) and isinstance(values[columns["姓名"]], _Merged):
            continue  # one person over two rows (姓名 merged): the first row is theirs
        cells = {col: _cell_text(values[i]) for col, i in columns.items() if i < len(values)}
        if not any(cells.values()):
            continue  # blank lines between units are common
        rows.append(RosterRow(number, cells))
        if len(rows) > ROSTER_MAX_ROWS:
            raise RosterError(f"{path}: 名单超过 {ROSTER_MAX_ROWS} 行")
    if not rows:
        raise RosterError(f"{path}: 名单中没有申报人（表头下没有数据行）")
    return Roster(path, rows)


def _xlsx_rows(path: Path) -> list[tuple[int, list[Any]]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:  # a workbook is a zip: no bomb, before openpyxl parses it
            unpacked = sum(i.file_size for i in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        from .intake import os_reason

        why = os_reason(err) if isinstance(err, OSError) and err.errno else "文件已损坏或不是 .xlsx 格式"
        raise RosterError(f"{path}: 名单无法作为 Excel 文件打开（{why}）") from None
    if unpacked > ROSTER_MAX_UNPACKED:
        raise RosterError(f"{path}: 名单解压后超过 {ROSTER_MAX_UNPACKED >> 20} MB，不像申报人名单（--roster）")
    try:
        # A file object, not the path: openpyxl refuses a workbook by its name (名单.csv) otherwise.
        book = load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, AttributeError):
        raise RosterError(f"{path}: 名单无法作为 Excel 文件打开（工作簿内容已损坏或不是 Excel 格式）") from None
    try:
        if not book.worksheets:
            raise RosterError(f"{path}: 名单中没有工作表")
        sheet = book.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # a used range that says XFD1048576 must not pad every row
        table = []
        kept = 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if not any(v is not None and str(v).strip() for v in values):
                continue  # formatted but empty rows: Excel keeps them by the thousand
            kept += 1
            if kept > ROSTER_MAX_ROWS:
                raise RosterError(f"{path}: 名单超过 {ROSTER_MAX_ROWS} 行")
            table.append((number, list(values)))
        _fill_merged(table, _merged_ranges(sheet))
        return table
    except RosterError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile) as err:
        raise RosterError(f"{path}: 名单无法作为 Excel 文件读取（{type(err).__name__}）") from None
    finally:
        book.close()


def _merged_ranges(sheet: Any) -> list[tuple[int, int, int, int]]:
    """The merged cells of a read-only sheet, (first row, first column, last row, last column)."""
    from openpyxl.utils.cell import range_boundaries

    source = getattr(sheet, "_get_source", None)
    if source is None:
        return [(r.min_row, r.min_col, r.max_row, r.max_col) for r in sheet.merged_cells.ranges]
    with source() as handle:
        xml = handle.read()
    ranges = []
    for ref in re.findall(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Za-z]+\d+:[A-Za-z]+\d+)\"", xml):
        min_col, min_row, max_col, max_row = range_boundaries(ref.decode())
        ranges.append((min_row, min_col, max_row, max_col))
    return ranges


def _fill_merged(table: list[tuple[int, list[Any]]], ranges: list[tuple[int, int, int, int]]) -> None:
    """A merged cell's value in every cell it covers: 「工作单位」 or 「申报职称」 merged over the
    rows of one unit is each of those rows' value, as a reader of the sheet sees it."""
    at = {number: values for number, values in table}
    for min_row, min_col, max_row, max_col in ranges:
        first = at.get(min_row)
        value = first[min_col - 1] if first is not None and min_col - 1 < len(first) else None
        if value is None:
            continue
        for number in range(min_row, min(max_row, min_row + ROSTER_MAX_ROWS) + 1):
            values = at.get(number)
            if values is None:
                continue
            for col in range(min_col - 1, min(max_col, 256)):
                while len(values) <= col:
                    values.append(None)
                if values[col] is None:
                    values[col] = _Merged(value)


@dataclass(frozen=True)
class _Merged:
    """A cell's value that a merged cell above or beside it gave."""

    value: Any


def _csv_rows(path: Path) -> list[tuple[int, list[Any]]]:
    raw = path.read_bytes()
    # Excel's 「Unicode 文本」 is UTF-16 with its BOM; else UTF-8 (BOM or not), else GBK.
    encodings = ("utf-16",) if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030")
    for encoding in encodings:  # Excel on Chinese Windows saves CSV as GBK
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise RosterError(f"{path}: 名单的编码无法识别（应为 UTF-8 或 GBK）")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;，")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    if text.count("\x00") > len(text) // 10 + 1:  # UTF-16 without its BOM, or no text at all
        raise RosterError(f"{path}: 名单不是文本文件（含大量空字符）；应为 .xlsx 或 .csv（UTF-8 或 GBK）")
    text = text.replace("\x00", "")  # a stray NUL of a hand edit: csv refuses the whole file for it
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as err:  # a cell past csv's field limit, an unclosed quote at the end
        raise RosterError(f"{path}: 名单无法作为 CSV 读取（{err}）") from None
    if len(rows) > ROSTER_MAX_ROWS:
        raise RosterError(f"{path}: 名单超过 {ROSTER_MAX_ROWS} 行")
    return [(n, r) for n, r in enumerate(rows, start=1)]


def _header(table: list[tuple[int, list[Any]]], path: Path) -> tuple[int, dict[str, int]]:
    """The header row (the first with 姓名 among the first rows) and each column's index."""
    for at, (_number, values) in enumerate(table[:HEADER_SEARCH_ROWS]):
        # 「*姓名」「※学历」: templates mark the columns that must be filled.
        texts = [re.sub(r"\s+", "", _cell_text(v)).lstrip("*＊※★") for v in values]
        columns: dict[str, int] = {}
        for col, words in COLUMNS.items():
            hit = next((i for i, t in enumerate(texts) if t in words), None)
            if hit is None:  # 现职称（资格）, 申报职称名称及级别 …
                hit = next((i for i, t in enumerate(texts) if any(t.startswith(w) for w in words if len(w) >= 2)), None)
            if hit is not None:
                columns[col] = hit
        if "姓名" in columns:
            missing = [c for c in REQUIRED if c not in columns]
            if missing:
                found = "、".join(t for t in texts if t) or "（空）"
                raise RosterError(f"{path}: 名单缺少列 {'、'.join(missing)}（表头为：{found[:80]}）")
            return at, columns
    raise RosterError(f"{path}: 名单的前 {HEADER_SEARCH_ROWS} 行中没有「姓名」列（应有列：{'、'.join(COLUMNS)}）")


def _cell_text(value: Any) -> str:
    if isinstance(value, _Merged):
        value = value.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 2018 typed as a number
    # Control characters (a NUL in a hand-edited CSV) reach no 汇总表 cell: Excel refuses them.
    return _CONTROL.sub("", str(value)).strip()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def applicant_from_row(row: RosterRow, roster: Roster) -> tuple[Applicant, ProfileSource]:
    """The profile a roster row states, or ``RosterError`` naming the row and the column."""
    source = f"{roster.path.name} 第{row.number}行"
    raw: dict[str, Any] = {"name": _person(row.name) or None}
    for col, key in _KEY.items():
        text = row.cells.get(col, "")
        if key == "current_title_date":
            if text:
                date = _date(text)
                if date is None:
                    raise RosterError(f"{source}「{col}」: 应为日期（如 2018-07、2018年7月），实为 '{text[:40]}'")
                raw[key] = str(date)
            continue
        raw[key] = text or None
    try:
        applicant = parse_applicant(raw, source)
    except CaseError as err:
        column = next((c for c, k in _KEY.items() if err.key.endswith(k)), err.key)
        hint = f"；是否想写 '{err.suggestion}'？" if err.suggestion else ""
        raise RosterError(f"{source}「{column}」: {err.problem}{hint}") from None
    return applicant, ProfileSource("roster", source, employer=row.employer)


def _person(name: str) -> str:
    """A name as the certificates print it: 「张  三」, spaced to line up in a sheet, is 张三
    (a name in Latin letters keeps its single spaces).

    >>> _person("张　 三"), _person(" John  Smith ")
    ('张三', 'John Smith')
    """
    if re.fullmatch(r"[\u3400-\u9fff·•\s]+", name):
        return re.sub(r"\s+", "", name)
    return re.sub(r"\s+", " ", name).strip()


EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (its 1900 leap-year bug included)


def _date(text: str) -> PartialDate | None:
    """A 取得时间 as units write it, Excel's day numbers included (a date cell that lost its
    format, or a CSV exported from one).

    >>> str(_date("43466")), str(_date("43466.0")), str(_date("2018年7月"))
    ('2019-01-01', '2019-01-01', '2018-07')
    """
    serial = re.fullmatch(r"(\d{5})(?:\.0*)?", text.strip())
    if serial and 20000 <= int(serial[1]) <= 80000:  # 1954 to 2119
        return PartialDate.parse((EXCEL_EPOCH + dt.timedelta(days=int(serial[1]))).isoformat())
    try:
        return PartialDate.parse(text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else text)
    except ValueError:
        pass
    from extractor.fields.dates import parse_date

    return parse_date(text)


# --- a profile from the bundle's own certificates (--target) -----------------------------

_NAME_IN_FOLDER = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff·]{2,5})(?![\u4e00-\u9fff])")
_NOT_A_NAME = ("材料", "申报", "证书", "附件", "职称", "工程师", "高级", "公司", "有限", "集团", "单位", "汇总")


def folder_name(bundle_name: str) -> str | None:
    """The applicant's name a reviewer's folder carries, when it plainly carries one.

    >>> folder_name("03-张三")
    '张三'
    >>> folder_name("张三_高级工程师") , folder_name("申报材料") is None
    ('张三', True)
    """
    found = [m for m in _NAME_IN_FOLDER.findall(bundle_name) if not any(w in m for w in _NOT_A_NAME)]
    return found[0] if len(found) == 1 else None


def infer_applicant(documents: list, target: Title, bundle_name: str) -> tuple[Applicant, ProfileSource, list[dict]]:
    """The profile the bundle's certificates show, for ``target``; the issues say what they
    do not show.  The name is the holder the title and degree certificates agree on (or the
    folder's name when they name nobody); the education the highest degree shown; the
    current title the highest title certificate, with its date."""
    from .audit import issue

    holders = Counter(d.fields.get("holder") for d in documents
                      if d.doc_type in ("title_certificate", "degree_certificate") and d.fields.get("holder"))
    from_folder = folder_name(bundle_name)
    name = None
    if from_folder and _folded(from_folder) in {_folded(h) for h in holders}:
        name = from_folder
    elif holders:
        (top, count), *rest = holders.most_common()
        if not rest or rest[0][1] < count:
            name = top
    if name is None:
        name = from_folder
    issues: list[dict] = []
    unknown: list[str] = []
    read: list[str] = []
    if name is None:
        unknown.append("name")
        issues.append(issue("error", "missing_evidence", "无法从材料推断申报人姓名（证书上未读出持有人，文件夹名也不是姓名）；"
                                                         "个人排名无法核对，请提供 profile.yaml 或 --roster"))
    mine = [d for d in documents if not name or not d.fields.get("holder") or _folded(d.fields["holder"]) == _folded(name)]
    degrees = [Education(d.fields["education"]) for d in mine
               if d.doc_type == "degree_certificate" and d.fields.get("education") in Education._value2member_map_]
    from .audit import education_rank

    if degrees:
        education = max(degrees, key=education_rank)
        read.append(f"学历 {education.zh}")
    else:
        # A placeholder only: the basic conditions need the education shown by a certificate
        # (CONTRACT §6.2), so it can never make a condition met; the report says it is unknown.
        education = Education.SECONDARY_VOCATIONAL
        unknown.append("education")
        issues.append(issue("error", "missing_evidence", "无法从材料推断学历：没有读出学历或学位证书，请补充或在名单中填写"))
    titles = [(Title(d.fields["title"]), d.fields.get("date")) for d in mine
              if d.doc_type == "title_certificate" and d.fields.get("title") in Title._value2member_map_]
    current, date = Title.NONE, None
    if titles:
        current, raw_date = max(titles, key=lambda t: t[0].rank)
        date = PartialDate.parse(raw_date) if raw_date else None
        read.append(f"现职称 {current.zh}" + (f"（{date}）" if date else ""))
        if date is None:
            unknown.append("current_title_date")
    else:
        unknown.append("current_title")
        issues.append(issue("warning", "title_not_shown", "材料中没有读出职称证书：按无现职称判断；如有现职称，请补充证书或在名单中填写"))
    applicant = Applicant(name=name, education=education, current_title=current, current_title_date=date,
                          target_title=target)
    detail = f"{INFERRED_NOTE}：" + ("、".join(read) if read else "证书未读出学历和职称")
    return applicant, ProfileSource("inferred", detail, unknown=unknown), issues


def parse_target(value: str) -> Title:
    """``--target`` in English or Chinese (高级工程师), or ``RosterError`` with the likely word."""
    from rules.case_file import parse_title

    titles = [t for t in Title if t is not Title.NONE]
    try:
        title = parse_title(value, "--target", "--target")
    except CaseError:
        title = None
    if title is None or title is Title.NONE:
        guess = closest(str(value), [t.zh for t in titles] + [t.value for t in titles]) if title is None else None
        raise RosterError(f"--target: 应为要申报的职称（{'、'.join(t.zh for t in titles)}），实为「{value}」"
                          + (f"；是否想写「{guess}」？" if guess else ""))
    return title


__all__ = ["INFERRED_NOTE", "ProfileSource", "Roster", "RosterError", "RosterRow", "applicant_from_row",
           "closest", "folder_name", "infer_applicant", "load_roster", "parse_target"]
