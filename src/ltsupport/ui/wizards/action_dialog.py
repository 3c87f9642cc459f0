"""Add or edit one action of a needs area: what is to be done, who does it (the person, the
worker or an organisation), by when, and the catalogue service it involves, if any."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ltsupport.models import ActionOwner, ActionStatus
from ltsupport.services.catalogue import ResourceSummary
from ltsupport.services.errors import Problem
from ltsupport.services.plans import ActionInput, ActionView
from ltsupport.services.workspace import Workspace
from ltsupport.ui.client_dialog import hint_label
from ltsupport.ui.labels import action_owner_label, action_status_label, resource_name
from ltsupport.ui.wizards.date_field import DateField
from ltsupport.ui.wizards.detail_fields import FieldForm
from ltsupport.ui.wizards.page_parts import summary_label
from ltsupport.ui.wizards.record_dialog import RecordDialog

log = logging.getLogger(__name__)


class ActionDialog(RecordDialog):
    """Add an action to ``area_key`` of the plan (``action=None``) or edit ``action``.
    ``resources`` are the catalogue services that may be linked. :attr:`saved` holds the
    result after Save."""

    _log = log
    _keep_failed = "Keeping an unsaved action failed (%s)."

    def __init__(
        self,
        workspace: Workspace,
        plan_id: uuid.UUID,
        area_key: str,
        resources: Sequence[ResourceSummary] = (),
        action: ActionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._plan_id = plan_id
        self._area_key = area_key
        self._action = action
        self.saved: ActionView | None = None
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("Add an action"))
        self.setModal(True)

        intro = hint_label(
            self.tr("One concrete step, and who will take it. Fields marked * are required.")
        )
        self.summary = summary_label(self.tr("Problems to correct"))

        self.description = QLineEdit()
        self.description.setMaxLength(1000)
        self.description.setPlaceholderText(self.tr("for example Visit two apartments"))
        self.owner = QComboBox()
        for owner in ActionOwner:
            self.owner.addItem(action_owner_label(owner), owner)
        self.owner_name = QLineEdit()
        self.owner_name.setMaxLength(200)
        self.due = DateField(self.tr("Due date"))
        self.resource = QComboBox()
        self.resource.addItem(self.tr("No linked service"), None)
        for summary in resources:
            self.resource.addItem(resource_name(summary.name, summary.name_fr), summary.id)
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(action_status_label(status), status)

        self.fields = FieldForm()
        self.fields.add_row(
            "description",
            self.tr("&What *"),
            self.description,
            name=self.tr("What is to be done"),
        )
        self.fields.add_row("owner", self.tr("W&ho"), self.owner, name=self.tr("Who does it"))
        self.fields.add_row(
            "owner_name",
            self.tr("N&ame"),
            self.owner_name,
            hint=self.tr("Required when an organisation will do it (unless a service is linked)."),
            name=self.tr("Name of the organisation or person"),
        )
        self.fields.add_row("due_date", self.tr("&Due"), self.due)
        self.fields.add_row(
            "resource_id",
            self.tr("&Linked service"),
            self.resource,
            name=self.tr("Linked service from the catalogue"),
        )
        if action is not None:
            self.fields.add_row("status", self.tr("S&tatus"), self.status, name=self.tr("Status"))
        else:
            self.status.hide()

        self._lay_out(intro, self.tr("&Save"), self.tr("Cancel"))

        if action is not None:
            self.description.setText(action.description)
            self.owner.setCurrentIndex(max(self.owner.findData(action.owner), 0))
            self.owner_name.setText(action.owner_name)
            self.due.set_value(action.due_date)
            self.resource.setCurrentIndex(max(self.resource.findData(action.resource_id), 0))
            self.status.setCurrentIndex(max(self.status.findData(action.status), 0))
        self._initial = (self.current_input(), self.current_status())
        self.resize(600, self.sizeHint().height())
        self.description.setFocus()

    def current_input(self) -> ActionInput:
        resource = self.resource.currentData()
        return ActionInput(
            description=self.description.text(),
            owner=ActionOwner(self.owner.currentData()),
            owner_name=self.owner_name.text(),
            due_date=self.due.value(),
            resource_id=resource if isinstance(resource, uuid.UUID) else None,
        )

    def current_status(self) -> ActionStatus:
        return ActionStatus(self.status.currentData())

    def has_changes(self) -> bool:
        return (self.current_input(), self.current_status()) != self._initial

    def _problem_text(self, problem: Problem) -> str:
        known = {
            ("description", "required"): self.tr("Say what is to be done."),
            ("description", "too_long"): self.tr(
                "Keep the action short (1,000 characters at most)."
            ),
            ("owner_name", "required"): self.tr("Name the organisation that will do this."),
        }
        return known.get((problem.field, problem.code), problem.message)

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        self._show_problems(problems, self.tr("Please correct the problems shown before saving."))

    def _store(self) -> None:
        data = self.current_input()
        if self._action is None:
            self.saved = self._workspace.plans.add_action(self._plan_id, self._area_key, data)
            return
        saved = self._workspace.plans.update_action(self._action.id, data)
        if self.current_status() is not saved.status:
            saved = self._workspace.plans.set_action_status(saved.id, self.current_status())
        self.saved = saved

    def _not_found(self) -> tuple[str, str]:
        return (
            self.tr("Not found"),
            self.tr("This plan or action no longer exists. Nothing was saved."),
        )

    def _discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Discard this action?"),
            self.tr("Close without saving? What you typed in this action will be lost."),
        )
