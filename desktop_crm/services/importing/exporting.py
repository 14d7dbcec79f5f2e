"""Every live contact to a CSV or Excel file that this program imports again unchanged.

The headers are the English ones ``mapping.auto_mapping`` recognises, so an exported file
re-imported finds every contact as a duplicate and creates nothing.
"""

from __future__ import annotations

from pathlib import Path

from desktop_crm.domain.contact_rules import phone_display
from desktop_crm.exports.table_export import write_table
from desktop_crm.store import imports as store
from desktop_crm.store.uow import UnitOfWork

EXPORT_HEADERS = (
    "Full name",
    "Company",
    "Tax code",
    "Job title",
    "Phones",
    "E-mails",
    "Street",
    "Ward",
    "District",
    "Province",
    "Birthday",
    "Lifecycle stage",
    "Source",
    "Tags",
    "Notes",
)


def export_contacts(uow: UnitOfWork, path: Path, title: str = "Contacts") -> int:
    """Write every live contact to ``path`` (.csv or .xlsx); returns the rows written.
    Reads in pages, so a large database does not sit in memory. Any thread that owns ``uow``."""
    rows = (
        (
            row.full_name,
            row.account_name,
            row.tax_code,
            row.title,
            "; ".join(phone_display(p) for p in row.phones),
            "; ".join(row.emails),
            row.street,
            row.ward,
            row.district,
            row.province,
            row.birthday,
            row.lifecycle_stage,
            row.source,
            "; ".join(row.tags),
            row.notes,
        )
        for row in store.export_contacts(uow.session)
    )
    return write_table(path, EXPORT_HEADERS, rows, title)
