"""学历/学位证书: diplomas and degree certificates."""

from __future__ import annotations

import re

from ..fields.people import has_surname, labelled_surname
from ..fields.dates import parse_date
from ..layout import (box, certified, field_value, heading_labels, is_name, issue_date_of_form, line_at, next_line, one_person, row_of, running_match,
                      running_text, spelled_label_value)
from ..text import DocText
from .base import LISTS, Cues, DocType, Fields, date_of

_EDUCATION_WORDS = [("博士", "doctorate"), ("硕士", "master"), ("第二学士", "second_bachelor"),
                    ("学士", "bachelor"), ("本科", "bachelor"), ("专科", "associate"), ("大专", "associate"),
                    ("中等职业", "secondary_vocational"), ("中专", "secondary_vocational"),
                    ("中等专业", "secondary_vocational")]  # (中等专业学校毕业证书, probe CX D08)
# Words that make a level word on the line the holder's (…3年制专科学习, 完成了本科学业).
_EDUCATION_CONTEXT = ("学位", "毕业", "学历", "证书", "层次", "学习", "学业", "专业")
# ``林颖倩，女，1979年2月生``, ``学生熊秀，性别女``: the holder opens the sentence.
# (OCR may drop the comma after 男: ``周桂,男 83年12月生``)
# (a text layer may print the photo box's caption on the sentence's line: 照片   谯文博，男，…, probe EE b01)
_DEGREE_HOLDER = re.compile(r"^(?:照片|相片)?(?:学生|研究生|考生)?([\u4e00-\u9fff]{2,4}?)[,，]?\s*(?:[性注柱]别)?\s*[男女](?:[,，、]|\s*(?:19|20)?\d\d\s*年)")


# A registration record (学信网 教育部学历证书电子注册备案表, 学位在线验证报告) is a form:
# the level in the cell beside 层次 or 获得学位, the date beside 毕(结)业日期 or 授予日期.
_LEVEL_LABELS = ["学历层次", "培养层次", "层次", "获得学位", "学位名称", "学位类别", "学位级别", "授予学位", "学位", "最高学历",
                 "学历"]
# 获学位日期 in the 学位网's 验证报告; 颁发学位/证书时间 in the 留学服务中心's 认证书 (never its
# own 认证日期 or the 学习时间 span before it).
_DATE_LABELS = ["发证日期", "颁发日期", "授予日期", "授予学位日期", "学位授予日期", "毕(结)业日期", "毕业日期",
                "毕(结)业时间", "毕业时间", "获学位日期", "获得学位日期", "获学位时间", "学位授予时间",
                "授予学位时间", "颁发学位/证书时间", "颁发学位/证书日期", "学位证书颁发时间", "颁证日期", "结业日期"]


# A 结业证书 (the courses attended, the degree's requirements not met: 准予结业) or a 肄业证书
# (the studies left unfinished) shows no 学历 of the level it names (第八条, 第十条, 第十二条 ask
# for a graduate's): its level is never the holder's education.
_NOT_GRADUATED = re.compile(r"(结业证书|准予结业|予以结业|作结业处理|肄业(?:证书)?)")


def extract_degree(text: DocText) -> Fields:
    f = Fields()
    # (考生：查良宇, a 自学考试 diploma's candidate, probe DX D09)
    f.put("holder", one_person(text, ["姓名"]) or one_person(text, ["考生"]) or _degree_holder(text))
    f.note_printed(text, "holder", "持证人")
    unfinished = running_match(text, _NOT_GRADUATED)
    if unfinished and not re.search(r"毕业证书|准予毕业|学位证书|授予[^。]{0,16}学位", text.compact):
        word = unfinished[0].group(0)
        f.issue("warning", "not_graduated",
                f"材料为{'肄业' if '肄业' in word else '结业'}证明（{word}），不是毕业证书：不能证明所需学历，此项不计")
        f.notes.append(f"学历：{word}，未毕业，不给出学历")
        f.put("date", date_of(text, _DATE_LABELS) or issue_date_of_form(text))
        return f
    # (the school that issues it, in its heading or its labelled name, never a 函授站 a university's
    # diploma names: 函授站：中共万州区委党校函授站)
    party = next((l for l in text.title_lines(0.4) if re.search(r"党校.{0,10}(?:毕业|学历|结业)?证书|^.{0,14}党校$", l.compact)), None) \
        or next((l for l in text.lines if re.search(r"(?:学校名称|颁发单位|发证单位|学历层次|证书编号)\s*[:：]?\s*[^，,。\s]*党校", l.text)
                  or re.search(r"党校(?:函授)?学历|^(?:中共)?[\u4e00-\u9fff]{0,10}党校(?:[(（]盖章[)）])?$|"
                               # (在中共重庆市委党校…学习; never a university's campus on 党校路, nor its 函授站 at a 党校)
                               r"在(?![\u4e00-\u9fff]{0,12}(?:大学|学院)党校)(?:中共)?[\u4e00-\u9fff]{0,10}党校(?:[(（]?[\u4e00-\u9fff]{0,8}行政学院[)）]?)?"
                               r"(?![路街道]|[\u4e00-\u9fff]{0,14}(?:函授站|教学点|分校|校区|大学|学院))[^，,。]{0,24}(?:学习|修完|毕业)",
                               l.compact)), None)
    # (中共中央党校（国家行政学院）'s 研究生院 grants degrees and graduate diplomas of the state's system)
    state_degree = re.search(r"中共中央党校|中央党校[(（]国家行政学院[)）]", text.compact) \
        and re.search(r"学位证书|授予[^。]{0,16}学位|研究生院|研究生毕业证书", text.compact)
    if party is not None and not state_degree:
        # A party school's diploma (中共重庆市委党校 函授本科) is no 国民教育 diploma: whether it
        # stands for the 学历 the rules ask, the reviewers decide.
        f.issue("warning", "education_unclear",
                f"党校学历（{party.compact[:30]}）是否按国民教育系列学历认定，需人工核对：暂不作学历计")
        f.put("date", date_of(text, _DATE_LABELS) or _spelled_date(text) or issue_date_of_form(text))
        return f
    f.put("education", _labelled_level(text))
    for line in text.lines:
        if "education" in f.values:
            break
        for word, key in _EDUCATION_WORDS:
            if word in line.compact and any(c in line.compact for c in _EDUCATION_CONTEXT):
                f.set("education", key, line)
                break
    if "education" not in f.values:
        # a graduate diploma's sentence, its level cut by the wrap (…修完博 | 士研究生培养计划…)
        body, starts = running_text(text)
        match = re.search(r"(博士|硕士)研究生", body)
        if match:
            f.set("education", "doctorate" if match.group(1) == "博士" else "master", line_at(starts, match.start()))
        # (a diploma's sentence, 本科 cut by the wrap: …专业四年制本 | 科学习，…准予毕业, probe CM D01)
        studied = re.search(r"(?:[二三四五2-5]年制)(本科|专科)(?:学习|学业)", body) if not match else None
        if studied:
            f.set("education", "bachelor" if studied.group(1) == "本科" else "associate", line_at(starts, studied.start()))
    # 专科起点本科, 专升本, 高起本: a 本科 reached from 专科 or 高中 — 本科, whatever the line of 专科
    # says or a wrap cuts (…（专科起 | 点本科）业余学习, …专升 | 本学习: probe CN D4-3, D4-4)
    body, starts = running_text(text)
    raised = re.search(r"专科起点(?:本科|升本)|专升本|高起本|高中起点本科", body)
    if raised and f.values.get("education") in (None, "associate") and not re.search(r"结业|肄业", body):
        f.set("education", "bachelor", line_at(starts, raised.start()))
    # 学士学位证书 over ``…授予法学第二学士学位``: the title names the kind, the sentence the degree.
    if f.values.get("education") == "bachelor":
        second = next((l for l in text.lines if "第二学士" in l.compact), None)
        if second is not None:
            f.set("education", "second_bachelor", second)
    # The date of the award (the signature's), never the birth or study dates of the sentence.
    # A form's cell beside 出生日期 or 入学日期 is never the date (``issue_date_of_form``).
    # A sentence that dates the degree itself comes first: a recognition's 认证日期 is one
    # letter from a 颁证日期 to the label search.
    awarded = _awarded_on(text)
    if awarded is None and re.search(r"于[^。，,]{2,16}?准予毕业", text.compact) and "证明" in "".join(
            l.compact for l in text.title_lines(0.3)):
        # a proof for a lost diploma whose day of graduation is unread (于二 八年七月二十日准予毕业,
        # two numerals lost): its own signing day is years later, no date of the degree
        f.notes.append("日期：证明书所证明的毕业日期未能读出，签发日期不是毕业日期，未给出")
        return f
    _degree_kind(text, f)
    _conferred(text, f)
    f.put("date", awarded or date_of(text, _DATE_LABELS) or _spelled_date(text) or issue_date_of_form(text))
    if "date" not in f.values:
        mended = _sealed_year(text)
        if mended:
            f.set("date", mended[0], mended[1])
            f.notes.append(f"日期：印章遮去年份一位（{mended[1].compact}），按证书所写学习截止的{mended[2]}补出")
    return f


# 二〇 六年七月十八日: a signature date whose year lost one numeral under the seal (a gap left).
_GAPPED_YEAR = re.compile(r"^([二一〇零○]{1,3})\s+([〇零○一二三四五六七八九]{0,2})年(.{1,3}月.{1,4}日?)$")
# …于二〇一二年九月至二〇一六年七月在本校…学习: the month the study ended.
_STUDY_END = re.compile(r"至((?:19|20)\d\d|[二一][〇零○][〇零○一二三四五六七八九]{2})年(\d{1,2}|[一二三四五六七八九十]{1,3})月")


def _sealed_year(text: DocText):
    """The signature date whose year the seal cut a numeral from (二〇 六年七月十八日), filled
    in from the month the certificate says the study ended (至二〇一六年七月), when exactly
    one way of filling it falls in that month: ``(date, line, study end)``.

    >>> from extractor.model import Line, Page, ReadResult
    >>> lines = [Line("学生张三，性别女，于二〇一二年九月至二〇一六年七月在本校学习，准予毕业。", (0, 0, 900, 40)),
    ...          Line("二〇 六年七月十八日", (600, 900, 900, 940))]
    >>> found = _sealed_year(DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", lines)])))
    >>> str(found[0]), found[2]
    ('2016-07-18', '2016年7月')
    """
    end = running_match(text, _STUDY_END)
    studied = parse_date(end[0].group(0)[1:]) if end else None
    if studied is None or studied.month is None:
        return None
    for line in text.lines:
        gap = _GAPPED_YEAR.match(line.text.strip())
        if not gap or len(gap.group(1)) + len(gap.group(2)) != 3:
            continue
        fits = {date for digit in "〇一二三四五六七八九"
                for date in [parse_date(gap.group(1) + digit + gap.group(2) + "年" + gap.group(3))]
                if date is not None and date.day is not None and (date.year, date.month) == (studied.year, studied.month)}
        if len(fits) == 1:
            return fits.pop(), line, f"{studied.year}年{studied.month}月"
    return None


# A recognition's sentence: ``于2018年11月获得硕士学位``, the day of the degree (the 认证日期 under
# it is the recognition's).
# A proof of graduation issued for a lost diploma (毕业证明书): 于二〇一七年七月二十五日准予毕业,
# the day it proves, not the day it was issued years later.
_N = "[〇○OＯ零一二三四五六七八九十\\d]"  # (○ and O: OCR's 〇)
# (or after a comma: …在英国谢菲尔德大学学习，2016年12月获得该校颁发的理学硕士学位, probe CX D05)
_AWARDED_ON = re.compile(r"(?:于|(?<=[,，;；]))((?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?)(?:获得|获|被授予|取得)[^。]{0,24}?(?:学位|文凭|毕业证书)|"
                         rf"于((?:19|20|一九|二[〇○OＯ零]){_N}{{2}}年{_N}{{1,2}}月(?:{_N}{{1,3}}日)?)(?:经审核)?准予毕业")


def _awarded_on(text: DocText):
    found = running_match(text, _AWARDED_ON)
    date = parse_date(found[0].group(1) or found[0].group(2)) if found else None
    return (date, found[1]) if date else None


def _spelled_date(text: DocText):
    """毕(结)业日期 boxed piece by piece in its narrow cell (``毕`` | ``(结)业日`` over ``期``):
    the date beside it, not the 入学日期 that stands as low on the page."""
    found = spelled_label_value(text, _DATE_LABELS)
    date = parse_date(found[0]) if found else None
    return (date, found[1]) if date else None


def _labelled_level(text: DocText):
    """The level a form states beside its label (层次 | 本科, 获得学位 | 工学硕士)."""
    for hit in heading_labels(text, _LEVEL_LABELS):
        found = field_value(text, hit)
        value = "".join(found[0].split()) if found else ""
        key = next((k for word, k in _EDUCATION_WORDS if word in value), None) if len(value) <= 12 else None
        if key:
            return key, found[1][0]
    return None


# An old diploma's blanks filled in: 学生 熊 伟 系 重庆市 人，现年…
_STUDENT_IS = re.compile(r"^(?:学生|学员)([\u4e00-\u9fff]{2,4}?)系[\u4e00-\u9fff]{2,8}?(?:省|市|县|区)?人")


def _degree_holder(text: DocText):
    """The holder who opens the sentence (``林颖倩，女，…``), else the one it certifies."""
    for line in text.lines:
        # (the sentence may wrap right after 性别: 学生 张伟，性别 | 男，一九八九年…)
        after = next_line(text, line)
        wrapped = line.compact + after.compact[:12] if after is not None and line.compact.endswith("别") else line.compact
        match = _DEGREE_HOLDER.match(wrapped)
        if match and is_name(match.group(1)):
            return match.group(1), line
    for line in text.lines[:8]:
        # (its blanks filled in, OCR boxes each apart on the row: 学生 | 禤嘉怡 | ，性别 | 女, probe
        # DZ B1; or the sentence wrapped before its 人: 学生封立系四川省 | 人，一九七一年…, probe DX D07)
        row = "".join(l.compact for l in sorted([line, *row_of(text, line)], key=lambda l: box(l)[0]))
        after = next_line(text, line)
        for sentence in (row, row + (after.compact[:2] if after is not None else "")):
            match = _DEGREE_HOLDER.match(sentence) or _STUDENT_IS.match(sentence)
            if sentence.startswith(("学生", "学员", "考生")) and match and is_name(match.group(1)) \
                    and labelled_surname(match.group(1)):
                return match.group(1), line
    return certified(text)


# 第十七条's 工程类研究生专业学位: the engineering professional degrees (工程硕士/博士, and the
# 2018 categories they became: 电子信息, 机械, 材料与化工 …).
_ENGINEERING_PROFESSIONAL = re.compile(r"工程(?:硕士|博士)|(?:电子信息|机械|材料与化工|资源与环境|能源动力|土木水利|"
                                       r"生物与医药|交通运输)(?:硕士|博士|(?:类)?专业学位)")
# A professional degree of another field (工商管理硕士, 会计硕士 …), or an academic degree (授予工学
# 硕士学位: a discipline's degree, 工学, 理学, 管理学 …).
_OTHER_PROFESSIONAL = re.compile(r"工商管理|MBA|EMBA|公共管理|会计|审计|金融|法律|教育|社会工作|翻译|新闻与传播|"
                                 r"艺术|体育|汉语国际教育|应用心理|旅游管理|图书情报|工程管理")
_ACADEMIC = re.compile(r"(?:工|理|管理|经济|文|法|哲|史|教育|农|医|军事|艺术)学(?:硕士|博士)学位")


def _degree_kind(text: DocText, f: Fields) -> None:
    """``professional_degree``: True where the certificate shows an engineering professional
    degree (第十七条), False where it shows an academic degree or another field's professional
    degree (工学硕士, 工商管理硕士), unset where it says neither (a diploma, a bachelor's).

    >>> from extractor.model import Line, Page, ReadResult
    >>> def kind(*rows):
    ...     lines = [Line(t, (100, 100 + 50 * i, 900, 130 + 50 * i)) for i, t in enumerate(rows)]
    ...     f = Fields(); _degree_kind(DocText(ReadResult("t", "0" * 64, [Page(1, 1000, 1400, "text_layer", lines)])), f)
    ...     return f.values.get("professional_degree")
    >>> kind("硕士学位证书", "授予工程硕士专业学位"), kind("硕士学位证书", "授予工学硕士学位")
    (True, False)
    >>> kind("硕士学位证书", "授予工商管理硕士专业学位"), kind("毕业证书", "硕士研究生毕业")
    (False, None)
    """
    if f.values.get("education") not in (None, "master", "doctorate"):
        return  # (a bachelor's 工学学士学位 is no question of 第十七条)
    body, starts = running_text(text)
    for pattern, value in ((_ENGINEERING_PROFESSIONAL, True), (_OTHER_PROFESSIONAL, False), (_ACADEMIC, False)):
        match = pattern.search(body)
        if match and (value is not False or pattern is _ACADEMIC or "专业学位" in body or "硕士" in body[match.end():match.end() + 2]):
            f.set("professional_degree", value, line_at(starts, match.start()))
            return


# A postgraduate degree conferred (授予…硕士学位, 获得学位 | 工学硕士, a 学位证书 or the 学位网's
# report), or only the studies finished (准予毕业 on a 毕业证书, the 学信网's record of a 学历).
_CONFERS = re.compile(r"授予[^。；;]{0,24}?(?:硕士|博士)(?:专业)?学位|(?:获得|获|取得)[^。；;]{0,12}?(?:硕士|博士)(?:专业)?学位|"
                      r"(?:硕士|博士)学位证书|学位认证|学位在线验证|学位证书颁发")
_GRADUATES = re.compile(r"毕业证书|毕业证明书|准予毕业|学历证书电子注册|学历认证|学历层次|结业")


def _conferred(text: DocText, f: Fields) -> None:
    """``conferred``, for a master's or a doctor's certificate: True where it confers the
    degree, False where it shows the studies finished and no degree (a 研究生毕业证书).  The
    rules ask for 硕士学位 and 博士学位 (第八条, 第十条, 第十二条): a graduate's diploma alone
    shows a 研究生学历, which is no degree.

    >>> from extractor.model import Line, Page, ReadResult
    >>> def said(*rows):
    ...     lines = [Line(t, (100, 100 + 50 * i, 900, 130 + 50 * i)) for i, t in enumerate(rows)]
    ...     f = Fields(); f.values["education"] = "master"
    ...     _conferred(DocText(ReadResult("t", "0" * 64, [Page(1, 1000, 1400, "text_layer", lines)])), f)
    ...     return f.values.get("conferred")
    >>> said("硕士学位证书", "经审核符合《中华人民共和国学位条例》的规定，授予工学硕士学位")
    True
    >>> said("毕业证书", "研究生喻晨曦于2018年9月至2021年6月在本校学习，修完硕士研究生培养计划规定的全部课程，准予毕业")
    False
    >>> said("硕士研究生", "喻晨曦") is None
    True
    """
    if f.values.get("education") not in ("master", "doctorate"):
        return
    body, starts = running_text(text)
    conferring = _CONFERS.search(body)
    if conferring:
        f.set("conferred", True, line_at(starts, conferring.start()))
        return
    graduating = _GRADUATES.search(body)
    if graduating:
        f.set("conferred", False, line_at(starts, graduating.start()))


DOCTYPE = DocType(
    key="degree_certificate", identity=("holder", "education"), one_page=True, name="学历/学位证书",
    # a graduation certificate (with its 学信网 record) and the degree certificate: two papers
    papers=(("毕业", "学历"), ("学位",)),
    cues=Cues(
        # Besides the diplomas: the 学信网 registration record, the 学位网 verification report
        # and the 留学服务中心's recognition of a degree from abroad.
        titles=("毕业证书", "学位证书", "学士学位证书", "硕士学位证书", "博士学位证书", "学历证书",
                "学历证书电子注册备案表", "学位认证报告", "学历认证报告", "学历学位认证书", "学位证明书",
                "毕业证明书",
                # (学位网's 中国高等教育学位在线验证报告, 学信网's 在线验证报告: no 验收报告, probe CX D04)
                "学位在线验证报告", "学历在线验证报告", "在线验证报告", "学位验证报告", "学历验证报告"),
        labels=("学位", "毕业", "学制", "校长", "授予", "学历", "准予毕业", "学位评定委员会", "修完",
                "学历类别", "学历层次", "毕业院校", "学位授予单位", "认证结论", "入学时间", "毕业时间", "获学位日期", "所授学位",
                # (a Hong Kong or Macao university's 茲證明…已完成本大學規定之課程…獲頒授工學碩士學位)
                "颁授", "考核及格"),
        # (毕（结）业日期 parts 毕 and 业: a 学信网 备案表 says 毕业 no other way)
        requires=("毕业", "学位", "毕(结)业", "毕（结）业", "学历证书电子注册"),
        requires_why="没有毕业或学位内容",
        penalties=LISTS,  # an applicant's index or list of achievements names it without being one
        # a thesis committee's resolution recommends the degree (建议授予…硕士学位): no degree yet
        refusing_titles=("答辩委员会决议", "答辩决议", "决议书",
                         # an application or review form (…任职资格评审申报表) names its applicant's
                         # 最高学历 and 毕业院校 in its rows: his own statement, no diploma
                         "申报表", "申请表", "评审表", "推荐表", "审批表", "登记表", "申报书", "履历表", "简历",
                         # a student's papers (在读证明, 学籍卡, 教育部学籍在线验证报告, 成绩单) and a list of
                         # those a degree is to be given (拟授予…学位人员名单的公示): no diploma had (probe DP)
                         "在读证明", "学籍", "成绩单", "成绩证明", "公示"),
        # …预计于2025年6月毕业，毕业时将授予工学硕士学位; 学籍状态 在籍; 学位类别 （待授）; 注：本卡…不作学历
        # 证明使用: a student's, never a graduate's (probe DP typed four such as degrees, one a false met)
        refusing_sentences=(r"预计[^。；;\n]{0,16}毕业", r"(?:将|拟|建议)授予", r"学籍状态[:：]?在籍", r"在籍[（(]注册学籍[)）]",
                            r"(?:目前|现)[^。；;\n]{0,8}在读", r"在读(?:研究生|本科生|学生|证明)", r"[（(]待授[)）]|待授予",
                            r"不作(?:为)?学历(?:学位)?证明"),
    ),
    extract=extract_degree,
    fields=("holder", "education", "date", "professional_degree", "conferred"),
    decisive=("holder", "education", "date"),
    labels={"date": "发证日期", "professional_degree": "工程类专业学位", "conferred": "授予学位"},
    under_seal=("date",),
)
