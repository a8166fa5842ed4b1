"""What each kind of document says about itself: titles, labels, identifiers.

Weights: a title in the title zone of the first page is strong evidence; labels are
weaker, each; an identifier that only one kind of document carries (a patent number, a
software registration number, an ISBN) is strong.  ``requires`` lists content without
which the type is refused outright: a patent booklet cover says 发明专利证书 but has no
专利号 and no 发明人, and is not a patent.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cues:
    name: str = ""  # the type as a reviewer names it, for the reasons shown to people
    titles: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()  # kinds from extractor.idscan
    requires: tuple[str, ...] = ()  # at least one of these labels or identifier kinds
    requires_why: str = ""
    penalties: tuple[str, ...] = field(default=())  # phrases that speak against the type


TITLE_WEIGHT = 4.0
TITLE_ELSEWHERE_WEIGHT = 2.0
LABEL_WEIGHT = 1.0
MAX_LABEL_SCORE = 5.0
IDENTIFIER_WEIGHT = 3.0
PENALTY_WEIGHT = 3.0

CUES: dict[str, Cues] = {
    "patent_certificate": Cues(
        name="专利证书",
        titles=("发明专利证书", "实用新型专利证书", "外观设计专利证书"),
        labels=("专利号", "专利申请日", "授权公告日", "授权公告号", "发明人", "设计人", "专利权人",
                "发明名称", "实用新型名称", "外观设计名称", "国家知识产权局"),
        identifiers=("patent_number",),
        requires=("patent_number", "专利号", "发明人", "设计人", "授权公告日"),
        requires_why="只有证书封面，没有专利号、发明人等内容页",
        penalties=("受理通知书", "缴费通知", "专利申请受理"),
    ),
    "software_copyright": Cues(
        name="软件著作权登记证书",
        titles=("计算机软件著作权登记证书", "软件著作权登记证书"),
        labels=("软件名称", "著作权人", "登记号", "权利取得方式", "权利范围", "开发完成日期", "首次发表日期",
                "国家版权局", "软著登字"),
        identifiers=("registration_number",),
        requires=("registration_number", "登记号", "软件名称", "著作权人"),
        requires_why="没有软件名称、著作权人或登记号",
    ),
    "award_certificate": Cues(
        name="获奖证书",
        titles=("获奖证书", "荣誉证书", "奖励证书", "科学技术进步奖", "科技进步奖", "技术发明奖"),
        labels=("荣获", "获奖", "等奖", "特发此证", "以资鼓励", "特此表彰", "奖励", "获奖项目", "获奖者",
                "完成人", "获奖单位", "项目名称", "证书编号", "经评审", "大赛", "竞赛", "特等奖", "金奖",
                "银奖", "铜奖"),
        requires=("荣获", "获奖", "等奖", "奖", "表彰"),
        requires_why="没有获奖内容",
    ),
    "journal_paper": Cues(
        name="期刊论文",
        labels=("摘要", "关键词", "中图分类号", "文献标识码", "文章编号", "收稿日期", "基金项目", "作者简介",
                "Abstract", "Keywords", "Keywords:", "学报", "主题词", "分类号"),
        identifiers=("issn", "cn"),
        requires=("摘要", "Abstract", "关键词", "主题词"),
        requires_why="没有摘要或关键词",
    ),
    "book": Cues(
        name="著作/教材",
        titles=("图书在版编目", "图书在版编目(CIP)数据"),
        labels=("CIP", "出版社", "出版发行", "字数", "印张", "开本", "版次", "印次", "定价", "责任编辑", "书号",
                "著", "主编", "编著"),
        identifiers=("isbn",),
        requires=("isbn",),
        requires_why="没有 ISBN",
    ),
    "standard": Cues(
        name="标准",
        titles=("中华人民共和国国家标准", "国家标准", "行业标准", "地方标准", "团体标准", "企业标准"),
        labels=("发布", "实施", "前言", "起草单位", "起草人", "主要起草人", "ICS", "代替", "归口", "提出"),
        identifiers=("standard_number",),
        requires=("standard_number",),
        requires_why="没有标准编号",
    ),
    "project_acceptance": Cues(
        name="验收证书/验收意见",
        titles=("验收证书", "验收意见", "项目验收", "验收报告", "验收鉴定", "鉴定证书", "鉴定意见"),
        labels=("验收", "验收结论", "验收意见", "项目负责人", "承担单位", "验收专家", "通过验收", "项目名称",
                "组织验收单位", "验收日期", "项目组成员", "主要完成人员", "鉴定"),
        requires=("验收", "鉴定"),
        requires_why="没有验收或鉴定内容",
    ),
    "technical_report": Cues(
        name="技术报告",
        titles=("技术报告", "白皮书", "发展规划", "产业发展规划", "可行性研究报告", "研究报告", "课题报告",
                "项目技术报告"),
        labels=("编制单位", "编写人员", "编写组", "报告编号", "目录", "编制日期", "编写"),
        requires=("报告", "白皮书", "规划"),
        requires_why="没有报告、白皮书或规划字样",
    ),
    "revenue_proof": Cues(
        name="合同/发票/财务证明",
        titles=("合同", "销售合同", "购销合同", "技术服务合同", "技术开发合同", "增值税专用发票",
                "增值税普通发票", "发票", "财务证明", "收入证明", "审计报告", "销售收入证明"),
        labels=("甲方", "乙方", "合同金额", "合同总价", "价税合计", "金额", "人民币", "开票日期", "购买方",
                "销售方", "收款", "付款", "营业收入", "新增营收", "大写"),
        requires=("金额", "人民币", "价税合计", "合同", "收入", "营收", "¥"),
        requires_why="没有金额",
    ),
    "title_certificate": Cues(
        name="职称证书",
        titles=("专业技术职务任职资格证书", "专业技术资格证书", "职称证书", "专业技术职称证书"),
        labels=("资格名称", "专业技术职务", "评审通过时间", "批准文号", "评委会", "取得资格时间",
                "资格级别", "职称", "任职资格", "专业名称", "审批机关", "职称名称", "批准时间", "批准机关",
                "人力资源和社会保障局"),
        requires=("资格", "职称", "职务"),
        requires_why="没有职称或资格内容",
    ),
    "degree_certificate": Cues(
        name="学历/学位证书",
        titles=("毕业证书", "学位证书", "学士学位证书", "硕士学位证书", "博士学位证书"),
        labels=("学位", "毕业", "学制", "校长", "授予", "学历", "准予毕业", "学位评定委员会", "修完"),
        requires=("毕业", "学位"),
        requires_why="没有毕业或学位内容",
    ),
    "recommendation_letter": Cues(
        name="推荐信",
        titles=("推荐信", "推荐意见", "专家推荐表", "推荐书", "破格推荐"),
        labels=("推荐人", "被推荐人", "特此推荐", "现推荐", "兹推荐", "推荐意见", "推荐人签字", "推荐人职称",
                "推荐专家", "破格申报", "同志"),
        requires=("推荐",),
        requires_why="没有推荐内容",
    ),
    "official_recognition": Cues(
        name="主管部门认可公文",
        # A 通知 that publishes a list (公布…名单) recognises those on it; a meeting notice does not.
        titles=("批复", "复函", "认定", "决定", "名单的通知", "公布"),
        labels=("人民政府", "委员会", "特此函复", "批复如下", "经研究", "同意", "认可", "认定为", "〔", "〕",
                "特此批复", "此复", "予以公布", "名单", "命名", "授予", "评定", "经信", "经济和信息化"),
        requires=("批复", "复函", "认定", "认可", "决定", "公布", "命名", "授予"),
        requires_why="没有批复、复函、认定或公布名单的内容",
        penalties=("会议", "参会", "报名", "回执"),
    ),
}
