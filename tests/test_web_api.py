"""The web service's API (CONTRACT §8) as its clients use it: tokens, applications, uploads,
checks, corrections, decisions, scopes and limits.

The app runs in-process (Starlette's TestClient speaks HTTP to it through httpx); the reader
process's one step, ``checks.read_application``, is called where the reader would take the
queued check, so that each test controls when reading happens.  Evidence is the fixtures'
text-layer PDFs: no OCR in the fast tier.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.windows_zip import WindowsName
from zhicheng.web.app import create_app
from zhicheng.web.auth import hash_password
from zhicheng.web.checks import ReaderOptions, read_application
from zhicheng.web.store import Application, AuditEvent, Store, StoredFile, User
from zhicheng.web.uploads import MB, Limits

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "fixtures" / "docs"
PATENT = (DOCS / "patent_certificate-00-classic_invention.pdf").read_bytes()  # inventors 卢华, 向霞
STANDARD = (DOCS / "standard-00-a_national.pdf").read_bytes()
PASSWORD = "correct horse 1"
PROFILE = {"as_of": "2025-12-31", "applicant": {"name": "卢华", "education": "bachelor", "current_title": "engineer",
                                                 "current_title_date": "2015-07-01", "target_title": "senior_engineer"}}

USERS = [("amy", "applicant", "一厂"), ("ann", "applicant", "一厂"), ("rex", "reviewer", "一厂"),
         ("rob", "reviewer", "二厂"), ("ada", "auditor", "一厂"), ("root", "admin", None)]


@pytest.fixture(scope="module")
def password_hash():
    return hash_password(PASSWORD)  # argon2 is slow by design: once for every user here


@pytest.fixture()
def store(tmp_path, password_hash):
    store = Store(tmp_path / "data")
    with store.session.begin() as session:
        for name, role, unit in USERS:
            session.add(User(name=name, role=role, unit=unit, password_hash=password_hash))
    return store


@pytest.fixture()
def client(store):
    return TestClient(create_app(store, Limits(max_file=2 * MB, max_total=5 * MB, max_files=20)))


def login(client, name: str) -> dict[str, str]:
    answer = client.post("/api/token", data={"username": name, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["token_type"] == "bearer"
    return {"Authorization": f"Bearer {body['access_token']}"}


def new_application(client, who: dict[str, str]) -> str:
    answer = client.post("/api/applications", json=PROFILE, headers=who)
    assert answer.status_code == 201, answer.text
    return answer.json()["id"]


def upload(client, who, app_id, *files) -> "httpx.Response":  # noqa: F821
    return client.post(f"/api/applications/{app_id}/files", files=[("files", f) for f in files], headers=who)


def checked(client, store, who, app_id) -> dict:
    assert client.post(f"/api/applications/{app_id}/check", headers=who).json() == {"status": "queued"}
    assert client.get(f"/api/applications/{app_id}", headers=who).json()["status"] == "queued"
    assert store.claim_next() == app_id
    read_application(store, app_id, ReaderOptions(jobs=1))
    return client.get(f"/api/applications/{app_id}", headers=who).json()


@pytest.mark.slow  # a whole check and its HTML report, compared with `check`
def test_applicant_uploads_checks_and_reads_the_verdict(client, store, schema_validator):
    amy = login(client, "amy")
    app_id = new_application(client, amy)
    stored = upload(client, amy, app_id, ("专利证书.pdf", PATENT, "application/pdf"),
                    ("标准.pdf", STANDARD, "application/octet-stream"))
    assert stored.status_code == 201 and stored.json()["stored"] == ["专利证书.pdf", "标准.pdf"]
    status = checked(client, store, amy, app_id)
    assert status["status"] == "done" and status["progress"] == {"done": 2, "total": 2}
    verdict = status["verdict"]
    schema_validator(verdict, "verdict")
    assert sorted(d["file"] for d in verdict["documents"]) == ["专利证书.pdf", "标准.pdf"]
    patent = next(d for d in verdict["documents"] if d["doc_type"] == "patent_certificate")
    assert patent["fields"]["applicant_rank"] == 1  # 卢华 is the first inventor
    # The same verdict as `check` gives the same folder.
    from zhicheng.bundle import BundleOptions, check_bundle

    alone = check_bundle(store.work / app_id, profile=_profile_file(store.data / "p.yaml"),
                         options=BundleOptions(jobs=1)).to_dict()
    for key in ("eligible", "route", "conditions", "achievements"):
        assert verdict[key] == alone[key], key
    page = client.get(f"/apps/{app_id}/report", cookies=_cookie(client, "amy"))
    assert page.status_code == 200 and "职称申报材料审核报告" in page.text


def _profile_file(path: Path) -> Path:
    import yaml

    path.write_text(yaml.safe_dump(PROFILE, allow_unicode=True), encoding="utf-8")
    return path


def _cookie(client, name: str) -> dict[str, str]:
    answer = client.post("/login", data={"username": name, "password": PASSWORD}, follow_redirects=False)
    assert answer.status_code == 303
    return {"zc_session": answer.cookies["zc_session"]}


def test_scopes_answer_404_or_401(client, store):
    amy, ann, rex, rob, ada = (login(client, n) for n in ("amy", "ann", "rex", "rob", "ada"))
    app_id = new_application(client, amy)
    assert upload(client, amy, app_id, ("a.pdf", PATENT, "application/pdf")).status_code == 201
    for stranger in (ann, rob):  # an applicant of the same unit, a reviewer of another unit
        assert client.get(f"/api/applications/{app_id}", headers=stranger).status_code == 404
        assert upload(client, stranger, app_id, ("b.pdf", PATENT, "application/pdf")).status_code == 404
        assert client.post(f"/api/applications/{app_id}/check", headers=stranger).status_code == 404
        assert client.put(f"/api/applications/{app_id}/claims", json={"achievements": []},
                          headers=stranger).status_code == 404
        assert client.get(f"/apps/{app_id}/report", cookies=_cookie(client, "ann")).status_code == 404
    assert client.get(f"/api/applications/{app_id}").status_code == 401  # no token
    assert client.get(f"/api/applications/{app_id}", headers={"Authorization": "Bearer nonsense"}).status_code == 401
    assert client.get("/api/applications/" + "0" * 32, headers=amy).status_code == 404  # a guessed id
    assert client.get(f"/api/applications/{app_id}", headers=rex).status_code == 200  # the unit's reviewer
    assert client.get(f"/api/applications/{app_id}", headers=ada).status_code == 200  # the unit's auditor reads
    # The auditor never writes; the reviewer corrects and decides but does not edit the applicant's material.
    assert client.post("/api/applications", json=PROFILE, headers=ada).status_code == 403
    assert upload(client, ada, app_id, ("b.pdf", PATENT, "application/pdf")).status_code == 403
    assert client.post(f"/api/applications/{app_id}/check", headers=ada).status_code == 403
    assert client.post(f"/api/applications/{app_id}/decision", json={"decision": "通过"}, headers=ada).status_code == 403
    assert upload(client, rex, app_id, ("b.pdf", PATENT, "application/pdf")).status_code == 403
    assert client.post("/api/token", data={"username": "amy", "password": "wrong"}).status_code == 401
    assert client.post("/api/token", data={"username": "nobody", "password": "wrong"}).status_code == 401


def test_size_type_and_zip_refusals(client, store):
    amy = login(client, "amy")
    app_id = new_application(client, amy)
    big = upload(client, amy, app_id, ("big.pdf", b"%PDF-1.4\n" + os.urandom(3 * MB), "application/pdf"))
    assert big.status_code == 413 and "2 MB" in str(big.json()["detail"])

    def chunks():  # no Content-Length: the limit holds on the bytes as they arrive
        boundary = b"xyz"
        yield b"--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"s.pdf\"\r\n\r\n%PDF-1.4\n"
        for _ in range(3):
            yield os.urandom(MB)
        yield b"\r\n--" + boundary + b"--\r\n"

    streamed = client.post(f"/api/applications/{app_id}/files", content=chunks(),
                           headers={**amy, "Content-Type": "multipart/form-data; boundary=xyz"})
    assert streamed.status_code == 413
    exe = upload(client, amy, app_id, ("证书.pdf", b"MZ\x90\x00" + os.urandom(2000), "application/pdf"))
    assert exe.status_code == 415 and "证书.pdf" in exe.json()["detail"] and exe.json()["files"][0]["file"] == "证书.pdf"
    word = io.BytesIO()  # a Word file is a zip inside: refused as what it is, never unpacked (probe T)
    with zipfile.ZipFile(word, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    docx = upload(client, amy, app_id, ("申报书.docx", word.getvalue(),
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    assert docx.status_code == 415 and "Word" in docx.json()["detail"]
    renamed = upload(client, amy, app_id, ("scan.txt", PATENT, "text/plain"))  # sniffed, not named: a PDF
    assert renamed.status_code == 201
    slip = io.BytesIO()
    with zipfile.ZipFile(slip, "w") as archive:
        archive.writestr("../../escaped.pdf", PATENT)
    refused = upload(client, amy, app_id, ("材料.zip", slip.getvalue(), "application/zip"))
    assert refused.status_code == 400 and "zip-slip" in str(refused.json()["detail"])
    assert not list(store.data.parent.rglob("escaped.pdf"))
    broken = upload(client, amy, app_id, ("坏.zip", b"PK\x03\x04" + os.urandom(500), "application/zip"))
    assert broken.status_code == 400
    gbk = io.BytesIO()
    with zipfile.ZipFile(gbk, "w") as archive:
        archive.writestr(WindowsName("申报材料\\发明专利证书.pdf"), PATENT)
        archive.writestr(WindowsName("申报材料\\说明.txt"), "请查收".encode("gbk"))
    unpacked = upload(client, amy, app_id, ("申报材料.zip", gbk.getvalue(), "application/zip"))
    assert unpacked.status_code == 201
    assert unpacked.json()["stored"] == ["申报材料/发明专利证书.pdf"]
    assert [s["file"] for s in unpacked.json()["skipped"]] == ["申报材料.zip/申报材料/说明.txt"]
    with store.session() as session:
        names = sorted(f.name for f in session.query(StoredFile).filter_by(application_id=app_id))
        assert names == ["scan.txt", "申报材料/发明专利证书.pdf"]
        for f in session.query(StoredFile):
            assert store.blob_path(f.sha256).exists()  # kept by content hash
    tmp_left = [p for p in (store.data / "tmp").rglob("*")]
    assert tmp_left == []


def test_count_limit(client):
    amy = login(client, "amy")
    app_id = new_application(client, amy)
    many = [(f"{n}.pdf", b"%PDF-1.4\n", "application/pdf") for n in range(21)]
    assert upload(client, amy, app_id, *many).status_code == 413


def test_reviewer_corrects_without_reading_again(client, store, monkeypatch):
    amy, rex = login(client, "amy"), login(client, "rex")
    app_id = new_application(client, amy)
    upload(client, amy, app_id, ("专利证书.pdf", PATENT, "application/pdf"))
    before = checked(client, store, amy, app_id)["verdict"]
    patent = next(d for d in before["documents"] if d["doc_type"] == "patent_certificate")
    assert patent["fields"]["applicant_rank"] == 1

    def no_reading(*args, **kwargs):
        raise AssertionError("a correction must not read the file again")

    monkeypatch.setattr("zhicheng.documents.read_file", no_reading)
    monkeypatch.setattr("zhicheng.pool.examine_all", no_reading)
    answer = client.post(f"/api/applications/{app_id}/corrections",
                         json={"document": "专利证书.pdf", "field": "inventors", "value": ["向霞", "卢华"]}, headers=rex)
    assert answer.status_code == 200, answer.text
    after = answer.json()["verdict"]
    patent = next(d for d in after["documents"] if d["doc_type"] == "patent_certificate")
    assert patent["fields"]["inventors"] == ["向霞", "卢华"] and patent["fields"]["applicant_rank"] == 2
    assert after["corrections"][0]["field"] == "inventors"
    # the verdict itself says a person changed what was read, not only the trail
    said = [i for i in after["issues"] if i["code"] == "reviewer_correction"]
    assert said and "inventors" in said[0]["message"] and "向霞、卢华" in said[0]["message"]
    assert isinstance(answer.json()["milliseconds"], int)
    # a field the document has no place for is refused, not stored
    assert client.post(f"/api/applications/{app_id}/corrections", json={"document": "专利证书.pdf", "field": "foo",
                                                                        "value": 1}, headers=rex).status_code == 422
    # The applicant cannot correct; the trail says who changed what.
    assert client.post(f"/api/applications/{app_id}/corrections", json={"document": "专利证书.pdf", "field": "inventors",
                                                                        "value": []}, headers=amy).status_code == 403
    assert client.post(f"/api/applications/{app_id}/decision", json={"decision": "退回补正", "reasons": []},
                       headers=rex).status_code == 422
    assert client.post(f"/api/applications/{app_id}/decision",
                       json={"decision": "退回补正", "reasons": ["专利排名与申报不符"]}, headers=rex).status_code == 200
    trail = client.get("/api/audit", headers=login(client, "ada")).json()
    whats = [e["what"] for e in trail]
    assert "更正字段 inventors（专利证书.pdf）" in whats and "审核决定" in whats
    correction = next(e for e in trail if e["what"].startswith("更正字段"))
    assert correction["user"] == "rex" and "卢华" in correction["old"] and correction["new"].startswith('["向霞"')
    assert client.get("/api/audit", headers=amy).status_code == 404


def test_restart_keeps_verdicts_and_requeues_reading(client, store):
    amy = login(client, "amy")
    app_id = new_application(client, amy)
    upload(client, amy, app_id, ("专利证书.pdf", PATENT, "application/pdf"))
    verdict = checked(client, store, amy, app_id)["verdict"]
    second = new_application(client, amy)
    upload(client, amy, second, ("标准.pdf", STANDARD, "application/pdf"))
    client.post(f"/api/applications/{second}/check", headers=amy)
    assert store.claim_next() == second  # the reader took it … and the service stopped
    again = Store(store.data)  # a new process on the same data
    assert again.requeue_unfinished() == 1
    client2 = TestClient(create_app(again))
    amy2 = login(client2, "amy")
    assert client2.get(f"/api/applications/{app_id}", headers=amy2).json()["verdict"] == verdict
    assert client2.get(f"/api/applications/{second}", headers=amy2).json()["status"] == "queued"


def test_pages_need_csrf_and_logs_are_for_admins(client, store):
    cookies = _cookie(client, "amy")
    client.cookies.update(cookies)
    page = client.get("/apps")
    assert page.status_code == 200 and "新建申报" in page.text
    import re

    token = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text).group(1)
    form = {"name": "卢华", "education": "bachelor", "current_title": "engineer", "current_title_date": "2015-07-01",
            "target_title": "senior_engineer"}
    assert client.post("/apps", data=form, follow_redirects=False).status_code == 403
    assert client.post("/apps", data={**form, "csrf": "0" * 64}, follow_redirects=False).status_code == 403
    made = client.post("/apps", data={**form, "csrf": token}, follow_redirects=False)
    assert made.status_code == 303 and made.headers["location"].startswith("/apps/")
    assert client.get("/admin/logs").status_code == 404
    client.cookies.clear()
    client.cookies.update(_cookie(client, "root"))
    assert client.get("/admin/logs").status_code == 200
    client.cookies.clear()
    assert client.get("/apps", follow_redirects=False).status_code == 303  # to the login page


def test_bad_profiles_and_claims_are_422(client):
    amy = login(client, "amy")
    bad = client.post("/api/applications", json={"applicant": {**PROFILE["applicant"], "education": "本课"}}, headers=amy)
    assert bad.status_code == 422 and "本科" in bad.json()["detail"]
    app_id = new_application(client, amy)
    wrong = client.put(f"/api/applications/{app_id}/claims", json={"achievements": [{"kind": "patnet"}]}, headers=amy)
    assert wrong.status_code == 422
    ok = client.put(f"/api/applications/{app_id}/claims",
                    json={"achievements": [{"kind": "patent", "patent_type": "invention", "rank": 1, "granted": True,
                                            "date": "2020-05-01", "evidence": ["专利证书.pdf"]}]}, headers=amy)
    assert ok.status_code == 200
    assert client.post(f"/api/applications/{app_id}/check", headers=amy).status_code == 409  # nothing uploaded
    # a claimed rank changed afterwards is in the trail as it was and as it is, for an auditor
    assert client.put(f"/api/applications/{app_id}/claims",
                      json={"achievements": [{"kind": "patent", "patent_type": "invention", "rank": 2, "granted": True,
                                              "date": "2020-05-01", "evidence": ["专利证书.pdf"]}]}, headers=amy).status_code == 200
    change = [e for e in client.get("/api/audit", headers=login(client, "ada")).json() if e["what"] == "修改申报成果"][-1]
    assert '"rank": 1' in change["old"] and '"rank": 2' in change["new"]


@pytest.mark.slow  # three CLI processes
def test_user_add_from_the_command_line(tmp_path):
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "zhicheng", "user", "add", "王工", "--role", "reviewer", "--unit", "一厂",
                          "--data", str(tmp_path)], input=PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    again = subprocess.run([sys.executable, "-m", "zhicheng", "user", "add", "王工", "--data", str(tmp_path)],
                           input=PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 2 and "已存在" in again.stderr
    short = subprocess.run([sys.executable, "-m", "zhicheng", "user", "add", "李工", "--data", str(tmp_path)],
                           input="short\n", capture_output=True, text=True, cwd=ROOT)
    assert short.returncode == 2 and "至少 8" in short.stderr
    store = Store(tmp_path)
    with store.session() as session:
        user = session.query(User).filter_by(name="王工").one()
        assert user.role == "reviewer" and user.unit == "一厂" and PASSWORD not in user.password_hash
        assert user.password_hash.startswith("$argon2")


def test_a_profiles_employer_is_taken_as_check_takes_it(client, store):
    """applicant.employer (the 汇总表's 工作单位) is accepted by the form as by profile.yaml, and
    is the verdict's; a unit that is no text is the 422 check's exit 2 would be (probe N)."""
    amy = login(client, "amy")
    profile = {**PROFILE, "applicant": {**PROFILE["applicant"], "employer": "重庆渝江压铸有限公司"}}
    answer = client.post("/api/applications", json=profile, headers=amy)
    assert answer.status_code == 201, answer.text
    app_id = answer.json()["id"]
    upload(client, amy, app_id, ("专利证书.pdf", PATENT, "application/pdf"))
    verdict = checked(client, store, amy, app_id)["verdict"]
    assert verdict["applicant"]["employer"] == "重庆渝江压铸有限公司"
    bad = {**PROFILE, "applicant": {**PROFILE["applicant"], "employer": 42}}
    assert client.post("/api/applications", json=bad, headers=amy).status_code == 422
