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
"""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final
from urllib.parse import urlsplit

import yaml

from ltsupport.checklist import NEED_AREA_KEYS, Text

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
# Vocabularies
# ---------------------------------------------------------------------------

CATEGORIES: Final[Mapping[str, Text]] = MappingProxyType(
    {
        # The six kinds of the source text's "Where to Look" (same keys as checklist.WHERE_TO_LOOK).
        "career_counselling": Text("Career counselling", "Orientation professionnelle"),
        "continuing_education": Text("Continuing education", "Formation continue"),
        "language_programs": Text("Language programs", "Programmes de langue"),
        "trauma_counsellors": Text("Trauma counsellors", "Thérapeutes en traumatismes"),
        "volunteering": Text("Volunteering", "Bénévolat"),
        "support_groups": Text(
            "Support groups, peer groups and social networks",
            "Groupes de soutien, groupes d'entraide et réseaux sociaux",
        ),
        # Other long-term and repatriation needs.
        "housing": Text("Housing", "Logement"),
        "legal_help": Text("Legal help", "Aide juridique"),
        "immigration_status": Text("Immigration status", "Statut d'immigration"),
        "victim_services": Text("Victim services", "Services aux victimes"),
        "health": Text("Health", "Santé"),
        "financial_help": Text("Financial help", "Aide financière"),
        "crisis_lines": Text("Crisis and help lines", "Lignes d'urgence et d'écoute"),
        "migration_refugee_organisations": Text(
            "Migration and refugee organizations",
            "Organisations de migration et d'aide aux réfugiés",
        ),
        "embassies_consulates": Text("Embassies and consulates", "Ambassades et consulats"),
    }
)
"""Category keys (stored in the database: never rename one) and their English/French labels."""

PROVINCES: Final[frozenset[str]] = frozenset(
    ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")
)
"""Canadian province and territory codes (Canada Post). Absent ``province`` means national."""

_ISO_639_1_CODES: Final = """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li
    ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa
    pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th
    ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"""
ISO_639_1: Final[frozenset[str]] = frozenset(_ISO_639_1_CODES.split())
"""The 183 two-letter ISO 639-1 language codes."""

# Common language names people write instead of the code (for the "did you mean" hint only).
_LANGUAGE_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "amharic": "am",
        "arabic": "ar",
        "bengali": "bn",
        "cantonese": "zh",
        "chinese": "zh",
        "cree": "cr",
        "english": "en",
        "farsi": "fa",
        "francais": "fr",
        "français": "fr",
        "french": "fr",
        "german": "de",
        "gujarati": "gu",
        "haitian creole": "ht",
        "hindi": "hi",
        "hungarian": "hu",
        "indonesian": "id",
        "inuktitut": "iu",
        "italian": "it",
        "japanese": "ja",
        "korean": "ko",
        "mandarin": "zh",
        "nepali": "ne",
        "ojibwe": "oj",
        "persian": "fa",
        "polish": "pl",
        "portuguese": "pt",
        "punjabi": "pa",
        "romanian": "ro",
        "russian": "ru",
        "somali": "so",
        "spanish": "es",
        "swahili": "sw",
        "tagalog": "tl",
        "tamil": "ta",
        "thai": "th",
        "tigrinya": "ti",
        "turkish": "tr",
        "ukrainian": "uk",
        "urdu": "ur",
        "vietnamese": "vi",
    }
)

# Field names people often write instead of ours (for the "did you mean" hint only).
_FIELD_SYNONYMS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "key": "id",
        "slug": "id",
        "title": "name",
        "name_en": "name",
        "french_name": "name_fr",
        "nom": "name_fr",
        "type": "category",
        "kind": "category",
        "area": "areas",
        "needs": "areas",
        "need_areas": "areas",
        "notes": "description",
        "summary": "description",
        "service": "services",
        "language": "languages",
        "lang": "languages",
        "region": "province",
        "prov": "province",
        "town": "city",
        "tel": "phone",
        "telephone": "phone",
        "phone_number": "phone",
        "mail": "email",
        "e-mail": "email",
        "e_mail": "email",
        "url": "website",
        "web": "website",
        "site": "website",
        "web_site": "website",
        "opening_hours": "hours",
        "fee": "cost",
        "fees": "cost",
        "price": "cost",
        "accessible": "accessibility",
        "sources": "source",
        "verified": "verified_on",
        "last_verified": "verified_on",
        "date_verified": "verified_on",
    }
)

MAX_FILE_BYTES: Final = 5 * 1024 * 1024
"""Files larger than this (5 MB) are refused unread."""

_MAX_BAD_BYTE_LINES: Final = 20

# YAML key -> CatalogueEntry attribute (the attribute names are those of models.Resource).
_ATTRIBUTE: Final[Mapping[str, str]] = MappingProxyType({"id": "key", "source": "source_note"})

FIELD_NAMES: Final[tuple[str, ...]] = (
    "id",
    "name",
    "name_fr",
    "category",
    "areas",
    "description",
    "services",
    "languages",
    "province",
    "city",
    "address",
    "phone",
    "email",
    "website",
    "hours",
    "eligibility",
    "cost",
    "accessibility",
    "country",
    "source",
    "verified_on",
)
"""Every YAML key an entry may have, in the documented (and written) order."""

REQUIRED_FIELDS: Final[tuple[str, ...]] = ("id", "name", "category")

_LIST_FIELDS: Final = frozenset({"areas", "languages"})
_ONE_LINE_FIELDS: Final = frozenset(
    {"id", "name", "name_fr", "category", "province", "city", "phone", "email", "website"}
    | {"country", "verified_on"}
)
# Lengths of the database columns the lead imports into (models.resource.Resource).
_MAX_LENGTH: Final[Mapping[str, int]] = MappingProxyType(
    {
        "id": 100,
        "name": 300,
        "name_fr": 300,
        "category": 64,
        "province": 8,
        "city": 100,
        "phone": 64,
        "email": 200,
        "website": 500,
        "country": 2,
    }
)
_MAX_TEXT_LENGTH: Final = 20_000

_ID = re.compile(r"[a-z0-9][a-z0-9-]{1,99}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_EMAIL = re.compile(
    r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
    r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}"
)
_HOST_LABEL = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")
_LOOKS_LIKE_HOST = re.compile(r"(?:[^\W_][\w-]*\.)+[^\W\d_]{2,63}(?:[/:?#].*)?")
_PHONE_EXTENSION = re.compile(r"\s*,?\s*(?:ext\.?|extension|poste|x)\s*[0-9]{1,6}$", re.IGNORECASE)
_PHONE_SPELLED = re.compile(r"\s*\(([0-9]+)\)$")
_PHONE_CHARS = re.compile(r"\+?[0-9A-Z() .\-]+")
_KEYPAD: Final[Mapping[str, str]] = MappingProxyType(
    {
        letter: digit
        for digit, letters in (
            ("2", "ABC"),
            ("3", "DEF"),
            ("4", "GHI"),
            ("5", "JKL"),
            ("6", "MNO"),
            ("7", "PQRS"),
            ("8", "TUV"),
            ("9", "WXYZ"),
        )
        for letter in letters
    }
)
_LINE_BREAK = re.compile(r"\n|\x85|\u2028|\u2029")

_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS: Final = frozenset(
    _TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)
_NULL_TAG: Final = _TAG + "null"
_MERGE_TAG: Final = _TAG + "merge"

# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------


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
            attribute = _ATTRIBUTE.get(name, name)
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


# ---------------------------------------------------------------------------
# Finding the shipped file
# ---------------------------------------------------------------------------


def shipped_catalogue_path() -> Path:
    """The seed catalogue shipped with the package (a source checkout or an installed wheel)."""
    resource = files("ltsupport.data").joinpath("resources.yaml")
    return resource if isinstance(resource, Path) else Path(str(resource))


# ---------------------------------------------------------------------------
# Reading and checking
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
    checker = _Checker(file_name, date.today() if today is None else today)
    entries = checker.run(data)
    problems = tuple(sorted(checker.problems, key=lambda problem: problem.line))
    return CatalogueResult(file_name, () if problems else tuple(entries), problems)


class _Checker:
    """One pass over one file: collects entries and problems."""

    def __init__(self, file_name: str, today: date) -> None:
        self.file = file_name
        self.today = today
        self.problems: list[CatalogueProblem] = []
        self.seen_ids: dict[str, int] = {}
        self.tab_lines: set[int] = set()
        # (first line, last line, entry label, [(key line, last value line, field)]) per entry
        self.spans: list[tuple[int, int, str, list[tuple[int, int, str]]]] = []

    def add(self, line: int, entry: str, field_name: str, message: str) -> None:
        self.problems.append(CatalogueProblem(self.file, line, entry, field_name, message))

    # -- whole file --------------------------------------------------------------------------

    def run(self, data: bytes) -> list[CatalogueEntry]:
        if len(data) > MAX_FILE_BYTES:
            self.add(1, "-", "-", "the file is larger than the 5 MB a catalogue file may have")
            return []
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            self.add(
                1, "-", "-", "the file is saved as UTF-16; save it again as UTF-8 (plain text)"
            )
            return []
        text = self._decode(data)
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            self.add(1, "-", "-", "the file is empty")
            return []
        for number, line in enumerate(_LINE_BREAK.split(text), start=1):
            if "\t" in line:
                self.tab_lines.add(number)
        entries = self._parse(text)
        for number in sorted(self.tab_lines):
            entry, field_name = self._locate(number)
            self.add(
                number,
                entry,
                field_name,
                "this line contains a tab character: use spaces instead (YAML does not allow "
                "tabs for indentation)",
            )
        return entries

    def _decode(self, data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        bad = 0
        for number, raw in enumerate(data.split(b"\n"), start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as error:
                bad += 1
                if bad <= _MAX_BAD_BYTE_LINES:
                    column = len(raw[: error.start].decode("utf-8", errors="replace")) + 1
                    self.add(
                        number,
                        "-",
                        "-",
                        f"this line is not UTF-8 text (byte 0x{raw[error.start]:02X} at column "
                        f"{column}): save the file as UTF-8",
                    )
        if bad > _MAX_BAD_BYTE_LINES:
            self.add(
                1,
                "-",
                "-",
                f"{bad - _MAX_BAD_BYTE_LINES} more lines are not UTF-8 text: save the file as "
                "UTF-8",
            )
        return data.decode("utf-8", errors="replace")

    def _parse(self, text: str) -> list[CatalogueEntry]:
        failure = self._compose(text, 0)
        if not isinstance(failure, _SyntaxFailure):
            return self._check_root(failure)
        if failure.report:
            self.add(failure.line, "-", "-", failure.message)
        return self._recover(text, failure)

    def _compose(self, text: str, offset: int) -> yaml.Node | _SyntaxFailure | None:
        """The node tree of ``text`` (whose first line is line ``offset + 1``), or why not."""
        try:
            return yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as error:
            return self._syntax_failure(error, offset)
        except yaml.reader.ReaderError as error:
            line = offset + len(_LINE_BREAK.findall(text, 0, error.position)) + 1
            char = error.character
            code = f"U+{char:04X}" if isinstance(char, int) else repr(char)
            return _SyntaxFailure(
                line,
                f"this line contains a character that YAML does not allow ({code}, an invisible "
                "control character): delete it",
            )
        except RecursionError:
            return _SyntaxFailure(
                offset + 1,
                "the file is nested too deeply to be a catalogue (lists inside lists)",
            )
        except yaml.YAMLError as error:  # pragma: no cover - PyYAML raises the above
            line = offset + 1
            return _SyntaxFailure(line, f"the file is not valid YAML ({error})")

    def _syntax_failure(self, error: yaml.MarkedYAMLError, offset: int) -> _SyntaxFailure:
        problem = error.problem or ""
        context = error.context or ""
        problem_line = offset + (error.problem_mark.line + 1 if error.problem_mark else 1)
        context_line = offset + error.context_mark.line + 1 if error.context_mark else problem_line
        line = problem_line
        if "'\\t'" in problem:
            message = "a tab character is used here: YAML needs spaces for indentation"
        elif problem.startswith("mapping values are not allowed"):
            message = (
                "a ':' is not allowed here: either this line is indented more than the line "
                "above it, or a value contains ': ' and must be put in quotes"
            )
        elif problem.startswith("expected <block end>"):
            message = (
                "this line is not lined up with the lines above it: the fields of one entry "
                "must all start in the same column"
            )
        elif problem.startswith("did not find expected key"):
            message = (
                "this line is indented differently from the fields above it (or a line above "
                "it is missing ':')"
            )
        elif problem.startswith("did not find expected '-' indicator"):
            message = (
                "this line should either start a new entry with '- ' or be indented like the "
                "fields above it"
            )
        elif "could not find expected ':'" in problem:
            line = context_line
            message = (
                "this line has no ':' between the field name and its value (or a quote opened "
                "here is not closed)"
            )
        elif "quoted scalar" in context:
            line = context_line
            if "end of stream" in problem:
                message = "a quote opened on this line is never closed"
            elif "escape character" in problem:
                line = problem_line
                message = (
                    "a backslash (\\) in double-quoted text starts an escape code: use single "
                    "quotes instead, or write the backslash twice"
                )
            else:
                message = f"the quoted text that starts on this line cannot be read ({problem})"
        elif context.startswith("while parsing a flow"):
            line = context_line
            message = (
                "a list or group opened with '[' or '{' on this line is not closed properly "
                f"(YAML gave up at line {problem_line}: {problem})"
            )
        elif context.startswith("while scanning an alias") or context.startswith(
            "while scanning an anchor"
        ):
            message = "a value that starts with '*' or '&' must be put in quotes"
        elif "undefined alias" in problem:
            message = (
                "a value that starts with '*' refers to an anchor that is not defined: put the "
                "value in quotes"
            )
        elif "cannot start any token" in problem:
            found = re.search(r"found character (.+?) that", problem)
            char = found.group(1) if found else "this character"
            message = f"a value cannot start with {char}: put the value in quotes"
        elif "expected a single document" in context:
            message = (
                "a second YAML document starts here (a '---' line): keep all entries in one "
                "list and remove the '---'"
            )
        elif context.startswith("while scanning a block scalar"):
            message = f"the '|' or '>' text block is not written correctly ({problem})"
        else:
            detail = f"{problem}; {context}" if context else problem
            message = f"this line cannot be read as YAML ({detail})"
        report = "'\\t'" not in problem and not ({problem_line, line} & self.tab_lines)
        return _SyntaxFailure(line, message, report)

    def _recover(self, text: str, failure: _SyntaxFailure) -> list[CatalogueEntry]:
        """After a syntax error, check each top-level entry on its own to find more problems.

        Entries start with ``-`` at the left margin. The entry where the first error was
        reported is skipped; the others are parsed and checked one by one.
        """
        lines = text.split("\n")
        starts = [
            number
            for number, line in enumerate(lines)
            if line.startswith("-") and (len(line) == 1 or line[1] in " #")
        ]
        first_content = next(
            (
                n
                for n, line in enumerate(lines)
                if line.strip() and not line.lstrip().startswith("#")
            ),
            None,
        )
        if not starts or first_content != starts[0]:
            return []
        entries: list[CatalogueEntry] = []
        bounds = [*starts, len(lines)]
        for start, end in itertools.pairwise(bounds):
            if start < failure.line <= end:
                continue  # the entry holding the first error
            chunk = "\n".join(lines[start:end]) + "\n"
            result = self._compose(chunk, start)
            if isinstance(result, _SyntaxFailure):
                if result.report:
                    self.add(result.line, "-", "-", result.message)
            elif isinstance(result, yaml.SequenceNode):
                for item in result.value:
                    entry = self._check_entry(item, start)
                    if entry is not None:
                        entries.append(entry)
        return entries

    def _check_root(self, root: yaml.Node | None) -> list[CatalogueEntry]:
        if root is None:
            self.add(1, "-", "-", "the file is empty (it holds only comments)")
            return []
        line = root.start_mark.line + 1
        if isinstance(root, yaml.SequenceNode):
            entries = []
            for item in root.value:
                entry = self._check_entry(item, 0)
                if entry is not None:
                    entries.append(entry)
            return entries
        if isinstance(root, yaml.MappingNode):
            keys = [key.value for key, _ in root.value if isinstance(key, yaml.ScalarNode)]
            if "resources" in keys:
                message = (
                    "the file must be a plain list of entries: remove the 'resources:' line and "
                    "start each entry at the left margin with '- id: ...'"
                )
            elif any(str(key).startswith("-") for key in keys):
                message = "put a space after the '-' that starts each entry ('- id: ...')"
            elif set(keys) & set(FIELD_NAMES):
                message = (
                    "the file must be a list of entries: start each entry with '- ' (for "
                    "example '- id: my-resource') and indent its other fields by two spaces"
                )
            else:
                message = "the file must be a list of entries, each starting with '- id: ...'"
        else:
            message = (
                "the file must be a list of entries, each starting with '- id: ...', but it "
                "holds a single value"
            )
        self.add(line, "-", "-", message)
        return []

    def _locate(self, line: int) -> tuple[str, str]:
        """The entry label and field name on ``line`` (``-`` when unknown)."""
        for first, last, label, fields in self.spans:
            if first <= line <= last:
                for key_line, value_end, name in reversed(fields):
                    if key_line <= line <= value_end:
                        return label, name
                return label, "-"
        return "-", "-"

    # -- one entry ---------------------------------------------------------------------------

    def _check_entry(self, node: yaml.Node, offset: int) -> CatalogueEntry | None:
        line = offset + node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            if isinstance(node, yaml.ScalarNode) and (node.tag == _NULL_TAG or not node.value):
                message = "this entry is empty: write its fields under the '-', starting with 'id:'"
            elif isinstance(node, yaml.ScalarNode):
                message = (
                    f"{_quote(node.value)} is not an entry: an entry is a group of 'field: value' "
                    "lines starting with '- id: ...'"
                )
            else:
                message = (
                    "this is a list, not an entry: an entry is a group of 'field: value' lines "
                    "starting with '- id: ...'"
                )
            self.add(line, "-", "-", message)
            return None

        before = len(self.problems)
        # First occurrence of each key: (key line, value node); duplicates reported below.
        found: dict[str, tuple[int, yaml.Node]] = {}
        pairs: list[tuple[yaml.Node, yaml.Node]] = list(node.value)
        id_node = next(
            (
                value
                for key, value in pairs
                if isinstance(key, yaml.ScalarNode) and key.value == "id"
            ),
            None,
        )
        label = "-"
        if isinstance(id_node, yaml.ScalarNode) and _ID.fullmatch(id_node.value.strip()):
            label = id_node.value.strip()

        spans: list[tuple[int, int, str]] = []
        for key, value in pairs:
            key_line = offset + key.start_mark.line + 1
            value_end = offset + max(
                value.end_mark.line + (0 if value.end_mark.column == 0 else 1),
                key.start_mark.line + 1,
            )
            if not isinstance(key, yaml.ScalarNode) or key.tag not in _PLAIN_TAGS | {_MERGE_TAG}:
                self.add(key_line, label, "-", "a field name must be a plain word such as 'name'")
                continue
            name = key.value
            spans.append((key_line, value_end, _field_label(name)))
            if key.tag == _MERGE_TAG:
                self.add(
                    key_line,
                    label,
                    "<<",
                    "merge keys ('<<') are not supported: write each field out in full",
                )
            elif name in found:
                self.add(
                    key_line,
                    label,
                    name,
                    f"'{name}' appears twice in this entry (first on line {found[name][0]}): "
                    "keep only one",
                )
            elif name not in FIELD_NAMES:
                self.add(key_line, label, _field_label(name), _unknown_field_message(name))
                found[name] = (key_line, value)
            else:
                found[name] = (key_line, value)
        last_line = offset + node.end_mark.line + (0 if node.end_mark.column == 0 else 1)
        self.spans.append((line, max(line, last_line), label, spans))

        values: dict[str, Any] = {}
        for name in FIELD_NAMES:
            if name not in found:
                continue
            key_line, value = found[name]
            checked = self._check_field(name, value, key_line, label, offset)
            if checked is not None and checked not in ("", ()):
                values[name] = checked

        for name in REQUIRED_FIELDS:
            if name in values:
                continue
            if name in found:
                if not self._has_problem_since(before, found[name][0], name):
                    self.add(found[name][0], label, name, f"{name} is empty: {_REQUIRED[name]}")
            else:
                self.add(line, label, name, f"this entry has no {name}: {_REQUIRED[name]}")

        entry_id = values.get("id")
        if isinstance(entry_id, str):
            if entry_id in self.seen_ids:
                self.add(
                    found["id"][0],
                    label,
                    "id",
                    f"the id '{entry_id}' is already used by the entry on line "
                    f"{self.seen_ids[entry_id]}: every entry needs its own id",
                )
            else:
                self.seen_ids[entry_id] = line

        if len(self.problems) > before:
            return None
        kwargs = {_ATTRIBUTE.get(name, name): value for name, value in values.items()}
        return CatalogueEntry(**kwargs, line=line)

    def _has_problem_since(self, before: int, line: int, name: str) -> bool:
        return any(p.line == line and p.field == name for p in self.problems[before:])

    def _check_field(
        self, name: str, node: yaml.Node, key_line: int, label: str, offset: int
    ) -> str | tuple[str, ...] | date | None:
        """The checked value of one field (``None`` after reporting a problem)."""
        if name in _LIST_FIELDS:
            items = self._list_value(name, node, key_line, label, offset)
            if items is None:
                return None
            return self._check_list(name, items, label)
        text = self._text_value(name, node, key_line, label, offset)
        if not text:
            return text
        message = _check_text(name, text, self.today)
        if message is not None:
            self.add(key_line, label, name, message)
            return None
        if name == "verified_on":
            return date.fromisoformat(text)
        return text

    def _text_value(
        self, name: str, node: yaml.Node, key_line: int, label: str, offset: int
    ) -> str | None:
        if isinstance(node, yaml.MappingNode):
            self.add(
                key_line,
                label,
                name,
                f"{name} must be text, not a group of 'field: value' lines (put the value in "
                "quotes if it contains ': ')",
            )
            return None
        if isinstance(node, yaml.SequenceNode):
            hint = (
                "give one value only (mention any others in the description)"
                if name in _ONE_LINE_FIELDS
                else "write it as text (use '|' for several lines)"
            )
            self.add(key_line, label, name, f"{name} must be text, not a list: {hint}")
            return None
        assert isinstance(node, yaml.ScalarNode)
        if node.tag not in _PLAIN_TAGS:
            self.add(
                key_line,
                label,
                name,
                f"the YAML tag {node.tag.replace(_TAG, '!!')} is not supported: write plain text",
            )
            return None
        if node.tag == _NULL_TAG and node.style is None:
            return ""
        text = str(node.value).strip()
        # A literal tab is already reported for its line; an escaped one ("\t") is not.
        value_lines = range(offset + node.start_mark.line + 1, offset + node.end_mark.line + 2)
        tab_reported = any(number in self.tab_lines for number in value_lines)
        problem = _text_problem(name, text, allow_tab=tab_reported)
        if problem is not None:
            self.add(key_line, label, name, problem)
            return None
        return text

    def _list_value(
        self, name: str, node: yaml.Node, key_line: int, label: str, offset: int
    ) -> list[tuple[int, str]] | None:
        example = "areas: [housing, legal]" if name == "areas" else "languages: [en, fr]"
        if isinstance(node, yaml.ScalarNode):
            if node.tag == _NULL_TAG and node.style is None:
                return []
            self.add(
                key_line,
                label,
                name,
                f"{name} must be a list in square brackets, for example '{example}'",
            )
            return None
        if isinstance(node, yaml.MappingNode):
            self.add(
                key_line,
                label,
                name,
                f"{name} must be a list, not a group of 'field: value' lines; for example "
                f"'{example}'",
            )
            return None
        assert isinstance(node, yaml.SequenceNode)
        items: list[tuple[int, str]] = []
        ok = True
        for item in node.value:
            item_line = offset + item.start_mark.line + 1
            if not isinstance(item, yaml.ScalarNode) or item.tag not in _PLAIN_TAGS:
                self.add(
                    item_line,
                    label,
                    name,
                    f"each item of {name} must be a single code, for example '{example}'",
                )
                ok = False
                continue
            items.append((item_line, str(item.value).strip()))
        return items if ok else None

    def _check_list(
        self, name: str, items: list[tuple[int, str]], label: str
    ) -> tuple[str, ...] | None:
        values: list[str] = []
        first_line: dict[str, int] = {}
        ok = True
        for item_line, value in items:
            message = _area_problem(value) if name == "areas" else _language_problem(value)
            if message is None and value in first_line:
                message = f"'{value}' is listed twice (first on line {first_line[value]})"
            if message is not None:
                self.add(item_line, label, name, message)
                ok = False
                continue
            first_line[value] = item_line
            values.append(value)
        return tuple(values) if ok else None


@dataclass(frozen=True)
class _SyntaxFailure:
    """Why a piece of text is not YAML, and the line to report it on."""

    line: int
    message: str
    report: bool = True


_REQUIRED: Final[Mapping[str, str]] = MappingProxyType(
    {
        "id": "add a line such as 'id: legal-aid-ontario' (a short name that never changes)",
        "name": "add a line such as 'name: Legal Aid Ontario'",
        "category": (
            "add a line such as 'category: legal_help' (the categories are listed in "
            "docs/resources-format.md)"
        ),
    }
)


# ---------------------------------------------------------------------------
# Field rules (each returns a plain-English message, or None when the value is fine)
# ---------------------------------------------------------------------------


def _text_problem(name: str, text: str, *, allow_tab: bool = False) -> str | None:
    allowed = "\n\t" if allow_tab else "\n"
    if any(unicodedata.category(char) == "Cc" and char not in allowed for char in text):
        return f"{name} contains an invisible control character (such as a tab): remove it"
    if name in _ONE_LINE_FIELDS and "\n" in text:
        return f"{name} must fit on one line"
    return None


def _check_text(name: str, text: str, today: date) -> str | None:
    message = _check_value(name, text, today)
    if message is not None:
        return message
    limit = _MAX_LENGTH.get(name, _MAX_TEXT_LENGTH)
    if len(text) > limit:
        return f"{name} is {len(text)} characters long; at most {limit} are allowed"
    return None


def _check_value(name: str, text: str, today: date) -> str | None:
    if name == "id":
        return _id_problem(text)
    if name == "category":
        return _category_problem(text)
    if name == "province":
        return _province_problem(text)
    if name == "country":
        return _country_problem(text)
    if name == "phone":
        return _phone_problem(text)
    if name == "email":
        return _email_problem(text)
    if name == "website":
        return _url_problem(text)
    if name == "verified_on":
        return _date_problem(text, today)
    return None


def _id_problem(value: str) -> str | None:
    if _ID.fullmatch(value):
        return None
    suggestion = _slug(value)
    example = f"'{suggestion}'" if _ID.fullmatch(suggestion) else "'legal-aid-ontario'"
    return (
        f"{_quote(value)} is not a valid id: use 2 to 100 lowercase letters, digits and dashes, "
        f"starting with a letter or digit (for example {example})"
    )


def _category_problem(value: str) -> str | None:
    if value in CATEGORIES:
        return None
    guess = _closest(value, CATEGORIES.keys())
    if guess is None:
        for key, label in CATEGORIES.items():
            if _normal(value) in (_normal(label.en), _normal(label.fr)):
                guess = key
    hint = f" (did you mean '{guess}'?)" if guess else ""
    return f"{_quote(value)} is not a known category{hint}; use one of: {', '.join(CATEGORIES)}"


def _area_problem(value: str) -> str | None:
    if value in NEED_AREA_KEYS:
        return None
    guess = _closest(value, NEED_AREA_KEYS)
    hint = f" (did you mean '{guess}'?)" if guess else ""
    return f"{_quote(value)} is not a needs area{hint}; use one of: {', '.join(NEED_AREA_KEYS)}"


def _language_problem(value: str) -> str | None:
    if value in ISO_639_1:
        return None
    lower = value.lower()
    guess: str | None = None
    if lower in ISO_639_1:
        guess = lower
    elif len(lower) > 2 and lower[:2] in ISO_639_1 and lower[2] in "-_":
        guess = lower[:2]
    else:
        guess = _LANGUAGE_NAMES.get(lower)
    hint = f" (did you mean '{guess}'?)" if guess else ""
    return (
        f"{_quote(value)} is not a two-letter ISO 639-1 language code{hint}; for example 'en' "
        "for English, 'fr' for French, 'es' for Spanish"
    )


def _province_problem(value: str) -> str | None:
    if value in PROVINCES:
        return None
    hint = f" (did you mean '{value.upper()}'?)" if value.upper() in PROVINCES else ""
    return (
        f"{_quote(value)} is not a province or territory code{hint}; use one of: "
        f"{', '.join(sorted(PROVINCES))} (leave province out for a national resource)"
    )


def _country_problem(value: str) -> str | None:
    if value == "UK":
        return "'UK' is not an ISO country code: use 'GB' for the United Kingdom"
    if _COUNTRY.fullmatch(value):
        return None
    hint = f" (did you mean '{value.upper()}'?)" if _COUNTRY.fullmatch(value.upper()) else ""
    return (
        f"{_quote(value)} is not a country code{hint}: use the two-letter ISO 3166 code in "
        "capitals, for example 'MX' for Mexico"
    )


def _phone_problem(value: str) -> str | None:
    number = _PHONE_EXTENSION.sub("", value, count=1)
    spelled = _PHONE_SPELLED.search(number)
    if spelled is not None and any(char.isalpha() for char in number[: spelled.start()]):
        number = number[: spelled.start()]
    else:
        spelled = None
    allowed = (
        "use digits, spaces and + - . ( ) only (capital letters for a number such as "
        "1-800-222-TIPS), with an optional extension such as 'ext. 123' or 'poste 123'"
    )
    if not _PHONE_CHARS.fullmatch(number) or "+" in number[1:]:
        return f"{_quote(value)} is not a phone number: {allowed}"
    if number.count("(") != number.count(")"):
        return f"{_quote(value)} is not a phone number: a bracket is not closed"
    letters = "".join(char for char in number if char.isalpha())
    dialled = sum(1 for char in number if char.isalnum())
    if spelled is not None:
        expected = "".join(_KEYPAD[char] for char in letters)
        if spelled.group(1) != expected:
            return (
                f"{_quote(value)}: the digits in brackets ({spelled.group(1)}) do not match the "
                f"letters {letters}, which dial {expected}"
            )
    if dialled == 3 and not letters and number.isdigit():
        return None  # a three-digit service number such as 211 or 911
    digits = "".join(char for char in number if char.isalnum())
    if number.startswith("+") or digits.startswith("011"):
        international = dialled - (3 if digits.startswith("011") else 0)
        if 7 <= international <= 15:
            return None
        return (
            f"{_quote(value)} has {international} digits after the international prefix: a "
            "number abroad has 7 to 15 digits, country code included"
        )
    if dialled in (7, 10) or (dialled == 11 and digits.startswith("1")):
        return None
    return (
        f"{_quote(value)} has {dialled} digits, which is not a phone number: write 10 digits for "
        "a Canadian or US number (for example 613-555-0100), or + and the country code for a "
        "number abroad"
    )


def _email_problem(value: str) -> str | None:
    if value.lower().startswith("mailto:"):
        return f"{_quote(value)}: write the e-mail address without 'mailto:'"
    if _EMAIL.fullmatch(value) and ".." not in value:
        return None
    return f"{_quote(value)} is not an e-mail address (it should look like name@example.ca)"


def _url_problem(value: str) -> str | None:
    quoted = _quote(value)
    if any(char.isspace() for char in value):
        return f"{quoted} is not a web address: it contains a space"
    if value.lower().startswith("www.") or (
        "://" not in value and _LOOKS_LIKE_HOST.fullmatch(value)
    ):
        return f"{quoted} is not a full web address: add https:// in front (https://{value})"
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return f"{quoted} is not a web address: the part after https:// is not a site name"
    del port
    if parts.scheme.lower() not in ("http", "https") or not value.lower().startswith(
        parts.scheme.lower() + "://"
    ):
        return f"{quoted} is not a web address (it must start with http:// or https://)"
    if parts.username is not None or parts.password is not None:
        return f"{quoted}: a web address here must not contain a user name or password"
    host = parts.hostname or ""
    labels = host.split(".")
    if (
        len(labels) < 2
        or not all(_HOST_LABEL.fullmatch(label) for label in labels)
        or labels[-1].isdigit()
    ):
        return (
            f"{quoted} is not a web address: after https:// it needs a site name such as "
            "www.example.ca"
        )
    return None


def _date_problem(value: str, today: date) -> str | None:
    if not _ISO_DATE.fullmatch(value):
        return f"{_quote(value)} is not a date: write it as YYYY-MM-DD, for example 2025-03-31"
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return f"{_quote(value)} is not a real date (check the month and the day)"
    if day > today:
        return f"{_quote(value)} is in the future: give the date the facts were last checked"
    return None


def _unknown_field_message(name: str) -> str:
    guess = _FIELD_SYNONYMS.get(_normal(name)) or _closest(name, FIELD_NAMES)
    hint = f" (did you mean '{guess}'?)" if guess else ""
    return f"unknown field {_quote(name)}{hint}; the fields are: {', '.join(FIELD_NAMES)}"


def _normal(value: str) -> str:
    return re.sub(r"[\s\-]+", "_", value.strip().lower())


def _closest(value: str, choices: Iterable[str]) -> str | None:
    normal = _normal(value)
    options = list(choices)
    if normal in options:
        return normal
    matches = difflib.get_close_matches(normal, options, n=1, cutoff=0.6)
    return matches[0] if matches else None


def _slug(value: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:100]


def _quote(value: str) -> str:
    """``value`` in quotes for a message, shortened and on one line."""
    text = value.replace("\n", " ")
    if len(text) > 60:
        text = text[:57] + "..."
    return f'"{text}"'


def _field_label(name: str) -> str:
    """A field name safe to put between the ``: `` separators of a problem line."""
    text = re.sub(r"\s+", " ", name).strip()
    if not text or ":" in text or len(text) > 40:
        return "-"  # the message names it in full
    return text


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
    return dumper.represent_scalar(_TAG + "str", data, style=style)


def _represent_flow_list(dumper: yaml.SafeDumper, data: _FlowList) -> yaml.SequenceNode:
    return dumper.represent_sequence(_TAG + "seq", list(data), flow_style=True)


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
            value = getattr(entry, _ATTRIBUTE.get(name, name))
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
