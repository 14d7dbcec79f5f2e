"""Customised follow-up: care plans per segment and "Apply plan".

A plan is a team setting (key ``segments.care_plans``): a JSON object from a segment key -- a
care group ("loyal", "potential", "new", "unaware") or an RFM segment ("champions",
"at_risk", ...) -- to its steps ``{"type": "visit", "every_days": 90, "subject": "..."}``.
Without a saved plan the default applies, named in the team's language.

``apply_plan`` turns the plans into open tasks for chosen customers. Each task's body starts
with a marker line ``[care.segment:<segment>:<type>:<period>]`` where ``period`` is
``today.toordinal() // every_days``: a customer that already has a live activity with that
marker is not given the step again in the same period ("never twice for the same period").

A customer is an account, or a contact without an account; a contact at a company stands for
its account (the task is linked to both). Any thread that owns the unit of work.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.enums import ActivityType
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services import segments
from desktop_crm.services.contacts import NotFoundError, parse_id
from desktop_crm.store import imports as settings_store
from desktop_crm.store import people
from desktop_crm.store import segment_plan_queries as q
from desktop_crm.store.models import Activity
from desktop_crm.store.uow import UnitOfWork

PLANS_KEY = "segments.care_plans"
MARKER_PREFIX = "[care.segment:"
DUE_TIME = dt.time(9, 0)
MAX_EVERY_DAYS = 3650
MAX_STEPS = 60

CARE_GROUPS = ("loyal", "potential", "new", "unaware")
RFM_SEGMENTS = (
    "champions",
    "loyal",
    "potential_loyalists",
    "new_customers",
    "promising",
    "need_attention",
    "at_risk",
    "cant_lose",
    "hibernating",
    "lost",
)
# Every key a plan may name, care groups first ("loyal" is both a care group and an RFM name).
SEGMENT_KEYS = tuple(dict.fromkeys(CARE_GROUPS + RFM_SEGMENTS))


@dataclass(frozen=True)
class PlanStep:
    """One follow-up of a segment's plan."""

    segment: str
    type: str  # ActivityType value
    every_days: int
    subject: str

    def marker(self, today: dt.date) -> str:
        period = today.toordinal() // self.every_days
        return f"{MARKER_PREFIX}{self.segment}:{self.type}:{period}]"


@dataclass(frozen=True)
class ApplyResult:
    created: int
    skipped_existing: int
    customers_without_plan: int
    task_ids: tuple[str, ...] = ()


_DEFAULTS: tuple[tuple[str, str, int, str, str], ...] = (
    ("champions", "visit", 90, "Thăm khách hàng thân thiết", "Visit a top customer"),
    ("loyal", "call", 60, "Gọi điện chăm sóc khách hàng", "Care call to a loyal customer"),
    ("at_risk", "call", 30, "Gọi điện giữ chân khách hàng", "Call a customer at risk"),
    (
        "cant_lose",
        "visit",
        30,
        "Thăm khách hàng lớn đang xa dần",
        "Visit a big customer slipping away",
    ),
    ("new", "call", 3650, "Gọi điện chào mừng", "Welcome call"),
    ("potential", "email", 30, "Gửi e-mail giới thiệu ưu đãi", "E-mail an offer"),
    ("hibernating", "email", 90, "Gửi e-mail hỏi thăm", "E-mail to say hello again"),
)


def default_plans(language: str = "vi") -> tuple[PlanStep, ...]:
    vietnamese = language.startswith("vi")
    return validate_plans(
        [
            PlanStep(segment, kind, every, vi if vietnamese else en)
            for segment, kind, every, vi, en in _DEFAULTS
        ]
    )


def validate_plans(steps: Sequence[PlanStep]) -> tuple[PlanStep, ...]:
    """The steps cleaned (subjects trimmed) in segment order, or ``FieldError`` naming the first
    bad field as ``plans.<index>.<field>`` with a message that names the row."""
    if len(steps) > MAX_STEPS:
        raise FieldError(
            "plans",
            QT_TRANSLATE_NOOP("errors", "Care plans have at most {limit} steps in all."),
            limit=MAX_STEPS,
        )
    valid_types = {t.value for t in ActivityType}
    cleaned: list[PlanStep] = []
    seen: set[tuple[str, str]] = set()
    for index, step in enumerate(steps):
        number = index + 1
        if step.segment not in SEGMENT_KEYS:
            raise FieldError(
                f"plans.{index}.segment",
                QT_TRANSLATE_NOOP("errors", "Row {number}: '{value}' is not a segment."),
                number=number,
                value=step.segment,
            )
        if step.type not in valid_types:
            raise FieldError(
                f"plans.{index}.type",
                QT_TRANSLATE_NOOP("errors", "Row {number}: '{value}' is not a kind of activity."),
                number=number,
                value=step.type,
            )
        if (
            isinstance(step.every_days, bool)
            or not isinstance(step.every_days, int)
            or not 1 <= step.every_days <= MAX_EVERY_DAYS
        ):
            raise FieldError(
                f"plans.{index}.every_days",
                QT_TRANSLATE_NOOP("errors", "Row {number}: repeat every 1 to {limit} days."),
                number=number,
                limit=MAX_EVERY_DAYS,
            )
        subject = " ".join(str(step.subject).split())
        if not subject:
            raise FieldError(
                f"plans.{index}.subject",
                QT_TRANSLATE_NOOP("errors", "Row {number}: say what is to be done."),
                number=number,
            )
        if (step.segment, step.type) in seen:
            # The marker names segment and kind: two alike would be scheduled only once.
            raise FieldError(
                f"plans.{index}.type",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Row {number}: the segment already has a step of this kind; "
                    "give it one step per kind of activity.",
                ),
                number=number,
            )
        seen.add((step.segment, step.type))
        cleaned.append(PlanStep(step.segment, step.type, step.every_days, subject[:255]))
    order = {key: i for i, key in enumerate(SEGMENT_KEYS)}
    return tuple(sorted(cleaned, key=lambda s: order[s.segment]))


def _parse(raw: str) -> tuple[PlanStep, ...]:
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise ValueError("not an object")
    return tuple(
        PlanStep(str(segment), str(item["type"]), int(item["every_days"]), str(item["subject"]))
        for segment, items in data.items()
        for item in items
    )


def get_plans(uow: UnitOfWork, language: str = "vi") -> tuple[PlanStep, ...]:
    """The saved plans, or the defaults in ``language`` when none were saved. Reads only."""
    raw = settings_store.team_setting(uow.session, PLANS_KEY)
    if raw is None:
        return default_plans(language)
    try:
        return validate_plans(_parse(raw))
    except (ValueError, TypeError, KeyError, FieldError):
        # Plans damaged by hand (or by a newer version) must not stop the program.
        return default_plans(language)


def save_plans(uow: UnitOfWork, steps: Sequence[PlanStep]) -> tuple[PlanStep, ...]:
    """Validate and store the plans (no steps: no segment gets follow-ups); commits."""
    cleaned = validate_plans(steps)
    data: dict[str, list[dict[str, object]]] = {}
    for step in cleaned:
        data.setdefault(step.segment, []).append(
            {"type": step.type, "every_days": step.every_days, "subject": step.subject}
        )
    settings_store.put_team_setting(uow.session, PLANS_KEY, json.dumps(data, ensure_ascii=False))
    uow.commit()
    return cleaned


def due_moment(today: dt.date, tz: dt.tzinfo | None = None) -> dt.datetime:
    """09:00 local time (``tz``, default the computer's zone) of ``today``, in UTC."""
    naive = dt.datetime.combine(today, DUE_TIME)
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(dt.UTC)


@dataclass(frozen=True)
class _Customer:
    kind: str  # account | contact
    id: uuid.UUID
    owner_id: uuid.UUID | None
    contact_id: uuid.UUID | None  # the person chosen, linked to the task too


def _resolve(uow: UnitOfWork, kind: str, record_id: str) -> _Customer:
    session = uow.session
    parsed = parse_id(record_id, kind)
    if kind == "contact":
        contact = people.live_contact(session, parsed) if parsed is not None else None
        if contact is None:
            raise NotFoundError("contact", record_id)
        if contact.account_id is not None:
            account = people.live_account(session, contact.account_id)
            if account is not None:
                owner = account.owner_id or contact.owner_id
                return _Customer("account", account.id, owner, contact.id)
        return _Customer("contact", contact.id, contact.owner_id, contact.id)
    if kind == "account":
        account = people.live_account(session, parsed) if parsed is not None else None
        if account is None:
            raise NotFoundError("account", record_id)
        return _Customer("account", account.id, account.owner_id, None)
    raise NotFoundError(kind, record_id)


def _own_segments(uow: UnitOfWork, customer: _Customer) -> list[str]:
    record = segments.segment_of(uow, customer.kind, str(customer.id))
    if record is None:
        return []
    found = [record.care_group, record.rfm_segment]
    return [key for key in dict.fromkeys(found) if key in SEGMENT_KEYS]


def apply_plan(
    uow: UnitOfWork,
    customers: Iterable[tuple[str, str]],
    segment_key: str | None,
    today: dt.date,
    now: dt.datetime,
    user_id: str | None,
    language: str = "vi",
    tz: dt.tzinfo | None = None,
) -> ApplyResult:
    """Create the open tasks of a segment's plan for ``customers`` ((kind, id) pairs); commits.

    ``segment_key`` None applies each customer's own plans: those of its care group and of its
    RFM segment (as last recomputed). Each task is due at 09:00 local time ``today``, belongs
    to the customer's owner (else ``user_id``), and is linked to the account and/or contact.
    Steps whose marker (see the module's docstring) the customer already carries are counted
    in ``skipped_existing``; customers whose segments have no steps in
    ``customers_without_plan``. All in one transaction. ``now`` (aware) is the moment of the
    action; the period and the due day come from ``today``, the caller's local day.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if segment_key is not None and segment_key not in SEGMENT_KEYS:
        raise FieldError(
            "segment",
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a segment."),
            value=segment_key,
        )
    session = uow.session
    plans: dict[str, list[PlanStep]] = {}
    for step in get_plans(uow, language):
        plans.setdefault(step.segment, []).append(step)
    owner_default = parse_id(user_id, "user") if user_id else None
    due = due_moment(today, tz)
    seen: set[tuple[str, uuid.UUID]] = set()
    created: list[Activity] = []
    skipped = without = 0
    for kind, record_id in customers:
        customer = _resolve(uow, kind, record_id)
        if (customer.kind, customer.id) in seen:
            continue  # two people of the same company: one customer
        seen.add((customer.kind, customer.id))
        keys = [segment_key] if segment_key is not None else _own_segments(uow, customer)
        steps = [step for key in keys for step in plans.get(key, [])]
        if not steps:
            without += 1
            continue
        have = {
            body.split("\n", 1)[0]
            for body in q.customer_task_bodies(session, customer.kind, customer.id, MARKER_PREFIX)
        }
        for step in steps:
            marker = step.marker(today)
            if marker in have:
                skipped += 1
                continue
            have.add(marker)
            task = Activity(
                type=step.type,
                subject=step.subject,
                body=marker,
                due_at=due,
                account_id=customer.id if customer.kind == "account" else None,
                contact_id=customer.contact_id,
                owner_id=customer.owner_id or owner_default,
            )
            session.add(task)
            created.append(task)
    session.flush()
    ids = tuple(str(t.id) for t in created)
    uow.commit()
    return ApplyResult(len(created), skipped, without, ids)
