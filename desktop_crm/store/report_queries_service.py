"""Queries of the service reports: care cases, quotes and the customer statement.

Every query skips tombstoned rows and returns plain tuples; the reports compute the figures.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.store.models import (
    Account,
    Activity,
    CareCase,
    Contact,
    CustomerSegment,
    Deal,
    Quote,
    Stage,
    User,
)

CaseTuple = tuple[
    str,  # status
    str | None,  # channel
    str,  # priority
    dt.datetime,  # opened_at
    dt.datetime | None,  # first_response_at
    dt.datetime | None,  # resolved_at
    dt.datetime | None,  # due_at
    int | None,  # csat_score
]


def _owner(query, column, owner_id: uuid.UUID | None):  # type: ignore[no-untyped-def]
    return query if owner_id is None else query.where(column == owner_id)


def cases_opened(
    session: Session, start: dt.datetime, end: dt.datetime, owner_id: uuid.UUID | None
) -> list[CaseTuple]:
    """Cases opened in [start, end) (UTC)."""
    query = select(
        CareCase.status,
        CareCase.channel,
        CareCase.priority,
        CareCase.opened_at,
        CareCase.first_response_at,
        CareCase.resolved_at,
        CareCase.due_at,
        CareCase.csat_score,
    ).where(CareCase.deleted_at.is_(None), CareCase.opened_at >= start, CareCase.opened_at < end)
    return [tuple(r) for r in session.execute(_owner(query, CareCase.owner_id, owner_id))]


def open_cases(
    session: Session, owner_id: uuid.UUID | None
) -> list[tuple[str, dt.datetime | None]]:
    """(status, due_at) of every unfinished case."""
    query = select(CareCase.status, CareCase.due_at).where(
        CareCase.deleted_at.is_(None), CareCase.status.not_in(("resolved", "closed"))
    )
    return [tuple(r) for r in session.execute(_owner(query, CareCase.owner_id, owner_id))]


def csat_scores(
    session: Session, start: dt.datetime, end: dt.datetime, owner_id: uuid.UUID | None
) -> list[tuple[dt.datetime, int]]:
    """(resolved_at, score) of scored cases resolved in [start, end)."""
    query = select(CareCase.resolved_at, CareCase.csat_score).where(
        CareCase.deleted_at.is_(None),
        CareCase.csat_score.is_not(None),
        CareCase.resolved_at >= start,
        CareCase.resolved_at < end,
    )
    return [tuple(r) for r in session.execute(_owner(query, CareCase.owner_id, owner_id))]


QuoteTuple = tuple[str, str, Decimal, dt.datetime | None, dt.datetime | None]


def latest_quotes(
    session: Session, start: dt.date, end: dt.date, owner_id: uuid.UUID | None
) -> list[QuoteTuple]:
    """(status, currency, total, sent_at, decided_at) of the latest versions issued from
    ``start`` to ``end`` (both included)."""
    # The superseded ids first, as a set: a correlated NOT EXISTS would scan the quotes once
    # per quote (previous_version_id has no index).
    superseded = set(
        session.scalars(
            select(Quote.previous_version_id).where(
                Quote.previous_version_id.is_not(None), Quote.deleted_at.is_(None)
            )
        )
    )
    query = select(
        Quote.id, Quote.status, Quote.currency, Quote.total, Quote.sent_at, Quote.decided_at
    ).where(
        Quote.deleted_at.is_(None),
        Quote.issue_date >= start,
        Quote.issue_date <= end,
    )
    return [
        (status, currency, total, sent_at, decided_at)
        for qid, status, currency, total, sent_at, decided_at in session.execute(
            _owner(query, Quote.owner_id, owner_id)
        )
        if qid not in superseded
    ]


# --- the customer statement ----------------------------------------------------------------


def account_header(
    session: Session, account_id: uuid.UUID
) -> tuple[Account, str | None, CustomerSegment | None] | None:
    row = session.execute(
        select(Account, User.name)
        .outerjoin(User, User.id == Account.owner_id)
        .where(Account.id == account_id, Account.deleted_at.is_(None))
    ).first()
    if row is None:
        return None
    segment = session.get(CustomerSegment, account_id)
    return row[0], row[1], segment


def account_deals(
    session: Session, account_id: uuid.UUID
) -> list[
    tuple[uuid.UUID, str, str, str, Decimal, str, dt.datetime, dt.date | None, dt.datetime | None]
]:
    """(id, title, stage, status, amount, currency, created_at, expected_close, closed_at)."""
    query = (
        select(
            Deal.id,
            Deal.title,
            Stage.name,
            Deal.status,
            Deal.amount,
            Deal.currency,
            Deal.created_at,
            Deal.expected_close_date,
            Deal.closed_at,
        )
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.account_id == account_id, Deal.deleted_at.is_(None))
        .order_by(Deal.created_at, Deal.title)
    )
    return [tuple(r) for r in session.execute(query)]  # type: ignore[misc]


def account_quotes(
    session: Session, account_id: uuid.UUID
) -> list[tuple[uuid.UUID, str, int, str, Decimal, str, dt.date]]:
    """(id, number, version, status, total, currency, issue_date), every version."""
    query = (
        select(
            Quote.id,
            Quote.number,
            Quote.version,
            Quote.status,
            Quote.total,
            Quote.currency,
            Quote.issue_date,
        )
        .where(Quote.account_id == account_id, Quote.deleted_at.is_(None))
        .order_by(Quote.issue_date, Quote.number, Quote.version)
    )
    return [tuple(r) for r in session.execute(query)]  # type: ignore[misc]


def account_activities(
    session: Session, account_id: uuid.UUID, start: dt.datetime, end: dt.datetime
) -> list[tuple[dt.datetime, str, str, str | None]]:
    """(moment, type, subject, owner name) of the activities of the company or of its people
    done (or, when not done, due) in [start, end)."""
    people = select(Contact.id).where(Contact.account_id == account_id)
    query = (
        select(Activity.done_at, Activity.due_at, Activity.type, Activity.subject, User.name)
        .outerjoin(User, User.id == Activity.owner_id)
        .where(
            Activity.deleted_at.is_(None),
            (Activity.account_id == account_id) | Activity.contact_id.in_(people),
        )
    )
    rows: list[tuple[dt.datetime, str, str, str | None]] = []
    for done, due, kind, subject, who in session.execute(query):
        at = done if done is not None else due
        if at is not None and start <= at < end:
            rows.append((at, kind, subject, who))
    rows.sort(key=lambda r: r[0])
    return rows


def account_cases(
    session: Session, account_id: uuid.UUID
) -> list[tuple[str, str, dt.datetime, dt.datetime | None, int | None]]:
    """(subject, status, opened_at, resolved_at, csat) of the company's cases."""
    people = select(Contact.id).where(Contact.account_id == account_id)
    query = (
        select(
            CareCase.subject,
            CareCase.status,
            CareCase.opened_at,
            CareCase.resolved_at,
            CareCase.csat_score,
        )
        .where(
            CareCase.deleted_at.is_(None),
            (CareCase.account_id == account_id) | CareCase.contact_id.in_(people),
        )
        .order_by(CareCase.opened_at)
    )
    return [tuple(r) for r in session.execute(query)]  # type: ignore[misc]
