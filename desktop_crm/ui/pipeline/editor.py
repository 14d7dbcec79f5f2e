"""The deal editor: a new deal (Ctrl+D) or the fields of an existing one.

Reading the owners (and the deal) and saving run on the ``TaskRunner``; a ``FieldError`` from
the service is shown in the dialog, which stays open. The customer is found by typing a part
of an account's or contact's name (folded, so "duc" finds "Đức").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.money import SUPPORTED_CURRENCIES
from desktop_crm.services import deals
from desktop_crm.services.deals import DealInput, DealRecord
from desktop_crm.ui.i18n import translate_error
from desktop_crm.ui.pipeline.dialogs import amount_text, parse_amount
from desktop_crm.ui.workers import TaskControl, TaskRunner

CUSTOMER_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250


class DealEditorDialog(QDialog):
    """Create (``deal_id`` None) or edit a deal; ``saved(record)`` runs after a save."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        runner: TaskRunner,
        saved: Callable[[DealRecord], None],
        deal_id: str | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dealEditor")
        self.ctx, self.runner, self.saved, self.deal_id, self.clock = (
            ctx,
            runner,
            saved,
            deal_id,
            clock,
        )
        self.setWindowTitle(self.tr("New deal") if deal_id is None else self.tr("Edit deal"))
        self.customer: tuple[str, str] | None = None  # (kind, id)
        self.stage_id: str | None = None
        self.saving = False

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.customer_combo = QComboBox()
        self.customer_combo.setObjectName("customer")
        self.customer_combo.setEditable(True)
        self.customer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer_combo.lineEdit().setPlaceholderText(self.tr("Type a company or a person"))
        self.amount_edit = QLineEdit("0")
        self.amount_edit.setObjectName("amount")
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("currency")
        self.currency_combo.addItems(list(SUPPORTED_CURRENCIES))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_combo)
        self.probability_edit = QLineEdit()
        self.probability_edit.setObjectName("probability")
        self.probability_edit.setPlaceholderText(self.tr("Stage default"))
        self.close_check = QCheckBox(self.tr("Expected close:"))
        self.close_check.setObjectName("hasCloseDate")
        self.close_edit = QDateEdit(QDate.currentDate().addMonths(1))
        self.close_edit.setObjectName("expectedClose")
        self.close_edit.setCalendarPopup(True)
        self.close_check.toggled.connect(self.close_edit.setEnabled)
        self.close_check.setChecked(True)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("owner")
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("source")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("description")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Customer:"), self.customer_combo)
        form.addRow(self.tr("Amount:"), amount_row)
        form.addRow(self.tr("Probability (%):"), self.probability_edit)
        form.addRow(self.close_check, self.close_edit)
        form.addRow(self.tr("Owner:"), self.owner_combo)
        form.addRow(self.tr("Source:"), self.source_edit)
        form.addRow(self.tr("Description:"), self.description_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_customers)
        self.customer_combo.lineEdit().textEdited.connect(self._customer_typed)
        self.customer_combo.activated.connect(self._customer_chosen)
        self.loading = True
        self._load()

    # -- loading
    def _load(self) -> None:
        deal_id = self.deal_id

        def job(
            _control: TaskControl,
        ) -> tuple[list[tuple[str, str]], DealRecord | None, tuple[str | None, str | None]]:
            with self.ctx.db.uow() as uow:
                owners = deals.owners(uow)
                if deal_id is None:
                    return owners, None, (None, None)
                record = deals.get_deal(uow, deal_id)
                return owners, record, deals.customer_names(uow, record)

        self.runner.run(job, on_done=self._loaded, name="open deal editor")

    def _loaded(
        self,
        result: tuple[list[tuple[str, str]], DealRecord | None, tuple[str | None, str | None]],
    ) -> None:
        owners, record, (account_name, contact_name) = result
        for owner_id, name in owners:
            self.owner_combo.addItem(name, owner_id)
        if record is not None:
            self.title_edit.setText(record.title)
            self.amount_edit.setText(amount_text(record.amount, record.currency))
            self.currency_combo.setCurrentText(record.currency)
            if record.probability is not None:
                self.probability_edit.setText(str(record.probability.normalize()))
            if record.expected_close_date is None:
                self.close_check.setChecked(False)
            else:
                day = record.expected_close_date
                self.close_edit.setDate(QDate(day.year, day.month, day.day))
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(record.owner_id)))
            self.source_edit.setText(record.source or "")
            self.description_edit.setPlainText(record.description or "")
            if record.account_id:
                self.customer = ("account", record.account_id)
                self.customer_combo.setEditText(account_name or "")
            elif record.contact_id:
                self.customer = ("contact", record.contact_id)
                self.customer_combo.setEditText(contact_name or "")
            self._record = record
        self.loading = False

    # -- the customer
    def _customer_typed(self, _text: str) -> None:
        self.customer = None
        self._search_timer.start()

    def _search_customers(self) -> None:
        text = self.customer_combo.currentText()

        def job(_control: TaskControl) -> list[deals.CustomerChoice]:
            with self.ctx.db.uow() as uow:
                return deals.find_customers(uow, text)

        def done(choices: list[deals.CustomerChoice]) -> None:
            if self.customer_combo.currentText() != text:
                return  # typed on meanwhile; a newer search follows
            self.customer_combo.blockSignals(True)
            self.customer_combo.clear()
            for choice in choices:
                self.customer_combo.addItem(choice.name, (choice.kind, choice.id))
            self.customer_combo.setCurrentIndex(-1)
            self.customer_combo.setEditText(text)
            self.customer_combo.blockSignals(False)
            if choices:
                self.customer_combo.showPopup()

        self.runner.run(job, on_done=done, name="find customers")

    def _customer_chosen(self, index: int) -> None:
        data = self.customer_combo.itemData(index, CUSTOMER_ROLE)
        self.customer = tuple(data) if data else None  # type: ignore[assignment]

    # -- saving
    def data(self) -> DealInput:
        kind, customer_id = self.customer if self.customer else (None, None)
        close = self.close_edit.date() if self.close_check.isChecked() else None
        amount = parse_amount(self.amount_edit.text())
        return DealInput(
            title=self.title_edit.text(),
            account_id=customer_id if kind == "account" else None,
            contact_id=customer_id if kind == "contact" else None,
            amount=amount if amount is not None else self.amount_edit.text(),
            currency=self.currency_combo.currentText(),
            probability=self.probability_edit.text().strip().replace(",", ".") or None,
            expected_close_date=(
                dt.date(close.year(), close.month(), close.day()) if close else None
            ),
            owner_id=self.owner_combo.currentData(),
            source=self.source_edit.text(),
            description=self.description_edit.toPlainText(),
        )

    def save(self) -> None:
        if self.saving or self.loading:
            return
        data, deal_id, now = self.data(), self.deal_id, self.clock()
        self.saving = True

        def job(_control: TaskControl) -> DealRecord:
            with self.ctx.db.uow() as uow:
                if deal_id is None:
                    return deals.create_deal(uow, data, now)
                return deals.update_deal(uow, deal_id, data, now)

        def done(record: DealRecord) -> None:
            self.saving = False
            self.saved(record)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            if isinstance(exc, FieldError):
                self.error_label.setText(translate_error(exc))
                self.error_label.show()
                return
            self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="save deal")
