"""The create and unlock screens and the start-up flow, driven as a worker would."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from conftest import FAST_KDF, PASSPHRASE
from ltsupport.paths import AppPaths, key_file_for
from ltsupport.services.clients import ClientInput
from ltsupport.settings import Settings
from ltsupport.ui import dialogs
from ltsupport.ui.i18n import choose_language, install_translators, remove_translators
from ltsupport.ui.screens.create_vault_screen import CreateVaultScreen
from ltsupport.ui.screens.unlock_screen import Problem, UnlockScreen
from ltsupport.ui.start_window import StartWindow

LEFT = Qt.MouseButton.LeftButton
STRONG = "maple river lantern 42"  # zxcvbn score 4


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def vault_files(paths: AppPaths) -> list[Path]:
    return sorted(p for p in paths.vault.parent.glob(paths.vault.name + "*") if p.exists())


def never_asked(*args: Any) -> bool:
    raise AssertionError(f"no question expected, got {args[1:]}")


@pytest.fixture
def start(qtbot: Any, app_paths: AppPaths) -> Any:
    """A factory for started StartWindows; every workspace left open is locked at teardown."""
    windows: list[StartWindow] = []

    def make(paths: AppPaths = app_paths, **kw: Any) -> StartWindow:
        window = StartWindow(paths, Settings.load(paths.settings_file), kdf=FAST_KDF, **kw)
        qtbot.addWidget(window)
        window.start()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.shut_down()


def create_screen(qtbot: Any, paths: AppPaths) -> CreateVaultScreen:
    screen = CreateVaultScreen(paths, Settings(), kdf=FAST_KDF)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def unlock_screen(qtbot: Any, paths: AppPaths) -> UnlockScreen:
    screen = UnlockScreen(paths, Settings())
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    return screen


def fill(qtbot: Any, screen: CreateVaultScreen, passphrase: str, again: str) -> None:
    qtbot.keyClicks(screen.passphrase_edit, passphrase)
    qtbot.keyClicks(screen.confirm_edit, again)


# -- first run ---------------------------------------------------------------------------------


def test_create_then_lock_then_unlock(
    qtbot: Any, start: Any, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "confirm", never_asked)
    window = start()
    screen = window.create_screen
    assert screen is not None and window.stack.currentWidget() is screen
    assert "encrypted file on this laptop" in screen.intro_label.text()
    assert "write it down" in screen.intro_label.text()
    assert screen.passphrase_edit.echoMode() is QLineEdit.EchoMode.Password

    qtbot.keyClicks(screen.name_edit, "Sam Okafor")
    fill(qtbot, screen, STRONG, STRONG)
    with qtbot.waitSignal(screen.unlocked, timeout=10_000) as created:
        qtbot.mouseClick(screen.create_button, LEFT)
    workspace = created.args[0]
    assert workspace.is_open and workspace.actor == "Sam Okafor"
    assert app_paths.vault.stat().st_size > 0 and app_paths.key_file.exists()
    assert Settings.load(app_paths.settings_file).staff_name == "Sam Okafor"
    main = window.main_window
    assert main is not None and main.isVisible() and not window.isVisible()
    assert main.workspace is workspace

    with qtbot.waitSignal(main.locked):
        main.lock_action.trigger()
    assert not workspace.is_open
    assert window.isVisible() and window.main_window is None
    unlock = window.unlock_screen
    assert unlock is not None and window.stack.currentWidget() is unlock
    assert unlock.problem is None and unlock.passphrase_edit.isVisible()
    assert window.create_screen is None  # never offered again once a vault exists

    qtbot.keyClicks(unlock.passphrase_edit, STRONG)
    with qtbot.waitSignal(unlock.unlocked, timeout=10_000) as opened:
        qtbot.keyClick(unlock.passphrase_edit, Qt.Key.Key_Return)
    assert opened.args[0].is_open and opened.args[0].actor == "Sam Okafor"
    assert window.main_window is not None and window.main_window.isVisible()
    assert unlock.passphrase_edit.text() == ""


@pytest.mark.parametrize(
    ("passphrase", "again", "expected"),
    [
        ("short one", "short one", "too short"),
        (STRONG, STRONG + "!", "not the same"),
        ("", "", "too short"),
    ],
)
def test_refused_passphrases_say_why_inline_and_create_nothing(
    qtbot: Any,
    app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    passphrase: str,
    again: str,
    expected: str,
) -> None:
    monkeypatch.setattr(dialogs, "confirm", never_asked)
    screen = create_screen(qtbot, app_paths)
    fill(qtbot, screen, passphrase, again)
    with qtbot.assertNotEmitted(screen.unlocked):
        qtbot.mouseClick(screen.create_button, LEFT)
    assert screen.error_label.isVisible()
    assert expected in screen.error_label.text()
    assert not app_paths.vault.exists() and not app_paths.key_file.exists()
    assert vault_files(app_paths) == []

    # Correcting the passphrase hides the message.
    qtbot.keyClicks(screen.passphrase_edit, "x")
    assert not screen.error_label.isVisible()


def test_weak_passphrase_asks_first_and_no_keeps_nothing(
    qtbot: Any, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []
    answer = False

    def confirm(parent: Any, title: str, text: str) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(dialogs, "confirm", confirm)
    screen = create_screen(qtbot, app_paths)
    fill(qtbot, screen, "password1234", "password1234")
    with qtbot.assertNotEmitted(screen.unlocked):
        qtbot.mouseClick(screen.create_button, LEFT)
    assert len(questions) == 1 and "easy to guess" in questions[0]
    assert not app_paths.vault.exists() and not app_paths.key_file.exists()

    answer = True
    with qtbot.waitSignal(screen.unlocked, timeout=10_000) as created:
        qtbot.mouseClick(screen.create_button, LEFT)
    assert len(questions) == 2
    assert app_paths.key_file.exists()
    created.args[0].lock()


def test_strength_meter_and_show_toggle(qtbot: Any, app_paths: AppPaths) -> None:
    screen = create_screen(qtbot, app_paths)
    assert screen.strength_bar.minimum() == 0 and screen.strength_bar.maximum() == 4
    assert "at least 10 characters" in screen.strength_label.text()

    qtbot.keyClicks(screen.passphrase_edit, "abc")
    assert screen.strength_label.text().startswith("Strength: Very weak.")
    assert "Too short" in screen.strength_label.text()

    screen.passphrase_edit.clear()
    qtbot.keyClicks(screen.passphrase_edit, "password1234")
    assert screen.strength_bar.value() == 1
    assert screen.strength_label.text() == "Strength: Weak. This is a very common password."

    screen.passphrase_edit.clear()
    qtbot.keyClicks(screen.passphrase_edit, STRONG)
    assert screen.strength_bar.value() == 4
    assert screen.strength_label.text() == "Strength: Strong. Hard to guess."

    qtbot.mouseClick(screen.show_check, LEFT, pos=screen.show_check.rect().center())
    assert screen.show_check.isChecked()
    assert screen.passphrase_edit.echoMode() is QLineEdit.EchoMode.Normal
    assert screen.confirm_edit.echoMode() is QLineEdit.EchoMode.Normal
    qtbot.keyClick(screen.show_check, Qt.Key.Key_Space)
    assert screen.passphrase_edit.echoMode() is QLineEdit.EchoMode.Password


def test_create_screen_controls_are_named_and_reachable_by_keyboard(
    qtbot: Any, app_paths: AppPaths
) -> None:
    screen = create_screen(qtbot, app_paths)
    for control in (
        screen.name_edit,
        screen.passphrase_edit,
        screen.confirm_edit,
        screen.show_check,
        screen.create_button,
    ):
        assert control.accessibleName()
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert screen.create_button.isDefault()


# -- later runs --------------------------------------------------------------------------------


def test_wrong_passphrase_is_neutral_and_changes_nothing(qtbot: Any, vault_copy: AppPaths) -> None:
    before = {p: sha256(p) for p in (vault_copy.vault, vault_copy.key_file)}
    screen = unlock_screen(qtbot, vault_copy)
    assert screen.problem is None and screen.unlock_button.isDefault()

    qtbot.keyClicks(screen.passphrase_edit, "not the passphrase at all")
    with qtbot.assertNotEmitted(screen.unlocked):
        qtbot.mouseClick(screen.unlock_button, LEFT)
    assert screen.error_label.isVisible()
    assert screen.error_label.text() == "The passphrase is not correct."
    assert screen.passphrase_edit.text() == ""
    qtbot.waitUntil(screen.passphrase_edit.hasFocus)
    assert screen.pages.currentWidget() is screen.unlock_page
    assert screen.unlock_button.isEnabled()
    assert QApplication.overrideCursor() is None
    assert {p: sha256(p) for p in before} == before
    assert vault_files(vault_copy) == sorted(before)  # no -wal, -shm or -journal appeared

    # Typing again hides the message; the right passphrase then opens the vault.
    qtbot.keyClicks(screen.passphrase_edit, PASSPHRASE)
    assert not screen.error_label.isVisible()
    with qtbot.waitSignal(screen.unlocked, timeout=10_000) as opened:
        qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    opened.args[0].lock()


def test_empty_passphrase_asks_for_one(qtbot: Any, vault_copy: AppPaths) -> None:
    screen = unlock_screen(qtbot, vault_copy)
    with qtbot.assertNotEmitted(screen.unlocked):
        qtbot.mouseClick(screen.unlock_button, LEFT)
    assert screen.error_label.text() == "Type the passphrase first."


@pytest.mark.parametrize("how", ["deleted", "emptied"])
def test_missing_database_offers_restore_and_never_creates_a_file(
    qtbot: Any, start: Any, vault_copy: AppPaths, how: str
) -> None:
    if how == "deleted":
        vault_copy.vault.unlink()
    else:
        vault_copy.vault.write_bytes(b"")
    keys_before = sha256(vault_copy.key_file)

    window = start(vault_copy)
    assert window.create_screen is None
    screen = window.unlock_screen
    assert screen is not None and window.stack.currentWidget() is screen
    assert screen.problem is Problem.DATABASE_MISSING
    assert screen.pages.currentWidget() is screen.problem_page
    assert "will not put a new, empty vault" in screen.explanation_label.text()
    assert screen.location_edit.text() == str(vault_copy.vault)
    assert (
        screen.choose_button.isVisible() and screen.choose_button.text() == "&Restore from backup…"
    )
    assert not screen.passphrase_edit.isVisible()

    qtbot.mouseClick(screen.retry_button, LEFT)
    assert screen.problem is Problem.DATABASE_MISSING
    if how == "deleted":
        assert not vault_copy.vault.exists()
    else:
        assert vault_copy.vault.stat().st_size == 0
    assert sha256(vault_copy.key_file) == keys_before
    assert not any(Path(f"{vault_copy.vault}{s}").exists() for s in ("-wal", "-shm", "-journal"))


def test_missing_key_file_is_explained(qtbot: Any, vault_copy: AppPaths) -> None:
    vault_copy.key_file.unlink()
    screen = unlock_screen(qtbot, vault_copy)
    assert screen.problem is Problem.KEY_FILE_MISSING
    assert "key file is missing" in screen.explanation_label.text()
    assert screen.choose_button.isVisible()


def test_damaged_vault_is_explained_and_left_alone(qtbot: Any, vault_copy: AppPaths) -> None:
    data = bytearray(vault_copy.vault.read_bytes())
    for offset in range(5000, len(data), 4096):
        data[offset] ^= 0xFF
    vault_copy.vault.write_bytes(bytes(data))
    before = sha256(vault_copy.vault)

    screen = unlock_screen(qtbot, vault_copy)
    qtbot.keyClicks(screen.passphrase_edit, PASSPHRASE)
    with qtbot.assertNotEmitted(screen.unlocked):
        qtbot.mouseClick(screen.unlock_button, LEFT)
    assert screen.problem is Problem.DAMAGED
    assert screen.pages.currentWidget() is screen.problem_page
    assert "damaged" in screen.explanation_label.text()
    assert screen.choose_button.isVisible()
    assert sha256(vault_copy.vault) == before


def test_restore_from_backup(
    qtbot: Any, vault_copy: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ltsupport.services.workspace import open_workspace

    workspace = open_workspace(vault_copy, PASSPHRASE, actor="test-worker")
    workspace.clients.create(ClientInput(case_code="TR-100", preferred_name="Backup Person"))
    backup = workspace.backup(tmp_path / "usb" / "backup-1.ltsv")
    workspace.lock()
    vault_copy.vault.write_bytes(b"")

    chosen: list[Path | None] = [tmp_path / "usb" / "nothing.ltsv", backup]
    monkeypatch.setattr(dialogs, "open_path", lambda *a: chosen.pop(0))
    told: list[str] = []
    monkeypatch.setattr(dialogs, "information", lambda parent, title, text: told.append(text))
    screen = unlock_screen(qtbot, vault_copy)
    assert screen.problem is Problem.DATABASE_MISSING

    # A backup without its key file beside it is refused before any passphrase is asked.
    qtbot.mouseClick(screen.choose_button, LEFT)
    assert "incomplete" in screen.restore_error_label.text()
    assert not screen.restore_form.isVisible()

    qtbot.mouseClick(screen.choose_button, LEFT)
    assert screen.restore_form.isVisible()
    assert "backup-1.ltsv" in screen.backup_label.text()
    qtbot.keyClicks(screen.backup_passphrase_edit, "wrong wrong wrong")
    with qtbot.assertNotEmitted(screen.unlocked):
        qtbot.mouseClick(screen.restore_button, LEFT)
    assert "not correct for this backup" in screen.restore_error_label.text()
    assert vault_copy.vault.stat().st_size == 0

    qtbot.keyClicks(screen.backup_passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=10_000) as opened:
        qtbot.mouseClick(screen.restore_button, LEFT)
    restored = opened.args[0]
    try:
        assert [c.preferred_name for c in restored.clients.list()] == ["Backup Person"]
    finally:
        restored.lock()
    assert len(told) == 1 and "backup-1.ltsv" in told[0] and "kept beside it" in told[0]
    kept = list(vault_copy.vault.parent.glob("vault-before-restore-*.ltsv"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0
    assert key_file_for(kept[0]).exists()


# -- start-up ----------------------------------------------------------------------------------


def test_unlock_window_appears_before_sqlalchemy_is_imported() -> None:
    probe = (
        "import sys\n"
        "import ltsupport.app, ltsupport.ui.start_window, ltsupport.ui.screens.unlock_screen\n"
        "import ltsupport.ui.screens.create_vault_screen\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
        "import ltsupport.ui.main_window\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    before, after = result.stdout.splitlines()
    assert before == "[]"
    assert after == "True"  # the probe can see SQLAlchemy when it is imported


def test_main_starts_the_first_window(
    qtbot: Any, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ltsupport import app as app_module

    seen: list[StartWindow] = []
    monkeypatch.setattr(
        QApplication,
        "exec",
        lambda self: seen.extend(w for w in QApplication.topLevelWidgets() if w.isVisible()) or 0,
    )
    root = logging.getLogger()
    handlers = list(root.handlers)
    hook, level = sys.excepthook, root.level
    old_umask = os.umask(0o022)
    try:
        assert app_module.main(["ltsupport"]) == 0
        assert os.umask(0o022) == 0o077
    finally:
        os.umask(old_umask)
        sys.excepthook = hook
        for handler in set(root.handlers) - set(handlers):
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    windows = [w for w in seen if isinstance(w, StartWindow)]
    assert len(windows) == 1
    window = windows[0]
    qtbot.addWidget(window)
    assert window.windowTitle() == "ltsupport"
    assert window.create_screen is not None and window.stack.currentWidget() is window.create_screen
    assert QCoreApplication.applicationName() == "ltsupport"
    assert QCoreApplication.organizationName() == ""
    assert (app_home / "logs").is_dir() and (app_home / "data").is_dir()
    assert not list((app_home / "data").glob("*.ltsv"))


# -- language ----------------------------------------------------------------------------------


def test_language_choice() -> None:
    assert choose_language("", "fr_CA") == "fr"
    assert choose_language("", "fr") == "fr"
    assert choose_language("", "en_CA") == "en"
    assert choose_language("", "C") == "en"
    assert choose_language("en", "fr_CA") == "en"
    assert choose_language("fr", "en_US") == "fr"
    assert choose_language("de", "de_DE") == "en"


def test_translators_install_qt_and_app_catalogues(qapp: Any, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    ts = tmp_path / "ltsupport_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fr_CA"><context><name>UnlockScreen</name>'
        "<message><source>The passphrase is not correct.</source>"
        "<translation>La phrase de passe n’est pas correcte.</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    subprocess.run(
        [str(lrelease), str(ts), "-qm", str(tmp_path / "ltsupport_fr.qm")],
        check=True,
        capture_output=True,
    )
    default_locale = QLocale()
    installed = install_translators(qapp, "fr", tmp_path)
    try:
        assert len(installed) == 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert (
            QCoreApplication.translate("UnlockScreen", "The passphrase is not correct.")
            == "La phrase de passe n’est pas correcte."
        )
        assert QLocale().name() == "fr_CA"
    finally:
        remove_translators(qapp, installed)
        QLocale.setDefault(default_locale)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    # A language without an app catalogue still gets Qt's own translations, and no error.
    english = install_translators(qapp, "en", tmp_path)
    remove_translators(qapp, english)
    QLocale.setDefault(default_locale)


def test_an_unexpected_failure_while_unlocking_gets_a_plain_message(
    qtbot: Any, vault_copy: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ltsupport.services import workspace as workspace_module

    def broken(*args: Any, **kw: Any) -> Any:
        raise RuntimeError("migration failed")

    monkeypatch.setattr(workspace_module, "open_workspace", broken)
    screen = unlock_screen(qtbot, vault_copy)
    qtbot.keyClicks(screen.passphrase_edit, PASSPHRASE)
    with qtbot.assertNotEmitted(screen.unlocked):
        qtbot.mouseClick(screen.unlock_button, LEFT)
    assert screen.error_label.text() == "The vault could not be opened. Nothing was changed."
    assert screen.unlock_button.isEnabled() and QApplication.overrideCursor() is None
