"""Hostile inputs against the ``zhicheng`` command line: one row per case (CONTRACT §1, §6.1).

Each case builds its input in a fresh folder, runs ``sys.executable -m zhicheng …`` in a
child process (own process group, a timeout, HOME / TMPDIR / XDG_CACHE_HOME /
ZHICHENG_CACHE_DIR pointed at fresh empty folders, the working directory another empty
folder) and prints: exit code (or TIMEOUT), seconds, the child's peak RSS (``os.wait4``:
the child and the workers it waited for), whether stderr holds a traceback, stderr's length,
whether the sentinel of a file *outside* the bundle leaked into stdout/stderr, the files
written outside the OCR cache (in HOME, TMPDIR, XDG_CACHE_HOME, the working directory or
the input folder, the declared ``--output`` aside), whether the behaviour is the one the
contract asks for (``expect``), and the first 100 characters of stderr.

    .venv/bin/python benchmarks/hostile_probe.py [--quick] [--only NAME ...] [--timeout S]
    PYTHONPATH=/tmp/before .venv/bin/python benchmarks/hostile_probe.py   # another copy of the code

PYTHONPATH is passed through to the child; the header prints which ``zhicheng`` it imports.
``--quick`` skips the slow cases (the 20 GB sparse file, and the cases that OCR the demo
bundle when the input is not refused up front). Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
SENTINEL = "OUTSIDE-SECRET-8f3a"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
SMALL_PDF = REPO / "fixtures" / "docs" / "technical_report-00-signoff_technical_report.pdf"
DEMO = REPO / "fixtures" / "bundles" / "demo"
PACK = REPO / "rules" / "packs" / "chongqing-2022-67.yaml"
PROFILE = ("as_of: 2025-12-31\n"
           "applicant: {name: 张三, education: bachelor, current_title: engineer, "
           "current_title_date: 2019-06-30, target_title: senior_engineer}\n")
CASE = PROFILE + "achievements: []\n"

# A small trampoline between us and the command: a forked child's peak RSS starts at its
# parent's (Linux carries the parent's high-water mark across fork and exec), so the command
# is forked from this ~10 MB process, which reports the command's exit status and peak RSS
# (``os.wait4``: the command and the workers it reaped) in a file.
LAUNCHER = """
import os, resource, sys
report, limit, argv = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
pid = os.fork()
if pid == 0:
    if limit:
        size = int(limit * 1024 ** 3)
        resource.setrlimit(resource.RLIMIT_AS, (size, size))
    os.execv(argv[0], argv)
with open(report + ".pid", "w") as handle:
    handle.write(str(pid))
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as handle:
    handle.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""


# ---------------------------------------------------------------- running one child

@dataclass
class Run:
    code: int | None  # None: killed at the timeout
    seconds: float
    peak_mb: float  # peak RSS of the child and the workers it reaped
    stdout: str
    stderr: str

    def json(self):
        return json.loads(self.stdout)


def run_measured(args: list[str], env: dict[str, str], cwd: Path, timeout: float,
                 address_space_gb: float | None = None) -> Run:
    """Run ``args`` through LAUNCHER in a process group of its own, killed at ``timeout``."""
    with tempfile.TemporaryDirectory(prefix="zhicheng-run-") as scratch:
        report = Path(scratch) / "status"
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(report), str(address_space_gb or 0), *args],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env, cwd=cwd, start_new_session=True)
        chunks: dict[str, list[bytes]] = {"out": [], "err": []}

        def drain(stream, key):
            for block in iter(lambda: stream.read(65536), b""):
                chunks[key].append(block)

        readers = [threading.Thread(target=drain, args=(proc.stdout, "out"), daemon=True),
                   threading.Thread(target=drain, args=(proc.stderr, "err"), daemon=True)]
        for reader in readers:
            reader.start()
        timed_out = False
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
        seconds = time.monotonic() - start
        if timed_out:  # end the command first, so the launcher still reports its peak memory
            try:
                os.kill(int(Path(f"{report}.pid").read_text()), signal.SIGKILL)
                proc.wait(timeout=10)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                pass
        try:  # the command's group: the launcher, the command, any worker left behind
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        proc.wait()
        for reader in readers:
            reader.join(timeout=5)
        code, peak_mb = None, float("nan")
        if report.exists():
            status, rss = report.read_text().split()
            code, peak_mb = (None if timed_out else int(status)), int(rss) / 1024
        return Run(code, seconds, peak_mb, b"".join(chunks["out"]).decode("utf-8", "replace"),
                   b"".join(chunks["err"]).decode("utf-8", "replace"))


# ---------------------------------------------------------------- inputs

def text_pdf(path: Path, text: str) -> Path:
    """A one-page PDF with a text layer (fpdf2 and the CJK font), or plain text where absent."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        from fpdf import FPDF
    except ImportError:
        FPDF = None
    if FPDF is None or not FONT.exists():
        path.write_text(text, encoding="utf-8")
        return path
    import logging

    logging.getLogger("fontTools").setLevel(logging.ERROR)  # "BDF NOT subset" notes on the WQY font
    pdf = FPDF()
    pdf.add_font("zh", fname=str(FONT))
    pdf.set_font("zh", size=14)
    pdf.add_page()
    pdf.multi_cell(0, 10, text)
    pdf.output(str(path))
    return path


def outside(work: Path) -> Path:
    """A folder beside the bundle holding a document with the sentinel in its text."""
    folder = work / "outside"
    text_pdf(folder / "secret.pdf", f"发明专利证书\n发明名称：{SENTINEL} 一种数据采集方法\n"
                                    f"专利号：ZL 2021 1 1233040.7\n发明人：张三；{SENTINEL}\n")
    (folder / "secret.txt").write_text(SENTINEL + "\n", encoding="utf-8")
    return folder


def small_bundle(work: Path, name: str = "bundle") -> Path:
    bundle = work / name
    bundle.mkdir(parents=True)
    (bundle / "profile.yaml").write_text(PROFILE, encoding="utf-8")
    shutil.copy(SMALL_PDF, bundle / "report.pdf")
    return bundle


def demo_bundle(work: Path) -> Path:
    """The committed demo bundle (images and scanned pages: OCR takes tens of seconds)."""
    return Path(shutil.copytree(DEMO, work / "demo"))


def alias_bomb(levels: int = 9) -> str:
    """Billion laughs under an achievement's date: 9**levels strings once expanded."""
    names = "abcdefghijklmnopqrstuvwxyz"
    rows = ["  - &a [" + ", ".join(["lol"] * 9) + "]"]
    for n in range(1, levels):
        rows.append(f"  - &{names[n]} [" + ", ".join([f"*{names[n - 1]}"] * 9) + "]")
    return "achievements:\n- kind: application\n  date:\n" + "\n".join("  " + r for r in rows) + "\n"


def bad_pack(work: Path) -> Path:
    text = PACK.read_text(encoding="utf-8")
    assert "level_at_least:" in text
    path = work / "bad.yaml"
    path.write_text(text.replace("level_at_least:", "levl_at_least:", 1), encoding="utf-8")
    return path


# ---------------------------------------------------------------- cases

@dataclass
class Case:
    name: str
    build: Callable[[Path], list[str]]  # builds the input in a fresh folder, returns the arguments
    expect: Callable[[Run], str | None]  # None: the behaviour CONTRACT §6.1 asks for; else what differs
    slow: bool = False
    timeout: float = 120.0
    address_space_gb: float | None = None
    outputs: tuple[str, ...] = ()  # paths (relative to the work folder) the command may write


def _json(run: Run):
    try:
        return json.loads(run.stdout)
    except ValueError:
        return None


def _issues(run: Run) -> list[dict]:
    data = _json(run)
    if isinstance(data, dict):
        return data.get("issues", [])
    if isinstance(data, list):
        return [i for d in data for i in d.get("issues", [])]
    return []


def fatal(within: float, mentions: str | None = None) -> Callable[[Run], str | None]:
    """Exit 2 within ``within`` s, one stderr line ≤ 400 characters, no traceback."""
    def check(run: Run) -> str | None:
        if run.code is None:
            return "timeout"
        if run.code != 2:
            return f"exit {run.code}, wanted 2"
        if "Traceback" in run.stderr:
            return "traceback"
        lines = run.stderr.strip().splitlines()
        if len(lines) != 1 or len(lines[0]) > 400:
            return f"stderr {len(lines)} lines, {len(run.stderr)} chars"
        if mentions and mentions not in run.stderr:
            return f"stderr does not name {mentions}"
        if run.seconds > within:
            return f"{run.seconds:.0f} s > {within:.0f} s"
        return None
    return check


def issue_on(code: str, file: str, within: float, leak_free: bool = False) -> Callable[[Run], str | None]:
    """Exit 0/1 within ``within`` s and an issue ``code`` on ``file``."""
    def check(run: Run) -> str | None:
        if run.code is None:
            return "timeout"
        if run.code not in (0, 1):
            return f"exit {run.code}"
        if "Traceback" in run.stderr:
            return "traceback"
        if leak_free and SENTINEL in run.stdout + run.stderr:
            return "sentinel leaked"
        found = [i for i in _issues(run) if i.get("code") == code and i.get("file") == file]
        if not found:
            return f"no {code} on {file}"
        if run.seconds > within:
            return f"{run.seconds:.0f} s > {within:.0f} s"
        return None
    return check


def extract_fails(within: float, code: str | None = None) -> Callable[[Run], str | None]:
    def check(run: Run) -> str | None:
        if run.code is None:
            return "timeout"
        if "Traceback" in run.stderr:
            return "traceback"
        if run.code != 1:
            return f"exit {run.code}, wanted 1"
        if code and code not in {i.get("code") for i in _issues(run)}:
            return f"no {code}"
        if run.seconds > within:
            return f"{run.seconds:.0f} s > {within:.0f} s"
        return None
    return check


def _symlink_file(work: Path) -> list[str]:
    bundle = small_bundle(work)
    (bundle / "papers").mkdir()
    (bundle / "papers" / "leak.pdf").symlink_to(outside(work) / "secret.pdf")
    return ["check", str(bundle), "--jobs", "1", "--format", "json"]


def _symlink_dir(work: Path) -> list[str]:
    bundle = small_bundle(work)
    (bundle / "linked").symlink_to(outside(work), target_is_directory=True)
    return ["check", str(bundle), "--jobs", "1", "--format", "json"]


def _fifo_check(work: Path) -> list[str]:
    bundle = small_bundle(work)
    os.mkfifo(bundle / "scan.pdf")
    return ["check", str(bundle), "--jobs", "1", "--format", "json"]


def _fifo_extract(work: Path) -> list[str]:
    os.mkfifo(work / "scan.pdf")
    return ["extract", str(work / "scan.pdf"), "--no-cache"]


def _sparse(path: Path) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(20 * 1024 ** 3)
    return path


def _sparse_check(work: Path) -> list[str]:
    bundle = small_bundle(work)
    _sparse(bundle / "big.pdf")
    return ["check", str(bundle), "--jobs", "1", "--format", "json"]


def _sparse_extract(work: Path) -> list[str]:
    return ["extract", str(_sparse(work / "big.pdf")), "--no-cache"]


def _max_file_mb(work: Path) -> list[str]:
    bundle = small_bundle(work)
    (bundle / "x.png").write_bytes(os.urandom(2 * 1024 * 1024))
    return ["check", str(bundle), "--jobs", "1", "--format", "json", "--max-file-mb", "1"]


def _big_claims(work: Path) -> list[str]:
    bundle = small_bundle(work)
    row = "- {kind: application, date: 2021-01-01}\n"
    (bundle / "claims.yaml").write_text("achievements:\n" + row * (1_100_000 // len(row) + 1), encoding="utf-8")
    return ["check", str(bundle), "--jobs", "1", "--format", "json"]


def _deep_profile(depth: int, kind: str) -> Callable[[Path], list[str]]:
    def build(work: Path) -> list[str]:
        bundle = small_bundle(work)
        value = "[" * depth + "]" * depth if kind == "list" else "{a: " * depth + "1" + "}" * depth
        (bundle / "profile.yaml").write_text("as_of: 2025-12-31\napplicant: " + value + "\n", encoding="utf-8")
        return ["check", str(bundle), "--jobs", "1"]
    return build


def _bomb_claims(work: Path) -> list[str]:
    bundle = small_bundle(work)
    (bundle / "claims.yaml").write_text(alias_bomb(), encoding="utf-8")
    return ["check", str(bundle), "--jobs", "1"]


def _recursive_claims(work: Path) -> list[str]:
    """An anchor used inside its own node: a walk that follows aliases never ends."""
    bundle = small_bundle(work)
    (bundle / "claims.yaml").write_text(
        "achievements:\n- &x {kind: award, level: provincial, date: 2022-01-01, grade: [*x]}\n", encoding="utf-8")
    return ["check", str(bundle), "--jobs", "1"]


def _bomb_case(work: Path) -> list[str]:
    (work / "case.yaml").write_text(PROFILE + alias_bomb(), encoding="utf-8")
    return ["evaluate", str(work / "case.yaml")]


def _profile_with(line_from: str, line_to: str) -> Callable[[Path], list[str]]:
    def build(work: Path) -> list[str]:
        bundle = small_bundle(work)
        assert line_from in PROFILE
        (bundle / "profile.yaml").write_text(PROFILE.replace(line_from, line_to, 1), encoding="utf-8")
        return ["check", str(bundle), "--jobs", "1"]
    return build


def _long_key(work: Path) -> list[str]:
    bundle = small_bundle(work)
    (bundle / "profile.yaml").write_text(
        "as_of: 2025-12-31\napplicant:\n  name: 张三\n  ? " + "k" * 10_000 + "\n  : 1\n  education: bachelor\n"
        "  current_title: engineer\n  current_title_date: 2019-06-30\n  target_title: senior_engineer\n",
        encoding="utf-8")
    return ["check", str(bundle), "--jobs", "1"]


def _jobs(value: str) -> Callable[[Path], list[str]]:
    return lambda work: ["check", str(demo_bundle(work)), "--jobs", value, "--format", "json"]


def _output(kind: str) -> Callable[[Path], list[str]]:
    def build(work: Path) -> list[str]:
        bundle = demo_bundle(work)
        target = {"missing_dir": "/nonexistent-dir/r.json", "is_dir": str(work), "proc": "/proc/version"}[kind]
        return ["check", str(bundle), "--jobs", "1", "--format", "json", "--output", target]
    return build


def _journals(content: str) -> Callable[[Path], list[str]]:
    def build(work: Path) -> list[str]:
        bundle = small_bundle(work)
        (work / "mine.csv").write_text(content, encoding="utf-8")
        return ["check", str(bundle), "--jobs", "1", "--journals", str(work / "mine.csv")]
    return build


def _evaluate_bad_date(work: Path) -> list[str]:
    (work / "case.yaml").write_text(CASE.replace("2019-06-30", "2023-02-30"), encoding="utf-8")
    return ["evaluate", str(work / "case.yaml")]


def _complex_key(where: str) -> Callable[[Path], list[str]]:
    def build(work: Path) -> list[str]:
        bundle = small_bundle(work)
        if where == "applicant":
            text = ("as_of: 2025-12-31\napplicant:\n  ? [a, b]\n  : c\n  education: bachelor\n"
                    "  current_title: engineer\n  target_title: senior_engineer\n")
        else:
            text = "? [x, y]\n: 1\n" + PROFILE
        (bundle / "profile.yaml").write_text(text, encoding="utf-8")
        return ["check", str(bundle), "--jobs", "1"]
    return build


def _pack_evaluate(work: Path) -> list[str]:
    (work / "case.yaml").write_text(CASE, encoding="utf-8")
    return ["evaluate", "--pack", str(bad_pack(work)), str(work / "case.yaml")]


def _pack_rules(work: Path) -> list[str]:
    return ["rules", "--pack", str(bad_pack(work))]


def _extract_corrupt(work: Path) -> list[str]:
    (work / "x.pdf").write_bytes(os.urandom(4096))
    return ["extract", str(work / "x.pdf"), "--format", "json", "--no-cache"]


def _extract_empty(work: Path) -> list[str]:
    (work / "empty.pdf").write_bytes(b"")
    return ["extract", str(work / "empty.pdf"), "--format", "json", "--no-cache"]


def _baseline(work: Path) -> list[str]:
    bundle = small_bundle(work)
    (work / "out").mkdir()
    return ["check", str(bundle), "--jobs", "1", "--format", "json", "--output", str(work / "out" / "r.json")]


def _outside_writes_ok(run: Run) -> str | None:
    if run.code not in (0, 1) or "Traceback" in run.stderr:
        return f"exit {run.code}"
    return None  # the writes column tells the rest


def _version(run: Run) -> str | None:
    return None if run.code == 0 and run.stdout.strip() else f"exit {run.code}"


def _help(run: Run) -> str | None:
    if run.code != 0:
        return f"exit {run.code}"
    return "help mentions CONTRACT/§" if ("CONTRACT" in run.stdout or "§" in run.stdout) else None


CASES = [
    Case("small_check_baseline", _baseline, _outside_writes_ok, outputs=("out/r.json",)),
    Case("symlink_file_outside", _symlink_file, issue_on("outside_bundle", "papers/leak.pdf", 60, leak_free=True)),
    Case("symlink_dir_outside", _symlink_dir, issue_on("outside_bundle", "linked", 60, leak_free=True)),
    Case("fifo_check", _fifo_check, issue_on("unreadable_file", "scan.pdf", 60), timeout=60),
    Case("fifo_extract", _fifo_extract, extract_fails(30), timeout=30),
    Case("sparse_20g_check", _sparse_check, issue_on("file_too_large", "big.pdf", 60), slow=True),
    Case("sparse_20g_extract", _sparse_extract, extract_fails(30), slow=True),
    Case("max_file_mb_1", _max_file_mb, issue_on("file_too_large", "x.png", 60)),
    Case("claims_over_1mb", _big_claims, fatal(20, "claims.yaml")),
    Case("profile_depth_60_list", _deep_profile(60, "list"), fatal(20, "profile.yaml")),
    Case("profile_depth_60_map", _deep_profile(60, "map"), fatal(20, "profile.yaml")),
    Case("profile_depth_10000_list", _deep_profile(10000, "list"), fatal(20, "profile.yaml")),
    Case("alias_bomb_claims", _bomb_claims, fatal(20, "claims.yaml"), address_space_gb=8),
    Case("alias_bomb_evaluate", _bomb_case, fatal(20, "case.yaml"), address_space_gb=8),
    Case("alias_recursive_claims", _recursive_claims, fatal(20, "claims.yaml"), timeout=60, address_space_gb=4),
    Case("long_unknown_key", _long_key, fatal(20)),
    Case("long_education_value", _profile_with("education: bachelor", "education: " + "b" * 10_000), fatal(20)),
    Case("jobs_1000", _jobs("1000"), fatal(10), slow=True),
    Case("jobs_minus_1", _jobs("-1"), fatal(10), slow=True),
    Case("jobs_0", _jobs("0"), fatal(10), slow=True),
    Case("output_missing_dir", _output("missing_dir"), fatal(10), slow=True),
    Case("output_is_dir", _output("is_dir"), fatal(10), slow=True),
    Case("output_proc_version", _output("proc"), fatal(10), slow=True),
    Case("journals_bad_header", _journals("foo,bar\n1,2\n"), fatal(10, "mine.csv")),
    Case("journals_bad_row", _journals("list,edition,name,cn,issn,source\nxyz,2023,某刊,,,\n"), fatal(10, "mine.csv")),
    Case("profile_date_feb30", _profile_with("2019-06-30", "2023-02-30"),
         fatal(20, "applicant.current_title_date")),
    Case("profile_as_of_feb30", _profile_with("as_of: 2025-12-31", "as_of: 2023-02-30"), fatal(20, "as_of")),
    Case("evaluate_date_feb30", _evaluate_bad_date, fatal(20, "applicant.current_title_date")),
    Case("recommendations_5000_digits", _profile_with("name: 张三", "name: 张三, recommendations: " + "9" * 5000),
         fatal(20, "recommendations")),
    Case("complex_key_applicant", _complex_key("applicant"), fatal(20)),
    Case("complex_key_top", _complex_key("top"), fatal(20)),
    Case("bad_pack_evaluate", _pack_evaluate,
         lambda r: fatal(20)(r) or ("PackError in stderr" if "PackError" in r.stderr else None)),
    Case("bad_pack_rules", _pack_rules,
         lambda r: fatal(20)(r) or ("PackError in stderr" if "PackError" in r.stderr else None)),
    Case("extract_corrupt_pdf", _extract_corrupt, extract_fails(60, "unreadable_file")),
    Case("extract_empty_pdf", _extract_empty, extract_fails(60, "unreadable_file")),
    Case("version", lambda w: ["--version"], _version),
    Case("check_help", lambda w: ["check", "--help"], _help),
]


# ---------------------------------------------------------------- the table

def snapshot(folder: Path) -> set[str]:
    found = set()
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            found.add(os.path.relpath(os.path.join(dirpath, name), folder))
    return found


def probe(case: Case, timeout: float) -> dict:
    root = Path(tempfile.mkdtemp(prefix=f"hostile-{case.name}-"))
    try:
        dirs = {name: root / name for name in ("home", "tmp", "xdg", "cache", "cwd", "work")}
        for d in dirs.values():
            d.mkdir()
        args = case.build(dirs["work"])
        before = snapshot(dirs["work"])
        env = dict(os.environ, HOME=str(dirs["home"]), TMPDIR=str(dirs["tmp"]), XDG_CACHE_HOME=str(dirs["xdg"]),
                   ZHICHENG_CACHE_DIR=str(dirs["cache"]), PYTHONIOENCODING="utf-8")
        run = run_measured([sys.executable, "-m", "zhicheng", *args], env, dirs["cwd"],
                        min(timeout, case.timeout), case.address_space_gb)
        written = []
        for label in ("home", "tmp", "xdg", "cwd"):
            written += [f"{label.upper()}/{p}" for p in sorted(snapshot(dirs[label]))]
        written += [f"INPUT/{p}" for p in sorted(snapshot(dirs["work"]) - before - set(case.outputs))]
        try:
            verdict = case.expect(run)
        except Exception as err:  # noqa: BLE001 - a probe row, never a crash
            verdict = f"expect() failed: {err!r}"
        return {"name": case.name, "exit": "TIMEOUT" if run.code is None else str(run.code),
                "seconds": run.seconds, "peak_mb": run.peak_mb, "traceback": "Traceback" in run.stderr,
                "stderr_len": len(run.stderr), "leak": SENTINEL in run.stdout + run.stderr,
                "written": written, "expect": verdict or "ok",
                "stderr_head": run.stderr.strip()[:100].replace("\n", "⏎")}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def which_code(env_timeout: float = 60) -> str:
    with tempfile.TemporaryDirectory() as cwd:
        out = subprocess.run([sys.executable, "-c", "import zhicheng, rules; print(zhicheng.__file__, rules.__file__)"],
                             capture_output=True, text=True, cwd=cwd, timeout=env_timeout)
    return (out.stdout or out.stderr).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the slow cases (20 GB sparse file, demo-bundle OCR)")
    parser.add_argument("--only", nargs="*", default=None, help="run only these cases (names)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per case (cases may set less)")
    opts = parser.parse_args()

    cases = [c for c in CASES if (opts.only is None or c.name in opts.only) and not (opts.quick and c.slow)]
    print(f"# python: {sys.executable}")
    print(f"# PYTHONPATH={os.environ.get('PYTHONPATH', '')}")
    print(f"# child imports: {which_code()}")
    print(f"# {len(cases)} cases, timeout {opts.timeout:.0f} s; peak = max RSS of the command and its workers; "
          f"{os.cpu_count()} cores, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} at start")
    header = f"{'case':<28} {'exit':>7} {'sec':>6} {'peakMB':>7} {'tb':>3} {'errlen':>7} {'leak':>4}  " \
             f"{'written outside cache':<28} {'expect':<34} stderr[:100]"
    print(header)
    print("-" * len(header))
    writes = {}
    for case in cases:
        row = probe(case, opts.timeout)
        areas: dict[str, int] = {}
        for path in row["written"]:
            areas[path.split("/")[0]] = areas.get(path.split("/")[0], 0) + 1
        written = " ".join(f"{area}:{n}" for area, n in areas.items()) or "-"
        if row["written"]:
            writes[row["name"]] = row["written"]
        print(f"{row['name']:<28} {row['exit']:>7} {row['seconds']:>6.1f} {row['peak_mb']:>7.0f} "
              f"{'Y' if row['traceback'] else '-':>3} {row['stderr_len']:>7} {'Y' if row['leak'] else '-':>4}  "
              f"{written[:28]:<28} {row['expect'][:34]:<34} {row['stderr_head']}", flush=True)
    if writes:
        print("\n# files written outside ZHICHENG_CACHE_DIR and the declared --output:")
        for name, paths in writes.items():
            shown = ", ".join(paths[:8]) + (f", … ({len(paths)} in all)" if len(paths) > 8 else "")
            print(f"#   {name}: {shown}")


if __name__ == "__main__":
    main()
