"""Time to open the contacts list and to sort it by another column, on the large demo data.

Usage: .venv/bin/python bench/contacts_list.py [--basedir DIR] [--runs 5]

DIR holds a database made by ``desktop-crm --basedir DIR demo --size large`` (made there if
missing; that takes about 80 s). Two figures per case, median and spread over the runs:
- "service": the worker's job alone (row count + first page of 200 rows);
- "window": the real list model in an offscreen Qt application, from ``reload`` until the
  first page is in the model (job, delivery to the GUI thread, row insertion).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CASES = [
    ("open (by name)", "name", False),
    ("sort by company", "account", False),
    ("sort by province", "province", False),
    ("sort by given name", "given_name", False),
    ("sort by created, newest first", "created", True),
    ("sort by primary phone", "phone", False),
    ("sort by last contact", "last_contact", True),
]


def _ensure(basedir: Path) -> Path:
    db = basedir / "data" / "crm.sqlite3"
    if not db.exists():
        print(f"building the large demo data set in {basedir} (about 80 s)…", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop_crm",
                "--basedir",
                str(basedir),
                "demo",
                "--size",
                "large",
            ],
            check=True,
            cwd=ROOT,
        )
    return db


def _summary(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return f"median {statistics.median(ms):7.1f} ms  (min {ms[0]:.1f}, max {ms[-1]:.1f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basedir", type=Path, default=Path("/tmp/contacts_large"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    _ensure(args.basedir)

    from PySide6.QtWidgets import QApplication

    from desktop_crm.app import open_context
    from desktop_crm.paths import AppPaths
    from desktop_crm.services import contact_list
    from desktop_crm.services.contact_list import ListFilters, ListSort
    from desktop_crm.ui.contacts.models import PAGE_SIZE, RecordListModel
    from desktop_crm.ui.workers import TaskRunner

    ctx = open_context(AppPaths.resolve(basedir=args.basedir))
    with ctx.db.uow() as uow:
        total = contact_list.count_rows(uow, "contact", ListFilters())
    print(f"{total:,} contacts; {args.runs} runs per case; first page = {PAGE_SIZE} rows")
    app = QApplication.instance() or QApplication([])

    def fail(exc: BaseException) -> None:
        raise exc

    runner = TaskRunner(fail)
    model = RecordListModel(ctx, runner, "contact")
    for label, column, descending in CASES:
        sort = ListSort(column, descending)
        service: list[float] = []
        window: list[float] = []
        for _ in range(args.runs):
            started = time.perf_counter()
            with ctx.db.uow() as uow:
                contact_list.count_rows(uow, "contact", ListFilters())
                contact_list.fetch_page(uow, "contact", ListFilters(), sort, 0, PAGE_SIZE)
            service.append(time.perf_counter() - started)
            started = time.perf_counter()
            model.reload(sort=sort)
            while model.is_loading:
                app.processEvents()
                time.sleep(0.0005)
            window.append(time.perf_counter() - started)
            assert model.rowCount() == min(PAGE_SIZE, total)
        print(f"{label:32s} service {_summary(service)}")
        print(f"{'':32s} window  {_summary(window)}")
    runner.shutdown()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
