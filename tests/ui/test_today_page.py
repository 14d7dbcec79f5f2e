"""The Today page: an overdue task and a birthday are listed, mark-done from the list, and a
task created with the keyboard alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.paths import AppPaths
from desktop_crm.services import contacts
from desktop_crm.services.contacts import ContactInput
from desktop_crm.services.today import TaskInput, create_task
from desktop_crm.store.database import Database
from desktop_crm.store.models import Activity
from tests.ui.helpers import type_text


class FakeClock:
    def __init__(self, start: dt.datetime) -> None:
        self.moment = start

    def now(self) -> dt.datetime:
        return self.moment


def _texts(page: Any) -> list[str]:
    tree = page.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _back_to_window(qtbot: QtBot, gui: Any) -> None:
    """The start-up summary of missed reminders pops up over the window: close it (Esc)."""
    panel = gui.window.reminders.panel
    qtbot.waitUntil(panel.isVisible)
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isVisible())
    gui.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is gui.window)


def _prepare(paths: AppPaths) -> None:
    db = Database.open(paths.db_path, paths.backup_dir)
    today = dt.date.today()
    with db.uow() as uow:
        born = dt.date(1992, today.month, today.day)
        customer = contacts.create_contact(
            uow, ContactInput(full_name="Phạm Minh Tuấn", birthday=born)
        )
    yesterday = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(10, 0)).astimezone()
    with db.uow() as uow:
        create_task(uow, TaskInput("Gửi hợp đồng", yesterday, contact_id=customer.id))
    db.close()


def test_today_lists_an_overdue_task_and_a_birthday_and_marks_done(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths
) -> None:
    _prepare(paths)
    gui = start()
    page = gui.window.today_page
    qtbot.waitUntil(lambda: "Gửi hợp đồng" in _texts(page))
    texts = _texts(page)
    assert texts.index("Overdue (1)") < texts.index("Gửi hợp đồng") < texts.index("Due today (0)")
    assert "Birthdays this week (1)" in texts
    _back_to_window(qtbot, gui)
    # Select the task with the keyboard and mark it done with Ctrl+Enter.
    page.tree.setFocus()
    row = texts.index("Gửi hợp đồng")
    page.tree.setCurrentItem(page.tree.topLevelItem(row))
    assert page.mark_done_button.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Gửi hợp đồng" not in _texts(page))
    assert "Overdue (0)" in _texts(page)
    with gui.ctx.db.uow() as uow:
        [task] = uow.session.query(Activity).all()
        assert task.done_at is not None


def test_enter_on_a_birthday_opens_the_contact(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths
) -> None:
    _prepare(paths)
    gui = start()
    page = gui.window.today_page
    qtbot.waitUntil(lambda: "Phạm Minh Tuấn" in _texts(page))
    page.tree.setFocus()
    page.tree.setCurrentItem(page.tree.topLevelItem(_texts(page).index("Phạm Minh Tuấn")))
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui.window.current_page() is gui.window.contacts_page)


def test_a_task_created_with_the_keyboard_alone(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths
) -> None:
    _prepare(paths)
    gui = start()
    page = gui.window.today_page
    page.clock = FakeClock(dt.datetime.combine(dt.date.today(), dt.time(10, 0)).astimezone())
    qtbot.waitUntil(lambda: "Gửi hợp đồng" in _texts(page))
    _back_to_window(qtbot, gui)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: getattr(page, "task_dialog", None) is not None)
    dialog = page.task_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.subject_edit)
    type_text(dialog.subject_edit, "Hẹn gặp tại quận Ba Đình")
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.customer.edit
    type_text(dialog.customer.edit, "Tuấn")
    qtbot.waitUntil(lambda: dialog.customer.results.count() == 1)
    qtbot.keyClick(dialog.customer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Hẹn gặp tại quận Ba Đình" in _texts(page))
    texts = _texts(page)
    assert texts.index("Due today (1)") < texts.index("Hẹn gặp tại quận Ba Đình")
    with gui.ctx.db.uow() as uow:
        task = uow.session.query(Activity).filter_by(subject="Hẹn gặp tại quận Ba Đình").one()
        assert task.type == "task" and task.contact_id is not None
        assert task.due_at.astimezone().time() == dt.time(11, 0)
