"""The 360° view of one contact or account: fields, company and people, deals, quotes, care
cases and one timeline (lazy, newest first, filterable by type).

Everything is read on a worker; ``show_record`` may be called again for another record at
any time (late answers for the previous one are dropped).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import customer_view
from desktop_crm.services.customer_view import ALL_CATEGORIES, CustomerView
from desktop_crm.ui.contacts.labels import (
    category_label,
    channel_label,
    short_date,
    show_phone,
    stage_label,
    status_label,
)
from desktop_crm.ui.contacts.models import ID_ROLE, TimelineModel
from desktop_crm.ui.flow_layout import FlowLayout
from desktop_crm.ui.i18n import format_money
from desktop_crm.ui.segments import SegmentBox
from desktop_crm.ui.settings_lead_scoring import LeadScoreLabel
from desktop_crm.ui.workers import TaskControl, TaskRunner


def _table(object_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, list[str]]]) -> None:
    table.setRowCount(len(rows))
    for row, (record_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    height = table.horizontalHeader().height() + sum(
        table.rowHeight(r) for r in range(table.rowCount())
    )
    table.setFixedHeight(height + 4)


class CustomerDetail(QWidget):
    """The detail of one customer; ``open_record(kind, id)`` follows links to others."""

    loaded = Signal()
    back_requested = Signal()
    new_quote_requested = Signal(str, str)  # (contact|account, id) of the customer shown

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        open_record: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDetail")
        # Focusable, so F2, Esc and Ctrl+L work as soon as the detail opens.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ctx = ctx
        self.runner = runner
        self.open_record = open_record
        self.view: CustomerView | None = None
        self.kind = ""
        self.record_id = ""
        self.highlight: tuple[str, str] | None = None  # (deal|quote, id) to select when loaded
        self._generation = 0

        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editButton")
        self.log_button = QPushButton(self.tr("&Log activity… (Ctrl+L)"))
        self.log_button.setObjectName("logButton")
        self.new_person_button = QPushButton(self.tr("New &person here…"))
        self.new_person_button.setObjectName("newPersonButton")
        self.new_quote_button = QPushButton(self.tr("New &quote…"))
        self.new_quote_button.setObjectName("newQuoteButton")
        self.new_quote_button.clicked.connect(
            lambda: self.new_quote_requested.emit(self.kind, self.record_id)
        )
        self.name_label = QLabel()
        self.name_label.setObjectName("detailName")
        self.name_label.setProperty("role", "figure")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = FlowLayout(spacing=8)  # wraps in a narrow window
        top.addWidget(self.back_button)
        top.addWidget(self.new_person_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.log_button)
        top.addWidget(self.new_quote_button)

        # Left: fields, company and people, deals, quotes, cases.
        self.fields = QFormLayout()
        self.fields_box = QGroupBox(self.tr("Details"))
        self.fields_box.setLayout(self.fields)
        self.company_button = QPushButton()
        self.company_button.setObjectName("companyLink")
        self.company_button.setFlat(True)
        self.company_button.clicked.connect(self._open_company)
        self.people_box = QGroupBox()
        self.people_table = _table(
            "peopleTable", [self.tr("Name"), self.tr("Job title"), self.tr("Phone")]
        )
        self.people_table.itemActivated.connect(
            lambda item: self.open_record("contact", item.data(ID_ROLE))
        )
        QVBoxLayout(self.people_box).addWidget(self.people_table)
        self.deals_box = QGroupBox()
        deal_headers = [
            self.tr("Deal"),
            self.tr("Stage"),
            self.tr("Amount"),
            self.tr("Expected close"),
        ]
        self.open_deals_table = _table("openDealsTable", deal_headers)
        self.closed_deals_table = _table("closedDealsTable", deal_headers)
        for deals_table in (self.open_deals_table, self.closed_deals_table):
            deals_table.itemActivated.connect(
                lambda item: self.open_record("deal", item.data(ID_ROLE))
            )
        self.closed_label = QLabel()
        deals_layout = QVBoxLayout(self.deals_box)
        deals_layout.addWidget(self.open_deals_table)
        deals_layout.addWidget(self.closed_label)
        deals_layout.addWidget(self.closed_deals_table)
        self.quotes_box = QGroupBox()
        self.quotes_table = _table(
            "quotesTable",
            [self.tr("Number"), self.tr("Status"), self.tr("Total"), self.tr("Issued")],
        )
        QVBoxLayout(self.quotes_box).addWidget(self.quotes_table)
        self.care_box = QGroupBox()
        self.care_table = _table(
            "careTable",
            [self.tr("Subject"), self.tr("Status"), self.tr("Opened"), self.tr("Resolved")],
        )
        QVBoxLayout(self.care_box).addWidget(self.care_table)
        self.segment_box = SegmentBox(ctx, runner)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        for box in (
            self.fields_box,
            self.segment_box,
            self.people_box,
            self.deals_box,
            self.quotes_box,
            self.care_box,
        ):
            left_layout.addWidget(box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("detailScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)

        # Right: the timeline.
        self.timeline_model = TimelineModel(ctx, runner, self)
        self.timeline_filter = QComboBox()
        self.timeline_filter.setObjectName("timelineFilter")
        self.timeline_filter.addItem(self.tr("Everything"), None)
        for category in ALL_CATEGORIES:
            self.timeline_filter.addItem(category_label(category), category)
        self.timeline_filter.currentIndexChanged.connect(self._filter_timeline)
        self.timeline = QListView()
        self.timeline.setObjectName("timeline")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setUniformItemSizes(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.timeline_title = QLabel(self.tr("Timeline"))
        self.timeline_title.setProperty("role", "title")
        header.addWidget(self.timeline_title)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Show:")))
        header.addWidget(self.timeline_filter)
        right_layout.addLayout(header)
        right_layout.addWidget(self.timeline, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.name_label)
        self.lead_score = LeadScoreLabel(ctx, runner)  # leads and prospects only
        layout.addWidget(self.lead_score)
        layout.addWidget(splitter, 1)

    # -- loading
    def show_record(
        self, kind: str, record_id: str, highlight: tuple[str, str] | None = None
    ) -> None:
        self.kind, self.record_id, self.highlight = kind, record_id, highlight
        self.timeline_filter.blockSignals(True)
        self.timeline_filter.setCurrentIndex(0)
        self.timeline_filter.blockSignals(False)
        self.timeline_model.show(kind, record_id, ALL_CATEGORIES)
        self.segment_box.show_record(kind, record_id)
        self.reload()

    def reload(self) -> None:
        """Read the record again (after an edit) and its timeline from the top."""
        self._generation += 1
        generation = self._generation
        kind, record_id, db = self.kind, self.record_id, self.ctx.db
        if kind == "contact":
            self.lead_score.show_for(kind, record_id)
        else:
            self.lead_score.clear_score()

        def job(_control: TaskControl) -> CustomerView:
            with db.uow() as uow:
                return customer_view.load_view(uow, kind, record_id)

        def done(view: CustomerView) -> None:
            if generation == self._generation:
                self._render(view)

        self.runner.run(job, on_done=done, name="customer view")

    def refresh_timeline(self) -> None:
        self.timeline_model.show(self.kind, self.record_id)

    def _filter_timeline(self) -> None:
        category = self.timeline_filter.currentData()
        categories = ALL_CATEGORIES if category is None else (category,)
        self.timeline_model.show(self.kind, self.record_id, categories)

    # -- showing
    def _render(self, view: CustomerView) -> None:
        self.view = view
        self.name_label.setText(view.name)
        self.new_person_button.setVisible(view.kind == "account")
        while self.fields.rowCount():
            self.fields.removeRow(0)
        contact, account = view.contact, view.account

        def add(label: str, text: str | None) -> None:
            if text:
                value = QLabel(text)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields.addRow(label, value)

        if contact is not None:
            if account is not None:
                self.company_button = QPushButton(account.name)
                self.company_button.setObjectName("companyLink")
                self.company_button.setFlat(True)
                self.company_button.clicked.connect(self._open_company)
                self.fields.addRow(self.tr("Company:"), self.company_button)
            add(self.tr("Job title:"), contact.title)
            add(self.tr("Phones:"), "\n".join(show_phone(p.value) for p in contact.phones))
            add(self.tr("E-mails:"), "\n".join(e.value for e in contact.emails))
            add(self.tr("Stage:"), stage_label(contact.lifecycle_stage))
            add(
                self.tr("Preferred channel:"),
                channel_label(contact.preferred_channel) if contact.preferred_channel else None,
            )
            add(self.tr("Birthday:"), short_date(contact.birthday) if contact.birthday else None)
            add(
                self.tr("Consent:"),
                self.tr("Agrees to marketing messages since {date}").format(
                    date=short_date(contact.consent_at)
                )
                if contact.marketing_consent
                else self.tr("No marketing messages"),
            )
            add(self.tr("Tags:"), ", ".join(contact.tags))
            address = contact.address
            add(self.tr("Notes:"), contact.notes)
        else:
            assert account is not None
            add(self.tr("Tax code:"), account.tax_code)
            add(self.tr("Industry:"), account.industry)
            add(self.tr("Website:"), account.website)
            add(self.tr("Phones:"), "\n".join(show_phone(p.value) for p in account.phones))
            add(self.tr("E-mails:"), "\n".join(e.value for e in account.emails))
            add(self.tr("Tags:"), ", ".join(account.tags))
            address = account.address
            add(self.tr("Notes:"), account.notes)
        add(
            self.tr("Address:"),
            ", ".join(
                p for p in (address.street, address.ward, address.district, address.province) if p
            ),
        )
        add(self.tr("Owner:"), view.owner_name)

        if view.kind == "contact":
            self.people_box.setTitle(
                self.tr("Other people at the company ({count})").format(count=len(view.people))
            )
            self.people_box.setVisible(account is not None)
        else:
            self.people_box.setTitle(self.tr("People ({count})").format(count=len(view.people)))
            self.people_box.setVisible(True)
        _fill(
            self.people_table,
            [(p.id, [p.full_name, p.title or "", show_phone(p.phone)]) for p in view.people],
        )

        def deal_rows(deals: tuple[customer_view.DealSummary, ...]) -> list[tuple[str, list[str]]]:
            return [
                (
                    d.id,
                    [
                        d.title,
                        d.stage if d.is_open else status_label(d.status),
                        format_money(d.amount, d.currency),
                        short_date(d.expected_close),
                    ],
                )
                for d in deals
            ]

        self.deals_box.setTitle(self.tr("Open deals ({count})").format(count=len(view.open_deals)))
        _fill(self.open_deals_table, deal_rows(view.open_deals))
        self.closed_label.setText(
            self.tr("Closed deals ({count})").format(count=len(view.closed_deals))
        )
        _fill(self.closed_deals_table, deal_rows(view.closed_deals))
        self.quotes_box.setTitle(self.tr("Quotes ({count})").format(count=len(view.quotes)))
        _fill(
            self.quotes_table,
            [
                (
                    q.id,
                    [
                        q.number,
                        status_label(q.status),
                        format_money(q.total, q.currency),
                        short_date(q.issue_date),
                    ],
                )
                for q in view.quotes
            ],
        )
        self.care_box.setTitle(self.tr("Care cases ({count})").format(count=len(view.care_cases)))
        _fill(
            self.care_table,
            [
                (
                    c.id,
                    [
                        c.subject,
                        status_label(c.status),
                        short_date(c.opened_at),
                        short_date(c.resolved_at),
                    ],
                )
                for c in view.care_cases
            ],
        )
        self._apply_highlight()
        self.loaded.emit()

    def _apply_highlight(self) -> None:
        if self.highlight is None:
            return
        kind, record_id = self.highlight
        tables = (
            [self.open_deals_table, self.closed_deals_table]
            if kind == "deal"
            else [self.quotes_table]
        )
        for table in tables:
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                if item is not None and item.data(ID_ROLE) == record_id:
                    table.selectRow(row)
                    table.setFocus()
                    scroll = self.findChild(QScrollArea, "detailScroll")
                    if scroll is not None:
                        scroll.ensureWidgetVisible(table)
                    return

    def _open_company(self) -> None:
        if self.view is not None and self.view.account is not None and self.view.kind == "contact":
            self.open_record("account", self.view.account.id)
