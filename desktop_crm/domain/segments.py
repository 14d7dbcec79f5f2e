"""Customer segments, pure: care groups, RFM scores, ABC tiers, churn risk and value projection.

A CUSTOMER is an account, or a contact without an account. Everything here works on plain
values (``CustomerHistory``: the customer's purchases and engagement); the store gathers them
and the service writes the results. "Within N days" always means 0 <= days since <= N.

- Care group, first match wins: ``loyal`` (>= loyal_min_purchases purchases within window_days
  and CSAT, when known, >= loyal_min_csat), ``new`` (first purchase within new_days, or no
  purchase and created within new_days), ``potential`` (engaged: an activity done within
  engaged_days, an open deal or a sent quote still valid; or bought before), ``unaware``.
- RFM among customers with a purchase: each of recency (days since the last purchase, fewer is
  better), frequency (purchases) and monetary value scores 1-5 by quintile of rank: a customer
  with ``k`` customers strictly worse among ``n`` scores ``1 + 5k // n`` (ties share a score).
- Tier: by monetary value, descending; A while the cumulative share of revenue stays within
  tier_a_share % (the first customer is always A), B within tier_b_share %, C the rest.
- Churn: with >= churn_min_purchases purchases, the usual interval is the median gap between
  consecutive purchase dates (half days rounded up); at risk when the days since the last
  purchase exceed churn_factor x the usual interval.
- Projected value: average purchase x purchases a year (purchases / max(1, years since the first
  purchase, a year = 365 days)) x projection_years, halved at churn risk; that is monetary /
  max(1, years) x projection_years, rounded half up to the currency.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.money import currency_decimals
from desktop_crm.errors import QT_TRANSLATE_NOOP

CARE_GROUPS = ("loyal", "potential", "new", "unaware")
TIERS = ("A", "B", "C")
RFM_SEGMENTS = (
    "champions",
    "loyal",
    "potential_loyalists",
    "new_customers",
    "promising",
    "need_attention",
    "at_risk",
    "cant_lose",
    "hibernating",
    "lost",
    "none",
)
DAYS_A_YEAR = Decimal(365)


@dataclass(frozen=True)
class SegmentRules:
    window_days: int = 365
    loyal_min_purchases: int = 2
    loyal_min_csat: Decimal = Decimal("4.0")
    new_days: int = 90
    engaged_days: int = 90
    tier_a_share: int = 80
    tier_b_share: int = 95
    churn_factor: Decimal = Decimal("2.0")
    churn_min_purchases: int = 3
    projection_years: int = 3

    def to_json(self) -> str:
        return json.dumps(
            {k: str(v) if isinstance(v, Decimal) else v for k, v in asdict(self).items()}
        )

    @classmethod
    def from_json(cls, raw: str | None) -> SegmentRules:
        """Rules from the saved JSON; unknown or broken values fall back to the defaults."""
        if not raw:
            return cls()
        try:
            data = json.loads(raw)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            default = getattr(cls(), f.name)
            try:
                if isinstance(default, Decimal):
                    values[f.name] = Decimal(str(data[f.name]))
                else:
                    values[f.name] = int(data[f.name])
            except (ValueError, TypeError, InvalidOperation):
                continue
        try:
            return validate_rules(cls(**values))
        except FieldError:
            return cls()


_INT_LIMITS = {
    "window_days": (1, 3650),
    "loyal_min_purchases": (1, 1000),
    "new_days": (1, 3650),
    "engaged_days": (1, 3650),
    "tier_a_share": (1, 100),
    "tier_b_share": (1, 100),
    "churn_min_purchases": (2, 1000),
    "projection_years": (1, 50),
}


def validate_rules(rules: SegmentRules) -> SegmentRules:
    """``rules`` if every value is in range, else ``FieldError`` naming the field."""
    for name, (low, high) in _INT_LIMITS.items():
        value = getattr(rules, name)
        if not isinstance(value, int) or not low <= value <= high:
            raise FieldError(
                name,
                QT_TRANSLATE_NOOP("errors", "Enter a whole number from {low} to {high}."),
                low=low,
                high=high,
            )
    if rules.tier_b_share < rules.tier_a_share:
        raise FieldError(
            "tier_b_share",
            QT_TRANSLATE_NOOP("errors", "The share of tier B cannot be below the share of tier A."),
        )
    if not Decimal(0) <= rules.loyal_min_csat <= Decimal(5):
        raise FieldError(
            "loyal_min_csat", QT_TRANSLATE_NOOP("errors", "Enter a satisfaction score from 0 to 5.")
        )
    if not Decimal(1) <= rules.churn_factor <= Decimal(20):
        raise FieldError(
            "churn_factor", QT_TRANSLATE_NOOP("errors", "Enter a factor from 1 to 20.")
        )
    return rules


@dataclass(frozen=True)
class Purchase:
    on: dt.date
    value: Decimal  # in the company currency


@dataclass(frozen=True)
class CustomerHistory:
    """What the segments need of one customer."""

    customer_id: str
    kind: str  # account | contact
    created_on: dt.date
    purchases: tuple[Purchase, ...] = ()  # sorted by date
    last_activity_on: dt.date | None = None  # last activity done
    open_deals: int = 0
    open_quotes: int = 0  # sent and still valid
    csat: Decimal | None = None  # mean CSAT 1-5

    @property
    def monetary(self) -> Decimal:
        return sum((p.value for p in self.purchases), Decimal(0))

    @property
    def first_purchase_on(self) -> dt.date | None:
        return self.purchases[0].on if self.purchases else None

    @property
    def last_purchase_on(self) -> dt.date | None:
        return self.purchases[-1].on if self.purchases else None


def _within(day: dt.date | None, today: dt.date, days: int) -> bool:
    return day is not None and 0 <= (today - day).days <= days


def recent_purchases(history: CustomerHistory, rules: SegmentRules, today: dt.date) -> int:
    return sum(1 for p in history.purchases if _within(p.on, today, rules.window_days))


def classify(
    history: CustomerHistory, rules: SegmentRules, today: dt.date
) -> tuple[str, dict[str, Any]]:
    """(care group, the figures the reason sentence needs)."""
    recent = recent_purchases(history, rules, today)
    last = history.last_purchase_on
    first = history.first_purchase_on
    reason: dict[str, Any] = {
        "purchases": len(history.purchases),
        "recent_purchases": recent,
        "window_days": rules.window_days,
        "last_days": (today - last).days if last else None,
        "first_days": (today - first).days if first else None,
        "csat": str(history.csat) if history.csat is not None else None,
    }
    if recent >= rules.loyal_min_purchases and (
        history.csat is None or history.csat >= rules.loyal_min_csat
    ):
        return "loyal", reason
    if first is not None and _within(first, today, rules.new_days):
        return "new", reason
    if first is None and _within(history.created_on, today, rules.new_days):
        reason["created_days"] = (today - history.created_on).days
        return "new", reason
    engaged = []
    if _within(history.last_activity_on, today, rules.engaged_days):
        engaged.append("activity")
        assert history.last_activity_on is not None
        reason["activity_days"] = (today - history.last_activity_on).days
    if history.open_deals:
        engaged.append("open_deal")
        reason["open_deals"] = history.open_deals
    if history.open_quotes:
        engaged.append("quote")
        reason["open_quotes"] = history.open_quotes
    if engaged or first is not None:
        reason["engaged"] = engaged
        return "potential", reason
    return "unaware", reason


def quintile_scores(values: Mapping[str, Any]) -> dict[str, int]:
    """1-5 per key by quintile of rank, higher value = better: 1 + 5k // n with k the number of
    keys with a strictly lower value (ties share a score)."""
    n = len(values)
    if not n:
        return {}
    ordered = sorted(values.values())
    result: dict[str, int] = {}
    lower_count: dict[Any, int] = {}
    for index, value in enumerate(ordered):
        lower_count.setdefault(value, index)
    for key, value in values.items():
        result[key] = 1 + (5 * lower_count[value]) // n
    return result


def rfm_scores(
    items: Iterable[tuple[str, int, int, Decimal]],
) -> dict[str, tuple[int, int, int]]:
    """(R, F, M) per customer from (key, days since last purchase, purchases, monetary)."""
    rows = list(items)
    r = quintile_scores({k: -days for k, days, _f, _m in rows})
    f = quintile_scores({k: count for k, _d, count, _m in rows})
    m = quintile_scores({k: money for k, _d, _f, money in rows})
    return {k: (r[k], f[k], m[k]) for k, *_rest in rows}


def rfm_segment(r: int, f: int) -> str:
    if r == 0 or f == 0:
        return "none"
    if r >= 4 and f >= 4:
        return "champions"
    if r >= 3 and f >= 3:
        return "loyal"
    if r == 5 and f == 1:
        return "new_customers"
    if r == 4 and f == 1:
        return "promising"
    if r >= 4 and 2 <= f <= 3:
        return "potential_loyalists"
    if r == 3:
        return "need_attention"
    if f >= 3:
        return "cant_lose" if (r == 1 and f == 5) else "at_risk"
    return "hibernating" if r == 2 else "lost"


def tiers(monetary: Mapping[str, Decimal], rules: SegmentRules) -> dict[str, str]:
    """A/B/C per customer with revenue (> 0); customers without revenue are left out."""
    paying = sorted(((k, v) for k, v in monetary.items() if v > 0), key=lambda kv: (-kv[1], kv[0]))
    total = sum((v for _k, v in paying), Decimal(0))
    result: dict[str, str] = {}
    running = Decimal(0)
    for index, (key, value) in enumerate(paying):
        running += value
        share = running * 100 / total
        # the cumulative share only grows, so "while" is a threshold on it
        if index == 0 or share <= rules.tier_a_share:
            result[key] = "A"
        elif share <= rules.tier_b_share:
            result[key] = "B"
        else:
            result[key] = "C"
    return result


def _median_days(gaps: Sequence[int]) -> int:
    ordered = sorted(gaps)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid] + 1) // 2  # half a day rounds up


def churn(dates: Sequence[dt.date], today: dt.date, rules: SegmentRules) -> tuple[int | None, bool]:
    """(usual interval in days or None, churn risk) from the sorted purchase dates."""
    if len(dates) < rules.churn_min_purchases:
        return None, False
    ordered = sorted(dates)
    gaps = [(b - a).days for a, b in itertools.pairwise(ordered)]
    usual = _median_days(gaps)
    since = (today - ordered[-1]).days
    return usual, Decimal(since) > rules.churn_factor * usual


@functools.lru_cache(maxsize=64)
def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-currency_decimals(currency))


def round_to(value: Decimal, currency: str) -> Decimal:
    """``value`` rounded half up to the currency's minor unit."""
    return value.quantize(_quantum(currency), rounding=ROUND_HALF_UP)


def projected(
    monetary: Decimal,
    purchases: int,
    first_purchase_on: dt.date | None,
    today: dt.date,
    churn_risk: bool,
    rules: SegmentRules,
    currency: str = "VND",
) -> Decimal:
    """Average purchase x purchases a year x projection_years, halved at churn risk."""
    if not purchases or first_purchase_on is None:
        return round_to(Decimal(0), currency)
    years = max(Decimal(1), Decimal((today - first_purchase_on).days) / DAYS_A_YEAR)
    average = monetary / purchases
    per_year = Decimal(purchases) / years
    value = average * per_year * rules.projection_years
    if churn_risk:
        value /= 2
    return round_to(value, currency)
