"""Find duplicates and merge them as a user does: shortcut, search, pick values, merge, undo."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.services import contacts
from desktop_crm.services.contacts import AccountInput, ContactInput, Labeled
from desktop_crm.services.duplicates import find_duplicate_groups
from desktop_crm.store.models import Contact
from desktop_crm.ui.duplicates.find_dialog import FindDuplicatesDialog
from desktop_crm.ui.duplicates.groups_model import GroupsModel
from desktop_crm.ui.duplicates.merge_dialog import MergeDialog
from tests.ui.helpers import FakeMsgBox


def _seed(gui: Any) -> tuple[str, str]:
    db = gui.ctx.db
    with db.uow() as uow:
        account = contacts.create_account(uow, AccountInput(name="Công ty Cổ phần Sông Hồng"))
    with db.uow() as uow:
        first = contacts.create_contact(
            uow,
            ContactInput(
                full_name="Nguyen Thi Anh Duong",
                account_id=account.id,
                phones=(Labeled("0903 123 456"),),
                title="Kế toán trưởng",
            ),
        )
    with db.uow() as uow:
        second = contacts.create_contact(
            uow,
            ContactInput(
                full_name="Nguyễn Thị Ánh Dương",
                account_id=account.id,
                emails=(Labeled("duong@songhong.vn"),),
                title="Kế toán",
            ),
        )
    with db.uow() as uow:
        contacts.create_contact(uow, ContactInput(full_name="Lê Văn Tám", account_id=account.id))
    return first.id, second.id


def _click_radio(qtbot: QtBot, button: QWidget) -> None:
    """Click a radio button on its indicator, where a user clicks (its middle may be empty)."""
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def _live_contacts(gui: Any) -> dict[str, tuple[str, str | None]]:
    from sqlalchemy import select

    with gui.ctx.db.uow() as uow:
        rows = uow.session.scalars(select(Contact).where(Contact.deleted_at.is_(None)))
        return {str(c.id): (c.full_name, c.title) for c in rows}


def test_find_merge_and_undo_with_the_keyboard(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox
) -> None:
    gui = start()
    first, second = _seed(gui)
    window = gui.window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.duplicates_dialog
    assert isinstance(dialog, FindDuplicatesDialog)
    qtbot.waitExposed(dialog)
    assert dialog.kind() == "contact" and dialog.threshold_spin.value() == 85

    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.total() > 0, timeout=10_000)
    assert dialog.model.total() == 1
    assert dialog.status_label.text() == "1 group(s) of possible duplicates, 2 records."
    index = dialog.model.index(0, GroupsModel.REASONS)
    assert "similar name 100 at the same company" in dialog.model.data(index)
    assert dialog.selected_row() == 0  # the first group is selected

    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)  # "Merge…"
    merge_dialog = dialog.merge_dialog
    assert isinstance(merge_dialog, MergeDialog)
    qtbot.waitUntil(lambda: merge_dialog.preview is not None, timeout=10_000)
    records = [r.id for r in merge_dialog.preview.records]
    assert set(records) == {first, second}
    column_of = {rid: n for n, rid in enumerate(records)}
    # keep the first record, but take its name from the second (written with diacritics)
    keep = merge_dialog.table.cellWidget(0, column_of[first])
    _click_radio(qtbot, keep)
    name_button = merge_dialog.choice_groups["full_name"].button(column_of[second])
    _click_radio(qtbot, name_button)
    titles = merge_dialog.choice_groups["title"]
    assert titles.checkedId() == column_of[first]  # suggested: the more complete title
    _click_radio(qtbot, titles.button(column_of[second]))
    assert merge_dialog.survivor_id() == first
    assert merge_dialog.choices()["full_name"] == second
    assert merge_dialog.choices()["title"] == second

    msgbox.choose_answer = 0  # "Merge" in the confirmation
    qtbot.mouseClick(merge_dialog.merge_button, Qt.MouseButton.LeftButton)
    assert msgbox.of_kind("question")[-1].text.startswith("Merge 1 record(s) into")
    qtbot.waitUntil(lambda: merge_dialog.merge_result is not None, timeout=10_000)
    assert merge_dialog.status_label.text().startswith("Merged.")
    assert merge_dialog.undo_button.isEnabled()
    live = _live_contacts(gui)
    assert second not in live
    assert live[first] == ("Nguyễn Thị Ánh Dương", "Kế toán")
    assert dialog.model.total() == 0  # the merged group left the list
    assert find_duplicate_groups(gui.ctx.db, "contact") == []

    qtbot.mouseClick(merge_dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: merge_dialog.status_label.text() == "The merge was undone.", timeout=10_000
    )
    live = _live_contacts(gui)
    assert live[first] == ("Nguyen Thi Anh Duong", "Kế toán trưởng")
    assert live[second] == ("Nguyễn Thị Ánh Dương", "Kế toán")
    merge_dialog.accept()
    dialog.close()
    qtbot.waitUntil(lambda: not gui.runner.running())


def test_cancel_stops_the_search(qtbot: QtBot, start: Callable[..., Any], monkeypatch: Any) -> None:
    gui = start()
    _seed(gui)
    import threading

    from desktop_crm.services import duplicates

    release = threading.Event()
    real = duplicates.find_duplicate_groups

    def slow(*args: Any, **kwargs: Any) -> Any:
        release.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr("desktop_crm.ui.duplicates.find_dialog.find_duplicate_groups", slow)
    gui.window.find_duplicates()
    dialog = gui.window.duplicates_dialog
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible() and not dialog.find_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.status_label.text() == "The search was cancelled."
    assert dialog.model.total() == 0 and dialog.find_button.isEnabled()


def test_undo_last_merge_from_the_tools_menu(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox
) -> None:
    from desktop_crm.services import merge

    gui = start()
    first, second = _seed(gui)
    assert [a.text() for a in gui.window.tools_menu.actions()][:2] == [
        "Find &duplicates…",
        "&Undo last merge",
    ]
    gui.window.undo_merge_action.trigger()
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("information")))
    assert msgbox.of_kind("information")[-1].text == "There is no merge to undo."
    with gui.ctx.db.uow() as uow:
        merge.merge(uow, "contact", first, [second])
    assert second not in _live_contacts(gui)
    msgbox.choose_answer = 0
    gui.window.undo_merge_action.trigger()
    qtbot.waitUntil(lambda: msgbox.of_kind("information")[-1].text == "The merge was undone.")
    assert second in _live_contacts(gui)
    qtbot.waitUntil(lambda: not gui.runner.running())


def test_groups_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    from desktop_crm.services.duplicates import DuplicateGroup, DuplicateMember, Reason

    model = GroupsModel()
    groups = [
        DuplicateGroup(
            "contact",
            (DuplicateMember(str(uuid.uuid4()), f"A{i}"), DuplicateMember(str(uuid.uuid4()), "B")),
            90,
            (Reason("same phone {value}", 90, (("value", "+84903123456"),)),),
        )
        for i in range(450)
    ]
    model.set_groups(groups)
    assert model.rowCount() == 200 and model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 450
    qtmodeltester.check(model)
    model.remove_group(0)
    assert model.rowCount() == 449
    QApplication.processEvents()
