"""One data row of an import file -> a validated ``ContactInput`` or the reasons it is none.

Values go through the same rules as typed data (``domain.contact_rules``): phones in E.164
with Vietnam as default region, e-mails checked, tax codes with their check digit. Cells that
hold several values ("0903 123 456 / 0912 345 678", Google's "a ::: b") are split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale

from desktop_crm.domain.contact_rules import (
    FieldError,
    normalize_email,
    normalize_phone,
    normalize_tax_code,
    split_full_name,
)
from desktop_crm.domain.enums import LifecycleStage
from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services.contacts import Address, ContactInput, Labeled
from desktop_crm.services.importing.dates import DateProblem, parse_date
from desktop_crm.services.importing.mapping import Mapping, normalize_header
from desktop_crm.services.importing.problems import (
    EMPTY_ROW,
    NO_NAME,
    TOO_MANY_VALUES,
    Problem,
)
from desktop_crm.services.importing.readers import Cell, cell_text

UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP("errors", "'{value}' is not a known country.")
BAD_STAGE = QT_TRANSLATE_NOOP(
    "errors", "'{value}' is not a lifecycle stage (lead, prospect, customer, former)."
)

_SPLIT_PHONES = re.compile(r"\s*(?::::|[;,/\n|])\s*")
_SPLIT_EMAILS = re.compile(r"\s*(?::::|[;,\s])\s*")
_SPLIT_TAGS = re.compile(r"\s*(?::::|[;,\n])\s*")
# How Outlook and old programs write "no date".
_NO_DATE = frozenset({"0/0/00", "0/0/0000", "00/00/0000", "00/00/00", "0000-00-00", "1/1/0001"})
_STAGES = {
    **{s.value: s.value for s in LifecycleStage},
    "tiem nang": LifecycleStage.LEAD.value,
    "khach tiem nang": LifecycleStage.LEAD.value,
    "co hoi": LifecycleStage.PROSPECT.value,
    "khach hang": LifecycleStage.CUSTOMER.value,
    "khach cu": LifecycleStage.FORMER.value,
}


@dataclass(frozen=True)
class ParsedRow:
    """One data row: ``status`` is "ok", "problem" or "empty" (reported, never imported)."""

    row: int
    cells: tuple[str, ...]
    status: str
    problems: tuple[Problem, ...] = ()
    contact: ContactInput | None = None
    company: str | None = None
    tax_code: str | None = None


def _countries() -> dict[str, str]:
    names: dict[str, str] = {"viet nam": "VN", "vietnam": "VN", "vn": "VN"}
    for language in ("en", "vi"):
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(fold(name), code)
    return names


_COUNTRY_NAMES: dict[str, str] | None = None


def country_code(text: str) -> str | None:
    global _COUNTRY_NAMES
    if _COUNTRY_NAMES is None:
        _COUNTRY_NAMES = _countries()
    key = fold(text)
    if len(key) == 2 and key.isalpha() and key.upper() in _COUNTRY_NAMES.values():
        return key.upper()
    return _COUNTRY_NAMES.get(key)


def _label(header: str) -> str | None:
    key = normalize_header(header)
    for words, label in (
        (("mobile", "cell", "di dong", "zalo"), "mobile"),
        (("business", "work", "co quan", "cong ty", "van phong"), "work"),
        (("home", "nha", "rieng"), "home"),
    ):
        if any(w in key for w in words):
            return label
    return None


def _vietnamese_order(family: str) -> bool:
    """Whether ``family`` starts with a Vietnamese family name (then written first)."""
    words = family.split()
    if not words:
        return False
    first, _middle, _given = split_full_name(" ".join([*words, "x"]))
    return first == words[0]


def compose_name(family: str, middle: str, given: str) -> str:
    """A full name from its parts, in Vietnamese order for a Vietnamese family name."""
    parts = [family, middle, given] if _vietnamese_order(family) else [given, middle, family]
    return " ".join(" ".join(p for p in parts if p).split())


def _tax_code_text(cell: Cell) -> str:
    """Excel drops the leading 0 of "0100101072" when the column holds numbers."""
    text = cell_text(cell)
    if isinstance(cell, int | float) and text.isdigit():
        return text.zfill(10) if len(text) <= 10 else text.zfill(12)
    return text


def parse_row(
    number: int, cells: tuple[Cell, ...], headers: tuple[str, ...], mapping: Mapping
) -> ParsedRow:
    """Validate one row; never raises for bad data (the problems say what is wrong)."""
    texts = tuple(cell_text(c) for c in cells)
    if not any(texts):
        return ParsedRow(number, texts, "empty", (Problem.of("row", EMPTY_ROW),))
    problems: list[Problem] = []
    width = len(headers)
    used = max((i + 1 for i, t in enumerate(texts) if t), default=0)
    if used > width:
        problems.append(Problem.of("row", TOO_MANY_VALUES, count=used, columns=width))

    values: dict[str, list[tuple[int, str]]] = {}
    for index, field in enumerate(mapping.fields):
        if field and index < len(texts) and texts[index]:
            values.setdefault(field, []).append((index, texts[index]))

    def first(field: str) -> str:
        found = values.get(field)
        return found[0][1] if found else ""

    family, middle, given = first("family_name"), first("middle_name"), first("given_name")
    full_name = " ".join(first("full_name").split())
    parts: tuple[str | None, str | None, str | None] = (None, None, None)
    if not full_name and (family or middle or given):
        full_name = compose_name(family, middle, given)
        parts = (family or None, middle or None, given or None)
    if not full_name:
        problems.append(Problem.of("full_name", NO_NAME))

    phones: list[Labeled] = []
    for index, text in values.get("phone", []):
        for piece in _SPLIT_PHONES.split(text):
            if piece:
                try:
                    phones.append(Labeled(normalize_phone(piece), _label(headers[index])))
                except FieldError as exc:
                    problems.append(Problem.from_error("phone", exc))
    emails: list[Labeled] = []
    for _index, text in values.get("email", []):
        for piece in _SPLIT_EMAILS.split(text):
            if piece:
                try:
                    emails.append(Labeled(normalize_email(piece)))
                except FieldError as exc:
                    problems.append(Problem.from_error("email", exc))

    tax_code: str | None = None
    if tax_columns := values.get("tax_code"):
        raw_tax = _tax_code_text(cells[tax_columns[0][0]])
        try:
            tax_code = normalize_tax_code(raw_tax)
        except FieldError as exc:
            problems.append(Problem.from_error("tax_code", exc))

    birthday = None
    birthday_columns = values.get("birthday")
    if birthday_columns and birthday_columns[0][1] in _NO_DATE:
        birthday_columns = None
    if birthday_columns:
        try:
            birthday = parse_date(cells[birthday_columns[0][0]], mapping.day_first)
        except DateProblem as exc:
            problems.append(Problem.of("birthday", exc.template, value=exc.value))

    stage = LifecycleStage.LEAD.value
    if raw_stage := first("lifecycle_stage"):
        if fold(raw_stage) in _STAGES:
            stage = _STAGES[fold(raw_stage)]
        else:
            problems.append(Problem.of("lifecycle_stage", BAD_STAGE, value=raw_stage))

    country = "VN"
    if raw_country := first("country"):
        code = country_code(raw_country)
        if code is None:
            problems.append(Problem.of("country", UNKNOWN_COUNTRY, value=raw_country))
        else:
            country = code

    tags: list[str] = []
    for _index, text in values.get("tags", []):
        for tag in _SPLIT_TAGS.split(text):
            # Google's system groups ("* myContacts", "* starred") are not the user's tags.
            if tag and not tag.startswith("* ") and tag not in tags:
                tags.append(tag)

    province, district, street = (
        first("province"),
        first("district"),
        ", ".join(t for _i, t in values.get("street", [])),
    )
    if city := first("city"):
        if not province:
            province = city
        elif not district and fold(city) != fold(province):
            district = city
    if problems:
        return ParsedRow(number, texts, "problem", tuple(problems))
    contact = ContactInput(
        full_name=full_name,
        family_name=parts[0],
        middle_name=parts[1],
        given_name=parts[2],
        title=first("title") or None,
        phones=tuple(phones),
        emails=tuple(emails),
        birthday=birthday,
        source=first("source") or None,
        lifecycle_stage=stage,
        tags=tuple(tags),
        notes="\n".join(t for _i, t in values.get("notes", [])) or None,
        address=Address(
            street=street or None,
            ward=first("ward") or None,
            district=district or None,
            province=province or None,
            country=country,
        ),
    )
    company = " ".join(first("company").split()) or None
    return ParsedRow(number, texts, "ok", (), contact, company, tax_code)
