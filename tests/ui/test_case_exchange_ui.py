"""Case files between agencies through the widgets: export (consent first, on a worker thread),
import into a second vault with a preview, a damaged file refused, and this agency's key."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QPushButton

from conftest import PASSPHRASE
from ltsupport.models.client import ConsentKind
from ltsupport.paths import AppPaths, key_file_for, resolve
from ltsupport.services import case_import
from ltsupport.services.clients import ClientInput
from ltsupport.ui import case_export_dialog, dialogs
from ltsupport.ui.agency_key_dialog import AgencyKeyDialog
from ltsupport.ui.case_export_dialog import CaseExportDialog
from ltsupport.ui.case_import_dialog import CaseImportDialog
from ltsupport.ui.main_window import MainWindow
from ltsupport.ui.screens.client_screen import ClientScreen

LEFT = Qt.MouseButton.LeftButton
ORG = "Maison Refuge Nord"
EXPORT_PASS = "lantern copper river ninety orchid"
CODE = "TR-2026-090"


@pytest.fixture
def client(workspace: Any) -> Any:
    person = workspace.clients.create(
        ClientInput(case_code=CODE, preferred_name="Marisol", document_language="en")
    )
    workspace.consents.record(person.id, ConsentKind.SHARE, organisation=ORG)
    return person


@pytest.fixture
def ws_b(template_vault: Path, tmp_path: Path) -> Iterator[Any]:
    """A second agency's vault, as in tests/unit/test_case_export.py."""
    from ltsupport.services.workspace import open_workspace

    paths: AppPaths = resolve(env={"LTSUPPORT_HOME": str(tmp_path / "agency-b")})
    paths.ensure()
    shutil.copy2(template_vault, paths.vault)
    shutil.copy2(key_file_for(template_vault), paths.key_file)
    workspace = open_workspace(paths, PASSPHRASE, actor="worker-b")
    yield workspace
    workspace.lock()


@pytest.fixture
def usb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(case_export_dialog, "choose_folder", lambda *_a: folder)
    return folder


def open_export(qtbot: Any, workspace: Any, client: Any) -> CaseExportDialog:
    screen = ClientScreen(workspace, client.id)
    qtbot.addWidget(screen)
    qtbot.mouseClick(screen.export_button, LEFT)
    dialog = screen.findChild(CaseExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill_passphrase(qtbot: Any, dialog: CaseExportDialog, secret: str = EXPORT_PASS) -> None:
    qtbot.mouseClick(dialog.choose_button, LEFT)
    dialog.passphrase.setText(secret)
    dialog.passphrase_again.setText(secret)


def export_file(qtbot: Any, dialog: CaseExportDialog) -> Path:
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.export_running()
    qtbot.waitUntil(lambda: not dialog.export_running(), timeout=30_000)
    assert dialog.problem_texts() == []
    assert dialog.written is not None and dialog.written.is_file()
    assert str(dialog.written) in dialog.status.text()
    return dialog.written


def test_export_with_a_passphrase_on_a_worker_thread(
    qtbot: Any, workspace: Any, client: Any, usb: Path
) -> None:
    dialog = open_export(qtbot, workspace, client)
    assert not dialog.export_button.isEnabled()  # no organisation yet
    qtbot.keyClicks(dialog.organisation, ORG)
    assert dialog.has_consent() and dialog.override_reason.isHidden()
    assert dialog.export_button.isEnabled()
    fill_passphrase(qtbot, dialog)
    written = export_file(qtbot, dialog)
    assert written.parent == usb and written.name.startswith(f"{CODE}-")
    assert written.name.endswith(".ltcase.age")
    preview = case_import.open_case_file(workspace, written, passphrase=EXPORT_PASS)
    assert preview.case_code == CODE and preview.preferred_name == "Marisol"


def test_a_weak_passphrase_is_refused_inline_and_nothing_is_written(
    qtbot: Any, workspace: Any, client: Any, usb: Path
) -> None:
    dialog = open_export(qtbot, workspace, client)
    qtbot.keyClicks(dialog.organisation, ORG)
    fill_passphrase(qtbot, dialog, "password1234")
    assert "easy to guess" in dialog.strength_label.text()
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert not dialog.export_running()
    assert any("too easy to guess" in text for text in dialog.problem_texts())
    assert list(usb.iterdir()) == []


def test_without_consent_export_waits_for_an_override_reason(
    qtbot: Any, workspace: Any, client: Any, usb: Path
) -> None:
    dialog = open_export(qtbot, workspace, client)
    qtbot.keyClicks(dialog.organisation, "Another Shelter")
    assert not dialog.has_consent()
    assert "no recorded consent" in dialog.consent_status.text()
    assert not dialog.override_reason.isHidden()
    assert not dialog.export_button.isEnabled()
    fill_passphrase(qtbot, dialog)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert not dialog.export_running() and list(usb.iterdir()) == []
    qtbot.keyClicks(dialog.override_reason, "Court order 2026-114")
    assert dialog.export_button.isEnabled()
    export_file(qtbot, dialog)
    overrides = workspace.consents.for_client(client.id)  # the consents are unchanged
    assert [c.organisation for c in overrides] == [ORG]


def test_import_into_a_second_vault_then_refuse_a_damaged_copy(
    qtbot: Any,
    workspace: Any,
    client: Any,
    usb: Path,
    ws_b: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_export(qtbot, workspace, client)
    qtbot.keyClicks(dialog.organisation, ORG)
    fill_passphrase(qtbot, dialog)
    written = export_file(qtbot, dialog)

    damaged = written.with_name("damaged.ltcase.age")
    data = bytearray(written.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))

    monkeypatch.setattr(dialogs, "open_path", lambda *_a: damaged)
    importer = CaseImportDialog(ws_b)
    qtbot.addWidget(importer)
    importer.show()
    imported: list[object] = []
    importer.imported.connect(imported.append)
    qtbot.mouseClick(importer.choose_button, LEFT)
    assert not importer.passphrase.isHidden()
    importer.passphrase.setText(EXPORT_PASS)
    qtbot.mouseClick(importer.open_button, LEFT)
    qtbot.waitUntil(lambda: bool(importer.error_text()), timeout=30_000)
    assert "Nothing was imported" in importer.error_text()
    assert importer.preview is None and not importer.new_button.isEnabled()
    assert ws_b.clients.count() == 0

    monkeypatch.setattr(dialogs, "open_path", lambda *_a: written)
    qtbot.mouseClick(importer.choose_button, LEFT)
    importer.passphrase.setText(EXPORT_PASS)
    qtbot.mouseClick(importer.open_button, LEFT)
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=30_000)
    assert "Marisol" in importer.summary.text()
    assert "new client" in importer.summary.text()
    assert importer.new_button.isEnabled() and not importer.update_button.isEnabled()
    qtbot.mouseClick(importer.new_button, LEFT)
    assert len(imported) == 1
    assert ws_b.clients.get_by_code(CODE).preferred_name == "Marisol"
    assert "Imported new client" in importer.summary.text()


def test_agency_key_is_shown_and_copied(qtbot: Any, workspace: Any) -> None:
    dialog = AgencyKeyDialog(workspace)
    qtbot.addWidget(dialog)
    key = dialog.key_edit.text()
    assert key.startswith("age1") and dialog.key_edit.isReadOnly()
    assert "never leaves" in dialog.explanation.text()
    qtbot.mouseClick(dialog.copy_button, LEFT)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == key


def test_vault_menu_actions_exist_and_are_disabled_after_lock(
    qtbot: Any, workspace: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ltsupport.settings import Settings

    main = MainWindow(workspace, Settings())
    qtbot.addWidget(main)
    assert main.import_action.isEnabled() and main.agency_key_action.isEnabled()
    main.agency_key_action.trigger()
    key_dialog = main.findChild(AgencyKeyDialog)
    assert key_dialog is not None and key_dialog.isVisible()
    main.import_action.trigger()
    assert main.findChild(CaseImportDialog) is not None
    main.lock()
    assert not main.import_action.isEnabled() and not main.agency_key_action.isEnabled()
    assert not key_dialog.isVisible()


def test_cancelling_an_open_drops_the_result_and_imports_nothing(
    qtbot: Any,
    workspace: Any,
    client: Any,
    usb: Path,
    ws_b: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_export(qtbot, workspace, client)
    qtbot.keyClicks(dialog.organisation, ORG)
    fill_passphrase(qtbot, dialog)
    written = export_file(qtbot, dialog)

    monkeypatch.setattr(dialogs, "open_path", lambda *_a: written)
    importer = CaseImportDialog(ws_b)
    qtbot.addWidget(importer)
    importer.show()
    qtbot.mouseClick(importer.choose_button, LEFT)
    importer.passphrase.setText(EXPORT_PASS)
    qtbot.mouseClick(importer.open_button, LEFT)
    progress = importer.findChild(QProgressDialog)
    assert progress is not None and progress.isVisible()
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, LEFT)
    assert "cancelled" in importer.error_text()
    assert importer.open_button.isEnabled()
    importer.reject()  # closing waits for the abandoned check to end
    qtbot.wait(50)
    assert importer.preview is None and ws_b.clients.count() == 0


def test_a_lock_during_an_export_waits_for_it_before_the_vault_locks(
    qtbot: Any, workspace: Any, client: Any, usb: Path
) -> None:
    dialog = open_export(qtbot, workspace, client)
    qtbot.keyClicks(dialog.organisation, ORG)
    fill_passphrase(qtbot, dialog)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.export_running()
    dialog.reject()  # a visible dialog stays open while the export runs
    assert dialog.isVisible() and dialog.export_running()
    dialog.hide()  # as the main window's lock does, before rejecting every dialog
    dialog.reject()
    assert not dialog.export_running()
    assert [p.name.endswith(".ltcase.age") for p in usb.iterdir()] == [True]
