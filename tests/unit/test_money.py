from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from desktop_crm.domain.money import Money, MoneyError, currency_decimals, to_decimal
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.store.database import Database
from desktop_crm.store.models import Deal, Product


def test_currency_decimals_follow_iso_4217() -> None:
    assert currency_decimals("VND") == 0
    assert currency_decimals("usd") == 2
    with pytest.raises(MoneyError, match="ISO currency"):
        currency_decimals("V1")


def test_tenths_add_exactly_and_round_half_up_per_currency() -> None:
    total = Money.of("0.10", "USD") + Money.of("0.20", "USD")
    assert total.amount == Decimal("0.30")
    assert Money.of("1234.5", "VND").rounded().amount == Decimal("1235")
    assert Money.of("2.345", "USD").rounded().amount == Decimal("2.35")
    assert str(Money.of("12345678", "VND")) == "12345678 VND"


def test_float_and_garbage_and_huge_amounts_are_refused() -> None:
    with pytest.raises(MoneyError, match="float"):
        to_decimal(0.1)  # type: ignore[arg-type]
    with pytest.raises(MoneyError, match="not a number"):
        to_decimal("12,3a")
    with pytest.raises(MoneyError, match="larger than"):
        to_decimal("1e20")
    with pytest.raises(MoneyError, match="cannot combine"):
        _ = Money.of(1, "VND") + Money.of(1, "USD")


@pytest.mark.parametrize(
    ("amount", "currency"),
    [
        ("12345678", "VND"),
        ("0.30", "USD"),
        ("899999999999999.9999", "VND"),
        ("-0.01", "USD"),
        ("0.0001", "USD"),
    ],
)
def test_money_survives_the_database_exactly(db: Database, amount: str, currency: str) -> None:
    with db.uow() as uow:
        pipeline = ensure_default_pipeline(uow, "en")
    with db.uow() as uow:
        uow.session.add(
            Deal(
                title="Tủ điện",
                pipeline_id=_uuid(pipeline.id),
                stage_id=_uuid(pipeline.stages[0].id),
                amount=Decimal(amount),
                currency=currency,
            )
        )
        uow.commit()
    with db.uow() as uow:
        stored = uow.session.scalars(select(Deal.amount)).one()
    assert isinstance(stored, Decimal)
    assert stored == Decimal(amount)


def test_sum_of_tenths_in_sql_is_exact(db: Database) -> None:
    with db.uow() as uow:
        for price in ("0.10", "0.20"):
            uow.session.add(Product(sku=price, name="x", unit_price=Decimal(price), currency="USD"))
        uow.commit()
    with db.uow() as uow:
        typed_sum = uow.session.scalar(select(func.sum(Product.unit_price)))
        stored_sum = uow.session.scalar(text("SELECT sum(unit_price) FROM products"))
    assert typed_sum == Decimal("0.30")
    assert stored_sum == 3000  # an exact integer of ten-thousandths, not a float


def test_columns_refuse_floats_and_excess_decimals(db: Database) -> None:
    with db.uow() as uow:
        uow.session.add(Product(sku="a", name="x", unit_price=0.1))  # type: ignore[arg-type]
        with pytest.raises(Exception, match="never float"):
            uow.session.flush()
    with db.uow() as uow:
        uow.session.add(Product(sku="b", name="x", unit_price=Decimal("0.00001")))
        with pytest.raises(Exception, match="more than 4 decimals"):
            uow.session.flush()


def _uuid(text: str):  # type: ignore[no-untyped-def]
    import uuid

    return uuid.UUID(text)


def test_open_deal_totals_per_currency_are_exact(db: Database) -> None:
    from desktop_crm.services.overview import overview

    with db.uow() as uow:
        pipeline = ensure_default_pipeline(uow, "vi")
    with db.uow() as uow:
        for amount, currency in (("0.10", "USD"), ("0.20", "USD"), ("12345678", "VND")):
            uow.session.add(
                Deal(
                    title="x",
                    pipeline_id=_uuid(pipeline.id),
                    stage_id=_uuid(pipeline.stages[1].id),
                    amount=Decimal(amount),
                    currency=currency,
                )
            )
        uow.commit()
    import datetime as dt

    with db.uow() as uow:
        seen = overview(uow, dt.datetime.now(dt.UTC))
    assert {(t.currency, t.count, t.amount) for t in seen.open_deals} == {
        ("USD", 2, Decimal("0.30")),
        ("VND", 1, Decimal("12345678")),
    }
