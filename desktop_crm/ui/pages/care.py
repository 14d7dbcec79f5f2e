"""Care: the customer-care cases, a lazy list with filters beside the chosen case's panel.

The list (``CaseListModel``) is read a page at a time on the ``TaskRunner``; overdue cases
stand out in bold red with "overdue by 3 h". "New case…" opens ``NewCaseDialog``; the panel
(``CaseDetailPanel``) works the chosen case; after every change the list is read again.
``customerActivated(kind, id)`` asks the window to open a customer. GUI thread only, except
the jobs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
)

from desktop_crm.app import AppContext
from desktop_crm.services import care_cases, deals
from desktop_crm.services.care_cases import CaseDetail, CaseFilter
from desktop_crm.ui.care.detail import CaseDetailPanel
from desktop_crm.ui.care.dialogs import NewCaseDialog
from desktop_crm.ui.care.labels import priority_name, status_name
from desktop_crm.ui.care.models import COLUMNS, CaseListModel
from desktop_crm.ui.flow_layout import FlowLayout
from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.snapshot import Snapshot
from desktop_crm.ui.workers import TaskControl, TaskRunner

FILTER_DELAY_MS = 250


class CarePage(Page):
    icon_name = "care"
    expanding_body = True

    customerActivated = Signal(str, str)  # kind, id
    casesChanged = Signal()  # a case was opened or changed: the window's figures are stale

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__()
        self.ctx, self.runner, self.clock = ctx, runner, clock
        self.cases_label = self.add_figure("openCases")
        self.model = CaseListModel(ctx, runner, self)
        self.model.now = lambda: self.clock()
        self.model.loaded.connect(self._loaded)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self._select_after_load: str | None = None
        self._owners_loaded = False
        self.active_dialog: NewCaseDialog | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("caseSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._filter_timer.start)
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("caseStatusFilter")
        self.status_combo.addItem("", None)
        self.status_combo.addItem("", "open")
        for status in care_cases.STATUSES:
            self.status_combo.addItem("", status)
        self.priority_combo = QComboBox()
        self.priority_combo.setObjectName("casePriorityFilter")
        self.priority_combo.addItem("", None)
        for priority in care_cases.PRIORITIES:
            self.priority_combo.addItem("", priority)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("caseOwnerFilter")
        self.owner_combo.addItem("", None)
        self.overdue_check = QCheckBox()
        self.overdue_check.setObjectName("overdueOnly")
        for combo in (self.status_combo, self.priority_combo, self.owner_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.overdue_check.toggled.connect(lambda _c: self.apply_filters())
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCaseButton")
        self.new_button.clicked.connect(self.new_case)
        bar = FlowLayout(spacing=8)
        for widget in (
            self.search_edit,
            self.status_combo,
            self.priority_combo,
            self.owner_combo,
            self.overdue_check,
            self.new_button,
        ):
            bar.addWidget(widget)
        self.body.addLayout(bar)

        self.table = QTableView()
        self.table.setObjectName("caseTable")
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
        for column, width in (
            ("subject", 240),
            ("channel", 80),
            ("priority", 85),
            ("status", 130),
            ("owner", 120),
            ("due", 200),
        ):
            header.resizeSection(COLUMNS.index(column), width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = CaseDetailPanel(ctx, runner, self.clock)
        self.detail.changed.connect(self._case_changed)
        self.detail.customerActivated.connect(self.customerActivated.emit)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("careSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("caseListCount")
        self.count_label.setProperty("role", "note")
        self.body.addWidget(self.count_label)
        self.retranslate()

    # -- texts
    def title(self) -> str:
        return self.tr("Care")

    def retranslate_fixed(self) -> None:
        self.set_subtitle(self.tr("Questions, complaints, warranty claims and requests"))
        self.search_edit.setPlaceholderText(self.tr("Search by subject or customer"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        self.status_combo.setItemText(1, self.tr("Not yet resolved"))
        for index in range(2, self.status_combo.count()):
            self.status_combo.setItemText(index, status_name(self.status_combo.itemData(index)))
        self.priority_combo.setItemText(0, self.tr("All priorities"))
        for index in range(1, self.priority_combo.count()):
            self.priority_combo.setItemText(
                index, priority_name(self.priority_combo.itemData(index))
            )
        self.owner_combo.setItemText(0, self.tr("All owners"))
        self.overdue_check.setText(self.tr("Overdue only"))
        self.new_button.setText(self.tr("&New case…"))
        self.model.retranslate()
        self._update_count()

    def render(self, snapshot: Snapshot) -> None:
        self.cases_label.setText(
            self.tr("%Ln open care case(s)", "", snapshot.overview.open_care_cases)
        )

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """New figures: the list (and the owners of the filter) are read again too."""
        super().show_snapshot(snapshot)
        if not self._owners_loaded:
            self._load_owners()
        self.refresh()

    def _update_count(self) -> None:
        if self.model.is_loading and not self.model.rows:
            self.count_label.setText(self.loading_text())
        else:
            self.count_label.setText(self.tr("%Ln case(s) shown", "", self.model.total))

    # -- list
    def _load_owners(self) -> None:
        self._owners_loaded = True
        db = self.ctx.db

        def job(_control: TaskControl) -> list[tuple[str, str]]:
            with db.uow() as uow:
                return deals.owners(uow)

        def done(owners: list[tuple[str, str]]) -> None:
            current = self.owner_combo.currentData()
            self.owner_combo.blockSignals(True)
            while self.owner_combo.count() > 1:
                self.owner_combo.removeItem(1)
            for owner_id, name in owners:
                self.owner_combo.addItem(name, owner_id)
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(current)))
            self.owner_combo.blockSignals(False)

        self.runner.run(job, on_done=done, name="care owners")

    def current_filter(self) -> CaseFilter:
        return care_cases.case_filter(
            status=self.status_combo.currentData(),
            priority=self.priority_combo.currentData(),
            owner_id=self.owner_combo.currentData(),
            overdue_only=self.overdue_check.isChecked(),
            text=self.search_edit.text(),
        )

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self._keep_selection()
            self.model.reload(flt)

    def refresh(self) -> None:
        """Read the list again (on a worker), keeping the chosen case chosen."""
        self._filter_timer.stop()
        self._keep_selection()
        self.model.reload(self.current_filter())

    def _keep_selection(self) -> None:
        if self.detail.detail is not None and self._select_after_load is None:
            self._select_after_load = self.detail.detail.id

    def _loaded(self) -> None:
        self._update_count()
        case_id, self._select_after_load = self._select_after_load, None
        if case_id is None:
            return
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.blockSignals(True)
            self.table.selectRow(row)
            self.table.blockSignals(False)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        case_id = self.model.row_at(rows[0].row()).id
        if self.detail.detail is None or self.detail.detail.id != case_id:
            self.detail.load(case_id)

    def open_case(self, case_id: str) -> None:
        """Show ``case_id`` in the panel and choose it in the list once read."""
        self._select_after_load = case_id
        self.detail.load(case_id)
        self.refresh()

    # -- changes
    def new_case(self) -> None:
        dialog = NewCaseDialog(self, self.ctx, self.runner, self._case_created, self.clock)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.active_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: NewCaseDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def _case_created(self, detail: CaseDetail) -> None:
        self.detail.show_detail(detail)
        self._select_after_load = detail.id
        self._case_changed(detail)

    def _case_changed(self, _detail: CaseDetail) -> None:
        self.refresh()
        self.casesChanged.emit()
