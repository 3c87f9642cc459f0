"""The audit trail: who did what to which record, and when. Never the content.

Each event carries a sequence number and a SHA-256 chained over the previous event, so a row
edited or removed with raw SQL breaks :func:`verify_chain` at that row. The database refuses
UPDATE and DELETE on the table (triggers in the first migration). Limit: the newest rows can be
removed undetected, since the chain's head is anchored nowhere outside the vault.
"""

from __future__ import annotations

import enum
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from ltsupport.models import AuditEvent, utcnow

GENESIS = "0" * 64


class AuditAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    VIEW = "view"
    CLOSE = "close"
    ARCHIVE = "archive"
    REOPEN = "reopen"
    WITHDRAW = "withdraw"
    EXPORT = "export"
    PRINT = "print"
    UNLOCK = "unlock"
    BACKUP = "backup"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None


def _digest(
    prev: str, seq: int, at: datetime, actor: str, action: str, entity: str, eid: str
) -> str:
    material = "\x1f".join([prev, str(seq), at.isoformat(), actor, action, entity, eid])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: str,
    action: AuditAction,
    entity: str,
    entity_id: uuid.UUID | str | None = None,
) -> None:
    """Add an event to the caller's transaction (so it commits or rolls back with the change)."""
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = utcnow().replace(microsecond=0)
    eid = str(entity_id) if entity_id is not None else ""
    session.add(
        AuditEvent(
            seq=seq,
            actor=actor,
            action=action.value,
            entity=entity,
            entity_id=eid or None,
            prev_hash=prev,
            hash=_digest(prev, seq, at, actor, action.value, entity, eid),
            created_at=at,
            updated_at=at,
        )
    )


def events(
    engine: Engine, entity_id: uuid.UUID | None = None, limit: int = 200
) -> list[AuditEntry]:
    """The newest events first, optionally for one record."""
    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if entity_id is not None:
        query = query.where(AuditEvent.entity_id == str(entity_id))
    with Session(engine) as session:
        return [
            AuditEntry(e.seq, e.created_at, e.actor, e.action, e.entity, e.entity_id)
            for e in session.scalars(query)
        ]


def count(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def verify_chain(engine: Engine) -> int | None:
    """The sequence number of the first event that fails the chain, or ``None`` if all hold."""
    prev = GENESIS
    expected_seq = 1
    with Session(engine) as session:
        for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
            digest = _digest(
                prev, e.seq, e.created_at, e.actor, e.action, e.entity, e.entity_id or ""
            )
            if e.seq != expected_seq or e.prev_hash != prev or e.hash != digest:
                return e.seq
            prev = e.hash
            expected_seq += 1
    return None
