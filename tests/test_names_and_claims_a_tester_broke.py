"""What probe M (hostile inputs and verdict traps, by a tester who read no code) broke, typed
again: a file or folder named in GBK bytes, as ``unzip`` leaves a Chinese Windows zip, made
the JSON invalid, lost the HTML report and the whole batch; a name's control characters
reached the terminal; a claimed CN that can be nobody's was only "not shown"; a sum claimed
ten times over drew no issue; the 汇总表 wrote through the system's temporary folder."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from rules.case import Applicant
from rules.dates import PartialDate
from rules.vocabulary import Education, Title
from tests.test_audit import claim, codes, doc, never_core
from zhicheng.audit import audit
from zhicheng.intake import readable_name

ROOT = Path(__file__).resolve().parent.parent
PATENT_PDF = ROOT / "fixtures" / "bundles" / "demo" / "patents" / "invention-patent.pdf"
APPLICANT = Applicant(education=Education.BACHELOR, current_title=Title.ENGINEER, target_title=Title.SENIOR_ENGINEER,
                      name="邱雨桐", current_title_date=PartialDate.parse("2018-09-30"))


def _gbk(folder: Path, name: str) -> Path:
    """A path under ``folder`` whose last part is ``name`` in GBK bytes, as unzip leaves it."""
    return Path(os.fsdecode(os.fsencode(str(folder)) + b"/" + name.encode("gbk")))


def test_a_gbk_file_name_is_read_as_the_chinese_it_is_and_its_claim_finds_it(tmp_path):
    from zhicheng.bundle import BundleOptions, check_bundle
    from zhicheng.html_report import render_html

    bundle = tmp_path / "bundle"
    (bundle / "专利").mkdir(parents=True)
    shutil.copy(PATENT_PDF, _gbk(bundle / "专利", "发明专利证书.pdf"))
    (bundle / "profile.yaml").write_text(
        "as_of: '2025-12-31'\napplicant:\n  name: 莫鑫茂\n  education: bachelor\n  current_title: engineer\n"
        "  current_title_date: '2018-09-30'\n  target_title: senior_engineer\n", encoding="utf-8")
    (bundle / "claims.yaml").write_text("- kind: patent\n  patent_type: invention\n  granted: true\n"
                                        "  evidence: [专利/发明专利证书.pdf]\n", encoding="utf-8")
    report = check_bundle(bundle, options=BundleOptions(jobs=1))
    record = report.to_dict()
    json.dumps(record, ensure_ascii=False).encode("utf-8")  # strict: no escaped byte left anywhere
    assert [d["file"] for d in record["documents"]] == ["专利/发明专利证书.pdf"]
    assert not [i for i in record["issues"] if i.get("claim") == 0 and i["code"] == "missing_evidence"]
    assert [(a["kind"], a.get("claim")) for a in record["achievements"]] == [("patent", 0)]
    render_html(report).encode("utf-8")


@pytest.mark.parametrize("name, shown", [
    ("证书\x1b[31m红\x1b[0m.pdf", "证书?[31m红?[0m.pdf"),
    ("两行\n名字.pdf", "两行?名字.pdf"),
    (os.fsdecode(b"\xd6\xa4\xca\xe9/\xff.pdf"), "证书/\ufffd.pdf"),
])
def test_a_name_a_report_prints_carries_no_control_character_and_no_escaped_byte(name, shown):
    assert readable_name(name) == shown


def test_a_claimed_cn_that_can_be_nobodys_is_invalid_cn_in_check_as_in_evaluate():
    paper = doc("论文.pdf", "journal_paper", title="某论文", authors=["邱雨桐"], journal="某刊", date="2022-08",
                applicant_rank=1)
    result = audit([paper], [claim(0, ["论文.pdf"], kind="paper", rank=1, core_journal=True, cn="112-127/TP",
                                   date="2022-08")], APPLICANT, never_core)
    assert "invalid_cn" in codes(result) and "not_shown_by_document" not in codes(result)


def test_a_sum_claimed_ten_times_over_is_an_error_and_the_documents_sum_counts():
    contract = doc("合同.pdf", "revenue_proof", amount_wan=120.0, parties=["甲公司", "乙公司"], date="2023-04-18")
    result = audit([contract], [claim(0, ["合同.pdf"], kind="revenue", amount_wan=1200, role="participant",
                                      date="2023-04-18")], APPLICANT, never_core)
    assert "amount_wan_mismatch" in codes(result)
    assert result.achievements[0].achievement.amount_wan == 120.0
    rounded = audit([contract], [claim(0, ["合同.pdf"], kind="revenue", amount_wan=120.004, role="participant",
                                       date="2023-04-18")], APPLICANT, never_core)
    assert "amount_wan_mismatch" not in codes(rounded)


def test_the_summary_workbook_writes_nothing_in_the_systems_temporary_folder(tmp_path, monkeypatch):
    from zhicheng.summary import COLUMNS, _xlsx

    system, scratch = tmp_path / "system-tmp", tmp_path / "output"
    system.mkdir()
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system))
    row = {c: "" for c in COLUMNS} | {"序号": 1, "姓名": "邱雨桐", "结论": "符合", "errors": []}
    data = _xlsx([row], scratch=scratch)
    assert data[:2] == b"PK"
    assert list(system.iterdir()) == [] and list(scratch.iterdir()) == []
    assert tempfile.tempdir == str(system)
