"""Win / loss: the deals won or lost in the period — win rates by owner, source and care group,
the lost reasons, average deal size and sales cycle."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

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

# Positions in a row of report_queries_sales.closed_summary, then the converted amount.
STATUS, OWNER, SOURCE, LOST, CURRENCY, GROUP, COUNT, AMOUNT, DAYS, MONEY = range(10)

WORDS = {
    "vi": {
        "title": "Phân tích thắng / thua",
        "description": "Tỷ lệ thắng theo người phụ trách, nguồn, nhóm khách hàng; lý do thua",
        "summary": "Tổng quan",
        "by_owner": "Theo người phụ trách",
        "by_source": "Theo nguồn",
        "by_group": "Theo nhóm chăm sóc khách hàng",
        "reasons": "Lý do thua",
        "owner": "Người phụ trách",
        "source": "Nguồn",
        "group": "Nhóm khách hàng",
        "reason": "Lý do",
        "won": "Thắng",
        "lost": "Thua",
        "rate": "Tỷ lệ thắng",
        "won_amount": "Giá trị thắng",
        "count": "Số cơ hội",
        "share": "Tỷ trọng",
        "lost_amount": "Giá trị thua",
        "total": "Tổng cộng",
        "none": "(không có)",
        "chart": "Thắng / thua theo người phụ trách",
        "kpi_rate": "Tỷ lệ thắng",
        "kpi_size": "Giá trị trung bình cơ hội thắng",
        "kpi_cycle": "Chu kỳ bán hàng trung bình (ngày)",
        "groups": {
            "loyal": "Trung thành",
            "potential": "Tiềm năng",
            "new": "Mới",
            "unaware": "Chưa biết đến",
        },
        "note_rate": "Cơ hội đóng (thắng hoặc thua) trong kỳ theo ngày đóng; tỷ lệ thắng = "
        "thắng / (thắng + thua) × 100.",
        "note_money": "Số tiền quy đổi sang {cur} theo tỷ giá đã lưu.",
        "note_cycle": "Chu kỳ bán hàng = số ngày từ ngày tạo đến ngày thắng (giờ địa phương).",
        "note_group": "Nhóm khách hàng theo lần tính phân khúc gần nhất; khách chưa được tính "
        "nằm ở dòng (không có).",
    },
    "en": {
        "title": "Win / loss analysis",
        "description": "Win rate by owner, source and customer group; lost reasons",
        "summary": "Summary",
        "by_owner": "By owner",
        "by_source": "By source",
        "by_group": "By customer care group",
        "reasons": "Lost reasons",
        "owner": "Owner",
        "source": "Source",
        "group": "Customer group",
        "reason": "Reason",
        "won": "Won",
        "lost": "Lost",
        "rate": "Win rate",
        "won_amount": "Won amount",
        "count": "Deals",
        "share": "Share",
        "lost_amount": "Amount lost",
        "total": "Total",
        "none": "(none)",
        "chart": "Won / lost by owner",
        "kpi_rate": "Win rate",
        "kpi_size": "Average deal size (won)",
        "kpi_cycle": "Average sales cycle (days)",
        "groups": {
            "loyal": "Loyal",
            "potential": "Potential",
            "new": "New",
            "unaware": "Unaware",
        },
        "note_rate": "Deals closed (won or lost) in the period by their closing day; win rate = "
        "won / (won + lost) × 100.",
        "note_money": "Amounts converted to {cur} at the saved rates.",
        "note_cycle": "Sales cycle = days from creation to winning (local days).",
        "note_group": "Customer group from the last segment computation; customers not yet "
        "computed are in the (none) row.",
    },
}


def _figures(rows: list[tuple[Any, ...]]) -> tuple[Any, Any, Any]:
    """(win rate, average won amount, average sales cycle days) of grouped closed deals."""
    won = [r for r in rows if r[STATUS] == "won"]
    count = sum(r[COUNT] for r in won)
    rate = c.rate(count, sum(r[COUNT] for r in rows))
    if not count:
        return rate, None, None
    total = sum((r[MONEY] for r in won), Decimal(0))
    size = (total / count).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    days = sum(r[DAYS] for r in won)
    cycle = (Decimal(days) / count).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return rate, size, cycle


def _summary(
    uow: UnitOfWork, ctx: c.Context, period: Period, owner_id: str | None
) -> list[tuple[Any, ...]]:
    """The grouped closed deals of ``period``, each with its amount in the company currency."""
    minutes = int(ctx.offset.total_seconds() // 60)
    end = period.end + dt.timedelta(days=1)
    rows: list[tuple[Any, ...]] = q.closed_summary(
        uow.session, ctx.utc(period.start), ctx.utc(end), owner_id, minutes
    )
    return [(*r, ctx.money(r[AMOUNT], r[CURRENCY])) for r in rows]


def _group(names: dict[str, str], group: str | None, none: str) -> str:
    return names.get(group, group) if group else none


def _grouped(
    rows: list[tuple[Any, ...]], key: Any
) -> list[tuple[str, int, int, Decimal | None, Decimal]]:
    groups: dict[str, list[Any]] = {}
    for r in rows:
        entry = groups.setdefault(key(r), [0, 0, Decimal(0)])
        if r[STATUS] == "won":
            entry[0] += r[COUNT]
            entry[2] += r[MONEY]
        else:
            entry[1] += r[COUNT]
    return [
        (name, won, lost, c.rate(won, won + lost), amount)
        for name, (won, lost, amount) in sorted(groups.items())
    ]


def run(
    uow: UnitOfWork, period: Period, filters: ReportFilters, language: str, now: dt.datetime
) -> ReportResult:
    w: dict[str, Any] = WORDS.get(language, WORDS["en"])
    ctx = c.context(uow, now)
    cur = ctx.currency
    rows = _summary(uow, ctx, period, filters.owner_id)
    before = _summary(uow, ctx, period.previous(), filters.owner_id)
    won = [r for r in rows if r[STATUS] == "won"]
    lost = [r for r in rows if r[STATUS] == "lost"]
    won_count = sum(r[COUNT] for r in won)
    lost_count = sum(r[COUNT] for r in lost)
    won_amount = sum((r[MONEY] for r in won), Decimal(0))
    rate, size, cycle = _figures(rows)
    p_rate, p_size, p_cycle = _figures(before)
    none = w["none"]
    win_cols = (
        Column("won", w["won"], "int"),
        Column("lost", w["lost"], "int"),
        Column("win_rate", w["rate"], "percent"),
        Column("won_amount", w["won_amount"], "money", cur),
    )
    totals = (w["total"], won_count, lost_count, rate, won_amount)

    def table(key: str, title: str, label: str, of: Any) -> Table:
        return Table(
            key,
            title,
            (Column(key.removeprefix("by_"), label), *win_cols),
            tuple(_grouped(rows, of)),
            totals,
        )

    by_owner = table("by_owner", w["by_owner"], w["owner"], lambda r: ctx.owner(r[OWNER], language))
    by_source = table("by_source", w["by_source"], w["source"], lambda r: r[SOURCE] or none)
    groups = w["groups"]
    by_group = table(
        "by_group",
        w["by_group"],
        w["group"],
        lambda r: _group(groups, r[GROUP], none),
    )
    reasons: dict[str, list[Any]] = {}
    for r in lost:
        entry = reasons.setdefault((r[LOST] or "").strip() or none, [0, Decimal(0)])
        entry[0] += r[COUNT]
        entry[1] += r[MONEY]
    lost_amount = sum((e[1] for e in reasons.values()), Decimal(0))
    reason_rows = sorted(reasons.items(), key=lambda kv: (-kv[1][0], kv[0]))
    reason_table = Table(
        "lost_reasons",
        w["reasons"],
        (
            Column("reason", w["reason"]),
            Column("count", w["count"], "int"),
            Column("share", w["share"], "percent"),
            Column("lost_amount", w["lost_amount"], "money", cur),
        ),
        tuple((name, n, c.rate(n, lost_count), amount) for name, (n, amount) in reason_rows),
        (w["total"], lost_count, c.rate(lost_count, lost_count), lost_amount),
    )
    chart = Chart(
        "won_lost_by_owner",
        w["chart"],
        "stacked_bar",
        tuple(r[0] for r in by_owner.rows),  # type: ignore[misc]
        (
            Series(w["won"], tuple(int(r[1]) for r in by_owner.rows)),  # type: ignore[arg-type]
            Series(w["lost"], tuple(int(r[2]) for r in by_owner.rows)),  # type: ignore[arg-type]
        ),
        "int",
    )
    kpis = (
        Kpi("win_rate", w["kpi_rate"], rate, p_rate, "percent"),
        Kpi("average_deal_size", w["kpi_size"], size, p_size, "money", cur),
        Kpi("average_sales_cycle", w["kpi_cycle"], cycle, p_cycle, "days"),
    )
    return ReportResult(
        name="win_loss",
        title=w["title"],
        language=language,
        period=period,
        filters_text=c.filters_text(ctx, filters.owner_id, language),
        generated_at=now.astimezone(dt.UTC),
        kpis=kpis,
        tables=(by_owner, by_source, by_group, reason_table),
        charts=(chart,),
        notes=(
            w["note_rate"],
            w["note_money"].format(cur=cur),
            w["note_cycle"],
            w["note_group"],
        ),
    )


SPEC = ReportSpec(
    name="win_loss",
    titles={k: str(v["title"]) for k, v in WORDS.items()},
    descriptions={k: str(v["description"]) for k, v in WORDS.items()},
    run=run,
)
