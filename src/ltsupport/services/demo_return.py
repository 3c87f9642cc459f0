"""Fictional repatriation plans for the demo vault, at different stages. All invented."""

from __future__ import annotations

import enum
import uuid
from datetime import date, timedelta

from ltsupport.checklist import StepStatus
from ltsupport.checklist_return import RETURN_STEP_KEYS
from ltsupport.models import ReturnWish
from ltsupport.services.repatriation import StepInput
from ltsupport.services.workspace import Workspace


class ReturnStage(enum.StrEnum):
    NONE = "none"
    STAY = "stay"
    UNDECIDED = "undecided"
    FEARS_HARM = "fears_harm"  # wants to return, fears harm: protection claim discussed
    CONTACTS = "contacts"  # return planned, first steps under way
    TRAVEL = "travel"  # trip being organised
    RETURNED = "returned"  # every step done


STAGES = tuple(ReturnStage)

STEP_NOTES: dict[str, tuple[str, dict[str, str]]] = {
    "trusted_contacts": ("An aunt at home can help (fictional).", {}),
    "police_crown": (
        "Not involved in a prosecution.",
        {"involved": "no"},
    ),
    "embassy_consulate": (
        "Consulate asked about an emergency travel document.",
        {"request": "Emergency travel document", "travel_document": "emergency_document_requested"},
    ),
    "home_country_services": (
        "A women's shelter near the aunt's town (fictional).",
        {"services_found": "Shelter and counselling near the aunt's town (fictional)."},
    ),
    "migration_organisations": ("IOM asked about return assistance.", {}),
    "safe_trip": ("Flight booked with an escort (fictional).", {"escort": "IOM escort"}),
    "reintegration": (
        "Plan agreed with the receiving shelter (fictional).",
        {"receiving_organisation": "Receiving shelter (fictional)"},
    ),
}


def return_stage_for(index: int) -> ReturnStage:
    return STAGES[index % len(STAGES)]


def add_return_plan(workspace: Workspace, client_id: uuid.UUID, index: int) -> ReturnStage:
    stage = return_stage_for(index)
    if stage is ReturnStage.NONE:
        return stage
    plan = workspace.repatriation.start(client_id)
    if stage in (ReturnStage.STAY, ReturnStage.UNDECIDED):
        wish = ReturnWish.STAY if stage is ReturnStage.STAY else ReturnWish.UNDECIDED
        workspace.repatriation.save_wish(plan.id, wish=wish, fears_harm_on_return=None)
        return stage
    fears = stage is ReturnStage.FEARS_HARM
    workspace.repatriation.save_wish(
        plan.id,
        wish=ReturnWish.RETURN,
        fears_harm_on_return=fears,
        protection_claim_decision=(
            "Met a refugee lawyer (fictional); a protection claim is being prepared first."
            if fears
            else ""
        ),
    )
    done_steps = {
        ReturnStage.FEARS_HARM: 0,
        ReturnStage.CONTACTS: 2,
        ReturnStage.TRAVEL: 5,
        ReturnStage.RETURNED: len(RETURN_STEP_KEYS),
    }[stage]
    today = date.today()
    for n, key in enumerate(RETURN_STEP_KEYS):
        notes, details = STEP_NOTES[key]
        if n < done_steps:
            status = StepStatus.DONE
        elif n == done_steps and stage is not ReturnStage.FEARS_HARM:
            status = StepStatus.IN_PROGRESS
        else:
            continue
        if key == "safe_trip":
            details = {**details, "travel_date": (today + timedelta(days=21)).isoformat()}
        workspace.repatriation.save_step(
            plan.id,
            key,
            StepInput(
                status,
                started_on=today - timedelta(days=30 - 3 * n),
                done_on=today - timedelta(days=20 - 2 * n) if status is StepStatus.DONE else None,
                notes=notes,
                risk_notes="Worker only (fictional): check the route avoids the old employer.",
                details=details,
            ),
        )
    if done_steps < len(RETURN_STEP_KEYS):
        workspace.repatriation.set_resume_page(
            plan.id, f"step:{RETURN_STEP_KEYS[min(done_steps, len(RETURN_STEP_KEYS) - 1)]}"
        )
    return stage
