"""Queries of the care cases: the filtered, paged list and a case's conversation log.

Every query skips tombstoned rows. The list is ordered most urgent first: open cases by due
time (none last), then resolved and closed ones, newest first.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop_crm.domain.text import fold
from desktop_crm.store.models import Account, Activity, CareCase, Contact, User

FINISHED = ("resolved", "closed")


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None  # one CareStatus value; "open" = neither resolved nor closed
    priority: str | None = None
    owner_id: uuid.UUID | None = None
    overdue_only: bool = False
    text: str | None = None  # part of the subject or of the customer's name


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(flt: CaseFilter, now: dt.datetime) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [CareCase.deleted_at.is_(None)]
    if flt.status == "open":
        conditions.append(CareCase.status.not_in(FINISHED))
    elif flt.status:
        conditions.append(CareCase.status == flt.status)
    if flt.priority:
        conditions.append(CareCase.priority == flt.priority)
    if flt.owner_id is not None:
        conditions.append(CareCase.owner_id == flt.owner_id)
    if flt.overdue_only:
        conditions.append(overdue_condition(now))
    text = (flt.text or "").strip()
    if text:
        folded = fold(text)
        conditions.append(
            or_(
                func.lower(CareCase.subject).like(_like(text.lower()), escape="\\"),
                Contact.search_text.like(_like(folded), escape="\\"),
                Account.search_text.like(_like(folded), escape="\\"),
            )
        )
    return conditions


def overdue_condition(now: dt.datetime) -> ColumnElement[bool]:
    return and_(
        CareCase.status.not_in(FINISHED), CareCase.due_at.is_not(None), CareCase.due_at < now
    )


def _joined(stmt: Any) -> Any:
    return stmt.outerjoin(Contact, Contact.id == CareCase.contact_id).outerjoin(
        Account, Account.id == CareCase.account_id
    )


def case_count(session: Session, flt: CaseFilter, now: dt.datetime) -> int:
    stmt = _joined(select(func.count(CareCase.id)).select_from(CareCase)).where(*_where(flt, now))
    return int(session.scalar(stmt) or 0)


def case_page(
    session: Session, flt: CaseFilter, now: dt.datetime, offset: int, limit: int
) -> list[Any]:
    """Rows (id, subject, customer name, channel, priority, status, owner name, due_at,
    opened_at, resolved_at, csat_score, category) of one page."""
    finished = case((CareCase.status.in_(FINISHED), 1), else_=0)
    stmt = (
        _joined(
            select(
                CareCase.id,
                CareCase.subject,
                func.coalesce(Account.name, Contact.full_name),
                CareCase.channel,
                CareCase.priority,
                CareCase.status,
                User.name,
                CareCase.due_at,
                CareCase.opened_at,
                CareCase.resolved_at,
                CareCase.csat_score,
                CareCase.category,
            ).select_from(CareCase)
        )
        .outerjoin(User, User.id == CareCase.owner_id)
        .where(*_where(flt, now))
        .order_by(
            finished,
            case((finished == 0, CareCase.due_at.is_(None)), else_=False),
            case((finished == 0, CareCase.due_at), else_=None),
            CareCase.opened_at.desc(),
            CareCase.id,
        )
        .offset(offset)
        .limit(limit)
    )
    return list(session.execute(stmt))


def live_case(session: Session, case_id: uuid.UUID) -> CareCase | None:
    row = session.get(CareCase, case_id)
    return row if row is not None and row.deleted_at is None else None


def case_log(session: Session, case_id: uuid.UUID) -> list[Any]:
    """(id, at, type, channel, subject, body, outcome, owner name) of the case's activities,
    oldest first."""
    at = func.coalesce(Activity.done_at, Activity.created_at)
    stmt = (
        select(
            Activity.id,
            at,
            Activity.type,
            Activity.channel,
            Activity.subject,
            Activity.body,
            Activity.outcome,
            User.name,
        )
        .outerjoin(User, User.id == Activity.owner_id)
        .where(Activity.care_case_id == case_id, Activity.deleted_at.is_(None))
        .order_by(at, Activity.created_at, Activity.id)
    )
    return list(session.execute(stmt))


def names(session: Session, case: CareCase) -> tuple[str | None, str | None, str | None]:
    """The names of the case's account, contact and owner."""
    account = (
        session.scalar(select(Account.name).where(Account.id == case.account_id))
        if case.account_id
        else None
    )
    contact = (
        session.scalar(select(Contact.full_name).where(Contact.id == case.contact_id))
        if case.contact_id
        else None
    )
    owner = (
        session.scalar(select(User.name).where(User.id == case.owner_id)) if case.owner_id else None
    )
    return account, contact, owner
