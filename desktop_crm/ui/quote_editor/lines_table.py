"""The quote's lines as a keyboard-first table: a model of typed texts and its view.

The model keeps what the user typed (so a bad value stays on screen, in red, with its
message); ``line_inputs`` turns the rows into ``quotes.LineInput`` for the service. Typing a
product code in Code fills the line from the catalogue. GUI thread only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.quote_math import LineAmounts
from desktop_crm.services.catalogue import ProductRecord
from desktop_crm.services.quotes import LineInput, LineRecord
from desktop_crm.ui.i18n import format_number, translate_error

CODE, DESCRIPTION, UNIT, QUANTITY, PRICE, DISCOUNT, VAT, AMOUNT, VAT_AMOUNT = range(9)
EDITABLE_COLUMNS = (CODE, DESCRIPTION, UNIT, QUANTITY, PRICE, DISCOUNT, VAT)
NUMBER_COLUMNS = (QUANTITY, PRICE, DISCOUNT, VAT, AMOUNT, VAT_AMOUNT)
FIELD_COLUMNS = {
    "description": DESCRIPTION,
    "quantity": QUANTITY,
    "unit_price": PRICE,
    "discount_percent": DISCOUNT,
    "vat_rate": VAT,
}
ERROR_BRUSH = QBrush(QColor("#fde2e1"))
SEPARATOR = " — "


def fold(text: str) -> str:
    """Lower case without diacritics ("Đông Á" -> "dong a"), to match what people type."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalise_number(text: str) -> str:
    """A number as typed ("1,5", "1.250.000", "1.250.000,5", "12 %") in the form the services
    read ("1.5", "1250000", "1250000.5", "12"); anything else is left for them to refuse."""
    cleaned = text.strip().rstrip("%").strip().replace("\u00a0", "").replace(" ", "")
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    elif cleaned.count(",") > 1:
        cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    return cleaned


def plain(value: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 125.50 -> "125.5"."""
    text = format(value.normalize(), "f")
    return text


@dataclass
class EditLine:
    code: str = ""
    description: str = ""
    unit: str = ""
    quantity: str = "1"
    unit_price: str = ""
    discount: str = "0"
    vat: str = "10"
    product_id: str | None = None
    note: str = ""  # e.g. the product's price is in another currency

    def is_blank(self) -> bool:
        return not (self.code.strip() or self.description.strip() or self.unit_price.strip())

    def as_input(self) -> LineInput:
        return LineInput(
            description=self.description,
            quantity=normalise_number(self.quantity),
            unit_price=normalise_number(self.unit_price) or "0",
            unit=self.unit or None,
            discount_percent=normalise_number(self.discount) or "0",
            vat_rate=normalise_number(self.vat),
            product_id=self.product_id,
        )

    @classmethod
    def of(cls, line: LineRecord) -> EditLine:
        return cls(
            code=line.code or "",
            description=line.description,
            unit=line.unit or "",
            quantity=plain(line.quantity),
            unit_price=plain(line.unit_price),
            discount=plain(line.discount_percent),
            vat=plain(line.vat_rate),
            product_id=line.product_id,
        )


_ATTRS = {
    CODE: "code",
    DESCRIPTION: "description",
    UNIT: "unit",
    QUANTITY: "quantity",
    PRICE: "unit_price",
    DISCOUNT: "discount",
    VAT: "vat",
}


class LinesModel(QAbstractTableModel):
    """The lines being edited; ``changed`` after every edit (the page recomputes totals)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[EditLine] = []
        self.amounts: list[LineAmounts | None] = []
        self.errors: dict[tuple[int, int], str] = {}  # (row, column) -> message
        self.products: list[ProductRecord] = []
        self.currency = "VND"
        self.read_only = False
        self.headers: list[str] = []

    # -- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and section < len(self.headers):
                return self.headers[section]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE_COLUMNS and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        line = self.lines[row]
        if role == Qt.ItemDataRole.EditRole and column in _ATTRS:
            return getattr(line, _ATTRS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column in _ATTRS:
                text = str(getattr(line, _ATTRS[column]))
                if column in (QUANTITY, PRICE) and (row, column) not in self.errors:
                    try:
                        return format_number(Decimal(normalise_number(text)))
                    except InvalidOperation:
                        return text
                return text
            amounts = self.amounts[row] if row < len(self.amounts) else None
            if amounts is None:
                return ""
            return format_number(amounts.net if column == AMOUNT else amounts.vat)
        if role == Qt.ItemDataRole.BackgroundRole and (row, column) in self.errors:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors.get((row, column)) or (line.note if column == PRICE else None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in _ATTRS:
            return False
        row, column = index.row(), index.column()
        text = str(value or "")
        line = self.lines[row]
        if getattr(line, _ATTRS[column]) == text:
            return False
        if column == CODE:
            self.lines[row] = self._with_code(line, text)
        else:
            self.lines[row] = replace(line, **{_ATTRS[column]: text})
        self.dataChanged.emit(self.index(row, 0), self.index(row, 8))
        self.changed.emit()
        return True

    # -- products
    def match_product(self, text: str) -> ProductRecord | None:
        """The product meant by ``text``: "SKU — name" from the completer, an exact code, or
        the only product whose code starts with it / whose name contains it."""
        typed = text.split(SEPARATOR)[0].strip()
        if not typed:
            return None
        wanted = fold(typed)
        for product in self.products:
            if fold(product.sku) == wanted:
                return product
        by_code = [p for p in self.products if fold(p.sku).startswith(wanted)]
        if len(by_code) == 1:
            return by_code[0]
        by_name = [p for p in self.products if wanted in fold(p.name)]
        return by_name[0] if len(by_name) == 1 and not by_code else None

    def _with_code(self, line: EditLine, text: str) -> EditLine:
        product = self.match_product(text)
        if product is None:
            return replace(line, code=text.split(SEPARATOR)[0].strip(), product_id=None, note="")
        note = ""
        if product.currency != self.currency:
            note = self.tr("The catalogue price is in {currency}.").format(
                currency=product.currency
            )
        return replace(
            line,
            code=product.sku,
            description=product.name,
            unit=product.unit,
            unit_price=plain(product.unit_price),
            vat=plain(product.vat_rate),
            product_id=product.id,
            note=note,
        )

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        for row, line in enumerate(self.lines):
            product = next((p for p in self.products if p.id == line.product_id), None)
            note = ""
            if product is not None and product.currency != currency:
                note = self.tr("The catalogue price is in {currency}.").format(
                    currency=product.currency
                )
            self.lines[row] = replace(line, note=note)

    # -- rows
    def set_lines(self, lines: list[EditLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.amounts = [None] * len(self.lines)
        self.errors = {}
        self.endResetModel()
        self.changed.emit()

    def add_line(self) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(EditLine())
        self.amounts.append(None)
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            if row < len(self.amounts):
                del self.amounts[row]
            self.endRemoveRows()
            self.changed.emit()

    def move_line(self, row: int, delta: int) -> bool:
        target = row + delta
        if not (0 <= row < len(self.lines) and 0 <= target < len(self.lines)):
            return False
        self.lines[row], self.lines[target] = self.lines[target], self.lines[row]
        self.dataChanged.emit(self.index(min(row, target), 0), self.index(max(row, target), 8))
        self.changed.emit()
        return True

    # -- checking
    def filled(self) -> list[tuple[int, EditLine]]:
        """The rows that are not blank, with their index."""
        return [(row, line) for row, line in enumerate(self.lines) if not line.is_blank()]

    def show_check(
        self, amounts: dict[int, LineAmounts], errors: dict[tuple[int, int], str]
    ) -> None:
        self.amounts = [amounts.get(row) for row in range(len(self.lines))]
        self.errors = errors
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, 8))


def line_error(error: FieldError, row: int) -> tuple[tuple[int, int], str]:
    """The cell of ``error`` (raised for ``row``) and its message."""
    name = error.field.rsplit(".", 1)[-1]
    return (row, FIELD_COLUMNS.get(name, DESCRIPTION)), translate_error(error)


class LineDelegate(QStyledItemDelegate):
    """Line edits for the cells; Code completes from the catalogue; Enter moves on."""

    def __init__(self, view: LinesView) -> None:
        super().__init__(view)
        self.view = view
        self.completion = QStringListModel(self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.completion)

    def set_products(self, products: list[ProductRecord]) -> None:
        self.completion.setStringList([f"{p.sku}{SEPARATOR}{p.name}" for p in products])

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setObjectName(f"lineEditor{index.column()}")
        if index.column() == CODE:
            completer = QCompleter(self.completion, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            editor.setCompleter(completer)
            completer.activated.connect(lambda _text: QTimer.singleShot(0, self.view.enter))
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            completer = watched.completer()
            if completer is not None and completer.popup().isVisible():
                completer.popup().hide()
            self.view.enter()
            return True
        return super().eventFilter(watched, event)


class LinesView(QTableView):
    """Tab moves cell to cell, Enter commits and moves on (a new line after the last one),
    Delete / Ctrl+Del removes the line, Alt+Up / Alt+Down move it."""

    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteLines")
        self.lines_model = model
        self.setModel(model)
        self.delegate = LineDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setTabKeyNavigation(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(CODE, 110)

    def go_to(self, row: int, column: int, edit: bool = True) -> None:
        index = self.model().index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        if edit and not self.lines_model.read_only:
            self.edit(index)
            editor = self.focusWidget()
            if isinstance(editor, QLineEdit):
                editor.selectAll()  # typing replaces the cell, as in a spreadsheet

    def enter(self) -> None:
        """Enter: commit the cell being edited, then move on."""
        index = self.currentIndex()
        editor = self.indexWidget(index) or self.focusWidget()
        if self.state() == QAbstractItemView.State.EditingState and isinstance(editor, QWidget):
            self.commitData(editor)
            self.closeEditor(editor, LineDelegate.EndEditHint.NoHint)
        if not index.isValid() or self.lines_model.read_only:
            return
        row, column = index.row(), index.column()
        line = self.lines_model.lines[row]
        if column == CODE:
            self.go_to(row, QUANTITY if line.product_id else DESCRIPTION)
        elif row == self.model().rowCount() - 1:
            self.go_to(self.lines_model.add_line(), CODE)
        else:
            self.go_to(row + 1, column)

    def remove_current(self) -> None:
        index = self.currentIndex()
        if not index.isValid() or self.lines_model.read_only:
            return
        row = index.row()
        self.lines_model.remove_line(row)
        if self.lines_model.rowCount():
            self.go_to(min(row, self.lines_model.rowCount() - 1), index.column(), edit=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enter()
                return
            if key == Qt.Key.Key_Delete:
                self.remove_current()
                return
        super().keyPressEvent(event)
