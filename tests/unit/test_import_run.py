"""Running an import: one transaction, duplicates, nothing dropped, cancel, undo, re-import."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_crm.services import contacts, importing
from desktop_crm.services.contacts import AccountInput, ContactInput, Labeled
from desktop_crm.services.importing import ImportCancelledError
from desktop_crm.services.importing.engine import ChangedSinceImportError, NothingToUndoError
from desktop_crm.store.database import Database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
DATA_FILES = [
    "google_contacts.csv",
    "outlook_contacts.csv",
    "vi_utf8_bom.csv",
    "vi_utf16.txt",
    "vi_windows1258.csv",
    "western_windows1252.csv",
    "vi_semicolon.csv",
    "vi_title_lines.csv",
    "contacts.xlsx",
    "contacts.vcf",
    "broken_rows.csv",
]


def _import(
    db: Database, name: str | Path, policy: str = "skip", **kw: object
) -> importing.ImportSummary:
    path = name if isinstance(name, Path) else FIXTURES / name
    table = importing.open_table(path)
    with db.uow() as uow:
        return importing.run_import(uow, table, None, policy, **kw)  # type: ignore[arg-type]


def _dump(db: Database) -> list[tuple[object, ...]]:
    """Every row of every table that an import touches: to prove nothing changed."""
    with sqlite3.connect(db.path) as conn:
        rows: list[tuple[object, ...]] = []
        for table in ("contacts", "accounts", "contact_points", "tags", "taggings", "device",
                      "import_batches", "search_docs"):  # fmt: skip
            rows.extend(conn.execute(f"SELECT '{table}', * FROM {table} ORDER BY 2"))
        return rows


def _names(db: Database) -> list[str]:
    with sqlite3.connect(db.path) as conn:
        return [
            r[0]
            for r in conn.execute(
                "SELECT full_name FROM contacts WHERE deleted_at IS NULL ORDER BY full_name"
            )
        ]


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_row_is_accounted_for_and_a_reimport_creates_nothing(db: Database, name: str) -> None:
    table = importing.open_table(FIXTURES / name)
    data_rows = len(table.data())
    first = _import(db, name)
    accounted = (
        first.created
        + first.updated
        + first.duplicates
        + len(first.rejected)
        + len(first.empty_rows)
    )
    assert accounted == data_rows == first.data_rows
    assert first.created > 0
    again = _import(db, name)
    assert (again.created, again.updated, again.batch_id) == (0, 0, None)
    assert again.duplicates == first.created + first.duplicates
    assert len(_names(db)) == first.created


def test_vietnamese_names_and_companies_survive_exactly(db: Database) -> None:
    summary = _import(db, "vi_windows1258.csv")
    assert summary.created == 5 and summary.accounts_created == 3
    assert "Nguyễn Thị Ánh Dương" in _names(db)
    with sqlite3.connect(db.path) as conn:
        companies = {r[0] for r in conn.execute("SELECT name FROM accounts")}
    assert "Công ty TNHH Thương mại Đông Á" in companies  # two rows, one company
    assert len(companies) == 3


def test_an_imported_contact_is_stored_as_a_typed_one(db: Database) -> None:
    """The import's fast path for new contacts writes what the contact form would."""
    table = importing.open_table(FIXTURES / "vi_utf8_bom.csv")
    _import(db, "vi_utf8_bom.csv")
    with db.uow() as uow:
        imported = {
            r.full_name: r
            for r in (contacts.get_contact(uow, _id_of(db, i)) for i in _contact_ids(db))
        }
    checked = importing.preview(table)
    for row in checked.rows:
        assert row.contact is not None
        stored = imported[row.contact.full_name]
        with db.uow() as uow:
            typed = contacts.create_contact(uow, replace(row.contact, account_id=stored.account_id))
        ignore = {"id", "created_at", "updated_at"}
        for key in contacts.ContactRecord.__dataclass_fields__:
            if key not in ignore:
                assert getattr(typed, key) == getattr(stored, key), key
    with sqlite3.connect(db.path) as conn:
        pairs = conn.execute(
            "SELECT full_name, group_concat(search_text, '|') FROM contacts GROUP BY full_name"
        ).fetchall()
    for name, texts in pairs:
        first, second = texts.split("|")
        assert first == second, name


def _contact_ids(db: Database) -> list[object]:
    with sqlite3.connect(db.path) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM contacts")]


def _id_of(db: Database, raw: object) -> str:
    import uuid

    return str(uuid.UUID(bytes=raw)) if isinstance(raw, bytes) else str(uuid.UUID(str(raw)))


def test_duplicates_within_the_file(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(
        "Họ tên,Điện thoại,Email,Công ty\n"
        "Nguyễn Văn An,0903 123 456,,\n"
        "Nguyen Van An,+84903123456,an@example.vn,\n"  # same phone
        "Trần Thị Bình,,binh@example.vn,Đông Á\n"
        "Tran Thi Binh,,,Đông Á\n",  # same name, same company
        encoding="utf-8",
    )
    skipped = _import(db, path)
    assert (skipped.created, skipped.duplicates, skipped.duplicate_rows) == (2, 2, (3, 5))


def test_update_policy_fills_in_and_undo_restores(tmp_path: Path, db: Database) -> None:
    with db.uow() as uow:
        existing = contacts.create_contact(
            uow,
            ContactInput(
                full_name="Nguyễn Thị Ánh Dương",
                phones=(Labeled("0903123456"),),
                title="Trưởng phòng",
                tags=("Cũ",),
            ),
        )
    summary = _import(db, "vi_utf8_bom.csv", "update")
    assert (summary.created, summary.updated) == (4, 1)
    with db.uow() as uow:
        after = contacts.get_contact(uow, existing.id)
    assert after.title == "Giám đốc kinh doanh"  # the file wins
    assert after.emails == (Labeled("duong.nguyen@donga.vn"),)  # added
    assert set(after.tags) == {"Cũ", "VIP", "Hà Nội"}
    assert after.account_name == "Công ty TNHH Thương mại Đông Á"
    # The same file again with "update": nothing left to change.
    again = _import(db, "vi_utf8_bom.csv", "update")
    assert (again.created, again.updated, again.duplicates) == (0, 0, 5)

    with db.uow() as uow:
        undone = importing.undo_last_import(uow)
    assert (undone.removed, undone.restored, undone.accounts_removed) == (4, 1, 3)
    with db.uow() as uow:
        restored = contacts.get_contact(uow, existing.id)
    assert replace(restored, updated_at=None) == replace(existing, updated_at=None)
    assert _names(db) == ["Nguyễn Thị Ánh Dương"]
    with db.uow() as uow, pytest.raises(NothingToUndoError):
        importing.undo_last_import(uow)


def test_create_policy_creates_even_duplicates(db: Database) -> None:
    _import(db, "vi_utf8_bom.csv")
    summary = _import(db, "vi_utf8_bom.csv", "create")
    assert (summary.created, summary.duplicates) == (5, 0)
    assert len(_names(db)) == 10


def test_undo_removes_what_the_last_import_created(db: Database) -> None:
    _import(db, "vi_utf8_bom.csv")
    before = _dump(db)
    summary = _import(db, "western_windows1252.csv")
    with db.uow() as uow:
        undone = importing.undo_last_import(uow)
    assert undone.batch_id == summary.batch_id and undone.removed == 3
    assert len(_names(db)) == 5
    with sqlite3.connect(db.path) as conn:
        live = conn.execute(
            "SELECT count(*) FROM contact_points p JOIN contacts c ON c.id = p.contact_id "
            "WHERE p.deleted_at IS NULL AND c.deleted_at IS NOT NULL"
        ).fetchone()[0]
    assert live == 0  # no live phone or e-mail of a removed contact
    assert len(before) > 0


def test_undo_refuses_when_an_imported_contact_was_edited_since(db: Database) -> None:
    _import(db, "western_windows1252.csv")
    with sqlite3.connect(db.path) as conn:
        raw_id = conn.execute(
            "SELECT id FROM contacts WHERE full_name = 'François Dupont'"
        ).fetchone()[0]
    contact_id = _id_of(db, raw_id)
    with db.uow() as uow:
        current = contacts.get_contact(uow, contact_id)
        contacts.update_contact(uow, contact_id, replace(current, title="Président"))
    with db.uow() as uow, pytest.raises(ChangedSinceImportError):
        importing.undo_last_import(uow)
    assert "François Dupont" in _names(db)


def test_a_cancelled_import_leaves_the_database_as_it_was(db: Database) -> None:
    _import(db, "google_contacts.csv")
    before = _dump(db)
    calls = {"n": 0}

    def cancel_late() -> bool:
        calls["n"] += 1
        return calls["n"] > 1  # after the first rows were written

    with pytest.raises(ImportCancelledError):
        _import(db, "vi_utf8_bom.csv", cancelled=cancel_late)
    assert _dump(db) == before


def test_a_dry_run_reports_real_figures_and_writes_nothing(db: Database) -> None:
    before = _dump(db)
    summary = _import(db, "broken_rows.csv", dry_run=True)
    assert summary.dry_run and summary.batch_id is None
    assert (summary.created, len(summary.rejected), len(summary.empty_rows)) == (2, 5, 2)
    assert _dump(db) == before


def test_rejected_rows_are_saved_to_fix_and_import_again(tmp_path: Path, db: Database) -> None:
    summary = _import(db, "broken_rows.csv")
    out = tmp_path / "rejected.csv"
    assert importing.save_rejected(out, summary) == 5
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].endswith(",reason")
    assert "duc.tran@@saigontech" in text and "31/02/1992" in text
    fixed = text.replace("duc.tran@@saigontech", "duc.tran@saigontech.vn").replace(
        "31/02/1992", "28/02/1992"
    )
    out.write_text(fixed, encoding="utf-8-sig")
    again = _import(db, out)
    assert again.created == 2 and len(again.rejected) == 3
    assert {"Trần Văn Đức", "Lê Hoàng Phúc"} <= set(_names(db))


def test_companies_are_matched_by_tax_code_or_folded_name(tmp_path: Path, db: Database) -> None:
    with db.uow() as uow:
        contacts.create_account(
            uow, AccountInput(name="CÔNG TY TNHH THƯƠNG MẠI ĐÔNG Á", tax_code="0100101072")
        )
    path = tmp_path / "c.csv"
    path.write_text(
        "Họ tên,Công ty,MST\n"
        "Người Một,công ty tnhh thuong mai dong a,\n"
        "Người Hai,Đông Á Trading,0100101072\n"
        "Người Ba,,0100101072\n",
        encoding="utf-8",
    )
    summary = _import(db, path)
    assert (summary.created, summary.accounts_created) == (3, 0)
