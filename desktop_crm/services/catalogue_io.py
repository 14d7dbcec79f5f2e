"""The product catalogue to and from an Excel workbook.

``export_catalogue`` writes every product (retired ones too) with a header row in English or
Vietnamese; ``import_catalogue`` reads such a file back, or one a person made: the headers are
matched in either language, without regard to case or diacritics ("Don gia" = "Đơn giá").
Products are matched by code: a known code is updated, a new one created. A bad row is
reported with its row number and reason and the other rows still land; everything is written
in ONE transaction, so a cancelled import writes nothing.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP, FileProblemError, UserError
from desktop_crm.exports.table_export import write_table
from desktop_crm.services.catalogue import ProductInput, list_products, validate_product
from desktop_crm.store import quote_queries
from desktop_crm.store.models import Product
from desktop_crm.store.uow import UnitOfWork

ProgressFn = Callable[[int, int], None]  # (rows done, rows in all)
CancelledFn = Callable[[], bool]
CANCEL_CHECK_EVERY = 25
HEADER_SEARCH_ROWS = 10  # the header may sit below a title row or two

FIELDS = ("sku", "name", "description", "unit", "unit_price", "currency", "vat_rate", "is_active")
REQUIRED = ("sku", "name", "unit_price")
HEADERS: dict[str, tuple[str, ...]] = {
    "en": ("Code", "Name", "Description", "Unit", "Unit price", "Currency", "VAT %", "Active"),
    "vi": (
        "Mã hàng",
        "Tên hàng",
        "Mô tả",
        "Đơn vị tính",
        "Đơn giá",
        "Tiền tệ",
        "Thuế GTGT (%)",
        "Đang bán",
    ),
}
# Other headers people write, folded (lower case, no diacritics, no punctuation).
_ALIASES = {
    "sku": ("sku", "ma", "ma sp", "ma san pham", "product code", "item code"),
    "name": ("ten", "ten hang hoa", "ten san pham", "ten hang hoa dich vu", "product", "item"),
    "description": ("mo ta chi tiet", "details"),
    "unit": ("dvt", "don vi", "uom"),
    "unit_price": ("price", "gia", "gia ban", "don gia ban"),
    "currency": ("tien", "loai tien", "ccy"),
    "vat_rate": ("vat", "vat rate", "thue", "thue suat", "thue gtgt", "thue vat"),
    "is_active": ("dang kinh doanh", "con ban", "status"),
}
_TRUE = {"1", "x", "true", "yes", "y", "co", "active", "dang ban"}
_FALSE = {"0", "", "false", "no", "n", "khong", "inactive", "ngung ban"}


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


_HEADER_KEYS: dict[str, str] = {}
for _language_headers in HEADERS.values():
    for _name, _header in zip(FIELDS, _language_headers, strict=True):
        _HEADER_KEYS[_key(_header)] = _name
for _name, _aliases in _ALIASES.items():
    for _alias in _aliases:
        _HEADER_KEYS[_key(_alias)] = _name


@dataclass(frozen=True)
class CatalogueImportReport:
    created: int
    updated: int
    unchanged: int
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (row number, reason)
    # the same rows with their errors, so the window can show each reason in its language
    rejected_errors: list[tuple[int, UserError]] = field(default_factory=list)


class CatalogueImportCancelledError(UserError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The catalogue import was cancelled; nothing was changed.")
        )


def export_catalogue(uow: UnitOfWork, path: Path, language: str = "en") -> int:
    """Write every product to the .xlsx file ``path``; returns how many. Prices and VAT rates
    are numbers. Raises ``FileProblemError`` for another ending or an unwritable file."""
    if path.suffix.lower() != ".xlsx":
        raise FileProblemError(
            str(path), QT_TRANSLATE_NOOP("errors", "the catalogue is saved as an .xlsx file")
        )
    headers = HEADERS["vi" if language == "vi" else "en"]
    products = list_products(uow)
    rows = [
        (
            p.sku,
            p.name,
            p.description,
            p.unit,
            p.unit_price.normalize() if p.unit_price else Decimal(0),
            p.currency,
            p.vat_rate.normalize() if p.vat_rate else Decimal(0),
            p.is_active,
        )
        for p in products
    ]
    title = "Danh mục hàng hóa" if language == "vi" else "Catalogue"
    return write_table(path, headers, rows, title)


def _read_rows(path: Path) -> list[tuple[int, tuple[Any, ...]]]:
    """(row number, values) of the first sheet; UserError when the file cannot be read."""
    if not path.is_file():
        raise FileProblemError(str(path), QT_TRANSLATE_NOOP("errors", "the file does not exist"))
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError):
        raise FileProblemError(
            str(path), QT_TRANSLATE_NOOP("errors", "it is not an Excel workbook (.xlsx)")
        ) from None
    except OSError as exc:
        raise FileProblemError(str(path), exc.strerror or str(exc)) from exc
    try:
        sheet = workbook.worksheets[0]
        return [
            (number, tuple(values))
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()


def _find_header(path: Path, rows: list[tuple[int, tuple[Any, ...]]]) -> tuple[int, dict[str, int]]:
    """The header's index in ``rows`` and {field: column index}."""
    best: tuple[int, dict[str, int]] = (-1, {})
    for index, (_, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for column, value in enumerate(values):
            name = _HEADER_KEYS.get(_key(str(value))) if isinstance(value, str) else None
            if name is not None and name not in columns:
                columns[name] = column
        if len(columns) > len(best[1]):
            best = (index, columns)
        if all(name in columns for name in REQUIRED):
            return index, columns
    missing = [HEADERS["en"][FIELDS.index(n)] for n in REQUIRED if n not in best[1]]
    raise UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{path}: no header row with the columns {missing} was found in the first "
            "{rows} rows (headers in English or Vietnamese, e.g. Code / Mã hàng, "
            "Name / Tên hàng, Unit price / Đơn giá).",
        ),
        path=str(path),
        missing=", ".join(missing),
        rows=HEADER_SEARCH_ROWS,
    )


def cell_decimal(value: Any) -> Decimal | str:
    """A cell's number as an exact Decimal (text is returned stripped, for the validators).

    Excel keeps numbers as binary floats, and openpyxl hands them over as Python floats.
    ``Decimal(0.1)`` would be 0.1000000000000000055…; ``repr`` gives the shortest text that
    reads back as the same float, which is what the person typed ("0.1", "215500",
    "0.1234"). A float with more than Excel's 15 significant digits is arithmetic noise
    (a formula's 0.30000000000000004): it is rounded to 15 digits, the precision Excel shows.
    A price that still has more than 4 decimals is then refused by the validator, not rounded
    silently."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        number = Decimal(repr(value))
        digits = len(number.as_tuple().digits)
        if digits > 15:
            number = round(number, 15 - digits + -int(number.as_tuple().exponent)).normalize()
        return number
    return "" if value is None else str(value).strip()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a numeric code such as 1001 typed into a number cell
    return str(value).strip()


def _active(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    folded = fold(str(value or ""))
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise FieldError(
        "is_active",
        QT_TRANSLATE_NOOP("errors", "'{value}' is neither yes nor no."),
        value=str(value),
    )


def _input(values: tuple[Any, ...], columns: dict[str, int], old: Product | None) -> ProductInput:
    """The row as a product; an empty optional cell keeps the product's current value."""

    def cell(name: str) -> Any:
        column = columns.get(name)
        if column is None or column >= len(values):
            return None
        value = values[column]
        return None if isinstance(value, str) and not value.strip() else value

    def keep(name: str, default: Any) -> Any:
        return getattr(old, name) if old is not None else default

    price = cell("unit_price")
    vat = cell("vat_rate")
    active = cell("is_active")
    return ProductInput(
        sku=_text(cell("sku")),
        name=_text(cell("name")),
        unit_price=cell_decimal(price) if price is not None else "",
        currency=_text(cell("currency")) or keep("currency", "VND"),
        vat_rate=cell_decimal(vat) if vat is not None else keep("vat_rate", Decimal(10)),
        unit=_text(cell("unit")) or keep("unit", "cái"),
        description=_text(cell("description")) or keep("description", None),
        is_active=_active(active) if active is not None else keep("is_active", True),
    )


def import_catalogue(
    uow: UnitOfWork,
    path: Path,
    progress: ProgressFn | None = None,
    cancel: CancelledFn | None = None,
) -> CatalogueImportReport:
    """Create or update products from the workbook ``path``, in one transaction (commits).

    Runs on the thread that owns ``uow``. Raises ``UserError`` when the file cannot be read or
    has no Code/Name/Unit price header, ``CatalogueImportCancelledError`` when ``cancel()``
    turns true (nothing is written then)."""
    rows = _read_rows(path)
    header, columns = _find_header(path, rows)
    data = rows[header + 1 :]
    report = progress or (lambda _done, _total: None)
    cancelled = cancel or (lambda: False)
    created = updated = unchanged = 0
    rejected: list[tuple[int, str]] = []
    errors: list[tuple[int, UserError]] = []
    seen: dict[str, int] = {}  # folded code -> row number where it first appeared
    for done, (number, values) in enumerate(data):
        if done % CANCEL_CHECK_EVERY == 0:
            if cancelled():  # the unit of work rolls back what was not committed
                raise CatalogueImportCancelledError()
            report(done, len(data))
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        try:
            sku_column = columns["sku"]
            sku = _text(values[sku_column] if sku_column < len(values) else None)
            matches = quote_queries.products_by_sku(uow.session, sku) if sku else []
            old = matches[0] if matches else None
            fields = validate_product(_input(values, columns, old))
        except FieldError as exc:
            rejected.append((number, exc.message))
            errors.append((number, exc))
            continue
        key = fold(str(fields["sku"]))
        if key in seen:
            again = FieldError(
                "sku",
                QT_TRANSLATE_NOOP("errors", "The code {sku} is already on row {row}."),
                sku=fields["sku"],
                row=seen[key],
            )
            rejected.append((number, again.message))
            errors.append((number, again))
            continue
        seen[key] = number
        if old is None:
            uow.session.add(Product(**fields))
            uow.session.flush()  # the next row with this code finds it
            created += 1
            continue
        changes = {n: v for n, v in fields.items() if getattr(old, n) != v}
        if changes:
            for name, value in changes.items():
                setattr(old, name, value)
            updated += 1
        else:
            unchanged += 1
    if cancelled():
        raise CatalogueImportCancelledError()
    uow.session.flush()
    uow.commit()
    report(len(data), len(data))
    return CatalogueImportReport(created, updated, unchanged, rejected, errors)
