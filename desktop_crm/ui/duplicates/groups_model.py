"""The table of duplicate groups: score, records, reasons. Rows are built when shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_crm.services.duplicates import DuplicateGroup, Reason

translate = QCoreApplication.translate  # by this name lupdate finds the texts

PAGE = 200  # rows handed to the view per fetchMore
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def reason_text(reason: Reason) -> str:
    """A reason in the window's language (the core keeps the English template)."""
    template = translate("duplicates", reason.template)
    try:
        return template.format(**dict(reason.params))
    except (KeyError, IndexError, ValueError):
        return reason.text


class GroupsModel(QAbstractTableModel):
    """Groups found by ``find_duplicate_groups``; shows them a page at a time. GUI thread."""

    SCORE, RECORDS, REASONS = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[DuplicateGroup] = []
        self._shown = 0

    def set_groups(self, groups: list[DuplicateGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._shown = min(PAGE, len(self._groups))
        self.endResetModel()

    def group(self, row: int) -> DuplicateGroup:
        return self._groups[row]

    def total(self) -> int:
        return len(self._groups)

    def remove_group(self, row: int) -> None:
        if 0 <= row < self._shown:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._groups[row]
            self._shown -= 1
            self.endRemoveRows()

    # -- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._groups)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self._groups) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        group = self._groups[index.row()]
        column = index.column()
        if role == GROUP_ROLE:
            return group
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SCORE:
                return str(group.score)
            if column == self.RECORDS:
                return " · ".join(
                    m.name + (f" ({m.company})" if m.company else "") for m in group.members
                )
            return "; ".join(reason_text(r) for r in group.reasons)
        if role == Qt.ItemDataRole.ToolTipRole and column != self.SCORE:
            lines = []
            for m in group.members:
                details = ", ".join((*m.phones, *m.emails, *([m.tax_code] if m.tax_code else [])))
                lines.append(m.name + (f" — {details}" if details else ""))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            translate("GroupsModel", "Score"),
            translate("GroupsModel", "Records"),
            translate("GroupsModel", "Why"),
        )
        return names[section] if 0 <= section < len(names) else None
