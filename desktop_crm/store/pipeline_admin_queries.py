"""Queries behind the pipeline settings and the care plan. Every query skips tombstoned rows."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_crm.store.models import Activity, Deal, LostReason, Pipeline, Stage


def pipelines(session: Session) -> list[Pipeline]:
    stmt = (
        select(Pipeline)
        .where(Pipeline.deleted_at.is_(None))
        .order_by(Pipeline.position, Pipeline.created_at)
    )
    return list(session.scalars(stmt))


def pipeline(session: Session, pipeline_id: uuid.UUID) -> Pipeline | None:
    row = session.get(Pipeline, pipeline_id)
    return row if row is not None and row.deleted_at is None else None


def stages(session: Session, pipeline_id: uuid.UUID) -> list[Stage]:
    stmt = (
        select(Stage)
        .where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))
        .order_by(Stage.position, Stage.created_at)
    )
    return list(session.scalars(stmt))


def stage(session: Session, stage_id: uuid.UUID) -> Stage | None:
    row = session.get(Stage, stage_id)
    return row if row is not None and row.deleted_at is None else None


def deal_counts_by_stage(session: Session) -> dict[uuid.UUID, int]:
    """Live deals (any status) per stage."""
    stmt = (
        select(Deal.stage_id, func.count()).where(Deal.deleted_at.is_(None)).group_by(Deal.stage_id)
    )
    return {stage_id: int(n) for stage_id, n in session.execute(stmt)}


def deals_in_stage(session: Session, stage_id: uuid.UUID) -> list[Deal]:
    stmt = select(Deal).where(Deal.stage_id == stage_id, Deal.deleted_at.is_(None))
    return list(session.scalars(stmt))


def live_deal(session: Session, deal_id: uuid.UUID) -> Deal | None:
    row = session.get(Deal, deal_id)
    return row if row is not None and row.deleted_at is None else None


def lost_reasons(session: Session) -> list[LostReason]:
    stmt = (
        select(LostReason)
        .where(LostReason.deleted_at.is_(None))
        .order_by(LostReason.position, LostReason.created_at)
    )
    return list(session.scalars(stmt))


def lost_reason(session: Session, reason_id: uuid.UUID) -> LostReason | None:
    row = session.get(LostReason, reason_id)
    return row if row is not None and row.deleted_at is None else None


def deal_task_bodies(session: Session, deal_id: uuid.UUID, prefix: str) -> list[str]:
    """Bodies starting with ``prefix`` of the live activities linked to a deal."""
    stmt = select(Activity.body).where(
        Activity.deal_id == deal_id,
        Activity.deleted_at.is_(None),
        Activity.body.startswith(prefix, autoescape=True),
    )
    return [body for body in session.scalars(stmt) if body]


def add(session: Session, row: object) -> None:
    session.add(row)
    session.flush()
