"""What the web service keeps: users, applications, stored files, corrections, decisions and
the audit trail, in SQLAlchemy tables (SQLite in the data folder by default, PostgreSQL by
URL), and the uploaded bytes on disk named by their content hash.

Every state a person could lose on a restart is here, never in memory: an application's
status and progress are columns that the reading process updates and the pages poll.
The audit trail is append-only: rows are inserted, never updated or deleted (the store has
no method that would).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import (JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, create_engine, event, select,
                        update)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

ROLES = ("applicant", "reviewer", "auditor", "admin")
STATUSES = ("draft", "queued", "reading", "done", "failed")


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str | None] = mapped_column(String(200), nullable=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class Token(Base):
    __tablename__ = "tokens"
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the token: a leaked table logs no one in
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    expires: Mapped[dt.datetime] = mapped_column(DateTime)


class Application(Base):
    __tablename__ = "applications"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # random: ids are not guessable
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    unit: Mapped[str | None] = mapped_column(String(200), nullable=True)
    profile: Mapped[dict] = mapped_column(JSON)  # {"as_of", "applicant"} of CONTRACT §3
    claims: Mapped[list] = mapped_column(JSON, default=list)  # achievements of §3, with evidence
    status: Mapped[str] = mapped_column(String(20), default="draft")
    done: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    documents: Mapped[list | None] = mapped_column(JSON, nullable=True)  # as read (before corrections)
    refused: Mapped[list | None] = mapped_column(JSON, nullable=True)  # files not read: [file, code, message]
    verdict: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # §6 JSON, corrections applied
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    decision: Mapped[str | None] = mapped_column(String(20), nullable=True)  # 通过 / 退回补正 / 资格不符
    decision_reasons: Mapped[list | None] = mapped_column(JSON, nullable=True)
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    checked: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class StoredFile(Base):
    __tablename__ = "files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"))
    name: Mapped[str] = mapped_column(String(500))  # as the applicant named it (relative, forward slashes)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # the sniffed format
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class Correction(Base):
    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"))
    document: Mapped[str] = mapped_column(String(600))  # Document.key
    field: Mapped[str] = mapped_column(String(100))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    accepted: Mapped[bool] = mapped_column(Boolean, default=False)  # the value read was confirmed as is
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class AuditEvent(Base):
    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    user: Mapped[str] = mapped_column(String(100))
    application_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    unit: Mapped[str | None] = mapped_column(String(200), nullable=True)
    what: Mapped[str] = mapped_column(String(200))  # "field rank of 专利.pdf", "decision", "upload" …
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)


class LogEntry(Base):
    __tablename__ = "logs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    level: Mapped[str] = mapped_column(String(10))
    message: Mapped[str] = mapped_column(Text)


def default_data_dir() -> Path:
    """$ZHICHENG_DATA_DIR, else $XDG_DATA_HOME/zhicheng, else ~/.local/share/zhicheng."""
    if os.environ.get("ZHICHENG_DATA_DIR"):
        return Path(os.environ["ZHICHENG_DATA_DIR"])
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "zhicheng"


class Store:
    """The database and the file store of one data folder."""

    def __init__(self, data_dir: Path, db_url: str | None = None):
        self.data = Path(data_dir)
        self.files = self.data / "files"
        self.work = self.data / "work"
        self.reports = self.data / "reports"
        for folder in (self.files, self.work, self.reports, self.data / "tmp"):
            folder.mkdir(parents=True, exist_ok=True)
        url = db_url or f"sqlite:///{self.data / 'zhicheng.sqlite3'}"
        kwargs: dict[str, Any] = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        self.engine = create_engine(url, **kwargs)
        if url.startswith("sqlite"):
            @event.listens_for(self.engine, "connect")
            def _sqlite(conn, _record):  # noqa: ANN001 - SQLAlchemy's signature
                conn.execute("PRAGMA journal_mode=WAL")  # the reader process and the web process together
                conn.execute("PRAGMA foreign_keys=ON")
        Base.metadata.create_all(self.engine)
        self.session = sessionmaker(self.engine, expire_on_commit=False)

    # --- files, by content ------------------------------------------------------------

    def blob_path(self, sha256: str) -> Path:
        return self.files / sha256[:2] / sha256

    def keep(self, source: Path) -> tuple[str, int]:
        """Move a received temp file into the store under its hash; (sha256, size)."""
        digest = hashlib.sha256()
        with open(source, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        sha = digest.hexdigest()
        target = self.blob_path(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        size = source.stat().st_size
        if target.exists():
            source.unlink()
        else:
            os.replace(source, target)
        return sha, size

    def materialise(self, application_id: str, files: list[StoredFile]) -> Path:
        """The application's files under their own names in a work folder (hard links to the
        store), for the reader and the report's crops; made afresh each time."""
        folder = self.work / application_id
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for f in files:
            target = folder.joinpath(*f.name.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(self.blob_path(f.sha256), target)
            except OSError:
                shutil.copyfile(self.blob_path(f.sha256), target)
        return folder

    # --- small helpers ----------------------------------------------------------------

    def audit(self, session: Session, user: str, what: str, old: Any = None, new: Any = None,
              application: Application | None = None) -> None:
        session.add(AuditEvent(user=user, application_id=application.id if application else None,
                               unit=application.unit if application else None, what=what,
                               old=None if old is None else _text(old), new=None if new is None else _text(new)))

    def log(self, level: str, message: str) -> None:
        with self.session.begin() as session:
            session.add(LogEntry(level=level, message=message[:4000]))

    def requeue_unfinished(self) -> int:
        """On start: a check that was being read when the service stopped is queued again."""
        with self.session.begin() as session:
            result = session.execute(update(Application).where(Application.status == "reading")
                                     .values(status="queued", done=0))
            return result.rowcount or 0

    def claim_next(self) -> str | None:
        """The oldest queued application, marked reading (by this reader only)."""
        with self.session.begin() as session:
            app = session.scalars(select(Application).where(Application.status == "queued")
                                  .order_by(Application.updated).limit(1)).first()
            if app is None:
                return None
            claimed = session.execute(update(Application).where(Application.id == app.id,
                                                                Application.status == "queued")
                                      .values(status="reading", done=0, total=0))
            return app.id if claimed.rowcount else None


def new_id() -> str:
    return secrets.token_hex(16)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
