"""The main window as a user meets it: sidebar, shortcuts, menus, status bar, window size."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize, Qt, QUrl
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop_crm.paths import AppPaths
from tests.ui.helpers import FakeMsgBox

PAGE_TITLES = [
    "Today",
    "Contacts",
    "Accounts",
    "Pipeline",
    "Quotes",
    "Care",
    "Reports",
    "Settings",
]


def _click_sidebar_row(qtbot: QtBot, window: Any, row: int) -> None:
    sidebar = window.sidebar
    rect = sidebar.visualItemRect(sidebar.item(row))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _choose_from_menu(qtbot: QtBot, window: Any, menu: Any, action: Any) -> None:
    """Click the menu's title in the menu bar, then the entry, as a user does."""
    bar = window.menuBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_every_page_opens_from_the_sidebar(qtbot: QtBot, start: Callable[..., Any]) -> None:
    window = start().window
    assert [window.sidebar.item(i).text() for i in range(8)] == PAGE_TITLES
    for row in [*range(7, -1, -1), 3]:
        _click_sidebar_row(qtbot, window, row)
        page = window.stack.currentWidget()
        assert page is window.pages[row]
        assert page.isVisible()
        assert page.title_label.text() == PAGE_TITLES[row]


def test_every_page_opens_with_ctrl_and_its_number(qtbot: QtBot, start: Callable[..., Any]) -> None:
    window = start().window
    for number in [*range(1, 9), 2]:
        key = Qt.Key(Qt.Key.Key_0.value + number)
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == number - 1
        assert window.sidebar.currentRow() == number - 1
        assert window.current_page().title_label.text() == PAGE_TITLES[number - 1]


def test_menus_show_their_shortcuts(start: Callable[..., Any]) -> None:
    window = start().window
    menus = {menu.title(): menu for menu in (window.file_menu, window.go_menu, window.help_menu)}
    assert list(menus) == ["&File", "&Go", "&Help"]

    def entries(title: str) -> list[tuple[str, str]]:
        return [
            (a.text(), a.shortcut().toString(QKeySequence.SequenceFormat.PortableText))
            for a in menus[title].actions()
            if not a.isSeparator()
        ]

    assert entries("&File") == [
        ("&New contact…", "Ctrl+N"),
        ("New &account…", "Ctrl+Shift+N"),
        ("&Log activity…", "Ctrl+L"),
        ("&Import contacts…", "Ctrl+I"),
        ("Undo last i&mport", ""),
        ("&Export contacts…", ""),
        ("&Back up now", ""),
        ("&Open data folder", ""),
        ("&Quit", "Ctrl+Q"),
    ]
    go = entries("&Go")
    assert go[:8] == [(title, f"Ctrl+{n}") for n, title in enumerate(PAGE_TITLES, 1)]
    assert go[8] == ("&Refresh figures", "F5")
    assert [text for text, _ in entries("&Help")] == ["&About Desktop CRM", "&Log file location"]


def test_status_bar_names_the_database_and_the_sync_state(
    start: Callable[..., Any], paths: AppPaths
) -> None:
    window = start().window
    assert window.database_label.text() == f"Database: {paths.db_path}"
    assert window.database_label.isVisible()
    assert window.sync_label.text() == "Offline · sync not set up"


def test_an_empty_database_shows_zeros_and_the_default_pipeline(start: Callable[..., Any]) -> None:
    window = start().window
    today, contacts, accounts, pipeline, quotes, care, reports, _ = window.pages
    assert today.tasks_label.text() == "Nothing is due today."
    assert contacts.count_label.text() == "0 contacts"
    assert accounts.count_label.text() == "0 accounts"
    stages = [
        pipeline.stages_row.itemAt(i).widget().text()
        for i in range(pipeline.stages_row.count())
        if pipeline.stages_row.itemAt(i).widget() is not None
    ]
    assert stages == [
        "New lead · 10%",
        "Qualified · 25%",
        "Proposal sent · 50%",
        "Negotiation · 75%",
        "Won · 100%",
        "Lost · 0%",
    ]
    assert pipeline.deals_label.text() == "No open deals yet."
    assert quotes.quotes_label.text() == "0 quotes"
    assert care.cases_label.text() == "0 open care cases"
    assert "no reports yet" in reports.note.text()


def test_back_up_now_writes_a_copy_and_says_where(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths, msgbox: FakeMsgBox
) -> None:
    window = start().window
    _choose_from_menu(qtbot, window, window.file_menu, window.backup_action)
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("information")))
    (call,) = msgbox.of_kind("information")
    manual = [p for p in paths.backup_dir.iterdir() if p.name.startswith("manual-")]
    assert len(manual) == 1
    assert str(manual[0]) in call.text
    assert window.backup_action.isEnabled()


def test_window_size_is_remembered(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths
) -> None:
    gui = start()
    gui.window.resize(QSize(700, 500))
    gui.window.move(QPoint(40, 30))
    qtbot.keyClick(gui.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Quit
    qtbot.waitUntil(lambda: not gui.window.isVisible())
    gui.shutdown()
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert saved["window_geometry"]
    again = start().window
    assert again.size() == QSize(700, 500)


def test_about_names_the_version(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox
) -> None:
    from desktop_crm import __version__

    window = start().window
    _choose_from_menu(qtbot, window, window.help_menu, window.about_action)
    _choose_from_menu(qtbot, window, window.help_menu, window.log_action)
    about, log = msgbox.of_kind("information")
    assert about.text == f"Desktop CRM {__version__}"
    assert str(window.ctx.paths.log_file) in log.text


def _add_records(gui: Any) -> None:
    """A few rows written straight into the window's database (there is no editor yet)."""
    import datetime as dt
    from decimal import Decimal

    from desktop_crm.store import queries
    from desktop_crm.store.models import Account, Activity, CareCase, Contact, Deal, Quote

    now = dt.datetime.now(dt.UTC)
    with gui.ctx.db.uow() as uow:
        session = uow.session
        pipeline = queries.default_pipeline(session)
        stage = queries.pipeline_stages(session, pipeline)[0]
        account = Account(name="Công ty TNHH Thương mại Đông Á")
        session.add(account)
        session.add_all([Contact(full_name=name, account=account) for name in ("An", "Bình")])

        def deal(amount: str, currency: str, status: str = "open") -> Deal:
            return Deal(
                title="Máy lọc nước",
                pipeline_id=pipeline.id,
                stage_id=stage.id,
                amount=Decimal(amount),
                currency=currency,
                status=status,
            )

        session.add_all(
            [
                deal("1234567890", "VND"),
                deal("10.4", "VND"),
                deal("1234.505", "USD"),
                deal("999", "VND", status="won"),
            ]
        )
        issued = dt.date(2026, 11, 2)
        session.add_all(
            [
                Quote(number=f"BG-{n}", status=s, issue_date=issued)
                for n, s in enumerate(("sent", "sent", "draft"))
            ]
        )
        session.add_all(
            [
                Quote(number="BG-9", status="sent", issue_date=issued, deleted_at=now),
                CareCase(subject="Máy kêu to", status="in_progress"),
                CareCase(subject="Hỏi bảo hành", status="resolved"),
                Activity(type="call", subject="Gọi lại", due_at=now - dt.timedelta(days=1)),
                Activity(type="task", subject="Gửi báo giá", due_at=now, done_at=now),
            ]
        )
        uow.commit()


def test_pages_show_the_figures_of_the_database(qtbot: QtBot, start: Callable[..., Any]) -> None:
    gui = start()
    window = gui.window
    _add_records(gui)
    today, contacts, accounts, pipeline, quotes, care, _, _ = window.pages
    assert contacts.count_label.text() == "0 contacts"  # counted at start
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: contacts.count_label.text() == "2 contacts")
    qtbot.waitUntil(lambda: accounts.count_label.text() == "1 account")
    assert today.tasks_label.text() == "1 task due today or overdue"
    assert pipeline.deals_label.text() == "3 open deals"
    totals = [pipeline.totals_layout.itemAt(i).widget().text() for i in range(2)]
    # Rounded half up to each currency's minor unit: VND none, USD two; most deals first.
    assert totals == ["₫1,234,567,900 in 2 deals", "$1,234.51 in 1 deal"]
    assert quotes.quotes_label.text() == "3 quotes"  # the deleted one is not counted
    by_status = [label.text() for label in quotes.status_labels.values()]
    assert by_status == ["Draft: 1", "Sent: 2", "Accepted: 0", "Rejected: 0", "Expired: 0"]
    assert care.cases_label.text() == "1 open care case"


def test_open_data_folder_says_where_it_is_when_it_cannot_open_it(
    qtbot: QtBot,
    start: Callable[..., Any],
    paths: AppPaths,
    msgbox: FakeMsgBox,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_crm.ui import main_window

    opened: list[str] = []

    def cannot_open(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return False  # e.g. no file manager on this machine

    monkeypatch.setattr(main_window.QDesktopServices, "openUrl", cannot_open)
    page = start().window.settings_page
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(paths.data_dir)]
    (warning,) = msgbox.of_kind("warning")
    assert str(paths.data_dir) in warning.text
