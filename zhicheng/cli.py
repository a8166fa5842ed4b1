"""The command line: a thin shell over the library (CONTRACT §1).

Each command parses its arguments, calls one library function and prints the result.
Exit codes: 0 eligible / ran fine, 1 not eligible or an error-level issue, 2 bad input.
Heavy imports (OCR, spaCy) never happen here at module level: ``rules`` and
``evaluate`` must start in well under half a second.
"""

from __future__ import annotations

import json
import sys
from enum import Enum, IntEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

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
    print(f"zhicheng: error: {message}", file=sys.stderr)
    return typer.Exit(ExitCode.BAD_INPUT)


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@app.command()
def rules(
    title: Annotated[Optional[str], typer.Option("--title", "-t", help="职称，如 senior_engineer 或 高级工程师")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table 或 json")] = Format.table,
) -> None:
    """列出某职称（或全部职称）的申报条件：编号、条款和原文。"""
    from rules import CaseError, load_catalog
    from rules.case_file import parse_title

    from .rules_view import catalog_to_dict, render_catalog

    target = None
    if title is not None:
        try:
            target = parse_title(title, "--title")
        except CaseError as err:
            raise fail(str(err))
    catalog = load_catalog()
    if format is Format.json:
        print_json(catalog_to_dict(catalog, target))
    else:
        render_catalog(catalog, target)


@app.command()
def evaluate(
    case_file: Annotated[Path, typer.Argument(metavar="CASE.yaml", help="申报人情况与成果清单（CONTRACT §3）")],
    format: Annotated[Format, typer.Option("--format", "-f", help="table 或 json")] = Format.table,
) -> None:
    """按条件逐条判断申报人声明的成果（不读材料文件）。"""
    from rules import CaseError, evaluate as judge, load_case

    from .verdict_view import render_verdict

    try:
        case = load_case(case_file)
    except CaseError as err:
        raise fail(str(err))
    verdict = judge(case)
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


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="证明材料：PDF、JPEG、PNG、TIFF、BMP、WebP")],
    name: Annotated[Optional[str], typer.Option("--name", help="申报人姓名：给出其在名单中的排名")] = None,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="table、json 或 jsonl")] = ExtractFormat.table,
    ocr_engine: Annotated[Engine, typer.Option("--ocr-engine", help="OCR 引擎")] = Engine.rapidocr,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="不读写 OCR 缓存")] = False,
) -> None:
    """读取、识别、分类每个文件并抽取字段（CONTRACT §5）。"""
    from extractor import ReadOptions

    from .documents import examine
    from .documents_view import render_documents

    missing = [str(f) for f in files if not f.exists()]
    if missing:
        raise fail(f"{missing[0]}: file not found")
    options = ReadOptions(engine=ocr_engine.value, use_cache=not no_cache)
    documents = []
    for path in files:
        document = examine(path, options, name=name, display_name=str(path))
        documents.append(document)
        if format is ExtractFormat.jsonl:
            sys.stdout.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
    if format is ExtractFormat.json:
        print_json([d.to_dict() for d in documents])
    elif format is ExtractFormat.table:
        render_documents(documents)


class CheckFormat(str, Enum):
    table = "table"
    json = "json"
    html = "html"


@app.command()
def check(
    bundle: Annotated[Path, typer.Argument(metavar="BUNDLE_DIR", help="一名申报人的材料文件夹")],
    profile: Annotated[Optional[Path], typer.Option("--profile", help="申报人情况（默认 BUNDLE_DIR/profile.yaml）")] = None,
    claims: Annotated[Optional[Path], typer.Option("--claims", help="申报成果清单（默认 BUNDLE_DIR/claims.yaml）")] = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="table、json 或 html")] = CheckFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="写入文件（html 必须给出）")] = None,
    journals: Annotated[Optional[list[Path]], typer.Option("--journals", help="补充的核心期刊目录文件")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="并行进程数（0 = 每个 CPU 核一个）")] = 0,
    ocr_engine: Annotated[Engine, typer.Option("--ocr-engine", help="OCR 引擎")] = Engine.rapidocr,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="不读写 OCR 缓存")] = False,
) -> None:
    """核验一名申报人的整套材料：识别、抽取、对照申报清单、按条件判断（CONTRACT §6）。"""
    from extractor import ReadOptions
    from rules import CaseError

    from .bundle import BundleOptions, check_bundle
    from .progress import progress_printer

    if format is CheckFormat.html and output is None:
        raise fail("--format html needs --output PATH (the report is a file)")
    for extra in journals or []:
        if not extra.exists():
            raise fail(f"{extra}: file not found (--journals)")
    options = BundleOptions(read=ReadOptions(engine=ocr_engine.value, use_cache=not no_cache), jobs=jobs,
                            journals=list(journals or []))
    try:
        with progress_printer() as progress:
            options.progress = progress
            report = check_bundle(bundle, profile, claims, options)
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
        output.write_text(text, encoding="utf-8")
        print(f"zhicheng: report written to {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    raise typer.Exit(report.exit_code)


def main() -> None:
    app()
