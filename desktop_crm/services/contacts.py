"""Contacts (people) and accounts (companies): create, read, update, delete.

Inputs are validated and normalised here (``domain.contact_rules``): phones in E.164, e-mails
with a lower-case domain, tax codes checked; the folded ``search_text`` that the search box
reads is rebuilt on every write. Only a name is required.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from desktop_crm.domain.contact_rules import (
    FieldError,
    normalize_email,
    normalize_phone,
    normalize_tax_code,
    phone_search_forms,
    split_full_name,
)
from desktop_crm.domain.enums import Channel, ContactPointKind, LifecycleStage
from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services.search import update_index
from desktop_crm.store import people
from desktop_crm.store.ids import utcnow
from desktop_crm.store.models import Account, Contact
from desktop_crm.store.uow import UnitOfWork


@dataclass(frozen=True)
class Labeled:
    """A phone number or e-mail address with an optional label (mobile, work, home...)."""

    value: str
    label: str | None = None


@dataclass(frozen=True)
class Address:
    street: str | None = None
    ward: str | None = None
    district: str | None = None
    province: str | None = None
    country: str = "VN"


@dataclass(frozen=True)
class ContactInput:
    full_name: str
    family_name: str | None = None  # derived from full_name when all three are empty
    middle_name: str | None = None
    given_name: str | None = None
    title: str | None = None
    account_id: str | None = None
    phones: tuple[Labeled, ...] = ()
    emails: tuple[Labeled, ...] = ()
    preferred_channel: str | None = None
    birthday: dt.date | None = None
    source: str | None = None
    marketing_consent: bool = False
    lifecycle_stage: str = LifecycleStage.LEAD.value
    tags: tuple[str, ...] = ()
    notes: str | None = None
    owner_id: str | None = None
    address: Address = field(default_factory=Address)


@dataclass(frozen=True)
class ContactRecord(ContactInput):
    id: str = ""
    account_name: str | None = None
    consent_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class AccountInput:
    name: str
    tax_code: str | None = None
    industry: str | None = None
    website: str | None = None
    phones: tuple[Labeled, ...] = ()
    emails: tuple[Labeled, ...] = ()
    tags: tuple[str, ...] = ()
    notes: str | None = None
    owner_id: str | None = None
    address: Address = field(default_factory=Address)


@dataclass(frozen=True)
class AccountRecord(AccountInput):
    id: str = ""
    contact_count: int = 0
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class NotFoundError(FieldError):
    def __init__(self, what: str, record_id: str) -> None:
        super().__init__(
            "id",
            QT_TRANSLATE_NOOP("errors", "The {what} {id} does not exist or was deleted."),
            what=_KIND_NAMES.get(what, what),
            id=record_id,
        )


# Names of record kinds in messages; marked so the window shows them translated.
_KIND_NAMES = {
    "contact": QT_TRANSLATE_NOOP("errors", "contact"),
    "account": QT_TRANSLATE_NOOP("errors", "account"),
    "user": QT_TRANSLATE_NOOP("errors", "user"),
    "product": QT_TRANSLATE_NOOP("errors", "product"),
    "quote": QT_TRANSLATE_NOOP("errors", "quote"),
    "deal": QT_TRANSLATE_NOOP("errors", "deal"),
}


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def parse_id(text: str | None, what: str) -> uuid.UUID | None:
    """The UUID in ``text`` (None when empty); a malformed one is reported as not found."""
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        raise NotFoundError(what, text) from None


def validated_points(
    phones: tuple[Labeled, ...], emails: tuple[Labeled, ...]
) -> list[tuple[str, str, str | None]]:
    """Validated (kind, value, label) triples, duplicates removed, order kept."""
    seen: set[tuple[str, str]] = set()
    result: list[tuple[str, str, str | None]] = []
    for kind, items, normalize in (
        (ContactPointKind.PHONE.value, phones, normalize_phone),
        (ContactPointKind.EMAIL.value, emails, normalize_email),
    ):
        for item in items:
            if not item.value.strip():
                continue
            value = normalize(item.value)
            if (kind, value) not in seen:
                seen.add((kind, value))
                result.append((kind, value, _clean(item.label)))
    return result


def search_text(*parts: str | None, phones: tuple[str, ...] = ()) -> str:
    """The folded text the search box matches: names, company, e-mails, phone digit forms."""
    words = [fold(p) for p in parts if p]
    for phone in phones:
        words.extend(phone_search_forms(phone))
    return " ".join(words)


def _check_choice(
    value: str | None, allowed: type[Channel] | type[LifecycleStage], name: str
) -> None:
    if value is not None and value not in {c.value for c in allowed}:
        raise FieldError(
            name, QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid choice"), value=value
        )


# --- contacts ----------------------------------------------------------------------------


def _live_contact(uow: UnitOfWork, contact_id: str) -> Contact:
    row = people.live_contact(uow.session, parse_id(contact_id, "contact") or uuid.UUID(int=0))
    if row is None:
        raise NotFoundError("contact", contact_id)
    return row


def _live_account(uow: UnitOfWork, account_id: str) -> Account:
    row = people.live_account(uow.session, parse_id(account_id, "account") or uuid.UUID(int=0))
    if row is None:
        raise NotFoundError("account", account_id)
    return row


def contact_columns(
    data: ContactInput,
    account_id: uuid.UUID | None,
    account_name: str | None,
    points: list[tuple[str, str, str | None]],
) -> dict[str, Any]:
    """The stored columns of a contact (consent aside), from validated input.

    One definition for the form and the fast import path, so both store the same thing.
    """
    name = " ".join(data.full_name.split())
    family, middle, given = data.family_name, data.middle_name, data.given_name
    if not (family or middle or given):
        family, middle, given = split_full_name(name)
    return {
        "full_name": name,
        "family_name": _clean(family),
        "middle_name": _clean(middle),
        "given_name": _clean(given),
        "title": _clean(data.title),
        "account_id": account_id,
        "preferred_channel": data.preferred_channel,
        "birthday": data.birthday,
        "source": _clean(data.source),
        "lifecycle_stage": data.lifecycle_stage,
        "notes": _clean(data.notes),
        "owner_id": parse_id(data.owner_id, "user"),
        "street": _clean(data.address.street),
        "ward": _clean(data.address.ward),
        "district": _clean(data.address.district),
        "province": _clean(data.address.province),
        "country": (data.address.country or "VN").upper(),
        "search_text": search_text(
            name,
            account_name,
            data.title,
            data.address.province,
            *(v for k, v, _ in points if k == "email"),
            phones=tuple(v for k, v, _ in points if k == "phone"),
        ),
    }


def validate_contact(data: ContactInput) -> list[tuple[str, str, str | None]]:
    """Check what does not need the database; return the normalised phones and e-mails."""
    if not " ".join(data.full_name.split()):
        raise FieldError("full_name", QT_TRANSLATE_NOOP("errors", "A name is required."))
    _check_choice(data.preferred_channel, Channel, "preferred_channel")
    _check_choice(data.lifecycle_stage, LifecycleStage, "lifecycle_stage")
    return validated_points(data.phones, data.emails)


def _apply_contact(uow: UnitOfWork, row: Contact, data: ContactInput) -> None:
    points = validate_contact(data)
    account = None
    account_id = parse_id(data.account_id, "account")
    if account_id is not None:
        account = people.live_account(uow.session, account_id)
        if account is None:
            raise NotFoundError("account", str(account_id))
    values = contact_columns(data, account_id, account.name if account else None, points)
    if data.marketing_consent != row.marketing_consent:
        values["marketing_consent"] = data.marketing_consent
        values["consent_at"] = utcnow() if data.marketing_consent else None
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
    uow.session.add(row)  # only now: an earlier autoflush would insert a half-filled row
    uow.session.flush()
    people.replace_points(uow.session, points, contact_id=row.id)
    people.replace_tags(uow.session, data.tags, contact_id=row.id)


def create_contact(uow: UnitOfWork, data: ContactInput) -> ContactRecord:
    """Validate and store a new contact; commits. Raises ``FieldError`` naming the field."""
    row = Contact(marketing_consent=False)
    _apply_contact(uow, row, data)
    update_index(uow, "contact", [row.id])
    uow.commit()
    return get_contact(uow, str(row.id))


def update_contact(uow: UnitOfWork, contact_id: str, data: ContactInput) -> ContactRecord:
    row = _live_contact(uow, contact_id)
    _apply_contact(uow, row, data)
    update_index(uow, "contact", [row.id])
    uow.commit()
    return get_contact(uow, contact_id)


def write_contact(uow: UnitOfWork, data: ContactInput, contact_id: str | None = None) -> str:
    """Validate and write one contact (a new one when ``contact_id`` is None) inside the
    caller's transaction, without committing: for operations over many rows (import, undo).
    Returns the contact's id; raises ``FieldError`` like ``create_contact``."""
    row = _live_contact(uow, contact_id) if contact_id else Contact(marketing_consent=False)
    _apply_contact(uow, row, data)
    return str(row.id)


def delete_contact(uow: UnitOfWork, contact_id: str) -> None:
    """Soft delete (a tombstone that syncs and can be undone); commits."""
    row = _live_contact(uow, contact_id)
    row.deleted_at = utcnow()
    update_index(uow, "contact", [row.id])
    uow.commit()


def get_contact(uow: UnitOfWork, contact_id: str) -> ContactRecord:
    session = uow.session
    row = _live_contact(uow, contact_id)
    points = people.points_of(session, contact_id=row.id)
    account = people.live_account(session, row.account_id) if row.account_id else None
    return ContactRecord(
        id=str(row.id),
        full_name=row.full_name,
        family_name=row.family_name,
        middle_name=row.middle_name,
        given_name=row.given_name,
        title=row.title,
        account_id=str(row.account_id) if row.account_id else None,
        account_name=account.name if account else None,
        phones=tuple(Labeled(p.value, p.label) for p in points if p.kind == "phone"),
        emails=tuple(Labeled(p.value, p.label) for p in points if p.kind == "email"),
        preferred_channel=row.preferred_channel,
        birthday=row.birthday,
        source=row.source,
        marketing_consent=row.marketing_consent,
        consent_at=row.consent_at,
        lifecycle_stage=row.lifecycle_stage,
        tags=tuple(people.tag_names(session, contact_id=row.id)),
        notes=row.notes,
        owner_id=str(row.owner_id) if row.owner_id else None,
        address=Address(row.street, row.ward, row.district, row.province, row.country),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


# --- accounts ----------------------------------------------------------------------------


def _apply_account(uow: UnitOfWork, row: Account, data: AccountInput) -> None:
    name = " ".join(data.name.split())
    if not name:
        raise FieldError("name", QT_TRANSLATE_NOOP("errors", "A name is required."))
    points = validated_points(data.phones, data.emails)
    raw_tax_code = _clean(data.tax_code)
    tax_code = normalize_tax_code(raw_tax_code) if raw_tax_code else None
    values = {
        "name": name,
        "tax_code": tax_code,
        "industry": _clean(data.industry),
        "website": _clean(data.website),
        "notes": _clean(data.notes),
        "owner_id": parse_id(data.owner_id, "user"),
        "street": _clean(data.address.street),
        "ward": _clean(data.address.ward),
        "district": _clean(data.address.district),
        "province": _clean(data.address.province),
        "country": (data.address.country or "VN").upper(),
        "search_text": search_text(
            name,
            tax_code,
            data.address.province,
            *(v for k, v, _ in points if k == "email"),
            phones=tuple(v for k, v, _ in points if k == "phone"),
        ),
    }
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
    uow.session.add(row)  # only now: an earlier autoflush would insert a half-filled row
    uow.session.flush()
    people.replace_points(uow.session, points, account_id=row.id)
    people.replace_tags(uow.session, data.tags, account_id=row.id)


def create_account(uow: UnitOfWork, data: AccountInput) -> AccountRecord:
    row = Account()
    _apply_account(uow, row, data)
    update_index(uow, "account", [row.id])
    uow.commit()
    return get_account(uow, str(row.id))


def update_account(uow: UnitOfWork, account_id: str, data: AccountInput) -> AccountRecord:
    row = _live_account(uow, account_id)
    _apply_account(uow, row, data)
    update_index(uow, "account", [row.id])  # also the contacts, deals and quotes on a rename
    uow.commit()
    return get_account(uow, account_id)


def write_account(uow: UnitOfWork, data: AccountInput, account_id: str | None = None) -> str:
    """Like ``write_contact`` for an account: validated, in the caller's transaction."""
    row = _live_account(uow, account_id) if account_id else Account()
    _apply_account(uow, row, data)
    return str(row.id)


def delete_account(uow: UnitOfWork, account_id: str) -> None:
    row = _live_account(uow, account_id)
    row.deleted_at = utcnow()
    update_index(uow, "account", [row.id])
    uow.commit()


def get_account(uow: UnitOfWork, account_id: str) -> AccountRecord:
    session = uow.session
    row = _live_account(uow, account_id)
    points = people.points_of(session, account_id=row.id)
    return AccountRecord(
        id=str(row.id),
        name=row.name,
        tax_code=row.tax_code,
        industry=row.industry,
        website=row.website,
        phones=tuple(Labeled(p.value, p.label) for p in points if p.kind == "phone"),
        emails=tuple(Labeled(p.value, p.label) for p in points if p.kind == "email"),
        tags=tuple(people.tag_names(session, account_id=row.id)),
        notes=row.notes,
        owner_id=str(row.owner_id) if row.owner_id else None,
        address=Address(row.street, row.ward, row.district, row.province, row.country),
        contact_count=people.contact_count(session, row.id),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
