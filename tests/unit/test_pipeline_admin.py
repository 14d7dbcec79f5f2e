"""Editing pipelines, stages and lost reasons: the rules that keep deals and history intact."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.errors import UserError
from desktop_crm.services import pipeline_admin as admin
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.store.database import Database
from desktop_crm.store.models import Account, Deal, DealStageChange, User

NOW = dt.datetime(2025, 3, 10, 8, 30, tzinfo=dt.UTC)


@pytest.fixture
def pipeline(db: Database) -> admin.PipelineRow:
    with db.uow() as uow:
        ensure_default_pipeline(uow, "en")
    with db.uow() as uow:
        return admin.list_pipelines(uow)[0]


def _stage(db: Database, name: str) -> admin.StageRow:
    with db.uow() as uow:
        for p in admin.list_pipelines(uow):
            for s in p.stages:
                if s.name == name:
                    return s
    raise AssertionError(name)


def _names(db: Database) -> list[str]:
    with db.uow() as uow:
        return [s.name for s in admin.list_pipelines(uow)[0].stages]


def _add_deals(db: Database, pipeline: admin.PipelineRow, stage_id: str, n: int) -> list[str]:
    with db.uow() as uow:
        owner = User(name="Lan")
        account = Account(name="Công ty Đông Á")
        uow.session.add_all([owner, account])
        uow.session.flush()
        deals = [
            Deal(
                title=f"Deal {i}",
                account_id=account.id,
                pipeline_id=uuid.UUID(pipeline.id),
                stage_id=uuid.UUID(stage_id),
                owner_id=owner.id,
                amount=Decimal("1000000"),
                stage_entered_at=NOW - dt.timedelta(days=40),
            )
            for i in range(n)
        ]
        uow.session.add_all(deals)
        uow.session.flush()
        ids = [str(d.id) for d in deals]
        uow.commit()
        return ids


def test_default_pipeline_lists_its_stages_in_order(pipeline: admin.PipelineRow) -> None:
    assert pipeline.is_default
    assert [s.name for s in pipeline.stages][:2] == ["New lead", "Qualified"]
    assert [s.kind for s in pipeline.stages][-2:] == ["won", "lost"]
    assert [s.position for s in pipeline.stages] == list(range(6))


def test_removing_a_stage_with_deals_needs_a_target_and_moves_them_with_history(
    db: Database, pipeline: admin.PipelineRow
) -> None:
    qualified = _stage(db, "Qualified")
    proposal = _stage(db, "Proposal sent")
    deal_ids = _add_deals(db, pipeline, qualified.id, 3)
    assert _stage(db, "Qualified").deal_count == 3

    with db.uow() as uow, pytest.raises(UserError, match="still holds 3 deals"):
        admin.remove_stage(uow, qualified.id)
    assert "Qualified" in _names(db)

    won = _stage(db, "Won")
    with db.uow() as uow, pytest.raises(UserError, match="another open stage"):
        admin.remove_stage(uow, qualified.id, target_stage_id=won.id)

    user_id = None
    with db.uow() as uow:
        user_id = str(uow.session.query(User).one().id)
        moved = admin.remove_stage(
            uow, qualified.id, target_stage_id=proposal.id, changed_by=user_id, now=NOW
        )
    assert moved == 3
    assert "Qualified" not in _names(db)
    assert _stage(db, "Proposal sent").deal_count == 3
    with db.uow() as uow:
        deals = uow.session.query(Deal).filter(Deal.id.in_([uuid.UUID(i) for i in deal_ids]))
        assert {str(d.stage_id) for d in deals} == {proposal.id}
        assert {d.stage_entered_at for d in deals} == {NOW}
        changes = uow.session.query(DealStageChange).all()
        assert len(changes) == 3
        assert {str(c.deal_id) for c in changes} == set(deal_ids)
        assert {(str(c.from_stage_id), str(c.to_stage_id)) for c in changes} == {
            (qualified.id, proposal.id)
        }
        assert {str(c.changed_by_id) for c in changes} == {user_id}
        assert {c.changed_at for c in changes} == {NOW}
    # positions stay contiguous after the tombstone
    with db.uow() as uow:
        assert [s.position for s in admin.list_pipelines(uow)[0].stages] == list(range(5))


def test_a_failed_move_writes_nothing(db: Database, pipeline: admin.PipelineRow) -> None:
    qualified = _stage(db, "Qualified")
    _add_deals(db, pipeline, qualified.id, 2)
    with db.uow() as uow, pytest.raises(UserError):
        admin.remove_stage(uow, qualified.id, target_stage_id=qualified.id)
    with db.uow() as uow:
        assert uow.session.query(DealStageChange).count() == 0
    assert _stage(db, "Qualified").deal_count == 2


def test_an_empty_stage_is_removed_without_target(
    db: Database, pipeline: admin.PipelineRow
) -> None:
    with db.uow() as uow:
        assert admin.remove_stage(uow, _stage(db, "Negotiation").id) == 0
    assert _names(db) == ["New lead", "Qualified", "Proposal sent", "Won", "Lost"]


def test_the_last_open_won_or_lost_stage_stays(db: Database, pipeline: admin.PipelineRow) -> None:
    for kind_stage in ("Won", "Lost"):
        with db.uow() as uow, pytest.raises(UserError, match="at least one"):
            admin.remove_stage(uow, _stage(db, kind_stage).id)
    for name in ("New lead", "Qualified", "Proposal sent"):
        with db.uow() as uow:
            admin.remove_stage(uow, _stage(db, name).id)
    with db.uow() as uow, pytest.raises(UserError, match="at least one open stage"):
        admin.remove_stage(uow, _stage(db, "Negotiation").id)
    assert _names(db) == ["Negotiation", "Won", "Lost"]


def test_add_rename_and_reorder_stages(db: Database, pipeline: admin.PipelineRow) -> None:
    with db.uow() as uow:
        row = admin.add_stage(uow, pipeline.id, "  Dùng thử  ", probability="60", rotting_days=7)
    assert row.name == "Dùng thử"
    # an open stage goes before Won and Lost
    assert _names(db)[-3:] == ["Dùng thử", "Won", "Lost"]
    with db.uow() as uow:
        admin.rename_stage(uow, row.id, "Dùng thử miễn phí")
        admin.move_stage(uow, row.id, -1)
    assert _names(db)[3:5] == ["Dùng thử miễn phí", "Negotiation"]
    stage = _stage(db, "Dùng thử miễn phí")
    assert stage.probability == Decimal("60.00") and stage.rotting_days == 7

    first = _stage(db, "New lead")
    with db.uow() as uow, pytest.raises(UserError, match="cannot move further"):
        admin.move_stage(uow, first.id, -1)

    with db.uow() as uow:
        ids = [s.id for s in admin.list_pipelines(uow)[0].stages]
        admin.set_stage_order(uow, pipeline.id, list(reversed(ids)))
    assert _names(db)[0] == "Lost"
    with db.uow() as uow, pytest.raises(UserError, match="every stage"):
        admin.set_stage_order(uow, pipeline.id, ids[:2])


def test_probability_and_rotting_limits(db: Database, pipeline: admin.PipelineRow) -> None:
    stage = _stage(db, "Qualified")
    with db.uow() as uow:
        admin.set_stage_probability(uow, stage.id, Decimal("33.5"))
        admin.set_stage_rotting_days(uow, stage.id, None)
    stage = _stage(db, "Qualified")
    assert stage.probability == Decimal("33.50") and stage.rotting_days is None
    for bad in ("101", "-1", "abc"):
        with db.uow() as uow, pytest.raises(FieldError) as caught:
            admin.set_stage_probability(uow, stage.id, bad)
        assert caught.value.field == "probability"
    with db.uow() as uow, pytest.raises(FieldError):
        admin.set_stage_rotting_days(uow, stage.id, 0)
    with db.uow() as uow, pytest.raises(FieldError, match="empty"):
        admin.rename_stage(uow, stage.id, "   ")


def test_add_pipeline_with_default_stages_and_set_default(
    db: Database, pipeline: admin.PipelineRow
) -> None:
    with db.uow() as uow:
        added = admin.add_pipeline(uow, "Dự án", language="vi")
    assert not added.is_default
    assert added.stages[0].name == "Khách tiềm năng mới"
    with db.uow() as uow:
        admin.set_default_pipeline(uow, added.id)
        admin.rename_pipeline(uow, added.id, "Dự án lớn")
    with db.uow() as uow:
        rows = admin.list_pipelines(uow)
    assert [(p.name, p.is_default) for p in rows] == [("Sales", False), ("Dự án lớn", True)]


def test_lost_reasons_add_rename_reorder_deactivate(
    db: Database, pipeline: admin.PipelineRow
) -> None:
    with db.uow() as uow:
        before = admin.list_lost_reasons(uow)
        added = admin.add_lost_reason(uow, "Giao hàng chậm")
    assert added.position == len(before)
    with db.uow() as uow, pytest.raises(FieldError, match="already"):
        admin.add_lost_reason(uow, "giao hàng chậm")
    with db.uow() as uow:
        admin.rename_lost_reason(uow, added.id, "Giao hàng quá chậm")
        admin.move_lost_reason(uow, added.id, -1)
        admin.set_lost_reason_active(uow, added.id, False)
    with db.uow() as uow:
        everything = admin.list_lost_reasons(uow)
        active = admin.list_lost_reasons(uow, include_inactive=False)
    row = next(r for r in everything if r.id == added.id)
    assert row.name == "Giao hàng quá chậm" and not row.is_active
    assert row.position == len(before) - 1
    assert added.id not in {r.id for r in active}
    assert len(active) == len(before)
