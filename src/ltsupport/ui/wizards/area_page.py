"""One page of the plan wizard for one long-term needs area, built from the checklist data.

Left, the conversation: questions to talk through, where things stand, the person's goal in
their own words, and the worker's notes (never printed on the client's copy). Right, the work:
the area's own fields (from ``checklist_details``), the person's contacts or self-care plan
where the area is about them, the actions, and the catalogue services to refer to.

The page saves when the wizard asks (:meth:`save`); the lists save their records at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ltsupport.checklist import NeedArea, NeedStatus
from ltsupport.checklist_details import CONTACTS_AREA, SELF_CARE_AREA, details_for
from ltsupport.models import Priority
from ltsupport.services.catalogue import ResourceSummary
from ltsupport.services.contacts import ContactView
from ltsupport.services.errors import Problem, ValidationError
from ltsupport.services.plans import AreaInput, AssessmentView
from ltsupport.services.referrals import ReferralView
from ltsupport.services.self_care import SelfCareInput
from ltsupport.services.workspace import Workspace
from ltsupport.ui.labels import need_status_label, priority_label
from ltsupport.ui.widgets.field_messages import error_label, hint_label
from ltsupport.ui.wizards.area_sections import ActionsSection, ContactsSection, ResourcesSection
from ltsupport.ui.wizards.detail_fields import DetailsForm, SelfCareForm, problem_text, text_box
from ltsupport.ui.wizards.page_parts import (
    DetailsTexts,
    PageProblems,
    details_box,
    heading,
    questions_box,
    staff_only_frame,
    summary_label,
    two_columns,
)

GOAL_LINES = 6
NOTES_LINES = 4


class AreaPage(QWizardPage):
    """The page for ``area``, showing ``assessment`` (the area as last saved)."""

    edited = Signal()
    """The worker changed something on the page that is saved with the page."""

    def __init__(
        self,
        workspace: Workspace,
        plan_id: uuid.UUID,
        client_id: uuid.UUID,
        area: NeedArea,
        assessment: AssessmentView,
        *,
        lang: str,
        resources: Sequence[ResourceSummary] = (),
        referrals: Sequence[ReferralView] = (),
        contacts: Sequence[ContactView] = (),
        self_care: SelfCareInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._plan_id = plan_id
        self._client_id = client_id
        self.area = area
        self.key = area.key
        self._saved = assessment
        self._saved_self_care = self_care or SelfCareInput()
        self._area_dirty = False
        self._self_care_dirty = False
        self.setTitle(area.title.get(lang))
        self.setSubTitle(area.seed_text.get(lang))

        self.summary = summary_label(self.tr("Problems to correct"))

        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self._questions(area, lang))
        left.addLayout(self._status_row())
        left.addLayout(self._goal())
        left.addWidget(self._notes())
        left.addStretch(1)

        right = QVBoxLayout()
        right.setSpacing(14)
        order: list[QWidget] = [self.status, self.priority, self.goal, self.worker_notes]
        self.details: DetailsForm | None = None
        fields = details_for(area.key)
        if fields:
            self.details = DetailsForm(fields, lang)
            right.addWidget(self._details_box(area, lang, self.details))
            order += self.details.focus_order()
        self.self_care: SelfCareForm | None = None
        if area.key == SELF_CARE_AREA:
            self.self_care = SelfCareForm()
            box = QGroupBox(self.tr("The person's self-care plan, in their own words"))
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(
                hint_label(self.tr("Printed on the client's copy, as written here."))
            )
            box_layout.addWidget(self.self_care)
            right.addWidget(box)
            order += self.self_care.focus_order()
        self.contacts: ContactsSection | None = None
        if area.key == CONTACTS_AREA:
            self.contacts = ContactsSection(workspace, client_id, contacts)
            right.addWidget(self.contacts)
            order += self.contacts.focus_order()
        self.action_list = ActionsSection(
            workspace, plan_id, area.key, assessment.actions, resources
        )
        self.resources = ResourcesSection(workspace, client_id, area.key, resources, referrals)
        right.addWidget(self.action_list)
        right.addWidget(self.resources)
        right.addStretch(1)
        order += self.action_list.focus_order() + self.resources.focus_order()

        self.scroll_area = two_columns(self, self.summary, left, right, order)
        self.first_field: QWidget = self.status
        self._problems = PageProblems(
            self.summary,
            self.scroll_area,
            {
                "goal": (self.goal_error, self.goal),
                "worker_notes": (self.notes_error, self.worker_notes),
            },
            (self.details, self.self_care),
        )

        self._load(assessment)
        for combo in (self.status, self.priority):
            combo.currentIndexChanged.connect(self._area_edited)
        for text in (self.goal, self.worker_notes):
            text.textChanged.connect(self._area_edited)
        if self.details is not None:
            self.details.changed.connect(self._area_edited)
        if self.self_care is not None:
            self.self_care.set_value(self_care)
            self.self_care.changed.connect(self._self_care_edited)

    # -- building ---------------------------------------------------------------------------

    def _questions(self, area: NeedArea, lang: str) -> QGroupBox:
        return questions_box(
            self.tr("Questions to talk through"),
            [prompt.get(lang) for prompt in area.prompts],
            self.tr("At the person's pace: they choose what to talk about."),
        )

    def _status_row(self) -> QHBoxLayout:
        self.status = QComboBox()
        for status in NeedStatus:
            self.status.addItem(need_status_label(status), status)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setAccessibleDescription(self.tr("Where things stand for this area."))
        self.priority = QComboBox()
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority)
        self.priority.setAccessibleName(self.tr("Priority"))
        status_label = QLabel(self.tr("&Status"))
        status_label.setBuddy(self.status)
        priority_label_ = QLabel(self.tr("&Priority"))
        priority_label_.setBuddy(self.priority)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(status_label)
        row.addWidget(self.status, 1)
        row.addSpacing(16)
        row.addWidget(priority_label_)
        row.addWidget(self.priority, 1)
        return row

    def _goal(self) -> QVBoxLayout:
        label = heading(self.tr("&Goal, in the person's own words"), 1.15)
        self.goal = text_box(self.tr("Goal, in the person's own words"), GOAL_LINES)
        font = self.goal.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.goal.setFont(font)
        self.goal.setFixedHeight(self.goal.fontMetrics().lineSpacing() * GOAL_LINES + 16)
        self.goal.setPlaceholderText(self.tr("In the person's words, for example: “I want to …”"))
        hint = self.tr("Write it as the person says it. It is printed on their copy of the plan.")
        self.goal.setAccessibleDescription(hint)
        label.setBuddy(self.goal)
        self.goal_error = error_label(self.tr("Problem with the goal"))
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(label)
        column.addWidget(hint_label(hint))
        column.addWidget(self.goal)
        column.addWidget(self.goal_error)
        return column

    def _notes(self) -> QFrame:
        name = self.tr("Worker notes — never printed on the client's copy")
        self.worker_notes = text_box(name, NOTES_LINES)
        self.worker_notes.setAccessibleDescription(
            self.tr("For staff only. Left out of the plan printed for the person.")
        )
        self.notes_error = error_label(self.tr("Problem with the worker notes"))
        frame, self.notes_label = staff_only_frame(
            self.tr("&Worker notes — never printed on the client's copy"),
            self.worker_notes,
            self.notes_error,
        )
        self.notes_label.setBuddy(self.worker_notes)
        return frame

    def _details_box(self, area: NeedArea, lang: str, form: DetailsForm) -> QWidget:
        texts = DetailsTexts(
            title=self.tr("Details: %1").replace("%1", area.title.get(lang)),
            staff_only=self.tr("staff only"),
            none_printed=self.tr("None of this is printed on the client's copy."),
            all_printed=self.tr("These details are printed on the client's copy."),
            some_printed=self.tr("Only some of these details are printed on the client's copy."),
        )
        box = details_box(form, texts)
        if isinstance(box, QGroupBox):  # a staff-only frame keeps the form's own size policy
            form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return box

    # -- values -----------------------------------------------------------------------------

    def _load(self, assessment: AssessmentView) -> None:
        self.status.setCurrentIndex(max(self.status.findData(assessment.status), 0))
        self.priority.setCurrentIndex(max(self.priority.findData(assessment.priority), 0))
        self.goal.setPlainText(assessment.goal)
        self.worker_notes.setPlainText(assessment.worker_notes)
        if self.details is not None:
            self.details.set_values(assessment.details)

    def _area_edited(self) -> None:
        self._area_dirty = True
        self.edited.emit()

    def _self_care_edited(self) -> None:
        self._self_care_dirty = True
        self.edited.emit()

    @property
    def dirty(self) -> bool:
        """Something typed on the page is not saved yet."""
        return self._area_dirty or self._self_care_dirty

    def current_input(self) -> AreaInput:
        return AreaInput(
            status=NeedStatus(self.status.currentData()),
            priority=Priority(self.priority.currentData()),
            goal=self.goal.toPlainText(),
            worker_notes=self.worker_notes.toPlainText(),
            details=self.details.values() if self.details is not None else {},
        )

    def saved_assessment(self) -> AssessmentView:
        return self._saved

    # -- saving -----------------------------------------------------------------------------

    def save(self, *, keep_going: bool = False) -> None:
        """Save what the page holds. Raises :class:`ValidationError` with every problem;
        with ``keep_going`` everything else is saved first (the fields with a problem keep
        their last saved value in the vault, and what was typed stays on the page)."""
        problems: list[Problem] = []
        if self._area_dirty:
            data = self.current_input()
            try:
                self._saved = self._workspace.plans.save_area(self._plan_id, self.key, data)
                self._area_dirty = False
            except ValidationError as exc:
                problems += exc.problems
                if keep_going:
                    kept = self._without(data, {p.field for p in exc.problems})
                    self._saved = self._workspace.plans.save_area(self._plan_id, self.key, kept)
        if self.self_care is not None and self._self_care_dirty:
            value = self.self_care.value()
            try:
                self._saved_self_care = self._workspace.self_care.save(self._client_id, value)
                self._self_care_dirty = False
            except ValidationError as exc:
                problems += exc.problems
                if keep_going:
                    bad = {p.field: getattr(self._saved_self_care, p.field) for p in exc.problems}
                    self._saved_self_care = self._workspace.self_care.save(
                        self._client_id, replace(value, **bad)
                    )
        if problems:
            raise ValidationError(problems)
        self.clear_problems()

    def _without(self, data: AreaInput, fields: set[str]) -> AreaInput:
        """``data`` with the ``fields`` that have a problem put back to their saved value."""
        saved = self._saved
        details = {
            key: (saved.details.get(key, "") if key in fields else value)
            for key, value in data.details.items()
        }
        return replace(
            data,
            goal=saved.goal if "goal" in fields else data.goal,
            worker_notes=saved.worker_notes if "worker_notes" in fields else data.worker_notes,
            details=details,
        )

    # -- problems ---------------------------------------------------------------------------

    def clear_problems(self) -> None:
        self._problems.clear()

    def show_problems(self, problems: Sequence[Problem], *, focus: bool = True) -> None:
        """Show each problem under its field and a line at the top; keep what was typed."""
        self.clear_problems()
        heading_text = self.tr("This page could not be saved yet. Please correct what is shown.")
        self._problems.show(problems, problem_text, heading_text, focus=focus)

    def error_text(self, field: str) -> str:
        """The problem shown for ``field`` (empty when there is none)."""
        return self._problems.error_text(field)
