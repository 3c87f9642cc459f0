"""The Case status tab of one client's record: close, archive or reopen the case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ltsupport.models.client import ClientStatus
from ltsupport.services.errors import NotFoundError
from ltsupport.ui import dialogs

if TYPE_CHECKING:
    from ltsupport.ui.screens.client_screen import ClientScreen


class ClientStatusTab(QWidget):
    """The case status text and its actions; the texts keep the ``ClientScreen`` context."""

    def __init__(self, screen: ClientScreen) -> None:
        super().__init__()
        self._screen = screen
        self.status_text = QLabel()
        self.status_text.setWordWrap(True)
        self.close_button = QPushButton(QCoreApplication.translate("ClientScreen", "C&lose case…"))
        self.close_button.setAccessibleName(
            QCoreApplication.translate("ClientScreen", "Close case")
        )
        self.close_button.clicked.connect(self.close_case)
        self.archive_button = QPushButton(
            QCoreApplication.translate("ClientScreen", "&Archive case…")
        )
        self.archive_button.setAccessibleName(
            QCoreApplication.translate("ClientScreen", "Archive case")
        )
        self.archive_button.clicked.connect(self.archive_case)
        self.reopen_button = QPushButton(
            QCoreApplication.translate("ClientScreen", "Re&open case…")
        )
        self.reopen_button.setAccessibleName(
            QCoreApplication.translate("ClientScreen", "Reopen case")
        )
        self.reopen_button.clicked.connect(self.reopen_case)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        rows = (
            (
                self.close_button,
                QCoreApplication.translate(
                    "ClientScreen", "Support has ended. A closed case can be reopened later."
                ),
            ),
            (
                self.archive_button,
                QCoreApplication.translate(
                    "ClientScreen",
                    "Keep a closed case out of everyday lists. It stays in the vault and can "
                    "be reopened.",
                ),
            ),
            (
                self.reopen_button,
                QCoreApplication.translate("ClientScreen", "Make the case active again."),
            ),
        )
        for row, (button, text) in enumerate(rows):
            explanation = QLabel(text)
            explanation.setWordWrap(True)
            button.setAccessibleDescription(text)
            grid.addWidget(button, row, 0)
            grid.addWidget(explanation, row, 1)
        grid.setColumnStretch(1, 1)

        column = QVBoxLayout(self)
        column.addWidget(self.status_text)
        column.addSpacing(8)
        column.addLayout(grid)
        column.addStretch(1)

    def show_status(self, status: ClientStatus) -> None:
        texts = {
            ClientStatus.ACTIVE: QCoreApplication.translate("ClientScreen", "This case is active."),
            ClientStatus.CLOSED: QCoreApplication.translate(
                "ClientScreen",
                "This case is closed. Archive it to keep it out of everyday lists, or reopen it.",
            ),
            ClientStatus.ARCHIVED: QCoreApplication.translate(
                "ClientScreen", "This case is archived. Reopen it to work with the person again."
            ),
        }
        self.status_text.setText(texts[status])
        self.close_button.setEnabled(status is ClientStatus.ACTIVE)
        self.archive_button.setEnabled(status is ClientStatus.CLOSED)
        self.reopen_button.setEnabled(status is not ClientStatus.ACTIVE)

    def _change_status(self, status: ClientStatus, title: str, question: str) -> None:
        screen = self._screen
        if not dialogs.confirm(screen, title, question):
            return
        clients = screen._workspace.clients
        try:
            change = {
                ClientStatus.ACTIVE: clients.reopen,
                ClientStatus.CLOSED: clients.close,
                ClientStatus.ARCHIVED: clients.archive,
            }[status]
            detail = change(screen.client_id)
        except NotFoundError:
            dialogs.error(
                screen,
                QCoreApplication.translate("ClientScreen", "Client not found"),
                QCoreApplication.translate(
                    "ClientScreen", "This client no longer exists. Go back to the list of clients."
                ),
            )
            return
        screen._show(detail)

    def close_case(self) -> None:
        self._change_status(
            ClientStatus.CLOSED,
            QCoreApplication.translate("ClientScreen", "Close this case?"),
            QCoreApplication.translate(
                "ClientScreen",
                "Close this case? It will no longer be listed with active clients. "
                "You can reopen it later.",
            ),
        )

    def archive_case(self) -> None:
        self._change_status(
            ClientStatus.ARCHIVED,
            QCoreApplication.translate("ClientScreen", "Archive this case?"),
            QCoreApplication.translate(
                "ClientScreen",
                "Archive this case? It will be listed only when you show Archived or All "
                "clients. You can reopen it later.",
            ),
        )

    def reopen_case(self) -> None:
        self._change_status(
            ClientStatus.ACTIVE,
            QCoreApplication.translate("ClientScreen", "Reopen this case?"),
            QCoreApplication.translate(
                "ClientScreen", "Reopen this case? It will be listed with active clients again."
            ),
        )
