"""Parts shared by the wizards' review pages (the transition plan, the return plan): a note at
the top, a grid with one row per area or step and a Go to button on each, and the page body
that scrolls.

The words stay with each page (its own ``tr`` context); these helpers take them translated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

NOTE_STYLE = "QLabel { background: #f3f5f8; border-left: 4px solid #8a9bb3; padding: 8px 10px; }"


def bold_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def note_label(accessible_name: str) -> QLabel:
    """A wrapped plain-text note on a tinted background, filled in when the page is shown."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible_name)
    label.setStyleSheet(NOTE_STYLE)
    return label


def review_grid(headers: Sequence[str]) -> QGridLayout:
    """A grid with ``headers`` in bold on its first row."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(16)
    grid.setVerticalSpacing(10)
    for index, text in enumerate(headers):
        grid.addWidget(bold_label(text), 0, index)
    return grid


def row_labels(title: str, columns: Sequence[str]) -> list[QLabel]:
    """One plain-text label for each of ``columns`` of the row for ``title``, named
    "title: column" for screen readers."""
    labels = []
    for what in columns:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(f"{title}: {what}")
        labels.append(label)
    return labels


def go_to_button(text: str, accessible_name: str, go: Callable[[], None]) -> QPushButton:
    """A Go to button that calls ``go`` (never the default button: Enter still goes on)."""
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: go())
    return button


def scrolling_body(page: QWidget, parts: Sequence[QWidget | QLayout]) -> None:
    """Lay ``page`` out as ``parts`` one under the other in a frameless vertical scroll area."""
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 8, 0)
    column.setSpacing(14)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
