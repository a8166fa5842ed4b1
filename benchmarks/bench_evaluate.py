"""How fast ``zhicheng evaluate`` is: wall time of the whole command, and cases per second.

Usage: .venv/bin/python benchmarks/bench_evaluate.py [--runs N]
Target (issue 2): under 0.5 s per command, interpreter start included.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((ROOT / "fixtures" / "cases").glob("*.yaml"))


def command_wall_times(runs: int) -> list[float]:
    exe = Path(sys.executable).parent / "zhicheng"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "zhicheng"]
    times = []
    for n in range(runs):
        case = CASES[n % len(CASES)]
        start = time.perf_counter()
        subprocess.run(command + ["evaluate", str(case), "--format", "json"], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return times


def in_process_rate(seconds: float) -> tuple[int, float]:
    from rules import evaluate, load_case

    cases = [load_case(p) for p in CASES]
    evaluate(cases[0])  # load the catalog once, as a batch runner would
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        evaluate(cases[count % len(cases)]).to_dict()
        count += 1
    return count, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()

    times = command_wall_times(args.runs)
    print(f"zhicheng evaluate (process start to exit, {args.runs} runs over {len(CASES)} cases):")
    print(f"  median {statistics.median(times):.3f} s   min {min(times):.3f} s   max {max(times):.3f} s"
          f"   target < 0.500 s")
    count, elapsed = in_process_rate(args.seconds)
    print(f"in-process evaluate + to_dict: {count / elapsed:,.0f} cases/s ({count} in {elapsed:.1f} s)")


if __name__ == "__main__":
    main()
