"""The case file's ``case.json``: one client's record as a versioned, documented JSON document.

:func:`build_case_json` reads everything about one client from the vault; :func:`validate_case_json`
checks a received document strictly (types, required and unknown keys, known values, the format
version, bounded sizes) and never raises, whatever it is given. The schema is documented in
``docs/case-format.md``; change both together, and raise :data:`FORMAT_VERSION` on any change an
older reader would misread.

Building is here; the schema constants and the validation are in ``case_schema`` and are
re-exported here.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ltsupport.checklist import NEED_AREA_KEYS
from ltsupport.checklist_return import RETURN_STEP_KEYS
from ltsupport.models import Client, NeedAssessment, Resource, TransitionPlan
from ltsupport.services.case_schema import (
    FORMAT,
    FORMAT_VERSION,
    LINKED,
    MAX_DETAILS,
    MAX_ITEMS,
    MAX_PROBLEMS,
    SHORT,
    TEXT,
    Check,
    validate_case_json,
)
from ltsupport.services.errors import NotFoundError

if TYPE_CHECKING:
    from ltsupport.services.workspace import Workspace

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "LINKED",
    "MAX_DETAILS",
    "MAX_ITEMS",
    "MAX_PROBLEMS",
    "SHORT",
    "TEXT",
    "Check",
    "build_case_json",
    "validate_case_json",
]


# -- building -------------------------------------------------------------------------------


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _plain_details(details: Mapping[str, Any] | None) -> dict[str, str]:
    return {
        str(k): v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
        for k, v in (details or {}).items()
        if k != LINKED
    }


def build_case_json(workspace: Workspace, client_id: uuid.UUID) -> dict[str, Any]:
    """Everything about one client, as the ``case.json`` document (format version 1)."""
    with Session(workspace.engine) as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError("That client no longer exists.")
        names = {r.id: (r.key, r.name) for r in session.scalars(select(Resource))}
        by_key = {key: name for key, name in names.values()}
        plan = session.scalar(
            select(TransitionPlan)
            .where(TransitionPlan.client_id == client_id)
            .order_by(TransitionPlan.created_at.desc())
            .limit(1)
        )
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "client": {
                "case_code": client.case_code,
                "preferred_name": client.preferred_name,
                "legal_name": client.legal_name,
                "languages": list(client.languages or []),
                "document_language": client.document_language,
                "country_of_origin": client.country_of_origin,
                "immigration_status": client.immigration_status.value,
                "permit_expiry": _d(client.permit_expiry),
                "safe_contact": client.safe_contact,
                "assigned_worker": client.assigned_worker,
                "status": client.status.value,
                "intake_date": client.intake_date.isoformat(),
                "closed_at": _dt(client.closed_at),
            },
            "consents": [
                {
                    "kind": c.kind.value,
                    "organisation": c.organisation,
                    "given_at": c.given_at.isoformat(),
                    "recorded_by": c.recorded_by,
                    "withdrawn_at": _dt(c.withdrawn_at),
                    "note": c.note,
                }
                for c in client.consents
            ],
            "plan": _plan(plan, names) if plan is not None else None,
            "referrals": [
                {
                    "resource_key": names[r.resource_id][0],
                    "resource_name": names[r.resource_id][1],
                    "area_key": r.area_key,
                    "status": r.status.value,
                    "status_on": r.status_on.isoformat(),
                    "referred_on": _d(r.referred_on),
                    "follow_up_on": _d(r.follow_up_on),
                    "notes": r.notes,
                }
                for r in sorted(client.referrals, key=lambda r: r.created_at)
            ],
            "contacts": [
                {
                    "kind": c.kind.value,
                    "name": c.name,
                    "relationship_to_client": c.relationship_to_client,
                    "phone": c.phone,
                    "email": c.email,
                    "country": c.country,
                    "safe_to_contact": c.safe_to_contact,
                    "may_be_known_to_trafficker": c.may_be_known_to_trafficker,
                    "notes": c.notes,
                }
                for c in sorted(client.contacts, key=lambda c: c.created_at)
            ],
            "self_care": (
                {
                    "warning_signs": client.self_care_plan.warning_signs,
                    "things_that_help": client.self_care_plan.things_that_help,
                    "people_to_contact": client.self_care_plan.people_to_contact,
                    "safe_places": client.self_care_plan.safe_places,
                    "professional_supports": client.self_care_plan.professional_supports,
                }
                if client.self_care_plan is not None
                else None
            ),
            "repatriation": _repatriation(client, by_key),
        }


def _plan(plan: TransitionPlan, names: Mapping[uuid.UUID, tuple[str, str]]) -> dict[str, Any]:
    order = {key: n for n, key in enumerate(NEED_AREA_KEYS)}

    def assessment(a: NeedAssessment) -> dict[str, Any]:
        return {
            "area_key": a.area_key,
            "status": a.status.value,
            "priority": a.priority.value,
            "goal": a.goal,
            "worker_notes": a.worker_notes,
            "details": _plain_details(a.details),
            "actions": [
                {
                    "description": x.description,
                    "owner": x.owner.value,
                    "owner_name": x.owner_name,
                    "due_date": _d(x.due_date),
                    "status": x.status.value,
                    "completed_at": _dt(x.completed_at),
                    "resource_key": (
                        names[x.resource_id][0]
                        if x.resource_id is not None and x.resource_id in names
                        else None
                    ),
                }
                for x in sorted(a.actions, key=lambda x: x.created_at)
            ],
            "history": [
                {
                    "from_status": h.from_status.value,
                    "to_status": h.to_status.value,
                    "changed_by": h.changed_by,
                    "changed_at": h.created_at.isoformat(),
                }
                for h in a.status_changes
            ],
        }

    return {
        "status": plan.status.value,
        "language": plan.language,
        "review_date": _d(plan.review_date),
        "created_at": plan.created_at.isoformat(),
        "assessments": [
            assessment(a) for a in sorted(plan.assessments, key=lambda a: order.get(a.area_key, 99))
        ],
    }


def _repatriation(client: Client, by_key: Mapping[str, str]) -> dict[str, Any] | None:
    plan = client.repatriation_plan
    if plan is None:
        return None
    order = {key: n for n, key in enumerate(RETURN_STEP_KEYS)}
    steps = sorted(plan.steps, key=lambda s: order.get(s.step_key, 99))
    return {
        "wish": plan.wish.value,
        "fears_harm_on_return": plan.fears_harm_on_return,
        "protection_claim_decision": plan.protection_claim_decision,
        "notes": plan.notes,
        "steps": [
            {
                "step_key": s.step_key,
                "status": s.status.value,
                "started_on": _d(s.started_on),
                "done_on": _d(s.done_on),
                "notes": s.notes,
                "risk_notes": s.risk_notes,
                "details": _plain_details(s.details),
                "linked_resources": [
                    {"key": str(k), "name": by_key.get(str(k), "")}
                    for k in (s.details or {}).get(LINKED, [])
                ],
            }
            for s in steps
        ],
    }
