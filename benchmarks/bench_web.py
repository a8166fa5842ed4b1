"""The web service, timed as a client sees it (issue 13).

Usage: .venv/bin/python benchmarks/bench_web.py [--jobs 2] [--warm]

Starts ``zhicheng serve`` on a free port with a fresh data folder (and, unless ``--warm``, an
empty OCR cache), makes an applicant and a reviewer, then prints

- upload-to-verdict: the demo bundle uploaded as a zip, its claims, the check, polled until
  done (wall time, client side);
- a reviewer's correction: the server's own milliseconds (judged again from the stored
  documents, no OCR, the HTML report re-made) and the client's round trip;
- peak resident memory of the web process, of the reader process and of the largest of its
  reading workers, sampled while it ran.
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "fixtures" / "bundles" / "demo"
PASSWORD = "bench-pass-2026"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Peaks(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.web, self.reader, self.worker, self.stop = pid, 0, 0, 0, threading.Event()

    def run(self) -> None:
        import psutil

        web = psutil.Process(self.pid)
        while not self.stop.is_set():
            try:
                self.web = max(self.web, web.memory_info().rss)
                for child in web.children():
                    self.reader = max(self.reader, child.memory_info().rss)
                    for worker in child.children(recursive=True):
                        self.worker = max(self.worker, worker.memory_info().rss)
            except psutil.Error:
                pass
            time.sleep(0.1)


def demo_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(DEMO.rglob("*")):
            if path.is_file() and path.suffix != ".yaml":
                archive.write(path, path.relative_to(DEMO).as_posix())
    return buffer.getvalue()


def main() -> None:
    import httpx
    import yaml

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--warm", action="store_true", help="keep the user's OCR cache (default: an empty one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = dict(os.environ)
        if not args.warm:
            env["ZHICHENG_CACHE_DIR"] = str(Path(tmp) / "cache")
        for name, role in (("amy", "applicant"), ("rex", "reviewer")):
            subprocess.run([sys.executable, "-m", "zhicheng", "user", "add", name, "--role", role, "--unit", "一厂",
                            "--data", str(data)], input=PASSWORD + "\n", text=True, check=True, cwd=ROOT,
                           capture_output=True)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "-m", "zhicheng", "serve", "--port", str(port), "--data", str(data),
                                 "--jobs", str(args.jobs)], cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        peaks = Peaks(proc.pid)
        peaks.start()
        try:
            for _ in range(300):
                try:
                    if httpx.get(url + "/login", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            token = lambda who: {"Authorization": "Bearer " + httpx.post(  # noqa: E731
                url + "/api/token", data={"username": who, "password": PASSWORD}).json()["access_token"]}
            amy, rex = token("amy"), token("rex")
            profile = yaml.safe_load((DEMO / "profile.yaml").read_text(encoding="utf-8"))
            claims = yaml.safe_load((DEMO / "claims.yaml").read_text(encoding="utf-8"))
            start = time.perf_counter()
            app_id = httpx.post(url + "/api/applications", json=profile, headers=amy).json()["id"]
            httpx.post(f"{url}/api/applications/{app_id}/files", headers=amy, timeout=120,
                       files=[("files", ("demo.zip", demo_zip(), "application/zip"))]).raise_for_status()
            httpx.put(f"{url}/api/applications/{app_id}/claims", json=claims, headers=amy).raise_for_status()
            httpx.post(f"{url}/api/applications/{app_id}/check", headers=amy).raise_for_status()
            while True:
                status = httpx.get(f"{url}/api/applications/{app_id}", headers=amy).json()
                if status["status"] in ("done", "failed"):
                    break
                time.sleep(0.2)
            verdict_seconds = time.perf_counter() - start
            started = time.perf_counter()
            corrected = httpx.post(f"{url}/api/applications/{app_id}/corrections", headers=rex, timeout=60, json={
                "document": "patents/invention-patent.pdf", "field": "applicant_rank", "value": 9}).json()
            round_trip = (time.perf_counter() - started) * 1000
        finally:
            peaks.stop.set()
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(30)
    print(f"demo bundle (5 files) by the API, {'warm' if args.warm else 'empty'} OCR cache, --jobs {args.jobs}")
    print(f"  upload to verdict: {verdict_seconds:.1f} s (status {status['status']}, "
          f"eligible {status['verdict'] and status['verdict']['eligible']})")
    print(f"  a reviewer's correction: {corrected['milliseconds']} ms on the server (judging alone "
          f"{corrected['judge_milliseconds']} ms, the rest re-makes the HTML report's crops), {round_trip:.0f} ms round trip "
          f"(eligible after: {corrected['verdict']['eligible']})")
    print(f"  peak memory: web process {peaks.web >> 20} MB, reader process {peaks.reader >> 20} MB, "
          f"largest reading worker {peaks.worker >> 20} MB")


if __name__ == "__main__":
    main()
