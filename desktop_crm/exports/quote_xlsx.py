"""A quote as an Excel workbook a customer's purchasing department can work with.

One sheet: the letterhead, the title block, the customer, then the lines table and the totals.
Quantities, prices and rates are real numbers; every amount is a formula that follows
``domain.quote_math`` exactly, so a changed quantity recomputes the whole quote the way the
program would have computed it:

    Amount  H = ROUND(qty × price × (100 − disc) / 100, d)          (d = the currency's decimals)
    VAT     J = ROUND(ROUND(H × (100 − quote disc) / 100, d) × rate / 100, d)
    Subtotal = SUM(H), Discount = Subtotal − SUMPRODUCT(ROUND(H × (100 − quote disc) / 100, d)),
    VAT r%   = SUMIF(rate column, r, J), Grand total = Subtotal − Discount + SUM(J)

The products are written in that order (integers and halves first, the division by 100 last)
so the floating point arithmetic of a spreadsheet meets the exact Decimal figures: 125.5 ×
215500 × 97.5 / 100 is exact in binary, 125.5 × 215500 × 0.975 is not. Excel's ROUND rounds
halves away from zero, which for the positive amounts of a quote is the half-up rule.

The quote's discount percentage lives in one cell of the Discount row (the "Disc. (%)"
column), so a purchaser may change it too. The amount in words is text: it is not recomputed.
Quantities and percentages use the General format: any "#,##0.##"-style format prints "10."
for a whole number in Excel and LibreOffice.
"""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

from babel.numbers import get_currency_symbol
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_crm.domain.money import currency_decimals
from desktop_crm.domain.quote_document import QuoteDocument
from desktop_crm.exports.quote_labels import format_date, format_percent, labels

# Columns of the lines table: (label key, width in characters).
COLUMNS = (
    ("col_no", 5),
    ("col_code", 12),
    ("col_description", 44),
    ("col_unit", 7),
    ("col_quantity", 10),
    ("col_unit_price", 15),
    ("col_discount", 8),
    ("col_amount", 17),
    ("col_vat_rate", 9),
    ("col_vat", 15),
)
NO, CODE, DESC, UNIT, QTY, PRICE, DISC, AMOUNT, RATE, VAT = (
    get_column_letter(i) for i in range(1, len(COLUMNS) + 1)
)
LAST = VAT
_WIDTH = dict(COLUMNS)
_DESC_CHARS = _WIDTH["col_description"] - 2  # characters per wrapped line, roughly
_WIDE_CHARS = sum(w for _, w in COLUMNS) - 4  # a row merged across the whole table
_LINE_HEIGHT = 15.0  # points per text line at 11 pt

_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_CENTER = Alignment(horizontal="center", vertical="top")
_DATE_FORMATS = {"vi": "dd/mm/yyyy", "en": "d mmm yyyy"}
NUMBER_FORMAT = "General"  # quantities and percentages: see the module's docstring


def money_format(currency: str, extra_decimals: int = 0) -> str:
    """The Excel number format of an amount: VND '#,##0 "₫"', USD '$#,##0.00', EUR '"€"#,##0.00'.

    ``extra_decimals`` optional decimals are added for unit prices finer than the currency
    (USD 0.1234 shows as "$0.1234", 12 as "$12.00")."""
    decimals = currency_decimals(currency)
    number = "#,##0"
    if decimals or extra_decimals:
        number += "." + "0" * decimals + "#" * extra_decimals
    if currency.upper() == "VND":  # Vietnamese writes the đồng sign after the figure
        return f'{number} "₫"'
    symbol = str(get_currency_symbol(currency.upper(), locale="en_US"))
    if symbol == "$":
        return f"${number}"
    if symbol.isalpha():  # no symbol of its own: "1,234.00 SGD"
        return f'{number} "{symbol}"'
    return f'"{symbol}"{number}'


def _decimals(value: Decimal) -> int:
    """How many decimals ``value`` needs: 0.1230 -> 3, 18500000.0000 -> 0."""
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _text_lines(text: str, width: int) -> int:
    """How many printed lines ``text`` takes in a wrapped cell ``width`` characters wide."""
    return max(1, sum(max(1, math.ceil(len(part) / width)) for part in text.split("\n")))


class _Sheet:
    """Writes rows top to bottom; ``row`` is the next free row."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.row = 1

    def wide(self, text: str, *, bold: bool = False, size: float = 11, wrap: bool = False) -> None:
        """``text`` across the whole table width."""
        cell = self.ws.cell(self.row, 1, text)
        cell.font = Font(bold=bold, size=size)
        cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        self.ws.merge_cells(f"A{self.row}:{LAST}{self.row}")
        if wrap:
            self.ws.row_dimensions[self.row].height = _LINE_HEIGHT * _text_lines(text, _WIDE_CHARS)
        elif size > 11:
            self.ws.row_dimensions[self.row].height = size * 1.5
        self.row += 1

    def field(self, label: str, value: str) -> None:
        """A labelled value: the label bold in A:B, the value in C:J (wrapped)."""
        label_cell = self.ws.cell(self.row, 1, label)
        label_cell.font = Font(bold=True)
        label_cell.alignment = _WRAP_TOP
        self.ws.merge_cells(f"A{self.row}:{CODE}{self.row}")
        value_cell = self.ws.cell(self.row, 3, value)
        value_cell.alignment = _WRAP_TOP
        self.ws.merge_cells(f"{DESC}{self.row}:{LAST}{self.row}")
        lines = _text_lines(value, _WIDE_CHARS - _WIDTH["col_no"] - _WIDTH["col_code"])
        if lines > 1:
            self.ws.row_dimensions[self.row].height = _LINE_HEIGHT * lines
        self.row += 1

    def skip(self) -> None:
        self.row += 1


def write_quote_xlsx(doc: QuoteDocument, path: Path) -> None:
    """Write ``doc`` as an .xlsx workbook at ``path`` (overwritten). Any thread."""
    text = labels(doc.language)
    lang = doc.language
    d = currency_decimals(doc.currency)
    amount_format = money_format(doc.currency)
    price_decimals = max((_decimals(line.unit_price) for line in doc.lines), default=0)
    price_format = money_format(doc.currency, max(0, min(4, price_decimals) - d))

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = text["sheet"]
    out = _Sheet(ws)
    for index, (_, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width

    # Letterhead.
    seller = doc.seller
    out.wide(seller.name, bold=True, size=14)
    if seller.address:
        out.wide(seller.address)
    contacts = [
        f"{text['tax_code']}: {seller.tax_code}" if seller.tax_code else "",
        f"{text['phone']}: {seller.phone}" if seller.phone else "",
        f"{text['email']}: {seller.email}" if seller.email else "",
        f"{text['website']}: {seller.website}" if seller.website else "",
    ]
    if any(contacts):
        out.wide("  ·  ".join(c for c in contacts if c))
    if seller.bank_account:
        bank = seller.bank_account + (f" – {seller.bank_name}" if seller.bank_name else "")
        out.wide(f"{text['bank']}: {bank}")
    out.skip()

    # Title, number and dates.
    out.wide(text["title"], bold=True, size=16)
    ws.cell(out.row - 1, 1).alignment = Alignment(horizontal="center", vertical="center")
    numbers = [f"{text['number']}: {doc.display_number}"]
    numbers.append(f"{text['issue_date']}: {format_date(doc.issue_date, lang)}")
    if doc.valid_until is not None:
        numbers.append(f"{text['valid_until']}: {format_date(doc.valid_until, lang)}")
    out.wide("   ".join(numbers))
    ws.cell(out.row - 1, 1).alignment = Alignment(horizontal="center")
    out.skip()

    # Customer.
    customer = doc.customer
    out.field(text["customer"], customer.name)
    if customer.contact_name:
        out.field(text["attention"], customer.contact_name)
    if customer.address:
        out.field(text["address"], customer.address)
    if customer.tax_code:
        out.field(text["tax_code"], customer.tax_code)
    if customer.phone:
        out.field(text["phone"], customer.phone)
    if customer.email:
        out.field(text["email"], customer.email)
    if doc.deal_title:
        out.field(text["deal"], doc.deal_title)
    if doc.salesperson:
        out.field(text["salesperson"], doc.salesperson)
    out.skip()
    out.wide(text["intro"])
    out.wide(text["currency_note"].format(currency=doc.currency))

    # The lines table.
    header = out.row
    for index, (key, _) in enumerate(COLUMNS, start=1):
        cell = ws.cell(header, index, text[key])
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[header].height = _LINE_HEIGHT * 2
    first = header + 1
    last = header + len(doc.lines)
    # The totals come right below the lines; the quote's discount % sits in the Discount row.
    subtotal_row = last + 1
    discount_row = last + 2
    disc_cell = f"${DISC}${discount_row}"
    for offset, line in enumerate(doc.lines):
        r = first + offset
        values: list[object] = [
            line.position,
            line.code or None,
            line.description,
            line.unit or None,
            line.quantity,
            line.unit_price,
            line.discount_percent,
            f"=ROUND({QTY}{r}*{PRICE}{r}*(100-{DISC}{r})/100,{d})",
            line.vat_rate,
            f"=ROUND(ROUND({AMOUNT}{r}*(100-{disc_cell})/100,{d})*{RATE}{r}/100,{d})",
        ]
        for index, value in enumerate(values, start=1):
            cell = ws.cell(r, index, value)
            cell.border = _BOX
            cell.alignment = _WRAP_TOP if index == 3 else Alignment(vertical="top")
        ws[f"{NO}{r}"].alignment = _CENTER
        ws[f"{UNIT}{r}"].alignment = _CENTER
        for column in (QTY, DISC, RATE):
            ws[f"{column}{r}"].number_format = NUMBER_FORMAT
        ws[f"{PRICE}{r}"].number_format = price_format
        ws[f"{AMOUNT}{r}"].number_format = amount_format
        ws[f"{VAT}{r}"].number_format = amount_format
        height = _text_lines(line.description, _DESC_CHARS)
        if height > 1:
            ws.row_dimensions[r].height = _LINE_HEIGHT * height

    amounts = f"{AMOUNT}{first}:{AMOUNT}{last}" if first != last else f"{AMOUNT}{first}"
    rates = f"{RATE}{first}:{RATE}{last}"
    vats = f"{VAT}{first}:{VAT}{last}"

    def total(label: str, formula: str, *, percent: object = None, bold: bool = False) -> int:
        r = out.row
        label_cell = ws.cell(r, 3, label)
        label_cell.font = Font(bold=bold)
        label_cell.alignment = Alignment(horizontal="right")
        ws.merge_cells(f"{DESC}{r}:{PRICE}{r}")
        if percent is not None:
            cell = ws.cell(r, 7, percent)
            cell.number_format = NUMBER_FORMAT
            cell.border = _BOX
        cell = ws.cell(r, 8, formula)
        cell.number_format = amount_format
        cell.font = Font(bold=bold)
        cell.border = _BOX
        cell.fill = _TOTAL_FILL
        out.row += 1
        return r

    out.row = subtotal_row
    total(text["subtotal"], f"=SUM({amounts})")
    taxable_sum = f"ROUND({amounts}*(100-{disc_cell})/100,{d})"
    if first != last:  # one line: a plain ROUND (some evaluators take A1:A1 for a scalar)
        taxable_sum = f"SUMPRODUCT({taxable_sum})"
    total(
        text["discount"].format(percent="(%)"),
        f"={AMOUNT}{subtotal_row}-{taxable_sum}",
        percent=doc.discount_percent,
    )
    taxable_row = total(text["taxable"], f"={AMOUNT}{subtotal_row}-{AMOUNT}{discount_row}")
    for rate in doc.totals.by_rate:
        r = out.row
        total(
            text["vat_at"].format(rate=format_percent(rate.rate, lang)),
            f"=SUMIF({rates},{DISC}{r},{vats})",
            percent=rate.rate,
        )
    tax_row = total(text["tax_total"], f"=SUM({vats})")
    total(text["total"], f"={AMOUNT}{taxable_row}+{AMOUNT}{tax_row}", bold=True)
    out.skip()
    out.wide(f"{text['in_words']}: {doc.amount_in_words}", wrap=True)
    ws.cell(out.row - 1, 1).font = Font(italic=True)
    out.skip()
    for key, value in (
        ("payment_terms", doc.payment_terms),
        ("delivery_terms", doc.delivery_terms),
        ("notes", doc.notes),
    ):
        if value:
            out.field(text[key], value)

    # Viewing and printing.
    ws.freeze_panes = f"A{first}"
    ws.print_title_rows = f"{header}:{header}"
    ws.print_area = f"A1:{LAST}{out.row - 1}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = text["page"].format(page="&P", pages="&N")

    wb.properties.title = text["subject"].format(number=doc.display_number, customer=customer.name)
    wb.properties.subject = text["subject"].format(
        number=doc.display_number, customer=customer.name
    )
    wb.properties.creator = doc.salesperson or seller.name
    wb.properties.language = doc.language
    wb.save(path)
