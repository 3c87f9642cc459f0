"""Translated, plain-language labels for the values stored as enums and codes.

Every label is a literal in a ``QCoreApplication.translate("labels", ...)`` call so that
``lupdate`` finds it; the lookups are built on each call (never at import) so a language change
takes effect at once.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from ltsupport.models.client import ClientStatus, ConsentKind, ImmigrationStatus

DOCUMENT_LANGUAGES = ("en", "fr")


def client_status_label(status: ClientStatus) -> str:
    """``Active``, ``Closed`` or ``Archived``."""
    labels = {
        ClientStatus.ACTIVE: QCoreApplication.translate("labels", "Active"),
        ClientStatus.CLOSED: QCoreApplication.translate("labels", "Closed"),
        ClientStatus.ARCHIVED: QCoreApplication.translate("labels", "Archived"),
    }
    return labels[status]


def immigration_status_label(status: ImmigrationStatus) -> str:
    labels = {
        ImmigrationStatus.UNKNOWN: QCoreApplication.translate("labels", "Not known"),
        ImmigrationStatus.CITIZEN: QCoreApplication.translate("labels", "Canadian citizen"),
        ImmigrationStatus.PERMANENT_RESIDENT: QCoreApplication.translate(
            "labels", "Permanent resident"
        ),
        ImmigrationStatus.TRP_VICTIM: QCoreApplication.translate(
            "labels", "Temporary resident permit for victims of trafficking (TRP)"
        ),
        ImmigrationStatus.TEMPORARY_RESIDENT: QCoreApplication.translate(
            "labels", "Other temporary resident (visitor, student or worker)"
        ),
        ImmigrationStatus.REFUGEE_CLAIMANT: QCoreApplication.translate(
            "labels", "Refugee claimant"
        ),
        ImmigrationStatus.PROTECTED_PERSON: QCoreApplication.translate(
            "labels", "Protected person"
        ),
        ImmigrationStatus.NO_STATUS: QCoreApplication.translate("labels", "No status"),
        ImmigrationStatus.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return labels[status]


def consent_kind_label(kind: ConsentKind) -> str:
    """What the person agreed to, phrased to follow "Consent to": ``Share with an organisation``."""
    labels = {
        ConsentKind.STORE: QCoreApplication.translate("labels", "Keep their information here"),
        ConsentKind.PLANNING: QCoreApplication.translate(
            "labels", "Use their information for planning"
        ),
        ConsentKind.SHARE: QCoreApplication.translate("labels", "Share with an organisation"),
        ConsentKind.EXPORT: QCoreApplication.translate("labels", "Export a case summary"),
        ConsentKind.PRINT: QCoreApplication.translate("labels", "Print their plan"),
    }
    return labels[kind]


def document_language_label(code: str) -> str:
    """``English`` or ``French`` for the document language codes; other codes as they are."""
    labels = {
        "en": QCoreApplication.translate("labels", "English"),
        "fr": QCoreApplication.translate("labels", "French"),
    }
    return labels.get(code, code)


def date_text(value: date | None) -> str:
    """A date as ``2026-03-14`` (the all-numeric format used in Canada), or an empty string."""
    return value.isoformat() if value is not None else ""


def datetime_text(value: datetime | None) -> str:
    """A stored UTC time shown in the computer's local time, to the minute."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def not_recorded() -> str:
    """What an empty optional field shows."""
    return QCoreApplication.translate("labels", "Not recorded")
