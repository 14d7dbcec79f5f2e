"""ORM models: the schema of a Desktop CRM database.

Every synced table carries ``SyncColumns``: a UUIDv7 key made on this laptop, UTC creation
and update times, a ``deleted_at`` tombstone instead of hard deletes, and ``change_seq``, this
device's monotonically increasing change counter (see ``store.changes``) from which a sync
finds what changed since its last exchange. No UNIQUE constraint stands on business data that
two laptops could fill in independently (quote numbers, e-mails, tax codes): duplicates are
found and merged, not refused.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop_crm.store.ids import new_id, utcnow
from desktop_crm.store.types import ScaledDecimal, UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Money: 4 stored decimals (see domain.money.STORAGE_DECIMALS). Percentages: 2 decimals.
Amount = ScaledDecimal(4)
Percent = ScaledDecimal(2)
Quantity = ScaledDecimal(4)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - read by SQLAlchemy at class creation
        dt.datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        Decimal: Amount,
    }


class SyncColumns:
    """Columns every synced table has."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id, sort_order=-10)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, sort_order=90)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, sort_order=91)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None, sort_order=92)
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0, index=True, sort_order=93)


class Address:
    """Vietnamese postal address: street, ward, district, province, country."""

    street: Mapped[str | None] = mapped_column(String(255))
    ward: Mapped[str | None] = mapped_column(String(120))
    district: Mapped[str | None] = mapped_column(String(120))
    province: Mapped[str | None] = mapped_column(String(120), index=True)
    country: Mapped[str] = mapped_column(String(2), default="VN")


# --- local, not synced -------------------------------------------------------------------


class Device(Base):
    """This installation. One row; a restored or copied database gets a new id."""

    __tablename__ = "device"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_change_seq: Mapped[int] = mapped_column(BigInteger, default=0)


# --- people and companies ----------------------------------------------------------------


class User(SyncColumns, Base):
    """A sales representative: owner of records."""

    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(40), default="sales")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Account(SyncColumns, Address, Base):
    """A company (B2B customer)."""

    __tablename__ = "accounts"

    name: Mapped[str] = mapped_column(String(255), index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    tax_code: Mapped[str | None] = mapped_column(String(20), index=True)
    industry: Mapped[str | None] = mapped_column(String(120))
    website: Mapped[str | None] = mapped_column(String(255))
    notes: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)

    contacts: Mapped[list[Contact]] = relationship(back_populates="account")


class Contact(SyncColumns, Address, Base):
    """A person; ``account_id`` is empty for a B2C customer.

    Vietnamese names are written family name first ("Nguyễn Thị Ánh Dương": family Nguyễn,
    middle Thị Ánh, given Dương); ``full_name`` is the name as the person writes it.
    """

    __tablename__ = "contacts"

    full_name: Mapped[str] = mapped_column(String(255), index=True)
    family_name: Mapped[str | None] = mapped_column(String(100))
    middle_name: Mapped[str | None] = mapped_column(String(100))
    given_name: Mapped[str | None] = mapped_column(String(100), index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str | None] = mapped_column(String(120))
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    preferred_channel: Mapped[str | None] = mapped_column(String(20))
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(60))
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    lifecycle_stage: Mapped[str] = mapped_column(String(20), default="lead", index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)

    account: Mapped[Account | None] = relationship(back_populates="contacts")


class ContactPoint(SyncColumns, Base):
    """One phone number or e-mail address of a contact or an account.

    Phones are stored in E.164 form (+84903123456) so that every way of writing a number
    finds the same row; ``value`` is indexed for that lookup.
    """

    __tablename__ = "contact_points"
    __table_args__ = (
        CheckConstraint("(contact_id IS NULL) != (account_id IS NULL)", name="one_owner"),
        Index("ix_contact_points_kind_value", "kind", "value"),
    )

    kind: Mapped[str] = mapped_column(String(10))
    value: Mapped[str] = mapped_column(String(254))
    label: Mapped[str | None] = mapped_column(String(40))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"), index=True)


class Tag(SyncColumns, Base):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(80), index=True)
    color: Mapped[str | None] = mapped_column(String(9))


class Tagging(SyncColumns, Base):
    """A tag on one record. A link row with its own id, so adding and removing tags syncs."""

    __tablename__ = "taggings"
    __table_args__ = (
        CheckConstraint(
            "(contact_id IS NOT NULL) + (account_id IS NOT NULL) + (deal_id IS NOT NULL) = 1",
            name="one_target",
        ),
    )

    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tags.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id"), index=True)


# --- sales process -----------------------------------------------------------------------


class Pipeline(SyncColumns, Base):
    __tablename__ = "pipelines"

    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)

    stages: Mapped[list[Stage]] = relationship(back_populates="pipeline", order_by="Stage.position")


class Stage(SyncColumns, Base):
    __tablename__ = "stages"
    __table_args__ = (
        CheckConstraint("probability >= 0 AND probability <= 10000", name="probability_range"),
        Index("ix_stages_pipeline_id_position", "pipeline_id", "position"),
    )

    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id"))
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer)
    probability: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    kind: Mapped[str] = mapped_column(String(10), default="open")
    rotting_days: Mapped[int | None] = mapped_column(Integer)

    pipeline: Mapped[Pipeline] = relationship(back_populates="stages")


class Deal(SyncColumns, Base):
    __tablename__ = "deals"
    __table_args__ = (
        Index("ix_deals_status_expected_close_date", "status", "expected_close_date"),
    )

    title: Mapped[str] = mapped_column(String(255))
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id"), index=True)
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stages.id"), index=True)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="VND")
    # None means "the stage's default probability".
    probability: Mapped[Decimal | None] = mapped_column(Percent)
    expected_close_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    stage_entered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    lost_reason: Mapped[str | None] = mapped_column(String(255))
    source: Mapped[str | None] = mapped_column(String(60))
    description: Mapped[str | None] = mapped_column(Text)


class LostReason(SyncColumns, Base):
    """An entry of the user-editable list of reasons a deal was lost."""

    __tablename__ = "lost_reasons"

    name: Mapped[str] = mapped_column(String(255))
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class DealStageChange(SyncColumns, Base):
    """One move of a deal between stages: the history that reports read."""

    __tablename__ = "deal_stage_changes"

    deal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("deals.id"), index=True)
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stages.id"))
    to_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stages.id"), index=True)
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class Activity(SyncColumns, Base):
    """A call, meeting, visit, e-mail, chat message, note or task."""

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_owner_id_done_at_due_at", "owner_id", "done_at", "due_at"),
        # "last contact" and "not contacted for N days" per customer
        Index("ix_activities_contact_id_done_at", "contact_id", "done_at"),
        Index("ix_activities_account_id_done_at", "account_id", "done_at"),
        # The last interaction of every customer at once (segments): partial indexes of the
        # live rows, so the query reads the index alone instead of 500,000 table rows.
        Index(
            "ix_activities_live_account_done",
            "account_id",
            "done_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_activities_live_contact_done",
            "contact_id",
            "account_id",
            "done_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    type: Mapped[str] = mapped_column(String(12), index=True)
    channel: Mapped[str | None] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(255))
    body: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(255))
    due_at: Mapped[dt.datetime | None] = mapped_column(default=None, index=True)
    done_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # Indexed by the composite indexes above (their first column).
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id"), index=True)
    care_case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("care_cases.id"), index=True)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


# --- quotes ------------------------------------------------------------------------------


class Product(SyncColumns, Base):
    __tablename__ = "products"

    sku: Mapped[str] = mapped_column(String(60), index=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(30), default="cái")
    unit_price: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="VND")
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=Decimal(10))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Quote(SyncColumns, Base):
    """A priced offer. ``number`` carries a device part (no UNIQUE: see module doc)."""

    __tablename__ = "quotes"

    number: Mapped[str] = mapped_column(String(60), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    previous_version_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("quotes.id"))
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id"), index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    currency: Mapped[str] = mapped_column(String(3), default="VND")
    language: Mapped[str] = mapped_column(String(5), default="vi")
    issue_date: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    payment_terms: Mapped[str | None] = mapped_column(Text)
    delivery_terms: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    # Cached totals (recomputed from the lines by the quote service) for lists and reports.
    subtotal: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    sent_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    lines: Mapped[list[QuoteLine]] = relationship(order_by="QuoteLine.position")


class QuoteLine(SyncColumns, Base):
    __tablename__ = "quote_lines"

    quote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("quotes.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("products.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(1))
    unit: Mapped[str | None] = mapped_column(String(30))
    unit_price: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=Decimal(10))


# --- care --------------------------------------------------------------------------------


class CareCase(SyncColumns, Base):
    """A customer care ticket: question, complaint, warranty or request."""

    __tablename__ = "care_cases"
    __table_args__ = (
        CheckConstraint("csat_score IS NULL OR csat_score BETWEEN 1 AND 5", name="csat_range"),
    )

    subject: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20), default="question")
    channel: Mapped[str | None] = mapped_column(String(20))
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    status: Mapped[str] = mapped_column(String(24), default="new", index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    due_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    first_response_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    csat_score: Mapped[int | None] = mapped_column(Integer)
    csat_comment: Mapped[str | None] = mapped_column(Text)


# --- company profile and team settings ---------------------------------------------------


class CompanyProfile(SyncColumns, Address, Base):
    """The seller: letterhead of quotes and reports. One live row."""

    __tablename__ = "company_profile"

    name: Mapped[str] = mapped_column(String(255), default="")
    tax_code: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(255))
    bank_account: Mapped[str | None] = mapped_column(String(60))
    bank_name: Mapped[str | None] = mapped_column(String(255))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    default_currency: Mapped[str] = mapped_column(String(3), default="VND")


class TeamSetting(SyncColumns, Base):
    """A setting shared by the team (quote number pattern, care plans...), as JSON text."""

    __tablename__ = "team_settings"

    key: Mapped[str] = mapped_column(String(80), index=True)
    value_json: Mapped[str] = mapped_column(Text)


SYNCED_MODELS: tuple[type[SyncColumns], ...] = (
    User,
    Account,
    Contact,
    ContactPoint,
    Tag,
    Tagging,
    Pipeline,
    Stage,
    Deal,
    LostReason,
    DealStageChange,
    Activity,
    Product,
    Quote,
    QuoteLine,
    CareCase,
    CompanyProfile,
    TeamSetting,
)


# --- local bookkeeping of this laptop (not synced) ---------------------------------------

SEARCH_FTS_TABLE = "search_fts"
# Trigram FTS5 over folded text: any substring of 3+ characters is found through the index.
SEARCH_FTS_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_FTS_TABLE} USING fts5(body, tokenize='trigram')"
)


class SearchDoc(Base):
    """One searchable record; its ``id`` is the rowid of its text in ``search_fts``.

    Local: every laptop builds its own index from the synced rows.
    """

    __tablename__ = "search_docs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # contact | account | deal | quote
    ref_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    # Folded main name (person, company, deal title, quote number): ranks exact and prefix
    # matches first.
    name_key: Mapped[str] = mapped_column(Text, default="", index=True)


class ImportBatch(Base):
    """One import run: what it did and what undoing it must restore."""

    __tablename__ = "import_batches"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    file_name: Mapped[str] = mapped_column(Text)
    entity: Mapped[str] = mapped_column(String(20))  # contacts | accounts
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    rejected_count: Mapped[int] = mapped_column(Integer, default=0)
    undo_json: Mapped[str] = mapped_column(Text, default="{}")
    undone_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class CustomerSegment(Base):
    """What the program computed about one customer: care group, RFM, value tier, churn risk,
    lifetime value (``services.segments``).

    A customer is an account, or a contact with no account (a B2C buyer); a contact at a
    company belongs to its account's row. Local and derived: every laptop recomputes it from
    the synced rows, so it is never synced itself. Amounts are in the company's currency.
    """

    __tablename__ = "customer_segments"

    customer_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # account | contact
    care_group: Mapped[str] = mapped_column(String(12), index=True)  # loyal|potential|new|unaware
    # The figures that put the customer in its group, for the sentence that explains it.
    reason_json: Mapped[str] = mapped_column(Text, default="{}")
    purchases: Mapped[int] = mapped_column(Integer, default=0)  # all time
    recent_purchases: Mapped[int] = mapped_column(Integer, default=0)  # in the loyalty window
    first_purchase_on: Mapped[dt.date | None] = mapped_column(Date)
    last_purchase_on: Mapped[dt.date | None] = mapped_column(Date)
    last_interaction_on: Mapped[dt.date | None] = mapped_column(Date)
    monetary: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    r_score: Mapped[int] = mapped_column(Integer, default=0)  # 1-5; 0 without a purchase
    f_score: Mapped[int] = mapped_column(Integer, default=0)
    m_score: Mapped[int] = mapped_column(Integer, default=0)
    rfm_segment: Mapped[str] = mapped_column(String(20), index=True)
    tier: Mapped[str] = mapped_column(String(1), index=True)  # A | B | C ("" without revenue)
    usual_interval_days: Mapped[int | None] = mapped_column(Integer)
    churn_risk: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    csat: Mapped[Decimal | None] = mapped_column(Percent)  # mean CSAT 1-5, 2 decimals
    clv: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    projected_value: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    computed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class LeadScore(Base):
    """The explainable 0-100 score of a lead (contact) or an open deal. Local and derived."""

    __tablename__ = "lead_scores"

    ref_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), index=True)  # contact | deal
    score: Mapped[int] = mapped_column(Integer, index=True)
    points_json: Mapped[str] = mapped_column(Text, default="[]")  # [[rule, points], ...]
    computed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class MergeRecord(Base):
    """One merge of duplicates into a survivor, with what undoing it must restore."""

    __tablename__ = "merge_records"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(10))  # contact | account
    survivor_id: Mapped[uuid.UUID] = mapped_column(index=True)
    merged_ids_json: Mapped[str] = mapped_column(Text)
    undo_json: Mapped[str] = mapped_column(Text)
    undone_at: Mapped[dt.datetime | None] = mapped_column(default=None)
