"""Merging duplicate contacts or accounts into one, and undoing a merge.

``merge`` keeps one record (the survivor) and takes each field's value from the record the
user chose. Phones, e-mails and tags become the union of all records (the same number, address
or tag once). Every row that points at a merged record — deals, activities, quotes, care cases,
taggings, phones and e-mails, and for accounts their contacts — is moved to the survivor, the
tombstoned ones too (so a restored row does not point at a record that is gone). The merged
records are tombstoned, never deleted. All of it is one transaction, and a ``MergeRecord``
keeps every value the merge wrote with the value it replaced.

``undo_merge`` writes those old values back. Its rule: undo is refused when any value the
merge wrote was changed since (the survivor's name edited, a moved deal moved again, a merged
record restored, a later merge that took over the survivor...), and the message says what.
Everything else done since stays: a call logged on the survivor after the merge stays there.

Every function runs on the calling thread inside the given unit of work and commits it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError
from desktop_crm.services.contacts import NotFoundError, search_text
from desktop_crm.store import merging
from desktop_crm.store.ids import utcnow
from desktop_crm.store.merging import CellChange
from desktop_crm.store.uow import UnitOfWork

# The fields a user chooses between, each with the columns that travel together.
CONTACT_FIELDS: dict[str, tuple[str, ...]] = {
    "full_name": ("full_name", "family_name", "middle_name", "given_name"),
    "title": ("title",),
    "account_id": ("account_id",),
    "lifecycle_stage": ("lifecycle_stage",),
    "owner_id": ("owner_id",),
    "preferred_channel": ("preferred_channel",),
    "birthday": ("birthday",),
    "marketing_consent": ("marketing_consent", "consent_at"),
    "source": ("source",),
    "address": ("street", "ward", "district", "province", "country"),
    "notes": ("notes",),
}
ACCOUNT_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "tax_code": ("tax_code",),
    "industry": ("industry",),
    "website": ("website",),
    "owner_id": ("owner_id",),
    "address": ("street", "ward", "district", "province", "country"),
    "notes": ("notes",),
}
FIELDS = {"contact": CONTACT_FIELDS, "account": ACCOUNT_FIELDS}
FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("duplicates", "Name"),
    "name": QT_TRANSLATE_NOOP("duplicates", "Name"),
    "title": QT_TRANSLATE_NOOP("duplicates", "Job title"),
    "account_id": QT_TRANSLATE_NOOP("duplicates", "Company"),
    "lifecycle_stage": QT_TRANSLATE_NOOP("duplicates", "Lifecycle stage"),
    "owner_id": QT_TRANSLATE_NOOP("duplicates", "Owner"),
    "preferred_channel": QT_TRANSLATE_NOOP("duplicates", "Preferred channel"),
    "birthday": QT_TRANSLATE_NOOP("duplicates", "Birthday"),
    "marketing_consent": QT_TRANSLATE_NOOP("duplicates", "Marketing consent"),
    "source": QT_TRANSLATE_NOOP("duplicates", "Source"),
    "address": QT_TRANSLATE_NOOP("duplicates", "Address"),
    "notes": QT_TRANSLATE_NOOP("duplicates", "Notes"),
    "tax_code": QT_TRANSLATE_NOOP("duplicates", "Tax code"),
    "industry": QT_TRANSLATE_NOOP("duplicates", "Industry"),
    "website": QT_TRANSLATE_NOOP("duplicates", "Website"),
}
# Fields whose newest value is the right one whatever the others hold (consent can be withdrawn).
_NEWEST_WINS = frozenset({"marketing_consent", "lifecycle_stage", "owner_id"})
_SEARCH_KINDS = {"contacts": "contact", "accounts": "account", "deals": "deal", "quotes": "quote"}
UNDO_FORMAT = 1


class MergeError(UserError):
    pass


def _error(template: str, **params: Any) -> MergeError:
    return MergeError(template, **params)


@dataclass(frozen=True)
class MergeField:
    name: str
    label: str  # English; the window translates it (context "duplicates")


@dataclass(frozen=True)
class MergeCandidate:
    """One record as the merge dialog shows it."""

    id: str
    name: str
    values: Mapping[str, str | None]  # field -> value as text (None: empty)
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    tags: tuple[str, ...]
    related: Mapping[str, int]  # table -> live rows pointing at this record
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class MergePreview:
    kind: str
    fields: tuple[MergeField, ...]
    records: tuple[MergeCandidate, ...]
    survivor_id: str  # suggested: the record with the most history, then the oldest
    choices: Mapping[str, str]  # suggested: field -> record id


@dataclass(frozen=True)
class MergeResult:
    merge_id: str
    kind: str
    survivor_id: str
    merged_ids: tuple[str, ...]
    changed_fields: tuple[str, ...]
    moved: Mapping[str, int]  # table -> rows moved to the survivor
    duplicates_removed: int  # phones, e-mails and tags the survivor already had


@dataclass(frozen=True)
class UndoResult:
    merge_id: str
    kind: str
    survivor_id: str
    restored_ids: tuple[str, ...]
    values_restored: int


@dataclass(frozen=True)
class MergeSummary:
    id: str
    kind: str
    created_at: dt.datetime
    survivor_id: str
    survivor_name: str
    merged_ids: tuple[str, ...]
    undone_at: dt.datetime | None = None
    moved: Mapping[str, int] = field(default_factory=dict)


def _uuid(text: str | uuid.UUID, what: str) -> uuid.UUID:
    if isinstance(text, uuid.UUID):
        return text
    try:
        return uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        raise NotFoundError(what, str(text)) from None


def _check_kind(kind: str) -> None:
    if kind not in FIELDS:
        raise ValueError(f"unknown kind {kind!r}; use 'contact' or 'account'")


def _live_records(
    uow: UnitOfWork, kind: str, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    rows = merging.rows_by_id(uow.session, merging.KIND_TABLES[kind], ids)
    for record_id in ids:
        row = rows.get(record_id)
        if row is None or row["deleted_at"] is not None:
            raise NotFoundError(kind, str(record_id))
    return rows


def _name_of(kind: str, row: Mapping[str, Any]) -> str:
    return str(row["full_name"] if kind == "contact" else row["name"])


def _point_key(kind: str, value: str) -> tuple[str, str]:
    return (kind, value.strip().casefold() if kind == "email" else value.strip())


# --- preview -----------------------------------------------------------------------------


def _text_of(
    field_name: str,
    columns: tuple[str, ...],
    row: Mapping[str, Any],
    names: Mapping[uuid.UUID, str],
) -> str | None:
    if field_name in ("account_id", "owner_id"):
        ref = row[columns[0]]
        return names.get(ref, str(ref)) if ref is not None else None
    if field_name == "marketing_consent":
        return "yes" if row["marketing_consent"] else "no"
    if field_name == "full_name":
        return str(row["full_name"])
    parts = [str(row[c]) for c in columns if row[c] not in (None, "")]
    if field_name == "address" and parts == ["VN"]:
        return None
    return ", ".join(parts) or None


def _completeness(text: str | None) -> tuple[int, int, int]:
    """(filled, words, letters with marks): how complete a value looks."""
    if not text:
        return (0, 0, 0)
    marks = sum(1 for a, b in zip(text.casefold(), fold(text), strict=False) if a != b)
    return (1, len(text.split()), marks)


def preview_merge(uow: UnitOfWork, kind: str, ids: Sequence[str]) -> MergePreview:
    """Everything the merge dialog shows of the records ``ids``, with suggested choices:
    per field the most complete value (more words, written with diacritics), the newest among
    equals; consent, lifecycle stage and owner simply from the newest record. Read-only."""
    _check_kind(kind)
    keys = list(dict.fromkeys(_uuid(i, kind) for i in ids))
    if len(keys) < 2:
        raise _error(QT_TRANSLATE_NOOP("errors", "Choose at least two records to merge."))
    session = uow.session
    rows = _live_records(uow, kind, keys)
    fields = FIELDS[kind]
    names = merging.names_of(session, "users", [r["owner_id"] for r in rows.values()])
    if kind == "contact":
        names.update(
            merging.names_of(session, "accounts", [r["account_id"] for r in rows.values()])
        )
    points = merging.live_points(session, kind, keys)
    tags = merging.live_taggings(session, kind, keys)
    related = merging.live_reference_counts(session, kind, keys)
    records = []
    for key in keys:
        row = rows[key]
        records.append(
            MergeCandidate(
                id=str(key),
                name=_name_of(kind, row),
                values={f: _text_of(f, cols, row, names) for f, cols in fields.items()},
                phones=tuple(p.value for p in points if p.owner_id == key and p.kind == "phone"),
                emails=tuple(p.value for p in points if p.owner_id == key and p.kind == "email"),
                tags=tuple(sorted({t.tag_name for t in tags if t.owner_id == key})),
                related={
                    t: n for t, n in related[key].items() if t not in ("contact_points", "taggings")
                },
                created_at=row["created_at"],
                updated_at=row["updated_at"],
            )
        )
    newest_first = sorted(records, key=lambda r: r.updated_at, reverse=True)
    choices: dict[str, str] = {}
    for f in fields:
        if f in _NEWEST_WINS:
            choices[f] = newest_first[0].id
            continue
        filled = [(_completeness(r.values[f]), -n) for n, r in enumerate(newest_first)]
        choices[f] = newest_first[-max(filled)[1]].id
    survivor = max(
        records,
        key=lambda r: (sum(r.related.values()), -r.created_at.timestamp(), r.id),
    )
    return MergePreview(
        kind=kind,
        fields=tuple(MergeField(f, FIELD_LABELS[f]) for f in fields),
        records=tuple(records),
        survivor_id=survivor.id,
        choices=choices,
    )


# --- merge -------------------------------------------------------------------------------


def merge(
    uow: UnitOfWork,
    kind: str,
    survivor_id: str,
    merged_ids: Sequence[str],
    choices: Mapping[str, str] | None = None,
) -> MergeResult:
    """Merge the records ``merged_ids`` into ``survivor_id``; commits.

    ``choices`` maps a field name (``CONTACT_FIELDS``/``ACCOUNT_FIELDS``) to the id of the
    record whose value the survivor gets; fields not named keep the survivor's value. Raises
    ``NotFoundError`` for a missing or deleted record and ``MergeError`` for a bad request;
    then nothing was written.
    """
    _check_kind(kind)
    session = uow.session
    table_name = merging.KIND_TABLES[kind]
    fields = FIELDS[kind]
    sid = _uuid(survivor_id, kind)
    losers = list(dict.fromkeys(_uuid(i, kind) for i in merged_ids))
    if not losers:
        raise _error(QT_TRANSLATE_NOOP("errors", "Choose at least two records to merge."))
    if sid in losers:
        raise _error(
            QT_TRANSLATE_NOOP("errors", "The record that is kept cannot also be merged away.")
        )
    rows = _live_records(uow, kind, [sid, *losers])
    survivor = rows[sid]
    final = dict(survivor)
    changed_fields: list[str] = []
    for field_name, source in (choices or {}).items():
        if field_name not in fields:
            raise ValueError(f"{field_name!r} is not a field of a {kind} merge")
        source_id = _uuid(source, kind)
        if source_id not in rows:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "errors", "The value of {field} must come from one of the merged records."
                ),
                field=field_name,
            )
        for column in fields[field_name]:
            final[column] = rows[source_id][column]
        if any(final[c] != survivor[c] for c in fields[field_name]):
            changed_fields.append(field_name)

    now = utcnow()
    changes: list[CellChange] = []
    moved: Counter[str] = Counter()
    removed = 0
    owner_column = "contact_id" if kind == "contact" else "account_id"

    # Phones and e-mails: the union; a value the survivor already has is tombstoned.
    points = merging.live_points(session, kind, [sid, *losers])
    have = {_point_key(p.kind, p.value) for p in points if p.owner_id == sid}
    primary = {p.kind for p in points if p.owner_id == sid and p.is_primary}
    final_points = [p for p in points if p.owner_id == sid]
    for loser in losers:
        for p in (p for p in points if p.owner_id == loser):
            if _point_key(p.kind, p.value) in have:
                changes.append(CellChange("contact_points", p.id, "deleted_at", None, now))
                removed += 1
                continue
            have.add(_point_key(p.kind, p.value))
            final_points.append(p)
            changes.append(CellChange("contact_points", p.id, owner_column, loser, sid))
            moved["contact_points"] += 1
            if p.is_primary and p.kind in primary:
                changes.append(CellChange("contact_points", p.id, "is_primary", True, False))
            elif p.is_primary:
                primary.add(p.kind)

    # Tags: the union, likewise.
    taggings = merging.live_taggings(session, kind, [sid, *losers])
    tagged = {t.tag_id for t in taggings if t.owner_id == sid}
    for loser in losers:
        for t in (t for t in taggings if t.owner_id == loser):
            if t.tag_id in tagged:
                changes.append(CellChange("taggings", t.id, "deleted_at", None, now))
                removed += 1
                continue
            tagged.add(t.tag_id)
            changes.append(CellChange("taggings", t.id, owner_column, loser, sid))
            moved["taggings"] += 1

    # Everything else that points at a merged record.
    moved_ids: dict[str, list[uuid.UUID]] = {}
    for ref_table, row_id, column, owner in merging.referencing_rows(
        session, kind, losers, skip=("contact_points", "taggings")
    ):
        changes.append(CellChange(ref_table, row_id, column, owner, sid))
        moved[ref_table] += 1
        moved_ids.setdefault(ref_table, []).append(row_id)

    for loser in losers:
        changes.append(CellChange(table_name, loser, "deleted_at", None, now))

    phones = tuple(p.value for p in final_points if p.kind == "phone")
    emails = tuple(p.value for p in final_points if p.kind == "email")
    if kind == "contact":
        account_name = None
        if final["account_id"] is not None:
            account_name = merging.names_of(session, "accounts", [final["account_id"]]).get(
                final["account_id"]
            )
        final["search_text"] = search_text(
            final["full_name"],
            account_name,
            final["title"],
            final["province"],
            *emails,
            phones=phones,
        )
    else:
        final["search_text"] = search_text(
            final["name"], final["tax_code"], final["province"], *emails, phones=phones
        )
        changes.extend(_contacts_search_text(uow, [sid, *losers], final["name"]))
    for column, value in final.items():
        if value != survivor[column]:
            changes.append(CellChange(table_name, sid, column, survivor[column], value))

    merged_text = [str(i) for i in losers]
    undo = {
        "format": UNDO_FORMAT,
        "changes": [_encode(c) for c in changes],
        "fields": changed_fields,
        "moved": dict(moved),
    }
    merging.apply_changes(session, changes)
    record_id = merging.add_merge_record(
        session, kind, sid, json.dumps(merged_text), json.dumps(undo, ensure_ascii=False)
    )
    _reindex(uow, kind, [sid, *losers], changes)
    uow.commit()
    return MergeResult(
        merge_id=str(record_id),
        kind=kind,
        survivor_id=str(sid),
        merged_ids=tuple(merged_text),
        changed_fields=tuple(changed_fields),
        moved=dict(moved),
        duplicates_removed=removed,
    )


def _contacts_search_text(
    uow: UnitOfWork, account_ids: Sequence[uuid.UUID], account_name: str
) -> list[CellChange]:
    """New search texts of the live contacts of the merged accounts (they name the company)."""
    session = uow.session
    refs = merging.referencing_rows(session, "account", account_ids, skip=())
    contact_ids = [row_id for t, row_id, _c, _o in refs if t == "contacts"]
    if not contact_ids:
        return []
    rows = merging.rows_by_id(session, "contacts", contact_ids)
    live = [cid for cid in contact_ids if rows[cid]["deleted_at"] is None]
    points = merging.live_points(session, "contact", live)
    result = []
    for cid in live:
        row = rows[cid]
        mine = [p for p in points if p.owner_id == cid]
        text = search_text(
            row["full_name"],
            account_name,
            row["title"],
            row["province"],
            *(p.value for p in mine if p.kind == "email"),
            phones=tuple(p.value for p in mine if p.kind == "phone"),
        )
        if text != row["search_text"]:
            result.append(CellChange("contacts", cid, "search_text", row["search_text"], text))
    return result


def _reindex(
    uow: UnitOfWork, kind: str, ids: Sequence[uuid.UUID], changes: Sequence[CellChange]
) -> None:
    """Bring the search index up to date with the rows the merge (or undo) touched."""
    from desktop_crm.services import search  # lazily: the search index is a separate service

    by_kind: dict[str, list[uuid.UUID]] = {kind: list(ids)}
    for change in changes:
        other = _SEARCH_KINDS.get(change.table)
        if other is not None:
            by_kind.setdefault(other, []).append(change.row_id)
    for search_kind, search_ids in by_kind.items():
        search.update_index(uow, search_kind, list(dict.fromkeys(search_ids)))


def _encode(change: CellChange) -> list[Any]:
    return [
        change.table,
        change.row_id.hex,
        change.column,
        merging.encode_value(change.old),
        merging.encode_value(change.new),
    ]


def _decode(item: Sequence[Any]) -> CellChange:
    table, row_hex, column, old, new = item
    return CellChange(
        str(table),
        uuid.UUID(hex=row_hex),
        str(column),
        merging.decode_value(old),
        merging.decode_value(new),
    )


# --- undo --------------------------------------------------------------------------------


def undo_merge(uow: UnitOfWork, merge_record_id: str) -> UndoResult:
    """Write back every value the merge ``merge_record_id`` replaced; commits.

    Refuses (``MergeError``, nothing written) when the merge was already undone or when any
    value it wrote was changed since; see the module's documentation for the rule.
    """
    session = uow.session
    record = merging.get_merge_record(session, _uuid(merge_record_id, "merge"))
    if record is None:
        raise NotFoundError("merge", str(merge_record_id))
    if record.undone_at is not None:
        raise _error(QT_TRANSLATE_NOOP("errors", "This merge was already undone."))
    data = json.loads(record.undo_json)
    if data.get("format") != UNDO_FORMAT:
        raise ValueError(f"merge record {record.id} has an unknown undo format")
    changes = [_decode(item) for item in data["changes"]]
    current = merging.current_values(session, [(c.table, c.row_id, c.column) for c in changes])
    missing = object()
    conflicts = [c for c in changes if current.get((c.table, c.row_id, c.column), missing) != c.new]
    if conflicts:
        first = conflicts[0]
        raise _error(
            QT_TRANSLATE_NOOP(
                "errors",
                "This merge cannot be undone: {count} value(s) it wrote were changed since "
                "(for example {column} of a row in {table}). Undoing it now would overwrite "
                "those changes; correct the records by hand instead.",
            ),
            count=len(conflicts),
            column=first.column,
            table=first.table,
        )
    reverse = [c.reversed() for c in changes]
    merging.apply_changes(session, reverse)
    merging.mark_merge_undone(session, record.id)
    merged = [uuid.UUID(i) for i in json.loads(record.merged_ids_json)]
    _reindex(uow, record.kind, [record.survivor_id, *merged], reverse)
    uow.commit()
    return UndoResult(
        merge_id=str(record.id),
        kind=record.kind,
        survivor_id=str(record.survivor_id),
        restored_ids=tuple(str(i) for i in merged),
        values_restored=len(reverse),
    )


def list_recent_merges(uow: UnitOfWork, limit: int = 20) -> list[MergeSummary]:
    """The newest merges first, undone ones included (``undone_at`` set). Read-only."""
    session = uow.session
    records = merging.recent_merge_records(session, limit)
    result = []
    for record in records:
        table_name = merging.KIND_TABLES.get(record.kind, "contacts")
        row = merging.rows_by_id(session, table_name, [record.survivor_id]).get(record.survivor_id)
        data = json.loads(record.undo_json)
        result.append(
            MergeSummary(
                id=str(record.id),
                kind=record.kind,
                created_at=record.created_at,
                survivor_id=str(record.survivor_id),
                survivor_name=_name_of(record.kind, row) if row is not None else "",
                merged_ids=tuple(json.loads(record.merged_ids_json)),
                undone_at=record.undone_at,
                moved=dict(data.get("moved", {})),
            )
        )
    return result
