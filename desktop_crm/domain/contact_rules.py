"""Rules for the identity data of people and companies: phones, e-mails, tax codes, names.

Each ``normalize_*`` returns the one canonical form the database stores, so that every way of
writing the same number or address finds the same record, or raises ``FieldError`` saying
what is wrong with which field.
"""

from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from desktop_crm.domain.tax_code import tax_code_check_digit
from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError

DEFAULT_REGION = "VN"


class FieldError(UserError):
    """One field's value is not acceptable; ``field`` names it for the form to highlight."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


def normalize_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    """E.164 form of a phone number: '0903 123 456' and '84903123456' -> '+84903123456'."""
    text = raw.strip()
    digits = re.sub(r"\D", "", text)
    # "84903123456" without a plus is how spreadsheets and phones often keep it.
    if not text.startswith(("+", "0")) and digits.startswith("84") and len(digits) >= 11:
        text = "+" + digits
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise FieldError(
            "phone",
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid phone number"),
            value=raw,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_display(e164: str) -> str:
    """How a stored number is shown: national form for Vietnam, international otherwise."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == DEFAULT_REGION
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def phone_search_forms(e164: str) -> tuple[str, ...]:
    """Digit strings a person may type for this number: '+84903…' -> ('84903…', '0903…')."""
    digits = e164.lstrip("+")
    forms = [digits]
    try:
        number = phonenumbers.parse(e164, None)
        national = str(number.national_number)
        forms.append("0" + national if number.country_code == 84 else national)
    except phonenumbers.NumberParseException:
        pass
    return tuple(forms)


def normalize_email(raw: str) -> str:
    """A syntactically valid address, domain lower-cased (no network look-up)."""
    try:
        result = validate_email(raw.strip(), check_deliverability=False)
    except EmailNotValidError:
        raise FieldError(
            "email",
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid e-mail address"),
            value=raw,
        ) from None
    local, _, domain = result.normalized.rpartition("@")
    return f"{local}@{domain.lower()}"


_TAX_CODE = re.compile(r"^(\d{10})(?:-(\d{3}))?$|^(\d{12})$")


def normalize_tax_code(raw: str) -> str:
    """A Vietnamese tax code: 10 digits with a valid check digit, optionally '-NNN' for a
    branch, or the 12-digit personal identification number used as a personal tax code."""
    text = re.sub(r"[\s.]", "", raw)
    match = _TAX_CODE.match(text)
    if match and match.group(1):
        if tax_code_check_digit(match.group(1)[:9]) == int(match.group(1)[9]):
            return text
    elif match:
        return text
    raise FieldError(
        "tax_code",
        QT_TRANSLATE_NOOP(
            "errors",
            "'{value}' is not a valid tax code (10 digits, optionally -001 for a branch, "
            "or a 12-digit personal number)",
        ),
        value=raw,
    )


# The commonest Vietnamese family names: a name starting with one is in Vietnamese order.
_VI_FAMILY_NAMES = frozenset(
    fold(n)
    for n in (
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đào",
        "Đinh",
        "Mai",
        "Trịnh",
        "Lâm",
        "Cao",
        "Lưu",
        "Tạ",
        "Tô",
        "Hà",
        "Quách",
        "Thái",
        "Trương",
        "Chu",
        "Châu",
        "La",
        "Lương",
        "Tôn",
        "Văn",
        "Kiều",
        "Đoàn",
        "Vương",
        "Triệu",
        "Khổng",
        "Mạc",
        "Từ",
        "Hứa",
        "Kim",
        "Phùng",
        "Đàm",
        "Thân",
        "Giang",
        "Tăng",
        "Lục",
        "Doãn",
    )
)


def split_full_name(full_name: str) -> tuple[str | None, str | None, str | None]:
    """(family, middle, given) of a name. Vietnamese names put the family name first
    ('Nguyễn Thị Ánh Dương' -> Nguyễn / Thị Ánh / Dương); others put it last."""
    parts = full_name.split()
    if not parts:
        return None, None, None
    if len(parts) == 1:
        return None, None, parts[0]
    if fold(parts[0]) in _VI_FAMILY_NAMES:
        middle = " ".join(parts[1:-1]) or None
        return parts[0], middle, parts[-1]
    middle = " ".join(parts[1:-1]) or None
    return parts[-1], middle, parts[0]
