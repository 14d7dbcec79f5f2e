"""A table (headers and rows) to a CSV or Excel file: "export what is shown", contact exports.

CSV is written as UTF-8 with a byte order mark, the one form Excel opens with Vietnamese
letters intact. Excel files get a bold, frozen header row with a filter, column widths from
the content, dates as real dates and numbers (Decimal too) as numbers. The file is written
beside the target and renamed at the end: a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_crm.errors import QT_TRANSLATE_NOOP, FileProblemError

WIDTH_SAMPLE_ROWS = 500  # column widths are measured on this many first rows
MIN_WIDTH, MAX_WIDTH = 6, 60
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0 refuses these
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")


def write_table(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]], title: str
) -> int:
    """Write ``headers`` and ``rows`` to ``path`` by its ending (.csv or .xlsx); returns the
    number of rows written (the header not counted). ``title`` names the Excel sheet.
    Raises ``FileProblemError`` for another ending or a file that cannot be written."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise FileProblemError(
            str(path), QT_TRANSLATE_NOOP("errors", "only .csv and .xlsx files can be written")
        )
    partial = path.with_name(path.name + ".part")
    try:
        if suffix == ".csv":
            count = _write_csv(partial, headers, rows)
        else:
            count = _write_xlsx(partial, headers, rows, title)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise FileProblemError(str(path), exc.strerror or str(exc)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return _naive(value).isoformat(" ", "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    text = str(value)
    # A cell starting with "=" or "@" is run as a formula by Excel: keep it text.
    return "'" + text if text[:1] in ("=", "@") else text


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(list(headers))
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])
            count += 1
    return count


def _naive(value: dt.datetime) -> dt.datetime:
    """Excel has no time zones: an aware time is shown in this computer's local time."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value


def _excel_value(value: object) -> Any:
    if value is None or isinstance(value, int | float | Decimal | dt.date):
        return _naive(value) if isinstance(value, dt.datetime) else value
    return _ILLEGAL.sub("", str(value))


def _display_width(value: object) -> int:
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    text = "" if value is None else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]], title: str
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    iterator = iter(rows)
    sample = [list(r) for r in itertools.islice(iterator, WIDTH_SAMPLE_ROWS)]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_SHEET_TITLE_BAD.sub(" ", title).strip()[:31] or "Sheet1")
    for column, header in enumerate(headers, start=1):
        longest = max(
            [
                len(header) + 2,
                *(_display_width(r[column - 1]) for r in sample if column - 1 < len(r)),
            ]
        )
        width = min(MAX_WIDTH, max(MIN_WIDTH, longest + 2))
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=_ILLEGAL.sub("", str(header)))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in itertools.chain(sample, iterator):
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=_excel_value(value))
            if isinstance(value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text, not a formula
            cells.append(cell)
        sheet.append(cells)
        count += 1
    if headers:
        last = get_column_letter(len(headers))
        sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    workbook.save(path)
    return count
