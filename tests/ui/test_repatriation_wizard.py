"""The repatriation wizard, driven as a worker would: the wish first, pages generated from the
return steps in the source text's order, the keyboard alone, the "stay" and "fears harm" paths,
the consulate found by the person's country, and nothing typed lost when it is closed halfway."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from conftest import PASSPHRASE
from ltsupport.checklist import REPATRIATION_STEPS, StepStatus
from ltsupport.checklist_return import RETURN_STEPS, step_details
from ltsupport.models import ContactKind, ReturnWish
from ltsupport.paths import AppPaths
from ltsupport.services.catalogue_file import CatalogueEntry
from ltsupport.services.clients import ClientDetail, ClientInput
from ltsupport.services.contacts import ContactInput
from ltsupport.services.repatriation import StepInput
from ltsupport.services.workspace import open_workspace
from ltsupport.settings import Settings
from ltsupport.ui import dialogs
from ltsupport.ui.main_window import MainWindow
from ltsupport.ui.resource_dialog import ResourceDialog
from ltsupport.ui.wizards import repatriation_wizard
from ltsupport.ui.wizards.contact_dialog import ContactDialog
from ltsupport.ui.wizards.date_field import DateField
from ltsupport.ui.wizards.repatriation_review_page import ReturnReviewPage
from ltsupport.ui.wizards.repatriation_sections import CatalogueSearchDialog
from ltsupport.ui.wizards.repatriation_step_page import ReturnStepPage
from ltsupport.ui.wizards.repatriation_wizard import RepatriationWizard

LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier
LAPTOP = QRect(0, 0, 1366, 728)  # a common laptop screen, less a taskbar
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
RISK_NAME = "Risk notes — worker only, never printed"
UNHCR_TEXT = (
    "The person fears harm on return. A refugee protection claim should be considered before "
    "any repatriation (UNHCR Guidelines on International Protection, 2006, on victims of "
    "trafficking)."
)
GENERIC_CONSULATE = "home-country-embassy-or-consulate"


def add_client(ws: Any, code: str = "TR-2026-007", **kw: Any) -> ClientDetail:
    kw.setdefault("country_of_origin", "PH")
    return ws.clients.create(ClientInput(case_code=code, preferred_name="Marisol", **kw))


def open_wizard(qtbot: Any, ws: Any, client: ClientDetail, **kw: Any) -> RepatriationWizard:
    wizard = RepatriationWizard(ws, client.id, **kw)
    qtbot.addWidget(wizard)
    wizard.fit_to(LAPTOP)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def activate(qtbot: Any, wizard: RepatriationWizard) -> None:
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)


def key(qtbot: Any, wizard: RepatriationWizard, code: Qt.Key, modifier: Any = None) -> None:
    """One key press on the keyboard: it goes to whatever has the focus in the window."""
    if modifier is None:
        qtbot.keyClick(wizard.windowHandle(), code)
    else:
        qtbot.keyClick(wizard.windowHandle(), code, modifier)


def type_text(qtbot: Any, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(focus, text)


def alt(qtbot: Any, wizard: RepatriationWizard, letter: Qt.Key, then: str | None = None) -> None:
    """Alt+letter (a button's access key clicks it after a short animation)."""
    key(qtbot, wizard, letter, ALT)
    if then is not None:
        qtbot.waitUntil(lambda: wizard.current_key() == then)


def choose_return(wizard: RepatriationWizard, *, fears: bool | None = False) -> None:
    page = wizard.wish_page()
    page.wish_buttons[ReturnWish.RETURN].setChecked(True)
    page.fear_buttons[fears].setChecked(True)


def close_like_a_lock(wizard: RepatriationWizard) -> None:
    """What the main window does to open dialogs when the vault locks."""
    wizard.hide()
    wizard.reject()


def next_shown(wizard: RepatriationWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isVisible()


def finish_shown(wizard: RepatriationWizard) -> bool:
    return wizard.button(QWizard.WizardButton.FinishButton).isVisible()


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def confirm(parent: Any, title: str, text: str) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return asked


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: shown.append(text))
    return shown


# -- generated from the return steps --------------------------------------------------------


def test_step_pages_are_generated_from_the_return_steps_in_order(
    qtbot: Any, workspace: Any
) -> None:
    wizard = open_wizard(qtbot, workspace, add_client(workspace))
    assert wizard.page_keys() == ["wish", *(f"step:{s.key}" for s in RETURN_STEPS), "review"]
    pages = [wizard.page(page_id) for page_id in wizard.pageIds()[1:-1]]
    assert all(isinstance(page, ReturnStepPage) for page in pages)
    assert [page.title() for page in pages] == [s.title.en for s in RETURN_STEPS]
    assert [page.subTitle() for page in pages] == [s.seed_text.en for s in RETURN_STEPS]
    # The source text's five steps come first, in its order; then the app's two.
    seed = [step.key for step in REPATRIATION_STEPS]
    assert len(seed) == 5
    assert [page.key for page in pages[:5]] == seed  # type: ignore[attr-defined]
    assert [page.key for page in pages[5:]] == ["safe_trip", "reintegration"]  # type: ignore[attr-defined]
    for page, step in zip(pages, RETURN_STEPS, strict=True):
        assert isinstance(page, ReturnStepPage)
        shown = {label.text() for label in page.findChildren(QLabel)}
        assert all(f"•  {prompt.en}" in shown for prompt in step.prompts)
        fields = [spec.key for spec in step_details(step.key)]
        assert (list(page.details.inputs) if page.details else []) == fields
    police = wizard.step_page("police_crown")
    assert [police.status.itemText(i) for i in range(police.status.count())] == [
        status.label("en") for status in StepStatus
    ]
    assert isinstance(wizard.page_for("review"), ReturnReviewPage)
    assert wizard.windowTitle() == "Returning home"  # never case content in a window title
    titles = [wizard.steps._titles[k] for k in wizard.page_keys()]
    assert titles[1:-1] == [f"{s.order}. {s.title.en}" for s in RETURN_STEPS]


# -- keyboard alone -------------------------------------------------------------------------


def test_a_whole_return_planned_with_the_keyboard_alone(qtbot: Any, workspace: Any) -> None:
    marisol = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, marisol)
    activate(qtbot, wizard)
    wish = wizard.wish_page()
    assert QApplication.focusWidget() is wish.wish_buttons[ReturnWish.UNDECIDED]
    assert finish_shown(wizard) and not next_shown(wizard)  # undecided: nothing to plan yet

    alt(qtbot, wizard, Qt.Key.Key_R)  # Return to their country of origin
    qtbot.waitUntil(lambda: wish.wish() is ReturnWish.RETURN)
    assert next_shown(wizard) and not finish_shown(wizard)
    key(qtbot, wizard, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wish.fear_buttons[None]  # the answer given so far
    key(qtbot, wizard, Qt.Key.Key_Up)  # No
    assert wish.fears_harm() is False
    assert not wish.protection.isVisible()
    alt(qtbot, wizard, Qt.Key.Key_N, then="step:trusted_contacts")

    expected: dict[str, tuple[StepStatus, str, str, dict[str, str]]] = {}
    for number, step in enumerate(RETURN_STEPS):
        page = wizard.step_page(step.key)
        assert wizard.current_key() == f"step:{step.key}"
        assert QApplication.focusWidget() is page.status
        downs = 2 if number % 2 == 0 else 1  # done, or in progress
        for _ in range(downs):
            key(qtbot, wizard, Qt.Key.Key_Down)
        key(qtbot, wizard, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.started.known
        key(qtbot, wizard, Qt.Key.Key_Space)  # started today
        key(qtbot, wizard, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.started.edit
        for _ in range(3):  # Tab moves through the year, the month and the day, then on
            key(qtbot, wizard, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not page.started.edit:
                break
        assert QApplication.focusWidget() is page.done.known
        key(qtbot, wizard, Qt.Key.Key_Tab)  # the done date edit is off: straight to the notes
        assert QApplication.focusWidget() is page.notes
        notes = f"Talked through step {step.order} together"
        type_text(qtbot, notes)
        key(qtbot, wizard, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.risk_notes
        risk = f"Step {step.order}: the old employer must not learn of this"
        type_text(qtbot, risk)
        details: dict[str, str] = {}
        if page.details is not None:
            key(qtbot, wizard, Qt.Key.Key_Tab)
            first = page.details.fields[0]
            focus = QApplication.focusWidget()
            if isinstance(focus, QComboBox):
                key(qtbot, wizard, Qt.Key.Key_Down)
                details[first.key] = first.choices[0][0]
            elif isinstance(focus, QPlainTextEdit | QLineEdit):
                type_text(qtbot, f"Answer for {first.key}")
                details[first.key] = f"Answer for {first.key}"
            else:
                assert focus is page.details.inputs[first.key].focusProxy()
                key(qtbot, wizard, Qt.Key.Key_Space)
                details[first.key] = date.today().isoformat()
        expected[step.key] = (list(StepStatus)[downs], notes, risk, details)
        following = (
            "review" if number == len(RETURN_STEPS) - 1 else f"step:{RETURN_STEPS[number + 1].key}"
        )
        if number % 3 == 1:
            # Alt+S goes back to the status; Enter there presses the default button, Next.
            alt(qtbot, wizard, Qt.Key.Key_S)
            assert QApplication.focusWidget() is page.status
            key(qtbot, wizard, Qt.Key.Key_Return)
            assert wizard.current_key() == following
        else:
            alt(qtbot, wizard, Qt.Key.Key_N, then=following)

    review = wizard.currentPage()
    assert isinstance(review, ReturnReviewPage)
    assert review.progress_shown() == "4 of 7 steps done"
    assert review.status_labels["police_crown"].text() == "In progress"
    assert review.status_labels["reintegration"].text() == "Done"
    alt(qtbot, wizard, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.DialogCode.Accepted

    plan = workspace.repatriation.get(marisol.id)
    assert plan.wish is ReturnWish.RETURN and plan.fears_harm_on_return is False
    assert [s.step_key for s in plan.steps] == [s.key for s in RETURN_STEPS]
    for step in RETURN_STEPS:
        saved = plan.step(step.key)
        status, notes, risk, details = expected[step.key]
        assert (saved.status, saved.notes, saved.risk_notes) == (status, notes, risk)
        assert dict(saved.details) == details
        assert saved.started_on == date.today()
        assert saved.done_on == (date.today() if status is StepStatus.DONE else None)
    assert plan.progress == (4, 7)


# -- the person's wish ----------------------------------------------------------------------


def test_stay_ends_the_wizard_after_the_wish_page(qtbot: Any, workspace: Any) -> None:
    marisol = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, marisol)
    activate(qtbot, wizard)
    wish = wizard.wish_page()
    alt(qtbot, wizard, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: wish.wish() is ReturnWish.RETURN)
    assert next_shown(wizard) and not wish.no_return.isVisible()
    alt(qtbot, wizard, Qt.Key.Key_S)  # Stay in Canada
    qtbot.waitUntil(lambda: wish.wish() is ReturnWish.STAY)
    assert wish.no_return.isVisible()
    assert wish.no_return.text() == "No return is planned. You can come back to this at any time."
    assert finish_shown(wizard) and not next_shown(wizard)
    assert wizard.nextId() == -1
    qtbot.keyClicks(wish.notes, "Wants to stay near her sister")
    alt(qtbot, wizard, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.current_key() == "wish"  # no step page was ever shown

    plan = workspace.repatriation.get(marisol.id)
    assert plan.wish is ReturnWish.STAY
    assert plan.notes == "Wants to stay near her sister"
    assert all(s.status is StepStatus.NOT_STARTED for s in plan.steps)

    again = open_wizard(qtbot, workspace, marisol)
    assert again.current_key() == "wish"
    assert again.wish_page().wish_buttons[ReturnWish.STAY].isChecked()
    assert finish_shown(again)


def test_fear_of_harm_shows_the_unhcr_check_and_needs_a_decision(
    qtbot: Any, workspace: Any
) -> None:
    marisol = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, marisol)
    activate(qtbot, wizard)
    wish = wizard.wish_page()
    assert not wish.protection.isVisible()
    choose_return(wizard, fears=True)
    assert wish.protection.isVisible()
    assert wish.unhcr_text.text() == UNHCR_TEXT
    assert wish.unhcr_text.isVisible()

    wizard.next()
    assert wizard.current_key() == "wish"  # refused: no decision recorded
    assert "write what was decided about a refugee protection claim" in wish.error_text()
    assert wish.summary.isVisible()
    assert QApplication.focusWidget() is wish.decision
    assert wizard.steps.save_state.text().startswith("Not everything could be saved")
    assert workspace.repatriation.get(marisol.id).wish is ReturnWish.UNDECIDED

    qtbot.keyClicks(wish.decision, "Saw a refugee lawyer; a claim is being prepared first")
    wizard.next()
    assert wizard.current_key() == "step:trusted_contacts"
    assert wish.error_text() == ""
    plan = workspace.repatriation.get(marisol.id)
    assert (plan.wish, plan.fears_harm_on_return) == (ReturnWish.RETURN, True)
    assert plan.protection_claim_decision == "Saw a refugee lawyer; a claim is being prepared first"
    assert plan.protection_check_needed

    wizard.back()
    wish.fear_buttons[False].setChecked(True)
    assert not wish.protection.isVisible()


def test_a_lock_with_fear_and_no_decision_keeps_the_fear_but_plans_no_return(
    qtbot: Any, workspace: Any
) -> None:
    marisol = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, marisol)
    choose_return(wizard, fears=True)
    qtbot.keyClicks(wizard.wish_page().notes, "Afraid of the recruiter's family")
    close_like_a_lock(wizard)
    assert not wizard.isVisible()
    plan = workspace.repatriation.get(marisol.id)
    assert plan.fears_harm_on_return is True
    assert plan.wish is ReturnWish.UNDECIDED  # never a return without a decision
    assert plan.notes == "Afraid of the recruiter's family"


# -- the embassy or consulate ---------------------------------------------------------------


def test_the_consulate_is_found_by_the_persons_country(qtbot: Any, workspace: Any) -> None:
    marisol = add_client(workspace, country_of_origin="PH")
    wizard = open_wizard(qtbot, workspace, marisol, only_step="embassy_consulate")
    page = wizard.step_page("embassy_consulate")
    finder = page.consulates
    assert finder is not None
    assert finder.find_button.text().replace("&", "") == "Find the consulate for Philippines (PH)"
    assert not finder.country.isVisible()  # the client's record has the country

    qtbot.mouseClick(finder.find_button, LEFT)  # none in the catalogue yet: the generic entry
    assert [r.key for r in finder.results] == [GENERIC_CONSULATE]
    assert finder.notice.text().startswith("No embassy or consulate of Philippines (PH)")

    workspace.catalogue.create_local(
        CatalogueEntry(
            key="",
            name="Consulate General of the Philippines (fictional)",
            category="embassies_consulates",
            city="Toronto",
            province="ON",
            country="PH",
        )
    )
    workspace.catalogue.create_local(
        CatalogueEntry(
            key="",
            name="Consulate of Mexico (fictional)",
            category="embassies_consulates",
            country="MX",
        )
    )
    qtbot.mouseClick(finder.find_button, LEFT)
    assert [r.name for r in finder.results] == ["Consulate General of the Philippines (fictional)"]
    assert finder.table.item(0, 1).text() == "Philippines (PH)"
    qtbot.mouseClick(finder.link_selected, LEFT)
    assert [r.name for r in page.linked.linked] == [
        "Consulate General of the Philippines (fictional)"
    ]
    step = workspace.repatriation.get(marisol.id).step("embassy_consulate")
    assert [(r.name, r.country) for r in step.resources] == [
        ("Consulate General of the Philippines (fictional)", "PH")
    ]


def test_without_a_country_the_worker_types_it_and_can_add_a_consulate(
    qtbot: Any, workspace: Any
) -> None:
    nadia = add_client(workspace, country_of_origin=None)
    wizard = open_wizard(qtbot, workspace, nadia, only_step="embassy_consulate")
    page = wizard.step_page("embassy_consulate")
    finder = page.consulates
    assert finder is not None
    assert finder.country.isVisible()
    assert not finder.find_button.isEnabled()
    qtbot.keyClicks(finder.country, "ua")
    assert finder.find_button.text().replace("&", "") == "Find the consulate for Ukraine (UA)"
    qtbot.mouseClick(finder.find_button, LEFT)
    assert [r.key for r in finder.results] == [GENERIC_CONSULATE]

    qtbot.mouseClick(finder.add_new, LEFT)
    dialog = page.linked.dialog
    assert isinstance(dialog, ResourceDialog)
    assert dialog.country.text() == "UA"
    assert dialog.category.currentData() == "embassies_consulates"
    qtbot.keyClicks(dialog.name, "Embassy of Ukraine (fictional)")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert page.linked.dialog is None
    assert [r.name for r in finder.results] == ["Embassy of Ukraine (fictional)"]
    step = workspace.repatriation.get(nadia.id).step("embassy_consulate")
    assert [(r.name, r.country) for r in step.resources] == [
        ("Embassy of Ukraine (fictional)", "UA")
    ]
    assert [r.name for r in workspace.repatriation.consulates_for("UA")] == [
        "Embassy of Ukraine (fictional)"
    ]


# -- catalogue entries and contacts on the steps --------------------------------------------


def test_iom_and_unhcr_are_offered_on_the_migration_step(qtbot: Any, workspace: Any) -> None:
    marisol = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, marisol, only_step="migration_organisations")
    linked = wizard.step_page("migration_organisations").linked
    assert len(linked.suggested) == 2
    iom, unhcr = linked.suggested.values()
    assert iom.accessibleName() == "Link International Organization for Migration (IOM)"
    assert unhcr.accessibleName() == "Link United Nations High Commissioner for Refugees (UNHCR)"
    qtbot.mouseClick(iom, LEFT)
    qtbot.mouseClick(unhcr, LEFT)
    assert not iom.isEnabled() and not unhcr.isEnabled()
    step = workspace.repatriation.get(marisol.id).step("migration_organisations")
    assert [r.key for r in step.resources] == ["iom-canada", "unhcr"]

    qtbot.mouseClick(linked.unlink_button, LEFT)  # the first row is selected after a reload
    step = workspace.repatriation.get(marisol.id).step("migration_organisations")
    assert len(step.resources) == 1
    assert sum(button.isEnabled() for button in linked.suggested.values()) == 1


def test_any_catalogue_entry_can_be_searched_and_linked(qtbot: Any, workspace: Any) -> None:
    marisol = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, marisol, only_step="police_crown")
    linked = wizard.step_page("police_crown").linked
    qtbot.mouseClick(linked.link_button, LEFT)
    dialog = linked.dialog
    assert isinstance(dialog, CatalogueSearchDialog)
    assert not dialog.only.isVisible()  # no natural filter on this step
    qtbot.keyClicks(dialog.query, "hotline")
    assert dialog.results
    first = dialog.results[0]
    qtbot.mouseClick(dialog.link_button, LEFT)
    assert linked.dialog is None
    assert [r.id for r in linked.linked] == [first.id]
    assert [
        r.id for r in workspace.repatriation.get(marisol.id).step("police_crown").resources
    ] == [first.id]


def test_a_home_country_service_is_added_to_the_catalogue_with_its_country(
    qtbot: Any, workspace: Any
) -> None:
    marisol = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, marisol, only_step="home_country_services")
    linked = wizard.step_page("home_country_services").linked
    qtbot.mouseClick(linked.add_new, LEFT)
    dialog = linked.dialog
    assert isinstance(dialog, ResourceDialog)
    assert dialog.country.text() == "PH"
    qtbot.keyClicks(dialog.name, "Women's shelter in Cebu (fictional)")
    dialog.category.setCurrentIndex(dialog.category.findData("housing"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert linked.dialog is None
    found = workspace.catalogue.search("Cebu")
    assert [(r.name, r.country) for r in found] == [("Women's shelter in Cebu (fictional)", "PH")]
    step = workspace.repatriation.get(marisol.id).step("home_country_services")
    assert [r.name for r in step.resources] == ["Women's shelter in Cebu (fictional)"]

    qtbot.mouseClick(linked.link_button, LEFT)  # the search offers this country's entries
    search = linked.dialog
    assert isinstance(search, CatalogueSearchDialog)
    assert search.only.isChecked()
    assert search.only.text().replace("&", "") == "Only entries for Philippines (PH)"
    assert [r.name for r in search.results] == ["Women's shelter in Cebu (fictional)"]
    search.reject()


def test_trusted_contacts_record_the_two_safety_answers(qtbot: Any, workspace: Any) -> None:
    marisol = add_client(workspace)
    workspace.contacts.add(
        marisol.id,
        ContactInput(
            ContactKind.PERSON,
            "Tita Luz",
            "aunt",
            safe_to_contact=True,
            may_be_known_to_trafficker=False,
        ),
    )
    wizard = open_wizard(qtbot, workspace, marisol, only_step="trusted_contacts")
    section = wizard.step_page("trusted_contacts").contacts
    assert section is not None
    headers = [section.table.horizontalHeaderItem(i).text() for i in range(4)]
    assert headers[2:] == ["Safe to contact?", "Known to the trafficker?"]
    assert [section.table.item(0, i).text() for i in (0, 2, 3)] == ["Tita Luz (aunt)", "Yes", "No"]

    qtbot.mouseClick(section.new_button, LEFT)
    dialog = section.dialog
    assert isinstance(dialog, ContactDialog)
    qtbot.keyClicks(dialog.name, "Cousin Ben")
    dialog.safe_to_contact.setCurrentIndex(dialog.safe_to_contact.findText("No"))
    dialog.known_to_trafficker.setCurrentIndex(dialog.known_to_trafficker.findText("Yes"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    saved = {c.name: c for c in workspace.contacts.for_client(marisol.id)}
    assert (
        saved["Cousin Ben"].safe_to_contact,
        saved["Cousin Ben"].may_be_known_to_trafficker,
    ) == (
        False,
        True,
    )


# -- nothing typed is lost ------------------------------------------------------------------


def test_closed_halfway_it_resumes_on_that_step_with_the_text(qtbot: Any, workspace: Any) -> None:
    marisol = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, marisol)
    choose_return(wizard)
    wizard.next()
    qtbot.keyClicks(wizard.step_page("trusted_contacts").notes, "Tita Luz can meet her")
    wizard.next()
    page = wizard.step_page("police_crown")
    qtbot.keyClicks(page.notes, "Ask the detective about the trial date")
    qtbot.keyClicks(page.risk_notes, "The recruiter's cousin works at the airport")
    assert workspace.repatriation.get(marisol.id).step("police_crown").notes == ""  # not yet
    wizard.close()
    assert not wizard.isVisible()

    again = open_wizard(qtbot, workspace, marisol)
    assert again.current_key() == "step:police_crown"
    reopened = again.step_page("police_crown")
    assert reopened.notes.toPlainText() == "Ask the detective about the trial date"
    assert reopened.risk_notes.toPlainText() == "The recruiter's cousin works at the airport"
    assert again.steps.current_title() == "2. Police and Crown"
    again.back()  # Back still leads through every page before it
    assert again.current_key() == "step:trusted_contacts"
    assert again.step_page("trusted_contacts").notes.toPlainText() == "Tita Luz can meet her"
    again.back()
    assert again.current_key() == "wish"


def test_the_autosave_timer_and_a_lock_save_without_asking(
    qtbot: Any, workspace: Any, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    monkeypatch.setattr(repatriation_wizard, "AUTOSAVE_MS", 50)
    marisol = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, marisol)
    choose_return(wizard)
    wizard.next()
    page = wizard.step_page("trusted_contacts")
    qtbot.keyClicks(page.notes, "Her aunt is safe to call")
    assert wizard.autosave_timer.isActive()
    with qtbot.waitSignal(wizard.saved, timeout=2000):
        pass  # the timer fires on its own
    assert workspace.repatriation.get(marisol.id).step("trusted_contacts").notes == (
        "Her aunt is safe to call"
    )
    assert wizard.steps.save_state.text().startswith("All changes saved at")

    qtbot.keyClicks(page.risk_notes, "Never call the old number")
    wizard.autosave_timer.stop()
    close_like_a_lock(wizard)
    assert not wizard.isVisible()
    assert workspace.repatriation.get(marisol.id).step("trusted_contacts").risk_notes == (
        "Never call the old number"
    )
    assert errors == []


def test_locking_the_vault_from_the_main_window_keeps_the_step(
    qtbot: Any, workspace: Any, vault_copy: AppPaths, no_questions: list[str]
) -> None:
    marisol = add_client(workspace)
    main = MainWindow(workspace, Settings())
    qtbot.addWidget(main)
    main.show()
    wizard = RepatriationWizard(workspace, marisol.id, parent=main)
    wizard.open()
    qtbot.waitExposed(wizard)
    choose_return(wizard)
    wizard.next()
    page = wizard.step_page("trusted_contacts")
    qtbot.keyClicks(page.risk_notes, "Her brother must not know the date")
    assert page.contacts is not None
    page.contacts.add()
    contact = page.contacts.dialog
    assert isinstance(contact, ContactDialog)
    qtbot.keyClicks(contact.name, "Tita Luz")
    with qtbot.waitSignal(main.locked):
        main.lock()
    assert not wizard.isVisible() and not contact.isVisible()
    assert not workspace.is_open
    assert no_questions == []

    reopened = open_workspace(vault_copy, PASSPHRASE, actor="test-worker")
    try:
        plan = reopened.repatriation.get(marisol.id)
        assert plan.wish is ReturnWish.RETURN
        assert plan.step("trusted_contacts").risk_notes == "Her brother must not know the date"
        assert plan.resume_page == "step:trusted_contacts"
    finally:
        reopened.lock()


def test_a_problem_is_shown_on_the_page_and_keeps_the_worker_there(
    qtbot: Any, workspace: Any
) -> None:
    marisol = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, marisol, only_step="safe_trip")
    page = wizard.step_page("safe_trip")
    page.status.setCurrentIndex(page.status.findData(StepStatus.IN_PROGRESS))
    page.started.set_value(date.today())
    page.done.set_value(date.today() - timedelta(days=3))
    page.risk_notes.setPlainText("x" * 10_001)
    wizard.accept()
    assert wizard.isVisible()
    assert page.error_text("done_on") == "The date done cannot be before the date started."
    assert page.summary.isVisible()
    page.done.set_value(None)
    wizard.accept()
    assert wizard.isVisible()
    assert page.error_text("done_on") == ""
    assert page.error_text("risk_notes") == "This text is too long (10,000 characters at most)."
    page.risk_notes.setPlainText("Route avoids the old employer's city")
    wizard.accept()
    assert not wizard.isVisible()
    saved = workspace.repatriation.get(marisol.id).step("safe_trip")
    assert (saved.status, saved.risk_notes) == (
        StepStatus.IN_PROGRESS,
        "Route avoids the old employer's city",
    )


# -- reopening one step ---------------------------------------------------------------------


def test_one_step_opens_on_its_own_with_what_was_saved(qtbot: Any, workspace: Any) -> None:
    marisol = add_client(workspace)
    plan = workspace.repatriation.start(marisol.id)
    workspace.repatriation.save_wish(plan.id, wish=ReturnWish.RETURN, fears_harm_on_return=False)
    travel = date.today() + timedelta(days=21)
    workspace.repatriation.save_step(
        plan.id,
        "safe_trip",
        StepInput(
            StepStatus.IN_PROGRESS,
            notes="Flight booked",
            risk_notes="Not through the old transit city",
            details={"travel_date": travel.isoformat(), "escort": "IOM escort"},
        ),
    )
    wizard = open_wizard(qtbot, workspace, marisol, only_step="safe_trip")
    assert wizard.page_keys() == ["step:safe_trip"]
    page = wizard.step_page("safe_trip")
    assert page.notes.toPlainText() == "Flight booked"
    assert page.risk_notes.toPlainText() == "Not through the old transit city"
    assert page.status.currentData() == StepStatus.IN_PROGRESS
    assert page.details is not None
    travel_field = page.details.inputs["travel_date"]
    assert isinstance(travel_field, DateField) and travel_field.value() == travel
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Done"
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert not page.dirty

    escort = page.details.inputs["met_on_arrival_by"]
    qtbot.keyClicks(escort, "Tita Luz")
    wizard.accept()
    after = workspace.repatriation.get(marisol.id)
    assert after.step("safe_trip").details["met_on_arrival_by"] == "Tita Luz"
    assert after.step("safe_trip").details["escort"] == "IOM escort"
    assert after.resume_page == ""  # a step on its own does not move where the plan resumes
    with pytest.raises(ValueError, match="unknown return step"):
        RepatriationWizard(workspace, marisol.id, only_step="holiday")


# -- what the pages say ---------------------------------------------------------------------


def test_risk_notes_say_they_are_worker_only_and_never_printed(qtbot: Any, workspace: Any) -> None:
    wizard = open_wizard(qtbot, workspace, add_client(workspace))
    for step in RETURN_STEPS:
        page = wizard.step_page(step.key)
        assert page.risk_notes.accessibleName() == RISK_NAME
        assert page.risk_label.text().replace("&", "") == RISK_NAME
        assert page.risk_label.buddy() is page.risk_notes
        assert page.risk_notes.parentWidget().objectName() == "staff-only"


def access_keys(widgets: list[QWidget]) -> list[str]:
    keys = []
    for widget in widgets:
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        match = MNEMONIC.search(text)
        if match and (not isinstance(widget, QLabel) or widget.buddy() is not None):
            keys.append(match.group(1).lower())
    return keys


@pytest.mark.parametrize("only_step", [None, "embassy_consulate"])
def test_every_page_can_be_used_with_the_keyboard(
    qtbot: Any, workspace: Any, only_step: str | None
) -> None:
    """Access keys are unique on each page, wizard buttons included, and every control that
    takes the focus has a name for screen readers or a label naming it."""
    wizard = open_wizard(
        qtbot, workspace, add_client(workspace, country_of_origin=None), only_step=only_step
    )
    buttons = [
        wizard.button(which)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
        )
    ]
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        widgets = page.findChildren(QWidget)
        keys = access_keys([*widgets, *buttons])
        assert len(keys) == len(set(keys)), f"{wizard.page_keys()[page_id]}: {sorted(keys)}"
        buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
        for widget in widgets:
            takes_focus = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if not takes_focus or widget.focusProxy() is not None or not widget.isEnabled():
                continue
            if isinstance(widget.parentWidget(), QAbstractSpinBox) or widget.window() is not wizard:
                continue  # a date edit's own text field, a list's pop-up: their owner is named
            named = widget.accessibleName() or widget in buddies
            assert named, f"{wizard.page_keys()[page_id]}: unnamed {widget!r}"


# -- screenshots for review (only when LTSUPPORT_SCREENSHOTS names a directory) -------------


@pytest.fixture
def shots() -> Iterator[Path]:
    target = os.environ.get("LTSUPPORT_SCREENSHOTS")
    if not target:
        pytest.skip("set LTSUPPORT_SCREENSHOTS to a directory to save screenshots")
    path = Path(target)
    path.mkdir(parents=True, exist_ok=True)
    yield path


def save(widget: Any, path: Path) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(path))


NOTES = {
    "trusted_contacts": "Tita Luz, her aunt, can meet her and offer a room for a while.",
    "police_crown": "The detective says the trial may be next spring; asked about video testimony.",
    "embassy_consulate": "Asked the consulate for an emergency travel document.",
    "home_country_services": "A women's shelter near her aunt's town has a place.",
    "migration_organisations": "IOM can help with the ticket and an escort.",
    "safe_trip": "Direct flight; Tita Luz meets her at the airport.",
    "reintegration": "A plan with the receiving shelter within a month of return.",
}


def test_screenshots_of_every_page(qtbot: Any, workspace: Any, shots: Path) -> None:
    marisol = add_client(workspace)
    workspace.contacts.add(
        marisol.id,
        ContactInput(
            ContactKind.PERSON,
            "Tita Luz",
            "aunt",
            safe_to_contact=True,
            may_be_known_to_trafficker=False,
        ),
    )
    workspace.catalogue.create_local(
        CatalogueEntry(
            key="",
            name="Consulate General of the Philippines (fictional)",
            category="embassies_consulates",
            city="Toronto",
            province="ON",
            country="PH",
        )
    )
    wizard = open_wizard(qtbot, workspace, marisol)
    choose_return(wizard, fears=True)
    save(wizard, shots / "return-00-wish-fears-harm.png")
    wizard.next()
    save(wizard, shots / "return-01-wish-needs-a-decision.png")
    wizard.wish_page().decision.setPlainText(
        "Met a refugee lawyer: she does not want to claim; her family's town is safe for her."
    )
    wizard.next()
    for number, step in enumerate(RETURN_STEPS, start=1):
        page = wizard.step_page(step.key)
        page.status.setCurrentIndex(page.status.findData(StepStatus.IN_PROGRESS))
        page.started.set_value(date.today())
        page.notes.setPlainText(NOTES[step.key])
        page.risk_notes.setPlainText("Worker only (fictional): the recruiter knows her old street.")
        if step.key == "embassy_consulate" and page.consulates is not None:
            page.consulates.look_up()
        if step.key == "migration_organisations":
            next(iter(page.linked.suggested.values())).click()
        save(wizard, shots / f"return-{number + 1:02d}-{step.key}.png")
        wizard.next()
    assert wizard.current_key() == "review"
    save(wizard, shots / "return-09-review.png")

    linked = wizard.step_page("home_country_services").linked
    linked.choose()
    assert isinstance(linked.dialog, CatalogueSearchDialog)
    save(linked.dialog, shots / "return-10-link-dialog.png")
    linked.dialog.reject()

    stay = open_wizard(qtbot, workspace, add_client(workspace, code="TR-2026-008"))
    stay.wish_page().wish_buttons[ReturnWish.STAY].setChecked(True)
    save(stay, shots / "return-11-wish-stay.png")
    alone = open_wizard(
        qtbot,
        workspace,
        add_client(workspace, code="TR-2026-009", country_of_origin=None),
        only_step="embassy_consulate",
    )
    save(alone, shots / "return-12-one-step-no-country.png")


def test_the_review_goes_to_a_step_and_back_leads_through_the_others(
    qtbot: Any, workspace: Any
) -> None:
    marisol = add_client(workspace)
    plan = workspace.repatriation.start(marisol.id)
    workspace.repatriation.save_wish(plan.id, wish=ReturnWish.RETURN, fears_harm_on_return=False)
    workspace.repatriation.save_step(plan.id, "trusted_contacts", StepInput(StepStatus.DONE))
    workspace.repatriation.set_resume_page(plan.id, "review")
    wizard = open_wizard(qtbot, workspace, marisol)
    assert wizard.current_key() == "review"
    review = wizard.currentPage()
    assert isinstance(review, ReturnReviewPage)
    assert review.progress_shown() == "1 of 7 steps done"
    assert review.wish.text() == "The person wishes to return to their home country."
    qtbot.mouseClick(review.go_buttons["safe_trip"], LEFT)
    assert wizard.current_key() == "step:safe_trip"
    wizard.back()
    assert wizard.current_key() == "step:migration_organisations"


def test_a_return_not_chosen_resumes_on_the_wish_page(qtbot: Any, workspace: Any) -> None:
    marisol = add_client(workspace)
    plan = workspace.repatriation.start(marisol.id)
    workspace.repatriation.set_resume_page(plan.id, "step:safe_trip")  # then the wish changed
    wizard = open_wizard(qtbot, workspace, marisol)
    assert wizard.current_key() == "wish"


def test_checklist_texts_follow_the_interface_language(qtbot: Any, workspace: Any) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_CA"))
    try:
        wizard = open_wizard(qtbot, workspace, add_client(workspace), only_step="safe_trip")
        page = wizard.step_page("safe_trip")
        assert page.title() == "Un voyage sécuritaire"
        assert page.subTitle() == RETURN_STEPS[5].seed_text.fr
        assert page.status.itemText(0) == "Non commencée"
        labels = {label.text() for label in page.findChildren(QLabel)}
        assert "Date du voyage" in labels
    finally:
        QLocale.setDefault(previous)
