"""推荐信: recommendation letters and expert recommendation forms (破格 routes need them).

Three shapes: a letter (``兹推荐…司马俊峰同志破格申报…``, signed ``推荐人：李四（正高级工程师）``),
a form of cells (被推荐人姓名 | 欧阳晓红 | 现职称 | 工程师; 推荐人姓名 | 李四 | 职称 | 正高级工程师)
and a 推荐书 whose recommender introduces himself (``本人王五，…具有正高级工程师职称``).  The
candidate's titles (现职称, 申报…正高级工程师, the rows under 被推荐人) are never the
recommender's.  A title is read as printed (专业技术职务 | 高级工程师, 职称：正高级工程师,
钟安（教授级高工）): a post (总工程师) says nothing, while a title of another series (教授,
研究员, 高级经济师) or one damaged before its level (上高级工程师) leaves the title out.
"""

from __future__ import annotations

import re
from itertools import takewhile

from rules.vocabulary import Title

from ..fields.dates import find_dates
from ..fields.people import has_surname, labelled_surname, sentence_person
from ..layout import (cell_words, original_index, bracketed_name_under, line_below, box, comrade, empty_value_cell, field_value, heading_labels, is_name, line_at,
                      names_in, next_line, plain_names, right_of, row_of, running_text, spelled_label_values, split_cells, standalone_date, table_rows, text_after, wrapped_value,
                      title_key, vertical_captions, TICKS, EMPTY_BOXES)
from ..text import DocText, same_row
from .base import LISTS, Cues, DocType, Fields, date_of


_RECOMMENDER_LABELS = ["推荐人姓名", "推荐专家姓名", "评议专家姓名", "推荐人", "推荐专家", "专家姓名", "评价人",
                       "评议专家", "评议人"]
# (评价人 signs an evaluation that recommends, 评议专家 a peer's 评议意见表; read only as
# printed: 评审人, 评审专家 are others)
_EXACT_ONLY = frozenset({"评价人", "评议专家", "评议人"})
_RECOMMENDER_TITLE_LABELS = ["推荐人职称", "推荐专家职称", "专家职称", "推荐人专业技术职务", "现任专业技术职务", "现任专业技术职称",
                             "专业技术职称", "专业技术职务",
                             "专业技术资格", "技术职称", "技术职务", "现任职务", "职称/职务", "职务/职称", "职称(职务)",
                             "职务(职称)", "职称"]
# Where the recommender signs (reading folds （） to ASCII): a typed name after it is his.
_SIGNED_LABELS = ["推荐人(签名)", "推荐人(签字)", "推荐人(签章)", "推荐专家(签名)", "推荐专家(签字)", "推荐人签名",
                  "推荐人签字", "推荐专家签名", "推荐专家签字", "专家签名", "专家签字"]
_CANDIDATE_LABELS = ["被推荐人姓名", "被推荐人", "申报人姓名", "申报人", "推荐对象"]
# Words before a 职称 label that make it the candidate's: 现职称, 现任职称, 申报职称, 拟申报职称.
_CANDIDATE_SIDE = ("现", "现任", "申报", "拟", "原", "被推荐人", "申报人")


def extract_recommendation(text: DocText) -> Fields:
    f = Fields()
    sides = _sections(text)
    profiles = _profiles(text)
    columns = _person_columns(text) or _profile_box(text) or profiles.get("recommender", {})
    recommender = _recommender(text, sides) or columns.get("姓名")
    if recommender:
        f.set("recommender", recommender[0], recommender[2])
    found = _recommender_title(text, recommender, sides)
    if not found and "职称" in columns:
        key, decided = _first_title(columns["职称"][0])
        found = (key, columns["职称"][2]) if decided and key else None
    if not found and recommender:
        found = _title_under_signature(text, recommender[2], recommender[0])
    if not found and recommender and len(table := _expert_table(text)) == 1 and table[1][0] == recommender[0] and table[1][1]:
        found = table[1][1], table[1][3]  # (a table of one expert, 推荐人 | 职称 | 工作单位, probe EB29)
    if found:
        f.set("recommender_title", found[0], found[1])
    elif unread := _unread_title(text, sides):  # 推荐人职称 | (a faint cell): read it once more
        f.look("recommender_title", unread[0], unread[1])
    candidate = _candidate(text, sides)
    if candidate is None and "姓名" in profiles.get("candidate", {}):
        candidate = profiles["candidate"]["姓名"][0], profiles["candidate"]["姓名"][2]
    f.put("candidate", candidate)
    joint = _joint_experts(text)
    if joint:
        # a joint form (推荐人1：… 推荐人2：…, or a table of its experts): the first is the
        # recommender, each after him a co-recommender with his title and field as printed
        # beside him, counted on his own (audit._recommenders)
        name, title, field, line = joint[0]
        f.set("recommender", name, line)
        recommender = (name, line.text, line)
        if title:
            f.set("recommender_title", title, line)
        if field:
            f.set("recommender_specialty", field, line)
        f.set("co_recommenders", [{"recommender": n, "recommender_title": t, **({"recommender_specialty": s} if s else {})}
                                  for n, t, s, _ in joint[1:]], joint[1][3])
    if recommender and f.values.get("candidate") == recommender[0]:
        # nobody recommends himself: the name was read from the candidate's place
        for key in ("recommender", "recommender_title"):
            f.values.pop(key, None)
            f.sources.pop(key, None)
        f.notes.append("推荐人与被推荐人读作同一人，推荐人未取，请人工核对")
    f.put("target_title", _target_title(text))
    if "recommender_specialty" not in f.values:
        said = profiles.get("recommender", {}).get("专业")
        f.put("recommender_specialty", _specialty(text) or (said and (said[0], said[2])))
    # (the day it was signed: a letter dated after the review's closing day was not there by it)
    f.put("date", date_of(text, ["推荐日期", "推荐时间", "签字日期", "签名日期", "签署日期"]) or _signed_on(text))
    unsigned = _unsigned(text) or _blank_signature(text)
    if unsigned is not None:
        f.issue("warning", "recommendation_unsigned",
                f"推荐人签名处为「{unsigned[0]}」：推荐表未经推荐人签名，此件不作推荐信计（需补签）")
    verdict = _verdict(text)
    if verdict is False:
        f.issue("warning", "recommendation_declined", "评议结论为不同意推荐：此件不作推荐信计")
    elif verdict is None:
        f.issue("warning", "recommendation_unclear", "评议结论的勾选未能读出（同意推荐／不同意推荐）：此件暂不计，需人工核对")
    return f


# 推荐人签名：（未签名）, 签字：未签: the form says itself that nobody signed it.
_UNSIGNED = re.compile(r"(?:^|\s)(?:推荐人|推荐专家|专家)?(?:本人)?(?:签名|签字|签章)(?:[(（][^)）]{0,6}[)）])?[:：]\s*[(（]?\s*"
                       r"(未签名|未签字|未签章|未签|无签名|无签字|空缺?|待签)\s*[)）]?(?=\s|$|日期)")


# Another party's caption on a letter: its seal's or its office's marks are not the recommender's hand.
_OTHER_CAPTION = re.compile(r"盖章|签章|公章|单位意见|所在单位|办公室|评审|审核|受理")
# The recommender's own place to sign, alone on its line: 推荐人签名：, 推荐专家（签字）.
_SIGN_HERE = re.compile(r"(?:推荐人|推荐专家)(?:本人)?[(（]?(?:签名|签字|签章)[)）]?[:：]?")


def _blank_signature(text: DocText) -> tuple[str, TextLine] | None:
    """A typed letter's place to sign left blank: on a text layer, 推荐人签名： with no text to its
    right or on the line under it, and nothing drawn there (a signature pasted as a picture or
    drawn with a pen).  A scan's signature is ink OCR may not read: never judged blank."""
    pages = {p.number: p for p in text.result.pages}
    # (a narrow label cell wraps its caption, 推荐人 over 签名, probe DK N07: the two as one, the
    # place to sign right of the second)
    wrapped = [(below, line.compact + below.compact) for line in text.lines
               if line.compact in ("推荐人", "推荐专家", "推荐人（", "推荐人(")
               for below in [next_line(text, line)] if below is not None and re.match(r"[（(]?签[名字]", below.compact)]
    for line, said in [(l, l.compact) for l in text.lines] + wrapped:
        page = pages.get(line.page)
        # (推荐人签名：______, 推荐人签名：    日期：2025年3月10日: a rule to sign on, the date beside it)
        bare = re.sub(r"[_＿]+|(?:日期|时间)[:：].*$|(?:19|20)\d\d年.*$", "", said)
        if page is None or page.source != "text_layer" or not _SIGN_HERE.fullmatch(bare):
            continue
        x0, y0, x1, y1 = box(line)
        height = max(y1 - y0, 1.0)
        if any(box(o)[0] >= x1 - 1 for o in text.lines if o is not line and o.page == line.page and same_row(o, line)):
            continue  # (the name typed beside it)
        below = line_below(text, line, max_gap=1.5)
        if below is not None and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", below.compact) and has_surname(below.compact):
            continue  # (the name typed under it)
        # (a picture or ink where one signs: beside the label, or under it within six lines; never a
        # frame around the label itself, nor a mark level with another caption, the unit's seal by
        # 推荐人所在单位（盖章）, an office's initials in its own section)
        others = [box(o) for o in text.lines if o is not line and o.page == line.page and _OTHER_CAPTION.search(o.compact)]
        if any(not (d[0] <= x0 and d[1] <= y0 and d[2] >= x1 and d[3] >= y1)
               and d[3] > y0 - 1.5 * height and d[1] < y1 + 6 * height and d[2] > x0 - 2 * height
               and (d[1] < y1 + 1.5 * height or d[0] < x1 + 25 * height)
               and not any(d[1] < o[3] + height and d[3] > o[1] - height and d[0] < o[2] + 10 * height for o in others)
               for d in page.drawn):
            continue
        return "空白", line
    return None


def _unsigned(text: DocText) -> tuple[str, TextLine] | None:
    """The words of a signature line that say nobody signed (推荐人签名：（未签名）), with the line.

    >>> from extractor.model import Line, Page, ReadResult
    >>> doc = lambda t: DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer",
    ...                                    [Line(t, (65, 416, 195, 429))])]))
    >>> _unsigned(doc("推荐人签名:(未签名)"))[0], _unsigned(doc("推荐人签名：陈国华")), _unsigned(doc("签名：未签名者不予受理"))
    ('未签名', None, None)
    >>> _unsigned(doc("推荐人签名：（未签名）  日期："))[0], _unsigned(doc("所在单位负责人签字：（未签字）"))
    ('未签名', None)
    """
    for line in text.lines:
        found = _UNSIGNED.search(line.text.strip())
        if found:
            return found.group(1), line
    return None


# A profile in one sentence, its items parted by semicolons (推荐人基本情况：姓名 袁丽；职称 正高级
# 工程师；专业 电气工程；单位 …。 / 被推荐人基本情况：姓名 令狐晓峰；现职称 高级工程师；…).
_PROFILE = re.compile(r"(被)?推荐(?:人|专家)(?:基本)?(?:情况|信息|简况|简介)[:：]([^。]{4,160})")
_PROFILE_KEYS = {"姓名": "姓名", "职称": "职称", "专业技术职称": "职称", "专业技术资格": "职称", "现职称": "现职称",
                 "专业": "专业", "从事专业": "专业", "单位": "单位", "工作单位": "单位"}
_PROFILE_WORDS = sorted(_PROFILE_KEYS, key=len, reverse=True)  # (专业技术职称 before 专业)


def _profiles(text: DocText) -> dict[str, dict[str, tuple[str, str, TextLine]]]:
    """Each side's items of such a sentence: {"recommender"|"candidate": {key: (value, item, line)}},
    a name only where a known surname opens it."""
    found: dict[str, dict[str, tuple[str, str, TextLine]]] = {}
    for page in sorted({l.page for l in text.lines}):
        body, starts = running_text(text, page)
        for match in _PROFILE.finditer(body):
            side = "candidate" if match.group(1) else "recommender"
            items: dict[str, tuple[str, str, TextLine]] = {}
            for item in re.finditer(r"[^;；]+", match.group(2)):
                said = item.group(0).strip()
                word = next((w for w in _PROFILE_WORDS if said.startswith(w)), None)
                key = _PROFILE_KEYS[word] if word else None
                value = said[len(word):].strip(":： ") if word else ""
                if key and value and key not in items:
                    items[key] = (value, said, line_at(starts, match.start(2) + item.start()))
            if not items:
                # a short biography instead of labelled items (推荐人简介：石春燕，男，1968年生，正高级
                # 工程师，现任…): the name opening it, a title among its items
                pieces = [(p.group(0).strip(), match.start(2) + p.start()) for p in re.finditer(r"[^;；，,]+", match.group(2))]
                if pieces and plain_names(pieces[0][0]) == [pieces[0][0]]:
                    items["姓名"] = (pieces[0][0], pieces[0][0], line_at(starts, pieces[0][1]))
                titled = next(((said, at) for said, at in pieces[1:] if _printed_title(said)[1]), None)
                if titled:
                    items["职称"] = (titled[0], titled[0], line_at(starts, titled[1]))
            if "姓名" in items and not (is_name(items["姓名"][0]) and has_surname(items["姓名"][0])):
                items.pop("姓名")
            found.setdefault(side, items)
    return found


# The recommender's own field, labelled as his (破格 asks for 本专业或相近专业正高级工程师): a form's
# bare 从事专业 may be the candidate's, and is not read.
_SPECIALTY_LABELS = ["推荐人从事专业", "推荐专家从事专业", "推荐人所从事专业", "推荐人专业", "推荐专家专业",
                     "推荐人从事专业领域", "推荐人专业领域", "推荐专家专业领域", "推荐人研究方向", "推荐专家研究方向"]
_EXPERT_BLOCK = re.compile(r"^推荐(?:人|专家)(?:基本)?(?:情况|信息|简况)[:：]?$")


def _specialty(text: DocText):
    for hit in heading_labels(text, _SPECIALTY_LABELS):
        found = field_value(text, hit)
        value = re.split(r"\s{2,}|\s+(?=[\u4e00-\u9fff]{2,8}[:：])", found[0].strip())[0] if found else ""
        if 2 <= len(value) <= 30:
            return value, found[1][0]
    # (a bare 从事专业 in the recommender's own block: 推荐人情况 | … | 从事专业 风景园林 工作单位 …)
    block = next((k for k, l in enumerate(text.lines) if _EXPERT_BLOCK.match(l.compact)), None)
    for line in text.lines[block + 1:block + 6] if block is not None else []:
        if re.match(r"推荐(?:意见|理由)", line.compact):
            break
        cells = line.text.split()
        for k, cell in enumerate(cells[:-1]):
            if cell.rstrip(":：") in ("从事专业", "研究方向", "专业领域"):
                return cells[k + 1], line
    return None


# A joint form's numbered experts, each on his row: 推荐人1：陈国华 专业技术职称：正高级工程师,
# 第二推荐人：…, 推荐专家二：….
_NUMBERED_EXPERT = re.compile(r"^(?:第([一二三四五1-5])推荐(?:人|专家)|推荐(?:人|专家)([一二三四五1-5]))(?:姓名)?[:：]?\s*(.+)$")
_ORDINALS = "一二三四五"


def _joint_experts(text: DocText) -> list[tuple[str, str | None, str | None, TextLine]]:
    """The experts of a joint form in their numbers' order, each with the title printed on his
    row (after 职称/职务/资格, or in brackets after his name; ``_first_title``: None when it settles
    nothing) and his field (从事专业, 研究方向), when two or more are numbered 1, 2 … (一, 二 …)
    with one name each, on rows of their own or in a table under 推荐专家; else []."""
    found: dict[int, tuple[str, str | None, str | None, TextLine]] = {}
    for line in text.lines:
        match = _NUMBERED_EXPERT.match(line.text.strip())
        if not match:
            continue
        mark = match.group(1) or match.group(2)
        number = int(mark) if mark.isdigit() else _ORDINALS.index(mark) + 1
        rest = " ".join([match.group(3)] + [l.text for l in sorted(row_of(text, line), key=lambda l: box(l)[0])
                                            if box(l)[0] > box(line)[0]])
        head = re.split(r"\s+|[（(]|(?=专业技术|职称|职务|工作单位|单位[:：]|从事专业)", rest.strip(), maxsplit=1)
        names = _people_in(head[0])
        if len(names) != 1 or number in found:
            return []  # (a number twice, or no single name: not a list to count by)
        found[number] = (names[0], *_expert_facts(rest), line)
    if not found:
        found = _expert_table(text)
    if len(found) < 2 or sorted(found) != list(range(1, len(found) + 1)) \
            or len({name for name, _, _, _ in found.values()}) < len(found):
        return []
    return [found[n] for n in sorted(found)]


def _expert_facts(rest: str) -> tuple[str | None, str | None]:
    """An expert's title and field as his row prints them: 职称：正高级工程师 or （正高级工程师，…）;
    从事专业：风景园林."""
    title = re.search(r"(?:职称|职务|资格)[:：]?\s*(\S+)", rest) or re.search(r"[（(]([^（()）]{2,40})[)）]", rest)
    key, decided = _first_title(title.group(1)) if title else (None, False)
    field = re.search(r"(?:从事专业|专业领域|研究方向)[:：]?\s*([^\s，,；;。]{2,30})", rest)
    return (key if decided else None), (field.group(1) if field else None)


def _expert_table(text: DocText) -> dict[int, tuple[str, str | None, str | None, TextLine]]:
    """A table of the recommending experts (推荐专家情况： | 序号 姓名 专业技术职称 工作单位 | 1 陈国华
    正高级工程师 …): its numbered rows, one expert each."""
    # (a scan boxes each cell apart: a row is read from its leftmost box, the boxes right of it its cells)
    starts = [k for k, line in enumerate(text.lines) if not any(box(l)[0] < box(line)[0] for l in row_of(text, line))]
    for at, k in enumerate(starts):
        line = text.lines[k]
        heads = _cells_from(text, line)
        # (or headed by the role itself, unnumbered: 推荐人 | 职称 | 工作单位 under a joint letter, probe DX R04)
        named_by = "姓名" if "姓名" in heads else heads[0] if heads and heads[0] in _ROLES else None
        # (the role as the row's caption, 推荐人 | 姓名 | 职称 | 工作单位, its rows numbered under it or
        # not: the column under the caption is a number's or none)
        captioned = len(heads) > 1 and heads[0] in _ROLES and heads[1] == "姓名"
        if captioned:
            heads = ["序号"] + heads[1:]
        if named_by is None or not any(h in _TABLE_TITLE_HEADS for h in heads) or heads[0] not in ("序号", "姓名", named_by):
            continue
        numbered = heads[0] == "序号"
        above = " ".join(l.compact for l in text.lines[max(0, k - 2):k + 1])
        # (under the candidate's own heading, 被推荐人情况, the table is his; his row beside its label,
        # 被推荐人 | 濮志远, is no heading, probe EB29)
        if not re.search(r"推荐(?:专家|人)", above) or _SECTION.match(text.lines[k - 1].compact if k else "") \
                and "被推荐人" in text.lines[k - 1].compact:
            continue
        found: dict[int, tuple[str, str | None, str | None, TextLine]] = {}
        for row in (text.lines[j] for j in starts[at + 1:at + 8]):
            cells = _cells_from(text, row)
            if not numbered or captioned and cells and not cells[0].isdigit():
                cells = [str(len(found) + 1) if numbered else "0"] + cells  # (its rows in order, no number printed: counted as they come)
            if len(cells) < 3 or not numbered and (not _people_in(cells[1]) or re.search(r"[:：]", row.compact)) \
                    or numbered and (not cells[0].isdigit() or int(cells[0]) != len(found) + 1):
                break
            names = _people_in(cells[1])
            if len(names) != 1:
                return {}
            key, decided = _first_title(" ".join(cells[2:]))
            found[len(found) + 1] = (names[0], key if decided else None, _column(cells, heads, ("从事专业", "研究方向")), row)
        return found
    return {}


def _cells_from(text: DocText, line: TextLine) -> list[str]:
    """The words of ``line`` and of the boxes right of it on its row: a table row's cells, whether a
    text layer prints the row as one line or a scan boxes each cell."""
    return " ".join([line.text] + [l.text for l in row_of(text, line) if box(l)[0] > box(line)[0]]).split()


def _column(cells: list[str], heads: list[str], wanted: tuple[str, ...]) -> str | None:
    """The cell under a head of ``wanted`` in a text-layer row whose cells match the heads
    one for one (序号 姓名 … 从事专业)."""
    at = next((heads.index(h) for h in wanted if h in heads), None)
    return cells[at] if at is not None and len(cells) == len(heads) else None


# The title the letter recommends him for: …推荐其（破格）申报高级工程师, 申报正高级工程师任职资格,
# a form's 申报资格 | 正高级工程师 (never the recommender's own 正高级工程师 after his name).
_FOR_TITLE = re.compile(r"(?:推荐|同意)[^。；;]{0,40}?(?:破格)?(?:申报|参评|晋升|评审)(?:评审)?"
                        r"((?:正高级|教授级高级|研究员级高级|高级|中级|助理)?工程师|技术员)")
_FOR_TITLE_LABELS = ["申报资格", "拟申报资格", "申报职称", "拟申报职称", "申报专业技术资格"]


def _target_title(text: DocText):
    """``target_title``: the title the letter recommends the candidate for, where it says
    (破格 needs letters for the title applied for: one for 工程师 recommends nobody for 高级)."""
    for hit in heading_labels(text, _FOR_TITLE_LABELS):
        found = field_value(text, hit)
        key = title_key(found[0]) if found else None
        if key:
            return key, found[1][0]
    for line in text.lines:  # a form's row of cells: 被推荐人  栾俊豪  申报职称  高级工程师
        words = line.text.split()
        key = next((title_key(b) for a, b in zip(words, words[1:]) if a.strip(":：") in _FOR_TITLE_LABELS), None)
        if key:
            return key, line
    body, starts = running_text(text)
    match = _FOR_TITLE.search(body)
    key = title_key(match.group(1)) if match else None
    return (key, line_at(starts, match.start(1))) if key else None


_DECLINED = re.compile(r"不同意推荐|不予推荐|不推荐")


def _verdict(text: DocText) -> bool | None:
    """Whether the recommender agrees: a form's conclusion ticks 同意推荐 or 不同意推荐 (a
    box OCR did not read beside empty ones is the ticked one); a letter that only says
    不同意推荐 or 不予推荐 declines.  True when nothing says otherwise (a letter recommends);
    None when a form's options are printed and which is ticked cannot be read.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def form(row):
    ...     return DocText(ReadResult("f", "", [Page(1, 600, 800, "ocr", [Line(row, (0, 0, 500, 20))])]))
    >>> _verdict(form("评议结论: ☑同意推荐 □不同意推荐")), _verdict(form("评议结论: 同意推荐 □不同意推荐"))
    (True, True)
    >>> _verdict(form("评议结论: □同意推荐 ☑不同意推荐")), _verdict(form("评议结论: □同意推荐 □不同意推荐"))
    (False, None)
    >>> _verdict(form("评议结论: ×同意推荐 □不同意推荐"))  # a cross: chosen, or struck out?
    >>> _verdict(form("本人同意推荐该同志申报正高级工程师。")), _verdict(form("经研究，不予推荐。"))
    (True, False)
    """
    for line in text.lines:
        compact = line.compact
        if "不同意推荐" not in compact or not re.search(r"(?<!不)同意推荐", compact):
            continue
        options = [(compact[max(0, m.start() - 1):m.start()], m.group(0))
                   for m in re.finditer(r"不同意推荐|(?<!不)同意推荐", compact)]
        if any(mark and mark in "×✗✘⊠" for mark, _ in options):
            return None  # a cross chooses in some forms and strikes out in others: cannot tell
        ticked = {word for mark, word in options if mark and mark in TICKS}
        if not ticked:
            bare = [word for mark, word in options if not mark or mark not in EMPTY_BOXES]
            if len(bare) == 1 and len(options) == 2:
                ticked = set(bare)  # a filled box OCR did not read, beside an empty one
        if len(ticked) == 1:
            return ticked.pop() == "同意推荐"
        return None
    return False if _DECLINED.search(text.compact) and not re.search(r"(?<!不)同意推荐|特此推荐|郑重推荐", text.compact) else True


def _candidate(text: DocText, sides: dict[int, str]):
    """The candidate: labelled (被推荐人 | 欧阳晓红), else 姓名 in his section, else the one the
    letter recommends.  A form's cell and its opinion sentence that name him one character
    apart (金健品 | ``金健晶同志专业基础扎实…``) are a misreading in one of them, nobody can
    tell which: then he is left out."""
    labelled = _labelled_person(text, _CANDIDATE_LABELS) or _named_in(text, sides, "candidate")
    if labelled is None and (row := _table_person(text, sides, "candidate")):
        labelled = row[0], row[2]
    if labelled is None and (cell := _row_cell(text, ("被推荐人姓名", "被推荐人", "申报人姓名"))):
        labelled = cell[0], cell[2]
    if labelled is None:
        return _recommended_person(text)
    said = _recommended_person(text)
    if said and len(said[0]) == len(labelled[0]) and sum(a != b for a, b in zip(said[0], labelled[0])) == 1:
        return None
    return labelled


# Words of a form that OCR may give where a person's cell was lost: the next label (推荐人取称,
# 申报职称), a place to sign.
_FORM_WORDS = re.compile(r"推荐|职称|取称|职务|单位|姓名|签字|签名|意见|专业|资格|工程师|日期")


def _row_cell(text: DocText, captions: tuple[str, ...]):
    """(name, value, line) of a text layer's row of cells where one of ``captions`` stands
    after another caption's cell (被推荐人姓名   谢远航   推荐人姓名   黄峰, or the other way
    round), which a label at a line's start does not find."""
    for line in text.lines:
        cells = split_cells(line.text)
        for caption, value in zip(cells[1:], cells[2:]):
            names = _people_in(value) if "".join(caption.split()) in captions else []
            if names:
                return names[0], value, line
    return None


_ADDRESS = re.compile(r"(?<=[\u4e00-\u9fff])(?:同志|先生|女士)(?=$|[\s，,、。;；（(])")


_LATIN_ONLY = re.compile(r"[A-Za-z][A-Za-z .'\-]*")


def _people_in(value: str) -> list[str]:
    """The names of a cell or a label's value: a name after a common surname (or of three
    characters or more), never the next label of a form read where a lost name stood
    (``推荐人姓名`` | ``推荐人取称``: the name cell unread)."""
    # (a title glued after the name, 罗娟正高级工程师: set apart first, or 罗娟正 would be a name;
    # 推荐对象：孟超同志 — the form of address is no part of it)
    value = _ADDRESS.sub("", _GLUED_TITLE.sub(r" \g<0>", value))
    # (never a unit: 重庆大学 自动化学院 under 推荐人, the name itself lost under a seal)
    # (nor a title OCR damaged, 教授级高及工程师 read where the name lay under a seal, probe CT R2)
    # (a cell that holds the name alone may name a rarer surname too, 佘婧: probe DK R08)
    alone = "".join(value.split())
    return [n for n in names_in(value) if not _FORM_WORDS.search(n)
            and (has_surname(n) or len(n) >= 3 or n == alone and labelled_surname(n))
            and not _UNIT_WORD.search(n) and not _TITLE_PIECE.search(n)]


# (after a name's last letter, never inside a title: 正|高级工程师, 教授级|高级工程师)
_GLUED_TITLE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![正级高副助理])(?:正高级|教授级高级|研究员级高级|副高级|高级|助理)?"
                          r"(?:工程师|经济师|会计师|实验师)"
                          r"|(?<=[\u4e00-\u9fff])(?<![正级高副助理])(?:教授|研究员|副教授|副研究员)(?![\u4e00-\u9fff])")


_TITLE_PIECE = re.compile(r"^(?:教授级|研究员级|正高级|副高级|高级工|工程师)|级高|工程师$")


def _labelled_person(text: DocText, labels: list[str]):
    """``layout.labelled_person``, with its names read by ``_people_in``."""
    for hit in heading_labels(text, labels):
        found = field_value(text, hit)
        names = _people_in(found[0]) if found else []
        if names:
            return names[0], found[1][0]
    return None


# ``一、被推荐人情况`` / ``二、推荐人情况``: a form in two sections, each with its own 姓名 and 职称.
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（]?[一二三四五六七八九十\d]+[)）.、])?"
                      r"(被推荐人|申报人|推荐人|推荐专家)[一二1２2]?(?:基本)?(?:情况|信息|资料)?[:：]?$")


def _sections(text: DocText) -> dict[int, str]:
    """Which person each line of a two-section form is about (line index → ``candidate`` or
    ``recommender``): the nearest section heading above it, a heading standing alone on its
    row (a 被推荐人 cell beside its value is a label, not a heading).  Empty for a letter."""
    side_by_side = _side_by_side(text)
    if side_by_side:
        return side_by_side
    captioned = _captioned(text)
    if captioned:
        return captioned
    heads = [(l.page, box(l)[1], "candidate" if m.group(1) in ("被推荐人", "申报人") else "recommender")
             for l in text.lines if (m := _SECTION.match(l.compact)) and not row_of(text, l)]
    if heads:  # any other numbered heading (二、推荐理由) ends a person's section
        heads += [(l.page, box(l)[1], "other") for l in text.lines
                  if _NUMBERED.match(l.compact) and not _SECTION.match(l.compact) and not row_of(text, l)]
        heads.sort(key=lambda h: (h[0], h[1]))
    sides = {}
    for line in text.lines:
        above = [side for page, top, side in heads if (page, top) <= (line.page, box(line)[1])]
        if above and above[-1] != "other":
            sides[line.index] = above[-1]
    return sides


def _captioned(text: DocText) -> dict[int, str]:
    """A form whose sections are captioned down its left column (被推荐人情况 and 推荐专家情况
    printed one letter under another): each row beside a caption is about its person."""
    spans = []  # (page, caption's right edge, top, bottom, letter, side)
    for caption in vertical_captions(text):
        letter = (caption.bottom - caption.top) / len(caption.text)
        # (two sections' captions in cells one under the other read as one column of letters)
        for m in _CAPTION_SECTION.finditer(caption.text):
            side = "candidate" if m.group(1) in ("被推荐人", "申报人") else "recommender"
            spans.append((caption.page, caption.x1, caption.top + m.start() * letter,
                          caption.top + m.end() * letter, letter, side))
    sides = {}
    for line in text.lines:
        centre = (box(line)[1] + box(line)[3]) / 2
        # the caption whose letters stand beside it, or nearest within a letter of it
        near = [(max(top - centre, centre - bottom, 0.0), side) for page, x1, top, bottom, letter, side in spans
                if line.page == page and box(line)[0] >= x1 - 1 and top - letter <= centre <= bottom + letter]
        if near:
            sides[line.index] = min(near)[1]
    return sides


_CAPTION_SECTION = re.compile(r"(被推荐人|申报人|推荐人|推荐专家)(?:基本)?(?:情况|信息|资料)?")


_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])[\u4e00-\u9fff]{2,12}[:：]?$")


def _side_by_side(text: DocText) -> dict[int, str]:
    """A form whose two sections stand side by side (被推荐人情况 | 推荐人情况 on one row):
    each line below that row is about the person whose heading's half it stands in, down to
    the first line across both halves (推荐意见)."""
    heads = [(l, "candidate" if m.group(1) in ("被推荐人", "申报人") else "recommender")
             for l in text.lines if (m := _SECTION.match(l.compact))]
    pair = next(((a, b) for a in heads for b in heads if a[0] is not b[0] and a[1] != b[1]
                 and same_row(a[0], b[0]) and box(a[0])[0] < box(b[0])[0]), None)
    if pair is None:
        return {}
    (left, left_side), (right, right_side) = pair
    middle = (box(left)[2] + box(right)[0]) / 2
    sides = {}
    for line in text.lines:
        if line.page != left.page or box(line)[1] <= box(left)[3] - 1:
            continue
        if box(line)[0] < box(left)[2] and box(line)[2] > box(right)[0]:
            break  # a line across both halves ends them
        sides[line.index] = left_side if (box(line)[0] + box(line)[2]) / 2 <= middle else right_side
    return sides


_COLUMN_HEADS = {"被推荐人": "candidate", "申报人": "candidate", "推荐专家": "recommender", "推荐人": "recommender"}
_ROW_LABELS = {"姓名": re.compile(r"^姓.?名$"), "职称": re.compile(r"^(?:专业技术(?:资格|职称|职务)|技术职称|职称)$")}


def _person_columns(text: DocText) -> dict[str, tuple[str, str, TextLine]]:
    """A table with a column for each person (项目 | 被推荐人 | 推荐专家 over rows 姓名,
    专业技术资格 …): the recommender's cells, by row label, as (value, value, line) — his
    name (its first name) under 姓名, his title's value under 职称."""
    heads = [(l, _COLUMN_HEADS[l.compact]) for l in text.lines if l.compact in _COLUMN_HEADS]
    pair = next(((a, b) for a, sa in heads for b, sb in heads
                 if sa == "candidate" and sb == "recommender" and same_row(a, b)), None)
    if pair is None:
        # two experts' columns side by side (推荐人一 | 推荐人二): the first one's, the second's
        # column bounding it as the candidate's would
        numbered = [l for l in text.lines if re.fullmatch(r"推荐(?:人|专家)[一1]", l.compact)]
        pair = next(((b, a) for a in numbered for b in text.lines if re.fullmatch(r"推荐(?:人|专家)[二2]", b.compact)
                     and same_row(a, b) and box(a)[2] < box(b)[0]), None)
    if pair is None:
        return {}
    candidate, expert = pair
    centre = lambda l: (box(l)[0] + box(l)[2]) / 2  # noqa: E731
    half = abs(centre(expert) - centre(candidate)) / 2
    found = {}
    for line in text.lines:
        if line.page != expert.page or box(line)[1] <= box(expert)[3] - 1:
            continue
        key = next((k for k, pattern in _ROW_LABELS.items() if pattern.match(line.compact)), None)
        if key is None or key in found or box(line)[2] > min(box(candidate)[0], box(expert)[0]):
            continue
        cell = next((l for l in text.lines if l is not line and same_row(l, line)
                     and abs(centre(l) - centre(expert)) < half), None)
        if cell is not None:
            _keep_cell(found, key, cell)
    return found


def _keep_cell(found: dict[str, tuple[str, str, TextLine]], key: str, cell: TextLine) -> None:
    """The recommender's cell of a row labelled ``key``: his one name under 姓名, else the
    value as printed (his title, for ``_first_title``)."""
    if key != "姓名":
        found[key] = (cell.text, cell.text, cell)
    elif len(names := _people_in(cell.text)) == 1:
        found[key] = (names[0], cell.text, cell)


# A letter's sidebar on its recommender: 推荐人简况 over labels each above its value.
# (推荐专家情况 heads a form's table, label beside value: ``_table_person`` reads it)
_PROFILE_HEAD = re.compile(r"^推荐(?:人|专家)(?:简况|信息|简介)$")


def _profile_box(text: DocText) -> dict[str, tuple[str, str, TextLine]]:
    """The recommender's profile set beside the letter (推荐人简况 over 姓名 | 夏婷 | 工作单位 |
    … | 专业技术资格 | 正高级工程师, each label above its value), as ``_person_columns`` gives
    his cells: the value under 姓名 (its one name) and under the title's label.

    >>> from extractor.model import Line, Page, ReadResult
    >>> rows = ["推荐人简况", "姓名", "夏婷", "工作单位", "黔南理工大学", "专业技术资格", "正高级工程师"]
    >>> lines = [Line(t, (900, 100 + 40 * i, 1100, 130 + 40 * i)) for i, t in enumerate(rows)]
    >>> lines.insert(2, Line("我推荐司马宁雪同志申报高级工程师资格。", (100, 140, 800, 170)))
    >>> found = _profile_box(DocText(ReadResult("t.jpg", "0" * 64, page_count=1, pages=[Page(1, 1300, 1800, "ocr", lines)])))
    >>> found["姓名"][0], found["职称"][0]
    ('夏婷', '正高级工程师')
    >>> table = [Line("推荐人简况", (900, 100, 1100, 130)), Line("姓名", (900, 140, 980, 170)),
    ...          Line("王建军", (1000, 140, 1100, 170)), Line("职称", (900, 180, 980, 210)), Line("高级工程师", (1000, 180, 1150, 210))]
    >>> _profile_box(DocText(ReadResult("t.jpg", "0" * 64, page_count=1, pages=[Page(1, 1300, 1800, "ocr", table)])))
    {}
    """
    head = next((l for l in text.lines if _PROFILE_HEAD.fullmatch(l.compact)), None)
    if head is None:
        return {}
    h = max(head.line.height, 1)
    x0, x1 = box(head)[0] - 2 * h, box(head)[2] + 4 * h
    column = sorted((l for l in text.lines if l.page == head.page and box(l)[1] > box(head)[1]
                     and x0 <= box(l)[0] and box(l)[2] <= x1), key=lambda l: box(l)[1])
    found: dict[str, tuple[str, str, TextLine]] = {}
    for label, value in zip(column, column[1:]):
        # (a tick OCR read into the spaced label, 姓☑名, is no letter of it)
        word = re.sub(f"[{TICKS}{EMPTY_BOXES}]", "", label.compact)
        key = next((k for k, pattern in _ROW_LABELS.items() if pattern.match(word)), None)
        # (the value under its label, never beside it on its row)
        if key is not None and key not in found and -0.3 * h <= box(value)[1] - box(label)[3] <= 1.5 * h:
            _keep_cell(found, key, value)
    return found


def _named_in(text: DocText, sides: dict[int, str], side: str):
    """The name after 姓名 in ``side``'s section of a two-section form."""
    for hit in heading_labels(text, ["姓名"]):
        if sides.get(hit.line.index) != side or hit.start > 0:
            continue
        found = field_value(text, hit)
        if found and not same_row(found[1][0], hit.line):
            continue  # a column of a table of experts: ``_table_person`` reads it, row by row
        names = _people_in(found[0]) if found else []
        if names:
            return names[0], found[1][0]
    for value, cell in spelled_label_values(text, ["姓名"]):  # 姓 | 名 | 上官彬, the label boxed letter by letter
        names = _people_in(value) if sides.get(cell.index) == side else []
        if names:
            return names[0], cell
    return None


def _recommender(text: DocText, sides: dict[int, str]):
    """(name, the rest of the value, line) after 推荐人/推荐专家 — not 被推荐人 (the candidate
    in a form's first row), not 推荐人签名 (a place to sign), not 推荐。 (a damaged label must
    be damaged in a letter, not a stop) — else 姓名 in the recommender's section of a form,
    else the one expert of a table under the recommender's heading (``_table_person``), else the
    letter's ``本人王五，…`` with the signature ``推荐人（签字）：王五`` agreeing, else the name
    typed where he signs (``_signed``)."""
    for hit in heading_labels(text, _RECOMMENDER_LABELS):
        if hit.line.compact[max(0, hit.start - 1):hit.start] == "被" or sides.get(hit.line.index) == "candidate":
            continue
        if not hit.exact and (hit.label in _EXACT_ONLY
                              or not re.fullmatch(r"[\u4e00-\u9fff]+", hit.line.compact[hit.start:hit.end])):
            continue
        found = field_value(text, hit)
        caption = right_of(text, hit.line, slack=0.5 * hit.line.line.height) if hit.exact and not hit.value else None
        if caption is not None and caption.compact.strip(":：") in ("姓名", "名字"):
            # 推荐专家 | 姓名 | 欧阳建国 | 职称 | …: a caption between the side and its name
            beside = right_of(text, caption, slack=0.5 * caption.line.height)
            found = (beside.text, [beside]) if beside is not None else None
        names = _people_in(found[0]) if found else []
        unsure = found is not None and found[1][0].line.confidence < 0.9
        if unsure and (_LATIN_ONLY.fullmatch(found[0].strip()) or names and _LATIN_ONLY.fullmatch(names[0])):
            # a scrawl OCR read as letters (推荐专家：MMNLA MY): his name typed under it, or elsewhere
            under = _typed_under(text, found[1][0])
            if under is None:
                continue
            return under[0][0], under[1], next_line(text, found[1][0])
        if names:
            # (a signature beside the label read as a name a letter off the one typed under it,
            # 推荐人: 施弘 (his hand) over 姓 名:施泓: the typed one, probe CX R08)
            under = _typed_under(text, hit.line) if found[1][0] is not hit.line else None
            if under and under[0][0] != names[0] and len(under[0][0]) == len(names[0]):
                return under[0][0], under[1], next_line(text, hit.line)
            return _as_introduced(text, names[0]), found[0], found[1][0]
    cell = _row_cell(text, ("推荐人姓名", "推荐专家姓名")) if not sides else None
    if cell is not None:
        return _as_introduced(text, cell[0]), cell[1], cell[2]
    for line in text.lines:  # a text layer's header row under a merged 推荐专家 cell: 推荐专家 姓名 职称 工作单位
        words = line.text.split()  # over 诸葛明远 正高级工程师 中铁二院…公司 (the merged cell empty)
        if len(words) >= 3 and words[0] in ("推荐专家", "推荐人") and "姓名" in words[1:] \
                and all(w in _TABLE_HEADS for w in words[1:]) and line.index + 1 < len(text.lines):
            below = text.lines[line.index + 1]
            values = below.text.split()
            if below.page == line.page and len(values) == len(words) - 1:
                name = values[words.index("姓名") - 1]
                if is_name(name) and has_surname(name):
                    return name, " ".join(values[words.index("姓名") - 1:]), below
    for line in text.lines:  # 推荐专家1：李国强  职称：…, the first of the experts numbered
        match = re.match(r"^推荐(?:专家|人)[1一][:：](.*)$", line.compact)
        value, where = (match.group(1), line) if match else ("", line)
        if match and not value:  # (or in the cell beside the label)
            beside = right_of(text, line, slack=0.5 * line.line.height)
            value, where = (beside.text, beside) if beside is not None else ("", line)
        names = _people_in(value) if value else []
        if names:
            return names[0], value, where
    for line in text.lines:  # 推荐人（正高级工程师）：李国强, his title in brackets after the word
        match = re.match(r"^推荐(?:专家|人)[(（]([^)）]{2,14})[)）][:：](.+)$", line.compact)
        role = bool(match) and match.group(1) in ("专家", "推荐专家")  # 推荐人（专家）：… (its 签名 is _signed's)
        names = _people_in(match.group(2)) if match and (_printed_title(match.group(1))[0] or role) else []
        if names and sides.get(line.index) != "candidate":
            return names[0], match.group(2) if role else f"{match.group(2)}（{match.group(1)}）", line
    for line in text.lines:  # 欧阳建国 谨荐: the name the writer closes with
        match = re.fullmatch(r"([\u4e00-\u9fff·]{2,5})(?:谨荐|敬荐|谨上|敬上)", line.compact)
        if match and is_name(match.group(1)) and has_surname(match.group(1)) and line.index > len(text.lines) // 2:
            return match.group(1), "", line
    closing = _closing_signature(text)
    if closing:
        return closing
    named = _named_in(text, sides, "recommender")
    if named:
        return named[0], "", named[1]
    body, starts = running_text(text)
    for match in _NAMED_WITH_TITLE.finditer(body):  # 推荐人欧阳建国（正高级工程师，…）与…共事
        if has_surname(match.group(1)) and is_name(match.group(1)) and _printed_title(match.group(2))[1]:
            return match.group(1), f"{match.group(1)}（{match.group(2)}）", line_at(starts, match.start(1))
    for line in text.lines:  # 推荐人简介： over 黄国栋，男，1968年生，教授级高级工程师，…: his profile's first word
        if not re.fullmatch(r"推荐(?:人|专家)(?:简介|简况|基本情况|情况|信息)[:：]?", line.compact):
            continue
        below = next_line(text, line)
        found = re.match(r"^([\u4e00-\u9fff·]{2,5})[，,]", below.compact) if below is not None else None
        if found and has_surname(found.group(1)) and not _FORM_WORDS.search(found.group(1)):
            return found.group(1), below.compact[found.end():], below
    row = _table_person(text, sides)
    if row:
        return row
    introduced = _introduced(text)
    if introduced:
        return introduced[0], "", introduced[1]
    return _signed(text) or _foot_signer(text) or _self_named(text) or _letterhead_writer(text)


def _letterhead_writer(text: DocText):
    """The writer a personal letterhead names, his title beside him (``罗明  教授级高级工程师｜
    总工程师`` over an English line and his address), where the letter is signed by hand and
    types no name: the first line of the first page, a name and a professional title."""
    for line in text.lines[:2]:
        words = re.split(r"\s+", line.text.strip(), maxsplit=1)
        if len(words) == 1:  # (his name in bigger print, boxed apart from the title beside it)
            beside = [l for l in row_of(text, line) if box(l)[0] >= box(line)[2] - 2]
            words += [beside[0].text.strip()] if beside else []
        if len(words) == 2 and is_name(words[0]) and has_surname(words[0]) and _printed_title(words[1])[0]:
            return words[0], f"{words[0]} {words[1]}", line
    return None


# A recommender named in the letter's prose with his title in brackets after him.
_NAMED_WITH_TITLE = re.compile(r"(?<!被)推荐(?:人|专家)([\u4e00-\u9fff·]{2,5}?)(?:同志)?[（(]([^（()）]{2,40})[)）]")


# Where a letter's body ends and its signature begins.
_CLOSING = re.compile(r"特此推荐|此致|敬礼|推荐如下|同意推荐|予以推荐|郑重推荐|愿意推荐|推荐(?:其|他|她)(?:破格)?申报")


def _foot_signer(text: DocText):
    """The name printed under a letter's closing, where it is signed: after the last 特此推荐
    (此致敬礼 …) and above the date, on its own line, after 推荐人（签字）： on the line above, or
    after 姓名： in the signer's block (``姓　　名：罗一帆``, ``职　　称：正高级工程师``)."""
    closing = [l.index for l in text.lines if _CLOSING.search(l.compact) and not re.search(r"[:：]", l.compact)]
    if not closing:
        return None
    for line in text.lines[max(closing) + 1:]:
        if standalone_date(line.compact):
            break
        match = re.match(r"^(?:姓名|推荐人|推荐专家|签名|签字|(?:正高级|教授级高级|研究员级高级|高级)工程师)"
                         r"(?:[(（](?:签字|签名|签章)[)）])?[:：]?(.*)$", line.compact)
        value = match.group(1) if match else line.compact
        words = line.text.split()
        if not match and len(words) == 2 and _UNIT_WORD.search(words[0]):
            value = words[1]  # 重庆大学 罗娟: his unit, then his name
        if is_name(value, longest=4) and has_surname(value) and not _FORM_WORDS.search(value):
            # (正高级工程师：罗娟 — his title as the label he signs after)
            return value, line.compact if match and "工程师" in line.compact[:match.start(1)] else "", line
    return None


_UNIT_WORD = re.compile(r"(?:大学|学院|公司|研究院|研究所|设计院|中心|集团|局|厂)$")


def _self_named(text: DocText):
    """The one who writes ``本人罗一帆，正高级工程师，…`` and signs no other name: the letter's
    author is its recommender."""
    body, starts = running_text(text)
    match = _SELF.search(body)
    if match and is_name(match.group(1)) and has_surname(match.group(1)):
        return match.group(1), "", line_at(starts, match.start(1))
    return None


def _closing_signature(text: DocText):
    """(name, value, line) a letter closes with, unlabelled: his name and his title typed on the
    line over the day it was signed (a signature above them: 钟离霞 教授级高工 | 2024年1月26日),
    in the lower part of the page after its body.  Only a title the vocabulary knows with a name
    after a common surname; the candidate's own name is never it (``extract_recommendation``)."""
    for line in text.lines:
        words = line.text.split()
        if len(words) != 2 or line.top < 0.25:
            continue
        name, title = words
        below = next_line(text, line, 2.0)
        if is_name(name) and has_surname(name) and len(name) <= 4 and _printed_title(title)[1] \
                and below is not None and standalone_date(below.compact) is not None:
            return name, line.text, line
    return None


def _signed(text: DocText):
    """(name, the rest of the value, line) typed after the place the recommender signs
    (``推荐人（签名）：钟国华    职称：教授级高级工程师``), on its line or in the cell beside
    it: a name after a common surname only, a signature's scrawl read as words is nobody."""
    for hit in heading_labels(text, _SIGNED_LABELS):
        if hit.line.compact[max(0, hit.start - 1):hit.start] == "被":
            continue  # 被推荐人姓名, one character from 推荐人签名
        value = text_after(hit.line, hit.end).strip().lstrip(":： ")
        if not value:
            cell = right_of(text, hit.line, slack=0.5 * hit.line.line.height)
            value = cell.text if cell is not None and not re.match(r"^[\u4e00-\u9fff]{2,7}[:：]", cell.compact) \
                else ""
        if not value:  # (the name typed on the line under the place to sign, the signature above it,
            # alone or before his title: 欧阳建国  正高级工程师)
            below = next_line(text, hit.line)
            first, _, rest = (below.text.strip().partition(" ") if below is not None else ("", "", ""))
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", first) and (not rest.strip() or _printed_title(rest)[0]):
                value = below.text
        names = _people_in(value)
        under = _typed_under(text, hit.line)
        if under and not (names and has_surname(names[0])):
            # the signature a scrawl, his name typed under it: 推荐专家签名：(scrawl) | 姓名：司马振宇 职称：研究员
            names, value = under
        # (a name typed into a text layer is no scrawl OCR made words of: a rarer surname will do, 邴文远)
        typed = text.result.text_source == "text_layer"
        if names and (has_surname(names[0]) or typed and labelled_surname(names[0])) and len(names[0]) <= 4 \
                and not re.search("章|印|手写|本人", names[0]):
            return _as_introduced(text, names[0]), value, hit.line
    return None


_TYPED_NAME = re.compile(r"^(?:印刷体|打印|正楷)?姓\s*名(?:[（(](?:打印|正楷|印刷体)[)）])?[:：]\s*(.+)$")


def _typed_under(text: DocText, line) -> tuple[list[str], str] | None:
    """(names, value) typed on the line under a place signed by a scrawl: ``姓名：司马振宇
    职称：研究员``, ``印刷体姓名：上官雪松``, or the name with his title, ``段宏伟（正高级工程师）``."""
    below = next_line(text, line)
    if below is None:
        return None
    typed = _TYPED_NAME.match(below.text.strip())
    if typed:
        value = typed.group(1)
        names = _people_in(re.split(r"\s+(?=[\u4e00-\u9fff]{2,6}[:：])", value)[0])
        return (names, value) if names else None
    bracketed = re.fullmatch(r"([\u4e00-\u9fff·]{2,5})[（(]([^）)]{2,12})[)）]", below.compact)
    if bracketed and has_surname(bracketed.group(1)) and _printed_title(bracketed.group(2))[1]:
        return [bracketed.group(1)], below.text
    alone = bracketed_name_under(text, line)  # （段宏伟）
    return ([alone], below.text) if alone else None


# The head of a table of recommending experts: 姓名 | 工作单位 | 职称 | 签名.
_ROLES = ("推荐人", "推荐专家")
_TABLE_TITLE_HEADS = ("职称", "技术职称", "专业技术职务", "专业技术职称", "专业技术资格", "职务", "职称/职务")
# Every cell of such a head row is one of these: a row of a form (姓名 | 王五 | 职称 | …) is none.
_TABLE_HEADS = frozenset(_TABLE_TITLE_HEADS + ("序号", "姓名", "工作单位", "单位", "所在单位", "签名", "签字", "本人签名",
                                               "专业", "从事专业", "专业特长", "联系电话", "电话", "职务职称", "现任职务",
                                               "行政职务", "性别", "出生年月", "年龄", "学历", "学位",
                                               # (when his title was conferred: 取得时间 beside 职称)
                                               "取得时间", "取得职称时间", "取得资格时间", "评定时间", "任职时间"))
# The candidate's own table (姓名 | 性别 | 出生年月 | 工作单位 | 现专业技术资格 | 申报资格 over his row).
_CANDIDATE_HEADS = _TABLE_HEADS | {"现专业技术资格", "现任专业技术资格", "现职称", "申报资格", "拟申报资格", "申报专业",
                                   "申报职称", "拟申报职称"}


def _table_person(text: DocText, sides: dict[int, str], side: str = "recommender"):
    """(name, name and title cell, line) of the one expert in a table under the recommender's
    heading (``推荐专家：`` over 姓名 | 工作单位 | 职称 | 签名 and his row).  Two experts'
    rows say nothing of which one is the recommender: nobody.  With ``side="candidate"``, the
    one person of the candidate's table (一、被推荐人情况 over 姓名 | 性别 | … | 申报资格)."""
    allowed = _TABLE_HEADS if side == "recommender" else _CANDIDATE_HEADS
    for header in text.lines:
        words = header.text.split()
        heads = words if len(words) > 1 else [l.compact for l in sorted(row_of(text, header) + [header],
                                                                        key=lambda l: box(l)[0])]
        # (推荐人 | 姓名 | 职称 | 单位: the row's first cell says whose table it is)
        said = side == "recommender" and bool(heads) and heads[0] in ("推荐人", "推荐专家")
        # (or the form's title: 推荐人情况表 over 姓名 | 职称 | 单位)
        titled_so = side == "recommender" and any(re.search(r"(?<!被)推荐(?:人|专家)(?:基本)?(?:情况|信息|简况)", l.compact)
                                                  for l in text.title_lines(0.2))
        if "姓名" not in heads or (len(words) < 2 and header.compact != "姓名") \
                or not all(h in allowed for h in heads[1 if said else 0:]):
            continue
        if side == "recommender" and not any(h in _TABLE_TITLE_HEADS for h in heads):
            continue  # (an expert's table gives his title)
        if not said and not titled_so and sides.get(header.index) != side \
                and (side == "candidate" or _whose(text, header) != side):
            continue
        at = heads.index("姓名")
        titled = next((k for k, h in enumerate(heads) if h in _TABLE_TITLE_HEADS), len(heads))
        # (the table ends at the form's next numbered heading: 二、推荐意见)
        rows = [(row, line) for row, line in takewhile(lambda r: not _NUMBERED.match(r[1].compact),
                                                       table_rows(text, header)) if at < len(row) and row[at]]
        people = [(row, line) for row, line in rows if _people_in(row[at])]
        if len(rows) != 1 or len(people) != 1:
            return None
        row, line = people[0]
        name = _people_in(row[at])[0]
        if len(words) > 1:  # a text layer's row of cells parted by spaces, the empty ones lost
            return name, line.text, line
        title = row[titled] if titled < len(row) and row[titled] else ""
        return name, f"{name} {title}", line
    return None


# 本人龙磊刚，…; 我是重庆兴创数控技术有限责任公司的吴天文，…; 我叫…
# (我是重庆…公司总工程师尉迟晓敏，…: his unit and post before his name, no 的 between)
_SELF = re.compile(r"(?:本人|我是(?:[^，。,；;]{2,30}?的|[^，。,；;]{2,40}?(?:总工程师|副总经理|总经理|董事长|总监|主任|院长|所长|部长|处长|"
                   r"科长|经理|书记|首席专家|首席工程师))?|我叫)([\u4e00-\u9fff]{2,4}?)(?:[（(][^（()）]{2,14}[)）])?[,，]")


def _as_introduced(text: DocText, name: str) -> str:
    """The name as the letter's typed sentence gives it (``本人龙磊刚，现任…``) when the
    signature line read it with a stroke of the signature glued on (``龙磊刚子``)."""
    match = _SELF.search(running_text(text)[0])
    if match and name != match.group(1) and name.startswith(match.group(1)):
        return match.group(1)
    return name


def _introduced(text: DocText):
    """The recommender who introduces himself (``本人王五，现任…``), when a line to sign on
    (推荐人（签字）：王五, 推荐人签名：王五) gives the same name: a typed sentence alone may
    be a template's."""
    body, starts = running_text(text)
    match = _SELF.search(body)
    if not match or not is_name(match.group(1)):
        return None
    signed = re.search(r"推荐(?:人|专家)[(（]?(?:签字|签名)[)）]?[:：]?" + re.escape(match.group(1)), body)
    return (match.group(1), line_at(starts, match.start(1))) if signed else None


# A form's captions beside a title's caption (推荐人姓名 | 专业技术职称 | 从事专业 | 工作单位 over
# their values): never the title's value.
_FORM_CAPTIONS = frozenset(_RECOMMENDER_TITLE_LABELS + _CANDIDATE_LABELS + [
    "从事专业", "所学专业", "专业", "工作单位", "现工作单位", "与被推荐人关系", "推荐人姓名", "申报专业", "申报资格",
    "联系电话", "职务", "签名", "推荐人签名", "学历", "学位"])


def _recommender_title(text: DocText, recommender, sides: dict[int, str]):
    """The recommender's title: labelled (推荐人职称, or 职称 anywhere but in the candidate's
    part of a form — his row, his section, the rows under his name — never 现职称), else in
    the recommender's value (``李四（正高级工程师）``), else in his own sentence (``本人王五，…
    具有正高级工程师职称``).  A value is read as printed (``_printed_title``): a post (总工程师)
    is passed over, but a title of another series (教授, 高级经济师) or one damaged before its
    level (上高级工程师) is the recommender's title unread: nothing, and nothing else is asked."""
    for hit in heading_labels(text, _RECOMMENDER_TITLE_LABELS):
        if _candidate_side(text, hit, sides):
            continue
        found = field_value(text, hit, _FORM_CAPTIONS)
        if found and len(found[1]) > 1:
            continue  # a column of several experts' titles: whose is whose is not read here
        if found and re.search(r"(?:高级|级|正高)$", found[0].strip()):  # 教授级高级 | 工程师: wrapped in its cell
            joined = wrapped_value(text, found[1][0], found[0].strip(), lambda v: bool(_first_title(v)[0]))
            found = (joined[0], found[1])
        key, decided = _first_title(found[0]) if found else (None, False)
        if decided:
            return (key, found[1][0]) if key else None
    for line, value in _spaced_label(text, _RECOMMENDER_TITLE_LABELS):  # 职      称：高级工程师
        if sides.get(line.index) == "candidate" or _whose(text, line) == "candidate" or any(
                "被推荐" in l.compact or "申报人" in l.compact for l in row_of(text, line) + [line]):
            continue
        key, decided = _first_title(value)
        if decided:
            return (key, line) if key else None
    for line in text.lines:  # a text layer's row of cells: 工作单位 重庆大学 推荐人职称 高级工程师
        # (a caption letter-spaced in its cell, 推荐人姓名   慕容嘉诚   职 称   正高级工程师: one word, probe DB)
        words = cell_words(line.text)
        split = _split_label_value(text, line, words)
        if split is not None:
            words = words[:-1] + split
        for k, word in enumerate(words[1:-1], 1):
            # (现职称 on the row the recommender's own caption opens is his: 推荐人姓名   欧阳知远   现专业技术职称
            # 正高级工程师, probe CX R07)
            own = re.sub(r"^现任?", "", word.strip(":：")) if words[0].startswith(("推荐人", "推荐专家")) else word.strip(":：")
            if own not in _RECOMMENDER_TITLE_LABELS or sides.get(line.index) == "candidate" \
                    or _whose(text, line) == "candidate" or "被推荐" in line.compact or "申报人" in line.compact:
                continue
            value = " ".join(words[k + 1:])
            below = next_line(text, line)
            if re.search(r"(?:正高级|高级|级)$", value) and below is not None and below.compact.startswith("工程师"):
                value += "工程师"  # (推荐人姓名 梁敏 职称 正高级 | 工程师: the row's last cell wrapped)
            key, decided = _printed_title(value)
            if decided:
                return (key, line) if key else None
    if recommender:  # 推荐专家：陆敏（正高级工程师，…）, 推荐人：钟安  职称：正高级工程师
        name, value, line = recommender
        at = re.search(r"\s*".join(map(re.escape, name)), value)
        rest = value[at.end():] if at else ""
        for part in re.finditer(r"[^\s(（)）,，、;；]+", rest):
            key, decided = _printed_title(rest[part.start():])
            if decided:
                return (key, line) if key else None
        before = value[:at.start()].strip(" :：") if at else ""
        # (his unit first, then his title, then him: 推荐人：中国汽车工程研究院股份有限公司 正高级工程师 阎立群,
        # probe CX R10: the part just before his name)
        before = before.split()[-1] if len(before.split()) > 1 else before
        key, decided = _printed_title(before) if before else (None, False)
        if decided and _ENGINEER_TITLE.fullmatch(_TITLE_LEAD.sub("", "".join(before.split()))):
            return (key, line) if key else None  # 推荐人：正高级工程师 欧阳建国, the title before him
        # A signature block: the title alone on the line under his name (推荐人：王五 /
        # 研究员级高级工程师).
        below = next_line(text, line)
        # (his post may come first: 总工程师、正高级工程师)
        key, decided = _first_title(below.text.strip().strip("()（）")) if below is not None \
            and len(below.compact) <= 24 and sides.get(below.index) != "candidate" else (None, False)
        if decided and key:
            return key, below
    body, starts = running_text(text)
    if recommender:  # a 推荐人简介 in prose: 周国栋，正高级工程师，…总工程师
        for at in re.finditer(re.escape(recommender[0]) + r"[，,]", body):
            # (周国栋，男，1968年生，博士，正高级工程师: the title among the first few parts)
            for part in re.split(r"[，,]", re.split(r"[。；;]", body[at.end():at.end() + 60])[0])[:6]:
                key, decided = _printed_title(part)
                if decided:
                    if key:
                        return key, line_at(starts, at.end())
                    break
    own = _OWN_TITLE.search(body) or _OWN_TITLE_AFTER_NAME.search(body) or _OWN_TITLE_AS.search(body)
    if own:  # (本人王五，现任重庆交通大学教授，具有正高级工程师职称: the engineer's title he also holds)
        return title_key(_SHORT_TITLES.get(own.group(1), own.group(1))), line_at(starts, own.start(1))
    after_name = _SELF_STATED.search(body)  # 本人张三，研究员，…: a title of another series settles it
    if after_name:
        key, decided = _first_title(after_name.group(1))  # (…，重庆大学机械工程学院教授，: its unit's title too)
        if decided:
            return (key, line_at(starts, after_name.start(1))) if key else None
    at_unit = _SELF_AT_UNIT.search(body)  # 本人董静莉，重庆嘉陵凯宏工业互联网有限公司高级工程师，…
    if at_unit:
        key, decided = _first_title(at_unit.group(1))
        if decided:
            return (key, line_at(starts, at_unit.start(1))) if key else None
    other = _OWN_OTHER_TITLE.search(body)
    if other:  # (本人系…学院二级教授: 教授, as printed)
        return re.sub(r"^[一二三四]级", "", other.group(1)), line_at(starts, other.start(1))
    return _own_certificate_title(text, recommender[0]) if recommender else None


# A copy of the recommender's own title certificate pasted under his letter: its holder line
# (姓名：苏俊, the 姓 perhaps cut off at the copy's edge) and its 资格名称 a few lines under it.
_HOLDER_LINE = re.compile(r"^(?:姓?名|持证人)[:：]")
# (any short label whose value is a title: a copy's OCR damages its labels, 资格名称 read 资塔称)
_QUALIFICATION_LINE = re.compile(r"^(?![^:：]*(?:申报|拟|被推荐))[\u4e00-\u9fff]{1,6}[:：](.+)$")


def _own_certificate_title(text: DocText, recommender: str):
    """The title on a copy of the recommender's own certificate that his letter carries: the
    certificate's holder is he, and its 资格名称 is his title.  Another person's certificate
    (the candidate's) says nothing of him."""
    lines = text.lines
    for k, line in enumerate(lines):
        match = _HOLDER_LINE.match(line.compact)
        if not match or line.compact[match.end():] != "".join(recommender.split()):
            continue
        for below in lines[k + 1:k + 6]:
            if below.page != line.page:
                break
            if _HOLDER_LINE.match(below.compact):
                break  # another holder's record
            value = _QUALIFICATION_LINE.match(below.compact)
            key, decided = _printed_title(value.group(1)) if value else (None, False)
            if decided:
                return (key, below) if key else None
    return None


def _split_label_value(text: DocText, line, words: list[str]) -> list[str] | None:
    """A row's last cell a label its narrow cell wrapped (``… 专业技术资`` over ``格``), its value
    the next cell along the row: [label, value], else None."""
    if len(words) < 2 or words[-1].strip(":：") in _RECOMMENDER_TITLE_LABELS:
        return None
    under = line_below(text, line)
    if under is None or len(under.compact) > 2 or not box(line)[0] < box(under)[0] < box(line)[2]:
        return None
    label = words[-1] + under.compact.strip(":：")
    # (the value level with the label's first line, or centred on both)
    beside = [l for l in text.lines if l.page == line.page and box(l)[0] >= box(line)[2] - 2
              and box(line)[1] <= (box(l)[1] + box(l)[3]) / 2 <= box(under)[3]
              and box(l)[0] - box(line)[2] <= 10 * line.line.height]
    value = right_of(text, line) or min(beside, key=lambda l: box(l)[0], default=None)
    return [label, value.text] if label in _RECOMMENDER_TITLE_LABELS and value is not None else None


def _spaced_label(text: DocText, labels: list[str]):
    """(line, value) of a label printed spaced out to the width of the labels above it
    (``职      称：高级工程师``), which OCR boxes as two lines: its first character alone
    (``职``) and the rest with the value (``称：高级工程师``) just right of it."""
    for first in text.lines:
        if not re.fullmatch(r"[\u4e00-\u9fff]", first.compact):
            continue
        rest = right_of(text, first)
        if rest is None or box(rest)[0] - box(first)[2] > 6 * first.line.height:
            continue
        joined = first.compact + rest.compact
        label = next((l for l in labels if re.match(re.escape(l) + "[:：]", joined)), None)
        if label:
            yield rest, joined[len(label) + 1:]


def _unread_title(text: DocText, sides: dict[int, str]):
    """(page, box) of the recommender's title cell when a form prints its label with nothing
    read beside it."""
    for hit in heading_labels(text, _RECOMMENDER_TITLE_LABELS):
        if hit.value or _candidate_side(text, hit, sides) or field_value(text, hit):
            continue
        cell = empty_value_cell(text, hit.line)
        if cell is not None:
            return hit.line.page, cell
    return None


def _candidate_side(text: DocText, hit, sides: dict[int, str]) -> bool:
    """A title label in the candidate's part of a form (现职称, 申报职称, his row, his section,
    the rows under his name)."""
    before = hit.line.compact[:hit.start]
    if sides.get(hit.line.index) == "recommender" and not before:
        return False  # his section's own caption (a form's halves side by side share their rows)
    if hit.exact and hit.label.startswith(("推荐人", "推荐专家")) and not before.endswith("被"):
        return False  # 推荐人职称 says whose it is, whatever the row holds beside it (被推荐人现职称)
    if re.match(r"(?:推荐人|推荐专家)(?:姓名)?[:：]?[\u4e00-\u9fff·]{2,6}现?$", before):
        return False  # (his row: 推荐人姓名   欧阳知远   现专业技术职称   正高级工程师, probe CX R07)
    # A row captioned 被推荐人姓名 is the candidate's; one whose last caption is 与被推荐人关系
    # is the recommender's.
    return before.endswith(_CANDIDATE_SIDE) or sides.get(hit.line.index) == "candidate" or any(
        re.search(r"(?<!与)被推荐|申报人", l.compact) for l in row_of(text, hit.line) + [hit.line]) \
        or _whose(text, hit.line) == "candidate"


# Titles as a form's cell prints them; the engineering series first (教授级高级工程师 is no 教授).
_ENGINEER_TITLE = re.compile(r"(?:正高级|教授级高级|研究员级高级|高级|中级|助理)?工程师|技术员|(?:教授级|研究员级|正)?高工|教高")
# 高工, 正高工, 教授级高工, 教高: how letters shorten 高级工程师 and 正高级工程师 (总工 is a post).
_SHORT_TITLES = {"高工": "高级工程师", "正高工": "正高级工程师", "教授级高工": "正高级工程师", "教高": "正高级工程师",
                 "研究员级高级工程师": "正高级工程师", "研究员级高工": "正高级工程师"}
# Titles of other series: the recommender holds one, so he is no 正高级工程师.
_OTHER_TITLE = re.compile(r"(?:[一二三四]级)?(?:副?教授|副?研究员)(?!级)|(?:正高级|高级|中级|助理)?(?:经济师|会计师|审计师|统计师|农艺师|畜牧师|"
                          r"兽医师|实验师|政工师|工艺美术师|讲师|教师|馆员|记者|编辑|律师)|(?:副?主任|主治)?(?:医|药|护|技)师")
_TITLE_LEAD = re.compile(r"^[(（:：,，、;；]*(?:(?:推荐人|推荐专家)?(?:现任)?(?:专业技术|技术)?(?:职称|职务|资格)[:：]?)?")
_PARTS = re.compile(r"[\s(（)）,，、;；]+")
# The parts of a value that may each be a title or a post: 总工程师/正高级工程师.
_VALUE_PARTS = re.compile(r"[^\s(（)）,，、;；/／]+")
# An engineer's title damaged before its level: 上高级工程师 (正高级?), 商级工程师 (正高级 or 高级?).
_DAMAGED_TITLE = re.compile(r"[\u4e00-\u9fff]高级工程师|[\u4e00-\u9fff]{1,2}级工程师")
_PROFESSORATE_DAMAGED = re.compile(r"(?:教授|研究员)级[\u4e00-\u9fff]{0,3}工程师|(?:教授|研究员)级高[\u4e00-\u9fff]?$")


_SIGNATURE = re.compile(r"(?:推荐人|推荐专家|专家)[^:：]{0,6}(?:签名|签字|签章)|特此推荐|此致|"
                        r"(?:推荐人|推荐专家)[:：]\s*[\u4e00-\u9fff·]{2,8}\s*[(（](?:签名|签字|签章)[)）]")
# A note about signing, not a signature (注：推荐专家须本人签字; 本推荐信须由推荐专家本人签字后报送).
_SIGNING_NOTE = re.compile(r"^(?:注|备注|说明|附|填表说明)[:：]|(?:须|需|应)(?:由|当|经)?(?:推荐人|推荐专家|专家)?本人(?:亲笔)?签|签字后|签名后")
# A date under the signature that dates something else: the recommender's title, his birth.
_OTHER_DATE = re.compile(r"(?:取得|获得|出生|任职|评审|聘任|发证|毕业|打印|印制)(?:资格)?(?:时间|日期|年月)")


def _signed_on(text: DocText):
    """The date under the recommender's signature (推荐人（签名）：… | 2025年9月10日, or 日期：… on the
    lines just under it): never a date the letter's body or a note after it names (本表仅用于
    2026年度评审，有效期至2026年12月31日; 附：职称证书复印件（2016年12月取得）).  None without a signature."""
    anchors = [l for l in text.lines if _SIGNATURE.search(l.compact) and not _SIGNING_NOTE.search(l.compact)]
    if not anchors:
        return None
    anchor = anchors[-1]
    for line in [anchor] + [l for l in text.lines[anchor.index + 1:anchor.index + 5] if l.page == anchor.page]:
        after = line.text if line is not anchor else line.text[original_index(line.text, _SIGNATURE.search(line.compact).end() - 1) + 1:]
        if _OTHER_DATE.search(line.compact):
            continue  # (正高级工程师  取得时间：2016年12月 under the name; 打印时间：… at the foot)
        # (a bare date, or one after 日期：; never a sentence that names one)
        if re.search(r"[，,。；;（(]", after) and not re.match(r"\s*(?:日期|时间)?\s*[:：]?\s*[\d〇零一二三四五六七八九]", after.strip()):
            continue
        dates = find_dates(after)
        if dates and dates[0].value.month:
            return dates[0].value, line
    return None


def _title_under_signature(text: DocText, signed: TextLine, name: str) -> tuple[str, TextLine] | None:
    """A signature block's lines under the recommender's name (推荐人（签名）： | 徐超 | 教授级高级
    工程师 | 重庆市…研究院 | 2024年9月10日): the title printed alone on the line right under it."""
    if name not in signed.compact:  # (the name on the line under its label)
        below = line_below(text, signed, max_gap=1.5)
        if below is None or below.compact != name:
            return None
        signed = below
    under = line_below(text, signed, max_gap=1.5)
    if under is None or not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", under.compact):
        return None
    key, decided = _first_title(under.compact)
    return (key, under) if decided and key else None


def _first_title(value: str) -> tuple[str | None, bool]:
    """``_printed_title`` of the first part of ``value`` that settles the question: a post
    before the title (``总工程师/正高级工程师``) is passed over."""
    for part in _VALUE_PARTS.finditer(value):
        key, decided = _printed_title(value[part.start():].lstrip("/／"))
        if decided:
            return key, decided
        # (a unit with the title run on: 重庆交通大学副教授, …信息工程学院教授、博士生导师)
        glued = _TITLE_AFTER_UNIT.search(part.group())
        if glued:
            return glued.group(1), True
    return None, False


_TITLE_AFTER_UNIT = re.compile(r"(?:大学|学院|研究院|研究所|科学院|中心)(副?教授|副?研究员)$")  # (never 教授级…: its end)


def _printed_title(value: str) -> tuple[str | None, bool]:
    """The title a value opens with, as printed, and whether the value settles the question:
    ``('senior_engineer', True)`` for 高级工程师; a title of another series as printed
    (``('教授', True)``, 研究员, 高级经济师: what the page shows, which is no 正高级工程师 and
    counts for none, ``audit._recommenders``); ``(None, True)`` for an engineer's title damaged
    before its level (上高级工程师, 商级工程师: 正高级 or 高级, nobody can tell); ``(None, False)``
    for anything else (a post: 总工程师, 副总工程师; a unit), which leaves the question open."""
    # (a bilingual form's English word before the Chinese: Professor教授, Senior Engineer高级工程师)
    whole = _TITLE_LEAD.sub("", re.sub(r"^[A-Za-z][A-Za-z.\-]*(?=[\u4e00-\u9fff])", "", "".join(value.split())))
    compact = _TITLE_LEAD.sub("", next((p for p in _PARTS.split(whole) if p), ""))
    if _PROFESSORATE_DAMAGED.match(compact):
        # 教授级 or 研究员级 opens only 正高级工程师, whatever OCR made of its 高级 (教授级高及工程师,
        # a seal over it, probe CT R2: read 工程师)
        return Title.PROFESSORATE_SENIOR_ENGINEER.value, True
    engineer = _ENGINEER_TITLE.match(compact)
    if engineer:
        if re.match(r"[(（](?:教授级|正高级?)[)）]", whole[engineer.end():]):  # 高级工程师（教授级）
            return Title.PROFESSORATE_SENIOR_ENGINEER.value, True
        return title_key(_SHORT_TITLES.get(engineer.group(), engineer.group())), True
    other = _OTHER_TITLE.match(compact)
    if other:
        return re.sub(r"^[一二三四]级", "", other.group()), True  # (二级教授: a grade of 教授)
    if _DAMAGED_TITLE.fullmatch(compact):
        return None, True
    return None, False


# The label opening a person's part of a form: 被推荐人（姓名）, 申报人, 推荐人, 推荐专家, after a
# section number (二、推荐人情况).
_PERSON_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（]?[一二三四五六七八九十\d]+[)）.、])?"
                          r"(被推荐人|申报人|推荐对象|推荐人|推荐专家|专家姓名|评议专家|评议人)")


def _whose(text: DocText, line) -> str | None:
    """Whose part of a form ``line`` is in: the person whose label opens its row, else the one
    whose label stands nearest above it (a form of two blocks, 被推荐人姓名 over 专业技术职务,
    then 推荐人姓名 over its own 专业技术职务); ``None`` when no such label is above."""
    def side(label: str) -> str:
        return "candidate" if label in ("被推荐人", "申报人", "推荐对象") else "recommender"

    for cell in sorted(row_of(text, line) + [line], key=lambda l: box(l)[0]):
        head = _PERSON_HEAD.match(cell.compact)
        if head:
            return side(head.group(1))
    top = box(line)[1] - 0.5 * line.line.height
    above = [(box(l)[1], head.group(1)) for l in text.lines
             if l.page == line.page and box(l)[1] < top and (head := _PERSON_HEAD.match(l.compact))]
    return side(max(above)[1]) if above else None


# 本人王五，现任…，具有正高级工程师职称: the recommender's own title, in a sentence that does
# not yet speak of the candidate (本人推荐其申报正高级工程师 is the candidate's target).
# 我是…公司副总工程师赵立新，高级工程师: a letter's self-introduction says it without a verb.
_OWN_TITLE = re.compile(r"(?:本人(?:(?!推荐|申报|破格|同志|该|其)[^。]){0,40}?(?:具有|具备|取得|现任|系|为|是)|"
                        r"我(?:叫[\u4e00-\u9fff·]{2,5}[,，])?(?:是|系|现任|现为))"
                        r"(?:(?!推荐|申报|破格|同志|该|其)[^。]){0,40}?(正高级工程师|教授级高级工程师|研究员级高级工程师|高级工程师|教授级高工|研究员级高工|正高工)")
# 本人系重庆大学机械学院二级教授: a title of another series in his own sentence, where he names no
# engineer's title of his.
_OWN_OTHER_TITLE = re.compile(r"本人(?:(?!推荐|申报|破格|同志|该|其)[^。]){0,40}?(?:系|为|是|现任|现为)"
                              r"(?:(?!推荐|申报|破格|同志|该|其)[^。]){0,40}?((?:[一二三四]级)?(?:副?教授|副?研究员))(?![级A-Za-z])")
# 作为重庆…公司的正高级工程师，我郑重推荐…: the writer's own title, said before he recommends.
_OWN_TITLE_AS = re.compile(r"作为(?:(?!推荐|申报|破格|同志|该|其)[^。，,]){0,40}?"
                           r"(正高级工程师|教授级高级工程师|研究员级高级工程师|高级工程师|教授级高工|研究员级高工|正高工)[，,]\s*我")
# 本人张三，研究员，…: what the recommender states right after his name.
_SELF_STATED = re.compile(r"本人(?!推荐|郑重|特此|愿意|同意|向)[\u4e00-\u9fff·]{2,5}[,，]([^,，。;；]{2,12})[,，。;；]")
# 本人邓瑞，重庆市机械工业研究院研究员，…: his unit, then his title, straight after his name.
_SELF_AT_UNIT = re.compile(r"本人(?!推荐|郑重|特此|愿意|同意|向)[\u4e00-\u9fff·]{2,5}[,，][\u4e00-\u9fff（）()]{2,30}?(?:公司|大学|学院|研究院|研究所|中心|集团|医院)"
                           r"([\u4e00-\u9fff]{2,10}?)[,，。;；]")
# 本人钟安，教授级高级工程师，现任…: the title straight after his name.
_OWN_TITLE_AFTER_NAME = re.compile(r"本人[\u4e00-\u9fff·]{2,5}?(?:[,，]|[（(])(正高级工程师|教授级高级工程师|研究员级高级工程师|高级工程师|教授级高工|研究员级高工|正高工)")
# 推荐 heading a name, not a word of the title or of a label (推荐信, 推荐人, 推荐意见 …).
_RECOMMENDS = re.compile(r"推荐(?!信|书|表|人|意见|专家|理由|单位|材料)")


def _recommended_person(text: DocText):
    """The candidate in the letter's sentence: ``兹推荐…公司司马俊峰同志``, ``推荐欧阳晓红破格
    申报``, else the first person named with 同志 (``冯晓东同志系…``)."""
    body, starts = running_text(text)
    # The one who applies (…对该部门燕十三同志申报正高级工程师进行推荐): the candidate, whoever else the
    # sentence names first (部长谢晓峰同志推荐 — the one who asked for the letter).
    for match in _APPLIES.finditer(body):
        name = sentence_person(body[max(0, match.start() - 16):match.start()])
        if name and is_name(name):
            return name, line_at(starts, match.start() - len(name))
    for match in _RECOMMENDS.finditer(body):
        after = body[match.end():match.end() + 40]
        end = re.search(r"同志|先生|女士|破格|申报|参评|参加", after)
        if not end or re.search(r"[。，,；;：:]", after[:end.start()]):
            continue
        # (a bilingual letter's name with its pinyin: 推荐林语堂(Lin Yutang)先生)
        before = _PINYIN_AFTER.sub("", after[:end.start()])
        # (his own title after his name: 兹推荐重庆邮电大学曾德胜副教授申报…)
        before = _TITLE_AFTER_NAME.sub("", before)
        name = sentence_person("推荐" + before)
        if name and is_name(name):
            return name, line_at(starts, match.end() + max(after.find(name), 0))
    found = comrade(text)
    if found:
        return found
    # 本人与崔益阳先生/女士（…）相识15年: the one the letter is about, as a 先生 or 女士.
    for match in _MISTER.finditer(body):
        name = match.group(1)
        if is_name(name) and has_surname(name):
            return name, line_at(starts, match.start(1))
    return None


_TITLE_AFTER_NAME = re.compile(r"(?<=[\u4e00-\u9fff])(?:副?教授|副?研究员|(?:教授级|正高级|高级|助理)?工程师|高工|讲师|博士)$")
_PINYIN_AFTER = re.compile(r"\s*[（(][A-Za-z][A-Za-z .\-]{1,30}[)）]\s*$")
_APPLIES = re.compile(r"(?:同志|先生|女士)(?:破格)?(?:申报|参评)(?:正高级|高级|教授级高级|中级)?(?:工程师|职称|资格)")
_MISTER = re.compile(r"(?:与|推荐|认识|兹有|介绍|了解)([\u4e00-\u9fff·]{2,5}?)(?:先生|女士)")


DOCTYPE = DocType(
    key="recommendation_letter", identity=("candidate", "recommender"), name="推荐信",
    cues=Cues(
        titles=("推荐信", "推荐意见", "专家推荐表", "推荐书", "破格推荐", "推荐意见书", "推荐函", "专家推荐意见",
                "评审推荐表", "推荐报告", "举荐信", "推荐材料", "申报推荐表",
                # a peer expert's opinion on the applicant (同意推荐 | 不同意推荐): his recommendation
                "同行专家评议意见", "专家评议意见表", "同行评议意见"),
        labels=("推荐人", "被推荐人", "特此推荐", "现推荐", "兹推荐", "推荐意见", "推荐人签字", "推荐人职称",
                "推荐专家", "破格申报", "同志", "推荐理由", "推荐人姓名", "推荐人签名",
                # a letter's own words about what it does (本人郑重推荐, …资格进行推荐)
                "郑重推荐", "进行推荐", "推荐该同志", "推荐其申报"),
        title_patterns=(r"关于推荐[^，。,；;]{2,40}?的(?:函|信)",
                        # (关于推荐申报正高级工程师的意见: a letter titled as its opinion on a title applied for)
                        r"关于推荐[^，。,；;]{0,30}?(?:申报|参评|评审)[^，。,；;]{0,20}?(?:工程师|职称|资格)[^，。,；;]{0,6}?的意见"),
        requires=("推荐",),
        requires_why="没有推荐内容",
        penalties=LISTS,  # an applicant's 证明材料目录 names its 推荐信 without being one
        # a prize's nomination form (…科学技术奖推荐书) recommends a project for an award, no person
        refusing_titles=("奖推荐书", "奖推荐表", "奖励推荐书", "奖励推荐表", "奖提名书", "成果推荐书", "项目推荐书", "项目推荐表"),
    ),
    extract=extract_recommendation,
    fields=("recommender", "recommender_title", "candidate", "target_title", "co_recommenders", "recommender_specialty",
            "date"),
    labels={"target_title": "推荐申报的职称", "recommender_specialty": "推荐人从事专业", "date": "推荐日期"},
    decisive=("recommender", "recommender_title", "candidate"),
    date_fields=(),  # a letter's date is no achievement's (audit._recommenders holds back one signed too late)
)
