"""Consents: what the person agreed to (store, planning, share with a named agency, export,
print), when, recorded by whom, and when withdrawn."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ltsupport.models import Client, Consent, ConsentKind, utcnow
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.errors import NotFoundError, Problem, ValidationError

ENTITY = "consent"


@dataclass(frozen=True)
class ConsentView:
    id: uuid.UUID
    client_id: uuid.UUID
    kind: ConsentKind
    organisation: str | None
    given_at: datetime
    recorded_by: str
    withdrawn_at: datetime | None
    note: str

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


def to_view(consent: Consent) -> ConsentView:
    return ConsentView(
        id=consent.id,
        client_id=consent.client_id,
        kind=consent.kind,
        organisation=consent.organisation,
        given_at=consent.given_at,
        recorded_by=consent.recorded_by,
        withdrawn_at=consent.withdrawn_at,
        note=consent.note,
    )


class ConsentService:
    def __init__(self, engine: Engine, actor: str) -> None:
        self._engine = engine
        self._actor = actor

    def record(
        self,
        client_id: uuid.UUID,
        kind: ConsentKind,
        organisation: str | None = None,
        given_at: datetime | None = None,
        note: str = "",
    ) -> ConsentView:
        organisation = (organisation or "").strip() or None
        if kind is ConsentKind.SHARE and not organisation:
            raise ValidationError(
                [
                    Problem(
                        "organisation",
                        "required",
                        "Consent to share names the organisation it covers.",
                    )
                ]
            )
        with Session(self._engine) as session, session.begin():
            if session.get(Client, client_id) is None:
                raise NotFoundError("That client no longer exists.")
            consent = Consent(
                client_id=client_id,
                kind=kind,
                organisation=organisation,
                given_at=given_at or utcnow(),
                recorded_by=self._actor,
                note=note.strip(),
            )
            session.add(consent)
            session.flush()
            record(session, self._actor, AuditAction.CREATE, ENTITY, consent.id)
            return to_view(consent)

    def withdraw(self, consent_id: uuid.UUID) -> ConsentView:
        with Session(self._engine) as session, session.begin():
            consent = session.get(Consent, consent_id)
            if consent is None:
                raise NotFoundError("That consent no longer exists.")
            if consent.withdrawn_at is None:
                consent.withdrawn_at = utcnow()
                session.flush()
                record(session, self._actor, AuditAction.WITHDRAW, ENTITY, consent.id)
            return to_view(consent)

    def for_client(self, client_id: uuid.UUID) -> list[ConsentView]:
        stmt = select(Consent).where(Consent.client_id == client_id).order_by(Consent.given_at)
        with Session(self._engine) as session:
            return [to_view(c) for c in session.scalars(stmt)]

    def has_active(
        self, client_id: uuid.UUID, kind: ConsentKind, organisation: str | None = None
    ) -> bool:
        return any(
            c.active and c.kind is kind and (organisation is None or c.organisation == organisation)
            for c in self.for_client(client_id)
        )
