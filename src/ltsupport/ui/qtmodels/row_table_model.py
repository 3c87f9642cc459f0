"""The part every read-only table model here shares: a list of rows, a fixed number of columns
with translated titles, and rows numbered in the vertical header.

Subclasses give :meth:`RowTableModel.column_titles` (translated in their own context) and
:meth:`data`; rows are replaced only with a model reset.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A flat, read-only table of ``column_count`` columns over a list of rows."""

    def __init__(
        self, column_count: int, rows: Sequence[Row] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._column_count = column_count
        self._rows: list[Row] = list(rows)

    @abstractmethod
    def column_titles(self) -> tuple[str, ...]:
        """The column titles, in column order."""
        ...

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows`` instead (a model reset)."""
        self.beginResetModel()
        self._replace_rows(rows)
        self.endResetModel()

    def _replace_rows(self, rows: Sequence[Row]) -> None:
        """Hold ``rows``; only inside a reset or a layout change. Subclasses that keep anything
        per row forget it here."""
        self._rows = list(rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_where(self, matches: Callable[[Row], bool]) -> int | None:
        """The first row that ``matches``, or ``None``."""
        return next((n for n, row in enumerate(self._rows) if matches(row)), None)

    def _row_of_index(self, index: Index) -> Row | None:
        """The row ``index`` points into, or ``None`` for an index outside the table."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._column_count

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

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
        titles = self.column_titles()
        return titles[section] if 0 <= section < len(titles) else None
