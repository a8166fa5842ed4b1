"""Journal names: the comparison key, and cleaning the notes lists put into names.

A paper's first page, a CNKI record and a printed list write one journal's name differently:
``北京大学学报（哲学社会科学版）``, ``北京大学学报(哲学社会科学版)``, ``北京大学学报.哲学社会科学版``
(the 北大核心 book's form), ``《北京大学学报》哲学社会科学版``.  ``key`` maps all of these to one
string and does nothing else: no edit distance, no dropping of words or of bracketed parts.  A
name that differs in one character is another journal — many non-core journals have names one
character away from core ones — and a wrong "core" is worse than a missed one.

>>> key('北京大学学报（哲学社会科学版）') == key('北京大学学报.哲学社会科学版') == key('北京大学学报哲社版')
True
>>> key('计算机工程与应用') == key('计算机工程与应用研究')
False
>>> clean_list_name('当代修辞学（原：修辞学习）')
CleanName(name='当代修辞学', aliases=())
>>> clean_list_name('月旦法学（或月旦法学杂志）（台刊）')
CleanName(name='月旦法学', aliases=('月旦法学杂志',))
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters that separate parts of a name without naming anything: brackets, the dot of the dot
# form, 书名号, interpuncts, colons, dashes, slashes, quotes and spaces (after NFKC).
_IGNORED = re.compile(
    r"[\s()\[\]{}<>《》〈〉「」『』【】〔〕〖〗.·・•‧∙:;,、\-‐‑‒–—―−_/\\'\"“”‘’!?]+")

# Short forms of the 版 of a university journal, as lists and authors write them.
_ABBREVIATIONS = (("哲社版", "哲学社会科学版"), ("社科版", "社会科学版"), ("自科版", "自然科学版"))


def key(name: str) -> str:
    """The form two names are compared in: equal keys mean the same name, nothing looser."""
    text = unicodedata.normalize("NFKC", name).casefold()
    for short, full in _ABBREVIATIONS:
        text = text.replace(short, full)
    return _IGNORED.sub("", text)


@dataclass(frozen=True)
class CleanName:
    name: str
    aliases: tuple[str, ...] = ()


# Notes in brackets that lists (the 万维书刊网 data especially) add to a name.  Former names are
# dropped, not kept as aliases: an edition lists the name of its time, and a former name can
# later belong to another journal.  Alternative spellings (或 / 即) and later names (改名为, of
# the same journal and CN) become aliases.  Fees, OA status and the like are not names at all.
_FORMER = re.compile(r"^(原(?!创)|曾|分成为)")
_ALTERNATIVE = re.compile(r"^(或者|或|即|改名为)[:：]?\s*")
_REMARK = re.compile(r"版面费|审稿费|稿酬|稿费|OA期刊|国际刊号|停刊|合并|^台刊$|^集刊$")
_ENGLISH = re.compile(r"^[A-Za-z0-9 &,.:;'()\-–/]*[A-Za-z]{3}[A-Za-z0-9 &,.:;'()\-–/]*$")
_OPEN, _CLOSE = "(（", ")）"
_NEEDS_CLEANING = re.compile(r"[(（)）《》]|^\s|\s$|(?<=[^\x00-\x7f])\s|\s(?=[^\x00-\x7f])")


def _groups(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of top-level round-bracket groups; an unclosed one runs to the end."""
    spans, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in _OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    if depth:
        spans.append((start, len(text)))
    return spans


def _tidy(text: str) -> str:
    """Drop 书名号 and the spaces a line break left between Chinese characters."""
    text = text.replace("《", "").replace("》", "").strip()
    text = re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", text)
    return text


def clean_list_name(raw: str) -> CleanName:
    """A list's name for a journal without its notes, plus the other names the notes give."""
    if not _NEEDS_CLEANING.search(raw):
        return CleanName(raw)
    kept, aliases, last = [], [], 0
    for start, end in _groups(raw):
        inner = raw[start + 1:end - 1] if raw[end - 1] in _CLOSE else raw[start + 1:end]
        inner_nfkc = unicodedata.normalize("NFKC", inner).strip()
        kept.append(raw[last:start])
        last = end
        if _FORMER.match(inner_nfkc) or _REMARK.search(inner_nfkc):
            continue
        alternative = _ALTERNATIVE.match(inner_nfkc)
        if alternative:
            aliases.append(clean_list_name(inner_nfkc[alternative.end():]).name)
        elif _ENGLISH.match(inner_nfkc):
            aliases.append(inner_nfkc.strip())
        else:
            kept.append(raw[start:end])
    kept.append(raw[last:])
    name = _tidy("".join(kept))
    unique = tuple(dict.fromkeys(a for a in aliases if a and key(a) != key(name)))
    return CleanName(name, unique)
