"""What the sales reports (pipeline, forecast, win / loss) share: local days, money in the
company currency, effective probabilities and owner names."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from desktop_crm.domain.segments import round_to
from desktop_crm.services.segments import convert, get_rates
from desktop_crm.store import report_queries_sales as q
from desktop_crm.store.uow import UnitOfWork

# Positions in a deal row of report_queries_sales.
ID, STAGE, OWNER, AMOUNT, CURRENCY, PROB, EXPECTED, STATUS, CREATED, CLOSED, SOURCE, LOST = range(
    12
)


def hexid(value: Any) -> str:
    """An id (UUID, hex text or text with dashes) as 32 hex digits, as stored."""
    if isinstance(value, str) and len(value) == 32:
        return value
    if isinstance(value, uuid.UUID):
        return value.hex
    try:
        return uuid.UUID(str(value)).hex
    except ValueError:
        return str(value)


@dataclass(frozen=True)
class Context:
    currency: str
    rates: dict[str, Decimal]
    offset: dt.timedelta
    owners: dict[str, str]
    stages: dict[str, tuple[str, int, Decimal, str]]  # id -> name, position, probability, kind

    def money(self, amount: Decimal | None, currency: str | None) -> Decimal:
        return convert(amount or Decimal(0), currency or self.currency, self.currency, self.rates)

    def utc(self, day: dt.date) -> dt.datetime:
        """The UTC moment local ``day`` starts."""
        return dt.datetime.combine(day, dt.time(), dt.UTC) - self.offset

    def local_day(self, moment: dt.datetime) -> dt.date:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return (moment.astimezone(dt.UTC) + self.offset).date()

    def owner(self, owner_id: Any, language: str) -> str:
        if owner_id is None:
            return "(không có)" if language == "vi" else "(none)"
        return self.owners.get(hexid(owner_id), str(owner_id))

    def weighted(self, row: tuple[Any, ...], stage_id: Any = None) -> Decimal:
        """amount (company currency) x effective probability / 100, to the minor unit."""
        stage = self.stages.get(hexid(stage_id if stage_id is not None else row[STAGE]))
        probability = row[PROB] if row[PROB] is not None else (stage[2] if stage else Decimal(0))
        return round_to(self.money(row[AMOUNT], row[CURRENCY]) * probability / 100, self.currency)

    def probability(self, row: tuple[Any, ...]) -> Decimal:
        if row[PROB] is not None:
            return Decimal(row[PROB])
        stage = self.stages.get(hexid(row[STAGE]))
        return stage[2] if stage else Decimal(0)


def context(uow: UnitOfWork, now: dt.datetime) -> Context:
    """Starts the read-only snapshot and reads what every sales report needs."""
    uow.read_only()
    session = uow.session
    offset = now.astimezone().utcoffset() or dt.timedelta(0)
    stages = {sid: (name, pos, prob, kind) for sid, name, pos, prob, kind, _ in q.stages(session)}
    return Context(
        q.company_currency(session), get_rates(uow), offset, q.user_names(session), stages
    )


def rate(part: int, whole: int) -> Decimal | None:
    """``part`` of ``whole`` as a percentage with one decimal (None when ``whole`` is 0)."""
    if not whole:
        return None
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def filters_text(ctx: Context, owner_id: str | None, language: str) -> str:
    if not owner_id:
        return ""
    return ("Người phụ trách: " if language == "vi" else "Owner: ") + ctx.owner(owner_id, language)
