"""Random YAML and arguments thrown at ``evaluate``, ``check`` and ``extract`` (CONTRACT §1).

Whatever the input, the command ends with exit code 0, 1 or 2, never with an exception, and
says so in a bounded amount of stderr (< 2,000 characters). The commands run in-process
(typer's CliRunner on ``zhicheng.cli.app``) to be fast; an exception the CLI lets through is
re-raised here with its own traceback. Inputs are near-valid cases built from the contract's
vocabulary (§2, §3), mutated with hostile values (impossible dates, huge numbers, NaN, long
strings, nesting), plus raw YAML fragments and random bytes; evidence files are random bytes
named ``.pdf``/``.png`` (never real images: no OCR runs).

Budget: ``ZHICHENG_FUZZ_EXAMPLES`` random examples per command (default 200), after the
explicit ones (every raw fragment below, as a case, a profile and claims): about 25 s for the
file on 2 cores when nothing fails (evaluate 4-5 s, extract 3 s, check 15-16 s). Examples are
derandomized (the same every run), no example database is written, and a failure is shrunk
for the first bug found only (the next one shows once it is fixed; a larger
``ZHICHENG_FUZZ_EXAMPLES`` explores further).
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml

pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.configuration import set_hypothesis_home_dir  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from zhicheng.cli import app  # noqa: E402

# No example database, and Hypothesis's other caches (constants, Unicode tables) go to the
# temporary folder rather than a .hypothesis folder in the working directory.
if not os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"):
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "zhicheng-hypothesis")
EXAMPLES = int(os.environ.get("ZHICHENG_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True, report_multiple_bugs=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])

# ---------------------------------------------------------------- vocabulary (CONTRACT §2, §3)

TOP_KEYS = ["as_of", "applicant", "achievements"]
APPLICANT_KEYS = ["name", "education", "professional_degree", "work_start", "current_title",
                  "current_title_date", "target_title", "recommendations", "assessment_passed",
                  "sanction_until", "civil_servant", "retired"]
ACHIEVEMENT_KEYS = ["kind", "date", "category", "level", "rank", "role", "accepted", "benefit",
                    "investment_wan", "appraised", "grade", "patent_type", "granted", "cn", "issn",
                    "core_journal", "book_kind", "sole_author", "words_wan", "total_words_wan", "isbn",
                    "promoted_level", "implemented", "report_kind", "adopted", "amount_wan", "evidence"]
KINDS = ["project", "award", "patent", "software_copyright", "paper", "book", "standard", "report",
         "revenue", "new_product", "application", "recognition", "论文", "专利"]
WORDS = [
    "bachelor", "本科", "学士", "master", "硕士", "doctorate", "博士", "associate", "大专", "专科",
    "second_bachelor", "secondary_vocational", "中专", "technician", "技术员", "assistant_engineer",
    "助理工程师", "engineer", "工程师", "senior_engineer", "高级工程师", "高工",
    "professorate_senior_engineer", "正高级工程师", "none", "national", "国家级", "provincial", "省级",
    "省(部)级", "省部级", "municipal", "地(市)级", "enterprise", "企业", "industry", "行业", "local", "地方",
    "group", "团体", "implementation", "rnd", "invention", "utility_model", "design", "lead", "participant",
    "主持", "monograph", "textbook", "manual", "technical_report", "white_paper", "plan", "feasibility",
    "research_topic", "二等奖", "是", "否", "11-2127/TP", "1000-1239", "9787111543213", "ZL202010123456.7",
    "张三", "李四", "", " ", "null", "~", "true", "yes", "no", "on", "0x10", "1e400", ".nan", "-.inf",
    "bachelor ", "BACHELOR", "bachelr", "enginer", "大 专", "\u200b本科", "本科\n", "ｂａｃｈｅｌｏｒ",
    "patents/x.pdf", "../outside.pdf", "/nonexistent/x.pdf", "a\\b.pdf", "x.png",
]
DATES = ["2025-12-31", "2019-06-30", "2023-02-30", "2021-13-01", "2021-00-10", "2022-03", "2022",
         "0000-00-00", "9999-12-31", "0001-01-01", "1-1-1", "2021/05/01", "2021年5月1日", " 2021-01-01 ",
         "2021-02-29", "2024-02-29", "20210101", "2021-1-1", "-2021-01-01", "+2021"]
LONG = ["x" * 100, "长" * 500, "k" * 5000, "2021-01-01" * 100]

scalars = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(DATES), st.sampled_from(KINDS), st.sampled_from(LONG),
    st.integers(min_value=-3, max_value=40), st.integers(min_value=-10 ** 300, max_value=10 ** 300),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.none(),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.text(max_size=20),
)
keys = st.one_of(st.sampled_from(TOP_KEYS + APPLICANT_KEYS + ACHIEVEMENT_KEYS), st.text(max_size=12),
                 st.integers(min_value=-3, max_value=3), st.booleans(), st.none(), st.sampled_from(LONG))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(keys, inner, max_size=4)),
                      max_leaves=8)
# Mostly the value a key expects, sometimes anything at all.
plausible = st.one_of(st.sampled_from(WORDS), st.sampled_from(DATES), st.integers(min_value=-2, max_value=12),
                      st.booleans(), st.none(), st.sampled_from(LONG), values)

VALID_APPLICANT = {"name": "张三", "education": "bachelor", "current_title": "engineer",
                   "current_title_date": "2019-06-30", "target_title": "senior_engineer"}
# CONTRACT §3's example achievements: mutations of valid ones get past the first check.
VALID_ACHIEVEMENTS = [
    {"kind": "project", "category": "implementation", "level": "provincial", "rank": 2, "accepted": True, "date": "2021-09-30"},
    {"kind": "project", "category": "rnd", "level": "enterprise", "role": "lead", "benefit": True, "date": "2022-05-01"},
    {"kind": "project", "category": "implementation", "level": "municipal", "role": "lead", "investment_wan": 2500,
     "appraised": True, "date": "2023-01-10"},
    {"kind": "award", "level": "provincial", "rank": 4, "grade": "二等奖", "date": "2022-12-01"},
    {"kind": "patent", "patent_type": "invention", "granted": True, "rank": 3, "date": "2021-05-01"},
    {"kind": "software_copyright", "rank": 1, "date": "2020-11-11"},
    {"kind": "paper", "rank": 1, "core_journal": True, "cn": "11-2127/TP", "issn": "1000-1239", "date": "2022-03"},
    {"kind": "book", "book_kind": "monograph", "rank": 2, "sole_author": False, "words_wan": 12, "total_words_wan": 25,
     "isbn": "9787111543213", "date": "2023-05"},
    {"kind": "book", "book_kind": "textbook", "role": "lead", "words_wan": 16, "total_words_wan": 30,
     "promoted_level": "provincial", "isbn": "9787302000006", "date": "2024-01"},
    {"kind": "standard", "level": "industry", "rank": 4, "implemented": True, "date": "2022-07-01"},
    {"kind": "report", "report_kind": "feasibility", "level": "provincial", "rank": 2, "adopted": True, "date": "2023-03-01"},
    {"kind": "revenue", "amount_wan": 1200, "role": "participant", "date": "2022-12-31"},
    {"kind": "new_product", "level": "provincial", "date": "2023-06-01"},
    {"kind": "application", "date": "2021-01-01"},
    {"kind": "recognition", "level": "provincial", "date": "2024-02-01"},
]


@st.composite
def mutated(draw, base: dict, vocabulary: list[str]) -> dict:
    """``base`` with some keys dropped and some (vocabulary or random) keys set to random values."""
    out = {k: v for k, v in base.items() if draw(st.integers(min_value=0, max_value=19)) != 19}  # drop 1 in 20
    for _ in range(draw(st.sampled_from([0, 0, 0, 0, 0, 1, 1, 2, 4]))):
        key = draw(st.sampled_from(vocabulary) if draw(st.integers(min_value=0, max_value=3)) != 3 else keys)
        out[key] = draw(plausible)
    return out


@st.composite
def achievements(draw, with_evidence: bool) -> dict:
    if draw(st.integers(min_value=0, max_value=2)) != 2:
        base = dict(draw(st.sampled_from(VALID_ACHIEVEMENTS)))
    else:
        base = {"kind": draw(st.sampled_from(KINDS)), "date": draw(st.sampled_from(DATES))}
    if with_evidence and draw(st.booleans()):
        paths = st.sampled_from(["a.pdf", "b.png", "sub/c.pdf", "a.pdf", "./a.pdf", "sub\\c.pdf", "../x.pdf",
                                 "/nonexistent/x.pdf", "", "sub/../a.pdf", "profile.yaml"])
        base["evidence"] = draw(st.one_of(st.lists(paths, max_size=3), paths, values))
    return draw(mutated(base, ACHIEVEMENT_KEYS))


@st.composite
def case_documents(draw, part: str) -> object:
    """A YAML-able document: a whole case, a profile (as_of + applicant) or claims."""
    if draw(st.integers(min_value=0, max_value=9)) == 9:
        return draw(values)  # anything at all
    if part == "claims":
        listed = draw(st.lists(achievements(with_evidence=True), max_size=3))
        return listed if draw(st.booleans()) else draw(mutated({"achievements": listed}, ["achievements"]))
    doc = {"as_of": draw(st.sampled_from(["2025-12-31"] * 10 + DATES + [None])),
           "applicant": draw(mutated(VALID_APPLICANT, APPLICANT_KEYS))}
    if part == "case":
        doc["achievements"] = draw(st.lists(achievements(with_evidence=False), max_size=3))
    return draw(mutated(doc, TOP_KEYS if part == "case" else ["as_of", "applicant"]))


# Raw text no dumper writes: tags, aliases, complex keys, numbers Python refuses, odd bytes.
FRAGMENTS = [
    "applicant: !!timestamp 2019-02-30\n",
    "as_of: !!timestamp 2019-02-30\napplicant: {education: bachelor, current_title: engineer, target_title: senior_engineer}\n",
    "as_of: 2023-02-30\napplicant: {education: bachelor, current_title: engineer, target_title: senior_engineer}\n",
    "applicant: {education: !!binary aGVsbG8=, current_title: engineer, target_title: senior_engineer}\n",
    "applicant: {education: bachelor, current_title: engineer, target_title: senior_engineer, recommendations: "
    + "9" * 5000 + "}\n",
    "applicant: {education: bachelor, current_title: engineer, target_title: senior_engineer, recommendations: !!float 1e400}\n",
    "applicant:\n  ? [a, b]\n  : c\n",
    "? [x]\n: 1\n",
    "? {a: 1}\n: 1\n",
    "applicant: &a {education: bachelor, current_title: engineer, target_title: senior_engineer, name: *a}\n",
    "applicant: &a [*a]\n",
    "applicant: !!set {a, b}\n",
    "applicant: !!omap [{education: bachelor}]\n",
    "applicant: !!python/object/apply:os.getcwd []\n",
    "achievements: [{kind: paper, date: 2022-03, rank: !!int 0x10}]\n",
    "achievements: [{kind: patent, date: !!timestamp 2021-02-30}]\n",
    "achievements: [{kind: paper, date: 2022, rank: 1e400}]\n",
    "achievements:\n- &x {kind: award, date: 2022-01-01, level: *x}\n",
    "---\na: 1\n---\nb: 2\n",
    "%YAML 1.1\n---\napplicant: 1\n",
    "\ufeffapplicant: {}\n",
    "applicant: \x00\n",
    "applicant:\n\t- tab\n",
    "[" * 200 + "]" * 200 + "\n",
    "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n",
    "",
    "\n\n",
    "- 1\n- 2\n",
    "applicant: *undefined\n",
]


@st.composite
def yaml_files(draw, part: str) -> bytes:
    mode = draw(st.integers(min_value=0, max_value=9))  # 0 (what Hypothesis tries first) is a document
    if mode == 9:
        return draw(st.binary(max_size=200))
    if mode == 8:
        return draw(st.text(max_size=200)).encode("utf-8", "surrogatepass")
    if mode == 7:
        return draw(st.sampled_from(FRAGMENTS)).encode("utf-8")
    doc = draw(case_documents(part))
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False).encode("utf-8")


junk_files = st.lists(st.tuples(st.sampled_from(["a.pdf", "b.png", "sub/c.pdf", "d.PDF", "e.jpg", "notes.txt"]),
                                st.binary(max_size=300)), max_size=2, unique_by=lambda t: t[0])


# ---------------------------------------------------------------- running

runner = CliRunner()


@contextmanager
def memory_cap(extra_gb: float = 0.5):
    """Cap this process's address space at its current size + ``extra_gb`` while the command
    runs: a runaway allocation (an alias that contains itself, say) becomes a MemoryError
    in this test instead of the kernel's OOM killer ending the whole test run."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            vm_kb = next(int(line.split()[1]) for line in status if line.startswith("VmSize:"))
    except (OSError, StopIteration, ValueError):
        yield  # not Linux: no cap
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    size = vm_kb * 1024 + int(extra_gb * 1024 ** 3)
    if hard != resource.RLIM_INFINITY:
        size = min(size, hard)
    resource.setrlimit(resource.RLIMIT_AS, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def invoke(args: list[str], home: Path):
    env = {"ZHICHENG_CACHE_DIR": str(home / "cache")}
    with memory_cap():
        return runner.invoke(app, args, env=env)


def assert_sane(result) -> None:
    if isinstance(result.exception, MemoryError):  # where it runs out varies: one place to report it from
        raise AssertionError("the command ran out of memory (over 0.5 GB more than the test process)")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # the CLI's own traceback: where the bug starts
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.stderr[-1000:])
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert len(result.stderr) < 2000, f"{len(result.stderr)} characters on stderr: {result.stderr[:300]}"


def write(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def formats(*valid: str):
    """Mostly a format the command takes, now and then one it does not."""
    return st.sampled_from([*valid, *valid, *valid, "xml", ""])


def with_examples(*examples: dict):
    """Run these inputs first, every time (a known hostile input never depends on the draw)."""
    def decorate(test):
        for kwargs in reversed(examples):
            test = example(**kwargs)(test)
        return test
    return decorate


VALID_CASE = yaml.safe_dump({"as_of": "2025-12-31", "applicant": VALID_APPLICANT, "achievements": VALID_ACHIEVEMENTS},
                            allow_unicode=True, sort_keys=False).encode("utf-8")
VALID_PROFILE = yaml.safe_dump({"as_of": "2025-12-31", "applicant": VALID_APPLICANT},
                               allow_unicode=True, sort_keys=False).encode("utf-8")
CHECK_DEFAULTS = {"claims": None, "files": [], "fmt": "json", "jobs": None, "output": None, "journals": None,
                  "claims_option": None}


@FUZZ
@with_examples({"case": VALID_CASE, "fmt": "json"},
               *({"case": fragment.encode("utf-8"), "fmt": "table"} for fragment in FRAGMENTS))
@given(case=yaml_files("case"), fmt=formats("table", "json"))
def test_evaluate_never_crashes(case, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        path = write(home / "case.yaml", case)
        args = ["evaluate", str(path)] + (["--format", fmt] if fmt != "table" else [])
        assert_sane(invoke(args, home))


JOURNAL_FILES = {
    "good": "list,edition,name,cn,issn,source\npku,2023,计算机工程与应用,11-2127/TP,1002-8331,mine\n",
    "bad_header": "foo,bar\n1,2\n",
    "bad_row": "list,edition,name\nxyz,2023,某刊\n",
    "bad_issn": "list,edition,name,cn,issn,source\npku,2023,某刊,,1234-5678,\n",
    "binary": "\udcff\udcfe",
}


@pytest.mark.slow  # ≈ 15 s: 59 explicit and 200 random examples
@FUZZ
@with_examples({**CHECK_DEFAULTS, "profile": VALID_PROFILE},
               *({**CHECK_DEFAULTS, "profile": fragment.encode("utf-8")} for fragment in FRAGMENTS),
               *({**CHECK_DEFAULTS, "profile": VALID_PROFILE, "claims": fragment.encode("utf-8")} for fragment in FRAGMENTS))
@given(profile=yaml_files("profile"), claims=st.none() | yaml_files("claims"), files=junk_files,
       fmt=formats("table", "json", "html"),
       jobs=st.none() | st.sampled_from(["1", "1", "2", "0", "-1", "1000", "abc", str(10 ** 30)]),
       output=st.sampled_from([None, None, "file", "folder", "missing_folder", "/proc/version"]),
       journals=st.none() | st.sampled_from(sorted(JOURNAL_FILES) + ["missing", "folder"]),
       claims_option=st.sampled_from([None, None, "missing", "profile"]))
def test_check_never_crashes(profile, claims, files, fmt, jobs, output, journals, claims_option):
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        bundle = home / "bundle"
        bundle.mkdir()
        write(bundle / "profile.yaml", profile)
        if claims is not None:
            write(bundle / "claims.yaml", claims)
        for name, content in files:
            write(bundle / name, content)
        args = ["check", str(bundle)] + (["--format", fmt] if fmt != "table" else [])
        args += ["--jobs", jobs or "1"]
        if output is not None:
            target = {"file": home / "out.json", "folder": home, "missing_folder": home / "no" / "r.json"}.get(output, output)
            args += ["--output", str(target)]
        if journals is not None:
            path = home / "lists" / "mine.csv"
            if journals in JOURNAL_FILES:
                write(path, JOURNAL_FILES[journals].encode("utf-8", "surrogateescape"))
            elif journals == "folder":
                path = home
            args += ["--journals", str(path)]
        if claims_option == "missing":
            args += ["--claims", str(home / "nope.yaml")]
        elif claims_option == "profile":
            args += ["--claims", str(bundle / "profile.yaml")]
        assert_sane(invoke(args, home))


@FUZZ
@given(files=junk_files, extra=st.sampled_from([None, "missing", "folder", "empty"]),
       fmt=formats("table", "json", "jsonl"),
       name=st.none() | st.sampled_from(["张三", "", " ", "x" * 5000]) | st.text(max_size=30),
       no_cache=st.booleans())
def test_extract_never_crashes(files, extra, fmt, name, no_cache):
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        paths = [write(home / "in" / n, content) for n, content in files]
        if extra == "missing":
            paths.append(home / "nope.pdf")
        elif extra == "folder":
            paths.append(home)
        elif extra == "empty":
            paths.append(write(home / "empty.png", b""))
        args = ["extract", *map(str, paths)] + (["--format", fmt] if fmt != "table" else [])
        if name is not None:
            args += ["--name", name]
        if no_cache:
            args.append("--no-cache")
        assert_sane(invoke(args, home))
