"""Merging duplicates and undoing a merge: every reference moves, nothing is lost."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_crm.services import contacts, merge
from desktop_crm.services.contacts import AccountInput, Address, ContactInput, Labeled
from desktop_crm.services.merge import MergeError, list_recent_merges, preview_merge, undo_merge
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.store import merging
from desktop_crm.store.database import Database
from desktop_crm.store.models import (
    SYNCED_MODELS,
    Activity,
    CareCase,
    Contact,
    ContactPoint,
    Deal,
    Quote,
    Tagging,
)

STAMPS = ("change_seq", "updated_at")


def snapshot(db: Database, *, stamps: bool = False) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """Every row of every synced table (without the sync stamps unless ``stamps``)."""
    result: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    with db.uow() as uow:
        for model in SYNCED_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            rows = {}
            for row in uow.session.execute(select(table)).mappings():
                rows[row["id"]] = {k: v for k, v in row.items() if stamps or k not in STAMPS}
            result[table.name] = rows
        device = uow.session.execute(select(func.max(merging.table("device").c.last_change_seq)))
        result["device"] = {uuid.UUID(int=0): {"last": device.scalar()}} if stamps else {}
        result["merge_records"] = {
            r["id"]: dict(r)
            for r in uow.session.execute(select(merging.table("merge_records"))).mappings()
        }
    return result


@pytest.fixture(autouse=True)
def index_calls(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The search index is another service: recorded here, used for real in one test."""
    from desktop_crm.services import search

    calls: list[Any] = []
    if not request.node.name.endswith("_real_search_index"):
        monkeypatch.setattr(
            search, "update_index", lambda uow, kind, ids: calls.append((kind, set(map(str, ids))))
        )
    return calls


@dataclass
class World:
    account: str
    other_account: str
    survivor: str
    loser: str
    third: str
    user: uuid.UUID


def _add_history(db: Database, contact_id: str, account_id: str, n: int) -> None:
    """``n`` deals, activities, quotes and care cases of one person."""
    with db.uow() as uow:
        pipeline = ensure_default_pipeline(uow, "en")
        cid, aid = uuid.UUID(contact_id), uuid.UUID(account_id)
        for i in range(n):
            deal = Deal(
                title=f"Deal {i}",
                contact_id=cid,
                account_id=aid,
                pipeline_id=uuid.UUID(pipeline.id),
                stage_id=uuid.UUID(pipeline.stages[0].id),
            )
            uow.session.add(deal)
            uow.session.flush()
            uow.session.add(
                Activity(type="call", subject=f"Call {i}", contact_id=cid, deal_id=deal.id)
            )
            uow.session.add(
                Quote(
                    number=f"Q-{contact_id[:4]}-{i}",
                    contact_id=cid,
                    account_id=aid,
                    deal_id=deal.id,
                    issue_date=dt.date(2026, 11, 1),
                )
            )
            uow.session.add(CareCase(subject=f"Case {i}", contact_id=cid, account_id=aid))
        # a tombstoned activity moves too (a restore must not point at a merged record)
        uow.session.add(
            Activity(
                type="note",
                subject="old note",
                contact_id=cid,
                deleted_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            )
        )
        uow.commit()


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    from desktop_crm.store.models import User

    with db.uow() as uow:
        user = User(name="Phạm Minh Châu")
        uow.session.add(user)
        uow.commit()
        user_id = user.id
    with db.uow() as uow:
        account = contacts.create_account(uow, AccountInput(name="Công ty Cổ phần Sông Hồng"))
    with db.uow() as uow:
        other = contacts.create_account(uow, AccountInput(name="Công ty TNHH Minh Phát"))
    with db.uow() as uow:
        survivor = contacts.create_contact(
            uow,
            ContactInput(
                full_name="Nguyen Thi Anh Duong",
                account_id=account.id,
                title="Kế toán",
                phones=(Labeled("0903 123 456", "mobile"),),
                emails=(Labeled("duong@songhong.vn"),),
                tags=("VIP",),
            ),
        )
    with db.uow() as uow:
        loser = contacts.create_contact(
            uow,
            ContactInput(
                full_name="Nguyễn Thị Ánh Dương",
                account_id=other.id,
                title="Kế toán trưởng",
                phones=(Labeled("+84 903 123 456"), Labeled("0912 345 678", "home")),
                emails=(Labeled("anhduong@gmail.com"),),
                tags=("VIP", "Hà Nội"),
                birthday=dt.date(1990, 5, 17),
                owner_id=str(user_id),
                address=Address(street="12 Lý Thường Kiệt", province="Hà Nội"),
                marketing_consent=True,
            ),
        )
    with db.uow() as uow:
        third = contacts.create_contact(uow, ContactInput(full_name="Lê Văn Tám"))
    _add_history(db, survivor.id, account.id, 1)
    _add_history(db, loser.id, other.id, 3)
    _add_history(db, third.id, other.id, 1)
    yield World(account.id, other.id, survivor.id, loser.id, third.id, user_id)


def _count(db: Database, model: Any, column: Any, owner: str) -> int:
    with db.uow() as uow:
        return int(
            uow.session.scalar(
                select(func.count()).select_from(model).where(column == uuid.UUID(owner))
            )
            or 0
        )


def _counts(db: Database, contact_id: str) -> dict[str, int]:
    return {
        "deals": _count(db, Deal, Deal.contact_id, contact_id),
        "activities": _count(db, Activity, Activity.contact_id, contact_id),
        "quotes": _count(db, Quote, Quote.contact_id, contact_id),
        "care_cases": _count(db, CareCase, CareCase.contact_id, contact_id),
    }


def _live_points(db: Database, contact_id: str) -> list[tuple[str, str, bool]]:
    with db.uow() as uow:
        rows = uow.session.execute(
            select(ContactPoint.kind, ContactPoint.value, ContactPoint.is_primary).where(
                ContactPoint.contact_id == uuid.UUID(contact_id),
                ContactPoint.deleted_at.is_(None),
            )
        )
        return sorted((k, v, p) for k, v, p in rows)


def test_the_references_come_from_the_schema() -> None:
    assert set(merging.references_to("contact")) == {
        ("contact_points", "contact_id"),
        ("taggings", "contact_id"),
        ("deals", "contact_id"),
        ("activities", "contact_id"),
        ("quotes", "contact_id"),
        ("care_cases", "contact_id"),
    }
    assert ("contacts", "account_id") in merging.references_to("account")
    assert len(merging.references_to("account")) == 7


def test_merge_moves_every_reference_honours_choices_and_tombstones(
    db: Database, world: World
) -> None:
    before_survivor = _counts(db, world.survivor)
    before_loser = _counts(db, world.loser)
    assert before_loser == {"deals": 3, "activities": 4, "quotes": 3, "care_cases": 3}
    before = snapshot(db, stamps=True)
    with db.uow() as uow:
        result = merge.merge(
            uow,
            "contact",
            world.survivor,
            [world.loser],
            {
                "full_name": world.loser,
                "birthday": world.loser,
                "address": world.loser,
                "title": world.survivor,
            },
        )
    after_counts = _counts(db, world.survivor)
    assert after_counts == {k: before_survivor[k] + before_loser[k] for k in before_loser}
    assert _counts(db, world.loser) == {"deals": 0, "activities": 0, "quotes": 0, "care_cases": 0}
    assert _counts(db, world.third)["deals"] == 1  # untouched
    assert result.moved["deals"] == 3 and result.moved["activities"] == 4
    assert result.changed_fields == ("full_name", "birthday", "address")

    with db.uow() as uow:
        kept = contacts.get_contact(uow, world.survivor)
        gone = uow.session.get(Contact, uuid.UUID(world.loser))
        assert gone is not None and gone.deleted_at is not None  # tombstoned, not deleted
        survivor_row = uow.session.get(Contact, uuid.UUID(world.survivor))
        assert survivor_row is not None
        assert "0912345678" in survivor_row.search_text and "anhduong" in survivor_row.search_text
    assert kept.full_name == "Nguyễn Thị Ánh Dương"
    assert (kept.family_name, kept.given_name) == ("Nguyễn", "Dương")
    assert kept.birthday == dt.date(1990, 5, 17)
    assert kept.address.street == "12 Lý Thường Kiệt"
    assert kept.title == "Kế toán"  # the survivor's own value, as chosen
    assert kept.account_id == world.account  # not chosen: the survivor's
    assert kept.owner_id is None
    assert kept.marketing_consent is False
    # the union of phones, e-mails and tags, each once; one primary per kind
    assert _live_points(db, world.survivor) == [
        ("email", "anhduong@gmail.com", False),
        ("email", "duong@songhong.vn", True),
        ("phone", "+84903123456", True),
        ("phone", "+84912345678", False),
    ]
    assert kept.tags == ("Hà Nội", "VIP")
    assert result.duplicates_removed == 2  # the same phone and the VIP tag
    assert _live_points(db, world.loser) == []

    # every moved row was stamped with a new change number, so a sync sends it
    after = snapshot(db, stamps=True)
    last = before["device"][uuid.UUID(int=0)]["last"]
    for table, column in (
        ("deals", "contact_id"),
        ("activities", "contact_id"),
        ("quotes", "contact_id"),
        ("care_cases", "contact_id"),
        ("contact_points", "contact_id"),
        ("taggings", "contact_id"),
    ):
        for row_id, row in after[table].items():
            old = before[table][row_id]
            if row[column] != old[column]:
                assert row["change_seq"] > last and row["updated_at"] > old["updated_at"]
    assert after["contacts"][uuid.UUID(world.loser)]["change_seq"] > last
    assert after["contacts"][uuid.UUID(world.survivor)]["change_seq"] > last
    seqs = [r["change_seq"] for t in after.values() for r in t.values() if "change_seq" in r]
    assert max(seqs) == after["device"][uuid.UUID(int=0)]["last"]


def test_undo_restores_every_row_exactly(db: Database, world: World) -> None:
    before = snapshot(db)
    with db.uow() as uow:
        result = merge.merge(
            uow,
            "contact",
            world.survivor,
            [world.loser],
            {"full_name": world.loser, "owner_id": world.loser, "marketing_consent": world.loser},
        )
    assert snapshot(db)["contacts"] != before["contacts"]
    with db.uow() as uow:
        (summary,) = list_recent_merges(uow)
    assert summary.id == result.merge_id and summary.undone_at is None
    assert summary.survivor_name == "Nguyễn Thị Ánh Dương"
    with db.uow() as uow:
        undone = undo_merge(uow, result.merge_id)
    assert undone.restored_ids == (world.loser,)
    after = snapshot(db)
    merge_records = after.pop("merge_records")
    before.pop("merge_records")
    assert after == before
    (record,) = merge_records.values()
    assert record["undone_at"] is not None
    with db.uow() as uow, pytest.raises(MergeError, match="already undone"):
        undo_merge(uow, result.merge_id)


def test_merging_accounts_moves_their_people_and_undo_brings_them_back(
    db: Database, world: World
) -> None:
    with db.uow() as uow:
        dup = contacts.create_account(
            uow,
            AccountInput(
                name="Song Hong JSC", tax_code="0100101072", phones=(Labeled("024 3825 1234"),)
            ),
        )
    with db.uow() as uow:
        person = contacts.create_contact(
            uow, ContactInput(full_name="Hồ Văn Nam", account_id=dup.id)
        )
    before = snapshot(db)
    with db.uow() as uow:
        result = merge.merge(uow, "account", world.account, [dup.id], {"tax_code": dup.id})
    with db.uow() as uow:
        moved = contacts.get_contact(uow, person.id)
        kept = contacts.get_account(uow, world.account)
    assert moved.account_id == world.account
    assert kept.tax_code == "0100101072" and kept.phones[0].value == "+842438251234"
    assert kept.contact_count == 2
    assert result.moved["contacts"] == 1
    with db.uow() as uow:
        undo_merge(uow, result.merge_id)
    after = snapshot(db)
    after.pop("merge_records")
    before.pop("merge_records")
    assert after == before


def test_undo_is_refused_when_a_written_value_changed_since(db: Database, world: World) -> None:
    with db.uow() as uow:
        result = merge.merge(uow, "contact", world.survivor, [world.loser], {"title": world.loser})
    with db.uow() as uow:
        row = uow.session.get(Contact, uuid.UUID(world.survivor))
        assert row is not None
        row.title = "Giám đốc tài chính"
        uow.commit()
    before = snapshot(db, stamps=True)
    with db.uow() as uow, pytest.raises(MergeError, match="cannot be undone") as caught:
        undo_merge(uow, result.merge_id)
    assert caught.value.params["column"] == "title"
    assert snapshot(db, stamps=True) == before


def test_edits_that_do_not_touch_merged_values_do_not_block_undo(
    db: Database, world: World
) -> None:
    with db.uow() as uow:
        result = merge.merge(uow, "contact", world.survivor, [world.loser])
    with db.uow() as uow:  # a call logged on the survivor after the merge stays with it
        uow.session.add(
            Activity(type="call", subject="after", contact_id=uuid.UUID(world.survivor))
        )
        deal = uow.session.scalars(select(Deal).where(Deal.title == "Deal 2")).one()
        deal.amount = deal.amount + 1  # an edit of a moved deal, not of its contact
        uow.commit()
    with db.uow() as uow:
        undo_merge(uow, result.merge_id)
    assert _counts(db, world.loser)["deals"] == 3
    assert _counts(db, world.survivor)["activities"] == 3  # its 2 + the new call


def test_merge_is_atomic(db: Database, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(db, stamps=True)

    def fail(*_args: Any, **_kw: Any) -> None:
        raise RuntimeError("disk pulled out")

    # after every reference was moved and the losers tombstoned, before the commit
    monkeypatch.setattr(merging, "add_merge_record", fail)
    with db.uow() as uow, pytest.raises(RuntimeError):
        merge.merge(uow, "contact", world.survivor, [world.loser], {"full_name": world.loser})
    assert snapshot(db, stamps=True) == before


def test_undo_is_atomic(db: Database, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.uow() as uow:
        result = merge.merge(
            uow, "contact", world.survivor, [world.loser], {"full_name": world.loser}
        )
    before = snapshot(db, stamps=True)

    def fail(*_args: Any, **_kw: Any) -> None:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(merging, "mark_merge_undone", fail)  # after every value was written back
    with db.uow() as uow, pytest.raises(RuntimeError):
        undo_merge(uow, result.merge_id)
    assert snapshot(db, stamps=True) == before


def test_the_search_index_hears_of_every_touched_record(
    db: Database, world: World, index_calls: list[Any]
) -> None:
    with db.uow() as uow:
        result = merge.merge(uow, "contact", world.survivor, [world.loser])
    kinds = {kind: ids for kind, ids in index_calls}
    assert kinds["contact"] == {world.survivor, world.loser}
    assert len(kinds["deal"]) == 3 and len(kinds["quote"]) == 3
    index_calls.clear()
    with db.uow() as uow:
        undo_merge(uow, result.merge_id)
    assert {kind: ids for kind, ids in index_calls} == kinds


def test_merge_and_undo_with_the_real_search_index(db: Database, world: World) -> None:
    from desktop_crm.services import search

    with db.uow() as uow:
        search.rebuild_index(uow)
        uow.commit()
    with db.uow() as uow:
        result = merge.merge(
            uow, "contact", world.survivor, [world.loser], {"full_name": world.loser}
        )
    with db.uow() as uow:
        undo_merge(uow, result.merge_id)


def test_a_failing_search_index_update_rolls_the_merge_back(
    db: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.services import search

    before = snapshot(db, stamps=True)
    monkeypatch.setattr(search, "update_index", lambda *a, **k: (_ for _ in ()).throw(OSError()))
    with db.uow() as uow, pytest.raises(OSError):
        merge.merge(uow, "contact", world.survivor, [world.loser])
    assert snapshot(db, stamps=True) == before


def test_bad_requests_write_nothing(db: Database, world: World) -> None:
    before = snapshot(db, stamps=True)
    with db.uow() as uow, pytest.raises(MergeError):
        merge.merge(uow, "contact", world.survivor, [])
    with db.uow() as uow, pytest.raises(MergeError):
        merge.merge(uow, "contact", world.survivor, [world.survivor])
    with db.uow() as uow, pytest.raises(MergeError):
        merge.merge(uow, "contact", world.survivor, [world.loser], {"title": world.third})
    with db.uow() as uow, pytest.raises(contacts.NotFoundError):
        merge.merge(uow, "contact", world.survivor, [str(uuid.uuid4())])
    with db.uow() as uow, pytest.raises(ValueError):
        merge.merge(uow, "contact", world.survivor, [world.loser], {"search_text": world.loser})
    assert snapshot(db, stamps=True) == before


def test_preview_suggests_the_most_complete_values(db: Database, world: World) -> None:
    with db.uow() as uow:
        preview = preview_merge(uow, "contact", [world.survivor, world.loser])
    assert [r.id for r in preview.records] == [world.survivor, world.loser]
    assert preview.choices["full_name"] == world.loser  # written with its diacritics
    assert preview.choices["birthday"] == world.loser  # the only one filled in
    assert preview.choices["title"] == world.loser  # more words
    assert preview.survivor_id == world.loser  # the most history
    loser = preview.records[1]
    assert loser.values["owner_id"] == "Phạm Minh Châu"
    assert loser.values["account_id"] == "Công ty TNHH Minh Phát"
    assert loser.related["deals"] == 3 and loser.phones == ("+84903123456", "+84912345678")
    assert {f.name for f in preview.fields} == set(merge.CONTACT_FIELDS)


def test_taggings_of_the_survivor_and_the_tag_union(db: Database, world: World) -> None:
    with db.uow() as uow:
        merge.merge(uow, "contact", world.survivor, [world.loser])
    with db.uow() as uow:
        live = uow.session.scalar(
            select(func.count())
            .select_from(Tagging)
            .where(Tagging.contact_id == uuid.UUID(world.survivor), Tagging.deleted_at.is_(None))
        )
    assert live == 2
