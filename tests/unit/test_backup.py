from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_crm.errors import DatabaseTooNewError, NotACrmDatabaseError
from desktop_crm.paths import AppPaths
from desktop_crm.services import maintenance
from desktop_crm.store import backup as store_backup
from desktop_crm.store.database import Database, device_id
from desktop_crm.store.models import Contact


def _names(paths: AppPaths) -> list[str]:
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            return sorted(uow.session.scalars(select(Contact.full_name)))
    finally:
        db.close()


def _add(paths: AppPaths, name: str) -> None:
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            uow.session.add(Contact(full_name=name))
            uow.commit()
    finally:
        db.close()


def test_backup_then_restore_brings_back_the_data_and_keeps_a_safety_copy(
    paths: AppPaths, tmp_path: Path
) -> None:
    _add(paths, "Nguyễn Thị Ánh Dương")
    saved = maintenance.backup(paths, tmp_path / "saved.sqlite3")
    _add(paths, "Added after the backup")
    assert len(_names(paths)) == 2
    old_device = device_id(Database.open(paths.db_path, paths.backup_dir).engine)

    safety = maintenance.restore(paths, saved)

    assert _names(paths) == ["Nguyễn Thị Ánh Dương"]
    assert safety is not None and safety.exists()
    with sqlite3.connect(safety) as conn:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (2,)
    new_device = device_id(Database.open(paths.db_path, paths.backup_dir).engine)
    assert new_device != old_device


def test_restore_refuses_a_file_that_is_not_ours(paths: AppPaths, tmp_path: Path) -> None:
    _add(paths, "Keep me")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"garbage" * 1000)
    with pytest.raises(NotACrmDatabaseError):
        maintenance.restore(paths, junk)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    with pytest.raises(NotACrmDatabaseError, match="not a Desktop CRM database"):
        maintenance.restore(paths, empty)
    assert _names(paths) == ["Keep me"]


def test_restore_refuses_a_newer_version(paths: AppPaths, tmp_path: Path) -> None:
    _add(paths, "Keep me")
    newer = maintenance.backup(paths, tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.close()
    with pytest.raises(DatabaseTooNewError):
        maintenance.restore(paths, newer)
    assert _names(paths) == ["Keep me"]


def test_backup_of_a_missing_file_says_so(paths: AppPaths) -> None:
    with pytest.raises(Exception, match="does not exist"):
        maintenance.backup(paths)


def test_daily_backup_happens_once_a_day_and_keeps_seven(paths: AppPaths) -> None:
    _add(paths, "x")
    start = dt.date(2026, 11, 1)
    made = [
        store_backup.auto_backup(paths.db_path, paths.backup_dir, start + dt.timedelta(days=i))
        for i in range(10)
    ]
    again = store_backup.auto_backup(paths.db_path, paths.backup_dir, start + dt.timedelta(9))
    assert all(m is not None for m in made) and again is None
    kept = store_backup.list_auto_backups(paths.backup_dir)
    assert [p.name for p in kept] == [
        f"crm-{(start + dt.timedelta(days=i)).isoformat()}.sqlite3" for i in range(9, 2, -1)
    ]


def test_backup_list_shows_manual_backups_too_newest_first(paths: AppPaths) -> None:
    _add(paths, "x")
    daily = store_backup.auto_backup(paths.db_path, paths.backup_dir, dt.date(2026, 11, 1))
    manual = maintenance.backup(paths)
    assert daily is not None and manual.parent == paths.backup_dir
    os.utime(daily, (1, 1))  # older
    (paths.backup_dir / "notes.txt").write_text("not a backup", encoding="utf-8")
    assert maintenance.list_backups(paths) == [manual, daily]
