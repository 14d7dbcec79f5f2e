"""The list of care cases, read a page at a time on the ``TaskRunner``.

The model holds the rows read so far; its first page with the count, and every further page
when the view scrolls near its end, are read by jobs. An unfinished case past its due time is
shown in bold red with "overdue by 3 h" in its due column. GUI thread only, except the jobs.
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
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_crm.app import AppContext
from desktop_crm.services import care_cases
from desktop_crm.services.care_cases import CaseFilter, CaseRow
from desktop_crm.store.uow import UnitOfWork
from desktop_crm.ui.care.labels import channel_name, overdue_text, priority_name, status_name
from desktop_crm.ui.contacts.labels import short_datetime
from desktop_crm.ui.paged_model import PagedTableModel
from desktop_crm.ui.workers import TaskRunner

translate = QCoreApplication.translate

PAGE_SIZE = 200  # rows per page read; tests make it small to see the paging
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = "#c62828"
COLUMNS = ("subject", "customer", "channel", "priority", "status", "owner", "due")

Index = QModelIndex | QPersistentModelIndex


def column_title(column: str) -> str:
    titles = {
        "subject": translate("care", "Subject"),
        "customer": translate("care", "Customer"),
        "channel": translate("care", "Channel"),
        "priority": translate("care", "Priority"),
        "status": translate("care", "Status"),
        "owner": translate("care", "Owner"),
        "due": translate("care", "Due"),
    }
    return titles[column]


class CaseListModel(PagedTableModel):
    """The cases matching ``filter``: unfinished first, soonest due first."""

    task_name = "care list"

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.filter = CaseFilter()
        self.rows: list[CaseRow] = []
        self.now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
        self._as_of = self.now()  # the moment "overdue" is measured against

    def reload(self, flt: CaseFilter | None = None) -> None:
        """Read the list again from its first page on a worker."""
        if flt is not None:
            self.filter = flt
        self._as_of = self.now()
        self.start_reload()

    def page_size(self) -> int:
        return PAGE_SIZE

    def read_first(self) -> Callable[[UnitOfWork], tuple[int, list[CaseRow], None]]:
        flt, now, size = self.filter, self._as_of, self.page_size()

        def read(uow: UnitOfWork) -> tuple[int, list[CaseRow], None]:
            count = care_cases.case_count(uow, flt, now)
            return count, care_cases.case_page(uow, flt, now, 0, size), None

        return read

    def read_page(self, offset: int) -> Callable[[UnitOfWork], list[CaseRow]]:
        flt, now, size = self.filter, self._as_of, self.page_size()
        return lambda uow: care_cases.case_page(uow, flt, now, offset, size)

    # -- Qt model
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> CaseRow:
        return self.rows[row]

    def row_of(self, case_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == case_id), -1)

    def overdue_by(self, row: CaseRow) -> dt.timedelta | None:
        return row.overdue_by(self._as_of)

    def cell_text(self, row: CaseRow, column: str) -> str:
        if column == "subject":
            return row.subject
        if column == "customer":
            return row.customer
        if column == "channel":
            return channel_name(row.channel)
        if column == "priority":
            return priority_name(row.priority)
        if column == "status":
            return status_name(row.status)
        if column == "owner":
            return row.owner or ""
        late = self.overdue_by(row)
        due = short_datetime(row.due_at) if row.due_at else ""
        return f"{due} · {overdue_text(late)}" if late is not None else due

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == OVERDUE_ROLE:
            return self.overdue_by(row) is not None
        late = self.overdue_by(row)
        if role == Qt.ItemDataRole.FontRole and late is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if late is not None:
                return QBrush(QColor(OVERDUE_COLOR))
            if row.status == "closed":
                return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if late is not None:
                return overdue_text(late)
            if column in ("subject", "customer"):
                return self.cell_text(row, column) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def retranslate(self) -> None:
        """The language changed: names, dates and titles are shown anew."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            )
