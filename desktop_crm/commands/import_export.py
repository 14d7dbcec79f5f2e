"""`desktop-crm contacts import FILE` and `desktop-crm contacts export FILE`.

Import prints a summary (``--json``: created, updated, duplicates, empty, rejected as a list
of {row, reason}, batch_id). Its exit status is non-zero only when the file cannot be read at
all (2, like every error the user can fix); rejected rows are reported, not failures.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_crm.app import open_context
from desktop_crm.paths import AppPaths

EXIT_OK = 0


def add_parsers(subparsers: Any) -> None:
    """Adds this module's sub-commands to ``desktop-crm contacts``."""
    importing = subparsers.add_parser(
        "import", help="import contacts from a CSV, Excel (.xlsx) or vCard (.vcf) file"
    )
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--dry-run", action="store_true", help="check everything and report, but write nothing"
    )
    importing.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "create"),
        default="skip",
        help="a row matching an existing contact (same phone, e-mail, or name at the same "
        "company): skip it (default), update the contact, or create another",
    )
    importing.add_argument("--mapping", metavar="NAME", help="use a saved column mapping")
    importing.add_argument("--encoding", help="the file's text encoding (default: detected)")
    importing.add_argument(
        "--month-first", action="store_true", help="read 03/04/2020 as March 4 (default: 3 April)"
    )
    importing.add_argument("--rejected", type=Path, help="write the rejected rows to this CSV")
    importing.add_argument("--json", action="store_true", help="print the summary as JSON")

    undo = subparsers.add_parser("undo-import", help="undo the last import")
    undo.add_argument("--json", action="store_true")

    export = subparsers.add_parser("export", help="write every contact to a .csv or .xlsx file")
    export.add_argument("file", type=Path)


def run(args: argparse.Namespace, paths: AppPaths) -> int | None:
    command = args.contacts_command
    if command == "import":
        return _import(args, paths)
    if command == "undo-import":
        return _undo(args, paths)
    if command == "export":
        return _export(args, paths)
    return None


def _import(args: argparse.Namespace, paths: AppPaths) -> int:
    from dataclasses import replace

    from desktop_crm.services import importing

    # The file is read before the database is opened: an unreadable file changes nothing.
    table = importing.open_table(args.file, encoding=args.encoding)
    ctx = open_context(paths)
    try:
        with ctx.db.uow() as uow:
            mapping = (
                importing.load_mapping(uow, args.mapping, table.headers)
                if args.mapping
                else importing.auto_mapping(table.headers)
            )
        if args.month_first:
            mapping = replace(mapping, day_first=False)
        with ctx.db.uow() as uow:
            summary = importing.run_import(
                uow, table, mapping, args.on_duplicate, dry_run=args.dry_run
            )
    finally:
        ctx.close()
    if args.rejected is not None and summary.rejected:
        importing.save_rejected(args.rejected, summary)
    if args.json:
        result = summary.as_json()
        result.update(
            encoding=table.encoding,
            delimiter=table.delimiter,
            header_row=table.row_numbers[table.header_row],
            mapping=dict(zip(table.headers, mapping.fields, strict=False)),
        )
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return EXIT_OK
    prefix = "dry run, nothing written: " if summary.dry_run else ""
    print(
        f"{prefix}{summary.data_rows} data rows of {args.file.name}: "
        f"{summary.created} created, {summary.updated} updated, "
        f"{summary.duplicates} duplicates, {len(summary.rejected)} rejected, "
        f"{len(summary.empty_rows)} empty"
    )
    if summary.accounts_created:
        print(f"{summary.accounts_created} companies created")
    for rejected in summary.rejected:
        print(f"  row {rejected.row}: {rejected.reason}")
    if summary.empty_rows:
        print("  empty rows: " + ", ".join(str(n) for n in summary.empty_rows))
    if summary.batch_id:
        print("undo with: desktop-crm contacts undo-import")
    return EXIT_OK


def _undo(args: argparse.Namespace, paths: AppPaths) -> int:
    from desktop_crm.services import importing

    ctx = open_context(paths)
    try:
        with ctx.db.uow() as uow:
            result = importing.undo_last_import(uow)
    finally:
        ctx.close()
    if args.json:
        print(
            json.dumps(
                {
                    "batch_id": result.batch_id,
                    "file": result.file_name,
                    "removed": result.removed,
                    "restored": result.restored,
                    "accounts_removed": result.accounts_removed,
                },
                ensure_ascii=False,
            )
        )
    else:
        print(
            f"import of {result.file_name} undone: {result.removed} contacts removed, "
            f"{result.restored} restored, {result.accounts_removed} companies removed"
        )
    return EXIT_OK


def _export(args: argparse.Namespace, paths: AppPaths) -> int:
    from desktop_crm.services import importing

    ctx = open_context(paths)
    try:
        with ctx.db.uow() as uow:
            count = importing.export_contacts(uow, args.file)
    finally:
        ctx.close()
    print(f"{count} contacts written to {args.file}")
    return EXIT_OK
