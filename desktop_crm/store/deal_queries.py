"""Read queries of the deal board and the deal list. Every query skips tombstoned rows.

The board never loads every deal: the header figures of all stages are one grouped query, and
the cards come one stage and one page at a time. Open stages show the deals whose expected close
date is in the filter's period; the won and lost stages show the deals closed in ``closed_from``
.. ``closed_to`` (otherwise they would hold every deal ever closed).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from desktop_crm.domain.text import fold
from desktop_crm.store.models import (
    Account,
    Activity,
    Contact,
    Deal,
    DealStageChange,
    LostReason,
    Stage,
    User,
)


@dataclass(frozen=True)
class DealFilter:
    """Which deals the board and the list show. Dates are inclusive; None means no bound."""

    owner_id: uuid.UUID | None = None
    close_from: dt.date | None = None  # expected close date, open stages
    close_to: dt.date | None = None
    closed_from: dt.datetime | None = None  # closed_at (UTC), won and lost stages
    closed_to: dt.datetime | None = None  # exclusive
    text: str | None = None


@dataclass(frozen=True)
class StageRow:
    id: uuid.UUID
    name: str
    position: int
    probability: Decimal
    kind: str
    rotting_days: int | None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _customer_name() -> ColumnElement[Any]:
    return func.coalesce(Account.name, Contact.full_name)


def _conditions(filt: DealFilter) -> list[ColumnElement[bool]]:
    """Conditions on a select that joins Deal, Stage, and outer-joins Account and Contact."""
    conds: list[ColumnElement[bool]] = [Deal.deleted_at.is_(None)]
    if filt.owner_id is not None:
        conds.append(Deal.owner_id == filt.owner_id)
    open_conds: list[ColumnElement[bool]] = [Stage.kind == "open"]
    if filt.close_from is not None:
        open_conds.append(Deal.expected_close_date >= filt.close_from)
    if filt.close_to is not None:
        open_conds.append(Deal.expected_close_date <= filt.close_to)
    closed_conds: list[ColumnElement[bool]] = [Stage.kind != "open"]
    if filt.closed_from is not None:
        closed_conds.append(Deal.closed_at >= filt.closed_from)
    if filt.closed_to is not None:
        closed_conds.append(Deal.closed_at < filt.closed_to)
    conds.append(or_(and_(*open_conds), and_(*closed_conds)))
    text = (filt.text or "").strip()
    if text:
        folded = fold(text)
        conds.append(
            or_(
                # LIKE folds ASCII case only; customers' names also match without diacritics.
                Deal.title.like(_like(text), escape="\\"),
                Account.search_text.like(_like(folded), escape="\\"),
                Contact.search_text.like(_like(folded), escape="\\"),
            )
        )
    return conds


def _joined(stmt: Any) -> Any:
    return (
        stmt.join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(Account, Account.id == Deal.account_id)
        .outerjoin(Contact, Contact.id == Deal.contact_id)
    )


def stages(session: Session, pipeline_id: uuid.UUID) -> list[StageRow]:
    stmt = (
        select(Stage)
        .where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))
        .order_by(Stage.position)
    )
    return [
        StageRow(s.id, s.name, s.position, s.probability, s.kind, s.rotting_days)
        for s in session.scalars(stmt)
    ]


def header_groups(
    session: Session, pipeline_id: uuid.UUID, filt: DealFilter
) -> list[tuple[uuid.UUID, str, Decimal, int, Decimal]]:
    """(stage id, currency, effective probability, count, sum of amounts) per group.

    The sums are exact (scaled integers); the weighted total is then sum × probability for the
    few distinct probabilities, which stays exact and cannot overflow SQLite's 64-bit integers.
    """
    probability = func.coalesce(Deal.probability, Stage.probability).label("probability")
    stmt = _joined(
        select(Deal.stage_id, Deal.currency, probability, func.count(), func.sum(Deal.amount))
    )
    stmt = stmt.where(Deal.pipeline_id == pipeline_id, *_conditions(filt)).group_by(
        Deal.stage_id, Deal.currency, probability
    )
    return [
        (stage_id, currency, Decimal(prob), int(n), total or Decimal(0))
        for stage_id, currency, prob, n, total in session.execute(stmt)
    ]


@dataclass(frozen=True)
class CardRow:
    id: uuid.UUID
    title: str
    customer: str | None
    amount: Decimal
    currency: str
    probability: Decimal
    expected_close_date: dt.date | None
    owner: str | None
    stage_id: uuid.UUID
    stage_name: str
    stage_kind: str
    stage_position: int
    rotting_days: int | None
    stage_entered_at: dt.datetime
    status: str
    next_step_overdue: bool


def _card_select(now: dt.datetime) -> Any:
    overdue = (
        exists()
        .where(
            Activity.deal_id == Deal.id,
            Activity.deleted_at.is_(None),
            Activity.done_at.is_(None),
            Activity.due_at < now,
        )
        .correlate(Deal)
    )
    stmt = select(
        Deal.id,
        Deal.title,
        _customer_name(),
        Deal.amount,
        Deal.currency,
        func.coalesce(Deal.probability, Stage.probability),
        Deal.expected_close_date,
        User.name,
        Stage.id,
        Stage.name,
        Stage.kind,
        Stage.position,
        Stage.rotting_days,
        Deal.stage_entered_at,
        Deal.status,
        overdue,
    )
    return _joined(stmt).outerjoin(User, User.id == Deal.owner_id)


def _cards(session: Session, stmt: Any) -> list[CardRow]:
    rows = []
    for row in session.execute(stmt).all():
        values = list(row)
        values[15] = bool(values[15])
        rows.append(CardRow(*values))
    return rows


def stage_cards(
    session: Session,
    stage_id: uuid.UUID,
    filt: DealFilter,
    now: dt.datetime,
    offset: int,
    limit: int,
) -> list[CardRow]:
    """One page of a stage's cards, by expected close date (those without one last)."""
    stmt = (
        _card_select(now)
        .where(Deal.stage_id == stage_id, *_conditions(filt))
        .order_by(Deal.expected_close_date.is_(None), Deal.expected_close_date, Deal.title, Deal.id)
        .offset(offset)
        .limit(limit)
    )
    return _cards(session, stmt)


LIST_SORTS = (
    "title",
    "customer",
    "stage",
    "amount",
    "currency",
    "probability",
    "expected_close",
    "owner",
    "days_in_stage",
)


def _sort_column(sort: str) -> Any:
    columns = {
        "title": Deal.title,
        "customer": _customer_name(),
        "stage": Stage.position,
        "amount": Deal.amount,
        "currency": Deal.currency,
        "probability": func.coalesce(Deal.probability, Stage.probability),
        "expected_close": Deal.expected_close_date,
        "owner": User.name,
        # Entered longest ago = most days in the stage; the caller flips the direction.
        "days_in_stage": Deal.stage_entered_at,
    }
    if sort not in columns:
        raise ValueError(f"unknown sort {sort!r}; use one of {', '.join(LIST_SORTS)}")
    return columns[sort]


def list_count(session: Session, pipeline_id: uuid.UUID, filt: DealFilter) -> int:
    stmt = _joined(select(func.count()).select_from(Deal)).where(
        Deal.pipeline_id == pipeline_id, *_conditions(filt)
    )
    return int(session.execute(stmt).scalar_one())


def list_page(
    session: Session,
    pipeline_id: uuid.UUID,
    filt: DealFilter,
    now: dt.datetime,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
) -> list[CardRow]:
    """One page of the deal list, sorted in SQL; ties broken by id so pages never overlap."""
    column = _sort_column(sort)
    if sort == "days_in_stage":
        descending = not descending
    order = [column.is_(None), column.desc() if descending else column, Deal.id]
    stmt = (
        _card_select(now)
        .where(Deal.pipeline_id == pipeline_id, *_conditions(filt))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    return _cards(session, stmt)


def lost_reasons(session: Session) -> list[str]:
    stmt = (
        select(LostReason.name)
        .where(LostReason.deleted_at.is_(None), LostReason.is_active.is_(True))
        .order_by(LostReason.position, LostReason.name)
    )
    return list(session.scalars(stmt))


def customer_choices(
    session: Session, text: str, limit: int = 15
) -> list[tuple[str, uuid.UUID, str]]:
    """("account" | "contact", id, name) of customers whose folded text contains ``text``."""
    folded = fold(text)
    if not folded:
        return []
    found: list[tuple[str, uuid.UUID, str]] = []
    for kind, model, name in (
        ("account", Account, Account.name),
        ("contact", Contact, Contact.full_name),
    ):
        stmt = (
            select(model.id, name)
            .where(model.deleted_at.is_(None), model.search_text.like(_like(folded), escape="\\"))
            .order_by(func.length(name), model.id)
            .limit(limit)
        )
        found.extend((kind, i, n) for i, n in session.execute(stmt))
    return found


def names(session: Session, kind: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    model, column = (Account, Account.name) if kind == "account" else (Contact, Contact.full_name)
    if not ids:
        return {}
    return dict(session.execute(select(model.id, column).where(model.id.in_(list(ids)))).all())


def history(
    session: Session, deal_id: uuid.UUID
) -> list[tuple[uuid.UUID, uuid.UUID | None, uuid.UUID, dt.datetime, uuid.UUID | None]]:
    c = DealStageChange
    stmt = (
        select(c.deal_id, c.from_stage_id, c.to_stage_id, c.changed_at, c.changed_by_id)
        .where(c.deal_id == deal_id, c.deleted_at.is_(None))
        .order_by(c.changed_at, c.id)
    )
    return [tuple(row) for row in session.execute(stmt).all()]  # type: ignore[misc]
