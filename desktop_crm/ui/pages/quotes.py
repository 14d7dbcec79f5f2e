"""Quotes: how many there are in each status, and the products they can use."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

from desktop_crm.domain.enums import QuoteStatus
from desktop_crm.ui.i18n import format_number
from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.snapshot import Snapshot


class QuotesPage(Page):
    icon_name = "quotes"

    def __init__(self) -> None:
        super().__init__()
        self.quotes_label = self.add_figure("quoteCount")
        self.by_status = QFormLayout()
        self.by_status.setObjectName("quotesByStatus")
        self.body.addLayout(self.by_status)
        self.products_label = self.add_note("productCount")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Quotes")

    def status_name(self, status: str) -> str:
        names = {
            QuoteStatus.DRAFT: self.tr("Draft"),
            QuoteStatus.SENT: self.tr("Sent"),
            QuoteStatus.ACCEPTED: self.tr("Accepted"),
            QuoteStatus.REJECTED: self.tr("Rejected"),
            QuoteStatus.EXPIRED: self.tr("Expired"),
        }
        return names.get(status, status)  # type: ignore[call-overload]

    def render(self, snapshot: Snapshot) -> None:
        figures = snapshot.overview
        self.quotes_label.setText(self.tr("%Ln quote(s)", "", figures.quote_count))
        while self.by_status.rowCount():
            self.by_status.removeRow(0)
        statuses = [s.value for s in QuoteStatus]
        statuses += sorted(set(figures.quotes_by_status) - set(statuses))
        for status in statuses:
            count = QLabel(format_number(figures.quotes_by_status.get(status, 0)))
            count.setObjectName(f"quotes_{status}")
            self.by_status.addRow(self.status_name(status) + ":", count)
        self.products_label.setText(
            self.tr("%Ln product(s) in the catalogue", "", figures.products)
        )
