"""Layouts and wordings the fourteenth session found read wrong, one test per cause."""

from __future__ import annotations

from tests.test_thirteenth_session import _big, _typed


def test_a_units_attestation_that_a_report_was_adopted_shows_it_and_names_the_report():
    """第十一条（二）5 asks for a report 经所在单位认可并推广实施: the unit's 证明 shows it (probe AQ
    40b); its own day is not the report's, and a report's own words about itself show nothing."""
    attestation = [_big("技术报告认可及推广应用证明", 30),
                   "张伟同志主持编写的《MES系统与PLC设备互联互通技术报告》于2022年9月经公司技术委员会审定，予以认可。",
                   "该报告提出的技术方案已于2022年10月起在公司缸体、缸盖、曲轴三条产线推广实施，实现设备联网率由62%提升至96%。",
                   "特此证明。", "重庆两江智造科技有限公司（盖章）", "2022年12月20日"]
    kind, values, _ = _typed(attestation)
    assert kind == "technical_report" and values["adopted"] is True
    assert values["title"] == "MES系统与PLC设备互联互通技术报告" and "date" not in values
    planned = [*attestation[:2], "该报告提出的技术方案拟于2023年起在公司三条产线推广实施。", *attestation[3:]]
    assert _typed(planned)[1]["adopted"] is False
    own = [_big("MES系统与PLC设备互联互通技术报告", 30), "编写人：张伟、李强", "本报告提出的方案经公司认可，已在公司推广实施。",
           "2022年8月"]
    kind, values, _ = _typed(own)
    assert kind == "technical_report" and "adopted" not in values


def test_an_adopted_report_counts_on_its_attestation_and_not_on_the_claim_alone():
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    report = _paper("报告.pdf", "technical_report", "MES系统与PLC设备互联互通技术报告 编写人：张伟", title="MES系统与PLC设备互联互通技术报告",
                    report_kind="technical_report", authors=["张伟"], date="2022-08-01", applicant_rank=1)
    proof = _paper("证明.pdf", "technical_report", "技术报告认可及推广应用证明 特此证明", title="MES系统与PLC设备互联互通技术报告",
                   report_kind="technical_report", adopted=True)
    for docs, shown in (([report, proof], True), ([report], False)):
        claims = [claim(0, [d.file for d in docs], kind="report", report_kind="technical_report", level="enterprise",
                        rank=1, adopted=True, date="2022-08")]
        built = _audited(docs, claims).achievements
        assert len(built) == 1 and built[0].achievement.adopted is True
        assert ("adopted" in built[0].declared) is not shown
