"""The merge dialog: one column per record, one row per field, a choice in every row.

The first row chooses the record that is kept (the others are merged into it and disappear);
each field row chooses whose value the kept record gets. The suggested choices come from
``services.merge.preview_merge``. Phones, e-mails and tags are not chosen: the kept record gets
all of them. After "Merge" the same dialog offers "Undo merge".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import merge as merge_service
from desktop_crm.services.merge import MergePreview, MergeResult, UndoResult
from desktop_crm.ui import msgbox
from desktop_crm.ui.i18n import format_number
from desktop_crm.ui.workers import TaskControl, TaskRunner

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # by this name lupdate finds the texts

SURVIVOR_ROW = "__survivor__"


def related_text(related: dict[str, int] | Any) -> str:
    names = {
        "deals": translate("MergeDialog", "deals"),
        "activities": translate("MergeDialog", "activities"),
        "quotes": translate("MergeDialog", "quotes"),
        "care_cases": translate("MergeDialog", "care cases"),
        "contacts": translate("MergeDialog", "contacts"),
    }
    parts = [
        f"{format_number(n)} {names.get(table, table)}" for table, n in sorted(related.items()) if n
    ]
    return ", ".join(parts) or "—"


class MergeDialog(QDialog):
    """Window-modal. ``merged(MergeResult)`` and ``undone(UndoResult)`` tell the opener."""

    merged = Signal(object)
    undone = Signal(object)

    def __init__(
        self, parent: QWidget, ctx: AppContext, runner: TaskRunner, kind: str, ids: list[str]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.ctx = ctx
        self.runner = runner
        self.kind = kind
        self.ids = ids
        self.preview: MergePreview | None = None
        self.merge_result: MergeResult | None = None
        self.busy = False
        self.survivor_group = QButtonGroup(self)
        self.choice_groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(
            self.tr("Merge contacts") if kind == "contact" else self.tr("Merge accounts")
        )
        self.resize(900, 560)
        self.intro = QLabel(
            self.tr(
                "Choose the record to keep and, in each row, the value it should have. "
                "Phones, e-mails and tags of all records are kept; deals, activities, quotes "
                "and care cases move to the kept record."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("mergeTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.status_label = QLabel(self.tr("Loading…"))
        self.status_label.setObjectName("mergeStatus")
        self.status_label.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.confirm_and_merge)
        self.undo_button = QPushButton(self.tr("&Undo merge"))
        self.undo_button.setObjectName("undoMergeButton")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._load()

    # -- loading
    def _load(self) -> None:
        db, kind, ids = self.ctx.db, self.kind, list(self.ids)

        def job(_control: TaskControl) -> MergePreview:
            with db.uow() as uow:
                return merge_service.preview_merge(uow, kind, ids)

        self.busy = True
        self.runner.run(job, on_done=self._show, on_error=self._failed, name="merge preview")

    def _show(self, preview: MergePreview) -> None:
        self.busy = False
        self.preview = preview
        records = preview.records
        fields = preview.fields
        extra = (
            ("phones", self.tr("Phones")),
            ("emails", self.tr("E-mails")),
            ("tags", self.tr("Tags")),
            ("related", self.tr("History")),
        )
        self.table.clear()
        self.table.setColumnCount(len(records))
        self.table.setRowCount(1 + len(fields) + len(extra))
        self.table.setHorizontalHeaderLabels([r.name for r in records])
        labels = [self.tr("Keep this record")]
        labels += [translate("duplicates", f.label) for f in fields]
        labels += [label for _key, label in extra]
        self.table.setVerticalHeaderLabels(labels)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        for column, record in enumerate(records):
            button = QRadioButton(self.tr("Keep"))
            button.setObjectName(f"keep_{column}")
            self.survivor_group.addButton(button, column)
            button.setChecked(record.id == preview.survivor_id)
            self.table.setCellWidget(0, column, button)
        for row, field in enumerate(fields, start=1):
            group = QButtonGroup(self)
            self.choice_groups[field.name] = group
            for column, record in enumerate(records):
                value = record.values.get(field.name)
                button = QRadioButton(self._value_text(field.name, value))
                button.setObjectName(f"choice_{field.name}_{column}")
                button.setToolTip(value or "")
                group.addButton(button, column)
                button.setChecked(record.id == preview.choices.get(field.name))
                self.table.setCellWidget(row, column, button)
        first_extra = 1 + len(fields)
        for offset, (key, _label) in enumerate(extra):
            for column, record in enumerate(records):
                if key == "related":
                    text = related_text(dict(record.related))
                else:
                    text = ", ".join(getattr(record, key)) or "—"
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(first_extra + offset, column, item)
        self.status_label.setText("")
        self.merge_button.setEnabled(True)
        self.merge_button.setFocus()

    def _value_text(self, field: str, value: str | None) -> str:
        if field == "marketing_consent":
            return self.tr("Yes") if value == "yes" else self.tr("No")
        if not value:
            return "—"
        return value if len(value) <= 60 else value[:57] + "…"

    # -- choices
    def survivor_id(self) -> str:
        assert self.preview is not None
        return self.preview.records[max(0, self.survivor_group.checkedId())].id

    def choices(self) -> dict[str, str]:
        assert self.preview is not None
        records = self.preview.records
        return {
            name: records[group.checkedId()].id
            for name, group in self.choice_groups.items()
            if group.checkedId() >= 0
        }

    def choose(self, field: str, column: int) -> None:
        """Take ``field`` from the record in ``column`` (as a click on its radio button)."""
        button = self.choice_groups[field].button(column)
        button.setChecked(True)

    # -- merging
    def confirm_and_merge(self) -> None:
        if self.preview is None or self.busy:
            return
        survivor = self.survivor_id()
        merged = [r.id for r in self.preview.records if r.id != survivor]
        name = next(r.name for r in self.preview.records if r.id == survivor)
        if not msgbox.question(
            self,
            self.tr(
                "Merge {count} record(s) into “{name}”? The others are removed; "
                "you can undo the merge afterwards."
            ).format(count=len(merged), name=name),
            self.tr("Merge"),
            self.tr("Cancel"),
        ):
            return
        db, kind, choices = self.ctx.db, self.kind, self.choices()

        def job(_control: TaskControl) -> MergeResult:
            with db.uow() as uow:
                return merge_service.merge(uow, kind, survivor, merged, choices)

        self._set_busy(True)
        self.status_label.setText(self.tr("Merging…"))
        self.runner.run(job, on_done=self._merged, on_error=self._failed, name="merge")

    def _merged(self, result: MergeResult) -> None:
        self._set_busy(False)
        self.merge_result = result
        log.info("merged %s into %s (%s)", result.merged_ids, result.survivor_id, result.merge_id)
        moved = related_text({k: v for k, v in result.moved.items() if k != "contact_points"})
        self.status_label.setText(
            self.tr("Merged. Moved to the kept record: {moved}.").format(moved=moved)
        )
        self.merge_button.setEnabled(False)
        self.undo_button.setEnabled(True)
        self.table.setEnabled(False)
        self.merged.emit(result)

    def undo(self) -> None:
        if self.merge_result is None or self.busy:
            return
        db, merge_id = self.ctx.db, self.merge_result.merge_id

        def job(_control: TaskControl) -> UndoResult:
            with db.uow() as uow:
                return merge_service.undo_merge(uow, merge_id)

        self._set_busy(True)
        self.runner.run(job, on_done=self._undone, on_error=self._failed, name="undo merge")

    def _undone(self, result: UndoResult) -> None:
        self._set_busy(False)
        self.merge_result = None
        self.undo_button.setEnabled(False)
        self.table.setEnabled(True)  # the records are back as they were: merging again is fine
        self.status_label.setText(self.tr("The merge was undone."))
        self.undone.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status_label.setText("")
        self.runner.report_error(exc)  # a UserError becomes a plain message

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.close_button.setEnabled(not busy)
        if busy:
            self.merge_button.setEnabled(False)
            self.undo_button.setEnabled(False)
        else:
            self.merge_button.setEnabled(self.merge_result is None and self.preview is not None)
            self.undo_button.setEnabled(self.merge_result is not None)

    def reject(self) -> None:
        if not self.busy:  # a merge in flight finishes first (it is one short transaction)
            super().reject()


def undo_last_merge(
    parent: QWidget, ctx: AppContext, runner: TaskRunner, on_done: Callable[[], None]
) -> None:
    """Tools > Undo last merge: find the newest merge not yet undone, ask, undo it."""
    db = ctx.db

    def find(_control: TaskControl) -> merge_service.MergeSummary | None:
        with db.uow() as uow:
            recent = merge_service.list_recent_merges(uow, limit=50)
        return next((m for m in recent if m.undone_at is None), None)

    def ask(summary: merge_service.MergeSummary | None) -> None:
        if summary is None:
            msgbox.information(parent, translate("MergeDialog", "There is no merge to undo."))
            return
        if not msgbox.question(
            parent,
            translate(
                "MergeDialog", "Undo the merge of {count} record(s) into “{name}” of {when}?"
            ).format(
                count=len(summary.merged_ids),
                name=summary.survivor_name,
                when=summary.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            ),
            translate("MergeDialog", "Undo merge"),
            translate("MergeDialog", "Cancel"),
        ):
            return

        def job(_control: TaskControl) -> UndoResult:
            with db.uow() as uow:
                return merge_service.undo_merge(uow, summary.id)

        def done(_result: UndoResult) -> None:
            msgbox.information(parent, translate("MergeDialog", "The merge was undone."))
            on_done()

        runner.run(job, on_done=done, name="undo merge")

    runner.run(find, on_done=ask, name="find last merge")
