"""The product catalogue window as a user meets it: add, refuse, edit, retire, import and
export products."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.paths import AppPaths
from desktop_crm.services import catalogue
from desktop_crm.store.database import Database
from desktop_crm.ui.catalogue.form import ProductDialog, normalise_price
from desktop_crm.ui.catalogue.window import COLUMNS, CatalogueWindow
from tests.quote_fixtures import seed_parties
from tests.ui.helpers import FakeMsgBox, type_text


@pytest.mark.parametrize(
    ("typed", "currency", "read"),
    [
        ("1.500.000", "VND", "1500000"),
        ("1 500 000", "VND", "1500000"),
        ("1,500,000", "VND", "1500000"),
        ("1500000", "VND", "1500000"),
        ("12.500", "VND", "12500"),
        ("1.500,000", "VND", "1.500,000"),  # mixed separators: not guessed, refused later
        ("1.5", "VND", "1.5"),  # not three digits after the dot: a decimal point
        ("12.500", "USD", "12.500"),  # USD has cents: a dot is the decimal point
        ("1 234.50", "USD", "1234.50"),
        ("12abc", "VND", "12abc"),
    ],
)
def test_a_typed_price_is_read_as_a_vietnamese_user_means_it(
    typed: str, currency: str, read: str
) -> None:
    assert normalise_price(typed, currency) == read


@pytest.fixture
def seeded(paths: AppPaths) -> AppPaths:
    db = Database.open(paths.db_path, paths.backup_dir)
    seed_parties(db)
    db.close()
    return paths


def _products(paths: AppPaths, active_only: bool = False) -> dict[str, catalogue.ProductRecord]:
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            return {p.sku: p for p in catalogue.list_products(uow, active_only=active_only)}
    finally:
        db.close()


def _open(qtbot: QtBot, gui: Any) -> CatalogueWindow:
    page = gui.window.quotes_page
    gui.window.select_page(gui.window.pages.index(page))
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    window: CatalogueWindow = gui.window.catalogue_window
    assert window.isVisible() and not window.isModal()
    _settled(qtbot, window)
    return window


def _settled(qtbot: QtBot, window: CatalogueWindow) -> None:
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)


def _shown(window: CatalogueWindow, column: str = "sku") -> list[str]:
    col = COLUMNS.index(column)
    return [window.model.index(r, col).data() for r in range(window.model.rowCount())]


def _select(qtbot: QtBot, window: CatalogueWindow, sku: str) -> None:
    row = _shown(window).index(sku)
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_product() is not None
    assert window.current_product().sku == sku  # type: ignore[union-attr]


def _form(qtbot: QtBot, window: CatalogueWindow) -> ProductDialog:
    qtbot.waitUntil(lambda: window.form is not None and window.form.isVisible())
    assert window.form is not None
    return window.form


def _retype(widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.clear()  # type: ignore[attr-defined]
    type_text(widget, text)


def test_add_a_product_by_typing_and_a_bad_price_saves_nothing(
    qtbot: QtBot, seeded: AppPaths, start: Callable[..., Any]
) -> None:
    gui = start()
    window = _open(qtbot, gui)
    assert sorted(_shown(window)) == sorted(_products(seeded))
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    form = _form(qtbot, window)
    _retype(form.sku_edit, "DH-DN-01")
    _retype(form.name_edit, "Đồng hồ đo điện đa năng")
    _retype(form.unit_combo.lineEdit(), "chiếc")
    form.vat_combo.setCurrentIndex(form.vat_combo.findText("8 %"))
    _retype(form.price_edit, "12abc")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    message = form.messages["unit_price"]
    assert message.isVisibleTo(form)
    assert message.text() == "'12abc' is not a number."
    assert form.focusWidget() is form.price_edit
    assert not form.messages["sku"].isVisibleTo(form)
    assert form.isVisible()  # the form stays open
    qtbot.wait(100)
    assert "DH-DN-01" not in _products(seeded)  # nothing saved

    _retype(form.price_edit, "1.500.000")  # as a Vietnamese user writes one and a half million
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.form is None, timeout=5_000)  # closed after saving
    qtbot.waitUntil(lambda: "DH-DN-01" in _shown(window), timeout=5_000)
    saved = _products(seeded)["DH-DN-01"]
    assert saved.name == "Đồng hồ đo điện đa năng"
    assert saved.unit == "chiếc"
    assert saved.unit_price == Decimal(1_500_000)
    assert saved.vat_rate == Decimal(8)
    row = _shown(window).index("DH-DN-01")
    price = window.model.index(row, COLUMNS.index("unit_price")).data()
    assert "1,500,000" in price and "₫" in price
    assert window.current_product() is not None and window.current_product().sku == "DH-DN-01"  # type: ignore[union-attr]

    # A code already used is refused next to the code, by the database check.
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    form = _form(qtbot, window)
    _retype(form.sku_edit, "td-400a")
    _retype(form.name_edit, "Tủ khác")
    _retype(form.price_edit, "100")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.messages["sku"].isVisibleTo(form), timeout=5_000)
    assert "TD-400A" in form.messages["sku"].text()
    assert form.focusWidget() is form.sku_edit
    form.reject()


def test_filter_edit_price_deactivate_and_reactivate(
    qtbot: QtBot, seeded: AppPaths, start: Callable[..., Any]
) -> None:
    gui = start()
    window = _open(qtbot, gui)
    window.filter_edit.setFocus()
    type_text(window.filter_edit, "tu dien")  # without diacritics
    qtbot.waitUntil(lambda: _shown(window) == ["TD-400A"], timeout=5_000)
    window.filter_edit.clear()
    qtbot.waitUntil(lambda: len(_shown(window)) == 4, timeout=5_000)

    _select(qtbot, window, "CB-3P-100")
    qtbot.mouseDClick(
        window.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.table.visualRect(window.table.currentIndex()).center(),
    )
    form = _form(qtbot, window)
    assert form.price_edit.text() == "2350000"
    assert form.name_edit.text() == "Aptomat 3 pha 100A"
    _retype(form.price_edit, "2 480 000")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.form is None, timeout=5_000)  # closed after saving
    qtbot.waitUntil(
        lambda: _products(seeded)["CB-3P-100"].unit_price == Decimal(2_480_000), timeout=5_000
    )
    _settled(qtbot, window)
    row = _shown(window).index("CB-3P-100")
    assert "2,480,000" in window.model.index(row, COLUMNS.index("unit_price")).data()

    _select(qtbot, window, "LD-GIO")
    assert window.active_button.text() == "&Deactivate"
    qtbot.mouseClick(window.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "LD-GIO" not in _shown(window), timeout=5_000)
    assert not _products(seeded)["LD-GIO"].is_active
    window.inactive_check.click()
    qtbot.waitUntil(lambda: "LD-GIO" in _shown(window), timeout=5_000)
    row = _shown(window).index("LD-GIO")
    assert window.model.index(row, COLUMNS.index("active")).data() == "No"
    _select(qtbot, window, "LD-GIO")
    assert window.active_button.text() == "&Reactivate"
    qtbot.mouseClick(window.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _products(seeded)["LD-GIO"].is_active, timeout=5_000)


def test_import_reports_the_bad_row_and_export_writes_a_workbook(
    qtbot: QtBot,
    seeded: AppPaths,
    start: Callable[..., Any],
    msgbox: FakeMsgBox,
    tmp_path: Path,
) -> None:
    source = tmp_path / "bang gia.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Mã hàng", "Tên hàng", "Đơn vị tính", "Đơn giá", "Thuế GTGT (%)"])
    sheet.append(["DEN-LED-50", "Đèn LED nhà xưởng 50W", "bộ", 1_250_000, 10])
    sheet.append(["TD-400A", "Tủ điện phân phối 400A", "bộ", 19_000_000, 10])  # a new price
    sheet.append(["ONG-PVC", "Ống luồn dây PVC", "m", "mười nghìn", 10])  # refused
    book.save(source)

    gui = start()
    window = _open(qtbot, gui)
    msgbox.open_file_answer = source
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("information")), timeout=10_000)
    report = msgbox.of_kind("information")[0]
    assert "1 new, 1 changed, 0 unchanged, 1 refused" in report.text
    assert "Row 4:" in report.informative and "mười nghìn" in report.informative
    qtbot.waitUntil(lambda: "DEN-LED-50" in _shown(window), timeout=5_000)
    assert "ONG-PVC" not in _shown(window)
    assert _products(seeded)["TD-400A"].unit_price == Decimal(19_000_000)
    assert window.import_button.isEnabled()

    target = tmp_path / "xuat" / "danh muc"
    target.parent.mkdir()
    msgbox.save_file_answer = target
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(msgbox.of_kind("information")) == 2, timeout=10_000)
    written = target.with_name("danh muc.xlsx")
    assert str(written) in msgbox.of_kind("information")[1].text
    sheet = load_workbook(written).active
    assert sheet is not None
    rows = [row for row in sheet.iter_rows(values_only=True) if any(row)]
    by_code = {row[0]: row for row in rows}
    assert set(_products(seeded)) <= set(by_code)
    led = by_code["DEN-LED-50"]
    assert "Đèn LED nhà xưởng 50W" in led
    assert any(isinstance(v, int | float) and v == 1_250_000 for v in led)  # a number
