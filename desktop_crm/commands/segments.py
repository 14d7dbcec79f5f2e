"""`desktop-crm segments summary|export|recompute`: customer segments without the window.

``summary`` prints how many customers each care group, RFM segment and tier has and how many
are at churn risk (``--json``: an object with ``care_groups``, ``rfm``, ``tiers``,
``churn_risk``, ``customers`` and ``computed_at``). ``export FILE.csv|FILE.xlsx`` writes one
row per customer (``--group``: one care group; ``--lang``: the file's language). Both
recompute first when the segments were never computed or were computed before today;
``recompute`` always does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from desktop_crm.app import open_context
from desktop_crm.domain.segments import CARE_GROUPS
from desktop_crm.paths import AppPaths

EXIT_OK = 0


def add_parsers(commands: Any) -> None:
    """Adds ``desktop-crm segments`` and its actions."""
    parser = commands.add_parser("segments", help="customer care groups, RFM, tiers, churn risk")
    actions = parser.add_subparsers(dest="segments_command", metavar="ACTION", required=True)
    summary = actions.add_parser("summary", help="how many customers in each segment")
    summary.add_argument("--json", action="store_true", help="print the counts as JSON")
    export = actions.add_parser("export", help="write every customer's segment to a file")
    export.add_argument("file", type=Path, help="FILE.csv or FILE.xlsx")
    export.add_argument("--group", choices=CARE_GROUPS, help="only this care group")
    export.add_argument("--lang", choices=("vi", "en"), default="vi", help="the file's language")
    actions.add_parser("recompute", help="recompute segments and lead scores now")


def run(args: argparse.Namespace, paths: AppPaths) -> int | None:
    if args.command != "segments":
        return None
    from desktop_crm.services import segments

    ctx = open_context(paths)
    try:
        now = dt.datetime.now(dt.UTC)
        today = dt.date.today()
        if args.segments_command == "recompute":
            with ctx.db.uow() as uow:
                result = segments.recompute(uow, today, now)
            print(
                f"{result.customers} customers and {result.leads} lead scores "
                f"recomputed in {result.seconds:.2f} s"
            )
            return EXIT_OK
        with ctx.db.uow() as uow:
            computed = segments.summary(uow).computed_at
        if computed is None or computed.astimezone().date() < today:
            with ctx.db.uow() as uow:
                segments.recompute(uow, today, now)
        if args.segments_command == "summary":
            with ctx.db.uow() as uow:
                return _summary(segments.summary(uow), args.json)
        with ctx.db.uow() as uow:
            count = segments.export_segments(uow, args.file, args.lang, args.group)
        print(f"{count} customers written to {args.file}")
        return EXIT_OK
    finally:
        ctx.close()


def _summary(summary: Any, as_json: bool) -> int:
    data = {
        "customers": summary.customers,
        "care_groups": summary.care_groups,
        "rfm": summary.rfm,
        "tiers": summary.tiers,
        "churn_risk": summary.churn_risk,
        "computed_at": summary.computed_at.isoformat() if summary.computed_at else None,
    }
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"customers: {summary.customers}  (computed {data['computed_at']})")
    print("care groups: " + ", ".join(f"{k} {v}" for k, v in summary.care_groups.items()))
    print("RFM: " + ", ".join(f"{k} {v}" for k, v in summary.rfm.items()))
    print("tiers: " + ", ".join(f"{k} {v}" for k, v in summary.tiers.items()))
    print(f"churn risk: {summary.churn_risk}")
    return EXIT_OK
