"""Benchmark: how long the search box takes per keystroke, and how long the index takes to build.

Usage: .venv/bin/python bench/search_latency.py [--basedir DIR] [--size large|small]
                                                [--people N] [--rebuilds N]

Without ``--basedir`` the demo data set (default large: 100,000 contacts, 20,000 accounts,
50,000 deals, 10,000 quotes) is built into a temporary folder; with it, the database there is
reused (and built there the first time). Then:

* the whole search index is built again ``--rebuilds`` times (``services.search.rebuild_index``,
  in its own transaction, committed) and the time printed;
* realistic queries are typed keystroke by keystroke, each prefix being one query as the search
  box sends it: names of randomly chosen people without diacritics, as a phone keyboard types
  them ("nguyen thi anh duong"), and their given name alone; their phone numbers as
  "0903 123 456", "+84 903 123 456" and "84903123456"; e-mail addresses; tax codes; words of
  company names; quote numbers. Each query opens its own unit of work, as the window does.

Prints the median, 95th percentile and maximum latency of ``search()`` over all keystrokes and
per kind of query. The target is 50 ms per keystroke.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

try:
    import desktop_crm  # noqa: F401
except ModuleNotFoundError:  # run from a checkout: python bench/search_latency.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_crm.domain.text import fold
from desktop_crm.services import search
from desktop_crm.services.demo import build_demo
from desktop_crm.store.database import Database

AS_OF = dt.date(2026, 11, 20)  # fixed, so every run builds the same rows
TARGET_MS = 50.0


def _open(folder: Path, size: str) -> Database:
    path = folder / "data" / "crm.sqlite3"
    db = Database.open(path, folder / "backups")
    with sqlite3.connect(path) as conn:
        contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    if contacts:
        print(f"reusing {path} ({contacts:,} contacts)")
    else:
        print(f"building the {size} demo data set into {path} …", flush=True)
        summary = build_demo(db, size, seed=1, as_of=AS_OF)  # type: ignore[arg-type]
        print(f"  built in {summary.seconds:.1f} s (search index included)")
    return db


def _keystrokes(text: str) -> list[str]:
    """Every prefix of ``text``, as the box sends them while it is typed (no trailing space)."""
    return [text[:end] for end in range(1, len(text) + 1) if not text[:end].endswith(" ")]


def _national(e164: str) -> str:
    rest = e164[3:]
    return f"0{rest[:-6]} {rest[-6:-3]} {rest[-3:]}"


def _international(e164: str) -> str:
    rest = e164[3:]
    return f"+84 {rest[:-6]} {rest[-6:-3]} {rest[-3:]}"


def queries(db_path: Path, people: int, seed: int = 7) -> dict[str, list[str]]:
    """Typed queries per kind, drawn with a fixed seed from the database's live rows."""
    rng = random.Random(seed)
    with sqlite3.connect(db_path) as conn:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT full_name FROM contacts WHERE deleted_at IS NULL ORDER BY id"
            )
        ]
        phones = [
            row[0]
            for row in conn.execute(
                "SELECT value FROM contact_points WHERE kind = 'phone' AND deleted_at IS NULL "
                "AND contact_id IS NOT NULL AND value LIKE '+84%' ORDER BY id"
            )
        ]
        emails = [
            row[0]
            for row in conn.execute(
                "SELECT value FROM contact_points WHERE kind = 'email' AND deleted_at IS NULL "
                "ORDER BY id"
            )
        ]
        companies = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM accounts WHERE deleted_at IS NULL ORDER BY id"
            )
        ]
        tax_codes = [
            row[0]
            for row in conn.execute(
                "SELECT tax_code FROM accounts WHERE deleted_at IS NULL "
                "AND tax_code IS NOT NULL ORDER BY id"
            )
        ]
        numbers = [
            row[0]
            for row in conn.execute(
                "SELECT number FROM quotes WHERE deleted_at IS NULL ORDER BY id"
            )
        ]
    typed: dict[str, list[str]] = defaultdict(list)
    for name in rng.sample(names, people):
        typed["full name"] += _keystrokes(fold(name))
        typed["given name"] += _keystrokes(fold(name.split()[-1]))
    for phone in rng.sample(phones, max(1, people // 2)):
        typed["phone 0903 123 456"] += _keystrokes(_national(phone))
        typed["phone +84 903 123 456"] += _keystrokes(_international(phone))
        typed["phone 84903123456"] += _keystrokes(phone[1:])
    for email in rng.sample(emails, max(1, people // 2)):
        typed["e-mail"] += _keystrokes(email.lower())
    for code in rng.sample(tax_codes, max(1, people // 4)):
        typed["tax code"] += _keystrokes(code)
    for company in rng.sample(companies, max(1, people // 2)):
        words = fold(company).split()
        typed["company words"] += _keystrokes(" ".join(words[-2:]))
    for number in rng.sample(numbers, max(1, people // 4)):
        typed["quote number"] += _keystrokes(number.lower())
    return dict(typed)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _line(label: str, values: list[float]) -> str:
    return (
        f"  {label:24} {len(values):6,}  median {statistics.median(values):6.2f} ms  "
        f"p95 {_percentile(values, 0.95):6.2f} ms  max {max(values):7.2f} ms"
    )


def measure(db: Database, typed: dict[str, list[str]]) -> dict[str, list[float]]:
    """Milliseconds per query, per kind; each query in a unit of work of its own."""
    with db.uow() as uow:  # warm the page cache as a first keystroke would
        search.search(uow, "a")
    times: dict[str, list[float]] = {}
    for kind, texts in typed.items():
        spent = []
        for text in texts:
            started = time.perf_counter()
            with db.uow() as uow:
                search.search(uow, text)
            spent.append((time.perf_counter() - started) * 1000)
        times[kind] = spent
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basedir", type=Path, help="reuse (or build once) the data set here")
    parser.add_argument("--size", choices=("large", "small"), default="large")
    parser.add_argument("--people", type=int, default=40, help="people whose names are typed")
    parser.add_argument("--rebuilds", type=int, default=1, help="full index builds to time")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="crm-search-bench-") as scratch:
        folder = args.basedir or Path(scratch)
        db = _open(folder, args.size)
        try:
            for run in range(args.rebuilds):
                summary = search.rebuild_index(db)
                print(
                    f"index build {run + 1}: {summary.documents:,} documents "
                    f"in {summary.seconds:.2f} s"
                )
            typed = queries(db.path, args.people)
            times = measure(db, typed)
        finally:
            db.close()
    every = [ms for values in times.values() for ms in values]
    print(f"search latency per keystroke ({len(every):,} queries, target {TARGET_MS:.0f} ms):")
    print(_line("all", every))
    for kind, values in times.items():
        print(_line(kind, values))
    return 0 if _percentile(every, 0.95) < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
