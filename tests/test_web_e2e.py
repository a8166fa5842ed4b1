"""The web service as people use it: ``zhicheng serve`` in its own process (the reader process
with it), driven by headless Chromium (Debian's, through Playwright), and the same service on
a real PostgreSQL server.

- An applicant logs in, creates an application, uploads the demo bundle as a zip, pastes its
  claims, starts the check and, with the page polling, sees the verdict.
- A reviewer of the unit corrects a rank and sees the verdict change, with no reading.
- The reviewer downloads the 汇总表.
- The service restarts; the verdict is still there.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "fixtures" / "bundles" / "demo"
PASSWORD = "correct horse 1"

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(*args: str, data: Path, stdin: str | None = None, db: str | None = None) -> subprocess.CompletedProcess:
    extra = ["--db", db] if db else []
    return subprocess.run([sys.executable, "-m", "zhicheng", *args, "--data", str(data), *extra], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


class Served:
    def __init__(self, data: Path, env: dict[str, str], db: str | None = None):
        self.data, self.env, self.db = data, env, db
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> "Served":
        extra = ["--db", self.db] if self.db else []
        self.proc = subprocess.Popen([sys.executable, "-m", "zhicheng", "serve", "--port", str(self.port), "--data",
                                      str(self.data), "--jobs", "2", *extra], cwd=ROOT, env=self.env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(self.url + "/login", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.3)
        self.stop()
        raise AssertionError("serve did not start: " + self.proc.stderr.read().decode()[-2000:])

    def stop(self) -> str:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                pass
        if self.proc:
            # Whatever of the server's session outlived it (a reading worker it spawned) goes
            # too: it holds the stderr pipe open, and reading it to its end would wait forever.
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(20)
        return self.proc.stderr.read().decode() if self.proc and self.proc.stderr else ""


def _users(data: Path, db: str | None = None) -> None:
    for name, role, unit in (("amy", "applicant", "一厂"), ("rex", "reviewer", "一厂")):
        made = _cli("user", "add", name, "--role", role, "--unit", unit, data=data, stdin=PASSWORD + "\n", db=db)
        assert made.returncode == 0, made.stderr


def _demo_zip(target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(DEMO.rglob("*")):
            if path.is_file() and path.suffix != ".yaml":
                archive.write(path, path.relative_to(DEMO).as_posix())
    return target


def _chromium():
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install -y chromium)")
    return found


def test_applicant_and_reviewer_in_chromium(tmp_path):
    from openpyxl import load_workbook
    from playwright.sync_api import expect, sync_playwright

    chromium = _chromium()
    data = tmp_path / "data"
    env = {**os.environ, "ZHICHENG_CACHE_DIR": os.environ.get("ZHICHENG_CACHE_DIR", str(tmp_path / "cache"))}
    _users(data)
    served = Served(data, env).start()
    shots = Path(os.environ.get("ZHICHENG_SHOTS", tmp_path))
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
            page.goto(served.url + "/")
            page.fill("input[name=username]", "amy")
            page.fill("input[name=password]", PASSWORD)
            page.click("form[action='/login'] button")
            page.fill("input[name=name]", "戴娟娟")
            page.select_option("select[name=education]", "bachelor")
            page.select_option("select[name=current_title]", "engineer")
            page.fill("input[name=current_title_date]", "2018-07-01")
            page.select_option("select[name=target_title]", "senior_engineer")
            page.fill("input[name=work_start]", "2014-07-01")
            page.check("input[name=assessment_passed]")
            page.fill("input[name=as_of]", "2025-12-31")
            page.click("form[action='/apps'] button")
            page.set_input_files("#files", str(_demo_zip(tmp_path / "demo.zip")))
            page.click("#upload-button")
            expect(page.locator(".notice")).to_contain_text("已保存 5 个文件")
            page.fill("textarea[name=claims]", (DEMO / "claims.yaml").read_text(encoding="utf-8"))
            page.click("button:has-text('保存成果')")
            page.click("#check-button")
            expect(page.locator("#verdict")).to_have_text("符合", timeout=300_000)  # the page polls
            app_url = page.url
            page.screenshot(path=str(shots / "web-applicant.png"), full_page=True)
            report = page.context.request.get(app_url + "/report")
            assert report.status == 200 and "符合申报高级工程师的条件" in report.text()

            reviewer = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
            reviewer.goto(served.url + "/login")
            reviewer.fill("input[name=username]", "rex")
            reviewer.fill("input[name=password]", PASSWORD)
            reviewer.click("form[action='/login'] button")
            app_id = app_url.rstrip("/").split("/")[-1]
            reviewer.goto(f"{served.url}/review/{app_id}")
            expect(reviewer.locator("#verdict")).to_have_text("符合")
            row = reviewer.locator('tr[data-field="applicant_rank"][data-document="patents/invention-patent.pdf"]')
            row.locator("input[name=value]").fill("9")
            started = time.perf_counter()
            row.locator("button.correct").click()
            expect(reviewer.locator("#notice")).to_contain_text("未重新识别")
            elapsed = time.perf_counter() - started
            expect(reviewer.locator("#verdict")).not_to_have_text("符合")
            reviewer.screenshot(path=str(shots / "web-review.png"), full_page=True)
            reviewer.goto(served.url + "/review")
            with reviewer.expect_download() as download:
                reviewer.click("#export")
            book = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
            rows = list(book["汇总表"].iter_rows(values_only=True))
            assert rows[1][1] == "戴娟娟" and rows[1][6] in ("需补正", "不符合")
            browser.close()
        assert elapsed < 30, elapsed  # no OCR: a correction is judged from the stored documents
    finally:
        served.stop()
    # A restart: the verdict and the correction are still there.
    again = Served(data, env).start()
    try:
        token = httpx.post(again.url + "/api/token", data={"username": "amy", "password": PASSWORD}).json()
        status = httpx.get(f"{again.url}/api/applications/{app_id}",
                           headers={"Authorization": f"Bearer {token['access_token']}"}).json()
        assert status["status"] == "done" and status["verdict"]["corrections"][0]["value"] == 9
    finally:
        again.stop()


def _postgres_url() -> str:
    url = os.environ.get("ZHICHENG_TEST_PG")
    if not url:
        pytest.skip("no PostgreSQL server given: set ZHICHENG_TEST_PG=postgresql+psycopg://user@host/db "
                    "(.ci/run starts Debian's PostgreSQL and sets it)")
    return url


def test_the_service_on_postgresql(tmp_path):
    """The same API flow against a real PostgreSQL server, and a restart."""
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(_postgres_url())
    name = f"zc_test_{os.getpid()}_{int(time.time())}"
    admin = psycopg.connect(base.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False),
                            autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    url = base.set(database=name).render_as_string(hide_password=False)
    data = tmp_path / "data"
    env = {**os.environ, "ZHICHENG_CACHE_DIR": os.environ.get("ZHICHENG_CACHE_DIR", str(tmp_path / "cache"))}
    try:
        _users(data, db=url)
        served = Served(data, env, db=url).start()
        try:
            auth = {"Authorization": "Bearer " + httpx.post(served.url + "/api/token", data={
                "username": "amy", "password": PASSWORD}).json()["access_token"]}
            created = httpx.post(served.url + "/api/applications", headers=auth, json={
                "as_of": "2025-12-31", "applicant": {"name": "卢华", "education": "bachelor",
                                                     "current_title": "engineer", "current_title_date": "2015-07-01",
                                                     "target_title": "senior_engineer"}})
            app_id = created.json()["id"]
            pdf = (ROOT / "fixtures" / "docs" / "patent_certificate-00-classic_invention.pdf").read_bytes()
            assert httpx.post(f"{served.url}/api/applications/{app_id}/files", headers=auth,
                              files=[("files", ("专利证书.pdf", pdf, "application/pdf"))]).status_code == 201
            assert httpx.post(f"{served.url}/api/applications/{app_id}/check", headers=auth).status_code == 202
            deadline = time.time() + 120
            while time.time() < deadline:
                status = httpx.get(f"{served.url}/api/applications/{app_id}", headers=auth).json()
                if status["status"] in ("done", "failed"):
                    break
                time.sleep(0.5)
            assert status["status"] == "done", status
        finally:
            served.stop()
        again = Served(data, env, db=url).start()
        try:
            auth = {"Authorization": "Bearer " + httpx.post(again.url + "/api/token", data={
                "username": "amy", "password": PASSWORD}).json()["access_token"]}
            kept = httpx.get(f"{again.url}/api/applications/{app_id}", headers=auth).json()
            assert kept["verdict"] == status["verdict"]
        finally:
            again.stop()
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
