"""What hostile probe BL broke, typed again: processes that outlived their command, a port in
use, impossible corrections, a report renamed over a link, the cache read as evidence or read
through links, unsafe user names, and a zip of two names one Windows folder cannot hold apart.

Reading is faked where a case needs workers that are busy (a worker asleep stands for a
minute of OCR), so every case here runs in the fast tier without an OCR engine.
"""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT

DEMO = FIXTURES / "bundles" / "demo"
ZH = [sys.executable, "-m", "zhicheng"]


def alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting for init to reap it has ended)."""
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def in_session(sid: int) -> list[int]:
    """Every live process of the session ``sid`` (a command started with start_new_session)."""
    import psutil

    found = []
    for process in psutil.process_iter(["pid"]):
        try:
            if os.getsid(process.pid) == sid and alive(process.pid):
                found.append(process.pid)
        except (ProcessLookupError, PermissionError, psutil.Error):
            continue
    return found


def wait_until(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


# ----------------------------------------------------------------------------- B16 / C18: SIGTERM

# A command run as the console script runs it (``cli.main``), with the reading of each file
# replaced by a sleep: the workers are busy, as with OCR, when SIGTERM comes.
_SLEEPY = textwrap.dedent('''
    import os, sys, time
    from pathlib import Path
    PIDS = Path(sys.argv[1])

    def asleep(*args, **kwargs):
        (PIDS / str(os.getpid())).touch()
        time.sleep(120)

    import zhicheng.bundle, zhicheng.pool
    zhicheng.bundle._examine_one = asleep     # check's pool
    zhicheng.pool.read_file_task = asleep     # batch's pool
    sys.argv = ["zhicheng", *sys.argv[2:]]
    from zhicheng.cli import main
    main()
''')


def _run_and_terminate(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, list[int], int]:
    pids = tmp_path / "pids"
    pids.mkdir()
    command = subprocess.Popen([sys.executable, "-c", _SLEEPY, str(pids), *args], cwd=tmp_path, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        assert wait_until(lambda: len(list(pids.iterdir())) >= 2, 60), "the workers never started"
        workers = [int(p.name) for p in pids.iterdir()]
        command.send_signal(signal.SIGTERM)  # the main process only, as `kill PID` does
        out, err = command.communicate(timeout=30)
        return subprocess.CompletedProcess(command.args, command.returncode, out, err), workers, command.pid
    finally:
        if command.poll() is None:
            command.kill()
            command.wait()
        _reap_session(command.pid)


def _reap_session(sid: int) -> None:
    """Kill what a failing case left of its session: its workers must not sleep on after the test."""
    import psutil

    for pid in in_session(sid):
        try:
            psutil.Process(pid).kill()
        except psutil.Error:
            pass


def _no_process_left(workers: list[int], sid: int) -> None:
    try:
        assert wait_until(lambda: not any(alive(p) for p in workers), 10), [p for p in workers if alive(p)]
        assert in_session(sid) == []
    finally:
        _reap_session(sid)


def test_sigterm_to_check_stops_its_workers_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    run, workers, sid = _run_and_terminate(tmp_path, "check", str(DEMO), "--jobs", "2", "--format", "json",
                                           "--output", str(out / "v.json"))
    assert run.returncode == 143, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert lines == ["zhicheng: 已终止（收到 SIGTERM）"], run.stderr
    _no_process_left(workers, sid)
    assert list(out.iterdir()) == []  # no report, no temp file


def test_sigterm_to_batch_stops_its_workers_and_keeps_its_outputs_whole(tmp_path):
    import shutil

    root = tmp_path / "root"
    for name in ("01-甲", "02-乙"):
        shutil.copytree(DEMO, root / name)
    out = tmp_path / "out"
    run, workers, sid = _run_and_terminate(tmp_path, "batch", str(root), "--jobs", "2", "--output", str(out))
    assert run.returncode == 143, run.stderr
    assert "已终止（收到 SIGTERM）；已完成的材料包已保存" in run.stderr and "Traceback" not in run.stderr
    _no_process_left(workers, sid)
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert not [p for p in written if p.endswith(".tmp")], written
    assert {"汇总表.xlsx", "summary.csv", "verdicts.jsonl", "index.html"} <= set(written)
    import json

    rows = [json.loads(line) for line in (out / "verdicts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["error"] for r in rows] == ["未完成：批量核验被中断，重新运行即可继续"] * 2


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
@pytest.mark.parametrize("initializer, initargs", [("zhicheng.pool:_worker_start", (1, 0)),
                                                   ("zhicheng.bundle:_share_cores", (1,))])
def test_a_worker_dies_with_its_parent_even_when_the_parent_is_killed_outright(tmp_path, initializer, initargs):
    """SIGKILL (or the out-of-memory killer) leaves the parent no chance to stop its pool:
    the kernel ends the workers (each asked for it when it started)."""
    module, name = initializer.split(":")
    script = textwrap.dedent(f'''
        import importlib, os, sys, time
        from concurrent.futures import ProcessPoolExecutor
        start = getattr(importlib.import_module("{module}"), "{name}")
        pool = ProcessPoolExecutor(2, initializer=start, initargs={initargs!r})
        for _ in range(2):
            pool.submit(time.sleep, 120)
        time.sleep(1)
        print(" ".join(str(p) for p in pool._processes), flush=True)
        time.sleep(120)
    ''')
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              start_new_session=True)
    try:
        workers = [int(p) for p in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(alive(p) for p in workers)
        parent.kill()
        parent.wait()
        assert wait_until(lambda: not any(alive(p) for p in workers), 10), "a worker outlived its parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        _reap_session(parent.pid)


def test_die_with_parent_is_asked_of_the_kernel_on_linux_only(monkeypatch):
    from zhicheng import lifecycle

    monkeypatch.setattr(sys, "platform", "darwin")
    assert lifecycle.die_with_parent() is False  # no prctl there: a no-op, not a crash


# ----------------------------------------------------------------------------- H02: serve, port taken


def test_serve_on_a_port_in_use_says_so_in_one_line_and_leaves_nothing_running(tmp_path):
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    port = holder.getsockname()[1]
    run = None
    try:
        run = subprocess.Popen([*ZH, "serve", "--port", str(port), "--data", str(tmp_path / "data")], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        out, err = run.communicate(timeout=60)
        assert run.returncode == 2, err
        assert err.splitlines() == [f"zhicheng: 错误: --port: 端口 {port} 已被占用（另一个程序正在使用）；"
                                    f"请换一个端口（如 --port {port + 1}）或先停止占用它的程序"]
        assert in_session(run.pid) == []  # no reader process started
    finally:
        holder.close()
        if run is not None:
            _reap_session(run.pid)


@pytest.mark.slow  # the service and its reader process start for real
def test_serve_answers_on_its_own_socket_and_stops_whole_on_sigterm(tmp_path):
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    service = subprocess.Popen([*ZH, "serve", "--port", str(port), "--data", str(tmp_path / "data")], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        def answers() -> bool:
            try:
                return urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2).status == 200
            except OSError:
                return False

        assert wait_until(answers, 60)
        assert len(in_session(service.pid)) >= 2  # the web process and its reader
        service.send_signal(signal.SIGTERM)
        _out, err = service.communicate(timeout=30)
        assert service.returncode == 143 and "Traceback" not in err, err
        assert wait_until(lambda: in_session(service.pid) == [], 10)
    finally:
        if service.poll() is None:
            service.kill()
            service.wait()
        _reap_session(service.pid)


# ----------------------------------------------------------------------------- H13: corrections


@pytest.fixture()
def reviewed(tmp_path):
    """An application of 一厂 with two documents as read (no reading), and its reviewer's token."""
    from fastapi.testclient import TestClient

    from zhicheng.web.app import create_app
    from zhicheng.web.auth import issue_token
    from zhicheng.web.checks import rejudge
    from zhicheng.web.store import Application, Store, User

    store = Store(tmp_path / "data")
    with store.session.begin() as session:
        for name, role in (("amy", "applicant"), ("rex", "reviewer")):
            session.add(User(name=name, role=role, unit="一厂", password_hash="-"))
    with store.session.begin() as session:
        who = {n: {"Authorization": f"Bearer {issue_token(session, session.query(User).filter_by(name=n).one())}"}
               for n in ("amy", "rex")}
    client = TestClient(create_app(store), raise_server_exceptions=False)
    profile = {"as_of": "2025-12-31", "applicant": {"name": "戴娟娟", "education": "bachelor",
                                                     "current_title": "engineer", "current_title_date": "2018-07-01",
                                                     "target_title": "senior_engineer"}}
    app_id = client.post("/api/applications", json=profile, headers=who["amy"]).json()["id"]
    base = {"sha256": "1" * 64, "pages": 1, "text_source": "text_layer", "confidence": 0.9, "reasons": [],
            "issues": []}
    documents = [
        {**base, "file": "education/degree.jpg", "doc_type": "degree_certificate",
         "fields": {"holder": "戴娟娟", "education": "bachelor", "date": "2014-06-28"}},
        {**base, "file": "patents/patent.pdf", "doc_type": "patent_certificate",
         "fields": {"patent_type": "invention", "patent_number": "ZL202014058231.9", "title": "一种远程运维方法",
                    "inventors": ["孟泽博", "戴娟娟"], "grant_date": "2021-09-14", "applicant_rank": 2}},
    ]
    with store.session.begin() as session:
        app = session.get(Application, app_id)
        app.documents, app.refused, app.status, app.done, app.total = documents, [], "done", 2, 2
    rejudge(store, app_id)
    return client, store, app_id, who


def _corrections(store, app_id) -> list:
    from sqlalchemy import select

    from zhicheng.web.store import Correction

    with store.session() as session:
        return [(c.field, c.value) for c in session.scalars(select(Correction).where(Correction.application_id == app_id))]


@pytest.mark.parametrize("field, value", [
    ("date", "2099-99-99"), ("date", "2022-02-30"), ("date", "abc"), ("date", "0000-00-00"), ("date", "2022-2-3"),
    ("date", ["2022-01-01"]), ("date", True),
    ("education", "小学"), ("holder", "张三\n李四"),
])
def test_a_correction_the_field_cannot_hold_is_refused_and_not_stored(reviewed, field, value):
    client, store, app_id, who = reviewed
    answer = client.post(f"/api/applications/{app_id}/corrections",
                         json={"document": "education/degree.jpg", "field": field, "value": value}, headers=who["rex"])
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert isinstance(detail, str) and "\n" not in detail and f"字段 {field} 的更正值无效" in detail, detail
    assert _corrections(store, app_id) == []
    status = client.get(f"/api/applications/{app_id}", headers=who["rex"]).json()
    degree = next(d for d in status["verdict"]["documents"] if d["file"] == "education/degree.jpg")
    assert degree["fields"]["date"] == "2014-06-28"


@pytest.mark.parametrize("field, value", [
    ("applicant_rank", 0), ("applicant_rank", -1), ("applicant_rank", "2"), ("applicant_rank", 2.5),
    ("applicant_rank", True), ("inventors", "孟泽博、戴娟娟"), ("inventors", [1, 2]), ("grant_date", "2021-06-31"),
    ("patent_number", "ZL202014058231.8"), ("patent_type", "发明专利证书"),
])
def test_ranks_lists_identifiers_and_vocabularies_are_checked_by_their_kind(reviewed, field, value):
    client, store, app_id, who = reviewed
    answer = client.post(f"/api/applications/{app_id}/corrections",
                         json={"document": "patents/patent.pdf", "field": field, "value": value}, headers=who["rex"])
    assert answer.status_code == 422, (field, value, answer.text)
    assert _corrections(store, app_id) == []


def test_good_corrections_are_kept_in_the_form_the_reader_gives(reviewed):
    client, store, app_id, who = reviewed
    url = f"/api/applications/{app_id}/corrections"
    for document, field, value in (("education/degree.jpg", "date", "2014-06"),
                                   ("education/degree.jpg", "education", "硕士"),
                                   ("patents/patent.pdf", "applicant_rank", 1),
                                   ("patents/patent.pdf", "patent_type", "实用新型"),
                                   ("patents/patent.pdf", "patent_number", "ZL 2020 1405 8231.9"),
                                   ("patents/patent.pdf", "grant_date", None)):
        answer = client.post(url, json={"document": document, "field": field, "value": value}, headers=who["rex"])
        assert answer.status_code == 200, (field, answer.text)
    assert _corrections(store, app_id) == [("date", "2014-06"), ("education", "master"), ("applicant_rank", 1),
                                           ("patent_type", "utility_model"), ("patent_number", "ZL202014058231.9"),
                                           ("grant_date", None)]


def test_every_field_of_every_document_type_has_a_kind():
    """A field added to a document type must say what it holds, or its corrections go unchecked."""
    from extractor.doctypes import REGISTRY
    from zhicheng.field_values import kind_of

    missing = [(key, f) for key, doctype in REGISTRY.items() for f in doctype.fields + ("applicant_rank",)
               if kind_of(key, f) is None]
    assert missing == []


def test_a_form_correction_that_does_not_parse_is_refused_not_cleared():
    """The review page's text box: 「abc」 for a rank was once turned into "not shown"."""
    from zhicheng.field_values import FieldValueError, Kind, checked, from_form

    assert checked(Kind.RANK, from_form(Kind.RANK, " 3 ")) == 3
    assert checked(Kind.PEOPLE, from_form(Kind.PEOPLE, "孟泽博、戴娟娟")) == ["孟泽博", "戴娟娟"]
    assert checked(Kind.FLAG, from_form(Kind.FLAG, "否")) is False
    assert checked(Kind.DATE, from_form(Kind.DATE, "")) is None
    for kind, text in ((Kind.RANK, "abc"), (Kind.RANK, "0"), (Kind.AMOUNT, "十二"), (Kind.FLAG, "也许"),
                       (Kind.DATE, "2022年2月30日")):
        with pytest.raises(FieldValueError):
            checked(kind, from_form(kind, text))


@pytest.mark.parametrize("kind, value", [
    ("date", "2022-01"), ("rank", 3), ("amount", 12.5), ("flag", False), ("people", ["孟泽博", "戴娟娟"]),
    ("text", "一种远程运维方法"), ("level", "provincial"), ("shares", {"张伟": 12.0, "李娜": 9.5}),
    ("experts", [{"recommender": "陈国华", "recommender_title": "正高级工程师"}]),
])
def test_the_review_form_shows_each_value_so_that_sending_it_back_keeps_it(kind, value):
    """A reviewer who presses 更正 on the value as shown must not change it (a list of people
    with their titles, once shown as Python text, came back as a list of strings)."""
    from zhicheng.field_values import Kind, checked, from_form
    from zhicheng.web.app import _form_text

    assert checked(Kind(kind), from_form(Kind(kind), _form_text(value))) == value


# ----------------------------------------------------------------------------- C06: --output through links


def _empty_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "b"
    bundle.mkdir()
    return bundle


def test_output_to_a_link_to_stdout_writes_to_stdout_and_leaves_the_link(tmp_path):
    """`--output /dev/stdout` with stdout redirected to a file: /dev/stdout is a link to
    /proc/self/fd/1, and a rename onto it replaced the link by a file (here the link is made
    in tmp_path, so that the machine's /dev is never touched)."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    captured = tmp_path / "captured.json"
    with open(captured, "w") as stdout:
        run = subprocess.run([*ZH, "check", str(_empty_bundle(tmp_path)), "--target", "工程师", "--format", "json",
                              "--output", str(link)], stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                             timeout=120)
    assert run.returncode in (0, 1), run.stderr
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"
    import json

    assert "target_title" in json.loads(captured.read_text(encoding="utf-8"))


def test_output_to_a_link_writes_its_target_whole_and_keeps_the_link(tmp_path):
    from zhicheng.cli import _output, _write_output

    target = tmp_path / "reports" / "v.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    _output(link)
    _write_output(link, "new report")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new report"
    assert sorted(p.name for p in target.parent.iterdir()) == ["v.json"]  # no temp file left
    dangling = tmp_path / "next.json"
    dangling.symlink_to(tmp_path / "reports" / "next-target.json")
    _output(dangling)  # (the writability probe must not leave the target behind, nor remove the link)
    assert dangling.is_symlink() and not (tmp_path / "reports" / "next-target.json").exists()
    _write_output(dangling, "x")
    assert dangling.is_symlink() and (tmp_path / "reports" / "next-target.json").read_text() == "x"


def test_output_to_a_link_to_a_device_is_refused_and_the_link_kept(tmp_path):
    import typer

    from zhicheng.cli import _output

    link = tmp_path / "null.json"
    link.symlink_to("/dev/null")
    with pytest.raises(typer.Exit) as stopped:
        _output(link)
    assert stopped.value.exit_code == 2 and link.is_symlink()


# ----------------------------------------------------------------------------- C04: the cache in a bundle


def test_a_cache_folder_inside_the_bundle_is_never_evidence(tmp_path, monkeypatch):
    from zhicheng.intake import discover

    bundle = tmp_path / "b"
    (bundle / ".cache" / "85").mkdir(parents=True)
    (bundle / ".cache" / "85" / "85aa.json").write_text("{}")
    (bundle / "证书.pdf").write_bytes(b"%PDF-1.4\n")
    monkeypatch.setenv("ZHICHENG_CACHE_DIR", str(bundle / ".cache"))
    files, refused = discover(bundle, set(), 1 << 30)
    assert [f.name for f in files] == ["证书.pdf"] and refused == []
    # reached through a link too: the cache is known by its real path
    monkeypatch.setenv("ZHICHENG_CACHE_DIR", str(tmp_path / "cache-link"))
    (tmp_path / "cache-link").symlink_to(bundle / ".cache", target_is_directory=True)
    files, _ = discover(bundle, set(), 1 << 30)
    assert [f.name for f in files] == ["证书.pdf"]
    monkeypatch.delenv("ZHICHENG_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "elsewhere"))
    files, _ = discover(bundle, set(), 1 << 30)
    assert len(files) == 2  # a folder named .cache that is not zhicheng's is the applicant's, and read


def test_a_cache_folder_in_root_is_no_applicant(tmp_path, monkeypatch):
    from zhicheng.batch import find_bundles

    root = tmp_path / "root"
    (root / "cache").mkdir(parents=True)
    (root / "01-张三").mkdir()
    monkeypatch.setenv("ZHICHENG_CACHE_DIR", str(root / "cache"))
    entries, ignored, refused = find_bundles(root, root / "_zhicheng")
    assert [e.id for e in entries] == ["01-张三"] and ignored == [] and refused == []


# ----------------------------------------------------------------------------- C17: links in the cache


def _page():
    from extractor.model import Line, Page

    return Page(number=1, width=100, height=100, source="ocr", lines=[Line(text="证书", box=(1, 2, 3, 4), confidence=0.9)],
                rotation=0, skew=0.0, scale=1.0, engine="rapidocr", note=None, seals=[])


def test_a_cache_entry_or_slot_that_is_a_link_is_a_miss_never_opened(tmp_path):
    from extractor.ocr.cache import OcrCache

    key = ("k" * 64, 1, "rapidocr")
    outside = tmp_path / "outside"
    outside.mkdir()
    cache = OcrCache(tmp_path / "cache")
    cache.put(key, _page())
    slot = cache._slot(key)[1]
    # A valid entry placed outside: a cache that follows the link gets a hit from it.
    planted = outside / slot.name
    planted.write_bytes(slot.read_bytes())
    slot.unlink()
    slot.symlink_to(planted)
    assert cache.get(key) is None
    cache.put(key, _page())  # the next reading's result replaces the link, not its target
    assert not slot.is_symlink() and planted.read_bytes() and cache.get(key) == _page()
    # The slot folder itself a link out of the cache: neither read through nor written through.
    folder = slot.parent
    import shutil

    shutil.move(str(folder), str(outside / "slot"))
    folder.symlink_to(outside / "slot", target_is_directory=True)
    assert cache.get(key) is None
    before = sorted(p.name for p in (outside / "slot").iterdir())
    cache.put(key, _page())
    assert sorted(p.name for p in (outside / "slot").iterdir()) == before


# ----------------------------------------------------------------------------- H01b: user names


def test_a_user_name_with_control_characters_is_refused_in_one_line(tmp_path):
    from zhicheng.web.store import Store, User

    run = subprocess.run([*ZH, "user", "add", "a\nb\x1b[31m", "--data", str(tmp_path / "data")],
                         input="long enough password\n", capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 2
    assert run.stderr.splitlines() == ["zhicheng: 错误: 用户名应为 1 到 64 个字符，只含字母、数字、汉字和 . _ -，"
                                       "以字母、数字或汉字开头；实为 'a?b?[31m'"]
    assert "\x1b" not in run.stderr
    if (tmp_path / "data").exists():
        with Store(tmp_path / "data").session() as session:
            assert session.query(User).count() == 0


@pytest.mark.parametrize("name, good", [
    ("demo-reviewer", True), ("王工", True), ("li.ming_2", True), ("A" * 64, True), ("A" * 65, False), ("", False),
    (" admin", False), ("admin ", False), ("a b", False), ("-x", False), (".hidden", False), ("<b>x</b>", False),
    ("=SUM(1,1)", False), ("аdmin", False), ("ａdmin", False), ("a\tb", False), ("x\u202eexe.pdf", False),
])
def test_user_names_are_letters_digits_hanzi_and_dot_underscore_dash(name, good):
    from zhicheng.web.auth import user_name_problem

    problem = user_name_problem(name)
    assert (problem is None) is good, (name, problem)
    if problem:
        assert "\n" not in problem and "\x1b" not in problem


# ----------------------------------------------------------------------------- B02: case twins in a zip


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_two_zip_members_differing_only_in_case_keep_the_first_and_name_the_second(tmp_path):
    from zhicheng.archive import unpack

    path = tmp_path / "02-张三.zip"
    path.write_bytes(_zip({"profile.yaml": b"as_of: 2025-12-31\n", "patents/Invention-Patent.pdf": b"%PDF-1.4 first",
                           "patents/invention-patent.pdf": b"%PDF-1.4 second", "titles/t.pdf": b"%PDF-1.4 t"}))
    damaged = unpack(path, tmp_path / "out", 1 << 30, 1 << 30)
    unpacked = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert unpacked == ["patents/Invention-Patent.pdf", "profile.yaml", "titles/t.pdf"]
    assert (tmp_path / "out" / "patents" / "Invention-Patent.pdf").read_bytes() == b"%PDF-1.4 first"
    assert list(damaged) == ["patents/invention-patent.pdf"]
    why = damaged["patents/invention-patent.pdf"]
    assert why.code == "unreadable_file" and "只差大小写" in why and "patents/Invention-Patent.pdf" in why


def test_the_same_zip_member_name_twice_still_refuses_the_zip(tmp_path):
    from zhicheng.archive import ArchiveError, unpack

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.pdf", b"%PDF-1.4 one")
        with pytest.warns(UserWarning):
            archive.writestr("a.pdf", b"%PDF-1.4 two")
    path = tmp_path / "dup.zip"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ArchiveError, match="出现了两次"):
        unpack(path, tmp_path / "out", 1 << 30, 1 << 30)
    assert not (tmp_path / "out").exists()
