"""Persistence for imports: keys for duplicate look-up, import batches, undo, saved mappings,
and the rows of a contacts export.

Everything runs inside the caller's unit of work (one transaction); nothing here commits.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from desktop_crm.store.changes import reserve_change_numbers
from desktop_crm.store.ids import new_id, utcnow
from desktop_crm.store.models import (
    Account,
    Contact,
    ContactPoint,
    Device,
    ImportBatch,
    Tag,
    Tagging,
    TeamSetting,
)

CHUNK = 500  # ids per IN (...) list: well under SQLite's variable limit


def _chunks(ids: Sequence[uuid.UUID]) -> Iterator[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


# --- duplicate look-up -------------------------------------------------------------------


def live_contact_names(session: Session) -> list[tuple[uuid.UUID, str, uuid.UUID | None]]:
    """(id, full name, account id) of every live contact."""
    stmt = select(Contact.id, Contact.full_name, Contact.account_id).where(
        Contact.deleted_at.is_(None)
    )
    return [
        (contact_id, name, account_id) for contact_id, name, account_id in session.execute(stmt)
    ]


def live_contact_points(session: Session) -> list[tuple[str, str, uuid.UUID]]:
    """(kind, value, contact id) of every live phone and e-mail of a live contact."""
    stmt = (
        select(ContactPoint.kind, ContactPoint.value, ContactPoint.contact_id)
        .join(Contact, Contact.id == ContactPoint.contact_id)
        .where(ContactPoint.deleted_at.is_(None), Contact.deleted_at.is_(None))
    )
    return [(k, v, owner) for k, v, owner in session.execute(stmt) if owner is not None]


def live_account_keys(session: Session) -> list[tuple[uuid.UUID, str, str | None]]:
    """(id, name, tax code) of every live account, oldest first (the first match wins)."""
    stmt = (
        select(Account.id, Account.name, Account.tax_code)
        .where(Account.deleted_at.is_(None))
        .order_by(Account.created_at)
    )
    return [(account_id, name, tax_code) for account_id, name, tax_code in session.execute(stmt)]


# --- batches and undo ----------------------------------------------------------------------


def last_change_seq(session: Session) -> int:
    """This device's newest change number (after a flush: including the caller's writes)."""
    return int(session.scalar(select(Device.last_change_seq).limit(1)) or 0)


def add_batch(
    session: Session,
    *,
    file_name: str,
    entity: str,
    created: int,
    updated: int,
    rejected: int,
    undo_json: str,
) -> uuid.UUID:
    batch = ImportBatch(
        file_name=file_name,
        entity=entity,
        created_count=created,
        updated_count=updated,
        rejected_count=rejected,
        undo_json=undo_json,
    )
    session.add(batch)
    session.flush()
    return batch.id


@dataclass(frozen=True)
class BatchRow:
    id: uuid.UUID
    file_name: str
    created_at_iso: str
    undo_json: str
    undone: bool


def _batch_row(batch: ImportBatch) -> BatchRow:
    return BatchRow(
        batch.id,
        batch.file_name,
        batch.created_at.isoformat(),
        batch.undo_json,
        batch.undone_at is not None,
    )


def newest_batch(session: Session, *, only_live: bool = True) -> BatchRow | None:
    stmt = select(ImportBatch).order_by(ImportBatch.created_at.desc(), ImportBatch.id.desc())
    if only_live:
        stmt = stmt.where(ImportBatch.undone_at.is_(None))
    batch = session.scalars(stmt.limit(1)).first()
    return _batch_row(batch) if batch is not None else None


def get_batch(session: Session, batch_id: uuid.UUID) -> BatchRow | None:
    batch = session.get(ImportBatch, batch_id)
    return _batch_row(batch) if batch is not None else None


def mark_batch_undone(session: Session, batch_id: uuid.UUID) -> None:
    session.execute(
        update(ImportBatch).where(ImportBatch.id == batch_id).values(undone_at=utcnow())
    )


def changed_after(
    session: Session, model: type[Contact] | type[Account], ids: Sequence[uuid.UUID], seq: int
) -> list[uuid.UUID]:
    """Those of ``ids`` written (or deleted) after change number ``seq``."""
    found: list[uuid.UUID] = []
    for chunk in _chunks(ids):
        stmt = select(model.id).where(model.id.in_(chunk), model.change_seq > seq)
        found.extend(session.scalars(stmt))
    return found


def points_changed_after(session: Session, contact_ids: Sequence[uuid.UUID], seq: int) -> bool:
    """Whether a phone, e-mail or tag of one of ``contact_ids`` changed after ``seq``."""
    for chunk in _chunks(contact_ids):
        for model in (ContactPoint, Tagging):
            stmt = (
                select(func.count())
                .select_from(model)
                .where(model.contact_id.in_(chunk), model.change_seq > seq)
            )
            if session.scalar(stmt):
                return True
    return False


def _tombstone(session: Session, model: Any, ids: Sequence[uuid.UUID]) -> int:
    """Set ``deleted_at`` on the live rows ``ids`` of ``model``, each with its own change
    number (one executemany instead of loading every row into the ORM)."""
    live: list[uuid.UUID] = []
    for chunk in _chunks(ids):
        live.extend(
            session.scalars(select(model.id).where(model.id.in_(chunk), model.deleted_at.is_(None)))
        )
    if not live:
        return 0
    first = reserve_change_numbers(session, len(live))
    now = utcnow()
    table = model.__table__
    stmt = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(deleted_at=now, updated_at=now, change_seq=bindparam("b_seq"))
    )
    session.connection().execute(
        stmt, [{"b_id": row_id, "b_seq": first + n} for n, row_id in enumerate(live)]
    )
    return len(live)


def soft_delete_contacts(session: Session, ids: Sequence[uuid.UUID]) -> int:
    """Tombstone contacts with their phones, e-mails and tag links; returns how many contacts."""
    session.flush()
    owned: dict[Any, list[uuid.UUID]] = {ContactPoint: [], Tagging: []}
    for chunk in _chunks(ids):
        for model, found in owned.items():
            found.extend(
                session.scalars(
                    select(model.id).where(model.contact_id.in_(chunk), model.deleted_at.is_(None))
                )
            )
    for model, found in owned.items():
        _tombstone(session, model, found)
    count = _tombstone(session, Contact, ids)
    session.expire_all()  # the ORM's copies of these rows are stale now
    return count


def soft_delete_unused_accounts(session: Session, ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    """Tombstone those of ``ids`` that no live contact belongs to, with their phones and
    e-mails; return the ones kept."""
    session.flush()
    kept: set[uuid.UUID] = set()
    for chunk in _chunks(ids):
        kept.update(
            account_id
            for account_id in session.scalars(
                select(Contact.account_id).where(
                    Contact.account_id.in_(chunk), Contact.deleted_at.is_(None)
                )
            )
            if account_id is not None
        )
    unused = [i for i in ids if i not in kept]
    points: list[uuid.UUID] = []
    for chunk in _chunks(unused):
        points.extend(
            session.scalars(
                select(ContactPoint.id).where(
                    ContactPoint.account_id.in_(chunk), ContactPoint.deleted_at.is_(None)
                )
            )
        )
    _tombstone(session, ContactPoint, points)
    _tombstone(session, Account, unused)
    session.expire_all()
    return [i for i in ids if i in kept]


# --- saved mappings (team settings) --------------------------------------------------------


def team_setting(session: Session, key: str) -> str | None:
    stmt = (
        select(TeamSetting.value_json)
        .where(TeamSetting.key == key, TeamSetting.deleted_at.is_(None))
        .order_by(TeamSetting.updated_at.desc())
        .limit(1)
    )
    return session.scalars(stmt).first()


def put_team_setting(session: Session, key: str, value_json: str) -> None:
    row = session.scalars(
        select(TeamSetting)
        .where(TeamSetting.key == key, TeamSetting.deleted_at.is_(None))
        .order_by(TeamSetting.updated_at.desc())
        .limit(1)
    ).first()
    if row is None:
        session.add(TeamSetting(key=key, value_json=value_json))
    elif row.value_json != value_json:
        row.value_json = value_json
    session.flush()


def delete_team_setting(session: Session, key: str) -> None:
    now = utcnow()
    for row in session.scalars(
        select(TeamSetting).where(TeamSetting.key == key, TeamSetting.deleted_at.is_(None))
    ):
        row.deleted_at = now
    session.flush()


def team_setting_keys(session: Session, prefix: str) -> list[str]:
    stmt = (
        select(TeamSetting.key)
        .where(
            TeamSetting.key.startswith(prefix, autoescape=True), TeamSetting.deleted_at.is_(None)
        )
        .distinct()
        .order_by(TeamSetting.key)
    )
    return list(session.scalars(stmt))


# --- export --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactExportRow:
    id: uuid.UUID
    full_name: str
    account_name: str | None
    tax_code: str | None
    title: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    street: str | None
    ward: str | None
    district: str | None
    province: str | None
    birthday: object
    lifecycle_stage: str
    source: str | None
    tags: tuple[str, ...]
    notes: str | None


def export_contacts(session: Session, page_size: int = 2000) -> Iterable[ContactExportRow]:
    """Every live contact, by name, with its company, phones, e-mails and tags, in pages."""
    last: tuple[str, uuid.UUID] | None = None
    while True:
        stmt = (
            select(Contact, Account.name, Account.tax_code)
            .outerjoin(Account, (Account.id == Contact.account_id) & Account.deleted_at.is_(None))
            .where(Contact.deleted_at.is_(None))
            .order_by(Contact.full_name, Contact.id)
            .limit(page_size)
        )
        if last is not None:
            stmt = stmt.where(
                (Contact.full_name > last[0])
                | ((Contact.full_name == last[0]) & (Contact.id > last[1]))
            )
        page = list(session.execute(stmt))
        if not page:
            return
        ids = [row[0].id for row in page]
        points: dict[uuid.UUID | None, dict[str, list[str]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for kind, value, contact_id in session.execute(
            select(ContactPoint.kind, ContactPoint.value, ContactPoint.contact_id)
            .where(ContactPoint.contact_id.in_(ids), ContactPoint.deleted_at.is_(None))
            .order_by(ContactPoint.is_primary.desc(), ContactPoint.created_at)
        ):
            points[contact_id][kind].append(value)
        tags: dict[uuid.UUID | None, list[str]] = defaultdict(list)
        for name, contact_id in session.execute(
            select(Tag.name, Tagging.contact_id)
            .join(Tagging, Tagging.tag_id == Tag.id)
            .where(
                Tagging.contact_id.in_(ids), Tagging.deleted_at.is_(None), Tag.deleted_at.is_(None)
            )
            .order_by(Tag.name)
        ):
            tags[contact_id].append(name)
        for contact, account_name, tax_code in page:
            yield ContactExportRow(
                id=contact.id,
                full_name=contact.full_name,
                account_name=account_name,
                tax_code=tax_code,
                title=contact.title,
                phones=tuple(points[contact.id]["phone"]),
                emails=tuple(points[contact.id]["email"]),
                street=contact.street,
                ward=contact.ward,
                district=contact.district,
                province=contact.province,
                birthday=contact.birthday,
                lifecycle_stage=contact.lifecycle_stage,
                source=contact.source,
                tags=tuple(tags[contact.id]),
                notes=contact.notes,
            )
        last = (page[-1][0].full_name, page[-1][0].id)
        session.expunge_all()  # a large export must not keep every row in the session


# --- fast inserts of new contacts ------------------------------------------------------------


@dataclass(frozen=True)
class NewContact:
    """A validated new contact: its column values (``id`` included), its (kind, value, label)
    points in order (the first of each kind is primary) and its tag names."""

    values: dict[str, object]
    points: tuple[tuple[str, str, str | None], ...]
    tags: tuple[str, ...]


class ContactInserter:
    """Adds many new contacts with few flushes (the ORM then writes them with executemany);
    change numbers are stamped as for any ORM write. In the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._tag_ids: dict[str, uuid.UUID] | None = None

    def _tags(self) -> dict[str, uuid.UUID]:
        if self._tag_ids is None:
            self._tag_ids = {}
            for tag_id, name in self._session.execute(
                select(Tag.id, Tag.name).where(Tag.deleted_at.is_(None)).order_by(Tag.created_at)
            ):
                self._tag_ids.setdefault(name, tag_id)
        return self._tag_ids

    def insert(self, contacts: Sequence[NewContact]) -> None:
        if not contacts:
            return
        session = self._session
        session.add_all([Contact(**c.values) for c in contacts])
        session.flush()  # the contacts first: points and tag links refer to them
        tag_ids = self._tags()
        linked: list[object] = []
        for contact in contacts:
            contact_id = contact.values["id"]
            assert isinstance(contact_id, uuid.UUID)
            seen_kinds: set[str] = set()
            for kind, value, label in contact.points:
                linked.append(
                    ContactPoint(
                        id=new_id(),
                        kind=kind,
                        value=value,
                        label=label,
                        is_primary=kind not in seen_kinds,
                        contact_id=contact_id,
                    )
                )
                seen_kinds.add(kind)
            for name in contact.tags:
                tag_id = tag_ids.get(name)
                if tag_id is None:
                    tag_id = tag_ids[name] = new_id()
                    session.add(Tag(id=tag_id, name=name))
                    session.flush()
                linked.append(Tagging(id=new_id(), tag_id=tag_id, contact_id=contact_id))
        session.add_all(linked)
        session.flush()
