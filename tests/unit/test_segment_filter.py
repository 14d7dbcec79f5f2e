"""The segment filter of the Contacts and Accounts lists: an account by its own segment row, a
person at a company by its account's row, a person without a company (B2C) by its own row."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_crm.services.contact_list import (
    ListFilters,
    ListSort,
    count_rows,
    fetch_page,
)
from desktop_crm.services.demo import build_demo
from desktop_crm.store.database import Database
from desktop_crm.store.models import Account, Contact, CustomerSegment

AS_OF = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "crm.sqlite3", tmp_path / "backups")
    build_demo(db, "small", seed=1, as_of=AS_OF)
    yield db
    db.close()


def _segment(customer_id: object, kind: str, group: str, rfm: str, tier: str, churn: bool) -> Any:
    return CustomerSegment(
        customer_id=customer_id,
        kind=kind,
        care_group=group,
        reason_json="{}",
        rfm_segment=rfm,
        tier=tier,
        churn_risk=churn,
        monetary=Decimal(0),
        clv=Decimal(0),
        projected_value=Decimal(0),
        computed_at=NOW,
    )


@pytest.fixture
def segmented(demo: Database) -> dict[str, set[str]]:
    """Hand-made segments: two accounts and one B2C contact loyal; the rest unaware.

    Returns the ids each list must show for ("care", "loyal").
    """
    with demo.uow() as uow:
        session = uow.session
        accounts = list(session.scalars(select(Account.id).order_by(Account.id)))
        b2c = list(
            session.scalars(
                select(Contact.id).where(Contact.account_id.is_(None)).order_by(Contact.id)
            )
        )
        assert len(accounts) >= 3 and len(b2c) >= 2
        loyal_accounts = set(accounts[:2])
        for index, account_id in enumerate(accounts):
            loyal = account_id in loyal_accounts
            session.add(
                _segment(
                    account_id,
                    "account",
                    "loyal" if loyal else "unaware",
                    "champions" if index == 0 else "none",
                    "A" if loyal else "",
                    index == 1,
                )
            )
        for index, contact_id in enumerate(b2c):
            session.add(
                _segment(
                    contact_id,
                    "contact",
                    "loyal" if index == 0 else "unaware",
                    "none",
                    "A" if index == 0 else "",
                    False,
                )
            )
        people = set(
            session.scalars(select(Contact.id).where(Contact.account_id.in_(loyal_accounts)))
        )
        uow.commit()
    assert people, "the demo has people at the chosen companies"
    return {
        "account": {str(a) for a in loyal_accounts},
        "contact": {str(c) for c in people} | {str(b2c[0])},
        "champion_account": {str(accounts[0])},
        "churn_account": {str(accounts[1])},
    }


def _ids(db: Database, kind: str, filters: ListFilters) -> set[str]:
    with db.uow() as uow:
        rows = fetch_page(uow, kind, filters, ListSort(), 0, 100_000, NOW)
        assert count_rows(uow, kind, filters, NOW) == len(rows)
    return {row.id for row in rows}


def test_care_group_filters_accounts_and_contacts_by_the_customer_row(
    demo: Database, segmented: dict[str, set[str]]
) -> None:
    loyal = ListFilters(segment=("care", "loyal"))
    assert _ids(demo, "account", loyal) == segmented["account"]
    assert _ids(demo, "contact", loyal) == segmented["contact"]
    tier_a = ListFilters(segment=("tier", "A"))
    assert _ids(demo, "account", tier_a) == segmented["account"]
    assert _ids(demo, "contact", tier_a) == segmented["contact"]


def test_rfm_and_churn_filters(demo: Database, segmented: dict[str, set[str]]) -> None:
    champions = ListFilters(segment=("rfm", "champions"))
    assert _ids(demo, "account", champions) == segmented["champion_account"]
    churn = ListFilters(segment=("churn", "yes"))
    assert _ids(demo, "account", churn) == segmented["churn_account"]
    # The people of the churning company, and no one else.
    with demo.uow() as uow:
        (churn_account,) = segmented["churn_account"]
        people = {
            str(c)
            for c in uow.session.scalars(
                select(Contact.id).where(Contact.account_id == uuid.UUID(churn_account))
            )
        }
    assert _ids(demo, "contact", churn) == people


def test_segment_combines_with_other_filters_and_none_means_any(
    demo: Database, segmented: dict[str, set[str]]
) -> None:
    everyone = _ids(demo, "contact", ListFilters())
    assert len(everyone) > len(segmented["contact"])
    some = next(iter(segmented["contact"]))
    with demo.uow() as uow:
        name = uow.session.scalar(select(Contact.full_name).where(Contact.id == uuid.UUID(some)))
    assert name
    both = ListFilters(segment=("care", "loyal"), text=name)
    found = _ids(demo, "contact", both)
    assert some in found and found <= segmented["contact"]
    assert _ids(demo, "contact", ListFilters(segment=("care", "new"))) == set()


def test_the_segment_is_saved_with_a_filter_set() -> None:
    filters = ListFilters(text="an", segment=("tier", "A"))
    data = filters.to_json()
    assert data["segment"] == ["tier", "A"]
    assert ListFilters.from_json(data) == filters
    assert ListFilters.from_json({"text": "x"}).segment is None  # sets saved before segments


def test_an_unknown_segment_dimension_is_refused(demo: Database) -> None:
    with demo.uow() as uow, pytest.raises(ValueError):
        count_rows(uow, "contact", ListFilters(segment=("colour", "red")), NOW)
