"""The Today page's agenda: overdue and today's activities, deals closing this month, rotting
deals, birthdays this week; and the "new task" quick action.

"Today" is the local day of ``now`` (in ``now``'s time zone): in Vietnam a task due at 23:30
local time (16:30 UTC) is today's, one due at 00:30 the next morning is not, although UTC still
calls it the same day.
Any thread that owns the unit of work.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.enums import ActivityType
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services.contacts import NotFoundError, parse_id
from desktop_crm.services.reminders import DueItem, due_between, open_items
from desktop_crm.store import agenda_queries, people
from desktop_crm.store.models import Activity
from desktop_crm.store.uow import UnitOfWork

LIST_LIMIT = 200  # each list of the page shows at most this many


@dataclass(frozen=True)
class DealLine:
    id: str
    title: str
    amount: Decimal
    currency: str
    expected_close_date: dt.date | None
    stage: str
    days_in_stage: int
    rotting_days: int | None
    customer: str


@dataclass(frozen=True)
class Birthday:
    contact_id: str
    name: str
    account: str | None
    birthday: dt.date
    on: dt.date  # the day it is celebrated this week (28 Feb for 29 Feb outside leap years)


@dataclass(frozen=True)
class Agenda:
    today: dt.date
    overdue: tuple[DueItem, ...]
    due_today: tuple[DueItem, ...]
    closing_this_month: tuple[DealLine, ...]
    rotting: tuple[DealLine, ...]
    birthdays: tuple[Birthday, ...]


@dataclass(frozen=True)
class TaskInput:
    subject: str
    due_at: dt.datetime  # aware
    contact_id: str | None = None
    account_id: str | None = None
    deal_id: str | None = None
    owner_id: str | None = None  # default: the customer's owner
    notes: str | None = None


def local_day_bounds(now: dt.datetime) -> tuple[dt.date, dt.datetime, dt.datetime]:
    """The local day of ``now`` (in ``now``'s time zone) and its start and end, aware."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    day = now.date()
    start = dt.datetime.combine(day, dt.time.min, tzinfo=now.tzinfo)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min, tzinfo=now.tzinfo)
    return day, start, end


def week_of(day: dt.date) -> list[dt.date]:
    """Monday to Sunday of the week holding ``day`` (it may span two years)."""
    monday = day - dt.timedelta(days=day.weekday())
    return [monday + dt.timedelta(days=i) for i in range(7)]


def celebrated_on(birthday: dt.date, days: list[dt.date]) -> dt.date | None:
    """The day among ``days`` on which ``birthday`` falls; 29 February is kept on 28
    February in years without one."""
    for day in days:
        if (day.month, day.day) == (birthday.month, birthday.day):
            return day
        if (
            (birthday.month, birthday.day) == (2, 29)
            and (day.month, day.day) == (2, 28)
            and not calendar.isleap(day.year)
        ):
            return day
    return None


def birthdays_this_week(uow: UnitOfWork, today: dt.date) -> list[Birthday]:
    """Contacts whose birthday falls in ``today``'s week, by the day it falls on."""
    days = week_of(today)
    keys = {f"{d.month:02d}-{d.day:02d}" for d in days}
    if any((d.month, d.day) == (2, 28) and not calendar.isleap(d.year) for d in days):
        keys.add("02-29")
    result = []
    for contact_id, name, birthday, account in agenda_queries.contacts_born_on(uow.session, keys):
        on = celebrated_on(birthday, days)
        if on is not None:
            result.append(Birthday(str(contact_id), name, account, birthday, on))
    result.sort(key=lambda b: (b.on, b.name))
    return result


def _deal_line(row: Any, now: dt.datetime) -> DealLine:
    (id_, title, amount, currency, close, stage, entered, rotting_days, _contact, _account,
     customer) = row  # fmt: skip
    return DealLine(
        id=str(id_),
        title=title,
        amount=amount,
        currency=currency,
        expected_close_date=close,
        stage=stage,
        days_in_stage=max(0, (now - entered).days),
        rotting_days=rotting_days,
        customer=customer or "",
    )


def load_agenda(uow: UnitOfWork, now: dt.datetime) -> Agenda:
    """Everything the Today page lists, for the local day of ``now``."""
    day, start, end = local_day_bounds(now)
    session = uow.session
    overdue = due_between(uow, None, start, limit=LIST_LIMIT)
    due_today = due_between(uow, start, end, limit=LIST_LIMIT)
    first = day.replace(day=1)
    last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    closing = agenda_queries.open_deals_closing(session, first, last, LIST_LIMIT)
    rotting = agenda_queries.rotting_deals(session, now.astimezone(dt.UTC), LIST_LIMIT)
    return Agenda(
        today=day,
        overdue=tuple(overdue),
        due_today=tuple(due_today),
        closing_this_month=tuple(_deal_line(r, now) for r in closing),
        rotting=tuple(_deal_line(r, now) for r in rotting),
        birthdays=tuple(birthdays_this_week(uow, day)),
    )


def create_task(uow: UnitOfWork, data: TaskInput) -> DueItem:
    """Store an open task for a customer; commits. ``FieldError`` names the field (subject,
    contact_id, due_at) and nothing is written then."""
    subject = (data.subject or "").strip()
    if not subject:
        raise FieldError("subject", QT_TRANSLATE_NOOP("errors", "Say what the task is."))
    if data.due_at.tzinfo is None:
        raise ValueError("due_at must be timezone-aware")
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
        raise FieldError("contact_id", QT_TRANSLATE_NOOP("errors", "Choose the customer."))
    row = Activity(
        type=ActivityType.TASK.value,
        subject=subject[:255],
        body=(data.notes or "").strip() or None,
        due_at=data.due_at.astimezone(dt.UTC),
        contact_id=contact_id,
        account_id=account_id,
        deal_id=parse_id(data.deal_id, "deal"),
        owner_id=owner_id,
    )
    session.add(row)
    session.flush()
    [item] = open_items(uow, [str(row.id)])
    uow.commit()
    return item
