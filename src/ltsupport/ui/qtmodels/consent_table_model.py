"""One client's consents as a Qt table: what was agreed, with whom, when, and if withdrawn."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from ltsupport.services.consents import ConsentView
from ltsupport.ui.labels import consent_kind_label, datetime_text
from ltsupport.ui.qtmodels.row_table_model import Index, RowTableModel

KIND, ORGANISATION, GIVEN, RECORDED_BY, WITHDRAWN, NOTE = range(6)
COLUMN_COUNT = 6
CONSENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ConsentTableModel(RowTableModel[ConsentView]):
    """A short list (a client has a handful of consents), so every row is held."""

    def __init__(self, consents: Sequence[ConsentView] = (), parent: QObject | None = None) -> None:
        super().__init__(COLUMN_COUNT, consents, parent)

    def set_consents(self, consents: Sequence[ConsentView]) -> None:
        self.set_rows(consents)

    def consent(self, row: int) -> ConsentView:
        return self.row_at(row)

    def row_of(self, consent_id: uuid.UUID) -> int | None:
        return self.row_where(lambda consent: consent.id == consent_id)

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Consent to"),
            self.tr("Organisation"),
            self.tr("Given"),
            self.tr("Recorded by"),
            self.tr("Withdrawn"),
            self.tr("Note"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        consent = self._row_of_index(index)
        if consent is None:
            return None
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
