"""AgencyKey (this agency's age key pair) and ExportOverride (a case exported without a
recorded consent to share, and the worker's reason).

The age identity (``AGE-SECRET-KEY-1…``) lives only here, inside the encrypted vault; it is
never logged, printed or written anywhere else.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ltsupport.models.base import Entity


class AgencyKey(Entity):
    __tablename__ = "agency_key"

    identity: Mapped[str] = mapped_column(Text, nullable=False)
    public_key: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)

    def __repr__(self) -> str:  # never show the identity
        return f"AgencyKey(public_key={self.public_key!r})"


class ExportOverride(Entity):
    __tablename__ = "export_override"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=False, index=True
    )
    organisation: Mapped[str] = mapped_column(String(200), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(200), nullable=False)
