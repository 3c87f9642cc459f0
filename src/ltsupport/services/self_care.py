"""The self-care plan: the person's own plan for the ongoing impacts of trauma, in their words."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ltsupport.models import Client, SelfCarePlan
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.errors import NotFoundError, Problem, ValidationError

ENTITY = "self_care_plan"
MAX_TEXT = 10_000


@dataclass(frozen=True)
class SelfCareInput:
    warning_signs: str = ""
    things_that_help: str = ""
    people_to_contact: str = ""
    safe_places: str = ""
    professional_supports: str = ""

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self))


class SelfCareService:
    def __init__(self, engine: Engine, actor: str) -> None:
        self._engine = engine
        self._actor = actor

    def get(self, client_id: uuid.UUID) -> SelfCareInput | None:
        with Session(self._engine) as session:
            plan = session.scalar(select(SelfCarePlan).where(SelfCarePlan.client_id == client_id))
            if plan is None:
                return None
            return SelfCareInput(**{f.name: getattr(plan, f.name) for f in fields(SelfCareInput)})

    def save(self, client_id: uuid.UUID, data: SelfCareInput) -> SelfCareInput:
        too_long = [f.name for f in fields(data) if len(getattr(data, f.name)) > MAX_TEXT]
        if too_long:
            raise ValidationError(
                [Problem(name, "too_long", "This text is too long.") for name in too_long]
            )
        values = {f.name: getattr(data, f.name).strip() for f in fields(data)}
        with Session(self._engine) as session, session.begin():
            if session.get(Client, client_id) is None:
                raise NotFoundError("That client no longer exists.")
            plan = session.scalar(select(SelfCarePlan).where(SelfCarePlan.client_id == client_id))
            action = AuditAction.UPDATE
            if plan is None:
                plan = SelfCarePlan(client_id=client_id)
                session.add(plan)
                action = AuditAction.CREATE
            for name, value in values.items():
                setattr(plan, name, value)
            session.flush()
            record(session, self._actor, action, ENTITY, plan.id)
        return SelfCareInput(**values)
