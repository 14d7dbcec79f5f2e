"""Showing the deal page in the main window's stack and going back to where the user was.

The deal page is not in the sidebar: while it shows, no sidebar row is selected, so any
click in the sidebar leaves it. GUI thread only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_crm.ui.deal_detail.page import DealDetailPage

if TYPE_CHECKING:
    from desktop_crm.ui.main_window import MainWindow


class DealNavigation:
    """Owns the window's deal page and the trail of places it was opened from."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.page = DealDetailPage(window.ctx, window.runner, window.open_record, self.back)
        window.stack.addWidget(self.page)
        self.trail: list[tuple[str, QWidget | str]] = []  # ("page", widget) | ("deal", id)

    def showing(self) -> bool:
        return self.window.stack.currentWidget() is self.page

    def show(self, deal_id: str) -> None:
        """Show deal ``deal_id``; Back returns to the page (or deal) shown before."""
        if self.showing():
            if self.page.deal_id and self.page.deal_id != deal_id:
                self.trail.append(("deal", self.page.deal_id))
        else:
            self.trail.append(("page", self.window.stack.currentWidget()))
        self._show(deal_id)

    def _show(self, deal_id: str) -> None:
        window = self.window
        window.stack.setCurrentWidget(self.page)
        self.page.setFocus()  # first: focus falling on the sidebar would select its first row
        # No sidebar page is current, so a click on any of them leaves the deal.
        window.sidebar.blockSignals(True)
        window.sidebar.setCurrentRow(-1)
        window.sidebar.blockSignals(False)
        for action in window.page_actions:
            action.setChecked(False)
        self.page.show_deal(deal_id)

    def back(self) -> None:
        """Alt+Left / Back: the previous deal or page; the first page when there is none."""
        window = self.window
        while self.trail:
            kind, target = self.trail.pop()
            if kind == "deal":
                assert isinstance(target, str)
                self._show(target)
                return
            if target in window.pages:
                self._select(window.pages.index(target))  # type: ignore[arg-type]
                return
        self._select(0)

    def _select(self, index: int) -> None:
        window = self.window
        window.select_page(index)
        # The sidebar may already show that row (it does not signal then): show the page too.
        window.stack.setCurrentIndex(index)
        window.page_actions[index].setChecked(True)
