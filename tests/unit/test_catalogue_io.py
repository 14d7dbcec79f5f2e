"""The catalogue to Excel and back: round trip, bad rows reported one by one, Vietnamese."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_crm.errors import UserError
from desktop_crm.services import catalogue
from desktop_crm.services.catalogue import ProductInput
from desktop_crm.services.catalogue_io import (
    CatalogueImportCancelledError,
    cell_decimal,
    export_catalogue,
    import_catalogue,
)
from desktop_crm.store.database import Database
from tests.quote_fixtures import PRODUCTS

EXTRA = (
    ProductInput("LUG-16", "Đầu cốt đồng 16mm²", "0.1234", "USD", "8", "cái", "Mạ thiếc"),
    ProductInput("OLD-1", "Máy cắt cũ (ngừng bán)", "1500000", "VND", "5", "chiếc", None, False),
)


def _seed(db: Database) -> None:
    with db.uow() as uow:
        for product in (*PRODUCTS, *EXTRA):
            catalogue.save_product(uow, product)


def _products(db: Database) -> list[catalogue.ProductRecord]:
    with db.uow() as uow:
        return catalogue.list_products(uow)


def _without_ids(records: list[catalogue.ProductRecord]) -> list[tuple[object, ...]]:
    return [
        (r.sku, r.name, r.description, r.unit, r.unit_price, r.currency, r.vat_rate, r.is_active)
        for r in records
    ]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_round_trip_changes_nothing(db: Database, tmp_path: Path, language: str) -> None:
    _seed(db)
    before = _products(db)
    path = tmp_path / "catalogue.xlsx"
    with db.uow() as uow:
        assert export_catalogue(uow, path, language) == len(before) == 6
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    if language == "vi":
        assert header[:2] == ["Mã hàng", "Tên hàng"] and header[4] == "Đơn giá"
    else:
        assert header == [
            "Code",
            "Name",
            "Description",
            "Unit",
            "Unit price",
            "Currency",
            "VAT %",
            "Active",
        ]
    prices = {row[0].value: row[4].value for row in sheet.iter_rows(min_row=2)}
    assert prices["TD-400A"] == 18500000 and isinstance(prices["LUG-16"], float)
    assert prices["LUG-16"] == pytest.approx(0.1234)
    with db.uow() as uow:
        report = import_catalogue(uow, path)
    assert (report.created, report.updated, report.unchanged, report.rejected) == (0, 0, 6, [])
    assert _products(db) == before


def test_import_into_an_empty_catalogue_recreates_it(db: Database, tmp_path: Path) -> None:
    _seed(db)
    path = tmp_path / "c.xlsx"
    with db.uow() as uow:
        export_catalogue(uow, path, "vi")
    other = Database.open(tmp_path / "other.sqlite3", tmp_path / "backups")
    try:
        seen: list[tuple[int, int]] = []
        with other.uow() as uow:
            report = import_catalogue(uow, path, progress=lambda d, t: seen.append((d, t)))
        assert (report.created, report.updated, report.unchanged) == (6, 0, 0)
        assert seen[-1] == (6, 6)
        assert _without_ids(_products(other)) == _without_ids(_products(db))
        names = {p.sku: p.name for p in _products(other)}
        assert names["CAP-CU-4"] == "Cáp đồng Cu/XLPE 4x16mm²"
        assert names["LUG-16"] == "Đầu cốt đồng 16mm²"
    finally:
        other.close()


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_broken_workbook_reports_each_bad_row_and_keeps_the_good(
    db: Database, tmp_path: Path
) -> None:
    _seed(db)
    path = _workbook(
        tmp_path / "broken.xlsx",
        [
            ["Bảng giá tháng 11"],  # a title above the header
            ["MA HANG", "ten hang", "Don gia", "thue gtgt (%)", "ĐVT", "Đang bán"],
            ["TD-400A", "Tủ điện phân phối 400A", 19_000_000, 10, "bộ", "có"],  # price up
            ["CB-3P-100", "Aptomat 3 pha 100A", 2_350_000, 10, "cái", "x"],  # unchanged
            ["QUAT-01", "Quạt thông gió công nghiệp Điện Cơ", 3_250_000.0, 8, "cái", None],
            ["BAD-1", "Giá có chữ", "12abc", 10, "cái", None],
            ["BAD-2", "Thuế bảy phần trăm", 100, 7, "cái", None],
            [None, "Không có mã", 100, 10, "cái", None],
            [],  # an empty row is skipped, not rejected
            ["quat-01", "Lặp lại mã", 1, 10, "cái", None],
            ["BAD-3", "Kích hoạt?", 5, 10, "cái", "có lẽ"],
            ["TINY", "Giá quá lẻ", 0.12345, 0, "cái", None],
        ],
    )
    with db.uow() as uow:
        report = import_catalogue(uow, path)
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    assert report.rejected == [
        (6, "'12abc' is not a number."),
        (7, "The VAT rate must be 0, 5, 8 or 10 % (not 7)."),
        (8, "Enter the product code."),
        (10, "The code quat-01 is already on row 5."),
        (11, "'có lẽ' is neither yes nor no."),
        (12, "A unit price has at most 4 decimals."),
    ]
    with db.uow() as uow:
        tu = catalogue.find_by_code(uow, "TD-400A")
        quat = catalogue.find_by_code(uow, "QUAT-01")
        assert catalogue.find_by_code(uow, "BAD-1") is None
    assert tu is not None and tu.unit_price == Decimal(19_000_000)
    assert tu.name == "Tủ điện phân phối 400A" and tu.vat_rate == 10
    assert quat is not None and quat.name == "Quạt thông gió công nghiệp Điện Cơ"
    assert quat.unit_price == Decimal(3_250_000) and quat.vat_rate == 8
    assert quat.currency == "VND" and quat.is_active


def test_unreadable_files_are_refused_with_the_path(db: Database, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.xlsx"
    with db.uow() as uow, pytest.raises(UserError) as info:
        import_catalogue(uow, missing)
    assert str(missing) in info.value.message and "does not exist" in info.value.message

    text = tmp_path / "prices.xlsx"
    text.write_text("Code;Name;Unit price\nA;B;1\n", encoding="utf-8")
    with db.uow() as uow, pytest.raises(UserError) as info:
        import_catalogue(uow, text)
    assert str(text) in info.value.message and "not an Excel workbook" in info.value.message

    headless = _workbook(tmp_path / "h.xlsx", [["Mã hàng", "Ghi chú"], ["A", "x"]])
    with db.uow() as uow, pytest.raises(UserError) as info:
        import_catalogue(uow, headless)
    message = info.value.message
    assert (
        str(headless) in message
        and "Name, Unit price" in message
        and "Code" not in (message.split("columns ")[1].split(" was")[0])
    )

    with db.uow() as uow, pytest.raises(UserError) as info:
        export_catalogue(uow, tmp_path / "c.csv")
    assert ".xlsx" in info.value.message


def test_cancel_writes_nothing(db: Database, tmp_path: Path) -> None:
    rows: list[list[object]] = [["Code", "Name", "Unit price"]]
    rows += [[f"P-{n:03}", f"Sản phẩm {n}", 1000 + n] for n in range(60)]
    path = _workbook(tmp_path / "many.xlsx", rows)
    looks = [0]

    def cancel() -> bool:
        looks[0] += 1
        return looks[0] > 2  # after 25 rows or so

    with db.uow() as uow, pytest.raises(CatalogueImportCancelledError):
        import_catalogue(uow, path, cancel=cancel)
    assert _products(db) == []
    with db.uow() as uow:
        assert import_catalogue(uow, path).created == 60


def test_cell_numbers_become_exact_decimals() -> None:
    assert cell_decimal(0.1 + 0.2) == Decimal("0.3")
    assert str(cell_decimal(215500.0)) == "215500.0"
    assert cell_decimal(215500.0) == Decimal(215500)
    assert cell_decimal(0.1234) == Decimal("0.1234")
    assert cell_decimal(1 / 3) == Decimal("0.333333333333333")
    assert cell_decimal(18500000) == Decimal(18500000)
    assert cell_decimal(" 12,5 ") == "12,5"
