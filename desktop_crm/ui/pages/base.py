"""What every page has: a title, a subtitle, figures, and new texts when the language changes.

Subclasses set their texts in ``retranslate()`` with ``self.tr`` (their own translation
context); this base uses ``QCoreApplication.translate`` with an explicit context, because
``self.tr`` here would look the text up under the subclass's name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_crm.ui.snapshot import Snapshot


def figure_label(object_name: str) -> QLabel:
    """A large figure such as "200 contacts"."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", "figure")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def note_label(object_name: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", "note")
    label.setWordWrap(True)
    return label


class Page(QWidget):
    """A page of the main window; ``show_snapshot`` hands it fresh figures (GUI thread)."""

    icon_name = ""
    expanding_body = False  # True: the body takes the page's height (e.g. a scroll area)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: Snapshot | None = None
        self._figures: list[QLabel] = []
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setProperty("role", "title")
        self.subtitle_label = note_label("pageSubtitle")
        self.subtitle_label.hide()
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(6)
        outer.addWidget(self.title_label)
        outer.addWidget(self.subtitle_label)
        outer.addSpacing(12)
        outer.addLayout(self.body, 1 if self.expanding_body else 0)
        if not self.expanding_body:
            outer.addStretch(1)

    # -- for subclasses
    def title(self) -> str:
        raise NotImplementedError

    def render(self, snapshot: Snapshot) -> None:
        """Set the texts that depend on the figures (called again when the language changes)."""

    def retranslate_fixed(self) -> None:
        """Set the texts that do not depend on the figures."""

    # -- shared behaviour
    def add_figure(self, object_name: str) -> QLabel:
        """A large figure in the body; it reads "Loading…" until the first snapshot."""
        label = figure_label(object_name)
        self._figures.append(label)
        self.body.addWidget(label)
        return label

    def add_note(self, object_name: str = "") -> QLabel:
        label = note_label(object_name)
        self.body.addWidget(label)
        return label

    def set_subtitle(self, text: str) -> None:
        self.subtitle_label.setText(text)
        self.subtitle_label.setVisible(bool(text))

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.render(snapshot)

    def loading_text(self) -> str:
        return QCoreApplication.translate("Page", "Loading…")

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.retranslate_fixed()
        if self.snapshot is not None:
            self.render(self.snapshot)
        else:
            for label in self._figures:
                label.setText(self.loading_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
