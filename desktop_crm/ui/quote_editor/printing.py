"""Printing a quote: its PDF rendered page by page onto a QPrinter.

PySide6-Essentials has no QtPdf, so pypdfium2 renders each page to an image at the printer's
resolution, painted to fill the printer's page (keeping its proportions). Works headless, e.g.
on a QPrinter writing a PDF file.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter


def print_pdf(pdf_path: Path, printer: QPrinter) -> int:
    """Print every page of ``pdf_path`` on ``printer``; returns the number of pages printed."""
    document = pdfium.PdfDocument(str(pdf_path))
    painter = QPainter()
    try:
        count = len(document)
        if count == 0:
            return 0
        if not painter.begin(printer):
            raise OSError(f"the printer could not start ({printer.outputFileName()!r})")
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi).size()
        for number in range(count):
            page = document[number]
            if number:
                printer.newPage()
            bitmap = page.render(scale=dpi / 72, rev_byteorder=False, may_draw_forms=True)
            data = bytes(bitmap.buffer)
            image = QImage(
                data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_BGR888
            )
            if bitmap.n_channels == 4:
                image = QImage(
                    data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
                )
            scaled = image.scaled(
                area,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage(0, 0, scaled)
            bitmap.close()
            page.close()
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()
