"""Vietnamese survives a PDF: embedded TrueType faces, text extractable exactly as typed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desktop_crm.exports.pdf_fonts import register_fonts

LINES = [
    "Nguyễn Thị Ánh Dương",
    "<b>Công ty TNHH Thương mại Đông Á</b>",
    "<i>Tủ điện phân phối 400A</i>",
    "Bằng chữ: Mười hai triệu ba trăm bốn mươi lăm nghìn đồng",
]


def test_vietnamese_text_is_embedded_and_extractable(tmp_path: Path) -> None:
    family = register_fonts()
    style = ParagraphStyle("body", fontName=family, fontSize=11, leading=14)
    target = tmp_path / "vi.pdf"
    SimpleDocTemplate(str(target), pagesize=A4).build([Paragraph(t, style) for t in LINES])

    reader = PdfReader(target)
    text = unicodedata.normalize("NFC", reader.pages[0].extract_text())
    for line in LINES:
        plain = line.replace("<b>", "").replace("</b>", "").replace("<i>", "").replace("</i>", "")
        assert plain in text
    assert "?" not in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = {}
    for key in fonts:
        font = fonts[key].get_object()
        if font["/Subtype"] == "/TrueType":  # reportlab's page default Helvetica draws nothing
            name = str(font["/BaseFont"]).split("+", 1)[-1]
            embedded[name] = "/FontFile2" in font["/FontDescriptor"].get_object()
    # Regular, bold and italic each embedded as a subset of its own file.
    assert embedded == {"DejaVuSans": True, "DejaVuSans-Bold": True, "DejaVuSans-Oblique": True}
