"""Showing the quote editor in the main window's stack and going back to where the user was.

Like the deal page, the editor is not in the sidebar: while it shows, no sidebar row is
selected, so any click in the sidebar leaves it. GUI thread only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_crm.ui.quote_editor.page import QuoteEditorPage

if TYPE_CHECKING:
    from desktop_crm.ui.main_window import MainWindow


class QuoteNavigation:
    """Owns the window's quote editor and the pages it was opened from."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.page = QuoteEditorPage(window.ctx, window.runner, window.open_record, self.back)
        window.stack.addWidget(self.page)
        self.trail: list[QWidget] = []
        window.deal_nav.page.new_quote_requested.connect(lambda deal_id: self.new(deal_id))

    def showing(self) -> bool:
        return self.window.stack.currentWidget() is self.page

    def show(self, quote_id: str) -> None:
        """Show quote ``quote_id`` (read-only unless it is the latest draft)."""
        self._enter()
        self.page.show_quote(quote_id)

    def new(
        self,
        deal_id: str | None = None,
        account_id: str | None = None,
        contact_id: str | None = None,
    ) -> None:
        """A new draft for the deal, account or contact (a customer picker when none)."""
        self._enter()
        self.page.new_quote(deal_id=deal_id, account_id=account_id, contact_id=contact_id)

    def _enter(self) -> None:
        window = self.window
        if not self.showing():
            self.trail.append(window.stack.currentWidget())
        window.stack.setCurrentWidget(self.page)
        self.page.setFocus()  # first: focus falling on the sidebar would select its first row
        window.sidebar.blockSignals(True)
        window.sidebar.setCurrentRow(-1)
        window.sidebar.blockSignals(False)
        for action in window.page_actions:
            action.setChecked(False)

    def back(self) -> None:
        """Alt+Left / Back: the page shown before (the deal page too); the first page if none."""
        window = self.window
        while self.trail:
            target = self.trail.pop()
            if target in window.pages:
                self._select(window.pages.index(target))  # type: ignore[arg-type]
                return
            deal_nav = window.deal_nav
            if target is deal_nav.page and deal_nav.page.deal_id:
                deal_nav._show(deal_nav.page.deal_id)
                return
        self._select(0)

    def _select(self, index: int) -> None:
        window = self.window
        window.select_page(index)
        window.stack.setCurrentIndex(index)
        window.page_actions[index].setChecked(True)
