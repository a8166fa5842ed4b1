"""The command line: a thin shell over the library (CONTRACT §1).

Each command validates every option and input first (exit 2 with one line in Chinese before
any file is read), then calls one library function and prints the result.
Exit codes: 0 eligible / ran fine, 1 not eligible, an error-level issue or a file that could
not be read, 2 bad input.  Heavy imports (OCR, PDF, images) never happen here at module level:
``rules`` and ``evaluate`` must start in well under half a second.
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum, IntEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .intake import DEFAULT_MAX_FILE_MB, readable_name  # a light module (os, stat): the default shows in --help

app = typer.Typer(
    name="zhicheng",
    help="职称申报材料核验：渝人社发〔2022〕67号 工业互联网与智能制造专业",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class ExitCode(IntEnum):
    OK = 0
    NOT_ELIGIBLE = 1
    BAD_INPUT = 2


class Format(str, Enum):
    table = "table"
    json = "json"


def fail(message: str) -> typer.Exit:
    """Print a one-line input error on stderr; the caller raises the returned Exit."""
    from rules.yaml_input import clip

    print(f"zhicheng: 错误: {clip(message, 600)}", file=sys.stderr)
    return typer.Exit(ExitCode.BAD_INPUT)


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            print(f"zhicheng {version('zhicheng')}")
        except PackageNotFoundError:
            print("zhicheng（未安装的源码副本）")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="显示版本后退出")] = False,
) -> None:
    """职称申报材料核验：渝人社发〔2022〕67号 工业互联网与智能制造专业"""


PackOption = Annotated[Optional[Path], typer.Option("--pack", help="改用此规则包文件（默认随程序提供的 渝人社发〔2022〕67号）")]


def _catalog(pack: Path | None):
    """The rule pack, or exit 2 with the pack's own one-line problem."""
    from rules import PackError, load_catalog
    from rules.catalog import load_catalog_file

    try:
        return load_catalog_file(pack) if pack is not None else load_catalog()
    except PackError as err:
        raise fail(f"规则包无法使用：{err}")


@app.command()
def rules(
    title: Annotated[Optional[str], typer.Option("--title", "-t", help="职称，如 senior_engineer 或 高级工程师")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table 或 json")] = Format.table,
    pack: PackOption = None,
) -> None:
    """列出某职称（或全部职称）的申报条件：编号、条款和原文。"""
    from rules import CaseError
    from rules.case_file import parse_title

    from .rules_view import catalog_to_dict, render_catalog

    target = None
    if title is not None:
        try:
            target = parse_title(title, "--title")
        except CaseError as err:
            raise fail(str(err))
    catalog = _catalog(pack)
    if format is Format.json:
        print_json(catalog_to_dict(catalog, target))
    else:
        render_catalog(catalog, target)


@app.command()
def evaluate(
    case_file: Annotated[Path, typer.Argument(metavar="CASE.yaml", help="申报人情况与成果清单（YAML）")],
    format: Annotated[Format, typer.Option("--format", "-f", help="table 或 json")] = Format.table,
    pack: PackOption = None,
) -> None:
    """按条件逐条判断申报人声明的成果（不读材料文件）。"""
    from rules import CaseError, evaluate as judge, load_case

    from .verdict_view import render_verdict

    catalog = _catalog(pack)
    try:
        case = load_case(case_file)
    except CaseError as err:
        raise fail(str(err))
    verdict = judge(case, catalog)
    if format is Format.json:
        print_json(verdict.to_dict())
    else:
        render_verdict(verdict)
    raise typer.Exit(verdict.exit_code)


class ExtractFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class Engine(str, Enum):
    rapidocr = "rapidocr"
    tesseract = "tesseract"


MaxFileOption = Annotated[float, typer.Option("--max-file-mb", help="单个材料文件的大小上限（MB），更大的文件不读取")]


def _max_bytes(max_file_mb: float) -> int:
    if not (0 < max_file_mb <= 100_000):
        raise fail(f"--max-file-mb: 应为 0 到 100000 之间的数，实为 {max_file_mb:g}")
    return int(max_file_mb * (1 << 20))


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="证明材料：PDF、JPEG、PNG、TIFF、BMP、WebP")],
    name: Annotated[Optional[str], typer.Option("--name", help="申报人姓名：给出其在名单中的排名")] = None,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="table、json 或 jsonl")] = ExtractFormat.table,
    ocr_engine: Annotated[Engine, typer.Option("--ocr-engine", help="OCR 引擎")] = Engine.rapidocr,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="不读写 OCR 缓存")] = False,
    max_file_mb: MaxFileOption = DEFAULT_MAX_FILE_MB,
) -> None:
    """读取、识别、分类每个文件并抽取字段。有文件无法读取时退出码为 1。"""
    from extractor import ReadOptions

    from .documents import examine_all, refused_document
    from .documents_view import render_documents
    from .intake import check_file

    max_bytes = _max_bytes(max_file_mb)
    if name is not None and (not name.strip() or len(name) > 100):
        raise fail("--name: 应为申报人姓名（1 到 100 个字）")
    missing = [str(f) for f in files if not f.exists() and not f.is_symlink()]
    if missing:
        raise fail(f"{missing[0]}: 文件不存在")
    folders = [str(f) for f in files if f.is_dir()]
    if folders:
        raise fail(f"{folders[0]}: 是文件夹；extract 读取文件（整个材料包请用 check）")
    options = ReadOptions(engine=ocr_engine.value, use_cache=not no_cache)
    documents = []
    for path in files:
        shown = readable_name(str(path))
        refusal = check_file(path, max_bytes, shown)
        found = ([refused_document(refusal)] if refusal is not None
                 else examine_all(path, options, name=name, display_name=shown))
        documents += found
        if format is ExtractFormat.jsonl:
            for document in found:
                sys.stdout.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
    if format is ExtractFormat.json:
        print_json([d.to_dict() for d in documents])
    elif format is ExtractFormat.table:
        render_documents(documents)
    unread = any(i["code"] in ("unreadable_file", "file_too_large") for d in documents for i in d.issues)
    raise typer.Exit(ExitCode.NOT_ELIGIBLE if unread else ExitCode.OK)


class CheckFormat(str, Enum):
    table = "table"
    json = "json"
    html = "html"


def _jobs(jobs: int | None) -> int:
    """Worker processes: 1 to 2 × cores (more only queue up and multiply memory)."""
    cores = os.cpu_count() or 1
    if jobs is None:
        return cores
    if not 1 <= jobs <= 2 * cores:
        raise fail(f"--jobs: 应为 1 到 {2 * cores} 之间的整数（本机 {cores} 核），实为 {jobs}")
    return jobs


def _not_into_bundle(output: Path | None, bundle: Path, *inputs: Path | None) -> None:
    """Refuse a report written into the bundle it judges (over a certificate, or beside them to
    be read as evidence next time) or over the profile or claims file: the applicant's own
    papers are never overwritten."""
    if output is None:
        return
    target = output.resolve()
    if any(p is not None and p.resolve() == target for p in inputs):
        raise fail(f"{output}: --output 是申报信息或申报清单文件本身；报告不能覆盖输入")
    if bundle.is_dir() and target.is_relative_to(bundle.resolve()):
        raise fail(f"{output}: --output 在材料文件夹 {bundle} 之内；报告会覆盖或混入申报材料，请写到材料文件夹之外")


def _standard_stream(output: Path):
    """The standard stream ``output`` is another name of (/dev/stdout, /dev/fd/1, the very file
    stdout is redirected to), or None: the report is written to that stream, never by a rename
    over the name (which would replace /dev/stdout, a link, by a file)."""
    try:
        info = os.stat(output)
    except (OSError, ValueError):
        return None
    for stream, fd in ((sys.stdout, 1), (sys.stderr, 2)):
        try:
            mine = os.fstat(fd)
        except OSError:
            continue
        if stream is not None and (info.st_dev, info.st_ino) == (mine.st_dev, mine.st_ino):
            return stream
    return None


def _through_links(output: Path) -> Path:
    """Where a report named ``output`` lands: a link's real target, so that the rename that
    writes it whole replaces the target's content and leaves the link a link."""
    return Path(os.path.realpath(output)) if os.path.islink(output) else output


def _output(output: Path | None) -> None:
    """Refuse an output path that cannot be written, before any work is done."""
    if output is None or _standard_stream(output) is not None:
        return
    shown, output = output, _through_links(output)
    if output.is_dir():
        raise fail(f"{shown}: --output 是文件夹；应为报告文件的路径")
    if output.exists() and not output.is_file():
        # a device, a pipe or a socket (/dev/null, /dev/full): never opened (a pipe would wait)
        # nor replaced by the report's rename
        raise fail(f"{shown}: --output 不是普通文件（设备、管道或套接字）；应为报告文件的路径")
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise fail(f"{shown}: --output 所在的文件夹 {parent} 不存在")
    existed = output.exists()
    try:
        with open(output, "a", encoding="utf-8"):
            pass  # append mode, nothing written: an existing report is untouched until the end
    except OSError as err:
        from .intake import os_reason

        raise fail(f"{shown}: --output 无法写入（{os_reason(err)}）")
    if not existed:
        output.unlink(missing_ok=True)


def _write_output(output: Path, text: str) -> None:
    """The report, written whole or not at all (a temp file beside it, then a rename); onto a
    link's target, or into the standard stream ``output`` names."""
    import tempfile

    stream = _standard_stream(output)
    if stream is not None:
        stream.write(text)
        stream.flush()
        return
    output = _through_links(output)
    fd, tmp = tempfile.mkstemp(dir=output.parent if str(output.parent) else ".", prefix=".zhicheng-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise



def _journal_lists(journals: list[Path] | None):
    """The core-journal lists: the shipped ones and the user's ``--journals`` files."""
    from journals import JournalListError

    from .journals_lookup import load_journal_lists

    for extra in journals or []:
        if not extra.exists():
            raise fail(f"{extra}: 文件不存在（--journals）")
    try:
        return load_journal_lists(list(journals or []))
    except (JournalListError, OSError, ValueError) as err:
        raise fail(f"核心期刊目录无法使用：{err}")

@app.command()
def check(
    bundle: Annotated[Path, typer.Argument(metavar="BUNDLE_DIR", help="一名申报人的材料文件夹")],
    profile: Annotated[Optional[Path], typer.Option("--profile", help="申报人情况（默认 BUNDLE_DIR/profile.yaml）")] = None,
    claims: Annotated[Optional[Path], typer.Option("--claims", help="申报成果清单（默认 BUNDLE_DIR/claims.yaml）")] = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="table、json 或 html")] = CheckFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="写入文件（html 必须给出）")] = None,
    journals: Annotated[Optional[list[Path]], typer.Option("--journals", help="补充的核心期刊目录文件")] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="并行进程数，1 到 2×CPU 核数（默认每核一个）")] = None,
    ocr_engine: Annotated[Engine, typer.Option("--ocr-engine", help="OCR 引擎")] = Engine.rapidocr,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="不读写 OCR 缓存")] = False,
    max_file_mb: MaxFileOption = DEFAULT_MAX_FILE_MB,
    pack: PackOption = None,
    roster: RosterOption = None,
    target: TargetOption = None,
) -> None:
    """核验一名申报人的整套材料：识别、抽取、对照申报清单、按条件判断。"""
    from extractor import ReadOptions
    from rules import CaseError

    from .bundle import BundleOptions, check_bundle, prepare
    from .progress import progress_printer

    # Everything is validated before the first file is read: a bad option must not cost
    # minutes of OCR before it is reported.
    if format is CheckFormat.html and output is None:
        raise fail("--format html 需要 --output PATH（报告是一个文件）")
    workers = _jobs(jobs)
    _max_bytes(max_file_mb)
    _not_into_bundle(output, bundle, profile, claims)
    _output(output)
    catalog = _catalog(pack)
    lists = _journal_lists(journals)
    roster_list, target_title = _profile_sources(roster, target)
    from .profiles import RosterError

    try:
        inputs = prepare(bundle, profile, claims, roster=roster_list, target=target_title)
    except (CaseError, RosterError) as err:
        raise fail(str(err))
    options = BundleOptions(read=ReadOptions(engine=ocr_engine.value, use_cache=not no_cache), jobs=workers,
                            journals=list(journals or []), max_file_mb=max_file_mb, catalog=catalog,
                            journal_lists=lists)
    try:
        with progress_printer() as progress:
            options.progress = progress
            report = check_bundle(bundle, profile, claims, options, inputs=inputs)
    except CaseError as err:
        raise fail(str(err))
    if format is CheckFormat.json:
        text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
    elif format is CheckFormat.html:
        from .html_report import render_html

        text = render_html(report)
    else:
        from .bundle_view import bundle_lines

        text = "\n".join(bundle_lines(report)) + "\n"
    if output is not None:
        try:
            _write_output(output, text)
        except OSError as err:
            from .intake import os_reason

            print(f"zhicheng: 错误: {output}: 报告无法写入（{os_reason(err)}）", file=sys.stderr)
            raise typer.Exit(ExitCode.BAD_INPUT)
        print(f"zhicheng: 报告已写入 {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    raise typer.Exit(report.exit_code)


RosterOption = Annotated[Optional[Path], typer.Option(
    "--roster", help="申报人名单（xlsx 或 csv：姓名、工作单位、现职称、取得时间、学历、申报职称）；材料包没有 profile.yaml 时使用")]
TargetOption = Annotated[Optional[str], typer.Option(
    "--target", help="申报职称（如 高级工程师）：材料包没有 profile.yaml 时，学历和现职称据证书推断")]


def _profile_sources(roster: Path | None, target: str | None):
    """--roster and --target, validated before any work (exit 2 with one line)."""
    from .profiles import RosterError, load_roster, parse_target

    try:
        return (load_roster(roster) if roster is not None else None,
                parse_target(target) if target is not None else None)
    except RosterError as err:
        raise fail(str(err))


@app.command()
def batch(
    root: Annotated[Path, typer.Argument(metavar="ROOT", help="存放材料包的文件夹：每名申报人一个子文件夹或 .zip")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="输出文件夹（默认 ROOT/_zhicheng）")] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="本机并行进程数，1 到 2×CPU 核数（默认每核一个）")] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask 集群地址（如 tcp://host:8786）：在集群上读取")] = None,
    roster: RosterOption = None,
    target: TargetOption = None,
    journals: Annotated[Optional[list[Path]], typer.Option("--journals", help="补充的核心期刊目录文件")] = None,
    ocr_engine: Annotated[Engine, typer.Option("--ocr-engine", help="OCR 引擎")] = Engine.rapidocr,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="不读写 OCR 缓存")] = False,
    max_file_mb: MaxFileOption = DEFAULT_MAX_FILE_MB,
    max_worker_mb: Annotated[Optional[int], typer.Option("--max-worker-mb", help="每个工作进程的内存上限（MB）")] = None,
    pack: PackOption = None,
) -> None:
    """批量核验一个单位的申报人：每个子文件夹或 .zip 为一名申报人；输出 汇总表.xlsx、summary.csv、verdicts.jsonl 和各人报告。"""
    from extractor import ReadOptions

    from .batch import BatchError, BatchOptions, run_batch
    from .bundle import BundleOptions

    workers = _jobs(jobs)
    _max_bytes(max_file_mb)
    if max_worker_mb is not None and not 1024 <= max_worker_mb <= 1 << 20:
        raise fail(f"--max-worker-mb: 应为 1024 到 1048576 之间的整数，实为 {max_worker_mb}")
    if scheduler is not None and not scheduler.strip():
        raise fail("--scheduler: 应为 Dask 调度器地址，如 tcp://192.168.1.10:8786")
    if not root.is_dir():
        raise fail(f"{root}: {'不是文件夹' if root.exists() else '文件夹不存在'}；应为存放各申报人材料包的文件夹")
    if output is not None and output.exists() and not output.is_dir():
        raise fail(f"{output}: --output 应为文件夹")
    catalog = _catalog(pack)
    lists = _journal_lists(journals)
    roster_list, target_title = _profile_sources(roster, target)
    bundle_options = BundleOptions(read=ReadOptions(engine=ocr_engine.value, use_cache=not no_cache),
                                   journals=list(journals or []), max_file_mb=max_file_mb, catalog=catalog,
                                   journal_lists=lists)
    from .progress import batch_progress

    options = BatchOptions(output=output, jobs=workers, scheduler=scheduler, roster=roster_list,
                           target=target_title, memory_mb=max_worker_mb, bundle=bundle_options)
    try:
        with batch_progress() as progress:
            options.progress = progress
            result = run_batch(root, options)
    except BatchError as err:
        raise fail(str(err))
    unchecked = [o for o in result.outcomes if o.error]
    counts = {}
    for o in result.outcomes:
        if o.summary and not o.error:
            counts[o.summary["结论"]] = counts.get(o.summary["结论"], 0) + 1
    said = "，".join(f"{k} {v}" for k, v in counts.items())
    print(f"zhicheng: 已核验 {len(result.outcomes) - len(unchecked)}/{len(result.outcomes)} 个材料包"
          f"（{said or '无'}；无法核验 {len(unchecked)}），用时 {result.seconds:.0f} 秒；"
          f"结果在 {result.output}", file=sys.stderr)
    for outcome in unchecked:
        print(f"zhicheng: 无法核验 {outcome.entry}: {outcome.error}", file=sys.stderr)
    if result.ignored:
        print(f"zhicheng: 已忽略 ROOT 下不是材料包的文件：{'、'.join(result.ignored[:10])}"
              + ("…" if len(result.ignored) > 10 else ""), file=sys.stderr)
    if result.unmatched:
        print(f"zhicheng: 名单中有 {len(result.unmatched)} 人没有对应的材料包：{'、'.join(result.unmatched[:10])}"
              + ("…" if len(result.unmatched) > 10 else ""), file=sys.stderr)
    if result.interrupted:
        from .lifecycle import EXIT_TERMINATED, terminated

        print(f"zhicheng: {'已终止（收到 SIGTERM）' if terminated() else '已中断'}；已完成的材料包已保存，重新运行即可继续",
              file=sys.stderr)
        raise typer.Exit(EXIT_TERMINATED if terminated() else 130)
    raise typer.Exit(result.exit_code)


DataOption = Annotated[Optional[Path], typer.Option("--data", help="数据文件夹（默认 $ZHICHENG_DATA_DIR 或 ~/.local/share/zhicheng）")]
DbOption = Annotated[Optional[str], typer.Option("--db", help="数据库 URL（默认数据文件夹中的 SQLite；PostgreSQL：postgresql+psycopg://…）")]


def _store(data: Path | None, db: str | None):
    from .web.store import Store, default_data_dir

    try:
        return Store(data or default_data_dir(), db)
    except Exception as err:  # noqa: BLE001 - a database that cannot be opened is the user's input
        raise fail(f"数据库或数据文件夹无法使用（{_db_reason(err)}）")


def _db_reason(err: BaseException) -> str:
    """Why a database would not open, in Chinese (never the driver's class names)."""
    words = str(err).lower()
    for english, chinese in (("unable to open database file", "数据库文件无法打开：文件夹不存在或没有权限"),
                             ("password authentication failed", "数据库用户名或密码错误"),
                             ("could not connect", "连接不上数据库服务器"), ("connection refused", "数据库服务器拒绝连接"),
                             ("does not exist", "数据库不存在"), ("permission denied", "没有权限"),
                             ("could not parse rfc1738", "--db 不是有效的数据库地址"), ("can't load plugin", "--db 的数据库类型不受支持"),
                             ("file is not a database", "该文件不是 SQLite 数据库"), ("read-only", "数据库只读，无法写入")):
        if english in words:
            return chinese
    if isinstance(err, OSError):
        from .intake import os_reason
        return os_reason(err)
    return "数据库打开失败"


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="监听地址")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="端口")] = 8000,
    db: DbOption = None,
    data: DataOption = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="识别进程数（默认每核一个）")] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask 集群地址：在集群上识别")] = None,
    max_upload_mb: Annotated[int, typer.Option("--max-upload-mb", help="单个文件的上传上限（MB）")] = 200,
) -> None:
    """网页服务：申报人上传自查，审核人审核更正，审计人员追溯。"""
    import multiprocessing

    from .web.checks import ReaderOptions, reader_loop
    from .web.uploads import MB, Limits

    workers = _jobs(jobs)
    if not 1 <= port <= 65535:
        raise fail(f"--port: 应为 1 到 65535，实为 {port}")
    if not 1 <= max_upload_mb <= 10_000:
        raise fail(f"--max-upload-mb: 应为 1 到 10000，实为 {max_upload_mb}")
    store = _store(data, db)
    # The port is taken here, before the reader starts and before the queue is touched: a
    # port already in use is one line (exit 2), leaves no process behind and does not requeue
    # the checks of the service that holds it.
    sockets = _listen(host, port)
    store.requeue_unfinished()
    import uvicorn

    from .web.app import create_app

    import threading

    limits = Limits(max_file=max_upload_mb * MB, max_total=max(1024, 5 * max_upload_mb) * MB)
    options = ReaderOptions(jobs=workers, scheduler=scheduler, max_file_mb=max_upload_mb)

    def start_reader():
        process = multiprocessing.get_context("spawn").Process(
            target=reader_loop, args=(str(store.data), db, options),
            name="zhicheng-reader")  # not a daemon: it starts the reading pool's own processes
        process.start()
        return process

    readers = [start_reader()]
    stopping = threading.Event()

    def watch() -> None:
        """A reader that died (killed for memory, a native crash) is started again; what it
        was reading is queued again by the new one."""
        while not stopping.wait(2.0):
            if not readers[0].is_alive():
                store.log("warning", f"识别进程意外退出（退出码 {readers[0].exitcode}），已重新启动")
                readers[0] = start_reader()

    threading.Thread(target=watch, name="zhicheng-reader-watch", daemon=True).start()
    print(f"zhicheng: 网页服务 http://{host}:{port}/ （数据：{store.data}）", file=sys.stderr)
    server = uvicorn.Server(uvicorn.Config(create_app(store, limits), host=host, port=port, log_level="warning"))
    try:
        server.run(sockets=sockets)
    finally:
        stopping.set()
        readers[0].terminate()
        readers[0].join(5)
        for sock in sockets:
            sock.close()


def _listen(host: str, port: int) -> list:
    """The service's listening sockets (every address ``host`` names, as uvicorn would bind),
    or exit 2 with one line saying why not."""
    import errno
    import socket

    try:
        found = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError):
        raise fail(f"--host: 无法解析监听地址 {host}；应为本机的 IP 地址或主机名，如 127.0.0.1 或 0.0.0.0")
    sockets: list = []
    try:
        for family, kind, proto, address in dict.fromkeys((f, k, p, a) for f, k, p, _n, a in found):
            sock = socket.socket(family, kind, proto)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # (a restart within TIME_WAIT)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)  # its IPv4 twin is bound on its own
            sock.bind(address)
    except OSError as err:
        for sock in sockets:
            sock.close()
        if err.errno == errno.EADDRINUSE:
            other = f"（如 --port {port + 1}）" if port < 65535 else ""
            raise fail(f"--port: 端口 {port} 已被占用（另一个程序正在使用）；请换一个端口{other}或先停止占用它的程序")
        if err.errno in (errno.EACCES, errno.EPERM):
            raise fail(f"--port: 没有权限使用端口 {port}（1024 以下的端口需要管理员权限）；请换一个 1024 以上的端口")
        if err.errno == errno.EADDRNOTAVAIL:
            raise fail(f"--host: 本机没有地址 {host}；应为本机的 IP 地址，如 127.0.0.1 或 0.0.0.0")
        from .intake import os_reason

        raise fail(f"--host/--port: 无法在 {host}:{port} 上监听（{os_reason(err)}）")
    return sockets


user_app = typer.Typer(help="网页服务的用户", no_args_is_help=True, add_completion=False)
app.add_typer(user_app, name="user")


class Role(str, Enum):
    applicant = "applicant"
    reviewer = "reviewer"
    auditor = "auditor"
    admin = "admin"


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="用户名")],
    role: Annotated[Role, typer.Option("--role", help="applicant、reviewer、auditor 或 admin")] = Role.applicant,
    unit: Annotated[Optional[str], typer.Option("--unit", help="所在单位")] = None,
    db: DbOption = None,
    data: DataOption = None,
) -> None:
    """新增用户；密码从标准输入读取（第一行）。"""
    from .web.auth import find_user, hash_password, user_name_problem
    from .web.store import User

    problem = user_name_problem(name)
    if problem:
        raise fail(problem)
    if role in (Role.reviewer, Role.auditor) and not unit:
        raise fail(f"--unit: {role.value} 须指定所在单位")
    if unit is not None and (not unit.strip() or len(unit) > 100 or readable_name(unit) != unit):
        # (the unit is shown beside the name, and decides who sees whose applications)
        raise fail("--unit: 应为单位名称，1 到 100 个字，不含换行等控制字符")
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass("密码：")
        if getpass.getpass("再输一次：") != password:
            raise fail("两次输入的密码不一致")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < 8:
        raise fail("密码至少 8 个字符")
    store = _store(data, db)
    with store.session.begin() as session:
        if find_user(session, name) is not None:
            raise fail(f"用户 {name} 已存在")
        session.add(User(name=name, role=role.value, unit=unit, password_hash=hash_password(password)))
        store.audit(session, "（命令行）", f"新增用户 {name}", None, f"{role.value} {unit or ''}".strip())
    print(f"zhicheng: 已新增用户 {name}（{role.value}{'，' + unit if unit else ''}）", file=sys.stderr)


# Click's own usage errors, in Chinese: (pattern of its English message, our words).
_USAGE_ZH = (
    (r"Invalid value for '([^']+)'(?: / '[^']+')?: '(.*)' is not one of (.+)\.$",
     lambda m: f"{m[1]} 的值 '{m[2]}' 无效；应为 {m[3].replace(chr(39), '').replace(', ', '、')} 之一"),
    (r"Invalid value for '([^']+)'(?: / '[^']+')?: '(.*)' is not a valid integer",
     lambda m: f"{m[1]} 的值 '{m[2]}' 无效；应为整数"),
    (r"Invalid value for '([^']+)'(?: / '[^']+')?: '(.*)' is not a valid float",
     lambda m: f"{m[1]} 的值 '{m[2]}' 无效；应为数"),
    (r"Invalid value for '([^']+)'(?: / '[^']+')?: (?:Path|File|Directory) '(.*)' does not exist",
     lambda m: f"{m[1]}：{m[2]} 不存在"),
    (r"No such command '([^']+)'\.(?: Did you mean '([^']+)'\?)?",
     lambda m: f"没有命令 '{m[1]}'" + (f"；是否想写 '{m[2]}'？" if m[2] else "")),
    (r"No such option: (\S+)(?: \(Possible options: ([^)]+)\)| Did you mean (\S+)\?)?",
     lambda m: f"没有选项 {m[1]}" + (f"；是否想写 {(m[2] or m[3]).rstrip('?')}？" if (m[2] or m[3]) else "")),
    (r"Missing argument '([^']+)'", lambda m: f"缺少参数 {m[1]}"),
    (r"Missing option '([^']+)'", lambda m: f"缺少选项 {m[1]}"),
    (r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", lambda m: f"多余的参数：{m[1]}"),
    (r"Option '([^']+)' requires an argument", lambda m: f"选项 {m[1]} 需要一个值"),
)


def _usage_line(err) -> str:
    """A usage error of click's as one Chinese line, with where to look."""
    import re

    from rules.yaml_input import clip

    message = err.format_message()
    words = next((say(m) for pattern, say in _USAGE_ZH if (m := re.match(pattern, message))),
                 f"用法有误（{message}）")
    command = err.ctx.command_path if getattr(err, "ctx", None) else "zhicheng"
    return f"zhicheng: 错误: {clip(words, 300)}（见 {command} --help）"


def main() -> None:
    """Run the CLI; usage errors become one Chinese line (exit 2), and no traceback ever
    reaches the user: an unexpected failure is one line too (exit 1)."""
    for stream in (sys.stdout, sys.stderr):
        # A character no encoding can carry (a stray escaped byte of a name) is shown as ?,
        # never the crash that would lose the whole output.
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass
    from .lifecycle import stop_on_sigterm

    stop_on_sigterm()  # `kill PID` stops the workers and keeps finished work, as Ctrl-C does
    try:
        code = app(standalone_mode=False)
    except Exception as err:
        # typer carries its own copy of click: its exceptions are matched by class name.
        names = {c.__name__ for c in type(err).__mro__}
        if "NoArgsIsHelpError" in names:
            print(err.format_message(), file=sys.stderr)  # the help text itself
            code = ExitCode.BAD_INPUT
        elif "UsageError" in names:
            print(_usage_line(err), file=sys.stderr)
            code = ExitCode.BAD_INPUT
        elif "Abort" in names:
            code = _interrupted()
        elif _output_lost(err):
            code = ExitCode.BAD_INPUT
        else:
            code = _internal_error(err)
    except KeyboardInterrupt:
        code = _interrupted()
    from .lifecycle import terminated

    if code == 130 and terminated():
        # (typer turns an interrupt inside a command into a silent 130, SIGTERM's included)
        code = _interrupted()
    sys.exit(code if isinstance(code, int) else 0)


def _interrupted() -> int:
    """Ctrl-C (130) or SIGTERM (143), said in one line; the workers are stopped by then."""
    from .lifecycle import EXIT_TERMINATED, terminated

    try:
        print("zhicheng: 已终止（收到 SIGTERM）" if terminated() else "zhicheng: 已中断", file=sys.stderr)
    except (OSError, ValueError):
        pass
    return EXIT_TERMINATED if terminated() else 130


def _output_lost(err: BaseException) -> bool:
    """Standard output closed (>&-) or its disk full (> /dev/full): the environment's fault,
    said in one line on stderr, not an internal error."""
    import errno

    closed = sys.stdout is None or getattr(sys.stdout, "closed", False)
    full = isinstance(err, OSError) and err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EBADF)
    if not (closed or full):
        return False
    why = "标准输出已关闭" if closed else ("磁盘空间不足" if err.errno in (errno.ENOSPC, errno.EDQUOT) else "写入出错")
    try:
        print(f"zhicheng: 结果无法写到标准输出（{why}）；请把输出重定向到可写的文件", file=sys.stderr)
    except (OSError, AttributeError, ValueError):
        pass
    return True


def _internal_error(err: BaseException) -> int:
    """The last line of defence: a bug of ours is one line, never a traceback (exit 1)."""
    from rules.yaml_input import clip

    print(f"zhicheng: 内部错误：{clip(f'{type(err).__name__}: {err}', 120)}（请把命令和输入报告给维护者）",
          file=sys.stderr)
    return ExitCode.NOT_ELIGIBLE
