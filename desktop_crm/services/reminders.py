"""Reminders: which open activities and tasks fall due, snoozing them and marking them done.

Every function takes the moment it works with (``now``, a window, a ``last_seen``) instead of
reading the wall clock, so the window's notifier and the tests drive time. Times are aware;
they are compared in UTC. Any thread that owns the unit of work.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from typing import Any

from desktop_crm.services.contacts import NotFoundError, parse_id
from desktop_crm.settings import LocalSettings
from desktop_crm.store import agenda_queries
from desktop_crm.store.uow import UnitOfWork

log = logging.getLogger(__name__)

LAST_SEEN_KEY = "reminders_last_seen"  # in LocalSettings.extra: ISO UTC time
MISSED_LIMIT = 200  # a summary at start lists at most this many


@dataclass(frozen=True)
class DueItem:
    """An open activity with a due time and the names of what it is linked to."""

    id: str
    type: str
    subject: str
    due_at: dt.datetime  # aware UTC
    contact_id: str | None
    contact_name: str | None
    account_id: str | None
    account_name: str | None
    deal_id: str | None
    deal_title: str | None
    owner_id: str | None

    @property
    def customer(self) -> str:
        """The person, with the company when both are known ("" when neither)."""
        if self.contact_name and self.account_name:
            return f"{self.contact_name} ({self.account_name})"
        return self.contact_name or self.account_name or ""

    def record(self) -> tuple[str, str] | None:
        """(kind, id) of the record that opens for this item: contact, account, then deal."""
        if self.contact_id:
            return ("contact", self.contact_id)
        if self.account_id:
            return ("account", self.account_id)
        if self.deal_id:
            return ("deal", self.deal_id)
        return None


def _str(value: Any) -> str | None:
    return str(value) if value is not None else None


def _item(row: agenda_queries.ActivityRow) -> DueItem:
    (id_, type_, subject, due_at, contact_id, contact, account_id, account, deal_id, deal,
     owner_id) = row  # fmt: skip
    return DueItem(
        id=str(id_),
        type=type_,
        subject=subject,
        due_at=due_at,
        contact_id=_str(contact_id),
        contact_name=contact,
        account_id=_str(account_id),
        account_name=account,
        deal_id=_str(deal_id),
        deal_title=deal,
        owner_id=_str(owner_id),
    )


def _aware(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("reminder times must be timezone-aware")
    return moment.astimezone(dt.UTC)


def due_between(
    uow: UnitOfWork,
    start: dt.datetime | None,
    end: dt.datetime,
    owner_id: str | None = None,
    limit: int | None = None,
) -> list[DueItem]:
    """Open activities due in ``[start, end)`` (no start: everything due before ``end``),
    earliest first; only ``owner_id``'s when given."""
    rows = agenda_queries.open_activities_due(
        uow.session,
        _aware(start) if start is not None else None,
        _aware(end),
        parse_id(owner_id, "user"),
        limit=limit,
    )
    return [_item(row) for row in rows]


def missed_since(
    uow: UnitOfWork, last_seen: dt.datetime | None, now: dt.datetime, owner_id: str | None = None
) -> list[DueItem]:
    """What fell due while the program was closed: open activities due in ``[last_seen,
    now)``. Never seen before (``None``): everything still open and overdue. At most
    ``MISSED_LIMIT`` items, earliest first."""
    return due_between(uow, last_seen, now, owner_id, limit=MISSED_LIMIT)


def next_due(
    uow: UnitOfWork, after: dt.datetime, owner_id: str | None = None
) -> dt.datetime | None:
    """When the next open activity falls due strictly after ``after`` (None: nothing)."""
    return agenda_queries.next_due_at(uow.session, _aware(after), parse_id(owner_id, "user"))


def open_items(uow: UnitOfWork, ids: list[str]) -> list[DueItem]:
    """The items among ``ids`` that are still open (a panel drops the others)."""
    parsed = [uuid.UUID(i) for i in ids]
    return [_item(row) for row in agenda_queries.open_activity_rows(uow.session, parsed)]


def _open_activity(uow: UnitOfWork, activity_id: str) -> Any:
    parsed = parse_id(activity_id, "activity")
    row = agenda_queries.live_activity(uow.session, parsed) if parsed else None
    if row is None:
        raise NotFoundError("activity", activity_id)
    return row


def snooze(uow: UnitOfWork, activity_id: str, until: dt.datetime) -> DueItem:
    """Move an open activity's due time to ``until``; commits and returns the item.

    Snoozing moves ``due_at`` itself rather than keeping a separate "snoozed until": the due
    time is when the person means to do it, and "remind me in an hour" is exactly a new plan.
    Reports measure work by ``done_at``, never by the planned time, and a second column would
    need a schema change and sync rules of its own. The original time goes to the log.
    """
    row = _open_activity(uow, activity_id)
    if row.done_at is not None:
        raise NotFoundError("activity", activity_id)
    new_due = _aware(until)
    log.info("activity %s snoozed from %s to %s", activity_id, row.due_at, new_due)
    row.due_at = new_due
    uow.session.flush()
    [item] = [_item(r) for r in agenda_queries.open_activity_rows(uow.session, [row.id])]
    uow.commit()
    return item


def mark_done(
    uow: UnitOfWork, activity_id: str, now: dt.datetime, outcome: str | None = None
) -> bool:
    """Mark an activity done at ``now`` (with an outcome when given); commits.

    False when it was done already (e.g. on another window or laptop): nothing changes then.
    """
    row = _open_activity(uow, activity_id)
    if row.done_at is not None:
        return False
    row.done_at = _aware(now)
    text = (outcome or "").strip()
    if text:
        row.outcome = text[:255]
    uow.commit()
    return True


def last_seen(settings: LocalSettings) -> dt.datetime | None:
    """When this laptop last checked its reminders (None: never)."""
    raw = settings.extra.get(LAST_SEEN_KEY)
    if not isinstance(raw, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(raw)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def with_last_seen(settings: LocalSettings, moment: dt.datetime) -> LocalSettings:
    """``settings`` remembering ``moment`` as the last check of the reminders."""
    extra = {**settings.extra, LAST_SEEN_KEY: _aware(moment).isoformat()}
    return settings.with_changes(extra=extra)
