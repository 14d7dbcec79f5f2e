"""Sales reports (pipeline, forecast, win / loss): plain-tuple readers over deals.

Every reader returns rows of plain values; the reports aggregate them. Timestamps come back as
stored (UTC); the reports turn them into local days.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from desktop_crm.store.models import (
    CompanyProfile,
    Contact,
    CustomerSegment,
    Deal,
    DealStageChange,
    Stage,
    User,
)

DealRow = tuple[Any, ...]


def company_currency(session: Session) -> str:
    value = session.scalar(
        select(CompanyProfile.default_currency)
        .where(CompanyProfile.deleted_at.is_(None))
        .order_by(CompanyProfile.updated_at.desc())
        .limit(1)
    )
    return value or "VND"


def user_names(session: Session) -> dict[str, str]:
    return {i.hex: n for i, n in session.execute(select(User.id, User.name)).all()}


def stages(session: Session) -> list[tuple[str, str, int, Decimal, str, str]]:
    """(id, name, position, probability, kind, pipeline_id) of the live stages."""
    rows = session.execute(
        select(
            Stage.id, Stage.name, Stage.position, Stage.probability, Stage.kind, Stage.pipeline_id
        ).where(Stage.deleted_at.is_(None))
    ).all()
    return [(a.hex, b, c, d or Decimal(0), e, f.hex) for a, b, c, d, e, f in rows]


def _deal_columns() -> tuple[Any, ...]:
    return (
        Deal.id,
        Deal.stage_id,
        Deal.owner_id,
        Deal.amount,
        Deal.currency,
        Deal.probability,
        Deal.expected_close_date,
        Deal.status,
        Deal.created_at,
        Deal.closed_at,
        Deal.source,
        Deal.lost_reason,
    )


def _owner(stmt: Any, owner_id: str | None) -> Any:
    if owner_id:
        stmt = stmt.where(Deal.owner_id == uuid.UUID(owner_id))
    return stmt


def deals_open_at(session: Session, end_utc: dt.datetime, owner_id: str | None) -> list[DealRow]:
    """Deals created before ``end_utc`` and not closed by then (still open, or closed later)."""
    stmt = (
        select(*_deal_columns())
        .where(Deal.deleted_at.is_(None), Deal.created_at < end_utc)
        .where((Deal.status == "open") | (Deal.closed_at >= end_utc))
    )
    return [tuple(r) for r in session.execute(_owner(stmt, owner_id)).all()]


def stage_at(
    session: Session, deal_ids: Sequence[uuid.UUID], end_utc: dt.datetime
) -> dict[Any, Any]:
    """The stage each of ``deal_ids`` was in just before ``end_utc`` (by the stage history)."""
    found: dict[Any, Any] = {}
    ids = list(deal_ids)
    for i in range(0, len(ids), 500):
        rows = session.execute(
            select(DealStageChange.deal_id, DealStageChange.to_stage_id)
            .where(DealStageChange.deal_id.in_(ids[i : i + 500]))
            .where(DealStageChange.changed_at < end_utc, DealStageChange.deleted_at.is_(None))
            .order_by(DealStageChange.changed_at)
        ).all()
        for deal_id, stage_id in rows:
            found[deal_id] = stage_id
    return found


def open_deals_closing(
    session: Session, start: dt.date, end: dt.date, owner_id: str | None
) -> list[DealRow]:
    """Open deals whose expected close date falls within [start, end]."""
    stmt = select(*_deal_columns()).where(
        Deal.deleted_at.is_(None),
        Deal.status == "open",
        Deal.expected_close_date >= start,
        Deal.expected_close_date <= end,
    )
    return [tuple(r) for r in session.execute(_owner(stmt, owner_id)).all()]


def _raw(column: Any) -> Any:
    """A UUID column as its stored hex text (no UUID objects for tens of thousands of rows)."""
    return type_coerce(column, String)


def closed_summary(
    session: Session,
    start_utc: dt.datetime,
    end_utc: dt.datetime,
    owner_id: str | None,
    offset_minutes: int,
) -> list[tuple[str, str | None, str | None, str | None, str, str | None, int, Decimal, int]]:
    """The deals won or lost in [start_utc, end_utc), grouped: (status, owner hex, source, lost
    reason, currency, care group of the customer, count, sum of amounts, sum of local days from
    creation to closing). The customer is the deal's account, else its contact's account, else
    its contact — as the segments count them."""
    contact = aliased(Contact)
    customer = func.coalesce(Deal.account_id, contact.account_id, Deal.contact_id)
    shift = f"{offset_minutes:+d} minutes"
    days = func.julianday(func.date(Deal.closed_at, shift)) - func.julianday(
        func.date(Deal.created_at, shift)
    )
    keys = (
        Deal.status,
        _raw(Deal.owner_id),
        Deal.source,
        Deal.lost_reason,
        Deal.currency,
        CustomerSegment.care_group,
    )
    stmt = (
        select(
            *keys,
            func.count(),
            type_coerce(func.sum(Deal.amount), Deal.amount.type),
            func.sum(days),
        )
        .outerjoin(contact, contact.id == Deal.contact_id)
        .outerjoin(CustomerSegment, CustomerSegment.customer_id == customer)
        .where(
            Deal.deleted_at.is_(None),
            Deal.closed_at >= start_utc,
            Deal.closed_at < end_utc,
            _unindexed_status().in_(("won", "lost")),
        )
        .group_by(*keys)
    )
    rows = session.connection().execute(_owner(stmt, owner_id)).all()
    return [
        (st, ow, so, lr, cur or "", cg, int(n), total or Decimal(0), int(d or 0))
        for st, ow, so, lr, cur, cg, n, total, d in rows
    ]


def _unindexed_status() -> Any:
    # an expression, so SQLite scans by closing time instead of using the status index
    return func.coalesce(Deal.status, "")


def won_amounts(
    session: Session, start_utc: dt.datetime, end_utc: dt.datetime, owner_id: str | None
) -> list[tuple[Decimal, str, dt.datetime]]:
    """(amount, currency, closed_at) of the deals won in [start_utc, end_utc)."""
    stmt = select(Deal.amount, Deal.currency, Deal.closed_at).where(
        Deal.deleted_at.is_(None),
        Deal.closed_at >= start_utc,
        Deal.closed_at < end_utc,
        _unindexed_status() == "won",
    )
    return [tuple(r) for r in session.connection().execute(_owner(stmt, owner_id)).all()]
