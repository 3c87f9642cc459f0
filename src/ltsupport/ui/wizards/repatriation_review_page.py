"""The repatriation wizard's last page: the person's wish, the protection-claim decision when
they fear harm, progress ("3 of 7 steps done") and every step with its status, its linked
catalogue entries and a Go to button to change it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ltsupport.checklist_return import RETURN_STEPS
from ltsupport.services.repatriation import RepatriationView
from ltsupport.services.workspace import Workspace
from ltsupport.ui.client_dialog import hint_label
from ltsupport.ui.wizards.repatriation_labels import progress_label, step_status_label, wish_label

NOTE_STYLE = "QLabel { background: #f3f5f8; border-left: 4px solid #8a9bb3; padding: 8px 10px; }"


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


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
        self.wish = QLabel()
        self.wish.setWordWrap(True)
        self.wish.setTextFormat(Qt.TextFormat.PlainText)
        self.wish.setAccessibleName(self.tr("The person's wish"))
        self.wish.setStyleSheet(NOTE_STYLE)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(300)
        self.progress.setAccessibleName(self.tr("Steps done"))
        self.progress_text = _bold("")
        self.progress_text.setAccessibleName(self.tr("Steps done"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        for index, text in enumerate((self.tr("Step"), self.tr("Status"), self.tr("Linked"))):
            grid.addWidget(_bold(text), 0, index)
        self.status_labels: dict[str, QLabel] = {}
        self.linked_labels: dict[str, QLabel] = {}
        self.go_buttons: dict[str, QPushButton] = {}
        for row, step in enumerate(RETURN_STEPS, start=1):
            title = step.title.get(lang)
            name = QLabel(f"{step.order}. {title}")
            name.setWordWrap(True)
            status, linked = QLabel(), QLabel()
            linked.setWordWrap(True)
            for label, what in ((status, self.tr("Status")), (linked, self.tr("Linked"))):
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setAccessibleName(f"{title}: {what}")
            button = QPushButton(self.tr("Go to"))
            button.setAccessibleName(self.tr("Go to %1").replace("%1", title))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, key=step.key: self.go_to.emit(key))
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

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        column.addWidget(self.wish)
        progress = QHBoxLayout()
        progress.setSpacing(12)
        progress.addWidget(self.progress)
        progress.addWidget(self.progress_text)
        progress.addStretch(1)
        column.addLayout(progress)
        column.addLayout(grid)
        column.addWidget(
            hint_label(self.tr("Risk notes are for staff only and never printed on any copy."))
        )
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
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
