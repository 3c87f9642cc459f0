"""Transition plans: one assessment per checklist area, saving as the worker goes, status
history, actions, contacts, the self-care plan, and the Today list across time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from ltsupport.checklist import NEED_AREA_KEYS, NeedStatus
from ltsupport.models import (
    ActionOwner,
    ActionStatus,
    ClientStatus,
    ContactKind,
    ImmigrationStatus,
    PlanStatus,
    Priority,
    ReferralStatus,
)
from ltsupport.services.clients import ClientInput
from ltsupport.services.contacts import ContactInput
from ltsupport.services.errors import ValidationError
from ltsupport.services.plans import ActionInput, AreaInput
from ltsupport.services.self_care import SelfCareInput
from ltsupport.services.today import ItemKind, Urgency, local_today, urgency


@pytest.fixture
def client(workspace: Any) -> Any:
    return workspace.clients.create(
        ClientInput(case_code="TR-9", preferred_name="Noor", document_language="fr")
    )


def test_a_new_plan_has_every_area_in_checklist_order(workspace: Any, client: Any) -> None:
    plan = workspace.plans.start(client.id)
    assert plan.status is PlanStatus.DRAFT
    assert plan.language == "fr"  # the client's document language
    assert [a.area_key for a in plan.assessments] == list(NEED_AREA_KEYS)
    assert all(a.status is NeedStatus.NOT_ASSESSED for a in plan.assessments)
    assert workspace.plans.start(client.id).id == plan.id  # resumes, never duplicates


def test_intro_records_planning_consent_once(workspace: Any, client: Any) -> None:
    plan = workspace.plans.start(client.id)
    review = date.today() + timedelta(days=90)
    saved = workspace.plans.save_intro(
        plan.id, language="en", review_date=review, planning_consent=True
    )
    again = workspace.plans.save_intro(
        plan.id, language="en", review_date=review, planning_consent=True
    )
    assert saved.consent_id is not None and again.consent_id == saved.consent_id
    assert saved.review_date == review and saved.language == "en"
    planning = [c for c in workspace.consents.for_client(client.id) if c.kind.value == "planning"]
    assert len(planning) == 1


def test_save_area_keeps_words_and_history(workspace: Any, client: Any) -> None:
    plan = workspace.plans.start(client.id)
    goal = "I want my own place near my cousin, with a door that locks. <b>not bold</b>"
    workspace.plans.save_area(
        plan.id,
        "housing",
        AreaInput(NeedStatus.NEEDS_SUPPORT, Priority.HIGH, goal, "Worker only: landlord risk"),
    )
    workspace.plans.save_area(
        plan.id, "housing", AreaInput(NeedStatus.IN_PROGRESS, Priority.HIGH, goal, "")
    )
    housing = workspace.plans.get(plan.id).area("housing")
    assert housing.goal == goal and housing.status is NeedStatus.IN_PROGRESS
    history = workspace.plans.history(plan.id)
    assert [(h.from_status, h.to_status) for h in history] == [
        (NeedStatus.NEEDS_SUPPORT, NeedStatus.IN_PROGRESS),
        (NeedStatus.NOT_ASSESSED, NeedStatus.NEEDS_SUPPORT),
    ]
    assert {h.by for h in history} == {"test-worker"}


def test_legal_details_edit_the_client_record_once(workspace: Any, client: Any) -> None:
    plan = workspace.plans.start(client.id)
    expiry = date.today() + timedelta(days=170)
    workspace.plans.save_area(
        plan.id,
        "legal",
        AreaInput(
            NeedStatus.IN_PROGRESS,
            details={
                "immigration_status": "trp_victim",
                "permit_issued_on": date.today().isoformat(),
                "permit_expiry": expiry.isoformat(),
                "investigation_stage": "charges",
                "next_court_date": (date.today() + timedelta(days=40)).isoformat(),
                "crown_contact": "Crown office, file 12",
            },
        ),
    )
    profile = workspace.clients.get(client.id)
    assert profile.immigration_status is ImmigrationStatus.TRP_VICTIM
    assert profile.permit_expiry == expiry
    legal = workspace.plans.get(plan.id).area("legal")
    assert legal.details["permit_expiry"] == expiry.isoformat()
    assert legal.details["crown_contact"] == "Crown office, file 12"


@pytest.mark.parametrize(
    ("details", "field"),
    [
        ({"next_court_date": "2026-02-30"}, "next_court_date"),
        ({"investigation_stage": "gossip"}, "investigation_stage"),
        ({"immigration_status": "tourist"}, "immigration_status"),
        ({"shoe_size": "9"}, "shoe_size"),
    ],
)
def test_bad_details_are_refused_and_nothing_saved(
    workspace: Any, client: Any, details: dict[str, str], field: str
) -> None:
    plan = workspace.plans.start(client.id)
    with pytest.raises(ValidationError) as info:
        workspace.plans.save_area(plan.id, "legal", AreaInput(NeedStatus.MET, details=details))
    assert info.value.for_field(field) is not None
    assert workspace.plans.get(plan.id).area("legal").status is NeedStatus.NOT_ASSESSED


def test_actions(workspace: Any, client: Any) -> None:
    plan = workspace.plans.start(client.id)
    tomorrow = date.today() + timedelta(days=1)
    call = workspace.plans.add_action(
        plan.id, "housing", ActionInput("Call the housing office", ActionOwner.WORKER, "", tomorrow)
    )
    workspace.plans.add_action(plan.id, "education", ActionInput("Visit the adult school"))
    with pytest.raises(ValidationError):
        workspace.plans.add_action(plan.id, "housing", ActionInput("  "))
    with pytest.raises(ValidationError):
        workspace.plans.add_action(
            plan.id, "housing", ActionInput("Intake", ActionOwner.ORGANISATION)
        )
    open_actions = workspace.plans.get(plan.id).open_actions()
    assert [a.description for a in open_actions] == [
        "Call the housing office",
        "Visit the adult school",
    ]
    done = workspace.plans.set_action_status(call.id, ActionStatus.DONE)
    assert done.completed_at is not None
    assert len(workspace.plans.get(plan.id).open_actions()) == 1


def test_resume_page_and_finish(workspace: Any, client: Any) -> None:
    plan = workspace.plans.start(client.id)
    workspace.plans.set_resume_page(plan.id, "area:legal")
    assert workspace.plans.start(client.id).resume_page == "area:legal"
    finished = workspace.plans.finish(plan.id)
    assert finished.status is PlanStatus.ACTIVE and finished.resume_page == ""


def test_contacts_and_self_care(workspace: Any, client: Any) -> None:
    cousin = workspace.contacts.add(
        client.id,
        ContactInput(
            ContactKind.PERSON,
            "Cousin Maria",
            "cousin",
            safe_to_contact=True,
            may_be_known_to_trafficker=False,
        ),
    )
    with pytest.raises(ValidationError):
        workspace.contacts.add(client.id, ContactInput(ContactKind.PERSON, " ", email="x"))
    workspace.contacts.update(
        cousin.id, ContactInput(ContactKind.PERSON, "Cousin Maria", "cousin", safe_to_contact=False)
    )
    assert workspace.contacts.for_client(client.id)[0].safe_to_contact is False
    assert workspace.self_care.get(client.id) is None
    saved = workspace.self_care.save(
        client.id, SelfCareInput(warning_signs="I stop sleeping", things_that_help="Music")
    )
    assert workspace.self_care.get(client.id) == saved
    workspace.contacts.delete(cousin.id)
    assert workspace.contacts.for_client(client.id) == []


# -- Today, dates and time zones ------------------------------------------------------------


@pytest.mark.parametrize(
    ("instant", "zone", "expected"),
    [
        # 23:30 EDT on 8 March in Toronto is already 9 March in UTC; 00:30 is the 9th.
        (datetime(2026, 3, 9, 3, 30, tzinfo=UTC), "America/Toronto", date(2026, 3, 8)),
        (datetime(2026, 3, 9, 4, 30, tzinfo=UTC), "America/Toronto", date(2026, 3, 9)),
        # The DST change in Toronto (8 March 2026, 02:00 -> 03:00).
        (datetime(2026, 3, 8, 7, 30, tzinfo=UTC), "America/Toronto", date(2026, 3, 8)),
        # Vancouver evening, UTC next day.
        (datetime(2026, 11, 30, 7, 59, tzinfo=UTC), "America/Vancouver", date(2026, 11, 29)),
        # Newfoundland's half-hour offset.
        (datetime(2026, 11, 30, 2, 29, tzinfo=UTC), "America/St_Johns", date(2026, 11, 29)),
        (datetime(2026, 11, 30, 3, 31, tzinfo=UTC), "America/St_Johns", date(2026, 11, 30)),
        # Year end in Halifax.
        (datetime(2027, 1, 1, 3, 59, tzinfo=UTC), "America/Halifax", date(2026, 12, 31)),
    ],
)
def test_local_today(instant: datetime, zone: str, expected: date) -> None:
    assert local_today(instant, ZoneInfo(zone)) == expected


def test_local_today_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        local_today(datetime(2026, 3, 8, 12, 0))


def test_urgency_across_month_and_leap_day() -> None:
    assert urgency(date(2028, 2, 28), date(2028, 2, 29)) is Urgency.OVERDUE
    assert urgency(date(2028, 2, 29), date(2028, 2, 29)) is Urgency.TODAY
    assert urgency(date(2028, 3, 1), date(2028, 2, 29)) is Urgency.TOMORROW
    assert urgency(date(2027, 1, 1), date(2026, 12, 31)) is Urgency.TOMORROW
    assert urgency(date(2027, 1, 5), date(2026, 12, 31)) is Urgency.SOON


def test_an_action_due_today_in_toronto_is_not_overdue_at_2330(workspace: Any, client: Any) -> None:
    plan = workspace.plans.start(client.id)
    workspace.plans.add_action(
        plan.id, "housing", ActionInput("Sign the lease", due_date=date(2026, 3, 8))
    )
    today = local_today(datetime(2026, 3, 9, 3, 30, tzinfo=UTC), ZoneInfo("America/Toronto"))
    (item,) = [i for i in workspace.today.items(today) if i.kind is ItemKind.ACTION]
    assert item.urgency is Urgency.TODAY
    (item,) = [i for i in workspace.today.items(date(2026, 3, 9)) if i.kind is ItemKind.ACTION]
    assert item.urgency is Urgency.OVERDUE


def test_today_lists_actions_follow_ups_and_permits(workspace: Any, client: Any) -> None:
    today = date.today()
    plan = workspace.plans.start(client.id)
    workspace.plans.add_action(
        plan.id, "housing", ActionInput("Overdue call", due_date=today - timedelta(days=2))
    )
    workspace.plans.add_action(
        plan.id, "education", ActionInput("Tomorrow's visit", due_date=today + timedelta(days=1))
    )
    workspace.plans.add_action(
        plan.id, "employment", ActionInput("Far away", due_date=today + timedelta(days=40))
    )
    done = workspace.plans.add_action(plan.id, "community", ActionInput("Done", due_date=today))
    workspace.plans.set_action_status(done.id, ActionStatus.DONE)
    hotline = workspace.catalogue.get_by_key("canadian-human-trafficking-hotline")
    workspace.referrals.create(client.id, hotline.id, follow_up_on=today)
    workspace.plans.save_area(
        plan.id,
        "legal",
        AreaInput(details={"permit_expiry": (today + timedelta(days=20)).isoformat()}),
    )
    other = workspace.clients.create(ClientInput(case_code="TR-10", preferred_name="Closed"))
    other_plan = workspace.plans.start(other.id)
    workspace.plans.add_action(other_plan.id, "housing", ActionInput("Hidden", due_date=today))
    workspace.clients.close(other.id)
    items = workspace.today.items(today)
    summary = [(i.kind, i.title, i.urgency) for i in items]
    assert summary == [
        (ItemKind.ACTION, "Overdue call", Urgency.OVERDUE),
        (ItemKind.FOLLOW_UP, "Canadian Human Trafficking Hotline", Urgency.TODAY),
        (ItemKind.ACTION, "Tomorrow's visit", Urgency.TOMORROW),
        (ItemKind.PERMIT, "permit", Urgency.SOON),
    ]
    assert all(i.case_code == "TR-9" for i in items)
    assert workspace.clients.get(other.id).status is ClientStatus.CLOSED


def test_declined_referral_leaves_today(workspace: Any, client: Any) -> None:
    hotline = workspace.catalogue.get_by_key("canadian-human-trafficking-hotline")
    referral = workspace.referrals.create(client.id, hotline.id, follow_up_on=date.today())
    workspace.referrals.set_status(referral.id, ReferralStatus.DECLINED)
    assert workspace.today.items(date.today()) == []
