"""Export one client's case summary as an encrypted file for a receiving agency.

Consent comes first: the dialog says at once whether the person has an active consent to share
with the organisation typed, and without one it asks for a reason for the override (kept in the
vault and audited) before it lets the export run. The file is encrypted to a passphrase (typed
twice, never stored; the service refuses a weak one) or to the receiving agency's age public
keys. Encrypting takes a few seconds, so the export runs on a thread of its own behind a busy
indicator. That indicator has no Cancel button: the service writes the file and its audit event
together and cannot be stopped part-way, and a file deleted after the fact would leave an audit
event for an export that no longer exists.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ltsupport.models.client import ConsentKind
from ltsupport.services.case_export import (
    MIN_SCORE,
    SUFFIX,
    ConsentRequiredError,
    ExportPassphraseError,
    RecipientError,
    check_export_passphrase,
    export_case,
    parse_recipients,
)
from ltsupport.services.errors import ServiceError
from ltsupport.services.printing import ensure_fonts
from ltsupport.services.workspace import Workspace
from ltsupport.ui.background_task import BackgroundTask
from ltsupport.ui.widgets.field_messages import error_label, hint_label, show_error, shown_text
from ltsupport.vault.passphrase import MIN_LENGTH, strength


def _normalise(name: str) -> str:
    """An organisation's name compared as the export service compares it."""
    return " ".join(name.split()).casefold()


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """A folder chosen by the worker (no native dialog, no history), or ``None``. Tests replace
    this function."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if dialog.exec() and dialog.selectedFiles():
        return Path(dialog.selectedFiles()[0])
    return None


class CaseExportDialog(QDialog):
    def __init__(
        self, workspace: Workspace, client_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id = client_id
        self._task: BackgroundTask | None = None
        self._progress: QProgressDialog | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export the case summary"))
        ensure_fonts()  # the summary PDF is laid out on the worker thread; fonts load here
        self._consented = {
            _normalise(c.organisation or "")
            for c in workspace.consents.for_client(client_id)
            if c.active and c.kind is ConsentKind.SHARE and c.organisation
        }

        intro = QLabel(
            self.tr(
                "The file holds the whole case and a summary PDF, encrypted. Only the receiving "
                "agency can open it, with the passphrase or with their own key."
            )
        )
        intro.setWordWrap(True)

        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Receiving organisation"))
        self.organisation.textChanged.connect(self._update_consent)
        self.consent_status = QLabel()
        self.consent_status.setWordWrap(True)
        self.consent_status.setAccessibleName(self.tr("Consent to share"))
        self.organisation_error = error_label(self.tr("Problem with the receiving organisation"))

        self.override_hint = hint_label(
            self.tr(
                "Without a recorded consent, you can still export for a reason you give here "
                "(for example, a court order). The reason is kept in the vault and recorded in "
                "the audit log."
            )
        )
        self.override_reason = QPlainTextEdit()
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setAccessibleName(self.tr("Reason to export without consent"))
        self.override_reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.override_reason.textChanged.connect(self._update_export_button)
        self.override_label = QLabel(self.tr("&Reason for the override:"))
        self.override_label.setBuddy(self.override_reason)

        self.use_passphrase = QRadioButton(self.tr("Encrypt with a &passphrase"))
        self.use_keys = QRadioButton(self.tr("Encrypt to the agency's public &key(s)"))
        self.use_passphrase.setChecked(True)
        methods = QButtonGroup(self)
        methods.addButton(self.use_passphrase)
        methods.addButton(self.use_keys)
        self.use_passphrase.toggled.connect(self._update_method)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Export passphrase"))
        self.passphrase.textChanged.connect(self._update_strength)
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setAccessibleName(self.tr("Export passphrase again"))
        self.strength_label = hint_label("")
        self.strength_label.setAccessibleName(self.tr("Passphrase strength"))
        self.passphrase_error = error_label(self.tr("Problem with the export passphrase"))

        self.recipients = QPlainTextEdit()
        self.recipients.setTabChangesFocus(True)
        self.recipients.setAccessibleName(self.tr("The agency's public keys"))
        self.recipients.setAccessibleDescription(self.tr("One age public key (age1…) per line."))
        self.recipients.setPlaceholderText("age1…")
        self.recipients.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.recipients_error = error_label(self.tr("Problem with the public keys"))

        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Folder for the file"))
        self.folder.setAccessibleDescription(
            self.tr("The file is named with the case code and today's date.")
        )
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_destination)
        self.folder_error = error_label(self.tr("Problem with the folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)

        form = QFormLayout()
        organisation_label = QLabel(self.tr("Receiving &organisation:"))
        organisation_label.setBuddy(self.organisation)
        form.addRow(organisation_label, self.organisation)
        form.addRow("", self.consent_status)
        form.addRow("", self.organisation_error)
        form.addRow(self.override_label, self.override_reason)
        form.addRow("", self.override_hint)
        form.addRow(self.use_passphrase)
        passphrase_label = QLabel(self.tr("P&assphrase:"))
        passphrase_label.setBuddy(self.passphrase)
        again_label = QLabel(self.tr("A&gain:"))
        again_label.setBuddy(self.passphrase_again)
        form.addRow(passphrase_label, self.passphrase)
        form.addRow(again_label, self.passphrase_again)
        form.addRow("", self.strength_label)
        form.addRow("", self.passphrase_error)
        form.addRow(self.use_keys)
        keys_label = QLabel(self.tr("Public ke&ys:"))
        keys_label.setBuddy(self.recipients)
        form.addRow(keys_label, self.recipients)
        form.addRow("", self.recipients_error)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.folder_error)
        self._form = form

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._update_method()
        self._update_strength("")
        self._update_consent()

    # -- what the form shows -----------------------------------------------------------------

    def has_consent(self) -> bool:
        """Whether the person consented to sharing with the organisation typed."""
        return _normalise(self.organisation.text()) in self._consented

    def _update_consent(self) -> None:
        name = " ".join(self.organisation.text().split())
        needs_override = bool(name) and not self.has_consent()
        if not name:
            self.consent_status.setText(self.tr("Name the organisation that receives the case."))
        elif needs_override:
            self.consent_status.setText(
                self.tr(
                    "There is no recorded consent to share this case with {org}. Record the "
                    "person's consent first, or give a reason to export without it."
                ).format(org=name)
            )
        else:
            self.consent_status.setText(
                self.tr("The person consented to sharing with {org}.").format(org=name)
            )
        for widget in (self.override_label, self.override_reason, self.override_hint):
            widget.setVisible(needs_override)
        self._update_export_button()

    def _update_export_button(self) -> None:
        name = " ".join(self.organisation.text().split())
        allowed = bool(name) and (
            self.has_consent() or bool(self.override_reason.toPlainText().strip())
        )
        self.export_button.setEnabled(allowed and self._task is None)

    def _update_method(self) -> None:
        by_passphrase = self.use_passphrase.isChecked()
        for widget in (self.passphrase, self.passphrase_again):
            widget.setEnabled(by_passphrase)
        self.recipients.setEnabled(not by_passphrase)

    def _update_strength(self, value: str) -> None:
        if not value:
            text = self.tr(
                "Use at least {count} characters. Several unrelated words work well."
            ).format(count=MIN_LENGTH)
        elif len(value) < MIN_LENGTH:
            text = self.tr("Too short: use at least {count} characters.").format(count=MIN_LENGTH)
        elif strength(value).score < MIN_SCORE:
            text = self.tr("Too easy to guess: add another word or two.")
        else:
            text = self.tr("Strong enough for a file that leaves the agency.")
        self.strength_label.setText(text)
        self.passphrase.setAccessibleDescription(text)

    def choose_destination(self) -> None:
        folder = choose_folder(self, self.tr("Choose the folder for the case file"))
        if folder is not None:
            self.folder.setText(str(folder))
            show_error(self.folder_error, "")

    def problem_texts(self) -> list[str]:
        """The problems shown in the form (empty when there is none)."""
        labels = (
            self.organisation_error,
            self.passphrase_error,
            self.recipients_error,
            self.folder_error,
        )
        return [text for label in labels if (text := shown_text(label))]

    # -- exporting ---------------------------------------------------------------------------

    def _check(self) -> tuple[str | None, list[str]] | None:
        """The passphrase or the keys, checked here (fast) before the slow part; ``None`` after
        showing what is wrong."""
        for label in (
            self.organisation_error,
            self.passphrase_error,
            self.recipients_error,
            self.folder_error,
        ):
            show_error(label, "")
        ok = True
        if not self.folder.text():
            show_error(self.folder_error, self.tr("Choose the folder to write the file in."))
            ok = False
        if self.use_passphrase.isChecked():
            secret = self.passphrase.text()
            try:
                check_export_passphrase(secret)
            except ExportPassphraseError:
                show_error(self.passphrase_error, self._weak_text(secret))
                return None
            if secret != self.passphrase_again.text():
                show_error(self.passphrase_error, self.tr("The two passphrases are different."))
                return None
            return (secret, []) if ok else None
        keys = [line.strip() for line in self.recipients.toPlainText().splitlines()]
        keys = [key for key in keys if key]
        if not keys:
            show_error(self.recipients_error, self.tr("Paste the agency's public key (age1…)."))
            return None
        try:
            parse_recipients(keys)
        except RecipientError:
            show_error(self.recipients_error, self._recipient_text(len(keys)))
            return None
        return (None, keys) if ok else None

    def _weak_text(self, secret: str) -> str:
        if len(secret) < MIN_LENGTH:
            return self.tr(
                "An export passphrase needs at least {count} characters. Several unrelated "
                "words work well."
            ).format(count=MIN_LENGTH)
        return self.tr(
            "This export passphrase is too easy to guess. Use several unrelated words, or "
            "encrypt to the receiving agency's public key."
        )

    def _recipient_text(self, count: int) -> str:
        if count > 20:
            return self.tr("At most 20 public keys.")
        return self.tr(
            "Each line must be an age public key (it starts with age1…). Ask the receiving "
            "agency for theirs."
        )

    def export(self) -> None:
        checked = self._check()
        if checked is None or self._task is not None:
            return
        secret, keys = checked
        reason = None if self.has_consent() else self.override_reason.toPlainText().strip()
        workspace, client_id = self._workspace, self._client_id
        folder = Path(self.folder.text())
        organisation = self.organisation.text()

        def call() -> Path:
            return export_case(
                workspace,
                client_id,
                folder,
                organisation=organisation,
                passphrase=secret,
                recipients=tuple(keys),
                override_reason=reason,
            )

        self._task = BackgroundTask(call)
        self._task.succeeded.connect(self._exported)
        self._task.failed.connect(self._failed)
        self._set_busy(True)
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.organisation, self.override_reason, self.choose_button):
            widget.setEnabled(not busy)
        self.use_passphrase.setEnabled(not busy)
        self.use_keys.setEnabled(not busy)
        if busy:
            for widget in (self.passphrase, self.passphrase_again, self.recipients):
                widget.setEnabled(False)
            self.export_button.setEnabled(False)
            self.close_button.setEnabled(False)
            progress = QProgressDialog(
                self.tr("Encrypting… this takes a few seconds and cannot be stopped part-way."),
                "",
                0,
                0,
                self,
            )
            progress.setWindowTitle(self.tr("Exporting"))
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.show()
            self._progress = progress
            self.status.setText(self.tr("Encrypting…"))
        else:
            self._update_method()
            self.close_button.setEnabled(True)
            if self._progress is not None:
                self._progress.reset()
                self._progress.hide()
                self._progress.deleteLater()
                self._progress = None
            self._update_export_button()

    def _finish(self) -> None:
        self._task = None
        self._set_busy(False)

    def _exported(self, path: object) -> None:
        self._finish()
        assert isinstance(path, Path)
        self.written = path
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.status.setText(self.tr("The case summary was written to {path}").format(path=path))

    def _failed(self, exc: object) -> None:
        self._finish()
        if isinstance(exc, ConsentRequiredError):
            show_error(
                self.organisation_error,
                self.tr("There is no recorded consent to share with this organisation."),
            )
        elif isinstance(exc, ExportPassphraseError):
            show_error(self.passphrase_error, self._weak_text(self.passphrase.text()))
        elif isinstance(exc, RecipientError):
            show_error(self.recipients_error, self._recipient_text(0))
        elif isinstance(exc, ServiceError) and "already exists" in exc.message:
            show_error(
                self.folder_error,
                self.tr("A file named {name} is already there; choose another folder.").format(
                    name=f"…{SUFFIX}"
                ),
            )
        elif isinstance(exc, ServiceError):
            show_error(
                self.folder_error,
                self.tr("The file was not written: {reason}").format(reason=exc.message),
            )
        else:
            show_error(
                self.folder_error,
                self.tr("The file could not be written (is the disk full or read-only?)."),
            )
        self.status.setText(self.tr("Nothing was exported."))

    # -- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        """Close, except while the export runs. When the vault locks (the dialog is hidden
        first), wait for the export to end so the vault is not locked under it."""
        if self._task is not None and self.isVisible():
            return
        if self._task is not None:
            self._task.abandon()
            self._task.wait()
            self._task = None
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None and self.isVisible():
            event.ignore()
            return
        super().closeEvent(event)

    def export_running(self) -> bool:
        return self._task is not None
