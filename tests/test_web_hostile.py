"""The web service (CONTRACT §8) against hostile clients and careless users: odd tokens,
every route by every role, malformed uploads and JSON, jobs in odd orders, and markup in
every value a person can type.  Whatever comes in, the answer is a 4xx with a one-line
Chinese ``detail`` (never a 500 or a traceback), nothing lands outside the data folder and
nothing is left in ``data/tmp``.

In-process (Starlette's TestClient), text-layer PDFs from fixtures/docs, no OCR; the reader
step (``checks.read_application``) is called where the reader process would take the check.
"""

from __future__ import annotations

import asyncio
import io
import json
import re
import time
import zipfile

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.test_web_api import PASSWORD, PATENT, PROFILE
from zhicheng.web.app import create_app
from zhicheng.web.checks import ReaderOptions, read_application
from zhicheng.web.store import Application, AuditEvent, Store, StoredFile, Token, User
from zhicheng.web.uploads import MB, Limits, clean_name

# About 30 s of small in-process requests: the slow tier (CI runs it; the fast tier stays lean).
pytestmark = pytest.mark.slow

CJK = re.compile(r"[\u4e00-\u9fff]")
XSS = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'


# The same users and data folder as the API tests (their fixtures, not a copy).
from tests.test_web_api import password_hash, store  # noqa: E402,F401


@pytest.fixture()
def client(store):
    return TestClient(create_app(store, Limits(max_file=2 * MB, max_total=5 * MB, max_files=20)),
                      raise_server_exceptions=False)


def login(client, name: str) -> dict[str, str]:
    answer = client.post("/api/token", data={"username": name, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def cookie(client, name: str) -> dict[str, str]:
    answer = client.post("/login", data={"username": name, "password": PASSWORD}, follow_redirects=False)
    assert answer.status_code == 303
    client.cookies.clear()  # the client's jar would send it everywhere after
    return {"zc_session": answer.cookies["zc_session"]}


def csrf_of(client, cookies, path="/apps") -> str:
    page = client.get(path, cookies=cookies)
    return re.search(r'name="csrf" value="([0-9a-f]+)"', page.text).group(1)


def new_application(client, who, profile=PROFILE) -> str:
    answer = client.post("/api/applications", json=profile, headers=who)
    assert answer.status_code == 201, answer.text
    return answer.json()["id"]


def upload(client, who, app_id, *files):
    return client.post(f"/api/applications/{app_id}/files", files=[("files", f) for f in files], headers=who)


def read(store, app_id) -> None:
    assert store.claim_next() == app_id
    read_application(store, app_id, ReaderOptions(jobs=1))


def checked(client, store, who, app_id) -> dict:
    assert client.post(f"/api/applications/{app_id}/check", headers=who).status_code == 202
    read(store, app_id)
    return client.get(f"/api/applications/{app_id}", headers=who).json()


def refused(answer, status: int) -> str:
    """A refusal as the contract wants it: the status, JSON, one line of Chinese."""
    assert answer.status_code == status, (answer.status_code, answer.text[:300])
    detail = answer.json()["detail"]
    assert isinstance(detail, str) and CJK.search(detail) and "\n" not in detail, detail
    assert "Traceback" not in answer.text
    return detail


def tmp_is_empty(store) -> None:
    assert list((store.data / "tmp").iterdir()) == []


def stored_names(store, app_id) -> list[str]:
    with store.session() as session:
        return sorted(session.scalars(select(StoredFile.name).where(StoredFile.application_id == app_id)))


def zipped(members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# ----------------------------------------------------------------------------- who is calling


def test_expired_tokens_and_tokens_of_deleted_users(client, store):
    amy = login(client, "amy")
    assert client.get("/api/applications", headers=amy).status_code == 200
    with store.session.begin() as session:
        for token in session.scalars(select(Token)):
            token.expires = token.expires.replace(year=2000)
    refused(client.get("/api/applications", headers=amy), 401)
    ann = login(client, "ann")
    with store.engine.connect() as conn:  # the user is gone, their token row is not
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.exec_driver_sql("DELETE FROM users WHERE name = 'ann'")
        conn.commit()
    refused(client.get("/api/applications", headers=ann), 401)
    assert client.get("/apps", cookies={"zc_session": ann["Authorization"][7:]},
                      follow_redirects=False).status_code == 303


@pytest.mark.parametrize("header", ["Bearer", "Bearer ", "Bearer      ", "Bearer " + "x" * 100_000, "Basic YW15OmFteQ==",
                                    "Bearer a b c", "Token abc", "Bearer \t", "bearer%20x"])
def test_odd_authorization_headers_are_401(client, header):
    refused(client.get("/api/applications", headers={"Authorization": header}), 401)


def test_bearer_spelling_and_spaces_around_a_good_token(client):
    token = login(client, "amy")["Authorization"][7:]
    for header in (f"bearer {token}", f"BEARER {token}", f"Bearer    {token}   "):
        assert client.get("/api/applications", headers={"Authorization": header}).status_code == 200


def test_the_api_refuses_cookies_and_query_tokens(client):
    session_cookie = cookie(client, "amy")
    token = login(client, "amy")["Authorization"][7:]
    refused(client.get("/api/applications", cookies=session_cookie), 401)
    refused(client.post("/api/applications", json=PROFILE, cookies=session_cookie), 401)
    refused(client.get(f"/api/applications?access_token={token}"), 401)
    # … and the pages refuse a bearer token: no cookie, no session, whatever the header says.
    made = client.post("/apps", data={"name": "x", "csrf": "0" * 64}, headers={"Authorization": f"Bearer {token}"},
                       follow_redirects=False)
    assert made.status_code == 303 and made.headers["location"] == "/login"


def test_password_guessing_costs_the_same_and_never_crashes(client):
    def timed(username, password):
        start = time.perf_counter()
        answer = client.post("/api/token", data={"username": username, "password": password})
        return answer, time.perf_counter() - start

    known, unknown = [], []
    for n in range(3):
        answer, seconds = timed("amy", f"guess {n}")
        refused(answer, 401)
        known.append(seconds)
        answer, seconds = timed(f"nobody{n}", f"guess {n}")
        refused(answer, 401)
        unknown.append(seconds)
    known.sort(), unknown.sort()
    assert 0.33 < known[1] / unknown[1] < 3  # the medians: an unknown name costs a hash too
    for username, password in (("amy", "p" * 200_000), ("a" * 200_000, "x"), ("amy\x00", PASSWORD), ("", "")):
        answer = client.post("/api/token", data={"username": username, "password": password})
        assert answer.status_code in (401, 422), answer.text[:200]
        refused(answer, answer.status_code)
    refused(client.post("/api/token", data={"username": "amy"}), 422)  # no password at all
    refused(client.post("/api/token", json={"username": "amy", "password": PASSWORD}), 422)
    assert client.post("/login", data={"username": "amy"}, follow_redirects=False).status_code in (303, 422)
    assert client.post("/api/token", data={"username": "amy", "password": PASSWORD}).status_code == 200


def test_login_from_another_site_is_refused(client):
    """Login CSRF: a page elsewhere must not log the browser in as the attacker."""
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"},
                    {"Referer": "https://evil.example/x"}):
        answer = client.post("/login", data={"username": "amy", "password": PASSWORD}, headers=headers,
                             follow_redirects=False)
        assert answer.status_code == 403 and "zc_session" not in answer.cookies
    same = client.post("/login", data={"username": "amy", "password": PASSWORD},
                       headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}, follow_redirects=False)
    assert same.status_code == 303 and "zc_session" in same.cookies


def test_unknown_routes_and_methods_answer_in_chinese(client):
    amy = login(client, "amy")
    refused(client.get("/api/nothing", headers=amy), 404)
    refused(client.delete("/api/applications", headers=amy), 405)
    refused(client.get("/api/applications/%00", headers=amy), 404)
    page = client.get("/nothing/here")
    assert page.status_code == 404 and "Not Found" not in page.text


# ----------------------------------------------------------------------------- scopes


@pytest.fixture(scope="module")
def documents_read(tmp_path_factory, password_hash):
    """The patent certificate as the reader reads it: read once for the module (a reading
    starts a worker process), then given to each test's application."""
    store = Store(tmp_path_factory.mktemp("read") / "data")
    with store.session.begin() as session:
        session.add(User(name="amy", role="applicant", unit="一厂", password_hash=password_hash))
    client = TestClient(create_app(store))
    amy = login(client, "amy")
    app_id = new_application(client, amy)
    upload(client, amy, app_id, ("专利证书.pdf", PATENT, "application/pdf"))
    assert checked(client, store, amy, app_id)["status"] == "done"
    with store.session() as session:
        return session.get(Application, app_id).documents


def issued(store, name: str) -> str:
    """A token for ``name`` as a login issues it (the login itself is tested above)."""
    from zhicheng.web.auth import issue_token

    with store.session.begin() as session:
        return issue_token(session, session.query(User).filter_by(name=name).one())


def as_read(store, app_id, documents) -> None:
    """The application checked, with ``documents`` as the reading's result (no reading)."""
    from zhicheng.web.checks import rejudge

    with store.session.begin() as session:
        app = session.get(Application, app_id)
        app.documents, app.refused, app.status, app.done, app.total = documents, [], "done", 1, 1
    rejudge(store, app_id)


@pytest.fixture()
def world(client, store, documents_read):
    """amy's application (一厂), read; everyone's credentials."""
    tokens = {n: issued(store, n) for n in ("amy", "ann", "rex", "rob", "ada", "root")}  # no argon2 per test
    who = {n: {"Authorization": f"Bearer {t}"} for n, t in tokens.items()}
    app_id = new_application(client, who["amy"], {**PROFILE, "applicant": {**PROFILE["applicant"], "name": "卢华"}})
    assert upload(client, who["amy"], app_id, ("专利证书.pdf", PATENT, "application/pdf")).status_code == 201
    as_read(store, app_id, documents_read)
    cookies = {n: {"zc_session": issued(store, n)} for n in who}
    return who, cookies, app_id


def test_every_route_by_every_role(client, store, world):
    who, cookies, app_id = world
    reads = {"amy": 200, "ann": 404, "rex": 200, "rob": 404, "ada": 200, "root": 404}
    for name, expected in reads.items():
        assert client.get(f"/api/applications/{app_id}", headers=who[name]).status_code == expected, name
        assert client.get(f"/apps/{app_id}", cookies=cookies[name]).status_code == expected, name
        assert client.get(f"/apps/{app_id}/report", cookies=cookies[name]).status_code == expected, name
        review = client.get(f"/review/{app_id}", cookies=cookies[name])
        assert review.status_code == (200 if name in ("rex", "ada") else 404), name
    for name in ("amy", "ann"):  # applicants have no unit views
        for path in ("/audit", "/audit/trail.csv", "/review-export/汇总表.xlsx", "/review", "/admin/logs"):
            assert client.get(path, cookies=cookies[name]).status_code == 404, (name, path)
        assert client.get("/api/audit", headers=who[name]).status_code == 404
    for name in ("rex", "ada", "rob"):
        assert client.get("/admin/logs", cookies=cookies[name]).status_code == 404
    assert client.get("/admin/logs", cookies=cookies["root"]).status_code == 200
    # Anonymous: the API says 401, the pages send to the login page.
    for method, path in (("get", f"/api/applications/{app_id}"), ("get", "/api/applications"),
                         ("get", "/api/audit"), ("post", f"/api/applications/{app_id}/check"),
                         ("post", f"/api/applications/{app_id}/corrections"),
                         ("post", f"/api/applications/{app_id}/decision"), ("put", f"/api/applications/{app_id}/claims")):
        refused(getattr(client, method)(path), 401)
    for path in (f"/apps/{app_id}", f"/apps/{app_id}/report", f"/review/{app_id}", "/audit", "/audit/trail.csv",
                 "/review-export/汇总表.xlsx", "/admin/logs", "/review", "/apps"):
        answer = client.get(path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/login", path
    for path in (f"/review/{app_id}/correct", f"/review/{app_id}/decision", f"/apps/{app_id}/claims",
                 f"/apps/{app_id}/check", f"/apps/{app_id}/files", "/apps", "/logout"):
        answer = client.post(path, data={}, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/login", path
    # Corrections and decisions: the unit's reviewer only.
    body = {"document": "专利证书.pdf", "field": "inventors", "accept": True}
    for name, expected in {"amy": 403, "ann": 404, "rob": 404, "ada": 403, "root": 404, "rex": 200}.items():
        answer = client.post(f"/api/applications/{app_id}/corrections", json=body, headers=who[name])
        assert answer.status_code == expected, (name, answer.text[:200])
        answer = client.post(f"/api/applications/{app_id}/decision", json={"decision": "通过"}, headers=who[name])
        assert answer.status_code == expected, (name, answer.text[:200])


MANGLED = [lambda i: "../" + i, lambda i: i.upper(), lambda i: i[:31], lambda i: i + "0", lambda i: i[:-1] + "ｆ",
           lambda i: "..%2f..%2f" + i, lambda i: i + "%00", lambda i: "%2e%2e", lambda i: "%20" + i, lambda i: i + "%0a",
           lambda i: i + "/", lambda i: i[:16] + "/../" + i[16:], lambda i: "张" * 32]


def test_odd_ids_are_404(client, world):
    who, cookies, app_id = world
    for mangle in MANGLED:
        check_odd_id(client, who, cookies, mangle(app_id))


def check_odd_id(client, who, cookies, bad: str) -> None:
    for path in (f"/api/applications/{bad}", f"/apps/{bad}", f"/apps/{bad}/report", f"/review/{bad}"):
        answer = client.get(path, headers=who["amy"], cookies=cookies["rex"], follow_redirects=False)
        if answer.status_code == 307:  # a trailing slash: sent to the same path without it, on this site
            assert answer.headers["location"].startswith("http://testserver/"), answer.headers["location"]
            continue
        assert answer.status_code in (404, 400), (path, answer.status_code)
        assert "Traceback" not in answer.text
    answer = client.post(f"/api/applications/{bad}/check", headers=who["amy"])
    assert answer.status_code in (404, 405), answer.text[:200]


def test_the_auditor_never_writes(client, store, world):
    who, cookies, app_id = world
    ada, jar = who["ada"], cookies["ada"]
    with store.session() as session:
        before = session.query(AuditEvent).count()
    assert client.post("/api/applications", json=PROFILE, headers=ada).status_code == 403
    assert upload(client, ada, app_id, ("b.pdf", PATENT, "application/pdf")).status_code == 403
    assert client.put(f"/api/applications/{app_id}/claims", json={"achievements": []}, headers=ada).status_code == 403
    assert client.post(f"/api/applications/{app_id}/check", headers=ada).status_code == 403
    assert client.post(f"/api/applications/{app_id}/corrections", json={"document": "专利证书.pdf", "field": "inventors",
                                                                        "accept": True}, headers=ada).status_code == 403
    assert client.post(f"/api/applications/{app_id}/decision", json={"decision": "通过"}, headers=ada).status_code == 403
    token = csrf_of(client, jar, f"/review/{app_id}")
    for path, data in (("/apps", {"name": "x"}), (f"/apps/{app_id}/claims", {"claims": "achievements: []"}),
                       (f"/apps/{app_id}/check", {}), (f"/review/{app_id}/correct",
                                                       {"document": "专利证书.pdf", "field": "inventors", "accept": "1"}),
                       (f"/review/{app_id}/decision", {"decision": "通过"})):
        answer = client.post(path, data={**data, "csrf": token}, cookies=jar, follow_redirects=False)
        assert answer.status_code == 403, (path, answer.status_code)
    answer = client.post(f"/apps/{app_id}/files?csrf={token}", files=[("files", ("b.pdf", PATENT))], cookies=jar,
                         follow_redirects=False)
    assert answer.status_code in (403, 303)
    assert stored_names(store, app_id) == ["专利证书.pdf"]
    with store.session() as session:
        assert session.query(AuditEvent).count() == before
        assert session.query(Application).count() == 1
    tmp_is_empty(store)


def test_a_reviewer_of_another_unit_sees_nothing_of_this_one(client, store, world):
    who, cookies, app_id = world
    client.post(f"/api/applications/{app_id}/decision", json={"decision": "通过"}, headers=who["rex"])
    rob = cookies["rob"]
    assert client.get("/api/applications", headers=who["rob"]).json() == []
    assert all(app_id not in json.dumps(e) for e in client.get("/api/audit", headers=who["rob"]).json())
    for path in ("/review", "/audit", "/audit/trail.csv"):
        text = client.get(path, cookies=rob).text
        assert app_id[:8] not in text and "卢华" not in text, path
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(client.get("/review-export/汇总表.xlsx", cookies=rob).content))
    cells = [c.value for row in book.active.iter_rows() for c in row if c.value is not None]
    assert "卢华" not in cells and not any(app_id in str(c) for c in cells)
    # The unit's own reviewer sees it everywhere.
    assert app_id[:8] in client.get("/audit", cookies=cookies["rex"]).text


def test_no_unit_sees_no_units_trail(client, store):
    """A reviewer or auditor without a unit sees no trail (SQL's `unit = NULL` is IS NULL in SQLAlchemy)."""
    with store.session.begin() as session:
        session.add(User(name="loner", role="applicant", unit=None, password_hash="-"))
        session.add(User(name="nemo", role="auditor", unit=None, password_hash="-"))
    loner = {"Authorization": f"Bearer {issued(store, 'loner')}"}
    app_id = new_application(client, loner)
    nemo = {"Authorization": f"Bearer {issued(store, 'nemo')}"}
    assert client.get("/api/audit", headers=nemo).json() == []
    assert app_id not in client.get("/audit/trail.csv", cookies={"zc_session": issued(store, "nemo")}).text
    assert client.get("/api/applications", headers=nemo).json() == []


def test_a_reviewer_does_not_decide_their_own_application(client, store, documents_read):
    rex = login(client, "rex")
    app_id = new_application(client, rex)
    upload(client, rex, app_id, ("专利证书.pdf", PATENT, "application/pdf"))
    as_read(store, app_id, documents_read)
    refused(client.post(f"/api/applications/{app_id}/decision", json={"decision": "通过"}, headers=rex), 403)
    refused(client.post(f"/api/applications/{app_id}/corrections",
                        json={"document": "专利证书.pdf", "field": "inventors", "value": ["卢华"]}, headers=rex), 403)
    with store.session() as session:
        assert session.get(Application, app_id).decision is None


# ----------------------------------------------------------------------------- uploads


@pytest.fixture()
def amy_app(client):
    amy = login(client, "amy")
    return amy, new_application(client, amy)


def raw_upload(client, who, app_id, body: bytes | None, content_type: str | None):
    headers = dict(who)
    if content_type is not None:
        headers["Content-Type"] = content_type
    return client.post(f"/api/applications/{app_id}/files", content=body, headers=headers)


def part(name: str | None, data: bytes, field: str = "files", boundary: str = "B0UND") -> bytes:
    filename = "" if name is None else f'; filename="{name}"'
    return (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"{filename}\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + b"\r\n"


def end(boundary: str = "B0UND") -> bytes:
    return f"--{boundary}--\r\n".encode()


def test_malformed_multipart_bodies_are_400(client, store, amy_app):
    amy, app_id = amy_app
    body = part("a.pdf", PATENT) + end()
    cases = [(body, "multipart/form-data"),  # no boundary
             (body, "multipart/form-data; boundary="),  # an empty one
             (body, "multipart/form-data; boundary=OTHER"),  # the wrong one
             (body, "application/pdf"), (body, None), (b"", "multipart/form-data; boundary=B0UND"),
             (part(None, PATENT) + end(), "multipart/form-data; boundary=B0UND"),  # no filename
             (part("a.pdf", PATENT, field="file") + end(), "multipart/form-data; boundary=B0UND"),  # wrong field
             (part("a.pdf", PATENT)[:-2], "multipart/form-data; boundary=B0UND"),  # cut off before the end
             (body[: len(body) // 2], "multipart/form-data; boundary=B0UND"),  # a connection dropped mid-file
             (b"--B0UND\r\ngarbage\r\n\r\n", "multipart/form-data; boundary=B0UND"),
             (body, "multipart/form-data; boundary=" + "x" * 5000)]
    for content, content_type in cases:
        refused(raw_upload(client, amy, app_id, content, content_type), 400)
    assert stored_names(store, app_id) == []
    tmp_is_empty(store)


def test_odd_file_names_stay_inside_and_read(client, store, amy_app, documents_read):
    amy, app_id = amy_app
    long_name = "专" * 300 + ".pdf"
    names = ["../../../escape.pdf", "..\\..\\win.pdf", "a\x00b.pdf", "CON", ".hidden.pdf", long_name, ".."]
    body = b"".join(part(n, PATENT) for n in names) + end()
    answer = raw_upload(client, amy, app_id, body, "multipart/form-data; boundary=B0UND")
    assert answer.status_code == 201, answer.text[:300]
    for name in stored_names(store, app_id):
        assert "/" not in name and "\x00" not in name and not name.startswith(".")
        assert len(name.encode("utf-8")) <= 240, len(name.encode())
    assert not list(store.data.parent.rglob("escape.pdf")) or all(
        p.is_relative_to(store.data) for p in store.data.parent.rglob("escape.pdf"))
    tmp_is_empty(store)
    names = stored_names(store, app_id)
    with store.session() as session:  # the reader's layout of the files, under their names
        folder = store.materialise(app_id, list(session.scalars(select(StoredFile).where(
            StoredFile.application_id == app_id))))
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == names
    as_read(store, app_id, [{**documents_read[0], "file": n} for n in names])
    status = client.get(f"/api/applications/{app_id}", headers=amy).json()
    assert status["status"] == "done" and len(status["verdict"]["documents"]) == len(names)
    for path in store.data.rglob("*"):
        assert path.resolve().is_relative_to(store.data.resolve())


def test_clean_name_cuts_by_bytes_and_keeps_the_extension():
    name = clean_name("专" * 300 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= 240
    assert clean_name("a" * 500 + ".PDF").endswith(".PDF")


def test_duplicate_names_in_one_request_keep_one(client, store, amy_app):
    amy, app_id = amy_app
    answer = upload(client, amy, app_id, ("a.pdf", PATENT, "application/pdf"), ("a.pdf", PATENT + b"\n%x", "x/y"))
    assert answer.status_code == 201
    assert stored_names(store, app_id) == ["a.pdf"]


def test_a_file_and_a_folder_of_one_name_do_not_break_the_check(client, store, amy_app, documents_read):
    amy, app_id = amy_app
    assert upload(client, amy, app_id, ("材料", PATENT)).status_code == 201
    refused(upload(client, amy, app_id, ("z.zip", zipped({"材料/专利.pdf": PATENT}))), 409)
    refused(upload(client, amy, app_id, ("x", PATENT), ("y.zip", zipped({"x/专利.pdf": PATENT}))), 409)
    assert stored_names(store, app_id) == ["材料"]
    tmp_is_empty(store)
    as_read(store, app_id, [{**documents_read[0], "file": "材料"}])  # the reader lays the files out
    assert client.get(f"/api/applications/{app_id}", headers=amy).json()["status"] == "done"


def test_zip_bombs_and_crowds(client, store, amy_app):
    amy, app_id = amy_app
    bomb = zipped({"zeros.pdf": b"%PDF-1.4\n" + bytes(60 * MB)})
    assert len(bomb) < 200_000
    refused(upload(client, amy, app_id, ("bomb.zip", bomb)), 400)
    crowd = zipped({f"f{n:03}.pdf": b"%PDF-1.4\n%%EOF\n" for n in range(600)})
    assert upload(client, amy, app_id, ("crowd.zip", crowd)).status_code in (400, 413)
    nested = zipped({"inner.zip": zipped({"x.pdf": PATENT}), "y.pdf": PATENT})
    answer = upload(client, amy, app_id, ("nested.zip", nested))
    assert answer.status_code == 201 and answer.json()["stored"] == ["y.pdf"]
    assert [s["file"] for s in answer.json()["skipped"]] == ["nested.zip/inner.zip"]
    polyglot = zipped({"p.pdf": PATENT}, zipfile.ZIP_STORED)  # "%PDF-" in its first kilobyte
    assert b"%PDF-" in polyglot[:2048]
    assert upload(client, amy, app_id, ("poly.pdf", polyglot)).json()["stored"] == ["p.pdf"]
    tail = PATENT + zipped({"evil.pdf": b"MZ"})  # a PDF with a zip appended: a PDF
    assert upload(client, amy, app_id, ("tail.pdf", tail)).json()["stored"] == ["tail.pdf"]
    assert stored_names(store, app_id) == ["p.pdf", "tail.pdf", "y.pdf"]
    tmp_is_empty(store)


@pytest.mark.slow  # a real reading, in the reader's worker process
def test_a_pdf_header_then_garbage_is_marked_not_fatal(client, store, amy_app):
    amy, app_id = amy_app
    answer = upload(client, amy, app_id, ("坏.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20),
                    ("专利证书.pdf", PATENT))
    assert answer.status_code == 201
    status = checked(client, store, amy, app_id)
    assert status["status"] == "done", status.get("error")
    verdict = status["verdict"]
    marked = [i for i in verdict["issues"] if i.get("file") == "坏.pdf"]
    marked += [i for d in verdict["documents"] if d["file"] == "坏.pdf" for i in d.get("issues", [])]
    assert marked, verdict["issues"]
    assert any(d["doc_type"] == "patent_certificate" for d in verdict["documents"])


def test_chunked_and_lying_content_length(client, store, amy_app):
    amy, app_id = amy_app
    body = part("a.pdf", PATENT) + end()

    def chunks():
        for n in range(0, len(body), 777):
            yield body[n:n + 777]

    answer = client.post(f"/api/applications/{app_id}/files", content=chunks(),
                         headers={**amy, "Content-Type": "multipart/form-data; boundary=B0UND"})
    assert answer.status_code == 201
    app = client.app
    for declared in ("10", "0", str(len(body) * 100), "-5", "abc", str(10 * 1024 * MB)):
        status, text = asgi_post(app, f"/api/applications/{app_id}/files", body,
                                 [(b"authorization", amy["Authorization"].encode()),
                                  (b"content-type", b"multipart/form-data; boundary=B0UND"),
                                  (b"content-length", declared.encode())])
        assert status in (201, 400, 413), (declared, status, text[:200])
        if declared == str(10 * 1024 * MB):
            assert status == 413
    # The bytes count, not the header: 3 MB under a Content-Length of 10.
    big = part("big.pdf", b"%PDF-1.4\n" + bytes(3 * MB)) + end()
    status, text = asgi_post(app, f"/api/applications/{app_id}/files", big,
                             [(b"authorization", amy["Authorization"].encode()),
                              (b"content-type", b"multipart/form-data; boundary=B0UND"), (b"content-length", b"10")])
    assert status == 413
    assert "big.pdf" not in stored_names(store, app_id)
    tmp_is_empty(store)


def asgi_post(app, path: str, body: bytes, headers: list[tuple[bytes, bytes]]) -> tuple[int, str]:
    """A POST straight to the ASGI app, with headers no client library would send."""
    sent = {"status": 0, "body": b""}
    pieces = [body[n:n + 65536] for n in range(0, len(body), 65536)] or [b""]

    async def run():
        queue = list(pieces)

        async def receive():
            if queue:
                chunk = queue.pop(0)
                return {"type": "http.request", "body": chunk, "more_body": bool(queue)}
            return {"type": "http.disconnect"}

        async def send(message):
            if message["type"] == "http.response.start":
                sent["status"] = message["status"]
            elif message["type"] == "http.response.body":
                sent["body"] += message.get("body", b"")

        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
                 "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
                 "headers": [(b"host", b"testserver"), *headers], "client": ("127.0.0.1", 1),
                 "server": ("testserver", 80), "root_path": ""}
        await app(scope, receive, send)

    asyncio.run(run())
    return sent["status"], sent["body"].decode("utf-8", "replace")


def test_bytes_outside_the_files_count_too(client, store, amy_app):
    """Headers of parts and the preamble are bytes too: neither may grow without a limit."""
    amy, app_id = amy_app
    ctype = "multipart/form-data; boundary=B0UND"
    huge_header = (b"--B0UND\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\nX-Pad: "
                   + b"y" * 100_000 + b"\r\n\r\n" + PATENT + b"\r\n" + end())
    refused(raw_upload(client, amy, app_id, huge_header, ctype), 400)
    many_headers = (b"--B0UND\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\n"
                    + b"".join(b"X-%d: 1\r\n" % n for n in range(1000)) + b"\r\n" + PATENT + b"\r\n" + end())
    refused(raw_upload(client, amy, app_id, many_headers, ctype), 400)
    preamble = b"p" * (7 * MB) + b"\r\n" + part("a.pdf", PATENT) + end()  # ignored by the parser, counted here
    refused(raw_upload(client, amy, app_id, preamble, ctype), 413)
    assert stored_names(store, app_id) == []
    tmp_is_empty(store)


def test_refusals_through_the_page_leave_nothing_behind(client, store):
    jar = cookie(client, "amy")
    token = csrf_of(client, jar)
    made = client.post("/apps", data={"name": "卢华", "education": "bachelor", "current_title": "engineer",
                                      "current_title_date": "2015-07-01", "target_title": "senior_engineer",
                                      "csrf": token}, cookies=jar, follow_redirects=False)
    app_id = made.headers["location"].rsplit("/", 1)[1]
    for files in ([("files", ("x.pdf", b"MZ" + bytes(100)))], [("files", ("b.zip", zipped({"../e.pdf": PATENT})))]):
        answer = client.post(f"/apps/{app_id}/files?csrf={token}", files=files, cookies=jar, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith(f"/apps/{app_id}?notice=")
    answer = client.post(f"/apps/{app_id}/files?csrf={token}", content=b"junk", cookies=jar,
                         headers={"Content-Type": "multipart/form-data"}, follow_redirects=False)
    assert answer.status_code == 303
    assert client.post(f"/apps/{app_id}/files", files=[("files", ("a.pdf", PATENT))], cookies=jar,
                       follow_redirects=False).status_code == 403  # no CSRF token
    assert stored_names(store, app_id) == []
    tmp_is_empty(store)


# ----------------------------------------------------------------------------- JSON bodies


def test_json_bodies_of_the_wrong_shape(client, store, world):
    who, cookies, app_id = world
    amy, rex = who["amy"], who["rex"]
    deep = b"[" * 100_000 + b"]" * 100_000
    bodies = [b"[]", b"[1, 2]", b"null", b"42", b'"x"', deep, b"\xff\xfe{}", b'{"as_of": "2025-12-31"',
              b"{" + b'"a": 1,' * 10 + b"}", b"1" * 10_000, b'{"as_of": NaN, "applicant": {}}', b'{"as_of": 1e999}']
    targets = [("post", "/api/applications", amy), ("put", f"/api/applications/{app_id}/claims", amy),
               ("post", f"/api/applications/{app_id}/corrections", rex),
               ("post", f"/api/applications/{app_id}/decision", rex)]
    for body in bodies:
        for method, path, headers in targets:
            answer = getattr(client, method)(path, content=body, headers={**headers, "Content-Type": "application/json"})
            if path.endswith("/claims") and body in (b"[]", b"null"):  # a bare list of achievements, or none
                assert answer.status_code == 200
                continue
            assert answer.status_code in (400, 413, 422), (path, body[:30], answer.status_code, answer.text[:200])
            refused(answer, answer.status_code)
    huge = json.dumps({"achievements": [{"kind": "patent", "note": "x" * (3 * MB)}]})
    refused(client.put(f"/api/applications/{app_id}/claims", content=huge, headers=amy), 413)
    with store.session() as session:
        assert session.query(Application).count() == 1


def test_profiles_with_odd_values(client):
    amy = login(client, "amy")
    applicant = PROFILE["applicant"]
    for body in ({"as_of": 10 ** 400, "applicant": applicant}, {"as_of": "9999-99-99", "applicant": applicant},
                 {"as_of": ["2025-01-01"], "applicant": applicant}, {"applicant": {**applicant, "name": {"a": 1}}},
                 {"applicant": {**applicant, "x" * 100_000: 1}}, {"applicant": [applicant]},
                 {"applicant": {**applicant, "current_title_date": 20150701}},
                 {"applicant": {**applicant, "recommendations": 10 ** 30}}, {"applicant": None}):
        answer = client.post("/api/applications", json=body, headers=amy)
        assert answer.status_code in (201, 422), (body, answer.status_code, answer.text[:200])
        if answer.status_code == 422:
            refused(answer, 422)
    long = client.post("/api/applications", json={"applicant": {**applicant, "name": "卢" * 100_000}}, headers=amy)
    assert "过长" in refused(long, 422)


def test_the_create_form_with_odd_values(client, store):
    jar = cookie(client, "amy")
    token = csrf_of(client, jar)
    base = {"name": "卢华", "education": "bachelor", "current_title": "engineer", "current_title_date": "2015-07-01",
            "target_title": "senior_engineer", "csrf": token}
    for extra in ({"recommendations": "abc"}, {"recommendations": "9" * 50}, {"current_title_date": "not a date"},
                  {"education": "<b>x</b>"}, {"as_of": "2025-02-30"}, {"name": "x" * 100_000}):
        answer = client.post("/apps", data={**base, **extra}, cookies=jar, follow_redirects=False)
        assert answer.status_code in (303, 422), (extra, answer.status_code, answer.text[:300])
        assert "Traceback" not in answer.text


def test_claims_yaml_from_the_page(client, store, world):
    who, cookies, app_id = world
    jar = cookies["amy"]
    token = csrf_of(client, jar, f"/apps/{app_id}")
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi")) + "achievements: *i\n"
    deep = "achievements: " + "[" * 5000 + "]" * 5000
    for text in (laughs, deep, "achievements: !!python/object/apply:os.system ['true']", "{{{{", "- 1\n- 2",
                 "achievements: 5", "x" * (3 * MB), "\x00\x01"):
        start = time.perf_counter()
        answer = client.post(f"/apps/{app_id}/claims", data={"claims": text, "csrf": token}, cookies=jar,
                             follow_redirects=False)
        assert answer.status_code in (400, 413, 422), (text[:40], answer.status_code, answer.text[:300])
        assert "Traceback" not in answer.text and time.perf_counter() - start < 5
    with store.session() as session:
        assert session.get(Application, app_id).claims == []
    for text in ("", "  \n", "achievements: []"):  # emptying the box clears the claims
        answer = client.post(f"/apps/{app_id}/claims", data={"claims": text, "csrf": token}, cookies=jar,
                             follow_redirects=False)
        assert answer.status_code == 303, (text, answer.text[:200])


def test_claims_citing_paths_outside_the_application(client, store, world):
    who, cookies, app_id = world
    amy = who["amy"]
    claims = {"achievements": [{"kind": "patent", "patent_type": "invention", "rank": 1, "granted": True,
                                "date": "2020-05-01", "evidence": [p]} for p in
                               ("../../etc/passwd", "/etc/passwd", "../" * 20 + "etc/shadow", "专利证书.pdf/../../x")]}
    answer = client.put(f"/api/applications/{app_id}/claims", json=claims, headers=amy)
    assert answer.status_code in (200, 422), answer.text[:300]
    from zhicheng.web.checks import rejudge

    rejudge(store, app_id)
    status = client.get(f"/api/applications/{app_id}", headers=amy).json()
    assert status["status"] == "done", status.get("error")
    assert "root:" not in json.dumps(status, ensure_ascii=False)


# ----------------------------------------------------------------------------- jobs


def test_jobs_in_odd_orders(client, store, amy_app, documents_read):
    amy, app_id = amy_app
    refused(client.post(f"/api/applications/{app_id}/check", headers=amy), 409)
    rex = login(client, "rex")
    refused(client.post(f"/api/applications/{app_id}/corrections",
                        json={"document": "a.pdf", "field": "inventors", "value": []}, headers=rex), 422)
    upload(client, amy, app_id, ("专利证书.pdf", PATENT))
    assert client.post(f"/api/applications/{app_id}/check", headers=amy).json() == {"status": "queued"}
    assert client.post(f"/api/applications/{app_id}/check", headers=amy).json() == {"status": "queued"}
    assert store.claim_next() == app_id and store.claim_next() is None  # queued once
    assert client.post(f"/api/applications/{app_id}/check", headers=amy).status_code == 202  # while reading
    assert client.get(f"/api/applications/{app_id}", headers=amy).json()["status"] == "reading"
    # What the check reads stays put until it is done: else 已核验 would hide a file never read.
    refused(upload(client, amy, app_id, ("标准.pdf", PATENT)), 409)
    refused(client.put(f"/api/applications/{app_id}/claims", json={"achievements": []}, headers=amy), 409)
    assert stored_names(store, app_id) == ["专利证书.pdf"]
    tmp_is_empty(store)
    as_read(store, app_id, documents_read)  # the reader finishes
    assert client.get(f"/api/applications/{app_id}", headers=amy).json()["status"] == "done"


def test_corrections_of_every_odd_kind(client, store, world):
    who, cookies, app_id = world
    rex = who["rex"]
    url = f"/api/applications/{app_id}/corrections"
    for body in ({"document": "nope.pdf", "field": "inventors", "value": []},
                 {"document": ["专利证书.pdf"], "field": "inventors", "value": []},
                 {"document": "专利证书.pdf", "field": "inv'en\"tors<>", "value": []},
                 {"document": "专利证书.pdf", "field": "x" * 1000, "value": []},
                 {"document": "专利证书.pdf", "field": None, "value": []}, {}):
        refused(client.post(url, json=body, headers=rex), 422)
    refused(client.post(url, content=json.dumps({"document": "专利证书.pdf", "field": "inventors",
                                                   "value": "x" * (10 * MB)}), headers=rex), 413)
    for value in ({"a": {"b": [1, 2]}}, [{"x": 1}], 12345678901234567890, True, None, "", [None, 3], "x" * 100_000,
                  ["卢华"] * 5000):
        for field in ("inventors", "applicant_rank", "grant_date", "brand_new_field"):
            answer = client.post(url, json={"document": "专利证书.pdf", "field": field, "value": value}, headers=rex)
            assert answer.status_code in (200, 422), (field, str(value)[:40], answer.status_code, answer.text[:300])
            if answer.status_code == 422:
                refused(answer, 422)
    # Still judged, and the pages still draw.
    assert client.get(f"/api/applications/{app_id}", headers=rex).json()["verdict"] is not None
    for path in (f"/review/{app_id}", f"/apps/{app_id}", f"/apps/{app_id}/report", "/review", "/audit"):
        assert client.get(path, cookies=cookies["rex"]).status_code == 200, path
    assert client.get("/review-export/汇总表.xlsx", cookies=cookies["rex"]).status_code == 200
    assert client.get("/audit/trail.csv", cookies=cookies["rex"]).status_code == 200


def test_decisions_with_many_or_odd_reasons(client, store, world):
    who, cookies, app_id = world
    rex = who["rex"]
    url = f"/api/applications/{app_id}/decision"
    refused(client.post(url, json={"decision": "退回补正", "reasons": [f"理由{n}" for n in range(10_000)]},
                        headers=rex), 422)
    assert client.post(url, json={"decision": "退回补正", "reasons": [f"理由{n}" for n in range(100)]},
                       headers=rex).status_code == 200
    for body in ({"decision": "通过", "reasons": "一条"}, {"decision": "通过", "reasons": [1, 2]},
                 {"decision": "同意"}, {"decision": ["通过"]}, {"decision": "退回补正", "reasons": ["  "]},
                 {"decision": "通过", "reasons": [{"a": 1}]}, {"decision": None}):
        refused(client.post(url, json=body, headers=rex), 422)
    assert client.post(url, json={"decision": "通过", "reasons": None}, headers=rex).status_code == 200
    jar = cookies["rex"]
    token = csrf_of(client, jar, f"/review/{app_id}")
    answer = client.post(f"/review/{app_id}/decision", cookies=jar, follow_redirects=False,
                         data={"decision": "退回补正", "reasons": "\n".join(f"理由{n}" for n in range(10_000)),
                               "csrf": token})
    assert answer.status_code in (303, 422)
    answer = client.post(f"/review/{app_id}/decision", cookies=jar, follow_redirects=False,
                         data={"decision": "通过", "reasons": "x" * 600, "csrf": token})
    assert answer.status_code == 422 and "Traceback" not in answer.text


# ----------------------------------------------------------------------------- markup everywhere


def test_markup_is_escaped_in_every_page_and_export(client, store, documents_read):
    amy, rex = login(client, "amy"), login(client, "rex")
    profile = {**PROFILE, "applicant": {**PROFILE["applicant"], "name": XSS}}
    app_id = new_application(client, amy, profile)
    evil_file = IMG + ".pdf"
    assert upload(client, amy, app_id, (evil_file, PATENT), ("专利证书.pdf", PATENT)).status_code == 201
    claims = {"achievements": [{"kind": "patent", "patent_type": "invention", "rank": 1, "granted": True,
                                "date": "2020-05-01", "title": XSS, "evidence": [IMG + ".pdf"]}]}
    client.put(f"/api/applications/{app_id}/claims", json=claims, headers=amy)
    as_read(store, app_id, [{**documents_read[0], "file": evil_file}, *documents_read])
    answer = client.post(f"/api/applications/{app_id}/corrections",
                         json={"document": "专利证书.pdf", "field": "title", "value": XSS}, headers=rex)
    assert answer.status_code == 200, answer.text[:300]
    client.post(f"/api/applications/{app_id}/decision", json={"decision": "退回补正", "reasons": [XSS, IMG]}, headers=rex)
    pages = {n: {"zc_session": issued(store, n)} for n in ("amy", "rex", "ada", "root")}
    store.log("error", XSS)
    for name, path in (("amy", "/apps"), ("amy", f"/apps/{app_id}"), ("amy", f"/apps/{app_id}/report"),
                       ("rex", "/review"), ("rex", f"/review/{app_id}"), ("ada", "/audit"), ("rex", f"/apps/{app_id}"),
                       ("root", "/admin/logs"), ("amy", f"/apps/{app_id}?notice={XSS}"),
                       ("rex", f"/review/{app_id}?notice={IMG}"), ("rex", f"/review?status={XSS}")):
        page = client.get(path, cookies=pages[name])
        assert page.status_code == 200, path
        assert "<script>alert" not in page.text and "<img src=x" not in page.text, path
    report = client.get(f"/apps/{app_id}/report", cookies=pages["amy"])
    assert "script-src 'none'" in report.headers.get("content-security-policy", "")


def test_spreadsheet_formulas_are_not_run(client, store, documents_read):
    amy = login(client, "amy")
    app_id = new_application(client, amy, {**PROFILE, "applicant": {**PROFILE["applicant"],
                                                                     "name": '=HYPERLINK("http://evil","x")'}})
    draft = new_application(client, amy, {**PROFILE, "applicant": {**PROFILE["applicant"], "name": "+1+cmd|'/c calc'!A0"}})
    upload(client, amy, app_id, ("=1+1.pdf", PATENT))
    as_read(store, app_id, [{**documents_read[0], "file": "=1+1.pdf"}])
    with store.session.begin() as session:  # a user name an admin let through
        session.add(User(name="=SUM(1,1)", role="reviewer", unit="一厂", password_hash="-"))
    odd = {"Authorization": f"Bearer {issued(store, '=SUM(1,1)')}"}
    assert client.post(f"/api/applications/{app_id}/decision", json={"decision": "退回补正",
                                                                     "reasons": ["=cmd|'/c calc'!A0"]},
                       headers=odd).status_code == 200
    jar = cookie(client, "rex")
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(client.get("/review-export/汇总表.xlsx", cookies=jar).content))
    for row in book.active.iter_rows():
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
    assert draft  # its row too
    trail = client.get("/audit/trail.csv", cookies=jar).content.decode("utf-8-sig")
    import csv

    for row in csv.reader(io.StringIO(trail)):
        for value in row:
            assert not value.startswith(("=", "+", "-", "@")), value


def test_redirects_stay_on_this_site(client, store, world):
    who, cookies, app_id = world
    for path in (f"/apps/{app_id}?notice=//evil.example", "/login?next=https://evil.example",
                 "/?next=//evil.example"):
        answer = client.get(path, cookies=cookies["amy"], follow_redirects=False)
        location = answer.headers.get("location", "/")
        assert location.startswith("/") and not location.startswith("//"), location
    answer = client.post("/login", data={"username": "amy", "password": PASSWORD, "next": "https://evil.example"},
                         follow_redirects=False)
    assert answer.headers["location"] == "/"


def test_notices_come_only_from_the_service(client, store, world):
    """A link made elsewhere (…?notice=请把材料发到…) must not speak in the service's notice box."""
    who, cookies, app_id = world
    fake = "材料有误，请将身份证照片发送至 evil@example.com"
    for path in (f"/apps/{app_id}", f"/review/{app_id}"):
        page = client.get(f"{path}?notice={fake}", cookies=cookies["rex"])
        assert page.status_code == 200 and "evil@example.com" not in page.text
    jar = cookies["amy"]
    token = csrf_of(client, jar, f"/apps/{app_id}")
    answer = client.post(f"/apps/{app_id}/claims", data={"claims": "achievements: []", "csrf": token}, cookies=jar,
                         follow_redirects=False)
    assert answer.status_code == 303
    location = answer.headers["location"]
    assert location.startswith(f"/apps/{app_id}?") and "申报成果已保存" in client.get(location, cookies=jar).text
    tampered = location.replace("%E4%BF%9D%E5%AD%98", "%E5%88%A0%E9%99%A4")  # 保存 → 删除
    assert tampered != location and "申报成果已删除" not in client.get(tampered, cookies=jar).text
    # A name that would be a file and a folder at once: refused with its reason, on the page too.
    answer = client.post(f"/apps/{app_id}/files?csrf={token}", files=[("files", ("专利证书.pdf", b"%PDF-1.4\n"))],
                         cookies=jar, follow_redirects=False)
    assert answer.status_code == 303
    answer = client.post(f"/apps/{app_id}/files?csrf={token}",
                         files=[("files", ("z.zip", zipped({"专利证书.pdf/x.pdf": PATENT})))], cookies=jar,
                         follow_redirects=False)
    assert "既是文件名又是文件夹名" in client.get(answer.headers["location"], cookies=jar).text
    tmp_is_empty(store)


def test_the_api_describes_itself_for_client_generators_and_loads_nothing_from_outside(client):
    """CONTRACT §8's routes in /openapi.json, with the bearer login; no Swagger UI or ReDoc
    page, since both fetch their scripts from a CDN."""
    described = client.get("/openapi.json")
    assert described.status_code == 200
    paths = described.json()["paths"]
    for route, method in [("/api/token", "post"), ("/api/applications", "post"),
                          ("/api/applications/{app_id}/files", "post"), ("/api/applications/{app_id}/claims", "put"),
                          ("/api/applications/{app_id}/check", "post"), ("/api/applications/{app_id}", "get")]:
        assert method in paths.get(route, {}), (route, sorted(paths))
    for page in ("/docs", "/redoc"):
        assert client.get(page).status_code == 404
