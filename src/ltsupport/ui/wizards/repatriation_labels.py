"""Translated words for a repatriation plan: the person's wish, a step's status, progress and
a country.

Each label is a literal in a ``QCoreApplication.translate("labels", ...)`` call (the context of
``ui/labels.py``); the lookups are built on each call, never at import,
so a language change takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ltsupport.checklist import StepStatus
from ltsupport.models import ReturnWish
from ltsupport.ui.labels import ui_language

# The status is always written out; the colour only repeats it. Dark text on light backgrounds.
STEP_STATUS_STYLES = {
    StepStatus.NOT_STARTED: "background: #f0f0f0; color: #333333; border: 1px solid #b8b8b8;",
    StepStatus.IN_PROGRESS: "background: #dbe9fb; color: #173a6b; border: 1px solid #7fa6d9;",
    StepStatus.DONE: "background: #dcf2e0; color: #14532d; border: 1px solid #7cb98a;",
    StepStatus.NOT_APPLICABLE: "background: #eef1f5; color: #37414d; border: 1px solid #aab4c0;",
}


def step_status_label(status: StepStatus) -> str:
    """Where a step stands, from the checklist data, in the interface language."""
    return status.label(ui_language())


def wish_label(wish: ReturnWish) -> str:
    """The person's wish as a sentence: ``The person wishes to return home.``"""
    labels = {
        ReturnWish.RETURN: QCoreApplication.translate(
            "labels", "The person wishes to return to their home country."
        ),
        ReturnWish.STAY: QCoreApplication.translate(
            "labels", "The person wishes to stay in Canada."
        ),
        ReturnWish.UNDECIDED: QCoreApplication.translate(
            "labels", "The person has not decided whether to return."
        ),
    }
    return labels[wish]


def fear_label(fears_harm: bool | None) -> str:
    """The answer to "Does the person fear harm if they return?"."""
    if fears_harm is None:
        return QCoreApplication.translate("labels", "Not known")
    return (
        QCoreApplication.translate("labels", "Yes")
        if fears_harm
        else QCoreApplication.translate("labels", "No")
    )


def progress_label(done: int, total: int) -> str:
    """``3 of 7 steps done`` (a step that does not apply counts as done)."""
    return (
        QCoreApplication.translate("labels", "%1 of %2 steps done")
        .replace("%1", str(done))
        .replace("%2", str(total))
    )


def country_label(code: str | None) -> str:
    """A two-letter country code with its name, ``Philippines (PH)``; the bare code when Qt
    does not know it; ``Not recorded`` for none."""
    if not code:
        return QCoreApplication.translate("labels", "Not recorded")
    territory = QLocale.codeToTerritory(code.upper())
    if territory == QLocale.Country.AnyTerritory:
        return code.upper()
    return f"{QLocale.territoryToString(territory)} ({code.upper()})"
