"""The detail of one deal: amount, stage, probability (editable, back to the stage default),
weighted amount, customer and people, and tabs for the stage history, activities, quotes and
products.

Everything is read and written on a worker; ``show_deal`` may be called again for another
deal at any time (late answers for the previous one are dropped). GUI thread only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from babel.numbers import format_percent as babel_percent
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.services import deal_view
from desktop_crm.services.deal_view import DealProbability, DealView
from desktop_crm.ui.contacts.labels import activity_label, short_date, short_datetime, status_label
from desktop_crm.ui.contacts.log_activity import LogActivityDialog
from desktop_crm.ui.contacts.models import ID_ROLE
from desktop_crm.ui.i18n import babel_locale, format_money, format_number, translate_error
from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.settings_lead_scoring import LeadScoreLabel
from desktop_crm.ui.workers import TaskControl, TaskRunner


def format_probability(percent: Decimal) -> str:
    """``Decimal("62.5")`` -> "62.5%" (up to two decimals) in the current language."""
    return str(babel_percent(percent / 100, format="#,##0.##%", locale=babel_locale()))


def parse_percent(text: str) -> Decimal | None:
    """The percent typed by the user ("60", "62,5 %", "62.5"); None when it is not a number."""
    cleaned = text.strip().rstrip("%").strip().replace("\u00a0", "").replace(" ", "")
    cleaned = cleaned.replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _table(object_name: str) -> QTableWidget:
    table = QTableWidget(0, 0)
    table.setObjectName(object_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, headers: list[str], rows: list[tuple[str, list[str]]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for row, (record_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)


class DealDetailPage(Page):
    """One deal; ``open_record(kind, id)`` follows the customer links, ``go_back`` leaves."""

    icon_name = "pipeline"
    expanding_body = True
    loaded = Signal()
    probability_saved = Signal()
    new_quote_requested = Signal(str)  # the deal's id

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        open_record: Callable[[str, str], None],
        go_back: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dealDetail")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so Alt+Left works once it opens
        self.ctx = ctx
        self.runner = runner
        self.open_record = open_record
        self.go_back = go_back
        # Where "days so far" ends; tests replace it.
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
        self.deal_id = ""
        self.view: DealView | None = None
        self.dialog: LogActivityDialog | None = None
        self._generation = 0

        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(lambda: self.go_back())
        self.log_button = QPushButton()
        self.log_button.setObjectName("logButton")
        self.log_button.clicked.connect(self.log_activity)
        self.new_quote_button = QPushButton()
        self.new_quote_button.setObjectName("newQuoteButton")
        self.new_quote_button.clicked.connect(lambda: self.new_quote_requested.emit(self.deal_id))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.log_button)
        top.addWidget(self.new_quote_button)
        top.addStretch(1)
        self.body.addLayout(top)

        # Header: amount, stage chip, status; probability with its editor; weighted amount.
        self.amount_label = QLabel()
        self.amount_label.setObjectName("dealAmount")
        self.amount_label.setProperty("role", "figure")
        self.stage_chip = QLabel()
        self.stage_chip.setObjectName("stageChip")
        self.status_label = QLabel()
        self.status_label.setObjectName("dealStatus")
        header = QHBoxLayout()
        header.addWidget(self.amount_label)
        header.addWidget(self.stage_chip)
        header.addWidget(self.status_label)
        header.addStretch(1)
        self.body.addLayout(header)

        self.probability_label = QLabel()
        self.probability_label.setObjectName("probabilityLabel")
        self.probability_edit = QLineEdit()
        self.probability_edit.setObjectName("probabilityEdit")
        self.probability_edit.setMaximumWidth(90)
        self.probability_edit.returnPressed.connect(self.save_probability)
        self.probability_title = QLabel()
        self.probability_title.setBuddy(self.probability_edit)
        self.set_probability_button = QPushButton()
        self.set_probability_button.setObjectName("setProbability")
        self.set_probability_button.clicked.connect(self.save_probability)
        self.reset_probability_button = QPushButton()
        self.reset_probability_button.setObjectName("resetProbability")
        self.reset_probability_button.clicked.connect(self.reset_probability)
        self.weighted_label = QLabel()
        self.weighted_label.setObjectName("weightedAmount")
        self.weighted_label.setProperty("role", "money")
        self.probability_error = QLabel()
        self.probability_error.setObjectName("probabilityError")
        self.probability_error.setProperty("role", "error")
        self.probability_error.hide()
        prob_row = QHBoxLayout()
        prob_row.addWidget(self.probability_title)
        prob_row.addWidget(self.probability_edit)
        prob_row.addWidget(self.set_probability_button)
        prob_row.addWidget(self.reset_probability_button)
        prob_row.addWidget(self.probability_label)
        prob_row.addStretch(1)
        prob_row.addWidget(self.weighted_label)
        self.body.addLayout(prob_row)
        self.body.addWidget(self.probability_error)

        # Fields and the customer links.
        self.fields = QFormLayout()
        self.fields.setObjectName("dealFields")
        self.account_link = QPushButton()
        self.account_link.setObjectName("accountLink")
        self.account_link.setFlat(True)
        self.account_link.clicked.connect(lambda: self._open_party("account"))
        self.contact_link = QPushButton()
        self.contact_link.setObjectName("contactLink")
        self.contact_link.setFlat(True)
        self.contact_link.clicked.connect(lambda: self._open_party("contact"))
        links = QHBoxLayout()
        links.addWidget(self.account_link)
        links.addWidget(self.contact_link)
        links.addStretch(1)
        self.customer_title = QLabel()
        self.body.addLayout(links_row := QHBoxLayout())
        links_row.addWidget(self.customer_title)
        links_row.addLayout(links, 1)
        self.body.addLayout(self.fields)
        self.current_stage_label = QLabel()
        self.current_stage_label.setObjectName("currentStage")
        self.body.addWidget(self.current_stage_label)
        self.lead_score = LeadScoreLabel(ctx, runner)  # open deals only
        self.body.addWidget(self.lead_score)

        # Tabs.
        self.history_table = _table("historyTable")
        self.activities_table = _table("activitiesTable")
        self.quotes_table = _table("dealQuotesTable")
        self.products_table = _table("productsTable")
        self.people_table = _table("dealPeopleTable")
        self.people_table.itemActivated.connect(
            lambda item: self.open_record("contact", item.data(ID_ROLE))
        )
        self.quotes_table.itemActivated.connect(
            lambda item: self.open_record("quote", item.data(ID_ROLE))
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dealTabs")
        for table in (
            self.history_table,
            self.activities_table,
            self.quotes_table,
            self.products_table,
            self.people_table,
        ):
            self.tabs.addTab(table, "")
        self.body.addWidget(self.tabs, 1)

        for keys in ("Alt+Left", "Esc"):
            shortcut = QShortcut(QKeySequence(keys), self, activated=lambda: self.go_back())
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    # -- texts
    def title(self) -> str:
        return self.view.title if self.view is not None else self.tr("Deal")

    def retranslate_fixed(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to where you were (Alt+Left)"))
        self.log_button.setText(self.tr("&Log activity… (Ctrl+L)"))
        self.new_quote_button.setText(self.tr("New &quote…"))
        self.probability_title.setText(self.tr("&Probability:"))
        self.probability_edit.setPlaceholderText(self.tr("e.g. 60"))
        self.set_probability_button.setText(self.tr("Set"))
        self.reset_probability_button.setText(self.tr("Use the stage default"))
        self.customer_title.setText(self.tr("Customer:"))
        for index, text in enumerate(
            (
                self.tr("Stage history"),
                self.tr("Activities"),
                self.tr("Quotes"),
                self.tr("Products"),
                self.tr("People"),
            )
        ):
            self.tabs.setTabText(index, text)
        if self.view is not None:
            self._render(self.view)

    # -- loading
    def show_deal(self, deal_id: str) -> None:
        if deal_id != self.deal_id:
            self.view = None
            self.title_label.setText(self.loading_text())
        self.deal_id = deal_id
        self.reload()

    def reload(self) -> None:
        """Read the deal again on a worker; a newer request wins over an older one."""
        self._generation += 1
        generation = self._generation
        deal_id, db, now = self.deal_id, self.ctx.db, self.clock()
        self.lead_score.show_for("deal", deal_id)

        def job(_control: TaskControl) -> DealView:
            with db.uow() as uow:
                return deal_view.deal_view(uow, deal_id, now)

        def done(view: DealView) -> None:
            if generation == self._generation:
                self._render(view)
                self.loaded.emit()

        self.runner.run(job, on_done=done, name="deal view")

    # -- probability
    def save_probability(self) -> None:
        percent = parse_percent(self.probability_edit.text())
        if percent is None:
            self._probability_failed(self.tr("Type the probability as a number, e.g. 60."))
            return
        self._write_probability(percent)

    def reset_probability(self) -> None:
        self._write_probability(None)

    def _write_probability(self, percent: Decimal | None) -> None:
        if self.view is None:
            return
        deal_id, db, generation = self.deal_id, self.ctx.db, self._generation
        self.probability_error.hide()

        def job(_control: TaskControl) -> DealProbability:
            with db.uow() as uow:
                return deal_view.set_probability(uow, deal_id, percent)

        def done(result: DealProbability) -> None:
            if generation == self._generation and self.view is not None:
                self._show_probability(result)
                self.probability_saved.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, FieldError):
                self._probability_failed(translate_error(exc))
            else:
                self.runner.report_error(exc)

        self.runner.run(job, on_done=done, on_error=failed, name="set probability")

    def _probability_failed(self, text: str) -> None:
        self.probability_error.setText(text)
        self.probability_error.show()
        self.probability_edit.setFocus()
        self.probability_edit.selectAll()

    def _show_probability(self, result: DealProbability) -> None:
        view = self.view
        assert view is not None
        self.probability_edit.setText(format_number(result.percent.normalize()))
        if result.overridden:
            self.probability_label.setText(
                self.tr("set by hand (stage default {percent})").format(
                    percent=format_probability(result.stage_percent)
                )
            )
        else:
            self.probability_label.setText(self.tr("the stage default"))
        self.reset_probability_button.setEnabled(result.overridden)
        self.weighted_label.setText(
            self.tr("Weighted: {amount}").format(
                amount=format_money(result.weighted_amount, view.currency)
            )
        )

    # -- showing
    def _render(self, view: DealView) -> None:
        self.view = view
        self.title_label.setText(view.title)
        self.amount_label.setText(format_money(view.amount, view.currency))
        self.stage_chip.setText(view.stage)
        self.stage_chip.setProperty("role", f"stage-{view.current_stage.kind}")
        self.stage_chip.style().unpolish(self.stage_chip)
        self.stage_chip.style().polish(self.stage_chip)
        self.status_label.setText(status_label(view.status))
        self.probability_error.hide()
        self._show_probability(view.probability)

        self.account_link.setVisible(view.account is not None)
        self.account_link.setText(view.account.name if view.account else "")
        self.contact_link.setVisible(view.contact is not None)
        self.contact_link.setText(view.contact.name if view.contact else "")
        if view.account is None and view.contact is None:
            self.customer_title.setText(self.tr("Customer: none"))
        else:
            self.customer_title.setText(self.tr("Customer:"))

        while self.fields.rowCount():
            self.fields.removeRow(0)

        def add(label: str, text: str | None) -> None:
            if text:
                value = QLabel(text)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields.addRow(label, value)

        add(self.tr("Pipeline:"), view.pipeline)
        add(self.tr("Expected close:"), short_date(view.expected_close))
        add(self.tr("Closed on:"), short_date(view.closed_at))
        add(self.tr("Lost because:"), view.lost_reason)
        add(self.tr("Owner:"), view.owner)
        add(self.tr("Source:"), view.source)
        add(self.tr("Description:"), view.description)

        current = view.current_stage
        self.current_stage_label.setText(
            self.tr("In “{stage}” since {date}: %n day(s)", "", current.days).format(
                stage=current.name, date=short_date(current.entered_at)
            )
        )
        _fill(
            self.history_table,
            [
                self.tr("When"),
                self.tr("From"),
                self.tr("To"),
                self.tr("By"),
                self.tr("Days in the previous stage"),
            ],
            [
                (
                    "",
                    [
                        short_datetime(move.changed_at),
                        move.from_stage or self.tr("(created)"),
                        move.to_stage,
                        move.changed_by or "",
                        format_number(move.days_in_previous)
                        if move.days_in_previous is not None
                        else "",
                    ],
                )
                for move in view.history
            ],
        )
        _fill(
            self.activities_table,
            [
                self.tr("When"),
                self.tr("Type"),
                self.tr("Subject"),
                self.tr("Outcome"),
                self.tr("Owner"),
            ],
            [
                (
                    a.id,
                    [
                        short_datetime(a.done_at)
                        if a.done_at is not None
                        else self.tr("due {time}").format(time=short_datetime(a.due_at)),
                        activity_label(a.type),
                        a.subject,
                        a.outcome or "",
                        a.owner or "",
                    ],
                )
                for a in view.activities
            ],
        )
        _fill(
            self.quotes_table,
            [
                self.tr("Number"),
                self.tr("Version"),
                self.tr("Status"),
                self.tr("Total"),
                self.tr("Issued"),
            ],
            [
                (
                    qt.id,
                    [
                        qt.number,
                        format_number(qt.version),
                        status_label(qt.status),
                        format_money(qt.total, qt.currency),
                        short_date(qt.issue_date),
                    ],
                )
                for qt in view.quotes
            ],
        )
        _fill(
            self.products_table,
            [self.tr("Product"), self.tr("Quantity"), self.tr("Unit price")],
            [
                (
                    p.product_id or "",
                    [
                        p.name,
                        " ".join(x for x in (format_number(p.quantity.normalize()), p.unit) if x),
                        format_money(p.unit_price, p.currency),
                    ],
                )
                for p in view.products
            ],
        )
        _fill(
            self.people_table,
            [self.tr("Name"), self.tr("Job title"), self.tr("Role")],
            [
                (
                    p.id,
                    [
                        p.full_name,
                        p.title or "",
                        self.tr("Contact of the deal")
                        if p.is_deal_contact
                        else self.tr("In the activities"),
                    ],
                )
                for p in view.people
            ],
        )

    def _open_party(self, kind: str) -> None:
        view = self.view
        party = None if view is None else view.account if kind == "account" else view.contact
        if party is not None:
            self.open_record(party.kind, party.id)

    # -- commands
    def log_activity(self) -> None:
        """Ctrl+L: log an activity for this deal's customer, linked to the deal."""
        view = self.view
        customer = view.customer if view is not None else None
        if view is None or customer is None:
            self.probability_error.setText(
                self.tr("This deal has no customer: link one before logging an activity.")
            )
            self.probability_error.show()
            return
        # The deal's contact when there is one (the account is derived from it).
        party = view.contact or customer
        dialog = LogActivityDialog(
            self.ctx, self.runner, party.kind, party.id, view.title, self, deal_id=view.id
        )
        dialog.logged.connect(lambda _record: self.reload())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
