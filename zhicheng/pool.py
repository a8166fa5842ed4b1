"""Where a batch's files are read: a local pool of worker processes, or a Dask cluster.

The unit of work is one file (``FileTask``), not one bundle: a batch puts every file of
every bundle through one pool, so that no core waits while a bundle's last large PDF is
read (CONTRACT §7).  Both runners take the same tasks and yield the same documents; the
judging of each bundle happens in the calling process, once all its files are in.

Local pool (the default; no server):

- Each worker's ONNX runtime and OpenMP get ``cores // workers`` threads, so that N workers
  scale instead of each fighting for every core.
- Each worker's address space is capped (``RLIMIT_AS``, ``memory_mb``): an OCR bomb fails
  its own allocation and becomes an unreadable file, not a machine out of memory.  A worker
  that grows past ``RECYCLE`` of its cap after a file is replaced once its files are done.
- A worker that dies outright (a native crash) breaks the pool: the pool is made anew, the
  files that were in flight are read again one at a time, and the one that kills its
  worker alone is marked unreadable.  The other files never notice.

Dask (``--scheduler tcp://host:8786``): the same task goes to ``dask worker`` processes,
possibly on other machines, with the file's bytes (a worker need not see this machine's
disk); Dask's nanny bounds and restarts workers, and a file whose worker dies twice is
marked unreadable.
"""

from __future__ import annotations

import os
import resource
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from extractor import ReadOptions

from .documents import Document, examine_all, refused_document
from .intake import Refusal

RECYCLE = 0.6  # a worker whose resident memory passed this share of its cap is replaced
CRASHED = "无法读取：读取这个文件时工作进程异常退出（可能是内存耗尽或识别引擎崩溃），已跳过"


@dataclass(frozen=True)
class FileTask:
    bundle: str  # the bundle's id in the batch
    path: str  # where the file is on this machine
    relative: str  # its name in the bundle (forward slashes), as reports show it
    name: str | None  # the applicant, when known before reading (ranks)
    pages: int = 1  # an estimate, for progress

    @property
    def key(self) -> tuple[str, str]:
        return self.bundle, self.relative


def default_memory_mb(jobs: int) -> int:
    """Each worker's cap: its share of 70 % of the machine's memory, within 3–8 GB (RapidOCR
    on an A4 page at 300 dpi peaks near 1.1 GB of address space)."""
    import psutil

    share = psutil.virtual_memory().total * 0.7 / max(jobs, 1) / (1 << 20)
    return int(min(8192, max(3072, share)))


def _worker_start(threads: int, memory_mb: int) -> None:
    """In each worker: its share of the cores, and a cap on its memory.  Ctrl-C and SIGTERM
    are the batch's to handle (it keeps what is finished), and the worker ends with it
    (``lifecycle.worker_start``)."""
    from .lifecycle import worker_start

    worker_start()
    os.environ["ZHICHENG_OCR_THREADS"] = str(threads)
    os.environ["OMP_NUM_THREADS"] = str(threads)
    if memory_mb:
        cap = memory_mb << 20
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _rss_mb() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20


def read_file_task(path: str, relative: str, read: ReadOptions, name: str | None) -> tuple[list[Document], int]:
    """One file read, classified and extracted (every document in it), and the worker's
    resident memory after it.  Never raises for a bad file."""
    try:
        documents = examine_all(path, read, name=name, display_name=relative)
    except MemoryError:
        documents = [refused_document(Refusal(relative, "unreadable_file",
                                              "无法读取：处理这个文件所需内存超过工作进程的上限（疑似超大图像），已跳过"))]
    except Exception as err:  # noqa: BLE001 - one file's fault must not cost the batch
        from extractor.formats import detail

        documents = [refused_document(Refusal(relative, "unreadable_file", f"无法读取：处理时出错（{detail(err)}）"))]
    try:
        rss = _rss_mb()
    except OSError:
        rss = 0
    return documents, rss


def read_bytes_task(data: bytes, suffix: str, relative: str, read: ReadOptions,
                    name: str | None) -> tuple[list[Document], int]:
    """``read_file_task`` on a worker that cannot see the file: its bytes come with the task
    and live in a temporary file for the reading only."""
    with tempfile.TemporaryDirectory(prefix="zhicheng-") as scratch:
        path = Path(scratch) / f"file{suffix}"
        path.write_bytes(data)
        return read_file_task(str(path), relative, read, name)


class LocalPool:
    """Worker processes on this machine (see the module's words)."""

    def __init__(self, jobs: int, read: ReadOptions, memory_mb: int | None = None):
        self.jobs = max(1, jobs)
        self.read = read
        self.memory_mb = default_memory_mb(self.jobs) if memory_mb is None else memory_mb
        self.threads = max(1, (os.cpu_count() or 1) // self.jobs)
        self.restarts = 0  # pools made anew after a crash or a worker's growth (for the note)

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, initializer=_worker_start,
                                   initargs=(self.threads, self.memory_mb))

    def run(self, tasks: Iterable[FileTask]) -> Iterator[tuple[FileTask, list[Document]]]:
        """Each task with its documents, as they finish.  At most ``jobs + 1`` files are in
        flight, so a crash suspects only those."""
        queue = list(tasks)
        queue.reverse()  # pop() from the end keeps the given order
        suspects: list[FileTask] = []
        pool = self._pool(self.jobs)
        flight: dict[Future, FileTask] = {}
        recycle = False
        try:
            while queue or flight:
                while queue and not recycle and len(flight) <= self.jobs:
                    task = queue.pop()
                    flight[pool.submit(read_file_task, task.path, task.relative, self.read, task.name)] = task
                if not flight:  # recycling with nothing in flight: a fresh pool
                    pool.shutdown(wait=True)
                    pool, recycle = self._pool(self.jobs), False
                    self.restarts += 1
                    continue
                done, _ = wait(flight, return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    task = flight.pop(future)
                    try:
                        documents, rss = future.result()
                    except BrokenProcessPool:
                        broken = True
                        suspects.append(task)
                        continue
                    if self.memory_mb and rss > RECYCLE * self.memory_mb:
                        recycle = True
                    yield task, documents
                if broken:
                    suspects += flight.values()  # the pool is gone: every file in flight with it
                    flight.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    for task in suspects:  # one at a time: the culprit crashes alone
                        yield task, self._alone(task)
                    suspects.clear()
                    pool, recycle = self._pool(self.jobs), False
                    self.restarts += 1
        except BaseException:  # Ctrl-C or SIGTERM: stop the workers now, not after their current file
            stop_pool(pool)
            raise
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _alone(self, task: FileTask) -> list[Document]:
        with self._pool(1) as pool:
            try:
                return pool.submit(read_file_task, task.path, task.relative, self.read, task.name).result()[0]
            except BrokenProcessPool:
                return [refused_document(Refusal(task.relative, "unreadable_file", CRASHED))]


def terminate_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a pool's workers mid-file (a page of OCR can take a minute)."""
    for process in list(getattr(pool, "_processes", {}).values()):  # no public way to stop a worker mid-task
        try:
            process.terminate()
        except (OSError, AttributeError):
            pass


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Ctrl-C or SIGTERM: stop the workers now and let the pool's manager thread finish before the
    command exits.  Left running, it closes its wake-up pipe while the interpreter's exit hook
    (concurrent.futures.process._python_exit, CPython 3.11) writes to it: an ignored traceback
    ("OSError: Bad file descriptor") on stderr after the one-line message, now and then."""
    terminate_workers(pool)
    pool.shutdown(wait=False, cancel_futures=True)
    manager = getattr(pool, "_executor_manager_thread", None)  # (no public handle on it)
    if manager is not None:
        manager.join(timeout=10)


class DaskPool:
    """The same tasks on an existing Dask cluster (``dask scheduler`` + ``dask worker``)."""

    def __init__(self, address: str, read: ReadOptions):
        self.address = address
        self.read = read
        self.restarts = 0

    def connect(self):
        from distributed import Client

        return Client(self.address, timeout="15s", set_as_default=False)

    def run(self, tasks: Iterable[FileTask]) -> Iterator[tuple[FileTask, list[Document]]]:
        """Each task with its documents, as they finish.  Files go out a few per worker
        thread at a time: the client never holds a whole province's scans in memory."""
        from distributed import as_completed

        client = self.connect()
        try:
            window = max(4, 2 * sum(client.nthreads().values()))
            pending = iter(tasks)
            futures: dict = {}

            def submit_next():
                task = next(pending, None)
                if task is None:
                    return None
                data = Path(task.path).read_bytes()
                future = client.submit(read_bytes_task, data, Path(task.path).suffix.lower(), task.relative,
                                       self.read, task.name, key=f"zhicheng-read-{uuid.uuid4().hex}",
                                       retries=1, pure=False)
                futures[future] = task
                return future

            first = [f for f in (submit_next() for _ in range(window)) if f is not None]
            running = as_completed(first, loop=client.loop)
            for future in running:
                task = futures.pop(future)
                try:
                    documents, _rss = future.result()
                except Exception as err:  # noqa: BLE001 - KilledWorker (a worker died twice) and the like
                    from extractor.formats import detail

                    documents = [refused_document(Refusal(task.relative, "unreadable_file",
                                                          f"{CRASHED}（{detail(err)}）"))]
                yield task, documents
                following = submit_next()
                if following is not None:
                    running.add(following)
        finally:
            client.close()
