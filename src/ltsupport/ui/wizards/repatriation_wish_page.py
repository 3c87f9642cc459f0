"""The repatriation wizard's first page: the person's wish (return, stay or undecided) and
whether they fear harm if they return.

Fear of harm comes before any return: the page then says plainly that a refugee protection
claim should be considered first (UNHCR Guidelines on International Protection, 2006, on victims
of trafficking) and asks what was decided. Only a wish to return leads on to the steps
(:meth:`WishPage.nextId`); otherwise the wizard ends here.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ltsupport.models import ReturnWish
from ltsupport.services.clients import ClientDetail
from ltsupport.services.errors import Problem, ValidationError
from ltsupport.services.repatriation import RepatriationView
from ltsupport.services.workspace import Workspace
from ltsupport.ui.client_dialog import ERROR_STYLE, hint_label
from ltsupport.ui.wizards.detail_fields import text_box
from ltsupport.ui.wizards.repatriation_labels import country_label

# The protection box must stand out in words and shape, not by colour alone.
PROTECTION_STYLE = (
    "QFrame#protection { background: #fff4e5; border: 2px solid #b45309; border-radius: 6px; }"
)
NOTE_STYLE = "QLabel { background: #f3f5f8; border-left: 4px solid #8a9bb3; padding: 8px 10px; }"
DECISION_LINES = 4
NOTES_LINES = 3
PAGE_WIDTH = 900


def _bold(text: str, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class WishPage(QWizardPage):
    """Shows and edits the wish of ``plan`` for ``client``."""

    edited = Signal()
    """The worker changed something on the page that is saved with the page."""

    def __init__(
        self,
        workspace: Workspace,
        plan: RepatriationView,
        client: ClientDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._saved = plan
        self.key = "wish"
        self.dirty = False
        self.setTitle(self.tr("Returning home: the person's wish"))
        self.setSubTitle(self.tr("The person's choice comes first: return, stay, or not yet."))
        why = QLabel(
            self.tr(
                "A person who has been trafficked into Canada may wish to return to their "
                "country of origin. When possible, it is important to help them plan a safe trip "
                "home and a supported re-integration into their home country and community."
            )
        )
        why.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.summary.setAccessibleName(self.tr("Problems to correct"))
        self.summary.hide()

        person = hint_label(
            self.tr("For %1 (%2). Country of origin: %3.")
            .replace("%1", client.preferred_name)
            .replace("%2", client.case_code)
            .replace("%3", country_label(client.country_of_origin))
        )
        person.setTextFormat(Qt.TextFormat.PlainText)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        column.addWidget(why)
        column.addWidget(person)
        questions = QHBoxLayout()
        questions.setSpacing(16)
        questions.addWidget(self._wish_box(), 1)
        questions.addWidget(self._fear_box(), 1)
        column.addLayout(questions)
        column.addWidget(self._protection_box())
        column.addWidget(self._no_return_note())
        column.addWidget(self._notes_box())
        column.addStretch(1)
        body.setMaximumWidth(PAGE_WIDTH)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll_area, 1)
        order: list[QWidget] = [
            *self.wish_buttons.values(),
            *self.fear_buttons.values(),
            self.decision,
            self.notes,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._load(plan)
        self.wish_group.buttonToggled.connect(self._wish_toggled)
        self.fear_group.buttonToggled.connect(self._fear_toggled)
        self.decision.textChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)

    # -- building ---------------------------------------------------------------------------

    def _wish_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What does the person wish?"))
        self.wish_group = QButtonGroup(self)
        self.wish_buttons: dict[ReturnWish, QRadioButton] = {}
        column = QVBoxLayout(box)
        column.setSpacing(6)
        for wish, text, name in (
            (
                ReturnWish.RETURN,
                self.tr("&Return to their country of origin"),
                self.tr("Return to their country of origin"),
            ),
            (ReturnWish.STAY, self.tr("&Stay in Canada"), self.tr("Stay in Canada")),
            (
                ReturnWish.UNDECIDED,
                self.tr("&Undecided, or not ready to say"),
                self.tr("Undecided, or not ready to say"),
            ),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(self.tr("The person's wish: %1").replace("%1", name))
            self.wish_group.addButton(button)
            self.wish_buttons[wish] = button
            column.addWidget(button)
        column.addWidget(
            hint_label(self.tr("It is the person's choice. It can change, and so can this page."))
        )
        return box

    def _fear_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Does the person fear harm if they return?"))
        self.fear_group = QButtonGroup(self)
        self.fear_buttons: dict[bool | None, QRadioButton] = {}
        column = QVBoxLayout(box)
        column.setSpacing(6)
        for answer, text, name in (
            (True, self.tr("&Yes, they fear harm"), self.tr("Yes, they fear harm")),
            (False, self.tr("N&o"), self.tr("No")),
            (None, self.tr("Not &known yet"), self.tr("Not known yet")),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(self.tr("Fears harm if they return: %1").replace("%1", name))
            self.fear_group.addButton(button)
            self.fear_buttons[answer] = button
            column.addWidget(button)
        column.addWidget(
            hint_label(
                self.tr(
                    "Harm from the trafficker, their associates, family or the community, or "
                    "persecution by anyone. Ask gently; the person may not want to say today."
                )
            )
        )
        return box

    def _protection_box(self) -> QFrame:
        self.protection = QFrame()
        self.protection.setObjectName("protection")
        self.protection.setStyleSheet(PROTECTION_STYLE)
        heading = _bold(self.tr("Important: consider refugee protection first"), 1.1)
        self.unhcr_text = QLabel(
            self.tr(
                "The person fears harm on return. A refugee protection claim should be "
                "considered before any repatriation (UNHCR Guidelines on International "
                "Protection, 2006, on victims of trafficking)."
            )
        )
        self.unhcr_text.setWordWrap(True)
        self.unhcr_text.setAccessibleName(self.tr("Refugee protection comes first"))
        font = self.unhcr_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.unhcr_text.setFont(font)
        name = self.tr("What was decided about a protection claim")
        self.decision = text_box(name, DECISION_LINES)
        hint = self.tr(
            "Required before a return is planned: for example, a lawyer was consulted and a "
            "claim is being prepared, or the person chose not to claim, and why."
        )
        self.decision.setAccessibleDescription(hint)
        decision_label = _bold(self.tr("What was &decided about a protection claim *"))
        decision_label.setBuddy(self.decision)
        self.decision_error = QLabel()
        self.decision_error.setWordWrap(True)
        self.decision_error.setStyleSheet(ERROR_STYLE)
        self.decision_error.setAccessibleName(self.tr("Problem with the decision"))
        self.decision_error.hide()
        column = QVBoxLayout(self.protection)
        column.setContentsMargins(14, 12, 14, 14)
        column.setSpacing(8)
        column.addWidget(heading)
        column.addWidget(self.unhcr_text)
        column.addSpacing(4)
        column.addWidget(decision_label)
        column.addWidget(hint_label(hint))
        column.addWidget(self.decision)
        column.addWidget(self.decision_error)
        return self.protection

    def _no_return_note(self) -> QLabel:
        self.no_return = QLabel(
            self.tr("No return is planned. You can come back to this at any time.")
        )
        self.no_return.setWordWrap(True)
        self.no_return.setStyleSheet(NOTE_STYLE)
        self.no_return.setAccessibleName(self.tr("No return is planned"))
        return self.no_return

    def _notes_box(self) -> QWidget:
        name = self.tr("Notes about the person's wish")
        self.notes = text_box(name, NOTES_LINES)
        label = _bold(self.tr("No&tes about the person's wish"))
        label.setBuddy(self.notes)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(label)
        column.addWidget(self.notes)
        return cell

    # -- values -----------------------------------------------------------------------------

    def _load(self, plan: RepatriationView) -> None:
        self.wish_buttons[plan.wish].setChecked(True)
        self.fear_buttons[plan.fears_harm_on_return].setChecked(True)
        self.decision.setPlainText(plan.protection_claim_decision)
        self.notes.setPlainText(plan.notes)
        self._show_state()

    @property
    def first_field(self) -> QWidget:
        """Where the keyboard starts on this page: the wish as chosen."""
        return self.wish_buttons[self.wish()]

    def wish(self) -> ReturnWish:
        return next(
            (wish for wish, button in self.wish_buttons.items() if button.isChecked()),
            ReturnWish.UNDECIDED,
        )

    def fears_harm(self) -> bool | None:
        return next(
            (answer for answer, button in self.fear_buttons.items() if button.isChecked()), None
        )

    def return_planned(self) -> bool:
        return self.wish() is ReturnWish.RETURN

    def _show_state(self) -> None:
        # Tab reaches a group of answers at the one chosen; the arrow keys choose another.
        for group in (self.wish_group, self.fear_group):
            for button in group.buttons():
                button.setFocusPolicy(
                    Qt.FocusPolicy.StrongFocus if button.isChecked() else Qt.FocusPolicy.ClickFocus
                )
        self.protection.setVisible(self.fears_harm() is True)
        self.no_return.setVisible(not self.return_planned())
        # Finish instead of Next when no return is planned (this also makes the wizard ask
        # nextId() again, which it otherwise does only on changing page).
        self.setFinalPage(not self.return_planned())

    def _wish_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._show_state()
            self._edited()

    def _fear_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._show_state()
            self._edited()

    def _edited(self) -> None:
        self.dirty = True
        self.edited.emit()

    def nextId(self) -> int:
        """Only a wish to return leads on to the steps; otherwise the wizard ends here."""
        return super().nextId() if self.return_planned() else -1

    # -- saving -----------------------------------------------------------------------------

    def saved_plan(self) -> RepatriationView:
        return self._saved

    def save(self, *, keep_going: bool = False) -> None:
        """Save the wish. Raises :class:`ValidationError` when a return is chosen for a person
        who fears harm and no decision about a protection claim is written. With
        ``keep_going`` everything else is saved first, and a return is not recorded: the wish
        stays as it was saved (undecided if that was a return)."""
        if not self.dirty:
            return
        service = self._workspace.repatriation
        decision = self.decision.toPlainText()
        notes = self.notes.toPlainText()
        try:
            self._saved = service.save_wish(
                self._saved.id,
                wish=self.wish(),
                fears_harm_on_return=self.fears_harm(),
                protection_claim_decision=decision,
                notes=notes,
            )
        except ValidationError:
            if keep_going:
                kept = self._saved.wish
                self._saved = service.save_wish(
                    self._saved.id,
                    wish=ReturnWish.UNDECIDED if kept is ReturnWish.RETURN else kept,
                    fears_harm_on_return=self.fears_harm(),
                    protection_claim_decision=decision,
                    notes=notes,
                )
            raise
        self.dirty = False
        self.clear_problems()

    # -- problems ---------------------------------------------------------------------------

    def clear_problems(self) -> None:
        for label in (self.summary, self.decision_error):
            label.clear()
            label.hide()

    def show_problems(self, problems: Sequence[Problem], *, focus: bool = True) -> None:
        """Say under the decision box what is missing; keep what was typed."""
        self.clear_problems()
        other = [p.message for p in problems if p.field != "protection_claim_decision"]
        if len(other) < len(problems):
            self.decision_error.setText(
                self.tr(
                    "The person fears harm on return: write what was decided about a refugee "
                    "protection claim before planning a return. If nothing is decided yet, "
                    "choose Undecided for now."
                )
            )
            self.decision_error.show()
        heading = self.tr("This page could not be saved yet. Please correct what is shown.")
        self.summary.setText("\n".join([heading, *other]))
        self.summary.show()
        if focus and not self.decision_error.isHidden():
            self.decision.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(self.decision)

    def error_text(self) -> str:
        """The problem shown under the decision (empty when there is none)."""
        return self.decision_error.text() if not self.decision_error.isHidden() else ""
