"""vCard files (.vcf) 2.1, 3.0 and 4.0 as a table with one row per card.

Phones and Android's address books still write vCard 2.1 with ``CHARSET=UTF-8;ENCODING=
QUOTED-PRINTABLE`` for every Vietnamese name, with soft line breaks ("=" at the end of a line);
3.0 and 4.0 fold long lines with a leading space and escape ``,;\\`` with a backslash.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator

from desktop_crm.services.importing.encoding import decode, detect_encoding

# The table a vCard file becomes; the headers are recognised by ``mapping.auto_mapping``.
HEADERS = (
    "Full name",
    "Family name",
    "Middle name",
    "Given name",
    "Phones",
    "E-mails",
    "Company",
    "Job title",
    "Street",
    "City",
    "Province",
    "Country",
    "Birthday",
    "Notes",
    "Tags",
)
MULTI_SEPARATOR = " ::: "  # as in Google's CSV; split again by the importer


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, unfolded line) pairs."""
    current: str | None = None
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
            continue
        if current is not None and _is_qp(current) and current.endswith("="):
            current = current[:-1] + line.lstrip()
            continue
        if current is not None:
            yield start, current
        current, start = line, number
    if current is not None:
        yield start, current


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _split_unescaped(value: str, separator: str) -> list[str]:
    parts = re.split(r"(?<!\\)" + re.escape(separator), value)
    return parts


def _unescape(value: str) -> str:
    return re.sub(
        r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value, flags=re.DOTALL
    )


def _property(line: str) -> tuple[str, dict[str, str], str] | None:
    """(NAME, params, decoded value) of one content line; None for a line without ':'."""
    head, colon, value = line.partition(":")
    if not colon:
        return None
    name, *raw_params = head.split(";")
    name = name.rsplit(".", 1)[-1].strip().upper()  # "item1.TEL" -> "TEL"
    params: dict[str, str] = {}
    for param in raw_params:
        key, equals, param_value = param.partition("=")
        if equals:
            params[key.strip().upper()] = param_value.strip().strip('"')
        else:  # vCard 2.1 bare "CELL", "QUOTED-PRINTABLE"
            bare = key.strip().upper()
            if bare in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"):
                params["ENCODING"] = bare
            else:
                params["TYPE"] = (params.get("TYPE", "") + "," + bare).strip(",")
    if params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE":
        charset = params.get("CHARSET", "utf-8")
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
        try:
            value = raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            value = raw.decode("utf-8", errors="replace")
    return name, params, value


def read_vcards(
    data: bytes, encoding: str | None = None
) -> tuple[str, list[tuple[int, list[str]]]]:
    """The encoding used and (line number of BEGIN, row in ``HEADERS`` order) per card."""
    encoding = encoding or detect_encoding(data)
    text, _damaged = decode(data, encoding)
    cards: list[tuple[int, list[str]]] = []
    card: dict[str, list[str]] | None = None
    start = 0
    for number, line in _logical_lines(text):
        parsed = _property(line)
        if parsed is None:
            continue
        name, _params, value = parsed
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card, start = {}, number
            continue
        if name == "END" and value.strip().upper() == "VCARD":
            if card is not None:
                cards.append((start, _row(card)))
            card = None
            continue
        if card is not None:
            card.setdefault(name, []).append(value)
    return encoding, cards


def _row(card: dict[str, list[str]]) -> list[str]:
    def first(name: str) -> str:
        values = card.get(name) or [""]
        return _unescape(values[0]).strip()

    def every(name: str) -> str:
        return MULTI_SEPARATOR.join(
            v for v in (_unescape(x).strip() for x in card.get(name, [])) if v
        )

    family = given = middle = ""
    if card.get("N"):
        parts = [_unescape(p).strip() for p in _split_unescaped(card["N"][0], ";")]
        parts += [""] * (5 - len(parts))
        family, given, middle = parts[0], parts[1], parts[2]
    company = ""
    if card.get("ORG"):
        company = _unescape(_split_unescaped(card["ORG"][0], ";")[0]).strip()
    street = city = region = country = ""
    if card.get("ADR"):
        parts = [_unescape(p).strip() for p in _split_unescaped(card["ADR"][0], ";")]
        parts += [""] * (7 - len(parts))
        street = ", ".join(p for p in (parts[2], parts[1]) if p)
        city, region, country = parts[3], parts[4], parts[6]
    categories = MULTI_SEPARATOR.join(
        _unescape(c).strip()
        for value in card.get("CATEGORIES", [])
        for c in _split_unescaped(value, ",")
        if c.strip()
    )
    return [
        first("FN"),
        family,
        middle,
        given,
        every("TEL"),
        every("EMAIL"),
        company,
        first("TITLE"),
        street,
        city,
        region,
        country,
        first("BDAY"),
        every("NOTE"),
        categories,
    ]
