"""The plan wizard's first page: who the plan is for, the person's consent to planning (needed
to go on), the language of the printed plan and when to review it together."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ltsupport.models import ConsentKind
from ltsupport.services.clients import ClientDetail
from ltsupport.services.errors import Problem
from ltsupport.services.plans import PlanView
from ltsupport.services.workspace import Workspace
from ltsupport.ui.client_dialog import ERROR_STYLE, hint_label
from ltsupport.ui.labels import DOCUMENT_LANGUAGES, document_language_label
from ltsupport.ui.wizards.date_field import DateField

REVIEW_AFTER_MONTHS = 3


class IntroPage(QWizardPage):
    """Shows ``client`` and edits the plan's language, review date and consent to planning."""

    edited = Signal()

    def __init__(
        self,
        workspace: Workspace,
        plan: PlanView,
        client: ClientDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._plan_id = plan.id
        self.key = "intro"
        self.dirty = False
        self.setTitle(self.tr("A transition plan, made together"))
        self.setSubTitle(
            self.tr("The long-term needs checklist, one area at a time, at the person's pace.")
        )

        person = QGroupBox(self.tr("The person"))
        person_form = QFormLayout(person)
        person_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        person_form.setVerticalSpacing(8)
        self.case_code = QLabel(client.case_code)
        self.preferred_name = QLabel(client.preferred_name)
        for value, name in (
            (self.case_code, self.tr("Case code")),
            (self.preferred_name, self.tr("Preferred name")),
        ):
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setAccessibleName(name)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            person_form.addRow(name + ":", value)

        how = hint_label(
            self.tr(
                "There is one page for each of the nine long-term needs areas, then a review. "
                "Everything you type is saved as you go: you can close this window at any "
                "time, and the plan opens again where you stopped."
            )
        )

        self.consent = QCheckBox(
            self.tr("The person &agreed to make this plan together (consent to planning)")
        )
        self.consent.setAccessibleName(
            self.tr("The person agreed to make this plan together (consent to planning)")
        )
        consent_hint = self.tr(
            "The plan is the person's own. Explain it in a language they understand; ticking "
            "this records their consent to planning."
        )
        self.consent.setAccessibleDescription(consent_hint)
        self.consent_error = QLabel()
        self.consent_error.setWordWrap(True)
        self.consent_error.setStyleSheet(ERROR_STYLE)
        self.consent_error.setAccessibleName(self.tr("Problem with consent to planning"))
        self.consent_error.hide()

        self.language = QComboBox()
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem(document_language_label(code), code)
        self.language.setAccessibleName(self.tr("Language of the printed plan"))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_error = QLabel()
        self.language_error.setWordWrap(True)
        self.language_error.setStyleSheet(ERROR_STYLE)
        self.language_error.hide()
        suggested = QDate.currentDate().addMonths(REVIEW_AFTER_MONTHS)
        self.review_date = DateField(self.tr("Plan review date"), suggested=suggested)

        plan_box = QGroupBox(self.tr("This plan"))
        form = QFormLayout(plan_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(12)
        consent_cell = QWidget()
        consent_column = QVBoxLayout(consent_cell)
        consent_column.setContentsMargins(0, 0, 0, 0)
        consent_column.setSpacing(2)
        consent_column.addWidget(self.consent)
        consent_column.addWidget(hint_label(consent_hint))
        consent_column.addWidget(self.consent_error)
        form.addRow(consent_cell)
        language_label = QLabel(self.tr("&Language of the printed plan:"))
        language_label.setBuddy(self.language)
        language_cell = QWidget()
        language_column = QVBoxLayout(language_cell)
        language_column.setContentsMargins(0, 0, 0, 0)
        language_column.setSpacing(2)
        language_column.addWidget(self.language, 0, Qt.AlignmentFlag.AlignLeft)
        language_column.addWidget(
            hint_label(self.tr("The person's copy is printed in English or French."))
        )
        language_column.addWidget(self.language_error)
        form.addRow(language_label, language_cell)
        review_label = QLabel(self.tr("Plan &review date:"))
        review_label.setBuddy(self.review_date)
        review_cell = QWidget()
        review_column = QVBoxLayout(review_cell)
        review_column.setContentsMargins(0, 0, 0, 0)
        review_column.setSpacing(2)
        review_column.addWidget(self.review_date)
        review_column.addWidget(
            hint_label(self.tr("When to look at the plan again together (about 3 months)."))
        )
        form.addRow(review_label, review_cell)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(16)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(person)
        column.addWidget(how)
        column.addWidget(plan_box)
        column.addStretch(1)
        body.setMaximumWidth(820)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        order: list[QWidget] = [self.consent, self.language, *self.review_date.focus_widgets()]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.first_field: QWidget = self.consent

        agreed = plan.consent_id is not None or _has_planning_consent(client)
        self.consent.setChecked(agreed)
        self.language.setCurrentIndex(max(self.language.findData(plan.language), 0))
        self.review_date.set_value(plan.review_date)
        if plan.review_date is None:
            self.review_date.known.setChecked(True)
        self.dirty = plan.review_date is None or agreed != (plan.consent_id is not None)

        self.consent.toggled.connect(self._consent_toggled)
        self.language.currentIndexChanged.connect(self._edited)
        self.review_date.changed.connect(self._edited)

    def _edited(self) -> None:
        self.dirty = True
        self.edited.emit()

    def _consent_toggled(self, checked: bool) -> None:
        if checked:
            self.consent_error.hide()
        self._edited()

    def consent_given(self) -> bool:
        return self.consent.isChecked()

    def explain_consent_needed(self) -> None:
        """Say, under the check box, why the plan cannot go on without the person's consent."""
        self.consent_error.setText(
            self.tr(
                "The plan is made with the person, so their agreement is needed before going "
                "on. If they are not ready today, close this window: nothing is lost, and you "
                "can come back to it."
            )
        )
        self.consent_error.show()
        self.consent.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self) -> str:
        return self.consent_error.text() if not self.consent_error.isHidden() else ""

    def save(self, *, keep_going: bool = False) -> None:
        """Save the language, review date and consent (``keep_going`` is for the wizard:
        nothing on this page can be half saved)."""
        if not self.dirty:
            return
        self.language_error.hide()
        self._workspace.plans.save_intro(
            self._plan_id,
            language=str(self.language.currentData()),
            review_date=self.review_date.value(),
            planning_consent=self.consent.isChecked(),
        )
        self.dirty = False

    def show_problems(self, problems: Sequence[Problem], *, focus: bool = True) -> None:
        self.language_error.setText(self.tr("The plan can be printed in English or French."))
        self.language_error.show()
        if focus:
            self.language.setFocus()

    def clear_problems(self) -> None:
        self.language_error.hide()


def _has_planning_consent(client: ClientDetail) -> bool:
    return any(c.kind is ConsentKind.PLANNING and c.active for c in client.consents)
