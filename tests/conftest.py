"""Shared fixtures: every test works in its own folder, never in the real home folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.paths import AppPaths
from desktop_crm.store.database import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DESKTOP_CRM_DB", None)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.resolve(basedir=tmp_path / "base")


@pytest.fixture
def db(paths: AppPaths) -> Iterator[Database]:
    database = Database.open(paths.db_path, paths.backup_dir)
    yield database
    database.close()
