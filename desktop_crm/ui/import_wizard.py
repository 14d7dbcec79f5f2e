"""The "Import contacts" wizard: file -> format -> columns -> preview -> duplicates -> result.

Reading the file, the preview, saved mappings, the import and its undo run on the
``TaskRunner``; widgets are touched only from the callbacks (GUI thread). The import itself
is one transaction in ``services.importing``: Cancel (or closing the wizard) while it runs
rolls everything back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_crm.app import AppContext
from desktop_crm.errors import UserError
from desktop_crm.services import importing
from desktop_crm.services.importing import (
    DuplicatePolicy,
    ImportCancelledError,
    ImportSummary,
    Mapping,
    Preview,
    Problem,
    SourceTable,
)
from desktop_crm.services.importing.readers import cell_text
from desktop_crm.ui import msgbox
from desktop_crm.ui.i18n import translate_error
from desktop_crm.ui.workers import Task, TaskControl, TaskRunner

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # by this name lupdate finds the texts

PREVIEW_ROWS_SHOWN = 2000  # the preview table lists at most this many rows (all are imported)
RAW_ROWS_SHOWN = 20
PROBLEM_BRUSH = QBrush(QColor("#fde2e1"))
EMPTY_BRUSH = QBrush(QColor("#eeeeee"))
ENCODING_LABELS = (
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 (BOM)"),
    ("utf-16", "UTF-16"),
    ("utf-16-le", "UTF-16 LE"),
    ("utf-16-be", "UTF-16 BE"),
    ("cp1258", "Windows-1258 (Tiếng Việt)"),
    ("cp1252", "Windows-1252"),
)
DELIMITERS = ((",", ","), (";", ";"), ("\t", "Tab"), ("|", "|"))


def problem_text(problem: Problem) -> str:
    """One problem of a row in the window's language."""
    template = translate("errors", problem.template)
    try:
        return template.format(**dict(problem.params))
    except (KeyError, IndexError, ValueError):
        return problem.message


def problems_text(problems: tuple[Problem, ...]) -> str:
    return " ".join(problem_text(p) for p in problems)


class ImportWizard(QWizard):
    """Non-modal; ``on_changed`` is called after an import or its undo wrote to the database."""

    FILE, FORMAT, MAPPING, PREVIEW, POLICY, RESULT = range(6)

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        runner: TaskRunner,
        on_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(860, 560)
        self.ctx = ctx
        self.runner = runner
        self.on_changed = on_changed or (lambda: None)
        self.table: SourceTable | None = None
        self.mapping: Mapping | None = None
        self.preview: Preview | None = None
        self.summary: ImportSummary | None = None
        self.task: Task | None = None
        self.file_page = FilePage(self)
        self.format_page = FormatPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.policy_page = PolicyPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.format_page,
                self.mapping_page,
                self.preview_page,
                self.policy_page,
                self.result_page,
            )
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))

    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def reject(self) -> None:
        """Cancel: stops a running import first (it rolls back), then closes."""
        if self.busy():
            assert self.task is not None
            self.task.cancel()
            self.policy_page.status.setText(self.tr("Stopping…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def run(
        self,
        job: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[str, int, int], None] | None = None,
        name: str = "import",
    ) -> Task:
        def failed(exc: BaseException) -> None:
            self.task = None
            if on_error is not None:
                on_error(exc)
            elif isinstance(exc, UserError):
                msgbox.warning(self, translate_error(exc))
            else:
                self.runner.report_error(exc)

        def done(result: Any) -> None:
            self.task = None
            on_done(result)

        self.task = self.runner.run(
            job, on_done=done, on_error=failed, on_progress=on_progress, name=name
        )
        return self.task

    def read_table(
        self,
        path: Path,
        encoding: str | None = None,
        delimiter: str | None = None,
        header_row: int | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Read ``path`` on a worker; the format page shows it."""

        def job(_control: TaskControl) -> SourceTable:
            return importing.open_table(path, encoding, delimiter, header_row)

        def done(table: SourceTable) -> None:
            self.table = table
            self.mapping = None
            self.preview = None
            self.format_page.show_table()
            if then is not None:
                then()

        self.run(job, done, name="read import file")


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(
            self.tr(
                "A CSV or text file, an Excel workbook (.xlsx) or vCard contacts (.vcf), "
                "for example an export of Google Contacts or Outlook."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)
        self._validated_path: Path | None = None

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def browse(self) -> None:
        chosen = msgbox.open_file(
            self,
            self.tr("Import contacts"),
            self.tr("Contacts (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)"),
        )
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and self.path().is_file()

    def validatePage(self) -> bool:
        # Read on a worker, then move on by ourselves (a page cannot wait for a worker).
        if self._validated_path == self.path() and self.wiz.table is not None:
            self._validated_path = None
            return True
        if self.wiz.busy():
            return False
        path = self.path()

        def advance() -> None:
            self._validated_path = path
            self.wiz.next()

        self.wiz.read_table(path, then=advance)
        return False


class FormatPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("How the file is written"))
        self.setSubTitle(
            self.tr(
                "Found by themselves; change them if the rows below look wrong "
                "(broken letters: another encoding; one long column: another delimiter)."
            )
        )
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("importEncoding")
        self.encoding_combo.addItem(self.tr("Detect"), "")
        for code, label in ENCODING_LABELS:
            self.encoding_combo.addItem(label, code)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("importDelimiter")
        for code, label in DELIMITERS:
            self.delimiter_combo.addItem(self.tr("Tab") if code == "\t" else label, code)
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("importHeaderRow")
        self.header_spin.setMinimum(1)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("importKind")
        self.raw_table = QTableWidget()
        self.raw_table.setObjectName("importRawRows")
        self.raw_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow(self.tr("File type:"), self.kind_label)
        form.addRow(self.tr("&Encoding:"), self.encoding_combo)
        form.addRow(self.tr("&Delimiter:"), self.delimiter_combo)
        form.addRow(self.tr("&Header row:"), self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.raw_table, 1)
        self._filling = False
        self.encoding_combo.currentIndexChanged.connect(self._reread)
        self.delimiter_combo.currentIndexChanged.connect(self._reread)
        self.header_spin.valueChanged.connect(self._header_changed)

    def show_table(self) -> None:
        table = self.wiz.table
        if table is None:
            return
        self._filling = True
        try:
            kinds = {
                "csv": self.tr("Text (CSV)"),
                "xlsx": self.tr("Excel workbook"),
                "vcf": self.tr("vCard contacts"),
            }
            self.kind_label.setText(kinds.get(table.kind, table.kind))
            text_file = table.kind == "csv"
            self.encoding_combo.setEnabled(table.kind != "xlsx")
            self.delimiter_combo.setEnabled(text_file)
            self.header_spin.setEnabled(table.kind != "vcf")
            index = self.encoding_combo.findData(table.encoding or "")
            self.encoding_combo.setCurrentIndex(max(index, 0))
            index = self.delimiter_combo.findData(table.delimiter or ",")
            self.delimiter_combo.setCurrentIndex(max(index, 0))
            self.header_spin.setMaximum(max(1, len(table.rows)))
            self.header_spin.setValue(table.header_row + 1)
            rows = table.rows[:RAW_ROWS_SHOWN]
            width = max((len(r) for r in rows), default=0)
            self.raw_table.clear()
            self.raw_table.setRowCount(len(rows))
            self.raw_table.setColumnCount(width)
            self.raw_table.setVerticalHeaderLabels([str(n) for n in table.row_numbers[: len(rows)]])
            bold = self.raw_table.font()
            bold.setBold(True)
            for r, cells in enumerate(rows):
                for c, cell in enumerate(cells):
                    item = QTableWidgetItem(cell_text(cell))
                    if r == table.header_row:
                        item.setFont(bold)
                    self.raw_table.setItem(r, c, item)
        finally:
            self._filling = False

    def _reread(self) -> None:
        table = self.wiz.table
        if self._filling or table is None or self.wiz.busy():
            return
        self.wiz.read_table(
            Path(table.path),
            self.encoding_combo.currentData() or None,
            self.delimiter_combo.currentData() if table.kind == "csv" else None,
        )

    def _header_changed(self, value: int) -> None:
        table = self.wiz.table
        if self._filling or table is None:
            return
        self.wiz.table = table.with_header_row(value - 1)
        self.wiz.mapping = None
        self.show_table()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Which column is what"))
        self.setSubTitle(
            self.tr(
                "Recognised columns are chosen already. Columns left on "
                '"(do not import)" are not read.'
            )
        )
        self.grid = QTableWidget(0, 3)
        self.grid.setObjectName("importMapping")
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Import as")]
        )
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_first = QCheckBox(self.tr("Dates are written &day first (31/12/2024)"))
        self.day_first.setObjectName("importDayFirst")
        self.day_first.setChecked(True)
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("importSavedMappings")
        self.load_button = QPushButton(self.tr("&Use"))
        self.load_button.setObjectName("importLoadMapping")
        self.load_button.clicked.connect(self.load_saved)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("importMappingName")
        self.name_edit.setPlaceholderText(self.tr("Name for this mapping"))
        self.save_button = QPushButton(self.tr("&Save mapping"))
        self.save_button.setObjectName("importSaveMapping")
        self.save_button.clicked.connect(self.save_current)
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved mappings:")))
        saved_row.addWidget(self.saved_combo, 1)
        saved_row.addWidget(self.load_button)
        saved_row.addSpacing(20)
        saved_row.addWidget(self.name_edit, 1)
        saved_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.day_first)
        layout.addLayout(saved_row)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self.wiz.table
        assert table is not None
        if self.wiz.mapping is None:
            self.wiz.mapping = importing.auto_mapping(table.headers)
        self.show_mapping(self.wiz.mapping)
        self.refresh_saved()

    def show_mapping(self, mapping: Mapping) -> None:
        table = self.wiz.table
        assert table is not None
        headers = table.headers
        data = table.data()[:5]
        self.grid.setRowCount(len(headers))
        self.combos = []
        for row, header in enumerate(headers):
            self.grid.setItem(row, 0, QTableWidgetItem(header or f"#{row + 1}"))
            samples = [cell_text(cells[row]) for _n, cells in data if row < len(cells)]
            self.grid.setItem(row, 1, QTableWidgetItem(" · ".join(s for s in samples if s)))
            combo = QComboBox()
            combo.setObjectName(f"importField{row}")
            for key, label in importing.FIELDS:
                combo.addItem(translate("import", label), key)
            field = mapping.fields[row] if row < len(mapping.fields) else ""
            combo.setCurrentIndex(max(combo.findData(field), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.grid.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.day_first.setChecked(mapping.day_first)
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(2, 200)

    def current(self) -> Mapping:
        fields = tuple(str(c.currentData() or "") for c in self.combos)
        return Mapping(fields, self.day_first.isChecked())

    def _changed(self) -> None:
        self.wiz.mapping = self.current()

    def validatePage(self) -> bool:
        self.wiz.mapping = self.current()
        self.wiz.preview = None
        return True

    def refresh_saved(self) -> None:
        def job(_control: TaskControl) -> list[str]:
            with self.wiz.ctx.db.uow() as uow:
                return importing.mapping_names(uow)

        def done(names: list[str]) -> None:
            self.saved_combo.clear()
            self.saved_combo.addItems(names)
            self.load_button.setEnabled(bool(names))

        self.wiz.run(job, done, name="list mappings")

    def load_saved(self) -> None:
        name = self.saved_combo.currentText()
        table = self.wiz.table
        if not name or table is None:
            return

        def job(_control: TaskControl) -> Mapping:
            with self.wiz.ctx.db.uow() as uow:
                return importing.load_mapping(uow, name, table.headers)

        def done(mapping: Mapping) -> None:
            self.wiz.mapping = mapping
            self.show_mapping(mapping)

        self.wiz.run(job, done, name="load mapping")

    def save_current(self) -> None:
        name = self.name_edit.text().strip()
        table = self.wiz.table
        if not name or table is None:
            msgbox.warning(self, self.tr("Give the mapping a name first."))
            return
        mapping = self.current()

        def job(_control: TaskControl) -> None:
            with self.wiz.ctx.db.uow() as uow:
                importing.save_mapping(uow, name, table.headers, mapping)

        def done(_result: None) -> None:
            self.name_edit.clear()
            self.refresh_saved()

        self.wiz.run(job, done, name="save mapping")


class PreviewPage(QWizardPage):
    COLUMNS = 6

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "Rows with a problem are marked and not imported; you can save them to "
                "a file at the end, fix them and import that file."
            )
        )
        self.counts = QLabel()
        self.counts.setObjectName("importPreviewCounts")
        self.grid = QTableWidget(0, self.COLUMNS)
        self.grid.setObjectName("importPreview")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Name"),
                self.tr("Company"),
                self.tr("Phones"),
                self.tr("E-mails"),
                self.tr("Problem"),
            ]
        )
        self.grid.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().hide()
        self.only_problems = QCheckBox(self.tr("Show only rows with a &problem"))
        self.only_problems.setObjectName("importOnlyProblems")
        self.only_problems.toggled.connect(self.fill)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.grid, 1)

    def initializePage(self) -> None:
        self.grid.setRowCount(0)
        self.counts.setText(self.tr("Reading the rows…"))
        table, mapping = self.wiz.table, self.wiz.mapping
        assert table is not None and mapping is not None

        def job(_control: TaskControl) -> Preview:
            return importing.preview(table, mapping)

        def done(result: Preview) -> None:
            self.wiz.preview = result
            self.fill()
            self.completeChanged.emit()

        self.wiz.run(job, done, name="import preview")

    def isComplete(self) -> bool:
        return self.wiz.preview is not None

    def fill(self) -> None:
        result = self.wiz.preview
        if result is None:
            return
        self.counts.setText(
            self.tr(
                "{total} data rows: {ok} ready, {problems} with a problem, {empty} empty."
            ).format(
                total=len(result.rows),
                ok=result.ok_count,
                problems=result.problem_count,
                empty=result.empty_count,
            )
        )
        rows = [r for r in result.rows if not self.only_problems.isChecked() or r.status != "ok"]
        shown = rows[:PREVIEW_ROWS_SHOWN]
        if len(rows) > len(shown):
            self.counts.setText(
                self.counts.text()
                + " "
                + self.tr("The first {shown} are listed.").format(shown=len(shown))
            )
        self.grid.setRowCount(len(shown))
        for index, row in enumerate(shown):
            contact = row.contact
            values = [
                str(row.row),
                contact.full_name if contact else "",
                row.company or "",
                ", ".join(p.value for p in contact.phones) if contact else "",
                ", ".join(e.value for e in contact.emails) if contact else "",
                problems_text(row.problems),
            ]
            brush = {"problem": PROBLEM_BRUSH, "empty": EMPTY_BRUSH}.get(row.status)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 5 and value:
                    item.setToolTip(value)
                if brush is not None:
                    item.setBackground(brush)
                self.grid.setItem(index, column, item)
        self.grid.resizeColumnsToContents()


class PolicyPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("People who are already there"))
        self.setSubTitle(
            self.tr(
                "A row is a duplicate when its phone or e-mail is already known, or the same "
                "name works at the same company, in the database or higher up in the file."
            )
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for policy, text in (
            (DuplicatePolicy.SKIP, self.tr("&Skip them (keep what is there)")),
            (DuplicatePolicy.UPDATE, self.tr("&Update them with the file's values")),
            (DuplicatePolicy.CREATE, self.tr("&Create new contacts anyway")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"importPolicy_{policy.value}")
            self.group.addButton(button)
            self.buttons[policy.value] = button
            layout.addWidget(button)
        self.buttons[DuplicatePolicy.SKIP.value].setChecked(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.stop_button = QPushButton(self.tr("&Stop the import"))
        self.stop_button.setObjectName("importStop")
        self.stop_button.clicked.connect(self.wiz.reject)
        self.stop_button.hide()
        layout.addSpacing(20)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._finished = False

    def initializePage(self) -> None:
        self._finished = False
        self.status.clear()
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))

    def cleanupPage(self) -> None:
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))

    def policy(self) -> str:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return DuplicatePolicy.SKIP.value

    def validatePage(self) -> bool:
        if self._finished:
            return True
        if self.wiz.busy():
            return False
        self.start()
        return False

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        for button in self.buttons.values():
            button.setEnabled(not running)
        self.wiz.button(QWizard.WizardButton.NextButton).setEnabled(not running)
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(not running)

    def start(self) -> None:
        table, mapping, checked = self.wiz.table, self.wiz.mapping, self.wiz.preview
        assert table is not None and mapping is not None
        policy = self.policy()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Importing…"))
        self._running(True)

        def job(control: TaskControl) -> ImportSummary:
            with self.wiz.ctx.db.uow() as uow:
                return importing.run_import(
                    uow,
                    table,
                    mapping,
                    policy,
                    progress=control.progress,
                    cancelled=control.cancelled,
                    checked=checked,
                )

        def progress(_phase: str, done: int, total: int) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.status.setText(
                self.tr("Importing row {done} of {total}…").format(done=done, total=total)
            )

        def done(summary: ImportSummary) -> None:
            self._running(False)
            self.wiz.summary = summary
            self._finished = True
            if summary.batch_id:
                self.wiz.on_changed()
            self.wiz.next()

        def failed(exc: BaseException) -> None:
            self._running(False)
            if isinstance(exc, ImportCancelledError):
                self.status.setText(translate_error(exc))
                return
            self.status.clear()
            if isinstance(exc, UserError):
                msgbox.warning(self, translate_error(exc))
            else:
                self.wiz.runner.report_error(exc)

        self.wiz.run(job, done, on_error=failed, on_progress=progress, name="import contacts")


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Done"))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.rejected = QTableWidget(0, 2)
        self.rejected.setObjectName("importRejected")
        self.rejected.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Why it was not imported")]
        )
        self.rejected.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rejected.verticalHeader().hide()
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.save_button = QPushButton(self.tr("&Save rejected rows…"))
        self.save_button.setObjectName("importSaveRejected")
        self.save_button.clicked.connect(self.save_rejected)
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.setObjectName("importUndo")
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.rejected, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        summary = self.wiz.summary
        assert summary is not None
        lines = [
            self.tr("{created} contacts created, {updated} updated.").format(
                created=summary.created, updated=summary.updated
            ),
            self.tr("{count} duplicates left as they were.").format(count=summary.duplicates),
            self.tr("{count} rows not imported (listed below).").format(
                count=len(summary.rejected)
            ),
            self.tr("{count} empty rows skipped.").format(count=len(summary.empty_rows)),
        ]
        if summary.accounts_created:
            lines.insert(
                1,
                self.tr("{count} companies created.").format(count=summary.accounts_created),
            )
        self.summary_label.setText("\n".join(lines))
        self.rejected.setRowCount(len(summary.rejected))
        for index, row in enumerate(summary.rejected):
            self.rejected.setItem(index, 0, QTableWidgetItem(str(row.row)))
            reason = problems_text(row.problems) or row.reason
            item = QTableWidgetItem(reason)
            item.setToolTip(reason)
            self.rejected.setItem(index, 1, item)
        self.save_button.setEnabled(bool(summary.rejected))
        self.undo_button.setEnabled(summary.batch_id is not None)
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def save_rejected(self) -> None:
        summary = self.wiz.summary
        if summary is None:
            return
        stem = Path(summary.file_name).stem or "import"
        suffix = self.tr("rejected")
        target = msgbox.save_file(
            self,
            self.tr("Save rejected rows"),
            self.tr("CSV files (*.csv)"),
            f"{stem}-{suffix}.csv",
        )
        if target is None:
            return
        if target.suffix.lower() != ".csv":
            target = target.with_suffix(".csv")
        try:
            count = importing.save_rejected(
                target, summary, lambda r: problems_text(r.problems) or r.reason
            )
        except OSError as exc:
            msgbox.warning(
                self,
                self.tr("The file {path} could not be written: {reason}").format(
                    path=target, reason=exc.strerror or exc
                ),
            )
            return
        self.summary_label.setText(
            self.summary_label.text()
            + "\n"
            + self.tr("{count} rows saved to {path}.").format(count=count, path=target)
        )

    def undo(self) -> None:
        summary = self.wiz.summary
        if summary is None or summary.batch_id is None:
            return
        batch_id = summary.batch_id
        self.undo_button.setEnabled(False)

        def job(_control: TaskControl) -> importing.UndoSummary:
            with self.wiz.ctx.db.uow() as uow:
                return importing.undo_import(uow, batch_id)

        def done(result: importing.UndoSummary) -> None:
            self.wiz.summary = replace(summary, batch_id=None)
            self.summary_label.setText(
                self.tr(
                    "The import was undone: {removed} contacts removed, {restored} restored."
                ).format(removed=result.removed, restored=result.restored)
            )
            self.wiz.on_changed()

        def failed(exc: BaseException) -> None:
            self.undo_button.setEnabled(True)
            if isinstance(exc, UserError):
                msgbox.warning(self, translate_error(exc))
            else:
                self.wiz.runner.report_error(exc)

        self.wiz.run(job, done, on_error=failed, name="undo import")


# --- File menu commands beside the wizard ---------------------------------------------------


def undo_last_import(
    parent: QWidget, ctx: AppContext, runner: TaskRunner, on_changed: Callable[[], None]
) -> None:
    """File > Undo last import: asks first, then undoes on a worker. GUI thread."""
    if not msgbox.question(
        parent,
        translate(
            "ImportWizard",
            "Undo the last import? The contacts it created are removed and the ones it "
            "updated get their earlier values back.",
        ),
        translate("ImportWizard", "Undo the import"),
        translate("ImportWizard", "Keep it"),
    ):
        return

    def job(_control: TaskControl) -> importing.UndoSummary:
        with ctx.db.uow() as uow:
            return importing.undo_last_import(uow)

    def done(result: importing.UndoSummary) -> None:
        on_changed()
        msgbox.information(
            parent,
            translate(
                "ImportWizard",
                "The import of {file} was undone: {removed} contacts removed, {restored} restored.",
            ).format(file=result.file_name, removed=result.removed, restored=result.restored),
        )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            msgbox.warning(parent, translate_error(exc))
        else:
            runner.report_error(exc)

    runner.run(job, on_done=done, on_error=failed, name="undo last import")


def export_contacts(parent: QWidget, ctx: AppContext, runner: TaskRunner) -> None:
    """File > Export contacts…: every live contact to .csv or .xlsx, on a worker."""
    target = msgbox.save_file(
        parent,
        translate("ImportWizard", "Export contacts"),
        translate("ImportWizard", "Excel workbook (*.xlsx);;CSV file (*.csv)"),
        translate("ImportWizard", "contacts") + ".xlsx",
    )
    if target is None:
        return
    if target.suffix.lower() not in (".csv", ".xlsx"):
        target = target.with_suffix(".xlsx")
    sheet_title = translate("ImportWizard", "Contacts")

    def job(_control: TaskControl) -> int:
        with ctx.db.uow() as uow:
            return importing.export_contacts(uow, target, sheet_title)

    def done(count: int) -> None:
        msgbox.information(
            parent,
            translate("ImportWizard", "{count} contacts written to:\n{path}").format(
                count=count, path=target
            ),
        )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            msgbox.warning(parent, translate_error(exc))
        else:
            runner.report_error(exc)

    runner.run(job, on_done=done, on_error=failed, name="export contacts")
