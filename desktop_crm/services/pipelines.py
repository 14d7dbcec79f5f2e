"""The sales pipeline's stages: the default pipeline every database starts with."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_crm.domain.enums import StageKind
from desktop_crm.store import queries
from desktop_crm.store.models import LostReason, Pipeline, Stage
from desktop_crm.store.uow import UnitOfWork


@dataclass(frozen=True)
class StageTemplate:
    names: dict[str, str]  # language code -> name
    probability: Decimal
    kind: StageKind
    rotting_days: int | None


DEFAULT_PIPELINE_NAME = {"en": "Sales", "vi": "Bán hàng"}
DEFAULT_STAGES: tuple[StageTemplate, ...] = (
    StageTemplate({"en": "New lead", "vi": "Khách tiềm năng mới"}, Decimal(10), StageKind.OPEN, 14),
    StageTemplate(
        {"en": "Qualified", "vi": "Đã xác định nhu cầu"}, Decimal(25), StageKind.OPEN, 21
    ),
    StageTemplate({"en": "Proposal sent", "vi": "Đã gửi báo giá"}, Decimal(50), StageKind.OPEN, 21),
    StageTemplate({"en": "Negotiation", "vi": "Đàm phán"}, Decimal(75), StageKind.OPEN, 14),
    StageTemplate({"en": "Won", "vi": "Thành công"}, Decimal(100), StageKind.WON, None),
    StageTemplate({"en": "Lost", "vi": "Thất bại"}, Decimal(0), StageKind.LOST, None),
)
DEFAULT_LOST_REASONS = {
    "en": ("Price too high", "Chose a competitor", "No budget", "No decision", "Timing"),
    "vi": (
        "Giá quá cao",
        "Chọn đối thủ",
        "Không có ngân sách",
        "Không quyết định",
        "Chưa đúng lúc",
    ),
}


@dataclass(frozen=True)
class StageInfo:
    id: str
    name: str
    position: int
    probability: Decimal
    kind: str


@dataclass(frozen=True)
class PipelineInfo:
    id: str
    name: str
    stages: tuple[StageInfo, ...]


def _language(language: str) -> str:
    return "vi" if language.startswith("vi") else "en"


def ensure_default_pipeline(uow: UnitOfWork, language: str = "vi") -> PipelineInfo:
    """Return the default pipeline, creating it (named in ``language``) when there is none.

    Commits when it creates anything.
    """
    lang = _language(language)
    session = uow.session
    pipeline = queries.default_pipeline(session)
    if pipeline is None:
        pipeline = Pipeline(name=DEFAULT_PIPELINE_NAME[lang], position=0, is_default=True)
        session.add(pipeline)
        for position, template in enumerate(DEFAULT_STAGES):
            session.add(
                Stage(
                    pipeline=pipeline,
                    name=template.names[lang],
                    position=position,
                    probability=template.probability,
                    kind=template.kind.value,
                    rotting_days=template.rotting_days,
                )
            )
        if queries.count_live(session, LostReason) == 0:
            for position, reason in enumerate(DEFAULT_LOST_REASONS[lang]):
                session.add(LostReason(name=reason, position=position))
        uow.commit()
    stages = queries.pipeline_stages(session, pipeline)
    return PipelineInfo(
        str(pipeline.id),
        pipeline.name,
        tuple(StageInfo(str(s.id), s.name, s.position, s.probability, s.kind) for s in stages),
    )
