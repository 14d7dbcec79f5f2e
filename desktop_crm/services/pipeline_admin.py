"""Editing the sales pipelines, their stages and the list of lost reasons.

Every write function runs in one transaction and commits; a refusal raises ``UserError`` (or
``FieldError`` for one field's value) with a translatable message that says what and why, and
writes nothing. Removals are tombstones (``deleted_at``), so history that points at a removed
stage or reason stays readable. Runs on any thread that owns the unit of work.

Rules kept here:
- a pipeline keeps at least one open, one won and one lost stage;
- a stage that still holds live deals is removed only with a target stage of the same kind in
  the same pipeline: its deals are moved there first, each move recorded as a
  ``DealStageChange`` (the history reports read) and ``stage_entered_at`` set to the move's time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.enums import StageKind
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError
from desktop_crm.services.contacts import NotFoundError, parse_id
from desktop_crm.services.pipelines import DEFAULT_STAGES
from desktop_crm.services.search import update_index
from desktop_crm.store import pipeline_admin_queries as q
from desktop_crm.store.ids import utcnow
from desktop_crm.store.models import DealStageChange, LostReason, Pipeline, Stage
from desktop_crm.store.uow import UnitOfWork

NAME_MAX = 120
REASON_MAX = 255


@dataclass(frozen=True)
class StageRow:
    id: str
    name: str
    position: int
    probability: Decimal  # percent, 0..100
    kind: str  # StageKind value
    rotting_days: int | None
    deal_count: int  # live deals in the stage, any status


@dataclass(frozen=True)
class PipelineRow:
    id: str
    name: str
    is_default: bool
    stages: tuple[StageRow, ...]


@dataclass(frozen=True)
class LostReasonRow:
    id: str
    name: str
    position: int
    is_active: bool


# --- helpers ---------------------------------------------------------------------------------


def _id(value: str, kind: str) -> uuid.UUID:
    parsed = parse_id(value, kind)
    if parsed is None:
        raise NotFoundError(kind, str(value))
    return parsed


def _pipeline(uow: UnitOfWork, pipeline_id: str) -> Pipeline:
    row = q.pipeline(uow.session, _id(pipeline_id, "pipeline"))
    if row is None:
        raise NotFoundError("pipeline", pipeline_id)
    return row


def _stage(uow: UnitOfWork, stage_id: str) -> Stage:
    row = q.stage(uow.session, _id(stage_id, "stage"))
    if row is None:
        raise NotFoundError("stage", stage_id)
    return row


def _reason(uow: UnitOfWork, reason_id: str) -> LostReason:
    row = q.lost_reason(uow.session, _id(reason_id, "lost_reason"))
    if row is None:
        raise NotFoundError("lost_reason", reason_id)
    return row


def _name(value: str, field: str = "name", limit: int = NAME_MAX) -> str:
    name = " ".join((value or "").split())
    if not name:
        raise FieldError(field, QT_TRANSLATE_NOOP("errors", "The name cannot be empty."))
    if len(name) > limit:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("errors", "The name is too long: at most {limit} characters."),
            limit=limit,
        )
    return name


def _probability(value: Decimal | int | str) -> Decimal:
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or number < 0 or number > 100:
        raise FieldError(
            "probability",
            QT_TRANSLATE_NOOP(
                "errors", "The win probability must be a number from 0 to 100, not '{value}'."
            ),
            value=str(value),
        )
    return number.quantize(Decimal("0.01"))


def _rotting(value: int | str | None) -> int | None:
    """Days (1-3650) or None; text as typed in a form is accepted ("" means no limit)."""
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        days = int(value) if value.isdigit() else -1
    elif value is None:
        return None
    else:
        days = value
    if days < 1 or days > 3650:
        raise FieldError(
            "rotting_days",
            QT_TRANSLATE_NOOP(
                "errors",
                "The rotting limit must be from 1 to 3650 days, or empty for no limit.",
            ),
        )
    return days


def _renumber(rows: Sequence[Stage | LostReason]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def _stage_row(stage: Stage, counts: dict[uuid.UUID, int]) -> StageRow:
    return StageRow(
        id=str(stage.id),
        name=stage.name,
        position=stage.position,
        probability=stage.probability,
        kind=stage.kind,
        rotting_days=stage.rotting_days,
        deal_count=counts.get(stage.id, 0),
    )


def _pipeline_row(uow: UnitOfWork, pipeline: Pipeline, counts: dict[uuid.UUID, int]) -> PipelineRow:
    stages = q.stages(uow.session, pipeline.id)
    return PipelineRow(
        str(pipeline.id),
        pipeline.name,
        pipeline.is_default,
        tuple(_stage_row(s, counts) for s in stages),
    )


# --- pipelines -------------------------------------------------------------------------------


def list_pipelines(uow: UnitOfWork) -> tuple[PipelineRow, ...]:
    """Every live pipeline with its live stages in order and their deal counts. Reads only."""
    counts = q.deal_counts_by_stage(uow.session)
    return tuple(_pipeline_row(uow, p, counts) for p in q.pipelines(uow.session))


def get_pipeline(uow: UnitOfWork, pipeline_id: str) -> PipelineRow:
    counts = q.deal_counts_by_stage(uow.session)
    return _pipeline_row(uow, _pipeline(uow, pipeline_id), counts)


def add_pipeline(uow: UnitOfWork, name: str, language: str = "vi") -> PipelineRow:
    """A new pipeline with the default stages named in ``language``; commits."""
    lang = "vi" if language.startswith("vi") else "en"
    session = uow.session
    existing = q.pipelines(session)
    pipeline = Pipeline(
        name=_name(name),
        position=max((p.position for p in existing), default=-1) + 1,
        is_default=not existing,
    )
    q.add(session, pipeline)
    for position, template in enumerate(DEFAULT_STAGES):
        session.add(
            Stage(
                pipeline_id=pipeline.id,
                name=template.names[lang],
                position=position,
                probability=template.probability,
                kind=template.kind.value,
                rotting_days=template.rotting_days,
            )
        )
    session.flush()
    row = _pipeline_row(uow, pipeline, {})
    uow.commit()
    return row


def rename_pipeline(uow: UnitOfWork, pipeline_id: str, name: str) -> None:
    _pipeline(uow, pipeline_id).name = _name(name)
    uow.commit()


def set_default_pipeline(uow: UnitOfWork, pipeline_id: str) -> None:
    """Make this pipeline the one new deals go to; commits."""
    chosen = _pipeline(uow, pipeline_id)
    for row in q.pipelines(uow.session):
        wanted = row.id == chosen.id
        if row.is_default != wanted:
            row.is_default = wanted
    uow.commit()


# --- stages ----------------------------------------------------------------------------------


def add_stage(
    uow: UnitOfWork,
    pipeline_id: str,
    name: str,
    probability: Decimal | int | str = Decimal(0),
    rotting_days: int | str | None = None,
    kind: str = StageKind.OPEN.value,
) -> StageRow:
    """Add a stage; an open stage goes after the last open stage (before Won and Lost),
    a won or lost stage at the end. Commits."""
    pipeline = _pipeline(uow, pipeline_id)
    if kind not in {k.value for k in StageKind}:
        raise FieldError(
            "kind", QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid choice"), value=kind
        )
    stage = Stage(
        pipeline_id=pipeline.id,
        name=_name(name),
        position=0,
        probability=_probability(probability),
        kind=kind,
        rotting_days=_rotting(rotting_days),
    )
    stages = q.stages(uow.session, pipeline.id)
    if kind == StageKind.OPEN.value:
        last_open = max(
            (i for i, s in enumerate(stages) if s.kind == StageKind.OPEN.value), default=-1
        )
        stages.insert(last_open + 1, stage)
    else:
        stages.append(stage)
    q.add(uow.session, stage)
    _renumber(stages)
    uow.session.flush()
    row = _stage_row(stage, {})
    uow.commit()
    return row


def rename_stage(uow: UnitOfWork, stage_id: str, name: str) -> None:
    _stage(uow, stage_id).name = _name(name)
    uow.commit()


def set_stage_probability(uow: UnitOfWork, stage_id: str, probability: Decimal | int | str) -> None:
    """The stage's default win probability in percent (0-100); commits."""
    _stage(uow, stage_id).probability = _probability(probability)
    uow.commit()


def set_stage_rotting_days(uow: UnitOfWork, stage_id: str, days: int | str | None) -> None:
    """Days a deal may stay in the stage before it counts as rotting; None: no limit. Commits."""
    _stage(uow, stage_id).rotting_days = _rotting(days)
    uow.commit()


def move_stage(uow: UnitOfWork, stage_id: str, step: int) -> None:
    """Move a stage ``step`` places (-1 up, +1 down) within its pipeline; commits.

    Moving past either end is refused."""
    stage = _stage(uow, stage_id)
    stages = q.stages(uow.session, stage.pipeline_id)
    index = next(i for i, s in enumerate(stages) if s.id == stage.id)
    target = index + step
    if target < 0 or target >= len(stages):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "The stage '{name}' cannot move further: it is already at the end."
            ),
            name=stage.name,
        )
    stages.insert(target, stages.pop(index))
    _renumber(stages)
    uow.commit()


def set_stage_order(uow: UnitOfWork, pipeline_id: str, stage_ids: list[str]) -> None:
    """Put the pipeline's stages in the given order (every live stage exactly once); commits."""
    pipeline = _pipeline(uow, pipeline_id)
    stages = q.stages(uow.session, pipeline.id)
    by_id = {str(s.id): s for s in stages}
    if sorted(stage_ids) != sorted(by_id):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The new order must list every stage of the pipeline once; "
                "reload the stages and try again.",
            )
        )
    _renumber([by_id[i] for i in stage_ids])
    uow.commit()


def _kind_name(kind: str) -> str:
    return {
        StageKind.OPEN.value: QT_TRANSLATE_NOOP("errors", "open"),
        StageKind.WON.value: QT_TRANSLATE_NOOP("errors", "won"),
        StageKind.LOST.value: QT_TRANSLATE_NOOP("errors", "lost"),
    }[kind]


def remove_stage(
    uow: UnitOfWork,
    stage_id: str,
    target_stage_id: str | None = None,
    changed_by: str | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Remove a stage (tombstone), first moving its live deals to ``target_stage_id``.

    Returns the number of deals moved. Refused when the pipeline would lose its last open,
    won or lost stage, when the stage holds deals and no target is given, or when the target
    is not another stage of the same kind in the same pipeline. One transaction; commits.
    """
    session = uow.session
    stage = _stage(uow, stage_id)
    stages = q.stages(session, stage.pipeline_id)
    if sum(1 for s in stages if s.kind == stage.kind) <= 1:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The stage '{name}' cannot be removed: a pipeline needs at least one {kind} "
                "stage, and this is the last one.",
            ),
            name=stage.name,
            kind=_kind_name(stage.kind),
        )
    deals = q.deals_in_stage(session, stage.id)
    if deals and target_stage_id is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The stage '{name}' still holds {count} deals. Choose the stage they move to "
                "before removing it.",
            ),
            name=stage.name,
            count=len(deals),
        )
    if deals:
        assert target_stage_id is not None
        target = q.stage(session, _id(target_stage_id, "stage"))
        if target is None or target.id == stage.id or target.pipeline_id != stage.pipeline_id:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The deals of '{name}' can only move to another stage of the same pipeline.",
                ),
                name=stage.name,
            )
        if target.kind != stage.kind:
            # Otherwise an open deal would sit in a Won column (or the reverse).
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The deals of '{name}' can only move to another {kind} stage, "
                    "so that they keep their status.",
                ),
                name=stage.name,
                kind=_kind_name(stage.kind),
            )
        moment = (now or utcnow()).astimezone(dt.UTC)
        by = parse_id(changed_by, "user")
        for deal in deals:
            session.add(
                DealStageChange(
                    deal_id=deal.id,
                    from_stage_id=stage.id,
                    to_stage_id=target.id,
                    changed_at=moment,
                    changed_by_id=by,
                )
            )
            deal.stage_id = target.id
            deal.stage_entered_at = moment
    stage.deleted_at = (now or utcnow()).astimezone(dt.UTC)
    _renumber([s for s in stages if s.id != stage.id])
    session.flush()
    if deals:
        update_index(uow, "deal", [str(d.id) for d in deals])
    uow.commit()
    return len(deals)


# --- lost reasons ----------------------------------------------------------------------------


def _reason_row(row: LostReason) -> LostReasonRow:
    return LostReasonRow(str(row.id), row.name, row.position, row.is_active)


def list_lost_reasons(uow: UnitOfWork, include_inactive: bool = True) -> tuple[LostReasonRow, ...]:
    """The lost reasons in order; inactive ones only when asked (the settings list shows them,
    the lose-a-deal dialog does not). Reads only."""
    rows = q.lost_reasons(uow.session)
    return tuple(_reason_row(r) for r in rows if include_inactive or r.is_active)


def add_lost_reason(uow: UnitOfWork, name: str) -> LostReasonRow:
    session = uow.session
    rows = q.lost_reasons(session)
    clean = _name(name, limit=REASON_MAX)
    if any(r.name.casefold() == clean.casefold() and r.is_active for r in rows):
        raise FieldError(
            "name",
            QT_TRANSLATE_NOOP("errors", "The lost reason '{name}' is already in the list."),
            name=clean,
        )
    row = LostReason(name=clean, position=len(rows), is_active=True)
    q.add(session, row)
    result = _reason_row(row)
    uow.commit()
    return result


def rename_lost_reason(uow: UnitOfWork, reason_id: str, name: str) -> None:
    _reason(uow, reason_id).name = _name(name, limit=REASON_MAX)
    uow.commit()


def move_lost_reason(uow: UnitOfWork, reason_id: str, step: int) -> None:
    """Move a reason ``step`` places (-1 up, +1 down); commits."""
    reason = _reason(uow, reason_id)
    rows = q.lost_reasons(uow.session)
    index = next(i for i, r in enumerate(rows) if r.id == reason.id)
    target = index + step
    if target < 0 or target >= len(rows):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "The reason '{name}' cannot move further: it is already at the end."
            ),
            name=reason.name,
        )
    rows.insert(target, rows.pop(index))
    _renumber(rows)
    uow.commit()


def set_lost_reason_active(uow: UnitOfWork, reason_id: str, active: bool) -> None:
    """Deactivate (or bring back) a reason. An inactive reason is no longer offered when a
    deal is lost, but deals lost for it keep showing it. Commits."""
    _reason(uow, reason_id).is_active = active
    uow.commit()
