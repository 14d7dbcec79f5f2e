"""The Care page as a user meets it: an overdue case stands out; a case is opened by typing,
worked (two messages, in progress, waiting on the customer), resolved with a CSAT score and a
comment, and shows up resolved in the list and on the customer's timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_crm.paths import AppPaths
from desktop_crm.services import care_cases, customer_view
from desktop_crm.services.care_cases import CaseInput
from desktop_crm.store.database import Database
from desktop_crm.ui.care import models as care_models
from desktop_crm.ui.care.dialogs import NewCaseDialog, ResolveDialog
from desktop_crm.ui.care.models import COLUMNS, OVERDUE_COLOR
from desktop_crm.ui.pages.care import CarePage
from tests.quote_fixtures import CUSTOMER, seed_parties
from tests.ui.helpers import FakeMsgBox, type_text

NOW = dt.datetime.now(dt.UTC)
SUBJECT = "Điều hòa chảy nước sau bảo hành"
LATE = "Mất điện toàn xưởng"


@pytest.fixture
def care_data(paths: AppPaths) -> dict[str, str]:
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        ids = seed_parties(db)
        with db.uow() as uow:
            # urgent: due 4 hours after it was opened, 7 hours ago
            late = care_cases.create_case(
                uow,
                CaseInput(LATE, priority="urgent", channel="phone", account_id=ids["account"]),
                NOW - dt.timedelta(hours=7, minutes=10),
            )
        with db.uow() as uow:
            care_cases.create_case(
                uow,
                CaseInput("Hỏi giá bảo trì", priority="low", account_id=ids["account"]),
                NOW,
            )
        ids["late"] = late.id
        return ids
    finally:
        db.close()


def _open(qtbot: QtBot, start: Callable[..., Any]) -> tuple[Any, CarePage]:
    gui = start()
    window = gui.window
    page: CarePage = window.care_page
    window.select_page(window.pages.index(page))
    _settled(qtbot, gui, page)
    return gui, page


def _settled(qtbot: QtBot, gui: Any, page: CarePage) -> None:
    qtbot.waitUntil(lambda: not page.model.is_loading and not gui.runner.running(), timeout=10_000)


def _row(page: CarePage, subject: str) -> int:
    column = COLUMNS.index("subject")
    for row in range(page.model.rowCount()):
        if page.model.index(row, column).data() == subject:
            return row
    raise AssertionError(f"{subject!r} is not in the list")


def _cell(page: CarePage, row: int, column: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return page.model.index(row, COLUMNS.index(column)).data(role)


def _click(qtbot: QtBot, widget: Any) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_an_overdue_case_stands_out(
    qtbot: QtBot, care_data: dict[str, str], start: Callable[..., Any], qtmodeltester: Any
) -> None:
    _gui, page = _open(qtbot, start)
    assert page.model.total == 2
    late = _row(page, LATE)
    assert late == 0  # the most urgent first
    due = _cell(page, late, "due")
    assert "overdue by 3 h" in due
    font = _cell(page, late, "subject", Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    brush = _cell(page, late, "customer", Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == OVERDUE_COLOR
    calm = _row(page, "Hỏi giá bảo trì")
    assert "overdue" not in _cell(page, calm, "due")
    assert _cell(page, calm, "subject", Qt.ItemDataRole.FontRole) is None
    assert _cell(page, calm, "priority") == "Low"
    assert _cell(page, late, "customer") == CUSTOMER
    qtmodeltester.check(page.model)
    # "Overdue only" keeps the late one
    page.overdue_check.click()
    _settled(qtbot, _gui, page)
    assert page.model.rowCount() == 1 and _cell(page, 0, "subject") == LATE
    assert page.count_label.text().startswith("1 case")


def test_the_list_pages_lazily(
    qtbot: QtBot,
    care_data: dict[str, str],
    start: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(care_models, "PAGE_SIZE", 1)
    gui, page = _open(qtbot, start)
    assert page.model.total == 2
    while page.model.canFetchMore():
        page.model.fetchMore()
        _settled(qtbot, gui, page)
    assert page.model.rowCount() == 2


def test_open_work_and_resolve_a_case(
    qtbot: QtBot, care_data: dict[str, str], start: Callable[..., Any], paths: AppPaths
) -> None:
    gui, page = _open(qtbot, start)
    # -- a new case, typed
    _click(qtbot, page.new_button)
    dialog = page.active_dialog
    assert isinstance(dialog, NewCaseDialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    type_text(dialog.subject_edit, SUBJECT)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    _click(qtbot, ok)
    qtbot.waitUntil(dialog.error_label.isVisible)  # no customer yet
    assert "customer" in dialog.error_label.text()
    type_text(dialog.customer_combo.lineEdit(), "dong a")
    qtbot.waitUntil(lambda: dialog.customer_combo.count() == 1, timeout=5_000)
    dialog.customer_combo.hidePopup()
    dialog.customer_combo.setCurrentIndex(0)
    dialog.customer_combo.activated.emit(0)  # what a click on the entry sends
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findText("Warranty"))
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findText("Zalo"))
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findText("High"))
    dialog.description_edit.setFocus()
    type_text(dialog.description_edit, "Máy lạnh phòng họp chảy nước")
    _click(qtbot, ok)
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=5_000)
    _settled(qtbot, gui, page)
    panel = page.detail
    assert panel.subject_label.text() == SUBJECT
    assert panel.fields["status"].text() == "New"
    assert panel.fields["priority"].text() == "High"
    assert panel.fields["category"].text() == "Warranty"
    assert panel.customer_button.text() == CUSTOMER
    assert page.model.total == 3
    row = _row(page, SUBJECT)
    assert _cell(page, row, "channel") == "Zalo" and _cell(page, row, "status") == "New"
    assert page.table.selectionModel().isRowSelected(row)

    # -- two messages, one from the customer and our answer
    assert not panel.move_buttons["waiting_on_customer"].isVisible()
    assert not panel.move_buttons["closed"].isVisible()
    panel.message_edit.setFocus()
    type_text(panel.message_edit, "Nước vẫn nhỏ giọt từ dàn lạnh")
    panel.direction_combo.setCurrentIndex(panel.direction_combo.findText("From the customer"))
    _click(qtbot, panel.add_button)
    _settled(qtbot, gui, page)
    assert panel.message_edit.toPlainText() == ""
    assert panel.fields["response"].text().startswith("expected by")
    type_text(panel.message_edit, "Chiều nay kỹ thuật viên sẽ qua kiểm tra")
    panel.direction_combo.setCurrentIndex(panel.direction_combo.findText("To the customer"))
    panel.channel_combo.setCurrentIndex(panel.channel_combo.findText("Phone"))
    _click(qtbot, panel.add_button)
    _settled(qtbot, gui, page)
    log = panel.log_texts()
    assert len(log) == 2
    assert "Zalo · From the customer" in log[0] and log[0].endswith("Nước vẫn nhỏ giọt từ dàn lạnh")
    assert "Phone · To the customer" in log[1]
    assert log[1].endswith("Chiều nay kỹ thuật viên sẽ qua kiểm tra")
    assert not panel.fields["response"].text().startswith("expected")  # answered

    # -- in progress, waiting on the customer
    assert panel.move_buttons["in_progress"].text() == "Start work"
    _click(qtbot, panel.move_buttons["in_progress"])
    _settled(qtbot, gui, page)
    assert panel.fields["status"].text() == "In progress"
    _click(qtbot, panel.move_buttons["waiting_on_customer"])
    _settled(qtbot, gui, page)
    assert panel.fields["status"].text() == "Waiting on customer"
    assert _cell(page, _row(page, SUBJECT), "status") == "Waiting on customer"
    assert "status: In progress → Waiting on customer" in panel.log_texts()[-1]

    # -- resolved with CSAT 4 and a comment
    _click(qtbot, panel.move_buttons["resolved"])
    resolve = panel.active_dialog
    assert isinstance(resolve, ResolveDialog)
    _click(qtbot, resolve.score_buttons[4])
    resolve.comment_edit.setFocus()
    type_text(resolve.comment_edit, "Xử lý nhanh, nhân viên lịch sự")
    _click(qtbot, resolve.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: panel.active_dialog is None, timeout=5_000)
    _settled(qtbot, gui, page)
    assert panel.fields["status"].text() == "Resolved"
    assert panel.fields["csat"].text() == "★★★★☆ (4/5) — Xử lý nhanh, nhân viên lịch sự"
    assert panel.move_buttons["in_progress"].text() == "Reopen"
    assert panel.move_buttons["closed"].isVisible()
    row = _row(page, SUBJECT)
    assert _cell(page, row, "status") == "Resolved"
    assert row == page.model.rowCount() - 1  # finished cases come last

    # the database and the customer's timeline agree
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            case = care_cases.case_detail(uow, panel.detail.id if panel.detail else "")
            timeline = customer_view.timeline_page(uow, "account", care_data["account"])
    finally:
        db.close()
    assert case.csat_score == 4 and case.csat_comment == "Xử lý nhanh, nhân viên lịch sự"
    assert case.category == "warranty" and case.channel == "zalo" and case.priority == "high"
    kinds = [(e.kind, e.title) for e in timeline]
    assert ("care_resolved", SUBJECT) in kinds and ("care_opened", SUBJECT) in kinds

    # -- the customer's page opens from the panel and shows the resolution
    _click(qtbot, panel.customer_button)
    window = gui.window
    accounts = window.accounts_page
    assert window.current_page() is accounts and accounts.showing_detail()
    timeline = accounts.detail.timeline_model

    def resolved_on_top() -> None:
        assert timeline.rowCount() > 0
        entry = timeline.entry(0)
        assert (entry.kind, entry.title) == ("care_resolved", SUBJECT)

    qtbot.waitUntil(resolved_on_top, timeout=10_000)
    assert "Care case resolved" in timeline.index(0, 0).data()
    care_table = accounts.detail.care_table

    def subjects() -> list[str]:
        return [care_table.item(r, 0).text() for r in range(care_table.rowCount())]

    qtbot.waitUntil(lambda: SUBJECT in subjects(), timeout=10_000)
    row = subjects().index(SUBJECT)
    assert care_table.item(row, 1).text() == "Resolved"
    qtbot.waitUntil(lambda: not gui.runner.running(), timeout=10_000)


def test_a_comment_needs_a_score_and_the_dialog_stays_open(
    qtbot: QtBot, care_data: dict[str, str], start: Callable[..., Any]
) -> None:
    gui, page = _open(qtbot, start)
    page.table.selectRow(_row(page, LATE))
    panel = page.detail
    qtbot.waitUntil(lambda: panel.subject_label.text() == LATE, timeout=5_000)
    assert "overdue by 3 h" in panel.fields["due"].text()
    _click(qtbot, panel.move_buttons["resolved"])
    resolve = panel.active_dialog
    assert isinstance(resolve, ResolveDialog)
    assert resolve.no_score.isChecked()
    type_text(resolve.comment_edit, "Khách chưa trả lời")
    _click(qtbot, resolve.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(resolve.error_label.isVisible, timeout=5_000)
    assert "score" in resolve.error_label.text()
    assert resolve.isVisible()
    _click(qtbot, resolve.score_buttons[5])
    _click(qtbot, resolve.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: panel.active_dialog is None, timeout=5_000)
    _settled(qtbot, gui, page)
    assert panel.fields["csat"].text().startswith("★★★★★ (5/5)")
    # resolved: no longer overdue
    assert "overdue" not in _cell(page, _row(page, LATE), "due")


def test_targets_are_edited_in_settings(
    qtbot: QtBot,
    care_data: dict[str, str],
    start: Callable[..., Any],
    paths: AppPaths,
    msgbox: FakeMsgBox,
) -> None:
    gui = start()
    window = gui.window
    box = window.settings_page.care_targets_box
    window.select_page(window.pages.index(window.settings_page))
    qtbot.waitUntil(box.isEnabled, timeout=5_000)
    assert box.response["urgent"].value() == 1 and box.resolution["urgent"].value() == 4
    assert box.resolution["low"].value() == 168
    box.resolution["high"].setValue(10)
    box.response["high"].setValue(2)
    _click(qtbot, box.save_button)
    qtbot.waitUntil(lambda: box.status.text() == "Saved.", timeout=5_000)
    box.response["low"].setValue(200)  # after its resolution: refused, nothing saved
    _click(qtbot, box.save_button)
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("warning")), timeout=5_000)
    assert "first response" in msgbox.of_kind("warning")[0].text
    qtbot.waitUntil(box.save_button.isEnabled)
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            targets = care_cases.get_targets(uow)
            case = care_cases.create_case(
                uow, CaseInput("Hỏi", priority="high", account_id=care_data["account"]), NOW
            )
    finally:
        db.close()
    assert targets["high"] == care_cases.Target(2, 10)
    assert targets["low"] == care_cases.Target(24, 168)
    assert case.due_at == NOW + dt.timedelta(hours=10)
