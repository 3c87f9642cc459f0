"""A titled list on a wizard page (actions, contacts, services) with its buttons below.

Rows are few (a handful per area), so a plain table widget holds them; the id of each row's
record is kept in its first cell. Dialogs opened from the list are window-modal and kept in
:attr:`dialog` while open, one at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltsupport.ui.client_dialog import hint_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 4


class ListSection(QGroupBox):
    """``headers`` name the columns; the first column stretches."""

    changed = Signal()
    """Something in the list was saved."""

    def __init__(
        self,
        title: str,
        headers: Sequence[str],
        *,
        list_name: str,
        empty_text: str,
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.dialog: QDialog | None = None
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setAccessibleName(list_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(
            row_height * VISIBLE_ROWS + header.sizeHint().height() + 2 * self.table.frameWidth()
        )
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(list_name)

        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(8)
        self._buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        if hint:
            layout.addWidget(hint_label(hint))
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(self.button_row)

    def add_button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.button_row.addWidget(button)
        self._buttons.append(button)
        return button

    def finish_buttons(self) -> None:
        self.button_row.addStretch(1)
        self.update_buttons()

    def focus_order(self) -> list[QWidget]:
        return [self.table, *self._buttons]

    def set_rows(self, rows: Sequence[tuple[Any, Sequence[str]]], select: Any = None) -> None:
        """Show ``rows`` of ``(id, cell texts)``; keep or move the selection to ``select``."""
        keep = select if select is not None else self.selected_id()
        self.table.setRowCount(len(rows))
        for row, (row_id, texts) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(ID_ROLE, row_id)
                self.table.setItem(row, column, item)
        has_rows = bool(rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        ids = [row_id for row_id, _ in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        elif has_rows:
            self.table.selectRow(0)
        self.update_buttons()

    def selected_id(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def update_buttons(self) -> None:
        """Enable the buttons that need a selection (subclasses decide which)."""

    def open_dialog(self, dialog: QDialog, saved: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(saved)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.table.setFocus()
