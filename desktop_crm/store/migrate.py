"""Runs Alembic migrations from inside the program (also inside a PyInstaller build).

The ``Config`` is built in code with the script folder found by ``paths.migrations_dir`` —
no alembic.ini is needed at run time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from desktop_crm.errors import QT_TRANSLATE_NOOP, DatabaseTooNewError, NotACrmDatabaseError
from desktop_crm.paths import migrations_dir
from desktop_crm.store.backup import backup_database


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the program always ships a migration
        raise RuntimeError("no migrations found")
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def check_revision(db_path: Path, revision: str | None) -> None:
    """Refuse a database whose schema this version does not know (written by a newer one)."""
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(str(db_path), revision)


def upgrade(engine: Engine, db_path: Path, now: dt.datetime) -> MigrationResult:
    """Bring the database at ``db_path`` to the newest schema.

    An existing database is first backed up beside itself; a newer one is refused untouched;
    a file holding someone else's tables is refused too.
    """
    head = head_revision()
    with engine.connect() as connection:
        current = current_revision(connection)
        tables = set(inspect(connection).get_table_names())
    check_revision(db_path, current)
    if current == head:
        return MigrationResult(current, head, None)
    if current is None and tables:
        raise NotACrmDatabaseError(
            str(db_path),
            QT_TRANSLATE_NOOP("errors", "it holds tables but no Desktop CRM schema version"),
        )
    backup = None
    if current is not None:
        stamp = now.strftime("%Y%m%d-%H%M%S")
        backup = backup_database(
            db_path, db_path.with_name(f"{db_path.stem}.before-{head}-{stamp}.sqlite3")
        )
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return MigrationResult(current, head, backup)
