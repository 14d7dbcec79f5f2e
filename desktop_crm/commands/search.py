"""`desktop-crm contacts search QUERY [--limit N] [--json]`: find contacts as the search box does.

Plain output is one contact a line (name, company, phones, e-mails); ``--json`` prints a list
of objects with ``id``, ``name``, ``account``, ``title``, ``phones`` (E.164), ``emails`` and
``score``, best first. Finding nothing is not an error: exit status 0 and an empty list.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from desktop_crm.app import open_context
from desktop_crm.domain.contact_rules import phone_display
from desktop_crm.paths import AppPaths
from desktop_crm.services import search

EXIT_OK = 0


def add_parsers(subparsers: Any) -> None:
    """Adds this module's sub-commands to ``desktop-crm contacts``."""
    finder = subparsers.add_parser(
        "search",
        help="find contacts by any part of a name (diacritics optional), phone, e-mail or company",
    )
    finder.add_argument("query", help="what to look for, e.g. 'nguyen anh' or '0903 123'")
    finder.add_argument(
        "--limit", type=int, default=search.DEFAULT_LIMIT, help="at most this many (default 20)"
    )
    finder.add_argument("--json", action="store_true", help="print the results as JSON")


def run(args: argparse.Namespace, paths: AppPaths) -> int | None:
    if args.contacts_command != "search":
        return None
    ctx = open_context(paths)
    try:
        with ctx.db.uow() as uow:
            needs_index = search.index_needs_building(uow)
        if needs_index:  # a database from before the search index: built once
            print("building the search index (once)…", file=sys.stderr, flush=True)
            search.rebuild_index(ctx.db)
        with ctx.db.uow() as uow:
            hits = search.search_contacts(uow, args.query, limit=max(0, args.limit))
    finally:
        ctx.close()
    if args.json:
        print(json.dumps([asdict(hit) for hit in hits], ensure_ascii=False, indent=2))
        return EXIT_OK
    for hit in hits:
        parts = [
            hit.name,
            hit.account or "",
            ", ".join(phone_display(phone) for phone in hit.phones),
            ", ".join(hit.emails),
        ]
        print("  ·  ".join(part for part in parts if part))
    if not hits:
        print(f"no contact matches {args.query!r}", file=sys.stderr)
    return EXIT_OK
