"""``check``: one applicant's folder of evidence in, a verdict with its evidence out (CONTRACT §6).

Files are read in parallel processes (OCR is CPU-bound; a process pool uses every core),
each in its own worker so that one file that crashes an engine costs only that file.
The batch runner and the web page call ``check_bundle`` the same way the CLI does.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from extractor import ReadOptions
from rules import CaseError, evaluate
from rules.case import Applicant, Case
from rules.case_file import default_as_of, parse_achievement, parse_applicant, read_yaml
from rules.dates import PartialDate

from .audit import AuditResult, Claim, audit, check_profile, issue
from .documents import Document, examine

PROFILE_NAME, CLAIMS_NAME = "profile.yaml", "claims.yaml"
SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass
class BundleOptions:
    read: ReadOptions = field(default_factory=ReadOptions)
    jobs: int = 0  # worker processes; 0 = one per core
    journals: list[Path] = field(default_factory=list)  # extra core-journal lists
    progress: Callable[[int, int, str], None] | None = None  # (done, total, file)


@dataclass
class BundleReport:
    verdict: dict[str, Any]
    documents: list[Document]
    achievements: list[dict[str, Any]]
    exit_code: int
    bundle: Path

    def to_dict(self) -> dict[str, Any]:
        return {**self.verdict, "documents": [d.to_dict() for d in self.documents],
                "achievements": self.achievements}


def discover(bundle: Path, exclude: set[Path]) -> list[Path]:
    """Every file under the bundle, recursively, in a stable order; hidden system files too
    (they are reported, never silently dropped)."""
    files = [p for p in bundle.rglob("*") if p.is_file() and p.resolve() not in exclude]
    return sorted(files, key=lambda p: p.relative_to(bundle).as_posix())


def _examine_one(path: str, relative: str, read: ReadOptions, name: str | None) -> Document:
    return examine(path, read, name=name, display_name=relative)


def read_documents(files: list[Path], bundle: Path, options: BundleOptions, name: str | None) -> list[Document]:
    """Examine every file, in parallel; a worker that dies yields an unreadable document."""
    relative = {f: f.relative_to(bundle).as_posix() for f in files}
    jobs = options.jobs or os.cpu_count() or 1
    results: dict[Path, Document] = {}
    if jobs == 1 or len(files) <= 1:
        for n, f in enumerate(files, start=1):
            results[f] = _safe(lambda: _examine_one(str(f), relative[f], options.read, name), relative[f])
            if options.progress:
                options.progress(n, len(files), relative[f])
    else:
        workers = min(jobs, len(files))
        threads = max(1, (os.cpu_count() or 1) // workers)
        with ProcessPoolExecutor(max_workers=workers, initializer=_share_cores, initargs=(threads,)) as pool:
            futures = {pool.submit(_examine_one, str(f), relative[f], options.read, name): f for f in files}
            for n, future in enumerate(as_completed(futures), start=1):
                f = futures[future]
                results[f] = _safe(future.result, relative[f])
                if options.progress:
                    options.progress(n, len(files), relative[f])
    return [results[f] for f in files]


def _share_cores(threads: int) -> None:
    """In each worker: the OCR engine and OpenMP use this worker's share of the cores."""
    os.environ["ZHICHENG_OCR_THREADS"] = str(threads)
    os.environ["OMP_NUM_THREADS"] = str(threads)


def _safe(run: Callable[[], Document], relative: str) -> Document:
    try:
        return run()
    except Exception as err:  # noqa: BLE001 - a crashed worker must not lose the bundle
        return Document(file=relative, sha256="0" * 64, pages=0, text_source="none", doc_type="unknown",
                        confidence=0.0, reasons=["处理时出错"],
                        issues=[issue("error", "unreadable_file", f"无法读取：处理时出错（{type(err).__name__}: {err}）",
                                      file=relative)])


def load_profile(path: Path) -> tuple[Applicant, PartialDate]:
    raw = read_yaml(path)
    if not isinstance(raw, dict):
        raise CaseError(str(path), "", "expected a mapping with as_of and applicant")
    unknown = set(raw) - {"as_of", "applicant"}
    if unknown:
        from rules.case_file import closest

        key = sorted(unknown)[0]
        raise CaseError(str(path), key, "unknown key; expected as_of, applicant", closest(key, ["as_of", "applicant"]))
    if "applicant" not in raw:
        raise CaseError(str(path), "applicant", "required key is missing")
    applicant = parse_applicant(raw["applicant"], str(path))
    as_of = PartialDate.parse(raw["as_of"]) if raw.get("as_of") else default_as_of()
    return applicant, as_of


def load_claims(path: Path | None) -> list[Claim]:
    if path is None or not path.exists():
        return []
    raw = read_yaml(path)
    if isinstance(raw, dict):
        unknown = set(raw) - {"achievements"}
        if unknown:
            raise CaseError(str(path), sorted(unknown)[0], "unknown key; expected achievements")
        raw = raw.get("achievements")
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise CaseError(str(path), "achievements", "expected a list of achievements")
    claims = []
    for n, item in enumerate(raw):
        achievement, extras = parse_achievement(item, str(path), f"achievements[{n}]", extra_keys=("evidence",))
        evidence = extras.get("evidence") or []
        if isinstance(evidence, str):
            evidence = [evidence]
        if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
            raise CaseError(str(path), f"achievements[{n}].evidence", "expected a list of file paths")
        # Paths as the documents are named: relative, forward slashes, "./" dropped.
        claims.append(Claim(achievement, [PurePosixPath(e.replace("\\", "/")).as_posix() for e in evidence], n))
    return claims


def check_bundle(bundle: str | Path, profile: str | Path | None = None, claims: str | Path | None = None,
                 options: BundleOptions | None = None) -> BundleReport:
    """The whole job on one folder.  Raises ``CaseError`` only for unusable profile/claims."""
    options = options or BundleOptions()
    bundle = Path(bundle)
    if not bundle.is_dir():
        raise CaseError(str(bundle), "", "expected a folder of evidence files")
    profile_path = Path(profile) if profile else bundle / PROFILE_NAME
    claims_path = Path(claims) if claims else bundle / CLAIMS_NAME
    if not profile_path.exists():
        raise CaseError(str(profile_path), "", "file not found; a bundle needs profile.yaml (or --profile)")
    applicant, as_of = load_profile(profile_path)
    claim_list = load_claims(claims_path if claims_path.exists() else None)
    if claims and not claims_path.exists():
        raise CaseError(str(claims_path), "", "file not found")

    exclude = {profile_path.resolve(), claims_path.resolve()}
    files = discover(bundle, exclude)
    documents = read_documents(files, bundle, options, applicant.name)

    from .journals_lookup import core_journal_checker

    core_journal, journal_issues = core_journal_checker(options.journals)
    applicant, profile_issues = check_profile(documents, applicant)
    result: AuditResult = audit(documents, claim_list, applicant, core_journal)
    if result.recommenders != applicant.recommendations:
        if applicant.recommendations > result.recommenders:
            profile_issues.append(issue("warning", "missing_evidence",
                                        f"profile 申报 {applicant.recommendations} 名推荐人，材料中有效推荐信 {result.recommenders} 封；以材料为准"))
        applicant = Applicant(**{**vars(applicant), "recommendations": result.recommenders})

    case = Case(applicant=applicant, as_of=as_of, achievements=[b.achievement for b in result.achievements])
    verdict = evaluate(case)
    data = verdict.to_dict()
    for rule_issue in data["issues"]:  # name the file and claim behind an achievement's issue
        index = rule_issue.get("achievement")
        if index is not None and index < len(result.achievements):
            built = result.achievements[index]
            rule_issue.setdefault("file", built.evidence[0] if built.evidence else None)
            if built.claim_index is not None:
                rule_issue.setdefault("claim", built.claim_index)
    document_issues = [i for d in documents for i in d.issues]
    data["issues"] = document_issues + journal_issues + profile_issues + result.issues + data["issues"]
    data["bundle"] = str(bundle)
    has_error = any(i["severity"] == "error" for i in data["issues"])
    exit_code = 0 if verdict.eligible and not has_error else 1
    return BundleReport(verdict=data, documents=documents,
                        achievements=[b.to_dict() for b in result.achievements],
                        exit_code=exit_code, bundle=bundle)
