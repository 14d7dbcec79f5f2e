"""The demo data set: reproducible, realistic, consistent, and all-or-nothing."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat
from sqlalchemy import func, select, text

from desktop_crm.domain.tax_code import tax_code_check_digit
from desktop_crm.domain.text import fold
from desktop_crm.services.demo import (
    PHASES,
    DemoCancelledError,
    DemoNotEmptyError,
    DemoSummary,
    build_demo,
)
from desktop_crm.store.bulk import BulkWriter
from desktop_crm.store.database import Database
from desktop_crm.store.models import (
    SYNCED_MODELS,
    Account,
    Activity,
    CareCase,
    Contact,
    ContactPoint,
    Deal,
    DealStageChange,
    Device,
    LostReason,
    Pipeline,
    Quote,
    QuoteLine,
    Stage,
    Tag,
    User,
)

AS_OF = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)  # 10:00 in Vietnam: the demo's "now"
DECIMALS = {"VND": 0, "USD": 2}
# Tables the demo fills; pipelines, stages and lost reasons are the database's defaults.
DEMO_MODELS = [m for m in SYNCED_MODELS if m not in (Pipeline, Stage, LostReason)]


def _open(folder: Path) -> Database:
    return Database.open(folder / "crm.sqlite3", folder / "backups")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    db = _open(tmp_path_factory.mktemp("demo"))
    phases: list[str] = []
    summary = build_demo(
        db, "small", seed=1, as_of=AS_OF, progress=lambda phase, done, total: phases.append(phase)
    )
    assert list(dict.fromkeys(phases)) == list(PHASES)
    yield db, summary
    db.close()


@pytest.fixture
def demo(built: tuple[Database, DemoSummary]) -> Database:
    return built[0]


def _all(db: Database, stmt: Any) -> list[Any]:
    """Rows of ``stmt``; ORM objects in them are detached with their values loaded."""
    with db.uow() as uow:
        rows = list(uow.session.execute(stmt))
        uow.session.expunge_all()  # the unit of work's rollback would expire them
        return rows


def _scalars(db: Database, stmt: Any) -> list[Any]:
    return [row[0] for row in _all(db, stmt)]


def _count(db: Database, model: Any) -> int:
    with db.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def _contacts(db: Database) -> list[tuple[uuid.UUID, str]]:
    return [tuple(r) for r in _all(db, select(Contact.id, Contact.full_name).order_by(Contact.id))]


# --- reproducible ------------------------------------------------------------------------


def test_same_seed_and_date_give_the_same_rows(demo: Database, tmp_path: Path) -> None:
    again = _open(tmp_path / "again")
    try:
        build_demo(again, "small", seed=1, as_of=AS_OF)
        assert _contacts(again) == _contacts(demo)
        deals = select(Deal.id, Deal.title, Deal.amount, Deal.status).order_by(Deal.id)
        assert _all(again, deals) == _all(demo, deals)
    finally:
        again.close()


def test_another_seed_gives_other_rows(demo: Database, tmp_path: Path) -> None:
    other = _open(tmp_path / "other")
    try:
        build_demo(other, "small", seed=2, as_of=AS_OF)
        mine, theirs = _contacts(demo), _contacts(other)
        assert not {i for i, _ in mine} & {i for i, _ in theirs}
        assert [n for _, n in mine] != [n for _, n in theirs]
    finally:
        other.close()


def test_ids_are_uuid7_stamped_with_the_creation_time(demo: Database) -> None:
    for model in (Contact, Deal, Activity, Quote):
        for row_id, created in _all(demo, select(model.id, model.created_at)):
            assert row_id.version == 7 and row_id.variant == uuid.RFC_4122
            epoch_ms = (created - EPOCH) // dt.timedelta(milliseconds=1)
            assert row_id.int >> 80 == epoch_ms


# --- sizes and completeness --------------------------------------------------------------


def test_counts_match_the_summary_and_the_small_size(
    built: tuple[Database, DemoSummary],
) -> None:
    db, summary = built
    for model in DEMO_MODELS:
        table = model.__tablename__  # type: ignore[attr-defined]
        assert _count(db, model) == getattr(summary, table), table
    assert summary.contacts == 200
    assert summary.accounts == 40
    assert summary.deals == 120
    assert summary.activities == 1_500
    assert summary.quotes == 40
    assert summary.care_cases == 30
    assert summary.users == 6
    assert summary.contact_points > summary.contacts + summary.accounts
    assert summary.rows == sum(_count(db, m) for m in DEMO_MODELS)
    assert summary.seconds > 0


def test_every_synced_table_has_rows(demo: Database) -> None:
    empty = [m.__name__ for m in SYNCED_MODELS if _count(demo, m) == 0]
    assert empty == []


def test_change_numbers_are_positive_and_distinct(demo: Database) -> None:
    with demo.uow() as uow:
        last = uow.session.scalar(select(Device.last_change_seq))
    seen: set[int] = set()
    for model in SYNCED_MODELS:
        seqs = _scalars(demo, select(model.change_seq))
        assert min(seqs) > 0, model.__name__
        assert len(set(seqs)) == len(seqs), model.__name__
        assert not seen & set(seqs), model.__name__
        seen |= set(seqs)
    assert max(seen) == last


def test_secondary_indexes_are_back(demo: Database) -> None:
    with demo.engine.connect() as conn:
        names = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'index'")))
    assert {
        "ix_activities_due_at",
        "ix_activities_owner_id_done_at_due_at",
        "ix_contacts_full_name",
        "ix_contact_points_kind_value",
        "ix_deals_status_expected_close_date",
    } <= names


# --- people and companies ----------------------------------------------------------------


def test_vietnamese_names_keep_their_diacritics(demo: Database) -> None:
    people = _all(demo, select(Contact))
    by_name = {p.full_name: p for p in (row[0] for row in people)}
    duong = by_name["Nguyễn Thị Ánh Dương"]
    assert (duong.family_name, duong.middle_name, duong.given_name) == (
        "Nguyễn",
        "Thị Ánh",
        "Dương",
    )
    assert "Trần Văn Đức" in by_name and "Lê Hoàng Phúc" in by_name
    names = list(by_name)
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    vietnamese = [n for n in names if not n.isascii()]
    english = [n for n in names if n.isascii()]
    assert len(vietnamese) > len(names) / 2
    assert english  # English-speaking contacts too
    for person in (row[0] for row in people):
        if person.middle_name:  # Vietnamese order: family, middle, given
            assert person.full_name == (
                f"{person.family_name} {person.middle_name} {person.given_name}"
            )


def test_search_text_is_folded(demo: Database) -> None:
    for model, name_column in ((Contact, Contact.full_name), (Account, Account.name)):
        rows = _all(demo, select(name_column, model.search_text))
        for name, search in rows:
            assert search == fold(search), search
            assert search.isascii() and "đ" not in search
            assert search.startswith(fold(name))
    duc = _scalars(demo, select(Contact.search_text).where(Contact.full_name == "Trần Văn Đức"))
    assert duc[0].startswith("tran van duc ")


def test_phones_are_e164_and_searchable(demo: Database) -> None:
    points = _all(demo, select(ContactPoint))
    kinds = Counter(p.kind for (p,) in points)
    assert set(kinds) == {"phone", "email"}
    for (point,) in points:
        if point.kind == "phone":
            number = phonenumbers.parse(point.value)
            assert phonenumbers.is_valid_number(number), point.value
            assert phonenumbers.format_number(number, PhoneNumberFormat.E164) == point.value
        else:
            assert re.fullmatch(r"[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+", point.value), point.value
    searches = dict(_all(demo, select(Contact.id, Contact.search_text)))
    for (point,) in points:
        if point.contact_id is not None and point.kind == "phone":
            assert "0" + point.value[3:] in searches[point.contact_id]


def test_accounts_have_valid_tax_codes_and_addresses(demo: Database) -> None:
    accounts = [row[0] for row in _all(demo, select(Account))]
    names = {a.name for a in accounts}
    assert "Công ty TNHH Thương mại Đông Á" in names
    assert "Công ty Cổ phần Xây dựng Hòa Bình" in names
    for account in accounts:
        code = account.tax_code
        assert code is not None and re.fullmatch(r"\d{10}", code)
        assert tax_code_check_digit(code[:9]) == int(code[9])
        assert account.province and account.district and account.ward and account.street


def test_tax_code_check_digit_matches_a_real_code() -> None:
    assert tax_code_check_digit("030058856") == 9  # Vinamilk: 0300588569


# --- the sales process -------------------------------------------------------------------


def test_every_deal_sits_in_a_stage_of_its_pipeline(demo: Database) -> None:
    stages = {s.id: s for (s,) in _all(demo, select(Stage))}
    deals = [d for (d,) in _all(demo, select(Deal))]
    pipelines = {d.pipeline_id for d in deals}
    assert len(pipelines) == 1
    for deal in deals:
        stage = stages[deal.stage_id]
        assert stage.pipeline_id == deal.pipeline_id
        assert stage.kind == deal.status
    used = {deal.stage_id for deal in deals}
    assert used == {s.id for s in stages.values() if s.pipeline_id in pipelines}


def test_closed_deals_have_a_history_and_a_close_date(demo: Database) -> None:
    reasons = set(_scalars(demo, select(LostReason.name)))
    history: dict[uuid.UUID, list[DealStageChange]] = defaultdict(list)
    in_order = select(DealStageChange).order_by(
        DealStageChange.changed_at, DealStageChange.change_seq
    )
    for (change,) in _all(demo, in_order):
        history[change.deal_id].append(change)
    deals = [d for (d,) in _all(demo, select(Deal))]
    statuses = Counter(d.status for d in deals)
    assert statuses["won"] and statuses["lost"] and statuses["open"]
    for deal in deals:
        moves = history[deal.id]
        assert moves and moves[0].from_stage_id is None
        assert all(a.to_stage_id == b.from_stage_id for a, b in pairwise(moves))
        assert moves[-1].to_stage_id == deal.stage_id
        assert moves[-1].changed_at == deal.stage_entered_at
        assert deal.created_at <= deal.stage_entered_at <= NOW
        if deal.status == "open":
            assert deal.closed_at is None and deal.lost_reason is None
        else:
            assert deal.closed_at is not None and len(moves) >= 2
            assert NOW - dt.timedelta(days=731) <= deal.closed_at <= NOW
            assert deal.closed_at == deal.stage_entered_at
        if deal.status == "lost":
            assert deal.lost_reason in reasons
        if deal.status == "won":
            assert deal.lost_reason is None


def test_open_deals_include_overdue_and_rotting_ones(demo: Database) -> None:
    rotting = {s.id: s.rotting_days for (s,) in _all(demo, select(Stage))}
    open_deals = [d for (d,) in _all(demo, select(Deal).where(Deal.status == "open"))]
    assert any(d.expected_close_date < AS_OF for d in open_deals)
    assert any(d.expected_close_date.replace(day=1) == AS_OF.replace(day=1) for d in open_deals)
    assert any((NOW - d.stage_entered_at).days > (rotting[d.stage_id] or 10**6) for d in open_deals)


def test_money_is_exact_in_each_currencys_decimals(demo: Database) -> None:
    for currency, amount in _all(demo, select(Deal.currency, Deal.amount)):
        assert isinstance(amount, Decimal) and amount > 0
        assert amount == amount.quantize(Decimal(1).scaleb(-DECIMALS[currency]))
    assert {c for (c,) in _all(demo, select(Deal.currency).distinct())} == {"VND", "USD"}


def test_quote_totals_are_the_sums_of_their_rounded_lines(demo: Database) -> None:
    lines: dict[uuid.UUID, list[QuoteLine]] = defaultdict(list)
    for (line,) in _all(demo, select(QuoteLine).order_by(QuoteLine.position)):
        lines[line.quote_id].append(line)
    quotes = [q for (q,) in _all(demo, select(Quote))]
    assert {q.status for q in quotes} == {"draft", "sent", "accepted", "rejected", "expired"}
    for quote in quotes:
        assert len(lines[quote.id]) >= 1
        unit = Decimal(1).scaleb(-DECIMALS[quote.currency])
        subtotal = tax = Decimal(0)
        for line in lines[quote.id]:
            gross = line.quantity * line.unit_price * (100 - line.discount_percent) / 100
            net = gross.quantize(unit, rounding=ROUND_HALF_UP)
            subtotal += net
            tax += (net * line.vat_rate / 100).quantize(unit, rounding=ROUND_HALF_UP)
        assert quote.subtotal == subtotal, quote.number
        assert quote.tax_total == tax, quote.number
        assert quote.total == subtotal + tax, quote.number
        assert re.fullmatch(r"BG-\d{4}-\d{4}-[0-9a-f]{4}", quote.number), quote.number
        if quote.version == 1:
            assert quote.number[3:7] == str(quote.issue_date.year)
        if quote.status in ("accepted", "rejected"):
            assert quote.decided_at is not None
        if quote.status == "draft":
            assert quote.sent_at is None
        if quote.status == "expired":
            assert quote.valid_until is not None and quote.valid_until < AS_OF
    vat_rates = {line.vat_rate for group in lines.values() for line in group}
    assert vat_rates <= {Decimal(0), Decimal(5), Decimal(8), Decimal(10)}


def test_a_quote_belongs_to_its_deal_and_a_won_deal_has_an_accepted_quote(
    demo: Database,
) -> None:
    deals = {d.id: d for (d,) in _all(demo, select(Deal))}
    for (quote,) in _all(demo, select(Quote)):
        deal = deals[quote.deal_id]
        assert (quote.account_id, quote.contact_id) == (deal.account_id, deal.contact_id)
        assert quote.currency == deal.currency
        if quote.status == "accepted":
            assert deal.status == "won"


# --- activities and care -----------------------------------------------------------------


def test_activities_of_every_type_with_overdue_and_today_tasks(demo: Database) -> None:
    rows = [a for (a,) in _all(demo, select(Activity))]
    assert {a.type for a in rows} == {
        "call",
        "meeting",
        "visit",
        "email",
        "chat",
        "note",
        "task",
    }
    local = dt.timezone(dt.timedelta(hours=7))
    open_tasks = [a for a in rows if a.type == "task" and a.done_at is None]
    assert any(a.due_at < NOW for a in open_tasks)  # overdue
    assert any(a.due_at.astimezone(local).date() == AS_OF for a in open_tasks)  # due today
    for activity in rows:
        assert activity.contact_id is not None
        assert activity.created_at <= NOW
        if activity.done_at is not None:
            assert activity.done_at <= NOW
        if activity.due_at is None:
            assert activity.done_at is not None
    assert any(a.deal_id for a in rows) and any(a.care_case_id for a in rows)
    assert any(a.account_id for a in rows)


def test_care_cases_have_scores_once_resolved(demo: Database) -> None:
    cases = [c for (c,) in _all(demo, select(CareCase))]
    assert len({c.status for c in cases}) >= 3
    for case in cases:
        if case.status in ("resolved", "closed"):
            assert case.resolved_at is not None and 1 <= (case.csat_score or 0) <= 5
        else:
            assert case.csat_score is None and case.resolved_at is None
        assert case.opened_at <= NOW


def test_users_are_the_owners(demo: Database) -> None:
    users = set(_scalars(demo, select(User.id)))
    assert len(users) == 6
    for model in (Account, Contact, Deal, Activity, Quote, CareCase):
        assert set(_scalars(demo, select(model.owner_id))) <= users


# --- refusal and cancel ------------------------------------------------------------------


def test_refuses_a_database_that_has_contacts(demo: Database) -> None:
    before = _count(demo, Contact)
    with pytest.raises(DemoNotEmptyError) as caught:
        build_demo(demo, "small", seed=1, as_of=AS_OF)
    assert str(before) in caught.value.message
    assert _count(demo, Contact) == before


def test_append_adds_a_second_set_beside_the_first(tmp_path: Path) -> None:
    db = _open(tmp_path)
    try:
        build_demo(db, "small", seed=1, as_of=AS_OF)
        first = _contacts(db)
        summary = build_demo(db, "small", seed=1, as_of=AS_OF, append=True)
        assert summary.users == 0 and summary.products == 0  # reused
        assert _count(db, Contact) == 2 * len(first)
        assert _count(db, User) == 6
        assert _count(db, Tag) == 12
    finally:
        db.close()


def test_cancel_leaves_no_demo_rows(tmp_path: Path) -> None:
    db = _open(tmp_path)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 8  # somewhere in the middle: deals already written

    def indexes() -> set[str]:
        with db.engine.connect() as conn:
            return set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type='index'")))

    try:
        before = indexes()
        with pytest.raises(DemoCancelledError):
            build_demo(db, "small", seed=1, as_of=AS_OF, cancel=cancel)
        assert calls == 9
        assert {m.__name__: _count(db, m) for m in DEMO_MODELS} == {
            m.__name__: 0 for m in DEMO_MODELS
        }
        assert indexes() == before
        # the database is still usable, and a full build works afterwards
        assert build_demo(db, "small", seed=1, as_of=AS_OF).contacts == 200
    finally:
        db.close()


# --- the bulk writer ---------------------------------------------------------------------


def _user() -> dict[str, Any]:
    moment = dt.datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=dt.UTC)
    return {"id": uuid.uuid4(), "created_at": moment, "updated_at": moment, "name": "Lê Phúc"}


def test_bulk_rows_read_back_as_written(tmp_path: Path) -> None:
    db = _open(tmp_path)
    try:
        row = _user()
        with db.uow() as uow:
            with BulkWriter(uow) as writer:
                writer.insert(User, [row])
            uow.commit()
        with db.uow() as uow:
            user = uow.session.get(User, row["id"])
            assert user is not None
            assert (user.name, user.created_at) == ("Lê Phúc", row["created_at"])
            assert user.role == "sales" and user.is_active is True  # column defaults
            assert user.deleted_at is None and user.change_seq > 0
    finally:
        db.close()


def test_bulk_refuses_naive_datetimes_and_unknown_columns(tmp_path: Path) -> None:
    db = _open(tmp_path)
    try:
        with db.uow() as uow, BulkWriter(uow) as writer:
            naive = _user() | {"created_at": dt.datetime(2026, 1, 2, 3, 4, 5)}
            with pytest.raises(Exception, match="timezone-aware"):
                writer.insert(User, [naive])
        with (
            db.uow() as uow,
            BulkWriter(uow) as writer,
            pytest.raises(ValueError, match="no column"),
        ):
            writer.insert(User, [_user() | {"nickname": "x"}])
        assert _count(db, User) == 0
    finally:
        db.close()


def test_no_two_demo_companies_share_a_tax_code() -> None:
    """The builder draws again when a code is taken, even from a generator that repeats."""
    import random
    from types import SimpleNamespace

    from desktop_crm.services.demo.builder import _Builder

    class Repeating(random.Random):
        def randrange(self, *args: Any, **kwargs: Any) -> int:
            self.calls = getattr(self, "calls", 0) + 1
            return [1234567, 1234567, 7654321, 1234567, 2345678][(self.calls - 1) % 5]

    fake = SimpleNamespace(rng=Repeating(1), used_tax_codes=set())
    codes = [_Builder.tax_code(fake, 0) for _ in range(3)]  # type: ignore[arg-type]
    assert len(set(codes)) == 3
