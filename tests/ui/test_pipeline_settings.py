"""Settings: the "Pipelines and stages" and "Care after a sale" panels, used like a user would."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from desktop_crm.paths import AppPaths
from desktop_crm.services import care_plan
from desktop_crm.services.care_plan import CareStep
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.store.database import Database
from desktop_crm.store.models import Account, Deal, DealStageChange
from tests.ui.helpers import FakeMsgBox, type_text


def _prepare(paths: AppPaths, deals_in: str = "Qualified", count: int = 2) -> None:
    """A database with the default pipeline and ``count`` deals in one stage."""
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            pipeline = ensure_default_pipeline(uow, "en")
        stage = next(s for s in pipeline.stages if s.name == deals_in)
        with db.uow() as uow:
            account = Account(name="Công ty Đông Á")
            uow.session.add(account)
            uow.session.flush()
            for i in range(count):
                uow.session.add(
                    Deal(
                        title=f"Hợp đồng {i}",
                        account_id=account.id,
                        pipeline_id=uuid.UUID(pipeline.id),
                        stage_id=uuid.UUID(stage.id),
                        amount=Decimal(5_000_000),
                    )
                )
            uow.commit()
    finally:
        db.close()


def _open_settings(qtbot: QtBot, gui: Any) -> Any:
    window = gui.window
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert page is window.settings_page
    return page


def _names(table: QTableWidget) -> list[str]:
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def _stored(paths: AppPaths, read: Callable[[Any], Any]) -> Any:
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            return read(uow)
    finally:
        db.close()


def _select(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.selectionModel().selectedRows()[0].row() == row


def test_add_rename_move_and_remove_stages(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths, msgbox: FakeMsgBox
) -> None:
    _prepare(paths)
    gui = start()
    box = _open_settings(qtbot, gui).pipeline_box
    table = box.table
    qtbot.waitUntil(lambda: table.rowCount() == 6)
    assert _names(table) == ["New lead", "Qualified", "Proposal sent", "Negotiation", "Won", "Lost"]
    assert table.item(1, 4).text() == "2"  # deals in Qualified

    # add: typed name, Enter in the field
    qtbot.mouseClick(box.new_stage, Qt.MouseButton.LeftButton)
    type_text(box.new_stage, "Trial")
    qtbot.keyClick(box.new_stage, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Trial" in _names(table))
    assert _names(table)[4:] == ["Trial", "Won", "Lost"]  # open stages stay before Won
    assert table.selectionModel().selectedRows()[0].row() == 4

    # rename in place: F2, select all, type Vietnamese, Enter
    _select(qtbot, table, 4)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, "Dùng thử miễn phí")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Dùng thử miễn phí" in _names(table))

    # move up with the button, then once more with Ctrl+Up
    qtbot.mouseClick(box.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(table)[3] == "Dùng thử miễn phí")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _names(table)[2] == "Dùng thử miễn phí")

    # remove Qualified, which holds 2 deals: the user picks "Proposal sent" as the target
    _select(qtbot, table, 1)
    # offered: the other open stages in order: New lead, Dùng thử miễn phí, Proposal sent, ...
    msgbox.choose_answer = 2
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Qualified" not in _names(table))
    chosen = msgbox.of_kind("choose")
    assert len(chosen) == 1 and "2 deals" in chosen[0].text
    assert _names(table) == [
        "New lead",
        "Dùng thử miễn phí",
        "Proposal sent",
        "Negotiation",
        "Won",
        "Lost",
    ]
    assert table.item(2, 4).text() == "2"
    changes = _stored(paths, lambda uow: uow.session.query(DealStageChange).count())
    assert changes == 2
    assert not msgbox.of_kind("warning")

    # the last Won stage is kept, with a message that says why
    _select(qtbot, table, 4)
    msgbox.choose_answer = 0  # "Remove" in the question
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("warning")))
    assert "at least one won stage" in msgbox.of_kind("warning")[0].text
    assert "Won" in _names(table)


def test_lost_reasons_are_added_renamed_and_deactivated(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths
) -> None:
    _prepare(paths, count=0)
    gui = start()
    box = _open_settings(qtbot, gui).pipeline_box
    reasons = box.reason_list
    qtbot.waitUntil(lambda: reasons.count() == 5)
    qtbot.mouseClick(box.new_reason, Qt.MouseButton.LeftButton)
    type_text(box.new_reason, "Giao hàng chậm")
    qtbot.mouseClick(box.add_reason_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reasons.count() == 6)
    assert reasons.currentItem().text() == "Giao hàng chậm"
    qtbot.mouseClick(box.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.active_button.text() == "Offer again")
    from desktop_crm.services import pipeline_admin

    stored = _stored(paths, lambda uow: pipeline_admin.list_lost_reasons(uow))
    assert [(r.name, r.is_active) for r in stored][-1] == ("Giao hàng chậm", False)
    assert reasons.item(5).font().strikeOut()


def test_care_plan_is_edited_and_saved(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths, msgbox: FakeMsgBox
) -> None:
    _prepare(paths, count=0)
    gui = start()
    box = _open_settings(qtbot, gui).care_box
    qtbot.waitUntil(box.isEnabled)
    assert box.table.rowCount() == 2
    assert box._subject(0).text() == "Thank-you call"  # the window's language is English

    # first step: 3 days instead of 2
    days = box._days(0)
    qtbot.mouseClick(days, Qt.MouseButton.LeftButton)
    qtbot.keyClick(days, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(days, "3")
    assert days.value() == 3

    # a new step: a visit after 37 days, with a Vietnamese subject
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert box.table.rowCount() == 3
    kind = box._type_combo(2)
    kind.setFocus()
    kind.setCurrentIndex(kind.findData("visit"))
    subject = box._subject(2)
    type_text(subject, "Thăm khách hàng")

    # an empty subject is refused with a message naming the step
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("warning")))
    assert "Step 4" in msgbox.of_kind("warning")[0].text
    # remove it again: its row is selected
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert box.table.rowCount() == 3

    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.text() == "Saved.")
    stored = _stored(paths, lambda uow: care_plan.get_plan(uow, "en"))
    assert stored == (
        CareStep(3, "call", "Thank-you call"),
        CareStep(30, "call", "Satisfaction check"),
        CareStep(37, "visit", "Thăm khách hàng"),
    )
