"""`desktop-crm reports list` and `desktop-crm reports export NAME FILE`.

``list`` prints each standard report's name and one-line description in ``--lang``.
``export`` runs one report over ``--from``/``--to`` (local dates, both included; by default
this month; ``--from`` alone runs to the end of this month, ``--to`` alone from the 1st of its
month) for one salesperson (``--owner``, a user's name, any case) and/or one customer
(``--account``, its name or id) and writes it as .pdf or .xlsx in ``--lang``. Errors the user
can fix (unknown report, owner or account, a bad date, another file ending) print one line on
stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from pathlib import Path
from typing import Any

from desktop_crm.app import open_context
from desktop_crm.errors import FileProblemError
from desktop_crm.paths import AppPaths

EXIT_OK = 0
EXIT_USAGE = 2
SUFFIXES = (".pdf", ".xlsx")


def add_parsers(commands: Any) -> None:
    """Adds ``desktop-crm reports`` and its actions."""
    reports = commands.add_parser("reports", help="list the reports, export one as PDF or Excel")
    actions = reports.add_subparsers(dest="reports_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the standard reports")
    listing.add_argument("--lang", choices=("vi", "en"), default="vi")
    export = actions.add_parser("export", help="write a report to a .pdf or .xlsx file")
    export.add_argument("name", help="the report's name (see `reports list`)")
    export.add_argument("file", type=Path, help="FILE.pdf or FILE.xlsx")
    export.add_argument("--from", dest="start", help="first day, YYYY-MM-DD (default: 1st)")
    export.add_argument("--to", dest="end", help="last day, YYYY-MM-DD (default: month's end)")
    export.add_argument("--owner", help="only this salesperson (a user's name)")
    export.add_argument("--account", help="this customer (account name or id)")
    export.add_argument("--lang", choices=("vi", "en"), default="vi")


def run(args: argparse.Namespace, paths: AppPaths) -> int | None:
    if args.command != "reports":
        return None
    if args.reports_command == "list":
        return _list(args)
    return _export(args, paths)


def _fail(message: str) -> int:
    print(f"desktop-crm: {message}", file=sys.stderr)
    return EXIT_USAGE


def _list(args: argparse.Namespace) -> int:
    from desktop_crm.services.reports import all_reports

    specs = all_reports()
    width = max([len(s.name) for s in specs], default=0)
    for spec in specs:
        description = spec.descriptions.get(args.lang) or spec.descriptions.get("en", "")
        print(f"{spec.name.ljust(width)}  {description}")
    return EXIT_OK


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """This month: its first and last day."""
    start = today.replace(day=1)
    following = (start + dt.timedelta(days=32)).replace(day=1)
    return start, following - dt.timedelta(days=1)


def _date(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{option} {text!r}: not a date; write it as YYYY-MM-DD") from None


def _resolve_owner(session: Any, name: str) -> str | None:
    from desktop_crm.store.list_queries import users

    wanted = name.strip().casefold()
    for user_id, user_name in users(session):
        if user_name.strip().casefold() == wanted:
            return str(user_id)
    return None


def _resolve_account(session: Any, text: str) -> str | None:
    from desktop_crm.store.list_queries import account_names
    from desktop_crm.store.models import Account

    try:
        account = session.get(Account, uuid.UUID(text.strip()))
    except ValueError:
        account = None
    if account is not None and account.deleted_at is None:
        return str(account.id)
    wanted = text.strip().casefold()
    for account_id, name in account_names(session, text, limit=50):
        if name.strip().casefold() == wanted:
            return str(account_id)
    return None


def _export(args: argparse.Namespace, paths: AppPaths) -> int:
    from desktop_crm.services import company
    from desktop_crm.services.reports import report
    from desktop_crm.services.reports.model import Period, ReportFilters

    path: Path = args.file
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return _fail(f"{path}: a report is saved as .pdf or .xlsx (not '{suffix or 'none'}')")
    try:
        spec = report(args.name)
    except KeyError:
        return _fail(f"unknown report {args.name!r}; `desktop-crm reports list` shows them")
    try:
        start = _date(args.start, "--from")
        end = _date(args.end, "--to")
    except ValueError as exc:
        return _fail(str(exc))
    now = dt.datetime.now(dt.UTC)
    month_start, month_end = default_period(dt.datetime.now().date())
    if start is None and end is None:
        start, end = month_start, month_end
    elif start is None:
        assert end is not None
        start = end.replace(day=1)
    elif end is None:  # from that day to the end of this month (or of its own, if later)
        end = max(month_end, default_period(start)[1])
    if end < start:
        return _fail(f"--to {end.isoformat()} is before --from {start.isoformat()}")
    ctx = open_context(paths)
    try:
        with ctx.db.uow() as uow:
            uow.read_only()
            owner_id = account_id = None
            if args.owner:
                owner_id = _resolve_owner(uow.session, args.owner)
                if owner_id is None:
                    return _fail(f"no user is named {args.owner!r}")
            if args.account:
                account_id = _resolve_account(uow.session, args.account)
                if account_id is None:
                    return _fail(f"no customer account is named {args.account!r}")
            profile = company.get_profile(uow)
        try:
            with ctx.db.uow() as uow:
                result = spec.run(
                    uow,
                    Period(start, end),
                    ReportFilters(owner_id=owner_id, account_id=account_id),
                    args.lang,
                    now,
                )
        except ValueError as exc:  # what the report needs and was not given (a customer)
            return _fail(str(exc))
    finally:
        ctx.close()
    try:
        if suffix == ".pdf":
            from desktop_crm.exports.report_pdf import write_report_pdf
            from desktop_crm.services.company import seller_of

            seller = seller_of(profile)
            pages = write_report_pdf(result, path, seller)
            what = f"{pages} page" + ("s" if pages != 1 else "")
        else:
            from desktop_crm.exports.report_xlsx import write_report_xlsx

            write_report_xlsx(result, path)
            what = f"{len(result.tables)} tables"
    except OSError as exc:
        raise FileProblemError(str(path), exc.strerror or str(exc)) from exc
    print(f"report {spec.name} ({start.isoformat()} – {end.isoformat()}, {what}) written to {path}")
    return EXIT_OK
