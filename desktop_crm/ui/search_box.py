"""Ctrl+K from anywhere: one line to type in, contacts, companies, deals and quotes under it.

``install_search(window)`` adds the "Search…" action and the popup it opens. The action holds
the Ctrl+K shortcut (application-wide) and is shown in the Go menu; a separate QShortcut on the
same key would make it ambiguous, and Qt then fires neither.

The popup asks ``services.search`` about 100 ms after the last keystroke, on a worker: a query
takes a few milliseconds, but the database may be busy writing an import, and typing must never
wait for that. A result arriving after a newer query was started is dropped. Up/Down (and Page
Up/Down) move through the results, Enter or a click opens one through
``window.open_record(kind, id)``, Escape closes.

``SearchPopup.ensure_index`` builds the index on a worker when the database has records but no
index (one made before the index existed). Everything here runs on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import search
from desktop_crm.services.search import SearchHit
from desktop_crm.ui.i18n import format_money
from desktop_crm.ui.icons import icon
from desktop_crm.ui.workers import TaskControl, TaskRunner

log = logging.getLogger(__name__)

DEBOUNCE_MS = 100
RESULT_LIMIT = 20
POPUP_WIDTH = 640
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_KIND_ICONS = {"contact": "contacts", "account": "accounts", "deal": "pipeline", "quote": "quotes"}


class SearchWindow(Protocol):
    """What the popup needs of the main window."""

    ctx: AppContext
    runner: TaskRunner
    go_menu: QMenu

    def open_record(self, kind: str, record_id: str) -> None: ...


class SearchPopup(QFrame):
    """The search box with its results; shown by ``show_search``, hidden after a choice."""

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        runner: TaskRunner,
        open_record: Callable[[str, str], None],
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._ctx = ctx
        self._runner = runner
        self._open_record = open_record
        self._generation = 0  # of the newest query; older results are dropped
        self.index_building = False
        self.hits: list[SearchHit] = []

        self.edit = QLineEdit()
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the line
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setProperty("role", "note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._query)
        self.edit.textChanged.connect(lambda _text: self._timer.start())

        self.action = QAction(icon("contacts"), "", parent)
        self.action.setObjectName("searchAction")
        self.action.setShortcut(QKeySequence("Ctrl+K"))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.show_search)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Search…"))
        self.action.setToolTip(self.tr("Find contacts, companies, deals and quotes (Ctrl+K)"))
        self.edit.setPlaceholderText(
            self.tr("Name, phone, e-mail, tax code or company — diacritics optional")
        )
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill()
        super().changeEvent(event)

    # -- showing
    def show_search(self) -> None:
        """Open the box over the top of the window, the last query selected for retyping."""
        window = self.parentWidget()
        assert window is not None
        width = min(POPUP_WIDTH, max(320, window.width() - 40))
        self.resize(width, min(440, max(240, window.height() - 120)))
        self.move(window.mapToGlobal(QPoint((window.width() - width) // 2, 48)))
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def _show_status(self) -> None:
        text = self.edit.text().strip()
        if self.index_building:
            message = self.tr("The search index is being built; results will be complete soon.")
        elif not text:
            message = self.tr("Type a name, a phone number, an e-mail, a tax code or a company.")
        elif not self.hits:
            message = self.tr("Nothing found for “{query}”.").format(query=text)
        else:
            message = ""
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # nothing to ask for while closed (nor after the window closed)
        super().hideEvent(event)

    # -- querying
    def _query(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self.edit.text()
        if not self.isVisible():
            return
        if not text.strip():
            self._shown([])
            return
        db = self._ctx.db

        def job(_control: TaskControl) -> list[SearchHit]:
            with db.uow() as uow:
                return search.search(uow, text, limit=RESULT_LIMIT)

        def done(hits: list[SearchHit]) -> None:
            if generation == self._generation:
                self._shown(hits)

        self._runner.run(job, on_done=done, name="search")

    def _shown(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        self._fill()
        if hits:
            self.results.setCurrentRow(0)
        self._show_status()

    def _kind_label(self, kind: str) -> str:
        return {
            "contact": self.tr("Contact"),
            "account": self.tr("Company"),
            "deal": self.tr("Deal"),
            "quote": self.tr("Quote"),
        }[kind]

    def _line(self, hit: SearchHit) -> str:
        parts = [self._kind_label(hit.kind)]
        if hit.version is not None and hit.version > 1:
            parts.append(self.tr("version {n}").format(n=hit.version))
        if hit.subtitle:
            parts.append(hit.subtitle)
        if hit.amount is not None and hit.currency:
            parts.append(format_money(hit.amount, hit.currency))
        return " · ".join(parts)

    def _fill(self) -> None:
        row = self.results.currentRow()
        self.results.clear()
        for hit in self.hits:
            item = QListWidgetItem(icon(_KIND_ICONS[hit.kind]), f"{hit.title}\n{self._line(hit)}")
            item.setData(KIND_ROLE, hit.kind)
            item.setData(ID_ROLE, hit.id)
            item.setToolTip(f"{hit.title}\n{self._line(hit)}")
            self.results.addItem(item)
        if 0 <= row < self.results.count():
            self.results.setCurrentRow(row)

    # -- keys and choice
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._key(event.key()):
                return True
        return super().eventFilter(watched, event)

    def _key(self, key: int) -> bool:
        count = self.results.count()
        row = self.results.currentRow()
        page = 5
        moves = {
            Qt.Key.Key_Down: min(count - 1, row + 1),
            Qt.Key.Key_Up: max(0, row - 1),
            Qt.Key.Key_PageDown: min(count - 1, row + page),
            Qt.Key.Key_PageUp: max(0, row - page),
        }
        if key in moves:
            if count:
                self.results.setCurrentRow(moves[Qt.Key(key)])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():  # Enter right after typing: the results are not in yet
                self._timer.stop()
                self._query()
                return True
            item = self.results.currentItem()
            if item is not None:
                self._activated(item)
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()
            return True
        return False

    # -- the index
    def ensure_index(self) -> None:
        """Look on a worker whether the index must be built (records but no index: a database
        from before it existed); if so, build it on a worker, saying so under the box."""
        db = self._ctx.db

        def check(_control: TaskControl) -> bool:
            with db.uow() as uow:
                return search.index_needs_building(uow)

        def build(control: TaskControl) -> search.IndexSummary:
            return search.rebuild_index(db, progress=control.progress, cancel=control.cancelled)

        def built(summary: search.IndexSummary) -> None:
            log.info(
                "search index built: %d documents in %.1f s", summary.documents, summary.seconds
            )
            self._building(False)
            if self.isVisible():
                self._query()

        def failed(exc: BaseException) -> None:
            self._building(False)
            if isinstance(exc, search.IndexCancelledError):
                log.info("search index: building cancelled at shut-down")
                return
            self._runner.report_error(exc)

        def checked(needed: bool) -> None:
            if needed:
                log.info("search index: building it for an existing database")
                self._building(True)
                self._runner.run(build, on_done=built, on_error=failed, name="search index")

        self._runner.run(check, on_done=checked, name="search index check")

    def _building(self, building: bool) -> None:
        self.index_building = building
        self._show_status()

    def _activated(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(KIND_ROLE), item.data(ID_ROLE)
        self.hide()
        log.info("search: opening %s %s", kind, record_id)
        self._open_record(kind, record_id)


def install_search(window: QMainWindow) -> SearchPopup:
    """Add Ctrl+K search to ``window`` (a ``MainWindow``): the action, at the end of the Go
    menu, and its popup."""
    assert isinstance(window, QMainWindow)
    target: SearchWindow = window  # type: ignore[assignment]
    # Looked up at each use: the window's open_record may be replaced (tests, later pages).
    popup = SearchPopup(
        window, target.ctx, target.runner, lambda kind, ref: target.open_record(kind, ref)
    )
    target.go_menu.addSeparator()
    target.go_menu.addAction(popup.action)
    window.addAction(popup.action)  # the shortcut works while the menu bar is hidden too
    return popup


def ensure_search_index(popup: SearchPopup) -> None:
    """Build the search index on a worker if the database has records but no index."""
    popup.ensure_index()
