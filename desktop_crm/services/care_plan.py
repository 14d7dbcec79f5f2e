"""Care after the sale: the follow-up tasks a won deal gets.

The plan is a team setting (key ``care.after_win``): a JSON list of steps
``{"days_after": 2, "type": "call", "subject": "Thank-you call"}``. Without a saved plan the
default applies: a thank-you call after 2 days and a satisfaction check after 30 days, named in
the team's language.

``schedule_after_win`` turns the plan into open tasks for the deal's owner. Each task's body
starts with a marker line ``[care.after_win:<days_after>:<type>]`` that identifies its step; a
deal that already has a live activity with that marker does not get the step again, so a deal
that is won twice (won, reopened, won) is not given duplicates. Any thread that owns the unit
of work.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.enums import ActivityType
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services.contacts import NotFoundError, parse_id
from desktop_crm.store import imports as settings_store
from desktop_crm.store import pipeline_admin_queries as q
from desktop_crm.store.models import Activity
from desktop_crm.store.uow import UnitOfWork

PLAN_KEY = "care.after_win"
MARKER_PREFIX = "[care.after_win:"
DUE_TIME = dt.time(9, 0)
MAX_DAYS = 3650
MAX_STEPS = 20


@dataclass(frozen=True)
class CareStep:
    days_after: int
    type: str  # ActivityType value
    subject: str

    @property
    def marker(self) -> str:
        return f"{MARKER_PREFIX}{self.days_after}:{self.type}]"


_DEFAULT_SUBJECTS = {
    "en": ("Thank-you call", "Satisfaction check"),
    "vi": ("Gọi điện cảm ơn", "Kiểm tra mức độ hài lòng"),
}


def default_plan(language: str = "vi") -> tuple[CareStep, ...]:
    thanks, check = _DEFAULT_SUBJECTS["vi" if language.startswith("vi") else "en"]
    return (
        CareStep(2, ActivityType.CALL.value, thanks),
        CareStep(30, ActivityType.CALL.value, check),
    )


def validate_steps(steps: list[CareStep] | tuple[CareStep, ...]) -> tuple[CareStep, ...]:
    """The steps cleaned (subjects trimmed) and sorted by day, or ``FieldError`` naming the
    first bad field as ``steps.<index>.<field>``."""
    if len(steps) > MAX_STEPS:
        raise FieldError(
            "steps",
            QT_TRANSLATE_NOOP("errors", "A care plan has at most {limit} steps."),
            limit=MAX_STEPS,
        )
    valid_types = {t.value for t in ActivityType}
    cleaned: list[CareStep] = []
    seen: set[str] = set()
    for index, step in enumerate(steps):
        number = index + 1
        if not isinstance(step.days_after, int) or not 0 <= step.days_after <= MAX_DAYS:
            raise FieldError(
                f"steps.{index}.days_after",
                QT_TRANSLATE_NOOP(
                    "errors", "Step {number}: the days after the sale must be from 0 to {limit}."
                ),
                number=number,
                limit=MAX_DAYS,
            )
        if step.type not in valid_types:
            raise FieldError(
                f"steps.{index}.type",
                QT_TRANSLATE_NOOP("errors", "Step {number}: '{value}' is not a kind of activity."),
                number=number,
                value=step.type,
            )
        subject = " ".join(step.subject.split())
        if not subject:
            raise FieldError(
                f"steps.{index}.subject",
                QT_TRANSLATE_NOOP("errors", "Step {number}: say what is to be done."),
                number=number,
            )
        clean = CareStep(step.days_after, step.type, subject[:255])
        if clean.marker in seen:
            # The marker identifies the step: two alike would be scheduled only once.
            raise FieldError(
                f"steps.{index}.days_after",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Step {number}: another step has the same kind of activity on the same day.",
                ),
                number=number,
            )
        seen.add(clean.marker)
        cleaned.append(clean)
    return tuple(sorted(cleaned, key=lambda s: s.days_after))


def get_plan(uow: UnitOfWork, language: str = "vi") -> tuple[CareStep, ...]:
    """The saved plan, or the default in ``language`` when none was saved. Reads only."""
    raw = settings_store.team_setting(uow.session, PLAN_KEY)
    if raw is None:
        return default_plan(language)
    try:
        items = json.loads(raw)
        return tuple(
            CareStep(int(i["days_after"]), str(i["type"]), str(i["subject"])) for i in items
        )
    except (ValueError, TypeError, KeyError):
        # A plan damaged by hand (or by a newer version) must not stop deals from being won.
        return default_plan(language)


def save_plan(
    uow: UnitOfWork, steps: list[CareStep] | tuple[CareStep, ...]
) -> tuple[CareStep, ...]:
    """Validate and store the plan (an empty plan schedules nothing); commits."""
    cleaned = validate_steps(steps)
    value = json.dumps(
        [{"days_after": s.days_after, "type": s.type, "subject": s.subject} for s in cleaned],
        ensure_ascii=False,
    )
    settings_store.put_team_setting(uow.session, PLAN_KEY, value)
    uow.commit()
    return cleaned


def due_moment(won_at: dt.datetime, days_after: int, tz: dt.tzinfo | None = None) -> dt.datetime:
    """09:00 local time (``tz``, default the computer's zone) of the day ``days_after`` days
    after the local day of ``won_at``, in UTC."""
    if won_at.tzinfo is None:
        raise ValueError("won_at must be timezone-aware")
    local_day = (won_at.astimezone(tz) if tz is not None else won_at.astimezone()).date()
    day = local_day + dt.timedelta(days=days_after)
    naive = dt.datetime.combine(day, DUE_TIME)
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(dt.UTC)


def schedule_after_win(
    uow: UnitOfWork,
    deal_id: str,
    won_at: dt.datetime,
    language: str = "vi",
    tz: dt.tzinfo | None = None,
) -> list[str]:
    """Create the plan's open tasks for a just-won deal; returns the ids of new tasks.

    Each task belongs to the deal's owner, is linked to the deal, its account and contact,
    and falls due at 09:00 local time ``days_after`` days after ``won_at``. Steps the deal
    already has (see the marker in the module's docstring) are skipped. Runs in the caller's
    transaction: flushes, never commits.
    """
    session = uow.session
    parsed = parse_id(deal_id, "deal")
    deal = q.live_deal(session, parsed) if parsed is not None else None
    if deal is None:
        raise NotFoundError("deal", deal_id)
    existing = q.deal_task_bodies(session, deal.id, MARKER_PREFIX)
    have = {body.split("\n", 1)[0] for body in existing}
    created: list[Activity] = []
    for step in get_plan(uow, language):
        if step.marker in have:
            continue
        have.add(step.marker)
        task = Activity(
            type=step.type,
            subject=step.subject,
            body=step.marker,
            due_at=due_moment(won_at, step.days_after, tz),
            contact_id=deal.contact_id,
            account_id=deal.account_id,
            deal_id=deal.id,
            owner_id=deal.owner_id,
        )
        session.add(task)
        created.append(task)
    session.flush()
    return [str(t.id) for t in created]
