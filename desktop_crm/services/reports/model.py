"""What a report is: a pure function of (database, period, filters) that returns figures.

Every report returns a ``ReportResult`` — titled tables, KPI figures and chart data, all plain
values (Decimal money, ints, dates, strings) — so the window, the PDF, the Excel file and the
command line show the same figures. Words (titles, column names) come in the requested
language from the report itself ("vi" or "en"), like a quote's labels: exports are written in a
chosen language that need not be the window's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from desktop_crm.store.uow import UnitOfWork

Value = Decimal | int | str | dt.date | None
ColumnKind = Literal["text", "int", "money", "percent", "date", "days", "decimal"]


@dataclass(frozen=True)
class Period:
    """Local dates, both included."""

    start: dt.date
    end: dt.date

    def previous(self) -> Period:
        """The period of the same length just before (for "change against previous")."""
        length = (self.end - self.start).days + 1
        return Period(self.start - dt.timedelta(days=length), self.start - dt.timedelta(days=1))


@dataclass(frozen=True)
class ReportFilters:
    owner_id: str | None = None  # one salesperson, or everyone
    account_id: str | None = None  # the customer statement's customer


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: ColumnKind = "text"
    currency: str | None = None  # for money columns


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    totals: tuple[Value, ...] | None = None  # a totals row, same width as columns
    # What a row opens in the window: ("deal" | "account" | "contact" | "quote", id) per row.
    links: tuple[tuple[str, str] | None, ...] = ()
    wide: bool = False  # print landscape


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[Decimal | int, ...]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    kind: Literal["bar", "stacked_bar", "line", "pie", "funnel"]
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_kind: ColumnKind = "int"
    currency: str | None = None


@dataclass(frozen=True)
class Kpi:
    key: str
    title: str
    value: Value
    previous: Value = None  # the same figure over the previous period, when it has one
    kind: ColumnKind = "int"
    currency: str | None = None


@dataclass(frozen=True)
class ReportResult:
    name: str
    title: str
    language: str
    period: Period
    filters_text: str  # "Owner: Trần Văn Bình" in the report's language ("" for none)
    generated_at: dt.datetime  # UTC
    kpis: tuple[Kpi, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()
    notes: tuple[str, ...] = field(default=())  # e.g. how a figure is defined


ReportFunction = Callable[[UnitOfWork, Period, ReportFilters, str, dt.datetime], ReportResult]


@dataclass(frozen=True)
class ReportSpec:
    name: str  # the command line's NAME: "pipeline", "forecast", ...
    titles: dict[str, str]  # language -> title
    descriptions: dict[str, str]  # language -> one line
    run: ReportFunction
    wide: bool = False
