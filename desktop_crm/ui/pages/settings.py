"""Settings: the company profile, the window's language, where the data lives and its backups."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import company, deals, maintenance
from desktop_crm.ui.i18n import LANGUAGE_NAMES, current_language, format_number
from desktop_crm.ui.pages.base import Page, note_label
from desktop_crm.ui.pages.company_form import CompanyForm
from desktop_crm.ui.settings_care import CareSettingsBox
from desktop_crm.ui.settings_care_targets import CareTargetsBox
from desktop_crm.ui.settings_lead_scoring import LeadScoringBox
from desktop_crm.ui.settings_pipeline import PipelineSettingsBox
from desktop_crm.ui.settings_quotes import QuoteSettingsBox
from desktop_crm.ui.settings_segment_plans import SegmentPlansBox
from desktop_crm.ui.settings_segments import SegmentSettingsBox
from desktop_crm.ui.workers import TaskControl, TaskRunner


class SettingsPage(Page):
    icon_name = "settings"
    expanding_body = True

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        choose_language: Callable[[str], None],
        back_up: Callable[[], None],
        open_data_folder: Callable[[], None],
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.runner = runner
        self._choose_language = choose_language
        self._back_up = back_up
        self._open_data_folder = open_data_folder
        self._backups: list[tuple[Path, int]] | None = None
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addWidget(self._company_box())
        self.pipeline_box = PipelineSettingsBox(ctx, runner)
        layout.addWidget(self.pipeline_box)
        self.care_box = CareSettingsBox(ctx, runner)
        layout.addWidget(self.care_box)
        self.care_targets_box = CareTargetsBox(ctx, runner)
        layout.addWidget(self.care_targets_box)
        self.segments_box = SegmentSettingsBox(ctx, runner)
        layout.addWidget(self.segments_box)
        self.segment_plans_box = SegmentPlansBox(ctx, runner)
        layout.addWidget(self.segment_plans_box)
        self.lead_scoring_box = LeadScoringBox(ctx, runner)
        layout.addWidget(self.lead_scoring_box)
        self.quote_box = QuoteSettingsBox(ctx, runner)
        layout.addWidget(self.quote_box)
        layout.addWidget(self._language_box())
        layout.addWidget(self._data_box())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.body.addWidget(scroll)
        self.retranslate()
        self.load_profile()
        self.refresh_backups()

    def _company_box(self) -> QGroupBox:
        self.company_box = QGroupBox()
        self.form = CompanyForm(on_change=lambda: self.save_status.clear())
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveProfile")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_profile)
        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.save_status, 1)
        layout = QVBoxLayout(self.company_box)
        layout.addWidget(self.form)
        layout.addLayout(row)
        return self.company_box

    def _language_box(self) -> QGroupBox:
        self.language_box = QGroupBox()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.activated.connect(self._language_activated)
        self.language_note = note_label()
        # Who uses this laptop: recorded as the mover of deals and the owner of new work.
        self.user_label = QLabel()
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("currentUser")
        self.user_combo.activated.connect(self._user_activated)
        self.user_label.setBuddy(self.user_combo)
        layout = QVBoxLayout(self.language_box)
        layout.addWidget(self.language_combo, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.language_note)
        layout.addWidget(self.user_label)
        layout.addWidget(self.user_combo, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh_users()
        return self.language_box

    def refresh_users(self) -> None:
        """Fill the "I am" list from the team's users (a few rows: read on the GUI thread)."""
        with self.ctx.db.uow() as uow:
            users = deals.owners(uow)
        self.user_combo.clear()
        self.user_combo.addItem("", None)
        for user_id, name in users:
            self.user_combo.addItem(name, user_id)
        self.user_combo.setCurrentIndex(
            max(0, self.user_combo.findData(self.ctx.settings.current_user_id))
        )

    def _user_activated(self, index: int) -> None:
        chosen = self.user_combo.itemData(index)
        self.ctx.save_settings(self.ctx.settings.with_changes(current_user_id=chosen))

    def _data_box(self) -> QGroupBox:
        self.data_box = QGroupBox()
        paths = self.ctx.paths
        self.place_labels: dict[str, QLabel] = {}
        self.place_values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, path in (
            ("data", paths.data_dir),
            ("database", paths.db_path),
            ("backups", paths.backup_dir),
            ("log", paths.log_file),
        ):
            value = QLabel(str(path))
            value.setObjectName(f"{key}Path")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.place_labels[key] = QLabel()
            self.place_values[key] = value
            form.addRow(self.place_labels[key], value)
        self.backups_title = QLabel()
        self.backups_title.setWordWrap(True)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        self.backup_list.setMaximumHeight(170)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(lambda: self._back_up())
        self.open_folder_button = QPushButton()
        self.open_folder_button.setObjectName("openDataFolder")
        self.open_folder_button.clicked.connect(lambda: self._open_data_folder())
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.data_box)
        layout.addLayout(form)
        layout.addWidget(self.backups_title)
        layout.addWidget(self.backup_list)
        layout.addLayout(buttons)
        return self.data_box

    # -- texts
    def title(self) -> str:
        return self.tr("Settings")

    def retranslate_fixed(self) -> None:
        self.company_box.setTitle(self.tr("Company profile (printed on quotes)"))
        self.save_button.setText(self.tr("Save"))
        # After setText, which resets a button's shortcut to its mnemonic. The shortcut works
        # only while this page is shown (hidden widgets take none); "Ctrl" is Cmd on macOS.
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        shortcut = self.save_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(
            self.tr("Save the company profile ({shortcut})").format(shortcut=shortcut)
        )
        self.language_box.setTitle(self.tr("Language and user of this laptop"))
        self.user_label.setText(self.tr("&I am:"))
        self.user_combo.setItemText(0, self.tr("(not chosen)"))
        self.language_combo.setCurrentIndex(self.language_combo.findData(current_language()))
        self.language_note.setText(
            self.tr(
                "The window changes language at once. What you typed yourself, such as "
                "the names of the pipeline's stages, stays as you wrote it."
            )
        )
        self.data_box.setTitle(self.tr("Data on this computer"))
        self.place_labels["data"].setText(self.tr("Data folder:"))
        self.place_labels["database"].setText(self.tr("Database file:"))
        self.place_labels["backups"].setText(self.tr("Backup folder:"))
        self.place_labels["log"].setText(self.tr("Log file:"))
        self.backups_title.setText(
            self.tr(
                "Automatic backups, newest first (one a day at start, the last seven are kept):"
            )
        )
        self.backup_button.setText(self.tr("Back up now"))
        self.open_folder_button.setText(self.tr("Open data folder"))
        if self._backups is not None:
            self._show_backups(self._backups)

    # -- company profile
    def load_profile(self) -> None:
        """Read the profile on a worker; the form stays disabled until it arrives."""
        self.company_box.setEnabled(False)

        def job(_control: TaskControl) -> company.CompanyProfileData:
            with self.ctx.db.uow() as uow:
                return company.get_profile(uow)

        self.runner.run(job, on_done=self._profile_loaded, name="load company profile")

    def _profile_loaded(self, profile: company.CompanyProfileData) -> None:
        self.form.set_data(profile)
        self.company_box.setEnabled(True)

    def save_profile(self) -> None:
        self.save_status.clear()
        if not self.form.validate():
            return
        data = self.form.data()
        self.save_button.setEnabled(False)

        def job(_control: TaskControl) -> company.CompanyProfileData:
            with self.ctx.db.uow() as uow:
                return company.save_profile(uow, data)

        self.runner.run(
            job, on_done=self._profile_stored, on_error=self._save_failed, name="save profile"
        )

    def _profile_stored(self, profile: company.CompanyProfileData) -> None:
        self.save_button.setEnabled(True)
        self.form.set_data(profile)
        self.save_status.setText(self.tr("Saved."))

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.runner.report_error(exc)

    # -- language
    def _language_activated(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code != current_language():
            self._choose_language(code)

    # -- backups
    def refresh_backups(self) -> None:
        def job(_control: TaskControl) -> list[tuple[Path, int]]:
            found = []
            for path in maintenance.list_backups(self.ctx.paths):
                try:
                    found.append((path, path.stat().st_size))
                except FileNotFoundError:
                    continue  # just removed by the daily backup, which keeps the last seven
            return found

        self.runner.run(job, on_done=self._show_backups, name="list backups")

    def _show_backups(self, backups: list[tuple[Path, int]]) -> None:
        self._backups = backups
        self.backup_list.clear()
        for path, size in backups:
            item = QListWidgetItem(
                self.tr("{name}  ({size} kB)").format(
                    name=path.name, size=format_number(max(1, size // 1024))
                )
            )
            item.setToolTip(str(path))
            self.backup_list.addItem(item)
        if not backups:
            empty = QListWidgetItem(self.tr("No automatic backup yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backup_list.addItem(empty)
