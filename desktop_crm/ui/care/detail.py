"""The panel beside the case list: a case's fields, its status buttons, the conversation log
(oldest first) and a box to add a message.

Reading and every change run on the ``TaskRunner``; ``changed(detail)`` tells the page that
the list is stale; ``customerActivated(kind, id)`` asks the window to open the customer.
GUI thread only, except the jobs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import care_cases
from desktop_crm.services.care_cases import CaseDetail, LogEntry
from desktop_crm.ui.care.dialogs import ResolveDialog
from desktop_crm.ui.care.labels import (
    category_name,
    channel_name,
    direction_name,
    overdue_text,
    priority_name,
    status_name,
)
from desktop_crm.ui.care.models import OVERDUE_COLOR
from desktop_crm.ui.contacts.labels import activity_label, short_datetime
from desktop_crm.ui.pages.base import note_label
from desktop_crm.ui.workers import TaskControl, TaskRunner

# The buttons that move a case, by the status they move it to.
MOVES = ("in_progress", "waiting_on_customer", "resolved", "closed")


class CaseDetailPanel(QWidget):
    changed = Signal(object)  # CaseDetail after a change
    customerActivated = Signal(str, str)  # kind, id

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        clock: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.ctx, self.runner, self.clock = ctx, runner, clock
        self.detail: CaseDetail | None = None
        self.busy = False
        self._generation = 0
        self.active_dialog: ResolveDialog | None = None

        self.empty_label = note_label("caseEmpty")
        self.subject_label = QLabel()
        self.subject_label.setObjectName("caseSubject")
        self.subject_label.setProperty("role", "title")
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer_button = QPushButton()
        self.customer_button.setObjectName("caseCustomer")
        self.customer_button.setFlat(True)
        self.customer_button.clicked.connect(self._open_customer)
        self.fields: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        for key in (
            "status",
            "category",
            "channel",
            "priority",
            "owner",
            "opened",
            "due",
            "response",
            "resolved",
            "csat",
            "description",
        ):
            value = QLabel()
            value.setObjectName(f"case_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel()
            self.fields[key] = value
            self.form_labels[key] = name
            self.form.addRow(name, value)
        self.move_buttons: dict[str, QPushButton] = {}
        moves = QHBoxLayout()
        for status in MOVES:
            button = QPushButton()
            button.setObjectName(f"move_{status}")
            button.clicked.connect(lambda _c=False, s=status: self.move(s))
            self.move_buttons[status] = button
            moves.addWidget(button)
        moves.addStretch(1)
        self.log_title = QLabel()
        self.log_title.setProperty("role", "heading")
        self.log_list = QListWidget()
        self.log_list.setObjectName("caseLog")
        self.log_list.setWordWrap(True)
        self.log_list.setMinimumHeight(120)
        self.message_edit = QPlainTextEdit()
        self.message_edit.setObjectName("messageText")
        self.message_edit.setTabChangesFocus(True)
        self.message_edit.setMaximumHeight(80)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("messageChannel")
        for value in care_cases.CHANNELS:
            self.channel_combo.addItem("", value)
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("messageDirection")
        for value in care_cases.DIRECTIONS:
            self.direction_combo.addItem("", value)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addMessage")
        self.add_button.clicked.connect(self.add_message)
        message_bar = QHBoxLayout()
        message_bar.addWidget(self.channel_combo)
        message_bar.addWidget(self.direction_combo)
        message_bar.addStretch(1)
        message_bar.addWidget(self.add_button)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.subject_label, 1)
        content.addLayout(header)
        content.addWidget(self.customer_button, 0, Qt.AlignmentFlag.AlignLeft)
        content.addLayout(self.form)
        content.addLayout(moves)
        content.addWidget(self.log_title)
        content.addWidget(self.log_list, 1)
        content.addWidget(self.message_edit)
        content.addLayout(message_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.content, 1)
        self.content.hide()
        self.retranslate()

    # -- texts
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.empty_label.setText(self.tr("Choose a case in the list to work on it."))
        names = {
            "status": self.tr("Status:"),
            "category": self.tr("Category:"),
            "channel": self.tr("Channel:"),
            "priority": self.tr("Priority:"),
            "owner": self.tr("Owner:"),
            "opened": self.tr("Opened:"),
            "due": self.tr("Due:"),
            "response": self.tr("First response:"),
            "resolved": self.tr("Resolved:"),
            "csat": self.tr("Satisfaction:"),
            "description": self.tr("Description:"),
        }
        for key, label in self.form_labels.items():
            label.setText(names[key])
        self.log_title.setText(self.tr("Conversation"))
        self.message_edit.setPlaceholderText(self.tr("Write what was said or done…"))
        for index in range(self.channel_combo.count()):
            self.channel_combo.setItemText(index, channel_name(self.channel_combo.itemData(index)))
        for index in range(self.direction_combo.count()):
            self.direction_combo.setItemText(
                index, direction_name(self.direction_combo.itemData(index))
            )
        self.add_button.setText(self.tr("Add message"))
        if self.detail is not None:
            self.show_detail(self.detail)

    def _move_text(self, status: str, current: str) -> str:
        if status == "in_progress":
            return self.tr("Reopen") if current == "resolved" else self.tr("Start work")
        if status == "waiting_on_customer":
            return self.tr("Wait for the customer")
        if status == "resolved":
            return self.tr("Resolve…")
        return self.tr("Close")

    # -- showing
    def clear(self) -> None:
        self._generation += 1
        self.detail = None
        self.content.hide()
        self.empty_label.show()

    def load(self, case_id: str) -> None:
        """Read the case on a worker and show it."""
        self._generation += 1
        generation = self._generation
        db = self.ctx.db

        def job(_control: TaskControl) -> CaseDetail:
            with db.uow() as uow:
                return care_cases.case_detail(uow, case_id)

        def done(detail: CaseDetail) -> None:
            if generation == self._generation:
                self.show_detail(detail)

        self.runner.run(job, on_done=done, name="open care case")

    def show_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.empty_label.hide()
        self.content.show()
        self.subject_label.setText(detail.subject)
        self.customer_button.setText(detail.customer)
        self.customer_button.setVisible(bool(detail.customer))
        late = detail.overdue_by(self.clock())
        due = short_datetime(detail.due_at)
        f = self.fields
        f["status"].setText(status_name(detail.status))
        f["category"].setText(category_name(detail.category))
        f["channel"].setText(channel_name(detail.channel))
        f["priority"].setText(priority_name(detail.priority))
        f["owner"].setText(detail.owner_name or "")
        f["opened"].setText(short_datetime(detail.opened_at))
        f["due"].setText(f"{due} · {overdue_text(late)}" if late is not None else due)
        f["due"].setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold;" if late else "")
        if detail.first_response_at is not None:
            f["response"].setText(short_datetime(detail.first_response_at))
        else:
            f["response"].setText(
                self.tr("expected by {time}").format(time=short_datetime(detail.response_due_at))
            )
        f["resolved"].setText(short_datetime(detail.resolved_at))
        if detail.csat_score is not None:
            stars = "★" * detail.csat_score + "☆" * (5 - detail.csat_score)
            text = f"{stars} ({detail.csat_score}/5)"
            f["csat"].setText(f"{text} — {detail.csat_comment}" if detail.csat_comment else text)
        else:
            f["csat"].setText("")
        f["description"].setText(detail.description or "")
        for status, button in self.move_buttons.items():
            button.setText(self._move_text(status, detail.status))
            button.setVisible(status in detail.allowed)
            button.setEnabled(not self.busy)
        open_case = detail.status != "closed"
        for widget in (self.message_edit, self.channel_combo, self.direction_combo):
            widget.setEnabled(open_case)
        self.add_button.setEnabled(open_case and not self.busy)
        if detail.channel:
            self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(detail.channel)))
        self.log_list.clear()
        for entry in detail.log:
            self.log_list.addItem(self._log_item(entry))

    def _log_item(self, entry: LogEntry) -> QListWidgetItem:
        when = short_datetime(entry.at)
        if entry.kind == "status":
            text = self.tr("{time} · status: {before} → {after}").format(
                time=when,
                before=status_name(entry.from_status or ""),
                after=status_name(entry.to_status or ""),
            )
            item = QListWidgetItem(text)
            item.setForeground(Qt.GlobalColor.darkGray)
            return item
        how = channel_name(entry.channel) if entry.channel else activity_label(entry.activity_type)
        parts = [when, how]
        if entry.direction:
            parts.append(direction_name(entry.direction))
        if entry.user:
            parts.append(entry.user)
        item = QListWidgetItem(" · ".join(parts) + "\n" + entry.text)
        item.setData(Qt.ItemDataRole.UserRole, entry.id)
        return item

    def log_texts(self) -> list[str]:
        return [self.log_list.item(i).text() for i in range(self.log_list.count())]

    # -- working
    def _open_customer(self) -> None:
        detail = self.detail
        if detail is None:
            return
        if detail.account_id:
            self.customerActivated.emit("account", detail.account_id)
        elif detail.contact_id:
            self.customerActivated.emit("contact", detail.contact_id)

    def _run(
        self,
        job: Callable[[], CaseDetail],
        name: str,
        after: Callable[[], None] | None = None,
    ) -> None:
        self.busy = True
        for button in (*self.move_buttons.values(), self.add_button):
            button.setEnabled(False)

        def work(_control: TaskControl) -> CaseDetail:
            return job()

        def done(detail: CaseDetail) -> None:
            self.busy = False
            if after is not None:
                after()
            self.show_detail(detail)
            self.changed.emit(detail)

        def failed(exc: BaseException) -> None:
            self.busy = False
            if self.detail is not None:
                self.show_detail(self.detail)
            self.runner.report_error(exc)

        self.runner.run(work, on_done=done, on_error=failed, name=name)

    def move(self, status: str) -> None:
        detail = self.detail
        if detail is None or self.busy:
            return
        if status == "resolved":
            dialog = ResolveDialog(
                self, self.ctx, self.runner, detail.id, self._resolved, self.clock
            )
            dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
            self.active_dialog = dialog
            dialog.open()
            return
        case_id, now, db = detail.id, self.clock(), self.ctx.db
        user = self.ctx.settings.current_user_id

        def job() -> CaseDetail:
            with db.uow() as uow:
                return care_cases.change_status(uow, case_id, status, now, user)

        self._run(job, "move care case")

    def _dialog_closed(self, dialog: ResolveDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def _resolved(self, detail: CaseDetail) -> None:
        self.show_detail(detail)
        self.changed.emit(detail)

    def add_message(self) -> None:
        detail = self.detail
        if detail is None or self.busy:
            return
        text = self.message_edit.toPlainText()
        channel = self.channel_combo.currentData()
        direction = self.direction_combo.currentData()
        case_id, now, db = detail.id, self.clock(), self.ctx.db
        user = self.ctx.settings.current_user_id

        def job() -> CaseDetail:
            with db.uow() as uow:
                return care_cases.log_message(uow, case_id, text, channel, direction, now, user)

        self._run(job, "add care message", after=self.message_edit.clear)
