"""A ``ReportResult`` as an Excel workbook (openpyxl), in the report's own language.

Sheets: a summary (title, period, filters, when it was made, the KPIs with their previous value
and change, the notes); one sheet per table (title, a bold header row with an autofilter,
frozen panes below it, real numbers with a number format per column kind and currency, a bold
totals row); and, when the report has charts, a "Charts" sheet holding each chart's data with
a native Excel chart (bar, line or pie) drawn from it beside the data.

Percentages are stored as fractions with a percent format (42.5 % is the number 0.425), so
Excel computes with them; money is stored as the exact Decimal.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_crm.exports.quote_xlsx import money_format
from desktop_crm.exports.report_pdf import column_title, generated_text, period_text
from desktop_crm.services.reports.model import Chart, ColumnKind, ReportResult, Value
from desktop_crm.services.reports.model import Table as ReportTable

CHARTS_SHEET = "Charts"
_DATE_FORMATS = {"vi": "dd/mm/yyyy", "en": "d mmm yyyy"}
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "summary": "Tóm tắt",
        "period": "Kỳ báo cáo",
        "filters": "Bộ lọc",
        "generated": "Lập lúc",
        "kpi": "Chỉ số",
        "value": "Giá trị",
        "previous": "Kỳ trước",
        "change": "Thay đổi",
        "notes": "Ghi chú",
        "category": "Nhóm",
    },
    "en": {
        "summary": "Summary",
        "period": "Period",
        "filters": "Filters",
        "generated": "Generated on",
        "kpi": "Figure",
        "value": "Value",
        "previous": "Previous period",
        "change": "Change",
        "notes": "Notes",
        "category": "Category",
    },
}


def number_format(kind: ColumnKind, currency: str | None, language: str) -> str:
    if kind == "money" and currency:
        return money_format(currency)
    if kind == "percent":
        return "0.0%"
    if kind == "int":
        return "#,##0"
    if kind == "date":
        return _DATE_FORMATS.get(language, _DATE_FORMATS["en"])
    if kind in ("days", "decimal", "money"):
        return "#,##0.0#"
    return "General"


def cell_value(value: Value, kind: ColumnKind) -> Value:
    """The value as stored: numbers stay numbers, a percentage becomes a fraction."""
    if kind == "percent" and isinstance(value, Decimal | int) and not isinstance(value, bool):
        return Decimal(value) / 100
    return value


def _put(ws: Worksheet, row: int, col: int, value: Value, kind: ColumnKind, fmt: str) -> Cell:
    cell = ws.cell(row=row, column=col, value=cell_value(value, kind))
    if value is not None and not isinstance(value, str):
        cell.number_format = fmt
    if kind not in ("text", "date"):
        cell.alignment = Alignment(horizontal="right")
    return cell


def _sheet_name(title: str, used: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub(" ", title).strip().strip("'")[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def _summary(ws: Worksheet, result: ReportResult, w: dict[str, str]) -> None:
    lang = result.language
    ws["A1"] = result.title
    ws["A1"].font = _TITLE
    row = 3
    for label, text in (
        (w["period"], period_text(result)),
        (w["filters"], result.filters_text),
        (w["generated"], generated_text(result)),
    ):
        if not text:
            continue
        ws.cell(row=row, column=1, value=label).font = _BOLD
        ws.cell(row=row, column=2, value=text)
        row += 1
    if result.kpis:
        row += 1
        for col, title in enumerate((w["kpi"], w["value"], w["previous"], w["change"]), 1):
            cell = ws.cell(row=row, column=col, value=title)
            cell.font, cell.fill = _BOLD, _HEADER_FILL
        for kpi in result.kpis:
            row += 1
            fmt = number_format(kpi.kind, kpi.currency, lang)
            ws.cell(row=row, column=1, value=kpi.title)
            _put(ws, row, 2, kpi.value, kpi.kind, fmt)
            _put(ws, row, 3, kpi.previous, kpi.kind, fmt)
            if (
                isinstance(kpi.value, Decimal | int)
                and isinstance(kpi.previous, Decimal | int)
                and kpi.previous != 0
            ):
                change = (Decimal(kpi.value) - Decimal(kpi.previous)) / abs(Decimal(kpi.previous))
                cell = ws.cell(row=row, column=4, value=change.quantize(Decimal("0.0001")))
                cell.number_format = "+0.0%;-0.0%;0.0%"
    if result.notes:
        row += 2
        ws.cell(row=row, column=1, value=w["notes"]).font = _BOLD
        for note in result.notes:
            row += 1
            ws.cell(row=row, column=1, value=note)
    ws.column_dimensions["A"].width = min(50, max([18, *(len(k.title) + 2 for k in result.kpis)]))
    for letter in "BCD":
        ws.column_dimensions[letter].width = 22


def _table_sheet(ws: Worksheet, table: ReportTable, lang: str) -> None:
    ws["A1"] = table.title
    ws["A1"].font = _TITLE
    header_row = 2
    widths = []
    formats = [number_format(c.kind, c.currency, lang) for c in table.columns]
    for col, column in enumerate(table.columns, 1):
        title = column_title(column.title, column.kind, column.currency)
        cell = ws.cell(row=header_row, column=col, value=title)
        cell.font, cell.fill = _BOLD, _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        widths.append(min(40, max(10, len(title) + 2)))
    row = header_row
    for values in table.rows:
        row += 1
        for col, (column, value) in enumerate(zip(table.columns, values, strict=False), 1):
            _put(ws, row, col, value, column.kind, formats[col - 1])
            if isinstance(value, str):
                widths[col - 1] = min(50, max(widths[col - 1], len(value) + 2))
            elif value is not None and column.kind != "date":
                widths[col - 1] = max(widths[col - 1], min(24, len(str(value)) + 6))
    last_col = get_column_letter(max(1, len(table.columns)))
    ws.auto_filter.ref = f"A{header_row}:{last_col}{max(row, header_row + 1)}"
    if table.totals is not None:
        row += 1
        for col, (column, value) in enumerate(zip(table.columns, table.totals, strict=False), 1):
            cell = _put(ws, row, col, value, column.kind, formats[col - 1])
            cell.font, cell.fill = _BOLD, _TOTAL_FILL
    ws.freeze_panes = f"A{header_row + 1}"
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = width


def _chart(ws: Worksheet, chart: Chart, top: int, lang: str, w: dict[str, str]) -> int:
    """Writes the chart's data from row ``top`` and the chart beside it; returns the next
    free row."""
    ws.cell(row=top, column=1, value=chart.title).font = _BOLD
    header = top + 1
    ws.cell(row=header, column=1, value=w["category"]).font = _BOLD
    fmt = number_format(chart.value_kind, chart.currency, lang)
    for s_index, series in enumerate(chart.series, 2):
        ws.cell(row=header, column=s_index, value=series.name).font = _BOLD
        for c_index, value in enumerate(series.values):
            _put(ws, header + 1 + c_index, s_index, value, chart.value_kind, fmt)
    for c_index, category in enumerate(chart.categories):
        ws.cell(row=header + 1 + c_index, column=1, value=category)
    last = header + max(1, len(chart.categories))
    n_series = max(1, len(chart.series))
    data = Reference(ws, min_col=2, max_col=1 + n_series, min_row=header, max_row=last)
    cats = Reference(ws, min_col=1, min_row=header + 1, max_row=last)
    native: BarChart | LineChart | PieChart
    if chart.kind == "pie":
        native = PieChart()
        native.add_data(
            Reference(ws, min_col=2, min_row=header, max_row=last), titles_from_data=True
        )
    else:
        if chart.kind == "line":
            native = LineChart()
        else:
            native = BarChart()
            native.type = "bar" if chart.kind == "funnel" else "col"
            if chart.kind == "stacked_bar":
                native.grouping = "stacked"
                native.overlap = 100
        native.add_data(data, titles_from_data=True)
        native.y_axis.numFmt = fmt
        native.y_axis.delete = False
        native.x_axis.delete = False
    native.set_categories(cats)
    native.title = chart.title
    native.width, native.height = 18, 8.5
    ws.add_chart(native, f"{get_column_letter(n_series + 3)}{top}")
    return max(last + 2, top + 18)


def write_report_xlsx(result: ReportResult, path: Path) -> None:
    """Write ``result`` as an .xlsx workbook at ``path``."""
    lang = result.language
    w = WORDS.get(lang, WORDS["en"])
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = w["summary"]
    used = {summary.title.lower(), CHARTS_SHEET.lower()}
    _summary(summary, result, w)
    for table in result.tables:
        _table_sheet(wb.create_sheet(_sheet_name(table.title, used)), table, lang)
    if result.charts:
        ws = wb.create_sheet(CHARTS_SHEET)
        ws.column_dimensions["A"].width = 28
        row = 1
        for chart in result.charts:
            row = _chart(ws, chart, row, lang, w)
    wb.properties.title = result.title
    wb.properties.creator = "Desktop CRM"
    wb.properties.created = result.generated_at.replace(tzinfo=None)
    wb.save(path)
