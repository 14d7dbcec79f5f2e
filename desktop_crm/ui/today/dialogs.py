"""Small keyboard-first dialogs of the Today page: choose a customer, create a task."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.services import search, today
from desktop_crm.services.reminders import DueItem
from desktop_crm.services.search import SearchHit
from desktop_crm.ui.i18n import translate_error
from desktop_crm.ui.workers import TaskControl, TaskRunner

SEARCH_DELAY_MS = 150


class CustomerField(QWidget):
    """Type part of a name: contacts and accounts that match appear below, the first one
    chosen; Up/Down choose another. ``chosen()`` is (kind, id, name) or None."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.generation = 0
        self.edit = QLineEdit()
        self.edit.setObjectName("customerSearch")
        self.edit.setPlaceholderText(self.tr("Type a name, phone or company"))
        self.results = QListWidget()
        self.results.setObjectName("customerResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setFixedHeight(110)
        self.delay = QTimer(self)
        self.delay.setSingleShot(True)
        self.delay.setInterval(SEARCH_DELAY_MS)
        self.delay.timeout.connect(self.search)
        self.edit.textChanged.connect(lambda _t: self.delay.start())
        self.edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = self.results.currentRow() + step
            if 0 <= row < self.results.count():
                self.results.setCurrentRow(row)
            return True
        return False

    def search(self) -> None:
        self.generation += 1
        generation = self.generation
        text = self.edit.text().strip()
        db = self.ctx.db

        def job(_control: TaskControl) -> list[SearchHit]:
            if not text:
                return []
            with db.uow() as uow:
                return search.search(uow, text, limit=8, kinds=("contact", "account"))

        def done(hits: list[SearchHit]) -> None:
            if generation != self.generation:
                return
            self.results.clear()
            for hit in hits:
                label = f"{hit.title} — {hit.subtitle}" if hit.subtitle else hit.title
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id, hit.title))
                self.results.addItem(item)
            if hits:
                self.results.setCurrentRow(0)

        self.runner.run(job, on_done=done, name="find customer")

    def chosen(self) -> tuple[str, str, str] | None:
        item = self.results.currentItem()
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return (str(value[0]), str(value[1]), str(value[2]))


class CustomerPicker(QDialog):
    """Choose the customer of an action (e.g. "Log a call"); Enter takes the chosen one."""

    def __init__(
        self, ctx: AppContext, runner: TaskRunner, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerPicker")
        self.setWindowTitle(title)
        self.field = CustomerField(ctx, runner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept_choice)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&Customer:"), buddy=self.field.edit))
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.field.edit.setFocus()

    def accept_choice(self) -> None:
        if self.field.chosen() is not None:
            self.accept()


class NewTaskDialog(QDialog):
    """Subject, customer and due date/time of a new task; Enter saves, Esc cancels."""

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        now: dt.datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newTaskDialog")
        self.ctx = ctx
        self.runner = runner
        self.saving = False
        self.created: DueItem | None = None
        self.setWindowTitle(self.tr("New task"))
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("taskSubject")
        self.customer = CustomerField(ctx, runner)
        self.due_edit = QDateTimeEdit()
        self.due_edit.setObjectName("taskDue")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        start = (now + dt.timedelta(hours=1)).astimezone().replace(minute=0, second=0)
        self.due_edit.setDateTime(QDateTime(start.replace(tzinfo=None)))
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        form.addRow(self.tr("&Customer:"), self.customer)
        form.addRow(self.tr("&Due:"), self.due_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.subject_edit.setFocus()

    def save(self) -> None:
        if self.saving:
            return
        chosen = self.customer.chosen()
        local = self.due_edit.dateTime().toPython()
        assert isinstance(local, dt.datetime)
        data = today.TaskInput(
            subject=self.subject_edit.text(),
            due_at=local.astimezone(),
            contact_id=chosen[1] if chosen and chosen[0] == "contact" else None,
            account_id=chosen[1] if chosen and chosen[0] == "account" else None,
        )
        db = self.ctx.db
        self.saving = True
        self.save_button.setEnabled(False)

        def job(_control: TaskControl) -> DueItem:
            with db.uow() as uow:
                return today.create_task(uow, data)

        def done(item: DueItem) -> None:
            self.saving = False
            self.created = item
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, FieldError):
                self.error_label.setText(translate_error(exc))
                self.error_label.show()
            else:
                self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="new task")
