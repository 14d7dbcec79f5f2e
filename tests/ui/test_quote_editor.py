"""The quote editor as a sales person uses it: lines typed with the keyboard, live totals,
bad values explained, save, send, revise, versions compared, accept, export and print."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.domain.quote_math import LinePrice, quote_totals
from desktop_crm.services import deals, quotes
from desktop_crm.store.quote_queries import QuoteFilter
from desktop_crm.ui.i18n import format_money
from desktop_crm.ui.quote_editor.lines_table import CODE, DESCRIPTION, DISCOUNT, PRICE, QUANTITY
from desktop_crm.ui.quote_editor.page import QuoteEditorPage
from tests.quote_fixtures import CUSTOMER, NOW, seed_parties
from tests.ui.helpers import FakeMsgBox, type_text


def _idle(qtbot: QtBot, gui: Any) -> None:
    qtbot.waitUntil(lambda: not gui.runner.running(), timeout=10_000)


def _focus(view: QWidget) -> QWidget:
    return QApplication.focusWidget() or view


def _type(page: QuoteEditorPage, text: str) -> None:
    """Type into whatever has the focus (the table starts editing on the first key)."""
    for char in text:
        type_text(_focus(page.lines_view), char)


def _key(qtbot: QtBot, page: QuoteEditorPage, key: Qt.Key, mods: Any = None) -> None:
    if mods is None:
        qtbot.keyClick(_focus(page.lines_view), key)
    else:
        qtbot.keyClick(_focus(page.lines_view), key, mods)


def _cell(page: QuoteEditorPage, row: int, column: int) -> str:
    return str(page.lines_model.index(row, column).data())


def _edit_cell(qtbot: QtBot, page: QuoteEditorPage, row: int, column: int, text: str) -> None:
    page.lines_view.go_to(row, column, edit=False)
    page.lines_view.setFocus()
    _type(page, text)
    _key(qtbot, page, Qt.Key.Key_Tab)


def _quote_count(gui: Any) -> int:
    with gui.ctx.db.uow() as uow:
        return quotes.quote_count(uow, QuoteFilter())


def test_build_a_quote_with_the_keyboard_send_revise_compare_accept_and_export(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox, tmp_path: Path
) -> None:
    gui = start()
    ids = seed_parties(gui.ctx.db)
    window = gui.window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.quote_nav.page
    page.clock = lambda: NOW
    # From the deal page: "New quote…".
    window.open_record("deal", ids["deal"])
    deal_page = window.deal_nav.page
    qtbot.waitUntil(lambda: deal_page.view is not None, timeout=10_000)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(deal_page.new_quote_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page
    assert "Công ty TNHH Thương mại Đông Á" in page.customer_label.text()
    with gui.ctx.db.uow() as uow:
        validity = quotes.get_defaults(uow).validity_days
    assert page.issue_edit.date().toPython() == NOW.astimezone().date()
    assert page.issue_edit.date().daysTo(page.valid_edit.date()) == validity
    view = page.lines_view
    view.setFocus()

    # Line 1: a code prefix + Enter completes the product; the cursor waits in Qty.
    _type(page, "cb-3p")
    _key(qtbot, page, Qt.Key.Key_Return)
    assert _cell(page, 0, DESCRIPTION) == "Aptomat 3 pha 100A"
    assert view.currentIndex().column() == QUANTITY
    _type(page, "6")
    _key(qtbot, page, Qt.Key.Key_Return)  # Enter on the last row: a new line, in its Code
    assert page.lines_model.rowCount() == 2
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, CODE)
    # Line 2: another product, quantity, Tab over the price to the discount.
    _type(page, "TD-400")
    _key(qtbot, page, Qt.Key.Key_Return)
    _type(page, "2")
    _key(qtbot, page, Qt.Key.Key_Tab)
    _key(qtbot, page, Qt.Key.Key_Tab)
    assert view.currentIndex().column() == DISCOUNT
    _type(page, "5")
    _key(qtbot, page, Qt.Key.Key_Return)
    # Line 3: free text in Vietnamese, a decimal quantity with a comma.
    _key(qtbot, page, Qt.Key.Key_Return)  # no code: on to the description
    assert view.currentIndex().column() == DESCRIPTION
    _type(page, "Lắp đặt tại công trường")
    _key(qtbot, page, Qt.Key.Key_Tab)
    _type(page, "giờ")
    _key(qtbot, page, Qt.Key.Key_Tab)
    _type(page, "1,5")
    _key(qtbot, page, Qt.Key.Key_Tab)
    _type(page, "450000")
    _key(qtbot, page, Qt.Key.Key_Tab)
    _key(qtbot, page, Qt.Key.Key_Tab)
    _type(page, "0")
    _key(qtbot, page, Qt.Key.Key_Return)
    assert page.lines_model.rowCount() == 4  # the last one blank, ignored
    assert _cell(page, 2, DESCRIPTION) == "Lắp đặt tại công trường"
    expected = quote_totals(
        [
            LinePrice(Decimal(6), Decimal(2350000), Decimal(0), Decimal(10)),
            LinePrice(Decimal(2), Decimal(18500000), Decimal(5), Decimal(10)),
            LinePrice(Decimal("1.5"), Decimal(450000), Decimal(0), Decimal(0)),
        ],
        Decimal(0),
        "VND",
    )
    assert not page.error_label.isVisible()
    assert page.subtotal_label.text() == format_money(expected.subtotal, "VND")
    assert page.total_label.text() == format_money(expected.total, "VND") == "₫54,850,000"
    assert "10 %: ₫4,925,000" in page.vat_label.text()
    assert page.words_label.text() == "Năm mươi bốn triệu tám trăm năm mươi nghìn đồng"
    # The quote discount: 3 %.
    page.discount_edit.setFocus()
    page.discount_edit.selectAll()
    qtbot.keyClicks(page.discount_edit, "3")
    expected = quote_totals(
        [
            LinePrice(Decimal(6), Decimal(2350000), Decimal(0), Decimal(10)),
            LinePrice(Decimal(2), Decimal(18500000), Decimal(5), Decimal(10)),
            LinePrice(Decimal("1.5"), Decimal(450000), Decimal(0), Decimal(0)),
        ],
        Decimal(3),
        "VND",
    )
    assert page.total_label.text() == format_money(expected.total, "VND")
    assert page.discount_label.text() == format_money(-expected.discount, "VND")

    # Bad values: shown in red under the table, and Save refuses them.
    for column, text, message in (
        (QUANTITY, "-2", "Line 1: the quantity must be greater than zero (not -2)."),
        (DISCOUNT, "150", "Line 1: the discount must be between 0 and 100 % (not 150)."),
        (PRICE, "12abc", "Line 1: the unit price '12abc' is not a number."),
    ):
        before = page.lines_model.lines[0]
        _edit_cell(qtbot, page, 0, column, text)
        assert page.error_label.isVisible() and message in page.error_label.text()
        assert page.lines_model.index(0, column).data(Qt.ItemDataRole.BackgroundRole)
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        _idle(qtbot, gui)
        assert msgbox.of_kind("warning")[-1].informative.count(message) == 1
        assert _quote_count(gui) == 0
        page.lines_model.lines[0] = before
        page.recompute()
    assert not page.error_label.isVisible()

    # Save (Ctrl+S): the quote is written with its three lines.
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.record is not None, timeout=10_000)
    _idle(qtbot, gui)
    record = page.record
    assert record is not None and record.version == 1
    assert [line.description for line in record.lines] == [
        "Aptomat 3 pha 100A",
        "Tủ điện phân phối 400A",
        "Lắp đặt tại công trường",
    ]
    assert record.lines[2].quantity == Decimal("1.5") and record.lines[2].unit == "giờ"
    assert record.totals.total == expected.total
    v1 = record.id

    # Mark as sent, then revise: v2 opens editable.
    qtbot.mouseClick(page.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.record is not None and page.record.status == "sent", timeout=10_000
    )
    assert page.status_label.text() == "Sent" and not page.save_button.isEnabled()
    qtbot.mouseClick(page.revise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.record is not None and page.record.version == 2, timeout=10_000)
    _idle(qtbot, gui)
    assert page.record.editable and page.save_button.isEnabled()
    assert page.title_label.text().endswith("(v2)")
    # v1 is read-only, with a banner and a link to the latest.
    window.open_record("quote", v1)
    qtbot.waitUntil(lambda: page.record is not None and page.record.id == v1, timeout=10_000)
    assert page.banner.isVisible() and "Version 1 was revised — read-only" in page.banner.text()
    assert not page.save_button.isEnabled() and page.lines_model.read_only
    qtbot.mouseClick(page.latest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.record is not None and page.record.version == 2, timeout=10_000)
    _idle(qtbot, gui)
    # Change a quantity in v2 and save.
    window.activateWindow()  # the offscreen platform may have left the window inactive
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    _edit_cell(qtbot, page, 0, QUANTITY, "8")
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: page.record is not None and page.record.lines[0].quantity == 8, timeout=10_000
    )
    _idle(qtbot, gui)
    # The versions: selecting v1 shows what changed.
    assert page.versions_list.count() == 2
    page.versions_list.setCurrentRow(0)
    diff = page.diff_label.text()
    assert "Aptomat 3 pha 100A: quantity 6 → 8" in diff
    v2_total = page.record.totals.total
    assert f"Total: {format_money(record.totals.total, 'VND')} → " in diff
    assert format_money(v2_total, "VND") in diff

    # Send v2 and accept it: "Mark the deal won?" answered yes.
    qtbot.mouseClick(page.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.record is not None and page.record.status == "sent", timeout=10_000
    )
    _idle(qtbot, gui)
    msgbox.choose_answer = 0
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.record is not None and page.record.status == "accepted", timeout=10_000
    )
    assert msgbox.of_kind("question")[-1].text == "Mark the deal won?"
    with gui.ctx.db.uow() as uow:
        deal = deals.get_deal(uow, ids["deal"])
    assert deal.status == "won" and deal.amount == v2_total

    # Export PDF and Excel through the save dialog.
    for suffix in (".pdf", ".xlsx"):
        target = tmp_path / f"quote{suffix}"
        msgbox.save_file_answer = target
        button = page.pdf_button if suffix == ".pdf" else page.xlsx_button
        with qtbot.waitSignal(page.exported, timeout=20_000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert target.exists()
    assert msgbox.of_kind("save_file")[0].text == "Export the quote as PDF"
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "quote.pdf").pages)
    assert CUSTOMER in text
    book = openpyxl.load_workbook(tmp_path / "quote.xlsx")
    assert any(CUSTOMER in str(c.value) for ws in book for row in ws.iter_rows() for c in row)


def test_print_pdf_paints_every_page_on_the_printer(
    qtbot: QtBot, start: Callable[..., Any], tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from desktop_crm.exports.quote_files import export_quote
    from desktop_crm.ui.quote_editor.printing import print_pdf
    from tests.quote_fixtures import make_quote, many_lines

    gui = start()
    ids = seed_parties(gui.ctx.db)
    made = make_quote(gui.ctx.db, ids, many_lines(60))
    with gui.ctx.db.uow() as uow:
        document = quotes.build_document(uow, made.id)
    source = tmp_path / "quote.pdf"
    export_quote(document, source)
    pages = len(PdfReader(source).pages)
    assert pages >= 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)  # enough to check; a real printer's 600 dpi takes longer
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_pdf(source, printer) == pages
    assert len(PdfReader(printed).pages) == pages
    assert printed.stat().st_size > 20_000  # images, not blank pages


def test_new_quote_from_an_account_and_a_contact_page(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox
) -> None:
    gui = start()
    ids = seed_parties(gui.ctx.db)
    window = gui.window
    page = window.quote_nav.page
    for customer_page, record_id, shown in (
        (window.accounts_page, ids["account"], CUSTOMER),
        (window.contacts_page, ids["contact"], "Nguyễn Thị Ánh Dương"),
    ):
        window.open_record(
            "account" if customer_page is window.accounts_page else "contact", record_id
        )
        detail = customer_page.detail
        qtbot.waitUntil(lambda d=detail: d.view is not None, timeout=10_000)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            qtbot.mouseClick(detail.new_quote_button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is page
        assert shown in page.customer_label.text()
