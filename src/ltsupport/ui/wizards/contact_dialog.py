"""Add or edit one of the person's trusted people, groups or professionals.

Whether it is safe to contact them, and whether the trafficker may know them, are asked every
time (Yes, No or Unknown): a wrong guess here can put the person in danger.
"""

from __future__ import annotations

import itertools
import logging
import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ltsupport.models import ContactKind
from ltsupport.services.contacts import ContactInput, ContactView
from ltsupport.services.errors import NotFoundError, Problem, ValidationError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.client_dialog import ERROR_STYLE, hint_label
from ltsupport.ui.wizards.detail_fields import FieldForm, text_box
from ltsupport.ui.wizards.plan_labels import contact_kind_label, yes_no_unknown_label

log = logging.getLogger(__name__)

ANSWERS: tuple[bool | None, ...] = (None, True, False)


def _answer_combo() -> QComboBox:
    combo = QComboBox()
    for answer in ANSWERS:
        combo.addItem(yes_no_unknown_label(answer), answer)
    return combo


class ContactDialog(QDialog):
    """Add a contact for ``client_id`` (``contact=None``) or edit ``contact``;
    :attr:`saved` holds the result after Save."""

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
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.summary.setAccessibleName(self.tr("Problems to correct"))
        self.summary.hide()

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

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        for first, second in itertools.pairwise(
            [*self.fields.focus_order(), self.save_button, self.cancel_button]
        ):
            QWidget.setTabOrder(first, second)

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

    def error_text(self, field: str) -> str:
        return self.fields.error_text(field)

    def _problem_text(self, problem: Problem) -> str:
        known = {
            ("name", "required"): self.tr("A name is required (or how the person calls them)."),
            ("name", "too_long"): self.tr("The name is too long (200 characters at most)."),
            ("email", "format"): self.tr("This is not an e-mail address."),
            ("country", "format"): self.tr("Use the two-letter country code, for example PH."),
        }
        return known.get((problem.field, problem.code), problem.message)

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        self.fields.clear_problems()
        other = []
        for problem in problems:
            if self.fields.has_field(problem.field):
                self.fields.show_problem(problem.field, self._problem_text(problem))
            else:
                other.append(self._problem_text(problem))
        heading = self.tr("Please correct the problems shown before saving.")
        self.summary.setText("\n".join([heading, *other]))
        self.summary.show()
        first = next((p.field for p in problems if self.fields.has_field(p.field)), None)
        if first is not None:
            self.fields.inputs[first].setFocus()

    def _store(self) -> None:
        data = self.current_input()
        if self._contact_id is None:
            self.saved = self._workspace.contacts.add(self._client_id, data)
        else:
            self.saved = self._workspace.contacts.update(self._contact_id, data)

    def save(self) -> None:
        try:
            self._store()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except NotFoundError:
            dialogs.error(
                self,
                self.tr("Not found"),
                self.tr("This client or contact no longer exists. Nothing was saved."),
            )
            super().reject()
            return
        super().accept()

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        """Close without saving; ask first when something was typed. When the dialog is closed
        for the worker (the vault locking), what was typed is kept if it can be saved."""
        if self.has_changes():
            if not self.isVisible():
                try:
                    self._store()
                except Exception as exc:  # never raised out: the vault is about to lock
                    log.warning("Keeping an unsaved contact failed (%s).", type(exc).__name__)
                    self.saved = None
            elif not dialogs.confirm(
                self,
                self.tr("Discard this contact?"),
                self.tr("Close without saving? What you typed in this contact will be lost."),
            ):
                return
        super().reject()
