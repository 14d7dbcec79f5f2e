"""Persistence of contacts and accounts with their phones, e-mails and tags."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.store.ids import utcnow
from desktop_crm.store.models import Account, Contact, ContactPoint, Tag, Tagging
from desktop_crm.store.queries import count_live


def live_contact(session: Session, contact_id: uuid.UUID) -> Contact | None:
    row = session.get(Contact, contact_id)
    return row if row is not None and row.deleted_at is None else None


def live_account(session: Session, account_id: uuid.UUID) -> Account | None:
    row = session.get(Account, account_id)
    return row if row is not None and row.deleted_at is None else None


def points_of(
    session: Session, *, contact_id: uuid.UUID | None = None, account_id: uuid.UUID | None = None
) -> list[ContactPoint]:
    owner = (
        ContactPoint.contact_id == contact_id
        if contact_id is not None
        else ContactPoint.account_id == account_id
    )
    stmt = (
        select(ContactPoint)
        .where(owner, ContactPoint.deleted_at.is_(None))
        .order_by(ContactPoint.kind, ContactPoint.is_primary.desc(), ContactPoint.created_at)
    )
    return list(session.scalars(stmt))


def replace_points(
    session: Session,
    wanted: Sequence[tuple[str, str, str | None]],
    *,
    contact_id: uuid.UUID | None = None,
    account_id: uuid.UUID | None = None,
) -> None:
    """Make the live points of one owner exactly ``wanted`` (kind, value, label), in order;
    the first of each kind is primary. Unchanged points keep their rows (and sync history)."""
    existing = {
        (p.kind, p.value): p
        for p in points_of(session, contact_id=contact_id, account_id=account_id)
    }
    first_of_kind: set[str] = set()
    now = utcnow()
    for kind, value, label in wanted:
        primary = kind not in first_of_kind
        first_of_kind.add(kind)
        row = existing.pop((kind, value), None)
        if row is None:
            session.add(
                ContactPoint(
                    kind=kind,
                    value=value,
                    label=label,
                    is_primary=primary,
                    contact_id=contact_id,
                    account_id=account_id,
                )
            )
            continue
        if row.label != label:
            row.label = label
        if row.is_primary != primary:
            row.is_primary = primary
    for gone in existing.values():
        gone.deleted_at = now


def tag_names(
    session: Session, *, contact_id: uuid.UUID | None = None, account_id: uuid.UUID | None = None
) -> list[str]:
    owner = (
        Tagging.contact_id == contact_id
        if contact_id is not None
        else Tagging.account_id == account_id
    )
    stmt = (
        select(Tag.name)
        .join(Tagging, Tagging.tag_id == Tag.id)
        .where(owner, Tagging.deleted_at.is_(None), Tag.deleted_at.is_(None))
        .order_by(Tag.name)
    )
    return list(session.scalars(stmt))


def replace_tags(
    session: Session,
    names: Iterable[str],
    *,
    contact_id: uuid.UUID | None = None,
    account_id: uuid.UUID | None = None,
) -> None:
    """Tag one record with exactly ``names`` (tags are created on first use)."""
    wanted = {n.strip() for n in names if n.strip()}
    owner = (
        Tagging.contact_id == contact_id
        if contact_id is not None
        else Tagging.account_id == account_id
    )
    current = {
        name: link
        for link, name in session.execute(
            select(Tagging, Tag.name)
            .join(Tag, Tag.id == Tagging.tag_id)
            .where(owner, Tagging.deleted_at.is_(None))
        )
    }
    now = utcnow()
    for name, link in current.items():
        if name not in wanted:
            link.deleted_at = now
    for name in sorted(wanted - current.keys()):
        tag = session.scalars(
            select(Tag).where(Tag.name == name, Tag.deleted_at.is_(None)).limit(1)
        ).first()
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
        session.add(Tagging(tag_id=tag.id, contact_id=contact_id, account_id=account_id))


def all_tag_names(session: Session) -> list[str]:
    return list(
        session.scalars(select(Tag.name).where(Tag.deleted_at.is_(None)).order_by(Tag.name))
    )


def contact_count(session: Session, account_id: uuid.UUID) -> int:
    return count_live(session, Contact, Contact.account_id == account_id)
