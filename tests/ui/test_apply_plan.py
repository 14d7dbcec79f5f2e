"""Care plans per segment as a user meets them: select customers in the Contacts list, "Apply
care plan…", confirm; doing it again the same day creates nothing; plans edited in Settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop_crm.paths import AppPaths
from desktop_crm.services import segments
from desktop_crm.store.database import Database
from desktop_crm.store.models import Activity, Contact
from desktop_crm.ui.apply_plan import ApplyPlanDialog
from tests.ui.helpers import FakeMsgBox, type_text

NAMES = ("Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung")


def _people(paths: AppPaths) -> None:
    """Three consumers, their segments computed today (all three "new")."""
    db = Database.open(paths.db_path, paths.backup_dir)
    with db.uow() as uow:
        uow.session.add_all([Contact(full_name=name) for name in NAMES])
        uow.commit()
    now = dt.datetime.now(dt.UTC)
    with db.uow() as uow:
        segments.recompute(uow, now.astimezone().date(), now)
    db.close()


def _tasks(db: Database) -> list[tuple[str, str, str]]:
    with db.uow() as uow:
        rows = uow.session.query(Activity).filter(Activity.deleted_at.is_(None)).all()
        return sorted((str(r.contact_id), r.type, r.subject) for r in rows)


def _idle(qtbot: QtBot, gui: Any) -> None:
    qtbot.waitUntil(lambda: not gui.runner.running(), timeout=10_000)


def _apply_to_selection(qtbot: QtBot, page: Any, segment: str) -> ApplyPlanDialog:
    qtbot.mouseClick(page.apply_plan_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ApplyPlanDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10_000)
    combo = dialog.segment_combo
    combo.setCurrentIndex(combo.findText(segment))
    assert dialog.steps_label.text() == "Visit every 90 days: Visit a top customer"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=10_000)
    return dialog


def test_apply_a_care_plan_twice_to_two_selected_contacts(
    qtbot: QtBot, paths: AppPaths, start: Callable[..., Any], msgbox: FakeMsgBox
) -> None:
    _people(paths)
    gui = start()
    _idle(qtbot, gui)
    window = gui.window
    page = window.contacts_page
    window.select_page(window.pages.index(page))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.model.is_loading)
    table = page.table
    names = [page.model.index(r, 0).data() for r in range(3)]
    chosen = [names.index("Lê Văn Cường"), names.index("Trần Thị Bình")]

    # Click the first, Ctrl+click the second: two rows selected.
    for number, row in enumerate(chosen):
        rect = table.visualRect(page.model.index(row, 0))
        modifier = Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier(0)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert len(page.selected_ids()) == 2

    _apply_to_selection(qtbot, page, "Champions")
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("information")), timeout=10_000)
    assert msgbox.of_kind("information")[-1].text == "Tasks: 2 created, 0 already planned."
    tasks = _tasks(gui.ctx.db)
    assert [(kind, subject) for _c, kind, subject in tasks] == [
        ("visit", "Visit a top customer"),
        ("visit", "Visit a top customer"),
    ]
    assert sorted(c for c, _k, _s in tasks) == sorted(page.selected_ids())

    # The same again today: nothing new, and the user is told why.
    _apply_to_selection(qtbot, page, "Champions")
    qtbot.waitUntil(lambda: len(msgbox.of_kind("information")) == 2, timeout=10_000)
    assert msgbox.of_kind("information")[-1].text == "Tasks: 0 created, 2 already planned."
    assert _tasks(gui.ctx.db) == tasks  # no duplicate tasks
    _idle(qtbot, gui)


def test_each_customers_own_segments_give_new_customers_a_welcome_call(
    qtbot: QtBot, paths: AppPaths, start: Callable[..., Any], msgbox: FakeMsgBox
) -> None:
    _people(paths)
    gui = start()
    _idle(qtbot, gui)
    page = gui.window.contacts_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.model.is_loading)
    page.table.selectionModel().select(
        page.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    # From the rows' context menu.
    page.apply_care_plan()
    dialog = page.dialog
    assert isinstance(dialog, ApplyPlanDialog)
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10_000)
    assert dialog.segment_combo.currentText() == "Each customer's own segments"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("information")), timeout=10_000)
    # Just created, no purchase: the "new" care group, whose plan is a welcome call.
    assert msgbox.of_kind("information")[-1].text == "Tasks: 1 created, 0 already planned."
    assert [(kind, subject) for _c, kind, subject in _tasks(gui.ctx.db)] == [
        ("call", "Welcome call")
    ]
    _idle(qtbot, gui)


def test_edit_the_plans_in_settings_and_a_bad_row_is_refused(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox
) -> None:
    from desktop_crm.services import segment_care_plans

    gui = start()
    window = gui.window
    box = window.settings_page.segment_plans_box
    window.select_page(window.pages.index(window.settings_page))
    qtbot.waitUntil(box.isEnabled, timeout=10_000)
    assert box.table.rowCount() == 7  # the defaults
    assert box._segment_combo(0).currentText() == "Loyal"

    # A new row without a subject: refused, with the row named.
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert box.table.rowCount() == 8
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(msgbox.calls), timeout=10_000)
    call = msgbox.calls[-1]
    assert "Row 8: say what is to be done." in call.text + call.informative
    with gui.ctx.db.uow() as uow:
        assert len(segment_care_plans.get_plans(uow, "en")) == 7

    # Fill it in: at risk, a call every 7 days; saved.
    row = 7
    box._segment_combo(row).setCurrentIndex(box._segment_combo(row).findText("Lost"))
    spin = box._every(row)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "7")
    type_text(box._subject(row), "Gọi hỏi thăm")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.text() == "Saved.", timeout=10_000)
    with gui.ctx.db.uow() as uow:
        saved = segment_care_plans.get_plans(uow, "en")
    assert segment_care_plans.PlanStep("lost", "call", 7, "Gọi hỏi thăm") in saved
    assert len(saved) == 8
    _idle(qtbot, gui)
