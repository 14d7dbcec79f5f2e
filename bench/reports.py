"""Time every standard report on the large demo data, and its export to PDF and Excel.

Usage: .venv/bin/python bench/reports.py [--basedir DIR] [--runs 3] [--from 2026-01-01] [--to ...]

DIR holds a database made by ``desktop-crm --basedir DIR demo --size large`` (made there if
missing; about 85 s; opening it migrates the schema). The customer statement is run for the
account with the most activities. Prints the median of the runs per report (compute, PDF,
Excel); the issue's targets are under 2 s to compute and under 10 s to export.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _ensure(basedir: Path) -> None:
    if not (basedir / "data" / "crm.sqlite3").exists():
        print(f"building the large demo data set in {basedir} (about 85 s)…", flush=True)
        command = ["-m", "desktop_crm", "--basedir", str(basedir), "demo", "--size", "large"]
        subprocess.run([sys.executable, *command], check=True, cwd=ROOT)


def _median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:8.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--basedir", type=Path, default=Path("/tmp/reports-large"))
    parser.add_argument("--runs", type=int, default=3)
    today = dt.date.today()
    parser.add_argument(
        "--from", dest="start", type=dt.date.fromisoformat, default=today.replace(month=1, day=1)
    )
    parser.add_argument("--to", dest="end", type=dt.date.fromisoformat, default=today)
    parser.add_argument("--lang", default="vi")
    args = parser.parse_args()
    _ensure(args.basedir)

    from desktop_crm.app import open_context
    from desktop_crm.paths import AppPaths
    from desktop_crm.services.reports import all_reports
    from desktop_crm.services.reports.model import Period, ReportFilters
    from desktop_crm.store import report_queries_bench

    exporters = []
    try:
        from desktop_crm.exports.report_pdf import write_report_pdf
        from desktop_crm.exports.report_xlsx import write_report_xlsx
        from desktop_crm.services.company import get_profile, seller_of

        exporters = [("pdf", write_report_pdf), ("xlsx", write_report_xlsx)]
    except ImportError as exc:
        print(f"(exports not timed: {exc})")

    ctx = open_context(AppPaths.resolve(args.basedir))
    period = Period(args.start, args.end)
    print(f"period {period.start} – {period.end}, {args.runs} runs, language {args.lang}")
    try:
        with ctx.db.uow() as uow:
            busiest = report_queries_bench.busiest_account(uow.session)
            profile = seller_of(get_profile(uow)) if exporters else None
        for spec in all_reports():
            filters = ReportFilters(account_id=busiest if spec.name == "statement" else None)
            compute: list[float] = []
            written: dict[str, list[float]] = {name: [] for name, _ in exporters}
            for _ in range(args.runs):
                now = dt.datetime.now(dt.UTC)
                started = time.perf_counter()
                with ctx.db.uow() as uow:
                    result = spec.run(uow, period, filters, args.lang, now)
                compute.append(time.perf_counter() - started)
                with tempfile.TemporaryDirectory() as folder:
                    for name, write in exporters:
                        target = Path(folder) / f"{spec.name}.{name}"
                        started = time.perf_counter()
                        if name == "pdf":
                            write(result, target, profile)
                        else:
                            write(result, target)
                        written[name].append(time.perf_counter() - started)
            line = f"{spec.name:12} compute {_median_ms(compute)}"
            for name, times in written.items():
                line += f"   {name} {_median_ms(times)}"
            print(line, flush=True)
    finally:
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
