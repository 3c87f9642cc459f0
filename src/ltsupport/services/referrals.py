"""Referrals: a client referred to a catalogue resource, with the consent it relies on.

Status moves forward: suggested → referred → accepted → attending → completed; declined can
end it at any stage. Each change records its date; a follow-up date reminds the worker to check.
A referral records the consent used; when the client has not consented to sharing with that
organisation, :meth:`ReferralService.consent_for` finds none and the UI warns before saving.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ltsupport.checklist import NEED_AREA_KEYS
from ltsupport.models import Client, Consent, ConsentKind, Referral, ReferralStatus, Resource
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.errors import NotFoundError, Problem, ValidationError

ENTITY = "referral"

ORDER = (
    ReferralStatus.SUGGESTED,
    ReferralStatus.REFERRED,
    ReferralStatus.ACCEPTED,
    ReferralStatus.ATTENDING,
    ReferralStatus.COMPLETED,
)


def allowed_next(status: ReferralStatus) -> tuple[ReferralStatus, ...]:
    """The statuses a referral in ``status`` may move to."""
    if status in (ReferralStatus.COMPLETED, ReferralStatus.DECLINED):
        return ()
    index = ORDER.index(status)
    return (*ORDER[index + 1 :], ReferralStatus.DECLINED)


@dataclass(frozen=True)
class ReferralView:
    id: uuid.UUID
    client_id: uuid.UUID
    resource_id: uuid.UUID
    resource_name: str
    resource_name_fr: str
    area_key: str | None
    status: ReferralStatus
    status_on: date
    referred_on: date | None
    follow_up_on: date | None
    consent_id: uuid.UUID | None
    consent_organisation: str | None
    notes: str

    @property
    def has_consent(self) -> bool:
        return self.consent_id is not None


def _view(referral: Referral) -> ReferralView:
    consent = referral.consent
    return ReferralView(
        id=referral.id,
        client_id=referral.client_id,
        resource_id=referral.resource_id,
        resource_name=referral.resource.name,
        resource_name_fr=referral.resource.name_fr,
        area_key=referral.area_key,
        status=referral.status,
        status_on=referral.status_on,
        referred_on=referral.referred_on,
        follow_up_on=referral.follow_up_on,
        consent_id=referral.consent_id,
        consent_organisation=consent.organisation if consent is not None else None,
        notes=referral.notes,
    )


def _same_organisation(consented: str, resource: Resource) -> bool:
    wanted = consented.casefold().strip()
    names = {resource.name.casefold().strip(), resource.name_fr.casefold().strip()} - {""}
    return any(wanted == n or wanted in n or n in wanted for n in names)


def _matching_consent(
    session: Session, client_id: uuid.UUID, resource_id: uuid.UUID
) -> uuid.UUID | None:
    resource = session.get(Resource, resource_id)
    if resource is None:
        raise NotFoundError("That catalogue entry no longer exists.")
    consents = session.scalars(
        select(Consent).where(
            Consent.client_id == client_id,
            Consent.kind == ConsentKind.SHARE,
            Consent.withdrawn_at.is_(None),
        )
    )
    for consent in consents:
        if consent.organisation and _same_organisation(consent.organisation, resource):
            return consent.id
    return None


class ReferralService:
    def __init__(self, engine: Engine, actor: str) -> None:
        self._engine = engine
        self._actor = actor

    def consent_for(self, client_id: uuid.UUID, resource_id: uuid.UUID) -> uuid.UUID | None:
        """The client's active consent to share with this resource's organisation, if any."""
        with Session(self._engine) as session:
            return _matching_consent(session, client_id, resource_id)

    def create(
        self,
        client_id: uuid.UUID,
        resource_id: uuid.UUID,
        *,
        area_key: str | None = None,
        status: ReferralStatus = ReferralStatus.SUGGESTED,
        consent_id: uuid.UUID | None = None,
        follow_up_on: date | None = None,
        notes: str = "",
        today: date | None = None,
    ) -> ReferralView:
        """Record a referral. ``consent_id`` defaults to the matching share consent, if any."""
        today = today or date.today()
        problems: list[Problem] = []
        if area_key is not None and area_key not in NEED_AREA_KEYS:
            problems.append(Problem("area_key", "choice", "Choose one of the needs areas."))
        if follow_up_on is not None and follow_up_on < today:
            problems.append(Problem("follow_up_on", "past", "The follow-up date is already past."))
        if problems:
            raise ValidationError(problems)
        if consent_id is None:
            consent_id = self.consent_for(client_id, resource_id)
        with Session(self._engine) as session, session.begin():
            if session.get(Client, client_id) is None:
                raise NotFoundError("That client no longer exists.")
            if session.get(Resource, resource_id) is None:
                raise NotFoundError("That catalogue entry no longer exists.")
            if consent_id is not None:
                consent = session.get(Consent, consent_id)
                if consent is None or consent.client_id != client_id:
                    raise ValidationError(
                        [Problem("consent", "invalid", "That consent is not this client's.")]
                    )
            referral = Referral(
                client_id=client_id,
                resource_id=resource_id,
                area_key=area_key,
                status=status,
                status_on=today,
                referred_on=today if status is not ReferralStatus.SUGGESTED else None,
                follow_up_on=follow_up_on,
                consent_id=consent_id,
                notes=notes.strip(),
            )
            session.add(referral)
            session.flush()
            record(session, self._actor, AuditAction.CREATE, ENTITY, referral.id)
            return _view(referral)

    def set_status(
        self, referral_id: uuid.UUID, status: ReferralStatus, on: date | None = None
    ) -> ReferralView:
        on = on or date.today()
        with Session(self._engine) as session, session.begin():
            referral = self._load(session, referral_id)
            if status not in allowed_next(referral.status):
                raise ValidationError(
                    [
                        Problem(
                            "status",
                            "transition",
                            f"A referral that is {referral.status.value} cannot become "
                            f"{status.value}.",
                        )
                    ]
                )
            if on < referral.status_on:
                raise ValidationError(
                    [Problem("status_on", "order", "The date is before the last change.")]
                )
            referral.status = status
            referral.status_on = on
            if referral.referred_on is None and status is not ReferralStatus.DECLINED:
                referral.referred_on = on
            if referral.consent_id is None and status is not ReferralStatus.DECLINED:
                # Consent recorded after the suggestion is attached when the referral goes out.
                referral.consent_id = _matching_consent(
                    session, referral.client_id, referral.resource_id
                )
            session.flush()
            record(session, self._actor, AuditAction.UPDATE, ENTITY, referral.id)
            return _view(referral)

    def set_follow_up(self, referral_id: uuid.UUID, follow_up_on: date | None) -> ReferralView:
        with Session(self._engine) as session, session.begin():
            referral = self._load(session, referral_id)
            referral.follow_up_on = follow_up_on
            session.flush()
            record(session, self._actor, AuditAction.UPDATE, ENTITY, referral.id)
            return _view(referral)

    def for_client(self, client_id: uuid.UUID) -> list[ReferralView]:
        stmt = (
            select(Referral)
            .where(Referral.client_id == client_id)
            .order_by(Referral.status_on.desc(), Referral.created_at.desc())
        )
        with Session(self._engine) as session:
            return [_view(r) for r in session.scalars(stmt)]

    def follow_ups_due(self, until: date) -> list[ReferralView]:
        """Open referrals whose follow-up date is on or before ``until``."""
        stmt = (
            select(Referral)
            .where(
                Referral.follow_up_on.is_not(None),
                Referral.follow_up_on <= until,
                Referral.status.not_in([ReferralStatus.COMPLETED, ReferralStatus.DECLINED]),
            )
            .order_by(Referral.follow_up_on)
        )
        with Session(self._engine) as session:
            return [_view(r) for r in session.scalars(stmt)]

    @staticmethod
    def _load(session: Session, referral_id: uuid.UUID) -> Referral:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise NotFoundError("That referral no longer exists.")
        return referral
