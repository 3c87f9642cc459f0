"""Add or edit one of the person's trusted people, groups or professionals.

Whether it is safe to contact them, and whether the trafficker may know them, are asked every
time (Yes, No or Unknown): a wrong guess here can put the person in danger.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ltsupport.models import ContactKind
from ltsupport.services.contacts import ContactInput, ContactView
from ltsupport.services.errors import Problem
from ltsupport.services.workspace import Workspace
from ltsupport.ui.client_dialog import hint_label
from ltsupport.ui.labels import contact_kind_label, yes_no_unknown_label
from ltsupport.ui.wizards.detail_fields import FieldForm, text_box
from ltsupport.ui.wizards.page_parts import summary_label
from ltsupport.ui.wizards.record_dialog import RecordDialog

log = logging.getLogger(__name__)

ANSWERS: tuple[bool | None, ...] = (None, True, False)


def _answer_combo() -> QComboBox:
    combo = QComboBox()
    for answer in ANSWERS:
        combo.addItem(yes_no_unknown_label(answer), answer)
    return combo


class ContactDialog(RecordDialog):
    """Add a contact for ``client_id`` (``contact=None``) or edit ``contact``;
    :attr:`saved` holds the result after Save."""

    _log = log
    _keep_failed = "Keeping an unsaved contact failed (%s)."

    def __init__(
        self,
        workspace: Workspace,
        client_id: uuid.UUID,
        contact: ContactView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id = client_id
        self._contact_id = contact.id if contact is not None else None
        self.saved: ContactView | None = None
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("Add a contact"))
        self.setModal(True)

        intro = hint_label(
            self.tr(
                "Someone the person trusts: a friend, relative, group or professional. "
                "Fields marked * are required."
            )
        )
        self.summary = summary_label(self.tr("Problems to correct"))

        self.kind = QComboBox()
        for kind in ContactKind:
            self.kind.addItem(contact_kind_label(kind), kind)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.relationship = QLineEdit()
        self.relationship.setMaxLength(200)
        self.relationship.setPlaceholderText(self.tr("for example cousin, friend from church"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMMMM") + 16)
        self.safe_to_contact = _answer_combo()
        self.known_to_trafficker = _answer_combo()
        self.notes = text_box(self.tr("Notes"))

        self.fields = FieldForm()
        rows: tuple[tuple[str, str, QWidget, str, str], ...] = (
            ("kind", self.tr("&Kind"), self.kind, "", self.tr("Kind")),
            ("name", self.tr("&Name *"), self.name, "", self.tr("Name")),
            (
                "relationship_to_client",
                self.tr("&Relationship"),
                self.relationship,
                self.tr("Who they are to the person."),
                self.tr("Relationship"),
            ),
            ("phone", self.tr("&Phone"), self.phone, "", self.tr("Phone")),
            ("email", self.tr("&E-mail"), self.email, "", self.tr("E-mail")),
            (
                "country",
                self.tr("C&ountry"),
                self.country,
                self.tr("Two-letter code, if they live outside Canada."),
                self.tr("Country"),
            ),
            (
                "safe_to_contact",
                self.tr("Safe to &contact?"),
                self.safe_to_contact,
                self.tr("Can staff reach them without putting the person at risk?"),
                self.tr("Safe to contact?"),
            ),
            (
                "may_be_known_to_trafficker",
                self.tr("May be known to the &trafficker?"),
                self.known_to_trafficker,
                self.tr("If yes, be careful: contact could reveal where the person is."),
                self.tr("May be known to the trafficker?"),
            ),
            ("notes", self.tr("No&tes"), self.notes, "", self.tr("Notes")),
        )
        for key, label, widget, hint, name in rows:
            self.fields.add_row(key, label, widget, hint=hint, name=name)

        self._lay_out(intro, self.tr("&Save"), self.tr("Cancel"))

        if contact is not None:
            self._fill(contact)
        self._initial = self.current_input()
        self.resize(620, self.sizeHint().height())
        self.name.setFocus()

    def _fill(self, contact: ContactView) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(contact.kind), 0))
        self.name.setText(contact.name)
        self.relationship.setText(contact.relationship_to_client)
        self.phone.setText(contact.phone)
        self.email.setText(contact.email)
        self.country.setText(contact.country or "")
        self.safe_to_contact.setCurrentIndex(ANSWERS.index(contact.safe_to_contact))
        self.known_to_trafficker.setCurrentIndex(ANSWERS.index(contact.may_be_known_to_trafficker))
        self.notes.setPlainText(contact.notes)

    def current_input(self) -> ContactInput:
        return ContactInput(
            kind=ContactKind(self.kind.currentData()),
            name=self.name.text(),
            relationship_to_client=self.relationship.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            country=self.country.text() or None,
            safe_to_contact=ANSWERS[self.safe_to_contact.currentIndex()],
            may_be_known_to_trafficker=ANSWERS[self.known_to_trafficker.currentIndex()],
            notes=self.notes.toPlainText(),
        )

    def has_changes(self) -> bool:
        return self.current_input() != self._initial

    def _problem_text(self, problem: Problem) -> str:
        known = {
            ("name", "required"): self.tr("A name is required (or how the person calls them)."),
            ("name", "too_long"): self.tr("The name is too long (200 characters at most)."),
            ("email", "format"): self.tr("This is not an e-mail address."),
            ("country", "format"): self.tr("Use the two-letter country code, for example PH."),
        }
        return known.get((problem.field, problem.code), problem.message)

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        heading = self.tr("Please correct the problems shown before saving.")
        self._show_problems(problems, heading)

    def _store(self) -> None:
        data = self.current_input()
        if self._contact_id is None:
            self.saved = self._workspace.contacts.add(self._client_id, data)
        else:
            self.saved = self._workspace.contacts.update(self._contact_id, data)

    def _not_found(self) -> tuple[str, str]:
        return (
            self.tr("Not found"),
            self.tr("This client or contact no longer exists. Nothing was saved."),
        )

    def _discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Discard this contact?"),
            self.tr("Close without saving? What you typed in this contact will be lost."),
        )
