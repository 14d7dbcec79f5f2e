"""Report 4, sales performance by person: per owner in the period, won revenue (in the company
currency), deals won and lost, conversion (won / closed), activities done and quotes sent."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import ROUND_HALF_UP, Decimal

from desktop_crm.services import segments
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
from desktop_crm.store import report_queries_people as q
from desktop_crm.store.segment_queries import company_currency
from desktop_crm.store.uow import UnitOfWork

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Hiệu quả bán hàng theo nhân viên",
        "description": "Doanh thu thắng, cơ hội thắng/thua, tỷ lệ chuyển đổi, hoạt động, báo giá",
        "table": "Hiệu quả theo nhân viên",
        "person": "Nhân viên",
        "revenue": "Doanh thu thắng",
        "won": "Cơ hội thắng",
        "lost": "Cơ hội thua",
        "conversion": "Tỷ lệ chuyển đổi",
        "activities": "Hoạt động đã làm",
        "quotes": "Báo giá đã gửi",
        "total": "Tổng cộng",
        "nobody": "(chưa giao)",
        "owner": "Nhân viên",
        "chart": "Doanh thu thắng theo nhân viên",
        "note_money": "Doanh thu quy đổi sang {currency} theo tỷ giá đã lưu.",
        "note_conversion": (
            "Tỷ lệ chuyển đổi = cơ hội thắng / (thắng + thua) đóng trong kỳ; báo giá: chỉ "
            "phiên bản mới nhất."
        ),
    },
    "en": {
        "title": "Sales performance by person",
        "description": "Won revenue, deals won and lost, conversion, activities, quotes sent",
        "table": "Performance by person",
        "person": "Person",
        "revenue": "Won revenue",
        "won": "Deals won",
        "lost": "Deals lost",
        "conversion": "Conversion",
        "activities": "Activities done",
        "quotes": "Quotes sent",
        "total": "Total",
        "nobody": "(unassigned)",
        "owner": "Owner",
        "chart": "Won revenue by person",
        "note_money": "Revenue converted to {currency} at the saved exchange rates.",
        "note_conversion": (
            "Conversion = deals won / (won + lost) closed in the period; quotes: latest "
            "versions only."
        ),
    },
}


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def window(period: Period, tz: dt.tzinfo | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The period's local days as a UTC window: [start 00:00, day after end 00:00)."""

    def local_midnight(day: dt.date) -> dt.datetime:
        naive = dt.datetime.combine(day, dt.time.min)
        aware = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
        return aware.astimezone(dt.UTC)

    return local_midnight(period.start), local_midnight(period.end + dt.timedelta(days=1))


def local_day(moment: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


def owner_uuid(filters: ReportFilters) -> uuid.UUID | None:
    return uuid.UUID(filters.owner_id) if filters.owner_id else None


def filters_text(filters: ReportFilters, names: dict[uuid.UUID, str], language: str) -> str:
    owner = owner_uuid(filters)
    if owner is None:
        return ""
    return f"{words(language)['owner']}: {names.get(owner, str(owner))}"


def percent(part: int, whole: int) -> Decimal | None:
    """``part / whole`` in percent with one decimal; None when nothing to divide by."""
    if not whole:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def run(
    uow: UnitOfWork,
    period: Period,
    filters: ReportFilters,
    language: str,
    now: dt.datetime,
    tz: dt.tzinfo | None = None,
) -> ReportResult:
    uow.read_only()
    w = words(language)
    session = uow.session
    start, end = window(period, tz)
    owner = owner_uuid(filters)
    names = q.user_names(session)
    currency = company_currency(session)
    rates = segments.get_rates(uow)

    revenue: dict[uuid.UUID | None, Decimal] = {}
    won: dict[uuid.UUID | None, int] = {}
    lost: dict[uuid.UUID | None, int] = {}
    for who, status, cur, count, total in q.closed_deals(session, start, end, owner):
        if status == "won":
            won[who] = won.get(who, 0) + count
            revenue[who] = revenue.get(who, Decimal(0)) + segments.convert(
                total, cur, currency, rates
            )
        else:
            lost[who] = lost.get(who, 0) + count
    activities = q.done_activity_counts(session, start, end, owner)
    quotes = q.sent_quote_counts(session, start, end, owner)
    uow.end_read()

    people = set(revenue) | set(won) | set(lost) | set(activities) | set(quotes)

    def label(who: uuid.UUID | None) -> str:
        return names.get(who, str(who)) if who is not None else w["nobody"]

    ordered = sorted(people, key=lambda p: (-revenue.get(p, Decimal(0)), label(p)))
    rows = tuple(
        (
            label(p),
            revenue.get(p, Decimal(0)),
            won.get(p, 0),
            lost.get(p, 0),
            percent(won.get(p, 0), won.get(p, 0) + lost.get(p, 0)),
            activities.get(p, 0),
            quotes.get(p, 0),
        )
        for p in ordered
    )
    total_revenue = sum(revenue.values(), Decimal(0))
    total_won, total_lost = sum(won.values()), sum(lost.values())
    total_conversion = percent(total_won, total_won + total_lost)
    totals = (
        w["total"],
        total_revenue,
        total_won,
        total_lost,
        total_conversion,
        sum(activities.values()),
        sum(quotes.values()),
    )
    table = Table(
        key="performance",
        title=w["table"],
        columns=(
            Column("person", w["person"]),
            Column("revenue", w["revenue"], "money", currency),
            Column("won", w["won"], "int"),
            Column("lost", w["lost"], "int"),
            Column("conversion", w["conversion"], "percent"),
            Column("activities", w["activities"], "int"),
            Column("quotes", w["quotes"], "int"),
        ),
        rows=rows,
        totals=totals,
    )
    chart = Chart(
        key="revenue_by_person",
        title=w["chart"],
        kind="bar",
        categories=tuple(str(r[0]) for r in rows),
        series=(Series(w["revenue"], tuple(revenue.get(p, Decimal(0)) for p in ordered)),),
        value_kind="money",
        currency=currency,
    )
    kpis = (
        Kpi("revenue", w["revenue"], total_revenue, kind="money", currency=currency),
        Kpi("won", w["won"], total_won),
        Kpi("conversion", w["conversion"], total_conversion, kind="percent"),
        Kpi("quotes", w["quotes"], sum(quotes.values())),
    )
    return ReportResult(
        name="performance",
        title=w["title"],
        language=language,
        period=period,
        filters_text=filters_text(filters, names, language),
        generated_at=now.astimezone(dt.UTC),
        kpis=kpis,
        tables=(table,),
        charts=(chart,),
        notes=(w["note_money"].format(currency=currency), w["note_conversion"]),
    )


SPEC = ReportSpec(
    name="performance",
    titles={lang: WORDS[lang]["title"] for lang in WORDS},
    descriptions={lang: WORDS[lang]["description"] for lang in WORDS},
    run=run,
)
