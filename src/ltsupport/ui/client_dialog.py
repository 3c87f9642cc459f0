"""Add a client or edit a client's profile.

The service validates; every problem it reports is shown in red under its field at once, the
dialog stays open with everything typed kept, and nothing is saved until there is no problem.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, QRect
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from ltsupport.models.client import ImmigrationStatus
from ltsupport.services.clients import ClientDetail, ClientInput
from ltsupport.services.errors import NotFoundError, Problem, ValidationError
from ltsupport.services.workspace import Workspace
from ltsupport.ui.labels import (
    DOCUMENT_LANGUAGES,
    document_language_label,
    immigration_status_label,
)
from ltsupport.ui.widgets.date_edit import date_edit, from_qdate, to_qdate
from ltsupport.ui.widgets.field_messages import (  # re-exported: other modules import them here
    ERROR_STYLE as ERROR_STYLE,
)
from ltsupport.ui.widgets.field_messages import hint_label as hint_label
from ltsupport.ui.widgets.form_dialog import TwoColumnFormDialog, field_form, inline_row


class ClientDialog(TwoColumnFormDialog):
    """Create a client (``client=None``) or edit ``client``; :attr:`saved` holds the result."""

    def __init__(
        self,
        workspace: Workspace,
        client: ClientDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id: uuid.UUID | None = client.id if client is not None else None
        self.saved: ClientDetail | None = None
        self.setWindowTitle(self.tr("Edit client") if client else self.tr("New client"))

        legend = hint_label(self.tr("Fields marked * are required."))

        # -- the person ---------------------------------------------------------------------
        self.case_code = QLineEdit()
        self.case_code.setMaxLength(32)
        self.case_code.setPlaceholderText(self.tr("for example TR-2026-014"))
        self.preferred_name = QLineEdit()
        self.preferred_name.setMaxLength(200)
        self.legal_name = QLineEdit()
        self.legal_name.setMaxLength(200)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("for example tl, en"))
        self.document_language = QComboBox()
        for code in DOCUMENT_LANGUAGES:
            self.document_language.addItem(document_language_label(code), code)
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMMMM") + 16)

        person = QGroupBox(self.tr("The person"))
        person_form = field_form(person)
        self._add_row(
            person_form, "case_code", self.tr("&Case code *"), self.case_code, required=True
        )
        self._add_row(
            person_form,
            "preferred_name",
            self.tr("&Preferred name *"),
            self.preferred_name,
            hint=self.tr("The name the person wants to be called."),
            required=True,
        )
        self._add_row(
            person_form,
            "legal_name",
            self.tr("&Legal name"),
            self.legal_name,
            hint=self.tr("Only needed for official documents. Leave it empty otherwise."),
        )
        self._add_row(
            person_form,
            "languages",
            self.tr("Lan&guages spoken"),
            self.languages,
            hint=self.tr("Language codes separated by commas."),
        )
        self._add_row(
            person_form,
            "document_language",
            self.tr("&Document language"),
            self.document_language,
            hint=self.tr("The language of the plan printed for the person."),
        )
        self._add_row(
            person_form,
            "country_of_origin",
            self.tr("C&ountry of origin"),
            self.country,
            hint=self.tr("Two-letter country code, for example PH, MX or UA."),
        )

        # -- immigration --------------------------------------------------------------------
        self.immigration_status = QComboBox()
        for status in ImmigrationStatus:
            self.immigration_status.addItem(immigration_status_label(status), status)
        self.immigration_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.expiry_known = QCheckBox(self.tr("Expiry date &known"))
        self.permit_expiry = date_edit(self.tr("Permit expiry date"))
        self.permit_expiry.setDate(QDate.currentDate())
        expiry_row = inline_row(self.expiry_known, self.permit_expiry)

        immigration = QGroupBox(self.tr("Immigration"))
        immigration_form = field_form(immigration)
        self._add_row(
            immigration_form,
            "immigration_status",
            self.tr("&Immigration status"),
            self.immigration_status,
        )
        self._add_row(
            immigration_form,
            "permit_expiry",
            self.tr("Permit e&xpiry"),
            expiry_row,
            buddy=self.expiry_known,
            hint=self.tr("Only for a temporary resident permit for victims of trafficking."),
        )

        # -- safe contact and case ----------------------------------------------------------
        self.safe_contact = QPlainTextEdit()
        self.safe_contact.setTabChangesFocus(True)
        self.safe_contact.setPlaceholderText(
            self.tr(
                "How and when it is safe to contact the person. For example: text only, "
                "weekdays 9 to 5; never leave a voicemail."
            )
        )
        self.safe_contact.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.assigned_worker = QLineEdit()
        self.assigned_worker.setMaxLength(200)
        self.intake_date = date_edit()
        self.intake_date.setMaximumDate(QDate.currentDate())
        self.intake_date.setDate(QDate.currentDate())

        case = QGroupBox(self.tr("Contact and case"))
        case_form = field_form(case)
        self._add_row(
            case_form,
            "safe_contact",
            self.tr("Sa&fe contact"),
            self.safe_contact,
            hint=self.tr("Who may call or write, how, and at what times. Shown to staff only."),
        )
        self._add_row(
            case_form, "assigned_worker", self.tr("Assigned &worker"), self.assigned_worker
        )
        self._add_row(case_form, "intake_date", self.tr("In&take date"), self.intake_date)

        for compact in (self.document_language, self.intake_date):
            compact.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        # -- layout -------------------------------------------------------------------------
        order: list[QWidget] = [
            self.case_code,
            self.preferred_name,
            self.legal_name,
            self.languages,
            self.document_language,
            self.country,
            self.immigration_status,
            self.expiry_known,
            self.permit_expiry,
            self.safe_contact,
            self.assigned_worker,
            self.intake_date,
        ]
        self._lay_out(
            legend,
            [person],
            [immigration, case],
            order,
            save_text=self.tr("&Save"),
            cancel_text=self.tr("Cancel"),
        )

        self.immigration_status.currentIndexChanged.connect(self._update_expiry)
        self.expiry_known.toggled.connect(self._update_expiry)

        if client is not None:
            self._fill(client.as_input())
        self._update_expiry()
        self._initial = self.current_input()
        self.case_code.setFocus()
        self._fit_to_screen()

    # -- building ---------------------------------------------------------------------------

    def fit_to(self, available: QRect | None) -> None:
        """Size the dialog to show every field without scrolling, with room for problems to
        appear, within ``available`` (the usable screen area, if known)."""
        self._fit(available, min_width=1040, extra_lines=8, extra_height=80, height_share=0.9)

    def _fill(self, data: ClientInput) -> None:
        self.case_code.setText(data.case_code)
        self.preferred_name.setText(data.preferred_name)
        self.legal_name.setText(data.legal_name or "")
        self.languages.setText(", ".join(data.languages))
        index = self.document_language.findData(data.document_language)
        self.document_language.setCurrentIndex(max(index, 0))
        self.country.setText(data.country_of_origin or "")
        self.immigration_status.setCurrentIndex(
            max(self.immigration_status.findData(data.immigration_status), 0)
        )
        self.expiry_known.setChecked(data.permit_expiry is not None)
        if data.permit_expiry is not None:
            self.permit_expiry.setDate(to_qdate(data.permit_expiry))
        self.safe_contact.setPlainText(data.safe_contact)
        self.assigned_worker.setText(data.assigned_worker)
        if data.intake_date is not None:
            intake = to_qdate(data.intake_date)
            if intake > self.intake_date.maximumDate():
                self.intake_date.setMaximumDate(intake)
            self.intake_date.setDate(intake)

    def _update_expiry(self) -> None:
        is_permit = self.immigration_status.currentData() == ImmigrationStatus.TRP_VICTIM
        self.expiry_known.setEnabled(is_permit)
        self.permit_expiry.setEnabled(is_permit and self.expiry_known.isChecked())

    # -- reading ----------------------------------------------------------------------------

    def current_input(self) -> ClientInput:
        """What the form holds now, as the service takes it."""
        status = ImmigrationStatus(self.immigration_status.currentData())
        expiry = None
        if status is ImmigrationStatus.TRP_VICTIM and self.expiry_known.isChecked():
            expiry = from_qdate(self.permit_expiry.date())
        languages = tuple(part.strip() for part in self.languages.text().split(",") if part.strip())
        return ClientInput(
            case_code=self.case_code.text(),
            preferred_name=self.preferred_name.text(),
            legal_name=self.legal_name.text() or None,
            languages=languages,
            document_language=str(self.document_language.currentData()),
            country_of_origin=self.country.text() or None,
            immigration_status=status,
            permit_expiry=expiry,
            safe_contact=self.safe_contact.toPlainText(),
            assigned_worker=self.assigned_worker.text(),
            intake_date=from_qdate(self.intake_date.date()),
        )

    def has_changes(self) -> bool:
        return self.current_input() != self._initial

    # -- problems ---------------------------------------------------------------------------

    def _problem_text(self, problem: Problem) -> str:
        known = {
            ("case_code", "required"): self.tr("A case code is required."),
            ("case_code", "format"): self.tr(
                "A case code has 2 to 32 letters, digits or dashes (for example TR-2026-014)."
            ),
            ("case_code", "duplicate"): self.tr(
                "Another client already has this case code. Choose a different one."
            ),
            ("preferred_name", "required"): self.tr("A preferred name is required."),
            ("preferred_name", "too_long"): self.tr(
                "The name is too long (200 characters at most)."
            ),
            ("legal_name", "too_long"): self.tr("The name is too long (200 characters at most)."),
            ("document_language", "choice"): self.tr("Documents can be in English or French."),
            ("country_of_origin", "format"): self.tr(
                "Use the two-letter country code, for example PH, MX or UA."
            ),
            ("languages", "format"): self.tr(
                "Use language codes separated by commas, for example en, fr, es, tl."
            ),
            ("intake_date", "future"): self.tr("The intake date cannot be in the future."),
        }
        return known.get((problem.field, problem.code), problem.message)

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        """Show every problem under its field, and a count at the top."""
        self._show_problem_texts(
            ((problem.field, self._problem_text(problem)) for problem in problems), grow=True
        )

    # -- actions ----------------------------------------------------------------------------

    def save(self) -> None:
        """Create or update through the service; on a problem, show it and stay open."""
        data = self.current_input()
        try:
            if self._client_id is None:
                self.saved = self._workspace.clients.create(data)
            else:
                self.saved = self._workspace.clients.update(self._client_id, data)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except NotFoundError:
            self._close_on_error(
                self.tr("Client not found"),
                self.tr("This client no longer exists. Nothing was saved."),
            )
            return
        self.clear_problems()
        self._close_saved()
