"""The long-term needs checklist and repatriation steps, as data.

This module is the single source of truth for:

* the wizards (one QWizard page per needs area and per repatriation step),
* the printed client plans (titles in English or French), and
* the database keys (``NeedArea.key``, ``RepatriationStep.key`` and the status values).

The English wording of ``seed_text`` is copied verbatim from the source training text
("Long Term Services": *Special Considerations*, *Where to Look* and *Returning Home*);
the French is a faithful Canadian French translation. Titles, client titles and prompts are
plain-language, trauma-informed additions meant to help the worker talk things through with
the person, at the person's pace.

Keys are stable identifiers stored in the database: never rename or reuse one once shipped.
Add new entries instead, and keep the ``order`` values in the order of the source text.

Standard library only: no Qt, no database code, and no import-time side effects beyond
defining constants.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Final, Literal

__all__ = [
    "LANGUAGES",
    "NEED_AREAS",
    "NEED_AREA_KEYS",
    "REPATRIATION_STEPS",
    "REPATRIATION_STEP_KEYS",
    "WHERE_TO_LOOK",
    "Lang",
    "NeedArea",
    "NeedStatus",
    "RepatriationStep",
    "StepStatus",
    "Text",
    "need_area",
    "repatriation_step",
]

Lang = Literal["en", "fr"]

LANGUAGES: Final[tuple[Lang, ...]] = ("en", "fr")


@dataclass(frozen=True, slots=True)
class Text:
    """A short piece of user-facing text in English and French."""

    en: str
    fr: str

    def get(self, lang: str) -> str:
        """Return the text in ``lang``.

        ``"fr"`` and regional variants such as ``"fr_CA"`` or ``"fr-CA"`` give French;
        anything else (including an unknown language) falls back to English.
        """
        base = lang.strip().lower().replace("_", "-").split("-", 1)[0]
        return self.fr if base == "fr" else self.en


@dataclass(frozen=True, slots=True)
class NeedArea:
    """One area of the long-term needs checklist (one wizard page)."""

    key: str
    """Stable snake_case identifier, stored in the database. Never change it once shipped."""
    order: int
    """Position in the source text, starting at 1."""
    title: Text
    """Short title for the worker's screens and the plan."""
    seed_text: Text
    """The source text's bullet (English verbatim) and its French translation."""
    prompts: tuple[Text, ...]
    """Three to five guiding questions to talk through with the person."""
    client_title: Text
    """Plain-language heading for the client's printed copy."""


@dataclass(frozen=True, slots=True)
class RepatriationStep:
    """One step of planning a safe return home (one wizard page)."""

    key: str
    """Stable snake_case identifier, stored in the database. Never change it once shipped."""
    order: int
    """Position in the source text, starting at 1."""
    title: Text
    """Short title for the worker's screens and the plan."""
    seed_text: Text
    """The source text's sentence(s) (English verbatim) and their French translation."""
    prompts: tuple[Text, ...]
    """Guiding questions to talk through with the person."""


# ---------------------------------------------------------------------------
# Long-term needs ("Special Considerations")
# ---------------------------------------------------------------------------

NEED_AREAS: Final[tuple[NeedArea, ...]] = (
    NeedArea(
        key="housing",
        order=1,
        title=Text("Long-term housing", "Logement à long terme"),
        seed_text=Text(
            "Long-term and permanent housing.",
            "Logement à long terme et permanent.",
        ),
        prompts=(
            Text(
                "Where would you feel safe living long term?",
                "Où vous sentiriez-vous en sécurité pour vivre à long terme?",
            ),
            Text(
                "What matters most to you in a home (neighbourhood, cost, who you live with)?",
                "Qu'est-ce qui compte le plus pour vous dans un logement (quartier, coût, "
                "avec qui vous habitez)?",
            ),
            Text(
                "Is there anything about where you live now that worries you?",
                "Y a-t-il quelque chose qui vous inquiète dans l'endroit où vous vivez "
                "présentement?",
            ),
            Text(
                "What would help you keep your home once you have it?",
                "Qu'est-ce qui vous aiderait à garder votre logement une fois que vous l'aurez?",
            ),
        ),
        client_title=Text("A place to live", "Un endroit où vivre"),
    ),
    NeedArea(
        key="life_skills",
        order=2,
        title=Text("Life skills", "Habiletés de vie"),
        seed_text=Text(
            "Life skills training.",
            "Formation en habiletés de vie.",
        ),
        prompts=(
            Text(
                "Which everyday tasks feel easy for you, and which feel harder right now?",
                "Quelles tâches du quotidien vous semblent faciles, et lesquelles sont plus "
                "difficiles en ce moment?",
            ),
            Text(
                "Would you like help with things like budgeting, banking, cooking or getting "
                "around the city?",
                "Aimeriez-vous de l'aide pour des choses comme le budget, les services "
                "bancaires, la cuisine ou les déplacements en ville?",
            ),
            Text(
                "Which skills would you like to learn or build first?",
                "Quelles habiletés aimeriez-vous apprendre ou développer en premier?",
            ),
            Text(
                "How do you like to learn: in a group, one-on-one, or on your own?",
                "Comment préférez-vous apprendre : en groupe, en rencontre individuelle ou par "
                "vous-même?",
            ),
        ),
        client_title=Text("Skills for everyday life", "Habiletés pour la vie de tous les jours"),
    ),
    NeedArea(
        key="education",
        order=3,
        title=Text("Education upgrading", "Mise à niveau scolaire"),
        seed_text=Text(
            "Education upgrading.",
            "Mise à niveau scolaire.",
        ),
        prompts=(
            Text(
                "Is there something you have wanted to learn or study?",
                "Y a-t-il quelque chose que vous avez envie d'apprendre ou d'étudier?",
            ),
            Text(
                "What schooling or training have you done before, here or in another country?",
                "Quelles études ou formations avez-vous faites auparavant, ici ou dans un "
                "autre pays?",
            ),
            Text(
                "Would learning English or French help you reach your goals?",
                "Est-ce qu'apprendre l'anglais ou le français vous aiderait à atteindre vos "
                "objectifs?",
            ),
            Text(
                "What would make it easier to take classes (schedule, cost, child care, "
                "transportation)?",
                "Qu'est-ce qui vous faciliterait la tâche pour suivre des cours (horaire, "
                "coût, garde d'enfants, transport)?",
            ),
        ),
        client_title=Text("Learning and school", "Apprentissage et études"),
    ),
    NeedArea(
        key="employment",
        order=4,
        title=Text("Job seeking and career", "Recherche d'emploi et carrière"),
        seed_text=Text(
            "Job seeking and career guidance.",
            "Recherche d'emploi et orientation professionnelle.",
        ),
        prompts=(
            Text(
                "What kind of work would you like to do?",
                "Quel genre de travail aimeriez-vous faire?",
            ),
            Text(
                "What skills and experience do you already have, paid or unpaid?",
                "Quelles compétences et quelles expériences, rémunérées ou non, avez-vous déjà?",
            ),
            Text(
                "Is there any kind of work or workplace that you do not want, or where you "
                "would not feel safe?",
                "Y a-t-il un type de travail ou de milieu de travail que vous ne voulez pas, "
                "ou où vous ne vous sentiriez pas en sécurité?",
            ),
            Text(
                "Would help with a résumé, a job search or a career counsellor be useful?",
                "Est-ce que de l'aide pour votre CV, votre recherche d'emploi ou une rencontre "
                "en orientation professionnelle vous serait utile?",
            ),
        ),
        client_title=Text("Work and career", "Travail et carrière"),
    ),
    NeedArea(
        key="legal",
        order=5,
        title=Text("Legal assistance", "Assistance juridique"),
        seed_text=Text(
            "Legal assistance for matters that may require time to resolve such as long-term "
            "legal status issues, prosecution of the trafficker, etc.",
            "Assistance juridique pour les dossiers qui peuvent prendre du temps à régler, "
            "comme les questions de statut légal à long terme, la poursuite contre le "
            "trafiquant, etc.",
        ),
        prompts=(
            Text(
                "Are there legal questions on your mind, such as your immigration status?",
                "Avez-vous des questions juridiques en tête, par exemple au sujet de votre "
                "statut d'immigration?",
            ),
            Text(
                "Would you like to talk with a lawyer or a legal clinic?",
                "Aimeriez-vous parler à un avocat ou à une clinique juridique?",
            ),
            Text(
                "If you are part of a court case, what support would help you through it?",
                "Si vous participez à une procédure judiciaire, quel soutien vous aiderait à "
                "la traverser?",
            ),
            Text(
                "Are there any dates or deadlines coming up that we should plan for?",
                "Y a-t-il des dates ou des échéances à venir que nous devrions prévoir?",
            ),
        ),
        client_title=Text("Help with legal matters", "Aide pour les questions juridiques"),
    ),
    NeedArea(
        key="counselling",
        order=6,
        title=Text("Trauma-informed care and counselling", "Soins et counseling adaptés au trauma"),
        seed_text=Text(
            "Long-term trauma informed care and counselling.",
            "Soins et counseling à long terme tenant compte des traumatismes.",
        ),
        prompts=(
            Text(
                "How have you been feeling lately, in your body and in your mind?",
                "Comment vous sentez-vous ces temps-ci, dans votre corps et dans votre tête?",
            ),
            Text(
                "Would you like to talk with a counsellor? What would help you feel comfortable?",
                "Aimeriez-vous rencontrer une ou un thérapeute? Qu'est-ce qui vous mettrait "
                "à l'aise?",
            ),
            Text(
                "Would you prefer a counsellor of a certain gender, language or culture?",
                "Préféreriez-vous une personne d'un genre, d'une langue ou d'une culture en "
                "particulier?",
            ),
            Text(
                "What has helped you get through hard times before?",
                "Qu'est-ce qui vous a été utile pour traverser des moments difficiles par le "
                "passé?",
            ),
        ),
        client_title=Text("Emotional support and healing", "Soutien émotionnel et guérison"),
    ),
    NeedArea(
        key="community",
        order=7,
        title=Text("Transition and community", "Transition et intégration dans la communauté"),
        seed_text=Text(
            "Transition planning including integrating into the local community.",
            "Planification de la transition, y compris l'intégration dans la communauté locale.",
        ),
        prompts=(
            Text(
                "What would help you feel at home in this community?",
                "Qu'est-ce qui vous aiderait à vous sentir chez vous dans cette communauté?",
            ),
            Text(
                "Which places or services would you like to get to know (library, community "
                "centre, place of worship, cultural groups)?",
                "Quels lieux ou services aimeriez-vous découvrir (bibliothèque, centre "
                "communautaire, lieu de culte, groupes culturels)?",
            ),
            Text(
                "What changes are coming up for you, and how can we plan for them together?",
                "Quels changements approchent pour vous, et comment pourrions-nous les "
                "préparer ensemble?",
            ),
            Text(
                "Are there places or people you want to avoid to stay safe?",
                "Y a-t-il des lieux ou des personnes que vous voulez éviter pour rester en "
                "sécurité?",
            ),
        ),
        client_title=Text("Settling into the community", "S'installer dans la communauté"),
    ),
    NeedArea(
        key="social_support",
        order=8,
        title=Text("Social support network", "Réseau de soutien social"),
        seed_text=Text(
            "Building and maintaining a social support network.",
            "Bâtir et entretenir un réseau de soutien social.",
        ),
        prompts=(
            Text(
                "Who are the people you trust and can count on?",
                "Qui sont les personnes en qui vous avez confiance et sur qui vous pouvez compter?",
            ),
            Text(
                "Is there anyone you would like to reconnect with, or keep your distance from?",
                "Y a-t-il des personnes avec qui vous aimeriez reprendre contact, ou dont vous "
                "préférez vous tenir loin?",
            ),
            Text(
                "Would a support group or peer group interest you?",
                "Est-ce qu'un groupe de soutien ou d'entraide entre pairs vous intéresserait?",
            ),
            Text(
                "What helps you keep in touch with the people who matter to you?",
                "Qu'est-ce qui vous aide à garder contact avec les personnes qui comptent pour "
                "vous?",
            ),
        ),
        client_title=Text("People I can count on", "Les personnes sur qui je peux compter"),
    ),
    NeedArea(
        key="self_care",
        order=9,
        title=Text("Self-care plan", "Plan d'autosoins"),
        seed_text=Text(
            "Creating a self-care plan to deal with ongoing impacts of trauma.",
            "Élaborer un plan d'autosoins pour faire face aux effets persistants du traumatisme.",
        ),
        prompts=(
            Text(
                "What helps you feel calm or safe when things get hard?",
                "Qu'est-ce qui vous aide à vous sentir calme ou en sécurité quand les choses "
                "deviennent difficiles?",
            ),
            Text(
                "Are there times, places or situations that bring back difficult memories or "
                "feelings?",
                "Y a-t-il des moments, des lieux ou des situations qui font remonter des "
                "souvenirs ou des émotions difficiles?",
            ),
            Text(
                "What small things could you do each day or each week to take care of yourself?",
                "Quels petits gestes pourriez-vous faire chaque jour ou chaque semaine pour "
                "prendre soin de vous?",
            ),
            Text(
                "Who or what can you turn to on a difficult day?",
                "Vers qui ou vers quoi pouvez-vous vous tourner lors d'une journée difficile?",
            ),
        ),
        client_title=Text("Taking care of myself", "Prendre soin de moi"),
    ),
)

NEED_AREA_KEYS: Final[tuple[str, ...]] = tuple(area.key for area in NEED_AREAS)

_NEED_AREAS_BY_KEY: Final[Mapping[str, NeedArea]] = MappingProxyType(
    {area.key: area for area in NEED_AREAS}
)


# ---------------------------------------------------------------------------
# Where to look (kinds of resources to research with the person)
# ---------------------------------------------------------------------------

WHERE_TO_LOOK: Final[tuple[tuple[str, Text], ...]] = (
    (
        "career_counselling",
        Text("career counselling agencies", "organismes d'orientation professionnelle"),
    ),
    (
        "continuing_education",
        Text("continuing education programs", "programmes de formation continue"),
    ),
    (
        "language_programs",
        Text("language programs", "programmes de langue"),
    ),
    (
        "trauma_counsellors",
        Text("trauma counsellors", "thérapeutes spécialisés en traumatismes"),
    ),
    (
        "volunteering",
        Text(
            "volunteering opportunities to gain skills and experience",
            "occasions de bénévolat pour acquérir des compétences et de l'expérience",
        ),
    ),
    (
        "support_groups",
        Text(
            "support groups, peer groups, and social networks",
            "groupes de soutien, groupes d'entraide entre pairs et réseaux sociaux",
        ),
    ),
)


# ---------------------------------------------------------------------------
# Returning home (repatriation)
# ---------------------------------------------------------------------------

REPATRIATION_STEPS: Final[tuple[RepatriationStep, ...]] = (
    RepatriationStep(
        key="trusted_contacts",
        order=1,
        title=Text(
            "Family, friends and trusted contacts",
            "Famille, amis et personnes de confiance",
        ),
        seed_text=Text(
            "Ask the person if they have any family members, friends, or other trusted "
            "contacts that can help.",
            "Demander à la personne si elle a des membres de sa famille, des amis ou "
            "d'autres personnes de confiance qui peuvent l'aider.",
        ),
        prompts=(
            Text(
                "Is there anyone you trust, at home or elsewhere, who could help you plan "
                "your return?",
                "Y a-t-il quelqu'un en qui vous avez confiance, là-bas ou ailleurs, qui "
                "pourrait vous aider à planifier votre retour?",
            ),
            Text(
                "Is it safe to contact them, and how would you like them to be contacted?",
                "Est-ce sécuritaire de communiquer avec ces personnes, et de quelle façon "
                "souhaitez-vous qu'on les joigne?",
            ),
            Text(
                "What do you want them to know, and what would you rather keep private?",
                "Qu'est-ce que vous voulez leur dire, et qu'est-ce que vous préférez garder "
                "pour vous?",
            ),
            Text(
                "Is there anyone who should not know about your travel plans?",
                "Y a-t-il des personnes qui ne devraient pas être au courant de vos projets "
                "de voyage?",
            ),
        ),
    ),
    RepatriationStep(
        key="police_crown",
        order=2,
        title=Text("Police and Crown", "Police et procureur de la Couronne"),
        seed_text=Text(
            "If the person is involved in a police investigation or prosecution, ask the "
            "police and crown if they will be able to help.",
            "Si la personne participe à une enquête policière ou à une poursuite, demander à "
            "la police et au procureur de la Couronne s'ils pourront aider.",
        ),
        prompts=(
            Text(
                "Are you involved in a police investigation or a court case right now?",
                "Participez-vous présentement à une enquête policière ou à une procédure "
                "judiciaire?",
            ),
            Text(
                "Would you like us to ask the police or the Crown whether they can help with "
                "your return?",
                "Voulez-vous que nous demandions à la police ou au procureur de la Couronne "
                "s'ils peuvent aider pour votre retour?",
            ),
            Text(
                "Would you like to know how leaving Canada could affect the case?",
                "Aimeriez-vous savoir quel effet votre départ du Canada pourrait avoir sur le "
                "dossier?",
            ),
        ),
    ),
    RepatriationStep(
        key="embassy_consulate",
        order=3,
        title=Text("Embassy or consulate", "Ambassade ou consulat"),
        seed_text=Text(
            "Contact the person's embassy or consulate to see if they can assist with "
            "repatriation plans.",
            "Communiquer avec l'ambassade ou le consulat de la personne pour savoir s'ils "
            "peuvent aider à planifier le rapatriement.",
        ),
        prompts=(
            Text(
                "Do you feel comfortable and safe with us contacting your embassy or consulate?",
                "Vous sentez-vous à l'aise et en sécurité si nous communiquons avec votre "
                "ambassade ou votre consulat?",
            ),
            Text(
                "Do you have your passport or other identity documents, or will you need new ones?",
                "Avez-vous votre passeport ou d'autres pièces d'identité, ou faudra-t-il "
                "obtenir de nouveaux documents?",
            ),
            Text(
                "What would you like the embassy or consulate to know, and what should stay "
                "private?",
                "Qu'aimeriez-vous que l'ambassade ou le consulat sache, et qu'est-ce qui "
                "devrait rester confidentiel?",
            ),
        ),
    ),
    RepatriationStep(
        key="home_country_services",
        order=4,
        title=Text("Services in the home country", "Services dans le pays d'origine"),
        seed_text=Text(
            "You or the consulate may also want to look into services in the person's home "
            "country or community, such as shelter, counselling, and other services that "
            "could assist upon their arrival.",
            "Vous ou le consulat pourriez aussi vous renseigner sur les services offerts dans "
            "le pays ou la communauté d'origine de la personne, comme l'hébergement, le "
            "counseling et d'autres services qui pourraient l'aider à son arrivée.",
        ),
        prompts=(
            Text(
                "What support would you need when you arrive (a safe place to stay, "
                "counselling, health care, work)?",
                "De quel soutien auriez-vous besoin à votre arrivée (un endroit sûr où rester, "
                "du counseling, des soins de santé, du travail)?",
            ),
            Text(
                "Where would you like to live when you return, and would you be safe there?",
                "Où aimeriez-vous vivre à votre retour, et seriez-vous en sécurité à cet endroit?",
            ),
            Text(
                "Would you like us to look for organizations there that could welcome you or "
                "help you settle back in?",
                "Voulez-vous que nous cherchions des organismes sur place qui pourraient vous "
                "accueillir ou vous aider à vous réinstaller?",
            ),
        ),
    ),
    RepatriationStep(
        key="migration_organisations",
        order=5,
        title=Text(
            "Migration organizations (IOM, UNHCR)",
            "Organisations de migration (OIM, HCR)",
        ),
        seed_text=Text(
            "Contact organizations that deal specifically with migration and repatriation, "
            "such as the International Organization for Migration (IOM) and the United "
            "Nations High Commissioner for Refugees (UNHCR), for information and assistance.",
            "Communiquer avec les organisations qui se spécialisent dans la migration et le "
            "rapatriement, comme l'Organisation internationale pour les migrations (OIM) et "
            "le Haut Commissariat des Nations Unies pour les réfugiés (HCR), pour obtenir de "
            "l'information et de l'aide.",
        ),
        prompts=(
            Text(
                "Would you like help from an organization such as IOM, which helps people "
                "return home?",
                "Aimeriez-vous recevoir l'aide d'une organisation comme l'OIM, qui aide les "
                "personnes à retourner chez elles?",
            ),
            Text(
                "Do you have any fears for your safety if you go back? If so, we can look at "
                "other options together.",
                "Avez-vous des craintes pour votre sécurité si vous retournez dans votre pays? "
                "Si oui, nous pouvons explorer d'autres options ensemble.",
            ),
            Text(
                "What information would you like to have before you choose a travel date?",
                "De quelle information aimeriez-vous disposer avant de choisir une date de départ?",
            ),
        ),
    ),
)

REPATRIATION_STEP_KEYS: Final[tuple[str, ...]] = tuple(step.key for step in REPATRIATION_STEPS)

_REPATRIATION_STEPS_BY_KEY: Final[Mapping[str, RepatriationStep]] = MappingProxyType(
    {step.key: step for step in REPATRIATION_STEPS}
)


# ---------------------------------------------------------------------------
# Lookups
# ---------------------------------------------------------------------------


def need_area(key: str) -> NeedArea:
    """Return the needs area with ``key``; raise ``KeyError`` if there is none."""
    try:
        return _NEED_AREAS_BY_KEY[key]
    except KeyError:
        raise KeyError(
            f"unknown need area key {key!r}; expected one of: {', '.join(NEED_AREA_KEYS)}"
        ) from None


def repatriation_step(key: str) -> RepatriationStep:
    """Return the repatriation step with ``key``; raise ``KeyError`` if there is none."""
    try:
        return _REPATRIATION_STEPS_BY_KEY[key]
    except KeyError:
        raise KeyError(
            f"unknown repatriation step key {key!r}; "
            f"expected one of: {', '.join(REPATRIATION_STEP_KEYS)}"
        ) from None


# ---------------------------------------------------------------------------
# Status vocabularies (values are stored in the database: never change them)
# ---------------------------------------------------------------------------


class NeedStatus(StrEnum):
    """Where things stand for one needs area."""

    NOT_ASSESSED = "not_assessed"
    NOT_NEEDED = "not_needed"
    NEEDS_SUPPORT = "needs_support"
    IN_PROGRESS = "in_progress"
    MET = "met"
    ON_HOLD = "on_hold"

    def label(self, lang: str = "en") -> str:
        """Return the display label in ``lang`` (English for an unknown language)."""
        return _NEED_STATUS_LABELS[self].get(lang)


class StepStatus(StrEnum):
    """Where things stand for one repatriation step."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"

    def label(self, lang: str = "en") -> str:
        """Return the display label in ``lang`` (English for an unknown language)."""
        return _STEP_STATUS_LABELS[self].get(lang)


_NEED_STATUS_LABELS: Final[Mapping[NeedStatus, Text]] = MappingProxyType(
    {
        NeedStatus.NOT_ASSESSED: Text("Not assessed", "Non évalué"),
        NeedStatus.NOT_NEEDED: Text("Not needed", "Aucun besoin"),
        NeedStatus.NEEDS_SUPPORT: Text("Needs support", "Besoin de soutien"),
        NeedStatus.IN_PROGRESS: Text("In progress", "En cours"),
        NeedStatus.MET: Text("Need met", "Besoin comblé"),
        NeedStatus.ON_HOLD: Text("On hold", "En suspens"),
    }
)

_STEP_STATUS_LABELS: Final[Mapping[StepStatus, Text]] = MappingProxyType(
    {
        StepStatus.NOT_STARTED: Text("Not started", "Non commencée"),
        StepStatus.IN_PROGRESS: Text("In progress", "En cours"),
        StepStatus.DONE: Text("Done", "Terminée"),
        StepStatus.NOT_APPLICABLE: Text("Not applicable", "Sans objet"),
    }
)
