"""The figures the start pages show, read in one job on a worker thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_crm.app import AppContext
from desktop_crm.services.overview import Overview, overview
from desktop_crm.services.pipelines import PipelineInfo, ensure_default_pipeline


@dataclass(frozen=True)
class Snapshot:
    overview: Overview
    pipeline: PipelineInfo
    today: dt.date


def end_of_day(day: dt.date) -> dt.datetime:
    """Local midnight after ``day``, as an aware datetime."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min).astimezone()


def load_snapshot(ctx: AppContext, language: str) -> Snapshot:
    """Read the figures; creates the default pipeline (named in ``language``) if there is none.

    Runs on a worker thread: each unit of work is made and used on that thread.
    """
    with ctx.db.uow() as uow:
        pipeline = ensure_default_pipeline(uow, language)
    today = dt.date.today()
    with ctx.db.uow() as uow:
        figures = overview(uow, end_of_day(today))
    return Snapshot(figures, pipeline, today)
