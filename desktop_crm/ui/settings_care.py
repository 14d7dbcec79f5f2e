"""Settings panel "Care after a sale": the follow-up steps a won deal gets.

One row per step: days after the sale, kind of activity, what is to be done. The plan is saved
as a whole with the Save button (on the task runner); a refused plan is explained in a message
that names the step. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.enums import ActivityType
from desktop_crm.services import care_plan
from desktop_crm.services.care_plan import CareStep
from desktop_crm.ui.contacts.labels import activity_label
from desktop_crm.ui.i18n import current_language
from desktop_crm.ui.pages.base import note_label
from desktop_crm.ui.workers import TaskControl, TaskRunner

DAYS, TYPE, SUBJECT = range(3)


class CareSettingsBox(QGroupBox):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careSettings")
        self.ctx = ctx
        self.runner = runner
        self.note = note_label()
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("careSteps")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addCareStep")
        self.add_button.clicked.connect(self.add_step)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeCareStep")
        self.remove_button.clicked.connect(self.remove_step)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCarePlan")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("careStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()
        self.setEnabled(False)
        self.load()

    # -- texts
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Care after a sale"))
        self.note.setText(
            self.tr(
                "When a deal is won, these follow-ups become tasks for the deal's owner, due "
                "at 9:00 on the given day after the sale."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Days after the sale"), self.tr("Kind"), self.tr("What to do")]
        )
        self.add_button.setText(self.tr("Add step"))
        self.remove_button.setText(self.tr("Remove step"))
        self.save_button.setText(self.tr("Save care plan"))
        for row in range(self.table.rowCount()):
            combo = self._type_combo(row)
            for index in range(combo.count()):
                combo.setItemText(index, activity_label(combo.itemData(index)))

    # -- data
    def load(self) -> None:
        language = current_language()

        def job(_control: TaskControl) -> tuple[CareStep, ...]:
            with self.ctx.db.uow() as uow:
                return care_plan.get_plan(uow, language)

        self.runner.run(job, on_done=self._show, name="load care plan")

    def _show(self, steps: tuple[CareStep, ...]) -> None:
        self.table.setRowCount(0)
        for step in steps:
            self._append(step)
        self.setEnabled(True)

    def _append(self, step: CareStep) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        days = QSpinBox()
        days.setRange(0, care_plan.MAX_DAYS)
        days.setValue(step.days_after)
        days.setAccessibleName(self.tr("Days after the sale"))
        days.valueChanged.connect(lambda _v: self.status.clear())
        kind = QComboBox()
        for value in ActivityType:
            kind.addItem(activity_label(value.value), value.value)
        kind.setCurrentIndex(max(kind.findData(step.type), 0))
        kind.setAccessibleName(self.tr("Kind"))
        kind.currentIndexChanged.connect(lambda _i: self.status.clear())
        subject = QLineEdit(step.subject)
        subject.setAccessibleName(self.tr("What to do"))
        subject.textEdited.connect(lambda _t: self.status.clear())
        self.table.setCellWidget(row, DAYS, days)
        self.table.setCellWidget(row, TYPE, kind)
        self.table.setCellWidget(row, SUBJECT, subject)
        return row

    def _days(self, row: int) -> QSpinBox:
        widget = self.table.cellWidget(row, DAYS)
        assert isinstance(widget, QSpinBox)
        return widget

    def _type_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, TYPE)
        assert isinstance(widget, QComboBox)
        return widget

    def _subject(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, SUBJECT)
        assert isinstance(widget, QLineEdit)
        return widget

    def steps(self) -> list[CareStep]:
        return [
            CareStep(
                self._days(row).value(),
                str(self._type_combo(row).currentData()),
                self._subject(row).text(),
            )
            for row in range(self.table.rowCount())
        ]

    # -- editing
    def add_step(self) -> None:
        last = max((s.days_after for s in self.steps()), default=0)
        row = self._append(CareStep(last + 7, ActivityType.TASK.value, ""))
        self.status.clear()
        self.table.selectRow(row)
        self._subject(row).setFocus()

    def remove_step(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            focused = self.focusWidget()
            rows_found = [
                r
                for r in range(self.table.rowCount())
                for c in (DAYS, TYPE, SUBJECT)
                if self.table.cellWidget(r, c) is focused
            ]
            if not rows_found:
                return
            row = rows_found[0]
        else:
            row = rows[0].row()
        self.table.removeRow(row)
        self.status.clear()

    def save(self) -> None:
        steps = self.steps()
        self.save_button.setEnabled(False)

        def job(_control: TaskControl) -> tuple[CareStep, ...]:
            with self.ctx.db.uow() as uow:
                return care_plan.save_plan(uow, steps)

        self.runner.run(job, on_done=self._saved, on_error=self._failed, name="save care plan")

    def _saved(self, steps: tuple[CareStep, ...]) -> None:
        self.save_button.setEnabled(True)
        self._show(steps)
        self.status.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.runner.report_error(exc)
