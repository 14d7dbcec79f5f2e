"""Report 5, activities: what was done in the period by type and by person, by ISO week, and
the overdue tasks now (open activities due before now)."""

from __future__ import annotations

import datetime as dt
import uuid

from desktop_crm.domain.enums import ActivityType
from desktop_crm.services.reports.model import (
    Chart,
    Column,
    Period,
    ReportFilters,
    ReportResult,
    ReportSpec,
    Series,
    Table,
    Value,
)
from desktop_crm.services.reports.performance import filters_text, local_day, owner_uuid, window
from desktop_crm.store import report_queries_people as q
from desktop_crm.store.uow import UnitOfWork

TYPES = tuple(t.value for t in ActivityType)

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Báo cáo hoạt động",
        "description": "Hoạt động đã làm theo loại, nhân viên và tuần; công việc quá hạn",
        "by_person": "Hoạt động theo nhân viên và loại",
        "by_week": "Hoạt động theo tuần",
        "chart": "Hoạt động theo loại và tuần",
        "overdue": "Công việc quá hạn",
        "person": "Nhân viên",
        "week": "Tuần",
        "type": "Loại",
        "total": "Tổng cộng",
        "subject": "Nội dung",
        "customer": "Khách hàng",
        "due": "Hạn",
        "days_overdue": "Số ngày quá hạn",
        "nobody": "(chưa giao)",
        "owner": "Nhân viên",
        "call": "Cuộc gọi",
        "meeting": "Cuộc họp",
        "visit": "Thăm khách",
        "email": "Email",
        "chat": "Tin nhắn",
        "note": "Ghi chú",
        "task": "Công việc",
        "note_overdue": (
            "Quá hạn: hoạt động chưa hoàn thành có hạn trước thời điểm lập báo cáo "
            "(không theo kỳ); tuần theo ISO 8601."
        ),
    },
    "en": {
        "title": "Activity report",
        "description": "Activities done by type, person and week; overdue tasks",
        "by_person": "Activities by person and type",
        "by_week": "Activities by week",
        "chart": "Activities by type and week",
        "overdue": "Overdue tasks",
        "person": "Person",
        "week": "Week",
        "type": "Type",
        "total": "Total",
        "subject": "Subject",
        "customer": "Customer",
        "due": "Due",
        "days_overdue": "Days overdue",
        "nobody": "(unassigned)",
        "owner": "Owner",
        "call": "Call",
        "meeting": "Meeting",
        "visit": "Visit",
        "email": "E-mail",
        "chat": "Chat",
        "note": "Note",
        "task": "Task",
        "note_overdue": (
            "Overdue: activities not done whose due time is before the report was made "
            "(whatever the period); ISO 8601 weeks."
        ),
    },
}


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def week_label(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


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
    session = uow.session
    start, end = window(period, tz)
    owner = owner_uuid(filters)
    names = q.user_names(session)
    monday = period.start - dt.timedelta(days=period.start.weekday())
    first_monday, _ = window(Period(monday, monday), tz)
    done = q.done_activities_by_week(session, start, end, owner, first_monday)
    overdue = q.overdue_activities(session, now, owner)
    uow.end_read()

    def label(who: uuid.UUID | None) -> str:
        return names.get(who, str(who)) if who is not None else w["nobody"]

    by_person: dict[uuid.UUID | None, dict[str, int]] = {}
    by_week: dict[str, dict[str, int]] = {}
    types = list(TYPES)
    for kind, who, week_number, count in done:
        done_day = monday + dt.timedelta(days=7 * week_number)
        if kind not in types:
            types.append(kind)
        person = by_person.setdefault(who, {})
        person[kind] = person.get(kind, 0) + count
        week = by_week.setdefault(week_label(done_day), {})
        week[kind] = week.get(kind, 0) + count
    # every week of the period, even an empty one, so the chart's axis has no holes
    day = period.start
    while day <= period.end:
        by_week.setdefault(week_label(day), {})
        day += dt.timedelta(days=7)
    by_week.setdefault(week_label(period.end), {})

    type_columns = tuple(Column(t, w.get(t, t), "int") for t in types)

    def counts(row: dict[str, int]) -> tuple[int, ...]:
        return (*(row.get(t, 0) for t in types), sum(row.values()))

    def sum_rows(rows: list[dict[str, int]]) -> tuple[int, ...]:
        return (
            *(sum(r.get(t, 0) for r in rows) for t in types),
            sum(sum(r.values()) for r in rows),
        )

    people = sorted(by_person, key=lambda p: (-sum(by_person[p].values()), label(p)))
    person_table = Table(
        key="by_person",
        title=w["by_person"],
        columns=(Column("person", w["person"]), *type_columns, Column("total", w["total"], "int")),
        rows=tuple((label(p), *counts(by_person[p])) for p in people),
        totals=(w["total"], *sum_rows(list(by_person.values()))),
        wide=True,
    )
    weeks = sorted(by_week)
    week_table = Table(
        key="by_week",
        title=w["by_week"],
        columns=(Column("week", w["week"]), *type_columns, Column("total", w["total"], "int")),
        rows=tuple((wk, *counts(by_week[wk])) for wk in weeks),
        totals=(w["total"], *sum_rows(list(by_week.values()))),
        wide=True,
    )
    chart = Chart(
        key="by_type_week",
        title=w["chart"],
        kind="stacked_bar",
        categories=tuple(weeks),
        series=tuple(
            Series(w.get(t, t), tuple(by_week[wk].get(t, 0) for wk in weeks)) for t in types
        ),
    )
    today = local_day(now, tz)
    overdue_rows: list[tuple[Value, ...]] = []
    for _id, kind, subject, who, due_at, account, contact in overdue:
        due_day = local_day(due_at, tz)
        overdue_rows.append(
            (
                subject,
                w.get(kind, kind),
                account or contact or "",
                label(who),
                due_day,
                (today - due_day).days,
            )
        )
    overdue_table = Table(
        key="overdue",
        title=w["overdue"],
        columns=(
            Column("subject", w["subject"]),
            Column("type", w["type"]),
            Column("customer", w["customer"]),
            Column("owner", w["person"]),
            Column("due", w["due"], "date"),
            Column("days_overdue", w["days_overdue"], "days"),
        ),
        rows=tuple(overdue_rows),
        wide=True,
    )
    return ReportResult(
        name="activities",
        title=w["title"],
        language=language,
        period=period,
        filters_text=filters_text(filters, names, language),
        generated_at=now.astimezone(dt.UTC),
        tables=(person_table, week_table, overdue_table),
        charts=(chart,),
        notes=(w["note_overdue"],),
    )


SPEC = ReportSpec(
    name="activities",
    titles={lang: WORDS[lang]["title"] for lang in WORDS},
    descriptions={lang: WORDS[lang]["description"] for lang in WORDS},
    run=run,
    wide=True,
)
