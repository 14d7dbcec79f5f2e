"""Lazy Qt models of the board: the cards of one stage, and the deal list.

Each model holds the rows read so far; the first page and every further one (``fetchMore``,
when the view scrolls near the end) are read by a job on the ``TaskRunner`` and inserted on
the GUI thread. A reload bumps a generation number so that late pages of an older one are
dropped. The list sorts in the database: ``sort()`` reloads with another ORDER BY.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_crm.app import AppContext
from desktop_crm.services import deals
from desktop_crm.services.deals import BoardFilter, Card
from desktop_crm.ui.contacts.labels import short_date
from desktop_crm.ui.i18n import format_money, format_percent
from desktop_crm.ui.workers import TaskControl, TaskRunner

translate = QCoreApplication.translate  # by this name lupdate finds the texts

PAGE_SIZE = 30
LIST_PAGE_SIZE = 100
DEAL_MIME = "application/x-desktop-crm-deal"
CARD_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
Clock = Callable[[], dt.datetime]


def deal_mime(deal_id: str, from_stage_id: str) -> QMimeData:
    """What a dragged card carries: its deal and the stage it comes from."""
    data = QMimeData()
    data.setData(DEAL_MIME, QByteArray(f"{deal_id} {from_stage_id}".encode("ascii")))
    return data


def read_deal_mime(data: QMimeData) -> tuple[str, str] | None:
    if not data.hasFormat(DEAL_MIME):
        return None
    parts = bytes(data.data(DEAL_MIME).data()).decode("ascii", "replace").split()
    return (parts[0], parts[1]) if len(parts) == 2 else None


class _Paged:
    """Paging state: the rows so far, whether more may come, the generation."""

    def __init__(self) -> None:
        self.rows: list[Card] = []
        self.exhausted = True
        self.loading = False
        self.generation = 0


def _load_page(
    model: StageCardsModel | DealListModel,
    state: _Paged,
    fetch: Callable[[Any], tuple[Card, ...]],
    page_size: int,
    name: str,
) -> None:
    """Read the next page on a worker and append it to ``model``, unless the model was reset
    meanwhile (``state.generation`` moved on). GUI thread."""
    generation = state.generation
    state.loading = True

    def job(_control: TaskControl) -> tuple[Card, ...]:
        with model.ctx.db.uow() as uow:
            return fetch(uow)

    def done(cards: tuple[Card, ...]) -> None:
        if generation != state.generation:
            return
        state.loading = False
        state.exhausted = len(cards) < page_size
        if cards:
            first = len(state.rows)
            model.beginInsertRows(QModelIndex(), first, first + len(cards) - 1)
            state.rows.extend(cards)
            model.endInsertRows()
        model.loaded.emit()

    def failed(exc: BaseException) -> None:
        if generation == state.generation:
            state.loading = False
        model.runner.report_error(exc)

    model.runner.run(job, on_done=done, on_error=failed, name=name)


class StageCardsModel(QAbstractListModel):
    """The cards of one stage for the board's filter, one page at a time. GUI thread."""

    loaded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        stage_id: str,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.stage_id = stage_id
        self.clock = clock
        self.filter = BoardFilter()
        self._state = _Paged()

    @property
    def cards(self) -> list[Card]:
        return list(self._state.rows)

    @property
    def is_loading(self) -> bool:
        return self._state.loading

    def reload(self, filt: BoardFilter | None = None) -> None:
        """Drop the rows and read the first page again."""
        if filt is not None:
            self.filter = filt
        self.beginResetModel()
        self._state.rows = []
        self._state.exhausted = False
        self._state.generation += 1
        self._state.loading = False
        self.endResetModel()
        self._fetch()

    def clear(self) -> None:
        self.beginResetModel()
        self._state.rows = []
        self._state.exhausted = True
        self._state.generation += 1
        self._state.loading = False
        self.endResetModel()

    def _fetch(self) -> None:
        offset, filt, now, stage_id = (
            len(self._state.rows),
            self.filter,
            self.clock(),
            self.stage_id,
        )
        _load_page(
            self,
            self._state,
            lambda uow: deals.stage_cards(uow, stage_id, filt, now, offset, PAGE_SIZE),
            PAGE_SIZE,
            "load stage cards",
        )

    # -- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._state.rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        state = self._state
        return not parent.isValid() and not state.loading and not state.exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._state.rows):
            return None
        card = self._state.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return card_tooltip(card)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return card_tooltip(card)
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return card.id
        return None

    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        card = self._state.rows[indexes[0].row()]
        return deal_mime(card.id, self.stage_id)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


def card_lines(card: Card) -> list[str]:
    """The lines a card shows under its title."""
    lines = []
    if card.customer:
        lines.append(card.customer)
    lines.append(format_money(card.amount, card.currency))
    details = []
    if card.expected_close_date:
        details.append(
            translate("pipeline", "Closes {date}").format(date=short_date(card.expected_close_date))
        )
    if card.owner:
        details.append(card.owner)
    if details:
        lines.append(" · ".join(details))
    return lines


def card_markers(card: Card) -> list[str]:
    markers = [translate("pipeline", "%n day(s) in stage", "", card.days_in_stage)]
    if card.next_step_overdue:
        markers.append(translate("pipeline", "Next step overdue"))
    if card.rotting:
        markers.append(translate("pipeline", "Rotting"))
    return markers


def card_tooltip(card: Card) -> str:
    return "\n".join([card.title, *card_lines(card), " · ".join(card_markers(card))])


LIST_COLUMNS = (
    "title",
    "customer",
    "stage",
    "amount",
    "probability",
    "expected_close",
    "owner",
    "days_in_stage",
)


def list_column_title(column: str) -> str:
    titles = {
        "title": translate("pipeline", "Title"),
        "customer": translate("pipeline", "Customer"),
        "stage": translate("pipeline", "Stage"),
        "amount": translate("pipeline", "Amount"),
        "probability": translate("pipeline", "Probability"),
        "expected_close": translate("pipeline", "Expected close"),
        "owner": translate("pipeline", "Owner"),
        "days_in_stage": translate("pipeline", "Days in stage"),
    }
    return titles[column]


class DealListModel(QAbstractTableModel):
    """The board's deals as a table, sorted in the database, read in pages. GUI thread."""

    loaded = Signal()

    def __init__(
        self, ctx: AppContext, runner: TaskRunner, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.clock = clock
        self.filter = BoardFilter()
        self.sort_column = "expected_close"
        self.descending = False
        self.pipeline_id: str | None = None  # set by the page before the first reload
        self.started = False
        self._state = _Paged()

    @property
    def is_loading(self) -> bool:
        return self._state.loading

    @property
    def cards(self) -> list[Card]:
        return list(self._state.rows)

    def reload(self, filt: BoardFilter | None = None) -> None:
        if filt is not None:
            self.filter = filt
        self.started = True
        self.beginResetModel()
        self._state.rows = []
        self._state.exhausted = False
        self._state.generation += 1
        self._state.loading = False
        self.endResetModel()
        self._fetch()

    def _fetch(self) -> None:
        offset, pipeline_id = len(self._state.rows), self.pipeline_id
        filt, now, sort, descending = self.filter, self.clock(), self.sort_column, self.descending
        _load_page(
            self,
            self._state,
            lambda uow: deals.deal_page(
                uow, filt, now, sort, descending, offset, LIST_PAGE_SIZE, pipeline_id
            ),
            LIST_PAGE_SIZE,
            "load deal list",
        )

    # -- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._state.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LIST_COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        state = self._state
        return not parent.isValid() and not state.loading and not state.exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(LIST_COLUMNS)
        ):
            return list_column_title(LIST_COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._state.rows):
            return None
        if not 0 <= index.column() < len(LIST_COLUMNS):
            return None
        card = self._state.rows[index.row()]
        column = LIST_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(card, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            "amount",
            "probability",
            "days_in_stage",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return card.id
        if role == CARD_ROLE:
            return card
        return None

    @staticmethod
    def _text(card: Card, column: str) -> str:
        from decimal import Decimal

        if column == "title":
            return card.title
        if column == "customer":
            return card.customer or ""
        if column == "stage":
            return card.stage_name
        if column == "amount":
            return format_money(card.amount, card.currency)
        if column == "probability":
            return format_percent(card.probability / Decimal(100))
        if column == "expected_close":
            return short_date(card.expected_close_date)
        if column == "owner":
            return card.owner or ""
        return str(card.days_in_stage)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database (the view's header calls this)."""
        if not 0 <= column < len(LIST_COLUMNS):
            return
        self.sort_column = LIST_COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.started:  # the view sorts once when sorting is enabled: not a reason to read
            self.reload()
