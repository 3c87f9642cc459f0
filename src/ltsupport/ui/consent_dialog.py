"""Record what a person has agreed to: the kind of consent, the organisation (required when
sharing), and a note."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ltsupport.models.client import ConsentKind
from ltsupport.services.consents import ConsentView
from ltsupport.services.errors import NotFoundError, ValidationError
from ltsupport.services.workspace import Workspace
from ltsupport.ui.labels import consent_kind_label
from ltsupport.ui.widgets.field_messages import error_label, hint_label, shown_text
from ltsupport.ui.widgets.form_dialog import FormDialog, field_cell


class ConsentDialog(FormDialog):
    """Record one consent for ``client_id``; :attr:`saved` holds it after Save."""

    def __init__(
        self, workspace: Workspace, client_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id = client_id
        self.saved: ConsentView | None = None
        self.setWindowTitle(self.tr("Record consent"))

        intro = hint_label(
            self.tr(
                "Record only what the person has agreed to, after explaining it in a language "
                "they understand. Consent can be withdrawn at any time."
            )
        )

        self.kind = QComboBox()
        for kind in ConsentKind:
            self.kind.addItem(consent_kind_label(kind), kind)
        self.kind.setAccessibleName(self.tr("Consent to"))
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(200)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation_hint = hint_label("")
        self.organisation_error = error_label(self.tr("Problem with Organisation"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)

        kind_label = QLabel(self.tr("&Consent to"))
        kind_label.setBuddy(self.kind)
        self.organisation_label = QLabel()
        self.organisation_label.setBuddy(self.organisation)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)

        organisation_cell = field_cell(
            self.organisation, self.organisation_hint, self.organisation_error, spacing=2
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(kind_label, self.kind)
        form.addRow(self.organisation_label, organisation_cell)
        form.addRow(note_label, self.note)

        buttons = self._save_cancel_buttons(self.tr("&Save"), self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._update_organisation)
        self._update_organisation()
        self.kind.setFocus()
        self.resize(max(540, self.sizeHint().width()), self.sizeHint().height())

    def _sharing(self) -> bool:
        return bool(self.kind.currentData() == ConsentKind.SHARE)

    def _update_organisation(self) -> None:
        if self._sharing():
            self.organisation_label.setText(self.tr("&Organisation *"))
            text = self.tr("Required: the organisation the person agreed to share with.")
        else:
            self.organisation_label.setText(self.tr("&Organisation"))
            text = self.tr("Optional for this kind of consent.")
        self.organisation_hint.setText(text)
        self.organisation.setAccessibleDescription(text)

    def error_text(self) -> str:
        return shown_text(self.organisation_error)

    def save(self) -> None:
        kind = ConsentKind(self.kind.currentData())
        try:
            self.saved = self._workspace.consents.record(
                self._client_id,
                kind,
                organisation=self.organisation.text(),
                note=self.note.toPlainText(),
            )
        except ValidationError as exc:
            problem = exc.for_field("organisation")
            if problem is not None and problem.code == "required":
                text = self.tr("Consent to share needs the name of the organisation.")
            else:
                text = "\n".join(p.message for p in exc.problems)
            self.organisation_error.setText(text)
            self.organisation_error.show()
            self.organisation.setAccessibleDescription(text)
            self.organisation.setFocus()
            return
        except NotFoundError:
            self._close_on_error(
                self.tr("Client not found"),
                self.tr("This client no longer exists. Nothing was saved."),
            )
            return
        self._close_saved()

    def has_changes(self) -> bool:
        return bool(self.organisation.text().strip() or self.note.toPlainText().strip())

    def _discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Discard this consent?"),
            self.tr("Close without saving? What you typed will be lost."),
        )
