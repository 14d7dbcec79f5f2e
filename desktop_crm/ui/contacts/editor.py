"""Create and edit a contact or an account: a keyboard-first form.

Only the name is required. Tab moves through the fields in reading order, Enter saves, Esc
cancels. Saving runs on a worker; a ``FieldError`` from the service is shown in red next to
the field it names and nothing is saved. While a NEW contact is typed, possible duplicates
(same phone, same e-mail, similar name at the same company) appear under the form, each
with an "Open existing" button.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.enums import Channel, LifecycleStage
from desktop_crm.errors import QT_TRANSLATE_NOOP
from desktop_crm.services import contact_list, contacts, duplicate_hints
from desktop_crm.services.contacts import (
    AccountInput,
    AccountRecord,
    Address,
    ContactInput,
    ContactRecord,
    Labeled,
)
from desktop_crm.services.duplicate_hints import DuplicateHint
from desktop_crm.ui.contacts.labels import channel_label, show_phone, stage_label
from desktop_crm.ui.i18n import translate_error
from desktop_crm.ui.workers import TaskControl, TaskRunner

HINT_DELAY_MS = 300  # duplicate look-up after this pause in typing
ACCOUNT_DELAY_MS = 150


def parse_day(text: str) -> dt.date | None:
    """A date typed day first: 23/11/1990, 23-11-1990, 23.11.90, or ISO 1990-11-23.
    Empty gives None; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    found = re.fullmatch(r"(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})", text)
    if not found:
        raise ValueError(text)
    day, month, year = int(found[1]), int(found[2]), int(found[3])
    if year < 100:
        year += 1900 if year > dt.date.today().year % 100 else 2000
    return dt.date(year, month, day)


class _ValueRows(QWidget):
    """Several phones or e-mails: one line edit per value, with add and remove buttons."""

    changed = Signal()

    def __init__(self, object_name: str, add_text: str, placeholder: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self._placeholder = placeholder
        self._labels: dict[QLineEdit, str | None] = {}
        self.edits: list[QLineEdit] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(object_name + "Add")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row("", focus=True))
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_row("")

    def add_row(self, value: str, label: str | None = None, focus: bool = False) -> QLineEdit:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(value)
        edit.setPlaceholderText(self._placeholder)
        edit.textChanged.connect(self.changed)
        remove = QPushButton("×")
        remove.setObjectName("removeValue")
        remove.setAutoDefault(False)
        remove.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab skips it: keyboard stays fast
        remove.setFixedWidth(28)
        remove.clicked.connect(lambda: self._remove(row, edit))
        line.addWidget(edit, 1)
        line.addWidget(remove)
        self._layout.insertWidget(self._layout.count() - 1, row)
        self.edits.append(edit)
        self._labels[edit] = label
        if focus:
            edit.setFocus()
        return edit

    def _remove(self, row: QWidget, edit: QLineEdit) -> None:
        self.edits.remove(edit)
        self._labels.pop(edit, None)
        row.setParent(None)
        row.deleteLater()
        if not self.edits:
            self.add_row("")
        self.changed.emit()

    def set_values(self, values: tuple[Labeled, ...]) -> None:
        for edit in list(self.edits):
            parent = edit.parentWidget()
            self.edits.remove(edit)
            if parent is not None:
                parent.setParent(None)
                parent.deleteLater()
        self._labels.clear()
        for item in values:
            self.add_row(item.value, item.label)
        if not self.edits:
            self.add_row("")

    def values(self) -> tuple[Labeled, ...]:
        return tuple(
            Labeled(e.text().strip(), self._labels.get(e)) for e in self.edits if e.text().strip()
        )

    def edit_with(self, raw: str) -> QLineEdit | None:
        for edit in self.edits:
            if edit.text().strip() == raw.strip():
                return edit
        return self.edits[0] if self.edits else None


class _RecordDialog(QDialog):
    """What the contact and account forms share: error labels, saving on a worker."""

    saved = Signal(str)  # the record's id
    open_existing = Signal(str)  # a duplicate's contact id

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.record_id: str | None = None
        self.saving = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Enter saves from anywhere, also from the notes box where Enter makes a new line.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

    def field_row(self, label: str, field: str, widget: QWidget) -> QWidget:
        """``widget`` with its error label under it, added to the form."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[field] = error
        self.form.addRow(label, box)
        return box

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.error_label.hide()

    def show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is None:
            self.error_label.setText(message)
            self.error_label.show()
            return
        label.setText(message)
        label.show()
        target = self.focus_target(field)
        if target is not None:
            target.setFocus()

    def focus_target(self, field: str) -> QWidget | None:
        return None

    def build_input(self) -> Any:
        raise NotImplementedError

    def write(self, data: Any) -> Callable[[TaskControl], str]:
        raise NotImplementedError

    def save(self) -> None:
        """Validate on a worker and store; the dialog closes only when the record is saved."""
        if self.saving:
            return
        self.clear_errors()
        try:
            data = self.build_input()
        except FieldError as exc:
            self.show_error(exc.field, translate_error(exc))
            return
        self.saving = True
        self.save_button.setEnabled(False)

        def done(record_id: str) -> None:
            self.saving = False
            self.save_button.setEnabled(True)
            self.record_id = record_id
            self.saved.emit(record_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, FieldError):
                self.show_error(exc.field, translate_error(exc))
            else:
                self.runner.report_error(exc)

        self.runner.run(self.write(data), on_done=done, on_error=failed, name="save record")


class ContactDialog(_RecordDialog):
    """New contact (``record`` None) or edit of ``record``."""

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        record: ContactRecord | None = None,
        owners: tuple[tuple[str, str], ...] = (),
        parent: QWidget | None = None,
        account: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(ctx, runner, parent)
        self.setObjectName("contactDialog")
        self.record = record
        self.setWindowTitle(self.tr("New contact") if record is None else self.tr("Edit contact"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("fullName")
        self.name_edit.setPlaceholderText(self.tr("Family name first, e.g. Nguyễn Thị Ánh Dương"))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("jobTitle")
        self.account_edit = QLineEdit()
        self.account_edit.setObjectName("account")
        self.account_edit.setPlaceholderText(self.tr("Type to find the company"))
        self._account_choices: dict[str, str] = {}  # name -> id
        self.account_id: str | None = None
        self._account_model = QStringListModel(self)
        completer = QCompleter(self._account_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._account_chosen)
        self.account_edit.setCompleter(completer)
        self._account_timer = QTimer(self, singleShot=True, interval=ACCOUNT_DELAY_MS)
        self._account_timer.timeout.connect(self._suggest_accounts)
        self.account_edit.textEdited.connect(self._account_typed)
        self.phones = _ValueRows("phones", self.tr("Add phone"), self.tr("e.g. 0903 123 456"))
        self.emails = _ValueRows("emails", self.tr("Add e-mail"), self.tr("name@company.vn"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("tags")
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))
        self._tag_model = QStringListModel(self)
        tag_completer = QCompleter(self._tag_model, self)
        tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        tag_completer.setWidget(self.tags_edit)
        tag_completer.activated.connect(self._tag_chosen)
        self._tag_completer = tag_completer
        self.tags_edit.textEdited.connect(self._tag_typed)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("preferredChannel")
        self.channel_combo.addItem(self.tr("(none)"), None)
        for channel in Channel:
            self.channel_combo.addItem(channel_label(channel.value), channel.value)
        self.birthday_edit = QLineEdit()
        self.birthday_edit.setObjectName("birthday")
        self.birthday_edit.setPlaceholderText(self.tr("day/month/year"))
        self.consent_check = QCheckBox(self.tr("Agrees to receive marketing messages"))
        self.consent_check.setObjectName("consent")
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("lifecycleStage")
        for stage in LifecycleStage:
            self.stage_combo.addItem(stage_label(stage.value), stage.value)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("owner")
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        for owner_id, name in owners:
            self.owner_combo.addItem(name, owner_id)
        self.province_edit = QLineEdit()
        self.province_edit.setObjectName("province")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)

        self.field_row(self.tr("&Name:"), "full_name", self.name_edit)
        self.field_row(self.tr("&Company:"), "account_id", self.account_edit)
        self.field_row(self.tr("Job &title:"), "title", self.title_edit)
        self.field_row(self.tr("&Phones:"), "phone", self.phones)
        self.field_row(self.tr("&E-mails:"), "email", self.emails)
        self.field_row(self.tr("Ta&gs:"), "tags", self.tags_edit)
        self.field_row(self.tr("Preferred c&hannel:"), "preferred_channel", self.channel_combo)
        self.field_row(self.tr("&Birthday:"), "birthday", self.birthday_edit)
        self.field_row(self.tr("&Stage:"), "lifecycle_stage", self.stage_combo)
        self.field_row(self.tr("&Owner:"), "owner_id", self.owner_combo)
        self.field_row(self.tr("Pro&vince:"), "province", self.province_edit)
        self.field_row(self.tr("Consent:"), "marketing_consent", self.consent_check)
        self.field_row(self.tr("N&otes:"), "notes", self.notes_edit)
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and isinstance(label.widget(), QLabel):
                buddy = field.widget().findChild(QWidget)
                if buddy is not None:
                    label.widget().setBuddy(buddy)

        self.hints_box = QFrame()
        self.hints_box.setObjectName("duplicateHints")
        self.hints_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.hints_layout = QVBoxLayout(self.hints_box)
        self.hints_title = QLabel(self.tr("Possible duplicates — is it one of these people?"))
        self.hints_title.setObjectName("duplicateHintsTitle")
        self.hints_layout.addWidget(self.hints_title)
        self.hints_box.hide()
        self.hints: list[DuplicateHint] = []
        self.hint_buttons: list[QPushButton] = []
        self._hint_generation = 0
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self._look_for_duplicates)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hints_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 640)

        if record is not None:
            self._fill(record)
        elif account is not None:
            self.account_id, name = account
            self._account_choices[name] = self.account_id
            self.account_edit.setText(name)
        if record is None:
            for signal in (self.name_edit.textChanged, self.phones.changed, self.emails.changed):
                signal.connect(self._hint_timer.start)
            self.account_edit.textChanged.connect(self._hint_timer.start)
        self._load_tags()
        self.name_edit.setFocus()

    # -- filling and reading
    def _fill(self, record: ContactRecord) -> None:
        self.name_edit.setText(record.full_name)
        self.title_edit.setText(record.title or "")
        if record.account_id and record.account_name:
            self.account_id = record.account_id
            self._account_choices[record.account_name] = record.account_id
            self.account_edit.setText(record.account_name)
        self.phones.set_values(tuple(Labeled(show_phone(p.value), p.label) for p in record.phones))
        self.emails.set_values(record.emails)
        self.tags_edit.setText(", ".join(record.tags))
        self.channel_combo.setCurrentIndex(
            max(0, self.channel_combo.findData(record.preferred_channel))
        )
        if record.birthday:
            self.birthday_edit.setText(record.birthday.strftime("%d/%m/%Y"))
        self.consent_check.setChecked(record.marketing_consent)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(record.lifecycle_stage)))
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(record.owner_id)))
        self.province_edit.setText(record.address.province or "")
        self.notes_edit.setPlainText(record.notes or "")

    def _draft(self) -> ContactInput:
        """What is typed so far, without checks (for the duplicate look-up)."""
        return ContactInput(
            full_name=self.name_edit.text(),
            account_id=self._chosen_account_id(),
            phones=self.phones.values(),
            emails=self.emails.values(),
        )

    def _chosen_account_id(self) -> str | None:
        text = self.account_edit.text().strip()
        if not text:
            return None
        return self._account_choices.get(text) or self.account_id

    def build_input(self) -> ContactInput:
        text = self.account_edit.text().strip()
        account_id = self._chosen_account_id()
        if text and account_id is None:
            raise FieldError(
                "account_id",
                QT_TRANSLATE_NOOP(
                    "errors", "Choose the company from the list, or leave the field empty."
                ),
            )
        try:
            birthday = parse_day(self.birthday_edit.text())
        except ValueError:
            raise FieldError(
                "birthday",
                QT_TRANSLATE_NOOP("errors", "'{value}' is not a date (day/month/year)"),
                value=self.birthday_edit.text(),
            ) from None
        record = self.record
        return ContactInput(
            full_name=self.name_edit.text(),
            # Re-derived from the (maybe edited) full name, unless it is unchanged.
            family_name=record.family_name
            if record and record.full_name == self.name_edit.text()
            else None,
            middle_name=record.middle_name
            if record and record.full_name == self.name_edit.text()
            else None,
            given_name=record.given_name
            if record and record.full_name == self.name_edit.text()
            else None,
            title=self.title_edit.text(),
            account_id=account_id,
            phones=self.phones.values(),
            emails=self.emails.values(),
            preferred_channel=self.channel_combo.currentData(),
            birthday=birthday,
            source=record.source if record else None,
            marketing_consent=self.consent_check.isChecked(),
            lifecycle_stage=self.stage_combo.currentData(),
            tags=tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip()),
            notes=self.notes_edit.toPlainText(),
            owner_id=self.owner_combo.currentData(),
            address=Address(
                street=record.address.street if record else None,
                ward=record.address.ward if record else None,
                district=record.address.district if record else None,
                province=self.province_edit.text(),
                country=record.address.country if record else "VN",
            ),
        )

    def focus_target(self, field: str) -> QWidget | None:
        targets: dict[str, QWidget] = {
            "full_name": self.name_edit,
            "account_id": self.account_edit,
            "birthday": self.birthday_edit,
            "preferred_channel": self.channel_combo,
            "lifecycle_stage": self.stage_combo,
        }
        return targets.get(field)

    def show_error(self, field: str, message: str) -> None:
        super().show_error(field, message)
        # A bad phone or e-mail: put the cursor into the row holding it.
        rows = {"phone": self.phones, "email": self.emails}.get(field)
        if rows is not None:
            for edit in rows.edits:
                if edit.text().strip() and edit.text().strip() in message:
                    edit.setFocus()
                    break

    def write(self, data: ContactInput) -> Callable[[TaskControl], str]:
        db, record_id = self.ctx.db, self.record.id if self.record else None

        def job(_control: TaskControl) -> str:
            with db.uow() as uow:
                if record_id is None:
                    return contacts.create_contact(uow, data).id
                return contacts.update_contact(uow, record_id, data).id

        return job

    # -- company picker
    def _account_typed(self, text: str) -> None:
        if text.strip() not in self._account_choices:
            self.account_id = None
        self._account_timer.start()

    def _suggest_accounts(self) -> None:
        text = self.account_edit.text()
        db = self.ctx.db

        def job(_control: TaskControl) -> list[tuple[str, str]]:
            with db.uow() as uow:
                return contact_list.account_suggestions(uow, text)

        def done(found: list[tuple[str, str]]) -> None:
            if self.account_edit.text() != text:
                return  # typed on meanwhile: a newer look-up follows
            for account_id, name in found:
                self._account_choices.setdefault(name, account_id)
            self._account_model.setStringList([name for _, name in found])
            if found and self.account_edit.hasFocus():
                self.account_edit.completer().complete()

        self.runner.run(job, on_done=done, name="account suggestions")

    def _account_chosen(self, name: str) -> None:
        self.account_id = self._account_choices.get(name)
        self._hint_timer.start()

    # -- tags
    def _load_tags(self) -> None:
        db = self.ctx.db

        def job(_control: TaskControl) -> list[str]:
            with db.uow() as uow:
                return contact_list.tag_names(uow)

        self.runner.run(job, on_done=self._tag_model.setStringList, name="tags")

    def _tag_typed(self, text: str) -> None:
        current = text.rsplit(",", 1)[-1].strip()
        if current:
            self._tag_completer.setCompletionPrefix(current)
            self._tag_completer.complete()

    def _tag_chosen(self, tag: str) -> None:
        parts = [p.strip() for p in self.tags_edit.text().split(",")]
        parts[-1] = tag
        self.tags_edit.setText(", ".join(p for p in parts if p) + ", ")

    # -- duplicates
    def _look_for_duplicates(self) -> None:
        draft = self._draft()
        self._hint_generation += 1
        generation = self._hint_generation
        db = self.ctx.db

        def job(_control: TaskControl) -> list[DuplicateHint]:
            with db.uow() as uow:
                return duplicate_hints.possible_duplicates(uow, draft)

        def done(hints: list[DuplicateHint]) -> None:
            if generation == self._hint_generation:
                self._show_hints(hints)

        self.runner.run(job, on_done=done, name="duplicate hints")

    def _show_hints(self, hints: list[DuplicateHint]) -> None:
        self.hints = hints
        for button in self.hint_buttons:
            row = button.parentWidget()
            if row is not None:
                row.setParent(None)
                row.deleteLater()
        self.hint_buttons = []
        reasons = {
            "phone": self.tr("same phone {value}"),
            "email": self.tr("same e-mail {value}"),
            "name": self.tr("similar name at the same company"),
        }
        for hint in hints:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            who = hint.full_name + (f" · {hint.account_name}" if hint.account_name else "")
            value = show_phone(hint.matched) if hint.reason == "phone" else hint.matched
            label = QLabel(f"{who} — {reasons[hint.reason].format(value=value)}")
            label.setObjectName("duplicateHint")
            button = QPushButton(self.tr("Open existing"))
            button.setObjectName("openExisting")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, cid=hint.contact_id: self._open_existing(cid))
            line.addWidget(label, 1)
            line.addWidget(button)
            self.hints_layout.addWidget(row)
            self.hint_buttons.append(button)
        self.hints_box.setVisible(bool(hints))

    def _open_existing(self, contact_id: str) -> None:
        self.reject()
        self.open_existing.emit(contact_id)


class AccountDialog(_RecordDialog):
    """New account (``record`` None) or edit of ``record``."""

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        record: AccountRecord | None = None,
        owners: tuple[tuple[str, str], ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, runner, parent)
        self.setObjectName("accountDialog")
        self.record = record
        self.setWindowTitle(self.tr("New account") if record is None else self.tr("Edit account"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("accountName")
        self.tax_edit = QLineEdit()
        self.tax_edit.setObjectName("taxCode")
        self.tax_edit.setPlaceholderText(self.tr("10 digits, e.g. 0100101072"))
        self.industry_edit = QLineEdit()
        self.industry_edit.setObjectName("industry")
        self.website_edit = QLineEdit()
        self.website_edit.setObjectName("website")
        self.phones = _ValueRows("phones", self.tr("Add phone"), self.tr("e.g. 028 3823 4567"))
        self.emails = _ValueRows("emails", self.tr("Add e-mail"), self.tr("info@company.vn"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("tags")
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("owner")
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        for owner_id, name in owners:
            self.owner_combo.addItem(name, owner_id)
        self.street_edit = QLineEdit()
        self.street_edit.setObjectName("street")
        self.province_edit = QLineEdit()
        self.province_edit.setObjectName("province")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)
        self.field_row(self.tr("&Name:"), "name", self.name_edit)
        self.field_row(self.tr("&Tax code:"), "tax_code", self.tax_edit)
        self.field_row(self.tr("&Industry:"), "industry", self.industry_edit)
        self.field_row(self.tr("&Website:"), "website", self.website_edit)
        self.field_row(self.tr("&Phones:"), "phone", self.phones)
        self.field_row(self.tr("&E-mails:"), "email", self.emails)
        self.field_row(self.tr("Ta&gs:"), "tags", self.tags_edit)
        self.field_row(self.tr("&Owner:"), "owner_id", self.owner_combo)
        self.field_row(self.tr("&Street:"), "street", self.street_edit)
        self.field_row(self.tr("Pro&vince:"), "province", self.province_edit)
        self.field_row(self.tr("N&otes:"), "notes", self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if record is not None:
            self.name_edit.setText(record.name)
            self.tax_edit.setText(record.tax_code or "")
            self.industry_edit.setText(record.industry or "")
            self.website_edit.setText(record.website or "")
            self.phones.set_values(
                tuple(Labeled(show_phone(p.value), p.label) for p in record.phones)
            )
            self.emails.set_values(record.emails)
            self.tags_edit.setText(", ".join(record.tags))
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(record.owner_id)))
            self.street_edit.setText(record.address.street or "")
            self.province_edit.setText(record.address.province or "")
            self.notes_edit.setPlainText(record.notes or "")
        self.name_edit.setFocus()

    def build_input(self) -> AccountInput:
        record = self.record
        return AccountInput(
            name=self.name_edit.text(),
            tax_code=self.tax_edit.text(),
            industry=self.industry_edit.text(),
            website=self.website_edit.text(),
            phones=self.phones.values(),
            emails=self.emails.values(),
            tags=tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip()),
            notes=self.notes_edit.toPlainText(),
            owner_id=self.owner_combo.currentData(),
            address=Address(
                street=self.street_edit.text(),
                ward=record.address.ward if record else None,
                district=record.address.district if record else None,
                province=self.province_edit.text(),
                country=record.address.country if record else "VN",
            ),
        )

    def focus_target(self, field: str) -> QWidget | None:
        return {"name": self.name_edit, "tax_code": self.tax_edit}.get(field)

    def write(self, data: AccountInput) -> Callable[[TaskControl], str]:
        db, record_id = self.ctx.db, self.record.id if self.record else None

        def job(_control: TaskControl) -> str:
            with db.uow() as uow:
                if record_id is None:
                    return contacts.create_account(uow, data).id
                return contacts.update_account(uow, record_id, data).id

        return job
