"""The Contacts and Accounts lists: filters, sort order, pages of rows, export of what is shown.

Everything is read in pages (``fetch_page``) so a list of 100,000 contacts costs one page of
work at a time; sorting happens in the database (``store.list_queries``). Safe on any thread;
each call takes its own unit of work.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from desktop_crm.store import list_queries
from desktop_crm.store.list_queries import ACCOUNT_COLUMNS, CONTACT_COLUMNS, ListSpec
from desktop_crm.store.uow import UnitOfWork

__all__ = [
    "ACCOUNT_COLUMNS",
    "CONTACT_COLUMNS",
    "FilterChoices",
    "ListFilters",
    "ListRow",
    "ListSort",
    "columns_of",
    "count_rows",
    "fetch_page",
    "filter_choices",
    "iter_rows",
]

KINDS = ("contact", "account")


def columns_of(kind: str) -> tuple[str, ...]:
    if kind not in KINDS:
        raise ValueError(f"unknown list kind {kind!r}")
    return CONTACT_COLUMNS if kind == "contact" else ACCOUNT_COLUMNS


@dataclass(frozen=True)
class ListFilters:
    """The filter bar's choices. Empty values mean "any"; serialisable with ``to_json``.

    ``segment`` is one of ``services.segments.SEGMENT_FILTERS``' kind of keys: ("care",
    "loyal"), ("rfm", "champions"), ("tier", "A"), ("churn", "yes"); it matches the computed
    ``customer_segments`` (a contact at a company by its account's row).
    """

    text: str = ""
    owner_id: str | None = None
    tag: str | None = None
    province: str | None = None
    lifecycle_stage: str | None = None
    has_open_deal: bool = False
    not_contacted_days: int | None = None
    segment: tuple[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "owner_id": self.owner_id,
            "tag": self.tag,
            "province": self.province,
            "lifecycle_stage": self.lifecycle_stage,
            "has_open_deal": self.has_open_deal,
            "not_contacted_days": self.not_contacted_days,
            "segment": list(self.segment) if self.segment else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ListFilters:
        days = data.get("not_contacted_days")
        raw_segment = data.get("segment")
        segment = None
        if isinstance(raw_segment, (list, tuple)) and len(raw_segment) == 2:
            segment = (str(raw_segment[0]), str(raw_segment[1]))
        return cls(
            text=str(data.get("text") or ""),
            owner_id=data.get("owner_id") or None,
            tag=data.get("tag") or None,
            province=data.get("province") or None,
            lifecycle_stage=data.get("lifecycle_stage") or None,
            has_open_deal=bool(data.get("has_open_deal")),
            not_contacted_days=int(days) if days not in (None, "") else None,
            segment=segment,
        )


@dataclass(frozen=True)
class ListSort:
    column: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ListRow:
    """One row: its id and the value of every column (``columns_of(kind)`` keys).

    Values are plain: str, int, ``dt.datetime`` (aware UTC), a tuple of tag names, or None;
    phones in E.164 form (the view formats them).
    """

    id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def get(self, column: str) -> Any:
        return self.values.get(column)


@dataclass(frozen=True)
class FilterChoices:
    owners: tuple[tuple[str, str], ...]  # (id, name)
    tags: tuple[str, ...]
    provinces: tuple[str, ...]


def _spec(kind: str, filters: ListFilters, sort: ListSort, now: dt.datetime) -> ListSpec:
    columns_of(kind)
    if sort.column not in columns_of(kind):
        raise ValueError(f"a {kind} list has no column {sort.column!r}")
    since = None
    if filters.not_contacted_days is not None:
        since = now - dt.timedelta(days=max(0, filters.not_contacted_days))
    owner = None
    if filters.owner_id:
        try:
            owner = uuid.UUID(filters.owner_id)
        except ValueError:
            owner = uuid.UUID(int=0)  # an owner that no longer exists: no rows
    return ListSpec(
        kind=kind,
        owner_id=owner,
        tag=filters.tag,
        province=filters.province,
        lifecycle_stage=filters.lifecycle_stage if kind == "contact" else None,
        has_open_deal=filters.has_open_deal,
        not_contacted_since=since,
        segment=_segment(filters.segment),
        text=filters.text.strip() or None,
        sort=sort.column,
        descending=sort.descending,
    )


def _segment(segment: tuple[str, str] | None) -> tuple[str, str] | None:
    if segment is None:
        return None
    if segment[0] not in list_queries.SEGMENT_DIMENSIONS:
        raise ValueError(f"unknown segment filter {segment!r}")
    return (segment[0], segment[1])


def _now(now: dt.datetime | None) -> dt.datetime:
    return now if now is not None else dt.datetime.now(dt.UTC)


def count_rows(
    uow: UnitOfWork, kind: str, filters: ListFilters, now: dt.datetime | None = None
) -> int:
    """How many records pass ``filters`` (``now``: aware, the "not contacted" reference)."""
    return list_queries.count(uow.session, _spec(kind, filters, ListSort(), _now(now)))


def fetch_page(
    uow: UnitOfWork,
    kind: str,
    filters: ListFilters,
    sort: ListSort,
    offset: int,
    limit: int,
    now: dt.datetime | None = None,
) -> list[ListRow]:
    """Rows ``offset`` .. ``offset + limit`` of the list in ``sort`` order."""
    session = uow.session
    spec = _spec(kind, filters, sort, _now(now))
    ids = list_queries.page_ids(session, spec, offset, limit)
    rows = list_queries.row_values(session, kind, ids)
    result = []
    for row in rows:
        values = {k: v for k, v in row.items() if k != "id"}
        if values.get("account_id") is not None:
            values["account_id"] = str(values["account_id"])
        result.append(ListRow(str(row["id"]), values))
    return result


def iter_rows(
    uow: UnitOfWork,
    kind: str,
    filters: ListFilters,
    sort: ListSort,
    page_size: int = 2000,
    now: dt.datetime | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[ListRow]:
    """Every row of the list, in order, read a page at a time (for exports)."""
    moment = _now(now)
    offset = 0
    while not cancelled():
        page = fetch_page(uow, kind, filters, sort, offset, page_size, moment)
        yield from page
        if len(page) < page_size:
            return
        offset += page_size


def filter_choices(uow: UnitOfWork, kind: str) -> FilterChoices:
    session = uow.session
    return FilterChoices(
        owners=tuple((str(i), n) for i, n in list_queries.users(session)),
        tags=tuple(list_queries.tags_in_use(session)),
        provinces=tuple(list_queries.provinces(session, kind)),
    )


def account_suggestions(uow: UnitOfWork, text: str, limit: int = 15) -> list[tuple[str, str]]:
    """(id, name) of accounts matching ``text`` folded, for the account picker."""
    return [(str(i), n) for i, n in list_queries.account_names(uow.session, text, limit)]


def tag_names(uow: UnitOfWork) -> list[str]:
    """Every tag in use, folded order (for completers)."""
    return list_queries.tags_in_use(uow.session)


def with_sort(sort: ListSort, column: str, descending: bool) -> ListSort:
    return replace(sort, column=column, descending=descending)
