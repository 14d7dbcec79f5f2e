"""The small "log activity" form (Ctrl+L): type, subject, outcome, notes and a next step.

Enter saves, Esc cancels. The activity is stored as done now; a next step with its date
becomes an open task (``services.activities.log_activity``), due at 9:00 local time that day.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.enums import ActivityType
from desktop_crm.services import activities
from desktop_crm.services.activities import ActivityInput, ActivityRecord
from desktop_crm.ui.contacts.labels import activity_label
from desktop_crm.ui.i18n import translate_error
from desktop_crm.ui.workers import TaskControl, TaskRunner

DUE_TIME = dt.time(9, 0)


class LogActivityDialog(QDialog):
    logged = Signal(object)  # the ActivityRecord

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        kind: str,
        record_id: str,
        name: str,
        parent: QWidget | None = None,
        deal_id: str | None = None,  # the deal the activity belongs to (the deal page)
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logActivityDialog")
        self.ctx = ctx
        self.runner = runner
        self.kind = kind
        self.record_id = record_id
        self.deal_id = deal_id
        self.saving = False
        self.setWindowTitle(self.tr("Log activity — {name}").format(name=name))
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("activityType")
        for kind_value in ActivityType:
            self.type_combo.addItem(activity_label(kind_value.value), kind_value.value)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("subject")
        self.subject_edit.setPlaceholderText(self.tr("What was it about?"))
        self.outcome_edit = QLineEdit()
        self.outcome_edit.setObjectName("outcome")
        self.outcome_edit.setPlaceholderText(self.tr("e.g. Interested, call back next week"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.next_edit = QLineEdit()
        self.next_edit.setObjectName("nextStep")
        self.next_edit.setPlaceholderText(self.tr("e.g. Send the quote (leave empty for none)"))
        self.due_edit = QDateEdit()
        self.due_edit.setObjectName("nextDue")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("dd/MM/yyyy")
        self.due_edit.setDate(QDate.currentDate().addDays(1))
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.type_combo)
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        form.addRow(self.tr("&Outcome:"), self.outcome_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        form.addRow(self.tr("Ne&xt step:"), self.next_edit)
        form.addRow(self.tr("&Due on:"), self.due_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.type_combo.setFocus()

    def build_input(self) -> ActivityInput:
        next_step = self.next_edit.text().strip() or None
        due = None
        if next_step:
            day = self.due_edit.date().toPython()
            assert isinstance(day, dt.date)
            due = dt.datetime.combine(day, DUE_TIME).astimezone().astimezone(dt.UTC)
        return ActivityInput(
            type=self.type_combo.currentData(),
            subject=self.subject_edit.text(),
            outcome=self.outcome_edit.text(),
            notes=self.notes_edit.toPlainText(),
            contact_id=self.record_id if self.kind == "contact" else None,
            account_id=self.record_id if self.kind == "account" else None,
            deal_id=self.deal_id,
            next_step=next_step,
            next_due_at=due,
        )

    def save(self) -> None:
        if self.saving:
            return
        self.error_label.hide()
        data = self.build_input()
        db = self.ctx.db
        self.saving = True
        self.save_button.setEnabled(False)

        def job(_control: TaskControl) -> ActivityRecord:
            with db.uow() as uow:
                return activities.log_activity(uow, data)

        def done(record: ActivityRecord) -> None:
            self.saving = False
            self.logged.emit(record)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, FieldError):
                self.error_label.setText(translate_error(exc))
                self.error_label.show()
            else:
                self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="log activity")
