"""What a move asks: the final amount of a won deal, the reason of a lost one, a stage.

Each dialog checks its input before it closes with OK; the service checks again.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.money import MoneyError, currency_decimals, to_decimal
from desktop_crm.services.deals import StageColumn


def amount_text(amount: Decimal, currency: str) -> str:
    """An amount as typed (no grouping), with the currency's decimals."""
    quantum = Decimal(1).scaleb(-currency_decimals(currency))
    return str(amount.quantize(quantum))


def parse_amount(text: str) -> Decimal | None:
    """Typed text to an amount: spaces, dots or commas as thousands separators are accepted
    when they cannot be decimals ("1.500.000"); None when it is not a number."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    if cleaned.count(",") > 1 or ("," in cleaned and "." in cleaned):
        cleaned = cleaned.replace(",", "")
    cleaned = cleaned.replace(",", ".")
    try:
        return to_decimal(cleaned) if cleaned else None
    except MoneyError:
        return None


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class WonDialog(_Dialog):
    """Asks the final amount of a won deal, prefilled with its amount."""

    def __init__(self, parent: QWidget | None, title: str, amount: Decimal, currency: str) -> None:
        super().__init__(parent)
        self.setObjectName("wonDialog")
        self.currency = currency
        self.setWindowTitle(self.tr("Deal won"))
        self.form.addRow(QLabel(self.tr("“{title}” was won.").format(title=title)))
        self.amount_edit = QLineEdit(amount_text(amount, currency))
        self.amount_edit.setObjectName("finalAmount")
        self.amount_edit.selectAll()
        self.form.addRow(
            self.tr("Final amount ({currency}):").format(currency=currency), self.amount_edit
        )
        self.amount: Decimal | None = None

    def accept(self) -> None:
        amount = parse_amount(self.amount_edit.text())
        if amount is None or amount < 0:
            self.show_error(self.tr("Enter the final amount as a number."))
            return
        if amount != amount.quantize(Decimal(1).scaleb(-currency_decimals(self.currency))):
            self.show_error(
                self.tr("An amount in {currency} has at most {decimals} decimals.").format(
                    currency=self.currency, decimals=currency_decimals(self.currency)
                )
            )
            return
        self.amount = amount
        super().accept()


class LostDialog(_Dialog):
    """Asks why a deal was lost: a reason of the list or free text."""

    def __init__(self, parent: QWidget | None, title: str, reasons: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("lostDialog")
        self.setWindowTitle(self.tr("Deal lost"))
        self.form.addRow(QLabel(self.tr("Why was “{title}” lost?").format(title=title)))
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("lostReason")
        self.reason_combo.setEditable(True)  # free text too
        self.reason_combo.addItems(reasons)
        self.reason_combo.setCurrentIndex(-1)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.form.addRow(self.tr("Reason:"), self.reason_combo)
        self.reason: str | None = None

    def accept(self) -> None:
        reason = self.reason_combo.currentText().strip()
        if not reason:
            self.show_error(self.tr("Choose a reason or type one."))
            return
        self.reason = reason
        super().accept()


class MoveToDialog(_Dialog):
    """Chooses the stage to move a deal to (the keyboard's way to drag a card)."""

    def __init__(
        self, parent: QWidget | None, title: str, columns: tuple[StageColumn, ...], current: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveToDialog")
        self.setWindowTitle(self.tr("Move “{title}” to…").format(title=title))
        self.stage_list = QListWidget()
        self.stage_list.setObjectName("stageChooser")
        for column in columns:
            item = QListWidgetItem(column.name)
            item.setData(Qt.ItemDataRole.UserRole, column.id)
            self.stage_list.addItem(item)
            if column.id == current:
                self.stage_list.setCurrentItem(item)
        self.stage_list.itemActivated.connect(lambda _item: self.accept())
        self.form.addRow(self.stage_list)
        self.stage_id: str | None = None

    def accept(self) -> None:
        item = self.stage_list.currentItem()
        if item is None:
            self.show_error(self.tr("Choose a stage."))
            return
        self.stage_id = str(item.data(Qt.ItemDataRole.UserRole))
        super().accept()
