"""Queries of the people reports: sales performance by person and the activity report.

Every query skips tombstoned rows and takes its time window as UTC instants
(``start`` included, ``end`` excluded); the reports turn local dates into that window.
Readers return plain tuples; the reports aggregate and label them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.orm import Session

from desktop_crm.store.models import Account, Activity, Contact, CustomerSegment, Deal, Quote, User


def _owner(column: Any, owner_id: uuid.UUID | None) -> list[ColumnElement[bool]]:
    return [column == owner_id] if owner_id is not None else []


def user_names(session: Session) -> dict[uuid.UUID, str]:
    """Every user's name (deleted ones too: old records still name them)."""
    return {uid: name for uid, name in session.execute(select(User.id, User.name))}


def closed_deals(
    session: Session, start: dt.datetime, end: dt.datetime, owner_id: uuid.UUID | None
) -> Sequence[tuple[uuid.UUID | None, str, str, int, Decimal]]:
    """(owner, status won|lost, currency, count, amount sum) of the deals closed in the window."""
    rows = session.execute(
        select(Deal.owner_id, Deal.status, Deal.currency, func.count(), func.sum(Deal.amount))
        .where(
            Deal.deleted_at.is_(None),
            Deal.status.in_(("won", "lost")),
            Deal.closed_at >= start,
            Deal.closed_at < end,
            *_owner(Deal.owner_id, owner_id),
        )
        .group_by(Deal.owner_id, Deal.status, Deal.currency)
    )
    return [
        (owner, status, currency, int(count), total if total is not None else Decimal(0))
        for owner, status, currency, count, total in rows
    ]


def _stored(moment: dt.datetime) -> str:
    """A UTC instant as the ``UTCDateTime`` column stores it (naive UTC text)."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _owner_sql(owner_id: uuid.UUID | None) -> tuple[str, dict[str, Any]]:
    if owner_id is None:
        return "", {}
    return " AND owner_id = :owner", {"owner": owner_id.hex}


def _uuid(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


# The activity reports read a whole year of a 500 000-row table: a plain scan of the table
# ("NOT INDEXED", which SQLAlchemy cannot say, hence the text) is twice as fast as walking an
# index (no index leads with done_at) and looking every row up.
_DONE_WHERE = "deleted_at IS NULL AND done_at >= :start AND done_at < :end"


def done_activity_counts(
    session: Session, start: dt.datetime, end: dt.datetime, owner_id: uuid.UUID | None
) -> dict[uuid.UUID | None, int]:
    """Activities done in the window per owner."""
    owner_sql, params = _owner_sql(owner_id)
    rows = session.execute(
        text(
            f"SELECT owner_id, count(*) FROM activities NOT INDEXED WHERE {_DONE_WHERE}"
            f"{owner_sql} GROUP BY owner_id"
        ),
        {"start": _stored(start), "end": _stored(end), **params},
    )
    return {_uuid(owner): int(count) for owner, count in rows}


def sent_quote_counts(
    session: Session, start: dt.datetime, end: dt.datetime, owner_id: uuid.UUID | None
) -> dict[uuid.UUID | None, int]:
    """Quotes sent in the window per owner, latest versions only (a quote that a newer
    version points to is superseded)."""
    # NOT IN over the newer versions' links: SQLite builds one temporary index for it,
    # where a correlated NOT EXISTS would scan the quotes once per quote.
    superseded = select(Quote.previous_version_id).where(
        Quote.previous_version_id.is_not(None), Quote.deleted_at.is_(None)
    )
    rows = session.execute(
        select(Quote.owner_id, func.count())
        .where(
            Quote.deleted_at.is_(None),
            Quote.sent_at >= start,
            Quote.sent_at < end,
            Quote.id.not_in(superseded),
            *_owner(Quote.owner_id, owner_id),
        )
        .group_by(Quote.owner_id)
    )
    return {owner: int(count) for owner, count in rows}


def done_activities_by_week(
    session: Session,
    start: dt.datetime,
    end: dt.datetime,
    owner_id: uuid.UUID | None,
    first_monday: dt.datetime,
) -> Sequence[tuple[str, uuid.UUID | None, int, int]]:
    """(type, owner, week number, count) of the activities done in the window; week 0
    begins at ``first_monday`` (the local Monday 00:00 on or before the window's start, as a
    UTC instant), week n seven days per n later."""
    owner_sql, params = _owner_sql(owner_id)
    week = "CAST((julianday(done_at) - julianday(:monday)) / 7 AS INTEGER)"
    rows = session.execute(
        text(
            f"SELECT type, owner_id, {week} AS week, count(*) FROM activities NOT INDEXED"
            f" WHERE {_DONE_WHERE}{owner_sql} GROUP BY type, owner_id, week"
        ),
        {"start": _stored(start), "end": _stored(end), "monday": _stored(first_monday), **params},
    )
    return [(str(t), _uuid(o), int(w), int(n)) for t, o, w, n in rows]


def segment_sums(session: Session) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """Revenue (monetary) per care group and per tier of the computed segments."""
    by_group = {
        str(g): total if total is not None else Decimal(0)
        for g, total in session.execute(
            select(CustomerSegment.care_group, func.sum(CustomerSegment.monetary)).group_by(
                CustomerSegment.care_group
            )
        )
    }
    by_tier = {
        str(t): total if total is not None else Decimal(0)
        for t, total in session.execute(
            select(CustomerSegment.tier, func.sum(CustomerSegment.monetary)).group_by(
                CustomerSegment.tier
            )
        )
    }
    return by_group, by_tier


def top_clv(session: Session, limit: int) -> list[tuple[str, uuid.UUID]]:
    """(kind, customer id) of the ``limit`` customers of highest CLV (above zero)."""
    rows = session.execute(
        select(CustomerSegment.kind, CustomerSegment.customer_id)
        .where(CustomerSegment.clv > 0)
        .order_by(CustomerSegment.clv.desc(), CustomerSegment.customer_id)
        .limit(limit)
    )
    return [(k, c) for k, c in rows]


def overdue_activities(
    session: Session, now: dt.datetime, owner_id: uuid.UUID | None
) -> Sequence[tuple[uuid.UUID, str, str, uuid.UUID | None, dt.datetime, str | None, str | None]]:
    """(id, type, subject, owner, due_at, account name, contact name) of the open activities
    (not done) due before ``now``, most overdue first."""
    rows = session.execute(
        select(
            Activity.id,
            Activity.type,
            Activity.subject,
            Activity.owner_id,
            Activity.due_at,
            Account.name,
            Contact.full_name,
        )
        .outerjoin(Account, Account.id == Activity.account_id)
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .where(
            Activity.deleted_at.is_(None),
            Activity.done_at.is_(None),
            Activity.due_at.is_not(None),
            Activity.due_at < now,
            *_owner(Activity.owner_id, owner_id),
        )
        .order_by(Activity.due_at, Activity.subject)
    )
    return [(i, t, s, o, d, a, c) for i, t, s, o, d, a, c in rows if d is not None]
