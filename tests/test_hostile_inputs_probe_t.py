"""Probe T (a hostile-input tester who read no code) found these, each now a case: an
``--output`` naming a device was replaced by the report; a zip member whose compressed data
is damaged stopped a whole batch; the bundle's own claims.yaml read as evidence beside
``--claims``; a Mac's __MACOSX copies held the verdict back as errors; one PDF lying about
its page count made one error a page; messages named a parser's or a driver's English; a
pipe named like a bundle got no row; a Word file uploaded to the service was unpacked as a
zip and "stored" as nothing."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from extractor.formats import UnreadableFile, detect_format, os_junk, unreadable_severity
from tests.test_batch import PATENT, _bundle
from zhicheng.archive import unpack
from zhicheng.intake import discover

MB = 1 << 20
ZH = [sys.executable, "-m", "zhicheng"]


def test_an_output_that_is_a_device_or_a_pipe_is_refused_untouched(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    bundle = tmp_path / "b"
    bundle.mkdir()
    done = subprocess.run(ZH + ["check", str(bundle), "--target", "工程师", "--output", str(pipe)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "不是普通文件" in done.stderr and "Traceback" not in done.stderr
    assert pipe.is_fifo()


def _damaged_zip(path: Path) -> Path:
    """A zip whose second member's compressed bytes are overwritten in the middle."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("一.txt", "第一份" * 2000)
        archive.writestr("二.pdf", os.urandom(1000) + b"%PDF-1.4 " * 5000)
    data = bytearray(buffer.getvalue())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("二.pdf")
    start = info.header_offset + 30 + len("二.pdf".encode()) + 200
    data[start:start + 50] = b"\xff" * 50
    path.write_bytes(bytes(data))
    return path


def test_a_member_whose_compressed_data_is_damaged_is_one_damaged_file(tmp_path):
    damaged = unpack(_damaged_zip(tmp_path / "z.zip"), tmp_path / "out", 100 * MB, 10 * MB)
    assert list(damaged) == ["二.pdf"] and "已损坏" in damaged["二.pdf"]
    assert (tmp_path / "out" / "一.txt").exists()


def test_the_bundles_own_yaml_files_are_never_evidence_beside_claims_given_elsewhere(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "claims.yaml").write_text("achievements: []\n", encoding="utf-8")
    (bundle / "profile.yaml").write_text("as_of: '2025-12-31'\n", encoding="utf-8")
    from zhicheng.bundle import prepare
    other = tmp_path / "claims.yaml"
    other.write_text("achievements: []\n", encoding="utf-8")
    profile = tmp_path / "profile.yaml"
    profile.write_text("as_of: '2025-12-31'\napplicant:\n  name: 张三\n  education: bachelor\n"
                       "  current_title: engineer\n  current_title_date: '2019-06-30'\n  target_title: senior_engineer\n",
                       encoding="utf-8")
    inputs = prepare(bundle, profile, other)
    files, refused = discover(bundle, inputs.exclude, 200 * MB)
    assert files == [] and refused == []


def test_a_macs_and_windows_own_files_are_noted_never_errors(tmp_path):
    assert os_junk("__MACOSX/专利/._ZL发明.png") and os_junk("Thumbs.db") and not os_junk("专利/ZL发明.png")
    assert unreadable_severity("__MACOSX/专利/._ZL发明.png") == "info"
    (tmp_path / "__MACOSX").mkdir()
    (tmp_path / "__MACOSX" / "._ZL发明.png").write_bytes(b"\0\5\26\7" + bytes(100))
    (tmp_path / ".DS_Store").write_bytes(bytes(64))
    files, refused = discover(tmp_path, set(), 200 * MB)
    assert files == [] and {r.file for r in refused} == {"__MACOSX/._ZL发明.png", ".DS_Store"}
    assert {r.issue()["severity"] for r in refused} == {"info"}


def test_pages_a_pdf_cannot_give_are_one_issue_for_the_file():
    from extractor.reading import page_span
    assert page_span([2, 3, 4, 5]) == "第2–5页（共4页）"
    assert page_span(list(range(2, 41))) == "第2–40页（共39页）"


@pytest.mark.parametrize("content, said", [("说明：本材料包含职称证书。".encode("gbk"), "纯文本"),
                                           (bytes(range(256)) * 8, "无法识别的二进制数据")])
def test_what_a_file_is_said_plainly(tmp_path, content, said):
    path = tmp_path / "说明.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=said):
        detect_format(path)


def test_parser_and_driver_errors_are_said_in_chinese(tmp_path):
    from rules.yaml_input import _zh_problem
    assert _zh_problem("expected ',' or ']', but got '<stream end>'").startswith("方括号")
    assert not any("a" <= c <= "z" for c in _zh_problem("some problem the parser words its own way"))
    from zhicheng.cli import _db_reason
    assert _db_reason(Exception("(sqlite3.OperationalError) unable to open database file")) == \
        "数据库文件无法打开：文件夹不存在或没有权限"


def test_a_pipe_named_like_a_bundle_gets_its_row(tmp_path):
    from zhicheng.batch import find_bundles
    root = tmp_path / "root"
    _bundle(root / "01-张三", [PATENT])
    os.mkfifo(root / "02-管道.zip")
    entries, ignored, refused = find_bundles(root, root / "_zhicheng")
    assert [e.id for e in entries] == ["01-张三"]
    assert len(refused) == 1 and "不是普通文件" in refused[0].error


def test_a_word_file_uploaded_is_no_zip_of_evidence(tmp_path):
    from extractor.formats import container_kind
    docx = tmp_path / "申报书.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert container_kind(docx, docx.read_bytes()[:2048]) == "Word 文档"
