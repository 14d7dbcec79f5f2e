"""Care: cases opened in the period, response and resolution times against the targets, CSAT."""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from decimal import ROUND_HALF_UP, Decimal

from desktop_crm.services.care_cases import get_targets
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
    Value,
)
from desktop_crm.store import report_queries_service as q
from desktop_crm.store.models import User
from desktop_crm.store.uow import UnitOfWork

STATUSES = ("new", "in_progress", "waiting_on_customer", "resolved", "closed")
CHANNELS = ("phone", "email", "zalo", "facebook", "sms", "visit")
PRIORITIES = ("urgent", "high", "normal", "low")
TENTH = Decimal("0.1")
CENT = Decimal("0.01")

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Chăm sóc khách hàng",
        "description": "Yêu cầu mở trong kỳ, thời gian phản hồi và xử lý so với mục tiêu, CSAT",
        "owner": "Người phụ trách",
        "status": "Trạng thái",
        "channel": "Kênh",
        "priority": "Mức ưu tiên",
        "cases": "Số yêu cầu",
        "by_status": "Yêu cầu mở trong kỳ theo trạng thái",
        "by_channel": "Yêu cầu mở trong kỳ theo kênh",
        "by_priority": "Yêu cầu mở trong kỳ theo mức ưu tiên",
        "times": "Thời gian phản hồi và xử lý so với mục tiêu (giờ)",
        "resp_n": "Đã phản hồi",
        "resp_median": "Phản hồi – trung vị",
        "resp_mean": "Phản hồi – trung bình",
        "resp_target": "Mục tiêu phản hồi",
        "resp_within": "Phản hồi đạt mục tiêu",
        "res_n": "Đã xử lý",
        "res_median": "Xử lý – trung vị",
        "res_mean": "Xử lý – trung bình",
        "res_target": "Mục tiêu xử lý",
        "res_within": "Xử lý đạt mục tiêu",
        "csat_title": "CSAT theo tháng",
        "month": "Tháng",
        "csat_mean": "CSAT trung bình",
        "csat_count": "Số đánh giá",
        "open": "Yêu cầu đang mở",
        "overdue": "Quá hạn",
        "opened": "Yêu cầu mở trong kỳ",
        "csat": "CSAT trung bình",
        "total": "Tổng",
        "none": "(không rõ)",
        "new": "Mới",
        "in_progress": "Đang xử lý",
        "waiting_on_customer": "Chờ khách hàng",
        "resolved": "Đã xử lý",
        "closed": "Đã đóng",
        "phone": "Điện thoại",
        "email": "Email",
        "zalo": "Zalo",
        "facebook": "Facebook",
        "sms": "SMS",
        "visit": "Gặp trực tiếp",
        "urgent": "Khẩn cấp",
        "high": "Cao",
        "normal": "Bình thường",
        "low": "Thấp",
        "note_times": "Thời gian tính từ lúc mở yêu cầu, theo giờ liên tục (không trừ ngoài giờ); "
        "tỷ lệ đạt mục tiêu tính trên các yêu cầu đã phản hồi / đã xử lý.",
        "note_csat": "CSAT theo tháng (giờ địa phương) của ngày xử lý xong, trong kỳ.",
        "note_open": "Yêu cầu đang mở và quá hạn: tại thời điểm lập báo cáo.",
    },
    "en": {
        "title": "Customer care",
        "description": "Cases opened in the period, response and resolution against targets, CSAT",
        "owner": "Owner",
        "status": "Status",
        "channel": "Channel",
        "priority": "Priority",
        "cases": "Cases",
        "by_status": "Cases opened in the period by status",
        "by_channel": "Cases opened in the period by channel",
        "by_priority": "Cases opened in the period by priority",
        "times": "Response and resolution times against the targets (hours)",
        "resp_n": "Responded",
        "resp_median": "Response median",
        "resp_mean": "Response mean",
        "resp_target": "Response target",
        "resp_within": "Response within target",
        "res_n": "Resolved",
        "res_median": "Resolution median",
        "res_mean": "Resolution mean",
        "res_target": "Resolution target",
        "res_within": "Resolution within target",
        "csat_title": "CSAT by month",
        "month": "Month",
        "csat_mean": "Mean CSAT",
        "csat_count": "Ratings",
        "open": "Open cases",
        "overdue": "Overdue",
        "opened": "Cases opened in the period",
        "csat": "Mean CSAT",
        "total": "Total",
        "none": "(unknown)",
        "new": "New",
        "in_progress": "In progress",
        "waiting_on_customer": "Waiting on customer",
        "resolved": "Resolved",
        "closed": "Closed",
        "phone": "Phone",
        "email": "Email",
        "zalo": "Zalo",
        "facebook": "Facebook",
        "sms": "SMS",
        "visit": "Visit",
        "urgent": "Urgent",
        "high": "High",
        "normal": "Normal",
        "low": "Low",
        "note_times": "Times from the opening of the case, in clock hours; the share within "
        "target is over the cases responded to / resolved.",
        "note_csat": "CSAT by the local month the case was resolved, within the period.",
        "note_open": "Open and overdue cases: at the time of the report.",
    },
}


def _words(language: str) -> dict[str, str]:
    return WORDS["vi" if language == "vi" else "en"]


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _hours(start: dt.datetime, end: dt.datetime) -> Decimal:
    return Decimal((_aware(end) - _aware(start)).total_seconds()) / Decimal(3600)


def _tenth(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(TENTH, ROUND_HALF_UP)


def _mean(values: list[Decimal]) -> Decimal | None:
    return sum(values, Decimal(0)) / len(values) if values else None


def _share(values: list[Decimal], target: int) -> Decimal | None:
    if not values:
        return None
    within = sum(1 for v in values if v <= target)
    return (Decimal(within * 100) / len(values)).quantize(TENTH, ROUND_HALF_UP)


def _counted(keys: list[str], order: tuple[str, ...]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    known = [(k, counts[k]) for k in order if k in counts]
    return known + sorted((k, n) for k, n in counts.items() if k not in order)


def run(
    uow: UnitOfWork, period: Period, filters: ReportFilters, language: str, now: dt.datetime
) -> ReportResult:
    uow.read_only()
    w = _words(language)
    session = uow.session
    owner_id = uuid.UUID(filters.owner_id) if filters.owner_id else None
    zone = now.astimezone().tzinfo
    start = dt.datetime.combine(period.start, dt.time(), tzinfo=zone).astimezone(dt.UTC)
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    end = end.astimezone(dt.UTC)
    targets = get_targets(uow)
    cases = q.cases_opened(session, start, end, owner_id)

    def word(key: str) -> str:
        return w.get(key, key) if key else w["none"]

    def count_table(key: str, title: str, column: str, keys: list[str], order: tuple[str, ...]):  # type: ignore[no-untyped-def]
        counted = _counted(keys, order)
        return counted, Table(
            key=key,
            title=title,
            columns=(Column(key, w[column]), Column("cases", w["cases"], "int")),
            rows=tuple((word(k), n) for k, n in counted),
            totals=(w["total"], len(keys)),
        )

    _, status_table = count_table(
        "status", w["by_status"], "status", [c[0] for c in cases], STATUSES
    )
    channels, channel_table = count_table(
        "channel", w["by_channel"], "channel", [c[1] or "" for c in cases], CHANNELS
    )
    _, priority_table = count_table(
        "priority", w["by_priority"], "priority", [c[2] for c in cases], PRIORITIES
    )

    time_rows: list[tuple[Value, ...]] = []
    order = list(PRIORITIES) + sorted({c[2] for c in cases} - set(PRIORITIES))
    for priority in order:
        mine = [c for c in cases if c[2] == priority]
        if not mine and priority not in PRIORITIES:
            continue
        target = targets.get(priority)
        response = [_hours(c[3], c[4]) for c in mine if c[4] is not None]
        resolution = [_hours(c[3], c[5]) for c in mine if c[5] is not None]
        time_rows.append(
            (
                word(priority),
                len(mine),
                len(response),
                _tenth(Decimal(statistics.median(response)) if response else None),
                _tenth(_mean(response)),
                target.response if target else None,
                _share(response, target.response) if target else None,
                len(resolution),
                _tenth(Decimal(statistics.median(resolution)) if resolution else None),
                _tenth(_mean(resolution)),
                target.resolution if target else None,
                _share(resolution, target.resolution) if target else None,
            )
        )
    times = Table(
        key="times",
        title=w["times"],
        columns=(
            Column("priority", w["priority"]),
            Column("cases", w["cases"], "int"),
            Column("responded", w["resp_n"], "int"),
            Column("response_median", w["resp_median"], "decimal"),
            Column("response_mean", w["resp_mean"], "decimal"),
            Column("response_target", w["resp_target"], "int"),
            Column("response_within", w["resp_within"], "percent"),
            Column("resolved", w["res_n"], "int"),
            Column("resolution_median", w["res_median"], "decimal"),
            Column("resolution_mean", w["res_mean"], "decimal"),
            Column("resolution_target", w["res_target"], "int"),
            Column("resolution_within", w["res_within"], "percent"),
        ),
        rows=tuple(time_rows),
        wide=True,
    )

    months: dict[str, list[int]] = {}
    all_scores: list[int] = []
    for resolved_at, score in q.csat_scores(session, start, end, owner_id):
        month = _aware(resolved_at).astimezone(zone).strftime("%Y-%m")
        months.setdefault(month, []).append(score)
        all_scores.append(score)
    month_keys = sorted(months)
    month_means = [
        (Decimal(sum(months[m])) / len(months[m])).quantize(CENT, ROUND_HALF_UP) for m in month_keys
    ]
    csat_table = Table(
        key="csat",
        title=w["csat_title"],
        columns=(
            Column("month", w["month"]),
            Column("mean", w["csat_mean"], "decimal"),
            Column("count", w["csat_count"], "int"),
        ),
        rows=tuple(
            (m, mean, len(months[m])) for m, mean in zip(month_keys, month_means, strict=True)
        ),
    )
    mean_csat = (
        (Decimal(sum(all_scores)) / len(all_scores)).quantize(CENT, ROUND_HALF_UP)
        if all_scores
        else None
    )

    now_utc = now.astimezone(dt.UTC)
    unfinished = q.open_cases(session, owner_id)
    overdue = sum(1 for _, due in unfinished if due is not None and _aware(due) < now_utc)
    owner_text = ""
    if owner_id is not None:
        user = session.get(User, owner_id)
        owner_text = f"{w['owner']}: {user.name if user else owner_id}"
    return ReportResult(
        name="care",
        title=w["title"],
        language=language,
        period=period,
        filters_text=owner_text,
        generated_at=now_utc,
        kpis=(
            Kpi("opened", w["opened"], len(cases)),
            Kpi("open_cases", w["open"], len(unfinished)),
            Kpi("overdue", w["overdue"], overdue),
            Kpi("mean_csat", w["csat"], mean_csat, kind="decimal"),
        ),
        tables=(status_table, channel_table, priority_table, times, csat_table),
        charts=(
            Chart(
                key="by_channel",
                title=w["by_channel"],
                kind="bar",
                categories=tuple(word(k) for k, _ in channels),
                series=(Series(w["cases"], tuple(n for _, n in channels)),),
            ),
            Chart(
                key="csat",
                title=w["csat_title"],
                kind="line",
                categories=tuple(month_keys),
                series=(Series(w["csat_mean"], tuple(month_means)),),
                value_kind="decimal",
            ),
        ),
        notes=(w["note_times"], w["note_csat"], w["note_open"]),
    )


SPEC = ReportSpec(
    name="care",
    titles={lang: WORDS[lang]["title"] for lang in WORDS},
    descriptions={lang: WORDS[lang]["description"] for lang in WORDS},
    run=run,
    wide=True,
)
