"""Exact money: Decimal amounts with each currency's own number of decimals.

Amounts are never floats. A value is rounded only where the business rule says so
(``Money.rounded``), half up as Vietnamese invoices and most commercial tools do.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import get_currency_precision

# Storage keeps four decimals for every amount (enough for unit prices below one cent);
# an amount with more decimals is refused rather than silently rounded.
STORAGE_DECIMALS = 4
# Largest absolute amount we accept: fits a signed 64-bit integer of ten-thousandths.
MAX_ABS_AMOUNT = Decimal("900000000000000")  # 900 trillion (VND budgets of whole provinces fit)

SUPPORTED_CURRENCIES = ("VND", "USD", "EUR", "JPY", "CNY", "KRW", "SGD", "THB")


class MoneyError(ValueError):
    """An amount or currency that cannot be represented exactly."""


def currency_decimals(currency: str) -> int:
    """Number of minor-unit decimals of an ISO 4217 currency (VND 0, USD 2)."""
    code = currency.upper()
    if len(code) != 3 or not code.isalpha():
        raise MoneyError(f"'{currency}' is not an ISO currency code such as VND or USD")
    return int(get_currency_precision(code))


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Convert user or file input to Decimal; floats are refused because they are inexact."""
    if isinstance(value, float):  # runtime guard for callers outside the type checker
        raise MoneyError("money must not be given as a float; pass a str or Decimal")
    if isinstance(value, Decimal):
        result = value
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise MoneyError(f"'{value}' is not a number") from None
    if not result.is_finite():
        raise MoneyError(f"'{value}' is not a finite number")
    if abs(result) > MAX_ABS_AMOUNT:
        raise MoneyError(f"{value} is larger than the largest amount allowed ({MAX_ABS_AMOUNT:,})")
    return result


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in one currency."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", to_decimal(self.amount))
        object.__setattr__(self, "currency", self.currency.upper())
        currency_decimals(self.currency)  # validates the code

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        return cls(to_decimal(amount), currency)

    @property
    def decimals(self) -> int:
        return currency_decimals(self.currency)

    def rounded(self) -> Money:
        """The amount rounded half up to the currency's minor unit."""
        quantum = Decimal(1).scaleb(-self.decimals)
        return Money(self.amount.quantize(quantum, rounding=ROUND_HALF_UP), self.currency)

    def _same_currency(self, other: Money) -> None:
        if other.currency != self.currency:
            raise MoneyError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        return Money(self.amount * to_decimal(factor), self.currency)

    def __str__(self) -> str:
        return f"{self.rounded().amount} {self.currency}"
