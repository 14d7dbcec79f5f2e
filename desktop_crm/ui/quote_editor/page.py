"""The quote editor: header, lines typed with the keyboard, live totals, the quote's
commands (save, send, accept, reject, revise, delete, export, print) and its versions.

Reading and writing run on the TaskRunner; the live totals are pure arithmetic on the GUI
thread. ``show_quote`` / ``new_quote`` may be called at any time (late answers are dropped).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.domain.amount_words import amount_in_words
from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.domain.money import SUPPORTED_CURRENCIES
from desktop_crm.domain.quote_math import LineAmounts, QuoteTotals
from desktop_crm.errors import UserError
from desktop_crm.services import catalogue, contacts, deals, quotes
from desktop_crm.services.catalogue import ProductRecord
from desktop_crm.services.quotes import QuoteDefaults, QuoteInput, QuoteRecord
from desktop_crm.ui import msgbox
from desktop_crm.ui.contacts.labels import short_date
from desktop_crm.ui.i18n import LANGUAGE_NAMES, format_money, format_number, translate_error
from desktop_crm.ui.pages.base import Page
from desktop_crm.ui.quote_editor import versions
from desktop_crm.ui.quote_editor.lines_table import (
    CODE,
    EditLine,
    LinesModel,
    LinesView,
    line_error,
    normalise_number,
)
from desktop_crm.ui.workers import TaskControl, TaskRunner

CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Loaded:
    record: QuoteRecord | None
    all_versions: tuple[QuoteRecord, ...]
    products: list[ProductRecord]
    defaults: QuoteDefaults
    customer: str
    can_win: bool


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class QuoteEditorPage(Page):
    """One quote, or a new one; ``go_back`` leaves; ``open_record`` opens a linked record."""

    icon_name = "quotes"
    expanding_body = True
    loaded = Signal()
    saved = Signal()
    exported = Signal(str)  # the file written (export, Open PDF, Print)

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        open_record: Callable[[str, str], None],
        go_back: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quoteEditor")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ctx, self.runner = ctx, runner
        self.open_record, self.go_back = open_record, go_back
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
        self.record: QuoteRecord | None = None
        self.all_versions: tuple[QuoteRecord, ...] = ()
        self.parties: dict[str, str | None] = {"deal": None, "account": None, "contact": None}
        self.customer: tuple[str, str] | None = None  # chosen in the picker
        self.customer_name = ""
        self.can_win = False
        self.totals: QuoteTotals | None = None
        self.problems: list[str] = []
        self._generation = 0
        self._busy = False
        # Everything scrolls: the editor must not make the window's minimum size larger.
        scroll = QScrollArea()
        scroll.setObjectName("quoteEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        self.body.addWidget(scroll)
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(content)

        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(lambda: self.go_back())
        self.status_label = QLabel()
        self.status_label.setObjectName("quoteStatus")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.status_label)
        top.addStretch(1)
        self.body.addLayout(top)
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setProperty("role", "error")
        self.latest_button = QPushButton()
        self.latest_button.setObjectName("latestVersion")
        self.latest_button.setFlat(True)
        self.latest_button.clicked.connect(self._open_latest)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner)
        banner_row.addWidget(self.latest_button)
        banner_row.addStretch(1)
        self.body.addLayout(banner_row)

        # Header.
        self.customer_label = QLabel()
        self.customer_label.setObjectName("customerName")
        self.customer_combo = QComboBox()
        self.customer_combo.setObjectName("customerPicker")
        self.customer_combo.setEditable(True)
        self.customer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer_combo.lineEdit().textEdited.connect(self._customer_typed)
        self.customer_combo.activated.connect(self._customer_chosen)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._search_customers)
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("currency")
        self.currency_combo.addItems(list(SUPPORTED_CURRENCIES))
        self.currency_combo.currentTextChanged.connect(self._currency_changed)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("quoteLanguage")
        for code in ("vi", "en"):
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.currentIndexChanged.connect(lambda _i: self.recompute())
        self.issue_edit = QDateEdit()
        self.issue_edit.setObjectName("issueDate")
        self.valid_edit = QDateEdit()
        self.valid_edit.setObjectName("validUntil")
        for edit in (self.issue_edit, self.valid_edit):
            edit.setCalendarPopup(True)
        self.payment_edit = QLineEdit()
        self.payment_edit.setObjectName("paymentTerms")
        self.delivery_edit = QLineEdit()
        self.delivery_edit.setObjectName("deliveryTerms")
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("notes")
        self.discount_edit = QLineEdit()
        self.discount_edit.setObjectName("quoteDiscount")
        self.discount_edit.setMaximumWidth(80)
        self.discount_edit.textEdited.connect(lambda _t: self.recompute())
        self.header = QGridLayout()
        self.header_labels = [QLabel() for _ in range(10)]
        cells: list[tuple[QWidget, int, int]] = [
            (self.customer_label, 0, 1),
            (self.customer_combo, 0, 1),
            (self.currency_combo, 1, 1),
            (self.language_combo, 1, 3),
            (self.issue_edit, 2, 1),
            (self.valid_edit, 2, 3),
            (self.payment_edit, 3, 1),
            (self.delivery_edit, 3, 3),
            (self.notes_edit, 4, 1),
            (self.discount_edit, 4, 3),
        ]
        for label, (widget, row, column) in zip(self.header_labels, cells, strict=True):
            if widget is not self.customer_combo:
                self.header.addWidget(label, row, column - 1)
            label.setBuddy(widget)
            self.header.addWidget(widget, row, column, 1, 3 if widget is self.customer_label else 1)
        self.header.setColumnStretch(1, 1)
        self.header.setColumnStretch(3, 1)
        self.body.addLayout(self.header)

        # Lines, their problems, the totals.
        self.lines_model = LinesModel(self)
        self.lines_model.changed.connect(self.recompute)
        self.lines_view = LinesView(self.lines_model)
        self.body.addWidget(self.lines_view, 1)
        for keys, action in (
            ("Ctrl+Del", self.lines_view.remove_current),
            ("Alt+Up", lambda: self._move_line(-1)),
            ("Alt+Down", lambda: self._move_line(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.lines_view, activated=action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.error_label = QLabel()
        self.error_label.setObjectName("linesError")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.body.addWidget(self.error_label)
        self.totals_form = QFormLayout()
        self.totals_form.setObjectName("totals")
        self.subtotal_label = self._figure("subtotal")
        self.discount_label = self._figure("discountAmount")
        self.taxable_label = self._figure("taxable")
        self.vat_label = self._figure("vatByRate")
        self.total_label = self._figure("grandTotal")
        self.words_label = QLabel()
        self.words_label.setObjectName("amountInWords")
        self.words_label.setWordWrap(True)
        self.totals_titles = [QLabel() for _ in range(5)]
        for title, value in zip(
            self.totals_titles,
            (
                self.subtotal_label,
                self.discount_label,
                self.taxable_label,
                self.vat_label,
                self.total_label,
            ),
            strict=True,
        ):
            self.totals_form.addRow(title, value)
        self.totals_form.addRow(self.words_label)
        bottom = QHBoxLayout()
        self.versions_title = QLabel()
        self.versions_list = QListWidget()
        self.versions_list.setObjectName("versions")
        self.versions_list.setMaximumHeight(110)
        self.versions_list.currentItemChanged.connect(self._version_selected)
        self.versions_list.itemActivated.connect(
            lambda item: self.show_quote(item.data(Qt.ItemDataRole.UserRole))
        )
        self.diff_label = QLabel()
        self.diff_label.setObjectName("versionDiff")
        self.diff_label.setWordWrap(True)
        self.diff_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        versions_box = QGridLayout()
        versions_box.addWidget(self.versions_title, 0, 0)
        versions_box.addWidget(self.versions_list, 1, 0)
        versions_box.addWidget(self.diff_label, 2, 0)
        bottom.addLayout(versions_box, 1)
        bottom.addLayout(self.totals_form)
        self.body.addLayout(bottom)

        # Commands.
        self.save_button = self._button("save", self.save)
        self.sent_button = self._button("markSent", self.mark_sent)
        self.accept_button = self._button("accept", self.accept_quote)
        self.reject_button = self._button("reject", self.reject_quote)
        self.revise_button = self._button("revise", self.revise)
        self.delete_button = self._button("deleteDraft", self.delete_draft)
        self.pdf_button = self._button("exportPdf", lambda: self.export(".pdf"))
        self.xlsx_button = self._button("exportXlsx", lambda: self.export(".xlsx"))
        self.open_pdf_button = self._button("openPdf", self.open_pdf)
        self.print_button = self._button("print", self.print_quote)
        buttons = QHBoxLayout()
        for button in (
            self.save_button,
            self.sent_button,
            self.accept_button,
            self.reject_button,
            self.revise_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.pdf_button, self.xlsx_button, self.open_pdf_button, self.print_button):
            buttons.addWidget(button)
        self.body.addLayout(buttons)
        save = QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back = QShortcut(QKeySequence("Alt+Left"), self, activated=lambda: self.go_back())
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()
        self._update_state()

    def _figure(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- texts
    def title(self) -> str:
        if self.record is not None:
            return self.tr("Quote {number}").format(number=self.record.display_number)
        return self.tr("New quote")

    def retranslate_fixed(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to where you were (Alt+Left)"))
        for label, text in zip(
            self.header_labels,
            (
                self.tr("Customer:"),
                self.tr("Customer:"),
                self.tr("C&urrency:"),
                self.tr("Lan&guage of the quote:"),
                self.tr("&Issue date:"),
                self.tr("&Valid until:"),
                self.tr("&Payment terms:"),
                self.tr("D&elivery terms:"),
                self.tr("&Notes:"),
                self.tr("Quote &discount %:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.customer_combo.setPlaceholderText(self.tr("Type a customer's name…"))
        self.lines_model.headers = [
            self.tr("Code"),
            self.tr("Description"),
            self.tr("Unit"),
            self.tr("Qty"),
            self.tr("Unit price"),
            self.tr("Disc %"),
            self.tr("VAT %"),
            self.tr("Amount"),
            self.tr("VAT"),
        ]
        self.lines_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 8)
        for title, text in zip(
            self.totals_titles,
            (
                self.tr("Subtotal:"),
                self.tr("Discount:"),
                self.tr("Total before VAT:"),
                self.tr("VAT:"),
                self.tr("Grand total:"),
            ),
            strict=True,
        ):
            title.setText(text)
        self.versions_title.setText(self.tr("Versions"))
        self.latest_button.setText(self.tr("Open the latest version"))
        for button, text in (
            (self.save_button, self.tr("&Save (Ctrl+S)")),
            (self.sent_button, self.tr("Mark as se&nt")),
            (self.accept_button, self.tr("&Accept")),
            (self.reject_button, self.tr("Re&ject")),
            (self.revise_button, self.tr("&Revise")),
            (self.delete_button, self.tr("Delete draft")),
            (self.pdf_button, self.tr("Export PDF…")),
            (self.xlsx_button, self.tr("Export Excel…")),
            (self.open_pdf_button, self.tr("Open PDF")),
            (self.print_button, self.tr("&Print…")),
        ):
            button.setText(text)
        if self.record is not None:
            self._render_record()
        self.recompute()

    # -- loading
    def new_quote(
        self,
        deal_id: str | None = None,
        account_id: str | None = None,
        contact_id: str | None = None,
    ) -> None:
        self.record = None
        self.all_versions = ()
        self.parties = {"deal": deal_id, "account": account_id, "contact": contact_id}
        self.customer = None
        self._load(None)

    def show_quote(self, quote_id: str) -> None:
        if self.record is None or self.record.id != quote_id:
            self.title_label.setText(self.loading_text())
        self._load(quote_id)

    def _load(self, quote_id: str | None) -> None:
        self._generation += 1
        generation = self._generation
        db, parties = self.ctx.db, dict(self.parties)

        def job(_control: TaskControl) -> Loaded:
            with db.uow() as uow:
                products = catalogue.list_products(uow, active_only=True)
                defaults = quotes.get_defaults(uow)
                if quote_id is not None:
                    record = quotes.get_quote(uow, quote_id)
                    every = tuple(quotes.get_quote(uow, v[0]) for v in record.versions)
                    can_win = record.status == "sent" and quotes.can_win_deal(uow, record.id)
                    return Loaded(record, every, products, defaults, record.customer_name, can_win)
                name = ""
                if parties["deal"]:
                    deal = deals.get_deal(uow, parties["deal"])
                    account, contact = deals.customer_names(uow, deal)
                    name = f"{deal.title} — {account or contact or ''}".rstrip(" —")
                elif parties["account"]:
                    name = contacts.get_account(uow, parties["account"]).name
                elif parties["contact"]:
                    name = contacts.get_contact(uow, parties["contact"]).full_name
                return Loaded(None, (), products, defaults, name, False)

        def done(loaded: Loaded) -> None:
            if generation == self._generation:
                self._show_loaded(loaded)
                self.loaded.emit()

        self.runner.run(job, on_done=done, name="quote editor")

    def _show_loaded(self, loaded: Loaded) -> None:
        self.lines_model.products = loaded.products
        self.lines_view.delegate.set_products(loaded.products)
        self.record, self.all_versions = loaded.record, loaded.all_versions
        self.customer_name, self.can_win = loaded.customer, loaded.can_win
        record = loaded.record
        if record is None:
            today = self.clock().astimezone().date()
            defaults = loaded.defaults
            self.currency_combo.setCurrentText("VND")
            self.language_combo.setCurrentIndex(0)
            self.issue_edit.setDate(_qdate(today))
            self.valid_edit.setDate(_qdate(today + dt.timedelta(days=defaults.validity_days)))
            self.payment_edit.setText(defaults.payment_terms)
            self.delivery_edit.setText(defaults.delivery_terms)
            self.notes_edit.setText(defaults.notes)
            self.discount_edit.setText("0")
            self.lines_model.set_currency("VND")
            self.lines_model.set_lines([EditLine()])
            self.customer_combo.setEditText("")
        else:
            self.parties = {
                "deal": record.deal_id,
                "account": record.account_id,
                "contact": record.contact_id,
            }
            self.currency_combo.setCurrentText(record.currency)
            self.language_combo.setCurrentIndex(
                max(0, self.language_combo.findData(record.language))
            )
            self.issue_edit.setDate(_qdate(record.issue_date))
            if record.valid_until is not None:
                self.valid_edit.setDate(_qdate(record.valid_until))
            self.payment_edit.setText(record.payment_terms or "")
            self.delivery_edit.setText(record.delivery_terms or "")
            self.notes_edit.setText(record.notes or "")
            self.discount_edit.setText(format(record.discount_percent.normalize(), "f"))
            self.lines_model.set_currency(record.currency)
            lines = [EditLine.of(line) for line in record.lines]
            if record.editable:
                lines.append(EditLine())
            self.lines_model.set_lines(lines)
        self._render_record()
        self._update_state()
        self.recompute()
        if self.lines_model.rowCount() and not self.lines_model.read_only:
            self.lines_view.go_to(0, CODE, edit=False)
            self.lines_view.setFocus()

    def _render_record(self) -> None:
        record = self.record
        self.title_label.setText(self.title())
        has_customer = any(self.parties.values())
        self.customer_label.setVisible(has_customer)
        self.customer_combo.setVisible(not has_customer)
        self.header_labels[0].setVisible(has_customer)
        self.customer_label.setText(self.customer_name)
        self.versions_list.blockSignals(True)
        self.versions_list.clear()
        for version in self.all_versions:
            item = QListWidgetItem(
                self.tr("v{version} · {status} · {date} · {total}").format(
                    version=version.version,
                    status=self.status_name(version.status),
                    date=short_date(version.issue_date),
                    total=format_money(version.totals.total, version.currency),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            self.versions_list.addItem(item)
            if record is not None and version.id == record.id:
                self.versions_list.setCurrentItem(item)
        self.versions_list.blockSignals(False)
        self.diff_label.clear()
        if record is None:
            self.status_label.setText(self.status_name("draft"))
            self.banner.hide()
            self.latest_button.hide()
            return
        self.status_label.setText(self.status_name(record.status))
        stale = not record.is_latest
        self.banner.setVisible(stale)
        self.latest_button.setVisible(stale)
        if stale:
            self.banner.setText(
                self.tr("Version {version} was revised — read-only").format(version=record.version)
            )

    def status_name(self, status: str) -> str:
        names = {
            "draft": self.tr("Draft"),
            "sent": self.tr("Sent"),
            "accepted": self.tr("Accepted"),
            "rejected": self.tr("Rejected"),
            "expired": self.tr("Expired"),
        }
        return names.get(status, status)

    def _update_state(self) -> None:
        record = self.record
        editable = record is None or record.editable
        self.lines_model.read_only = not editable
        for widget in (
            self.currency_combo,
            self.language_combo,
            self.issue_edit,
            self.valid_edit,
            self.payment_edit,
            self.delivery_edit,
            self.notes_edit,
            self.discount_edit,
            self.customer_combo,
        ):
            widget.setEnabled(editable and not self._busy)
        latest = record is not None and record.is_latest
        status = record.status if record is not None else "draft"
        idle = not self._busy
        self.save_button.setEnabled(editable and idle)
        self.sent_button.setEnabled(latest and status == "draft" and idle)
        self.accept_button.setEnabled(latest and status == "sent" and idle)
        self.reject_button.setEnabled(latest and status == "sent" and idle)
        self.revise_button.setEnabled(latest and status in ("sent", "rejected", "expired") and idle)
        self.delete_button.setEnabled(latest and status == "draft" and idle)
        for button in (self.pdf_button, self.xlsx_button, self.open_pdf_button, self.print_button):
            button.setEnabled(record is not None and bool(record.lines) and idle)

    # -- the customer picker
    def _customer_typed(self, _text: str) -> None:
        self.customer = None
        self._search_timer.start()

    def _search_customers(self) -> None:
        text = self.customer_combo.currentText()
        db = self.ctx.db

        def job(_control: TaskControl) -> list[deals.CustomerChoice]:
            with db.uow() as uow:
                return deals.find_customers(uow, text)

        def done(choices: list[deals.CustomerChoice]) -> None:
            if self.customer_combo.currentText() != text:
                return
            self.customer_combo.blockSignals(True)
            self.customer_combo.clear()
            for choice in choices:
                self.customer_combo.addItem(choice.name, (choice.kind, choice.id))
            self.customer_combo.setCurrentIndex(-1)
            self.customer_combo.setEditText(text)
            self.customer_combo.blockSignals(False)
            if choices and self.customer_combo.isVisible():
                self.customer_combo.showPopup()

        self.runner.run(job, on_done=done, name="find customers")

    def _customer_chosen(self, index: int) -> None:
        data = self.customer_combo.itemData(index)
        self.customer = (str(data[0]), str(data[1])) if data else None

    # -- live totals
    def _currency_changed(self, currency: str) -> None:
        self.lines_model.set_currency(currency)
        self.recompute()

    def _move_line(self, delta: int) -> None:
        index = self.lines_view.currentIndex()
        editable = index.isValid() and not self.lines_model.read_only
        if editable and self.lines_model.move_line(index.row(), delta):
            self.lines_view.go_to(index.row() + delta, index.column(), edit=False)

    def recompute(self) -> None:
        """Check every line and show the totals of the good ones, with the problems below."""
        currency = self.currency_combo.currentText()
        errors: dict[tuple[int, int], str] = {}
        good: list[tuple[int, quotes.LineInput]] = []
        for row, line in self.lines_model.filled():
            data = line.as_input()
            try:
                quotes.clean_line(data, row + 1)
            except FieldError as error:
                cell, message = line_error(error, row)
                errors[cell] = message
                continue
            good.append((row, data))
        problems = list(errors.values())
        totals: QuoteTotals | None = None
        discount = normalise_number(self.discount_edit.text()) or "0"
        try:
            totals = quotes.preview_totals(tuple(d for _, d in good), discount, currency)
        except FieldError as error:
            problems.append(translate_error(error))
            try:
                totals = quotes.preview_totals(tuple(d for _, d in good), "0", currency)
            except FieldError:
                totals = None
        amounts: dict[int, LineAmounts] = {}
        if totals is not None:
            amounts = {row: a for (row, _), a in zip(good, totals.lines, strict=True)}
        self.lines_model.show_check(amounts, errors)
        self.problems = problems
        self.error_label.setText("\n".join(problems))
        self.error_label.setVisible(bool(problems))
        self.totals = totals
        self._show_totals(totals, currency)

    def _show_totals(self, totals: QuoteTotals | None, currency: str) -> None:
        if totals is None:
            for label in (self.subtotal_label, self.discount_label, self.taxable_label):
                label.clear()
            self.vat_label.clear()
            self.total_label.clear()
            self.words_label.clear()
            return
        self.subtotal_label.setText(format_money(totals.subtotal, currency))
        self.discount_label.setText(format_money(-totals.discount, currency))
        self.taxable_label.setText(format_money(totals.taxable, currency))
        self.vat_label.setText(
            "\n".join(
                self.tr("{rate} %: {amount}").format(
                    rate=format_number(r.rate.normalize()), amount=format_money(r.vat, currency)
                )
                for r in totals.by_rate
            )
            or format_money(Decimal(0), currency)
        )
        self.total_label.setText(format_money(totals.total, currency))
        language = self.language_combo.currentData() or "vi"
        self.words_label.setText(amount_in_words(totals.total, currency, language))

    # -- saving
    def quote_input(self) -> QuoteInput:
        deal, account, contact = (self.parties[k] for k in ("deal", "account", "contact"))
        if not any((deal, account, contact)) and self.customer is not None:
            kind, key = self.customer
            account, contact = (key, None) if kind == "account" else (None, key)
        return QuoteInput(
            issue_date=_date(self.issue_edit.date()),
            deal_id=deal,
            account_id=account,
            contact_id=contact,
            currency=self.currency_combo.currentText(),
            language=self.language_combo.currentData() or "vi",
            valid_until=_date(self.valid_edit.date()),
            payment_terms=self.payment_edit.text(),
            delivery_terms=self.delivery_edit.text(),
            notes=self.notes_edit.text(),
            discount_percent=normalise_number(self.discount_edit.text()) or "0",
            owner_id=self.record.owner_id if self.record is not None else None,
            lines=tuple(line.as_input() for _, line in self.lines_model.filled()),
        )

    def save(self, then: Callable[[QuoteRecord], None] | None = None) -> None:
        """Ctrl+S: refused with the problems shown when a line or the discount is wrong."""
        if self.lines_model.read_only or self._busy:
            return
        view = self.lines_view
        if view.state() == LinesView.State.EditingState:
            editor = view.focusWidget()
            if editor is not None:
                view.commitData(editor)
                view.closeEditor(editor, view.itemDelegate().EndEditHint.NoHint)
        self.recompute()
        if self.problems:
            msgbox.warning(self, self.tr("The quote was not saved."), "\n".join(self.problems))
            return
        data = self.quote_input()
        quote_id, db, now = (self.record.id if self.record else None), self.ctx.db, self.clock()

        def job(_control: TaskControl) -> QuoteRecord:
            with db.uow() as uow:
                if quote_id is None:
                    return quotes.create_quote(uow, data, now)
                return quotes.update_quote(uow, quote_id, data, now)

        def done(record: QuoteRecord) -> None:
            self.saved.emit()
            if then is not None:
                then(record)
            else:
                self.show_quote(record.id)

        self._run(job, done, "save quote")

    def _run(
        self, job: Callable[[TaskControl], Any], done: Callable[[Any], None], name: str
    ) -> None:
        self._busy = True
        self._update_state()

        def finished(result: Any) -> None:
            self._busy = False
            self._update_state()
            done(result)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_state()
            if isinstance(exc, UserError):
                msgbox.warning(self, translate_error(exc))
            else:
                self.runner.report_error(exc)

        self.runner.run(job, on_done=finished, on_error=failed, name=name)

    # -- statuses
    def _after_save(self, action: Callable[[str], None]) -> None:
        """Save pending edits of a draft first, then ``action(quote_id)``."""
        if self.record is None or self.record.editable:
            self.save(then=lambda record: action(record.id))
        else:
            action(self.record.id)

    def mark_sent(self) -> None:
        def send(quote_id: str) -> None:
            db, now = self.ctx.db, self.clock()
            today = now.astimezone().date()

            def job(_control: TaskControl) -> QuoteRecord:
                with db.uow() as uow:
                    return quotes.mark_sent(uow, quote_id, now, today)

            self._run(job, lambda r: self.show_quote(r.id), "mark quote sent")

        self._after_save(send)

    def accept_quote(self) -> None:
        if self.record is None:
            return
        win = False
        if self.can_win:
            win = msgbox.question(
                self,
                self.tr("Mark the deal won?"),
                self.tr("Mark won"),
                self.tr("Keep it open"),
            )
        quote_id, db, now = self.record.id, self.ctx.db, self.clock()

        def job(_control: TaskControl) -> QuoteRecord:
            with db.uow() as uow:
                return quotes.accept_quote(uow, quote_id, now, win_deal=win)

        self._run(job, lambda r: self.show_quote(r.id), "accept quote")

    def reject_quote(self) -> None:
        if self.record is None:
            return
        quote_id, db, now = self.record.id, self.ctx.db, self.clock()

        def job(_control: TaskControl) -> QuoteRecord:
            with db.uow() as uow:
                return quotes.reject_quote(uow, quote_id, now)

        self._run(job, lambda r: self.show_quote(r.id), "reject quote")

    def revise(self) -> None:
        if self.record is None:
            return
        quote_id, db, now = self.record.id, self.ctx.db, self.clock()
        today = now.astimezone().date()

        def job(_control: TaskControl) -> QuoteRecord:
            with db.uow() as uow:
                return quotes.revise_quote(uow, quote_id, now, today)

        self._run(job, lambda r: self.show_quote(r.id), "revise quote")

    def delete_draft(self) -> None:
        record = self.record
        if record is None:
            self.go_back()
            return
        if not msgbox.question(
            self,
            self.tr("Delete the draft quote {number}?").format(number=record.display_number),
            self.tr("Delete"),
            self.tr("Keep it"),
        ):
            return
        db, now = self.ctx.db, self.clock()

        def job(_control: TaskControl) -> None:
            with db.uow() as uow:
                quotes.delete_quote(uow, record.id, now)

        def done(_result: None) -> None:
            self.record = None
            self.go_back()

        self._run(job, done, "delete quote")

    def _open_latest(self) -> None:
        for version in self.all_versions:
            if version.is_latest:
                self.show_quote(version.id)

    # -- versions
    def _version_selected(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is None or self.record is None:
            self.diff_label.clear()
            return
        chosen = next(
            (v for v in self.all_versions if v.id == item.data(Qt.ItemDataRole.UserRole)), None
        )
        if chosen is None or chosen.id == self.record.id:
            self.diff_label.clear()
            return
        old, new = sorted((chosen, self.record), key=lambda r: r.version)
        lines = versions.describe(quotes.compare_versions(old, new), new.currency)
        heading = self.tr("From version {old} to version {new}:").format(
            old=old.version, new=new.version
        )
        self.diff_label.setText("\n".join([heading, *lines]) if lines else heading + " —")

    # -- files
    def _file_job(self, path: Path) -> Callable[[TaskControl], Path]:
        assert self.record is not None
        quote_id, db = self.record.id, self.ctx.db

        def job(_control: TaskControl) -> Path:
            from desktop_crm.exports.quote_files import export_quote

            with db.uow() as uow:
                document = quotes.build_document(uow, quote_id)
            export_quote(document, path)
            return path

        return job

    def export(self, suffix: str) -> None:
        from desktop_crm.exports.quote_files import default_file_name

        record = self.record
        if record is None:
            return
        title, name_filter = (
            (self.tr("Export the quote as PDF"), self.tr("PDF files (*.pdf)"))
            if suffix == ".pdf"
            else (self.tr("Export the quote as Excel"), self.tr("Excel workbooks (*.xlsx)"))
        )
        suggested = default_file_name(record.number, record.version, record.customer_name, suffix)
        path = msgbox.save_file(self, title, name_filter, suggested)
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)

        def done(written: Path) -> None:
            self.status_label.setText(
                self.tr("The quote was written to {path}").format(path=written)
            )
            self.exported.emit(str(written))

        self._run(self._file_job(path), done, "export quote")

    def _temporary_pdf(self) -> Path:
        from desktop_crm.exports.quote_files import default_file_name

        assert self.record is not None
        folder = Path(tempfile.mkdtemp(prefix="desktop-crm-quote-"))
        record = self.record
        return folder / default_file_name(
            record.number, record.version, record.customer_name, ".pdf"
        )

    def open_pdf(self) -> None:
        if self.record is None:
            return

        def done(path: Path) -> None:
            self.exported.emit(str(path))
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                msgbox.warning(
                    self,
                    self.tr("The PDF {path} could not be opened here.").format(path=path),
                )

        self._run(self._file_job(self._temporary_pdf()), done, "open quote pdf")

    def print_quote(self) -> None:
        if self.record is None:
            return

        def done(path: Path) -> None:
            from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

            from desktop_crm.ui.quote_editor.printing import print_pdf

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintPreviewDialog(printer, self)
            dialog.paintRequested.connect(lambda target: print_pdf(path, target))
            self.print_dialog = dialog
            dialog.open()

        self._run(self._file_job(self._temporary_pdf()), done, "print quote")
