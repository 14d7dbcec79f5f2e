"""Quote arithmetic: the rounding rule every quote total follows."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from desktop_crm.domain.money import currency_decimals


def quote_line_amounts(
    quantity: Decimal,
    unit_price: Decimal,
    discount_percent: Decimal,
    vat_rate: Decimal,
    currency: str,
) -> tuple[Decimal, Decimal]:
    """(net amount, VAT) of one quote line, each rounded half up to the currency's decimals.

    The quote's subtotal and tax total are the sums of these per-line figures.
    """
    quantum = Decimal(1).scaleb(-currency_decimals(currency))
    net = (quantity * unit_price * (100 - discount_percent) / 100).quantize(
        quantum, rounding=ROUND_HALF_UP
    )
    tax = (net * vat_rate / 100).quantize(quantum, rounding=ROUND_HALF_UP)
    return net, tax
