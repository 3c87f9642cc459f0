"""The resource catalogue file (``resources.yaml``): find it, read and check it, write it.

``load_catalogue(path)`` reads a catalogue file and returns *either* every entry (when the whole
file is valid) *or* every problem found, never a mix: the import is all or nothing. Each problem
reads ``FILE:LINE: entry ID: field: message`` in plain English, with ``-`` for an entry or field
that does not apply. Bad input never raises; only I/O errors do (``FileNotFoundError`` and the
like).

The file is parsed with PyYAML's ``SafeLoader`` *composer* only: the node tree keeps the line of
every key and value, and nothing is ever constructed from YAML tags, so a hostile file cannot run
code. Plain (unquoted) values are taken as the text written, so ``province: ON`` means Ontario and
``phone: 911`` means the text "911", not YAML 1.1's ``true`` or an integer.

The format is documented in ``docs/resources-format.md``. Pure Python and PyYAML only: no
database, no Qt.

This module is the public API. The work is split by responsibility: ``catalogue_vocab`` (the
vocabularies and field names), ``catalogue_entry`` (the result classes), ``catalogue_yaml``
(composing YAML, explaining syntax errors), ``catalogue_rules`` (the field rules) and
``catalogue_checks`` (the checker). Every public name is re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Final

import yaml

from ltsupport.services.catalogue_checks import Checker
from ltsupport.services.catalogue_entry import CatalogueEntry, CatalogueProblem, CatalogueResult
from ltsupport.services.catalogue_vocab import (
    ATTRIBUTE,
    CATEGORIES,
    FIELD_NAMES,
    ISO_639_1,
    MAX_FILE_BYTES,
    PROVINCES,
    REQUIRED_FIELDS,
)
from ltsupport.services.catalogue_yaml import TAG

__all__ = [
    "CATEGORIES",
    "FIELD_NAMES",
    "ISO_639_1",
    "MAX_FILE_BYTES",
    "PROVINCES",
    "REQUIRED_FIELDS",
    "CatalogueEntry",
    "CatalogueProblem",
    "CatalogueResult",
    "dump_catalogue",
    "load_catalogue",
    "parse_catalogue",
    "shipped_catalogue_path",
]

# ---------------------------------------------------------------------------
# Finding the shipped file
# ---------------------------------------------------------------------------


def shipped_catalogue_path() -> Path:
    """The seed catalogue shipped with the package (a source checkout or an installed wheel)."""
    resource = files("ltsupport.data").joinpath("resources.yaml")
    return resource if isinstance(resource, Path) else Path(str(resource))


# ---------------------------------------------------------------------------
# Reading and checking (the checker is in catalogue_checks)
# ---------------------------------------------------------------------------


def load_catalogue(
    path: Path | str, *, display_name: str | None = None, today: date | None = None
) -> CatalogueResult:
    """Read and check the catalogue file at ``path``.

    ``display_name`` is the file name shown in problems (default: ``path`` as given); ``today``
    is the date after which ``verified_on`` counts as "in the future" (default: today).
    Raises only for I/O errors (``FileNotFoundError``, ``IsADirectoryError``, ``PermissionError``).
    """
    path = Path(path)
    name = str(path) if display_name is None else display_name
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        size = path.stat().st_size
        problem = CatalogueProblem(
            name,
            1,
            "-",
            "-",
            f"the file is {size / (1024 * 1024):.1f} MB, larger than the 5 MB a catalogue file "
            "may have; it was not read (is this the right file?)",
        )
        return CatalogueResult(name, (), (problem,))
    return parse_catalogue(data, name, today=today)


def parse_catalogue(data: bytes, file_name: str, *, today: date | None = None) -> CatalogueResult:
    """Check catalogue ``data`` (the bytes of a file called ``file_name``). Never raises."""
    checker = Checker(file_name, date.today() if today is None else today)
    entries = checker.run(data)
    problems = tuple(sorted(checker.problems, key=lambda problem: problem.line))
    return CatalogueResult(file_name, () if problems else tuple(entries), problems)


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

_HEADER: Final = (
    "# ltsupport resource catalogue. One entry per organisation or programme; fields in the\n"
    "# documented order. Format and rules: docs/resources-format.md\n"
)


class _FlowList(list[str]):
    """A list written on one line in square brackets: ``[en, fr]``."""


class _Dumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar(TAG + "str", data, style=style)


def _represent_flow_list(dumper: yaml.SafeDumper, data: _FlowList) -> yaml.SequenceNode:
    return dumper.represent_sequence(TAG + "seq", list(data), flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_FlowList, _represent_flow_list)


def dump_catalogue(entries: Iterable[CatalogueEntry], *, header: bool = True) -> str:
    """``entries`` as catalogue YAML that loads back to equal entries.

    Keys come in the documented order; empty fields are left out.
    """
    blocks: list[str] = []
    for entry in entries:
        item: dict[str, object] = {}
        for name in FIELD_NAMES:
            value = getattr(entry, ATTRIBUTE.get(name, name))
            if value is None or value in ("", ()):
                continue
            item[name] = _FlowList(value) if isinstance(value, tuple) else value
        blocks.append(
            yaml.dump(
                [item],
                Dumper=_Dumper,
                allow_unicode=True,
                sort_keys=False,
                default_flow_style=False,
                width=96,
            )
        )
    body = "\n".join(blocks) if blocks else "[]\n"
    return (_HEADER + "\n" if header else "") + body
