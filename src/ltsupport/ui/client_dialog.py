"""Add a client or edit a client's profile.

The service validates; every problem it reports is shown in red under its field at once, the
dialog stays open with everything typed kept, and nothing is saved until there is no problem.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import date

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ltsupport.models.client import ImmigrationStatus
from ltsupport.services.clients import ClientDetail, ClientInput
from ltsupport.services.errors import NotFoundError, Problem, ValidationError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.labels import (
    DOCUMENT_LANGUAGES,
    document_language_label,
    immigration_status_label,
)

ERROR_STYLE = "color: #b00020;"
FIELDS = (
    "case_code",
    "preferred_name",
    "legal_name",
    "languages",
    "document_language",
    "country_of_origin",
    "immigration_status",
    "permit_expiry",
    "safe_contact",
    "assigned_worker",
    "intake_date",
)


def hint_label(text: str) -> QLabel:
    """A short explanation shown under a field, a little smaller than the field's text."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ClientDialog(QDialog):
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
        self.setModal(True)

        self._inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._descriptions: dict[str, str] = {}
        self._labels: list[QLabel] = []
        self._available: QRect | None = None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.summary.setAccessibleName(self.tr("Problems to correct"))
        self.summary.hide()

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
        person_form = self._form(person)
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
        self.permit_expiry = QDateEdit()
        self.permit_expiry.setAccessibleName(self.tr("Permit expiry date"))
        self.permit_expiry.setCalendarPopup(True)
        self.permit_expiry.setDisplayFormat("yyyy-MM-dd")
        self.permit_expiry.setDate(QDate.currentDate())
        expiry_row = QWidget()
        expiry_layout = QHBoxLayout(expiry_row)
        expiry_layout.setContentsMargins(0, 0, 0, 0)
        expiry_layout.addWidget(self.expiry_known)
        expiry_layout.addWidget(self.permit_expiry)
        expiry_layout.addStretch(1)

        left_labels = list(self._labels)
        immigration = QGroupBox(self.tr("Immigration"))
        immigration_form = self._form(immigration)
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
        self.intake_date = QDateEdit()
        self.intake_date.setCalendarPopup(True)
        self.intake_date.setDisplayFormat("yyyy-MM-dd")
        self.intake_date.setMaximumDate(QDate.currentDate())
        self.intake_date.setDate(QDate.currentDate())

        case = QGroupBox(self.tr("Contact and case"))
        case_form = self._form(case)
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

        # Line up the fields of the groups in each column.
        right_labels = self._labels[len(left_labels) :]
        for labels in (left_labels, right_labels):
            label_width = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(label_width)
        for compact in (self.document_language, self.intake_date):
            compact.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        # -- layout -------------------------------------------------------------------------
        body = QWidget()
        left = QVBoxLayout()
        left.addWidget(person)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(immigration)
        right.addWidget(case)
        right.addStretch(1)
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(left, 1)
        body_layout.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll = scroll
        self._body = body

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(legend)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

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
            self.save_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.immigration_status.currentIndexChanged.connect(self._update_expiry)
        self.expiry_known.toggled.connect(self._update_expiry)

        if client is not None:
            self._fill(client.as_input())
        self._update_expiry()
        self._initial = self.current_input()
        self.case_code.setFocus()
        screen = self.screen()
        self.fit_to(screen.availableGeometry() if screen is not None else None)

    # -- building ---------------------------------------------------------------------------

    def fit_to(self, available: QRect | None) -> None:
        """Size the dialog to show every field without scrolling, with room for problems to
        appear, within ``available`` (the usable screen area, if known)."""
        self._available = available
        hint = self._body.sizeHint()
        width = max(1040, hint.width() + self._scroll.verticalScrollBar().sizeHint().width() + 24)
        height = hint.height() + self.fontMetrics().lineSpacing() * 8 + 80
        if available is not None:
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def _grow_to_show_problems(self) -> None:
        """Grow taller (within the screen) when the problems shown would need scrolling."""
        body = self._body
        needed = body.heightForWidth(self._scroll.viewport().width())
        if needed < 0:
            needed = body.sizeHint().height()
        extra = needed - self._scroll.viewport().height()
        if extra <= 0:
            return
        height = self.height() + extra
        if self._available is not None:
            height = min(height, int(self._available.height() * 0.9))
        self.resize(self.width(), height)

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _add_row(
        self,
        form: QFormLayout,
        field: str,
        label_text: str,
        widget: QWidget,
        *,
        buddy: QWidget | None = None,
        hint: str = "",
        required: bool = False,
    ) -> None:
        target = buddy or widget
        label = QLabel(label_text)
        label.setBuddy(target)
        plain = label_text.replace("&", "").replace(" *", "")
        if buddy is None:
            target.setAccessibleName(plain)
        description = hint
        if required:
            description = self.tr("Required.") + (" " + hint if hint else "")
        target.setAccessibleDescription(description)
        self._descriptions[field] = description

        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            column.addWidget(hint_label(hint))
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setObjectName(f"error_{field}")
        error.setAccessibleName(self.tr("Problem with %1").replace("%1", plain))
        error.hide()
        column.addWidget(error)
        self._labels.append(label)
        form.addRow(label, cell)
        self._inputs[field] = target
        self._errors[field] = error

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
            self.permit_expiry.setDate(_to_qdate(data.permit_expiry))
        self.safe_contact.setPlainText(data.safe_contact)
        self.assigned_worker.setText(data.assigned_worker)
        if data.intake_date is not None:
            intake = _to_qdate(data.intake_date)
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
            expiry = _from_qdate(self.permit_expiry.date())
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
            intake_date=_from_qdate(self.intake_date.date()),
        )

    def has_changes(self) -> bool:
        return self.current_input() != self._initial

    def error_text(self, field: str) -> str:
        """The problem shown under ``field`` (empty when there is none)."""
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""

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

    def clear_problems(self) -> None:
        for field, label in self._errors.items():
            label.clear()
            label.hide()
            self._inputs[field].setAccessibleDescription(self._descriptions[field])
        self.summary.clear()
        self.summary.hide()

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        """Show every problem under its field, and a count at the top."""
        self.clear_problems()
        other: list[str] = []
        texts: dict[str, list[str]] = {}
        for problem in problems:
            text = self._problem_text(problem)
            if problem.field in self._errors:
                texts.setdefault(problem.field, []).append(text)
            else:
                other.append(text)
        for field, lines in texts.items():
            label = self._errors[field]
            label.setText("\n".join(lines))
            label.show()
            self._inputs[field].setAccessibleDescription(" ".join(lines))
        count = len(problems)
        heading = (
            self.tr("Please correct 1 problem before saving.")
            if count == 1
            else self.tr("Please correct %1 problems before saving.").replace("%1", str(count))
        )
        self.summary.setText("\n".join([heading, *other]))
        self.summary.show()
        self._grow_to_show_problems()
        first = next((f for f in FIELDS if f in texts), None)
        if first is not None:
            widget = self._inputs[first]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(widget)

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
            dialogs.error(
                self,
                self.tr("Client not found"),
                self.tr("This client no longer exists. Nothing was saved."),
            )
            super().reject()
            return
        self.clear_problems()
        super().accept()

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        """Close without saving; ask first when something was typed (not when the app locks:
        the lock hides the form first and must never wait for an answer)."""
        if (
            self.isVisible()
            and self.has_changes()
            and not dialogs.confirm(
                self,
                self.tr("Discard changes?"),
                self.tr("Close without saving? What you typed will be lost."),
            )
        ):
            return
        super().reject()
