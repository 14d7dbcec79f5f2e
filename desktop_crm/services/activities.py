"""Logging what happened with a customer (a call, a visit, a note...) and the next step.

``log_activity`` stores the activity as done now (UTC) and, when a next step is given, an
open task due at its time: the follow-up that the Today page lists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.enums import ActivityType
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services.contacts import NotFoundError, parse_id
from desktop_crm.store import people
from desktop_crm.store.ids import utcnow
from desktop_crm.store.models import Activity
from desktop_crm.store.uow import UnitOfWork

CHANNEL_OF_TYPE = {"call": "phone", "email": "email", "visit": "visit", "meeting": "visit"}


@dataclass(frozen=True)
class ActivityInput:
    type: str
    subject: str = ""
    outcome: str | None = None
    notes: str | None = None
    contact_id: str | None = None
    account_id: str | None = None  # derived from the contact when empty
    deal_id: str | None = None
    done_at: dt.datetime | None = None  # aware; default: now
    next_step: str | None = None
    next_due_at: dt.datetime | None = None  # aware; required with a next step
    owner_id: str | None = None  # default: the customer's owner
    channel: str | None = None


@dataclass(frozen=True)
class ActivityRecord:
    id: str
    type: str
    subject: str
    outcome: str | None
    notes: str | None
    contact_id: str | None
    account_id: str | None
    done_at: dt.datetime | None
    due_at: dt.datetime | None
    owner_id: str | None
    follow_up: ActivityRecord | None = None


def _record(row: Activity, follow_up: ActivityRecord | None = None) -> ActivityRecord:
    return ActivityRecord(
        id=str(row.id),
        type=row.type,
        subject=row.subject,
        outcome=row.outcome,
        notes=row.body,
        contact_id=str(row.contact_id) if row.contact_id else None,
        account_id=str(row.account_id) if row.account_id else None,
        done_at=row.done_at,
        due_at=row.due_at,
        owner_id=str(row.owner_id) if row.owner_id else None,
        follow_up=follow_up,
    )


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def log_activity(uow: UnitOfWork, data: ActivityInput) -> ActivityRecord:
    """Store a done activity and its follow-up task; commits. ``FieldError`` names the field
    (type, next_step, next_due_at, contact_id) and nothing is written then."""
    if data.type not in {t.value for t in ActivityType}:
        raise FieldError(
            "type", QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid choice"), value=data.type
        )
    next_step = _clean(data.next_step)
    if next_step and data.next_due_at is None:
        raise FieldError("next_due_at", QT_TRANSLATE_NOOP("errors", "Give the next step a date."))
    if data.next_due_at is not None and not next_step:
        raise FieldError("next_step", QT_TRANSLATE_NOOP("errors", "Say what the next step is."))
    for moment in (data.done_at, data.next_due_at):
        if moment is not None and moment.tzinfo is None:
            raise ValueError("activity times must be timezone-aware")
    session = uow.session
    contact_id = parse_id(data.contact_id, "contact")
    account_id = parse_id(data.account_id, "account")
    owner_id = parse_id(data.owner_id, "user")
    if contact_id is not None:
        contact = people.live_contact(session, contact_id)
        if contact is None:
            raise NotFoundError("contact", str(contact_id))
        account_id = account_id or contact.account_id
        owner_id = owner_id or contact.owner_id
    if account_id is not None:
        account = people.live_account(session, account_id)
        if account is None:
            raise NotFoundError("account", str(account_id))
        owner_id = owner_id or account.owner_id
    if contact_id is None and account_id is None:
        raise FieldError(
            "contact_id", QT_TRANSLATE_NOOP("errors", "Choose the customer of the activity.")
        )
    outcome = _clean(data.outcome)
    subject = _clean(data.subject) or outcome or ""
    done = (data.done_at or utcnow()).astimezone(dt.UTC)
    row = Activity(
        type=data.type,
        channel=data.channel or CHANNEL_OF_TYPE.get(data.type),
        subject=subject[:255],
        body=_clean(data.notes),
        outcome=outcome[:255] if outcome else None,
        done_at=done,
        contact_id=contact_id,
        account_id=account_id,
        deal_id=parse_id(data.deal_id, "deal"),
        owner_id=owner_id,
    )
    session.add(row)
    follow = None
    if next_step and data.next_due_at is not None:
        follow = Activity(
            type=ActivityType.TASK.value,
            subject=next_step[:255],
            due_at=data.next_due_at.astimezone(dt.UTC),
            created_at=done,  # planned together with the activity: listed right after it
            contact_id=contact_id,
            account_id=account_id,
            deal_id=row.deal_id,
            owner_id=owner_id,
        )
        session.add(follow)
    session.flush()
    follow_record = _record(follow) if follow is not None else None
    record = _record(row, follow_record)
    uow.commit()
    return record
