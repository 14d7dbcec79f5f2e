"""The main window: a sidebar of pages, their stack, the menus and the status bar."""

from __future__ import annotations

import logging
import platform
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop_crm import __version__
from desktop_crm.app import AppContext
from desktop_crm.services import maintenance
from desktop_crm.ui import msgbox
from desktop_crm.ui.contacts.list_page import AccountsPage, ContactsPage, RecordListPage
from desktop_crm.ui.i18n import Translations, current_language
from desktop_crm.ui.icons import app_icon, icon
from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.pages.care import CarePage
from desktop_crm.ui.pages.quotes import QuotesPage
from desktop_crm.ui.pages.reports import ReportsPage
from desktop_crm.ui.pages.settings import SettingsPage
from desktop_crm.ui.pipeline.board import PipelinePage
from desktop_crm.ui.reminders import ReminderNotifier
from desktop_crm.ui.search_box import install_search
from desktop_crm.ui.segments import SegmentActions
from desktop_crm.ui.snapshot import Snapshot, load_snapshot
from desktop_crm.ui.style import WINDOW_STYLE
from desktop_crm.ui.today.page import TodayPage
from desktop_crm.ui.workers import TaskControl, TaskRunner

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1100, 720)
SIDEBAR_WIDTH = 200


class MainWindow(QMainWindow):
    """Create, use and close on the GUI thread; database work goes through ``runner``."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, translations: Translations) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.runner = runner
        self.translations = translations
        self._load_generation = 0
        self.reminders: ReminderNotifier | None = None  # started by start_gui
        self.setWindowIcon(app_icon())
        self.setStyleSheet(WINDOW_STYLE)

        self.settings_page = SettingsPage(
            ctx,
            runner,
            choose_language=self.set_language,
            back_up=self.back_up_now,
            open_data_folder=self.open_data_folder,
        )
        self.contacts_page = ContactsPage(ctx, runner, self.open_record)
        self.accounts_page = AccountsPage(ctx, runner, self.open_record)
        for customer_page in (self.contacts_page, self.accounts_page):
            customer_page.detail.new_quote_requested.connect(self._new_quote_for_customer)
        self.pipeline_page = PipelinePage(ctx, runner, self.open_record)
        self.today_page = TodayPage(ctx, runner, self)
        self.quotes_page = QuotesPage(ctx, runner)
        self.quotes_page.quoteActivated.connect(lambda key: self.open_record("quote", key))
        self.quotes_page.newQuoteRequested.connect(lambda: self.new_quote())
        self.quotes_page.catalogueRequested.connect(self.show_catalogue)
        self.quotes_page.statusesChanged.connect(self.reload)  # quotes expired: count again
        self.care_page = CarePage(ctx, runner)
        self.care_page.customerActivated.connect(self.open_record)
        self.care_page.casesChanged.connect(self.reload)  # the open cases are counted again
        self.pages: list[Page] = [
            self.today_page,
            self.contacts_page,
            self.accounts_page,
            self.pipeline_page,
            self.quotes_page,
            self.care_page,
            ReportsPage(),
            self.settings_page,
        ]
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setIconSize(QSize(22, 22))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for page in self.pages:
            self.sidebar.addItem(QListWidgetItem(icon(page.icon_name), ""))
            self.stack.addWidget(page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        from desktop_crm.ui.deal_detail.navigation import DealNavigation

        self.deal_nav = DealNavigation(self)  # the deal page: in the stack, not the sidebar
        from desktop_crm.ui.quote_editor.navigation import QuoteNavigation

        self.quote_nav = QuoteNavigation(self)  # the quote editor: likewise
        # Segments: Tools > Recompute / Export, and after a recomputation the lists and pages.
        self.segment_actions = SegmentActions(self, ctx, runner)
        for list_page in (self.contacts_page, self.accounts_page):
            self.segment_actions.recomputed.connect(list_page.segments_changed)
        self.settings_page.segments_box.saved.connect(lambda: self.segment_actions.recompute())

        self._make_actions()
        self._make_menus()
        self.search_popup = install_search(self)  # Ctrl+K, in the Go menu
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseStatus")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncStatus")
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.sync_label)

        self.sidebar.currentRowChanged.connect(self._page_changed)
        self.retranslate()
        self.sidebar.setCurrentRow(0)
        self._restore_geometry()

    # -- building
    def _make_actions(self) -> None:
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.open_folder_action = QAction(self)
        self.open_folder_action.triggered.connect(self.open_data_folder)
        self.quit_action = QAction(self)
        # Set explicitly: the platform's standard Quit key is empty on Windows.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.page_actions: list[QAction] = []
        group = QActionGroup(self)
        for index, page in enumerate(self.pages):
            action = QAction(icon(page.icon_name), "", self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.select_page(i))
            group.addAction(action)
            self.page_actions.append(action)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.reload)
        self.about_action = QAction(app_icon(), "", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.log_action = QAction(self)
        self.log_action.triggered.connect(self.show_log_location)
        self.new_contact_action = QAction(self)
        self.new_contact_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_contact_action.triggered.connect(self.new_record)
        self.new_account_action = QAction(self)
        self.new_account_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_account_action.triggered.connect(self.accounts_page.new_record)
        self.new_deal_action = QAction(self)
        self.new_deal_action.setShortcut(QKeySequence("Ctrl+D"))
        self.new_deal_action.triggered.connect(self.new_deal)
        self.addAction(self.new_deal_action)  # Ctrl+D anywhere; the board has a button
        self.log_activity_action = QAction(self)
        self.log_activity_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_activity_action.triggered.connect(self.log_activity)
        self.find_duplicates_action = QAction(self)
        self.find_duplicates_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.find_duplicates_action.triggered.connect(self.find_duplicates)
        self.undo_merge_action = QAction(self)
        self.undo_merge_action.triggered.connect(self.undo_last_merge)
        self.catalogue_action = QAction(self)
        self.catalogue_action.triggered.connect(self.show_catalogue)
        self.recompute_segments_action = QAction(self)
        self.recompute_segments_action.triggered.connect(lambda: self.segment_actions.recompute())
        self.export_segments_action = QAction(self)
        self.export_segments_action.triggered.connect(lambda: self.segment_actions.export())
        # Import / export of contacts (ui/import_wizard.py).
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_contacts)
        self.undo_import_action = QAction(self)
        self.undo_import_action.triggered.connect(self.undo_last_import)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.export_contacts)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_contact_action)
        self.file_menu.addAction(self.new_account_action)
        self.file_menu.addAction(self.log_activity_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.undo_import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.open_folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions(self.page_actions)
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.refresh_action)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.find_duplicates_action)
        self.tools_menu.addAction(self.undo_merge_action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.catalogue_action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.recompute_segments_action)
        self.tools_menu.addAction(self.export_segments_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.log_action)

    def retranslate(self) -> None:
        self.setWindowTitle("Desktop CRM")
        self.file_menu.setTitle(self.tr("&File"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.open_folder_action.setText(self.tr("&Open data folder"))
        self.quit_action.setText(self.tr("&Quit"))
        self.new_contact_action.setText(self.tr("&New contact…"))
        self.new_account_action.setText(self.tr("New &account…"))
        self.new_deal_action.setText(self.tr("New &deal…"))
        self.log_activity_action.setText(self.tr("&Log activity…"))
        self.go_menu.setTitle(self.tr("&Go"))
        for index, (page, action) in enumerate(zip(self.pages, self.page_actions, strict=True)):
            self.sidebar.item(index).setText(page.title())
            action.setText(page.title())
        # As wide as the longest name in this language, never narrower than SIDEBAR_WIDTH.
        self.sidebar.setFixedWidth(max(SIDEBAR_WIDTH, self.sidebar.sizeHintForColumn(0) + 30))
        self.refresh_action.setText(self.tr("&Refresh figures"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Desktop CRM"))
        self.log_action.setText(self.tr("&Log file location"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.find_duplicates_action.setText(self.tr("Find &duplicates…"))
        self.undo_merge_action.setText(self.tr("&Undo last merge"))
        self.catalogue_action.setText(self.tr("&Product catalogue…"))
        self.recompute_segments_action.setText(self.tr("&Recompute segments"))
        self.export_segments_action.setText(self.tr("E&xport segments…"))
        self.import_action.setText(self.tr("&Import contacts…"))
        self.undo_import_action.setText(self.tr("Undo last i&mport"))
        self.export_action.setText(self.tr("&Export contacts…"))
        self.database_label.setText(self.tr("Database: {path}").format(path=self.ctx.paths.db_path))
        self.sync_label.setText(self.tr("Offline · sync not set up"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- pages
    def select_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def _page_changed(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        self.page_actions[index].setChecked(True)

    def reload(self) -> None:
        """Count the figures again on a worker; a newer request wins over an older one."""
        self._load_generation += 1
        generation = self._load_generation
        language = current_language()

        def job(_control: TaskControl) -> Snapshot:
            return load_snapshot(self.ctx, language)

        def show(snapshot: Snapshot) -> None:
            if generation == self._load_generation:
                for page in self.pages:
                    page.show_snapshot(snapshot)

        self.runner.run(job, on_done=show, name="load figures")

    def data_replaced(self) -> None:
        """Everything may have changed (e.g. demo data came in): read it all again."""
        self.reload()
        self.settings_page.load_profile()
        self.settings_page.refresh_backups()
        self.segment_actions.recompute_when_idle()

    # -- commands
    def back_up_now(self) -> None:
        self._set_backup_enabled(False)

        def job(_control: TaskControl) -> Path:
            return maintenance.backup(self.ctx.paths)

        def done(path: Path) -> None:
            self._set_backup_enabled(True)
            self.statusBar().showMessage(self.tr("Backup written to {path}").format(path=path))
            msgbox.information(
                self, self.tr("The backup was written to:\n{path}").format(path=path)
            )

        def failed(exc: BaseException) -> None:
            self._set_backup_enabled(True)
            self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="back up")

    def _set_backup_enabled(self, enabled: bool) -> None:
        self.backup_action.setEnabled(enabled)
        self.settings_page.backup_button.setEnabled(enabled)

    def open_data_folder(self) -> None:
        folder = self.ctx.paths.data_dir
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            msgbox.warning(
                self,
                self.tr(
                    "The folder {path} could not be opened here. Open it with your file manager."
                ).format(path=folder),
            )

    def show_about(self) -> None:
        msgbox.information(
            self,
            self.tr("Desktop CRM {version}").format(version=__version__),
            self.tr(
                "A customer relationship manager for field sales people that works "
                "without a connection.\nQt {qt}, Python {python}."
            ).format(qt=qVersion(), python=platform.python_version()),
        )

    def show_log_location(self) -> None:
        msgbox.information(
            self,
            self.tr("The log file is:\n{path}").format(path=self.ctx.paths.log_file),
            self.tr("Send this file along when you report a problem."),
        )

    def find_duplicates(self) -> None:
        """Tools > Find duplicates…: one dialog, raised again when already open."""
        from desktop_crm.ui.duplicates.find_dialog import FindDuplicatesDialog

        dialog = getattr(self, "duplicates_dialog", None)
        if dialog is None:
            dialog = FindDuplicatesDialog(self, self.ctx, self.runner, self.reload)
            self.duplicates_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def show_catalogue(self) -> None:
        """Tools > Product catalogue…: one non-modal window, raised again when already open."""
        from desktop_crm.ui.catalogue.window import CatalogueWindow

        window = getattr(self, "catalogue_window", None)
        if window is None:
            window = CatalogueWindow(self, self.ctx, self.runner)
            window.changed.connect(self.reload)
            self.catalogue_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def import_contacts(self) -> None:
        """File > Import contacts…: one wizard, raised again when already open."""
        from desktop_crm.ui.import_wizard import ImportWizard

        wizard = getattr(self, "import_wizard", None)
        if wizard is None or not wizard.isVisible():
            if wizard is not None:
                wizard.deleteLater()  # a finished wizard: start afresh
            wizard = ImportWizard(self, self.ctx, self.runner, self.reload)
            self.import_wizard = wizard
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()

    def undo_last_import(self) -> None:
        from desktop_crm.ui.import_wizard import undo_last_import

        undo_last_import(self, self.ctx, self.runner, self.reload)

    def export_contacts(self) -> None:
        from desktop_crm.ui.import_wizard import export_contacts

        export_contacts(self, self.ctx, self.runner)

    def undo_last_merge(self) -> None:
        from desktop_crm.ui.duplicates.merge_dialog import undo_last_merge

        undo_last_merge(self, self.ctx, self.runner, self.reload)

    def open_record(self, kind: str, record_id: str) -> None:
        """Show a record: a contact or an account opens its detail page, a deal the deal page,
        a quote the quote editor. GUI thread."""
        if kind in ("contact", "account"):
            page = self.contacts_page if kind == "contact" else self.accounts_page
            self.select_page(self.pages.index(page))
            page.open_detail(record_id)
            return
        if kind == "deal":
            self.deal_nav.show(record_id)
            return
        if kind != "quote":
            raise ValueError(f"unknown record kind {kind!r}")
        self.quote_nav.show(record_id)

    def new_quote(
        self,
        deal_id: str | None = None,
        account_id: str | None = None,
        contact_id: str | None = None,
    ) -> None:
        """The quote editor on a new draft for the deal, account or contact (or a customer
        picker when none is given). GUI thread."""
        self.quote_nav.new(deal_id=deal_id, account_id=account_id, contact_id=contact_id)

    def _new_quote_for_customer(self, kind: str, record_id: str) -> None:
        if kind == "account":
            self.new_quote(account_id=record_id)
        else:
            self.new_quote(contact_id=record_id)

    def _list_page(self) -> RecordListPage | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, RecordListPage) else None

    def new_deal(self) -> None:
        """Ctrl+D: the deal editor, over the pipeline page."""
        self.select_page(self.pages.index(self.pipeline_page))
        self.pipeline_page.new_deal()

    def new_record(self) -> None:
        """Ctrl+N: a new account on the Accounts page, a new contact anywhere else."""
        page = self._list_page() or self.contacts_page
        if page is self.contacts_page:
            self.select_page(self.pages.index(page))
        page.new_record()

    def log_activity(self) -> None:
        """Ctrl+L: log an activity for the customer shown on the Contacts or Accounts page,
        or for the deal shown on the deal page."""
        if self.deal_nav.showing():
            self.deal_nav.page.log_activity()
            return
        page = self._list_page()
        if page is None:
            self.statusBar().showMessage(
                self.tr("Open a contact or an account to log an activity."), 10_000
            )
            return
        page.log_activity()

    def set_language(self, language: str) -> None:
        """Switch the window's language now and remember it for the next start."""
        log.info("language changed to %s", language)
        self.ctx.save_settings(self.ctx.settings.with_changes(language=language))
        self.translations.apply(language)  # Qt then sends LanguageChange to every widget

    # -- window state
    def _restore_geometry(self) -> None:
        saved = self.ctx.settings.window_geometry
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(DEFAULT_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.ctx.save_settings(self.ctx.settings.with_changes(window_geometry=geometry))
        super().closeEvent(event)
