"""Whether a client has consented to sharing information with an organisation, said in words
before a referral is made or moved on, with a button to record that consent when there is
none."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ltsupport.models.client import ConsentKind
from ltsupport.services.errors import NotFoundError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs

# The words say it; the colour only repeats it. Dark text on light backgrounds.
WARNING_STYLE = (
    "QFrame#consent-notice { background: #fff2cc; border: 1px solid #d9b44a; "
    "border-radius: 4px; } QLabel { color: #4a3200; }"
)
OK_STYLE = (
    "QFrame#consent-notice { background: #dcf2e0; border: 1px solid #7cb98a; "
    "border-radius: 4px; } QLabel { color: #14532d; }"
)


class ConsentNotice(QFrame):
    """Says whether the client has consented to sharing with the resource's organisation, and
    offers to record that consent when there is none. Emits :attr:`changed` after recording."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id: uuid.UUID | None = None
        self._resource_id: uuid.UUID | None = None
        self._client_name = ""
        self._organisation = ""
        self.consent_id: uuid.UUID | None = None
        self.setObjectName("consent-notice")

        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("Consent to share"))
        self.record_button = QPushButton(self.tr("Record consent to s&hare…"))
        self.record_button.setAccessibleName(self.tr("Record consent to share"))
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record)

        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    @property
    def missing(self) -> bool:
        """True when a client and a resource are chosen and no consent covers them."""
        return self._client_id is not None and self.consent_id is None

    def clear(self) -> None:
        self._client_id = self._resource_id = None
        self.consent_id = None
        self.hide()

    def check(
        self, client_id: uuid.UUID, client_name: str, resource_id: uuid.UUID, organisation: str
    ) -> uuid.UUID | None:
        """Look for the consent and say what was found; returns its id."""
        self._client_id, self._resource_id = client_id, resource_id
        self._client_name, self._organisation = client_name, organisation
        try:
            self.consent_id = self._workspace.referrals.consent_for(client_id, resource_id)
        except NotFoundError:
            self.consent_id = None
        if self.consent_id is None:
            text = self.tr(
                "%1 has no consent on file to share information with %2. Record consent first, "
                "or keep this as a suggestion."
            )
            self.setStyleSheet(WARNING_STYLE)
        else:
            text = self.tr("%1 has consented to share information with %2.")
            self.setStyleSheet(OK_STYLE)
        marker = "⚠ " if self.consent_id is None else "✓ "
        self.text.setText(marker + text.replace("%1", client_name).replace("%2", organisation))
        self.record_button.setVisible(self.consent_id is None)
        self.show()
        return self.consent_id

    def record(self) -> None:
        """Record a consent to share with the organisation, once the worker confirms it."""
        if self._client_id is None or self._resource_id is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Record consent to share?"),
            self.tr(
                "Record that %1 agrees that information about them may be shared with %2?\n\n"
                "Record it only if the person agreed, after it was explained in a language "
                "they understand. Consent can be withdrawn at any time on the Consents tab."
            )
            .replace("%1", self._client_name)
            .replace("%2", self._organisation),
        ):
            return
        try:
            self._workspace.consents.record(
                self._client_id, ConsentKind.SHARE, organisation=self._organisation
            )
        except NotFoundError:
            dialogs.error(
                self,
                self.tr("Client not found"),
                self.tr("This client no longer exists. No consent was recorded."),
            )
            return
        self.check(self._client_id, self._client_name, self._resource_id, self._organisation)
        self.changed.emit()
