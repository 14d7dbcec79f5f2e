"""The Quotes page as a user meets it: counts by status, the lazy list of quotes, its status
filter and search, earlier versions, opening a quote, and quotes that expire on their own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from desktop_crm.paths import AppPaths
from desktop_crm.services import quotes
from desktop_crm.services.demo import build_demo
from desktop_crm.services.quotes import QuoteInput
from desktop_crm.store.database import Database
from desktop_crm.store.quote_queries import QuoteFilter
from desktop_crm.ui.pages import quotes as quotes_page
from desktop_crm.ui.pages.quotes import COLUMNS, QuotesPage
from tests.quote_fixtures import CUSTOMER, sample_lines, seed_parties
from tests.ui.helpers import type_text

NOW = dt.datetime.now(dt.UTC)
TODAY = dt.date.today()


@pytest.fixture
def demo_paths(paths: AppPaths) -> AppPaths:
    db = Database.open(paths.db_path, paths.backup_dir)
    build_demo(db, "small", seed=1, as_of=TODAY)
    db.close()
    return paths


def _open(qtbot: QtBot, gui: Any) -> QuotesPage:
    window = gui.window
    page: QuotesPage = window.quotes_page
    window.select_page(window.pages.index(page))
    _settled(qtbot, page)
    return page


def _settled(qtbot: QtBot, page: QuotesPage) -> None:
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=10_000)


def _column(page: QuotesPage, name: str) -> list[str]:
    column = COLUMNS.index(name)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def _count(paths: AppPaths, flt: QuoteFilter) -> int:
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            return quotes.quote_count(uow, flt)
    finally:
        db.close()


def test_the_list_pages_lazily_and_passes_qtmodeltester(
    qtbot: QtBot,
    demo_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    start: Callable[..., Any],
    qtmodeltester: Any,
) -> None:
    monkeypatch.setattr(quotes_page, "PAGE_SIZE", 7)
    gui = start()
    page = _open(qtbot, gui)
    model = page.model
    total = _count(demo_paths, QuoteFilter())
    assert total > 14
    assert model.total == total
    # The view reads pages only as long as its viewport is not full: not every quote.
    first = model.rowCount()
    assert first % 7 == 0 and 7 <= first < total
    assert page.count_label.text().startswith(f"{total} quote")  # plural: once merged
    every_version = _count(demo_paths, QuoteFilter(latest_only=False))
    assert page.quotes_label.text() == f"{every_version} quotes"  # the snapshot counts versions
    assert "catalogue" in page.products_label.text()
    assert model.canFetchMore()
    page.table.scrollToBottom()  # the user scrolls down: one more page
    qtbot.waitUntil(lambda: model.rowCount() > first, timeout=5_000)
    _settled(qtbot, page)
    assert model.rowCount() % 7 == 0 and model.rowCount() <= total
    while model.canFetchMore():
        model.fetchMore()
        _settled(qtbot, page)
    assert model.rowCount() == total
    qtmodeltester.check(model, force_py=True)
    dates = [model.row_at(r).issue_date for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    # Totals are money in the quote's currency, right-aligned; statuses are words.
    row = model.row_at(0)
    total_cell = model.index(0, COLUMNS.index("total"))
    assert total_cell.data() == quotes_page.format_money(row.total, row.currency)
    assert total_cell.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert set(_column(page, "status")) <= {"Draft", "Sent", "Accepted", "Rejected", "Expired"}


def test_status_filter_search_and_earlier_versions_narrow_the_list(
    qtbot: QtBot, demo_paths: AppPaths, start: Callable[..., Any]
) -> None:
    gui = start()
    page = _open(qtbot, gui)
    everything = page.model.total
    combo = page.status_combo
    assert combo.itemText(0) == "All statuses"
    combo.setCurrentIndex(combo.findText("Accepted"))
    _settled(qtbot, page)
    accepted = _count(demo_paths, QuoteFilter(status="accepted"))
    assert 0 < accepted < everything
    assert page.model.total == accepted
    assert set(_column(page, "status")) == {"Accepted"}
    combo.setCurrentIndex(0)
    _settled(qtbot, page)
    assert page.model.total == everything

    # Search by a Vietnamese customer name, typed as a user types it.
    customer = page.model.row_at(0).customer
    word = customer.split()[-1]
    assert not word.isascii() or len(word) > 2
    page.search_edit.setFocus()
    type_text(page.search_edit, word)
    qtbot.waitUntil(lambda: page.model.filter.text == word, timeout=5_000)
    _settled(qtbot, page)
    found = _column(page, "customer")
    assert found and all(word in name for name in found)
    assert len(found) < everything
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.filter.text is None, timeout=5_000)
    _settled(qtbot, page)

    # Earlier versions of revised quotes appear only when asked for.
    with_versions = _count(demo_paths, QuoteFilter(latest_only=False))
    assert with_versions > everything  # the demo revises some quotes
    page.versions_check.click()
    _settled(qtbot, page)
    assert page.model.total == with_versions
    assert any("(v2)" in number for number in _column(page, "number"))


def test_double_click_enter_and_new_quote_open_the_editor(
    qtbot: QtBot, demo_paths: AppPaths, start: Callable[..., Any]
) -> None:
    gui = start()
    page = _open(qtbot, gui)
    table = page.table
    wanted = page.model.row_at(1).id
    rect = table.visualRect(page.model.index(1, 0))
    with qtbot.waitSignal(page.quoteActivated, timeout=2_000) as signal:
        # Press, release, then the double click, as a mouse sends them.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [wanted]
    nav = gui.window.quote_nav
    assert nav.showing()
    nav.back()
    qtbot.waitUntil(lambda: gui.window.current_page() is page)
    table.setFocus()
    table.setCurrentIndex(page.model.index(2, 0))
    with qtbot.waitSignal(page.quoteActivated, timeout=2_000) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [page.model.row_at(2).id]
    nav.back()
    qtbot.waitUntil(lambda: gui.window.current_page() is page)
    with qtbot.waitSignal(page.newQuoteRequested, timeout=2_000):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert nav.showing()


def _sent_quote(db: Database, ids: dict[str, str], issued: dt.date, valid_until: dt.date) -> str:
    with db.uow() as uow:
        record = quotes.create_quote(
            uow,
            QuoteInput(
                issue_date=issued,
                deal_id=ids["deal"],
                valid_until=valid_until,
                lines=sample_lines(ids),
            ),
            NOW,
            ids["user"],
        )
    with db.uow() as uow:
        quotes.mark_sent(uow, record.id, NOW, issued)
    return record.id


def test_overdue_quotes_expire_on_refresh_and_quotes_ending_soon_stand_out(
    qtbot: QtBot, paths: AppPaths, start: Callable[..., Any]
) -> None:
    db = Database.open(paths.db_path, paths.backup_dir)
    ids = seed_parties(db)
    overdue = _sent_quote(db, ids, TODAY - dt.timedelta(days=20), TODAY - dt.timedelta(days=2))
    soon = _sent_quote(db, ids, TODAY - dt.timedelta(days=5), TODAY + dt.timedelta(days=2))
    later = _sent_quote(db, ids, TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=25))
    db.close()

    gui = start()
    page = _open(qtbot, gui)
    rows = {page.model.row_at(r).id: r for r in range(page.model.rowCount())}
    assert set(rows) == {overdue, soon, later}
    status = COLUMNS.index("status")

    def cell(quote_id: str, column: int = status, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return page.model.index(rows[quote_id], column).data(role)

    assert cell(overdue) == "Expired"  # it was "Sent" in the database before the refresh
    assert cell(soon) == "Sent" and cell(later) == "Sent"
    assert cell(overdue, role=Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert cell(later, role=Qt.ItemDataRole.ForegroundRole) is None
    font = cell(soon, role=Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert cell(later, role=Qt.ItemDataRole.FontRole) is None
    assert "follow up" in cell(soon, role=Qt.ItemDataRole.ToolTipRole)
    assert cell(overdue, COLUMNS.index("customer")) == CUSTOMER
    # The counts were read again once the quote expired.
    qtbot.waitUntil(lambda: page.status_labels["expired"].text() == "Expired: 1", timeout=10_000)
    assert page.status_labels["sent"].text() == "Sent: 2"
    with db.uow() as uow:
        assert quotes.get_quote(uow, overdue).status == "expired"
