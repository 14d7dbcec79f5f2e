"""Demo data: a realistic, reproducible CRM data set for trying the program and for benchmarks.

``build_demo`` fills a database with sales reps, companies and people (Vietnamese with full
diacritics, family name first, and English), phones in E.164 form, deals that moved through
the default pipeline over the two years before ``as_of`` (won, lost and open ones, some of
them overdue or rotting), activities of every type, quotes with exact totals, care cases and
the seller's company profile.

The same ``(seed, as_of)`` gives the same rows, ids included: every random choice comes from
one ``random.Random`` seeded with ``seed`` (never the clock), and ids are UUIDv7 values built
from the row's creation time plus bits from that generator. Money is made from integers, as
Decimal; datetimes are aware UTC. Everything is written in one transaction through ``store.bulk``; a
cancelled or failed build leaves no demo rows behind (only the default pipeline, which every
database gets anyway, may remain).

Runs on a worker thread (``small`` takes well under a second, ``large`` about a minute on a
two-core laptop); ``progress`` and ``cancel`` are called on that same thread. While it runs the
cyclic garbage collector's objects are frozen (``gc.freeze``), process-wide; see
``_Builder.report``.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
import uuid
from dataclasses import replace

from desktop_crm.services.demo.builder import (
    PHASES,
    SIZES,
    CancelCallback,
    DemoCancelledError,
    DemoNotEmptyError,
    DemoSize,
    DemoSummary,
    ProgressCallback,
    _Builder,
)
from desktop_crm.services.demo.rng import FastRandom
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.services.search import rebuild_index
from desktop_crm.store import queries
from desktop_crm.store.bulk import BulkWriter
from desktop_crm.store.database import Database
from desktop_crm.store.models import Contact

__all__ = [
    "PHASES",
    "SIZES",
    "DemoCancelledError",
    "DemoNotEmptyError",
    "DemoSize",
    "DemoSummary",
    "build_demo",
]

_TABLES = (
    "users",
    "tags",
    "products",
    "company_profile",
    "team_settings",
    "accounts",
    "contacts",
    "contact_points",
    "taggings",
    "deals",
    "deal_stage_changes",
    "quotes",
    "quote_lines",
    "care_cases",
    "activities",
)


def build_demo(
    db: Database,
    size: DemoSize,
    seed: int = 1,
    as_of: dt.date | None = None,
    language: str = "vi",
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
    append: bool = False,
) -> DemoSummary:
    """Fill ``db`` with the ``size`` demo data set as it would look on ``as_of`` (default today).

    The same ``seed`` and ``as_of`` give the same rows and ids. Refuses (``DemoNotEmptyError``)
    when the database already has contacts, unless ``append``; ``cancel`` returning True
    between chunks raises ``DemoCancelledError``. Either way nothing of the demo is kept.
    Creates the default pipeline first (committed on its own) when there is none.
    Runs on the calling thread; ``progress(phase, done, total)`` is called from it.
    """
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; use 'small' or 'large'")
    started = time.perf_counter()
    day = as_of if as_of is not None else dt.date.today()
    try:
        summary = _build(db, size, seed, day, language, progress, cancel, append)
    finally:
        gc.unfreeze()
    return replace(summary, seconds=time.perf_counter() - started)


def _build(
    db: Database,
    size: DemoSize,
    seed: int,
    day: dt.date,
    language: str,
    progress: ProgressCallback | None,
    cancel: CancelCallback | None,
    append: bool,
) -> DemoSummary:
    with db.uow() as uow:
        existing = queries.count_live(uow.session, Contact)
        if existing and not append:
            raise DemoNotEmptyError(existing)
        pipeline = ensure_default_pipeline(uow, language)
        # Appending draws other ids than the first build, so a second run cannot collide.
        rng = FastRandom(seed if not existing else f"{seed}/{existing}")
        with BulkWriter(uow) as writer:
            builder = _Builder(writer, rng, SIZES[size], day, language, progress, cancel)
            builder.pipeline_id = uuid.UUID(pipeline.id)
            builder.build_reference()
            builder.build_accounts()
            builder.build_contacts()
            builder.build_deals()
            builder.build_care_cases()
            builder.build_activities()
            tables = writer.pending_indexes
            steps = len(tables) + 1  # the search index is the last step
            for done, table in enumerate(tables):
                builder.report("indexes", done, steps)
                writer.rebuild_indexes([table])
            # In the same transaction: a cancelled or failed build leaves no index behind.
            rebuild_index(
                uow,
                progress=lambda _phase, done, total: builder.report(
                    "indexes", len(tables) * total + min(done, total - 1), steps * total
                ),
            )
            builder.report("indexes", steps, steps)
            counts = dict(writer.counts)
        uow.commit()
    return DemoSummary(**{name: counts.get(name, 0) for name in _TABLES}, seconds=0.0)
