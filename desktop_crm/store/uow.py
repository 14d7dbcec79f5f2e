"""Unit of work: one short session per operation, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """``with uow: ...; uow.commit()`` — leaving the block without commit rolls back.

    Not thread-safe: make one per operation, on the thread that runs it.
    """

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is used outside its 'with' block")
        return self._session

    def __enter__(self) -> Self:
        self._session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None

    def commit(self) -> None:
        self.session.commit()

    def read_only(self) -> None:
        """Make the transaction that starts next a plain read that does not hold the write
        lock (for long reads: recomputations, exports). Call it before the first query; a
        later write in the same transaction may fail if someone wrote meanwhile, so end the
        read (``end_read``) before writing."""
        from desktop_crm.store.engine import DEFERRED

        self.session.connection(execution_options={DEFERRED: True})

    def end_read(self) -> None:
        """End a read-only transaction; the next statement starts a normal (writing) one."""
        self.session.rollback()
