"""The wizards' side panel: every step, the current one marked, and whether what was typed is
saved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ltsupport.ui.widgets.field_messages import hint_label

SIDE_STYLE = "QFrame#steps { background: #f3f5f8; border-right: 1px solid #d5dbe3; }"
PROBLEM_STYLE = "color: #b00020;"


class StepList(QFrame):
    """The wizard's side panel: every step, the current one marked in words and bold, and
    whether what was typed is saved."""

    def __init__(
        self, steps: list[tuple[str, str]], *, alone: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self.setStyleSheet(SIDE_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedWidth(240)
        self._titles = dict(steps)
        self._markers: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        for row, (key, title) in enumerate(steps):
            marker = QLabel()
            marker.setFixedWidth(marker.fontMetrics().horizontalAdvance("▸") + 4)
            marker.setAlignment(Qt.AlignmentFlag.AlignTop)
            label = QLabel(title)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(marker, row, 0)
            grid.addWidget(label, row, 1)
            self._markers[key] = marker
            self._labels[key] = label
        self.save_state = QLabel()
        self.save_state.setWordWrap(True)
        self.save_state.setAccessibleName(self.tr("Saving"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 16, 12, 14)
        layout.setSpacing(8)
        layout.addLayout(grid)
        if alone:
            layout.addSpacing(8)
            layout.addWidget(
                hint_label(self.tr("Opened on its own: the rest of the plan stays as it is."))
            )
        layout.addStretch(1)
        layout.addWidget(self.save_state)
        layout.addWidget(
            hint_label(self.tr("Saved as you go. You can close at any time and continue later."))
        )

    def set_current(self, current: str) -> None:
        for key, label in self._labels.items():
            font = label.font()
            font.setBold(key == current)
            label.setFont(font)
            self._markers[key].setText("▸" if key == current else "")
            label.setAccessibleName(
                self.tr("Current step: %1").replace("%1", self._titles[key])
                if key == current
                else self._titles[key]
            )

    def current_title(self) -> str:
        """The step shown as current."""
        return next((self._titles[k] for k, m in self._markers.items() if m.text()), "")

    def show_saved(self, at: datetime) -> None:
        self.save_state.setStyleSheet("")
        time = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
        self.save_state.setText(self.tr("All changes saved at %1.").replace("%1", time))

    def show_pending(self) -> None:
        self.save_state.setStyleSheet("")
        self.save_state.setText(self.tr("Saving in a moment…"))

    def show_problem(self, text: str = "") -> None:
        self.save_state.setStyleSheet(PROBLEM_STYLE)
        self.save_state.setText(
            text or self.tr("Not everything could be saved: see the message on the page.")
        )
