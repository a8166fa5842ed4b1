"""Finding the applicant in a list of people, tolerant of one OCR-garbled character.

The rank this gives is evidence (项目骨干 is rank ≤ 3, 主要完成人 rank ≤ 5), so matching
the wrong person is worse than matching no one: a miss becomes a visible
``name_not_found`` issue that a person checks, a wrong match silently changes a verdict.

The rule, in order:

1. **Exact** (after removing spaces, folding width; Latin names case-insensitively): the
   one entry equal to the name.  An exact match anywhere wins over any fuzzy one.  The same
   name twice in one list is **ambiguous** (two people called 张伟 are not rare): no rank.
2. **Two-character names** and Latin names are exact only: one character of two is half
   the name.
3. **Fuzzy**, for Chinese names of three or more characters: an entry of the same length
   and the same surname (one character, or two for 欧阳 …) that differs in exactly one
   given-name character.  One differing character in a three-character name is ambiguous
   by nature: 王小明 and 王小红 are as likely colleagues as an OCR slip.  So:

   - default (``strict=True``): the differing pair must be a known OCR confusion
     (``CONFUSABLE``: 丰/车, 明/朋, 峰/锋 …) and that entry must be the only such entry.
     王小明 vs 王小红 is not matched.
   - ``strict=False``: any single-character difference, provided no other entry is as
     close (exactly one entry at distance one).  王小明 then matches 王小红 when it is the
     only near entry, and nothing when 王小红 and 王小朋 both are.

   A garbled surname, a dropped or an added character are never forgiven.

>>> match_name('张三丰', ['李四', '张三车'])
2
>>> match_name('王小明', ['王小红', '李四']) is None
True
>>> match_name('王小明', ['王小红', '李四'], strict=False)
1
>>> match_name('张三', ['张山']) is None
True
>>> find_name('王小明', ['王小朋', '王小明']).kind
'exact'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Hamming

from ..normalize import simplified
from .numerals import fold
from .people import COMPOUND_SURNAMES

# Groups of characters that OCR engines confuse with one another in print.  A starting
# table from common Chinese OCR errors, weighted to characters used in names; extend it
# from measured confusions, never with look-alikes of meaning or sound.
_CONFUSABLE_GROUPS = (
    "丰车韦", "明朋", "峰锋烽", "己已巳", "未末", "土士", "日曰", "人入八", "王玉主", "大太犬丈",
    "天夫", "千干于", "戊戌戍成", "贝见", "乌鸟", "刀力", "候侯", "冼洗", "晴睛", "辨辩辫",
    "白自", "田由甲申", "今令", "准淮", "拔拨", "兔免", "季李", "杨扬汤", "宇字", "平乎", "军车",
    "华毕", "东乐", "玲铃岭伶", "健建键", "俊浚峻骏竣", "博傅搏", "海梅悔", "辉挥晖", "芳方访仿",
    "萍苹", "洁结诘", "颖颍", "婷停亭", "晓哓烧浇", "凯恺剀", "琪棋淇祺骐", "佳住往", "丹舟",
    "雪雷", "宋宗", "志忠", "永水", "小少", "元无", "万方", "兴共关", "国图固围", "文丈",
    "超起赵", "勇甬", "龙尤", "武式", "林材村", "清请情", "浩皓", "波坡破", "伟玮炜纬",
    "娟绢鹃", "敏敦", "辰晨", "春舂", "若苦", "壮状", "治冶", "贾贯", "礼札", "昕听",
    "析折拆", "钧钩", "炳柄", "珍诊",
    # (surnames measured misread on scans: 谭 as 潭, 钭 as 斜; 冼 as 洗 above)
    "谭潭", "钭斜",
)
CONFUSABLE: dict[str, frozenset[str]] = {}
for _group in _CONFUSABLE_GROUPS:
    for _char in _group:
        CONFUSABLE[_char] = CONFUSABLE.get(_char, frozenset()) | frozenset(_group) - {_char}


def confusable(a: str, b: str) -> bool:
    """True when OCR is known to read ``a`` as ``b`` (or ``b`` as ``a``)."""
    return b in CONFUSABLE.get(a, ()) or a in CONFUSABLE.get(b, ())


@dataclass(frozen=True)
class NameMatch:
    """Where (if anywhere) a name is in a list, and why."""

    rank: int | None  # 1-based
    kind: str  # exact | ocr_confusion | fuzzy | ambiguous | none
    matched: str | None  # the entry as the list has it
    reason: str


_LATIN = re.compile(r"[A-Za-z]")


def normalise_name(name: str) -> str:
    """The form names are compared in: width folded, simplified characters, no spaces in Chinese names, Latin
    names with single spaces and case folded, ``•``/``・`` written ``·``."""
    name = simplified(fold(name)).strip()
    name = re.sub("[•・‧]", "·", name)
    if _LATIN.search(name):
        return " ".join(name.split()).casefold()
    return "".join(name.split())


def _surname_length(name: str) -> int:
    return 2 if name[:2] in COMPOUND_SURNAMES else 1


def find_name(name: str, people: Sequence[str], *, strict: bool = True) -> NameMatch:
    """The applicant's place in ``people`` under the rule of this module."""
    target = normalise_name(name) if isinstance(name, str) else ""
    entries = [normalise_name(p) if isinstance(p, str) else "" for p in people]
    if not target:
        return NameMatch(None, "none", None, "no name to look for")
    exact = [i for i, entry in enumerate(entries) if entry == target]
    if not exact and "·" in target + "".join(entries):
        # a transliterated name with its dot left out on one paper (买合木提艾力 for 买合木提·艾力):
        # the dot is typography, the letters the name
        exact = [i for i, entry in enumerate(entries) if entry.replace("·", "") == target.replace("·", "")]
    if len(exact) == 1:
        return NameMatch(exact[0] + 1, "exact", people[exact[0]], f"{name} is number {exact[0] + 1}")
    if exact:
        places = ", ".join(str(i + 1) for i in exact)
        return NameMatch(None, "ambiguous", None, f"{name} appears {len(exact)} times (numbers {places})")
    if _LATIN.search(target) or len(target) < 3:
        return NameMatch(None, "none", None, f"{name} is not in the list (names under three "
                         "characters and Latin names must match exactly)")
    near = _near(target, entries)
    if strict:
        near = [(i, a, b) for i, a, b in near if confusable(a, b)]
    if len(near) == 1:
        i, want, got = near[0]
        kind = "ocr_confusion" if confusable(want, got) else "fuzzy"
        why = "a known OCR confusion" if kind == "ocr_confusion" else "and no other entry is as close"
        return NameMatch(i + 1, kind, people[i],
                         f"{name} read as {people[i]} (number {i + 1}): one character differs, {want}/{got}, {why}")
    if near:
        listed = ", ".join(people[i] for i, _, _ in near)
        return NameMatch(None, "ambiguous", None, f"{name} is one character from several entries: {listed}")
    return NameMatch(None, "none", None, f"{name} is not in the list")


def _near(target: str, entries: list[str]) -> list[tuple[int, str, str]]:
    """Entries one given-name character away: (index, the name's character, the entry's)."""
    surname = _surname_length(target)
    near = []
    for i, entry in enumerate(entries):
        if len(entry) != len(target):
            continue
        if entry[:surname] != target[:surname] and not (surname == 1 and _misread_surname(target[0], entry[0])):
            continue
        if Hamming.distance(entry, target) != 1:
            continue
        k = next(k for k, (a, b) in enumerate(zip(target, entry)) if a != b)
        near.append((i, target[k], entry[k]))
    return near


# Letters that begin nobody's name, with the surname OCR reads as them on scans (measured: probes
# DG, DI, DK). Named one by one: the surname tables are not every surname there is (季 is one),
# so "not in the tables" is no proof a letter is none.
_NO_SURNAME_MISREADS = {"洗": "冼", "潭": "谭", "斜": "钭"}


def _misread_surname(want: str, got: str) -> bool:
    """A surname read as a letter no surname is (冼 as 洗, 谭 as 潭, probe DI): OCR's, never
    another person's — the one garbled surname that is forgiven.

    >>> _misread_surname("冼", "洗"), _misread_surname("季", "李"), _misread_surname("李", "季"), _misread_surname("谭", "潭")
    (True, False, False, True)
    """
    return _NO_SURNAME_MISREADS.get(got) == want


def mend_surname(name: str) -> str:
    """A name OCR read with a letter no surname is where its surname stands: the surname it
    misreads (洗卓然 → 冼卓然). Anything else as read.

    >>> mend_surname("洗卓然"), mend_surname("潭晓雯"), mend_surname("季红"), mend_surname("扎西")
    ('冼卓然', '谭晓雯', '季红', '扎西')
    """
    if not isinstance(name, str) or not 2 <= len(name) <= 4 or name[0] not in _NO_SURNAME_MISREADS:
        return name
    return _NO_SURNAME_MISREADS[name[0]] + name[1:]


def match_name(name: str, people: Sequence[str], *, strict: bool = True) -> int | None:
    """The 1-based rank of ``name`` in ``people``, or ``None`` (see the module's rule)."""
    return find_name(name, people, strict=strict).rank


def printed_alone(name: str, words: str, people: Sequence[str] = ()) -> bool:
    """Whether ``words`` (a document's text, spaces out) print ``name`` as a person of his
    own, not inside another's name: 阳明 in 欧阳明 (a compound surname's first character before
    it) or 王明 in a listed 王明远 is someone else.  A loose word search took 欧阳明's award for
    阳明's; a name found only so shows nothing of him.

    >>> printed_alone('阳明', '授予欧阳明同志'), printed_alone('阳明', '授予阳明同志')
    (False, True)
    >>> printed_alone('马南', '主要起草人：赵磊、司马南'), printed_alone('王明', '成员：王明远、李娜', ['王明远', '李娜'])
    (False, False)
    >>> printed_alone('王明', '成员：王明远、王明', ['王明远', '王明'])
    True
    """
    name = "".join(name.split())
    if not name:
        return False
    longer = ["".join(p.split()) for p in people if name in "".join(p.split()) and "".join(p.split()) != name]
    spans = [(m.start(), m.end()) for p in longer for m in re.finditer(re.escape(p), words)]
    for m in re.finditer(re.escape(name), words):
        before = words[m.start() - 1:m.start()]
        if before and before + name[0] in COMPOUND_SURNAMES:
            continue
        if any(start <= m.start() and m.end() <= end for start, end in spans):
            continue
        return True
    return False


# A list said to be in no order (主要完成人员（排名不分先后）：…, 编写人员（按姓氏笔画排序）): its
# order is the alphabet's or none, and a place in it is no rank (附则（二）'s 前3位).
_UNORDERED = re.compile(r"(?:排名|排序|顺序|次序)(?:不分(?:先后|前后|主次)|无先后)|不分(?:先后|前后|主次)(?:顺序)?(?:排列|排序|排名)?|"
                        r"[按以](?:姓氏)?(?:笔画|笔划|拼音|音序|首字母|字母)(?:顺序)?(?:排序|排列|为序|先后)?(?=[)）,，:：。]|$)")
# (…, 其余按姓氏笔画排序: the first named stands first, the rest in no order)
_FIRST_EXEMPT = re.compile(r"除(?:第一(?:完成人|名|位)?|排名第一[的位]?|项目负责人|负责人|主持人)[^，,）)]{0,6}外[，,]?(?:其余|其他)?[^，,）)]{0,4}$")
# A note on its own after the list: 注：以上主要完成人员排名不分先后。
_NOTE_AFTER = re.compile(r"以上[^。；;]{0,16}?(?:人员|成员|名单|完成人|起草人|作者)[^。；;]{0,6}?")


def unordered_note(words: str, people: Sequence[str]) -> tuple[str, bool] | None:
    """The note in ``words`` that says ``people`` stand in no order, and whether it leaves the
    first of them first (除第一完成人外，其余按姓氏笔画排序): printed just before the list (its
    label's brackets, a table's captions between), right after its last name, or in a note
    after it (注：以上人员排名不分先后).  A note on another list (参与单位（排名不分先后）, a
    committee's 委员（按姓氏笔画排序）over other names) says nothing of this one.

    >>> unordered_note("主要完成人员（排名不分先后）：李强、王芳、张伟", ["李强", "王芳", "张伟"])
    ('排名不分先后', False)
    >>> unordered_note("编写人员（以姓氏笔画为序）：王芳、李强", ["王芳", "李强"])
    ('以姓氏笔画为序', False)
    >>> unordered_note("参与单位（排名不分先后）：重庆大学、重庆邮电大学。主要完成人员：李强、王芳", ["李强", "王芳"]) is None
    True
    >>> unordered_note("主要完成人员（排名不分先后）序号姓名性别出生年月所在单位1李强男1980重庆大学2王芳", ["李强", "王芳"])
    ('排名不分先后', False)
    >>> unordered_note("委员：（按姓氏笔画排序）王琴尹德兵本书编写人员主编：陈晓东副主编：夏雨", ["陈晓东", "夏雨"]) is None
    True
    >>> unordered_note("主要完成人员（除第一完成人外，其余按姓氏笔画排序）：李强、王芳、刘洋", ["李强", "王芳", "刘洋"])
    ('按姓氏笔画排序', True)
    >>> unordered_note("主要完成人员：李强、王芳、张伟（排名不分前后）", ["李强", "王芳", "张伟"])
    ('排名不分前后', False)
    >>> unordered_note("主要完成人员：李强、王芳、张伟。注：以上主要完成人员排名不分先后。", ["李强", "王芳", "张伟"])
    ('排名不分先后', False)
    """
    names = ["".join(p.split()) for p in people if p]
    if not names:
        return None
    firsts = names[:2]
    last = words.rfind(names[-1])
    for m in _UNORDERED.finditer(words):
        exempt = bool(_FIRST_EXEMPT.search(words[max(0, m.start() - 16):m.start()]))
        after = words[m.end():m.end() + 60]
        if any(f in after for f in firsts):
            cut = min(after.find(f) for f in firsts if f in after)
            # (between the note and the names only brackets, numbers and a table's captions:
            # any other word is another list's, 委员（按姓氏笔画排序）：王琴… 主编：陈晓东)
            between = _CAPTIONS.sub("", after[:cut])
            if not re.search(r"[\u4e00-\u9fff]", between):
                return m.group(0), exempt
        if last >= 0 and m.start() >= last + len(names[-1]):
            gap = words[last + len(names[-1]):m.start()]
            # (right after the last name, in brackets; or a note on the list after it)
            if not re.search(r"[\u4e00-\u9fff]", gap) and len(gap) <= 3 or len(gap) <= 24 and _NOTE_AFTER.search(gap):
                return m.group(0), exempt
    return None


_CAPTIONS = re.compile(r"序号|姓名|性别|出生年月|年龄|学历|学位|所在单位|工作单位|单位|技术职称|职称|职务|分工|排名|排序|名次|签名|签字|"
                       r"专业|任务分工|身份证号码?|[男女]|\d{4}(?:年\d{1,2}月?)?")
