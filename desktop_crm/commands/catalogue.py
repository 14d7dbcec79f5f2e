"""`desktop-crm catalogue export FILE.xlsx` and `desktop-crm catalogue import FILE.xlsx`.

Import prints how many products were created, updated and unchanged, then each rejected row
with its number and reason (``--json``: the same as an object). Rejected rows are reported,
not failures: the exit status is 2 only when the file cannot be used at all.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_crm.app import open_context
from desktop_crm.paths import AppPaths

EXIT_OK = 0


def add_parsers(commands: Any) -> None:
    """Adds ``desktop-crm catalogue`` and its actions."""
    catalogue = commands.add_parser(
        "catalogue", help="export the product catalogue to Excel or import it from Excel"
    )
    actions = catalogue.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write every product to an .xlsx file")
    export.add_argument("file", type=Path)
    export.add_argument(
        "--lang", choices=("vi", "en"), default="en", help="language of the header row"
    )
    importing = actions.add_parser(
        "import", help="create or update products (by code) from an .xlsx file"
    )
    importing.add_argument("file", type=Path)
    importing.add_argument("--json", action="store_true", help="print the report as JSON")


def run(args: argparse.Namespace, paths: AppPaths) -> int | None:
    if args.command != "catalogue":
        return None
    from desktop_crm.services import catalogue_io

    ctx = open_context(paths)
    try:
        with ctx.db.uow() as uow:
            if args.catalogue_command == "export":
                count = catalogue_io.export_catalogue(uow, args.file, args.lang)
                print(f"{count} products written to {args.file}")
                return EXIT_OK
            report = catalogue_io.import_catalogue(uow, args.file)
    finally:
        ctx.close()
    if args.json:
        result = {
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "rejected": [{"row": row, "reason": reason} for row, reason in report.rejected],
        }
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        f"{args.file.name}: {report.created} created, {report.updated} updated, "
        f"{report.unchanged} unchanged, {len(report.rejected)} rejected"
    )
    for row, reason in report.rejected:
        print(f"  row {row}: {reason}")
    return EXIT_OK
