"""Settings panel "Quotes": the numbering pattern and the defaults of a new quote.

The pattern's preview shows the number the next quote of today would get on this laptop
(read on a worker, as the sequence depends on the quotes already numbered). A refused pattern
is explained under the field. Save writes pattern and defaults on the task runner.
GUI thread only, except the jobs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.services import quotes
from desktop_crm.services.quotes import QuoteDefaults
from desktop_crm.ui.i18n import translate_error
from desktop_crm.ui.pages.base import note_label
from desktop_crm.ui.workers import TaskControl, TaskRunner

PREVIEW_DELAY_MS = 200


def _text_box(object_name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(object_name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(60)
    return box


class QuoteSettingsBox(QGroupBox):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteSettings")
        self.ctx = ctx
        self.runner = runner
        self.today: Callable[[], dt.date] = dt.date.today
        self._preview_generation = 0
        self.preview_loading = False

        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("quotePattern")
        self.pattern_edit.setMaxLength(40)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("quotePatternPreview")
        self.pattern_error = QLabel()
        self.pattern_error.setObjectName("quotePatternError")
        self.pattern_error.setStyleSheet("color: #b3261e;")
        self.pattern_error.setWordWrap(True)
        self.pattern_error.hide()
        self.pattern_note = note_label()
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.pattern_edit.textChanged.connect(self._pattern_edited)

        self.validity_spin = QSpinBox()
        self.validity_spin.setObjectName("quoteValidityDays")
        self.validity_spin.setRange(1, 3650)
        self.validity_spin.valueChanged.connect(lambda _v: self.status.clear())
        self.payment_edit = _text_box("quotePaymentTerms")
        self.delivery_edit = _text_box("quoteDeliveryTerms")
        self.notes_edit = _text_box("quoteNotes")
        for box in (self.payment_edit, self.delivery_edit, self.notes_edit):
            box.textChanged.connect(lambda: self.status.clear())

        self.labels = {
            name: QLabel()
            for name in ("pattern", "preview", "validity", "payment", "delivery", "notes")
        }
        form = QFormLayout()
        pattern_box = QWidget()
        pattern_layout = QVBoxLayout(pattern_box)
        pattern_layout.setContentsMargins(0, 0, 0, 0)
        pattern_layout.addWidget(self.pattern_edit)
        pattern_layout.addWidget(self.pattern_error)
        form.addRow(self.labels["pattern"], pattern_box)
        form.addRow(self.labels["preview"], self.preview_label)
        form.addRow("", self.pattern_note)
        form.addRow(self.labels["validity"], self.validity_spin)
        form.addRow(self.labels["payment"], self.payment_edit)
        form.addRow(self.labels["delivery"], self.delivery_edit)
        form.addRow(self.labels["notes"], self.notes_edit)
        for name, widget in (
            ("pattern", self.pattern_edit),
            ("validity", self.validity_spin),
            ("payment", self.payment_edit),
            ("delivery", self.delivery_edit),
            ("notes", self.notes_edit),
        ):
            self.labels[name].setBuddy(widget)

        self.save_button = QPushButton()
        self.save_button.setObjectName("saveQuoteSettings")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("quoteSettingsStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
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
        self.setTitle(self.tr("Quotes"))
        self.labels["pattern"].setText(self.tr("Number &pattern:"))
        self.labels["preview"].setText(self.tr("Next number:"))
        self.labels["validity"].setText(self.tr("&Valid for:"))
        self.labels["payment"].setText(self.tr("Pa&yment terms:"))
        self.labels["delivery"].setText(self.tr("&Delivery terms:"))
        self.labels["notes"].setText(self.tr("N&otes:"))
        self.validity_spin.setSuffix(self.tr(" days"))
        self.pattern_edit.setToolTip(
            self.tr("{year}, {yy}, {month}, {seq} (or {seq:04} for four digits) and {device}")
        )
        self.pattern_note.setText(
            self.tr(
                "Use {year}, {yy}, {month} and one {seq} (such as {seq:04}). A short code of "
                "this laptop is added at the end unless you place {device} yourself: each "
                "laptop numbers its quotes without a connection, and the code keeps two "
                "laptops from ever giving the same number."
            )
        )
        self.save_button.setText(self.tr("Save quote settings"))

    # -- data
    def load(self) -> None:
        def job(_control: TaskControl) -> tuple[str, QuoteDefaults]:
            with self.ctx.db.uow() as uow:
                return quotes.get_pattern(uow), quotes.get_defaults(uow)

        self.runner.run(job, on_done=self._show, name="load quote settings")

    def _show(self, loaded: tuple[str, QuoteDefaults]) -> None:
        pattern, defaults = loaded
        self.pattern_edit.setText(pattern)
        self.validity_spin.setValue(defaults.validity_days)
        self.payment_edit.setPlainText(defaults.payment_terms)
        self.delivery_edit.setPlainText(defaults.delivery_terms)
        self.notes_edit.setPlainText(defaults.notes)
        self.status.clear()
        self.setEnabled(True)
        self.update_preview()

    def _pattern_edited(self) -> None:
        self.status.clear()
        self._preview_timer.start()

    def show_pattern_error(self, exc: FieldError) -> None:
        self.pattern_error.setText(translate_error(exc))
        self.pattern_error.show()
        self.preview_label.clear()

    def update_preview(self) -> None:
        """Check the pattern here; then read the next number it would give on a worker."""
        self._preview_timer.stop()
        self._preview_generation += 1
        generation = self._preview_generation
        pattern = self.pattern_edit.text()
        try:
            quotes.validate_pattern(pattern)
        except FieldError as exc:
            self.preview_loading = False
            self.show_pattern_error(exc)
            return
        self.pattern_error.hide()
        self.preview_loading = True
        today = self.today()

        def job(_control: TaskControl) -> str:
            with self.ctx.db.uow() as uow:
                return quotes.next_number(uow, today, pattern)

        def done(number: str) -> None:
            if generation == self._preview_generation:
                self.preview_loading = False
                self.preview_label.setText(number)

        def failed(exc: BaseException) -> None:
            if generation != self._preview_generation:
                return
            self.preview_loading = False
            if isinstance(exc, FieldError):
                self.show_pattern_error(exc)
            else:
                self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="preview quote number")

    def defaults(self) -> QuoteDefaults:
        return QuoteDefaults(
            validity_days=self.validity_spin.value(),
            payment_terms=self.payment_edit.toPlainText().strip(),
            delivery_terms=self.delivery_edit.toPlainText().strip(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def save(self) -> None:
        self.status.clear()
        pattern = self.pattern_edit.text()
        try:
            quotes.validate_pattern(pattern)
        except FieldError as exc:
            self.show_pattern_error(exc)
            self.pattern_edit.setFocus()
            return
        defaults = self.defaults()
        self.save_button.setEnabled(False)

        def job(_control: TaskControl) -> str:
            with self.ctx.db.uow() as uow:
                return quotes.save_settings(uow, pattern, defaults)

        self.runner.run(job, on_done=self._saved, on_error=self._failed, name="save quote settings")

    def _saved(self, pattern: str) -> None:
        self.save_button.setEnabled(True)
        if pattern != self.pattern_edit.text():
            self.pattern_edit.setText(pattern)
        self.status.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, FieldError) and exc.field == "pattern":
            self.show_pattern_error(exc)
        else:
            self.runner.report_error(exc)
