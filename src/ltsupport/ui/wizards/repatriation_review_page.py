"""The repatriation wizard's last page: the person's wish, the protection-claim decision when
they fear harm, progress ("3 of 7 steps done") and every step with its status, its linked
catalogue entries and a Go to button to change it."""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
    QWizardPage,
)

from ltsupport.checklist_return import RETURN_STEPS
from ltsupport.services.repatriation import RepatriationView
from ltsupport.services.workspace import Workspace
from ltsupport.ui.client_dialog import hint_label
from ltsupport.ui.wizards.repatriation_labels import progress_label, step_status_label, wish_label
from ltsupport.ui.wizards.review_parts import (
    bold_label,
    go_to_button,
    note_label,
    review_grid,
    row_labels,
    scrolling_body,
)


class ReturnReviewPage(QWizardPage):
    """Reads the plan each time it is shown; :attr:`go_to` asks the wizard for a step."""

    go_to = Signal(str)

    def __init__(
        self, workspace: Workspace, client_id: uuid.UUID, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id = client_id
        self.key = "review"
        self.dirty = False
        self.setTitle(self.tr("Review the return plan"))
        self.setSubTitle(
            self.tr(
                "Look over each step with the person. Any step can be opened again later, from "
                "here or from the client's screen."
            )
        )
        self.wish = note_label(self.tr("The person's wish"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(300)
        self.progress.setAccessibleName(self.tr("Steps done"))
        self.progress_text = bold_label("")
        self.progress_text.setAccessibleName(self.tr("Steps done"))

        grid = review_grid((self.tr("Step"), self.tr("Status"), self.tr("Linked")))
        self.status_labels: dict[str, QLabel] = {}
        self.linked_labels: dict[str, QLabel] = {}
        self.go_buttons: dict[str, QPushButton] = {}
        for row, step in enumerate(RETURN_STEPS, start=1):
            title = step.title.get(lang)
            name = QLabel(f"{step.order}. {title}")
            name.setWordWrap(True)
            status, linked = row_labels(title, (self.tr("Status"), self.tr("Linked")))
            linked.setWordWrap(True)
            button = go_to_button(
                self.tr("Go to"),
                self.tr("Go to %1").replace("%1", title),
                partial(self.go_to.emit, step.key),
            )
            grid.addWidget(name, row, 0)
            grid.addWidget(status, row, 1)
            grid.addWidget(linked, row, 2)
            grid.addWidget(button, row, 3)
            self.status_labels[step.key] = status
            self.linked_labels[step.key] = linked
            self.go_buttons[step.key] = button
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(2, 5)
        grid.setColumnMinimumWidth(1, 130)

        progress = QHBoxLayout()
        progress.setSpacing(12)
        progress.addWidget(self.progress)
        progress.addWidget(self.progress_text)
        progress.addStretch(1)
        hint = hint_label(self.tr("Risk notes are for staff only and never printed on any copy."))
        scrolling_body(self, (self.wish, progress, grid, hint))
        self.first_field: QWidget = self.go_buttons[RETURN_STEPS[0].key]

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        plan = self._workspace.repatriation.get(self._client_id)
        if plan is not None:
            self.show_plan(plan)

    def show_plan(self, plan: RepatriationView) -> None:
        lines = [wish_label(plan.wish)]
        if plan.protection_check_needed:
            lines.append(
                self.tr(
                    "The person fears harm on return. Decision about a protection claim: %1"
                ).replace("%1", plan.protection_claim_decision or self.tr("none recorded"))
            )
        self.wish.setText("\n".join(lines))
        done, total = plan.progress
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_text.setText(progress_label(done, total))
        self.progress.setAccessibleDescription(progress_label(done, total))
        for step in plan.steps:
            if step.step_key not in self.status_labels:
                continue
            self.status_labels[step.step_key].setText(step_status_label(step.status))
            names = ", ".join(r.name for r in step.resources)
            self.linked_labels[step.step_key].setText(names or self.tr("None"))

    def progress_shown(self) -> str:
        return self.progress_text.text()
