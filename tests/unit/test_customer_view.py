"""The 360° view, the timeline, logging activities and duplicate hints."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.services import contacts
from desktop_crm.services.activities import ActivityInput, log_activity
from desktop_crm.services.contacts import AccountInput, ContactInput, Labeled
from desktop_crm.services.customer_view import (
    ALL_CATEGORIES,
    customer_of,
    load_view,
    timeline_page,
)
from desktop_crm.services.demo import build_demo
from desktop_crm.services.duplicate_hints import possible_duplicates
from desktop_crm.store.database import Database
from desktop_crm.store.models import Activity, Deal, DealStageChange, Quote
from desktop_crm.store.queries import count_live

AS_OF = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo360")
    db = Database.open(folder / "crm.sqlite3", folder / "backups")
    build_demo(db, "small", seed=1, as_of=AS_OF)
    db.close()
    return folder / "crm.sqlite3"


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(demo_file) + suffix)
        if source.exists():
            shutil.copy(source, tmp_path / ("crm.sqlite3" + suffix))
    db = Database.open(tmp_path / "crm.sqlite3", tmp_path / "backups")
    yield db
    db.close()


def _busiest_account(db: Database) -> str:
    with db.uow() as uow:
        ids = [str(d.account_id) for d in uow.session.scalars(select(Deal)) if d.account_id]
    return max(set(ids), key=ids.count)


def test_account_view_has_its_deals_quotes_people_and_one_timeline(demo: Database) -> None:
    account_id = _busiest_account(demo)
    key = uuid.UUID(account_id)
    with demo.uow() as uow:
        view = load_view(uow, "account", account_id)
        deals = {
            str(d.id): d.status
            for d in uow.session.scalars(select(Deal).where(Deal.account_id == key))
        }
        quotes = {
            str(q.id) for q in uow.session.scalars(select(Quote).where(Quote.account_id == key))
        }
        changes = (
            len(
                list(
                    uow.session.scalars(
                        select(DealStageChange).where(
                            DealStageChange.deal_id.in_([uuid.UUID(d) for d in deals])
                        )
                    )
                )
            )
            if deals
            else 0
        )
        timeline = timeline_page(uow, "account", account_id, ALL_CATEGORIES, 0, 10_000)
    assert view.account is not None and view.name == view.account.name
    assert {d.id: d.status for d in view.deals} == deals
    assert [d.is_open for d in view.deals] == sorted((d.is_open for d in view.deals), reverse=True)
    assert {q.id for q in view.quotes} == quotes
    assert len(view.people) == view.account.contact_count
    times = [e.at for e in timeline]
    assert times == sorted(times, reverse=True)
    assert all(t.tzinfo is not None for t in times)
    assert sum(1 for e in timeline if e.kind == "deal_stage") == changes > 0
    assert timeline[-1].kind == "created" or any(e.kind == "created" for e in timeline)
    kinds = {e.category for e in timeline}
    assert "deal" in kinds and "created" in kinds
    # Filtered by type; paging gives the same entries.
    with demo.uow() as uow:
        calls = timeline_page(uow, "account", account_id, {"call"}, 0, 10_000)
        first = timeline_page(uow, "account", account_id, ALL_CATEGORIES, 0, 7)
        second = timeline_page(uow, "account", account_id, ALL_CATEGORIES, 7, 7)
    assert calls == [e for e in timeline if e.kind == "call"]
    assert first + second == timeline[:14]


def test_contact_view_shows_the_company_and_its_other_people(demo: Database) -> None:
    account_id = _busiest_account(demo)
    with demo.uow() as uow:
        account = load_view(uow, "account", account_id)
        person = account.people[0]
        view = load_view(uow, "contact", person.id)
    assert view.contact is not None and view.account is not None
    assert view.account.id == account_id
    assert person.id not in {p.id for p in view.people}
    assert len(view.people) == len(account.people) - 1


def test_a_deal_or_quote_leads_to_its_customer(demo: Database) -> None:
    with demo.uow() as uow:
        deal = uow.session.scalars(select(Deal).where(Deal.account_id.is_not(None))).first()
        assert deal is not None
        deal_id, account_id = str(deal.id), str(deal.account_id)
        assert customer_of(uow, "deal", deal_id) == ("account", account_id)
        assert customer_of(uow, "contact", "x") == ("contact", "x")


def test_log_a_call_with_a_next_step_then_it_tops_the_timeline(db: Database) -> None:
    with db.uow() as uow:
        person = contacts.create_contact(uow, ContactInput(full_name="Nguyễn Thị Ánh Dương"))
    due = dt.datetime(2030, 1, 2, 2, 0, tzinfo=dt.UTC)
    with db.uow() as uow:
        record = log_activity(
            uow,
            ActivityInput(
                type="call",
                subject="Gọi hỏi giá",
                outcome="Khách hẹn tuần sau",
                contact_id=person.id,
                next_step="Gửi báo giá",
                next_due_at=due,
            ),
        )
    assert record.done_at is not None and record.done_at.tzinfo is not None
    assert record.follow_up is not None and record.follow_up.due_at == due
    with db.uow() as uow:
        entries = timeline_page(uow, "contact", person.id)
    assert [(e.kind, e.title, e.open) for e in entries] == [
        ("call", "Gọi hỏi giá", False),
        ("task", "Gửi báo giá", True),
        ("created", "Nguyễn Thị Ánh Dương", False),
    ]
    assert entries[0].detail == "Khách hẹn tuần sau" and entries[1].due_at == due


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ActivityInput(type="dance"), "type"),
        (ActivityInput(type="call", next_step="Gọi lại"), "next_due_at"),
        (
            ActivityInput(type="call", next_due_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC)),
            "next_step",
        ),
        (ActivityInput(type="note"), "contact_id"),
    ],
)
def test_a_bad_activity_names_its_field_and_writes_nothing(
    db: Database, data: ActivityInput, field: str
) -> None:
    with db.uow() as uow, pytest.raises(FieldError) as caught:
        log_activity(uow, data)
    assert caught.value.field == field
    with db.uow() as uow:
        assert count_live(uow.session, Activity) == 0


def test_duplicate_hints_by_phone_email_and_similar_name_at_the_company(db: Database) -> None:
    with db.uow() as uow:
        company = contacts.create_account(uow, AccountInput(name="Công ty Đông Á"))
        known = contacts.create_contact(
            uow,
            ContactInput(
                full_name="Nguyễn Thị Ánh Dương",
                account_id=company.id,
                phones=(Labeled("0903 123 456"),),
                emails=(Labeled("duong@donga.vn"),),
            ),
        )
        contacts.create_contact(uow, ContactInput(full_name="Trần Văn Bình"))
    with db.uow() as uow:
        by_phone = possible_duplicates(
            uow, ContactInput(full_name="X", phones=(Labeled("+84 903 123 456"),))
        )
        by_mail = possible_duplicates(
            uow, ContactInput(full_name="Y", emails=(Labeled("DUONG@donga.vn"),))
        )
        by_name = possible_duplicates(
            uow, ContactInput(full_name="nguyen thi anh duong", account_id=company.id)
        )
        half_typed = possible_duplicates(
            uow, ContactInput(full_name="Ng", phones=(Labeled("0903"),), emails=(Labeled("d@"),))
        )
        elsewhere = possible_duplicates(uow, ContactInput(full_name="Nguyễn Thị Ánh Dương"))
        itself = possible_duplicates(
            uow,
            ContactInput(full_name="Z", phones=(Labeled("0903123456"),)),
            exclude_id=known.id,
        )
    assert [(h.contact_id, h.reason) for h in by_phone] == [(known.id, "phone")]
    assert by_phone[0].account_name == "Công ty Đông Á"
    assert [(h.contact_id, h.reason) for h in by_mail] == [(known.id, "email")]
    assert [(h.contact_id, h.reason) for h in by_name] == [(known.id, "name")]
    assert half_typed == [] and elsewhere == [] and itself == []
