"""The ``desktop-crm`` command. Without a sub-command it opens the window; with one it works
headless and never loads Qt."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_crm import __version__
from desktop_crm.app import open_context, setup_logging
from desktop_crm.errors import UserError
from desktop_crm.paths import AppPaths
from desktop_crm.services import maintenance

log = logging.getLogger(__name__)

EXIT_OK, EXIT_PROBLEM, EXIT_USER_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-crm", description="Offline-first CRM for field sales people."
    )
    parser.add_argument("--version", action="version", version=f"Desktop CRM {__version__}")
    parser.add_argument(
        "--db", type=Path, help="database file (default: user data folder; or $DESKTOP_CRM_DB)"
    )
    parser.add_argument(
        "--basedir", type=Path, help="keep all data, settings, logs and backups under this folder"
    )
    parser.add_argument(
        "--first-run",
        choices=("ask", "demo", "empty"),
        default="ask",
        help="on the very first start: ask, or start with demo data, or empty",
    )
    parser.add_argument("--lang", choices=("en", "vi"), help="language of the window")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="check, back up, restore or migrate the database")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("check", help="integrity check and migration state")
    backup = db_commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument(
        "file", nargs="?", type=Path, help="where to write it (default: the backup folder)"
    )
    restore = db_commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", type=Path)
    db_commands.add_parser("migrate", help="bring the database to the newest schema")

    contacts = commands.add_parser("contacts", help="search, import and export contacts")
    contacts_commands = contacts.add_subparsers(
        dest="contacts_command", metavar="ACTION", required=True
    )
    for module in _contact_command_modules():
        module.add_parsers(contacts_commands)
    for module in _top_command_modules():
        module.add_parsers(commands)

    demo = commands.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        default=None,
        help="reference day of the data (default: today), YYYY-MM-DD",
    )
    demo.add_argument(
        "--append",
        action="store_true",
        help="add demo data even though the database already has contacts",
    )
    demo.add_argument("--lang", dest="demo_lang", choices=("en", "vi"), default="vi")
    return parser


def _contact_command_modules() -> list[Any]:
    from desktop_crm.commands import import_export, search

    return [search, import_export]


def _top_command_modules() -> list[Any]:
    """Modules that add a whole command (``quotes``, ``catalogue``): add_parsers/run."""
    from desktop_crm.commands import catalogue, quotes, reports, segments

    return [quotes, catalogue, segments, reports]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = AppPaths.resolve(args.basedir, args.db)
    setup_logging(paths)
    if args.command is None:
        from desktop_crm.ui.application import run_gui  # Qt is loaded only for the window

        exit_code: int = run_gui(paths, first_run=args.first_run, language=args.lang)
        return exit_code
    try:
        return _run_command(args, paths)
    except UserError as exc:
        log.warning("command failed: %s", exc.message)
        print(f"desktop-crm: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("desktop-crm: interrupted; nothing was saved by the unfinished step", file=sys.stderr)
        return EXIT_PROBLEM


def _run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.command == "db":
        return _run_db(args, paths)
    if args.command == "demo":
        return _run_demo(args, paths)
    if args.command == "contacts":
        for module in _contact_command_modules():
            result: int | None = module.run(args, paths)
            if result is not None:
                return result
    for module in _top_command_modules():
        outcome: int | None = module.run(args, paths)
        if outcome is not None:
            return outcome
    raise AssertionError(f"unknown command {args.command}")  # argparse prevents this


def _run_db(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.db_command == "check":
        report = maintenance.check(paths.db_path)
        print(f"database:  {report.path}")
        print(f"integrity: {report.integrity}")
        state = "up to date" if report.revision == report.head else "needs 'db migrate'"
        print(f"schema:    {report.revision} (newest {report.head}: {state})")
        print(f"device id: {report.device_id}")
        return EXIT_OK if report.ok else EXIT_PROBLEM
    if args.db_command == "backup":
        written = maintenance.backup(paths, args.file)
        print(f"backup written to {written}")
        return EXIT_OK
    if args.db_command == "restore":
        safety = maintenance.restore(paths, args.file)
        if safety is not None:
            print(f"the previous database was kept as {safety}")
        print(f"restored {args.file} into {paths.db_path}")
        return EXIT_OK
    if args.db_command == "migrate":
        ctx = open_context(paths)
        result = ctx.db.migration
        ctx.close()
        if result.from_revision == result.to_revision:
            print(f"already at the newest schema ({result.to_revision})")
        else:
            print(f"migrated {result.from_revision} -> {result.to_revision}")
            if result.backup_path is not None:
                print(f"backup of the previous version: {result.backup_path}")
        return EXIT_OK
    raise AssertionError(args.db_command)


def _run_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from desktop_crm.services.demo import build_demo

    ctx = open_context(paths)
    last_phase = [""]

    def progress(phase: str, done: int, total: int) -> None:
        if phase != last_phase[0] or done == total:
            print(f"  {phase}: {done:,}/{total:,}", flush=True)
            last_phase[0] = phase

    try:
        summary = build_demo(
            ctx.db,
            args.size,
            seed=args.seed,
            as_of=args.as_of,
            language=args.demo_lang,
            progress=progress,
            append=args.append,
        )
    finally:
        ctx.close()
    print(
        f"demo data ({args.size}, seed {args.seed}) written to {paths.db_path} "
        f"in {summary.seconds:.1f} s"
    )
    return EXIT_OK
