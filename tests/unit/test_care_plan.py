"""The care plan after a sale: default, saving, and the tasks a won deal gets."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.services import care_plan
from desktop_crm.services.care_plan import CareStep
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.store.database import Database
from desktop_crm.store.models import Account, Activity, Contact, Deal, User

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")  # UTC+7


@pytest.fixture
def deal(db: Database) -> dict[str, str]:
    with db.uow() as uow:
        pipeline = ensure_default_pipeline(uow, "vi")
    with db.uow() as uow:
        s = uow.session
        owner, account = User(name="Lan"), Account(name="Công ty Đông Á")
        s.add_all([owner, account])
        s.flush()
        contact = Contact(full_name="Nguyễn Văn An", account_id=account.id)
        s.add(contact)
        s.flush()
        row = Deal(
            title="Máy lọc nước",
            account_id=account.id,
            contact_id=contact.id,
            owner_id=owner.id,
            pipeline_id=uuid.UUID(pipeline.id),
            stage_id=uuid.UUID(pipeline.stages[-2].id),
            status="won",
            amount=Decimal("12000000"),
        )
        s.add(row)
        s.flush()
        ids = {
            "deal": str(row.id),
            "owner": str(owner.id),
            "account": str(account.id),
            "contact": str(contact.id),
        }
        uow.commit()
        return ids


def _tasks(db: Database, deal_id: str) -> list[Activity]:
    with db.uow() as uow:
        rows = (
            uow.session.query(Activity)
            .filter(Activity.deal_id == uuid.UUID(deal_id))
            .order_by(Activity.due_at)
            .all()
        )
        uow.session.expunge_all()
        return rows


def test_default_plan_in_the_team_language(db: Database) -> None:
    with db.uow() as uow:
        plan = care_plan.get_plan(uow, "vi")
    assert plan == (
        CareStep(2, "call", "Gọi điện cảm ơn"),
        CareStep(30, "call", "Kiểm tra mức độ hài lòng"),
    )
    with db.uow() as uow:
        assert [s.subject for s in care_plan.get_plan(uow, "en")] == [
            "Thank-you call",
            "Satisfaction check",
        ]


def test_save_validates_and_keeps_the_plan(db: Database) -> None:
    steps = [CareStep(7, "visit", "  Thăm   khách hàng "), CareStep(0, "email", "Gửi hóa đơn")]
    with db.uow() as uow:
        saved = care_plan.save_plan(uow, steps)
    assert saved == (CareStep(0, "email", "Gửi hóa đơn"), CareStep(7, "visit", "Thăm khách hàng"))
    with db.uow() as uow:
        assert care_plan.get_plan(uow, "en") == saved

    bad_cases = [
        ([CareStep(-1, "call", "x")], "steps.0.days_after"),
        ([CareStep(1, "call", "x"), CareStep(2, "fax", "x")], "steps.1.type"),
        ([CareStep(1, "call", "  ")], "steps.0.subject"),
        ([CareStep(1, "call", "a"), CareStep(1, "call", "b")], "steps.1.days_after"),
    ]
    for steps, field in bad_cases:
        with db.uow() as uow, pytest.raises(FieldError) as caught:
            care_plan.save_plan(uow, steps)
        assert caught.value.field == field
    with db.uow() as uow:
        assert care_plan.get_plan(uow) == saved  # nothing written by the refusals


def test_a_win_schedules_the_plan_for_the_owner_at_nine_local(
    db: Database, deal: dict[str, str]
) -> None:
    # 20:00 on 10 March in Saigon (13:00 UTC): the local day counts, not the UTC day.
    won_at = dt.datetime(2025, 3, 10, 13, 0, tzinfo=dt.UTC)
    with db.uow() as uow:
        ids = care_plan.schedule_after_win(uow, deal["deal"], won_at, language="vi", tz=SAIGON)
        uow.commit()
    tasks = _tasks(db, deal["deal"])
    assert sorted(ids) == sorted(str(t.id) for t in tasks)
    assert [t.subject for t in tasks] == ["Gọi điện cảm ơn", "Kiểm tra mức độ hài lòng"]
    assert [t.due_at for t in tasks] == [
        dt.datetime(2025, 3, 12, 2, 0, tzinfo=dt.UTC),  # 12 March 09:00 in Saigon
        dt.datetime(2025, 4, 9, 2, 0, tzinfo=dt.UTC),  # 9 April 09:00 in Saigon
    ]
    for task in tasks:
        assert task.done_at is None and task.type == "call"
        assert str(task.owner_id) == deal["owner"]
        assert str(task.account_id) == deal["account"]
        assert str(task.contact_id) == deal["contact"]


def test_the_local_day_is_that_of_the_zone(db: Database, deal: dict[str, str]) -> None:
    # 23:30 UTC on 10 March is already 11 March in Saigon.
    won_at = dt.datetime(2025, 3, 10, 23, 30, tzinfo=dt.UTC)
    assert care_plan.due_moment(won_at, 2, SAIGON) == dt.datetime(2025, 3, 13, 2, tzinfo=dt.UTC)
    assert care_plan.due_moment(won_at, 0, dt.UTC) == dt.datetime(2025, 3, 10, 9, tzinfo=dt.UTC)


def test_a_re_won_deal_gets_no_duplicates(db: Database, deal: dict[str, str]) -> None:
    won_at = dt.datetime(2025, 3, 10, 3, 0, tzinfo=dt.UTC)
    with db.uow() as uow:
        care_plan.schedule_after_win(uow, deal["deal"], won_at, tz=SAIGON)
        uow.commit()
    with db.uow() as uow:
        again = care_plan.schedule_after_win(
            uow, deal["deal"], won_at + dt.timedelta(days=5), tz=SAIGON
        )
        uow.commit()
    assert again == []
    assert len(_tasks(db, deal["deal"])) == 2
    # A step added to the plan later is scheduled on the next win; the old ones are not.
    with db.uow() as uow:
        plan = care_plan.get_plan(uow)
        care_plan.save_plan(uow, [*plan, CareStep(90, "visit", "Bảo trì định kỳ")])
    with db.uow() as uow:
        third = care_plan.schedule_after_win(uow, deal["deal"], won_at, tz=SAIGON)
        uow.commit()
    assert len(third) == 1
    assert [t.subject for t in _tasks(db, deal["deal"])][-1] == "Bảo trì định kỳ"


def test_schedule_runs_in_the_callers_transaction(db: Database, deal: dict[str, str]) -> None:
    won_at = dt.datetime(2025, 3, 10, 3, 0, tzinfo=dt.UTC)
    with db.uow() as uow:
        assert len(care_plan.schedule_after_win(uow, deal["deal"], won_at, tz=SAIGON)) == 2
        # no commit: leaving the block rolls back
    assert _tasks(db, deal["deal"]) == []
