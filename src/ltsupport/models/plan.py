"""TransitionPlan, its NeedAssessments (one per checklist area), Actions and the SelfCarePlan."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ltsupport.checklist import NeedStatus
from ltsupport.models.base import Entity, UTCDateTime, str_enum

if TYPE_CHECKING:
    from ltsupport.models.client import Client
    from ltsupport.models.resource import Resource


class PlanStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    CLOSED = "closed"


class Priority(enum.StrEnum):
    NONE = "none"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionOwner(enum.StrEnum):
    CLIENT = "client"
    WORKER = "worker"
    ORGANISATION = "organisation"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TransitionPlan(Entity):
    __tablename__ = "transition_plan"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=False, index=True
    )
    status: Mapped[PlanStatus] = mapped_column(
        str_enum(PlanStatus), nullable=False, default=PlanStatus.DRAFT
    )
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="en")
    review_date: Mapped[date | None] = mapped_column(Date)
    consent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("consent.id", ondelete="SET NULL")
    )
    # Wizard draft: page reached and unsaved field values, so nothing typed is lost.
    draft: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)

    client: Mapped[Client] = relationship(back_populates="plans")
    assessments: Mapped[list[NeedAssessment]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )


class NeedAssessment(Entity):
    __tablename__ = "need_assessment"
    __table_args__ = (UniqueConstraint("plan_id", "area_key"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("transition_plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    area_key: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[NeedStatus] = mapped_column(
        str_enum(NeedStatus), nullable=False, default=NeedStatus.NOT_ASSESSED
    )
    priority: Mapped[Priority] = mapped_column(
        str_enum(Priority), nullable=False, default=Priority.NONE
    )
    goal: Mapped[str] = mapped_column(Text, nullable=False, default="")  # the client's words
    worker_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")  # never printed
    # Area-specific fields (permit dates, counsellor, court dates...) keyed by the checklist.
    details: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)

    plan: Mapped[TransitionPlan] = relationship(back_populates="assessments")
    actions: Mapped[list[Action]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )
    status_changes: Mapped[list[NeedStatusChange]] = relationship(
        back_populates="assessment",
        cascade="all, delete-orphan",
        order_by="NeedStatusChange.created_at",
    )


class NeedStatusChange(Entity):
    """One change of a needs area's status: the plan's history."""

    __tablename__ = "need_status_change"

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("need_assessment.id", ondelete="CASCADE"), nullable=False, index=True
    )
    from_status: Mapped[NeedStatus] = mapped_column(str_enum(NeedStatus), nullable=False)
    to_status: Mapped[NeedStatus] = mapped_column(str_enum(NeedStatus), nullable=False)
    changed_by: Mapped[str] = mapped_column(String(200), nullable=False)

    assessment: Mapped[NeedAssessment] = relationship(back_populates="status_changes")


class Action(Entity):
    __tablename__ = "action"

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("need_assessment.id", ondelete="CASCADE"), nullable=False, index=True
    )
    description: Mapped[str] = mapped_column(Text, nullable=False)
    owner: Mapped[ActionOwner] = mapped_column(str_enum(ActionOwner), nullable=False)
    owner_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(
        str_enum(ActionStatus), nullable=False, default=ActionStatus.OPEN
    )
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resource_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("resource.id", ondelete="SET NULL")
    )

    assessment: Mapped[NeedAssessment] = relationship(back_populates="actions")
    resource: Mapped[Resource | None] = relationship()


class SelfCarePlan(Entity):
    """The person's own plan for ongoing impacts of trauma, in their words."""

    __tablename__ = "self_care_plan"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    warning_signs: Mapped[str] = mapped_column(Text, nullable=False, default="")
    things_that_help: Mapped[str] = mapped_column(Text, nullable=False, default="")
    people_to_contact: Mapped[str] = mapped_column(Text, nullable=False, default="")
    safe_places: Mapped[str] = mapped_column(Text, nullable=False, default="")
    professional_supports: Mapped[str] = mapped_column(Text, nullable=False, default="")

    client: Mapped[Client] = relationship(back_populates="self_care_plan")
