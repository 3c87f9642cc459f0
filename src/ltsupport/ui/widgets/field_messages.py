"""What a form tells the worker about its fields: a hint under a field, a problem in red under
it, and a summary at the top that counts the problems.

The words shared by the client and resource dialogs are translated in the context the French
catalogue first held them in (``ClientDialog``), so sharing them here needs no new translation.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b00020;"
SUMMARY_STYLE = ERROR_STYLE + " font-weight: bold;"


def hint_label(text: str) -> QLabel:
    """A short explanation shown under a field, a little smaller than the field's text."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def error_label(accessible_name: str) -> QLabel:
    """A problem under a field, in red; hidden until there is one."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(accessible_name)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``; an empty text hides it."""
    label.setText(text)
    label.setVisible(bool(text))


def shown_text(label: QLabel) -> str:
    """The text ``label`` shows (empty when it is hidden)."""
    return label.text() if not label.isHidden() else ""


def problems_heading(count: int) -> str:
    """``Please correct 1 problem before saving.``, or the number of problems."""
    if count == 1:
        return QCoreApplication.translate("ClientDialog", "Please correct 1 problem before saving.")
    return QCoreApplication.translate(
        "ClientDialog", "Please correct %1 problems before saving."
    ).replace("%1", str(count))


class FieldMessages:
    """The problems of a form's fields: each shown in red under its field (and told to screen
    readers as the field's description), with a count at the top in :attr:`summary`."""

    def __init__(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(SUMMARY_STYLE)
        self.summary.setAccessibleName(
            QCoreApplication.translate("ClientDialog", "Problems to correct")
        )
        self.summary.hide()
        self._inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._descriptions: dict[str, str] = {}

    def add_field(
        self, field: str, target: QWidget, name: str, description: str, *, required: bool
    ) -> QLabel:
        """Describe ``target`` (the control for ``field``, called ``name``) to screen readers,
        and return the label that will show its problems. A required field's description
        starts with "Required."."""
        if required:
            required_text = QCoreApplication.translate("ClientDialog", "Required.")
            description = required_text + (" " + description if description else "")
        target.setAccessibleDescription(description)
        error = error_label(
            QCoreApplication.translate("ClientDialog", "Problem with %1").replace("%1", name)
        )
        error.setObjectName(f"error_{field}")
        self._inputs[field] = target
        self._errors[field] = error
        self._descriptions[field] = description
        return error

    def input(self, field: str) -> QWidget:
        """The control the worker corrects ``field`` in."""
        return self._inputs[field]

    def error_text(self, field: str) -> str:
        """The problem shown under ``field`` (empty when there is none)."""
        return shown_text(self._errors[field])

    def clear(self) -> None:
        for field, label in self._errors.items():
            label.clear()
            label.hide()
            self._inputs[field].setAccessibleDescription(self._descriptions[field])
        self.summary.clear()
        self.summary.hide()

    def show(self, problems: Iterable[tuple[str, str]], *, distinct: bool = False) -> str | None:
        """Show each ``(field, text)`` under its field (a problem for no known field in the
        summary), and the count at the top; with ``distinct`` a text repeated for a field is
        shown and counted once. Returns the first field with a problem, in the order of the
        form, or ``None``."""
        self.clear()
        other: list[str] = []
        texts: dict[str, list[str]] = {}
        for field, text in problems:
            if field in self._errors:
                lines = texts.setdefault(field, [])
                if not distinct or text not in lines:
                    lines.append(text)
            else:
                other.append(text)
        for field, lines in texts.items():
            label = self._errors[field]
            label.setText("\n".join(lines))
            label.show()
            self._inputs[field].setAccessibleDescription(" ".join(lines))
        count = sum(len(lines) for lines in texts.values()) + len(other)
        self.summary.setText("\n".join([problems_heading(count), *other]))
        self.summary.show()
        return next((field for field in self._errors if field in texts), None)
