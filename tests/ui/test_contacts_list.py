"""The Contacts and Accounts lists as a user meets them: lazy rows, sorting, filters, saved
filters, columns, export of what is shown, and the models checked by qtmodeltester."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop_crm.domain.text import fold
from desktop_crm.paths import AppPaths
from desktop_crm.services.demo import build_demo
from desktop_crm.store.database import Database
from desktop_crm.ui.contacts.models import PAGE_SIZE, RecordListModel, TimelineModel
from desktop_crm.ui.workers import TaskRunner
from tests.ui.helpers import FakeMsgBox, type_text


@pytest.fixture
def demo_paths(paths: AppPaths) -> AppPaths:
    """The test's folder holding the small demo data set (as of today)."""
    db = Database.open(paths.db_path, paths.backup_dir)
    build_demo(db, "small", seed=1, as_of=dt.date.today())
    db.close()
    return paths


# ``qtmodeltester`` comes after ``start`` in the arguments: it must let go of the model
# before the window (and the model with it) is deleted.


def _loaded(qtbot: QtBot, model: Any) -> None:
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=10_000)


def _names(model: RecordListModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_list_model_passes_qtmodeltester_and_pages_lazily(
    qtbot: QtBot, demo_paths: AppPaths, start: Callable[..., Any], qtmodeltester: Any
) -> None:
    gui = start()
    page = gui.window.contacts_page
    model = page.model
    _loaded(qtbot, model)
    assert model.total == 200
    assert model.rowCount() == PAGE_SIZE  # one page read, not every row
    assert page.count_label.text() == "200 contacts"
    qtmodeltester.check(model, force_py=True)
    qtbot.waitUntil(lambda: not model.is_loading)
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.is_loading)
    assert model.rowCount() == 200
    names = _names(model)
    assert names == sorted(names, key=fold)  # folded name order, from the database


def test_the_timeline_model_passes_qtmodeltester(
    qtbot: QtBot, demo_paths: AppPaths, start: Callable[..., Any], qtmodeltester: Any
) -> None:
    gui = start()
    page = gui.window.accounts_page
    _loaded(qtbot, page.model)
    record_id = page.model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    runner = TaskRunner(lambda exc: (_ for _ in ()).throw(exc))
    model = TimelineModel(gui.ctx, runner)
    model.show("account", record_id)
    _loaded(qtbot, model)
    qtmodeltester.check(model, force_py=True)
    qtbot.waitUntil(lambda: not model.is_loading)
    times = [model.entry(r).at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    runner.shutdown()


def test_clicking_a_header_sorts_in_the_database(
    qtbot: QtBot, demo_paths: AppPaths, start: Callable[..., Any]
) -> None:
    page = start().window.contacts_page
    page.show()
    _loaded(qtbot, page.model)
    header = page.table.horizontalHeader()
    column = page.model.columns.index("province")
    page.table.setColumnHidden(column, False)
    x = header.sectionViewportPosition(column) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: page.model.sort_order.column == "province")
    _loaded(qtbot, page.model)
    provinces = [page.model.index(r, column).data() for r in range(page.model.rowCount())]
    filled = [p for p in provinces if p]
    assert filled == sorted(filled, key=fold)
    assert provinces.index(filled[-1]) < len(provinces) - 1 or all(provinces)  # empty last


def test_filter_save_it_and_export_exactly_what_is_shown(
    qtbot: QtBot,
    demo_paths: AppPaths,
    start: Callable[..., Any],
    msgbox: FakeMsgBox,
    tmp_path: Path,
) -> None:
    gui = start()
    window = gui.window
    page = window.contacts_page
    window.select_page(1)
    _loaded(qtbot, page.model)
    type_text(page.text_edit, "nguyen")
    qtbot.waitUntil(lambda: page.model.filters.text == "nguyen", timeout=5_000)
    _loaded(qtbot, page.model)
    page.open_deal_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.filters.has_open_deal)
    _loaded(qtbot, page.model)
    shown = _names(page.model)
    assert 0 < page.model.total == len(shown) < 200
    assert page.count_label.text() == f"{len(shown)} contacts"

    # Save the filter set by name, clear, then pick it again from the combo.
    page.saved_combo.setEditText("Nguyễn có cơ hội")
    qtbot.mouseClick(page.save_filter_button, Qt.MouseButton.LeftButton)
    page.set_filters(type(page.model.filters)())
    qtbot.waitUntil(lambda: page.model.filters.text == "")
    _loaded(qtbot, page.model)
    assert page.model.total == 200
    index = page.saved_combo.findText("Nguyễn có cơ hội")
    assert index >= 0
    page.saved_combo.activated.emit(index)
    qtbot.waitUntil(lambda: page.model.filters.has_open_deal)
    _loaded(qtbot, page.model)
    assert _names(page.model) == shown
    assert "Nguyễn có cơ hội" in gui.ctx.settings.extra["contact_list"]["saved_filters"]

    # Hide the e-mail column from the header's menu, show the tags: the export follows.
    page.set_column_visible("email", False)
    page.set_column_visible("tags", True)
    columns = page.shown_columns()
    assert "email" not in columns and "tags" in columns
    assert "email" in gui.ctx.settings.extra["contact_list"]["hidden_columns"]

    target = tmp_path / "shown.csv"
    msgbox.save_file_answer = target
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        page.model.headerData(page.model.columns.index(c), Qt.Orientation.Horizontal)
        for c in columns
    ]
    assert [r[0] for r in rows[1:]] == shown
    assert page.last_export == (target, len(shown))

    xlsx = tmp_path / "shown.xlsx"
    task = page.start_export(xlsx)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    sheet = load_workbook(xlsx, read_only=True).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert [r[0] for r in values[1:]] == shown


def test_not_contacted_filter_and_columns_survive_a_restart(
    qtbot: QtBot, demo_paths: AppPaths, start: Callable[..., Any]
) -> None:
    gui = start()
    page = gui.window.contacts_page
    _loaded(qtbot, page.model)
    page.days_spin.setValue(60)
    page.not_contacted_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.filters.not_contacted_days == 60)
    qtbot.waitUntil(lambda: not page.model.is_loading)
    limit = dt.datetime.now(dt.UTC) - dt.timedelta(days=60)
    column = page.model.columns.index("last_contact")
    while page.model.canFetchMore():
        page.model.fetchMore()
        qtbot.waitUntil(lambda: not page.model.is_loading)
    values = [
        page.model.index(r, column).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(page.model.rowCount())
    ]
    assert values and all(v is None or v < limit for v in values)
    page.set_column_visible("created", True)
    gui.shutdown()
    again = start().window.contacts_page
    assert "created" in again.shown_columns()
