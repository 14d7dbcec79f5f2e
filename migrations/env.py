"""Alembic environment. The program passes an open connection in ``config.attributes``;
the ``alembic`` command line (for developers) uses ``sqlalchemy.url`` instead."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from desktop_crm.store.models import Base
from desktop_crm.store.types import ScaledDecimal, UTCDateTime

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Write our column types as their plain storage types, so migrations never import them."""
    if type_ == "type" and isinstance(obj, ScaledDecimal):
        return "sa.BigInteger()"
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        transactional_ddl=True,  # the engine sends a real BEGIN: a failed upgrade rolls back
        render_item=render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///dev.sqlite3")
    with engine.begin() as conn:
        run(conn)
