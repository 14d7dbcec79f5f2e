"""Starting and stopping the window: language, crash handler, database, first start, backup.

``run_gui`` is what ``desktop-crm`` calls without a command. ``start_gui`` does everything but
the event loop, so tests drive the very same start-up on pytest-qt's QApplication.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from desktop_crm import __version__, settings
from desktop_crm.app import AppContext, open_context, run_daily_backup
from desktop_crm.errors import UserError
from desktop_crm.paths import APP_NAME, AppPaths
from desktop_crm.ui import msgbox
from desktop_crm.ui.crash import EXIT_AFTER_CRASH, CrashHandler
from desktop_crm.ui.first_run import DemoLoader, wants_demo
from desktop_crm.ui.i18n import Translations, current_language, translate_error
from desktop_crm.ui.icons import app_icon
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.reminders import ReminderNotifier
from desktop_crm.ui.workers import TaskControl, TaskRunner

log = logging.getLogger(__name__)

EXIT_USER_ERROR = 2  # as the command line: the input (here the database file) was refused


translate = QCoreApplication.translate  # by this name lupdate finds the texts


@dataclass
class Gui:
    """A started window and what it needs; ``shutdown()`` releases all of it."""

    ctx: AppContext
    runner: TaskRunner
    window: MainWindow
    translations: Translations
    crash_handler: CrashHandler
    demo: DemoLoader | None = None
    closed: bool = False

    def shutdown(self) -> None:
        """Stop the jobs (cancelling them), close the window and the database. GUI thread."""
        if self.closed:
            return
        self.closed = True
        if self.window.reminders is not None:
            self.window.reminders.stop()
        self.runner.shutdown()
        self.runner.deleteLater()
        self.window.close()
        self.window.deleteLater()
        self.ctx.close()
        self.translations.remove()
        self.crash_handler.uninstall()
        log.info("window closed")


def configure_application(app: QCoreApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName("Desktop CRM")
        app.setWindowIcon(app_icon())


def start_gui(paths: AppPaths, first_run: str = "ask", language: str | None = None) -> Gui | None:
    """Open the database and show the main window; None when the database was refused.

    ``language`` (``--lang``) beats the saved setting. A QApplication must exist.
    """
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    configure_application(app)
    translations = Translations()
    translations.apply(language or settings.load(paths.settings_file).language)
    crash_handler = CrashHandler(paths.log_file)
    crash_handler.install()
    try:
        ctx = open_context(paths)
    except UserError as exc:
        log.warning("database refused: %s", exc.message)
        msgbox.error(None, translate_error(exc))
        crash_handler.uninstall()
        translations.remove()
        return None
    except BaseException:
        crash_handler.uninstall()
        translations.remove()
        raise
    runner = TaskRunner(crash_handler.handle, parent=app)
    window = MainWindow(ctx, runner, translations)
    window.show()
    # Written once the event loop has painted the window: bench/cold_start.py waits for it.
    QTimer.singleShot(0, lambda: log.info("main window shown"))
    gui = Gui(ctx, runner, window, translations, crash_handler)
    _start_daily_backup(gui)
    # Reminders: what fell due while closed, then a timer (ui/reminders.py).
    notifier = ReminderNotifier(ctx, runner, window)
    window.reminders = notifier
    notifier.changed.connect(window.today_page.activities_changed)
    notifier.start()
    window.search_popup.ensure_index()  # a database from before the search index gets one
    if ctx.first_start and wants_demo(window, first_run):
        gui.demo = DemoLoader(window, ctx, runner, language=current_language())
        gui.demo.when_finished(lambda _added: window.data_replaced())
        gui.demo.start()
    else:
        window.reload()
        window.segment_actions.recompute_if_stale()  # missing or from before today
    return gui


def _start_daily_backup(gui: Gui) -> None:
    def job(_control: TaskControl) -> Path | None:
        return run_daily_backup(gui.ctx)

    def done(made: Path | None) -> None:
        if made is None:
            return
        gui.window.statusBar().showMessage(
            translate("application", "Today's automatic backup was written."), 10_000
        )
        gui.window.settings_page.refresh_backups()
        gui.ctx.save_settings(
            gui.ctx.settings.with_changes(last_auto_backup=dt.date.today().isoformat())
        )

    gui.runner.run(job, on_done=done, name="daily backup")


def _qt_message_to_log(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    where = f" ({context.file}:{context.line})" if context.file else ""
    logging.getLogger("qt").log(level, "%s%s", message, where)


def run_gui(paths: AppPaths, first_run: str = "ask", language: str | None = None) -> int:
    """Run the window until it is closed; the exit code for the command line."""
    app = QApplication.instance() or QApplication(sys.argv)
    qInstallMessageHandler(_qt_message_to_log)
    try:
        gui = start_gui(paths, first_run=first_run, language=language)
    except Exception as exc:  # a bug during start-up: report it like any other
        CrashHandler(paths.log_file).handle(exc)
        return EXIT_AFTER_CRASH
    if gui is None:
        return EXIT_USER_ERROR
    try:
        return app.exec()
    finally:
        gui.shutdown()
