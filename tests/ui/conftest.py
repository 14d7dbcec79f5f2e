"""Fixtures for the window's tests: offscreen Qt, a recorded msgbox, a started window.

Every test starts the real window through ``start_gui`` on its own ``--basedir`` (tmp_path);
message boxes are recorded instead of shown, and an unexpected crash dialog fails the test.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything loads Qt

import logging
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.app import setup_logging
from desktop_crm.paths import AppPaths
from tests.ui.helpers import FakeMsgBox, wait_for_figures

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build products (``make`` compiles them); compile them if stale."""
    stale = any(
        not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
        for ts in TRANSLATIONS.glob("*.ts")
    )
    if stale:
        subprocess.run(
            [sys.executable, str(ROOT / "tools" / "build_translations.py"), "--release-only"],
            check=True,
        )


@pytest.fixture(autouse=True)
def msgbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeMsgBox]:
    fake = FakeMsgBox()
    fake.install(monkeypatch)
    yield fake
    unexpected = [call for call in fake.calls if call.kind == "crash" and not fake.crash_expected]
    assert not unexpected, f"unexpected crash dialog: {unexpected[0].details}"


@pytest.fixture
def log_to_file(paths: AppPaths) -> Iterator[Path]:
    """Logging as ``desktop-crm`` sets it up: a rotating file in the test's log folder."""
    setup_logging(paths)
    yield paths.log_file
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_desktop_crm", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def start(qtbot: QtBot, paths: AppPaths, log_to_file: Path) -> Iterator[Callable[..., object]]:
    """``start(first_run=..., language=...)`` opens the real window on the test's basedir.

    The window is shut down at the end of the test (also a second one started in the test).
    """
    from desktop_crm.ui.application import Gui, start_gui

    started: list[Gui] = []

    def _start(first_run: str = "empty", language: str | None = "en", wait: bool = True) -> Gui:
        gui = start_gui(paths, first_run=first_run, language=language)
        assert gui is not None, "the database was refused"
        started.append(gui)
        if wait:
            wait_for_figures(qtbot, gui)
        return gui

    yield _start
    for gui in started:
        gui.shutdown()
    # deleteLater() outside an event loop waits for one; delete the windows now.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
