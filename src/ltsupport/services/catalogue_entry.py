"""The results of reading a resource catalogue file: entries and problems (see ``catalogue_file``).

Pure data: no I/O, no YAML, no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ltsupport.services.catalogue_vocab import ATTRIBUTE, FIELD_NAMES

__all__ = ["CatalogueEntry", "CatalogueProblem", "CatalogueResult"]


@dataclass(frozen=True)
class CatalogueEntry:
    """One valid catalogue entry. Attribute names are those of ``models.Resource``.

    The YAML ``id`` is ``key`` and the YAML ``source`` (where the facts were read) is
    ``source_note``; empty text fields are ``""``, empty lists ``()``. ``line`` (where the entry
    starts in its file) is left out of comparisons, so entries loaded from different files compare
    equal when their content is equal.
    """

    key: str
    name: str
    category: str
    name_fr: str = ""
    areas: tuple[str, ...] = ()
    description: str = ""
    services: str = ""
    languages: tuple[str, ...] = ()
    province: str = ""
    city: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    hours: str = ""
    eligibility: str = ""
    cost: str = ""
    accessibility: str = ""
    country: str | None = None
    source_note: str = ""
    verified_on: date | None = None
    line: int = field(default=0, compare=False)

    def model_fields(self) -> dict[str, Any]:
        """The keyword arguments for ``models.Resource`` (lists as lists; no ``source`` enum)."""
        result: dict[str, Any] = {}
        for name in FIELD_NAMES:
            attribute = ATTRIBUTE.get(name, name)
            value = getattr(self, attribute)
            result[attribute] = list(value) if isinstance(value, tuple) else value
        return result


@dataclass(frozen=True)
class CatalogueProblem:
    """One problem in a catalogue file, located by line (1-based)."""

    file: str
    line: int
    entry_id: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: entry {self.entry_id}: {self.field}: {self.message}"


@dataclass(frozen=True)
class CatalogueResult:
    """Either every entry of a valid file, or (``entries == ()``) every problem found."""

    file: str
    entries: tuple[CatalogueEntry, ...]
    problems: tuple[CatalogueProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def report(self) -> str:
        """All problems, one per line, in file order."""
        return "\n".join(str(problem) for problem in self.problems)
