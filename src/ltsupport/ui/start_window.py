"""The first window, and the controller that moves between it and the main window.

On first run (no vault at all) it shows the create screen, otherwise the unlock screen. Once the
vault is open it hands the workspace to a new :class:`MainWindow` and hides itself; when that
window locks, the main window is thrown away and the unlock screen comes back.

The main window module (and with it SQLAlchemy) is imported only after unlocking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ltsupport.paths import AppPaths
from ltsupport.settings import Settings
from ltsupport.ui.screens.create_vault_screen import CreateVaultScreen
from ltsupport.ui.screens.unlock_screen import UnlockScreen
from ltsupport.vault.state import VaultState, inspect

if TYPE_CHECKING:
    from ltsupport.services.workspace import Workspace
    from ltsupport.ui.main_window import MainWindow
    from ltsupport.vault.keyfile import KdfParams

APP_TITLE = "ltsupport"


class StartWindow(QWidget):
    """Create or unlock the vault, then run the main window until it locks."""

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
        idle_timeout_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settings = settings
        self._kdf = kdf
        self._idle_timeout_ms = idle_timeout_ms
        self.create_screen: CreateVaultScreen | None = None
        self.unlock_screen: UnlockScreen | None = None
        self.main_window: MainWindow | None = None

        self.setWindowTitle(APP_TITLE)
        self.resize(760, 600)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def start(self) -> None:
        """Show the create screen if there is no vault at all, else the unlock screen."""
        if inspect(self._paths.vault) is VaultState.ABSENT:
            self.show_create()
        else:
            self.show_unlock()
        self.show()

    def show_create(self) -> None:
        if self.create_screen is None:
            self.create_screen = CreateVaultScreen(self._paths, self._settings, kdf=self._kdf)
            self.create_screen.unlocked.connect(self._unlocked)
            self.stack.addWidget(self.create_screen)
        self.stack.setCurrentWidget(self.create_screen)

    def show_unlock(self) -> None:
        if self.unlock_screen is None:
            self.unlock_screen = UnlockScreen(self._paths, self._settings)
            self.unlock_screen.unlocked.connect(self._unlocked)
            self.stack.addWidget(self.unlock_screen)
        else:
            self.unlock_screen.refresh()
        self.stack.setCurrentWidget(self.unlock_screen)
        if self.create_screen is not None:
            # The create screen is only for the first run; never offer it over a vault.
            self.stack.removeWidget(self.create_screen)
            self.create_screen.deleteLater()
            self.create_screen = None

    def _unlocked(self, workspace: Workspace) -> None:
        from ltsupport.ui.main_window import MainWindow

        try:
            main = MainWindow(workspace, self._settings, idle_timeout_ms=self._idle_timeout_ms)
        except Exception:
            workspace.lock()  # never leave an open vault without a window to lock it
            raise
        main.locked.connect(self._locked)
        self.main_window = main
        main.move(self.geometry().center() - main.rect().center())
        main.show()
        main.activateWindow()
        self.hide()
        self.show_unlock()

    def _locked(self) -> None:
        main, self.main_window = self.main_window, None
        self.show_unlock()
        if main is not None:
            self.move(main.geometry().center() - self.rect().center())
            main.hide()
            main.deleteLater()
        self.show()
        self.activateWindow()
        self.raise_()

    def shut_down(self) -> None:
        """Lock the vault if it is open (called when the app quits for any reason)."""
        if self.main_window is not None:
            self.main_window.close()
