"""Core-journal lists (北大核心, CSSCI, CSCD) by edition, for 附则（九）of 渝人社发〔2022〕67号.

"核心期刊是指北京大学图书馆出版的《中文核心期刊要目总览》、南京大学 CSSCI、中国科学研究院 CSCD
收录的学术期刊，以论文发表时间的版本为准。"  The lists are data files (``journals/data/`` ships
what may be shipped; the user's data directory and ``extra`` files add the rest), so a user can
correct or extend them without touching code.  This package imports no OCR, NLP or data-frame
library: the rules can consult it anywhere.

Typical use::

    from journals import load_lists
    lists = load_lists()
    found = lists.check(cn="11-2127/TP", name="计算机工程与应用", date="2024-03")
    found.match        # Match(list='pku', edition='2023', matched_by='name', …) or None
    found.reasons      # why each list did or could not match

The shipped list has names only, so matching by CN or ISSN needs a user list that has them
(``scripts/build_journal_lists.py --user-lists``, or a CSV of one's own; see
``journals/data/README.md``).
"""

from __future__ import annotations

from .editions import LABELS, LISTS, Edition, editions, in_force
from .listfile import COLUMNS, JournalListError, JournalRow, read_list_file
from .lists import CoreCheck, JournalLists, Match, default_user_dir, load_lists
from .names import clean_list_name, key
from .warned import WarnedEntry

__all__ = [
    "COLUMNS", "CoreCheck", "Edition", "JournalListError", "JournalLists", "JournalRow", "LABELS",
    "LISTS", "Match", "WarnedEntry", "clean_list_name", "default_user_dir", "editions", "in_force",
    "key", "load_lists", "read_list_file",
]
