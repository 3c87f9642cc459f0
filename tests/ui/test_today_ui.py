"""The Today screen: what is due across the caseload, in words, sortable, with Mark done."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from ltsupport.checklist import NeedStatus
from ltsupport.models import ActionOwner, ActionStatus, ConsentKind, ImmigrationStatus, Priority
from ltsupport.models.resource import ReferralStatus
from ltsupport.services.clients import ClientDetail, ClientInput
from ltsupport.services.plans import ActionInput, AreaInput
from ltsupport.services.today import ItemKind
from ltsupport.settings import Settings
from ltsupport.ui import dialogs
from ltsupport.ui.main_window import MainWindow
from ltsupport.ui.qtmodels.today_table_model import (
    AREA,
    CLIENT,
    KIND,
    WHAT,
    WHEN,
    TodayTableModel,
)
from ltsupport.ui.screens.today_screen import TodayScreen

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 3, 10)  # a Tuesday
HOTLINE = "canadian-human-trafficking-hotline"


def add(ws: Any, code: str, name: str, **kw: Any) -> ClientDetail:
    return ws.clients.create(ClientInput(case_code=code, preferred_name=name, **kw))


def action(ws: Any, client_id: uuid.UUID, area: str, text: str, due: date) -> uuid.UUID:
    plan = ws.plans.start(client_id)
    return ws.plans.add_action(plan.id, area, ActionInput(text, due_date=due)).id


@dataclass
class Caseload:
    amara: ClientDetail
    lin: ClientDetail
    grace: ClientDetail
    closed: ClientDetail
    overdue: uuid.UUID
    due_today: uuid.UUID
    due_tomorrow: uuid.UUID
    next_week: uuid.UUID
    organisation: str


@pytest.fixture
def caseload(workspace: Any) -> Caseload:
    amara = add(workspace, "TR-2026-014", "Amara")
    lin = add(workspace, "TR-2026-015", "Lin")
    grace = add(
        workspace,
        "TR-2026-016",
        "Grace",
        immigration_status=ImmigrationStatus.TRP_VICTIM,
        permit_expiry=TODAY + timedelta(days=20),
    )
    closed = add(workspace, "TR-2026-017", "Oksana")
    overdue = action(
        workspace, lin.id, "life_skills", "Bring two pieces of ID", TODAY - timedelta(1)
    )
    due_today = action(workspace, amara.id, "housing", "Call the housing help line", TODAY)
    due_tomorrow = action(
        workspace,
        amara.id,
        "counselling",
        "Go to the first counselling session",
        TODAY + timedelta(1),
    )
    next_week = action(workspace, lin.id, "employment", "Update the CV", TODAY + timedelta(10))
    action(workspace, closed.id, "housing", "Visit the co-op", TODAY)
    workspace.clients.close(closed.id)
    hotline = workspace.catalogue.get_by_key(HOTLINE)
    workspace.consents.record(amara.id, ConsentKind.SHARE, organisation=hotline.name)
    workspace.referrals.create(
        amara.id,
        hotline.id,
        area_key="social_support",
        status=ReferralStatus.REFERRED,
        follow_up_on=TODAY + timedelta(days=3),
        today=TODAY,
    )
    return Caseload(
        amara, lin, grace, closed, overdue, due_today, due_tomorrow, next_week, hotline.name
    )


def today_screen(qtbot: Any, workspace: Any, today: date = TODAY) -> TodayScreen:
    screen = TodayScreen(workspace, today_provider=lambda: today)
    qtbot.addWidget(screen)
    screen.resize(1000, 520)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def column(screen: TodayScreen, col: int) -> list[str]:
    model = screen.table.model()
    return [model.index(row, col).data() for row in range(model.rowCount())]


def row_of_text(screen: TodayScreen, text: str) -> int:
    return column(screen, WHAT).index(text)


def click_header(qtbot: Any, screen: TodayScreen, section: int) -> None:
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def test_due_items_are_listed_in_words(qtbot: Any, workspace: Any, caseload: Caseload) -> None:
    screen = today_screen(qtbot, workspace)
    whats = column(screen, WHAT)
    whens = dict(zip(whats, column(screen, WHEN), strict=True))
    assert whens["Bring two pieces of ID"] == "Overdue (due Mon, Mar 9)"
    assert whens["Call the housing help line"] == "Today"
    assert whens["Go to the first counselling session"] == "Tomorrow"
    follow_up = f"Follow up with {caseload.organisation}"
    assert whens[follow_up] == "Fri, Mar 13 (in 3 days)"
    assert whens["Temporary resident permit expires"] == "Mon, Mar 30 (in 20 days)"
    # Soonest first; a closed client's action and anything beyond the week are left out.
    assert whats == [
        "Bring two pieces of ID",
        "Call the housing help line",
        "Go to the first counselling session",
        follow_up,
        "Temporary resident permit expires",
    ]
    assert "Visit the co-op" not in whats
    assert column(screen, CLIENT)[1] == "TR-2026-014 · Amara"
    assert column(screen, AREA)[:3] == [
        "Life skills",
        "Long-term housing",
        "Trauma-informed care and counselling",
    ]
    assert column(screen, KIND)[3:] == ["Follow-up", "Permit"]
    assert screen.counts_text() == "1 overdue, 1 today, 1 tomorrow, 2 later"
    assert TODAY.strftime("%B") in screen.date_label.text()

    screen.set_horizon(30)
    assert "Update the CV" in column(screen, WHAT)
    assert screen.counts_text() == "1 overdue, 1 today, 1 tomorrow, 3 later"


def test_clicking_a_header_sorts(qtbot: Any, workspace: Any, caseload: Caseload) -> None:
    screen = today_screen(qtbot, workspace)
    click_header(qtbot, screen, CLIENT)
    clients = column(screen, CLIENT)
    assert clients == sorted(clients)
    assert clients[0].startswith("TR-2026-014") and clients[-1].startswith("TR-2026-016")
    click_header(qtbot, screen, CLIENT)  # again: the other way round
    assert column(screen, CLIENT) == sorted(clients, reverse=True)

    # The selection follows its row through a sort.
    screen.select_row(row_of_text(screen, "Go to the first counselling session"))
    click_header(qtbot, screen, WHEN)
    assert column(screen, WHAT)[0] == "Bring two pieces of ID"  # by date, not by the words
    selected = screen.current_item()
    assert selected is not None and selected.title == "Go to the first counselling session"
    click_header(qtbot, screen, WHEN)
    assert column(screen, WHAT)[0] == "Temporary resident permit expires"

    click_header(qtbot, screen, AREA)  # checklist order: housing comes first
    area_order = column(screen, AREA)
    assert area_order[0] == "Long-term housing"


def test_mark_done_with_the_keyboard(
    qtbot: Any, workspace: Any, caseload: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "error", lambda *a: pytest.fail("no error expected"))
    screen = today_screen(qtbot, workspace)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.table.setFocus()
    screen.select_row(row_of_text(screen, f"Follow up with {caseload.organisation}"))
    assert not screen.done_button.isEnabled()  # a follow-up is not done from here
    assert screen.open_button.isEnabled()

    row = row_of_text(screen, "Go to the first counselling session")
    screen.select_row(row - 1)
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    assert screen.current_item() is not None
    assert screen.current_item().item_id == caseload.due_tomorrow  # type: ignore[union-attr]
    assert screen.done_button.isEnabled()
    # Alt+D is Mark &done; the button's access key clicks it after a short animation.
    qtbot.keyClick(screen.windowHandle(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Go to the first counselling session" not in column(screen, WHAT))
    assert screen.counts_text() == "1 overdue, 1 today, 0 tomorrow, 2 later"
    assert "Go to the first counselling session" in screen.feedback.text()
    plan = workspace.plans.current(caseload.amara.id)
    done = plan.area("counselling").actions[0]
    assert done.id == caseload.due_tomorrow and done.status is ActionStatus.DONE
    assert plan.area("housing").actions[0].status is ActionStatus.OPEN
    # The row after it is selected, ready for the next one.
    assert screen.current_item() is not None and screen.current_item().kind is ItemKind.FOLLOW_UP  # type: ignore[union-attr]

    screen.select_row(row_of_text(screen, "Call the housing help line"))
    qtbot.mouseClick(screen.done_button, LEFT)
    assert "Call the housing help line" not in column(screen, WHAT)


def test_an_action_removed_meanwhile_is_explained(
    qtbot: Any, workspace: Any, caseload: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda _p, title, _t: errors.append(title))
    screen = today_screen(qtbot, workspace)
    screen.select_row(row_of_text(screen, "Call the housing help line"))
    workspace.plans.delete_action(caseload.due_today)
    qtbot.mouseClick(screen.done_button, LEFT)
    assert errors == ["Action not found"]
    assert "Call the housing help line" not in column(screen, WHAT)


def test_double_click_or_enter_opens_the_client(
    qtbot: Any, workspace: Any, caseload: Caseload
) -> None:
    screen = today_screen(qtbot, workspace)
    row = row_of_text(screen, "Temporary resident permit expires")
    rect = screen.table.visualRect(screen.model.index(row, WHAT))
    qtbot.mouseClick(screen.table.viewport(), LEFT, pos=rect.center())
    with qtbot.waitSignal(screen.client_opened) as opened:
        qtbot.mouseDClick(screen.table.viewport(), LEFT, pos=rect.center())
    assert opened.args == [caseload.grace.id]

    screen.select_row(row_of_text(screen, "Bring two pieces of ID"))
    with qtbot.waitSignal(screen.client_opened) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [caseload.lin.id]


def test_nothing_due_says_so(qtbot: Any, workspace: Any) -> None:
    screen = today_screen(qtbot, workspace)
    assert screen.stack.currentWidget() is screen.empty_label
    assert screen.empty_label.text() == "Nothing due in the next 7 days."
    assert not screen.done_button.isEnabled() and not screen.open_button.isEnabled()
    screen.set_horizon(30)
    assert screen.empty_label.text() == "Nothing due in the next 30 days."


def test_showing_it_again_reads_the_list_again(qtbot: Any, workspace: Any) -> None:
    amara = add(workspace, "TR-001", "Amara")
    screen = today_screen(qtbot, workspace)
    assert screen.model.rowCount() == 0
    screen.hide()
    action(workspace, amara.id, "housing", "Call the housing help line", TODAY)
    assert screen.model.rowCount() == 0
    screen.show()
    assert column(screen, WHAT) == ["Call the housing help line"]
    assert screen.stack.currentWidget() is screen.table


def test_an_expired_permit_says_expired(qtbot: Any, workspace: Any) -> None:
    add(
        workspace,
        "TR-002",
        "Grace",
        immigration_status=ImmigrationStatus.TRP_VICTIM,
        permit_expiry=TODAY - timedelta(days=4),
    )
    screen = today_screen(qtbot, workspace)
    assert column(screen, WHEN) == ["Expired (Fri, Mar 6)"]
    assert screen.counts_text() == "1 overdue, 0 today, 0 tomorrow"
    screen.select_row(0)
    assert not screen.done_button.isEnabled() and screen.open_button.isEnabled()


def test_the_model_passes_the_model_tester(
    qtmodeltester: Any, workspace: Any, caseload: Caseload
) -> None:
    model = TodayTableModel()
    model.set_items(workspace.today.items(TODAY, horizon_days=30), TODAY)
    assert model.rowCount() == 6
    qtmodeltester.check(model)
    model.sort(CLIENT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_items([], TODAY)
    qtmodeltester.check(model)


# -- screenshots ----------------------------------------------------------------------------


def realistic_caseload(ws: Any, today: date) -> None:
    """A fictional caseload: several clients with plans, follow-ups and a permit."""
    people = (
        ("TR-2026-014", "Amara N.", "housing", "Call the housing help line together", -2),
        ("TR-2026-015", "Lin", "legal", "Ask the legal clinic about renewing the permit", -1),
        ("TR-2026-016", "Marisol", "counselling", "Go to the first counselling session", 0),
        ("TR-2026-018", "Grace", "life_skills", "Bring two pieces of ID to the bank", 0),
        ("TR-2026-019", "Sofía", "employment", "Update the CV with the worker", 1),
        ("TR-2026-021", "Yuliia", "community", "Try the Thursday choir practice", 1),
        ("TR-2026-022", "Ngozi", "education", "Visit the adult education centre", 4),
        ("TR-2026-023", "Oksana", "housing", "Go to the co-op housing open house", 12),
    )
    hotline = ws.catalogue.get_by_key(HOTLINE)
    for n, (code, name, area, text, days) in enumerate(people):
        client = add(
            ws,
            code,
            name,
            immigration_status=ImmigrationStatus.TRP_VICTIM
            if n == 1
            else ImmigrationStatus.UNKNOWN,
            permit_expiry=today + timedelta(days=19) if n == 1 else None,
        )
        plan = ws.plans.start(client.id)
        ws.plans.save_area(
            plan.id, area, AreaInput(status=NeedStatus.IN_PROGRESS, priority=Priority.HIGH)
        )
        ws.plans.add_action(
            plan.id,
            area,
            ActionInput(text, ActionOwner.WORKER, "", today + timedelta(days=days)),
        )
        if n in (0, 4):
            ws.consents.record(client.id, ConsentKind.SHARE, organisation=hotline.name)
            ws.referrals.create(
                client.id,
                hotline.id,
                area_key="social_support",
                status=ReferralStatus.REFERRED,
                follow_up_on=today + timedelta(days=1 if n == 0 else 3),
                today=today,
            )


def test_screenshot_today(qtbot: Any, workspace: Any) -> None:
    target = os.environ.get("LTSUPPORT_SCREENSHOTS")
    if not target:
        pytest.skip("set LTSUPPORT_SCREENSHOTS to a directory to save screenshots")
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    empty = today_screen(qtbot, workspace, date.today())
    empty.resize(1000, 360)
    QApplication.processEvents()
    assert empty.grab().save(str(out / "today-empty.png"))

    realistic_caseload(workspace, date.today())
    main = MainWindow(workspace, Settings())
    qtbot.addWidget(main)
    main.resize(1100, 720)
    main.show()
    qtbot.waitExposed(main)
    screen = main.today_screen
    assert screen is not None and main.stack.currentWidget() is screen
    screen.refresh()
    screen.select_row(2)
    QApplication.processEvents()
    assert main.grab().save(str(out / "main-window-today.png"))
    screen.set_horizon(30)
    screen.select_row(0)
    QApplication.processEvents()
    assert main.grab().save(str(out / "main-window-today-30-days.png"))
    main.close()
