"""The form of one product: every field with its own message line, saved on a worker.

A refused value (``FieldError`` from ``services.catalogue``) is shown under its field, which
gets the focus; nothing is saved. GUI thread only, except the save job.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.money import SUPPORTED_CURRENCIES, MoneyError, currency_decimals
from desktop_crm.domain.quote_math import VAT_RATES
from desktop_crm.services import catalogue
from desktop_crm.services.catalogue import ProductInput, ProductRecord
from desktop_crm.ui.i18n import translate_error
from desktop_crm.ui.workers import TaskControl, TaskRunner

translate = QCoreApplication.translate  # by this name lupdate finds the texts

_SPACES = re.compile(r"(?<=\d)[\s\u00a0\u202f](?=\d)")
_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})+")


def normalise_price(text: str, currency: str) -> str:
    """The price as the service reads it (one decimal point, no grouping).

    Vietnamese users type "1.500.000" or "1 500 000" for one and a half million dong. Spaces
    between digits are always grouping. Dots or commas are taken as grouping only when that is
    unambiguous: the currency has no minor unit (VND, JPY, KRW: "1.500" dong is not one and a
    half dong) and every group after the first has exactly three digits, all with the same
    separator. Anything else is passed on as typed, so the service refuses "12abc" with its
    own message instead of a guess.
    """
    clean = _SPACES.sub("", text.strip())
    try:
        no_minor_unit = currency_decimals(currency.strip().upper()) == 0
    except MoneyError:
        no_minor_unit = False
    match = _GROUPED.fullmatch(clean)
    if no_minor_unit and match and clean.count(match.group(1)) == len(clean) // 4:
        return clean.replace(match.group(1), "")
    return clean


def plain_amount(value: Decimal) -> str:
    """A stored price as the form shows it for editing: no exponent, no trailing zeros."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _with_message(widget: QWidget, message: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(message)
    return box


class ProductDialog(QDialog):
    """Add (``product`` None) or change a product. ``saved_id`` is set once it was saved."""

    FIELDS = ("sku", "name", "description", "unit", "unit_price", "currency", "vat_rate")

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        runner: TaskRunner,
        product: ProductRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog")
        self.ctx = ctx
        self.runner = runner
        self.product = product
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit product") if product else self.tr("New product"))
        self.setMinimumWidth(460)

        self.sku_edit = QLineEdit()
        self.sku_edit.setObjectName("productCode")
        self.sku_edit.setMaxLength(60)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("productName")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("productDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(70)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("productUnit")
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_combo.addItems(list(catalogue.COMMON_UNITS))
        self.price_edit = QLineEdit()
        self.price_edit.setObjectName("productPrice")
        self.price_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("productCurrency")
        self.currency_combo.addItems(list(SUPPORTED_CURRENCIES))
        self.vat_combo = QComboBox()
        self.vat_combo.setObjectName("productVat")
        for rate in VAT_RATES:
            self.vat_combo.addItem(f"{rate} %", str(rate))
        self.active_check = QCheckBox(self.tr("&Active (offered on new quotes)"))
        self.active_check.setObjectName("productActive")
        self.active_check.setChecked(True)

        self.widgets: dict[str, QWidget] = {
            "sku": self.sku_edit,
            "name": self.name_edit,
            "description": self.description_edit,
            "unit": self.unit_combo,
            "unit_price": self.price_edit,
            "currency": self.currency_combo,
            "vat_rate": self.vat_combo,
        }
        self.messages: dict[str, QLabel] = {}
        labels = {
            "sku": self.tr("&Code:"),
            "name": self.tr("&Name:"),
            "description": self.tr("&Description:"),
            "unit": self.tr("&Unit:"),
            "unit_price": self.tr("Unit &price:"),
            "currency": self.tr("Cu&rrency:"),
            "vat_rate": self.tr("&VAT:"),
        }
        form = QFormLayout()
        for name in self.FIELDS:
            message = QLabel()
            message.setObjectName(f"{name}Error")
            message.setProperty("role", "error")
            message.setStyleSheet("color: #b3261e;")
            message.setWordWrap(True)
            message.hide()
            self.messages[name] = message
            label = QLabel(labels[name])
            label.setBuddy(self.widgets[name])
            form.addRow(label, _with_message(self.widgets[name], message))
        form.addRow("", self.active_check)
        self.general_message = QLabel()
        self.general_message.setObjectName("productError")
        self.general_message.setStyleSheet("color: #b3261e;")
        self.general_message.setWordWrap(True)
        self.general_message.hide()

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveProduct")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_message)
        layout.addWidget(buttons)
        if product is not None:
            self._fill(product)

    def _fill(self, product: ProductRecord) -> None:
        self.sku_edit.setText(product.sku)
        self.name_edit.setText(product.name)
        self.description_edit.setPlainText(product.description or "")
        self.unit_combo.setEditText(product.unit)
        self.price_edit.setText(plain_amount(product.unit_price))
        index = self.currency_combo.findText(product.currency)
        if index < 0:
            self.currency_combo.addItem(product.currency)
            index = self.currency_combo.count() - 1
        self.currency_combo.setCurrentIndex(index)
        self.vat_combo.setCurrentIndex(max(0, self.vat_combo.findData(str(product.vat_rate))))
        self.active_check.setChecked(product.is_active)

    def data(self) -> ProductInput:
        currency = self.currency_combo.currentText()
        return ProductInput(
            sku=self.sku_edit.text(),
            name=self.name_edit.text(),
            unit_price=normalise_price(self.price_edit.text(), currency),
            currency=currency,
            vat_rate=str(self.vat_combo.currentData()),
            unit=self.unit_combo.currentText(),
            description=self.description_edit.toPlainText(),
            is_active=self.active_check.isChecked(),
        )

    def clear_messages(self) -> None:
        for message in (*self.messages.values(), self.general_message):
            message.clear()
            message.hide()

    def show_error(self, exc: FieldError) -> None:
        """The message under the refused field, which gets the focus."""
        message = self.messages.get(exc.field, self.general_message)
        message.setText(translate_error(exc))
        message.show()
        widget = self.widgets.get(exc.field)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def save(self) -> None:
        """Check the fields here (no database needed), then save on a worker (the code must
        not be another product's)."""
        self.clear_messages()
        data = self.data()
        try:
            catalogue.validate_product(data)
        except FieldError as exc:
            self.show_error(exc)
            return
        self.save_button.setEnabled(False)
        product_id = self.product.id if self.product else None
        db = self.ctx.db

        def job(_control: TaskControl) -> str:
            with db.uow() as uow:
                return catalogue.save_product(uow, data, product_id)

        self.runner.run(job, on_done=self._saved, on_error=self._failed, name="save product")

    def _saved(self, product_id: str) -> None:
        self.save_button.setEnabled(True)
        self.saved_id = product_id
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, FieldError):
            self.show_error(exc)
        else:
            self.runner.report_error(exc)
