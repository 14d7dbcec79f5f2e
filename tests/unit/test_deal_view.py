"""The deal detail's figures (history days, probability, weighted amount, products, people)
and overriding the probability, on the small demo data set plus one deal made by hand."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.services import contacts
from desktop_crm.services.contacts import AccountInput, ContactInput, NotFoundError
from desktop_crm.services.deal_view import deal_view, set_probability
from desktop_crm.services.demo import build_demo
from desktop_crm.store.database import Database
from desktop_crm.store.models import (
    Activity,
    Deal,
    DealStageChange,
    Product,
    Quote,
    QuoteLine,
    User,
)
from desktop_crm.store.queries import default_pipeline, pipeline_stages

AS_OF = dt.date(2026, 11, 20)
T0 = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)
NOW = T0 + dt.timedelta(days=15, hours=2)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demodeal")
    db = Database.open(folder / "crm.sqlite3", folder / "backups")
    build_demo(db, "small", seed=1, as_of=AS_OF)
    db.close()
    return folder / "crm.sqlite3"


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    import shutil

    for suffix in ("", "-wal", "-shm"):
        source = Path(str(demo_file) + suffix)
        if source.exists():
            shutil.copy(source, tmp_path / ("crm.sqlite3" + suffix))
    db = Database.open(tmp_path / "crm.sqlite3", tmp_path / "backups")
    yield db
    db.close()


@dataclass
class Made:
    deal: str
    account: str
    contact: str
    colleague: str  # at the account, in an activity of the deal
    bystander: str  # at the account, in no activity of the deal
    outsider: str  # at another company, in an activity of the deal
    stages: list[str]


def make_deal(db: Database) -> Made:
    """A deal at 50 % with three stage moves, quotes in two versions and three activities."""
    with db.uow() as uow:
        account = contacts.create_account(uow, AccountInput(name="Công ty Ánh Dương"))
    people = {}
    for key, name, account_id in (
        ("contact", "Nguyễn Thị Ánh Dương", account.id),
        ("colleague", "Trần Văn Bình", account.id),
        ("bystander", "Lê Thị Cúc", account.id),
        ("outsider", "Phạm Minh Đức", None),
    ):
        with db.uow() as uow:
            people[key] = contacts.create_contact(
                uow, ContactInput(full_name=name, account_id=account_id)
            ).id
    with db.uow() as uow:
        session = uow.session
        pipeline = default_pipeline(session)
        assert pipeline is not None
        stages = pipeline_stages(session, pipeline)
        seller = User(name="Hồ Thị Mai")
        session.add(seller)
        session.flush()
        deal = Deal(
            title="Hệ thống lọc nước",
            account_id=uuid.UUID(account.id),
            contact_id=uuid.UUID(people["contact"]),
            pipeline_id=pipeline.id,
            stage_id=stages[2].id,
            owner_id=seller.id,
            amount=Decimal("12345678.9"),
            currency="VND",
            created_at=T0,
            stage_entered_at=T0 + dt.timedelta(days=10),
        )
        session.add(deal)
        session.flush()
        for from_stage, to_stage, at in (
            (None, stages[0], T0),
            (stages[0], stages[1], T0 + dt.timedelta(days=3, hours=1)),
            (stages[1], stages[2], T0 + dt.timedelta(days=10)),
        ):
            session.add(
                DealStageChange(
                    deal_id=deal.id,
                    from_stage_id=from_stage.id if from_stage else None,
                    to_stage_id=to_stage.id,
                    changed_at=at,
                    changed_by_id=seller.id,
                )
            )
        pump = Product(sku="P-1", name="Máy bơm", unit="cái", unit_price=Decimal(100))
        filter_ = Product(sku="P-2", name="Lõi lọc", unit="bộ", unit_price=Decimal(30))
        session.add_all([pump, filter_])
        session.flush()

        def quote(number: str, version: int, day: int, previous: Quote | None = None) -> Quote:
            row = Quote(
                number=number,
                version=version,
                deal_id=deal.id,
                account_id=deal.account_id,
                issue_date=(T0 + dt.timedelta(days=day)).date(),
                previous_version_id=previous.id if previous else None,
                status="sent",
                total=Decimal(1000 * day),
            )
            session.add(row)
            session.flush()
            return row

        q1v1 = quote("BG-1", 1, 4)
        q1v2 = quote("BG-1", 2, 6, q1v1)
        q2 = quote("BG-2", 1, 8)
        lines = [
            (q1v1, pump, "Máy bơm", "5", "90"),  # replaced by version 2: not counted
            (q1v2, pump, "Máy bơm", "2", "100"),
            (q1v2, filter_, "Lõi lọc", "1", "30"),
            (q2, pump, "Máy bơm", "3", "120"),
            (q2, None, "Lắp đặt tại nhà máy", "1", "500"),
        ]
        for position, (q, product, text, quantity, price) in enumerate(lines):
            session.add(
                QuoteLine(
                    quote_id=q.id,
                    position=position,
                    product_id=product.id if product else None,
                    description=text,
                    quantity=Decimal(quantity),
                    unit=product.unit if product else None,
                    unit_price=Decimal(price),
                )
            )
        for kind, subject, contact, done, due in (
            ("call", "Gọi lần đầu", "contact", T0 + dt.timedelta(days=1), None),
            ("meeting", "Họp kỹ thuật", "colleague", T0 + dt.timedelta(days=5), None),
            ("task", "Gửi báo giá mới", "outsider", None, T0 + dt.timedelta(days=20)),
        ):
            session.add(
                Activity(
                    type=kind,
                    subject=subject,
                    contact_id=uuid.UUID(people[contact]),
                    deal_id=deal.id,
                    owner_id=seller.id,
                    done_at=done,
                    due_at=due,
                )
            )
        uow.commit()
        return Made(
            str(deal.id),
            account.id,
            people["contact"],
            people["colleague"],
            people["bystander"],
            people["outsider"],
            [s.name for s in stages],
        )


def test_the_view_has_history_days_probability_products_and_people(demo: Database) -> None:
    made = make_deal(demo)
    with demo.uow() as uow:
        view = deal_view(uow, made.deal, NOW)
    assert (view.title, view.amount, view.currency, view.status) == (
        "Hệ thống lọc nước",
        Decimal("12345678.9"),
        "VND",
        "open",
    )
    assert view.stage == made.stages[2] and view.owner == "Hồ Thị Mai"
    # The stage default (50 %), weighted exactly: no rounding to the currency's decimals.
    assert view.probability.percent == 50 and not view.probability.overridden
    assert view.probability.weighted_amount == Decimal("6172839.45")
    # Stage history: oldest first, days spent in the stage left by each move.
    assert [(m.from_stage, m.to_stage, m.days_in_previous) for m in view.history] == [
        (None, made.stages[0], None),
        (made.stages[0], made.stages[1], 3),
        (made.stages[1], made.stages[2], 6),
    ]
    assert {m.changed_by for m in view.history} == {"Hồ Thị Mai"}
    assert view.current_stage.name == made.stages[2] and view.current_stage.days == 5
    # Customer and people: the contact, then the colleague met in an activity; not the
    # bystander (no activity) nor the outsider (another company).
    assert view.account is not None and view.account.id == made.account
    assert view.contact is not None and view.contact.id == made.contact
    assert [(p.id, p.is_deal_contact) for p in view.people] == [
        (made.contact, True),
        (made.colleague, False),
    ]
    # Products of the current quotes, summed per product; version 1 of BG-1 does not count.
    products = {p.name: (p.quantity, p.unit_price, p.unit) for p in view.products}
    assert products == {
        "Máy bơm": (Decimal(5), Decimal(120), "cái"),
        "Lõi lọc": (Decimal(1), Decimal(30), "bộ"),
        "Lắp đặt tại nhà máy": (Decimal(1), Decimal(500), None),
    }
    # Activities newest first (an open task by its due time); quotes newest first.
    assert [a.subject for a in view.activities] == [
        "Gửi báo giá mới",
        "Họp kỹ thuật",
        "Gọi lần đầu",
    ]
    assert view.activities[0].is_open and view.activities[0].owner == "Hồ Thị Mai"
    assert [(q.number, q.version, q.superseded) for q in view.quotes] == [
        ("BG-2", 1, False),
        ("BG-1", 2, False),
        ("BG-1", 1, True),
    ]


def test_set_probability_overrides_and_resets_to_the_stage_default(demo: Database) -> None:
    made = make_deal(demo)
    with demo.uow() as uow:
        result = set_probability(uow, made.deal, Decimal("62.5"))
    assert result.overridden and result.percent == Decimal("62.5")
    assert result.weighted_amount == Decimal("7716049.3125")
    with demo.uow() as uow:
        view = deal_view(uow, made.deal, NOW)
        assert uow.session.get(Deal, uuid.UUID(made.deal)).probability == Decimal("62.5")  # type: ignore[union-attr]
    assert view.probability == result
    assert view.probability.stage_percent == 50
    for wrong in (Decimal(101), Decimal(-1), Decimal("12.345")):
        with demo.uow() as uow, pytest.raises(FieldError) as caught:
            set_probability(uow, made.deal, wrong)
        assert caught.value.field == "probability"
    with demo.uow() as uow:
        assert deal_view(uow, made.deal, NOW).probability.percent == Decimal("62.5")
        reset = set_probability(uow, made.deal, None)
    assert not reset.overridden and reset.percent == 50
    with demo.uow() as uow:
        assert uow.session.get(Deal, uuid.UUID(made.deal)).probability is None  # type: ignore[union-attr]
        assert deal_view(uow, made.deal, NOW).probability.weighted_amount == Decimal("6172839.45")


def test_every_demo_deal_matches_its_rows(demo: Database) -> None:
    with demo.uow() as uow:
        deals = list(uow.session.scalars(select(Deal)))
        counts = dict(
            uow.session.execute(
                select(DealStageChange.deal_id, func.count()).group_by(DealStageChange.deal_id)
            ).all()
        )
        assert deals
        for deal in deals:
            view = deal_view(uow, str(deal.id), NOW)
            assert len(view.history) == counts.get(deal.id, 0)
            expected = deal.probability if deal.probability is not None else None
            if expected is not None:
                assert view.probability.overridden and view.probability.percent == expected
            assert view.probability.weighted_amount == (
                deal.amount * view.probability.percent / 100
            )
            assert view.history[-1].to_stage == view.stage if view.history else True
            assert view.people[0].is_deal_contact if deal.contact_id else True


def test_a_missing_deal_is_not_found(demo: Database) -> None:
    with demo.uow() as uow, pytest.raises(NotFoundError):
        deal_view(uow, str(uuid.uuid4()), NOW)
    with demo.uow() as uow, pytest.raises(NotFoundError):
        set_probability(uow, "not-an-id", Decimal(10))
