"""The detail of one deal: its figures, customer and people, products, stage history,
activities and quotes; and overriding its win probability.

Safe on any thread; each call takes the caller's unit of work. Times are aware UTC; ``now``
is passed in so tests control the "days in stage" figures.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services.contacts import NotFoundError, parse_id
from desktop_crm.services.search import update_index
from desktop_crm.store import deal_view_queries as q
from desktop_crm.store.models import Deal
from desktop_crm.store.uow import UnitOfWork

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class PartyRef:
    """A customer link: ``kind`` is contact or account."""

    kind: str
    id: str
    name: str


@dataclass(frozen=True)
class PersonInvolved:
    id: str
    full_name: str
    title: str | None
    is_deal_contact: bool  # the deal's own contact (the others appear in its activities)


@dataclass(frozen=True)
class ProductLine:
    """One product under discussion: the lines of the deal's current quotes for it, summed."""

    product_id: str | None
    name: str  # the product's name, or the line's description for a free line
    quantity: Decimal  # total over the lines
    unit: str | None
    unit_price: Decimal  # of the newest line
    currency: str


@dataclass(frozen=True)
class StageMove:
    """One recorded stage change; ``days_in_previous`` is how long the deal stayed in
    ``from_stage`` before this move (None for the first entry into the pipeline)."""

    from_stage: str | None
    to_stage: str
    changed_at: dt.datetime
    changed_by: str | None
    days_in_previous: int | None


@dataclass(frozen=True)
class CurrentStage:
    name: str
    kind: str  # open | won | lost
    entered_at: dt.datetime
    days: int  # days so far (until ``now``)


@dataclass(frozen=True)
class DealActivity:
    id: str
    type: str
    subject: str
    outcome: str | None
    due_at: dt.datetime | None
    done_at: dt.datetime | None
    owner: str | None

    @property
    def is_open(self) -> bool:
        return self.done_at is None


@dataclass(frozen=True)
class DealQuote:
    id: str
    number: str
    version: int
    status: str
    total: Decimal
    currency: str
    issue_date: dt.date
    superseded: bool


@dataclass(frozen=True)
class DealProbability:
    """The effective win probability (percent) and the weighted amount it gives."""

    percent: Decimal
    overridden: bool
    stage_percent: Decimal
    weighted_amount: Decimal  # amount × percent / 100, exact


@dataclass(frozen=True)
class DealView:
    id: str
    title: str
    amount: Decimal
    currency: str
    probability: DealProbability
    expected_close: dt.date | None
    status: str  # open | won | lost
    closed_at: dt.datetime | None
    lost_reason: str | None
    stage_id: str
    stage: str
    pipeline: str
    owner_id: str | None
    owner: str | None
    source: str | None
    description: str | None
    account: PartyRef | None
    contact: PartyRef | None
    people: tuple[PersonInvolved, ...]
    products: tuple[ProductLine, ...]
    history: tuple[StageMove, ...]  # oldest first
    current_stage: CurrentStage
    activities: tuple[DealActivity, ...]  # newest first
    quotes: tuple[DealQuote, ...]  # newest first

    @property
    def customer(self) -> PartyRef | None:
        """The account when there is one, else the contact."""
        return self.account or self.contact


def weighted(amount: Decimal, percent: Decimal) -> Decimal:
    """``amount`` × ``percent`` / 100, exact (no rounding)."""
    return amount * percent / HUNDRED


def _probability(deal: Deal, stage_percent: Decimal) -> DealProbability:
    percent = deal.probability if deal.probability is not None else stage_percent
    return DealProbability(
        percent=percent,
        overridden=deal.probability is not None,
        stage_percent=stage_percent,
        weighted_amount=weighted(deal.amount, percent),
    )


def _days(start: dt.datetime, end: dt.datetime) -> int:
    return max(0, (end - start).days)


def _chained(changes: list[Any]) -> list[Any]:
    """``changes`` (sorted by time) with moves made at the same moment put in the order that
    links them: each leaves the stage the previous one reached."""
    result: list[Any] = []
    index = 0
    while index < len(changes):
        end = index
        while end < len(changes) and changes[end][2] == changes[index][2]:
            end += 1
        group = list(changes[index:end])
        at = result[-1][1] if result else None
        while group:
            step = next((c for c in group if c[0] == at), group[0])
            group.remove(step)
            result.append(step)
            at = step[1]
        index = end
    return result


def _load_deal(uow: UnitOfWork, deal_id: str) -> Deal:
    key = parse_id(deal_id, "deal")
    deal = q.live_deal(uow.session, key) if key is not None else None
    if deal is None:
        raise NotFoundError("deal", deal_id)
    return deal


def deal_view(uow: UnitOfWork, deal_id: str, now: dt.datetime) -> DealView:
    """Everything the detail page of deal ``deal_id`` shows; ``NotFoundError`` if it is gone.

    ``now`` (aware) ends the current stage's "days so far". Products come from the lines of
    the deal's current quotes (a quote replaced by a newer version does not count twice),
    one row per product and currency with the quantities summed.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    session = uow.session
    deal = _load_deal(uow, deal_id)
    stage = q.stage(session, deal.stage_id)
    assert stage is not None, "a deal's stage is never deleted while it holds the deal"

    changes = _chained(q.stage_changes(session, deal.id))
    stage_ids = {deal.stage_id} | {c[0] for c in changes if c[0]} | {c[1] for c in changes}
    names = q.stage_names(session, stage_ids)
    activity_rows = q.activities(session, deal.id)
    users = q.user_names(
        session,
        [deal.owner_id, *(c[3] for c in changes), *(a[6] for a in activity_rows)],
    )

    history: list[StageMove] = []
    entered = deal.created_at
    for from_id, to_id, changed_at, by_id in changes:
        history.append(
            StageMove(
                from_stage=names.get(from_id) if from_id else None,
                to_stage=names.get(to_id, ""),
                changed_at=changed_at,
                changed_by=users.get(by_id) if by_id else None,
                days_in_previous=_days(entered, changed_at) if from_id else None,
            )
        )
        entered = changed_at
    current_entered = deal.stage_entered_at
    current = CurrentStage(stage.name, stage.kind, current_entered, _days(current_entered, now))

    account = contact = None
    account_id = deal.account_id
    people: list[PersonInvolved] = []
    if deal.contact_id is not None:
        found = q.contacts(session, [deal.contact_id])
        if found:
            cid, cname, ctitle, caccount = found[0]
            contact = PartyRef("contact", str(cid), cname)
            people.append(PersonInvolved(str(cid), cname, ctitle, True))
            account_id = account_id or caccount
    if deal.account_id is not None:
        name = q.account_name(session, deal.account_id)
        if name is not None:
            account = PartyRef("account", str(deal.account_id), name)
    if account_id is not None:
        others = q.activity_contact_ids(session, deal.id) - {deal.contact_id}
        for cid, cname, ctitle, caccount in q.contacts(session, others):
            if caccount == account_id:
                people.append(PersonInvolved(str(cid), cname, ctitle, False))

    quote_rows = q.quotes(session, deal.id)
    quotes = tuple(
        DealQuote(str(i), n, v, s, t, c, d, bool(sup)) for i, n, v, s, t, c, d, sup in quote_rows
    )
    current_quotes = [uuid.UUID(x.id) for x in quotes if not x.superseded]
    products: dict[tuple[str, str], ProductLine] = {}
    for product_id, product_name, description, quantity, unit, price, currency in q.quote_lines(
        session, current_quotes
    ):
        name = product_name or description
        key = (str(product_id) if product_id else f"text:{description}", currency)
        before = products.get(key)
        products[key] = ProductLine(
            product_id=str(product_id) if product_id else None,
            name=name,
            quantity=quantity + (before.quantity if before else Decimal(0)),
            unit=unit or (before.unit if before else None),
            unit_price=price,
            currency=currency,
        )

    return DealView(
        id=str(deal.id),
        title=deal.title,
        amount=deal.amount,
        currency=deal.currency,
        probability=_probability(deal, stage.probability),
        expected_close=deal.expected_close_date,
        status=deal.status,
        closed_at=deal.closed_at,
        lost_reason=deal.lost_reason,
        stage_id=str(stage.id),
        stage=stage.name,
        pipeline=q.pipeline_name(session, deal.pipeline_id) or "",
        owner_id=str(deal.owner_id) if deal.owner_id else None,
        owner=users.get(deal.owner_id) if deal.owner_id else None,
        source=deal.source,
        description=deal.description,
        account=account,
        contact=contact,
        people=tuple(people),
        products=tuple(products.values()),
        history=tuple(history),
        current_stage=current,
        activities=tuple(
            DealActivity(str(i), t, s, o, due, done, users.get(owner) if owner else None)
            for i, t, s, o, due, done, owner, _contact in activity_rows
        ),
        quotes=quotes,
    )


def set_probability(uow: UnitOfWork, deal_id: str, percent: Decimal | None) -> DealProbability:
    """Override the deal's win probability with ``percent`` (0–100, at most 2 decimals), or
    go back to its stage's default with None. Commits; ``FieldError`` on "probability"."""
    if percent is not None:
        if isinstance(percent, float) or not isinstance(percent, Decimal | int):
            raise TypeError("give the probability as a Decimal")
        percent = Decimal(percent)
        if not percent.is_finite() or not Decimal(0) <= percent <= HUNDRED:
            raise FieldError(
                "probability",
                QT_TRANSLATE_NOOP("errors", "The probability must be between 0 and 100%."),
            )
        if percent != percent.quantize(Decimal("0.01")):
            raise FieldError(
                "probability",
                QT_TRANSLATE_NOOP("errors", "Give the probability with at most 2 decimals."),
            )
    deal = _load_deal(uow, deal_id)
    stage = q.stage(uow.session, deal.stage_id)
    assert stage is not None
    deal.probability = percent
    uow.session.flush()
    update_index(uow, "deal", [deal.id])
    result = _probability(deal, stage.probability)
    uow.commit()
    return result
