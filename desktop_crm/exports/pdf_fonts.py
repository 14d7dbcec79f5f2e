"""The PDF font family: TrueType fonts shipped in resources/fonts, embedded in every PDF.

reportlab's built-in fonts cover Latin-1 only: Vietnamese letters ("ủ", "đ", "ệ") would come
out as "?" or black boxes. DejaVu Sans covers Vietnamese completely and may be redistributed
(resources/fonts/LICENSE-DejaVu.txt).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_crm.paths import resources_dir

FAMILY = "CRMSans"
_FILES = {
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Italic": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldItalic": "DejaVuSans-BoldOblique.ttf",
}


@cache
def register_fonts() -> str:
    """Register the family once per process (regular, bold, italic, bold italic) so that
    ``<b>`` and ``<i>`` in paragraphs pick the right face; return the family name."""
    folder = resources_dir() / "fonts"
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, f"{FAMILY}-Bold")
    addMapping(FAMILY, 0, 1, f"{FAMILY}-Italic")
    addMapping(FAMILY, 1, 1, f"{FAMILY}-BoldItalic")
    return FAMILY
