"""A progress dialog that appears only when a job lasts longer than about half a second.

A plain QDialog rather than QProgressDialog: that one shows itself on its own timer, hides on
cancel and runs a nested event loop inside ``setValue`` when modal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SHOW_AFTER_MS = 500


translate = QCoreApplication.translate  # by this name lupdate finds the texts


class ProgressDialog(QDialog):
    """A label, a bar and a Cancel button; closing the window counts as Cancel."""

    def __init__(self, parent: QWidget, on_cancel: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowTitle("Desktop CRM")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(translate("progress", "Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(on_cancel)
        buttons = QDialogButtonBox()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self._on_cancel = on_cancel
        self.finished_ok = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.finished_ok:
            event.ignore()  # the job decides when it is over
            self._on_cancel()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._on_cancel()
            return
        super().keyPressEvent(event)


class DelayedProgress(QObject):
    """Shows ``text`` and a Cancel button after ``show_after_ms``; ``finish()`` closes it.

    ``on_cancel`` runs once, when the user presses Cancel, Escape or closes the dialog.
    """

    def __init__(
        self,
        parent: QWidget,
        text: str,
        on_cancel: Callable[[], None],
        show_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._text = text
        self._detail = ""
        self._on_cancel = on_cancel
        self._maximum = 0  # 0: a busy indicator until the first report
        self._value = 0
        self.dialog: ProgressDialog | None = None
        self.cancelled = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(show_after_ms)

    def update(self, detail: str, done: int, total: int) -> None:
        self._detail = detail
        self._maximum = max(total, 0)
        self._value = max(0, min(done, total))
        self._refresh()

    def finish(self) -> None:
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.finished_ok = True
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()

    def _show(self) -> None:
        self.dialog = ProgressDialog(self._parent, self._cancel)
        self._refresh()
        self.dialog.show()

    def _refresh(self) -> None:
        if self.dialog is None:
            return
        if self.cancelled:
            self.dialog.label.setText(translate("progress", "Stopping…"))
            self.dialog.cancel_button.setEnabled(False)
        else:
            self.dialog.label.setText(self._text + (f"\n{self._detail}" if self._detail else ""))
        self.dialog.bar.setRange(0, self._maximum)
        self.dialog.bar.setValue(self._value)

    def _cancel(self) -> None:
        if not self.cancelled:
            self.cancelled = True
            self._refresh()
            self._on_cancel()
