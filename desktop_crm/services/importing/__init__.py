"""Importing contacts from CSV, Excel and vCard files, and exporting them.

Read a file with ``open_table`` (encoding, delimiter and header row found by themselves),
check it with ``preview``, write it with ``run_import`` (one transaction, progress, cancel),
take it back with ``undo_last_import``. No Qt here: the wizard and the command line share it.
"""

from desktop_crm.services.importing.engine import (
    ChangedSinceImportError,
    DuplicatePolicy,
    ImportCancelledError,
    ImportSummary,
    NothingToUndoError,
    Preview,
    RejectedRow,
    UndoSummary,
    preview,
    run_import,
    save_rejected,
    undo_import,
    undo_last_import,
)
from desktop_crm.services.importing.exporting import EXPORT_HEADERS, export_contacts
from desktop_crm.services.importing.mapping import (
    FIELDS,
    IGNORE,
    Mapping,
    auto_mapping,
    delete_mapping,
    load_mapping,
    mapping_names,
    save_mapping,
)
from desktop_crm.services.importing.problems import Problem
from desktop_crm.services.importing.readers import SourceTable, open_table
from desktop_crm.services.importing.rows import ParsedRow

__all__ = [
    "EXPORT_HEADERS",
    "FIELDS",
    "IGNORE",
    "ChangedSinceImportError",
    "DuplicatePolicy",
    "ImportCancelledError",
    "ImportSummary",
    "Mapping",
    "NothingToUndoError",
    "ParsedRow",
    "Preview",
    "Problem",
    "RejectedRow",
    "SourceTable",
    "UndoSummary",
    "auto_mapping",
    "delete_mapping",
    "export_contacts",
    "load_mapping",
    "mapping_names",
    "open_table",
    "preview",
    "run_import",
    "save_mapping",
    "save_rejected",
    "undo_import",
    "undo_last_import",
]
