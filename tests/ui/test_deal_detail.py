"""The deal page as a user sees it: open a deal, read its figures and history, override the
probability and reset it, log a call with Ctrl+L, follow the customer link and come back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop_crm.ui.contacts.log_activity import LogActivityDialog
from desktop_crm.ui.contacts.models import ID_ROLE
from tests.ui.helpers import type_text
from tests.unit.test_deal_view import NOW, make_deal


def _idle(qtbot: QtBot, gui: Any) -> None:
    qtbot.waitUntil(lambda: not gui.runner.running(), timeout=10_000)


def test_open_a_deal_change_its_probability_log_a_call_and_visit_its_customer(
    qtbot: QtBot, start: Callable[..., Any]
) -> None:
    gui = start()
    made = make_deal(gui.ctx.db)
    window = gui.window
    page = window.deal_nav.page
    page.clock = lambda: NOW
    contacts_page = window.current_page()
    window.open_record("deal", made.deal)
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    assert page.title_label.text() == "Hệ thống lọc nước"
    assert page.amount_label.text() == "₫12,345,679"
    assert page.stage_chip.text() == made.stages[2]
    assert page.history_table.rowCount() == 3
    assert [page.history_table.item(r, 2).text() for r in range(3)] == made.stages[:3]
    assert page.history_table.item(2, 4).text() == "6"
    assert ": 5 day" in page.current_stage_label.text()
    assert page.weighted_label.text() == "Weighted: ₫6,172,839"
    assert page.products_table.rowCount() == 3 and page.people_table.rowCount() == 2

    # Override the probability: type 60 and press Enter; then back to the stage default.
    qtbot.mouseClick(page.probability_edit, Qt.MouseButton.LeftButton)
    page.probability_edit.selectAll()
    qtbot.keyClicks(page.probability_edit, "60")
    qtbot.keyClick(page.probability_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.weighted_label.text() == "Weighted: ₫7,407,407", timeout=10_000)
    assert "set by hand" in page.probability_label.text()
    assert page.reset_probability_button.isEnabled()
    qtbot.mouseClick(page.reset_probability_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.weighted_label.text() == "Weighted: ₫6,172,839", timeout=10_000)
    assert page.probability_edit.text() == "50"
    assert not page.reset_probability_button.isEnabled()
    # A typing mistake is explained and nothing changes.
    page.probability_edit.selectAll()
    qtbot.keyClicks(page.probability_edit, "150")
    qtbot.keyClick(page.probability_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(page.probability_error.isVisible, timeout=10_000)
    _idle(qtbot, gui)
    assert page.weighted_label.text() == "Weighted: ₫6,172,839"

    # Ctrl+L logs a call for the deal: it shows at the top of the activities.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, LogActivityDialog) and dialog.isVisible()
    assert dialog.deal_id == made.deal
    type_text(dialog.subject_edit, "Gọi chốt giá")
    type_text(dialog.outcome_edit, "Khách đồng ý")
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: page.activities_table.rowCount() == 4, timeout=10_000)
    assert page.activities_table.item(0, 1).text() == "Call"
    assert page.activities_table.item(0, 2).text() == "Gọi chốt giá"
    assert page.activities_table.item(0, 3).text() == "Khách đồng ý"

    # The customer link opens the account; its deal row brings the deal back.
    assert page.account_link.text() == "Công ty Ánh Dương"
    qtbot.mouseClick(page.account_link, Qt.MouseButton.LeftButton)
    accounts = window.accounts_page
    assert window.current_page() is accounts
    qtbot.waitUntil(
        lambda: accounts.showing_detail() and accounts.detail.view is not None, timeout=10_000
    )
    table = accounts.detail.open_deals_table
    assert table.item(0, 0).text() == "Hệ thống lọc nước"
    assert table.item(0, 0).data(ID_ROLE) == made.deal
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page() is page and page.deal_id == made.deal
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    # Alt+Left goes back to where the deal was opened from: the account.
    window.activateWindow()  # offscreen does not give it back after the dialog
    qtbot.waitUntil(window.isActiveWindow)
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is accounts
    # And the Back button of a deal opened from the first page returns there.
    window.select_page(window.pages.index(contacts_page))
    window.open_record("deal", made.deal)
    assert window.current_page() is page
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is contacts_page
    _idle(qtbot, gui)
