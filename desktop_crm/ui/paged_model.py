"""A table model that reads its rows a page at a time on the ``TaskRunner``.

``reload`` reads the count and the first page in one job; the view's ``fetchMore`` reads the
next page when it scrolls near the end. A reload bumps ``generation`` so pages of an older
load that arrive late are dropped. Subclasses say how to read (``read_first``, ``read_page``)
and how to show a row. GUI thread only, except the jobs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)

from desktop_crm.app import AppContext
from desktop_crm.store.uow import UnitOfWork
from desktop_crm.ui.workers import TaskControl, TaskRunner

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    loaded = Signal()  # the first page of a (re)load arrived; ``total`` is known
    task_name = "list"

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.rows: list[Any] = []
        self.total = 0
        self.loading = False
        self.generation = 0

    # -- what subclasses provide (run on the worker, in ``uow``)
    def page_size(self) -> int:
        raise NotImplementedError

    def read_first(self) -> Callable[[UnitOfWork], tuple[int, list[Any], Any]]:
        """A reader of (count, first page, anything for ``first_page_arrived``), made on the
        GUI thread so that it captures the filter as it is now."""
        raise NotImplementedError

    def read_page(self, offset: int) -> Callable[[UnitOfWork], list[Any]]:
        raise NotImplementedError

    def first_page_arrived(self, extra: Any) -> None:
        """Called after ``loaded`` with what ``read_first`` returned besides the rows."""

    # -- paging
    @property
    def is_loading(self) -> bool:
        return self.loading

    def start_reload(self) -> None:
        """Empty the model and read its first page again."""
        self.generation += 1
        generation = self.generation
        self.beginResetModel()
        self.rows = []
        self.total = 0
        self.loading = True
        self.endResetModel()
        read, db = self.read_first(), self.ctx.db

        def job(_control: TaskControl) -> tuple[int, list[Any], Any]:
            with db.uow() as uow:
                return read(uow)

        def done(result: tuple[int, list[Any], Any]) -> None:
            if generation != self.generation:
                return
            count, rows, extra = result
            self.total = max(count, len(rows))
            self._append(rows)  # still "loading": a canFetchMore() asked meanwhile says no
            self.loading = False
            self.loaded.emit()
            self.first_page_arrived(extra)

        self.runner.run(job, on_done=done, on_error=self._failed(generation), name=self.task_name)

    def _failed(self, generation: int) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            if generation == self.generation:
                self.loading = False
            self.runner.report_error(exc)

        return failed

    def _append(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default
        return not parent.isValid() and not self.loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self.loading = True
        generation, read, db = self.generation, self.read_page(len(self.rows)), self.ctx.db

        def job(_control: TaskControl) -> list[Any]:
            with db.uow() as uow:
                return read(uow)

        def done(rows: list[Any]) -> None:
            if generation != self.generation:
                return
            if not rows:  # the list shrank meanwhile
                self.total = len(self.rows)
            self._append(rows)
            self.loading = False

        self.runner.run(job, on_done=done, on_error=self._failed(generation), name=self.task_name)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)
