from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from desktop_crm.store.database import Database
from desktop_crm.store.engine import BUSY_TIMEOUT_MS
from desktop_crm.store.models import Contact, Deal, User


def test_every_connection_gets_the_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS


def test_unit_of_work_rolls_back_unless_committed(db: Database) -> None:
    with db.uow() as uow:
        uow.session.add(User(name="Phạm Minh Châu"))
        uow.session.flush()
    with db.uow() as uow:
        assert uow.session.scalars(select(User)).all() == []


def test_writes_are_stamped_with_increasing_change_numbers(db: Database) -> None:
    with db.uow() as uow:
        uow.session.add_all([User(name="A"), User(name="B")])
        uow.commit()
    with db.uow() as uow:
        users = uow.session.scalars(select(User).order_by(User.change_seq)).all()
        first_seqs = [u.change_seq for u in users]
        created = users[0].updated_at
        users[0].name = "Nguyễn Thị Ánh Dương"
        uow.commit()
        assert users[0].change_seq > max(first_seqs)
        assert users[0].updated_at >= created
    assert first_seqs[0] > 0 and len(set(first_seqs)) == 2


def test_keys_are_time_ordered_uuids(db: Database) -> None:
    with db.uow() as uow:
        user = User(name="A")
        uow.session.add(user)
        uow.commit()
    assert isinstance(user.id, uuid.UUID) and user.id.version == 7


def test_foreign_keys_are_enforced(db: Database) -> None:
    with db.uow() as uow:
        uow.session.add(
            Deal(title="x", pipeline_id=uuid.uuid4(), stage_id=uuid.uuid4(), currency="VND")
        )
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_times_are_utc_and_naive_times_refused(db: Database) -> None:
    local = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    with db.uow() as uow:
        uow.session.add(Contact(full_name="Lê Hoàng Phúc", consent_at=local))
        uow.commit()
    with db.uow() as uow:
        stored = uow.session.scalars(select(Contact.consent_at)).one()
        assert stored == local and stored.tzinfo == dt.UTC and stored.hour == 2
        uow.session.add(Contact(full_name="x", consent_at=dt.datetime(2026, 1, 1)))
        with pytest.raises(Exception, match="timezone-aware"):
            uow.session.flush()


def test_vietnamese_text_round_trips_exactly(db: Database) -> None:
    names = ["Nguyễn Thị Ánh Dương", "Công ty TNHH Thương mại Đông Á", "Trần Văn Đức"]
    with db.uow() as uow:
        uow.session.add_all(Contact(full_name=n) for n in names)
        uow.commit()
    with db.uow() as uow:
        assert sorted(uow.session.scalars(select(Contact.full_name))) == sorted(names)


def test_schema_changes_roll_back_with_the_transaction(db: Database) -> None:
    """DDL must not commit on its own (pysqlite's default); migrations and bulk loads rely on it."""
    with db.uow() as uow:
        uow.session.execute(text("DROP INDEX ix_contacts_full_name"))
        uow.session.execute(text("CREATE TABLE scratch (x INTEGER)"))
    with db.engine.connect() as conn:
        names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert "ix_contacts_full_name" in names and "scratch" not in names
