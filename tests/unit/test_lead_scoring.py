"""Lead scoring rules, by hand."""

from __future__ import annotations

import datetime as dt

from desktop_crm.services.lead_scoring import DEFAULT_RULES, ScoreRule, matched_rules, score

NOW = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)


def test_thirty_days_only_without_fourteen_and_cap() -> None:
    row = (
        "id",
        True,
        True,
        "Giám đốc",
        "acc",
        "0101",
        "Website",
        NOW - dt.timedelta(days=20),
        3,
        1,
        2,
    )
    keys = matched_rules(row, NOW, is_contact=True)
    # 10+10+5+10+5 fit, website 10, 30 days 10, three in 90 days 10, quote 20, open deal 10 = 100
    assert "activity_30_days" in keys and "activity_14_days" not in keys
    assert score(keys, DEFAULT_RULES)[0] == 100
    # a deal does not get open_deal: 90
    assert score(matched_rules(row, NOW, is_contact=False), DEFAULT_RULES)[0] == 90
    # capped 0..100
    assert score(["has_phone"], [ScoreRule("has_phone", -20)])[0] == 0
