"""Speed and memory of ``zhicheng check`` on a 30-document mixed bundle.

Usage: .venv/bin/python benchmarks/bench_check.py [--documents 30] [--seed 5]

Prints the first-run wall time (empty OCR cache), the second run (cache; target ≤ 10% of
the first), the speed-up from 1 to 2 worker processes, and peak memory of the process
and of its workers.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPES = ["patent_certificate", "software_copyright", "award_certificate", "journal_paper", "book", "standard",
         "project_acceptance", "technical_report", "revenue_proof", "title_certificate", "degree_certificate",
         "recommendation_letter", "official_recognition"]

PROFILE = """\
as_of: 2025-12-31
applicant: {name: 张三, education: bachelor, current_title: engineer, current_title_date: 2018-07-01,
            target_title: senior_engineer}
"""


def make_bundle(folder: Path, documents: int, seed: int) -> None:
    from fixtures.generate import generate_one

    scratch = folder.parent / "generated"
    scratch.mkdir(parents=True, exist_ok=True)
    for n, doc_type in zip(range(documents), itertools.cycle(TYPES)):
        truth = generate_one(scratch, seed, doc_type, n // len(TYPES))
        source = scratch / __import__("json").loads(truth.read_text(encoding="utf-8"))["file"]
        shutil.copy(source, folder / f"{n:02d}-{source.name}")
    (folder / "profile.yaml").write_text(PROFILE, encoding="utf-8")


def run(bundle: Path, cache: Path, jobs: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "zhicheng", "check", str(bundle), "--format", "json", "--jobs", str(jobs)],
                   env={**__import__("os").environ, "ZHICHENG_CACHE_DIR": str(cache)},
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=30)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Path(tmp) / "bundle"
        bundle.mkdir()
        make_bundle(bundle, args.documents, args.seed)
        files = len(list(bundle.iterdir())) - 1
        first = run(bundle, Path(tmp) / "cache2", jobs=2)
        second = run(bundle, Path(tmp) / "cache2", jobs=2)
        single = run(bundle, Path(tmp) / "cache1", jobs=1)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"bundle of {files} documents ({args.documents} generated, mixed types and damage)")
    print(f"  first run, 2 workers, empty OCR cache: {first:.1f} s")
    print(f"  second run, OCR cache:                 {second:.1f} s ({second / first:.0%} of the first; target ≤ 10%)")
    print(f"  first run, 1 worker:                   {single:.1f} s → 2 workers are {single / first:.2f}× faster")
    print(f"  peak memory of the largest process (CLI or worker): {children:.0f} MB")


if __name__ == "__main__":
    main()
