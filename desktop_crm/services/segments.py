"""Customer segments: care groups, RFM, ABC tiers, churn risk and value, recomputed on demand.

``recompute`` gathers every customer's history with GROUP BY queries
(``store.segment_queries``), scores it with ``domain.segments`` and replaces the
``customer_segments`` and ``lead_scores`` tables in ONE transaction: a cancelled or failed run
leaves the previous figures. The rules are a team setting (``segments.rules``); amounts in
another currency are converted to the company currency with the team setting ``segments.rates``
(VND per unit of each currency, ``DEFAULT_RATES`` without it), exactly, each purchase rounded
half up to the company currency.

Dates are local days: a deal won at 23:30 in Hà Nội counts on that day (``tz``, default the
computer's zone; its offset at ``now`` is applied, Việt Nam has no daylight saving time).
Readers never write; ``recompute`` and ``save_rules`` commit.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from desktop_crm.domain import segments as rules_domain
from desktop_crm.domain.segments import (
    CARE_GROUPS,
    RFM_SEGMENTS,
    TIERS,
    CustomerHistory,
    Purchase,
    SegmentRules,
    classify,
    recent_purchases,
    rfm_scores,
    rfm_segment,
    round_to,
    tiers,
    validate_rules,
)
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError
from desktop_crm.services import lead_scoring
from desktop_crm.services.contacts import parse_id
from desktop_crm.store import imports as settings_store
from desktop_crm.store import segment_queries as q
from desktop_crm.store.uow import UnitOfWork

RULES_KEY = "segments.rules"
RATES_KEY = "segments.rates"
DEFAULT_RATES: dict[str, Decimal] = {
    "VND": Decimal(1),
    "USD": Decimal(25000),
    "EUR": Decimal(27000),
    "JPY": Decimal(170),
    "CNY": Decimal(3500),
    "KRW": Decimal(18),
    "SGD": Decimal(19000),
    "THB": Decimal(700),
}
# the filter keys the contact and account lists accept (dimension, value)
SEGMENT_FILTERS: tuple[tuple[str, str], ...] = (
    *(("care", g) for g in CARE_GROUPS),
    *(("rfm", s) for s in RFM_SEGMENTS if s != "none"),
    *(("tier", t) for t in TIERS),
    ("churn", "yes"),
)
_STEPS = 6

ProgressFn = Callable[[int, int], None]  # (steps done, steps in all)
CancelledFn = Callable[[], bool]


class SegmentsCancelledError(UserError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The segments were not recomputed; the previous figures are kept."
            )
        )


@dataclass(frozen=True)
class RecomputeResult:
    customers: int
    leads: int
    seconds: float  # both passes
    segment_seconds: float = 0.0  # the segments alone (the lead scores are a second pass)


@dataclass(frozen=True)
class SegmentSummary:
    care_groups: dict[str, int]  # every CARE_GROUPS key
    rfm: dict[str, int]  # every RFM_SEGMENTS key
    tiers: dict[str, int]  # A, B, C
    churn_risk: int
    computed_at: dt.datetime | None

    @property
    def customers(self) -> int:
        return sum(self.care_groups.values())


@dataclass(frozen=True)
class SegmentRecord:
    customer_id: str
    kind: str  # account | contact
    name: str
    care_group: str
    reason: dict[str, Any]
    purchases: int
    recent_purchases: int
    first_purchase_on: dt.date | None
    last_purchase_on: dt.date | None
    last_interaction_on: dt.date | None
    monetary: Decimal
    r_score: int
    f_score: int
    m_score: int
    rfm_segment: str
    tier: str
    usual_interval_days: int | None
    churn_risk: bool
    csat: Decimal | None
    clv: Decimal
    projected_value: Decimal
    computed_at: dt.datetime
    currency: str = "VND"  # the company currency all amounts are in

    @property
    def next_purchase_due(self) -> dt.date | None:
        """Last purchase + usual interval: when the customer usually buys again."""
        if self.last_purchase_on is None or self.usual_interval_days is None:
            return None
        return self.last_purchase_on + dt.timedelta(days=self.usual_interval_days)


# --- settings ------------------------------------------------------------------------------


def get_rules(uow: UnitOfWork) -> SegmentRules:
    return SegmentRules.from_json(settings_store.team_setting(uow.session, RULES_KEY))


def save_rules(uow: UnitOfWork, rules: SegmentRules) -> None:
    """Validates (``FieldError`` naming the field) and saves the rules; commits."""
    settings_store.put_team_setting(uow.session, RULES_KEY, validate_rules(rules).to_json())
    uow.commit()


def get_rates(uow: UnitOfWork) -> dict[str, Decimal]:
    """VND per unit of each currency (the saved ones over the defaults)."""
    rates = dict(DEFAULT_RATES)
    raw = settings_store.team_setting(uow.session, RATES_KEY)
    if raw:
        try:
            data = json.loads(raw)
            for code, value in dict(data).items():
                rate = Decimal(str(value))
                if rate > 0:
                    rates[str(code).upper()] = rate
        except (ValueError, TypeError, InvalidOperation):
            pass
    return rates


def convert(value: Decimal, currency: str, target: str, rates: dict[str, Decimal]) -> Decimal:
    """``value`` in ``currency`` as ``target``, rounded half up to the target's minor unit.
    A currency without a rate counts one for one."""
    code = (currency or target).upper()
    if code == target.upper():
        return round_to(value, target)
    source_rate = rates.get(code, Decimal(1))
    target_rate = rates.get(target.upper(), Decimal(1))
    return round_to(value * source_rate / target_rate, target)


# --- recompute -----------------------------------------------------------------------------


def _local_day(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


def _mean_csat(total: int, count: int) -> Decimal | None:
    if not count:
        return None
    return (Decimal(total) / count).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def recompute(
    uow: UnitOfWork,
    today: dt.date,
    now: dt.datetime,
    progress: ProgressFn | None = None,
    cancel: CancelledFn | None = None,
    tz: dt.tzinfo | None = None,
) -> RecomputeResult:
    """Recompute the segments, then the lead scores; each pass reads in one snapshot and
    replaces its table in one transaction (commits). Raises ``SegmentsCancelledError`` when
    ``cancel()`` turns true (a table not yet replaced keeps its rows)."""
    started = time.perf_counter()
    customers = recompute_segments(uow, today, now, progress, cancel, tz)
    segment_seconds = time.perf_counter() - started
    if cancel is not None and cancel():
        raise SegmentsCancelledError()
    leads = lead_scoring.recompute_scores(uow, now)
    if progress is not None:
        progress(_STEPS, _STEPS)
    return RecomputeResult(customers, leads, time.perf_counter() - started, segment_seconds)


def recompute_segments(
    uow: UnitOfWork,
    today: dt.date,
    now: dt.datetime,
    progress: ProgressFn | None = None,
    cancel: CancelledFn | None = None,
    tz: dt.tzinfo | None = None,
) -> int:
    """Replace the customer_segments rows from the current data; commits; returns how many."""
    report = progress or (lambda _done, _total: None)
    cancelled = cancel or (lambda: False)

    def step(done: int) -> None:
        if cancelled():
            raise SegmentsCancelledError()
        report(done, _STEPS)

    uow.read_only()  # seconds of reading must not hold the write lock from the window's saves
    session = uow.session
    rules = get_rules(uow)
    rates = get_rates(uow)
    currency = q.company_currency(session)
    zone = tz if tz is not None else now.astimezone().tzinfo
    offset = now.astimezone(zone).utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    day = dt.date.fromisoformat
    step(0)
    people = q.customers(session, minutes)
    bought: dict[str, list[Purchase]] = {}
    for key, on, amount, cur in q.purchases(session, minutes):
        value = convert(amount, cur, currency, rates)
        bought.setdefault(key, []).append(Purchase(day(on), value))
    step(1)
    last_done = {k: day(v) for k, v in q.last_activities(session, minutes) if v is not None}
    open_deals = dict(q.open_deal_counts(session))
    open_quotes = dict(q.open_quote_counts(session, today))
    cases = {k: (s, n, last) for k, s, n, last in q.case_figures(session, minutes)}
    step(2)
    histories: list[tuple[CustomerHistory, dt.date | None]] = []
    for cid, kind, created_on in people:
        items = tuple(sorted(bought.get(cid, ()), key=lambda p: p.on))
        case = cases.get(cid)
        csat = _mean_csat(case[0], case[1]) if case else None
        history = CustomerHistory(
            customer_id=cid,
            kind=kind,
            created_on=day(created_on),
            purchases=items,
            last_activity_on=last_done.get(cid),
            open_deals=open_deals.get(cid, 0),
            open_quotes=open_quotes.get(cid, 0),
            csat=csat,
        )
        moments = [d for d in (history.last_activity_on, history.last_purchase_on) if d]
        if case and case[2] is not None:
            moments.append(day(case[2]))
        histories.append((history, max(moments) if moments else None))
    buyers = [h for h, _ in histories if h.purchases]
    scores = rfm_scores(
        (h.customer_id, (today - h.purchases[-1].on).days, len(h.purchases), h.monetary)
        for h in buyers
    )
    tier_of = tiers({h.customer_id: h.monetary for h in buyers}, rules)
    step(3)
    rows: list[dict[str, Any]] = []
    for history, last_interaction in histories:
        group, reason = classify(history, rules, today)
        r, f, m = scores.get(history.customer_id, (0, 0, 0))
        dates = [p.on for p in history.purchases]
        usual, risk = rules_domain.churn(dates, today, rules)
        monetary = history.monetary
        rows.append(
            {
                "customer_id": history.customer_id,
                "kind": history.kind,
                "care_group": group,
                "reason_json": json.dumps(reason),
                "purchases": len(history.purchases),
                "recent_purchases": recent_purchases(history, rules, today),
                "first_purchase_on": history.first_purchase_on,
                "last_purchase_on": history.last_purchase_on,
                "last_interaction_on": last_interaction,
                "monetary": monetary,
                "r_score": r,
                "f_score": f,
                "m_score": m,
                "rfm_segment": rfm_segment(r, f),
                "tier": tier_of.get(history.customer_id, ""),
                "usual_interval_days": usual,
                "churn_risk": risk,
                "csat": history.csat,
                "clv": monetary,
                "projected_value": rules_domain.projected(
                    monetary,
                    len(history.purchases),
                    history.first_purchase_on,
                    today,
                    risk,
                    rules,
                    currency,
                ),
                "computed_at": now,
            }
        )
    step(4)
    # Everything was read in one snapshot; the write is one transaction of its own (a read
    # transaction that turns into a write fails in WAL mode when someone wrote meanwhile).
    uow.end_read()
    q.replace_segments(session, rows, now)
    if cancelled():
        raise SegmentsCancelledError()
    uow.commit()
    report(5, _STEPS)
    return len(rows)


# --- reading -------------------------------------------------------------------------------


def _record(row: Any, name: str, currency: str) -> SegmentRecord:
    try:
        reason = json.loads(row.reason_json or "{}")
    except ValueError:
        reason = {}
    return SegmentRecord(
        customer_id=str(row.customer_id),
        kind=row.kind,
        name=name or "",
        care_group=row.care_group,
        reason=reason,
        purchases=row.purchases,
        recent_purchases=row.recent_purchases,
        first_purchase_on=row.first_purchase_on,
        last_purchase_on=row.last_purchase_on,
        last_interaction_on=row.last_interaction_on,
        monetary=round_to(row.monetary, currency),
        r_score=row.r_score,
        f_score=row.f_score,
        m_score=row.m_score,
        rfm_segment=row.rfm_segment,
        tier=row.tier,
        usual_interval_days=row.usual_interval_days,
        churn_risk=bool(row.churn_risk),
        csat=row.csat,
        clv=round_to(row.clv, currency),
        projected_value=round_to(row.projected_value, currency),
        computed_at=row.computed_at,
        currency=currency,
    )


def summary(uow: UnitOfWork) -> SegmentSummary:
    session = uow.session
    care = q.care_counts(session)
    rfm = q.rfm_counts(session)
    tier = q.tier_counts(session)
    return SegmentSummary(
        care_groups={g: care.get(g, 0) for g in CARE_GROUPS},
        rfm={s: rfm.get(s, 0) for s in RFM_SEGMENTS},
        tiers={t: tier.get(t, 0) for t in TIERS},
        churn_risk=q.churn_count(session),
        computed_at=q.computed_at(session),
    )


def segment_of(uow: UnitOfWork, kind: str, record_id: str) -> SegmentRecord | None:
    """The segment row of an account or a contact; a contact at a company gets its account's
    row. None when never computed or the record is not known."""
    ref = parse_id(record_id, kind)
    if ref is None:
        return None
    session = uow.session
    if kind == "contact":
        account_id = q.contact_account_id(session, ref)
        if account_id is not None:
            ref = account_id
    rows = q.segment_rows(session, customer_id=ref)
    if not rows:
        return None
    return _record(rows[0][0], rows[0][1], q.company_currency(session))


def segment_rows(uow: UnitOfWork, group: str | None = None) -> list[SegmentRecord]:
    """Every customer's row (or one care group's), largest revenue first."""
    currency = q.company_currency(uow.session)
    return [_record(r, n, currency) for r, n in q.segment_rows(uow.session, group=group)]


def churn_list(uow: UnitOfWork) -> list[SegmentRecord]:
    """Customers at churn risk, most overdue first (the earliest usual next purchase)."""
    currency = q.company_currency(uow.session)
    records = [_record(r, n, currency) for r, n in q.segment_rows(uow.session, churn_only=True)]
    return sorted(records, key=lambda s: (s.next_purchase_due or dt.date.max, s.name))


def export_segments(uow: UnitOfWork, path: Path, language: str, group: str | None = None) -> int:
    """Write one row per customer (or per customer of ``group``) to .csv or .xlsx; returns how
    many. Raises ``FileProblemError`` for another ending or an unwritable file."""
    from desktop_crm.domain import segment_words as words
    from desktop_crm.exports.table_export import write_table

    if group is not None and group not in CARE_GROUPS:
        raise UnknownGroupError(group)
    records = segment_rows(uow, group)
    rows = [
        [
            rec.name,
            words.kind_name(rec.kind, language),
            words.group_name(rec.care_group, language),
            words.explain(rec, language),
            rec.r_score or None,
            rec.f_score or None,
            rec.m_score or None,
            words.rfm_name(rec.rfm_segment, language),
            rec.tier,
            words.yes_no(rec.churn_risk, language),
            rec.usual_interval_days,
            rec.clv,
            rec.projected_value,
        ]
        for rec in records
    ]
    return write_table(path, words.column_names(language), rows, words.sheet_title(language))


class UnknownGroupError(UserError):
    def __init__(self, group: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "There is no care group {group}; use loyal, potential, new or unaware."
            ),
            group=group,
        )
