"""The seller's company profile: the letterhead of quotes and reports."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from desktop_crm.domain.money import currency_decimals
from desktop_crm.domain.quote_document import Seller
from desktop_crm.store import queries
from desktop_crm.store.models import CompanyProfile
from desktop_crm.store.uow import UnitOfWork

MAX_LOGO_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class CompanyProfileData:
    name: str = ""
    tax_code: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    street: str | None = None
    ward: str | None = None
    district: str | None = None
    province: str | None = None
    country: str = "VN"
    bank_account: str | None = None
    bank_name: str | None = None
    default_currency: str = "VND"
    logo_png: bytes | None = None


_FIELDS = tuple(f.name for f in fields(CompanyProfileData))


def get_profile(uow: UnitOfWork) -> CompanyProfileData:
    row = queries.company_profile(uow.session)
    if row is None:
        return CompanyProfileData()
    return CompanyProfileData(**{name: getattr(row, name) for name in _FIELDS})


def save_profile(uow: UnitOfWork, data: CompanyProfileData) -> CompanyProfileData:
    """Validate and store the profile; commits. Raises ValueError with a plain message."""
    if data.logo_png is not None and len(data.logo_png) > MAX_LOGO_BYTES:
        raise ValueError("the logo is larger than 2 MB")
    currency_decimals(data.default_currency)
    cleaned: dict[str, Any] = {
        name: (value.strip() or None) if isinstance(value, str) and name != "name" else value
        for name, value in ((n, getattr(data, n)) for n in _FIELDS)
    }
    cleaned["name"] = data.name.strip()
    cleaned["country"] = (data.country or "VN").upper()
    cleaned["default_currency"] = data.default_currency.upper()
    row = queries.company_profile(uow.session)
    if row is None:
        row = CompanyProfile()
        uow.session.add(row)
    for name, value in cleaned.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    uow.commit()
    return CompanyProfileData(**cleaned)


def seller_of(profile: CompanyProfileData) -> Seller:
    """The letterhead printed on quotes and reports."""
    return Seller(
        name=profile.name,
        address=", ".join(
            p for p in (profile.street, profile.ward, profile.district, profile.province) if p
        ),
        tax_code=profile.tax_code,
        phone=profile.phone,
        email=profile.email,
        website=profile.website,
        bank_account=profile.bank_account,
        bank_name=profile.bank_name,
        logo=profile.logo_png,
    )
