"""The lists on a needs-area page: the area's actions, the person's trusted contacts (social
support network) and the catalogue services for the area, with one-click referral.

Each list saves through its service at once (an action, a contact or a referral is its own
record), so nothing here waits for the page to be left.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ltsupport.models import ActionStatus, ReferralStatus
from ltsupport.services.catalogue import ResourceSummary
from ltsupport.services.contacts import ContactView
from ltsupport.services.errors import NotFoundError, ServiceError
from ltsupport.services.plans import ActionView
from ltsupport.services.referrals import ReferralView
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.labels import (
    action_owner_label,
    action_status_label,
    category_label,
    contact_kind_label,
    date_text,
    place_label,
    referral_status_label,
    resource_name,
    yes_no_unknown_label,
)
from ltsupport.ui.wizards.action_dialog import ActionDialog
from ltsupport.ui.wizards.contact_dialog import ContactDialog
from ltsupport.ui.wizards.list_section import ListSection


class ActionsSection(ListSection):
    """The area's actions: what, who, due date and status."""

    def __init__(
        self,
        workspace: Workspace,
        plan_id: uuid.UUID,
        area_key: str,
        actions: Sequence[ActionView],
        resources: Sequence[ResourceSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Actions"),
            [self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("Status")],
            list_name=self.tr("Actions"),
            empty_text=self.tr("No actions yet. Add the first step the person wants to take."),
            parent=parent,
        )
        self._workspace = workspace
        self._plan_id = plan_id
        self._area_key = area_key
        self._resources = list(resources)
        self.shown_actions: list[ActionView] = []
        self.new_button = self.add_button(self.tr("&Add action…"), self.tr("Add action"), self.add)
        self.edit_button = self.add_button(
            self.tr("&Edit…"), self.tr("Edit the selected action"), self.edit
        )
        self.done_button = self.add_button(
            self.tr("&Mark done"), self.tr("Mark the selected action done"), self.mark_done
        )
        self.remove_button = self.add_button(
            self.tr("Remo&ve"), self.tr("Remove the selected action"), self.remove
        )
        self.finish_buttons()
        self.table.doubleClicked.connect(self.edit)
        self.show_actions(actions)

    def show_actions(self, actions: Sequence[ActionView], select: uuid.UUID | None = None) -> None:
        self.shown_actions = list(actions)
        rows = []
        for action in self.shown_actions:
            who = action_owner_label(action.owner)
            if action.owner_name:
                who = f"{who}: {action.owner_name}"
            rows.append(
                (
                    action.id,
                    [
                        action.description,
                        who,
                        date_text(action.due_date) or self.tr("No date"),
                        action_status_label(action.status),
                    ],
                )
            )
        self.set_rows(rows, select)

    def _selected(self) -> ActionView | None:
        action_id = self.selected_id()
        return next((a for a in self.shown_actions if a.id == action_id), None)

    def update_buttons(self) -> None:
        action = self._selected()
        self.edit_button.setEnabled(action is not None)
        self.remove_button.setEnabled(action is not None)
        self.done_button.setEnabled(action is not None and action.status is ActionStatus.OPEN)

    def _reload(self, select: uuid.UUID | None = None) -> None:
        plan = self._workspace.plans.get(self._plan_id)
        self.show_actions(plan.area(self._area_key).actions, select)
        self.changed.emit()

    def _saved(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, ActionDialog) and dialog.saved is not None:
            self._reload(dialog.saved.id)

    def add(self) -> None:
        if self.dialog is None:
            dialog = ActionDialog(
                self._workspace, self._plan_id, self._area_key, self._resources, parent=self
            )
            self.open_dialog(dialog, self._saved)

    def edit(self) -> None:
        action = self._selected()
        if action is not None and self.dialog is None:
            dialog = ActionDialog(
                self._workspace,
                self._plan_id,
                self._area_key,
                self._resources,
                action,
                parent=self,
            )
            self.open_dialog(dialog, self._saved)

    def mark_done(self) -> None:
        action = self._selected()
        if action is None:
            return
        try:
            self._workspace.plans.set_action_status(action.id, ActionStatus.DONE)
        except NotFoundError:
            self._gone()
        self._reload(action.id)

    def remove(self) -> None:
        action = self._selected()
        if action is None or not dialogs.confirm(
            self,
            self.tr("Remove this action?"),
            self.tr("Remove “%1” from the plan?").replace("%1", action.description),
        ):
            return
        try:
            self._workspace.plans.delete_action(action.id)
        except NotFoundError:
            self._gone()
        self._reload()

    def _gone(self) -> None:
        dialogs.error(
            self,
            self.tr("Action not found"),
            self.tr("This action no longer exists. The list has been read again."),
        )


class ContactsSection(ListSection):
    """The person's trusted people, groups and professionals (their own records)."""

    def __init__(
        self,
        workspace: Workspace,
        client_id: uuid.UUID,
        contacts: Sequence[ContactView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("People, groups and professionals the person trusts"),
            [
                self.tr("Name (relationship)"),
                self.tr("Kind"),
                self.tr("Safe to contact?"),
                self.tr("Known to the trafficker?"),
            ],
            list_name=self.tr("Trusted contacts"),
            empty_text=self.tr("No one recorded yet."),
            parent=parent,
        )
        self._workspace = workspace
        self._client_id = client_id
        self.contacts: list[ContactView] = []
        self.new_button = self.add_button(
            self.tr("Add c&ontact…"), self.tr("Add a contact"), self.add
        )
        self.edit_button = self.add_button(
            self.tr("Edit conta&ct…"), self.tr("Edit the selected contact"), self.edit
        )
        self.remove_button = self.add_button(
            self.tr("Remove contac&t"), self.tr("Remove the selected contact"), self.remove
        )
        self.finish_buttons()
        self.table.doubleClicked.connect(self.edit)
        self.show_contacts(contacts)

    def show_contacts(
        self, contacts: Sequence[ContactView], select: uuid.UUID | None = None
    ) -> None:
        self.contacts = list(contacts)
        rows = [
            (
                c.id,
                [
                    f"{c.name} ({c.relationship_to_client})"
                    if c.relationship_to_client
                    else c.name,
                    contact_kind_label(c.kind),
                    yes_no_unknown_label(c.safe_to_contact),
                    yes_no_unknown_label(c.may_be_known_to_trafficker),
                ],
            )
            for c in self.contacts
        ]
        self.set_rows(rows, select)

    def _selected(self) -> ContactView | None:
        contact_id = self.selected_id()
        return next((c for c in self.contacts if c.id == contact_id), None)

    def update_buttons(self) -> None:
        selected = self._selected() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _reload(self, select: uuid.UUID | None = None) -> None:
        self.show_contacts(self._workspace.contacts.for_client(self._client_id), select)
        self.changed.emit()

    def _saved(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, ContactDialog) and dialog.saved is not None:
            self._reload(dialog.saved.id)

    def add(self) -> None:
        if self.dialog is None:
            self.open_dialog(
                ContactDialog(self._workspace, self._client_id, parent=self), self._saved
            )

    def edit(self) -> None:
        contact = self._selected()
        if contact is not None and self.dialog is None:
            dialog = ContactDialog(self._workspace, self._client_id, contact, parent=self)
            self.open_dialog(dialog, self._saved)

    def remove(self) -> None:
        contact = self._selected()
        if contact is None or not dialogs.confirm(
            self,
            self.tr("Remove this contact?"),
            self.tr("Remove %1 from the person's contacts?").replace("%1", contact.name),
        ):
            return
        try:
            self._workspace.contacts.delete(contact.id)
        except NotFoundError:
            dialogs.error(
                self,
                self.tr("Contact not found"),
                self.tr("This contact no longer exists. The list has been read again."),
            )
        self._reload()


class ResourcesSection(ListSection):
    """Catalogue services for the area; Refer makes a referral for this area in one click."""

    def __init__(
        self,
        workspace: Workspace,
        client_id: uuid.UUID,
        area_key: str,
        resources: Sequence[ResourceSummary],
        referrals: Sequence[ReferralView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Services in the catalogue for this area"),
            [self.tr("Service"), self.tr("Category"), self.tr("Place"), self.tr("Referral")],
            list_name=self.tr("Services for this area"),
            empty_text=self.tr(
                "The catalogue has no service for this area yet. Local services can be added "
                "in the Catalogue."
            ),
            parent=parent,
        )
        self._workspace = workspace
        self._client_id = client_id
        self._area_key = area_key
        self.resources = list(resources)
        self.referred: dict[uuid.UUID, ReferralView] = {
            r.resource_id: r for r in referrals if r.area_key == area_key
        }
        self.refer_button: QPushButton = self.add_button(
            self.tr("&Refer to this service"),
            self.tr("Refer the person to the selected service"),
            self.refer,
        )
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setAccessibleName(self.tr("Referral made"))
        self.result.hide()
        layout = self.layout()
        if layout is not None:
            layout.addWidget(self.result)
        self.finish_buttons()
        self._show()
        if not self.resources:
            self.refer_button.hide()

    def _show(self, select: uuid.UUID | None = None) -> None:
        rows = []
        for summary in self.resources:
            referral = self.referred.get(summary.id)
            rows.append(
                (
                    summary.id,
                    [
                        resource_name(summary.name, summary.name_fr),
                        category_label(summary.category),
                        place_label(summary.city, summary.province, summary.country),
                        referral_status_label(referral.status) if referral else "",
                    ],
                )
            )
        self.set_rows(rows, select)

    def _selected(self) -> ResourceSummary | None:
        resource_id = self.selected_id()
        return next((r for r in self.resources if r.id == resource_id), None)

    def update_buttons(self) -> None:
        summary = self._selected()
        self.refer_button.setEnabled(summary is not None and summary.id not in self.referred)

    def refer(self) -> None:
        summary = self._selected()
        if summary is None or summary.id in self.referred:
            return
        name = resource_name(summary.name, summary.name_fr)
        try:
            consent = self._workspace.referrals.consent_for(self._client_id, summary.id)
            status = ReferralStatus.SUGGESTED if consent is None else ReferralStatus.REFERRED
            referral = self._workspace.referrals.create(
                self._client_id,
                summary.id,
                area_key=self._area_key,
                status=status,
                consent_id=consent,
            )
        except ServiceError:
            dialogs.error(
                self,
                self.tr("No referral made"),
                self.tr(
                    "The referral could not be made: the client or the service no longer exists."
                ),
            )
            return
        self.referred[summary.id] = referral
        if consent is None:
            text = self.tr(
                "Referred to %1 (suggested: no consent to share on file). Record the person's "
                "consent to share on their Consents tab before contacting the service."
            )
        else:
            text = self.tr("Referred to %1. The person's consent to share with them is on file.")
        self.result.setText(text.replace("%1", name))
        self.result.show()
        self._show(summary.id)
        self.changed.emit()
