"""Accounts: how many companies and households."""

from __future__ import annotations

from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.snapshot import Snapshot


class AccountsPage(Page):
    icon_name = "accounts"

    def __init__(self) -> None:
        super().__init__()
        self.accounts_label = self.add_figure("accountCount")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Accounts")

    def render(self, snapshot: Snapshot) -> None:
        self.accounts_label.setText(self.tr("%Ln account(s)", "", snapshot.overview.accounts))
