"""The "Apply care plan" dialog: the selected customers get the follow-ups of a segment's plan.

The user chooses a segment (or each customer's own care group and RFM segment), sees the
steps that will become tasks, and confirms with Apply. The tasks are written on the task
runner (``services.segment_care_plans.apply_plan``, one transaction); the outcome -- created,
already planned in this period, customers without a plan -- is told in a message box.
GUI thread only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import segment_care_plans
from desktop_crm.services.segment_care_plans import SEGMENT_KEYS, ApplyResult, PlanStep
from desktop_crm.ui import msgbox
from desktop_crm.ui.contacts.labels import activity_label
from desktop_crm.ui.i18n import current_language, format_number
from desktop_crm.ui.settings_segment_plans import segment_label
from desktop_crm.ui.workers import TaskControl, TaskRunner


class ApplyPlanDialog(QDialog):
    applied = Signal(object)  # the ApplyResult

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        customers: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("applyPlanDialog")
        self.ctx = ctx
        self.runner = runner
        self.customers = list(customers)
        self.plans: tuple[PlanStep, ...] = ()
        self.result_text = ""
        # Where "today" and "now" come from; tests replace it.
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
        self.setWindowTitle(self.tr("Apply care plan"))
        self.intro = QLabel(
            self.tr(
                "Create the follow-up tasks of a care plan for %n customer(s).", "", len(customers)
            )
        )
        self.intro.setWordWrap(True)
        self.segment_combo = QComboBox()
        self.segment_combo.setObjectName("planSegment")
        self.segment_combo.addItem(self.tr("Each customer's own segments"), None)
        for key in SEGMENT_KEYS:
            self.segment_combo.addItem(segment_label(key), key)
        self.segment_combo.currentIndexChanged.connect(lambda _i: self._show_steps())
        self.steps_label = QLabel()
        self.steps_label.setObjectName("planSteps")
        self.steps_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Plan of:"), self.segment_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setObjectName("applyPlanButton")
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        language, db = current_language(), self.ctx.db

        def job(_control: TaskControl) -> tuple[PlanStep, ...]:
            with db.uow() as uow:
                return segment_care_plans.get_plans(uow, language)

        def done(plans: tuple[PlanStep, ...]) -> None:
            self.plans = plans
            self._show_steps()
            self.apply_button.setEnabled(bool(self.customers))

        self.runner.run(job, on_done=done, name="load segment plans")

    def _show_steps(self) -> None:
        key = self.segment_combo.currentData()
        if key is None:
            self.steps_label.setText(
                self.tr(
                    "Each customer gets the plans of its care group and of its RFM segment, "
                    "as last computed."
                )
            )
            return
        steps = [s for s in self.plans if s.segment == key]
        if not steps:
            self.steps_label.setText(self.tr("This segment has no care plan (see Settings)."))
            return
        self.steps_label.setText(
            "\n".join(
                self.tr("{kind} every {days} days: {subject}").format(
                    kind=activity_label(s.type), days=format_number(s.every_days), subject=s.subject
                )
                for s in steps
            )
        )

    def apply(self) -> None:
        segment = self.segment_combo.currentData()
        customers, db = list(self.customers), self.ctx.db
        user_id = self.ctx.settings.current_user_id
        language = current_language()
        now = self.clock()
        today = now.astimezone().date()
        self.apply_button.setEnabled(False)

        def job(_control: TaskControl) -> ApplyResult:
            with db.uow() as uow:
                return segment_care_plans.apply_plan(
                    uow, customers, segment, today, now, user_id, language
                )

        self.runner.run(job, on_done=self._applied, on_error=self._failed, name="apply plan")

    def _applied(self, result: ApplyResult) -> None:
        text = self.tr("Tasks: {created} created, {skipped} already planned.").format(
            created=format_number(result.created), skipped=format_number(result.skipped_existing)
        )
        if result.customers_without_plan:
            text += " " + self.tr(
                "%n customer(s) without a plan for their segment.",
                "",
                result.customers_without_plan,
            )
        self.result_text = text
        self.applied.emit(result)
        self.accept()
        msgbox.information(self.parentWidget(), text)

    def _failed(self, exc: BaseException) -> None:
        self.apply_button.setEnabled(True)
        self.runner.report_error(exc)
