"""The printed plan's words in English and French: headings, labels, values and dates.

Client-copy wording is plain and warm; the needs areas' and steps' own titles and statuses come
from the checklist modules. Standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}  # fmt: skip

# Every heading and label, as (English, French). Client wording is plain and warm.
TEXT: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "client_title": ("Your plan", "Votre plan"),
        "case_title": ("Support plan", "Plan de soutien"),
        "case_banner": ("CONFIDENTIAL — case file", "CONFIDENTIEL — dossier"),
        "case_warning": (
            "Contains worker-only and legal information. Never give this copy to the client "
            "or leave it where others can read it.",
            "Contient des renseignements réservés à l'intervenant(e) et des renseignements "
            "juridiques. Ne jamais remettre cette copie à la personne ni la laisser à la vue.",
        ),
        "made_with": ("Made with {name} on {date}", "Préparé avec {name} le {date}"),
        "intro": (
            "This plan is yours. It shows what you want, your next steps, and who can help. "
            "You can change it at any time.",
            "Ce plan vous appartient. Il montre ce que vous souhaitez, vos prochaines étapes "
            "et qui peut vous aider. Vous pouvez le changer en tout temps.",
        ),
        "review": (
            "We will look at this plan together again on {date}.",
            "Nous reverrons ce plan ensemble le {date}.",
        ),
        "areas": ("What we are working on", "Ce sur quoi nous travaillons"),
        "case_areas": ("Needs areas", "Domaines de besoins"),
        "status": ("Where things are", "Où en sont les choses"),
        "case_status": ("Status", "Statut"),
        "priority": ("Priority", "Priorité"),
        "goal": ("What you want", "Ce que vous souhaitez"),
        "case_goal": ("Goal (client's words)", "Objectif (mots de la personne)"),
        "steps": ("Next steps", "Prochaines étapes"),
        "case_steps": ("Actions", "Actions"),
        "what": ("What", "Quoi"),
        "who": ("Who", "Qui"),
        "when": ("When", "Quand"),
        "worker_notes": ("Worker notes", "Notes de l'intervenant(e)"),
        "helpers": ("Who can help", "Qui peut vous aider"),
        "case_helpers": ("Referrals", "Références"),
        "self_care": ("My self-care plan", "Mon plan pour prendre soin de moi"),
        "going_home": ("Going home", "Le retour chez vous"),
        "case_going_home": ("Repatriation", "Rapatriement"),
        "identity": ("Identity and status", "Identité et statut"),
        "people": ("Support network", "Réseau de soutien"),
        "consents": ("Consents", "Consentements"),
        "notes": ("Notes", "Notes"),
        "risk_notes": ("Risk notes", "Notes sur les risques"),
        "confidential": ("Confidential", "Confidentiel"),
        "colon": (":", "\u00a0:"),
        "page": ("page {n} of {m}", "page {n} de {m}"),
        "nothing_yet": ("Nothing written yet.", "Rien d'inscrit pour l'instant."),
        "you": ("You", "Vous"),
        "worker": ("Your worker", "Votre intervenant·e"),
        "case_worker": ("Worker", "Intervenant(e)"),
        "organisation": ("Organisation", "Organisme"),
        "open": ("To do", "À faire"),
        "done": ("Done", "Fait"),
        "cancelled": ("Cancelled", "Annulée"),
        "phone": ("Phone", "Téléphone"),
        "website": ("Website", "Site Web"),
        "email": ("Email", "Courriel"),
        "address": ("Address", "Adresse"),
        "hours": ("Hours", "Heures"),
        "for": ("For", "Pour"),
        "yes": ("Yes", "Oui"),
        "no": ("No", "Non"),
        "unknown": ("Not known", "Inconnu"),
        # Case-file identity and record labels.
        "case_code": ("Case code", "Code de dossier"),
        "preferred_name": ("Preferred name", "Nom préféré"),
        "legal_name": ("Legal name", "Nom légal"),
        "languages": ("Languages", "Langues"),
        "document_language": ("Document language", "Langue des documents"),
        "country_of_origin": ("Country of origin", "Pays d'origine"),
        "immigration_status": ("Immigration status", "Statut d'immigration"),
        "permit_expiry": ("Permit expires on", "Permis expire le"),
        "safe_contact": ("Safe way to reach them", "Façon sûre de joindre la personne"),
        "assigned_worker": ("Assigned worker", "Intervenant(e) assigné(e)"),
        "intake_date": ("Intake date", "Date d'accueil"),
        "client_status": ("File status", "État du dossier"),
        "plan_status": ("Plan status", "État du plan"),
        "review_date": ("Review date", "Date de révision"),
        "referral_status": ("Referral status", "État de la référence"),
        "referred_on": ("Referred on", "Référée le"),
        "follow_up_on": ("Follow up on", "Suivi le"),
        "consent": ("Consent to share", "Consentement à partager"),
        "no_consent": ("None recorded", "Aucun consentement inscrit"),
        "relationship": ("Relationship", "Lien"),
        "safe_to_contact": ("Safe to contact", "Peut être joint sans danger"),
        "known_to_trafficker": ("May be known to the trafficker", "Peut être connu du trafiquant"),
        "wish": ("The person's wish", "Le souhait de la personne"),
        "fears_harm": ("Fears harm on return", "Craint un danger au retour"),
        "protection": ("Protection claim decision", "Décision sur une demande d'asile"),
        "given": ("given {date} (recorded by {who})", "donné le {date} (inscrit par {who})"),
        "withdrawn": ("withdrawn {date}", "retiré le {date}"),
    }
)

VALUES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        # Immigration status, referral status, wishes, consents, plan and file status.
        "unknown": ("Not known", "Inconnu"),
        "citizen": ("Canadian citizen", "Citoyen(ne) canadien(ne)"),
        "permanent_resident": ("Permanent resident", "Résident(e) permanent(e)"),
        "trp_victim": (
            "Temporary resident permit for victims of trafficking (TRP)",
            "Permis de séjour temporaire pour les victimes de la traite de personnes (PST)",
        ),
        "temporary_resident": ("Other temporary resident", "Autre résident(e) temporaire"),
        "refugee_claimant": ("Refugee claimant", "Demandeur(-euse) d'asile"),
        "protected_person": ("Protected person", "Personne protégée"),
        "no_status": ("No status", "Sans statut"),
        "other": ("Other", "Autre"),
        "suggested": ("Suggested", "Suggérée"),
        "referred": ("Referred", "Référée"),
        "accepted": ("Accepted", "Acceptée"),
        "attending": ("Attending", "En cours"),
        "completed": ("Completed", "Terminée"),
        "declined": ("Declined", "Refusée"),
        "undecided": ("Undecided", "Indécis(e)"),
        "return": ("Wants to return home", "Souhaite rentrer"),
        "stay": ("Wants to stay in Canada", "Souhaite rester au Canada"),
        "store": ("Keep their information here", "Conserver ses renseignements ici"),
        "planning": (
            "Use their information for planning",
            "Utiliser ses renseignements pour la planification",
        ),
        "share": ("Share with an organisation", "Partager avec un organisme"),
        "export": ("Export a case summary", "Exporter un résumé de dossier"),
        "print": ("Print their plan", "Imprimer son plan"),
        "draft": ("Draft", "Ébauche"),
        "active": ("Active", "Actif"),
        "closed": ("Closed", "Fermé"),
        "archived": ("Archived", "Archivé"),
        "en": ("English", "anglais"),
        "fr": ("French", "français"),
        "high": ("High", "Élevée"),
        "medium": ("Medium", "Moyenne"),
        "low": ("Low", "Faible"),
    }
)

# Self-care plan fields, in the person's voice.
SELF_CARE: tuple[tuple[str, str, str], ...] = (
    ("warning_signs", "Signs that things are getting hard", "Les signes que ça devient difficile"),
    ("things_that_help", "Things that help me", "Ce qui m'aide"),
    ("people_to_contact", "People I can reach out to", "Les personnes que je peux joindre"),
    ("safe_places", "Places where I feel safe", "Les endroits où je me sens en sécurité"),
    ("professional_supports", "Professional support", "Le soutien professionnel"),
)


def format_date(value: date | datetime | None, lang: str) -> str:
    """``November 29, 2026`` (en-CA) or ``29 novembre 2026`` (fr-CA, ``1er`` for the first)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    month = MONTHS["fr" if lang == "fr" else "en"][value.month - 1]
    if lang == "fr":
        return f"{'1er' if value.day == 1 else value.day} {month} {value.year}"
    return f"{month} {value.day}, {value.year}"
