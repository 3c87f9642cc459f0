"""Catalogue search results as a Qt table: name, category and place, in the service's ranking.

A search returns at most a few hundred summaries, so every row is held; the model never sorts
(the order is the search's ranking, best match first).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from ltsupport.services.catalogue import ResourceSummary
from ltsupport.ui.labels import category_label, place_label, resource_name
from ltsupport.ui.qtmodels.row_table_model import Index, RowTableModel

NAME, CATEGORY, PLACE = range(3)
COLUMN_COUNT = 3
RESOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ResourceListModel(RowTableModel[ResourceSummary]):
    """Resource summaries, one per row, names in the interface language."""

    def __init__(self, rows: Sequence[ResourceSummary] = (), parent: QObject | None = None) -> None:
        super().__init__(COLUMN_COUNT, rows, parent)

    def resource(self, row: int) -> ResourceSummary:
        return self.row_at(row)

    def resource_id(self, row: int) -> uuid.UUID:
        return self.row_at(row).id

    def row_of(self, resource_id: uuid.UUID) -> int | None:
        """The row showing ``resource_id``, or ``None`` when the search leaves it out."""
        return self.row_where(lambda summary: summary.id == resource_id)

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Category"), self.tr("Place"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self._row_of_index(index)
        if summary is None:
            return None
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
