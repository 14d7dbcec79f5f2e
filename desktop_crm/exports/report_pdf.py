"""A ``ReportResult`` as a PDF (reportlab platypus), in the report's own language.

Layout: the company letterhead line, the title, the period, the filters and when the report
was made (local time); KPI tiles (value and change against the previous period); each chart
drawn as vector graphics (``reportlab.graphics`` bar, line and pie charts, never a picture);
each table flowing over pages with its header row repeated, numbers right-aligned; the notes;
on every page a footer "Trang 1/3" / "Page 1 of 3". A4 portrait, landscape when a table is
wide. Fonts, styles and the page-numbering canvas are the quote PDF's.

Number formats (``format_value``): money with the currency's decimals and no symbol in table
cells (the column title names the currency), with its symbol in KPI tiles; ``percent`` values
are percentages (42.5 means 42.5 %); ``int``, ``days`` and ``decimal`` without trailing zeros.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_crm.domain.quote_document import Seller
from desktop_crm.exports.pdf_fonts import register_fonts
from desktop_crm.exports.quote_labels import (
    format_amount,
    format_date,
    format_money,
    format_percent,
    format_quantity,
)
from desktop_crm.exports.quote_pdf import (
    ACCENT,
    GRID,
    MUTED,
    TOTAL_BACKGROUND,
    ZEBRA,
    _canvas_maker,
    _Styles,
)
from desktop_crm.services.reports.model import Chart, ColumnKind, Kpi, ReportResult, Value
from desktop_crm.services.reports.model import Table as ReportTable

MARGIN_X = 14 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 18 * mm
WIDE_COLUMNS = 8  # a table with more columns than this is printed landscape
KPI_PER_ROW = 4
MAX_CATEGORY_LABELS = 16
CELL_FONT_SIZE = 8
CELL_PADDING = 3
CHART_HEIGHT = 62 * mm
SERIES_COLORS = (
    colors.HexColor("#1F4E79"),
    colors.HexColor("#F28E2B"),
    colors.HexColor("#59A14F"),
    colors.HexColor("#E15759"),
    colors.HexColor("#76B7B2"),
    colors.HexColor("#EDC948"),
    colors.HexColor("#B07AA1"),
    colors.HexColor("#9C755F"),
)

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "period": "Kỳ báo cáo",
        "generated": "Lập lúc",
        "page": "Trang {page}/{pages}",
        "previous": "so với kỳ trước",
        "notes": "Ghi chú",
        "no_rows": "Không có dữ liệu.",
        "tax_code": "MST",
    },
    "en": {
        "period": "Period",
        "generated": "Generated on",
        "page": "Page {page} of {pages}",
        "previous": "vs previous period",
        "notes": "Notes",
        "no_rows": "No data.",
        "tax_code": "Tax code",
    },
}


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def _decimal(value: Decimal | int) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(value)


def format_value(
    value: Value,
    kind: ColumnKind,
    currency: str | None,
    language: str,
    *,
    symbol: bool = False,
) -> str:
    """One figure as printed in the report's language ("" for None)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return format_date(value, language)
    if isinstance(value, str):
        return value
    number = _decimal(value)
    if kind == "money" and currency:
        return (
            format_money(number, currency, language)
            if symbol
            else format_amount(number, currency, language)
        )
    if kind == "percent":
        return format_percent(number, language)
    if kind == "int":
        return format_quantity(number.quantize(Decimal(1)), language)
    return format_quantity(number, language)


def format_change(kpi: Kpi, language: str) -> str:
    """The change against the previous period: "+12.5 %", "-3 %"; "" when there is none."""
    value, previous = kpi.value, kpi.previous
    if not isinstance(value, Decimal | int) or not isinstance(previous, Decimal | int):
        return ""
    if isinstance(value, bool) or isinstance(previous, bool) or previous == 0:
        return ""
    change = (_decimal(value) - _decimal(previous)) * 100 / abs(_decimal(previous))
    change = change.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    sign = "+" if change >= 0 else "-"
    return f"{sign}{format_quantity(abs(change), language)} %"


def generated_text(result: ReportResult) -> str:
    """When the report was made, in local time: "23/11/2026 18:40"."""
    when = result.generated_at
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    local = when.astimezone()
    return f"{format_date(local.date(), result.language)} {local:%H:%M}"


def period_text(result: ReportResult) -> str:
    lang = result.language
    return f"{format_date(result.period.start, lang)} – {format_date(result.period.end, lang)}"


def column_title(title: str, kind: ColumnKind, currency: str | None) -> str:
    """A money column's title names its currency: "Doanh số (VND)"."""
    if kind == "money" and currency and currency not in title:
        return f"{title} ({currency})"
    return title


def is_wide(result: ReportResult) -> bool:
    return any(t.wide or len(t.columns) > WIDE_COLUMNS for t in result.tables)


def _text(value: str) -> str:
    return "<br/>".join(escape(part) for part in value.splitlines()) if value else ""


class _ReportStyles(_Styles):
    def __init__(self, family: str) -> None:
        super().__init__(family)
        self.report_title = self.title.clone("report_title", spaceAfter=4)
        self.h2 = self.body.clone("h2", fontName=self.bold, fontSize=11, leading=14)
        self.h2.textColor = ACCENT
        self.kpi_title = self.small.clone("kpi_title", textColor=MUTED)
        self.kpi_value = self.body.clone("kpi_value", fontName=self.bold, fontSize=13, leading=16)
        self.cell_right = self.cell.clone("cell_right", alignment=2)
        self.cell_bold = self.cell.clone("cell_bold", fontName=self.bold)
        self.cell_bold_right = self.cell_right.clone("cell_bold_right", fontName=self.bold)


def _letterhead(seller: Seller | None, s: _ReportStyles, w: dict[str, str]) -> list[Flowable]:
    if seller is None:
        return []
    parts = [seller.address.replace("\n", ", ")] if seller.address else []
    if seller.tax_code:
        parts.append(f"{w['tax_code']}: {seller.tax_code}")
    parts += [p for p in (seller.phone, seller.email, seller.website) if p]
    story: list[Flowable] = [Paragraph(f"<b>{_text(seller.name)}</b>", s.seller)]
    if parts:
        story.append(Paragraph(_text(" · ".join(parts)), s.muted))
    story.append(HRFlowable(width="100%", thickness=1, color=ACCENT, spaceBefore=3, spaceAfter=6))
    return story


def _heading(result: ReportResult, s: _ReportStyles, w: dict[str, str]) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(_text(result.title), s.report_title)]
    lines = [f"{w['period']}: {period_text(result)}"]
    if result.filters_text:
        lines.append(result.filters_text)
    lines.append(f"{w['generated']}: {generated_text(result)}")
    story += [Paragraph(_text(line), s.centered) for line in lines]
    story.append(Spacer(1, 5 * mm))
    return story


def _kpis(result: ReportResult, s: _ReportStyles, width: float) -> list[Flowable]:
    if not result.kpis:
        return []
    lang = result.language
    tiles: list[list[Flowable]] = []
    for kpi in result.kpis:
        tile: list[Flowable] = [
            Paragraph(_text(kpi.title), s.kpi_title),
            Paragraph(
                _text(format_value(kpi.value, kpi.kind, kpi.currency, lang, symbol=True)),
                s.kpi_value,
            ),
        ]
        change = format_change(kpi, lang)
        if change:
            tile.append(Paragraph(_text(f"{change} {words(lang)['previous']}"), s.small))
        tiles.append(tile)
    per_row = min(KPI_PER_ROW, len(tiles))
    rows = [tiles[i : i + per_row] for i in range(0, len(tiles), per_row)]
    rows[-1] = rows[-1] + [[]] * (per_row - len(rows[-1]))
    table = Table(rows, colWidths=[width / per_row] * per_row)
    style: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for r, row in enumerate(rows):
        for c, tile in enumerate(row):
            if tile:
                style += [
                    ("BOX", (c, r), (c, r), 0.75, GRID),
                    ("BACKGROUND", (c, r), (c, r), ZEBRA),
                ]
    table.setStyle(TableStyle(style))
    return [table, Spacer(1, 5 * mm)]


def _chart_drawing(chart: Chart, family: str, width: float, lang: str) -> Drawing:
    """The chart as reportlab vector shapes."""
    drawing = Drawing(width, CHART_HEIGHT)
    names = [series.name for series in chart.series]
    data = [[float(v) for v in series.values] for series in chart.series]  # drawing only
    legend_pairs: list[tuple[Any, str]]
    if chart.kind == "pie":
        values = data[0] if data else []
        pie = Pie()
        pie.x, pie.y = 10, 8
        pie.width = pie.height = CHART_HEIGHT - 16
        pie.data = values or [1.0]
        pie.labels = None
        pie.slices.strokeColor = colors.white
        for i in range(len(pie.data)):
            pie.slices[i].fillColor = SERIES_COLORS[i % len(SERIES_COLORS)]
        drawing.add(pie)
        first = chart.series[0].values if chart.series else ()
        legend_pairs = [
            (
                SERIES_COLORS[i % len(SERIES_COLORS)],
                f"{cat}: {format_value(first[i], chart.value_kind, chart.currency, lang)}",
            )
            for i, cat in enumerate(chart.categories)
            if i < len(first)
        ]
        legend_x = pie.x + pie.width + 20
    else:
        plot: Any
        if chart.kind == "line":
            plot = HorizontalLineChart()
            for i in range(len(data)):
                plot.lines[i].strokeColor = SERIES_COLORS[i % len(SERIES_COLORS)]
                plot.lines[i].strokeWidth = 1.5
        elif chart.kind == "funnel":
            plot = HorizontalBarChart()
        else:
            plot = VerticalBarChart()
            if chart.kind == "stacked_bar":
                plot.categoryAxis.style = "stacked"
        if chart.kind != "line":
            for i in range(len(data)):
                plot.bars[i].fillColor = SERIES_COLORS[i % len(SERIES_COLORS)]
                plot.bars[i].strokeColor = None
        legend_width = 45 * mm if len(names) > 1 else 0
        plot.x, plot.y = 95 if chart.kind == "funnel" else 58, 22
        plot.width = width - plot.x - legend_width - 10
        plot.height = CHART_HEIGHT - 32
        plot.data = data or [[0.0]]
        # many categories (weeks of a year): label every step-th, so labels never overlap
        step = max(1, -(-len(chart.categories) // MAX_CATEGORY_LABELS))
        plot.categoryAxis.categoryNames = [
            name if i % step == 0 else "" for i, name in enumerate(chart.categories)
        ]
        for axis in (plot.categoryAxis, plot.valueAxis):
            axis.labels.fontName = family
            axis.labels.fontSize = 7
        plot.valueAxis.labelTextFormat = lambda v: format_quantity(
            Decimal(str(v)).normalize(), lang
        )
        if chart.kind != "funnel" and len(chart.categories) > 6:
            plot.categoryAxis.labels.angle = 30
            plot.categoryAxis.labels.boxAnchor = "ne"
        if chart.kind != "line" and all(v >= 0 for row in data for v in row):
            plot.valueAxis.valueMin = 0
        drawing.add(plot)
        legend_pairs = (
            [(SERIES_COLORS[i % len(SERIES_COLORS)], n) for i, n in enumerate(names)]
            if len(names) > 1
            else []
        )
        legend_x = width - legend_width + 5
    if legend_pairs:
        legend = Legend()
        legend.x, legend.y = legend_x, CHART_HEIGHT - 10
        legend.fontName = family
        legend.fontSize = 7.5
        legend.alignment = "right"
        legend.columnMaximum = 12
        legend.colorNamePairs = legend_pairs
        drawing.add(legend)
    return drawing


def _charts(result: ReportResult, s: _ReportStyles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for chart in result.charts:
        title = chart.title
        if chart.value_kind == "money" and chart.currency and chart.currency not in title:
            title = f"{title} ({chart.currency})"
        story.append(
            KeepTogether(
                [
                    Paragraph(_text(title), s.h2),
                    Spacer(1, 2 * mm),
                    _chart_drawing(chart, s.family, width, result.language),
                    Spacer(1, 5 * mm),
                ]
            )
        )
    return story


_WEIGHTS = {"text": 3.0, "date": 1.4, "money": 1.8}


def _table(
    table: ReportTable, s: _ReportStyles, width: float, lang: str, w: dict[str, str]
) -> list[Flowable]:
    numeric = [c.kind not in ("text", "date") for c in table.columns]
    header = [
        Paragraph(_text(column_title(c.title, c.kind, c.currency)), s.header) for c in table.columns
    ]

    weights = [_WEIGHTS.get(c.kind, 1.3) for c in table.columns]
    col_widths = [width * x / sum(weights) for x in weights]

    def cells(values: tuple[Value, ...], bold: bool) -> list[Any]:
        """A cell that fits on one line is a plain string (fast: a long report has thousands);
        a longer one a paragraph, which wraps."""
        font = s.bold if bold else s.family
        out: list[Any] = []
        for i, (column, value) in enumerate(zip(table.columns, values, strict=False)):
            text = format_value(value, column.kind, column.currency, lang)
            room = col_widths[i] - 2 * CELL_PADDING
            if "\n" not in text and stringWidth(text, font, CELL_FONT_SIZE) <= room:
                out.append(text)
                continue
            right = numeric[i]
            style = (
                (s.cell_bold_right if right else s.cell_bold)
                if bold
                else (s.cell_right if right else s.cell)
            )
            out.append(Paragraph(_text(text), style))
        return out

    rows: list[list[Any]] = [header] + [cells(row, False) for row in table.rows]
    if table.totals is not None:
        rows.append(cells(table.totals, True))
    style: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("FONT", (0, 1), (-1, -1), s.family, CELL_FONT_SIZE, 10),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, right in enumerate(numeric) if right]
    for r in range(2, len(table.rows) + 1, 2):
        style.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if table.totals is not None:
        style += [
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_BACKGROUND),
            ("FONT", (0, -1), (-1, -1), s.bold, CELL_FONT_SIZE, 10),
            ("LINEABOVE", (0, -1), (-1, -1), 0.75, ACCENT),
        ]
    story: list[Flowable] = [Paragraph(_text(table.title), s.h2), Spacer(1, 2 * mm)]
    if not table.rows:
        story.append(Paragraph(_text(w["no_rows"]), s.muted))
    body = Table(rows, colWidths=col_widths, repeatRows=1)
    body.setStyle(TableStyle(style))
    story += [body, Spacer(1, 6 * mm)]
    return story


def write_report_pdf(result: ReportResult, path: Path, seller: Seller | None = None) -> int:
    """Write ``result`` as a PDF at ``path``; return the number of pages. ``seller`` gives the
    letterhead line (the company profile), none when it is None."""
    family = register_fonts()
    s = _ReportStyles(family)
    w = words(result.language)
    page_width, page_height = landscape(A4) if is_wide(result) else A4
    frame_width = page_width - 2 * MARGIN_X

    def draw_footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        y = MARGIN_BOTTOM - 9 * mm
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 3.5 * mm, page_width - MARGIN_X, y + 3.5 * mm)
        canvas.setFont(family, 7.5)
        canvas.setFillColor(MUTED)
        left = result.title if seller is None else f"{seller.name} · {result.title}"
        canvas.drawString(MARGIN_X, y, left)
        canvas.drawRightString(page_width - MARGIN_X, y, w["page"].format(page=page, pages=pages))
        canvas.restoreState()

    story: list[Flowable] = []
    story += _letterhead(seller, s, w)
    story += _heading(result, s, w)
    story += _kpis(result, s, frame_width)
    story += _charts(result, s, frame_width)
    for table in result.tables:
        story += _table(table, s, frame_width, result.language, w)
    if result.notes:
        story.append(Paragraph(_text(w["notes"]), s.h2))
        story += [Paragraph(_text(note), s.small) for note in result.notes]
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        frame_width,
        page_height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    pages: list[int] = []
    template = BaseDocTemplate(
        str(path),
        pagesize=(page_width, page_height),
        pageTemplates=[PageTemplate("report", [frame])],
        title=result.title,
        author=seller.name if seller else "",
        subject=period_text(result),
        creator="Desktop CRM",
        initialFontName=family,
        initialFontSize=9,
    )
    template.build(story, canvasmaker=_canvas_maker(draw_footer, pages))
    return pages[-1]
