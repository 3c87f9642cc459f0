"""The main window shell: navigation, lock (by hand and when idle), backup, verify, titles."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from conftest import PASSPHRASE
from ltsupport.paths import AppPaths, key_file_for, resolve
from ltsupport.services.clients import ClientInput
from ltsupport.services.plans import ActionInput
from ltsupport.settings import Settings
from ltsupport.ui import dialogs
from ltsupport.ui.client_dialog import ClientDialog
from ltsupport.ui.main_window import MainWindow
from ltsupport.ui.screens.catalogue_screen import CatalogueScreen
from ltsupport.ui.screens.client_screen import ClientScreen
from ltsupport.ui.screens.clients_screen import ClientsScreen
from ltsupport.ui.screens.today_screen import TodayScreen
from ltsupport.ui.start_window import StartWindow
from ltsupport.vault.errors import VaultError
from ltsupport.vault.store import VerifyReport

LEFT = Qt.MouseButton.LeftButton
SECRET_NAME = "Marisol Quintanilla-Vega"


@pytest.fixture
def start(qtbot: Any, vault_copy: AppPaths) -> Any:
    """Start the app on a copy of the template vault and unlock it by typing the passphrase."""
    windows: list[StartWindow] = []

    def make(paths: AppPaths = vault_copy, idle_timeout_ms: int | None = None) -> StartWindow:
        window = StartWindow(paths, Settings(), idle_timeout_ms=idle_timeout_ms)
        qtbot.addWidget(window)
        window.start()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.shut_down()


def unlock(qtbot: Any, window: StartWindow) -> MainWindow:
    screen = window.unlock_screen
    assert screen is not None
    qtbot.keyClicks(screen.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=10_000):
        qtbot.mouseClick(screen.unlock_button, LEFT)
    main = window.main_window
    assert main is not None
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def living(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.allWidgets() if isinstance(w, kind)]


def open_client(qtbot: Any, main: MainWindow, client_id: Any) -> ClientScreen:
    main.show_clients()
    clients = main.clients_screen
    assert clients is not None
    clients.refresh()
    assert clients.select_client(client_id)
    qtbot.keyClick(clients.table, Qt.Key.Key_Return)
    screen = main.stack.currentWidget()
    assert isinstance(screen, ClientScreen)
    return screen


def test_navigation_lists_only_working_screens(qtbot: Any, start: Any) -> None:
    main = unlock(qtbot, start())
    assert [main.nav.item(i).text() for i in range(main.nav.count())] == [
        "Today",
        "Clients",
        "Resources",
    ]
    assert isinstance(main.stack.currentWidget(), TodayScreen)  # shown first after unlock
    assert main.nav.currentItem() is main.today_item
    assert main.nav.accessibleName()
    assert main.lock_action.shortcut().toString() == "Ctrl+L"
    menu_actions = [a.text() for a in main.menuBar().actions()[0].menu().actions()]
    assert [t for t in menu_actions if t] == [
        "&Lock",
        "&Back up now…",
        "&Verify vault",
        "&Import a case summary…",
        "This agency's public &key…",
        "&Quit",
    ]


def test_opening_a_client_never_puts_the_name_in_a_title(qtbot: Any, start: Any) -> None:
    main = unlock(qtbot, start())
    client = main.workspace.clients.create(
        ClientInput(case_code="TR-777", preferred_name=SECRET_NAME)
    )
    screen = open_client(qtbot, main, client.id)
    assert screen.client_id == client.id
    assert SECRET_NAME in screen.name_label.text()  # the name is on screen...
    assert main.windowTitle() == "ltsupport"  # ...but never in a title
    for widget in QApplication.topLevelWidgets():
        assert SECRET_NAME not in widget.windowTitle()
        assert "TR-777" not in widget.windowTitle()

    qtbot.mouseClick(screen.back_button, LEFT)
    assert isinstance(main.stack.currentWidget(), ClientsScreen)
    assert main.client_screen is None
    qtbot.waitUntil(lambda: not living(ClientScreen))
    assert main.windowTitle() == "ltsupport"


def test_a_client_opened_from_today_goes_back_to_today(qtbot: Any, start: Any) -> None:
    main = unlock(qtbot, start())
    workspace = main.workspace
    client = workspace.clients.create(ClientInput(case_code="TR-780", preferred_name=SECRET_NAME))
    plan = workspace.plans.start(client.id)
    workspace.plans.add_action(
        plan.id, "housing", ActionInput("Call the housing line", due_date=date.today())
    )
    today = main.today_screen
    assert today is not None and main.stack.currentWidget() is today
    today.refresh()
    assert today.model.rowCount() == 1
    today.select_row(0)
    qtbot.keyClick(today.table, Qt.Key.Key_Return)
    screen = main.stack.currentWidget()
    assert isinstance(screen, ClientScreen) and screen.client_id == client.id
    assert main.nav.currentItem() is main.today_item
    assert screen.back_button.text() == "← &Back to Today"
    assert main.windowTitle() == "ltsupport"

    qtbot.mouseClick(screen.back_button, LEFT)
    assert main.stack.currentWidget() is today
    assert main.client_screen is None
    qtbot.waitUntil(lambda: not living(ClientScreen))

    # From the clients list, Back still leads to the clients list.
    screen = open_client(qtbot, main, client.id)
    assert screen.back_button.text() == "← &Back to clients"
    qtbot.mouseClick(screen.back_button, LEFT)
    assert isinstance(main.stack.currentWidget(), ClientsScreen)

    # The Today entry of the navigation shows Today again.
    main.nav.setCurrentItem(main.today_item)
    qtbot.keyClick(main.nav, Qt.Key.Key_Return)
    assert main.stack.currentWidget() is today


def test_ctrl_l_locks_and_throws_every_screen_away(qtbot: Any, start: Any) -> None:
    window = start()
    main = unlock(qtbot, window)
    workspace = main.workspace
    client = workspace.clients.create(ClientInput(case_code="TR-778", preferred_name=SECRET_NAME))
    open_client(qtbot, main, client.id)
    assert living(ClientScreen) and living(ClientsScreen) and living(TodayScreen)

    with qtbot.waitSignal(main.locked, timeout=2_000):
        qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not workspace.is_open
    with pytest.raises(VaultError):
        _ = workspace.engine
    assert not main.backup_action.isEnabled() and not main.verify_action.isEnabled()
    qtbot.waitUntil(lambda: not living(ClientScreen) and not living(ClientsScreen))
    qtbot.waitUntil(lambda: not living(TodayScreen))
    assert main.today_screen is None
    assert not living(CatalogueScreen)
    assert not living(MainWindow)
    assert window.isVisible() and window.main_window is None
    unlock_screen = window.unlock_screen
    assert unlock_screen is not None and window.stack.currentWidget() is unlock_screen
    assert unlock_screen.pages.currentWidget() is unlock_screen.unlock_page
    assert unlock_screen.passphrase_edit.text() == ""

    # Unlocking again needs the passphrase and gives a fresh list.
    main = unlock(qtbot, window)
    assert main.workspace is not workspace and main.workspace.clients.count() == 1


def test_resources_shows_the_catalogue_and_a_lock_throws_it_away(qtbot: Any, start: Any) -> None:
    window = start()
    main = unlock(qtbot, window)
    client = main.workspace.clients.create(
        ClientInput(case_code="TR-779", preferred_name=SECRET_NAME)
    )
    open_client(qtbot, main, client.id)
    main.nav.setCurrentItem(main.resources_item)
    qtbot.keyClick(main.nav, Qt.Key.Key_Return)
    screen = main.stack.currentWidget()
    assert isinstance(screen, CatalogueScreen) and screen is main.catalogue_screen
    assert main.client_screen is None  # the open client was closed
    assert screen.model.rowCount() == main.workspace.catalogue.count() > 0
    assert main.windowTitle() == "ltsupport"

    # Back to the clients and to the resources again: the same catalogue screen is reused.
    main.show_clients()
    assert isinstance(main.stack.currentWidget(), ClientsScreen)
    assert main.nav.currentItem() is main.clients_item
    main.show_resources()
    assert main.stack.currentWidget() is screen

    # Ctrl+L locks even from an open form.
    qtbot.mouseClick(screen.refer_button, LEFT)
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(main.locked, timeout=2_000):
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert main.catalogue_screen is None
    qtbot.waitUntil(lambda: not living(CatalogueScreen) and not living(ClientScreen))
    assert window.isVisible() and window.stack.currentWidget() is window.unlock_screen


def test_idle_lock_fires_after_the_timeout(qtbot: Any, start: Any) -> None:
    window = start(idle_timeout_ms=300)
    main = unlock(qtbot, window)
    workspace = main.workspace
    began = time.monotonic()
    with qtbot.waitSignal(main.locked, timeout=3_000):
        pass
    assert time.monotonic() - began < 2.0
    assert not workspace.is_open
    assert window.isVisible() and window.stack.currentWidget() is window.unlock_screen


def test_idle_lock_closes_an_open_form(
    qtbot: Any, start: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, _t: asked.append(title) or False)
    window = start(idle_timeout_ms=400)
    main = unlock(qtbot, window)
    main.show_clients()
    clients = main.clients_screen
    assert clients is not None
    qtbot.mouseClick(clients.new_button, LEFT)
    dialog = clients.dialog
    assert isinstance(dialog, ClientDialog) and dialog.isVisible()
    with qtbot.waitSignal(main.locked, timeout=3_000):
        qtbot.keyClicks(dialog.preferred_name, SECRET_NAME)
        assert dialog.has_changes()
    assert not dialog.isVisible()
    assert asked == []  # the lock never waits for "discard changes?"
    qtbot.waitUntil(lambda: not living(ClientDialog) and not living(ClientsScreen))
    assert window.isVisible() and window.stack.currentWidget() is window.unlock_screen


def test_input_postpones_the_idle_lock(qtbot: Any, start: Any) -> None:
    main = unlock(qtbot, start(idle_timeout_ms=600))
    main.show_clients()
    clients = main.clients_screen
    assert clients is not None
    began = time.monotonic()
    for step in range(8):  # about 1.2 s of activity, twice the timeout
        if step % 2:
            qtbot.keyClick(clients.search, Qt.Key.Key_Shift)
        else:
            qtbot.mouseMove(clients.table.viewport(), QPoint(20 + step, 20 + step))
        qtbot.wait(150)
    assert time.monotonic() - began > 1.0
    assert not main.is_locked and main.workspace.is_open
    with qtbot.waitSignal(main.locked, timeout=3_000):
        pass
    assert not main.workspace.is_open


def test_settings_decide_the_idle_timeout(qtbot: Any, workspace: Any) -> None:
    main = MainWindow(workspace, Settings(idle_lock_minutes=7))
    qtbot.addWidget(main)
    assert main.idle_timer.interval() == 7 * 60_000 and main.idle_timer.isActive()
    main.close()
    assert not workspace.is_open and not main.idle_timer.isActive()


def test_back_up_now_writes_a_verified_backup_and_names_it(
    qtbot: Any, start: Any, vault_copy: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "information", lambda parent, t, text: told.append((t, text)))
    main = unlock(qtbot, start())
    main.backup_action.trigger()
    backups = list(vault_copy.backup_dir.glob("*.ltsv"))
    assert len(backups) == 1 and key_file_for(backups[0]).exists()
    assert told and told[0][0] == "Backup written"
    assert backups[0].name in told[0][1] and key_file_for(backups[0]).name in told[0][1]


def test_a_failed_backup_says_so(
    qtbot: Any, start: Any, vault_copy: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, t, text: errors.append(text))
    monkeypatch.setattr(dialogs, "information", lambda *a: pytest.fail("no success message"))
    main = unlock(qtbot, start())

    def full_disk(dest: Path | None = None) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(main.workspace, "backup", full_disk)
    main.backup_action.trigger()
    assert len(errors) == 1 and "could not be written" in errors[0]
    assert not list(vault_copy.backup_dir.glob("*.ltsv"))
    assert QApplication.overrideCursor() is None


def test_verify_reports_sound_and_damaged(
    qtbot: Any, start: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "information", lambda parent, t, text: told.append(text))
    monkeypatch.setattr(dialogs, "warning", lambda parent, t, text: warned.append(text))
    main = unlock(qtbot, start())
    main.verify_action.trigger()
    assert len(told) == 1 and "The vault is sound" in told[0] and not warned

    damaged = VerifyReport(("page 3", "page 9"), ("row missing",), 1)
    monkeypatch.setattr(main.workspace, "verify", lambda: damaged)
    main.verify_action.trigger()
    assert len(warned) == 1
    assert "2 damaged page(s)" in warned[0]
    assert "1 broken link(s)" in warned[0]
    assert "restore the vault" in warned[0]


def test_quit_locks_and_closes_without_the_lock_screen(qtbot: Any, start: Any) -> None:
    window = start()
    main = unlock(qtbot, window)
    workspace = main.workspace
    with qtbot.assertNotEmitted(main.locked):
        main.quit_action.trigger()
    assert not workspace.is_open
    assert not main.isVisible() and not window.isVisible()


def test_screenshots(
    qtbot: Any, start: Any, template_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Renders the vault screens and the main window; saved when LTSUPPORT_SCREENSHOTS is set."""
    import shutil

    out = os.environ.get("LTSUPPORT_SCREENSHOTS")
    shots: dict[str, QWidget] = {}

    first_run = resolve(env={"LTSUPPORT_HOME": str(tmp_path / "first-run")})
    creating = start(first_run)
    creating.resize(760, 600)
    screen = creating.create_screen
    assert screen is not None
    qtbot.keyClicks(screen.name_edit, "Sam Okafor")
    qtbot.keyClicks(screen.passphrase_edit, "sunflower kitchen")
    qtbot.keyClicks(screen.confirm_edit, "sunflower kit")
    qtbot.mouseClick(screen.create_button, LEFT)
    assert screen.error_label.isVisible()
    shots["create-screen"] = creating

    damaged = resolve(env={"LTSUPPORT_HOME": str(tmp_path / "damaged")})
    damaged.ensure()
    shutil.copy2(key_file_for(template_vault), damaged.key_file)
    missing = start(damaged)
    missing.resize(760, 600)
    shots["restore-screen"] = missing

    window = start()
    window.resize(760, 600)
    unlock_screen = window.unlock_screen
    assert unlock_screen is not None
    qtbot.keyClicks(unlock_screen.passphrase_edit, "a wrong guess")
    qtbot.mouseClick(unlock_screen.unlock_button, LEFT)
    assert unlock_screen.error_label.isVisible()
    if out:
        _save(shots | {"unlock-screen": window}, Path(out))
    shots.clear()

    main = unlock(qtbot, window)
    main.resize(1100, 720)
    for code, name, worker in (
        ("TR-2026-014", "Amara N.", "Sam Okafor"),
        ("TR-2026-015", "Lin", "Sam Okafor"),
        ("TR-2026-016", "Marisol", "Jo Tremblay"),
    ):
        main.workspace.clients.create(
            ClientInput(case_code=code, preferred_name=name, assigned_worker=worker)
        )
    main.show_clients()
    assert main.clients_screen is not None
    main.clients_screen.refresh()
    shots["main-window"] = main
    if out:
        _save(shots, Path(out))
    main.show_resources()
    assert isinstance(main.stack.currentWidget(), CatalogueScreen)
    if out:
        _save({"main-window-resources": main}, Path(out))


def _save(shots: dict[str, QWidget], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, widget in shots.items():
        assert widget.grab().save(str(out / f"{name}.png"))
