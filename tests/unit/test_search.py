"""Search as a field sales person types: no diacritics, any phone format, parts of names."""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.domain.text import fold
from desktop_crm.services import contacts, search
from desktop_crm.services.contacts import AccountInput, ContactInput, Labeled
from desktop_crm.services.demo import build_demo
from desktop_crm.services.search import SearchHit, parse_query
from desktop_crm.store.database import Database

AS_OF = dt.date(2026, 11, 20)


def _contact(db: Database, name: str, **fields: object) -> str:
    with db.uow() as uow:
        return contacts.create_contact(uow, ContactInput(full_name=name, **fields)).id  # type: ignore[arg-type]


def _account(db: Database, name: str, **fields: object) -> str:
    with db.uow() as uow:
        return contacts.create_account(uow, AccountInput(name=name, **fields)).id  # type: ignore[arg-type]


def _find(db: Database, query: str, **options: object) -> list[SearchHit]:
    with db.uow() as uow:
        return search.search(uow, query, **options)  # type: ignore[arg-type]


def _titles(db: Database, query: str, **options: object) -> list[str]:
    return [hit.title for hit in _find(db, query, **options)]


def _ids(db: Database, query: str) -> list[str]:
    return [hit.id for hit in _find(db, query)]


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    """A company, its people and a few others, created through the contacts service."""
    dong_a = _account(
        db,
        "Công ty TNHH Thương mại Đông Á",
        tax_code="0100101072",
        phones=(Labeled("028 3812 3456"),),
        emails=(Labeled("info@donga.vn"),),
    )
    return {
        "dong_a": dong_a,
        "duong": _contact(
            db,
            "Nguyễn Thị Ánh Dương",
            account_id=dong_a,
            title="Giám đốc",
            phones=(Labeled("0903 123 456"),),
            emails=(Labeled("Duong.Nguyen@DongA.VN"),),
        ),
        "duc": _contact(db, "Trần Minh Đức", phones=(Labeled("0912 000 111"),)),
        "duc_en": _contact(db, "Duc Anderson"),
        "hoa": _contact(db, "Lê Thị Hoa", emails=(Labeled("hoa.le@gmail.com"),)),
    }


# --- folding ---------------------------------------------------------------------------------


def test_typing_without_diacritics_finds_the_vietnamese_name(
    db: Database, people: dict[str, str]
) -> None:
    for typed in ("nguyen thi anh duong", "NGUYEN THI ANH DUONG", "Nguyễn Thị Ánh Dương"):
        hits = _find(db, typed)
        assert hits[0].id == people["duong"], typed
        assert hits[0].title == "Nguyễn Thị Ánh Dương"
        assert hits[0].score == 1.0  # an exact name


def test_d_with_stroke_is_folded_both_ways(db: Database, people: dict[str, str]) -> None:
    assert people["duc"] in _ids(db, "duc")
    assert people["duc"] in _ids(db, "Đức")
    assert people["duc"] in _ids(db, "đức")
    # and a plain "Duc" is found by the Vietnamese spelling
    assert people["duc_en"] in _ids(db, "Đức")
    assert people["duong"] in _ids(db, "dương")


def test_any_part_of_a_name_in_any_order(db: Database, people: dict[str, str]) -> None:
    assert _ids(db, "anh duong")[0] == people["duong"]
    assert _ids(db, "thi anh")[0] == people["duong"]
    assert _ids(db, "duong nguyen")[0] == people["duong"]
    assert people["duong"] in _ids(db, "uyen thi")  # inside a word


def test_the_fast_fold_of_the_index_is_fold() -> None:
    rng = random.Random(3)
    alphabet = [
        chr(code)
        for start, end in ((0x20, 0x2FF), (0x300, 0x36F), (0x1E00, 0x1EFF), (0x2000, 0x20FF))
        for code in range(start, end + 1)
    ] + list(" \t\n" * 20)
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert search._fold(text) == fold(text), ascii(text)


# --- phones, e-mails, tax codes, companies ----------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "0903 123 456",
        "+84 903 123 456",
        "84903123456",
        "+84903123456",
        "0903.123.456",
        "(+84) 903-123-456",
        "0903 123",
        "903 123 456",
        "3 123 456",
    ],
)
def test_a_phone_number_whatever_its_formatting(
    db: Database, people: dict[str, str], typed: str
) -> None:
    assert _ids(db, typed) == [people["duong"]]


def test_an_account_phone_landline_in_national_form(db: Database, people: dict[str, str]) -> None:
    assert _ids(db, "028 3812 3456") == [people["dong_a"]]
    assert _ids(db, "(028) 38123456") == [people["dong_a"]]


def test_e_mail_tax_code_and_company(db: Database, people: dict[str, str]) -> None:
    assert _ids(db, "duong.nguyen@donga.vn") == [people["duong"]]
    assert _ids(db, "hoa.le@") == [people["hoa"]]
    assert _ids(db, "gmail") == [people["hoa"]]
    assert _ids(db, "0100101072") == [people["dong_a"]]
    assert _ids(db, "0100 101 072") == [people["dong_a"]]
    # The company first (its name starts with the words), then its people.
    assert _ids(db, "cong ty tnhh thuong mai dong a") == [people["dong_a"], people["duong"]]
    assert _ids(db, "dong a") == [people["dong_a"], people["duong"]]
    assert _ids(db, "giam doc") == [people["duong"]]


def test_hits_say_what_they_are(db: Database, people: dict[str, str]) -> None:
    contact = _find(db, "nguyen thi anh duong")[0]
    assert contact.kind == "contact"
    assert (
        contact.subtitle == "Công ty TNHH Thương mại Đông Á · 0903 123 456 · Duong.Nguyen@donga.vn"
    )
    account = _find(db, "0100101072")[0]
    assert account.kind == "account"
    assert account.subtitle == "0100101072 · 028 3812 3456 · info@donga.vn"


# --- ranking ---------------------------------------------------------------------------------


def test_exact_then_prefix_then_word_prefix_then_anywhere_ties_by_kind(db: Database) -> None:
    milano = _account(db, "Milano Coffee")
    _contact(db, "Trần Văn Bình", account_id=milano)  # "lan" only in the company
    _contact(db, "Nguyễn Thị Lan")  # a word of the name starts with "lan"
    _contact(db, "Lan Anh")  # the name starts with it
    _account(db, "Lan")  # exact, but an account
    _contact(db, "Lan")  # exact, a contact
    _contact(db, "Phạm Văn Khánh")  # no "lan" anywhere
    assert _titles(db, "lan") == [
        "Lan",  # contact
        "Lan",  # account
        "Lan Anh",
        "Nguyễn Thị Lan",
        "Trần Văn Bình",  # contact before account in the same class
        "Milano Coffee",
    ]
    assert [hit.kind for hit in _find(db, "lan")[:2]] == ["contact", "account"]
    scores = [hit.score for hit in _find(db, "lan")]
    assert scores == sorted(scores, reverse=True)


def test_one_or_two_letters_find_names_that_start_with_them(db: Database) -> None:
    _contact(db, "Lan Anh")
    _contact(db, "Lâm Văn Tú")
    _contact(db, "Nguyễn Thị Lan")
    _account(db, "Lam Sơn Corp")
    assert _titles(db, "la") == ["Lâm Văn Tú", "Lan Anh", "Lam Sơn Corp"]  # not "… Lan"
    assert _titles(db, "l") == ["Lâm Văn Tú", "Lan Anh", "Lam Sơn Corp"]
    assert _titles(db, "L", kinds=("account",)) == ["Lam Sơn Corp"]


def test_limit_and_kinds(db: Database) -> None:
    for number in range(30):
        _contact(db, f"Nguyễn Văn {number:02d}")
    _account(db, "Nguyễn Gia Corp")
    assert len(_find(db, "nguyen")) == 20
    assert len(_find(db, "nguyen", limit=5)) == 5
    assert _titles(db, "nguyen", kinds=("account",)) == ["Nguyễn Gia Corp"]
    assert _find(db, "nguyen", limit=0) == []
    assert _find(db, "nguyen", kinds=()) == []


# --- odd input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        'lan"',
        '"lan" OR "a',
        "lan*",
        "* OR *",
        "NEAR(lan anh)",
        "lan AND",
        "^lan",
        "-lan",
        "lan' --",
        "body:lan",
        "{body}: lan",
        "(",
        "\x00lan",
        "%",
        "_",
        "lan%",
        "a" * 500,
    ],
)
def test_fts_syntax_in_a_query_is_just_text(db: Database, typed: str) -> None:
    _contact(db, "Lan Anh")
    _find(db, typed)  # no error
    assert _find(db, typed) == _find(db, typed)


def test_special_characters_match_literally(db: Database) -> None:
    quoted = _contact(db, 'Công ty "Sao Mai" Lan')
    _contact(db, "Lan Anh")
    assert _ids(db, '"sao mai"') == [quoted]
    assert _ids(db, "lan%") == []
    assert _ids(db, "l_n") == []


@pytest.mark.parametrize("typed", ["", "   ", "\t\n"])
def test_an_empty_query_finds_nothing(db: Database, typed: str) -> None:
    _contact(db, "Lan Anh")
    assert _find(db, typed) == []


def test_parse_query() -> None:
    assert parse_query("  ") is None
    short = parse_query("Đu")
    assert short is not None and short.key == "du" and short.match is None
    words = parse_query("Lê Văn An")
    assert words is not None and words.match == '"le van an"'  # short words join a neighbour
    apart = parse_query("nguyen  duong")
    assert apart is not None and apart.match == '"nguyen" AND "duong"'
    phone = parse_query("0903 123")
    assert phone is not None and phone.match == '"0903123" OR "84903123" OR "0903 123"'
    quote = parse_query('a"b c')
    assert quote is not None and quote.match == '"a""b c"'


# --- upkeep ----------------------------------------------------------------------------------


def test_index_follows_create_update_delete(db: Database, people: dict[str, str]) -> None:
    duc = people["duc"]
    with db.uow() as uow:
        record = contacts.get_contact(uow, duc)
        contacts.update_contact(
            uow,
            duc,
            ContactInput(
                full_name="Trần Minh Khôi", phones=(Labeled("0977 555 666"),), emails=record.emails
            ),
        )
    assert duc not in _ids(db, "tran minh duc")
    assert duc not in _ids(db, "0912 000 111")  # the old number is gone
    assert _ids(db, "tran minh khoi") == [duc]
    assert _ids(db, "0977 555") == [duc]
    with db.uow() as uow:
        contacts.delete_contact(uow, duc)
    assert _find(db, "tran minh khoi") == []
    assert _find(db, "0977 555") == []


def test_renaming_an_account_refreshes_its_people(db: Database, people: dict[str, str]) -> None:
    with db.uow() as uow:
        contacts.update_account(
            uow, people["dong_a"], AccountInput(name="Công ty Cổ phần Hoàng Long")
        )
    assert _ids(db, "hoang long") == [people["dong_a"], people["duong"]]
    assert _ids(db, "dong a") == []
    contact = _find(db, "nguyen thi anh duong")[0]
    assert contact.subtitle.startswith("Công ty Cổ phần Hoàng Long")
    with db.uow() as uow:
        contacts.delete_account(uow, people["dong_a"])
    assert _ids(db, "hoang long") == []
    assert _ids(db, "nguyen thi anh duong") == [people["duong"]]  # the person stays


def test_update_index_rejects_an_unknown_kind(db: Database) -> None:
    with db.uow() as uow, pytest.raises(ValueError):
        search.update_index(uow, "tag", [])


def test_update_index_of_ids_that_do_not_exist_removes_nothing_else(
    db: Database, people: dict[str, str]
) -> None:
    with db.uow() as uow:
        search.update_index(uow, "contact", ["00000000-0000-7000-8000-000000000000"])
        uow.commit()
    assert _ids(db, "nguyen thi anh duong") == [people["duong"]]


def test_an_index_write_rolls_back_with_its_transaction(db: Database) -> None:
    with db.uow() as uow:
        row = contacts.Contact()
        contacts._apply_contact(uow, row, ContactInput(full_name="Lan Anh"))
        search.update_index(uow, "contact", [str(row.id)])
        assert [hit.id for hit in search.search(uow, "lan anh")] == [str(row.id)]
        # left without commit
    assert _find(db, "lan anh") == []


def test_rebuild_and_the_start_up_check(db: Database, people: dict[str, str]) -> None:
    before = _find(db, "nguyen")
    with db.uow() as uow:
        assert not search.index_needs_building(uow)
        uow.session.connection().exec_driver_sql("DELETE FROM search_docs")
        uow.session.connection().exec_driver_sql("DELETE FROM search_fts")
        uow.commit()
    assert _find(db, "nguyen") == []
    with db.uow() as uow:
        assert search.index_needs_building(uow)
    steps: list[tuple[str, int, int]] = []
    summary = search.rebuild_index(db, progress=lambda *step: steps.append(step))
    assert summary.documents == 5
    assert steps[0] == ("search", 0, 5) and steps[-1] == ("search", 5, 5)
    assert _find(db, "nguyen") == before
    with db.uow() as uow:
        assert not search.index_needs_building(uow)


def test_a_cancelled_rebuild_keeps_the_old_index(db: Database, people: dict[str, str]) -> None:
    calls = iter([False, False, True])
    with pytest.raises(search.IndexCancelledError):
        search.rebuild_index(db, cancel=lambda: next(calls))
    assert _ids(db, "nguyen thi anh duong") == [people["duong"]]


def test_an_empty_database_needs_no_index(db: Database) -> None:
    with db.uow() as uow:
        assert not search.index_needs_building(uow)


# --- the demo data: deals and quotes too ---------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("search-demo")
    database = Database.open(folder / "crm.sqlite3", folder / "backups")
    build_demo(database, "small", seed=1, as_of=AS_OF)
    yield database
    database.close()


def test_the_demo_build_indexes_everything(demo: Database) -> None:
    with sqlite3.connect(demo.path) as conn:
        live = sum(
            conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
            for table in ("contacts", "accounts", "deals", "quotes")
        )
        assert conn.execute("SELECT count(*) FROM search_docs").fetchone()[0] == live
        assert conn.execute("SELECT count(*) FROM search_fts").fetchone()[0] == live
        title, number = conn.execute(
            "SELECT d.title, q.number FROM deals d JOIN quotes q ON q.deal_id = d.id LIMIT 1"
        ).fetchone()
    deal = _find(demo, title, kinds=("deal",))[0]
    assert deal.title == title and deal.amount is not None and deal.currency
    quote = _find(demo, number.lower())[0]
    assert (quote.kind, quote.title) == ("quote", number)
    assert quote.subtitle  # the customer


def test_the_demo_showcase_person(demo: Database) -> None:
    hits = _find(demo, "nguyen thi anh duong")
    assert hits and hits[0].title == "Nguyễn Thị Ánh Dương" and hits[0].score == 1.0


# --- command line ----------------------------------------------------------------------------


def test_contacts_search_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = str(tmp_path / "cli")
    assert main(["--basedir", base, "demo", "--size", "small", "--as-of", "2026-11-20"]) == 0
    capsys.readouterr()
    assert main(["--basedir", base, "contacts", "search", "nguyen thi anh duong", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found[0]["name"] == "Nguyễn Thị Ánh Dương"
    assert {"id", "name", "account", "phones", "emails"} <= found[0].keys()
    assert all(phone.startswith("+") for phone in found[0]["phones"])
    phone = found[0]["phones"][0]
    national = "0" + phone[3:6] + " " + phone[6:9] + " " + phone[9:]
    assert main(["--basedir", base, "contacts", "search", national, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == found[0]["id"]
    assert main(["--basedir", base, "contacts", "search", "nguyen", "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(line.startswith("Nguyễn") for line in lines)
    assert main(["--basedir", base, "contacts", "search", "zzzzqqq", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
