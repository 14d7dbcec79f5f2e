"""Find contacts, accounts, deals and quotes the way a field sales person types.

Every record has one document in the local index (``store.search_index``): its folded main
name (``name_key``) and a folded text of everything it is found by. A contact's text holds its
name, company, title, province, e-mails and each phone's digits ("84903123456"; a query typed
in national form, "0903 123", is looked up in both forms); an account's its name, tax code (as
written and digits only), province, e-mails and phones; a deal's its title and customer
(company, else person); a quote's its number and customer.
Folding (``domain.text.fold``) strips diacritics including Đ/đ, which SQLite's own folding keeps.

How a query is answered (``search``), best first:

1. exact name, then name prefix, through the ``name_key`` index — cheap even for one letter;
2. for 3 characters and more, the trigram index: the typed words (a word shorter than 3
   characters is kept together with its neighbour, since a trigram index cannot look it up
   alone) must all occur in the text; ranked word prefix of the name, then the text holding
   the query as typed, then the words anywhere. A query of digits and phone punctuation
   ("+84 903 123 456", "0903.123") is looked up as its digits.

Ties go by kind (contact, account, deal, quote), then name. The query reaches FTS5 only as
quoted strings, so quotes, ``*``, ``NEAR`` or ``-`` in it are just characters.

The index is kept up to date by ``update_index``, which every write of these records calls in
its own transaction, and built whole by ``rebuild_index`` (demo data, a database from before the
index existed). All functions run on the thread that owns the unit of work.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from desktop_crm.domain.contact_rules import phone_display, phone_search_forms
from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError
from desktop_crm.store import search_index
from desktop_crm.store.database import Database
from desktop_crm.store.uow import UnitOfWork

KINDS: tuple[str, ...] = search_index.KINDS
DEFAULT_LIMIT = 20
# The trigram look-up ranks at most this many matches of a query (the first indexed: in kind,
# then name order after a rebuild). More would only be needed to order thousands of equally
# weak matches, and would cost tens of milliseconds per keystroke on a large database.
MAX_CANDIDATES = 2_000
_SCORES = (1.0, 0.8, 0.6, 0.4, 0.2)  # by match class: exact, prefix, word prefix, text, words
_SEPARATOR = "\n"  # between fields: a typed query never holds it, so no match spans two fields
_PHONE_LIKE = re.compile(r"[\d\s+\-.()/]+")
_NON_DIGITS = re.compile(r"\D")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

ProgressCallback = Callable[[str, int, int], None]
CancelCallback = Callable[[], bool]


@dataclass(frozen=True)
class SearchHit:
    """One found record. ``subtitle`` is company, phone, e-mail or customer, as fits the kind;
    deals and quotes carry their amount for the caller to format; quotes their version."""

    kind: str  # contact | account | deal | quote
    id: str
    title: str
    subtitle: str
    score: float  # 1.0 exact name ... 0.2 the words somewhere in the record
    amount: Decimal | None = None
    currency: str | None = None
    version: int | None = None


@dataclass(frozen=True)
class ContactHit:
    """A found contact with what a script needs to reach the person."""

    id: str
    name: str
    account: str | None
    title: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class IndexSummary:
    documents: int
    seconds: float


@dataclass(frozen=True)
class ParsedQuery:
    key: str  # the folded query: compared with names
    match: str | None  # FTS5 expression, None when the query is too short for trigrams
    # Ranks a text match that holds it above one that holds the words apart ("" for phone
    # numbers: their digits are matched in two forms, every match is as good).
    text_key: str = ""


class IndexCancelledError(UserError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "Building the search index was cancelled; the previous index was kept."
            )
        )


# --- documents -------------------------------------------------------------------------------


def _fold_table() -> tuple[dict[int, str], frozenset[str]]:
    """A ``str.translate`` table that does what ``fold`` does to Latin letters with diacritics,
    combining marks, punctuation and spaces, character by character; and the characters it
    (with ASCII) is right for."""
    table: dict[int, str] = {}
    safe = {chr(code) for code in range(128)}
    for start, end in ((0x00A0, 0x024F), (0x0300, 0x036F), (0x1E00, 0x1EFF), (0x2000, 0x206F)):
        for code in range(start, end + 1):
            char = chr(code)
            folded = " " if char.isspace() else fold(char)
            if folded == char:
                safe.add(char)
            elif folded.isascii():
                table[code] = folded
                safe.add(char)
    return table, frozenset(safe)


_FOLD_TABLE, _FOLD_SAFE = _fold_table()


@lru_cache(maxsize=200_000)
def _fold(text: str) -> str:
    """``fold(text)``, faster for Vietnamese and English text (a rebuild folds some 500,000
    strings); companies, titles and provinces repeat, hence the cache (emptied after a
    rebuild)."""
    if not _FOLD_SAFE.issuperset(text):
        return fold(text)
    return " ".join(text.translate(_FOLD_TABLE).casefold().split())


def _phone_forms(value: str) -> list[str]:
    """The digit strings a stored phone is found by.

    A Vietnamese number is kept once, as its international digits ("84903123456"): a query
    in the national form ("0903 123") is looked up in both forms instead (``parse_query``),
    which keeps the index smaller. Others as ``phone_search_forms``.
    """
    if value.startswith("+84") and value[1:].isdigit():
        return [value[1:]]
    if value.startswith("+"):
        return [_NON_DIGITS.sub("", form) for form in phone_search_forms(value)]
    return [_NON_DIGITS.sub("", value)]


def _text(*parts: str | None, phones: str | None = None) -> str:
    words = [_fold(part) for part in parts if part]
    for phone in (phones or "").split():
        words.extend(_phone_forms(phone))
    return _SEPARATOR.join(word for word in words if word)


def _tax_forms(tax_code: str | None) -> tuple[str | None, str | None]:
    if not tax_code:
        return None, None
    digits = _NON_DIGITS.sub("", tax_code)
    return tax_code, digits if digits != tax_code else None


def _contact_doc(row: Sequence[Any]) -> search_index.Doc:
    ref, name, company, title, province, emails, phones = row
    return ref, _fold(name), _text(name, company, title, province, emails, phones=phones)


def _account_doc(row: Sequence[Any]) -> search_index.Doc:
    ref, name, tax_code, province, emails, phones = row
    return ref, _fold(name), _text(name, *_tax_forms(tax_code), province, emails, phones=phones)


def _deal_doc(row: Sequence[Any]) -> search_index.Doc:
    ref, title, company, person = row
    return ref, _fold(title), _text(title, company or person)


def _quote_doc(row: Sequence[Any]) -> search_index.Doc:
    ref, number, _version, company, person = row
    return ref, _fold(number), _text(number, company or person)


_DOCS: dict[str, Callable[[Sequence[Any]], search_index.Doc]] = {
    "contact": _contact_doc,
    "account": _account_doc,
    "deal": _deal_doc,
    "quote": _quote_doc,
}


def _hex(record_id: str | uuid.UUID) -> str:
    return (record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(record_id)).hex


def update_index(uow: UnitOfWork, kind: str, ids: Iterable[str | uuid.UUID]) -> None:
    """(Re)index the records ``ids`` of ``kind`` (contact, account, deal or quote) as they are
    now in ``uow``'s transaction: a live record gets its current document, a deleted or
    tombstoned one loses it. Does not commit.

    When the name of an account or contact changed (or it was deleted), the documents that show
    that name are refreshed too: an account's contacts, deals and quotes; a contact's deals and
    quotes. Call it after every write of these records, with all ids of a batch at once.
    """
    if kind not in _DOCS:
        raise ValueError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
    keys = list(dict.fromkeys(_hex(record_id) for record_id in ids))
    if not keys:
        return
    session = uow.session
    cascades = kind in ("account", "contact")
    before = search_index.name_keys(session, keys) if cascades else {}
    docs = [_DOCS[kind](row) for row in search_index.sources(session, kind, keys)]
    search_index.remove(session, keys)
    search_index.add(session, kind, docs)
    if cascades:
        after = {ref: name_key for ref, name_key, _ in docs}
        renamed = [key for key in keys if key in before and before[key] != after.get(key)]
        if renamed:
            for other, other_ids in search_index.dependants(session, kind, renamed).items():
                update_index(uow, other, other_ids)


def rebuild_index(
    target: Database | UnitOfWork,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
) -> IndexSummary:
    """Index every live record again from scratch.

    With a ``Database`` it runs in a transaction of its own and commits; with a ``UnitOfWork``
    in that one, leaving the commit to the caller. ``progress("search", done, total)`` is
    called between steps and ``cancel()`` asked; when it returns True, ``IndexCancelledError``
    is raised and the transaction must be rolled back (leaving the unit of work does so).
    Runs on the calling thread: a worker in the window.
    """
    if isinstance(target, UnitOfWork):
        return _rebuild(target, progress, cancel)
    with target.uow() as uow:
        summary = _rebuild(uow, progress, cancel)
        uow.commit()
    return summary


def _rebuild(
    uow: UnitOfWork, progress: ProgressCallback | None, cancel: CancelCallback | None
) -> IndexSummary:
    started = time.perf_counter()
    session = uow.session
    steps = len(KINDS) + 1

    def step(done: int) -> None:
        if cancel is not None and cancel():
            raise IndexCancelledError()
        if progress is not None:
            progress("search", done, steps)

    step(0)
    dropped = search_index.clear(session)
    documents = 0
    for done, (kind, rows) in enumerate(search_index.all_sources(session), start=1):
        # In name order, so that the rowids (the order in which the trigram look-up meets
        # matches) follow the ranking's tie order: kind, then name.
        docs = sorted(map(_DOCS[kind], rows), key=lambda doc: doc[1])
        del rows
        documents += search_index.add(session, kind, docs)
        step(done)
    search_index.finish_load(session, dropped)
    _fold.cache_clear()
    if progress is not None:
        progress("search", steps, steps)
    return IndexSummary(documents, time.perf_counter() - started)


def index_needs_building(uow: UnitOfWork) -> bool:
    """True when there are records but no index (a database from before the index existed)."""
    session = uow.session
    return search_index.is_empty(session) and search_index.has_records(session)


# --- queries ---------------------------------------------------------------------------------


def _phrase(text: str) -> str:
    """``text`` as one FTS5 string: inside double quotes everything is literal."""
    return '"' + text.replace('"', '""') + '"'


def _parts(key: str) -> list[str]:
    """The words of ``key``, each short one (under 3 characters) joined to its neighbour."""
    parts: list[str] = []
    pending: list[str] = []
    for word in key.split(" "):
        pending.append(word)
        joined = " ".join(pending)
        if len(joined) >= 3:
            parts.append(joined)
            pending = []
    if pending:
        if parts:
            parts[-1] = " ".join([parts[-1], *pending])
        else:
            parts.append(" ".join(pending))
    return parts


def parse_query(text: str) -> ParsedQuery | None:
    """What ``search`` looks for; None for a query with nothing to look for."""
    key = fold(_CONTROL.sub(" ", text))
    if not key:
        return None
    if _PHONE_LIKE.fullmatch(key):
        digits = _NON_DIGITS.sub("", key)
        if len(digits) >= 3:
            match = _phrase(digits)
            if digits.startswith("0") and not digits.startswith("00") and len(digits) >= 3:
                # "0903 123": a Vietnamese number in national form; indexed as 84903123...
                match += " OR " + _phrase("84" + digits[1:])
            if key != digits and len(key) >= 3:
                match += " OR " + _phrase(key)
            return ParsedQuery(key, match, "")
    if len(key) < 3:
        return ParsedQuery(key, None)
    return ParsedQuery(key, " AND ".join(_phrase(part) for part in _parts(key)), key)


def _ranked(
    uow: UnitOfWork, query: str, limit: int, kinds: Sequence[str] | None
) -> list[search_index.Hit]:
    parsed = parse_query(query)
    wanted = [kind for kind in KINDS if kinds is None or kind in kinds]
    if parsed is None or limit <= 0 or not wanted:
        return []
    session = uow.session
    hits: list[search_index.Hit] = []
    seen: set[str] = set()

    def take(rows: Iterable[search_index.Hit]) -> None:
        for row in rows:
            if len(hits) >= limit:
                return
            if row[1] not in seen:
                seen.add(row[1])
                hits.append(row)

    take(search_index.exact(session, parsed.key, wanted, limit))
    for kind in wanted:
        if len(hits) >= limit:
            return hits
        take(search_index.name_prefix(session, parsed.key, kind, limit - len(hits)))
    if parsed.match is not None and len(hits) < limit:
        take(
            search_index.matching(
                session,
                parsed.match,
                parsed.key,
                parsed.text_key,
                wanted,
                limit + len(hits),
                MAX_CANDIDATES,
            )
        )
    return hits


def _join(*parts: str | None) -> str:
    return " · ".join(part for part in parts if part)


def _display_phone(value: str | None) -> str | None:
    return phone_display(value) if value else None


def search(
    uow: UnitOfWork,
    query: str,
    limit: int = DEFAULT_LIMIT,
    kinds: tuple[str, ...] | None = None,
) -> list[SearchHit]:
    """At most ``limit`` records of ``kinds`` (default all) matching ``query``, best first.

    An empty query finds nothing. About a millisecond on a small database and well under
    50 ms on the large demo data set (``bench/search_latency.py``). Any thread that owns ``uow``.
    """
    ranked = _ranked(uow, query, limit, kinds)
    session = uow.session
    by_kind: dict[str, dict[str, tuple[Any, ...]]] = {}
    for kind in KINDS:
        ids = [ref for hit_kind, ref, _, _ in ranked if hit_kind == kind]
        if ids:
            by_kind[kind] = search_index.details(session, kind, ids)
    result: list[SearchHit] = []
    for kind, ref, _, cls in ranked:
        row = by_kind.get(kind, {}).get(ref)
        if row is None:
            continue  # deleted since it was indexed: only possible with a stale index
        result.append(_hit(kind, row, _SCORES[cls]))
    return result


def _hit(kind: str, row: tuple[Any, ...], score: float) -> SearchHit:
    ref = str(uuid.UUID(row[0]))
    if kind == "contact":
        _, name, company, _title, phone, email = row
        return SearchHit(kind, ref, name, _join(company, _display_phone(phone), email), score)
    if kind == "account":
        _, name, tax_code, province, phone, email = row
        subtitle = _join(tax_code, _display_phone(phone), email, province)
        return SearchHit(kind, ref, name, subtitle, score)
    if kind == "deal":
        _, title, company, person, amount, currency, _status = row
        return SearchHit(kind, ref, title, company or person or "", score, amount, currency)
    _, number, version, company, person, total, currency, _status = row
    return SearchHit(
        kind, ref, number, company or person or "", score, total, currency, int(version)
    )


def search_contacts(uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[ContactHit]:
    """Contacts matching ``query``, best first, with all their phones and e-mails."""
    ranked = _ranked(uow, query, limit, ("contact",))
    session = uow.session
    refs = [ref for _, ref, _, _ in ranked]
    rows = search_index.details(session, "contact", refs)
    points = search_index.points(session, refs)
    result: list[ContactHit] = []
    for _, ref, _, cls in ranked:
        row = rows.get(ref)
        if row is None:
            continue
        _, name, company, title, _phone, _email = row
        mine = points.get(ref, [])
        result.append(
            ContactHit(
                id=str(uuid.UUID(ref)),
                name=name,
                account=company,
                title=title,
                phones=tuple(value for kind, value in mine if kind == "phone"),
                emails=tuple(value for kind, value in mine if kind == "email"),
                score=_SCORES[cls],
            )
        )
    return result
