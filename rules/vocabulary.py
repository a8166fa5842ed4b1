"""The words of CONTRACT §2: titles, education, levels, and their Chinese aliases.

Every value is a ``StrEnum`` so that it serialises as the contract's English key.
Orderings matter to the rules: 附则（一） says "以上" includes the level itself, so a
requirement "省（部）级以上" is ``level.rank >= Level.PROVINCIAL.rank``.
"""

from __future__ import annotations

from enum import StrEnum


class Title(StrEnum):
    NONE = "none"
    TECHNICIAN = "technician"
    ASSISTANT_ENGINEER = "assistant_engineer"
    ENGINEER = "engineer"
    SENIOR_ENGINEER = "senior_engineer"
    PROFESSORATE_SENIOR_ENGINEER = "professorate_senior_engineer"

    @property
    def rank(self) -> int:
        return list(Title).index(self)

    @property
    def zh(self) -> str:
        return TITLE_ZH[self]


TITLE_ZH = {
    Title.NONE: "无职称",
    Title.TECHNICIAN: "技术员",
    Title.ASSISTANT_ENGINEER: "助理工程师",
    Title.ENGINEER: "工程师",
    Title.SENIOR_ENGINEER: "高级工程师",
    Title.PROFESSORATE_SENIOR_ENGINEER: "正高级工程师",
}

#: Titles one can apply for (everything above "none").
TARGET_TITLES = [t for t in Title if t is not Title.NONE]


class Education(StrEnum):
    DOCTORATE = "doctorate"
    MASTER = "master"
    SECOND_BACHELOR = "second_bachelor"
    BACHELOR = "bachelor"
    ASSOCIATE = "associate"
    SECONDARY_VOCATIONAL = "secondary_vocational"

    @property
    def zh(self) -> str:
        return EDUCATION_ZH[self]

    @property
    def is_postgraduate(self) -> bool:
        """研究生: what 第十七条's 工程类研究生专业学位 presupposes."""
        return self in (Education.DOCTORATE, Education.MASTER)


EDUCATION_ZH = {
    Education.DOCTORATE: "博士",
    Education.MASTER: "硕士",
    Education.SECOND_BACHELOR: "第二学士",
    Education.BACHELOR: "本科",
    Education.ASSOCIATE: "大专",
    Education.SECONDARY_VOCATIONAL: "中专",
}


class Level(StrEnum):
    """Level of a project, award, report, recognition or new product."""

    ENTERPRISE = "enterprise"
    MUNICIPAL = "municipal"
    PROVINCIAL = "provincial"
    NATIONAL = "national"

    @property
    def rank(self) -> int:
        return list(Level).index(self)

    @property
    def zh(self) -> str:
        return LEVEL_ZH[self]


LEVEL_ZH = {
    Level.ENTERPRISE: "企业级",
    Level.MUNICIPAL: "地（市）级",
    Level.PROVINCIAL: "省（部）级",
    Level.NATIONAL: "国家级",
}


class StandardLevel(StrEnum):
    NATIONAL = "national"
    INDUSTRY = "industry"
    LOCAL = "local"
    GROUP = "group"
    ENTERPRISE = "enterprise"

    @property
    def zh(self) -> str:
        return STANDARD_LEVEL_ZH[self]


STANDARD_LEVEL_ZH = {
    StandardLevel.NATIONAL: "国家标准",
    StandardLevel.INDUSTRY: "行业标准",
    StandardLevel.LOCAL: "地方标准",
    StandardLevel.GROUP: "团体标准",
    StandardLevel.ENTERPRISE: "企业标准",
}


class Kind(StrEnum):
    PROJECT = "project"
    AWARD = "award"
    PATENT = "patent"
    SOFTWARE_COPYRIGHT = "software_copyright"
    PAPER = "paper"
    BOOK = "book"
    STANDARD = "standard"
    REPORT = "report"
    REVENUE = "revenue"
    NEW_PRODUCT = "new_product"
    APPLICATION = "application"
    RECOGNITION = "recognition"

    @property
    def zh(self) -> str:
        return KIND_ZH[self]


KIND_ZH = {
    Kind.PROJECT: "项目",
    Kind.AWARD: "奖励",
    Kind.PATENT: "专利",
    Kind.SOFTWARE_COPYRIGHT: "软件著作权",
    Kind.PAPER: "论文",
    Kind.BOOK: "著作",
    Kind.STANDARD: "标准",
    Kind.REPORT: "报告",
    Kind.REVENUE: "营收",
    Kind.NEW_PRODUCT: "新产品",
    Kind.APPLICATION: "投产应用",
    Kind.RECOGNITION: "主管部门认可",
}

# Chinese spellings accepted on input, folded to the enum's English key.  Keys are
# compared after removing brackets and spaces, so 省(部)级, 省（部）级 and 省部级 all match.
ALIASES: dict[type[StrEnum], dict[str, str]] = {
    Title: {
        "无": "none", "无职称": "none",
        "技术员": "technician", "员级": "technician",
        "助理工程师": "assistant_engineer", "助工": "assistant_engineer",
        "工程师": "engineer", "中级": "engineer", "中级工程师": "engineer",
        "高级工程师": "senior_engineer", "高工": "senior_engineer", "副高": "senior_engineer",
        "正高级工程师": "professorate_senior_engineer", "正高": "professorate_senior_engineer",
        "教授级高级工程师": "professorate_senior_engineer",
    },
    Education: {
        "博士": "doctorate", "博士研究生": "doctorate",
        "硕士": "master", "硕士研究生": "master", "研究生": "master",
        "第二学士": "second_bachelor", "第二学士学位": "second_bachelor",
        "本科": "bachelor", "学士": "bachelor", "大学本科": "bachelor",
        "大专": "associate", "专科": "associate", "大学专科": "associate",
        "中专": "secondary_vocational", "中等职业学校": "secondary_vocational",
        "中职": "secondary_vocational",
    },
    Level: {
        "国家级": "national", "国家": "national",
        "省级": "provincial", "省部级": "provincial", "部级": "provincial", "省": "provincial",
        "地市级": "municipal", "市级": "municipal", "地级": "municipal", "市": "municipal",
        "企业级": "enterprise", "单位级": "enterprise", "企业": "enterprise",
    },
    StandardLevel: {
        "国家": "national", "国家级": "national", "国家标准": "national", "国标": "national",
        "行业": "industry", "行业标准": "industry", "行标": "industry",
        "地方": "local", "地方标准": "local",
        "团体": "group", "团体标准": "group",
        "企业": "enterprise", "企业标准": "enterprise",
    },
    Kind: {
        "项目": "project", "奖励": "award", "获奖": "award", "专利": "patent",
        "软件著作权": "software_copyright", "软著": "software_copyright",
        "论文": "paper", "著作": "book", "书": "book", "教材": "book",
        "标准": "standard", "报告": "report", "营收": "revenue",
        "新产品": "new_product", "投产应用": "application", "应用": "application",
        "认可": "recognition", "主管部门认可": "recognition",
    },
}


def fold_alias(text: str) -> str:
    """The comparison key for an alias: no brackets, no spaces."""
    for ch in " \u3000()（）":
        text = text.replace(ch, "")
    return text
