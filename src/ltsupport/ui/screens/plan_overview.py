"""The Plan tab of a client's screen: the transition plan at a glance.

No plan yet: a short explanation and a button to start it with the person. A draft: where the
worker stopped, and a button to continue there. An active plan: the nine needs areas (status in
words, with a colour that only repeats them; priority; the first line of the person's goal; an
Open button to go back to one area on its own), the next actions, the review date, and the
history of status changes.

The plan wizard is imported only when it is opened, and the overview is read again when it
closes.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ltsupport.checklist import NEED_AREAS, NeedStatus
from ltsupport.models import PlanStatus
from ltsupport.services.plans import ActionView, PlanView
from ltsupport.services.today import local_today
from ltsupport.services.workspace import Workspace
from ltsupport.ui.labels import need_area_label, priority_label, ui_language
from ltsupport.ui.qtmodels.status_history_model import (
    AREA,
    BY,
    CHANGE,
    WHEN,
    StatusHistoryTableModel,
)
from ltsupport.ui.qtmodels.today_table_model import OVERDUE_COLOUR, long_date_text, when_text
from ltsupport.ui.widgets.field_messages import hint_label
from ltsupport.ui.widgets.overview_parts import (
    BADGE_ALIGNMENT,
    WizardOverview,
    badge_width,
    message_page,
    section_heading,
    see_through_scroll,
    show_status,
    status_badge,
)

NEXT_ACTIONS = 5
GOAL_CHARS = 140
HISTORY_ROWS = 6

# The status is always written out; the colour only repeats it. Dark text on light backgrounds.
NEED_STATUS_STYLES = {
    NeedStatus.NOT_ASSESSED: "background: #f0f0f0; color: #333333; border: 1px solid #b8b8b8;",
    NeedStatus.NOT_NEEDED: "background: #eef1f5; color: #37414d; border: 1px solid #aab4c0;",
    NeedStatus.NEEDS_SUPPORT: "background: #fff2cc; color: #5c3d00; border: 1px solid #d9b44a;",
    NeedStatus.IN_PROGRESS: "background: #dbe9fb; color: #173a6b; border: 1px solid #7fa6d9;",
    NeedStatus.MET: "background: #dcf2e0; color: #14532d; border: 1px solid #7cb98a;",
    NeedStatus.ON_HOLD: "background: #ece6f5; color: #45305f; border: 1px solid #a996c4;",
}
MUTED_STYLE = "color: #5f6368;"
REVIEW_DUE_STYLE = (
    "background: #fff2cc; color: #5c3d00; border: 1px solid #d9b44a; border-radius: 4px;"
    " padding: 4px 8px;"
)


def _column_title(text: str) -> QLabel:
    label = hint_label(text)
    label.setWordWrap(False)
    return label


def _first_line(text: str) -> str:
    line = next((part.strip() for part in text.strip().splitlines() if part.strip()), "")
    return line if len(line) <= GOAL_CHARS else line[: GOAL_CHARS - 1].rstrip() + "…"


@dataclass
class AreaRow:
    """The widgets showing one needs area."""

    title: QLabel
    status: QLabel
    priority: QLabel
    goal: QLabel
    open_button: QPushButton


@dataclass
class ActionRow:
    """The widgets showing one of the next actions."""

    when: QLabel
    what: QLabel


class PlanOverview(WizardOverview):
    """The client's current plan at a glance. ``today_provider`` gives the worker's date (by
    default this computer's); tests pass a fixed one."""

    def __init__(
        self,
        workspace: Workspace,
        client_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        today_provider: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.client_id = client_id
        self._today_provider = today_provider or local_today
        self.plan: PlanView | None = None
        self.shown_actions: list[ActionView] = []

        self.pages = QStackedWidget()
        self.none_page = self._build_none_page()
        self.draft_page = self._build_draft_page()
        self.active_page = self._build_active_page()
        self._show_pages(self.pages, self.none_page, self.draft_page, self.active_page)

    # -- building ---------------------------------------------------------------------------

    def _build_none_page(self) -> QWidget:
        heading = section_heading(self.tr("No transition plan yet"))
        text = QLabel(
            self.tr(
                "A transition plan walks through the nine long-term needs areas with the "
                "person, at their pace: where things stand, what they want in their own words, "
                "and the next steps. Everything is saved as you go, so you can stop at any time "
                "and continue later."
            )
        )
        text.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start the plan &with the person…"))
        self.start_button.setAccessibleName(self.tr("Start the plan with the person"))
        self.start_button.clicked.connect(lambda: self.open_wizard())
        return message_page(heading, text, self.start_button, width=640)

    def _build_draft_page(self) -> QWidget:
        heading = section_heading(self.tr("The plan is not finished"))
        self.draft_text = QLabel()
        self.draft_text.setWordWrap(True)
        self.draft_text.setAccessibleName(self.tr("Where the plan stopped"))
        self.continue_button = QPushButton(self.tr("C&ontinue the plan…"))
        self.continue_button.setAccessibleName(self.tr("Continue the plan where you stopped"))
        self.continue_button.clicked.connect(lambda: self.open_wizard())
        return message_page(heading, self.draft_text, self.continue_button, width=640)

    def _build_active_page(self) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)

        self.review_label = QLabel()
        self.review_label.setAccessibleName(self.tr("Plan review"))
        self.whole_plan_button = QPushButton(self.tr("Go through the &whole plan…"))
        self.whole_plan_button.setAccessibleName(self.tr("Go through the whole plan"))
        self.whole_plan_button.clicked.connect(lambda: self.open_wizard())
        top = QHBoxLayout()
        top.addWidget(self.review_label, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        top.addWidget(self.whole_plan_button)
        column.addLayout(top)

        column.addSpacing(6)
        column.addWidget(section_heading(self.tr("Needs areas")))
        column.addLayout(self._build_area_grid())

        column.addSpacing(10)
        column.addWidget(section_heading(self.tr("Next actions")))
        column.addLayout(self._build_action_grid())

        column.addSpacing(10)
        column.addWidget(section_heading(self.tr("History of status changes")))
        self.history_model = StatusHistoryTableModel(parent=self)
        self.history_table = QTableView()
        self.history_table.setModel(self.history_model)
        self.history_table.setAccessibleName(self.tr("History of status changes"))
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setTabKeyNavigation(False)
        self.history_table.setWordWrap(False)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.verticalHeader().hide()
        header = self.history_table.horizontalHeader()
        header.setStretchLastSection(False)
        for section in (WHEN, CHANGE, BY):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AREA, QHeaderView.ResizeMode.Stretch)
        # Room for a few rows exactly; older changes are a scroll away.
        rows = self.history_table.verticalHeader()
        row_height = self.history_table.fontMetrics().height() + 10
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height)
        self.history_table.setFixedHeight(
            header.sizeHint().height()
            + row_height * HISTORY_ROWS
            + 2 * self.history_table.frameWidth()
        )
        self.history_empty = QLabel(self.tr("No status changes yet."))
        column.addWidget(self.history_table)
        column.addWidget(self.history_empty)
        column.addStretch(1)

        return see_through_scroll(content, self.whole_plan_button)

    def _build_area_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        titles = (
            self.tr("Area"),
            self.tr("Status"),
            self.tr("Priority"),
            self.tr("Goal, in the person's words"),
        )
        for col, text in enumerate(titles):
            grid.addWidget(_column_title(text), 0, col)
        self.area_rows: dict[str, AreaRow] = {}
        lang = ui_language()
        width = badge_width(self, (s.label(lang) for s in NeedStatus))
        previous: QWidget = self.whole_plan_button
        for row, area in enumerate(NEED_AREAS, start=1):
            title = QLabel(f"{area.order}. {area.title.get(lang)}")
            status = status_badge(width)
            priority = QLabel()
            goal = QLabel()
            goal.setWordWrap(True)
            goal.setTextFormat(Qt.TextFormat.PlainText)
            open_button = QPushButton(self.tr("Open…"))
            open_button.setAccessibleName(
                self.tr("Open %1 on its own").replace("%1", area.title.get(lang))
            )
            open_button.clicked.connect(lambda _=False, key=area.key: self.open_wizard(key))
            grid.addWidget(title, row, 0)
            grid.addWidget(status, row, 1, BADGE_ALIGNMENT)
            grid.addWidget(priority, row, 2)
            grid.addWidget(goal, row, 3)
            grid.addWidget(open_button, row, 4)
            QWidget.setTabOrder(previous, open_button)
            previous = open_button
            self.area_rows[area.key] = AreaRow(title, status, priority, goal, open_button)
        grid.setColumnStretch(3, 1)
        return grid

    def _build_action_grid(self) -> QVBoxLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        self.action_rows: list[ActionRow] = []
        for row in range(NEXT_ACTIONS):
            when = QLabel()
            # What to do, then its needs area in grey; the person's words are escaped.
            what = QLabel()
            what.setWordWrap(True)
            what.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(when, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(what, row, 1, Qt.AlignmentFlag.AlignTop)
            self.action_rows.append(ActionRow(when, what))
        grid.setColumnStretch(1, 1)
        self.actions_note = QLabel()
        self.actions_note.setWordWrap(True)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addLayout(grid)
        box.addWidget(self.actions_note)
        return box

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the plan again and show the page for its state."""
        plan = self._workspace.plans.current(self.client_id)
        self.plan = plan
        if plan is None:
            self.pages.setCurrentWidget(self.none_page)
        elif plan.status is PlanStatus.DRAFT:
            self.draft_text.setText(
                self.tr("Continue where you stopped (%1).").replace(
                    "%1", self._resume_title(plan.resume_page)
                )
            )
            self.pages.setCurrentWidget(self.draft_page)
        else:
            self._show_active(plan)
            self.pages.setCurrentWidget(self.active_page)

    def _resume_title(self, page: str) -> str:
        if page.startswith("area:"):
            return need_area_label(page.removeprefix("area:"))
        if page == "review":
            return self.tr("the review page")
        return self.tr("the first page")

    def _show_active(self, plan: PlanView) -> None:
        today = self._today_provider()
        self._show_review(plan.review_date, today)
        lang = ui_language()
        for assessment in plan.assessments:
            row = self.area_rows.get(assessment.area_key)
            if row is None:
                continue
            status = assessment.status.label(lang)
            show_status(
                row.status,
                status,
                NEED_STATUS_STYLES[assessment.status],
                self.tr("Status of %1: %2")
                .replace("%1", need_area_label(assessment.area_key))
                .replace("%2", status),
            )
            row.priority.setText(priority_label(assessment.priority))
            goal = _first_line(assessment.goal)
            row.goal.setText(goal or self.tr("No goal written yet."))
            row.goal.setStyleSheet("" if goal else MUTED_STYLE)
            row.goal.setToolTip(assessment.goal)
        self.shown_actions = plan.open_actions()[:NEXT_ACTIONS]
        self._show_actions(plan.open_actions(), today)
        changes = self._workspace.plans.history(plan.id)
        self.history_model.set_changes(changes)
        self.history_table.setVisible(bool(changes))
        self.history_empty.setVisible(not changes)

    def _show_review(self, review: date | None, today: date) -> None:
        if review is None:
            text, style = self.tr("No review date set."), ""
        elif review < today:
            text = self.tr("Review due: the plan was to be reviewed on %1.").replace(
                "%1", long_date_text(review)
            )
            style = REVIEW_DUE_STYLE
        elif review == today:
            text, style = self.tr("Review due today."), REVIEW_DUE_STYLE
        else:
            text = self.tr("Next review: %1").replace("%1", long_date_text(review))
            style = ""
        self.review_label.setText(text)
        self.review_label.setStyleSheet(style)

    def _show_actions(self, actions: list[ActionView], today: date) -> None:
        for n, row in enumerate(self.action_rows):
            action = actions[n] if n < len(actions) else None
            for label in (row.when, row.what):
                label.setVisible(action is not None)
            if action is None:
                continue
            overdue = action.due_date is not None and action.due_date < today
            row.when.setText(
                when_text(action.due_date, today)
                if action.due_date is not None
                else self.tr("No date set")
            )
            font = row.when.font()
            font.setBold(action.due_date is not None and action.due_date <= today)
            row.when.setFont(font)
            row.when.setStyleSheet(f"color: {OVERDUE_COLOUR};" if overdue else "")
            area = need_area_label(action.area_key)
            row.what.setText(
                f"{html.escape(action.description)}&nbsp;&nbsp;"
                f'<span style="{MUTED_STYLE}">{html.escape(area)}</span>'
            )
            row.what.setAccessibleName(f"{action.description} ({area})")
        more = len(actions) - NEXT_ACTIONS
        if not actions:
            note = self.tr("No open actions. Open an area to add the next steps.")
        elif more == 1:
            note = self.tr("1 more open action in the plan.")
        elif more > 1:
            note = self.tr("%1 more open actions in the plan.").replace("%1", str(more))
        else:
            note = ""
        self.actions_note.setText(note)
        self.actions_note.setVisible(bool(note))

    # -- reading back (for tests and assistive checks) ---------------------------------------

    def area_statuses(self) -> list[tuple[str, str]]:
        """Each area's title and status as shown, in checklist order."""
        return [(row.title.text(), row.status.text()) for row in self.area_rows.values()]

    def next_actions_shown(self) -> list[tuple[str, str]]:
        """The next actions shown: when (as shown), and what is to be done."""
        rows = [row for row in self.action_rows if not row.what.isHidden()]
        return [
            (row.when.text(), action.description)
            for row, action in zip(rows, self.shown_actions, strict=True)
        ]

    # -- the wizard -------------------------------------------------------------------------

    def open_wizard(self, only_area: str | None = None) -> None:
        """Start or continue the plan (or reopen one area on its own, ``only_area``)."""

        def make() -> QWizard:
            from ltsupport.ui.wizards.plan_wizard import PlanWizard

            return PlanWizard(self._workspace, self.client_id, self, only_area=only_area)

        not_found = (
            self.tr("Client not found"),
            self.tr("This client no longer exists. Go back to the list of clients."),
        )
        self._open_one_wizard(make, not_found)
