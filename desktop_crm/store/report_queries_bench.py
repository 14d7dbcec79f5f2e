"""Queries the benchmarks need to pick realistic inputs."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_crm.store.models import Activity


def busiest_account(session: Session) -> str | None:
    """The id of the account with the most activities (the customer statement's worst case)."""
    stmt = (
        select(Activity.account_id)
        .where(Activity.account_id.is_not(None), Activity.deleted_at.is_(None))
        .group_by(Activity.account_id)
        .order_by(func.count().desc())
        .limit(1)
    )
    found = session.scalar(stmt)
    return str(found) if found is not None else None
