"""Pipeline: the default pipeline's stages and the open deals' totals per currency."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from desktop_crm.ui.flow_layout import FlowLayout
from desktop_crm.ui.i18n import format_money, format_percent
from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.snapshot import Snapshot


class PipelinePage(Page):
    icon_name = "pipeline"

    def __init__(self) -> None:
        super().__init__()
        stages = QWidget()
        stages.setObjectName("stages")
        self.stages_row = FlowLayout(stages)  # the chips wrap in a narrow window
        self.body.addWidget(stages)
        self.deals_label = self.add_figure("openDeals")
        self.totals = QWidget()
        self.totals.setObjectName("dealTotals")
        self.totals_layout = QVBoxLayout(self.totals)
        self.totals_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.totals)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Pipeline")

    def render(self, snapshot: Snapshot) -> None:
        self.set_subtitle(
            self.tr("“{name}”: its stages and the chance of winning a deal at each").format(
                name=snapshot.pipeline.name
            )
        )
        _clear(self.stages_row)
        for stage in snapshot.pipeline.stages:
            chip = QLabel(f"{stage.name} · {format_percent(stage.probability / Decimal(100))}")
            chip.setProperty("role", f"stage-{stage.kind}")
            self.stages_row.addWidget(chip)
        figures = snapshot.overview
        self.deals_label.setText(
            self.tr("%Ln open deal(s)", "", figures.open_deal_count)
            if figures.open_deal_count
            else self.tr("No open deals yet.")
        )
        _clear(self.totals_layout)
        # The currency with the most deals first (for most users VND).
        for total in sorted(figures.open_deals, key=lambda t: (-t.count, t.currency)):
            amount = QLabel(
                self.tr("{amount} in %Ln deal(s)", "", total.count).format(
                    amount=format_money(total.amount, total.currency)
                )
            )
            amount.setObjectName(f"total_{total.currency}")
            amount.setProperty("role", "money")
            self.totals_layout.addWidget(amount)


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
