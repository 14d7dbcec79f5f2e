"""Settings panel "Care plans per segment": which follow-ups each segment gets, how often.

One row per step: segment, kind of activity, every N days, what is to be done. The plans are
saved as a whole with the Save button (on the task runner); a refused plan is explained in a
message that names the row. ``segment_label`` names a segment key in the window's language.
GUI thread only.
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
from desktop_crm.domain import segment_words
from desktop_crm.domain.enums import ActivityType
from desktop_crm.services import segment_care_plans
from desktop_crm.services.segment_care_plans import CARE_GROUPS, SEGMENT_KEYS, PlanStep
from desktop_crm.ui.contacts.labels import activity_label
from desktop_crm.ui.i18n import current_language
from desktop_crm.ui.pages.base import note_label
from desktop_crm.ui.workers import TaskControl, TaskRunner

SEGMENT, TYPE, EVERY, SUBJECT = range(4)


def segment_label(key: str) -> str:
    """A care group or RFM segment key in the window's language (the names the segment
    filters and exports use)."""
    language = current_language()
    if key in CARE_GROUPS:
        return segment_words.group_name(key, language)
    return segment_words.rfm_name(key, language)


class SegmentPlansBox(QGroupBox):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentPlanSettings")
        self.ctx = ctx
        self.runner = runner
        self.note = note_label()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("segmentPlanSteps")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addSegmentStep")
        self.add_button.clicked.connect(self.add_step)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeSegmentStep")
        self.remove_button.clicked.connect(self.remove_step)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSegmentPlans")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("segmentPlansStatus")
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
        self.setTitle(self.tr("Care plans per segment"))
        self.note.setText(
            self.tr(
                "With 'Apply care plan…' in the Contacts and Accounts lists these steps become "
                "tasks due today at 9:00, at most once per period of N days for each customer."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Segment"), self.tr("Kind"), self.tr("Every N days"), self.tr("What to do")]
        )
        self.add_button.setText(self.tr("Add step"))
        self.remove_button.setText(self.tr("Remove step"))
        self.save_button.setText(self.tr("Save care plans"))
        for row in range(self.table.rowCount()):
            segment = self._segment_combo(row)
            for index in range(segment.count()):
                segment.setItemText(index, segment_label(segment.itemData(index)))
            kind = self._type_combo(row)
            for index in range(kind.count()):
                kind.setItemText(index, activity_label(kind.itemData(index)))

    # -- data
    def load(self) -> None:
        language = current_language()

        def job(_control: TaskControl) -> tuple[PlanStep, ...]:
            with self.ctx.db.uow() as uow:
                return segment_care_plans.get_plans(uow, language)

        self.runner.run(job, on_done=self._show, name="load segment plans")

    def _show(self, steps: tuple[PlanStep, ...]) -> None:
        self.table.setRowCount(0)
        for step in steps:
            self._append(step)
        self.setEnabled(True)

    def _append(self, step: PlanStep) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        segment = QComboBox()
        for key in SEGMENT_KEYS:
            segment.addItem(segment_label(key), key)
        segment.setCurrentIndex(max(segment.findData(step.segment), 0))
        segment.setAccessibleName(self.tr("Segment"))
        segment.currentIndexChanged.connect(lambda _i: self.status.clear())
        kind = QComboBox()
        for value in ActivityType:
            kind.addItem(activity_label(value.value), value.value)
        kind.setCurrentIndex(max(kind.findData(step.type), 0))
        kind.setAccessibleName(self.tr("Kind"))
        kind.currentIndexChanged.connect(lambda _i: self.status.clear())
        every = QSpinBox()
        # 0 is shown so that a cleared value is refused with a message, not silently fixed.
        every.setRange(0, segment_care_plans.MAX_EVERY_DAYS)
        every.setValue(step.every_days)
        every.setAccessibleName(self.tr("Every N days"))
        every.valueChanged.connect(lambda _v: self.status.clear())
        subject = QLineEdit(step.subject)
        subject.setAccessibleName(self.tr("What to do"))
        subject.textEdited.connect(lambda _t: self.status.clear())
        self.table.setCellWidget(row, SEGMENT, segment)
        self.table.setCellWidget(row, TYPE, kind)
        self.table.setCellWidget(row, EVERY, every)
        self.table.setCellWidget(row, SUBJECT, subject)
        return row

    def _segment_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, SEGMENT)
        assert isinstance(widget, QComboBox)
        return widget

    def _type_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, TYPE)
        assert isinstance(widget, QComboBox)
        return widget

    def _every(self, row: int) -> QSpinBox:
        widget = self.table.cellWidget(row, EVERY)
        assert isinstance(widget, QSpinBox)
        return widget

    def _subject(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, SUBJECT)
        assert isinstance(widget, QLineEdit)
        return widget

    def steps(self) -> list[PlanStep]:
        return [
            PlanStep(
                str(self._segment_combo(row).currentData()),
                str(self._type_combo(row).currentData()),
                self._every(row).value(),
                self._subject(row).text(),
            )
            for row in range(self.table.rowCount())
        ]

    # -- editing
    def add_step(self) -> None:
        row = self._append(PlanStep(SEGMENT_KEYS[0], ActivityType.CALL.value, 30, ""))
        self.status.clear()
        self.table.selectRow(row)
        self._subject(row).setFocus()

    def remove_step(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            row = rows[0].row()
        else:
            focused = self.focusWidget()
            found = [
                r
                for r in range(self.table.rowCount())
                for c in (SEGMENT, TYPE, EVERY, SUBJECT)
                if self.table.cellWidget(r, c) is focused
            ]
            if not found:
                return
            row = found[0]
        self.table.removeRow(row)
        self.status.clear()

    def save(self) -> None:
        steps = self.steps()
        self.save_button.setEnabled(False)

        def job(_control: TaskControl) -> tuple[PlanStep, ...]:
            with self.ctx.db.uow() as uow:
                return segment_care_plans.save_plans(uow, steps)

        self.runner.run(job, on_done=self._saved, on_error=self._failed, name="save segment plans")

    def _saved(self, steps: tuple[PlanStep, ...]) -> None:
        self.save_button.setEnabled(True)
        self._show(steps)
        self.status.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.runner.report_error(exc)
