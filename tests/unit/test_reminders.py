"""Reminders with a controlled clock: what falls due, what was missed, snooze and mark done."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.services import contacts, reminders
from desktop_crm.services.contacts import ContactInput, NotFoundError
from desktop_crm.services.today import TaskInput, create_task
from desktop_crm.settings import LocalSettings
from desktop_crm.store.database import Database
from desktop_crm.store.models import Activity

VN = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=VN)


def _customer(db: Database) -> str:
    with db.uow() as uow:
        return contacts.create_contact(uow, ContactInput(full_name="Nguyễn Văn An")).id


def _task(db: Database, contact_id: str, subject: str, due: dt.datetime) -> str:
    with db.uow() as uow:
        return create_task(uow, TaskInput(subject, due, contact_id=contact_id)).id


def test_due_between_lists_open_items_in_the_window_earliest_first(db: Database) -> None:
    customer = _customer(db)
    later = _task(db, customer, "Gửi báo giá", NOW + dt.timedelta(minutes=30))
    first = _task(db, customer, "Gọi lại", NOW + dt.timedelta(minutes=5))
    _task(db, customer, "Tuần sau", NOW + dt.timedelta(days=7))
    done = _task(db, customer, "Đã xong", NOW + dt.timedelta(minutes=10))
    with db.uow() as uow:
        assert reminders.mark_done(uow, done, NOW)
    with db.uow() as uow:
        items = reminders.due_between(uow, NOW, NOW + dt.timedelta(hours=1))
    assert [i.id for i in items] == [first, later]
    assert items[0].customer == "Nguyễn Văn An"
    assert items[0].due_at == (NOW + dt.timedelta(minutes=5)).astimezone(dt.UTC)
    assert items[0].record() == ("contact", customer)


def test_due_between_filters_by_owner(db: Database) -> None:
    customer = _customer(db)
    _task(db, customer, "Không chủ", NOW)
    with db.uow() as uow:
        someone = "01900000-0000-7000-8000-000000000001"
        assert reminders.due_between(uow, None, NOW + dt.timedelta(hours=1), someone) == []
        assert len(reminders.due_between(uow, None, NOW + dt.timedelta(hours=1))) == 1


def test_missed_since_lists_what_fell_due_while_closed(db: Database) -> None:
    customer = _customer(db)
    closed_at = NOW - dt.timedelta(days=1)
    _task(db, customer, "Trước khi đóng", closed_at - dt.timedelta(hours=1))
    missed = _task(db, customer, "Lúc đóng", NOW - dt.timedelta(hours=3))
    _task(db, customer, "Sắp tới", NOW + dt.timedelta(hours=3))
    with db.uow() as uow:
        assert [i.id for i in reminders.missed_since(uow, closed_at, NOW)] == [missed]
        # never seen: everything still overdue
        assert len(reminders.missed_since(uow, None, NOW)) == 2


def test_next_due_is_the_earliest_open_item_after_a_moment(db: Database) -> None:
    customer = _customer(db)
    _task(db, customer, "Quá hạn", NOW - dt.timedelta(hours=1))
    _task(db, customer, "Sau", NOW + dt.timedelta(hours=2))
    soon = NOW + dt.timedelta(minutes=20)
    _task(db, customer, "Sớm", soon)
    with db.uow() as uow:
        assert reminders.next_due(uow, NOW) == soon.astimezone(dt.UTC)
        assert reminders.next_due(uow, NOW + dt.timedelta(days=1)) is None


def test_snooze_moves_the_due_time(db: Database) -> None:
    customer = _customer(db)
    task = _task(db, customer, "Gọi lại", NOW)
    until = NOW + dt.timedelta(hours=1)
    with db.uow() as uow:
        item = reminders.snooze(uow, task, until)
    assert item.due_at == until.astimezone(dt.UTC)
    with db.uow() as uow:
        assert reminders.due_between(uow, NOW, NOW + dt.timedelta(minutes=59)) == []
        assert [i.id for i in reminders.due_between(uow, until, until + dt.timedelta(1))] == [task]
        row = uow.session.get(Activity, __import__("uuid").UUID(task))
        assert row is not None and row.change_seq > 0  # goes out with the next sync


def test_mark_done_closes_the_item_once(db: Database) -> None:
    customer = _customer(db)
    task = _task(db, customer, "Gọi lại", NOW)
    with db.uow() as uow:
        assert reminders.mark_done(uow, task, NOW, outcome="Khách đồng ý")
    with db.uow() as uow:
        assert not reminders.mark_done(uow, task, NOW + dt.timedelta(hours=1))
        assert reminders.due_between(uow, None, NOW + dt.timedelta(days=1)) == []
        assert reminders.open_items(uow, [task]) == []
    with db.uow() as uow, pytest.raises(NotFoundError):
        reminders.snooze(uow, task, NOW + dt.timedelta(hours=1))
    with db.uow() as uow, pytest.raises(NotFoundError):
        reminders.mark_done(uow, "01900000-0000-7000-8000-000000000009", NOW)


def test_naive_times_are_refused(db: Database) -> None:
    with db.uow() as uow, pytest.raises(ValueError, match="aware"):
        reminders.due_between(uow, None, dt.datetime(2026, 3, 10, 9))


def test_last_seen_lives_in_the_local_settings() -> None:
    settings = LocalSettings()
    assert reminders.last_seen(settings) is None
    changed = reminders.with_last_seen(settings, NOW)
    assert reminders.last_seen(changed) == NOW
    assert changed.language == settings.language
    assert reminders.last_seen(settings.with_changes(extra={"reminders_last_seen": "x"})) is None
