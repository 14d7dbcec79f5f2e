"""Time to recompute the customer segments and lead scores on the large demo data.

Usage: .venv/bin/python bench/segments.py [--basedir DIR] [--runs 3]

DIR holds a database made by ``desktop-crm --basedir DIR demo --size large`` (made there if
missing; that takes about 85 s). NEVER point it at a folder you want unchanged: the run
rewrites the two derived tables (and opening migrates the schema). Prints the median and the
spread of ``services.segments.recompute`` (gather in SQL, score in Python, bulk write, one
transaction) over the runs, then the care group, RFM and tier counts of the last run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _ensure(basedir: Path) -> Path:
    db = basedir / "data" / "crm.sqlite3"
    if not db.exists():
        print(f"building the large demo data set in {basedir} (about 85 s)…", flush=True)
        command = ["-m", "desktop_crm", "--basedir", str(basedir), "demo", "--size", "large"]
        subprocess.run([sys.executable, *command], check=True, cwd=ROOT)
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--basedir", type=Path, default=Path("/tmp/segments-large"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args()
    _ensure(args.basedir)

    from desktop_crm.app import open_context
    from desktop_crm.paths import AppPaths
    from desktop_crm.services import segments

    ctx = open_context(AppPaths.resolve(args.basedir))
    try:
        times: list[float] = []
        segment_times: list[float] = []
        cpu: list[float] = []
        result = None
        for _ in range(args.runs):
            started = time.process_time()
            with ctx.db.uow() as uow:
                result = segments.recompute(uow, args.today, dt.datetime.now(dt.UTC))
            times.append(result.seconds)
            segment_times.append(result.segment_seconds)
            cpu.append(time.process_time() - started)
        with ctx.db.uow() as uow:
            summary = segments.summary(uow)
    finally:
        ctx.close()
    assert result is not None
    ms = sorted(t * 1000 for t in times)
    print(f"customers {result.customers}, lead scores {result.leads}")
    seg = sorted(t * 1000 for t in segment_times)
    print(
        f"segments alone: median {statistics.median(seg):7.1f} ms  (min {seg[0]:.1f}, "
        f"max {seg[-1]:.1f})"
    )
    print(
        f"segments + lead scores: median {statistics.median(ms):7.1f} ms  "
        f"(min {ms[0]:.1f}, max {ms[-1]:.1f})"
    )
    # the processor time of this process: what the figure is without other programs' load
    print(f"recompute CPU time: median {statistics.median(cpu) * 1000:7.1f} ms")
    print("care groups:", ", ".join(f"{k} {v}" for k, v in summary.care_groups.items()))
    print("RFM:", ", ".join(f"{k} {v}" for k, v in summary.rfm.items()))
    print("tiers:", ", ".join(f"{k} {v}" for k, v in summary.tiers.items()))
    print(f"churn risk: {summary.churn_risk}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
