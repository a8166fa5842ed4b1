"""``zhicheng batch`` against hostile or careless input (CONTRACT §7).

What every case must keep: the batch never crashes (through the CLI: no traceback), each
bundle has exactly one row in 汇总表.xlsx, summary.csv, verdicts.jsonl and index.html, a
bundle that cannot be checked has an error row with a Chinese reason while the others are
still judged, the exit code is 0 / 1 / 2, and nothing is written outside the output folder
(the OCR cache is pointed beside it).  Bundles are made of text-layer PDFs: no OCR runs.

Written as a hostile probe of the batch; each case that failed then (24 of them: formula
injection, a tampered manifest deleting outside DIR, control characters in names, the output
folder inside ROOT, …) is fixed and stays here.  The whole module runs in the slow tier
(about 40 s: many small batches, each with its worker pool).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.test_batch import PATENT, PROFILE, STANDARD, _bundle

pytestmark = pytest.mark.slow
from tests.windows_zip import WindowsName
from zhicheng.archive import ArchiveError, unpack
from zhicheng.batch import BatchOptions, run_batch
from zhicheng.profiles import Roster, RosterError, RosterRow, applicant_from_row, load_roster
from zhicheng.summary import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "fixtures" / "docs"
CLI = [sys.executable, "-m", "zhicheng"]
MB = 1 << 20
CJK = re.compile(r"[\u4e00-\u9fff]")


# --- helpers ------------------------------------------------------------------------------

@pytest.fixture(scope="module", autouse=True)
def _models_loaded():
    """The reading models loaded once in this process: the batch's workers are forked from
    it and start warm (a cold worker spends seconds loading them, every batch)."""
    from extractor import ReadOptions
    from zhicheng.documents import examine_all

    examine_all(str(DOCS / PATENT), ReadOptions(use_cache=False))


@pytest.fixture(autouse=True)
def _cache_beside(tmp_path, monkeypatch):
    """The OCR cache beside the output, never in the user's home: the snapshot leaves it out."""
    monkeypatch.setenv("ZHICHENG_CACHE_DIR", str(tmp_path / "cache"))


def _profile(name: str = "卢华") -> bytes:
    return PROFILE.format(name=name, education="bachelor", title="engineer", date="2015-12-24",
                          target="senior_engineer").encode("utf-8")


def _zip(path: Path, members, method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return path


def _tree(base: Path, *leave_out: Path) -> dict[str, tuple[int, int]]:
    """Every path under ``base`` (but the ones left out) with its size and mtime."""
    out = {}
    skip = [p.resolve() for p in leave_out]
    for path in base.rglob("*"):
        real = path.resolve() if not path.is_symlink() else path
        if any(real == s or s in real.parents for s in skip):
            continue
        info = path.lstat()
        if path.is_dir() and not path.is_symlink():  # a folder's mtime moves when DIR is made in it
            out[path.relative_to(base).as_posix()] = (0, 0)
        else:
            out[path.relative_to(base).as_posix()] = (info.st_size, info.st_mtime_ns)
    return out


def _run(root: Path, output: Path | None = None, **kwargs):
    return run_batch(root, BatchOptions(output=output, jobs=kwargs.pop("jobs", 2), **kwargs))


def _cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ZHICHENG_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run(CLI + list(args), capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def _outputs(out: Path) -> dict:
    """The four outputs as a reviewer opens them."""
    from openpyxl import load_workbook

    book = load_workbook(out / "汇总表.xlsx")
    sheet = book["汇总表"]
    xlsx = [dict(zip(COLUMNS, r)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    raw = (out / "summary.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0] == COLUMNS
    lines = [json.loads(line) for line in (out / "verdicts.jsonl").read_text(encoding="utf-8").splitlines()]
    index = (out / "index.html").read_text(encoding="utf-8")
    return {"book": book, "xlsx": xlsx, "csv": [dict(zip(COLUMNS, r)) for r in table[1:]], "jsonl": lines,
            "index": index}


def _assert_contract(out: Path, bundles: int) -> dict:
    """One row per bundle everywhere; a row without a verdict says why, in Chinese."""
    got = _outputs(out)
    assert len(got["xlsx"]) == len(got["csv"]) == len(got["jsonl"]) == bundles
    assert got["index"].count("<tr>") == bundles + 1
    for line in got["jsonl"]:
        assert (line["verdict"] is None) == (line["error"] is not None), line["bundle"]
        if line["error"] is not None:
            assert CJK.search(line["error"]), line
    for row in got["xlsx"]:
        assert row["结论"] in ("符合", "需补正", "不符合")
        if not row["报告"]:
            assert row["结论"] == "需补正" and CJK.search(row["说明"] or ""), row
    return got


# --- zips -----------------------------------------------------------------------------------

def _encrypted(path: Path, member: str) -> Path:
    """Mark ``member`` encrypted (the flag bit, in its local and central headers), as a zip
    that a password protects says it is."""
    raw = bytearray(path.read_bytes())
    name = member.encode()
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = 0
        while (at := raw.find(signature, at)) != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if raw[name_at:name_at + len(name)] == name:
                raw[at + flag_at] |= 0x1
            at += 4
    path.write_bytes(bytes(raw))
    return path


def _hostile_zips(root: Path) -> dict[str, str | None]:
    """ROOT full of zips a careless or hostile sender makes: entry → the words of its error
    row, or None when it must be checked."""
    patent = (DOCS / PATENT).read_bytes()
    profile = _profile()
    expect: dict[str, str | None] = {}
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("卢华/profile.yaml", profile)
        archive.writestr(f"卢华/{PATENT}", patent)
    _zip(root / "套娃.zip", [("卢华.zip", inner.getvalue())])
    expect["套娃.zip"] = None  # a zip zipped again: unpacked through
    _zip(root / "只有文件夹.zip", [("材料/", b""), ("材料/证书/", b"")])
    expect["只有文件夹.zip"] = "没有文件"
    (root / "空.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    expect["空.zip"] = "没有文件"
    _zip(root / "控制字符.zip", [("profile.yaml", profile), (f"a\x01\x1fb{PATENT}", patent),
                               ("坏\x07.pdf", b"%PDF-1.4 not really")])
    expect["控制字符.zip"] = None
    _zip(root / "长名.zip", [("profile.yaml", profile), ("专利" * 150 + ".pdf", patent)])
    expect["长名.zip"] = None  # 900 bytes of name: shortened, still read
    _zip(root / "大小写.zip", [("profile.yaml", profile), ("A.pdf", patent), ("a.pdf", patent)])
    expect["大小写.zip"] = None  # names one Windows folder cannot hold apart: the first read, the twin named (probe BL B02)
    _zip(root / "保留名.zip", [("profile.yaml", profile), ("CON", patent), ("aux.pdf", patent), ("x. ", b"x"),
                              (f"{PATENT}.", patent)])
    expect["保留名.zip"] = None
    bomb = b"a: &a [x,x,x,x,x,x,x,x,x,x]\n" + b"".join(
        f"{c}: &{c} [{','.join([f'*{p}'] * 10)}]\n".encode() for p, c in zip("abcdefgh", "bcdefghi"))
    _zip(root / "yaml炸弹.zip", [("profile.yaml", bomb)])
    expect["yaml炸弹.zip"] = "YAML"
    link = zipfile.ZipInfo("证书.pdf")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    _zip(root / "链接.zip", [("profile.yaml", profile), (link, "/etc/passwd")])
    expect["链接.zip"] = "链接"
    with pytest.warns(UserWarning, match="Duplicate"):
        _zip(root / "重名.zip", [("profile.yaml", profile), (PATENT, patent), (PATENT, patent)])
    expect["重名.zip"] = "两次"
    whole = _zip(root / "截断.zip", [("profile.yaml", profile), (PATENT, patent)]).read_bytes()
    (root / "截断.zip").write_bytes(whole[:len(whole) // 2])
    expect["截断.zip"] = "损坏"
    _encrypted(_zip(root / "加密.zip", [("profile.yaml", profile), (PATENT, patent)]), PATENT)
    expect["加密.zip"] = "加密"
    _zip(root / "自带状态.zip", [("profile.yaml", profile), (PATENT, patent), (".zhicheng/manifest.json", b"[]"),
                                ("_zhicheng/汇总表.xlsx", b"junk"), ("../_zhicheng/x", b"")][:4])
    expect["自带状态.zip"] = None
    lie = _zip(root / "虚报大小.zip", [("profile.yaml", profile), ("a.pdf", b"%PDF-1.4 tiny")], zipfile.ZIP_STORED)
    raw = lie.read_bytes().replace(len(b"%PDF-1.4 tiny").to_bytes(4, "little"), (300 * MB).to_bytes(4, "little"))
    lie.write_bytes(raw)
    expect["虚报大小.zip"] = "上限"
    _zip(root / "大写.ZIP", [("profile.yaml", profile), (PATENT, patent)])
    expect["大写.ZIP"] = None
    folder = _bundle(root / "文件夹.zip", [PATENT])  # a folder named like a zip
    assert folder.is_dir()
    expect["文件夹.zip"] = None
    _zip(root / ".zip", [("profile.yaml", profile), (PATENT, patent)])  # hidden: no bundle
    return expect


@pytest.mark.slow  # one CLI run over 19 zips (process start, models): about 6 s
def test_hostile_zips_through_the_cli(tmp_path):
    root = tmp_path / "intake"
    root.mkdir()
    expect = _hostile_zips(root)
    out = tmp_path / "out"
    before = _tree(tmp_path)
    run = _cli("batch", str(root), "--output", str(out), "--jobs", "2", tmp_path=tmp_path)
    assert "Traceback" not in run.stderr and "内部错误" not in run.stderr, run.stderr
    assert run.returncode == 1, run.stderr
    assert _tree(tmp_path, out, tmp_path / "cache") == before  # nothing written outside DIR
    got = _assert_contract(out, len(expect))
    rows = {r["材料包"]: r for r in got["xlsx"]}
    assert set(rows) == set(expect)
    for entry, words in expect.items():
        if words is None:
            assert rows[entry]["报告"], (entry, rows[entry]["说明"])
            assert rows[entry]["姓名"] == "卢华", entry
        else:
            assert not rows[entry]["报告"] and words in rows[entry]["说明"], (entry, rows[entry]["说明"])
    verdicts = {line["bundle"]: line["verdict"] for line in got["jsonl"]}
    files = {d["file"] for d in verdicts["控制字符"]["documents"]}
    assert f"a__b{PATENT}" in files and "坏_.pdf" in files  # control characters became 「_」
    assert any(d["doc_type"] == "patent_certificate" for d in verdicts["长名"]["documents"])
    assert any(d["doc_type"] == "patent_certificate" for d in verdicts["套娃"]["documents"])


def test_unpack_cases_one_by_one(tmp_path):
    patent = (DOCS / PATENT).read_bytes()
    dest = tmp_path / "out"
    # A file and a folder of one name cannot both be written: refused whole, named.
    clash = _zip(tmp_path / "clash.zip", [("a.pdf", patent), ("A.PDF/b.pdf", patent)])
    with pytest.raises(ArchiveError, match="既是文件又是文件夹"):
        unpack(clash, dest, 100 * MB, 10 * MB)
    assert not dest.exists()
    # Two long names that share their first 240 bytes stay two files.
    long = _zip(tmp_path / "long.zip", [("证" * 100 + "1.pdf", patent), ("证" * 100 + "2.pdf", patent)])
    unpack(long, dest, 100 * MB, 10 * MB)
    names = sorted(p.name for p in dest.iterdir())
    assert len(names) == 2 and all(len(n.encode()) <= 255 and n.endswith(".pdf") for n in names)
    # Zipped twice: unpacked through; zipped three times: the third is left a file, not unpacked.
    once = io.BytesIO()
    with zipfile.ZipFile(once, "w") as archive:
        archive.writestr(PATENT, patent)
    twice = io.BytesIO()
    with zipfile.ZipFile(twice, "w") as archive:
        archive.writestr("once.zip", once.getvalue())
    _zip(tmp_path / "thrice.zip", [("twice.zip", twice.getvalue())])
    unpack(tmp_path / "thrice.zip", dest, 100 * MB, 10 * MB)
    assert [p.name for p in dest.iterdir()] == ["once.zip"]
    assert not list(tmp_path.glob("*.inner"))
    # A bomb inside the zip is still a bomb.
    _zip(tmp_path / "inner_bomb.zip", [("x.zip", _zip(tmp_path / "b.zip", [("z.pdf", b"\0" * (20 * MB))]).read_bytes())])
    with pytest.raises(ArchiveError, match="压缩比"):
        unpack(tmp_path / "inner_bomb.zip", dest, 1000 * MB, 1000 * MB)
    assert not dest.exists() and not (tmp_path / "out.inner").exists()
    # GBK names with a control character: decoded, then made writable.
    with zipfile.ZipFile(tmp_path / "gbk.zip", "w") as archive:
        archive.writestr(WindowsName("材料\\职称\t证书.pdf"), patent)
    unpack(tmp_path / "gbk.zip", dest, 100 * MB, 10 * MB)
    assert (dest / "材料" / "职称_证书.pdf").read_bytes() == patent


# --- names that must not become formulas, markup or crashes --------------------------------

def _named_root(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    _bundle(root / '=HYPERLINK("http:||evil","点我")', [PATENT], name="'=1+1'")
    _bundle(root / "+cmd", [PATENT], name="'@SUM(A1)'")
    _bundle(root / "-2+3", [PATENT], name="-张三")
    _bundle(root / "<b>x&amp;", [PATENT], name="'<script>alert(1)</script>'")
    return root


def test_names_are_not_formulas_in_the_workbook(tmp_path):
    root = _named_root(tmp_path)
    result = _run(root)
    assert result.exit_code == 0
    out = root / "_zhicheng"
    got = _assert_contract(out, 4)
    sheet = got["book"]["汇总表"]
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
    for row in got["book"]["错误清单"].iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
    index = got["index"]
    assert "<script>alert" not in index and "&lt;script&gt;alert(1)&lt;/script&gt;" in index
    assert "<b>x" not in index


def test_names_are_not_formulas_in_the_csv(tmp_path):
    root = _named_root(tmp_path)
    _run(root)
    for row in _outputs(root / "_zhicheng")["csv"]:
        for column, value in row.items():
            assert value[:1] not in ("=", "+", "-", "@"), (column, value)


def test_names_are_verbatim_in_the_workbook(tmp_path):
    root = _named_root(tmp_path)
    _run(root)
    rows = _outputs(root / "_zhicheng")["xlsx"]
    assert {r["姓名"] for r in rows} == {"=1+1", "@SUM(A1)", "-张三", "<script>alert(1)</script>"}


def test_control_characters_in_a_zip_do_not_reach_the_workbook(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    _zip(root / "卢华.zip", [("profile.yaml", _profile()), ("坏\x01文件.pdf", b"%PDF-1.4 broken"),
                            (PATENT, (DOCS / PATENT).read_bytes())])
    result = _run(root)
    assert result.exit_code == 0
    got = _assert_contract(root / "_zhicheng", 1)
    files = [r[3] for r in got["book"]["错误清单"].iter_rows(min_row=2, values_only=True)]
    assert "坏_文件.pdf" in files


def test_control_characters_in_a_folder_name_do_not_crash(tmp_path):
    root = tmp_path / "root"
    _bundle(root / "卢华\x07", [PATENT])
    _bundle(root / "毛敏", [PATENT], name="毛敏")
    (root / "毛敏" / "坏\x01.pdf").write_bytes(b"%PDF-1.4 broken")
    result = _run(root)
    assert result.exit_code == 0
    _assert_contract(root / "_zhicheng", 2)


def test_odd_folder_names(tmp_path):
    root = tmp_path / "root"
    names = ["张 三 卢华", "卢华😀", "卢华#1", "卢华%20", "卢..华", "卢华..", "卢华 ", "-卢华", "a" * 250]
    for name in names:
        _bundle(root / name, [PATENT])
    result = _run(root)
    assert result.exit_code == 0
    got = _assert_contract(root / "_zhicheng", len(names))
    assert sorted(r["材料包"].lstrip("'") for r in got["xlsx"]) == sorted(names)
    ids = [o.id for o in result.outcomes]
    assert len(set(i.casefold() for i in ids)) == len(ids)
    for outcome in result.outcomes:
        report = (root / "_zhicheng" / "reports" / f"{outcome.id}.html").resolve()
        assert report.is_file() and (root / "_zhicheng" / "reports").resolve() in report.parents
    for href in re.findall(r'href="([^"]+)"', got["index"]):  # every link of index.html opens its report
        assert (root / "_zhicheng" / unquote(href)).is_file(), href


def test_hidden_entries_are_said(tmp_path):
    root = tmp_path / "root"
    _bundle(root / "卢华", [PATENT])
    _bundle(root / "..张三", [PATENT])
    _zip(root / ".zip", [("profile.yaml", _profile()), (PATENT, (DOCS / PATENT).read_bytes())])
    result = _run(root)
    assert {"..张三", ".zip"} <= set(result.ignored)


def test_workbook_links_survive_hash_and_percent(tmp_path):
    root = tmp_path / "root"
    _bundle(root / "卢华#1 %20", [PATENT])
    _run(root)
    out = root / "_zhicheng"
    sheet = _outputs(out)["book"]["汇总表"]
    link = sheet.cell(2, COLUMNS.index("报告") + 1).hyperlink.target
    assert "#" not in link and (out / unquote(link)).is_file(), link


def test_a_folder_name_of_255_bytes(tmp_path):
    root = tmp_path / "root"
    _bundle(root / ("卢" * 85), [PATENT])
    result = _run(root)
    assert result.exit_code == 0, result.outcomes[0].error


def test_links_between_bundles(tmp_path):
    root = tmp_path / "root"
    _bundle(root / "卢华", [PATENT])
    outside = _bundle(tmp_path / "elsewhere" / "秘密", [STANDARD])
    (root / "外部").symlink_to(outside, target_is_directory=True)
    (root / "卢华的链接").symlink_to(root / "卢华", target_is_directory=True)
    before = _tree(tmp_path)
    result = _run(root)
    assert result.exit_code == 1
    got = _assert_contract(root / "_zhicheng", 3)
    rows = {r["材料包"]: r for r in got["xlsx"]}
    assert "ROOT 之外" in rows["外部"]["说明"] and rows["卢华的链接"]["报告"] and rows["卢华"]["报告"]
    assert "秘密" not in json.dumps(got["jsonl"], ensure_ascii=False) + got["index"]
    assert _tree(tmp_path, root / "_zhicheng", tmp_path / "cache") == before


def test_bundles_that_cannot_be_checked(tmp_path):
    root = tmp_path / "root"
    _bundle(root / "只有申报信息", [])  # a profile, no evidence: judged, nothing proven
    (root / "空文件夹").mkdir()
    _bundle(root / "坏的申报信息", [PATENT], profile=False)
    (root / "坏的申报信息" / "profile.yaml").write_text("applicant: [unclosed\n\t- x: : :", encoding="utf-8")
    _bundle(root / "卢华", [PATENT])
    (root / "说明.docx").write_bytes(b"loose file")
    result = _run(root)
    assert result.exit_code == 1
    got = _assert_contract(root / "_zhicheng", 4)
    rows = {r["材料包"]: r for r in got["xlsx"]}
    assert rows["只有申报信息"]["报告"] and rows["卢华"]["报告"]
    assert "profile.yaml" in rows["空文件夹"]["说明"] and "YAML" in rows["坏的申报信息"]["说明"]
    assert result.ignored == ["说明.docx"]


def test_a_zips_error_names_the_zip_not_the_unpacked_copy(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    _zip(root / "张三.zip", [(PATENT, (DOCS / PATENT).read_bytes())])
    result = _run(root)
    assert ".zhicheng" not in result.outcomes[0].error and "张三" in result.outcomes[0].error


# --- ROOT and the output folder ------------------------------------------------------------

def test_output_that_is_a_file_or_missing_root(tmp_path):
    root = tmp_path / "root"
    _bundle(root / "卢华", [PATENT])
    (tmp_path / "out.txt").write_text("x", encoding="utf-8")
    run = _cli("batch", str(root), "--output", str(tmp_path / "out.txt"), tmp_path=tmp_path)
    assert run.returncode == 2 and "应为文件夹" in run.stderr and "Traceback" not in run.stderr
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "x"
    run = _cli("batch", str(root / "卢华" / PATENT), tmp_path=tmp_path)
    assert run.returncode == 2 and "不是文件夹" in run.stderr and "Traceback" not in run.stderr
    assert not (root / "_zhicheng").exists()


def test_output_not_writable(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes into a chmod 555 folder anyway: nothing to refuse")
    root = tmp_path / "root"
    _bundle(root / "卢华", [PATENT])
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        run = _cli("batch", str(root), "--output", str(locked / "out"), tmp_path=tmp_path)
        assert run.returncode == 2 and "没有权限" in run.stderr and "Traceback" not in run.stderr
    finally:
        locked.chmod(0o755)


def test_root_with_only_an_old_output_folder(tmp_path):
    root = tmp_path / "root"
    (root / "_zhicheng" / ".zhicheng").mkdir(parents=True)
    (root / "_zhicheng" / "汇总表.xlsx").write_bytes(b"old")
    run = _cli("batch", str(root), tmp_path=tmp_path)
    assert run.returncode == 2 and "没有材料包" in run.stderr and "Traceback" not in run.stderr


def test_no_bundle_writes_nothing(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    (root / "说明.txt").write_text("x", encoding="utf-8")
    run = _cli("batch", str(root), tmp_path=tmp_path)
    assert run.returncode == 2
    assert sorted(p.name for p in root.iterdir()) == ["说明.txt"]


def test_output_is_root(tmp_path):
    """--output ROOT would make the batch's own reports/ a bundle: refused before any work."""
    from zhicheng.batch import BatchError

    root = tmp_path / "root"
    _bundle(root / "卢华", [PATENT])
    with pytest.raises(BatchError, match="不能是 ROOT 本身"):
        _run(root, root)
    assert sorted(p.name for p in root.iterdir()) == ["卢华"]


def test_output_inside_a_bundle(tmp_path):
    """Inside a bundle, the outputs would be read as that applicant's evidence: refused."""
    from zhicheng.batch import BatchError

    root = tmp_path / "root"
    _bundle(root / "卢华", [PATENT])
    with pytest.raises(BatchError, match="材料包「卢华」之内"):
        _run(root, root / "卢华" / "结果")
    assert not (root / "卢华" / "结果").exists()


def test_old_default_output_with_new_output(tmp_path):
    root = tmp_path / "root"
    _bundle(root / "卢华", [PATENT])
    _run(root)
    result = _run(root, tmp_path / "elsewhere")
    assert [o.entry for o in result.outcomes] == ["卢华"]


# --- reruns and the manifest --------------------------------------------------------------

@pytest.fixture()
def checked(tmp_path):
    root = tmp_path / "root"
    _bundle(root / "卢华", [PATENT])
    _bundle(root / "毛敏", [STANDARD], name="毛敏")
    assert _run(root).exit_code == 0
    return root


@pytest.mark.parametrize("text", ["\x00\xff garbage {", "[1, 2, 3]", '{"卢华": "x", "毛敏": null}', "1" * 2_000_000])
def test_a_garbled_manifest_means_reading_again(checked, text):
    out = checked / "_zhicheng"
    (out / ".zhicheng" / "manifest.json").write_text(text, encoding="utf-8")
    result = _run(checked)
    assert result.exit_code == 0 and not any(o.reused for o in result.outcomes)
    _assert_contract(out, 2)


@pytest.mark.parametrize("files", [[], {PATENT: "x"}, {PATENT: {"size": 0, "mtime_ns": 0}}])
def test_a_malformed_manifest_entry(checked, files):
    out = checked / "_zhicheng"
    manifest_path = out / ".zhicheng" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if isinstance(files, dict) and "size" in files.get(PATENT, {}):  # the real size and mtime: taken as known
        info = (checked / "卢华" / PATENT).stat()
        files = {PATENT: {"size": info.st_size, "mtime_ns": info.st_mtime_ns}}
    manifest["卢华"]["files"] = files
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    result = _run(checked)
    assert result.exit_code == 0
    _assert_contract(out, 2)


def test_a_tampered_manifest_deletes_nothing_outside(checked, tmp_path):
    out = checked / "_zhicheng"
    victim = tmp_path / "victim.html"
    victim.write_text("keep me", encoding="utf-8")
    manifest_path = out / ".zhicheng" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["../../../victim"] = {"key": "x", "files": {}}
    manifest["长" * 200] = {"key": "x", "files": {}}
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    try:
        result = _run(checked)
    finally:
        assert victim.exists(), "a file outside DIR was deleted"
    assert result.exit_code == 0


@pytest.mark.parametrize("record", [{"summary": None, "error": None}, {"summary": [1, 2], "error": None},
                                    {"summary": None, "error": 5}])
def test_a_corrupted_result_file(checked, record):
    out = checked / "_zhicheng"
    for path in (out / ".zhicheng" / "results").iterdir():
        path.write_text(json.dumps(record), encoding="utf-8")
    result = _run(checked)
    assert result.exit_code == 0 and all(o.summary for o in result.outcomes)
    _assert_contract(out, 2)


def test_deleted_or_truncated_results_are_read_again(checked):
    out = checked / "_zhicheng"
    results = sorted((out / ".zhicheng" / "results").iterdir())
    results[0].unlink()
    results[1].write_text('{"summary": {"姓', encoding="utf-8")
    (out / "reports" / "毛敏.html").unlink()
    result = _run(checked)
    assert result.exit_code == 0 and not any(o.reused for o in result.outcomes)
    _assert_contract(out, 2)
    assert (out / "reports" / "毛敏.html").is_file()


def test_rerun_after_renaming_and_removing(checked):
    out = checked / "_zhicheng"
    (checked / "卢华").rename(checked / "01-卢华")
    shutil.rmtree(checked / "毛敏")
    result = _run(checked)
    assert [o.entry for o in result.outcomes] == ["01-卢华"] and result.exit_code == 0
    got = _assert_contract(out, 1)
    assert [r["材料包"] for r in got["xlsx"]] == ["01-卢华"]
    assert sorted(p.name for p in (out / "reports").iterdir()) == ["01-卢华.html"]
    assert list(json.loads((out / ".zhicheng" / "manifest.json").read_text(encoding="utf-8"))) == ["01-卢华"]
    assert len(list((out / ".zhicheng" / "results").iterdir())) == 1


# --- rosters ------------------------------------------------------------------------------

HEADER = ["姓名", "工作单位", "现职称", "取得时间", "学历", "申报职称"]


def _xlsx(path: Path, rows: list[list], build=None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if build:
        build(sheet)
    book.save(path)
    return path


def test_roster_as_units_keep_it_in_excel(tmp_path):
    def merge(sheet):
        sheet.merge_cells("B11:B13")  # one unit, merged over its people
        sheet.merge_cells("F11:F13")  # all for 高级工程师
        sheet.merge_cells("A14:A15")  # one person over two rows: still one person
        sheet.cell(200_000, 3, " ")  # a stray space far below: no 200,000-row roster

    rows = [[f"说明第{n}行"] for n in range(9)] + [["*姓名", "*工作单位", "现职称", "取得时间", "学历", "申报职称"],
                                                  ["张 三", "某公司", "工程师", 43466, "本科", "高级工程师"],
                                                  ["李四", None, "工程师", 43466.0, "本科", None],
                                                  ["欧阳　明远", None, "助理工程师", "2016年7月", "硕士", None],
                                                  ["王五", "乙", "工程师", "2017-01", "本科", "高级工程师"],
                                                  [None, "乙", "工程师", "2017-01", "第二学位", None]]
    roster = load_roster(_xlsx(tmp_path / "名单.xlsx", rows, merge))
    assert [r.number for r in roster.rows] == [11, 12, 13, 14]
    assert [r.cells["工作单位"] for r in roster.rows] == ["某公司"] * 3 + ["乙"]
    assert roster.find("王五").number == 14
    people = [applicant_from_row(r, roster)[0] for r in roster.rows[:3]]
    assert [p.name for p in people] == ["张三", "李四", "欧阳明远"]
    assert [str(p.current_title_date) for p in people] == ["2019-01-01", "2019-01-01", "2016-07"]
    assert {p.target_title.value for p in people} == {"senior_engineer"}
    assert roster.find("03-张三").number == 11 and roster.find("歐陽明遠").number == 13


@pytest.mark.parametrize("name, data", [
    ("semicolons.csv", ";".join(HEADER) + "\n张三;某公司;工程师;2018-07;本科;高级工程师\n"),
    ("bom.csv", "\ufeff" + ",".join(HEADER) + "\n张三,某公司,工程师,2018-07,本科,高级工程师\n"),
    ("serial.csv", ",".join(HEADER) + "\n张三,某公司,工程师,43466,本科,高级工程师\n"),
    ("quoted.csv", ",".join(HEADER) + '\n张三,"某公司\n研发部",工程师,2018-07,本科,高级工程师\n'),
    ("stray_nul.csv", ",".join(HEADER) + "\n张三,某\x00公司,工程师,2018-07,本科,高级工程师\n"),
    ("unicode.txt", "\t".join(HEADER) + "\n张三\t某公司\t工程师\t2018-07\t本科\t高级工程师\n"),
    ("really_csv.xlsx", ",".join(HEADER) + "\n张三,某公司,工程师,2018-07,本科,高级工程师\n"),
])
def test_roster_files_as_they_arrive(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-16") if name.endswith(".txt") else data.encode("utf-8"))
    roster = load_roster(path)
    assert [r.name for r in roster.rows] == ["张三"]
    applicant, source = applicant_from_row(roster.rows[0], roster)
    assert applicant.current_title_date is not None and source.employer.startswith("某") and "\x00" not in source.employer


def test_a_workbook_named_csv(tmp_path):
    path = _xlsx(tmp_path / "book.xlsx", [HEADER, ["张三", "某公司", "工程师", "2018-07", "本科", "高级工程师"]])
    renamed = path.rename(tmp_path / "名单.csv")
    assert [r.name for r in load_roster(renamed).rows] == ["张三"]


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_bytes(b"x" * (25 * MB)), "超过 20 MB"),
    (lambda p: p.write_text(",".join(HEADER) + "\n张三," + "x" * 200_000 + ",工程师,2018,本科,高级工程师\n",
                            encoding="utf-8"), "无法作为 CSV 读取"),
    (lambda p: p.write_bytes(("name,unit\n" * 5).encode("utf-16-le")), "空字符"),
    (lambda p: p.write_bytes(b"PK\x03\x04" + os.urandom(200)), "无法作为 Excel"),
])
def test_unusable_rosters_are_one_line(tmp_path, make, words):
    path = tmp_path / "名单.csv"
    make(path)
    with pytest.raises(RosterError, match=words):
        load_roster(path)
    run = _cli("batch", str(tmp_path), "--roster", str(path), tmp_path=tmp_path)
    assert run.returncode == 2 and words in run.stderr and "Traceback" not in run.stderr


def test_a_roster_zip_bomb_is_refused(tmp_path):
    path = _xlsx(tmp_path / "名单.xlsx", [HEADER, ["张三", "某公司", "工程师", "2018-07", "本科", "高级工程师"]])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", b"\0" * (250 * MB))
    with pytest.raises(RosterError, match="解压后超过"):
        load_roster(path)


def test_roster_matching_never_takes_someone_else():
    roster = Roster(Path("名单.xlsx"), [RosterRow(2, {"姓名": "张三丰"}), RosterRow(3, {"姓名": "李四"}),
                                         RosterRow(4, {"姓名": "王五"}), RosterRow(5, {"姓名": "王五"}),
                                         RosterRow(6, {"姓名": "欧阳明远远"})])
    with pytest.raises(RosterError, match="没有与材料包「张三」"):
        roster.find("张三")  # 张三丰 is someone else
    with pytest.raises(RosterError, match="同名"):
        roster.find("08-王五")
    assert roster.find("03-张三丰").number == 2
    assert roster.find("欧阳明远达-高工").number == 6  # one character off in five: a typo


def test_batch_with_a_roster_of_spaced_and_traditional_names(tmp_path):
    root = tmp_path / "root"
    _bundle(root / "03-卢华", [PATENT], profile=False)
    _bundle(root / "盧華 (2)", [PATENT], profile=False)
    _bundle(root / "王五", [PATENT], profile=False)
    _bundle(root / "=赵六", [PATENT], profile=False)
    roster = _xlsx(tmp_path / "名单.xlsx", [HEADER, ["卢  华", "某公司", "工程师", 42000, "本科", "高级工程师"],
                                            ["王五", "甲", "工程师", "2016-07", "本科", "高级工程师"],
                                            ["王五", "乙", "工程师", "2016-07", "本科", "高级工程师"],
                                            ["=赵六", "丙", "工程师", "2016-07", "本科", "高级工程师"],
                                            ['=CONCATENATE("孙","七")', "丁", "工程师", "2016-07", "本科", "高级工程师"]],
                   lambda sheet: setattr(sheet["A5"], "data_type", "s"))  # 「=赵六」 typed as text
    result = _run(root, roster=load_roster(roster))
    assert result.exit_code == 1
    got = _assert_contract(root / "_zhicheng", 4)
    rows = {r["材料包"].lstrip("'"): r for r in got["xlsx"]}
    assert rows["03-卢华"]["姓名"] == rows["盧華 (2)"]["姓名"] == "卢华"
    assert rows["03-卢华"]["现职称及取得时间"] == "工程师（2014-12-27）"
    assert "同名" in rows["王五"]["说明"]
    assert rows["=赵六"]["报告"] and got["book"]["汇总表"].cell(5, 2).data_type != "f"
