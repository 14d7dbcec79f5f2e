"""Today: overdue and today's activities, deals closing this month, rotting deals, birthdays
this week, and quick actions (log a call, new task, new deal) for the keyboard.

The agenda is read on a worker (``services.today.load_agenda``) when figures arrive (start,
F5) and whenever activities change; Enter on a row opens its record, Ctrl+Enter marks an
activity done (Ctrl+D is the window's "new deal"). GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidget, QTreeWidgetItem

from desktop_crm.app import AppContext
from desktop_crm.services import reminders, today
from desktop_crm.services.reminders import DueItem
from desktop_crm.services.today import Agenda
from desktop_crm.ui.i18n import format_money
from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.reminders import Clock, SystemClock
from desktop_crm.ui.snapshot import Snapshot
from desktop_crm.ui.today.dialogs import CustomerPicker, NewTaskDialog
from desktop_crm.ui.workers import TaskControl, TaskRunner

if TYPE_CHECKING:
    from desktop_crm.ui.main_window import MainWindow

ROLE = Qt.ItemDataRole.UserRole


class TodayPage(Page):
    icon_name = "today"
    expanding_body = True

    def __init__(self, ctx: AppContext, runner: TaskRunner, window: MainWindow) -> None:
        super().__init__()
        self.ctx = ctx
        self.runner = runner
        self.window_ = window
        self.clock: Clock = SystemClock()
        self.agenda: Agenda | None = None
        self.generation = 0
        self.tasks_label = self.add_figure("tasksDue")
        self.log_call_button = QPushButton()
        self.log_call_button.setObjectName("logCallButton")
        self.log_call_button.clicked.connect(self.log_call)
        self.new_task_button = QPushButton()
        self.new_task_button.setObjectName("newTaskButton")
        self.new_task_button.clicked.connect(self.new_task)
        self.mark_done_button = QPushButton()
        self.mark_done_button.setObjectName("markDoneButton")
        self.mark_done_button.clicked.connect(self.mark_done)
        actions = QHBoxLayout()
        actions.addWidget(self.log_call_button)
        actions.addWidget(self.new_task_button)
        # The deal editor belongs to the board's slice: offered only when the window has it.
        self.new_deal_button: QPushButton | None = None
        if callable(getattr(window, "new_deal", None)):
            self.new_deal_button = QPushButton()
            self.new_deal_button.setObjectName("newDealButton")
            self.new_deal_button.clicked.connect(lambda: window.new_deal())  # type: ignore[attr-defined]
            actions.addWidget(self.new_deal_button)
        actions.addStretch(1)
        actions.addWidget(self.mark_done_button)
        self.body.addLayout(actions)
        self.tree = QTreeWidget()
        self.tree.setObjectName("agenda")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.body.addWidget(self.tree, 1)
        # Ctrl+Enter on the list (Ctrl+D is the window's "new deal"); Enter opens the record.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys),
                self.tree,
                activated=self.mark_done,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Today")

    def retranslate_fixed(self) -> None:
        self.log_call_button.setText(self.tr("Log a &call…"))
        self.new_task_button.setText(self.tr("New tas&k…"))
        if self.new_deal_button is not None:
            self.new_deal_button.setText(self.tr("New &deal…"))
        self.mark_done_button.setText(self.tr("&Mark done"))
        self.mark_done_button.setToolTip(self.tr("Mark the selected activity done (Ctrl+Enter)"))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Customer"), self.tr("When")])
        if self.agenda is not None:
            self._fill(self.agenda)

    def render(self, snapshot: Snapshot) -> None:
        due = snapshot.overview.tasks_due
        self.tasks_label.setText(
            self.tr("%Ln task(s) due today or overdue", "", due)
            if due
            else self.tr("Nothing is due today.")
        )

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        self.refresh()

    # -- loading
    def refresh(self) -> None:
        """Read the agenda again on a worker; a newer request wins over an older one."""
        self.generation += 1
        generation = self.generation
        now = self.clock.now()
        db = self.ctx.db

        def job(_control: TaskControl) -> Agenda:
            with db.uow() as uow:
                return today.load_agenda(uow, now)

        def done(agenda: Agenda) -> None:
            if generation == self.generation:
                self.agenda = agenda
                self.set_subtitle(_long_date(agenda))
                self._fill(agenda)

        self.runner.run(job, on_done=done, name="load agenda")

    def _fill(self, agenda: Agenda) -> None:
        tree = self.tree
        current = self.selected()
        tree.clear()

        def section(title: str, count: int) -> QTreeWidgetItem:
            head = QTreeWidgetItem(tree, [f"{title} ({count})"])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            return head

        def activity_rows(items: tuple[DueItem, ...], with_date: bool) -> None:
            for item in items:
                local = item.due_at.astimezone()
                when = local.strftime("%d/%m %H:%M" if with_date else "%H:%M")
                row = QTreeWidgetItem(
                    tree, [item.subject, item.customer or item.deal_title or "", when]
                )
                row.setData(0, ROLE, ("activity", item))

        section(self.tr("Overdue"), len(agenda.overdue))
        activity_rows(agenda.overdue, True)
        section(self.tr("Due today"), len(agenda.due_today))
        activity_rows(agenda.due_today, False)
        section(self.tr("Deals closing this month"), len(agenda.closing_this_month))
        for deal in agenda.closing_this_month:
            close = deal.expected_close_date.strftime("%d/%m") if deal.expected_close_date else ""
            text = f"{deal.title} · {format_money(deal.amount, deal.currency)}"
            row = QTreeWidgetItem(tree, [text, deal.customer, close])
            row.setData(0, ROLE, ("deal", deal.id))
        section(self.tr("Rotting deals"), len(agenda.rotting))
        for deal in agenda.rotting:
            days = self.tr("{days} days in {stage}").format(
                days=deal.days_in_stage, stage=deal.stage
            )
            row = QTreeWidgetItem(tree, [deal.title, deal.customer, days])
            row.setData(0, ROLE, ("deal", deal.id))
        section(self.tr("Birthdays this week"), len(agenda.birthdays))
        for birthday in agenda.birthdays:
            row = QTreeWidgetItem(
                tree, [birthday.name, birthday.account or "", birthday.on.strftime("%d/%m")]
            )
            row.setData(0, ROLE, ("contact", birthday.contact_id))
        tree.resizeColumnToContents(0)
        self._select(current)
        self._update_buttons()

    # -- selection and actions
    def selected(self) -> tuple[str, Any] | None:
        item = self.tree.currentItem()
        value = item.data(0, ROLE) if item is not None else None
        return value if isinstance(value, tuple) else None

    def _key(self, value: tuple[str, Any] | None) -> tuple[str, str] | None:
        if value is None:
            return None
        kind, data = value
        return (kind, data.id if isinstance(data, DueItem) else str(data))

    def _select(self, value: tuple[str, Any] | None) -> None:
        wanted = self._key(value)
        if wanted is None:
            return
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if self._key(item.data(0, ROLE)) == wanted:
                self.tree.setCurrentItem(item)
                return

    def _update_buttons(self) -> None:
        value = self.selected()
        self.mark_done_button.setEnabled(value is not None and value[0] == "activity")

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, ROLE)
        if not isinstance(value, tuple):
            return
        kind, data = value
        if isinstance(data, DueItem):
            record = data.record()
            if record is not None:
                self.window_.open_record(*record)
        else:
            self.window_.open_record(kind, str(data))

    def mark_done(self) -> None:
        value = self.selected()
        if value is None or value[0] != "activity":
            return
        item: DueItem = value[1]
        now = self.clock.now()
        db = self.ctx.db
        self.mark_done_button.setEnabled(False)

        def job(_control: TaskControl) -> bool:
            with db.uow() as uow:
                return reminders.mark_done(uow, item.id, now)

        self.runner.run(job, on_done=lambda _done: self.activities_changed(), name="mark done")

    def activities_changed(self) -> None:
        """Activities changed somewhere (here, a reminder, a dialog): list them again."""
        self.refresh()

    def log_call(self) -> None:
        """Choose a customer, then log the call in the usual dialog (window-modal, not
        blocking: the dialogs stay reachable from tests and the event loop keeps running)."""
        picker = CustomerPicker(self.ctx, self.runner, self.tr("Log a call"), self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picker = picker
        picker.accepted.connect(lambda: self._log_call_for(picker.field.chosen()))
        picker.open()

    def _log_call_for(self, chosen: tuple[str, str, str] | None) -> None:
        from desktop_crm.ui.contacts.log_activity import LogActivityDialog

        if chosen is None:
            return
        kind, record_id, name = chosen
        dialog = LogActivityDialog(self.ctx, self.runner, kind, record_id, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.type_combo.setCurrentIndex(max(0, dialog.type_combo.findData("call")))
        dialog.logged.connect(lambda _record: self.activities_changed())
        self.log_dialog = dialog
        dialog.open()
        dialog.subject_edit.setFocus()

    def new_task(self) -> None:
        dialog = NewTaskDialog(self.ctx, self.runner, self.clock.now(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.task_dialog = dialog
        dialog.accepted.connect(self.activities_changed)
        dialog.open()


def _long_date(agenda: Agenda) -> str:
    from desktop_crm.ui.i18n import format_long_date

    return format_long_date(agenda.today)
