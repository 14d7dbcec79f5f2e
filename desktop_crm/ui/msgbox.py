"""The one module that shows message boxes and file choosers, so tests can replace it.

Every function is modal, runs on the GUI thread and returns what the user chose. Button texts
are set here (Qt ships no Vietnamese for its standard buttons).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

APP_TITLE = "Desktop CRM"


translate = QCoreApplication.translate  # by this name lupdate finds the texts


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, text: str, informative: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, APP_TITLE, text, QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    # Paths and error details must be selectable, so they can be copied into an e-mail.
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return box


def _show(parent: QWidget | None, icon: QMessageBox.Icon, text: str, informative: str) -> None:
    box = _box(parent, icon, text, informative)
    box.addButton(translate("msgbox", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def information(parent: QWidget | None, text: str, informative: str = "") -> None:
    _show(parent, QMessageBox.Icon.Information, text, informative)


def warning(parent: QWidget | None, text: str, informative: str = "") -> None:
    """A problem the user can act on; ``text`` says what and what to do, in plain words."""
    _show(parent, QMessageBox.Icon.Warning, text, informative)


def error(parent: QWidget | None, text: str, informative: str = "") -> None:
    """A problem that stops the program (e.g. the database cannot be opened)."""
    _show(parent, QMessageBox.Icon.Critical, text, informative)


def question(parent: QWidget | None, text: str, yes: str, no: str) -> bool:
    """True when the user chose ``yes``; closing the box counts as ``no``."""
    return choose(parent, text, (yes, no), default=0) == 0


def choose(
    parent: QWidget | None,
    text: str,
    choices: Sequence[str],
    default: int = 0,
    informative: str = "",
) -> int | None:
    """The index of the chosen button, or None when the box was closed without a choice."""
    box = _box(parent, QMessageBox.Icon.Question, text, informative)
    buttons = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in choices]
    box.setDefaultButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def crash(parent: QWidget | None, log_file: Path, details: str) -> bool:
    """Tell the user about a bug and where its report was written; True if they chose to quit."""
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        translate(
            "msgbox",
            "Something went wrong inside Desktop CRM. This is a fault in the program, "
            "not something you did.",
        ),
        translate(
            "msgbox",
            "The details were written to the log file:\n{path}\n\n"
            "Please send this file to the person who looks after Desktop CRM for you. "
            "Your saved data is safe; you may keep working or quit.",
        ).format(path=log_file),
    )
    box.setDetailedText(details)
    box.addButton(translate("msgbox", "Keep working"), QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(translate("msgbox", "Quit"), QMessageBox.ButtonRole.DestructiveRole)
    box.exec()
    return box.clickedButton() is quit_button


def open_file(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    """A file chosen by the user, or None when they cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return Path(chosen) if chosen else None


def save_file(
    parent: QWidget | None, title: str, name_filter: str, suggested: str = ""
) -> Path | None:
    """Where the user chose to write a file, or None when they cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(chosen) if chosen else None
