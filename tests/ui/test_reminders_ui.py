"""Reminders in the window with a fake clock: one fires, Snooze moves it, Mark done ends it;
at start, a summary of what fell due while the program was closed. No test sleeps."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_crm import settings
from desktop_crm.paths import AppPaths
from desktop_crm.services import contacts, reminders
from desktop_crm.services.contacts import ContactInput
from desktop_crm.services.today import TaskInput, create_task
from desktop_crm.store.database import Database
from desktop_crm.store.models import Activity


class FakeClock:
    def __init__(self, start: dt.datetime) -> None:
        self.moment = start

    def now(self) -> dt.datetime:
        return self.moment

    def advance(self, delta: dt.timedelta) -> None:
        self.moment += delta


def _task(db: Database, subject: str, due: dt.datetime) -> str:
    with db.uow() as uow:
        customer = contacts.create_contact(uow, ContactInput(full_name="Lê Thị Hoa"))
    with db.uow() as uow:
        return create_task(uow, TaskInput(subject, due, contact_id=customer.id)).id


def _activity(db: Database, activity_id: str) -> Activity:
    with db.uow() as uow:
        row = uow.session.get(Activity, uuid.UUID(activity_id))
        assert row is not None
        uow.session.expunge(row)
        return row


def _tick(qtbot: QtBot, gui: Any) -> None:
    """What the timer does when its time comes: fire its timeout, wait for the check."""
    notifier = gui.window.reminders
    notifier.timer.timeout.emit()
    qtbot.waitUntil(lambda: not notifier.checking and not gui.runner.running())


def test_a_reminder_fires_snoozes_and_is_marked_done(
    qtbot: QtBot, start: Callable[..., Any]
) -> None:
    gui = start()
    notifier = gui.window.reminders
    panel = notifier.panel
    clock = FakeClock(dt.datetime(2026, 5, 4, 9, 0).astimezone())
    notifier.set_clock(clock)
    task = _task(gui.ctx.db, "Gọi lại báo giá", clock.now() + dt.timedelta(minutes=5))

    _tick(qtbot, gui)
    assert panel.rows() == []  # not due yet
    assert notifier.timer.isActive()  # re-armed for when it falls due

    clock.advance(dt.timedelta(minutes=6))
    _tick(qtbot, gui)
    qtbot.waitUntil(panel.isVisible)
    [row] = panel.rows()
    assert "Gọi lại báo giá" in row.label.text()
    assert "Lê Thị Hoa" in row.label.text()
    assert "09:05" in row.label.text()
    assert panel.heading.text() == "Due now: 1"

    qtbot.mouseClick(row.snooze_10, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.rows() == [])
    assert _activity(gui.ctx.db, task).due_at == clock.now() + dt.timedelta(minutes=10)
    assert not panel.isVisible()

    clock.advance(dt.timedelta(minutes=5))
    _tick(qtbot, gui)
    assert panel.rows() == []  # snoozed: silent until its new time
    clock.advance(dt.timedelta(minutes=6))
    _tick(qtbot, gui)
    qtbot.waitUntil(lambda: len(panel.rows()) == 1)
    qtbot.mouseClick(panel.rows()[0].done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.rows() == [])
    assert _activity(gui.ctx.db, task).done_at == clock.now()
    # The last check is remembered for the next start.
    assert reminders.last_seen(gui.ctx.settings) == clock.now()


def test_at_start_a_summary_of_what_fell_due_while_closed(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths
) -> None:
    db = Database.open(paths.db_path, paths.backup_dir)
    now = dt.datetime.now().astimezone()
    _task(db, "Trước lần mở trước", now - dt.timedelta(days=3))
    _task(db, "Lúc chương trình đóng", now - dt.timedelta(hours=2))
    _task(db, "Chiều nay", now + dt.timedelta(hours=2))
    db.close()
    seen = reminders.with_last_seen(settings.LocalSettings(), now - dt.timedelta(days=1))
    settings.save(paths.settings_file, seen)

    gui = start()
    panel = gui.window.reminders.panel
    qtbot.waitUntil(panel.isVisible)
    texts = [row.label.text() for row in panel.rows()]
    assert len(texts) == 1 and "Lúc chương trình đóng" in texts[0]
    assert panel.heading.text() == "Fell due while the program was closed: 1"


def test_once_the_user_is_chosen_only_their_reminders_fire(
    qtbot: QtBot, start: Callable[..., Any]
) -> None:
    from desktop_crm.store.models import User

    gui = start()
    notifier, panel = gui.window.reminders, gui.window.reminders.panel
    clock = FakeClock(dt.datetime(2026, 5, 4, 9, 0).astimezone())
    notifier.set_clock(clock)
    mine = _task(gui.ctx.db, "Việc của tôi", clock.now() + dt.timedelta(minutes=1))
    theirs = _task(gui.ctx.db, "Việc của đồng nghiệp", clock.now() + dt.timedelta(minutes=1))
    with gui.ctx.db.uow() as uow:
        me, colleague = User(name="Tôi"), User(name="Đồng nghiệp")
        uow.session.add_all([me, colleague])
        uow.session.flush()
        for task_id, owner in ((mine, me), (theirs, colleague)):
            row = uow.session.get(Activity, uuid.UUID(task_id))
            assert row is not None
            row.owner_id = owner.id
        me_id = str(me.id)
        uow.commit()
    gui.ctx.save_settings(gui.ctx.settings.with_changes(current_user_id=me_id))

    clock.advance(dt.timedelta(minutes=2))
    _tick(qtbot, gui)
    qtbot.waitUntil(lambda: len(panel.rows()) >= 1)
    texts = [row.label.text() for row in panel.rows()]
    assert len(texts) == 1 and "Việc của tôi" in texts[0]
