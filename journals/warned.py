"""The 中科院《国际期刊预警名单》: international journals flagged for citation manipulation,
paper mills and the like.

It is not part of 附则（九） and changes no answer about core journals; a reviewer may still want
to know that an ISSN paper appeared in a journal on it, so it is reported as information.  The
only copy at hand (ShowJCR's CSVs) is GPL-3.0, which an MIT package cannot ship, so the lists are
read from the user's data directory, where ``scripts/build_journal_lists.py --user-lists`` puts
them.  File shape (``warned/*.csv`` there)::

    year,journal,note,source
    2025,Wireless Personal Communications,论文工厂,ShowJCR GJQKYJMD2025.csv
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .listfile import JournalListError

WARNED_COLUMNS = ("year", "journal", "note", "source")


@dataclass(frozen=True)
class WarnedEntry:
    year: int
    journal: str
    note: str
    source: str


def warned_key(title: str) -> str:
    """English titles compared without case, punctuation or the &/and difference."""
    text = unicodedata.normalize("NFKC", title).casefold().replace("&", " and ")
    return re.sub(r"[\W_]+", "", text)


def read_warned_file(path: Path) -> list[WarnedEntry]:
    entries = []
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in WARNED_COLUMNS[:2] if c not in (reader.fieldnames or [])]
            if missing:
                raise JournalListError(f"{path}:1", f"表头缺少 {', '.join(missing)}；"
                                       f"应有列 {', '.join(WARNED_COLUMNS)}")
            for values in reader:
                where = f"{path}:{reader.line_num}"
                year, journal = (values.get("year") or "").strip(), (values.get("journal") or "").strip()
                if not year.isdigit() or len(year) != 4:
                    raise JournalListError(where, f"年份（year）{year!r} 不是四位年份")
                if not journal:
                    raise JournalListError(where, "journal 列为空")
                entries.append(WarnedEntry(int(year), journal, (values.get("note") or "").strip(),
                                           (values.get("source") or "").strip() or Path(path).name))
    except OSError as err:
        raise JournalListError(str(path), f"无法读取（{err.strerror}）") from None
    except UnicodeDecodeError:
        raise JournalListError(str(path), "不是 UTF-8 文本（请另存为 UTF-8 编码）") from None
    return entries
