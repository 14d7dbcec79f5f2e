"""The migration chain: one head, models match, upgrades keep data, newer files refused."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from desktop_crm.errors import DatabaseDamagedError, DatabaseTooNewError, NotACrmDatabaseError
from desktop_crm.store import migrate
from desktop_crm.store.database import Database
from desktop_crm.store.models import SEARCH_FTS_TABLE, Base


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_FTS_TABLE))


def test_the_search_index_exists_after_migration(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "crm.sqlite3", tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            kinds = conn.execute(
                text("SELECT type FROM sqlite_master WHERE name = :n"), {"n": SEARCH_FTS_TABLE}
            ).scalars()
            assert list(kinds) == ["table"]
    finally:
        db.close()


def test_there_is_exactly_one_head() -> None:
    assert len(migrate.script_directory().get_heads()) == 1


def test_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "crm.sqlite3", tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(
                    conn, opts={"compare_type": True, "include_name": include_name}
                ),
                Base.metadata,
            )
    finally:
        db.close()
    assert diff == []


def test_upgrade_from_the_first_migration_keeps_rows_and_leaves_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    first = migrate.script_directory().get_base()
    assert first is not None and first != migrate.head_revision()
    engine = create_engine(f"sqlite:///{path}")
    contact_id = uuid.uuid4().hex
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), first)
        conn.execute(
            text(
                "INSERT INTO contacts (id, full_name, search_text, marketing_consent, "
                "lifecycle_stage, country, created_at, updated_at, change_seq) VALUES "
                "(:id, 'Nguyễn Thị Ánh Dương', '', 0, 'lead', 'VN', '2025-01-01 00:00:00', "
                "'2025-01-01 00:00:00', 1)"
            ),
            {"id": contact_id},
        )
        conn.execute(
            text(
                "INSERT INTO device (id, name, created_at, last_change_seq) VALUES "
                "(:id, '', '2025-01-01 00:00:00', 1)"
            ),
            {"id": uuid.uuid4().hex},
        )
    engine.dispose()

    db = Database.open(path, tmp_path / "backups")
    try:
        assert db.migration.from_revision == first
        assert db.migration.to_revision == migrate.head_revision()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT full_name FROM contacts")).scalar_one() == (
                "Nguyễn Thị Ánh Dương"
            )
    finally:
        db.close()
    backup = db.migration.backup_path
    assert backup is not None and backup.parent == path.parent
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
        assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (1,)


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    Database.open(path, tmp_path / "b").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNewError, match="newer version") as caught:
        Database.open(path, tmp_path / "b")
    assert str(path) in caught.value.message
    assert _digest(path) == before


def test_a_file_with_foreign_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    with pytest.raises(NotACrmDatabaseError, match="no Desktop CRM schema"):
        Database.open(path, tmp_path / "b")


def test_a_damaged_file_gets_a_plain_message_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = _digest(path)
    with pytest.raises(DatabaseDamagedError, match="is damaged") as caught:
        Database.open(path, tmp_path / "backups")
    assert str(tmp_path / "backups") in caught.value.message
    assert _digest(path) == before
