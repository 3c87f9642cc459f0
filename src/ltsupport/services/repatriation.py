"""Repatriation plans: the person's wish first, then one record per return step.

The wish comes first: return, stay or undecided. When the person fears harm on return, the
plan says a refugee protection claim should be considered before any repatriation (UNHCR
Guidelines on International Protection, 2006, on victims of trafficking) and records what was
decided. Each step saves on its own, as in the needs wizard, so nothing typed is lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, selectinload

from ltsupport.checklist import StepStatus
from ltsupport.checklist_details import DetailField
from ltsupport.checklist_return import RETURN_STEP_KEYS, step_details
from ltsupport.models import Client, RepatriationPlan, RepatriationStep, Resource, ReturnWish
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.catalogue import CatalogueService, ResourceSummary
from ltsupport.services.errors import NotFoundError, Problem, ValidationError

ENTITY = "repatriation_plan"
LINKED = "linked_resources"
MAX_TEXT = 10_000
_ORDER = {key: n for n, key in enumerate(RETURN_STEP_KEYS)}


@dataclass(frozen=True)
class LinkedResource:
    id: uuid.UUID
    key: str
    name: str
    country: str | None


@dataclass(frozen=True)
class StepView:
    id: uuid.UUID
    step_key: str
    status: StepStatus
    started_on: date | None
    done_on: date | None
    notes: str
    risk_notes: str
    details: Mapping[str, str]
    resources: tuple[LinkedResource, ...]


@dataclass(frozen=True)
class RepatriationView:
    id: uuid.UUID
    client_id: uuid.UUID
    wish: ReturnWish
    fears_harm_on_return: bool | None
    protection_claim_decision: str
    notes: str
    resume_page: str
    steps: tuple[StepView, ...]
    updated_at: datetime

    @property
    def protection_check_needed(self) -> bool:
        """True when the person fears harm on return: consider a protection claim first."""
        return self.fears_harm_on_return is True

    def step(self, key: str) -> StepView:
        for step in self.steps:
            if step.step_key == key:
                return step
        raise KeyError(key)

    @property
    def progress(self) -> tuple[int, int]:
        """(steps done or not applicable, all steps)."""
        finished = (StepStatus.DONE, StepStatus.NOT_APPLICABLE)
        return sum(s.status in finished for s in self.steps), len(self.steps)


@dataclass(frozen=True)
class StepInput:
    status: StepStatus = StepStatus.NOT_STARTED
    started_on: date | None = None
    done_on: date | None = None
    notes: str = ""
    risk_notes: str = ""
    details: Mapping[str, str] = field(default_factory=dict)


def _resources(session: Session, step: RepatriationStep) -> tuple[LinkedResource, ...]:
    keys = list((step.details or {}).get(LINKED, []))
    if not keys:
        return ()
    rows = session.scalars(select(Resource).where(Resource.key.in_(keys)))
    found = {r.key: LinkedResource(r.id, r.key, r.name, r.country) for r in rows}
    return tuple(found[k] for k in keys if k in found)


def _step_view(session: Session, step: RepatriationStep) -> StepView:
    details = {k: str(v) for k, v in (step.details or {}).items() if k != LINKED}
    return StepView(
        id=step.id,
        step_key=step.step_key,
        status=step.status,
        started_on=step.started_on,
        done_on=step.done_on,
        notes=step.notes,
        risk_notes=step.risk_notes,
        details=details,
        resources=_resources(session, step),
    )


def _view(session: Session, plan: RepatriationPlan) -> RepatriationView:
    steps = sorted(plan.steps, key=lambda s: _ORDER.get(s.step_key, 99))
    return RepatriationView(
        id=plan.id,
        client_id=plan.client_id,
        wish=plan.wish,
        fears_harm_on_return=plan.fears_harm_on_return,
        protection_claim_decision=plan.protection_claim_decision,
        notes=plan.notes,
        resume_page=str((plan.draft or {}).get("page", "")),
        steps=tuple(_step_view(session, s) for s in steps),
        updated_at=plan.updated_at,
    )


def _check_field(spec: DetailField, value: str) -> str | None:
    if spec.kind == "date" and value:
        try:
            date.fromisoformat(value)
        except ValueError:
            return "Use a real date (YYYY-MM-DD)."
    elif spec.kind == "choice" and value and value not in {k for k, _ in spec.choices}:
        return "Choose one of the listed answers."
    elif len(value) > MAX_TEXT:
        return "This text is too long."
    return None


class RepatriationService:
    def __init__(self, engine: Engine, actor: str) -> None:
        self._engine = engine
        self._actor = actor

    def _query(self) -> Any:
        return select(RepatriationPlan).options(selectinload(RepatriationPlan.steps))

    def get(self, client_id: uuid.UUID) -> RepatriationView | None:
        with Session(self._engine) as session:
            plan = session.scalar(self._query().where(RepatriationPlan.client_id == client_id))
            return _view(session, plan) if plan is not None else None

    def start(self, client_id: uuid.UUID) -> RepatriationView:
        """The client's repatriation plan, created (wish undecided, every step not started)
        when there is none."""
        existing = self.get(client_id)
        if existing is not None:
            return existing
        with Session(self._engine) as session, session.begin():
            if session.get(Client, client_id) is None:
                raise NotFoundError("That client no longer exists.")
            plan = RepatriationPlan(client_id=client_id, wish=ReturnWish.UNDECIDED, draft={})
            plan.steps = [RepatriationStep(step_key=key, details={}) for key in RETURN_STEP_KEYS]
            session.add(plan)
            session.flush()
            record(session, self._actor, AuditAction.CREATE, ENTITY, plan.id)
        view = self.get(client_id)
        assert view is not None
        return view

    def save_wish(
        self,
        plan_id: uuid.UUID,
        *,
        wish: ReturnWish,
        fears_harm_on_return: bool | None,
        protection_claim_decision: str = "",
        notes: str = "",
    ) -> RepatriationView:
        """The person's wish. Fear of harm on return needs a recorded decision about a refugee
        protection claim before a return can be planned."""
        decision = protection_claim_decision.strip()
        if wish is ReturnWish.RETURN and fears_harm_on_return is True and not decision:
            raise ValidationError(
                [
                    Problem(
                        "protection_claim_decision",
                        "required",
                        "The person fears harm on return: record what was decided about a "
                        "refugee protection claim before planning a return.",
                    )
                ]
            )
        with Session(self._engine) as session, session.begin():
            plan = self._load(session, plan_id)
            plan.wish = wish
            plan.fears_harm_on_return = fears_harm_on_return
            plan.protection_claim_decision = decision
            plan.notes = notes.strip()
            session.flush()
            record(session, self._actor, AuditAction.UPDATE, ENTITY, plan.id)
            return _view(session, plan)

    def save_step(self, plan_id: uuid.UUID, step_key: str, data: StepInput) -> StepView:
        specs = {f.key: f for f in step_details(step_key)}
        problems: list[Problem] = []
        for key, value in data.details.items():
            spec = specs.get(key)
            message = "This step has no such field." if spec is None else _check_field(spec, value)
            if message:
                problems.append(Problem(key, "invalid", message))
        for name in ("notes", "risk_notes"):
            if len(getattr(data, name)) > MAX_TEXT:
                problems.append(Problem(name, "too_long", "This text is too long."))
        if data.started_on and data.done_on and data.done_on < data.started_on:
            problems.append(Problem("done_on", "order", "Done before it started?"))
        if problems:
            raise ValidationError(problems)
        with Session(self._engine) as session, session.begin():
            step = self._step(session, plan_id, step_key)
            step.status = data.status
            step.started_on = data.started_on
            step.done_on = data.done_on
            if data.status is StepStatus.DONE and step.done_on is None:
                step.done_on = date.today()
            step.notes = data.notes.strip()
            step.risk_notes = data.risk_notes.strip()
            linked = list((step.details or {}).get(LINKED, []))
            own = {k: v.strip() for k, v in data.details.items() if v.strip()}
            step.details = {**own, **({LINKED: linked} if linked else {})}
            session.flush()
            record(session, self._actor, AuditAction.UPDATE, ENTITY, plan_id)
            return _step_view(session, step)

    def link_resource(self, plan_id: uuid.UUID, step_key: str, resource_id: uuid.UUID) -> StepView:
        """Link a catalogue entry (consulate, home-country service, IOM, UNHCR) to a step."""
        with Session(self._engine) as session, session.begin():
            step = self._step(session, plan_id, step_key)
            resource = session.get(Resource, resource_id)
            if resource is None:
                raise NotFoundError("That catalogue entry no longer exists.")
            linked = list((step.details or {}).get(LINKED, []))
            if resource.key not in linked:
                step.details = {**(step.details or {}), LINKED: [*linked, resource.key]}
                session.flush()
                record(session, self._actor, AuditAction.UPDATE, ENTITY, plan_id)
            return _step_view(session, step)

    def unlink_resource(
        self, plan_id: uuid.UUID, step_key: str, resource_id: uuid.UUID
    ) -> StepView:
        with Session(self._engine) as session, session.begin():
            step = self._step(session, plan_id, step_key)
            resource = session.get(Resource, resource_id)
            linked = list((step.details or {}).get(LINKED, []))
            if resource is not None and resource.key in linked:
                linked.remove(resource.key)
                details = {k: v for k, v in (step.details or {}).items() if k != LINKED}
                step.details = {**details, **({LINKED: linked} if linked else {})}
                session.flush()
                record(session, self._actor, AuditAction.UPDATE, ENTITY, plan_id)
            return _step_view(session, step)

    def consulates_for(self, country: str) -> list[ResourceSummary]:
        """Embassies and consulates of ``country`` in the catalogue; when there is none, the
        generic entries (no country) that tell staff how to find and add one."""
        catalogue = CatalogueService(self._engine, self._actor)
        found = catalogue.search("", category="embassies_consulates", country=country)
        if found:
            return found
        return [
            r for r in catalogue.search("", category="embassies_consulates") if r.country is None
        ]

    def set_resume_page(self, plan_id: uuid.UUID, page: str) -> None:
        with Session(self._engine) as session, session.begin():
            plan = self._load(session, plan_id)
            plan.draft = {**(plan.draft or {}), "page": page}

    @staticmethod
    def _load(session: Session, plan_id: uuid.UUID) -> RepatriationPlan:
        plan = session.get(RepatriationPlan, plan_id)
        if plan is None:
            raise NotFoundError("That repatriation plan no longer exists.")
        return plan

    @staticmethod
    def _step(session: Session, plan_id: uuid.UUID, step_key: str) -> RepatriationStep:
        if step_key not in _ORDER:
            raise NotFoundError(f"There is no return step {step_key}.")
        step = session.scalar(
            select(RepatriationStep).where(
                RepatriationStep.plan_id == plan_id, RepatriationStep.step_key == step_key
            )
        )
        if step is None:
            raise NotFoundError("That repatriation plan no longer exists.")
        return step
