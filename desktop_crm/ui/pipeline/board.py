"""The pipeline page: a kanban board of the deals (or a sortable list of them).

One column per open stage, then narrow Won and Lost columns that show only the count and
total of the deals closed in the filter's period. A column's header shows the number of deals,
their total and weighted total per currency; its cards are read one page at a time as the
column scrolls. A card moves by dragging it onto another column, or from the keyboard:
Ctrl+Right / Ctrl+Left to the next or previous stage, Ctrl+M to choose one. Moving to Won asks
the final amount; to Lost, the reason. Everything is read and written on the ``TaskRunner``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import deals, pipeline_admin
from desktop_crm.services.deals import Board, BoardFilter, Card, DealRecord, StageColumn
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.ui.flow_layout import FlowLayout
from desktop_crm.ui.i18n import current_language, format_money
from desktop_crm.ui.pages import pipeline as summary
from desktop_crm.ui.pipeline.dialogs import LostDialog, MoveToDialog, WonDialog
from desktop_crm.ui.pipeline.editor import DealEditorDialog
from desktop_crm.ui.pipeline.models import (
    CARD_ROLE,
    ID_ROLE,
    LIST_COLUMNS,
    DealListModel,
    StageCardsModel,
    card_lines,
    card_markers,
    read_deal_mime,
)
from desktop_crm.ui.workers import TaskControl, TaskRunner

OPEN_COLUMN_WIDTH = 250
CLOSED_COLUMN_WIDTH = 150
TEXT_DELAY_MS = 300
PERIODS = ("all", "month", "quarter", "overdue", "custom")


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class CardDelegate(QStyledItemDelegate):
    """Paints a card: title, customer, amount, close date and owner, days and markers."""

    PADDING = 8

    def _lines(self, card: Card) -> list[str]:
        return card_lines(card)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        card = index.data(CARD_ROLE)
        height = option.fontMetrics.height()
        lines = 2 + (len(self._lines(card)) if isinstance(card, Card) else 0)
        return QSize(OPEN_COLUMN_WIDTH - 30, lines * (height + 2) + 2 * self.PADDING + 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return
        painter.save()
        rect: QRect = option.rect.adjusted(2, 3, -2, -3)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            palette.color(QPalette.ColorRole.Highlight) if selected else QColor("#c8ccd4")
        )
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        if card.rotting or card.next_step_overdue:
            painter.fillRect(
                QRect(rect.left(), rect.top() + 4, 4, rect.height() - 8), QColor("#d9534f")
            )
        text_rect = rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        line_height = option.fontMetrics.height() + 2
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        y = text_rect.top()
        painter.drawText(
            QRect(text_rect.left(), y, text_rect.width(), line_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(card.title, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        painter.setFont(option.font)
        metrics = painter.fontMetrics()
        for line in self._lines(card):
            y += line_height
            painter.drawText(
                QRect(text_rect.left(), y, text_rect.width(), line_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
        y += line_height
        markers = card_markers(card)
        painter.setPen(QColor("#b52b27") if len(markers) > 1 else QColor("#6b7280"))
        painter.drawText(
            QRect(text_rect.left(), y, text_rect.width(), line_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(" · ".join(markers), Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        painter.restore()


class CardListView(QListView):
    """A column's cards. Drags its cards (the columns take the drops); Ctrl+Right/Left asks
    the page to move the current card to the next or previous stage."""

    def __init__(self, column: StageColumnWidget) -> None:
        super().__init__()
        self.column = column
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setItemDelegate(CardDelegate(self))
        self.setFrameShape(QFrame.Shape.NoFrame)

    def current_card(self) -> Card | None:
        card = self.currentIndex().data(CARD_ROLE)
        return card if isinstance(card, Card) else None

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or model is None:
            return
        drag = QDrag(self)
        drag.setMimeData(model.mimeData([index]))
        drag.exec(Qt.DropAction.MoveAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Right,
            Qt.Key.Key_Left,
        ):
            card = self.current_card()
            if card is not None:
                step = 1 if event.key() == Qt.Key.Key_Right else -1
                self.column.page.move_by(card, step)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.column.page.last_view = self
        super().focusInEvent(event)  # type: ignore[arg-type]


class StageColumnWidget(QFrame):
    """One stage: its header figures and (open stages) its cards. Takes dropped cards."""

    def __init__(self, page: PipelinePage, column: StageColumn) -> None:
        super().__init__()
        self.page = page
        self.stage = column
        self.setObjectName(f"column_{column.position}")
        self.setProperty("role", f"stage-{column.kind}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        is_open = column.kind == "open"
        self.setFixedWidth(OPEN_COLUMN_WIDTH if is_open else CLOSED_COLUMN_WIDTH)
        self.name_label = QLabel()
        self.name_label.setObjectName("stageName")
        bold = self.name_label.font()
        bold.setBold(True)
        self.name_label.setFont(bold)
        self.name_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setProperty("role", "money")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.name_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.totals_label)
        self.model: StageCardsModel | None = None
        self.view: CardListView | None = None
        if is_open:
            self.model = StageCardsModel(
                page.ctx, page.runner, column.id, lambda: page.clock(), self
            )
            self.view = CardListView(self)
            self.view.setObjectName("cards")
            self.view.setModel(self.model)
            self.view.doubleClicked.connect(self._open)
            layout.addWidget(self.view, 1)
        else:
            layout.addStretch(1)
        self.show_figures(column)

    def show_figures(self, column: StageColumn) -> None:
        self.stage = column
        self.name_label.setText(column.name)
        self.count_label.setText(self.tr("%n deal(s)", "", column.count))
        lines = []
        for total in column.totals:
            if column.kind == "open":
                lines.append(
                    self.tr("{total} (weighted {weighted})").format(
                        total=format_money(total.amount, total.currency),
                        weighted=format_money(total.weighted, total.currency),
                    )
                )
            else:
                lines.append(format_money(total.amount, total.currency))
        self.totals_label.setText("\n".join(lines))
        if column.kind != "open":
            self.count_label.setToolTip(self.tr("Deals closed in the chosen period"))

    def _open(self, index: QModelIndex) -> None:
        deal_id = index.data(ID_ROLE)
        if deal_id:
            self.page.open_record("deal", str(deal_id))

    # -- drops
    def _accepts(
        self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent
    ) -> tuple[str, str] | None:
        found = read_deal_mime(event.mimeData())
        if found is None or found[1] == self.stage.id:
            return None
        return found

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        found = self._accepts(event)
        if found is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        deal_id, from_stage = found
        card = self.page.find_card(deal_id, from_stage)
        if card is not None:
            self.page.request_move(card, self.stage.id)


class PipelinePage(summary.PipelinePage):
    """The pipeline page: the stages' summary, then the board. ``open_record(kind, id)`` shows
    a deal (the window's).

    Named like the summary page it extends so that both share one translation context
    (``self.tr`` looks texts up under the class name of the object).
    """

    expanding_body = True

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        open_record: Callable[[str, str], None],
        clock: Callable[[], dt.datetime] = local_now,
    ) -> None:
        self.ctx = ctx
        self.runner = runner
        self.open_record = open_record
        self.clock = clock
        super().__init__()
        self.setObjectName("pipelinePage")
        self.board: Board | None = None
        self.columns: list[StageColumnWidget] = []
        self.lost_reasons: list[str] = []
        self.last_view: CardListView | None = None
        self.active_dialog: WonDialog | LostDialog | MoveToDialog | DealEditorDialog | None = None
        self.loading = False
        self._dirty = True
        self._generation = 0
        self._select_after_load: str | None = None

        # -- the filters and buttons
        self.pipeline_combo = QComboBox()  # filled with the pipelines by each load
        self.pipeline_combo.setObjectName("pipelineChooser")
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerFilter")
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodFilter")
        self.from_edit = QDateEdit(QDate.currentDate())
        self.from_edit.setObjectName("periodFrom")
        self.to_edit = QDateEdit(QDate.currentDate().addMonths(1))
        self.to_edit.setObjectName("periodTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.hide()
            edit.dateChanged.connect(self._filters_changed)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("textFilter")
        self.text_edit.setClearButtonEnabled(True)
        self.view_button = QPushButton()
        self.view_button.setObjectName("listToggle")
        self.view_button.setCheckable(True)
        self.move_button = QPushButton()
        self.move_button.setObjectName("moveTo")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newDeal")
        bar_host = QWidget()
        bar_host.setObjectName("boardBar")
        bar = FlowLayout(bar_host)  # wraps in a narrow window
        for widget in (
            self.new_button,
            self.pipeline_combo,
            self.owner_combo,
            self.period_combo,
            self.from_edit,
            self.to_edit,
            self.text_edit,
            self.move_button,
            self.view_button,
        ):
            bar.addWidget(widget)
        self.text_edit.setMinimumWidth(180)
        self.body.addWidget(bar_host)

        # -- board and list
        self.columns_host = QWidget()
        self.columns_host.setObjectName("columns")
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout.addStretch(1)
        self.board_area = QScrollArea()
        self.board_area.setObjectName("board")
        self.board_area.setWidgetResizable(True)
        self.board_area.setWidget(self.columns_host)
        self.list_model = DealListModel(ctx, runner, lambda: self.clock(), self)
        self.list_view = QTableView()
        self.list_view.setObjectName("dealList")
        self.list_view.setModel(self.list_model)
        self.list_view.setSortingEnabled(True)
        self.list_view.horizontalHeader().setSortIndicator(
            LIST_COLUMNS.index("expected_close"), Qt.SortOrder.AscendingOrder
        )
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.doubleClicked.connect(self._open_list_row)
        self.views = QStackedWidget()
        self.views.addWidget(self.board_area)
        self.views.addWidget(self.list_view)
        self.body.addWidget(self.views, 1)

        self.move_action = QAction(self)
        self.move_action.setShortcut(QKeySequence("Ctrl+M"))
        self.move_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_action.triggered.connect(self.move_selected)
        self.addAction(self.move_action)
        self.move_button.clicked.connect(self.move_selected)
        self.new_button.clicked.connect(self.new_deal)
        self.view_button.toggled.connect(self._toggle_list)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self._filters_changed)
        self.text_edit.textChanged.connect(lambda _text: self._text_timer.start())
        self.owner_combo.addItem("", None)
        for _period in PERIODS:
            self.period_combo.addItem("", _period)
        self.owner_combo.currentIndexChanged.connect(self._filters_changed)
        self.pipeline_combo.currentIndexChanged.connect(self._filters_changed)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.retranslate()

    def retranslate_fixed(self) -> None:
        if not hasattr(self, "owner_combo"):
            return  # the base class calls this before the widgets exist
        self.owner_combo.setItemText(0, self.tr("All owners"))
        names = {
            "all": self.tr("Any close date"),
            "month": self.tr("Closing this month"),
            "quarter": self.tr("Closing this quarter"),
            "overdue": self.tr("Close date passed"),
            "custom": self.tr("Closing between…"),
        }
        for i, period in enumerate(PERIODS):
            self.period_combo.setItemText(i, names[period])
        self.text_edit.setPlaceholderText(self.tr("Filter by title or customer"))
        self.view_button.setText(self.tr("List"))
        self.view_button.setToolTip(self.tr("Show the deals as a sortable list"))
        self.move_button.setText(self.tr("Move to…"))
        self.move_button.setToolTip(
            self.tr("Move the selected deal (Ctrl+M; Ctrl+Right and Ctrl+Left: next, previous)")
        )
        self.new_button.setText(self.tr("New deal"))
        self.new_button.setToolTip(self.tr("Make a new deal (Ctrl+D)"))
        self.list_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(LIST_COLUMNS) - 1)

    # -- loading
    def filter(self) -> BoardFilter:
        period = str(self.period_combo.currentData() or "all")
        start = end = None
        if period == "custom":
            a, b = self.from_edit.date(), self.to_edit.date()
            start = dt.date(a.year(), a.month(), a.day())
            end = dt.date(b.year(), b.month(), b.day())
        return BoardFilter(
            owner_id=self.owner_combo.currentData(),
            period=period,
            start=start,
            end=end,
            text=self.text_edit.text(),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load_board()

    def show_snapshot(self, snapshot: object) -> None:
        super().show_snapshot(snapshot)  # type: ignore[arg-type]
        self._dirty = True
        if self.isVisible():
            self.load_board()

    def load_board(self) -> None:
        """Read the headers (and owners and lost reasons), then the first page of every
        open column; the list instead when it is shown. GUI thread; the reading on workers."""
        self._dirty = False
        self._generation += 1
        generation = self._generation
        filt, now, language = self.filter(), self.clock(), current_language()
        self.loading = True

        chosen = self.pipeline_combo.currentData()
        Loaded = tuple[Board, list[tuple[str, str]], list[str], list[tuple[str, str]]]

        def job(_control: TaskControl) -> Loaded:
            with self.ctx.db.uow() as uow:
                default = ensure_default_pipeline(uow, language)
            with self.ctx.db.uow() as uow:
                pipelines = [(p.id, p.name) for p in pipeline_admin.list_pipelines(uow)]
                shown = chosen if chosen in {pid for pid, _ in pipelines} else default.id
                board = deals.board(uow, filt, now, shown)
                return board, deals.owners(uow), deals.lost_reasons(uow), pipelines

        def done(result: Loaded) -> None:
            if generation != self._generation:
                return
            board, owners, reasons, pipelines = result
            self.loading = False
            self.lost_reasons = reasons
            self._show_pipelines(pipelines, board.pipeline_id)
            self._show_owners(owners)
            self._show_board(board, filt)

        def failed(exc: BaseException) -> None:
            self.loading = False
            self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="load board")

    def _show_pipelines(self, pipelines: list[tuple[str, str]], shown: str) -> None:
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for pipeline_id, name in pipelines:
            self.pipeline_combo.addItem(name, pipeline_id)
        self.pipeline_combo.setCurrentIndex(max(0, self.pipeline_combo.findData(shown)))
        self.pipeline_combo.setVisible(len(pipelines) > 1)  # one pipeline: nothing to choose
        self.pipeline_combo.blockSignals(False)

    def _show_owners(self, owners: list[tuple[str, str]]) -> None:
        current = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        while self.owner_combo.count() > 1:
            self.owner_combo.removeItem(1)
        for owner_id, name in owners:
            self.owner_combo.addItem(name, owner_id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(current)))
        self.owner_combo.blockSignals(False)

    def _show_board(self, board: Board, filt: BoardFilter) -> None:
        same = self.board is not None and [c.id for c in self.board.columns] == [
            c.id for c in board.columns
        ]
        self.board = board
        self.list_model.pipeline_id = board.pipeline_id
        if not same:
            for widget in self.columns:
                self.columns_layout.removeWidget(widget)
                widget.deleteLater()
            self.columns = []
            self.last_view = None
            for position, column in enumerate(board.columns):
                widget = StageColumnWidget(self, column)
                self.columns_layout.insertWidget(position, widget)
                self.columns.append(widget)
                if widget.model is not None:
                    widget.model.loaded.connect(self._column_loaded)
        for widget, column in zip(self.columns, board.columns, strict=True):
            widget.show_figures(column)
            if widget.model is not None:
                widget.model.reload(filt)
        if self.views.currentWidget() is self.list_view:
            self.list_model.reload(filt)

    def _column_loaded(self) -> None:
        deal_id = self._select_after_load
        if deal_id is None:
            return
        for widget in self.columns:
            if widget.model is None or widget.view is None:
                continue
            for row, card in enumerate(widget.model.cards):
                if card.id == deal_id:
                    self._select_after_load = None
                    widget.view.setCurrentIndex(widget.model.index(row))
                    widget.view.setFocus()
                    self.last_view = widget.view
                    return

    def _filters_changed(self, *_args: object) -> None:
        self.load_board()

    def _period_changed(self, _index: int) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        self.load_board()

    def _toggle_list(self, as_list: bool) -> None:
        self.views.setCurrentWidget(self.list_view if as_list else self.board_area)
        if as_list and self.board is not None:
            self.list_model.reload(self.filter())

    def _open_list_row(self, index: QModelIndex) -> None:
        deal_id = index.data(ID_ROLE)
        if deal_id:
            self.open_record("deal", str(deal_id))

    # -- moving
    def column_of(self, stage_id: str) -> StageColumnWidget | None:
        return next((w for w in self.columns if w.stage.id == stage_id), None)

    def find_card(self, deal_id: str, stage_id: str) -> Card | None:
        column = self.column_of(stage_id)
        if column is None or column.model is None:
            return None
        return next((c for c in column.model.cards if c.id == deal_id), None)

    def selected_card(self) -> Card | None:
        if self.views.currentWidget() is self.list_view:
            card = self.list_view.currentIndex().data(CARD_ROLE)
            return card if isinstance(card, Card) else None
        return self.last_view.current_card() if self.last_view is not None else None

    def move_by(self, card: Card, step: int) -> None:
        """Move ``card`` to the next (1) or previous (-1) stage."""
        ids = [w.stage.id for w in self.columns]
        if card.stage_id not in ids:
            return
        target = ids.index(card.stage_id) + step
        if 0 <= target < len(ids):
            self.request_move(card, ids[target])

    def move_selected(self) -> None:
        """Ctrl+M: choose the stage of the selected deal."""
        card = self.selected_card()
        if card is None or self.board is None:
            self.set_status(self.tr("Select a deal first."))
            return
        dialog = MoveToDialog(self, card.title, self.board.columns, card.stage_id)
        self._show_dialog(
            dialog, lambda: dialog.stage_id and self.request_move(card, dialog.stage_id)
        )

    def request_move(self, card: Card, stage_id: str) -> None:
        """Move ``card`` to ``stage_id``, asking first what the stage needs."""
        column = self.column_of(stage_id)
        if column is None or stage_id == card.stage_id:
            return
        if column.stage.kind == "won":
            won = WonDialog(self, card.title, card.amount, card.currency)
            self._show_dialog(won, lambda: self._move(card, stage_id, final_amount=won.amount))
        elif column.stage.kind == "lost":
            lost = LostDialog(self, card.title, self.lost_reasons)
            self._show_dialog(lost, lambda: self._move(card, stage_id, lost_reason=lost.reason))
        else:
            self._move(card, stage_id)

    def _show_dialog(
        self, dialog: WonDialog | LostDialog | MoveToDialog, on_accept: Callable[[], object]
    ) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QObject) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None

    def _move(
        self,
        card: Card,
        stage_id: str,
        final_amount: Decimal | None = None,
        lost_reason: str | None = None,
    ) -> None:
        now = self.clock()

        def job(_control: TaskControl) -> DealRecord:
            with self.ctx.db.uow() as uow:
                return deals.move_deal(
                    uow,
                    card.id,
                    stage_id,
                    now,
                    self.ctx.settings.current_user_id,
                    final_amount=final_amount,
                    lost_reason=lost_reason,
                )

        def done(record: DealRecord) -> None:
            self.set_status(
                self.tr("“{title}” moved to {stage}.").format(
                    title=record.title, stage=record.stage_name
                )
            )
            self._select_after_load = record.id if record.stage_kind == "open" else None
            self._refresh()

        self.runner.run(job, on_done=done, name="move deal")

    def set_status(self, text: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 10_000)

    # -- new deal
    def new_deal(self) -> None:
        """Ctrl+D: the deal editor; the board reloads after a save."""
        dialog = DealEditorDialog(self, self.ctx, self.runner, self._deal_saved, clock=self.clock)
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _deal_saved(self, record: DealRecord) -> None:
        self._select_after_load = record.id
        self._refresh()

    def _refresh(self) -> None:
        """After a write: the window's figures (the summary above the board, the other pages)
        and with them the board; without a window, the board alone."""
        reload = getattr(self.window(), "reload", None)
        if callable(reload) and self.window() is not self:
            reload()  # its snapshot comes back through show_snapshot, which reloads the board
        else:
            self.load_board()
