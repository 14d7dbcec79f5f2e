"""Settings > Quotes as a user meets it: the number pattern with its live preview, the
defaults of a new quote, and a refused pattern."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_crm.paths import AppPaths
from desktop_crm.services import quotes
from desktop_crm.services.quotes import QuoteInput
from desktop_crm.store.database import Database
from desktop_crm.ui.settings_quotes import QuoteSettingsBox
from tests.quote_fixtures import NOW, sample_lines, seed_parties
from tests.ui.helpers import type_text


def _box(qtbot: QtBot, gui: Any) -> QuoteSettingsBox:
    window = gui.window
    window.select_page(window.pages.index(window.settings_page))
    box: QuoteSettingsBox = window.settings_page.quote_box
    qtbot.waitUntil(lambda: box.isEnabled() and not box.preview_loading, timeout=10_000)
    return box


def _retype(qtbot: QtBot, box: QuoteSettingsBox, pattern: str) -> None:
    box.pattern_edit.setFocus()
    box.pattern_edit.selectAll()
    qtbot.keyClick(box.pattern_edit, Qt.Key.Key_Delete)
    type_text(box.pattern_edit, pattern)


def test_pattern_preview_save_and_the_next_quote_number(
    qtbot: QtBot, paths: AppPaths, start: Callable[..., Any]
) -> None:
    db = Database.open(paths.db_path, paths.backup_dir)
    ids = seed_parties(db)
    gui = start()
    box = _box(qtbot, gui)
    today = dt.date.today()
    assert box.pattern_edit.text() == quotes.DEFAULT_PATTERN
    assert re.fullmatch(rf"BG-{today.year}-0001-[0-9a-f]{{4}}", box.preview_label.text())
    assert "laptop" in box.pattern_note.text()
    device = box.preview_label.text()[-4:]

    _retype(qtbot, box, "QT-{yy}{month}-{seq:03}")
    expected = f"QT-{today:%y%m}-001-{device}"
    qtbot.waitUntil(lambda: box.preview_label.text() == expected, timeout=5_000)
    assert not box.pattern_error.isVisibleTo(box)

    box.validity_spin.setFocus()
    box.validity_spin.selectAll()
    type_text(box.validity_spin, "45")
    box.payment_edit.setFocus()
    type_text(box.payment_edit, "Thanh toán 100% trong 30 ngày")
    box.delivery_edit.setFocus()
    type_text(box.delivery_edit, "Giao tại kho Bình Dương")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.text() == "Saved.", timeout=5_000)

    with db.uow() as uow:
        assert quotes.get_pattern(uow) == "QT-{yy}{month}-{seq:03}"
        defaults = quotes.get_defaults(uow)
    assert defaults.validity_days == 45
    assert defaults.payment_terms == "Thanh toán 100% trong 30 ngày"
    assert defaults.delivery_terms == "Giao tại kho Bình Dương"
    with db.uow() as uow:
        record = quotes.create_quote(
            uow,
            QuoteInput(issue_date=today, deal_id=ids["deal"], lines=sample_lines(ids)),
            NOW,
            ids["user"],
        )
    assert record.number == expected
    # The preview moves on to the number after it.
    _retype(qtbot, box, "QT-{yy}{month}-{seq:03}")
    qtbot.waitUntil(
        lambda: box.preview_label.text() == f"QT-{today:%y%m}-002-{device}", timeout=5_000
    )
    db.close()


def test_an_invalid_pattern_is_explained_and_not_saved(
    qtbot: QtBot, paths: AppPaths, start: Callable[..., Any]
) -> None:
    gui = start()
    box = _box(qtbot, gui)
    _retype(qtbot, box, "{foo}")
    qtbot.waitUntil(lambda: box.pattern_error.isVisibleTo(box), timeout=5_000)
    assert box.pattern_error.text() == (
        "The number pattern knows {year}, {yy}, {month}, {seq} and {device}, not {foo}."
    )
    assert box.preview_label.text() == ""
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert box.status.text() == ""
    assert box.focusWidget() is box.pattern_edit
    with gui.ctx.db.uow() as uow:
        assert quotes.get_pattern(uow) == quotes.DEFAULT_PATTERN

    _retype(qtbot, box, "BG-{year}")
    qtbot.waitUntil(lambda: "exactly one {seq}" in box.pattern_error.text(), timeout=5_000)
    _retype(qtbot, box, "BG-{year}-{seq:04}")
    qtbot.waitUntil(lambda: not box.pattern_error.isVisibleTo(box), timeout=5_000)
    qtbot.waitUntil(lambda: box.preview_label.text().startswith("BG-"), timeout=5_000)
