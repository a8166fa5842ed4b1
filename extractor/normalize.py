"""Text as every parser reads it: simplified characters, one set of quotes, no watermarks.

Reading already folds widths (NFKC: ``：`` → ``:``, ``２０２１`` → ``2021``).  What is left
before any classifier or field parser looks at a line:

- **Traditional characters** become simplified.  RapidOCR answers in traditional forms on
  楷体 prints (``重庆市科學技术进步奖``) and partner institutions print in 繁體.  OpenCC
  (``t2s``) converts by phrase; only characters that are not in GB 2312, the simplified set,
  are taken from its answer, so that a name printed in simplified characters keeps them
  (``乾``, ``於`` and ``余`` are simplified characters too, and OpenCC would turn them into
  ``干``, ``于`` and ``余``).  Names are compared after the same conversion on both sides
  (``extractor.fields.names.normalise_name``), so a 昇 printed one way and typed the other
  still match.
- **Quotes**: 「」『』 are written “”, as the parsers expect a quoted title.
- **Watermarks and copy stamps** (``仅供职称申报使用`` across the page, ``复印件与原件一致``)
  are not content: a line that is only such words, or a piece of them, is dropped, so that
  it is never a title, a journal or a name.

The raw reading stays on the page (``extractor.model.Line``) for crops and quotes.

>>> simplified('重庆市科學技術進步獎')
'重庆市科学技术进步奖'
>>> simplified('张乾 於欣 余晖 李昇')
'张乾 於欣 余晖 李昇'
>>> simplified('基於機器視覺的項目'), simplified('於欣關於項目')
('基于机器视觉的项目', '於欣关于项目')
>>> normalise_text('「工业互联网平台」項目')
'“工业互联网平台”项目'
>>> is_watermark('仅供职称申报使用'), is_watermark('复印件与原件一致'), is_watermark('职称申报')
(True, True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "“", "』": "”"})
_HAN = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _converter():
    import opencc  # imported on first use: reading a text-layer-only bundle pays nothing more

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _simplified_only(char: str) -> bool:
    """True for a character of the simplified set (GB 2312) or outside the Han blocks."""
    try:
        char.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return not _HAN.match(char)


def simplified(text: str) -> str:
    """``text`` with its traditional characters written in simplified form (see the module)."""
    if all(_simplified_only(c) for c in text):
        return text
    converted = _converter().convert(text)
    if len(converted) != len(text):  # a phrase changed length: convert character by character
        converted = "".join(_converter().convert(c) for c in text)
    kept = "".join(c if _simplified_only(c) else n for c, n in zip(text, converted))
    # In a line of traditional print, 於 in a phrase (基於, 關於, 位於, 由於) is the word 于,
    # not the surname a simplified line may print.
    return _YU.sub("于", kept)


_YU = re.compile(r"(?<=[基关对由位属等至鉴处归出])於|於(?=是)")


# OCR's letters for digits inside a number (2O22-03-09, 1O.13334, 2021年l2月, ISBN 978-7-O3-…):
# an O or an l touching a digit on one side and a digit or a date's separator on the other.
# A word's letters stay (ISO9001, O2O, No.2): the letter must have a digit or a separator
# before it and a digit after it, or a digit before it and a digit or separator after.
# (a capital O only: a small o among digits is as often a 9 or a 6 under a seal, 7月1o日 for 19日)
_LETTER_DIGITS = re.compile(r"(?<=\d)O(?=[\d\-./年月日])|(?<=[\d\-./:年])O(?=\d)")
_LETTER_ONES = re.compile(r"(?<=\d)[lI](?=[\d\-./年月日])|(?<=[\d\-./:年])[lI](?=\d)")


def digits_read_as_letters(text: str) -> str:
    """``text`` with OCR's O and l read back as 0 and 1 inside numbers, and its Y for the yuan
    sign before a sum in yuan and fen (a fax's ``(小写)Y490000.00``, probe EA f03).

    >>> digits_read_as_letters('2O22-03-09发布  DOI:1O.13334  2021年l2月  O2O模式  ISO9001  No.20')
    '2022-03-09发布  DOI:10.13334  2021年12月  O2O模式  ISO9001  No.20'
    >>> digits_read_as_letters('(小写)Y490000.00  型号Y2023  Y27,735.85')
    '(小写)¥490000.00  型号Y2023  ¥27,735.85'
    """
    if not re.search(r"[OlIY]", text):
        return text
    return _YUAN.sub("¥", _LETTER_ONES.sub("1", _LETTER_DIGITS.sub("0", text)))


_YUAN = re.compile(r"(?<![A-Za-z0-9])Y(?=\d[\d,]*\.\d{2}(?!\d))")


# The dot of a transliterated name as other fonts and keyboards type it (阿依古丽•买买提 with a
# bullet, ・ a katakana dot, ‧ a hyphenation point): the middle dot, one character for one.
_NAME_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[•・‧∙⋅](?=[\u4e00-\u9fff])")


def normalise_text(text: str) -> str:
    """One line's text as parsers read it (its length may not change: boxes stay valid).

    >>> normalise_text('发明人:王志刚;阿依古丽•买买提')
    '发明人:王志刚;阿依古丽·买买提'
    >>> normalise_text('機械工業雜誌 第492期 中華民國113年3月')  # a Taiwan print's year, as the Gregorian one
    '机械工业杂志 第492期    2024年3月'
    >>> normalise_text('研发项目结项评审表  ■同意结项')
    '研发项目结题评审表  ■同意结题'
    >>> normalise_text('【文献出处】 可再生能源 , 2022年 12期')  # a database record's caption in brackets
    ' 文献出处： 可再生能源 , 2022年 12期'
    """
    return _BRACKET_CAPTION.sub(r"\1 \2：", without_glosses(digits_read_as_letters(_ROC_YEAR.sub(_gregorian, simplified(
        _NAME_DOT.sub("·", text.translate(_QUOTES))))))).replace("结项", "结题")


# A database record's caption in black brackets opening its line (CNKI's 知网节 printed: 【题名】…,
# 【作者】…, 【文献出处】…, probe DN pap-15): a caption and its colon, the length kept.
_BRACKET_CAPTION = re.compile(r"^(\s*)【([\u4e00-\u9fffA-Za-z]{1,8})】")


# (结项, a quality system's word for a project's close, is the 结题 the parsers know: 研发项目结项
# 评审表, ■同意结项 — the same length, so boxes hold)


# A year of the Republic of China (Taiwan's prints: 中华民国113年 is 2024年), read after the
# characters are simplified.
_ROC_YEAR = re.compile(r"(?:中华)?民国\s*(\d{2,3})(?=\s*年)")


def _gregorian(match: re.Match) -> str:
    year = str(int(match.group(1)) + 1911)
    return year.rjust(len(match.group(0)))


# A bilingual form's English gloss between a Chinese label and its colon (买方 The Buyer:,
# 签订日期Date:); words with a lower-case letter only, so an identifier's prefix (ISBN:) stays.
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])(\s*[A-Z][A-Za-z.'/&()-]*(?:\s+[A-Za-z.'/&()-]+){0,5}\s*)(?=[:：])")


def without_glosses(text: str) -> str:
    """``text`` with the English glosses of its labels blanked (its length kept).

    >>> without_glosses("买方 The Buyer: 合肥嘉拓数字科技有限公司").split()
    ['买方', ':', '合肥嘉拓数字科技有限公司']
    >>> without_glosses("书号ISBN: 978-7-111")
    '书号ISBN: 978-7-111'
    >>> without_glosses("推荐人 Recommender").split(), without_glosses("工业网关 Gateway V2").split()
    (['推荐人'], ['工业网关', 'Gateway', 'V2'])
    >>> without_glosses("Seller 卖方:重庆渝新智造科技有限公司").split(), without_glosses("TOTAL 合计(含税) RMB 1,245").split()
    (['卖方:重庆渝新智造科技有限公司'], ['TOTAL', '合计(含税)', 'RMB', '1,245'])
    >>> without_glosses("姓名 Name 诸葛明").split(), without_glosses("取得时间 Date 2024-01-05").split()
    (['姓名', '诸葛明'], ['取得时间', '2024-01-05'])
    """
    text = _GLOSS.sub(lambda m: " " * len(m.group(1)) if re.search("[a-z]", m.group(1)) else m.group(1), text)
    # (or between a caption and its value with no colon: 姓名 Name 诸葛明, 取得时间 Date 2024-01-05)
    text = _BARE_GLOSS.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    # (or before it: Seller 卖方:, Date 日期:, No. 编号:, at the line's start or after a wide gap)
    text = _LEADING_GLOSS.sub(lambda m: " " * len(m.group(1)) if re.search("[a-z]", m.group(1)) else m.group(1), text)
    # a form's caption cell, its gloss after it and nothing else (推荐人 Recommender, 单位 Affiliation)
    return _CAPTION_GLOSS.sub(lambda m: m.group(1) + " " * len(m.group(2)) if re.search("[a-z]", m.group(2))
                              else m.group(0), text)


_BARE_GLOSS = re.compile(r"^(\s*[\u4e00-\u9fff]{0,4}(?:姓名|名称|时间|日期|专业|编号|单位|性别|地址|级别|类别|学历|学位|民族|"
                         r"籍贯|职务|职称|证号|号码))(\s+[A-Z][a-z]+\.?(?:\s+[A-Za-z]+\.?){0,3})(?=\s+[\u4e00-\u9fff0-9])")
_LEADING_GLOSS = re.compile(r"(?:^|(?<=\s\s))(\s*[A-Z][A-Za-z.'/&()-]*(?:\s+[A-Za-z.'/&()-]+){0,4}\s+)(?=[\u4e00-\u9fff]{2,8}\s*[:：])")
_CAPTION_GLOSS = re.compile(r"^(\s*[\u4e00-\u9fff]{2,8})(\s+[A-Z][A-Za-z.'/&()-]*(?:\s+[A-Za-z.'/&()-]+){0,4}\s*)$")


# Words printed across or onto a copy that say what the copy is, never what it shows.
WATERMARK_WORDS = (
    "仅供职称申报使用", "仅供职称评审使用", "仅供申报职称使用", "仅供评审使用", "仅供申报使用", "仅供本次申报使用",
    "此复印件仅供职称申报使用", "复印件与原件一致", "复印件与原件相符", "与原件一致", "与原件相符", "与原件核对无误",
    "经核对与原件一致", "原件已核", "再次复印无效", "复印无效",
)
_WATERMARK_RUN = re.compile("(?:" + "|".join(map(re.escape, sorted(WATERMARK_WORDS, key=len, reverse=True))) + ")+")


def in_watermark(compact: str) -> bool:
    """Whether ``compact`` is a piece of a watermark's or copy stamp's words (使用, 原件一致)."""
    return bool(compact) and any(compact in w for w in WATERMARK_WORDS)


def is_watermark(compact: str) -> bool:
    """A line that is only watermark or copy-stamp words (repeated, or a piece of one at
    least five characters long: a diagonal watermark is read in fragments)."""
    text = compact.strip("“”\"'·.。,，:;")
    if not text:
        return False
    if _WATERMARK_RUN.fullmatch(text):
        return True
    return len(text) >= 5 and in_watermark(text)


# A stamp that says the paper itself is void or a specimen (作废 across a certificate, 样本
# SPECIMEN on a sample): on its own line, or set apart by spaces where a text layer runs it into
# a line of the page.  (作废 inside words — 涂改作废, 遗失作废 — is small print, no stamp.)
_VOID_STAMP = re.compile(r"^(已?作\s?废|样\s?[本张证])$|"  # (alone on its line)
                         r"\s(已?作\s?废|样\s?[本张证])$|"  # (set apart at the line's end)
                         r"(?:^|\s)(样\s?[本张证])(?=\s+(?:SPECIMEN|SAMPLE))|"  # (样本 SPECIMEN beside a seal)
                         r"[(（]\s*(样\s?本|样\s?张|样\s?证|作\s?废)\s*[)）]$|"  # (a heading's mark: 发明专利证书（样本）, （作 废）)
                         r"(?:本|此)证书?(?:已|现已?|予以)?(作废)$|"
                         r"(?:^|\s|(?<=[\u4e00-\u9fff)）]))(SPECIMEN|CANCELLED|VOID)(?=\s*$|\s{2,}|\s+[\u4e00-\u9fff])|"
                         r"^(?i:(SPECIMEN|SAMPLE|VOID|CANCELLED))$")
# A booklet's row whose own title is revoked (高级工程师 2015年12月 作废) is the title parser's; a
# reissued certificate's note that the old one is void (原证书编号 … 作废) says this one is not.
_TITLE_ROW = re.compile(r"工程师|技术员|研究员|职称|资格名称|原证书|原编号|原件|旧证|补办|补发|遗失")


def void_stamp(text: str) -> str | None:
    """The words of a void or specimen stamp on a line (``作废``, ``样本``, ``SPECIMEN``), or None.

    >>> void_stamp('作 废'), void_stamp('发证日期:2018年6月30日   作废'), void_stamp('国家知识产权局(盖章) 样本 SPECIMEN')
    ('作废', '作废', '样本')
    >>> void_stamp('国家知识产权局(盖章)SPECIMEN'), void_stamp('SPECIMENS of the material'), void_stamp('NOT VALID WITHOUT SEAL.  VOID IF ALTERED.')
    ('SPECIMEN', None, None)
    >>> void_stamp('发明专利证书（样本）'), void_stamp('本证书已作废'), void_stamp('Specimen'), void_stamp('工业质检缺陷  样本  标注系统V1.0')
    ('样本', '作废', 'SPECIMEN', None)
    >>> void_stamp('（补发）原证书编号 106185201205001111   作废')
    >>> void_stamp('本证书涂改作废'), void_stamp('训练样本数据集'), void_stamp('高级工程师 2015年12月 作废')
    (None, None, None)
    """
    match = _VOID_STAMP.search(text)
    if match is None or _TITLE_ROW.search(text):
        return None
    return "".join(next(g for g in match.groups() if g).split()).upper() if re.search("[a-zA-Z]", match.group(0)) \
        else "".join(next(g for g in match.groups() if g).split())
