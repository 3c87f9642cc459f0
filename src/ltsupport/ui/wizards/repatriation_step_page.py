"""One page of the repatriation wizard for one return step, built from the step's data
(``checklist_return.RETURN_STEPS`` and ``step_details``).

Left, the conversation: questions to talk through, where the step stands (status, started and
done dates), notes, and risk notes that are for staff only and never printed. Right, the work:
the step's own fields, the person's trusted contacts (first step), the embassy or consulate
finder (third step), and the catalogue entries linked to the step, with IOM and UNHCR
suggested on the migration organisations step and "Add to the catalogue…" for services found
in the home country.

The page saves when the wizard asks (:meth:`save`); the lists save their records at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ltsupport.checklist import RepatriationStep, StepStatus
from ltsupport.checklist_return import step_details
from ltsupport.services.catalogue import ResourceSummary
from ltsupport.services.contacts import ContactView
from ltsupport.services.errors import Problem, ValidationError
from ltsupport.services.repatriation import StepInput, StepView
from ltsupport.services.workspace import Workspace
from ltsupport.ui.widgets.field_messages import error_label, hint_label
from ltsupport.ui.wizards.area_sections import ContactsSection
from ltsupport.ui.wizards.date_field import DateField
from ltsupport.ui.wizards.detail_fields import DetailsForm, FieldForm, problem_text, text_box
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
from ltsupport.ui.wizards.repatriation_labels import step_status_label
from ltsupport.ui.wizards.repatriation_sections import (
    CONSULATES,
    ConsulateFinder,
    LinkedEntriesSection,
)

TRUSTED_CONTACTS = "trusted_contacts"
EMBASSY = "embassy_consulate"
HOME_SERVICES = "home_country_services"
MIGRATION = "migration_organisations"
MIGRATION_CATEGORY = "migration_refugee_organisations"
NOTES_LINES = 4


class ReturnStepPage(QWizardPage):
    """The page for ``step``, showing ``saved`` (the step as last saved). ``country`` is the
    person's country of origin (two letters) when the client's record has one."""

    edited = Signal()
    """The worker changed something on the page that is saved with the page."""

    def __init__(
        self,
        workspace: Workspace,
        plan_id: uuid.UUID,
        client_id: uuid.UUID,
        step: RepatriationStep,
        saved: StepView,
        *,
        lang: str,
        country: str | None = None,
        contacts: Sequence[ContactView] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._plan_id = plan_id
        self.step = step
        self.key = step.key
        self._saved = saved
        self.dirty = False
        self.setTitle(step.title.get(lang))
        self.setSubTitle(step.seed_text.get(lang))

        self.summary = summary_label(self.tr("Problems to correct"))

        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self._questions(step, lang))
        left.addWidget(self._where_it_stands())
        left.addLayout(self._notes())
        left.addWidget(self._risk_notes())
        left.addStretch(1)
        order: list[QWidget] = [
            self.status,
            *self.started.focus_widgets(),
            *self.done.focus_widgets(),
            self.notes,
            self.risk_notes,
        ]

        right = QVBoxLayout()
        right.setSpacing(14)
        self.details: DetailsForm | None = None
        fields = step_details(step.key)
        if fields:
            self.details = DetailsForm(fields, lang)
            right.addWidget(self._details_box(step, lang, self.details))
            order += self.details.focus_order()
        self.contacts: ContactsSection | None = None
        if step.key == TRUSTED_CONTACTS:
            self.contacts = ContactsSection(workspace, client_id, contacts)
            right.addWidget(self.contacts)
            order += self.contacts.focus_order()
        self.linked = LinkedEntriesSection(
            workspace,
            plan_id,
            step.key,
            saved.resources,
            category={EMBASSY: CONSULATES, MIGRATION: MIGRATION_CATEGORY}.get(step.key),
            country=country if step.key == HOME_SERVICES else None,
            suggested=self._suggestions() if step.key == MIGRATION else (),
            can_add=step.key == HOME_SERVICES,
        )
        self.consulates: ConsulateFinder | None = None
        if step.key == EMBASSY:
            self.consulates = ConsulateFinder(workspace, country, self.linked)
            right.addWidget(self.consulates)
            order += self.consulates.focus_order()
        right.addWidget(self.linked)
        right.addStretch(1)
        order += self.linked.focus_order()

        self.scroll_area = two_columns(self, self.summary, left, right, order)
        self.first_field: QWidget = self.status
        self._problems = PageProblems(
            self.summary,
            self.scroll_area,
            {
                "notes": (self.notes_error, self.notes),
                "risk_notes": (self.risk_error, self.risk_notes),
            },
            (self.when, self.details),
        )

        self._load(saved)
        self.status.currentIndexChanged.connect(self._edited)
        for date_field in (self.started, self.done):
            date_field.changed.connect(self._edited)
        for box in (self.notes, self.risk_notes):
            box.textChanged.connect(self._edited)
        if self.details is not None:
            self.details.changed.connect(self._edited)

    # -- building ---------------------------------------------------------------------------

    def _questions(self, step: RepatriationStep, lang: str) -> QGroupBox:
        return questions_box(
            self.tr("Questions to talk through"),
            [prompt.get(lang) for prompt in step.prompts],
            self.tr("At the person's pace: they choose what to talk about."),
        )

    def _where_it_stands(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where this step stands"))
        self.status = QComboBox()
        for status in StepStatus:
            self.status.addItem(step_status_label(status), status)
        self.status.setAccessibleDescription(self.tr("Where things stand for this step."))
        self.started = DateField(self.tr("Started on"))
        self.done = DateField(self.tr("Done on"))
        self.when = FieldForm()
        self.when.add_row("status", self.tr("&Status"), self.status, name=self.tr("Status"))
        self.when.add_row("started_on", self.tr("St&arted on"), self.started)
        self.when.add_row(
            "done_on",
            self.tr("Don&e on"),
            self.done,
            hint=self.tr("Filled in with today's date when the step is marked done."),
        )
        column = QVBoxLayout(box)
        column.addWidget(self.when)
        return box

    def _notes(self) -> QVBoxLayout:
        label = heading(self.tr("Notes on this ste&p"))
        self.notes = text_box(self.tr("Notes on this step"), NOTES_LINES)
        hint = self.tr(
            "What was done and agreed. Write nothing here about the trafficker or about risks: "
            "use the risk notes below."
        )
        self.notes.setAccessibleDescription(hint)
        label.setBuddy(self.notes)
        self.notes_error = error_label(self.tr("Problem with the notes"))
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(label)
        column.addWidget(hint_label(hint))
        column.addWidget(self.notes)
        column.addWidget(self.notes_error)
        return column

    def _risk_notes(self) -> QFrame:
        name = self.tr("Risk notes — worker only, never printed")
        self.risk_notes = text_box(name, NOTES_LINES)
        hint = self.tr(
            "Dangers on return, who must not learn of the plans, anything about the "
            "trafficker. For staff only: never printed on any copy for the person."
        )
        self.risk_notes.setAccessibleDescription(hint)
        self.risk_error = error_label(self.tr("Problem with the risk notes"))
        frame, self.risk_label = staff_only_frame(
            self.tr("&Risk notes — worker only, never printed"),
            hint_label(hint),
            self.risk_notes,
            self.risk_error,
        )
        self.risk_label.setBuddy(self.risk_notes)
        return frame

    def _details_box(self, step: RepatriationStep, lang: str, form: DetailsForm) -> QWidget:
        form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        texts = DetailsTexts(
            title=self.tr("Details: %1").replace("%1", step.title.get(lang)),
            staff_only=self.tr("staff only"),
            none_printed=self.tr("None of this is printed on the client's copy."),
            all_printed=self.tr("These details are printed on the client's copy."),
            some_printed=self.tr("Only some of these details are printed on the client's copy."),
        )
        return details_box(form, texts)

    def _suggestions(self) -> list[tuple[ResourceSummary, str]]:
        """IOM and UNHCR, by the shipped catalogue's stable ids, to link in one click."""
        found = self._workspace.catalogue.search("", category=MIGRATION_CATEGORY)
        by_key = {summary.key: summary for summary in found}
        texts = {"iom-canada": self.tr("Link &IOM"), "unhcr": self.tr("Link UN&HCR")}
        return [(by_key[key], text) for key, text in texts.items() if key in by_key]

    # -- values -----------------------------------------------------------------------------

    def _load(self, step: StepView) -> None:
        self.status.setCurrentIndex(max(self.status.findData(step.status), 0))
        self.started.set_value(step.started_on)
        self.done.set_value(step.done_on)
        self.notes.setPlainText(step.notes)
        self.risk_notes.setPlainText(step.risk_notes)
        if self.details is not None:
            self.details.set_values(step.details)

    def _edited(self) -> None:
        self.dirty = True
        self.edited.emit()

    def current_input(self) -> StepInput:
        return StepInput(
            status=StepStatus(self.status.currentData()),
            started_on=self.started.value(),
            done_on=self.done.value(),
            notes=self.notes.toPlainText(),
            risk_notes=self.risk_notes.toPlainText(),
            details=self.details.values() if self.details is not None else {},
        )

    def saved_step(self) -> StepView:
        return self._saved

    # -- saving -----------------------------------------------------------------------------

    def save(self, *, keep_going: bool = False) -> None:
        """Save what the page holds. Raises :class:`ValidationError` with every problem; with
        ``keep_going`` everything else is saved first (the fields with a problem keep their
        last saved value in the vault, and what was typed stays on the page)."""
        if not self.dirty:
            return
        data = self.current_input()
        service = self._workspace.repatriation
        try:
            self._saved = service.save_step(self._plan_id, self.key, data)
        except ValidationError as exc:
            if keep_going:
                kept = self._without(data, {p.field for p in exc.problems})
                self._saved = service.save_step(self._plan_id, self.key, kept)
            raise
        self.dirty = False
        if self._saved.done_on != self.done.value():  # marked done: the service dated it
            blocked = self.done.blockSignals(True)
            self.done.set_value(self._saved.done_on)
            self.done.blockSignals(blocked)
        self.clear_problems()

    def _without(self, data: StepInput, fields: set[str]) -> StepInput:
        """``data`` with the ``fields`` that have a problem put back to their saved value."""
        saved = self._saved
        details: Mapping[str, str] = {
            key: (saved.details.get(key, "") if key in fields else value)
            for key, value in data.details.items()
        }
        dates = {"started_on", "done_on"} & fields
        return replace(
            data,
            started_on=saved.started_on if dates else data.started_on,
            done_on=saved.done_on if dates else data.done_on,
            notes=saved.notes if "notes" in fields else data.notes,
            risk_notes=saved.risk_notes if "risk_notes" in fields else data.risk_notes,
            details=details,
        )

    # -- problems ---------------------------------------------------------------------------

    def clear_problems(self) -> None:
        self._problems.clear()

    def _problem_text(self, problem: Problem) -> str:
        if problem.code == "order":
            return self.tr("The date done cannot be before the date started.")
        spec = next((f for f in step_details(self.key) if f.key == problem.field), None)
        if spec is not None and problem.code == "invalid":
            code = {"date": "date", "choice": "choice"}.get(spec.kind, "too_long")
            return problem_text(Problem(problem.field, code, problem.message))
        return problem_text(problem)

    def show_problems(self, problems: Sequence[Problem], *, focus: bool = True) -> None:
        """Show each problem under its field and a line at the top; keep what was typed."""
        self.clear_problems()
        heading_text = self.tr("This page could not be saved yet. Please correct what is shown.")
        self._problems.show(problems, self._problem_text, heading_text, focus=focus)

    def error_text(self, field: str) -> str:
        """The problem shown for ``field`` (empty when there is none)."""
        return self._problems.error_text(field)
