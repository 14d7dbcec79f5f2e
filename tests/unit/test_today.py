"""The Today agenda: local day boundaries, deals closing and rotting, birthdays this week."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.services import contacts
from desktop_crm.services.contacts import ContactInput
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.services.today import (
    TaskInput,
    celebrated_on,
    create_task,
    load_agenda,
    week_of,
)
from desktop_crm.store.database import Database
from desktop_crm.store.models import Deal, Stage

VN = dt.timezone(dt.timedelta(hours=7))


def _contact(db: Database, name: str, birthday: dt.date | None = None) -> str:
    with db.uow() as uow:
        return contacts.create_contact(uow, ContactInput(full_name=name, birthday=birthday)).id


def _task(db: Database, contact_id: str, subject: str, due: dt.datetime) -> str:
    with db.uow() as uow:
        return create_task(uow, TaskInput(subject, due, contact_id=contact_id)).id


def test_today_is_the_local_day_not_the_utc_day(db: Database) -> None:
    customer = _contact(db, "Trần Thị Bình")
    now = dt.datetime(2026, 3, 10, 8, 0, tzinfo=VN)
    late = _task(db, customer, "Tối nay", dt.datetime(2026, 3, 10, 23, 30, tzinfo=VN))
    # 00:30 local on the 11th is still the 10th in UTC (17:30), but not today here.
    _task(db, customer, "Sáng mai", dt.datetime(2026, 3, 11, 0, 30, tzinfo=VN))
    # 06:00 local on the 10th is the 9th in UTC (23:00), yet today here.
    early = _task(db, customer, "Sáng nay", dt.datetime(2026, 3, 10, 6, 0, tzinfo=VN))
    old = _task(db, customer, "Hôm qua", dt.datetime(2026, 3, 9, 23, 59, tzinfo=VN))
    with db.uow() as uow:
        agenda = load_agenda(uow, now)
    assert agenda.today == dt.date(2026, 3, 10)
    assert [i.id for i in agenda.due_today] == [early, late]
    assert [i.id for i in agenda.overdue] == [old]


def test_week_of_spans_the_new_year() -> None:
    days = week_of(dt.date(2026, 12, 31))
    assert days[0] == dt.date(2026, 12, 28) and days[-1] == dt.date(2027, 1, 3)


def test_29_february_is_kept_on_28_february_outside_leap_years() -> None:
    leapling = dt.date(1988, 2, 29)
    assert celebrated_on(leapling, week_of(dt.date(2027, 2, 24))) == dt.date(2027, 2, 28)
    assert celebrated_on(leapling, week_of(dt.date(2028, 2, 28))) == dt.date(2028, 2, 29)
    assert celebrated_on(leapling, week_of(dt.date(2027, 3, 10))) is None


def test_birthdays_this_week_across_the_year_boundary(db: Database) -> None:
    _contact(db, "Năm mới", dt.date(1990, 1, 2))
    _contact(db, "Cuối năm", dt.date(1985, 12, 29))
    _contact(db, "Tuần sau", dt.date(1985, 1, 5))
    _contact(db, "Không ngày sinh")
    now = dt.datetime(2026, 12, 31, 10, 0, tzinfo=VN)
    with db.uow() as uow:
        agenda = load_agenda(uow, now)
    assert [(b.name, b.on) for b in agenda.birthdays] == [
        ("Cuối năm", dt.date(2026, 12, 29)),
        ("Năm mới", dt.date(2027, 1, 2)),
    ]


def test_birthday_on_29_february_in_a_common_year(db: Database) -> None:
    _contact(db, "Nhuận", dt.date(1992, 2, 29))
    _contact(db, "Hai tám", dt.date(1992, 2, 28))
    with db.uow() as uow:
        agenda = load_agenda(uow, dt.datetime(2027, 2, 24, 9, 0, tzinfo=VN))
    assert sorted((b.name, b.on) for b in agenda.birthdays) == [
        ("Hai tám", dt.date(2027, 2, 28)),
        ("Nhuận", dt.date(2027, 2, 28)),
    ]


def _deal(
    db: Database, title: str, stage_index: int, entered: dt.datetime, close: dt.date | None,
    status: str = "open",
) -> str:  # fmt: skip
    with db.uow() as uow:
        pipeline = ensure_default_pipeline(uow, "vi")
        stage = pipeline.stages[stage_index]
        row = Deal(
            title=title,
            pipeline_id=uuid.UUID(pipeline.id),
            stage_id=uuid.UUID(stage.id),
            amount=Decimal("1500000"),
            stage_entered_at=entered,
            expected_close_date=close,
            status=status,
        )
        uow.session.add(row)
        uow.commit()
        return str(row.id)


def test_deals_closing_this_month_and_rotting(db: Database) -> None:
    now = dt.datetime(2026, 3, 10, 9, 0, tzinfo=VN)
    with db.uow() as uow:
        pipeline = ensure_default_pipeline(uow, "vi")
        stage = uow.session.get(Stage, uuid.UUID(pipeline.stages[0].id))
        assert stage is not None
        stage.rotting_days = 10
        uow.commit()
    fresh = _deal(db, "Mới", 0, now - dt.timedelta(days=3), dt.date(2026, 3, 31))
    rotten = _deal(db, "Cũ", 0, now - dt.timedelta(days=11), dt.date(2026, 4, 2))
    _deal(db, "Đã thắng", 0, now - dt.timedelta(days=30), dt.date(2026, 3, 5), status="won")
    _deal(db, "Tháng trước", 0, now, dt.date(2026, 2, 28))
    with db.uow() as uow:
        agenda = load_agenda(uow, now)
    assert [d.id for d in agenda.closing_this_month] == [fresh]
    assert [d.id for d in agenda.rotting] == [rotten]
    assert agenda.rotting[0].days_in_stage == 11
    assert agenda.closing_this_month[0].amount == Decimal("1500000")


def test_create_task_needs_a_subject_and_a_customer(db: Database) -> None:
    due = dt.datetime(2026, 3, 10, 9, 0, tzinfo=VN)
    with db.uow() as uow, pytest.raises(FieldError) as info:
        create_task(uow, TaskInput("  ", due, contact_id=None))
    assert info.value.field == "subject"
    with db.uow() as uow, pytest.raises(FieldError) as info:
        create_task(uow, TaskInput("Gọi", due))
    assert info.value.field == "contact_id"
