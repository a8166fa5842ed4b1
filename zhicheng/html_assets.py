"""The fixed parts of the HTML report: its stylesheet, page skeleton and Chinese labels.

Kept apart from ``html_report`` so that the code that walks a report stays short and the
look of the page can be changed in one place.  Everything here is inline text: the report
must open offline, from an e-mail attachment or a USB stick, with no external fonts or scripts.
"""

from __future__ import annotations

# System fonts only (no web fonts): the CJK faces a reviewer's machine is likely to have.
CSS = """
:root { --ok: #1e7a3a; --bad: #b3261e; --warn: #9a6700; --info: #2f5f98; --line: #d0d7de;
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
.banner { color: #fff; padding: 22px 32px 20px; }
.banner.eligible { background: var(--ok); }
.banner.ineligible { background: var(--bad); }
.banner .inner { max-width: 1180px; margin: 0 auto; }
.banner .kicker { font-size: 14px; opacity: .9; margin: 0; }
.banner h1 { font-size: 32px; margin: 2px 0 8px; letter-spacing: 1px; }
.banner .summary { font-size: 17px; margin: 0 0 10px; }
.banner dl { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0; font-size: 14px; }
.banner dt { display: inline; opacity: .85; }
.banner dd { display: inline; margin: 0 0 0 4px; font-weight: 600; }
.banner .alert { margin: 10px 0 0; padding: 6px 10px; background: rgba(0,0,0,.18); border-radius: 4px; }
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
    "education": "学历", "recommender": "推荐人", "recommender_title": "推荐人职称", "candidate": "被推荐人",
    "issuer": "发文单位", "applicant_rank": "申报人排名",
}

# Where a contract field name means something narrower in one doc_type.
FIELD_ZH_BY_TYPE = {
    "title_certificate": {"title": "职称"},
    "award_certificate": {"holder": "获奖人"},
    "patent_certificate": {"title": "发明名称"},
    "journal_paper": {"title": "论文题目"},
    "book": {"title": "书名"},
    "standard": {"title": "标准名称"},
    "technical_report": {"title": "报告名称"},
}

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
