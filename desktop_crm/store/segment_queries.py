"""Segments and lead scores: the SQL that gathers each customer's history and writes the two
derived tables (``customer_segments``, ``lead_scores``).

A customer is an account, or a contact without an account; a record of a contact at a company
counts for its account. The customer key of a deal is COALESCE(deal.account_id,
contact.account_id, deal.contact_id); of a quote, a case or an activity the same with its own
columns (an activity on a deal only goes through the deal). Every reader returns plain tuples;
the aggregation happens here in GROUP BY queries, the scoring in the service.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.schema import CreateTable, DropTable

from desktop_crm.domain.enums import DealStatus, QuoteStatus
from desktop_crm.store.models import (
    Account,
    Activity,
    CareCase,
    CompanyProfile,
    Contact,
    ContactPoint,
    CustomerSegment,
    Deal,
    LeadScore,
    Quote,
)

# One pass over the activities, kept for the transaction: grouped by their own columns, with
# the last done one and how many were done since a moment (the lead scores' 90 days).
_ACTIVITY_GROUPS = Table(
    "seg_activity_groups",
    MetaData(),
    Column("account_id", Activity.__table__.c.account_id.type),
    Column("contact_id", Activity.__table__.c.contact_id.type),
    Column("deal_id", Activity.__table__.c.deal_id.type),
    Column("last_done", Activity.__table__.c.done_at.type),
    Column("n90", Integer),
    prefixes=["TEMPORARY"],
)


def group_activities(session: Session, since90: dt.datetime) -> None:
    """Fill the temporary table of activity groups (one scan of the activities)."""
    table = _ACTIVITY_GROUPS
    session.execute(DropTable(table, if_exists=True))
    session.execute(CreateTable(table))
    grouped = (
        select(
            Activity.account_id,
            Activity.contact_id,
            Activity.deal_id,
            func.max(Activity.done_at),
            func.sum(case((Activity.done_at >= since90, 1), else_=0)),
        )
        .where(Activity.deleted_at.is_(None), Activity.done_at.is_not(None))
        .group_by(Activity.account_id, Activity.contact_id, Activity.deal_id)
    )
    session.execute(
        insert(table).from_select(
            ["account_id", "contact_id", "deal_id", "last_done", "n90"], grouped
        )
    )


def drop_activity_groups(session: Session) -> None:
    session.execute(DropTable(_ACTIVITY_GROUPS, if_exists=True))


# --- customers and their history -------------------------------------------------------------


def _hex(column: Any) -> Any:
    """An id as stored (32 hex digits), without building a UUID object per row."""
    return type_coerce(column, String)


def _day(column: Any, offset_minutes: int) -> Any:
    """The local day (YYYY-MM-DD) of a stored UTC time, computed by SQLite."""
    return func.date(type_coerce(column, String), f"{offset_minutes:+d} minutes")


def customers(session: Session, offset_minutes: int) -> list[tuple[str, str, str]]:
    """(hex id, kind, local day created) of every live account and contact without one."""
    accounts = select(
        _hex(Account.id), literal("account"), _day(Account.created_at, offset_minutes)
    ).where(Account.deleted_at.is_(None))
    people = select(
        _hex(Contact.id), literal("contact"), _day(Contact.created_at, offset_minutes)
    ).where(Contact.deleted_at.is_(None), Contact.account_id.is_(None))
    rows = list(session.execute(accounts)) + list(session.execute(people))
    return [(r[0], r[1], r[2]) for r in rows]


def company_currency(session: Session) -> str:
    value = session.scalar(
        select(CompanyProfile.default_currency)
        .where(CompanyProfile.deleted_at.is_(None))
        .order_by(CompanyProfile.updated_at.desc())
        .limit(1)
    )
    return value or "VND"


def _latest() -> Any:
    """The quote is the latest version: no live quote revises it (NOT IN a set: one pass,
    where a correlated NOT EXISTS would scan the quotes once per quote)."""
    newer = aliased(Quote)
    revised = select(newer.previous_version_id).where(
        newer.previous_version_id.is_not(None), newer.deleted_at.is_(None)
    )
    return Quote.id.not_in(revised)


def _deal_key() -> tuple[Any, Any]:
    contact = aliased(Contact)
    return contact, _hex(func.coalesce(Deal.account_id, contact.account_id, Deal.contact_id))


def purchases(session: Session, offset_minutes: int) -> list[tuple[str, str, Decimal, str]]:
    """(customer key, local day, value, currency) of every purchase: won deals, and accepted
    latest quote versions whose deal is not won or that have no deal."""
    contact, key = _deal_key()
    won = (
        select(key, _day(Deal.closed_at, offset_minutes), Deal.amount, Deal.currency)
        .select_from(Deal)
        .outerjoin(contact, contact.id == Deal.contact_id)
        .where(
            Deal.deleted_at.is_(None),
            Deal.status == DealStatus.WON.value,
            Deal.closed_at.is_not(None),
        )
    )
    qcontact = aliased(Contact)
    deal = aliased(Deal)
    qkey = _hex(func.coalesce(Quote.account_id, qcontact.account_id, Quote.contact_id))
    accepted = (
        select(qkey, _day(Quote.decided_at, offset_minutes), Quote.subtotal, Quote.currency)
        .select_from(Quote)
        .outerjoin(qcontact, qcontact.id == Quote.contact_id)
        .outerjoin(deal, and_(deal.id == Quote.deal_id, deal.deleted_at.is_(None)))
        .where(
            Quote.deleted_at.is_(None),
            Quote.status == QuoteStatus.ACCEPTED.value,
            Quote.decided_at.is_not(None),
            _latest(),
            or_(deal.id.is_(None), deal.status != DealStatus.WON.value),
        )
    )
    rows = list(session.execute(won)) + list(session.execute(accepted))
    return [(r[0], r[1], r[2], r[3]) for r in rows if r[0] is not None]


def last_activities(session: Session, offset_minutes: int) -> list[tuple[str, str]]:
    """(customer key, local day of the last done activity) for every customer.

    Three grouped reads instead of one join over every activity: those of an account, those of
    a contact only (their key is the contact's account, else the contact), and the few of a
    deal only. The first two read the partial indexes of live activities.
    """
    live = and_(Activity.deleted_at.is_(None), Activity.done_at.is_not(None))
    by_account = (
        select(_hex(Activity.account_id), _day(func.max(Activity.done_at), offset_minutes))
        .where(live, Activity.account_id.is_not(None))
        .group_by(Activity.account_id)
    )
    per_contact = (
        select(Activity.contact_id.label("contact_id"), func.max(Activity.done_at).label("last"))
        .with_hint(Activity, "INDEXED BY ix_activities_live_contact_done", "sqlite")
        .where(live, Activity.account_id.is_(None), Activity.contact_id.is_not(None))
        .group_by(Activity.contact_id)
        .subquery()
    )
    contact_key = _hex(func.coalesce(Contact.account_id, per_contact.c.contact_id))
    by_contact = (
        select(contact_key, _day(func.max(per_contact.c.last), offset_minutes))
        .select_from(per_contact)
        .join(Contact, Contact.id == per_contact.c.contact_id)
        .group_by(contact_key)
    )
    deal_contact = aliased(Contact)
    deal_key = _hex(func.coalesce(Deal.account_id, deal_contact.account_id, Deal.contact_id))
    by_deal = (
        select(deal_key, _day(func.max(Activity.done_at), offset_minutes))
        .select_from(Activity)
        .join(Deal, Deal.id == Activity.deal_id)
        .outerjoin(deal_contact, deal_contact.id == Deal.contact_id)
        .where(live, Activity.account_id.is_(None), Activity.contact_id.is_(None))
        .group_by(deal_key)
    )
    latest: dict[str, str] = {}
    for stmt in (by_account, by_contact, by_deal):
        for key, day in session.execute(stmt):
            if key is not None and day is not None and day > latest.get(key, ""):
                latest[key] = day  # ISO days compare as text
    return list(latest.items())


def open_deal_counts(session: Session) -> list[tuple[str, int]]:
    contact, key = _deal_key()
    stmt = (
        select(key, func.count())
        .select_from(Deal)
        .outerjoin(contact, contact.id == Deal.contact_id)
        .where(Deal.deleted_at.is_(None), Deal.status == DealStatus.OPEN.value)
        .group_by(key)
    )
    return [(r[0], int(r[1])) for r in session.execute(stmt) if r[0] is not None]


def open_quote_counts(session: Session, today: dt.date) -> list[tuple[str, int]]:
    """Sent latest versions still valid on ``today``, per customer."""
    contact = aliased(Contact)
    key = _hex(func.coalesce(Quote.account_id, contact.account_id, Quote.contact_id))
    stmt = (
        select(key, func.count())
        .select_from(Quote)
        .outerjoin(contact, contact.id == Quote.contact_id)
        .where(
            Quote.deleted_at.is_(None),
            Quote.status == QuoteStatus.SENT.value,
            or_(Quote.valid_until.is_(None), Quote.valid_until >= today),
            _latest(),
        )
        .group_by(key)
    )
    return [(r[0], int(r[1])) for r in session.execute(stmt) if r[0] is not None]


def case_figures(session: Session, offset_minutes: int) -> list[tuple[str, int, int, str | None]]:
    """(customer key, sum of CSAT scores, number of scores, local day of the last case opened)
    per customer."""
    contact = aliased(Contact)
    key = _hex(func.coalesce(CareCase.account_id, contact.account_id, CareCase.contact_id))
    stmt = (
        select(
            key,
            func.coalesce(func.sum(CareCase.csat_score), 0),
            func.count(CareCase.csat_score),
            _day(func.max(CareCase.opened_at), offset_minutes),
        )
        .select_from(CareCase)
        .outerjoin(contact, contact.id == CareCase.contact_id)
        .where(CareCase.deleted_at.is_(None))
        .group_by(key)
    )
    rows = session.execute(stmt)
    return [(r[0], int(r[1] or 0), int(r[2]), r[3]) for r in rows if r[0] is not None]


# --- lead scoring inputs ---------------------------------------------------------------------


def _point_exists(kind: str, contact_id: Any) -> Any:
    return exists().where(
        ContactPoint.contact_id == contact_id,
        ContactPoint.kind == kind,
        ContactPoint.deleted_at.is_(None),
    )


def _activity_stats(column_name: str) -> Any:
    column = _ACTIVITY_GROUPS.c[column_name]
    return (
        select(
            column.label("ref"),
            func.max(_ACTIVITY_GROUPS.c.last_done).label("last_done"),
            func.sum(_ACTIVITY_GROUPS.c.n90).label("n90"),
        )
        .where(column.is_not(None))
        .group_by(column)
        .subquery()
    )


def lead_contacts(session: Session, stages: Sequence[str]) -> list[tuple[Any, ...]]:
    """Per contact in ``stages``: (id, has_phone, has_email, title, account_id, account tax
    code, source, last done activity, activities done in 90 days, sent quotes, open deals)."""
    acts = _activity_stats("contact_id")
    sent = (
        select(Quote.contact_id.label("ref"), func.count().label("n"))
        .where(Quote.deleted_at.is_(None), Quote.status == QuoteStatus.SENT.value)
        .group_by(Quote.contact_id)
        .subquery()
    )
    deals = (
        select(Deal.contact_id.label("ref"), func.count().label("n"))
        .where(Deal.deleted_at.is_(None), Deal.status == DealStatus.OPEN.value)
        .group_by(Deal.contact_id)
        .subquery()
    )
    stmt = (
        select(
            _hex(Contact.id),
            _point_exists("phone", Contact.id),
            _point_exists("email", Contact.id),
            Contact.title,
            _hex(Contact.account_id),
            Account.tax_code,
            Contact.source,
            acts.c.last_done,
            func.coalesce(acts.c.n90, 0),
            func.coalesce(sent.c.n, 0),
            func.coalesce(deals.c.n, 0),
        )
        .select_from(Contact)
        .outerjoin(Account, and_(Account.id == Contact.account_id, Account.deleted_at.is_(None)))
        .outerjoin(acts, acts.c.ref == Contact.id)
        .outerjoin(sent, sent.c.ref == Contact.id)
        .outerjoin(deals, deals.c.ref == Contact.id)
        .where(Contact.deleted_at.is_(None), Contact.lifecycle_stage.in_(list(stages)))
    )
    return [tuple(r) for r in session.execute(stmt)]


def lead_deals(session: Session) -> list[tuple[Any, ...]]:
    """Per open deal: (id, has_phone, has_email, title, account id, account tax code, source,
    last done activity, activities done in 90 days, sent quotes, 0) — fit from its contact."""
    acts = _activity_stats("deal_id")
    sent = (
        select(Quote.deal_id.label("ref"), func.count().label("n"))
        .where(Quote.deleted_at.is_(None), Quote.status == QuoteStatus.SENT.value)
        .group_by(Quote.deal_id)
        .subquery()
    )
    account_id = func.coalesce(Deal.account_id, Contact.account_id)
    stmt = (
        select(
            _hex(Deal.id),
            _point_exists("phone", Deal.contact_id),
            _point_exists("email", Deal.contact_id),
            Contact.title,
            _hex(account_id),
            Account.tax_code,
            func.coalesce(Deal.source, Contact.source),
            acts.c.last_done,
            func.coalesce(acts.c.n90, 0),
            func.coalesce(sent.c.n, 0),
            literal(0),
        )
        .select_from(Deal)
        .outerjoin(Contact, and_(Contact.id == Deal.contact_id, Contact.deleted_at.is_(None)))
        .outerjoin(Account, and_(Account.id == account_id, Account.deleted_at.is_(None)))
        .outerjoin(acts, acts.c.ref == Deal.id)
        .outerjoin(sent, sent.c.ref == Deal.id)
        .where(Deal.deleted_at.is_(None), Deal.status == DealStatus.OPEN.value)
    )
    return [tuple(r) for r in session.execute(stmt)]


# --- writes ------------------------------------------------------------------------------------


_SEGMENT_COLUMNS = (
    "customer_id",
    "kind",
    "care_group",
    "reason_json",
    "purchases",
    "recent_purchases",
    "first_purchase_on",
    "last_purchase_on",
    "last_interaction_on",
    "monetary",
    "r_score",
    "f_score",
    "m_score",
    "rfm_segment",
    "tier",
    "usual_interval_days",
    "churn_risk",
    "csat",
    "clv",
    "projected_value",
    "computed_at",
)
_SCORE_COLUMNS = ("ref_id", "kind", "score", "points_json", "computed_at")
# How the column types store a value (store/types.py and SQLAlchemy's SQLite types): the rows
# are encoded here once so that 100 000 of them go to executemany without per-value processors.
_SCALES = {"monetary": 4, "clv": 4, "projected_value": 4, "csat": 2}
_DATES = {"first_purchase_on", "last_purchase_on", "last_interaction_on"}


def _scaled(value: Decimal | None, scale: int) -> int | None:
    if value is None:
        return None
    scaled = value.scaleb(scale)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{value} has more than {scale} decimals")
    return int(scaled)


def _stored_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _hex_id(value: str | uuid.UUID) -> str:
    if isinstance(value, uuid.UUID):
        return value.hex
    return value if len(value) == 32 else uuid.UUID(value).hex


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _encode_segment(row: dict[str, Any], stamp: str) -> tuple[Any, ...]:
    """One row in ``_SEGMENT_COLUMNS`` order, in the stored form the ORM types would produce
    (written out rather than looped: 60,000 rows × 21 columns)."""
    return (
        _hex_id(row["customer_id"]),
        row["kind"],
        row["care_group"],
        row["reason_json"],
        row["purchases"],
        row["recent_purchases"],
        _iso(row["first_purchase_on"]),
        _iso(row["last_purchase_on"]),
        _iso(row["last_interaction_on"]),
        _scaled(row["monetary"], 4),
        row["r_score"],
        row["f_score"],
        row["m_score"],
        row["rfm_segment"],
        row["tier"],
        row["usual_interval_days"],
        1 if row["churn_risk"] else 0,
        _scaled(row["csat"], 2),
        _scaled(row["clv"], 4),
        _scaled(row["projected_value"], 4),
        stamp,
    )


def replace_segments(
    session: Session, segments: list[dict[str, Any]], computed_at: dt.datetime
) -> None:
    """Empty customer_segments and insert ``segments`` (dicts by column name; ids as UUIDs or
    hex strings) with one executemany. No commit."""
    session.execute(delete(CustomerSegment))
    stamp = _stored_time(computed_at)
    if segments:
        names = ", ".join(_SEGMENT_COLUMNS)
        marks = ", ".join("?" for _ in _SEGMENT_COLUMNS)
        session.connection().exec_driver_sql(
            f"INSERT INTO customer_segments ({names}) VALUES ({marks})",
            [_encode_segment(row, stamp) for row in segments],
        )


def replace_scores(
    session: Session, scores: list[dict[str, Any]], computed_at: dt.datetime
) -> None:
    """Empty lead_scores and insert ``scores``. No commit."""
    session.execute(delete(LeadScore))
    stamp = _stored_time(computed_at)
    if scores:
        names = ", ".join(_SCORE_COLUMNS)
        marks = ", ".join("?" for _ in _SCORE_COLUMNS)
        session.connection().exec_driver_sql(
            f"INSERT INTO lead_scores ({names}) VALUES ({marks})",
            [
                (_hex_id(r["ref_id"]), r["kind"], int(r["score"]), r["points_json"], stamp)
                for r in scores
            ],
        )


# --- reads of the results ----------------------------------------------------------------------


def _name() -> Any:
    return func.coalesce(
        select(Account.name).where(Account.id == CustomerSegment.customer_id).scalar_subquery(),
        select(Contact.full_name)
        .where(Contact.id == CustomerSegment.customer_id)
        .scalar_subquery(),
        "",
    )


def segment_rows(
    session: Session,
    group: str | None = None,
    customer_id: uuid.UUID | None = None,
    churn_only: bool = False,
) -> list[tuple[CustomerSegment, str]]:
    stmt = select(CustomerSegment, _name().label("name"))
    if group is not None:
        stmt = stmt.where(CustomerSegment.care_group == group)
    if customer_id is not None:
        stmt = stmt.where(CustomerSegment.customer_id == customer_id)
    if churn_only:
        stmt = stmt.where(CustomerSegment.churn_risk.is_(True))
    stmt = stmt.order_by(CustomerSegment.monetary.desc(), CustomerSegment.customer_id)
    return [(r[0], r[1]) for r in session.execute(stmt)]


def contact_account_id(session: Session, contact_id: uuid.UUID) -> uuid.UUID | None:
    value = session.scalar(select(Contact.account_id).where(Contact.id == contact_id))
    return value


def counts(session: Session, column: Any) -> dict[str, int]:
    stmt = select(column, func.count()).group_by(column)
    return {str(r[0]): int(r[1]) for r in session.execute(stmt)}


def care_counts(session: Session) -> dict[str, int]:
    return counts(session, CustomerSegment.care_group)


def rfm_counts(session: Session) -> dict[str, int]:
    return counts(session, CustomerSegment.rfm_segment)


def tier_counts(session: Session) -> dict[str, int]:
    return counts(session, CustomerSegment.tier)


def churn_count(session: Session) -> int:
    stmt = select(func.count()).where(CustomerSegment.churn_risk.is_(True))
    return int(session.scalar(stmt) or 0)


def computed_at(session: Session) -> dt.datetime | None:
    return session.scalar(select(func.max(CustomerSegment.computed_at)))


def lead_score(session: Session, ref_id: uuid.UUID) -> LeadScore | None:
    return session.get(LeadScore, ref_id)
