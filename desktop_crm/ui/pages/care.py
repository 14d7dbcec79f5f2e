"""Care: the customer-care cases still open."""

from __future__ import annotations

from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.snapshot import Snapshot


class CarePage(Page):
    icon_name = "care"

    def __init__(self) -> None:
        super().__init__()
        self.cases_label = self.add_figure("openCases")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Care")

    def retranslate_fixed(self) -> None:
        self.set_subtitle(self.tr("Questions, complaints, warranty claims and requests"))

    def render(self, snapshot: Snapshot) -> None:
        self.cases_label.setText(
            self.tr("%Ln open care case(s)", "", snapshot.overview.open_care_cases)
        )
