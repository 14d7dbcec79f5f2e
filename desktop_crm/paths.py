"""Every path the program uses, from one place.

Normal use follows the platform (platformdirs); ``--basedir DIR`` puts data, settings, logs and
backups under DIR (tests and portable use), so tests never touch the real home folder.
Resources are found beside the package, or inside a PyInstaller bundle when frozen.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "DesktopCRM"
DB_ENV_VAR = "DESKTOP_CRM_DB"
DB_FILENAME = "crm.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    backup_dir: Path
    db_path: Path

    @classmethod
    def resolve(cls, basedir: Path | None = None, db: Path | None = None) -> AppPaths:
        """Paths for ``--basedir``/``--db`` (``db`` beats ``$DESKTOP_CRM_DB`` beats default)."""
        if basedir is not None:
            base = basedir.expanduser().resolve()
            data, config, logs = base / "data", base / "config", base / "logs"
        else:
            dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
            data = Path(dirs.user_data_dir)
            config = Path(dirs.user_config_dir)
            logs = Path(dirs.user_log_dir)
        if db is None and os.environ.get(DB_ENV_VAR):
            db = Path(os.environ[DB_ENV_VAR])
        db_path = db.expanduser().resolve() if db is not None else data / DB_FILENAME
        return cls(data, config, logs, data / "backups", db_path)

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "desktop-crm.log"


def bundle_root() -> Path:
    """Folder holding ``resources/`` and ``migrations/``: the repo, or the frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def migrations_dir() -> Path:
    return bundle_root() / "migrations"
