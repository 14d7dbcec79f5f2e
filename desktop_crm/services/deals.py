"""Deals: create, edit, move between stages, and the board and list that show them.

Every move is recorded as a ``DealStageChange`` (from, to, when, who) because reports read the
history. Moving to a won stage needs the final amount; to a lost stage, a reason. Amounts are
exact Decimals; a weighted amount (amount × probability / 100) is kept exact here and rounded
to the currency's minor unit only when shown.

Every function runs on the calling thread (a worker in the program) inside ``uow``; writers
commit once, readers never.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.money import MoneyError, currency_decimals, to_decimal
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services import care_plan, search
from desktop_crm.services.contacts import NotFoundError, parse_id
from desktop_crm.store import deal_queries, list_queries, queries
from desktop_crm.store.deal_queries import CardRow, DealFilter
from desktop_crm.store.ids import new_id
from desktop_crm.store.models import Account, Contact, Deal, DealStageChange, Pipeline, Stage, User
from desktop_crm.store.uow import UnitOfWork

PERIODS = ("all", "month", "quarter", "overdue", "custom")
PAGE_SIZE = 30


# --- writing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DealInput:
    title: str
    account_id: str | None = None
    contact_id: str | None = None
    amount: Decimal | str = Decimal(0)
    currency: str = "VND"
    probability: Decimal | str | None = None  # None: the stage's default
    expected_close_date: dt.date | None = None
    owner_id: str | None = None
    source: str | None = None
    description: str | None = None
    stage_id: str | None = None  # creating only; default: the default pipeline's first stage


@dataclass(frozen=True)
class DealRecord:
    id: str
    title: str
    account_id: str | None
    contact_id: str | None
    pipeline_id: str
    stage_id: str
    stage_name: str
    stage_kind: str
    owner_id: str | None
    amount: Decimal
    currency: str
    probability: Decimal | None  # the override; None = stage default
    stage_probability: Decimal
    expected_close_date: dt.date | None
    status: str
    stage_entered_at: dt.datetime
    closed_at: dt.datetime | None
    lost_reason: str | None
    source: str | None
    description: str | None

    @property
    def effective_probability(self) -> Decimal:
        return self.stage_probability if self.probability is None else self.probability

    @property
    def weighted_amount(self) -> Decimal:
        return weighted(self.amount, self.effective_probability)


def weighted(amount: Decimal, probability: Decimal) -> Decimal:
    """amount × probability / 100, exact (never rounded here)."""
    return amount * probability / Decimal(100)


def _record(deal: Deal, stage: Stage) -> DealRecord:
    return DealRecord(
        id=str(deal.id),
        title=deal.title,
        account_id=str(deal.account_id) if deal.account_id else None,
        contact_id=str(deal.contact_id) if deal.contact_id else None,
        pipeline_id=str(deal.pipeline_id),
        stage_id=str(stage.id),
        stage_name=stage.name,
        stage_kind=stage.kind,
        owner_id=str(deal.owner_id) if deal.owner_id else None,
        amount=deal.amount,
        currency=deal.currency,
        probability=deal.probability,
        stage_probability=stage.probability,
        expected_close_date=deal.expected_close_date,
        status=deal.status,
        stage_entered_at=deal.stage_entered_at,
        closed_at=deal.closed_at,
        lost_reason=deal.lost_reason,
        source=deal.source,
        description=deal.description,
    )


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def _amount(value: Decimal | str, currency: str, field: str = "amount") -> Decimal:
    try:
        decimals = currency_decimals(currency)
    except MoneyError:
        raise FieldError(
            "currency",
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid choice"),
            value=currency,
        ) from None
    try:
        amount = to_decimal(value)
    except MoneyError:
        raise FieldError(
            field, QT_TRANSLATE_NOOP("errors", "'{value}' is not an amount."), value=value
        ) from None
    if amount < 0:
        raise FieldError(field, QT_TRANSLATE_NOOP("errors", "The amount cannot be negative."))
    if amount != amount.quantize(Decimal(1).scaleb(-decimals)):
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("errors", "An amount in {currency} has at most {decimals} decimals."),
            currency=currency,
            decimals=decimals,
        )
    return amount


def _probability(value: Decimal | str | None) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = to_decimal(value)
    except MoneyError:
        number = Decimal(-1)
    if not Decimal(0) <= number <= Decimal(100) or number != number.quantize(Decimal("0.01")):
        raise FieldError(
            "probability",
            QT_TRANSLATE_NOOP("errors", "The probability is a percentage from 0 to 100."),
        )
    return number


def _get(uow: UnitOfWork, model: type, record_id: str | None, what: str) -> object | None:
    key = parse_id(record_id, what)
    if key is None:
        return None
    row = uow.session.get(model, key)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(what, str(record_id))
    return row


def _apply(uow: UnitOfWork, deal: Deal, data: DealInput) -> None:
    title = _clean(data.title)
    if title is None:
        raise FieldError("title", QT_TRANSLATE_NOOP("errors", "A deal needs a title."))
    account = _get(uow, Account, data.account_id, "account")
    contact = _get(uow, Contact, data.contact_id, "contact")
    if account is None and contact is None:
        raise FieldError(
            "customer", QT_TRANSLATE_NOOP("errors", "Choose the customer: an account or a contact.")
        )
    owner = _get(uow, User, data.owner_id, "user")
    currency = (data.currency or "").strip().upper()
    deal.title = title
    deal.account_id = parse_id(data.account_id, "account")
    deal.contact_id = parse_id(data.contact_id, "contact")
    deal.amount = _amount(data.amount, currency)
    deal.currency = currency
    deal.probability = _probability(data.probability)
    deal.expected_close_date = data.expected_close_date
    deal.owner_id = owner.id if isinstance(owner, User) else None
    deal.source = _clean(data.source)
    deal.description = _clean(data.description)


def _first_open_stage(uow: UnitOfWork) -> Stage:
    pipeline = queries.default_pipeline(uow.session)
    if pipeline is None:
        raise NotFoundError("pipeline", "default")
    for stage in queries.pipeline_stages(uow.session, pipeline):
        if stage.kind == "open":
            return stage
    raise NotFoundError("stage", "open")


def _stage(uow: UnitOfWork, stage_id: str) -> Stage:
    stage = _get(uow, Stage, stage_id, "stage")
    if not isinstance(stage, Stage):
        raise NotFoundError("stage", stage_id)
    return stage


def _deal(uow: UnitOfWork, deal_id: str) -> Deal:
    deal = _get(uow, Deal, deal_id, "deal")
    if not isinstance(deal, Deal):
        raise NotFoundError("deal", deal_id)
    return deal


def create_deal(
    uow: UnitOfWork, data: DealInput, now: dt.datetime, user_id: str | None = None
) -> DealRecord:
    """Store a new deal in ``data.stage_id`` (an open stage) and its first history row; commits.

    ``FieldError`` names the field and nothing is written then.
    """
    stage = _stage(uow, data.stage_id) if data.stage_id else _first_open_stage(uow)
    if stage.kind != "open":
        raise FieldError(
            "stage_id", QT_TRANSLATE_NOOP("errors", "A new deal starts in an open stage.")
        )
    deal = Deal(
        id=new_id(),
        pipeline_id=stage.pipeline_id,
        stage_id=stage.id,
        status="open",
        stage_entered_at=now,
        created_at=now,
        updated_at=now,
    )
    _apply(uow, deal, data)
    uow.session.add(deal)
    uow.session.add(
        DealStageChange(
            deal_id=deal.id,
            from_stage_id=None,
            to_stage_id=stage.id,
            changed_at=now,
            changed_by_id=parse_id(user_id, "user"),
        )
    )
    uow.session.flush()
    search.update_index(uow, "deal", [deal.id])
    record = _record(deal, stage)
    uow.commit()
    return record


def update_deal(uow: UnitOfWork, deal_id: str, data: DealInput, now: dt.datetime) -> DealRecord:
    """Change a deal's fields (not its stage: see ``move_deal``); commits."""
    deal = _deal(uow, deal_id)
    _apply(uow, deal, data)
    deal.updated_at = now
    uow.session.flush()
    search.update_index(uow, "deal", [deal.id])
    stage = _stage(uow, str(deal.stage_id))
    record = _record(deal, stage)
    uow.commit()
    return record


def get_deal(uow: UnitOfWork, deal_id: str) -> DealRecord:
    deal = _deal(uow, deal_id)
    return _record(deal, _stage(uow, str(deal.stage_id)))


def move_deal(
    uow: UnitOfWork,
    deal_id: str,
    to_stage_id: str,
    now: dt.datetime,
    user_id: str | None = None,
    *,
    final_amount: Decimal | str | None = None,
    lost_reason: str | None = None,
) -> DealRecord:
    """Move a deal to another stage of its pipeline and record the move; commits.

    To a won stage ``final_amount`` is required (it becomes the amount; status won, closed now);
    to a lost stage ``lost_reason`` (a listed reason or free text). Moving a won or lost deal to
    an open stage reopens it. A move to the stage the deal is in changes nothing.
    """
    deal = _deal(uow, deal_id)
    stage = _stage(uow, to_stage_id)
    if stage.pipeline_id != deal.pipeline_id:
        raise FieldError(
            "stage_id", QT_TRANSLATE_NOOP("errors", "That stage belongs to another pipeline.")
        )
    if stage.id == deal.stage_id:
        return _record(deal, stage)
    if stage.kind == "won":
        if final_amount is None or (isinstance(final_amount, str) and not final_amount.strip()):
            raise FieldError(
                "final_amount", QT_TRANSLATE_NOOP("errors", "Enter the final amount of the deal.")
            )
        deal.amount = _amount(final_amount, deal.currency, "final_amount")
        deal.status, deal.closed_at, deal.lost_reason = "won", now, None
    elif stage.kind == "lost":
        reason = _clean(lost_reason)
        if reason is None:
            raise FieldError(
                "lost_reason", QT_TRANSLATE_NOOP("errors", "Say why the deal was lost.")
            )
        deal.status, deal.closed_at, deal.lost_reason = "lost", now, reason[:255]
    else:
        deal.status, deal.closed_at, deal.lost_reason = "open", None, None
    uow.session.add(
        DealStageChange(
            deal_id=deal.id,
            from_stage_id=deal.stage_id,
            to_stage_id=stage.id,
            changed_at=now,
            changed_by_id=parse_id(user_id, "user"),
        )
    )
    deal.stage_id = stage.id
    deal.stage_entered_at = now
    deal.updated_at = now
    uow.session.flush()
    if stage.kind == "won":
        _schedule_care(uow, str(deal.id), now)
    search.update_index(uow, "deal", [deal.id])
    record = _record(deal, stage)
    uow.commit()
    return record


def _schedule_care(uow: UnitOfWork, deal_id: str, won_at: dt.datetime) -> None:
    """The care plan's follow-ups after a win, in the same transaction."""
    care_plan.schedule_after_win(uow, deal_id, won_at)


@dataclass(frozen=True)
class StageMove:
    deal_id: str
    from_stage_id: str | None
    to_stage_id: str
    changed_at: dt.datetime
    changed_by_id: str | None


def stage_history(uow: UnitOfWork, deal_id: str) -> list[StageMove]:
    """Every recorded move of a deal, oldest first."""
    key = parse_id(deal_id, "deal")
    if key is None:
        return []
    return [
        StageMove(str(d), str(f) if f else None, str(t), at, str(by) if by else None)
        for d, f, t, at, by in deal_queries.history(uow.session, key)
    ]


# --- reading: the board and the list --------------------------------------------------------


@dataclass(frozen=True)
class BoardFilter:
    """What the user chose above the board. ``period``: all, month, quarter, overdue, custom
    (``start``..``end`` inclusive, local dates)."""

    owner_id: str | None = None
    period: str = "all"
    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""


@dataclass(frozen=True)
class MoneyTotal:
    currency: str
    amount: Decimal
    weighted: Decimal  # exact; round (format_money) only to show it


@dataclass(frozen=True)
class StageColumn:
    id: str
    name: str
    kind: str
    position: int
    probability: Decimal
    rotting_days: int | None
    count: int
    totals: tuple[MoneyTotal, ...]  # by currency, the one with most deals first


@dataclass(frozen=True)
class Board:
    pipeline_id: str
    pipeline_name: str
    columns: tuple[StageColumn, ...]


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    customer: str | None
    amount: Decimal
    currency: str
    probability: Decimal
    expected_close_date: dt.date | None
    owner: str | None
    stage_id: str
    stage_name: str
    stage_kind: str
    days_in_stage: int
    next_step_overdue: bool
    rotting: bool

    @property
    def weighted_amount(self) -> Decimal:
        return weighted(self.amount, self.probability)


def _month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def _quarter_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    first = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    last_month_first = dt.date(first.year, first.month + 2, 1)
    return first, _month_bounds(last_month_first)[1]


def _local_start(day: dt.date, tz: dt.tzinfo | None) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC)


def deal_filter(filt: BoardFilter, now: dt.datetime) -> DealFilter:
    """The store's filter for ``filt`` at ``now`` (aware; its zone is the user's local time).

    The won and lost columns show the deals closed in the period; with no period (or
    "overdue", which only open deals can be), those closed this month.
    """
    if filt.period not in PERIODS:
        raise ValueError(f"unknown period {filt.period!r}")
    local = now.astimezone(now.tzinfo)
    today = local.date()
    close: tuple[dt.date | None, dt.date | None] = (None, None)
    if filt.period == "month":
        close = _month_bounds(today)
    elif filt.period == "quarter":
        close = _quarter_bounds(today)
    elif filt.period == "overdue":
        close = (None, today - dt.timedelta(days=1))
    elif filt.period == "custom":
        close = (filt.start, filt.end)
    closed = close if filt.period in ("month", "quarter", "custom") else _month_bounds(today)
    tz = local.tzinfo
    return DealFilter(
        owner_id=parse_id(filt.owner_id, "user"),
        close_from=close[0],
        close_to=close[1],
        closed_from=_local_start(closed[0], tz) if closed[0] else None,
        closed_to=_local_start(closed[1] + dt.timedelta(days=1), tz) if closed[1] else None,
        text=filt.text.strip() or None,
    )


def _pipeline(uow: UnitOfWork, pipeline_id: str | None) -> Pipeline:
    if pipeline_id:
        found = _get(uow, Pipeline, pipeline_id, "pipeline")
        if isinstance(found, Pipeline):
            return found
    pipeline = queries.default_pipeline(uow.session)
    if pipeline is None:
        raise NotFoundError("pipeline", pipeline_id or "default")
    return pipeline


def board(
    uow: UnitOfWork, filt: BoardFilter, now: dt.datetime, pipeline_id: str | None = None
) -> Board:
    """Every stage of the pipeline (default: the default one) with its count, total and
    weighted total per currency, for the deals ``filt`` selects. Two queries."""
    pipeline = _pipeline(uow, pipeline_id)
    groups = deal_queries.header_groups(uow.session, pipeline.id, deal_filter(filt, now))
    per_stage: dict[uuid.UUID, dict[str, list[Decimal]]] = {}
    counts: dict[uuid.UUID, dict[str, int]] = {}
    for stage_id, currency, probability, count, total in groups:
        sums = per_stage.setdefault(stage_id, {}).setdefault(currency, [Decimal(0), Decimal(0)])
        sums[0] += total
        sums[1] += weighted(total, probability)
        by_currency = counts.setdefault(stage_id, {})
        by_currency[currency] = by_currency.get(currency, 0) + count
    columns = []
    for stage in deal_queries.stages(uow.session, pipeline.id):
        sums_of = per_stage.get(stage.id, {})
        counts_of = counts.get(stage.id, {})
        totals = tuple(
            MoneyTotal(cur, sums_of[cur][0], sums_of[cur][1])
            for cur in sorted(sums_of, key=lambda c: (-counts_of[c], c))
        )
        columns.append(
            StageColumn(
                str(stage.id),
                stage.name,
                stage.kind,
                stage.position,
                stage.probability,
                stage.rotting_days,
                sum(counts_of.values()),
                totals,
            )
        )
    return Board(str(pipeline.id), pipeline.name, tuple(columns))


def _card(row: CardRow, now: dt.datetime) -> Card:
    days = max(0, (now - row.stage_entered_at).days)
    return Card(
        id=str(row.id),
        title=row.title,
        customer=row.customer,
        amount=row.amount,
        currency=row.currency,
        probability=row.probability,
        expected_close_date=row.expected_close_date,
        owner=row.owner,
        stage_id=str(row.stage_id),
        stage_name=row.stage_name,
        stage_kind=row.stage_kind,
        days_in_stage=days,
        next_step_overdue=row.next_step_overdue and row.stage_kind == "open",
        rotting=(
            row.stage_kind == "open" and row.rotting_days is not None and days > row.rotting_days
        ),
    )


def stage_cards(
    uow: UnitOfWork,
    stage_id: str,
    filt: BoardFilter,
    now: dt.datetime,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> tuple[Card, ...]:
    """One page of one stage's cards, by expected close date."""
    key = parse_id(stage_id, "stage")
    assert key is not None
    rows = deal_queries.stage_cards(uow.session, key, deal_filter(filt, now), now, offset, limit)
    return tuple(_card(row, now) for row in rows)


def open_board(
    uow: UnitOfWork, filt: BoardFilter, now: dt.datetime, limit: int = PAGE_SIZE
) -> tuple[Board, dict[str, tuple[Card, ...]]]:
    """The headers and the first page of every open column: what the board shows first."""
    result = board(uow, filt, now)
    cards = {
        column.id: stage_cards(uow, column.id, filt, now, 0, limit)
        for column in result.columns
        if column.kind == "open"
    }
    return result, cards


def deal_count(
    uow: UnitOfWork, filt: BoardFilter, now: dt.datetime, pipeline_id: str | None = None
) -> int:
    pipeline = _pipeline(uow, pipeline_id)
    return deal_queries.list_count(uow.session, pipeline.id, deal_filter(filt, now))


def deal_page(
    uow: UnitOfWork,
    filt: BoardFilter,
    now: dt.datetime,
    sort: str = "expected_close",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    pipeline_id: str | None = None,
) -> tuple[Card, ...]:
    """One page of the deal list of the board's deals (all its columns), sorted in SQL."""
    pipeline = _pipeline(uow, pipeline_id)
    rows = deal_queries.list_page(
        uow.session, pipeline.id, deal_filter(filt, now), now, sort, descending, offset, limit
    )
    return tuple(_card(row, now) for row in rows)


def lost_reasons(uow: UnitOfWork) -> list[str]:
    return deal_queries.lost_reasons(uow.session)


def owners(uow: UnitOfWork) -> list[tuple[str, str]]:
    """(id, name) of every user, by name."""
    return [(str(i), name) for i, name in list_queries.users(uow.session)]


@dataclass(frozen=True)
class CustomerChoice:
    kind: str  # account | contact
    id: str
    name: str


def find_customers(uow: UnitOfWork, text: str, limit: int = 15) -> list[CustomerChoice]:
    return [
        CustomerChoice(kind, str(i), name)
        for kind, i, name in deal_queries.customer_choices(uow.session, text, limit)
    ]


def customer_names(uow: UnitOfWork, record: DealRecord) -> tuple[str | None, str | None]:
    """The names of a deal's account and contact (for the editor)."""
    account = contact = None
    if record.account_id:
        key = uuid.UUID(record.account_id)
        account = deal_queries.names(uow.session, "account", [key]).get(key)
    if record.contact_id:
        key = uuid.UUID(record.contact_id)
        contact = deal_queries.names(uow.session, "contact", [key]).get(key)
    return account, contact
