"""Probe AU (a hostile-input tester who read no code, 128 cases) found these, each now a case:
one encrypted or oversized member refused a whole applicant's zip where the same files in a
folder are one issue each; sizes said 「0 MB，超过 0.0599995 MB」; a full or closed standard
output was an 「内部错误」 in English; an empty HOME put the cache at /.cache (in
test_fourteenth_session); Ctrl-C while a report was written linked a report nobody wrote (in
test_batch)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.test_batch_hostile import _encrypted
from zhicheng.archive import ArchiveError, unpack

MB = 1 << 20
ZH = [sys.executable, "-m", "zhicheng"]
PDF = Path(__file__).resolve().parents[1] / "fixtures" / "docs" / "patent_certificate-00-classic_invention.pdf"


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_one_encrypted_or_oversized_member_is_an_issue_on_it_and_the_rest_are_unpacked(tmp_path):
    good = PDF.read_bytes()
    archive = _encrypted(_zip(tmp_path / "a.zip", {"profile.yaml": b"x: 1", "good.pdf": good, "enc.pdf": good,
                                                   "big.pdf": b"%PDF" + b"0" * (2 * MB)}), "enc.pdf")
    skipped = unpack(archive, tmp_path / "out", 100 * MB, MB)
    assert sorted(skipped) == ["big.pdf", "enc.pdf"] and (tmp_path / "out" / "good.pdf").is_file()
    assert skipped["enc.pdf"].code == "unreadable_file" and "加密" in skipped["enc.pdf"]
    assert skipped["big.pdf"].code == "file_too_large" and "超过单个文件 1 MB 的上限" in skipped["big.pdf"]
    assert not (tmp_path / "out" / "enc.pdf").exists() and not (tmp_path / "out" / "big.pdf").exists()
    # every document left out: the zip as a whole says why
    alone = _encrypted(_zip(tmp_path / "b.zip", {"profile.yaml": b"x: 1", "enc.pdf": good}), "enc.pdf")
    with pytest.raises(ArchiveError, match="已加密.*请提供未加密的压缩包"):
        unpack(alone, tmp_path / "out2", 100 * MB, 10 * MB)


def test_a_batch_judges_the_good_files_of_a_zip_beside_an_encrypted_one(tmp_path):
    import json

    root = tmp_path / "root"
    root.mkdir()
    profile = "as_of: '2025-12-31'\napplicant: {name: 张三, education: bachelor, current_title: engineer, " \
              "current_title_date: '2018-07-01', target_title: senior_engineer}\n"
    _encrypted(_zip(root / "张三.zip", {"profile.yaml": profile.encode(), "good.pdf": PDF.read_bytes(),
                                       "enc.pdf": PDF.read_bytes()}), "enc.pdf")
    done = subprocess.run(ZH + ["batch", str(root), "--output", str(tmp_path / "out"), "--no-cache"],
                          capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stderr
    line = json.loads((tmp_path / "out" / "verdicts.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert line["error"] is None
    documents = {Path(d["file"]).name: d for d in line["verdict"]["documents"]}
    assert documents["good.pdf"]["doc_type"] == "patent_certificate"
    assert [i["code"] for i in documents["enc.pdf"]["issues"]] == ["unreadable_file"]


def test_sizes_are_said_as_a_person_reads_them(tmp_path):
    from zhicheng.intake import check_file

    small = tmp_path / "a.pdf"
    small.write_bytes(b"%PDF" + b"0" * 97_000)
    refused = check_file(small, int(0.06 * MB), "a.pdf")
    assert refused.code == "file_too_large" and "文件有 0.0925 MB，超过 0.06 MB 的上限" in refused.message


@pytest.mark.parametrize("redirect", ["full", "closed"])
def test_a_full_or_closed_standard_output_is_said_in_one_chinese_line(redirect):
    if redirect == "full" and not Path("/dev/full").exists():
        pytest.skip("this system has no /dev/full to fill")
    command = " ".join(f"'{c}'" for c in ZH + ["extract", str(PDF), "--format", "json"])
    command += " > /dev/full" if redirect == "full" else " >&-"
    done = subprocess.run(["sh", "-c", command], stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr and "内部错误" not in done.stderr
    assert done.stderr.strip().count("\n") == 0 and "结果无法写到标准输出" in done.stderr


def test_a_long_claims_file_without_aliases_is_not_said_to_have_aliases(tmp_path):
    from rules.yaml_input import MAX_EXPANDED_NODES, read_yaml

    long = tmp_path / "claims.yaml"
    long.write_text("achievements:\n" + "".join("- {kind: patent, rank: 1}\n" for _ in range(MAX_EXPANDED_NODES // 4)),
                    encoding="utf-8")
    with pytest.raises(Exception) as raised:
        read_yaml(long)
    assert "内容过多" in str(raised.value) and "别名" not in str(raised.value)


def test_a_corrupt_roster_is_said_without_a_librarys_english(tmp_path):
    from zhicheng.profiles import RosterError, load_roster

    roster = tmp_path / "名单.xlsx"
    roster.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(RosterError) as raised:
        load_roster(roster)
    assert "BadZipFile" not in str(raised.value) and "已损坏" in str(raised.value)
