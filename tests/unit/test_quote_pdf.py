"""The quote PDF read back with pypdf: what a customer sees, exactly as the editor shows it."""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop_crm.domain.quote_document import QuoteDocument
from desktop_crm.exports.quote_files import export_quote
from desktop_crm.exports.quote_labels import format_amount, format_percent
from desktop_crm.exports.quote_pdf import write_quote_pdf
from desktop_crm.services import company, quotes
from desktop_crm.services.quotes import LineInput
from desktop_crm.store.database import Database
from tests.quote_fixtures import CUSTOMER, PERSON, SELLER, make_quote, many_lines, seed_parties


def _document(
    db: Database, lines: tuple[LineInput, ...] | None = None, **kwargs: str
) -> tuple[QuoteDocument, quotes.QuoteRecord]:
    ids = seed_parties(db)
    record = make_quote(db, ids, lines, **kwargs)
    with db.uow() as uow:
        return quotes.build_document(uow, record.id), record


def _pages(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [unicodedata.normalize("NFC", page.extract_text()) for page in reader.pages]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def _flat(text: str) -> str:
    """Whitespace collapsed: a wrapped description reads as one line again."""
    return " ".join(text.split())


def test_a_vietnamese_quote_reads_back_exactly_as_the_editor_shows_it(
    db: Database, tmp_path: Path
) -> None:
    doc, record = _document(db)
    target = tmp_path / "quote.pdf"
    assert write_quote_pdf(doc, target) == 1
    (text,) = _pages(target)
    flat = _flat(text)

    for expected in (CUSTOMER, PERSON, SELLER, "0101234567", "Vietcombank – Chi nhánh Hà Nội"):
        assert expected in text
    for line in record.lines:  # the last one is long and wraps over several lines
        assert _flat(line.description) in flat
    assert "\n" in _flat_free_wrap(text, record.lines[-1].description)

    # The editor's figures (its live preview of the same lines), printed by the same formatter.
    editor = quotes.preview_totals(
        tuple(
            LineInput(
                line.description,
                line.quantity,
                line.unit_price,
                line.unit,
                line.discount_percent,
                line.vat_rate,
            )
            for line in record.lines
        ),
        record.discount_percent,
        record.currency,
    )
    assert editor == record.totals
    lines = _lines(text)

    def amount(value: Decimal) -> str:
        return format_amount(value, "VND", "vi")

    assert f"Cộng tiền hàng {amount(editor.subtotal)}" in flat
    assert f"Chiết khấu 3% -{amount(editor.discount)}" in flat
    assert f"Tổng trước thuế {amount(editor.taxable)}" in flat
    assert [r.rate for r in editor.by_rate] == [Decimal(0), Decimal(8), Decimal(10)]
    for rate in editor.by_rate:
        assert f"Thuế GTGT {format_percent(rate.rate, 'vi')} {amount(rate.vat)}" in flat
    assert f"Tổng cộng thanh toán {amount(editor.total)}" in flat
    assert amount(editor.total) == "87.158.039"  # "12.345.678" style, not "87158039"
    assert "Bằng chữ: Tám mươi bảy triệu một trăm năm mươi tám nghìn" in flat
    assert f"Bằng chữ: {doc.amount_in_words}" in flat
    # Each line's figures: quantity, price, discount, rate and amount as the editor prints them.
    assert "125,5 215.500 2,5 8 26.369.119" in flat
    assert "Đơn vị tính: VND" in lines
    assert "Trang 1/1" in lines
    assert f"BÁO GIÁ {doc.number}" in lines  # the footer names the quote
    for label in ("Điều khoản thanh toán:", "Giao hàng trong 20 ngày", "ĐẠI DIỆN KHÁCH HÀNG"):
        assert label in text
    assert "(Ký, ghi rõ họ tên)" in text
    assert "?" not in text  # no letter replaced by a question mark


def _flat_free_wrap(text: str, description: str) -> str:
    """The stretch of ``text`` holding ``description``, with its real line breaks."""
    words = description.split()
    start = text.index(words[0])
    end = text.index(words[-1], start) + len(words[-1])
    return text[start:end]


def test_text_with_markup_characters_is_printed_as_typed(db: Database, tmp_path: Path) -> None:
    odd = 'Cáp <loại A> & phụ kiện "Đặc biệt" 50% — dòng 1\nDòng 2: \'đầu nối\' 3/4"'
    doc, _record = _document(db, (LineInput(odd, "1", "1000", "m", "0", "10"),))
    target = tmp_path / "odd.pdf"
    write_quote_pdf(doc, target)
    assert _flat(odd) in _flat(_pages(target)[0])


def test_a_60_line_quote_flows_over_pages_with_the_header_and_page_numbers_on_each(
    db: Database, tmp_path: Path
) -> None:
    doc, record = _document(db, many_lines(60))
    target = tmp_path / "long.pdf"
    count = write_quote_pdf(doc, target)
    pages = _pages(target)
    assert count == len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        lines = _lines(text)
        assert "Tên hàng hóa, dịch vụ" in text  # the header row, repeated
        assert "Thành tiền" in text
        assert f"Trang {number}/{count}" in lines
    everything = _flat("\n".join(pages))
    for line in record.lines:
        assert _flat(line.description) in everything
    assert everything.count("Tên hàng hóa, dịch vụ") == count
    # The totals and the signatures come once, after the last line.
    total = format_amount(record.totals.total, "VND", "vi")
    assert f"Tổng cộng thanh toán {total}" in _flat(pages[-1])
    assert everything.count("Tổng cộng thanh toán") == 1


def test_an_english_quote_has_english_labels_and_numbers(db: Database, tmp_path: Path) -> None:
    doc, record = _document(db, language="en")
    target = tmp_path / "en.pdf"
    write_quote_pdf(doc, target)
    (text,) = _pages(target)
    flat = _flat(text)
    assert "QUOTATION" in text
    assert "Page 1 of 1" in _lines(text)
    assert "Description" in text and "Unit price" in text
    assert f"Grand total {format_amount(record.totals.total, 'VND', 'en')}" in flat
    assert "87,158,039" in flat
    assert f"In words: {doc.amount_in_words}" in flat
    assert doc.amount_in_words.startswith("Eighty-seven million")
    assert "BÁO GIÁ" not in text and "Trang" not in text
    assert CUSTOMER in text  # names stay as typed


def test_document_metadata(db: Database, tmp_path: Path) -> None:
    doc, _record = _document(db)
    target = tmp_path / "meta.pdf"
    write_quote_pdf(doc, target)
    meta = PdfReader(target).metadata
    assert meta is not None
    assert meta.title == f"BÁO GIÁ {doc.number}"
    assert meta.author == SELLER
    assert meta.subject == f"Báo giá {doc.number} cho {CUSTOMER}"
    assert meta.creator == "Desktop CRM"


def test_only_embedded_vietnamese_capable_fonts_are_used(db: Database, tmp_path: Path) -> None:
    doc, _record = _document(db, many_lines(40))
    target = tmp_path / "fonts.pdf"
    write_quote_pdf(doc, target)
    names: set[str] = set()
    for page in PdfReader(target).pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            font = fonts[key].get_object()
            name = str(font["/BaseFont"]).split("+", 1)[-1]
            names.add(name)
            assert font["/Subtype"] == "/TrueType", name
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
    assert names == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


def test_a_usd_quote_shows_cents(db: Database, tmp_path: Path) -> None:
    lines = (
        LineInput("Tư vấn thiết kế trạm biến áp", "3", "1234.5", "giờ", "0", "10"),
        LineInput("Phần mềm giám sát năng lượng", "1", "99.99", "bộ", "0", "8"),
    )
    doc, record = _document(db, lines, language="en", currency="USD", discount="0")
    target = tmp_path / "usd.pdf"
    export_quote(doc, target)  # as the program writes it
    (text,) = _pages(target)
    flat = _flat(text)
    assert "3 1,234.50 0 10 3,703.50" in flat
    assert f"Subtotal {format_amount(record.totals.subtotal, 'USD', 'en')}" in flat
    assert "Subtotal 3,803.49" in flat
    assert "Discount" not in flat  # no quote discount, no discount row
    assert "VAT 8% 8.00" in flat and "VAT 10% 370.35" in flat
    assert "Grand total 4,181.84" in flat
    assert "Currency: USD" in flat
    assert "cents" in doc.amount_in_words.lower() and doc.amount_in_words in flat


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_the_company_logo_is_printed(db: Database, tmp_path: Path, kind: str) -> None:
    ids = seed_parties(db)
    buffer = io.BytesIO()
    Image.new("RGB", (300, 120), (31, 78, 121)).save(buffer, format=kind)
    with db.uow() as uow:
        profile = company.get_profile(uow)
        company.save_profile(uow, dataclasses.replace(profile, logo_png=buffer.getvalue()))
    record = make_quote(db, ids)
    with db.uow() as uow:
        doc = quotes.build_document(uow, record.id)
    target = tmp_path / "logo.pdf"
    write_quote_pdf(doc, target)
    page = PdfReader(target).pages[0]
    (image,) = page.images
    assert image.image is not None and image.image.size == (300, 120)
    assert SELLER in page.extract_text()


def test_a_damaged_logo_does_not_stop_the_quote(db: Database, tmp_path: Path) -> None:
    doc, _record = _document(db)
    broken = dataclasses.replace(doc, seller=dataclasses.replace(doc.seller, logo=b"not a png"))
    target = tmp_path / "broken.pdf"
    assert write_quote_pdf(broken, target) == 1
    page = PdfReader(target).pages[0]
    assert not page.images
    assert SELLER in page.extract_text()
