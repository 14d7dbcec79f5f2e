"""Pipeline: the deals open at the end of the period, by stage and by owner, with weighted
amounts (amount x effective probability), in the company currency."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
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

WORDS = {
    "vi": {
        "title": "Báo cáo cơ hội đang mở (pipeline)",
        "description": "Cơ hội đang mở theo giai đoạn và người phụ trách, giá trị có trọng số",
        "by_stage": "Theo giai đoạn",
        "by_owner": "Theo người phụ trách",
        "matrix": "Giai đoạn × người phụ trách (giá trị)",
        "stage": "Giai đoạn",
        "owner": "Người phụ trách",
        "count": "Số cơ hội",
        "amount": "Giá trị",
        "weighted": "Giá trị có trọng số",
        "total": "Tổng cộng",
        "chart": "Pipeline theo giai đoạn",
        "kpi_value": "Giá trị pipeline",
        "kpi_weighted": "Pipeline có trọng số",
        "note_when": "Cơ hội đang mở vào cuối ngày {end} (giai đoạn lúc đó theo lịch sử chuyển "
        "giai đoạn).",
        "note_today": "Kỳ kết thúc hôm nay hoặc sau: các cơ hội đang mở hiện tại.",
        "note_money": "Số tiền quy đổi sang {cur} theo tỷ giá đã lưu; giá trị có trọng số = giá "
        "trị × xác suất (của cơ hội, nếu không thì của giai đoạn) / 100.",
    },
    "en": {
        "title": "Pipeline",
        "description": "Open deals by stage and owner, with weighted totals",
        "by_stage": "By stage",
        "by_owner": "By owner",
        "matrix": "Stage × owner (amount)",
        "stage": "Stage",
        "owner": "Owner",
        "count": "Deals",
        "amount": "Amount",
        "weighted": "Weighted amount",
        "total": "Total",
        "chart": "Pipeline by stage",
        "kpi_value": "Pipeline value",
        "kpi_weighted": "Weighted pipeline",
        "note_when": "Deals open at the end of {end} (their stage then, from the stage history).",
        "note_today": "The period ends today or later: today's open deals.",
        "note_money": "Amounts converted to {cur} at the saved rates; weighted = amount × "
        "probability (the deal's, else its stage's) / 100.",
    },
}


def _open_deals(
    uow: UnitOfWork, ctx: c.Context, end: dt.date, owner_id: str | None, today: dt.date
) -> list[tuple[tuple[Any, ...], str]]:
    """(deal row, its stage id at the end of ``end``) of the deals open then."""
    session = uow.session
    if end >= today:
        rows = q.deals_open_at(session, ctx.utc(today + dt.timedelta(days=1)), owner_id)
        return [(r, c.hexid(r[c.STAGE])) for r in rows if r[c.STATUS] == "open"]
    end_utc = ctx.utc(end + dt.timedelta(days=1))
    rows = q.deals_open_at(session, end_utc, owner_id)
    closed = [r[c.ID] for r in rows if r[c.STATUS] != "open"]
    then = q.stage_at(session, closed, end_utc) if closed else {}
    return [(r, c.hexid(then.get(r[c.ID], r[c.STAGE]))) for r in rows]


def _totals(ctx: c.Context, deals: list[tuple[tuple[Any, ...], str]]) -> tuple[Decimal, Decimal]:
    amount = sum((ctx.money(r[c.AMOUNT], r[c.CURRENCY]) for r, _ in deals), Decimal(0))
    weighted = sum((_weighted(ctx, r, s) for r, s in deals), Decimal(0))
    return amount, weighted


def _weighted(ctx: c.Context, row: tuple[Any, ...], stage_id: str) -> Decimal:
    return ctx.weighted(row, stage_id)


def run(
    uow: UnitOfWork, period: Period, filters: ReportFilters, language: str, now: dt.datetime
) -> ReportResult:
    w = WORDS.get(language, WORDS["en"])
    ctx = c.context(uow, now)
    cur = ctx.currency
    today = ctx.local_day(now)
    deals = _open_deals(uow, ctx, period.end, filters.owner_id, today)
    before = _open_deals(uow, ctx, period.previous().end, filters.owner_id, today)

    by_stage: dict[str, list[Any]] = {}
    by_owner: dict[str, list[Any]] = {}
    cells: dict[tuple[str, str], Decimal] = {}
    for row, stage_id in deals:
        amount = ctx.money(row[c.AMOUNT], row[c.CURRENCY])
        weighted = _weighted(ctx, row, stage_id)
        owner = ctx.owner(row[c.OWNER], language)
        for bucket, key in ((by_stage, stage_id), (by_owner, owner)):
            entry = bucket.setdefault(key, [0, Decimal(0), Decimal(0)])
            entry[0] += 1
            entry[1] += amount
            entry[2] += weighted
        cells[(stage_id, owner)] = cells.get((stage_id, owner), Decimal(0)) + amount

    def stage_key(sid: str) -> tuple[int, str]:
        info = ctx.stages.get(sid)
        return (info[1], info[0]) if info else (10**6, sid)

    def stage_name(sid: str) -> str:
        info = ctx.stages.get(sid)
        return info[0] if info else "?"

    stage_ids = sorted(by_stage, key=stage_key)
    owners = sorted(by_owner)
    total_amount, total_weighted = _totals(ctx, deals)
    money_cols = (
        Column("count", w["count"], "int"),
        Column("amount", w["amount"], "money", cur),
        Column("weighted", w["weighted"], "money", cur),
    )
    totals = (w["total"], len(deals), total_amount, total_weighted)
    stage_table = Table(
        "by_stage",
        w["by_stage"],
        (Column("stage", w["stage"]), *money_cols),
        tuple((stage_name(s), *by_stage[s]) for s in stage_ids),
        totals,
    )
    owner_table = Table(
        "by_owner",
        w["by_owner"],
        (Column("owner", w["owner"]), *money_cols),
        tuple((o, *by_owner[o]) for o in owners),
        totals,
    )
    matrix = Table(
        "stage_owner",
        w["matrix"],
        (
            Column("stage", w["stage"]),
            *(Column(f"owner_{i}", o, "money", cur) for i, o in enumerate(owners)),
            Column("total", w["total"], "money", cur),
        ),
        tuple(
            (
                stage_name(s),
                *(cells.get((s, o), Decimal(0)) for o in owners),
                by_stage[s][1],
            )
            for s in stage_ids
        ),
        (w["total"], *(by_owner[o][1] for o in owners), total_amount),
        wide=len(owners) > 5,
    )
    chart = Chart(
        "pipeline_by_stage",
        w["chart"],
        "bar",
        tuple(stage_name(s) for s in stage_ids),
        (
            Series(w["amount"], tuple(by_stage[s][1] for s in stage_ids)),
            Series(w["weighted"], tuple(by_stage[s][2] for s in stage_ids)),
        ),
        "money",
        cur,
    )
    prev_amount, prev_weighted = _totals(ctx, before)
    kpis = (
        Kpi("pipeline_value", w["kpi_value"], total_amount, prev_amount, "money", cur),
        Kpi("weighted_pipeline", w["kpi_weighted"], total_weighted, prev_weighted, "money", cur),
    )
    when = w["note_today"] if period.end >= today else w["note_when"].format(end=period.end)
    return ReportResult(
        name="pipeline",
        title=w["title"],
        language=language,
        period=period,
        filters_text=c.filters_text(ctx, filters.owner_id, language),
        generated_at=now.astimezone(dt.UTC),
        kpis=kpis,
        tables=(stage_table, owner_table, matrix),
        charts=(chart,),
        notes=(when, w["note_money"].format(cur=cur)),
    )


SPEC = ReportSpec(
    name="pipeline",
    titles={k: v["title"] for k, v in WORDS.items()},
    descriptions={k: v["description"] for k, v in WORDS.items()},
    run=run,
)
