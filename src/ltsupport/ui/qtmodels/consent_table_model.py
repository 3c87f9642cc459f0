"""One client's consents as a Qt table: what was agreed, with whom, when, and if withdrawn."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ltsupport.services.consents import ConsentView
from ltsupport.ui.labels import consent_kind_label, datetime_text

KIND, ORGANISATION, GIVEN, RECORDED_BY, WITHDRAWN, NOTE = range(6)
COLUMN_COUNT = 6
CONSENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ConsentTableModel(QAbstractTableModel):
    """A short list (a client has a handful of consents), so every row is held."""

    def __init__(self, consents: Sequence[ConsentView] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._consents: list[ConsentView] = list(consents)

    def set_consents(self, consents: Sequence[ConsentView]) -> None:
        self.beginResetModel()
        self._consents = list(consents)
        self.endResetModel()

    def consent(self, row: int) -> ConsentView:
        return self._consents[row]

    def row_of(self, consent_id: uuid.UUID) -> int | None:
        return next((r for r, c in enumerate(self._consents) if c.id == consent_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._consents)

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
        if not index.isValid() or not 0 <= index.row() < len(self._consents):
            return None
        consent = self._consents[index.row()]
        if role == CONSENT_ID_ROLE:
            return consent.id
        if role == Qt.ItemDataRole.FontRole and not consent.active:
            # Withdrawn rows are in italics; the Withdrawn column says so in words too.
            font = QFont()
            font.setItalic(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == KIND:
            return consent_kind_label(consent.kind)
        if column == ORGANISATION:
            return consent.organisation or ""
        if column == GIVEN:
            return datetime_text(consent.given_at)
        if column == RECORDED_BY:
            return consent.recorded_by
        if column == WITHDRAWN:
            return self.tr("No") if consent.active else datetime_text(consent.withdrawn_at)
        if column == NOTE:
            return consent.note
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
            return section + 1 if 0 <= section < len(self._consents) else None
        titles = (
            self.tr("Consent to"),
            self.tr("Organisation"),
            self.tr("Given"),
            self.tr("Recorded by"),
            self.tr("Withdrawn"),
            self.tr("Note"),
        )
        return titles[section] if 0 <= section < len(titles) else None
