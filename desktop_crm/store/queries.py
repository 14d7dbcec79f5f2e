"""Read queries shared by several services. Every query skips tombstoned rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_crm.store.models import (
    Activity,
    CareCase,
    CompanyProfile,
    Deal,
    Pipeline,
    Quote,
    Stage,
    SyncColumns,
)

M = TypeVar("M", bound=SyncColumns)


def count_live(session: Session, model: type[Any], *where: Any) -> int:
    stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)
    return int(session.scalar(stmt) or 0)


def company_profile(session: Session) -> CompanyProfile | None:
    stmt = (
        select(CompanyProfile)
        .where(CompanyProfile.deleted_at.is_(None))
        .order_by(CompanyProfile.created_at)
        .limit(1)
    )
    return session.scalars(stmt).first()


def default_pipeline(session: Session) -> Pipeline | None:
    stmt = (
        select(Pipeline)
        .where(Pipeline.deleted_at.is_(None))
        .order_by(Pipeline.is_default.desc(), Pipeline.position)
        .limit(1)
    )
    return session.scalars(stmt).first()


def pipeline_stages(session: Session, pipeline: Pipeline) -> list[Stage]:
    stmt = (
        select(Stage)
        .where(Stage.pipeline_id == pipeline.id, Stage.deleted_at.is_(None))
        .order_by(Stage.position)
    )
    return list(session.scalars(stmt))


def open_deal_totals(session: Session) -> list[tuple[str, int, Decimal]]:
    """(currency, number of open deals, sum of amounts) per currency."""
    stmt = (
        select(Deal.currency, func.count(), func.sum(Deal.amount))
        .where(Deal.deleted_at.is_(None), Deal.status == "open")
        .group_by(Deal.currency)
        .order_by(Deal.currency)
    )
    # SUM over the scaled integers is exact; the column type turns it back into a Decimal.
    return [(cur, int(n), total or Decimal(0)) for cur, n, total in session.execute(stmt)]


def quote_counts_by_status(session: Session) -> dict[str, int]:
    stmt = (
        select(Quote.status, func.count()).where(Quote.deleted_at.is_(None)).group_by(Quote.status)
    )
    return {status: int(n) for status, n in session.execute(stmt)}


def open_care_cases(session: Session) -> int:
    return count_live(session, CareCase, CareCase.status.not_in(("resolved", "closed")))


def tasks_due(session: Session, until: dt.datetime) -> int:
    """Activities not done whose due time is before ``until`` (overdue and due today)."""
    return count_live(
        session,
        Activity,
        Activity.done_at.is_(None),
        Activity.due_at.is_not(None),
        Activity.due_at < until,
    )
