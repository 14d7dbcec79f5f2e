"""write_table: CSV with BOM and Excel with a real header, dates and numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_crm.errors import FileProblemError
from desktop_crm.exports.table_export import write_table

HEADERS = ["Họ tên", "Ngày sinh", "Doanh thu", "Ghi chú"]
ROWS = [
    ["Nguyễn Thị Ánh Dương", dt.date(1990, 3, 12), Decimal("1234567.5"), "=cmd|' /C calc'!A0"],
    ["Trần Văn Đức", None, 3, "dòng 1\ndòng 2"],
]


def test_csv_has_a_bom_and_keeps_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    assert write_table(path, HEADERS, iter(ROWS), "Liên hệ") == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "Nguyễn Thị Ánh Dương,1990-03-12,1234567.5,'=cmd" in text


def test_xlsx_header_dates_numbers_and_no_formulas(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    assert write_table(path, HEADERS, ROWS, "Liên hệ: tháng 3/2026") == 2
    sheet = load_workbook(path).active
    assert sheet.title == "Liên hệ  tháng 3 2026"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:D3"
    assert sheet["A1"].font.b
    assert sheet["B2"].value == dt.datetime(1990, 3, 12) and sheet["B2"].is_date
    assert sheet["C2"].value == 1234567.5 and sheet["C3"].value == 3
    assert sheet["D2"].data_type == "s"  # text, never run as a formula
    assert sheet.column_dimensions["A"].width >= len("Nguyễn Thị Ánh Dương")


def test_other_endings_are_refused_and_nothing_half_written(tmp_path: Path) -> None:
    with pytest.raises(FileProblemError):
        write_table(tmp_path / "x.pdf", HEADERS, ROWS, "t")

    def failing() -> object:
        yield ROWS[0]
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_table(tmp_path / "y.xlsx", HEADERS, failing(), "t")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
