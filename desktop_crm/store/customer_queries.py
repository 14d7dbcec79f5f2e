"""What the 360° view of one contact or account reads: deals, quotes, cases, people, timeline.

The timeline is one ``UNION ALL`` over activities, deal stage changes, quotes sent and
decided, care cases opened and resolved and the record's creation, sorted newest first and
paged in the database.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, or_, select, type_coerce, union_all
from sqlalchemy.orm import Session

from desktop_crm.store.models import (
    Account,
    Activity,
    CareCase,
    Contact,
    ContactPoint,
    Deal,
    DealStageChange,
    Quote,
    Stage,
    User,
)
from desktop_crm.store.types import UTCDateTime

ACTIVITY_KINDS = ("call", "meeting", "visit", "email", "chat", "note", "task")
# Timeline categories a user can filter by: each activity type, then the record changes.
CHANGE_KINDS = ("deal", "quote", "care", "created")


def _owner(model: Any, kind: str, record_id: uuid.UUID) -> ColumnElement[bool]:
    column = model.contact_id if kind == "contact" else model.account_id
    return and_(column == record_id, model.deleted_at.is_(None))


def deals(session: Session, kind: str, record_id: uuid.UUID) -> list[Any]:
    """Rows (id, title, stage name, status, amount, currency, expected close, closed at)."""
    stmt = (
        select(
            Deal.id,
            Deal.title,
            Stage.name,
            Deal.status,
            Deal.amount,
            Deal.currency,
            Deal.expected_close_date,
            Deal.closed_at,
        )
        .join(Stage, Stage.id == Deal.stage_id)
        .where(_owner(Deal, kind, record_id))
        .order_by(
            (Deal.status != "open"),
            Deal.expected_close_date.is_(None),
            Deal.expected_close_date,
            Deal.closed_at.desc(),
            Deal.id,
        )
    )
    return list(session.execute(stmt))


def quotes(session: Session, kind: str, record_id: uuid.UUID) -> list[Any]:
    stmt = (
        select(Quote.id, Quote.number, Quote.status, Quote.total, Quote.currency, Quote.issue_date)
        .where(_owner(Quote, kind, record_id))
        .order_by(Quote.issue_date.desc(), Quote.id.desc())
    )
    return list(session.execute(stmt))


def care_cases(session: Session, kind: str, record_id: uuid.UUID) -> list[Any]:
    stmt = (
        select(
            CareCase.id,
            CareCase.subject,
            CareCase.status,
            CareCase.priority,
            CareCase.opened_at,
            CareCase.resolved_at,
        )
        .where(_owner(CareCase, kind, record_id))
        .order_by(CareCase.opened_at.desc(), CareCase.id.desc())
    )
    return list(session.execute(stmt))


def people(
    session: Session, account_id: uuid.UUID, limit: int = 200
) -> list[tuple[uuid.UUID, str, str | None, str | None]]:
    """(id, full name, title, primary phone) of an account's people, by name."""
    phone = (
        select(ContactPoint.value)
        .where(
            ContactPoint.contact_id == Contact.id,
            ContactPoint.kind == "phone",
            ContactPoint.deleted_at.is_(None),
        )
        .order_by(ContactPoint.is_primary.desc(), ContactPoint.created_at)
        .limit(1)
        .scalar_subquery()
    )
    stmt = (
        select(Contact.id, Contact.full_name, Contact.title, phone)
        .where(Contact.account_id == account_id, Contact.deleted_at.is_(None))
        .order_by(func.substr(Contact.search_text, 1, func.length(Contact.full_name)), Contact.id)
        .limit(limit)
    )
    return [(i, n, t, p) for i, n, t, p in session.execute(stmt)]


def user_name(session: Session, user_id: uuid.UUID | None) -> str | None:
    if user_id is None:
        return None
    return session.scalar(select(User.name).where(User.id == user_id))


def customer_of(session: Session, kind: str, record_id: uuid.UUID) -> tuple[str, uuid.UUID] | None:
    """The customer (account first, else contact) of a deal or a quote."""
    model: Any = Deal if kind == "deal" else Quote
    row = session.execute(
        select(model.account_id, model.contact_id).where(
            model.id == record_id, model.deleted_at.is_(None)
        )
    ).first()
    if row is None:
        return None
    account_id, contact_id = row
    if account_id is not None:
        return "account", account_id
    if contact_id is not None:
        return "contact", contact_id
    return None


def timeline(
    session: Session,
    kind: str,
    record_id: uuid.UUID,
    categories: Collection[str],
    offset: int,
    limit: int,
) -> list[Any]:
    """Rows (at, kind, title, detail, ref_id, open, due) newest first; ``open`` is 1 for a
    task not done yet (placed at its creation, ``due`` its due time). ``categories``:
    activity types and/or ``CHANGE_KINDS``."""
    parts: list[Any] = []
    model: Any = Contact if kind == "contact" else Account
    if kind == "contact":
        activity_owner: ColumnElement[bool] = Activity.contact_id == record_id
    else:
        activity_owner = or_(
            Activity.account_id == record_id,
            Activity.contact_id.in_(
                select(Contact.id).where(
                    Contact.account_id == record_id, Contact.deleted_at.is_(None)
                )
            ),
        )
    types = [c for c in categories if c in ACTIVITY_KINDS]
    if types:
        parts.append(
            select(
                # An open task stands where it was planned; its due time is shown with it.
                func.coalesce(Activity.done_at, Activity.created_at).label("at"),
                Activity.type.label("kind"),
                Activity.subject.label("title"),
                func.coalesce(Activity.outcome, Activity.body).label("detail"),
                Activity.id.label("ref_id"),
                (Activity.done_at.is_(None)).label("open"),
                Activity.due_at.label("due"),
            ).where(activity_owner, Activity.deleted_at.is_(None), Activity.type.in_(types))
        )
    if "deal" in categories:
        parts.append(
            select(
                DealStageChange.changed_at,
                literal("deal_stage"),
                Deal.title,
                Stage.name,
                Deal.id,
                literal(False),
                literal(None),
            )
            .join(Deal, Deal.id == DealStageChange.deal_id)
            .join(Stage, Stage.id == DealStageChange.to_stage_id)
            .where(_owner(Deal, kind, record_id), DealStageChange.deleted_at.is_(None))
        )
    if "quote" in categories:
        parts.append(
            select(
                Quote.sent_at,
                literal("quote_sent"),
                Quote.number,
                literal(None),
                Quote.id,
                literal(False),
                literal(None),
            ).where(_owner(Quote, kind, record_id), Quote.sent_at.is_not(None))
        )
        parts.append(
            select(
                Quote.decided_at,
                "quote_" + Quote.status,
                Quote.number,
                literal(None),
                Quote.id,
                literal(False),
                literal(None),
            ).where(
                _owner(Quote, kind, record_id),
                Quote.decided_at.is_not(None),
                Quote.status.in_(("accepted", "rejected")),
            )
        )
    if "care" in categories:
        parts.append(
            select(
                CareCase.opened_at,
                literal("care_opened"),
                CareCase.subject,
                literal(None),
                CareCase.id,
                literal(False),
                literal(None),
            ).where(_owner(CareCase, kind, record_id))
        )
        parts.append(
            select(
                CareCase.resolved_at,
                literal("care_resolved"),
                CareCase.subject,
                literal(None),
                CareCase.id,
                literal(False),
                literal(None),
            ).where(_owner(CareCase, kind, record_id), CareCase.resolved_at.is_not(None))
        )
    if "created" in categories:
        name = Contact.full_name if kind == "contact" else Account.name
        parts.append(
            select(
                model.created_at,
                literal("created"),
                name,
                literal(None),
                model.id,
                literal(False),
                literal(None),
            ).where(model.id == record_id)
        )
    if not parts:
        return []
    union = union_all(*parts).subquery()
    at = type_coerce(union.c.at, UTCDateTime())
    stmt = (
        select(
            at,
            union.c.kind,
            union.c.title,
            union.c.detail,
            union.c.ref_id,
            union.c.open,
            type_coerce(union.c.due, UTCDateTime()),
        )
        .order_by(union.c.at.desc(), union.c.open, union.c.kind, union.c.ref_id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(session.execute(stmt))


def contacts_with_points(
    session: Session, kind: str, values: Collection[str], limit: int
) -> list[tuple[uuid.UUID, str, str | None, str]]:
    """(contact id, full name, account name, matched value) of live contacts having one of
    the phone or e-mail ``values`` (stored forms; e-mails compared case-insensitively)."""
    if not values:
        return []
    if kind == "email":
        match: ColumnElement[bool] = func.lower(ContactPoint.value).in_([v.lower() for v in values])
    else:
        match = ContactPoint.value.in_(list(values))
    account_name = select(Account.name).where(Account.id == Contact.account_id).scalar_subquery()
    stmt = (
        select(Contact.id, Contact.full_name, account_name, ContactPoint.value)
        .join(ContactPoint, ContactPoint.contact_id == Contact.id)
        .where(
            ContactPoint.kind == kind,
            match,
            ContactPoint.deleted_at.is_(None),
            Contact.deleted_at.is_(None),
        )
        .limit(limit)
    )
    return [(i, n, a, v) for i, n, a, v in session.execute(stmt)]


def names_at_account(
    session: Session, account_id: uuid.UUID, limit: int = 2000
) -> list[tuple[uuid.UUID, str, str]]:
    """(id, full name, folded name) of an account's live people."""
    stmt = (
        select(
            Contact.id,
            Contact.full_name,
            func.substr(Contact.search_text, 1, func.length(Contact.full_name)),
        )
        .where(Contact.account_id == account_id, Contact.deleted_at.is_(None))
        .limit(limit)
    )
    return [(i, n, f) for i, n, f in session.execute(stmt)]
