"""Translated labels for the values of a transition plan: priority, who does an action, an
action's status, the kind of a contact and yes/no/unknown answers.

Each label is a literal in a ``QCoreApplication.translate("labels", ...)`` call (the same
context as ``ui/labels.py``, so they can move there unchanged); the lookups are built on each
call, never at import, so a language change takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ltsupport.checklist import NeedStatus
from ltsupport.models import ActionOwner, ActionStatus, ContactKind, Priority
from ltsupport.ui.labels import ui_language


def need_status_label(status: NeedStatus) -> str:
    """Where an area stands, from the checklist data, in the interface language."""
    return status.label(ui_language())


def priority_label(priority: Priority) -> str:
    labels = {
        Priority.NONE: QCoreApplication.translate("labels", "No priority set"),
        Priority.HIGH: QCoreApplication.translate("labels", "High"),
        Priority.MEDIUM: QCoreApplication.translate("labels", "Medium"),
        Priority.LOW: QCoreApplication.translate("labels", "Low"),
    }
    return labels[priority]


def action_owner_label(owner: ActionOwner) -> str:
    labels = {
        ActionOwner.CLIENT: QCoreApplication.translate("labels", "The person"),
        ActionOwner.WORKER: QCoreApplication.translate("labels", "Worker"),
        ActionOwner.ORGANISATION: QCoreApplication.translate("labels", "An organisation"),
    }
    return labels[owner]


def action_status_label(status: ActionStatus) -> str:
    labels = {
        ActionStatus.OPEN: QCoreApplication.translate("labels", "To do"),
        ActionStatus.DONE: QCoreApplication.translate("labels", "Done"),
        ActionStatus.CANCELLED: QCoreApplication.translate("labels", "Cancelled"),
    }
    return labels[status]


def contact_kind_label(kind: ContactKind) -> str:
    labels = {
        ContactKind.PERSON: QCoreApplication.translate("labels", "Person"),
        ContactKind.GROUP: QCoreApplication.translate("labels", "Group"),
        ContactKind.PROFESSIONAL: QCoreApplication.translate("labels", "Professional"),
    }
    return labels[kind]


def yes_no_unknown_label(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("labels", "Unknown")
    return (
        QCoreApplication.translate("labels", "Yes")
        if value
        else QCoreApplication.translate("labels", "No")
    )
