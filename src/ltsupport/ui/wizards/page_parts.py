"""Parts shared by the wizards' long pages (a plan's needs area, a return step): the problem
summary at the top, the two scrolling columns, the questions to talk through, the details box,
the tinted staff-only frame, and showing each problem under its field.

The words stay with each page (its own ``tr`` context); these helpers take them translated.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ltsupport.services.errors import Problem
from ltsupport.ui.widgets.field_messages import SUMMARY_STYLE, hint_label, shown_text
from ltsupport.ui.wizards.detail_fields import DetailsForm, FieldForm

# Worker-only parts sit in a tinted frame; the words above them say so (colour never alone).
STAFF_ONLY_STYLE = (
    "QFrame#staff-only { background: #eef2f7; border: 1px solid #8a9bb3; border-radius: 6px; }"
)


def heading(text: str, scale: float | None = None) -> QLabel:
    """A bold, wrapping title; with ``scale``, its point size set to ``scale`` times the usual."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    if scale is not None:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def staff_only_frame(title_text: str, *widgets: QWidget) -> tuple[QFrame, QLabel]:
    """A tinted frame for what is never printed on the client's copy, titled in words;
    returns the frame and its title."""
    frame = QFrame()
    frame.setObjectName("staff-only")
    frame.setStyleSheet(STAFF_ONLY_STYLE)
    title = heading(title_text, 1.0)
    column = QVBoxLayout(frame)
    column.setContentsMargins(12, 10, 12, 12)
    column.setSpacing(6)
    column.addWidget(title)
    for widget in widgets:
        column.addWidget(widget)
    return frame, title


def summary_label(accessible_name: str) -> QLabel:
    """The page's problem summary, in bold red at the top; hidden until there is a problem."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(SUMMARY_STYLE)
    label.setAccessibleName(accessible_name)
    label.hide()
    return label


def two_columns(
    page: QWidget, summary: QLabel, left: QLayout, right: QLayout, order: Sequence[QWidget]
) -> QScrollArea:
    """Lay ``page`` out as ``summary`` over the ``left`` and ``right`` columns in one vertical
    scroll area (returned), with the tab order ``order``."""
    body = QWidget()
    columns = QHBoxLayout(body)
    columns.setContentsMargins(0, 0, 8, 0)
    columns.setSpacing(24)
    columns.addLayout(left, 5)
    columns.addLayout(right, 6)
    scroll_area = QScrollArea()
    scroll_area.setWidget(body)
    scroll_area.setWidgetResizable(True)
    scroll_area.setFrameShape(QFrame.Shape.NoFrame)
    scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(summary)
    layout.addWidget(scroll_area, 1)
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
    return scroll_area


def questions_box(title: str, prompts: Iterable[str], hint: str) -> QGroupBox:
    """The questions to talk through, one bullet each, with ``hint`` under them."""
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    column.setSpacing(6)
    for prompt in prompts:
        label = QLabel("•  " + prompt)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(label)
    column.addWidget(hint_label(hint))
    return box


@dataclass(frozen=True)
class DetailsTexts:
    """The words of a details box, translated by the page that shows it."""

    title: str
    staff_only: str
    none_printed: str
    all_printed: str
    some_printed: str


def details_box(form: DetailsForm, texts: DetailsTexts) -> QWidget:
    """``form`` in a staff-only frame when none of it is printed on the client's copy, else in
    a box that says which of it is printed."""
    if all(not spec.client_visible for spec in form.fields):
        note = hint_label(texts.none_printed)
        frame, _title = staff_only_frame(texts.title + " — " + texts.staff_only, note, form)
        return frame
    box = QGroupBox(texts.title)
    column = QVBoxLayout(box)
    if all(spec.client_visible for spec in form.fields):
        column.addWidget(hint_label(texts.all_printed))
    else:
        column.addWidget(hint_label(texts.some_printed))
    column.addWidget(form)
    return box


@dataclass(frozen=True)
class PageProblems:
    """Where a page shows its problems: ``labelled`` maps a field to the red label under it and
    the control it is typed in; ``forms`` hold the other fields, in the page's order."""

    summary: QLabel
    scroll_area: QScrollArea
    labelled: Mapping[str, tuple[QLabel, QWidget]]
    forms: Sequence[FieldForm | None]

    def clear(self) -> None:
        for label in (self.summary, *(label for label, _widget in self.labelled.values())):
            label.clear()
            label.hide()
        for form in self.forms:
            if form is not None:
                form.clear_problems()

    def show(
        self,
        problems: Sequence[Problem],
        text_for: Callable[[Problem], str],
        heading_text: str,
        *,
        focus: bool,
    ) -> None:
        """Show each problem under its field and the others under ``heading_text`` at the top;
        with ``focus``, move to the first field with a problem."""
        first: QWidget | None = None
        other: list[str] = []
        for problem in problems:
            text = text_for(problem)
            widget = self._show_one(problem.field, text)
            if widget is None:
                other.append(text)
                continue
            first = first or widget
        self.summary.setText("\n".join([heading_text, *other]))
        self.summary.show()
        if first is not None and focus:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(first)

    def _show_one(self, field: str, text: str) -> QWidget | None:
        if field in self.labelled:
            label, widget = self.labelled[field]
            label.setText(text)
            label.show()
            return widget
        for form in self.forms:
            if form is not None and form.has_field(field):
                form.show_problem(field, text)
                return form.inputs[field]
        return None

    def error_text(self, field: str) -> str:
        """The problem shown for ``field`` (empty when there is none)."""
        if field in self.labelled:
            return shown_text(self.labelled[field][0])
        for form in self.forms:
            if form is not None and form.has_field(field):
                return form.error_text(field)
        return ""
