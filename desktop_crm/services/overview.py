"""What the database holds, in numbers the start pages can show before their full views exist."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop_crm.store import queries
from desktop_crm.store.models import Account, Contact, Product
from desktop_crm.store.uow import UnitOfWork


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    count: int
    amount: Decimal


@dataclass(frozen=True)
class Overview:
    contacts: int
    accounts: int
    products: int
    open_deals: tuple[CurrencyTotal, ...]
    quotes_by_status: dict[str, int]
    open_care_cases: int
    tasks_due: int  # overdue or due before the end of today

    @property
    def open_deal_count(self) -> int:
        return sum(t.count for t in self.open_deals)

    @property
    def quote_count(self) -> int:
        return sum(self.quotes_by_status.values())


def overview(uow: UnitOfWork, end_of_today: dt.datetime) -> Overview:
    """Counts of live (not deleted) records. ``end_of_today`` is an aware datetime."""
    session = uow.session
    return Overview(
        contacts=queries.count_live(session, Contact),
        accounts=queries.count_live(session, Account),
        products=queries.count_live(session, Product),
        open_deals=tuple(CurrencyTotal(*row) for row in queries.open_deal_totals(session)),
        quotes_by_status=queries.quote_counts_by_status(session),
        open_care_cases=queries.open_care_cases(session),
        tasks_due=queries.tasks_due(session, end_of_today),
    )
