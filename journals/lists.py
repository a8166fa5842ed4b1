"""Was a journal a core journal (北大核心 / CSSCI / CSCD) in the edition in force when a paper
came out?  附则（九） of 渝人社发〔2022〕67号, answered from list files.

Matching goes CN, then ISSN, then name, and stays strict: names must be equal after
``names.key``; a name whose list row carries a different CN or ISSN from the paper's is not
counted (a counterfeit journal borrowing a real name is exactly that case); a name that fits two
different journals is not counted either.  Every "no" comes with the reason — no edition known
for the year, that edition's list not loaded, not found, CN contradicts — because "not shown to
be core" is a different finding from "not core", and a reviewer needs to see which it is.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .editions import LABELS, LISTS, Edition, editions, in_force, possibly_superseded
from .listfile import JournalRow, read_list_file
from .names import key
from .serials import SerialError, cn_key, issn_key
from .warned import WarnedEntry, read_warned_file, warned_key

SHIPPED_DIR = Path(__file__).resolve().parent / "data"
# Editions the shipped file holds only in part (data/README.md: its CSCD rows are the 38
# journals its source also tags for social science): "not found" there proves nothing until a
# user's list of the same edition is loaded.
SHIPPED_PARTIAL = {("cscd", "2025-2026")}
_BY = {"cn": 0, "issn": 1, "name": 2}


@dataclass(frozen=True)
class Match:
    """A journal found in the edition of a list that applied at the paper's date."""

    list: str                       # pku | cssci | cscd
    edition: str                    # "2023", "2025-2026"
    in_force: tuple[int, int | None]  # years it applies to; None: until the next edition
    matched_by: str                 # cn | issn | name
    name: str                       # the list's name for the journal
    tier: str = "main"              # main, or expanded (CSSCI 扩展版, CSCD 扩展库)
    cn: str | None = None
    issn: str | None = None
    source: str = ""

    @property
    def label(self) -> str:
        """``北大核心（2023）``, ``CSSCI扩展版（2025-2026）`` — as reviewers write it."""
        tier = {"cssci": "扩展版", "cscd": "扩展库"}.get(self.list, "") if self.tier == "expanded" else ""
        return f"{LABELS[self.list]}{tier}（{self.edition}）"


@dataclass(frozen=True)
class CoreCheck:
    """Every match across the three lists, and why each list that did not match did not.

    ``missing`` names the editions that would have to be searched before a "no" could be
    said (not loaded, not known, or loaded only in part): with no match and something
    missing, the answer is "cannot tell", never "not core" (附则（九）).
    """

    matches: tuple[Match, ...]
    reasons: tuple[str, ...]
    missing: tuple[str, ...] = ()

    @property
    def core(self) -> bool | None:
        """True (listed), False (searched every list that applies: not there), None (cannot tell)."""
        if self.matches:
            return True
        return None if self.missing else False

    @property
    def match(self) -> Match | None:
        """The strongest match: by CN before ISSN before name, then pku, cssci, cscd."""
        return self.matches[0] if self.matches else None

    @property
    def reason(self) -> str:
        return "；".join(self.reasons)


@dataclass
class _EditionIndex:
    rows: list[JournalRow] = field(default_factory=list)
    by_cn: dict[str, list[JournalRow]] = field(default_factory=lambda: defaultdict(list))
    by_issn: dict[str, list[JournalRow]] = field(default_factory=lambda: defaultdict(list))
    by_name: dict[str, list[tuple[JournalRow, bool]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, row: JournalRow) -> None:
        self.rows.append(row)
        if row.cn:
            self.by_cn[row.cn_key].append(row)
        if row.issn:
            self.by_issn[row.issn].append(row)
        self.by_name[key(row.name)].append((row, True))
        for alias in row.aliases:
            self.by_name[key(alias)].append((row, False))


class JournalLists:
    """Loaded lists, indexed per list and edition."""

    def __init__(self, rows: Iterable[JournalRow], warned: Iterable[WarnedEntry] = (),
                 files: Iterable[Path] = ()) -> None:
        self._index: dict[tuple[str, str], _EditionIndex] = defaultdict(_EditionIndex)
        rows = list(rows)
        # A shipped partial edition stays partial until a row of the same edition comes
        # from another file (a user's full list).
        shipped = str(SHIPPED_DIR / "core_journals.csv")
        from_elsewhere = {(r.list, r.edition) for r in rows if not r.origin.startswith(shipped)}
        self._partial = {e for e in SHIPPED_PARTIAL if e not in from_elsewhere}
        # CN and ISSN every loaded list gives for a name, whatever the list or edition: a list
        # with names only cannot tell a counterfeit journal using a core journal's name, but a
        # list with CNs can, and its word stands for all lists.
        self._serials: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
        for row in rows:
            self._index[(row.list, row.edition)].add(row)
            if row.cn or row.issn:
                for name in (row.name, *row.aliases):
                    cns, issns = self._serials[key(name)]
                    if row.cn:
                        cns.add(row.cn_key)
                    if row.issn:
                        issns.add(row.issn)
        self._warned: dict[str, list[WarnedEntry]] = defaultdict(list)
        for entry in warned:
            self._warned[warned_key(entry.journal)].append(entry)
        self.files = tuple(files)

    def __len__(self) -> int:
        return sum(len(i.rows) for i in self._index.values())

    def counts(self) -> dict[tuple[str, str, str], int]:
        """Rows per (list, edition, tier): what is loaded, for reports and the data README."""
        counts: dict[tuple[str, str, str], int] = defaultdict(int)
        for (list_name, edition), index in self._index.items():
            for row in index.rows:
                counts[(list_name, edition, row.tier)] += 1
        return dict(sorted(counts.items()))

    def loaded_editions(self, list_name: str) -> frozenset[str]:
        return frozenset(e for (l, e) in self._index if l == list_name)

    def lookup(self, cn: str | None = None, issn: str | None = None, name: str | None = None,
               date: object = None, *, include_expanded: bool = True) -> Match | None:
        """The strongest match, or None; ``check`` gives the reasons behind a None."""
        return self.check(cn, issn, name, date, include_expanded=include_expanded).match

    def check(self, cn: str | None = None, issn: str | None = None, name: str | None = None,
              date: object = None, *, include_expanded: bool = True) -> CoreCheck:
        """Look the journal up in the edition of each list in force at ``date``.

        ``date`` is a ``rules.dates.PartialDate``, a ``datetime.date``, a year, or text
        ``YYYY[-MM[-DD]]``; editions change by calendar year, so only the year matters.  Without a
        date every loaded edition is searched — an answer to "was it ever listed", not to 附则（九）.
        ``include_expanded=False`` leaves out CSSCI 扩展版 and CSCD 扩展库, for readers who count
        only the main lists.
        """
        query = _Query.of(cn, issn, name)
        reasons = list(query.notes)
        missing: list[str] = []
        year = _year(date)
        if year is None:
            reasons.append("未给出发表时间：按已载入的各版名单查找，不能据此判断发表时是否为核心期刊")
            missing.append("论文发表时间")
        matches: list[Match] = []
        for list_name in LISTS:
            label = LABELS[list_name]
            loaded = self.loaded_editions(list_name)
            if year is None:
                chosen = [e for e in editions(list_name, loaded) if e.label in loaded]
                if not chosen:
                    reasons.append(f"{label}：未载入任何一版名单")
            else:
                edition = in_force(list_name, year, loaded)
                if edition is None:
                    known = editions(list_name, loaded)
                    reasons.append(f"{label}：{year} 年没有已知的版本" + (
                        f"（已知最早为 {known[0].label} 年版）" if known and year < known[0].first else ""))
                    missing.append(f"{label} {year} 年适用的版本")
                    continue
                if edition.label not in loaded:
                    reasons.append(f"{label}：{year} 年适用 {edition.label} 年版，该版名单未载入，无法判断")
                    missing.append(f"{label} {edition.label} 年版")
                    continue
                chosen = [edition]
                if possibly_superseded(edition, year):
                    reasons.append(f"{label}：{edition.label} 年版是已知最新版；若 {year} 年时已出新版，"
                                   "应以新版为准")
            for edition in chosen:
                found, why = self._match(edition, query, include_expanded)
                if found:
                    matches.append(found)
                else:
                    reasons.append(why)
                    if (edition.list, edition.label) in self._partial:
                        reasons.append(f"{label} {edition.label} 年版只载入了部分名单，未找到不等于未收录")
                        missing.append(f"{label} {edition.label} 年版（完整名单）")
        matches.sort(key=lambda m: (_BY[m.matched_by], LISTS.index(m.list), m.tier != "main",
                                    -m.in_force[0]))
        return CoreCheck(tuple(matches), tuple(reasons), tuple(dict.fromkeys(missing)))

    def _match(self, edition: Edition, query: "_Query",
               include_expanded: bool) -> tuple[Match | None, str]:
        index = self._index[(edition.list, edition.label)]
        where = f"{LABELS[edition.list]} {edition.label} 年版"

        def usable(rows: Iterable[JournalRow]) -> list[JournalRow]:
            return sorted((r for r in rows if include_expanded or r.tier == "main"),
                          key=lambda r: r.tier != "main")

        def found(row: JournalRow, by: str) -> tuple[Match, str]:
            return Match(edition.list, edition.label, (edition.first, edition.last), by, row.name,
                         row.tier, row.cn, row.issn, row.source), ""

        for by, wanted, table in (("cn", query.cn, index.by_cn), ("issn", query.issn, index.by_issn)):
            rows = usable(table.get(wanted, ())) if wanted else []
            if rows:
                return found(rows[0], by)
        if query.name:
            entries = [(r, c) for r, c in index.by_name.get(query.name, ()) if include_expanded or r.tier == "main"]
            pool = [r for r, canonical in entries if canonical] or [r for r, _ in entries]
            clash = self._clash(query, pool) if pool else ""
            if clash:
                return None, f"{where}：{clash}"
            names = {key(r.name) for r in pool}
            serials = {r.cn_key for r in pool if r.cn}
            if len(names) > 1 or len(serials) > 1:
                listed = "、".join(f"《{r.name}》" for r in pool[:4])
                return None, f"{where}名单中刊名「{query.raw_name}」对应多种期刊（{listed}），须凭 CN 或 ISSN 认定"
            if pool:
                return found(usable(pool)[0], "name")
        return None, self._not_found(where, index, query)

    def _clash(self, query: "_Query", pool: list[JournalRow]) -> str:
        """Why the paper's CN or ISSN rules out the journal its name points to ('' if it does not).

        The rows the name found must not carry another CN or ISSN, and neither may any row of any
        loaded list under the same name (unless one of them carries the paper's).
        """
        for row in pool:
            if query.cn and row.cn and row.cn_key != query.cn:
                return f"名单中的《{row.name}》CN 为 {row.cn}，与论文所载 CN {query.raw_cn} 不符，不予认定（同名不同刊）"
            if query.issn and row.issn and row.issn != query.issn:
                return f"名单中的《{row.name}》ISSN 为 {row.issn}，与论文所载 ISSN {query.issn} 不符，不予认定（同名不同刊）"
        cns, issns = self._serials.get(query.name, (set(), set()))
        if query.cn and cns and query.cn not in cns:
            return (f"已载名单中刊名「{query.raw_name}」的 CN 为 {'、'.join(sorted(cns))}，"
                    f"与论文所载 CN {query.raw_cn} 不符，不予认定（同名不同刊）")
        if query.issn and issns and query.issn not in issns:
            return (f"已载名单中刊名「{query.raw_name}」的 ISSN 为 {'、'.join(sorted(issns))}，"
                    f"与论文所载 ISSN {query.issn} 不符，不予认定（同名不同刊）")
        return ""

    @staticmethod
    def _not_found(where: str, index: _EditionIndex, query: "_Query") -> str:
        sought = [f"CN {query.raw_cn}" if query.cn else "", f"ISSN {query.issn}" if query.issn else "",
                  f"刊名「{query.raw_name}」" if query.name else ""]
        text = f"{where}名单（{len(index.rows)} 种）中没有{'、'.join(s for s in sought if s)}"
        if (query.cn or query.issn) and not index.by_cn and not index.by_issn:
            text += "（该名单无 CN/ISSN，只能按刊名查找）"
        if query.name:
            near = sorted({r.name for k, entries in index.by_name.items()
                           if k != query.name and k.startswith(query.name) for r, _ in entries})[:3]
            if near:
                text += f"；名单中以此开头的刊名有 {'、'.join(f'《{n}》' for n in near)}，刊名须完全一致才认定"
        return text

    def warned(self, name: str) -> tuple[WarnedEntry, ...]:
        """Entries of the 国际期刊预警名单 for this title (information only; empty if not loaded)."""
        return tuple(sorted(self._warned.get(warned_key(name), ()), key=lambda e: e.year))

    @property
    def has_warned_lists(self) -> bool:
        return bool(self._warned)


@dataclass(frozen=True)
class _Query:
    cn: str | None
    issn: str | None
    name: str | None
    raw_cn: str | None
    raw_name: str | None
    notes: tuple[str, ...]

    @classmethod
    def of(cls, cn: str | None, issn: str | None, name: str | None) -> "_Query":
        if not (cn or issn or name):
            raise ValueError("a journal lookup needs a CN, an ISSN or a name")
        notes = []
        cn_value = issn_value = None
        if cn:
            try:
                cn_value = cn_key(cn)
            except SerialError:
                notes.append(f"CN「{cn}」格式不对（应为 NN-NNNN/XX），未用于查找")
        if issn:
            try:
                issn_value = issn_key(issn)
            except SerialError:
                notes.append(f"ISSN「{issn}」格式或校验位不对，未用于查找")
        name_value = key(name) if name else None
        return cls(cn_value, issn_value, name_value or None, cn, name, tuple(notes))


def _year(date: object) -> int | None:
    """The calendar year of a PartialDate, date, int or ``YYYY[-MM[-DD]]`` text."""
    if date is None:
        return None
    if isinstance(date, int) and not isinstance(date, bool):
        return date
    if isinstance(date, str):
        from rules.dates import PartialDate  # only text needs the parser; keep imports light
        return PartialDate.parse(date).year
    year = getattr(date, "year", None)
    if isinstance(year, int) and (isinstance(date, dt.date) or hasattr(date, "month")):
        return year
    raise TypeError(f"expected a PartialDate, a date, a year or YYYY-MM-DD text, got {date!r}")


def default_user_dir() -> Path:
    """Where the user's own lists live: ``$ZHICHENG_DATA_DIR/journals``, else
    ``$XDG_DATA_HOME/zhicheng/journals`` (``~/.local/share/zhicheng/journals``)."""
    env = os.environ.get("ZHICHENG_DATA_DIR")
    if env:
        return Path(env).expanduser() / "journals"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "zhicheng" / "journals"


def _list_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in (".csv", ".json"))


def load_lists(extra: Iterable[Path] = (), *, user_dir: Path | None = None,
               shipped: bool = True) -> JournalLists:
    """The shipped lists, the user's data directory (if it exists) and ``extra`` files or folders.

    Raises ``JournalListError`` (file and line) on the first bad row: a half-read list would
    quietly turn core journals into "not found".
    """
    files: list[Path] = _list_files(SHIPPED_DIR) if shipped else []
    user = Path(user_dir) if user_dir is not None else default_user_dir()
    warned_files: list[Path] = []
    if user.is_dir():
        files += _list_files(user)
        if (user / "warned").is_dir():
            warned_files = _list_files(user / "warned")
    for item in map(Path, extra):
        files += _list_files(item) if item.is_dir() else [item]
    rows = [row for path in files for row in read_list_file(path)]
    warned = [entry for path in warned_files for entry in read_warned_file(path)]
    return JournalLists(rows, warned, files + warned_files)
