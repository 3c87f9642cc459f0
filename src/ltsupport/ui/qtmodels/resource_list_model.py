"""Catalogue search results as a Qt table: name, category and place, in the service's ranking.

A search returns at most a few hundred summaries, so every row is held; the model never sorts
(the order is the search's ranking, best match first).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ltsupport.services.catalogue import ResourceSummary
from ltsupport.ui.labels import category_label, place_label, resource_name

NAME, CATEGORY, PLACE = range(3)
COLUMN_COUNT = 3
RESOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ResourceListModel(QAbstractTableModel):
    """Resource summaries, one per row, names in the interface language."""

    def __init__(self, rows: Sequence[ResourceSummary] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResourceSummary] = list(rows)

    def set_rows(self, rows: Sequence[ResourceSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def resource(self, row: int) -> ResourceSummary:
        return self._rows[row]

    def resource_id(self, row: int) -> uuid.UUID:
        return self._rows[row].id

    def row_of(self, resource_id: uuid.UUID) -> int | None:
        """The row showing ``resource_id``, or ``None`` when the search leaves it out."""
        return next((r for r, s in enumerate(self._rows) if s.id == resource_id), None)

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == RESOURCE_ID_ROLE:
            return summary.id
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            shown = resource_name(summary.name, summary.name_fr)
            other = summary.name if shown != summary.name else summary.name_fr
            return f"{shown}\n{other}" if other and other != shown else shown
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == NAME:
            return resource_name(summary.name, summary.name_fr)
        if column == CATEGORY:
            return category_label(summary.category)
        if column == PLACE:
            return place_label(summary.city, summary.province, summary.country)
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
            return section + 1 if 0 <= section < len(self._rows) else None
        titles = (self.tr("Name"), self.tr("Category"), self.tr("Place"))
        return titles[section] if 0 <= section < len(titles) else None
