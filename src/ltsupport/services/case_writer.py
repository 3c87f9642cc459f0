"""Write a validated ``case.json`` into the vault, inside the caller's transaction.

Only :mod:`ltsupport.services.case_import` calls this, with a document that passed
:func:`ltsupport.services.case_format.validate_case_json`. A new client is created, or an
existing client's record is replaced by the document's (its consents, plan, referrals,
contacts, self-care and return plans are removed and written again from the file).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ltsupport.checklist import NeedStatus, StepStatus
from ltsupport.models import (
    Action,
    ActionOwner,
    ActionStatus,
    Client,
    ClientStatus,
    Consent,
    ConsentKind,
    Contact,
    ContactKind,
    ImmigrationStatus,
    NeedAssessment,
    NeedStatusChange,
    PlanStatus,
    Priority,
    Referral,
    ReferralStatus,
    RepatriationPlan,
    RepatriationStep,
    Resource,
    ReturnWish,
    SelfCarePlan,
    TransitionPlan,
)
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.case_format import LINKED

ENTITY = "client"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _client_fields(client: Client, data: dict[str, Any]) -> None:
    client.case_code = data["case_code"]
    client.preferred_name = " ".join(data["preferred_name"].split())
    client.legal_name = data["legal_name"]
    client.languages = list(dict.fromkeys(data["languages"]))
    client.document_language = data["document_language"]
    client.country_of_origin = data["country_of_origin"]
    client.immigration_status = ImmigrationStatus(data["immigration_status"])
    client.permit_expiry = _date(data["permit_expiry"])
    client.safe_contact = data["safe_contact"]
    client.assigned_worker = data["assigned_worker"]
    client.status = ClientStatus(data["status"])
    client.intake_date = date.fromisoformat(data["intake_date"])
    client.closed_at = _dt(data["closed_at"])


def _plan(case: dict[str, Any], resources: dict[str, uuid.UUID]) -> TransitionPlan | None:
    data = case["plan"]
    if data is None:
        return None
    plan = TransitionPlan(
        status=PlanStatus(data["status"]),
        language=data["language"],
        review_date=_date(data["review_date"]),
        draft={},
        created_at=_dt(data["created_at"]),
    )
    for a in data["assessments"]:
        assessment = NeedAssessment(
            area_key=a["area_key"],
            status=NeedStatus(a["status"]),
            priority=Priority(a["priority"]),
            goal=a["goal"],
            worker_notes=a["worker_notes"],
            details=dict(a["details"]),
        )
        assessment.actions = [
            Action(
                description=x["description"],
                owner=ActionOwner(x["owner"]),
                owner_name=x["owner_name"],
                due_date=_date(x["due_date"]),
                status=ActionStatus(x["status"]),
                completed_at=_dt(x["completed_at"]),
                resource_id=resources.get(x["resource_key"] or ""),
            )
            for x in a["actions"]
        ]
        assessment.status_changes = [
            NeedStatusChange(
                from_status=NeedStatus(h["from_status"]),
                to_status=NeedStatus(h["to_status"]),
                changed_by=h["changed_by"],
                created_at=_dt(h["changed_at"]),
            )
            for h in a["history"]
        ]
        plan.assessments.append(assessment)
    return plan


def _repatriation(case: dict[str, Any], resources: dict[str, uuid.UUID]) -> RepatriationPlan | None:
    data = case["repatriation"]
    if data is None:
        return None
    plan = RepatriationPlan(
        wish=ReturnWish(data["wish"]),
        fears_harm_on_return=data["fears_harm_on_return"],
        protection_claim_decision=data["protection_claim_decision"],
        notes=data["notes"],
        draft={},
    )
    for s in data["steps"]:
        details: dict[str, Any] = dict(s["details"])
        linked = [r["key"] for r in s["linked_resources"] if r["key"] in resources]
        if linked:
            details[LINKED] = list(dict.fromkeys(linked))
        plan.steps.append(
            RepatriationStep(
                step_key=s["step_key"],
                status=StepStatus(s["status"]),
                started_on=_date(s["started_on"]),
                done_on=_date(s["done_on"]),
                notes=s["notes"],
                risk_notes=s["risk_notes"],
                details=details,
            )
        )
    return plan


def write_case(
    session: Session, actor: str, case: dict[str, Any], existing: Client | None
) -> uuid.UUID:
    """Create or replace the client from ``case``; audited ``CREATE`` or ``UPDATE``."""
    resources = {key: rid for key, rid in session.execute(select(Resource.key, Resource.id))}
    if existing is None:
        client = Client()
        action = AuditAction.CREATE
    else:
        client = existing
        action = AuditAction.UPDATE
        client.consents.clear()
        client.plans.clear()
        client.referrals.clear()
        client.contacts.clear()
        client.self_care_plan = None
        client.repatriation_plan = None
        session.flush()
    _client_fields(client, case["client"])
    client.consents = [
        Consent(
            kind=ConsentKind(c["kind"]),
            organisation=c["organisation"],
            given_at=_dt(c["given_at"]),
            recorded_by=c["recorded_by"],
            withdrawn_at=_dt(c["withdrawn_at"]),
            note=c["note"],
        )
        for c in case["consents"]
    ]
    plan = _plan(case, resources)
    client.plans = [plan] if plan is not None else []
    client.referrals = [
        Referral(
            resource_id=resources[r["resource_key"]],
            area_key=r["area_key"],
            status=ReferralStatus(r["status"]),
            status_on=date.fromisoformat(r["status_on"]),
            referred_on=_date(r["referred_on"]),
            follow_up_on=_date(r["follow_up_on"]),
            notes=r["notes"],
        )
        for r in case["referrals"]
        if r["resource_key"] in resources
    ]
    client.contacts = [
        Contact(
            kind=ContactKind(c["kind"]),
            name=c["name"].strip(),
            relationship_to_client=c["relationship_to_client"],
            phone=c["phone"],
            email=c["email"],
            country=c["country"],
            safe_to_contact=c["safe_to_contact"],
            may_be_known_to_trafficker=c["may_be_known_to_trafficker"],
            notes=c["notes"],
        )
        for c in case["contacts"]
    ]
    care = case["self_care"]
    client.self_care_plan = SelfCarePlan(**care) if care is not None else None
    client.repatriation_plan = _repatriation(case, resources)
    if existing is None:
        session.add(client)
    session.flush()
    record(session, actor, action, ENTITY, client.id)
    return client.id
