"""Two versions of a quote compared, as lines a sales person reads:
"Aptomat 3 pha 100A: quantity 6 → 8", "Added: …", "Total: 87.158.039 ₫ → 95.000.000 ₫"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop_crm.services.quotes import VersionChange
from desktop_crm.ui.contacts.labels import short_date
from desktop_crm.ui.i18n import format_money, format_number


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuoteVersions", text)


def field_name(name: str) -> str:
    names = {
        "currency": _tr("currency"),
        "valid_until": _tr("valid until"),
        "payment_terms": _tr("payment terms"),
        "delivery_terms": _tr("delivery terms"),
        "notes": _tr("notes"),
        "discount_percent": _tr("discount %"),
        "description": _tr("description"),
        "quantity": _tr("quantity"),
        "unit": _tr("unit"),
        "unit_price": _tr("unit price"),
        "vat_rate": _tr("VAT %"),
        "total": _tr("Total"),
    }
    return names.get(name, name)


def _value(value: object, name: str | None, currency: str) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, Decimal):
        if name in ("unit_price", "total", None):
            return format_money(value, currency)
        return format_number(value.normalize())
    if isinstance(value, dt.date):
        return short_date(value)
    return str(value)


def describe(changes: list[VersionChange], currency: str) -> list[str]:
    """One readable line per change, amounts in ``currency``."""
    out: list[str] = []
    for change in changes:
        if change.kind == "added":
            out.append(
                _tr("Added: {line} ({amount})").format(
                    line=change.what, amount=_value(change.after, None, currency)
                )
            )
        elif change.kind == "removed":
            out.append(
                _tr("Removed: {line} ({amount})").format(
                    line=change.what, amount=_value(change.before, None, currency)
                )
            )
        elif change.field == "total":
            out.append(
                _tr("Total: {before} → {after}").format(
                    before=_value(change.before, "total", currency),
                    after=_value(change.after, "total", currency),
                )
            )
        elif change.field is not None and change.what == change.field:  # a header field
            out.append(
                _tr("{field}: {before} → {after}").format(
                    field=field_name(change.field).capitalize(),
                    before=_value(change.before, change.field, currency),
                    after=_value(change.after, change.field, currency),
                )
            )
        else:
            out.append(
                _tr("{line}: {field} {before} → {after}").format(
                    line=change.what,
                    field=field_name(change.field or ""),
                    before=_value(change.before, change.field, currency),
                    after=_value(change.after, change.field, currency),
                )
            )
    return out
