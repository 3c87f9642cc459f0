"""The transition-plan wizard, driven as a worker would: pages generated from the checklist,
keyboard alone, nothing typed lost (leaving a page, the autosave timer, closing, a lock, a
crash), problems shown on the page, and the lists on the area pages."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
)

from conftest import PASSPHRASE
from ltsupport.checklist import NEED_AREAS, NeedStatus
from ltsupport.models import (
    ActionOwner,
    ActionStatus,
    ConsentKind,
    ContactKind,
    ImmigrationStatus,
    PlanStatus,
    Priority,
    ReferralStatus,
)
from ltsupport.paths import AppPaths
from ltsupport.services.clients import ClientDetail, ClientInput
from ltsupport.services.contacts import ContactInput
from ltsupport.services.plans import ActionInput, AreaInput
from ltsupport.services.self_care import SelfCareInput
from ltsupport.services.workspace import open_workspace
from ltsupport.settings import Settings
from ltsupport.ui import dialogs
from ltsupport.ui.main_window import MainWindow
from ltsupport.ui.wizards import plan_wizard
from ltsupport.ui.wizards.action_dialog import ActionDialog
from ltsupport.ui.wizards.area_page import AreaPage
from ltsupport.ui.wizards.contact_dialog import ContactDialog
from ltsupport.ui.wizards.date_field import DateField
from ltsupport.ui.wizards.intro_page import IntroPage
from ltsupport.ui.wizards.plan_wizard import PlanWizard
from ltsupport.ui.wizards.review_page import ReviewPage

LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LAPTOP = QRect(0, 0, 1366, 728)  # a common laptop screen, less a taskbar
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
NOTES_NAME = "Worker notes — never printed on the client's copy"


def add_client(ws: Any, code: str = "TR-2026-001", name: str = "Amara", **kw: Any) -> ClientDetail:
    return ws.clients.create(ClientInput(case_code=code, preferred_name=name, **kw))


def open_wizard(qtbot: Any, ws: Any, client: ClientDetail, **kw: Any) -> PlanWizard:
    wizard = PlanWizard(ws, client.id, **kw)
    qtbot.addWidget(wizard)
    wizard.fit_to(LAPTOP)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def activate(qtbot: Any, wizard: PlanWizard) -> None:
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)


def key(qtbot: Any, wizard: PlanWizard, code: Qt.Key, modifier: Any = None) -> None:
    """One key press on the keyboard: it goes to whatever has the focus in the window."""
    if modifier is None:
        qtbot.keyClick(wizard.windowHandle(), code)
    else:
        qtbot.keyClick(wizard.windowHandle(), code, modifier)


def type_text(qtbot: Any, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(focus, text)


def alt(qtbot: Any, wizard: PlanWizard, letter: Qt.Key, then: str | None = None) -> None:
    """Alt+letter (a button's access key clicks it after a short animation)."""
    key(qtbot, wizard, letter, ALT)
    if then is not None:
        qtbot.waitUntil(lambda: wizard.current_key() == then)


def intro_of(wizard: PlanWizard) -> IntroPage:
    page = wizard.page_for("intro")
    assert isinstance(page, IntroPage)
    return page


def past_intro(wizard: PlanWizard) -> None:
    intro_of(wizard).consent.setChecked(True)
    wizard.next()
    assert wizard.current_key() == "area:housing"


def line_field(page: AreaPage, key: str) -> QLineEdit:
    assert page.details is not None
    widget = page.details.inputs[key]
    assert isinstance(widget, QLineEdit)
    return widget


def date_field(page: AreaPage, key: str) -> DateField:
    assert page.details is not None
    widget = page.details.inputs[key]
    assert isinstance(widget, DateField)
    return widget


def close_like_a_lock(wizard: PlanWizard) -> None:
    """What the main window does to open dialogs when the vault locks."""
    wizard.hide()
    wizard.reject()


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


# -- generated from the checklist -----------------------------------------------------------


def test_pages_are_generated_from_the_checklist_data(qtbot: Any, workspace: Any) -> None:
    wizard = open_wizard(qtbot, workspace, add_client(workspace))
    keys = wizard.page_keys()
    assert keys == ["intro", *(f"area:{a.key}" for a in NEED_AREAS), "review"]
    areas = [wizard.page(page_id) for page_id in wizard.pageIds()[1:-1]]
    assert all(isinstance(page, AreaPage) for page in areas)
    assert [page.title() for page in areas] == [a.title.en for a in NEED_AREAS]
    assert [page.subTitle() for page in areas] == [a.seed_text.en for a in NEED_AREAS]
    housing = wizard.area_page("housing")
    shown = {label.text() for label in housing.findChildren(QLabel)}
    assert all(f"•  {prompt.en}" in shown for prompt in NEED_AREAS[0].prompts)
    statuses = [housing.status.itemText(i) for i in range(housing.status.count())]
    assert statuses == [status.label("en") for status in NeedStatus]
    assert wizard.windowTitle() == "Transition plan"  # never case content in a window title


def test_checklist_texts_follow_the_interface_language(qtbot: Any, workspace: Any) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_CA"))
    try:
        wizard = open_wizard(qtbot, workspace, add_client(workspace))
        page = wizard.area_page("legal")
        assert page.title() == "Assistance juridique"
        assert page.subTitle() == NEED_AREAS[4].seed_text.fr
        assert page.status.itemText(0) == "Non évalué"
        details = {label.text() for label in page.findChildren(QLabel)}
        assert "Prochaine date d'audience" in details
    finally:
        QLocale.setDefault(previous)


# -- keyboard alone -------------------------------------------------------------------------


def test_a_whole_plan_with_the_keyboard_alone(qtbot: Any, workspace: Any) -> None:
    amara = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, amara)
    activate(qtbot, wizard)
    intro = intro_of(wizard)
    assert QApplication.focusWidget() is intro.consent

    # Consent to planning is needed to go on; the page says why.
    alt(qtbot, wizard, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: bool(intro.error_text()))
    assert wizard.current_key() == "intro"
    assert "agreement is needed" in intro.error_text()
    assert QApplication.focusWidget() is intro.consent
    key(qtbot, wizard, Qt.Key.Key_Space)
    assert intro.consent.isChecked()
    key(qtbot, wizard, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is intro.language
    key(qtbot, wizard, Qt.Key.Key_Down)  # French
    alt(qtbot, wizard, Qt.Key.Key_N, then="area:housing")

    expected: dict[str, tuple[NeedStatus, Priority, str]] = {}
    for number, area in enumerate(NEED_AREAS):
        page = wizard.area_page(area.key)
        assert wizard.current_key() == f"area:{area.key}"
        assert QApplication.focusWidget() is page.status
        downs = 2 + number % 3  # needs support, in progress or met
        for _ in range(downs):
            key(qtbot, wizard, Qt.Key.Key_Down)
        key(qtbot, wizard, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.priority
        key(qtbot, wizard, Qt.Key.Key_Down)
        key(qtbot, wizard, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.goal
        goal = f"In my words: step {number + 1} for {area.key}"
        type_text(qtbot, goal)
        expected[area.key] = (list(NeedStatus)[downs], Priority.HIGH, goal)
        following = (
            "review" if number == len(NEED_AREAS) - 1 else f"area:{NEED_AREAS[number + 1].key}"
        )
        if number % 2:
            # Back to the priority with Shift+Tab, then Enter presses the default button, Next.
            key(qtbot, wizard, Qt.Key.Key_Tab, SHIFT)
            assert QApplication.focusWidget() is page.priority
            key(qtbot, wizard, Qt.Key.Key_Return)
            assert wizard.current_key() == following
        else:
            alt(qtbot, wizard, Qt.Key.Key_N, then=following)

    review = wizard.currentPage()
    assert isinstance(review, ReviewPage)
    assert review.not_assessed_text() == "Every area has been talked through."
    assert review.goal_labels["legal"].text() == expected["legal"][2]
    alt(qtbot, wizard, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.DialogCode.Accepted

    plan = workspace.plans.current(amara.id)
    assert plan is not None and plan.status is PlanStatus.ACTIVE
    assert plan.language == "fr"
    assert plan.consent_id is not None
    assert plan.review_date is not None and plan.review_date > date.today()
    for area in NEED_AREAS:
        saved = plan.area(area.key)
        assert (saved.status, saved.priority, saved.goal) == expected[area.key]
    planning = [
        c for c in workspace.consents.for_client(amara.id) if c.kind is ConsentKind.PLANNING
    ]
    assert len(planning) == 1


# -- nothing typed is lost ------------------------------------------------------------------


def test_closed_halfway_it_resumes_where_it_stopped(qtbot: Any, workspace: Any) -> None:
    amara = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, amara)
    past_intro(wizard)
    for area in NEED_AREAS[:3]:
        qtbot.keyClicks(wizard.area_page(area.key).goal, f"Goal for {area.key}")
        wizard.next()
    fourth = NEED_AREAS[3].key
    assert wizard.current_key() == f"area:{fourth}"
    page = wizard.area_page(fourth)
    qtbot.keyClicks(page.goal, "A job where I feel safe")
    qtbot.keyClicks(page.worker_notes, "Ask about evening shifts")
    assert workspace.plans.current(amara.id).area(fourth).goal == ""  # not saved yet
    wizard.close()
    assert not wizard.isVisible()

    again = open_wizard(qtbot, workspace, amara)
    assert again.current_key() == f"area:{fourth}"
    assert again.area_page(fourth).goal.toPlainText() == "A job where I feel safe"
    assert again.area_page(fourth).worker_notes.toPlainText() == "Ask about evening shifts"
    plan = workspace.plans.current(amara.id)
    assert plan.status is PlanStatus.DRAFT
    assert [plan.area(a.key).goal for a in NEED_AREAS[:3]] == [
        f"Goal for {a.key}" for a in NEED_AREAS[:3]
    ]
    # Back still leads through every page before it.
    again.back()
    assert again.current_key() == f"area:{NEED_AREAS[2].key}"
    assert again.area_page(NEED_AREAS[2].key).goal.toPlainText() == f"Goal for {NEED_AREAS[2].key}"


def test_the_autosave_timer_keeps_what_was_typed_through_a_crash(
    qtbot: Any, workspace: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_wizard, "AUTOSAVE_MS", 50)
    amara = add_client(workspace)
    wizard = PlanWizard(workspace, amara.id)  # not handed to qtbot: it is never closed
    wizard.show()
    past_intro(wizard)
    page = wizard.area_page("housing")
    qtbot.keyClicks(page.goal, "Near my church")
    assert wizard.autosave_timer.isActive()
    assert workspace.plans.current(amara.id).area("housing").goal == ""
    with qtbot.waitSignal(wizard.saved, timeout=2000):
        pass  # the timer fires on its own
    assert workspace.plans.current(amara.id).area("housing").goal == "Near my church"
    assert wizard.steps.save_state.text().startswith("All changes saved at")

    qtbot.keyClicks(page.worker_notes, "Landlord reference needed")
    wizard.autosave_timer.stop()
    assert wizard.autosave_now()
    # The crash: the window goes away without any close event.
    wizard.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    saved = workspace.plans.current(amara.id)
    assert saved.area("housing").worker_notes == "Landlord reference needed"
    assert saved.resume_page == "area:housing"


def test_back_escape_and_a_lock_save_the_page_and_never_ask(
    qtbot: Any, workspace: Any, no_questions: list[str]
) -> None:
    amara = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, amara)
    past_intro(wizard)
    wizard.next()
    qtbot.keyClicks(wizard.area_page("life_skills").goal, "Learn to cook")
    wizard.back()
    assert wizard.current_key() == "area:housing"
    assert workspace.plans.current(amara.id).area("life_skills").goal == "Learn to cook"

    activate(qtbot, wizard)
    qtbot.keyClicks(wizard.area_page("housing").goal, "My own key")
    key(qtbot, wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert workspace.plans.current(amara.id).area("housing").goal == "My own key"

    again = open_wizard(qtbot, workspace, amara)
    assert again.current_key() == "area:housing"
    qtbot.keyClicks(again.area_page("housing").worker_notes, "Prefers a women-only building")
    close_like_a_lock(again)
    assert not again.isVisible()
    saved = workspace.plans.current(amara.id).area("housing")
    assert saved.worker_notes == "Prefers a women-only building"
    assert no_questions == []


def test_locking_the_vault_from_the_main_window_keeps_the_page(
    qtbot: Any, workspace: Any, vault_copy: AppPaths
) -> None:
    amara = add_client(workspace)
    main = MainWindow(workspace, Settings())
    qtbot.addWidget(main)
    main.show()
    wizard = PlanWizard(workspace, amara.id, parent=main)
    wizard.open()
    qtbot.waitExposed(wizard)
    past_intro(wizard)
    page = wizard.area_page("housing")
    qtbot.keyClicks(page.goal, "A room with a lock on the door")
    page.action_list.add()
    action = page.action_list.dialog
    assert isinstance(action, ActionDialog)
    qtbot.keyClicks(action.description, "Call the housing help line")
    with qtbot.waitSignal(main.locked):
        main.lock()
    assert not wizard.isVisible() and not action.isVisible()
    assert not workspace.is_open

    reopened = open_workspace(vault_copy, PASSPHRASE, actor="test-worker")
    try:
        plan = reopened.plans.current(amara.id)
        assert plan.area("housing").goal == "A room with a lock on the door"
        assert [a.description for a in plan.area("housing").actions] == [
            "Call the housing help line"
        ]
        assert plan.resume_page == "area:housing"
    finally:
        reopened.lock()


# -- problems are shown on the page ---------------------------------------------------------


def test_a_problem_is_shown_on_the_page_and_keeps_the_worker_there(
    qtbot: Any, workspace: Any
) -> None:
    amara = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, amara)
    past_intro(wizard)
    page = wizard.area_page("housing")
    page.status.setCurrentIndex(page.status.findData(NeedStatus.IN_PROGRESS))
    page.goal.setPlainText("x" * 10_000)
    qtbot.keyClicks(page.goal, "y")  # one character too many
    wizard.next()
    assert wizard.current_key() == "area:housing"
    assert page.error_text("goal") == "This text is too long (10,000 characters at most)."
    assert page.summary.isVisible()
    assert wizard.steps.save_state.text().startswith("Not everything could be saved")
    assert workspace.plans.current(amara.id).area("housing").status is NeedStatus.NOT_ASSESSED

    wizard.close()  # the worker closing it: it stays open to show what to correct
    assert wizard.isVisible()
    close_like_a_lock(wizard)  # closed for them: all the rest is saved
    saved = workspace.plans.current(amara.id).area("housing")
    assert saved.status is NeedStatus.IN_PROGRESS and saved.goal == ""

    again = open_wizard(qtbot, workspace, amara)
    legal = again.area_page("legal")
    again.go_to_area("legal")
    assert again.current_key() == "area:legal"
    police = line_field(legal, "police_contact")
    qtbot.keyClicks(police, "Det. Example")
    police.setText(police.text() + "z" * 10_000)
    again.next()
    assert again.current_key() == "area:legal"
    assert "too long" in legal.error_text("police_contact")
    police.setText("Det. Example")
    again.next()
    assert again.current_key() == "area:counselling"
    assert legal.error_text("police_contact") == ""
    assert workspace.plans.current(amara.id).area("legal").details["police_contact"] == (
        "Det. Example"
    )


def test_a_full_disk_keeps_the_text_on_screen_and_never_stops_a_lock(
    qtbot: Any, workspace: Any, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    amara = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, amara)
    past_intro(wizard)
    page = wizard.area_page("housing")
    qtbot.keyClicks(page.goal, "A place near work")

    def full_disk(*args: Any, **kwargs: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(workspace.plans, "save_area", full_disk)
    wizard.next()
    assert wizard.current_key() == "area:housing"
    assert len(errors) == 1 and "disk may be full" in errors[0]
    assert wizard.steps.save_state.text().startswith("Not saved")
    wizard.close()
    assert wizard.isVisible() and len(errors) == 2
    assert page.goal.toPlainText() == "A place near work"
    close_like_a_lock(wizard)  # must not raise: the main window locks the vault next
    assert not wizard.isVisible() and len(errors) == 2


def test_dates_can_be_set_and_cleared_but_never_impossible(qtbot: Any, workspace: Any) -> None:
    amara = add_client(workspace, immigration_status=ImmigrationStatus.TRP_VICTIM)
    wizard = open_wizard(qtbot, workspace, amara, only_area="legal")
    page = wizard.area_page("legal")
    court = date_field(page, "next_court_date")
    expiry = date_field(page, "permit_expiry")
    assert court.edit.specialValueText() == "No date"
    assert not court.edit.isEnabled()
    qtbot.mouseClick(court.known, LEFT)
    court.edit.setDate(court.edit.date().addDays(30))
    qtbot.mouseClick(expiry.known, LEFT)
    wizard.accept()
    assert not wizard.isVisible()
    saved = workspace.plans.current(amara.id).area("legal")
    assert saved.details["next_court_date"] == (date.today() + timedelta(days=30)).isoformat()
    assert workspace.clients.get(amara.id).permit_expiry == date.today()

    again = open_wizard(qtbot, workspace, amara, only_area="legal")
    court = date_field(again.area_page("legal"), "next_court_date")
    assert court.known.isChecked()
    qtbot.mouseClick(court.known, LEFT)
    assert court.value() is None
    assert court.edit.text() == "No date"
    again.accept()
    assert "next_court_date" not in workspace.plans.current(amara.id).area("legal").details


# -- what the page says ---------------------------------------------------------------------


def test_worker_notes_and_legal_details_say_they_are_never_printed(
    qtbot: Any, workspace: Any
) -> None:
    wizard = open_wizard(qtbot, workspace, add_client(workspace))
    for area in NEED_AREAS:
        page = wizard.area_page(area.key)
        assert page.worker_notes.accessibleName() == NOTES_NAME
        assert page.notes_label.text().replace("&", "") == NOTES_NAME
        assert page.notes_label.buddy() is page.worker_notes
        assert page.goal.accessibleName() == "Goal, in the person's own words"
    legal = {label.text() for label in wizard.area_page("legal").findChildren(QLabel)}
    assert "None of this is printed on the client's copy." in legal
    assert "Details: Legal assistance — staff only" in legal
    counselling = {label.text() for label in wizard.area_page("counselling").findChildren(QLabel)}
    assert "These details are printed on the client's copy." in counselling


def access_keys(widgets: list[QWidget]) -> list[str]:
    keys = []
    for widget in widgets:
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        match = MNEMONIC.search(text)
        if match and (not isinstance(widget, QLabel) or widget.buddy() is not None):
            keys.append(match.group(1).lower())
    return keys


def test_every_page_can_be_used_with_the_keyboard(qtbot: Any, workspace: Any) -> None:
    """Access keys (Alt+letter) are unique on each page, wizard buttons included, and every
    control that takes the focus has a name for screen readers or a label naming it."""
    wizard = open_wizard(qtbot, workspace, add_client(workspace))
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


# -- reopening one area ---------------------------------------------------------------------


def test_one_area_opens_on_its_own_with_what_was_saved(qtbot: Any, workspace: Any) -> None:
    amara = add_client(workspace, immigration_status=ImmigrationStatus.TRP_VICTIM)
    plan = workspace.plans.start(amara.id)
    workspace.plans.save_area(
        plan.id,
        "legal",
        AreaInput(
            status=NeedStatus.IN_PROGRESS,
            priority=Priority.HIGH,
            goal="Keep my permit",
            worker_notes="Renewal due soon",
            details={
                "permit_issued_on": "2026-01-15",
                "investigation_stage": "charges",
                "police_contact": "Det. Example",
            },
        ),
    )
    wizard = open_wizard(qtbot, workspace, amara, only_area="legal")
    assert wizard.page_keys() == ["area:legal"]
    page = wizard.area_page("legal")
    assert page.goal.toPlainText() == "Keep my permit"
    assert page.worker_notes.toPlainText() == "Renewal due soon"
    assert page.status.currentData() == NeedStatus.IN_PROGRESS
    assert page.details is not None
    values = page.details.values()
    assert values["permit_issued_on"] == "2026-01-15"
    assert values["investigation_stage"] == "charges"
    assert values["immigration_status"] == ImmigrationStatus.TRP_VICTIM.value
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Done"
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert not page.dirty

    qtbot.keyClicks(page.details.inputs["crown_contact"], "Crown office")
    wizard.accept()
    after = workspace.plans.current(amara.id)
    assert after.area("legal").details["crown_contact"] == "Crown office"
    assert after.status is PlanStatus.DRAFT  # one area changed; the plan is not finished
    assert after.resume_page == ""


# -- lists on the area pages ----------------------------------------------------------------


def test_one_click_referral_makes_one_referral_for_the_area(qtbot: Any, workspace: Any) -> None:
    amara = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, amara, only_area="legal")
    services = wizard.area_page("legal").resources
    assert services.resources, "the shipped catalogue has legal services"
    first = services.resources[0]
    assert services.selected_id() == first.id
    qtbot.mouseClick(services.refer_button, LEFT)
    qtbot.mouseClick(services.refer_button, LEFT)
    services.refer()
    made = workspace.referrals.for_client(amara.id)
    assert len(made) == 1
    assert (made[0].resource_id, made[0].area_key) == (first.id, "legal")
    assert made[0].status is ReferralStatus.SUGGESTED
    assert services.result.text().startswith(f"Referred to {first.name} (suggested: no consent")
    assert not services.refer_button.isEnabled()

    second = services.resources[1]
    workspace.consents.record(amara.id, ConsentKind.SHARE, organisation=second.name)
    services.table.selectRow(1)
    qtbot.mouseClick(services.refer_button, LEFT)
    referred = {r.resource_id: r for r in workspace.referrals.for_client(amara.id)}
    assert len(referred) == 2
    assert referred[second.id].status is ReferralStatus.REFERRED
    assert referred[second.id].has_consent
    assert "consent to share with them is on file" in services.result.text()

    reopened = open_wizard(qtbot, workspace, amara, only_area="legal")
    assert not reopened.area_page("legal").resources.refer_button.isEnabled()  # already referred


def test_contacts_of_the_social_support_page(
    qtbot: Any, workspace: Any, no_questions: list[str]
) -> None:
    amara = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, amara, only_area="social_support")
    section = wizard.area_page("social_support").contacts
    assert section is not None
    assert section.empty.isVisible()
    qtbot.mouseClick(section.new_button, LEFT)
    dialog = section.dialog
    assert isinstance(dialog, ContactDialog)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.error_text("name").startswith("A name is required")
    qtbot.keyClicks(dialog.name, "Aunt Rosa")
    qtbot.keyClicks(dialog.relationship, "aunt")
    qtbot.keyClicks(dialog.phone, "555-0100")
    dialog.safe_to_contact.setCurrentIndex(dialog.safe_to_contact.findText("Yes"))
    dialog.known_to_trafficker.setCurrentIndex(dialog.known_to_trafficker.findText("No"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert section.dialog is None

    contacts = workspace.contacts.for_client(amara.id)
    assert [
        (c.name, c.kind, c.safe_to_contact, c.may_be_known_to_trafficker) for c in contacts
    ] == [("Aunt Rosa", ContactKind.PERSON, True, False)]
    assert section.table.item(0, 0).text() == "Aunt Rosa (aunt)"
    assert section.table.item(0, 2).text() == "Yes"

    qtbot.mouseClick(section.edit_button, LEFT)
    edit = section.dialog
    assert isinstance(edit, ContactDialog)
    edit.kind.setCurrentIndex(edit.kind.findData(ContactKind.GROUP))
    edit.name.setText("Sunday women's circle")
    qtbot.mouseClick(edit.save_button, LEFT)
    assert [c.kind for c in workspace.contacts.for_client(amara.id)] == [ContactKind.GROUP]

    qtbot.mouseClick(section.remove_button, LEFT)
    assert no_questions == ["Remove this contact?"]
    assert workspace.contacts.for_client(amara.id) == []
    assert section.empty.isVisible()


def test_self_care_plan_is_saved_in_the_persons_words(qtbot: Any, workspace: Any) -> None:
    amara = add_client(workspace)
    workspace.self_care.save(amara.id, SelfCareInput(safe_places="The library"))
    wizard = open_wizard(qtbot, workspace, amara)
    past_intro(wizard)
    while wizard.current_key() != "area:self_care":
        wizard.next()
    page = wizard.area_page("self_care")
    assert page.self_care is not None
    boxes = page.self_care.boxes
    assert boxes["safe_places"].toPlainText() == "The library"
    qtbot.keyClicks(boxes["warning_signs"], "I stop sleeping")
    qtbot.keyClicks(boxes["things_that_help"], "Walking by the river")
    qtbot.keyClicks(boxes["people_to_contact"], "Rosa")
    qtbot.keyClicks(boxes["professional_supports"], "My counsellor on Tuesdays")
    wizard.next()
    assert workspace.self_care.get(amara.id) == SelfCareInput(
        warning_signs="I stop sleeping",
        things_that_help="Walking by the river",
        people_to_contact="Rosa",
        safe_places="The library",
        professional_supports="My counsellor on Tuesdays",
    )


def test_actions_are_added_marked_done_and_removed(
    qtbot: Any, workspace: Any, no_questions: list[str]
) -> None:
    amara = add_client(workspace)
    wizard = open_wizard(qtbot, workspace, amara, only_area="housing")
    actions = wizard.area_page("housing").action_list
    qtbot.mouseClick(actions.new_button, LEFT)
    dialog = actions.dialog
    assert isinstance(dialog, ActionDialog)
    qtbot.keyClicks(dialog.description, "Visit two apartments")
    dialog.owner.setCurrentIndex(dialog.owner.findData(ActionOwner.ORGANISATION))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.error_text("owner_name") == "Name the organisation that will do this."
    qtbot.keyClicks(dialog.owner_name, "Housing help centre")
    qtbot.mouseClick(dialog.due.known, LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert actions.dialog is None

    plan = workspace.plans.current(amara.id)
    (action,) = plan.area("housing").actions
    assert (action.description, action.owner, action.owner_name, action.due_date) == (
        "Visit two apartments",
        ActionOwner.ORGANISATION,
        "Housing help centre",
        date.today(),
    )
    assert actions.table.item(0, 1).text() == "An organisation: Housing help centre"
    qtbot.mouseClick(actions.done_button, LEFT)
    assert workspace.plans.current(amara.id).area("housing").actions[0].status is (
        ActionStatus.DONE
    )
    assert actions.table.item(0, 3).text() == "Done"
    assert not actions.done_button.isEnabled()
    qtbot.mouseClick(actions.remove_button, LEFT)
    assert no_questions == ["Remove this action?"]
    assert workspace.plans.current(amara.id).area("housing").actions == ()


def test_review_lists_areas_not_assessed_and_goes_to_one(qtbot: Any, workspace: Any) -> None:
    amara = add_client(workspace)
    plan = workspace.plans.start(amara.id)
    workspace.plans.save_intro(plan.id, language="en", review_date=None, planning_consent=True)
    workspace.plans.save_area(
        plan.id,
        "housing",
        AreaInput(status=NeedStatus.NEEDS_SUPPORT, goal="A home of my own\nnear the bus"),
    )
    workspace.plans.add_action(plan.id, "housing", ActionInput("Call the housing help line"))
    workspace.plans.set_resume_page(plan.id, "review")
    wizard = open_wizard(qtbot, workspace, amara)
    assert wizard.current_key() == "review"
    review = wizard.currentPage()
    assert isinstance(review, ReviewPage)
    assert review.status_labels["housing"].text() == "Needs support"
    assert review.goal_labels["housing"].text() == "A home of my own"
    assert review.action_labels["housing"].text() == "1 action"
    assert review.goal_labels["legal"].text() == "No goal written yet"
    missing = review.not_assessed_text()
    assert missing.startswith("Not assessed yet: Life skills, Education upgrading")
    assert "Long-term housing" not in missing

    qtbot.mouseClick(review.go_buttons["legal"], LEFT)
    assert wizard.current_key() == "area:legal"
    wizard.back()
    assert wizard.current_key() == "area:employment"


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


GOALS = {
    "housing": "I want a small apartment of my own, near the bus, where I feel safe.",
    "life_skills": "I want to open a bank account and learn to make a budget.",
    "education": "Finish my high school diploma.",
    "employment": "Work in a kitchen, daytime only.",
    "legal": "I want to stay in Canada and keep my permit.",
    "counselling": "Talk to someone who speaks Tagalog, once a week.",
    "community": "Find a church and a Filipino community group.",
    "social_support": "Keep in touch with my aunt and make one new friend.",
    "self_care": "Know what to do on a bad night.",
}


def test_screenshots_of_every_page(qtbot: Any, workspace: Any, shots: Path) -> None:
    amara = add_client(
        workspace,
        languages=("tl", "en"),
        immigration_status=ImmigrationStatus.TRP_VICTIM,
        permit_expiry=date.today() + timedelta(days=120),
    )
    workspace.contacts.add(
        amara.id,
        ContactInput(ContactKind.PERSON, "Aunt Rosa", "aunt", "555-0100", safe_to_contact=True),
    )
    workspace.contacts.add(
        amara.id,
        ContactInput(ContactKind.GROUP, "Sunday women's circle", may_be_known_to_trafficker=False),
    )
    plan = workspace.plans.start(amara.id)
    workspace.plans.add_action(
        plan.id, "housing", ActionInput("Visit two apartments", due_date=date.today())
    )
    workspace.plans.add_action(
        plan.id,
        "housing",
        ActionInput("Ask about the rent supplement", ActionOwner.WORKER, "J. Tremblay"),
    )
    wizard = open_wizard(qtbot, workspace, amara)
    save(wizard, shots / "wizard-00-intro.png")
    past_intro(wizard)
    for number, area in enumerate(NEED_AREAS, start=1):
        page = wizard.area_page(area.key)
        assert wizard.current_key() == f"area:{area.key}"
        page.status.setCurrentIndex(page.status.findData(NeedStatus.NEEDS_SUPPORT))
        page.goal.setPlainText(GOALS[area.key])
        if area.key == "legal":
            line_field(page, "police_contact").setText("Det. Example, 555-0199")
        if area.key == "self_care" and page.self_care is not None:
            page.self_care.boxes["things_that_help"].setPlainText("Walking by the river; music")
        if area.key == "housing":
            page.resources.refer()
        save(wizard, shots / f"wizard-{number:02d}-{area.key}.png")
        wizard.next()
    assert wizard.current_key() == "review"
    save(wizard, shots / "wizard-10-review.png")

    wizard.go_to_area("housing")
    page = wizard.area_page("housing")
    page.goal.setPlainText("x" * 10_001)
    wizard.next()
    save(wizard, shots / "wizard-11-problem.png")
    page.goal.setPlainText(GOALS["housing"])

    actions = page.action_list
    actions.add()
    assert isinstance(actions.dialog, ActionDialog)
    save(actions.dialog, shots / "wizard-12-action-dialog.png")
    actions.dialog.reject()
    social = wizard.area_page("social_support").contacts
    assert social is not None
    social.add()
    assert isinstance(social.dialog, ContactDialog)
    save(social.dialog, shots / "wizard-13-contact-dialog.png")
    social.dialog.reject()

    alone = open_wizard(qtbot, workspace, amara, only_area="counselling")
    save(alone, shots / "wizard-14-one-area.png")
