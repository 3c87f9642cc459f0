"""A plan's history of status changes as a Qt table: when, which needs area, from what to what,
and who recorded it. Newest first, as the plan service gives it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ltsupport.services.plans import StatusChangeView
from ltsupport.ui.labels import datetime_text, need_area_label, ui_language

WHEN, AREA, CHANGE, BY = range(4)
COLUMN_COUNT = 4
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class StatusHistoryTableModel(QAbstractTableModel):
    """A short list (a few changes per area), so every row is held."""

    def __init__(
        self, changes: Sequence[StatusChangeView] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._changes: list[StatusChangeView] = list(changes)

    def set_changes(self, changes: Sequence[StatusChangeView]) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self.endResetModel()

    def change(self, row: int) -> StatusChangeView:
        return self._changes[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._changes):
            return None
        change = self._changes[index.row()]
        if role == CHANGE_ROLE:
            return change
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == WHEN:
            return datetime_text(change.at)
        if column == AREA:
            return need_area_label(change.area_key)
        if column == CHANGE:
            lang = ui_language()
            return (
                self.tr("%1 → %2")
                .replace("%1", change.from_status.label(lang))
                .replace("%2", change.to_status.label(lang))
            )
        if column == BY:
            return change.by
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if 0 <= section < len(self._changes) else None
        titles = (
            self.tr("When"),
            self.tr("Needs area"),
            self.tr("Status change"),
            self.tr("Recorded by"),
        )
        return titles[section] if 0 <= section < len(titles) else None
