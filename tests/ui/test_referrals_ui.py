"""Referrals made through the real widgets: from the catalogue, from a client's screen, and
moved along on the client's Referrals tab."""

from __future__ import annotations

import os
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ltsupport.models import ConsentKind, ReferralStatus
from ltsupport.services.clients import ClientInput
from ltsupport.ui import dialogs
from ltsupport.ui.qtmodels.referral_table_model import (
    AREA,
    CONSENT,
    FOLLOW_UP,
    RESOURCE,
    SINCE,
    STATUS,
    ReferralTableModel,
)
from ltsupport.ui.referral_dialog import FollowUpDialog, ReferralDialog, ReferralStatusDialog
from ltsupport.ui.screens.catalogue_screen import CatalogueScreen
from ltsupport.ui.screens.client_screen import ClientScreen

LEFT = Qt.MouseButton.LeftButton
IOM = "iom-canada"
IOM_NAME = "International Organization for Migration (IOM)"
HOTLINE = "canadian-human-trafficking-hotline"
HOTLINE_NAME = "Canadian Human Trafficking Hotline"
REFERRALS_TAB = 3


@pytest.fixture
def confirmed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered Yes; the questions asked are recorded."""
    asked: list[str] = []

    def confirm(parent: Any, title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return asked


def add_client(workspace: Any, code: str, name: str) -> Any:
    return workspace.clients.create(ClientInput(case_code=code, preferred_name=name))


def show(qtbot: Any, widget: Any, width: int = 1000, height: int = 640) -> Any:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def referrals_tab(qtbot: Any, workspace: Any, client_id: uuid.UUID) -> ClientScreen:
    screen = show(qtbot, ClientScreen(workspace, client_id))
    screen.tabs.setCurrentIndex(REFERRALS_TAB)
    assert screen.tabs.currentWidget() is screen.referrals_tab
    return screen


def row_texts(screen: ClientScreen, row: int = 0) -> dict[int, str]:
    model = screen.referral_table.model()
    return {
        c: model.index(row, c).data() for c in (RESOURCE, AREA, STATUS, SINCE, FOLLOW_UP, CONSENT)
    }


def change_status(qtbot: Any, screen: ClientScreen, status: ReferralStatus) -> None:
    screen.referral_table.selectRow(0)
    qtbot.mouseClick(screen.referral_status_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, ReferralStatusDialog) and dialog.isVisible()
    assert dialog.choose(status)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()


def test_refer_a_client_from_the_catalogue_then_follow_it_to_completion(  # type: ignore[no-untyped-def]
    qtbot, workspace, confirmed
) -> None:
    amara = add_client(workspace, "TR-001", "Amara")
    add_client(workspace, "TR-002", "Oksana")
    iom = workspace.catalogue.get_by_key(IOM)
    catalogue = show(qtbot, CatalogueScreen(workspace), 1100, 680)
    qtbot.keyClicks(catalogue.search, "IOM")
    catalogue.apply_search()
    assert catalogue.select_resource(iom.id)

    qtbot.mouseClick(catalogue.refer_button, LEFT)
    dialog = catalogue.dialog
    assert isinstance(dialog, ReferralDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Refer a client"
    assert dialog.resource_label is not None and IOM_NAME in dialog.resource_label.text()
    assert dialog.client_filter is not None and dialog.focusWidget() is dialog.client_filter

    # Choose the client by typing in the chooser: one match is chosen for you.
    qtbot.keyClicks(dialog.client_filter, "amar")
    qtbot.waitUntil(lambda: dialog.chosen_client_id() == amara.id, timeout=2000)
    assert dialog.client_model is not None and dialog.client_model.rowCount() == 1

    # No consent to share with the IOM: the dialog says so and allows only a suggestion.
    assert dialog.consent.isVisible()
    assert dialog.consent.text.text() == (
        f"⚠ Amara has no consent on file to share information with {IOM_NAME}. Record "
        "consent first, or keep this as a suggestion."
    )
    assert dialog.consent.record_button.isVisible()
    assert not dialog.referred_radio.isEnabled()
    assert dialog.suggested_radio.isChecked()
    assert dialog.status_note.isVisible()
    assert dialog.status() is ReferralStatus.SUGGESTED

    # Record the consent from the dialog, after confirming.
    qtbot.mouseClick(dialog.consent.record_button, LEFT)
    assert len(confirmed) == 1 and "Amara" in confirmed[0] and IOM_NAME in confirmed[0]
    consents = workspace.consents.for_client(amara.id)
    assert [(c.kind, c.organisation) for c in consents] == [(ConsentKind.SHARE, IOM_NAME)]
    assert dialog.consent.text.text() == (
        f"✓ Amara has consented to share information with {IOM_NAME}."
    )
    assert not dialog.consent.record_button.isVisible()
    assert dialog.referred_radio.isEnabled() and dialog.referred_radio.isChecked()
    assert not dialog.status_note.isVisible()

    dialog.area.setCurrentIndex(dialog.area.findData("community"))
    qtbot.keyClicks(dialog.notes, "Asked for an appointment about going home.")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert catalogue.notice.text().startswith("Referral saved.")

    [made] = workspace.referrals.for_client(amara.id)
    assert made.status is ReferralStatus.REFERRED
    assert made.consent_id == consents[0].id
    assert made.area_key == "community"
    assert made.follow_up_on == date.today() + timedelta(days=14)

    # The referral is on the client's Referrals tab, with the consent it relies on.
    screen = referrals_tab(qtbot, workspace, amara.id)
    assert not screen.referrals_empty.isVisible()
    assert row_texts(screen) == {
        RESOURCE: IOM_NAME,
        AREA: "Transition and community",
        STATUS: "Referred",
        SINCE: date.today().isoformat(),
        FOLLOW_UP: (date.today() + timedelta(days=14)).isoformat(),
        CONSENT: "Yes",
    }
    screen.referral_table.selectRow(0)
    assert screen.referral_notes.text() == "Notes: Asked for an appointment about going home."
    assert screen.consent_model.rowCount() == 1

    # Accepted, then attending, then completed, each through the status dialog.
    for status, label in (
        (ReferralStatus.ACCEPTED, "Accepted"),
        (ReferralStatus.ATTENDING, "Attending"),
        (ReferralStatus.COMPLETED, "Completed"),
    ):
        change_status(qtbot, screen, status)
        assert screen.referral_status_shown(0) == label
        assert workspace.referrals.for_client(amara.id)[0].status is status
    screen.referral_table.selectRow(0)
    assert not screen.referral_status_button.isEnabled()  # nothing follows completed


def test_the_status_dialog_offers_only_the_statuses_that_may_follow(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    amara = add_client(workspace, "TR-001", "Amara")
    hotline = workspace.catalogue.get_by_key(HOTLINE)
    workspace.consents.record(amara.id, ConsentKind.SHARE, organisation=HOTLINE_NAME)
    workspace.referrals.create(amara.id, hotline.id, status=ReferralStatus.ACCEPTED)
    screen = referrals_tab(qtbot, workspace, amara.id)
    screen.referral_table.selectRow(0)
    qtbot.mouseClick(screen.referral_status_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, ReferralStatusDialog)
    offered = [dialog.new_status.itemText(i) for i in range(dialog.new_status.count())]
    assert offered == ["Attending", "Completed", "Declined"]
    assert not dialog.choose(ReferralStatus.REFERRED)
    assert dialog.on.maximumDate().toPython() == date.today()
    dialog.reject()


def test_a_referral_can_be_declined(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    amara = add_client(workspace, "TR-001", "Amara")
    hotline = workspace.catalogue.get_by_key(HOTLINE)
    workspace.consents.record(amara.id, ConsentKind.SHARE, organisation=HOTLINE_NAME)
    workspace.referrals.create(amara.id, hotline.id, status=ReferralStatus.REFERRED)
    screen = referrals_tab(qtbot, workspace, amara.id)
    change_status(qtbot, screen, ReferralStatus.DECLINED)
    assert screen.referral_status_shown(0) == "Declined"
    assert workspace.referrals.for_client(amara.id)[0].status is ReferralStatus.DECLINED
    screen.referral_table.selectRow(0)
    assert not screen.referral_status_button.isEnabled()


def test_a_suggestion_without_consent_moves_on_only_once_consent_is_recorded(  # type: ignore[no-untyped-def]
    qtbot, workspace, confirmed
) -> None:
    amara = add_client(workspace, "TR-001", "Amara")
    hotline = workspace.catalogue.get_by_key(HOTLINE)
    workspace.referrals.create(amara.id, hotline.id)  # a suggestion, no consent
    screen = referrals_tab(qtbot, workspace, amara.id)
    assert row_texts(screen)[CONSENT] == "No consent on file"
    screen.referral_table.selectRow(0)
    qtbot.mouseClick(screen.referral_status_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, ReferralStatusDialog)
    assert dialog.choose(ReferralStatus.REFERRED)
    assert dialog.consent.isVisible() and not dialog.save_button.isEnabled()
    assert dialog.choose(ReferralStatus.DECLINED)
    assert dialog.save_button.isEnabled()  # declining never needs consent
    assert dialog.choose(ReferralStatus.REFERRED)
    qtbot.mouseClick(dialog.consent.record_button, LEFT)
    assert dialog.save_button.isEnabled() and not dialog.consent.isVisible()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert screen.referral_status_shown(0) == "Referred"


def test_refer_from_the_client_screen_for_a_needs_area(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    amara = add_client(workspace, "TR-001", "Amara")
    screen = referrals_tab(qtbot, workspace, amara.id)
    assert screen.referrals_empty.isVisible()
    assert not screen.referral_status_button.isEnabled()
    assert not screen.follow_up_button.isEnabled()

    qtbot.mouseClick(screen.refer_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, ReferralDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Refer to a resource"
    assert dialog.client_label is not None and dialog.client_label.text() == "TR-001  Amara"
    assert dialog.resource_search is not None and dialog.resource_model is not None
    assert dialog.area_only is not None
    everything = dialog.resource_model.rowCount()
    assert everything == workspace.catalogue.count()

    # Choosing a needs area narrows the catalogue to the resources for that area.
    dialog.area.setCurrentIndex(dialog.area.findData("housing"))
    assert dialog.area_only.isChecked()
    housing = [
        workspace.catalogue.get(dialog.resource_model.resource_id(r)).entry
        for r in range(dialog.resource_model.rowCount())
    ]
    assert 0 < len(housing) < everything and all("housing" in e.areas for e in housing)

    qtbot.keyClicks(dialog.resource_search, "hotline")
    qtbot.waitUntil(lambda: dialog.resource_model.rowCount() == 1, timeout=2000)
    hotline = workspace.catalogue.get_by_key(HOTLINE)
    assert dialog.chosen_resource_id() == hotline.id

    assert dialog.consent.isVisible()
    assert dialog.consent.text.text().startswith("⚠ Amara has no consent on file")
    dialog.follow_up_check.setChecked(False)
    qtbot.mouseClick(dialog.save_button, LEFT)  # saved as a suggestion, which needs no consent
    assert not dialog.isVisible()

    [made] = workspace.referrals.for_client(amara.id)
    assert made.status is ReferralStatus.SUGGESTED
    assert made.area_key == "housing" and made.consent_id is None
    assert made.follow_up_on is None
    texts = row_texts(screen)
    assert texts[RESOURCE] == HOTLINE_NAME
    assert texts[AREA] == "Long-term housing"
    assert texts[STATUS] == "Suggested"
    assert texts[CONSENT] == "No consent on file"
    assert texts[FOLLOW_UP] == ""
    assert screen.referral_table.selectionModel().selectedRows()  # the new one is selected


def test_enter_in_the_resource_search_moves_to_the_list_without_saving(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    amara = add_client(workspace, "TR-001", "Amara")
    dialog = show(qtbot, ReferralDialog(workspace, client_id=amara.id), 760, 640)
    assert dialog.resource_search is not None
    qtbot.keyClicks(dialog.resource_search, "IOM")
    qtbot.keyClick(dialog.resource_search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.focusWidget() is dialog.resource_table
    assert dialog.chosen_resource_id() is not None
    assert workspace.referrals.for_client(amara.id) == []


def test_saving_without_a_client_says_what_is_missing(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    iom = workspace.catalogue.get_by_key(IOM)
    add_client(workspace, "TR-001", "Amara")
    dialog = show(qtbot, ReferralDialog(workspace, resource_id=iom.id), 760, 640)
    assert not dialog.consent.isVisible()  # nothing to check until a client is chosen
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error_text("client") == "Choose the client to refer."
    assert dialog.focusWidget() is dialog.client_filter


def test_set_and_clear_a_follow_up_date(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    amara = add_client(workspace, "TR-001", "Amara")
    hotline = workspace.catalogue.get_by_key(HOTLINE)
    workspace.referrals.create(amara.id, hotline.id)
    screen = referrals_tab(qtbot, workspace, amara.id)
    screen.referral_table.selectRow(0)
    qtbot.mouseClick(screen.follow_up_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, FollowUpDialog)
    assert not dialog.follow_up_check.isChecked()
    qtbot.mouseClick(dialog.follow_up_check, LEFT)
    dialog.follow_up.setDate(dialog.follow_up.date().addDays(1))
    wanted = date.today() + timedelta(days=15)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert row_texts(screen)[FOLLOW_UP] == wanted.isoformat()
    assert workspace.referrals.for_client(amara.id)[0].follow_up_on == wanted

    screen.referral_table.selectRow(0)
    qtbot.mouseClick(screen.follow_up_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, FollowUpDialog) and dialog.follow_up_check.isChecked()
    qtbot.mouseClick(dialog.follow_up_check, LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert workspace.referrals.for_client(amara.id)[0].follow_up_on is None


def test_no_case_content_in_referral_window_titles(qtbot, workspace, confirmed) -> None:  # type: ignore[no-untyped-def]
    amara = add_client(workspace, "TR-001", "Amara")
    hotline = workspace.catalogue.get_by_key(HOTLINE)
    referral = workspace.referrals.create(amara.id, hotline.id)
    for dialog in (
        ReferralDialog(workspace, client_id=amara.id),
        ReferralDialog(workspace, resource_id=hotline.id),
        ReferralStatusDialog(workspace, referral),
        FollowUpDialog(workspace, referral),
    ):
        qtbot.addWidget(dialog)
        assert "Amara" not in dialog.windowTitle() and "TR-001" not in dialog.windowTitle()


def test_referral_table_model_passes_the_model_tester(qtbot, qtmodeltester, workspace) -> None:  # type: ignore[no-untyped-def]
    amara = add_client(workspace, "TR-001", "Amara")
    hotline = workspace.catalogue.get_by_key(HOTLINE)
    iom = workspace.catalogue.get_by_key(IOM)
    workspace.consents.record(amara.id, ConsentKind.SHARE, organisation=HOTLINE_NAME)
    workspace.referrals.create(
        amara.id,
        hotline.id,
        area_key="housing",
        status=ReferralStatus.REFERRED,
        follow_up_on=date.today(),
        notes="Call back Monday",
    )
    workspace.referrals.create(amara.id, iom.id)
    model = ReferralTableModel(workspace.referrals.for_client(amara.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    due = model.row_of(next(r.id for r in workspace.referrals.for_client(amara.id) if r.notes))
    assert due is not None
    assert model.index(due, FOLLOW_UP).data() == f"{date.today().isoformat()} (due)"
    assert model.index(due, CONSENT).data() == "Yes"
    assert model.headerData(CONSENT, Qt.Orientation.Horizontal) == "Consent to share"
    model.set_referrals([])
    qtmodeltester.check(model)


# -- screenshots for review (only when LTSUPPORT_SCREENSHOTS names a directory) -----------------


@pytest.fixture
def shots() -> Path:
    target = os.environ.get("LTSUPPORT_SCREENSHOTS")
    if not target:
        pytest.skip("set LTSUPPORT_SCREENSHOTS to a directory to save screenshots")
    path = Path(target)
    path.mkdir(parents=True, exist_ok=True)
    return path


def save(widget: Any, path: Path) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(path))


def test_screenshot_referrals(qtbot, workspace, shots, confirmed) -> None:  # type: ignore[no-untyped-def]
    amara = add_client(workspace, "TR-2026-001", "Amara")
    add_client(workspace, "TR-2026-002", "Oksana")
    add_client(workspace, "TR-2026-003", "María José")
    iom = workspace.catalogue.get_by_key(IOM)
    hotline = workspace.catalogue.get_by_key(HOTLINE)

    dialog = show(qtbot, ReferralDialog(workspace, resource_id=iom.id), 760, 600)
    assert dialog.client_filter is not None
    qtbot.keyClicks(dialog.client_filter, "amara")
    dialog.apply_client_filter()
    assert dialog.consent.missing
    dialog.resize(dialog.width(), dialog.sizeHint().height())
    save(dialog, shots / "referral-dialog-no-consent.png")
    dialog.reject()

    from_client = show(qtbot, ReferralDialog(workspace, client_id=amara.id, area_key="housing"))
    from_client.resize(from_client.width(), from_client.sizeHint().height())
    save(from_client, shots / "referral-dialog-from-client.png")
    from_client.reject()

    workspace.consents.record(amara.id, ConsentKind.SHARE, organisation=HOTLINE_NAME)
    workspace.referrals.create(
        amara.id,
        hotline.id,
        area_key="counselling",
        status=ReferralStatus.REFERRED,
        follow_up_on=date.today(),
        notes="Spoke with the intake worker; call back on the follow-up date.",
    )
    workspace.referrals.create(amara.id, iom.id, area_key="community")
    screen = referrals_tab(qtbot, workspace, amara.id)
    screen.resize(900, 520)
    screen.referral_table.selectRow(0)
    save(screen, shots / "client-screen-referrals.png")
    qtbot.mouseClick(screen.referral_status_button, LEFT)
    status = screen.dialog
    assert isinstance(status, ReferralStatusDialog)
    save(status, shots / "referral-status-dialog.png")
    status.reject()
