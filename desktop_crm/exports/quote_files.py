"""Writing a quote document to a file, and the file name offered for it.

``export_quote`` picks the format from the file's suffix (.pdf or .xlsx). The default name is
readable and safe on Windows, macOS and Linux: "BG-2026-0007-3f2a v2 - Công ty Đông Á.pdf"
keeps its Vietnamese letters (in NFC, the form Windows and Linux expect) and loses only what a
file system refuses (``/ \\ : * ? " < > |``, control characters, trailing dots, reserved names
such as CON).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pathvalidate import sanitize_filename

from desktop_crm.domain.quote_document import QuoteDocument
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError

FORMATS = (".pdf", ".xlsx")
_MAX_NAME = 120  # characters, well under every file system's limit with a folder in front


class UnsupportedFormatError(UserError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "{path}: a quote is saved as .pdf or .xlsx (not '{suffix}')."
            ),
            path=str(path),
            suffix=path.suffix or "no suffix",
        )


def default_file_name(number: str, version: int, customer: str, suffix: str) -> str:
    """The name a Save dialog offers, e.g. "BG-2026-0007-3f2a v2 - Công ty Đông Á.pdf"."""
    stem = number if version == 1 else f"{number} v{version}"
    if customer.strip():
        stem = f"{stem} - {customer.strip()}"
    stem = unicodedata.normalize("NFC", " ".join(stem.split()))
    clean = sanitize_filename(stem, replacement_text="-", platform="universal")
    clean = clean[:_MAX_NAME].rstrip(" .") or "quote"
    return clean + suffix


def export_quote(doc: QuoteDocument, path: Path) -> None:
    """Write ``doc`` as PDF or Excel, by ``path``'s suffix. Writes to a temporary file beside
    the target first, so a failure never leaves half a file under the chosen name."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UnsupportedFormatError(path)
    temporary = path.with_name(f".{path.name}.part")
    try:
        if suffix == ".pdf":
            from desktop_crm.exports.quote_pdf import write_quote_pdf

            write_quote_pdf(doc, temporary)
        else:
            from desktop_crm.exports.quote_xlsx import write_quote_xlsx

            write_quote_xlsx(doc, temporary)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
