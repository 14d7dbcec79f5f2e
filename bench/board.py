"""Time to open the deal board and to move a card, on the large demo data.

Usage: .venv/bin/python bench/board.py [--basedir DIR] [--runs 7]

DIR holds a database made by ``desktop-crm --basedir DIR demo --size large`` (made there if
missing; that takes about 85 s). Figures, median and spread over the runs:
- "open, service": the workers' jobs alone: every column's header figures (one grouped query)
  and the first page of cards of every open column;
- "open, window": the real board page in an offscreen window, from ``load_board`` until every
  column shows its header and its first page (jobs, delivery to the GUI thread, painting data);
- "move a card": ``move_deal`` to the next stage and back (each a transaction of its own, with
  its history row and search index update), per move.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _ensure(basedir: Path) -> Path:
    db = basedir / "data" / "crm.sqlite3"
    if not db.exists():
        print(f"building the large demo data set in {basedir} (about 85 s)…", flush=True)
        command = ["-m", "desktop_crm", "--basedir", str(basedir), "demo", "--size", "large"]
        subprocess.run(
            [sys.executable, *command],
            check=True,
            cwd=ROOT,
        )
    return db


def _summary(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return f"median {statistics.median(ms):7.1f} ms  (min {ms[0]:.1f}, max {ms[-1]:.1f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--basedir", type=Path, default=Path("/tmp/p4large"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    _ensure(args.basedir)

    from PySide6.QtWidgets import QApplication

    from desktop_crm.app import open_context
    from desktop_crm.paths import AppPaths
    from desktop_crm.services import deals
    from desktop_crm.services.deals import BoardFilter
    from desktop_crm.ui.pipeline.board import PipelinePage
    from desktop_crm.ui.workers import TaskRunner

    ctx = open_context(AppPaths.resolve(basedir=args.basedir))
    now = dt.datetime.now().astimezone()
    with ctx.db.uow() as uow:
        board = deals.board(uow, BoardFilter(), now)
    open_count = sum(c.count for c in board.columns if c.kind == "open")
    print(
        f"{open_count:,} open deals in {len(board.columns)} stages; "
        f"{args.runs} runs; first page = {deals.PAGE_SIZE} cards per column"
    )

    service: list[float] = []
    for _ in range(args.runs):
        started = time.perf_counter()
        with ctx.db.uow() as uow:
            _board, cards = deals.open_board(uow, BoardFilter(), now)
        service.append(time.perf_counter() - started)
        assert all(cards.values())
    print(f"{'open, service':24s} {_summary(service)}")

    app = QApplication.instance() or QApplication([])

    def fail(exc: BaseException) -> None:
        raise exc

    runner = TaskRunner(fail)
    page = PipelinePage(ctx, runner, lambda _kind, _id: None)
    page.resize(1400, 900)
    page.show()

    def wait_loaded() -> None:
        while page.loading or any(
            c.model is not None and (c.model.is_loading or c.model.rowCount() == 0)
            for c in page.columns
        ):
            app.processEvents()
            time.sleep(0.0005)

    window: list[float] = []
    wait_loaded()  # the first load (widgets created)
    for _ in range(args.runs):
        started = time.perf_counter()
        page.load_board()
        wait_loaded()
        window.append(time.perf_counter() - started)
    print(f"{'open, window':24s} {_summary(window)}")

    first, second = (c for c in board.columns[:2])
    with ctx.db.uow() as uow:
        card = deals.stage_cards(uow, first.id, BoardFilter(), now, 0, 1)[0]
    moves: list[float] = []
    for run in range(args.runs):
        for target in (second.id, first.id):
            started = time.perf_counter()
            with ctx.db.uow() as uow:
                deals.move_deal(uow, card.id, target, now + dt.timedelta(seconds=run))
            moves.append(time.perf_counter() - started)
    print(f"{'move a card, service':24s} {_summary(moves)}")
    runner.shutdown()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
