"""The very first start: start empty, or with demo data built on a worker."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desktop_crm.app import AppContext
from desktop_crm.ui import msgbox
from desktop_crm.ui.i18n import translate_error
from desktop_crm.ui.progress import DelayedProgress
from desktop_crm.ui.workers import Task, TaskControl, TaskRunner

log = logging.getLogger(__name__)

DEMO_SIZE = "small"


translate = QCoreApplication.translate  # by this name lupdate finds the texts


def wants_demo(parent: QWidget | None, first_run: str) -> bool:
    """The answer of ``--first-run demo|empty``, or else the user's (closing means empty)."""
    if first_run in ("demo", "empty"):
        return first_run == "demo"
    choice = msgbox.choose(
        parent,
        translate("first_run", "Welcome to Desktop CRM. How would you like to start?"),
        (translate("first_run", "Start with demo data"), translate("first_run", "Start empty")),
        default=0,
        informative=translate(
            "first_run",
            "Demo data is an invented company's customers, deals, quotes and care cases, to "
            "try every page. Start empty to enter your own customers from the beginning.",
        ),
    )
    return choice == 0


class DemoLoader(QObject):
    """Builds the demo data on a worker, with a progress dialog that can cancel it.

    The callbacks given to ``when_finished`` get ``added`` on the GUI thread when the job is
    over: False when the user cancelled or the job failed (the demo then keeps nothing).
    """

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        runner: TaskRunner,
        language: str,
        size: str = DEMO_SIZE,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.ctx = ctx
        self.runner = runner
        self.language = language
        self.size = size
        self.task: Task | None = None
        self.progress: DelayedProgress | None = None
        self.added: bool | None = None  # None while running
        self._listeners: list[Callable[[bool], None]] = []

    def when_finished(self, callback: Callable[[bool], None]) -> None:
        self._listeners.append(callback)

    def start(self) -> None:
        self.progress = DelayedProgress(
            self._parent, translate("first_run", "Adding demo data…"), self.cancel
        )
        self.task = self.runner.run(
            self._job,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
            name="demo data",
        )

    def cancel(self) -> None:
        if self.task is not None:
            log.info("demo data: cancel requested")
            self.task.cancel()

    def _job(self, control: TaskControl) -> Any:
        """Worker thread. The demo makes the default pipeline itself, named in ``language``."""
        from desktop_crm.services.demo import build_demo  # large; needed once in a lifetime

        return build_demo(
            self.ctx.db,
            self.size,
            language=self.language,
            progress=control.progress,
            cancel=control.cancelled,
        )

    def _progressed(self, phase: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.update(self.phase_name(phase), done, total)

    def phase_name(self, phase: str) -> str:
        names = {
            "reference": translate("first_run", "Products, sales people and settings"),
            "accounts": translate("first_run", "Companies"),
            "contacts": translate("first_run", "People"),
            "deals": translate("first_run", "Deals and quotes"),
            "care_cases": translate("first_run", "Care cases"),
            "activities": translate("first_run", "Calls, visits, meetings and tasks"),
            "indexes": translate("first_run", "Search indexes"),
        }
        return names.get(phase, phase)

    def _end(self, added: bool) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None
        self.task = None
        self.added = added

    def _done(self, summary: object) -> None:
        self._end(added=True)
        log.info("demo data added: %s", summary)
        self._tell(True)

    def _failed(self, exc: BaseException) -> None:
        from desktop_crm.services.demo import DemoCancelledError

        self._end(added=False)
        if isinstance(exc, DemoCancelledError):
            log.info("demo data cancelled by the user; nothing was added")
            msgbox.information(self._parent, translate_error(exc))
        else:
            self.runner.report_error(exc)  # e.g. a plain message if the database has contacts
        self._tell(False)

    def _tell(self, added: bool) -> None:
        for callback in self._listeners:
            callback(added)
