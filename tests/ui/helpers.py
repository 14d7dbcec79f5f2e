"""Shared helpers of the window's tests: a recording msgbox, typing, waiting."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.ui import msgbox

if TYPE_CHECKING:
    from desktop_crm.ui.application import Gui


@dataclass
class Call:
    kind: str
    text: str = ""
    informative: str = ""
    details: str = ""
    log_file: Path | None = None


@dataclass
class FakeMsgBox:
    """Stands in for ``desktop_crm.ui.msgbox``: records each box and gives set answers."""

    real_crash = staticmethod(msgbox.crash)  # for the one test of the real dialog

    calls: list[Call] = field(default_factory=list)
    choose_answer: int | None = 1
    open_file_answer: Path | None = None
    save_file_answer: Path | None = None
    crash_quits: bool = False
    crash_expected: bool = False

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for kind in ("information", "warning", "error"):
            monkeypatch.setattr(msgbox, kind, self._recorder(kind))
        monkeypatch.setattr(msgbox, "choose", self._choose)
        monkeypatch.setattr(msgbox, "question", self._question)
        monkeypatch.setattr(msgbox, "crash", self._crash)
        monkeypatch.setattr(msgbox, "open_file", self._open_file)
        monkeypatch.setattr(msgbox, "save_file", self._save_file)

    def _recorder(self, kind: str) -> Any:
        def record(_parent: QWidget | None, text: str, informative: str = "") -> None:
            self.calls.append(Call(kind, text, informative))

        return record

    def _choose(
        self,
        _parent: QWidget | None,
        text: str,
        choices: Any,
        default: int = 0,
        informative: str = "",
    ) -> int | None:
        self.calls.append(Call("choose", text, informative))
        return self.choose_answer

    def _question(self, _parent: QWidget | None, text: str, yes: str, no: str) -> bool:
        self.calls.append(Call("question", text))
        return self.choose_answer == 0

    def _crash(self, _parent: QWidget | None, log_file: Path, details: str) -> bool:
        self.calls.append(Call("crash", details=details, log_file=log_file))
        return self.crash_quits

    def _open_file(self, _parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        self.calls.append(Call("open_file", title, name_filter))
        return self.open_file_answer

    def _save_file(
        self, _parent: QWidget | None, title: str, name_filter: str, suggested: str = ""
    ) -> Path | None:
        self.calls.append(Call("save_file", title, name_filter))
        return self.save_file_answer

    def of_kind(self, kind: str) -> list[Call]:
        return [call for call in self.calls if call.kind == kind]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one key at a time, as a keyboard (or an IME) would.

    ``qtbot.keyClicks`` aborts the process on non-ASCII text, so each character is sent as
    its own key press and release carrying the character as the event's text.
    """
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
        if char == " ":
            key = Qt.Key.Key_Space.value
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def wait_for_figures(qtbot: QtBot, gui: Gui, timeout: int = 10_000) -> None:
    """Wait until every page shows figures and no job is left running."""

    def loaded() -> None:
        assert all(page.snapshot is not None for page in gui.window.pages)
        assert not gui.runner.running()

    qtbot.waitUntil(loaded, timeout=timeout)
