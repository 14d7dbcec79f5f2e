"""The Contacts and Accounts pages: a filtered, database-sorted lazy list and the 360° detail.

The list reads its rows a page at a time on a worker (``RecordListModel``). The filter bar
offers owner, tag, province, lifecycle stage (contacts), "has an open deal", "not contacted
for N days" and a text filter; filter sets can be saved by name. The header's context menu
chooses the columns. "Export…" writes exactly what is shown (filters, order, visible columns
in their order) to CSV or Excel on a worker. Enter or a double click opens the detail, which
replaces the list in the page until "Back" (Esc, Alt+Left).

Saved filters and hidden columns are this laptop's preferences: they are kept in the local
settings file (``LocalSettings.extra``), not in the team's database. The "Segment" filter
(care group, RFM segment, value tier, churn risk) reads the computed segments (ui/segments.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.enums import LifecycleStage
from desktop_crm.services import contact_list, contacts
from desktop_crm.services.contact_list import FilterChoices, ListFilters
from desktop_crm.ui import msgbox
from desktop_crm.ui.apply_plan import ApplyPlanDialog
from desktop_crm.ui.contacts.detail import CustomerDetail
from desktop_crm.ui.contacts.editor import AccountDialog, ContactDialog
from desktop_crm.ui.contacts.labels import column_title, export_value, stage_label
from desktop_crm.ui.contacts.log_activity import LogActivityDialog
from desktop_crm.ui.contacts.models import ID_ROLE, RecordListModel
from desktop_crm.ui.flow_layout import FlowLayout
from desktop_crm.ui.i18n import format_number
from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.progress import DelayedProgress
from desktop_crm.ui.segments import fill_segment_combo, segment_data, segment_key
from desktop_crm.ui.snapshot import Snapshot
from desktop_crm.ui.workers import Task, TaskControl, TaskRunner

translate = QCoreApplication.translate  # by this name lupdate finds the texts

FILTER_DELAY_MS = 250
DEFAULT_HIDDEN = {
    "contact": {"given_name", "title", "tags", "open_deals", "created"},
    "account": {"industry", "tags", "created", "last_contact"},
}


def _group(*widgets: QWidget) -> QWidget:
    """Widgets kept together on one line of the wrapping filter bar."""
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    return box


class ExportCancelledError(Exception):
    """The user stopped an export; the partial file was removed."""


class RecordTable(QTableView):
    """The list's table: Enter opens the current row (``open_current``)."""

    def __init__(self, open_current: Callable[[], None]) -> None:
        super().__init__()
        self._open_current = open_current

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_current()
            return
        super().keyPressEvent(event)


class RecordListPage(Page):
    """A list of ``kind`` records with its detail. Subclasses give the title and counts."""

    kind = ""
    expanding_body = True

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        open_record: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.runner = runner
        self.open_record = open_record or self._open_own
        self.choices = FilterChoices((), (), ())
        self.dialog: Any = None
        self.export_task: Task | None = None
        self.last_export: tuple[Path, int] | None = None
        self.model = RecordListModel(ctx, runner, self.kind, self)
        self.model.loaded.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)

        # -- filter bar
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("listFilterText")
        self.text_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.text_edit.textChanged.connect(self._filter_timer.start)
        self.text_edit.returnPressed.connect(self.apply_filters)
        self.owner_combo = self._combo("ownerFilter")
        self.tag_combo = self._combo("tagFilter")
        self.province_combo = self._combo("provinceFilter")
        self.stage_combo = self._combo("stageFilter")
        self.segment_combo = self._combo("segmentFilter")
        self.open_deal_check = QCheckBox()
        self.open_deal_check.setObjectName("openDealFilter")
        self.open_deal_check.toggled.connect(self.apply_filters)
        self.not_contacted_check = QCheckBox()
        self.not_contacted_check.setObjectName("notContactedFilter")
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("notContactedDays")
        self.days_spin.setRange(1, 3650)
        self.days_spin.setValue(30)
        self.not_contacted_check.toggled.connect(self.apply_filters)
        self.days_spin.valueChanged.connect(
            lambda _v: self.not_contacted_check.isChecked() and self._filter_timer.start()
        )
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedFilters")
        self.saved_combo.setEditable(True)
        self.saved_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.saved_combo.setMinimumWidth(160)
        self.saved_combo.activated.connect(self._saved_chosen)
        self.save_filter_button = QPushButton()
        self.save_filter_button.setObjectName("saveFilterButton")
        self.save_filter_button.clicked.connect(self.save_current_filters)
        self.delete_filter_button = QPushButton()
        self.delete_filter_button.setObjectName("deleteFilterButton")
        self.delete_filter_button.clicked.connect(self.delete_saved_filters)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.clicked.connect(lambda: self.set_filters(ListFilters()))
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_shown)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newRecordButton")
        self.new_button.clicked.connect(self.new_record)
        self.count_label = QLabel()
        self.count_label.setObjectName("rowCount")
        self.count_label.setProperty("role", "note")
        self.saved_label = QLabel()
        self.days_label = QLabel()

        # One wrapping bar: the page stays usable in a narrow window.
        bar = FlowLayout(spacing=8)
        self.text_edit.setMinimumWidth(260)
        for widget in (
            self.text_edit,
            self.owner_combo,
            self.tag_combo,
            self.province_combo,
            self.stage_combo,
            self.segment_combo,
            self.open_deal_check,
            _group(self.not_contacted_check, self.days_spin, self.days_label),
            self.clear_button,
            _group(
                self.saved_label,
                self.saved_combo,
                self.save_filter_button,
                self.delete_filter_button,
            ),
        ):
            if widget is not self.stage_combo or self.kind == "contact":
                bar.addWidget(widget)
        if self.kind != "contact":
            self.stage_combo.setParent(self)
            self.stage_combo.hide()
        row3 = QHBoxLayout()
        row3.addWidget(self.count_label, 1)
        self.apply_plan_button = QPushButton()
        self.apply_plan_button.setObjectName("applyPlanButton")
        self.apply_plan_button.clicked.connect(self.apply_care_plan)
        row3.addWidget(self.apply_plan_button)
        row3.addWidget(self.export_button)
        row3.addWidget(self.new_button)

        # -- the table
        self.table = RecordTable(self.open_current)
        self.table.setObjectName("recordTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows: "Apply care plan…" works on every selected customer.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(150)
        header.resizeSection(0, 220)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # header clicks call model.sort: sorted in the database
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self._restore_columns()

        list_widget = QWidget()
        list_layout = QVBoxLayout(list_widget)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addLayout(row3)
        list_layout.addWidget(self.table, 1)
        self.list_widget = list_widget

        self.detail = CustomerDetail(ctx, runner, self.open_record, self)
        self.detail.back_requested.connect(self.show_list)
        self.detail.edit_button.clicked.connect(self.edit_shown)
        self.detail.log_button.clicked.connect(self.log_activity)
        self.detail.new_person_button.clicked.connect(self.new_person_here)
        for keys in ("Esc", "Alt+Left"):
            shortcut = QShortcut(QKeySequence(keys), self.detail, activated=self.show_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit_key = QShortcut(QKeySequence("F2"), self.detail, activated=self.edit_shown)
        edit_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_key = QShortcut(QKeySequence("Ctrl+F"), list_widget, activated=self.focus_filter)
        find_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.inner = QStackedWidget()
        self.inner.addWidget(list_widget)
        self.inner.addWidget(self.detail)
        self.body.addWidget(self.inner, 1)
        self._fill_saved_combo()
        self.retranslate()

    # -- for subclasses
    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def new_text(self) -> str:
        raise NotImplementedError

    def filter_placeholder(self) -> str:
        raise NotImplementedError

    # -- texts
    def retranslate_fixed(self) -> None:
        self.text_edit.setPlaceholderText(self.filter_placeholder())
        self.open_deal_check.setText(translate("RecordListPage", "Has an open deal"))
        self.not_contacted_check.setText(translate("RecordListPage", "Not contacted for"))
        self.days_label.setText(translate("RecordListPage", "days"))
        self.saved_label.setText(translate("RecordListPage", "Saved filters:"))
        self.saved_combo.lineEdit().setPlaceholderText(
            translate("RecordListPage", "Name this filter")
        )
        self.save_filter_button.setText(translate("RecordListPage", "Save filter"))
        self.delete_filter_button.setText(translate("RecordListPage", "Delete"))
        self.clear_button.setText(translate("RecordListPage", "Clear filters"))
        self.export_button.setText(translate("RecordListPage", "Export what is shown…"))
        self.apply_plan_button.setText(translate("RecordListPage", "Apply care plan…"))
        self.apply_plan_button.setToolTip(
            translate("RecordListPage", "Create the care plan's tasks for the selected rows")
        )
        self.new_button.setText(self.new_text())
        self._fill_choices(self.choices)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.columns) - 1)
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        if self.model.is_loading and not self.model.rowCount():
            self.count_label.setText(self.loading_text())
        else:
            self.count_label.setText(self.count_text(self.model.total))

    # -- data
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Fresh figures (start, F5, data replaced): read the list and its choices again."""
        super().show_snapshot(snapshot)
        self.load_choices()
        self.model.reload(filters=self.current_filters())
        if self.inner.currentWidget() is self.detail and self.detail.record_id:
            self.detail.reload()
            self.detail.refresh_timeline()

    def load_choices(self) -> None:
        db, kind = self.ctx.db, self.kind

        def job(_control: TaskControl) -> FilterChoices:
            with db.uow() as uow:
                return contact_list.filter_choices(uow, kind)

        def done(choices: FilterChoices) -> None:
            self.choices = choices
            self._fill_choices(choices)

        self.runner.run(job, on_done=done, name="list choices")

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.activated.connect(lambda _i: self.apply_filters())
        return combo

    def _fill_choices(self, choices: FilterChoices) -> None:
        def fill(combo: QComboBox, anyone: str, items: list[tuple[str, Any]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anyone, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        fill(
            self.owner_combo,
            translate("RecordListPage", "Any owner"),
            [(name, owner_id) for owner_id, name in choices.owners],
        )
        fill(self.tag_combo, translate("RecordListPage", "Any tag"), [(t, t) for t in choices.tags])
        fill(
            self.province_combo,
            translate("RecordListPage", "Any province"),
            [(p, p) for p in choices.provinces],
        )
        fill(
            self.stage_combo,
            translate("RecordListPage", "Any stage"),
            [(stage_label(s.value), s.value) for s in LifecycleStage],
        )
        fill_segment_combo(self.segment_combo, translate("RecordListPage", "Any segment"))

    def current_filters(self) -> ListFilters:
        return ListFilters(
            text=self.text_edit.text().strip(),
            owner_id=self.owner_combo.currentData(),
            tag=self.tag_combo.currentData(),
            province=self.province_combo.currentData(),
            lifecycle_stage=self.stage_combo.currentData() if self.kind == "contact" else None,
            segment=segment_key(self.segment_combo.currentData()),
            has_open_deal=self.open_deal_check.isChecked(),
            not_contacted_days=(
                self.days_spin.value() if self.not_contacted_check.isChecked() else None
            ),
        )

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        wanted = self.current_filters()
        if wanted != self.model.filters or self.snapshot is None:
            self.model.reload(filters=wanted)

    def set_filters(self, filters: ListFilters) -> None:
        """Show ``filters`` in the bar and apply them."""
        widgets: list[QWidget] = [
            self.text_edit,
            self.owner_combo,
            self.tag_combo,
            self.province_combo,
            self.stage_combo,
            self.segment_combo,
            self.open_deal_check,
            self.not_contacted_check,
            self.days_spin,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self.text_edit.setText(filters.text)

        def pick(combo: QComboBox, value: Any) -> None:
            found = combo.findData(value)
            if found < 0 and value is not None:  # a choice not loaded (yet): keep it
                combo.addItem(str(value), value)
                found = combo.count() - 1
            combo.setCurrentIndex(max(0, found))

        pick(self.owner_combo, filters.owner_id)
        pick(self.tag_combo, filters.tag)
        pick(self.province_combo, filters.province)
        pick(self.stage_combo, filters.lifecycle_stage)
        pick(self.segment_combo, segment_data(filters.segment))
        self.open_deal_check.setChecked(filters.has_open_deal)
        self.not_contacted_check.setChecked(filters.not_contacted_days is not None)
        if filters.not_contacted_days is not None:
            self.days_spin.setValue(filters.not_contacted_days)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()

    def segments_changed(self) -> None:
        """The segments were recomputed: a list filtered by one reads its rows again, and a
        customer's page shows its new segment."""
        if self.model.filters.segment is not None:
            self.model.reload()
        if self.detail.record_id:
            self.detail.segment_box.reload()

    def focus_filter(self) -> None:
        self.text_edit.setFocus()
        self.text_edit.selectAll()

    # -- local preferences: saved filters and columns
    def _prefs(self) -> dict[str, Any]:
        stored = self.ctx.settings.extra.get(f"{self.kind}_list")
        return dict(stored) if isinstance(stored, dict) else {}

    def _save_prefs(self, prefs: dict[str, Any]) -> None:
        extra = dict(self.ctx.settings.extra)
        extra[f"{self.kind}_list"] = prefs
        self.ctx.save_settings(self.ctx.settings.with_changes(extra=extra))

    def saved_filters(self) -> dict[str, ListFilters]:
        raw = self._prefs().get("saved_filters", {})
        return {name: ListFilters.from_json(data) for name, data in raw.items()}

    def _fill_saved_combo(self, current: str = "") -> None:
        self.saved_combo.blockSignals(True)
        self.saved_combo.clear()
        self.saved_combo.addItems(sorted(self.saved_filters(), key=str.casefold))
        self.saved_combo.setCurrentIndex(self.saved_combo.findText(current))
        self.saved_combo.setEditText(current)
        self.saved_combo.blockSignals(False)

    def save_current_filters(self) -> None:
        name = self.saved_combo.currentText().strip()
        if not name:
            self.saved_combo.setFocus()
            return
        prefs = self._prefs()
        saved = dict(prefs.get("saved_filters", {}))
        saved[name] = self.current_filters().to_json()
        prefs["saved_filters"] = saved
        self._save_prefs(prefs)
        self._fill_saved_combo(name)

    def delete_saved_filters(self) -> None:
        name = self.saved_combo.currentText().strip()
        prefs = self._prefs()
        saved = dict(prefs.get("saved_filters", {}))
        if saved.pop(name, None) is not None:
            prefs["saved_filters"] = saved
            self._save_prefs(prefs)
        self._fill_saved_combo()

    def _saved_chosen(self, index: int) -> None:
        name = self.saved_combo.itemText(index)
        found = self.saved_filters().get(name)
        if found is not None:
            self.set_filters(found)

    def _restore_columns(self) -> None:
        hidden = self._prefs().get("hidden_columns")
        hidden_set = set(hidden) if isinstance(hidden, list) else DEFAULT_HIDDEN[self.kind]
        for index, column in enumerate(self.model.columns):
            self.table.setColumnHidden(index, column in hidden_set and index != 0)

    def hidden_columns(self) -> list[str]:
        return [
            column
            for index, column in enumerate(self.model.columns)
            if self.table.isColumnHidden(index)
        ]

    def set_column_visible(self, column: str, visible: bool) -> None:
        index = self.model.columns.index(column)
        if index == 0:
            return  # the name always shows
        self.table.setColumnHidden(index, not visible)
        prefs = self._prefs()
        prefs["hidden_columns"] = self.hidden_columns()
        self._save_prefs(prefs)

    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for index, column in enumerate(self.model.columns):
            action = menu.addAction(column_title(column))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(index))
            action.setEnabled(index != 0)
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def shown_columns(self) -> list[str]:
        """Visible columns in the order they are shown (the user may have moved them)."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [self.model.columns[i] for i in logical if not header.isSectionHidden(i)]

    # -- export
    def export_shown(self) -> None:
        path = msgbox.save_file(
            self,
            translate("RecordListPage", "Export what is shown"),
            translate("RecordListPage", "Excel workbook (*.xlsx);;CSV file (*.csv)"),
            f"{self.title()}.xlsx",
        )
        if path is None:
            return
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        self.start_export(path)

    def start_export(self, path: Path) -> Task:
        """Write the list as shown to ``path`` (.csv or .xlsx) on a worker, with progress."""
        from desktop_crm.exports.table_export import write_table

        columns = self.shown_columns()
        headers = [column_title(c) for c in columns]
        kind, filters, sort = self.kind, self.model.filters, self.model.sort_order
        total, title, db = self.model.total, self.title(), self.ctx.db
        phase = translate("RecordListPage", "Rows written")

        def job(control: TaskControl) -> int:
            def rows() -> Iterator[list[Any]]:
                with db.uow() as uow:
                    for done, row in enumerate(
                        contact_list.iter_rows(
                            uow, kind, filters, sort, cancelled=control.cancelled
                        )
                    ):
                        if control.cancelled():
                            break
                        control.progress(phase, done, total)
                        yield [export_value(c, row.get(c)) for c in columns]
                if control.cancelled():
                    raise ExportCancelledError

            return write_table(path, headers, rows(), title)

        progress = DelayedProgress(
            self,
            translate("RecordListPage", "Exporting to {path}…").format(path=path),
            on_cancel=lambda: task.cancel(),
        )

        def done(count: int) -> None:
            progress.finish()
            self.export_task = None
            self.last_export = (path, count)
            self._status(
                translate("RecordListPage", "{count} rows written to {path}").format(
                    count=format_number(count), path=path
                )
            )

        def failed(exc: BaseException) -> None:
            progress.finish()
            self.export_task = None
            if isinstance(exc, ExportCancelledError):
                self._status(translate("RecordListPage", "Export cancelled; no file written."))
            else:
                self.runner.report_error(exc)

        def report(detail: str, done_rows: int, all_rows: int) -> None:
            progress.update(f"{detail}: {format_number(done_rows)}", done_rows, all_rows)

        task = self.runner.run(
            job, on_done=done, on_error=failed, on_progress=report, name="export list"
        )
        self.export_task = task
        return task

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    # -- detail
    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.index(index.row(), 0).data(ID_ROLE)
        return str(value) if value else None

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.open_detail(record_id)

    def open_detail(self, record_id: str, highlight: tuple[str, str] | None = None) -> None:
        self.inner.setCurrentWidget(self.detail)
        self.detail.show_record(self.kind, record_id, highlight)
        self.detail.setFocus()

    def show_list(self) -> None:
        self.inner.setCurrentWidget(self.list_widget)
        self.table.setFocus()

    def showing_detail(self) -> bool:
        return self.inner.currentWidget() is self.detail

    def _open_own(self, kind: str, record_id: str) -> None:
        if kind == self.kind:
            self.open_detail(record_id)

    # -- commands
    def _owners(self) -> tuple[tuple[str, str], ...]:
        return self.choices.owners

    def new_record(self) -> None:
        dialog: ContactDialog | AccountDialog
        if self.kind == "contact":
            dialog = ContactDialog(self.ctx, self.runner, owners=self._owners(), parent=self)
            dialog.open_existing.connect(lambda cid: self.open_record("contact", cid))
        else:
            dialog = AccountDialog(self.ctx, self.runner, owners=self._owners(), parent=self)
        dialog.saved.connect(self._created)
        self._show_dialog(dialog)

    def new_person_here(self) -> None:
        view = self.detail.view
        if view is None or view.kind != "account":
            return
        dialog = ContactDialog(
            self.ctx,
            self.runner,
            owners=self._owners(),
            parent=self,
            account=(view.id, view.name),
        )
        dialog.open_existing.connect(lambda cid: self.open_record("contact", cid))
        dialog.saved.connect(lambda cid: self.open_record("contact", cid))
        self._show_dialog(dialog)

    def _created(self, record_id: str) -> None:
        self.model.reload()
        self.load_choices()
        self.open_detail(record_id)

    def edit_shown(self) -> None:
        if not self.showing_detail() or not self.detail.record_id:
            return
        kind, record_id, db = self.kind, self.detail.record_id, self.ctx.db

        def job(_control: TaskControl) -> Any:
            with db.uow() as uow:
                if kind == "contact":
                    return contacts.get_contact(uow, record_id)
                return contacts.get_account(uow, record_id)

        def done(record: Any) -> None:
            dialog: ContactDialog | AccountDialog
            if kind == "contact":
                dialog = ContactDialog(
                    self.ctx, self.runner, record, owners=self._owners(), parent=self
                )
            else:
                dialog = AccountDialog(
                    self.ctx, self.runner, record, owners=self._owners(), parent=self
                )
            dialog.saved.connect(self._edited)
            self._show_dialog(dialog)

        self.runner.run(job, on_done=done, name="load record")

    def _edited(self, _record_id: str) -> None:
        self.detail.reload()
        self.detail.refresh_timeline()
        self.model.reload()
        self.load_choices()

    def log_activity(self) -> None:
        """Ctrl+L: log an activity for the customer shown (or selected in the list)."""
        if self.showing_detail() and self.detail.view is not None:
            record_id, name = self.detail.record_id, self.detail.view.name
        else:
            record_id = self.current_id() or ""
            index = self.table.currentIndex()
            name = str(self.model.index(index.row(), 0).data()) if index.isValid() else ""
        if not record_id:
            self._status(translate("RecordListPage", "Choose a customer first."))
            return
        dialog = LogActivityDialog(self.ctx, self.runner, self.kind, record_id, name, self)
        dialog.logged.connect(lambda _r: self._logged(record_id))
        self._show_dialog(dialog)

    def _logged(self, record_id: str) -> None:
        self._status(translate("RecordListPage", "Activity logged."))
        if self.showing_detail() and self.detail.record_id == record_id:
            self.detail.refresh_timeline()

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows(0))
        ids = [self.model.index(row, 0).data(ID_ROLE) for row in rows]
        return [str(value) for value in ids if value]

    def _row_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("rowMenu")
        action = menu.addAction(translate("RecordListPage", "Apply care plan…"))
        action.setEnabled(bool(self.selected_ids()))
        action.triggered.connect(self.apply_care_plan)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def apply_care_plan(self) -> None:
        """The care plan dialog for the selected customers."""
        ids = self.selected_ids()
        if not ids:
            self._status(translate("RecordListPage", "Choose one or more customers first."))
            return
        dialog = ApplyPlanDialog(self.ctx, self.runner, [(self.kind, i) for i in ids], self)
        dialog.applied.connect(lambda _r: self._status(dialog.result_text))
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()


class ContactsPage(RecordListPage):
    icon_name = "contacts"
    kind = "contact"

    def title(self) -> str:
        return self.tr("Contacts")

    def count_text(self, count: int) -> str:
        return self.tr("%Ln contact(s)", "", count)

    def new_text(self) -> str:
        return self.tr("New contact… (Ctrl+N)")

    def filter_placeholder(self) -> str:
        return self.tr("Filter by name, phone, e-mail, company… (Ctrl+F)")


class AccountsPage(RecordListPage):
    icon_name = "accounts"
    kind = "account"

    def title(self) -> str:
        return self.tr("Accounts")

    def count_text(self, count: int) -> str:
        return self.tr("%Ln account(s)", "", count)

    def new_text(self) -> str:
        return self.tr("New account… (Ctrl+N)")

    def filter_placeholder(self) -> str:
        return self.tr("Filter by name, tax code, phone, e-mail… (Ctrl+F)")


__all__ = ["AccountsPage", "ContactsPage", "RecordListPage"]
