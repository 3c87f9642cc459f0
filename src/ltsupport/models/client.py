"""Client and Consent: the person supported and what they agreed to."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ltsupport.models.base import Entity, UTCDateTime, str_enum

if TYPE_CHECKING:
    from ltsupport.models.contact import Contact
    from ltsupport.models.plan import SelfCarePlan, TransitionPlan
    from ltsupport.models.repatriation import RepatriationPlan
    from ltsupport.models.resource import Referral


class ClientStatus(enum.StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"
    ARCHIVED = "archived"


class ImmigrationStatus(enum.StrEnum):
    UNKNOWN = "unknown"
    CITIZEN = "citizen"
    PERMANENT_RESIDENT = "permanent_resident"
    TRP_VICTIM = "trp_victim"  # temporary resident permit for victims of human trafficking
    TEMPORARY_RESIDENT = "temporary_resident"
    REFUGEE_CLAIMANT = "refugee_claimant"
    PROTECTED_PERSON = "protected_person"
    NO_STATUS = "no_status"
    OTHER = "other"


class ConsentKind(enum.StrEnum):
    STORE = "store"
    PLANNING = "planning"
    SHARE = "share"
    EXPORT = "export"
    PRINT = "print"


class Client(Entity):
    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_status_code", "status", "case_code"),
        Index("ix_client_name", "preferred_name"),
    )

    case_code: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    preferred_name: Mapped[str] = mapped_column(String(200), nullable=False)
    legal_name: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    document_language: Mapped[str] = mapped_column(String(8), nullable=False, default="en")
    country_of_origin: Mapped[str | None] = mapped_column(String(2))
    immigration_status: Mapped[ImmigrationStatus] = mapped_column(
        str_enum(ImmigrationStatus), nullable=False, default=ImmigrationStatus.UNKNOWN
    )
    permit_expiry: Mapped[date | None] = mapped_column(Date)
    safe_contact: Mapped[str] = mapped_column(Text, nullable=False, default="")
    assigned_worker: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    status: Mapped[ClientStatus] = mapped_column(
        str_enum(ClientStatus), nullable=False, default=ClientStatus.ACTIVE
    )
    intake_date: Mapped[date] = mapped_column(Date, nullable=False)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    consents: Mapped[list[Consent]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Consent.given_at"
    )
    plans: Mapped[list[TransitionPlan]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )
    referrals: Mapped[list[Referral]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )
    self_care_plan: Mapped[SelfCarePlan | None] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )
    repatriation_plan: Mapped[RepatriationPlan | None] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )


class Consent(Entity):
    __tablename__ = "consent"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[ConsentKind] = mapped_column(str_enum(ConsentKind), nullable=False)
    organisation: Mapped[str | None] = mapped_column(String(200))
    given_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(200), nullable=False)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    client: Mapped[Client] = relationship(back_populates="consents")
