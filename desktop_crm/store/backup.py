"""Copies of the database made with SQLite's online backup API (never a file copy).

A file copy of a database in WAL mode can miss committed pages still in the -wal file;
the backup API reads through SQLite and yields a consistent snapshot even while it is in use.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from contextlib import closing
from pathlib import Path

from desktop_crm.errors import QT_TRANSLATE_NOOP, FileProblemError

AUTO_BACKUP_PATTERN = re.compile(r"^crm-(\d{4}-\d{2}-\d{2})\.sqlite3$")
AUTO_BACKUPS_KEPT = 7


def backup_database(source: Path, destination: Path) -> Path:
    """Write a consistent copy of ``source`` to ``destination`` (replaced atomically)."""
    if not source.exists():
        raise FileProblemError(str(source), QT_TRANSLATE_NOOP("errors", "the file does not exist"))
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            # A standalone copy: one file, no -wal beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise FileProblemError(str(source), f"the backup failed ({exc})") from exc
    partial.replace(destination)
    return destination


def copy_into(source: Path, destination: Path) -> None:
    """Replace the contents of the database ``destination`` with those of ``source``."""
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(destination)) as dst,
    ):
        src.backup(dst)


def auto_backup(db_path: Path, backup_dir: Path, today: dt.date) -> Path | None:
    """Make today's backup unless one exists, then keep only the newest seven.

    Returns the new backup's path, or None when today's backup was already there.
    """
    target = backup_dir / f"crm-{today.isoformat()}.sqlite3"
    made = None
    if not target.exists():
        made = backup_database(db_path, target)
    dated = sorted(p for p in backup_dir.iterdir() if AUTO_BACKUP_PATTERN.match(p.name))
    for old in dated[:-AUTO_BACKUPS_KEPT]:
        old.unlink()
    return made


def list_backups(backup_dir: Path) -> list[Path]:
    """Every backup in the folder (daily, manual, before a restore), newest first."""
    if not backup_dir.is_dir():
        return []
    found = [p for p in backup_dir.iterdir() if p.suffix == ".sqlite3" and p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def list_auto_backups(backup_dir: Path) -> list[Path]:
    """Automatic backups, newest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(
        (p for p in backup_dir.iterdir() if AUTO_BACKUP_PATTERN.match(p.name)), reverse=True
    )
