"""The headless command line, as a user types it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm import __version__
from desktop_crm.cli import main
from desktop_crm.paths import AppPaths


def test_version_via_python_dash_m() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "desktop_crm", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"Desktop CRM {__version__}"


def test_demo_then_check_on_a_fresh_basedir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = str(tmp_path / "x")
    assert main(["--basedir", base, "demo", "--size", "small", "--as-of", "2026-11-01"]) == 0
    assert main(["--basedir", base, "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out and "up to date" in out
    with sqlite3.connect(tmp_path / "x" / "data" / "crm.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] >= 150
    # A second demo run would mix two data sets: it is refused with a reason.
    assert main(["--basedir", base, "demo", "--size", "small"]) == 2
    assert "contacts" in capsys.readouterr().err


def test_check_reports_a_pending_migration_and_migrate_fixes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from desktop_crm.store import migrate

    db_file = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{db_file}")
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), migrate.script_directory().get_base())
    engine.dispose()
    assert main(["--db", str(db_file), "db", "check"]) == 1
    assert "needs 'db migrate'" in capsys.readouterr().out
    assert main(["--db", str(db_file), "db", "migrate"]) == 0
    assert "backup of the previous version" in capsys.readouterr().out
    assert main(["--db", str(db_file), "db", "check"]) == 0


def test_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = str(tmp_path / "b")
    assert main(["--basedir", base, "db", "migrate"]) == 0
    copy = tmp_path / "copy.sqlite3"
    assert main(["--basedir", base, "db", "backup", str(copy)]) == 0
    assert copy.exists()
    assert main(["--basedir", base, "db", "restore", str(copy)]) == 0
    assert "previous database was kept" in capsys.readouterr().out


def test_user_errors_are_one_plain_line_with_the_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database", encoding="utf-8")
    assert main(["--basedir", str(tmp_path / "c"), "db", "restore", str(junk)]) == 2
    err = capsys.readouterr().err
    assert str(junk) in err and "Traceback" not in err
    assert main(["--basedir", str(tmp_path / "c"), "db", "check"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_db_option_beats_environment_beats_basedir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_DB", str(tmp_path / "env.sqlite3"))
    assert AppPaths.resolve(tmp_path).db_path == tmp_path / "env.sqlite3"
    chosen = AppPaths.resolve(tmp_path, tmp_path / "opt.sqlite3")
    assert chosen.db_path == tmp_path / "opt.sqlite3"
    monkeypatch.delenv("DESKTOP_CRM_DB")
    default = AppPaths.resolve(tmp_path)
    assert default.db_path == tmp_path.resolve() / "data" / "crm.sqlite3"
    assert default.log_dir == tmp_path.resolve() / "logs"
