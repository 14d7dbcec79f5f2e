"""The 360° view of one customer: fields, company and people, deals, quotes, care cases and
one timeline of everything that happened, newest first.

Safe on any thread; each call takes its own unit of work. Times are aware UTC.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_crm.services.contacts import (
    AccountRecord,
    ContactRecord,
    NotFoundError,
    get_account,
    get_contact,
)
from desktop_crm.store import customer_queries
from desktop_crm.store.customer_queries import ACTIVITY_KINDS, CHANGE_KINDS
from desktop_crm.store.uow import UnitOfWork

__all__ = [
    "ACTIVITY_KINDS",
    "ALL_CATEGORIES",
    "CHANGE_KINDS",
    "CareSummary",
    "CustomerView",
    "DealSummary",
    "PersonSummary",
    "QuoteSummary",
    "TimelineEntry",
    "category_of",
    "customer_of",
    "load_view",
    "timeline_page",
]

ALL_CATEGORIES: tuple[str, ...] = ACTIVITY_KINDS + CHANGE_KINDS


@dataclass(frozen=True)
class DealSummary:
    id: str
    title: str
    stage: str
    status: str  # open | won | lost
    amount: Decimal
    currency: str
    expected_close: dt.date | None
    closed_at: dt.datetime | None

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class QuoteSummary:
    id: str
    number: str
    status: str
    total: Decimal
    currency: str
    issue_date: dt.date


@dataclass(frozen=True)
class CareSummary:
    id: str
    subject: str
    status: str
    priority: str
    opened_at: dt.datetime
    resolved_at: dt.datetime | None


@dataclass(frozen=True)
class PersonSummary:
    id: str
    full_name: str
    title: str | None
    phone: str | None  # E.164


@dataclass(frozen=True)
class CustomerView:
    """Everything the detail page shows but the timeline (which is paged separately)."""

    kind: str  # contact | account
    id: str
    name: str
    contact: ContactRecord | None
    account: AccountRecord | None  # the account itself, or the contact's company
    owner_name: str | None
    people: tuple[PersonSummary, ...]  # the account's people (for a contact: the others)
    deals: tuple[DealSummary, ...]
    quotes: tuple[QuoteSummary, ...]
    care_cases: tuple[CareSummary, ...]

    @property
    def open_deals(self) -> tuple[DealSummary, ...]:
        return tuple(d for d in self.deals if d.is_open)

    @property
    def closed_deals(self) -> tuple[DealSummary, ...]:
        return tuple(d for d in self.deals if not d.is_open)


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the timeline. ``kind``: an activity type (call, meeting, ...) or
    deal_stage, quote_sent, quote_accepted, quote_rejected, care_opened, care_resolved,
    created. ``title`` is the subject, deal title, quote number or case subject; ``detail``
    the outcome or the stage reached; ``open`` marks a task not done yet."""

    at: dt.datetime
    kind: str
    title: str
    detail: str | None
    ref_id: str
    open: bool = False
    due_at: dt.datetime | None = None

    @property
    def category(self) -> str:
        return category_of(self.kind)


def category_of(kind: str) -> str:
    """The filter category of a timeline kind: the activity type, deal, quote, care, created."""
    if kind in ACTIVITY_KINDS:
        return kind
    return kind.split("_", 1)[0]


def _id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise NotFoundError("record", text) from None


def _as_str_id(value: Any) -> str:
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


def load_view(uow: UnitOfWork, kind: str, record_id: str) -> CustomerView:
    """The 360° view of the contact or account ``record_id``; ``NotFoundError`` if gone."""
    session = uow.session
    key = _id(record_id)
    contact = None
    if kind == "contact":
        contact = get_contact(uow, record_id)
        account = get_account(uow, contact.account_id) if contact.account_id else None
        name = contact.full_name
        owner = contact.owner_id
    elif kind == "account":
        account = get_account(uow, record_id)
        name = account.name
        owner = account.owner_id
    else:
        raise ValueError(f"unknown customer kind {kind!r}")
    people: tuple[PersonSummary, ...] = ()
    if account is not None:
        people = tuple(
            PersonSummary(str(i), n, t, p)
            for i, n, t, p in customer_queries.people(session, uuid.UUID(account.id))
            if str(i) != record_id
        )
    return CustomerView(
        kind=kind,
        id=record_id,
        name=name,
        contact=contact,
        account=account,
        owner_name=customer_queries.user_name(session, uuid.UUID(owner) if owner else None),
        people=people,
        deals=tuple(
            DealSummary(str(i), t, s, st, a, c, e, cl)
            for i, t, s, st, a, c, e, cl in customer_queries.deals(session, kind, key)
        ),
        quotes=tuple(
            QuoteSummary(str(i), n, s, t, c, d)
            for i, n, s, t, c, d in customer_queries.quotes(session, kind, key)
        ),
        care_cases=tuple(
            CareSummary(str(i), s, st, p, o, r)
            for i, s, st, p, o, r in customer_queries.care_cases(session, kind, key)
        ),
    )


def timeline_page(
    uow: UnitOfWork,
    kind: str,
    record_id: str,
    categories: Collection[str] = ALL_CATEGORIES,
    offset: int = 0,
    limit: int = 100,
) -> list[TimelineEntry]:
    """Entries ``offset`` .. ``offset + limit`` of the timeline, newest first."""
    rows = customer_queries.timeline(
        uow.session, kind, _id(record_id), set(categories), offset, limit
    )
    return [
        TimelineEntry(at, k, title or "", detail, _as_str_id(ref), bool(is_open), due)
        for at, k, title, detail, ref, is_open, due in rows
    ]


def customer_of(uow: UnitOfWork, kind: str, record_id: str) -> tuple[str, str] | None:
    """For a deal or a quote: ("account" or "contact", id) of its customer, or None."""
    if kind in ("contact", "account"):
        return kind, record_id
    if kind not in ("deal", "quote"):
        raise ValueError(f"unknown record kind {kind!r}")
    found = customer_queries.customer_of(uow.session, kind, _id(record_id))
    return (found[0], str(found[1])) if found else None
