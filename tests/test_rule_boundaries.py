"""Boundary cases for every condition of 渝人社发〔2022〕67号, for every title it applies to.

Each row states only what differs from a per-title base case (see ``base_case``): an
applicant delta, the achievements, sometimes another ``as_of``.  For every (condition,
title) pair of the catalog there is at least one row where the condition is met and one
where it is not, each at its boundary: rank 5 vs 6, 1000 vs 999.99 万元, provincial vs
municipal, exactly N full years vs one day short, the current title's day vs the day
before, and so on.  ``test_every_condition_and_title_has_a_met_and_an_unmet_row`` derives
the pairs from the catalog itself, so a new condition without rows fails the suite.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from stdnum import isbn as stdnum_isbn

from rules import evaluate, load_catalog, parse_case

AS_OF = "2025-12-31"
TITLE_DATE = "2020-01-01"
IN_WINDOW = "2022-06-01"  # after TITLE_DATE, before AS_OF: the default date of an achievement

VALID_ISBN13 = "9787111213826"
INVALID_ISBN13 = "9787111213827"  # check digit off by one
VALID_ISBN10 = stdnum_isbn.to_isbn10(VALID_ISBN13)
assert stdnum_isbn.is_valid(VALID_ISBN13) and stdnum_isbn.is_valid(VALID_ISBN10)
assert not stdnum_isbn.is_valid(INVALID_ISBN13)

VALID_CN = "11-2127/TP"
INVALID_CN = "99-2127/TP"  # no such region
VALID_ISSN = "1000-1239"
INVALID_ISSN = "1000-1238"

TITLES = ("technician", "assistant_engineer", "engineer", "senior_engineer", "professorate_senior_engineer")
SHORT = {"technician": "tech", "assistant_engineer": "asst", "engineer": "eng",
         "senior_engineer": "senior", "professorate_senior_engineer": "prof"}


# --------------------------------------------------------------------------- base cases

# The applicant of each title who meets the basic article with the defaults below:
# current title since 2020-01-01, judged on 2025-12-31.
BASE_APPLICANT: dict[str, dict[str, Any]] = {
    # 第六条: a bachelor qualifies with no years and no assessment.
    "technician": {"education": "bachelor", "current_title": "none", "work_start": TITLE_DATE},
    # 第八条: bachelor, 1 year of work since work_start, assessed.
    "assistant_engineer": {"education": "bachelor", "current_title": "technician",
                           "current_title_date": TITLE_DATE, "work_start": TITLE_DATE,
                           "assessment_passed": True},
    # 第十条: bachelor, 4 years as 助理工程师.
    "engineer": {"education": "bachelor", "current_title": "assistant_engineer",
                 "current_title_date": TITLE_DATE},
    # 第十二条: bachelor, 5 years as 工程师.
    "senior_engineer": {"education": "bachelor", "current_title": "engineer",
                        "current_title_date": TITLE_DATE},
    # 第十四条: bachelor, 5 years as 高级工程师.
    "professorate_senior_engineer": {"education": "bachelor", "current_title": "senior_engineer",
                                     "current_title_date": TITLE_DATE},
}


def base_case(title: str) -> dict[str, Any]:
    """A case (CONTRACT §3 shape) of an applicant for ``title`` who meets the basic article."""
    return {
        "as_of": AS_OF,
        "applicant": {"name": "张三", "target_title": title, **copy.deepcopy(BASE_APPLICANT[title])},
        "achievements": [],
    }


# --------------------------------------------------------------------------- achievements

def ach(kind: str, date: str | None = IN_WINDOW, **fields: Any) -> dict[str, Any]:
    """One achievement; ``date=None`` leaves the date out."""
    out: dict[str, Any] = {"kind": kind, **fields}
    if date is not None:
        out["date"] = date
    return out


def project(category: str, level: str, **kw: Any) -> dict[str, Any]:
    return ach("project", category=category, level=level, **kw)


def award(level: str, **kw: Any) -> dict[str, Any]:
    return ach("award", level=level, **kw)


def patent(patent_type: str, granted: bool | None = True, **kw: Any) -> dict[str, Any]:
    if granted is not None:
        kw["granted"] = granted
    return ach("patent", patent_type=patent_type, **kw)


def software(**kw: Any) -> dict[str, Any]:
    return ach("software_copyright", **kw)


def paper(rank: int = 1, core: bool | None = True, cn: str | None = VALID_CN, **kw: Any) -> dict[str, Any]:
    if core is not None:
        kw["core_journal"] = core
    if cn is not None:
        kw["cn"] = cn
    return ach("paper", rank=rank, **kw)


def book(book_kind: str, isbn: str | None = VALID_ISBN13, **kw: Any) -> dict[str, Any]:
    if isbn is not None:
        kw["isbn"] = isbn
    return ach("book", book_kind=book_kind, **kw)


def standard(level: str, **kw: Any) -> dict[str, Any]:
    return ach("standard", level=level, **kw)


def report(report_kind: str, **kw: Any) -> dict[str, Any]:
    return ach("report", report_kind=report_kind, **kw)


def revenue(amount_wan: float, **kw: Any) -> dict[str, Any]:
    return ach("revenue", amount_wan=amount_wan, **kw)


def new_product(level: str, **kw: Any) -> dict[str, Any]:
    return ach("new_product", level=level, **kw)


def application(**kw: Any) -> dict[str, Any]:
    return ach("application", **kw)


def recognition(level: str, **kw: Any) -> dict[str, Any]:
    return ach("recognition", level=level, **kw)


# --------------------------------------------------------------------------- rows

@dataclass(frozen=True)
class Row:
    cid: str  # condition id
    name: str  # what is at its boundary, short
    met: bool  # expected
    title: str | None = None  # None: the condition's only title
    applicant: dict[str, Any] = field(default_factory=dict)  # delta; a None value drops the key
    achievements: tuple[dict[str, Any], ...] = ()
    as_of: str | None = None
    xfail: str | None = None  # a known production bug: the reason

    @property
    def test_id(self) -> str:
        return f"{self.cid}-{self.name}-{'met' if self.met else 'unmet'}"


def met(cid: str, name: str, *achievements: dict[str, Any], **kw: Any) -> Row:
    return Row(cid, name, True, achievements=achievements, **kw)


def unmet(cid: str, name: str, *achievements: dict[str, Any], **kw: Any) -> Row:
    return Row(cid, name, False, achievements=achievements, **kw)


def per_title(cid: str) -> Iterator[Row]:
    """Rows of the conditions every title has: 第三条 and 第五条."""
    for t in TITLES:
        s = SHORT[t]
        if cid == "3":
            yield met("3", f"{s}-neither", title=t)
            yield unmet("3", f"{s}-civil_servant", title=t, applicant={"civil_servant": True})
            yield unmet("3", f"{s}-retired", title=t, applicant={"retired": True})
        else:
            yield met("5", f"{s}-no-sanction", title=t)
            yield met("5", f"{s}-sanction-ends-day-before-as_of", title=t, applicant={"sanction_until": "2025-12-30"})
            yield unmet("5", f"{s}-sanction-ends-on-as_of", title=t, applicant={"sanction_until": "2025-12-31"})


FIVE_UTILITY_RANK2 = tuple(patent("utility_model", rank=2) for _ in range(5))

ROWS: list[Row] = [
    # ------------------------------------------------------------------ 第三条, 第五条
    *per_title("3"),
    met("3", "senior-civil_servant-false-retired-false", title="senior_engineer",
        applicant={"civil_servant": False, "retired": False}),
    *per_title("5"),
    met("5", "senior-sanction-month-before-as_of", title="senior_engineer", applicant={"sanction_until": "2025-11"}),
    unmet("5", "senior-sanction-month-of-as_of", title="senior_engineer", applicant={"sanction_until": "2025-12"}),
    unmet("5", "senior-sanction-after-as_of", title="senior_engineer", applicant={"sanction_until": "2026-01-01"}),

    # ------------------------------------------------------------------ 第六条 技术员
    met("6", "bachelor-no-assessment", applicant={"assessment_passed": None, "work_start": None}),
    met("6", "master", applicant={"education": "master", "work_start": None}),
    met("6", "associate-1y-assessed", applicant={"education": "associate", "work_start": "2024-12-31",
                                                 "assessment_passed": True}),
    unmet("6", "associate-1y-minus-1day", applicant={"education": "associate", "work_start": "2025-01-01",
                                                     "assessment_passed": True}),
    unmet("6", "associate-not-assessed", applicant={"education": "associate", "work_start": "2020-01-01",
                                                    "assessment_passed": False}),
    unmet("6", "associate-assessment-unknown", applicant={"education": "associate", "work_start": "2020-01-01"}),
    unmet("6", "associate-no-work_start", applicant={"education": "associate", "work_start": None,
                                                     "assessment_passed": True}),
    met("6", "secondary-1y-assessed", applicant={"education": "secondary_vocational", "work_start": "2024-12-31",
                                                 "assessment_passed": True}),
    unmet("6", "secondary-1y-minus-1day", applicant={"education": "secondary_vocational",
                                                     "work_start": "2025-01-01", "assessment_passed": True}),

    # ------------------------------------------------------------------ 第八条 助理工程师
    met("8", "bachelor-1y-assessed", applicant={"work_start": "2024-12-31"}),
    unmet("8", "bachelor-1y-minus-1day", applicant={"work_start": "2025-01-01"}),
    unmet("8", "bachelor-not-assessed", applicant={"assessment_passed": False}),
    unmet("8", "bachelor-assessment-unknown", applicant={"assessment_passed": None}),
    met("8", "master-no-years", applicant={"education": "master", "work_start": None, "assessment_passed": None}),
    met("8", "doctorate", applicant={"education": "doctorate", "work_start": None}),
    met("8", "second-bachelor", applicant={"education": "second_bachelor", "work_start": None}),
    met("8", "associate-technician-2y", applicant={"education": "associate", "current_title_date": "2023-12-31"}),
    unmet("8", "associate-technician-2y-minus-1day",
          applicant={"education": "associate", "current_title_date": "2024-01-01"}),
    unmet("8", "associate-without-technician-title",
          applicant={"education": "associate", "current_title": "none", "current_title_date": None}),
    met("8", "secondary-technician-4y",
        applicant={"education": "secondary_vocational", "current_title_date": "2021-12-31"}),
    unmet("8", "secondary-technician-4y-minus-1day",
          applicant={"education": "secondary_vocational", "current_title_date": "2022-01-01"}),
    unmet("8", "current-title-not-below-target", applicant={"current_title": "assistant_engineer"}),

    # ------------------------------------------------------------------ 第十条 工程师
    met("10", "bachelor-4y", applicant={"current_title_date": "2021-12-31"}),
    unmet("10", "bachelor-4y-minus-1day", applicant={"current_title_date": "2022-01-01"}),
    met("10", "master-2y", applicant={"education": "master", "current_title_date": "2023-12-31"}),
    unmet("10", "master-2y-minus-1day", applicant={"education": "master", "current_title_date": "2024-01-01"}),
    met("10", "second-bachelor-2y", applicant={"education": "second_bachelor", "current_title_date": "2023-12-31"}),
    # 第十七条: 工程类研究生专业学位, one year earlier; not for a bachelor.
    met("10", "master-professional-degree-1y",
        applicant={"education": "master", "professional_degree": True, "current_title_date": "2024-12-31"}),
    unmet("10", "master-professional-degree-1y-minus-1day",
          applicant={"education": "master", "professional_degree": True, "current_title_date": "2025-01-01"}),
    unmet("10", "bachelor-professional-degree-3y",
          applicant={"professional_degree": True, "current_title_date": "2022-12-31"}),
    met("10", "doctorate-without-title",
        applicant={"education": "doctorate", "current_title": "none", "current_title_date": None}),
    met("10", "associate-4y", applicant={"education": "associate", "current_title_date": "2021-12-31"}),
    unmet("10", "associate-4y-minus-1day", applicant={"education": "associate", "current_title_date": "2022-01-01"}),
    unmet("10", "secondary-vocational", applicant={"education": "secondary_vocational"}),
    unmet("10", "bachelor-technician-title", applicant={"current_title": "technician"}),
    unmet("10", "no-title-date", applicant={"current_title_date": None}),

    # ------------------------------------------------------------------ 第十二条 高级工程师
    met("12", "bachelor-5y", applicant={"current_title_date": "2020-12-31"}),
    unmet("12", "bachelor-5y-minus-1day", applicant={"current_title_date": "2021-01-01"}),
    met("12", "title-0630-as_of-0630", applicant={"current_title_date": "2020-06-30"}, as_of="2025-06-30"),
    unmet("12", "title-0630-as_of-0629", applicant={"current_title_date": "2020-06-30"}, as_of="2025-06-29"),
    met("12", "title-leap-day-as_of-0228", applicant={"current_title_date": "2020-02-29"}, as_of="2025-02-28"),
    unmet("12", "title-leap-day-as_of-0227", applicant={"current_title_date": "2020-02-29"}, as_of="2025-02-27"),
    met("12", "title-month-only-as_of-end", applicant={"current_title_date": "2020-06"}, as_of="2025-06-30"),
    unmet("12", "title-month-only-as_of-end-minus-1day", applicant={"current_title_date": "2020-06"},
          as_of="2025-06-29"),
    met("12", "doctorate-2y", applicant={"education": "doctorate", "current_title_date": "2023-12-31"}),
    unmet("12", "doctorate-2y-minus-1day", applicant={"education": "doctorate", "current_title_date": "2024-01-01"}),
    met("12", "master-professional-degree-4y",
        applicant={"education": "master", "professional_degree": True, "current_title_date": "2021-12-31"}),
    unmet("12", "master-no-professional-degree-4y",
          applicant={"education": "master", "current_title_date": "2021-12-31"}),
    unmet("12", "bachelor-professional-degree-4y",
          applicant={"professional_degree": True, "current_title_date": "2021-12-31"}),
    met("12", "doctorate-professional-degree-1y",
        applicant={"education": "doctorate", "professional_degree": True, "current_title_date": "2024-12-31"}),
    unmet("12", "associate", applicant={"education": "associate"}),
    unmet("12", "assistant-engineer-title", applicant={"current_title": "assistant_engineer"}),
    unmet("12", "no-title-date", applicant={"current_title_date": None}),

    # ------------------------------------------------------------------ 第十四条 正高级工程师
    met("14", "bachelor-5y", applicant={"current_title_date": "2020-12-31"}),
    unmet("14", "bachelor-5y-minus-1day", applicant={"current_title_date": "2021-01-01"}),
    met("14", "title-0630-as_of-0630", applicant={"current_title_date": "2020-06-30"}, as_of="2025-06-30"),
    unmet("14", "title-0630-as_of-0629", applicant={"current_title_date": "2020-06-30"}, as_of="2025-06-29"),
    met("14", "master-professional-degree-4y",
        applicant={"education": "master", "professional_degree": True, "current_title_date": "2021-12-31"}),
    unmet("14", "bachelor-professional-degree-4y",
          applicant={"professional_degree": True, "current_title_date": "2021-12-31"}),
    unmet("14", "associate", applicant={"education": "associate"}),
    unmet("14", "engineer-title", applicant={"current_title": "engineer"}),

    # ------------------------------------------------------------------ 第十一条（二） 工程师业绩
    met("11.2.1", "municipal-accepted", project("implementation", "municipal", accepted=True)),
    unmet("11.2.1", "enterprise-accepted", project("implementation", "enterprise", accepted=True)),
    unmet("11.2.1", "municipal-not-accepted", project("implementation", "municipal", accepted=False)),
    unmet("11.2.1", "municipal-acceptance-unknown", project("implementation", "municipal")),
    unmet("11.2.1", "rnd-municipal-accepted", project("rnd", "municipal", accepted=True)),

    met("11.2.2", "application", application()),
    met("11.2.2", "rnd-with-benefit", project("rnd", "enterprise", benefit=True)),
    unmet("11.2.2", "rnd-without-benefit", project("rnd", "enterprise", benefit=False)),
    unmet("11.2.2", "implementation-with-benefit", project("implementation", "enterprise", benefit=True)),
    unmet("11.2.2", "application-day-before-title", application(date="2019-12-31")),
    met("11.2.2", "application-on-title-day", application(date=TITLE_DATE)),

    met("11.2.3", "1000", revenue(1000)),
    unmet("11.2.3", "999.99", revenue(999.99)),
    met("11.2.3", "600+400", revenue(600), revenue(400)),
    unmet("11.2.3", "600+399.99", revenue(600), revenue(399.99)),
    unmet("11.2.3", "600+400-before-title", revenue(600), revenue(400, date="2019-12-31")),
    # 128.2 + 383.9 + 487.9 is 999.9999999999999 in plain float addition: totals use fsum.
    met("11.2.3", "128.2+383.9+487.9", revenue(128.2), revenue(383.9), revenue(487.9)),

    met("11.2.4", "industry-any-rank", standard("industry", rank=9)),
    met("11.2.4", "local", standard("local")),
    met("11.2.4", "national", standard("national")),
    met("11.2.4", "enterprise-rank5-implemented", standard("enterprise", rank=5, implemented=True)),
    unmet("11.2.4", "enterprise-rank6-implemented", standard("enterprise", rank=6, implemented=True)),
    unmet("11.2.4", "enterprise-rank5-not-implemented", standard("enterprise", rank=5, implemented=False)),
    met("11.2.4", "group-rank5-implemented", standard("group", rank=5, implemented=True)),
    unmet("11.2.4", "group-rank6-implemented", standard("group", rank=6, implemented=True)),
    met("11.2.4", "enterprise-lead-implemented", standard("enterprise", role="lead", implemented=True)),

    met("11.2.5", "technical-report-adopted", report("technical_report", adopted=True)),
    unmet("11.2.5", "technical-report-not-adopted", report("technical_report", adopted=False)),
    unmet("11.2.5", "white-paper-adopted", report("white_paper", adopted=True)),

    # ------------------------------------------------------------------ 第十一条（三） 工程师破格
    met("11.3", "assistant-engineer-no-years-no-recommenders",
        applicant={"current_title_date": AS_OF, "recommendations": 0}),
    unmet("11.3", "technician-title", applicant={"current_title": "technician"}),
    unmet("11.3", "no-title", applicant={"current_title": "none", "current_title_date": None}),

    met("11.3.1", "municipal", award("municipal")),
    unmet("11.3.1", "enterprise", award("enterprise")),

    met("11.3.2", "invention-rank5", patent("invention", rank=5)),
    unmet("11.3.2", "invention-rank6", patent("invention", rank=6)),
    unmet("11.3.2", "invention-rank5-not-granted", patent("invention", rank=5, granted=False)),
    unmet("11.3.2", "invention-rank5-grant-unknown", patent("invention", rank=5, granted=None)),
    met("11.3.2", "utility-rank2", patent("utility_model", rank=2)),
    unmet("11.3.2", "utility-rank3", patent("utility_model", rank=3)),
    met("11.3.2", "design-rank2", patent("design", rank=2)),
    met("11.3.2", "software-rank2", software(rank=2)),
    unmet("11.3.2", "software-rank3", software(rank=3)),

    met("11.3.3", "monograph-isbn13", book("monograph", rank=4)),
    met("11.3.3", "monograph-isbn10", book("monograph", isbn=VALID_ISBN10, rank=4)),
    unmet("11.3.3", "monograph-invalid-isbn", book("monograph", isbn=INVALID_ISBN13, rank=4)),
    unmet("11.3.3", "monograph-no-isbn", book("monograph", isbn=None, rank=4)),
    unmet("11.3.3", "textbook-isbn", book("textbook", rank=1)),

    met("11.3.4", "provincial-rank3", project("implementation", "provincial", accepted=True, rank=3)),
    unmet("11.3.4", "provincial-rank4", project("implementation", "provincial", accepted=True, rank=4)),
    unmet("11.3.4", "municipal-rank3", project("implementation", "municipal", accepted=True, rank=3)),
    met("11.3.4", "provincial-lead", project("implementation", "provincial", accepted=True, role="lead")),
    unmet("11.3.4", "provincial-rank3-not-accepted",
          project("implementation", "provincial", accepted=False, rank=3)),

    # ------------------------------------------------------------------ 第十三条（二） 高级工程师业绩
    met("13.2.1", "provincial-rank3", project("implementation", "provincial", accepted=True, rank=3)),
    unmet("13.2.1", "provincial-rank4", project("implementation", "provincial", accepted=True, rank=4)),
    met("13.2.1", "national-rank3", project("implementation", "national", accepted=True, rank=3)),
    unmet("13.2.1", "municipal-rank1", project("implementation", "municipal", accepted=True, rank=1)),
    unmet("13.2.1", "provincial-rank1-not-accepted",
          project("implementation", "provincial", accepted=False, rank=1)),
    unmet("13.2.1", "provincial-no-rank", project("implementation", "provincial", accepted=True)),

    met("13.2.2", "two-rank3", project("rnd", "enterprise", benefit=True, rank=3),
        project("rnd", "enterprise", benefit=True, rank=3)),
    unmet("13.2.2", "rank3-and-rank4", project("rnd", "enterprise", benefit=True, rank=3),
          project("rnd", "enterprise", benefit=True, rank=4)),
    unmet("13.2.2", "only-one", project("rnd", "enterprise", benefit=True, rank=1)),
    unmet("13.2.2", "one-without-benefit", project("rnd", "enterprise", benefit=True, rank=1),
          project("rnd", "enterprise", benefit=False, rank=1)),

    met("13.2.3", "2000-rank3", revenue(2000, rank=3)),
    unmet("13.2.3", "1999-rank3", revenue(1999, rank=3)),
    unmet("13.2.3", "2000-rank4", revenue(2000, rank=4)),
    met("13.2.3", "2000-lead", revenue(2000, role="lead")),
    unmet("13.2.3", "2000-no-rank", revenue(2000)),
    met("13.2.3", "1000-rank1+1000-rank3", revenue(1000, rank=1), revenue(1000, rank=3)),
    unmet("13.2.3", "1000-rank3+1000-rank4", revenue(1000, rank=3), revenue(1000, rank=4)),
    unmet("13.2.3", "1000+999.99", revenue(1000, rank=2), revenue(999.99, rank=2)),

    met("13.2.4", "rank5", patent("invention", rank=5)),
    unmet("13.2.4", "rank6", patent("invention", rank=6)),
    unmet("13.2.4", "rank5-not-granted", patent("invention", rank=5, granted=False)),
    met("13.2.4", "five-utility-rank2", *FIVE_UTILITY_RANK2),
    unmet("13.2.4", "four-utility-rank2", *FIVE_UTILITY_RANK2[:4]),
    unmet("13.2.4", "four-utility-rank2-one-rank3", *FIVE_UTILITY_RANK2[:4], patent("utility_model", rank=3)),
    met("13.2.4", "four-utility-one-software-rank2", *FIVE_UTILITY_RANK2[:4], software(rank=2)),
    unmet("13.2.4", "four-utility-one-not-granted", *FIVE_UTILITY_RANK2[:4],
          patent("utility_model", rank=2, granted=False)),
    # 附则（四） the window: from the current title's day (2020-01-01) up to as_of (2025-12-31).
    unmet("13.2.4", "day-before-title", patent("invention", rank=1, date="2019-12-31")),
    met("13.2.4", "on-title-day", patent("invention", rank=1, date=TITLE_DATE)),
    met("13.2.4", "day-after-title", patent("invention", rank=1, date="2020-01-02")),
    met("13.2.4", "on-as_of", patent("invention", rank=1, date=AS_OF)),
    unmet("13.2.4", "day-after-as_of", patent("invention", rank=1, date="2026-01-01")),
    unmet("13.2.4", "no-date", patent("invention", rank=1, date=None)),
    unmet("13.2.4", "month-before-title", patent("invention", rank=1, date="2019-12")),
    met("13.2.4", "month-of-title-day-1", patent("invention", rank=1, date="2020-01")),
    met("13.2.4", "month-of-as_of", patent("invention", rank=1, date="2025-12")),
    unmet("13.2.4", "month-of-as_of-not-over", patent("invention", rank=1, date="2025-12"), as_of="2025-12-30"),
    unmet("13.2.4", "same-month-as-title-0630", patent("invention", rank=1, date="2020-06"),
          applicant={"current_title_date": "2020-06-30"}),
    met("13.2.4", "month-after-title-0630", patent("invention", rank=1, date="2020-07"),
        applicant={"current_title_date": "2020-06-30"}),
    unmet("13.2.4", "title-month-only-same-month", patent("invention", rank=1, date="2020-06-15"),
          applicant={"current_title_date": "2020-06"}),
    met("13.2.4", "title-month-only-next-month", patent("invention", rank=1, date="2020-07-01"),
        applicant={"current_title_date": "2020-06"}),
    unmet("13.2.4", "no-title-date", patent("invention", rank=1), applicant={"current_title_date": None}),

    met("13.2.5", "national-any-rank", standard("national", rank=9)),
    met("13.2.5", "industry-rank5", standard("industry", rank=5)),
    unmet("13.2.5", "industry-rank6", standard("industry", rank=6)),
    met("13.2.5", "local-rank5", standard("local", rank=5)),
    met("13.2.5", "enterprise-lead-implemented", standard("enterprise", role="lead", implemented=True)),
    unmet("13.2.5", "enterprise-rank1-implemented", standard("enterprise", rank=1, implemented=True)),
    unmet("13.2.5", "enterprise-lead-not-implemented", standard("enterprise", role="lead", implemented=False)),
    met("13.2.5", "group-lead-implemented", standard("group", role="lead", implemented=True)),

    met("13.2.6", "monograph-any-rank", book("monograph", rank=7)),
    unmet("13.2.6", "monograph-invalid-isbn", book("monograph", isbn=INVALID_ISBN13, rank=1)),
    unmet("13.2.6", "manual-isbn", book("manual", rank=1)),
    met("13.2.6", "core-first-author", paper(rank=1)),
    unmet("13.2.6", "core-second-author", paper(rank=2)),
    met("13.2.6", "core-lead-author", paper(rank=None, role="lead")),
    unmet("13.2.6", "not-core-first-author", paper(rank=1, core=False)),
    unmet("13.2.6", "core-unknown-first-author", paper(rank=1, core=None)),
    met("13.2.6", "core-issn-only", paper(rank=1, cn=None, issn=VALID_ISSN)),
    met("13.2.6", "core-invalid-cn-valid-issn", paper(rank=1, cn=INVALID_CN, issn=VALID_ISSN)),
    unmet("13.2.6", "core-invalid-cn-and-issn", paper(rank=1, cn=INVALID_CN, issn=INVALID_ISSN)),
    unmet("13.2.6", "core-no-journal-id", paper(rank=1, cn=None)),

    met("13.2.7", "two-provincial-rank5", report("technical_report", level="provincial", rank=5),
        report("feasibility", level="provincial", rank=5)),
    unmet("13.2.7", "provincial-rank5-and-rank6", report("technical_report", level="provincial", rank=5),
          report("feasibility", level="provincial", rank=6)),
    unmet("13.2.7", "provincial-and-municipal", report("white_paper", level="provincial", rank=1),
          report("plan", level="municipal", rank=1)),
    met("13.2.7", "white-paper-and-plan-national", report("white_paper", level="national", rank=1),
        report("plan", level="provincial", rank=2)),
    unmet("13.2.7", "only-one", report("technical_report", level="provincial", rank=1)),
    unmet("13.2.7", "one-is-research-topic", report("technical_report", level="provincial", rank=1),
          report("research_topic", level="provincial", rank=1)),

    # ------------------------------------------------------------------ 第十三条（三） 高级工程师破格
    met("13.3", "2y-2-recommenders", applicant={"current_title_date": "2023-12-31", "recommendations": 2}),
    unmet("13.3", "2y-minus-1day", applicant={"current_title_date": "2024-01-01", "recommendations": 2}),
    unmet("13.3", "2y-1-recommender", applicant={"current_title_date": "2023-12-31", "recommendations": 1}),
    met("13.3", "doctorate-exempt-from-years",
        applicant={"education": "doctorate", "current_title_date": "2025-06-01", "recommendations": 2}),
    unmet("13.3", "doctorate-1-recommender",
          applicant={"education": "doctorate", "current_title_date": "2025-06-01", "recommendations": 1}),
    unmet("13.3", "master-professional-degree-not-earlier",
          applicant={"education": "master", "professional_degree": True, "current_title_date": "2024-12-31",
                     "recommendations": 2}),
    unmet("13.3", "assistant-engineer-title", applicant={"current_title": "assistant_engineer", "recommendations": 2}),

    met("13.3.1", "provincial", award("provincial")),
    unmet("13.3.1", "municipal", award("municipal")),

    met("13.3.2", "two-rank3", patent("invention", rank=3), patent("invention", rank=3)),
    unmet("13.3.2", "rank3-and-rank4", patent("invention", rank=3), patent("invention", rank=4)),
    unmet("13.3.2", "only-one", patent("invention", rank=1)),
    unmet("13.3.2", "one-not-granted", patent("invention", rank=1), patent("invention", rank=1, granted=False)),

    met("13.3.3", "national-rank3", project("implementation", "national", accepted=True, rank=3)),
    met("13.3.3", "national-rnd-rank3", project("rnd", "national", accepted=True, rank=3)),
    unmet("13.3.3", "national-rank4", project("implementation", "national", accepted=True, rank=4)),
    unmet("13.3.3", "provincial-rank1", project("implementation", "provincial", accepted=True, rank=1)),
    unmet("13.3.3", "national-not-accepted", project("implementation", "national", accepted=False, rank=1)),

    met("13.3.4", "lead-2000-appraised",
        project("implementation", "enterprise", role="lead", investment_wan=2000, appraised=True)),
    unmet("13.3.4", "lead-1999.99-appraised",
          project("implementation", "enterprise", role="lead", investment_wan=1999.99, appraised=True)),
    unmet("13.3.4", "rank1-2000-appraised",
          project("implementation", "enterprise", rank=1, investment_wan=2000, appraised=True)),
    unmet("13.3.4", "lead-2000-not-appraised",
          project("implementation", "enterprise", role="lead", investment_wan=2000, appraised=False)),

    met("13.3.5", "national-rank5", standard("national", rank=5)),
    unmet("13.3.5", "national-rank6", standard("national", rank=6)),
    unmet("13.3.5", "industry-rank1", standard("industry", rank=1)),

    met("13.3.6", "provincial", recognition("provincial")),
    met("13.3.6", "national", recognition("national")),
    unmet("13.3.6", "municipal", recognition("municipal")),

    # ------------------------------------------------------------------ 第十五条（二） 正高级工程师业绩
    met("15.2.1", "two-provincial-lead", project("implementation", "provincial", role="lead", accepted=True),
        project("implementation", "provincial", role="lead", accepted=True)),
    unmet("15.2.1", "lead-and-rank1", project("implementation", "provincial", role="lead", accepted=True),
          project("implementation", "provincial", rank=1, accepted=True)),
    unmet("15.2.1", "provincial-and-municipal", project("implementation", "provincial", role="lead", accepted=True),
          project("implementation", "municipal", role="lead", accepted=True)),
    unmet("15.2.1", "only-one", project("implementation", "national", role="lead", accepted=True)),
    unmet("15.2.1", "one-not-accepted", project("implementation", "provincial", role="lead", accepted=True),
          project("implementation", "provincial", role="lead", accepted=False)),

    met("15.2.2", "two-lead-rnd-provincial-product", project("rnd", "enterprise", role="lead"),
        project("rnd", "enterprise", role="lead"), new_product("provincial")),
    met("15.2.2", "two-lead-rnd-national-product", project("rnd", "enterprise", role="lead"),
        project("rnd", "enterprise", role="lead"), new_product("national")),
    unmet("15.2.2", "two-lead-rnd-municipal-product", project("rnd", "enterprise", role="lead"),
          project("rnd", "enterprise", role="lead"), new_product("municipal")),
    unmet("15.2.2", "lead-and-rank1-rnd", project("rnd", "enterprise", role="lead"),
          project("rnd", "enterprise", rank=1), new_product("provincial")),
    unmet("15.2.2", "no-product", project("rnd", "enterprise", role="lead"), project("rnd", "enterprise", role="lead")),

    met("15.2.3", "5000-lead", revenue(5000, role="lead")),
    unmet("15.2.3", "4999-lead", revenue(4999, role="lead")),
    unmet("15.2.3", "5000-rank1", revenue(5000, rank=1)),
    met("15.2.3", "2500+2500-lead", revenue(2500, role="lead"), revenue(2500, role="lead")),
    unmet("15.2.3", "2500+2499.99-lead", revenue(2500, role="lead"), revenue(2499.99, role="lead")),
    unmet("15.2.3", "2500-lead+2500-rank1", revenue(2500, role="lead"), revenue(2500, rank=1)),

    met("15.2.4", "rank1", patent("invention", rank=1)),
    unmet("15.2.4", "rank2", patent("invention", rank=2)),
    met("15.2.4", "lead", patent("invention", role="lead")),
    unmet("15.2.4", "rank1-not-granted", patent("invention", rank=1, granted=False)),
    unmet("15.2.4", "utility-rank1", patent("utility_model", rank=1)),

    met("15.2.5", "industry-lead", standard("industry", role="lead")),
    unmet("15.2.5", "industry-rank1", standard("industry", rank=1)),
    met("15.2.5", "local-lead", standard("local", role="lead")),
    unmet("15.2.5", "enterprise-lead", standard("enterprise", role="lead", implemented=True)),
    met("15.2.5", "national-rank5", standard("national", rank=5)),
    unmet("15.2.5", "national-rank6", standard("national", rank=6)),

    met("15.2.6", "sole-10", book("monograph", sole_author=True, words_wan=10)),
    unmet("15.2.6", "sole-9.9", book("monograph", sole_author=True, words_wan=9.9)),
    met("15.2.6", "sole-total-10", book("monograph", sole_author=True, total_words_wan=10)),
    unmet("15.2.6", "sole-10-invalid-isbn", book("monograph", isbn=INVALID_ISBN13, sole_author=True, words_wan=10)),
    met("15.2.6", "co-rank3-total20-own10", book("monograph", rank=3, total_words_wan=20, words_wan=10)),
    unmet("15.2.6", "co-rank4-total20-own10", book("monograph", rank=4, total_words_wan=20, words_wan=10)),
    unmet("15.2.6", "co-rank3-total19.9-own10", book("monograph", rank=3, total_words_wan=19.9, words_wan=10)),
    unmet("15.2.6", "co-rank3-total20-own9.9", book("monograph", rank=3, total_words_wan=20, words_wan=9.9)),
    met("15.2.6", "three-core-papers", paper(), paper(), paper()),
    unmet("15.2.6", "two-core-papers", paper(), paper()),
    unmet("15.2.6", "three-core-papers-one-second-author", paper(), paper(), paper(rank=2)),
    unmet("15.2.6", "three-papers-one-not-core", paper(), paper(), paper(core=False)),

    met("15.2.7", "textbook-lead-15-provincial", book("textbook", role="lead", words_wan=15, promoted_level="provincial")),
    unmet("15.2.7", "textbook-lead-14.9", book("textbook", role="lead", words_wan=14.9, promoted_level="provincial")),
    unmet("15.2.7", "textbook-rank1-15", book("textbook", rank=1, words_wan=15, promoted_level="provincial")),
    unmet("15.2.7", "textbook-not-promoted", book("textbook", role="lead", words_wan=15)),
    unmet("15.2.7", "textbook-no-isbn", book("textbook", isbn=None, role="lead", words_wan=15,
                                             promoted_level="provincial")),
    met("15.2.7", "manual-no-isbn-industry", book("manual", isbn=None, role="lead", words_wan=15,
                                                  promoted_level="industry")),
    unmet("15.2.7", "monograph-lead-15", book("monograph", role="lead", words_wan=15, promoted_level="national")),

    met("15.2.8", "three-provincial-lead", report("research_topic", level="provincial", role="lead"),
        report("plan", level="provincial", role="lead"), report("feasibility", level="national", role="lead")),
    unmet("15.2.8", "only-two", report("research_topic", level="provincial", role="lead"),
          report("plan", level="provincial", role="lead")),
    unmet("15.2.8", "one-municipal", report("research_topic", level="provincial", role="lead"),
          report("plan", level="provincial", role="lead"), report("feasibility", level="municipal", role="lead")),
    unmet("15.2.8", "one-rank1", report("research_topic", level="provincial", role="lead"),
          report("plan", level="provincial", role="lead"), report("feasibility", level="provincial", rank=1)),
    unmet("15.2.8", "one-technical-report", report("research_topic", level="provincial", role="lead"),
          report("plan", level="provincial", role="lead"), report("technical_report", level="provincial", role="lead")),

    # ------------------------------------------------------------------ 第十五条（三） 正高级工程师破格
    met("15.3", "2y-2-recommenders", applicant={"current_title_date": "2023-12-31", "recommendations": 2}),
    unmet("15.3", "2y-minus-1day", applicant={"current_title_date": "2024-01-01", "recommendations": 2}),
    unmet("15.3", "2y-1-recommender", applicant={"current_title_date": "2023-12-31", "recommendations": 1}),
    unmet("15.3", "doctorate-not-exempt",
          applicant={"education": "doctorate", "current_title_date": "2025-06-01", "recommendations": 2}),
    unmet("15.3", "engineer-title", applicant={"current_title": "engineer", "recommendations": 2}),

    met("15.3.1", "two-provincial", award("provincial"), award("national")),
    unmet("15.3.1", "provincial-and-municipal", award("provincial"), award("municipal")),
    unmet("15.3.1", "only-one", award("national")),

    met("15.3.2", "two-rank1", patent("invention", rank=1), patent("invention", role="lead")),
    unmet("15.3.2", "rank1-and-rank2", patent("invention", rank=1), patent("invention", rank=2)),
    unmet("15.3.2", "only-one", patent("invention", rank=1)),

    met("15.3.3", "national-lead", project("implementation", "national", role="lead", accepted=True)),
    unmet("15.3.3", "national-rank1", project("implementation", "national", rank=1, accepted=True)),
    unmet("15.3.3", "provincial-lead", project("implementation", "provincial", role="lead", accepted=True)),
    unmet("15.3.3", "national-lead-not-accepted", project("rnd", "national", role="lead", accepted=False)),

    met("15.3.4", "national-lead", standard("national", role="lead")),
    unmet("15.3.4", "national-rank1", standard("national", rank=1)),
    unmet("15.3.4", "industry-lead", standard("industry", role="lead")),

    met("15.3.5", "provincial", recognition("provincial")),
    unmet("15.3.5", "municipal", recognition("municipal")),
]


# --------------------------------------------------------------------------- helpers

CATALOG = load_catalog()
CONDITIONS = {c.id: c for c in CATALOG.conditions}


def row_title(row: Row) -> str:
    """The title a row is judged under: its own, or its condition's only title."""
    if row.title is not None:
        return row.title
    titles = CONDITIONS[row.cid].titles
    assert len(titles) == 1, f"row {row.test_id}: condition {row.cid} has several titles; name one"
    return titles[0].value


def build_case(row: Row) -> dict[str, Any]:
    case = base_case(row_title(row))
    for key, value in row.applicant.items():
        if value is None:
            case["applicant"].pop(key, None)
        else:
            case["applicant"][key] = value
    case["achievements"] = [dict(a) for a in row.achievements]
    if row.as_of is not None:
        case["as_of"] = row.as_of
    return case


def _param(row: Row):
    marks = [pytest.mark.xfail(strict=True, reason=row.xfail)] if row.xfail else []
    return pytest.param(row, id=row.test_id, marks=marks)


# --------------------------------------------------------------------------- tests

def test_row_ids_are_unique_and_conditions_known():
    ids = [r.test_id for r in ROWS]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for row in ROWS:
        assert row.cid in CONDITIONS, f"{row.test_id}: no condition {row.cid} in the catalog"
        title = row_title(row)
        assert title in {t.value for t in CONDITIONS[row.cid].titles}, f"{row.test_id}: {row.cid} has no {title}"


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_boundary(row: Row):
    case = build_case(row)
    verdict = evaluate(parse_case(case))
    result = verdict.condition(row.cid)
    assert result.met is row.met, f"{row.test_id}: reasons={result.reasons} missing={result.missing}"
    achievement_based = CONDITIONS[row.cid].decide.check == "achievements"
    if row.met:
        assert not result.missing, result.missing
        if achievement_based:
            assert result.evidence, f"{row.test_id}: met without evidence"
            assert set(result.evidence) <= set(range(len(case["achievements"])))
    else:
        assert result.missing, f"{row.test_id}: unmet but nothing said to be missing; reasons={result.reasons}"
        if achievement_based:
            assert not result.evidence, f"{row.test_id}: unmet but evidence {result.evidence}"


def test_every_condition_and_title_has_a_met_and_an_unmet_row():
    covered = {(r.cid, row_title(r), r.met) for r in ROWS}
    lacking = [f"{c.id}/{t.value}: no {'met' if want else 'unmet'} row"
               for c in CATALOG.conditions for t in c.titles for want in (True, False)
               if (c.id, t.value, want) not in covered]
    assert not lacking, "\n".join(lacking)


# --------------------------------------------------------------------------- routes

def _verdict(title: str, applicant: dict[str, Any] | None = None, *achievements: dict[str, Any]):
    return evaluate(parse_case(build_case(Row("3", "route", True, title=title, applicant=applicant or {},
                                              achievements=achievements))))


@pytest.mark.parametrize("title", ["technician", "assistant_engineer"])
def test_normal_route_without_performance_items(title: str):
    verdict = _verdict(title)
    assert verdict.route == "normal" and verdict.eligible


def test_normal_route_senior():
    verdict = _verdict("senior_engineer", {}, patent("invention", rank=5))
    assert verdict.condition("12").met and verdict.condition("13.2.4").met
    assert verdict.route == "normal" and verdict.eligible


def test_normal_route_is_preferred_when_both_hold():
    verdict = _verdict("senior_engineer", {"recommendations": 2}, award("provincial"), patent("invention", rank=1))
    assert verdict.condition("13.3").met and verdict.condition("13.3.1").met
    assert verdict.route == "normal"


def test_exceptional_route_senior():
    # 第十二条 fails (2 years of 5), 第十三条（三） holds with 2 recommenders, and a provincial award.
    verdict = _verdict("senior_engineer", {"current_title_date": "2023-12-31", "recommendations": 2},
                       award("provincial", date="2024-05-01"))
    assert not verdict.condition("12").met
    assert verdict.condition("13.3").met and verdict.condition("13.3.1").met
    assert verdict.route == "exceptional" and verdict.eligible


def test_exceptional_route_engineer_secondary_vocational():
    verdict = _verdict("engineer", {"education": "secondary_vocational", "current_title_date": "2024-01-01"},
                       award("municipal", date="2024-05-01"))
    assert not verdict.condition("10").met
    assert verdict.route == "exceptional"


def test_exceptional_route_professorate():
    verdict = _verdict("professorate_senior_engineer", {"current_title_date": "2023-06-01", "recommendations": 2},
                       patent("invention", rank=1, date="2024-01-01"), patent("invention", role="lead", date="2024-02-01"))
    assert not verdict.condition("14").met
    assert verdict.route == "exceptional"


def test_no_route_when_prerequisites_hold_but_no_exceptional_item():
    verdict = _verdict("senior_engineer", {"current_title_date": "2023-12-31", "recommendations": 2},
                       award("municipal", date="2024-05-01"))
    assert verdict.condition("13.3").met
    assert verdict.route is None and not verdict.eligible


def test_no_route_when_exceptional_item_holds_but_prerequisites_do_not():
    verdict = _verdict("senior_engineer", {"current_title_date": "2023-12-31", "recommendations": 1},
                       award("provincial", date="2024-05-01"))
    assert verdict.condition("13.3.1").met and not verdict.condition("13.3").met
    assert verdict.route is None


def test_no_route_when_basic_holds_but_no_performance_item():
    verdict = _verdict("senior_engineer", {}, patent("invention", rank=6))
    assert verdict.condition("12").met
    assert verdict.route is None


@pytest.mark.parametrize("delta", [{"civil_servant": True}, {"retired": True}, {"sanction_until": AS_OF}],
                         ids=["civil_servant", "retired", "sanctioned"])
def test_articles_3_and_5_block_both_routes(delta: dict[str, Any]):
    verdict = _verdict("senior_engineer", {"recommendations": 2, **delta},
                       patent("invention", rank=1), award("provincial"))
    assert verdict.route is None


@pytest.mark.parametrize("current", ["none", "below"])
@pytest.mark.parametrize("education", ["doctorate", "master", "second_bachelor", "bachelor", "associate",
                                       "secondary_vocational"])
@pytest.mark.parametrize("title", ["engineer", "senior_engineer", "professorate_senior_engineer"])
def test_everything_missing_is_never_eligible(title: str, education: str, current: str):
    """No achievements and no dates: nothing shown, so nothing met that needs showing."""
    below = {"engineer": "assistant_engineer", "senior_engineer": "engineer",
             "professorate_senior_engineer": "senior_engineer"}[title]
    case = {"as_of": AS_OF, "applicant": {"education": education, "target_title": title,
                                          "current_title": below if current == "below" else "none"}}
    verdict = evaluate(parse_case(case))
    assert verdict.route is None and not verdict.eligible
    for result in verdict.conditions:
        if CONDITIONS[result.id].decide.check == "achievements":
            assert not result.met and not result.evidence and result.missing, result.id


def test_a_doctorate_without_a_title_counts_achievements_since_work_start():
    """第十条 lets a doctorate apply for 工程师 with no title: there is no title date to be after."""
    case = {"as_of": "2025-12-31",
            "applicant": {"education": "doctorate", "current_title": "none", "work_start": "2022-07-01",
                          "target_title": "engineer"},
            "achievements": [
                {"kind": "project", "category": "implementation", "level": "provincial", "rank": 1,
                 "accepted": True, "date": "2023-01-01"},
                {"kind": "application", "date": "2022-06-30"}]}
    verdict = evaluate(parse_case(case))
    assert verdict.route == "normal"
    assert verdict.condition("11.2.1").evidence == [0]
    assert not verdict.condition("11.2.2").met  # dated before work_start
    assert "before_current_title" in {i.code for i in verdict.issues}
