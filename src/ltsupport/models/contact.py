"""Contact: the person's trusted people, groups and professionals."""

from __future__ import annotations

import enum
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ltsupport.models.base import Entity, str_enum

if TYPE_CHECKING:
    from ltsupport.models.client import Client


class ContactKind(enum.StrEnum):
    PERSON = "person"
    GROUP = "group"
    PROFESSIONAL = "professional"


class Contact(Entity):
    __tablename__ = "contact"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[ContactKind] = mapped_column(str_enum(ContactKind), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    relationship_to_client: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    country: Mapped[str | None] = mapped_column(String(2))
    safe_to_contact: Mapped[bool | None] = mapped_column(Boolean)
    may_be_known_to_trafficker: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    client: Mapped[Client] = relationship(back_populates="contacts")
