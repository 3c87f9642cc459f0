"""Fictional transition plans for the demo vault: every stage, with actions due around today,
contacts and self-care plans. Every word is invented; nothing describes a real person."""

from __future__ import annotations

import enum
import random
import uuid
from datetime import date, timedelta

from ltsupport.checklist import NEED_AREA_KEYS, NeedStatus
from ltsupport.models import ActionOwner, ActionStatus, ContactKind, Priority
from ltsupport.services.contacts import ContactInput
from ltsupport.services.plans import ActionInput, AreaInput
from ltsupport.services.self_care import SelfCareInput
from ltsupport.services.workspace import Workspace


class PlanStage(enum.StrEnum):
    NONE = "none"  # no plan yet
    STARTED = "started"  # intro done, stopped on the first area
    HALFWAY = "halfway"  # draft, four areas done, resumes on the fifth
    ACTIVE = "active"  # all areas, actions due around today
    REVIEW_DUE = "review_due"  # active, review date passed, some needs met
    CLOSED = "closed"  # finished and closed


STAGES = tuple(PlanStage)

# Goals in the person's own words, English then French.
GOALS: dict[str, tuple[str, str]] = {
    "housing": (
        "A small place of my own near the bus, with a door that locks.",
        "Un petit logement à moi près de l'autobus, avec une porte qui se verrouille.",
    ),
    "life_skills": (
        "Open a bank account and learn to budget my money.",
        "Ouvrir un compte bancaire et apprendre à gérer mon budget.",
    ),
    "education": (
        "Finish high school and take English classes in the evening.",
        "Terminer mon secondaire et suivre des cours de français le soir.",
    ),
    "employment": (
        "Work in a kitchen, daytime only, where I feel safe.",
        "Travailler dans une cuisine, de jour seulement, là où je me sens en sécurité.",
    ),
    "legal": (
        "Understand my permit and what happens after it ends.",
        "Comprendre mon permis et ce qui arrive quand il se termine.",
    ),
    "counselling": (
        "Talk to someone every week who understands.",
        "Parler chaque semaine à quelqu'un qui comprend.",
    ),
    "community": (
        "Find a church choir and know my neighbourhood.",
        "Trouver une chorale et connaître mon quartier.",
    ),
    "social_support": (
        "Stay in touch with my cousin and make one friend here.",
        "Garder contact avec ma cousine et me faire une amie ici.",
    ),
    "self_care": (
        "Have a plan for the bad nights.",
        "Avoir un plan pour les mauvaises nuits.",
    ),
}

ACTIONS: dict[str, tuple[str, ActionOwner]] = {
    "housing": ("Call the housing help line together", ActionOwner.WORKER),
    "life_skills": ("Bring two pieces of ID to the bank", ActionOwner.CLIENT),
    "education": ("Visit the adult education centre", ActionOwner.CLIENT),
    "employment": ("Update the CV with the worker", ActionOwner.WORKER),
    "legal": ("Ask the legal clinic about renewing the permit", ActionOwner.WORKER),
    "counselling": ("Go to the first counselling session", ActionOwner.CLIENT),
    "community": ("Try the Thursday choir practice", ActionOwner.CLIENT),
    "social_support": ("Call cousin on Sunday", ActionOwner.CLIENT),
    "self_care": ("Write the self-care plan on a card to carry", ActionOwner.CLIENT),
}

STATUS_CYCLE = (
    NeedStatus.NEEDS_SUPPORT,
    NeedStatus.IN_PROGRESS,
    NeedStatus.MET,
    NeedStatus.NOT_NEEDED,
    NeedStatus.IN_PROGRESS,
    NeedStatus.ON_HOLD,
    NeedStatus.NEEDS_SUPPORT,
    NeedStatus.IN_PROGRESS,
    NeedStatus.NEEDS_SUPPORT,
)


def stage_for(index: int) -> PlanStage:
    return STAGES[index % len(STAGES)]


def _area_input(key: str, n: int, french: bool, index: int) -> AreaInput:
    goal_en, goal_fr = GOALS[key]
    details: dict[str, str] = {}
    today = date.today()
    if key == "legal":
        details = {
            "permit_issued_on": (today - timedelta(days=40 + index)).isoformat(),
            "investigation_stage": ("none", "investigation", "charges")[index % 3],
            "victim_impact_statement": "not_discussed",
        }
        if index % 3 == 2:
            details["next_court_date"] = (today + timedelta(days=30 + index)).isoformat()
            details["crown_contact"] = "Crown office, victim-witness program (fictional)"
    if key == "counselling":
        details = {
            "counsellor": "A. Counsellor (fictional)",
            "frequency": "Every Tuesday",
            "next_session": (today + timedelta(days=(index % 6) + 1)).isoformat(),
        }
    return AreaInput(
        status=STATUS_CYCLE[(n + index) % len(STATUS_CYCLE)],
        priority=(Priority.HIGH, Priority.MEDIUM, Priority.LOW)[(n + index) % 3],
        goal=goal_fr if french else goal_en,
        worker_notes="Worker note (fictional): check in gently; never printed for the person.",
        details=details,
    )


def add_plan(workspace: Workspace, client_id: uuid.UUID, index: int, french: bool) -> PlanStage:
    """Give the client a plan at the stage chosen by ``index``."""
    stage = stage_for(index)
    if stage is PlanStage.NONE:
        return stage
    rng = random.Random(index)  # noqa: S311 - fiction, not security
    today = date.today()
    plan = workspace.plans.start(client_id)
    review = today + timedelta(days=-5 if stage is PlanStage.REVIEW_DUE else 80)
    workspace.plans.save_intro(
        plan.id, language="fr" if french else "en", review_date=review, planning_consent=True
    )
    done_areas = {
        PlanStage.STARTED: 0,
        PlanStage.HALFWAY: 4,
    }.get(stage, len(NEED_AREA_KEYS))
    for n, key in enumerate(NEED_AREA_KEYS[:done_areas]):
        workspace.plans.save_area(plan.id, key, _area_input(key, n, french, index))
        description, owner = ACTIONS[key]
        due = today + timedelta(days=rng.choice((-3, -1, 0, 1, 1, 2, 5, 9, 14)))
        action = workspace.plans.add_action(plan.id, key, ActionInput(description, owner, "", due))
        if stage in (PlanStage.REVIEW_DUE, PlanStage.CLOSED) and n % 2 == 0:
            workspace.plans.set_action_status(action.id, ActionStatus.DONE)
    if stage in (PlanStage.STARTED, PlanStage.HALFWAY):
        workspace.plans.set_resume_page(plan.id, f"area:{NEED_AREA_KEYS[done_areas]}")
        return stage
    _add_contacts_and_self_care(workspace, client_id, french)
    workspace.plans.finish(plan.id)
    if stage is PlanStage.CLOSED:
        workspace.plans.close(plan.id)
    return stage


def _add_contacts_and_self_care(workspace: Workspace, client_id: uuid.UUID, french: bool) -> None:
    workspace.contacts.add(
        client_id,
        ContactInput(
            ContactKind.PERSON,
            "Cousin (fictional)",
            "cousin",
            safe_to_contact=True,
            may_be_known_to_trafficker=False,
            notes="Calls on Sundays.",
        ),
    )
    workspace.contacts.add(
        client_id,
        ContactInput(ContactKind.GROUP, "Women's choir (fictional)", "community group"),
    )
    workspace.contacts.add(
        client_id,
        ContactInput(
            ContactKind.PROFESSIONAL,
            "Family doctor (fictional)",
            "doctor",
            safe_to_contact=True,
            may_be_known_to_trafficker=False,
        ),
    )
    if french:
        care = SelfCareInput(
            warning_signs="Je ne dors plus, je reste dans ma chambre.",
            things_that_help="Marcher au parc, la musique de chez moi, un thé chaud.",
            people_to_contact="Ma cousine; l'intervenante du refuge.",
            safe_places="La bibliothèque du quartier; le refuge.",
            professional_supports="Ma thérapeute, le mardi.",
        )
    else:
        care = SelfCareInput(
            warning_signs="I stop sleeping and stay in my room.",
            things_that_help="Walking in the park, music from home, a hot tea.",
            people_to_contact="My cousin; the shelter worker.",
            safe_places="The neighbourhood library; the shelter.",
            professional_supports="My counsellor, on Tuesdays.",
        )
    workspace.self_care.save(client_id, care)
