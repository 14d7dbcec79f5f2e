"""Fast inserts of many rows of synced tables inside one unit of work (demo data, imports).

The ORM costs tens of microseconds per object. Rows here are plain dicts keyed by column name,
written in chunks on the unit of work's connection, so everything lands in the caller's single
transaction: leaving the unit of work without ``commit()`` rolls all of it back.

Every value still goes through its column type's bind processor (``ScaledDecimal`` refuses
floats, ``UTCDateTime`` refuses naive datetimes). On SQLite three things make a large load
several times faster than Core's ``connection.execute(table.insert(), dicts)`` (which is still
used for other databases):

* processors are applied column by column and the rows handed to the driver's ``executemany``
  as tuples, instead of building a parameter dict per row; the hottest processor, UTC
  datetimes to SQLite's text form, has a shortcut checked against the type's own processor;
* each chunk is written in key order: UUIDv7 keys then fill the primary key's index in runs;
* a table's secondary (non-unique) indexes are dropped before its first rows and built again
  in one sorted pass at the end, inside the same transaction. Inserting into eight indexes
  on random UUIDs row by row costs more than the rows themselves.

Each row gets its ``change_seq`` from ``store.changes.reserve_change_numbers`` (the ORM's
``before_flush`` stamp does not run here). The caller supplies ``id``, ``created_at`` and
``updated_at``: the columns' Python defaults would call the clock and the random generator once
per row, which is slow and would make a seeded build irreproducible. Other columns left out of
the dicts get their scalar default, or NULL.

Runs on the thread that owns the unit of work.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from itertools import repeat
from operator import itemgetter
from types import TracebackType
from typing import Any

from sqlalchemy import Column, Connection, Table, select
from sqlalchemy.engine import Dialect

from desktop_crm.store.changes import reserve_change_numbers
from desktop_crm.store.models import Base, Device, SyncColumns
from desktop_crm.store.types import UTCDateTime
from desktop_crm.store.uow import UnitOfWork

DEFAULT_CHUNK_ROWS = 20_000
_REQUIRED = ("id", "created_at", "updated_at")

Processor = Callable[[Any], Any]


def _utc_text_processor(generic: Processor) -> Processor:
    """``generic`` (UTCDateTime on SQLite) made cheap for the common case of a UTC datetime."""
    datetime_type, utc = dt.datetime, dt.UTC

    def process(value: Any) -> Any:
        if type(value) is datetime_type and value.tzinfo is utc:
            return "%04d-%02d-%02d %02d:%02d:%02d.%06d" % (  # noqa: UP031 - fastest
                value.year,
                value.month,
                value.day,
                value.hour,
                value.minute,
                value.second,
                value.microsecond,
            )
        return generic(value)

    probe = dt.datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=dt.UTC)
    return process if process(probe) == generic(probe) else generic


class _Plan:
    """How one table's rows with one set of keys become driver parameters."""

    def __init__(self, table: Table, keys: frozenset[str], dialect: Dialect) -> None:
        unknown = keys - set(table.c.keys())
        if unknown:
            raise ValueError(f"{table.name} has no column {', '.join(sorted(unknown))}")
        self.sources: list[tuple[str | None, Any, Processor | None]] = []
        for column in table.columns:
            fixed = None
            if column.key not in keys:
                fixed = _fallback(table, column)
            processor: Processor | None = column.type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None and isinstance(column.type, UTCDateTime):
                processor = _utc_text_processor(processor)
            if processor is not None and column.key not in keys:
                fixed, processor = processor(fixed), None
            self.sources.append((column.key if column.key in keys else None, fixed, processor))
        self.sort_key = itemgetter([c.key for c in table.columns].index("id"))
        prep = dialect.identifier_preparer
        names = ", ".join(prep.quote(column.name) for column in table.columns)
        marks = ", ".join("?" for _ in table.columns)
        self.sql = f"INSERT INTO {prep.format_table(table)} ({names}) VALUES ({marks})"

    def parameters(self, rows: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        columns: list[Any] = []
        for key, fixed, processor in self.sources:
            if key is None:
                columns.append(repeat(fixed, len(rows)))
                continue
            try:
                values = [row[key] for row in rows]
            except KeyError:
                raise ValueError(f"every row must have the same keys; one lacks {key}") from None
            columns.append(values if processor is None else list(map(processor, values)))
        return list(zip(*columns, strict=True))


def _fallback(table: Table, column: Column[Any]) -> Any:
    default = column.default
    if default is None:
        if column.nullable:
            return None
    elif default.is_scalar:
        return getattr(default, "arg", None)
    raise ValueError(f"{table.name} rows lack {column.key}, which has no fixed default")


class BulkWriter:
    """Writes rows of synced models through ``uow``'s connection; counts and times them.

    Use as a context manager: ``with BulkWriter(uow) as writer: ...``, then ``uow.commit()``.
    Leaving the block normally builds the indexes dropped for speed (or call
    ``rebuild_indexes`` earlier to follow its progress); leaving it with an exception after
    any write rolls the transaction back at once, so no commit can see a table without its
    indexes (or half of the rows).
    """

    def __init__(self, uow: UnitOfWork, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> None:
        if chunk_rows < 1:
            raise ValueError("chunk_rows must be at least 1")
        self._session = uow.session
        self._chunk_rows = chunk_rows
        self._plans: dict[tuple[str, frozenset[str]], _Plan] = {}
        self._touched: set[str] = set()
        self._dropped: dict[str, list[str]] = {}  # table -> CREATE INDEX statements to run
        self.counts: Counter[str] = Counter()  # rows written, per table
        self.seconds: defaultdict[str, float] = defaultdict(float)  # writing time per table

    def _connection(self) -> Connection:
        return self._session.connection()

    def __enter__(self) -> BulkWriter:
        # The engine begins a real transaction (see store.engine), so dropping and rebuilding
        # indexes rolls back with the rows.
        self._connection()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.rebuild_indexes()
        elif self._touched:
            self._dropped.clear()
            self._session.rollback()

    @property
    def pending_indexes(self) -> list[str]:
        """Tables whose indexes are dropped until ``rebuild_indexes``."""
        return list(self._dropped)

    def rebuild_indexes(self, tables: Sequence[str] | None = None) -> None:
        """Build again the dropped indexes of ``tables`` (default: all of them)."""
        conn = self._connection()
        for name in list(self._dropped if tables is None else tables):
            started = time.perf_counter()
            for statement in self._dropped.pop(name, []):
                conn.exec_driver_sql(statement)
            self.seconds[name] += time.perf_counter() - started

    def _drop_indexes(self, conn: Connection, table: Table) -> None:
        self._touched.add(table.name)
        if conn.dialect.name != "sqlite":
            return
        prep = conn.dialect.identifier_preparer
        statements = []
        # PRAGMA index_list: seq, name, unique, origin ('c' = CREATE INDEX), partial
        for _, name, unique, origin, *_ in conn.exec_driver_sql(
            f"PRAGMA index_list({prep.quote(table.name)})"
        ).all():
            if origin != "c" or unique:
                continue  # keys and unique constraints keep being checked row by row
            statement = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).scalar_one()
            conn.exec_driver_sql(f"DROP INDEX {prep.quote(name)}")
            statements.append(str(statement))
        if statements:
            self._dropped[table.name] = statements

    def insert(self, model: type[Base], rows: Sequence[dict[str, Any]]) -> int:
        """Insert ``rows`` (dicts keyed by column name, all with the same keys) into ``model``.

        Sets ``change_seq`` in the dicts. Returns the number of rows written.
        """
        if not rows:
            return 0
        if not issubclass(model, SyncColumns):
            raise TypeError(f"{model.__name__} is not a synced model")
        missing = [name for name in _REQUIRED if name not in rows[0]]
        if missing:
            raise ValueError(f"{model.__name__} rows lack {', '.join(missing)}")
        table = model.__table__
        assert isinstance(table, Table)
        started = time.perf_counter()
        conn = self._connection()
        if table.name not in self._touched:
            self._drop_indexes(conn, table)
        plan = None
        if conn.dialect.name == "sqlite" and conn.dialect.paramstyle == "qmark":
            signature = (table.name, frozenset(rows[0]) | {"change_seq"})
            plan = self._plans.get(signature)
            if plan is None:
                plan = self._plans[signature] = _Plan(table, signature[1], conn.dialect)
        step = self._chunk_rows
        for start in range(0, len(rows), step):
            chunk = rows[start : start + step]
            first = reserve_change_numbers(self._session, len(chunk))
            for offset, row in enumerate(chunk):
                row["change_seq"] = first + offset
            if plan is not None:
                parameters = plan.parameters(chunk)
                parameters.sort(key=plan.sort_key)
                conn.exec_driver_sql(plan.sql, parameters)
            else:
                conn.execute(table.insert(), chunk)
        self.counts[table.name] += len(rows)
        self.seconds[table.name] += time.perf_counter() - started
        return len(rows)

    def fetch(
        self,
        model: type[Base],
        columns: Sequence[str],
        where: Mapping[str, Any] | None = None,
        order_by: Sequence[str] = (),
    ) -> list[tuple[Any, ...]]:
        """Live (not tombstoned) rows of ``model`` as tuples of ``columns``, in this transaction."""
        table = model.__table__
        assert isinstance(table, Table)
        stmt = select(*(table.c[name] for name in columns)).where(table.c.deleted_at.is_(None))
        for name, value in (where or {}).items():
            stmt = stmt.where(table.c[name] == value)
        stmt = stmt.order_by(*(table.c[name] for name in order_by))
        return [tuple(row) for row in self._session.execute(stmt)]

    def device_id(self) -> uuid.UUID:
        """This installation's id (the ``device`` row)."""
        value = self._session.execute(select(Device.id).limit(1)).scalar_one()
        assert isinstance(value, uuid.UUID)
        return value
