"""AuditEvent: who did what to which record, when. Never the content itself.

Rows are append-only (database triggers refuse UPDATE and DELETE) and hash-chained, so a row
edited or removed with raw SQL in the middle of the trail is found by
:func:`ltsupport.services.audit.verify_chain`. The chain has no anchor outside the vault, so
removing the newest rows is not detectable; anyone able to do that holds the key anyway.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ltsupport.models.base import Entity


class AuditEvent(Entity):
    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    entity: Mapped[str] = mapped_column(String(32), nullable=False)
    entity_id: Mapped[str | None] = mapped_column(String(36), index=True)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
