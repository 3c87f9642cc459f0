"""Parts shared by the client screen's plan overviews (the transition plan, the return home):
a section heading, a page with a message and one button, the scrolling page that shows the
plan, and status badges whose words the colour only repeats.

The words stay with each overview (its own ``tr`` context); these helpers take them translated.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ltsupport.services.errors import NotFoundError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs

BADGE_SHAPE = " border-radius: 4px; padding: 2px 8px;"
BADGE_PADDING = 22


def section_heading(text: str = "", *, wrap: bool = False) -> QLabel:
    """A bold title, a little larger than the text under it."""
    label = QLabel(text)
    if wrap:
        label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


def message_page(heading: QLabel, text: QLabel, button: QPushButton, *, width: int) -> QWidget:
    """A page with ``heading``, ``text`` (at most ``width`` wide) and ``button``, which takes
    the page's focus."""
    page = QWidget()
    text.setMaximumWidth(width)
    buttons = QHBoxLayout()
    buttons.addWidget(button)
    buttons.addStretch(1)
    column = QVBoxLayout(page)
    column.setContentsMargins(12, 16, 12, 12)
    column.setSpacing(10)
    column.addWidget(heading)
    column.addWidget(text)
    column.addSpacing(6)
    column.addLayout(buttons)
    column.addStretch(1)
    page.setFocusProxy(button)
    return page


def see_through_scroll(content: QWidget, focus: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that lets the tab page show through (so the
    overview does not sit in a grey box), giving its focus to ``focus``."""
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    scroll.setFocusProxy(focus)
    return scroll


def badge_width(widget: QWidget, labels: Iterable[str]) -> int:
    """Wide enough for the longest of ``labels`` in a badge, in ``widget``'s font."""
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(label) for label in labels) + BADGE_PADDING


def status_badge(width: int) -> QLabel:
    """An empty status badge, at least ``width`` wide; :func:`show_status` fills it."""
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMinimumWidth(width)
    return label


def show_status(badge: QLabel, text: str, style: str, accessible_name: str) -> None:
    """Write ``text`` in ``badge``, coloured with ``style`` (which only repeats the words)."""
    badge.setText(text)
    badge.setStyleSheet(style + BADGE_SHAPE)
    badge.setAccessibleName(accessible_name)


BADGE_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
"""Where a status badge sits in its grid cell."""


class WizardOverview(QWidget):
    """An overview of one plan that opens at most one wizard at a time (:attr:`wizard`) and
    reads the plan again (:meth:`refresh`) when the wizard closes."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.wizard: QWizard | None = None

    @abstractmethod
    def refresh(self) -> None:
        """Read the plan again and show it."""

    def _show_pages(self, pages: QStackedWidget, *each: QWidget) -> None:
        """Fill the overview with ``pages``, holding ``each`` page, and show the plan."""
        for page in each:
            pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(pages)
        self.refresh()

    def _open_one_wizard(self, make: Callable[[], QWizard], not_found: tuple[str, str]) -> None:
        """Bring the open wizard to the front, or open the one ``make`` builds; when the
        client no longer exists, say so with the ``not_found`` title and text."""
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        try:
            wizard = make()
        except NotFoundError:
            dialogs.error(self, *not_found)
            return
        self.wizard = wizard
        wizard.finished.connect(self._wizard_finished)
        wizard.open()

    def _wizard_finished(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        if self._workspace.is_open:
            self.refresh()
