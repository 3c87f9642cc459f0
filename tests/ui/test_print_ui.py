"""Printing from the client screen: the copy and language chosen, a PDF only after the risk is
accepted, the client copy without worker notes, and an audit event for each output."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from ltsupport.checklist import NeedStatus
from ltsupport.services import audit
from ltsupport.services.clients import ClientInput
from ltsupport.services.plans import AreaInput
from ltsupport.ui import dialogs
from ltsupport.ui.print_plan_dialog import PrintPlanDialog
from ltsupport.ui.screens.client_screen import ClientScreen

GOAL = "A quiet room of my own near the library"
WORKER_NOTE = "Qzworkernote: landlord was rude"


@pytest.fixture
def client(workspace: Any) -> Any:
    person = workspace.clients.create(
        ClientInput(case_code="TR-44", preferred_name="Ayo", document_language="en")
    )
    plan = workspace.plans.start(person.id)
    workspace.plans.save_area(
        plan.id, "housing", AreaInput(NeedStatus.IN_PROGRESS, goal=GOAL, worker_notes=WORKER_NOTE)
    )
    return person


def pdf_text(path: Path) -> str:
    """The PDF's words, with spacing normalised (pypdf reports word gaps as tabs)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def open_dialog(qtbot: Any, workspace: Any, client: Any) -> PrintPlanDialog:
    screen = ClientScreen(workspace, client.id)
    qtbot.addWidget(screen)
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(PrintPlanDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_client_copy_pdf_after_confirming_the_risk(
    qtbot: Any, workspace: Any, client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, _t: asked.append(title) or True)
    out = tmp_path / "chosen.pdf"
    monkeypatch.setattr(dialogs, "save_path", lambda *_a: out)
    dialog = open_dialog(qtbot, workspace, client)
    before = audit.count(workspace.engine)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert asked == ["Save a readable copy?"]
    text = pdf_text(out)
    assert GOAL in text and "Qzworkernote" not in text
    assert audit.count(workspace.engine) == before + 1
    assert "Saved" in dialog.status.text()


def test_declining_the_risk_writes_nothing(
    qtbot: Any, workspace: Any, client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: False)
    chosen: list[object] = []
    monkeypatch.setattr(dialogs, "save_path", lambda *a: chosen.append(a) or tmp_path / "x.pdf")
    dialog = open_dialog(qtbot, workspace, client)
    before = audit.count(workspace.engine)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert chosen == [] and not (tmp_path / "x.pdf").exists()
    assert audit.count(workspace.engine) == before


def test_case_file_copy_in_french_holds_the_worker_note(
    qtbot: Any, workspace: Any, client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    out = tmp_path / "dossier.pdf"
    monkeypatch.setattr(dialogs, "save_path", lambda *_a: out)
    dialog = open_dialog(qtbot, workspace, client)
    dialog.case_file_copy.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("A4"))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    text = pdf_text(out)
    assert "Qzworkernote" in text and GOAL in text
    width_points = float(PdfReader(out).pages[0].mediabox.width)
    assert round(width_points) == 595  # A4, not Letter (612)


def test_the_suggested_file_name_names_no_one(
    qtbot: Any, workspace: Any, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    suggested: list[str] = []
    monkeypatch.setattr(dialogs, "save_path", lambda *a: suggested.append(a[3]) or None)
    dialog = open_dialog(qtbot, workspace, client)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert suggested and "Ayo" not in suggested[0] and "TR-44" not in suggested[0]
