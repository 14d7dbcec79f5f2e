"""Which column of a file fills which field of a contact.

``auto_mapping`` recognises the headers of Vietnamese and English spreadsheets and of the
CSV exports of Google Contacts (current: "First Name", "E-mail 1 - Value", "Phone 1 - Value",
"Organization Name", "Labels"...; older: "Given Name", "Organization 1 - Name", "Group
Membership"...) and of Outlook ("First Name", "Company", "Job Title", "E-mail Address",
"Mobile Phone", "Business City", "Categories"...). Headers are compared folded (no case,
no diacritics, no punctuation), so "SỐ ĐIỆN THOẠI" and "so dien thoai" are the same.

Named mappings are kept as team settings (synced): the person who sets up the company's
spreadsheet layout once gives it to the whole team, and the command line finds it too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError
from desktop_crm.store import imports as store
from desktop_crm.store.uow import UnitOfWork

IGNORE = ""
# Fields a column can fill, with their labels (translated in the "import" context).
FIELDS: tuple[tuple[str, str], ...] = (
    (IGNORE, QT_TRANSLATE_NOOP("import", "(do not import)")),
    ("full_name", QT_TRANSLATE_NOOP("import", "Full name")),
    ("family_name", QT_TRANSLATE_NOOP("import", "Family name")),
    ("middle_name", QT_TRANSLATE_NOOP("import", "Middle name")),
    ("given_name", QT_TRANSLATE_NOOP("import", "Given name")),
    ("phone", QT_TRANSLATE_NOOP("import", "Phone")),
    ("email", QT_TRANSLATE_NOOP("import", "E-mail")),
    ("company", QT_TRANSLATE_NOOP("import", "Company")),
    ("tax_code", QT_TRANSLATE_NOOP("import", "Company tax code")),
    ("title", QT_TRANSLATE_NOOP("import", "Job title")),
    ("street", QT_TRANSLATE_NOOP("import", "Street address")),
    ("ward", QT_TRANSLATE_NOOP("import", "Ward / commune")),
    ("district", QT_TRANSLATE_NOOP("import", "District")),
    ("city", QT_TRANSLATE_NOOP("import", "City")),
    ("province", QT_TRANSLATE_NOOP("import", "Province / city")),
    ("country", QT_TRANSLATE_NOOP("import", "Country")),
    ("birthday", QT_TRANSLATE_NOOP("import", "Birthday")),
    ("lifecycle_stage", QT_TRANSLATE_NOOP("import", "Lifecycle stage")),
    ("source", QT_TRANSLATE_NOOP("import", "Source")),
    ("tags", QT_TRANSLATE_NOOP("import", "Tags")),
    ("notes", QT_TRANSLATE_NOOP("import", "Notes")),
)
FIELD_KEYS = frozenset(key for key, _ in FIELDS)
# Fields several columns may fill: all their values are kept.
MULTI_FIELDS = frozenset({"phone", "email", "tags", "notes", "street"})

_ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": (
        "ho ten",
        "ho va ten",
        "ho & ten",
        "ten day du",
        "ten khach hang",
        "khach hang",
        "ten lien he",
        "nguoi lien he",
        "full name",
        "name",
        "contact name",
        "contact",
        "display name",
        "fn",
    ),
    "family_name": (
        "ho",
        "ho va ten dem",
        "ho dem",
        "last name",
        "family name",
        "surname",
        "last",
    ),
    "middle_name": ("ten dem", "ten lot", "middle name", "additional name", "middle"),
    "given_name": ("ten", "first name", "given name", "first", "ten goi"),
    "phone": (
        "so dien thoai",
        "dien thoai",
        "sdt",
        "so dt",
        "dt",
        "di dong",
        "dien thoai di dong",
        "so di dong",
        "dien thoai ban",
        "dien thoai co quan",
        "zalo",
        "phone",
        "phones",
        "phone number",
        "telephone",
        "tel",
        "mobile",
        "mobile phone",
        "cell",
        "cell phone",
        "work phone",
        "home phone",
        "business phone",
        "business phone 2",
        "home phone 2",
        "other phone",
        "primary phone",
        "company main phone",
        "car phone",
    ),
    "email": (
        "email",
        "e mail",
        "emails",
        "e mails",
        "thu dien tu",
        "dia chi email",
        "email address",
        "e mail address",
        "e mail 2 address",
        "e mail 3 address",
        "mail",
    ),
    "company": (
        "cong ty",
        "ten cong ty",
        "doanh nghiep",
        "ten doanh nghiep",
        "don vi",
        "to chuc",
        "co quan",
        "company",
        "company name",
        "organization",
        "organisation",
        "organization name",
        "organization 1 name",
        "account",
        "account name",
        "org",
    ),
    "tax_code": ("ma so thue", "mst", "ma so doanh nghiep", "tax code", "tax id", "vat number"),
    "title": (
        "chuc vu",
        "chuc danh",
        "vi tri",
        "job title",
        "title",
        "position",
        "role",
        "organization title",
        "organization 1 title",
    ),
    "street": (
        "dia chi",
        "so nha",
        "duong",
        "address",
        "street",
        "street address",
        "address 1 street",
        "address 1 formatted",
        "address 1 extended address",
        "business street",
        "business street 2",
        "business street 3",
        "home street",
        "adr",
    ),
    "ward": ("phuong xa", "phuong", "xa", "phuong/xa", "ward", "commune"),
    "district": ("quan huyen", "quan", "huyen", "district", "county"),
    "city": ("city", "address 1 city", "business city", "home city", "town", "thanh pho"),
    "province": (
        "tinh thanh pho",
        "tinh thanh",
        "tinh",
        "tinh tp",
        "province",
        "state",
        "region",
        "province city",
        "address 1 region",
        "business state",
        "home state",
    ),
    "country": (
        "quoc gia",
        "country",
        "address 1 country",
        "business country region",
        "home country region",
        "country region",
    ),
    "birthday": ("ngay sinh", "sinh nhat", "birthday", "date of birth", "dob", "birth date"),
    "lifecycle_stage": ("giai doan", "lifecycle stage", "stage", "vong doi"),
    "source": ("nguon", "nguon khach", "source", "lead source"),
    "tags": (
        "nhan",
        "the",
        "nhom",
        "phan loai",
        "tags",
        "labels",
        "categories",
        "group membership",
        "groups",
        "group",
    ),
    "notes": ("ghi chu", "note", "notes", "comments", "comment", "description", "mo ta"),
}
_BY_HEADER = {alias: field for field, aliases in _ALIASES.items() for alias in aliases}
# Numbered columns of Google's export: "Phone 2 - Value", "E-mail 3 - Value", ...
_NUMBERED = (
    (re.compile(r"^(?:phone|dien thoai) \d+ value$"), "phone"),
    (re.compile(r"^e mail \d+ value$"), "email"),
    (re.compile(r"^email \d+ value$"), "email"),
    (re.compile(r"^e mail \d+ address$"), "email"),
)


def normalize_header(header: object) -> str:
    """Folded header: lower case, no diacritics, punctuation as single spaces."""
    text = fold(str(header or ""))
    return " ".join(re.sub(r"[^0-9a-z&]+", " ", text).split())


def field_for_header(header: object) -> str:
    """The field a header fills, or ``IGNORE`` when it is not recognised."""
    key = normalize_header(header)
    if key in _BY_HEADER:
        return _BY_HEADER[key]
    compact = key.replace(" ", "")
    for alias, field in _BY_HEADER.items():
        if alias.replace(" ", "") == compact and len(compact) > 3:
            return field
    for pattern, field in _NUMBERED:
        if pattern.match(key):
            return field
    return IGNORE


@dataclass(frozen=True)
class Mapping:
    """``fields[i]`` is the field filled by column ``i`` (``IGNORE``: not imported)."""

    fields: tuple[str, ...]
    day_first: bool = True

    def columns_of(self, field: str) -> tuple[int, ...]:
        return tuple(i for i, f in enumerate(self.fields) if f == field)

    def with_field(self, column: int, field: str) -> Mapping:
        if field not in FIELD_KEYS:
            raise ValueError(f"unknown field {field!r}")
        fields = list(self.fields)
        fields[column] = field
        return Mapping(tuple(fields), self.day_first)


def auto_mapping(headers: Sequence[object]) -> Mapping:
    """The mapping guessed from ``headers``."""
    keys = [normalize_header(h) for h in headers]
    fields = [field_for_header(h) for h in headers]
    present = set(fields)
    for i, key in enumerate(keys):
        # Outlook's "Title" is the salutation (Mr., Bà) when "Job Title" is there too.
        if key == "title" and "job title" in keys:
            fields[i] = IGNORE
        # Google's formatted address repeats the street, city and country columns.
        if key.endswith("formatted") and any(k.endswith(" street") for k in keys):
            fields[i] = IGNORE
        # "Tên" alone is the whole name; beside "Họ" it is the given name.
        if key in ("ten", "first name", "given name", "first") and not (
            present & {"family_name", "middle_name"}
        ):
            fields[i] = "full_name" if key == "ten" else "given_name"
    # A single-field column recognised twice keeps its first column only.
    seen: set[str] = set()
    for i, field in enumerate(fields):
        if field and field not in MULTI_FIELDS:
            if field in seen:
                fields[i] = IGNORE
            seen.add(field)
    return Mapping(tuple(fields))


def header_score(row: Sequence[object]) -> int:
    """How many cells of ``row`` are recognised headers (to find the header row)."""
    return sum(1 for cell in row if isinstance(cell, str) and field_for_header(cell) != IGNORE)


# --- saved mappings ------------------------------------------------------------------------

_KEY_PREFIX = "import_mapping:"


class UnknownMappingError(UserError):
    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "There is no saved column mapping named '{name}'."),
            name=name,
        )


def save_mapping(uow: UnitOfWork, name: str, headers: Sequence[object], mapping: Mapping) -> None:
    """Keep ``mapping`` under ``name`` for files with these headers (and similar ones); commits."""
    clean = " ".join(name.split())
    if not clean:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A name is required."))
    columns = {
        normalize_header(h): f for h, f in zip(headers, mapping.fields, strict=True) if str(h)
    }
    value = {"columns": columns, "day_first": mapping.day_first}
    store.put_team_setting(uow.session, _KEY_PREFIX + clean, json.dumps(value, ensure_ascii=False))
    uow.commit()


def mapping_names(uow: UnitOfWork) -> list[str]:
    return [key[len(_KEY_PREFIX) :] for key in store.team_setting_keys(uow.session, _KEY_PREFIX)]


def delete_mapping(uow: UnitOfWork, name: str) -> None:
    store.delete_team_setting(uow.session, _KEY_PREFIX + name)
    uow.commit()


def load_mapping(uow: UnitOfWork, name: str, headers: Sequence[object]) -> Mapping:
    """The saved mapping ``name`` applied to ``headers``; columns it does not know are
    mapped automatically. Raises ``UnknownMappingError``."""
    raw = store.team_setting(uow.session, _KEY_PREFIX + name)
    if raw is None:
        raise UnknownMappingError(name)
    saved = json.loads(raw)
    columns: dict[str, str] = saved.get("columns", {})
    guessed = auto_mapping(headers)
    fields = tuple(
        columns[key]
        if (key := normalize_header(h)) in columns and columns[key] in FIELD_KEYS
        else auto
        for h, auto in zip(headers, guessed.fields, strict=True)
    )
    return Mapping(fields, bool(saved.get("day_first", True)))
