"""Layouts and wordings the twenty-seventh session's probes found wrong, one test per cause."""

from __future__ import annotations

from tests.test_twentyfifth_session import _examine, _placed_pdf


def test_a_member_list_keeps_minority_names_written_without_their_middle_dot(tmp_path):
    """项目组成员：敖登格日勒、阿不都热合曼、庞 博文、王  伟: a Mongolian and a Uyghur name typed
    without their middle dot, and a name a typist spaced after its rarer surname, are each one
    person (the whole list was dropped for one name longer than four characters)."""
    doc = _examine(_placed_pdf(tmp_path / "a.pdf", [[
        (200, 80, "科技项目验收证书", 18),
        (60, 140, "项目名称：装配车间数字孪生监控系统研发"),
        (60, 165, "项目负责人：敖登格日勒"),
        (60, 190, "项目组成员：敖登格日勒、阿不都热合曼、庞 博文、王  伟、木合塔尔·吐尔逊"),
        (60, 230, "验收结论：该项目完成了合同规定的各项任务，同意通过验收。"),
        (360, 300, "2023年6月18日")]]), tmp_path)
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["members"] == ["敖登格日勒", "阿不都热合曼", "庞博文", "王伟", "木合塔尔·吐尔逊"]
    assert doc.fields["leader"] == "敖登格日勒"
