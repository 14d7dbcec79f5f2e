"""Ctrl+K search as a user meets it: open with the keyboard, type, move, open a record."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop_crm.services import contacts
from desktop_crm.services.contacts import AccountInput, ContactInput, Labeled
from desktop_crm.store.database import Database
from tests.ui.helpers import type_text


def _fill(db: Database) -> dict[str, str]:
    with db.uow() as uow:
        dong_a = contacts.create_account(
            uow, AccountInput(name="Công ty TNHH Thương mại Đông Á", tax_code="0100101072")
        ).id
    ids = {"dong_a": dong_a}
    for key, name, phone in (
        ("duong", "Nguyễn Thị Ánh Dương", "0903 123 456"),
        ("duong2", "Nguyễn Thị Ánh Dưỡng", "0903 999 888"),
        ("duc", "Trần Minh Đức", "0912 000 111"),
    ):
        with db.uow() as uow:
            ids[key] = contacts.create_contact(
                uow,
                ContactInput(full_name=name, account_id=dong_a, phones=(Labeled(phone),)),
            ).id
    return ids


@pytest.fixture
def opened(
    qtbot: QtBot, start: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> tuple[Any, dict[str, str], list[tuple[str, str]]]:
    """A started window with people in the database, whose ``open_record`` is recorded."""
    gui = start()
    ids = _fill(gui.ctx.db)
    window = gui.window
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "open_record", lambda kind, ref: calls.append((kind, ref)))
    return window, ids, calls


def _press_ctrl_k(qtbot: QtBot, widget: Any) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)


def _results(popup: Any) -> list[tuple[str, str]]:
    items = [popup.results.item(row) for row in range(popup.results.count())]
    return [(item.text().split("\n")[0], item.text().split("\n")[1]) for item in items]


def _wait_for_titles(qtbot: QtBot, popup: Any, titles: list[str]) -> None:
    def shown() -> None:
        assert [title for title, _ in _results(popup)] == titles

    qtbot.waitUntil(shown, timeout=5_000)


def test_ctrl_k_is_in_the_go_menu(start: Callable[..., Any]) -> None:
    window = start().window
    action = window.search_popup.action
    assert action in window.go_menu.actions()
    assert action.text() == "&Search…"
    assert action.shortcut() == QKeySequence("Ctrl+K")
    assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


def test_type_vietnamese_move_and_open_with_the_keyboard(
    qtbot: QtBot, opened: tuple[Any, dict[str, str], list[tuple[str, str]]]
) -> None:
    window, ids, calls = opened
    popup = window.search_popup
    assert not popup.isVisible()
    _press_ctrl_k(qtbot, window)
    qtbot.waitUntil(popup.isVisible)
    assert popup.edit.hasFocus() or popup.edit.isVisible()
    assert popup.status.text().startswith("Type a name")

    type_text(popup.edit, "Ánh Dư")
    _wait_for_titles(qtbot, popup, ["Nguyễn Thị Ánh Dương", "Nguyễn Thị Ánh Dưỡng"])
    first_line = _results(popup)[0][1]
    assert first_line.startswith("Contact · Công ty TNHH Thương mại Đông Á · 0903 123 456")
    assert popup.results.currentRow() == 0

    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    assert popup.results.currentRow() == 1
    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)  # stays on the last
    assert popup.results.currentRow() == 1
    qtbot.keyClick(popup.edit, Qt.Key.Key_Up)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert calls == [("contact", ids["duong2"])]
    assert not popup.isVisible()


def test_phone_keyboard_typing_without_diacritics(
    qtbot: QtBot, opened: tuple[Any, dict[str, str], list[tuple[str, str]]]
) -> None:
    window, ids, calls = opened
    popup = window.search_popup
    _press_ctrl_k(qtbot, window.current_page())  # from a page, not only the window
    qtbot.waitUntil(popup.isVisible)
    type_text(popup.edit, "nguyen thi anh duong")
    _wait_for_titles(qtbot, popup, ["Nguyễn Thị Ánh Dương", "Nguyễn Thị Ánh Dưỡng"])
    qtbot.keyClick(popup.edit, Qt.Key.Key_Enter)
    assert calls == [("contact", ids["duong"])]

    _press_ctrl_k(qtbot, window)  # again: the last query is selected, typing replaces it
    qtbot.waitUntil(popup.isVisible)
    assert popup.edit.selectedText() == "nguyen thi anh duong"
    popup.edit.clear()
    type_text(popup.edit, "duc")
    _wait_for_titles(qtbot, popup, ["Trần Minh Đức"])
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert calls[-1] == ("contact", ids["duc"])


def test_phone_company_and_tax_code_with_kind_labels(
    qtbot: QtBot, opened: tuple[Any, dict[str, str], list[tuple[str, str]]]
) -> None:
    window, ids, calls = opened
    popup = window.search_popup
    _press_ctrl_k(qtbot, window)
    qtbot.waitUntil(popup.isVisible)
    type_text(popup.edit, "+84 903 123")
    _wait_for_titles(qtbot, popup, ["Nguyễn Thị Ánh Dương"])

    popup.edit.clear()
    type_text(popup.edit, "đông á")
    _wait_for_titles(
        qtbot,
        popup,
        [
            "Công ty TNHH Thương mại Đông Á",
            "Nguyễn Thị Ánh Dương",
            "Nguyễn Thị Ánh Dưỡng",
            "Trần Minh Đức",
        ],
    )
    assert _results(popup)[0][1].startswith("Company · 0100101072")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert calls == [("account", ids["dong_a"])]


def test_enter_right_after_typing_waits_for_the_results(
    qtbot: QtBot, opened: tuple[Any, dict[str, str], list[tuple[str, str]]]
) -> None:
    window, ids, calls = opened
    popup = window.search_popup
    _press_ctrl_k(qtbot, window)
    qtbot.waitUntil(popup.isVisible)
    type_text(popup.edit, "0912")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # before the debounce fired
    assert calls == []
    _wait_for_titles(qtbot, popup, ["Trần Minh Đức"])
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert calls == [("contact", ids["duc"])]


def test_escape_closes_and_nothing_found_says_so(
    qtbot: QtBot, opened: tuple[Any, dict[str, str], list[tuple[str, str]]]
) -> None:
    window, _ids, calls = opened
    popup = window.search_popup
    _press_ctrl_k(qtbot, window)
    qtbot.waitUntil(popup.isVisible)
    type_text(popup.edit, 'zz"q*')
    qtbot.waitUntil(lambda: popup.status.text() == 'Nothing found for “zz"q*”.')
    assert popup.results.count() == 0
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # nothing to open
    qtbot.keyClick(popup.edit, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert calls == []


def test_a_click_opens_the_record(
    qtbot: QtBot, opened: tuple[Any, dict[str, str], list[tuple[str, str]]]
) -> None:
    window, ids, calls = opened
    popup = window.search_popup
    _press_ctrl_k(qtbot, window)
    qtbot.waitUntil(popup.isVisible)
    type_text(popup.edit, "tran minh")
    _wait_for_titles(qtbot, popup, ["Trần Minh Đức"])
    rect = popup.results.visualItemRect(popup.results.item(0))
    qtbot.mouseClick(popup.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert calls == [("contact", ids["duc"])]


def test_a_database_without_index_gets_one_at_start(
    qtbot: QtBot, start: Callable[..., Any]
) -> None:
    gui = start()
    ids = _fill(gui.ctx.db)
    gui.shutdown()
    # Now as a database made before the index existed: records, no index.
    with sqlite3.connect(gui.ctx.paths.db_path) as conn:
        conn.execute("DELETE FROM search_docs")
        conn.execute("DELETE FROM search_fts")
    gui = start()
    popup = gui.window.search_popup
    qtbot.waitUntil(lambda: not gui.runner.running() and not popup.index_building, timeout=10_000)
    _press_ctrl_k(qtbot, gui.window)
    qtbot.waitUntil(popup.isVisible)
    type_text(popup.edit, "duc")
    _wait_for_titles(qtbot, popup, ["Trần Minh Đức"])
    assert ids["duc"] == popup.hits[0].id
