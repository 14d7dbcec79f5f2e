"""Creating, editing and opening contacts as a user does, keyboard first, in Vietnamese;
duplicate hints while typing; logging a call with Ctrl+L; open_record for the search box."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop_crm.services import contacts
from desktop_crm.services.contacts import AccountInput, ContactInput
from desktop_crm.store.models import Deal
from desktop_crm.store.queries import count_live, default_pipeline, pipeline_stages
from desktop_crm.ui.contacts.editor import ContactDialog, parse_day
from desktop_crm.ui.contacts.log_activity import LogActivityDialog
from tests.ui.helpers import type_text

NAME = "Nguyễn Thị Ánh Dương"


def _closed(dialog: Any) -> bool:
    """Closed dialogs delete themselves: gone counts as closed."""
    return not isValid(dialog) or not dialog.isVisible()


def _activate(qtbot: QtBot, gui: Any) -> None:
    """The offscreen platform does not give the window back its activation after a dialog."""
    gui.window.activateWindow()
    qtbot.waitUntil(gui.window.isActiveWindow)


def _idle(qtbot: QtBot, gui: Any) -> None:
    qtbot.waitUntil(lambda: not gui.runner.running(), timeout=10_000)


def _new_contact(qtbot: QtBot, gui: Any, name: str, phone: str) -> ContactDialog:
    window = gui.window
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.contacts_page.dialog
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    assert window.current_page() is window.contacts_page
    type_text(dialog.name_edit, name)
    type_text(dialog.phones.edits[0], phone)
    return dialog


def test_create_a_contact_typing_vietnamese_then_edit_it(
    qtbot: QtBot, start: Callable[..., Any]
) -> None:
    gui = start()
    page = gui.window.contacts_page
    dialog = _new_contact(qtbot, gui, NAME, "0903 123 456")
    assert dialog.name_edit.text() == NAME
    qtbot.keyClick(dialog.phones.edits[0], Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: _closed(dialog), timeout=10_000)
    # The new contact's detail opens, and the list has it.
    assert page.showing_detail()
    qtbot.waitUntil(lambda: page.detail.name_label.text() == NAME, timeout=10_000)
    _idle(qtbot, gui)
    fields = page.detail.fields
    texts = [
        fields.itemAt(r, fields.ItemRole.FieldRole).widget().text()
        for r in range(fields.rowCount())
    ]
    assert "0903 123 456" in texts
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == [NAME]
    assert page.count_label.text() == "1 contact"
    phone_column = page.model.columns.index("phone")
    assert page.model.index(0, phone_column).data() == "0903 123 456"

    # Edit: F2 on the detail, a job title typed, Enter.
    _activate(qtbot, gui)
    page.detail.setFocus()
    qtbot.keyClick(page.detail, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ContactDialog) and page.dialog is not dialog)
    editor = page.dialog
    assert editor.name_edit.text() == NAME and editor.record is not None
    assert editor.phones.edits[0].text() == "0903 123 456"
    type_text(editor.title_edit, "Trưởng phòng kinh doanh")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _closed(editor), timeout=10_000)
    _idle(qtbot, gui)
    with gui.ctx.db.uow() as uow:
        (stored,) = [contacts.get_contact(uow, page.detail.record_id)]
    assert stored.title == "Trưởng phòng kinh doanh" and stored.phones[0].value == "+84903123456"
    assert stored.given_name == "Dương"

    # Esc goes back to the list.
    _activate(qtbot, gui)
    qtbot.keyClick(page.detail.timeline, Qt.Key.Key_Escape)
    assert not page.showing_detail()


def test_invalid_values_are_explained_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, start: Callable[..., Any]
) -> None:
    gui = start()
    page = gui.window.contacts_page
    dialog = _new_contact(qtbot, gui, "", "12345")
    qtbot.keyClick(dialog.phones.edits[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors["full_name"].isVisible(), timeout=10_000)
    assert dialog.errors["full_name"].text() == "A name is required."
    type_text(dialog.name_edit, "Trần Văn Bình")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors["phone"].isVisible(), timeout=10_000)
    assert "12345" in dialog.errors["phone"].text()
    assert not dialog.errors["full_name"].isVisible()
    type_text(dialog.birthday_edit, "31/02/1990")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors["birthday"].isVisible())
    assert dialog.isVisible()
    _idle(qtbot, gui)
    with gui.ctx.db.uow() as uow:
        assert count_live(uow.session, contacts.Contact) == 0
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)  # Esc cancels
    assert _closed(dialog)
    assert not page.showing_detail()


def test_typed_dates_are_read_day_first() -> None:
    assert parse_day("23/11/1990") == dt.date(1990, 11, 23)
    assert parse_day("3.4.85") == dt.date(1985, 4, 3)
    assert parse_day("1990-11-23") == dt.date(1990, 11, 23)
    assert parse_day("  ") is None


def test_a_known_phone_shows_a_duplicate_hint_that_opens_the_existing_contact(
    qtbot: QtBot, start: Callable[..., Any]
) -> None:
    gui = start()
    with gui.ctx.db.uow() as uow:
        company = contacts.create_account(uow, AccountInput(name="Công ty TNHH Đông Á"))
        known = contacts.create_contact(
            uow,
            ContactInput(
                full_name=NAME, account_id=company.id, phones=(contacts.Labeled("0903123456"),)
            ),
        )
    page = gui.window.contacts_page
    dialog = _new_contact(qtbot, gui, "Chị Dương", "+84 903 123 456")
    qtbot.waitUntil(lambda: bool(dialog.hint_buttons), timeout=10_000)
    assert dialog.hints_box.isVisible()
    assert [(h.contact_id, h.reason) for h in dialog.hints] == [(known.id, "phone")]
    label = dialog.hints_box.findChild(type(dialog.hints_title), "duplicateHint")
    assert NAME in label.text() and "0903 123 456" in label.text()
    qtbot.mouseClick(dialog.hint_buttons[0], Qt.MouseButton.LeftButton)
    assert _closed(dialog)
    assert page.showing_detail() and page.detail.record_id == known.id
    qtbot.waitUntil(lambda: page.detail.name_label.text() == NAME, timeout=10_000)
    _idle(qtbot, gui)
    with gui.ctx.db.uow() as uow:
        assert count_live(uow.session, contacts.Contact) == 1  # nothing new was saved


def test_log_a_call_with_ctrl_l_and_see_it_on_top_of_the_timeline(
    qtbot: QtBot, start: Callable[..., Any]
) -> None:
    gui = start()
    with gui.ctx.db.uow() as uow:
        person = contacts.create_contact(uow, ContactInput(full_name=NAME))
    window = gui.window
    window.open_record("contact", person.id)
    page = window.contacts_page
    assert window.current_page() is page and page.showing_detail()
    qtbot.waitUntil(lambda: page.detail.timeline_model.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, LogActivityDialog) and dialog.isVisible()
    assert dialog.type_combo.currentData() == "call"
    type_text(dialog.subject_edit, "Gọi hỏi giá máy lọc nước")
    type_text(dialog.outcome_edit, "Khách hẹn tuần sau")
    type_text(dialog.next_edit, "Gửi báo giá")
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=10_000)
    model = page.detail.timeline_model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10_000)
    top = model.entry(0)
    assert (top.kind, top.title, top.detail) == (
        "call",
        "Gọi hỏi giá máy lọc nước",
        "Khách hẹn tuần sau",
    )
    assert (
        model.index(0, 0).data().splitlines()[1] == "Gọi hỏi giá máy lọc nước — Khách hẹn tuần sau"
    )
    follow = model.entry(1)
    assert follow.kind == "task" and follow.open and follow.due_at is not None
    assert follow.due_at.astimezone().date() == dt.date.today() + dt.timedelta(days=1)
    # Filtered by type: only the call.
    page.detail.timeline_filter.setCurrentIndex(page.detail.timeline_filter.findData("call"))
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.is_loading)
    assert model.entry(0).kind == "call"


def test_open_record_of_a_deal_opens_the_deal_page_that_links_to_its_customer(
    qtbot: QtBot, start: Callable[..., Any]
) -> None:
    gui = start()
    with gui.ctx.db.uow() as uow:
        company = contacts.create_account(uow, AccountInput(name="Công ty Đông Á"))
    with gui.ctx.db.uow() as uow:
        pipeline = default_pipeline(uow.session)
        assert pipeline is not None
        stage = pipeline_stages(uow.session, pipeline)[0]
        deal = Deal(
            title="Máy lọc nước",
            pipeline_id=pipeline.id,
            stage_id=stage.id,
            account_id=uuid.UUID(company.id),
            amount=Decimal("12500000"),
        )
        uow.session.add(deal)
        uow.session.flush()
        deal_id = str(deal.id)
        uow.commit()
    window = gui.window
    window.open_record("deal", deal_id)
    deal_page = window.deal_nav.page
    assert window.current_page() is deal_page
    qtbot.waitUntil(lambda: deal_page.view is not None, timeout=10_000)
    qtbot.mouseClick(deal_page.account_link, Qt.MouseButton.LeftButton)
    page = window.accounts_page
    qtbot.waitUntil(lambda: page.showing_detail() and page.detail.view is not None, timeout=10_000)
    assert window.current_page() is page
    table = page.detail.open_deals_table
    assert table.item(0, 0).text() == "Máy lọc nước"
    assert table.item(0, 2).text() == "₫12,500,000"
    _idle(qtbot, gui)
    QApplication.processEvents()
