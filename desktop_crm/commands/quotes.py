"""`desktop-crm quotes list` and `desktop-crm quotes export NUMBER FILE`.

``list`` prints one quote a line (``--json``: a list of objects with ``number``, ``version``,
``customer``, ``status``, ``currency``, ``total`` as an exact decimal string, ``issue_date``
and ``valid_until`` as YYYY-MM-DD, ``deal``, ``owner``), newest first; sent quotes past their
validity are marked expired first, as the window does. ``export`` writes a quote as .pdf or
.xlsx in its own language or ``--lang``. Errors the user can fix (unknown number, a quote with
no lines, another file ending) print one line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from desktop_crm.app import open_context
from desktop_crm.domain.enums import QuoteStatus
from desktop_crm.domain.quote_math import round_money
from desktop_crm.errors import FileProblemError
from desktop_crm.paths import AppPaths

EXIT_OK = 0
COLUMNS = (
    "number",
    "version",
    "customer",
    "status",
    "currency",
    "total",
    "issue_date",
    "valid_until",
)


def add_parsers(commands: Any) -> None:
    """Adds ``desktop-crm quotes`` and its actions."""
    quotes = commands.add_parser("quotes", help="list quotes, export one as PDF or Excel")
    actions = quotes.add_subparsers(dest="quotes_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every quote, newest first")
    listing.add_argument("--json", action="store_true", help="print the quotes as JSON")
    listing.add_argument(
        "--status", choices=[s.value for s in QuoteStatus], help="only quotes in this status"
    )
    listing.add_argument(
        "--all-versions", action="store_true", help="include versions that were revised"
    )
    export = actions.add_parser("export", help="write a quote to a .pdf or .xlsx file")
    export.add_argument("number", help="the quote's number, e.g. BG-2026-0007-3f2a")
    export.add_argument("file", type=Path, help="FILE.pdf or FILE.xlsx")
    export.add_argument(
        "--lang", choices=("vi", "en"), help="the document's language (default: the quote's)"
    )
    export.add_argument(
        "--version", type=int, dest="quote_version", help="this version (default: the latest)"
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int | None:
    if args.command != "quotes":
        return None
    if args.quotes_command == "list":
        return _list(args, paths)
    return _export(args, paths)


def _list(args: argparse.Namespace, paths: AppPaths) -> int:
    from desktop_crm.services import quotes
    from desktop_crm.store.quote_queries import QuoteFilter

    ctx = open_context(paths)
    try:
        with ctx.db.uow() as uow:
            quotes.expire_overdue(uow, dt.date.today(), dt.datetime.now(dt.UTC))
        with ctx.db.uow() as uow:
            rows = quotes.all_quotes(
                uow, QuoteFilter(status=args.status, latest_only=not args.all_versions)
            )
    finally:
        ctx.close()
    items = [
        {
            "number": row.number,
            "version": row.version,
            "customer": row.customer,
            "status": row.status,
            "currency": row.currency,
            # exact, with the currency's decimals: "12345000", "1234.50" (never a float)
            "total": f"{round_money(row.total, row.currency):f}",
            "issue_date": row.issue_date.isoformat(),
            "valid_until": row.valid_until.isoformat() if row.valid_until else None,
            "deal": row.deal_title,
            "owner": row.owner,
        }
        for row in rows
    ]
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return EXIT_OK
    table = [[str(item[c] or "") for c in COLUMNS] for item in items]
    widths = [max([len(c), *(len(r[i]) for r in table)]) for i, c in enumerate(COLUMNS)]
    right = {"version", "total"}
    for cells in [list(COLUMNS), *table]:
        print(
            "  ".join(
                cell.rjust(w) if name in right else cell.ljust(w)
                for name, cell, w in zip(COLUMNS, cells, widths, strict=True)
            ).rstrip()
        )
    print(f"{len(items)} quotes")
    return EXIT_OK


def _export(args: argparse.Namespace, paths: AppPaths) -> int:
    from desktop_crm.exports.quote_files import FORMATS, UnsupportedFormatError, export_quote
    from desktop_crm.services import quotes

    path: Path = args.file
    if path.suffix.lower() not in FORMATS:  # before anything is read
        raise UnsupportedFormatError(path)
    ctx = open_context(paths)
    try:
        with ctx.db.uow() as uow:
            record = quotes.find_by_number(uow, args.number, args.quote_version)
            doc = quotes.build_document(uow, record.id, args.lang)
    finally:
        ctx.close()
    try:
        export_quote(doc, path)
    except OSError as exc:
        raise FileProblemError(str(path), exc.strerror or str(exc)) from exc
    print(f"quote {doc.display_number} ({doc.customer.name}) written to {path}")
    return EXIT_OK
