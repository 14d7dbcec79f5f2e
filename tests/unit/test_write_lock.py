"""Writers queue for SQLite's write lock instead of failing on a stale snapshot."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy.exc import OperationalError

from desktop_crm.store.database import Database
from desktop_crm.store.models import Account, User


def test_a_save_that_read_first_is_not_broken_by_a_concurrent_writer(db: Database) -> None:
    finished: list[str] = []

    def other_writer() -> None:
        with db.uow() as uow:  # waits for the lock the first unit holds
            uow.session.add(User(name="Lê Thị Hoa"))
            uow.commit()
        finished.append("other")

    with db.uow() as uow:
        uow.session.query(Account).count()  # read first, as a form's save does
        thread = threading.Thread(target=other_writer)
        thread.start()
        time.sleep(0.3)
        assert finished == []  # the other writer is queued, not racing
        uow.session.add(Account(name="Công ty TNHH Thương mại Đông Á", search_text=""))
        uow.commit()  # deferred transactions failed here with "database is locked"
    thread.join(10)
    assert finished == ["other"]
    with db.uow() as uow:
        assert uow.session.query(Account).count() == 1
        assert uow.session.query(User).filter_by(name="Lê Thị Hoa").count() == 1


def test_a_read_only_unit_does_not_hold_the_write_lock(db: Database) -> None:
    with db.uow() as reader:
        reader.read_only()
        reader.session.query(Account).count()
        with db.uow() as writer:  # not blocked by the long read
            writer.session.add(Account(name="Nguyễn Thị Ánh Dương", search_text=""))
            writer.commit()
        # ...and the reader's snapshot is stale now, so it must not write in it:
        reader.session.add(Account(name="Đông Á", search_text=""))
        with pytest.raises(OperationalError, match="locked"):
            reader.session.flush()
        reader.end_read()
        reader.session.add(Account(name="Đông Á", search_text=""))
        reader.commit()
    with db.uow() as uow:
        assert uow.session.query(Account).count() == 2
