"""The quote workbook: real numbers, formulas that compute what the editor shows (evaluated
with pycel), number formats per currency, frozen header, print set-up, Vietnamese text."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from pycel import ExcelCompiler

from desktop_crm.domain.quote_math import LinePrice, quote_totals
from desktop_crm.exports.quote_labels import LABELS, format_percent
from desktop_crm.exports.quote_xlsx import money_format, write_quote_xlsx
from desktop_crm.services import quotes
from desktop_crm.services.quotes import LineInput, QuoteRecord
from desktop_crm.store.database import Database
from tests.quote_fixtures import CUSTOMER, PERSON, SELLER, make_quote, seed_parties

USD_LINES = (
    LineInput("Industrial cable tray, galvanised", "125.5", "3.79", "m", "2.5", "8"),
    LineInput("Cable lug 16mm²", "37", "0.1234", "pcs", "0", "10"),
    LineInput("Commissioning", "3.75", "1234.56", "h", "7.5", "5"),
    LineInput("Transformer 250 kVA", "1", "12995.99", "set", "0", "10"),
)


@dataclass
class Layout:
    ws: Worksheet
    header: int
    first: int
    last: int
    totals: dict[str, int]  # label -> row


def _layout(path: Path, language: str) -> Layout:
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    text = LABELS[language]
    header = next(
        r
        for r in range(1, ws.max_row + 1)
        if ws.cell(r, 1).value == text["col_no"] and ws.cell(r, 10).value == text["col_vat"]
    )
    last = header
    while isinstance(ws.cell(last + 1, 1).value, int):
        last += 1
    totals = {
        str(ws.cell(r, 3).value): r
        for r in range(last + 1, ws.max_row + 1)
        if isinstance(ws.cell(r, 8).value, str) and str(ws.cell(r, 8).value).startswith("=")
    }
    return Layout(ws, header, header + 1, last, totals)


class Evaluator:
    def __init__(self, path: Path, sheet: str) -> None:
        self.xl = ExcelCompiler(filename=str(path))
        self.sheet = sheet

    def __call__(self, cell: str) -> Any:
        return self.xl.evaluate(f"'{self.sheet}'!{cell}")

    def set(self, cell: str, value: float) -> None:
        self.xl.set_value(f"'{self.sheet}'!{cell}", value)


def _same(value: Any, expected: Decimal, decimals: int) -> bool:
    """A spreadsheet's float against an exact amount: equal once rounded to the currency, and
    off by no more than float noise."""
    assert isinstance(value, int | float), value
    got = Decimal(repr(float(value)))
    return got.quantize(Decimal(1).scaleb(-decimals)) == expected and abs(got - expected) < Decimal(
        "1e-6"
    )


def _export(db: Database, record: QuoteRecord, path: Path) -> tuple[Layout, Evaluator]:
    with db.uow() as uow:
        write_quote_xlsx(quotes.build_document(uow, record.id), path)
    layout = _layout(path, record.language)
    return layout, Evaluator(path, LABELS[record.language]["sheet"])


def _check_against_record(
    layout: Layout, calc: Evaluator, record: QuoteRecord, decimals: int
) -> None:
    text = LABELS[record.language]
    ws = layout.ws
    assert layout.last - layout.first + 1 == len(record.lines)
    for r, line in zip(range(layout.first, layout.last + 1), record.lines, strict=True):
        # Inputs are numbers, not text, with the exact values of the quote.
        for column, expected in (
            ("E", line.quantity),
            ("F", line.unit_price),
            ("G", line.discount_percent),
            ("I", line.vat_rate),
        ):
            value = ws[f"{column}{r}"].value
            assert isinstance(value, int | float), (column, r, value)
            assert Decimal(repr(value)) == expected
        assert str(ws[f"H{r}"].value).startswith("=ROUND(")
        assert str(ws[f"J{r}"].value).startswith("=ROUND(ROUND(")
        assert _same(calc(f"H{r}"), line.net, decimals), (r, calc(f"H{r}"), line.net)
        assert _same(calc(f"J{r}"), line.vat, decimals), (r, calc(f"J{r}"), line.vat)
    rows = layout.totals
    totals = record.totals
    assert _same(calc(f"H{rows[text['subtotal']]}"), totals.subtotal, decimals)
    discount_row = rows[text["discount"].format(percent="(%)")]
    assert Decimal(repr(ws[f"G{discount_row}"].value)) == record.discount_percent
    assert _same(calc(f"H{discount_row}"), totals.discount, decimals)
    assert totals.discount > 0
    assert _same(calc(f"H{rows[text['taxable']]}"), totals.taxable, decimals)
    assert len(totals.by_rate) >= 2
    for rate in totals.by_rate:
        label = text["vat_at"].format(rate=format_percent(rate.rate, record.language))
        assert _same(calc(f"H{rows[label]}"), rate.vat, decimals), label
    assert _same(calc(f"H{rows[text['tax_total']]}"), totals.tax_total, decimals)
    assert _same(calc(f"H{rows[text['total']]}"), totals.total, decimals)


def test_vnd_workbook_formulas_give_the_editors_figures(db: Database, tmp_path: Path) -> None:
    ids = seed_parties(db)
    record = make_quote(db, ids, discount="2.5")  # 125.5 m of cable at 2.5 % off, 8 % VAT
    layout, calc = _export(db, record, tmp_path / "q.xlsx")
    _check_against_record(layout, calc, record, 0)
    ws = layout.ws
    assert ws[f"H{layout.first}"].number_format == '#,##0 "₫"'
    assert ws[f"F{layout.first}"].number_format == '#,##0 "₫"'
    assert ws[f"J{layout.first}"].number_format == '#,##0 "₫"'
    assert ws[f"H{layout.totals['Tổng cộng thanh toán']}"].number_format == '#,##0 "₫"'


def test_usd_workbook_with_cents_and_fine_unit_prices(db: Database, tmp_path: Path) -> None:
    ids = seed_parties(db)
    record = make_quote(db, ids, USD_LINES, language="en", currency="USD", discount="2.5")
    layout, calc = _export(db, record, tmp_path / "usd.xlsx")
    _check_against_record(layout, calc, record, 2)
    ws = layout.ws
    assert ws[f"H{layout.first}"].number_format == "$#,##0.00"
    assert ws[f"F{layout.first}"].number_format == "$#,##0.00##"  # 0.1234 keeps its digits
    assert ws[f"E{layout.first}"].number_format == "General"
    assert ws.title == "Quotation"


def test_a_changed_quantity_recomputes_every_total(db: Database, tmp_path: Path) -> None:
    ids = seed_parties(db)
    record = make_quote(db, ids, USD_LINES, language="en", currency="USD", discount="2.5")
    layout, calc = _export(db, record, tmp_path / "usd.xlsx")
    calc("H" + str(layout.totals["Grand total"]))  # evaluate once, then change an input
    calc.set(f"E{layout.first}", 80.25)
    calc.set(f"G{layout.totals['Discount (%)']}", 4)
    prices = [
        LinePrice(
            Decimal("80.25") if n == 0 else x.quantity, x.unit_price, x.discount_percent, x.vat_rate
        )
        for n, x in enumerate(record.lines)
    ]
    expected = quote_totals(prices, Decimal(4), "USD")
    assert expected.total != record.totals.total
    rows = layout.totals
    assert _same(calc(f"H{layout.first}"), expected.lines[0].net, 2)
    assert _same(calc(f"H{rows['Subtotal']}"), expected.subtotal, 2)
    assert _same(calc(f"H{rows['Discount (%)']}"), expected.discount, 2)
    assert _same(calc(f"H{rows['Total VAT']}"), expected.tax_total, 2)
    assert _same(calc(f"H{rows['VAT 8%']}"), expected.by_rate[1].vat, 2)
    assert _same(calc(f"H{rows['Grand total']}"), expected.total, 2)


def test_money_formats_per_currency() -> None:
    assert money_format("VND") == '#,##0 "₫"'
    assert money_format("USD") == "$#,##0.00"
    assert money_format("USD", 2) == "$#,##0.00##"
    assert money_format("VND", 2) == '#,##0.## "₫"'
    assert money_format("EUR") == '"€"#,##0.00'
    assert money_format("JPY").endswith("#,##0")


def test_vietnamese_text_layout_and_print_setup(db: Database, tmp_path: Path) -> None:
    ids = seed_parties(db)
    record = make_quote(db, ids, discount="3")
    path = tmp_path / "vi.xlsx"
    layout, _ = _export(db, record, path)
    ws = layout.ws
    texts = [str(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert ws.title == "Báo giá"
    assert ws["A1"].value == SELLER and ws["A1"].font.b
    assert "Số 12 Phố Tràng Tiền, Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội" in texts
    assert any("Mã số thuế: 0101234567" in t and "+84 24 3826 1234" in t for t in texts)
    assert "Tài khoản: 0011004455667 – Vietcombank – Chi nhánh Hà Nội" in texts
    assert "BÁO GIÁ" in texts
    assert any(t.startswith(f"Số: {record.number}") and "Ngày: 20/11/2026" in t for t in texts)
    assert CUSTOMER in texts and PERSON in texts
    headers = [ws.cell(layout.header, c).value for c in range(1, 11)]
    assert headers == [
        "STT",
        "Mã hàng",
        "Tên hàng hóa, dịch vụ",
        "ĐVT",
        "Số lượng",
        "Đơn giá",
        "CK (%)",
        "Thành tiền",
        "Thuế GTGT (%)",
        "Tiền thuế",
    ]
    for r, line in zip(range(layout.first, layout.last + 1), record.lines, strict=True):
        assert ws[f"C{r}"].value == line.description
        assert ws[f"B{r}"].value == line.code
        assert ws[f"D{r}"].value == line.unit
    assert ws[f"C{layout.first}"].alignment.wrap_text
    assert ws.row_dimensions[layout.last].height > 15  # the long description wraps
    assert ws[f"B{layout.first}"].value == "TD-400A"
    with db.uow() as uow:
        words = quotes.build_document(uow, record.id).amount_in_words
    assert f"Bằng chữ: {words}" in texts
    assert words.startswith("Tám mươi") and words.endswith("đồng")
    assert "Thanh toán 50% khi đặt hàng, 50% trong 15 ngày sau nghiệm thu." in texts
    assert "Thuế GTGT 8%" in layout.totals and "Thuế GTGT 10%" in layout.totals

    assert ws.freeze_panes == f"A{layout.first}"
    assert ws.print_title_rows == f"${layout.header}:${layout.header}"
    assert int(ws.page_setup.paperSize or 0) == int(ws.PAPERSIZE_A4)  # 9: A4
    assert ws.page_setup.orientation == "portrait"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr is not None
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    props = openpyxl.load_workbook(path).properties
    assert props.title == f"Báo giá {record.number} cho {CUSTOMER}"
    assert props.creator == "Trần Văn Bình"


@pytest.mark.parametrize("count", [1, 60])
def test_any_number_of_lines(db: Database, tmp_path: Path, count: int) -> None:
    from tests.quote_fixtures import many_lines

    ids = seed_parties(db)
    record = make_quote(db, ids, many_lines(count), discount="1.5")
    layout, calc = _export(db, record, tmp_path / "many.xlsx")
    assert layout.last - layout.first + 1 == count
    assert _same(calc(f"H{layout.totals['Tổng cộng thanh toán']}"), record.totals.total, 0)
