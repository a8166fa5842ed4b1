"""Hostile input: what a bundle or a YAML file may hold, and what is refused (CONTRACT §1, §6.1).

Each test runs ``python -m zhicheng`` in a child process (this repository's code first on
PYTHONPATH), with HOME, TMPDIR, XDG_CACHE_HOME and ZHICHENG_CACHE_DIR pointed at fresh empty
folders, a timeout and, where it matters, the child's peak memory. Every input is built in
``tmp_path``; the "outside" file a link points at is ours too, with a sentinel string that
must never come back on stdout or stderr.

Unusable input is exit 2 with one line on stderr (≤ 400 characters, no traceback); a bad
file inside a bundle is an issue on that file, never fatal.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from benchmarks.hostile_probe import CASE, DEMO, PACK, PROFILE, SENTINEL, SMALL_PDF, Run, run_measured

from .test_reading import make_pdf

ROOT = Path(__file__).resolve().parent.parent
EXTRA_SCANS = ["award_certificate-01-sentence.jpg", "book-01-textbook.jpg", "journal_paper-01-plain.jpg",
               "official_recognition-01-letter.jpg", "revenue_proof-01-invoice.jpg", "title_certificate-01-sentence.jpg"]
CJK = re.compile(r"[\u4e00-\u9fff]")


# ---------------------------------------------------------------- running the command line

class Sandbox:
    """Fresh HOME / TMPDIR / XDG_CACHE_HOME / ZHICHENG_CACHE_DIR / working directory for each run."""

    def __init__(self, base: Path):
        base.mkdir()
        self.home, self.tmp, self.xdg, self.cache, self.cwd = (base / n for n in ("home", "tmp", "xdg", "cache", "cwd"))
        for folder in (self.home, self.tmp, self.xdg, self.cache, self.cwd):
            folder.mkdir()

    def __call__(self, *args: str, timeout: float = 120, address_space_gb: float | None = None) -> Run:
        env = dict(os.environ, HOME=str(self.home), TMPDIR=str(self.tmp), XDG_CACHE_HOME=str(self.xdg),
                   ZHICHENG_CACHE_DIR=str(self.cache), PYTHONIOENCODING="utf-8",
                   PYTHONPATH=os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]))
        return run_measured([sys.executable, "-m", "zhicheng", *args], env, self.cwd, timeout, address_space_gb)


@pytest.fixture
def cli(tmp_path) -> Sandbox:
    return Sandbox(tmp_path / "_sandbox")


def assert_finished(run: Run, within: float) -> None:
    assert run.code is not None, f"still running after {run.seconds:.0f} s (limit {within:.0f} s); stderr: {run.stderr[-500:]}"
    assert "Traceback" not in run.stderr + run.stdout, run.stderr[-3000:]
    assert run.seconds < within, f"took {run.seconds:.1f} s, limit {within:.0f} s"


def assert_unusable(run: Run, within: float, *mentions: str) -> None:
    """Exit 2, one stderr line of at most 400 characters naming ``mentions``, no traceback."""
    assert_finished(run, within)
    assert run.code == 2, f"exit {run.code}; stderr: {run.stderr[-1000:]}"
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, f"{len(lines)} lines on stderr: {run.stderr[:1000]}"
    assert len(lines[0]) <= 400, f"{len(lines[0])} characters: {lines[0][:500]}"
    for word in mentions:
        assert word in run.stderr, f"{word!r} not named: {run.stderr}"


def issues_on(report: dict, code: str, file: str) -> list[dict]:
    return [i for i in report["issues"] if i.get("code") == code and i.get("file") == file]


# ---------------------------------------------------------------- inputs

def small_bundle(tmp_path: Path, name: str = "bundle") -> Path:
    """profile.yaml and one small text-layer PDF (no OCR)."""
    bundle = tmp_path / name
    bundle.mkdir()
    (bundle / "profile.yaml").write_text(PROFILE, encoding="utf-8")
    shutil.copy(SMALL_PDF, bundle / "report.pdf")
    return bundle


def demo_bundle(tmp_path: Path) -> Path:
    """The committed demo bundle and six more scans: well over 10 s of OCR on a fresh cache, so
    a command that finishes within 10 s refused its input before reading."""
    bundle = Path(shutil.copytree(DEMO, tmp_path / "demo"))
    (bundle / "extra").mkdir()
    for name in EXTRA_SCANS:
        shutil.copy(ROOT / "fixtures" / "docs" / name, bundle / "extra" / name)
    return bundle


def outside_folder(tmp_path: Path) -> Path:
    """A folder beside the bundle whose document carries the sentinel in its text layer."""
    folder = tmp_path / "outside"
    folder.mkdir()
    make_pdf(folder / "secret.pdf", [f"发明专利证书\n发明名称：{SENTINEL} 一种数据采集方法\n"
                                     f"专利号：ZL 2021 1 1233040.7\n发明人：张三；{SENTINEL}\n"])
    (folder / "secret.txt").write_text(SENTINEL + "\n", encoding="utf-8")
    return folder


def sparse_file(path: Path, size: int = 20 * 1024 ** 3) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def alias_bomb(levels: int = 9) -> str:
    """Billion laughs under an achievement's date: 9**levels strings once expanded."""
    names = "abcdefghij"
    rows = ["    - &a [" + ", ".join(["lol"] * 9) + "]"]
    rows += [f"    - &{names[n]} [" + ", ".join([f"*{names[n - 1]}"] * 9) + "]" for n in range(1, levels)]
    return "achievements:\n- kind: application\n  date:\n" + "\n".join(rows) + "\n"


def walk(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


# ---------------------------------------------------------------- 1, 2: links that leave the bundle

@pytest.mark.slow  # a whole check run (≈ 3 s)
def test_file_link_to_outside_is_refused_not_read(tmp_path, cli):
    bundle = small_bundle(tmp_path)
    (bundle / "papers").mkdir()
    (bundle / "papers" / "leak.pdf").symlink_to(outside_folder(tmp_path) / "secret.pdf")
    run = cli("check", str(bundle), "--jobs", "1", "--format", "json", timeout=60)
    assert_finished(run, 60)
    assert run.code in (0, 1), run.stderr[-1000:]
    assert SENTINEL not in run.stdout + run.stderr
    report = run.json()
    found = issues_on(report, "outside_bundle", "papers/leak.pdf")
    assert found and all(i["severity"] == "error" for i in found), report["issues"]
    assert not [d for d in report["documents"] if d["file"] == "papers/leak.pdf"]
    assert "report.pdf" in [d["file"] for d in report["documents"]]  # the rest is still read


@pytest.mark.slow  # a whole check run (≈ 3 s)
def test_folder_link_to_outside_is_refused_not_read(tmp_path, cli):
    bundle = small_bundle(tmp_path)
    (bundle / "linked").symlink_to(outside_folder(tmp_path), target_is_directory=True)
    run = cli("check", str(bundle), "--jobs", "1", "--format", "json", timeout=60)
    assert_finished(run, 60)
    assert run.code in (0, 1), run.stderr[-1000:]
    assert SENTINEL not in run.stdout + run.stderr
    report = run.json()
    found = issues_on(report, "outside_bundle", "linked")
    assert found and all(i["severity"] == "error" for i in found), report["issues"]
    assert not [d for d in report["documents"] if d["file"].startswith("linked")]
    assert "report.pdf" in [d["file"] for d in report["documents"]]


# ---------------------------------------------------------------- 3: a FIFO is never waited on

@pytest.mark.slow  # a whole check run (≈ 3 s)
def test_fifo_in_bundle_is_skipped_not_waited_on(tmp_path, cli):
    bundle = small_bundle(tmp_path)
    os.mkfifo(bundle / "scan.pdf")
    run = cli("check", str(bundle), "--jobs", "1", "--format", "json", timeout=60)
    assert_finished(run, 60)
    assert run.code in (0, 1), run.stderr[-1000:]
    report = run.json()
    assert issues_on(report, "unreadable_file", "scan.pdf"), report["issues"]
    assert "report.pdf" in [d["file"] for d in report["documents"]]


def test_extract_fifo_fails_fast(tmp_path, cli):
    os.mkfifo(tmp_path / "scan.pdf")
    run = cli("extract", str(tmp_path / "scan.pdf"), "--no-cache", timeout=30)
    assert_finished(run, 30)
    assert run.code == 1, f"exit {run.code}; stderr: {run.stderr[-1000:]}"


# ---------------------------------------------------------------- 4: files over the size limit

@pytest.mark.slow  # a whole check run (≈ 3 s)
def test_sparse_20gb_file_in_bundle_is_too_large(tmp_path, cli):
    bundle = small_bundle(tmp_path)
    sparse_file(bundle / "big.pdf")
    run = cli("check", str(bundle), "--jobs", "1", "--format", "json", timeout=60)
    assert_finished(run, 60)
    assert run.code in (0, 1), run.stderr[-1000:]
    found = issues_on(run.json(), "file_too_large", "big.pdf")
    assert found and all(i["severity"] == "error" for i in found), run.json()["issues"]


@pytest.mark.slow  # a whole check run (≈ 3 s)
def test_max_file_mb_refuses_a_larger_file(tmp_path, cli):
    bundle = small_bundle(tmp_path)
    (bundle / "x.png").write_bytes(os.urandom(2 * 1024 * 1024))
    run = cli("check", str(bundle), "--jobs", "1", "--format", "json", "--max-file-mb", "1", timeout=60)
    assert_finished(run, 60)
    assert run.code in (0, 1), run.stderr[-1000:]
    report = run.json()
    found = issues_on(report, "file_too_large", "x.png")
    assert found and all(i["severity"] == "error" for i in found), report["issues"]
    assert not issues_on(report, "file_too_large", "report.pdf")


def test_extract_20gb_file_fails_fast(tmp_path, cli):
    big = sparse_file(tmp_path / "big.pdf")
    run = cli("extract", str(big), "--no-cache", timeout=30)
    assert_finished(run, 30)
    assert run.code == 1, f"exit {run.code}; stderr: {run.stderr[-1000:]}"
    assert CJK.search(run.stdout + run.stderr), (run.stdout, run.stderr)


# ---------------------------------------------------------------- 5-7: YAML too large, too deep, too many aliases

def test_claims_over_1mb_is_unusable(tmp_path, cli):
    bundle = small_bundle(tmp_path)
    row = "- {kind: application, date: 2021-01-01}\n"
    (bundle / "claims.yaml").write_text("achievements:\n" + row * (1_100_000 // len(row) + 1), encoding="utf-8")
    assert (bundle / "claims.yaml").stat().st_size > 1024 * 1024
    assert_unusable(cli("check", str(bundle), "--jobs", "1", timeout=20), 20, "claims.yaml")


@pytest.mark.parametrize("depth,shape", [(60, "list"), (60, "mapping"), (10_000, "list")])
def test_deeply_nested_profile_is_unusable(tmp_path, cli, depth, shape):
    bundle = small_bundle(tmp_path)
    value = "[" * depth + "]" * depth if shape == "list" else "{a: " * depth + "1" + "}" * depth
    (bundle / "profile.yaml").write_text("as_of: 2025-12-31\napplicant: " + value + "\n", encoding="utf-8")
    assert_unusable(cli("check", str(bundle), "--jobs", "1", timeout=20), 20, "profile.yaml")


def recursive_alias() -> str:
    """An anchor used inside its own node: a walk that follows aliases never ends."""
    return "achievements:\n- &x {kind: award, level: provincial, date: 2022-01-01, grade: [*x]}\n"


def run_with_claims(tmp_path: Path, cli: Sandbox, command: str, claims: str, address_space_gb: float) -> tuple[Run, str]:
    """``check`` with ``claims`` as the bundle's claims.yaml, or ``evaluate`` with them in the case file."""
    if command == "check":
        bundle = small_bundle(tmp_path)
        (bundle / "claims.yaml").write_text(claims, encoding="utf-8")
        args, name = ("check", str(bundle), "--jobs", "1"), "claims.yaml"
    else:
        (tmp_path / "case.yaml").write_text(PROFILE + claims, encoding="utf-8")
        args, name = ("evaluate", str(tmp_path / "case.yaml")), "case.yaml"
    return cli(*args, timeout=20, address_space_gb=address_space_gb), name


@pytest.mark.parametrize("command", ["check", "evaluate"])
def test_yaml_alias_bomb_is_unusable(tmp_path, cli, command):
    run, name = run_with_claims(tmp_path, cli, command, alias_bomb(), address_space_gb=8)
    assert_unusable(run, 20, name)
    assert run.peak_mb < 500, f"peak memory {run.peak_mb:.0f} MB"


@pytest.mark.parametrize("command", ["check", "evaluate"])
def test_recursive_yaml_alias_is_unusable(tmp_path, cli, command):
    # the address-space cap turns a runaway walk into a failure, not an OOM of the test run
    run, name = run_with_claims(tmp_path, cli, command, recursive_alias(), address_space_gb=4)
    assert_unusable(run, 20, name)
    assert run.peak_mb < 500, f"peak memory {run.peak_mb:.0f} MB"


# ---------------------------------------------------------------- 8: values repeated in messages are cut

def test_long_unknown_key_is_cut_in_the_message(tmp_path, cli):
    bundle = small_bundle(tmp_path)
    (bundle / "profile.yaml").write_text(
        "as_of: 2025-12-31\napplicant:\n  name: 张三\n  ? " + "k" * 10_000 + "\n  : 1\n  education: bachelor\n"
        "  current_title: engineer\n  current_title_date: 2019-06-30\n  target_title: senior_engineer\n",
        encoding="utf-8")
    run = cli("check", str(bundle), "--jobs", "1", timeout=20)
    assert_unusable(run, 20, "profile.yaml")
    assert len(run.stderr.strip()) < 400 and "k" * 81 not in run.stderr


def test_long_education_value_is_cut_in_the_message(tmp_path, cli):
    bundle = small_bundle(tmp_path)
    (bundle / "profile.yaml").write_text(PROFILE.replace("education: bachelor", "education: " + "b" * 10_000),
                                         encoding="utf-8")
    run = cli("check", str(bundle), "--jobs", "1", timeout=20)
    assert_unusable(run, 20, "applicant.education")
    assert len(run.stderr.strip()) < 400 and "b" * 81 not in run.stderr


# ---------------------------------------------------------------- 9-11: options refused before any work

@pytest.mark.parametrize("jobs", ["1000", "-1", "0"])
def test_jobs_out_of_range_is_refused_up_front(tmp_path, cli, jobs):
    run = cli("check", str(demo_bundle(tmp_path)), "--jobs", jobs, "--format", "json", timeout=10)
    assert_unusable(run, 10, "--jobs")


@pytest.mark.parametrize("where", ["missing_folder", "a_folder", "proc_version"])
def test_unwritable_output_is_refused_before_any_work(tmp_path, cli, where):
    (tmp_path / "existing").mkdir()
    target = {"missing_folder": "/nonexistent-dir/r.json", "a_folder": str(tmp_path / "existing"),
              "proc_version": "/proc/version"}[where]
    run = cli("check", str(demo_bundle(tmp_path)), "--jobs", "1", "--format", "json", "--output", target, timeout=10)
    assert_unusable(run, 10)


@pytest.mark.parametrize("content", ["foo,bar\n1,2\n", "list,edition,name,cn,issn,source\nxyz,2023,某刊,,,\n"],
                         ids=["bad_header", "bad_row"])
def test_malformed_journal_list_is_refused(tmp_path, cli, content):
    (tmp_path / "mine.csv").write_text(content, encoding="utf-8")
    run = cli("check", str(small_bundle(tmp_path)), "--jobs", "1", "--journals", str(tmp_path / "mine.csv"),
              timeout=10)
    assert_unusable(run, 10, "mine.csv")


# ---------------------------------------------------------------- 12-14: values YAML or Python refuse

@pytest.mark.parametrize("key", ["applicant.current_title_date", "as_of"])
def test_impossible_date_in_profile_is_unusable(tmp_path, cli, key):
    bundle = small_bundle(tmp_path)
    old = "2019-06-30" if key != "as_of" else "2025-12-31"
    (bundle / "profile.yaml").write_text(PROFILE.replace(old, "2023-02-30"), encoding="utf-8")
    assert_unusable(cli("check", str(bundle), "--jobs", "1", timeout=20), 20, "profile.yaml", key)


def test_impossible_date_in_case_is_unusable(tmp_path, cli):
    (tmp_path / "case.yaml").write_text(CASE.replace("2019-06-30", "2023-02-30"), encoding="utf-8")
    assert_unusable(cli("evaluate", str(tmp_path / "case.yaml"), timeout=20), 20,
                    "case.yaml", "applicant.current_title_date")


def test_5000_digit_integer_is_unusable(tmp_path, cli):
    bundle = small_bundle(tmp_path)
    (bundle / "profile.yaml").write_text(
        PROFILE.replace("name: 张三", "name: 张三, recommendations: " + "9" * 5000), encoding="utf-8")
    run = cli("check", str(bundle), "--jobs", "1", timeout=20)
    assert_unusable(run, 20, "profile.yaml")
    assert "9" * 81 not in run.stderr


@pytest.mark.parametrize("where", ["applicant", "top_level"])
def test_complex_yaml_key_is_unusable(tmp_path, cli, where):
    bundle = small_bundle(tmp_path)
    if where == "applicant":
        text = ("as_of: 2025-12-31\napplicant:\n  ? [a, b]\n  : c\n  education: bachelor\n"
                "  current_title: engineer\n  target_title: senior_engineer\n")
    else:
        text = "? [x, y]\n: 1\n" + PROFILE
    (bundle / "profile.yaml").write_text(text, encoding="utf-8")
    assert_unusable(cli("check", str(bundle), "--jobs", "1", timeout=20), 20, "profile.yaml")


# ---------------------------------------------------------------- 15: a bad rule pack

@pytest.mark.parametrize("command", ["evaluate", "rules"])
def test_bad_rule_pack_is_one_line(tmp_path, cli, command):
    text = PACK.read_text(encoding="utf-8")
    assert "level_at_least:" in text
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("level_at_least:", "levl_at_least:", 1), encoding="utf-8")
    (tmp_path / "case.yaml").write_text(CASE, encoding="utf-8")
    args = ("evaluate", "--pack", str(bad), str(tmp_path / "case.yaml")) if command == "evaluate" \
        else ("rules", "--pack", str(bad))
    run = cli(*args, timeout=20)
    assert_unusable(run, 20, "bad.yaml")
    assert "PackError" not in run.stderr


# ---------------------------------------------------------------- 16: extract on files that cannot be read

def test_extract_unreadable_files_exit_1(tmp_path, cli):
    (tmp_path / "x.pdf").write_bytes(os.urandom(4096))
    (tmp_path / "empty.pdf").write_bytes(b"")
    run = cli("extract", str(tmp_path / "x.pdf"), str(tmp_path / "empty.pdf"), "--format", "json", "--no-cache",
              timeout=60)
    assert_finished(run, 60)
    assert run.code == 1, f"exit {run.code}; stderr: {run.stderr[-1000:]}"
    documents = run.json()
    assert len(documents) == 2
    for document in documents:
        assert "unreadable_file" in {i["code"] for i in document["issues"]}, document


# ---------------------------------------------------------------- the command line itself

def test_version(cli):
    run = cli("--version", timeout=30)
    assert_finished(run, 30)
    assert run.code == 0, run.stderr
    assert re.search(r"\d+\.\d+", run.stdout), run.stdout


def test_check_help_does_not_point_at_the_contract(cli):
    run = cli("check", "--help", timeout=30)
    assert_finished(run, 30)
    assert run.code == 0, run.stderr
    assert "check" in run.stdout
    assert "CONTRACT" not in run.stdout and "§" not in run.stdout, run.stdout


# ---------------------------------------------------------------- nothing written outside the cache and the output

@pytest.mark.slow  # OCRs one scan (≈ 6 s)
def test_nothing_written_outside_the_cache_and_the_output(tmp_path, cli):
    bundle = small_bundle(tmp_path)  # a text-layer PDF and one scan: the classifier and the OCR engine load
    shutil.copy(ROOT / "fixtures" / "docs" / "software_copyright-01-layout2025.jpg", bundle / "scan.jpg")
    before = walk(bundle)
    (tmp_path / "out").mkdir()
    report = tmp_path / "out" / "report.json"
    run = cli("check", str(bundle), "--jobs", "1", "--format", "json", "--output", str(report), timeout=120)
    assert_finished(run, 120)
    assert run.code in (0, 1), run.stderr[-1000:]
    assert json.loads(report.read_text(encoding="utf-8"))["documents"]
    assert walk(cli.home) == [], "written in HOME"
    assert walk(cli.tmp) == [], "written in TMPDIR"
    assert walk(cli.xdg) == [], "written in XDG_CACHE_HOME"
    assert walk(cli.cwd) == [], "written in the working directory"
    assert walk(bundle) == before, "written in the bundle"
    assert walk(tmp_path / "out") == ["report.json"]
