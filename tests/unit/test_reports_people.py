"""Reports 4-6 (performance, activities, segments) on a small hand-made data set; every
expected figure is computed by hand in the comments."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_crm.services.reports import activities, performance, segments_report
from desktop_crm.services.reports.model import Period, ReportFilters
from desktop_crm.store.database import Database
from desktop_crm.store.models import (
    Account,
    Activity,
    Contact,
    CustomerSegment,
    Deal,
    Pipeline,
    Quote,
    Stage,
    User,
)

NOVEMBER = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)
UTC = dt.UTC


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "crm.sqlite3", tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def people(db: Database) -> dict[str, uuid.UUID]:
    with db.uow() as uow:
        s = uow.session
        binh = User(name="Trần Văn Bình")
        chi = User(name="Lê Thị Chi")
        s.add_all([binh, chi])
        pipe = Pipeline(name="P", is_default=True)
        s.add(pipe)
        s.flush()
        stage = Stage(pipeline_id=pipe.id, name="Chốt", position=0, kind="open")
        s.add(stage)
        acct = Account(name="Công ty An Phát")
        s.add(acct)
        s.flush()
        lan = Contact(full_name="Trần Thị Lan")
        s.add(lan)
        s.flush()

        def deal(
            owner: User, status: str, amount: str, cur: str, closed: str, **kw: object
        ) -> None:
            s.add(
                Deal(
                    title=f"{owner.name} {closed}",
                    pipeline_id=pipe.id,
                    stage_id=stage.id,
                    owner_id=owner.id,
                    status=status,
                    amount=Decimal(amount),
                    currency=cur,
                    closed_at=_at(closed),
                    **kw,
                )
            )

        deal(binh, "won", "100000000", "VND", "2026-11-05T10:00")
        deal(binh, "won", "1000", "USD", "2026-11-10T10:00")  # 1 000 x 25 000 = 25 000 000
        deal(binh, "lost", "5000000", "VND", "2026-11-12T10:00")
        deal(chi, "won", "40000000", "VND", "2026-11-30T23:00")  # last hour of the period
        deal(chi, "lost", "1000000", "VND", "2026-10-31T23:59")  # before the period
        deal(chi, "won", "9000000", "VND", "2026-12-01T00:00")  # after the period
        deal(chi, "lost", "2000000", "VND", "2026-11-15T10:00")
        deal(chi, "lost", "2000000", "VND", "2026-11-16T10:00", deleted_at=_at("2026-11-17T00:00"))
        s.add(Deal(title="open", pipeline_id=pipe.id, stage_id=stage.id, owner_id=binh.id))

        def act(
            owner: User, kind: str, done: str | None, due: str | None = None, **kw: object
        ) -> None:
            s.add(
                Activity(
                    type=kind,
                    subject=f"{kind} {done or due}",
                    owner_id=owner.id,
                    done_at=_at(done) if done else None,
                    due_at=_at(due) if due else None,
                    **kw,
                )
            )

        act(binh, "call", "2026-11-02T08:00")  # W45
        act(binh, "call", "2026-11-03T08:00")  # W45
        act(binh, "visit", "2026-11-10T08:00")  # W46
        act(binh, "call", "2026-11-04T08:00", deleted_at=_at("2026-11-05T00:00"))  # deleted
        act(chi, "email", "2026-11-10T09:00")  # W46
        act(chi, "task", "2026-11-30T20:00", due="2026-11-01T00:00")  # W49, done: not overdue
        act(chi, "call", "2026-10-31T20:00")  # before the period
        # open, due before NOW (2026-11-20 10:00): overdue
        act(binh, "task", None, due="2026-11-18T10:00", account_id=acct.id)  # 2 days
        act(chi, "call", None, due="2026-11-20T09:00", contact_id=lan.id)  # 0 days
        act(chi, "task", None, due="2026-11-21T09:00")  # not yet due

        def quote(owner: User, number: str, sent: str | None, **kw: object) -> Quote:
            row = Quote(
                number=number,
                owner_id=owner.id,
                status="sent" if sent else "draft",
                issue_date=dt.date(2026, 11, 1),
                sent_at=_at(sent) if sent else None,
                **kw,
            )
            s.add(row)
            s.flush()
            return row

        v1 = quote(binh, "BG-1", "2026-11-03T10:00")  # superseded by v2
        quote(binh, "BG-1", "2026-11-06T10:00", version=2, previous_version_id=v1.id)
        quote(binh, "BG-2", None)  # draft
        quote(chi, "BG-3", "2026-10-30T10:00")  # before the period
        quote(chi, "BG-4", "2026-11-20T10:00")
        uow.commit()
        return {"binh": binh.id, "chi": chi.id}


def test_performance_by_hand(db: Database, people: dict[str, uuid.UUID]) -> None:
    with db.uow() as uow:
        result = performance.run(uow, NOVEMBER, ReportFilters(), "vi", NOW, tz=UTC)
    table = result.tables[0]
    assert table.columns[1].currency == "VND"
    # Bình: 100 M + 25 M = 125 M, won 2, lost 1, 2 / 3 = 66.7 %, 3 activities, 1 quote (v2)
    # Chi: 40 M, won 1, lost 1 (the deleted loss does not count), 50.0 %, 2 activities, 1 quote
    assert table.rows == (
        ("Trần Văn Bình", Decimal(125000000), 2, 1, Decimal("66.7"), 3, 1),
        ("Lê Thị Chi", Decimal(40000000), 1, 1, Decimal("50.0"), 2, 1),
    )
    # 165 M, 3 won, 2 lost, 3 / 5 = 60.0 %, 5 activities, 2 quotes
    assert table.totals == ("Tổng cộng", Decimal(165000000), 3, 2, Decimal("60.0"), 5, 2)
    assert result.charts[0].categories == ("Trần Văn Bình", "Lê Thị Chi")
    assert result.charts[0].series[0].values == (Decimal(125000000), Decimal(40000000))
    assert result.title == "Hiệu quả bán hàng theo nhân viên"
    assert any("VND" in n for n in result.notes)


def test_performance_one_owner(db: Database, people: dict[str, uuid.UUID]) -> None:
    filters = ReportFilters(owner_id=str(people["chi"]))
    with db.uow() as uow:
        result = performance.run(uow, NOVEMBER, filters, "en", NOW, tz=UTC)
    assert result.filters_text == "Owner: Lê Thị Chi"
    assert result.tables[0].rows == (
        ("Lê Thị Chi", Decimal(40000000), 1, 1, Decimal("50.0"), 2, 1),
    )
    assert result.tables[0].columns[1].title == "Won revenue"


def test_activities_by_hand(db: Database, people: dict[str, uuid.UUID]) -> None:
    with db.uow() as uow:
        result = activities.run(uow, NOVEMBER, ReportFilters(), "en", NOW, tz=UTC)
    by_person, by_week, overdue = result.tables
    # columns: person, call meeting visit email chat note task, total
    assert [c.key for c in by_person.columns] == [
        "person", "call", "meeting", "visit", "email", "chat", "note", "task", "total"
    ]  # fmt: skip
    assert by_person.rows == (
        ("Trần Văn Bình", 2, 0, 1, 0, 0, 0, 0, 3),
        ("Lê Thị Chi", 0, 0, 0, 1, 0, 0, 1, 2),
    )
    assert by_person.totals == ("Total", 2, 0, 1, 1, 0, 0, 1, 5)
    # 1 Nov 2026 is a Sunday (W44), 30 Nov a Monday (W49): weeks 44 to 49
    assert by_week.rows == (
        ("2026-W44", 0, 0, 0, 0, 0, 0, 0, 0),
        ("2026-W45", 2, 0, 0, 0, 0, 0, 0, 2),  # Bình's calls on 2 and 3 Nov
        ("2026-W46", 0, 0, 1, 1, 0, 0, 0, 2),  # Bình's visit and Chi's e-mail on 10 Nov
        ("2026-W47", 0, 0, 0, 0, 0, 0, 0, 0),
        ("2026-W48", 0, 0, 0, 0, 0, 0, 0, 0),
        ("2026-W49", 0, 0, 0, 0, 0, 0, 1, 1),  # Chi's task done on 30 Nov
    )
    chart = result.charts[0]
    assert chart.kind == "stacked_bar" and len(chart.categories) == 6
    assert chart.series[0].name == "Call" and chart.series[0].values == (0, 2, 0, 0, 0, 0)
    # due 18 Nov, now 20 Nov: 2 days; due 20 Nov 09:00: 0 days
    assert overdue.rows == (
        (
            "task 2026-11-18T10:00",
            "Task",
            "Công ty An Phát",
            "Trần Văn Bình",
            dt.date(2026, 11, 18),
            2,
        ),
        ("call 2026-11-20T09:00", "Call", "Trần Thị Lan", "Lê Thị Chi", dt.date(2026, 11, 20), 0),
    )


def test_activities_vietnamese_and_owner(db: Database, people: dict[str, uuid.UUID]) -> None:
    filters = ReportFilters(owner_id=str(people["binh"]))
    with db.uow() as uow:
        result = activities.run(uow, NOVEMBER, filters, "vi", NOW, tz=UTC)
    assert result.title == "Báo cáo hoạt động"
    assert result.filters_text == "Nhân viên: Trần Văn Bình"
    assert result.tables[0].rows == (("Trần Văn Bình", 2, 0, 1, 0, 0, 0, 0, 3),)
    assert [r[0] for r in result.tables[2].rows] == ["task 2026-11-18T10:00"]
    assert result.tables[2].columns[5].title == "Số ngày quá hạn"


def test_segments_report_by_hand(db: Database) -> None:
    computed = _at("2026-11-19T02:00")
    with db.uow() as uow:
        s = uow.session
        names = ["A Phát", "B Minh", "C Hòa", "D Lợi"]
        accts = [Account(name=n) for n in names]
        s.add_all(accts)
        s.flush()

        def seg(
            i: int, group: str, rfm: str, tier: str, money: str, clv: str, **kw: object
        ) -> None:
            s.add(
                CustomerSegment(
                    customer_id=accts[i].id,
                    kind="account",
                    care_group=group,
                    rfm_segment=rfm,
                    tier=tier,
                    monetary=Decimal(money),
                    clv=Decimal(clv),
                    computed_at=computed,
                    **kw,
                )
            )

        seg(0, "loyal", "champions", "A", "100000000", "150000000")
        seg(1, "loyal", "at_risk", "B", "30000000", "40000000", churn_risk=True,
            usual_interval_days=60, last_purchase_on=dt.date(2026, 8, 22))  # fmt: skip
        seg(2, "potential", "lost", "C", "10000000", "10000000", churn_risk=True,
            usual_interval_days=30, last_purchase_on=dt.date(2026, 9, 1))  # fmt: skip
        seg(3, "unaware", "none", "", "0", "0")
        uow.commit()
    with db.uow() as uow:
        result = segments_report.run(uow, NOVEMBER, ReportFilters(), "en", NOW, tz=UTC)
    care, rfm, tiers, churn, top = result.tables
    # 4 customers, 140 M: loyal 2 (50.0 %, 130 M), potential 1 (25.0 %, 10 M), unaware 1 (0)
    assert care.rows == (
        ("Loyal", 2, Decimal("50.0"), Decimal(130000000)),
        ("Potential", 1, Decimal("25.0"), Decimal(10000000)),
        ("New", 0, Decimal("0.0"), Decimal(0)),
        ("Unaware", 1, Decimal("25.0"), Decimal(0)),
    )
    assert care.totals == ("Total", 4, Decimal("100.0"), Decimal(140000000))
    counts = dict((str(r[0]), r[1]) for r in rfm.rows)
    assert sum(int(str(v)) for v in counts.values()) == 4 and rfm.totals == ("Total", 4)
    assert len(rfm.rows) == 11
    # tiers of 140 M: A 100/140 = 71.43 %, B 30/140 = 21.43 %, C 10/140 = 7.14 %
    assert tiers.rows == (
        ("A", 1, Decimal(100000000), Decimal("71.4")),
        ("B", 1, Decimal(30000000), Decimal("21.4")),
        ("C", 1, Decimal(10000000), Decimal("7.1")),
    )
    # C due again 1 Sep + 30 = 1 Oct, B 22 Aug + 60 = 21 Oct: C first.
    # 1 Sep -> 20 Nov: 29 + 31 + 20 = 80 days; 22 Aug -> 20 Nov: 9 + 30 + 31 + 20 = 90 days
    assert churn.rows == (
        ("C Hòa", 30, 80, Decimal(10000000)),
        ("B Minh", 60, 90, Decimal(40000000)),
    )
    assert churn.links[0] == ("account", str(_id_of(db, "C Hòa")))
    assert [r[0] for r in top.rows] == ["A Phát", "B Minh", "C Hòa"]  # D has no CLV
    assert top.rows[0] == ("A Phát", "Loyal", "A", Decimal(150000000))
    pie, bar = result.charts
    assert pie.kind == "pie" and pie.series[0].values == (2, 1, 0, 1)
    assert bar.series[0].values == (Decimal(100000000), Decimal(30000000), Decimal(10000000))
    assert "Computed at 2026-11-19 02:00" in result.notes[0]


def _id_of(db: Database, name: str) -> uuid.UUID:
    from sqlalchemy import select

    with db.uow() as uow:
        value = uow.session.scalar(select(Account.id).where(Account.name == name))
    assert value is not None
    return value


def test_segments_report_never_computed(db: Database) -> None:
    with db.uow() as uow:
        result = segments_report.run(uow, NOVEMBER, ReportFilters(), "vi", NOW, tz=UTC)
    assert result.title == "Phân khúc khách hàng"
    assert result.tables[0].totals == ("Tổng cộng", 0, None, Decimal(0))
    assert "Chưa tính" in result.notes[0]


def test_reports_run_on_the_small_demo(db: Database) -> None:
    from desktop_crm.services.demo import build_demo

    build_demo(db, "small", seed=1, as_of=dt.date(2026, 11, 20))
    year = Period(dt.date(2026, 1, 1), dt.date(2026, 11, 30))
    for module in (performance, activities, segments_report):
        for language in ("vi", "en"):
            with db.uow() as uow:
                result = module.SPEC.run(uow, year, ReportFilters(), language, NOW)
            assert result.tables and result.title == module.SPEC.titles[language]
