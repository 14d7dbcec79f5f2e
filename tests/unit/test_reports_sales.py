"""Pipeline, forecast and win / loss on a small hand-made data set; every expected figure is
computed by hand in the comments (VND; USD at the default 25 000)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_crm.services.reports import forecast, pipeline, win_loss
from desktop_crm.services.reports.model import Period, ReportFilters, ReportResult, Table
from desktop_crm.store.database import Database
from desktop_crm.store.models import (
    Account,
    Contact,
    CustomerSegment,
    Deal,
    DealStageChange,
    Pipeline,
    Stage,
    User,
)

NOW = dt.datetime(2026, 12, 10, 3, 0, tzinfo=dt.UTC)
NOV = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
M = Decimal(1_000_000)


def _at(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=10, tzinfo=dt.UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "crm.sqlite3", tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def ids(db: Database) -> dict[str, uuid.UUID]:
    """Stages Mới (20 %), Đàm phán (80 %), Thắng, Thua; owners An and Bình; deals D1-D11."""
    with db.uow() as uow:
        s = uow.session
        an = User(name="Lê Văn An")
        binh = User(name="Trần Thị Bình")
        pipe = Pipeline(name="P", is_default=True)
        s.add_all([an, binh, pipe])
        s.flush()
        new = Stage(pipeline_id=pipe.id, name="Mới", position=0, probability=Decimal(20))
        talk = Stage(pipeline_id=pipe.id, name="Đàm phán", position=1, probability=Decimal(80))
        won = Stage(pipeline_id=pipe.id, name="Thắng", position=9, kind="won")
        lost = Stage(pipeline_id=pipe.id, name="Thua", position=10, kind="lost")
        acc = Account(name="Công ty An Phát")
        s.add_all([new, talk, won, lost, acc])
        s.flush()
        lan = Contact(full_name="Trần Thị Lan", account_id=acc.id)
        s.add(lan)
        s.add(
            CustomerSegment(
                customer_id=acc.id, kind="account", care_group="loyal", rfm_segment="x", tier="A"
            )
        )
        s.flush()

        def deal(title: str, stage: Stage, owner: User, amount: int, created: str, **kw: object):
            status = {"won": "won", "lost": "lost"}.get(stage.kind, "open")
            row = Deal(
                title=title,
                pipeline_id=pipe.id,
                stage_id=stage.id,
                owner_id=owner.id,
                amount=Decimal(amount) * (M if kw.get("currency", "VND") == "VND" else 1),
                status=status,
                created_at=_at(created),
                **kw,
            )
            s.add(row)
            s.flush()
            return row

        nov15, dec5, nov20 = dt.date(2026, 11, 15), dt.date(2026, 12, 5), dt.date(2026, 11, 20)
        deal("D1", new, an, 100, "2026-09-01", expected_close_date=nov15, source="Web")
        deal("D2", talk, binh, 2000, "2026-09-10", currency="USD", expected_close_date=dec5)
        deal("D3", talk, binh, 40, "2026-10-01", probability=Decimal(50), expected_close_date=nov20)
        d4 = deal(
            "D4", won, an, 60, "2026-10-01", closed_at=_at("2026-11-10"), source="Web",
            account_id=acc.id,
        )  # fmt: skip
        deal(
            "D5", won, binh, 30, "2026-11-01", closed_at=_at("2026-11-21"), source="Hội chợ",
            contact_id=lan.id,
        )  # fmt: skip
        deal("D6", lost, binh, 20, "2026-10-15", closed_at=_at("2026-11-12"), source="Web",
             lost_reason="Giá cao")  # fmt: skip
        deal("D7", lost, an, 10, "2026-10-20", closed_at=_at("2026-11-25"), lost_reason="Giá cao")
        deal("D8", lost, an, 5, "2026-10-20", closed_at=_at("2026-11-26"))
        deal("D9", won, an, 80, "2026-08-01", closed_at=_at("2026-10-15"))
        d10 = deal("D10", won, binh, 70, "2026-10-01", closed_at=_at("2026-12-05"))
        deal("D11", new, an, 30, "2026-12-01", expected_close_date=dt.date(2027, 1, 10))
        s.add_all(
            [
                DealStageChange(deal_id=d10.id, to_stage_id=talk.id, changed_at=_at("2026-10-05")),
                DealStageChange(deal_id=d10.id, to_stage_id=won.id, changed_at=_at("2026-12-05")),
                DealStageChange(deal_id=d4.id, to_stage_id=talk.id, changed_at=_at("2026-10-02")),
                DealStageChange(deal_id=d4.id, to_stage_id=won.id, changed_at=_at("2026-11-10")),
            ]
        )
        uow.commit()
        return {"an": an.id, "binh": binh.id}


def _run(db: Database, mod: object, period: Period, lang: str = "en", owner: str | None = None):
    with db.uow() as uow:
        result: ReportResult = mod.SPEC.run(  # type: ignore[attr-defined]
            uow, period, ReportFilters(owner_id=owner), lang, NOW
        )
    return result


def _table(result: ReportResult, key: str) -> Table:
    return next(t for t in result.tables if t.key == key)


def _kpis(result: ReportResult) -> dict[str, tuple[object, object]]:
    return {k.key: (k.value, k.previous) for k in result.kpis}


def test_pipeline_at_end_of_november(db: Database, ids: dict[str, uuid.UUID]) -> None:
    result = _run(db, pipeline, NOV)
    # Open at the end of 30/11: D1 (Mới), D2, D3, and D10 (won 05/12, in Đàm phán since 05/10).
    # Mới: D1 100 M x 20 % = 20 M. Đàm phán: D2 2000 USD = 50 M x 80 % = 40 M; D3 40 M x 50 %
    # (its own probability) = 20 M; D10 70 M x 80 % = 56 M -> 160 M, weighted 116 M.
    stage = _table(result, "by_stage")
    assert stage.rows == (("Mới", 1, 100 * M, 20 * M), ("Đàm phán", 3, 160 * M, 116 * M))
    assert stage.totals == ("Total", 4, 260 * M, 136 * M)
    owner = _table(result, "by_owner")
    assert owner.rows == (("Lê Văn An", 1, 100 * M, 20 * M), ("Trần Thị Bình", 3, 160 * M, 116 * M))
    matrix = _table(result, "stage_owner")
    assert [c.title for c in matrix.columns] == ["Stage", "Lê Văn An", "Trần Thị Bình", "Total"]
    assert matrix.rows == (("Mới", 100 * M, 0, 100 * M), ("Đàm phán", 0, 160 * M, 160 * M))
    assert matrix.totals == ("Total", 100 * M, 160 * M, 260 * M)
    chart = result.charts[0]
    assert chart.categories == ("Mới", "Đàm phán")
    assert [s.values for s in chart.series] == [(100 * M, 160 * M), (20 * M, 116 * M)]
    # previous period 02/10-31/10: also D4 (Đàm phán since 02/10: 60 M -> 48 M) and D6, D7, D8
    # (no history: their current lost stage, 0 %): 355 M, weighted 20+40+20+48+56 = 184 M.
    assert _kpis(result) == {
        "pipeline_value": (260 * M, 355 * M),
        "weighted_pipeline": (136 * M, 184 * M),
    }
    # owner An only: D1
    mine = _run(db, pipeline, NOV, "vi", str(ids["an"]))
    assert _table(mine, "by_stage").totals == ("Tổng cộng", 1, 100 * M, 20 * M)
    assert mine.filters_text == "Người phụ trách: Lê Văn An"
    # a period ending today: today's open deals D1, D2, D3, D11 (Mới, 30 M -> 6 M)
    today = _run(db, pipeline, Period(dt.date(2026, 12, 1), dt.date(2026, 12, 10)))
    assert _table(today, "by_stage").totals == ("Total", 4, 220 * M, 86 * M)


def test_forecast_october_to_december(db: Database, ids: dict[str, uuid.UUID]) -> None:
    result = _run(db, forecast, Period(dt.date(2026, 10, 1), dt.date(2026, 12, 31)))
    table = _table(result, "by_month")
    # Nov: D1 (100 M, 20 % -> 20 M) + D3 (40 M, 50 % -> 20 M): weighted 40 M, best 140 M,
    # worst 0 (no probability >= 75); won D4 60 M + D5 30 M = 90 M.
    # Dec: D2 (50 M, 80 %): weighted 40 M, best 50 M, worst 50 M; won D10 70 M.
    # Oct: no open deal expected; won D9 80 M. D11 (January 2027) is outside.
    assert table.rows == (
        ("10/2026", 0, 0, 0, 0, 80 * M),
        ("11/2026", 2, 40 * M, 140 * M, 0, 90 * M),
        ("12/2026", 1, 40 * M, 50 * M, 50 * M, 70 * M),
    )
    assert table.totals == ("Total", 3, 80 * M, 190 * M, 50 * M, 240 * M)
    assert [s.values for s in result.charts[0].series] == [
        (0, 40 * M, 40 * M),
        (80 * M, 90 * M, 70 * M),
    ]
    assert any("75 %" in n for n in result.notes)


def test_win_loss_november(db: Database, ids: dict[str, uuid.UUID]) -> None:
    result = _run(db, win_loss, NOV)
    # Closed in November: D4 won An 60 M (Web, customer An Phát: loyal), D5 won Bình 30 M (Hội
    # chợ, Lan of An Phát: loyal), D6 lost Bình 20 M (Web, Giá cao), D7 lost An 10 M (Giá cao),
    # D8 lost An 5 M (no reason). 2 won of 5: 40.0 %.
    owner = _table(result, "by_owner")
    assert owner.rows == (
        ("Lê Văn An", 1, 2, Decimal("33.3"), 60 * M),
        ("Trần Thị Bình", 1, 1, Decimal("50.0"), 30 * M),
    )
    assert owner.totals == ("Total", 2, 3, Decimal("40.0"), 90 * M)
    assert _table(result, "by_source").rows == (
        ("(none)", 0, 2, Decimal("0.0"), 0),
        ("Hội chợ", 1, 0, Decimal("100.0"), 30 * M),
        ("Web", 1, 1, Decimal("50.0"), 60 * M),
    )
    assert _table(result, "by_group").rows == (
        ("(none)", 0, 3, Decimal("0.0"), 0),
        ("Loyal", 2, 0, Decimal("100.0"), 90 * M),
    )
    reasons = _table(result, "lost_reasons")
    # Giá cao 2 of 3 = 66.7 %, 20 + 10 = 30 M; none 1 = 33.3 %, 5 M
    assert reasons.rows == (
        ("Giá cao", 2, Decimal("66.7"), 30 * M),
        ("(none)", 1, Decimal("33.3"), 5 * M),
    )
    assert reasons.totals == ("Total", 3, Decimal("100.0"), 35 * M)
    # average won (60 + 30) / 2 = 45 M; cycle D4 01/10 -> 10/11 = 40 d, D5 01/11 -> 21/11 = 20 d
    # -> 30.0. Previous 02/10-31/10: D9 won 80 M, 01/08 -> 15/10 = 75 d.
    assert _kpis(result) == {
        "win_rate": (Decimal("40.0"), Decimal("100.0")),
        "average_deal_size": (45 * M, 80 * M),
        "average_sales_cycle": (Decimal("30.0"), Decimal("75.0")),
    }
    vi = _run(db, win_loss, NOV, "vi", str(ids["binh"]))
    assert _table(vi, "by_group").rows == (
        ("(không có)", 0, 1, Decimal("0.0"), 0),
        ("Trung thành", 1, 0, Decimal("100.0"), 30 * M),
    )


AS_OF = dt.date(2026, 11, 20)


def test_reports_run_on_the_small_demo(tmp_path: Path) -> None:
    from desktop_crm.services.demo import build_demo

    database = Database.open(tmp_path / "demo.sqlite3", tmp_path / "backups")
    try:
        build_demo(database, "small", seed=1, as_of=AS_OF)
        year = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        for mod in (pipeline, forecast, win_loss):
            for lang in ("vi", "en"):
                result = _run(database, mod, year, lang)
                assert result.tables and result.kpis
                for table in result.tables:
                    for row in table.rows:
                        assert len(row) == len(table.columns)
    finally:
        database.close()
