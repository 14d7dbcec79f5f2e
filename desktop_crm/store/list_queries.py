"""Lists of contacts and accounts: filtered, sorted and paged in the database.

Every list query runs in two steps, as Anki's browser does: first the ids of one page
(``WHERE`` filters, ``ORDER BY`` the chosen column then the id, ``LIMIT``/``OFFSET``), then
the shown values of just those ids. The costly per-row values (primary phone, last contact,
open deals...) are therefore computed for the page only, unless the list is sorted by them.

Names sort folded (diacritics and case ignored, Đ as D) without a Python collation: the
folded ``search_text`` of a contact or an account starts with its folded name (see
``services.contacts.search_text`` and the demo builder), and folding keeps the number of
characters of an NFC Vietnamese name, so ``substr(search_text, instr(full_name, part),
length(part))`` is the folded given or family name. Columns with few distinct values
(province, owner, lifecycle stage) sort by a rank computed over their distinct values.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, select, type_coerce
from sqlalchemy.orm import Session, aliased

from desktop_crm.domain.enums import LifecycleStage
from desktop_crm.domain.text import fold
from desktop_crm.store.models import (
    Account,
    Activity,
    Contact,
    ContactPoint,
    CustomerSegment,
    Deal,
    Tag,
    Tagging,
    User,
)
from desktop_crm.store.types import UTCDateTime

CONTACT_COLUMNS = (
    "name",
    "given_name",
    "account",
    "title",
    "phone",
    "email",
    "province",
    "stage",
    "owner",
    "tags",
    "last_contact",
    "open_deals",
    "created",
)
ACCOUNT_COLUMNS = (
    "name",
    "tax_code",
    "industry",
    "phone",
    "email",
    "province",
    "owner",
    "tags",
    "people",
    "open_deals",
    "last_contact",
    "created",
)


@dataclass(frozen=True)
class ListSpec:
    """Which rows a list shows, in which order. ``text`` is matched folded."""

    kind: str  # "contact" | "account"
    owner_id: uuid.UUID | None = None
    tag: str | None = None
    province: str | None = None
    lifecycle_stage: str | None = None  # contacts only
    has_open_deal: bool = False
    not_contacted_since: dt.datetime | None = None  # no done activity at or after this time
    # (dimension, value): ("care", "loyal"), ("rfm", "champions"), ("tier", "A"), ("churn", "yes")
    segment: tuple[str, str] | None = None
    text: str | None = None
    sort: str = "name"
    descending: bool = False


SEGMENT_DIMENSIONS = ("care", "rfm", "tier", "churn")


def segment_condition(segment: tuple[str, str]) -> ColumnElement[bool]:
    """The condition on ``customer_segments`` of one segment filter key."""
    dimension, value = segment
    if dimension == "care":
        return CustomerSegment.care_group == value
    if dimension == "rfm":
        return CustomerSegment.rfm_segment == value
    if dimension == "tier":
        return CustomerSegment.tier == value
    if dimension == "churn":
        return CustomerSegment.churn_risk.is_(value == "yes")
    raise ValueError(f"unknown segment filter {segment!r}")


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _folded_query(text: str) -> str:
    """The text as it appears in ``search_text``: folded; a phone number as its digits."""
    folded = fold(text)
    digits = "".join(ch for ch in folded if ch.isdigit())
    if digits and len(digits) >= 3 and all(ch.isdigit() or ch in " .+-()" for ch in folded):
        if digits.startswith("84") and not folded.startswith("0") and len(digits) >= 11:
            digits = "0" + digits[2:]  # '+84 903…' -> '0903…', a form every list row holds
        return digits
    return folded


class _Table:
    """The columns of one list kind as SQL expressions over ``model`` (Contact or Account)."""

    def __init__(self, session: Session, kind: str) -> None:
        if kind not in ("contact", "account"):
            raise ValueError(f"unknown list kind {kind!r}")
        self.session = session
        self.kind = kind
        self.model: Any = Contact if kind == "contact" else Account
        self.owner_column: Any = (
            ContactPoint.contact_id if kind == "contact" else ContactPoint.account_id
        )

    # -- filters
    def where(self, spec: ListSpec) -> list[ColumnElement[bool]]:
        model = self.model
        clauses: list[ColumnElement[bool]] = [model.deleted_at.is_(None)]
        if spec.owner_id is not None:
            clauses.append(model.owner_id == spec.owner_id)
        if spec.province:
            clauses.append(model.province == spec.province)
        if spec.lifecycle_stage and self.kind == "contact":
            clauses.append(Contact.lifecycle_stage == spec.lifecycle_stage)
        # Non-correlated IN (...) subqueries: SQLite builds each set once, where a correlated
        # EXISTS would probe the activities of every one of 100,000 contacts.
        if spec.tag:
            link = Tagging.contact_id if self.kind == "contact" else Tagging.account_id
            clauses.append(
                model.id.in_(
                    select(link).where(
                        link.is_not(None),
                        Tagging.deleted_at.is_(None),
                        Tagging.tag_id.in_(self._tag_ids(spec.tag)),
                    )
                )
            )
        if spec.has_open_deal:
            link = Deal.contact_id if self.kind == "contact" else Deal.account_id
            clauses.append(
                model.id.in_(
                    select(link).where(
                        link.is_not(None), Deal.deleted_at.is_(None), Deal.status == "open"
                    )
                )
            )
        if spec.not_contacted_since is not None:
            link = Activity.contact_id if self.kind == "contact" else Activity.account_id
            clauses.append(
                model.id.not_in(
                    select(link).where(
                        link.is_not(None),
                        Activity.deleted_at.is_(None),
                        Activity.done_at >= spec.not_contacted_since,
                    )
                )
            )
        if spec.segment is not None:
            clauses.append(self._segment_filter(spec.segment))
        if spec.text and spec.text.strip():
            clauses.append(
                model.search_text.like(_like_pattern(_folded_query(spec.text)), escape="\\")
            )
        return clauses

    def _segment_filter(self, segment: tuple[str, str]) -> ColumnElement[bool]:
        """Rows whose customer is in ``segment``: an account by its own id, a contact by its
        account's id when it has one (a person at a company shares its account's segment), else
        by its own id. Again a non-correlated ``IN``: the segment's customers are read once."""
        members = select(CustomerSegment.customer_id).where(segment_condition(segment))
        if self.kind == "account":
            return Account.id.in_(members)
        return func.coalesce(Contact.account_id, Contact.id).in_(members)

    def _tag_ids(self, name: str) -> list[uuid.UUID]:
        stmt = select(Tag.id).where(Tag.name == name, Tag.deleted_at.is_(None))
        return list(self.session.scalars(stmt))

    def _open_deal_filter(self) -> ColumnElement[bool]:
        link = Deal.contact_id if self.kind == "contact" else Deal.account_id
        return and_(link == self.model.id, Deal.deleted_at.is_(None), Deal.status == "open")

    # -- values
    def primary_point(self, kind: str) -> Any:
        return (
            select(ContactPoint.value)
            .where(
                self.owner_column == self.model.id,
                ContactPoint.kind == kind,
                ContactPoint.deleted_at.is_(None),
            )
            .order_by(ContactPoint.is_primary.desc(), ContactPoint.created_at)
            .limit(1)
            .scalar_subquery()
        )

    def tags(self) -> Any:
        link = Tagging.contact_id if self.kind == "contact" else Tagging.account_id
        return (
            select(func.group_concat(Tag.name, "\n"))
            .join(Tagging, Tagging.tag_id == Tag.id)
            .where(link == self.model.id, Tagging.deleted_at.is_(None), Tag.deleted_at.is_(None))
            .scalar_subquery()
        )

    def last_contact(self) -> Any:
        link = Activity.contact_id if self.kind == "contact" else Activity.account_id
        latest = select(func.max(Activity.done_at)).where(
            link == self.model.id, Activity.deleted_at.is_(None)
        )
        return type_coerce(latest.scalar_subquery(), UTCDateTime())

    def open_deals(self) -> Any:
        return select(func.count()).where(self._open_deal_filter()).scalar_subquery()

    def people(self) -> Any:
        return (
            select(func.count())
            .where(Contact.account_id == Account.id, Contact.deleted_at.is_(None))
            .scalar_subquery()
        )

    def owner_name(self) -> Any:
        return select(User.name).where(User.id == self.model.owner_id).limit(1).scalar_subquery()

    def values(self) -> dict[str, Any]:
        """Column key -> SQL expression of the shown value."""
        model = self.model
        common = {
            "phone": self.primary_point("phone"),
            "email": self.primary_point("email"),
            "province": model.province,
            "owner": self.owner_name(),
            "tags": self.tags(),
            "last_contact": self.last_contact(),
            "open_deals": self.open_deals(),
            "created": model.created_at,
        }
        if self.kind == "contact":
            account_name = (
                select(Account.name).where(Account.id == Contact.account_id).scalar_subquery()
            )
            return {
                "name": Contact.full_name,
                "given_name": Contact.given_name,
                "account": account_name,
                "account_id": Contact.account_id,
                "title": Contact.title,
                "stage": Contact.lifecycle_stage,
                **common,
            }
        return {
            "name": Account.name,
            "tax_code": Account.tax_code,
            "industry": Account.industry,
            "people": self.people(),
            **common,
        }

    # -- sort keys
    def _rank(self, column: Any, ordered: Sequence[Any]) -> Any:
        """A CASE giving each value its position in ``ordered``; other values last."""
        if not ordered:
            return literal(0)
        return case({value: rank for rank, value in enumerate(ordered)}, value=column, else_=None)

    def _folded_part(self, part: Any) -> Any:
        """Folded ``part`` (a word of ``full_name``) cut out of the folded ``search_text``."""
        return func.substr(
            Contact.search_text, func.instr(Contact.full_name, part), func.length(part)
        )

    def sort_keys(self, key: str) -> tuple[list[Any], Callable[[Any], Any] | None]:
        """ORDER BY expressions (before the id) and the join the first one needs."""
        model = self.model
        name_key = func.substr(model.search_text, 1, func.length(self._name_column()))
        if key == "name":
            return [name_key], None
        if key == "given_name" and self.kind == "contact":
            return [
                self._folded_part(Contact.given_name),
                self._folded_part(Contact.family_name),
                name_key,
            ], None
        if key == "account" and self.kind == "contact":
            other = aliased(Account)
            account_key = func.substr(other.search_text, 1, func.length(other.name))
            return [account_key, name_key], lambda stmt: stmt.outerjoin(
                other, other.id == Contact.account_id
            )
        if key == "province":
            provinces = self.session.scalars(
                select(model.province).distinct().where(model.province.is_not(None))
            )
            ordered = sorted(provinces, key=lambda p: (fold(p), p))
            return [self._rank(model.province, ordered), name_key], None
        if key == "owner":
            users = self.session.execute(select(User.id, User.name))
            ordered = [u for u, _ in sorted(users, key=lambda row: (fold(row[1]), str(row[0])))]
            return [self._rank(model.owner_id, ordered), name_key], None
        if key == "stage" and self.kind == "contact":
            stages = [s.value for s in LifecycleStage]
            return [self._rank(Contact.lifecycle_stage, stages), name_key], None
        if key in ("open_deals", "people"):
            grouped = self._grouped_count(key)
            number = func.coalesce(grouped.c.n, 0)
            return [number, name_key], lambda stmt: stmt.outerjoin(
                grouped, grouped.c.owner == model.id
            )
        if key == "tags":
            # By the record's first tag in folded order (tags are few: ranked in Python).
            names = self.session.scalars(select(Tag.name).distinct())
            ordered = sorted(names, key=lambda n: (fold(n), n))
            link = Tagging.contact_id if self.kind == "contact" else Tagging.account_id
            first = (
                select(func.min(self._rank(Tag.name, ordered)))
                .join(Tagging, Tagging.tag_id == Tag.id)
                .where(link == model.id, Tagging.deleted_at.is_(None), Tag.deleted_at.is_(None))
                .scalar_subquery()
            )
            return [first, name_key], None
        values = self.values()
        if key in ("phone", "email", "last_contact", "created"):
            return [values[key], name_key], None
        if key in ("title", "tax_code", "industry"):
            return [func.lower(values[key]), name_key], None
        raise ValueError(f"a {self.kind} list cannot be sorted by {key!r}")

    def _grouped_count(self, key: str) -> Any:
        """(owner, n) per record: its open deals, or an account's people; one grouped pass."""
        if key == "people":
            link: Any = Contact.account_id
            where: list[Any] = [Contact.deleted_at.is_(None)]
        else:
            link = Deal.contact_id if self.kind == "contact" else Deal.account_id
            where = [Deal.deleted_at.is_(None), Deal.status == "open"]
        return (
            select(link.label("owner"), func.count().label("n"))
            .where(link.is_not(None), *where)
            .group_by(link)
            .subquery()
        )

    def _name_column(self) -> Any:
        return Contact.full_name if self.kind == "contact" else Account.name

    def order_by(self, spec: ListSpec) -> tuple[list[Any], Callable[[Any], Any] | None]:
        keys, join = self.sort_keys(spec.sort)
        clauses: list[Any] = []
        for key in keys:
            clauses.append(key.is_(None))  # empty values last, whatever the direction
            clauses.append(key.desc() if spec.descending else key.asc())
        clauses.append(self.model.id.desc() if spec.descending else self.model.id.asc())
        return clauses, join


def count(session: Session, spec: ListSpec) -> int:
    """How many rows the list has with these filters."""
    table = _Table(session, spec.kind)
    stmt = select(func.count()).select_from(table.model).where(*table.where(spec))
    return int(session.scalar(stmt) or 0)


def page_ids(session: Session, spec: ListSpec, offset: int, limit: int) -> list[uuid.UUID]:
    """The ids of rows ``offset`` to ``offset + limit`` of the sorted, filtered list."""
    table = _Table(session, spec.kind)
    order, join = table.order_by(spec)
    stmt = select(table.model.id).select_from(table.model)
    if join is not None:
        stmt = join(stmt)
    stmt = stmt.where(*table.where(spec)).order_by(*order).limit(limit).offset(offset)
    return list(session.scalars(stmt))


def row_values(session: Session, kind: str, ids: Sequence[uuid.UUID]) -> list[dict[str, Any]]:
    """The shown values of the rows ``ids``, in that order (missing ids left out)."""
    if not ids:
        return []
    table = _Table(session, kind)
    values = table.values()
    labels = list(values)
    stmt = select(table.model.id, *(values[k].label(k) for k in labels)).where(
        table.model.id.in_(ids)
    )
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for row in session.execute(stmt):
        record = dict(zip(labels, row[1:], strict=True))
        tags = record.get("tags")
        record["tags"] = tuple(sorted(str(tags).split("\n"), key=fold)) if tags else ()
        found[row[0]] = record
    return [{"id": i, **found[i]} for i in ids if i in found]


# --- choices of the filter bar -----------------------------------------------------------


def provinces(session: Session, kind: str) -> list[str]:
    model: Any = Contact if kind == "contact" else Account
    stmt = (
        select(model.province)
        .distinct()
        .where(model.province.is_not(None), model.deleted_at.is_(None))
    )
    return sorted(session.scalars(stmt), key=lambda p: (fold(p), p))


def users(session: Session) -> list[tuple[uuid.UUID, str]]:
    stmt = select(User.id, User.name).where(User.deleted_at.is_(None))
    return sorted(((u, n) for u, n in session.execute(stmt)), key=lambda r: (fold(r[1]), r[1]))


def tags_in_use(session: Session) -> list[str]:
    stmt = select(Tag.name).distinct().where(Tag.deleted_at.is_(None))
    return sorted(session.scalars(stmt), key=lambda t: (fold(t), t))


def account_names(session: Session, text: str, limit: int = 15) -> list[tuple[uuid.UUID, str]]:
    """Accounts whose folded text contains ``text``; those starting with it first."""
    folded = fold(text)
    if not folded:
        return []
    starts = Account.search_text.like(_like_pattern(folded)[1:], escape="\\")
    stmt = (
        select(Account.id, Account.name)
        .where(
            Account.deleted_at.is_(None),
            Account.search_text.like(_like_pattern(folded), escape="\\"),
        )
        .order_by(starts.desc(), func.length(Account.name), Account.id)
        .limit(limit)
    )
    return [(i, n) for i, n in session.execute(stmt)]
