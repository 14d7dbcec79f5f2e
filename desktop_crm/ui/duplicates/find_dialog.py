"""Tools > Find duplicates…: search on a worker with progress and Cancel, list the groups."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services.duplicates import (
    DuplicateGroup,
    DuplicateSearchCancelledError,
    Kind,
    find_duplicate_groups,
)
from desktop_crm.ui.duplicates.groups_model import GroupsModel
from desktop_crm.ui.duplicates.merge_dialog import MergeDialog, undo_last_merge
from desktop_crm.ui.i18n import format_number
from desktop_crm.ui.workers import Task, TaskControl, TaskRunner

log = logging.getLogger(__name__)


class FindDuplicatesDialog(QDialog):
    """Not modal: the user may look things up in the window meanwhile. GUI thread.

    ``on_data_changed`` is called after a merge or an undo (the window refreshes its figures).
    """

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        runner: TaskRunner,
        on_data_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findDuplicatesDialog")
        self.ctx = ctx
        self.runner = runner
        self._on_data_changed = on_data_changed
        self.task: Task | None = None
        self.merge_dialog: MergeDialog | None = None
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(860, 520)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.addItem(self.tr("Contacts"), "contact")
        self.kind_combo.addItem(self.tr("Accounts"), "account")
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setObjectName("thresholdSpin")
        self.threshold_spin.setRange(50, 100)
        self.threshold_spin.setValue(85)
        self.threshold_spin.setToolTip(
            self.tr("The least score (0–100) at which two records count as the same.")
        )
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setObjectName("findButton")
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.start_search)
        form = QFormLayout()
        form.addRow(self.tr("&Look in:"), self.kind_combo)
        form.addRow(self.tr("&Threshold:"), self.threshold_spin)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("duplicatesProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelSearchButton")
        self.cancel_button.clicked.connect(self.cancel_search)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        self.status_label = QLabel()
        self.status_label.setObjectName("duplicatesStatus")
        self.status_label.setWordWrap(True)

        self.model = GroupsModel(self)
        self.view = QTableView()
        self.view.setObjectName("groupsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(GroupsModel.SCORE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GroupsModel.RECORDS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GroupsModel.REASONS, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.open_merge())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("openMergeButton")
        self.merge_button.clicked.connect(self.open_merge)
        self.undo_button = QPushButton(self.tr("&Undo last merge"))
        self.undo_button.setObjectName("undoLastMergeButton")
        self.undo_button.clicked.connect(self.undo_last)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(progress_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._set_running(False)
        self._update_buttons()

    # -- searching
    def kind(self) -> Kind:
        return "account" if self.kind_combo.currentData() == "account" else "contact"

    def start_search(self) -> None:
        if self.task is not None:
            return
        kind, threshold = self.kind(), self.threshold_spin.value()
        db = self.ctx.db

        def job(control: TaskControl) -> list[DuplicateGroup]:
            return find_duplicate_groups(
                db, kind, threshold, progress=control.progress, cancel=control.cancelled
            )

        self.model.set_groups([])
        self.status_label.setText(self.tr("Looking for duplicates…"))
        self._set_running(True)
        self.task = self.runner.run(
            job,
            on_done=self._found,
            on_error=self._failed,
            on_progress=self._progressed,
            name="find duplicates",
        )

    def cancel_search(self) -> None:
        if self.task is not None:
            log.info("duplicate search: cancel requested")
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Stopping…"))

    def _progressed(self, phase: str, done: int, total: int) -> None:
        names = {
            "loading": self.tr("Reading the records"),
            "exact": self.tr("Comparing phones, e-mails and tax codes"),
            "names": self.tr("Comparing names"),
            "groups": self.tr("Forming groups"),
        }
        self.status_label.setText(names.get(phase, phase))
        self.progress_bar.setRange(0, max(total, 0))
        self.progress_bar.setValue(max(0, min(done, total)))

    def _found(self, groups: list[DuplicateGroup]) -> None:
        self.task = None
        self._set_running(False)
        self.model.set_groups(groups)
        if groups:
            records = sum(len(g.members) for g in groups)
            self.status_label.setText(
                self.tr("{groups} group(s) of possible duplicates, {records} records.").format(
                    groups=format_number(len(groups)), records=format_number(records)
                )
            )
            self.view.selectRow(0)
            self.view.setFocus()
        else:
            self.status_label.setText(self.tr("No duplicates found."))
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_running(False)
        if isinstance(exc, DuplicateSearchCancelledError):
            self.status_label.setText(self.tr("The search was cancelled."))
        else:
            self.status_label.setText("")
            self.runner.report_error(exc)
        self._update_buttons()

    def _set_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.find_button.setEnabled(not running)
        self.kind_combo.setEnabled(not running)
        self.threshold_spin.setEnabled(not running)
        if running:
            self.progress_bar.setRange(0, 0)

    # -- merging
    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.task is None and self.selected_row() is not None)

    def open_merge(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        group = self.model.group(row)
        dialog = MergeDialog(self, self.ctx, self.runner, group.kind, list(group.ids))
        self.merge_dialog = dialog
        dialog.merged.connect(lambda _result, r=row: self._merged(r))
        dialog.undone.connect(lambda _result: self._data_changed())
        dialog.open()

    def _merged(self, row: int) -> None:
        self.model.remove_group(row)
        self._data_changed()
        self._update_buttons()

    def undo_last(self) -> None:
        undo_last_merge(self, self.ctx, self.runner, self._data_changed)

    def _data_changed(self) -> None:
        if self._on_data_changed is not None:
            self._on_data_changed()

    def done(self, result: int) -> None:
        self.cancel_search()
        super().done(result)
