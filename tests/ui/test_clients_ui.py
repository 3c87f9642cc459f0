"""The client list, the client dialog and the client screen, driven as a worker would."""

from __future__ import annotations

import os
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from ltsupport.models import ClientStatus, ConsentKind, ImmigrationStatus
from ltsupport.services.clients import ClientDetail, ClientInput
from ltsupport.ui import dialogs
from ltsupport.ui.client_dialog import ClientDialog
from ltsupport.ui.consent_dialog import ConsentDialog
from ltsupport.ui.qtmodels.client_table_model import (
    CASE_CODE,
    PREFERRED_NAME,
    STATUS,
    ClientTableModel,
)
from ltsupport.ui.qtmodels.consent_table_model import (
    KIND,
    ORGANISATION,
    WITHDRAWN,
    ConsentTableModel,
)
from ltsupport.ui.screens.client_screen import ClientScreen
from ltsupport.ui.screens.clients_screen import ClientsScreen

LEFT = Qt.MouseButton.LeftButton


def add(ws: Any, code: str, name: str, **kw: Any) -> ClientDetail:
    return ws.clients.create(ClientInput(case_code=code, preferred_name=name, **kw))


def shown_rows(screen: ClientsScreen, column: int = CASE_CODE) -> list[str]:
    model = screen.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def clients_screen(qtbot: Any, workspace: Any) -> ClientsScreen:
    screen = ClientsScreen(workspace)
    qtbot.addWidget(screen)
    screen.resize(900, 500)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def open_new_client(qtbot: Any, screen: ClientsScreen) -> ClientDialog:
    qtbot.mouseClick(screen.new_button, LEFT)
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered Yes; the questions asked are recorded."""
    asked: list[str] = []

    def confirm(parent: Any, title: str, text: str) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return asked


# -- the list and the New client dialog -----------------------------------------------------


def test_add_client_through_dialog_then_find_it_by_typing(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    screen = clients_screen(qtbot, workspace)
    assert screen.stack.currentWidget() is screen.empty_label
    assert screen.empty_label.text() == "No clients yet. Add the first with New client…"
    assert screen.count_label.text() == "0 clients"

    dialog = open_new_client(qtbot, screen)
    assert dialog.windowTitle() == "New client"
    qtbot.keyClicks(dialog.case_code, "tr-2026-014")
    qtbot.keyClicks(dialog.preferred_name, "Amara")
    qtbot.keyClicks(dialog.legal_name, "Amara Test Person")
    qtbot.keyClicks(dialog.languages, "tl, en")
    qtbot.keyClicks(dialog.country, "ph")
    dialog.immigration_status.setCurrentIndex(
        dialog.immigration_status.findData(ImmigrationStatus.TRP_VICTIM)
    )
    qtbot.mouseClick(dialog.expiry_known, LEFT)
    dialog.permit_expiry.setDate(dialog.permit_expiry.date().addDays(90))
    qtbot.keyClicks(dialog.safe_contact, "Text only, weekdays")
    qtbot.keyClicks(dialog.assigned_worker, "J. Tremblay")
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert not dialog.isVisible()
    assert screen.dialog is None
    assert screen.count_label.text() == "1 client"
    assert shown_rows(screen) == ["TR-2026-014"]
    assert shown_rows(screen, PREFERRED_NAME) == ["Amara"]
    created = workspace.clients.get_by_code("TR-2026-014")
    assert screen.current_client_id() == created.id
    assert created.languages == ("tl", "en")
    assert created.country_of_origin == "PH"
    assert created.permit_expiry == date.today() + timedelta(days=90)
    assert created.safe_contact == "Text only, weekdays"

    add(workspace, "TR-2026-015", "Oksana")
    add(workspace, "TR-2026-016", "Grace")
    screen.refresh()
    assert screen.count_label.text() == "3 clients"

    qtbot.keyClicks(screen.search, "oks")
    qtbot.waitUntil(lambda: shown_rows(screen, PREFERRED_NAME) == ["Oksana"], timeout=2000)
    assert screen.count_label.text() == "1 client"

    screen.search.clear()
    qtbot.keyClicks(screen.search, "nobody-like-this")
    screen.apply_filter()
    assert screen.stack.currentWidget() is screen.empty_label
    assert screen.empty_label.text().startswith("No clients match this filter.")


def test_new_client_after_a_filter_hiding_it_is_still_shown_and_selected(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    add(workspace, "TR-001", "Oksana")
    screen = clients_screen(qtbot, workspace)
    qtbot.keyClicks(screen.search, "oksana")
    screen.apply_filter()
    dialog = open_new_client(qtbot, screen)
    qtbot.keyClicks(dialog.case_code, "TR-002")
    qtbot.keyClicks(dialog.preferred_name, "Grace")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert screen.search.text() == ""
    assert shown_rows(screen) == ["TR-001", "TR-002"]
    assert screen.current_client_id() == workspace.clients.get_by_code("TR-002").id


def test_duplicate_case_code_shows_inline_message_and_creates_nothing(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    add(workspace, "TR-001", "Oksana")
    screen = clients_screen(qtbot, workspace)
    before = workspace.clients.count()

    dialog = open_new_client(qtbot, screen)
    qtbot.keyClicks(dialog.case_code, "tr-001")
    qtbot.keyClicks(dialog.preferred_name, "Someone Else")
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert dialog.isVisible()
    message = dialog.findChild(type(dialog.summary), "error_case_code")
    assert message is not None and message.isVisible()
    assert message.text() == "Another client already has this case code. Choose a different one."
    assert dialog.case_code.accessibleDescription() == message.text()
    assert dialog.error_text("preferred_name") == ""
    assert dialog.summary.text() == "Please correct 1 problem before saving."
    assert dialog.case_code.text() == "tr-001"
    assert dialog.preferred_name.text() == "Someone Else"
    assert workspace.clients.count() == before
    assert screen.count_label.text() == "1 client"

    # Correcting the code and saving again works, and the messages go away.
    dialog.case_code.clear()
    qtbot.keyClicks(dialog.case_code, "TR-002")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert workspace.clients.count() == before + 1


def test_empty_required_fields_show_every_problem_inline(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    screen = clients_screen(qtbot, workspace)
    dialog = open_new_client(qtbot, screen)
    qtbot.keyClicks(dialog.languages, "english!")
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert dialog.isVisible()
    assert dialog.error_text("case_code") == "A case code is required."
    assert dialog.error_text("preferred_name") == "A preferred name is required."
    assert dialog.error_text("languages").startswith("Use language codes")
    assert dialog.summary.text() == "Please correct 3 problems before saving."
    assert dialog.focusWidget() is dialog.case_code
    assert workspace.clients.count() == 0
    assert dialog.languages.text() == "english!"


def test_enter_in_a_field_saves_through_the_default_button(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    screen = clients_screen(qtbot, workspace)
    dialog = open_new_client(qtbot, screen)
    qtbot.keyClicks(dialog.case_code, "TR-009")
    qtbot.keyClicks(dialog.preferred_name, "Lin")
    qtbot.keyClick(dialog.preferred_name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert shown_rows(screen) == ["TR-009"]


def test_cancel_with_typed_content_asks_first(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answers = iter([False, True])
    asked: list[str] = []

    def confirm(parent: Any, title: str, text: str) -> bool:
        asked.append(title)
        return next(answers)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    screen = clients_screen(qtbot, workspace)
    dialog = open_new_client(qtbot, screen)
    qtbot.keyClicks(dialog.preferred_name, "Half typed")
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert asked == ["Discard changes?"]
    assert dialog.isVisible()
    assert dialog.preferred_name.text() == "Half typed"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?", "Discard changes?"]
    assert not dialog.isVisible()
    assert workspace.clients.count() == 0


def test_cancel_without_typing_closes_without_asking(qtbot, workspace, no_questions) -> None:  # type: ignore[no-untyped-def]
    screen = clients_screen(qtbot, workspace)
    dialog = open_new_client(qtbot, screen)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not dialog.isVisible()
    assert no_questions == []


def test_permit_expiry_only_for_the_trafficking_permit(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = ClientDialog(workspace)
    qtbot.addWidget(dialog)
    assert not dialog.expiry_known.isEnabled()
    assert not dialog.permit_expiry.isEnabled()
    dialog.immigration_status.setCurrentIndex(
        dialog.immigration_status.findData(ImmigrationStatus.TRP_VICTIM)
    )
    assert dialog.expiry_known.isEnabled()
    assert not dialog.permit_expiry.isEnabled()
    dialog.expiry_known.setChecked(True)
    assert dialog.permit_expiry.isEnabled()
    assert dialog.current_input().permit_expiry is not None
    dialog.immigration_status.setCurrentIndex(
        dialog.immigration_status.findData(ImmigrationStatus.REFUGEE_CLAIMANT)
    )
    assert not dialog.permit_expiry.isEnabled()
    assert dialog.current_input().permit_expiry is None


def test_every_dialog_control_has_a_name_and_a_label(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = ClientDialog(workspace)
    qtbot.addWidget(dialog)
    controls = [
        dialog.case_code,
        dialog.preferred_name,
        dialog.legal_name,
        dialog.languages,
        dialog.document_language,
        dialog.country,
        dialog.immigration_status,
        dialog.expiry_known,
        dialog.permit_expiry,
        dialog.safe_contact,
        dialog.assigned_worker,
        dialog.intake_date,
    ]
    for control in controls:
        assert control.accessibleName() or control.text(), control  # type: ignore[attr-defined]
    assert dialog.case_code.accessibleDescription().startswith("Required.")
    assert dialog.save_button.isDefault()


def test_sort_by_clicking_a_header(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    add(workspace, "TR-003", "Amara")
    add(workspace, "TR-001", "Yuliia")
    add(workspace, "TR-002", "Maria")
    screen = clients_screen(qtbot, workspace)
    assert shown_rows(screen) == ["TR-001", "TR-002", "TR-003"]
    header = screen.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))

    click(PREFERRED_NAME)
    assert shown_rows(screen, PREFERRED_NAME) == ["Amara", "Maria", "Yuliia"]
    click(PREFERRED_NAME)
    assert shown_rows(screen, PREFERRED_NAME) == ["Yuliia", "Maria", "Amara"]
    click(CASE_CODE)
    assert shown_rows(screen) == ["TR-001", "TR-002", "TR-003"]


def test_sorting_keeps_the_selected_client(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    add(workspace, "TR-001", "Yuliia")
    amara = add(workspace, "TR-002", "Amara")
    screen = clients_screen(qtbot, workspace)
    screen.select_client(amara.id)
    screen.table.sortByColumn(PREFERRED_NAME, Qt.SortOrder.AscendingOrder)
    assert shown_rows(screen, PREFERRED_NAME) == ["Amara", "Yuliia"]
    assert screen.current_client_id() == amara.id


def test_status_filter_defaults_to_active_and_offers_all(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    add(workspace, "TR-001", "Amara")
    closed = add(workspace, "TR-002", "Grace")
    workspace.clients.close(closed.id)
    screen = clients_screen(qtbot, workspace)
    assert screen.status_filter.currentText() == "Active"
    assert shown_rows(screen) == ["TR-001"]
    screen.status_filter.setCurrentIndex(screen.status_filter.findText("Closed"))
    assert shown_rows(screen) == ["TR-002"]
    assert shown_rows(screen, STATUS) == ["Closed"]
    screen.status_filter.setCurrentIndex(screen.status_filter.findText("Archived"))
    assert screen.empty_label.text().startswith("No clients with this status.")
    screen.status_filter.setCurrentIndex(screen.status_filter.findText("All"))
    assert shown_rows(screen) == ["TR-001", "TR-002"]
    assert screen.count_label.text() == "2 clients"


def test_open_a_client_by_double_click_and_by_enter(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    add(workspace, "TR-001", "Amara")
    grace = add(workspace, "TR-002", "Grace", languages=("en",), safe_contact="Email only")
    screen = clients_screen(qtbot, workspace)
    table = screen.table
    index = table.model().index(1, PREFERRED_NAME)
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=centre)
    with qtbot.waitSignal(screen.client_opened) as opened:
        qtbot.mouseDClick(table.viewport(), LEFT, pos=centre)
    assert opened.args == [grace.id]

    screen.select_client(grace.id)
    table.setFocus()
    with qtbot.waitSignal(screen.client_opened) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [grace.id]

    client = ClientScreen(workspace, opened.args[0])
    qtbot.addWidget(client)
    client.show()
    assert client.case_code_label.text() == "TR-002"
    assert client.name_label.text() == "Grace"
    assert client.status_text_shown() == "Status: Active"
    assert client.profile_values["safe_contact"].text() == "Email only"
    assert client.profile_values["legal_name"].text() == "Not recorded"
    assert client.profile_values["languages"].text() == "en"


def test_typing_then_enter_in_search_moves_to_the_first_match(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    add(workspace, "TR-001", "Amara")
    grace = add(workspace, "TR-002", "Grace")
    screen = clients_screen(qtbot, workspace)
    qtbot.keyClicks(screen.search, "grace")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.focusWidget() is screen.table
    with qtbot.waitSignal(screen.client_opened) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Enter)
    assert opened.args == [grace.id]


# -- the client screen ---------------------------------------------------------------------


def client_screen(qtbot: Any, workspace: Any, client_id: uuid.UUID) -> ClientScreen:
    screen = ClientScreen(workspace, client_id)
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_loading_the_client_screen_reads_the_record_once(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    amara = add(workspace, "TR-001", "Amara")
    calls: list[uuid.UUID] = []
    real_get = workspace.clients.get

    def counting_get(client_id: uuid.UUID) -> ClientDetail:
        calls.append(client_id)
        return real_get(client_id)

    monkeypatch.setattr(workspace.clients, "get", counting_get)
    client_screen(qtbot, workspace, amara.id)
    assert calls == [amara.id]


def test_missing_client_says_so_and_offers_back(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    screen = client_screen(qtbot, workspace, uuid.uuid4())
    with qtbot.waitSignal(screen.back_requested):
        qtbot.mouseClick(screen.back_button, LEFT)


def test_edit_profile_from_the_client_screen(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    amara = add(workspace, "TR-001", "Amara")
    screen = client_screen(qtbot, workspace, amara.id)
    qtbot.mouseClick(screen.edit_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, ClientDialog)
    assert dialog.windowTitle() == "Edit client"
    assert dialog.preferred_name.text() == "Amara"
    dialog.preferred_name.clear()
    qtbot.keyClicks(dialog.preferred_name, "Amara N.")
    qtbot.keyClicks(dialog.legal_name, "Official Name")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert screen.name_label.text() == "Amara N."
    assert screen.profile_values["legal_name"].text() == "Official Name"
    assert workspace.clients.get(amara.id).preferred_name == "Amara N."


def test_record_and_withdraw_a_consent(qtbot, workspace, no_questions) -> None:  # type: ignore[no-untyped-def]
    amara = add(workspace, "TR-001", "Amara")
    screen = client_screen(qtbot, workspace, amara.id)
    screen.tabs.setCurrentIndex(1)
    assert screen.consents_empty.isVisible()
    assert not screen.withdraw_button.isEnabled()

    qtbot.mouseClick(screen.record_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, ConsentDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ConsentKind.SHARE))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error_text() == "Consent to share needs the name of the organisation."
    assert workspace.consents.for_client(amara.id) == []

    qtbot.keyClicks(dialog.organisation, "Settlement Services Example")
    qtbot.keyClicks(dialog.note, "Explained in Tagalog")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()

    model = screen.consent_table.model()
    assert model.rowCount() == 1
    assert model.index(0, KIND).data() == "Share with an organisation"
    assert model.index(0, ORGANISATION).data() == "Settlement Services Example"
    assert model.index(0, WITHDRAWN).data() == "No"
    assert not screen.consents_empty.isVisible()
    assert screen.withdraw_button.isEnabled()  # the new consent is selected

    qtbot.mouseClick(screen.withdraw_button, LEFT)
    assert no_questions == ["Withdraw consent?"]
    assert model.index(0, WITHDRAWN).data() not in ("No", "", None)
    assert not screen.withdraw_button.isEnabled()
    assert not workspace.consents.for_client(amara.id)[0].active


def test_withdraw_is_not_done_when_the_worker_says_no(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    amara = add(workspace, "TR-001", "Amara")
    workspace.consents.record(amara.id, ConsentKind.STORE)
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    screen = client_screen(qtbot, workspace, amara.id)
    screen.tabs.setCurrentIndex(1)
    screen.consent_table.selectRow(0)
    qtbot.mouseClick(screen.withdraw_button, LEFT)
    assert screen.consent_table.model().index(0, WITHDRAWN).data() == "No"
    assert workspace.consents.for_client(amara.id)[0].active


def test_close_archive_and_reopen_a_case(qtbot, workspace, no_questions) -> None:  # type: ignore[no-untyped-def]
    amara = add(workspace, "TR-001", "Amara")
    screen = client_screen(qtbot, workspace, amara.id)
    screen.tabs.setCurrentIndex(2)
    assert screen.close_button.isEnabled()
    assert not screen.archive_button.isEnabled()
    assert not screen.reopen_button.isEnabled()

    qtbot.mouseClick(screen.close_button, LEFT)
    assert no_questions == ["Close this case?"]
    assert screen.status_text_shown() == "Status: Closed"
    assert screen.status_text.text().startswith("This case is closed.")
    assert not screen.close_button.isEnabled()
    assert screen.archive_button.isEnabled()
    assert screen.reopen_button.isEnabled()
    assert screen.profile_values["closed_at"].text() != ""
    assert workspace.clients.count(statuses=[ClientStatus.CLOSED]) == 1

    qtbot.mouseClick(screen.archive_button, LEFT)
    assert screen.status_text_shown() == "Status: Archived"
    assert not screen.archive_button.isEnabled()

    qtbot.mouseClick(screen.reopen_button, LEFT)
    assert no_questions == ["Close this case?", "Archive this case?", "Reopen this case?"]
    assert screen.status_text_shown() == "Status: Active"
    assert screen.close_button.isEnabled()
    assert not screen.reopen_button.isEnabled()
    assert workspace.clients.count(statuses=[ClientStatus.ACTIVE]) == 1


def test_closing_is_not_done_when_the_worker_says_no(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    amara = add(workspace, "TR-001", "Amara")
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    screen = client_screen(qtbot, workspace, amara.id)
    qtbot.mouseClick(screen.close_button, LEFT)
    assert screen.status_text_shown() == "Status: Active"
    assert workspace.clients.count(statuses=[ClientStatus.ACTIVE]) == 1


def test_back_button_asks_to_go_back(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    amara = add(workspace, "TR-001", "Amara")
    screen = client_screen(qtbot, workspace, amara.id)
    with qtbot.waitSignal(screen.back_requested):
        qtbot.mouseClick(screen.back_button, LEFT)


def test_no_case_content_in_window_titles(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    amara = add(workspace, "TR-001", "Amara")
    screen = client_screen(qtbot, workspace, amara.id)
    qtbot.mouseClick(screen.edit_button, LEFT)
    dialog = screen.dialog
    assert dialog is not None
    for title in (screen.windowTitle(), dialog.windowTitle()):
        assert "Amara" not in title and "TR-001" not in title


# -- the item models ----------------------------------------------------------------------


def test_client_table_model_passes_the_model_tester(qtbot, qtmodeltester, workspace) -> None:  # type: ignore[no-untyped-def]
    for i, name in enumerate(["Amara", "Oksana", "Grace", "Lin", "Sofía", "Ngozi"]):
        add(workspace, f"TR-{i:03}", name, assigned_worker="A. Roy" if i % 2 else "M. Singh")
    model = ClientTableModel(workspace.clients)
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    model.set_filter("a")
    qtmodeltester.check(model)
    assert model.rowCount() == 4  # Amara, Oksana, Grace, Sofía
    model.sort(PREFERRED_NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert [model.index(r, PREFERRED_NAME).data() for r in range(model.rowCount())] == [
        "Sofía",
        "Oksana",
        "Grace",
        "Amara",
    ]
    model.set_statuses(None)
    model.set_filter("")
    qtmodeltester.check(model)
    assert model.headerData(STATUS, Qt.Orientation.Horizontal) == "Status"


def test_consent_table_model_passes_the_model_tester(qtbot, qtmodeltester, workspace) -> None:  # type: ignore[no-untyped-def]
    amara = add(workspace, "TR-001", "Amara")
    workspace.consents.record(amara.id, ConsentKind.STORE)
    shared = workspace.consents.record(amara.id, ConsentKind.SHARE, organisation="Agency X")
    workspace.consents.withdraw(shared.id)
    model = ConsentTableModel(workspace.consents.for_client(amara.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    model.set_consents([])
    qtmodeltester.check(model)


# -- screenshots for review (only when LTSUPPORT_SCREENSHOTS names a directory) -------------

DEMO_CLIENTS = [
    ("TR-2026-001", "Amara", ("tl", "en"), "PH", ImmigrationStatus.TRP_VICTIM, "J. Tremblay", 120),
    (
        "TR-2026-002",
        "Oksana",
        ("uk", "en"),
        "UA",
        ImmigrationStatus.TEMPORARY_RESIDENT,
        "A. Roy",
        95,
    ),
    (
        "TR-2026-003",
        "María José",
        ("es",),
        "MX",
        ImmigrationStatus.REFUGEE_CLAIMANT,
        "M. Singh",
        80,
    ),
    ("TR-2026-004", "Lin", ("zh", "en"), "CN", ImmigrationStatus.TRP_VICTIM, "J. Tremblay", 64),
    ("TR-2026-005", "Grace", ("en",), "NG", ImmigrationStatus.PROTECTED_PERSON, "A. Roy", 41),
    ("TR-2026-006", "Sofía", ("es", "fr"), "CO", ImmigrationStatus.UNKNOWN, "M. Singh", 30),
    ("TR-2026-007", "Ngozi", ("en", "ig"), "NG", ImmigrationStatus.PERMANENT_RESIDENT, "", 12),
    ("TR-2026-008", "Yuliia", ("uk",), "UA", ImmigrationStatus.NO_STATUS, "A. Roy", 3),
]


@pytest.fixture
def shots() -> Path:
    target = os.environ.get("LTSUPPORT_SCREENSHOTS")
    if not target:
        pytest.skip("set LTSUPPORT_SCREENSHOTS to a directory to save screenshots")
    path = Path(target)
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo(workspace: Any) -> list[ClientDetail]:
    made = []
    today = date.today()
    for code, name, langs, country, status, worker, days in DEMO_CLIENTS:
        made.append(
            add(
                workspace,
                code,
                name,
                languages=langs,
                country_of_origin=country,
                immigration_status=status,
                permit_expiry=today + timedelta(days=200)
                if status is ImmigrationStatus.TRP_VICTIM
                else None,
                assigned_worker=worker,
                intake_date=today - timedelta(days=days),
                safe_contact=(
                    "Text first; call only weekdays 10:00 to 16:00. Never leave a voicemail."
                ),
            )
        )
    workspace.clients.close(made[6].id)
    workspace.clients.archive(made[7].id)
    return made


def save(widget: Any, path: Path) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(path))


def test_screenshot_client_list(qtbot, workspace, shots) -> None:  # type: ignore[no-untyped-def]
    made = demo(workspace)
    screen = clients_screen(qtbot, workspace)
    screen.resize(960, 420)
    screen.set_status_filter(None)
    screen.select_client(made[2].id)
    save(screen, shots / "client-list.png")
    screen.search.setText("zzz")
    screen.apply_filter()
    save(screen, shots / "client-list-no-match.png")


def test_screenshot_empty_client_list(qtbot, workspace, shots) -> None:  # type: ignore[no-untyped-def]
    screen = clients_screen(qtbot, workspace)
    screen.resize(960, 320)
    save(screen, shots / "client-list-empty.png")


def test_screenshot_client_dialog_with_errors(qtbot, workspace, shots, no_questions) -> None:  # type: ignore[no-untyped-def]
    demo(workspace)
    dialog = ClientDialog(workspace)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.case_code, "TR-2026-001")
    qtbot.keyClicks(dialog.languages, "Tagalog")
    dialog.immigration_status.setCurrentIndex(
        dialog.immigration_status.findData(ImmigrationStatus.TRP_VICTIM)
    )
    dialog.fit_to(QRect(0, 0, 1366, 728))  # a common laptop screen, less a taskbar
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.save()
    assert dialog.error_text("case_code")
    save(dialog, shots / "client-dialog-errors.png")


def test_screenshot_client_screen(qtbot, workspace, shots, no_questions) -> None:  # type: ignore[no-untyped-def]
    made = demo(workspace)
    amara = made[0]
    workspace.consents.record(amara.id, ConsentKind.STORE, note="Explained in Tagalog")
    workspace.consents.record(amara.id, ConsentKind.PLANNING)
    shared = workspace.consents.record(
        amara.id, ConsentKind.SHARE, organisation="Example Legal Clinic"
    )
    workspace.consents.withdraw(shared.id)
    workspace.clients.update(
        amara.id,
        ClientInput(
            **{**amara.as_input().__dict__, "legal_name": "Amara Example Santos"},
        ),
    )
    screen = client_screen(qtbot, workspace, amara.id)
    screen.resize(900, 620)
    save(screen, shots / "client-screen-profile.png")
    screen.tabs.setCurrentIndex(1)
    save(screen, shots / "client-screen-consents.png")
    screen.tabs.setCurrentIndex(2)
    save(screen, shots / "client-screen-status.png")
    qtbot.mouseClick(screen.record_button, LEFT)
    consent = screen.dialog
    assert isinstance(consent, ConsentDialog)
    consent.kind.setCurrentIndex(consent.kind.findData(ConsentKind.SHARE))
    consent.save()
    save(consent, shots / "consent-dialog-error.png")
    consent.reject()
    closed = client_screen(qtbot, workspace, made[6].id)
    closed.resize(900, 420)
    closed.tabs.setCurrentIndex(2)
    save(closed, shots / "client-screen-closed.png")
