"""This agency's public key, to give to other agencies so they can encrypt case files to it.

Only the public key is shown; the private key is made with it on first use and never leaves the
encrypted vault.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ltsupport.services.agency_keys import public_key
from ltsupport.services.workspace import Workspace


class AgencyKeyDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This agency's public key"))
        self.explanation = explanation = QLabel(
            self.tr(
                "Give this public key to other agencies: they encrypt the case summaries they "
                "send you to it, and only this vault can open them. It is safe to share by "
                "email or on paper. The matching private key never leaves the encrypted vault."
            )
        )
        explanation.setWordWrap(True)

        self.key_edit = QLineEdit(public_key(workspace))
        self.key_edit.setReadOnly(True)
        self.key_edit.setAccessibleName(self.tr("This agency's public key"))
        self.key_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("m" * 64))
        key_label = QLabel(self.tr("&Public key:"))
        key_label.setBuddy(self.key_edit)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the public key"))
        self.copy_button.clicked.connect(self.copy_key)
        row = QHBoxLayout()
        row.addWidget(key_label)
        row.addWidget(self.key_edit, 1)
        row.addWidget(self.copy_button)

        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.key_edit.setFocus()
        self.key_edit.selectAll()

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.key_edit.text())
        self.status.setText(self.tr("Copied."))
