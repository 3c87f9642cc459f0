"""The return-home section of a client's screen: the repatriation plan at a glance.

No plan: "No return is planned." and a button to talk about it with the person. The person
wishes to stay, or has not decided: that, in words, and the same button. A return: progress
("3 of 7 steps done"), the decision about a refugee protection claim when the person fears harm
on return, every step with its status in words (the colour only repeats it) and an Open button
to reopen that step on its own, and the dates coming up (the travel date first among them) with
any court dates that affect travel.

The wizard is imported only when it is opened, and the overview is read again when it closes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ltsupport.checklist import StepStatus
from ltsupport.checklist_return import RETURN_STEPS, step_details
from ltsupport.models import ReturnWish
from ltsupport.services.repatriation import RepatriationView
from ltsupport.services.today import local_today
from ltsupport.services.workspace import Workspace
from ltsupport.ui.client_dialog import hint_label
from ltsupport.ui.labels import ui_language
from ltsupport.ui.qtmodels.today_table_model import when_text
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
from ltsupport.ui.wizards.repatriation_labels import (
    STEP_STATUS_STYLES,
    fear_label,
    progress_label,
    step_status_label,
    wish_label,
)

COMING_UP = 5
PROTECTION_STYLE = (
    "QLabel { background: #fff4e5; border: 2px solid #b45309; border-radius: 6px;"
    " padding: 8px 10px; }"
)
COURT_DATES = ("police_crown", "court_dates")


def _heading(text: str = "") -> QLabel:
    return section_heading(text, wrap=True)


def _text(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(name)
    return label


@dataclass
class StepRow:
    """The widgets showing one return step."""

    title: QLabel
    status: QLabel
    open_button: QPushButton


class RepatriationOverview(WizardOverview):
    """The client's return plan at a glance. ``today_provider`` gives the worker's date (by
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
        self.plan: RepatriationView | None = None

        self.pages = QStackedWidget()
        self.none_page = self._build_none_page()
        self.not_returning_page = self._build_not_returning_page()
        self.return_page = self._build_return_page()
        self._show_pages(self.pages, self.none_page, self.not_returning_page, self.return_page)

    # -- building ---------------------------------------------------------------------------

    def _talk_button(self) -> QPushButton:
        button = QPushButton(self.tr("&Talk about returning home…"))
        button.setAccessibleName(self.tr("Talk about returning home with the person"))
        button.clicked.connect(lambda: self.open_wizard())
        return button

    def _build_none_page(self) -> QWidget:
        heading = _heading(self.tr("No return is planned."))
        text = QLabel(
            self.tr(
                "A person who has been trafficked into Canada may wish to return to their country "
                "of origin. If they do, plan a safe trip home and a supported re-integration "
                "together, one step at a time. Everything is saved as you go."
            )
        )
        text.setWordWrap(True)
        self.start_button = self._talk_button()
        return message_page(heading, text, self.start_button, width=680)

    def _build_not_returning_page(self) -> QWidget:
        self.wish_heading = _heading()
        self.wish_heading.setAccessibleName(self.tr("The person's wish"))
        self.wish_text = _text(self.tr("About the person's wish"))
        self.talk_button = self._talk_button()
        return message_page(self.wish_heading, self.wish_text, self.talk_button, width=680)

    def _build_return_page(self) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(320)
        self.progress.setAccessibleName(self.tr("Steps done"))
        self.progress_text = _heading()
        self.progress_text.setAccessibleName(self.tr("Steps done"))
        self.whole_button = QPushButton(self.tr("&Go through the whole return plan…"))
        self.whole_button.setAccessibleName(self.tr("Go through the whole return plan"))
        self.whole_button.clicked.connect(lambda: self.open_wizard())
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.progress_text)
        top.addWidget(self.progress, 1)
        top.addStretch(1)
        top.addWidget(self.whole_button)
        column.addLayout(top)

        self.protection = _text(self.tr("Refugee protection"))
        self.protection.setStyleSheet(PROTECTION_STYLE)
        column.addWidget(self.protection)

        column.addSpacing(6)
        column.addWidget(_heading(self.tr("Steps")))
        column.addLayout(self._build_step_grid())

        column.addSpacing(10)
        column.addWidget(_heading(self.tr("Coming up")))
        self.coming_up = _text(self.tr("Dates coming up"))
        self.court_dates = _text(self.tr("Court dates that affect travel"))
        column.addWidget(self.coming_up)
        column.addWidget(self.court_dates)
        column.addWidget(
            hint_label(self.tr("Risk notes stay in the steps: they are for staff only."))
        )
        column.addStretch(1)

        return see_through_scroll(content, self.whole_button)

    def _build_step_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        lang = ui_language()
        width = badge_width(self, (s.label(lang) for s in StepStatus))
        self.step_rows: dict[str, StepRow] = {}
        previous: QWidget = self.whole_button
        for row, step in enumerate(RETURN_STEPS):
            title = QLabel(f"{step.order}. {step.title.get(lang)}")
            status = status_badge(width)
            open_button = QPushButton(self.tr("Open…"))
            open_button.setAccessibleName(
                self.tr("Open %1 on its own").replace("%1", step.title.get(lang))
            )
            open_button.clicked.connect(lambda _=False, key=step.key: self.open_wizard(key))
            grid.addWidget(title, row, 0)
            grid.addWidget(status, row, 1, BADGE_ALIGNMENT)
            grid.addWidget(open_button, row, 2)
            QWidget.setTabOrder(previous, open_button)
            previous = open_button
            self.step_rows[step.key] = StepRow(title, status, open_button)
        grid.setColumnStretch(3, 1)
        return grid

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the plan again and show the page for its state."""
        plan = self._workspace.repatriation.get(self.client_id)
        self.plan = plan
        if plan is None:
            self.pages.setCurrentWidget(self.none_page)
        elif plan.wish is not ReturnWish.RETURN:
            self._show_not_returning(plan)
            self.pages.setCurrentWidget(self.not_returning_page)
        else:
            self._show_return(plan)
            self.pages.setCurrentWidget(self.return_page)

    def _show_not_returning(self, plan: RepatriationView) -> None:
        self.wish_heading.setText(wish_label(plan.wish))
        lines = [self.tr("No return is planned. You can come back to this at any time.")]
        if plan.fears_harm_on_return is not None:
            lines.append(
                self.tr("Fears harm if they return: %1.").replace(
                    "%1", fear_label(plan.fears_harm_on_return)
                )
            )
        if plan.protection_claim_decision:
            lines.append(
                self.tr("Decision about a protection claim: %1").replace(
                    "%1", plan.protection_claim_decision
                )
            )
        self.wish_text.setText("\n".join(lines))

    def _show_return(self, plan: RepatriationView) -> None:
        done, total = plan.progress
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_text.setText(progress_label(done, total))
        self.progress.setAccessibleDescription(progress_label(done, total))
        self.protection.setVisible(plan.protection_check_needed)
        self.protection.setText(
            self.tr(
                "The person fears harm on return: a refugee protection claim should be "
                "considered before any repatriation. Decision recorded: %1"
            ).replace("%1", plan.protection_claim_decision)
        )
        lang = ui_language()
        for step in plan.steps:
            row = self.step_rows.get(step.step_key)
            if row is None:
                continue
            status = step_status_label(step.status)
            title = next(s.title.get(lang) for s in RETURN_STEPS if s.key == step.step_key)
            show_status(
                row.status,
                status,
                STEP_STATUS_STYLES[step.status],
                self.tr("Status of %1: %2").replace("%1", title).replace("%2", status),
            )
        self._show_coming_up(plan, lang)

    def _show_coming_up(self, plan: RepatriationView, lang: str) -> None:
        today = self._today_provider()
        items: list[tuple[date, str]] = []
        for step in RETURN_STEPS:
            saved = plan.step(step.key)
            for spec in step_details(step.key):
                value = saved.details.get(spec.key, "") if spec.kind == "date" else ""
                try:
                    when = date.fromisoformat(value) if value else None
                except ValueError:
                    when = None
                if when is not None and when >= today:
                    what = f"{spec.label.get(lang)} ({step.title.get(lang)})"
                    items.append((when, what))
        items.sort()
        lines = [f"{when_text(when, today)}: {what}" for when, what in items[:COMING_UP]]
        self.coming_up.setText("\n".join(lines) or self.tr("No dates coming up."))
        step_key, field = COURT_DATES
        court = plan.step(step_key).details.get(field, "")
        self.court_dates.setVisible(bool(court))
        self.court_dates.setText(self.tr("Court dates that affect travel: %1").replace("%1", court))

    # -- reading back (for tests and assistive checks) ---------------------------------------

    def step_statuses(self) -> list[tuple[str, str]]:
        """Each step's title and status as shown, in order."""
        return [(row.title.text(), row.status.text()) for row in self.step_rows.values()]

    def coming_up_shown(self) -> list[str]:
        text = self.coming_up.text()
        return text.splitlines() if text != self.tr("No dates coming up.") else []

    # -- the wizard -------------------------------------------------------------------------

    def open_wizard(self, only_step: str | None = None) -> None:
        """Talk about returning home, or continue the plan (or reopen one step on its own,
        ``only_step``)."""

        def make() -> QWizard:
            from ltsupport.ui.wizards.repatriation_wizard import RepatriationWizard

            return RepatriationWizard(self._workspace, self.client_id, self, only_step=only_step)

        not_found = (
            self.tr("Client not found"),
            self.tr("This client no longer exists. Go back to the list of clients."),
        )
        self._open_one_wizard(make, not_found)
