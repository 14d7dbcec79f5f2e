"""Report 6, customer segments: the care groups, RFM segments, value tiers, the churn-risk list
and the customers of highest lifetime value, as last computed by ``services.segments``.

The segments are a snapshot (recomputed on demand), not a figure of the period: the report
says when they were computed.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from desktop_crm.domain.segment_words import group_name, rfm_name
from desktop_crm.domain.segments import CARE_GROUPS, RFM_SEGMENTS, TIERS, round_to
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
from desktop_crm.services.reports.performance import local_day
from desktop_crm.store import report_queries_people as people_queries
from desktop_crm.store.segment_queries import company_currency
from desktop_crm.store.uow import UnitOfWork

TOP_CLV = 20

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Phân khúc khách hàng",
        "description": "Nhóm chăm sóc, phân khúc RFM, hạng, khách có nguy cơ rời bỏ, CLV",
        "care": "Nhóm chăm sóc",
        "rfm": "Phân khúc RFM",
        "tiers": "Hạng khách hàng",
        "churn": "Khách có nguy cơ rời bỏ",
        "top": "Khách hàng có CLV cao nhất",
        "group": "Nhóm",
        "segment": "Phân khúc",
        "tier": "Hạng",
        "customers": "Số khách",
        "share": "Tỷ lệ",
        "revenue": "Doanh thu",
        "revenue_share": "Tỷ lệ doanh thu",
        "customer": "Khách hàng",
        "interval": "Chu kỳ mua (ngày)",
        "since": "Số ngày từ lần mua cuối",
        "clv": "CLV",
        "total": "Tổng cộng",
        "churn_count": "Nguy cơ rời bỏ",
        "pie": "Số khách theo nhóm chăm sóc",
        "bar": "Doanh thu theo hạng",
        "computed": "Tính lúc {at} (ảnh chụp, không theo kỳ báo cáo).",
        "never": "Chưa tính phân khúc: hãy tính lại phân khúc trước.",
        "money": "Số tiền theo {currency} (tiền của công ty).",
        "owner": "Bộ lọc nhân viên không áp dụng cho phân khúc.",
    },
    "en": {
        "title": "Customer segments",
        "description": "Care groups, RFM segments, tiers, churn-risk list, CLV",
        "care": "Care groups",
        "rfm": "RFM segments",
        "tiers": "Customer tiers",
        "churn": "Churn-risk customers",
        "top": "Top customers by CLV",
        "group": "Group",
        "segment": "Segment",
        "tier": "Tier",
        "customers": "Customers",
        "share": "Share",
        "revenue": "Revenue",
        "revenue_share": "Revenue share",
        "customer": "Customer",
        "interval": "Usual interval (days)",
        "since": "Days since last purchase",
        "clv": "CLV",
        "total": "Total",
        "churn_count": "Churn risk",
        "pie": "Customers per care group",
        "bar": "Revenue by tier",
        "computed": "Computed at {at} (a snapshot, not a figure of the period).",
        "never": "Segments never computed: recompute the segments first.",
        "money": "Amounts in {currency} (the company currency).",
        "owner": "The owner filter does not apply to segments.",
    },
}


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def _share(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(100) * Decimal(part) / Decimal(whole)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )


def _link(record: segments.SegmentRecord) -> tuple[str, str]:
    return ("account" if record.kind == "account" else "contact", record.customer_id)


def run(
    uow: UnitOfWork,
    period: Period,
    filters: ReportFilters,
    language: str,
    now: dt.datetime,
    tz: dt.tzinfo | None = None,
) -> ReportResult:
    uow.read_only()
    w = _words(language)
    lang = language if language in WORDS else "en"
    summary = segments.summary(uow)
    churn = segments.churn_list(uow)
    currency = company_currency(uow.session)
    # the sums and the top customers in SQL: reading all 60 000 rows takes seconds
    sums_by_group, sums_by_tier = people_queries.segment_sums(uow.session)
    top = [
        record
        for kind, customer in people_queries.top_clv(uow.session, TOP_CLV)
        if (record := segments.segment_of(uow, kind, str(customer))) is not None
    ]
    uow.end_read()

    total_customers = summary.customers
    group_revenue = {g: round_to(sums_by_group.get(g, Decimal(0)), currency) for g in CARE_GROUPS}
    tier_revenue = {t: round_to(sums_by_tier.get(t, Decimal(0)), currency) for t in TIERS}
    total_revenue = sum(group_revenue.values(), Decimal(0))

    care = Table(
        key="care_groups",
        title=w["care"],
        columns=(
            Column("group", w["group"]),
            Column("customers", w["customers"], "int"),
            Column("share", w["share"], "percent"),
            Column("revenue", w["revenue"], "money", currency),
        ),
        rows=tuple(
            (
                group_name(g, lang),
                summary.care_groups[g],
                _share(summary.care_groups[g], total_customers),
                group_revenue[g],
            )
            for g in CARE_GROUPS
        ),
        totals=(
            w["total"],
            total_customers,
            _share(total_customers, total_customers),
            total_revenue,
        ),
    )
    rfm = Table(
        key="rfm",
        title=w["rfm"],
        columns=(Column("segment", w["segment"]), Column("customers", w["customers"], "int")),
        rows=tuple((rfm_name(s, lang), summary.rfm[s]) for s in RFM_SEGMENTS),
        totals=(w["total"], sum(summary.rfm.values())),
    )
    tier_total = sum(tier_revenue.values(), Decimal(0))
    tiers = Table(
        key="tiers",
        title=w["tiers"],
        columns=(
            Column("tier", w["tier"]),
            Column("customers", w["customers"], "int"),
            Column("revenue", w["revenue"], "money", currency),
            Column("revenue_share", w["revenue_share"], "percent"),
        ),
        rows=tuple(
            (t, summary.tiers[t], tier_revenue[t], _share(tier_revenue[t], tier_total))
            for t in TIERS
        ),
        totals=(
            w["total"],
            sum(summary.tiers.values()),
            tier_total,
            _share(tier_total, tier_total),
        ),
    )
    today = local_day(now, tz)
    churn_table = Table(
        key="churn",
        title=w["churn"],
        columns=(
            Column("customer", w["customer"]),
            Column("interval", w["interval"], "days"),
            Column("since", w["since"], "days"),
            Column("clv", w["clv"], "money", currency),
        ),
        rows=tuple(
            (
                r.name,
                r.usual_interval_days,
                (today - r.last_purchase_on).days if r.last_purchase_on else None,
                r.clv,
            )
            for r in churn
        ),
        links=tuple(_link(r) for r in churn),
    )
    top_table = Table(
        key="top_clv",
        title=w["top"],
        columns=(
            Column("customer", w["customer"]),
            Column("group", w["group"]),
            Column("tier", w["tier"]),
            Column("clv", w["clv"], "money", currency),
        ),
        rows=tuple((r.name, group_name(r.care_group, lang), r.tier, r.clv) for r in top),
        links=tuple(_link(r) for r in top),
    )
    charts = (
        Chart(
            key="care_groups",
            title=w["pie"],
            kind="pie",
            categories=tuple(group_name(g, lang) for g in CARE_GROUPS),
            series=(Series(w["customers"], tuple(summary.care_groups[g] for g in CARE_GROUPS)),),
        ),
        Chart(
            key="revenue_by_tier",
            title=w["bar"],
            kind="bar",
            categories=TIERS,
            series=(Series(w["revenue"], tuple(tier_revenue[t] for t in TIERS)),),
            value_kind="money",
            currency=currency,
        ),
    )
    kpis = (
        Kpi("customers", w["customers"], total_customers),
        Kpi("churn_risk", w["churn_count"], summary.churn_risk),
        Kpi("revenue", w["revenue"], total_revenue, kind="money", currency=currency),
    )
    if summary.computed_at is not None:
        at = (
            summary.computed_at.astimezone(tz)
            if tz is not None
            else summary.computed_at.astimezone()
        )
        notes = [w["computed"].format(at=at.strftime("%Y-%m-%d %H:%M"))]
    else:
        notes = [w["never"]]
    notes.append(w["money"].format(currency=currency))
    if filters.owner_id:
        notes.append(w["owner"])
    return ReportResult(
        name="segments",
        title=w["title"],
        language=language,
        period=period,
        filters_text="",
        generated_at=now.astimezone(dt.UTC),
        kpis=kpis,
        tables=(care, rfm, tiers, churn_table, top_table),
        charts=charts,
        notes=tuple(notes),
    )


SPEC = ReportSpec(
    name="segments",
    titles={lang: WORDS[lang]["title"] for lang in WORDS},
    descriptions={lang: WORDS[lang]["description"] for lang in WORDS},
    run=run,
)
