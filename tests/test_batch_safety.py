"""What a batch must survive: hostile zips, a worker that dies, a file that eats memory,
rosters as units keep them, and the same job on a Dask cluster."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.windows_zip import WindowsName
from zhicheng.archive import MAX_MEMBERS, ArchiveError, member_names, unpack
from zhicheng.pool import FileTask, LocalPool
from zhicheng.profiles import Roster, RosterError, RosterRow, folder_name, infer_applicant, load_roster

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "fixtures" / "docs"
PATENT = "patent_certificate-00-classic_invention.pdf"
MB = 1 << 20


def _zip(path: Path, members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


# --- zips -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["../evil.pdf", "a/../../evil.pdf", "/etc/evil.pdf", "C:/evil.pdf", "..\\evil.pdf",
                                  "a\\..\\..\\evil.pdf"])
def test_zip_slip_is_refused_whole(tmp_path, name):
    archive = _zip(tmp_path / "x.zip", {"ok.pdf": b"%PDF-1.4", name: b"x"})
    with pytest.raises(ArchiveError, match="zip-slip"):
        unpack(archive, tmp_path / "out", 100 * MB, 10 * MB)
    assert not (tmp_path / "out").exists()
    assert not list(tmp_path.rglob("evil.pdf"))


def test_link_member_is_refused(tmp_path):
    info = zipfile.ZipInfo("link.pdf")
    info.create_system = 3
    info.external_attr = (0o120777 << 16)
    with zipfile.ZipFile(tmp_path / "x.zip", "w") as archive:
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(ArchiveError, match="链接"):
        unpack(tmp_path / "x.zip", tmp_path / "out", 100 * MB, 10 * MB)


def test_bombs_are_refused(tmp_path):
    zeros = _zip(tmp_path / "ratio.zip", {"big.pdf": b"\0" * (20 * MB)})
    with pytest.raises(ArchiveError, match="压缩比"):
        unpack(zeros, tmp_path / "out", 1000 * MB, 1000 * MB)
    total = _zip(tmp_path / "total.zip", {f"{n}.pdf": os.urandom(MB) for n in range(3)}, zipfile.ZIP_STORED)
    with pytest.raises(ArchiveError, match="上限"):
        unpack(total, tmp_path / "out", 2 * MB, 10 * MB)
    member = _zip(tmp_path / "member.zip", {"a.pdf": os.urandom(2 * MB)}, zipfile.ZIP_STORED)
    with pytest.raises(ArchiveError, match="单个文件"):
        unpack(member, tmp_path / "out", 100 * MB, MB)
    many = _zip(tmp_path / "many.zip", {f"{n}.pdf": b"" for n in range(MAX_MEMBERS + 1)}, zipfile.ZIP_STORED)
    with pytest.raises(ArchiveError, match="个文件"):
        unpack(many, tmp_path / "out", 100 * MB, MB)
    assert not (tmp_path / "out").exists()


def test_a_size_the_zip_lies_about_is_caught(tmp_path):
    """A member whose declared size is small and whose data is not: the bytes are counted."""
    data = os.urandom(3 * MB)
    path = _zip(tmp_path / "liar.zip", {"a.pdf": data}, zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    small = (1000).to_bytes(4, "little")
    real = len(data).to_bytes(4, "little")
    at = 0
    while (at := raw.find(real, at)) != -1:  # the size in the local header and the central directory
        raw[at:at + 4] = small
        at += 4
    path.write_bytes(bytes(raw))
    damaged = unpack(path, tmp_path / "out", 100 * MB, 2 * MB)
    assert "a.pdf" in damaged  # caught: left out and named, never written whole
    assert not (tmp_path / "out" / "a.pdf").exists()


def test_one_damaged_member_leaves_the_others(tmp_path):
    path = _zip(tmp_path / "x.zip", {"good.pdf": (DOCS / PATENT).read_bytes(), "bad.pdf": os.urandom(5000)},
                zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    at = raw.find(b"bad.pdf") + len("bad.pdf") + 100  # inside bad.pdf's data: its CRC no longer holds
    raw[at:at + 10] = b"\0" * 10
    path.write_bytes(bytes(raw))
    damaged = unpack(path, tmp_path / "out", 100 * MB, 10 * MB)
    assert list(damaged) == ["bad.pdf"] and "损坏" in damaged["bad.pdf"]
    assert (tmp_path / "out" / "good.pdf").read_bytes() == (DOCS / PATENT).read_bytes()


def test_names_in_every_encoding_units_send():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr(WindowsName("材料\\职称证书.pdf"), b"%PDF")
        archive.writestr(WindowsName("材料\\學歷證書.pdf"), b"%PDF")  # traditional, still GBK-encodable
    assert sorted(m.name for m in member_names(zipfile.ZipFile(buf))) == ["材料/学歷證書.pdf".replace("学", "學"),
                                                                          "材料/职称证书.pdf"]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:  # macOS and 7-Zip: UTF-8 with the flag
        archive.writestr("材料/专利证书.pdf", b"%PDF")
        archive.writestr("__MACOSX/材料/._专利证书.pdf", b"junk")
    assert [m.name for m in member_names(zipfile.ZipFile(buf))] == ["材料/专利证书.pdf", "__MACOSX/材料/._专利证书.pdf"]


# --- rosters ----------------------------------------------------------------------------

def test_roster_matching_as_units_name_folders():
    roster = Roster(Path("名单.xlsx"), [RosterRow(2, {"姓名": "张三", "工作单位": "甲公司"}),
                                         RosterRow(3, {"姓名": "张三", "工作单位": "乙公司"}),
                                         RosterRow(4, {"姓名": "欧阳明远"}), RosterRow(5, {"姓名": "李四"})])
    assert roster.find("乙公司-张三").number == 3
    with pytest.raises(RosterError, match="同名"):
        roster.find("张三")
    assert roster.find("07_欧阳明远_高级工程师").number == 4
    assert roster.find("歐陽明遠").number == 4  # traditional characters in a folder name
    with pytest.raises(RosterError, match="没有与材料包"):
        roster.find("王五")


def test_roster_csv_in_gbk_with_a_title_row(tmp_path):
    path = tmp_path / "名单.csv"
    path.write_bytes("某单位申报人员名单\n序号,姓名,工作单位,现职称,取得时间,最高学历,拟申报职称\n"
                     "1,张三,某公司,工程师,2018年7月,大学本科,高级工程师\n\n".encode("gbk"))
    roster = load_roster(path)
    assert [(r.number, r.name, r.cells["学历"]) for r in roster.rows] == [(3, "张三", "大学本科")]


@pytest.mark.parametrize("content, words", [
    ("姓名,现职称\n张三,工程师\n", "缺少列"),
    ("a,b\n1,2\n", "没有「姓名」列"),
    ("姓名,现职称,学历,申报职称\n", "没有申报人"),
])
def test_unusable_rosters_say_why(tmp_path, content, words):
    path = tmp_path / "r.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RosterError, match=words):
        load_roster(path)


def test_roster_row_with_a_bad_value_names_row_and_column(tmp_path):
    from zhicheng.profiles import applicant_from_row

    path = tmp_path / "r.csv"
    path.write_text("姓名,现职称,取得时间,学历,申报职称\n张三,工程师,去年,本科,高级工程师\n李四,工程师,2019-07,本课,高级工程师\n",
                    encoding="utf-8")
    roster = load_roster(path)
    with pytest.raises(RosterError, match="第2行「取得时间」"):
        applicant_from_row(roster.rows[0], roster)
    with pytest.raises(RosterError, match="第3行「学历」.*本科"):
        applicant_from_row(roster.rows[1], roster)


def test_a_broken_xlsx_is_one_line(tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(RosterError, match="无法作为 Excel 文件打开"):
        load_roster(path)


# --- a profile from the certificates ----------------------------------------------------

def _doc(doc_type, **fields):
    from zhicheng.documents import Document

    return Document(file=f"{doc_type}.pdf", sha256="0" * 64, pages=1, text_source="ocr", doc_type=doc_type,
                    confidence=0.9, fields=fields)


def test_profile_inferred_from_certificates():
    from rules.vocabulary import Education, Title

    docs = [_doc("title_certificate", holder="张三", title="engineer", date="2018-07-01"),
            _doc("title_certificate", holder="张三", title="assistant_engineer", date="2014-07-01"),
            _doc("degree_certificate", holder="张三", education="bachelor"),
            _doc("degree_certificate", holder="李四", education="doctorate")]  # someone else's
    applicant, source, issues = infer_applicant(docs, Title.SENIOR_ENGINEER, "05-张三")
    assert (applicant.name, applicant.education, applicant.current_title, str(applicant.current_title_date)) == \
           ("张三", Education.BACHELOR, Title.ENGINEER, "2018-07-01")
    assert source.kind == "inferred" and "据材料推断" in source.detail and not source.unknown and not issues


def test_inferred_profile_never_guesses():
    from rules.vocabulary import Title

    applicant, source, issues = infer_applicant([], Title.ENGINEER, "申报材料")
    assert applicant.name is None and set(source.unknown) == {"name", "education", "current_title"}
    assert {i["code"] for i in issues} == {"missing_evidence", "title_not_shown"}
    assert folder_name("张三-高级工程师") == "张三" and folder_name("重庆某公司申报材料") is None


# --- the pool ---------------------------------------------------------------------------

def _crash_or_read(path, options, name=None, display_name=None):
    from zhicheng.documents import examine_all as real

    if path.endswith("crash.pdf"):
        os._exit(9)  # a native crash: the worker vanishes mid-file
    if path.endswith("hog.pdf"):
        hog = bytearray(6 << 30)  # more than the worker's cap
        return [hog]
    return real(path, options, name=name, display_name=display_name)


def test_a_worker_that_dies_costs_only_its_file(tmp_path, monkeypatch):
    from extractor import ReadOptions

    for name in ("a.pdf", "crash.pdf", "b.pdf", "hog.pdf", "c.pdf"):
        shutil.copy(DOCS / PATENT, tmp_path / name)
    monkeypatch.setattr("zhicheng.pool.examine_all", _crash_or_read)  # workers are forked: they see it
    pool = LocalPool(2, ReadOptions(use_cache=False), memory_mb=3072)
    tasks = [FileTask("b", str(tmp_path / n), n, None) for n in ("a.pdf", "crash.pdf", "b.pdf", "hog.pdf", "c.pdf")]
    results = {task.relative: docs for task, docs in pool.run(tasks)}
    assert set(results) == {"a.pdf", "crash.pdf", "b.pdf", "hog.pdf", "c.pdf"}
    for good in ("a.pdf", "b.pdf", "c.pdf"):
        assert results[good][0].doc_type == "patent_certificate"
    assert results["crash.pdf"][0].issues[0]["code"] == "unreadable_file"
    assert "异常退出" in results["crash.pdf"][0].issues[0]["message"]
    assert "内存" in results["hog.pdf"][0].issues[0]["message"]
    assert pool.restarts >= 1


@pytest.mark.slow  # starts a Dask scheduler and two worker processes
def test_dask_cluster_gives_the_local_verdicts(tmp_path):
    from distributed import LocalCluster

    from tests.test_batch import DEGREE, STANDARD, TITLE, _bundle
    from zhicheng.batch import BatchOptions, run_batch

    root = tmp_path / "root"
    _bundle(root / "卢华", [PATENT, STANDARD])
    _bundle(root / "毛敏", [TITLE, PATENT, DEGREE], name="毛敏", title="senior_engineer",
            target="professorate_senior_engineer")
    local = run_batch(root, BatchOptions(output=tmp_path / "local", jobs=2))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = run_batch(root, BatchOptions(output=tmp_path / "dask", scheduler=cluster.scheduler_address))
    assert remote.exit_code == local.exit_code == 0
    strip = [{k: v for k, v in o.summary.items() if k != "errors"} for o in local.outcomes]
    assert [{k: v for k, v in o.summary.items() if k != "errors"} for o in remote.outcomes] == strip
    local_lines = (tmp_path / "local" / "verdicts.jsonl").read_text(encoding="utf-8")
    remote_lines = (tmp_path / "dask" / "verdicts.jsonl").read_text(encoding="utf-8")
    assert remote_lines == local_lines
