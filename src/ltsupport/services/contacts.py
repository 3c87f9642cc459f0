"""Contacts: the person's trusted people, groups and professionals (social support network,
and the trusted contacts of a repatriation plan)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ltsupport.models import Client, Contact, ContactKind
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.errors import NotFoundError, Problem, ValidationError

ENTITY = "contact"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_COUNTRY = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class ContactInput:
    kind: ContactKind
    name: str
    relationship_to_client: str = ""
    phone: str = ""
    email: str = ""
    country: str | None = None
    safe_to_contact: bool | None = None
    may_be_known_to_trafficker: bool | None = None
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class ContactView(ContactInput):
    id: uuid.UUID
    client_id: uuid.UUID


def _view(contact: Contact) -> ContactView:
    return ContactView(
        kind=contact.kind,
        name=contact.name,
        relationship_to_client=contact.relationship_to_client,
        phone=contact.phone,
        email=contact.email,
        country=contact.country,
        safe_to_contact=contact.safe_to_contact,
        may_be_known_to_trafficker=contact.may_be_known_to_trafficker,
        notes=contact.notes,
        id=contact.id,
        client_id=contact.client_id,
    )


def _check(data: ContactInput) -> ContactInput:
    name = " ".join(data.name.split())
    email = data.email.strip()
    country = (data.country or "").strip().upper() or None
    problems: list[Problem] = []
    if not name:
        problems.append(Problem("name", "required", "A name (or how the person calls them)."))
    elif len(name) > 200:
        problems.append(Problem("name", "too_long", "The name is too long."))
    if email and not _EMAIL.fullmatch(email):
        problems.append(Problem("email", "format", "This is not an e-mail address."))
    if country and not _COUNTRY.fullmatch(country):
        problems.append(Problem("country", "format", "Use the two-letter country code."))
    if problems:
        raise ValidationError(problems)
    return ContactInput(
        kind=data.kind,
        name=name,
        relationship_to_client=" ".join(data.relationship_to_client.split()),
        phone=data.phone.strip(),
        email=email,
        country=country,
        safe_to_contact=data.safe_to_contact,
        may_be_known_to_trafficker=data.may_be_known_to_trafficker,
        notes=data.notes.strip(),
    )


class ContactService:
    def __init__(self, engine: Engine, actor: str) -> None:
        self._engine = engine
        self._actor = actor

    def for_client(self, client_id: uuid.UUID) -> list[ContactView]:
        stmt = select(Contact).where(Contact.client_id == client_id).order_by(Contact.created_at)
        with Session(self._engine) as session:
            return [_view(c) for c in session.scalars(stmt)]

    def add(self, client_id: uuid.UUID, data: ContactInput) -> ContactView:
        data = _check(data)
        with Session(self._engine) as session, session.begin():
            if session.get(Client, client_id) is None:
                raise NotFoundError("That client no longer exists.")
            contact = Contact(client_id=client_id, **_fields(data))
            session.add(contact)
            session.flush()
            record(session, self._actor, AuditAction.CREATE, ENTITY, contact.id)
            return _view(contact)

    def update(self, contact_id: uuid.UUID, data: ContactInput) -> ContactView:
        data = _check(data)
        with Session(self._engine) as session, session.begin():
            contact = self._load(session, contact_id)
            for name, value in _fields(data).items():
                setattr(contact, name, value)
            session.flush()
            record(session, self._actor, AuditAction.UPDATE, ENTITY, contact.id)
            return _view(contact)

    def delete(self, contact_id: uuid.UUID) -> None:
        with Session(self._engine) as session, session.begin():
            contact = self._load(session, contact_id)
            session.delete(contact)
            record(session, self._actor, AuditAction.DELETE, ENTITY, contact_id)

    @staticmethod
    def _load(session: Session, contact_id: uuid.UUID) -> Contact:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFoundError("That contact no longer exists.")
        return contact


def _fields(data: ContactInput) -> dict[str, object]:
    return {
        "kind": data.kind,
        "name": data.name,
        "relationship_to_client": data.relationship_to_client,
        "phone": data.phone,
        "email": data.email,
        "country": data.country,
        "safe_to_contact": data.safe_to_contact,
        "may_be_known_to_trafficker": data.may_be_known_to_trafficker,
        "notes": data.notes,
    }
