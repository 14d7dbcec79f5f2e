"""Alembic environment. The program passes an open connection in ``config.attributes``;
the ``alembic`` command line (for developers) uses ``sqlalchemy.url`` instead."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from desktop_crm.store.models import SEARCH_FTS_TABLE, Base
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


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """The FTS5 search table and its shadow tables are made by hand, not from the models."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_FTS_TABLE))


def run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        transactional_ddl=True,  # the engine sends a real BEGIN: a failed upgrade rolls back
        render_item=render_item,
        include_name=include_name,
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
