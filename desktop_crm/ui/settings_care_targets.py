"""Settings panel "Care case targets": hours to the first response and to the resolution, per
priority. A new case is due its priority's resolution hours after it was opened.

Loading and saving run on the task runner; a refused value is explained in a message. GUI
thread only, except the jobs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import care_cases
from desktop_crm.services.care_cases import Target
from desktop_crm.ui.care.labels import priority_name
from desktop_crm.ui.pages.base import note_label
from desktop_crm.ui.workers import TaskControl, TaskRunner


class CareTargetsBox(QGroupBox):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careTargets")
        self.ctx = ctx
        self.runner = runner
        self.note = note_label()
        grid = QGridLayout()
        self.response_title = QLabel()
        self.resolution_title = QLabel()
        grid.addWidget(self.response_title, 0, 1)
        grid.addWidget(self.resolution_title, 0, 2)
        self.priority_labels: dict[str, QLabel] = {}
        self.response: dict[str, QSpinBox] = {}
        self.resolution: dict[str, QSpinBox] = {}
        for row, priority in enumerate(care_cases.PRIORITIES, start=1):
            label = QLabel()
            self.priority_labels[priority] = label
            grid.addWidget(label, row, 0)
            for column, spins, kind in (
                (1, self.response, "response"),
                (2, self.resolution, "resolution"),
            ):
                spin = QSpinBox()
                spin.setObjectName(f"{kind}_{priority}")
                spin.setRange(1, care_cases.MAX_HOURS)
                spin.valueChanged.connect(lambda _v: self.status.clear())
                spins[priority] = spin
                grid.addWidget(spin, row, column)
        grid.setColumnStretch(3, 1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCareTargets")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("careTargetsStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self.retranslate()
        self.setEnabled(False)
        self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Care case targets"))
        self.note.setText(
            self.tr(
                "Hours to the first response and to the resolution, by priority. A new case is "
                "due its resolution hours after it was opened; later it shows as overdue."
            )
        )
        self.response_title.setText(self.tr("First response (hours)"))
        self.resolution_title.setText(self.tr("Resolution (hours)"))
        for priority, label in self.priority_labels.items():
            label.setText(priority_name(priority))
            self.response[priority].setAccessibleName(
                self.tr("{priority}: first response (hours)").format(
                    priority=priority_name(priority)
                )
            )
            self.resolution[priority].setAccessibleName(
                self.tr("{priority}: resolution (hours)").format(priority=priority_name(priority))
            )
        self.save_button.setText(self.tr("Save targets"))

    def load(self) -> None:
        def job(_control: TaskControl) -> dict[str, Target]:
            with self.ctx.db.uow() as uow:
                return care_cases.get_targets(uow)

        self.runner.run(job, on_done=self._show, name="load care targets")

    def _show(self, targets: dict[str, Target]) -> None:
        for priority, target in targets.items():
            if priority in self.response:
                self.response[priority].setValue(target.response)
                self.resolution[priority].setValue(target.resolution)
        self.setEnabled(True)

    def targets(self) -> dict[str, Target]:
        return {
            p: Target(self.response[p].value(), self.resolution[p].value())
            for p in care_cases.PRIORITIES
        }

    def save(self) -> None:
        targets = self.targets()
        self.save_button.setEnabled(False)

        def job(_control: TaskControl) -> dict[str, Target]:
            with self.ctx.db.uow() as uow:
                return care_cases.save_targets(uow, targets)

        def done(saved: dict[str, Target]) -> None:
            self.save_button.setEnabled(True)
            self._show(saved)
            self.status.setText(self.tr("Saved."))

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="save care targets")
