"""The product catalogue window (Tools > Product catalogue…, or the Quotes page's button).

Non-modal: the user can keep a quote open beside it. The table shows every product matching
the filter (code or name, without diacritics); inactive products only when asked. Add, Edit
(double click or Enter) and Deactivate/Reactivate change one product on a worker; Import and
Export run ``services.catalogue_io`` on the task runner with a progress dialog and a report.
``changed`` is emitted after every change, so the window's figures can be counted again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import catalogue, catalogue_io
from desktop_crm.services.catalogue import ProductRecord
from desktop_crm.ui import msgbox
from desktop_crm.ui.catalogue.form import ProductDialog
from desktop_crm.ui.i18n import current_language, format_money, format_number, translate_error
from desktop_crm.ui.progress import DelayedProgress
from desktop_crm.ui.workers import Task, TaskControl, TaskRunner

translate = QCoreApplication.translate  # by this name lupdate finds the texts

FILTER_DELAY_MS = 200
COLUMNS = ("sku", "name", "unit", "unit_price", "currency", "vat_rate", "active")
ID_ROLE = Qt.ItemDataRole.UserRole
MAX_REJECTS_SHOWN = 50  # a report names at most this many refused rows

Index = QModelIndex | QPersistentModelIndex


class ProductModel(QAbstractTableModel):
    """The products read by the window's last load (a catalogue is hundreds of rows)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.products: list[ProductRecord] = []

    def set_products(self, products: list[ProductRecord]) -> None:
        self.beginResetModel()
        self.products = list(products)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.products)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_of(self, product_id: str) -> int:
        return next((n for n, p in enumerate(self.products) if p.id == product_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.products):
            return None
        product = self.products[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "sku":
                return product.sku
            if column == "name":
                return product.name
            if column == "unit":
                return product.unit
            if column == "unit_price":
                return format_money(product.unit_price, product.currency)
            if column == "currency":
                return product.currency
            if column == "vat_rate":
                return f"{format_number(product.vat_rate)} %"
            return (
                translate("CatalogueWindow", "Yes")
                if product.is_active
                else (translate("CatalogueWindow", "No"))
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return product.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("unit_price", "vat_rate"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not product.is_active:
            return QBrush(QColor("#8a8a8a"))
        if role == ID_ROLE:
            return product.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "sku": translate("CatalogueWindow", "Code"),
            "name": translate("CatalogueWindow", "Name"),
            "unit": translate("CatalogueWindow", "Unit"),
            "unit_price": translate("CatalogueWindow", "Unit price"),
            "currency": translate("CatalogueWindow", "Currency"),
            "vat_rate": translate("CatalogueWindow", "VAT %"),
            "active": translate("CatalogueWindow", "Active"),
        }
        return titles[COLUMNS[section]]


class ProductTable(QTableView):
    """Enter edits the current product."""

    def __init__(self, open_current: Callable[[], None]) -> None:
        super().__init__()
        self._open_current = open_current

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_current()
            return
        super().keyPressEvent(event)


class CatalogueWindow(QDialog):
    """The catalogue, non-modal. GUI thread; database work on ``runner``."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, parent: QWidget, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueWindow")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.ctx = ctx
        self.runner = runner
        self.loading = False
        self._generation = 0
        self.form: ProductDialog | None = None
        self.io_task: Task | None = None
        self.resize(900, 560)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("productFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.load)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.inactive_check = QCheckBox()
        self.inactive_check.setObjectName("showInactive")
        self.inactive_check.toggled.connect(lambda _c: self.load())
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.inactive_check)

        self.model = ProductModel(self)
        self.table = ProductTable(self.edit_current)
        self.table.setObjectName("productTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COLUMNS.index("unit_price"), 140)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.add_button = QPushButton()
        self.add_button.setObjectName("addProduct")
        self.add_button.clicked.connect(self.add_product)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editProduct")
        self.edit_button.clicked.connect(self.edit_current)
        self.active_button = QPushButton()
        self.active_button.setObjectName("toggleProductActive")
        self.active_button.clicked.connect(self.toggle_active)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importCatalogue")
        self.import_button.clicked.connect(self.import_excel)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportCatalogue")
        self.export_button.clicked.connect(self.export_excel)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.count_label = QLabel()
        self.count_label.setObjectName("productCount")
        self.count_label.setProperty("role", "note")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Product catalogue"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by code or name"))
        self.inactive_check.setText(self.tr("Show i&nactive products"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.import_button.setText(self.tr("&Import Excel…"))
        self.export_button.setText(self.tr("E&xport Excel…"))
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.set_products(self.model.products)
        super().changeEvent(event)

    # -- list
    def load(self, select_id: str | None = None) -> None:
        """Read the products matching the filter on a worker; ``select_id`` is selected after."""
        self._filter_timer.stop()
        if select_id is None and (current := self.current_product()) is not None:
            select_id = current.id
        self._generation += 1
        generation = self._generation
        self.loading = True
        text = self.filter_edit.text()
        active_only = not self.inactive_check.isChecked()
        db = self.ctx.db

        def job(_control: TaskControl) -> list[ProductRecord]:
            with db.uow() as uow:
                return catalogue.list_products(uow, text, active_only=active_only)

        def done(products: list[ProductRecord]) -> None:
            if generation != self._generation:
                return
            self.loading = False
            self.model.set_products(products)
            row = self.model.row_of(select_id) if select_id else -1
            if row >= 0:
                self.table.selectRow(row)
            self._update_buttons()
            self._update_count()
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
            self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="list products")

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln product(s) shown", "", self.model.rowCount()))

    def current_product(self) -> ProductRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.model.products[row] if row < len(self.model.products) else None

    def _update_buttons(self) -> None:
        product = self.current_product()
        self.edit_button.setEnabled(product is not None)
        self.active_button.setEnabled(product is not None)
        if product is not None and not product.is_active:
            self.active_button.setText(self.tr("&Reactivate"))
        else:
            self.active_button.setText(self.tr("&Deactivate"))

    # -- changes
    def add_product(self) -> None:
        self._open_form(None)

    def edit_current(self) -> None:
        product = self.current_product()
        if product is not None:
            self._open_form(product)

    def _open_form(self, product: ProductRecord | None) -> None:
        form = ProductDialog(self, self.ctx, self.runner, product)
        self.form = form

        def finished(_result: int) -> None:
            if form.saved_id is not None:
                self.load(select_id=form.saved_id)
                self.changed.emit()
            if self.form is form:
                self.form = None
            form.deleteLater()

        form.finished.connect(finished)
        form.open()

    def toggle_active(self) -> None:
        product = self.current_product()
        if product is None:
            return
        active = not product.is_active
        db = self.ctx.db

        def job(_control: TaskControl) -> None:
            with db.uow() as uow:
                catalogue.set_active(uow, product.id, active)

        def done(_result: None) -> None:
            self.load(select_id=product.id)
            self.changed.emit()

        self.runner.run(job, on_done=done, name="product active")

    # -- Excel
    def _set_io_enabled(self, enabled: bool) -> None:
        self.import_button.setEnabled(enabled)
        self.export_button.setEnabled(enabled)

    def import_excel(self) -> None:
        path = msgbox.open_file(
            self, self.tr("Import the catalogue"), self.tr("Excel workbooks (*.xlsx)")
        )
        if path is None:
            return
        self._set_io_enabled(False)
        progress = DelayedProgress(
            self, self.tr("Importing {name}…").format(name=path.name), self._cancel_io
        )
        phase = self.tr("Rows read")

        def job(control: TaskControl) -> catalogue_io.CatalogueImportReport:
            with self.ctx.db.uow() as uow:
                report = catalogue_io.import_catalogue(
                    uow,
                    path,
                    progress=lambda done, total: control.progress(phase, done, total),
                    cancel=control.cancelled,
                )
            return report

        def done(report: catalogue_io.CatalogueImportReport) -> None:
            progress.finish()
            self._set_io_enabled(True)
            self.io_task = None
            self.load()
            self.changed.emit()
            self.show_report(report)

        def failed(exc: BaseException) -> None:
            progress.finish()
            self._set_io_enabled(True)
            self.io_task = None
            if not isinstance(exc, catalogue_io.CatalogueImportCancelledError):
                self.runner.report_error(exc)

        self.io_task = self.runner.run(
            job, on_done=done, on_error=failed, on_progress=progress.update, name="import catalogue"
        )

    def _cancel_io(self) -> None:
        if self.io_task is not None:
            self.io_task.cancel()

    def show_report(self, report: catalogue_io.CatalogueImportReport) -> None:
        summary = self.tr(
            "Catalogue imported: {created} new, {updated} changed, {unchanged} unchanged, "
            "{rejected} refused."
        ).format(
            created=format_number(report.created),
            updated=format_number(report.updated),
            unchanged=format_number(report.unchanged),
            rejected=format_number(len(report.rejected)),
        )
        lines = [
            self.tr("Row {row}: {message}").format(row=row, message=translate_error(error))
            for row, error in report.rejected_errors[:MAX_REJECTS_SHOWN]
        ]
        if len(report.rejected) > MAX_REJECTS_SHOWN:
            lines.append(self.tr("… and %n more.", "", len(report.rejected) - MAX_REJECTS_SHOWN))
        if lines:
            lines.insert(0, self.tr("These rows were not imported:"))
        msgbox.information(self, summary, "\n".join(lines))

    def export_excel(self) -> None:
        path = msgbox.save_file(
            self,
            self.tr("Export the catalogue"),
            self.tr("Excel workbooks (*.xlsx)"),
            self.tr("catalogue") + ".xlsx",
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self._set_io_enabled(False)
        progress = DelayedProgress(
            self, self.tr("Writing {name}…").format(name=path.name), lambda: None
        )

        language = current_language()

        def job(_control: TaskControl) -> tuple[Path, int]:
            with self.ctx.db.uow() as uow:
                return path, catalogue_io.export_catalogue(uow, path, language)

        def done(result: tuple[Path, int]) -> None:
            progress.finish()
            self._set_io_enabled(True)
            written, count = result
            msgbox.information(
                self,
                self.tr("%n product(s) written to:", "", count) + f"\n{written}",
            )

        def failed(exc: BaseException) -> None:
            progress.finish()
            self._set_io_enabled(True)
            self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="export catalogue")
