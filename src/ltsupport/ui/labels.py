"""Translated, plain-language labels for the values stored as enums and codes.

Every label is a literal in a ``QCoreApplication.translate("labels", ...)`` call so that
``lupdate`` finds it; the lookups are built on each call (never at import) so a language change
takes effect at once.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from ltsupport.checklist import NEED_AREA_KEYS, NeedStatus, need_area
from ltsupport.models.client import ClientStatus, ConsentKind, ImmigrationStatus
from ltsupport.models.contact import ContactKind
from ltsupport.models.plan import ActionOwner, ActionStatus, Priority
from ltsupport.models.resource import ReferralStatus, ResourceSource
from ltsupport.services.catalogue_file import CATEGORIES

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


def ui_language() -> str:
    """``"fr"`` when the interface is in French, else ``"en"``: which half of the bilingual data
    (categories, needs areas, French names of resources) to show.

    The translators set Qt's default locale to the interface language (see ``i18n``).
    """
    return "fr" if QLocale().name().lower().startswith("fr") else "en"


def referral_status_label(status: ReferralStatus) -> str:
    """``Suggested``, ``Referred``, ``Accepted``, ``Attending``, ``Completed`` or ``Declined``."""
    labels = {
        ReferralStatus.SUGGESTED: QCoreApplication.translate("labels", "Suggested"),
        ReferralStatus.REFERRED: QCoreApplication.translate("labels", "Referred"),
        ReferralStatus.ACCEPTED: QCoreApplication.translate("labels", "Accepted"),
        ReferralStatus.ATTENDING: QCoreApplication.translate("labels", "Attending"),
        ReferralStatus.COMPLETED: QCoreApplication.translate("labels", "Completed"),
        ReferralStatus.DECLINED: QCoreApplication.translate("labels", "Declined"),
    }
    return labels[status]


def category_label(key: str) -> str:
    """A catalogue category in the interface language; an unknown key as it is."""
    label = CATEGORIES.get(key)
    return label.get(ui_language()) if label is not None else key


def need_area_label(key: str | None) -> str:
    """A needs area's title in the interface language; empty for no area, the key if unknown."""
    if not key:
        return ""
    if key not in NEED_AREA_KEYS:
        return key
    return need_area(key).title.get(ui_language())


def resource_name(name: str, name_fr: str) -> str:
    """A resource's name in the interface language (the French name only when there is one)."""
    return name_fr if name_fr and ui_language() == "fr" else name


def province_label(code: str) -> str:
    """A province or territory by its name; an unknown code as it is."""
    labels = {
        "AB": QCoreApplication.translate("labels", "Alberta"),
        "BC": QCoreApplication.translate("labels", "British Columbia"),
        "MB": QCoreApplication.translate("labels", "Manitoba"),
        "NB": QCoreApplication.translate("labels", "New Brunswick"),
        "NL": QCoreApplication.translate("labels", "Newfoundland and Labrador"),
        "NS": QCoreApplication.translate("labels", "Nova Scotia"),
        "NT": QCoreApplication.translate("labels", "Northwest Territories"),
        "NU": QCoreApplication.translate("labels", "Nunavut"),
        "ON": QCoreApplication.translate("labels", "Ontario"),
        "PE": QCoreApplication.translate("labels", "Prince Edward Island"),
        "QC": QCoreApplication.translate("labels", "Quebec"),
        "SK": QCoreApplication.translate("labels", "Saskatchewan"),
        "YT": QCoreApplication.translate("labels", "Yukon"),
    }
    return labels.get(code, code)


def place_label(city: str, province: str, country: str | None) -> str:
    """Where a resource is: ``Toronto, ON``; ``Country: PH`` for a consulate or a home-country
    service; ``Canada-wide`` when neither a place nor a country is recorded."""
    if country:
        return QCoreApplication.translate("labels", "Country: %1").replace("%1", country)
    place = ", ".join(part for part in (city, province) if part)
    return place or QCoreApplication.translate("labels", "Canada-wide")


def language_label(code: str) -> str:
    """A language code with its name, for example ``Spanish (es)``; the bare code if unknown."""
    language = QLocale(code).language()
    if language == QLocale.Language.C:
        return code
    return f"{QLocale.languageToString(language)} ({code})"


def resource_source_label(source: ResourceSource, edited_locally: bool) -> str:
    """Whether an entry came with the app, and whether staff changed it."""
    if source is ResourceSource.LOCAL:
        return QCoreApplication.translate("labels", "Added by staff")
    if edited_locally:
        return QCoreApplication.translate("labels", "Came with the app; edited by staff")
    return QCoreApplication.translate("labels", "Came with the app")


# -- transition plan values ------------------------------------------------------------------


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
