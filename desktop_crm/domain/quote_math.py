"""Quote arithmetic: the rounding rule every quote total follows.

Rule (the one a Vietnamese VAT invoice uses): each line is rounded to the currency's minor unit
on its own, then the rounded figures are summed. For one line::

    net      = round(quantity × unit price × (1 − line discount))
    taxable  = round(net × (1 − quote discount))          # the quote's discount, line by line
    VAT      = round(taxable × VAT rate)

and the quote's figures are sums: subtotal = Σ net, discount = subtotal − Σ taxable,
VAT per rate = Σ VAT of the lines at that rate, total = Σ taxable + Σ VAT. Rounding is half up
(0.5 đồng goes up), as accountants expect, never banker's rounding.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop_crm.domain.money import currency_decimals

VAT_RATES = (Decimal(0), Decimal(5), Decimal(8), Decimal(10))


def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-currency_decimals(currency))


def round_money(value: Decimal, currency: str) -> Decimal:
    """``value`` rounded half up to the currency's minor unit (VND: whole đồng, USD: cents)."""
    return value.quantize(_quantum(currency), rounding=ROUND_HALF_UP)


def quote_line_amounts(
    quantity: Decimal,
    unit_price: Decimal,
    discount_percent: Decimal,
    vat_rate: Decimal,
    currency: str,
) -> tuple[Decimal, Decimal]:
    """(net amount, VAT) of one quote line with no quote discount, each rounded half up."""
    net = round_money(quantity * unit_price * (100 - discount_percent) / 100, currency)
    return net, round_money(net * vat_rate / 100, currency)


@dataclass(frozen=True, slots=True)
class LinePrice:
    """What a line asks: the inputs of the rule above."""

    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    vat_rate: Decimal


@dataclass(frozen=True, slots=True)
class LineAmounts:
    net: Decimal  # after the line's discount
    taxable: Decimal  # after the quote's discount too
    vat: Decimal


@dataclass(frozen=True, slots=True)
class RateTotal:
    rate: Decimal
    taxable: Decimal
    vat: Decimal


@dataclass(frozen=True, slots=True)
class QuoteTotals:
    currency: str
    lines: tuple[LineAmounts, ...]
    subtotal: Decimal  # Σ net
    discount: Decimal  # subtotal − taxable: what the quote's discount takes off
    taxable: Decimal  # Σ taxable: the total before VAT
    by_rate: tuple[RateTotal, ...]  # one per VAT rate used, ascending
    tax_total: Decimal
    total: Decimal


def quote_totals(
    lines: Iterable[LinePrice], discount_percent: Decimal, currency: str
) -> QuoteTotals:
    """Every figure of a quote, by the module's rule."""
    amounts: list[LineAmounts] = []
    rates: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for line in lines:
        net = round_money(
            line.quantity * line.unit_price * (100 - line.discount_percent) / 100, currency
        )
        taxable = round_money(net * (100 - discount_percent) / 100, currency)
        vat = round_money(taxable * line.vat_rate / 100, currency)
        amounts.append(LineAmounts(net, taxable, vat))
        # 10.00 and 10 are one rate; integral rates print as "10", not "1E+1"
        key = (
            line.vat_rate.to_integral_value()
            if line.vat_rate == line.vat_rate.to_integral_value()
            else line.vat_rate.normalize()
        )
        base, tax = rates.get(key, (Decimal(0), Decimal(0)))
        rates[key] = (base + taxable, tax + vat)
    subtotal = sum((a.net for a in amounts), Decimal(0))
    taxable_sum = sum((a.taxable for a in amounts), Decimal(0))
    tax_total = sum((a.vat for a in amounts), Decimal(0))
    zero = round_money(Decimal(0), currency)
    return QuoteTotals(
        currency=currency,
        lines=tuple(amounts),
        subtotal=subtotal + zero,
        discount=subtotal - taxable_sum + zero,
        taxable=taxable_sum + zero,
        by_rate=tuple(RateTotal(rate, b, t) for rate, (b, t) in sorted(rates.items())),
        tax_total=tax_total + zero,
        total=taxable_sum + tax_total + zero,
    )
