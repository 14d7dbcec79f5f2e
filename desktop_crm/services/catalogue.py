"""The product catalogue: products and services a quote line can be taken from.

A product's price is a default: a quote line copies it (with the unit, the description and the
VAT rate) and can change it, so later price changes never alter a quote already written.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.money import MoneyError, currency_decimals, to_decimal
from desktop_crm.domain.quote_math import VAT_RATES
from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services.contacts import NotFoundError, parse_id
from desktop_crm.store import quote_queries
from desktop_crm.store.models import Product
from desktop_crm.store.uow import UnitOfWork

# Units a Vietnamese catalogue uses most; any other text is accepted too.
COMMON_UNITS = ("cái", "bộ", "chiếc", "hộp", "m", "kg", "giờ", "ngày", "tháng", "năm", "gói")
MAX_UNIT_PRICE_DECIMALS = 4  # a unit price may be finer than the currency (0.1234 USD/m)


@dataclass(frozen=True)
class ProductInput:
    sku: str
    name: str
    unit_price: Decimal | str
    currency: str = "VND"
    vat_rate: Decimal | str = Decimal(10)
    unit: str = "cái"
    description: str | None = None
    is_active: bool = True


@dataclass(frozen=True)
class ProductRecord:
    id: str
    sku: str
    name: str
    description: str | None
    unit: str
    unit_price: Decimal
    currency: str
    vat_rate: Decimal
    is_active: bool

    @property
    def label(self) -> str:
        """How completion lists show it: "TD-400A — Tủ điện phân phối 400A"."""
        return f"{self.sku} — {self.name}"


def _record(row: Product) -> ProductRecord:
    return ProductRecord(
        id=str(row.id),
        sku=row.sku,
        name=row.name,
        description=row.description,
        unit=row.unit,
        unit_price=row.unit_price,
        currency=row.currency,
        vat_rate=row.vat_rate,
        is_active=row.is_active,
    )


def parse_number(value: Decimal | str, field: str) -> Decimal:
    """A number typed by a person ("1 234,5" is not guessed: one decimal point, no letters)."""
    try:
        return to_decimal(value)
    except MoneyError:
        raise FieldError(
            field, QT_TRANSLATE_NOOP("errors", "'{value}' is not a number."), value=str(value)
        ) from None


def parse_currency(currency: str) -> str:
    code = (currency or "").strip().upper()
    try:
        currency_decimals(code)
    except MoneyError:
        raise FieldError(
            "currency",
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a currency code such as VND or USD."),
            value=currency,
        ) from None
    return code


def parse_unit_price(value: Decimal | str, field: str = "unit_price") -> Decimal:
    price = parse_number(value, field)
    if price < 0:
        raise FieldError(field, QT_TRANSLATE_NOOP("errors", "The price cannot be negative."))
    if price != price.quantize(Decimal(1).scaleb(-MAX_UNIT_PRICE_DECIMALS)):
        raise FieldError(field, QT_TRANSLATE_NOOP("errors", "A unit price has at most 4 decimals."))
    return price


def parse_vat_rate(value: Decimal | str, field: str = "vat_rate") -> Decimal:
    rate = parse_number(
        str(value).strip().rstrip("%").strip() if isinstance(value, str) else value, field
    )
    if rate not in VAT_RATES:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("errors", "The VAT rate must be 0, 5, 8 or 10 % (not {value})."),
            value=str(value),
        )
    return rate


def validate_product(data: ProductInput) -> dict[str, object]:
    """The cleaned fields of ``data``; raises FieldError on the first bad one."""
    sku = data.sku.strip()
    if not sku:
        raise FieldError("sku", QT_TRANSLATE_NOOP("errors", "Enter the product code."))
    if len(sku) > 60:
        raise FieldError("sku", QT_TRANSLATE_NOOP("errors", "The product code is too long."))
    name = data.name.strip()
    if not name:
        raise FieldError("name", QT_TRANSLATE_NOOP("errors", "Enter the product name."))
    return {
        "sku": sku,
        "name": name[:255],
        "description": (data.description or "").strip() or None,
        "unit": (data.unit or "").strip()[:30] or "cái",
        "unit_price": parse_unit_price(data.unit_price),
        "currency": parse_currency(data.currency),
        "vat_rate": parse_vat_rate(data.vat_rate),
        "is_active": bool(data.is_active),
    }


def _check_sku_free(uow: UnitOfWork, sku: str, own_id: str | None) -> None:
    for row in quote_queries.products_by_sku(uow.session, sku):
        if str(row.id) != own_id:
            raise FieldError(
                "sku",
                QT_TRANSLATE_NOOP("errors", "The code {sku} is already used by {name}."),
                sku=row.sku,
                name=row.name,
            )


def _live(uow: UnitOfWork, product_id: str) -> Product:
    key = parse_id(product_id, "product")
    row = quote_queries.live_product(uow.session, key) if key else None
    if row is None:
        raise NotFoundError("product", product_id)
    return row


def save_product(uow: UnitOfWork, data: ProductInput, product_id: str | None = None) -> str:
    """Create (no id) or update a product; commits and returns its id."""
    fields = validate_product(data)
    _check_sku_free(uow, str(fields["sku"]), product_id)
    if product_id is None:
        row = Product(**fields)
        uow.session.add(row)
    else:
        row = _live(uow, product_id)
        for name, value in fields.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
    uow.session.flush()
    uow.commit()
    return str(row.id)


def get_product(uow: UnitOfWork, product_id: str) -> ProductRecord:
    return _record(_live(uow, product_id))


def list_products(
    uow: UnitOfWork, text: str | None = None, *, active_only: bool = False
) -> list[ProductRecord]:
    """The catalogue by code; ``text`` matches code or name, without diacritics."""
    rows = [_record(r) for r in quote_queries.products(uow.session, active_only=active_only)]
    if text and text.strip():
        wanted = fold(text)
        rows = [r for r in rows if wanted in fold(r.sku) or wanted in fold(r.name)]
    return rows


def find_by_code(uow: UnitOfWork, sku: str) -> ProductRecord | None:
    """The live product with exactly this code (case-insensitive), if any."""
    rows = quote_queries.products_by_sku(uow.session, sku.strip())
    return _record(rows[0]) if rows else None


def set_active(uow: UnitOfWork, product_id: str, active: bool) -> None:
    """Retire a product from new quotes (or bring it back); quotes that use it are unchanged."""
    row = _live(uow, product_id)
    row.is_active = active
    uow.commit()
