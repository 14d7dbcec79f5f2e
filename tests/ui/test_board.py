"""The deal board as a user meets it: lazy columns, dragging a card, the keyboard's way to
move one, winning and losing a deal, the list view, filters and a new deal."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.paths import AppPaths
from desktop_crm.services import deals
from desktop_crm.services.deals import DealInput
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.store.database import Database
from desktop_crm.store.models import Account, Deal, User
from desktop_crm.ui.i18n import format_money
from desktop_crm.ui.pipeline.board import PipelinePage, StageColumnWidget
from desktop_crm.ui.pipeline.dialogs import LostDialog, MoveToDialog, WonDialog
from desktop_crm.ui.pipeline.editor import DealEditorDialog
from desktop_crm.ui.pipeline.models import LIST_COLUMNS, PAGE_SIZE
from tests.ui.helpers import type_text

NOW = dt.datetime(2026, 5, 20, 9, 0, tzinfo=dt.UTC)
DEALS_IN_FIRST = PAGE_SIZE + 5


@pytest.fixture
def board_data(paths: AppPaths) -> dict[str, str]:
    """35 deals in "New lead" ("Deal 00".., closing one day after another) and one in
    "Qualified", all of Công ty Sông Hồng, owned by Bình."""
    db = Database.open(paths.db_path, paths.backup_dir)
    with db.uow() as uow:
        ensure_default_pipeline(uow, "en")
    with db.uow() as uow:
        owner = User(name="Trần Văn Bình")
        account = Account(name="Công ty Sông Hồng", search_text="cong ty song hong")
        other = Account(name="Hải Phòng Steel", search_text="hai phong steel")
        uow.session.add_all([owner, account, other])
        uow.session.flush()
        ids = {"owner": str(owner.id), "account": str(account.id), "other": str(other.id)}
        uow.commit()
    for i in range(DEALS_IN_FIRST):
        with db.uow() as uow:
            deals.create_deal(
                uow,
                DealInput(
                    title=f"Deal {i:02d}",
                    account_id=ids["account"],
                    amount=Decimal(1_000_000 * (i + 1)),
                    owner_id=ids["owner"],
                    expected_close_date=dt.date(2026, 5, 21) + dt.timedelta(days=i),
                ),
                NOW,
            )
    with db.uow() as uow:
        qualified = next(s for s in ensure_default_pipeline(uow, "en").stages if s.position == 1)
        record = deals.create_deal(
            uow,
            DealInput(title="Steel beams", account_id=ids["other"], amount=Decimal(7_000_000)),
            NOW,
        )
    with db.uow() as uow:
        deals.move_deal(uow, record.id, qualified.id, NOW)
    db.close()
    return ids


def _open(qtbot: QtBot, start: Callable[..., Any]) -> tuple[Any, PipelinePage]:
    gui = start()
    window = gui.window
    page = window.pipeline_page
    page.clock = lambda: NOW
    window.show()
    window.select_page(window.pages.index(page))
    _settled(qtbot, page)
    return gui, page


def _settled(qtbot: QtBot, page: PipelinePage) -> None:
    def done() -> None:
        assert page.columns and not page.loading
        assert not any(c.model is not None and c.model.is_loading for c in page.columns)
        assert not page.runner.running()

    qtbot.waitUntil(done, timeout=10_000)


def _titles(column: StageColumnWidget) -> list[str]:
    assert column.model is not None
    return [card.title for card in column.model.cards]


def _db_deal(paths: AppPaths, title: str) -> Deal:
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            found = [d for d in uow.session.query(Deal).all() if d.title == title]
            assert len(found) == 1
            uow.session.expunge(found[0])
            return found[0]
    finally:
        db.close()


def _drag(source: StageColumnWidget, row: int, target: StageColumnWidget) -> bool:
    """Drop the card at ``row`` of ``source`` onto ``target`` as a drag does: the mime data
    the view's drag carries, then enter, move and drop events on the target column."""
    assert source.model is not None
    mime: QMimeData = source.model.mimeData([source.model.index(row)])
    point = QPoint(target.width() // 2, target.height() // 2)
    buttons = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point, move, mime, buttons, none)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(target, QDragMoveEvent(point, move, mime, buttons, none))
    drop = QDropEvent(QPointF(point), move, mime, buttons, none)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def _click_card(qtbot: QtBot, column: StageColumnWidget, row: int) -> None:
    assert column.view is not None and column.model is not None
    rect = column.view.visualRect(column.model.index(row))
    qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _double_click(qtbot: QtBot, viewport: QWidget, pos: QPoint) -> None:
    """Press, release, then the double-click as a mouse sends them (an item view opens only
    the item that the first press hit)."""
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=pos)


def _ok(qtbot: QtBot, dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok) or box.button(
        QDialogButtonBox.StandardButton.Save
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_columns_load_lazily_and_show_their_figures(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any], qtmodeltester: Any
) -> None:
    _gui, page = _open(qtbot, start)
    names = [c.stage.name for c in page.columns]
    assert names == ["New lead", "Qualified", "Proposal sent", "Negotiation", "Won", "Lost"]
    first, qualified = page.columns[0], page.columns[1]
    assert first.model is not None
    assert first.model.rowCount() == PAGE_SIZE  # one page, not every deal
    assert _titles(first)[:3] == ["Deal 00", "Deal 01", "Deal 02"]  # by expected close
    assert first.stage.count == DEALS_IN_FIRST
    assert str(DEALS_IN_FIRST) in first.count_label.text()
    total = sum(Decimal(1_000_000 * (i + 1)) for i in range(DEALS_IN_FIRST))
    assert format_money(total, "VND") in first.totals_label.text()
    assert format_money(total / 10, "VND") in first.totals_label.text()  # weighted, 10 %
    assert _titles(qualified) == ["Steel beams"]
    assert page.columns[4].model is None and page.columns[4].view is None  # won: figures only
    qtmodeltester.check(first.model, force_py=True)
    first.model.fetchMore()
    qtbot.waitUntil(lambda: first.model is not None and not first.model.is_loading)
    assert first.model.rowCount() == DEALS_IN_FIRST
    assert not first.model.canFetchMore()


def test_dragging_a_card_moves_the_deal(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any], paths: AppPaths
) -> None:
    _gui, page = _open(qtbot, start)
    first, proposal = page.columns[0], page.columns[2]
    assert not _drag(first, 0, first)  # onto its own column: refused
    assert _drag(first, 0, proposal)
    _settled(qtbot, page)
    assert _titles(proposal) == ["Deal 00"]
    assert "Deal 00" not in _titles(first)
    assert (first.stage.count, proposal.stage.count) == (DEALS_IN_FIRST - 1, 1)
    card = proposal.model.cards[0] if proposal.model else None
    assert card is not None and card.probability == 50 and card.days_in_stage == 0
    deal = _db_deal(paths, "Deal 00")
    assert str(deal.stage_id) == proposal.stage.id and deal.stage_entered_at == NOW


def test_the_keyboard_moves_a_card_too(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any], paths: AppPaths
) -> None:
    _gui, page = _open(qtbot, start)
    first, qualified, negotiation = page.columns[0], page.columns[1], page.columns[3]
    _click_card(qtbot, first, 1)
    assert first.view is not None
    qtbot.keyClick(first.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot, page)
    assert _titles(qualified) == ["Deal 01", "Steel beams"]
    # The moved card stays selected in its new column: Ctrl+M chooses any stage.
    assert qualified.view is not None
    qtbot.waitUntil(lambda: page.selected_card() is not None)
    assert page.selected_card().title == "Deal 01"  # type: ignore[union-attr]
    qtbot.keyClick(qualified.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, MoveToDialog)
    for _ in range(2):  # Qualified -> Proposal sent -> Negotiation
        qtbot.keyClick(dialog.stage_list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.stage_list, Qt.Key.Key_Return)
    _settled(qtbot, page)
    assert _titles(negotiation) == ["Deal 01"]
    # Ctrl+Left goes back one stage.
    qtbot.waitUntil(lambda: page.selected_card() is not None)
    assert negotiation.view is not None
    qtbot.keyClick(negotiation.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot, page)
    assert _titles(page.columns[2]) == ["Deal 01"]
    db = Database.open(paths.db_path, paths.backup_dir)
    with db.uow() as uow:
        history = deals.stage_history(uow, str(_db_deal(paths, "Deal 01").id))
    db.close()
    stage_ids = [c.stage.id for c in page.columns]
    assert [stage_ids.index(h.to_stage_id) for h in history] == [0, 1, 3, 2]


def test_winning_a_deal_asks_the_final_amount(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any], paths: AppPaths
) -> None:
    _gui, page = _open(qtbot, start)
    first, won = page.columns[0], page.columns[4]
    assert _drag(first, 2, won)
    dialog = page.active_dialog
    assert isinstance(dialog, WonDialog)
    assert dialog.amount_edit.text() == "3000000"  # prefilled with the deal's amount
    dialog.amount_edit.clear()
    type_text(dialog.amount_edit, "abc")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_label.isVisible()  # not a number: stays
    dialog.amount_edit.clear()
    type_text(dialog.amount_edit, "2.750.000")
    _ok(qtbot, dialog)
    _settled(qtbot, page)
    assert won.stage.count == 1
    assert won.totals_label.text() == format_money(Decimal(2_750_000), "VND")
    assert "Deal 02" not in _titles(first)
    deal = _db_deal(paths, "Deal 02")
    assert (deal.status, deal.amount, deal.closed_at) == ("won", Decimal(2_750_000), NOW)


def test_losing_a_deal_asks_the_reason(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any], paths: AppPaths
) -> None:
    _gui, page = _open(qtbot, start)
    qualified, lost = page.columns[1], page.columns[5]
    assert _drag(qualified, 0, lost)
    dialog = page.active_dialog
    assert isinstance(dialog, LostDialog)
    _ok(qtbot, dialog)  # no reason yet
    assert dialog.isVisible() and dialog.error_label.isVisible()
    dialog.reason_combo.setFocus()
    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Down)
    assert dialog.reason_combo.currentText() == "Chose a competitor"
    _ok(qtbot, dialog)
    _settled(qtbot, page)
    assert lost.stage.count == 1 and qualified.stage.count == 0
    assert _titles(qualified) == []
    deal = _db_deal(paths, "Steel beams")
    assert (deal.status, deal.lost_reason) == ("lost", "Chose a competitor")


def test_a_typed_lost_reason_is_kept(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any], paths: AppPaths
) -> None:
    _gui, page = _open(qtbot, start)
    assert _drag(page.columns[0], 0, page.columns[5])
    dialog = page.active_dialog
    assert isinstance(dialog, LostDialog)
    type_text(dialog.reason_combo.lineEdit(), "Khách chuyển nhà")
    _ok(qtbot, dialog)
    _settled(qtbot, page)
    assert _db_deal(paths, "Deal 00").lost_reason == "Khách chuyển nhà"


def test_filters_narrow_the_columns(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any]
) -> None:
    _gui, page = _open(qtbot, start)
    type_text(page.text_edit, "Hải Phòng")
    qtbot.waitUntil(lambda: page.columns[0].stage.count == 0, timeout=5_000)
    _settled(qtbot, page)
    assert page.columns[1].stage.count == 1 and _titles(page.columns[1]) == ["Steel beams"]
    page.text_edit.clear()
    qtbot.waitUntil(lambda: page.columns[0].stage.count == DEALS_IN_FIRST, timeout=5_000)
    page.period_combo.setCurrentIndex(page.period_combo.findData("month"))
    _settled(qtbot, page)
    assert page.columns[0].stage.count == 11  # May 21..31
    page.period_combo.setCurrentIndex(page.period_combo.findData("all"))
    page.owner_combo.setCurrentIndex(page.owner_combo.findData(board_data["owner"]))
    _settled(qtbot, page)
    assert page.columns[0].stage.count == DEALS_IN_FIRST and page.columns[1].stage.count == 0


def test_the_list_view_sorts_in_the_database_and_opens_a_deal(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any], qtmodeltester: Any
) -> None:
    _gui, page = _open(qtbot, start)
    opened: list[tuple[str, str]] = []
    page.open_record = lambda kind, record_id: opened.append((kind, record_id))
    qtbot.mouseClick(page.view_button, Qt.MouseButton.LeftButton)
    model = page.list_model
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0)
    assert page.views.currentWidget() is page.list_view
    header = page.list_view.horizontalHeader()
    column = LIST_COLUMNS.index("amount")
    x = header.sectionViewportPosition(column) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: model.sort_column == "amount" and not model.is_loading)
    amounts = [card.amount for card in model.cards]
    assert amounts == sorted(amounts, reverse=model.descending)
    qtmodeltester.check(model, force_py=True)
    qtbot.waitUntil(lambda: not model.is_loading)
    rect = page.list_view.visualRect(model.index(0, 0))
    _double_click(qtbot, page.list_view.viewport(), rect.center())
    assert opened == [("deal", model.cards[0].id)]


def test_double_clicking_a_card_opens_the_deal(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any]
) -> None:
    _gui, page = _open(qtbot, start)
    opened: list[tuple[str, str]] = []
    page.open_record = lambda kind, record_id: opened.append((kind, record_id))
    column = page.columns[1]
    assert column.view is not None and column.model is not None
    rect = column.view.visualRect(column.model.index(0))
    _double_click(qtbot, column.view.viewport(), rect.center())
    assert opened == [("deal", column.model.cards[0].id)]


def test_ctrl_d_makes_a_new_deal(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any], paths: AppPaths
) -> None:
    gui, page = _open(qtbot, start)
    qtbot.keyClick(gui.window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, DealEditorDialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    type_text(dialog.title_edit, "Điều hòa văn phòng")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())  # no customer yet
    assert dialog.isVisible()
    type_text(dialog.customer_combo.lineEdit(), "song hong")
    qtbot.waitUntil(lambda: dialog.customer_combo.count() == 1, timeout=5_000)
    dialog.customer_combo.hidePopup()
    dialog.customer_combo.setCurrentIndex(0)
    dialog.customer_combo.activated.emit(0)
    dialog.amount_edit.clear()
    type_text(dialog.amount_edit, "12500000")
    dialog.probability_edit.setFocus()
    type_text(dialog.probability_edit, "40")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.active_dialog is None)  # closed (and deleted)
    _settled(qtbot, page)
    deal = _db_deal(paths, "Điều hòa văn phòng")
    assert deal.amount == Decimal(12_500_000) and deal.probability == Decimal(40)
    assert str(deal.account_id) == board_data["account"]
    assert page.columns[0].stage.count == DEALS_IN_FIRST + 1
    assert uuid.UUID(str(deal.id))


def test_a_move_records_the_user_chosen_in_settings(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any], paths: AppPaths
) -> None:
    gui, page = _open(qtbot, start)
    settings_page = gui.window.settings_page
    gui.window.select_page(gui.window.pages.index(settings_page))
    combo = settings_page.user_combo
    combo.setCurrentIndex(combo.findText("Trần Văn Bình"))
    combo.activated.emit(combo.currentIndex())  # what a click on the entry sends
    assert gui.ctx.settings.current_user_id == board_data["owner"]

    gui.window.select_page(gui.window.pages.index(page))
    _settled(qtbot, page)
    assert _drag(page.columns[0], 0, page.columns[1])
    _settled(qtbot, page)
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            from sqlalchemy import select

            from desktop_crm.store.models import DealStageChange

            deal = _db_deal(paths, "Deal 00")
            movers = uow.session.scalars(
                select(DealStageChange.changed_by_id).where(DealStageChange.deal_id == deal.id)
            ).all()
    finally:
        db.close()
    assert [str(m) for m in movers if m is not None] == [board_data["owner"]]


def test_a_second_pipeline_can_be_chosen_on_the_board(
    qtbot: QtBot, board_data: dict[str, str], start: Callable[..., Any], paths: AppPaths
) -> None:
    from desktop_crm.services import pipeline_admin

    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            service = pipeline_admin.add_pipeline(uow, "Dự án", "vi")
    finally:
        db.close()
    _gui, page = _open(qtbot, start)
    chooser = page.pipeline_combo
    assert chooser.isVisible() and chooser.count() == 2
    assert page.board is not None and page.board.pipeline_id != service.id
    chooser.setCurrentIndex(chooser.findText("Dự án"))
    qtbot.waitUntil(lambda: page.board is not None and page.board.pipeline_id == service.id)
    _settled(qtbot, page)
    assert [c.stage.name for c in page.columns] == [s.name for s in service.stages]
    assert all(c.stage.count == 0 for c in page.columns)  # its own, empty columns
