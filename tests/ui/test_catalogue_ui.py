"""The resource catalogue screen and the resource dialog, driven as a worker would."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ltsupport.models import ConsentKind, ResourceSource
from ltsupport.services.catalogue_file import CatalogueEntry
from ltsupport.services.clients import ClientInput
from ltsupport.ui import dialogs
from ltsupport.ui.qtmodels.resource_list_model import CATEGORY, NAME, PLACE, ResourceListModel
from ltsupport.ui.resource_dialog import ResourceDialog
from ltsupport.ui.screens.catalogue_screen import CatalogueScreen

LEFT = Qt.MouseButton.LeftButton
HOTLINE = "canadian-human-trafficking-hotline"
IOM = "iom-canada"
STALE = "Not verified in the last 12 months: check before referring."


def catalogue_screen(qtbot: Any, workspace: Any) -> CatalogueScreen:
    screen = CatalogueScreen(workspace)
    qtbot.addWidget(screen)
    screen.resize(1100, 680)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def shown(screen: CatalogueScreen, column: int = NAME) -> list[str]:
    model = screen.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def type_search(qtbot: Any, screen: CatalogueScreen, text: str) -> None:
    """Type into the real search field and wait for the debounced search to run."""
    screen.search.clear()
    qtbot.keyClicks(screen.search, text)
    qtbot.waitUntil(lambda: not screen.search_timer.isActive(), timeout=2000)


def add_local(workspace: Any, name: str, category: str, **fields: Any) -> Any:
    return workspace.catalogue.create_local(
        CatalogueEntry(key="", name=name, category=category, **fields)
    )


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered Yes; the questions asked are recorded."""
    asked: list[str] = []

    def confirm(parent: Any, title: str, text: str) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return asked


# -- searching --------------------------------------------------------------------------------


def test_the_shipped_catalogue_is_listed_by_name(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    total = workspace.catalogue.count()
    assert total > 0, "the template vault should be seeded with the shipped catalogue"
    screen = catalogue_screen(qtbot, workspace)
    assert screen.count_label.text() == f"{total} resources"
    names = shown(screen)
    assert names == sorted(names, key=str.lower)
    assert screen.table.selectionModel().selectedRows()  # the first one is shown
    assert screen.detail is not None and screen.detail_text().startswith(names[0])


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("trauma", "Canadian Human Trafficking Hotline"),
        ("counselling", "Victim Quick Response Program+ (VQRP+), Ontario"),
        ("IOM", "International Organization for Migration (IOM)"),
        ("consulat", "Embassy or consulate of the person's home country"),
        ("ecole", "IRCC: Temporary Resident Permit for victims of trafficking in persons"),
    ],
)
def test_search_finds_what_a_worker_types(qtbot, workspace, typed, expected) -> None:  # type: ignore[no-untyped-def]
    screen = catalogue_screen(qtbot, workspace)
    everything = screen.model.rowCount()
    type_search(qtbot, screen, typed)
    names = shown(screen)
    assert 0 < len(names) < everything
    assert any(name.startswith(expected) for name in names), names
    assert screen.count_label.text() in (f"{len(names)} resources", "1 resource")
    # The best match is shown in the detail pane at once.
    assert screen.detail_text().startswith(names[0])


def test_search_finds_local_services_in_either_language(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    add_local(
        workspace,
        "Adult Learning Centre Example",
        "continuing_education",
        areas=("education",),
        city="Hamilton",
        province="ON",
    )
    add_local(workspace, "Example Trauma Therapy Collective", "trauma_counsellors")
    screen = catalogue_screen(qtbot, workspace)
    type_search(qtbot, screen, "ecole")
    assert shown(screen)[0] == "Adult Learning Centre Example"
    type_search(qtbot, screen, "trauma")
    assert shown(screen)[0] == "Example Trauma Therapy Collective"
    type_search(qtbot, screen, "therap")  # a prefix, as typed so far
    assert "Example Trauma Therapy Collective" in shown(screen)


def test_typing_searches_after_a_short_pause(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    screen = catalogue_screen(qtbot, workspace)
    before = shown(screen)
    qtbot.keyClicks(screen.search, "IOM")
    assert screen.search_timer.isActive()
    assert shown(screen) == before  # not on every keystroke...
    qtbot.waitUntil(lambda: shown(screen) != before, timeout=2000)  # ...but once typing pauses
    assert shown(screen)[0].startswith("IOM") or "(IOM)" in shown(screen)[0]


def test_enter_in_the_search_field_moves_to_the_results(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    screen = catalogue_screen(qtbot, workspace)
    qtbot.keyClicks(screen.search, "hotline")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert not screen.search_timer.isActive()
    assert screen.focusWidget() is screen.table
    assert screen.current_resource_id() == screen.model.resource_id(0)


def test_clicking_a_result_shows_its_details(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    screen = catalogue_screen(qtbot, workspace)
    table = screen.table
    rect = table.visualRect(screen.model.index(2, NAME))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    assert screen.current_resource_id() == screen.model.resource_id(2)
    assert screen.detail_text().startswith(shown(screen)[2])
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert screen.detail_text().startswith(shown(screen)[3])


def test_filters_narrow_the_results(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    add_local(
        workspace,
        "Example Spanish Counselling Toronto",
        "trauma_counsellors",
        areas=("counselling", "housing"),
        languages=("es", "en"),
        city="Toronto",
        province="ON",
    )
    screen = catalogue_screen(qtbot, workspace)

    def details() -> list[Any]:
        return [
            workspace.catalogue.get(screen.model.resource_id(r)).entry
            for r in range(screen.model.rowCount())
        ]

    screen.set_category_filter("embassies_consulates")
    assert shown(screen) and all(e.category == "embassies_consulates" for e in details())
    assert set(shown(screen, CATEGORY)) == {"Embassies and consulates"}
    screen.set_category_filter(None)

    screen.area_filter.setCurrentIndex(screen.area_filter.findData("housing"))
    housing = details()
    assert housing and all("housing" in e.areas for e in housing)

    languages = [screen.language_filter.itemData(i) for i in range(screen.language_filter.count())]
    assert languages[0] is None and {"en", "es", "fr"} <= set(languages[1:])
    assert screen.language_filter.itemText(languages.index("es")) == "Spanish (es)"
    screen.language_filter.setCurrentIndex(languages.index("es"))
    assert shown(screen) == ["Example Spanish Counselling Toronto"]
    assert shown(screen, PLACE) == ["Toronto, ON"]

    screen.area_filter.setCurrentIndex(0)
    screen.language_filter.setCurrentIndex(0)
    qtbot.keyClicks(screen.place_filter, "ON")
    screen.apply_search()
    # Ontario entries and Canada-wide ones (no province, no country), nothing from elsewhere.
    in_ontario = details()
    assert any(e.province == "ON" for e in in_ontario)
    assert all(e.province == "ON" or (e.province == "" and e.country is None) for e in in_ontario)


def test_an_empty_category_invites_staff_to_add_their_local_services(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    assert workspace.catalogue.counts_by_category()["trauma_counsellors"] == 0
    screen = catalogue_screen(qtbot, workspace)
    index = screen.category_filter.findData("trauma_counsellors")
    assert screen.category_filter.itemText(index) == "Trauma counsellors (0)"
    screen.category_filter.setCurrentIndex(index)
    assert screen.results.currentWidget() is screen.empty_page
    assert screen.empty_label.text() == (
        "No trauma counsellors in the catalogue yet. Add the services you know in your area "
        "with Add a local resource…"
    )
    assert screen.count_label.text() == "0 resources"
    assert screen.empty_add_button.isVisible()
    assert not screen.edit_button.isEnabled() and not screen.refer_button.isEnabled()

    qtbot.mouseClick(screen.empty_add_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, ResourceDialog) and dialog.isVisible()
    assert dialog.category.currentData() == "trauma_counsellors"
    qtbot.keyClicks(dialog.name, "Example Trauma Clinic")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert shown(screen) == ["Example Trauma Clinic"]
    assert screen.category_filter.itemText(index) == "Trauma counsellors (1)"


def test_no_match_says_so_without_the_invitation(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    screen = catalogue_screen(qtbot, workspace)
    type_search(qtbot, screen, "zzqxv")
    assert screen.results.currentWidget() is screen.empty_page
    assert screen.empty_label.text().startswith("No resources match this search.")
    assert not screen.empty_add_button.isVisible()
    assert screen.detail is None and screen.detail_text() == ""


# -- the detail pane --------------------------------------------------------------------------


def test_the_detail_pane_shows_every_field_and_flags_unverified_entries(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    hotline = workspace.catalogue.get_by_key(HOTLINE)
    assert hotline.entry.verified_on is None
    screen = catalogue_screen(qtbot, workspace)
    assert screen.select_resource(hotline.id)
    text = screen.detail_text()
    assert STALE in text
    assert "These details have never been checked." in text
    assert "#fff2cc" in screen.details.toHtml().lower()  # the colour repeats the words
    for label in (
        "Name",
        "French name",
        "Category",
        "Needs areas",
        "Description",
        "Services offered",
        "Languages",
        "Phone",
        "E-mail",
        "Website",
        "Address",
        "City",
        "Province",
        "Country",
        "Hours",
        "Eligibility",
        "Cost",
        "Accessibility",
        "Information comes from",
        "Verified on",
        "In the catalogue",
    ):
        assert label in text, label
    assert "1-833-900-1010" in text
    assert "Came with the app" in text
    assert "English (en), French (fr)" in text
    assert "Not recorded" in text  # an empty field says so
    assert not screen.delete_button.isEnabled()  # shipped entries cannot be deleted
    assert "cannot be deleted" in screen.delete_button.toolTip()


def test_old_and_recent_verification_dates(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    old_day = date.today() - timedelta(days=400)
    old = add_local(workspace, "Example Old Shelter", "housing", verified_on=old_day)
    fresh = add_local(
        workspace, "Example Fresh Shelter", "housing", verified_on=date.today() - timedelta(days=3)
    )
    screen = catalogue_screen(qtbot, workspace)
    screen.select_resource(old.id)
    assert STALE in screen.detail_text()
    assert f"Last checked on {old_day.isoformat()}." in screen.detail_text()
    screen.select_resource(fresh.id)
    assert STALE not in screen.detail_text()
    assert f"Verified on {(date.today() - timedelta(days=3)).isoformat()}" in screen.detail_text()
    assert "Added by staff" in screen.detail_text()
    assert screen.delete_button.isEnabled()


def test_copy_contact_details_puts_plain_text_on_the_clipboard(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    hotline = workspace.catalogue.get_by_key(HOTLINE)
    screen = catalogue_screen(qtbot, workspace)
    screen.select_resource(hotline.id)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(screen.copy_button, LEFT)
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0] == "Canadian Human Trafficking Hotline"
    assert "Phone: 1-833-900-1010" in copied.splitlines()
    assert "Website: https://canadianhumantraffickinghotline.ca" in copied.splitlines()
    assert "<" not in copied  # plain text, not HTML
    assert screen.notice.text().startswith("Contact details copied.")


# -- adding, editing and deleting -------------------------------------------------------------


def test_add_a_local_resource_through_the_dialog(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    before = workspace.catalogue.count()
    screen = catalogue_screen(qtbot, workspace)
    qtbot.mouseClick(screen.add_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, ResourceDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Add a resource"

    qtbot.keyClicks(dialog.name, "Example Newcomer Housing Help")
    qtbot.keyClicks(dialog.name_fr, "Aide au logement exemple")
    dialog.category.setCurrentIndex(dialog.category.findData("housing"))
    qtbot.mouseClick(dialog.area_boxes["housing"], LEFT)
    qtbot.keyClicks(dialog.description, "Helps newcomers find an apartment.")
    qtbot.keyClicks(dialog.languages, "es, EN")
    dialog.province.setCurrentIndex(dialog.province.findData("ON"))
    qtbot.keyClicks(dialog.city, "Toronto")
    qtbot.keyClicks(dialog.phone, "416-555-0100 ext. 12")
    qtbot.keyClicks(dialog.website, "not a website")
    qtbot.keyClicks(dialog.source, "Phone call with intake worker")
    qtbot.mouseClick(dialog.save_button, LEFT)

    # An invalid website: shown under the field, nothing saved, everything typed kept.
    assert dialog.isVisible()
    error = dialog.error_text("website")
    assert error.startswith("Write the full web address, starting with https://")
    assert dialog.website.accessibleDescription() == error
    assert dialog.summary.text() == "Please correct 1 problem before saving."
    assert dialog.focusWidget() is dialog.website
    assert dialog.error_text("name") == ""
    assert workspace.catalogue.count() == before
    assert dialog.name.text() == "Example Newcomer Housing Help"
    assert dialog.description.toPlainText() == "Helps newcomers find an apartment."

    dialog.website.clear()
    qtbot.keyClicks(dialog.website, "https://example.ca/housing")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert workspace.catalogue.count() == before + 1
    saved = workspace.catalogue.get(screen.current_resource_id())
    assert saved.source is ResourceSource.LOCAL
    assert saved.entry.name == "Example Newcomer Housing Help"
    assert saved.entry.languages == ("es", "en")
    assert saved.entry.areas == ("housing",)
    assert saved.entry.province == "ON" and saved.entry.city == "Toronto"
    assert saved.entry.verified_on is None
    assert "Added by staff" in screen.detail_text()
    assert STALE in screen.detail_text()


def test_required_fields_and_several_problems_are_shown_together(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = ResourceDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.languages, "english")
    qtbot.keyClicks(dialog.email, "intake@")
    qtbot.keyClicks(dialog.country, "p1")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_text("name") == "A name is required."
    assert dialog.error_text("category") == "Choose a category."
    assert dialog.error_text("languages").startswith("Use two-letter language codes")
    assert dialog.error_text("email").startswith("Write an e-mail address")
    assert dialog.error_text("country").startswith("Use the two-letter country code")
    assert dialog.summary.text() == "Please correct 5 problems before saving."
    assert dialog.focusWidget() is dialog.name


def test_edit_a_shipped_entry_marks_it_edited_by_staff(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    iom = workspace.catalogue.get_by_key(IOM)
    screen = catalogue_screen(qtbot, workspace)
    screen.select_resource(iom.id)
    qtbot.mouseClick(screen.edit_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, ResourceDialog)
    assert dialog.windowTitle() == "Edit resource"
    assert dialog.name.text() == iom.entry.name
    dialog.hours.clear()
    qtbot.keyClicks(dialog.hours, "Monday to Friday, 9:00 to 17:00")
    qtbot.mouseClick(dialog.verified, LEFT)
    assert dialog.verified_on.isEnabled()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()

    edited = workspace.catalogue.get(iom.id)
    assert edited.edited_locally and edited.source is ResourceSource.SEED
    assert edited.entry.hours == "Monday to Friday, 9:00 to 17:00"
    assert edited.entry.verified_on == date.today()
    assert edited.entry.phone == iom.entry.phone  # what was not touched is kept
    assert screen.current_resource_id() == iom.id
    text = screen.detail_text()
    assert "Came with the app; edited by staff" in text
    assert f"Verified on {date.today().isoformat()}" in text
    assert STALE not in text


def test_delete_a_local_entry_after_confirming(qtbot, workspace, no_questions) -> None:  # type: ignore[no-untyped-def]
    local = add_local(workspace, "Example Drop-in Centre", "support_groups")
    screen = catalogue_screen(qtbot, workspace)
    screen.select_resource(local.id)
    assert screen.delete_button.isEnabled()
    qtbot.mouseClick(screen.delete_button, LEFT)
    assert no_questions == ["Delete this resource?"]
    assert screen.model.row_of(local.id) is None
    assert "Example Drop-in Centre" not in [e.name for e in workspace.catalogue.entries()]
    assert screen.category_filter.itemText(
        screen.category_filter.findData("support_groups")
    ).endswith("(0)")


def test_delete_is_not_done_when_the_worker_says_no(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    local = add_local(workspace, "Example Drop-in Centre", "support_groups")
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    screen = catalogue_screen(qtbot, workspace)
    screen.select_resource(local.id)
    qtbot.mouseClick(screen.delete_button, LEFT)
    assert workspace.catalogue.get(local.id).name == "Example Drop-in Centre"


def test_a_local_entry_used_by_a_referral_is_not_deleted(  # type: ignore[no-untyped-def]
    qtbot, workspace, no_questions, monkeypatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warning", lambda parent, title, text: warned.append(text))
    local = add_local(workspace, "Example Drop-in Centre", "support_groups")
    client = workspace.clients.create(ClientInput(case_code="TR-001", preferred_name="Amara"))
    workspace.consents.record(client.id, ConsentKind.SHARE, organisation="Example Drop-in Centre")
    workspace.referrals.create(client.id, local.id)
    screen = catalogue_screen(qtbot, workspace)
    screen.select_resource(local.id)
    qtbot.mouseClick(screen.delete_button, LEFT)
    assert warned == ["This resource is used by 1 referral(s), so it cannot be deleted."]
    assert screen.model.row_of(local.id) is not None


def test_every_control_has_a_name_or_a_label(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    screen = catalogue_screen(qtbot, workspace)
    for control in (
        screen.search,
        screen.category_filter,
        screen.area_filter,
        screen.language_filter,
        screen.place_filter,
        screen.table,
        screen.details,
        screen.add_button,
        screen.edit_button,
        screen.delete_button,
        screen.copy_button,
        screen.refer_button,
    ):
        assert control.accessibleName(), control
    dialog = ResourceDialog(workspace)
    qtbot.addWidget(dialog)
    for field in ("name", "name_fr", "category", "description", "languages", "website"):
        assert getattr(dialog, field).accessibleName(), field
    assert dialog.name.accessibleDescription().startswith("Required.")
    assert dialog.save_button.isDefault()


# -- the item model ---------------------------------------------------------------------------


def test_resource_list_model_passes_the_model_tester(qtbot, qtmodeltester, workspace) -> None:  # type: ignore[no-untyped-def]
    model = ResourceListModel(workspace.catalogue.search(""))
    qtmodeltester.check(model)
    assert model.rowCount() == workspace.catalogue.count()
    model.set_rows(workspace.catalogue.search("IOM"))
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.headerData(PLACE, Qt.Orientation.Horizontal) == "Place"


def test_place_column_names_the_country_of_a_consulate(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    add_local(
        workspace, "Example Consulate of the Philippines", "embassies_consulates", country="PH"
    )
    rows = workspace.catalogue.search("Philippines")
    model = ResourceListModel(rows)
    assert model.index(0, PLACE).data() == "Country: PH"
    national = ResourceListModel([replace(rows[0], country=None)])
    assert national.index(0, PLACE).data() == "Canada-wide"


def test_names_and_categories_follow_the_interface_language(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    iom = workspace.catalogue.get_by_key(IOM)
    assert iom.entry.name_fr
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_CA"))  # what the translators do for a French interface
    try:
        model = ResourceListModel(workspace.catalogue.search("IOM"))
        row = model.row_of(iom.id)
        assert row is not None
        assert model.index(row, NAME).data() == iom.entry.name_fr
        assert model.index(row, CATEGORY).data() == (
            "Organisations de migration et d'aide aux réfugiés"
        )
        no_french = next(
            r for r in range(model.rowCount()) if not model.resource(r).name_fr
        )  # without a French name, the name as it is
        assert model.index(no_french, NAME).data() == model.resource(no_french).name
    finally:
        QLocale.setDefault(previous)
    english = ResourceListModel(workspace.catalogue.search("IOM"))
    assert english.index(row, NAME).data() == iom.entry.name


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


def test_screenshot_catalogue(qtbot, workspace, shots, no_questions) -> None:  # type: ignore[no-untyped-def]
    add_local(
        workspace,
        "Example Trauma Therapy Collective",
        "trauma_counsellors",
        areas=("counselling",),
        languages=("en", "es", "tl"),
        city="Toronto",
        province="ON",
        phone="416-555-0142",
        email="intake@example.ca",
        website="https://example.ca",
        hours="Monday to Friday, 9:00 to 17:00",
        cost="Free",
        verified_on=date.today() - timedelta(days=30),
    )
    screen = catalogue_screen(qtbot, workspace)
    screen.resize(900, 640)  # what the main window leaves beside its navigation
    save(screen, shots / "catalogue.png")
    type_search(qtbot, screen, "trauma")
    save(screen, shots / "catalogue-search-trauma.png")
    type_search(qtbot, screen, "IOM")
    save(screen, shots / "catalogue-search-iom.png")
    screen.search.clear()
    screen.set_category_filter("volunteering")
    save(screen, shots / "catalogue-empty-category.png")

    dialog = ResourceDialog(workspace, category="housing")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Example Housing Help")
    qtbot.keyClicks(dialog.website, "example.ca")
    qtbot.keyClicks(dialog.languages, "Spanish")
    dialog.fit_to(QRect(0, 0, 1366, 728))  # a common laptop screen, less a taskbar
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.save()
    assert dialog.error_text("website")
    save(dialog, shots / "resource-dialog-errors.png")


def test_a_preset_category_and_country_are_not_changes_to_discard(
    qtbot: Any, workspace: Any
) -> None:
    dialog = ResourceDialog(workspace, category="embassies_consulates", country="ph")
    qtbot.addWidget(dialog)
    assert dialog.country.text() == "PH"
    assert dialog.category.currentData() == "embassies_consulates"
    assert not dialog.has_changes()  # Cancel closes without asking
