"""Lead scoring in the window: the Settings panel of rule points and the score line of a lead.

``LeadScoringBox`` lists the rules of ``services.lead_scoring`` with their points in spin
boxes; Save stores them and recomputes the scores (``services.segments.recompute``) on the
task runner. ``LeadScoreLabel`` shows "Lead score 65 — phone +10, e-mail +10, ..." for a
contact or a deal, read on the runner. ``rule_label`` names a rule in the window's language.
GUI thread only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import lead_scoring, segments
from desktop_crm.services.lead_scoring import RULE_KEYS, LeadScoreRecord, ScoreRule
from desktop_crm.ui.i18n import format_number
from desktop_crm.ui.pages.base import note_label
from desktop_crm.ui.workers import TaskControl, TaskRunner

translate = QCoreApplication.translate  # by this name lupdate finds the texts


def rule_label(key: str) -> str:
    """A lead scoring rule in the window's language, short enough for the score line."""
    labels = {
        "has_phone": translate("leadScoring", "phone"),
        "has_email": translate("leadScoring", "e-mail"),
        "has_title": translate("leadScoring", "job title"),
        "at_company": translate("leadScoring", "works at a company"),
        "company_has_tax_code": translate("leadScoring", "company tax code"),
        "source_referral": translate("leadScoring", "came by referral"),
        "source_event": translate("leadScoring", "came from an event"),
        "source_website": translate("leadScoring", "came from the website"),
        "activity_14_days": translate("leadScoring", "activity in 14 days"),
        "activity_30_days": translate("leadScoring", "activity in 30 days"),
        "three_activities_90_days": translate("leadScoring", "3 activities in 90 days"),
        "quote_sent": translate("leadScoring", "quote sent"),
        "open_deal": translate("leadScoring", "open deal"),
    }
    return labels.get(key, key)


def score_text(record: LeadScoreRecord) -> str:
    """ "Lead score 65 — phone +10, e-mail +10, ..." in the window's language."""
    parts = ", ".join(f"{rule_label(key)} {points:+d}" for key, points in record.points)
    score = format_number(record.score)
    if not parts:
        return translate("leadScoring", "Lead score {score}").format(score=score)
    return translate("leadScoring", "Lead score {score} — {points}").format(
        score=score, points=parts
    )


class LeadScoreLabel(QLabel):
    """The score line of one contact or deal; hidden when it has no score."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadScore")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ctx = ctx
        self.runner = runner
        self.record: LeadScoreRecord | None = None
        self._generation = 0
        self.hide()

    def show_for(self, kind: str, record_id: str) -> None:
        """Read the score of ``kind`` ("contact" or "deal") ``record_id`` on the runner."""
        self._generation += 1
        generation, db = self._generation, self.ctx.db

        def job(_control: TaskControl) -> LeadScoreRecord | None:
            with db.uow() as uow:
                return lead_scoring.score_of(uow, kind, record_id)

        def done(record: LeadScoreRecord | None) -> None:
            if generation == self._generation:
                self.record = record
                self._render()
                self.loaded.emit()

        self.runner.run(job, on_done=done, name="lead score")

    def clear_score(self) -> None:
        self._generation += 1
        self.record = None
        self._render()

    def _render(self) -> None:
        if self.record is None:
            self.clear()
            self.hide()
            return
        self.setText(score_text(self.record))
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.record is not None:
            self._render()
        super().changeEvent(event)


class LeadScoringBox(QGroupBox):
    """Settings: the points of each lead scoring rule; Save recomputes every score."""

    recomputed = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadScoringSettings")
        self.ctx = ctx
        self.runner = runner
        # Where "today" and "now" of the recompute come from; tests replace it.
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
        self.note = note_label()
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.spins: dict[str, QSpinBox] = {}
        for key in RULE_KEYS:
            spin = QSpinBox()
            spin.setObjectName(f"points_{key}")
            spin.setRange(-100, 100)
            spin.valueChanged.connect(lambda _v: self.status.clear())
            label = QLabel()
            label.setBuddy(spin)
            self.labels[key] = label
            self.spins[key] = spin
            self.form.addRow(label, spin)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveLeadScoring")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("leadScoringStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.retranslate()
        self.setEnabled(False)
        self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Lead scoring"))
        self.note.setText(
            self.tr(
                "Leads, prospects and open deals score the points of every rule they meet, "
                "from 0 to 100. Saving recomputes every score."
            )
        )
        for key, label in self.labels.items():
            label.setText(rule_label(key).capitalize() + ":")
        self.save_button.setText(self.tr("Save and recompute scores"))

    def load(self) -> None:
        def job(_control: TaskControl) -> tuple[ScoreRule, ...]:
            with self.ctx.db.uow() as uow:
                return lead_scoring.get_rules(uow)

        self.runner.run(job, on_done=self._show, name="load lead scoring")

    def _show(self, rules: tuple[ScoreRule, ...]) -> None:
        points = {rule.key: rule.points for rule in rules}
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(points.get(key, 0))
            spin.blockSignals(False)
        self.setEnabled(True)

    def rules(self) -> list[ScoreRule]:
        return [ScoreRule(key, spin.value()) for key, spin in self.spins.items()]

    def save(self) -> None:
        rules = self.rules()
        now = self.clock()
        today = now.astimezone().date()
        db = self.ctx.db
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Recomputing the scores…"))

        def job(control: TaskControl) -> int:
            with db.uow() as uow:
                lead_scoring.save_rules(uow, rules)
            with db.uow() as uow:
                result = segments.recompute(uow, today, now, cancel=control.cancelled)
            return int(result.leads)

        self.runner.run(job, on_done=self._saved, on_error=self._failed, name="save lead scoring")

    def _saved(self, leads: int) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(
            self.tr("Saved; %n score(s) recomputed.", "", leads)
            if leads
            else self.tr("Saved; no lead to score.")
        )
        self.recomputed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.clear()
        self.runner.report_error(exc)
