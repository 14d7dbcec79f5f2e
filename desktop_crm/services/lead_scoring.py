"""Lead scores: points for fit and engagement, for contacts who are leads or prospects and for
open deals. The rules are a team setting (key ``leads.scoring``: a JSON list of
``{"key": ..., "points": ...}``); without it ``DEFAULT_RULES`` apply. A score is the sum of the
points of the rules that match, kept within 0..100. ``recompute_scores`` (run by
``services.segments.recompute``) fills the ``lead_scores`` table; ``score_of`` reads it.

Rules: has_phone, has_email, has_title, at_company, company_has_tax_code, source_referral /
source_event / source_website (the source text, folded, names a referral, an event or trade
fair, or the website), activity_14_days (an activity done in the last 14 days),
activity_30_days (in the last 30 days, only when not 14), three_activities_90_days, quote_sent
(a sent quote waiting for an answer), open_deal (contacts only).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services.contacts import parse_id
from desktop_crm.store import imports as settings_store
from desktop_crm.store import segment_queries as q
from desktop_crm.store.uow import UnitOfWork

RULES_KEY = "leads.scoring"
LEAD_STAGES = ("lead", "prospect")
MAX_SCORE = 100
RULE_KEYS = (
    "has_phone",
    "has_email",
    "has_title",
    "at_company",
    "company_has_tax_code",
    "source_referral",
    "source_event",
    "source_website",
    "activity_14_days",
    "activity_30_days",
    "three_activities_90_days",
    "quote_sent",
    "open_deal",
)
_SOURCE_WORDS = {
    "source_referral": ("referral", "gioi thieu", "refer"),
    "source_event": ("event", "su kien", "hoi cho", "trien lam", "trade fair", "hoi thao"),
    "source_website": ("website", "web", "trang web"),
}


@dataclass(frozen=True)
class ScoreRule:
    key: str
    points: int


DEFAULT_RULES: tuple[ScoreRule, ...] = (
    ScoreRule("has_phone", 10),
    ScoreRule("has_email", 10),
    ScoreRule("has_title", 5),
    ScoreRule("at_company", 10),
    ScoreRule("company_has_tax_code", 5),
    ScoreRule("source_referral", 15),
    ScoreRule("source_event", 10),
    ScoreRule("source_website", 10),
    ScoreRule("activity_14_days", 20),
    ScoreRule("activity_30_days", 10),
    ScoreRule("three_activities_90_days", 10),
    ScoreRule("quote_sent", 20),
    ScoreRule("open_deal", 10),
)


@dataclass(frozen=True)
class LeadScoreRecord:
    score: int
    points: tuple[tuple[str, int], ...]  # (rule key, points) of the rules that matched
    computed_at: dt.datetime | None = None


def get_rules(uow: UnitOfWork) -> tuple[ScoreRule, ...]:
    raw = settings_store.team_setting(uow.session, RULES_KEY)
    if not raw:
        return DEFAULT_RULES
    try:
        data = json.loads(raw)
        rules = tuple(ScoreRule(str(item["key"]), int(item["points"])) for item in data)
        return validate_rules(rules)
    except (ValueError, TypeError, KeyError, FieldError):
        return DEFAULT_RULES


def validate_rules(rules: Sequence[ScoreRule]) -> tuple[ScoreRule, ...]:
    seen: set[str] = set()
    for rule in rules:
        if rule.key not in RULE_KEYS or rule.key in seen:
            raise FieldError(
                "key", QT_TRANSLATE_NOOP("errors", "Unknown lead scoring rule {key}."), key=rule.key
            )
        if not -100 <= rule.points <= 100:
            raise FieldError(rule.key, QT_TRANSLATE_NOOP("errors", "Points go from -100 to 100."))
        seen.add(rule.key)
    return tuple(rules)


def save_rules(uow: UnitOfWork, rules: Sequence[ScoreRule]) -> None:
    """Validates and saves the rules (one transaction, commits); scores change on the next
    recompute."""
    clean = validate_rules(rules)
    value = json.dumps([{"key": r.key, "points": r.points} for r in clean])
    settings_store.put_team_setting(uow.session, RULES_KEY, value)
    uow.commit()


@functools.lru_cache(maxsize=1024)
def source_rules(source: str | None) -> tuple[str, ...]:
    """The source_* rule keys a free-text source matches (sources repeat: cached)."""
    if not source:
        return ()
    text = fold(source)
    return tuple(key for key, words in _SOURCE_WORDS.items() if any(w in text for w in words))


def matched_rules(row: Sequence[Any], now: dt.datetime, is_contact: bool) -> list[str]:
    """Rule keys matched by one row of ``segment_queries.lead_contacts``/``lead_deals``."""
    (
        _id,
        has_phone,
        has_email,
        title,
        account_id,
        tax_code,
        source,
        last_done,
        n90,
        sent,
        open_deals,
    ) = row
    keys: list[str] = []
    if has_phone:
        keys.append("has_phone")
    if has_email:
        keys.append("has_email")
    if title and str(title).strip():
        keys.append("has_title")
    if account_id is not None:
        keys.append("at_company")
        if tax_code and str(tax_code).strip():
            keys.append("company_has_tax_code")
    keys.extend(source_rules(source))
    if last_done is not None:
        age = now - last_done
        if age <= dt.timedelta(days=14):
            keys.append("activity_14_days")
        elif age <= dt.timedelta(days=30):
            keys.append("activity_30_days")
    if int(n90 or 0) >= 3:
        keys.append("three_activities_90_days")
    if int(sent or 0) > 0:
        keys.append("quote_sent")
    if is_contact and int(open_deals or 0) > 0:
        keys.append("open_deal")
    return keys


def score(keys: Sequence[str], rules: Sequence[ScoreRule]) -> tuple[int, list[tuple[str, int]]]:
    points = {r.key: r.points for r in rules}
    matched = [(k, points[k]) for k in keys if k in points and points[k] != 0]
    total = sum(p for _k, p in matched)
    return max(0, min(MAX_SCORE, total)), matched


def compute_rows(uow: UnitOfWork, now: dt.datetime) -> list[dict[str, Any]]:
    """The lead_scores rows for every lead/prospect contact and open deal (no writes; needs
    ``segment_queries.group_activities`` run in the same transaction)."""
    rules = get_rules(uow)
    session = uow.session
    rows: list[dict[str, Any]] = []
    for kind, data in (
        ("contact", q.lead_contacts(session, LEAD_STAGES)),
        ("deal", q.lead_deals(session)),
    ):
        for row in data:
            value, matched = score(matched_rules(row, now, kind == "contact"), rules)
            rows.append(
                {
                    "ref_id": row[0],
                    "kind": kind,
                    "score": value,
                    "points_json": json.dumps(matched),
                    "computed_at": now,
                }
            )
    return rows


def recompute_scores(uow: UnitOfWork, now: dt.datetime) -> int:
    """Replace the lead_scores rows (read in one snapshot, written in one transaction);
    commits; returns how many."""
    uow.read_only()
    q.group_activities(uow.session, now - dt.timedelta(days=90))
    rows = compute_rows(uow, now)
    q.drop_activity_groups(uow.session)
    uow.end_read()
    q.replace_scores(uow.session, rows, now)
    uow.commit()
    return len(rows)


def score_of(uow: UnitOfWork, kind: str, record_id: str) -> LeadScoreRecord | None:
    """The stored score of a contact or deal, or None when it has none (not a lead, or never
    computed)."""
    ref = parse_id(record_id, kind)
    row = q.lead_score(uow.session, ref) if ref is not None else None
    if row is None or row.kind != kind:
        return None
    points = tuple((str(k), int(p)) for k, p in json.loads(row.points_json or "[]"))
    return LeadScoreRecord(row.score, points, row.computed_at)
