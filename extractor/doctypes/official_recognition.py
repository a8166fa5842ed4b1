"""主管部门认可公文: replies, letters and published lists by which an authority recognises
a product, an application or an achievement."""

from __future__ import annotations

import re

from rules.vocabulary import Kind, Level

from rapidfuzz.distance import Levenshtein

from ..fields.levels import level_of, mend_district
from ..fields.dates import find_dates
from ..layout import ISSUER_WORDS, box, issuer, line_above, margin_note, row_of, running_match, in_other_date_column, line_date, standalone_date
from ..text import DocText, TextLine
from .base import EVENTS, Cues, DocType, Fields, as_date, as_level

def extract_recognition(text: DocText) -> Fields:
    f = Fields()
    named = _letterhead(text) or _title_issuer(text) or issuer(text)
    if named and _DESIGNATION.search(mend_body(named[0])):
        named = None  # what is recognised (中心名称 | …工程技术研究中心), never who recognises it
    if named and named[1] is not None:
        # several bodies signing side by side (重庆市科学技术局 | 重庆市财政局 | 国家税务总局重庆市税务局):
        # the first, leftmost, leads
        signers = [l for l in [named[1], *row_of(text, named[1])] if ISSUER_WORDS.search(l.compact)
                   and len(l.compact) <= 30 and not re.search("[:：]", l.text)]
        first = min(signers, key=lambda l: box(l)[0]) if len(signers) > 1 else named[1]
        if first is not named[1]:
            named = first.compact, first
    if named and named[1] is not None:
        # (or on one line, spaced apart: 工业和信息化部 国家发展和改革委员会 财政部 — the first)
        parts = named[1].text.split()
        if len(parts) >= 2 and all(ISSUER_WORDS.search(p) for p in parts) and named[0] == "".join(parts):
            named = parts[0], named[1]
    joint = _JOINT.match(named[0]) if named else None
    if joint:  # two bodies issuing it together on one line (重庆市经济和信息化委员会 重庆市财政局): the first
        named = joint.group(1) or joint.group(2), named[1]
    if named:
        # (a routing slip's 来文单位 重庆市…委员会: the body after its caption)
        named = mend_body(re.sub(r"^(?:来文单位|来文机关|发文单位|发文机关|印发单位)[:：]?", "", named[0])), named[1]
        level, why = level_of(named[0])
        cut = re.match(r"(?:省|市|自治区)", named[0]) is not None  # (四 | 川 under the seal | 省发展和改革委员会)
        if (level is not None or _OWN_LEVEL_UNKNOWN.search(named[0])) and not cut:
            f.set("issuer", named[0], named[1])
        if level is not None:
            f.set("level", level.value, named[1])
        f.notes.append(f"级别：{why}")
    if "level" not in f.values:
        designated = _designated_level(text)
        if designated:
            f.set("level", designated[0].value, designated[2])
            f.notes.append(f"级别：发文单位未读出，按认定名称{designated[1]}")
    f.put("date", _signed_date(text) or _body_date(text))
    f.fallback("date", _printed_date(text), "成文日期未读出（或在印章下），按文末印发日期计，需人工核对", "date_from_print_line")
    return f


# 被认定为2019年度宁夏回族自治区智能工厂: the programme a unit is recognised under, named by
# its region (a province's, a city's, a district's).
_DESIGNATED = re.compile(r"(?:被?认定为|被?评为|被?列为|被?确定为|入选|公布)(?:\d{4}年度?)?"
                         r"((?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|市))(?:[\u4e00-\u9fff]{1,5}?(?:区|县))?)")


def _designated_level(text: DocText):
    """The level of the programme the document recognises its unit under, by the region
    that names it (…认定为2019年度宁夏回族自治区智能工厂 is a province's; …重庆市巴南区… a
    district's, 地（市）级 as 重庆 counts them), when the issuer was not read (under its
    seal): ``(level, why, line)``.

    >>> from extractor.model import Line, Page, ReadResult
    >>> lines = [Line("经评审，你单位烟草制丝线智能工厂被认定为2019年度宁夏回族自治区智能工", (0, 0, 900, 40)),
    ...          Line("厂。特发此证。", (0, 50, 300, 90))]
    >>> found = _designated_level(DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", lines)])))
    >>> found[0].value, found[1]
    ('provincial', '宁夏回族自治区：属宁夏回族自治区，按省级计')
    """
    found = running_match(text, _DESIGNATED)
    if found is None:
        return None
    level, why = level_of(found[0].group(1))
    return (level, why, found[1]) if level is not None else None


# The lines under a 红头 notice's foot that are no date of it: 抄送：… and the print line
# (``重庆市…办公室  2023年10月13日印发``), the day the copies were printed.
_COPY_LINE = re.compile(r"^(?:抄送|抄报|主送|分送)|印发$|印发[)）]?$")
# A date that opens or closes a range (公示期：2025年4月22日至2025年4月28日, 自…起至…止).
_RANGE_AFTER = re.compile(r"^\s*(?:起)?\s*(?:至|到|—|–|-|~|～)")
_RANGE_BEFORE = re.compile(r"(?:至|到|—|–|-|~|～|自|从|起)\s*$")
_PERIOD_LABEL = re.compile(r"公示期|公示时间|公示日期|期限|有效期|截止|申报时间|时间为")


def _signed_date(text: DocText):
    """``layout.issue_date`` (the lowest line that is only a date), but not the date of the
    print line that OCR boxed apart from its 印发 (``办公室`` | ``2023年10月13日`` | ``印发``)."""
    numbered = _NUMBER_YEAR.search(text.compact)
    for line in sorted(text.lines, key=lambda l: (l.page, l.top), reverse=True):
        date = line_date(line)
        cut = _CUT_YEAR.fullmatch(line.compact)
        if date is None and cut and numbered and numbered.group(1).endswith(cut.group(1)):
            # 018年1月29日 under a seal or a watermark: the year the document's number gives
            # (永川经信发〔2018〕109号), its last three figures still printed
            date = standalone_date(numbered.group(1) + line.compact[len(cut.group(1)):])
        if date is not None and not any(_COPY_LINE.search(l.compact) for l in row_of(text, line)) \
                and not margin_note(line) and not in_other_date_column(text, line):
            return date, line
    return None


def _printed_date(text: DocText):
    """The day of the print line (``…办公室  2023年6月12日印发``), its date and 印发 boxed apart
    or not: the day copies were printed, days after the signing at most, and the notice's
    only date when the signed one is lost or was never printed (a notice on the web)."""
    for line in sorted(text.lines, key=lambda l: (l.page, l.top), reverse=True):
        row = [line] + row_of(text, line)
        if not any(re.search(r"印发[)）]?$", l.compact) for l in row):
            continue
        for part in sorted(row, key=lambda l: box(l)[0]):
            found = find_dates(part.text)
            if found:
                return found[-1].value, part
    return None


_NUMBER_YEAR = re.compile(r"[〔\[［【(（]((?:19|20)\d\d)[〕\]］】)）]\s*\d{1,4}\s*号")
_CUT_YEAR = re.compile(r"(\d{3})年\d{1,2}月\d{1,2}日")


def _body_date(text: DocText):
    """``layout.body_date`` without the dates that are not the notice's: a 公示期 or any
    other range of days (its end is no signing date), 抄送 and 印发 lines.  A notice whose
    own date is lost (under its seal) gives none: the reader looks again there."""
    best = None
    for line in text.lines:
        if margin_note(line) or _PERIOD_LABEL.search(line.compact) or any(
                _COPY_LINE.search(l.compact) for l in [line] + row_of(text, line)):
            continue
        for found in find_dates(line.text):
            before, after = line.text[:found.span[0]], line.text[found.span[1]:]
            if found.label in _OTHER_DATES or _OTHER_DATE_BEFORE.search(before) or _RANGE_AFTER.match(after) \
                    or _RANGE_BEFORE.search(before) or _REQUEST_DATE.match(after):
                continue
            key = (line.page, line.top)
            if best is None or key >= best[0]:
                best = (key, found.value, line)
    return (best[1], best[2]) if best else None


# 你公司2017年12月9日《关于申请认定…的请示》收悉: the date of the request replied to.
# (…2023年4月10日报来的《…请示》, probe DQ g7: the request's day, which a 复函 signed under its seal
# and unread is not)
_REQUEST_DATE = re.compile(r"\s*(?:的|报送的|上报的|提交的|报来的|呈报的|送来的|来函|来文)?\s*《[^》]{2,80}》?")
# (a company's routing slip for the notice dates its receipt: 收文日期, 登记日期 of the slip)
_OTHER_DATES = ("收稿日期", "申请日", "专利申请日", "开发完成日期", "首次发表日期", "收文日期", "收文时间", "评价日期")
# (such a label without its colon, 收文日期 2021.07.30, which find_dates names no label)
_OTHER_DATE_BEFORE = re.compile(r"(?:" + "|".join(_OTHER_DATES) + r")\s*[:：]?\s*$")


# Bodies whose level a name cannot settle (an association, a county): a name that is none
# of these and shows no place or rank either (``学技术局``, a seal's cut) is a piece of one.
_OWN_LEVEL_UNKNOWN = re.compile(r"学会|协会|联合会|科协|促进会|研究会|联盟|商会|县|旗|区")


_ASSOCIATION = re.compile(r"(?:协会|学会|联合会|研究会|促进会|商会|联盟|科协)$")


# Government bodies as they are named; OCR damages a letter of them (经产和信息化厅).
_BODIES = ("经济和信息化委员会", "经济和信息化厅", "经济和信息化局", "工业和信息化厅", "工业和信息化局", "科学技术委员会",
           "科学技术厅", "科学技术局", "人力资源和社会保障厅", "人力资源和社会保障局", "发展和改革委员会",
           "市场监督管理局", "教育委员会", "商务委员会", "知识产权局")


def mend_body(name: str) -> str:
    """``name`` with the body it ends in spelled right when OCR changed one letter of it, or,
    in a body's name of six letters or more, two (a seal's ring over 经济和信息化委员会 read
    经济和信委员会), and with a 重庆 district a letter of which it lost (``mend_district``).

    >>> mend_body("四川省经产和信息化厅"), mend_body("重庆市科学技木局"), mend_body("重庆市经济和信息化委员会")
    ('四川省经济和信息化厅', '重庆市科学技术局', '重庆市经济和信息化委员会')
    >>> mend_body("重庆市巴南区经济和信息化委")
    '重庆市巴南区经济和信息化委员会'
    >>> mend_body("重庆市津区经济和信委员会"), mend_body("重庆市人力资源社会保障局")
    ('重庆市江津区经济和信息化委员会', '重庆市人力资源和社会保障局')
    >>> mend_body("重庆市科学技术厅")  # 厅 and 局 are other bodies: never mended into each other
    '重庆市科学技术厅'
    >>> mend_body("重庆市科学技术协会")  # an association, no 委员会
    '重庆市科学技术协会'
    >>> mend_body("重庆经济和信息化委员会"), mend_body("重庆济和信息免委员会")  # a municipality's 市 a seal's ring took
    ('重庆市经济和信息化委员会', '重庆市经济和信息化委员会')
    """
    name = re.sub(r"^(重庆|北京|上海|天津)(?=经济|科学|财政|人民政府|发展和改革|人力资源|商务|教育|知识产权|市场监督|生态环境)",
                  r"\1市", _mended_tail(name))
    return mend_district(name)


def _mended_tail(name: str) -> str:
    if name.endswith(_BODIES) or _ASSOCIATION.search(name):
        # (an association is no government body OCR damaged: 科学技术协会 is two letters from
        # 科学技术委员会, and a 科协's letter is no 科委's)
        return name
    if name.endswith(("经济和信息化委", "经济信息化委", "科学技术委", "发展和改革委")):
        return name + "员会"  # a 委员会's letterhead in its short form (…经济和信息化委文件)
    best = None
    for body in _BODIES:
        allowed = 2 if len(body) >= 6 else 1
        for size in range(len(body) - allowed, len(body) + allowed + 1):
            tail = name[-size:]
            # (never its last letter: 厅, 局 and 委员会 are different bodies, 科学技术局 no damaged 科学技术厅)
            if len(tail) < size or tail[-1] != body[-1] or size >= len(name):
                continue
            distance = Levenshtein.distance(tail, body, score_cutoff=allowed)
            if distance <= allowed and (best is None or distance < best[0]):
                best = (distance, size, body)
    return name[:-best[1]] + best[2] if best else name


def _letterhead(text: DocText):
    """The body named at the head of a 公文 (``四川省经济和信息化厅文件``) or letter
    (``绵阳市经济和信息化局`` above its number): printed large, clear of the seal, so it is
    read before the signature."""
    zone = text.title_lines(0.3)
    # A red head (…文件) wherever the zone has it (a screenshot's browser bar above), else the top lines.
    red = [l for l in zone if l.compact.endswith("文件")]
    for line in red[:1] + zone[:4]:
        name = re.sub(r"(?:文件|函)$", "", line.compact)
        if _DESIGNATION.search(line.compact):
            continue  # a certificate's title naming what is recognised (重庆市企业技术中心 | 证书)
        # (a red head names its body whatever it is: a group's 苏州锐铭集团有限公司文件)
        name = mend_body(name)
        named = ISSUER_WORDS.search(name) or line.compact.endswith("文件") and re.search(r"(?:公司|集团|大学|学院)$", name)
        if 4 <= len(name) <= 30 and named and not name.startswith("关于") and not re.search(r"[:：]", name):
            return _stacked_first(text, line) or (name, line)
    return None


def _stacked_first(text: DocText, head: TextLine):
    """The first of bodies issuing jointly whose names stand one over another beside one 文件
    (上海市经济和信息化委员会 / 上海市财政局  文件, probe DN rec-06): the top one."""
    if not head.compact.endswith("文件"):
        return None
    top, at = None, head
    while (above := line_above(text, at, 2.0)) is not None and above.page == head.page \
            and ISSUER_WORDS.search(above.compact) and not re.search(r"[:：]|关于|文件$", above.compact) \
            and 4 <= len(above.compact) <= 30 and abs(box(above)[0] - box(head)[0]) <= 2 * head.line.height:
        top = at = above
    return (mend_body(top.compact), top) if top is not None else None


_JOINT = re.compile(r"^(.{4,30}?(?:委员会|厅|局|人民政府|办公室))\s*(?=[\u4e00-\u9fff]{2,8}?(?:省|市|自治区)[\u4e00-\u9fff]{2,20}?"
                    r"(?:委员会|厅|局|人民政府|办公室)$)"
                    # ministries' offices issuing together (工业和信息化部办公厅 国家发展改革委办公厅 …)
                    r"|^(.{3,20}?(?:部|委|总局|署)办公厅)\s*(?=(?:[\u4e00-\u9fff]{2,16}?(?:部|委|总局|署)办公厅)+$)")


# What an authority recognises a unit as, printed as a certificate's or a plaque's title: no
# body that issues anything.
_DESIGNATION = re.compile(r"(?:企业技术中心|技术研究中心|工程研究中心|工业设计中心|研究中心|重点实验室|实验室|工作站|"
                          r"示范基地|示范企业|孵化器|众创空间|(?:技术|工程|设计|创新)(?:[（(][^）)]{1,4}[)）])?中心)$")


def _title_issuer(text: DocText):
    """``重庆市科学技术局关于同意认定…的批复``: the title names its issuer before 关于."""
    for line in text.title_lines(0.4):
        match = re.match(r"^(.{4,30}?)关于", line.compact)
        if match and ISSUER_WORDS.search(match.group(1)):
            return match.group(1), line
    return None


def _facts(f, kind, rank, core_journal):
    if kind is Kind.APPLICATION:
        return {"date": as_date(f.get("date"))}
    return {"level": as_level(f.get("level"), Level), "date": as_date(f.get("date"))}


# The body turning the request down, said by the body itself or after its review; a sentence
# that sets a rule for others (对…的，…不予认定; 凡…不予…) is no refusal of this one.
_REFUSAL = (r"(?:(?:我(?:委|局|厅|部|办|院)|经研究|经审核|经审查|经评审|经评议|经复核|经组织专家[^，,。；;]{0,8})"
            # (or an earlier recognition revoked: 经复核，撤销原认可意见)
            r"(?:(?!对|凡|如|若|一经)[^。；;]){0,60}?(?:(?:(?:暂|暂时)?不予以?|不同意|不能)(?:认可|认定|确认|批准|通过|命名)|"
            r"撤销(?:原|此前|前述)?的?(?:认可|认定))|"
            r"未(?:能)?通过[^。；;，,]{0,30}?认定[，,]\s*不予认定|"
            # (an application that failed)
            r"(?:认可|认定)申请[^。；;]{0,24}?未(?:获|能|予)?通过)"
            # …unless a later sentence grants it after all (经复核，…予以认可: the reply's last word)
            r"(?![\s\S]*(?:予以|同意)(?:认可|认定|确认))")


DOCTYPE = DocType(
    key="official_recognition", identity=("issuer", "date"), name="主管部门认可公文",
    cues=Cues(
        # A 通知 that publishes a list (公布…名单) recognises those on it; a meeting notice does not.
        # (a 确认函 confirms a person's or a unit's work as a 复函 does: 经审核，确认…)
        titles=("批复", "复函", "认定", "决定", "名单的通知", "公布", "确认函",
                # a unit's certificate of recognition (高新技术企业证书, 重庆市“专精特新”中小企业)
                "高新技术企业证书", "专精特新", "小巨人企业",
                # ministries' 公告 of the units chosen (…名单，现予以公告), a 下达…示范项目的通知
                "予以公告", "示范项目的通知", "试点项目的通知",
                # a user's proof that a new product or technique is in production or use (第十一条
                # （二）2 投入生产或应用): an application's evidence (its sales, if it prints them, a
                # revenue proof's)
                "新产品应用证明", "产品应用证明", "新技术应用证明", "技术应用证明", "应用情况证明", "投产证明",
                "投入使用证明"), titles_in_sentences=True,
        # 关于确定2023年度国家知识产权示范企业和优势企业的通知: the units an office chose
        title_patterns=(r"关于确定[^，。；]{2,40}?(?:企业|单位|中心|基地|平台|项目|工厂|车间)[^，。；]{0,8}的通知",
                        # an authority's notice that promotes a book or a manual (关于推广使用《…》的通知):
                        # the promotion 第十五条（二）7 asks of a 培训教材 or 技术手册
                        r"关于推广(?:使用|应用)[^，。；]{2,60}?的通知"),
        labels=("人民政府", "委员会", "特此函复", "批复如下", "经研究", "同意", "认可", "认定为", "〔", "〕",
                "特此批复", "此复", "予以公布", "名单", "命名", "授予", "评定", "经信", "经济和信息化",
                # a certificate of recognition: 经审核，你单位组建的“…工程技术研究中心”通过认定，特发此证
                "通过认定", "经审核", "研究中心", "技术中心", "重点实验室"),
        requires=("批复", "复函", "认定", "认可", "决定", "公布", "命名", "授予", "确认", "批准机关", "高新技术企业证书", "予以公告", "确定",
                  "推广使用", "推广应用", "投入批量生产", "投入生产", "投入使用", "产线上应用", "推广使用",
                  # a plaque of the designation itself (专精特新“小巨人”企业 | 工业和信息化部 | 二〇二三年七月)
                  "小巨人企业", "专精特新"),
        requires_why="没有批复、复函、认定、确认或公布名单的内容",
        # A decision awarding prizes (its 附件 lists the projects) is an award's evidence, a
        # notice of who passed a 职称 review a title's, a reply on a project's acceptance
        # (关于…项目验收的批复: 同意该项目通过验收) an acceptance's.
        penalties=("会议", "参会", "报名", "回执", "获奖项目", "授奖", "职称评审", "评审通过人员",
                   "验收的批复", "验收的复函", "结题的批复", "验收意见的批复", "通过验收",
                   # a person's title conferred (认定…同志具备助理工程师资格) is a title's evidence
                   "工程师资格", "技术员资格", "专业技术资格", "任职资格", "资格名称", "资格证书",
                   # the patent office's 通知书 deciding to grant a patent (作出授予专利权的决定,
                   # 办理登记手续) is a step of the patent, no recognition
                   "授予专利权", "办理登记手续", "专利申请",
                   # a government's 关于…科学技术奖励的决定 lists the prizes and their 主要完成人
                   "奖励的决定", "主要完成人"),
        # a journal's letter accepting a paper (决定录用) recognises nothing; nor does a notice of
        # the projects proposed for a prize (拟奖项目公示: the award's own business)
        refusing_titles=("录用通知", "用稿通知", "录用证明", "录用函",
                         # a unit's attestation that a report was adopted (技术报告应用情况证明): the
                         # report's evidence, 第十一条（二）5
                         "报告应用", "报告推广", "报告采纳", "报告认可", "报告的应用", "报告使用", "拟奖", "拟授奖", "获奖项目公示", "奖励公示",
                         # a buyer's 订单确认函 confirms a purchase: a sale's paper, no organ's recognition
                         "订单确认", "订货确认", "对账确认", "收入确认", "销售确认", "采购确认", "采购金额确认",
                         # a technology market office's registration of a contract (技术合同认定登记证明): the
                         # contract's paper, a sale's evidence
                         "技术合同认定登记", "合同认定登记",
                         # a decision punishing a person (关于给予…记过处分的决定) recognises nothing
                         "处分", "处理决定",
                         # an employer's appointment to a post (关于聘任…专业技术职务的决定, 聘任书): the
                         # unit's own, neither a title nor an organ's recognition
                         "聘任", "聘用", "聘书", "任命",
                         # a unit's assessment before a first title is recognised (初次认定职称考察意见表,
                         # 拟认定职称：技术员): its opinion, no recognition yet (probe DZ B1)
                         "考察意见", "考核意见表", "考察表",

                         # a thesis committee's resolution (同意…建议授予…学位) recognises no unit
                         "答辩委员会决议", "答辩决议",
                         # a university's list of those a degree is to be given (拟授予…学位人员名单的公示):
                         # a student's paper, no organ's recognition of a unit (probe DP L22)
                         "学位人员", "授予学位", "学位授予", "学位的公示", "拟授予", "学位名单",
                         # a decision refusing (不予认定专业技术资格决定书): nothing recognised (probe DQ t6)
                         "不予认定", "不予确认", "不予批准",
                         # a list of those applying for a title (关于…职称申报人员情况的公示): no one
                         # recognised yet, and no unit (probe DP L13)
                         "申报人员", "职称申报",
                         # a person's title recognised (重庆市职称认定审批表, 资格认定表): a title proof
                         "职称认定", "资格认定", "职称初定", "资格初定", "职称初次认定", "职称证书", "资格评审表",
                         "任职资格证书") + EVENTS,
        # a reply that turns the request down recognises nothing: 经组织专家评议，…我委暂不予认可;
        # …未通过2025年度重庆市重大新产品认定，不予认定 (never a list's rule for others: 对…的，不予认定)
        refusing_sentences=(_REFUSAL,),
    ),
    extract=extract_recognition,
    fields=("issuer", "level", "date"),
    decisive=("issuer", "level", "date"),
    labels={"date": "发文日期", "level": "发文单位级别"},
    under_seal=("issuer", "date"),
    kinds=(Kind.RECOGNITION, Kind.NEW_PRODUCT, Kind.APPLICATION), facts=_facts,
)
