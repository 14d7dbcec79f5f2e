"""Reminders while the program runs: a timer asks a worker what fell due, then notifies.

The notifier keeps the moment of its last check and, at each check, asks the service for
the open activities due between then and now and when the next one falls due; the timer is
set to that moment (at most ``MAX_WAIT_MS`` ahead, so that items added elsewhere are seen).
Time comes from an injectable clock: tests put a fake one in, advance it and fire the
timer's ``timeout`` themselves; nothing waits on the wall clock.

Each notification goes to the system tray when there is one (a desktop balloon with the
app's icon) and always to the in-window panel, which lists the items with Snooze and Mark
done. At start the panel sums up what fell due while the program was closed. GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import reminders
from desktop_crm.services.reminders import DueItem
from desktop_crm.ui.icons import app_icon
from desktop_crm.ui.workers import TaskControl, TaskRunner

log = logging.getLogger(__name__)

MAX_WAIT_MS = 60_000
TOMORROW_AT = dt.time(9, 0)


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current moment, timezone-aware (local zone)."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()


def local_time(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H:%M %d/%m")


class ReminderRow(QFrame):
    """One item in the panel: what, who, when, and its buttons."""

    def __init__(self, item: DueItem, panel: ReminderPanel) -> None:
        super().__init__()
        self.item = item
        self.setObjectName("reminderRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("reminderText")
        self.label.setWordWrap(True)
        self.snooze_10 = QPushButton(self.tr("Snooze 10 min"))
        self.snooze_10.setObjectName("snooze10")
        self.snooze_hour = QPushButton(self.tr("Snooze 1 hour"))
        self.snooze_hour.setObjectName("snoozeHour")
        self.snooze_tomorrow = QPushButton(self.tr("Tomorrow"))
        self.snooze_tomorrow.setObjectName("snoozeTomorrow")
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("markDone")
        self.snooze_10.clicked.connect(lambda: panel.snooze(self, dt.timedelta(minutes=10)))
        self.snooze_hour.clicked.connect(lambda: panel.snooze(self, dt.timedelta(hours=1)))
        self.snooze_tomorrow.clicked.connect(lambda: panel.snooze(self, None))
        self.done_button.clicked.connect(lambda: panel.mark_done(self))
        buttons = QHBoxLayout()
        for button in (self.snooze_10, self.snooze_hour, self.snooze_tomorrow, self.done_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.update_text()

    def update_text(self) -> None:
        item = self.item
        who = item.customer or item.deal_title or ""
        text = self.tr("{subject} — {customer}, due {time}").format(
            subject=item.subject, customer=who, time=local_time(item.due_at)
        )
        self.label.setText(text)

    def set_busy(self, busy: bool) -> None:
        for button in (self.snooze_10, self.snooze_hour, self.snooze_tomorrow, self.done_button):
            button.setEnabled(not busy)


class ReminderPanel(QDialog):
    """The in-window list of due items (non-modal); rows leave when snoozed or done."""

    def __init__(self, notifier: ReminderNotifier, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderPanel")
        self.notifier = notifier
        self.setWindowTitle(self.tr("Reminders"))
        self.heading = QLabel()
        self.heading.setObjectName("reminderHeading")
        self.heading.setWordWrap(True)
        self.rows_box = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.rows_box)
        self.rows_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        self.resize(520, 360)

    def rows(self) -> list[ReminderRow]:
        found = []
        for i in range(self.rows_box.count()):
            widget = self.rows_box.itemAt(i).widget()
            if isinstance(widget, ReminderRow):
                found.append(widget)
        return found

    def add_items(self, items: list[DueItem], heading: str) -> None:
        known = {row.item.id: row for row in self.rows()}
        for item in items:
            if item.id in known:
                known[item.id].item = item
                known[item.id].update_text()
                continue
            self.rows_box.insertWidget(self.rows_box.count() - 1, ReminderRow(item, self))
        self.heading.setText(heading)
        self.show()
        self.raise_()

    def _remove(self, row: ReminderRow) -> None:
        self.rows_box.removeWidget(row)
        row.deleteLater()
        if not self.rows():
            self.hide()

    def snooze(self, row: ReminderRow, delta: dt.timedelta | None) -> None:
        now = self.notifier.clock.now()
        if delta is None:
            tomorrow = now.astimezone().date() + dt.timedelta(days=1)
            until = dt.datetime.combine(tomorrow, TOMORROW_AT).astimezone()
        else:
            until = now + delta
        activity_id = row.item.id
        row.set_busy(True)
        self.notifier.run_change(
            lambda uow: reminders.snooze(uow, activity_id, until),
            lambda _item: self._remove(row),
            lambda: row.set_busy(False),
        )

    def mark_done(self, row: ReminderRow) -> None:
        now = self.notifier.clock.now()
        activity_id = row.item.id
        row.set_busy(True)
        self.notifier.run_change(
            lambda uow: reminders.mark_done(uow, activity_id, now),
            lambda _done: self._remove(row),
            lambda: row.set_busy(False),
        )


class ReminderNotifier(QObject):
    """Checks for due items on a timer; ``changed`` after a snooze or a mark-done."""

    changed = Signal()
    fired = Signal(object)  # list[DueItem] that just fell due

    def __init__(
        self, ctx: AppContext, runner: TaskRunner, window: QWidget, clock: Clock | None = None
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.runner = runner
        self.window = window
        self.clock: Clock = clock or SystemClock()
        self.last_check = self.clock.now()
        self.checking = False
        self.stopped = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.panel = ReminderPanel(self, window)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("Desktop CRM")
            self.tray.messageClicked.connect(self.show_panel)
            self.tray.show()

    def set_clock(self, clock: Clock) -> None:
        """Use ``clock`` from now on; the next check starts from its present moment."""
        self.clock = clock
        self.last_check = clock.now()

    def show_panel(self) -> None:
        self.panel.show()
        self.panel.raise_()

    # -- start: what fell due while the program was closed
    def start(self) -> None:
        now = self.clock.now()
        seen = reminders.last_seen(self.ctx.settings)
        db = self.ctx.db
        # Only the laptop's user's reminders once one is chosen in Settings (a synced team
        # database holds everyone's tasks); everything while none is chosen.
        mine = self.ctx.settings.current_user_id

        def job(_control: TaskControl) -> list[DueItem]:
            with db.uow() as uow:
                return reminders.missed_since(uow, seen, now, mine)

        def done(items: list[DueItem]) -> None:
            self.last_check = now
            self._remember(now)
            if items:
                self.notify(
                    items,
                    self.tr("Fell due while the program was closed: {count}").format(
                        count=len(items)
                    ),
                )
            self._schedule(None)

        self.runner.run(job, on_done=done, name="missed reminders")

    # -- the regular check
    def check(self) -> None:
        """Slot of the timer: notify what fell due since the last check, then re-arm."""
        if self.checking or self.stopped:
            return
        self.checking = True
        since = self.last_check
        now = self.clock.now()
        db = self.ctx.db
        # Only the laptop's user's reminders once one is chosen in Settings (a synced team
        # database holds everyone's tasks); everything while none is chosen.
        mine = self.ctx.settings.current_user_id

        def job(_control: TaskControl) -> tuple[list[DueItem], dt.datetime | None]:
            with db.uow() as uow:
                return (
                    reminders.due_between(uow, since, now, mine),
                    reminders.next_due(uow, now, mine),
                )

        def done(result: tuple[list[DueItem], dt.datetime | None]) -> None:
            self.checking = False
            items, upcoming = result
            self.last_check = now
            self._remember(now)
            if items:
                self.notify(items, self.tr("Due now: {count}").format(count=len(items)))
            self._schedule(upcoming)

        def failed(exc: BaseException) -> None:
            self.checking = False
            self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="check reminders")

    def _schedule(self, upcoming: dt.datetime | None) -> None:
        if self.stopped:
            return
        wait = MAX_WAIT_MS
        if upcoming is not None:
            ms = int((upcoming - self.clock.now()).total_seconds() * 1000) + 500
            wait = max(1_000, min(wait, ms))
        self.timer.start(wait)

    def _remember(self, moment: dt.datetime) -> None:
        self.ctx.save_settings(reminders.with_last_seen(self.ctx.settings, moment))

    def notify(self, items: list[DueItem], heading: str) -> None:
        log.info("%d reminder(s) shown", len(items))
        self.fired.emit(items)
        if self.tray is not None:
            first = items[0]
            message = self.tr("{subject} — {customer}, due {time}").format(
                subject=first.subject,
                customer=first.customer or first.deal_title or "",
                time=local_time(first.due_at),
            )
            if len(items) > 1:
                message += "\n" + self.tr("and {count} more").format(count=len(items) - 1)
            self.tray.showMessage(heading, message, app_icon(), 15_000)
        self.panel.add_items(items, heading)

    def run_change(
        self,
        change: Callable[..., object],
        on_done: Callable[[object], None],
        on_failed: Callable[[], None],
    ) -> None:
        """Run ``change(uow)`` on a worker; then ``on_done(result)`` and ``changed``."""
        db = self.ctx.db

        def job(_control: TaskControl) -> object:
            with db.uow() as uow:
                return change(uow)

        def done(result: object) -> None:
            on_done(result)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            on_failed()
            self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="reminder change")

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
