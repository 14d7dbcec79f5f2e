"""Contacts and accounts lists: paging, database sorting, every filter, export iteration."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from desktop_crm.domain.text import fold
from desktop_crm.services import contacts
from desktop_crm.services.contact_list import (
    ListFilters,
    ListSort,
    columns_of,
    count_rows,
    fetch_page,
    filter_choices,
    iter_rows,
)
from desktop_crm.services.demo import build_demo
from desktop_crm.store.database import Database
from desktop_crm.store.models import Activity, Contact, Deal, Tag, Tagging

AS_OF = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    db = Database.open(folder / "crm.sqlite3", folder / "backups")
    build_demo(db, "small", seed=1, as_of=AS_OF)
    db.close()
    return folder / "crm.sqlite3"


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the small demo data set (tests may write)."""
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(demo_file) + suffix)
        if source.exists():
            shutil.copy(source, tmp_path / ("crm.sqlite3" + suffix))
    db = Database.open(tmp_path / "crm.sqlite3", tmp_path / "backups")
    yield db
    db.close()


def _all(db: Database, kind: str, filters: ListFilters, sort: ListSort) -> list[Any]:
    with db.uow() as uow:
        return fetch_page(uow, kind, filters, sort, 0, 100_000, NOW)


def _rows(db: Database, model: Any) -> list[Any]:
    """Live rows of ``model`` as plain copies (ORM objects do not outlive their session)."""
    with db.uow() as uow:
        found = uow.session.scalars(select(model).where(model.deleted_at.is_(None)))
        return [
            SimpleNamespace(**{c.key: getattr(r, c.key) for c in model.__table__.c}) for r in found
        ]


def _live_contacts(db: Database) -> list[Any]:
    return _rows(db, Contact)


def test_pages_put_together_are_the_whole_list_once(demo: Database) -> None:
    sort = ListSort("account")
    with db_uow(demo) as uow:
        total = count_rows(uow, "contact", ListFilters(), NOW)
        pages = [
            fetch_page(uow, "contact", ListFilters(), sort, o, 37, NOW) for o in range(0, 250, 37)
        ]
    assert total == 200
    ids = [row.id for page in pages for row in page]
    assert len(ids) == total == len(set(ids))
    assert ids == [row.id for row in _all(demo, "contact", ListFilters(), sort)]
    assert all(len(page) == 37 for page in pages[:5]) and len(pages[5]) == 200 - 5 * 37


def db_uow(db: Database) -> Any:
    return db.uow()


@pytest.mark.parametrize("kind", ["contact", "account"])
def test_every_column_sorts_in_the_database_both_ways(demo: Database, kind: str) -> None:
    for column in columns_of(kind):
        up = _all(demo, kind, ListFilters(), ListSort(column))
        down = _all(demo, kind, ListFilters(), ListSort(column, descending=True))
        assert len(up) == len(down) == (200 if kind == "contact" else 40)
        values = [row.get(column) for row in up if row.get(column) not in (None, ())]
        key = _sort_key(column)
        assert values == sorted(values, key=key), column
        # Empty values come last both ways.
        empties = [row.get(column) in (None, ()) for row in up]
        assert empties == sorted(empties), column
        values_down = [row.get(column) for row in down if row.get(column) not in (None, ())]
        keys_down = [key(v) for v in values_down]
        assert keys_down == sorted(keys_down, reverse=True), column


def _sort_key(column: str) -> Any:
    if column in ("name", "account", "province", "given_name"):
        return lambda v: fold(v)
    if column in ("title", "tax_code", "industry"):
        return lambda v: v.lower()
    if column == "stage":
        return ["lead", "prospect", "customer", "former"].index
    if column == "tags":
        return lambda v: fold(v[0])  # by the first tag (each row's tags are in folded order)
    return lambda v: v


def test_names_sort_folded_so_d_with_stroke_sorts_as_d(db: Database) -> None:
    names = ["Đinh Văn Chí", "Bùi Thị Zơn", "Dương Quốc Bảo", "Đặng Thu An", "Hồ Thị Hồng"]
    with db.uow() as uow:
        for name in names:
            contacts.create_contact(uow, contacts.ContactInput(full_name=name))
    by_name = [r.get("name") for r in _all(db, "contact", ListFilters(), ListSort("name"))]
    assert by_name == [
        "Bùi Thị Zơn",
        "Đặng Thu An",
        "Đinh Văn Chí",
        "Dương Quốc Bảo",
        "Hồ Thị Hồng",
    ]
    # Vietnamese style: given name first (An, Bảo, Chí, Hồng, Zơn), then family name.
    given = [r.get("name") for r in _all(db, "contact", ListFilters(), ListSort("given_name"))]
    assert given == ["Đặng Thu An", "Dương Quốc Bảo", "Đinh Văn Chí", "Hồ Thị Hồng", "Bùi Thị Zơn"]


def test_given_name_sort_of_the_demo_is_given_then_family(demo: Database) -> None:
    rows = _all(demo, "contact", ListFilters(), ListSort("given_name"))
    by_id = {str(c.id): c for c in _live_contacts(demo)}
    keys = [
        (fold(by_id[r.id].given_name or ""), fold(by_id[r.id].family_name or ""))
        for r in rows
        if by_id[r.id].given_name
    ]
    assert keys == sorted(keys)


def test_has_open_deal_and_not_contacted_match_a_count_by_hand(demo: Database) -> None:
    deals, activities = _rows(demo, Deal), _rows(demo, Activity)
    live = {str(c.id) for c in _live_contacts(demo)}
    with_open = {str(d.contact_id) for d in deals if d.status == "open" and d.contact_id}
    rows = _all(demo, "contact", ListFilters(has_open_deal=True), ListSort())
    assert {r.id for r in rows} == with_open & live
    assert 0 < len(rows) < 200
    assert all(r.get("open_deals") >= 1 for r in rows)

    for days in (7, 30, 180):
        since = NOW - dt.timedelta(days=days)
        recent = {
            str(a.contact_id)
            for a in activities
            if a.contact_id and a.done_at is not None and a.done_at >= since
        }
        filters = ListFilters(not_contacted_days=days)
        rows = _all(demo, "contact", filters, ListSort("last_contact"))
        assert {r.id for r in rows} == live - recent, days
        with demo.uow() as uow:
            assert count_rows(uow, "contact", filters, NOW) == len(live - recent)
        assert all(r.get("last_contact") is None or r.get("last_contact") < since for r in rows)


def test_owner_tag_province_stage_and_text_filters(demo: Database) -> None:
    people = _live_contacts(demo)
    with demo.uow() as uow:
        choices = filter_choices(uow, "contact")
        tagged = {
            (str(contact_id), name)
            for contact_id, name in uow.session.execute(
                select(Tagging.contact_id, Tag.name)
                .join(Tag, Tag.id == Tagging.tag_id)
                .where(Tagging.deleted_at.is_(None), Tagging.contact_id.is_not(None))
            )
        }
    assert choices.owners and choices.tags and choices.provinces
    assert list(choices.provinces) == sorted(choices.provinces, key=fold)
    owner_id = choices.owners[0][0]
    rows = _all(demo, "contact", ListFilters(owner_id=owner_id), ListSort())
    assert {r.id for r in rows} == {str(c.id) for c in people if str(c.owner_id) == owner_id}
    tag = choices.tags[0]
    rows = _all(demo, "contact", ListFilters(tag=tag), ListSort())
    assert {r.id for r in rows} == {cid for cid, name in tagged if name == tag}
    assert rows and all(tag in r.get("tags") for r in rows)
    province = choices.provinces[0]
    rows = _all(demo, "contact", ListFilters(province=province), ListSort())
    assert {r.id for r in rows} == {str(c.id) for c in people if c.province == province}
    rows = _all(demo, "contact", ListFilters(lifecycle_stage="customer"), ListSort())
    assert {r.id for r in rows} == {str(c.id) for c in people if c.lifecycle_stage == "customer"}
    # Typed without diacritics, found with them; combined filters narrow down.
    rows = _all(demo, "contact", ListFilters(text="nguyen"), ListSort())
    assert {r.id for r in rows} == {str(c.id) for c in people if "nguyen" in c.search_text}
    both = _all(demo, "contact", ListFilters(text="nguyen", province=province), ListSort())
    assert {r.id for r in both} == {r.id for r in rows} & {
        str(c.id) for c in people if c.province == province
    }


def test_a_phone_typed_any_way_finds_its_contact(db: Database) -> None:
    with db.uow() as uow:
        contacts.create_contact(
            uow,
            contacts.ContactInput(
                full_name="Trần Văn Hùng", phones=(contacts.Labeled("0903 123 456"),)
            ),
        )
        contacts.create_contact(uow, contacts.ContactInput(full_name="Lê Thị Hoa"))
    for typed in ("0903 123 456", "+84 903 123 456", "903123", "hung"):
        rows = _all(db, "contact", ListFilters(text=typed), ListSort())
        assert [r.get("name") for r in rows] == ["Trần Văn Hùng"], typed
        assert rows[0].get("phone") == "+84903123456"


def test_accounts_list_counts_people_and_filters(demo: Database) -> None:
    rows = _all(demo, "account", ListFilters(), ListSort("people", descending=True))
    people = _live_contacts(demo)
    for row in rows[:5]:
        assert row.get("people") == sum(1 for c in people if str(c.account_id) == row.id)
    with_deals = _all(demo, "account", ListFilters(has_open_deal=True), ListSort())
    assert 0 < len(with_deals) < len(rows)


def test_export_iteration_reads_every_row_in_pages(demo: Database) -> None:
    sort = ListSort("province", descending=True)
    filters = ListFilters(text="a")
    with demo.uow() as uow:
        exported = list(iter_rows(uow, "contact", filters, sort, page_size=16, now=NOW))
    assert [r.id for r in exported] == [r.id for r in _all(demo, "contact", filters, sort)]


def test_filters_survive_a_round_trip_through_json() -> None:
    filters = ListFilters("Đức", "x", "VIP", "Hà Nội", "lead", True, 30)
    assert ListFilters.from_json(filters.to_json()) == filters
    assert ListFilters.from_json({}) == ListFilters()
