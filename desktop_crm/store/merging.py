"""The SQL of finding and merging duplicate contacts and accounts.

Which rows point at a contact or an account is read from the schema (every foreign key of a
synced table that refers to ``contacts.id`` or ``accounts.id``), so a table added later is
moved by a merge without anyone remembering to list it here.

A merge and its undo are lists of ``CellChange`` (table, row id, column, old value, new value)
written with Core UPDATEs by ``apply_changes``; it also gives every touched row a new
``change_seq`` and ``updated_at`` (the session's ``before_flush`` stamp does not see Core
statements), so a later sync sends the moved rows. Values are kept in the merge record as JSON
with a type tag (``encode_value``/``decode_value``), exact for UUIDs, datetimes, dates and
Decimals.

Every function runs inside the caller's unit of work, on its thread.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, String, Table, bindparam, func, select, type_coerce, update
from sqlalchemy.orm import Session

from desktop_crm.store.changes import reserve_change_numbers
from desktop_crm.store.ids import utcnow
from desktop_crm.store.models import (
    SYNCED_MODELS,
    Account,
    Base,
    Contact,
    ContactPoint,
    MergeRecord,
    Tag,
    Tagging,
    User,
)

KIND_TABLES = {"contact": "contacts", "account": "accounts"}
_CHUNK = 500  # ids per IN (...) list: SQLite allows 32,766 parameters, stay far below


def table(name: str) -> Table:
    found = Base.metadata.tables[name]
    return found


def references_to(kind: str) -> list[tuple[str, str]]:
    """(table, column) of every synced foreign key pointing at the ``kind``'s table."""
    target = KIND_TABLES[kind]
    found: list[tuple[str, str]] = []
    for model in SYNCED_MODELS:
        tbl: Table = model.__table__  # type: ignore[attr-defined]
        for column in tbl.columns:
            if any(fk.column.table.name == target for fk in column.foreign_keys):
                found.append((tbl.name, column.name))
    return found


def _chunks(ids: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


# --- reading for the duplicate search ----------------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    """One live contact or account as the duplicate search sees it (ids as 32-digit hex)."""

    key: str
    name: str
    given_name: str | None  # contacts only
    account_key: str | None  # contacts: their company; accounts: None
    company: str | None  # contacts: the company's name
    tax_code: str | None  # accounts only
    province: str | None


def people_for_duplicates(session: Session, kind: str) -> list[PersonRow]:
    """Every live contact (with its company's name) or every live account."""
    hex_id = String()
    if kind == "contact":
        stmt = (
            select(
                type_coerce(Contact.id, hex_id),
                Contact.full_name,
                Contact.given_name,
                type_coerce(Contact.account_id, hex_id),
                Account.name,
                Contact.province,
            )
            .outerjoin(Account, (Account.id == Contact.account_id) & Account.deleted_at.is_(None))
            .where(Contact.deleted_at.is_(None))
        )
        return [
            PersonRow(key, name, given, account, company, None, province)
            for key, name, given, account, company, province in session.connection().execute(stmt)
        ]
    accounts = select(
        type_coerce(Account.id, hex_id), Account.name, Account.tax_code, Account.province
    ).where(Account.deleted_at.is_(None))
    return [
        PersonRow(key, name, None, None, None, tax, province)
        for key, name, tax, province in session.connection().execute(accounts)
    ]


def points_for_duplicates(session: Session, kind: str) -> list[tuple[str, str, str]]:
    """(owner key as hex, kind, value) of every live phone and e-mail of live ``kind`` rows."""
    owner = ContactPoint.contact_id if kind == "contact" else ContactPoint.account_id
    model: Any = Contact if kind == "contact" else Account
    stmt = (
        select(type_coerce(owner, String()), ContactPoint.kind, ContactPoint.value)
        .join(model, model.id == owner)
        .where(ContactPoint.deleted_at.is_(None), model.deleted_at.is_(None))
    )
    return [(key, k, value) for key, k, value in session.connection().execute(stmt)]


# --- reading for a merge -----------------------------------------------------------------


def rows_by_id(
    session: Session, table_name: str, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    """Whole rows (column name -> value) of ``table_name``, tombstoned ones included."""
    tbl = table(table_name)
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(list(ids)):
        for row in session.execute(select(tbl).where(tbl.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return found


def referencing_rows(
    session: Session, kind: str, owner_ids: Sequence[uuid.UUID], *, skip: Iterable[str] = ()
) -> list[tuple[str, uuid.UUID, str, uuid.UUID]]:
    """(table, row id, column, owner id) of every row, tombstoned or not, that points at one of
    ``owner_ids`` through a foreign key (tables in ``skip`` left out)."""
    skipped = set(skip)
    found: list[tuple[str, uuid.UUID, str, uuid.UUID]] = []
    for table_name, column_name in references_to(kind):
        if table_name in skipped:
            continue
        tbl = table(table_name)
        column: Column[Any] = tbl.c[column_name]
        for chunk in _chunks(list(owner_ids)):
            stmt = select(tbl.c.id, column).where(column.in_(chunk)).order_by(tbl.c.id)
            found.extend(
                (table_name, rid, column_name, owner) for rid, owner in session.execute(stmt)
            )
    return found


@dataclass(frozen=True)
class PointRow:
    id: uuid.UUID
    owner_id: uuid.UUID
    kind: str
    value: str
    label: str | None
    is_primary: bool
    created_at: dt.datetime


def live_points(session: Session, kind: str, owner_ids: Sequence[uuid.UUID]) -> list[PointRow]:
    """Live phones and e-mails of the owners, primary first, then oldest first."""
    owner = ContactPoint.contact_id if kind == "contact" else ContactPoint.account_id
    stmt = (
        select(
            ContactPoint.id,
            owner,
            ContactPoint.kind,
            ContactPoint.value,
            ContactPoint.label,
            ContactPoint.is_primary,
            ContactPoint.created_at,
        )
        .where(owner.in_(list(owner_ids)), ContactPoint.deleted_at.is_(None))
        .order_by(ContactPoint.is_primary.desc(), ContactPoint.created_at, ContactPoint.id)
    )
    return [PointRow(*row) for row in session.execute(stmt)]  # type: ignore[arg-type]


@dataclass(frozen=True)
class TaggingRow:
    id: uuid.UUID
    owner_id: uuid.UUID
    tag_id: uuid.UUID
    tag_name: str


def live_taggings(session: Session, kind: str, owner_ids: Sequence[uuid.UUID]) -> list[TaggingRow]:
    owner = Tagging.contact_id if kind == "contact" else Tagging.account_id
    stmt = (
        select(Tagging.id, owner, Tagging.tag_id, Tag.name)
        .join(Tag, Tag.id == Tagging.tag_id)
        .where(owner.in_(list(owner_ids)), Tagging.deleted_at.is_(None))
        .order_by(Tagging.created_at, Tagging.id)
    )
    return [TaggingRow(*row) for row in session.execute(stmt)]  # type: ignore[arg-type]


def live_reference_counts(
    session: Session, kind: str, owner_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[str, int]]:
    """owner -> table -> number of live rows of that table pointing at the owner."""
    counts: dict[uuid.UUID, dict[str, int]] = {oid: {} for oid in owner_ids}
    for table_name, column_name in references_to(kind):
        tbl = table(table_name)
        column = tbl.c[column_name]
        stmt = (
            select(column, func.count())
            .where(column.in_(list(owner_ids)), tbl.c.deleted_at.is_(None))
            .group_by(column)
        )
        for owner, n in session.execute(stmt):
            counts[owner][table_name] = counts[owner].get(table_name, 0) + int(n)
    return counts


def names_of(session: Session, table_name: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Display names of users or accounts."""
    model: Any = {"users": User, "accounts": Account}[table_name]
    wanted = [i for i in set(ids) if i is not None]
    if not wanted:
        return {}
    return {
        rid: name
        for rid, name in session.execute(select(model.id, model.name).where(model.id.in_(wanted)))
    }


# --- writing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CellChange:
    """One value a merge (or its undo) writes: ``table.column`` of row ``row_id``."""

    table: str
    row_id: uuid.UUID
    column: str
    old: Any
    new: Any

    def reversed(self) -> CellChange:
        return CellChange(self.table, self.row_id, self.column, self.new, self.old)


def apply_changes(session: Session, changes: Sequence[CellChange]) -> int:
    """Write ``changes`` (their ``new`` values) with Core UPDATEs; every touched row gets the
    next change number and ``updated_at`` = now. Returns the number of rows touched."""
    by_row: dict[tuple[str, uuid.UUID], dict[str, Any]] = defaultdict(dict)
    for change in changes:
        by_row[(change.table, change.row_id)][change.column] = change.new
    if not by_row:
        return 0
    first = reserve_change_numbers(session, len(by_row))
    now = utcnow()
    # One executemany per (table, set of columns): a merge of a big account moves thousands.
    batches: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for offset, ((table_name, row_id), values) in enumerate(by_row.items()):
        columns = tuple(sorted(values))
        params = {f"v_{c}": values[c] for c in columns}
        params.update(b_id=row_id, b_seq=first + offset, b_now=now)
        batches[(table_name, columns)].append(params)
    for (table_name, columns), rows in batches.items():
        tbl = table(table_name)
        values_clause: dict[Any, Any] = {
            tbl.c[c]: bindparam(f"v_{c}", type_=tbl.c[c].type) for c in columns
        }
        values_clause[tbl.c.change_seq] = bindparam("b_seq", type_=tbl.c.change_seq.type)
        values_clause[tbl.c.updated_at] = bindparam("b_now", type_=tbl.c.updated_at.type)
        stmt = (
            update(tbl)
            .where(tbl.c.id == bindparam("b_id", type_=tbl.c.id.type))
            .values(values_clause)
        )
        # Core executemany: the ORM would try an "ORM bulk update by primary key" otherwise.
        session.connection().execute(stmt, rows)
    return len(by_row)


def current_values(
    session: Session, cells: Sequence[tuple[str, uuid.UUID, str]]
) -> dict[tuple[str, uuid.UUID, str], Any]:
    """The stored value of each (table, row id, column); rows that are gone are missing."""
    wanted: dict[str, dict[uuid.UUID, set[str]]] = defaultdict(lambda: defaultdict(set))
    for table_name, row_id, column in cells:
        wanted[table_name][row_id].add(column)
    found: dict[tuple[str, uuid.UUID, str], Any] = {}
    for table_name, rows in wanted.items():
        tbl = table(table_name)
        columns = sorted({c for cols in rows.values() for c in cols})
        for chunk in _chunks(list(rows)):
            stmt = select(tbl.c.id, *(tbl.c[c] for c in columns)).where(tbl.c.id.in_(chunk))
            for row in session.execute(stmt):
                for index, column in enumerate(columns, start=1):
                    found[(table_name, row[0], column)] = row[index]
    return found


# --- merge records -----------------------------------------------------------------------


def add_merge_record(
    session: Session,
    kind: str,
    survivor_id: uuid.UUID,
    merged_ids_json: str,
    undo_json: str,
) -> uuid.UUID:
    record = MergeRecord(
        kind=kind, survivor_id=survivor_id, merged_ids_json=merged_ids_json, undo_json=undo_json
    )
    session.add(record)
    session.flush()
    return record.id


@dataclass(frozen=True)
class MergeRecordRow:
    id: uuid.UUID
    created_at: dt.datetime
    kind: str
    survivor_id: uuid.UUID
    merged_ids_json: str
    undo_json: str
    undone_at: dt.datetime | None


def _record_row(record: MergeRecord) -> MergeRecordRow:
    return MergeRecordRow(
        record.id,
        record.created_at,
        record.kind,
        record.survivor_id,
        record.merged_ids_json,
        record.undo_json,
        record.undone_at,
    )


def get_merge_record(session: Session, record_id: uuid.UUID) -> MergeRecordRow | None:
    record = session.get(MergeRecord, record_id)
    return _record_row(record) if record is not None else None


def mark_merge_undone(session: Session, record_id: uuid.UUID) -> None:
    record = session.get(MergeRecord, record_id)
    assert record is not None
    record.undone_at = utcnow()
    session.flush()


def recent_merge_records(session: Session, limit: int) -> list[MergeRecordRow]:
    stmt = select(MergeRecord).order_by(MergeRecord.created_at.desc(), MergeRecord.id.desc())
    return [_record_row(r) for r in session.scalars(stmt.limit(limit))]


# --- exact values in JSON ----------------------------------------------------------------


def encode_value(value: Any) -> Any:
    """A JSON-safe form of a column value that ``decode_value`` turns back into an equal one."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, uuid.UUID):
        return {"uuid": value.hex}
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    raise TypeError(f"cannot keep a {type(value).__name__} in a merge record")


def decode_value(data: Any) -> Any:
    if not isinstance(data, dict):
        return data
    ((tag, text),) = data.items()
    if tag == "uuid":
        return uuid.UUID(hex=text)
    if tag == "datetime":
        return dt.datetime.fromisoformat(text)
    if tag == "date":
        return dt.date.fromisoformat(text)
    if tag == "decimal":
        return Decimal(text)
    raise ValueError(f"unknown value tag {tag!r} in a merge record")
