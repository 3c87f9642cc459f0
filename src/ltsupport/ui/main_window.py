"""The main window: a thin shell around the screens, with lock, backup and verify.

The window title is always just the app's name: a client's name must never appear in a title bar,
a task switcher or a screen-sharing preview. Locking throws every screen away.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ltsupport.paths import key_file_for
from ltsupport.services.workspace import Workspace
from ltsupport.settings import Settings
from ltsupport.ui import dialogs
from ltsupport.ui.screens.catalogue_screen import CatalogueScreen
from ltsupport.ui.screens.client_screen import ClientScreen
from ltsupport.ui.screens.clients_screen import ClientsScreen
from ltsupport.ui.screens.today_screen import TodayScreen
from ltsupport.vault.store import VerifyReport

log = logging.getLogger(__name__)

APP_TITLE = "ltsupport"  # the product name, the same in every language
NAV_WIDTH = 180
NAV_ITEM_HEIGHT = 34

# Input that counts as "someone is using the app" for the idle lock.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class MainWindow(QMainWindow):
    """Hosts the screens of an unlocked workspace; emits ``locked`` once the vault is locked.

    ``idle_timeout_ms`` overrides ``settings.idle_lock_minutes`` (tests use a short one).
    """

    locked = Signal()

    def __init__(
        self,
        workspace: Workspace,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        idle_timeout_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._is_locked = False
        self.setWindowTitle(APP_TITLE)
        self.resize(1100, 720)

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setSpacing(2)
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.nav.setFont(nav_font)
        self.today_item = QListWidgetItem(self.tr("Today"))
        self.today_item.setSizeHint(QSize(NAV_WIDTH - 8, NAV_ITEM_HEIGHT))
        self.nav.addItem(self.today_item)
        self.clients_item = QListWidgetItem(self.tr("Clients"))
        self.clients_item.setSizeHint(QSize(NAV_WIDTH - 8, NAV_ITEM_HEIGHT))
        self.nav.addItem(self.clients_item)
        self.resources_item = QListWidgetItem(self.tr("Resources"))
        self.resources_item.setSizeHint(QSize(NAV_WIDTH - 8, NAV_ITEM_HEIGHT))
        self.nav.addItem(self.resources_item)
        self.nav.setCurrentItem(self.today_item)
        self.nav.itemActivated.connect(self._navigate)
        self.nav.itemClicked.connect(self._navigate)

        self.stack = QStackedWidget()
        self.today_screen: TodayScreen | None = TodayScreen(workspace)
        self.today_screen.client_opened.connect(self._open_client_from_today)
        self.stack.addWidget(self.today_screen)
        self.clients_screen: ClientsScreen | None = ClientsScreen(workspace)
        self.clients_screen.client_opened.connect(self.open_client)
        self.stack.addWidget(self.clients_screen)
        self.stack.setCurrentWidget(self.today_screen)
        self.client_screen: ClientScreen | None = None
        self.catalogue_screen: CatalogueScreen | None = None

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.nav, self.today_screen)

        self._build_actions()

        minutes = settings.idle_lock_minutes
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(
            idle_timeout_ms if idle_timeout_ms is not None else minutes * 60_000
        )
        self.idle_timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.idle_timer.start()

    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)

        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.setToolTip(self.tr("Write a verified copy of the vault"))
        self.backup_action.triggered.connect(self.back_up)

        self.verify_action = QAction(self.tr("&Verify vault"), self)
        self.verify_action.setToolTip(self.tr("Check the vault for damage"))
        self.verify_action.triggered.connect(self.verify)

        self.import_action = QAction(self.tr("&Import a case summary…"), self)
        self.import_action.setToolTip(self.tr("Open a case file from another agency"))
        self.import_action.triggered.connect(self.import_case)

        self.agency_key_action = QAction(self.tr("This agency's public &key…"), self)
        self.agency_key_action.setToolTip(
            self.tr("Show the key other agencies encrypt case files to")
        )
        self.agency_key_action.triggered.connect(self.show_agency_key)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)

        menu = self.menuBar().addMenu(self.tr("&Vault"))
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.verify_action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.agency_key_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        toolbar = QToolBar(self.tr("Vault"))
        toolbar.setObjectName("vault-toolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.toggleViewAction().setEnabled(False)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.backup_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    # -- screens ------------------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    @property
    def is_locked(self) -> bool:
        return self._is_locked

    def _navigate(self, item: QListWidgetItem) -> None:
        if item is self.today_item:
            self.show_today()
        elif item is self.clients_item:
            self.show_clients()
        elif item is self.resources_item:
            self.show_resources()

    def show_today(self) -> None:
        """Close any open client and show what is due across the caseload."""
        self._close_client()
        if self.today_screen is not None:
            self.stack.setCurrentWidget(self.today_screen)
            self.nav.setCurrentItem(self.today_item)
            self.today_screen.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_clients(self) -> None:
        """Close any open client and show the list."""
        self._close_client()
        if self.clients_screen is not None:
            self.stack.setCurrentWidget(self.clients_screen)
            self.nav.setCurrentItem(self.clients_item)
            self.clients_screen.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_resources(self) -> None:
        """Close any open client and show the resource catalogue (made on first use)."""
        if self._is_locked:
            return
        self._close_client()
        if self.catalogue_screen is None:
            self.catalogue_screen = CatalogueScreen(self._workspace)
            self.stack.addWidget(self.catalogue_screen)
        self.stack.setCurrentWidget(self.catalogue_screen)
        self.nav.setCurrentItem(self.resources_item)
        self.catalogue_screen.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_client(self, client_id: uuid.UUID, *, from_today: bool = False) -> None:
        """Show one client's screen in place of the list; Back returns to the clients list,
        or to Today when the client was opened from there."""
        if self._is_locked:
            return
        self._close_client()
        screen = ClientScreen(
            self._workspace, client_id, back_to="today" if from_today else "clients"
        )
        screen.back_requested.connect(self.show_today if from_today else self.show_clients)
        self.client_screen = screen
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        self.nav.setCurrentItem(self.today_item if from_today else self.clients_item)
        screen.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_client_from_today(self, client_id: uuid.UUID) -> None:
        self.open_client(client_id, from_today=True)

    def _close_client(self) -> None:
        screen, self.client_screen = self.client_screen, None
        if screen is not None:
            self._discard(screen)

    def _discard(self, widget: QWidget) -> None:
        self.stack.removeWidget(widget)
        widget.hide()
        widget.deleteLater()

    # -- vault actions ------------------------------------------------------------------------

    def back_up(self) -> None:
        """Write a verified backup into the backups folder and say where it went."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = self._workspace.backup()
        except Exception as exc:  # any failure: the copy is discarded and the vault untouched
            log.warning("Backup failed (%s).", type(exc).__name__)
            written = None
        finally:
            QApplication.restoreOverrideCursor()
        if written is None:
            dialogs.error(
                self,
                self.tr("Backup not written"),
                self.tr(
                    "The backup could not be written, so no copy was kept. The vault itself is "
                    "unchanged. Check that the disk has free space, then try again."
                ),
            )
            return
        dialogs.information(
            self,
            self.tr("Backup written"),
            self.tr(
                "A verified backup was written to the backups folder as {name}, with its key "
                "file {keys}. Copy both files to a safe place away from this laptop.\n\n"
                "Backups folder: {folder}"
            ).format(
                name=written.name, keys=key_file_for(written).name, folder=str(written.parent)
            ),
        )

    def verify(self) -> None:
        """Check every page, the database structure and the links between records."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self._workspace.verify()
        except Exception as exc:  # a vault that cannot even be read is damaged
            log.warning("Verify failed (%s).", type(exc).__name__)
            report = None
        finally:
            QApplication.restoreOverrideCursor()
        if report is not None and report.ok:
            dialogs.information(
                self,
                self.tr("Vault verified"),
                self.tr(
                    "The vault is sound: the encryption, the database and the links between "
                    "records all check out."
                ),
            )
            return
        dialogs.warning(self, self.tr("The vault is damaged"), self._damage_text(report))

    def import_case(self) -> None:
        """Open, preview and import a case file; the clients list shows an imported client."""
        if self._is_locked:
            return
        from ltsupport.ui.case_import_dialog import CaseImportDialog

        dialog = CaseImportDialog(self._workspace, self)
        dialog.imported.connect(self._case_imported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _case_imported(self) -> None:
        if self.clients_screen is not None:
            self.clients_screen.refresh()
        if self.today_screen is not None:
            self.today_screen.refresh()

    def show_agency_key(self) -> None:
        if self._is_locked:
            return
        from ltsupport.ui.agency_key_dialog import AgencyKeyDialog

        dialog = AgencyKeyDialog(self._workspace, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _damage_text(self, report: VerifyReport | None) -> str:
        parts: list[str] = []
        if report is None:
            parts.append(self.tr("the vault could not be read"))
        else:
            if report.cipher_errors:
                parts.append(self.tr("%n damaged page(s)", "", len(report.cipher_errors)))
            if report.integrity != ("ok",):
                parts.append(self.tr("the database structure is damaged"))
            if report.foreign_key_violations:
                parts.append(
                    self.tr("%n broken link(s) between records", "", report.foreign_key_violations)
                )
        return self.tr(
            "The vault failed its check: {problems}. Make no more changes, and restore the vault "
            "from a recent backup. Ask the person who looks after this laptop for help."
        ).format(problems="; ".join(parts))

    # -- locking ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._is_locked:
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == self.lock_action.shortcut()
        ):
            # An open form blocks the window's shortcut; the lock key still locks at once.
            self.lock()
            return True
        if event.type() in ACTIVITY_EVENTS:
            self.idle_timer.start()
        return False

    def lock(self) -> None:
        """Throw away every screen, lock the vault and emit ``locked``."""
        if self._shut_down():
            self.locked.emit()

    def _shut_down(self) -> bool:
        """Dispose of the screens and lock the workspace; ``False`` if that already happened."""
        if self._is_locked:
            return False
        self._is_locked = True
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for action in (
            self.lock_action,
            self.backup_action,
            self.verify_action,
            self.import_action,
            self.agency_key_action,
        ):
            action.setEnabled(False)
        for dialog in self.findChildren(QDialog):  # an open form or question goes too
            dialog.hide()
            dialog.reject()
        self.client_screen = None
        self.today_screen = None
        self.clients_screen = None
        self.catalogue_screen = None
        while (screen := self.stack.widget(0)) is not None:
            self._discard(screen)
        self._workspace.lock()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window locks the vault and ends the app (it does not show the lock
        screen)."""
        self._shut_down()
        super().closeEvent(event)
