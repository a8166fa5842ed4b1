"""``zhicheng batch`` (CONTRACT §7): a unit's applicants at once.

The bundles here are made of the fixtures' text-layer PDFs (no OCR: the fast tier), zipped
the way Chinese Windows zips them where a test needs a zip.  What a reviewer relies on is
checked from the files a reviewer opens: the 汇总表 read back with openpyxl, the CSV as
Excel reads it (BOM), each JSONL verdict against the contract's schema, and the verdicts
against what ``check`` gives for the same folder.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.windows_zip import windows_zip
from zhicheng.batch import BatchOptions, run_batch
from zhicheng.bundle import BundleOptions, check_bundle
from zhicheng.summary import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "fixtures" / "docs"
CLI = [sys.executable, "-m", "zhicheng"]

# Each test runs whole batches with their worker pools (≈ 10 s together): the slow tier.
# The fast tier keeps the batch's parts (zips, rosters, the pool's crash handling) in
# tests/test_batch_safety.py.
pytestmark = pytest.mark.slow

PROFILE = """\
as_of: 2025-12-31
applicant:
  name: {name}
  employer: 重庆某智能装备有限公司
  education: {education}
  current_title: {title}
  current_title_date: '{date}'
  target_title: {target}
"""


def _bundle(folder: Path, docs: list[str], name: str = "卢华", education: str = "bachelor", title: str = "engineer",
            date: str = "2015-12-24", target: str = "senior_engineer", profile: bool = True) -> Path:
    folder.mkdir(parents=True)
    for doc in docs:
        shutil.copy(DOCS / doc, folder / doc)
    if profile:
        (folder / "profile.yaml").write_text(PROFILE.format(name=name, education=education, title=title, date=date,
                                                            target=target), encoding="utf-8")
    return folder


PATENT = "patent_certificate-00-classic_invention.pdf"
TITLE = "title_certificate-00-booklet.pdf"  # 毛敏, 高级工程师, 2015-12-24
DEGREE = "degree_certificate-00-bachelor_degree.pdf"  # 林颖倩, bachelor
STANDARD = "standard-00-a_national.pdf"


@pytest.fixture()
def intake(tmp_path):
    """A unit's intake: two folders, one Windows zip of a third, a broken zip, a zip-slip zip."""
    root = tmp_path / "intake"
    root.mkdir()
    _bundle(root / "01-卢华", [PATENT, STANDARD])
    _bundle(root / "毛敏", [TITLE, PATENT], name="毛敏", title="senior_engineer",
            target="professorate_senior_engineer")
    staging = _bundle(tmp_path / "staging" / "林颖倩", [DEGREE, STANDARD], name="林颖倩", title="assistant_engineer",
                      date="2020-07-01", target="engineer")
    windows_zip(root / "林颖倩.zip", staging, inside="林颖倩申报材料")
    (root / "坏的.zip").write_bytes(b"PK\x03\x04" + os.urandom(300))
    with zipfile.ZipFile(root / "越界.zip", "w") as archive:
        archive.writestr("..\\..\\outside.txt", b"escaped")
        archive.writestr("证书.pdf", (DOCS / PATENT).read_bytes())
    (root / "说明.txt").write_text("not a bundle", encoding="utf-8")
    return root


def _files(folder: Path) -> dict[str, float]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*")}


def _options(output: Path | None = None, **kwargs) -> BatchOptions:
    return BatchOptions(output=output, jobs=2, **kwargs)


def test_batch_rows_verdicts_and_errors(intake, tmp_path, schema_validator):
    before = _files(tmp_path)
    result = run_batch(intake, _options())
    out = intake / "_zhicheng"
    assert result.exit_code == 1  # two zips could not be checked
    assert [o.entry for o in result.outcomes] == ["01-卢华", "坏的.zip", "林颖倩.zip", "毛敏", "越界.zip"]
    errors = {o.entry: o.error for o in result.outcomes if o.error}
    assert set(errors) == {"坏的.zip", "越界.zip"}
    assert "损坏" in errors["坏的.zip"] and "zip-slip" in errors["越界.zip"]
    assert result.ignored == ["说明.txt"]
    # Nothing written outside the output folder; nothing escaped the zip.
    after = _files(tmp_path)
    assert {k for k in after if not k.startswith("intake/_zhicheng")} == set(before)
    assert not list(tmp_path.rglob("outside.txt"))
    # The verdicts are check's, bundle for bundle (the zip's against its unpacked folder).
    lines = [json.loads(line) for line in (out / "verdicts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["bundle"] for line in lines] == ["01-卢华", "坏的", "林颖倩", "毛敏", "越界"]
    for line in lines:
        assert (line["verdict"] is None) == (line["error"] is not None)
        if line["verdict"] is not None:
            schema_validator(line["verdict"], "verdict")
    for line, folder in ((lines[0], intake / "01-卢华"), (lines[3], intake / "毛敏"),
                         (lines[2], tmp_path / "staging" / "林颖倩")):
        alone = check_bundle(folder, options=BundleOptions(jobs=1)).to_dict()
        for key in ("eligible", "route", "conditions", "summary", "achievements", "eligible_as_declared"):
            assert line["verdict"][key] == alone[key], (folder.name, key)
        assert [i["code"] for i in line["verdict"]["issues"]] == [i["code"] for i in alone["issues"]]
        assert [(d["file"], d["doc_type"], d["fields"]) for d in line["verdict"]["documents"]] == \
               [(d["file"], d["doc_type"], d["fields"]) for d in alone["documents"]]
    # The zip's GBK names came out right.
    zipped = lines[2]["verdict"]["documents"]
    assert sorted(d["file"] for d in zipped) == sorted([DEGREE, STANDARD])
    assert (out / "reports" / "林颖倩.html").exists() and (out / "reports" / "01-卢华.html").exists()
    assert not (out / "reports" / "坏的.html").exists()


def test_summary_files_as_a_reviewer_opens_them(intake):
    from openpyxl import load_workbook

    run_batch(intake, _options())
    out = intake / "_zhicheng"
    book = load_workbook(out / "汇总表.xlsx")
    sheet = book["汇总表"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == COLUMNS
    assert len(rows) == 6
    assert sheet.freeze_panes == "C2" and sheet.auto_filter.ref.startswith("A1:")
    by_entry = {r[COLUMNS.index("材料包")]: dict(zip(COLUMNS, r)) for r in rows[1:]}
    assert by_entry["越界.zip"]["结论"] == "需补正" and "zip-slip" in by_entry["越界.zip"]["说明"]
    lu = by_entry["01-卢华"]
    assert lu["姓名"] == "卢华" and lu["工作单位"] == "重庆某智能装备有限公司"
    assert lu["现职称及取得时间"] == "工程师（2015-12-24）" and lu["申报职称"] == "高级工程师" and lu["学历"] == "本科"
    assert lu["结论"] in ("符合", "需补正", "不符合") and lu["报告"] == "reports/01-卢华.html"
    for r in range(2, sheet.max_row + 1):  # 结论 coloured, reports linked
        verdict = sheet.cell(r, COLUMNS.index("结论") + 1)
        assert verdict.fill.fgColor.rgb.endswith(("C6EFCE", "FFEB9C", "FFC7CE"))
        link = sheet.cell(r, COLUMNS.index("报告") + 1)
        if link.value:
            assert unquote(link.hyperlink.target) == link.value and (out / link.value).exists()
    errors = list(book["错误清单"].iter_rows(values_only=True))
    assert errors[0][:4] == ("序号", "姓名", "材料包", "文件")
    total_errors = sum(int(r[COLUMNS.index("错误数")]) for r in rows[1:])
    assert len(errors) - 1 == total_errors
    raw = (out / "summary.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0] == COLUMNS and [r[COLUMNS.index("材料包")] for r in table[1:]] == [
        "01-卢华", "坏的.zip", "林颖倩.zip", "毛敏", "越界.zip"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr>") == 6 and "reports/01-%E5%8D%A2%E5%8D%8E.html" in index


def test_rerun_reads_only_what_changed(intake):
    first = run_batch(intake, _options())
    again = run_batch(intake, _options())
    assert all(o.reused for o in again.outcomes if o.error is None)
    assert again.pages_read == 0
    assert [o.summary for o in again.outcomes] == [o.summary for o in first.outcomes]
    # One file replaced: only its bundle is read again.
    shutil.copy(DOCS / TITLE, intake / "01-卢华" / TITLE)
    third = run_batch(intake, _options())
    reread = [o.entry for o in third.outcomes if not o.reused and o.error is None]
    assert reread == ["01-卢华"]
    assert any(d["file"] == TITLE for d in json.loads(
        (intake / "_zhicheng" / "verdicts.jsonl").read_text(encoding="utf-8").splitlines()[0])["verdict"]["documents"])
    # A deleted report is written again.
    (intake / "_zhicheng" / "reports" / "毛敏.html").unlink()
    fourth = run_batch(intake, _options())
    assert [o.entry for o in fourth.outcomes if not o.reused and o.error is None] == ["毛敏"]
    assert (intake / "_zhicheng" / "reports" / "毛敏.html").exists()


def test_a_changed_roster_row_rereads_only_the_bundles_that_use_the_roster(intake, tmp_path):
    """林颖倩.zip carries its own profile.yaml (inside its one folder), so the roster has no
    row for her: another applicant's row, or the roster's new file name, is no reason to
    unpack and read her zip again."""
    from zhicheng.profiles import load_roster

    rows = "序号,姓名,工作单位,现职称,取得时间,学历,申报职称\n1,赵六,重庆某公司,工程师,{},本科,高级工程师\n"
    (tmp_path / "名单.csv").write_text(rows.format("2016-07"), encoding="utf-8-sig")
    run_batch(intake, _options(roster=load_roster(tmp_path / "名单.csv")))
    # the unit corrects 赵六's row and saves the roster under a new name
    (tmp_path / "名单（改）.csv").write_text(rows.format("2016-08"), encoding="utf-8-sig")
    again = run_batch(intake, _options(roster=load_roster(tmp_path / "名单（改）.csv")))
    assert [o.entry for o in again.outcomes if not o.reused and o.error is None] == []
    assert again.pages_read == 0
    assert again.unmatched == ["赵六"]  # said to the reviewer: his bundle is not in ROOT


@pytest.mark.parametrize("value,said", [
    ("总工程师", "--target: 应为要申报的职称（技术员、助理工程师、工程师、高级工程师、正高级工程师），实为「总工程师」；是否想写「工程师」？"),
    ("none", "--target: 应为要申报的职称（技术员、助理工程师、工程师、高级工程师、正高级工程师），实为「none」"),
])
def test_a_target_that_is_no_title_is_one_plain_line(value, said):
    from zhicheng.profiles import RosterError, parse_target

    with pytest.raises(RosterError) as caught:
        parse_target(value)
    assert str(caught.value) == said


def test_interrupted_batch_keeps_finished_bundles(intake):
    seen = []

    def stop_after_first(progress):
        if progress.last and "：" in progress.last:
            seen.append(progress.last)
            if len(seen) == 1:
                raise KeyboardInterrupt

    result = run_batch(intake, _options(progress=stop_after_first))
    assert result.interrupted and result.exit_code == 1
    finished = [o for o in result.outcomes if o.summary]
    assert len(finished) == 1
    assert (intake / "_zhicheng" / "汇总表.xlsx").exists()
    resumed = run_batch(intake, _options())
    assert [o.entry for o in resumed.outcomes if o.reused and o.summary] == [finished[0].entry]
    assert sum(o.summary is not None for o in resumed.outcomes) == 3


def test_roster_gives_the_profile(tmp_path):
    from openpyxl import Workbook

    root = tmp_path / "root"
    _bundle(root / "03-卢华", [PATENT], profile=False)
    _bundle(root / "王五", [STANDARD], profile=False)
    roster = tmp_path / "名单.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["2026年度工程系列职称申报人员花名册"])
    sheet.append(["序号", "姓名", "工作单位", "现职称", "取得时间", "学历", "申报职称"])
    sheet.append([1, "卢华", "重庆某公司", "工程师", "2016年7月", "本科", "高级工程师"])
    sheet.append([2, "赵六", "重庆某公司", "工程师", "2016-07", "硕士", "高级工程师"])
    book.save(roster)
    from zhicheng.profiles import load_roster

    result = run_batch(root, _options(roster=load_roster(roster)))
    by_entry = {o.entry: o for o in result.outcomes}
    lu = by_entry["03-卢华"].summary
    assert lu["姓名"] == "卢华" and lu["工作单位"] == "重庆某公司" and lu["现职称及取得时间"] == "工程师（2016-07）"
    assert lu["资料来源"].startswith("名单：名单.xlsx 第3行")
    assert "没有与材料包「王五」对应的申报人" in by_entry["王五"].error
    assert result.exit_code == 1


@pytest.mark.slow  # two CLI runs (process start, models)
def test_check_takes_roster_and_target(tmp_path):
    folder = _bundle(tmp_path / "毛敏", [TITLE, PATENT], profile=False)
    roster = tmp_path / "名单.csv"
    roster.write_bytes("姓名,工作单位,现职称,取得时间,学历,申报职称\n毛敏,某单位,高级工程师,2015.12,本科,正高级工程师\n"
                       .encode("gbk"))
    run = subprocess.run(CLI + ["check", str(folder), "--roster", str(roster), "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    data = json.loads(run.stdout)
    assert data["profile_source"]["kind"] == "roster" and data["applicant"]["employer"] == "某单位"
    assert data["target_title"] == "professorate_senior_engineer"
    run = subprocess.run(CLI + ["check", str(folder), "--target", "正高级工程师", "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    data = json.loads(run.stdout)
    assert data["profile_source"]["kind"] == "inferred" and "据材料推断" in data["profile_source"]["detail"]
    assert data["applicant"]["name"] == "毛敏" and data["applicant"]["current_title"] == "senior_engineer"
    assert data["applicant"]["education"] is None  # no degree certificate: unknown, said so
    assert any(i["code"] == "missing_evidence" and "学历" in i["message"] for i in data["issues"])
    assert not any(c["met"] for c in data["conditions"] if c["group"] == "basic")
    bad = subprocess.run(CLI + ["check", str(folder), "--target", "高级工程狮"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "高级工程师" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.slow  # four CLI runs
def test_cli_batch_exit_codes_and_messages(intake, tmp_path):
    out = tmp_path / "out"
    run = subprocess.run(CLI + ["batch", str(intake), "--output", str(out), "--jobs", "2"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1, run.stderr
    assert "已核验 3/5 个材料包" in run.stderr and "无法核验 越界.zip" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (intake / "_zhicheng").exists()  # --output elsewhere: ROOT untouched
    missing = subprocess.run(CLI + ["batch", str(tmp_path / "nope")], capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 2 and "文件夹不存在" in missing.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    none = subprocess.run(CLI + ["batch", str(empty)], capture_output=True, text=True, cwd=ROOT)
    assert none.returncode == 2 and "没有材料包" in none.stderr
    roster = tmp_path / "r.csv"
    roster.write_text("姓名,单位\n张三,x\n", encoding="utf-8")
    bad = subprocess.run(CLI + ["batch", str(intake), "--roster", str(roster)], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "缺少列" in bad.stderr


def test_all_checked_exits_zero(tmp_path):
    root = tmp_path / "root"
    _bundle(root / "卢华", [PATENT])
    assert run_batch(root, _options()).exit_code == 0


def test_a_ctrl_c_while_a_bundles_report_is_written_leaves_it_unfinished_never_linked(intake, monkeypatch):
    """Probe AU P07: Ctrl-C between a bundle's verdict and its report on disk gave a 汇总表 row
    linking a report nobody wrote and a verdicts.jsonl line with neither verdict nor error."""
    import json

    from zhicheng import batch

    real = batch._Writer.save
    calls = []

    def interrupted(self, *args, **kwargs):
        if args[-1] is not None:  # (a verdict with its report; a refused zip's row is saved before reading)
            calls.append(args[0])
            if len(calls) == 1:
                raise KeyboardInterrupt
        return real(self, *args, **kwargs)

    monkeypatch.setattr(batch._Writer, "save", interrupted)
    result = run_batch(intake, _options())
    assert result.interrupted and not any(o.summary for o in result.outcomes)
    lines = [json.loads(l) for l in (intake / "_zhicheng" / "verdicts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines and all((l["verdict"] is None) != (l["error"] is None) for l in lines)
    assert not (intake / "_zhicheng" / "reports" / f"{calls[0]}.html").exists()
