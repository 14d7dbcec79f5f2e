"""Dialogs of the Care page: a new case, and resolving a case with the customer's score.

Reading the owners and saving run on the ``TaskRunner``; a ``FieldError`` from the service is
shown in the dialog, which stays open. The customer is found by typing a part of an account's
or contact's name (folded, so "dong a" finds "Đông Á"). GUI thread only, except the jobs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.services import care_cases, deals
from desktop_crm.services.care_cases import CaseDetail, CaseInput
from desktop_crm.ui.care.labels import category_name, channel_name, priority_name
from desktop_crm.ui.i18n import translate_error
from desktop_crm.ui.workers import TaskControl, TaskRunner

CUSTOMER_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250
NO_SCORE = 0  # the id of the "not asked" choice


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


class NewCaseDialog(QDialog):
    """Open a new case; ``saved(detail)`` runs after the save."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        runner: TaskRunner,
        saved: Callable[[CaseDetail], None],
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.ctx, self.runner, self.saved, self.clock = ctx, runner, saved, clock
        self.setWindowTitle(self.tr("New care case"))
        self.customer: tuple[str, str] | None = None  # (kind, id)
        self.saving = False
        self.loading = True

        self.customer_combo = QComboBox()
        self.customer_combo.setObjectName("customer")
        self.customer_combo.setEditable(True)
        self.customer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer_combo.lineEdit().setPlaceholderText(self.tr("Type a company or a person"))
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("subject")
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("category")
        for value in care_cases.CATEGORIES:
            self.category_combo.addItem(category_name(value), value)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channel")
        for value in care_cases.CHANNELS:
            self.channel_combo.addItem(channel_name(value), value)
        self.priority_combo = QComboBox()
        self.priority_combo.setObjectName("priority")
        for value in care_cases.PRIORITIES:
            self.priority_combo.addItem(priority_name(value), value)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData("normal"))
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("owner")
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("description")
        self.description_edit.setTabChangesFocus(True)
        self.error_label = _error_label()

        form = QFormLayout()
        form.addRow(self.tr("Customer:"), self.customer_combo)
        form.addRow(self.tr("Subject:"), self.subject_edit)
        form.addRow(self.tr("Category:"), self.category_combo)
        form.addRow(self.tr("Channel:"), self.channel_combo)
        form.addRow(self.tr("Priority:"), self.priority_combo)
        form.addRow(self.tr("Owner:"), self.owner_combo)
        form.addRow(self.tr("Description:"), self.description_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_customers)
        self.customer_combo.lineEdit().textEdited.connect(self._customer_typed)
        self.customer_combo.activated.connect(self._customer_chosen)
        self._load()

    def _load(self) -> None:
        def job(_control: TaskControl) -> list[tuple[str, str]]:
            with self.ctx.db.uow() as uow:
                return deals.owners(uow)

        def done(owners: list[tuple[str, str]]) -> None:
            for owner_id, name in owners:
                self.owner_combo.addItem(name, owner_id)
            me = self.owner_combo.findData(self.ctx.settings.current_user_id)
            self.owner_combo.setCurrentIndex(max(0, me))
            self.loading = False

        self.runner.run(job, on_done=done, name="open new case")

    # -- the customer
    def _customer_typed(self, _text: str) -> None:
        self.customer = None
        self._search_timer.start()

    def _search_customers(self) -> None:
        text = self.customer_combo.currentText()

        def job(_control: TaskControl) -> list[deals.CustomerChoice]:
            with self.ctx.db.uow() as uow:
                return deals.find_customers(uow, text)

        def done(choices: list[deals.CustomerChoice]) -> None:
            if self.customer_combo.currentText() != text:
                return  # typed on meanwhile; a newer search follows
            self.customer_combo.blockSignals(True)
            self.customer_combo.clear()
            for choice in choices:
                self.customer_combo.addItem(choice.name, (choice.kind, choice.id))
            self.customer_combo.setCurrentIndex(-1)
            self.customer_combo.setEditText(text)
            self.customer_combo.blockSignals(False)
            if choices:
                self.customer_combo.showPopup()

        self.runner.run(job, on_done=done, name="find customers")

    def _customer_chosen(self, index: int) -> None:
        data = self.customer_combo.itemData(index, CUSTOMER_ROLE)
        self.customer = (str(data[0]), str(data[1])) if data else None

    # -- saving
    def data(self) -> CaseInput:
        kind, customer_id = self.customer if self.customer else (None, None)
        return CaseInput(
            subject=self.subject_edit.text(),
            description=self.description_edit.toPlainText(),
            category=str(self.category_combo.currentData()),
            channel=str(self.channel_combo.currentData()),
            priority=str(self.priority_combo.currentData()),
            account_id=customer_id if kind == "account" else None,
            contact_id=customer_id if kind == "contact" else None,
            owner_id=self.owner_combo.currentData(),
        )

    def save(self) -> None:
        if self.saving or self.loading:
            return
        data, now = self.data(), self.clock()
        self.saving = True

        def job(_control: TaskControl) -> CaseDetail:
            with self.ctx.db.uow() as uow:
                return care_cases.create_case(uow, data, now)

        def done(detail: CaseDetail) -> None:
            self.saving = False
            self.saved(detail)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            if isinstance(exc, FieldError):
                self.error_label.setText(translate_error(exc))
                self.error_label.show()
                return
            self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="save care case")


class ResolveDialog(QDialog):
    """Resolve a case: the customer's satisfaction (1 to 5 stars, or not asked) and a comment;
    ``saved(detail)`` runs after the save."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        runner: TaskRunner,
        case_id: str,
        saved: Callable[[CaseDetail], None],
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resolveDialog")
        self.ctx, self.runner, self.case_id, self.saved, self.clock = (
            ctx,
            runner,
            case_id,
            saved,
            clock,
        )
        self.saving = False
        self.setWindowTitle(self.tr("Resolve the case"))
        self.scores = QButtonGroup(self)
        stars = QHBoxLayout()
        self.score_buttons: dict[int, QRadioButton] = {}
        for score in range(1, 6):
            button = QRadioButton("★" * score)
            button.setObjectName(f"csat{score}")
            button.setToolTip(self.tr("%n of 5", "", score))
            button.setAccessibleName(self.tr("%n of 5", "", score))
            self.scores.addButton(button, score)
            self.score_buttons[score] = button
            stars.addWidget(button)
        self.no_score = QRadioButton(self.tr("Not asked"))
        self.no_score.setObjectName("csatNone")
        self.scores.addButton(self.no_score, NO_SCORE)
        stars.addWidget(self.no_score)
        stars.addStretch(1)
        self.no_score.setChecked(True)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("csatComment")
        self.comment_edit.setTabChangesFocus(True)
        self.error_label = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Customer satisfaction:"), stars)
        form.addRow(self.tr("Comment:"), self.comment_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Resolve"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How satisfied is the customer with the solution?")), 0)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def score(self) -> int | None:
        chosen = self.scores.checkedId()
        return chosen if chosen > 0 else None

    def save(self) -> None:
        if self.saving:
            return
        case_id, score, comment, now = (
            self.case_id,
            self.score(),
            self.comment_edit.toPlainText(),
            self.clock(),
        )
        user = self.ctx.settings.current_user_id
        self.saving = True

        def job(_control: TaskControl) -> CaseDetail:
            with self.ctx.db.uow() as uow:
                return care_cases.resolve(uow, case_id, score, comment, now, user)

        def done(detail: CaseDetail) -> None:
            self.saving = False
            self.saved(detail)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            if isinstance(exc, FieldError):
                self.error_label.setText(translate_error(exc))
                self.error_label.show()
                return
            self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="resolve care case")
