"""Care, quotes and customer statement reports on a small hand-made data set.

Every expected figure is computed by hand in the comments. The computer's zone is set to
Hà Nội (UTC+7): 03:00 UTC is 10:00 local on the same day.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_crm.services import reports
from desktop_crm.services.reports.model import Period, ReportFilters, ReportResult, Table
from desktop_crm.store.database import Database
from desktop_crm.store.models import (
    Account,
    Activity,
    CareCase,
    Contact,
    CustomerSegment,
    Deal,
    Pipeline,
    Quote,
    Stage,
    User,
)

NOW = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)
NOV = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
OCT_NOV = Period(dt.date(2026, 10, 1), dt.date(2026, 11, 30))


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def hanoi(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "crm.sqlite3", tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def ids(db: Database) -> dict[str, uuid.UUID]:
    with db.uow() as uow:
        s = uow.session
        binh = User(name="Trần Văn Bình")
        chi = User(name="Lê Thị Chi")
        pipe = Pipeline(name="P", is_default=True)
        s.add_all([binh, chi, pipe])
        s.flush()
        new = Stage(pipeline_id=pipe.id, name="Mới", position=0, kind="open", probability=20)
        won = Stage(pipeline_id=pipe.id, name="Thắng", position=8, kind="won")
        lost = Stage(pipeline_id=pipe.id, name="Thua", position=9, kind="lost")
        a = Account(
            name="Công ty An Phát",
            tax_code="0101234567",
            street="12 Lý Thường Kiệt",
            district="Hoàn Kiếm",
            province="Hà Nội",
            owner_id=binh.id,
        )
        other = Account(name="Cửa hàng Cúc")
        s.add_all([new, won, lost, a, other])
        s.flush()
        lan = Contact(full_name="Trần Thị Lan", account_id=a.id)
        s.add(lan)
        s.flush()
        s.add(
            CustomerSegment(
                customer_id=a.id,
                kind="account",
                care_group="loyal",
                rfm_segment="champions",
                tier="A",
            )
        )
        # Deals of An Phát: won 100,000,000 VND; open 50,000,000 VND and 1,000 USD; lost.
        deal = Deal(
            title="Tủ điện",
            account_id=a.id,
            pipeline_id=pipe.id,
            stage_id=won.id,
            status="won",
            amount=Decimal(100_000_000),
            created_at=_at("2026-09-01T03:00"),
            closed_at=_at("2026-10-10T03:00"),
        )
        s.add_all(
            [
                deal,
                Deal(
                    title="Cáp đồng",
                    account_id=a.id,
                    pipeline_id=pipe.id,
                    stage_id=new.id,
                    amount=Decimal(50_000_000),
                    created_at=_at("2026-10-01T03:00"),
                    expected_close_date=dt.date(2026, 12, 15),
                ),
                Deal(
                    title="Máy phát",
                    account_id=a.id,
                    pipeline_id=pipe.id,
                    stage_id=new.id,
                    amount=Decimal(1000),
                    currency="USD",
                    created_at=_at("2026-10-02T03:00"),
                ),
                Deal(
                    title="Đèn",
                    account_id=a.id,
                    pipeline_id=pipe.id,
                    stage_id=lost.id,
                    status="lost",
                    amount=Decimal(30_000_000),
                    created_at=_at("2026-10-03T03:00"),
                    closed_at=_at("2026-10-20T03:00"),
                ),
                # another customer's deal does not appear in An Phát's statement
                Deal(
                    title="Khác",
                    account_id=other.id,
                    pipeline_id=pipe.id,
                    stage_id=won.id,
                    status="won",
                    amount=Decimal(9),
                ),
            ]
        )
        # Quotes: BG-1 v1 (sent, superseded by v2) and v2 accepted, sent Nov 2 03:00, decided
        # Nov 5 03:00 -> 3 days; BG-2 rejected, sent Nov 3 03:00, decided Nov 4 15:00 -> 1.5
        # days; BG-3 sent 1,000 USD; BG-4 draft (Chi's); BG-5 expired; BG-6 outside the period.
        q1 = Quote(
            number="BG-1",
            version=1,
            status="sent",
            account_id=a.id,
            owner_id=binh.id,
            issue_date=dt.date(2026, 11, 1),
            total=Decimal(100_000_000),
        )
        s.add(q1)
        s.flush()
        s.add_all(
            [
                Quote(
                    number="BG-1",
                    version=2,
                    previous_version_id=q1.id,
                    status="accepted",
                    account_id=a.id,
                    owner_id=binh.id,
                    issue_date=dt.date(2026, 11, 2),
                    total=Decimal(110_000_000),
                    sent_at=_at("2026-11-02T03:00"),
                    decided_at=_at("2026-11-05T03:00"),
                ),
                Quote(
                    number="BG-2",
                    status="rejected",
                    owner_id=binh.id,
                    issue_date=dt.date(2026, 11, 3),
                    total=Decimal(20_000_000),
                    sent_at=_at("2026-11-03T03:00"),
                    decided_at=_at("2026-11-04T15:00"),
                ),
                Quote(
                    number="BG-3",
                    status="sent",
                    owner_id=binh.id,
                    currency="USD",
                    issue_date=dt.date(2026, 11, 10),
                    total=Decimal(1000),
                ),
                Quote(
                    number="BG-4",
                    status="draft",
                    owner_id=chi.id,
                    issue_date=dt.date(2026, 11, 12),
                    total=Decimal(5_000_000),
                ),
                Quote(
                    number="BG-5",
                    status="expired",
                    owner_id=binh.id,
                    issue_date=dt.date(2026, 11, 30),
                    total=Decimal(7_000_000),
                ),
                Quote(
                    number="BG-6",
                    status="accepted",
                    owner_id=binh.id,
                    issue_date=dt.date(2026, 10, 31),
                    total=Decimal(1),
                ),
            ]
        )
        # Care cases (hours from opening): see the care test for the figures.
        c1 = CareCase(
            subject="Hỏng aptomat",
            priority="urgent",
            channel="phone",
            status="resolved",
            account_id=a.id,
            opened_at=_at("2026-11-02T03:00"),
            first_response_at=_at("2026-11-02T03:30"),  # 0.5 h
            resolved_at=_at("2026-11-02T05:00"),  # 2 h
            csat_score=5,
        )
        c2 = CareCase(
            subject="Giao chậm",
            priority="urgent",
            channel="zalo",
            status="closed",
            opened_at=_at("2026-11-03T03:00"),
            first_response_at=_at("2026-11-03T05:00"),  # 2 h
            resolved_at=_at("2026-11-03T09:00"),  # 6 h
            csat_score=2,
        )
        c3 = CareCase(
            subject="Hỏi bảo hành",
            priority="normal",
            channel="phone",
            status="in_progress",
            contact_id=lan.id,
            opened_at=_at("2026-11-10T03:00"),
            first_response_at=_at("2026-11-10T09:00"),  # 6 h
            due_at=_at("2026-11-13T03:00"),  # overdue at NOW
        )
        c4 = CareCase(
            subject="Xin báo giá",
            priority="normal",
            channel="email",
            status="new",
            opened_at=_at("2026-11-12T03:00"),
            due_at=_at("2026-11-30T03:00"),  # not yet due
        )
        c5 = CareCase(
            subject="Đổi hàng",
            priority="low",
            channel="phone",
            status="resolved",
            owner_id=chi.id,
            opened_at=_at("2026-10-20T03:00"),
            first_response_at=_at("2026-10-21T03:00"),  # 24 h
            resolved_at=_at("2026-10-24T03:00"),  # 96 h
            csat_score=4,
        )
        c6 = CareCase(  # opened before the period, still open and overdue
            subject="Cũ",
            priority="high",
            channel="visit",
            status="waiting_on_customer",
            opened_at=_at("2026-09-28T03:00"),
            due_at=_at("2026-10-01T03:00"),
        )
        c7 = CareCase(  # Sep 30 18:00 UTC is Oct 1 01:00 in Hà Nội: opened in the period
            subject="Nửa đêm",
            priority="normal",
            channel=None,
            status="new",
            opened_at=_at("2026-09-30T18:00"),
        )
        c8 = CareCase(  # deleted: never counts
            subject="Xóa",
            status="new",
            opened_at=_at("2026-11-05T03:00"),
            deleted_at=_at("2026-11-06T03:00"),
        )
        s.add_all([c1, c2, c3, c4, c5, c6, c7, c8])
        # Activities of An Phát: done Nov 5 (call, Bình); a task of Lan due Nov 25 20:00 UTC
        # = Nov 26 local; one done in October and another customer's are left out.
        s.add_all(
            [
                Activity(
                    type="call",
                    subject="Gọi chào hàng",
                    account_id=a.id,
                    owner_id=binh.id,
                    done_at=_at("2026-11-05T03:00"),
                ),
                Activity(
                    type="task",
                    subject="Gửi catalogue",
                    contact_id=lan.id,
                    due_at=_at("2026-11-25T20:00"),
                ),
                Activity(
                    type="call",
                    subject="Cũ",
                    account_id=a.id,
                    done_at=_at("2026-10-15T03:00"),
                ),
                Activity(
                    type="call",
                    subject="Khác",
                    account_id=other.id,
                    done_at=_at("2026-11-05T03:00"),
                ),
            ]
        )
        uow.commit()
        return {"a": a.id, "binh": binh.id, "chi": chi.id, "other": other.id}


def _run(
    db: Database, name: str, period: Period, filters: ReportFilters, language: str = "vi"
) -> ReportResult:
    with db.uow() as uow:
        return reports.report(name).run(uow, period, filters, language, NOW)


def _table(result: ReportResult, key: str) -> Table:
    return next(t for t in result.tables if t.key == key)


def _kpis(result: ReportResult) -> dict[str, object]:
    return {k.key: k.value for k in result.kpis}


def test_registered() -> None:
    names = {spec.name for spec in reports.all_reports()}
    assert {"care", "quotes", "statement"} <= names


def test_care(db: Database, ids: dict[str, uuid.UUID]) -> None:
    result = _run(db, "care", OCT_NOV, ReportFilters())
    assert result.title == "Chăm sóc khách hàng"
    # Opened Oct 1 - Nov 30 (local): C1, C2, C3, C4, C5, C7 = 6 (C6 before, C8 deleted).
    # Open now: C3, C4, C6, C7 = 4; overdue: C3 (due Nov 13), C6 (due Oct 1) = 2.
    # CSAT resolved in the period: 5, 2 (Nov), 4 (Oct): (5 + 2 + 4) / 3 = 3.666.. -> 3.67.
    assert _kpis(result) == {
        "opened": 6,
        "open_cases": 4,
        "overdue": 2,
        "mean_csat": Decimal("3.67"),
    }
    # new: C4, C7; in progress: C3; resolved: C1, C5; closed: C2.
    assert _table(result, "status").rows == (
        ("Mới", 2),
        ("Đang xử lý", 1),
        ("Đã xử lý", 2),
        ("Đã đóng", 1),
    )
    assert _table(result, "status").totals == ("Tổng", 6)
    # phone: C1, C3, C5; email: C4; zalo: C2; no channel: C7.
    channel_rows = (("Điện thoại", 3), ("Email", 1), ("Zalo", 1), ("(không rõ)", 1))
    assert _table(result, "channel").rows == channel_rows
    assert _table(result, "priority").rows == (("Khẩn cấp", 2), ("Bình thường", 3), ("Thấp", 1))
    chart = next(c for c in result.charts if c.key == "by_channel")
    assert chart.kind == "bar" and chart.series[0].values == (3, 1, 1, 1)
    d = Decimal
    # urgent (targets 1 h / 4 h): responses 0.5, 2 -> median and mean 1.25 -> 1.3, one of
    # two within 1 h = 50 %; resolutions 2, 6 -> 4.0, 4.0, one of two within 4 h = 50 %.
    # high: no case. normal (8 h / 72 h): C3 responded in 6 h -> 100 %; none resolved.
    # low (24 h / 168 h): 24 h response (within, the limit counts), 96 h resolution.
    assert _table(result, "times").rows == (
        ("Khẩn cấp", 2, 2, d("1.3"), d("1.3"), 1, d("50.0"), 2, d("4.0"), d("4.0"), 4, d("50.0")),
        ("Cao", 0, 0, None, None, 4, None, 0, None, None, 24, None),
        ("Bình thường", 3, 1, d("6.0"), d("6.0"), 8, d("100.0"), 0, None, None, 72, None),
        (
            "Thấp",
            1,
            1,
            d("24.0"),
            d("24.0"),
            24,
            d("100.0"),
            1,
            d("96.0"),
            d("96.0"),
            168,
            d("100.0"),
        ),
    )
    # CSAT by month: Oct 4 (one); Nov (5 + 2) / 2 = 3.50 (two).
    assert _table(result, "csat").rows == (("2026-10", d("4.00"), 1), ("2026-11", d("3.50"), 2))
    line = next(c for c in result.charts if c.key == "csat")
    assert line.kind == "line" and line.series[0].values == (d("4.00"), d("3.50"))


def test_care_owner_filter_and_english(db: Database, ids: dict[str, uuid.UUID]) -> None:
    result = _run(db, "care", OCT_NOV, ReportFilters(owner_id=str(ids["chi"])), "en")
    # Chi owns C5 only: opened 1, none open, CSAT 4.
    assert result.filters_text == "Owner: Lê Thị Chi"
    assert _kpis(result) == {
        "opened": 1,
        "open_cases": 0,
        "overdue": 0,
        "mean_csat": Decimal("4.00"),
    }
    assert _table(result, "priority").rows == (("Low", 1),)


def test_quotes(db: Database, ids: dict[str, uuid.UUID]) -> None:
    result = _run(db, "quotes", NOV, ReportFilters())
    # Latest versions issued Nov 1-30: BG-1 v2, BG-2, BG-3, BG-4, BG-5 = 5 (BG-1 v1 superseded,
    # BG-6 issued Oct 31). Accepted 1 of decided 2 = 50.0 %; (3 + 1.5) / 2 = 2.25 -> 2.3 days.
    assert _kpis(result) == {
        "issued": 5,
        "acceptance_rate": Decimal("50.0"),
        "days_to_decision": Decimal("2.3"),
    }
    assert _table(result, "by_status").rows == (
        ("Nháp", 1),
        ("Đã gửi", 1),
        ("Chấp nhận", 1),
        ("Từ chối", 1),
        ("Hết hạn", 1),
    )
    assert _table(result, "values").rows == (
        ("Nháp", "VND", Decimal(5_000_000)),
        ("Đã gửi", "USD", Decimal(1000)),
        ("Chấp nhận", "VND", Decimal(110_000_000)),
        ("Từ chối", "VND", Decimal(20_000_000)),
        ("Hết hạn", "VND", Decimal(7_000_000)),
    )
    assert result.charts[0].kind == "bar" and result.charts[0].series[0].values == (1, 1, 1, 1, 1)
    # Chi: BG-4 only, a draft: nothing decided.
    chi = _run(db, "quotes", NOV, ReportFilters(owner_id=str(ids["chi"])), "en")
    assert _kpis(chi) == {"issued": 1, "acceptance_rate": None, "days_to_decision": None}
    assert _table(chi, "by_status").rows[0] == ("Draft", 1)


def test_statement(db: Database, ids: dict[str, uuid.UUID]) -> None:
    result = _run(db, "statement", NOV, ReportFilters(account_id=str(ids["a"])))
    assert result.filters_text == "Khách hàng: Công ty An Phát"
    # Lifetime: the won 100,000,000; open: 50,000,000 + 1,000 USD x 25,000 = 75,000,000 VND.
    # Open cases: C3 (by Lan, of An Phát); C1 resolved.
    assert _kpis(result) == {
        "lifetime_value": Decimal(100_000_000),
        "open_pipeline": Decimal(75_000_000),
        "open_cases": 1,
    }
    header = _table(result, "header").rows
    assert header[:4] == (
        ("Tên", "Công ty An Phát"),
        ("Mã số thuế", "0101234567"),
        ("Địa chỉ", "12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội"),
        ("Người phụ trách", "Trần Văn Bình"),
    )
    assert [row[0] for row in header[4:]] == ["Nhóm chăm sóc", "Lý do"]
    day = dt.date
    assert _table(result, "deals").rows == (
        ("Tủ điện", "Thắng", "Thắng", Decimal(100_000_000), "VND", day(2026, 9, 1), None,
         day(2026, 10, 10)),
        ("Cáp đồng", "Mới", "Đang mở", Decimal(50_000_000), "VND", day(2026, 10, 1),
         day(2026, 12, 15), None),
        ("Máy phát", "Mới", "Đang mở", Decimal(1000), "USD", day(2026, 10, 2), None, None),
        ("Đèn", "Thua", "Thua", Decimal(30_000_000), "VND", day(2026, 10, 3), None,
         day(2026, 10, 20)),
    )  # fmt: skip
    assert _table(result, "quotes").rows == (
        ("BG-1", 1, "Đã gửi", Decimal(100_000_000), "VND", day(2026, 11, 1)),
        ("BG-1", 2, "Chấp nhận", Decimal(110_000_000), "VND", day(2026, 11, 2)),
    )
    assert _table(result, "activities").rows == (
        (day(2026, 11, 5), "Cuộc gọi", "Gọi chào hàng", "Trần Văn Bình"),
        (day(2026, 11, 26), "Việc cần làm", "Gửi catalogue", ""),
    )
    assert _table(result, "cases").rows == (
        ("Hỏng aptomat", "Đã xử lý", day(2026, 11, 2), day(2026, 11, 2), 5),
        ("Hỏi bảo hành", "Đang xử lý", day(2026, 11, 10), None, None),
    )


def test_statement_needs_a_customer(db: Database, ids: dict[str, uuid.UUID]) -> None:
    with pytest.raises(ValueError, match="Hãy chọn khách hàng"):
        _run(db, "statement", NOV, ReportFilters())
    with pytest.raises(ValueError, match="Choose the customer"):
        _run(db, "statement", NOV, ReportFilters(), "en")
    with pytest.raises(ValueError, match="not found"):
        _run(db, "statement", NOV, ReportFilters(account_id=str(uuid.uuid4())), "en")


def test_on_the_small_demo(tmp_path: Path) -> None:
    from desktop_crm.services.demo import build_demo
    from desktop_crm.store.models import Account as Acc

    database = Database.open(tmp_path / "demo.sqlite3", tmp_path / "backups")
    try:
        build_demo(database, "small", seed=1, as_of=dt.date(2026, 11, 20))
        with database.uow() as uow:
            account_id = uow.session.query(Acc.id).first()
        assert account_id is not None
        year = Period(dt.date(2026, 1, 1), dt.date(2026, 11, 30))
        for name, filters in (
            ("care", ReportFilters()),
            ("quotes", ReportFilters()),
            ("statement", ReportFilters(account_id=str(account_id[0]))),
        ):
            for language in ("vi", "en"):
                result = _run(database, name, year, filters, language)
                assert result.name == name
    finally:
        database.close()
