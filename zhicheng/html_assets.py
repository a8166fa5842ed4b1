"""The fixed parts of the HTML report: its stylesheet, page skeleton and Chinese labels.

Kept apart from ``html_report`` so that the code that walks a report stays short and the
look of the page can be changed in one place.  Everything here is inline text: the report
must open offline, from an e-mail attachment or a USB stick, with no external fonts or scripts.
"""

from __future__ import annotations

import re

# System fonts only (no web fonts): the CJK faces a reviewer's machine is likely to have.
CSS = """
:root { --ok: #1e7a3a; --bad: #b3261e; --warn: #9a6700; --pending: #b35c00; --info: #2f5f98; --line: #d0d7de;
        --muted: #57606a; --soft: #f6f8fa; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
       "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; color: #1f2328; background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 0 24px 48px; }
h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 17px; margin: 22px 0 8px; }
a { color: var(--info); }
code, .mono { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", Consolas, monospace; font-size: 13px; }
.verdict { margin: 0; }
.verdict .inner { max-width: 1180px; margin: 0 auto; }
.errors { background: #7d1913; color: #fff; padding: 10px 32px 10px; border-bottom: 3px solid #fff; }
.errors h2 { font-size: 18px; margin: 0 0 4px; padding: 0; border: 0; }
.errors ol { margin: 0; padding-left: 22px; font-size: 14px; line-height: 1.5; }
.errors li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.errors a { color: #fff; }
.errors .code { font-weight: 600; margin-right: 4px; }
.errors .more { margin: 2px 0 0; font-size: 13px; opacity: .9; }
.errors .muted { color: #f3c7c4; }
.banner { color: #fff; padding: 12px 32px 12px; }
.banner.eligible { background: var(--ok); }
.banner.pending { background: var(--pending); }
.banner.ineligible { background: var(--bad); }
.banner .kicker { font-size: 13px; opacity: .9; margin: 0; }
.banner h1 { font-size: 28px; margin: 0 0 4px; letter-spacing: 1px; line-height: 1.3; }
.banner .summary { font-size: 16px; margin: 0 0 6px; }
.banner dl { display: flex; flex-wrap: wrap; gap: 2px 24px; margin: 0; font-size: 14px; }
.banner dt { display: inline; opacity: .85; }
.banner dd { display: inline; margin: 0 0 0 4px; font-weight: 600; }
.banner .alert { margin: 8px 0 0; padding: 4px 10px; background: rgba(0,0,0,.18); border-radius: 4px; }
.overview { background: var(--soft); border-bottom: 1px solid var(--line); padding: 8px 32px 6px; }
.overview .inner { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0 24px; }
.overview h3 { font-size: 13px; margin: 4px 0 1px; color: var(--muted); display: flex; justify-content: space-between; }
.overview h3 .count { font-weight: normal; }
.overview ul { list-style: none; margin: 0; padding: 0; font-size: 13px; line-height: 1.55; }
.overview li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.overview li a { color: inherit; text-decoration: none; font-weight: 600; margin-right: 6px; }
.overview li .short { color: var(--muted); }
.overview li.met .mark { color: var(--ok); }
.overview li.unmet .mark { color: var(--bad); }
.overview li.spare, .overview li.spare a { color: #8c959f; font-weight: normal; }
.overview li.spare .mark { color: #8c959f; }
.overview .basis { margin: 0 6px 0 0; }
.basis { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 3px; margin-left: 8px;
         font-weight: normal; vertical-align: 1px; white-space: nowrap; }
.basis.evidence { background: #dafbe1; color: var(--ok); }
.basis.declared { background: #fff8c5; color: var(--warn); }
.basis.none { background: #ffebe9; color: var(--bad); }
.verdict-text { font-size: 15px; margin: 0 0 8px; }
ul.why { margin: 0; padding-left: 18px; font-size: 13px; }
.toc { font-size: 14px; color: var(--muted); margin: 14px 0 0; }
.toc a { margin-right: 14px; }
.group-head { display: flex; justify-content: space-between; align-items: baseline; }
.group-head .count { font-size: 14px; color: var(--muted); font-weight: normal; }
.cond { border: 1px solid var(--line); border-left: 6px solid var(--bad); border-radius: 6px;
        padding: 10px 16px; margin: 10px 0; break-inside: avoid; }
.cond.met { border-left-color: var(--ok); }
.cond.spare { border-left-color: #afb8c1; }
.cond.spare .mark, .cond.spare ul.missing li { color: var(--muted); font-weight: normal; }
.cond h4 { margin: 0 0 4px; font-size: 16px; }
.mark { display: inline-block; width: 1.4em; font-weight: bold; }
.met .mark { color: var(--ok); }
.unmet .mark { color: var(--bad); }
.cond .status { font-size: 13px; color: var(--muted); font-weight: normal; margin-left: 8px; }
blockquote { margin: 4px 0 8px; padding: 4px 12px; border-left: 3px solid var(--line); color: var(--muted);
             font-size: 14px; background: var(--soft); }
ul.reasons, ul.missing, ul.evidence { margin: 4px 0; padding-left: 22px; }
ul.reasons li.sub { list-style: circle; margin-left: 18px; color: var(--muted); font-size: 14px; }
ul.missing li { color: var(--bad); font-weight: 600; }
.label { font-size: 13px; color: var(--muted); margin: 6px 0 0; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--soft); white-space: nowrap; }
.card { border: 1px solid var(--line); border-radius: 8px; margin: 16px 0; padding: 14px 16px;
        break-inside: avoid; }
.card.unreadable { border-color: var(--bad); background: #fff5f5; }
.card .why { margin: 0 0 8px; }
.absent { color: var(--bad); font-size: 14px; margin: 6px 0 0; }
td .mono { word-break: break-all; }
.card header { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline; margin-bottom: 10px; }
.card header h3 { margin: 0; word-break: break-all; }
.card .meta { font-size: 13px; color: var(--muted); }
.card .body { display: flex; gap: 18px; align-items: flex-start; }
.card .thumb { flex: 0 0 auto; width: 242px; }
.card .thumb img { width: 240px; border: 1px solid var(--line); display: block; }
.card .thumb figcaption, .crop figcaption { font-size: 12px; color: var(--muted); }
.card .fields { flex: 1 1 auto; min-width: 0; }
.card .fields td:first-child { white-space: nowrap; width: 9em; }
tr.decisive td:first-child { font-weight: 600; }
.tag { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 3px; margin-left: 4px;
       background: #ddf4ff; color: var(--info); font-weight: normal; }
.crops { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 12px; }
.crop { margin: 0; max-width: 100%; }
.crop img { max-width: 100%; border: 1px solid var(--line); display: block; }
.noimage { width: 240px; padding: 40px 10px; text-align: center; color: var(--muted);
           border: 1px dashed var(--line); font-size: 13px; }
.sev { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 12px; white-space: nowrap; }
.sev.error { background: var(--bad); }
.sev.warning { background: var(--warn); }
.sev.info { background: var(--info); }
ul.doc-issues { margin: 8px 0 0; padding-left: 0; list-style: none; }
ul.doc-issues li { margin: 3px 0; }
.manual li { margin: 6px 0; }
.muted { color: var(--muted); }
footer { margin-top: 40px; font-size: 12px; color: var(--muted); }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0 8mm; }
  .toc { display: none; }
  .errors li, .overview li { white-space: normal; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
}
"""

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="zhicheng">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
{body}
</body>
</html>
"""

GROUP_ORDER = ("applicability", "bars", "disqualification", "basic", "performance",
               "exceptional_prerequisites", "exceptional")
# The contract calls 第五条's group "disqualification"; the rule pack says "bars".
GROUP_ALIASES = {"disqualification": "bars"}

FIELD_ZH = {
    "award_name": "奖项名称", "level": "级别", "grade": "等级", "project_title": "项目名称", "holder": "持证人",
    "rank": "排名", "date": "日期", "patent_type": "专利类型", "patent_number": "专利号", "title": "名称",
    "inventors": "发明人", "patentees": "专利权人", "application_date": "申请日", "grant_date": "授权公告日",
    "software_name": "软件名称", "registration_number": "登记号", "holders": "著作权人", "authors": "作者",
    "journal": "期刊", "cn": "CN", "issn": "ISSN", "isbn": "ISBN", "publisher": "出版社", "words_wan": "字数（万字）",
    "standard_number": "标准号", "drafters": "起草人", "publish_date": "发布日期",
    "implementation_date": "实施日期", "leader": "负责人", "members": "成员", "acceptance_date": "验收日期",
    "passed": "通过验收", "report_kind": "报告类型", "amount_wan": "金额（万元）", "parties": "合同各方",
    "education": "学历", "recommender": "推荐人", "recommender_title": "推荐人职称", "co_recommenders": "联名推荐人", "candidate": "被推荐人",
    "issuer": "发文单位", "applicant_rank": "申报人排名",
}

# Where a contract field name means something narrower in one doc_type, the label the
# document itself prints (a software copyright has 著作权人, a standard 起草人): declared
# with the type (``extractor.doctypes.<type>.DOCTYPE.labels``).
def _type_labels(doc_type: str) -> dict[str, str]:
    from extractor.doctypes import doctype

    declared = doctype(doc_type)
    return dict(declared.labels) if declared else {}


# A patent certificate names its people and its subject after the kind of patent:
# 发明人 and 发明名称 for an invention, 设计人 and 外观设计名称 for a design.
FIELD_ZH_BY_PATENT_TYPE = {
    "invention": {"title": "发明名称", "inventors": "发明人"},
    "utility_model": {"title": "实用新型名称", "inventors": "发明人"},
    "design": {"title": "外观设计名称", "inventors": "设计人"},
}


def field_label(key: str, doc_type: str = "", fields: dict | None = None) -> str:
    """The Chinese label of a document's field, as that kind of document prints it."""
    patent_type = (fields or {}).get("patent_type") if doc_type == "patent_certificate" else None
    return (FIELD_ZH_BY_PATENT_TYPE.get(str(patent_type), {}).get(key)
            or _type_labels(doc_type).get(key) or FIELD_ZH.get(key, key))


# What an achievement's ``rank`` is a place in, after its kind (and a patent's type).
RANK_ZH_BY_KIND = {
    "project": "项目组排名", "award": "获奖排名", "patent": "发明人排名", "software_copyright": "著作权人排名",
    "paper": "作者排名", "book": "作者排名", "standard": "起草人排名", "report": "编写人排名",
    "revenue": "排名",
}


def fact_label(key: str, achievement: dict) -> str:
    """The Chinese label of an achievement's fact; a rank says whose list it is a place in."""
    if key == "rank":
        if achievement.get("kind") == "patent" and achievement.get("patent_type") == "design":
            return "设计人排名"
        return RANK_ZH_BY_KIND.get(str(achievement.get("kind")), "排名")
    return FACT_ZH.get(key, key)


FACT_ZH = {
    **FIELD_ZH, "category": "项目类别", "role": "角色", "granted": "已授权", "accepted": "已验收",
    "benefit": "有效益", "investment_wan": "投资额（万元）", "appraised": "已鉴定", "core_journal": "核心期刊",
    "book_kind": "著作类型", "sole_author": "独著", "total_words_wan": "全书字数（万字）",
    "promoted_level": "推广单位级别", "implemented": "已实施", "adopted": "已采纳",
}

VALUE_ZH = {
    "patent_type": {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"},
    "category": {"implementation": "实施类", "rnd": "研发类"},
    "role": {"lead": "主持/负责人", "participant": "参与"},
    "report_kind": {"technical_report": "技术报告", "white_paper": "白皮书", "plan": "规划",
                    "feasibility": "可行性研究报告", "research_topic": "研究课题"},
    "book_kind": {"monograph": "专著", "textbook": "教材", "manual": "手册"},
    "promoted_level": {"national": "国家级", "provincial": "省级", "industry": "行业组织"},
}

TEXT_SOURCE_ZH = {"text_layer": "文字层", "ocr": "OCR 识别", "mixed": "文字层+OCR", "none": "无可读文字"}

def _doc_type_names() -> dict[str, str]:
    from extractor.doctypes import REGISTRY, UNKNOWN_NAME

    return {**{key: t.name for key, t in REGISTRY.items()}, "unknown": UNKNOWN_NAME}


DOC_TYPE_ZH = _doc_type_names()

# Each issue code (CONTRACT §4) as a reviewer would name it; the code itself stays in the markup.
ISSUE_ZH = {
    "before_current_title": "早于现有职称", "future_date": "晚于评审截止日", "missing_date": "缺少日期",
    "rank_mismatch": "排名不符", "date_mismatch": "日期不符", "kind_mismatch": "类别不符", "status_mismatch": "申报资格与材料不符", "evidence_withdrawn": "成果已撤销或无效",
    "identity_mismatch": "身份证号不一致",
    "not_graduated": "结业或肄业证书，非毕业证书", "journal_supplement": "增刊论文需核对", "revenue_not_realised": "合同尚未形成营收", "output_value_not_revenue": "产值不是营收", "title_not_recognised": "单位内部认定，非职称", "education_unclear": "学历性质需核对", "void_document": "作废或样本证书", "namesake": "可能是同名他人",
    "level_mismatch": "级别不符", "education_mismatch": "学历不符", "name_not_found": "未找到申报人姓名",
    "missing_evidence": "缺少佐证材料", "invalid_isbn": "ISBN 无效", "invalid_issn": "ISSN 无效",
    "invalid_cn": "CN 刊号无效", "invalid_patent_number": "专利号无效", "not_first_author": "非第一作者",
    "not_core_journal": "非核心期刊", "patent_not_granted": "专利未授权", "unreadable_file": "文件无法读取",
    "unknown_document_type": "无法识别材料类型", "low_ocr_confidence": "识别置信度低",
    "duplicate_evidence": "重复材料", "too_many_pages": "页数过多", "not_shown_by_document": "材料未显示",
    "rank_unreadable": "排名未读出", "people_unreadable": "名单未读出", "list_incomplete": "名单可能不全", "list_order_unclear": "名单顺序需核对",
    "recommendation_declined": "评议不同意推荐", "recommendation_unclear": "推荐结论未读出",
    "recommendation_unsigned": "推荐表未签名",
    "acceptance_unclear": "验收结论待核", "implausible_value": "数值可疑",
    "date_from_received": "按收稿日期计", "recommender_not_qualified": "推荐人资格不符",
    "professional_degree_ignored": "专业学位未采信", "professional_degree_mismatch": "专业学位类别不符", "title_not_below_target": "现有职称不低于申报职称",
    "outside_bundle": "指向材料目录之外", "file_too_large": "文件过大",
    "journal_edition_missing": "缺少当年核心期刊目录", "amount_unsure": "金额需核对",
    "title_not_shown": "缺少职称证书", "education_not_shown": "缺少学历学位证书", "work_before_graduation": "毕业前工作不计年限",
    "reviewer_correction": "审核人更正", "evidence_matched_by_name": "按文件名对应材料", "amount_wan_mismatch": "金额不符", "investment_wan_mismatch": "投资额不符", "words_wan_mismatch": "字数不符", "total_words_wan_mismatch": "全书字数不符", "role_mismatch": "角色不符", "isbn_mismatch": "ISBN 不符", "issn_mismatch": "ISSN 不符", "cn_mismatch": "CN 刊号不符",
    "accepted_mismatch": "验收结论不符", "implemented_mismatch": "实施情况不符", "sole_author_mismatch": "独著与否不符",
}

# Where a condition's facts come from (CONTRACT §6.2).
BASIS_ZH = {"evidence": "有材料佐证", "declared": "仅据申报人自述", "none": "无依据"}

# Words of other layers' messages that are keys, not prose: 「补出：date」, 「是 patent_certificate」.
WORD_ZH = {"profile": "申报信息", "claims": "申报成果"}
_SNAKE = re.compile(r"(?<![A-Za-z0-9_./-])[a-z]+(?:_[a-z]+)+(?![A-Za-z0-9_./-])")
_WORD = re.compile(r"(?<![A-Za-z0-9_./-])[a-z]+(?![A-Za-z0-9_./-])")


def _chinese_beside(text: str, start: int, end: int) -> bool:
    """Whether a word stands among Chinese (one space allowed either side), not in English."""
    def near(i: int, step: int) -> str:
        if 0 <= i < len(text) and text[i] == " ":
            i += step
        return text[i] if 0 <= i < len(text) else ""

    before, after = near(start - 1, -1), near(end, 1)
    return all(c == "" or c == "=" or ord(c) >= 0x2E80 for c in (before, after))


def plain(text: str) -> str:
    """A message from another layer with the codes it quotes said in Chinese: doc types and
    field names (``patent_certificate`` → 专利证书, 「补出：date」 → 「补出：日期」).  A word
    among English words is left alone: it is document text, not a code."""
    def snake(match: re.Match) -> str:
        word = match.group(0)
        return DOC_TYPE_ZH.get(word) or FACT_ZH.get(word) or ISSUE_ZH.get(word) or word

    def single(match: re.Match) -> str:
        word = match.group(0)
        named = FACT_ZH.get(word) or WORD_ZH.get(word)
        return named if named and _chinese_beside(text, match.start(), match.end()) else word

    return _WORD.sub(single, _SNAKE.sub(snake, str(text)))
