"""Key and clock helpers shared by the store."""

from __future__ import annotations

import datetime as dt
import uuid

import uuid6


def new_id() -> uuid.UUID:
    """A UUIDv7: made on this laptop, unique across laptops, sorts by creation time."""
    return uuid.UUID(bytes=uuid6.uuid7().bytes)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
