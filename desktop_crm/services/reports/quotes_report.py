"""Quotes: the latest versions issued in the period, by status, with the acceptance rate."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import ROUND_HALF_UP, Decimal

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
from desktop_crm.store import report_queries_service as q
from desktop_crm.store.models import User
from desktop_crm.store.uow import UnitOfWork

STATUSES = ("draft", "sent", "accepted", "rejected", "expired")

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Báo giá",
        "description": "Báo giá (phiên bản mới nhất) lập trong kỳ theo trạng thái, tỷ lệ chấp nhận",
        "status": "Trạng thái",
        "count": "Số báo giá",
        "value": "Giá trị",
        "currency": "Tiền tệ",
        "by_status": "Báo giá theo trạng thái",
        "values": "Giá trị theo trạng thái và tiền tệ",
        "chart": "Số báo giá theo trạng thái",
        "issued": "Báo giá lập trong kỳ",
        "rate": "Tỷ lệ chấp nhận",
        "days": "Thời gian đến quyết định (ngày, trung bình)",
        "total": "Tổng",
        "owner": "Người phụ trách",
        "draft": "Nháp",
        "sent": "Đã gửi",
        "accepted": "Chấp nhận",
        "rejected": "Từ chối",
        "expired": "Hết hạn",
        "note_latest": "Chỉ tính phiên bản mới nhất của mỗi báo giá, theo ngày lập.",
        "note_rate": "Tỷ lệ chấp nhận = chấp nhận / (chấp nhận + từ chối).",
        "note_days": "Thời gian đến quyết định: từ lúc gửi đến lúc chấp nhận hoặc từ chối.",
        "note_money": "Giá trị (tổng sau thuế) theo từng loại tiền, không quy đổi.",
    },
    "en": {
        "title": "Quotes",
        "description": "Latest quote versions issued in the period by status, acceptance rate",
        "status": "Status",
        "count": "Quotes",
        "value": "Value",
        "currency": "Currency",
        "by_status": "Quotes by status",
        "values": "Values by status and currency",
        "chart": "Quotes by status",
        "issued": "Quotes issued in the period",
        "rate": "Acceptance rate",
        "days": "Time to decision (days, mean)",
        "total": "Total",
        "owner": "Owner",
        "draft": "Draft",
        "sent": "Sent",
        "accepted": "Accepted",
        "rejected": "Rejected",
        "expired": "Expired",
        "note_latest": "Only the latest version of each quote counts, by its issue date.",
        "note_rate": "Acceptance rate = accepted / (accepted + rejected).",
        "note_days": "Time to decision: from sending to acceptance or rejection.",
        "note_money": "Values (totals with tax) per currency, not converted.",
    },
}

ONE = Decimal("0.1")


def _words(language: str) -> dict[str, str]:
    return WORDS["vi" if language == "vi" else "en"]


def _owner_text(uow: UnitOfWork, owner_id: uuid.UUID | None, w: dict[str, str]) -> str:
    if owner_id is None:
        return ""
    user = uow.session.get(User, owner_id)
    return f"{w['owner']}: {user.name if user else owner_id}"


def run(
    uow: UnitOfWork, period: Period, filters: ReportFilters, language: str, now: dt.datetime
) -> ReportResult:
    uow.read_only()
    w = _words(language)
    owner_id = uuid.UUID(filters.owner_id) if filters.owner_id else None
    rows = q.latest_quotes(uow.session, period.start, period.end, owner_id)
    counts = dict.fromkeys(STATUSES, 0)
    values: dict[tuple[str, str], Decimal] = {}
    waits: list[Decimal] = []
    for status, currency, total, sent_at, decided_at in rows:
        counts[status] = counts.get(status, 0) + 1
        key = (status, currency)
        values[key] = values.get(key, Decimal(0)) + total
        if status in ("accepted", "rejected") and sent_at is not None and decided_at is not None:
            waits.append(Decimal((decided_at - sent_at).total_seconds()) / Decimal(86400))
    decided = counts["accepted"] + counts["rejected"]
    rate = (
        (Decimal(counts["accepted"] * 100) / decided).quantize(ONE, ROUND_HALF_UP)
        if decided
        else None
    )
    mean_days = (
        (sum(waits, Decimal(0)) / len(waits)).quantize(ONE, ROUND_HALF_UP) if waits else None
    )
    statuses = [s for s in counts if s in STATUSES] + [s for s in counts if s not in STATUSES]
    by_status = Table(
        key="by_status",
        title=w["by_status"],
        columns=(Column("status", w["status"]), Column("count", w["count"], "int")),
        rows=tuple((w.get(s, s), counts[s]) for s in statuses),
        totals=(w["total"], len(rows)),
    )
    value_rows = tuple(
        (w.get(s, s), cur, values[(s, cur)])
        for s in statuses
        for cur in sorted({c for (st, c) in values if st == s})
    )
    by_value = Table(
        key="values",
        title=w["values"],
        columns=(
            Column("status", w["status"]),
            Column("currency", w["currency"]),
            Column("value", w["value"], "money"),
        ),
        rows=value_rows,
    )
    chart = Chart(
        key="by_status",
        title=w["chart"],
        kind="bar",
        categories=tuple(w.get(s, s) for s in statuses),
        series=(Series(w["count"], tuple(counts[s] for s in statuses)),),
    )
    kpis = (
        Kpi("issued", w["issued"], len(rows)),
        Kpi("acceptance_rate", w["rate"], rate, kind="percent"),
        Kpi("days_to_decision", w["days"], mean_days, kind="days"),
    )
    return ReportResult(
        name="quotes",
        title=w["title"],
        language=language,
        period=period,
        filters_text=_owner_text(uow, owner_id, w),
        generated_at=now.astimezone(dt.UTC),
        kpis=kpis,
        tables=(by_status, by_value),
        charts=(chart,),
        notes=(w["note_latest"], w["note_rate"], w["note_days"], w["note_money"]),
    )


SPEC = ReportSpec(
    name="quotes",
    titles={lang: WORDS[lang]["title"] for lang in WORDS},
    descriptions={lang: WORDS[lang]["description"] for lang in WORDS},
    run=run,
)
