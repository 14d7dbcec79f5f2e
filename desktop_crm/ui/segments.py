"""Segments in the window: the "Segment" filter's choices, the segment box of a customer's page,
and the Tools commands "Recompute segments" and "Export segments…".

Recomputing replaces the whole ``customer_segments`` table in one transaction on a worker, with
progress and Cancel (``services.segments.recompute``); the window recomputes once by itself
after it shows when the segments are missing or were computed before today. Names of groups
and segments come from ``domain.segment_words`` in the window's language, like the reason
sentence they go with. GUI thread only (the jobs run on the ``TaskRunner``).
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain import segment_words
from desktop_crm.domain.segments import CARE_GROUPS, RFM_SEGMENTS, TIERS
from desktop_crm.services import segments
from desktop_crm.ui import msgbox
from desktop_crm.ui.i18n import current_language, format_money, format_number
from desktop_crm.ui.progress import DelayedProgress
from desktop_crm.ui.workers import Task, TaskControl, TaskRunner

translate = QCoreApplication.translate  # by this name lupdate finds the texts

IDLE_POLL_MS = 100


# --- the filter's choices --------------------------------------------------------------------


def segment_data(segment: tuple[str, str] | None) -> str | None:
    """A segment filter key as combo item data ("care:loyal")."""
    return f"{segment[0]}:{segment[1]}" if segment else None


def segment_key(data: Any) -> tuple[str, str] | None:
    """The segment filter key of a combo item's data, None for "any segment"."""
    if not data or ":" not in str(data):
        return None
    dimension, value = str(data).split(":", 1)
    return (dimension, value)


def segment_choices(language: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(label, data)]) per dimension: care group, RFM segment, tier, churn risk."""
    return [
        (
            translate("segments", "Care group"),
            [(segment_words.group_name(g, language), f"care:{g}") for g in CARE_GROUPS],
        ),
        (
            translate("segments", "RFM segment"),
            [(segment_words.rfm_name(s, language), f"rfm:{s}") for s in RFM_SEGMENTS],
        ),
        (
            translate("segments", "Value tier"),
            [(translate("segments", "Tier {tier}").format(tier=t), f"tier:{t}") for t in TIERS],
        ),
        (
            translate("segments", "Churn risk"),
            [(translate("segments", "At risk of churning"), "churn:yes")],
        ),
    ]


def fill_segment_combo(combo: QComboBox, anyone: str) -> None:
    """Fill ``combo`` with the segments grouped under disabled headings; keep the choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(anyone, None)
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    for heading, items in segment_choices(current_language()):
        combo.addItem(heading, None)
        header = model.item(combo.count() - 1)
        header.setEnabled(False)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        for label, data in items:
            combo.addItem("    " + label, data)
    found = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, found))
    combo.blockSignals(False)


# --- the box on a customer's page ------------------------------------------------------------


class SegmentBox(QGroupBox):
    """Care group and why, RFM, tier, churn risk, CLV and projection of the customer shown."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentBox")
        self.ctx = ctx
        self.runner = runner
        self.kind = ""
        self.record_id = ""
        self.record: Any = None
        self._generation = 0
        self.form = QFormLayout()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("segmentEmpty")
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.form)
        self.values: dict[str, QLabel] = {}
        self.setTitle(self.tr("Segment"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.record_id:
            self._render(self.record)  # names and the sentence in the new language
        super().changeEvent(event)

    def show_record(self, kind: str, record_id: str) -> None:
        self.kind, self.record_id = kind, record_id
        self.reload()

    def reload(self) -> None:
        if not self.record_id:
            return
        self._generation += 1
        generation = self._generation
        kind, record_id, db = self.kind, self.record_id, self.ctx.db

        def job(_control: TaskControl) -> segments.SegmentRecord | None:
            with db.uow() as uow:
                return segments.segment_of(uow, kind, record_id)

        def done(record: segments.SegmentRecord | None) -> None:
            if generation == self._generation:
                self._render(record)

        self.runner.run(job, on_done=done, name="customer segment")

    def _render(self, record: segments.SegmentRecord | None) -> None:
        self.record = record
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values = {}
        self.setTitle(self.tr("Segment"))
        if record is None:
            self.empty_label.setText(
                self.tr("Not computed yet: Tools > Recompute segments works it out.")
            )
            self.empty_label.show()
            self.loaded.emit()
            return
        self.empty_label.hide()
        language, currency = current_language(), record.currency

        def add(key: str, label: str, text: str) -> None:
            value = QLabel(text)
            value.setObjectName(f"segment_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, value)
            self.values[key] = value

        add("group", self.tr("Care group:"), segment_words.group_name(record.care_group, language))
        add("reason", self.tr("Why:"), segment_words.explain(record, language))
        if record.rfm_segment and record.rfm_segment != "none":
            add(
                "rfm",
                self.tr("RFM:"),
                self.tr("R {r} · F {f} · M {m} — {segment}").format(
                    r=record.r_score,
                    f=record.f_score,
                    m=record.m_score,
                    segment=segment_words.rfm_name(record.rfm_segment, language),
                ),
            )
        else:
            add("rfm", self.tr("RFM:"), self.tr("No purchase yet"))
        add(
            "tier",
            self.tr("Value tier:"),
            self.tr("Tier {tier}").format(tier=record.tier) if record.tier else self.tr("None"),
        )
        if record.churn_risk:
            churn = self.tr("At risk: usually buys every {days} days").format(
                days=format_number(record.usual_interval_days or 0)
            )
        elif record.usual_interval_days:
            churn = self.tr("No; usually buys every {days} days").format(
                days=format_number(record.usual_interval_days)
            )
        else:
            churn = self.tr("No")
        add("churn", self.tr("Churn risk:"), churn)
        add("clv", self.tr("Lifetime value so far:"), format_money(record.clv, currency))
        value = format_money(record.projected_value, currency)
        formula = segment_words.projection_formula(record, language)
        add("projected", self.tr("Projected value:"), f"{value}\n{formula}")
        self.loaded.emit()


# --- recompute and export ---------------------------------------------------------------------


class SegmentActions(QObject):
    """Tools > Recompute segments / Export segments…, and the recomputation at start.

    ``recomputed`` is emitted on the GUI thread after every successful recomputation.
    """

    recomputed = Signal()

    def __init__(self, window: QMainWindow, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.runner = runner
        self.task: Task | None = None
        self.export_task: Task | None = None
        self.last_export: tuple[Path, int] | None = None
        self.last_result: segments.RecomputeResult | None = None
        self._waiting = False

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    # -- recompute
    def recompute_if_stale(self) -> None:
        """Recompute once when the segments are missing or older than today (after start)."""
        db, today = self.ctx.db, dt.date.today()

        def job(_control: TaskControl) -> bool:
            with db.uow() as uow:
                computed = segments.summary(uow).computed_at
            if computed is None:
                return True
            when = computed if computed.tzinfo else computed.replace(tzinfo=dt.UTC)
            return when.astimezone().date() < today

        def done(stale: bool) -> None:
            if stale:
                self.recompute_when_idle()

        self.runner.run(job, on_done=done, name="segments stale?")

    def recompute_when_idle(self) -> None:
        """A quiet recomputation once no other job runs (the start-up's writes are done).

        Why wait: the start-up's own jobs (search index, quotes expiring, backup) write too;
        recomputing after them reads what they wrote and does not slow them down.
        """
        if self.runner.running():
            if not self._waiting:
                # A short job rather than a timer: the runner never looks idle meanwhile.
                self._waiting = True
                self.runner.run(
                    lambda _control: time.sleep(IDLE_POLL_MS / 1000),
                    on_done=self._waited,
                    name="wait to recompute segments",
                )
            return
        self.recompute(quiet=True)

    def _waited(self, _result: object) -> None:
        self._waiting = False
        self.recompute_when_idle()

    def recompute(self, quiet: bool = False) -> Task | None:
        """Recompute every segment and lead score on a worker (progress after ~0.5 s, Cancel).

        ``quiet``: the automatic run at start or after new data: no progress dialog (the user
        keeps working; a large database takes a while), nothing said when done.
        """
        if self.task is not None:  # one at a time
            if not quiet:
                self._status(translate("segments", "The segments are being recomputed already."))
            return self.task
        db = self.ctx.db
        phase = translate("segments", "Steps done")

        def job(control: TaskControl) -> segments.RecomputeResult:
            with db.uow() as uow:
                return segments.recompute(
                    uow,
                    today=dt.date.today(),
                    now=dt.datetime.now(dt.UTC),
                    progress=lambda done, total: control.progress(phase, done, total),
                    cancel=control.cancelled,
                )

        progress = (
            None
            if quiet
            else DelayedProgress(
                self.window,
                translate("segments", "Recomputing the customers' segments…"),
                on_cancel=lambda: task.cancel(),
            )
        )

        def report(detail: str, done_count: int, total: int) -> None:
            if progress is not None:
                progress.update(f"{detail}: {format_number(done_count)}", done_count, total)

        def done(result: segments.RecomputeResult) -> None:
            if progress is not None:
                progress.finish()
            self.task = None
            self.last_result = result
            if not quiet:
                self._status(
                    translate("segments", "Segments recomputed for {count} customers.").format(
                        count=format_number(result.customers)
                    )
                )
            self.recomputed.emit()

        def failed(exc: BaseException) -> None:
            if progress is not None:
                progress.finish()
            self.task = None
            if isinstance(exc, segments.SegmentsCancelledError) and task.cancel_requested:
                self._status(translate("segments", "Recomputing cancelled; nothing changed."))
            else:
                self.runner.report_error(exc)

        task = self.runner.run(
            job, on_done=done, on_error=failed, on_progress=report, name="recompute segments"
        )
        self.task = task
        return task

    # -- export
    def export(self) -> None:
        """Ask which group and where, then write the file on a worker."""
        language = current_language()
        groups: list[str | None] = [None, *CARE_GROUPS]
        labels = [translate("segments", "Every customer")] + [
            segment_words.group_name(g, language) for g in CARE_GROUPS
        ]
        chosen = msgbox.choose(
            self.window,
            translate("segments", "Export which customers?"),
            [*labels, translate("segments", "Cancel")],
            default=0,
        )
        if chosen is None or chosen >= len(groups):
            return
        path = msgbox.save_file(
            self.window,
            translate("segments", "Export segments"),
            translate("segments", "Excel workbook (*.xlsx);;CSV file (*.csv)"),
            translate("segments", "segments") + ".xlsx",
        )
        if path is None:
            return
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        self.start_export(path, groups[chosen], language)

    def start_export(self, path: Path, group: str | None, language: str) -> Task:
        db = self.ctx.db

        def job(_control: TaskControl) -> int:
            with db.uow() as uow:
                return segments.export_segments(uow, path, language, group)

        def done(count: int) -> None:
            self.export_task = None
            self.last_export = (path, count)
            self._status(
                translate("segments", "{count} customers written to {path}").format(
                    count=format_number(count), path=path
                )
            )

        def failed(exc: BaseException) -> None:
            self.export_task = None
            self.runner.report_error(exc)

        task = self.runner.run(job, on_done=done, on_error=failed, name="export segments")
        self.export_task = task
        return task
