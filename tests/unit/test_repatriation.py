"""Repatriation plans: the wish first, the protection check, every step in the seed's order,
linked catalogue entries and consulate lookup by country."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ltsupport.checklist import REPATRIATION_STEP_KEYS, StepStatus
from ltsupport.checklist_return import RETURN_STEP_KEYS, SUPPORT_STEPS
from ltsupport.models import ReturnWish
from ltsupport.services.catalogue_file import CatalogueEntry
from ltsupport.services.clients import ClientInput
from ltsupport.services.errors import ValidationError
from ltsupport.services.repatriation import StepInput

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_abdc71915323e829.txt"


@pytest.fixture
def plan(workspace: Any) -> Any:
    client = workspace.clients.create(
        ClientInput(case_code="TR-3", preferred_name="Rosa", country_of_origin="PH")
    )
    return workspace.repatriation.start(client.id)


def test_steps_follow_the_seed_then_the_trip_and_reintegration(plan: Any) -> None:
    keys = [s.step_key for s in plan.steps]
    assert keys == list(RETURN_STEP_KEYS)
    assert keys[: len(REPATRIATION_STEP_KEYS)] == list(REPATRIATION_STEP_KEYS)
    assert keys[-2:] == ["safe_trip", "reintegration"]
    assert all(s.status is StepStatus.NOT_STARTED for s in plan.steps)
    assert plan.wish is ReturnWish.UNDECIDED and plan.progress == (0, 7)


def test_support_steps_are_not_presented_as_seed_text() -> None:
    if not SEED.exists():
        pytest.skip("seed text not available")
    seed = SEED.read_text(encoding="utf-8")
    for step in SUPPORT_STEPS:
        assert step.seed_text.en not in seed  # the app's guidance, not a quotation


def test_fear_of_harm_needs_a_protection_claim_decision(workspace: Any, plan: Any) -> None:
    with pytest.raises(ValidationError) as info:
        workspace.repatriation.save_wish(plan.id, wish=ReturnWish.RETURN, fears_harm_on_return=True)
    assert info.value.for_field("protection_claim_decision") is not None
    saved = workspace.repatriation.save_wish(
        plan.id,
        wish=ReturnWish.RETURN,
        fears_harm_on_return=True,
        protection_claim_decision="Talked with a refugee lawyer; she chooses to return.",
    )
    assert saved.protection_check_needed
    assert saved.protection_claim_decision.startswith("Talked with")


def test_stay_path(workspace: Any, plan: Any) -> None:
    saved = workspace.repatriation.save_wish(
        plan.id, wish=ReturnWish.STAY, fears_harm_on_return=None
    )
    assert saved.wish is ReturnWish.STAY and not saved.protection_check_needed


def test_save_step_details_and_dates(workspace: Any, plan: Any) -> None:
    today = date.today()
    step = workspace.repatriation.save_step(
        plan.id,
        "safe_trip",
        StepInput(
            StepStatus.IN_PROGRESS,
            started_on=today,
            notes="Flight via Vancouver",
            risk_notes="Avoid the old neighbourhood",
            details={"travel_date": (today + timedelta(days=30)).isoformat(), "escort": "IOM"},
        ),
    )
    assert step.details["escort"] == "IOM" and step.risk_notes == "Avoid the old neighbourhood"
    done = workspace.repatriation.save_step(plan.id, "trusted_contacts", StepInput(StepStatus.DONE))
    assert done.done_on == today
    with pytest.raises(ValidationError):
        workspace.repatriation.save_step(
            plan.id, "safe_trip", StepInput(details={"travel_date": "next week"})
        )
    with pytest.raises(ValidationError):
        workspace.repatriation.save_step(
            plan.id, "police_crown", StepInput(details={"involved": "maybe"})
        )
    assert workspace.repatriation.get(plan.client_id).progress == (1, 7)


def test_consulate_lookup_by_country_and_linking(workspace: Any, plan: Any) -> None:
    generic = workspace.repatriation.consulates_for("PH")
    assert [r.key for r in generic] == ["home-country-embassy-or-consulate"]
    ph = workspace.catalogue.create_local(
        CatalogueEntry(
            key="consulate-ph-example",
            name="Consulate of the Philippines (example entry)",
            category="embassies_consulates",
            country="PH",
        )
    )
    workspace.catalogue.create_local(
        CatalogueEntry(
            key="consulate-mx-example",
            name="Consulate of Mexico (example entry)",
            category="embassies_consulates",
            country="MX",
        )
    )
    assert [r.key for r in workspace.repatriation.consulates_for("PH")] == ["consulate-ph-example"]
    step = workspace.repatriation.link_resource(plan.id, "embassy_consulate", ph.id)
    assert [r.key for r in step.resources] == ["consulate-ph-example"]
    # Saving the step's fields keeps the link; linking twice does not duplicate it.
    workspace.repatriation.save_step(
        plan.id, "embassy_consulate", StepInput(details={"travel_document": "passport_requested"})
    )
    again = workspace.repatriation.link_resource(plan.id, "embassy_consulate", ph.id)
    assert [r.key for r in again.resources] == ["consulate-ph-example"]
    assert again.details["travel_document"] == "passport_requested"
    gone = workspace.repatriation.unlink_resource(plan.id, "embassy_consulate", ph.id)
    assert gone.resources == ()


def test_start_resumes_and_remembers_the_page(workspace: Any, plan: Any) -> None:
    workspace.repatriation.set_resume_page(plan.id, "step:embassy_consulate")
    again = workspace.repatriation.start(plan.client_id)
    assert again.id == plan.id and again.resume_page == "step:embassy_consulate"
