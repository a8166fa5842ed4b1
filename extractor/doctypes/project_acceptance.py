"""验收证书/验收意见: project acceptance documents, in three shapes, each hiding its values
differently:

- 验收证书, a form: ``项目名称 …`` on one line; the people in a member table (序号 姓名 单位 …),
  often on a later page, with the leader in the first row.
- 验收意见, running text: ``2022年10月27日，<organiser>在…组织专家对<unit>承担的“<title>”项目
  （<programme>，编号…）进行了验收``; the members are listed without the leader.
- 结题验收表, a table: labels in the left cells, values in the cells to their right (OCR gives
  each cell its own line, sometimes the value before its label); the conclusion is a ticked
  box with both 通过 and 不通过 printed.

The members stand under whatever label the form uses (主要完成人员, 项目组成员, 参加人员,
课题组成员 …), on the label's line, beside it or under it, wrapped over several lines at the
margin; or in a table of the project's people (never the expert panel's).  A list is read
whole or not at all.  The verdict is read as meant: 不同意该项目通过验收 and 不予通过 are
failures, the options of a ticked box are no verdict until one is ticked, and where the
document contradicts itself nothing is reported rather than a pass.  The level follows
``fields.levels.level_of``, a bare 市科技局 read as the document's city's (in 重庆, a
municipality: 省级); the category (实施类/研发类) follows the title (``category_of``).
"""

from __future__ import annotations

import re

from rules.vocabulary import Kind, Level

from ..fields.amounts import parse_amount_wan
from ..fields.dates import date_after_label, parse_date
from ..fields.levels import AUTONOMOUS_REGIONS, MUNICIPALITIES, home_city, level_of
from ..fields.people import has_surname, labelled_surname, split_people
from ..fields.numerals import to_int
from ..layout import (without_brackets, TITLE_WORD, titled_column, bracketed_name_under, name_under, numbered_block, TITLED, paragraph, people_by_unit, line_above, next_line, names_line, numbered_grid, running_text, two_name_columns, skips_numbers, is_label, spelled_captions, CJK, EMPTY_BOXES, LABEL_START, TICKS, box, cell_continued, cell_list, cell_top, placed_people, is_caption, is_name, labelled_value, labelled_field, line_at, line_below,
                      name_column, name_grid, numbered_column, original_index, plain_names, right_of, row_of, running_match, strip_stamps,
                      text_after, value_below, value_left, wrapped_list, wrapped_value)
from ..model import Line
from ..text import DocText, TextLine, same_row
from .base import EVENTS, LISTS, Cues, DocType, Fields, as_date, as_level, last_date


# The verdict.  A failure is read before a pass in every sentence: 不同意该项目通过验收
# holds 通过验收 too.  Options printed side by side (通过、不通过) and conditions (如未通过
#验收，…) are no verdict and are taken out first.
_CLAUSE = r"[^，,。；;：:]"
_FAIL = re.compile(rf"不同意{_CLAUSE}{{0,12}}?(?:通过|验收|结题)|不(?:准|予){_CLAUSE}{{0,6}}?(?:通过|验收|结题)|"
                   rf"(?:延期|暂缓){_CLAUSE}{{0,2}}结题|"
                   rf"未{_CLAUSE}{{0,6}}?通过|没有通过|不能通过|不通过|不合格|暂缓(?:通过|验收)|不具备验收条件|需要复议|"
                   # (同意该项目终止并作结项处理: a project stopped short, closed, never passed)
                   r"(?:项目|课题)(?:实施)?终止|同意[^。；;，,]{0,10}终止|予以终止|作终止处理|终止(?:实施|执行)|"
                   # (专家组意见：需整改后复验: this acceptance not passed, another to come)
                   r"(?:需|须|应|需要)(?:进行)?整改后(?:再)?(?:申请)?(?:复验|重新验收|再次验收|复审)")
# (基本通过验收, 有条件通过验收: no pass, a person's question — _UNDECIDED)
_PASS = re.compile(rf"同意{_CLAUSE}{{0,12}}?(?<!基本)(?<!有条件)(?:通过|验收|结题)|(?<!基本)(?<!有条件)(?:予以|准予)?通过(?:了)?(?:验收|结题|鉴定)|予以通过|"
                   # (a grade is a pass: 验收结论：优秀, 验收等级 | 良好)
                   r"(?:准予|予以)结题|验收(?:结论|意见|结果|等级)?(?:[:：]|为|是)?(?:合格|通过|优秀|良好)|"
                   r"^(?:通过|合格|结题|优秀|良好)[。.]?$|"
                   rf"已于?{_CLAUSE}{{0,16}}?通过{_CLAUSE}{{0,12}}?验收|"
                   # 综合绩效评价结论为“通过”: the verdict quoted
                   r"结论(?:为|是)[:：]?[“\"「『]?(?:通过|合格)")
# A re-inspection that took place (组织专家进行了复验, 经复验，…), never one still to come
# (整改后申请复验, 经复验合格后同意通过: a condition, not a verdict).
_REINSPECTED = re.compile(r"(?:进行|组织)了(?:专家)?(?:现场)?复验|经(?:专家)?复验[，,]|复验(?:结论|结果|意见)[:：为]?(?:合格|通过)")
# A re-inspection told as held (进行了复验, 复验结论：通过), not one a sentence sets as a condition
# (经复验，同意通过验收的项目方可申请…): its words as a group, where it stands.
_REINSPECTION = re.compile(r"((?:进行|组织)了(?:专家)?(?:现场)?复验|复验(?:结论|结果|意见)[:：为]?(?:合格|通过))")
# Work still to do after it: no verdict yet (正在整改, 尚未复验, 待复验).
_STILL_TO_DO = re.compile(r"正在[^。；;]{0,10}整改|整改中|尚未(?:复验|整改|完成)|待复验|另行组织复验")
_LISTED = re.compile(r"(?:通过|合格|同意)[、/或和与及]{1,2}(?:不|未)(?:通过|合格|同意)")
# Words that hold a verdict's letters and say no verdict: 无不同意见, 不合格率, 不合格品.
_NOT_VERDICT = re.compile(r"(?:无|没有|未提出)?不同意见|不合格(?:率|品|项)")
_CONDITION = re.compile(rf"(?:如|若|如果|凡|对于?|一旦|倘若){_CLAUSE}{{0,12}}?(?:未|不|没有)能?{_CLAUSE}{{0,4}}?(?:通过|合格)")
# Weaker verdicts, read only where no explicit one is printed (a ticked-box form whose tick
# OCR lost): the experts' sentence says whether the goals were met.
_MET = re.compile(r"达到(了)?(预期|既定|合同|任务书)?[^，,。；;]{0,8}(目标|要求|指标)")
_NOT_MET = re.compile(r"未(能)?(达到|完成)|没有(达到|完成)")
# The options of a ticked-box conclusion: ``☑通过 □不通过``, ``通过（√） 不通过（ ）``.
_TICKS = TICKS
_MARKS = TICKS + EMPTY_BOXES
# (基本通过 and 有条件通过 are options of their own: else a box before them reads as the
# previous option's mark, and □通过 □基本通过 □不通过, all empty, as 「通过」 inferred)
_CHOICES = ("不同意验收|同意验收|不同意结题|同意结题|不同意|同意|不予通过|未通过|不通过|暂缓通过|需要复议|"
            # (a deferral's box: □通过验收 ■需整改后复验 □不通过验收, probe DE A10)
            "需整改后复验|整改后复验|限期整改|"
            "基本通过|有条件通过|有条件结题|基本合格|"
            "不予结题|准予结题|延期结题|暂缓结题|结题|通过|不合格|合格|"
            # a graded acceptance's boxes (验收等级 □优秀 ☑良好 □合格 □不合格): any grade but the last passes
            "优秀|良好")
# A mark right after a word and apart from the next (``通过☑  不通过□``) is the word's.
# (OCR reads an empty □ as 口 too: a box where it stands alone before an option, never in 接口通过)
_OPTION = re.compile(rf"(?P<pre>[{_MARKS}]|(?<![\u4e00-\u9fff])口(?=\s*(?:{_CHOICES}))|)\s*(?P<word>{_CHOICES})"
                     rf"(?:(?P<tight>[{_MARKS}])(?=\s)|\s*"
                     rf"(?P<post>[(（]\s*[{_TICKS}]?\s*[)）]|[{_MARKS}](?!\s*(?:{_CHOICES}))))?")
_NEGATIVE = ("不", "未", "暂缓", "需要", "延期", "需整改", "整改", "限期")
_CONCLUSION_LABELS = ["验收结论", "验收结果", "评审结论", "结题结论", "综合绩效评价结论", "评价结论", "验收意见", "结论"]

_TITLE_LABELS = ["项目名称", "课题名称", "成果名称"]  # (a 成果验收证书 names its 成果)
# (a 成果鉴定书's cover names its leader 课题承担者, the person beside 工作单位)
_LEADER_LABELS = ["项目负责人", "课题负责人", "项目主持人", "负责人", "主持人", "项目经理", "项目组长", "课题承担者", "项目承担者"]
# Longer labels first: a line's first label found is the one read.
_MEMBER_LABELS = ["项目组主要成员", "课题组主要成员", "项目主要成员", "课题主要成员", "项目主要完成人员", "项目主要参加人员", "项目主要研究人员",
                  "课题主要参加人员", "项目主要完成人", "项目团队成员", "项目组成员", "课题组成员", "项目参加人员",
                  "项目研究人员", "项目完成人员", "课题参加人员", "主要完成人员", "主要参加人员", "主要参与人员",
                  "主要研究人员", "主要研发人员", "主要完成人", "项目成员", "项目团队", "参加人员", "参与人员", "研究人员", "完成人员",
                  "团队成员", "主要参加人", "主要参研人员", "参研人员", "参研人", "研发人员",
                  # (重庆's 软科学 and 技术预见 projects: 主研人员 for 主要研究人员; never 主研人, one
                  # letter from 主持人, the meeting's chair)
                  "项目主研人员", "课题主研人员", "主研人员",
                  # a national programme's 课题验收结论书: 课题负责人, then 课题骨干 and the names
                  "课题骨干", "项目骨干", "骨干成员", "主要骨干",
                  # an enterprise's own words for its team
                  "项目研发团队", "研发团队", "项目实施团队", "实施团队", "主要技术骨干", "技术骨干",
                  "项目实施人员", "实施人员", "课题组人员", "项目组人员",
                  # (项目主要研制人员（按贡献大小排序）, probe DU b3; a 验收证书's 主要研制人员)
                  "项目主要研制人员", "主要研制人员", "研制人员",
                  # (主要参与人 A、B; a works team: 组长 A；组员 B、C)
                  "主要参与人", "项目参与人", "组员",
                  # (项目主要成员 | 晋海波、路遥、霍思燕 in a form's row, probe DM acc-14; 主要成员 alone)
                  "主要成员",
                  # (a heading over the names: 参与人员名单： | 沈宇航  万永红 …)
                  "参与人员名单", "参加人员名单", "项目组成员名单", "课题组成员名单", "完成人员名单", "主要完成人员名单",
                  # (each unit, then its people: 参加单位及人员： | 重庆理工大学：朱林帅、汪雨)
                  "参加单位及人员", "参加单位和人员", "参与单位及人员", "参与单位和人员", "完成单位及人员",
                  "完成单位和人员", "参研单位及人员"]
# Whose list a label right after these words heads: the experts', a unit's officers.
_NOT_PROJECT_PEOPLE = ("专家", "单位", "财务", "法定", "企业", "联系")
# What may stand before a label that heads a section (五、主要完成人员).
_SECTION_NUMBER = re.compile(r"(?:[一二三四五六七八九十]+|\d{1,2})[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|"
                             r"附(?:件|表)?\d*[:：]?")  # (附：项目主要参加人员, an annex's heading)
# A title in running text is quoted and followed by 项目/课题, or follows 承担的, or a
# programme's name (``沙坪坝区科技计划项目“…”（编号：…）``).
_QUOTED_TITLE = re.compile(r"[“\"「『《]([^“”\"「」『』《》]{4,80})[”\"」』》](?:项目|课题)|承担的[“\"「『《]([^“”\"「」『』《》]{4,80})[”\"」』》]|"
                           r"(?:项目|课题|专项|计划)[“\"「『《]([^“”\"「」『』《》]{4,80})[”\"」』》][（(，,]|"
                           # (…年度研发项目“…改造项目”进行了验收: the quote the acceptance is of)
                           r"[“\"「『《]([^“”\"「」『』《》]{4,80})[”\"」』》]进行了?(?:结题)?验收")
# Who funds the project (the programme) and who organised the acceptance.
_PROGRAMME_LABELS = ["项目来源", "计划类别", "项目类别", "计划名称", "项目类型", "项目级别", "立项级别", "所属项目",
                     "所属计划", "所属专项"]
_ORGANISER_LABELS = ["组织验收单位", "验收组织单位", "组织鉴定单位", "鉴定组织单位", "组织评价单位", "组织单位", "项目下达单位", "下达单位", "主管部门", "下达部门",
                     "立项部门", "立项单位", "项目主管部门", "计划下达部门", "验收部门", "验收组织部门", "验收机关"]
# ``“…”项目（宜宾市工业发展专项项目，编号：…）``: the programme follows the quoted title;
# ``承担的沙坪坝区科技计划项目“…”``: or comes before it.
_RUNNING_PROGRAMME = re.compile(r"[”\"」』](?:项目|课题)[（(]([\u4e00-\u9fff]{4,40}?)[，,；;）)]|"
                                r"承担的((?:\d{4}年度?)?[\u4e00-\u9fff]{4,30}?(?:计划|专项|基金|资金)(?:项目|课题)?)[“\"「『]")
# ``受重庆市科学技术局委托，…``: the body an acceptance was held for, whose programme it is.
_COMMISSIONED_BY = re.compile(r"(?<![接享感承])受([\u4e00-\u9fff（）()]{4,30}?)(?:的)?委托")
# ``2022年10月27日，宜宾市经济和信息化局在重庆组织专家对…``: the organiser opens the sentence.
_RUNNING_ORGANISER = re.compile(r"(?:日|^|[。；;])[，,]?由?([\u4e00-\u9fff（）()]{4,40}?)(?:在[\u4e00-\u9fff]{1,12}?)?组织"
                                r"(?:有关|相关)?(?:专家|召开|开展)")
# ``2022年10月27日，<organiser>在重庆组织专家对…``: the day the acceptance was held.
_CN_DIGITS = "0-9〇零一二三四五六七八九十"
_OPENING_DATE = re.compile(rf"([{_CN_DIGITS}]{{4}}年[{_CN_DIGITS}]{{1,3}}月[{_CN_DIGITS}]{{1,3}}日)[，,][^。；;]{{2,40}}?组织")
# ``已于2023年3月15日通过…验收``, ``经2023年3月15日专家组验收``: a letter of the result names the
# day of the acceptance in its sentence, before the day the letter is dated.
# 2024年5月30日，专家组对整改情况进行了复验: a re-inspection's day, the acceptance the document records
# (the first, failed one told before it: 该项目于2023年9月12日首次验收…未通过).
_REINSPECTED_ON = re.compile(rf"([{_CN_DIGITS}]{{4}}年[{_CN_DIGITS}]{{1,3}}月[{_CN_DIGITS}]{{1,3}}日)[，,]?[^。；;]{{0,24}}?"
                             r"(?:进行了|组织了?|开展了?)(?:专家)?(?:现场)?复验")
# (never a deadline: 请于2025年12月31日前完成整改后重新提出验收申请, probe CP C07)
_HELD_ON = re.compile(rf"(?:于|经)([{_CN_DIGITS}]{{4}}年[{_CN_DIGITS}]{{1,3}}月[{_CN_DIGITS}]{{1,3}}日)(?![前后以之内])"
                      r"[^。；;，,]{0,24}?(?:验收|结题)")
# ``我局于2012年5月25日组织专家对…（项目编号：…，项目负责人：…）进行了验收``: the day the
# acceptance was held, its sentence running on past commas to 验收.
_ORGANISED_ON = re.compile(rf"于([{_CN_DIGITS}]{{4}}年[{_CN_DIGITS}]{{1,3}}月[{_CN_DIGITS}]{{1,3}}日)组织[^。；;]{{0,120}}?"
                           r"(?:验收|鉴定|结题评审)")
_PROGRAMME_WORDS = re.compile(r"计划|专项|基金|资金|工程|项目")
# (验收鉴定意见; 综合绩效评价 | （验收） | 结论书 boxed apart by OCR)
_DOC_TITLE = re.compile(r"验收(?:专家组?)?(?:鉴定)?(?:信息|情况)?(证书|意见|报告|表|单|结论[表书])|综合绩效评价(?:[（(]验收[)）])?(?:结论书?)?$|"
                        r"结题(证书|证明|意见|报告|验收表)")
# The heading of a table of the project's people (not of the experts who judged it), and
# the columns only such a table has (what each member did, in which place).
_MEMBER_TABLE = re.compile(r"研究人员|完成人员|参加人员|参与人员|成员|人员名单|完成人名单|人员情况|完成人情况|实施团队|项目团队|研发团队|"
                           r"单位及人员|骨干名单|技术骨干|参研人员")
# A member table's name column headed otherwise than 姓名 (序号 | 参与单位 | 人员), beside its 序号.
_NAME_CAPTIONS = ("人员", "成员", "参与人员", "参加人员", "完成人员", "完成人", "主要完成人", "研究人员")
_DUTY_COLUMNS = re.compile(r"分工|承担|任务|贡献|排名|排序|角色|岗位|工作内容|"
                           # (a register of the team's people: their ID numbers, which no panel of
                           # experts prints, as it prints no 签字 either then)
                           r"身份证号|证件号")
_OWN_DUTIES = re.compile(r"分工|承担|任务|贡献|工作内容")

# The category (CONTRACT §3): 实施类 (a digital line or workshop, a smart factory, a
# platform put in place) or 研发类 (new technology, a new product).  Read from the title,
# else from a labelled project type; never from the body, where both kinds of words stand
# (a platform project 自主研发 its software, an R&D project builds a 示范生产线).
_IMPLEMENTATION = re.compile(
    r"(?:数字化|智能化?|自动化|柔性|信息化|智能制造)(?:生产线|车间|工厂)(?:建设|改造|升级)?|(?:生产线|车间|工厂)(?:建设|改造|升级)|"
    # a line brought in and put up (…生产线（二期）引进、安装与调试, 产线设备安装调试)
    r"(?:生产线|产线|车间)[^，,。；;]{0,8}?(?:引进|安装|调试|交付)(?:与调试|调试|工程|项目)?$|"
    r"(?:智能化|数字化|网络化|信息化|技术)改造|技改|"
    r"(?:平台|系统)(?:建设|实施|部署|搭建|上线)|(?:两化融合|上云|信息化)(?:建设|实施)")
_RND = re.compile(r"(?:关键|核心|共性)?技术研究|研究与开发|研发|研制|新产品(?:开发|研发)?|新工艺|攻关")
# Words that lean one way without settling it (a 研究 may study a production line).
_LEANS = {"implementation": re.compile(r"生产线|车间|工厂|平台|改造|示范|产业化|推广"),
          "rnd": re.compile(r"研究|(?<!区)开发(?!区)|新技术")}
_CATEGORY_ZH = {"implementation": "实施类", "rnd": "研发类"}
_TYPE_LABELS = ["项目类别", "项目类型", "项目性质", "计划类别"]


def extract_acceptance(text: DocText) -> Fields:
    f = Fields()
    # A 课题's form (课题验收, 课题综合绩效评价) names its 项目 too: the 课题 is what was accepted.
    of_topic = "课题" in "".join(l.compact for l in text.title_lines(0.25))
    title = (labelled_value(text, ["课题名称"]) if of_topic else None) or labelled_value(text, _TITLE_LABELS)
    if title and re.search(r"[。；;]", title[0]):  # 项目名称：…检测线建设。承担单位：…: a sentence's end ends it
        title = re.split(r"[。；;]", title[0])[0], title[1]
    if title:  # a text layer's row of cells: 项目名称 …关键技术研发 立项编号 YF-2016-86
        words = title[0].split()
        cut = next((k for k, w in enumerate(words) if k and is_label(w)), None)
        if cut is not None:
            title = " ".join(words[:cut]), title[1]
        if words and is_label(words[0]):
            # a table's header row (项目编号   项目名称   承担单位   负责人   验收结论): a caption after the
            # caption, no project's title (probe CY R02)
            title = None
    # (a row whose next caption was glued on ends at it: no cell wrapping onto the next line)
    glued = title is not None and title[1] is not None and not title[1].compact.endswith("".join(title[0].split()))
    if title and title[1] is not None and not glued:  # a narrow cell wraps a long title onto the line under it
        left = value_left(title[1], title[0], cell_gap=True) if title[1].text.rstrip().endswith(title[0]) and \
            any(title[1].compact.startswith(l) for l in _TITLE_LABELS) else None
        title = cell_continued(text, title[1], left=left, value="".join(title[0].split()))[0], title[1]
        # (a cell's tail, or a cover's title wrapped onto the next underline, centred there)
        title = wrapped_value(text, title[1], title[0], _whole_title) \
            if title[0] == title[1].compact or not _whole_title(title[0]) else title
    running = _running_title(text)
    if title and running and running[0].startswith(title[0]) and 0 < len(running[0]) - len(title[0]) <= 3:
        # the cell's last characters lost (a fax, a cell's edge: …建设项 | “…建设项目”项目 in the
        # opinion's text): the title the text quotes whole
        title = running[0], title[1]
    title = title or running
    if title is None:
        # (项目：… opening its line, the label's short form on a fax's 验收意见, probe DM acc-15)
        title = next(((m.group(1).strip(), l) for l in text.lines
                      for m in [re.match(r"^\s*(?:项目|课题)\s*[:：]\s*(\S.{3,60})$", l.text)] if m), None)
    if title:
        # (a cover's title wrapped onto a second underline, 课题名称：…实时采集 | ：与边缘协同控制技术, and
        # printed whole in a later page's cell: the whole, where it goes on from the part)
        part = "".join(title[0].split())
        longer = [(v, h.line) for h in text.find_label(_TITLE_LABELS) if h.line is not title[1]
                  and (v := "".join(strip_stamps(h.value).split())).startswith(part) and len(v) > len(part) + 1
                  and not re.search(r"[:：]", v[len(part):])]
        if part and longer:
            title = max(longer, key=lambda c: len(c[0]))
        value = strip_stamps(title[0]).strip("《》“”\"")
        if re.search(r"[)）]$", value) and not re.search(r"[(（]", value):
            value = value[:-1]  # （项目名称：…） printed under a heading: its closing bracket is no part of it
        if value:
            f.set("project_title", value, title[1])
    leader = _leader(text)
    if leader:
        f.set("leader", leader[0], leader[1])
    members = _people(text, _MEMBER_LABELS) or _member_table(text, f) or _people(text, _own_member_labels(text)) \
        or _told_members(text) or placed_people(text) or _form_members(text) or None  # (第一完成人：… / 第二完成人：…; [] when half read)
    if members and members[1] is not None and not _role_run(text, members[1]):
        # (the team's other roles on the lines under, 技术骨干：温庆、冷雪 | 参加人员：应天、屈晓、全红,
        # probe CR A22: the second line lost)
        more = _roles_below(text, members[1])
        if more:
            members = (members[0] + [n for n in more if n not in members[0]], members[1])
    if members and skips_numbers(text, members[0]):
        whole = numbered_grid(text, members[0])  # a grid numbered across its rows, read down one column
        if whole is None:
            f.notes.append("项目组成员：编号不连续（只读出了部分人员），未给出")
        members = (whole, members[1]) if whole else None
    f.put("members", members)
    if not leader and members:
        f.put("leader", _leader_named_in_list(text, members[0]) or _leader_in_table(text, members[0])
              or _first_is_leader(text, members[0]))
    _set_level(text, f)
    _set_category(text, f)
    verdict = _verdict(text)
    flat = text.compact.replace("\n", "")  # (a sentence wraps anywhere)
    pending = _ACCEPTANCE_TO_COME.search(flat)
    if verdict is not None and verdict[0] and pending and not _ACCEPTED_OUTRIGHT.search(flat):
        # 同意结题。项目绩效评价及验收工作另行组织: a close, the acceptance still to come
        f.issue("warning", "acceptance_unclear",
                f"材料写明「{pending.group(0)}」：这是结题，验收尚未进行；此项暂不计，需人工核对（passed）")
        verdict = None
    f.put("passed", verdict)
    if verdict is None and unmarked_choices(text) is not None:
        # the options printed (□通过 □基本通过 □不通过), the mark in them unread
        f.issue("warning", "acceptance_unclear",
                "验收结论为勾选项，未能读出勾选的是哪一项：此项暂不计，需人工核对（passed）")
    elif verdict is None and (conclusion := _UNDECIDED.search(text.compact)):
        # 基本通过，限期整改 / 暂缓 / 需复议: passed or not is for a person to say; not counted meanwhile
        f.issue("warning", "acceptance_unclear",
                f"验收结论读作「{conclusion.group(0)}」，未能判定是否通过：此项暂不计，需人工核对（passed）")
    if verdict is not None and _inferred_tick(text, verdict[1]):
        # Decisive, and not read but inferred (a ☑ misread as □ would turn it round): a person looks.
        f.issue("warning", "low_ocr_confidence",
                "验收结论的勾选框未读出：按另一选项读出的空框（□）推断为"
                + ("「通过」" if verdict[0] else "「不通过」") + "，需人工核对（passed）")
    asked = next((l.compact for l in text.title_lines(0.3) if _ASKED.search(l.compact)), None)
    if asked and verdict is None:
        # a 验收申请报告 asks for the acceptance (…现申请组织验收): the day it was signed is no
        # acceptance's, and none has been held (probe DR A15 gave it as the acceptance date)
        f.issue("warning", "acceptance_unclear",
                f"材料是「{asked[:20]}」，是验收申请，尚未验收：落款日期不是验收日期，此项暂不计（passed）")
    else:
        f.put("acceptance_date", _acceptance_date(text))
    # (whatever the verdict read here: a tick read again later may pass it)
    own = _self_organised(text) if (verdict is None or verdict[0]) and f.values.get("level") not in (None, "enterprise") else None
    if own is not None:
        # a programme's project its own holder accepted (验收组织方式：项目承担单位自行组织验收): no
        # acceptance by the body that set it (第十五条（二）1: 通过相应行业主管部门认定或验收合格)
        f.set("self_accepted", True, own[1])
        f.issue("warning", "acceptance_unclear",
                f"验收由项目承担单位自行组织（{own[0]}），不是项目下达部门或行业主管部门组织的验收：此项暂不按通过验收计，需人工核对（self_accepted）")
    f.put("investment_wan", _investment(text))
    used = _in_use(text)
    f.put("in_use", used)  # (in production or use: what backs an 应用, ``_backs``)
    f.put("benefit", used or _benefit(text))
    if verdict is not None and verdict[0] and "鉴定" in text.compact and f.values.get("level") not in (None, "enterprise"):
        # an appraisal passed (鉴定意见：同意通过鉴定) by a government body's experts: 通过主管部门鉴定
        f.set("appraised", True, verdict[1])
    return f


# 项目总投资1500万元, 计划总投资：1.2亿元, 实际完成投资 1320.5 万元: the project's investment,
# which a 破格 route counts (第十三条（三）4: 投资额在2000万元以上).
_INVESTMENT = re.compile(r"(实际(?:完成)?投资|完成投资|累计投资|(?:项目)?(?:计划)?总投资|投资总额|总投入|投资额)(?:额|金额)?"
                         r"(?:为|达|约|共计?)?[:：]?\s*(?:人民币)?\s*([\d,，.]+\s*(?:万元|亿元|元)|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元整]{3,})")


# What the acceptance says the result already does (第十一条（二）2: 投入生产或应用): it is in use or
# production, or it brought sales of its own — never what it will do (将投入, 拟推广, 尚未投入).
_IN_USE = re.compile(r"(?<![将拟待未])(?<!尚未)(?<!即将)(?:已|并|现已)?(?:投入(?:使用|生产|应用|运行|批量生产)|"
                     r"(?:已|并)(?:在[^。；;]{1,20})?(?:推广应用|应用于|批量应用|实现(?:了)?(?:批量)?(?:生产|应用|销售))|"
                     # (已在公司三条产线应用，…: in use where it says, the clause ending there)
                     r"(?:已|并)在[^。；;，,]{1,20}?(?:应用|使用|运行)(?=[，,。；;])|"
                     r"新增(?:销售收入|产值|营收|利润)[^。；;]{0,6}?\d[\d.,]*\s*万元|"
                     # (a saving in figures is an economic benefit too: 节约维修成本约380万元)
                     r"(?:节约|节省|降低|减少)[^。；;，,]{0,12}?(?:成本|费用|支出)[^。；;]{0,6}?\d[\d.,]*\s*万元)")


# 社会效益：改善了劳动条件，培养骨干20名… — a benefit the acceptance states under its own label
# (第十三条（二）2 asks 经济或社会效益; either one), or 取得了良好的社会效益; never 效益情况：暂未产生…
_BENEFIT_LABEL = re.compile(r"(?<!是否)(?<!是否取得)(?<!有无)(?:经济|社会|经济和社会|经济社会|社会和经济)效益(?:分析|情况)?[:：]\s*(?P<what>[^。；;]{6,})")
_BENEFIT_GAINED = re.compile(r"(?<!是否)(?:取得|产生|带来|创造)了?(?:良好|显著|较好|明显|可观|较大|巨大)的?(?:经济|社会|经济和社会|经济社会|社会和经济)效益")
_NO_BENEFIT = re.compile(r"^(?:无|暂无|暂未|尚未|未|没有|不明显|预计|预期|将|拟|待|有望|否)|暂未|尚未|未产生|未取得|无明显|不明显|"
                         r"有待|待进一步|预计|预期|有望|可望|投产后|建成后|推广后|实施后|不适用|不产生|无直接|"
                         r"试运行阶段|尚处于")


def _benefit_said(body: str) -> re.Match | None:
    """Where the acceptance states a benefit in words: under 经济效益：/社会效益： with nothing
    that denies or defers it, or 取得了良好的社会效益 not said of the future.

    >>> bool(_benefit_said("社会效益：改善了一线工人的劳动条件，培养技术骨干20名。"))
    True
    >>> _benefit_said("效益情况：项目成果目前仅在公司内部小范围试用，暂未产生经济效益或社会效益。")
    >>> _benefit_said("经济效益：预计投产后年增收500万元。"), _benefit_said("项目建成后将取得良好的社会效益。")
    (None, None)
    >>> _benefit_said("社会效益：项目尚处于试运行阶段，社会效益有待进一步观察。"), _benefit_said("是否取得显著经济效益：否")
    (None, None)
    >>> _benefit_said("经济效益分析：不适用（本项目为共性技术研究，不产生直接经济效益）。")
    """
    for match in _BENEFIT_LABEL.finditer(body):
        if not _NO_BENEFIT.search(match.group("what")):
            return match
    for match in _BENEFIT_GAINED.finditer(body):
        clause = re.split(r"[。；;，,]", body[max(0, match.start() - 30):match.start()])[-1]
        if not re.search(r"将|拟|计划|预计|预期|有望|尚未|未|可(?!靠)|能够|建成后|投产后|是否|有无", clause):
            return match
    return None


def _in_use(text: DocText) -> tuple[bool, TextLine] | None:
    """``benefit``: True where the acceptance says the result is in use or production, or
    brought sales (…已在公司三条焊装线投入使用, 新增销售收入860万元); unset where it says
    neither (a page silent on it decides nothing).

    >>> from extractor.model import Line, Page, ReadResult
    >>> def said(row):
    ...     doc = DocText(ReadResult("t", "0" * 64, [Page(1, 1000, 1400, "text_layer", [Line(row, (100, 100, 900, 130))])]))
    ...     found = _in_use(doc)
    ...     return found[0] if found else None
    >>> said("样机已在公司三条焊装线投入使用，新增销售收入860万元"), said("样机将于明年投入使用"), said("尚未投入生产")
    (True, None, None)
    >>> said("成果已在公司三条产线应用，节约维修成本约380万元。"), said("预计可节约维修成本约380万元。")
    (True, None)
    >>> said("项目全面投产后，每年可节约能源成本约200万元。")
    >>> said("样机已在实验室台架上稳定运行，各项指标达到任务书要求。")
    """
    body, starts = running_text(text)
    for match in _IN_USE.finditer(body):
        clause = re.split(r"[。；;，,]", body[max(0, match.start() - 30):match.start()])[-1]
        # (将于明年投入使用: not yet; 投产后，每年可节约…: what it could do, once in production)
        sentence = re.split(r"[。；;]", body[max(0, match.start() - 40):match.start()])[-1]
        whole = sentence + body[match.start():match.end() + 20].split("。")[0]
        if not re.search(r"将|拟|计划|预计|预期|有望|尚未|待|未|如|可(?!靠)|能够", clause) \
                and not (re.search(r"(?:投产|建成|实施|推广|应用|完成)后", sentence)
                         and not re.search(r"已|目前|截至", sentence + match.group(0))) \
                and not _ON_THE_BENCH.search(whole):
            return True, line_at(starts, match.start())
    return None


def _benefit(text: DocText) -> tuple[bool, TextLine] | None:
    """``benefit`` (经济或社会效益): the result in use or production (``_in_use``), or a benefit
    the acceptance states in words (``_benefit_said``)."""
    body, starts = running_text(text)
    said = _benefit_said(body)
    return _in_use(text) or ((True, line_at(starts, said.start())) if said is not None else None)


# A prototype running in the lab (样机已在实验室台架上稳定运行, 在试验台上运行): no use in production.
_ON_THE_BENCH = re.compile(r"实验室|台架|试验台|测试台|仿真环境|模拟环境|样机(?:已)?在[^。；;]{0,8}?(?:测试|试验)")


def _investment(text: DocText):
    """The investment the document prints, in 万元: the one actually made where a plan and
    its outcome both are (计划总投资 … 实际完成投资 …), else the only one; two different ones
    of a kind give none.

    >>> from tests.typed_certificates import _result
    >>> from extractor.text import DocText
    >>> _investment(DocText(_result("项目总投资1500万元，其中设备投资900万元。")))[0]
    1500.0
    >>> _investment(DocText(_result("计划总投资2600万元，实际完成投资2130.5万元。")))[0]
    2130.5
    """
    body, starts = running_text(text)
    found = [(m.group(1), parse_amount_wan(m.group(2)), m.start(2)) for m in _INVESTMENT.finditer(body)]
    found = [(kind, wan, at) for kind, wan, at in found if wan]
    actual = [(wan, at) for kind, wan, at in found if "实际" in kind or "完成" in kind or "累计" in kind]
    chosen = actual or [(wan, at) for kind, wan, at in found]
    if not chosen or len({wan for wan, _ in chosen}) != 1:
        return None
    return chosen[0][0], line_at(starts, chosen[0][1])


# A title cut by its cell's edge ends on a word that needs more (…工艺优化与 | 智能编程系统开发).
_OPEN_END = re.compile(r"(?:与|和|及|暨|并|或|的|之|、|在|对|基于|面向|关于|[（(“《])$")


def _whole_title(value: str) -> bool:
    """A project's title is whole unless it ends on a word that needs more."""
    return not _OPEN_END.search(value.strip())


# 关于减速器壳体…应用项目项目验收的批复: a reply's title names the project it accepts.
# (关于压铸车间数字化改造项目的验收意见: the opinion's own heading names it too)
# (关于同意…项目通过验收的批复, probe EF r4c; or the opinion's own heading, …改造项目验收意见)
_REPLY_TITLE = re.compile(r"^关于(?:对|同意)?([\u4e00-\u9fff（）()A-Za-z0-9“”\-]{4,60}?(?:项目|课题))(?:项目|课题)?(?:结题)?"
                          r"(?:(?:通过)?验收(?:意见)?的(?:批复|复函|通知)|的验收(?:意见|结论|报告))$|"
                          r"^([\u4e00-\u9fff（）()A-Za-z0-9“”\-]{4,60}?(?:项目|课题))(?:结题|竣工)?验收(?:意见|结论|报告|证书)书?$")


def _running_title(text: DocText) -> tuple[str, TextLine] | None:
    found = running_match(text, _QUOTED_TITLE)
    if not found:
        for line in text.title_lines():
            reply = _REPLY_TITLE.match(line.compact)
            if reply:
                return (reply.group(1) or reply.group(2)).strip("“”"), line
        return None
    match, line = found
    return match.group(1) or match.group(2) or match.group(3) or match.group(4), line


# Any label that names the project's people, in whatever words the form has (项目承担人员：,
# 课题实施人员：, 技术骨干成员：): it opens its line, ends in 人员/成员 with a colon, and is about
# no other people (专家, 验收组, 单位 …).
_OWN_MEMBER_LABEL = re.compile(rf"^[{CJK}]{{0,8}}(?:人员|成员|团队|骨干)(?:名单)?(?:[(（][^)）]{{0,12}}[)）])?[:：]")
_OTHER_PEOPLE = re.compile(r"专家|验收|评审|评议|鉴定|联系|财务|管理|单位|法定|企业|签字")


def _own_member_labels(text: DocText) -> list[str]:
    """The member labels this document uses that the known ones (``_MEMBER_LABELS``) miss.

    >>> from extractor.model import Line, Page, ReadResult
    >>> doc = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 600, 800, "ocr", [
    ...     Line("项目承担人员：", (50, 100, 200, 120)), Line("验收专家组成员：", (50, 300, 200, 320))])]))
    >>> _own_member_labels(doc)
    ['项目承担人员']
    """
    found = []
    for line in text.lines:
        match = _OWN_MEMBER_LABEL.match(line.compact)
        if match:
            label = re.sub(r"[(（][^)）]*[)）]$", "", match.group(0)[:-1])
            if len(label) >= 3 and not _OTHER_PEOPLE.search(label) and label not in found:
                found.append(label)
    return found


def _heading_hits(text: DocText, labels: list[str]):
    """Hits of ``labels`` that head a value, with what follows them: a separator (a note in
    brackets may come first: 主要完成人员（排名不分先后）：), a space (``项目负责人 上官茂``),
    or the end of a line the label opens (its value in the cell beside or under it).  Not
    a label inside a word (项目组成员名单, a table's heading) or at the end of a table row
    (``1 上官茂 … 项目负责人``: a duty), nor on a line about other people (验收专家组成员)."""
    hits = sorted(text.find_label(labels), key=lambda h: (not DocText._separated(h), not h.exact, h.line.index))
    for hit in hits:
        before = hit.line.compact[:hit.start]
        if hit.label.startswith(("项目", "课题")) and before in ("企业", "公司", "单位", "本单位"):
            before = ""  # an enterprise's own project team (企业项目团队): the project's, its label whole
        if any(w in before[-4:] for w in _NOT_PROJECT_PEOPLE):
            continue
        rest = hit.line.compact[hit.end:]
        # (or what the list gives beside each name: 课题组主要成员及分工：)
        note = re.match(r"(?:[(（][^)）]{0,12}[)）]|(?:及|和|及其)(?:分工|任务分工|承担任务|任务))?[:：;；]", rest)
        if note:
            value = text_after(hit.line, hit.end + note.end()).strip()
            above = line_above(text, hit.line)
            opened = (above.compact if above is not None and above.page == hit.line.page else "") + before
            if len(re.findall("[(（]", opened)) > len(re.findall("[)）]", opened)):
                # a notice's sentence gives the team in brackets (…项目（项目负责人：温子明，项目组成员：
                # 简宁、冯德伦、水若寒）于…进行了验收): the list ends where the brackets close
                closed = re.search("[)）]", value)
                value = value[:closed.start()] if closed else value
            yield hit, value
            continue
        # (the note's words all on the next line, 项目主要研制人员( | 按贡献大小排序), probe DU b3)
        under = line_below(text, hit.line, 1.5) if re.fullmatch(r"[(（][^)）]{0,10}", rest) else None
        wrapped = rest + (under.compact if under is not None and re.fullmatch(r"[^()（）:：]{0,12}[)）]", under.compact) else "")
        if rest == "" or re.fullmatch(r"(?:及|和)其?(?:所在|工作)?单位", rest) \
                or re.fullmatch(r"[(（][^)）]{0,14}[)）]?", wrapped) and re.search("贡献|排序|排名|先后|顺序", wrapped):
            # (a caption whose note on the order its cell wrapped: 主要完成人员(按贡献 | 排序), probe CW P06)
            # (项目主要参加人员及单位 over the names and a row of their units: a caption too)
            if not before or _SECTION_NUMBER.fullmatch(before):
                yield hit, ""
        elif hit.line.text[original_index(hit.line.text, hit.end) - 1].isspace():
            yield hit, text_after(hit.line, hit.end).strip()
        elif (not before or _SECTION_NUMBER.fullmatch(before) or before[-1:] in ";；") and _glued_names(rest):
            # 项目组成员张伟、王芳: the colon lost; 组长褚遂良；组员虞世南、欧阳询: a team's line in parts
            yield hit, text_after(hit.line, hit.end).strip()


def _untitled(line: str) -> str:
    """A line of names with each one's title in brackets after him, the titles taken out, and
    the bracket a wrap cut open at either end too (…、马丽华（高级工 | 程师）、依力哈木·沙比尔…).

    >>> _untitled("令狐明(副教授)、石书瑶(工程师)、马丽华(高级工"), _untitled("程师)、依力哈木·沙比尔(助理工程师)")
    ('令狐明、石书瑶、马丽华', '依力哈木·沙比尔')
    """
    line = TITLED.sub("", line)
    line = re.sub(r"[（(][^（()）]{0,12}$", "", line)
    return re.sub(r"^[^（()）、，,；;]{0,8}[)）][、，,；;]?", "", line)


def _glued_names(rest: str) -> bool:
    """What OCR glued to a label that opens its line is its value when it is names only,
    each after a common surname (项目组成员名单, 课题组成员共计 are no names)."""
    names = plain_names(rest)
    return bool(names) and all(has_surname(n) and len(n) <= 4 for n in names) \
        and (len(names) >= 2 or bool(re.fullmatch(f"[{CJK}]{{2,3}}", rest)))


def _value_start(text: DocText, hit, value: str) -> tuple[str, TextLine] | None:
    """Where a label's value begins: on its line, else in the cell to its right or on the
    line under it (a caption alone on its line)."""
    if value:
        return value, hit.line
    # (a label whose note on the order wrapped to the line under it, 项目主要研制人员( | 按贡献大小排序),
    # the names' cell centred on the two: the cell right of them, probe DU b3)
    note = line_below(text, hit.line, 1.5) if re.fullmatch(r"[(（][^)）]{0,10}", hit.line.compact[hit.end:]) else None
    if note is not None and re.fullmatch(r"[^()（）:：]{0,12}[)）]", note.compact):
        top, bottom, edge = box(hit.line)[1], box(note)[3], max(box(hit.line)[2], box(note)[2]) - 2
        cells = sorted((l for l in text.lines if l.page == hit.line.page and box(l)[0] >= edge
                        and top <= (box(l)[1] + box(l)[3]) / 2 <= bottom), key=lambda l: box(l)[0])
        if cells and not LABEL_START.match(cells[0].compact):
            return cells[0].text, cells[0]
    # (or a cell level with some of the label only: 项目组成员 over its note (按贡献大小排序) left
    # of a cell of two lines, its first a little below the label's middle, probe DE A09)
    beside = sorted((l for l in text.lines if l is not hit.line and _beside_label(l, hit.line)), key=lambda l: box(l)[0])
    cell = right_of(text, hit.line, slack=0.5 * hit.line.line.height) or (beside[0] if beside else None) \
        or value_below(text, hit.line)
    if cell is None:
        spanning = _spanning_below(text, hit.line)
        return (spanning.text, spanning) if spanning is not None else None
    if LABEL_START.match(cell.compact):  # a short value (邱晶宇) looks like a caption
        return None
    return cell.text, cell


def _spanning_below(text: DocText, label: TextLine) -> TextLine | None:
    """The line under a caption centred over a cell as wide as the form (参研人员 over 沈新浩
    孔诚岩 … | 谢 毅 …, probe CJ P05): it starts left of the caption and runs on under it (the
    cell's text set from its left edge, probe CL N3)."""
    below = next_line(text, label, 5.0)  # (a form's row is taller than its words: up to four lines of gap)
    if below is None:
        return None
    # (OCR boxes a row's names one by one: the row reaches as far as its last box, and a box of one
    # name is no caption there, probe CN E5-6)
    after = [l for l in row_of(text, below) if box(l)[0] > box(below)[0]]
    if is_caption(below) and not after:
        return None
    right = max([box(below)[2]] + [box(l)[2] for l in after])
    if not (box(below)[0] < box(label)[0] and right > box(label)[0] + label.line.height):
        return None
    return below


def _numbered_rows(text: DocText, first: TextLine) -> list[str] | None:
    """The names of rows numbered 1, 2, 3 … one to a line, each number then the name then
    what else the row holds (1 罗佳慧 高级工程师 重庆…有限公司), from ``first`` on; None unless two
    rows or more, each with a name after its number.

    >>> from tests.typed_pages import doc, page
    >>> d = doc(page("1 罗佳慧 高级工程师 重庆云川智造科技有限公司", "2 唐文杰 工程师 重庆云川智造科技有限公司", "四、验收意见"))
    >>> _numbered_rows(d, d.lines[0])
    ['罗佳慧', '唐文杰']
    """
    names: list[str] = []
    for line in text.lines[first.index:]:
        words = line.text.split()
        if len(words) < 2 or words[0] != str(len(names) + 1) or line.page != first.page:
            break
        if not (is_name(words[1]) and has_surname(words[1])):
            return None  # (a row whose name is unread: the places after it unsure)
        names.append(words[1])
    return names if len(names) >= 2 else None


def _people(text: DocText, labels: list[str]) -> tuple[list[str], TextLine] | None:
    """The names a label heads, continued over the lines the list wraps onto (at the
    margin or indented), all of them or none (``_list_of_members``).  When the names
    stand in the cell beside a label, the list begins at the top of that cell: a form
    centres its label on a value of several lines."""
    for hit, value in _heading_hits(text, labels):
        # (numbered cells under the label, each name with its unit: 1. 乔思远（重庆大学） 2. 戚晓明（长安汽车）
        # / 3. …, probe DM acc-13 — by their numbers, before a reading by units takes one column)
        below = None if value else next_line(text, hit.line)
        numbered = numbered_block(text, below) if below is not None and re.match(r"\s*1\s*[.、．]", below.text) else None
        if numbered:
            return numbered, below
        # (or a text layer's rows under a section's heading, 三、项目主要完成人员 over 1 罗佳慧 高级工程师 重庆…
        # and 2 唐文杰 …, no table's header, probe EJ m02)
        rows = _numbered_rows(text, below) if below is not None and re.match(r"\s*1\s+\S", below.text) else None
        if rows:
            return rows, below
        if not value and below is not None and "姓名" in "".join(below.text.split()) \
                and len(below.text.split()) + len(row_of(text, below)) >= 3:
            continue  # (a table's header under the label, 序号 姓名 职称 工作单位: the table's reading, probe EB37)
        grid = None if value else name_grid(text, hit.line)  # one name to a cell, row after row
        if grid:
            return grid, hit.line
        roles = None if value else _role_lines(text, hit.line) or _names_with_tasks(text, hit.line)
        if roles:
            return roles, hit.line
        each = None if value else _names_beside_units(text, hit.line) or _names_after_units(text, hit.line) \
            or _names_right_of_units(text, hit.line)
        if each:
            return each, hit.line
        # (one a line under the label alone, each with his title before or after: 高级工程师 陈静, probe CS)
        # (not a numbered list's: its numbers give the order, 1. 王博 高级工程师 4. 张伟 工程师)
        titled = None if value else (below := next_line(text, hit.line)) is not None \
            and not re.match(r"\s*[(（]?\d", below.text) and titled_column(text, below)
        if titled:
            return titled, hit.line
        start = _value_start(text, hit, value)
        if start and start[1] is not hit.line and (same_row(start[1], hit.line) or _beside_label(start[1], hit.line)):
            # (each name's title in brackets after it: 慕容书瑶（正高）；邓景行（高工）；丁思远（副教 | 授）；…)
            top = cell_top(text, start[1], hit.line, lambda t: bool(plain_names(_untitled(t).rstrip("、，,；; ")))
                           or names_line(_untitled(t), False))
            names = cell_list(text, top, hit.line) or cell_list(
                text, top, hit.line, fits=lambda t, g: names_line(_untitled(t), g) or bool(re.match(r"^[^（(]{0,4}[)）]", t)),
                read=lambda v: plain_names(TITLED.sub("", v)))
            if names:
                return names, top
            continue
        # (numbered cells in columns, 1–6 down the left, 7–12 down the right, each with a title beside it)
        names = (not value and start and numbered_block(text, start[1])) or \
            (_list_of_members(text, start[1], start[0]) if start else None)
        if names:
            return names, start[1]
        by_unit = people_by_unit(paragraph(text, start[1], start[0], limit=6, rows=False)) if start and start[0] else None
        if by_unit:  # 主要参加人员：重庆邮电大学胡少卿、姜斌；重庆…公司傅秀英、…
            return by_unit, start[1]
    return None


# (the team's own roles only: 监理人员, 用户方负责人, 第三方测试人员 are other parties')
_NAME_TASK = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,12})\s*(?:[—－-]{1,2}|[:：])\s*\S")


def _names_with_tasks(text: DocText, heading: TextLine) -> list[str] | None:
    """One member a line under the heading, each with his task after a dash (徐岚——数字孪生模型构建
    | 万永红——寿命预测算法 …): the names, in order; two lines at least, every one a name."""
    names: list[str] = []
    line = heading
    while (line := next_line(text, line)) is not None:
        match = _NAME_TASK.match(line.text.strip())
        name = match.group("name") if match else None
        if not name or plain_names(name) != [name] or not (labelled_surname(name) or "·" in name):
            break
        names.append(name)
    return names if len(names) >= 2 else None


_ROLE_LINE = re.compile(r"^(?P<role>(?:项目|课题|技术|研发|主要|副|项目组|课题组|子课题)?(?:主要)?"
                        r"(?:负责人|组长|副组长|主持人|参加人员?|参与人员?|完成人员?|研究人员|研发人员|成员|骨干|组员))"
                        r"(?:[(（][^)）]{0,12}[)）])?\s*(?:[:：]|\s)(?P<value>.*)$")


def _role_lines(text: DocText, heading: TextLine) -> list[str] | None:
    """A heading over the team given role by role, each role a line of its own (项目主要研究人员： |
    项目负责人：罗宇航 | 技术负责人：雷明 | 主要参加人：夏侯诗涵、蔡磊、… wrapping): the team is all
    of them, in the order printed.  Two roles at least, one of them its head's; a line about
    other people (验收专家组成员) ends it.

    >>> from extractor.model import Line, Page, ReadResult
    >>> doc = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", [
    ...     Line("项目主要研究人员：", (100, 100, 400, 130)), Line("项目负责人：罗宇航", (120, 150, 400, 180)),
    ...     Line("技术负责人：雷明", (120, 200, 380, 230)), Line("主要参加人：夏侯诗涵、蔡磊、吴海燕、", (120, 250, 800, 280)),
    ...     Line("余庆丰、苏红梅", (100, 300, 340, 330)), Line("验收结论：同意通过验收。", (100, 350, 600, 380))])]))
    >>> _role_lines(doc, doc.lines[0])
    ['罗宇航', '雷明', '夏侯诗涵', '蔡磊', '吴海燕', '余庆丰', '苏红梅']
    """
    run = _role_run(text, heading)
    if run is not None:
        return run
    names: list[str] = []
    roles: list[str] = []
    line = heading
    while (line := next_line(text, line)) is not None:
        match = _ROLE_LINE.match(line.text.strip())  # (its caption then a colon, or a space: 项目负责人  罗宇航)
        if match and not _OTHER_PEOPLE.search(match.group("role")):
            listed = _list_of_members(text, line, match.group("value").strip())
            if not listed:
                return None
            roles.append(match.group("role"))
            names += listed
        elif not roles or not names_line(line.text, False):  # (a wrapped list's lines read with its first)
            break
    return names if _a_team(roles, names) else None


def _a_team(roles: list[str], names: list[str]) -> bool:
    """Roles read as a project's team: two at least, one of them its head's, nobody twice."""
    return len(roles) >= 2 and any(re.search("负责人|组长|主持人", r) for r in roles) and len(set(names)) == len(names)


# A role of someone outside the team, after the team's own roles in a paragraph: the user's or
# the client's representative, the supervisor, an expert.
_OTHERS_ROLE = re.compile(r"(?:用户|业主|甲方|乙方|委托方|建设单位|使用单位|客户)?(?:代表|联系人)\s*[:：]|"
                          r"(?:工程)?监理(?:单位|工程师|人员)?\s*[:：]|(?:验收|评审)?专家(?:组)?(?:组长|成员)?\s*[:：]")


def _role_run(text: DocText, heading: TextLine) -> list[str] | None:
    """The team given role by role in one paragraph under its heading, the roles parted by
    semicolons (八、项目团队 | 项目负责人：韩怀瑾；技术骨干：汤诗涵、努尔兰·别克；参与人员：郑 | 明、…):
    all of them, in order.  Two roles at least, one of them its head's; every part a role and
    its names, else None.

    >>> from extractor.model import Line, Page, ReadResult
    >>> doc = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer", [
    ...     Line("八、项目团队", (68, 147, 143, 158)), Line("项目负责人:韩怀瑾;技术骨干:汤诗涵、努尔兰·别克;参与人员:郑", (93, 169, 516, 181)),
    ...     Line("明、令狐超、龙启明。", (69, 191, 228, 203))])]))
    >>> _role_run(doc, doc.lines[0])
    ['韩怀瑾', '汤诗涵', '努尔兰·别克', '郑明', '令狐超', '龙启明']

    Other parties' roles among the team's are not the team (用户代表：刘敏；监理：赵丽):

    >>> doc = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer", [
    ...     Line("八、项目团队", (68, 147, 143, 158)), Line("项目负责人:韩怀瑾;技术骨干:汤诗涵;参与人员:郑明;用户代表:刘敏;监理:赵丽。", (93, 169, 516, 181))])]))
    >>> _role_run(doc, doc.lines[0])
    ['韩怀瑾', '汤诗涵', '郑明']
    """
    first = next_line(text, heading)
    if first is None or not _ROLE_LINE.match(first.text.strip()) or not re.search(r"[;；]", first.text):
        return None
    names: list[str] = []
    roles: list[str] = []
    for part in re.split(r"[;；]", paragraph(text, first, first.text.strip(), limit=4)):
        part = part.strip().rstrip("。.")
        if not part:
            continue
        match = _ROLE_LINE.match(part)
        if match is None and roles and _OTHERS_ROLE.match(part):
            continue  # (another party's role among the team's: 用户代表：刘敏；监理：赵丽)
        listed = plain_names(match.group("value").strip().rstrip("、，,")) if match else None
        if not listed or _OTHER_PEOPLE.search(match.group("role")):
            return None
        roles.append(match.group("role"))
        names += listed
    return names if _a_team(roles, names) else None


def _form_members(text: DocText) -> tuple[list[str], TextLine] | None:
    """A form's row captioned only 成员 (or 组员), under its 主持人 or 负责人 row, its cell of
    names parted by spaces (主持人 | 郝建 over 成员 | 邬红 姬鹏 杭小雨, probe CR A19): a word too
    plain to be a label anywhere else."""
    for line in text.lines:
        if line.compact not in ("成员", "组员", "项目成员", "课题成员"):
            continue
        above = line_above(text, line, max_gap=1.5)
        if above is None or not re.fullmatch(r"(?:项目|课题)?(?:主持人|负责人)", above.compact):
            continue
        cell = right_of(text, line)
        names = plain_names(strip_stamps(cell.text)) if cell is not None else None
        if names and all(is_name(n) for n in names):
            return names, cell
    return None


def _roles_below(text: DocText, line: TextLine) -> list[str]:
    """The names of the team's roles on the lines under ``line``, one role a line, each flush with
    it (技术骨干：… | 参加人员：… | 主要成员：…), in order, up to the first line that is no team
    role's; a role another party's (验收专家, 联系人) or a list half read ends them."""
    names: list[str] = []
    at = line
    while (below := line_below(text, at, 1.5)) is not None and abs(box(below)[0] - box(line)[0]) <= line.line.height:
        match = _ROLE_LINE.match(below.text.strip())
        if match is None or _OTHER_PEOPLE.search(match.group("role")) or re.search("负责人|组长|主持人", match.group("role")):
            break
        listed = plain_names(strip_stamps(match.group("value")).strip().rstrip("。.、，,"))
        if not listed:
            break
        names += listed
        at = below
    return names


def _beside_label(cell: TextLine, label: TextLine) -> bool:
    """``cell`` stands right of ``label`` and level with some of it: a label centred on a
    value of two lines is level with neither quite (项目参加人员 between its two lines)."""
    x0, y0, x1, y1 = box(label)
    return box(cell)[0] >= x1 - 2 and box(cell)[1] < y1 and box(cell)[3] > y0 and cell.page == label.page


_OWN_UNIT = re.compile(r"(?:大学|学院|学校|公司|集团|研究院|研究所|设计院|研究中心|中心|局|委员会|医院)$")


def _names_beside_units(text: DocText, label: TextLine) -> list[str] | None:
    """A label with nothing after it, then one person a line with his unit beside him
    (参与人员： | 陆秀夫  重庆空港智能装备有限公司 | 张世杰  …): the names, in order; two
    at least, every line so, else None."""
    names: list[str] = []
    lone: list[str] = []  # (a row whose unit and title a seal took: its name alone, kept if a full row follows)
    first_x = 0.0  # (where the names stand: the first row's)
    line = label
    while (below := next_line(text, line)) is not None and below.page == label.page:
        parts = below.text.split()
        row = row_of(text, below) if len(parts) == 1 else []
        if names and len(parts) == 1 and not row and plain_names(parts[0]) == [parts[0]] \
                and abs(box(below)[0] - first_x) <= below.line.height:
            lone.append(parts[0])
            line = below
            continue
        # (OCR boxes each cell: the row's cells right of the name)
        cells = sorted((l for l in row if box(l)[0] >= box(below)[2] - 2), key=lambda l: box(l)[0])
        parts += [l.text for l in cells]
        person = parts[0] if len(parts) >= 2 else None
        # (his title may follow the unit: 杨娜   重庆大学   正高级工程师)
        unit = re.sub(rf"{TITLE_WORD}$", "", "".join(parts[1:]))
        # (or a seal over the unit's end took its last letters: 重庆荣昌智造装备有限公 | 及工程师)
        if person is None or plain_names(person) != [person] or not (
                _OWN_UNIT.search(unit) or names and re.match(r"[\u4e00-\u9fff]{2,}(?:有限|大学|学院|研究|集团|股份)", parts[1])):
            break
        if not names:
            first_x = box(below)[0]
        names += lone + [person]
        lone = []
        line = max([below] + cells, key=lambda l: box(l)[0])  # (the row's last cell: the next row follows it)
    return names if len(names) >= 2 else None


_UNIT_THEN_NAMES = re.compile(r"^[\u4e00-\u9fff（）()]{4,40}?(?:大学|学院|学校|公司|集团|研究院|研究所|设计院|中心|医院)"
                              r"[:：]\s*(?P<names>.+)$")


def _names_after_units(text: DocText, label: TextLine) -> list[str] | None:
    """A label with nothing after it, then each unit a line with its people after a colon
    (参加单位及人员： | 重庆合川博远电子科技有限公司：程雨轩、石燕鑫 | 重庆理工大学：朱林帅、汪雨):
    the names, in order; every line so (a unit's names wrapping onto a line of their own
    go with it), else None."""
    names: list[str] = []
    line = label
    while (below := next_line(text, line)) is not None and below.page == label.page:
        found = _UNIT_THEN_NAMES.match(below.text.strip())
        people = plain_names(found.group("names").rstrip("。；;、，, ")) if found else None
        if found is None and names:
            people = plain_names(below.text.strip().rstrip("。；;、，, "))  # (the unit's list wrapped)
        if people is None:
            break
        names += people
        line = below
    return names if len(names) >= 2 and len(set(names)) == len(names) else None


_UNIT_PIECE = re.compile(r"^[\u4e00-\u9fff（）()]{2,40}$")


def _names_right_of_units(text: DocText, label: TextLine) -> list[str] | None:
    """A label with nothing after it, then a table of two columns: each unit in its cell
    (wrapping within it: 重庆长安工业(集团) | 有限责任公司), its people in the cell beside it
    (参加单位及人员： | 重庆理工大学 | 顾亮、阿依古丽·买买提): the names, in order.  Every
    names cell stands right of a unit's piece on its row, and the unit cells, joined, end
    as units do; else None."""
    names: list[str] = []
    units: list[TextLine] = []
    line = label
    while (below := next_line(text, line)) is not None and below.page == label.page:
        compact = below.compact.rstrip("。；;、，, ")
        people = plain_names(compact)
        beside = [u for u in units if same_row(u, below) and box(below)[0] >= box(u)[2] - 2]
        if people and beside and all(has_surname(n) or "·" in n for n in people):
            names += people
        elif people is None and _UNIT_PIECE.match(compact) and not LABEL_START.match(compact):
            units.append(below)
        else:
            break
        line = below
    if len(names) < 2 or len(set(names)) != len(names):
        return None
    if not _OWN_UNIT.search(re.sub(r"[（）()]", "", units[-1].compact)) and not _OWN_UNIT.search(units[-1].compact):
        return None
    return names


# 该项目由万英阳同志负责，主要参加人员有欧阳安洋 吴旭德 谭杰远。: a reply's sentence lists them.
# An opinion's account of the meeting names them too: 项目组主要成员仝博、李娟、…、姜婷参加了会议.
_TOLD_MEMBERS = re.compile(r"(?:主要)?(?:参加|参与|完成|研究|实施|研发)人员(?:依次)?(?:有|为|包括|是)[:：]?"
                           r"|(?:项目|课题)组(?:主要)?成员(?:依次)?(?:有|为|包括|是)?[:：]?(?=[\u4e00-\u9fff]|$)"
                           # 项目团队由…组建，负责人为滕飞，核心成员包括宫雪（技术总负责）、…
                           r"|(?:核心|主要)成员(?:依次)?(?:有|为|包括|是)[:：]?"
                           # (…代表项目组（成员：谭俊凯、郑鑫…）汇报了…, probe DR A20)
                           r"|(?:项目|课题)组[（(](?:主要)?成员[:：]")
# What the sentence goes on to say of them (…姜婷参加了会议): no name.  A list that ends in 等
# (…等10人出席, …等同志组成的团队) is not all of them, and is left unread.
_TOLD_ENDS = re.compile(r"(?<!等)(?:参加|出席|列席|到会)")


# 项目组由穆清风任组长，伊凡、贝拉任副组长，成员包括尹天仇、柳飘飘、蒯大富: the whole team in order.
_NAME = r"[\u4e00-\u9fff·]{2,4}?"
_LED_TEAM = re.compile(rf"由(?P<lead>{_NAME})(?:同志)?(?:担任|任)(?:项目|课题)?(?:组长|负责人)[，,]"
                       rf"(?:(?P<deputies>(?:{_NAME}[、和及])*{_NAME})(?:同志)?(?:担任|任)副(?:组长|负责人)[，,])?"
                       rf"(?:其他|其余)?(?:主要)?成员(?:包括|有|为)[:：]?(?P<rest>(?:{_NAME}[、和及])*{_NAME})"
                       r"(?=[，,。；;]|等|共)")


def _led_team(text: DocText) -> tuple[list[str], TextLine] | None:
    """The team a sentence tells in order, its head, his deputies, then its members."""
    found = running_match(text, _LED_TEAM)
    if not found:
        return None
    match = found[0]
    if re.match(r"等", match.string[match.end():]):
        return None  # …等: not all of them
    names = [match.group("lead")] + re.split(r"[、和及]", match.group("deputies") or "") + re.split(r"[、和及]", match.group("rest"))
    names = [n for n in names if n]
    return (names, found[1]) if all(is_name(n) for n in names) and len(set(names)) == len(names) else None


def _told_members(text: DocText) -> tuple[list[str], TextLine] | None:
    """The members a sentence names, as printed (the spaces between the names kept), up to
    the sentence's end, over one line break at most; every piece a name, or none.  A team
    told from its head down (由…任组长，…任副组长，成员包括…) is all of it, in that order."""
    led = _led_team(text)
    if led:
        return led
    for line in text.lines:
        match = _TOLD_MEMBERS.search(line.compact)
        if match is None:
            continue
        value = line.text[original_index(line.text, match.end() - 1) + 1:]
        below, at = line_below(text, line), line
        for _ in range(4):  # (a long list runs on over lines to its sentence's end)
            if re.search("[。；;]", value) or below is None:
                break
            # (a list parted by 、 and cut inside a name at the line's end, 颜立 | 新: one name;
            # the label alone at the line's end, its colon and names on the next: 项目组成员 | ：卫青、…)
            inside = "、" in value and re.search(r"[\u4e00-\u9fff]$", value.strip()) or not value.strip()
            value += ("" if inside or value.rstrip().endswith(("、", "，", ",")) else "、") + below.text
            below, at = line_below(text, below), below
        value = _TOLD_ENDS.split(re.split(r"[。；;]|[,，]\s*(?:其中|另有|以上|共计|均)", value)[0])[0].strip(" 、，,:：")
        # each one's part in brackets (宫雪（技术总负责）、颜立新（工艺）), the last joined by 和
        value = re.sub(r"(?<=[\u4e00-\u9fff])\s*[（(][^（()）]{1,8}[)）]", "", value)
        # a bracket the sentence opened before the list closes it (…项目（项目负责人：霍去病；项目组成员：卫青、李广）已于…)
        value = re.split(r"[)）]", value)[0]
        if "、" in value:
            # a list parted by 、 ends at the sentence's next comma (…、从容，项目组结构合理)
            value = re.split(r"[,，]", value)[0]
        value = re.sub(r"(?<=[\u4e00-\u9fff]{2})[和及](?=[\u4e00-\u9fff]{2,4}$)", "、", value)
        counted = re.search(r"等\s*([\d一二三四五六七八九十]*)\s*[名位]?(?:同志|人)?$", value)
        if counted:
            # …毛毅等10人: not all of them, unless as many are named as it counts (…邱博文等13人, 13 named)
            names = plain_names(strip_stamps(value[:counted.start()]))
            if names and counted.group(1) and to_int(counted.group(1)) == len(names) and len(names) >= 2:
                return names, line
            continue
        names = plain_names(strip_stamps(value))
        if names and len(names) >= 2:
            return names, line
    return None


_ASKED = re.compile(r"(?:验收|结题|鉴定)申请(?:报告|书|表|函)?")


def _list_of_members(text: DocText, line: TextLine, value: str) -> list[str] | None:
    """``layout.list_of_names``: a column numbered one to a line, else a list wrapped over
    the lines under it (``layout.names_line``: a sentence or a numbered line ends it)."""
    column = numbered_column(text, line, value)  # 1.欧阳晓峰 / 2.李娟 / …, one to a line
    if column is not None:
        return column or None
    run = _numbered_run(text, line, value)
    run = _dotted_run(text, line, value) if run is None else run
    if run is not None:
        return run or None
    return plain_names(wrapped_list(text, line, strip_stamps(value), fits=names_line, limit=12))


_DOTTED_ENTRY = re.compile(r"(?<![\d.])(\d{1,2})[.、．](?!\d)")


def _dotted_run(text: DocText, line: TextLine, value: str) -> list[str] | None:
    """A list numbered 1. 2. 3. on a line, each name maybe with its unit in brackets, run on over
    the lines under it, a number or a bracket maybe left open at a line's end (…3. 林坤（…） 4. |
    雷红（…） 5. 马洋（…）, probe DR A03 read three of five): the names in their numbers' order.
    ``None`` when ``value`` is no such run, or it does not read whole (the other readings try)."""
    def bare(words: str) -> str:
        return "".join(without_brackets(words).split())

    raw = value
    found = _DOTTED_ENTRY.findall(bare(raw))
    if len(found) < 2 or found[0] != "1" or not bare(raw).startswith("1"):
        return None
    at = line
    while (below := next_line(text, at)) is not None and below.page == at.page:
        numbers = _DOTTED_ENTRY.findall(bare(below.text))
        last = _DOTTED_ENTRY.findall(bare(raw))[-1]
        # (on while a number or a bracket waits at the line's end, or the next line goes on with the
        # next number)
        waiting = re.search(r"(?<![\d.])\d{1,2}[.、．]\s*$", raw) or raw.count("（") + raw.count("(") > raw.count("）") + raw.count(")")
        if not (waiting or numbers and int(numbers[0]) == int(last) + 1 and bare(below.text).startswith(numbers[0])) \
                or re.search(r"[:：。]", below.compact):
            break
        raw += below.text
        at = below
    parts = _DOTTED_ENTRY.split(bare(raw))[1:]
    numbers, names = [int(n) for n in parts[0::2]], [p.strip("、，,；; ") for p in parts[1::2]]
    if numbers != list(range(1, len(numbers) + 1)) or not all(plain_names(n) == [n] for n in names):
        return None
    return names


_RUN_ENTRY = re.compile(r"[（(](\d{1,2})[)）]")


def _numbered_run(text: DocText, line: TextLine, value: str) -> list[str] | None:
    """A list numbered in brackets with no separator, run on over the lines under it
    ((1)夏侯睿(2)向书瑶…(10)司 | 徒娟(11)张志刚…): the names in their numbers' order, a name
    the wrap cut joined.  ``None`` when ``value`` is no such run; ``[]`` when its numbers skip or
    an entry is no name (half read)."""
    compact = "".join(value.split())
    if not re.fullmatch(r"(?:[（(]\d{1,2}[)）][^（()）]+){2,}", compact) or _RUN_ENTRY.match(compact).group(1) != "1":
        return None
    at = line
    while (below := next_line(text, at)) is not None and _RUN_ENTRY.search(below.compact) \
            and re.fullmatch(r"[^（()）:：，,。]{0,4}(?:[（(]\d{1,2}[)）][^（()）:：，,。]+)+", below.compact):
        compact += below.compact
        at = below
    parts = _RUN_ENTRY.split(compact)[1:]
    numbers, names = [int(n) for n in parts[0::2]], [strip_stamps(p) for p in parts[1::2]]
    if numbers != list(range(1, len(numbers) + 1)) or not all(plain_names(n) == [n] for n in names):
        return []
    return names


def _leader(text: DocText) -> tuple[str, TextLine] | None:
    """The first name after 项目负责人 (its title or unit may follow: 张伟 高级工程师), else the
    one a certificate's sentence names: ``由侯涛主持、…公司承担的…项目``."""
    meeting = "会议" in text.compact  # a meeting's minutes: its 主持人 chaired the meeting
    hits = list(_heading_hits(text, _LEADER_LABELS))
    if any("课题" in line.compact for line in text.title_lines()):
        # a 课题's paper (课题验收意见, 课题组成员情况表) printing its parent project's 项目负责人
        # too: the 课题负责人 leads what it is about (probe CJ P13)
        hits.sort(key=lambda hv: not hv[0].label.startswith("课题"))
    for hit, value in hits:
        if meeting and hit.label == "主持人":
            continue
        if hit.label == "负责人" and re.search(r"(?:技术|财务|质量|安全|联系|用户|甲方|企业|单位|[部科室处]|车间|中心)$",
                                               hit.line.compact[:hit.start]):
            # (项目技术负责人: a backbone, no leader who 主持 it; probe DU b3 put him first in the ranks;
            # 技术部负责人 beside the project's own, a department's head who signs it, DY pa17)
            continue
        if not value and (own := _row_person(text, hit.line)):
            # a member table's 分工 cell saying 项目负责人: the person of its row leads (probe CR A12:
            # the next row's 芦静 and her 性别 read as 芦静女)
            return own
        start = _value_start(text, hit, value)
        parts = split_people(strip_stamps(start[0])) if start else []
        if parts and is_name(parts[0]) and plain_names(parts[0]) is not None:
            return parts[0], start[1]
        typed = bracketed_name_under(text, hit.line)  # 项目负责人（签字）：<scrawl> | （唐峰）
        if typed:
            return typed, hit.line
        if not value or start and not is_name(start[0].split()[0] if start[0].split() else ""):
            # the cell under a caption alone, or a header row's (项目主持人 | 职称 | 所在学院)
            under = name_under(text, hit.line, hit.label)
            if under:
                return under
    for pattern in (_LED_BY, _LEADER_IN_TEXT, _HEAD_NAMED, _LEADER_WITH_TITLE):
        found = running_match(text, pattern)
        name = next((g for g in found[0].groups() if g), None) if found else None
        # (a rarer surname too where the role names him: 听取了课题负责人禤国荣的汇报, probe DY pa09)
        if name and is_name(name) and (has_surname(name) or pattern is _LEADER_IN_TEXT and labelled_surname(name)):
            return name, found[1]
    return None


def _row_person(text: DocText, cell: TextLine) -> tuple[str, TextLine] | None:
    """The person of a table's row whose cell ``cell`` is (1 | 贝志强 | 男 | … | 项目负责人): the
    name after the row's number at its start, left of the cell."""
    for line in sorted((l for l in row_of(text, cell) if l is not cell and box(l)[2] <= box(cell)[0] + 2),
                       key=lambda l: box(l)[0]):
        found = re.match(r"\s*\d{1,2}[.、．]?\s+([\u4e00-\u9fff·]{2,5})(?:\s|$)", line.text)
        if found and is_name(found.group(1)) and not is_label(found.group(1)):
            return found.group(1), line  # (after the row's number, whatever its surname: 贝志强)
    return None


# An expert group's opinion names him as it tells the meeting: 听取了项目负责人蒋文博的汇报,
# 项目负责人上官文博代表项目组作了汇报, 项目负责人宇文建所作的项目实施情况汇报.
# (or as it lists who came: 项目负责人东方云立，项目组主要成员…参加了会议)
_LEADER_IN_TEXT = re.compile(r"(?:项目|课题)负责人(?:为|是)?([\u4e00-\u9fff·]{2,4}?)(?:同志)?"
                             r"(?:代表|的|所作|所做|作|做|汇报|介绍|就|对|[,，、;；。])")
# (a team's head in a sentence of its own: 项目团队由企业技术中心组建，负责人为滕飞，…)
# (a university's certificate: 项目负责人为我校机械工程学院屈文博副教授, his title after him)
_LEADER_WITH_TITLE = re.compile(r"(?:项目|课题)负责人(?:为|是)(?:我校|我院|我所|我公司|我单位|本校|本院)"
                                r"(?:[\u4e00-\u9fff]{0,12}?(?:学院|研究院|系|研究所|中心|实验室|部))?([\u4e00-\u9fff·]{2,4}?)"
                                r"(?:副?教授|副?研究员|(?:正高级|高级|助理)?工程师|讲师|博士)(?:同志)?[，,。；;]")
_HEAD_NAMED = re.compile(r"(?:团队|项目组|课题组)[^。；;]{0,16}?[,，]负责人(?:为|是)([\u4e00-\u9fff·]{2,4}?)(?:同志)?[,，、;；。]")
# (…主持的会议, 主持的专家评审会: the meeting's chair, no leader of the project)
_NOT_MEETING = r"(?![\u4e00-\u9fff]{0,5}会)"
_LED_BY = re.compile(rf"由([\u4e00-\u9fff·]{{2,4}}?)(?:同志)?(?:主持|负责|牵头)(?:完成|实施|承担)?(?:[、，,]|的{_NOT_MEETING})"
                     # (a 结题证书's first words: 朱翔同志主持的…项目, 兹证明朱翔同志主持的…)
                     rf"|(?:兹证明|兹有)([\u4e00-\u9fff·]{{2,4}}?)同志主持(?:完成|实施|承担)?的{_NOT_MEETING}"
                     rf"|(?<![\u4e00-\u9fff·])([\u4e00-\u9fff·]{{2,4}})同志主持(?:完成|实施|承担)?的{_NOT_MEETING}"
                     r"|由([\u4e00-\u9fff·]{2,4}?)(?:同志)?(?:担任|任)(?:项目|课题)?(?:组长|负责人)[，,；;。]"
                     # (a works team's line: 项目实施小组：组长褚遂良；组员…)
                     r"|(?:小组|项目组|课题组)[:：]\s*组长[:：]?\s*([\u4e00-\u9fff·]{2,4}?)[，,；;、\s]")


def _leader_in_table(text: DocText, members: list[str]) -> tuple[str, TextLine] | None:
    """With no 项目负责人 label: the one member whose row of the member table names his duty
    as the project's leader (``1 曹娟萍 女 … 项目负责人``)."""
    found = []
    for line in text.lines:
        row = line.compact + "".join(l.compact for l in row_of(text, line))
        if re.search(r"负责人|项目组长|课题组长", row) and not re.search(r"专家|验收组|单位", row):
            found += [(name, line) for name in members if name in line.compact]
    names = {name for name, _ in found}
    return found[0] if len(names) == 1 else None


def _member_table(text: DocText, f: Fields | None = None) -> tuple[list[str], TextLine] | None:
    """The 姓名 column of a table of the project's people (序号 姓名 工作单位 职称 分工),
    rows in order (``layout.name_column``, which follows the table on to the next page).

    The table must be the project's, not the expert panel's that an acceptance often also
    carries: headed by words naming the project's people (主要研究人员名单, 项目组成员), or,
    with no heading, having a column only a project's table has (分工, 承担任务); a
    heading that names experts rules it out.  ``姓 名`` printed letter-spaced is 姓名."""
    for line in text.lines:
        header = _spelled_header(line)
        if line.compact in _NAME_CAPTIONS and any(l.compact == "序号" for l in row_of(text, line)) \
                and _member_header(text, line):
            names = name_column(text, line, head=line.compact)
            if len(names) >= 2:
                return names, line
            continue
        whose = _member_header(text, header) if "姓名" in header.text.split() else False
        if whose is False or whose is None and not _leader_listed(text, header, f):
            continue
        halves, other = two_name_columns(text, header) or (None, None)
        if halves is None and any(l.compact == "姓名" for l in row_of(text, header) if l is not header):
            continue  # (a table of two halves whose halves did not read alike: one half is not the list)
        if halves and other is not None and f is not None:
            # Row by row, as a reader reads it; a table of two halves may be meant down each
            # half: a place is only as good as the worse of the two readings.
            f.other_orders.append(other)
            f.issue("warning", "list_order_unclear",
                    "成员表分左右两栏、没有序号，按行从左到右读出名单；如按栏排序，排名会不同，排名按两种读法中靠后的计，请人工核对")
        names = halves or name_column(text, header)
        if names:
            return names, line
    return None


def _leader_listed(text: DocText, header: TextLine, f: Fields | None) -> bool:
    """A table under no heading and with no column of duties is the project's when its
    leader, named by his own label elsewhere (项目负责人（签字）：… （唐峰）), heads its 姓名
    column: an expert panel never counts the project's leader among its experts."""
    leader = f.values.get("leader") if f is not None else None
    names = name_column(text, header) if leader else None
    return bool(names) and names[0] == leader


def _spelled_header(line: TextLine) -> TextLine:
    """A header line with ``姓 名`` (letter-spaced print, or OCR's spacing) read as 姓名, and
    its other two-letter captions so (单 位 姓 名 职 称 分 工: ``layout.spelled_captions``)."""
    fixed = spelled_captions(line.text) if re.search(r"(?<!\S)姓\s+名(?!\S)", line.text) else line.text
    # (a caption saying how the name is set, 姓名（印刷）beside a 签字 column: the 姓名 column)
    fixed = re.sub(r"(?<!\S)姓名[（(](?:印刷|打印|正楷|楷书|工整)[)）](?!\S)", "姓名", fixed)
    if fixed == line.text:
        return line
    return TextLine(line.page, line.index, Line(fixed, line.line.box, line.line.confidence),
                    line.page_height, line.page_width)


_MEETING = re.compile(r"签到|参会|与会|出席|列席|会议")
# Who judged the project: its experts, a panel or committee of appraisal or acceptance (五、鉴定组
# 成员名单 over 组长 | 副组长 | 成员 rows: no member of the project among them).
_PANEL = re.compile(r"专家|(?:鉴定|验收|评审|评议|测试|考核)(?:专家)?(?:小?组(?!织)|委员会)")  # (验收组织单位 is who organised it)


def _member_header(text: DocText, header: TextLine) -> bool | None:
    y0, height = header.line.box[1], max(header.line.height, 1)
    row = row_of(text, header) + [header]
    left, right = min(box(l)[0] for l in row), max(box(l)[2] for l in row)
    # (over the table, not the other half of a spread: a sign-in sheet beside the minutes)
    # (a heading set tight over the table, its box touching the header row's)
    above = sorted((l for l in text.lines if l.page == header.page and l is not header
                    and -0.3 * height <= y0 - l.line.box[3] < 5 * height and l.line.box[1] < y0
                    and box(l)[2] >= left and box(l)[0] <= right), key=lambda l: y0 - l.line.box[3])
    # (the table's own first cell may say it: 项目组成员 | 姓名 | 职称 | 单位 | 签名, a caption spanning
    # its rows at their left, probe EH A09)
    first = header.text.split()[0] if header.text.split() else ""
    if first != "姓名" and _MEMBER_TABLE.search(first) and not _PANEL.search(first):
        return True
    # The nearest heading says whose table it is (主要研制人员名单 under the experts' leader's
    # signature line, 验收专家组组长（签字）: the project's).
    for line in above:
        if re.search(r"(?:签字|签名|签章)[)）]?[:：]?$", line.compact):
            continue  # (a place for the experts' chair to sign, 验收委员会主任委员（签字）：, heads no table)
        if _MEETING.search(line.compact) and (len(line.compact) <= 24 or not re.search("[，,。]", line.compact)):
            return False  # (a meeting's sign-in sheet, 验收会议签到表, 参会人员名单: all who came)
        if _MEMBER_TABLE.search(line.compact) and not _PANEL.search(line.compact):
            return True
        if _PANEL.search(line.compact) and (len(line.compact) <= 24 or not re.search("[，,。]", line.compact)):
            return False  # (a heading or a signature line of the experts', not a sentence naming them)
    columns = header.compact + "".join(l.compact for l in row_of(text, header))
    # A signature column stands in the experts' table too; with a column of duties
    # (分工, 承担任务) only a project's people sign in it.
    if _DUTY_COLUMNS.search(columns) and (not re.search("签字|签名", columns) or _OWN_DUTIES.search(columns)):
        return True
    # No heading and no duties (序号 | 姓名 | 单位 | 职称): whose it is, the rows must say
    # (``_member_table``: the project's leader among them).
    return None if not re.search("签字|签名|专家|组内职务|(?:鉴定|验收|评审)组职务", columns) else False


def _set_level(text: DocText, f: Fields) -> None:
    """The level of the programme that funds the project, else of who organised the
    acceptance (CONTRACT §2, via ``level_of``).  A name that leaves its city out
    (市经信委) is the document's city's (``home_city``): in 重庆, a municipality, 省级;
    where the document names no one city, such a name settles nothing.

    A central ministry (科学技术部, 工业和信息化部) reads as 省（部）级 for an issuer, but
    the projects it organises mostly belong to national programmes: unless the programme
    itself settles it, such a project's level is left out rather than guessed."""
    city = None
    for name, line in _level_sources(text):
        name = strip_stamps(name)
        if re.fullmatch(r"(?:区|县)级(?:项目)?", "".join(name.split())):
            # 项目级别：县级 — a county's: which county the issuer says (城口县… in 重庆 counts as
            # 地（市）级, 长兴县… in 浙江 is below it), never the address of the company that did the work
            county = next((level_of(strip_stamps(other)) for other, _ in _level_sources(text)
                           if re.search(r"[区县]", other) and other != name
                           and not re.fullmatch(r"(?:市|区|县)级(?:项目)?", "".join(other.split()))), None)
            if county is not None and county[0] is not None:
                f.set("level", county[0].value, line)
                f.notes.append(f"级别：{county[1]}")
            else:
                f.notes.append(f"级别：“{name}”" + (f"，{county[1]}" if county else "，材料未写明是哪个区县") + "，未据此定级")
            return
        if re.fullmatch(r"市级(?:项目)?", "".join(name.split())):
            # 项目级别：市级 — the level of the document's city (in 重庆, a municipality, 省级)
            place = home_city(text.text)
            if place is None:
                f.notes.append(f"级别：“{name}”未写明哪个市，材料中也看不出，未据此定级")
                continue
            level = Level.PROVINCIAL if name.startswith("市") and place in MUNICIPALITIES else Level.MUNICIPAL
            f.set("level", level.value, line)
            f.notes.append(f"级别：{name}：材料属{place}市，" + ("直辖市的市级按省级计" if level is Level.PROVINCIAL
                                                                 else "按地（市）级计"))
            return
        bare = re.match(r"市(?!级|场)", "".join(name.split())) is not None
        if bare:
            city = home_city(text.text) or "" if city is None else city
            if not city:
                f.notes.append(f"级别：“{name}”未写明哪个市，材料中也看不出，未据此定级")
                continue
        level, why = level_of(name, city=city if bare else None)
        if level is None:
            continue
        if _central_ministry(city + name if bare else name, level):
            # A ministry's project is 省（部）级 at least; whether its programme is a national one
            # the page may not say: the floor, never more (a 国家级 condition is not met on it).
            f.set("level", level.value, line)
            f.notes.append(f"级别：{why}；部委组织的项目可能属国家级计划，{MINISTRY_FLOOR}")
            return
        f.set("level", level.value, line)
        f.notes.append(f"级别：{why}")
        return
    printed = _printed_level(text)
    if printed is not None:
        f.set("level", printed[0].value, printed[1])
        f.notes.append(f"级别：表中填写为「{printed[2]}」")
        return
    company = _own_company(text)
    if company is not None:
        f.set("level", Level.ENTERPRISE.value, company)
        f.notes.append(f"级别：企业自行组织验收（{company.compact[:40]}），材料中没有政府部门，按企业级计")


def _printed_level(text: DocText):
    """The level a form prints in its 项目级别 cell (国家级, 省部级, 地市级, 企业级, as ``level_of``
    reads them), when no body named on it settles one: (level, line, as printed).  A bare 市级
    is 省级 in a 直辖市 (重庆市级科技计划) and 地（市）级 elsewhere; a place it cannot tell gives
    nothing."""
    found = labelled_field(text, ["项目级别", "项目等级", "立项级别", "项目层级"])
    if not found:
        return None
    value = "".join(found[0].split())
    options = _level_options(value)
    if options is not None:  # (its options printed: the one ticked, or nothing)
        if not options:
            return None
        value = options
    level, _why = level_of(value)
    if level is not None:
        return level, found[1], value
    if value.startswith("市级"):
        city = home_city(text.text)
        if city in MUNICIPALITIES:
            return Level.PROVINCIAL, found[1], value
        if city:
            return Level.MUNICIPAL, found[1], value
    return None


# A government body anywhere in the text: the project is no company's own (an acceptance
# committee, 验收委员会, is none).
# (and what OCR leaves of one under a seal: …通过重 | 息化委员会组织的验收 — a committee, never the
# company's own 技术委员会 or the acceptance's 验收委员会)
_GOVERNMENT = re.compile(r"人民政府|管委会|经信委|科委|(?:经济和信息化|科学技术|教育|发展和改革|工业和信息化)委员会|"
                         r"(?:信息化|科学技术|发展和改革|发展改革)委员会|(?<!验收)(?<!专家)(?<!技术)(?<!评审)(?<!学术)(?<!鉴定)委员会组织|"
                         r"[\u4e00-\u9fff]局|[\u4e00-\u9fff]厅|科学技术部|工业和信息化部|发展改革委")
_COMPANY = re.compile(r"[\u4e00-\u9fff（）()]{4,30}?(?:有限公司|有限责任公司|股份公司|集团)")


def _own_company(text: DocText) -> TextLine | None:
    """The company that accepted its own project (研发项目结题验收评分表 under its name, its
    科技管理部 signing), when no government body appears anywhere: that company's line."""
    if _GOVERNMENT.search(text.compact.replace("\n", "")):
        return None
    # (a heading of its own, never a form's value: 承担单位： | 克拉玛依…股份有限公司 undertook the project)
    # (nor a text layer's row of label and value in one line: 承担单位   重庆锐擎…有限公司)
    heads = [l for l in text.title_lines(0.25) if _COMPANY.fullmatch(strip_stamps(l.compact))
             and not re.match(r"[\u4e00-\u9fff]{0,4}单位(?:名称)?[:：]?", l.compact)
             and not any(box(o)[2] <= box(l)[0] + 2 and re.search(r"[:：]$|单位$", o.compact) for o in row_of(text, l))]
    if heads:
        return heads[0]
    organised = running_match(text, _COMPANY_ORGANISED)  # …项目，经集团公司组织专家验收
    return organised[1] if organised else None


_COMPANY_ORGANISED = re.compile(r"经((?:本|该)?(?:集团公司|集团|公司))(?:[\u4e00-\u9fff]{0,8}?)组织")


def _level_sources(text: DocText):
    """Names that may settle the level, most telling first: the programme (labelled, in
    running text, or printed above the document's title), then the organiser."""
    heads = _head_lines(text)
    for labels, sentence, programme in ((_PROGRAMME_LABELS, _RUNNING_PROGRAMME, True),
                                        (_ORGANISER_LABELS, _RUNNING_ORGANISER, False)):
        found = labelled_value(text, labels)
        if found:
            options = _level_options(found[0])
            if options is None:
                yield _commissioner(found[0]), found[1]
            elif options:
                yield options, found[1]  # the one ticked (地市级■ among 国家级□ 省部级□)
        # (受重庆市科学技术局委托，…重庆市生产力促进中心…组织召开验收会: the commissioner's, probe DE A08)
        commissioned = None if programme else running_match(text, _COMMISSIONED_BY)
        if commissioned:
            yield commissioned[0].group(1), commissioned[1]
        running = running_match(text, sentence)
        if running:
            yield _commissioner(next(g for g in running[0].groups() if g)), running[1]
        yield from ((l.compact, l) for l in heads if bool(_PROGRAMME_WORDS.search(l.compact)) == programme)
    # The authority signing at the foot (重庆市江津区科学技术局（盖章）), never the company.
    signers = [(m.group(1), l) for l in text.lines[len(text.lines) // 2:] if (m := _AUTHORITY.fullmatch(l.compact))]
    if signers:
        yield signers[-1]
    # The red head of the body that replies (西安市科学技术局文件), whose seal may hide its name at the foot.
    heads = [(m.group(1), l) for l in text.title_lines(0.2) if (m := _RED_HEAD.fullmatch(l.compact))]
    if heads:
        yield heads[0]


# A note under the list that its first is the leader: 注：第1位为项目负责人, 排名第一者为项目负责人.
_FIRST_LEADS = re.compile(r"((?:第[1一]位|排名第[1一](?:位|名)?(?:者|的)?|首位|第一名)(?:人员)?(?:为|是|系)(?:本)?(?:项目|课题)?负责人)")


def _first_is_leader(text: DocText, members: list[str]):
    found = running_match(text, _FIRST_LEADS)
    return (members[0], found[1]) if found and members else None


# 项目组成员：肖雨（项目负责人）、邱俊、…: the leader marked in the list of members.
_MARKED_LEADER = re.compile(r"([\u4e00-\u9fff·]{2,6})[（(](?:(?:项目|课题)?(?:负责人|主持人)|组长)[)）]")


def _leader_named_in_list(text: DocText, members: list[str]):
    """The one member the list marks as the leader (``肖雨（项目负责人）``, ``研究员 曾勇怡(主持人)``:
    his title before him no part of his name), or None."""
    longest = sorted(members, key=len, reverse=True)
    marked = [(name, line) for line in text.lines for m in _MARKED_LEADER.finditer(line.compact)
              for name in [next((n for n in longest if m.group(1).endswith(n)), None)] if name]
    return marked[0] if len({name for name, _ in marked}) == 1 else None


# A ministry's project given its floor, 省（部）级 (its programme may be national): the audit asks
# a person about a 国家级 claim on such a one rather than refusing it.
MINISTRY_FLOOR = "至少按省（部）级计"


_LEVEL_OPTION = re.compile(r"国家级|省部级|省（部）级|省\(部\)级|省级|地市级|地（市）级|地\(市\)级|市级|区县级|县级|区级|企业级|其他")
_TICKED = re.compile(r"[■☑√✓✔▇█]|[（(]\s*[√✓✔Vv]\s*[）)]")


def _level_options(value: str) -> str | None:
    """A 项目级别 cell printing its options (国家级□ 省部级□ 地市级■ 企业级□, 国家级（ ）省部级（√）):
    the option ticked, '' when none or several are, None when the value is no list of options.

    >>> _level_options("国家级□ 省部级□ 地市级■ 企业级□"), _level_options("国家级（ ）省部级（√）地市级（ ）")
    ('地市级', '省部级')
    >>> _level_options("国家级□ 省部级□"), _level_options("重庆市科学技术局") is None, _level_options("□国家级 ■省部级 □地市级")
    ('', True, '省部级')
    """
    found = list(_LEVEL_OPTION.finditer(value))
    if len(found) < 2:
        return None
    # (the mark after its option: 地市级■, 省部级（√）; a box printed before the first option
    # makes every mark a leading one, read then before each option)
    leading = bool(re.match(r"\s*[□■☑▇█]", value))
    ticked = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(value)
        before = value[found[k - 1].end() if k else 0:m.start()]
        after = value[m.end():end]
        if (_TICKED.search(before) if leading else _TICKED.match(after.strip())):
            ticked.append(m.group(0))
    return ticked[0] if len(ticked) == 1 else ""


def _commissioner(name: str) -> str:
    """The body that commissioned an acceptance another held for it (重庆市经济和信息化委员会委托
    重庆市智能制造研究院组织…): the programme is the commissioner's, its level too.

    >>> _commissioner("重庆市经济和信息化委员会委托重庆市智能制造研究院"), _commissioner("重庆市科学技术局")
    ('重庆市经济和信息化委员会', '重庆市科学技术局')
    """
    head = name.split("委托")[0]
    return head if len(head) >= 4 else name


_AUTHORITY = re.compile(r"([\u4e00-\u9fff]{4,30}?(?:人民政府|委员会|管委会|厅|局))(?:[（(](?:盖章|公章)[)）])?")
_RED_HEAD = re.compile(r"([\u4e00-\u9fff]{4,30}?(?:人民政府|委员会|管委会|厅|局))(?:办公室|办公厅)?文件")


def _head_lines(text: DocText) -> list[TextLine]:
    """Lines above the document's title (验收证书, 结题验收表) on its page: the programme
    (国家重点研发计划) or the issuing body (重庆市科学技术局) printed as a heading."""
    for line in text.lines:
        # (课题综合绩效评价（验收）结论书 under 国家重点研发计划, probe DR A19: fifteen letters)
        if _DOC_TITLE.search(line.compact) and (len(line.compact) <= 12 or re.match(r"(?:课题|项目)综合绩效评价", line.compact)):
            return [l for l in text.lines[:line.index] if l.page == line.page and len(l.compact) >= 4]
        if _NAMED_DOC_TITLE.search(line.compact) and len(line.compact) <= 30:
            # 重庆市自然科学基金项目结题验收意见: the title names the programme itself (its
            # name only: 企业技术中心…项目 names no programme, and 企业 would read as one's own)
            above = [l for l in text.lines[:line.index] if l.page == line.page and len(l.compact) >= 4]
            named = _PROGRAMME_IN_TITLE.match(line.compact)
            return above + ([TextLine(line.page, line.index, Line(named.group(0), line.line.box, line.line.confidence),
                                      line.page_height, line.page_width)] if named else [])
    return []


# A title that names its programme before the kind of document (…项目验收表, …结题验收意见).
_NAMED_DOC_TITLE = re.compile(r"^[\u4e00-\u9fff（）]{4,}(?:项目|课题|专项)(?:结题)?验收(?:证书|意见[书表]?|报告|表|单|结论[表书]?)$")
# (or a government body's own science programme: 重庆市交通运输委员会科技项目验收证书)
_PROGRAMME_IN_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?:基金|专项|计划)|"
                                 # (a place's own programme named before 项目验收: 重庆市工业互联网平台应用项目验收意见表)
                                 r"^(?:[\u4e00-\u9fff]{2,3}(?:省|自治区)|[\u4e00-\u9fff]{2,4}市)[\u4e00-\u9fff]{2,20}?(?=项目(?:结题)?验收)|"
                                 r"^[\u4e00-\u9fff]{2,20}?(?:委员会|厅|局)(?=(?:科技|科研|科学技术)(?:研究)?项目)")


def _central_ministry(name: str, level: Level) -> bool:
    """A 省（部）级 reading that comes from a central organ, not from a province's name."""
    places = ("省",) + MUNICIPALITIES + AUTONOMOUS_REGIONS
    return level is Level.PROVINCIAL and not any(p in name for p in places)


def _set_category(text: DocText, f: Fields) -> None:
    """The project's category from its title's words (``category_of``), else from a
    labelled project type (项目类别：技术改造); the reason in the notes.  Words of both
    kinds, or only words that lean one way, leave it out: a category shown here counts as
    the document's evidence and outweighs the applicant's claim (``_facts``), so it is
    given only where the words settle it."""
    sources = [("标题", f.values.get("project_title"))]
    typed = labelled_value(text, _TYPE_LABELS)
    if typed:
        sources.append(("项目类别", typed[0]))
    for where, words in sources:
        found = category_of(words or "")
        if found is None:
            continue
        category, why = found
        if category is None:
            f.notes.append(f"类别：{where}{why}，未定")
            return
        f.set("category", category)
        f.notes.append(f"类别：{where}{why} → {_CATEGORY_ZH[category]}")
        return


def category_of(words: str) -> tuple[str | None, str] | None:
    """The category a project's title (or type) names, and why; ``(None, why)`` when its
    words do not settle it (both kinds, or only words that lean one way: 研究, 平台),
    ``None`` when it has none.

    >>> category_of('汽车零部件数字化生产线改造项目')
    ('implementation', '含“数字化生产线改造”')
    >>> category_of('高精度伺服电机关键技术研究')
    ('rnd', '含“关键技术研究”')
    >>> category_of('智能工厂关键技术研究与示范应用')
    (None, '同时含“智能工厂”（实施类）与“关键技术研究”（研发类）')
    >>> category_of('数字化车间能耗优化研究')
    (None, '含“数字化车间”（实施类），又含“研究”（偏研发类）')
    >>> category_of('减速器壳体边缘计算系统研发及示范应用')[0] is None
    True
    >>> category_of('企业管理提升项目') is None
    True
    >>> category_of('铝合金轮毂智能制造生产线（二期）引进、安装与调试')[0]
    'implementation'
    >>> category_of('面向焊装产线安装调试的数字孪生仿真技术') is None
    True
    """
    compact = "".join(words.split())
    done, new = _IMPLEMENTATION.search(compact), _RND.search(compact)
    if done and new:
        return None, f"同时含“{done.group(0)}”（实施类）与“{new.group(0)}”（研发类）"
    if not done and not new:
        leaning = [(k, m.group(0)) for k, p in _LEANS.items() for m in [p.search(compact)] if m]
        return (None, f"只含“{leaning[0][1]}”，偏{_CATEGORY_ZH[leaning[0][0]]}但不足以认定") if leaning else None
    category, found = ("implementation", done) if done else ("rnd", new)
    other = "rnd" if category == "implementation" else "implementation"
    rest = compact.replace(found.group(0), "", 1)
    against = _LEANS[other].search(rest)
    if against:
        return None, f"含“{found.group(0)}”（{_CATEGORY_ZH[category]}），又含“{against.group(0)}”（偏{_CATEGORY_ZH[other]}）"
    return category, f"含“{found.group(0)}”"


# An acceptance still to be held (验收工作另行组织, 待…后组织验收, 尚未验收): whatever was agreed (同意
# 结题) is no 通过验收.
_ACCEPTANCE_TO_COME = re.compile(
    r"验收[^。；;，,]{0,14}?(?:将于|将在|拟于|拟在|另行|待定)|"
    r"(?:将|拟|待|尚需|还需|仍需|需要|择期|后续|下一步|另行)[^。；;，,]{0,16}?(?:组织|进行|开展|安排|申请)(?:项目)?(?:正式|竣工)?验收|"
    r"(?:尚未|还未|未)(?:完成|组织|进行|开展)?(?:正式|竣工)?验收(?!合格后|通过后|的)|"
    r"验收(?:工作)?待[^。；;，,]{1,20}?(?:后|完成)")
# An acceptance passed in so many words (验收结论：通过, 同意通过验收, 本次即为正式验收): a sub-system's
# own inspection still to come (消防设施另行组织专项验收), or one put off before (当期未组织验收，经批准
# 延期), takes nothing from it.
_ACCEPTED_OUTRIGHT = re.compile(r"验收(?:结论|意见|结果)[:：]?(?:为)?[“\"「]?(?:通过|合格)|同意[^，。；;]{0,12}?通过(?:了)?(?:竣工|正式|最终)?验收|"
                                r"(?<!未)(?<!初)通过(?:了)?(?:专家组?的?)?(?:竣工|正式|最终)验收|本次(?:即为|为|系)正式验收|验收合格")
# A conclusion that is neither a plain pass nor a plain failure.
_UNDECIDED = re.compile(r"基本通过|基本合格|有条件(?:通过|结题)|暂缓(?:通过|验收|结题)|复议|待定")


# A form's options each with a code, the code chosen written after 填写 (验收结论  01通过验收
# 02需要复议 03不通过验收  填写：[ 01 ]): the option that code names.
_CODED_OPTION = re.compile(r"(\d{1,2})\s*((?:不|未)?(?:同意)?(?:通过|需要复议|暂缓通过|合格|不合格|结题)[\u4e00-\u9fff]{0,4}?)(?=\s|\d|$)")
_CODE_CHOSEN = re.compile(r"填写\s*[:：]?\s*[\[【(（]?\s*(\d{1,2})\s*[\]】)）]?\s*$")


def _coded_conclusion(text: DocText) -> tuple[bool | None, TextLine] | None:
    """The conclusion a form gives by its option's code (验收结论 01通过验收 02需要复议 03不通过验收
    填写：[ 01 ]): passed for an option that passes, failed for one that fails; None for no
    such line, and for an option that is neither (需要复议: the reader does not decide).

    >>> from extractor.model import Line, Page, ReadResult
    >>> said = lambda row: _coded_conclusion(DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(
    ...     1, 595, 842, "text_layer", [Line(row, (62, 366, 459, 377))])])))
    >>> said("验收结论   01通过验收 02需要复议 03不通过验收   填写:[ 01 ]")[0], said("验收结论 01通过验收 02需要复议 03不通过验收 填写:[03]")[0]
    (True, False)
    >>> said("执行情况   01按计划进行 02提前完成 03延期完成   填写:[ 01 ]")
    """
    for line in text.lines:
        if not any(line.compact.startswith(label) for label in _CONCLUSION_LABELS):
            continue
        chosen = _CODE_CHOSEN.search(line.text)
        options = {int(m.group(1)): m.group(2) for m in _CODED_OPTION.finditer(line.text[:chosen.start()])} if chosen else {}
        if len(options) < 2 or int(chosen.group(1)) not in options:
            continue
        word = options[int(chosen.group(1))]
        if re.match(r"不|未", word):
            return False, line
        if re.search(r"复议|暂缓", word):
            return None, line
        return True, line
    return None


def _verdict(text: DocText) -> tuple[bool, TextLine] | None:
    """Passed or not: a ticked box, the conclusion after its label (验收结论：不通过), the
    experts' sentences (一致同意通过验收; 不同意该项目通过验收), else their weaker words
    (达到/未达到预期目标).  A failure from a box or the labelled conclusion outweighs a
    passing sentence; a pass that sentences contradict, or sentences that disagree, give
    nothing: a failed acceptance read as passed is the worst error there is."""
    if not any(w in text.compact for w in ("验收", "结题", "绩效评价", "鉴定")):
        return None
    coded = _coded_conclusion(text)
    if coded is not None:  # (its code names 需要复议: nothing the reader decides)
        return coded if coded[0] is not None else None
    rows = _rows(text)
    every = [(r, _ticked(joined)) for r, joined in rows if _choice_row(joined)]
    # (a form asks other questions in boxes too, 财务审计 □通过 □不通过, 资料是否齐全 □是 □否: where
    # a row is the conclusion's, labelled so, only it answers whether the project passed)
    choices = [c for c in every if _conclusion_row(c[0])] or every
    firm = [(v, r[0]) for r, v in choices if v is not None]
    choice_lines = {l.index for r, _ in every for l in r}
    labelled = _labelled_conclusion(text, choice_lines)
    if labelled:
        firm.append(labelled)
    said = _sentences(text, choice_lines)
    if any(v is False for v, _ in firm):
        failed = next((v, l) for v, l in firm if v is False)
        # 首次验收暂缓通过 …, then 整改后复验 … 同意该项目通过验收: a re-inspection's own verdict,
        # stated after the deferral and contradicted by nothing after it, is the document's.
        later = [(v, l) for v, l in said if l.index > failed[1].index]
        if later and all(v for v, _ in later) and _REINSPECTED.search(text.compact) and len(firm) == 1:
            return later[-1]
        return failed
    if firm:
        if any(v is False for v, _ in said):
            return None
        return firm[0]
    outcomes = {v for v, _ in said}
    if len(outcomes) == 1:
        return said[0]
    reinspected = running_match(text, _REINSPECTION)
    if outcomes and reinspected:
        # 首次验收…验收未通过 | …进行了复验。经复验，同意该项目通过验收: the failures told before the
        # re-inspection, passes only after it: the re-inspection's verdict is the document's
        at = reinspected[1].index
        before, after = [v for v, l in said if l.index < at], [(v, l) for v, l in said if l.index >= at]
        if after and all(v for v, _ in after) and not any(before) and not _STILL_TO_DO.search(text.compact):
            return after[-1]
    if outcomes:
        return None
    if _UNDECIDED.search(text.compact):
        return None  # (评价等级：基本合格 … 尚未完成: the conclusion undecided, no weaker word decides it)
    weak = _sentences(text, choice_lines, ((_NOT_MET, False), (_MET, True)))
    return weak[0] if weak and len({v for v, _ in weak}) == 1 else None


# An option's word as a form prints it, and what it says: 基本通过 and its like decide nothing.
_OPTION_WORD = re.compile(r"基本通过|有条件通过|暂缓通过|不予通过|未通过|不通过|需整改后复验|整改后复验|限期整改|不同意|同意|不合格|合格|通过")


def unmarked_choices(text: DocText) -> tuple[str, list[tuple[bool | None, int, tuple[float, float, float, float]]], bool] | None:
    """A conclusion's options whose marks were not read (□通过 □基本通过 □不通过, the √ drawn
    by hand, OCR reading the words alone): ``("passed", [(what the option says, page, the
    place its box stands: before the word)], whether the reading inferred its answer from the
    other boxes read empty)`` for the documents' second look (``extractor.ticks``), or None
    when a mark was read."""
    rows = _rows(text)
    conclusion = [(row, joined) for row, joined in rows if _conclusion_row(row) and _choice_row(joined)]
    for row, joined in conclusion or rows:
        words = [(m, line) for line in row for m in _OPTION_WORD.finditer(line.text)]
        said = {_option_says(m.group()) for m, _ in words}
        verdict, inferred = _ticked_how(joined)
        if len(words) < 2 or not {True, False} <= said or verdict is not None and not inferred:
            continue  # (a tick inferred from the other boxes read empty is looked at too)
        if any(re.search(rf"[{_TICKS}]", line.text) for line in row):
            continue  # a tick read: the reading's own answer stands
        areas = []
        for m, line in words:
            x0, y0, x1, y1 = box(line)
            height = y1 - y0
            start = x0 + (x1 - x0) / max(len(line.text), 1) * m.start()
            # (the box before the word, which OCR may take into the word's own box: a zone from
            # a box's width before the word to into its first letter)
            areas.append((_option_says(m.group()), line.page, (start - 1.5 * height, y0, start + 0.6 * height, y1)))
        return "passed", areas, inferred
    return None


def _conclusion_row(row: list[TextLine]) -> bool:
    """A row of options labelled as the conclusion's (验收结论 | □通过 □基本通过 □不通过)."""
    # (a cell starting 验收结论 is its label; one starting a bare 结论 may be any sentence's)
    return any(l.compact.strip(":：") in _CONCLUSION_LABELS or l.compact.startswith(_CONCLUSION_STARTS) for l in row)


_CONCLUSION_STARTS = tuple(label for label in _CONCLUSION_LABELS if label != "结论")


def _option_says(word: str) -> bool | None:
    """Passed (True), not (False), or for a person to say (None: 基本通过)."""
    if word in ("基本通过", "有条件通过", "有条件结题"):
        return None
    return not word.startswith(("不", "未", "暂缓", "需整改", "整改", "限期"))


def _rows(text: DocText) -> list[tuple[list[TextLine], str]]:
    """Each row of the page (a line and the cells beside it), left to right, joined."""
    seen, rows = set(), []
    for line in text.lines:
        if line.index in seen:
            continue
        row = sorted(row_of(text, line) + [line], key=lambda l: l.line.box[0])
        seen |= {l.index for l in row}
        rows.append((row, "  ".join(l.text for l in row)))
    return rows


def _options(joined: str) -> list[tuple[str, str, str]]:
    return [(m.group("pre"), m.group("word"), m.group("tight") or m.group("post") or "")
            for m in _OPTION.finditer(joined)]


def _choice_row(joined: str) -> bool:
    """A row that prints the options of a conclusion (both a pass and a failure), with a
    box or bracket to tick, or listed (通过、不通过)."""
    options = _options(joined)
    polarities = {_passes(word) for _, word, _ in options} - {None}
    marked = any(pre or post for pre, _, post in options) or _LISTED.search("".join(joined.split()))
    return polarities == {True, False} and bool(marked)


def _passes(word: str) -> bool | None:
    if word.startswith("基本") or word in ("有条件通过", "有条件结题"):
        return None  # (for a person to say, as _option_says)
    return not word.startswith(_NEGATIVE)


def _ticked(joined: str) -> bool | None:
    """The verdict a choice row ticks (``_ticked_how``)."""
    return _ticked_how(joined)[0]


def _ticked_how(joined: str) -> tuple[bool | None, bool]:
    """The verdict a choice row ticks, and whether it was inferred rather than read: marks
    before the words when any option has one (☑通过 □不通过, √通过 不通过), else after
    them (通过（√） 不通过（ ））."""
    options = _options(joined)
    before = any(pre for pre, _, _ in options)
    ticked = {_passes(word) for pre, word, post in options
              if ((bool(pre) and pre in _TICKS) if before else any(t in post for t in _TICKS))}
    if not ticked and before:
        # Every box read empty (□) but one read as nothing: a filled box OCR does not read as
        # a glyph (``同意结题  □不同意结题``), so that one is ticked — inferred, not read.
        bare = [word for pre, word, post in options if not pre and not post]
        if len(bare) == 1 and all(pre and pre not in _TICKS for pre, word, _ in options if word != bare[0]):
            return _passes(bare[0]), True
    return (ticked.pop() if len(ticked) == 1 else None), False


def _inferred_tick(text: DocText, line: TextLine) -> bool:
    """The verdict read from ``line`` is a choice row's tick inferred from its empty boxes."""
    return any(_ticked_how(joined)[1] for row, joined in _rows(text) if line in row and _choice_row(joined))


_EMPTY_OPTION = re.compile(rf"[{EMPTY_BOXES}](?:{_CHOICES})")


def _outcome(clause: str, pairs=((_FAIL, False), (_PASS, True))) -> bool | None:
    """The verdict one clause states, a failure first; printed options and conditions
    (如未通过验收) taken out."""
    clause = _EMPTY_OPTION.sub("", "".join(clause.split()))  # (□不通过: an option left unticked says nothing)
    clause = _CONDITION.sub("", _LISTED.sub("", _NOT_VERDICT.sub("", clause)))
    clause = clause.rstrip("。.；;！!")  # (评价结论：通过。)
    for pattern, verdict in pairs:
        if pattern.search(clause):
            return verdict
    return None


def _labelled_conclusion(text: DocText, skip: set[int]) -> tuple[bool, TextLine] | None:
    """The conclusion after its label, on its line or in the cell beside it (验收结论 | 通过)."""
    for hit in text.find_label(_CONCLUSION_LABELS):
        if hit.line.index in skip:
            continue
        value = hit.value
        line = hit.line
        if not value:
            cell = right_of(text, hit.line)
            if cell is None or cell.index in skip:
                continue
            value, line = cell.compact, cell
        # (a note after the verdict says how it was reached: 合格（总分≥75分为合格，≥90分为优秀）)
        value = re.sub(r"(?<=[\u4e00-\u9fff])[（(][^（()）]{0,40}[)）][。.]?$", "", "".join(value.split()))
        if len(value) > 40:
            continue
        verdict = _outcome(value)
        if verdict is not None:
            return verdict, line
    return None


def _sentences(text: DocText, skip: set[int], pairs=((_FAIL, False), (_PASS, True))) -> list[tuple[bool, TextLine]]:
    """The verdicts the document's sentences state, in order (a sentence wraps anywhere:
    the lines of a page are joined, then cut at 。；)."""
    found = []
    for page in sorted({l.page for l in text.lines}):
        kept = [l for l in text.lines if l.page == page and l.index not in skip]
        joined, starts = "", []
        for line in kept:
            starts.append((len(joined), line))
            joined += line.compact + ("\n" if is_caption(line) else "")
        for match in re.finditer(r"[^。；;！!\n]+", joined):
            verdict = _outcome(match.group(0), pairs)
            if verdict is not None:
                found.append((verdict, line_at(starts, match.start())))
    return found


def _acceptance_date(text: DocText):
    """验收日期/验收时间 (in its cell in a table); else the date opening the sentence that
    says who organised the acceptance (a 验收意见); else the date at the foot."""
    # (验收日期 before 结题时间 wherever each stands: a report's 结题时间 is when the work ended,
    # its 验收日期 under it when the acceptance was held)
    hits = [hit for labels in (["验收日期", "验收时间", "鉴定日期", "鉴定时间"], ["结题日期", "结题时间", "评价日期", "审查日期"])
            for hit in text.find_label(labels)]
    for hit in hits:
        if re.search(r"(?:计划|预计|拟定?|预定|申请|提出|提交|报请)$", hit.line.compact[:hit.start]):
            continue  # (计划验收时间: when it was to be held, probe CS F6-1; 申请验收日期, when it was asked for, DY pa02)
        date = date_after_label(hit.line.text, [hit.label]) or parse_date(hit.value)
        if date is None and not hit.value:
            cell = right_of(text, hit.line)
            date = parse_date(cell.compact) if cell else None
            if date is not None:
                return date, cell
        if date is not None:
            return date, hit.line
    opening = running_match(text, _REINSPECTED_ON) or running_match(text, _OPENING_DATE) or running_match(text, _HELD_ON) \
        or running_match(text, _ORGANISED_ON)
    if opening and parse_date(opening[0].group(1)):
        return parse_date(opening[0].group(1)), opening[1]
    last = last_date(text)
    if last is not None and any(_FORM_DAY.search(l.compact) for l in [last[1]] + row_of(text, last[1])):
        # (the cover's 填表日期, or the plan's 计划完成日期, when the date under the panel's
        # signature was not read: not the day it was held, probe CO P06)
        return None
    return last


# The days a form prints of itself or of the plan, not of the acceptance: when it was filled in
# or handed in, when the project was set up or was to end.
_FORM_DAY = re.compile(r"填表(?:日期|时间)|填报(?:日期|时间)|申报(?:日期|时间)|报送(?:日期|时间)|立项(?:日期|时间)|打印(?:日期|时间)|"
                       r"计划(?:完成|结束|验收)?(?:日期|时间)|(?:执行|实施|完成)(?:期限|时限)|起止(?:日期|时间)|整改(?:期限|时限)")


# 验收组织方式：项目承担单位自行组织验收; 由承担单位自行组织验收 (not 不得自行组织验收)
_SELF_ORGANISED = re.compile(r"(?<![不未])(?<!不得)(?<!不应)(?<!不能)(?<!严禁)(?<!禁止)(?<!无权)(?<!不可)(?<!不允许)"
                             r"((?:自行|自主)(?:组织)?(?:的)?(?:验收|结题)|(?:企业|公司|单位)内部验收|"
                             r"由(?:项目)?承担单位组织(?:专家)?(?:进行)?验收)")
_OWN_BODY = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团|公司)(?:[\u4e00-\u9fff]{0,8}(?:委员会|部|中心|办公室))?$|"
                       r"(?<!科学)技术委员会$")
_SELF_SCOPE = re.compile(r"[^。；;]{0,12}(?:区县级|企业级|一般|其他|其余|市级以下)[^。；;]{0,6}项目[^。；;]{0,6}$")


def _self_organised(text: DocText) -> tuple[str, TextLine] | None:
    """What says the project's holder accepted it itself: the words (自行组织验收), or the
    acceptance's organiser a company or its committee (验收组织单位：…有限公司技术委员会); with
    the line.  None when a government body organised it."""
    organiser = labelled_value(text, ["组织验收单位", "验收组织单位", "组织鉴定单位", "鉴定组织单位", "组织评价单位",
                                      "验收主持单位", "主持验收单位"])
    value = re.sub(r"^[(（](?:盖章|公章|签章)[)）][:：]?", "", "".join(strip_stamps(organiser[0]).split())) if organiser else ""
    if value and _GOVERNMENT.search(value):
        return None  # a government body organised it, whatever the page says of other projects
    body, starts = running_text(text)
    for match in _SELF_ORGANISED.finditer(body):
        if _SELF_SCOPE.search(body[max(0, match.start() - 30):match.start()]):
            continue  # (区县级项目由承担单位自行组织验收: a rule for other projects, not what happened here)
        return match.group(1), line_at(starts, match.start(1))
    if value and _OWN_BODY.search(value):
        return value, organiser[1]
    return None


def _facts(f, kind, rank, core_journal):
    if kind is Kind.APPLICATION:  # (a line installed and accepted: when, the rest is ``_backs``'s)
        return {"date": as_date(f.get("acceptance_date"))}
    leader = rank == 1 and f.get("leader") is not None
    category = f.get("category") if f.get("category") in _CATEGORY_ZH else None
    # (a programme's project its holder accepted itself: passed, but not accepted as the rule means)
    accepted = None if f.get("self_accepted") and f.get("passed") else f.get("passed")
    return {"level": as_level(f.get("level"), Level), "rank": rank, "accepted": accepted,
            "date": as_date(f.get("acceptance_date")), "role": "lead" if leader else None, "category": category,
            "investment_wan": f.get("investment_wan"), "appraised": f.get("appraised"), "benefit": f.get("benefit")}


def _backs(kind, f) -> str | None:
    """An acceptance backs a claimed 应用 (第十一条（二）2: 投入生产或应用, or 参与完成智能制造生产线
    引进、设计、安装、运维…) when it passed, and of a line, a workshop or a platform put in
    place (实施类) or of a result it says is in use; a research project's acceptance shows
    nothing in production."""
    if kind is not Kind.APPLICATION:
        return None
    if f.get("passed") is not True:
        return "验收材料未显示通过验收，不能证明已投入生产或应用"
    if f.get("category") == "implementation" or f.get("in_use"):
        return None  # (a social benefit, 培养骨干20名, puts nothing in production)
    return "验收材料是研发类项目的验收，未写明已投入生产或应用，也不是生产线等实施类项目"


DOCTYPE = DocType(
    key="project_acceptance", identity=("project_title",), identity_undated=True, name="验收证书/验收意见",
    cues=Cues(
        titles=("验收证书", "验收意见", "项目验收", "验收报告", "验收鉴定", "鉴定证书", "鉴定意见", "结题证书",
                "结题验收", "验收证明", "结题证明", "验收合格证书", "验收单", "竣工验收", "验收结论书", "结题评审",
                "验收评审表", "验收结果", "结题审查意见", "结题意见", "结题审查", "结题鉴定",
                # a body's appraisal of a project's results (科技成果鉴定书: 组织鉴定单位, 鉴定委员会)
                "成果鉴定书", "科技成果鉴定书", "技术鉴定书", "成果鉴定证书",
                # an office's reply accepting the project (关于同意…项目通过验收的批复)
                "通过验收的批复", "验收的批复", "验收批复",
                # 国家重点研发计划 accepts its 课题 by 综合绩效评价
                "综合绩效评价结论书", "综合绩效评价"),
        labels=("验收", "验收结论", "验收意见", "项目负责人", "承担单位", "验收专家", "通过验收", "项目名称",
                "组织验收单位", "验收日期", "项目组成员", "主要完成人员", "鉴定", "课题组成员", "主要研究人员",
                "结题", "验收组", "验收组长", "验收委员会", "同意通过验收", "准予结题", "结题结论"),
        requires=("验收", "鉴定", "结题", "综合绩效评价"),
        requires_why="没有验收或鉴定内容",
        # an invitation to the acceptance meeting (邀请函, 敬请拨冗出席, 回执) is no acceptance
        penalties=("邀请函", "拨冗", "敬请", "回执", "会议议程",
                   # a person's appraisal for his title (同行专家鉴定意见 on 被鉴定人) is no project's
                   "同行专家", "被鉴定人", "被推荐人", "申报资格") + LISTS,
        # a unit's own request (延期验收申请表, 结题申请书) asks for an acceptance it has not had;
        # an office's reply to one (关于…验收申请的批复) is titled otherwise and still reads
        refusing_titles=("延期验收", "延期结题", "延期申请", "验收申请表", "验收申请书", "结题申请表", "结题申请书",
                         # a notice calling the acceptance meeting (关于召开…项目验收会的通知) precedes it
                         # a buyer's note that goods under a contract arrived (产品交付验收单): a sale's
                         # paper (revenue_proof), no project's acceptance
                         "交付验收单", "到货验收单", "货物验收单",
                         # a project's check half-way or a stage's acceptance (中期检查意见表, 阶段性验收意见:
                         # 同意继续实施) accepts no finished project
                         "中期检查", "中期评估", "中期验收", "中期考核", "阶段性验收", "阶段验收", "阶段性评估",
                         "阶段性检查",
                         # a proof of revenue one letter from 验收证明 (新增营收证明): a sale's paper
                         "营收证明", "营收情况", "收入证明") + EVENTS,
    ),
    extract=extract_acceptance,
    choices=unmarked_choices,
    fields=("project_title", "level", "leader", "members", "acceptance_date", "passed", "category", "investment_wan",
            "appraised", "benefit", "in_use", "self_accepted"),
    decisive=("level", "leader", "members", "acceptance_date", "passed", "category"),
    labels={"leader": "项目负责人", "members": "项目组成员", "level": "项目级别", "category": "项目类别",
            "investment_wan": "项目投资额（万元）", "appraised": "通过主管部门鉴定", "benefit": "取得经济或社会效益",
            "in_use": "已投入生产或应用", "self_accepted": "承担单位自行组织验收"},
    ranked=("members",), leader="leader", under_seal=("acceptance_date",), date_fields=("acceptance_date",),
    kinds=(Kind.PROJECT, Kind.APPLICATION), backs=_backs, facts=_facts,
)
