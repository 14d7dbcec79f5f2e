"""Starting the program: first start, demo data, refused databases, crashes."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop_crm.errors import FileProblemError
from desktop_crm.paths import AppPaths
from desktop_crm.services import demo
from desktop_crm.ui import msgbox as real_msgbox
from desktop_crm.ui.application import run_gui
from desktop_crm.ui.main_window import MainWindow
from tests.ui.helpers import FakeMsgBox, wait_for_figures


def test_first_run_demo_fills_the_pages_without_asking(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox
) -> None:
    gui = start(first_run="demo", wait=False)
    added: list[bool] = []
    gui.demo.when_finished(added.append)
    qtbot.waitUntil(lambda: bool(added), timeout=60_000)
    assert added == [True], msgbox.calls
    wait_for_figures(qtbot, gui)
    contacts = gui.window.pages[1].count_label.text()
    assert re.fullmatch(r"[1-9][\d,]* contacts", contacts), contacts
    assert re.fullmatch(r"[1-9][\d,]* accounts", gui.window.pages[2].count_label.text())
    assert msgbox.of_kind("choose") == []  # --first-run demo answered the question
    form = gui.window.settings_page.form  # read again after the demo: its company profile
    qtbot.waitUntil(lambda: form.fields["name"].text() != "")


def test_first_start_asks_and_start_empty_adds_nothing(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox
) -> None:
    msgbox.choose_answer = 1  # "Start empty"
    gui = start(first_run="ask")
    (question,) = msgbox.of_kind("choose")
    assert "How would you like to start?" in question.text
    assert gui.demo is None
    assert gui.window.pages[1].count_label.text() == "0 contacts"
    gui.shutdown()
    start(first_run="ask")  # not the first start any more: no question
    assert len(msgbox.of_kind("choose")) == 1


def test_demo_progress_appears_and_cancel_stops_it(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def slow_demo(db: Any, size: str, *, language: str, progress: Any, cancel: Any) -> None:
        """Stands in for a large demo build: reports progress until it is cancelled."""
        seen["language"] = language
        done = 0
        while not cancel():
            done = min(done + 1, 999)
            progress("contacts", done, 1000)
            time.sleep(0.005)  # worker thread: a slow build
        seen["cancelled_at"] = done
        raise demo.DemoCancelledError()

    monkeypatch.setattr(demo, "build_demo", slow_demo)
    gui = start(first_run="demo", wait=False)
    qtbot.waitUntil(lambda: gui.demo.progress is not None and gui.demo.progress.dialog is not None)
    dialog = gui.demo.progress.dialog
    qtbot.waitUntil(lambda: dialog.bar.value() > 0)
    assert dialog.isVisible()
    assert dialog.label.text() == "Adding demo data…\nPeople"
    assert dialog.bar.maximum() == 1000
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("information")))
    assert msgbox.of_kind("information")[0].text == (
        "Creating the demo data was cancelled; nothing was added."
    )
    assert seen["language"] == "en" and seen["cancelled_at"] > 0
    assert gui.demo.progress is None
    wait_for_figures(qtbot, gui)
    assert gui.window.pages[1].count_label.text() == "0 contacts"


def test_a_damaged_database_gives_a_plain_message_and_exit_code_2(
    qtbot: QtBot, paths: AppPaths, msgbox: FakeMsgBox
) -> None:
    paths.db_path.parent.mkdir(parents=True)
    garbage = b"this is not a database \x00\xff" * 200
    paths.db_path.write_bytes(garbage)
    assert run_gui(paths, first_run="demo", language="en") == 2
    (message,) = msgbox.of_kind("error")
    assert str(paths.db_path) in message.text
    assert "damaged" in message.text or "not a usable" in message.text
    assert paths.db_path.read_bytes() == garbage  # untouched
    assert not msgbox.of_kind("crash")
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_the_refusal_speaks_the_saved_language(
    qtbot: QtBot, paths: AppPaths, msgbox: FakeMsgBox
) -> None:
    paths.db_path.parent.mkdir(parents=True)
    paths.db_path.write_bytes(b"\x00" * 4096)
    assert run_gui(paths) == 2  # no --lang: the saved setting, Vietnamese by default
    (message,) = msgbox.of_kind("error")
    assert message.text.startswith(f"{paths.db_path} không phải là cơ sở dữ liệu") or (
        message.text.startswith(f"Cơ sở dữ liệu {paths.db_path} bị hỏng")
    ), message.text


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_the_crash_dialog_once_with_the_log_file(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox, log_to_file: Path
) -> None:
    msgbox.crash_expected = True
    gui = start()
    button = QPushButton("Fail", gui.window)
    button.clicked.connect(lambda: 1 / 0)
    button.show()
    for _ in range(3):  # the same bug again and again: one dialog, every time in the log
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (crash,) = msgbox.of_kind("crash")
    assert crash.log_file == log_to_file
    assert "ZeroDivisionError" in crash.details
    logged = log_to_file.read_text(encoding="utf-8")
    assert logged.count("unexpected error") == 3
    assert "Traceback" in logged and "ZeroDivisionError: division by zero" in logged
    assert sys.excepthook == gui.crash_handler._excepthook
    gui.shutdown()
    assert sys.excepthook != gui.crash_handler._excepthook


def test_a_user_error_in_a_job_is_a_plain_message(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox
) -> None:
    gui = start()

    def job(_control: Any) -> None:
        raise FileProblemError("/media/usb/crm.sqlite3", "the disk is full")

    gui.runner.run(job)
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("warning")))
    (warning,) = msgbox.of_kind("warning")
    assert warning.text == "Cannot use the file /media/usb/crm.sqlite3: the disk is full"
    assert not msgbox.of_kind("crash")


def test_the_real_crash_dialog_names_the_log_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(real_msgbox, "crash", FakeMsgBox.real_crash)  # undo the fixture
    log_file = tmp_path / "logs" / "desktop-crm.log"
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["details"] = box.detailedText()
        (keep,) = [b for b in box.buttons() if b.text() == "Keep working"]
        keep.click()

    QTimer.singleShot(0, answer)
    quits = real_msgbox.crash(None, log_file, "Traceback: details")
    assert quits is False
    assert str(log_file) in seen["text"]
    assert "not something you did" in seen["text"]
    assert seen["details"] == "Traceback: details"
