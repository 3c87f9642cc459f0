"""A date that may be unknown: a "Date known" check box beside a date edit.

An empty date is a real state (no permit yet, no court date set), so it is shown in words
("No date") rather than as a made-up date, and a date edit can never hold an impossible date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

# The date edit's minimum stands for "no date" and shows as the special text.
NO_DATE = QDate(1900, 1, 1)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateField(QWidget):
    """``name`` is what the date is (for example "Next court date"), for screen readers.
    ``suggested`` is the date offered when the worker ticks "Date known" (default: today)."""

    changed = Signal()

    def __init__(
        self, name: str, parent: QWidget | None = None, *, suggested: QDate | None = None
    ) -> None:
        super().__init__(parent)
        self._suggested = suggested
        self.known = QCheckBox(self.tr("Date known"))
        self.known.setAccessibleName(self.tr("%1: a date is known").replace("%1", name))
        self.edit = QDateEdit()
        self.edit.setAccessibleName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("No date"))
        self.edit.setDate(NO_DATE)
        self.edit.setEnabled(False)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 56)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.known)
        QWidget.setTabOrder(self.known, self.edit)

        self.known.toggled.connect(self._known_toggled)
        self.edit.dateChanged.connect(self.changed)

    def focus_widgets(self) -> list[QWidget]:
        """The controls in tab order (for the tab order of the form around it)."""
        return [self.known, self.edit]

    def _known_toggled(self, known: bool) -> None:
        self.edit.setEnabled(known)
        if known and self.edit.date() == NO_DATE:
            self.edit.setDate(self._suggested or QDate.currentDate())
        elif not known:
            self.edit.setDate(NO_DATE)
        self.changed.emit()

    def value(self) -> date | None:
        if not self.known.isChecked() or self.edit.date() == NO_DATE:
            return None
        return from_qdate(self.edit.date())

    def iso(self) -> str:
        """The date as the services take it: ``YYYY-MM-DD``, or empty for no date."""
        value = self.value()
        return value.isoformat() if value is not None else ""

    def set_value(self, value: date | None) -> None:
        self.known.blockSignals(True)
        self.known.setChecked(value is not None)
        self.known.blockSignals(False)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(to_qdate(value) if value is not None else NO_DATE)

    def set_iso(self, value: str) -> None:
        """Show a stored ``YYYY-MM-DD`` date; an empty or unreadable value shows no date."""
        try:
            self.set_value(date.fromisoformat(value) if value else None)
        except ValueError:
            self.set_value(None)
