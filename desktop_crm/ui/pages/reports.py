"""Reports: not in this version yet, and the page says so."""

from __future__ import annotations

from desktop_crm.ui.pages.base import Page


class ReportsPage(Page):
    icon_name = "reports"

    def __init__(self) -> None:
        super().__init__()
        self.note = self.add_note("reportsNote")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate_fixed(self) -> None:
        self.note.setText(
            self.tr(
                "This version has no reports yet. The figures on the other pages are "
                "counted from your own database when the window opens; Go > Refresh "
                "figures counts them again."
            )
        )
