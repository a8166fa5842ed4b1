"""技术报告/白皮书/规划/可研: technical reports, white papers, plans, feasibility studies.

Read like a journal paper (see ``journal_paper``'s notes): no labelled title, people in an
unlabelled line or a paragraph, geometry deciding what belongs together.
"""

from __future__ import annotations

from rules.vocabulary import Kind, Level

import re
from functools import lru_cache

from ..layout import (without_brackets, unit_like, is_caption, cell_words, glued_after, prose_writers, dotted_tail_below, wrapped_value, titled_column, unit_column, titled_names, is_name, numbered_grid, skips_numbers, table_rows, AFTER_LABEL, CJK, LABEL_START, block, box, cell_list, cell_top, join_cjk, labelled_people, labelled_value, line_at,
                      line_above, line_below, list_of_names, name_column, name_grid, next_line, original_index, paragraph,
                      plain_names, record_under, right_of, row_of, running_match, running_text, similar_height,
                      line_date, split_cells, standalone_date, value_left,
                      SIGN_OFF_ROLES, strip_stamps, text_after, title_form, two_name_columns, one_half, whole_list)
from ..fields.people import has_surname, labelled_surname, sentence_person, split_people
from ..model import Line
from ..text import DocText, TextLine, same_row
from rules.dates import PartialDate
from ..fields.levels import level_of
from .base import Cues, DocType, Fields, as_date, as_level, date_of, led_by, last_date


_REPORT_KINDS = [("白皮书", "white_paper"), ("可行性研究报告", "feasibility"), ("可研报告", "feasibility"), ("可行性研究", "feasibility"),
                 ("规划", "plan"), ("实施方案", "plan"), ("课题", "research_topic"), ("技术报告", "technical_report"),
                 ("咨询报告", "technical_report"),
                 ("研究报告", "technical_report"), ("技术总结", "technical_report"), ("科技报告", "technical_report"), ("总结报告", "technical_report"),
                 ("研制报告", "technical_report"), ("研发报告", "technical_report"),
                 ("诊断报告", "technical_report"),
                 # a test's, a trial's or an assessment's report is written up by engineers as a
                 # technical report (互操作测试报告, 试验验证报告, 安全评估报告)
                 ("测试报告", "technical_report"), ("试验报告", "technical_report"),
                 ("验证报告", "technical_report"), ("评估报告", "technical_report")]
# A cover's big line that names the kind of document, not the report (可行性研究报告 under
# the project's name): the title is the name with it, or the 报告名称 a label gives.
# The kind a report's title may end on, read or not under its name on a cover (…建设项目 |
# 可行性研究报告): two copies of one report compare without it (probe CP E1B).
_KIND_TAIL = re.compile(r"(?:可行性研究报告|可研报告|技术报告|研究报告|白皮书)$")
# (a company's own heading of its kind, 年度课题研究报告, 企业技术中心课题结题报告, 技术研究课题总结报告:
# the kind still, its name in the 课题名称 cell, probe DY tr07, tr13, tr14)
_GENERIC_TITLE = re.compile(r"(?:(?:(?:19|20)\d\d)?年度|(?:企业)?技术中心|软科学(?:研究)?)?(?:项目[（(]课题[)）]|(?:科技|科研|科技计划)项目|项目|(?:技术研究)?课题)?(?:自评价|自评估|可行性研究|可研|技术总结|技术研究|科技|技术|研究|课题研究|课题结题|结题|课题|总结|课题总结|工作总结|专题研究|咨询|"
                            r"研究技术|结题技术|"
                            r"测试|检测|检验|检验检测|试验|评估)?报告|白皮书|"
                            r"(?:发展|产业发展|专项)?规划|项目建议书")


def _names_kind(word: str, words: str) -> bool:
    """A title names itself a 规划 at its end (…发展规划（2021—2025年）); 路径规划 inside a
    research topic's title is a subject."""
    return word != "规划" or re.search(r"规划(?:纲要)?(?:[（(][^（()）]*[）)])?$", words) is not None


# Labels whose value names the report (报告名称) or what it is the report of (项目名称).
_REPORT_NAME = ["报告名称", "报告题目", "报告标题", "白皮书名称", "规划名称"]
_SUBJECT_NAME = ["项目名称", "课题名称", "项目(课题)名称", "项目（课题）名称"]
# A cover's page headings and the lines of a sign-off page: never a title.
# (a page of the writing group headed by its kind: 规划编制组, 报告编写组)
_PAGE_HEADING = re.compile(r"目录|签署页|签字页|签发页|(?:报告)?签署|编制人员名单|编写人员名单|人员名单|编委会|"
                           r"(?:规划|报告|课题|项目|白皮书)?(?:编写|编制)组|"
                           r"(?:主要)?(?:编制|编写|撰写|参编|研究|参加|完成)人员|"
                           r"课题组|项目组|评审专家组|专家组|编写说明|编制说明|说明|前\s*言|序言?|概述")

# Who wrote the report.  A label is read where it stands alone or after one of
# ``_LABEL_PREFIXES`` (主要编制人员, 报告编写组).  Longest label first (a line is read at the
# first label found in it).  ``编制``/``编写`` alone head a cover's or a signature block's
# writers (编制：张三  审核：李四  批准：王五): the reviewers who sign beside them are no authors.
_LABEL_PREFIXES = ("主要", "报告", "本报告", "规划", "本规划", "课题", "项目", "参与", "参加")
_WRITERS = ["编写人员", "编制人员", "撰写人员", "撰写组成员", "写作组成员", "撰写组", "写作组", "参编人员", "起草人员", "编写人", "编制人", "撰写人", "执笔人", "起草人",
            "撰稿人", "编写组成员", "编制组成员", "报告编写", "报告撰写", "报告编制", "编写组", "编制组", "作者", "报告人",
            "编者", "编著", "诊断人员",
            # GB/T 7713.3's 题名页 (主要责任者) and 科技部's 基本信息表 (报告作者及单位: A（unit）；B（unit）)
            "主要责任者", "报告作者及单位", "报告作者", "作者及单位"]
_BARE_WRITERS = ["编写", "编制", "撰写", "执笔", "参编", "撰稿", "主笔"]
# An editorial board or a writing group (白皮书编委会: 主编, 副主编, 编委; 编写组: 组长, 成员):
# all of it wrote the report, the chief first as printed; its 顾问 and 指导 did not.
_EDITORS = ["执行主编", "副主编", "主编", "编委会成员", "编委", "副组长", "组长", "成员"]
_LEADERS = ["项目负责人", "课题负责人", "技术负责人", "报告负责人", "课题组组长", "项目组组长", "编写组组长", "课题组长", "项目组长",
            # (a 课题's own word for its leader, 课题主持人：禤国荣, probe DY tr10)
            "课题主持人", "项目主持人", "负责人"]
_DEPUTIES = ["课题组副组长", "项目组副组长", "编写组副组长", "项目副负责人", "课题副负责人", "副组长"]
_MEMBERS = ["主要参加人员", "参加人员", "主要参与人员", "参与人员", "课题组成员", "项目组成员", "主要完成人员", "主要完成人",
            "项目组主要成员", "课题组主要成员", "完成人员", "研究人员", "主要研究人员", "项目组人员", "课题组人员",
            "项目组", "课题组", "研究团队", "项目团队", "完成人",
            # (重庆's 软科学 and 技术预见 reports: 主研人员 for 主要研究人员)
            "课题主研人员", "项目主研人员", "主研人员",
            # a heading over the names at the report's end (参与人员名单 | 毛宇航、王毅、…)
            "参与人员名单", "参加人员名单", "课题组成员名单", "项目组成员名单", "主要参与人员名单"]
# Words of a sign-off page that a damaged writer's label must not be taken for (编号 is one
# character from 编写, 参加人员 from 参编人员).
_NOT_WRITERS = {"编号", "编码", "编辑", "编审", "编校", "编排", "编印", "审核", "审定", "审批", "批准", "校核", "校对",
                "复核", "会签", "核定", "审查", "主审", "主任"}  # 主任 of a board, one character from 主笔
# A note under a list's heading on how it is ordered: not the list.
_ORDER_NOTE = re.compile(r"[（(](?:排名|排序|按姓氏|以姓氏|按拼音|排列)[^（()）]{0,12}[）)]")
# A label naming the units and the people of each (编制单位及人员：重庆某公司（张三、李四）).
_UNITS_AND_PEOPLE = ["编制单位及人员", "编写单位及人员", "编制单位及编写人员", "参编单位及人员", "编写单位及编写人员"]
# The heading of a table of the report's people (编制人员名单 | 序号 姓名 职称 分工 签字).
_STAFF_TABLE = re.compile(r"编制人员|编写人员|撰写人|编写人|编制人|编写组|编制组|(?:编写|编制|撰写)工作组|课题组|项目组|人员名单|参加人员|研究人员|单位及人员|撰写人员|"
                          r"主要编写|报告编写|完成人|编委|起草|执笔|参编")
# The header of a sign-off table (职责 | 姓名 | 职称 | 签字): its rows are read by their roles.
# A member table may have a 项目角色 column too; only a table of 职责 or 岗位 signs off.
# (承担的工作 heads the same column in a table of the report's people: 项目负责, 报告编写, 审核)
_SIGN_OFF_HEADER = re.compile(r"职责|岗位|角色|签署|承担的?工作")
_SIGN_OFF_ONLY = re.compile(r"职责|岗位|签署")
# A heading naming the table's people as the report's writers (编制人员, 编写人员名单).
_WRITERS_HEADING = re.compile(r"(?:编制|编写|撰写)(?:人员|组)")
# A table row's duty of review (审核 | 李强 | …), no signature line (审核：孙东源).
_REVIEW_CELL = re.compile(r"^(?:审核|批准|审定|校核|审批)(?![:：])")
# The other columns of a table of the report's people (编制人员 | 职称 | 专业 | 签名).
_STAFF_COLUMNS = frozenset({"职称", "职务", "专业", "签名", "签字", "单位", "工作单位", "分工", "承担工作", "学历", "备注"})
# A heading over people who judged the report, not wrote it (评审专家组: 组长, 成员).
_JUDGES = re.compile(r"专家|评审|验收|鉴定|论证")
# A group that led or advised the work (规划编制领导小组: 组长 a 副区长, 成员 the bureaus).
_OVERSEERS = re.compile(r"领导小组|指导小组|顾问组|咨询组")
_WRITING_GROUP = re.compile(r"编写|编制|编委|撰写|起草|课题组|项目组|签署|签字")
# Where a value ends on its line: the next label (审核：李四), a date (2023年6月).
_NEXT_LABEL = re.compile(rf"\s+[{CJK}]{{2,7}}\s*[:：]|[;；]\s*(?=(?:成员|组员|副组长|组长|主要成员|参加人员|编写人员)(?:\s|[:：]))|"
                         rf"(?:审\s*核|审\s*定|批\s*准|校\s*核|校\s*对|复\s*核|审\s*批|"
                         rf"日\s*期)\s*[:：]|\s*(?:\d{{4}}\s*[年./\-]|[一二三四五六七八九〇零○]{{4}}\s*年)|"
                         # (a sign-off row's next role, a cell of its own: 编写 傅明 肖博   审核   武晓峰   批准 …)
                         # (or a date's caption, a document-control table's: 编写人 郑睿/上官晓峰 编写日期 2024-06-12)
                         rf"\s+(?:审核人?|审定人?|审查人?|批准人?|校核|校对|复核|审批|[{CJK}]{{0,4}}(?:日期|时间))(?=\s|$)")
# A list of names each with his unit in brackets after it: 林辉（重庆两江智造产业研究院）、…
# (a unit may hold brackets of its own: 重庆两江（集团）智造有限公司)
_UNIT_AFTER_NAME = re.compile(r"\s*[\u4e00-\u9fff·]{2,5}[（(](?:[^（()）]|[（(][^（()）]{1,10}[)）]){2,40}?"
                              r"(?:公司|研究院|研究所|设计院|大学|学院|中心|集团|局|委员会)[)）]"
                              # (or a space before the next, 卢鹏渝（重庆大学） 潘洋成（…）, probe DR T10)
                              r"(?:[、，,]|\s+(?=[\u4e00-\u9fff·]{2,5}[（(]))")
_ONLY_UNITS_AFTER_NAMES = re.compile(r"(?:[\u4e00-\u9fff·]{2,5}[（(][^（()）]{2,40}[)）][、，,;；]?)+")
# Where a row's names end: the next cell, a title, a post or a unit (编写  王芳  工程师).
_ROW_END = re.compile(r"\s+(?=\S*(?:工程师|教授|研究员|经济师|会计师|规划师|建筑师|咨询师|技术员|讲师|高工|博士|硕士|"
                      r"主任|经理|所长|院长|总监|部长|处长|科长|公司|研究院|研究所|设计院|大学|学院|中心|集团))")
# Words of a signature block or a staff table's header, never a name or a name's start.
_ROLE = re.compile(r"^(?:编制|编写|撰写|执笔|审核|审定|审批|批准|校对|校核|复核|会签|签字|签名|日期|姓名|职称|单位|分工)$")
_ORG = re.compile(r"[^\s:：,，;；、（()）]*?(?:有限责任公司|股份有限公司|有限公司|公司|研究院|研究所|设计院|大学|学院|"
                  r"中心|集团)(?:[^\s:：,，;；、（()）]{0,6}?(?:分院|分公司|分中心|研究所|研究室|实验室))?")


def extract_report(text: DocText) -> Fields:
    f = Fields()
    attestation = any(_ATTESTS.search(strip_stamps(l.compact)) for l in text.title_lines(0.6))
    # (a unit's 证明 or 说明 of a report's adoption is titled by the report it names)
    title = (_named_in_text(text) if attestation else None) or _report_title(text)
    if title and len(title[0]) <= 4 and plain_names(title[0]) == [title[0]] and has_surname(title[0]):
        title = None  # a signatory's name under 批准： (欧阳霞静) is no report's title
    if title and len(re.findall(rf"[{CJK}·]{{2,8}}、[{CJK}·]{{2,8}}", title[0])) >= 1 and \
            sum(bool(is_name(p) and has_surname(p)) for p in re.split(r"[、，,]", title[0])) >= 2:
        title = None  # a page's list of writers by chapter (熊晓东、迪丽拜尔·卡德尔 体系架构 …) is no title
    if title:
        # (a footnote's mark after the title, …的对策建议*, is no part of it)
        title = re.sub(r"(?<=[\u4e00-\u9fff）》”])\s*[*※]+$", "", title[0]), title[1]
        f.set("title", title[0], title[1])
    printed = title[0] if title else ""
    # The title's own words first: a spread scan interleaves a table with the cover.
    # (a programme that funds the work is no kind of it: 重庆市社会科学规划项目 over a 研究报告)
    zone = re.sub(r"规划(?=(?:重点|一般|青年)?(?:项目|课题|基金))", "", "".join(l.compact for l in text.title_lines(0.6)))
    # A line of the zone that only names the kind (课 题 研 究 报 告 under the title) first,
    # then the title's own kind before the page's (…路径规划方面…).
    # (not the title's own wrapped tail: …可行性 | 研究报告)
    # (or after a dash, as a subtitle: ——研究报告, probe DM rep-13)
    kind_lines = "".join(l.compact.lstrip("—－-–― ") for l in text.title_lines(0.6)
                         if _GENERIC_TITLE.fullmatch(l.compact.lstrip("—－-–― ")) and l.compact not in "".join(printed.split()))
    # (its own 课题's words only: a programme line ending in 课题 over the title, or a labelled 课题组 /
    # 课题负责人 field opening a line of the first page — never 课题 in passing, probe CZ r4)
    first_page = "\n".join(l.compact for l in text.lines if l.page == text.lines[0].page) if text.lines else ""
    zone_lines = "\n".join(l.compact for l in text.title_lines(0.6))
    # (a form's 项目（课题）names either: no 课题 of its own)
    either = re.compile(r"项目[（(]课题[)）]")
    for words in (either.sub("项目", kind_lines), "".join(printed.split()), either.sub("项目", zone)):
        hit = next(((word, kind) for word, kind in _REPORT_KINDS
                    if word in words and (words is zone or _names_kind(word, words))), None)
        kind = hit[1] if hit else None
        if hit and hit[0] == "研究报告" and (_TOPICS_PROGRAMME.search(zone_lines) or _TOPICS_TEAM.search(first_page)):
            # a 研究报告 under its programme's 软科学研究课题, or written by a 课题组: a 课题's report
            # (probe CV TR03, TR10; the pack counts a 课题 apart from a project's technical report)
            kind = "research_topic"
        if kind:
            f.set("report_kind", kind, title[1] if title else None)
            break
    authors = _report_authors(text) or (_names_under(text, title[1]) if title else None)
    if authors and any(_ROLE.fullmatch(n) or n in _NOT_WRITERS for n in authors[0]):
        authors = None  # a sign-off's role read into the list (报告编写 | 审核): the list is misread
    glued = glued_after(text, _MEMBERS) if authors and len(authors[0]) == 1 else None
    if glued is not None and authors[0][0] not in glued[0]:
        # its leader read, its members' line OCR glued into one run (课题组组长:景书航 | 课题组成员:宓雅琴郁文康,
        # probe CZ r4): no list but the leader alone would be a wrong one; a place only where every
        # cut of the run agrees on it
        f.glued(authors[0][0] + glued[0], "成员名单", "作者")
        authors = None
    # (a form's row number before the label, 2.报告作者及单位 李强…, numbers no list)
    row_numbered = bool(authors) and authors[1] is not None and re.match(r"\d{1,2}[.、．](?:报告)?(?:作者|编写|编制|撰写|主要责任者)", authors[1].compact)
    if authors and not row_numbered and skips_numbers(text, authors[0]):
        whole = numbered_grid(text, authors[0])  # a grid numbered across its rows, read down one column
        if whole is None:
            f.notes.append("编写人：编号不连续（只读出了部分人员），未给出")
        authors = (whole, authors[1]) if whole else None
    f.put("authors", authors)
    if authors:
        f.put("leads", _leads(text, authors[0]))
    if not attestation:
        # (an attestation's day is the day the unit signed it, not the day the report was written:
        # a report of before the title, attested after it, must not count by it)
        f.put("date", date_of(text, ["编制日期", "日期", "完成日期", "完成时间", "编制时间", "报告日期"])
              or _cover_date(text) or last_date(text))
    else:
        # (the report's own day, labelled as its, still dates it: 完成日期：2023年3月15日 above the 采纳证明)
        f.put("date", date_of(text, ["编制日期", "完成日期", "完成时间", "编制时间", "报告日期"]))
    _commissioned_level(text, f)
    adopted = _adoption(text)
    if adopted is not None:
        f.set("adopted", adopted[0], adopted[1])
    return f


# A unit's attestation that a report was adopted (第十一条（二）5: 经所在单位认可并推广实施的技术报告):
# a 证明 heading or 特此证明. The report's own words (本方案可推广应用于…, 已在公司推广实施) are the
# applicant's, never the unit's 认可.
_ATTESTS = re.compile(r"(?:认可|采纳|采用|应用|推广|实施)[^。；;]{0,10}(?:证明|证明书|说明)$")
_ATTESTATION = re.compile(_ATTESTS.pattern + "|特此(?:证明|说明)")
# The unit's 认可 and the 推广实施 the rule asks for, each a verb of the clause that says it.
# (采用 is left out: a report's own design sentence, 方案采用边缘网关…, speaks of the design)
_ACCEPTED = re.compile(r"认可|采纳|采信")
_SPREAD = re.compile(r"推广|实施|应用|投入使用|投入运行")
# A verb denied outright: 未予认可, 不予采纳, 尚未推广, 没有实施, 暂未应用.
_DENIED = re.compile(r"(?:尚未|暂未|还未|并未|未能|未曾|未予|未被|未|不予|不被|不再|没有|无法)(?:予以|被|经|正式|全面|在[^，,。]{0,12})?$")
# What keeps a clause from stating a fact, before or after its verb: a plan, a proposal, a
# capability, work still to come or stopped (拟于…推广, 可推广应用于, 推广实施工作正在筹备中,
# 全面推广尚需决策, 原定…推广实施，…已暂停, 下一步推广). Words, never the letters they hide
# in (不良率, 虚拟, 生产计划, 如缸体线).
_NOT_DONE = re.compile(r"拟(?:于|在|将|定|对|向|逐步|全面)|将(?:于|在|会|要|逐步|进一步|陆续|全面)|计划(?:于|在|将|明年|下一?年)|"
                       r"预计|有望|可(?:在|于|以|推广|向|供|用于|广泛)|建议|值得|尚需|还需|仍需|有待|待[^，,。]{1,12}后|"
                       r"下一步|今后|未来|正在筹备|筹备中|筹划|准备|原定|暂停|暂缓|中止|终止|搁置|试运行|试点阶段|尚在|仍在")
# A rollout the next clause says is waiting or stopped (…推广实施，尚需公司决策; …，已暂停).
_STOPPED = re.compile(r"尚需|还需|仍需|暂停|中止|搁置|筹备")


def _adoption(text: DocText) -> tuple[bool, TextLine] | None:
    """True when an attestation says the report was 认可/采纳 and 推广/实施 (both, as the rule
    asks); False when it says either was not; None when no attestation speaks of it.

    >>> from tests.typed_pages import doc, page
    >>> _adoption(doc(page("技术报告认可及推广应用证明", "张伟同志主持编写的《MES互联技术报告》于2022年9月经公司技术委员会审定，予以认可。",
    ...                    "该报告提出的降低产品不良率的技术方案已于2022年10月起在公司三条产线（如缸体线）推广实施。", "特此证明。")))[0]
    True
    >>> _adoption(doc(page("技术报告", "本报告提出的方案经公司认可，可推广应用于同类产线。"))) is None
    True
    >>> _adoption(doc(page("采纳情况证明", "《MES互联技术报告》经我公司认可，但尚未推广实施。", "特此证明。")))[0]
    False
    >>> _adoption(doc(page("应用证明", "《MES互联技术报告》经我公司采纳，拟于明年推广。", "特此证明。")))[0]
    False
    >>> _adoption(doc(page("应用证明", "《MES互联技术报告》经我公司认可，其推广实施工作正在筹备中。", "特此证明。")))[0]
    False
    >>> _adoption(doc(page("技术报告推广应用证明", "《MES互联技术报告》经我公司技术委员会审定，予以认可。", "特此证明。"))) is None
    True
    """
    heading = next((l for l in text.lines if _ATTESTATION.search(l.compact)), None)
    if heading is None:
        return None
    said: dict[bool, list[bool]] = {True: [], False: []}  # 认可 (True) and 推广 (False): done or not
    # (a heading names what is attested, 推广应用证明, and states nothing: it is left out, and so
    # is 特此证明)
    body = "".join("。" if _ATTESTS.search(strip_stamps(l.compact)) else l.compact for l in text.lines)
    for sentence in re.split(r"[。；;！!]", body):
        if _ATTESTATION.search(sentence):
            continue
        clauses = re.split(r"[，,：:]", sentence)
        for k, clause in enumerate(clauses):
            following = clauses[k + 1] if k + 1 < len(clauses) else ""
            for pattern, which in ((_ACCEPTED, True), (_SPREAD, False)):
                for found in pattern.finditer(clause):
                    before, after = clause[:found.start()], clause[found.end():]
                    # (a rollout's wait or stop may be said in the clause after it: …推广实施，尚需决策)
                    said[which].append(not _DENIED.search(before) and not _NOT_DONE.search(before)
                                       and not _NOT_DONE.search(after)
                                       and not (which is False and _STOPPED.search(following)))
    if not all(said[True]) or not all(said[False]):
        return False, heading
    if said[True] and said[False]:
        return True, heading
    return None


# The body that commissioned or organised the work a report is for (委托单位：重庆市经济和信息化
# 委员会): its level is the report's (13.2.7: 省（部）级以上项目的可研报告、白皮书).
_COMMISSIONER_LABELS = ["委托单位", "委托方", "项目委托单位", "组织单位", "组织编制单位", "项目主管部门", "主管部门",
                        "下达单位", "项目下达单位",
                        # the programme it was written under: 项目来源：重庆市经济和信息化委员会 | 2022年…专项
                        "项目来源", "课题来源", "任务来源"]


def _commissioned_level(text: DocText, f: Fields) -> None:
    """The level of the government body the report names as commissioning it, with why; a
    company's or an institute's commission gives none (its programme's level is not said)."""
    found = labelled_value(text, _COMMISSIONER_LABELS)
    if not found:
        return
    level, why = level_of(re.split(r"[；;，,、\s]", found[0].strip())[0])
    if level is not None and level.value != "enterprise":
        f.set("level", level.value, found[1])
        f.notes.append(f"级别：委托/组织单位 {why}")


# --------------------------------------------------------------------------- title

_NAMES_ROW = re.compile(r"(?:[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){0,5} )?(?:[\u4e00-\u9fff·]{2,5}、){2,}[\u4e00-\u9fff·]{1,5}")


def _role_row(printed: str) -> bool:
    """A row that opens on a role (letter-spaced or not) with names after it: 副组长   吕翔、宋凯,
    组 长   韦霞."""
    match = re.match(r"^((?:[\u4e00-\u9fff] ?){2,6}?)\s{2,}(\S.*)$", printed.strip())
    return bool(match) and "".join(match.group(1).split()) in _role_words() \
        and bool(plain_names(match.group(2).strip(" 、，,")))


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(_EDITORS + _LEADERS + _DEPUTIES + _MEMBERS + _WRITERS + _BARE_WRITERS)


def _title_line(line: TextLine) -> bool:
    """A line that may be (part of) a cover's title: no label (编制单位：…), no unit's name
    alone (the company printed big at the cover's foot), no date, no page heading (签署页).
    A single character may be the title's last, wrapped (…可行性研究报 | 告)."""
    compact = strip_stamps(line.compact)
    # (a sentence's 《…》 goes on; a report on a named work ends on its kind: 《…技术导则》编制说明, probe DR T20)
    quoted = re.search("》[\u4e00-\u9fff]", compact) and not re.search(
        r"》(?:编制说明|说明|研究报告|技术报告|课题报告|报告|解读|白皮书)[（(]?[^（()）]{0,6}[)）]?$", compact)
    if not compact or re.search("[:：。，,；;]", compact) or quoted or not re.search(f"[{CJK}]", compact):
        return False  # a label's line, a sentence
    if _ORG.fullmatch(compact) or _PAGE_HEADING.fullmatch(compact) or standalone_date(compact) \
            or re.search(r"\d{4}\s*[.．/年-]\s*\d{1,2}\s*[.．/月-]\s*\d{1,2}", compact):
        return False  # a sign-off row (张三 李四 2016.04.13) is no title
    if re.match(r"^(?:第[一二三四五六七八九十\d]+[章节篇部分]|[一二三四五六七八九十]+、|\d+(?:\.\d+)*\s)", line.text.strip()):
        return False  # a chapter's heading (第一章 总论, 1 研制背景) inside the report
    if _NAMES_ROW.fullmatch(" ".join(line.text.split())) or _role_row(line.text):
        return False  # a group's row of names (成 员   魏浩然、史博文、…), its role unlabelled by a colon
    return not any(word in compact for word in ("编制单位", "编写", "日期", "姓名", "序号"))  # (a table's header)


def _in_grid(text: DocText, line: TextLine) -> bool:
    """``line`` is a cell of a table: three boxes or more on its row, and as many on the row
    under or over it.  (A letter-spaced title OCR read in pieces has a row of its own.)"""
    if len(row_of(text, line)) < 2:
        return False
    for near in (line_below(text, line, 1.5), line_above(text, line, 1.5)):
        if near is not None and len(row_of(text, near)) >= 2:
            return True
    return False


_PEOPLE_LIST_LABEL = re.compile(r"(?:人员|成员|编委|主编|作者|起草人|完成人)(?:[（(][^）)]*[）)])?[:：]")


def _list_tail(text: DocText, line: TextLine) -> bool:
    """``line`` carries on a list the line before it broke off (编写人员：程鹏超、…、白超宏、 |
    尉迟诚成): a name, not a title."""
    before = text.lines[line.index - 1] if line.index > 0 else None
    # (or a list of people whose names are parted by spaces: 编写人员（按姓氏笔画排序）：马 骁 … 程立 | 新 谭雅文 …)
    spaced_names = sum(is_name(w) and has_surname(w) for w in line.text.split()) >= 2
    if before is None or before.page != line.page or not (
            re.search(r"[、，,]$", before.compact) or _PEOPLE_LIST_LABEL.search(before.compact) and spaced_names):
        return False
    # directly above it, in its column (not the other half of a spread)
    (bx0, _, bx1, by1), (x0, y0, x1, _) = box(before), box(line)
    return bx0 <= x1 and x0 <= bx1 and 0 <= y0 - by1 <= 2 * max(line.line.height, 1)


# A line over a title that names who made or funded it, never a piece of the title.
_NOT_TITLES_HEAD = re.compile(r"(?:公司|集团|研究院|研究所|设计院|大学|学院|委员会|管委会|局|厅|事业部|部|中心|办公室|成果|专项|计划|基金)"
                              r"(?:[（(][^）)]{0,10}[)）])?$")


def _report_title(text: DocText) -> tuple[str, TextLine] | None:
    """The cover's biggest line with the lines of its size above and below it (a title on
    two or three lines), a subtitle (——…) and the book marks around it (《…》) left out.
    A heading that only names the kind of document (可行性研究报告) is completed by the
    project's name printed over it or labelled (项目名称：…), or replaced by a labelled
    报告名称; alone it is no title."""
    zone = [l for l in text.title_lines(0.6) if _title_line(l) and not _list_tail(text, l)]
    candidates = [l for l in zone if len(strip_stamps(l.compact)) >= 4 or _GENERIC_TITLE.fullmatch(l.compact)]
    # A table's cells (项目负责 beside 正高级工程师 and 滕飞) are boxed to the cell, taller than the
    # title over the table: a line outside a grid comes first.
    loose = [l for l in candidates if not _in_grid(text, l)]
    # (heights in one measure: a text layer's cover in points beside a scanned page in pixels,
    # whose heading 可行性研究报告编制人员 is no bigger for its larger numbers)
    ref = next((l.page_height for l in zone if l.page_height), 1.0)
    line = max(loose or candidates, key=lambda l: (round(l.line.height * ref / (l.page_height or ref)), len(l.compact)),
               default=None)
    if line is None:  # a preface or a note: the report it names (编制完成了《…报告》)
        return _labelled_title(text, "") or _named_in_text(text)
    if _FORM_HEADING.search(strip_stamps(line.compact)):
        # a form's heading (技术报告审批表): the report it is about is the one its 报告名称 names
        labelled = _labelled_title(text, "")
        if labelled:
            return labelled
    kind = next((l for l in zone if _GENERIC_TITLE.fullmatch(l.compact)), None)
    if kind is not None and all(similar_height(l, kind, 0.1) for l in zone):
        # (a cover in print of one size, a text layer's: no biggest line, but its kind alone on
        # a line, 研究报告, under the name it completes; not a programme's name above them)
        line = kind
    lines = _title_block(text, line, zone)
    # (a title's last line OCR boxed or a cover printed a size smaller, 究技术总结报告 under …技术研,
    # 关键技术研究报告 under …监控系统 in smaller type: the wrap's
    # tail, ending in the report's kind, close under a line that does not)
    tail = line_below(text, lines[-1])
    if tail is None:  # (a cover set in wide leading: the tail of one print, apart)
        wide = line_below(text, lines[-1], 3.0)
        tail = wide if wide is not None and similar_height(wide, lines[-1], 0.15) else None
    if tail is not None and tail in zone and tail not in lines and _KIND_END.search(tail.compact) \
            and not _KIND_END.search(lines[-1].compact) and tail.line.height >= 0.65 * lines[-1].line.height:
        lines.append(tail)
    # (and the other way round: the wrap's tail, ending in the kind, read a size bigger than its
    # head close over it, 西南地区…隧道运营通风 | 节能控制技术研究报告; never a programme's name
    # over a title, 重庆市科技计划项目 | …研究报告, nor a kind of its own)
    head = line_above(text, lines[0])
    if head is None:  # (a cover set in wide leading, the two lines of its title apart: of one print)
        wide = line_above(text, lines[0], 3.0)
        head = wide if wide is not None and similar_height(wide, lines[0], 0.15) else None
    if head is not None and _NOT_TITLES_HEAD.search(strip_stamps(head.compact)):
        head = None  # (a unit, a department or a programme over the title: 重庆两江新区管理委员会, …事业部, …资助成果)
    # (its edition after the kind, 行业应用白皮书(2023年), still ends it in the kind)
    if head is not None and head in zone and head not in lines and _KIND_END.search(_PERIOD.sub("", lines[-1].compact)) \
            and not _KIND_END.search(head.compact) and not _PROGRAMME_END.search(head.compact) \
            and not _GENERIC_TITLE.fullmatch(head.compact) and head.line.height >= 0.65 * lines[0].line.height \
            and len(head.compact) >= 4:
        lines.insert(0, head)
    while len(lines) > 1 and _NOT_TITLES_HEAD.search(strip_stamps(lines[0].compact)) \
            and _KIND_END.search(_PERIOD.sub("", lines[-1].compact)):
        lines = lines[1:]  # (the unit or programme over the title taken for its first line: the rest is it)
    # (a company's own plan names it in its title, the name a line of the title's print over the
    # rest: 长江中科机械制造有限公司 | 数字化转型三年行动规划（2024—2026年）; a unit's name printed
    # at the foot of a cover is no part of its title)
    owner = line_above(text, lines[0])
    if owner is not None and owner not in lines and _ORG.fullmatch(strip_stamps(owner.compact)) \
            and re.search(r"规划$", _PERIOD.sub("", lines[-1].compact)) and similar_height(owner, lines[0], 0.3) \
            and owner.page == lines[0].page and box(lines[0])[1] - box(owner)[3] <= owner.line.height:
        lines.insert(0, owner)
    if len(lines) > 1 and _GENERIC_TITLE.fullmatch(lines[0].compact) and not _TITLES_ITSELF.search(lines[0].compact) \
            and not _GENERIC_TITLE.fullmatch(_joined(lines[1:])):
        # the kind as a heading over the name (技术报告 | 汽车焊装线…研制): the name is the title, as
        # when the kind is printed under it
        lines = lines[1:]
    last = lines[-1].compact
    if len(lines) > 1 and _GENERIC_TITLE.fullmatch(last) and not _TITLES_ITSELF.search(last):
        # a kind of its own under the name (…关键技术研究 | 技 术 报 告; 重庆市…计划项目 | 课题研究报告):
        # a labelled name is the title, else the name above without it when the kind is
        # letter-spaced as a heading is (a wrapped title's tail …关键技术 | 研究报告 is not)
        labelled = _labelled_title(text, last)
        if labelled:
            return labelled
        if re.fullmatch(r"(?:\S\s+){2,}\S", lines[-1].text.strip()) or _set_off(lines):
            lines = lines[:-1]
    printed = _joined(lines) + _period_under(text, lines[-1])
    if re.search(r"(?:封面|封皮)$", printed) and _GENERIC_TITLE.fullmatch(printed[:-2]):
        printed = printed[:-2]  # (a form's heading, 技术报告封面: the kind, whose name a cell gives)
    kind = _GENERIC_TITLE.match(printed)
    if kind and printed[kind.end():].endswith(kind.group(0)):
        printed = printed[kind.end():]  # the kind over the name in the same print: 技术报告 / …验证技术报告
    if not _GENERIC_TITLE.fullmatch(printed):
        return (printed, line) if printed else None
    if not _TITLES_ITSELF.search(printed):  # 课题研究报告, 技术报告: the name says what it is
        labelled = _labelled_title(text, printed)
        if labelled:
            return labelled
    above = _name_over(text, line, zone)
    if above is not None:
        name = _joined(_title_block(text, above, zone))
        return (name + printed if _TITLES_ITSELF.search(printed) else name), line
    return _labelled_title(text, printed) or _name_under(text, line, zone, printed)


_KIND_END = re.compile(r"(?:报告|白皮书|规划|方案|总结)$")
# The heading of a form about a report (技术报告审批表, 报告签批单, 成果登记表), no title of it.
_FORM_HEADING = re.compile(r"(?:审批|审核|签批|签发|登记|呈报|备案|评审|会签|信息|基本信息)(?:表|单)$")
# A programme's or a project's name printed over a report's title is no part of it.
_PROGRAMME_END = re.compile(r"(?:计划|专项|项目|基金|课题|工程|资助)(?:[（(][^（()）]*[）)])?$")


# A feasibility study is cited by the project's name with its kind (X项目可行性研究报告); a research
# topic's or a technical report's heading (课题研究报告, 技术报告) only says what kind of paper the
# named work is, and four outside typists independently titled such covers by the name alone.
# A 课题's own team or office named on a report's first page.
_TOPICS_TEAM = re.compile(r"^课题(?:组(?:组长|成员|主要成员)?|负责人|主持人|承担单位|编号)[:：]?", re.MULTILINE)
_TOPICS_PROGRAMME = re.compile(r"(?:研究|软科学|专项|重点|资助|计划)课题(?:[（(][^（()）]{0,12}[)）])?$", re.MULTILINE)
_TITLES_ITSELF = re.compile(r"可行性研究|可研|项目建议书")


def _set_off(lines: list[TextLine]) -> bool:
    """The last of a title's lines stands apart from the lines above it, further than they stand
    from each other and by a line at least (…设备健康管理 | 关键技术研究, a line's gap, then 课题研究报告,
    probe ED t05): a heading of its own, not the title's wrapped tail, which keeps the line spacing."""
    if len(lines) < 2 or lines[-1].page != lines[-2].page:
        return False
    gaps = [box(b)[1] - box(a)[3] for a, b in zip(lines, lines[1:])]
    height = lines[-2].line.height
    return gaps[-1] >= height and all(gaps[-1] >= 1.5 * g for g in gaps[:-1])


# (or its year: a white paper's edition, 白皮书 | （2019年）)
_PERIOD = re.compile(r"[（(](?:19|20)\d\d(?:\s*[-‐‑–—―－~～一至]+\s*(?:19|20)\d\d)?\s*年?(?:版|度)?[）)]")


def _period_under(text: DocText, last: TextLine) -> str:
    """A plan's period printed in smaller type on the line under its title (发展规划 |
    （2023—2027年）), or a white paper's year (白皮书 | （2019年）): part of the title."""
    below = line_below(text, last)
    if below is None or _PERIOD.search(last.compact) or not _PERIOD.fullmatch(below.compact):
        return ""
    return title_form(below.compact)


_NAMED_REPORT = re.compile(r"《([^《》]{4,60}(?:报告|白皮书|规划(?:[（(][^）)]{4,16}[）)])?|可行性研究|方案))》")


def _named_in_text(text: DocText) -> tuple[str, TextLine] | None:
    found = running_match(text, _NAMED_REPORT)
    return (title_form(found[0].group(1)), found[1]) if found else None


def _title_block(text: DocText, line: TextLine, zone: list[TextLine]) -> list[TextLine]:
    """The title's lines (``block``), each with the boxes of its size beside it left to
    right: OCR parts a line of big print at a wide gap (重庆市  智能制造发展规划)."""
    lines = []
    for piece in block(text, line, allowed=zone):
        beside = [l for l in zone if l is not piece and same_row(l, piece) and similar_height(l, piece)]
        lines += sorted([piece] + [l for l in beside if l not in lines], key=lambda l: box(l)[0])
    return lines


_BYLINE = re.compile(r"(?:[\u4e00-\u9fff·]{2,10}[\d,，*]{0,4}\s+){1,}[\u4e00-\u9fff·]{2,10}[\d,，*]{0,4}")


def _joined(lines: list[TextLine]) -> str:
    """The title the lines print: up to a subtitle (——以…为抓手), stamps and 《》 left out."""
    kept = []
    for line in lines:
        if re.match(r"[—\-－~～]{1,2}", line.compact) and kept:
            break
        if kept and _BYLINE.fullmatch(line.text.strip()) and all(
                is_name(re.sub(r"[\d,，*]+$", "", w)) for w in line.text.split()):
            break  # a paper-like report's byline under its title: 雷博文1 唐天佑2 阿依古丽·买买提1
        inside = re.fullmatch(r"[（(](.+)[)）]", line.text.strip())
        if kept and inside and (sum(is_name(w) for w in inside.group(1).split()) >= 2
                                or re.search(r"(?:公司|大学|学院|研究院|研究所|中心)", inside.group(1))):
            break  # its byline in brackets: （重庆…有限公司技术中心　董毅　任睿　令狐欣怡）
        kept.append(line)
    printed = title_form(join_cjk(strip_stamps("".join(l.text for l in kept))))
    whole = re.fullmatch(r"《([^《》]+)》", printed)
    return whole.group(1) if whole else printed


def _name_over(text: DocText, line: TextLine, zone: list[TextLine]) -> TextLine | None:
    """The title line printed over a generic heading (the project's name over 可行性研究报告),
    up to four blank lines between them (a cover spaces them wide): the nearest line above
    it in the title zone, across its centre, in print no smaller than two thirds of it."""
    x0, y0, x1, _ = line.line.box
    centre = (x0 + x1) / 2
    above = [l for l in zone if l.page == line.page and l.line.box[3] <= y0
             and y0 - l.line.box[3] <= 4.5 * line.line.height and l.line.box[0] <= centre <= l.line.box[2]]
    nearest = max(above, key=lambda l: l.line.box[3], default=None)
    if nearest is not None and re.match(r"[—\-－~～]{1,2}", nearest.compact):
        # (a subtitle, ——面向…的应用, set between the title and the kind: the title is over it, probe
        # EF r9f gave the subtitle as the title)
        return _name_over(text, nearest, [l for l in zone if l is not nearest])
    if nearest is None or nearest.line.height < 0.66 * line.line.height or _GENERIC_TITLE.fullmatch(nearest.compact):
        return None
    return nearest


def _name_under(text: DocText, line: TextLine, zone: list[TextLine], heading: str) -> tuple[str, TextLine] | None:
    """The report's own name printed under its kind (技术报告 over 减速器壳体…验证技术报告): the
    next title-like line below it, across its centre, in print at least half its size,
    naming the same kind of report (it ends in the heading's words, or in 报告/规划/白皮书)."""
    x0, _, x1, y1 = line.line.box
    centre = (x0 + x1) / 2
    below = [l for l in zone if l.page == line.page and l.line.box[1] >= y1 and l.line.box[0] <= centre <= l.line.box[2]
             and l.line.height >= 0.5 * line.line.height and not _GENERIC_TITLE.fullmatch(l.compact)]
    nearest = min(below, key=lambda l: l.line.box[1], default=None)
    if nearest is None:
        return None
    printed = _joined(_title_block(text, nearest, zone))
    if printed.endswith(heading) or re.search(r"(报告|规划|白皮书|研究)$", printed):
        return printed, nearest
    return None


# How a project's or a topic's name ends when it is whole (…研制与应用, …关键技术研究).
_SUBJECT_END = re.compile(r"(?:研究|研制|应用|开发|研发|系统|平台|技术|项目|课题|示范|建设|改造|产业化|装备|设计|工程|方法|"
                          r"集成|攻关|验证|构建|工艺|装置|设备|[)）])$")


def _labelled_title(text: DocText, heading: str) -> tuple[str, TextLine] | None:
    """The title a label gives: the 报告名称 as printed; the 项目名称 with a feasibility
    ``heading`` the cover prints (项目名称：X under 可行性研究报告 is X可行性研究报告), a 课题名称
    under 课题研究报告 alone."""
    found = labelled_value(text, _REPORT_NAME)
    if found and not LABEL_START.match(found[0]):
        # (its cell's second line: …设备联网、边缘数 | 据采集与…研究报告, the label centred between
        # them — where ``layout.wrapped_value``, looking right under the value, meets the label)
        name, line = strip_stamps(found[0]), found[1]
        if not _KIND_END.search(name):
            under = next((l for l in text.lines[line.index + 1:line.index + 4] if l.page == line.page
                          and abs(box(l)[0] - box(line)[0]) <= line.line.height
                          and 0 <= box(l)[1] - box(line)[3] <= 1.5 * line.line.height), None)
            if under is not None and _KIND_END.search(under.compact) and not LABEL_START.match(under.compact):
                name += under.compact
            elif (hung := _hung_under(text, line, found[0])) is not None:
                name += hung.compact
        return title_form(join_cjk(name)), line
    # (a bare 名称 cell on a cover headed by the kind, 白 皮 书 | 名 称 | 工业…白皮书（2023）, probe DM
    # rep-15: the title, when it names the kind itself)
    found = labelled_value(text, ["名称"]) if heading else None
    if found and not LABEL_START.match(found[0]) and _KIND_END.search(_PERIOD.sub("", strip_stamps(found[0])).strip()):
        return title_form(join_cjk(strip_stamps(found[0]))), found[1]
    found = labelled_value(text, _SUBJECT_NAME) if heading else None
    if heading and not found:
        # (the label's short form opening its line, 课  题：冷链物流…设计, probe DY tr14)
        found = next(((m.group(1), l) for l in text.lines for m in [_TOPIC_ALONE.match(l.text)] if m), None)
    if found and not LABEL_START.match(found[0]):
        found = _centred_on(text, found)
        # (a fill-in cover's underline wraps the name onto the next: …远程运维服 | 务平台研制与应用)
        found = wrapped_value(text, found[1], found[0], lambda v: bool(_SUBJECT_END.search(strip_stamps(v))))
        subject = title_form(join_cjk(strip_stamps(found[0])))
        if subject.endswith(heading) or not _TITLES_ITSELF.search(heading):
            return subject, found[1]
        return subject + heading, found[1]
    return None


def _centred_on(text: DocText, found: tuple[str, TextLine]) -> tuple[str, TextLine]:
    """A form's name cell of two lines with its label centred between them (科技社团承接政府
    转移职能的 | 课题名称 | 路径与绩效评价研究, probe DY tr12): the line under the label was
    read as the value; the line over the label, flush with it and in its print, opens the name."""
    value = found[1]
    hit = next((h for h in text.find_label(_SUBJECT_NAME) if h.line is not value and not h.value), None)
    if hit is None or _SUBJECT_END.search(strip_stamps(value.compact)) is None:
        return found
    middle = (box(hit.line)[1] + box(hit.line)[3]) / 2
    height = value.line.height
    # (flush with it, or centred over it in the cell, 新能源汽车电池包箱体激光焊接 | 变形控制技术研究, probe EB18)
    above = [l for l in text.lines if l.page == value.page and l is not hit.line and box(l)[3] <= middle <= box(value)[1]
             and box(value)[1] - box(l)[3] <= 2 * height
             and (abs(box(l)[0] - box(value)[0]) <= 0.5 * height
                  or abs(box(l)[0] + box(l)[2] - box(value)[0] - box(value)[2]) <= height)
             and similar_height(l, value, 0.3) and not LABEL_START.match(l.compact) and not is_caption(l)
             and not _SUBJECT_END.search(strip_stamps(l.compact))]
    if len(above) != 1 or any(box(o)[2] <= box(above[0])[0] and o is not hit.line for o in row_of(text, above[0])):
        return found
    return above[0].compact + found[0], above[0]


_TOPIC_ALONE = re.compile(r"^\s*课\s*题\s*[:：]\s*(\S.{3,60})$")


def _hung_under(text: DocText, line: TextLine, value: str) -> TextLine | None:
    """The second line of a form's value cell, hung under the value's first letter and close
    under it, one cell with no caption of its own beside it (报告标题   面向…多机器人协 | 同调度与
    数字孪生监控技术, probe DL R9c): the title's wrap."""
    height = line.line.height
    left = value_left(line, value)
    for under in text.lines[line.index + 1:line.index + 3]:
        if under.page != line.page or LABEL_START.match(under.compact) or len(split_cells(under.text)) > 1:
            continue
        top = box(under)[1]
        if not (box(line)[1] + 0.4 * height < top <= box(line)[3] + height and abs(box(under)[0] - left) <= 1.5 * height):
            continue
        if any(o is not line and box(o)[2] <= box(under)[0] for o in row_of(text, under)):
            continue  # (the next row's value, its caption to its left)
        return under
    return None


def _cover_date(text: DocText) -> tuple[PartialDate, TextLine] | None:
    """The first line that is only a date: a cover's or a sign-off page's, before any
    date the body's sentences mention."""
    for line in text.lines:
        date = line_date(line)
        if date is not None:
            return date, line
    # (or the cover's foot, the unit and the date on one line: 重庆市生态环境科学研究院 2024年6月, probe DV D34
    # took a data cut-off, 数据截至2024年5月31日, from a later page)
    for line in text.lines:
        if line.page != text.lines[0].page:
            break
        head, _, tail = line.text.strip().rpartition(" ")
        date = standalone_date(tail) if head.strip() and unit_like("".join(head.split())) else None
        if date is not None:
            return date, line
    return None


# --------------------------------------------------------------------------- authors

def _report_authors(text: DocText) -> tuple[list[str], TextLine] | None:
    """The writers: every writer, editor and leader a page lists under his role, in the
    order printed (a cover's 项目负责人 then 编写人员; a sign-off table's 项目负责人 and
    编写 rows, its 审核 and 批准 rows left out; an editorial board's 主编, 副主编 and 编委),
    on the first page that names a writer or an editor.  Else the units' people
    (编制单位及人员); else the project's leader followed by its members (项目负责人 +
    主要参加人员, 课题组组长 + 课题组成员), the leader first as the report lists them; else a
    table of its people (编制人员名单: 序号 姓名 职称 分工)."""
    entries = _role_entries(text)
    # A board (编委会: 主编, 编委) beside a writing group (编写组, 编写人员) oversaw the
    # report; the group wrote it.
    board = [e for e in entries if e[0] == "writer" and _on_board(text, e[2])]
    if board and len(board) < sum(e[0] == "writer" for e in entries):
        entries = [e for e in entries if not any(e is b for b in board)]
    writing = [e for e in entries if e[0] == "writer"]
    signed = _sign_off_block(text)
    # A document-control block (编制 | 审核 | 批准) read whole: its 编制 cell wrapped onto a
    # second line, which a label's reading stops before.
    if signed and (not writing or len(signed[0]) > len(writing[0][1]) and signed[0][:len(writing[0][1])] == writing[0][1]):
        return signed
    if writing:
        page = writing[0][2].page
        # A group led by its 组长 (课题组长, 副组长, then 课题组成员) with no one labelled as
        # a writer: its members wrote it with them.
        labelled = any(spot[1] in spot[0].compact for spot in _label_spots(text, _all_writers() + _BARE_WRITERS))
        kinds = ("writer", "leader") + (() if labelled else ("member",))
        names: list[str] = []
        # in the order printed, row by row (主编, then 副主编, then 编写人员; a 项目负责人 printed over the
        # writers first, whatever his place among them: 主持人按第 1 名计)
        for kind, found, line in sorted(entries + _member_entries(text, page), key=lambda e: (e[2].page, round(box(e[2])[1]))):
            if line.page == page and kind in kinds:
                names += [n for n in found if n not in names]
        return names, writing[0][2]
    # A roles table whose roles are a leader's and no writer's (项目负责人 | 技术负责人 | 校核 |
    # 委托方代表): its leaders are the writers, its other roles none (probe DH r6v), never
    # every name of its 姓名 column.
    roles = _sign_off_table(text)
    leading = [n for kind, found, _ in roles if kind == "leader" for n in found]
    if leading and not any(kind == "writer" for kind, _, _ in roles):
        return list(dict.fromkeys(leading)), roles[0][2]
    # A writers' label read above that named nobody (编写人员：张伟、▇▇、王芳) is not read
    # again more loosely; a label OCR damaged or glued to its names is.
    spotted = next(_label_spots(text, _all_writers()), None)
    if spotted is not None and spotted[0].compact.endswith((":", "：")) and not writing \
            and any(kind == "leader" for kind, _, _ in entries):
        # (nor is its leader alone the writers: 项目负责人 over a grid of writers read in part, probe DV D02)
        return None
    if spotted is None:
        writers = labelled_people(text, _all_writers()) or _glued_people(text, _all_writers())
        # The fuzzy label search may take 主要参加人员 for a damaged 参编人员: a members'
        # line is read below, with the leader in front.
        members_line = _labelled(text, _MEMBERS)
        if writers and not (members_line and writers[1].index == members_line[1].index):
            return writers
    units = _units_people(text) or _info_table_authors(text)
    if units:
        return units
    prose = prose_writers(text)
    if prose:
        return prose
    members = _labelled(text, _MEMBERS) or labelled_people(text, _MEMBERS) or _glued_people(text, _MEMBERS)
    leaders = _leaders(text)
    leader = _labelled(text, leaders) or labelled_people(text, leaders) or _glued_people(text, leaders)
    if members and leader:
        # its deputies (课题组副组长) between the leader and the members, as a cover lists them
        deputies = _labelled(text, _DEPUTIES)
        first = leader[0] + [d for d in (deputies[0] if deputies else []) if d not in leader[0]]
        return first + [m for m in members[0] if m not in first], leader[1]
    table = None if members else _staff_table(text)
    if leader and table:  # 课题负责人：张三, then a table of the 课题组成员
        return leader[0] + [m for m in table[0] if m not in leader[0]], leader[1]
    return members or leader or table


def _info_table_authors(text: DocText) -> tuple[list[str], TextLine] | None:
    """科技部's 科技报告基本信息表: 2.报告作者及单位 (its caption maybe wrapped in its cell, 报告作者及单
    | 位) over two rows, 中文 and 英文, the 中文 row's cell A（unit）；B（unit）… over several lines,
    centred on its caption: the names, in order.

    >>> from extractor.model import Line, Page, ReadResult
    >>> rows = [("Surfaces of Precision Reducers", (218, 153, 375, 162)), ("2.报告作者及单", (76, 181, 147, 191)),
    ...         ("位", (76, 196, 86, 206)), ("中文", (162, 188, 181, 198)),
    ...         ("欧阳晓峰(重庆大学);陈思远(重庆大学);阿依古丽·买买提", (218, 173, 514, 183)),
    ...         ("(重庆大学);罗博(重庆巴南精密传动有限公司);上官雨欣", (224, 188, 511, 199)),
    ...         ("(重庆巴南精密传动有限公司)", (224, 204, 357, 214)), ("英文", (161, 255, 181, 265)),
    ...         ("Ouyang Xiaofeng (Chongqing University); Chen Siyuan", (218, 225, 497, 236))]
    >>> doc = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer",
    ...     [Line(t, b) for t, b in sorted(rows, key=lambda r: r[1][1])])]))
    >>> _info_table_authors(doc)[0]
    ['欧阳晓峰', '陈思远', '阿依古丽·买买提', '罗博', '上官雨欣']
    """
    for line in text.lines:
        caption = re.sub(r"^\d{1,2}[.、．]", "", line.compact)
        below = line_below(text, line, 0.8)
        if below is not None and len(below.compact) <= 2 and box(below)[0] <= box(line)[0] + line.line.height:
            caption += below.compact  # (wrapped in its cell)
        if caption not in ("报告作者及单位", "报告作者", "作者及单位"):
            continue
        h, mid = line.line.height, (box(line)[1] + box(line)[3]) / 2
        chinese = [l for l in text.lines if l.page == line.page and l.compact == "中文" and box(l)[0] >= box(line)[2] - 2
                   and abs((box(l)[1] + box(l)[3]) / 2 - mid) <= 2 * h]
        if len(chinese) != 1:
            continue
        cap = chinese[0]
        cell = sorted((l for l in text.lines if l.page == line.page and box(l)[0] >= box(cap)[2] - 2),
                      key=lambda l: box(l)[1])
        level = [l for l in cell if box(l)[1] < box(cap)[3] and box(l)[3] > box(cap)[1]]
        if not level:
            continue
        at = cell.index(level[0])
        latin = re.compile(r"[A-Za-z]{3}")
        first = last = at
        while first > 0 and box(cell[first])[1] - box(cell[first - 1])[3] <= h and not latin.search(cell[first - 1].text):
            first -= 1
        while last + 1 < len(cell) and box(cell[last + 1])[1] - box(cell[last])[3] <= h \
                and not latin.search(cell[last + 1].text):
            last += 1
        joined = without_brackets("".join(l.compact for l in cell[first:last + 1]))
        names = [n for part in re.split(r"[;；、，,]", joined) for n in [part.strip()] if n]
        if len(names) >= 1 and all(is_name(n) and plain_names(n) == [n] for n in names):
            return names, cell[first]
    return None


def _names_under(text: DocText, title: TextLine) -> tuple[list[str], TextLine] | None:
    """A cover's unlabelled line of names just under its title (罗一帆  陶建  欧阳一鸣), as a
    paper prints its authors: two names or more and nothing else, within three lines."""
    labels = _all_writers() + _BARE_WRITERS + _EDITORS + _LEADERS + _MEMBERS + ["顾问", "指导", "审核", "批准"]
    # (not a label one letter from another: 课题编号 is no damaged 课题编者)
    if any(h.exact or "编号" not in h.line.compact[h.start:h.end + 1] for h in text.find_label(labels)):
        return None  # people under a label read as nobody: no unlabelled line stands in for them
    for line in text.lines[title.index + 1:title.index + 4]:
        if line.page != title.page:
            break
        if re.search(r"[:：]", line.text):
            continue
        value = strip_stamps(line.text).strip()
        inside = re.fullmatch(r"[（(](.+)[)）]", value)
        if inside:  # (in brackets after their unit: （重庆…有限公司技术中心　董毅　任睿　令狐欣怡）)
            words = inside.group(1).split()
            value = " ".join(words[1:] if words and _ORG.fullmatch(words[0]) else words)
        names = plain_names(value) if re.search(r"[\s,，、]", value) else None
        if names and len(names) >= 2 and all(has_surname(n) for n in names):
            return names, line
    return None


# A document-control block's header (编制 | 审核 | 批准 | 日期 over one row of names and a day).
_SIGN_OFF_WORDS = frozenset(_BARE_WRITERS + ["审核", "审定", "批准", "校核", "校对", "审批", "日期", "会签", "签发"])


def _sign_off_block(text: DocText) -> tuple[list[str], TextLine] | None:
    """The writers of a document-control block: the names under its 编制 (编写, 撰写 …), its
    reviewers (审核, 批准) left out.  All or nothing."""
    record = record_under(text, _SIGN_OFF_WORDS)
    for word, (value, line) in record.items():
        if word in _BARE_WRITERS:
            names = plain_names(strip_stamps(value))
            return (names, line) if names else None
    return None


def _leaders(text: DocText) -> list[str]:
    """The leaders' labels of this document.  A consultancy's 签署页 prints its officers
    (法定代表人, 技术负责人) before the report's own people: there 技术负责人 is the firm's
    chief engineer signing it off, no writer."""
    if any("法定代表人" in line.compact for line in text.lines):
        return [label for label in _LEADERS if label != "技术负责人"]
    return _LEADERS


# Who leads a report by the page's own word: its 主编, its group's 组长, its 负责人 (never a 副 one).
_CHIEFS = ["执行主编", "主编", "组长", "课题组组长", "项目组组长", "编写组组长", "编制组组长", "课题组长", "项目组长"]


def _leads(text: DocText, authors: list[str]) -> tuple[list[str], TextLine] | None:
    """The writers the page itself names as leading the report (主编：…, 组长：…, 项目负责人：…), in
    the writers' order: the rule pack's 主持 and 主要负责人 (role lead).  Being listed first is not
    leading (排名第 1 本身不等于主持, probe DU b9)."""
    found: list[str] = []
    first = None
    for spot in _label_spots(text, _CHIEFS + _leaders(text)):
        line, label = spot[0], spot[1]
        at = line.compact.find(label)
        if at > 0 and line.compact[at - 1] == "副" or _judged(text, line):
            continue  # (副主编, 副组长; a judges' panel's 组长)
        names = _spot_names(text, *spot, heading=True)
        for name in names[0] if names else []:
            if name in authors and name not in found:
                found.append(name)
                first = first or line
    return ([n for n in authors if n in found], first) if found else None


def _all_writers() -> list[str]:
    """The writers' labels and their forms after a prefix (主要编写人员, 报告编写组)."""
    return list(_writer_labels())


@lru_cache(maxsize=1)
def _writer_labels() -> tuple[str, ...]:
    # Made once: every line of a long report asks for each label whether OCR damaged it
    # (``_damaged_role``), and making the list each time cost 6 s on a 20-page report.
    return tuple(_WRITERS + [p + w for p in _LABEL_PREFIXES for w in _WRITERS + _BARE_WRITERS if p + w not in _WRITERS])


@lru_cache(maxsize=1)
def _writer_set() -> frozenset[str]:
    return frozenset(_writer_labels()) | frozenset(_BARE_WRITERS)


def _role_entries(text: DocText) -> list[tuple[str, list[str], TextLine]]:
    """Every role that names people, as ``(kind, names, line)`` in the order printed: kind
    ``writer`` (编写人员, 编写, 主编, 编委, 成员 …) or ``leader`` (项目负责人); none under a
    heading of judges (评审专家组: 组长, 成员)."""
    groups = [("writer", _all_writers(), True), ("writer", _BARE_WRITERS, False),
              ("writer", _EDITORS, False), ("leader", _leaders(text), True)]
    entries = []
    table = _sign_off_table(text)
    in_table = {line.index for _, _, line in table}  # (a role cell read as a label: its row is the table's)
    for kind, labels, heading in groups:
        for spot in _label_spots(text, labels):
            line = spot[0]
            if _judged(text, line) or line.index in in_table:
                continue
            found = _spot_names(text, *spot, heading=heading)
            if not found and not heading and (spot[3] or _ORDER_NOTE.fullmatch(text_after(line, spot[2]).strip(" :："))):
                found = _one_a_line_under(text, line)  # (主编 | 唐波艳, 副主编 | 隗晨 | 沈娟航 …, probe DR T20)
            if found:
                entries.append(((line.page, line.line.box[1], line.line.box[0], spot[2]), kind, found[0], line))
    entries += [((line.page, line.line.box[1], line.line.box[0], 0), kind, names, line)
                for kind, names, line in table]
    # Rows in print order; boxes on one row (within half a line) left to right, and the roles of
    # one line in its order (编制组组长：…；副组长：…；成员：…).
    entries.sort(key=lambda e: (e[0][0], round(e[0][1] / max(e[3].line.height / 2, 1)), e[0][2], e[0][3]))
    return [(kind, names, line) for _, kind, names, line in entries]


def _one_a_line_under(text: DocText, label: TextLine) -> tuple[list[str], TextLine] | None:
    """The names set one a line under a role alone on its line, each line a name alone, flush
    with the first (an editorial page: 主编 | 唐波艳 | 副主编 | 隗晨 | 沈娟航 | 编委 | …): up to the
    next line that is no name (the next role)."""
    names: list[str] = []
    at, first = label, None
    while (below := line_below(text, at, 1.5)) is not None:
        people = split_people(below.text)
        if len(people or []) != 1 or not is_name(people[0]) or not labelled_surname(people[0]) \
                or _ROLE.match(below.compact) or (first is not None and abs(box(below)[0] - box(first)[0]) > below.line.height):
            break
        first = first or below
        names.append(people[0])
        at = below
    return (names, first) if names else None


def _member_entries(text: DocText, page: int) -> list[tuple[str, list[str], TextLine]]:
    """The members a page lists under their label (课题组成员：…), as role entries."""
    entries = []
    for spot in _label_spots(text, _MEMBERS):
        if spot[0].page == page and not _judged(text, spot[0]):
            found = _spot_names(text, *spot, heading=True)
            if found:
                entries.append(("member", found[0], spot[0]))
    return entries


_BOARD = re.compile(r"编委会|编辑委员会|编审委员会|指导委员会")
_GROUP = re.compile(r"编写组|编制组|编写人员|编制人员|撰写人员|课题组|项目组")
_GROUP_ROLES = frozenset({"组长", "副组长", "成员"})


def _on_board(text: DocText, line: TextLine) -> bool:
    """``line`` names people under a board's heading (编委会), no writing group's heading
    (编写组) between."""
    for above in reversed(text.lines[max(0, line.index - 12):line.index + 1]):
        if above.page != line.page:
            break
        if _GROUP.search(above.compact):
            return False
        if _BOARD.search(above.compact):
            return True
    return False


def _judged(text: DocText, line: TextLine) -> bool:
    """``line`` stands under a heading of the people who judged the report (评审专家组) or
    led the work (编制领导小组), no writers' heading (编写组, 签署页) between."""
    for above in reversed(text.lines[max(0, line.index - 8):line.index]):
        if above.page != line.page:
            break
        if LABEL_START.match(above.compact):
            continue
        if _OVERSEERS.search(above.compact):  # 编制领导小组: it led the work, it did not write
            return True
        if _WRITING_GROUP.search(above.compact):
            return False
        if _JUDGES.search(above.compact):
            return True
    return False


def _label_spots(text: DocText, labels: list[str]):
    """Every place a label heads a value: followed by a colon (after a bracketed note:
    主要编写人员（排名不分先后）：), alone in a cell of its own (a 序号 cell before it at
    most), or opening a table's row its cells follow (``编写  王芳  工程师``); standing at
    the start of its line or after a space (编制单位：…  编制：张三), never inside a word
    (编制单位, 本报告编写说明).  A writer's role OCR damaged in one character (编制入员,
    编与) is read as the role.  Each place once, with the longest label standing there;
    yields ``(line, label, end, alone)``."""
    for line in text.lines:
        line = _with_spaced_head(text, line, labels)
        compact, taken = line.compact, set()
        # a 序号 before a row's role, or a bilingual form's English caption (Prepared by 编制)
        # (or a footnote's mark: *本报告执笔人：…)
        # (or a form's row number: 2.报告作者及单位 李强（重庆大学）；…)
        opening = re.match(r"[*※]|[A-Za-z][A-Za-z.'’]*(?=[\u4e00-\u9fff])|\d{1,2}[.、．](?=[\u4e00-\u9fff])|\d{0,2}", compact).end()
        found = [(m.start(), m.end(), label) for label in sorted(labels, key=len, reverse=True)
                 for m in re.finditer(re.escape(label), compact)]
        found += [(opening, opening + len(label), label) for label in labels if _damaged_role(compact[opening:], label)]
        for start, end, label in found:
            if any(start < e and s < end for s, e in taken):
                continue
            after = AFTER_LABEL.match(compact[end:])
            at = original_index(line.text, start)
            # A label alone in a cell heads its row (a form's label column), not a cell
            # of a table's row (a staff table's 分工 column: 项目负责人).
            # (or with a note on the order only, 编委（以姓氏笔画为序） alone on its line, probe DR T20)
            alone = not after and (compact == label or compact[:start] == "" and _ORDER_NOTE.fullmatch(compact[end:])) \
                and not any(box(l)[2] <= box(line)[0] + 2 and not l.compact.isdigit() for l in row_of(text, line))
            # (or after a group's heading in a sentence, 编制组：负责人 汪 洋；成员 …)
            row = not after and (start == opening or compact[start - 1:start] in ":：;；") and end < len(compact) and \
                line.text[original_index(line.text, end - 1) + 1:][:1].isspace()
            if not (after or alone or row):
                continue
            if start > 0 and re.match(f"[{CJK}]", line.text[:at][-1:] or " ") \
                    and not (label in _GROUP_ROLES and re.search(rf"(?:{_GROUP.pattern})$", compact[:start])):
                # inside a word (a space before it parts two cells: 审核：李强  编写：张伟) — but a
                # group's own head after its name is its head (编制组组长：骆建新, probe CR R17)
                continue
            taken.add((start, end))
            yield line, label, end + (after.end() if after else 0), alone


def _with_spaced_head(text: DocText, line: TextLine, labels: list[str]) -> TextLine:
    """``line`` with the one letter OCR boxed apart at its left joined to it, when the two open
    one of ``labels``: a label spaced out in print (主　　笔：吴峰 read as 主 | 笔：吴峰)."""
    h = line.line.height
    left = [l for l in row_of(text, line) if len(l.compact) == 1 and re.match(f"[{CJK}]", l.compact)
            and box(l)[0] < box(line)[0] and box(line)[0] - 3 * h <= box(l)[2] <= box(line)[0] + 0.6 * h]
    if len(left) != 1 or not any((left[0].compact + line.compact).startswith(label) and not line.compact.startswith(label)
                                 for label in labels):
        return line
    head = left[0]
    joined = Line(head.text + " " + line.text, (box(head)[0], min(box(head)[1], box(line)[1]), box(line)[2],
                                                  max(box(head)[3], box(line)[3])), line.line.confidence)
    return TextLine(line.page, line.index, joined, line.page_height, line.page_width)


def _damaged_role(compact: str, label: str) -> bool:
    """``compact`` opens with ``label`` OCR damaged in one character after the first
    (编制入员, 编与), a separator, a space or the line's end after it, and is no other role
    (编号, 审核, 参加人员 are not damaged writers)."""
    window = compact[:len(label)]
    if label not in _writer_set():
        return False  # 副所长 is one character from 副组长: only writers' labels are forgiven
    if len(window) < len(label) or window == label or window[0] != label[0] or window in _NOT_WRITERS \
            or window.endswith(tuple(_NOT_WRITERS)):  # (项目编号 is no 项目编写 damaged)
        return False
    if any(window == other for group in (_WRITERS, _BARE_WRITERS, _EDITORS, _LEADERS, _MEMBERS) for other in group):
        return False
    if len(label) == 2 and label not in _BARE_WRITERS:
        return False  # 主任 is one character from 主编
    return sum(a != b for a, b in zip(window, label)) == 1 and re.match(f"[{CJK}]", window[-1]) is not None


def _labelled(text: DocText, labels: list[str], heading: bool = True) -> tuple[list[str], TextLine] | None:
    """The people after the first of ``labels`` that names any (``_spot_names``)."""
    for spot in _label_spots(text, labels):
        found = _spot_names(text, *spot, heading=heading)
        if found:
            return found
    return None


def _spot_names(text: DocText, line: TextLine, label: str, end: int, alone: bool,
                heading: bool = True) -> tuple[list[str], TextLine] | None:
    """The people after a label (``_label_spots``): on its line up to the next label, a date
    or a title (编制：张三  审核：李四 gives 张三 alone), else in a grid beside or under it,
    else in the cell to its right and the cells under it that no role heads (a merged
    role cell), else on the lines under it (under a label alone on its line, a heading
    such as 编写组, only when ``heading``); a list that runs on is followed over the lines
    it wraps onto.  A list with a piece unread (张伟、▇▇、王芳) names nobody."""
    value = "" if alone else text_after(line, end)
    value = value.split("。")[0] + ("。" if "。" in value else "")  # (a sentence's end ends the list: …乐正阳。报告完成于…)
    # (a note on the order the line's end cut open: …、卜志高(以姓氏笔画为序 | ), probe CR R17)
    value = re.sub(r"\s*[（(][^（()）]*(?:为序|排序|先后|顺序)[^（()）]*$", "", value)
    if re.fullmatch(r"\s*/\s*[A-Za-z][A-Za-z .'\-]*[:：]?\s*", value) or _ORDER_NOTE.fullmatch(value.strip(" :：")):
        # a bilingual caption's English (作者 / Authors), or a note on the order (参与编写人员（按姓氏
        # 拼音排序）：): the names stand under it
        value, alone = "", True
    # Each name with his title or post beside it (黎明辉 正高级工程师  车晓雯 高级工程师 …, the pairs
    # in cells of the label's row; 总工程师 桓永昌、副总工程师 欧瑞): the names, every one of them.
    if value.strip() and not alone:
        beside = sorted((l for l in row_of(text, line) if box(l)[0] >= box(line)[2] - 1), key=lambda l: box(l)[0])
        titled = titled_names(" ".join([value] + [l.text for l in beside]))
        if titled is None and (rows := _titled_rows_under(text, line)):
            # (one a row, the rest under the first: 撰稿人：皇甫俊杰 正高级工程师 | 重庆市…院, then
            # 韦海波 | 高级工程师 | 重庆文理学院 …; the units set aside)
            own = [_ORG.sub(" ", strip_stamps(value))] + [l.text for l in beside if not _ORG.fullmatch(strip_stamps(l.compact))]
            titled = titled_names(" ".join(own + rows))
        if titled:
            return titled, line
    # A label with no colon after it opens a table's row (编写  王芳  工程师): the row is
    # all its value, the next row another role's.
    row = not alone and line.compact[end - 1:end] not in ":："
    if value.strip() and _UNIT_AFTER_NAME.match(value.strip(" :：")):
        # (before a unit's word ends the row: 卢鹏渝（重庆大学） 潘洋成（…）, probe DR T10)
        stop = _NEXT_LABEL.search(value)
        return _names_with_units(text, line, value[:stop.start()] if stop else value)
    cut = _NEXT_LABEL.search(value) or _ROW_END.search(value) or row
    printed = bool(value.strip(" :：;；,，。"))
    value, anchor = (value[:cut.start()] if cut and cut is not True else value).strip(" :：;；,，。"), line
    if not value and printed:
        return None  # 编制：2023年6月, 编制：  审核：李四 — nobody named
    in_cell = False
    if not value:
        cut = None
        cell = right_of(text, line, slack=0.5 * line.line.height)
        # (a heading alone, 编 写 组, often stands apart from the names it heads)
        # (so does a label ending its line on its colon, 编写人员：, probe DE R08)
        below = next_line(text, line, 2.5 if alone or line.compact[-1:] in ":：" else 1.5)
        if alone and below is not None and _ORDER_NOTE.fullmatch(below.compact):
            below = next_line(text, below)  # 编写组 | （排名不分先后） | the names
        grid = name_grid(text, line) if cell is None or not _ROLE.match(cell.compact.strip(":：")) else None
        if grid:
            return grid, line
        if cell is not None and not _ROLE.match(cell.compact.strip(":：")) and (titled := titled_column(text, cell)):
            return titled, cell  # (编制人员： | 高级工程师 高航伟, the rest one a line under it, probe CV TR04)
        # One name a line in the label's column, whatever stands beside them (a page set in two:
        # the preface to the left of 主要编写人员： and its names)
        # (not a heading over labelled lines, 编写组 | 组长：… | 成员：…: its names are theirs)
        over_labels = alone and below is not None and LABEL_START.match(below.compact) is not None
        # (a heading over its unit's line, then the table of its people: 编制人员 | 编制单位：… | 序号 姓名
        # 职称 承担工作 | 1 韦博 …, probe DB)
        header = next_line(text, below, 3.0) if over_labels and re.match(r"(?:编制|编写|承担|完成|牵头)单位", below.compact) else None
        if header is not None and "姓名" in header.text.split() and len(header.text.split()) > 1:
            column = name_column(text, header)
            if len(column) >= 2:
                return column, header
        if cell is None and (heading or not alone) and not over_labels and below is not None \
                and (titled := titled_column(text, below) or unit_column(text, below)):
            # (one a line, each with his title, perhaps in a box of its own, probe CR R25; or
            # with his unit, probe DE R08)
            return titled, below
        column = name_column(text, line) if cell is None and (heading or not alone) and not over_labels else []
        if len(column) >= 2:
            return column, line
        if cell is not None and _ROLE.match(cell.compact.strip(":：")):
            # 编制 | 审核 | 批准 heading a row of names: the name is under the label.
            under = line_below(text, line)
            if under is None or not _on_row_under(text, under, cell):
                return None
            value, anchor, cut = under.text, under, True
        elif cell is not None and not LABEL_START.match(cell.compact):
            value, anchor, in_cell = cell.text, cell, True
            # (the label centred on a cell of names one to a line: the cell from its top)
            top = cell_top(text, cell, line, lambda t: bool(plain_names(t.rstrip("、，,；; "))))
            if top is not cell:
                names = cell_list(text, top, line)
                return (names, top) if names and not any(_ROLE.match(n[:2]) for n in names) else None
        elif cell is None and (heading or not alone) and below is not None and not LABEL_START.match(below.compact) \
                and not any(l.line.box[2] <= below.line.box[0] + 2 for l in row_of(text, below)):
            titled = titled_column(text, below)  # (one a line, each with his title)
            if titled:
                return titled, below
            value, anchor = below.text, below
            if _UNIT_AFTER_NAME.match(value):  # (under 主要编写人员：, each with his unit, probe DR T22)
                return _names_with_units(text, anchor, value)
        else:
            return None
        stop = _NEXT_LABEL.search(value) or _ROW_END.search(value)
        if stop:
            value, cut = value[:stop.start()], stop
    if not whole_list(strip_stamps(value)):
        return None
    if cut:
        names = plain_names(strip_stamps(value))
        if names is None and cut is True and re.search(r"[\u4e00-\u9fff]$", value.strip()) \
                and right_of(text, anchor, slack=0.5 * anchor.line.height) is None:
            # a row with no colon whose last name the wrap cut (成 员   …、司徒志刚、金 | 天佑)
            names = list_of_names(text, anchor, value)
        if names and row and anchor is line and re.sub(r"\s", "", label) in ("成员", "组员", "编委", "参编", "编写", "编制"):
            names += _merged_cell_rows(text, line)
    elif in_cell:  # a table's cell: the cells under it continue it only where no role heads their row
        names = list_of_names(text, anchor, value)
    else:
        # A paragraph wraps back to the margin, a list may wrap indented under its first
        # name: the reading that follows it further is the list.
        readings = [plain_names(strip_stamps(paragraph(text, anchor, value))), list_of_names(text, anchor, value)]
        # (as many names either way: the one that joined a name the wrap cut, 南宫 | 博)
        names = max(readings, key=lambda r: (len(r or []), sum(map(len, r or []))))
    tail = dotted_tail_below(text, line) if names and "·" in names[-1] and anchor is line else None
    if tail is not None:
        names[-1] += tail.compact  # (编 制 热合曼·吐尔 | 逊: its cell wrapped)
    if names and not any(_ROLE.match(n[:2]) for n in names):  # 审核李强: a role read as a name
        return names, anchor
    return None


def _names_with_units(text: DocText, anchor: TextLine, value: str) -> tuple[list[str], TextLine] | None:
    """Each name with his unit in brackets (林辉（重庆两江智造产业研究院）、马雪松（…检测研 | 究院）…),
    the list wrapping over lines, a name cut at a wrap (方 | 宇航): the names, all or none; lines
    under it that hold such names only go on with it wherever they are set (a cover centres them,
    叶涛亮（中国汽车工程研究院股份有限公司） under 作者：卢鹏渝（重庆大学） 潘洋成（…）, probe DR T10)."""
    joined, at = value, anchor
    while (below := line_below(text, at, 1.5)) is not None and _ONLY_UNITS_AFTER_NAMES.fullmatch(below.compact):
        joined, at = joined.rstrip(" 、，,") + "、" + below.text, below
    joined = without_brackets(paragraph(text, anchor, value) if at is anchor else joined)
    stop = _NEXT_LABEL.search(joined)  # (the date line under it the paragraph ran on to)
    joined = joined[:stop.start()] if stop else joined
    names = plain_names(strip_stamps(joined.strip(" :：;；,，。、")))
    return (names, anchor) if names and len(names) >= 2 else None


def _merged_cell_rows(text: DocText, line: TextLine) -> list[str]:
    """The rows under a table's row whose role cell is merged down over them (成 员 | 司马静 |
    重庆…院, then 邹海波 | 重庆邮电大学 …, no role of their own): one name opening each and his
    unit or title after it, set right of the role's column, up to a row with a role, a blank
    or anything else (a name alone there is the wrap's tail of the list above: 金 | 天佑)."""
    names: list[str] = []
    at, height = line, max(line.line.height, 1)
    while (below := next_line(text, at)) is not None:
        words = below.text.split()
        if not words or box(below)[0] < box(line)[0] + 2 * height or len(plain_names(words[0]) or []) != 1 \
                or len(words) < 2 or not (_ORG.fullmatch(strip_stamps(words[-1])) or _ROW_END.match(" " + words[1])):
            break
        # (a role's cell merged over rows further down, its caption centred between them: 审 核 over
        # 赵晓东 and 钱文博 — the rows from there are that role's)
        left = [l for l in text.lines if l.page == below.page and box(l)[2] < box(below)[0]
                and box(at)[1] < box(l)[3] and box(l)[1] < box(below)[3] + 1.5 * height and l is not line]
        if any(_ROLE.match(re.sub(r"\s", "", l.text)) or re.sub(r"\s", "", l.text) in SIGN_OFF_ROLES for l in left):
            break
        names.append(words[0])
        at = below
    return names


def _titled_rows_under(text: DocText, line: TextLine) -> list[str]:
    """The rows under a label's line that names the first person with his title (撰稿人：
    皇甫俊杰 正高级工程师 | 重庆市…院, then 韦海波 | 高级工程师 | 重庆文理学院 …), OCR boxing each
    cell: each row's name and title, its unit set aside, the row starting within the label's
    line (``titled_names`` tells whether they are all names and titles)."""
    rows, at = [], line
    while (below := line_below(text, at, 1.5)) is not None:
        cells = sorted([below] + row_of(text, below), key=lambda l: box(l)[0])
        if not box(line)[0] < box(cells[0])[0] < box(line)[2]:
            break
        # (a text layer's row is one line, its unit inside it: 韦海波 高级工程师   重庆文理学院)
        words = " ".join(_ORG.sub(" ", strip_stamps(c.text)) for c in cells)
        if len(words.split()) != 2 or len(plain_names(words.split()[0]) or []) != 1:
            break  # (a row is one name and one title)
        rows.append(words)
        at = cells[0]
    return rows


def _on_row_under(text: DocText, line: TextLine, cell: TextLine) -> bool:
    """``line`` stands on the row under ``cell``'s (a header row's next row)."""
    below = line_below(text, cell)
    return below is not None and (below is line or abs(below.line.box[1] - line.line.box[1]) < 0.5 * line.line.height)


# 编写人员（按单位排列）： with the units and their people on the lines under it.
_BY_UNIT = re.compile(r"^(?:主要)?(?:编写|编制|撰写|参编)人员[（(][^（()）]*单位[^（()）]*[)）][:：]?$")


def _units_people(text: DocText) -> tuple[list[str], TextLine] | None:
    """The people a 编制单位及人员 label lists unit by unit (``重庆某公司（张三、李四）``,
    ``重庆某公司：张三、李四``, on its line and the lines under it): the units left out,
    the names in order, all or nothing."""
    by_unit = [(l, "", len(l.compact), True) for l in text.lines if _BY_UNIT.match(l.compact)]
    for line, label, end, alone in list(_label_spots(text, _UNITS_AND_PEOPLE)) + by_unit:
        pieces = [] if alone else [text_after(line, end)]
        below = line
        while len(pieces) < 8 and (below := next_line(text, below)) is not None \
                and not LABEL_START.match(below.compact) and _ORG.match(below.compact):
            pieces.append(below.text)
        names: list[str] = []
        for piece in (p for p in pieces if p.strip()):
            bracketed = re.findall(r"[（(]([^（()）]*)[)）]", piece)
            rest = bracketed[0] if len(bracketed) == 1 and _ORG.match(piece.strip()) else _ORG.sub(" ", piece)
            found = plain_names(rest.strip(" :：;；,，。、"))
            if not found:
                return None
            names += found
        if names:
            return names, line
    return None


def _glued_people(text: DocText, labels: list[str]) -> tuple[list[str], TextLine] | None:
    """A label that opens a line with its names glued on, the colon not printed
    (``课题组组长公孙雨``, ``课题组成员袁志浩、公孙萍、上官红``): every part a name."""
    for line in text.lines:
        label = next((l for l in labels if line.compact.startswith(l)), None)
        if label is None or LABEL_START.match(line.compact):
            continue
        # the names as printed, with the spaces that part them (课题组成员蒋哲俊 袁鹏 司马阳)
        rest = line.text[original_index(line.text, len(label) - 1) + 1:]
        names = plain_names(strip_stamps(rest.strip())) or plain_names(strip_stamps(line.compact[len(label):]))
        if names:
            # a list wrapped back to the line's start (课题组成员顾凯薇 … 皇甫立霞 | 吕红益)
            below = line_below(text, line)
            while below is not None and abs(box(below)[0] - box(line)[0]) <= line.line.height \
                    and not any(below.compact.startswith(l) for l in (*_LEADERS, *_MEMBERS, *_writer_set())):
                more = plain_names(strip_stamps(below.text.strip()))
                if not more:
                    break
                names += [n for n in more if n not in names]
                below = line_below(text, below)
            return names, line
    return None


# In a report's own sign-off table (编制人员名单: 职责 | 姓名 | 职称), those who took part in it wrote it.
_TAKING_PART = ("参加人员", "参与人员", "主要参加人员", "项目组成员", "参编人员")


def _role_kind(word: str, leaders: list[str] = _LEADERS) -> str | None:
    """What a sign-off table's role cell makes of the person in its row: ``leader``,
    ``writer`` (a role OCR damaged in one character too), ``other`` (审核, 批准: no
    author), or None when ``word`` is no role."""
    writers = _all_writers() + _BARE_WRITERS + _EDITORS
    if word + "人" in leaders:
        word += "人"  # a work column's 项目负责: the 项目负责人
    bare = re.sub(r"^(?:本?报告|项目|课题)(?=编写|编制|撰写|执笔|主笔)", "", word)
    if bare != word and bare in writers:
        return "writer"  # a work column's 报告编写
    if word in leaders:
        return "leader"
    # (a role said with its scope, 主要参与人员 or 报告审核, is the role: probe DE R10)
    core = re.sub(r"^(?:本?报告|项目组?|课题组?|主要)", "", word)
    if word in writers or word in _TAKING_PART or core in _TAKING_PART:
        return "writer"
    if any(w in _NOT_WRITERS or w[:-1] in _NOT_WRITERS for w in (word, core)) \
            or word in ("顾问", "指导", "签发", "专家", "法定代表人") or word.endswith("代表"):
        return "other"  # (a party's 委托方代表, 用户代表: no writer of it, probe DH r6n)
    if any(len(word) == len(label) and _damaged_role(word, label) for label in writers):
        return "writer"
    return None


def _sign_off_table(text: DocText) -> list[tuple[str, list[str], TextLine]]:
    """The people of a sign-off table (职责 | 姓名 | 职称 | 签字), each with his row's role,
    in the order of its rows, wherever its role column stands (姓名 | 职责 too); a row
    without a role of its own continues the role above it (a merged cell).  All or
    nothing: a writer's row whose name is unread leaves the table unread."""
    for header in text.lines:
        heads = cell_words(header.text)
        row = [header] if len(heads) > 1 else sorted([header] + row_of(text, header), key=lambda l: box(l)[0])
        words = heads if len(heads) > 1 else ["".join(cell_words(l.text)) for l in row]
        if "姓名" not in words or not any(_SIGN_OFF_HEADER.search(w) for w in words) \
                or (len(heads) == 1 and "".join(heads) != "姓名"):
            continue
        name_at, role_at = words.index("姓名"), next(i for i, w in enumerate(words) if _SIGN_OFF_HEADER.search(w))
        centres = [(box(c)[0] + box(c)[2]) / 2 for c in row]
        height, bottom = max(header.line.height, 1), box(header)[3]
        below = sorted((l for l in text.lines if l.page == header.page and l not in row
                        and box(l)[1] > bottom - height / 2), key=lambda l: box(l)[1])
        entries, kind = [], None
        # (rows over the first role: a merged cell's role is printed at its middle, 叶娟萍 | 编写
        # 卓玛草 | 上官鹏 — the rows above it are its own)
        pending: list[tuple[list[str], TextLine]] = []
        while below and box(below[0])[1] - bottom <= 2.5 * height:
            cells = sorted([l for l in below if same_row(l, below[0])], key=lambda l: box(l)[0])
            below = [l for l in below if l not in cells]
            bottom = max(box(l)[3] for l in cells)
            if len(heads) > 1:  # a text layer: the row's words, left-aligned under the header's
                values = cell_words(cells[0].text) if len(cells) == 1 else []
                if role_at == 0 < name_at and 1 < len(values) < len(heads) \
                        and _role_kind(values[0], _leaders(text)) is None and plain_names(values[0]):
                    values = [""] + values  # the role's merged cell, empty on its later rows
                if len(values) == 1 and (alone := _role_kind(values[0], _leaders(text))) is not None:
                    # a merged role cell read as a line of its own between its rows (谢娜良 … |
                    # 编 写 | 慕容峰 …): the rows over it since the last role are its, and those under
                    if kind is None and pending and alone != "other":
                        entries += [(alone, names, cell) for names, cell in pending]
                    pending, kind = [], alone
                    continue
                role = values[role_at] if role_at < len(values) else ""
                name = values[name_at] if name_at < len(values) else ""
            else:  # OCR: a box per cell, in the column of the nearest header
                column = {i: "" for i in range(len(centres))}
                for cell in cells:
                    at = min(range(len(centres)), key=lambda i: abs(centres[i] - (box(cell)[0] + box(cell)[2]) / 2))
                    column[at] += cell.text
                role, name = "".join(column[role_at].split()), column[name_at]
            role_kind = _role_kind(role, _leaders(text)) if role else kind
            if role_kind is None:
                if not role and kind is None and len(pending) < 3 and plain_names(strip_stamps(name)):
                    pending.append((plain_names(strip_stamps(name)), cells[0]))
                    continue
                if role and plain_names(strip_stamps(name)):
                    entries = []  # a person with no role of a sign-off (骨干): a member table
                break  # else the table's end (a note under it)
            if kind is None and pending and role_kind != "other":
                entries += [(role_kind, names, cell) for names, cell in pending]
            pending = []
            kind = role_kind
            if kind == "other":
                continue
            names = plain_names(strip_stamps(name))
            if not names:
                return []
            entries.append((kind, names, cells[0]))
        if entries:
            return entries
    return []


def _staff_table(text: DocText) -> tuple[list[str], TextLine] | None:
    """The 姓名 column of a table of the report's people, headed as such; a header printed
    letter-spaced (``姓 名``, ``序 号``) is read as its words.  A sign-off table
    (职责 | 姓名, ``_sign_off_table``) lists its reviewers too: it is none."""
    for line in text.lines:
        spaced = " ".join(cell_words(line.text))
        words = spaced.split()
        # A name column headed by the writers' role itself (编制人员 | 职称 | 专业 | 签名).
        role = words[0] if len(words) >= 3 and words[0] in _writer_set() and \
            all(w in _STAFF_COLUMNS for w in words[1:]) else None
        if "作者姓名" in words:
            role = "作者姓名"  # (科技报告基本信息表: 作者排序 | 作者姓名 | 工作单位 | 职称, one author a row)
        if "姓名" not in words and role is None:
            continue
        y0, height = line.line.box[1], max(line.line.height, 1)
        heading = "".join(l.compact for l in text.lines
                          if l.page == line.page and 0 <= y0 - l.line.box[3] < 5 * height)
        # (a 职责 column under a heading naming the writers, 编制人员 | 序号 姓名 职称 职责, is each
        # writer's share of the work, no sign-off's roles: probe CJ A06)
        if (any(_SIGN_OFF_ONLY.search(w) for w in words) or any(_SIGN_OFF_ONLY.search(l.compact) for l in row_of(text, line))) \
                and not (_WRITERS_HEADING.search(heading) and not re.search(r"签署|签字|签发|审核|批准", heading)
                         and not any(l.page == line.page and box(l)[1] > box(line)[1] and _REVIEW_CELL.match(l.compact)
                                     for l in text.lines)):
            continue
        if spaced != line.text:
            line = TextLine(line.page, line.index, Line(spaced, line.line.box, line.line.confidence),
                            line.page_height, line.page_width)
        side = _writers_side(text, line) if role is None else None
        if side is None and ("专家" in heading or role is None and not _STAFF_TABLE.search(heading)):
            continue
        if side is not None:  # 主要编写人员 | 评审专家: two tables side by side, the writers' one of them
            names = one_half(text, line, side)
            if names:
                return names, line
            continue
        halves = two_name_columns(text, line) if role is None else None
        # (two halves side by side, 序号 1–5 | 6–10: both, when their numbers say the order)
        names = halves[0] if halves and halves[1] is None else name_column(text, line, role or "姓名")
        if names and role is None:
            names = _without_reviewers(text, line, words, names)
        if names:
            return names, line
    return None


def _writers_side(text: DocText, header: TextLine) -> int | None:
    """Which of two captions over a table's two halves is the writers' (主要编写人员 | 评审人员:
    each half a table of its own), 0 or 1; None when the row above is not two such captions."""
    above = line_above(text, header, max_gap=2.0)
    if above is None or above.page != header.page:
        return None
    row = sorted(row_of(text, above) + [above], key=lambda l: box(l)[0])
    captions = [w for l in row for w in l.text.split()]
    if len(captions) != 2:
        return None
    writers = [bool(_STAFF_TABLE.search(c)) and not _JUDGES.search(c) for c in captions]
    judges = [bool(_JUDGES.search(c) or re.search(r"审核|审查|校核|审定|批准", c)) for c in captions]
    if writers == [True, False] and judges[1]:
        return 0
    if writers == [False, True] and judges[0]:
        return 1
    return None


# A staff table's column of what each did (分工, 本报告中承担的工作).
_DUTY_COLUMN = re.compile(r"分工|承担|职责|工作内容|任务")


def _without_reviewers(text: DocText, header: TextLine, heads: list[str], names: list[str]) -> list[str]:
    """The table's people less those whose duty is to review the report (审核, 批准, 校核: a
    table of 报告编写及审核人员 lists both); all of them when the duties cannot be read
    row by row."""
    duty = next((k for k, w in enumerate(heads) if _DUTY_COLUMN.search(w)), None)
    if duty is None or "姓名" not in heads:
        return names
    at = heads.index("姓名")
    duties = {"".join((cells[at] or "").split()): "".join((cells[duty] or "").split())
              for cells, _ in table_rows(text, header) if at < len(cells) and duty < len(cells)}
    if set(names) - set(duties):
        return names
    return [n for n in names if _role_kind(duties[n], _leaders(text)) != "other"] or names


def _facts(f, kind, rank, core_journal):
    # (a writer the page names as its 主编, 组长 or 负责人 leads it: the pack's 主要负责人, role lead;
    # the first of a plain list of writers is rank 1 and no more)
    return {"report_kind": f.get("report_kind"), "rank": rank, "date": as_date(f.get("date")),
            "level": as_level(f.get("level"), Level), "role": "lead" if led_by(f, rank, "authors") else None,
            "adopted": f.get("adopted")}


DOCTYPE = DocType(
    key="technical_report", identity=("title",), same_title=lambda title: _KIND_TAIL.sub("", title), name="技术报告",
    cues=Cues(
        titles=("技术报告", "白皮书", "发展规划", "产业发展规划", "可行性研究报告", "研究报告", "课题报告",
                "项目技术报告", "技术总结报告", "技术总结", "研制报告", "技术方案", "工作总结报告", "研发报告",
                "总体规划", "专项规划", "可行性研究", "行动规划", "转型规划", "建设规划",
                # a 智能化改造 diagnosis (诊断服务商's report to the company)
                "诊断报告",
                # a study's kinds beside 研究报告 (a think tank's 咨询报告 to the government; a
                # 实施方案 an industry's plan is carried out by, probe CR R07, R10, R20)
                "调研报告", "技术评估报告", "技术发展报告", "产业发展报告", "咨询报告", "决策咨询报告", "实施方案",
                # a project's proposal and its work report
                "项目建议书", "项目工作报告", "技术工作报告",
                # a project's own closing report (a person's 工作总结 is none: no project in its title)
                "项目总结报告", "结题报告", "研究总结报告",
                # a development's own trials (…补偿系统试验验证报告); never a lab's 检验报告 for a client
                # (试验报告 is one damaged letter from it)
                "试验验证报告",
                # a programme's 科技报告 (科技部's cover: 科 技 报 告, its 基本信息表)
                "科技报告",
                # a programme's project evaluates itself before its acceptance (国家科技重大专项
                # 项目（课题）自评价报告): its team writes it (a title of its own, never 自评价报告 alone:
                # one letter from a patent's 专利权评价报告, which the office writes)
                "项目自评价报告", "课题自评价报告", "(课题)自评价报告", "（课题）自评价报告",
                # (a project's 总结报告 under its name, a vendor's 整体解决方案, a 软科学研究课题's report,
                # probe DR T10, T08, T17)
                "总结报告", "解决方案", "软科学研究课题"),
        labels=("编制单位", "编写人员", "编写组", "报告编号", "目录", "编制日期", "编写", "编制人员", "报告撰写", "课题组长",
                "编写人", "执笔人", "撰写人", "主要编写人", "审核", "批准", "编制",
                # a preface's words on who wrote it (本报告由…执笔，…统稿; 报告撰写分工如下)
                "执笔", "统稿", "撰写分工",
                # GB/T 7713.3's 题名页 and 科技部's 基本信息表: 主要责任者, 报告作者及单位, 报告名称
                "主要责任者", "报告作者", "报告名称", "科技报告编号", "课题编号",
                # a 课题's cover: 课题组成员, 完成单位, 完成日期 (probe DT long-06, its 摘要 and 分类号 a
                # paper's words too)
                "课题组成员", "完成单位",
                # (a report set like a paper, 作者 | 摘要 | 关键词 under its 研究报告 title, dates itself so:
                # 报告日期：2020年11月, probe EH T06)
                "报告日期"),
        # A cover's big title wraps where the line is full, even before its last character
        # (…可行性研究报 | 告, …发展规 | 划（2018—2023年）): the words it leaves whole say
        # what the document is too.
        # (a 题名页 after GB/T 7713.3 may print no 报告 at all: its 主要责任者 is the report's word)
        # (never 解决方案 alone: a vendor's brochure, a 报价单 or a bid's 技术方案 chapter names one
        # as often as an integrator's report does, probe DH)
        requires=("报告", "白皮书", "规划", "可行性研究", "研究报", "发展规", "技术总结", "项目建议书", "主要责任者", "实施方案", "实施方"),
        requires_why="没有报告、白皮书或规划字样",
        # An invitation to give a talk (作专题报告) at a conference is no report.
        penalties=("邀请函", "参会回执", "会议回执", "诚挚邀请",
                   # a 科技查新报告 is an agency's search of the literature for a project, no
                   # report the applicant wrote
                   "科技查新报告", "查新员", "查新机构"),
        # an application for a title or a project (申报表, 申请表) lists the reports it cites
        # (nor a government's notice issuing a plan, 关于印发《…实施方案》的通知: the office's paper, probe CS H8-1)
        refusing_titles=("申报表", "申请表", "推荐表", "登记表", "申报书", "关于印发"),
    ),
    extract=extract_report,
    fields=("title", "report_kind", "authors", "date", "level", "adopted"),
    decisive=("authors", "date"),
    labels={"title": "报告名称", "authors": "编写人", "date": "编制日期", "level": "委托单位级别",
            "adopted": "单位认可并推广实施"},
    ranked=("authors",), under_seal=("date",),
    kinds=(Kind.REPORT,), facts=_facts,
)
