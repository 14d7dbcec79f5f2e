"""The local search index: ``search_docs`` (kind, record id, folded name) and the trigram FTS5
table ``search_fts`` whose rowid is ``search_docs.id``.

This module only moves rows: it reads the fields a record is found by (``*_sources``), writes
the documents that ``services.search`` composed from them, and runs the look-ups the search box
needs. Ids cross this boundary as 32-digit hex strings, the form SQLAlchemy's ``Uuid`` type
stores on SQLite, so that a rebuild of 180,000 documents never converts an id.

Every function runs inside the caller's transaction, on the thread that owns the session.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from desktop_crm.store.models import SEARCH_FTS_DDL, SEARCH_FTS_TABLE, Amount

KINDS = ("contact", "account", "deal", "quote")
# SQLite allows 32,766 host parameters; stay far below for the IN (...) lists.
_CHUNK = 500
# Sorts after every character a folded name can hold: name_key < prefix + _TOP is a prefix range.
_TOP = "\U0010ffff"

Doc = tuple[str, str, str]  # (ref_id hex, name_key, body)

_SOURCES = {
    # id, full name, company, title, province (then e-mails, phones: see ``sources``)
    "contact": (
        "SELECT c.id, c.full_name, a.name, c.title, c.province"
        " FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id AND a.deleted_at IS NULL"
        " WHERE c.deleted_at IS NULL"
    ),
    # id, name, tax code, province (then e-mails, phones)
    "account": "SELECT a.id, a.name, a.tax_code, a.province FROM accounts a"
    " WHERE a.deleted_at IS NULL",
    # id, title, company, person
    "deal": (
        "SELECT d.id, d.title, a.name, c.full_name FROM deals d"
        " LEFT JOIN accounts a ON a.id = d.account_id AND a.deleted_at IS NULL"
        " LEFT JOIN contacts c ON c.id = d.contact_id AND c.deleted_at IS NULL"
        " WHERE d.deleted_at IS NULL"
    ),
    # id, number, version, company, person
    "quote": (
        "SELECT q.id, q.number, q.version, a.name, c.full_name FROM quotes q"
        " LEFT JOIN accounts a ON a.id = q.account_id AND a.deleted_at IS NULL"
        " LEFT JOIN contacts c ON c.id = q.contact_id AND c.deleted_at IS NULL"
        " WHERE q.deleted_at IS NULL"
    ),
}
_OWNER = {"contact": "contact_id", "account": "account_id"}
_ALIAS = {"contact": "c", "account": "a", "deal": "d", "quote": "q"}
_TABLE = {"contact": "contacts", "account": "accounts", "deal": "deals", "quote": "quotes"}


def _conn(session: Session) -> Connection:
    session.flush()  # pending ORM changes (new phones, a rename) must be visible to raw SQL
    return session.connection()


def _fetch(
    conn: Connection, sql: str, params: Sequence[Any] | dict[str, Any] = ()
) -> list[tuple[Any, ...]]:
    """Rows straight from the driver, in ``conn``'s transaction: for the 100,000-row reads of
    a rebuild this costs a third of what a ``Result`` does."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.execute(sql, params if isinstance(params, dict) else tuple(params))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def sources(
    session: Session, kind: str, ids: Sequence[str] | None = None
) -> Iterator[tuple[Any, ...]]:
    """The fields ``kind`` records are found by, for live records (all, or those of ``ids``).

    Rows as listed in ``_SOURCES``; contacts and accounts then have their e-mails and their
    phones, each a space-separated list or None.
    """
    conn = _conn(session)
    sql = _SOURCES[kind]
    parts: Iterable[Sequence[str] | None] = [None] if ids is None else _chunks(ids)
    for part in parts:
        if part is None:
            rows = _fetch(conn, sql)
        else:
            rows = _fetch(conn, f"{sql} AND {_ALIAS[kind]}.id IN ({_marks(len(part))})", part)
        owner = _OWNER.get(kind)
        if owner is None:
            yield from rows
            continue
        found = _points_by_owner(conn, owner, part)
        for row in rows:
            emails, phones = found.get(row[0], (None, None))
            yield (*row, emails, phones)


def _points_by_owner(
    conn: Connection, owner: str, ids: Sequence[str] | None
) -> dict[str, tuple[str | None, str | None]]:
    """{owner id: (e-mails, phones)} of live contact points, as space-separated lists.

    One pass over the table for a rebuild (the correlated look-ups per record cost twice as
    much at 100,000 records), an index look-up for a few records."""
    sql = (
        f"SELECT {owner}, kind, value FROM contact_points "
        f"WHERE deleted_at IS NULL AND {owner} IS NOT NULL"
    )
    params: tuple[str, ...] = ()
    if ids is not None:
        sql += f" AND {owner} IN ({_marks(len(ids))})"
        params = tuple(ids)
    emails: dict[str, list[str]] = {}
    phones: dict[str, list[str]] = {}
    for ref, kind, value in _fetch(conn, sql, params):
        (phones if kind == "phone" else emails).setdefault(ref, []).append(value)
    return {
        ref: (
            " ".join(emails[ref]) if ref in emails else None,
            " ".join(phones[ref]) if ref in phones else None,
        )
        for ref in emails.keys() | phones.keys()
    }


def all_sources(session: Session) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """(kind, rows as ``sources`` gives them) of every live record, kind by kind in ``KINDS``
    order. Names of companies and people are joined in Python from one pass over each table:
    100,000 look-ups by UUID text key cost more than reading the tables."""
    conn = _conn(session)
    accounts = _fetch(
        conn, "SELECT id, name, tax_code, province FROM accounts WHERE deleted_at IS NULL"
    )
    company = {row[0]: row[1] for row in accounts}
    contacts = _fetch(
        conn,
        "SELECT id, full_name, account_id, title, province FROM contacts WHERE deleted_at IS NULL",
    )
    person = {row[0]: row[1] for row in contacts}
    none = (None, None)
    found = _points_by_owner(conn, "contact_id", None)
    yield (
        "contact",
        [
            (ref, name, company.get(account), title, province, *found.get(ref, none))
            for ref, name, account, title, province in contacts
        ],
    )
    del contacts
    found = _points_by_owner(conn, "account_id", None)
    yield "account", [(*row, *found.get(row[0], none)) for row in accounts]
    del found, accounts
    deals = _fetch(
        conn, "SELECT id, title, account_id, contact_id FROM deals WHERE deleted_at IS NULL"
    )
    yield (
        "deal",
        [
            (ref, title, company.get(account), person.get(contact))
            for ref, title, account, contact in deals
        ],
    )
    del deals
    quotes = _fetch(
        conn,
        "SELECT id, number, version, account_id, contact_id FROM quotes WHERE deleted_at IS NULL",
    )
    yield (
        "quote",
        [
            (ref, number, version, company.get(account), person.get(contact))
            for ref, number, version, account, contact in quotes
        ],
    )


def dependants(session: Session, kind: str, ids: Sequence[str]) -> dict[str, list[str]]:
    """Live records whose documents hold the name of one of ``ids`` (kind account or contact):
    ``{"contact": [...], "deal": [...], "quote": [...]}``."""
    conn = _conn(session)
    column = "account_id" if kind == "account" else "contact_id"
    wanted = ("contact", "deal", "quote") if kind == "account" else ("deal", "quote")
    found: dict[str, list[str]] = {}
    for other in wanted:
        rows: list[str] = []
        for part in _chunks(ids):
            rows.extend(
                row[0]
                for row in _fetch(
                    conn,
                    f"SELECT id FROM {_TABLE[other]} WHERE deleted_at IS NULL "
                    f"AND {column} IN ({_marks(len(part))})",
                    part,
                )
            )
        if rows:
            found[other] = rows
    return found


def name_keys(session: Session, ids: Sequence[str]) -> dict[str, str]:
    """The indexed ``name_key`` of each of ``ids`` that has a document."""
    conn = _conn(session)
    result: dict[str, str] = {}
    for part in _chunks(ids):
        sql = f"SELECT ref_id, name_key FROM search_docs WHERE ref_id IN ({_marks(len(part))})"
        result.update((ref, key) for ref, key in _fetch(conn, sql, part))
    return result


def remove(session: Session, ids: Sequence[str]) -> None:
    """Drop the documents of ``ids`` (those that have one)."""
    conn = _conn(session)
    for part in _chunks(ids):
        marks = _marks(len(part))
        conn.exec_driver_sql(
            f"DELETE FROM {SEARCH_FTS_TABLE} WHERE rowid IN "
            f"(SELECT id FROM search_docs WHERE ref_id IN ({marks}))",
            tuple(part),
        )
        conn.exec_driver_sql(f"DELETE FROM search_docs WHERE ref_id IN ({marks})", tuple(part))


def add(session: Session, kind: str, docs: Iterable[Doc]) -> int:
    """Append documents of ``kind`` (none of them may be indexed already); returns how many."""
    conn = _conn(session)
    last = int(_fetch(conn, "SELECT coalesce(max(id), 0) FROM search_docs")[0][0])
    rows = [(last + offset, kind, *doc) for offset, doc in enumerate(docs, start=1)]
    if not rows:
        return 0
    conn.exec_driver_sql(
        "INSERT INTO search_docs (id, kind, ref_id, name_key) VALUES (?, ?, ?, ?)",
        [row[:4] for row in rows],
    )
    conn.exec_driver_sql(
        f"INSERT INTO {SEARCH_FTS_TABLE} (rowid, body) VALUES (?, ?)",
        [(row[0], row[4]) for row in rows],
    )
    return len(rows)


def clear(session: Session) -> list[str]:
    """Empty the index for a bulk load; returns what ``finish_load`` must run afterwards.

    The FTS table is dropped and created again (deleting its rows one by one costs as much as
    indexing them); the ``name_key`` index is dropped, to be built in one sorted pass. All of it
    rolls back with the caller's transaction."""
    conn = _conn(session)
    conn.exec_driver_sql("DELETE FROM search_docs")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_FTS_TABLE}")
    conn.exec_driver_sql(SEARCH_FTS_DDL)
    statements: list[str] = []
    # PRAGMA index_list: seq, name, unique, origin ('c' = CREATE INDEX), partial
    for _, name, unique, origin, *_ in _fetch(conn, "PRAGMA index_list(search_docs)"):
        if origin == "c" and not unique:
            statement = _fetch(
                conn, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", [name]
            )[0][0]
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
            statements.append(str(statement))
    return statements


def finish_load(session: Session, statements: Sequence[str]) -> None:
    """After a bulk load: build the indexes ``clear`` dropped, and merge the FTS index's
    segments into one b-tree (fewer page reads per query)."""
    conn = _conn(session)
    for statement in statements:
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(f"INSERT INTO {SEARCH_FTS_TABLE} ({SEARCH_FTS_TABLE}) VALUES ('optimize')")


def is_empty(session: Session) -> bool:
    return not _fetch(_conn(session), "SELECT 1 FROM search_docs LIMIT 1")


def has_records(session: Session) -> bool:
    """Whether any live contact, account, deal or quote exists."""
    conn = _conn(session)
    return any(
        _fetch(conn, f"SELECT 1 FROM {table} WHERE deleted_at IS NULL LIMIT 1")
        for table in _TABLE.values()
    )


# --- look-ups --------------------------------------------------------------------------------

Hit = tuple[str, str, str, int]  # (kind, ref_id hex, name_key, match class)

_KIND_RANK = "CASE d.kind WHEN 'contact' THEN 0 WHEN 'account' THEN 1 WHEN 'deal' THEN 2 ELSE 3 END"


def _kind_filter(kinds: Sequence[str]) -> str:
    return f"d.kind IN ({', '.join(repr(k) for k in kinds if k in KINDS) or 'NULL'})"


def exact(session: Session, key: str, kinds: Sequence[str], limit: int) -> list[Hit]:
    """Documents whose folded name is ``key``, by kind."""
    return _fetch(
        _conn(session),
        f"SELECT d.kind, d.ref_id, d.name_key, 0 FROM search_docs d "
        f"WHERE d.name_key = ? AND {_kind_filter(kinds)} ORDER BY {_KIND_RANK}, d.id LIMIT ?",
        (key, limit),
    )


def name_prefix(session: Session, prefix: str, kind: str, limit: int) -> list[Hit]:
    """Documents of ``kind`` whose folded name starts with ``prefix`` (but is not just that),
    in name order; walks the ``name_key`` index, so it costs about ``limit`` rows when there are
    many."""
    return _fetch(
        _conn(session),
        "SELECT d.kind, d.ref_id, d.name_key, 1 FROM search_docs d "
        "WHERE d.name_key > ? AND d.name_key < ? AND d.kind = ? ORDER BY d.name_key LIMIT ?",
        (prefix, prefix + _TOP, kind, limit),
    )


def matching(
    session: Session,
    match: str,
    key: str,
    text_key: str,
    kinds: Sequence[str],
    limit: int,
    candidates: int,
) -> list[Hit]:
    """Documents whose text matches the FTS5 expression ``match``, best first.

    Class 0: the name is ``key``; 1: the name starts with it; 2: a word of the name does;
    3: the text holds ``text_key``; 4: the text holds each part somewhere.
    Ties by kind, then name. At most ``candidates`` matches (the first indexed) are ranked, so
    a very common query stays fast; ``match`` is passed as a parameter, never spliced in.
    """
    return _fetch(
        _conn(session),
        f"""
        SELECT d.kind, d.ref_id, d.name_key,
               CASE WHEN d.name_key = :key THEN 0
                    WHEN substr(d.name_key, 1, length(:key)) = :key THEN 1
                    WHEN instr(' ' || d.name_key, ' ' || :key) > 0 THEN 2
                    WHEN instr(f.body, :text_key) > 0 THEN 3
                    ELSE 4 END AS cls
        FROM (SELECT rowid AS rid, body FROM {SEARCH_FTS_TABLE}
              WHERE {SEARCH_FTS_TABLE} MATCH :match LIMIT :candidates) f
        JOIN search_docs d ON d.id = f.rid
        WHERE {_kind_filter(kinds)}
        ORDER BY cls, {_KIND_RANK}, d.name_key, d.id
        LIMIT :limit
        """,
        {
            "key": key,
            "text_key": text_key,
            "match": match,
            "candidates": candidates,
            "limit": limit,
        },
    )


# --- what a hit shows ------------------------------------------------------------------------

_PRIMARY = (
    "(SELECT p.value FROM contact_points p WHERE p.{owner} = {alias}.id AND p.kind = '{kind}' "
    "AND p.deleted_at IS NULL ORDER BY p.is_primary DESC, p.created_at LIMIT 1)"
)

_DETAILS = {
    # id, name, company, title, first phone, first e-mail
    "contact": (
        "SELECT c.id, c.full_name, a.name, c.title, "
        + _PRIMARY.format(owner="contact_id", alias="c", kind="phone")
        + ", "
        + _PRIMARY.format(owner="contact_id", alias="c", kind="email")
        + " FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id AND a.deleted_at IS NULL"
        " WHERE c.id IN ({marks})"
    ),
    # id, name, tax code, province, first phone, first e-mail
    "account": (
        "SELECT a.id, a.name, a.tax_code, a.province, "
        + _PRIMARY.format(owner="account_id", alias="a", kind="phone")
        + ", "
        + _PRIMARY.format(owner="account_id", alias="a", kind="email")
        + " FROM accounts a WHERE a.id IN ({marks})"
    ),
    # id, title, company, person, amount (scaled integer), currency, status
    "deal": (
        "SELECT d.id, d.title, a.name, c.full_name, d.amount, d.currency, d.status FROM deals d"
        " LEFT JOIN accounts a ON a.id = d.account_id AND a.deleted_at IS NULL"
        " LEFT JOIN contacts c ON c.id = d.contact_id AND c.deleted_at IS NULL"
        " WHERE d.id IN ({marks})"
    ),
    # id, number, version, company, person, total (scaled integer), currency, status
    "quote": (
        "SELECT q.id, q.number, q.version, a.name, c.full_name, q.total, q.currency, q.status"
        " FROM quotes q"
        " LEFT JOIN accounts a ON a.id = q.account_id AND a.deleted_at IS NULL"
        " LEFT JOIN contacts c ON c.id = q.contact_id AND c.deleted_at IS NULL"
        " WHERE q.id IN ({marks})"
    ),
}

_MONEY_COLUMN = {"deal": 4, "quote": 5}  # stored as scaled integers (store.types.ScaledDecimal)


def details(session: Session, kind: str, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """What a hit of ``kind`` shows, keyed by id; rows as listed in ``_DETAILS``, amounts as
    Decimal."""
    conn = _conn(session)
    money = _MONEY_COLUMN.get(kind)
    result: dict[str, tuple[Any, ...]] = {}
    for part in _chunks(ids):
        sql = _DETAILS[kind].format(marks=_marks(len(part)))
        for row in _fetch(conn, sql, part):
            values = list(row)
            if money is not None and values[money] is not None:
                values[money] = Decimal(int(values[money])).scaleb(-Amount.scale)
            result[values[0]] = tuple(values)
    return result


def points(session: Session, contact_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    """Live (kind, value) phones and e-mails of contacts, primary first."""
    conn = _conn(session)
    result: dict[str, list[tuple[str, str]]] = {}
    for part in _chunks(contact_ids):
        for owner, kind, value in _fetch(
            conn,
            "SELECT contact_id, kind, value FROM contact_points "
            f"WHERE deleted_at IS NULL AND contact_id IN ({_marks(len(part))}) "
            "ORDER BY contact_id, kind, is_primary DESC, created_at",
            part,
        ):
            result.setdefault(owner, []).append((kind, value))
    return result
