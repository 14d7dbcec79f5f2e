"""Settings panel "Pipelines and stages": pipelines, their stages and the lost reasons.

Every change runs as one service call on the task runner; the panel then shows what the
database holds (also after a refusal, so a refused inline edit snaps back). GUI thread only.

Keyboard: F2 (or typing) edits a cell; Ctrl+Up / Ctrl+Down move the chosen stage or reason;
Delete removes the chosen stage.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.app import AppContext
from desktop_crm.services import pipeline_admin as admin
from desktop_crm.store.uow import UnitOfWork
from desktop_crm.ui import msgbox
from desktop_crm.ui.i18n import current_language, format_number
from desktop_crm.ui.workers import TaskControl, TaskRunner

NAME, PROBABILITY, ROTTING, KIND, DEALS = range(5)

Snapshot = tuple[tuple[admin.PipelineRow, ...], tuple[admin.LostReasonRow, ...]]
Change = Callable[[UnitOfWork], Any]  # returns the id of a new row to select, or None
Result = tuple[Snapshot, str, str | None]  # data, kind to select (pipeline/stage/reason), id


class PipelineSettingsBox(QGroupBox):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineSettings")
        self.ctx = ctx
        self.runner = runner
        self._filling = False
        self.pipelines: tuple[admin.PipelineRow, ...] = ()
        self.reasons: tuple[admin.LostReasonRow, ...] = ()
        self._wanted_pipeline: str | None = None
        self._wanted_stage: str | None = None
        self._wanted_reason: str | None = None
        # Changes run one after the other, in the order the user made them, so a slow
        # earlier job can never show an older state over a newer one.
        self._queue: list[tuple[Change | None, str, str, str | None]] = []
        self._busy = False
        self._keys: dict[QObject, dict[int, Callable[[], None]]] = {}

        self.pipeline_label = QLabel()
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setObjectName("pipelineChooser")
        self.pipeline_combo.currentIndexChanged.connect(lambda _i: self._show_stages())
        self.pipeline_label.setBuddy(self.pipeline_combo)
        self.new_pipeline = QLineEdit()
        self.new_pipeline.setObjectName("newPipelineName")
        self.new_pipeline.returnPressed.connect(self.add_pipeline)
        self.add_pipeline_button = QPushButton()
        self.add_pipeline_button.setObjectName("addPipeline")
        self.add_pipeline_button.clicked.connect(self.add_pipeline)
        self.default_button = QPushButton()
        self.default_button.setObjectName("makeDefaultPipeline")
        self.default_button.clicked.connect(self.make_default)
        top = QHBoxLayout()
        top.addWidget(self.pipeline_label)
        top.addWidget(self.pipeline_combo, 1)
        top.addWidget(self.default_button)
        top.addWidget(self.new_pipeline, 1)
        top.addWidget(self.add_pipeline_button)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("stageTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.table.itemChanged.connect(self._stage_edited)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._shortcut(self.table, "Ctrl+Up", lambda: self.move_stage(-1))
        self._shortcut(self.table, "Ctrl+Down", lambda: self.move_stage(1))
        self._shortcut(self.table, "Delete", self.remove_stage)

        self.new_stage = QLineEdit()
        self.new_stage.setObjectName("newStageName")
        self.new_stage.returnPressed.connect(self.add_stage)
        self.add_stage_button = QPushButton()
        self.add_stage_button.setObjectName("addStage")
        self.add_stage_button.clicked.connect(self.add_stage)
        self.up_button = QPushButton()
        self.up_button.setObjectName("stageUp")
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button = QPushButton()
        self.down_button.setObjectName("stageDown")
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeStage")
        self.remove_button.clicked.connect(self.remove_stage)
        stage_buttons = QHBoxLayout()
        stage_buttons.addWidget(self.new_stage, 1)
        stage_buttons.addWidget(self.add_stage_button)
        stage_buttons.addWidget(self.up_button)
        stage_buttons.addWidget(self.down_button)
        stage_buttons.addWidget(self.remove_button)

        self.reasons_label = QLabel()
        self.reason_list = QListWidget()
        self.reason_list.setObjectName("lostReasons")
        self.reason_list.setMaximumHeight(180)
        self.reason_list.itemChanged.connect(self._reason_edited)
        self.reason_list.itemSelectionChanged.connect(self._update_buttons)
        self.reasons_label.setBuddy(self.reason_list)
        self._shortcut(self.reason_list, "Ctrl+Up", lambda: self.move_reason(-1))
        self._shortcut(self.reason_list, "Ctrl+Down", lambda: self.move_reason(1))
        self.new_reason = QLineEdit()
        self.new_reason.setObjectName("newLostReason")
        self.new_reason.returnPressed.connect(self.add_reason)
        self.add_reason_button = QPushButton()
        self.add_reason_button.setObjectName("addLostReason")
        self.add_reason_button.clicked.connect(self.add_reason)
        self.reason_up_button = QPushButton()
        self.reason_up_button.setObjectName("lostReasonUp")
        self.reason_up_button.clicked.connect(lambda: self.move_reason(-1))
        self.reason_down_button = QPushButton()
        self.reason_down_button.setObjectName("lostReasonDown")
        self.reason_down_button.clicked.connect(lambda: self.move_reason(1))
        self.active_button = QPushButton()
        self.active_button.setObjectName("toggleLostReason")
        self.active_button.clicked.connect(self.toggle_reason)
        reason_buttons = QHBoxLayout()
        reason_buttons.addWidget(self.new_reason, 1)
        reason_buttons.addWidget(self.add_reason_button)
        reason_buttons.addWidget(self.reason_up_button)
        reason_buttons.addWidget(self.reason_down_button)
        reason_buttons.addWidget(self.active_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(stage_buttons)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.reason_list)
        layout.addLayout(reason_buttons)
        self.retranslate()
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        # Read each time the panel is shown, as deals may have moved since (the counts). Read
        # here on the GUI thread: a few stages and one grouped count over an index, which
        # takes milliseconds even with 50,000 deals (see the slice's notes).
        if not self._busy:
            with self.ctx.db.uow() as uow:
                snapshot = admin.list_pipelines(uow), admin.list_lost_reasons(uow)
            self._fill(snapshot)
        super().showEvent(event)

    def _shortcut(self, widget: QWidget, keys: str, slot: Callable[[], None]) -> None:
        # Key presses are caught on the widget itself rather than through QAction shortcuts,
        # which need an active window and would clash with the table's own editing keys.
        self._keys.setdefault(widget, {})[QKeySequence(keys)[0].toCombined()] = slot
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            slot = self._keys.get(watched, {}).get(event.keyCombination().toCombined())
            if slot is not None and not self._editing(watched):
                slot()
                return True
        return super().eventFilter(watched, event)

    def _editing(self, widget: QWidget) -> bool:
        return (
            isinstance(widget, QAbstractItemView)
            and widget.state() == QAbstractItemView.State.EditingState
        )

    # -- texts
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Pipelines and stages"))
        self.pipeline_label.setText(self.tr("&Pipeline:"))
        self.default_button.setText(self.tr("Use for new deals"))
        self.new_pipeline.setPlaceholderText(self.tr("Name of a new pipeline"))
        self.add_pipeline_button.setText(self.tr("Add pipeline"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Stage"),
                self.tr("Win probability %"),
                self.tr("Rotting after (days)"),
                self.tr("Kind"),
                self.tr("Deals"),
            ]
        )
        self.new_stage.setPlaceholderText(self.tr("Name of a new stage"))
        self.add_stage_button.setText(self.tr("Add stage"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.remove_button.setText(self.tr("Remove stage..."))
        self.table.setToolTip(
            self.tr(
                "Double-click or press F2 to edit a cell. Ctrl+Up and Ctrl+Down move the "
                "stage; Delete removes it."
            )
        )
        self.reasons_label.setText(self.tr("&Lost reasons:"))
        self.new_reason.setPlaceholderText(self.tr("A new lost reason"))
        self.add_reason_button.setText(self.tr("Add reason"))
        self.reason_up_button.setText(self.tr("Move up"))
        self.reason_down_button.setText(self.tr("Move down"))
        self._update_buttons()
        if self.pipelines or self.reasons:
            self._fill((self.pipelines, self.reasons))

    def _kind_text(self, kind: str) -> str:
        return {
            "open": self.tr("Open"),
            "won": self.tr("Won"),
            "lost": self.tr("Lost"),
        }.get(kind, kind)

    # -- reading
    def reload(self) -> None:
        self._run(None, "load pipelines")

    def _run(
        self, change: Change | None, name: str, kind: str = "", selected: str | None = None
    ) -> None:
        """Apply ``change`` (one service call that commits) on a worker, then show the data and
        select ``selected`` of ``kind`` (or the new row whose id ``change`` returned)."""
        self._queue.append((change, name, kind, selected))
        if not self._busy:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            return
        change, name, kind, selected = self._queue.pop(0)
        self._busy = True

        def job(_control: TaskControl) -> Result:
            chosen = selected
            if change is not None:
                with self.ctx.db.uow() as uow:
                    new_id = change(uow)
                    chosen = new_id if isinstance(new_id, str) else selected
            with self.ctx.db.uow() as uow:
                return (admin.list_pipelines(uow), admin.list_lost_reasons(uow)), kind, chosen

        self.runner.run(job, on_done=self._done, on_error=self._failed, name=name)

    def _done(self, result: Result) -> None:
        self._busy = False
        snapshot, kind, chosen = result
        if kind == "pipeline":
            self._wanted_pipeline = chosen
        elif kind == "stage":
            self._wanted_stage = chosen
        elif kind == "reason":
            self._wanted_reason = chosen
        self._fill(snapshot)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._queue.clear()  # later changes were made on what the refused one showed
        self.reload()  # an edit that was refused goes back to what is stored
        self.runner.report_error(exc)

    def _fill(self, snapshot: Snapshot) -> None:
        pipelines, reasons = snapshot
        wanted_pipeline = self._wanted_pipeline or self.current_pipeline_id()
        self.pipelines, self.reasons = pipelines, reasons
        self._filling = True
        try:
            self.pipeline_combo.clear()
            for p in pipelines:
                label = p.name
                if p.is_default:
                    label = self.tr("{name} (for new deals)").format(name=p.name)
                self.pipeline_combo.addItem(label, p.id)
            index = self.pipeline_combo.findData(wanted_pipeline) if wanted_pipeline else -1
            self.pipeline_combo.setCurrentIndex(max(index, 0) if pipelines else -1)
        finally:
            self._filling = False
        self._wanted_pipeline = None
        self._show_stages()
        self._show_reasons()

    def current_pipeline(self) -> admin.PipelineRow | None:
        pipeline_id = self.pipeline_combo.currentData()
        return next((p for p in self.pipelines if p.id == pipeline_id), None)

    def current_pipeline_id(self) -> str | None:
        pipeline = self.current_pipeline()
        return pipeline.id if pipeline else None

    def _show_stages(self) -> None:
        if self._filling:
            return
        pipeline = self.current_pipeline()
        keep = self._wanted_stage or self.current_stage_id()
        self._filling = True
        try:
            stages = pipeline.stages if pipeline else ()
            self.table.setRowCount(len(stages))
            for row, stage in enumerate(stages):
                probability = stage.probability.normalize()
                cells = (
                    (stage.name, True),
                    (f"{probability:f}", True),
                    ("" if stage.rotting_days is None else str(stage.rotting_days), True),
                    (self._kind_text(stage.kind), False),
                    (format_number(stage.deal_count), False),
                )
                for column, (text, editable) in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, stage.id)
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if editable:
                        flags |= Qt.ItemFlag.ItemIsEditable
                    item.setFlags(flags)
                    if column in (PROBABILITY, ROTTING, DEALS):
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.table.setItem(row, column, item)
                if stage.id == keep:
                    self.table.selectRow(row)
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        finally:
            self._filling = False
        self._wanted_stage = None
        self._update_buttons()

    def _show_reasons(self) -> None:
        keep = self._wanted_reason or self.current_reason_id()
        self._filling = True
        try:
            self.reason_list.clear()
            for reason in self.reasons:
                item = QListWidgetItem(reason.name)
                item.setData(Qt.ItemDataRole.UserRole, reason.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsEditable
                )
                if not reason.is_active:
                    font = QFont(item.font())
                    font.setItalic(True)
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("No longer offered when a deal is lost."))
                self.reason_list.addItem(item)
                if reason.id == keep:
                    self.reason_list.setCurrentItem(item)
        finally:
            self._filling = False
        self._wanted_reason = None
        self._update_buttons()

    def current_stage(self) -> admin.StageRow | None:
        pipeline = self.current_pipeline()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if pipeline is None or not rows:
            return None
        row = rows[0].row()
        return pipeline.stages[row] if row < len(pipeline.stages) else None

    def current_stage_id(self) -> str | None:
        stage = self.current_stage()
        return stage.id if stage else None

    def current_reason(self) -> admin.LostReasonRow | None:
        item = self.reason_list.currentItem()
        if item is None or not item.isSelected():
            return None
        reason_id = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.reasons if r.id == reason_id), None)

    def current_reason_id(self) -> str | None:
        reason = self.current_reason()
        return reason.id if reason else None

    def _update_buttons(self) -> None:
        has_stage = self.current_stage() is not None
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(has_stage)
        pipeline = self.current_pipeline()
        self.default_button.setEnabled(pipeline is not None and not pipeline.is_default)
        self.add_stage_button.setEnabled(pipeline is not None)
        reason = self.current_reason()
        for button in (self.reason_up_button, self.reason_down_button, self.active_button):
            button.setEnabled(reason is not None)
        if reason is not None and not reason.is_active:
            self.active_button.setText(self.tr("Offer again"))
        else:
            self.active_button.setText(self.tr("Deactivate"))

    # -- pipelines
    def add_pipeline(self) -> None:
        name = self.new_pipeline.text()
        language = current_language()
        self.new_pipeline.clear()

        def change(uow: UnitOfWork) -> str:
            return admin.add_pipeline(uow, name, language).id

        self._run(change, "add pipeline", "pipeline")

    def make_default(self) -> None:
        pipeline_id = self.current_pipeline_id()
        if pipeline_id is not None:
            self._run(lambda uow: admin.set_default_pipeline(uow, pipeline_id), "default pipeline")

    # -- stages
    def add_stage(self) -> None:
        pipeline_id = self.current_pipeline_id()
        if pipeline_id is None:
            return
        name = self.new_stage.text()
        self.new_stage.clear()

        def change(uow: UnitOfWork) -> str:
            return admin.add_stage(uow, pipeline_id, name).id

        self._run(change, "add stage", "stage")

    def _stage_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        stage_id = item.data(Qt.ItemDataRole.UserRole)
        text = item.text()
        column = item.column()
        if column == NAME:
            self._run(
                lambda uow: admin.rename_stage(uow, stage_id, text),
                "rename stage",
                "stage",
                stage_id,
            )
        elif column == PROBABILITY:
            self._run(
                lambda uow: admin.set_stage_probability(uow, stage_id, text),
                "stage probability",
                "stage",
                stage_id,
            )
        elif column == ROTTING:
            self._run(
                lambda uow: admin.set_stage_rotting_days(uow, stage_id, text),
                "rotting",
                "stage",
                stage_id,
            )

    def move_stage(self, step: int) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        self._run(
            lambda uow: admin.move_stage(uow, stage.id, step), "move stage", "stage", stage.id
        )

    def remove_stage(self) -> None:
        stage = self.current_stage()
        pipeline = self.current_pipeline()
        if stage is None or pipeline is None:
            return
        target: str | None = None
        if stage.deal_count:
            others = [s for s in pipeline.stages if s.kind == stage.kind and s.id != stage.id]
            if others:
                answer = msgbox.choose(
                    self,
                    self.tr(
                        "The stage '{name}' holds {count} deals. Where should they go "
                        "before it is removed?"
                    ).format(name=stage.name, count=format_number(stage.deal_count)),
                    [*(s.name for s in others), self.tr("Cancel")],
                    default=len(others),
                    informative=self.tr(
                        "Each move is kept in the deal's stage history. Only stages of the "
                        "same kind are offered, so the deals keep their status."
                    ),
                )
                if answer is None or answer >= len(others):
                    return
                target = others[answer].id
        elif not msgbox.question(
            self,
            self.tr("Remove the stage '{name}'? It holds no deals.").format(name=stage.name),
            self.tr("Remove"),
            self.tr("Keep"),
        ):
            return
        # With no stage of the same kind left, the service says why the stage must stay.
        mover = self.ctx.settings.current_user_id
        self._run(
            lambda uow: admin.remove_stage(uow, stage.id, target, changed_by=mover),
            "remove stage",
        )

    # -- lost reasons
    def add_reason(self) -> None:
        name = self.new_reason.text()
        self.new_reason.clear()

        def change(uow: UnitOfWork) -> str:
            return admin.add_lost_reason(uow, name).id

        self._run(change, "add lost reason", "reason")

    def _reason_edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        reason_id = item.data(Qt.ItemDataRole.UserRole)
        text = item.text()
        self._run(
            lambda uow: admin.rename_lost_reason(uow, reason_id, text),
            "rename reason",
            "reason",
            reason_id,
        )

    def move_reason(self, step: int) -> None:
        reason = self.current_reason()
        if reason is None:
            return
        self._run(
            lambda uow: admin.move_lost_reason(uow, reason.id, step),
            "move reason",
            "reason",
            reason.id,
        )

    def toggle_reason(self) -> None:
        reason = self.current_reason()
        if reason is None:
            return
        active = not reason.is_active
        self._run(
            lambda uow: admin.set_lost_reason_active(uow, reason.id, active),
            "toggle reason",
            "reason",
            reason.id,
        )
