"""Quotes: the rounding rule, numbering, the life cycle, revisions and bad input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.quote_math import LinePrice, quote_totals
from desktop_crm.services import deals, quotes
from desktop_crm.services.quotes import LineInput, QuoteInput, QuoteLockedError
from desktop_crm.store.database import Database
from desktop_crm.store.quote_queries import QuoteFilter
from tests.quote_fixtures import NOW, TODAY, make_quote, seed_parties


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    return seed_parties(db)


def test_the_rounding_rule_is_per_line_then_summed() -> None:
    # Three lines of 1 x 0.5 đồng at 10 %: each line rounds 0.5 up to 1 đồng, VAT 0.1 -> 0.
    # Rounding the sum instead would give 1.5 -> 2 đồng: the rule decides, and this pins it.
    half = LinePrice(Decimal(1), Decimal("0.5"), Decimal(0), Decimal(10))
    totals = quote_totals([half, half, half], Decimal(0), "VND")
    assert [a.net for a in totals.lines] == [Decimal(1)] * 3
    assert (totals.subtotal, totals.tax_total, totals.total) == (3, 0, 3)
    # USD: 2.5 x 19.99 less 10 % = 44.9775 -> 44.98; quote discount 5 % -> 42.731 -> 42.73;
    # VAT 8 % of 42.73 = 3.4184 -> 3.42. A 0 % line of 10.005 -> 10.01 -> 9.5095 -> 9.51.
    totals = quote_totals(
        [
            LinePrice(Decimal("2.5"), Decimal("19.99"), Decimal(10), Decimal(8)),
            LinePrice(Decimal(1), Decimal("10.005"), Decimal(0), Decimal(0)),
        ],
        Decimal(5),
        "USD",
    )
    assert [(a.net, a.taxable, a.vat) for a in totals.lines] == [
        (Decimal("44.98"), Decimal("42.73"), Decimal("3.42")),
        (Decimal("10.01"), Decimal("9.51"), Decimal("0.00")),
    ]
    assert totals.subtotal == Decimal("54.99")
    assert totals.discount == Decimal("2.75")  # 54.99 - (42.73 + 9.51)
    assert totals.taxable == Decimal("52.24")
    assert [(r.rate, r.taxable, r.vat) for r in totals.by_rate] == [
        (Decimal(0), Decimal("9.51"), Decimal("0.00")),
        (Decimal(8), Decimal("42.73"), Decimal("3.42")),
    ]
    assert totals.total == Decimal("55.66")
    assert str(totals.total) == "55.66"  # two decimals, as USD is printed


def test_a_quote_from_a_deal_takes_its_customer_and_caches_its_totals(
    db: Database, ids: dict[str, str]
) -> None:
    quote = make_quote(db, ids)
    assert quote.customer_name == "Công ty TNHH Thương mại Đông Á"
    assert (quote.account_id, quote.contact_id) == (ids["account"], ids["contact"])
    assert quote.status == "draft" and quote.editable and quote.version == 1
    # by hand: 2 x 18,500,000 less 5 % = 35,150,000; less the quote's 3 % = 34,095,500
    first = quote.lines[0]
    assert (first.net, first.taxable, first.vat) == (35_150_000, 34_095_500, 3_409_550)
    # 125.5 m x 215,500 less 2.5 % = 26,369,118.75 -> 26,369,119; x 0.97 = 25,578,045.43
    assert quote.lines[2].net == 26_369_119 and quote.lines[2].taxable == 25_578_045
    assert quote.lines[2].vat == 2_046_244  # 8 % of 25,578,045 = 2,046,243.6
    assert quote.totals.total == 87_158_039
    assert quote.lines[0].code == "TD-400A" and quote.lines[3].code is None
    with db.uow() as uow:
        (row,) = quotes.quote_page(uow, QuoteFilter())
    assert row.total == quote.totals.total and row.customer == quote.customer_name


def test_numbers_follow_the_pattern_with_the_device_part(db: Database, ids: dict[str, str]) -> None:
    first = make_quote(db, ids)
    second = make_quote(db, ids)
    with db.uow() as uow:
        device = quotes.device_code(uow)
    assert first.number == f"BG-2026-0001-{device}"
    assert second.number == f"BG-2026-0002-{device}"
    with db.uow() as uow:
        quotes.save_pattern(uow, "QT{yy}{month}/{device}/{seq:03}")
    third = make_quote(db, ids)
    assert third.number == f"QT2611/{device}/001"
    # A number made by another laptop (another device part) does not move this one's sequence.
    with db.uow() as uow:
        assert quotes.next_number(uow, TODAY) == f"QT2611/{device}/002"
        assert quotes.format_number("BG-{year}-{seq:04}", TODAY, 7, "beef") == "BG-2026-0007-beef"


@pytest.mark.parametrize("pattern", ["", "BG-{year}", "{seq}{seq}", "{foo}-{seq}", "BG-{seq"])
def test_a_bad_number_pattern_is_refused(db: Database, pattern: str) -> None:
    with db.uow() as uow, pytest.raises(FieldError) as caught:
        quotes.save_pattern(uow, pattern)
    assert caught.value.field == "pattern"


@pytest.mark.parametrize(
    ("line", "field", "message"),
    [
        (LineInput("Cáp", "-2", "1000"), "lines.1.quantity", "greater than zero (not -2)"),
        (LineInput("Cáp", "1", "12abc"), "lines.1.unit_price", "'12abc' is not a number"),
        (
            LineInput("Cáp", "1", "1000", discount_percent="150"),
            "lines.1.discount_percent",
            "between 0 and 100 % (not 150)",
        ),
        (LineInput("Cáp", "1", "1000", vat_rate="7"), "lines.1.vat_rate", "0, 5, 8 or 10 %"),
        (LineInput("  ", "1", "1000"), "lines.1.description", "enter a description"),
        (LineInput("Cáp", "1e30", "1000"), "lines.1.quantity", "is not a number"),
    ],
)
def test_bad_lines_are_refused_with_the_line_and_the_value(
    db: Database, ids: dict[str, str], line: LineInput, field: str, message: str
) -> None:
    with pytest.raises(FieldError) as caught:
        make_quote(db, ids, (line,))
    assert caught.value.field == field
    assert message in caught.value.message
    with db.uow() as uow:
        assert quotes.quote_count(uow, QuoteFilter()) == 0  # nothing written


def test_a_quote_discount_over_100_and_a_quote_without_customer_are_refused(
    db: Database, ids: dict[str, str]
) -> None:
    with pytest.raises(FieldError, match="between 0 and 100"):
        make_quote(db, ids, discount="101")
    with db.uow() as uow, pytest.raises(FieldError) as caught:
        quotes.create_quote(uow, QuoteInput(issue_date=TODAY), NOW)
    assert caught.value.field == "customer"


def test_a_quote_with_no_lines_cannot_be_sent_or_printed(db: Database, ids: dict[str, str]) -> None:
    quote = make_quote(db, ids, ())
    with db.uow() as uow, pytest.raises(FieldError, match="has no lines"):
        quotes.build_document(uow, quote.id)
    with db.uow() as uow, pytest.raises(FieldError, match="has no lines"):
        quotes.mark_sent(uow, quote.id, NOW, TODAY)


def test_life_cycle_and_accepting_wins_the_deal(db: Database, ids: dict[str, str]) -> None:
    quote = make_quote(db, ids)
    with db.uow() as uow, pytest.raises(QuoteLockedError):
        quotes.accept_quote(uow, quote.id, NOW)  # a draft was never sent
    with db.uow() as uow:
        sent = quotes.mark_sent(uow, quote.id, NOW, TODAY)
    assert sent.status == "sent" and not sent.editable
    with db.uow() as uow, pytest.raises(QuoteLockedError, match="no longer a draft"):
        quotes.update_quote(uow, quote.id, quote.as_input(), NOW)
    with db.uow() as uow:
        assert quotes.can_win_deal(uow, quote.id)
        accepted = quotes.accept_quote(uow, quote.id, NOW, win_deal=True, user_id=ids["user"])
    assert accepted.status == "accepted" and accepted.decided_at is not None
    with db.uow() as uow:
        deal = deals.get_deal(uow, ids["deal"])
    assert deal.status == "won" and deal.amount == quote.totals.total


def test_sent_quotes_expire_after_their_validity(db: Database, ids: dict[str, str]) -> None:
    quote = make_quote(db, ids)
    with db.uow() as uow:
        quotes.mark_sent(uow, quote.id, NOW, TODAY)
    last_valid_day = quote.valid_until
    assert last_valid_day is not None
    with db.uow() as uow:
        assert quotes.expire_overdue(uow, last_valid_day, NOW) == 0  # still valid that day
    with db.uow() as uow:
        assert quotes.expire_overdue(uow, last_valid_day + dt.timedelta(days=1), NOW) == 1
    with db.uow() as uow:
        assert quotes.get_quote(uow, quote.id).status == "expired"


def test_revising_makes_version_2_and_freezes_version_1(db: Database, ids: dict[str, str]) -> None:
    quote = make_quote(db, ids)
    with db.uow() as uow:
        quotes.mark_sent(uow, quote.id, NOW, TODAY)
    later = TODAY + dt.timedelta(days=3)
    with db.uow() as uow:
        second = quotes.revise_quote(uow, quote.id, NOW, later)
    assert (second.number, second.version, second.status) == (quote.number, 2, "draft")
    assert second.issue_date == later and second.valid_until == later + dt.timedelta(days=30)
    assert second.display_number == f"{quote.number} (v2)"
    lines = list(second.as_input().lines)
    lines[1] = LineInput(
        lines[1].description,
        "8",
        lines[1].unit_price,
        lines[1].unit,
        lines[1].discount_percent,
        lines[1].vat_rate,
        lines[1].product_id,
    )
    del lines[3]
    lines.append(LineInput("Bảo trì định kỳ 12 tháng", "1", "6000000", "gói", "0", "10"))
    changed = QuoteInput(**{**second.as_input().__dict__, "lines": tuple(lines)})
    with db.uow() as uow:
        second = quotes.update_quote(uow, second.id, changed, NOW)
    with db.uow() as uow:
        first = quotes.get_quote(uow, quote.id)
        assert not first.is_latest and not first.editable
        with pytest.raises(QuoteLockedError, match="read-only"):
            quotes.update_quote(uow, first.id, first.as_input(), NOW)
        with pytest.raises(QuoteLockedError, match="read-only"):
            quotes.accept_quote(uow, first.id, NOW)
        assert [v[1] for v in first.versions] == [1, 2]
        listed = quotes.all_quotes(uow)
        everything = quotes.all_quotes(uow, QuoteFilter(latest_only=False))
    assert [r.version for r in listed] == [2] and len(everything) == 2
    changes = quotes.compare_versions(first, second)
    described = {(c.kind, c.what, c.field) for c in changes}
    assert ("changed", "Aptomat 3 pha 100A", "quantity") in described
    assert ("added", "Bảo trì định kỳ 12 tháng", None) in described
    assert any(c.kind == "removed" and c.what.startswith("Lắp đặt") for c in changes)
    total = next(c for c in changes if c.what == "total")
    assert (total.before, total.after) == (first.totals.total, second.totals.total)
    quantity = next(c for c in changes if c.field == "quantity")
    assert (quantity.before, quantity.after) == (Decimal(6), Decimal(8))


def test_the_document_carries_seller_customer_and_words(db: Database, ids: dict[str, str]) -> None:
    quote = make_quote(db, ids, discount="0")
    with db.uow() as uow:
        doc = quotes.build_document(uow, quote.id)
        english = quotes.build_document(uow, quote.id, "en")
    assert doc.seller.name == "Công ty Cổ phần Điện Sông Hồng"
    assert doc.seller.address.endswith("Quận Hoàn Kiếm, Hà Nội")
    assert doc.customer.name == "Công ty TNHH Thương mại Đông Á"
    assert doc.customer.contact_name == "Nguyễn Thị Ánh Dương"
    assert [line.description for line in doc.lines] == [line.description for line in quote.lines]
    assert doc.totals.total == quote.totals.total
    assert doc.amount_in_words.startswith("Tám mươi") and doc.amount_in_words.endswith("đồng")
    assert english.language == "en" and "dong" in english.amount_in_words.lower()


def test_demo_quotes_follow_the_rule_and_new_numbers_continue_them(db: Database) -> None:
    from desktop_crm.services.demo import build_demo

    build_demo(db, "small", seed=1, as_of=dt.date(2026, 11, 20))
    with db.uow() as uow:
        rows = quotes.all_quotes(uow, QuoteFilter(latest_only=False))
        device = quotes.device_code(uow)
        assert quotes.get_pattern(uow) == "BG-{year}-{seq:04}"
        for row in rows[:15]:
            record = quotes.get_quote(uow, row.id)
            assert record.totals.total == row.total  # the cached total is the rule's total
        this_year = [r.number for r in rows if r.number.startswith("BG-2026-")]
        highest = max(int(n.split("-")[2]) for n in this_year if n.endswith(device))
        assert quotes.next_number(uow, dt.date(2026, 11, 20)) == (
            f"BG-2026-{highest + 1:04d}-{device}"
        )
