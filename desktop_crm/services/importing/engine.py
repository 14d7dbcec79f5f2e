"""Preview and run an import of contacts, and undo it.

``preview`` only reads the file. ``run_import`` writes every row in ONE transaction: a cancel
or any failure leaves the database exactly as it was, and a dry run goes through every step
and rolls back, so its figures are the real ones. Each data row ends in exactly one of:
created, updated, duplicate (not written), rejected (with reasons), or empty (reported).

Duplicates are found against the database and within the file: the same phone, the same
e-mail, or the same name at the same company (for a row without phone and e-mail, the same
name without company). The policy says what a duplicate row does: ``skip`` it, ``update``
the existing contact (values in the file win, phones, e-mails and tags are added), or
``create`` a new contact anyway.

An import writes an ``ImportBatch`` with the ids it created and the previous state of the
contacts it updated; ``undo_import`` tombstones the former and restores the latter, and
refuses when one of them was changed since (the undo would silently lose that change).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError
from desktop_crm.services import contacts, search
from desktop_crm.services.contacts import AccountInput, Address, ContactInput, Labeled
from desktop_crm.services.importing.mapping import Mapping, auto_mapping
from desktop_crm.services.importing.problems import (
    TAX_CODE_WITHOUT_COMPANY,
    Problem,
    join_messages,
)
from desktop_crm.services.importing.readers import SourceTable
from desktop_crm.services.importing.rows import ParsedRow, parse_row
from desktop_crm.store import imports as store
from desktop_crm.store.ids import new_id, utcnow
from desktop_crm.store.models import Account, Contact
from desktop_crm.store.uow import UnitOfWork

log = logging.getLogger(__name__)

ProgressFn = Callable[[str, int, int], None]
CancelledFn = Callable[[], bool]
CANCEL_CHECK_EVERY = 25  # rows between two looks at the cancel flag
INSERT_CHUNK = 100  # new contacts per flush (the change stamp costs grow with its square)


class DuplicatePolicy(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


class ImportCancelledError(UserError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The import was cancelled; nothing was changed.")
        )


class NothingToUndoError(UserError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "There is no import left to undo."))


class ChangedSinceImportError(UserError):
    def __init__(self, file_name: str, count: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The import of {file} cannot be undone: {count} of its contacts or companies "
                "were changed after it, and undoing it would lose those changes.",
            ),
            file=file_name,
            count=count,
        )


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported; ``cells`` as in the file, ``reason`` in English."""

    row: int
    reason: str
    problems: tuple[Problem, ...] = ()
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class Preview:
    headers: tuple[str, ...]
    mapping: Mapping
    rows: tuple[ParsedRow, ...]

    @property
    def ok_count(self) -> int:
        return sum(1 for r in self.rows if r.status == "ok")

    @property
    def problem_count(self) -> int:
        return sum(1 for r in self.rows if r.status == "problem")

    @property
    def empty_count(self) -> int:
        return sum(1 for r in self.rows if r.status == "empty")


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    duplicates: int
    rejected: tuple[RejectedRow, ...]
    batch_id: str | None  # None for a dry run or when nothing was written
    empty_rows: tuple[int, ...] = ()
    duplicate_rows: tuple[int, ...] = ()
    accounts_created: int = 0
    data_rows: int = 0
    dry_run: bool = False
    headers: tuple[str, ...] = ()
    file_name: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "dry_run": self.dry_run,
            "data_rows": self.data_rows,
            "created": self.created,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "empty": len(self.empty_rows),
            "accounts_created": self.accounts_created,
            "rejected": [{"row": r.row, "reason": r.reason} for r in self.rejected],
            "batch_id": self.batch_id,
        }


@dataclass(frozen=True)
class UndoSummary:
    batch_id: str
    file_name: str
    removed: int
    restored: int
    accounts_removed: int


def preview(table: SourceTable, mapping: Mapping | None = None) -> Preview:
    """Every data row parsed and checked, without touching the database. Any thread."""
    headers = table.headers
    used = mapping or auto_mapping(headers)
    if len(used.fields) < len(headers):
        used = Mapping(used.fields + ("",) * (len(headers) - len(used.fields)), used.day_first)
    rows = tuple(parse_row(n, cells, headers, used) for n, cells in table.data())
    return Preview(headers, used, rows)


# --- duplicate index -----------------------------------------------------------------------


class _Index:
    """Keys of live contacts and accounts, kept up to date as the import writes."""

    def __init__(self, uow: UnitOfWork) -> None:
        session = uow.session
        self.by_point: dict[tuple[str, str], uuid.UUID] = {}
        self.by_name: dict[tuple[str, uuid.UUID | None], uuid.UUID] = {}
        self.account_by_name: dict[str, uuid.UUID] = {}
        self.account_by_tax: dict[str, uuid.UUID] = {}
        self.account_names: dict[uuid.UUID, str] = {}
        for contact_id, name, account_id in store.live_contact_names(session):
            self.by_name.setdefault((fold(name), account_id), contact_id)
        for kind, value, contact_id in store.live_contact_points(session):
            self.by_point.setdefault(_point_key(kind, value), contact_id)
        for account_id, name, tax_code in store.live_account_keys(session):
            self.account_names[account_id] = name
            self.account_by_name.setdefault(fold(name), account_id)
            if tax_code:
                self.account_by_tax.setdefault(tax_code, account_id)

    def account_for(self, company: str | None, tax_code: str | None) -> uuid.UUID | None:
        if tax_code and tax_code in self.account_by_tax:
            return self.account_by_tax[tax_code]
        if company:
            return self.account_by_name.get(fold(company))
        return None

    def match(self, data: ContactInput, account_id: uuid.UUID | None) -> uuid.UUID | None:
        for kind, items in (("phone", data.phones), ("email", data.emails)):
            for item in items:
                found = self.by_point.get(_point_key(kind, item.value))
                if found is not None:
                    return found
        if account_id is not None or not (data.phones or data.emails):
            return self.by_name.get((fold(data.full_name), account_id))
        return None

    def add(self, contact_id: uuid.UUID, data: ContactInput, account_id: uuid.UUID | None) -> None:
        self.by_name.setdefault((fold(data.full_name), account_id), contact_id)
        for kind, items in (("phone", data.phones), ("email", data.emails)):
            for item in items:
                self.by_point.setdefault(_point_key(kind, item.value), contact_id)


def _point_key(kind: str, value: str) -> tuple[str, str]:
    return kind, value.casefold() if kind == "email" else value


# --- merging for the "update" policy ---------------------------------------------------------


def _input_of(record: contacts.ContactRecord) -> ContactInput:
    """The editable part of a stored contact."""
    names = ContactInput.__dataclass_fields__
    return ContactInput(**{name: getattr(record, name) for name in names})


def _merge(old: ContactInput, new: ContactInput, account_id: str | None) -> ContactInput:
    def pick(a: Any, b: Any) -> Any:
        return b if b not in (None, "") else a

    old_phones = {p.value for p in old.phones}
    old_emails = {e.value.casefold() for e in old.emails}
    address = Address(
        street=pick(old.address.street, new.address.street),
        ward=pick(old.address.ward, new.address.ward),
        district=pick(old.address.district, new.address.district),
        province=pick(old.address.province, new.address.province),
        country=old.address.country if new.address.country == "VN" else new.address.country,
    )
    keep_parts = new.family_name is None and new.middle_name is None and new.given_name is None
    same_name = fold(old.full_name) == fold(new.full_name)
    return replace(
        old,
        full_name=new.full_name,
        family_name=old.family_name if keep_parts and same_name else new.family_name,
        middle_name=old.middle_name if keep_parts and same_name else new.middle_name,
        given_name=old.given_name if keep_parts and same_name else new.given_name,
        title=pick(old.title, new.title),
        account_id=account_id or old.account_id,
        phones=old.phones + tuple(p for p in new.phones if p.value not in old_phones),
        emails=old.emails + tuple(e for e in new.emails if e.value.casefold() not in old_emails),
        birthday=pick(old.birthday, new.birthday),
        source=pick(old.source, new.source),
        # "lead" is also what a file without the column says: only a real stage moves it.
        lifecycle_stage=old.lifecycle_stage
        if new.lifecycle_stage == "lead"
        else new.lifecycle_stage,
        tags=old.tags + tuple(t for t in new.tags if t not in old.tags),
        notes=_merge_notes(old.notes, new.notes),
        address=address,
    )


def _merge_notes(old: str | None, new: str | None) -> str | None:
    if not new or (old and new.strip() in old):
        return old
    return f"{old}\n{new}" if old else new


def _snapshot(data: ContactInput) -> dict[str, Any]:
    return {
        "full_name": data.full_name,
        "family_name": data.family_name,
        "middle_name": data.middle_name,
        "given_name": data.given_name,
        "title": data.title,
        "account_id": data.account_id,
        "phones": [[p.value, p.label] for p in data.phones],
        "emails": [[e.value, e.label] for e in data.emails],
        "preferred_channel": data.preferred_channel,
        "birthday": data.birthday.isoformat() if data.birthday else None,
        "source": data.source,
        "marketing_consent": data.marketing_consent,
        "lifecycle_stage": data.lifecycle_stage,
        "tags": list(data.tags),
        "notes": data.notes,
        "owner_id": data.owner_id,
        "address": [
            data.address.street,
            data.address.ward,
            data.address.district,
            data.address.province,
            data.address.country,
        ],
    }


def _from_snapshot(raw: dict[str, Any]) -> ContactInput:
    return ContactInput(
        full_name=raw["full_name"],
        family_name=raw["family_name"],
        middle_name=raw["middle_name"],
        given_name=raw["given_name"],
        title=raw["title"],
        account_id=raw["account_id"],
        phones=tuple(Labeled(v, label) for v, label in raw["phones"]),
        emails=tuple(Labeled(v, label) for v, label in raw["emails"]),
        preferred_channel=raw["preferred_channel"],
        birthday=dt.date.fromisoformat(raw["birthday"]) if raw["birthday"] else None,
        source=raw["source"],
        marketing_consent=raw["marketing_consent"],
        lifecycle_stage=raw["lifecycle_stage"],
        tags=tuple(raw["tags"]),
        notes=raw["notes"],
        owner_id=raw["owner_id"],
        address=Address(*raw["address"]),
    )


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def _new_contact(
    data: ContactInput, account_id: uuid.UUID | None, account_name: str | None
) -> store.NewContact:
    """The stored form of a new contact, built by the same functions as ``write_contact`` (a
    test compares the two), for the fast path of many new contacts."""
    points = contacts.validate_contact(data)
    values: dict[str, object] = {
        "id": new_id(),
        **contacts.contact_columns(data, account_id, account_name, points),
        "marketing_consent": data.marketing_consent,
        "consent_at": utcnow() if data.marketing_consent else None,
    }
    tags = tuple(sorted({t.strip() for t in data.tags if t.strip()}))
    return store.NewContact(values, tuple(points), tags)


def _update_search_index(uow: UnitOfWork, kind: str, ids: Iterable[uuid.UUID]) -> None:
    wanted = [str(i) for i in ids]
    if wanted:
        search.update_index(uow, kind, wanted)


# --- the import ------------------------------------------------------------------------------


def run_import(
    uow: UnitOfWork,
    table: SourceTable,
    mapping: Mapping | None = None,
    policy: DuplicatePolicy | str = DuplicatePolicy.SKIP,
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    checked: Preview | None = None,
) -> ImportSummary:
    """Import the data rows of ``table`` in one transaction; commits unless ``dry_run``.

    Runs on the thread that owns ``uow`` (a worker in the program). Raises
    ``ImportCancelledError`` when ``cancelled()`` turns true; nothing is written then.
    ``checked``: the preview of ``table`` with ``mapping`` already made (saves reading twice).
    """
    policy = DuplicatePolicy(policy)
    if checked is None:
        checked = preview(table, mapping)
    total = len(checked.rows)
    report = progress or (lambda _phase, _done, _total: None)
    is_cancelled = cancelled or (lambda: False)
    report("prepare", 0, total)
    index = _Index(uow)
    created_contacts: list[uuid.UUID] = []
    created_set: set[uuid.UUID] = set()
    created_accounts: list[uuid.UUID] = []
    before_update: dict[str, dict[str, Any]] = {}
    touched: set[uuid.UUID] = set()
    rejected: list[RejectedRow] = []
    empty_rows: list[int] = []
    duplicate_rows: list[int] = []
    updated = 0

    inserter = store.ContactInserter(uow.session)
    pending: list[store.NewContact] = []

    def write_pending() -> None:
        inserter.insert(pending)
        pending.clear()

    for done, row in enumerate(checked.rows):
        if done % CANCEL_CHECK_EVERY == 0:
            if is_cancelled():
                raise ImportCancelledError()
            report("import", done, total)
        if len(pending) >= INSERT_CHUNK:
            write_pending()
        if row.status == "empty":
            empty_rows.append(row.row)
            continue
        if row.status != "ok" or row.contact is None:
            reason = join_messages(row.problems)
            rejected.append(RejectedRow(row.row, reason, row.problems, row.cells))
            continue
        data = row.contact
        account_id = index.account_for(row.company, row.tax_code)
        if account_id is None and row.tax_code and not row.company:
            problem = Problem.of("tax_code", TAX_CODE_WITHOUT_COMPANY, value=row.tax_code)
            rejected.append(RejectedRow(row.row, problem.message, (problem,), row.cells))
            continue
        existing = index.match(data, account_id) if policy != DuplicatePolicy.CREATE else None
        if existing is not None and policy == DuplicatePolicy.SKIP:
            duplicate_rows.append(row.row)
            continue
        if account_id is None and row.company:
            account_id = uuid.UUID(
                contacts.write_account(uow, AccountInput(name=row.company, tax_code=row.tax_code))
            )
            created_accounts.append(account_id)
            index.account_names[account_id] = row.company
            index.account_by_name.setdefault(fold(row.company), account_id)
            if row.tax_code:
                index.account_by_tax.setdefault(row.tax_code, account_id)
        if existing is None:
            new = _new_contact(
                data, account_id, index.account_names.get(account_id) if account_id else None
            )
            pending.append(new)
            new_id_ = new.values["id"]
            assert isinstance(new_id_, uuid.UUID)
            created_contacts.append(new_id_)
            created_set.add(new_id_)
            touched.add(new_id_)
            index.add(new_id_, data, account_id)
            continue
        write_pending()  # the contact to update may be one of them
        old = _input_of(contacts.get_contact(uow, str(existing)))
        merged = _merge(old, data, str(account_id) if account_id else None)
        if merged == old:
            duplicate_rows.append(row.row)
            continue
        if existing not in created_set:
            before_update.setdefault(str(existing), _snapshot(old))
        contacts.write_contact(uow, merged, str(existing))
        touched.add(existing)
        index.add(existing, merged, uuid.UUID(merged.account_id) if merged.account_id else None)
        updated += 1
    write_pending()

    if is_cancelled():
        raise ImportCancelledError()
    report("finish", total, total)
    _update_search_index(uow, "contact", touched)
    _update_search_index(uow, "account", created_accounts)
    uow.session.flush()
    batch_id: str | None = None
    file_name = Path(table.path).name
    if not dry_run and (created_contacts or created_accounts or before_update):
        undo = {
            "seq": store.last_change_seq(uow.session),
            "contacts_created": [str(i) for i in created_contacts],
            "accounts_created": [str(i) for i in created_accounts],
            "contacts_updated": before_update,
        }
        batch_id = str(
            store.add_batch(
                uow.session,
                file_name=table.path,
                entity="contacts",
                created=len(created_contacts),
                updated=updated,
                rejected=len(rejected),
                undo_json=json.dumps(undo, ensure_ascii=False),
            )
        )
    if is_cancelled():
        raise ImportCancelledError()
    if not dry_run:
        uow.commit()
    log.info(
        "import of %s: %d created, %d updated, %d duplicates, %d rejected, %d empty%s",
        file_name,
        len(created_contacts),
        updated,
        len(duplicate_rows),
        len(rejected),
        len(empty_rows),
        " (dry run)" if dry_run else "",
    )
    return ImportSummary(
        created=len(created_contacts),
        updated=updated,
        duplicates=len(duplicate_rows),
        rejected=tuple(rejected),
        batch_id=batch_id,
        empty_rows=tuple(empty_rows),
        duplicate_rows=tuple(duplicate_rows),
        accounts_created=len(created_accounts),
        data_rows=total,
        dry_run=dry_run,
        headers=checked.headers,
        file_name=file_name,
    )


# --- undo ------------------------------------------------------------------------------------


def undo_last_import(uow: UnitOfWork) -> UndoSummary:
    """Undo the newest import that was not undone yet; commits. Raises ``NothingToUndoError``
    or ``ChangedSinceImportError`` (then nothing is changed)."""
    batch = store.newest_batch(uow.session)
    if batch is None:
        raise NothingToUndoError()
    return undo_import(uow, str(batch.id))


def undo_import(uow: UnitOfWork, batch_id: str) -> UndoSummary:
    """Undo one import: tombstone what it created, restore what it updated; commits."""
    batch = store.get_batch(uow.session, uuid.UUID(batch_id))
    if batch is None or batch.undone:
        raise NothingToUndoError()
    undo = json.loads(batch.undo_json)
    seq = int(undo.get("seq", 0))
    created = [uuid.UUID(i) for i in undo.get("contacts_created", [])]
    accounts = [uuid.UUID(i) for i in undo.get("accounts_created", [])]
    updated: dict[str, dict[str, Any]] = undo.get("contacts_updated", {})
    updated_ids = [uuid.UUID(i) for i in updated]
    session = uow.session
    changed = len(store.changed_after(session, Contact, created + updated_ids, seq))
    changed += len(store.changed_after(session, Account, accounts, seq))
    if not changed and store.points_changed_after(session, created + updated_ids, seq):
        changed = 1
    if changed:
        raise ChangedSinceImportError(Path(batch.file_name).name, changed)
    for contact_id, raw in updated.items():
        data = _from_snapshot(raw)
        if data.account_id and uuid.UUID(data.account_id) in accounts:
            data = replace(data, account_id=None)  # cannot happen: kept for safety
        contacts.write_contact(uow, data, contact_id)
    removed = store.soft_delete_contacts(session, created)
    kept = store.soft_delete_unused_accounts(session, accounts)
    _update_search_index(uow, "contact", [*created, *updated_ids])
    _update_search_index(uow, "account", accounts)
    store.mark_batch_undone(session, batch.id)
    uow.commit()
    return UndoSummary(
        batch_id=str(batch.id),
        file_name=Path(batch.file_name).name,
        removed=removed,
        restored=len(updated),
        accounts_removed=len(accounts) - len(kept),
    )


# --- rejected rows -----------------------------------------------------------------------------


def save_rejected(
    path: Path,
    summary: ImportSummary,
    reason_text: Callable[[RejectedRow], str] | None = None,
) -> int:
    """Write the rejected rows as CSV (UTF-8 with BOM, for Excel) with the file's headers and
    a "reason" column, ready to fix and import again. Returns the number of rows written."""
    text = reason_text or (lambda r: r.reason)
    width = max([len(summary.headers), *(len(r.cells) for r in summary.rejected)])
    headers = list(summary.headers) + [""] * (width - len(summary.headers))
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([*headers, "reason"])
        for rejected in summary.rejected:
            cells = list(rejected.cells) + [""] * (width - len(rejected.cells))
            writer.writerow([*cells, text(rejected)])
    partial.replace(path)
    return len(summary.rejected)
