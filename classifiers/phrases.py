"""Finding cue phrases in a document: spaCy's PhraseMatcher over jieba tokens, then a
character-damage-tolerant search for what OCR broke.

jieba is told every cue phrase as a word (``jieba.add_word``) so that the phrase is one
token wherever it stands; the PhraseMatcher then matches whole tokens and never half a
word.  OCR damage (``发明入`` for 发明人) and labels split by stray spaces are found by
``DocText.find_label`` with one substituted character, via rapidfuzz.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.text import DocText

# Sentences that say what a certificate is when no title does (``证  书`` over a sentence):
# ``…同志参与完成的“…”项目荣获2022年度重庆市科学技术进步奖二等奖，特发此证``, ``…经…评审
# 委员会评审，具备高级工程师任职资格``, ``…授予工学学士学位``.  Each is the certificate's
# whole statement, with the formula that makes it one (特发此证, 兹证明 …) where a letter
# could say the same words: a 推荐信 tells of the candidate's awards too.
_GRADED_PRIZE = r"(?:[一二三四五1-5]等奖|特等奖|金奖|银奖|铜奖|优秀奖)"
_CERTIFYING = re.compile(r"特发此证|特颁此证|颁发此证|以资鼓励|兹证明|经审核|特此证明")
SENTENCES: dict[str, tuple[tuple[str, tuple[re.Pattern, ...]], ...]] = {
    "award_certificate": (
        ("荣获…等奖", (re.compile(rf"(?:荣获|获得|获)[^。]{{0,50}}?{_GRADED_PRIZE}"), _CERTIFYING)),
        ("被评为…", (re.compile(r"(?:被评为|授予)[^。]{0,30}?(?:称号|荣誉)"), _CERTIFYING)),
    ),
    "title_certificate": (
        ("具备…资格", (re.compile(r"(?:具备|取得|获得)[^。]{0,16}?(?:工程师|技术员)(?:专业技术)?(?:任职)?资格"),)),
        ("经…评审委员会评审", (re.compile(r"评审委员会[^。]{0,6}评审[^。]{0,30}?(?:工程师|技术员)"),)),
    ),
    "recommendation_letter": (
        ("兹推荐…同志", (re.compile(r"(?:兹|现|特|郑重|同意|愿意)推荐[^。]{0,40}?(?:同志|破格申报|申报)"),)),
    ),
    "degree_certificate": (
        ("授予…学位", (re.compile(r"授予[^。]{0,16}?(?:学士|硕士|博士)学位"),)),
        ("…准予毕业", (re.compile(r"(?:学习|学业|考试)[^。]{0,40}?准予毕业"),)),
    ),
}


def sentence_cues(text: DocText) -> dict[str, str]:
    """The doc_types whose statement the document's running text makes, with the statement's name."""
    body = "".join(l.compact for l in text.lines)[:6000]
    found = {}
    for doc_type, sentences in SENTENCES.items():
        for name, patterns in sentences:
            if all(p.search(body) for p in patterns):
                found[doc_type] = name
                break
    return found


@lru_cache(maxsize=1)
def _nlp(phrases: tuple[str, ...]):
    import logging

    import jieba
    import spacy
    from spacy.matcher import PhraseMatcher

    jieba.setLogLevel(logging.WARNING)
    if not _jieba_cache_in_our_folder(jieba):
        jieba.setLogLevel(logging.CRITICAL)  # its failure to write the cache would print a traceback
    for phrase in phrases:
        jieba.add_word(phrase, freq=200000)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("CUE", [nlp.make_doc(p) for p in phrases])
    return nlp, matcher


def _jieba_cache_in_our_folder(jieba) -> bool:
    """Point jieba's dictionary cache (``jieba.cache``, ~9 MB, written on first use) at
    zhicheng's cache folder instead of $TMPDIR; spaCy's jieba segmenter uses this same global
    tokenizer.  Set before anything makes jieba load its dictionary (``add_word`` does).
    False when the folder cannot be made: jieba then builds its dictionary in memory and
    writes nothing anywhere."""
    from extractor.ocr.cache import cache_root

    folder = cache_root() / "jieba"
    jieba.dt.tmp_dir = str(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return True


class PhraseFinder:
    def __init__(self, text: DocText, phrases: list[str]):
        self.text = text
        phrases = tuple(sorted(set(phrases)))
        nlp, matcher = _nlp(phrases)
        doc = nlp(text.compact[:20000])  # the first pages say what a document is
        self.found: set[str] = {doc[start:end].text for _, start, end in matcher(doc)}
        self._compact = text.compact
        self._fuzzy_cache: dict[str, bool] = {}

    def has(self, phrase: str) -> bool:
        """The phrase as a token sequence, else verbatim, else with one damaged character."""
        if phrase in self.found or phrase in self._compact:
            return True
        if phrase not in self._fuzzy_cache:
            self._fuzzy_cache[phrase] = len(phrase) >= 3 and bool(self.text.find_label([phrase]))
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
