"""Sales forecast: the open deals by month of expected close within the period (weighted, best
and worst case) against the revenue won in each month."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop_crm.services.reports import sales_common as c
from desktop_crm.services.reports.model import (
    Chart,
    Column,
    Kpi,
    Period,
    ReportFilters,
    ReportResult,
    ReportSpec,
    Series,
    Table,
)
from desktop_crm.store import report_queries_sales as q
from desktop_crm.store.uow import UnitOfWork

WORST_PROBABILITY = Decimal(75)

WORDS = {
    "vi": {
        "title": "Dự báo doanh số",
        "description": "Cơ hội đang mở theo tháng dự kiến chốt: có trọng số, tốt nhất, xấu nhất",
        "table": "Dự báo theo tháng",
        "month": "Tháng",
        "count": "Số cơ hội mở",
        "weighted": "Có trọng số",
        "best": "Tốt nhất",
        "worst": "Xấu nhất",
        "won": "Doanh thu đã thắng",
        "total": "Tổng cộng",
        "chart": "Dự báo có trọng số so với doanh thu đã thắng",
        "kpi_weighted": "Dự báo có trọng số",
        "kpi_won": "Doanh thu đã thắng",
        "note_rule": "Cơ hội đang mở có ngày dự kiến chốt trong kỳ. Có trọng số = giá trị × xác "
        "suất / 100; tốt nhất = toàn bộ giá trị; xấu nhất = chỉ giá trị của các cơ hội có xác "
        "suất ≥ 75 %. Cơ hội không có ngày dự kiến chốt không được tính.",
        "note_won": "Doanh thu đã thắng = giá trị các cơ hội thắng trong tháng (theo ngày đóng).",
        "note_money": "Số tiền quy đổi sang {cur} theo tỷ giá đã lưu.",
    },
    "en": {
        "title": "Sales forecast",
        "description": "Open deals by month of expected close: weighted, best and worst case",
        "table": "Forecast by month",
        "month": "Month",
        "count": "Open deals",
        "weighted": "Weighted",
        "best": "Best case",
        "worst": "Worst case",
        "won": "Won revenue",
        "total": "Total",
        "chart": "Weighted forecast vs won revenue",
        "kpi_weighted": "Weighted forecast",
        "kpi_won": "Won revenue",
        "note_rule": "Open deals expected to close within the period. Weighted = amount × "
        "probability / 100; best case = full amounts; worst case = only the deals with a "
        "probability of 75 % or more, at full amount. Deals without an expected close date are "
        "left out.",
        "note_won": "Won revenue = amounts of the deals won in the month (by closing day).",
        "note_money": "Amounts converted to {cur} at the saved rates.",
    },
}


def _months(period: Period) -> list[tuple[int, int]]:
    months = []
    year, month = period.start.year, period.start.month
    while (year, month) <= (period.end.year, period.end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def run(
    uow: UnitOfWork, period: Period, filters: ReportFilters, language: str, now: dt.datetime
) -> ReportResult:
    w = WORDS.get(language, WORDS["en"])
    ctx = c.context(uow, now)
    cur = ctx.currency
    months = _months(period)
    zero = Decimal(0)
    # month -> [open count, weighted, best, worst, won]
    figures: dict[tuple[int, int], list[Decimal | int]] = {
        m: [0, zero, zero, zero, zero] for m in months
    }
    for row in q.open_deals_closing(uow.session, period.start, period.end, filters.owner_id):
        entry = figures[(row[c.EXPECTED].year, row[c.EXPECTED].month)]
        amount = ctx.money(row[c.AMOUNT], row[c.CURRENCY])
        entry[0] += 1
        entry[1] += ctx.weighted(row)
        entry[2] += amount
        if ctx.probability(row) >= WORST_PROBABILITY:
            entry[3] += amount
    end_utc = ctx.utc(period.end + dt.timedelta(days=1))
    won = q.won_amounts(uow.session, ctx.utc(period.start), end_utc, filters.owner_id)
    for amount, currency, closed_at in won:
        day = ctx.local_day(closed_at)
        figures[(day.year, day.month)][4] += ctx.money(amount, currency)
    labels = tuple(f"{m:02d}/{y}" for y, m in months)
    rows = tuple((label, *figures[m]) for label, m in zip(labels, months, strict=True))
    totals = tuple(sum((r[i] for r in rows), zero if i > 1 else 0) for i in range(1, 6))
    table = Table(
        "by_month",
        w["table"],
        (
            Column("month", w["month"]),
            Column("count", w["count"], "int"),
            Column("weighted", w["weighted"], "money", cur),
            Column("best", w["best"], "money", cur),
            Column("worst", w["worst"], "money", cur),
            Column("won", w["won"], "money", cur),
        ),
        rows,
        (w["total"], *totals),
    )
    chart = Chart(
        "forecast_by_month",
        w["chart"],
        "bar",
        labels,
        (
            Series(w["weighted"], tuple(figures[m][1] for m in months)),
            Series(w["won"], tuple(figures[m][4] for m in months)),
        ),
        "money",
        cur,
    )
    kpis = (
        Kpi("weighted_forecast", w["kpi_weighted"], totals[1], None, "money", cur),
        Kpi("won_revenue", w["kpi_won"], totals[4], None, "money", cur),
    )
    return ReportResult(
        name="forecast",
        title=w["title"],
        language=language,
        period=period,
        filters_text=c.filters_text(ctx, filters.owner_id, language),
        generated_at=now.astimezone(dt.UTC),
        kpis=kpis,
        tables=(table,),
        charts=(chart,),
        notes=(w["note_rule"], w["note_won"], w["note_money"].format(cur=cur)),
    )


SPEC = ReportSpec(
    name="forecast",
    titles={k: v["title"] for k, v in WORDS.items()},
    descriptions={k: v["description"] for k, v in WORDS.items()},
    run=run,
)
