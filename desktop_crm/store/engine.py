"""The one engine factory: every connection gets the same PRAGMAs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop_crm.store import changes

BUSY_TIMEOUT_MS = 15000  # writers queue for the lock (see _on_begin); the longest are seconds


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite would open transactions itself, only before INSERT/UPDATE/DELETE, so DDL (in
    # migrations, or an index rebuilt by a bulk load) would commit on its own and escape a
    # rollback. Turn that off and let SQLAlchemy's "begin" event send BEGIN (its documented
    # recipe for SQLite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def make_engine(db_path: Path) -> Engine:
    """An engine on the SQLite file ``db_path`` (created if missing, parent folders too)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite+pysqlite:///{db_path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


# Execution option that asks for a plain (deferred) read transaction: see ``_on_begin``.
DEFERRED = "crm_deferred"


def _on_begin(connection: Connection) -> None:
    # A transaction takes the write lock at its start (IMMEDIATE): in WAL mode a transaction
    # that has read and then writes fails at once ("database is locked", busy_timeout does not
    # apply) when another connection committed in between — e.g. a background job while a
    # form saves. Taking the lock first makes writers queue instead. Long read-only jobs
    # opt out with the DEFERRED option (``UnitOfWork.read_only``) so they never hold the lock.
    deferred = connection.get_execution_options().get(DEFERRED, False)
    connection.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    changes.install(factory)
    return factory
