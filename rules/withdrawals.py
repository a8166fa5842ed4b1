"""Achievements taken back: a patent declared invalid or lapsed, a paper retracted, an award
or an acceptance revoked.

专利法第四十七条: 宣告无效的专利权视为自始即不存在.  A journal's 撤稿声明 removes its paper; a
government's decision revoking a prize (撤销…奖励，收回获奖证书) or an acceptance's conclusion
(撤销…验收结论，项目按未通过验收处理) leaves nothing that 第十一条 to 第十五条 could count.  A
patent that lapsed (专利权终止通知书: 未缴年费) was in force once; whether it still counts the rule
text does not say, so it too is held back for a person.  Such
a paper is no achievement of its own (``withdrawing_title``: the classifier reads it as none),
and the achievement it names does not count while it stands in the bundle (``withdraws``):
the audit holds that achievement back for a person, never the other way round.
"""

from __future__ import annotations

import re

# The title of a paper that takes something back.
_TITLE = re.compile(r"无效宣告请求审查决定|专利权终止通知|撤稿(?:声明|通知|启事|说明)|关于撤销[^。；;]{2,80}?的(?:决定|通知|公告|批复)|"
                    r"关于[^。；;]{2,60}?撤销[^。；;]{0,40}?的(?:决定|通知|公告)")
# What it says it does: invalidates the whole patent, retracts the paper, revokes the prize,
# its certificate, the acceptance's conclusion, a title or a recognition.
_TAKES_BACK = re.compile(r"宣告[^。；;]{0,40}?全部无效|予以撤稿|撤稿处理|作撤稿|(?<![不未])决定撤稿|"
                         # (a journal's own words for it: 本刊决定撤销该文, 撤回《…》一文, 该文予以撤销 —
                         # never 决定不撤销该文)
                         r"(?<![不未])(?<!无需)(?<!不予)(?:撤销|撤回)(?:该|此|本|上述|以上)(?:篇)?(?:文|论文|文章|稿件)|"
                         r"(?<![不未])(?<!无需)(?<!不予)(?:撤销|撤回)[^。；;]{2,80}?一文|"  # (its 《》 read away)
                         r"(?:该|此|上述)(?:篇)?(?:文|论文|文章)(?<!不)(?:予以|作)(?:撤销|撤回|撤稿)|"
                         r"(?:决定|予以|依法|一并)撤销[^。；;]{0,60}?(?:奖励|奖项|所获|获奖|验收结论|验收证书|验收意见|证书|称号|认定|资格)|"
                         r"按未通过验收处理|视为未通过验收|视为自始不存在|"
                         # a patent lapsed (未缴年费: 该专利权于2024年10月22日终止) — never a
                         # certificate's own warning (未按照规定缴纳年费的，专利权自…期满之日起终止)
                         r"专利权(?:已经?)?于[^。；;]{0,24}?终止|专利权已经?终止|专利权自(?:19|20)\d\d年[^。；;]{0,12}?起终止|"
                         r"法律状态[^。；;]{0,4}?专利权(?:已经?)?终止")
# A patent restored (恢复权利请求审批通知书: 准予恢复): its lapse, recounted there, is undone.
_RESTORED = re.compile(r"(?:准予|同意|予以)恢复|恢复权利请求审批通知|专利权(?:予以|已)?恢复")
_NOT_TEXT = re.compile(r"[\s\u3000“”\"'‘’「」『』《》〈〉()（）\[\]【】,，、.。:：;；!！?？·\-—_/]")
# The names that say which achievement it is (a prize's name is shared by every project it went to).
_FIELDS = ("title", "project_title", "software_name")
# A decision revoking one completer's share leaves the others' standing (其他完成人的获奖资格不受影响).
_OTHERS_KEPT = re.compile(r"(?:其他|其余)[^。；;]{0,16}?(?:不受影响|继续有效|予以保留|维持不变)")
_PATENT_NUMBER = re.compile(r"(?:ZL|zl)?\s*((?:19|20)\d{2}\s*[1-9]\s*\d{7}\s*[.．]?\s*[\dXx])")


def _plain(text: str) -> str:
    return _NOT_TEXT.sub("", text or "")


def withdrawing_title(title: str) -> str | None:
    """The words of a title that say the paper takes an achievement back, or None.

    >>> withdrawing_title("无效宣告请求审查决定书"), withdrawing_title("撤 稿 声 明")
    ('无效宣告请求审查决定', '撤稿声明')
    >>> withdrawing_title("关于撤销“冲压车间智能工厂建设项目”项目验收结论的通知")[:4]
    '关于撤销'
    >>> withdrawing_title("关于公布2024年度重庆市科学技术奖获奖项目的决定") is None
    True
    """
    match = _TITLE.search(_plain(title))
    return match.group(0) if match else None


def takes_back(words: str) -> str | None:
    """What a paper's words take back (宣告…专利权全部无效, 予以撤稿, 撤销…奖励), or None.

    >>> takes_back("审查决定：宣告ZL202210346001.6号发明专利权全部无效。")
    '宣告ZL2022103460016号发明专利权全部无效'
    >>> takes_back("宣告ZL202210346001.6号发明专利权部分无效，在权利要求2的基础上维持有效。") is None
    True
    >>> takes_back("上述专利权人未按期缴纳第4年度年费和滞纳金，该专利权于2024年10月22日终止。")
    '专利权于2024年10月22日终止'
    >>> takes_back("未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。") is None
    True
    >>> takes_back("经作者所在单位核实并征得编委会同意，本刊决定撤销该文。")
    '撤销该文'
    >>> takes_back("本刊决定撤回《基于数字孪生的调度方法》一文。"), takes_back("经核查，该文予以撤销。")
    ('撤回基于数字孪生的调度方法一文', '该文予以撤销')
    >>> takes_back("经调查未发现学术不端行为，本刊决定不撤销该文。") is None
    True
    >>> takes_back("该专利权自2024年10月22日起终止。"), takes_back("法律状态：专利权终止（未缴年费）")
    ('专利权自2024年10月22日起终止', '法律状态专利权终止')
    """
    match = _TAKES_BACK.search(_plain(words))
    return match.group(0) if match else None


def withdraws(words: str, fields: dict, person: str | None = None) -> bool:
    """Whether a paper whose ``words`` take something back names the achievement whose
    document has ``fields``: its patent or registration number; else its title (a project's,
    a paper's) printed whole — and, for a paper, its journal or one of its authors too (a
    title two journals printed is two papers).  A patent's decision that prints another
    number takes back another patent, whatever its title.  A decision that keeps the other
    completers' standing takes back only those it names: ``person``'s, if he is one.

    >>> said = "本刊2024年第9期刊发的论文《面向多品种小批量的产线动态调度方法》（作者：邬嘉树，王志刚）…对该文予以撤稿处理"
    >>> withdraws(said, {"title": "面向多品种小批量的产线动态调度方法", "authors": ["邬嘉树", "王志刚"]})
    True
    >>> withdraws(said, {"title": "面向多品种小批量的产线质量追溯方法", "authors": ["王志刚"]})
    False
    >>> withdraws(said, {"title": "面向多品种小批量的产线动态调度方法", "authors": ["湛一航"], "journal": "计算机工程与应用"})
    False
    >>> withdraws("宣告ZL202210346001.6号发明专利权全部无效", {"patent_number": "ZL202210346001.6"})
    True
    >>> withdraws("发明创造名称：一种调度方法 宣告ZL201910346132.2号发明专利权全部无效",
    ...           {"patent_number": "ZL202210346131.X", "title": "一种调度方法"})
    False
    """
    if not takes_back(words) or _RESTORED.search(_plain(words)):
        return False  # (a restoration recounts the lapse it undoes)
    if _OTHERS_KEPT.search(words) and not (person and "".join(person.split()) in _plain(words)):
        return False
    plain = _plain(words)
    printed = {re.sub(r"\D", "", m.group(1)) for m in _PATENT_NUMBER.finditer(words)}
    for key in ("patent_number", "registration_number"):
        digits = re.sub(r"[^\dXx]", "", _plain(str(fields.get(key) or "")))
        if len(digits) >= 8:
            if re.sub(r"\D", "", digits) in (re.sub(r"\D", "", t) for t in re.findall(r"\d{8,}[Xx]?", plain)):
                return True
            if key == "patent_number" and printed:
                return False  # (it names another patent's number)
    named = [key for key in _FIELDS if len(_plain(str(fields.get(key) or ""))) >= 6 and _plain(str(fields[key])) in plain]
    if not named:
        return False
    if "title" in named and (fields.get("journal") or fields.get("authors")):
        journal = _plain(str(fields.get("journal") or ""))
        authors = [_plain(a) for a in fields.get("authors") or [] if isinstance(a, str)]
        return bool(journal and journal in plain) or any(len(a) >= 2 and a in plain for a in authors)
    return True


def restores(words: str, fields: dict) -> bool:
    """Whether a paper restores the patent of ``fields`` (恢复权利请求审批通知书 naming its number):
    a lapse another paper shows is then undone.

    >>> restores("恢复权利请求审批通知书 专利号：ZL202111233040.7 准予恢复", {"patent_number": "ZL202111233040.7"})
    True
    >>> restores("恢复权利请求审批通知书 专利号：ZL201911233040.1 准予恢复", {"patent_number": "ZL202111233040.7"})
    False
    """
    digits = re.sub(r"\D", "", str(fields.get("patent_number") or ""))
    return bool(_RESTORED.search(_plain(words))) and len(digits) >= 8 and \
        digits in (re.sub(r"\D", "", m.group(1)) for m in _PATENT_NUMBER.finditer(words))
