"""Queries of the quotes and the product catalogue. Every query skips tombstoned rows."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop_crm.store.models import Account, Contact, Deal, Device, Product, Quote, QuoteLine, User


def device_id(session: Session) -> uuid.UUID:
    device = session.scalars(select(Device).limit(1)).first()
    if device is None:  # created by the first migration's start-up; never absent in use
        raise RuntimeError("the database has no device row")
    return device.id


# --- products ------------------------------------------------------------------------------


def products(session: Session, *, active_only: bool = False) -> list[Product]:
    """The whole catalogue by code (a catalogue is hundreds of rows, not hundreds of thousands)."""
    stmt = select(Product).where(Product.deleted_at.is_(None))
    if active_only:
        stmt = stmt.where(Product.is_active.is_(True))
    return list(session.scalars(stmt.order_by(func.lower(Product.sku), Product.id)))


def live_product(session: Session, product_id: uuid.UUID) -> Product | None:
    row = session.get(Product, product_id)
    return row if row is not None and row.deleted_at is None else None


def products_by_sku(session: Session, sku: str) -> list[Product]:
    stmt = select(Product).where(
        Product.deleted_at.is_(None), func.lower(Product.sku) == sku.lower()
    )
    return list(session.scalars(stmt.order_by(Product.created_at)))


# --- quotes --------------------------------------------------------------------------------


def live_quote(session: Session, quote_id: uuid.UUID) -> Quote | None:
    row = session.get(Quote, quote_id)
    return row if row is not None and row.deleted_at is None else None


def live_lines(session: Session, quote_id: uuid.UUID) -> list[QuoteLine]:
    stmt = (
        select(QuoteLine)
        .where(QuoteLine.quote_id == quote_id, QuoteLine.deleted_at.is_(None))
        .order_by(QuoteLine.position, QuoteLine.id)
    )
    return list(session.scalars(stmt))


def numbers_like(session: Session, pattern: str) -> list[str]:
    """Every quote number matching the SQL LIKE ``pattern`` (with ``\\`` as escape)."""
    stmt = select(Quote.number).where(Quote.number.like(pattern, escape="\\")).distinct()
    return list(session.scalars(stmt))


def versions(session: Session, number: str) -> list[Quote]:
    """Every version of the quote ``number``, oldest first."""
    stmt = (
        select(Quote)
        .where(Quote.number == number, Quote.deleted_at.is_(None))
        .order_by(Quote.version, Quote.created_at)
    )
    return list(session.scalars(stmt))


def quotes_by_number(session: Session, number: str) -> list[Quote]:
    """Versions of ``number`` (case-insensitive), newest first."""
    stmt = (
        select(Quote)
        .where(Quote.deleted_at.is_(None), func.lower(Quote.number) == number.strip().lower())
        .order_by(Quote.version.desc())
    )
    return list(session.scalars(stmt))


def _newer_version() -> Any:
    newer = aliased(Quote)
    return exists().where(newer.previous_version_id == Quote.id, newer.deleted_at.is_(None))


def has_newer_version(session: Session, quote_id: uuid.UUID) -> bool:
    newer = aliased(Quote)
    stmt = select(exists().where(newer.previous_version_id == quote_id, newer.deleted_at.is_(None)))
    return bool(session.scalar(stmt))


def overdue_sent(session: Session, today: dt.date) -> list[Quote]:
    """Latest versions that were sent and whose validity ended before ``today``."""
    stmt = select(Quote).where(
        Quote.deleted_at.is_(None),
        Quote.status == "sent",
        Quote.valid_until.is_not(None),
        Quote.valid_until < today,
        ~_newer_version(),
    )
    return list(session.scalars(stmt))


@dataclass(frozen=True)
class QuoteFilter:
    status: str | None = None  # one QuoteStatus value, or None for all
    text: str | None = None  # matched against the number and the customer's name
    customer_kind: str | None = None  # "account" | "contact" | "deal", with customer_id
    customer_id: uuid.UUID | None = None
    latest_only: bool = True  # hide versions that were revised


def _list_statement(flt: QuoteFilter) -> Any:
    contact = aliased(Contact)
    account = aliased(Account)
    customer = func.coalesce(account.name, contact.full_name, "")
    stmt = (
        select(
            Quote.id,
            Quote.number,
            Quote.version,
            customer.label("customer"),
            Deal.title.label("deal_title"),
            Quote.status,
            Quote.currency,
            Quote.total,
            Quote.issue_date,
            Quote.valid_until,
            User.name.label("owner"),
        )
        .outerjoin(account, account.id == Quote.account_id)
        .outerjoin(contact, contact.id == Quote.contact_id)
        .outerjoin(Deal, Deal.id == Quote.deal_id)
        .outerjoin(User, User.id == Quote.owner_id)
        .where(Quote.deleted_at.is_(None))
    )
    if flt.latest_only:
        stmt = stmt.where(~_newer_version())
    if flt.status:
        stmt = stmt.where(Quote.status == flt.status)
    if flt.text:
        like = f"%{flt.text.strip()}%"
        stmt = stmt.where(
            or_(
                Quote.number.ilike(like),
                account.name.ilike(like),
                contact.full_name.ilike(like),
                account.search_text.like(f"%{flt.text.strip().lower()}%"),
                contact.search_text.like(f"%{flt.text.strip().lower()}%"),
            )
        )
    if flt.customer_id is not None:
        column = {
            "account": Quote.account_id,
            "contact": Quote.contact_id,
            "deal": Quote.deal_id,
        }[flt.customer_kind or "account"]
        stmt = stmt.where(column == flt.customer_id)
    return stmt


def quote_page(session: Session, flt: QuoteFilter, offset: int, limit: int) -> list[Any]:
    """One page of the quote list, newest issue date first."""
    stmt = (
        _list_statement(flt)
        .order_by(Quote.issue_date.desc(), Quote.number.desc(), Quote.version.desc())
        .offset(offset)
        .limit(limit)
    )
    return list(session.execute(stmt))


def quote_count(session: Session, flt: QuoteFilter) -> int:
    stmt = select(func.count()).select_from(_list_statement(flt).subquery())
    return int(session.scalar(stmt) or 0)


def name_of_user(session: Session, user_id: uuid.UUID | None) -> str | None:
    if user_id is None:
        return None
    return session.scalar(select(User.name).where(User.id == user_id))


def deal_parties(session: Session, deal_id: uuid.UUID) -> Any:
    """(account_id, contact_id, currency, title, owner_id) of a live deal."""
    stmt = select(Deal.account_id, Deal.contact_id, Deal.currency, Deal.title, Deal.owner_id).where(
        and_(Deal.id == deal_id, Deal.deleted_at.is_(None))
    )
    return session.execute(stmt).first()
