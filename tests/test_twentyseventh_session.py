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


def test_a_project_title_wrapped_in_its_cell_after_a_wide_cell_gap(tmp_path):
    """项目名称 | 基于5G+边缘计算的汽车焊装车间质量 / 追溯系统研制与应用: a text layer joins label and
    value with three spaces where the cell gap is wider; the wrapped tail, flush with the value,
    is part of the title (it was cut after 质量, the value's start guessed from the spaces)."""
    doc = _examine(_placed_pdf(tmp_path / "t.pdf", [[
        (220, 80, "项目验收意见", 18), (60, 140, "项目名称"), (160, 140, "基于5G+边缘计算的汽车焊装车间质量"),
        (160, 160, "追溯系统研制与应用"), (60, 190, "项目负责人"), (160, 190, "皇甫建华"),
        (60, 220, "验收意见：同意通过验收。"), (360, 280, "2023年5月10日")]]), tmp_path)
    assert doc.fields["project_title"] == "基于5G+边缘计算的汽车焊装车间质量追溯系统研制与应用"
