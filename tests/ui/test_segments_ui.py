"""Segments in the window: recomputed at start and from Tools (with Cancel), the "Segment"
filter of the Contacts and Accounts lists, the segment box on a customer's page, the export and
the rules in Settings."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from desktop_crm.domain import segment_words
from desktop_crm.paths import AppPaths
from desktop_crm.services import segments
from desktop_crm.services.demo import build_demo
from desktop_crm.store.database import Database
from desktop_crm.store.models import CustomerSegment
from tests.ui.helpers import FakeMsgBox


@pytest.fixture
def demo_paths(paths: AppPaths) -> AppPaths:
    db = Database.open(paths.db_path, paths.backup_dir)
    build_demo(db, "small", seed=1, as_of=dt.date.today())
    db.close()
    return paths


def _recompute(qtbot: QtBot, gui: Any) -> None:
    """Tools > Recompute segments, as a user chooses it; wait until it is done."""
    with qtbot.waitSignal(gui.window.segment_actions.recomputed, timeout=30_000):
        gui.window.recompute_segments_action.trigger()
    qtbot.waitUntil(lambda: not gui.runner.running(), timeout=10_000)


def _choose_segment(page: Any, data: str) -> None:
    combo = page.segment_combo
    index = combo.findData(data)
    assert index > 0, f"no choice {data}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a click on the entry sends


def _all_rows(qtbot: QtBot, model: Any) -> list[str]:
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    return [str(model.index(r, 0).data(Qt.ItemDataRole.UserRole)) for r in range(model.rowCount())]


def _segment(gui: Any, kind: str, record_id: str) -> segments.SegmentRecord | None:
    with gui.ctx.db.uow() as uow:
        return segments.segment_of(uow, kind, record_id)


def test_segments_are_computed_at_start_and_filter_the_lists(
    qtbot: QtBot, demo_paths: AppPaths, start: Callable[..., Any]
) -> None:
    gui = start()
    with gui.ctx.db.uow() as uow:
        first = segments.summary(uow)
    assert first.computed_at is not None  # computed by itself after the window showed
    assert first.care_groups["loyal"] > 0
    _recompute(qtbot, gui)
    assert "Segments recomputed for" in gui.window.statusBar().currentMessage()

    page = gui.window.contacts_page
    gui.window.select_page(gui.window.pages.index(page))
    everyone = _all_rows(qtbot, page.model)
    combo_model = page.segment_combo.model()
    assert isinstance(combo_model, QStandardItemModel)
    headings = [
        page.segment_combo.itemText(i)
        for i in range(page.segment_combo.count())
        if not combo_model.item(i).isEnabled()
    ]
    assert headings == ["Care group", "RFM segment", "Value tier", "Churn risk"]

    _choose_segment(page, "care:loyal")
    loyal = _all_rows(qtbot, page.model)
    assert loyal and len(loyal) < len(everyone)
    for contact_id in loyal:
        record = _segment(gui, "contact", contact_id)
        assert record is not None and record.care_group == "loyal"
    expected = [
        c for c in everyone if (r := _segment(gui, "contact", c)) and r.care_group == "loyal"
    ]
    assert sorted(loyal) == sorted(expected)
    assert page.count_label.text() == f"{len(loyal)} contacts"

    _choose_segment(page, "tier:A")
    tier_a = _all_rows(qtbot, page.model)
    assert tier_a
    for contact_id in tier_a:
        record = _segment(gui, "contact", contact_id)
        assert record is not None and record.tier == "A"

    # The segment is kept with a saved filter set.
    page.saved_combo.setEditText("Tier A")
    qtbot.mouseClick(page.save_filter_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.segment_combo.currentData() is None
    assert len(_all_rows(qtbot, page.model)) == len(everyone)
    index = page.saved_combo.findText("Tier A")
    page.saved_combo.setCurrentIndex(index)
    page.saved_combo.activated.emit(index)
    assert page.segment_combo.currentData() == "tier:A"
    assert sorted(_all_rows(qtbot, page.model)) == sorted(tier_a)

    accounts = gui.window.accounts_page
    gui.window.select_page(gui.window.pages.index(accounts))
    _choose_segment(accounts, "care:loyal")
    loyal_accounts = _all_rows(qtbot, accounts.model)
    assert loyal_accounts
    for account_id in loyal_accounts:
        record = _segment(gui, "account", account_id)
        assert record is not None and record.care_group == "loyal"


def test_the_customer_page_explains_the_segment(
    qtbot: QtBot, demo_paths: AppPaths, start: Callable[..., Any]
) -> None:
    gui = start()
    page = gui.window.accounts_page
    gui.window.select_page(gui.window.pages.index(page))
    _choose_segment(page, "care:loyal")
    rows = _all_rows(qtbot, page.model)
    page.table.setCurrentIndex(page.model.index(0, 0))
    box = page.detail.segment_box
    with qtbot.waitSignal(box.loaded, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    record = _segment(gui, "account", rows[0])
    assert record is not None
    reason = box.values["reason"].text()
    assert reason == segment_words.explain(record, "en")
    assert "purchase" in reason
    assert box.values["group"].text() == segment_words.group_name("loyal", "en")
    assert (
        f"R {record.r_score} · F {record.f_score} · M {record.m_score}" in box.values["rfm"].text()
    )
    assert box.values["tier"].text() == f"Tier {record.tier}"
    assert segment_words.projection_formula(record, "en") in box.values["projected"].text()
    assert not box.empty_label.isVisible()

    # Segments gone (e.g. never computed on this laptop): the page says so.
    with gui.ctx.db.uow() as uow:
        uow.session.execute(delete(CustomerSegment))
        uow.commit()
    with qtbot.waitSignal(box.loaded, timeout=10_000):
        box.reload()
    assert box.empty_label.isVisible()
    assert "Not computed yet" in box.empty_label.text()
    assert not box.values

    # Recomputing fills the page shown again.
    with qtbot.waitSignal(box.loaded, timeout=30_000):
        gui.window.recompute_segments_action.trigger()
    assert box.values["reason"].text() == reason


def test_recomputing_can_be_cancelled_and_keeps_the_figures(
    qtbot: QtBot, demo_paths: AppPaths, start: Callable[..., Any]
) -> None:
    gui = start()
    with gui.ctx.db.uow() as uow:
        before = segments.summary(uow)
    gui.window.recompute_segments_action.trigger()
    task = gui.window.segment_actions.task
    assert task is not None
    task.cancel()
    qtbot.waitUntil(lambda: gui.window.segment_actions.task is None, timeout=30_000)
    assert "cancelled" in gui.window.statusBar().currentMessage()
    with gui.ctx.db.uow() as uow:
        assert segments.summary(uow) == before


def test_export_writes_the_chosen_group(
    qtbot: QtBot,
    demo_paths: AppPaths,
    start: Callable[..., Any],
    msgbox: FakeMsgBox,
    tmp_path: Path,
) -> None:
    gui = start()
    target = tmp_path / "khach-than-thiet.csv"
    msgbox.choose_answer = 1  # the first care group: loyal
    msgbox.save_file_answer = target
    gui.window.export_segments_action.trigger()
    qtbot.waitUntil(lambda: gui.window.segment_actions.last_export is not None, timeout=10_000)
    assert msgbox.of_kind("choose")[0].text == "Export which customers?"
    with gui.ctx.db.uow() as uow:
        loyal = segments.segment_rows(uow, "loyal")
    assert loyal
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == len(loyal) + 1  # the header, then one row per loyal customer
    assert sorted(r[0] for r in rows[1:]) == sorted(r.name for r in loyal)
    assert gui.window.segment_actions.last_export == (target, len(loyal))

    msgbox.choose_answer = 5  # Cancel: nothing asked further, nothing written
    calls = len(msgbox.calls)
    gui.window.export_segments_action.trigger()
    assert len(msgbox.calls) == calls + 1


def test_a_rule_changed_in_settings_changes_a_customers_group(
    qtbot: QtBot, demo_paths: AppPaths, start: Callable[..., Any]
) -> None:
    gui = start()
    with gui.ctx.db.uow() as uow:
        loyal = segments.segment_rows(uow, "loyal")
    assert loyal
    weakest = min(loyal, key=lambda r: r.recent_purchases)
    box = gui.window.settings_page.segments_box
    qtbot.waitUntil(box.isEnabled, timeout=10_000)
    spin = box.inputs["loyal_min_purchases"]
    assert spin.value() == 2
    spin.selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(weakest.recent_purchases + 1))
    assert spin.value() == weakest.recent_purchases + 1
    with qtbot.waitSignal(gui.window.segment_actions.recomputed, timeout=30_000):
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.status.text() == "Saved; recomputing the segments."
    with gui.ctx.db.uow() as uow:
        assert segments.get_rules(uow).loyal_min_purchases == weakest.recent_purchases + 1
    record = _segment(gui, weakest.kind, weakest.customer_id)
    assert record is not None and record.care_group != "loyal"


def test_a_refused_rule_is_explained(
    qtbot: QtBot, demo_paths: AppPaths, start: Callable[..., Any], msgbox: FakeMsgBox
) -> None:
    gui = start()
    box = gui.window.settings_page.segments_box
    qtbot.waitUntil(box.isEnabled, timeout=10_000)
    box.inputs["tier_a_share"].setValue(90)
    box.inputs["tier_b_share"].setValue(60)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(msgbox.calls), timeout=10_000)
    assert "tier B" in msgbox.calls[-1].text
    with gui.ctx.db.uow() as uow:
        assert segments.get_rules(uow).tier_a_share == 80
