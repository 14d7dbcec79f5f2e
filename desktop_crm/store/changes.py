"""Stamps every written synced row with this device's next change number.

A later sync asks "which rows have change_seq greater than what I last sent?". The counter
lives in the ``device`` row and moves in the same transaction as the rows it stamps, so a
rolled-back write leaves no gap that a sync could mistake for sent data.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, update
from sqlalchemy.orm import Session, sessionmaker

from desktop_crm.store.ids import utcnow
from desktop_crm.store.models import Device, SyncColumns


def reserve_change_numbers(session: Session, count: int) -> int:
    """Reserve ``count`` change numbers; return the first. Runs inside the caller's transaction."""
    last = session.execute(
        update(Device)
        .values(last_change_seq=Device.last_change_seq + count)
        .returning(Device.last_change_seq)
    ).scalar_one()
    return int(last) - count + 1


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    new = set(session.new)  # session.new builds a fresh set on every access
    changed = [
        obj
        for obj in (*new, *session.dirty)
        if isinstance(obj, SyncColumns) and (obj in new or session.is_modified(obj))
    ]
    if not changed:
        return
    first = reserve_change_numbers(session, len(changed))
    now = utcnow()
    for offset, obj in enumerate(changed):
        obj.change_seq = first + offset
        if obj not in new:
            obj.updated_at = now


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _stamp)
