"""Database upkeep for the command line and the Settings page: check, backup, restore."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_crm.paths import AppPaths
from desktop_crm.store import backup as store_backup
from desktop_crm.store import database
from desktop_crm.store.database import CheckReport

__all__ = ["CheckReport", "backup", "check", "list_backups", "restore"]


def check(db_path: Path) -> CheckReport:
    return database.check(db_path)


def backup(paths: AppPaths, destination: Path | None = None) -> Path:
    """A consistent copy of the database; by default a timestamped file in the backup folder."""
    if destination is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        destination = paths.backup_dir / f"manual-{stamp}.sqlite3"
    return store_backup.backup_database(paths.db_path, destination)


def restore(paths: AppPaths, source: Path) -> Path | None:
    """Replace the database with ``source``; returns the copy kept of the previous one."""
    return database.restore(source, paths.db_path, paths.backup_dir)


def list_backups(paths: AppPaths) -> list[Path]:
    """Every backup in the backup folder, newest first."""
    return store_backup.list_backups(paths.backup_dir)
