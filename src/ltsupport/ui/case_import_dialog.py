"""Open a received case summary (``.ltcase.age``), preview it, then import it.

Opening decrypts the file (with the passphrase typed, or this agency's key) and checks it: the
header, the manifest's checksums, the format version and the case itself. That takes seconds, so
it runs on a thread of its own behind a busy indicator whose Cancel stops waiting: opening writes
nothing, so the check runs to its end in the background and its result is dropped. The preview
then says who the case is, what it holds, and whether importing adds a new client or updates
the one with the same case code (listing the fields that change). Importing is one transaction;
on any problem nothing is imported.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ltsupport.services.case_import import (
    CaseFileError,
    CasePreview,
    import_case,
    needs_passphrase,
    open_case_file,
)
from ltsupport.services.errors import ServiceError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.background_task import BackgroundTask
from ltsupport.ui.widgets.field_messages import error_label, show_error, shown_text

CONTEXT = "CaseFileMessages"
# The import service's fixed messages, marked so translators can give them in French; a message
# not listed (one that names a number) is explained by the dialog's own words instead.
_MARKED = (
    QT_TRANSLATE_NOOP(
        "CaseFileMessages",
        "The passphrase is wrong, or the file is damaged or incomplete. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "CaseFileMessages",
        "This file was not encrypted to this agency's key, or it is damaged or incomplete. "
        "Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "CaseFileMessages", "This file is protected by a passphrase; give it to open it."
    ),
    QT_TRANSLATE_NOOP(
        "CaseFileMessages", "This is not an age-encrypted case file, or it is damaged."
    ),
    QT_TRANSLATE_NOOP("CaseFileMessages", "The file's header is damaged."),
    QT_TRANSLATE_NOOP("CaseFileMessages", "The file's header has too many entries; refused."),
    QT_TRANSLATE_NOOP(
        "CaseFileMessages", "The file's header has more than one passphrase entry; refused."
    ),
    QT_TRANSLATE_NOOP(
        "CaseFileMessages", "The file's header mixes a passphrase with keys; refused."
    ),
    QT_TRANSLATE_NOOP(
        "CaseFileMessages", "This is an armored (text) age file; ask for the binary .age file."
    ),
    QT_TRANSLATE_NOOP("CaseFileMessages", "The file's content is damaged. Nothing was imported."),
    QT_TRANSLATE_NOOP(
        "CaseFileMessages", "The file does not hold a case summary. Nothing was imported."
    ),
    QT_TRANSLATE_NOOP("CaseFileMessages", "A part of the file is too large; refused."),
    QT_TRANSLATE_NOOP("CaseFileMessages", "The file's manifest is not an ltsupport case manifest."),
    QT_TRANSLATE_NOOP("CaseFileMessages", "The file's manifest is damaged. Nothing was imported."),
)


def case_file_message(message: str) -> str:
    """A translated explanation of the import service's message."""
    translated = QCoreApplication.translate(CONTEXT, message)
    if translated != message or message in _MARKED:
        return translated
    if "case format version" in message:
        return QCoreApplication.translate(
            "CaseFileMessages",
            "The file uses a case format version this app cannot read. Update ltsupport, or "
            "ask for the file again. Nothing was imported.",
        )
    if "does not match the file's manifest" in message:
        return QCoreApplication.translate(
            "CaseFileMessages",
            "Part of the file was changed after it was made. Nothing was imported.",
        )
    if "passphrase work" in message or "larger than" in message:
        return QCoreApplication.translate(
            "CaseFileMessages",
            "The file asks for more work or memory than this app allows; refused.",
        )
    if re.search(r"does not follow the case format", message):
        return QCoreApplication.translate(
            "CaseFileMessages",
            "The case in the file does not follow the case format. Nothing was imported.",
        )
    return message


class CaseImportDialog(QDialog):
    """Emits ``imported(client_id)`` once a case was imported or updated."""

    imported = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._path: Path | None = None
        self._task: BackgroundTask | None = None
        self._abandoned: list[BackgroundTask] = []
        self._progress: QProgressDialog | None = None
        self.preview: CasePreview | None = None
        self.setWindowTitle(self.tr("Import a case summary"))

        intro = QLabel(
            self.tr(
                "Open a case file (.ltcase.age) from another agency. It is checked and shown "
                "to you before anything is imported."
            )
        )
        intro.setWordWrap(True)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("Case file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("The file's passphrase"))
        self.passphrase_label = QLabel(self.tr("&Passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.key_note = QLabel(self.tr("This file is encrypted to this agency's key."))
        self.key_note.setWordWrap(True)

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_file)
        self.open_button.setDefault(True)

        self.error = error_label(self.tr("Problem with the case file"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("What the file holds"))
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Fields that change"))
        self.changes_label = QLabel(self.tr("Fields that &change:"))
        self.changes_label.setBuddy(self.changes)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Warnings"))

        form = QFormLayout()
        file_label = QLabel(self.tr("Case &file:"))
        file_label.setBuddy(self.choose_button)
        form.addRow(file_label, file_row)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.key_note)

        self.new_button = QPushButton(self.tr("Import as a &new client"))
        self.update_button = QPushButton(self.tr("&Update the existing client"))
        self.new_button.clicked.connect(lambda: self.import_case(as_update=False))
        self.update_button.clicked.connect(lambda: self.import_case(as_update=True))
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.update_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)
        self._show_passphrase(None)
        self._show_preview(None)

    # -- choosing and opening ----------------------------------------------------------------

    def choose_file(self) -> None:
        path = dialogs.open_path(
            self, self.tr("Choose the case file"), self.tr("Case files (*.age)")
        )
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Take ``path`` as the file to open, and ask for a passphrase if it has one."""
        self._path = path
        self.file_edit.setText(str(path))
        self._show_preview(None)
        show_error(self.error, "")
        try:
            self._show_passphrase(needs_passphrase(path))
        except CaseFileError as exc:
            self._show_passphrase(None)
            show_error(self.error, case_file_message(exc.message))
        except OSError:
            self._show_passphrase(None)
            show_error(self.error, self.tr("The file could not be read."))

    def _show_passphrase(self, needed: bool | None) -> None:
        self.passphrase_label.setVisible(bool(needed))
        self.passphrase.setVisible(bool(needed))
        self.key_note.setVisible(needed is False)
        self.open_button.setEnabled(needed is not None and self._task is None)
        if needed:
            self.passphrase.setFocus()

    def error_text(self) -> str:
        return shown_text(self.error)

    def open_file(self) -> None:
        if self._path is None or self._task is not None:
            return
        show_error(self.error, "")
        self._show_preview(None)
        path, workspace = self._path, self._workspace
        secret = None if self.passphrase.isHidden() else self.passphrase.text()

        def call() -> CasePreview:
            return open_case_file(workspace, path, passphrase=secret or None)

        self._task = BackgroundTask(call)
        self._task.succeeded.connect(self._opened)
        self._task.failed.connect(self._failed)
        self.open_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        progress = QProgressDialog(
            self.tr("Decrypting and checking the file… this takes a few seconds."),
            self.tr("Cancel"),
            0,
            0,
            self,
        )
        progress.setWindowTitle(self.tr("Opening the case file"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self.cancel_open)  # the Cancel button
        progress.rejected.connect(self.cancel_open)  # Esc
        progress.show()
        self._progress = progress
        self._task.start()

    def cancel_open(self) -> None:
        """Stop waiting for the file to open; nothing was written, and its result is dropped."""
        if self._task is None:
            return
        self._task.abandon()
        self._abandoned.append(self._task)
        self._finish()
        show_error(self.error, self.tr("Opening the file was cancelled. Nothing was imported."))

    def _finish(self) -> None:
        self._task = None
        if self._progress is not None:
            progress, self._progress = self._progress, None
            progress.canceled.disconnect(self.cancel_open)
            progress.rejected.disconnect(self.cancel_open)
            progress.reset()
            progress.hide()
            progress.deleteLater()
        self.choose_button.setEnabled(True)
        self.open_button.setEnabled(self._path is not None)

    def _opened(self, preview: object) -> None:
        self._finish()
        assert isinstance(preview, CasePreview)
        self.passphrase.clear()
        self._show_preview(preview)

    def _failed(self, exc: object) -> None:
        self._finish()
        if isinstance(exc, ServiceError):
            text = case_file_message(exc.message)
        elif isinstance(exc, OSError):
            text = self.tr("The file could not be read. Nothing was imported.")
        else:
            text = self.tr("The file could not be opened. Nothing was imported.")
        show_error(self.error, text)

    # -- the preview and the import ----------------------------------------------------------

    def _show_preview(self, preview: CasePreview | None) -> None:
        self.preview = preview
        self.changes.clear()
        has_preview = preview is not None
        for widget in (self.summary, self.warnings):
            widget.setVisible(has_preview)
        self.changes_label.setVisible(bool(preview and preview.exists))
        self.changes.setVisible(bool(preview and preview.exists))
        self.new_button.setEnabled(bool(preview and not preview.exists))
        self.update_button.setEnabled(bool(preview and preview.exists))
        if preview is None:
            return
        case = preview.case
        lines = [
            self.tr("Case code: {code}").format(code=preview.case_code),
            self.tr("Preferred name: {name}").format(name=preview.preferred_name),
            self.tr("Consents: {n}").format(n=len(case.get("consents", []))),
            self.tr("Actions: {n}").format(n=self._count_actions(case)),
            self.tr("Referrals: {n}").format(n=len(case.get("referrals", []))),
            self.tr("Contacts: {n}").format(n=len(case.get("contacts", []))),
        ]
        if preview.exists:
            lines.append(
                self.tr(
                    "A client with this case code is already here: importing updates that "
                    "record ({count} field(s) change)."
                ).format(count=len(preview.differences))
            )
            for difference in preview.differences:
                self.changes.addItem(difference.field)
        else:
            lines.append(self.tr("This is a new client here: importing adds them."))
        self.summary.setText("\n".join(lines))
        self.warnings.setText(
            "\n".join(self._warning_text(w) for w in preview.warnings)
            if preview.warnings
            else self.tr("No warnings.")
        )

    def _warning_text(self, warning: str) -> str:
        match = re.match(r"Referral to “(.*)” is not in this catalogue", warning)
        if match is None:
            return warning
        return self.tr(
            "The referral to “{name}” is skipped: that resource is not in this catalogue "
            "(the summary PDF in the file still shows it)."
        ).format(name=match.group(1))

    @staticmethod
    def _count_actions(case: dict[str, object]) -> int:
        plan = case.get("plan")
        if not isinstance(plan, dict):
            return 0
        total = 0
        for area in plan.get("assessments", []) or []:
            if isinstance(area, dict):
                total += len(area.get("actions", []) or [])
        return total

    def import_case(self, *, as_update: bool) -> None:
        preview = self.preview
        if preview is None or as_update != preview.exists:
            return
        try:
            client_id = import_case(self._workspace, preview, as_update=as_update)
        except ServiceError as exc:
            show_error(self.error, case_file_message(exc.message))
            return
        self._show_preview(None)
        self.summary.show()
        self.summary.setText(
            self.tr("Updated client {code}.").format(code=preview.case_code)
            if as_update
            else self.tr("Imported new client {code}.").format(code=preview.case_code)
        )
        self.imported.emit(client_id if isinstance(client_id, uuid.UUID) else None)

    # -- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        """Close. A file still being opened (even one whose opening was cancelled) reads the
        vault, so closing waits for it to end first: the vault may be about to lock."""
        if self._task is not None:
            self._task.abandon()
            self._abandoned.append(self._task)
            self._finish()
        for task in self._abandoned:
            task.wait()
        self._abandoned.clear()
        super().reject()
