"""The standard reports: each module defines ``SPEC`` (a ``ReportSpec``)."""

from __future__ import annotations

import importlib

from desktop_crm.services.reports.model import ReportSpec

# In the order the Reports page and `reports list` show them. A report module is added here
# when it exists.
REPORT_MODULES: tuple[str, ...] = (
    "pipeline",
    "forecast",
    "win_loss",
    "performance",
    "activities",
    "segments_report",
    "care",
    "quotes_report",
    "statement",
)


def all_reports() -> list[ReportSpec]:
    return [
        importlib.import_module(f"desktop_crm.services.reports.{name}").SPEC
        for name in REPORT_MODULES
    ]


def report(name: str) -> ReportSpec:
    for spec in all_reports():
        if spec.name == name:
            return spec
    raise KeyError(name)
