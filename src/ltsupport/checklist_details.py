"""Area-specific fields of the needs wizard, as data (the wizard builds its widgets from these).

Each field is stored in ``NeedAssessment.details`` under its key, except those whose ``target``
is ``"client"``: they edit the client's own record (immigration status and permit expiry live
there once, so the profile, the plan and the Today screen agree).

``client_visible`` says whether a field may appear on the client's printed copy. Everything
about immigration, the investigation, the court and police or crown contacts is worker-only.
Standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

from ltsupport.checklist import Text

FieldKind = Literal["line", "text", "date", "choice"]


@dataclass(frozen=True, slots=True)
class DetailField:
    key: str
    label: Text
    kind: FieldKind
    client_visible: bool = False
    choices: tuple[tuple[str, Text], ...] = ()
    help: Text | None = None
    target: Literal["details", "client"] = "details"


def _choices(*pairs: tuple[str, str, str]) -> tuple[tuple[str, Text], ...]:
    return tuple((key, Text(en, fr)) for key, en, fr in pairs)


LEGAL: Final[tuple[DetailField, ...]] = (
    DetailField(
        "immigration_status",
        Text("Immigration status", "Statut d'immigration"),
        "choice",
        target="client",
    ),
    DetailField(
        "permit_issued_on",
        Text("Permit issued on", "Permis délivré le"),
        "date",
        help=Text(
            "The temporary resident permit for victims of trafficking may be issued for up to "
            "180 days and can be reissued (IRCC).",
            "Le permis de séjour temporaire pour les victimes de la traite peut être délivré "
            "pour une période maximale de 180 jours et peut être renouvelé (IRCC).",
        ),
    ),
    DetailField(
        "permit_expiry", Text("Permit expires on", "Permis expire le"), "date", target="client"
    ),
    DetailField(
        "permit_renewal",
        Text("Renewal (applied on, decision)", "Renouvellement (demande, décision)"),
        "line",
    ),
    DetailField(
        "work_study_permit",
        Text("Work or study permit", "Permis de travail ou d'études"),
        "choice",
        choices=_choices(
            ("not_discussed", "Not discussed yet", "Pas encore abordé"),
            ("not_wanted", "Not wanted now", "Pas souhaité pour l'instant"),
            ("applied", "Applied", "Demande faite"),
            ("granted", "Granted", "Accordé"),
            ("refused", "Refused", "Refusé"),
        ),
    ),
    DetailField(
        "investigation_stage",
        Text("Investigation or prosecution", "Enquête ou poursuite"),
        "choice",
        choices=_choices(
            ("none", "Not involved", "Aucune participation"),
            ("considering", "Considering reporting", "Envisage de signaler"),
            ("investigation", "Police investigation", "Enquête policière"),
            ("charges", "Charges laid", "Accusations portées"),
            ("trial", "In court", "Procès en cours"),
            ("concluded", "Concluded", "Terminé"),
        ),
        help=Text(
            "Victims are not required to testify against their trafficker to receive the permit.",
            "Les victimes ne sont pas tenues de témoigner contre le trafiquant pour obtenir le "
            "permis.",
        ),
    ),
    DetailField("next_court_date", Text("Next court date", "Prochaine date d'audience"), "date"),
    DetailField(
        "victim_impact_statement",
        Text("Victim impact statement", "Déclaration de la victime"),
        "choice",
        choices=_choices(
            ("not_discussed", "Not discussed yet", "Pas encore abordée"),
            ("considering", "Considering it", "Y réfléchit"),
            ("preparing", "Preparing it", "En préparation"),
            ("submitted", "Submitted", "Déposée"),
            ("declined", "Chose not to", "A choisi de ne pas le faire"),
        ),
    ),
    DetailField("police_contact", Text("Police contact", "Contact policier"), "line"),
    DetailField(
        "crown_contact", Text("Crown prosecutor contact", "Procureur de la Couronne"), "line"
    ),
)

COUNSELLING: Final[tuple[DetailField, ...]] = (
    DetailField("counsellor", Text("Counsellor", "Thérapeute"), "line", client_visible=True),
    DetailField("frequency", Text("How often", "Fréquence"), "line", client_visible=True),
    DetailField(
        "next_session", Text("Next session", "Prochaine séance"), "date", client_visible=True
    ),
)

AREA_DETAILS: Final[Mapping[str, tuple[DetailField, ...]]] = MappingProxyType(
    {"legal": LEGAL, "counselling": COUNSELLING}
)
"""Extra fields per needs-area key; areas not listed have none."""

# Areas whose wizard page edits other records than the assessment itself.
CONTACTS_AREA: Final = "social_support"
SELF_CARE_AREA: Final = "self_care"


def details_for(area_key: str) -> tuple[DetailField, ...]:
    return AREA_DETAILS.get(area_key, ())
