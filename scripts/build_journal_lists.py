"""Build the core-journal list files from the public copies in ../shared/realdocs/journal_lists/.

Two outputs, kept apart because their licences differ:

* default: ``journals/data/core_journals.csv`` — what the package ships.  Only the MIT-licensed
  cnki-core-journal-extension data (names and tags: 北大核心（2023）, CSSCI 2025-2026 来源期刊
  and 扩展版, the few CSCD 2025-2026 tags it carries).
* ``--user-lists``: lists that have no licence and so may not go into the repository — CSSCI
  2021-2022 (official PDFs, with CN/ISSN, joined to the CNKI records for ISSN and current
  names), 北大核心 2020 (the 9th-edition table, names only) — and the GPL 国际期刊预警名单, all
  written into the user's data directory (``$ZHICHENG_DATA_DIR/journals`` or
  ``~/.local/share/zhicheng/journals``), which ``journals.load_lists`` reads.

Usage:
    .venv/bin/python scripts/build_journal_lists.py [--source DIR] [--out DIR]
    .venv/bin/python scripts/build_journal_lists.py --user-lists [--source DIR] [--user-dir DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout, installed or not

from journals.listfile import COLUMNS, JournalRow  # noqa: E402
from journals.lists import default_user_dir  # noqa: E402
from journals.names import clean_list_name, key  # noqa: E402
from journals.serials import SerialError, cn_key, issn_key  # noqa: E402

SHARED = Path(os.environ.get("ZHICHENG_SHARED", ROOT.parent / "shared"))
DEFAULT_SOURCE = SHARED / "realdocs" / "journal_lists"

PLUGIN_FILE = "pku2023_cssci2025_ami_core_plugin_data.json"
PLUGIN_SOURCE = "cnki-core-journal-extension@0c00763e"  # fomodj/…, data/core_plugin_data.json, MIT
# Tags of the plugin data that are lists of 附则（九）, and what they stand for.  Everything else
# it carries (AMI, 国家社科基金, 科技核心, RCCSE, CSSCI收录集刊 …) is another list, not 附则（九）'s:
# 集刊 are book series with ISBNs, not journals with a CN or ISSN (附则（八）).
PLUGIN_TAGS = (  # (field, tag, list, edition, tier)
    ("c", "北大核心（2023）", "pku", "2023", "main"),
    ("c", "CSSCI来源刊", "cssci", "2025-2026", "main"),
    ("c", "CSSCI扩展版", "cssci", "2025-2026", "expanded"),
    ("t", "CSCD核心（2025-2026）", "cscd", "2025-2026", "main"),
    ("t", "CSCD扩展（2025-2026）", "cscd", "2025-2026", "expanded"),
)
# CSSCI lists the theory pages of two newspapers; 附则（九） speaks of 学术期刊, so they are left out.
NEWSPAPER = re.compile(r"日报[(（]理论版[)）]")

CSSCI_2021 = {"main": ("cssci_source_2021_2022.pdf", "cssci2021_2022_source_cnki_info.json"),
              "expanded": ("cssci_expanded_2021_2022.pdf", "cssci2021_2022_expanded_cnki_info.json")}
CSSCI_2021_SOURCE = "RSSCI/CSSCI@953aa112 {pdf} (no licence; personal copy)"
PKU_2020_PDF = "pku_core_2020_9th_edition.pdf"
PKU_2020_SOURCE = "RSSCI/CSSCI@953aa112 2020版北大核心期刊目录（第九版）.pdf (no licence; personal copy)"
PKU_2020_COUNT = 1990  # journals in the 2020 edition's table
WARNED_FILES = "showjcr_GJQKYJMD*.csv"
WARNED_SOURCE = "hitfyd/ShowJCR@fbea94da {name} (GPL-3.0)"


def write_rows(path: Path, rows: Iterable[JournalRow]) -> int:
    """A list file in the shape ``journals.listfile`` reads, sorted so rebuilds diff cleanly."""
    order = {"pku": 0, "cssci": 1, "cscd": 2}
    rows = sorted(rows, key=lambda r: (order[r.list], r.edition, r.tier != "main", r.name))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow([r.list, r.edition, r.name, r.cn or "", r.issn or "", r.source, r.tier,
                             "|".join(r.aliases)])
    return len(rows)


def merge(rows: Iterable[JournalRow]) -> list[JournalRow]:
    """One row per journal per list, edition and tier; aliases of duplicates pooled."""
    merged: dict[tuple[str, str, str, str], JournalRow] = {}
    for row in rows:
        slot = (row.list, row.edition, row.tier, key(row.name))
        if slot in merged:
            old = merged[slot]
            aliases = tuple(dict.fromkeys((*old.aliases, *row.aliases)))
            row = JournalRow(old.list, old.edition, old.name, old.cn or row.cn, old.issn or row.issn,
                             old.source, old.tier, aliases)
        merged[slot] = row
    return list(merged.values())


# ---- shipped: the MIT plugin data ------------------------------------------------------------

def plugin_rows(source: Path) -> list[JournalRow]:
    data = json.loads((source / PLUGIN_FILE).read_text(encoding="utf-8"))
    aliases_of: dict[str, list[str]] = {}
    for alias, target in data["alias"].items():
        aliases_of.setdefault(target, []).append(alias)
    rows = []
    for raw, entry in data["index"].items():
        if NEWSPAPER.search(raw):
            continue
        clean = clean_list_name(raw)
        names = [clean.name, *clean.aliases]
        for alias in aliases_of.get(raw, ()):
            other = clean_list_name(alias)
            names += [other.name, *other.aliases]
        aliases = tuple(dict.fromkeys(n for n in names[1:] if key(n) != key(clean.name)))
        tags = {f: set(entry.get(f, "").split(",")) for f in ("c", "t")}
        found = [(lst, ed, tier, tag) for f, tag, lst, ed, tier in PLUGIN_TAGS if tag in tags[f]]
        main = {lst for lst, _, tier, _ in found if tier == "main"}
        for lst, ed, tier, tag in found:
            if tier == "expanded" and lst in main:
                continue  # both tags: the main list wins
            rows.append(JournalRow(lst, ed, clean.name, source=f"{PLUGIN_SOURCE}: {tag}", tier=tier,
                                   aliases=aliases))
    return merge(rows)


# ---- user lists: no licence or GPL, written to the user's directory only ---------------------

def pdf_text(path: Path) -> str:
    import pypdfium2  # only the build needs a PDF reader; the package never does

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


_CSSCI_LINE = re.compile(r"^(\d+)\s+(\S+)\s+(.+?)\s+(\d{2}-\d{4}/[A-Za-z0-9.]+|\d{4}-\d{3}[\dXx]|\d{6})\s*$")


def cssci_2021_rows(source: Path) -> list[JournalRow]:
    """CSSCI 2021-2022 from the official PDFs (names and CN as listed), ISSN from CNKI by CN."""
    rows = []
    for tier, (pdf_name, json_name) in CSSCI_2021.items():
        cnki = json.loads((source / json_name).read_text(encoding="utf-8"))
        by_cn = {}
        for record in cnki.values():
            try:
                by_cn[cn_key(record["CN"])] = record
            except (KeyError, SerialError):
                continue
        numbers = []
        for line in pdf_text(source / pdf_name).splitlines():
            match = _CSSCI_LINE.match(line.strip())
            if not match:
                continue
            number, _subject, name, serial = match.groups()
            numbers.append(int(number))
            if re.fullmatch(r"\d{6}", serial) or NEWSPAPER.search(name):
                continue  # a newspaper's theory page, not a journal
            cn = issn = None
            aliases: tuple[str, ...] = ()
            if "/" in serial:
                cn = serial.upper()
                record = by_cn.get(cn_key(cn))
                if record:
                    try:
                        issn = issn_key(record.get("ISSN", ""))
                    except SerialError:
                        issn = None
                    title = clean_list_name(record["title"]).name
                    if key(title) != key(name):
                        aliases = (title,)  # CNKI's current name of the same CN
            else:
                try:
                    issn = issn_key(serial)
                except SerialError as err:  # 文与哲 1728-7130 in the 2021-2022 PDF
                    print(f"{pdf_name} row {number} {name}: {err}; kept without ISSN", file=sys.stderr)
            rows.append(JournalRow("cssci", "2021-2022", clean_list_name(name).name, cn, issn,
                                   CSSCI_2021_SOURCE.format(pdf=pdf_name), tier, aliases))
        if numbers != list(range(1, len(numbers) + 1)):
            gaps = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
            raise SystemExit(f"{pdf_name}: rows {gaps[:10]} not read; the PDF layout changed?")
    return merge(rows)


def _bracket_depth(text: str) -> int:
    depth = 0
    for char in text:
        depth += char in "(（"
        depth -= depth > 0 and char in ")）"
    return depth


def pku_2020_rows(source: Path) -> list[JournalRow]:
    """北大核心 2020 from its table: ``排序 刊名`` entries numbered 1… within each subject.

    The text layer runs entries and subject headings (``数学 O1``) together and wraps long names,
    so lines with an open bracket are joined, tokens split outside brackets, and an entry starts
    at a number that continues the count or restarts it at 1.  The count must come to 1990.
    """
    lines: list[str] = []
    for line in pdf_text(source / PKU_2020_PDF).splitlines():
        if lines and _bracket_depth(lines[-1]):
            lines[-1] += line.strip()
        else:
            lines.append(line.strip())
    tokens = [t for line in lines for t in re.split(r"\s+(?![^(（]*[)）])", line) if t]
    entries: list[list[str]] = []
    last = 0
    for token in tokens:
        if token.isdigit() and int(token) in (last + 1, 1):
            last = int(token)
            entries.append([])
        elif entries:
            entries[-1].append(token)
    if len(entries) != PKU_2020_COUNT:
        raise SystemExit(f"{PKU_2020_PDF}: read {len(entries)} journals, the 2020 edition has {PKU_2020_COUNT}")
    rows = []
    for words in entries:
        name = words[0] + (words[1] if len(words) > 1 and words[1] == "辑" else "")  # 数学年刊.A 辑
        clean = clean_list_name(name)
        rows.append(JournalRow("pku", "2020", clean.name, source=PKU_2020_SOURCE, aliases=clean.aliases))
    return merge(rows)


def warned_rows(source: Path) -> list[tuple[int, str, str, str]]:
    rows = []
    for path in sorted(source.glob(WARNED_FILES)):
        year = int(re.search(r"(\d{4})", path.name).group(1))
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for record in csv.reader(handle):
                if not record or record[0] == "Journal":
                    continue
                rows.append((year, record[0].strip(), record[1].strip() if len(record) > 1 else "",
                             WARNED_SOURCE.format(name=path.name)))
    return rows


def write_user_lists(source: Path, user_dir: Path) -> None:
    counts = {
        "cssci_2021-2022.csv": write_rows(user_dir / "cssci_2021-2022.csv", cssci_2021_rows(source)),
        "pku_2020.csv": write_rows(user_dir / "pku_2020.csv", pku_2020_rows(source)),
    }
    warned = warned_rows(source)
    (user_dir / "warned").mkdir(parents=True, exist_ok=True)
    with (user_dir / "warned" / "gjqkyjmd.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("year", "journal", "note", "source"))
        writer.writerows(warned)
    counts["warned/gjqkyjmd.csv"] = len(warned)
    for name, count in counts.items():
        print(f"{user_dir / name}: {count} rows")
    print("These lists carry no licence (CSSCI, 北大核心) or the GPL (预警名单): they are for your own "
          "use here and must not be copied into the repository.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help=f"the journal_lists folder (default {DEFAULT_SOURCE})")
    parser.add_argument("--out", type=Path, default=ROOT / "journals" / "data",
                        help="where the shipped list goes (default journals/data)")
    parser.add_argument("--user-lists", action="store_true",
                        help="write the unlicensed and GPL lists into the user data directory instead")
    parser.add_argument("--user-dir", type=Path, default=None,
                        help=f"the user data directory (default {default_user_dir()})")
    args = parser.parse_args(argv)
    if not args.source.is_dir():
        parser.error(f"{args.source} is not a folder; pass --source")
    if args.user_lists:
        write_user_lists(args.source, args.user_dir or default_user_dir())
        return 0
    count = write_rows(args.out / "core_journals.csv", plugin_rows(args.source))
    print(f"{args.out / 'core_journals.csv'}: {count} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
