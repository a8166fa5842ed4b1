"""Checking an application, in the reader process; judging it again after a correction, in
no time and with no OCR.

Reading is the batch's: each stored file is one ``pool.FileTask`` on a local pool (or a
Dask cluster), so a file that kills its worker marks that file, not the application.  The
documents as read are kept in the database; a reviewer's corrections are applied on top of
them and the bundle judged again (``bundle.judge``), so the verdict always answers to the
corrected facts and the documents as read stay on record.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from extractor import ReadOptions

from ..bundle import BundleOptions, BundleReport, Inputs, _claims, judge
from ..documents import Document, document_from_dict, rank_applicant
from ..intake import Refusal, discover
from ..profiles import ProfileSource
from .store import Application, Correction, StoredFile, Store, now


@dataclass
class ReaderOptions:
    jobs: int = 0  # local worker processes (0: one per core)
    scheduler: str | None = None  # a Dask cluster instead
    read: ReadOptions = field(default_factory=ReadOptions)
    max_file_mb: float = 200


def inputs_of(app: Application, folder: Path) -> Inputs:
    """The application's profile and claims as ``check`` takes them (validated when stored)."""
    from rules.case_file import parse_profile

    from ..bundle import split_employer

    profile, employer = split_employer(app.profile, "申报信息")
    applicant, as_of = parse_profile(profile, "申报信息")
    claims = _claims({"achievements": app.claims or []}, "申报成果")
    return Inputs(folder, applicant, as_of, claims, set(),
                  ProfileSource("profile", "网页填报", employer=employer or app.unit), label=app.id)


def read_application(store: Store, app_id: str, options: ReaderOptions) -> None:
    """Read every stored file of the application and judge it; status and progress go to
    the database as they change.  Never raises: a failure is the application's ``failed``."""
    from ..pool import DaskPool, FileTask, LocalPool

    try:
        with store.session() as session:
            app = session.get(Application, app_id)
            files = list(session.scalars(select(StoredFile).where(StoredFile.application_id == app_id)
                                         .order_by(StoredFile.name)))
            folder = store.materialise(app_id, files)
            inputs = inputs_of(app, folder)
        found, refused = discover(folder, set(), int(options.max_file_mb * (1 << 20)))
        _progress(store, app_id, 0, len(found))
        tasks = [FileTask(app_id, str(f), f.relative_to(folder).as_posix(), inputs.reading_name) for f in found]
        documents: list[Document] = []
        if tasks:
            pool = (DaskPool(options.scheduler, options.read) if options.scheduler
                    else LocalPool(min(options.jobs or 2, len(tasks)), options.read))
            for n, (_task, docs) in enumerate(pool.run(tasks), start=1):
                documents += docs
                _progress(store, app_id, n, len(tasks))
        documents.sort(key=lambda d: (d.file, d.page_range or (0, 0)))
        with store.session.begin() as session:
            app = session.get(Application, app_id)
            app.documents = [d.to_stored() for d in documents]
            app.refused = [[r.file, r.code, r.message] for r in refused]
            report = judged(app, inputs, _corrections(session, app_id))
            write_report(store, app_id, report.report)  # before "done": a page that sees done finds the report
            app.verdict = report.verdict_dict
            app.status, app.error, app.checked, app.updated = "done", None, now(), now()
    except Exception as err:  # noqa: BLE001 - the service goes on; the application says why
        store.log("error", f"check {app_id}: {type(err).__name__}: {err}\n{traceback.format_exc()}")
        with store.session.begin() as session:
            session.execute(update(Application).where(Application.id == app_id)
                            .values(status="failed", error=f"核验失败：{type(err).__name__}（详情见服务日志）",
                                    updated=now()))


def _progress(store: Store, app_id: str, done: int, total: int) -> None:
    with store.session.begin() as session:
        session.execute(update(Application).where(Application.id == app_id).values(done=done, total=total))


def _corrections(session, app_id: str) -> list[Correction]:
    return list(session.scalars(select(Correction).where(Correction.application_id == app_id)
                                .order_by(Correction.id)))


@dataclass
class Judged:
    report: BundleReport
    verdict_dict: dict[str, Any]
    seconds: float


def judged(app: Application, inputs: Inputs, corrections: list[Correction]) -> Judged:
    """The verdict on the documents as read with the corrections applied (no reading)."""
    start = time.perf_counter()
    documents = [document_from_dict(d) for d in app.documents or []]
    apply_corrections(documents, corrections, inputs.reading_name)
    refused = [Refusal(*r) for r in app.refused or []]
    report = judge(inputs, documents, refused, BundleOptions())
    data = report.to_dict()
    data["bundle"] = app.id
    data["corrections"] = [{"document": c.document, "field": c.field, "value": c.value, "accepted": c.accepted}
                           for c in corrections]
    return Judged(report, data, time.perf_counter() - start)


def apply_corrections(documents: list[Document], corrections: list[Correction], name: str | None) -> None:
    """A reviewer's values replace what was read; the last correction of a field wins.  A
    corrected people list gives the applicant's rank again; a doubt about a corrected field
    (its low confidence) is settled, since a person has looked."""
    from extractor.doctypes import doctype

    by_key = {d.key: d for d in documents}
    for correction in corrections:
        doc = by_key.get(correction.document)
        if doc is None:
            continue
        key = correction.field
        old = doc.fields.get(key)
        if not correction.accepted:
            doc.fields[key] = correction.value
        source = dict(doc.field_sources.get(key) or {})
        source.update({"confidence": 1.0, "corrected": not correction.accepted, "checked_by_person": True})
        doc.field_sources[key] = source
        doc.issues = [i for i in doc.issues if not (i.get("code") == "low_ocr_confidence" and f"（{key}）" in i.get("message", ""))]
        if correction.accepted:
            doc.reasons.append(f"审核人确认字段 {key} 的识别值")
            continue
        doc.reasons.append(f"审核人更正字段 {key}：{old!r} → {correction.value!r}")
        # Said in the verdict's issues too, not only in the trail: a condition met on a value a
        # person typed rests on that person's word, and whoever reads the verdict must see it.
        doc.issues.append({"severity": "info", "code": "reviewer_correction", "file": doc.file,
                           "message": f"审核人更正了 {doc.label} 的字段 {key}：{_shown(old)} → {_shown(correction.value)}；"
                                      "以下判断依更正后的值（更正人与时间见审计记录）"})
        declared = doctype(doc.doc_type)
        if key == "applicant_rank":
            doc.issues = [i for i in doc.issues if i.get("code") != "name_not_found"]
        elif declared and name and key in (declared.ranked + ((declared.leader,) if declared.leader else ())):
            doc.fields.pop("applicant_rank", None)
            doc.issues = [i for i in doc.issues if i.get("code") != "name_not_found"]
            rank_applicant(doc, name)


def _shown(value: Any) -> str:
    if value is None:
        return "（未读出）"
    text = "、".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def write_report(store: Store, app_id: str, report: BundleReport) -> None:
    from ..html_report import render_html

    html = render_html(report)
    target = store.reports / f"{app_id}.html"
    tmp = target.with_suffix(".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(target)


def rejudge(store: Store, app_id: str) -> Judged:
    """After a correction: the verdict from the stored documents and every correction."""
    with store.session.begin() as session:
        app = session.get(Application, app_id)
        files = list(session.scalars(select(StoredFile).where(StoredFile.application_id == app_id)))
        folder = store.work / app_id
        if not folder.exists():
            folder = store.materialise(app_id, files)
        result = judged(app, inputs_of(app, folder), _corrections(session, app_id))
        app.verdict = result.verdict_dict
        app.updated = now()
    write_report(store, app_id, result.report)
    return result


def reader_loop(data_dir: str, db_url: str | None, options: ReaderOptions, poll: float = 0.5) -> None:
    """The reader process: take queued applications one by one, forever.  Started by
    ``zhicheng serve``; a check that was being read when the service stopped is queued again."""
    import signal

    import os

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the web process stops us
    from ..lifecycle import die_with_parent

    # A web process killed outright (SIGKILL, out of memory) takes us with it at once, not
    # after the application being read; our pool's workers follow us the same way.
    die_with_parent()
    parent = os.getppid()
    store = Store(Path(data_dir), db_url)
    store.requeue_unfinished()
    while True:
        if os.getppid() != parent:  # the web process is gone (killed): so are we
            return
        app_id = store.claim_next()
        if app_id is None:
            time.sleep(poll)
            continue
        read_application(store, app_id, options)
