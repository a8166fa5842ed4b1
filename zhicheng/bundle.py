"""``check``: one applicant's folder of evidence in, a verdict with its evidence out (CONTRACT §6).

Files are read in parallel processes (OCR is CPU-bound; a process pool uses every core),
each in its own worker so that one file that crashes an engine costs only that file.
The batch runner and the web page call ``check_bundle`` the same way the CLI does.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from extractor import ReadOptions
from rules import CaseError, evaluate
from rules.case import Achievement, Applicant, Case
from rules.catalog import Catalog
from rules.case_file import default_as_of, load_yaml_as, parse_achievement, parse_profile
from rules.dates import PartialDate
from rules.vocabulary import Title
from rules.yaml_input import clip

from .audit import AuditResult, Claim, audit, check_profile, issue, name_suggestion
from .documents import Document, examine_all, refused_document
from .intake import DEFAULT_MAX_FILE_MB, Refusal, discover, inside_bundle, readable_name
from .profiles import INFERRED_NOTE, ProfileSource, Roster, applicant_from_row, infer_applicant

PROFILE_NAME, CLAIMS_NAME = "profile.yaml", "claims.yaml"


@dataclass
class BundleOptions:
    read: ReadOptions = field(default_factory=ReadOptions)
    jobs: int = 0  # worker processes; 0 = one per core
    journals: list[Path] = field(default_factory=list)  # extra core-journal lists
    progress: Callable[[int, int, str], None] | None = None  # (done, total, file)
    max_file_mb: float = DEFAULT_MAX_FILE_MB  # larger evidence files are refused unread
    catalog: Catalog | None = None  # the rule pack (default: the shipped one)
    journal_lists: Any = None  # journals.JournalLists already loaded (and so validated) by the caller


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


def _as_declared(built: Achievement | None, claimed: Achievement) -> Achievement:
    """The claim's achievement with every fact its documents show in their place (``built``,
    the audit's), the claim's own for the facts they leave unsaid."""
    if built is None:
        return claimed
    filled = {k: v for k, v in vars(claimed).items() if v is not None and getattr(built, k, None) is None
              and k not in ("source", "evidence", "declared")}
    return replace(built, **filled) if filled else built


def _examine_one(path: str, relative: str, read: ReadOptions, name: str | None) -> list[Document]:
    return examine_all(path, read, name=name, display_name=relative)


def read_documents(files: list[Path], bundle: Path, options: BundleOptions, name: str | None) -> list[Document]:
    """Examine every file, in parallel; a worker that dies yields an unreadable document.
    A file that holds several documents (a 合订本) yields each, in page order."""
    relative = {f: readable_name(f.relative_to(bundle).as_posix()) for f in files}
    jobs = options.jobs or os.cpu_count() or 1
    results: dict[Path, list[Document]] = {}
    if options.progress:
        # Loading the OCR and language models takes seconds before the first file is done:
        # say so at once rather than sit at 0/?.
        options.progress(0, len(files), "正在加载识别模型…")
    if jobs == 1 or len(files) <= 1:
        for n, f in enumerate(files, start=1):
            results[f] = _safe(lambda: _examine_one(str(f), relative[f], options.read, name), relative[f])
            if options.progress:
                options.progress(n, len(files), relative[f])
    else:
        workers = min(jobs, len(files))
        threads = max(1, (os.cpu_count() or 1) // workers)
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_share_cores, initargs=(threads,))
        try:
            futures = {pool.submit(_examine_one, str(f), relative[f], options.read, name): f for f in files}
            for n, future in enumerate(as_completed(futures), start=1):
                f = futures[future]
                results[f] = _safe(future.result, relative[f])
                if options.progress:
                    options.progress(n, len(files), relative[f])
            pool.shutdown(wait=True)
        except BaseException:
            # Ctrl-C or SIGTERM: the workers stop now.  Leaving the pool's block normally would
            # wait for each to finish its current file, a minute of OCR nobody will read.
            from .pool import stop_pool

            stop_pool(pool)
            raise
    return [doc for f in files for doc in results[f]]


def _share_cores(threads: int) -> None:
    """In each worker: the OCR engine and OpenMP use this worker's share of the cores; Ctrl-C
    and SIGTERM are the command's to handle, and the worker ends with it (``lifecycle``)."""
    from .lifecycle import worker_start

    worker_start()
    os.environ["ZHICHENG_OCR_THREADS"] = str(threads)
    os.environ["OMP_NUM_THREADS"] = str(threads)


def _safe(run: Callable[[], list[Document]], relative: str) -> list[Document]:
    try:
        return run()
    except Exception as err:  # noqa: BLE001 - a crashed worker must not lose the bundle
        from extractor.formats import detail

        return [refused_document(Refusal(relative, "unreadable_file", f"无法读取：处理时出错（{detail(err)}）"))]


def split_employer(raw: object, source: str) -> tuple[object, str | None]:
    """A profile without its ``applicant.employer`` (the 工作单位: a report's and a 汇总表's
    field, never a rule's, so the rules' profile has no place for it), and that employer.
    One reading for profile.yaml and the web service's form."""
    if isinstance(raw, dict) and isinstance(raw.get("applicant"), dict) and "employer" in raw["applicant"]:
        applicant = dict(raw["applicant"])
        value = applicant.pop("employer")
        if value is not None and not isinstance(value, str):
            raise CaseError(source, "applicant.employer", "应为工作单位名称（文字）")
        return {**raw, "applicant": applicant}, (clip(value, 100) if value else None)
    return raw, None


def load_profile(path: Path) -> tuple[Applicant, PartialDate, str | None]:
    """profile.yaml: the applicant, the as_of date, and the 工作单位 when given
    (``applicant.employer``, ``split_employer``)."""
    employer: list[str | None] = [None]

    def parse(raw: object, source: str):
        raw, employer[0] = split_employer(raw, source)
        return parse_profile(raw, source)

    applicant, as_of = load_yaml_as(path, parse)
    return applicant, as_of, employer[0]


def load_claims(path: Path | None) -> list[Claim]:
    if path is None or not path.exists():
        return []
    return load_yaml_as(path, _claims)


def _claims(raw: object, source: str) -> list[Claim]:
    if isinstance(raw, dict):
        unknown = set(raw) - {"achievements"}
        if unknown:
            from rules.case_file import closest

            key = sorted(unknown)[0]
            raise CaseError(source, key, "未知的键；应为 achievements", closest(key, ["achievements"]))
        raw = raw.get("achievements")
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise CaseError(source, "achievements", "应为成果列表")
    claims = []
    for n, item in enumerate(raw):
        achievement, extras = parse_achievement(item, source, f"achievements[{n}]", extra_keys=("evidence",))
        evidence = extras.get("evidence") or []
        if isinstance(evidence, str):
            evidence = [evidence]
        if not isinstance(evidence, list) or not all(isinstance(e, str) and len(e) <= 1000 for e in evidence):
            raise CaseError(source, f"achievements[{n}].evidence", "应为文件路径列表（相对于材料包）")
        # Paths as the documents are named: relative, forward slashes, "./" dropped.
        # (a path as the bundle's files are named: Windows' separators, control characters shown
        # as ? as ``intake.readable_name`` shows them, probe CQ F24's 专利\n证书.pdf)
        claims.append(Claim(achievement, [readable_name(PurePosixPath(e.replace("\\", "/")).as_posix()) for e in evidence], n))
    return claims


@dataclass
class Inputs:
    """Everything ``check`` reads before the first evidence file: validated, or CaseError
    (RosterError for a roster row that does not fit)."""

    bundle: Path
    applicant: Applicant | None  # None: inferred from the certificates once read (--target)
    as_of: PartialDate
    claims: list[Claim]
    exclude: set[Path]
    source: ProfileSource
    target: Title | None = None  # the title applied for, when the profile is inferred
    label: str = ""  # the bundle as the reviewer names it (a zip's own name, not its unpacked folder)

    @property
    def reading_name(self) -> str | None:
        """The name the applicant's rank is looked up by while reading, when known already."""
        return self.applicant.name if self.applicant else None


def prepare(bundle: str | Path, profile: str | Path | None = None, claims: str | Path | None = None, *,
            roster: Roster | None = None, target: Title | None = None, label: str | None = None) -> Inputs:
    """Validate the bundle, profile and claims; ``CaseError`` (exit 2) before any work.

    The profile is the bundle's ``profile.yaml`` (or ``--profile``); without one, the row of
    ``roster`` the bundle's name matches, else (``target``) what its certificates show."""
    bundle = Path(bundle)
    label = label or readable_name(bundle.name)
    if not bundle.is_dir():
        raise CaseError(str(bundle), "", "应为一名申报人的材料文件夹" if bundle.exists() else "文件夹不存在")
    profile_path = Path(profile) if profile else bundle / PROFILE_NAME
    claims_path = Path(claims) if claims else bundle / CLAIMS_NAME
    for path, given in ((profile_path, profile), (claims_path, claims)):
        # The bundle's own profile.yaml/claims.yaml are bundle content: a link out is not followed.
        if not given and (path.exists() or path.is_symlink()) and not inside_bundle(path, bundle):
            raise CaseError(str(path), "", "链接指向材料包之外，未读取")
    if claims and not claims_path.exists():
        raise CaseError(str(claims_path), "", "文件不存在")
    claim_list = load_claims(claims_path if claims_path.exists() else None)
    # (the bundle's own profile.yaml and claims.yaml are never evidence, even when --profile or
    # --claims names other files)
    exclude = {Path(os.path.realpath(p)) for p in (profile_path, claims_path, bundle / PROFILE_NAME, bundle / CLAIMS_NAME)}
    if profile_path.exists() or profile:
        if not profile_path.exists():
            raise CaseError(str(profile_path), "", "文件不存在")
        applicant, as_of, employer = load_profile(profile_path)
        source = ProfileSource("profile", profile_path.name if not profile else str(profile_path), employer=employer)
        return Inputs(bundle, applicant, as_of, claim_list, exclude, source, label=label)
    if roster is not None:
        applicant, source = applicant_from_row(roster.find(label), roster)
        return Inputs(bundle, applicant, default_as_of(), claim_list, exclude, source, label=label)
    if target is not None:
        return Inputs(bundle, None, default_as_of(), claim_list, exclude, ProfileSource("inferred", INFERRED_NOTE),
                      target=target, label=label)
    raise CaseError(str(profile_path), "", "文件不存在；材料包需要 profile.yaml（或 --profile、--roster 名单、--target 申报职称）")


def check_bundle(bundle: str | Path, profile: str | Path | None = None, claims: str | Path | None = None,
                 options: BundleOptions | None = None, inputs: Inputs | None = None,
                 refused_extra: list[Refusal] | None = None) -> BundleReport:
    """The whole job on one folder.  Raises ``CaseError`` only for unusable profile/claims
    (``prepare`` may be called first, so that bad input is refused before any work)."""
    options = options or BundleOptions()
    inputs = inputs or prepare(bundle, profile, claims)
    files, refused = discover(inputs.bundle, inputs.exclude, int(options.max_file_mb * (1 << 20)))
    documents = read_documents(files, inputs.bundle, options, inputs.reading_name)
    return judge(inputs, documents, refused + list(refused_extra or []), options)


def judge(inputs: Inputs, documents: list[Document], refused: list[Refusal],
          options: BundleOptions | None = None) -> BundleReport:
    """The verdict on a bundle whose files have been read (here, by a batch's shared pool or
    by a Dask cluster): the profile inferred when it must be, claims audited, rules applied."""
    from rules import load_catalog
    from rules.evaluator import headline

    from .documents import rank_applicant

    options = options or BundleOptions()
    bundle, applicant, as_of = inputs.bundle, inputs.applicant, inputs.as_of
    catalog = options.catalog or load_catalog()
    source, inferred_issues = inputs.source, []
    if applicant is None:  # --target: the certificates say who and what
        applicant, source, inferred_issues = infer_applicant(documents, inputs.target, inputs.label)
        if applicant.name:
            for doc in documents:
                rank_applicant(doc, applicant.name)
    documents = documents + [refused_document(r) for r in refused if r.code != "outside_bundle"]
    documents.sort(key=lambda d: (d.file, d.page_range or (0, 0)))
    outside = [r.issue() for r in refused if r.code == "outside_bundle"]

    from .journals_lookup import core_journal_checker

    core_journal, journal_issues = core_journal_checker(options.journals, options.journal_lists)
    name_issues = name_suggestion(documents, applicant.name)
    applicant, profile_issues = check_profile(documents, applicant, as_of)
    if "education" in (source.unknown or ()):
        # (no education declared and none read: the inferred profile's missing_evidence says so;
        # 申报信息为中专 would quote a placeholder nobody declared, probe DU)
        profile_issues = [i for i in profile_issues if i["code"] != "education_not_shown"]
    profile_issues = inferred_issues + profile_issues
    profiled = applicant  # the profile as its certificates correct it, letters as declared
    result: AuditResult = audit(documents, inputs.claims, applicant, core_journal,
                                refused={r.file: r.message for r in refused}, as_of=as_of, employer=source.employer)
    if result.recommenders != applicant.recommendations:
        if applicant.recommendations > result.recommenders:
            profile_issues.append(issue("warning", "missing_evidence",
                                        f"申报信息填报 {applicant.recommendations} 名推荐人，材料中有效推荐信 {result.recommenders} 封；以材料为准"))
        applicant = Applicant(**{**vars(applicant), "recommendations": result.recommenders})

    labels = [f"成果{b.claim_index + 1}" if b.claim_index is not None else f"材料 {b.evidence[0]}"
              for b in result.achievements]
    case = Case(applicant=applicant, as_of=as_of, achievements=[b.achievement for b in result.achievements],
                documents_required=True, labels=labels)
    verdict = evaluate(case, catalog)
    data = verdict.to_dict()
    # The same applicant taken at their word (the profile and claims, achievements without
    # claims as the documents show them): would the case be eligible if the evidence bore
    # it out?  A 汇总表 tells 需补正 from 不符合 by it.
    # Taken at their word where the documents are silent, not where they speak: a fact a
    # document shows otherwise (a rank, a date before the title, a failed acceptance, a degree
    # of another kind) is the document's, and a claim whose document plainly lists others is
    # none — 不符合, not 需补正, for what no paper handed in later can change.
    built = {b.claim_index: b.achievement for b in result.achievements if b.claim_index is not None}
    # (a typed list without him refutes it; a scan's list may have lost his name to OCR: 需补正)
    typed = {d.file for d in documents if d.text_source == "text_layer"}
    refuted = {i.get("claim") for i in result.issues if i.get("severity") == "error" and i.get("code") == "name_not_found"
               and i.get("file") in typed}
    declared = [_as_declared(built.get(c.index), c.achievement) for c in inputs.claims
                if c.index in built or c.index not in refuted]
    declared += [b.achievement for b in result.achievements if b.claim_index is None]
    declared_case = Case(applicant=profiled, as_of=as_of, achievements=declared)
    data["eligible_as_declared"] = evaluate(declared_case, catalog).eligible
    for rule_issue in data["issues"]:  # name the file and claim behind an achievement's issue
        index = rule_issue.get("achievement")
        if index is not None and index < len(result.achievements):
            built = result.achievements[index]
            rule_issue.setdefault("file", built.evidence[0] if built.evidence else None)
            if built.claim_index is not None:
                rule_issue.setdefault("claim", built.claim_index)
    document_issues = [i for d in documents for i in d.issues]
    if name_issues:  # one issue naming the closest name replaces one per document
        document_issues = [i for i in document_issues if i["code"] != "name_not_found"] + name_issues
    data["issues"] = (outside + document_issues + journal_issues + profile_issues + result.issues
                      + data["issues"])
    data["bundle"] = readable_name(str(bundle))
    data["profile_source"] = source.to_dict()
    # The applicant as judged (the certificates' facts where they differ from the profile):
    # what a 汇总表 row and a report header show.
    data["applicant"] = {
        "name": applicant.name, "employer": source.employer,
        "education": None if "education" in source.unknown else applicant.education.value,
        "current_title": None if "current_title" in source.unknown else applicant.current_title.value,
        "current_title_date": str(applicant.current_title_date) if applicant.current_title_date else None,
    }
    errors = sum(i["severity"] == "error" for i in data["issues"])
    # The evaluator saw only the rules' issues; the headline answers to the bundle's errors too.
    data["summary"] = headline(verdict.plain_summary, verdict.eligible, errors)
    # The 汇总表's word for it (符合 / 需补正 / 不符合), and the summary that says the same.
    from .summary import conclusion, explanation

    data["conclusion"] = conclusion(data)
    data["summary"] = explanation(data)
    exit_code = 0 if verdict.eligible and not errors else 1
    return BundleReport(verdict=data, documents=documents,
                        achievements=[b.to_dict() for b in result.achievements],
                        exit_code=exit_code, bundle=bundle)
