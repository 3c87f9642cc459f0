"""Client records: create, update, list (filter, sort, page), get, close, archive, reopen, delete.

Every change and every view of a client's record writes an audit event in the same transaction.
Results are plain frozen dataclasses; no ORM object leaves a session.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import ColumnElement, Engine, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ltsupport.models import Client, ClientStatus, ImmigrationStatus, utcnow
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.consents import ConsentView, to_view
from ltsupport.services.errors import NotFoundError, Problem, ValidationError

CASE_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{1,31}")
COUNTRY = re.compile(r"[A-Z]{2}")
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
DOCUMENT_LANGUAGES = ("en", "fr")
MAX_NAME = 200
ENTITY = "client"

SortKey = Literal["case_code", "preferred_name", "status", "assigned_worker", "intake_date"]
SORT_COLUMNS: dict[str, Any] = {
    "case_code": Client.case_code,
    "preferred_name": func.lower(Client.preferred_name),
    "status": Client.status,
    "assigned_worker": func.lower(Client.assigned_worker),
    "intake_date": Client.intake_date,
}


@dataclass(frozen=True)
class ClientInput:
    case_code: str
    preferred_name: str
    legal_name: str | None = None
    languages: tuple[str, ...] = ()
    document_language: str = "en"
    country_of_origin: str | None = None
    immigration_status: ImmigrationStatus = ImmigrationStatus.UNKNOWN
    permit_expiry: date | None = None
    safe_contact: str = ""
    assigned_worker: str = ""
    intake_date: date | None = None


@dataclass(frozen=True)
class ClientSummary:
    id: uuid.UUID
    case_code: str
    preferred_name: str
    status: ClientStatus
    assigned_worker: str
    intake_date: date


@dataclass(frozen=True)
class ClientDetail:
    id: uuid.UUID
    case_code: str
    preferred_name: str
    legal_name: str | None
    languages: tuple[str, ...]
    document_language: str
    country_of_origin: str | None
    immigration_status: ImmigrationStatus
    permit_expiry: date | None
    safe_contact: str
    assigned_worker: str
    status: ClientStatus
    intake_date: date
    closed_at: datetime | None
    created_at: datetime
    updated_at: datetime
    consents: tuple[ConsentView, ...] = field(default_factory=tuple)

    def as_input(self) -> ClientInput:
        return ClientInput(
            case_code=self.case_code,
            preferred_name=self.preferred_name,
            legal_name=self.legal_name,
            languages=self.languages,
            document_language=self.document_language,
            country_of_origin=self.country_of_origin,
            immigration_status=self.immigration_status,
            permit_expiry=self.permit_expiry,
            safe_contact=self.safe_contact,
            assigned_worker=self.assigned_worker,
            intake_date=self.intake_date,
        )


def normalise(data: ClientInput) -> ClientInput:
    """Trim text, upper-case codes, drop empty optional values."""
    languages = tuple(
        dict.fromkeys(lang.strip().lower() for lang in data.languages if lang.strip())
    )
    return ClientInput(
        case_code=data.case_code.strip().upper(),
        preferred_name=" ".join(data.preferred_name.split()),
        legal_name=" ".join(data.legal_name.split()) or None if data.legal_name else None,
        languages=languages,
        document_language=data.document_language.strip().lower(),
        country_of_origin=(data.country_of_origin or "").strip().upper() or None,
        immigration_status=data.immigration_status,
        permit_expiry=data.permit_expiry,
        safe_contact=data.safe_contact.strip(),
        assigned_worker=" ".join(data.assigned_worker.split()),
        intake_date=data.intake_date,
    )


def validate(data: ClientInput, today: date | None = None) -> list[Problem]:
    """Every problem with ``data`` (already normalised), not only the first."""
    problems: list[Problem] = []
    if not data.case_code:
        problems.append(Problem("case_code", "required", "A case code is required."))
    elif not CASE_CODE.fullmatch(data.case_code):
        problems.append(
            Problem(
                "case_code",
                "format",
                "A case code has 2 to 32 letters, digits or dashes (for example TR-2026-014).",
            )
        )
    if not data.preferred_name:
        problems.append(Problem("preferred_name", "required", "A preferred name is required."))
    elif len(data.preferred_name) > MAX_NAME:
        problems.append(Problem("preferred_name", "too_long", "The name is too long."))
    if data.legal_name and len(data.legal_name) > MAX_NAME:
        problems.append(Problem("legal_name", "too_long", "The name is too long."))
    if data.document_language not in DOCUMENT_LANGUAGES:
        problems.append(
            Problem("document_language", "choice", "Documents can be in English or French.")
        )
    if data.country_of_origin and not COUNTRY.fullmatch(data.country_of_origin):
        problems.append(
            Problem(
                "country_of_origin",
                "format",
                "Use the two-letter country code (for example PH, MX, UA).",
            )
        )
    for lang in data.languages:
        if not LANGUAGE_CODE.fullmatch(lang):
            problems.append(
                Problem("languages", "format", "Use language codes such as en, fr, es, tl.")
            )
            break
    today = today or date.today()
    if data.intake_date and data.intake_date > today:
        problems.append(Problem("intake_date", "future", "The intake date is in the future."))
    return problems


def _detail(client: Client) -> ClientDetail:
    return ClientDetail(
        id=client.id,
        case_code=client.case_code,
        preferred_name=client.preferred_name,
        legal_name=client.legal_name,
        languages=tuple(client.languages or ()),
        document_language=client.document_language,
        country_of_origin=client.country_of_origin,
        immigration_status=client.immigration_status,
        permit_expiry=client.permit_expiry,
        safe_contact=client.safe_contact,
        assigned_worker=client.assigned_worker,
        status=client.status,
        intake_date=client.intake_date,
        closed_at=client.closed_at,
        created_at=client.created_at,
        updated_at=client.updated_at,
        consents=tuple(to_view(c) for c in client.consents),
    )


def _summary_columns() -> tuple[Any, ...]:
    return (
        Client.id,
        Client.case_code,
        Client.preferred_name,
        Client.status,
        Client.assigned_worker,
        Client.intake_date,
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filters(query: str, statuses: Sequence[ClientStatus] | None) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    words = query.split()
    for word in words:
        pattern = f"%{_escape_like(word.lower())}%"
        clauses.append(
            or_(
                func.lower(Client.case_code).like(pattern, escape="\\"),
                func.lower(Client.preferred_name).like(pattern, escape="\\"),
            )
        )
    if statuses:
        clauses.append(Client.status.in_(list(statuses)))
    return clauses


class ClientService:
    """Client use cases for one staff member (``actor``), one short session per call."""

    def __init__(self, engine: Engine, actor: str) -> None:
        self._engine = engine
        self._actor = actor

    # -- reading ---------------------------------------------------------------------------

    def count(self, query: str = "", statuses: Sequence[ClientStatus] | None = None) -> int:
        stmt = select(func.count()).select_from(Client).where(*_filters(query, statuses))
        with Session(self._engine) as session:
            return int(session.scalar(stmt) or 0)

    def ids(
        self,
        query: str = "",
        statuses: Sequence[ClientStatus] | None = None,
        sort: SortKey = "case_code",
        descending: bool = False,
    ) -> list[uuid.UUID]:
        """Matching client ids in display order (cheap: ids only, rows are fetched in pages)."""
        order = SORT_COLUMNS[sort]
        stmt = (
            select(Client.id)
            .where(*_filters(query, statuses))
            .order_by(order.desc() if descending else order.asc(), Client.case_code)
        )
        with Session(self._engine) as session:
            return list(session.scalars(stmt))

    def summaries(self, ids: Sequence[uuid.UUID]) -> list[ClientSummary]:
        """Rows for ``ids``, in the order given (missing ids are skipped)."""
        if not ids:
            return []
        stmt = select(*_summary_columns()).where(Client.id.in_(list(ids)))
        with Session(self._engine) as session:
            found = {row[0]: ClientSummary(*row) for row in session.execute(stmt)}
        return [found[i] for i in ids if i in found]

    def list(
        self,
        query: str = "",
        statuses: Sequence[ClientStatus] | None = None,
        sort: SortKey = "case_code",
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[ClientSummary]:
        order = SORT_COLUMNS[sort]
        stmt = (
            select(*_summary_columns())
            .where(*_filters(query, statuses))
            .order_by(order.desc() if descending else order.asc(), Client.case_code)
            .offset(offset)
            .limit(limit)
        )
        with Session(self._engine) as session:
            return [ClientSummary(*row) for row in session.execute(stmt)]

    def get(self, client_id: uuid.UUID) -> ClientDetail:
        """One client's record. Viewing is audited."""
        with Session(self._engine) as session, session.begin():
            client = session.get(Client, client_id)
            if client is None:
                raise NotFoundError("That client no longer exists.")
            record(session, self._actor, AuditAction.VIEW, ENTITY, client.id)
            return _detail(client)

    def get_by_code(self, case_code: str) -> ClientDetail:
        with Session(self._engine) as session:
            client_id = session.scalar(
                select(Client.id).where(Client.case_code == case_code.strip().upper())
            )
        if client_id is None:
            raise NotFoundError(f"No client has the case code {case_code.strip().upper()}.")
        return self.get(client_id)

    def case_code_taken(self, case_code: str, exclude: uuid.UUID | None = None) -> bool:
        stmt = select(Client.id).where(Client.case_code == case_code.strip().upper())
        if exclude is not None:
            stmt = stmt.where(Client.id != exclude)
        with Session(self._engine) as session:
            return session.scalar(stmt) is not None

    # -- writing ---------------------------------------------------------------------------

    def _check(self, data: ClientInput, exclude: uuid.UUID | None = None) -> ClientInput:
        data = normalise(data)
        problems = validate(data)
        if not any(p.field == "case_code" for p in problems) and self.case_code_taken(
            data.case_code, exclude
        ):
            problems.insert(0, _duplicate(data.case_code))
        if problems:
            raise ValidationError(problems)
        return data

    def create(self, data: ClientInput) -> ClientDetail:
        data = self._check(data)
        try:
            with Session(self._engine) as session, session.begin():
                client = Client(
                    case_code=data.case_code,
                    preferred_name=data.preferred_name,
                    legal_name=data.legal_name,
                    languages=list(data.languages),
                    document_language=data.document_language,
                    country_of_origin=data.country_of_origin,
                    immigration_status=data.immigration_status,
                    permit_expiry=data.permit_expiry,
                    safe_contact=data.safe_contact,
                    assigned_worker=data.assigned_worker,
                    intake_date=data.intake_date or date.today(),
                    status=ClientStatus.ACTIVE,
                )
                session.add(client)
                session.flush()
                record(session, self._actor, AuditAction.CREATE, ENTITY, client.id)
                return _detail(client)
        except IntegrityError as exc:  # a concurrent insert took the code first
            raise ValidationError([_duplicate(data.case_code)]) from exc

    def update(self, client_id: uuid.UUID, data: ClientInput) -> ClientDetail:
        data = self._check(data, exclude=client_id)
        try:
            with Session(self._engine) as session, session.begin():
                client = self._load(session, client_id)
                client.case_code = data.case_code
                client.preferred_name = data.preferred_name
                client.legal_name = data.legal_name
                client.languages = list(data.languages)
                client.document_language = data.document_language
                client.country_of_origin = data.country_of_origin
                client.immigration_status = data.immigration_status
                client.permit_expiry = data.permit_expiry
                client.safe_contact = data.safe_contact
                client.assigned_worker = data.assigned_worker
                if data.intake_date:
                    client.intake_date = data.intake_date
                session.flush()
                record(session, self._actor, AuditAction.UPDATE, ENTITY, client.id)
                return _detail(client)
        except IntegrityError as exc:
            raise ValidationError([_duplicate(data.case_code)]) from exc

    def set_status(self, client_id: uuid.UUID, status: ClientStatus) -> ClientDetail:
        action = {
            ClientStatus.ACTIVE: AuditAction.REOPEN,
            ClientStatus.CLOSED: AuditAction.CLOSE,
            ClientStatus.ARCHIVED: AuditAction.ARCHIVE,
        }[status]
        with Session(self._engine) as session, session.begin():
            client = self._load(session, client_id)
            client.status = status
            client.closed_at = None if status is ClientStatus.ACTIVE else utcnow()
            session.flush()
            record(session, self._actor, action, ENTITY, client.id)
            return _detail(client)

    def close(self, client_id: uuid.UUID) -> ClientDetail:
        return self.set_status(client_id, ClientStatus.CLOSED)

    def archive(self, client_id: uuid.UUID) -> ClientDetail:
        return self.set_status(client_id, ClientStatus.ARCHIVED)

    def reopen(self, client_id: uuid.UUID) -> ClientDetail:
        return self.set_status(client_id, ClientStatus.ACTIVE)

    def delete(self, client_id: uuid.UUID) -> None:
        """Remove the client and everything recorded about them (secure delete is on)."""
        with Session(self._engine) as session, session.begin():
            client = self._load(session, client_id)
            session.delete(client)
            record(session, self._actor, AuditAction.DELETE, ENTITY, client_id)

    @staticmethod
    def _load(session: Session, client_id: uuid.UUID) -> Client:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError("That client no longer exists.")
        return client


def _duplicate(case_code: str) -> Problem:
    return Problem(
        "case_code", "duplicate", f"The case code {case_code} is already used by another client."
    )
