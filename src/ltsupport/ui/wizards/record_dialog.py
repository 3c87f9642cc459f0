"""The small dialogs the wizard pages add or edit one record with (an action, a contact): an
intro, a problem summary, a :class:`FieldForm`, and Save and Cancel.

Save keeps the dialog open while there are problems; Cancel asks before losing what was typed,
and when the dialog is closed for the worker (the vault locking) what was typed is kept if it
can be saved. The words are given by each dialog, translated in its own context.
"""

from __future__ import annotations

import itertools
import logging
from abc import abstractmethod
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ltsupport.services.errors import NotFoundError, Problem, ValidationError
from ltsupport.ui import dialogs
from ltsupport.ui.wizards.detail_fields import FieldForm


class RecordDialog(QDialog):
    """Subclasses build :attr:`fields`, call :meth:`_lay_out`, and give the words and the
    saving (:meth:`_store`)."""

    _log: logging.Logger
    """Where a failure to keep what was typed is logged."""
    _keep_failed: str
    """The log message for that failure, with ``%s`` for the kind of error."""
    saved: object | None
    """The record as saved, after Save (or after what was typed was kept)."""
    summary: QLabel
    """The problems to correct, at the top (see :func:`~.page_parts.summary_label`)."""

    def _lay_out(self, intro: QWidget, save_text: str, cancel_text: str) -> None:
        """``intro``, the summary, :attr:`fields`, then Save (the default) and Cancel; Tab goes
        through the fields and then the buttons."""
        self.save_button = QPushButton(save_text)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(cancel_text)
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

    # -- for subclasses ----------------------------------------------------------------------

    fields: FieldForm

    @abstractmethod
    def has_changes(self) -> bool: ...

    @abstractmethod
    def _store(self) -> None:
        """Save what the dialog holds through the service (raises its errors)."""

    @abstractmethod
    def _problem_text(self, problem: Problem) -> str: ...

    @abstractmethod
    def show_problems(self, problems: tuple[Problem, ...]) -> None: ...

    @abstractmethod
    def _not_found(self) -> tuple[str, str]:
        """The title and text saying that what the dialog saves to no longer exists."""

    @abstractmethod
    def _discard_question(self) -> tuple[str, str]:
        """The title and text of the question asked before losing what was typed."""

    # -- problems ----------------------------------------------------------------------------

    def error_text(self, field: str) -> str:
        return self.fields.error_text(field)

    def _show_problems(self, problems: Sequence[Problem], heading: str) -> None:
        """Show each problem under its field and the others under ``heading`` at the top, and
        move to the first field with a problem."""
        self.fields.clear_problems()
        other = []
        for problem in problems:
            if self.fields.has_field(problem.field):
                self.fields.show_problem(problem.field, self._problem_text(problem))
            else:
                other.append(self._problem_text(problem))
        self.summary.setText("\n".join([heading, *other]))
        self.summary.show()
        first = next((p.field for p in problems if self.fields.has_field(p.field)), None)
        if first is not None:
            self.fields.inputs[first].setFocus()

    # -- closing -----------------------------------------------------------------------------

    def save(self) -> None:
        try:
            self._store()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except NotFoundError:
            dialogs.error(self, *self._not_found())
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
                    self._log.warning(self._keep_failed, type(exc).__name__)
                    self.saved = None
            elif not dialogs.confirm(self, *self._discard_question()):
                return
        super().reject()
