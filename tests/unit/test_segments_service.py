"""Segments on a small hand-made history; every expected figure is computed by hand below."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_crm.domain.segment_words import explain
from desktop_crm.services import lead_scoring, segments
from desktop_crm.store.database import Database
from desktop_crm.store.models import (
    Account,
    Activity,
    CareCase,
    Contact,
    ContactPoint,
    CustomerSegment,
    Deal,
    Pipeline,
    Quote,
    Stage,
)

TODAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)
OLD = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def _at(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=10, tzinfo=dt.UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "crm.sqlite3", tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def ids(db: Database) -> dict[str, uuid.UUID]:
    """A: company with 3 purchases 60 days apart (one by its person Lan, one in USD) and CSAT
    5 and 4; B: a person (no company) with one accepted quote; C: company, one old purchase;
    D: company, no purchase, recent activity and an open deal; E: nothing; F: new person."""
    with db.uow() as uow:
        s = uow.session
        pipe = Pipeline(name="P", is_default=True)
        s.add(pipe)
        s.flush()
        won = Stage(pipeline_id=pipe.id, name="Won", position=9, kind="won")
        first = Stage(pipeline_id=pipe.id, name="New", position=0, kind="open")
        s.add_all([won, first])
        a = Account(name="Công ty An Phát", tax_code="0101234567", created_at=OLD)
        c = Account(name="Cửa hàng Cúc", created_at=OLD)
        d = Account(name="Đại Lợi", created_at=OLD)
        e = Account(name="Ế Ẩm", created_at=OLD)
        s.add_all([a, c, d, e])
        s.flush()
        lan = Contact(
            full_name="Trần Thị Lan",
            account_id=a.id,
            title="Kế toán trưởng",
            source="Giới thiệu",
            created_at=OLD,
        )
        b = Contact(full_name="Nguyễn Văn Bình", lifecycle_stage="customer", created_at=OLD)
        f = Contact(full_name="Phạm Thu Hà", created_at=_at("2026-10-01"))  # 50 days ago
        s.add_all([lan, b, f])
        s.flush()
        s.add_all(
            [
                ContactPoint(kind="phone", value="+84903123456", contact_id=lan.id),
                ContactPoint(kind="email", value="lan@anphat.vn", contact_id=lan.id),
            ]
        )

        def deal(title: str, amount: str, cur: str, closed: str | None, **kw: object) -> Deal:
            row = Deal(
                title=title,
                pipeline_id=pipe.id,
                stage_id=(won if closed else first).id,
                amount=Decimal(amount),
                currency=cur,
                status="won" if closed else "open",
                closed_at=_at(closed) if closed else None,
                **kw,
            )
            s.add(row)
            s.flush()
            return row

        d1 = deal("A1", "100000000", "VND", "2026-01-10", account_id=a.id)
        deal("A2", "50000000", "VND", "2026-03-11", contact_id=lan.id)  # Lan's: counts for A
        deal("A3", "1200", "USD", "2026-05-10", account_id=a.id)  # 1200 x 25 000 = 30 000 000
        deal("C1", "15000000", "VND", "2024-06-01", account_id=c.id)
        d_open = deal("D1", "9000000", "VND", None, account_id=d.id, source="Hội chợ triển lãm")
        # accepted quote of a won deal: the deal counts, the quote not again
        s.add(
            Quote(
                number="BG-1",
                deal_id=d1.id,
                account_id=a.id,
                status="accepted",
                issue_date=dt.date(2026, 1, 5),
                decided_at=_at("2026-01-09"),
                subtotal=Decimal(100000000),
                total=Decimal(110000000),
            )
        )
        # B's accepted quote without a deal: 20 000 000 before VAT
        s.add(
            Quote(
                number="BG-2",
                contact_id=b.id,
                status="accepted",
                issue_date=dt.date(2026, 10, 25),
                decided_at=_at("2026-11-01"),
                subtotal=Decimal(20000000),
                total=Decimal(22000000),
            )
        )
        s.add_all(
            [
                CareCase(subject="x", account_id=a.id, status="resolved", csat_score=5),
                CareCase(subject="y", contact_id=lan.id, status="closed", csat_score=4),
                Activity(type="call", subject="gọi", account_id=d.id, done_at=_at("2026-11-10")),
                Activity(type="call", subject="gọi", contact_id=lan.id, done_at=_at("2026-11-15")),
            ]
        )
        uow.commit()
        return {
            "A": a.id,
            "B": b.id,
            "C": c.id,
            "D": d.id,
            "E": e.id,
            "F": f.id,
            "lan": lan.id,
            "deal_d": d_open.id,
        }


def _recompute(db: Database) -> segments.RecomputeResult:
    with db.uow() as uow:
        return segments.recompute(uow, TODAY, NOW, tz=dt.UTC)


def _of(db: Database, kind: str, rid: uuid.UUID) -> segments.SegmentRecord:
    with db.uow() as uow:
        rec = segments.segment_of(uow, kind, str(rid))
    assert rec is not None
    return rec


def test_hand_computed_segments(db: Database, ids: dict[str, uuid.UUID]) -> None:
    result = _recompute(db)
    assert result.customers == 6  # accounts A C D E, people B F (Lan belongs to A)
    a = _of(db, "account", ids["A"])
    # 100 M + 50 M (Lan's) + 1200 USD x 25 000 = 180 000 000; the accepted quote of D1 not again
    assert a.purchases == 3 and a.monetary == Decimal(180000000) and a.clv == Decimal(180000000)
    # CSAT (5 + 4) / 2 = 4.5 >= 4.0 and 3 purchases in the last 365 days >= 2: loyal
    assert a.care_group == "loyal" and a.csat == Decimal("4.5")
    # gaps 60 and 60 days: usual 60; last purchase 10/05 -> 194 days > 2 x 60: churn risk
    assert a.usual_interval_days == 60 and a.churn_risk is True
    # first purchase 314 days ago -> years = max(1, 314/365) = 1; 180 M / 1 x 3 = 540 M, halved
    assert a.projected_value == Decimal(270000000)
    assert explain(a, "en") == "3 purchases in 12 months, last 194 days ago, CSAT 4.5"
    # RFM among A (194 d, 3, 180 M), B (19 d, 1, 20 M), C (902 d, 1, 15 M); score 1 + 5k // 3
    # with k customers strictly worse. R: C k0 ->1, A k1 -> 2, B k2 -> 4.
    # F: B, C k0 -> 1, A k2 -> 4. M: C 1, B 2, A 4.
    assert (a.r_score, a.f_score, a.m_score, a.rfm_segment) == (2, 4, 4, "at_risk")
    b = _of(db, "contact", ids["B"])
    assert (b.r_score, b.f_score, b.m_score, b.rfm_segment) == (4, 1, 2, "promising")
    # one purchase 19 days ago (< 90): new; 20 M before VAT; projected 20 M x 3
    assert b.care_group == "new" and b.monetary == Decimal(20000000)
    assert b.projected_value == Decimal(60000000) and b.usual_interval_days is None
    c = _of(db, "account", ids["C"])
    assert (c.r_score, c.f_score, c.m_score, c.rfm_segment) == (1, 1, 1, "lost")
    assert c.care_group == "potential"  # bought before, nothing recent
    # 902 days: 15 M x 1095 / 902 = 18 209 534.37 -> 18 209 534
    assert c.projected_value == Decimal(18209534)
    # tiers of 215 M: A 180 (83.7 %, first: A), B 200 (93.0 % <= 95: B), C 215 (C)
    assert (a.tier, b.tier, c.tier) == ("A", "B", "C")
    d = _of(db, "account", ids["D"])
    assert d.care_group == "potential" and d.rfm_segment == "none" and d.tier == ""
    assert d.reason["engaged"] == ["activity", "open_deal"]
    assert _of(db, "account", ids["E"]).care_group == "unaware"
    assert _of(db, "contact", ids["F"]).care_group == "new"  # no purchase, added 50 days ago
    # a person at a company gets the company's row
    assert _of(db, "contact", ids["lan"]).customer_id == str(ids["A"])
    with db.uow() as uow:
        summary = segments.summary(uow)
        churned = segments.churn_list(uow)
    assert summary.care_groups == {"loyal": 1, "potential": 2, "new": 2, "unaware": 1}
    assert summary.tiers == {"A": 1, "B": 1, "C": 1} and summary.churn_risk == 1
    assert [r.customer_id for r in churned] == [str(ids["A"])]


def test_lead_scores_by_hand(db: Database, ids: dict[str, uuid.UUID]) -> None:
    _recompute(db)
    with db.uow() as uow:
        lan = lead_scoring.score_of(uow, "contact", str(ids["lan"]))
        deal = lead_scoring.score_of(uow, "deal", str(ids["deal_d"]))
        customer_b = lead_scoring.score_of(uow, "contact", str(ids["B"]))
    assert lan is not None and deal is not None
    # phone 10 + email 10 + title 5 + at company 10 + tax code 5 + referral 15 + call 5 days
    # ago 20 = 75
    assert lan.score == 75
    assert dict(lan.points)["source_referral"] == 15 and "activity_30_days" not in dict(lan.points)
    # the open deal: at company 10 + trade fair source 10 = 20
    assert deal.score == 20
    assert customer_b is None  # a customer, not a lead


def test_recompute_is_one_transaction(db: Database, ids: dict[str, uuid.UUID]) -> None:
    _recompute(db)
    with db.uow() as uow:
        uow.session.add(Account(name="Mới thêm", created_at=OLD))
        uow.commit()
    calls = 0

    def cancel_after_the_write() -> bool:
        nonlocal calls
        calls += 1
        return calls >= 6  # the check after the segments table was rewritten

    with db.uow() as uow, pytest.raises(segments.SegmentsCancelledError):
        segments.recompute(uow, TODAY, NOW, cancel=cancel_after_the_write, tz=dt.UTC)
    with db.uow() as uow:
        assert uow.session.query(CustomerSegment).count() == 6  # the old rows, not 7
    assert _recompute(db).customers == 7


def test_export_round_trip(db: Database, ids: dict[str, uuid.UUID], tmp_path: Path) -> None:
    _recompute(db)
    with db.uow() as uow:
        assert segments.export_segments(uow, tmp_path / "s.xlsx", "vi") == 6
        assert segments.export_segments(uow, tmp_path / "n.csv", "en", group="new") == 2
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Khách hàng" and rows[0][2] == "Nhóm chăm sóc"
    first = rows[1]  # largest revenue first
    assert first[0] == "Công ty An Phát" and first[2] == "Trung thành"
    assert first[7] == "Có nguy cơ rời bỏ" and first[11] == 180000000
    text = (tmp_path / "n.csv").read_text(encoding="utf-8-sig")
    assert "Nguyễn Văn Bình" in text and "Phạm Thu Hà" in text and "Công ty" not in text


def test_saved_rules_change_the_groups(db: Database, ids: dict[str, uuid.UUID]) -> None:
    from desktop_crm.domain.contact_rules import FieldError
    from desktop_crm.domain.segments import SegmentRules

    with db.uow() as uow, pytest.raises(FieldError):
        segments.save_rules(uow, SegmentRules(window_days=0))
    with db.uow() as uow:
        assert segments.get_rules(uow) == SegmentRules()  # nothing saved
        segments.save_rules(uow, SegmentRules(loyal_min_csat=Decimal("4.6")))
    with db.uow() as uow:
        assert segments.get_rules(uow).loyal_min_csat == Decimal("4.6")
        lead_scoring.save_rules(uow, [lead_scoring.ScoreRule("has_phone", 50)])
    _recompute(db)
    # CSAT 4.5 < 4.6: not loyal; first purchase 314 days ago: not new; bought: potential
    assert _of(db, "account", ids["A"]).care_group == "potential"
    with db.uow() as uow:
        lan = lead_scoring.score_of(uow, "contact", str(ids["lan"]))
    assert lan is not None and lan.score == 50 and lan.points == (("has_phone", 50),)
