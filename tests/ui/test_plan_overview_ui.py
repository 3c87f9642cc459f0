"""The Plan tab: no plan, a draft to continue, and an active plan at a glance."""

from __future__ import annotations

import os
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from ltsupport.checklist import NEED_AREAS, NeedStatus
from ltsupport.models import ActionStatus, Priority
from ltsupport.services.clients import ClientDetail, ClientInput
from ltsupport.services.demo_plans import add_plan, stage_for
from ltsupport.services.plans import ActionInput, AreaInput
from ltsupport.ui.qtmodels.status_history_model import (
    AREA,
    BY,
    CHANGE,
    StatusHistoryTableModel,
)
from ltsupport.ui.screens.client_screen import ClientScreen
from ltsupport.ui.screens.plan_overview import PlanOverview

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 3, 10)


def add(ws: Any, code: str = "TR-001", name: str = "Amara") -> ClientDetail:
    return ws.clients.create(ClientInput(case_code=code, preferred_name=name))


def overview(qtbot: Any, workspace: Any, client_id: uuid.UUID) -> PlanOverview:
    widget = PlanOverview(workspace, client_id, today_provider=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def active_plan(ws: Any, client_id: uuid.UUID, *, review: date | None) -> uuid.UUID:
    plan = ws.plans.start(client_id)
    ws.plans.save_intro(plan.id, language="en", review_date=review, planning_consent=True)
    ws.plans.save_area(
        plan.id,
        "housing",
        AreaInput(
            NeedStatus.NEEDS_SUPPORT,
            Priority.HIGH,
            goal="A small place of my own near the bus.\nWith a door that locks.",
        ),
    )
    ws.plans.save_area(
        plan.id, "housing", AreaInput(NeedStatus.IN_PROGRESS, Priority.HIGH, goal="My own place")
    )
    ws.plans.save_area(plan.id, "legal", AreaInput(NeedStatus.MET, Priority.LOW))
    for days, area, text in (
        (-2, "legal", "Ask the legal clinic about the permit"),
        (1, "housing", "Call the housing help line"),
        (0, "life_skills", "Bring <b>two</b> pieces of ID & a letter"),
        (9, "education", "Visit the adult education centre"),
        (5, "employment", "Update the CV"),
        (20, "community", "Try the Thursday choir practice"),
        (3, "self_care", "Write the plan on a card"),
    ):
        ws.plans.add_action(plan.id, area, ActionInput(text, due_date=TODAY + timedelta(days)))
    done = ws.plans.add_action(plan.id, "housing", ActionInput("Already done", due_date=TODAY))
    ws.plans.set_action_status(done.id, ActionStatus.DONE)
    ws.plans.finish(plan.id)
    return plan.id  # type: ignore[no-any-return]


def test_no_plan_explains_and_offers_to_start(qtbot: Any, workspace: Any) -> None:
    amara = add(workspace)
    widget = overview(qtbot, workspace, amara.id)
    assert widget.plan is None
    assert widget.pages.currentWidget() is widget.none_page
    assert widget.start_button.isVisible()
    assert widget.start_button.text() == "Start the plan &with the person…"
    assert widget.start_button.accessibleName()


def test_a_draft_names_where_it_stopped(qtbot: Any, workspace: Any) -> None:
    amara = add(workspace)
    plan = workspace.plans.start(amara.id)
    workspace.plans.set_resume_page(plan.id, "area:legal")
    widget = overview(qtbot, workspace, amara.id)
    assert widget.pages.currentWidget() is widget.draft_page
    assert widget.draft_text.text() == "Continue where you stopped (Legal assistance)."
    assert widget.continue_button.isVisible()

    workspace.plans.set_resume_page(plan.id, "review")
    widget.refresh()
    assert widget.draft_text.text() == "Continue where you stopped (the review page)."


def test_an_active_plan_at_a_glance(qtbot: Any, workspace: Any) -> None:
    amara = add(workspace)
    active_plan(workspace, amara.id, review=TODAY - timedelta(days=3))
    widget = overview(qtbot, workspace, amara.id)
    assert widget.pages.currentWidget() is widget.active_page

    # The nine areas, in checklist order, each status in words (with a colour repeating it).
    shown = widget.area_statuses()
    assert [title for title, _ in shown] == [f"{a.order}. {a.title.en}" for a in NEED_AREAS]
    statuses = dict(zip((a.key for a in NEED_AREAS), (s for _, s in shown), strict=True))
    assert statuses["housing"] == "In progress"
    assert statuses["legal"] == "Need met"
    assert statuses["education"] == "Not assessed"
    housing = widget.area_rows["housing"]
    assert housing.status.accessibleName() == "Status of Long-term housing: In progress"
    assert housing.status.styleSheet() != widget.area_rows["legal"].status.styleSheet()
    assert housing.priority.text() == "High"
    assert housing.goal.text() == "My own place"
    assert widget.area_rows["education"].goal.text() == "No goal written yet."
    assert widget.area_rows["legal"].open_button.accessibleName() == (
        "Open Legal assistance on its own"
    )

    # The next five open actions, soonest first, with the words a worker scans for.
    actions = widget.next_actions_shown()
    assert [what for _, what in actions] == [
        "Ask the legal clinic about the permit",
        "Bring <b>two</b> pieces of ID & a letter",
        "Call the housing help line",
        "Write the plan on a card",
        "Update the CV",
    ]
    assert actions[0][0].startswith("Overdue")
    assert actions[1][0] == "Today"
    assert actions[2][0] == "Tomorrow"
    # The person's words are shown as typed, never read as markup; the area follows them.
    bring = widget.action_rows[1].what
    assert "Bring &lt;b&gt;two&lt;/b&gt; pieces of ID &amp; a letter" in bring.text()
    assert "Life skills" in bring.text()
    assert bring.accessibleName() == "Bring <b>two</b> pieces of ID & a letter (Life skills)"
    assert widget.actions_note.text() == "2 more open actions in the plan."
    assert "Already done" not in [what for _, what in actions]

    # The review date has passed: said in words.
    assert widget.review_label.text().startswith("Review due")

    # Three status changes, newest first.
    model = widget.history_model
    assert model.rowCount() == 3
    rows = [
        (model.index(r, AREA).data(), model.index(r, CHANGE).data(), model.index(r, BY).data())
        for r in range(3)
    ]
    assert rows == [
        ("Legal assistance", "Not assessed → Need met", "test-worker"),
        ("Long-term housing", "Needs support → In progress", "test-worker"),
        ("Long-term housing", "Not assessed → Needs support", "test-worker"),
    ]
    assert widget.history_table.isVisible() and not widget.history_empty.isVisible()


def test_review_date_in_the_future_or_missing(qtbot: Any, workspace: Any) -> None:
    amara = add(workspace)
    plan_id = active_plan(workspace, amara.id, review=TODAY + timedelta(days=60))
    widget = overview(qtbot, workspace, amara.id)
    assert widget.review_label.text().startswith("Next review:")
    assert "Review due" not in widget.review_label.text()
    workspace.plans.save_intro(plan_id, language="en", review_date=None, planning_consent=True)
    widget.refresh()
    assert widget.review_label.text() == "No review date set."


def test_history_model_passes_the_model_tester(qtmodeltester: Any, workspace: Any) -> None:
    amara = add(workspace)
    plan_id = active_plan(workspace, amara.id, review=None)
    model = StatusHistoryTableModel(workspace.plans.history(plan_id))
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    model.set_changes([])
    qtmodeltester.check(model)


def test_the_client_screen_has_a_plan_tab_after_referrals(qtbot: Any, workspace: Any) -> None:
    amara = add(workspace)
    screen = ClientScreen(workspace, amara.id)
    qtbot.addWidget(screen)
    assert screen.tabs.tabText(4) == "Pla&n"
    assert screen.tabs.widget(4) is screen.plan_overview
    assert isinstance(screen.plan_overview, PlanOverview)
    assert screen.tabs.tabText(3) == "Re&ferrals"  # earlier tabs keep their places


def test_open_reopens_one_area_on_its_own(qtbot: Any, workspace: Any) -> None:
    amara = add(workspace)
    active_plan(workspace, amara.id, review=None)
    widget = overview(qtbot, workspace, amara.id)
    opened: list[str | None] = []
    widget.open_wizard = lambda only_area=None: opened.append(only_area)  # type: ignore[method-assign]
    qtbot.mouseClick(widget.area_rows["legal"].open_button, LEFT)
    widget.area_rows["housing"].open_button.setFocus()
    qtbot.keyClick(widget.area_rows["housing"].open_button, Qt.Key.Key_Space)
    qtbot.mouseClick(widget.whole_plan_button, LEFT)
    assert opened == ["legal", "housing", None]


def test_the_wizard_opens_on_one_area_and_the_overview_follows(qtbot: Any, workspace: Any) -> None:
    wizard_module = pytest.importorskip("ltsupport.ui.wizards.plan_wizard")
    amara = add(workspace)
    plan_id = active_plan(workspace, amara.id, review=None)
    widget = overview(qtbot, workspace, amara.id)
    qtbot.mouseClick(widget.area_rows["education"].open_button, LEFT)
    wizard = widget.wizard
    assert isinstance(wizard, wizard_module.PlanWizard)
    assert wizard.only_area == "education" and wizard.isVisible()
    # A change saved while the wizard is open shows once it closes.
    workspace.plans.save_area(plan_id, "education", AreaInput(NeedStatus.IN_PROGRESS))
    wizard.reject()
    qtbot.waitUntil(lambda: widget.wizard is None)
    assert (
        dict(zip((a.key for a in NEED_AREAS), (s for _, s in widget.area_statuses()), strict=True))[
            "education"
        ]
        == "In progress"
    )


def test_starting_a_plan_opens_the_whole_wizard(qtbot: Any, workspace: Any) -> None:
    wizard_module = pytest.importorskip("ltsupport.ui.wizards.plan_wizard")
    amara = add(workspace)
    widget = overview(qtbot, workspace, amara.id)
    qtbot.mouseClick(widget.start_button, LEFT)
    wizard = widget.wizard
    assert isinstance(wizard, wizard_module.PlanWizard) and wizard.only_area is None
    wizard.reject()
    qtbot.waitUntil(lambda: widget.wizard is None)
    assert widget.pages.currentWidget() is widget.draft_page  # the wizard started a draft


# -- screenshots ----------------------------------------------------------------------------


def test_screenshot_plan_tab(qtbot: Any, workspace: Any) -> None:
    target = os.environ.get("LTSUPPORT_SCREENSHOTS")
    if not target:
        pytest.skip("set LTSUPPORT_SCREENSHOTS to a directory to save screenshots")
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    stages = {str(stage_for(i)): i for i in range(6)}
    for n, (stage, name) in enumerate(
        (("none", "Ngozi"), ("halfway", "Lin"), ("active", "Amara N."), ("review_due", "Grace"))
    ):
        client = add(workspace, f"TR-2026-0{n + 20}", name)
        add_plan(workspace, client.id, stages[stage], french=False)
        if stage == "active":
            plan = workspace.plans.current(client.id)
            area = plan.area("housing")
            workspace.plans.save_area(
                plan.id,
                "housing",
                AreaInput(NeedStatus.MET, area.priority, area.goal, area.worker_notes),
            )
        screen = ClientScreen(workspace, client.id)
        qtbot.addWidget(screen)
        screen.resize(920, 680)  # the client screen's room in the main window
        screen.tabs.setCurrentWidget(screen.plan_overview)
        screen.show()
        qtbot.waitExposed(screen)
        QApplication.processEvents()
        assert screen.grab().save(str(out / f"plan-tab-{stage.replace('_', '-')}.png"))
        if stage == "active":
            scroll = screen.plan_overview.active_page
            assert isinstance(scroll, QScrollArea)
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            QApplication.processEvents()
            assert screen.grab().save(str(out / "plan-tab-active-history.png"))
