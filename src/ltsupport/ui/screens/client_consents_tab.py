"""The Consents tab of one client's record: what the person agreed to, recording and
withdrawing consent."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ltsupport.services.errors import NotFoundError
from ltsupport.ui import dialogs
from ltsupport.ui.client_dialog import hint_label
from ltsupport.ui.consent_dialog import ConsentDialog
from ltsupport.ui.qtmodels.consent_table_model import (
    GIVEN,
    KIND,
    NOTE,
    ORGANISATION,
    RECORDED_BY,
    WITHDRAWN,
    ConsentTableModel,
)

if TYPE_CHECKING:
    from ltsupport.ui.screens.client_screen import ClientScreen


class ClientConsentsTab(QWidget):
    """The consents list and its buttons. Dialogs open on (and are tracked by) the screen;
    the texts keep the ``ClientScreen`` translation context."""

    def __init__(self, screen: ClientScreen) -> None:
        super().__init__()
        self._screen = screen
        intro = hint_label(
            QCoreApplication.translate(
                "ClientScreen",
                "What the person has agreed to. A withdrawn consent stays in the list, marked "
                "withdrawn, so the history is clear.",
            )
        )
        self.model = ConsentTableModel(parent=screen)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(QCoreApplication.translate("ClientScreen", "Consents"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (KIND, GIVEN, RECORDED_BY, WITHDRAWN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.model.modelReset.connect(self.update_buttons)

        self.record_button = QPushButton(
            QCoreApplication.translate("ClientScreen", "&Record consent…")
        )
        self.record_button.setAccessibleName(
            QCoreApplication.translate("ClientScreen", "Record consent")
        )
        self.record_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton(QCoreApplication.translate("ClientScreen", "&Withdraw…"))
        self.withdraw_button.setAccessibleName(
            QCoreApplication.translate("ClientScreen", "Withdraw the selected consent")
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        self.empty_label = QLabel(
            QCoreApplication.translate(
                "ClientScreen",
                "No consent recorded yet. Use Record consent… after talking with the person.",
            )
        )
        self.empty_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        page_layout = QVBoxLayout(self)
        page_layout.addWidget(intro)
        page_layout.addWidget(self.empty_label)
        page_layout.addWidget(self.table, 1)
        page_layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.record_button)
        QWidget.setTabOrder(self.record_button, self.withdraw_button)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def update_buttons(self) -> None:
        row = self.selected_row()
        active = row is not None and self.model.consent(row).active
        self.withdraw_button.setEnabled(active)
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)

    def reload(self, select: uuid.UUID | None = None) -> None:
        screen = self._screen
        self.model.set_consents(screen._workspace.consents.for_client(screen.client_id))
        row = self.model.row_of(select) if select is not None else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, KIND),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.update_buttons()

    def record(self) -> None:
        screen = self._screen
        if screen.dialog is not None:
            return
        dialog = ConsentDialog(screen._workspace, screen.client_id, parent=screen)
        screen.dialog = dialog
        dialog.accepted.connect(self._recorded)
        dialog.finished.connect(screen._dialog_finished)
        dialog.open()

    def _recorded(self) -> None:
        dialog = self._screen.dialog
        if isinstance(dialog, ConsentDialog) and dialog.saved is not None:
            self.reload(select=dialog.saved.id)
            self.table.setFocus()

    def withdraw(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        consent = self.model.consent(row)
        if not consent.active:
            return
        screen = self._screen
        if not dialogs.confirm(
            screen,
            QCoreApplication.translate("ClientScreen", "Withdraw consent?"),
            QCoreApplication.translate(
                "ClientScreen",
                "Withdraw this consent? It stays in the list, marked withdrawn, and can no "
                "longer be relied on.",
            ),
        ):
            return
        try:
            screen._workspace.consents.withdraw(consent.id)
        except NotFoundError:
            dialogs.error(
                screen,
                QCoreApplication.translate("ClientScreen", "Consent not found"),
                QCoreApplication.translate(
                    "ClientScreen", "This consent no longer exists. The list has been read again."
                ),
            )
        self.reload(select=consent.id)
