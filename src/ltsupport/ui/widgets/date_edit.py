"""A date edit as the dialogs show dates (``2026-03-14``, with a calendar), and the conversions
between Python's dates and Qt's."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(accessible_name: str = "") -> QDateEdit:
    """A date edit showing ``yyyy-MM-dd`` with a calendar to pick from."""
    edit = QDateEdit()
    if accessible_name:
        edit.setAccessibleName(accessible_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
