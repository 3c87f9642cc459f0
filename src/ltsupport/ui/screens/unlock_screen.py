"""Later runs: unlock the vault, or explain why it cannot be opened and offer a restore.

A wrong passphrase gets one neutral sentence and changes nothing. A missing, empty or damaged
vault is never replaced by a new empty one: the screen explains and offers "Restore from backup…".
SQLAlchemy is imported only when the passphrase is checked, so this screen appears fast.
"""

from __future__ import annotations

import enum
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ltsupport.paths import AppPaths, key_file_for
from ltsupport.settings import Settings
from ltsupport.ui import dialogs
from ltsupport.vault.errors import (
    KeyFileDamagedError,
    KeyFileMissingError,
    NoVaultError,
    VaultDamagedError,
    VaultError,
    VaultMissingError,
    WrongPassphraseError,
)
from ltsupport.vault.state import VaultState, inspect

if TYPE_CHECKING:
    from ltsupport.services.workspace import Workspace

log = logging.getLogger(__name__)

ERROR_COLOUR = "#b3261e"
CARD_WIDTH = 560
FIELD_HEIGHT = 32


class Problem(enum.Enum):
    """Why the vault cannot be opened (each has its own explanation)."""

    ABSENT = "absent"
    DATABASE_MISSING = "database_missing"
    KEY_FILE_MISSING = "key_file_missing"
    KEY_FILE_DAMAGED = "key_file_damaged"
    DAMAGED = "damaged"


_STATE_PROBLEMS = {
    VaultState.ABSENT: Problem.ABSENT,
    VaultState.DATABASE_MISSING: Problem.DATABASE_MISSING,
    VaultState.KEY_FILE_MISSING: Problem.KEY_FILE_MISSING,
}


def _title_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    return font


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
    label.hide()
    return label


def _centred(card: QWidget, parent: QWidget) -> QVBoxLayout:
    card.setMaximumWidth(CARD_WIDTH)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 100)
    row.addStretch(1)
    outer = QVBoxLayout(parent)
    outer.setContentsMargins(32, 32, 32, 32)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return outer


class UnlockScreen(QWidget):
    """Asks for the passphrase and emits ``unlocked`` with the open Workspace."""

    unlocked = Signal(object)  # the Workspace

    def __init__(self, paths: AppPaths, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settings = settings
        self._backup: Path | None = None
        self.problem: Problem | None = None

        self.pages = QStackedWidget()
        self.unlock_page = QWidget()
        self.problem_page = QWidget()
        self._build_unlock_page()
        self._build_problem_page()
        self.pages.addWidget(self.unlock_page)
        self.pages.addWidget(self.problem_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.refresh()

    # -- the unlock form ----------------------------------------------------------------------

    def _build_unlock_page(self) -> None:
        title = QLabel(self.tr("The vault is locked"))
        title.setFont(_title_font(self.font()))
        intro = QLabel(self.tr("Type the passphrase to open the vault."))
        intro.setWordWrap(True)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase"))
        label.setBuddy(self.passphrase_edit)

        self.show_check = QCheckBox(self.tr("&Show the passphrase"))
        self.show_check.setAccessibleName(self.tr("Show the passphrase"))
        self.error_label = _error_label()
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.status_label = QLabel()
        self.status_label.hide()

        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.passphrase_edit.setMinimumHeight(FIELD_HEIGHT)
        self.unlock_button.setMinimumHeight(FIELD_HEIGHT)
        self.unlock_button.setMinimumWidth(120)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))

        field_row = QHBoxLayout()
        field_row.setSpacing(8)
        field_row.addWidget(self.passphrase_edit, 1)
        field_row.addWidget(self.unlock_button)

        card = QWidget()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(label)
        layout.addLayout(field_row)
        layout.addWidget(self.show_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        _centred(card, self.unlock_page)

        self.setTabOrder(self.passphrase_edit, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.show_check)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.passphrase_edit.textEdited.connect(self.error_label.hide)
        self.unlock_button.clicked.connect(self.unlock)
        self.show_check.toggled.connect(self._set_visible_text)

    def _set_visible_text(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.backup_passphrase_edit.setEchoMode(mode)

    # -- the problem panel --------------------------------------------------------------------

    def _build_problem_page(self) -> None:
        self.problem_title = QLabel(self.tr("The vault cannot be opened"))
        self.problem_title.setFont(_title_font(self.font()))
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        # A read-only field: a long path scrolls instead of stretching the window, and can be
        # copied for whoever helps with the restore.
        self.location_edit = QLineEdit()
        self.location_edit.setReadOnly(True)
        self.location_edit.setAccessibleName(self.tr("Where the vault should be"))
        location_label = QLabel(self.tr("&Where the vault should be:"))
        location_label.setBuddy(self.location_edit)
        location_row = QHBoxLayout()
        location_row.setSpacing(8)
        location_row.addWidget(location_label)
        location_row.addWidget(self.location_edit, 1)
        hint = QLabel(
            self.tr(
                "A backup is a file ending in .ltsv with a .keys file of the same name beside "
                "it. If you cannot find one, ask the person who looks after this laptop."
            )
        )
        hint.setWordWrap(True)

        self.choose_button = QPushButton(self.tr("&Restore from backup…"))
        self.choose_button.setAccessibleName(self.tr("Restore from backup"))
        self.choose_button.setMinimumHeight(FIELD_HEIGHT)
        self.choose_button.setDefault(True)
        self.retry_button = QPushButton(self.tr("&Check again"))
        self.retry_button.setAccessibleName(self.tr("Check again"))
        self.retry_button.setMinimumHeight(FIELD_HEIGHT)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addWidget(self.retry_button)
        choose_row.addStretch(1)

        self.restore_form = QWidget()
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.backup_passphrase_edit = QLineEdit()
        self.backup_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_passphrase_edit.setAccessibleName(self.tr("Passphrase of the backup"))
        backup_passphrase_label = QLabel(self.tr("P&assphrase of the backup"))
        backup_passphrase_label.setBuddy(self.backup_passphrase_edit)
        self.restore_button = QPushButton(self.tr("Restore and &unlock"))
        self.restore_button.setAccessibleName(self.tr("Restore and unlock"))
        self.restore_button.setDefault(True)
        self.restore_button.setMinimumHeight(FIELD_HEIGHT)
        self.backup_passphrase_edit.setMinimumHeight(FIELD_HEIGHT)
        restore_row = QHBoxLayout()
        restore_row.setSpacing(8)
        restore_row.addWidget(self.backup_passphrase_edit, 1)
        restore_row.addWidget(self.restore_button)
        form_layout = QVBoxLayout(self.restore_form)
        form_layout.setContentsMargins(0, 8, 0, 0)
        form_layout.setSpacing(8)
        form_layout.addWidget(self.backup_label)
        form_layout.addWidget(backup_passphrase_label)
        form_layout.addLayout(restore_row)
        self.restore_form.hide()

        self.restore_error_label = _error_label()
        self.restore_error_label.setAccessibleName(self.tr("Problem"))
        self.restore_status_label = QLabel()
        self.restore_status_label.hide()

        card = QWidget()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.problem_title)
        layout.addWidget(self.explanation_label)
        layout.addLayout(location_row)
        layout.addWidget(hint)
        layout.addLayout(choose_row)
        layout.addWidget(self.restore_form)
        layout.addWidget(self.restore_error_label)
        layout.addWidget(self.restore_status_label)
        _centred(card, self.problem_page)

        self.setTabOrder(self.choose_button, self.retry_button)
        self.setTabOrder(self.retry_button, self.backup_passphrase_edit)
        self.setTabOrder(self.backup_passphrase_edit, self.restore_button)
        self.choose_button.clicked.connect(self.choose_backup)
        self.retry_button.clicked.connect(self.refresh)
        self.restore_button.clicked.connect(self.restore)
        self.backup_passphrase_edit.returnPressed.connect(self.restore)

    def _explanation(self, problem: Problem) -> str:
        if problem is Problem.ABSENT:
            return self.tr(
                "No vault was found at its usual place on this laptop. If it was moved, put the "
                "vault and its key file back, or restore them from a backup."
            )
        if problem is Problem.DATABASE_MISSING:
            return self.tr(
                "The vault file is missing or empty, but its key file is still here. ltsupport "
                "will not put a new, empty vault in its place. Restore the vault from a backup."
            )
        if problem is Problem.KEY_FILE_MISSING:
            return self.tr(
                "The vault's key file is missing, so the vault cannot be opened, even with the "
                "right passphrase. Restore the vault and its key file from a backup."
            )
        if problem is Problem.KEY_FILE_DAMAGED:
            return self.tr(
                "The vault's key file is damaged, so the vault cannot be opened. Nothing was "
                "changed. Restore the vault and its key file from a backup."
            )
        return self.tr(
            "The vault file is damaged: its contents fail their integrity check. Nothing was "
            "changed. Restore the vault from a backup."
        )

    # -- behaviour ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Look at the files again and show the unlock form or the matching explanation."""
        state = inspect(self._paths.vault)
        if state is VaultState.PRESENT:
            self._show_unlock_form()
        else:
            self._show_problem(_STATE_PROBLEMS[state])

    def _show_unlock_form(self) -> None:
        self.problem = None
        self.error_label.hide()
        self.passphrase_edit.clear()
        self.pages.setCurrentWidget(self.unlock_page)
        self.passphrase_edit.setFocus()

    def _show_problem(self, problem: Problem) -> None:
        self.problem = problem
        self.passphrase_edit.clear()
        self.explanation_label.setText(self._explanation(problem))
        self.location_edit.setText(str(self._paths.vault))
        self.location_edit.setCursorPosition(0)
        self.pages.setCurrentWidget(self.problem_page)
        self.choose_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.pages.currentWidget() is self.unlock_page:
            self.passphrase_edit.setFocus()
        else:
            self.choose_button.setFocus()

    def _actor(self) -> str | None:
        return self._settings.staff_name or None

    def _begin_work(self, text: str) -> None:
        self.unlock_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        for label in (self.status_label, self.restore_status_label):
            label.setText(text)
            label.show()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _end_work(self) -> None:
        QApplication.restoreOverrideCursor()
        self.status_label.hide()
        self.restore_status_label.hide()
        self.unlock_button.setEnabled(True)
        self.restore_button.setEnabled(True)

    def unlock(self) -> None:
        """Check the typed passphrase and open the vault; emits ``unlocked`` on success."""
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self._wrong(self.tr("Type the passphrase first."))
            return
        self._unlock_with(passphrase)

    def _unlock_with(self, passphrase: str) -> None:
        self.error_label.hide()
        self._begin_work(self.tr("Opening the vault…"))
        try:
            workspace = self._open(passphrase)
        except WrongPassphraseError:
            self._wrong(self.tr("The passphrase is not correct."))
            return
        except KeyFileDamagedError:
            self._show_problem(Problem.KEY_FILE_DAMAGED)
            return
        except VaultDamagedError:
            self._show_problem(Problem.DAMAGED)
            return
        except (VaultMissingError, KeyFileMissingError, NoVaultError):
            self.refresh()
            return
        except VaultError:
            self._wrong(self.tr("The vault could not be opened. Nothing was changed."))
            return
        except OSError:
            self._wrong(self.tr("The vault could not be read from the disk. Nothing was changed."))
            return
        except Exception as exc:  # e.g. a failed migration: the vault is already locked again
            log.warning("Unlock failed (%s).", type(exc).__name__)
            self._wrong(self.tr("The vault could not be opened. Nothing was changed."))
            return
        finally:
            self._end_work()
        self.passphrase_edit.clear()
        self.unlocked.emit(workspace)

    def _open(self, passphrase: str) -> Workspace:
        from ltsupport.services.workspace import open_workspace

        return open_workspace(self._paths, passphrase, actor=self._actor())

    def _wrong(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()

    # -- restore ------------------------------------------------------------------------------

    def choose_backup(self) -> None:
        """Ask for a backup file; if its key file is beside it, ask for its passphrase."""
        self.restore_error_label.hide()
        path = dialogs.open_path(
            self,
            self.tr("Choose a backup of the vault"),
            self.tr("ltsupport backups (*.ltsv)"),
        )
        if path is None:
            return
        keys = key_file_for(path)
        if not keys.is_file():
            self._backup = None
            self.restore_form.hide()
            self.choose_button.setDefault(True)
            self._restore_failed(
                self.tr(
                    "This backup is incomplete: its key file, {name}, must be in the same folder."
                ).format(name=keys.name)
            )
            return
        self._backup = path
        self.backup_label.setText(self.tr("Backup chosen: {name}").format(name=path.name))
        self.backup_passphrase_edit.clear()
        self.restore_form.show()
        self.choose_button.setDefault(False)
        self.backup_passphrase_edit.setFocus()

    def restore(self) -> None:
        """Restore the chosen backup over the vault location, then open it.

        The restore itself keeps whatever is at the location as a dated copy beside it.
        """
        if self._backup is None:
            return
        passphrase = self.backup_passphrase_edit.text()
        if not passphrase:
            self._restore_failed(
                self.tr("Type the passphrase that was used when this backup was made.")
            )
            return
        self.restore_error_label.hide()
        self._begin_work(self.tr("Checking and restoring the backup…"))
        try:
            from ltsupport.services.workspace import restore

            kept = restore(self._paths, self._backup, passphrase)
        except WrongPassphraseError:
            self._restore_failed(
                self.tr("The passphrase is not correct for this backup. Nothing was changed.")
            )
            self.backup_passphrase_edit.clear()
            return
        except (KeyFileDamagedError, KeyFileMissingError, NoVaultError):
            self._restore_failed(
                self.tr(
                    "This backup's key file is missing or damaged. Nothing was changed. "
                    "Choose another backup."
                )
            )
            return
        except VaultDamagedError:
            self._restore_failed(
                self.tr("This backup is damaged. Nothing was changed. Choose another backup.")
            )
            return
        except (VaultError, OSError):
            self._restore_failed(
                self.tr(
                    "The backup could not be restored. The disk may be full or not writable. "
                    "Nothing was changed."
                )
            )
            return
        finally:
            self._end_work()
        backup_name = self._backup.name
        self._backup = None
        self.restore_form.hide()
        self.choose_button.setDefault(True)
        self.backup_passphrase_edit.clear()
        message = self.tr("The vault was restored from the backup {name}.").format(name=backup_name)
        if kept is not None:
            message += " " + self.tr(
                "What was there before was kept beside it as {name}, in case it is needed."
            ).format(name=kept.name)
        dialogs.information(self, self.tr("Backup restored"), message)
        self.refresh()
        if self.problem is None:
            self._unlock_with(passphrase)

    def _restore_failed(self, text: str) -> None:
        self.restore_error_label.setText(text)
        self.restore_error_label.show()
