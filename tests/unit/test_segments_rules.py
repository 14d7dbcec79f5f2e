"""Pure segment rules against hand-computed values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.segments import (
    SegmentRules,
    churn,
    quintile_scores,
    rfm_segment,
    tiers,
    validate_rules,
)

TODAY = dt.date(2026, 11, 20)


def test_quintiles_ties_share_a_score() -> None:
    # 10 values: k strictly lower -> 1 + 5k // 10; the three 1s have k 0 -> 1
    scores = quintile_scores({str(i): v for i, v in enumerate([1, 1, 1, 2, 3, 4, 5, 6, 7, 8])})
    assert [scores[str(i)] for i in range(10)] == [1, 1, 1, 2, 3, 3, 4, 4, 5, 5]


@pytest.mark.parametrize(
    ("r", "f", "name"),
    [
        (5, 5, "champions"),
        (3, 4, "loyal"),
        (5, 1, "new_customers"),
        (4, 1, "promising"),
        (5, 2, "potential_loyalists"),
        (3, 2, "need_attention"),
        (2, 3, "at_risk"),
        (1, 5, "cant_lose"),
        (2, 5, "at_risk"),
        (2, 1, "hibernating"),
        (1, 2, "lost"),
        (0, 0, "none"),
    ],
)
def test_rfm_names(r: int, f: int, name: str) -> None:
    assert rfm_segment(r, f) == name


def test_tiers_by_cumulative_share() -> None:
    # 100: 50 (50 % A), 30 (80 % A), 15 (95 % B), 5 (100 % C); zero revenue left out
    result = tiers(
        {"a": Decimal(50), "b": Decimal(30), "c": Decimal(15), "d": Decimal(5), "z": Decimal(0)},
        SegmentRules(),
    )
    assert result == {"a": "A", "b": "A", "c": "B", "d": "C"}


def test_churn_median_interval() -> None:
    days = [dt.date(2026, 1, 1), dt.date(2026, 1, 31), dt.date(2026, 3, 2), dt.date(2026, 6, 10)]
    # gaps 30, 30, 100 -> median 30; last 10/06 -> 163 days > 60: at risk
    assert churn(days, TODAY, SegmentRules()) == (30, True)
    # two purchases are too few to say
    assert churn(days[:2], TODAY, SegmentRules()) == (None, False)
    # gaps 30, 30, 100 with factor 6: 163 <= 180 -> not at risk
    assert churn(days, TODAY, SegmentRules(churn_factor=Decimal(6))) == (30, False)


def test_rules_round_trip_and_validation() -> None:
    rules = SegmentRules(window_days=180, loyal_min_csat=Decimal("4.5"))
    assert SegmentRules.from_json(rules.to_json()) == rules
    with pytest.raises(FieldError) as err:
        validate_rules(SegmentRules(tier_a_share=90, tier_b_share=85))
    assert err.value.field == "tier_b_share"
