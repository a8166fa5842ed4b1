"""Throughput and memory of ``zhicheng batch`` against RapidOCR alone (issue 12).

Usage: .venv/bin/python benchmarks/bench_batch.py [--bundles 20] [--docs 5] [--seed 12] [--jobs 2] [--scaling]

Makes ``--bundles`` applicants' folders of generated evidence (mixed types, scans and
photos, one PDF may be a text layer), then prints

- batch pages/s: ``zhicheng batch`` on all of them with an empty OCR cache, wall time from
  the command's start to its exit (model loading, reading, judging, HTML reports, 汇总表);
- raw pages/s: the very page images the batch OCR'd, given to RapidOCR alone (rendered
  beforehand, models loaded beforehand), in its best thread setting on this machine
  (1 process × all cores, or one process per core × 1 thread); target batch ≥ 0.85 × raw;
- the rerun with nothing changed, as a share of the first run (target ≤ 25 %);
- peak memory: the largest process, and the whole process tree at its peak;
- with ``--scaling``: the batch with 1 worker, for the speed-up from 1 to ``--jobs``.

A quiet machine is needed: another heavy process skews every number.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPES = ["patent_certificate", "software_copyright", "award_certificate", "journal_paper", "book", "standard",
         "project_acceptance", "technical_report", "revenue_proof", "title_certificate", "degree_certificate",
         "recommendation_letter", "official_recognition"]
PROFILE = """\
as_of: 2025-12-31
applicant: {{name: {name}, education: bachelor, current_title: engineer, current_title_date: 2018-07-01,
            target_title: senior_engineer}}
"""


def make_bundles(root: Path, bundles: int, docs: int, seed: int) -> None:
    from fixtures.generate import generate_one

    scratch = root.parent / "generated"
    scratch.mkdir(parents=True, exist_ok=True)
    kinds = itertools.cycle(TYPES)
    for b in range(bundles):
        folder = root / f"{b + 1:02d}-申报人{b + 1}"
        folder.mkdir(parents=True)
        name = None
        for n in range(docs):
            doc_type = next(kinds)
            truth = json.loads(generate_one(scratch, seed, doc_type, b * docs + n).read_text(encoding="utf-8"))
            shutil.copy(scratch / truth["file"], folder / truth["file"])
            name = name or truth.get("applicant_name")
        (folder / "profile.yaml").write_text(PROFILE.format(name=name or "张三"), encoding="utf-8")


class Sampler(threading.Thread):
    """Resident memory of a process tree, sampled: the largest process and the tree's total."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.largest, self.total, self.stop = pid, 0, 0, threading.Event()

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self.stop.is_set():
            try:
                procs = [root] + root.children(recursive=True)
                sizes = []
                for p in procs:
                    try:
                        sizes.append(p.memory_info().rss)
                    except psutil.Error:
                        pass
                self.largest = max(self.largest, max(sizes, default=0))
                self.total = max(self.total, sum(sizes))
            except psutil.Error:
                return
            time.sleep(0.2)


def run_batch(root: Path, out: Path, cache: Path, jobs: int) -> tuple[float, int, int]:
    env = {**os.environ, "ZHICHENG_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "zhicheng", "batch", str(root), "--output", str(out),
                             "--jobs", str(jobs)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = Sampler(proc.pid)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.stop.set()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"batch failed ({proc.returncode}): {err.decode()[-500:]}")
    return seconds, sampler.largest >> 20, sampler.total >> 20


def ocr_pages(out: Path, root: Path, images: Path) -> list[Path]:
    """The pages the batch OCR'd, rendered as the pipeline renders them, saved as PNG."""
    from benchmarks.bench_photos import page_images

    saved = []
    for line in (out / "verdicts.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not record["verdict"]:
            continue
        folder = root / record["bundle"]
        for doc in record["verdict"]["documents"]:
            numbers = [p["number"] for p in doc.get("page_info", []) if p["source"] == "ocr"]
            if doc.get("page_range"):
                first, last = doc["page_range"]
                numbers = [n for n in numbers if first <= n <= last]
            if not numbers:
                continue
            for n, image in zip(numbers, page_images(folder / doc["file"], numbers, 200)):
                path = images / f"{len(saved):04d}.png"
                image.save(path)
                saved.append(path)
    return saved


def raw_worker(listing: str, threads: int) -> None:
    """In a subprocess: load RapidOCR with ``threads``, warm up, then time its pages."""
    os.environ["ZHICHENG_OCR_THREADS"] = str(threads)
    os.environ["OMP_NUM_THREADS"] = str(threads)
    from PIL import Image

    from extractor.ocr import get_engine

    engine = get_engine("rapidocr")
    paths = [Path(p) for p in Path(listing).read_text().split("\n") if p]
    images = [Image.open(p).convert("RGB") for p in paths]
    if images:
        engine.recognize(images[0])
    start = time.perf_counter()
    for image in images:
        engine.recognize(image)
    print(time.perf_counter() - start)


def raw_rate(pages: list[Path], processes: int, threads: int, scratch: Path) -> float:
    """Pages per second of RapidOCR alone over ``pages`` split among ``processes``."""
    procs = []
    for n in range(processes):
        listing = scratch / f"raw-{processes}-{n}.txt"
        listing.write_text("\n".join(str(p) for p in pages[n::processes]))
        procs.append(subprocess.Popen([sys.executable, __file__, "--raw-worker", str(listing), str(threads)],
                                      stdout=subprocess.PIPE, text=True))
    seconds = max(float(p.communicate()[0].strip().splitlines()[-1]) for p in procs)
    return len(pages) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=20)
    parser.add_argument("--docs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--scaling", action="store_true")
    parser.add_argument("--raw-worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.raw_worker:
        raw_worker(args.raw_worker[0], int(args.raw_worker[1]))
        return
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        root = tmp / "intake"
        make_bundles(root, args.bundles, args.docs, args.seed)
        out = tmp / "out"
        first, largest, tree = run_batch(root, out, tmp / "cache", args.jobs)
        again, _, _ = run_batch(root, out, tmp / "cache", args.jobs)
        images = tmp / "pages"
        images.mkdir()
        pages = ocr_pages(out, root, images)
        settings = {f"1 process × {cores} threads": raw_rate(pages, 1, cores, tmp)}
        if cores > 1:
            settings[f"{cores} processes × 1 thread"] = raw_rate(pages, cores, 1, tmp)
        single = run_batch(root, tmp / "out1", tmp / "cache1", 1)[0] if args.scaling else None
    files = args.bundles * args.docs
    best_name, best = max(settings.items(), key=lambda s: s[1])
    rate = len(pages) / first
    print(f"{args.bundles} bundles, {files} files, {len(pages)} pages OCR'd; {cores} cores, --jobs {args.jobs}")
    print(f"  batch, empty OCR cache: {first:.1f} s → {rate:.3f} pages/s")
    for name, value in settings.items():
        print(f"  RapidOCR alone, {name}: {value:.3f} pages/s")
    print(f"  batch / best raw ({best_name}): {rate / best:.2f} (target ≥ 0.85)")
    print(f"  rerun, nothing changed: {again:.1f} s = {again / first:.1%} of the first (target ≤ 25%)")
    print(f"  peak memory: largest process {largest} MB, whole process tree {tree} MB")
    if single is not None:
        print(f"  1 worker: {single:.1f} s → {args.jobs} workers are {single / first:.2f}× faster")


if __name__ == "__main__":
    main()
