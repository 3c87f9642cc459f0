"""RepatriationPlan and its RepatriationSteps (one per checklist step)."""

from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ltsupport.checklist import StepStatus
from ltsupport.models.base import Entity, str_enum

if TYPE_CHECKING:
    from ltsupport.models.client import Client


class ReturnWish(enum.StrEnum):
    UNDECIDED = "undecided"
    RETURN = "return"
    STAY = "stay"


class RepatriationPlan(Entity):
    __tablename__ = "repatriation_plan"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    wish: Mapped[ReturnWish] = mapped_column(
        str_enum(ReturnWish), nullable=False, default=ReturnWish.UNDECIDED
    )
    fears_harm_on_return: Mapped[bool | None] = mapped_column(Boolean)
    protection_claim_decision: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    draft: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)

    client: Mapped[Client] = relationship(back_populates="repatriation_plan")
    steps: Mapped[list[RepatriationStep]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )


class RepatriationStep(Entity):
    __tablename__ = "repatriation_step"
    __table_args__ = (UniqueConstraint("plan_id", "step_key"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("repatriation_plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    step_key: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[StepStatus] = mapped_column(
        str_enum(StepStatus), nullable=False, default=StepStatus.NOT_STARTED
    )
    started_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    risk_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")  # worker only
    details: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)

    plan: Mapped[RepatriationPlan] = relationship(back_populates="steps")
