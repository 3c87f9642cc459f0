"""Dialogs that save a form through a service, and the pieces their forms are built from.

:class:`FormDialog` gives Save and Cancel buttons (Enter saves; the dialog closes only once
saved), asks before closing loses what was typed, and says so when what it edits is gone.
:class:`TwoColumnFormDialog` adds a body of labelled field groups in two columns that scrolls,
with every problem shown under its field and counted at the top.

Button labels and questions are passed in by each dialog, translated in its own context.
"""

from __future__ import annotations

import itertools
from abc import abstractmethod
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ltsupport.ui import dialogs
from ltsupport.ui.widgets.field_messages import FieldMessages, hint_label


def field_form(box: QGroupBox) -> QFormLayout:
    """The form inside a group of fields: labels right-aligned at the top of their field."""
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return form


def field_cell(*widgets: QWidget, spacing: int) -> QWidget:
    """``widgets`` one under the other, as one cell of a form (a field, its hint, its
    problem)."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(spacing)
    for widget in widgets:
        column.addWidget(widget)
    return cell


def inline_row(*widgets: QWidget) -> QWidget:
    """``widgets`` side by side from the left, as one field (a check box and its date)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab moves through ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class FormDialog(QDialog):
    """A modal dialog that saves through a service. Subclasses implement :meth:`save`, and
    :meth:`has_changes` with :meth:`_discard_question` when closing could lose typing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)

    def _save_cancel_buttons(self, save_text: str, cancel_text: str) -> QDialogButtonBox:
        """The Save button (the default: Enter saves) and the Cancel button, as
        :attr:`buttons`, :attr:`save_button` and :attr:`cancel_button`."""
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(save_text)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    @abstractmethod
    def save(self) -> None:
        """Save through the service and :meth:`_close_saved`; on a problem, show it and stay
        open."""
        ...

    def accept(self) -> None:
        self.save()

    def has_changes(self) -> bool:
        """Whether closing now would lose something typed."""
        return False

    def _discard_question(self) -> tuple[str, str]:
        """The title and the text of the question asked before losing what was typed (only
        asked when :meth:`has_changes`; dialogs that collect text say it in their own words)."""
        return (
            QCoreApplication.translate("ClientDialog", "Discard changes?"),
            QCoreApplication.translate(
                "ClientDialog", "Close without saving? What you typed will be lost."
            ),
        )

    def reject(self) -> None:
        """Close without saving; ask first when something typed would be lost (not when the app
        locks: the lock hides the dialog first and must never wait for an answer)."""
        if (
            self.isVisible()
            and self.has_changes()
            and not dialogs.confirm(self, *self._discard_question())
        ):
            return
        super().reject()

    def _close_saved(self) -> None:
        super().accept()

    def _close_on_error(self, title: str, text: str) -> None:
        """Say what went wrong (what the dialog edits is gone) and close without asking."""
        dialogs.error(self, title, text)
        super().reject()


class TwoColumnFormDialog(FormDialog):
    """Groups of labelled fields in two columns that scroll, with room under each field for its
    problems, which are counted in :attr:`summary`. Subclasses add rows with :meth:`_add_row`
    to a :func:`field_form`, then call :meth:`_lay_out`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages = FieldMessages()
        self.summary = self.messages.summary
        self._labels: list[QLabel] = []
        self._available: QRect | None = None
        self._height_share = 0.9
        self._body = QWidget()
        self._scroll = QScrollArea()

    def _add_row(
        self,
        form: QFormLayout,
        field: str,
        label_text: str,
        widget: QWidget,
        *,
        buddy: QWidget | None = None,
        hint: str = "",
        description: str = "",
        required: bool = False,
    ) -> None:
        """Add a labelled field with room for its problem; ``hint`` is shown under the field,
        ``description`` only told to screen readers. ``buddy`` is the control the label names
        when ``widget`` holds several."""
        target = buddy or widget
        label = QLabel(label_text)
        label.setBuddy(target)
        name = label_text.replace("&", "").replace(" *", "")
        if buddy is None:
            target.setAccessibleName(name)
        error = self.messages.add_field(field, target, name, hint or description, required=required)
        hints = [hint_label(hint)] if hint else []
        self._labels.append(label)
        form.addRow(label, field_cell(widget, *hints, error, spacing=2))

    def _lay_out(
        self,
        intro: QWidget,
        left: Sequence[QGroupBox],
        right: Sequence[QGroupBox],
        order: Sequence[QWidget],
        *,
        save_text: str,
        cancel_text: str,
    ) -> None:
        """Put ``intro``, the summary, the groups and the buttons in place; Tab follows
        ``order``, then Save and Cancel."""
        # Line up the fields of the groups in each column.
        for groups in (left, right):
            labels = [
                label
                for label in self._labels
                if any(label.parentWidget() is group for group in groups)
            ]
            label_width = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(label_width)

        columns = QHBoxLayout(self._body)
        columns.setContentsMargins(0, 0, 0, 0)
        for groups in (left, right):
            column = QVBoxLayout()
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
            columns.addLayout(column, 1)
        self._scroll.setWidget(self._body)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        buttons = self._save_cancel_buttons(save_text, cancel_text)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(buttons)
        chain_tab_order([*order, self.save_button, self.cancel_button])

    # -- size -------------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        screen = self.screen()
        self.fit_to(screen.availableGeometry() if screen is not None else None)

    @abstractmethod
    def fit_to(self, available: QRect | None) -> None:
        """Size the dialog to show every field, within ``available`` (the usable screen area,
        if known)."""
        ...

    def _fit(
        self,
        available: QRect | None,
        *,
        min_width: int,
        extra_lines: int,
        extra_height: int,
        height_share: float,
    ) -> None:
        """Be wide and tall enough for the body plus ``extra_lines`` of text and
        ``extra_height`` pixels, but at most 95% of ``available``'s width and
        ``height_share`` of its height."""
        self._available = available
        self._height_share = height_share
        hint = self._body.sizeHint()
        width = max(
            min_width, hint.width() + self._scroll.verticalScrollBar().sizeHint().width() + 24
        )
        height = hint.height() + self.fontMetrics().lineSpacing() * extra_lines + extra_height
        if available is not None:
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * height_share))
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
            height = min(height, int(self._available.height() * self._height_share))
        self.resize(self.width(), height)

    # -- problems ---------------------------------------------------------------------------

    def error_text(self, field: str) -> str:
        """The problem shown under ``field`` (empty when there is none)."""
        return self.messages.error_text(field)

    def clear_problems(self) -> None:
        self.messages.clear()

    def _show_problem_texts(
        self, problems: Iterable[tuple[str, str]], *, distinct: bool = False, grow: bool = False
    ) -> None:
        """Show each ``(field, text)`` under its field and a count at the top (see
        :meth:`FieldMessages.show`), growing taller with ``grow`` to show them; then move to
        the first field with a problem."""
        first = self.messages.show(problems, distinct=distinct)
        if grow:
            self._grow_to_show_problems()
        if first is not None:
            widget = self.messages.input(first)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(widget)
