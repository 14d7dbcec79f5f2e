"""Deals: writing, moving with history, and the board's figures and filters."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.services import deals
from desktop_crm.services.deals import BoardFilter, DealInput
from desktop_crm.services.pipelines import PipelineInfo, ensure_default_pipeline
from desktop_crm.store.database import Database
from desktop_crm.store.models import Account, Activity, Contact, Deal, User

NOW = dt.datetime(2026, 5, 20, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def pipeline(db: Database) -> PipelineInfo:
    with db.uow() as uow:
        return ensure_default_pipeline(uow, "en")


def _stage(pipeline: PipelineInfo, name: str) -> str:
    return next(s.id for s in pipeline.stages if s.name == name)


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    with db.uow() as uow:
        owner = User(name="Trần Văn Bình")
        other = User(name="Lê Thị Hoa")
        account = Account(name="Công ty Sông Hồng", search_text="cong ty song hong")
        contact = Contact(full_name="Phạm Minh Đức", search_text="pham minh duc")
        uow.session.add_all([owner, other, account, contact])
        uow.session.flush()
        ids = {
            "owner": str(owner.id),
            "other": str(other.id),
            "account": str(account.id),
            "contact": str(contact.id),
        }
        uow.commit()
    return ids


def _new(db: Database, people: dict[str, str], **changes: object) -> deals.DealRecord:
    values: dict[str, object] = {
        "title": "Máy lọc nước",
        "account_id": people["account"],
        "amount": Decimal(1_000_000),
        "currency": "VND",
        "owner_id": people["owner"],
        "expected_close_date": dt.date(2026, 5, 28),
    }
    values.update(changes)
    with db.uow() as uow:
        return deals.create_deal(uow, DealInput(**values), NOW, people["owner"])  # type: ignore[arg-type]


def test_create_and_update_keep_exact_amounts(
    db: Database, pipeline: PipelineInfo, people: dict[str, str]
) -> None:
    record = _new(db, people, amount="1234.56", currency="USD", probability="33.33")
    assert record.stage_name == "New lead"
    assert record.amount == Decimal("1234.56")
    assert record.weighted_amount == Decimal("1234.56") * Decimal("33.33") / 100
    with db.uow() as uow:
        updated = deals.update_deal(
            uow,
            record.id,
            DealInput(title="Máy lọc nước RO", contact_id=people["contact"], amount="10"),
            NOW,
        )
    assert (updated.title, updated.amount, updated.currency) == ("Máy lọc nước RO", 10, "VND")
    assert updated.probability is None and updated.effective_probability == Decimal(10)
    with db.uow() as uow:
        assert deals.get_deal(uow, record.id).contact_id == people["contact"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"account_id": None}, "customer"),
        ({"amount": "10.5"}, "amount"),  # VND has no decimals
        ({"amount": "1.234", "currency": "USD"}, "amount"),
        ({"amount": "-1"}, "amount"),
        ({"probability": "101"}, "probability"),
        ({"currency": "XX"}, "currency"),
    ],
)
def test_invalid_deals_are_refused(
    db: Database,
    pipeline: PipelineInfo,
    people: dict[str, str],
    changes: dict[str, object],
    field: str,
) -> None:
    with pytest.raises(FieldError) as error:
        _new(db, people, **changes)
    assert error.value.field == field
    with db.uow() as uow:
        assert deals.deal_count(uow, BoardFilter(), NOW) == 0


def test_every_move_is_recorded_incl_won_lost_and_reopen(
    db: Database, pipeline: PipelineInfo, people: dict[str, str]
) -> None:
    record = _new(db, people)
    qualified, won, lost = (_stage(pipeline, n) for n in ("Qualified", "Won", "Lost"))
    new_lead = _stage(pipeline, "New lead")
    times = [NOW + dt.timedelta(days=d) for d in range(1, 6)]
    with db.uow() as uow:
        moved = deals.move_deal(uow, record.id, qualified, times[0], people["other"])
    assert (moved.stage_id, moved.status, moved.stage_entered_at) == (qualified, "open", times[0])
    with db.uow() as uow:
        with pytest.raises(FieldError) as error:
            deals.move_deal(uow, record.id, won, times[1])
        assert error.value.field == "final_amount"
    with db.uow() as uow:
        won_deal = deals.move_deal(uow, record.id, won, times[1], final_amount="1500000")
    assert (won_deal.status, won_deal.amount, won_deal.closed_at) == ("won", 1_500_000, times[1])
    with db.uow() as uow:
        reopened = deals.move_deal(uow, record.id, qualified, times[2])
    assert (reopened.status, reopened.closed_at) == ("open", None)
    with db.uow() as uow:
        with pytest.raises(FieldError) as error:
            deals.move_deal(uow, record.id, lost, times[3], lost_reason="  ")
        assert error.value.field == "lost_reason"
    with db.uow() as uow:
        lost_deal = deals.move_deal(uow, record.id, lost, times[3], lost_reason="Chọn đối thủ")
    assert (lost_deal.status, lost_deal.lost_reason) == ("lost", "Chọn đối thủ")
    with db.uow() as uow:
        deals.move_deal(uow, record.id, new_lead, times[4])
        deals.move_deal(uow, record.id, new_lead, times[4])  # no move, no row
        history = deals.stage_history(uow, record.id)
    assert [(h.from_stage_id, h.to_stage_id, h.changed_at) for h in history] == [
        (None, new_lead, NOW),
        (new_lead, qualified, times[0]),
        (qualified, won, times[1]),
        (won, qualified, times[2]),
        (qualified, lost, times[3]),
        (lost, new_lead, times[4]),
    ]
    assert history[0].changed_by_id == people["owner"]
    assert history[1].changed_by_id == people["other"]


def test_weighted_totals_are_exact_per_currency(
    db: Database, pipeline: PipelineInfo, people: dict[str, str]
) -> None:
    _new(db, people, amount="1000001")  # stage default 10 %
    _new(db, people, amount="333", probability="33.33")
    _new(db, people, amount="10.01", currency="USD")
    _new(db, people, amount="0.03", currency="USD", probability="50")
    with db.uow() as uow:
        board = deals.board(uow, BoardFilter(), NOW)
    first = board.columns[0]
    assert first.name == "New lead" and first.count == 4
    assert [t.currency for t in first.totals] == ["USD", "VND"]  # as many deals: by code
    usd, vnd = first.totals
    assert vnd == deals.MoneyTotal(
        "VND", Decimal(1_000_334), Decimal("100000.1") + Decimal("110.9889")
    )
    assert usd == deals.MoneyTotal("USD", Decimal("10.04"), Decimal("1.001") + Decimal("0.015"))
    assert [c.count for c in board.columns[1:]] == [0, 0, 0, 0, 0]
    assert [c.kind for c in board.columns] == ["open"] * 4 + ["won", "lost"]


def test_cards_show_days_in_stage_rotting_and_overdue_next_step(
    db: Database, pipeline: PipelineInfo, people: dict[str, str]
) -> None:
    fresh = _new(db, people, title="Fresh", expected_close_date=dt.date(2026, 6, 2))
    old = _new(db, people, title="Old", expected_close_date=dt.date(2026, 5, 21))
    with db.uow() as uow:
        deal = uow.session.get(Deal, uuid.UUID(old.id))
        assert deal is not None
        deal.stage_entered_at = NOW - dt.timedelta(days=15)  # New lead rots after 14 days
        uow.session.add(
            Activity(
                type="task",
                subject="Gọi lại",
                deal_id=uuid.UUID(fresh.id),
                due_at=NOW - dt.timedelta(hours=1),
            )
        )
        uow.session.add(  # done: not overdue
            Activity(
                type="task",
                subject="Done",
                deal_id=deal.id,
                due_at=NOW - dt.timedelta(days=3),
                done_at=NOW - dt.timedelta(days=2),
            )
        )
        uow.commit()
    with db.uow() as uow:
        cards = deals.stage_cards(uow, _stage(pipeline, "New lead"), BoardFilter(), NOW)
    assert [c.title for c in cards] == ["Old", "Fresh"]  # by expected close date
    assert [(c.days_in_stage, c.rotting, c.next_step_overdue) for c in cards] == [
        (15, True, False),
        (0, False, True),
    ]
    assert (cards[0].customer, cards[0].owner) == ("Công ty Sông Hồng", "Trần Văn Bình")


def test_filters_owner_period_text_and_paging(
    db: Database, pipeline: PipelineInfo, people: dict[str, str]
) -> None:
    _new(db, people, title="May", expected_close_date=dt.date(2026, 5, 30))
    _new(db, people, title="June", expected_close_date=dt.date(2026, 6, 30))
    _new(db, people, title="August", expected_close_date=dt.date(2026, 8, 1))
    _new(db, people, title="Late", expected_close_date=dt.date(2026, 5, 1))
    _new(
        db,
        people,
        title="Other's",
        owner_id=people["other"],
        account_id=None,
        contact_id=people["contact"],
        expected_close_date=None,
    )
    first = _stage(pipeline, "New lead")

    def titles(filt: BoardFilter, limit: int = 30, offset: int = 0) -> list[str]:
        with db.uow() as uow:
            return [c.title for c in deals.stage_cards(uow, first, filt, NOW, offset, limit)]

    assert titles(BoardFilter()) == ["Late", "May", "June", "August", "Other's"]
    assert titles(BoardFilter(), limit=2, offset=2) == ["June", "August"]
    assert titles(BoardFilter(period="month")) == ["Late", "May"]
    assert titles(BoardFilter(period="quarter")) == ["Late", "May", "June"]
    assert titles(BoardFilter(period="overdue")) == ["Late"]
    custom = BoardFilter(period="custom", start=dt.date(2026, 6, 1), end=dt.date(2026, 8, 1))
    assert titles(custom) == ["June", "August"]
    assert titles(BoardFilter(owner_id=people["other"])) == ["Other's"]
    assert titles(BoardFilter(text="duc")) == ["Other's"]  # the contact, without diacritics
    assert titles(BoardFilter(text="song HONG")) == ["Late", "May", "June", "August"]
    assert titles(BoardFilter(text="jun")) == ["June"]
    with db.uow() as uow:
        board = deals.board(uow, BoardFilter(period="month"), NOW)
        assert board.columns[0].count == 2
        assert deals.deal_count(uow, BoardFilter(text="jun"), NOW) == 1


def test_won_and_lost_columns_hold_the_deals_closed_in_the_period(
    db: Database, pipeline: PipelineInfo, people: dict[str, str]
) -> None:
    won, lost = _stage(pipeline, "Won"), _stage(pipeline, "Lost")
    a, b, c = (_new(db, people, title=t) for t in ("A", "B", "C"))
    with db.uow() as uow:
        deals.move_deal(uow, a.id, won, NOW, final_amount="2000000")
    with db.uow() as uow:
        deals.move_deal(uow, b.id, lost, NOW, lost_reason="Giá quá cao")
    with db.uow() as uow:
        deals.move_deal(uow, c.id, won, NOW - dt.timedelta(days=40), final_amount="5")
    with db.uow() as uow:
        board = deals.board(uow, BoardFilter(), NOW)
        by_kind = {col.kind: col for col in board.columns if col.kind != "open"}
        assert by_kind["won"].count == 1  # C was won last month
        assert by_kind["won"].totals[0].amount == Decimal(2_000_000)
        assert by_kind["lost"].count == 1
        quarter = deals.board(uow, BoardFilter(period="quarter"), NOW)
        assert [col.count for col in quarter.columns if col.kind == "won"] == [2]
        assert deals.stage_cards(uow, lost, BoardFilter(), NOW)[0].title == "B"


def test_the_list_sorts_every_column_in_the_database(
    db: Database, pipeline: PipelineInfo, people: dict[str, str]
) -> None:
    _new(db, people, title="B", amount="300", expected_close_date=dt.date(2026, 6, 1))
    _new(db, people, title="A", amount="20", expected_close_date=dt.date(2026, 7, 1))
    _new(db, people, title="C", amount="1000", expected_close_date=None)
    with db.uow() as uow:

        def order(sort: str, descending: bool = False) -> list[str]:
            return [c.title for c in deals.deal_page(uow, BoardFilter(), NOW, sort, descending)]

        assert order("title") == ["A", "B", "C"]
        assert order("title", descending=True) == ["C", "B", "A"]
        assert order("amount") == ["A", "B", "C"]
        assert order("expected_close") == ["B", "A", "C"]  # no date last
        for sort in deals.deal_queries.LIST_SORTS:
            assert sorted(order(sort)) == ["A", "B", "C"]
        with pytest.raises(ValueError, match="unknown sort"):
            order("amount; DROP TABLE deals")


def test_a_win_schedules_the_care_plan_once(
    db: Database, pipeline: PipelineInfo, people: dict[str, str]
) -> None:
    """Default plan: a thank-you call after 2 days and a satisfaction check after 30, at 09:00
    in the laptop's local time; winning again adds nothing."""
    from sqlalchemy import select

    from desktop_crm.store.models import Activity

    record = _new(db, people)
    with db.uow() as uow:
        deals.move_deal(uow, record.id, _stage(pipeline, "Won"), NOW, final_amount="1")
    with db.uow() as uow:
        deals.move_deal(uow, record.id, _stage(pipeline, "Negotiation"), NOW)
    with db.uow() as uow:
        deals.move_deal(uow, record.id, _stage(pipeline, "Won"), NOW, final_amount="1")
    with db.uow() as uow:
        tasks = uow.session.scalars(
            select(Activity).where(Activity.deal_id == uuid.UUID(record.id))
        ).all()
        due = sorted(t.due_at for t in tasks if t.due_at is not None)
        still_open = all(t.done_at is None for t in tasks)
    assert len(tasks) == 2 and still_open
    assert [(d.astimezone().date(), d.astimezone().hour) for d in due] == [
        (dt.date(2026, 5, 22), 9),
        (dt.date(2026, 6, 19), 9),
    ]
