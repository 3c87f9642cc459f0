"""A plan's history of status changes as a Qt table: when, which needs area, from what to what,
and who recorded it. Newest first, as the plan service gives it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from ltsupport.services.plans import StatusChangeView
from ltsupport.ui.labels import datetime_text, need_area_label, ui_language
from ltsupport.ui.qtmodels.row_table_model import Index, RowTableModel

WHEN, AREA, CHANGE, BY = range(4)
COLUMN_COUNT = 4
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


class StatusHistoryTableModel(RowTableModel[StatusChangeView]):
    """A short list (a few changes per area), so every row is held."""

    def __init__(
        self, changes: Sequence[StatusChangeView] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(COLUMN_COUNT, changes, parent)

    def set_changes(self, changes: Sequence[StatusChangeView]) -> None:
        self.set_rows(changes)

    def change(self, row: int) -> StatusChangeView:
        return self.row_at(row)

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Needs area"),
            self.tr("Status change"),
            self.tr("Recorded by"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        change = self._row_of_index(index)
        if change is None:
            return None
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
