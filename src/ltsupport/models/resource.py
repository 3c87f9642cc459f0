"""Resource (a catalogue entry) and Referral (a client referred to a resource)."""

from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ltsupport.models.base import Entity, str_enum

if TYPE_CHECKING:
    from ltsupport.models.client import Client, Consent


class ResourceSource(enum.StrEnum):
    SEED = "seed"
    LOCAL = "local"


class ReferralStatus(enum.StrEnum):
    SUGGESTED = "suggested"
    REFERRED = "referred"
    ACCEPTED = "accepted"
    ATTENDING = "attending"
    COMPLETED = "completed"
    DECLINED = "declined"


class Resource(Entity):
    __tablename__ = "resource"

    key: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_fr: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    category: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    areas: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    services: Mapped[str] = mapped_column(Text, nullable=False, default="")
    languages: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    province: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    website: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    hours: Mapped[str] = mapped_column(Text, nullable=False, default="")
    eligibility: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cost: Mapped[str] = mapped_column(Text, nullable=False, default="")
    accessibility: Mapped[str] = mapped_column(Text, nullable=False, default="")
    country: Mapped[str | None] = mapped_column(String(2))
    source: Mapped[ResourceSource] = mapped_column(
        str_enum(ResourceSource), nullable=False, default=ResourceSource.LOCAL
    )
    source_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    verified_on: Mapped[date | None] = mapped_column(Date)
    edited_locally: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Referral(Entity):
    __tablename__ = "referral"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=False, index=True
    )
    resource_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("resource.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    area_key: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[ReferralStatus] = mapped_column(
        str_enum(ReferralStatus), nullable=False, default=ReferralStatus.SUGGESTED
    )
    status_on: Mapped[date] = mapped_column(Date, nullable=False)
    referred_on: Mapped[date | None] = mapped_column(Date)
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    consent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("consent.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    client: Mapped[Client] = relationship(back_populates="referrals")
    resource: Mapped[Resource] = relationship()
    consent: Mapped[Consent | None] = relationship()
