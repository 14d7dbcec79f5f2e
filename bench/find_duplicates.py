"""Benchmark: find duplicate contacts and accounts in a database and print the figures.

Usage: .venv/bin/python bench/find_duplicates.py [--basedir DIR | --db FILE] [--runs N]
       [--threshold T] [--plant N]

Build the large demo data set once (``python -m desktop_crm --basedir /tmp/dupbench demo
--size large``) and point this at it. With ``--plant N`` a copy of the database gets N
duplicate contacts planted first (the same person again without diacritics, with the phone
written in another way, or with the same e-mail), so the figures also show how many groups
are found among real look-alikes; the original file is never changed. Prints, per kind, the
time of each run and the median, the number of records, of groups and of records in groups,
and the best few groups.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

try:
    import desktop_crm  # noqa: F401
except ModuleNotFoundError:  # run from a checkout: python bench/find_duplicates.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_crm.domain.text import fold
from desktop_crm.paths import AppPaths
from desktop_crm.services import contacts as contact_service
from desktop_crm.services.duplicates import find_duplicate_groups
from desktop_crm.store.database import Database


def plant(db: Database, count: int, seed: int = 7) -> None:
    """Add ``count`` copies of random contacts, each written as a careless user would."""
    from desktop_crm.store.merging import people_for_duplicates

    rng = random.Random(seed)
    with db.uow() as uow:
        rows = [r for r in people_for_duplicates(uow.session, "contact") if r.account_key]
    for row in rng.sample(rows, count):
        with db.uow() as uow:
            record = contact_service.get_contact(uow, str(_uuid(row.key)))
        style = rng.randrange(3) if record.emails else rng.randrange(2)
        phones = record.phones[:1]
        if style == 1 and phones:  # national form with spaces
            digits = phones[0].value[3:]
            phones = (contact_service.Labeled(f"0{digits[:3]} {digits[3:6]} {digits[6:]}"),)
        data = contact_service.ContactInput(
            full_name=fold(record.full_name).title() if style != 2 else record.full_name,
            account_id=record.account_id if style != 2 else None,
            phones=phones if style != 2 else (),
            emails=record.emails[:1] if style == 2 else (),
        )
        with db.uow() as uow:
            contact_service.create_contact(uow, data)


def _uuid(key: str) -> str:
    import uuid

    return str(uuid.UUID(hex=key))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basedir", type=Path, default=Path("/tmp/dupbench"))
    parser.add_argument("--db", type=Path, help="a database file (instead of --basedir)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threshold", type=int, default=85)
    parser.add_argument("--plant", type=int, default=0, help="duplicates to plant in a copy")
    args = parser.parse_args(argv)
    source = args.db or AppPaths.resolve(basedir=args.basedir).db_path
    if not source.exists():
        print(
            f"no database at {source}; build one with: python -m desktop_crm --basedir "
            f"{args.basedir} demo --size large",
            file=sys.stderr,
        )
        return 1
    with tempfile.TemporaryDirectory(prefix="crm-dup-") as folder:
        path = source
        if args.plant:
            path = Path(folder) / "crm.sqlite3"
            src = Database.open(source, Path(folder) / "b")
            src.close()  # checkpoints the WAL, so a file copy is complete
            shutil.copyfile(source, path)
        db = Database.open(path, Path(folder) / "backups")
        try:
            if args.plant:
                started = time.perf_counter()
                plant(db, args.plant)
                print(f"planted {args.plant} duplicates in {time.perf_counter() - started:.1f} s")
            for kind in ("contact", "account"):
                times = []
                groups = []
                for _ in range(args.runs):
                    started = time.perf_counter()
                    groups = find_duplicate_groups(db, kind, threshold=args.threshold)
                    times.append(time.perf_counter() - started)
                with db.uow() as uow:
                    from desktop_crm.store.merging import people_for_duplicates

                    records = len(people_for_duplicates(uow.session, kind))
                in_groups = sum(len(g.members) for g in groups)
                print(
                    f"{kind}s: {records:,} records, {len(groups):,} groups "
                    f"({in_groups:,} records), runs "
                    + ", ".join(f"{t:.2f}" for t in times)
                    + f" s, median {statistics.median(times):.2f} s"
                )
                for group in groups[:3]:
                    names = " / ".join(m.name for m in group.members)
                    reasons = "; ".join(r.text for r in group.reasons[:3])
                    print(f"    {group.score:3d}  {names}  ({reasons})")
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
