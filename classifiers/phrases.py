"""Finding cue phrases in a document: verbatim in its text, else with one character OCR
damaged (``发明入`` for 发明人, via ``DocText.find_label`` and rapidfuzz).

Until 2026-12 a spaCy PhraseMatcher over jieba tokens ran first.  Its matches were always a
subset of the verbatim test that followed it (a phrase matched as tokens stands verbatim in
the text), so it never changed an answer; it cost each process 4–5 s of start-up and the
jieba dictionary (9 MB) on disk, and it went.
"""

from __future__ import annotations

import re
from functools import cached_property

from extractor.doctypes.journal_paper import SOURCE_LINE
from extractor.text import DocText

# Sentences that say what a certificate is when no title does (``证  书`` over a sentence):
# ``…同志参与完成的“…”项目荣获2022年度重庆市科学技术进步奖二等奖，特发此证``, ``…经…评审
# 委员会评审，具备高级工程师任职资格``, ``…授予工学学士学位``.  Each is the certificate's
# whole statement, with the formula that makes it one (特发此证, 兹证明 …) where a letter
# could say the same words: a 推荐信 tells of the candidate's awards too.
_GRADED_PRIZE = r"(?:[一二三四五1-5]等奖|特等奖|金奖|银奖|铜奖|优秀奖)"
# (a bilingual certificate's English half says it: …is hereby recognized as…)
_CERTIFYING = re.compile(r"特发此证|特颁此证|颁发此证|以资鼓励|兹证明|经审核|特此证明|(?i:hereby)")
SENTENCES: dict[str, tuple[tuple[str, tuple[re.Pattern, ...]], ...]] = {
    "award_certificate": (
        ("荣获…等奖", (re.compile(rf"(?:荣获|获得|获)[^。]{{0,50}}?{_GRADED_PRIZE}"), _CERTIFYING)),
        ("被评为…", (re.compile(r"(?:被评为|授予)[^。]{0,30}?(?:称号|荣誉)"), _CERTIFYING)),
        # ``邓某某（第三完成人）：你（们）完成的“…”成果，被评为…三等奖。`` under a bare 证 书: it
        # speaks to its holder (a letter telling of an award speaks of him)
        ("被评为…等奖", (re.compile(rf"(?:被评为|评为)[^。]{{0,50}}?{_GRADED_PRIZE}"),
                       re.compile(r"你[(（]?们?[)）]?(?:完成|参与|主持)|第[一二三四五六七八九十\d]+完成人[)）]?[:：]"))),
    ),
    "title_certificate": (
        ("具备…资格", (re.compile(r"(?:具备|取得|获得)[^。]{0,16}?(?:工程师|技术员)(?:专业技术)?(?:任职)?资格"),)),
        ("经…评审委员会评审", (re.compile(r"评审委员会[^。]{0,6}评审[^。]{0,30}?(?:工程师|技术员)"),)),
    ),
    "recommendation_letter": (
        ("兹推荐…同志", (re.compile(r"(?:兹|现|特|郑重|同意|愿意)推荐[^。]{0,40}?(?:同志|破格申报|申报)"),)),
        # a letter's subject line: 事由：推荐才让多杰同志申报高级工程师任职资格
        ("事由：推荐…申报", (re.compile(r"(?:事由|主题|事项)[:：]推荐[^。]{0,40}?(?:同志|申报)"),)),
        # …，推荐其申报正高级工程师 / 推荐该同志破格申报: a letter's verdict on the one it is about
        ("推荐其申报…", (re.compile(r"推荐(?:其|该同志|他|她)(?:破格)?(?:申报|参评|晋升)[^。]{0,12}?(?:工程师|职称|资格)"),)),
    ),
    "journal_paper": (
        # An article's first page whose journal is named only at its foot or head
        # (《西部智造》2024年第3期), with its abstract and key words: a paper, though no CN or ISSN
        ("《刊名》…年第…期 + 摘要、关键词", (re.compile(r"《[^《》]{2,20}》(?:19|20)\d\d年?第\d{1,2}期"),
                                       re.compile(r"摘要[:：]"), re.compile(r"关键词[:：]"))),
    ),
    "book": (
        # A title leaf: the title, ``周婕  上官宏伟  编著`` and the press at the foot.
        ("…编著…出版社", (re.compile(r"(?:编著|主编|编|著)[^。，,]{0,8}?[\u4e00-\u9fff]{2,12}出版社"),)),
    ),
    "official_recognition": (
        # ``…同志：经评审，被认定为2019年度重庆市首席技师。特发此证`` under a bare 证 书.
        ("被认定为…", (re.compile(r"(?:被|予以|正式)认定为"), _CERTIFYING)),
        # ``授予 | …有限公司 | “2025年度…数字化转型示范企业”称号`` on a certificate: a unit's
        # title conferred by an office (a person's 称号 is an honour: award_certificate's 被评为…)
        ("授予…单位…称号", (re.compile(r"授予[^。]{0,40}?(?:公司|企业|厂|中心|研究院|研究所|单位)[^。]{0,6}?[“\"「]?"
                                    r"[^。”\"」]{2,40}?(?:示范|企业|中心|基地|工厂|车间|平台|标杆|试点|小巨人|专精特新)"
                                    r"[^。”\"」]{0,8}[”\"」]?称号"),)),
    ),
    "technical_report": (
        # A report's preface (前言, 编写说明, 后记) names its writers as the report speaks of itself:
        # 本报告由倪匡、缪天宇执笔 / 编写工作由阮籍牵头，…参与编写 / 报告撰写分工如下：第一章由…撰写
        ("本报告由…执笔", (re.compile(r"本(?:报告|研究报告|白皮书|规划|指南)由[^。]{0,40}?(?:执笔|撰写|编写|编制|起草)"),)),
        # (or in a footnote: *本报告执笔人：司马云涛、邝敏、乐正阳。)
        ("本报告执笔人：…", (re.compile(r"本(?:报告|研究报告|白皮书|规划)(?:执笔人|撰写人|编写人|起草人)[:：]"),)),
        ("编写工作由…牵头", (re.compile(r"编写工作由[^。]{2,20}?牵头[^。]{0,40}?参与(?:编写|撰写)"),)),
        ("报告撰写分工", (re.compile(r"报告(?:撰写|编写)分工|研究报告[^。]{0,60}?第[一二三四五六七八九十\d]+章[^。]{0,8}?由[^。]{2,8}?(?:撰写|执笔)"),)),
    ),
    "revenue_proof": (
        # a unit's untitled letter (its heading lost under a watermark or a seal) certifying its
        # sales: 兹证明，我公司2023年度新增销售收入为人民币叁仟贰佰万元整…特此证明
        ("我公司…销售收入为…", (re.compile(r"(?:我|本)(?:公司|单位|司|厂)[^。]{0,30}?(?:销售收入|营业收入|销售额|营收)"
                                     r"[^。]{0,8}?(?:为|达|达到|共计|合计|实现)[^。]{0,4}?(?:人民币|[¥￥\d壹贰叁肆伍陆柒捌玖])"),
                               _CERTIFYING)),
        # (or what a product brought its company, 该成果…为公司新增销售收入1,260万元，新增利润186万元, probe DS r14)
        ("为公司新增销售收入…", (re.compile(r"(?:为|给)(?:我|本|该)?(?:公司|单位|企业|厂)(?:新增|实现|带来|创造)(?:了)?"
                                      r"(?:销售收入|营业收入|销售额|营收)[^。]{0,6}?(?:人民币|[¥￥\d壹贰叁肆伍陆柒捌玖])"),
                               _CERTIFYING)),
    ),
    "degree_certificate": (
        ("授予…学位", (re.compile(r"授予[^。]{0,16}?(?:学士|硕士|博士)学位"),)),
        # (a Hong Kong or Macao university's 茲證明…已完成本大學規定之課程…獲頒授工程學碩士學位, probe EB16)
        ("颁授…学位", (re.compile(r"颁授[^。]{0,16}?(?:学士|硕士|博士)学位"),)),
        ("…准予毕业", (re.compile(r"(?:学习|学业|考试)[^。]{0,40}?准予毕业"),)),
    ),
}


# A letter in the first person opens a line or a sentence with it (我推荐…同志申报正高级工程师,
# …评审委员会：我推荐…); elsewhere 我 before 推荐 may be another word's end.
_FIRST_PERSON = re.compile(r"(?:我|本人)推荐[^。]{0,40}?(?:同志|破格申报|申报)")
_SENTENCE_START = re.compile(r"(?<=[:：。；;！!])(?:我|本人)推荐")


def sentence_cues(text: DocText) -> dict[str, str]:
    """The doc_types whose statement the document's running text makes, with the statement's name."""
    body = "".join(l.compact for l in text.lines)[:6000]
    found = {}
    for doc_type, sentences in SENTENCES.items():
        for name, patterns in sentences:
            if all(p.search(body) for p in patterns):
                found[doc_type] = name
                break
    if "journal_paper" not in found and _record_of_paper(text):
        found["journal_paper"] = "刊名.年,卷(期)、摘要与关键词"
    if "recommendation_letter" not in found:
        for i, line in enumerate(text.lines):
            start = 0 if line.compact.startswith(("我推荐", "本人推荐")) else \
                next((m.start() for m in _SENTENCE_START.finditer(line.compact)), None)
            if start is not None and _FIRST_PERSON.match("".join(l.compact for l in text.lines[i:i + 3])[start:]):
                found["recommendation_letter"] = "我推荐…同志申报"
                break
    return found


# A database's record of a paper printed without its banner (probe EB38): a line that opens on the
# journal's name and gives year, volume and issue as the database cites them (华南理工大学学报(自然科学版)
# .2022,50(08): the paper type's ``SOURCE_LINE``), with the paper's abstract and keywords on the page.
def _record_of_paper(text: DocText) -> bool:
    return any(SOURCE_LINE.match(l.compact) for l in text.lines) and "摘要" in text.compact and "关键词" in text.compact


class PhraseFinder:
    """The cue phrases a document holds: ``has`` answers for any phrase, once each."""

    def __init__(self, text: DocText):
        self.text = text
        self._compact = text.compact
        self._chars = set(text.compact)
        self._fuzzy_cache: dict[str, bool] = {}

    @cached_property
    def _flat(self) -> str:
        return self._compact.replace("\n", "")

    def has_across(self, phrase: str) -> bool:
        """The phrase verbatim, a line break allowed inside it (…建模白 | 皮书)."""
        return phrase in self._flat

    def has(self, phrase: str) -> bool:
        """The phrase verbatim, else with one damaged character."""
        if phrase in self._compact:
            return True
        if phrase not in self._fuzzy_cache:
            # One damaged character leaves all the others in the text: most phrases fail
            # here, before a search of every line (a tenth of a second a page otherwise).
            self._fuzzy_cache[phrase] = len(phrase) >= 3 and len(set(phrase) - self._chars) <= 1 \
                and bool(self.text.find_label([phrase]))
        return self._fuzzy_cache[phrase]

    @staticmethod
    def fuzzy_in(phrase: str, zone: str) -> bool:
        """The phrase in a short zone (a title) with at most one character wrong."""
        from rapidfuzz.distance import Levenshtein

        if len(phrase) < 4:
            return False
        if len(set(phrase) - set(zone)) > 1:
            return False  # one edit leaves at most one of the phrase's characters out of the zone
        size = len(phrase)
        return any(Levenshtein.distance(zone[i:i + size], phrase) <= 1 for i in range(0, max(1, len(zone) - size + 1)))
