"""Contacts: how many people, in how many accounts."""

from __future__ import annotations

from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.snapshot import Snapshot


class ContactsPage(Page):
    icon_name = "contacts"

    def __init__(self) -> None:
        super().__init__()
        self.contacts_label = self.add_figure("contactCount")
        self.accounts_label = self.add_figure("accountCount")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Contacts")

    def render(self, snapshot: Snapshot) -> None:
        figures = snapshot.overview
        self.contacts_label.setText(self.tr("%Ln contact(s)", "", figures.contacts))
        self.accounts_label.setText(self.tr("%Ln account(s)", "", figures.accounts))
