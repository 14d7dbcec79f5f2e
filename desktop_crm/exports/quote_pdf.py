"""A quote document as an A4 PDF (reportlab platypus), in the quote's own language.

Layout: the seller's letterhead (logo, name, address, tax code, contacts, bank account), the
title with number and dates, the customer block, the table of lines (descriptions wrap, the
header row repeats on every page), the totals with VAT per rate and the grand total in words,
the terms, two signature blocks, and on every page a footer with the quote number and
"Trang 1/3" / "Page 1 of 3".

Every string is drawn in the embedded CRMSans family (``pdf_fonts``), never in reportlab's
built-in Helvetica, which has no Vietnamese letters; text is drawn as text (no images, no
letter-by-letter placement), so a PDF reader or ``pypdf`` extracts it exactly as typed.
Numbers and dates come from ``quote_labels`` formatters, the same the editor and the workbook
use. Pure function of the document: runs on any thread.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_crm.domain.quote_document import QuoteDocument
from desktop_crm.exports.pdf_fonts import register_fonts
from desktop_crm.exports.quote_labels import (
    format_amount,
    format_date,
    format_percent,
    format_quantity,
    labels,
)

log = logging.getLogger(__name__)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 14 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 18 * mm  # room for the footer
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
LOGO_MAX_HEIGHT = 22 * mm
LOGO_MAX_WIDTH = 45 * mm

ACCENT = colors.HexColor("#1F4E79")  # dark blue: rules, title, table header
ZEBRA = colors.HexColor("#F2F6FA")
GRID = colors.HexColor("#B8C7D6")
MUTED = colors.HexColor("#555555")
TOTAL_BACKGROUND = colors.HexColor("#DCE6F1")

# The lines table, in mm: No., Code, Description (the rest), Unit, Qty, Unit price, Disc %,
# VAT %, Amount. Amount holds "99.999.999.999" at 8 pt.
_FIXED_COLUMNS = (8, 24, None, 10, 12, 21, 10, 11, 24)


def _column_widths() -> list[float]:
    fixed = sum(w for w in _FIXED_COLUMNS if w is not None) * mm
    return [FRAME_WIDTH - fixed if w is None else w * mm for w in _FIXED_COLUMNS]


def _text(value: str) -> str:
    """Plain text as paragraph markup: XML escaped, line breaks kept."""
    return "<br/>".join(escape(part) for part in value.splitlines()) if value else ""


class _Styles:
    def __init__(self, family: str) -> None:
        def style(name: str, **kw: Any) -> ParagraphStyle:
            base: dict[str, Any] = {
                "fontName": family,
                "bulletFontName": family,
                "fontSize": 9,
                "leading": 11.5,
                "textColor": colors.black,
            }
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.family = family
        self.bold = f"{family}-Bold"
        self.body = style("body")
        self.small = style("small", fontSize=8, leading=10.5)
        self.muted = style("muted", textColor=MUTED)
        self.seller = style("seller", fontSize=12.5, leading=15.5, textColor=ACCENT)
        self.title = style(
            "title", fontSize=19, leading=22, alignment=TA_CENTER, textColor=ACCENT, spaceAfter=2
        )
        self.centered = style("centered", alignment=TA_CENTER)
        self.cell = style("cell", fontSize=8, leading=10)
        self.code = style("code", fontSize=7.5, leading=10)
        self.header = style(
            "header", fontSize=7.5, leading=9, alignment=TA_CENTER, textColor=colors.white
        )
        self.right = style("right", alignment=TA_RIGHT)
        self.sign = style("sign", alignment=TA_CENTER, leading=12)
        self.note = style("note", fontSize=8, leading=10, alignment=TA_RIGHT, textColor=MUTED)
        self.left = style("left", alignment=TA_LEFT)


def _logo(data: bytes) -> Image | None:
    """The seller's logo scaled to fit the letterhead; None (logged) when it cannot be read,
    so a damaged logo never stops a quote from being printed."""
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # reportlab wraps Pillow's errors in its own; none of them is fatal here
        log.warning("the company logo could not be read; the quote is printed without it")
        return None
    scale = min(LOGO_MAX_HEIGHT / height, LOGO_MAX_WIDTH / width)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _letterhead(doc: QuoteDocument, s: _Styles, words: dict[str, str]) -> list[Flowable]:
    seller = doc.seller
    lines = [f"<b>{_text(seller.name)}</b>"]
    info: list[str] = []
    if seller.address:
        info.append(f"{words['address']}: {_text(seller.address)}")
    if seller.tax_code:
        info.append(f"{words['tax_code']}: {_text(seller.tax_code)}")
    contacts = [
        f"{words[key]}: {_text(value)}"
        for key, value in (
            ("phone", seller.phone),
            ("email", seller.email),
            ("website", seller.website),
        )
        if value
    ]
    if contacts:
        info.append(" \u00a0·\u00a0 ".join(contacts))
    if seller.bank_account:
        bank = _text(seller.bank_account)
        if seller.bank_name:
            bank += f" – {_text(seller.bank_name)}"
        info.append(f"{words['bank']}: {bank}")
    block: list[Flowable] = [Paragraph(lines[0], s.seller)]
    block += [Paragraph(line, s.small) for line in info]
    logo = _logo(seller.logo) if seller.logo else None
    if logo is None:
        head: Flowable = Table([[block]], colWidths=[FRAME_WIDTH])
    else:
        logo_column = logo.drawWidth + 5 * mm
        head = Table([[logo, block]], colWidths=[logo_column, FRAME_WIDTH - logo_column])
    head.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), s.family),  # the cells' default is Helvetica
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        head,
        HRFlowable(
            width="100%", thickness=1.2, color=ACCENT, spaceBefore=2.5 * mm, spaceAfter=4 * mm
        ),
    ]


def _title(doc: QuoteDocument, s: _Styles, words: dict[str, str]) -> list[Flowable]:
    facts = [f"{words['number']}: <b>{_text(doc.display_number)}</b>"]
    facts.append(f"{words['issue_date']}: {format_date(doc.issue_date, doc.language)}")
    if doc.valid_until is not None:
        facts.append(f"{words['valid_until']}: {format_date(doc.valid_until, doc.language)}")
    return [
        Paragraph(f"<b>{_text(words['title'])}</b>", s.title),
        Paragraph(" \u00a0|\u00a0 ".join(facts), s.centered),
        Spacer(1, 4 * mm),
    ]


def _customer(doc: QuoteDocument, s: _Styles, words: dict[str, str]) -> list[Flowable]:
    customer = doc.customer
    rows: list[tuple[str, str]] = [(words["customer"], f"<b>{_text(customer.name)}</b>")]
    for key, value in (
        ("attention", customer.contact_name),
        ("address", customer.address),
        ("tax_code", customer.tax_code),
    ):
        if value:
            rows.append((words[key], _text(value)))
    if customer.phone:  # phone and e-mail share a row, as in the letterhead
        reach = _text(customer.phone)
        if customer.email:
            reach += f" \u00a0·\u00a0 {words['email']}: {_text(customer.email)}"
        rows.append((words["phone"], reach))
    elif customer.email:
        rows.append((words["email"], _text(customer.email)))
    for key, value in (("deal", doc.deal_title), ("salesperson", doc.salesperson)):
        if value:
            rows.append((words[key], _text(value)))
    label_width = 32 * mm
    table = Table(
        [[Paragraph(f"{label}:", s.muted), Paragraph(value, s.body)] for label, value in rows],
        colWidths=[label_width, FRAME_WIDTH - label_width],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), s.family),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    return [table, Spacer(1, 4 * mm), Paragraph(_text(words["intro"]), s.body), Spacer(1, 2 * mm)]


def _lines_table(doc: QuoteDocument, s: _Styles, words: dict[str, str]) -> list[Flowable]:
    lang, currency = doc.language, doc.currency
    keys = (
        "col_no",
        "col_code",
        "col_description",
        "col_unit",
        "col_quantity",
        "col_unit_price",
        "col_discount",
        "col_vat_rate",
        "col_amount",
    )
    data: list[list[Any]] = [[Paragraph(f"<b>{_text(words[k])}</b>", s.header) for k in keys]]
    for line in doc.lines:
        data.append(
            [
                str(line.position),
                Paragraph(_text(line.code or ""), s.code),
                Paragraph(_text(line.description), s.cell),
                line.unit,
                format_quantity(line.quantity, lang),
                format_amount(line.unit_price, currency, lang),
                format_quantity(line.discount_percent, lang),
                format_quantity(line.vat_rate, lang),
                format_amount(line.net, currency, lang),
            ]
        )
    table = Table(data, colWidths=_column_widths(), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), s.family),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("LEADING", (0, 0), (-1, -1), 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (3, 1), (3, -1), "CENTER"),
                ("ALIGN", (4, 1), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, 0), 1.5),
                ("RIGHTPADDING", (0, 0), (-1, 0), 1.5),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
                ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
            ]
        )
    )
    note = Paragraph(_text(words["currency_note"].format(currency=currency)), s.note)
    return [note, Spacer(1, 1 * mm), table]


def _totals(doc: QuoteDocument, s: _Styles, words: dict[str, str]) -> list[Flowable]:
    lang, currency, totals = doc.language, doc.currency, doc.totals

    def amount(value: Decimal) -> str:
        return format_amount(value, currency, lang)

    rows: list[tuple[str, str]] = [(words["subtotal"], amount(totals.subtotal))]
    if doc.discount_percent > 0:
        label = words["discount"].format(percent=format_percent(doc.discount_percent, lang))
        rows.append((label, f"-{amount(totals.discount)}"))
    rows.append((words["taxable"], amount(totals.taxable)))
    for rate in totals.by_rate:
        rows.append(
            (words["vat_at"].format(rate=format_percent(rate.rate, lang)), amount(rate.vat))
        )
    rows.append((words["total"], amount(totals.total)))
    last = len(rows) - 1
    widths = [62 * mm, 36 * mm]
    table = Table(rows, colWidths=widths, hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), s.family),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("FONTNAME", (0, last), (-1, last), s.bold),
                ("FONTSIZE", (0, last), (-1, last), 10.5),
                ("TEXTCOLOR", (0, last), (-1, last), ACCENT),
                ("BACKGROUND", (0, last), (-1, last), TOTAL_BACKGROUND),
                ("TOPPADDING", (0, last), (-1, last), 4),
                ("BOTTOMPADDING", (0, last), (-1, last), 4),
                ("LINEABOVE", (0, last), (-1, last), 0.9, ACCENT),
            ]
        )
    )
    in_words = Paragraph(
        f"<b>{_text(words['in_words'])}:</b> <i>{_text(doc.amount_in_words)}</i>", s.body
    )
    return [KeepTogether([Spacer(1, 3 * mm), table, Spacer(1, 3 * mm), in_words])]


def _terms(doc: QuoteDocument, s: _Styles, words: dict[str, str]) -> list[Flowable]:
    out: list[Flowable] = []
    for key, value in (
        ("payment_terms", doc.payment_terms),
        ("delivery_terms", doc.delivery_terms),
        ("notes", doc.notes),
    ):
        if value:
            out.append(Paragraph(f"<b>{_text(words[key])}:</b> {_text(value)}", s.body))
            out.append(Spacer(1, 1.5 * mm))
    return [Spacer(1, 4 * mm), *out] if out else []


def _signatures(doc: QuoteDocument, s: _Styles, words: dict[str, str]) -> list[Flowable]:
    hint = f"<i>{_text(words['sign_hint'])}</i>"

    def block(title: str, name: str) -> list[Flowable]:
        return [
            Paragraph(f"<b>{_text(title)}</b>", s.sign),
            Paragraph(hint, s.sign),
            Spacer(1, 16 * mm),
            Paragraph(_text(name), s.sign),
        ]

    half = FRAME_WIDTH / 2
    table = Table(
        [[block(words["customer_sign"], ""), block(words["seller_sign"], doc.salesperson or "")]],
        colWidths=[half, half],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), s.family),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [KeepTogether([Spacer(1, 4 * mm), table])]


def _canvas_maker(draw_footer: Callable[[Canvas, int, int], None], pages: list[int]) -> type:
    """A canvas that holds every page until the end, so each footer can say "1 of N" (the
    NumberedCanvas recipe: a PDF page cannot be changed once it is written)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            pages.append(total)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def write_quote_pdf(doc: QuoteDocument, path: Path) -> int:
    """Write ``doc`` as an A4 PDF at ``path``; return the number of pages."""
    family = register_fonts()
    s = _Styles(family)
    words = labels(doc.language)
    subject = words["subject"].format(number=doc.display_number, customer=doc.customer.name)

    def draw_footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        y = MARGIN_BOTTOM - 9 * mm
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 3.5 * mm, PAGE_WIDTH - MARGIN_X, y + 3.5 * mm)
        canvas.setFont(family, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, y, f"{words['title']} {doc.display_number}")
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X, y, words["page"].format(page=page, pages=pages)
        )
        canvas.restoreState()

    story: list[Flowable] = []
    for part in (_letterhead, _title, _customer, _lines_table, _totals, _terms, _signatures):
        story += part(doc, s, words)
    pages: list[int] = []
    # No frame padding: tables of FRAME_WIDTH then line up with the paragraphs and the rules.
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template = BaseDocTemplate(
        str(path),
        pagesize=A4,
        pageTemplates=[PageTemplate("quote", [frame])],
        title=f"{words['title']} {doc.display_number}",
        author=doc.seller.name,
        subject=subject,
        creator="Desktop CRM",
        initialFontName=family,
        initialFontSize=9,
    )
    template.build(story, canvasmaker=_canvas_maker(draw_footer, pages))
    return pages[-1]
