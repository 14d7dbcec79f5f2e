"""Quotes: write, number, send, decide, revise, and turn into a document to print.

A quote belongs to a customer (an account and/or a contact) and usually to a deal. Its figures
follow ``domain.quote_math`` (per line rounded, then summed); the totals are cached on the row
for lists and reports and recomputed on every write.

Life cycle: draft → sent → accepted / rejected / expired. Only the latest version of a draft can
be edited. "Revise" copies a quote into version n+1 (a draft, same number); every earlier
version is then frozen: read-only, and no status change.

Numbers: a pattern from the team settings (default ``BG-{year}-{seq:04}``) plus this laptop's
device code. Laptops number quotes offline, so two of them will both make "BG-2026-0007"; a
suffix of the device id ("BG-2026-0007-3f2a") keeps numbers unique without a server. The
sequence counts this device's quotes of the year.

Every function runs inside ``uow`` on the calling thread; writers commit once, readers never.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import string
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop_crm.domain.amount_words import amount_in_words
from desktop_crm.domain.contact_rules import FieldError, phone_display
from desktop_crm.domain.enums import QuoteStatus
from desktop_crm.domain.quote_document import Customer, DocumentLine, QuoteDocument, Seller
from desktop_crm.domain.quote_math import LinePrice, QuoteTotals, quote_totals
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError
from desktop_crm.services import company, search
from desktop_crm.services.catalogue import (
    parse_currency,
    parse_number,
    parse_unit_price,
    parse_vat_rate,
)
from desktop_crm.services.contacts import NotFoundError, parse_id
from desktop_crm.store import imports as settings_store
from desktop_crm.store import people, queries, quote_queries
from desktop_crm.store.models import Account, Contact, Pipeline, Quote, QuoteLine
from desktop_crm.store.quote_queries import QuoteFilter
from desktop_crm.store.uow import UnitOfWork

PATTERN_KEY = "quotes.number_pattern"
DEFAULTS_KEY = "quotes.defaults"
DEFAULT_PATTERN = "BG-{year}-{seq:04}"
DEFAULT_VALIDITY_DAYS = 30
LANGUAGES = ("vi", "en")
PAGE_SIZE = 200
MAX_LINES = 2000
_FIELDS_OF_PATTERN = {"year", "yy", "month", "seq", "device"}
_QUANTITY_DECIMALS = 4


# --- settings: numbering and defaults --------------------------------------------------------


@dataclass(frozen=True)
class QuoteDefaults:
    validity_days: int = DEFAULT_VALIDITY_DAYS
    payment_terms: str = ""
    delivery_terms: str = ""
    notes: str = ""


def get_defaults(uow: UnitOfWork) -> QuoteDefaults:
    raw = settings_store.team_setting(uow.session, DEFAULTS_KEY)
    validity = settings_store.team_setting(uow.session, "quotes.validity_days")
    data: dict[str, Any] = json.loads(raw) if raw else {}
    if "validity_days" not in data and validity:
        data["validity_days"] = int(json.loads(validity))
    known = {k: v for k, v in data.items() if k in QuoteDefaults.__dataclass_fields__}
    return QuoteDefaults(**known)


def _check_defaults(defaults: QuoteDefaults) -> str:
    if not 1 <= defaults.validity_days <= 3650:
        raise FieldError(
            "validity_days",
            QT_TRANSLATE_NOOP("errors", "A quote is valid for 1 to 3650 days."),
        )
    return json.dumps(defaults.__dict__, ensure_ascii=False)


def save_defaults(uow: UnitOfWork, defaults: QuoteDefaults) -> None:
    settings_store.put_team_setting(uow.session, DEFAULTS_KEY, _check_defaults(defaults))
    uow.commit()


def save_settings(uow: UnitOfWork, pattern: str, defaults: QuoteDefaults) -> str:
    """The number pattern and the defaults together, in one transaction; returns the pattern."""
    clean = validate_pattern(pattern)
    value = _check_defaults(defaults)
    settings_store.put_team_setting(uow.session, PATTERN_KEY, json.dumps(clean))
    settings_store.put_team_setting(uow.session, DEFAULTS_KEY, value)
    uow.commit()
    return clean


def _pattern_fields(pattern: str) -> list[tuple[str, str | None, str | None]]:
    """(literal text, field name, format spec) parts of a pattern; raises FieldError."""
    try:
        parts = [
            (literal, name, spec)
            for literal, name, spec, _conv in string.Formatter().parse(pattern)
        ]
    except ValueError:
        raise FieldError(
            "pattern",
            QT_TRANSLATE_NOOP("errors", "The number pattern '{pattern}' has an unmatched brace."),
            pattern=pattern,
        ) from None
    names = [name for _lit, name, _spec in parts if name is not None]
    unknown = [n for n in names if n not in _FIELDS_OF_PATTERN]
    if unknown:
        raise FieldError(
            "pattern",
            QT_TRANSLATE_NOOP(
                "errors",
                "The number pattern knows {{year}}, {{yy}}, {{month}}, {{seq}} and {{device}}, "
                "not {{{name}}}.",
            ),
            name=unknown[0],
        )
    if names.count("seq") != 1:
        raise FieldError(
            "pattern",
            QT_TRANSLATE_NOOP(
                "errors", "The number pattern needs exactly one {{seq}}, such as {{seq:04}}."
            ),
        )
    for _lit, name, spec in parts:
        if name == "seq" and spec and not re.fullmatch(r"0?\d?", spec):
            raise FieldError(
                "pattern",
                QT_TRANSLATE_NOOP(
                    "errors", "Write the sequence as {{seq}} or with its width, such as {{seq:04}}."
                ),
            )
    return parts


def validate_pattern(pattern: str) -> str:
    clean = pattern.strip()
    if not clean:
        raise FieldError("pattern", QT_TRANSLATE_NOOP("errors", "Enter a number pattern."))
    if len(clean) > 40:
        raise FieldError("pattern", QT_TRANSLATE_NOOP("errors", "The number pattern is too long."))
    _pattern_fields(clean)
    return clean


def get_pattern(uow: UnitOfWork) -> str:
    raw = settings_store.team_setting(uow.session, PATTERN_KEY)
    if raw:
        return str(json.loads(raw))
    prefix = settings_store.team_setting(uow.session, "quotes.number_prefix")
    if prefix:  # databases made before the pattern existed
        return str(json.loads(prefix)) + "-{year}-{seq:04}"
    return DEFAULT_PATTERN


def save_pattern(uow: UnitOfWork, pattern: str) -> str:
    clean = validate_pattern(pattern)
    settings_store.put_team_setting(uow.session, PATTERN_KEY, json.dumps(clean))
    uow.commit()
    return clean


def device_code(uow: UnitOfWork) -> str:
    """Four hex digits of this installation's id: the part that keeps numbers unique."""
    return quote_queries.device_id(uow.session).hex[-4:]


def _render(parts: list[tuple[str, str | None, str | None]], values: dict[str, str]) -> str:
    out = []
    for literal, name, _spec in parts:
        out.append(literal)
        if name is not None:
            out.append(values[name])
    return "".join(out)


def format_number(pattern: str, on: dt.date, seq: int, device: str) -> str:
    """The number ``pattern`` gives for ``seq`` on the date ``on``; the device code is added
    at the end when the pattern does not place it."""
    parts = _pattern_fields(pattern)
    if not any(name == "device" for _l, name, _s in parts):
        parts = [*parts, ("-", "device", None)]
    spec = next(s for _l, n, s in parts if n == "seq") or ""
    values = {
        "year": f"{on.year:04d}",
        "yy": f"{on.year % 100:02d}",
        "month": f"{on.month:02d}",
        "device": device,
        "seq": format(seq, spec + "d"),
    }
    return _render(parts, values)


def next_number(uow: UnitOfWork, on: dt.date, pattern: str | None = None) -> str:
    """The next free number of this device for the year (and month) of ``on``; ``pattern``
    (default: the saved one) lets Settings preview a pattern before it is saved."""
    pattern = get_pattern(uow) if pattern is None else validate_pattern(pattern)
    device = device_code(uow)
    marker = "\x00"
    # Render with a marker for the sequence, to get the LIKE pattern and the regex.
    parts = _pattern_fields(pattern)
    if not any(name == "device" for _l, name, _s in parts):
        parts = [*parts, ("-", "device", None)]
    values = {
        "year": f"{on.year:04d}",
        "yy": f"{on.year % 100:02d}",
        "month": f"{on.month:02d}",
        "device": device,
        "seq": marker,
    }
    shape = _render(parts, values)
    before, after = shape.split(marker)

    def like_escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

    regex = re.compile(re.escape(before) + r"(\d+)" + re.escape(after) + r"\Z", re.IGNORECASE)
    taken = [
        int(m.group(1))
        for number in quote_queries.numbers_like(
            uow.session, like_escape(before) + "%" + like_escape(after)
        )
        if (m := regex.match(number))
    ]
    return format_number(pattern, on, max(taken, default=0) + 1, device)


# --- input ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LineInput:
    description: str
    quantity: Decimal | str = Decimal(1)
    unit_price: Decimal | str = Decimal(0)
    unit: str | None = None
    discount_percent: Decimal | str = Decimal(0)
    vat_rate: Decimal | str = Decimal(10)
    product_id: str | None = None


@dataclass(frozen=True)
class QuoteInput:
    issue_date: dt.date
    deal_id: str | None = None
    account_id: str | None = None
    contact_id: str | None = None
    currency: str = "VND"
    language: str = "vi"
    valid_until: dt.date | None = None
    payment_terms: str | None = None
    delivery_terms: str | None = None
    notes: str | None = None
    discount_percent: Decimal | str = Decimal(0)
    owner_id: str | None = None
    lines: tuple[LineInput, ...] = ()


@dataclass(frozen=True)
class CleanLine:
    description: str
    quantity: Decimal
    unit_price: Decimal
    unit: str | None
    discount_percent: Decimal
    vat_rate: Decimal
    product_id: uuid.UUID | None

    def price(self) -> LinePrice:
        return LinePrice(self.quantity, self.unit_price, self.discount_percent, self.vat_rate)


def _line_error(row: int, name: str, template: str, **params: object) -> FieldError:
    return FieldError(f"lines.{row}.{name}", template, row=row, **params)


def _percent(value: Decimal | str, field_name: str, row: int | None) -> Decimal:
    text = str(value).strip().rstrip("%").strip() if isinstance(value, str) else value
    if isinstance(text, str) and not text:
        return Decimal(0)
    try:
        percent = parse_number(text, field_name)
    except FieldError:
        if row is None:
            raise
        raise _line_error(
            row,
            "discount_percent",
            QT_TRANSLATE_NOOP("errors", "Line {row}: the discount '{value}' is not a number."),
            value=str(value),
        ) from None
    if not Decimal(0) <= percent <= Decimal(100):
        if row is None:
            raise FieldError(
                field_name,
                QT_TRANSLATE_NOOP(
                    "errors", "The quote discount must be between 0 and 100 % (not {value})."
                ),
                value=str(value),
            )
        raise _line_error(
            row,
            "discount_percent",
            QT_TRANSLATE_NOOP(
                "errors", "Line {row}: the discount must be between 0 and 100 % (not {value})."
            ),
            value=str(value),
        )
    if percent != percent.quantize(Decimal("0.01")):
        raise FieldError(
            field_name, QT_TRANSLATE_NOOP("errors", "A discount has at most 2 decimals.")
        )
    return percent


def clean_line(line: LineInput, row: int) -> CleanLine:
    """Validate one line (``row`` is 1-based, for the message); raises FieldError."""
    description = (line.description or "").strip()
    if not description:
        raise _line_error(
            row, "description", QT_TRANSLATE_NOOP("errors", "Line {row}: enter a description.")
        )
    try:
        quantity = parse_number(line.quantity, "quantity")
    except FieldError:
        raise _line_error(
            row,
            "quantity",
            QT_TRANSLATE_NOOP("errors", "Line {row}: the quantity '{value}' is not a number."),
            value=str(line.quantity),
        ) from None
    if quantity <= 0:
        raise _line_error(
            row,
            "quantity",
            QT_TRANSLATE_NOOP(
                "errors", "Line {row}: the quantity must be greater than zero (not {value})."
            ),
            value=str(line.quantity),
        )
    if quantity != quantity.quantize(Decimal(1).scaleb(-_QUANTITY_DECIMALS)):
        raise _line_error(
            row,
            "quantity",
            QT_TRANSLATE_NOOP("errors", "Line {row}: a quantity has at most 4 decimals."),
        )
    try:
        unit_price = parse_unit_price(line.unit_price)
    except FieldError as error:
        if "negative" in error.template:
            raise _line_error(
                row,
                "unit_price",
                QT_TRANSLATE_NOOP("errors", "Line {row}: the unit price cannot be negative."),
            ) from None
        if "decimals" in error.template:
            raise _line_error(
                row,
                "unit_price",
                QT_TRANSLATE_NOOP("errors", "Line {row}: a unit price has at most 4 decimals."),
            ) from None
        raise _line_error(
            row,
            "unit_price",
            QT_TRANSLATE_NOOP("errors", "Line {row}: the unit price '{value}' is not a number."),
            value=str(line.unit_price),
        ) from None
    try:
        vat_rate = parse_vat_rate(line.vat_rate)
    except FieldError:
        raise _line_error(
            row,
            "vat_rate",
            QT_TRANSLATE_NOOP(
                "errors", "Line {row}: the VAT rate must be 0, 5, 8 or 10 % (not {value})."
            ),
            value=str(line.vat_rate),
        ) from None
    return CleanLine(
        description=description,
        quantity=quantity,
        unit_price=unit_price,
        unit=((line.unit or "").strip()[:30] or None),
        discount_percent=_percent(line.discount_percent, "discount_percent", row),
        vat_rate=vat_rate,
        product_id=parse_id(line.product_id, "product"),
    )


def preview_totals(
    lines: tuple[LineInput, ...], discount_percent: Decimal | str, currency: str
) -> QuoteTotals:
    """The totals an editor shows while typing; raises FieldError on the first bad value."""
    clean = [clean_line(line, row) for row, line in enumerate(lines, start=1)]
    return quote_totals(
        (c.price() for c in clean),
        _percent(discount_percent, "discount_percent", None),
        parse_currency(currency),
    )


# --- records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LineRecord:
    id: str
    position: int
    product_id: str | None
    code: str | None
    description: str
    quantity: Decimal
    unit: str | None
    unit_price: Decimal
    discount_percent: Decimal
    vat_rate: Decimal
    net: Decimal
    taxable: Decimal
    vat: Decimal

    def as_input(self) -> LineInput:
        return LineInput(
            description=self.description,
            quantity=self.quantity,
            unit_price=self.unit_price,
            unit=self.unit,
            discount_percent=self.discount_percent,
            vat_rate=self.vat_rate,
            product_id=self.product_id,
        )


@dataclass(frozen=True)
class QuoteRecord:
    id: str
    number: str
    version: int
    previous_version_id: str | None
    is_latest: bool
    status: str
    deal_id: str | None
    deal_title: str | None
    account_id: str | None
    contact_id: str | None
    customer_name: str
    owner_id: str | None
    owner_name: str | None
    currency: str
    language: str
    issue_date: dt.date
    valid_until: dt.date | None
    payment_terms: str | None
    delivery_terms: str | None
    notes: str | None
    discount_percent: Decimal
    lines: tuple[LineRecord, ...]
    totals: QuoteTotals
    sent_at: dt.datetime | None
    decided_at: dt.datetime | None
    created_at: dt.datetime
    versions: tuple[tuple[str, int, str], ...] = field(default=())  # (id, version, status)

    @property
    def editable(self) -> bool:
        return self.is_latest and self.status == QuoteStatus.DRAFT

    @property
    def display_number(self) -> str:
        return self.number if self.version == 1 else f"{self.number} (v{self.version})"

    def as_input(self) -> QuoteInput:
        return QuoteInput(
            issue_date=self.issue_date,
            deal_id=self.deal_id,
            account_id=self.account_id,
            contact_id=self.contact_id,
            currency=self.currency,
            language=self.language,
            valid_until=self.valid_until,
            payment_terms=self.payment_terms,
            delivery_terms=self.delivery_terms,
            notes=self.notes,
            discount_percent=self.discount_percent,
            owner_id=self.owner_id,
            lines=tuple(line.as_input() for line in self.lines),
        )


def _live(uow: UnitOfWork, quote_id: str) -> Quote:
    key = parse_id(quote_id, "quote")
    row = quote_queries.live_quote(uow.session, key) if key else None
    if row is None:
        raise NotFoundError("quote", quote_id)
    return row


def _customer_name(uow: UnitOfWork, row: Quote) -> str:
    if row.account_id is not None:
        account = people.live_account(uow.session, row.account_id)
        if account is not None:
            return account.name
    if row.contact_id is not None:
        contact = people.live_contact(uow.session, row.contact_id)
        if contact is not None:
            return contact.full_name
    return ""


def _record(uow: UnitOfWork, row: Quote) -> QuoteRecord:
    lines = quote_queries.live_lines(uow.session, row.id)
    totals = quote_totals(
        (LinePrice(x.quantity, x.unit_price, x.discount_percent, x.vat_rate) for x in lines),
        row.discount_percent,
        row.currency,
    )
    codes: dict[uuid.UUID, str] = {}
    for line in lines:
        if line.product_id is not None and line.product_id not in codes:
            product = quote_queries.live_product(uow.session, line.product_id)
            if product is not None:
                codes[line.product_id] = product.sku
    deal = quote_queries.deal_parties(uow.session, row.deal_id) if row.deal_id else None
    all_versions = quote_queries.versions(uow.session, row.number)
    return QuoteRecord(
        id=str(row.id),
        number=row.number,
        version=row.version,
        previous_version_id=str(row.previous_version_id) if row.previous_version_id else None,
        is_latest=not quote_queries.has_newer_version(uow.session, row.id),
        status=row.status,
        deal_id=str(row.deal_id) if row.deal_id else None,
        deal_title=deal.title if deal is not None else None,
        account_id=str(row.account_id) if row.account_id else None,
        contact_id=str(row.contact_id) if row.contact_id else None,
        customer_name=_customer_name(uow, row),
        owner_id=str(row.owner_id) if row.owner_id else None,
        owner_name=quote_queries.name_of_user(uow.session, row.owner_id),
        currency=row.currency,
        language=row.language,
        issue_date=row.issue_date,
        valid_until=row.valid_until,
        payment_terms=row.payment_terms,
        delivery_terms=row.delivery_terms,
        notes=row.notes,
        discount_percent=row.discount_percent,
        lines=tuple(
            LineRecord(
                id=str(line.id),
                position=index,
                product_id=str(line.product_id) if line.product_id else None,
                code=codes.get(line.product_id) if line.product_id else None,
                description=line.description,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                discount_percent=line.discount_percent,
                vat_rate=line.vat_rate,
                net=amounts.net,
                taxable=amounts.taxable,
                vat=amounts.vat,
            )
            for index, (line, amounts) in enumerate(zip(lines, totals.lines, strict=True), 1)
        ),
        totals=totals,
        sent_at=row.sent_at,
        decided_at=row.decided_at,
        created_at=row.created_at,
        versions=tuple((str(v.id), v.version, v.status) for v in all_versions),
    )


def get_quote(uow: UnitOfWork, quote_id: str) -> QuoteRecord:
    return _record(uow, _live(uow, quote_id))


def find_by_number(uow: UnitOfWork, number: str, version: int | None = None) -> QuoteRecord:
    """The quote ``number`` (its latest version unless ``version`` is given)."""
    rows = quote_queries.quotes_by_number(uow.session, number)
    if version is not None:
        rows = [r for r in rows if r.version == version]
    if not rows:
        raise NotFoundError("quote", number if version is None else f"{number} v{version}")
    return _record(uow, rows[0])


# --- writing -----------------------------------------------------------------------------


def _clean_header(uow: UnitOfWork, data: QuoteInput) -> dict[str, Any]:
    deal_id = parse_id(data.deal_id, "deal")
    account_id = parse_id(data.account_id, "account")
    contact_id = parse_id(data.contact_id, "contact")
    owner_id = parse_id(data.owner_id, "user")
    if deal_id is not None:
        deal = quote_queries.deal_parties(uow.session, deal_id)
        if deal is None:
            raise NotFoundError("deal", str(deal_id))
        account_id = account_id or deal.account_id
        contact_id = contact_id or deal.contact_id
        owner_id = owner_id or deal.owner_id
    if account_id is not None and people.live_account(uow.session, account_id) is None:
        raise NotFoundError("account", str(account_id))
    if contact_id is not None and people.live_contact(uow.session, contact_id) is None:
        raise NotFoundError("contact", str(contact_id))
    if account_id is None and contact_id is None:
        raise FieldError(
            "customer",
            QT_TRANSLATE_NOOP(
                "errors", "Choose who the quote is for: a deal, an account or a contact."
            ),
        )
    if data.language not in LANGUAGES:
        raise FieldError(
            "language",
            QT_TRANSLATE_NOOP("errors", "A quote is written in Vietnamese or English."),
        )
    if data.valid_until is not None and data.valid_until < data.issue_date:
        raise FieldError(
            "valid_until",
            QT_TRANSLATE_NOOP("errors", "The valid-until date is before the issue date."),
        )
    if len(data.lines) > MAX_LINES:
        raise FieldError(
            "lines",
            QT_TRANSLATE_NOOP("errors", "A quote has at most {count} lines."),
            count=MAX_LINES,
        )

    def text(value: str | None) -> str | None:
        return (value or "").strip() or None

    return {
        "deal_id": deal_id,
        "account_id": account_id,
        "contact_id": contact_id,
        "owner_id": owner_id,
        "currency": parse_currency(data.currency),
        "language": data.language,
        "issue_date": data.issue_date,
        "valid_until": data.valid_until,
        "payment_terms": text(data.payment_terms),
        "delivery_terms": text(data.delivery_terms),
        "notes": text(data.notes),
        "discount_percent": _percent(data.discount_percent, "discount_percent", None),
    }


def _write_lines(uow: UnitOfWork, row: Quote, lines: list[CleanLine], now: dt.datetime) -> None:
    """Make the quote's live lines ``lines``: rows are reused by position (fewer sync changes)."""
    existing = quote_queries.live_lines(uow.session, row.id)
    for position, line in enumerate(lines):
        values = {
            "position": position,
            "product_id": line.product_id,
            "description": line.description,
            "quantity": line.quantity,
            "unit": line.unit,
            "unit_price": line.unit_price,
            "discount_percent": line.discount_percent,
            "vat_rate": line.vat_rate,
        }
        if position < len(existing):
            target = existing[position]
            for name, value in values.items():
                if getattr(target, name) != value:
                    setattr(target, name, value)
        else:
            uow.session.add(QuoteLine(quote_id=row.id, **values))
    for extra in existing[len(lines) :]:
        extra.deleted_at = now


def _store_totals(row: Quote, lines: list[CleanLine]) -> None:
    totals = quote_totals((c.price() for c in lines), row.discount_percent, row.currency)
    row.subtotal, row.tax_total, row.total = totals.taxable, totals.tax_total, totals.total


def create_quote(
    uow: UnitOfWork, data: QuoteInput, now: dt.datetime, user_id: str | None = None
) -> QuoteRecord:
    """A new draft (version 1) with the next number; commits."""
    header = _clean_header(uow, data)
    lines = [clean_line(line, row) for row, line in enumerate(data.lines, start=1)]
    if header["owner_id"] is None:
        header["owner_id"] = parse_id(user_id, "user")
    row = Quote(
        number=next_number(uow, data.issue_date),
        version=1,
        status=QuoteStatus.DRAFT.value,
        created_at=now,
        updated_at=now,
        **header,
    )
    uow.session.add(row)
    uow.session.flush()
    _write_lines(uow, row, lines, now)
    _store_totals(row, lines)
    uow.session.flush()
    search.update_index(uow, "quote", [row.id])
    record = _record(uow, row)
    uow.commit()
    return record


class QuoteLockedError(UserError):
    pass


def _require_editable(uow: UnitOfWork, row: Quote) -> None:
    _frozen_check(uow, row)
    if row.status != QuoteStatus.DRAFT:
        raise QuoteLockedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Quote {number} is no longer a draft; use Revise to change it.",
            ),
            number=row.number,
        )


def update_quote(uow: UnitOfWork, quote_id: str, data: QuoteInput, now: dt.datetime) -> QuoteRecord:
    """Change a draft (header and lines); commits. Sent or revised quotes are read-only."""
    row = _live(uow, quote_id)
    _require_editable(uow, row)
    header = _clean_header(uow, data)
    lines = [clean_line(line, number) for number, line in enumerate(data.lines, start=1)]
    for name, value in header.items():
        if name == "owner_id" and value is None:
            continue
        if getattr(row, name) != value:
            setattr(row, name, value)
    _write_lines(uow, row, lines, now)
    _store_totals(row, lines)
    row.updated_at = now
    uow.session.flush()
    search.update_index(uow, "quote", [row.id])
    record = _record(uow, row)
    uow.commit()
    return record


def delete_quote(uow: UnitOfWork, quote_id: str, now: dt.datetime) -> None:
    """Delete a draft that was never sent (a tombstone, so the deletion syncs); commits."""
    row = _live(uow, quote_id)
    _require_editable(uow, row)
    row.deleted_at = now
    for line in quote_queries.live_lines(uow.session, row.id):
        line.deleted_at = now
    uow.session.flush()
    search.update_index(uow, "quote", [row.id])
    uow.commit()


def require_lines(record: QuoteRecord) -> None:
    if not record.lines:
        raise FieldError(
            "lines",
            QT_TRANSLATE_NOOP(
                "errors", "Quote {number} has no lines: add at least one line first."
            ),
            number=record.display_number,
        )


def _frozen_check(uow: UnitOfWork, row: Quote) -> None:
    if quote_queries.has_newer_version(uow.session, row.id):
        raise QuoteLockedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Version {version} of quote {number} was revised and is read-only; "
                "open the latest version.",
            ),
            version=row.version,
            number=row.number,
        )


_STATUS_ERRORS = {
    "sent": QT_TRANSLATE_NOOP("errors", "Quote {number} was already sent."),
    "accepted": QT_TRANSLATE_NOOP(
        "errors", "Quote {number} can be accepted only once it was sent, and only once."
    ),
    "rejected": QT_TRANSLATE_NOOP(
        "errors", "Quote {number} can be rejected only once it was sent, and only once."
    ),
    "revised-draft": QT_TRANSLATE_NOOP(
        "errors", "Quote {number} is still a draft: change it directly, no revision is needed."
    ),
    "revised-accepted": QT_TRANSLATE_NOOP(
        "errors", "Quote {number} was accepted: it cannot be revised any more."
    ),
}


def _status_error(row: Quote, wanted: str) -> QuoteLockedError:
    key = f"{wanted}-{row.status}" if wanted == "revised" else wanted
    return QuoteLockedError(_STATUS_ERRORS[key], number=row.number)


def mark_sent(uow: UnitOfWork, quote_id: str, now: dt.datetime, today: dt.date) -> QuoteRecord:
    """The draft went to the customer; commits. Needs lines and a validity not yet past."""
    row = _live(uow, quote_id)
    _frozen_check(uow, row)
    if row.status != QuoteStatus.DRAFT:
        raise _status_error(row, "sent")
    require_lines(_record(uow, row))
    if row.valid_until is not None and row.valid_until < today:
        raise FieldError(
            "valid_until",
            QT_TRANSLATE_NOOP(
                "errors", "Quote {number} was valid until {date}: change that date first."
            ),
            number=row.number,
            date=row.valid_until.isoformat(),
        )
    row.status, row.sent_at, row.updated_at = QuoteStatus.SENT.value, now, now
    record = _record(uow, row)
    uow.commit()
    return record


def _won_stage_id(uow: UnitOfWork, deal_id: uuid.UUID) -> str | None:
    from desktop_crm.services import deals  # deals imports care and search; keep it lazy

    deal = deals.get_deal(uow, str(deal_id))
    if deal.status != "open":
        return None
    pipeline = uow.session.get(Pipeline, uuid.UUID(deal.pipeline_id))
    if pipeline is None:
        return None
    stages = [s for s in queries.pipeline_stages(uow.session, pipeline) if s.kind == "won"]
    return str(stages[0].id) if stages else None


def can_win_deal(uow: UnitOfWork, quote_id: str) -> bool:
    """Whether accepting this quote can also mark its deal won (an open deal, a won stage)."""
    row = _live(uow, quote_id)
    return row.deal_id is not None and _won_stage_id(uow, row.deal_id) is not None


def accept_quote(
    uow: UnitOfWork,
    quote_id: str,
    now: dt.datetime,
    *,
    win_deal: bool = False,
    user_id: str | None = None,
) -> QuoteRecord:
    """The customer accepted; with ``win_deal`` the quote's deal is won for the quote's total
    (in the same transaction). Commits."""
    row = _live(uow, quote_id)
    _frozen_check(uow, row)
    if row.status != QuoteStatus.SENT:
        raise _status_error(row, "accepted")
    row.status, row.decided_at, row.updated_at = QuoteStatus.ACCEPTED.value, now, now
    uow.session.flush()
    record = _record(uow, row)
    if win_deal and row.deal_id is not None:
        stage_id = _won_stage_id(uow, row.deal_id)
        if stage_id is not None:
            from desktop_crm.services import deals

            deal = deals.get_deal(uow, str(row.deal_id))
            amount = row.total if deal.currency == row.currency else deal.amount
            deals.move_deal(  # commits the acceptance and the win together
                uow, str(row.deal_id), stage_id, now, user_id, final_amount=amount
            )
            return record
    uow.commit()
    return record


def reject_quote(uow: UnitOfWork, quote_id: str, now: dt.datetime) -> QuoteRecord:
    row = _live(uow, quote_id)
    _frozen_check(uow, row)
    if row.status != QuoteStatus.SENT:
        raise _status_error(row, "rejected")
    row.status, row.decided_at, row.updated_at = QuoteStatus.REJECTED.value, now, now
    record = _record(uow, row)
    uow.commit()
    return record


def expire_overdue(uow: UnitOfWork, today: dt.date, now: dt.datetime) -> int:
    """Sent quotes whose valid-until date has passed become expired; commits; returns how many."""
    rows = quote_queries.overdue_sent(uow.session, today)
    for row in rows:
        row.status, row.updated_at = QuoteStatus.EXPIRED.value, now
    if rows:
        uow.commit()
    return len(rows)


def revise_quote(uow: UnitOfWork, quote_id: str, now: dt.datetime, today: dt.date) -> QuoteRecord:
    """Version n+1 of the latest version, as a draft dated today with the same validity span;
    the earlier versions become read-only. Commits."""
    row = _live(uow, quote_id)
    _frozen_check(uow, row)
    if row.status in (QuoteStatus.DRAFT, QuoteStatus.ACCEPTED):
        raise _status_error(row, "revised")
    old = _record(uow, row)
    span = (row.valid_until - row.issue_date) if row.valid_until else None
    copy = Quote(
        number=row.number,
        version=row.version + 1,
        previous_version_id=row.id,
        status=QuoteStatus.DRAFT.value,
        deal_id=row.deal_id,
        account_id=row.account_id,
        contact_id=row.contact_id,
        owner_id=row.owner_id,
        currency=row.currency,
        language=row.language,
        issue_date=today,
        valid_until=(today + span) if span is not None else None,
        payment_terms=row.payment_terms,
        delivery_terms=row.delivery_terms,
        notes=row.notes,
        discount_percent=row.discount_percent,
        subtotal=row.subtotal,
        tax_total=row.tax_total,
        total=row.total,
        created_at=now,
        updated_at=now,
    )
    uow.session.add(copy)
    uow.session.flush()
    lines = [clean_line(line.as_input(), n) for n, line in enumerate(old.lines, start=1)]
    _write_lines(uow, copy, lines, now)
    uow.session.flush()
    search.update_index(uow, "quote", [copy.id, row.id])
    record = _record(uow, copy)
    uow.commit()
    return record


# --- reading lists -------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteRow:
    id: str
    number: str
    version: int
    customer: str
    deal_title: str | None
    status: str
    currency: str
    total: Decimal
    issue_date: dt.date
    valid_until: dt.date | None
    owner: str | None

    @property
    def display_number(self) -> str:
        return self.number if self.version == 1 else f"{self.number} (v{self.version})"


def _row(r: Any) -> QuoteRow:
    return QuoteRow(
        id=str(r.id),
        number=r.number,
        version=r.version,
        customer=r.customer,
        deal_title=r.deal_title,
        status=r.status,
        currency=r.currency,
        total=r.total,
        issue_date=r.issue_date,
        valid_until=r.valid_until,
        owner=r.owner,
    )


def quote_page(
    uow: UnitOfWork, flt: QuoteFilter, offset: int = 0, limit: int = PAGE_SIZE
) -> list[QuoteRow]:
    return [_row(r) for r in quote_queries.quote_page(uow.session, flt, offset, limit)]


def quote_count(uow: UnitOfWork, flt: QuoteFilter) -> int:
    return quote_queries.quote_count(uow.session, flt)


def all_quotes(uow: UnitOfWork, flt: QuoteFilter | None = None) -> list[QuoteRow]:
    """Every quote matching ``flt`` (the command line's list), newest first."""
    flt = flt or QuoteFilter()
    out: list[QuoteRow] = []
    while page := quote_page(uow, flt, len(out), 1000):
        out.extend(page)
    return out


# --- versions compared --------------------------------------------------------------------


@dataclass(frozen=True)
class VersionChange:
    """One difference between two versions. ``what`` names a header field or, for a line,
    is the line's description; ``field`` is None when a whole line was added or removed."""

    kind: str  # "added" | "removed" | "changed"
    what: str
    field: str | None = None
    before: object = None
    after: object = None


_HEADER_FIELDS = (
    "currency",
    "valid_until",
    "payment_terms",
    "delivery_terms",
    "notes",
    "discount_percent",
)
_LINE_FIELDS = ("description", "quantity", "unit", "unit_price", "discount_percent", "vat_rate")


def _line_key(line: LineRecord) -> str:
    return line.product_id or line.description.casefold()


def compare_versions(old: QuoteRecord, new: QuoteRecord) -> list[VersionChange]:
    """What changed from ``old`` to ``new``: header fields, lines (matched by product, else by
    description) and the grand total."""
    changes: list[VersionChange] = []
    for name in _HEADER_FIELDS:
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            changes.append(VersionChange("changed", name, name, before, after))
    remaining = {_line_key(line): line for line in old.lines}
    for line in new.lines:
        match = remaining.pop(_line_key(line), None)
        if match is None:
            changes.append(VersionChange("added", line.description, None, None, line.net))
            continue
        for name in _LINE_FIELDS:
            before, after = getattr(match, name), getattr(line, name)
            if before != after:
                changes.append(VersionChange("changed", line.description, name, before, after))
    for line in remaining.values():
        changes.append(VersionChange("removed", line.description, None, line.net, None))
    if old.totals.total != new.totals.total:
        changes.append(
            VersionChange("changed", "total", "total", old.totals.total, new.totals.total)
        )
    return changes


# --- the printable document ----------------------------------------------------------------


def _address(row: Account | Contact | None) -> str:
    if row is None:
        return ""
    parts = [getattr(row, name, None) for name in ("street", "ward", "district", "province")]
    return ", ".join(p.strip() for p in parts if p and p.strip())


def _points(uow: UnitOfWork, **owner: uuid.UUID) -> tuple[str | None, str | None]:
    phone = email = None
    for point in people.points_of(uow.session, **owner):
        if point.kind == "phone" and phone is None:
            phone = phone_display(point.value)  # printed as people dial it, not E.164
        elif point.kind == "email" and email is None:
            email = point.value
    return phone, email


def build_document(uow: UnitOfWork, quote_id: str, language: str | None = None) -> QuoteDocument:
    """Everything a PDF or workbook prints for the quote, in ``language`` (default: the
    quote's own). Refuses a quote with no lines."""
    record = get_quote(uow, quote_id)
    require_lines(record)
    row = _live(uow, quote_id)
    lang = language or record.language
    if lang not in LANGUAGES:
        raise FieldError(
            "language",
            QT_TRANSLATE_NOOP("errors", "A quote is written in Vietnamese or English."),
        )
    profile = company.get_profile(uow)
    seller_address = ", ".join(
        p for p in (profile.street, profile.ward, profile.district, profile.province) if p
    )
    account = people.live_account(uow.session, row.account_id) if row.account_id else None
    contact = people.live_contact(uow.session, row.contact_id) if row.contact_id else None
    if account is not None:
        phone, email = _points(uow, account_id=account.id)
        if contact is not None and (phone is None or email is None):
            c_phone, c_email = _points(uow, contact_id=contact.id)
            phone, email = phone or c_phone, email or c_email
        customer = Customer(
            name=account.name,
            contact_name=contact.full_name if contact is not None else None,
            address=_address(account),
            tax_code=account.tax_code,
            phone=phone,
            email=email,
        )
    else:
        assert contact is not None, "a quote always has a customer"
        phone, email = _points(uow, contact_id=contact.id)
        customer = Customer(
            name=contact.full_name, address=_address(contact), phone=phone, email=email
        )
    words = amount_in_words(record.totals.total, record.currency, lang)
    return QuoteDocument(
        language=lang,
        number=record.number,
        version=record.version,
        status=record.status,
        issue_date=record.issue_date,
        valid_until=record.valid_until,
        currency=record.currency,
        seller=Seller(
            name=profile.name,
            address=seller_address,
            tax_code=profile.tax_code,
            phone=profile.phone,
            email=profile.email,
            website=profile.website,
            bank_account=profile.bank_account,
            bank_name=profile.bank_name,
            logo=profile.logo_png,
        ),
        customer=customer,
        lines=tuple(
            DocumentLine(
                position=line.position,
                code=line.code,
                description=line.description,
                unit=line.unit or "",
                quantity=line.quantity,
                unit_price=line.unit_price,
                discount_percent=line.discount_percent,
                vat_rate=line.vat_rate,
                net=line.net,
                taxable=line.taxable,
                vat=line.vat,
            )
            for line in record.lines
        ),
        discount_percent=record.discount_percent,
        totals=record.totals,
        amount_in_words=words[:1].upper() + words[1:],
        deal_title=record.deal_title,
        salesperson=record.owner_name,
        payment_terms=record.payment_terms,
        delivery_terms=record.delivery_terms,
        notes=record.notes,
    )
