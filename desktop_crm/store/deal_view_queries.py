"""What the detail page of one deal reads: the deal, its stage history, activities, quotes and
the lines of its quotes. Every query skips tombstoned rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop_crm.store.models import (
    Account,
    Activity,
    Contact,
    Deal,
    DealStageChange,
    Pipeline,
    Product,
    Quote,
    QuoteLine,
    Stage,
    User,
)


def live_deal(session: Session, deal_id: uuid.UUID) -> Deal | None:
    return session.scalar(select(Deal).where(Deal.id == deal_id, Deal.deleted_at.is_(None)))


def stage(session: Session, stage_id: uuid.UUID) -> Stage | None:
    return session.get(Stage, stage_id)


def pipeline_name(session: Session, pipeline_id: uuid.UUID) -> str | None:
    return session.scalar(select(Pipeline.name).where(Pipeline.id == pipeline_id))


def stage_names(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    keys = set(ids)
    if not keys:
        return {}
    return {
        i: n for i, n in session.execute(select(Stage.id, Stage.name).where(Stage.id.in_(keys)))
    }


def user_names(session: Session, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    keys = {i for i in ids if i is not None}
    if not keys:
        return {}
    return {i: n for i, n in session.execute(select(User.id, User.name).where(User.id.in_(keys)))}


def account_name(session: Session, account_id: uuid.UUID) -> str | None:
    return session.scalar(
        select(Account.name).where(Account.id == account_id, Account.deleted_at.is_(None))
    )


def contacts(
    session: Session, ids: Iterable[uuid.UUID]
) -> list[tuple[uuid.UUID, str, str | None, uuid.UUID | None]]:
    """(id, full name, title, account id) of the live contacts ``ids``, by name."""
    keys = set(ids)
    if not keys:
        return []
    stmt = (
        select(Contact.id, Contact.full_name, Contact.title, Contact.account_id)
        .where(Contact.id.in_(keys), Contact.deleted_at.is_(None))
        .order_by(Contact.full_name, Contact.id)
    )
    return [(i, n, t, a) for i, n, t, a in session.execute(stmt)]


def activity_contact_ids(session: Session, deal_id: uuid.UUID) -> set[uuid.UUID]:
    stmt = (
        select(Activity.contact_id)
        .where(
            Activity.deal_id == deal_id,
            Activity.deleted_at.is_(None),
            Activity.contact_id.is_not(None),
        )
        .distinct()
    )
    return {i for i in session.scalars(stmt) if i is not None}


def stage_changes(session: Session, deal_id: uuid.UUID) -> list[Any]:
    """Rows (from stage id, to stage id, changed at, changed by id), oldest first."""
    stmt = (
        select(
            DealStageChange.from_stage_id,
            DealStageChange.to_stage_id,
            DealStageChange.changed_at,
            DealStageChange.changed_by_id,
        )
        .where(DealStageChange.deal_id == deal_id, DealStageChange.deleted_at.is_(None))
        .order_by(DealStageChange.changed_at, DealStageChange.id)
    )
    return list(session.execute(stmt))


def activities(session: Session, deal_id: uuid.UUID, limit: int = 500) -> list[Any]:
    """Rows (id, type, subject, outcome, due at, done at, owner id, contact id), newest first:
    by the time it was done, else the time it is due, else its creation."""
    moment = func.coalesce(Activity.done_at, Activity.due_at, Activity.created_at)
    stmt = (
        select(
            Activity.id,
            Activity.type,
            Activity.subject,
            Activity.outcome,
            Activity.due_at,
            Activity.done_at,
            Activity.owner_id,
            Activity.contact_id,
        )
        .where(Activity.deal_id == deal_id, Activity.deleted_at.is_(None))
        .order_by(moment.desc(), Activity.created_at.desc(), Activity.id.desc())
        .limit(limit)
    )
    return list(session.execute(stmt))


def quotes(session: Session, deal_id: uuid.UUID) -> list[Any]:
    """Rows (id, number, version, status, total, currency, issue date, superseded), newest
    first; ``superseded`` is true when a live later version of the quote exists."""
    newer = aliased(Quote)
    superseded = (
        select(func.count())
        .select_from(newer)
        .where(newer.previous_version_id == Quote.id, newer.deleted_at.is_(None))
        .scalar_subquery()
    )
    stmt = (
        select(
            Quote.id,
            Quote.number,
            Quote.version,
            Quote.status,
            Quote.total,
            Quote.currency,
            Quote.issue_date,
            superseded > 0,
        )
        .where(Quote.deal_id == deal_id, Quote.deleted_at.is_(None))
        .order_by(Quote.issue_date.desc(), Quote.version.desc(), Quote.id.desc())
    )
    return list(session.execute(stmt))


def quote_lines(session: Session, quote_ids: Iterable[uuid.UUID]) -> list[Any]:
    """Rows (product id, product name, line description, quantity, unit, unit price, currency)
    of the quotes ``quote_ids``, in quote and line order."""
    keys = set(quote_ids)
    if not keys:
        return []
    stmt = (
        select(
            QuoteLine.product_id,
            Product.name,
            QuoteLine.description,
            QuoteLine.quantity,
            QuoteLine.unit,
            QuoteLine.unit_price,
            Quote.currency,
        )
        .join(Quote, Quote.id == QuoteLine.quote_id)
        .outerjoin(Product, Product.id == QuoteLine.product_id)
        .where(QuoteLine.quote_id.in_(keys), QuoteLine.deleted_at.is_(None))
        .order_by(Quote.issue_date, Quote.id, QuoteLine.position)
    )
    return list(session.execute(stmt))
