"""A quote as a document: everything the PDF and the Excel file print, already computed.

The quote service builds it from the database (``services.quotes.build_document``); the
exporters only lay it out, so the PDF, the workbook and the editor can never disagree on a
figure. Amounts are exact Decimals, already rounded by ``domain.quote_math``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop_crm.domain.quote_math import QuoteTotals


@dataclass(frozen=True, slots=True)
class Seller:
    """The letterhead: the company profile from Settings."""

    name: str
    address: str = ""
    tax_code: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    bank_account: str | None = None
    bank_name: str | None = None
    logo: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True, slots=True)
class Customer:
    """Who the quote is for: the account (company) and/or the person."""

    name: str  # the account's name, else the contact's full name
    contact_name: str | None = None  # the person, when the customer is a company
    address: str = ""
    tax_code: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentLine:
    position: int  # 1-based, as printed
    code: str | None  # the product's SKU; None for free text
    description: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    vat_rate: Decimal
    net: Decimal  # after the line discount (the "Amount" column)
    taxable: Decimal  # after the quote discount too
    vat: Decimal


@dataclass(frozen=True, slots=True)
class QuoteDocument:
    language: str  # "vi" or "en": the labels, number and date formats, amount in words
    number: str
    version: int
    status: str
    issue_date: dt.date
    valid_until: dt.date | None
    currency: str
    seller: Seller
    customer: Customer
    lines: tuple[DocumentLine, ...]
    discount_percent: Decimal  # the whole quote's discount
    totals: QuoteTotals
    amount_in_words: str  # the grand total, capitalised, without the "In words:" label
    deal_title: str | None = None
    salesperson: str | None = None
    payment_terms: str | None = None
    delivery_terms: str | None = None
    notes: str | None = None

    @property
    def display_number(self) -> str:
        """The number as printed: "BG-2026-0007-3f2a" or, from version 2, "… (v2)"."""
        return self.number if self.version == 1 else f"{self.number} (v{self.version})"
