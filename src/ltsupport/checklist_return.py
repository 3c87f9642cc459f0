"""The repatriation wizard's steps and their fields, as data.

The first five steps are the source text's "Returning Home" steps (``checklist.REPATRIATION_STEPS``,
in its order). Two steps follow that the source text implies but does not list: the safe trip
itself and the supported reintegration. For those two, ``seed_text`` holds the app's own guidance
(the IOM Reintegration Handbook recommends a reintegration plan, ideally within a month of
return), not a quotation. Each step's extra fields are declared here; the wizard builds its
widgets from them. Every field is worker-only unless ``client_visible``. Any step can also
link catalogue entries (the embassy or consulate, services in the home country, IOM, UNHCR).
Standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from ltsupport.checklist import REPATRIATION_STEPS, RepatriationStep, Text
from ltsupport.checklist_details import DetailField

_YES_NO = (
    ("yes", Text("Yes", "Oui")),
    ("no", Text("No", "Non")),
    ("unknown", Text("Not known yet", "Pas encore connu")),
)

SUPPORT_STEPS: Final[tuple[RepatriationStep, ...]] = (
    RepatriationStep(
        key="safe_trip",
        order=6,
        title=Text("The safe trip", "Un voyage sécuritaire"),
        seed_text=Text(
            "Plan a safe trip home: the date, the route, who travels with the person, the "
            "documents in hand, who meets them on arrival, and who to call in an emergency.",
            "Planifier un retour sécuritaire : la date, l'itinéraire, qui accompagne la "
            "personne, les documents en main, qui l'accueille à l'arrivée et qui appeler en "
            "cas d'urgence.",
        ),
        prompts=(
            Text(
                "What would make the journey feel safe for you?",
                "Qu'est-ce qui rendrait le voyage sécuritaire pour vous?",
            ),
            Text(
                "Who would you like to meet you when you arrive?",
                "Qui aimeriez-vous voir vous accueillir à votre arrivée?",
            ),
            Text(
                "Who will you call if something goes wrong on the way?",
                "Qui appellerez-vous si quelque chose ne va pas en chemin?",
            ),
        ),
    ),
    RepatriationStep(
        key="reintegration",
        order=7,
        title=Text("Supported reintegration", "Réintégration accompagnée"),
        seed_text=Text(
            "Agree a reintegration plan with the receiving organisation, ideally within a "
            "month of return, and who will follow up with the person.",
            "Convenir d'un plan de réintégration avec l'organisme d'accueil, idéalement dans "
            "le mois suivant le retour, et de qui fera le suivi auprès de la personne.",
        ),
        prompts=(
            Text(
                "What do you hope your life will look like a few months after you return?",
                "À quoi aimeriez-vous que votre vie ressemble quelques mois après votre retour?",
            ),
            Text(
                "What support would help you most when you arrive: housing, work, school, "
                "counselling?",
                "Quel soutien vous aiderait le plus à votre arrivée : logement, travail, "
                "études, counseling?",
            ),
            Text(
                "Who would you like to stay in touch with here after you leave?",
                "Avec qui aimeriez-vous rester en contact ici après votre départ?",
            ),
        ),
    ),
)

RETURN_STEPS: Final[tuple[RepatriationStep, ...]] = (*REPATRIATION_STEPS, *SUPPORT_STEPS)
RETURN_STEP_KEYS: Final[tuple[str, ...]] = tuple(step.key for step in RETURN_STEPS)

STEP_DETAILS: Final[Mapping[str, tuple[DetailField, ...]]] = MappingProxyType(
    {
        "police_crown": (
            DetailField(
                "involved",
                Text(
                    "Involved in an investigation or prosecution",
                    "Participe à une enquête ou à une poursuite",
                ),
                "choice",
                choices=_YES_NO,
            ),
            DetailField(
                "police_answer", Text("Police: can they help?", "Police : aide possible?"), "text"
            ),
            DetailField(
                "crown_answer",
                Text("Crown: can they help?", "Couronne : aide possible?"),
                "text",
            ),
            DetailField(
                "court_dates",
                Text("Court dates that affect travel", "Dates d'audience qui touchent le voyage"),
                "text",
            ),
        ),
        "embassy_consulate": (
            DetailField("request", Text("What was asked", "Demande faite"), "text"),
            DetailField("requested_on", Text("Asked on", "Demandé le"), "date"),
            DetailField("answer", Text("Their answer", "Leur réponse"), "text"),
            DetailField(
                "travel_document",
                Text("Travel document", "Document de voyage"),
                "choice",
                choices=(
                    ("has_passport", Text("Has a valid passport", "A un passeport valide")),
                    ("passport_requested", Text("Passport requested", "Passeport demandé")),
                    (
                        "emergency_document_requested",
                        Text(
                            "Emergency travel document requested",
                            "Titre de voyage d'urgence demandé",
                        ),
                    ),
                    ("document_issued", Text("Document issued", "Document délivré")),
                    ("none", Text("None yet", "Aucun pour l'instant")),
                ),
            ),
        ),
        "home_country_services": (
            DetailField(
                "services_found",
                Text(
                    "Services found (shelter, counselling, other)",
                    "Services trouvés (hébergement, counseling, autres)",
                ),
                "text",
                client_visible=True,
            ),
        ),
        "migration_organisations": (
            DetailField("iom_contacted_on", Text("IOM contacted on", "OIM jointe le"), "date"),
            DetailField("iom_answer", Text("IOM's answer", "Réponse de l'OIM"), "text"),
            DetailField("unhcr_contacted_on", Text("UNHCR contacted on", "HCR joint le"), "date"),
            DetailField("unhcr_answer", Text("UNHCR's answer", "Réponse du HCR"), "text"),
        ),
        "safe_trip": (
            DetailField(
                "travel_date", Text("Travel date", "Date du voyage"), "date", client_visible=True
            ),
            DetailField("route", Text("Route", "Itinéraire"), "text"),
            DetailField("escort", Text("Travelling with", "Accompagnement"), "line"),
            DetailField(
                "documents_in_hand",
                Text("Documents in hand", "Documents en main"),
                "choice",
                choices=_YES_NO,
            ),
            DetailField(
                "met_on_arrival_by",
                Text("Met on arrival by", "Accueil à l'arrivée par"),
                "line",
                client_visible=True,
            ),
            DetailField(
                "emergency_contacts",
                Text("Emergency contacts on the way", "Contacts d'urgence en chemin"),
                "text",
                client_visible=True,
            ),
        ),
        "reintegration": (
            DetailField(
                "receiving_organisation",
                Text("Receiving organisation", "Organisme d'accueil"),
                "line",
                client_visible=True,
            ),
            DetailField("plan_agreed_on", Text("Plan agreed on", "Plan convenu le"), "date"),
            DetailField(
                "plan_summary",
                Text("The plan agreed", "Le plan convenu"),
                "text",
                client_visible=True,
            ),
            DetailField(
                "follow_up_contact",
                Text("Follow-up contact", "Personne pour le suivi"),
                "line",
                client_visible=True,
            ),
            DetailField("follow_up_on", Text("Follow up on", "Suivi le"), "date"),
        ),
    }
)


def step_details(step_key: str) -> tuple[DetailField, ...]:
    return STEP_DETAILS.get(step_key, ())


def return_step(key: str) -> RepatriationStep:
    for step in RETURN_STEPS:
        if step.key == key:
            return step
    raise KeyError(f"unknown return step {key!r}; expected one of: {', '.join(RETURN_STEP_KEYS)}")
