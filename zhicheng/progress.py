"""A progress bar on stderr while a bundle is read (silent when stderr is not a terminal)."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator


@contextmanager
def progress_printer() -> Iterator[Callable[[int, int, str], None]]:
    if not sys.stderr.isatty():
        yield lambda done, total, name: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("读取材料"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=None)

        def update(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name)

        yield update


@contextmanager
def batch_progress() -> Iterator[Callable]:
    """A batch's progress on stderr: bundles and pages done, and the time left.  On a
    terminal a bar; otherwise (a log, a CI job) one line per bundle finished."""
    import time

    if not sys.stderr.isatty():
        def line(p) -> None:
            if p.last:
                eta = f"，预计还需 {_clock(p.eta)}" if p.eta else ""
                print(f"zhicheng: [{p.bundles_done}/{p.bundles_total}] {p.last}（已读 {p.pages_done}/{p.pages_total} 页"
                      f"，用时 {_clock(p.elapsed)}{eta}）", file=sys.stderr, flush=True)
                p.last = ""

        yield line
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    with Progress(TextColumn("批量核验"), BarColumn(), TextColumn("{task.fields[counts]}"),
                  TextColumn("{task.description}"), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=None, counts="正在准备…")
        began = time.perf_counter()

        def update(p) -> None:
            eta = f"，剩余约 {_clock(p.eta)}" if p.eta else ""
            bar.update(task, completed=p.pages_done, total=max(p.pages_total, 1),
                       counts=f"材料包 {p.bundles_done}/{p.bundles_total}，页 {p.pages_done}/{p.pages_total}"
                              f"，用时 {_clock(time.perf_counter() - began)}{eta}",
                       description=p.last)

        yield update


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else f"{seconds // 60}:{seconds % 60:02d}"
