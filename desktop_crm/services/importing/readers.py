"""Reading an import file into a table of cells: CSV/text, Excel (.xlsx) or vCard (.vcf).

``open_table`` finds the encoding, the delimiter and the header row by itself; each can be
overridden (the wizard offers it when a guess is wrong). Rows keep the number the user sees
(the line of a CSV file, the row of a sheet, the line of a card's BEGIN), so every problem
can be found in the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_crm.errors import QT_TRANSLATE_NOOP, FileProblemError
from desktop_crm.services.importing import vcard
from desktop_crm.services.importing.encoding import decode, detect_encoding
from desktop_crm.services.importing.mapping import header_score

Cell = str | int | float | dt.date | dt.datetime | None
DELIMITERS = (",", ";", "\t", "|")
HEADER_SEARCH_ROWS = 30  # a header is looked for among this many first rows
SNIFF_ROWS = 60


@dataclass(frozen=True)
class SourceTable:
    """The cells of a file. ``rows[header_row]`` is the header; the rows after it are data."""

    path: str
    kind: str  # csv | xlsx | vcf
    encoding: str | None
    delimiter: str | None
    header_row: int
    rows: tuple[tuple[Cell, ...], ...]
    row_numbers: tuple[int, ...]  # as the user sees them (line or sheet row), 1-based
    damaged: bool = False  # some bytes were unreadable in this encoding (shown as U+FFFD)

    @property
    def headers(self) -> tuple[str, ...]:
        """The header's names up to its last named cell (unnamed ones inside are "")."""
        names = [cell_text(c) for c in self.rows[self.header_row]] if self.rows else []
        while names and not names[-1]:
            names.pop()
        return tuple(names)

    def data(self) -> list[tuple[int, tuple[Cell, ...]]]:
        """(row number, cells) of every data row, empty ones included."""
        first = self.header_row + 1
        return list(zip(self.row_numbers[first:], self.rows[first:], strict=True))

    def with_header_row(self, index: int) -> SourceTable:
        if not 0 <= index < len(self.rows):
            raise ValueError(f"no row {index}")
        return replace(self, header_row=index)


def cell_text(cell: Cell) -> str:
    """A cell as text: whole numbers without ".0", dates as d/m/Y."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.strftime("%d/%m/%Y") if cell.time() == dt.time() else cell.isoformat(" ")
    if isinstance(cell, dt.date):
        return cell.strftime("%d/%m/%Y")
    return str(cell).strip()


def is_empty(cells: tuple[Cell, ...]) -> bool:
    return all(cell_text(c) == "" for c in cells)


def _unreadable(path: Path, reason: str) -> FileProblemError:
    return FileProblemError(str(path), reason)


def open_table(
    path: Path,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int | None = None,
) -> SourceTable:
    """Read ``path``; raises ``FileProblemError`` when it cannot be read at all."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _unreadable(path, QT_TRANSLATE_NOOP("errors", "the file does not exist")) from None
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from None
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        table = _read_xlsx(path, data)
    elif suffix == ".xls":
        raise _unreadable(
            path,
            QT_TRANSLATE_NOOP(
                "errors", "old Excel files (.xls) cannot be read; save it as .xlsx or CSV"
            ),
        )
    elif suffix in (".vcf", ".vcard") or data.lstrip(b"\xef\xbb\xbf \r\n").upper().startswith(
        b"BEGIN:VCARD"
    ):
        used, cards = vcard.read_vcards(data, encoding)
        rows = (tuple[Cell, ...](vcard.HEADERS), *(tuple[Cell, ...](row) for _n, row in cards))
        numbers = (0, *(number for number, _row in cards))
        table = SourceTable(str(path), "vcf", used, None, 0, rows, numbers)
    else:
        table = _read_text(path, data, encoding, delimiter)
    if not any(not is_empty(row) for row in table.rows):
        raise _unreadable(path, QT_TRANSLATE_NOOP("errors", "the file holds no rows"))
    if header_row is not None:
        return table.with_header_row(header_row)
    if table.kind == "vcf":
        return table
    return replace(table, header_row=find_header_row(table.rows))


def _read_text(path: Path, data: bytes, encoding: str | None, delimiter: str | None) -> SourceTable:
    if data[:4] == b"PK\x03\x04":
        raise _unreadable(
            path, QT_TRANSLATE_NOOP("errors", "it is an Excel file: give it the .xlsx ending")
        )
    encoding = encoding or detect_encoding(data)
    try:
        text, damaged = decode(data, encoding)
    except LookupError:
        raise _unreadable(path, f"unknown encoding {encoding}") from None
    text = text.replace("\x00", "")
    delimiter = delimiter or sniff_delimiter(text)
    rows, numbers = split_rows(text, delimiter)
    return SourceTable(str(path), "csv", encoding, delimiter, 0, rows, numbers, damaged)


def split_rows(text: str, delimiter: str) -> tuple[tuple[tuple[Cell, ...], ...], tuple[int, ...]]:
    """Rows of CSV ``text`` and the line each starts on; blank lines at the end are dropped."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[Cell, ...]] = []
    numbers: list[int] = []
    line = 0
    for record in reader:
        rows.append(tuple(record))
        numbers.append(line + 1)
        line = reader.line_num
    while rows and is_empty(rows[-1]):
        rows.pop()
        numbers.pop()
    return tuple(rows), tuple(numbers)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most rows of one width."""
    sample = "\n".join(text.splitlines()[:SNIFF_ROWS])
    best, best_score = ",", (0, 0)
    for candidate in DELIMITERS:
        widths = [
            len(r)
            for r in csv.reader(io.StringIO(sample, newline=""), delimiter=candidate)
            if len(r) > 1
        ]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = (count, width)
        if score > best_score:
            best, best_score = candidate, score
    return best


def find_header_row(rows: tuple[tuple[Cell, ...], ...]) -> int:
    """The row with the most recognised headers among the first ones; title lines above
    it are skipped. Without any recognised header, the first row with two or more cells."""
    best, best_score = -1, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = header_score(row)
        if score > best_score:
            best, best_score = index, score
    if best >= 0:
        return best
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for c in row if cell_text(c)) >= 2:
            return index
    return next((i for i, row in enumerate(rows) if not is_empty(row)), 0)


def _read_xlsx(path: Path, data: bytes) -> SourceTable:
    import zipfile

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it does not know
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise _unreadable(
            path, QT_TRANSLATE_NOOP("errors", "it is not a readable Excel file")
        ) from exc
    try:
        rows: list[tuple[Cell, ...]] = []
        for sheet in workbook.worksheets:
            rows = []
            for values in sheet.iter_rows(values_only=True):
                cells = list(values)
                while cells and (cells[-1] is None or cells[-1] == ""):
                    cells.pop()
                rows.append(tuple(_xlsx_cell(c) for c in cells))
            if any(rows):
                break
    finally:
        workbook.close()
    while rows and is_empty(rows[-1]):
        rows.pop()
    numbers = tuple(range(1, len(rows) + 1))
    return SourceTable(str(path), "xlsx", None, None, 0, tuple(rows), numbers)


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | dt.date | dt.datetime):
        return value if not isinstance(value, bool) else str(value)
    if isinstance(value, dt.time):
        return value.isoformat()
    return str(value)
