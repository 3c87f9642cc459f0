"""Transition plans: one per client at a time, one assessment per checklist area, actions.

Nothing typed is lost: the wizard saves each area as the worker leaves its page (and on a timer
while typing), and records the page reached, so closing the wizard, a lock or a crash keeps
everything and reopening resumes there. Finishing only marks the plan active.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, selectinload

from ltsupport.checklist import NEED_AREA_KEYS, NEED_AREAS, NeedStatus
from ltsupport.checklist_details import details_for
from ltsupport.models import (
    Action,
    ActionOwner,
    ActionStatus,
    Client,
    ConsentKind,
    ImmigrationStatus,
    NeedAssessment,
    NeedStatusChange,
    PlanStatus,
    Priority,
    TransitionPlan,
    utcnow,
)
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.consents import ConsentService
from ltsupport.services.errors import NotFoundError, Problem, ValidationError

PLAN = "transition_plan"
ACTION = "action"
MAX_TEXT = 10_000
_ORDER = {key: n for n, key in enumerate(NEED_AREA_KEYS)}


@dataclass(frozen=True)
class ActionView:
    id: uuid.UUID
    area_key: str
    description: str
    owner: ActionOwner
    owner_name: str
    due_date: date | None
    status: ActionStatus
    completed_at: datetime | None
    resource_id: uuid.UUID | None


@dataclass(frozen=True)
class AssessmentView:
    id: uuid.UUID
    area_key: str
    status: NeedStatus
    priority: Priority
    goal: str
    worker_notes: str
    details: Mapping[str, str]
    actions: tuple[ActionView, ...]
    updated_at: datetime


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    client_id: uuid.UUID
    status: PlanStatus
    language: str
    review_date: date | None
    consent_id: uuid.UUID | None
    resume_page: str
    assessments: tuple[AssessmentView, ...]
    created_at: datetime
    updated_at: datetime

    def area(self, key: str) -> AssessmentView:
        for assessment in self.assessments:
            if assessment.area_key == key:
                return assessment
        raise KeyError(key)

    def open_actions(self) -> list[ActionView]:
        """Open actions, soonest due first (undated last)."""
        actions = [a for s in self.assessments for a in s.actions if a.status is ActionStatus.OPEN]
        return sorted(actions, key=lambda a: (a.due_date is None, a.due_date or date.max))


@dataclass(frozen=True)
class StatusChangeView:
    area_key: str
    from_status: NeedStatus
    to_status: NeedStatus
    at: datetime
    by: str


@dataclass(frozen=True)
class AreaInput:
    status: NeedStatus = NeedStatus.NOT_ASSESSED
    priority: Priority = Priority.NONE
    goal: str = ""
    worker_notes: str = ""
    details: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ActionInput:
    description: str
    owner: ActionOwner = ActionOwner.CLIENT
    owner_name: str = ""
    due_date: date | None = None
    resource_id: uuid.UUID | None = None


def _action_view(action: Action, area_key: str) -> ActionView:
    return ActionView(
        id=action.id,
        area_key=area_key,
        description=action.description,
        owner=action.owner,
        owner_name=action.owner_name,
        due_date=action.due_date,
        status=action.status,
        completed_at=action.completed_at,
        resource_id=action.resource_id,
    )


def _client_details(client: Client) -> dict[str, str]:
    return {
        "immigration_status": client.immigration_status.value,
        "permit_expiry": client.permit_expiry.isoformat() if client.permit_expiry else "",
    }


def _assessment_view(assessment: NeedAssessment, client: Client) -> AssessmentView:
    details = {k: str(v) for k, v in (assessment.details or {}).items()}
    if any(f.target == "client" for f in details_for(assessment.area_key)):
        details.update(_client_details(client))
    actions = sorted(
        assessment.actions,
        key=lambda a: (a.due_date is None, a.due_date or date.max, a.created_at),
    )
    return AssessmentView(
        id=assessment.id,
        area_key=assessment.area_key,
        status=assessment.status,
        priority=assessment.priority,
        goal=assessment.goal,
        worker_notes=assessment.worker_notes,
        details=details,
        actions=tuple(_action_view(a, assessment.area_key) for a in actions),
        updated_at=assessment.updated_at,
    )


def _plan_view(plan: TransitionPlan) -> PlanView:
    assessments = sorted(plan.assessments, key=lambda a: _ORDER.get(a.area_key, 99))
    return PlanView(
        id=plan.id,
        client_id=plan.client_id,
        status=plan.status,
        language=plan.language,
        review_date=plan.review_date,
        consent_id=plan.consent_id,
        resume_page=str((plan.draft or {}).get("page", "")),
        assessments=tuple(_assessment_view(a, plan.client) for a in assessments),
        created_at=plan.created_at,
        updated_at=plan.updated_at,
    )


def _parse_date(value: str, field_name: str, problems: list[Problem]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        problems.append(Problem(field_name, "date", "Use a real date (YYYY-MM-DD)."))
        return None


def check_details(area_key: str, details: Mapping[str, str]) -> list[Problem]:
    """Problems with an area's extra fields: unknown keys, bad dates, unknown choices."""
    specs = {f.key: f for f in details_for(area_key)}
    problems: list[Problem] = []
    for key, value in details.items():
        spec = specs.get(key)
        if spec is None:
            problems.append(Problem(key, "unknown", "This area has no such field."))
            continue
        if spec.kind == "date":
            _parse_date(value, key, problems)
        elif spec.kind == "choice" and value:
            allowed = (
                {s.value for s in ImmigrationStatus}
                if key == "immigration_status"
                else {k for k, _ in spec.choices}
            )
            if value not in allowed:
                problems.append(Problem(key, "choice", "Choose one of the listed answers."))
        elif len(value) > MAX_TEXT:
            problems.append(Problem(key, "too_long", "This text is too long."))
    return problems


class PlanService:
    def __init__(self, engine: Engine, actor: str) -> None:
        self._engine = engine
        self._actor = actor

    # -- reading ---------------------------------------------------------------------------

    def _query(self) -> Any:
        return select(TransitionPlan).options(
            selectinload(TransitionPlan.assessments).selectinload(NeedAssessment.actions),
            selectinload(TransitionPlan.client),
        )

    def current(self, client_id: uuid.UUID) -> PlanView | None:
        """The client's plan that is not closed, if any."""
        stmt = (
            self._query()
            .where(
                TransitionPlan.client_id == client_id,
                TransitionPlan.status != PlanStatus.CLOSED,
            )
            .order_by(TransitionPlan.created_at.desc())
            .limit(1)
        )
        with Session(self._engine) as session:
            plan = session.scalar(stmt)
            return _plan_view(plan) if plan is not None else None

    def get(self, plan_id: uuid.UUID) -> PlanView:
        with Session(self._engine) as session:
            plan = session.scalar(self._query().where(TransitionPlan.id == plan_id))
            if plan is None:
                raise NotFoundError("That plan no longer exists.")
            return _plan_view(plan)

    def history(self, plan_id: uuid.UUID) -> list[StatusChangeView]:
        stmt = (
            select(NeedStatusChange, NeedAssessment.area_key)
            .join(NeedAssessment)
            .where(NeedAssessment.plan_id == plan_id)
            .order_by(NeedStatusChange.created_at.desc())
        )
        with Session(self._engine) as session:
            return [
                StatusChangeView(area, c.from_status, c.to_status, c.created_at, c.changed_by)
                for c, area in session.execute(stmt)
            ]

    # -- writing ---------------------------------------------------------------------------

    def start(self, client_id: uuid.UUID) -> PlanView:
        """The client's current plan, or a new draft with one assessment per needs area."""
        existing = self.current(client_id)
        if existing is not None:
            return existing
        with Session(self._engine) as session, session.begin():
            client = session.get(Client, client_id)
            if client is None:
                raise NotFoundError("That client no longer exists.")
            plan = TransitionPlan(
                client_id=client_id,
                status=PlanStatus.DRAFT,
                language=client.document_language,
                draft={},
            )
            plan.assessments = [NeedAssessment(area_key=a.key, details={}) for a in NEED_AREAS]
            session.add(plan)
            session.flush()
            record(session, self._actor, AuditAction.CREATE, PLAN, plan.id)
            plan_id = plan.id
        return self.get(plan_id)

    def save_intro(
        self,
        plan_id: uuid.UUID,
        *,
        language: str,
        review_date: date | None,
        planning_consent: bool,
    ) -> PlanView:
        """The wizard's first page: language of the printed plan, review date, and the
        person's consent to planning (recorded once, then linked to the plan)."""
        if language not in ("en", "fr"):
            raise ValidationError(
                [Problem("language", "choice", "The plan can be printed in English or French.")]
            )
        with Session(self._engine) as session:
            plan = self._load(session, plan_id)
            client_id = plan.client_id
        consent_id = None
        if planning_consent:
            consents = ConsentService(self._engine, self._actor)
            active = [
                c
                for c in consents.for_client(client_id)
                if c.kind is ConsentKind.PLANNING and c.active
            ]
            consent_id = (
                active[-1].id if active else consents.record(client_id, ConsentKind.PLANNING).id
            )
        with Session(self._engine) as session, session.begin():
            plan = self._load(session, plan_id)
            plan.language = language
            plan.review_date = review_date
            plan.consent_id = consent_id
            session.flush()
            record(session, self._actor, AuditAction.UPDATE, PLAN, plan.id)
        return self.get(plan_id)

    def save_area(self, plan_id: uuid.UUID, area_key: str, data: AreaInput) -> AssessmentView:
        """Save one area. A status change is kept in the plan's history."""
        problems = check_details(area_key, data.details)
        if len(data.goal) > MAX_TEXT:
            problems.append(Problem("goal", "too_long", "This text is too long."))
        if len(data.worker_notes) > MAX_TEXT:
            problems.append(Problem("worker_notes", "too_long", "This text is too long."))
        if problems:
            raise ValidationError(problems)
        specs = {f.key: f for f in details_for(area_key)}
        with Session(self._engine) as session, session.begin():
            assessment = self._assessment(session, plan_id, area_key)
            if assessment.status is not data.status:
                session.add(
                    NeedStatusChange(
                        assessment_id=assessment.id,
                        from_status=assessment.status,
                        to_status=data.status,
                        changed_by=self._actor,
                    )
                )
            assessment.status = data.status
            assessment.priority = data.priority
            assessment.goal = data.goal.strip()
            assessment.worker_notes = data.worker_notes.strip()
            own = {k: v.strip() for k, v in data.details.items() if specs[k].target == "details"}
            assessment.details = {k: v for k, v in own.items() if v}
            client = assessment.plan.client
            if "immigration_status" in data.details:
                client.immigration_status = ImmigrationStatus(
                    data.details["immigration_status"] or ImmigrationStatus.UNKNOWN.value
                )
            if "permit_expiry" in data.details:
                value = data.details["permit_expiry"]
                client.permit_expiry = date.fromisoformat(value) if value else None
            session.flush()
            record(session, self._actor, AuditAction.UPDATE, PLAN, plan_id)
            return _assessment_view(assessment, client)

    def set_resume_page(self, plan_id: uuid.UUID, page: str) -> None:
        with Session(self._engine) as session, session.begin():
            plan = self._load(session, plan_id)
            plan.draft = {**(plan.draft or {}), "page": page}

    def finish(self, plan_id: uuid.UUID) -> PlanView:
        with Session(self._engine) as session, session.begin():
            plan = self._load(session, plan_id)
            plan.status = PlanStatus.ACTIVE
            plan.draft = {}
            session.flush()
            record(session, self._actor, AuditAction.UPDATE, PLAN, plan.id)
        return self.get(plan_id)

    def close(self, plan_id: uuid.UUID) -> PlanView:
        with Session(self._engine) as session, session.begin():
            plan = self._load(session, plan_id)
            plan.status = PlanStatus.CLOSED
            session.flush()
            record(session, self._actor, AuditAction.CLOSE, PLAN, plan.id)
        return self.get(plan_id)

    # -- actions ---------------------------------------------------------------------------

    def add_action(self, plan_id: uuid.UUID, area_key: str, data: ActionInput) -> ActionView:
        data = _check_action(data)
        with Session(self._engine) as session, session.begin():
            assessment = self._assessment(session, plan_id, area_key)
            action = Action(
                assessment_id=assessment.id,
                description=data.description,
                owner=data.owner,
                owner_name=data.owner_name,
                due_date=data.due_date,
                resource_id=data.resource_id,
                status=ActionStatus.OPEN,
            )
            session.add(action)
            session.flush()
            record(session, self._actor, AuditAction.CREATE, ACTION, action.id)
            return _action_view(action, area_key)

    def update_action(self, action_id: uuid.UUID, data: ActionInput) -> ActionView:
        data = _check_action(data)
        with Session(self._engine) as session, session.begin():
            action = self._action(session, action_id)
            action.description = data.description
            action.owner = data.owner
            action.owner_name = data.owner_name
            action.due_date = data.due_date
            action.resource_id = data.resource_id
            session.flush()
            record(session, self._actor, AuditAction.UPDATE, ACTION, action.id)
            return _action_view(action, action.assessment.area_key)

    def set_action_status(self, action_id: uuid.UUID, status: ActionStatus) -> ActionView:
        with Session(self._engine) as session, session.begin():
            action = self._action(session, action_id)
            action.status = status
            action.completed_at = utcnow() if status is ActionStatus.DONE else None
            session.flush()
            record(session, self._actor, AuditAction.UPDATE, ACTION, action.id)
            return _action_view(action, action.assessment.area_key)

    def delete_action(self, action_id: uuid.UUID) -> None:
        with Session(self._engine) as session, session.begin():
            action = self._action(session, action_id)
            session.delete(action)
            record(session, self._actor, AuditAction.DELETE, ACTION, action_id)

    # -- loading ---------------------------------------------------------------------------

    @staticmethod
    def _load(session: Session, plan_id: uuid.UUID) -> TransitionPlan:
        plan = session.get(TransitionPlan, plan_id)
        if plan is None:
            raise NotFoundError("That plan no longer exists.")
        return plan

    @staticmethod
    def _assessment(session: Session, plan_id: uuid.UUID, area_key: str) -> NeedAssessment:
        if area_key not in _ORDER:
            raise NotFoundError(f"There is no needs area {area_key}.")
        assessment = session.scalar(
            select(NeedAssessment).where(
                NeedAssessment.plan_id == plan_id, NeedAssessment.area_key == area_key
            )
        )
        if assessment is None:
            raise NotFoundError("That plan no longer exists.")
        return assessment

    @staticmethod
    def _action(session: Session, action_id: uuid.UUID) -> Action:
        action = session.get(Action, action_id)
        if action is None:
            raise NotFoundError("That action no longer exists.")
        return action


def _check_action(data: ActionInput) -> ActionInput:
    description = " ".join(data.description.split())
    problems: list[Problem] = []
    if not description:
        problems.append(Problem("description", "required", "Say what is to be done."))
    elif len(description) > 1000:
        problems.append(Problem("description", "too_long", "Keep the action short."))
    owner_name = " ".join(data.owner_name.split())
    if data.owner is ActionOwner.ORGANISATION and not owner_name and data.resource_id is None:
        problems.append(
            Problem("owner_name", "required", "Name the organisation that will do this.")
        )
    if problems:
        raise ValidationError(problems)
    return ActionInput(description, data.owner, owner_name, data.due_date, data.resource_id)
