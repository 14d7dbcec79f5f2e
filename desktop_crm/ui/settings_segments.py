"""Settings panel "Customer segments": the rules that sort customers into care groups, value
tiers and churn risk, each with a short explanation.

The rules are the team's (saved in the database through ``services.segments.save_rules``);
saving them emits ``saved``, on which the window recomputes every customer's segment. A refused
value is explained in a message naming the rule. GUI thread only.
"""

from __future__ import annotations

from dataclasses import fields, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
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
from desktop_crm.domain.segments import SegmentRules
from desktop_crm.services import segments
from desktop_crm.ui.pages.base import note_label
from desktop_crm.ui.workers import TaskControl, TaskRunner

# Whole-number rules: (low, high, suffix key); the others are decimals with one digit.
INT_RULES: dict[str, tuple[int, int]] = {
    "window_days": (1, 3650),
    "loyal_min_purchases": (1, 1000),
    "new_days": (1, 3650),
    "engaged_days": (1, 3650),
    "tier_a_share": (1, 100),
    "tier_b_share": (1, 100),
    "churn_min_purchases": (2, 1000),
    "projection_years": (1, 50),
}
DECIMAL_RULES: dict[str, tuple[float, float]] = {
    "loyal_min_csat": (0.0, 5.0),
    "churn_factor": (1.0, 20.0),
}
ORDER = (
    "window_days",
    "loyal_min_purchases",
    "loyal_min_csat",
    "new_days",
    "engaged_days",
    "tier_a_share",
    "tier_b_share",
    "churn_factor",
    "churn_min_purchases",
    "projection_years",
)


class SegmentSettingsBox(QGroupBox):
    """Edit ``SegmentRules``; ``saved`` is emitted once the new rules are stored."""

    saved = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentSettings")
        self.ctx = ctx
        self.runner = runner
        self.rules = SegmentRules()
        self.note = note_label()
        self.form = QFormLayout()
        self.inputs: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        for name in ORDER:
            spin: QSpinBox | QDoubleSpinBox
            if name in INT_RULES:
                spin = QSpinBox()
                spin.setRange(*INT_RULES[name])
            else:
                spin = QDoubleSpinBox()
                spin.setDecimals(1)
                spin.setSingleStep(0.1)
                spin.setRange(*DECIMAL_RULES[name])
            spin.setObjectName(f"rule_{name}")
            spin.valueChanged.connect(lambda _v: self.status.clear())
            label = QLabel()
            label.setBuddy(spin)
            explanation = note_label(f"note_{name}")
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(spin)
            column.addWidget(explanation)
            self.form.addRow(label, column)
            self.inputs[name], self.labels[name], self.notes[name] = spin, label, explanation
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSegmentRules")
        self.save_button.clicked.connect(self.save)
        self.defaults_button = QPushButton()
        self.defaults_button.setObjectName("segmentRuleDefaults")
        self.defaults_button.clicked.connect(lambda: self._show(SegmentRules()))
        self.status = QLabel()
        self.status.setObjectName("segmentRulesStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
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
        self.setTitle(self.tr("Customer segments"))
        self.note.setText(
            self.tr(
                "How the program sorts customers into care groups, value tiers and churn risk. "
                "A purchase is a won deal or an accepted quote. Saving recomputes every "
                "customer's segment."
            )
        )
        days, times = self.tr(" days"), self.tr(" purchases")
        texts = {
            "window_days": (
                self.tr("Loyalty window:"),
                self.tr("Purchases within this many days count towards loyalty."),
                days,
            ),
            "loyal_min_purchases": (
                self.tr("Loyal from:"),
                self.tr(
                    "A customer with at least this many purchases in the window is loyal "
                    "(when satisfied)."
                ),
                times,
            ),
            "loyal_min_csat": (
                self.tr("Satisfaction of the loyal:"),
                self.tr(
                    "The mean CSAT (1-5) a loyal customer needs; without any score it does "
                    "not count against them."
                ),
                "",
            ),
            "new_days": (
                self.tr("New for:"),
                self.tr(
                    "A customer whose first purchase, or without a purchase whose record, is "
                    "this recent is new."
                ),
                days,
            ),
            "engaged_days": (
                self.tr("Engaged within:"),
                self.tr(
                    "An activity done this recently, an open deal or a sent quote makes a "
                    "customer potential."
                ),
                days,
            ),
            "tier_a_share": (
                self.tr("Tier A up to:"),
                self.tr(
                    "The biggest customers that together bring this share of the revenue "
                    "are tier A."
                ),
                " %",
            ),
            "tier_b_share": (
                self.tr("Tier B up to:"),
                self.tr("The next ones up to this share are tier B; the rest tier C."),
                " %",
            ),
            "churn_factor": (
                self.tr("Churn risk after:"),
                self.tr(
                    "A customer is at risk when the time since the last purchase is longer "
                    "than this many times their usual interval between purchases."
                ),
                self.tr(" × usual interval"),
            ),
            "churn_min_purchases": (
                self.tr("Churn risk needs:"),
                self.tr("Only customers with this many purchases have a usual interval."),
                times,
            ),
            "projection_years": (
                self.tr("Projection over:"),
                self.tr(
                    "Projected value = average purchase × purchases a year × these years, "
                    "halved at churn risk."
                ),
                self.tr(" years"),
            ),
        }
        for name, (label, explanation, suffix) in texts.items():
            self.labels[name].setText(label)
            self.notes[name].setText(explanation)
            self.inputs[name].setSuffix(suffix)
            self.inputs[name].setAccessibleName(label.rstrip(":"))
        self.save_button.setText(self.tr("Save and recompute"))
        self.defaults_button.setText(self.tr("Default rules"))

    # -- data
    def load(self) -> None:
        db = self.ctx.db

        def job(_control: TaskControl) -> SegmentRules:
            with db.uow() as uow:
                return segments.get_rules(uow)

        self.runner.run(job, on_done=self._loaded, name="load segment rules")

    def _loaded(self, rules: SegmentRules) -> None:
        self.rules = rules
        self._show(rules)
        self.setEnabled(True)

    def _show(self, rules: SegmentRules) -> None:
        for name, spin in self.inputs.items():
            value = getattr(rules, name)
            spin.setValue(float(value) if isinstance(spin, QDoubleSpinBox) else int(value))
        self.status.clear()

    def edited_rules(self) -> SegmentRules:
        """The rules as the form shows them (decimals kept exact through their text)."""
        values: dict[str, Any] = {}
        known = {f.name for f in fields(SegmentRules)}
        for name, spin in self.inputs.items():
            if name not in known:
                continue
            if isinstance(spin, QDoubleSpinBox):
                values[name] = Decimal(f"{spin.value():.1f}")
            else:
                values[name] = spin.value()
        return replace(self.rules, **values)

    def save(self) -> None:
        rules = self.edited_rules()
        db = self.ctx.db
        self.save_button.setEnabled(False)

        def job(_control: TaskControl) -> SegmentRules:
            with db.uow() as uow:
                segments.save_rules(uow, rules)
            with db.uow() as uow:
                return segments.get_rules(uow)

        self.runner.run(job, on_done=self._saved, on_error=self._failed, name="save segment rules")

    def _saved(self, rules: SegmentRules) -> None:
        self.save_button.setEnabled(True)
        self.rules = rules
        self._show(rules)
        self.status.setText(self.tr("Saved; recomputing the segments."))
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.runner.report_error(exc)
