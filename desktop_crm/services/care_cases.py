"""Customer care cases: open, work, resolve with a satisfaction score, close.

Targets: per priority, hours to the first response and to the resolution, a team setting
(key ``care.targets``: ``{"urgent": {"response": 1, "resolution": 4}, ...}``). Without it the
older ``care.sla_hours`` (``{priority: hours}``) gives the resolution hours; the rest comes from
``DEFAULT_TARGETS``. A new case is due ``resolution`` hours after it was opened.

Statuses: new -> in progress -> waiting on customer <-> in progress -> resolved -> closed; a
new case may also be resolved at once (a question answered on the phone); a resolved case may
be reopened (back to in progress; its score is cleared); closed is final. Every change is
recorded as a note of the case whose body starts with the marker line
``[care.status:<from>><to>]``; such notes carry no customer, so the customer's timeline shows
the case's opening and resolution, not each step.

The conversation log is the case's activities, oldest first. A message logged with
``log_message`` is an activity of the case's customer (so it is on the customer's timeline too)
whose subject is the message's first line and whose body starts with the marker line
``[care.msg:in]`` (from the customer) or ``[care.msg:out]`` (to the customer), then the whole
message. The first
response (``first_response_at``) is the first message to the customer, the move to in
progress, or the resolution, whichever comes first.

Every function runs on the calling thread (a worker in the program) inside ``uow``; writers
commit once, readers never. ``now`` is passed in (UTC).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.enums import CareCategory, CarePriority, CareStatus, Channel
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services.contacts import NotFoundError, parse_id
from desktop_crm.store import care_queries
from desktop_crm.store import imports as settings_store
from desktop_crm.store.care_queries import CaseFilter
from desktop_crm.store.models import Account, Activity, CareCase, Contact, Deal, User
from desktop_crm.store.uow import UnitOfWork

__all__ = [
    "ALLOWED",
    "CATEGORIES",
    "CHANNELS",
    "DEFAULT_TARGETS",
    "PRIORITIES",
    "STATUSES",
    "CaseDetail",
    "CaseFilter",
    "CaseInput",
    "CaseRow",
    "LogEntry",
    "Target",
    "case_count",
    "case_detail",
    "case_page",
    "change_status",
    "create_case",
    "get_targets",
    "log_message",
    "resolve",
    "save_targets",
]

TARGETS_KEY = "care.targets"
LEGACY_KEY = "care.sla_hours"
STATUS_MARKER = "[care.status:"
MESSAGE_MARKER = "[care.msg:"
MAX_HOURS = 24 * 365
DIRECTIONS = ("in", "out")

CATEGORIES = tuple(c.value for c in CareCategory)
CHANNELS = ("phone", "email", "zalo", "facebook", "visit")
PRIORITIES = ("urgent", "high", "normal", "low")  # most urgent first
STATUSES = tuple(s.value for s in CareStatus)
FINISHED = (CareStatus.RESOLVED.value, CareStatus.CLOSED.value)

ALLOWED: dict[str, tuple[str, ...]] = {
    CareStatus.NEW.value: (CareStatus.IN_PROGRESS.value, CareStatus.RESOLVED.value),
    CareStatus.IN_PROGRESS.value: (CareStatus.WAITING.value, CareStatus.RESOLVED.value),
    CareStatus.WAITING.value: (CareStatus.IN_PROGRESS.value, CareStatus.RESOLVED.value),
    CareStatus.RESOLVED.value: (CareStatus.IN_PROGRESS.value, CareStatus.CLOSED.value),
    CareStatus.CLOSED.value: (),
}

# The activity a message becomes, by its channel.
_ACTIVITY_TYPE = {
    "phone": "call",
    "email": "email",
    "zalo": "chat",
    "facebook": "chat",
    "visit": "visit",
}


@dataclass(frozen=True)
class Target:
    response: int  # hours to the first response
    resolution: int  # hours to the resolution


DEFAULT_TARGETS: dict[str, Target] = {
    CarePriority.URGENT.value: Target(1, 4),
    CarePriority.HIGH.value: Target(4, 24),
    CarePriority.NORMAL.value: Target(8, 72),
    CarePriority.LOW.value: Target(24, 168),
}


@dataclass(frozen=True)
class CaseInput:
    subject: str
    description: str | None = None
    category: str = CareCategory.QUESTION.value
    channel: str | None = Channel.PHONE.value
    priority: str = CarePriority.NORMAL.value
    contact_id: str | None = None
    account_id: str | None = None
    deal_id: str | None = None
    owner_id: str | None = None


@dataclass(frozen=True)
class CaseRow:
    """One line of the list."""

    id: str
    subject: str
    customer: str
    channel: str | None
    priority: str
    status: str
    owner: str | None
    due_at: dt.datetime | None
    opened_at: dt.datetime
    resolved_at: dt.datetime | None
    csat_score: int | None
    category: str

    def overdue_by(self, now: dt.datetime) -> dt.timedelta | None:
        """How long past its due time an unfinished case is (None when not overdue)."""
        return _overdue_by(self.status, self.due_at, now)


@dataclass(frozen=True)
class LogEntry:
    id: str
    at: dt.datetime
    kind: str  # "message" | "status" | "activity" (logged elsewhere, e.g. a call)
    activity_type: str
    channel: str | None
    direction: str | None  # "in" | "out" for messages
    text: str
    user: str | None
    from_status: str | None = None
    to_status: str | None = None


@dataclass(frozen=True)
class CaseDetail:
    id: str
    subject: str
    description: str | None
    category: str
    channel: str | None
    priority: str
    status: str
    contact_id: str | None
    contact_name: str | None
    account_id: str | None
    account_name: str | None
    deal_id: str | None
    owner_id: str | None
    owner_name: str | None
    opened_at: dt.datetime
    due_at: dt.datetime | None
    response_due_at: dt.datetime | None
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    csat_score: int | None
    csat_comment: str | None
    log: tuple[LogEntry, ...]

    @property
    def customer(self) -> str:
        return self.account_name or self.contact_name or ""

    @property
    def allowed(self) -> tuple[str, ...]:
        """The statuses the case may move to next."""
        return ALLOWED.get(self.status, ())

    def overdue_by(self, now: dt.datetime) -> dt.timedelta | None:
        return _overdue_by(self.status, self.due_at, now)


def _overdue_by(status: str, due_at: dt.datetime | None, now: dt.datetime) -> dt.timedelta | None:
    if status in FINISHED or due_at is None:
        return None
    due = due_at if due_at.tzinfo is not None else due_at.replace(tzinfo=dt.UTC)
    return now - due if due < now else None


# --- targets -------------------------------------------------------------------------------


def _hours(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = int(value)
    return number if 0 < number <= MAX_HOURS and number == value else None


def get_targets(uow: UnitOfWork) -> dict[str, Target]:
    """The response and resolution hours per priority (every priority present). Reads only."""
    targets = dict(DEFAULT_TARGETS)
    raw = settings_store.team_setting(uow.session, TARGETS_KEY)
    if raw is not None:
        try:
            data = json.loads(raw)
        except ValueError:
            data = {}  # damaged by hand: the defaults keep cases due
        if isinstance(data, dict):
            for priority, base in DEFAULT_TARGETS.items():
                item = data.get(priority)
                if isinstance(item, dict):
                    response = _hours(item.get("response")) or base.response
                    resolution = _hours(item.get("resolution")) or base.resolution
                    targets[priority] = Target(response, resolution)
        return targets
    legacy = settings_store.team_setting(uow.session, LEGACY_KEY)
    if legacy is not None:
        try:
            data = json.loads(legacy)
        except ValueError:
            data = {}
        if isinstance(data, dict):
            for priority, base in DEFAULT_TARGETS.items():
                hours = _hours(data.get(priority))
                if hours is not None:
                    targets[priority] = Target(min(base.response, hours), hours)
    return targets


def save_targets(uow: UnitOfWork, targets: dict[str, Target]) -> dict[str, Target]:
    """Validate and store the targets of every priority; commits. ``FieldError`` names the
    first bad one as ``targets.<priority>.<response|resolution>``."""
    cleaned: dict[str, Target] = {}
    for priority in PRIORITIES:
        target = targets.get(priority, DEFAULT_TARGETS[priority])
        for field, value in (("response", target.response), ("resolution", target.resolution)):
            if _hours(value) is None:
                raise FieldError(
                    f"targets.{priority}.{field}",
                    QT_TRANSLATE_NOOP(
                        "errors", "A target is a whole number of hours from 1 to {limit}."
                    ),
                    limit=MAX_HOURS,
                )
        if target.response > target.resolution:
            raise FieldError(
                f"targets.{priority}.response",
                QT_TRANSLATE_NOOP(
                    "errors", "The first response cannot be due after the resolution."
                ),
            )
        cleaned[priority] = Target(int(target.response), int(target.resolution))
    text = json.dumps(
        {p: {"response": t.response, "resolution": t.resolution} for p, t in cleaned.items()}
    )
    settings_store.put_team_setting(uow.session, TARGETS_KEY, text)
    uow.commit()
    return cleaned


# --- writing -------------------------------------------------------------------------------


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def _choice(value: str | None, choices: tuple[str, ...], field: str) -> str:
    if value not in choices:
        raise FieldError(
            field, QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid choice"), value=value
        )
    return value


def _get(uow: UnitOfWork, model: type, record_id: str | None, what: str) -> object | None:
    key = parse_id(record_id, what)
    if key is None:
        return None
    row = uow.session.get(model, key)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(what, str(record_id))
    return row


def _case(uow: UnitOfWork, case_id: str) -> CareCase:
    key = parse_id(case_id, "care case")
    row = care_queries.live_case(uow.session, key) if key is not None else None
    if row is None:
        raise NotFoundError("care case", case_id)
    return row


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return moment.astimezone(dt.UTC)


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def create_case(
    uow: UnitOfWork, data: CaseInput, now: dt.datetime, user_id: str | None = None
) -> CaseDetail:
    """Open a case (status new) due by its priority's resolution target; commits.

    The customer is an account or a contact (a contact at a company brings its account).
    """
    now = _utc(now)
    subject = _clean(data.subject)
    if subject is None:
        raise FieldError("subject", QT_TRANSLATE_NOOP("errors", "A care case needs a subject."))
    category = _choice(data.category, CATEGORIES, "category")
    channel = _choice(data.channel, CHANNELS, "channel") if data.channel else None
    priority = _choice(data.priority, PRIORITIES, "priority")
    account = _get(uow, Account, data.account_id, "account")
    contact = _get(uow, Contact, data.contact_id, "contact")
    deal = _get(uow, Deal, data.deal_id, "deal")
    if account is None and contact is None and isinstance(deal, Deal):
        account_id, contact_id = deal.account_id, deal.contact_id
    else:
        account_id = account.id if isinstance(account, Account) else None
        contact_id = contact.id if isinstance(contact, Contact) else None
    if account_id is None and isinstance(contact, Contact):
        account_id = contact.account_id
    if account_id is None and contact_id is None:
        raise FieldError(
            "customer", QT_TRANSLATE_NOOP("errors", "Choose the customer: an account or a contact.")
        )
    owner = _get(uow, User, data.owner_id or user_id, "user")
    target = get_targets(uow)[priority]
    row = CareCase(
        subject=subject[:255],
        description=_clean(data.description),
        category=category,
        channel=channel,
        priority=priority,
        status=CareStatus.NEW.value,
        contact_id=contact_id,
        account_id=account_id,
        deal_id=deal.id if isinstance(deal, Deal) else None,
        owner_id=owner.id if isinstance(owner, User) else None,
        opened_at=now,
        due_at=now + dt.timedelta(hours=target.resolution),
        created_at=now,
        updated_at=now,
    )
    uow.session.add(row)
    uow.session.flush()
    case_id = str(row.id)
    uow.commit()
    return case_detail(uow, case_id)


def _record_status(
    uow: UnitOfWork, row: CareCase, to: str, now: dt.datetime, user_id: str | None
) -> None:
    before = row.status
    row.status = to
    row.updated_at = now
    user = _get(uow, User, user_id, "user")
    uow.session.add(
        Activity(
            type="note",
            subject=f"{before} -> {to}",
            body=f"{STATUS_MARKER}{before}>{to}]",
            done_at=now,
            care_case_id=row.id,
            owner_id=user.id if isinstance(user, User) else None,
            created_at=now,
            updated_at=now,
        )
    )


def _check_move(row: CareCase, to: str) -> None:
    _choice(to, STATUSES, "status")
    if to not in ALLOWED.get(row.status, ()):
        if row.status == CareStatus.CLOSED.value:
            raise FieldError(
                "status", QT_TRANSLATE_NOOP("errors", "A closed case cannot be changed.")
            )
        raise FieldError(
            "status",
            QT_TRANSLATE_NOOP("errors", "A case cannot move from '{before}' to '{after}'."),
            before=row.status,
            after=to,
        )


def change_status(
    uow: UnitOfWork, case_id: str, to: str, now: dt.datetime, user_id: str | None = None
) -> CaseDetail:
    """Move the case to ``to`` if ``ALLOWED``; commits. Resolving goes through ``resolve``
    (here without a score); reopening clears the resolution and its score."""
    now = _utc(now)
    row = _case(uow, case_id)
    _check_move(row, to)
    if to == CareStatus.RESOLVED.value:
        return resolve(uow, case_id, None, None, now, user_id)
    if to == CareStatus.IN_PROGRESS.value:
        if row.first_response_at is None:
            row.first_response_at = now
        if row.status == CareStatus.RESOLVED.value:
            row.resolved_at = None
            row.csat_score = None
            row.csat_comment = None
    if to == CareStatus.CLOSED.value:
        row.closed_at = now
    _record_status(uow, row, to, now, user_id)
    uow.commit()
    return case_detail(uow, case_id)


def resolve(
    uow: UnitOfWork,
    case_id: str,
    csat: int | None,
    comment: str | None,
    now: dt.datetime,
    user_id: str | None = None,
) -> CaseDetail:
    """Resolve an unfinished case, recording the customer's satisfaction (1..5, or None when
    not asked) and a comment; commits."""
    now = _utc(now)
    row = _case(uow, case_id)
    if row.status in FINISHED:
        raise FieldError(
            "status", QT_TRANSLATE_NOOP("errors", "This case is already resolved or closed.")
        )
    _check_move(row, CareStatus.RESOLVED.value)
    if csat is not None and (isinstance(csat, bool) or csat not in (1, 2, 3, 4, 5)):
        raise FieldError(
            "csat",
            QT_TRANSLATE_NOOP("errors", "The satisfaction score is from 1 to 5 (or none)."),
        )
    comment_text = _clean(comment)
    if comment_text is not None and csat is None:
        raise FieldError(
            "csat",
            QT_TRANSLATE_NOOP("errors", "Give the satisfaction score the comment goes with."),
        )
    row.resolved_at = now
    row.csat_score = csat
    row.csat_comment = comment_text
    if row.first_response_at is None:
        row.first_response_at = now
    _record_status(uow, row, CareStatus.RESOLVED.value, now, user_id)
    uow.commit()
    return case_detail(uow, case_id)


def log_message(
    uow: UnitOfWork,
    case_id: str,
    text: str,
    channel: str | None,
    direction: str,
    now: dt.datetime,
    user_id: str | None = None,
) -> CaseDetail:
    """Add a message to the case's conversation (an activity of its customer, done now);
    the first message out is the first response. A closed case takes no messages. Commits."""
    now = _utc(now)
    row = _case(uow, case_id)
    message = (text or "").strip()
    if not message:
        raise FieldError("text", QT_TRANSLATE_NOOP("errors", "Write the message first."))
    direction = _choice(direction, DIRECTIONS, "direction")
    channel = _choice(channel, CHANNELS, "channel") if channel else None
    if row.status == CareStatus.CLOSED.value:
        raise FieldError("status", QT_TRANSLATE_NOOP("errors", "A closed case cannot be changed."))
    user = _get(uow, User, user_id, "user")
    first_line, _, rest = message.partition("\n")
    first_line = first_line.strip()
    uow.session.add(
        Activity(
            type=_ACTIVITY_TYPE.get(channel or "", "note"),
            channel=channel,
            subject=first_line[:255],
            body=f"{MESSAGE_MARKER}{direction}]\n{message}",
            # The customer's timeline shows the outcome before the body: the rest of the
            # message ("" when it has one line), never the marker.
            outcome=" ".join(rest.split())[:255],
            done_at=now,
            contact_id=row.contact_id,
            account_id=row.account_id,
            deal_id=row.deal_id,
            care_case_id=row.id,
            owner_id=user.id if isinstance(user, User) else row.owner_id,
            created_at=now,
            updated_at=now,
        )
    )
    if direction == "out" and row.first_response_at is None:
        row.first_response_at = now
    row.updated_at = now
    uow.commit()
    return case_detail(uow, case_id)


# --- reading -------------------------------------------------------------------------------


def _entry(
    activity_id: uuid.UUID,
    at: dt.datetime,
    kind: str,
    channel: str | None,
    subject: str,
    body: str | None,
    outcome: str | None,
    user: str | None,
) -> LogEntry:
    moment = _aware(at) or at
    text = body or ""
    if text.startswith(STATUS_MARKER):
        marker = text.split("\n", 1)[0][len(STATUS_MARKER) : -1]
        before, _, after = marker.partition(">")
        return LogEntry(
            str(activity_id), moment, "status", kind, None, None, "", user, before, after
        )
    if text.startswith(MESSAGE_MARKER):
        head, _, rest = text.partition("\n")
        direction = head[len(MESSAGE_MARKER) : -1]
        return LogEntry(
            str(activity_id),
            moment,
            "message",
            kind,
            channel,
            direction if direction in DIRECTIONS else None,
            rest,
            user,
        )
    parts = [subject, outcome or "", text]
    return LogEntry(
        str(activity_id),
        moment,
        "activity",
        kind,
        channel,
        None,
        "\n".join(p for p in parts if p),
        user,
    )


def case_detail(uow: UnitOfWork, case_id: str) -> CaseDetail:
    """Every field of the case, its customer's and owner's names and the conversation log
    (oldest first). Reads only."""
    row = _case(uow, case_id)
    session = uow.session
    account, contact, owner = care_queries.names(session, row)
    log = tuple(_entry(*r) for r in care_queries.case_log(session, row.id))
    opened = _aware(row.opened_at) or row.opened_at
    response_hours = get_targets(uow).get(row.priority, DEFAULT_TARGETS["normal"]).response
    return CaseDetail(
        id=str(row.id),
        subject=row.subject,
        description=row.description,
        category=row.category,
        channel=row.channel,
        priority=row.priority,
        status=row.status,
        contact_id=str(row.contact_id) if row.contact_id else None,
        contact_name=contact,
        account_id=str(row.account_id) if row.account_id else None,
        account_name=account,
        deal_id=str(row.deal_id) if row.deal_id else None,
        owner_id=str(row.owner_id) if row.owner_id else None,
        owner_name=owner,
        opened_at=opened,
        due_at=_aware(row.due_at),
        response_due_at=opened + dt.timedelta(hours=response_hours),
        first_response_at=_aware(row.first_response_at),
        resolved_at=_aware(row.resolved_at),
        closed_at=_aware(row.closed_at),
        csat_score=row.csat_score,
        csat_comment=row.csat_comment,
        log=log,
    )


def case_filter(
    status: str | None = None,
    priority: str | None = None,
    owner_id: str | None = None,
    overdue_only: bool = False,
    text: str | None = None,
) -> CaseFilter:
    """A list filter from the window's choices (ids as text)."""
    return CaseFilter(
        status=status or None,
        priority=priority or None,
        owner_id=parse_id(owner_id, "user"),
        overdue_only=overdue_only,
        text=_clean(text),
    )


def case_count(uow: UnitOfWork, flt: CaseFilter, now: dt.datetime) -> int:
    return care_queries.case_count(uow.session, flt, _utc(now))


def case_page(
    uow: UnitOfWork, flt: CaseFilter, now: dt.datetime, offset: int, limit: int
) -> list[CaseRow]:
    """One page of the list: unfinished cases first, soonest due first; then the rest, newest
    first. Reads only."""
    rows = care_queries.case_page(uow.session, flt, _utc(now), offset, limit)
    return [
        CaseRow(
            id=str(i),
            subject=subject,
            customer=customer or "",
            channel=channel,
            priority=priority,
            status=status,
            owner=owner,
            due_at=_aware(due),
            opened_at=_aware(opened) or opened,
            resolved_at=_aware(resolved),
            csat_score=score,
            category=category,
        )
        for (
            i,
            subject,
            customer,
            channel,
            priority,
            status,
            owner,
            due,
            opened,
            resolved,
            score,
            category,
        ) in rows
    ]
