"""Finding cue phrases in a document: spaCy's PhraseMatcher over jieba tokens, then a
character-damage-tolerant search for what OCR broke.

jieba is told every cue phrase as a word (``jieba.add_word``) so that the phrase is one
token wherever it stands; the PhraseMatcher then matches whole tokens and never half a
word.  OCR damage (``发明入`` for 发明人) and labels split by stray spaces are found by
``DocText.find_label`` with one substituted character, via rapidfuzz.
"""

from __future__ import annotations

from functools import lru_cache

from extractor.text import DocText


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
        size = len(phrase)
        return any(Levenshtein.distance(zone[i:i + size], phrase) <= 1 for i in range(0, max(1, len(zone) - size + 1)))
