"""The words and number formats of a quote document, in the quote's own language.

A quote is printed in the language chosen for it (a Vietnamese salesperson may send an English
quote), which need not be the window's language; so these labels are a table here rather than
Qt translations, and numbers and dates are formatted by babel for that language.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency, format_decimal

from desktop_crm.domain.money import currency_decimals

QUOTE_LANGUAGES = ("vi", "en")
_LOCALES = {"vi": "vi_VN", "en": "en_US"}

LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "BÁO GIÁ",
        "number": "Số",
        "version": "Phiên bản",
        "issue_date": "Ngày",
        "valid_until": "Hiệu lực đến",
        "customer": "Kính gửi",
        "attention": "Người nhận",
        "address": "Địa chỉ",
        "tax_code": "Mã số thuế",
        "phone": "Điện thoại",
        "email": "E-mail",
        "website": "Website",
        "bank": "Tài khoản",
        "salesperson": "Người báo giá",
        "deal": "Về việc",
        "intro": "Chúng tôi trân trọng gửi đến Quý khách bảng báo giá như sau:",
        "col_no": "STT",
        "col_code": "Mã hàng",
        "col_description": "Tên hàng hóa, dịch vụ",
        "col_unit": "ĐVT",
        "col_quantity": "Số lượng",
        "col_unit_price": "Đơn giá",
        "col_discount": "CK (%)",
        "col_amount": "Thành tiền",
        "col_vat_rate": "Thuế GTGT (%)",
        "col_vat": "Tiền thuế",
        "subtotal": "Cộng tiền hàng",
        "discount": "Chiết khấu {percent}",
        "taxable": "Tổng trước thuế",
        "vat_at": "Thuế GTGT {rate}",
        "tax_total": "Tổng tiền thuế GTGT",
        "total": "Tổng cộng thanh toán",
        "in_words": "Bằng chữ",
        "currency_note": "Đơn vị tính: {currency}",
        "payment_terms": "Điều khoản thanh toán",
        "delivery_terms": "Điều khoản giao hàng",
        "notes": "Ghi chú",
        "customer_sign": "ĐẠI DIỆN KHÁCH HÀNG",
        "seller_sign": "ĐẠI DIỆN BÊN BÁO GIÁ",
        "sign_hint": "(Ký, ghi rõ họ tên)",
        "page": "Trang {page}/{pages}",
        "subject": "Báo giá {number} cho {customer}",
        "sheet": "Báo giá",
    },
    "en": {
        "title": "QUOTATION",
        "number": "No.",
        "version": "Version",
        "issue_date": "Date",
        "valid_until": "Valid until",
        "customer": "To",
        "attention": "Attention",
        "address": "Address",
        "tax_code": "Tax code",
        "phone": "Phone",
        "email": "E-mail",
        "website": "Website",
        "bank": "Bank account",
        "salesperson": "Prepared by",
        "deal": "Subject",
        "intro": "We are pleased to quote as follows:",
        "col_no": "No.",
        "col_code": "Code",
        "col_description": "Description",
        "col_unit": "Unit",
        "col_quantity": "Qty",
        "col_unit_price": "Unit price",
        "col_discount": "Disc. (%)",
        "col_amount": "Amount",
        "col_vat_rate": "VAT (%)",
        "col_vat": "VAT",
        "subtotal": "Subtotal",
        "discount": "Discount {percent}",
        "taxable": "Total before VAT",
        "vat_at": "VAT {rate}",
        "tax_total": "Total VAT",
        "total": "Grand total",
        "in_words": "In words",
        "currency_note": "Currency: {currency}",
        "payment_terms": "Payment terms",
        "delivery_terms": "Delivery terms",
        "notes": "Notes",
        "customer_sign": "FOR THE CUSTOMER",
        "seller_sign": "FOR THE SELLER",
        "sign_hint": "(Signature and full name)",
        "page": "Page {page} of {pages}",
        "subject": "Quotation {number} for {customer}",
        "sheet": "Quotation",
    },
}


def labels(language: str) -> dict[str, str]:
    if language not in LABELS:
        raise ValueError(f"unknown quote language {language!r}; use one of {QUOTE_LANGUAGES}")
    return LABELS[language]


def format_amount(value: Decimal, currency: str, language: str) -> str:
    """An amount with the currency's decimals and no symbol: vi "12.345.000", en "1,234.50"."""
    decimals = currency_decimals(currency)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale=_LOCALES[language]))


def format_money(value: Decimal, currency: str, language: str) -> str:
    """An amount with its currency: vi "12.345.000 ₫", en "$1,234.50"."""
    return str(format_currency(value, currency, locale=_LOCALES[language], currency_digits=True))


def format_quantity(value: Decimal, language: str) -> str:
    """A quantity without trailing zeros: vi "1,5", en "1.5", "12"."""
    return str(format_decimal(value.normalize(), format="#,##0.####", locale=_LOCALES[language]))


def format_percent(value: Decimal, language: str) -> str:
    """A rate as printed: "10%", vi "2,5%"."""
    return format_quantity(value, language) + "%"


def format_date(value: dt.date, language: str) -> str:
    """vi "23/11/2026", en "23 Nov 2026" (day first: no US/UK confusion on paper)."""
    pattern = "dd/MM/yyyy" if language == "vi" else "d MMM yyyy"
    return str(babel_format_date(value, format=pattern, locale=_LOCALES[language]))
