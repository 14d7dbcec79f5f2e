"""Read queries of the day's agenda: open activities by due time, deals closing or rotting,
birthdays. Every query skips tombstoned rows; times are aware UTC datetimes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop_crm.store.models import Account, Activity, Contact, Deal, Stage

# One row of an open activity with the names of what it is linked to:
# (id, type, subject, due_at, contact_id, contact name, account_id, account name, deal_id,
#  deal title, owner_id)
ActivityRow = tuple[Any, ...]


def _activity_rows(session: Session, *where: Any, limit: int | None = None) -> list[ActivityRow]:
    contact = aliased(Contact)
    account = aliased(Account)
    deal = aliased(Deal)
    stmt = (
        select(
            Activity.id,
            Activity.type,
            Activity.subject,
            Activity.due_at,
            Activity.contact_id,
            contact.full_name,
            Activity.account_id,
            account.name,
            Activity.deal_id,
            deal.title,
            Activity.owner_id,
        )
        .outerjoin(contact, contact.id == Activity.contact_id)
        .outerjoin(account, account.id == Activity.account_id)
        .outerjoin(deal, deal.id == Activity.deal_id)
        .where(
            Activity.deleted_at.is_(None),
            Activity.done_at.is_(None),
            Activity.due_at.is_not(None),
            *where,
        )
        .order_by(Activity.due_at, Activity.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [tuple(row) for row in session.execute(stmt)]


def open_activities_due(
    session: Session,
    start: dt.datetime | None,
    end: dt.datetime,
    owner_id: uuid.UUID | None = None,
    limit: int | None = None,
) -> list[ActivityRow]:
    """Open (not done) activities due in ``[start, end)``; no ``start``: everything before
    ``end``. Earliest first."""
    where: list[Any] = [Activity.due_at < end]
    if start is not None:
        where.append(Activity.due_at >= start)
    if owner_id is not None:
        where.append(Activity.owner_id == owner_id)
    return _activity_rows(session, *where, limit=limit)


def open_activity_rows(session: Session, ids: Iterable[uuid.UUID]) -> list[ActivityRow]:
    """The open activities among ``ids`` (done or deleted ones are left out)."""
    wanted = list(ids)
    if not wanted:
        return []
    return _activity_rows(session, Activity.id.in_(wanted))


def next_due_at(
    session: Session, after: dt.datetime, owner_id: uuid.UUID | None = None
) -> dt.datetime | None:
    """The earliest due time of an open activity strictly after ``after``."""
    stmt = select(func.min(Activity.due_at)).where(
        Activity.deleted_at.is_(None), Activity.done_at.is_(None), Activity.due_at > after
    )
    if owner_id is not None:
        stmt = stmt.where(Activity.owner_id == owner_id)
    value = session.scalar(stmt)
    if value is None:
        return None
    # func.min bypasses the column type: SQLite hands back the stored naive UTC text.
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def live_activity(session: Session, activity_id: uuid.UUID) -> Activity | None:
    row = session.get(Activity, activity_id)
    return row if row is not None and row.deleted_at is None else None


# (id, title, amount, currency, expected_close_date, stage name, stage_entered_at,
#  rotting_days, contact_id, account_id, customer name)
DealRow = tuple[Any, ...]


def _deal_stmt() -> Any:
    contact = aliased(Contact)
    account = aliased(Account)
    return (
        select(
            Deal.id,
            Deal.title,
            Deal.amount,
            Deal.currency,
            Deal.expected_close_date,
            Stage.name,
            Deal.stage_entered_at,
            Stage.rotting_days,
            Deal.contact_id,
            Deal.account_id,
            func.coalesce(account.name, contact.full_name),
        )
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(contact, contact.id == Deal.contact_id)
        .outerjoin(account, account.id == Deal.account_id)
        .where(Deal.deleted_at.is_(None), Deal.status == "open")
    )


def open_deals_closing(
    session: Session, first: dt.date, last: dt.date, limit: int = 200
) -> list[DealRow]:
    """Open deals whose expected close date lies in ``[first, last]``, soonest first."""
    stmt = (
        _deal_stmt()
        .where(Deal.expected_close_date >= first, Deal.expected_close_date <= last)
        .order_by(Deal.expected_close_date, Deal.title)
        .limit(limit)
    )
    return [tuple(row) for row in session.execute(stmt)]


def rotting_deals(session: Session, now: dt.datetime, limit: int = 200) -> list[DealRow]:
    """Open deals that entered their (open) stage more than its ``rotting_days`` before
    ``now``; longest in the stage first. One query per stage with a limit, so that the
    cut-off is a bound parameter compared with the indexed column."""
    stages = session.execute(
        select(Stage.id, Stage.rotting_days).where(
            Stage.deleted_at.is_(None), Stage.kind == "open", Stage.rotting_days.is_not(None)
        )
    ).all()
    rows: list[DealRow] = []
    for stage_id, days in stages:
        cutoff = now - dt.timedelta(days=int(days or 0))
        stmt = (
            _deal_stmt()
            .where(Deal.stage_id == stage_id, Deal.stage_entered_at < cutoff)
            .order_by(Deal.stage_entered_at)
            .limit(limit)
        )
        rows.extend(tuple(row) for row in session.execute(stmt))
    rows.sort(key=lambda row: row[6])
    return rows[:limit]


def contacts_born_on(
    session: Session, month_days: Iterable[str], limit: int = 500
) -> list[tuple[Any, ...]]:
    """Live contacts whose birthday's "MM-DD" is one of ``month_days``:
    (id, full_name, birthday, account name)."""
    wanted = sorted(set(month_days))
    if not wanted:
        return []
    stmt = (
        select(Contact.id, Contact.full_name, Contact.birthday, Account.name)
        .outerjoin(Account, Account.id == Contact.account_id)
        .where(
            Contact.deleted_at.is_(None),
            Contact.birthday.is_not(None),
            func.strftime("%m-%d", Contact.birthday).in_(wanted),
        )
        .order_by(Contact.full_name)
        .limit(limit)
    )
    return [tuple(row) for row in session.execute(stmt)]
