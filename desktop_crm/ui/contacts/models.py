"""Lazy Qt models over paged queries: the contacts/accounts list and a customer's timeline.

A model holds the rows read so far. Its first page (with the row count) and every further
page (``fetchMore``, when the view scrolls near the end) are read by a job on the
``TaskRunner``, so a slow sort never freezes the window; the rows are inserted on the GUI
thread when the job delivers them. A reload (new filters or sort) bumps a generation number:
pages of an older generation that arrive late are dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_crm.app import AppContext
from desktop_crm.services import contact_list, customer_view
from desktop_crm.services.contact_list import ListFilters, ListRow, ListSort
from desktop_crm.services.customer_view import TimelineEntry
from desktop_crm.ui.contacts.labels import activity_label, cell_text, short_date, short_datetime
from desktop_crm.ui.workers import TaskControl, TaskRunner

PAGE_SIZE = 200
TIMELINE_PAGE = 50
ID_ROLE = Qt.ItemDataRole.UserRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class _Pager:
    """The paging state shared by the models: rows, total (None: unknown), generation."""

    def __init__(self) -> None:
        self.rows: list[Any] = []
        self.total: int | None = 0
        self.exhausted = True
        self.loading = False
        self.generation = 0

    def can_fetch_more(self) -> bool:
        if self.loading:
            return False
        if self.total is not None:
            return len(self.rows) < self.total
        return not self.exhausted


class RecordListModel(QAbstractTableModel):
    """Contacts or accounts (``kind``), every column of ``contact_list.columns_of(kind)``;
    the view hides the columns the user does not want. Sorting runs in the database."""

    loaded = Signal()  # the first page of a (re)load arrived; ``total`` is known

    def __init__(
        self, ctx: AppContext, runner: TaskRunner, kind: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.kind = kind
        self.columns = contact_list.columns_of(kind)
        self.filters = ListFilters()
        self.sort_order = ListSort()
        self._pager = _Pager()
        self.now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)

    # -- loading
    @property
    def total(self) -> int:
        return self._pager.total or 0

    @property
    def is_loading(self) -> bool:
        return self._pager.loading

    def reload(self, filters: ListFilters | None = None, sort: ListSort | None = None) -> None:
        """Read the list again from its first page (on a worker)."""
        if filters is not None:
            self.filters = filters
        if sort is not None:
            self.sort_order = sort
        pager = self._pager
        pager.generation += 1
        generation = pager.generation
        self.beginResetModel()
        pager.rows = []
        pager.total = 0
        pager.loading = True
        self.endResetModel()
        kind, filters_now, sort_now, now = self.kind, self.filters, self.sort_order, self.now()
        db = self.ctx.db

        def job(_control: TaskControl) -> tuple[int, list[ListRow]]:
            with db.uow() as uow:
                count = contact_list.count_rows(uow, kind, filters_now, now)
                rows = contact_list.fetch_page(uow, kind, filters_now, sort_now, 0, PAGE_SIZE, now)
            return count, rows

        def done(result: tuple[int, list[ListRow]]) -> None:
            if generation != pager.generation:
                return
            count, rows = result
            pager.loading = False
            pager.total = max(count, len(rows))
            self._append(rows)
            self.loaded.emit()

        self.runner.run(job, on_done=done, on_error=self._failed(generation), name="list page")

    def _failed(self, generation: int) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            if generation == self._pager.generation:
                self._pager.loading = False
            self.runner.report_error(exc)

        return failed

    def _append(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        first = len(self._pager.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._pager.rows.extend(rows)
        self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default
        return not parent.isValid() and self._pager.can_fetch_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        pager = self._pager
        pager.loading = True
        generation = pager.generation
        offset = len(pager.rows)
        kind, filters, sort, now = self.kind, self.filters, self.sort_order, self.now()
        db = self.ctx.db

        def job(_control: TaskControl) -> list[ListRow]:
            with db.uow() as uow:
                return contact_list.fetch_page(uow, kind, filters, sort, offset, PAGE_SIZE, now)

        def done(rows: list[ListRow]) -> None:
            if generation != pager.generation:
                return
            pager.loading = False
            if not rows:  # the list shrank meanwhile
                pager.total = len(pager.rows)
            self._append(rows)

        self.runner.run(job, on_done=done, on_error=self._failed(generation), name="list page")

    # -- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pager.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row_at(self, row: int) -> ListRow:
        result: ListRow = self._pager.rows[row]
        return result

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._pager.rows):
            return None
        record: ListRow = self._pager.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(column, record.get(column))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("tags", "name", "account"):
            return cell_text(column, record.get(column)) or None
        if role == ID_ROLE:
            return record.id
        if role == VALUE_ROLE:
            return record.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("open_deals", "people"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        from desktop_crm.ui.contacts.labels import column_title

        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(self.columns[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database by ``column`` (the header was clicked): read the list again."""
        if not 0 <= column < len(self.columns):
            return
        wanted = ListSort(self.columns[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self.sort_order:
            self.reload(sort=wanted)


class TimelineModel(QAbstractListModel):
    """The timeline of one customer, newest first, read a page at a time."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.kind = ""
        self.record_id = ""
        self.categories: Collection[str] = customer_view.ALL_CATEGORIES
        self._pager = _Pager()
        self._pager.exhausted = True

    @property
    def is_loading(self) -> bool:
        return self._pager.loading

    def show(self, kind: str, record_id: str, categories: Collection[str] | None = None) -> None:
        """Show the timeline of ``record_id`` (filtered to ``categories``) from its start."""
        self.kind, self.record_id = kind, record_id
        if categories is not None:
            self.categories = tuple(categories)
        pager = self._pager
        pager.generation += 1
        self.beginResetModel()
        pager.rows = []
        pager.total = None
        pager.exhausted = False
        self.endResetModel()
        self._load()

    def entry(self, row: int) -> TimelineEntry:
        result: TimelineEntry = self._pager.rows[row]
        return result

    def _load(self) -> None:
        pager = self._pager
        pager.loading = True
        generation = pager.generation
        offset = len(pager.rows)
        kind, record_id, categories = self.kind, self.record_id, tuple(self.categories)
        db = self.ctx.db

        def job(_control: TaskControl) -> list[TimelineEntry]:
            with db.uow() as uow:
                return customer_view.timeline_page(
                    uow, kind, record_id, categories, offset, TIMELINE_PAGE
                )

        def done(entries: list[TimelineEntry]) -> None:
            if generation != pager.generation:
                return
            pager.loading = False
            pager.exhausted = len(entries) < TIMELINE_PAGE
            if entries:
                first = len(pager.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
                pager.rows.extend(entries)
                self.endInsertRows()

        def failed(exc: BaseException) -> None:
            if generation == pager.generation:
                pager.loading = False
                pager.exhausted = True
            self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="timeline page")

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self.record_id) and self._pager.can_fetch_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pager.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._pager.rows):
            return None
        entry: TimelineEntry = self._pager.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.entry_text(entry)
        if role == ID_ROLE:
            return entry.ref_id
        if role == VALUE_ROLE:
            return entry.kind
        return None

    def entry_text(self, entry: TimelineEntry) -> str:
        head = f"{short_datetime(entry.at)} · {activity_label(entry.kind)}"
        body = entry.title
        if entry.detail:
            body = f"{body} — {entry.detail}" if body else entry.detail
        if entry.open and entry.due_at is not None:
            due = self.tr("due {date}").format(date=short_date(entry.due_at))
            body = f"{body} ({due})"
        return f"{head}\n{body}" if body else head
