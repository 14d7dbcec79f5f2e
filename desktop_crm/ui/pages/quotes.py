"""Quotes: the counts by status, and the list of quotes read a page at a time.

The list (``QuoteListModel``) holds the rows read so far; its first page with the count, and
every further page when the view scrolls near its end, are read by a job on the ``TaskRunner``.
Before the first page of a refresh the job lets overdue sent quotes expire
(``quotes.expire_overdue``), so the list never shows "Sent" for a quote whose validity ended.
Activating a row emits ``quoteActivated(id)``; "New quote" emits ``newQuoteRequested()``; the
main window opens the editor. GUI thread only, except the jobs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.enums import QuoteStatus
from desktop_crm.services import quotes
from desktop_crm.services.quotes import QuoteRow
from desktop_crm.store.quote_queries import QuoteFilter
from desktop_crm.store.uow import UnitOfWork
from desktop_crm.ui.contacts.labels import short_date
from desktop_crm.ui.flow_layout import FlowLayout
from desktop_crm.ui.i18n import format_money, format_number
from desktop_crm.ui.paged_model import PagedTableModel
from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.snapshot import Snapshot
from desktop_crm.ui.workers import TaskRunner

translate = QCoreApplication.translate  # by this name lupdate finds the texts

PAGE_SIZE = 200  # rows per page read; tests make it small to see the paging
FILTER_DELAY_MS = 250
SOON_DAYS = 3  # a sent quote whose validity ends within this many days stands out
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("number", "customer", "deal", "status", "issue_date", "valid_until", "total", "owner")

Index = QModelIndex | QPersistentModelIndex


def status_name(status: str) -> str:
    names = {
        QuoteStatus.DRAFT.value: translate("QuotesPage", "Draft"),
        QuoteStatus.SENT.value: translate("QuotesPage", "Sent"),
        QuoteStatus.ACCEPTED.value: translate("QuotesPage", "Accepted"),
        QuoteStatus.REJECTED.value: translate("QuotesPage", "Rejected"),
        QuoteStatus.EXPIRED.value: translate("QuotesPage", "Expired"),
    }
    return names.get(status, status)


def column_title(column: str) -> str:
    titles = {
        "number": translate("QuotesPage", "Number"),
        "customer": translate("QuotesPage", "Customer"),
        "deal": translate("QuotesPage", "Deal"),
        "status": translate("QuotesPage", "Status"),
        "issue_date": translate("QuotesPage", "Issue date"),
        "valid_until": translate("QuotesPage", "Valid until"),
        "total": translate("QuotesPage", "Total"),
        "owner": translate("QuotesPage", "Owner"),
    }
    return titles[column]


class QuoteListModel(PagedTableModel):
    """The quotes matching ``filter``, newest issue date first, read a page at a time."""

    expired = Signal(int)  # a refresh let this many overdue quotes expire (> 0)
    task_name = "quote list"

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.filter = QuoteFilter()
        self.rows: list[QuoteRow] = []
        self.now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
        self.today: Callable[[], dt.date] = dt.date.today  # the local day
        self._expire = False

    def reload(self, flt: QuoteFilter | None = None, expire: bool = False) -> None:
        """Read the list again from its first page on a worker; with ``expire``, overdue sent
        quotes are marked expired first."""
        if flt is not None:
            self.filter = flt
        self._expire = expire
        self.start_reload()

    def page_size(self) -> int:
        return PAGE_SIZE

    def read_first(self) -> Callable[[UnitOfWork], tuple[int, list[QuoteRow], int]]:
        flt, today, now = self.filter, self.today(), self.now()
        expire, size = self._expire, self.page_size()

        def read(uow: UnitOfWork) -> tuple[int, list[QuoteRow], int]:
            expired = quotes.expire_overdue(uow, today, now) if expire else 0  # commits
            count = quotes.quote_count(uow, flt)
            return count, quotes.quote_page(uow, flt, 0, size), expired

        return read

    def read_page(self, offset: int) -> Callable[[UnitOfWork], list[QuoteRow]]:
        flt, size = self.filter, self.page_size()
        return lambda uow: quotes.quote_page(uow, flt, offset, size)

    def first_page_arrived(self, extra: Any) -> None:
        if extra:
            self.expired.emit(extra)

    # -- Qt model
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> QuoteRow:
        return self.rows[row]

    def ends_soon(self, row: QuoteRow) -> bool:
        """Sent, and its validity ends within ``SOON_DAYS`` days."""
        if row.status != QuoteStatus.SENT.value or row.valid_until is None:
            return False
        today = self.today()
        return today <= row.valid_until <= today + dt.timedelta(days=SOON_DAYS)

    def cell_text(self, row: QuoteRow, column: str) -> str:
        if column == "number":
            return row.display_number
        if column == "customer":
            return row.customer
        if column == "deal":
            return row.deal_title or ""
        if column == "status":
            return status_name(row.status)
        if column == "issue_date":
            return short_date(row.issue_date)
        if column == "valid_until":
            return short_date(row.valid_until)
        if column == "total":
            return format_money(row.total, row.currency)
        return row.owner or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.ends_soon(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.status == QuoteStatus.EXPIRED.value:
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.ends_soon(row):
                return translate("QuotesPage", "Valid only until {date}: follow up now.").format(
                    date=short_date(row.valid_until)
                )
            if column in ("customer", "deal"):
                return self.cell_text(row, column) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        """The language changed: statuses, dates, money and titles are shown anew."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            )


class QuoteTable(QTableView):
    """The list's table: Enter opens the current row."""

    def __init__(self, open_current: Callable[[], None]) -> None:
        super().__init__()
        self._open_current = open_current

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_current()
            return
        super().keyPressEvent(event)


class QuotesPage(Page):
    """Counts by status (from the window's snapshot) above the list of quotes."""

    icon_name = "quotes"
    expanding_body = True

    quoteActivated = Signal(str)
    newQuoteRequested = Signal()
    catalogueRequested = Signal()
    statusesChanged = Signal()  # quotes expired: the window's figures are stale

    def __init__(self, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__()
        self.ctx = ctx
        self.runner = runner
        self.model = QuoteListModel(ctx, runner, self)
        self.model.loaded.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.expired.connect(lambda _n: self.statusesChanged.emit())

        # The counts of the window's snapshot, on one line that wraps in a narrow window.
        self.quotes_label = QLabel()
        self.quotes_label.setObjectName("quoteTotal")
        self.status_labels: dict[str, QLabel] = {}
        self.products_label = QLabel()
        self.products_label.setObjectName("productTotal")
        counts = FlowLayout(spacing=14)
        counts.addWidget(self.quotes_label)
        for status in QuoteStatus:
            label = QLabel()
            label.setObjectName(f"quotes_{status.value}")
            self.status_labels[status.value] = label
            counts.addWidget(label)
        counts.addWidget(self.products_label)
        self.body.addLayout(counts)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("quoteStatusFilter")
        self.status_combo.addItem("", None)
        for status in QuoteStatus:
            self.status_combo.addItem("", status.value)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("quoteSearch")
        self.search_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._filter_timer.start)
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.versions_check = QCheckBox()
        self.versions_check.setObjectName("showEarlierVersions")
        self.versions_check.toggled.connect(lambda _c: self.apply_filters())
        self.new_button = QPushButton()
        self.new_button.setObjectName("newQuoteButton")
        self.new_button.clicked.connect(self.newQuoteRequested.emit)
        self.catalogue_button = QPushButton()
        self.catalogue_button.setObjectName("catalogueButton")
        self.catalogue_button.clicked.connect(self.catalogueRequested.emit)
        bar = FlowLayout(spacing=8)
        self.search_edit.setMinimumWidth(220)
        for widget in (
            self.search_edit,
            self.status_combo,
            self.versions_check,
            self.catalogue_button,
            self.new_button,
        ):
            bar.addWidget(widget)
        self.body.addLayout(bar)

        self.table = QuoteTable(self.open_current)
        self.table.setObjectName("quoteTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("customer"), QHeaderView.ResizeMode.Stretch)
        for column, width in (("number", 150), ("deal", 200), ("total", 140)):
            header.resizeSection(COLUMNS.index(column), width)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.body.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("quoteListCount")
        self.count_label.setProperty("role", "note")
        self.body.addWidget(self.count_label)
        self.retranslate()

    # -- texts
    def title(self) -> str:
        return self.tr("Quotes")

    def retranslate_fixed(self) -> None:
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(index, status_name(self.status_combo.itemData(index)))
        self.search_edit.setPlaceholderText(self.tr("Search by number or customer"))
        self.versions_check.setText(self.tr("Show earlier versions"))
        self.new_button.setText(self.tr("&New quote"))
        self.catalogue_button.setText(self.tr("Product &catalogue…"))
        self.model.retranslate()
        self._update_count()

    def render(self, snapshot: Snapshot) -> None:
        figures = snapshot.overview
        self.quotes_label.setText(self.tr("%Ln quote(s)", "", figures.quote_count))
        for status, label in self.status_labels.items():
            count = format_number(figures.quotes_by_status.get(status, 0))
            label.setText(f"{status_name(status)}: {count}")
        self.products_label.setText(
            self.tr("%Ln product(s) in the catalogue", "", figures.products)
        )

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """New figures: the list is read again too, with overdue quotes expired first."""
        super().show_snapshot(snapshot)
        self.refresh()

    def _update_count(self) -> None:
        if self.model.is_loading and not self.model.rows:
            self.count_label.setText(self.loading_text())
        else:
            self.count_label.setText(self.tr("%Ln quote(s) shown", "", self.model.total))

    # -- list
    def current_filter(self) -> QuoteFilter:
        text = self.search_edit.text().strip()
        return QuoteFilter(
            status=self.status_combo.currentData(),
            text=text or None,
            latest_only=not self.versions_check.isChecked(),
        )

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.model.reload(flt)

    def refresh(self) -> None:
        """Read the list again (on a worker), letting overdue quotes expire first."""
        self._filter_timer.stop()
        self.model.reload(self.current_filter(), expire=True)

    def _activate(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.quoteActivated.emit(self.model.row_at(row).id)

    def open_current(self) -> None:
        self._activate(self.table.currentIndex().row())
