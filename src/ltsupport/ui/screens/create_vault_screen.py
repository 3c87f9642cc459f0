"""First run: create the vault and choose its passphrase.

Nothing here imports SQLAlchemy until the vault is actually created, so this screen appears fast.
Problems with the passphrase are shown beside the form, never in a pop-up, and create nothing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ltsupport.paths import AppPaths
from ltsupport.settings import Settings
from ltsupport.ui import dialogs
from ltsupport.vault.errors import VaultError, VaultExistsError
from ltsupport.vault.passphrase import MIN_LENGTH, strength

if TYPE_CHECKING:
    from ltsupport.services.workspace import Workspace
    from ltsupport.vault.keyfile import KdfParams

log = logging.getLogger(__name__)

# Fill colours of the strength meter, from "very weak" to "strong".
STRENGTH_COLOURS = ("#b3261e", "#c2410c", "#a16207", "#2e7d32", "#1b5e20")
ERROR_COLOUR = "#b3261e"
CARD_WIDTH = 560
FIELD_HEIGHT = 30


class CreateVaultScreen(QWidget):
    """Explains the vault, asks for a passphrase twice, creates the vault, emits ``unlocked``.

    ``kdf`` overrides the calibrated Argon2id cost (tests pass a cheap one).
    """

    unlocked = Signal(object)  # the new Workspace

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settings = settings
        self._kdf = kdf

        self.title_label = QLabel(self.tr("Create the vault"))
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setAccessibleName(self.tr("Create the vault"))

        self.intro_label = QLabel(
            self.tr(
                "Everything you record is kept in one encrypted file on this laptop, "
                "called the vault. Nobody can recover the passphrase if it is lost, so write it "
                "down and keep it somewhere safe."
            )
        )
        self.intro_label.setWordWrap(True)

        self.name_edit = QLineEdit(settings.staff_name)
        self.name_edit.setAccessibleName(self.tr("Your name (optional)"))
        self.name_edit.setAccessibleDescription(
            self.tr("Shown in the vault's activity record next to the changes you make.")
        )
        self.name_edit.setMaxLength(100)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))

        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setValue(0)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setFixedHeight(10)
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)

        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Passphrase again"))

        self.show_check = QCheckBox(self.tr("&Show the passphrase"))
        self.show_check.setAccessibleName(self.tr("Show the passphrase"))

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.create_button = QPushButton(self.tr("&Create the vault"))
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.create_button.setAccessibleName(self.tr("Create the vault"))
        self.create_button.setMinimumHeight(FIELD_HEIGHT + 2)
        for edit in (self.name_edit, self.passphrase_edit, self.confirm_edit):
            edit.setMinimumHeight(FIELD_HEIGHT)

        self._build_layout()
        self._connect()
        self._update_strength("")

    # -- layout -------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(12)

        name_label = QLabel(self.tr("Your &name (optional)"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)

        passphrase_label = QLabel(
            self.tr("&Passphrase (at least {count} characters)").format(count=MIN_LENGTH)
        )
        passphrase_label.setBuddy(self.passphrase_edit)
        meter = QWidget()
        meter_layout = QVBoxLayout(meter)
        meter_layout.setContentsMargins(0, 0, 0, 0)
        meter_layout.setSpacing(4)
        meter_layout.addWidget(self.passphrase_edit)
        meter_layout.addWidget(self.strength_bar)
        meter_layout.addWidget(self.strength_label)
        form.addRow(passphrase_label, meter)

        confirm_label = QLabel(self.tr("&Type the passphrase again"))
        confirm_label.setBuddy(self.confirm_edit)
        form.addRow(confirm_label, self.confirm_edit)
        form.addRow(self.show_check)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)

        card = QWidget()
        card.setMaximumWidth(CARD_WIDTH)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.setSpacing(14)
        card_layout.addWidget(self.title_label)
        card_layout.addWidget(self.intro_label)
        card_layout.addSpacing(6)
        card_layout.addLayout(form)
        card_layout.addWidget(self.error_label)
        card_layout.addWidget(self.status_label)
        card_layout.addLayout(buttons)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 100)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.setTabOrder(self.name_edit, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.confirm_edit)
        self.setTabOrder(self.confirm_edit, self.show_check)
        self.setTabOrder(self.show_check, self.create_button)

    def _connect(self) -> None:
        self.passphrase_edit.textChanged.connect(self._update_strength)
        self.passphrase_edit.textChanged.connect(self._hide_error)
        self.confirm_edit.textChanged.connect(self._hide_error)
        self.show_check.toggled.connect(self._set_visible_text)
        self.name_edit.returnPressed.connect(self.passphrase_edit.setFocus)
        self.passphrase_edit.returnPressed.connect(self.confirm_edit.setFocus)
        self.confirm_edit.returnPressed.connect(self.create_vault)
        self.create_button.clicked.connect(self.create_vault)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.name_edit.text():
            self.name_edit.setFocus()
        else:
            self.passphrase_edit.setFocus()

    # -- behaviour ----------------------------------------------------------------------------

    def _set_visible_text(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)

    def _score_names(self) -> tuple[str, ...]:
        return (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )

    def _update_strength(self, passphrase: str) -> None:
        if not passphrase:
            score = 0
            text = self.tr(
                "Use at least {count} characters. Several unrelated words work well."
            ).format(count=MIN_LENGTH)
        else:
            estimate = strength(passphrase)
            score = estimate.score
            name = self._score_names()[score]
            if not estimate.long_enough:
                advice = self.tr("Too short: use at least {count} characters.").format(
                    count=MIN_LENGTH
                )
            elif estimate.weak:
                advice = self._advice(estimate.warning, estimate.suggestions)
            else:
                advice = self.tr("Hard to guess.")
            text = self.tr("Strength: {strength}. {advice}").format(strength=name, advice=advice)
        self.strength_bar.setValue(score)
        palette = self.strength_bar.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(STRENGTH_COLOURS[score]))
        self.strength_bar.setPalette(palette)
        self.strength_bar.setAccessibleDescription(text)
        self.strength_label.setText(text)

    def _advice(self, warning: str, suggestions: tuple[str, ...]) -> str:
        # zxcvbn's feedback is English; translators add its sentences under this context.
        feedback = warning or (suggestions[0] if suggestions else "")
        if feedback:
            return QCoreApplication.translate("PassphraseFeedback", feedback)
        return self.tr("Add another word or two. Uncommon words are better.")

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _hide_error(self) -> None:
        self.error_label.hide()
        self.error_label.clear()

    def create_vault(self) -> None:
        """Check the passphrase, create the vault and emit ``unlocked``. Any refusal creates
        nothing and says why beside the form."""
        self._hide_error()
        passphrase = self.passphrase_edit.text()
        if len(passphrase) < MIN_LENGTH:
            self._show_error(
                self.tr(
                    "The passphrase is too short. Use at least {count} characters; "
                    "several words work well."
                ).format(count=MIN_LENGTH)
            )
            self.passphrase_edit.setFocus()
            return
        if passphrase != self.confirm_edit.text():
            self._show_error(
                self.tr(
                    "The two passphrases are not the same. Type the passphrase again in the "
                    "second box."
                )
            )
            self.confirm_edit.selectAll()
            self.confirm_edit.setFocus()
            return
        if strength(passphrase).weak and not dialogs.confirm(
            self,
            self.tr("Use a weak passphrase?"),
            self.tr(
                "This passphrase is easy to guess. Anyone who gets this laptop could try it and "
                "read every record. A few more unrelated words make it much stronger.\n\n"
                "Use this passphrase anyway?"
            ),
        ):
            self.passphrase_edit.setFocus()
            return
        name = " ".join(self.name_edit.text().split())
        workspace = self._create(passphrase, name)
        if workspace is None:
            return
        self._remember_name(name)
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.unlocked.emit(workspace)

    def _create(self, passphrase: str, name: str) -> Workspace | None:
        self.create_button.setEnabled(False)
        self.status_label.setText(self.tr("Creating the vault. This takes a few seconds…"))
        self.status_label.show()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        try:
            from ltsupport.services.workspace import create_workspace

            return create_workspace(self._paths, passphrase, actor=name or None, kdf=self._kdf)
        except VaultExistsError:
            self._show_error(
                self.tr(
                    "A vault already exists at this location, so a new one was not created. "
                    "Close ltsupport and open it again to unlock that vault."
                )
            )
        except VaultError:
            self._show_error(self.tr("The vault could not be created. Nothing was changed."))
        except OSError:
            self._show_error(
                self.tr(
                    "The vault could not be written. The disk may be full or not writable. "
                    "Nothing was created."
                )
            )
        except Exception as exc:  # the store removes a half-made vault before re-raising
            log.warning("Creating the vault failed (%s).", type(exc).__name__)
            self._show_error(self.tr("The vault could not be created. Nothing was changed."))
        finally:
            QApplication.restoreOverrideCursor()
            self.status_label.hide()
            self.create_button.setEnabled(True)
        return None

    def _remember_name(self, name: str) -> None:
        if name == self._settings.staff_name:
            return
        self._settings.staff_name = name
        try:
            self._settings.save(self._paths.settings_file)
        except OSError:
            log.warning("The settings file could not be saved.")
