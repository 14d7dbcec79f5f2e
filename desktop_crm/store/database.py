"""Opening, checking, backing up and restoring the program's database file."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select, text, update
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from desktop_crm.errors import QT_TRANSLATE_NOOP, DatabaseDamagedError, NotACrmDatabaseError
from desktop_crm.store import migrate
from desktop_crm.store.backup import backup_database, copy_into
from desktop_crm.store.engine import make_engine, make_session_factory
from desktop_crm.store.ids import new_id, utcnow
from desktop_crm.store.models import Device
from desktop_crm.store.uow import UnitOfWork


@dataclass(frozen=True)
class CheckReport:
    path: Path
    integrity: str  # "ok" or SQLite's list of problems
    revision: str | None
    head: str
    device_id: str | None

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.revision == self.head


class Database:
    """An open, migrated database: hands out units of work."""

    def __init__(self, path: Path, engine: Engine, migration: migrate.MigrationResult) -> None:
        self.path = path
        self.engine = engine
        self.migration = migration
        self.session_factory: sessionmaker[Session] = make_session_factory(engine)

    @classmethod
    def open(cls, path: Path, backup_dir: Path) -> Database:
        """Open ``path`` (created if missing), migrating it to the newest schema first.

        Raises ``UserError`` subclasses for a damaged, foreign or too-new file, leaving it as is.
        """
        engine = make_engine(path)
        try:
            result = migrate.upgrade(engine, path, utcnow())
            _ensure_device(engine)
        except SADatabaseError as exc:
            engine.dispose()
            raise DatabaseDamagedError(str(path), str(exc.orig), str(backup_dir)) from exc
        except Exception:
            engine.dispose()
            raise
        return cls(path, engine, result)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory)

    def close(self) -> None:
        self.engine.dispose()


def _ensure_device(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        if session.scalar(select(Device.id).limit(1)) is None:
            session.add(Device(id=new_id(), name=""))


def device_id(engine: Engine) -> str | None:
    with engine.connect() as conn:
        value = conn.execute(select(Device.id)).scalar_one_or_none()
    return str(value) if value is not None else None


def check(path: Path) -> CheckReport:
    """Integrity check plus migration state, without changing the file."""
    if not path.exists():
        raise NotACrmDatabaseError(
            str(path), QT_TRANSLATE_NOOP("errors", "the file does not exist")
        )
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            integrity = "; ".join(str(r[0]) for r in rows)
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            revision = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version
                else None
            )
            device = None
            if has_version:
                found = conn.execute("SELECT id FROM device LIMIT 1").fetchone()
                device = str(uuid.UUID(hex=str(found[0]))) if found else None
    except sqlite3.DatabaseError as exc:
        raise NotACrmDatabaseError(str(path), str(exc)) from exc
    rev = str(revision[0]) if revision else None
    return CheckReport(path, integrity, rev, migrate.head_revision(), device)


def validate_restore_source(source: Path) -> CheckReport:
    """Refuse a file that is not an intact database of this program (or of a newer version)."""
    report = check(source)
    if report.integrity != "ok":
        raise NotACrmDatabaseError(str(source), f"integrity check failed: {report.integrity}")
    if report.revision is None:
        raise NotACrmDatabaseError(
            str(source), QT_TRANSLATE_NOOP("errors", "it is not a Desktop CRM database")
        )
    migrate.check_revision(source, report.revision)
    return report


def restore(source: Path, db_path: Path, backup_dir: Path) -> Path | None:
    """Replace the database at ``db_path`` with ``source``; return the safety copy made first.

    The restored file gets a new device id: two laptops must never share one. Older schemas
    are migrated on the next open. No connection to ``db_path`` may be open meanwhile.
    """
    validate_restore_source(source)
    safety = None
    if db_path.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        safety = backup_database(db_path, backup_dir / f"before-restore-{stamp}.sqlite3")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    copy_into(source, db_path)
    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            conn.execute(update(Device).values(id=new_id()))
            conn.execute(text("PRAGMA user_version"))  # touch: fails early if unusable
    finally:
        engine.dispose()
    return safety
