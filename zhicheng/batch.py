"""``batch``: a unit's applicants at once (CONTRACT §7).

Every sub-folder or ``.zip`` of ROOT is one applicant's bundle.  The files of all bundles go
through one pool (``zhicheng.pool``: local processes, or a Dask cluster), each bundle is
judged (``bundle.judge``) as soon as its last file is in, and its result and HTML report
are written at once: Ctrl-C loses only the bundles still being read.

A rerun re-reads only what changed.  ``OUTPUT/.zhicheng/manifest.json`` keeps, per bundle,
a key made of its files' content hashes (a file whose size and modification time are
unchanged keeps its hash without being read again), the profile source (a roster row, the
target title) and a fingerprint of zhicheng's own code and rule pack; a bundle whose key
is unchanged and whose result and report are still there is taken as it was.

The one rule for 结论 (written in the README too):

- 符合: eligible, with no error-level issue;
- 需补正: not 符合, but eligible, or eligible on what the applicant declares (profile and
  claims taken at their word), or a file could not be read, or (``--target``) the
  certificates could not show the education or the current title; and every bundle that
  could not be checked at all (a broken zip, no profile): the applicant must hand in again;
- 不符合: otherwise.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rules import CaseError
from rules.vocabulary import Title

from .bundle import BundleOptions, Inputs, judge, prepare
from .intake import Refusal, discover, own_folders, readable_name
from .pool import DaskPool, FileTask, LocalPool
from .profiles import Roster, RosterError

STATE = ".zhicheng"
DEFAULT_OUTPUT = "_zhicheng"
MAX_ZIP_TOTAL_MB = 2048  # one applicant's material unpacked; more is not a bundle
SKIP = {"__MACOSX", "$RECYCLE.BIN", "System Volume Information"}
NO_VERDICT = ("zhicheng/web/", "zhicheng/cli.py", "zhicheng/progress.py")


class BatchError(ValueError):
    """ROOT or the options are unusable (exit 2): one Chinese line."""


class BundleUnusable(ValueError):
    """One bundle cannot be checked: its row says why (one Chinese line)."""


@dataclass
class BatchOptions:
    output: Path | None = None  # default ROOT/_zhicheng
    jobs: int = 0  # local worker processes; 0 = one per core
    scheduler: str | None = None  # a Dask scheduler address: read there instead
    roster: Roster | None = None
    target: Title | None = None
    memory_mb: int | None = None  # each local worker's cap (default: pool.default_memory_mb)
    bundle: BundleOptions = field(default_factory=BundleOptions)
    progress: Callable[[Progress], None] | None = None


@dataclass
class Progress:
    bundles_done: int
    bundles_total: int
    pages_done: int
    pages_total: int
    elapsed: float
    last: str = ""  # the bundle just finished, with its 结论

    @property
    def eta(self) -> float | None:
        """Seconds left, from the pages read so far (None until there is a rate)."""
        if not self.pages_done or self.pages_done >= self.pages_total:
            return None if self.pages_done < self.pages_total else 0.0
        return self.elapsed / self.pages_done * (self.pages_total - self.pages_done)


@dataclass
class Outcome:
    """One bundle of the batch: its summary, or why it could not be checked."""

    id: str  # its name in the outputs (reports/<id>.html)
    entry: str  # the folder or zip under ROOT
    summary: dict[str, Any] | None = None  # from ``summary.summarise`` (None: not checked)
    error: str | None = None
    reused: bool = False
    pages: int = 0


@dataclass
class BatchResult:
    output: Path
    outcomes: list[Outcome]
    interrupted: bool = False
    seconds: float = 0.0
    pages_read: int = 0
    restarts: int = 0
    ignored: list[str] = field(default_factory=list)  # loose files of ROOT that are no bundle
    unmatched: list[str] = field(default_factory=list)  # roster names no bundle of ROOT is for

    @property
    def exit_code(self) -> int:
        return 0 if all(o.error is None for o in self.outcomes) and not self.interrupted else 1


@dataclass
class _Entry:
    id: str
    path: Path  # the folder or the zip
    is_zip: bool


@dataclass
class _Planned:
    outcome: Outcome
    inputs: Inputs
    refused: list[Refusal]
    files: list[Path]
    key: str
    manifest: dict[str, Any]
    documents: list = field(default_factory=list)
    left: int = 0


def safe_name(name: str) -> str:
    """A bundle's name as a file name that Windows, where reviewers open the 汇总表, accepts.

    >>> safe_name('张三:高工?')
    '张三_高工_'
    """
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]', "_", name).strip(" .") or "_"
    # File names are limited in bytes (255 on Linux): 200 leave room for 「（2）」 and .html.
    while len(cleaned.encode("utf-8")) > 200:
        cleaned = cleaned[:-1]
    return cleaned


def find_bundles(root: Path, output: Path) -> tuple[list[_Entry], list[str], list[Outcome]]:
    """The bundles under ROOT (sub-folders and zips, by name), the loose files that are none,
    and the entries refused (a link out of ROOT)."""
    root_real = root.resolve()
    entries: list[_Entry] = []
    ignored: list[str] = []
    refused: list[Outcome] = []
    taken: set[str] = set()
    own = own_folders()
    for path in sorted(root.iterdir(), key=lambda p: p.name):
        name = readable_name(path.name)  # (a GBK folder name unpacked from a Chinese Windows zip)
        if (name in SKIP or path.resolve() == output.resolve() or (path / STATE / "manifest.json").is_file()
                or path.resolve() in own):
            continue  # system folders, a batch's own output folder (this run's or an earlier one's), the cache
        if name.startswith("."):
            ignored.append(name)  # hidden: said, not read
            continue
        real = path.resolve()
        if path.is_symlink() and not (real == root_real or root_real in real.parents):
            refused.append(Outcome(safe_name(name), name, error="链接指向 ROOT 之外，未读取"))
            continue
        if path.is_dir():
            entries.append(_Entry(name, path, False))
        elif path.is_file() and path.suffix.lower() == ".zip":
            entries.append(_Entry(readable_name(path.stem), path, True))
        elif path.is_file():
            ignored.append(name)
        elif path.suffix.lower() == ".zip":
            # a pipe, a socket or a device named like a bundle: its row says why, never opened
            refused.append(Outcome(safe_name(readable_name(path.stem)), name, error="不是普通文件（管道、设备或套接字），未读取"))
        else:
            ignored.append(name)
    for entry in entries:  # 张三/ and 张三.zip: both kept, told apart
        base = safe_name(entry.id)
        if base.casefold() in taken:
            base = safe_name(readable_name(entry.path.name))
        n = 2
        unique = base
        while unique.casefold() in taken:
            unique, n = f"{base}（{n}）", n + 1
        taken.add(unique.casefold())
        entry.id = unique
    return entries, ignored, refused


def code_fingerprint(options: BatchOptions) -> str:
    """What, besides the files, decides a bundle's result: zhicheng's own code, rule pack and
    journal lists, and the options that change a reading or a verdict."""
    digest = hashlib.sha256()
    base = Path(__file__).resolve().parent.parent
    for package in ("zhicheng", "extractor", "classifiers", "rules", "identifiers", "journals"):
        for path in sorted((base / package).rglob("*")):
            relative = path.relative_to(base).as_posix()
            if relative.startswith(NO_VERDICT):
                continue  # the web pages, the command line's words: a change there changes no result
            if path.suffix in (".py", ".yaml", ".json", ".csv", ".txt") and path.is_file():
                digest.update(relative.encode())
                digest.update(path.read_bytes())
    b = options.bundle
    digest.update(json.dumps([b.read.engine, b.read.max_pages, b.read.max_ocr_pages, b.read.orient, b.read.dpi,
                              b.max_file_mb, [str(j) for j in b.journals]], ensure_ascii=False).encode())
    for extra in b.journals:
        digest.update(Path(extra).read_bytes())
    if b.catalog is not None:
        digest.update(json.dumps(b.catalog.pack, ensure_ascii=False, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def _hash_file(path: Path, known: dict[str, Any] | None) -> dict[str, Any]:
    info = path.stat()
    if (isinstance(known, dict) and known.get("size") == info.st_size and known.get("mtime_ns") == info.st_mtime_ns
            and isinstance(known.get("sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", known["sha256"])):
        return known
    from extractor.reading import file_sha256

    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "sha256": file_sha256(path)}


def _files_of(entry: _Entry, max_bytes: int) -> list[Path]:
    """The files whose content decides the bundle (refused and linked-out ones are not opened)."""
    if entry.is_zip:
        return [entry.path]
    files, _refused = discover(entry.path, set(), max_bytes)
    return files


def estimate_pages(path: Path) -> int:
    """Pages a file will give, cheaply (for progress only): a PDF's page count, a TIFF's frames."""
    try:
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(path)
            try:
                return max(1, len(pdf))
            finally:
                pdf.close()
        if suffix in (".tif", ".tiff"):
            from PIL import Image

            with Image.open(path) as image:
                return max(1, getattr(image, "n_frames", 1))
    except Exception:  # noqa: BLE001 - a file that cannot be opened is one page of progress
        return 1
    return 1


class _Writer:
    """The per-bundle state under OUTPUT/.zhicheng, written as each bundle finishes."""

    def __init__(self, output: Path):
        self.output = output
        self.state = output / STATE
        self.results = self.state / "results"
        self.reports = output / "reports"
        for folder in (self.results, self.reports):
            folder.mkdir(parents=True, exist_ok=True)
        self.manifest_path = self.state / "manifest.json"
        try:
            self.manifest: dict[str, Any] = json.loads(self.manifest_path.read_text(encoding="utf-8"))
            if not isinstance(self.manifest, dict):
                self.manifest = {}
        except (OSError, ValueError):
            self.manifest = {}

    def result_path(self, bundle_id: str) -> Path:
        return self.results / f"{hashlib.sha256(bundle_id.encode()).hexdigest()[:24]}.json"

    def report_path(self, bundle_id: str) -> Path:
        return self.reports / f"{bundle_id}.html"

    def reusable(self, bundle_id: str, key: str) -> dict[str, Any] | None:
        entry = self.manifest.get(bundle_id)
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        try:
            record = json.loads(self.result_path(bundle_id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(record, dict) or not isinstance(record.get("pages", 0), int):
            return None
        summary, error = record.get("summary"), record.get("error")
        if isinstance(summary, dict) and error is None:
            return record if self.report_path(bundle_id).exists() else None  # a deleted report: check again
        if summary is None and isinstance(error, str):
            return record
        return None  # anything else was not written by this code: check again

    def save(self, bundle_id: str, key: str, files: dict[str, Any], record: dict[str, Any], html: str | None) -> None:
        if html is not None:
            _atomic(self.report_path(bundle_id), html)
        _atomic(self.result_path(bundle_id), json.dumps(record, ensure_ascii=False))
        self.manifest[bundle_id] = {"key": key, "files": files}
        _atomic(self.manifest_path, json.dumps(self.manifest, ensure_ascii=False, indent=1))

    def prune(self, present: set[str]) -> None:
        """Forget bundles no longer under ROOT: their state, report and unpacked copy."""
        gone = [b for b in self.manifest if b not in present]
        for bundle_id in gone:
            # The manifest is a file on disk, so its ids are input: only an id this code could
            # have written (a safe_name) names a report, and only inside reports/.
            if isinstance(bundle_id, str) and bundle_id == safe_name(bundle_id):
                for path in (self.result_path(bundle_id), self.report_path(bundle_id)):
                    try:
                        if path.resolve().parent in (self.results.resolve(), self.reports.resolve()):
                            path.unlink(missing_ok=True)
                    except OSError:
                        pass
                shutil.rmtree(self.unpacked(bundle_id), ignore_errors=True)
            del self.manifest[bundle_id]
        if gone:
            _atomic(self.manifest_path, json.dumps(self.manifest, ensure_ascii=False, indent=1))

    def unpacked(self, bundle_id: str) -> Path:
        return self.state / "unpacked" / hashlib.sha256(bundle_id.encode()).hexdigest()[:24]

    def forget(self, bundle_id: str) -> None:
        if self.manifest.pop(bundle_id, None) is not None:
            _atomic(self.manifest_path, json.dumps(self.manifest, ensure_ascii=False, indent=1))


def _atomic(path: Path, text: str) -> None:
    _atomic_bytes(path, text.encode("utf-8"))


def _atomic_bytes(path: Path, data: bytes) -> None:
    """``path`` written whole or left as it was: a temp file beside it, then a rename.  A full
    disk, Ctrl-C or SIGTERM half-way leaves no temp file in the output folder."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def run_batch(root: str | Path, options: BatchOptions | None = None) -> BatchResult:
    """Check every bundle under ``root``; write the outputs; ``BatchError`` for unusable input."""
    from .summary import write_outputs

    options = options or BatchOptions()
    started = time.perf_counter()
    root = Path(root)
    if not root.is_dir():
        raise BatchError(f"{root}: {'不是文件夹' if root.exists() else '文件夹不存在'}；应为存放各申报人材料包的文件夹")
    output = Path(options.output) if options.output else root / DEFAULT_OUTPUT
    if not options.output and output.is_symlink():
        # ROOT/_zhicheng planted as a link elsewhere: the default output is ROOT's own folder, and
        # nothing is written through a link out of it
        raise BatchError(f"{output}: 默认输出文件夹是一个链接（指向 {os.readlink(output)}）；请删除它或用 --output 指定输出文件夹")
    real_root, real_output = root.resolve(), output.resolve()
    if real_output == real_root:
        raise BatchError(f"{output}: 输出文件夹不能是 ROOT 本身（其中每个子文件夹都是一名申报人的材料）")
    if real_root in real_output.parents and len(real_output.relative_to(real_root).parts) > 1:
        inside = real_output.relative_to(real_root).parts[0]  # every sub-folder of ROOT is a bundle
        raise BatchError(f"{output}: 输出文件夹在材料包「{inside}」之内，会被当作该申报人的材料；请放在别处")
    entries, ignored, outcomes = find_bundles(root, output)
    if not entries and not outcomes:
        raise BatchError(f"{root}: 没有材料包（应为每名申报人一个子文件夹或 .zip 文件）")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        from .intake import os_reason

        raise BatchError(f"{output}: 输出文件夹无法创建（{os_reason(err)}）") from None
    writer = _Writer(output)
    fingerprint = code_fingerprint(options)
    max_bytes = int(options.bundle.max_file_mb * (1 << 20))
    planned: list[_Planned] = []
    for entry in entries:
        outcome = Outcome(entry.id, readable_name(entry.path.name))
        outcomes.append(outcome)
        try:
            plan = _plan(entry, outcome, writer, fingerprint, options, max_bytes)
        except (CaseError, RosterError, BundleUnusable) as err:
            outcome.error = str(err)
            writer.forget(entry.id)
            continue
        except OSError as err:
            from .intake import os_reason

            outcome.error = f"材料包无法读取（{os_reason(err)}）"
            writer.forget(entry.id)
            continue
        if plan is not None:
            planned.append(plan)
    outcomes.sort(key=lambda o: o.entry)
    writer.prune({e.id for e in entries})
    result = BatchResult(output, outcomes, ignored=ignored, unmatched=_unmatched(options.roster, entries))
    reused_pages = sum(o.pages for o in outcomes if o.reused)
    progress = Progress(sum(o.summary is not None or o.error is not None for o in outcomes), len(outcomes),
                        reused_pages, reused_pages + sum(p.outcome.pages for p in planned), 0.0)
    try:
        _read_and_judge(planned, writer, options, progress, started, result)
    except KeyboardInterrupt:
        result.interrupted = True
        for plan in planned:
            if plan.outcome.summary is None and plan.outcome.error is None:
                plan.outcome.error = "未完成：批量核验被中断，重新运行即可继续"
    finally:
        result.seconds = time.perf_counter() - started
        write_outputs(result, writer)
    return result


def _plan(entry: _Entry, outcome: Outcome, writer: _Writer, fingerprint: str, options: BatchOptions,
          max_bytes: int) -> _Planned | None:
    """Hash the bundle; reuse its last result when nothing changed; else unpack (a zip),
    validate its profile and list its files.  Raises CaseError/RosterError for the row."""
    entry_state = writer.manifest.get(entry.id)
    known = entry_state.get("files") if isinstance(entry_state, dict) else None
    known = known if isinstance(known, dict) else {}
    files: dict[str, Any] = {}
    base = entry.path.parent if entry.is_zip else entry.path
    for path in _files_of(entry, max_bytes):
        name = readable_name(path.relative_to(base).as_posix())
        files[name] = _hash_file(path, known.get(name))
    own_profile = _zip_has_profile(entry.path) if entry.is_zip else (entry.path / "profile.yaml").exists()
    # a bundle with its own profile.yaml never reads its roster row: a changed row of
    # another applicant's is no reason to read it again
    source = None if own_profile else _profile_key(entry.id, options)
    key = hashlib.sha256(json.dumps([fingerprint, sorted((n, f["sha256"]) for n, f in files.items()), source],
                                    ensure_ascii=False).encode()).hexdigest()
    record = writer.reusable(entry.id, key)
    if record is not None:
        outcome.summary, outcome.error, outcome.reused = record.get("summary"), record.get("error"), True
        outcome.pages = record.get("pages", 0)
        return None
    folder = entry.path
    refused_extra: list[Refusal] = []
    if entry.is_zip:
        from .archive import ArchiveError, unpack

        folder = writer.unpacked(entry.id)
        try:
            damaged = unpack(entry.path, folder, MAX_ZIP_TOTAL_MB << 20, max_bytes)
        except ArchiveError as err:
            outcome.error = str(err)
            writer.save(entry.id, key, files, {"summary": None, "error": outcome.error, "pages": 0}, None)
            writer.report_path(entry.id).unlink(missing_ok=True)
            return None
        refused_extra = [Refusal(name, getattr(why, "code", "unreadable_file"), why) for name, why in damaged.items()]
        inner = [p for p in folder.iterdir() if not p.name.startswith(".")]
        if len(inner) == 1 and inner[0].is_dir() and not (folder / "profile.yaml").exists():
            folder = inner[0]  # 张三.zip holding 张三/…: the folder inside is the bundle
    try:
        inputs = prepare(folder, roster=options.roster, target=options.target, label=entry.id)
    except CaseError as err:
        if not entry.is_zip:
            raise
        # The unpacked copy's path means nothing to a reviewer: name the zip instead.
        text = str(err).replace(str(folder / "profile.yaml"), f"{readable_name(entry.path.name)} 中的 profile.yaml")
        raise BundleUnusable(readable_name(text.replace(str(folder), entry.path.name))) from None
    found, refused = discover(folder, inputs.exclude, max_bytes)
    pages = sum(estimate_pages(f) for f in found)
    outcome.pages = pages
    return _Planned(outcome, inputs, refused + refused_extra, found, key, files, left=len(found))


def _unmatched(roster: Roster | None, entries: list[_Entry]) -> list[str]:
    """The roster's applicants no bundle of ROOT is for: a bundle not handed in yet, or a
    folder named so that it fits no row; a reviewer wants to know before filing the 汇总表."""
    if roster is None:
        return []
    found = set()
    for entry in entries:
        try:
            found.add(roster.find(entry.id).number)
        except RosterError:
            continue
    return [row.name or f"第{row.number}行" for row in roster.rows if row.number not in found]


def _zip_has_profile(path: Path) -> bool:
    """Whether a zip carries its own profile.yaml, at its root or in the one folder it holds
    (张三.zip holding 张三/…), read off its directory without unpacking.  A zip that cannot be
    listed is taken as having none: its row says why when it is unpacked."""
    import zipfile

    from .archive import member_names

    try:
        with zipfile.ZipFile(path) as archive:
            names = [m.name.strip("/") for m in member_names(archive)]
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError, EOFError):
        return False
    tops = {n.split("/", 1)[0] for n in names if not n.startswith("__MACOSX")}
    return "profile.yaml" in names or (len(tops) == 1 and f"{next(iter(tops))}/profile.yaml" in names)


def _profile_key(bundle_id: str, options: BatchOptions) -> Any:
    """What decides a bundle's profile when it has no profile.yaml: its roster row, or the target."""
    if options.roster is not None:
        try:
            return ["roster", options.roster.find(bundle_id).cells]
        except RosterError as err:
            return ["roster-error", str(err)]
    return ["target", options.target.value if options.target else None]


def _read_and_judge(planned: list[_Planned], writer: _Writer, options: BatchOptions, progress: Progress,
                    started: float, result: BatchResult) -> None:
    from extractor.formats import detail

    by_id = {p.outcome.id: p for p in planned}
    tasks = [FileTask(p.outcome.id, str(f), readable_name(f.relative_to(p.inputs.bundle).as_posix()), p.inputs.reading_name,
                      estimate_pages(f)) for p in planned for f in p.files]
    pages_of = {t.key: t.pages for t in tasks}

    def finish(plan: _Planned) -> None:
        try:
            _finish(plan, writer, options)
        except OSError as err:
            # (the output folder's fault, not the bundle's: a full disk, a folder made read-only)
            from .intake import os_reason

            plan.outcome.error = f"报告无法写入输出文件夹（{os_reason(err)}）：材料包本身未见问题，腾出空间或换一个输出文件夹后重跑"
            writer.forget(plan.outcome.id)
        except Exception as err:  # noqa: BLE001 - one bundle's fault must not stop the batch
            plan.outcome.error = f"内部错误：{type(err).__name__}: {detail(err)}（请把材料包报告给维护者）"
            writer.forget(plan.outcome.id)
        progress.bundles_done += 1
        progress.elapsed = time.perf_counter() - started
        verdict = plan.outcome.summary["结论"] if plan.outcome.summary else "无法核验"
        progress.last = f"{plan.outcome.id}：{verdict}"
        if options.progress:
            options.progress(progress)

    for plan in planned:
        if plan.left == 0:
            finish(plan)
    if not tasks:
        return
    if options.scheduler:
        runner = DaskPool(options.scheduler, options.bundle.read)
    else:
        jobs = options.jobs or os.cpu_count() or 1
        runner = LocalPool(min(jobs, len(tasks)), options.bundle.read, options.memory_mb)
    try:
        for task, documents in runner.run(tasks):
            plan = by_id[task.bundle]
            plan.documents.extend(documents)
            plan.left -= 1
            progress.pages_done += pages_of[task.key]
            result.pages_read += pages_of[task.key]
            progress.elapsed = time.perf_counter() - started
            if plan.left == 0:
                finish(plan)
            elif options.progress:
                options.progress(progress)
    except OSError as err:
        if options.scheduler:
            raise BatchError(f"--scheduler {options.scheduler}: 无法连接 Dask 集群（{detail(err)}）") from None
        raise
    finally:
        result.restarts = runner.restarts


def _finish(plan: _Planned, writer: _Writer, options: BatchOptions) -> None:
    from .html_report import render_html
    from .summary import summarise

    documents = sorted(plan.documents, key=lambda d: (d.file, d.page_range or (0, 0)))
    report = judge(plan.inputs, documents, plan.refused, options.bundle)
    data = report.to_dict()
    data["bundle"] = plan.outcome.entry  # as the reviewer knows it, not the unpacked folder
    summary = summarise(plan.outcome.id, data, f"reports/{plan.outcome.id}.html")
    html = render_html(report)
    writer.save(plan.outcome.id, plan.key, plan.manifest,
                {"summary": summary, "error": None, "pages": plan.outcome.pages, "verdict": data}, html)
    # (done only once its report and record are on disk: a Ctrl-C before that leaves it 未完成,
    # never a row that links a report nobody wrote)
    plan.outcome.summary = summary
    plan.documents = []  # the record is on disk; a province's batch must not keep it in memory
    # A zip's unpacked copy has served (the report embeds its crops); a changed zip is unpacked anew.
    shutil.rmtree(writer.unpacked(plan.outcome.id), ignore_errors=True)
