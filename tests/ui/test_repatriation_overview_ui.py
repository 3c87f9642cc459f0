"""The return-home section of the client's screen: no plan, a wish to stay or not decided, and a
return being planned (progress, the protection-claim decision, each step, the dates ahead)."""

from __future__ import annotations

import os
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ltsupport.checklist import StepStatus
from ltsupport.checklist_return import RETURN_STEPS
from ltsupport.models import ReturnWish
from ltsupport.services.clients import ClientDetail, ClientInput
from ltsupport.services.repatriation import StepInput
from ltsupport.ui.screens.repatriation_overview import RepatriationOverview
from ltsupport.ui.wizards.repatriation_wizard import RepatriationWizard

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 3, 10)


def add(ws: Any, code: str = "TR-2026-011") -> ClientDetail:
    return ws.clients.create(
        ClientInput(case_code=code, preferred_name="Marisol", country_of_origin="PH")
    )


def overview(qtbot: Any, workspace: Any, client_id: uuid.UUID) -> RepatriationOverview:
    widget = RepatriationOverview(workspace, client_id, today_provider=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Replace the wizard opener: record what it was asked to open."""
    calls: list[str | None] = []

    def open_wizard(self: RepatriationOverview, only_step: str | None = None) -> None:
        calls.append(only_step)

    monkeypatch.setattr(RepatriationOverview, "open_wizard", open_wizard)
    return calls


def return_plan(ws: Any, client_id: uuid.UUID, *, fears: bool) -> uuid.UUID:
    plan = ws.repatriation.start(client_id)
    ws.repatriation.save_wish(
        plan.id,
        wish=ReturnWish.RETURN,
        fears_harm_on_return=fears,
        protection_claim_decision="Saw a refugee lawyer; she chose not to claim" if fears else "",
    )
    for key in ("trusted_contacts", "embassy_consulate"):
        ws.repatriation.save_step(plan.id, key, StepInput(StepStatus.DONE, done_on=TODAY))
    ws.repatriation.save_step(
        plan.id,
        "police_crown",
        StepInput(
            StepStatus.NOT_APPLICABLE,
            details={"involved": "no", "court_dates": "None: no charges were laid"},
        ),
    )
    ws.repatriation.save_step(
        plan.id,
        "safe_trip",
        StepInput(
            StepStatus.IN_PROGRESS,
            details={"travel_date": (TODAY + timedelta(days=21)).isoformat()},
        ),
    )
    ws.repatriation.save_step(
        plan.id,
        "reintegration",
        StepInput(
            StepStatus.NOT_STARTED,
            details={
                "follow_up_on": (TODAY + timedelta(days=50)).isoformat(),
                "plan_agreed_on": (TODAY - timedelta(days=1)).isoformat(),  # past: not shown
            },
        ),
    )
    return plan.id  # type: ignore[no-any-return]


def test_no_plan_says_so_and_offers_to_talk_about_it(
    qtbot: Any, workspace: Any, opened: list[str | None]
) -> None:
    marisol = add(workspace)
    widget = overview(qtbot, workspace, marisol.id)
    assert widget.pages.currentWidget() is widget.none_page
    texts = [label.text() for label in widget.none_page.findChildren(QLabel)]
    assert "No return is planned." in texts
    assert widget.start_button.text() == "&Talk about returning home…"
    qtbot.mouseClick(widget.start_button, LEFT)
    assert opened == [None]
    assert workspace.repatriation.get(marisol.id) is None  # looking creates nothing


@pytest.mark.parametrize(
    ("wish", "heading"),
    [
        (ReturnWish.STAY, "The person wishes to stay in Canada."),
        (ReturnWish.UNDECIDED, "The person has not decided whether to return."),
    ],
)
def test_a_wish_to_stay_or_no_decision_is_said_in_words(
    qtbot: Any, workspace: Any, opened: list[str | None], wish: ReturnWish, heading: str
) -> None:
    marisol = add(workspace)
    plan = workspace.repatriation.start(marisol.id)
    workspace.repatriation.save_wish(plan.id, wish=wish, fears_harm_on_return=True)
    widget = overview(qtbot, workspace, marisol.id)
    assert widget.pages.currentWidget() is widget.not_returning_page
    assert widget.wish_heading.text() == heading
    assert widget.wish_text.text().splitlines() == [
        "No return is planned. You can come back to this at any time.",
        "Fears harm if they return: Yes.",
    ]
    qtbot.mouseClick(widget.talk_button, LEFT)
    assert opened == [None]


def test_a_return_shows_progress_steps_and_the_dates_ahead(
    qtbot: Any, workspace: Any, opened: list[str | None]
) -> None:
    marisol = add(workspace)
    return_plan(workspace, marisol.id, fears=True)
    widget = overview(qtbot, workspace, marisol.id)
    assert widget.pages.currentWidget() is widget.return_page
    assert widget.progress_text.text() == "3 of 7 steps done"
    assert (widget.progress.value(), widget.progress.maximum()) == (3, 7)
    assert widget.protection.isVisible()
    assert widget.protection.text().endswith(
        "Decision recorded: Saw a refugee lawyer; she chose not to claim"
    )
    assert widget.step_statuses() == [
        (f"{step.order}. {step.title.en}", status)
        for step, status in zip(
            RETURN_STEPS,
            [
                "Done",
                "Not applicable",
                "Done",
                "Not started",
                "Not started",
                "In progress",
                "Not started",
            ],
            strict=True,
        )
    ]
    police = widget.step_rows["police_crown"].status
    assert police.accessibleName() == "Status of Police and Crown: Not applicable"
    assert widget.coming_up_shown() == [
        "Tue, Mar 31 (in 21 days): Travel date (The safe trip)",
        "Wed, Apr 29 (in 50 days): Follow up on (Supported reintegration)",
    ]
    assert widget.court_dates.text() == (
        "Court dates that affect travel: None: no charges were laid"
    )

    qtbot.mouseClick(widget.step_rows["safe_trip"].open_button, LEFT)
    qtbot.mouseClick(widget.whole_button, LEFT)
    assert opened == ["safe_trip", None]


def test_no_fear_recorded_shows_no_protection_box(qtbot: Any, workspace: Any) -> None:
    marisol = add(workspace)
    return_plan(workspace, marisol.id, fears=False)
    widget = overview(qtbot, workspace, marisol.id)
    assert widget.pages.currentWidget() is widget.return_page
    assert not widget.protection.isVisible()


def test_open_reopens_one_step_and_the_overview_is_read_again(qtbot: Any, workspace: Any) -> None:
    marisol = add(workspace)
    return_plan(workspace, marisol.id, fears=False)
    widget = overview(qtbot, workspace, marisol.id)
    qtbot.mouseClick(widget.step_rows["home_country_services"].open_button, LEFT)
    wizard = widget.wizard
    assert isinstance(wizard, RepatriationWizard)
    assert wizard.only_step == "home_country_services"
    assert wizard.page_keys() == ["step:home_country_services"]
    page = wizard.step_page("home_country_services")
    page.status.setCurrentIndex(page.status.findData(StepStatus.DONE))
    with qtbot.waitSignal(wizard.finished):
        wizard.accept()
    assert widget.wizard is None
    assert widget.progress_text.text() == "4 of 7 steps done"
    assert widget.step_rows["home_country_services"].status.text() == "Done"


# -- a screenshot for review (only when LTSUPPORT_SCREENSHOTS names a directory) ------------


def test_screenshots_of_the_overview(qtbot: Any, workspace: Any) -> None:
    target = os.environ.get("LTSUPPORT_SCREENSHOTS")
    if not target:
        pytest.skip("set LTSUPPORT_SCREENSHOTS to a directory to save screenshots")
    shots = Path(target)
    shots.mkdir(parents=True, exist_ok=True)
    nobody = overview(qtbot, workspace, add(workspace, "TR-2026-012").id)
    QApplication.processEvents()
    assert nobody.grab().save(str(shots / "overview-1-no-plan.png"))
    staying = add(workspace, "TR-2026-013")
    plan = workspace.repatriation.start(staying.id)
    workspace.repatriation.save_wish(plan.id, wish=ReturnWish.STAY, fears_harm_on_return=None)
    stay = overview(qtbot, workspace, staying.id)
    QApplication.processEvents()
    assert stay.grab().save(str(shots / "overview-2-stay.png"))
    marisol = add(workspace)
    return_plan(workspace, marisol.id, fears=True)
    widget = overview(qtbot, workspace, marisol.id)
    widget.resize(1100, 640)
    QApplication.processEvents()
    assert widget.grab().save(str(shots / "overview-3-return.png"))


def test_the_client_screen_has_a_return_home_tab(qtbot: Any, workspace: Any) -> None:
    from ltsupport.ui.screens.client_screen import ClientScreen

    client = add(workspace)
    return_plan(workspace, client.id, fears=True)
    screen = ClientScreen(workspace, client.id)
    qtbot.addWidget(screen)
    titles = [screen.tabs.tabText(i).replace("&", "") for i in range(screen.tabs.count())]
    assert titles[-2:] == ["Plan", "Return home"]
    screen.tabs.setCurrentIndex(screen.tabs.count() - 1)
    assert screen.tabs.currentWidget() is screen.return_overview
    shown = " ".join(label.text() for label in screen.return_overview.findChildren(QLabel))
    assert "protection claim" in shown
