"""The resource catalogue in the vault: seed, import (all or nothing), export, search, edit.

Entries imported from a catalogue file are ``seed`` entries; entries staff add are ``local``.
Re-importing updates seed entries but never overwrites one that staff edited, nor a local entry
with the same id: those are listed as conflicts. Search uses the FTS5 table ``resource_fts``
(accent-insensitive, prefix matching for search-as-you-type, ranked by BM25), which this module
keeps in step with every change, in the same transaction.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, literal_column, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ltsupport.atomicfile import atomic_write_bytes
from ltsupport.checklist import need_area
from ltsupport.models import Referral, Resource, ResourceSource
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.catalogue_file import (
    CATEGORIES,
    CatalogueEntry,
    CatalogueProblem,
    CatalogueResult,
    dump_catalogue,
    load_catalogue,
    parse_catalogue,
    shipped_catalogue_path,
)
from ltsupport.services.errors import NotFoundError, Problem, ServiceError, ValidationError

ENTITY = "resource"
STALE_AFTER = timedelta(days=365)
_WORD = re.compile(r"\w+", re.UNICODE)
# BM25 weights per FTS column: resource_id, name, description, services, languages, place, tags
_WEIGHTS = "0.0, 10.0, 2.0, 2.0, 1.0, 1.5, 3.0"


class CatalogueInvalidError(ServiceError):
    """The catalogue file has problems; nothing was imported. ``problems`` lists them all."""

    code = "catalogue_invalid"

    def __init__(self, result: CatalogueResult) -> None:
        super().__init__(result.report())
        self.problems: tuple[CatalogueProblem, ...] = result.problems


class CatalogueRefusalError(ServiceError):
    """A change the catalogue refuses; ``reason`` (``shipped_entry`` or ``in_use``) lets the UI
    say it in the user's language, ``count`` is how many referrals use the entry."""

    code = "catalogue_refused"

    def __init__(self, reason: str, message: str, count: int = 0) -> None:
        super().__init__(message)
        self.reason = reason
        self.count = count


@dataclass(frozen=True)
class ResourceSummary:
    id: uuid.UUID
    key: str
    name: str
    name_fr: str
    category: str
    city: str
    province: str
    country: str | None
    source: ResourceSource


@dataclass(frozen=True)
class ResourceDetail:
    id: uuid.UUID
    entry: CatalogueEntry
    source: ResourceSource
    edited_locally: bool

    @property
    def name(self) -> str:
        return self.entry.name

    def needs_verification(self, today: date | None = None) -> bool:
        """True when the entry was never verified or not in the last 12 months."""
        verified = self.entry.verified_on
        return verified is None or verified < (today or date.today()) - STALE_AFTER


@dataclass(frozen=True)
class ImportReport:
    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    conflicts: tuple[tuple[str, str], ...]  # (id, why it was left as it is)


def _entry(resource: Resource) -> CatalogueEntry:
    return CatalogueEntry(
        key=resource.key,
        name=resource.name,
        category=resource.category,
        name_fr=resource.name_fr,
        areas=tuple(resource.areas or ()),
        description=resource.description,
        services=resource.services,
        languages=tuple(resource.languages or ()),
        province=resource.province,
        city=resource.city,
        address=resource.address,
        phone=resource.phone,
        email=resource.email,
        website=resource.website,
        hours=resource.hours,
        eligibility=resource.eligibility,
        cost=resource.cost,
        accessibility=resource.accessibility,
        country=resource.country,
        source_note=resource.source_note,
        verified_on=resource.verified_on,
    )


def _detail(resource: Resource) -> ResourceDetail:
    return ResourceDetail(resource.id, _entry(resource), resource.source, resource.edited_locally)


# Words a worker may type for a category, in English and French (search aids, not facts).
SEARCH_KEYWORDS: dict[str, str] = {
    "career_counselling": "career job jobs work employment emploi travail carrière orientation "
    "counselling counseling conseiller",
    "continuing_education": "school école education éducation courses cours class classes "
    "upgrading diploma diplôme training formation études study",
    "language_programs": "language langue langues English anglais French français ESL FLS LINC "
    "classes cours école",
    "trauma_counsellors": "trauma traumatisme counselling counseling counsellor therapist "
    "thérapeute thérapie therapy psychologist psychologue mental health santé mentale",
    "volunteering": "volunteer volunteering bénévole bénévolat experience expérience skills",
    "support_groups": "support group groups peer peers soutien entraide pairs community "
    "communauté social network réseau",
    "housing": "housing logement shelter refuge hébergement maison home apartment appartement",
    "legal_help": "legal law lawyer avocat juridique droit court tribunal",
    "immigration_status": "immigration permit permis status statut TRP PST IRCC IFHP PFSI",
    "victim_services": "victim victime victimes services support soutien aide",
    "health": "health santé doctor médecin clinic clinique care soins",
    "financial_help": "money argent financial financière aide funds fonds",
    "crisis_lines": "crisis crise hotline ligne urgence emergency help aide phone téléphone",
    "migration_refugee_organisations": "migration migrant migrants refugee réfugié réfugiés "
    "return retour repatriation rapatriement IOM OIM UNHCR HCR",
    "embassies_consulates": "embassy ambassade consulate consulat consular consulaire passport "
    "passeport travel document voyage",
}


# Words a worker may type for a needs area (search aids, not facts).
AREA_KEYWORDS: dict[str, str] = {
    "housing": "housing logement apartment appartement home maison shelter hébergement",
    "life_skills": "life skills habiletés budget cooking cuisine banking banque",
    "education": "school école education éducation study études courses cours diploma diplôme",
    "employment": "job emploi work travail career carrière resume CV",
    "legal": "legal juridique lawyer avocat court tribunal immigration permit permis",
    "counselling": "counselling counseling therapy thérapie trauma traumatisme mental health "
    "santé mentale",
    "community": "community communauté integration intégration",
    "social_support": "friends amis family famille peers pairs network réseau",
    "self_care": "self-care autosoins wellbeing bien-être",
}


def _tags(entry: CatalogueEntry) -> str:
    words: list[str] = []
    label = CATEGORIES.get(entry.category)
    if label is not None:
        words += [label.en, label.fr, SEARCH_KEYWORDS.get(entry.category, "")]
    for key in entry.areas:
        area = need_area(key)
        words += [area.title.en, area.title.fr, area.client_title.en, area.client_title.fr]
        words.append(AREA_KEYWORDS.get(key, ""))
    return " ".join(words)


def _index(session: Session, resource_id: uuid.UUID, entry: CatalogueEntry | None) -> None:
    session.execute(
        text("DELETE FROM resource_fts WHERE resource_id = :rid"), {"rid": resource_id.hex}
    )
    if entry is None:
        return
    place = " ".join(
        part
        for part in (
            entry.province,
            entry.city,
            entry.address,
            entry.country or "",
            entry.phone,
            entry.email,
            entry.website,
        )
        if part
    )
    session.execute(
        text(
            "INSERT INTO resource_fts"
            "(resource_id, name, description, services, languages, place, tags) "
            "VALUES (:rid, :name, :description, :services, :languages, :place, :tags)"
        ),
        {
            "rid": resource_id.hex,  # as the Uuid column stores it on SQLite
            "name": f"{entry.name} {entry.name_fr}",
            "description": entry.description,
            "services": f"{entry.services} {entry.eligibility} {entry.hours}",
            "languages": " ".join(entry.languages),
            "place": place,
            "tags": _tags(entry),
        },
    )


def match_expression(query: str) -> str | None:
    """An FTS5 expression for what a worker typed: every word must match, as a prefix.

    Words are quoted, so FTS5 operators typed by accident (AND, NEAR, ``*``, ``"``) are text.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", query))
    if not words:
        return None
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")
    return slug or "resource"


def check_entry(entry: CatalogueEntry) -> list[Problem]:
    """Every problem with one entry, by the same rules as a catalogue file."""
    result = parse_catalogue(dump_catalogue([entry], header=False).encode("utf-8"), "entry")
    return [Problem(p.field, "invalid", p.message) for p in result.problems]


class CatalogueService:
    def __init__(self, engine: Engine, actor: str) -> None:
        self._engine = engine
        self._actor = actor

    # -- reading ---------------------------------------------------------------------------

    def search(
        self,
        query: str = "",
        *,
        category: str | None = None,
        area: str | None = None,
        language: str | None = None,
        place: str | None = None,
        country: str | None = None,
        limit: int = 100,
    ) -> list[ResourceSummary]:
        """Ranked matches for ``query`` (all entries by name when it is empty), filtered."""
        expression = match_expression(query)
        columns = (
            Resource.id,
            Resource.key,
            Resource.name,
            Resource.name_fr,
            Resource.category,
            Resource.city,
            Resource.province,
            Resource.country,
            Resource.source,
            Resource.areas,
            Resource.languages,
        )
        stmt: Any = select(*columns)
        if expression is not None:
            ranked = (
                select(
                    literal_column("resource_id").label("rid"),
                    literal_column(f"bm25(resource_fts, {_WEIGHTS})").label("score"),
                )
                .select_from(text("resource_fts"))
                .where(text("resource_fts MATCH :expression"))
                .subquery("ranked")
            )
            stmt = stmt.join(ranked, ranked.c.rid == Resource.id).order_by(
                ranked.c.score, func.lower(Resource.name)
            )
        else:
            stmt = stmt.order_by(func.lower(Resource.name))
        if category:
            stmt = stmt.where(Resource.category == category)
        if country:
            stmt = stmt.where(Resource.country == country.upper())
        if place:
            # Canada-wide entries (no province, no country) serve every place.
            pattern = f"%{place.strip().lower()}%"
            stmt = stmt.where(
                func.lower(Resource.city).like(pattern)
                | (func.lower(Resource.province) == place.strip().lower())
                | ((Resource.province == "") & Resource.country.is_(None))
            )
        params = {"expression": expression} if expression is not None else {}
        with Session(self._engine) as session:
            rows = session.execute(stmt, params).all()
        results: list[ResourceSummary] = []
        for row in rows:
            if area and area not in (row.areas or ()):
                continue
            if language and language.lower() not in (row.languages or ()):
                continue
            results.append(ResourceSummary(*row[:9]))
            if len(results) >= limit:
                break
        return results

    def get(self, resource_id: uuid.UUID) -> ResourceDetail:
        with Session(self._engine) as session:
            resource = session.get(Resource, resource_id)
            if resource is None:
                raise NotFoundError("That catalogue entry no longer exists.")
            return _detail(resource)

    def get_by_key(self, key: str) -> ResourceDetail:
        with Session(self._engine) as session:
            resource = session.scalar(select(Resource).where(Resource.key == key))
            if resource is None:
                raise NotFoundError(f"No catalogue entry has the id {key}.")
            return _detail(resource)

    def count(self) -> int:
        with Session(self._engine) as session:
            return int(session.scalar(select(func.count()).select_from(Resource)) or 0)

    def counts_by_category(self) -> dict[str, int]:
        """Entries per category key, with 0 for empty categories (they invite local entries)."""
        counts = dict.fromkeys(CATEGORIES, 0)
        with Session(self._engine) as session:
            for category, n in session.execute(
                select(Resource.category, func.count()).group_by(Resource.category)
            ):
                counts[category] = int(n)
        return counts

    def languages_present(self) -> list[str]:
        """The language codes that at least one entry lists, sorted."""
        with Session(self._engine) as session:
            lists = session.scalars(select(Resource.languages))
            return sorted({code for codes in lists for code in (codes or ())})

    def entries(self) -> list[CatalogueEntry]:
        with Session(self._engine) as session:
            resources = session.scalars(select(Resource).order_by(Resource.key))
            return [_entry(r) for r in resources]

    # -- editing ---------------------------------------------------------------------------

    def create_local(self, entry: CatalogueEntry) -> ResourceDetail:
        """Add an entry staff found locally. A missing id is made from the name."""
        if not entry.key:
            entry = replace(entry, key=f"local-{_slug(entry.name)}-{secrets.token_hex(2)}")
        problems = check_entry(entry)
        if problems:
            raise ValidationError(problems)
        try:
            with Session(self._engine) as session, session.begin():
                resource = Resource(**entry.model_fields(), source=ResourceSource.LOCAL)
                session.add(resource)
                session.flush()
                _index(session, resource.id, entry)
                record(session, self._actor, AuditAction.CREATE, ENTITY, resource.id)
                return _detail(resource)
        except IntegrityError as exc:
            raise ValidationError(
                [Problem("id", "duplicate", f"Another entry already has the id {entry.key}.")]
            ) from exc

    def update(self, resource_id: uuid.UUID, entry: CatalogueEntry) -> ResourceDetail:
        """Change an entry. A seed entry changed here is marked as edited by staff, so a later
        import of the catalogue file leaves it as it is."""
        problems = check_entry(entry)
        if problems:
            raise ValidationError(problems)
        with Session(self._engine) as session, session.begin():
            resource = session.get(Resource, resource_id)
            if resource is None:
                raise NotFoundError("That catalogue entry no longer exists.")
            if entry.key != resource.key:
                raise ValidationError(
                    [Problem("id", "fixed", "An entry's id cannot change once it exists.")]
                )
            for name, value in entry.model_fields().items():
                setattr(resource, name, value)
            if resource.source is ResourceSource.SEED:
                resource.edited_locally = True
            session.flush()
            _index(session, resource.id, entry)
            record(session, self._actor, AuditAction.UPDATE, ENTITY, resource.id)
            return _detail(resource)

    def delete(self, resource_id: uuid.UUID) -> None:
        """Remove a local entry that no referral uses."""
        with Session(self._engine) as session, session.begin():
            resource = session.get(Resource, resource_id)
            if resource is None:
                raise NotFoundError("That catalogue entry no longer exists.")
            if resource.source is ResourceSource.SEED:
                raise CatalogueRefusalError(
                    "shipped_entry",
                    "Entries from the shipped catalogue cannot be deleted; edit them instead.",
                )
            used = session.scalar(
                select(func.count())
                .select_from(Referral)
                .where(Referral.resource_id == resource_id)
            )
            if used:
                raise CatalogueRefusalError(
                    "in_use",
                    f"This entry is used by {used} referral(s), so it cannot be deleted.",
                    count=int(used),
                )
            _index(session, resource.id, None)
            session.delete(resource)
            record(session, self._actor, AuditAction.DELETE, ENTITY, resource_id)

    # -- files -----------------------------------------------------------------------------

    def import_file(self, path: Path, *, display_name: str | None = None) -> ImportReport:
        """Validate ``path``; import every entry or, if any problem, nothing at all."""
        result = load_catalogue(path, display_name=display_name)
        if not result.ok:
            raise CatalogueInvalidError(result)
        return self.import_entries(result.entries)

    def import_entries(self, entries: Iterable[CatalogueEntry]) -> ImportReport:
        added: list[str] = []
        updated: list[str] = []
        unchanged: list[str] = []
        conflicts: list[tuple[str, str]] = []
        with Session(self._engine) as session, session.begin():
            existing = {r.key: r for r in session.scalars(select(Resource))}
            for entry in entries:
                resource = existing.get(entry.key)
                if resource is None:
                    resource = Resource(**entry.model_fields(), source=ResourceSource.SEED)
                    session.add(resource)
                    session.flush()
                    _index(session, resource.id, entry)
                    record(session, self._actor, AuditAction.CREATE, ENTITY, resource.id)
                    added.append(entry.key)
                elif _entry(resource) == entry:
                    unchanged.append(entry.key)
                elif resource.source is ResourceSource.LOCAL:
                    conflicts.append((entry.key, "a local entry staff added has this id"))
                elif resource.edited_locally:
                    conflicts.append((entry.key, "staff edited this entry; their version is kept"))
                else:
                    for name, value in entry.model_fields().items():
                        setattr(resource, name, value)
                    session.flush()
                    _index(session, resource.id, entry)
                    record(session, self._actor, AuditAction.UPDATE, ENTITY, resource.id)
                    updated.append(entry.key)
        return ImportReport(tuple(added), tuple(updated), tuple(unchanged), tuple(conflicts))

    def import_shipped(self) -> ImportReport:
        """Seed (or refresh) the catalogue from the file shipped with the app."""
        return self.import_file(shipped_catalogue_path(), display_name="resources.yaml")

    def export_text(self) -> str:
        return dump_catalogue(self.entries())

    def export_file(self, path: Path) -> int:
        """Write the whole catalogue as YAML that re-imports to the same catalogue."""
        entries = self.entries()
        atomic_write_bytes(path, dump_catalogue(entries).encode("utf-8"), mode=0o644)
        return len(entries)


def summaries_by_id(engine: Engine, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Resource names for ``ids`` (for lists that show referrals)."""
    with Session(engine) as session:
        rows = session.execute(select(Resource.id, Resource.name).where(Resource.id.in_(ids)))
        return {row[0]: row[1] for row in rows}
