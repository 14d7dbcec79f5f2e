"""Care plans per segment: defaults, validation, and "Apply plan" never twice in a period."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.services import segment_care_plans as plans
from desktop_crm.services.segment_care_plans import PlanStep
from desktop_crm.store.database import Database
from desktop_crm.store.models import Account, Activity, Contact, CustomerSegment, User

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")  # UTC+7
TODAY = dt.date(2025, 3, 10)
NOW = dt.datetime(2025, 3, 10, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    """An account owned by Lan with a person, a B2C contact owned by nobody, the user Minh."""
    with db.uow() as uow:
        s = uow.session
        lan, minh = User(name="Lan"), User(name="Minh")
        s.add_all([lan, minh])
        s.flush()
        account = Account(name="Công ty Đông Á", owner_id=lan.id)
        s.add(account)
        s.flush()
        at_company = Contact(full_name="Nguyễn Văn An", account_id=account.id)
        consumer = Contact(full_name="Trần Thị Bình")
        s.add_all([at_company, consumer])
        s.flush()
        ids = {
            "lan": str(lan.id),
            "minh": str(minh.id),
            "account": str(account.id),
            "at_company": str(at_company.id),
            "consumer": str(consumer.id),
        }
        uow.commit()
        return ids


def _tasks(db: Database) -> list[Activity]:
    with db.uow() as uow:
        rows = uow.session.query(Activity).order_by(Activity.subject).all()
        uow.session.expunge_all()
        return rows


def _apply(
    db: Database,
    customers: list[tuple[str, str]],
    segment: str | None,
    user: str | None,
    today: dt.date = TODAY,
) -> plans.ApplyResult:
    with db.uow() as uow:
        return plans.apply_plan(uow, customers, segment, today, NOW, user, language="vi", tz=SAIGON)


def test_default_plans_in_the_team_language(db: Database) -> None:
    with db.uow() as uow:
        vi = plans.get_plans(uow, "vi")
        en = plans.get_plans(uow, "en")
    by_segment = {s.segment: s for s in vi}
    assert by_segment["champions"] == PlanStep(
        "champions", "visit", 90, "Thăm khách hàng thân thiết"
    )
    assert (by_segment["loyal"].type, by_segment["loyal"].every_days) == ("call", 60)
    assert (by_segment["at_risk"].type, by_segment["at_risk"].every_days) == ("call", 30)
    assert (by_segment["cant_lose"].type, by_segment["cant_lose"].every_days) == ("visit", 30)
    assert (by_segment["new"].type, by_segment["new"].every_days) == ("call", 3650)
    assert (by_segment["potential"].type, by_segment["potential"].every_days) == ("email", 30)
    assert (by_segment["hibernating"].type, by_segment["hibernating"].every_days) == ("email", 90)
    assert {s.segment: s.subject for s in en}["new"] == "Welcome call"


def test_segment_keys_are_the_care_groups_and_rfm_segments() -> None:
    from desktop_crm.domain import segments as domain

    assert set(plans.SEGMENT_KEYS) == set(domain.CARE_GROUPS) | (
        set(domain.RFM_SEGMENTS) - {"none"}
    )


def test_a_bad_plan_is_refused_with_a_message_naming_the_row(db: Database) -> None:
    good = [PlanStep("at_risk", "call", 7, "  Gọi   ngay ")]
    with db.uow() as uow:
        saved = plans.save_plans(uow, good)
    assert saved == (PlanStep("at_risk", "call", 7, "Gọi ngay"),)
    bad_cases = [
        ([PlanStep("vip", "call", 7, "x")], "plans.0.segment", "Row 1: 'vip' is not a segment."),
        (
            [PlanStep("loyal", "call", 7, "x"), PlanStep("loyal", "fax", 7, "x")],
            "plans.1.type",
            "Row 2: 'fax' is not a kind of activity.",
        ),
        ([PlanStep("loyal", "call", 0, "x")], "plans.0.every_days", "Row 1: repeat every 1"),
        ([PlanStep("loyal", "call", 9999, "x")], "plans.0.every_days", "Row 1: repeat every 1"),
        ([PlanStep("loyal", "call", 5, "  ")], "plans.0.subject", "Row 1: say what is to be done."),
        (
            [PlanStep("loyal", "call", 5, "a"), PlanStep("loyal", "call", 9, "b")],
            "plans.1.type",
            "Row 2: the segment already has a step of this kind",
        ),
    ]
    for steps, field, message in bad_cases:
        with db.uow() as uow, pytest.raises(FieldError) as caught:
            plans.save_plans(uow, steps)
        assert caught.value.field == field
        assert caught.value.message.startswith(message)
    with db.uow() as uow:
        assert plans.get_plans(uow, "en") == saved  # nothing written by the refusals


def test_apply_creates_tasks_with_type_due_owner_and_customer(
    db: Database, people: dict[str, str]
) -> None:
    with db.uow() as uow:
        plans.save_plans(
            uow,
            [
                PlanStep("champions", "visit", 90, "Thăm khách hàng"),
                PlanStep("champions", "email", 30, "Gửi thư cảm ơn"),
            ],
        )
    result = _apply(
        db,
        [("contact", people["at_company"]), ("contact", people["consumer"])],
        "champions",
        people["minh"],
    )
    assert (result.created, result.skipped_existing, result.customers_without_plan) == (4, 0, 0)
    tasks = _tasks(db)
    assert sorted(result.task_ids) == sorted(str(t.id) for t in tasks)
    nine_in_saigon = dt.datetime(2025, 3, 10, 2, 0, tzinfo=dt.UTC)
    for task in tasks:
        assert task.due_at == nine_in_saigon and task.done_at is None
    company = [t for t in tasks if t.account_id is not None]
    consumer = [t for t in tasks if t.account_id is None]
    # The contact at a company stands for its account: owner is the account's owner.
    assert sorted(t.type for t in company) == ["email", "visit"]
    assert {str(t.account_id) for t in company} == {people["account"]}
    assert {str(t.contact_id) for t in company} == {people["at_company"]}
    assert {str(t.owner_id) for t in company} == {people["lan"]}
    # The consumer has no owner: the task goes to the user who applied the plan.
    assert {str(t.contact_id) for t in consumer} == {people["consumer"]}
    assert {str(t.owner_id) for t in consumer} == {people["minh"]}
    visit = next(t for t in company if t.type == "visit")
    assert visit.subject == "Thăm khách hàng"
    assert visit.body == f"[care.segment:champions:visit:{TODAY.toordinal() // 90}]"


def test_never_twice_in_the_same_period_but_again_in_a_new_one(
    db: Database, people: dict[str, str]
) -> None:
    with db.uow() as uow:
        plans.save_plans(uow, [PlanStep("at_risk", "call", 30, "Gọi giữ chân")])
    chosen = [("account", people["account"]), ("contact", people["consumer"])]
    first = _apply(db, chosen, "at_risk", None)
    assert (first.created, first.skipped_existing) == (2, 0)
    # Same day, and the same account reached through its person: nothing new.
    again = _apply(db, [*chosen, ("contact", people["at_company"])], "at_risk", None)
    assert (again.created, again.skipped_existing, again.customers_without_plan) == (0, 2, 0)
    assert len(_tasks(db)) == 2
    # Later in the same 30-day period: still nothing.
    period = TODAY.toordinal() // 30
    last_day = dt.date.fromordinal((period + 1) * 30 - 1)
    assert (_apply(db, chosen, "at_risk", None, today=last_day).created) == 0
    # The next period: the step is due again.
    next_period = dt.date.fromordinal((period + 1) * 30)
    later = _apply(db, chosen, "at_risk", None, today=next_period)
    assert (later.created, later.skipped_existing) == (2, 0)
    assert len(_tasks(db)) == 4


def test_a_deleted_task_no_longer_blocks_the_step(db: Database, people: dict[str, str]) -> None:
    with db.uow() as uow:
        plans.save_plans(uow, [PlanStep("loyal", "call", 60, "Gọi")])
    _apply(db, [("contact", people["consumer"])], "loyal", None)
    with db.uow() as uow:
        task = uow.session.query(Activity).one()
        task.deleted_at = NOW
        uow.commit()
    assert _apply(db, [("contact", people["consumer"])], "loyal", None).created == 1


def test_customers_without_a_plan_are_counted(db: Database, people: dict[str, str]) -> None:
    with db.uow() as uow:
        plans.save_plans(uow, [PlanStep("loyal", "call", 60, "Gọi")])
    result = _apply(db, [("contact", people["consumer"])], "lost", None)
    assert (result.created, result.customers_without_plan) == (0, 1)
    assert _tasks(db) == []


def test_own_segments_use_care_group_and_rfm_segment(db: Database, people: dict[str, str]) -> None:
    with db.uow() as uow:
        plans.save_plans(
            uow,
            [
                PlanStep("loyal", "call", 60, "Gọi khách trung thành"),
                PlanStep("champions", "visit", 90, "Thăm khách hàng"),
                PlanStep("unaware", "email", 30, "Giới thiệu"),
            ],
        )
        s = uow.session
        s.add(
            CustomerSegment(
                customer_id=uuid.UUID(people["account"]),
                kind="account",
                care_group="loyal",
                rfm_segment="champions",
                tier="A",
                computed_at=NOW,
            )
        )
        uow.commit()
    result = _apply(
        db, [("contact", people["at_company"]), ("contact", people["consumer"])], None, None
    )
    # The account: its care group's call and its RFM segment's visit; the consumer was
    # never computed: no plan.
    assert (result.created, result.customers_without_plan) == (2, 1)
    assert sorted(t.type for t in _tasks(db)) == ["call", "visit"]


def test_an_unknown_customer_writes_nothing(db: Database, people: dict[str, str]) -> None:
    from desktop_crm.services.contacts import NotFoundError

    with db.uow() as uow:
        plans.save_plans(uow, [PlanStep("loyal", "call", 60, "Gọi")])
    with pytest.raises(NotFoundError):
        _apply(
            db,
            [("contact", people["consumer"]), ("contact", str(uuid.uuid4()))],
            "loyal",
            None,
        )
    assert _tasks(db) == []
