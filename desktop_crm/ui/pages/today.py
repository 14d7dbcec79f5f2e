"""Today: the date and the tasks due."""

from __future__ import annotations

from desktop_crm.ui.i18n import format_long_date
from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.snapshot import Snapshot


class TodayPage(Page):
    icon_name = "today"

    def __init__(self) -> None:
        super().__init__()
        self.tasks_label = self.add_figure("tasksDue")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Today")

    def render(self, snapshot: Snapshot) -> None:
        self.set_subtitle(format_long_date(snapshot.today))
        due = snapshot.overview.tasks_due
        self.tasks_label.setText(
            self.tr("%Ln task(s) due today or overdue", "", due)
            if due
            else self.tr("Nothing is due today.")
        )
