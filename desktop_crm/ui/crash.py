"""What happens to an exception nobody caught: a plain message or a crash report.

A ``UserError`` (something the user can fix) becomes a plain message in their language. Anything
else is a bug: its traceback goes to the log file and a crash dialog names that file. The same
bug is shown once; errors raised while the dialog is open, and after ``MAX_DIALOGS`` dialogs,
are only logged, so a failing timer or paint handler cannot bury the user in dialogs.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QWidget

from desktop_crm import __version__
from desktop_crm.errors import UserError
from desktop_crm.ui import msgbox
from desktop_crm.ui.i18n import translate_error

log = logging.getLogger(__name__)

EXIT_AFTER_CRASH = 1
MAX_DIALOGS = 5


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()


class CrashHandler:
    """Install with ``install()`` (it becomes ``sys.excepthook``); GUI thread only."""

    def __init__(
        self, log_file: Path, parent: Callable[[], QWidget | None] = _active_window
    ) -> None:
        self.log_file = log_file
        self._parent = parent
        self._showing = False
        self._shown: set[tuple[str, str, str]] = set()
        self._previous_hook: Callable[..., object] | None = None

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook

    def uninstall(self) -> None:
        if self._previous_hook is not None and sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_hook
        self._previous_hook = None

    def _excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        self.handle(exc)

    def handle(self, exc: BaseException) -> None:
        """Show ``exc`` the way its kind deserves. Never raises."""
        if isinstance(exc, UserError):
            log.warning("refused: %s", exc.message)
            msgbox.warning(self._parent(), translate_error(exc))
            return
        if isinstance(exc, KeyboardInterrupt):
            log.info("interrupted from the keyboard; quitting")
            QCoreApplication.exit(EXIT_AFTER_CRASH)
            return
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        for handler in logging.getLogger().handlers:
            handler.flush()  # the user may send the file at once, or the process may die
        signature = _signature(exc)
        if self._showing or signature in self._shown or len(self._shown) >= MAX_DIALOGS:
            log.info("crash dialog not shown again for %s", signature[0])
            return
        self._shown.add(signature)
        self._showing = True
        try:
            wants_to_quit = msgbox.crash(self._parent(), self.log_file, _details(exc))
        finally:
            self._showing = False
        if wants_to_quit:
            log.info("quitting after an unexpected error, at the user's choice")
            QCoreApplication.exit(EXIT_AFTER_CRASH)


def _signature(exc: BaseException) -> tuple[str, str, str]:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return type(exc).__qualname__, str(exc)[:200], where


def _details(exc: BaseException) -> str:
    versions = (
        f"Desktop CRM {__version__}, Python {platform.python_version()}, "
        f"Qt {qVersion()}, PySide6 {pyside_version}, {platform.platform()}"
    )
    return versions + "\n\n" + "".join(traceback.format_exception(exc))
