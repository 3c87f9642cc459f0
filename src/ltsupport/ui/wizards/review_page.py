"""The plan wizard's last page: every needs area at a glance (status, the start of the goal,
actions), which areas are not assessed yet, and a Go to button to change one."""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget, QWizardPage

from ltsupport.checklist import NEED_AREAS, NeedStatus
from ltsupport.models import ActionStatus
from ltsupport.services.plans import AssessmentView, PlanView
from ltsupport.services.workspace import Workspace
from ltsupport.ui.client_dialog import hint_label
from ltsupport.ui.labels import need_status_label
from ltsupport.ui.wizards.review_parts import (
    go_to_button,
    note_label,
    review_grid,
    row_labels,
    scrolling_body,
)

GOAL_PREVIEW = 90


class ReviewPage(QWizardPage):
    """Reads the plan each time it is shown; :attr:`go_to` asks the wizard for an area."""

    go_to = Signal(str)

    def __init__(
        self, workspace: Workspace, plan_id: uuid.UUID, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._plan_id = plan_id
        self.key = "review"
        self.dirty = False
        self.setTitle(self.tr("Review the plan"))
        self.setSubTitle(
            self.tr(
                "Look over each area with the person. Finish makes the plan active; any area "
                "can be opened again later."
            )
        )
        self.missing = note_label(self.tr("Areas not assessed yet"))

        grid = review_grid(
            (self.tr("Area"), self.tr("Status"), self.tr("Goal"), self.tr("Actions"))
        )
        self.status_labels: dict[str, QLabel] = {}
        self.goal_labels: dict[str, QLabel] = {}
        self.action_labels: dict[str, QLabel] = {}
        self.go_buttons: dict[str, QPushButton] = {}
        for row, area in enumerate(NEED_AREAS, start=1):
            title = area.title.get(lang)
            name = QLabel(f"{area.order}. {title}")
            name.setWordWrap(True)
            status, goal, actions = row_labels(
                title, (self.tr("Status"), self.tr("Goal"), self.tr("Actions"))
            )
            goal.setWordWrap(True)
            button = go_to_button(
                self.tr("Go to"),
                self.tr("Go to %1").replace("%1", title),
                partial(self.go_to.emit, area.key),
            )
            grid.addWidget(name, row, 0)
            grid.addWidget(status, row, 1)
            grid.addWidget(goal, row, 2)
            grid.addWidget(actions, row, 3)
            grid.addWidget(button, row, 4)
            self.status_labels[area.key] = status
            self.goal_labels[area.key] = goal
            self.action_labels[area.key] = actions
            self.go_buttons[area.key] = button
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 5)
        grid.setColumnMinimumWidth(1, 130)

        hint = hint_label(
            self.tr("Worker notes and legal details are never printed on the client's copy.")
        )
        scrolling_body(self, (self.missing, grid, hint))
        self.first_field: QWidget = self.go_buttons[NEED_AREAS[0].key]
        self._titles = {area.key: area.title.get(lang) for area in NEED_AREAS}

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.show_plan(self._workspace.plans.get(self._plan_id))

    def show_plan(self, plan: PlanView) -> None:
        missing: list[str] = []
        for area in NEED_AREAS:
            assessment = plan.area(area.key)
            self.status_labels[area.key].setText(need_status_label(assessment.status))
            self.goal_labels[area.key].setText(self._goal_text(assessment))
            self.action_labels[area.key].setText(self._actions_text(assessment))
            if assessment.status is NeedStatus.NOT_ASSESSED:
                missing.append(self._titles[area.key])
        if missing:
            self.missing.setText(
                self.tr(
                    "Not assessed yet: %1. That is fine if the person is not ready; use Go to "
                    "when you want to talk about one."
                ).replace("%1", ", ".join(missing))
            )
        else:
            self.missing.setText(self.tr("Every area has been talked through."))

    def _goal_text(self, assessment: AssessmentView) -> str:
        first = assessment.goal.strip().splitlines()[0] if assessment.goal.strip() else ""
        if not first:
            return self.tr("No goal written yet")
        if len(first) > GOAL_PREVIEW:
            return first[: GOAL_PREVIEW - 1].rstrip() + "…"
        return first

    def _actions_text(self, assessment: AssessmentView) -> str:
        total = len(assessment.actions)
        if not total:
            return self.tr("None")
        done = sum(1 for a in assessment.actions if a.status is ActionStatus.DONE)
        text = (
            self.tr("1 action") if total == 1 else self.tr("%1 actions").replace("%1", str(total))
        )
        if done:
            text += ", " + self.tr("%1 done").replace("%1", str(done))
        return text

    def not_assessed_text(self) -> str:
        return self.missing.text()
