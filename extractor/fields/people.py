"""Lists of people (发明人, 作者, 完成人 …) split into names, and rank phrases read as numbers.

Lists keep the document's order (CONTRACT §5: the applicant's rank is a place in it).
Separators are whatever the document or OCR gives: ``；;、，,|/``, line breaks, spaces,
full-width spaces.  A leading label (``发明人：``) and notes in brackets (``（排名第一）``),
affiliation marks (``张三1,2*``), rank notes (``第一完成人``) and a trailing ``等`` are dropped.

Spaces are the hard part, because Tesseract puts one between every two Chinese characters.
The rules, from the shape of Chinese names (two to four characters):

1. A token of two or more characters is a whole name: OCR spaces inside a name come
   between single characters, so ``张三 李四 王小明`` is three names.
2. A run of single characters is one name when it has two or three (``王 小 明``).
3. A longer run is split at its widest gaps when the gaps differ (``张 三  李 四``),
   otherwise into pieces of 2–3 characters (4 with a compound surname such as 欧阳) that
   each begin with a common surname, when exactly one such split exists
   (``张 三 李 四`` → 张三, 李四).  When none or several exist the run is kept joined, so
   that a later name match fails visibly rather than matching a wrongly cut name.
4. A token of five or more characters with no separator at all (``贾隽峰赵健朗刘钟佳``)
   is split the same way when exactly one split exists, else kept whole.
5. A lone single character (``王 小明``) joins the next two-character token if it is a
   surname, else the previous two-character name.

Names in Latin letters are kept whole, spaces normalised: ``John Smith``.

>>> split_people('发明人：贾隽峰;赵健朗;刘钟佳')
['贾隽峰', '赵健朗', '刘钟佳']
>>> split_people('张 三  李 四  王 小 明')
['张三', '李四', '王小明']
>>> split_people('黄丽萍、阿卜杜拉·  买买提、罗 斌')
['黄丽萍', '阿卜杜拉·买买提', '罗斌']
>>> split_people('CSTB2023JXJL-YFX0031')
[]
>>> split_people('王威龙 杨伟乐 涂妍妍 于洪朋')
['王威龙', '杨伟乐', '涂妍妍', '于洪朋']
>>> split_people('作者: John Smith, 张三1*, 李四2')
['John Smith', '张三', '李四']
>>> parse_rank('第一完成人')
1
>>> parse_rank('（排名第5）')
5
"""

from __future__ import annotations

import re

from .numerals import NUMERAL_CHARS, fold, to_int

# The two hundred or so commonest single-character surnames.  A rarer surname makes a split
# fail (the run is kept joined) rather than go wrong.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏"
    "苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫阎段雷龙黎史陶贺毛郝顾龚"
    "邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄左牛章葛欧鲁柴安聂涂焦祝樊凌殷骆符甘温饶路伍颜裴"
    "兰齐耿倪关宁霍申盛解古岳詹单包舒于蒙翟边卜成车邢尚华梅艾谷米麦宫费纪廉谈屈池童鲍彭储查凤习"
    "项阮管幸滕苗吉褚尤宗水沙冉粟骆桂滕芦景晏郎蓝雍危"
    # rarer ones that are no common word's first character (邬, 蒲, 岑 …; not 荣 of 荣获, 毕 of 毕业)
    "邬卓揭巫蔺闵阚隋冀祁俞娄戚郁臧栾佟邝卞穆苟邸虞寇茅谌钮喻敖邰仇晁缪桑厉鄢湛扈鞠逯禹芮牟岑蒲靳郜柏杭阙匡荆胥游楚帅甄荀"
)
# Rarer surnames that seldom stand inside a given name (嵇康, 谯勇, 鲜于…, 母涛, 竺可桢): never a
# cut's reason on their own, but a cut of glued names that one of them opens another way is
# no longer the only one (谷风陈晨阮籍嵇康向秀 is not …阮籍嵇、康向秀).
RARER_SURNAMES = frozenset(
    "嵇谯鲜母竺冼庞窦奚酆皮狄贝伏席麻刁裘诸滑翁於糜乌宓郗戎蓟屠姬瞿蒯訾厍毋乜殳夔庾暨郦莘韶钭隗弓汲邴"
    "昝贲萧卫毕曲封井党展巴伊仲班牧阴鄂宿燕"
    "綦仉笪桓缑逄禚亓佘应房简"
    # (现推荐我院全柏林同志: 全 no adverb there, probe CX R13)
    "全仝禤巩檀"
    # (眭俊, 庹桂梅, 蹇文春: 重庆's and 四川's own, probes DD, DE, DG; 况明, probe DN awd-05; 姒晨, DM acc-03)
    "眭庹蹇况姒"
    # (Korean-Chinese surnames: 朴成浩, 权哲)
    "朴权"
    # (税华磊, 冶少东, 沃晨, 羊帆, 练建, 但…: probes DR, DS; 那川, a Manchu surname, DX R13)
    "税冶沃羊练但那"
)
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "澹台", "公冶", "宗政", "濮阳", "太叔", "申屠",
    "钟离", "闻人", "轩辕", "呼延", "万俟", "赫连", "百里", "东郭", "拓跋", "司空", "第五",
    "鲜于", "闾丘", "淳于", "仲孙", "亓官", "颛孙", "巫马", "漆雕", "乐正", "公良", "谷梁", "段干", "羊舌",
    "梁丘", "左丘", "公羊",
})

# Tibetan names have no surname: two words of a short common stock (次仁卓玛, 扎西次仁, 格桑旺堆),
# each a name of its own too (卓玛, 扎西).
TIBETAN_NAME_WORDS = frozenset({
    "次仁", "扎西", "格桑", "卓玛", "旺堆", "达瓦", "尼玛", "多吉", "平措", "央金", "拉姆", "德吉", "索朗", "白玛",
    "顿珠", "罗布", "普布", "边巴", "巴桑", "旦增", "洛桑", "曲珍", "益西", "强巴", "次旦", "群培", "仁增", "桑珠",
    "拉巴", "米玛", "琼达", "加措", "嘉措", "措姆", "卓嘎", "央宗", "德庆", "贡嘎", "次珍", "旺姆", "多布杰",
    "土登", "丹增", "晋美", "根敦", "洛布", "欧珠", "达娃", "拉珍", "仁青", "尼玛次仁",
    # (Amdo and Kham: 才让多杰, 索南才旦, 尕藏卓玛)
    "才让", "多杰", "才旦", "旦正", "索南", "更登", "尕藏", "完玛", "东珠", "贡布", "公保", "华旦", "吉美", "赤列",
    "班玛", "周加", "拉毛", "昂旺", "桑杰", "南加", "扎巴", "才仁",
})

# Mongolian names, with no surname either: one or two words of their stock (巴图孟和, 乌兰图雅,
# 巴特尔).
MONGOLIAN_NAME_WORDS = frozenset({
    "巴图", "孟和", "乌兰", "图雅", "巴特尔", "额尔敦", "宝音", "苏和", "朝鲁", "其木格", "萨仁", "格日勒", "那仁",
    "乌力吉", "敖登", "阿拉坦", "哈斯", "布和", "特木尔", "斯琴", "娜仁", "吉日嘎拉", "巴雅尔", "图门", "满都拉",
    "其其格", "高娃", "塔娜", "乌云", "达来", "毕力格", "巴根", "额日敦", "呼和", "青格勒",
})

# Uyghur (and Kazakh) names, a given name and the father's, each a word of this stock, written
# with a middle dot (木合塔尔·吐尔逊) or, by many typists and forms, without (阿不都热合曼).
UYGHUR_NAME_WORDS = frozenset({
    "阿不都", "阿布都", "阿卜杜", "阿卜杜拉", "阿不力孜", "热合曼", "买买提", "麦麦提", "吐尔逊", "吐逊", "木合塔尔", "艾尔肯",
    "阿依古丽", "古丽", "努尔", "努尔兰", "艾力", "阿迪力", "伊力哈木", "帕提古丽", "依明", "卡德尔", "玉素甫", "艾买提",
    "克里木", "米吉提", "吾买尔", "托合提", "肉孜", "赛买提", "沙比尔", "阿力木", "阿里木", "艾合买提", "热依拉",
    "阿尔曼", "亚森", "艾山", "哈力克", "乌斯曼", "吾斯曼", "司马义", "热西提", "吾守尔", "迪丽热巴", "巴哈尔",
    "玛依拉", "再努尔", "艾则孜", "图尔荪", "阿依努尔", "买合木提", "麦合木提", "斯拉木", "牙生", "吐尔洪", "居来提",
    "帕尔哈提", "尼亚孜", "阿布拉", "艾克拜尔", "如克亚", "苏里坦", "卡米力", "艾尼瓦尔", "热孜万", "祖力皮亚",
    "米热古丽", "阿曼", "叶尔兰", "努尔江", "加娜尔", "别克",
})

# The family names of the Yi (彝族) of Liangshan, two characters before a two-character given
# name (阿牛木呷, 曲比阿呷, 阿苏拉则): four characters with no Han surname in front.
YI_FAMILY_NAMES = frozenset({
    "阿牛", "曲比", "阿苏", "吉克", "沙马", "勒格", "俄木", "马海", "阿约", "海来", "吉木", "阿说", "莫色", "阿克",
    "日火", "瓦扎", "吉伍", "果基", "罗洪", "吉拉", "倮伍", "阿侯", "吉布", "俄底", "阿西", "阿的", "巫达", "阿尔",
})

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_NAME_DOTS = "·•・‧"
_SEPARATORS = re.compile(r"[;,、|/\\\n\r]+")
# A leading label ends in a role word (发明人, 作者, 团队成员, 参赛学生, 指导教师, 主编 …) and a
# colon; any CJK text before a colon would also strip a name (张三：第一完成人).  A tilted
# photo damages the role word's last stroke (发明入, 作著): still a label before a colon.
_LABEL = re.compile(
    rf"^\s*[{_CJK}]{{0,8}}(?:人|入|者|著|员|生|师|编|名单)(?:\s*[（(][^）)]{{0,6}}[）)])?\s*:\s*")
# Role words that head a list even without a colon (发明人 张三 李四), and the same damaged.
_ROLE_LABEL = re.compile(
    r"^\s*(?:主要)?(?:发\s*明\s*[人入]|设\s*计\s*[人入]|作者|著者|完成[人入]|获奖[人入]|获奖者|起草人|团队成员|"
    r"参赛学生|参赛队员|指导教师|指导老师|著作权[人入]|专利权[人入]|编者|主编|编委|项目负责人|负责人|项目组成员|"
    r"成员)(?:\s+|(?=[\u4e00-\u9fff]{2}))")
_BRACKETS = re.compile(r"[（(\[【〔][^）)\]】〕]*[）)\]】〕]")
_TRAILING_ETC = re.compile(r"\s*等\s*(?:\d+\s*人|人)?\s*$")
# A person's title or post, printed beside his name in a list (陈静 高级工程师、刘波 博士) or glued
# on where OCR lost the space (张建林教授): never a name, nor a piece of one.
TITLE_WORD = (r"(?:正高级工程师|教授级高级工程师|研究员级高级工程师|高级工程师|助理工程师|副总工程师|总工程师|工程师|"
              r"副教授|教授|副研究员|助理研究员|研究员|高级经济师|经济师|高级讲师|讲师|助教|高级实验师|实验师|"
              r"高级会计师|会计师|高级技师|技师|高工|技术员|博士|硕士)")
# (glued, never the tail of a longer title: 正高级工程师 is no 正高级 and 工程师)
_TITLE_AFTER_NAME = re.compile(rf"(?<=[{_CJK}]{{2}})(?:\s+|(?<![高级理总副正]))(?:{TITLE_WORD})(?=\s|$|[;,、|/\\；，])")
_CODE = re.compile(r"[A-Z]{2,}[-_]?\d{2,}")
_MARKS = re.compile(r"[0-9*†‡#※△▲☆★]")
# Latin letters with their accents (Müller, Sørensen, Łukasz): a foreign co-inventor's name whole.
LATIN = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
_TOKEN = re.compile(rf"[{_CJK}{_NAME_DOTS}]+|[{LATIN}][{LATIN}.'\-]*")
_MAX_RUN = 24  # longer runs of single characters are not a list of names worth splitting


def _latin(word: str) -> bool:
    """Whether a name or token is written in Latin letters (Müller too), not in Chinese."""
    return bool(re.match(rf"[{LATIN}]", word))


def split_people(text: str) -> list[str]:
    """The names in a list of people, in order.  Empty for junk or an empty list."""
    if not isinstance(text, str):
        return []
    text = fold(text.replace("\u3000", "  "))  # a full-width space is as wide as two
    text = _LABEL.sub("", text, count=1)
    text = _ROLE_LABEL.sub("", text, count=1)
    text = _BRACKETS.sub(" ", text)
    text = _TRAILING_ETC.sub("", text)
    text = _TITLE_AFTER_NAME.sub(" ", text)
    # (a name's middle dot where a list wraps, 阿卜杜拉· | 买买提: one name across the break)
    text = re.sub(rf"(?<=[{_CJK}])\s*([{_NAME_DOTS}])\s*(?=[{_CJK}])", r"\1", text)
    names: list[str] = []
    for chunk in _SEPARATORS.split(text):
        if _CODE.search(chunk):
            continue  # a project's or a certificate's number (CSTB2023JXJL-YFX0031), never a name
        names.extend(_split_chunk(_MARKS.sub(" ", chunk)))
    names = [name for name in names if name and parse_rank(name) is None]  # 第一完成人 is a note
    # (a bilingual caption's English, 作者 / Authors, is no author)
    names = [name for name in names if name.casefold() not in _ENGLISH_CAPTIONS]
    return _without_transliterations(names)


_ENGLISH_CAPTIONS = frozenset({"author", "authors", "editor", "editors", "name", "names", "member", "members",
                               "drafter", "drafters", "inventor", "inventors", "team", "staff", "writers",
                               "contributors", "editorial board", "chief editor", "recommender", "candidate"})


_PINYIN_NAME = re.compile(r"[A-Z][A-Za-z\-]*(?: [A-Z][A-Za-z\-]*)+")


def _without_transliterations(names: list[str]) -> list[str]:
    """A bilingual byline (胡斌，上官文婷，HU Bin，SHANGGUAN Wen-ting): the Chinese names, then as
    many in pinyin — the same people again, not two more.

    >>> _without_transliterations(['胡斌', '上官文婷', 'HU Bin', 'SHANGGUAN Wen-ting'])
    ['胡斌', '上官文婷']
    >>> _without_transliterations(['John Smith', '张三'])
    ['John Smith', '张三']
    """
    chinese = [n for n in names if not _latin(n)]
    latin = names[len(chinese):]
    if chinese and names[:len(chinese)] == chinese and len(latin) == len(chinese) \
            and all(_PINYIN_NAME.fullmatch(n) for n in latin):
        return chinese
    return names


def _split_chunk(chunk: str) -> list[str]:
    """Tokens of one separator-free chunk grouped into names (rules 1–5 above)."""
    tokens: list[tuple[str, int]] = []  # (token, width of the gap before it)
    last_end = 0
    for match in _TOKEN.finditer(chunk):
        gap = chunk[last_end:match.start()]
        tokens.append((match.group(), len(gap) if gap.strip() == "" else 99))
        last_end = match.end()
    names: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i][0]
        if _latin(token[0]):  # Latin: consecutive Latin tokens form one name
            j = i + 1
            while j < len(tokens) and _latin(tokens[j][0][0]) and tokens[j][1] < 99:
                j += 1
            latin = [t for t, _ in tokens[i:j]]
            if not all(t[0].isupper() for t in latin):  # cstc jscx-gksbX: a code, not a name
                i = j
                continue
            # 上官云飞 SHANGGUAN Yunfei: a bilingual certificate's transliteration of the name
            # before it, not a second person
            if not (names and not _latin(names[-1]) and latin[0].isupper() and len(latin) >= 2):
                names.append(" ".join(latin))
            i = j
        elif token in COMPOUND_SURNAMES and i + 1 < len(tokens) and tokens[i + 1][1] < 99 \
                and _given_name(tokens[i + 1][0]):
            # 欧阳 晓红: OCR's space after a compound surname.  A form spaces every part
            # (欧阳 建 国): exactly two lone characters after it are its given name.
            run = 0
            while i + 1 + run < len(tokens) and len(tokens[i + 1 + run][0]) == 1 \
                    and _given_name(tokens[i + 1 + run][0]) and tokens[i + 1 + run][1] < 99:
                run += 1
            take = 2 if run == 2 else 1
            names.append(token + "".join(t for t, _ in tokens[i + 1:i + 1 + take]))
            i += 1 + take
        elif len(token) >= 2:
            names.extend(_split_glued(token))
            i += 1
        else:
            j = i
            while j < len(tokens) and len(tokens[j][0]) == 1 and not _latin(tokens[j][0]):
                j += 1
            run = [t for t, _ in tokens[i:j]]
            gaps = [g for _, g in tokens[i + 1:j]]
            if len(run) == 1:
                # (the gaps either side: a typist's 庞 博文 after 、 or after a wider gap)
                apart = tokens[i][1] > (tokens[j][1] if j < len(tokens) else 99) or not names
                if _attach_lone(run[0], names, tokens[j][0] if j < len(tokens) else None, apart):
                    j += 1  # the next token was taken into this name
            else:
                names.extend(_split_run(run, gaps))
            i = j
    return names


def _given_name(token: str) -> bool:
    """One or two Chinese characters: what follows a compound surname in a name."""
    return 1 <= len(token) <= 2 and bool(re.fullmatch(f"[{_CJK}]+", token))


def _attach_lone(char: str, names: list[str], following: str | None, apart: bool = False) -> bool:
    """Rule 5: a single character is never a name on its own.  True if it took ``following``
    (a name after its surname, or the rest of a compound surname and its name: 欧 阳晓红).
    A rarer surname (庞 博文) takes it only when it stands ``apart`` from the name before it
    (first of its part of the list, or a wider gap before than after): a 3-character name
    cut after two (王小 燕) keeps its last character.

    >>> split_people('庞 博文、王小 燕  李四'), split_people('张伟   庞 博文')
    (['庞博文', '王小燕', '李四'], ['张伟', '庞博文'])
    """
    if following is not None and not _latin(following) and (
            (char in SURNAMES and len(following) == 2)
            or (apart and char in RARER_SURNAMES and len(following) == 2)
            or (char + following[:1] in COMPOUND_SURNAMES and 2 <= len(following) <= 3)):
        names.append(char + following)
        return True
    if names and len(names[-1]) == 2 and not _latin(names[-1]):
        names[-1] += char
    else:
        names.append(char)
    return False


def _split_run(chars: list[str], gaps: list[int]) -> list[str]:
    """Rules 2 and 3: single characters grouped into names."""
    if len(chars) <= 3:
        return ["".join(chars)]
    if gaps and min(gaps) < max(gaps):
        pieces: list[list[str]] = [[chars[0]]]
        for char, gap in zip(chars[1:], gaps):
            if gap > min(gaps):
                pieces.append([char])
            else:
                pieces[-1].append(char)
        if all(len(p) >= 2 for p in pieces):
            return [name for p in pieces for name in _split_run(p, [min(gaps)] * (len(p) - 1))]
    return _by_surnames("".join(chars)) or ["".join(chars)]


def _split_glued(token: str) -> list[str]:
    """Rule 4: a long token with no separator, split only when the split is unique."""
    if len(token) < 5 or any(dot in token for dot in _NAME_DOTS) or surnameless_name(token):
        return [token]
    return _by_surnames(token) or [token]


def _by_surnames(text: str) -> list[str] | None:
    """The one way to cut ``text`` into 2–3-character names (4 after a compound surname),
    each starting with a common surname; ``None`` if there is no such way or several."""
    if len(text) > _MAX_RUN:
        return None
    ways = _cuts(text, 2)
    if len(ways) != 1 or len(_cuts(text, 2, SURNAMES | RARER_SURNAMES)) != 1:
        return None
    return ways[0]


def _cuts(text: str, limit: int, surnames: frozenset[str] = SURNAMES) -> list[list[str]]:
    """Up to ``limit`` ways to cut ``text`` into names, each opening with one of ``surnames``.

    >>> _cuts('谷风陈晨阮籍嵇康向秀', 3)
    [['谷风', '陈晨', '阮籍嵇', '康向秀']]
    >>> len(_cuts('谷风陈晨阮籍嵇康向秀', 3, SURNAMES | RARER_SURNAMES))
    2
    """
    if not text:
        return [[]]
    ways: list[list[str]] = []
    compound = text[:2] in COMPOUND_SURNAMES
    if not compound and text[0] not in surnames:
        return ways
    for size in (2, 3, 4) if compound else (2, 3):
        if size > len(text):
            break
        for rest in _cuts(text[size:], limit - len(ways), surnames):
            ways.append([text[:size], *rest])
            if len(ways) >= limit:
                return ways
    return ways


def has_surname(name: str) -> bool:
    """Whether ``name`` begins with a common surname, single or compound: the test a name
    read out of running text (``推荐信冯晓东同志``) must pass.

    >>> has_surname('司马俊峰'), has_surname('张伟'), has_surname('信冯晓东'), has_surname('次仁卓玛')
    (True, True, False, True)
    """
    return bool(name) and (name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES or surnameless_name(name))


def labelled_surname(name: str) -> bool:
    """``has_surname``, or a rarer surname (``RARER_SURNAMES``): the test of a name a label or
    a place says is a person's (获奖者：谯勇, 第2完成人 母冬梅), where no word of a sentence can be
    taken for one.

    >>> labelled_surname('谯勇'), has_surname('谯勇'), labelled_surname('毕业')
    (True, False, True)
    """
    return has_surname(name) or bool(name) and name[0] in RARER_SURNAMES


def surnameless_name(name: str) -> bool:
    """A name with no Han surname in front: Tibetan (one or two words of the common stock),
    Yi (``yi_name``) or Mongolian (``mongolian_name``).

    >>> surnameless_name('次仁卓玛'), surnameless_name('扎西'), surnameless_name('次仁工程')
    (True, True, False)
    """
    return name in TIBETAN_NAME_WORDS or len(name) == 4 and name[:2] in TIBETAN_NAME_WORDS \
        and name[2:] in TIBETAN_NAME_WORDS or yi_name(name) or mongolian_name(name) or uyghur_name(name)


def uyghur_name(name: str) -> bool:
    """A Uyghur name without its middle dot: two words of the stock (阿不都热合曼 is 阿不都 and
    热合曼), never one alone, which could be a piece of anything.

    >>> uyghur_name('阿不都热合曼'), uyghur_name('木合塔尔吐尔逊'), uyghur_name('古丽'), uyghur_name('阿不都工程')
    (True, True, False, False)
    >>> uyghur_name('阿不都热合曼买买提')  # his own name, his father's and his grandfather's
    True
    """
    return 4 <= len(name) <= 10 and _stock_words(name, UYGHUR_NAME_WORDS, 3) and name not in UYGHUR_NAME_WORDS


def _stock_words(name: str, stock: frozenset[str], most: int) -> bool:
    """``name`` is a run of one to ``most`` words of ``stock`` (阿不都热合曼买买提: three)."""
    if name in stock:
        return True
    return most > 1 and any(name[:k] in stock and _stock_words(name[k:], stock, most - 1) for k in range(2, len(name) - 1))


def mongolian_name(name: str) -> bool:
    """A Mongolian name: one word of the stock, or two (巴图孟和, 巴特尔其木格 is too long).

    >>> mongolian_name('巴图孟和'), mongolian_name('乌兰图雅'), mongolian_name('巴特尔'), mongolian_name('巴图工程')
    (True, True, True, False)
    """
    return name in MONGOLIAN_NAME_WORDS or 4 <= len(name) <= 5 and _stock_words(name, MONGOLIAN_NAME_WORDS, 2)


def yi_name(name: str) -> bool:
    """A Yi name of four characters: a family name of the stock, then a given name.

    >>> yi_name('阿牛木呷'), yi_name('曲比阿呷'), yi_name('阿牛')
    (True, True, False)
    """
    return len(name) == 4 and name[:2] in YI_FAMILY_NAMES and all("\u4e00" <= c <= "\u9fff" for c in name[2:])


# What stands just before a person's name in a sentence: a unit (…有限公司张伟), a post
# (主任李强), a pronoun of a unit (我院), a verb (兹证明, 推荐), a title (推荐信冯晓东).
_BEFORE_NAME = re.compile(
    r"(?:兹证明|证明|兹有|经审核|审核|授予|表彰|推荐信|推荐书|推荐表|推荐|特推荐|现推荐|兹推荐|同意|本人|我与|"
    r"公司|集团|大学|学院|研究院|研究所|设计院|中心|分院|医院|学校|工厂|车间|我院|我所|我单位|本单位|我公司|"
    r"我司|我校|本院|本所|贵单位|部门|主任|经理|总监|院长|所长|厂长|部长|处长|科长|组长|局长|书记|董事长|总工|"
    r"工程师|教授|研究员|博士|同事|员工|职工|技术员)$")


def sentence_person(before: str) -> str | None:
    """The person whose name ends ``before`` (the text up to 同志, or up to 破格申报): a
    name after a word that stands before names (``_BEFORE_NAME``) or after punctuation,
    else the longest ending of two or three characters (four after a compound surname)
    that begins with a common surname.  ``None`` when no ending is a name: a guess at a
    name is worse than none.

    >>> sentence_person('推荐信冯晓东'), sentence_person('兹证明司马俊峰'), sentence_person('现推荐我院张伟')
    ('冯晓东', '司马俊峰', '张伟')
    >>> sentence_person('推荐技术中心主任李强'), sentence_person('重庆山城智造科技有限公司司马俊峰')
    ('李强', '司马俊峰')
    >>> sentence_person('我与鲜于峰'), sentence_person('推荐欧阳晓红'), sentence_person('重庆某有限公司马明文')
    ('鲜于峰', '欧阳晓红', '马明文')
    >>> sentence_person('经审核,欧阳晓红'), sentence_person('特推荐其') is None
    ('欧阳晓红', True)
    >>> sentence_person('热依汗古丽·艾买提'), sentence_person('兹证明买买提·吐尔逊')
    ('热依汗古丽·艾买提', '买买提·吐尔逊')
    >>> sentence_person('兹有卫振邦'), sentence_person('我与简卓然')  # rarer surnames after the words that name
    ('卫振邦', '简卓然')
    """
    dotted = re.search(rf"([{_CJK}]{{1,12}})((?:[·•・][{_CJK}]{{1,10}})+)$", "".join(before.split()))
    if dotted:
        # a transliterated name (热依汗古丽·艾买提): whole, after the word before it (兹证明 …)
        first = dotted.group(1)
        cuts = [k for k in range(1, len(first)) if _BEFORE_NAME.search(first[:k])]
        first = first[max(cuts):] if cuts else first
        if 1 <= len(first) <= 6:
            return first + dotted.group(2).replace("•", "·").replace("・", "·")
    tail = re.search(rf"[{_CJK}]{{1,14}}$", "".join(before.split()))
    if not tail:
        return None
    tail = tail.group()
    for cut in range(len(tail) - 2, -1, -1):  # the latest word before a 2–4 character ending
        rest = tail[cut:]
        if len(rest) > 4:
            break
        if cut and tail[cut - 1:cut + 1] in COMPOUND_SURNAMES and not _BEFORE_NAME.search(tail[:cut]):
            continue  # (我与鲜于峰: 于峰 is the end of 鲜于峰; …有限公司马明文 is 马明文 after 公司)
        if (cut == 0 and len(tail) < 14 or _BEFORE_NAME.search(tail[:cut])) and _plausible(rest):
            return rest
        if cut and _BEFORE_NAME.search(tail[:cut]) and _plausible(rest, rarer=True):
            return rest  # (a word that stands before names says one follows: a rarer surname will do)
    for size in (4, 3, 2):
        rest = tail[-size:]
        if len(rest) == size and _plausible(rest) and (size < 4 or rest[:2] in COMPOUND_SURNAMES or surnameless_name(rest)):
            return rest
    return None


def _plausible(name: str, rarer: bool = False) -> bool:
    """2–4 characters after a common surname (or, ``rarer``, a rarer one); four only after a
    compound one."""
    known = labelled_surname(name) if rarer else has_surname(name)
    return 2 <= len(name) <= 4 and known and (len(name) < 4 or name[:2] in COMPOUND_SURNAMES or surnameless_name(name))


def rank_in_run(name: str, run: str) -> int | None:
    """``name``'s place in a run of Chinese names that OCR glued together and that has no
    unique split (``蒋春超王立涛韩桂沈一贺安永``), when that place is certain anyway.

    The run is cut every way it can be into names (rule 3: 2–3 characters, 4 after a
    compound surname, each beginning with a common surname).  The place is certain when
    ``name`` is one of the names, at the same place, in every cut.  Otherwise ``None``:
    a rank is decisive, and a guess is worse than none (王立 is not 王立华).

    >>> rank_in_run('白成', '任浩白成曾春力顾勇余文瑞')  # 余文瑞, or 顾勇余 and 文瑞
    2
    >>> rank_in_run('顾勇', '任浩白成曾春力顾勇余文瑞') is None
    True
    """
    run = "".join(run.split())
    if not name or not re.fullmatch(rf"[{_CJK}]+", run) or len(run) > _MAX_RUN:
        return None
    cuts = _cuts(run, 256, SURNAMES | RARER_SURNAMES)
    if not cuts or len(cuts) == 256:
        return None
    places = {way.index(name) if name in way else None for way in cuts}
    place = places.pop() if len(places) == 1 else None
    return place + 1 if place is not None else None


_RANK_ROLE = "完成人|发明人|设计人|作者|著者|起草人|获奖人|获奖者|主编|副主编|参编|负责人|成员|名|位"
_NUMBER = rf"[\d{re.escape(NUMERAL_CHARS)}]{{1,4}}"
_RANK = re.compile(
    rf"第(?P<a>{_NUMBER})(?:{_RANK_ROLE})(?!单位)"
    rf"|(?:排名|排序|名次|位次|位列|序号)[:]?第?(?P<b>{_NUMBER})")


def parse_rank(text: str) -> int | None:
    """The rank a phrase states: 第一完成人, 第3完成人, 排名第二, 位列第二, （第2位）, 第一发明人 → int.

    ``第一完成单位`` is a unit's rank, not a person's, and gives ``None``.
    """
    if not isinstance(text, str) or not text:
        return None
    compact = "".join(fold(text).split())
    for match in _RANK.finditer(compact):
        rank = to_int(match.group("a") or match.group("b"))
        if rank is not None and 1 <= rank <= 99:
            return rank
    return None
