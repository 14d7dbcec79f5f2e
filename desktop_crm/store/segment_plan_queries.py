"""What "Apply care plan" reads: the marker lines a customer's tasks already carry."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.store.models import Activity


def customer_task_bodies(
    session: Session, kind: str, record_id: uuid.UUID, prefix: str
) -> list[str]:
    """Bodies starting with ``prefix`` of the live activities of an account (``kind`` "account")
    or of a contact (``kind`` "contact")."""
    column = Activity.account_id if kind == "account" else Activity.contact_id
    stmt = select(Activity.body).where(
        column == record_id,
        Activity.deleted_at.is_(None),
        Activity.body.startswith(prefix, autoescape=True),
    )
    return [body for body in session.scalars(stmt) if body]
