"""Benchmark: build the large demo data set into a fresh database and print the figures.

Usage: .venv/bin/python bench/build_large.py [--runs N] [--seed S] [--size large|small]

Each run opens a new database in its own temporary folder (Database.open migrates it), runs
build_demo and closes it. Prints, per run and as the median over the runs: build time, rows
written per second and the database file's size in MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

try:
    import desktop_crm  # noqa: F401
except ModuleNotFoundError:  # run from a checkout: python bench/build_large.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_crm.services.demo import DemoSize, DemoSummary, build_demo
from desktop_crm.store.database import Database

AS_OF = dt.date(2026, 11, 20)  # fixed, so every run builds the same rows


def _peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024


def one_run(size: DemoSize, seed: int) -> tuple[DemoSummary, float, float]:
    """(summary, wall seconds including the final close, database size in MB)."""
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as folder:
        path = Path(folder) / "crm.sqlite3"
        db = Database.open(path, Path(folder) / "backups")
        started = time.perf_counter()
        try:
            summary = build_demo(db, size, seed=seed, as_of=AS_OF)
        finally:
            db.close()  # the last connection checkpoints the WAL into the file
        seconds = time.perf_counter() - started
        size_mb = path.stat().st_size / 1_000_000
    return summary, seconds, size_mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="number of builds (default 1)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size", choices=("large", "small"), default="large")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    times: list[float] = []
    sizes: list[float] = []
    summary: DemoSummary | None = None
    for run in range(1, args.runs + 1):
        summary, seconds, size_mb = one_run(args.size, args.seed)
        times.append(seconds)
        sizes.append(size_mb)
        print(
            f"run {run}: {seconds:.1f} s, {summary.rows / seconds:,.0f} rows/s, {size_mb:.1f} MB",
            flush=True,
        )
    assert summary is not None
    median = statistics.median(times)
    print(f"size: {args.size} (seed {args.seed}, as of {AS_OF})")
    print(
        f"rows: {summary.rows:,} (contacts {summary.contacts:,}, accounts {summary.accounts:,}, "
        f"deals {summary.deals:,}, activities {summary.activities:,}, "
        f"quotes {summary.quotes:,}, care cases {summary.care_cases:,})"
    )
    print(f"build time (median of {len(times)}): {median:.1f} s")
    print(f"rows per second: {summary.rows / median:,.0f}")
    print(f"database file: {statistics.median(sizes):.1f} MB")
    peak = _peak_rss_mb()
    if peak is not None:
        print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
