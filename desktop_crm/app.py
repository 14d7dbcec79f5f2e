"""Composition root: paths -> logging -> database (migrated) -> services, for the GUI or the CLI."""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
from dataclasses import dataclass
from pathlib import Path

from desktop_crm import __version__
from desktop_crm import settings as local_settings
from desktop_crm.paths import AppPaths
from desktop_crm.store import backup
from desktop_crm.store.database import Database

log = logging.getLogger(__name__)

LOG_MAX_BYTES = 1_000_000
LOG_FILES_KEPT = 5


@dataclass
class AppContext:
    """Everything a front end (window or command) needs; built once at start."""

    paths: AppPaths
    settings: local_settings.LocalSettings
    db: Database
    first_start: bool  # the database file did not exist before this start

    def save_settings(self, new: local_settings.LocalSettings) -> None:
        local_settings.save(self.paths.settings_file, new)
        self.settings = new

    def close(self) -> None:
        self.db.close()


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    """Log to a rotating file in the log folder (a windowed build has no console)."""
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_desktop_crm", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handler._desktop_crm = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)


def open_context(paths: AppPaths) -> AppContext:
    """Open (and migrate) the database named by ``paths``; raises ``UserError`` on bad files."""
    first_start = not paths.db_path.exists()
    log.info("Desktop CRM %s opening %s", __version__, paths.db_path)
    db = Database.open(paths.db_path, paths.backup_dir)
    if db.migration.from_revision != db.migration.to_revision:
        log.info(
            "migrated %s -> %s, backup %s",
            db.migration.from_revision,
            db.migration.to_revision,
            db.migration.backup_path,
        )
    return AppContext(paths, local_settings.load(paths.settings_file), db, first_start)


def run_daily_backup(ctx: AppContext, today: dt.date | None = None) -> Path | None:
    """At most one automatic backup a day, keeping the last seven. Safe on a worker thread."""
    day = today or dt.date.today()
    made = backup.auto_backup(ctx.paths.db_path, ctx.paths.backup_dir, day)
    if made is not None:
        log.info("daily backup written to %s", made)
    return made
