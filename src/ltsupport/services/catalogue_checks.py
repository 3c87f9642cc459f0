"""Reading and checking a resource catalogue file: the one-pass checker (see ``catalogue_file``).

:class:`Checker` decodes the bytes, composes the YAML (``catalogue_yaml``), checks every entry and
field (``catalogue_rules``) and collects every problem with its line. It never raises on bad
input.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any, Final

import yaml

from ltsupport.services.catalogue_entry import CatalogueEntry, CatalogueProblem
from ltsupport.services.catalogue_rules import (
    ID_PATTERN,
    area_problem,
    check_text,
    field_label,
    language_problem,
    quote,
    text_problem,
    unknown_field_message,
)
from ltsupport.services.catalogue_vocab import (
    ATTRIBUTE,
    FIELD_NAMES,
    LIST_FIELDS,
    MAX_FILE_BYTES,
    ONE_LINE_FIELDS,
    REQUIRED_FIELDS,
)
from ltsupport.services.catalogue_yaml import (
    LINE_BREAK,
    MERGE_TAG,
    NULL_TAG,
    PLAIN_TAGS,
    TAG,
    SyntaxFailure,
    compose,
)

__all__ = ["Checker"]

_MAX_BAD_BYTE_LINES: Final = 20

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


class Checker:
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
        for number, line in enumerate(LINE_BREAK.split(text), start=1):
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
        failure = compose(text, 0, self.tab_lines)
        if not isinstance(failure, SyntaxFailure):
            return self._check_root(failure)
        if failure.report:
            self.add(failure.line, "-", "-", failure.message)
        return self._recover(text, failure)

    def _recover(self, text: str, failure: SyntaxFailure) -> list[CatalogueEntry]:
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
            result = compose(chunk, start, self.tab_lines)
            if isinstance(result, SyntaxFailure):
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
            if isinstance(node, yaml.ScalarNode) and (node.tag == NULL_TAG or not node.value):
                message = "this entry is empty: write its fields under the '-', starting with 'id:'"
            elif isinstance(node, yaml.ScalarNode):
                message = (
                    f"{quote(node.value)} is not an entry: an entry is a group of 'field: value' "
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
        if isinstance(id_node, yaml.ScalarNode) and ID_PATTERN.fullmatch(id_node.value.strip()):
            label = id_node.value.strip()

        spans: list[tuple[int, int, str]] = []
        for key, value in pairs:
            key_line = offset + key.start_mark.line + 1
            value_end = offset + max(
                value.end_mark.line + (0 if value.end_mark.column == 0 else 1),
                key.start_mark.line + 1,
            )
            if not isinstance(key, yaml.ScalarNode) or key.tag not in PLAIN_TAGS | {MERGE_TAG}:
                self.add(key_line, label, "-", "a field name must be a plain word such as 'name'")
                continue
            name = key.value
            spans.append((key_line, value_end, field_label(name)))
            if key.tag == MERGE_TAG:
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
                self.add(key_line, label, field_label(name), unknown_field_message(name))
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
        kwargs = {ATTRIBUTE.get(name, name): value for name, value in values.items()}
        return CatalogueEntry(**kwargs, line=line)

    def _has_problem_since(self, before: int, line: int, name: str) -> bool:
        return any(p.line == line and p.field == name for p in self.problems[before:])

    def _check_field(
        self, name: str, node: yaml.Node, key_line: int, label: str, offset: int
    ) -> str | tuple[str, ...] | date | None:
        """The checked value of one field (``None`` after reporting a problem)."""
        if name in LIST_FIELDS:
            items = self._list_value(name, node, key_line, label, offset)
            if items is None:
                return None
            return self._check_list(name, items, label)
        text = self._text_value(name, node, key_line, label, offset)
        if not text:
            return text
        message = check_text(name, text, self.today)
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
                if name in ONE_LINE_FIELDS
                else "write it as text (use '|' for several lines)"
            )
            self.add(key_line, label, name, f"{name} must be text, not a list: {hint}")
            return None
        assert isinstance(node, yaml.ScalarNode)
        if node.tag not in PLAIN_TAGS:
            self.add(
                key_line,
                label,
                name,
                f"the YAML tag {node.tag.replace(TAG, '!!')} is not supported: write plain text",
            )
            return None
        if node.tag == NULL_TAG and node.style is None:
            return ""
        text = str(node.value).strip()
        # A literal tab is already reported for its line; an escaped one ("\t") is not.
        value_lines = range(offset + node.start_mark.line + 1, offset + node.end_mark.line + 2)
        tab_reported = any(number in self.tab_lines for number in value_lines)
        problem = text_problem(name, text, allow_tab=tab_reported)
        if problem is not None:
            self.add(key_line, label, name, problem)
            return None
        return text

    def _list_value(
        self, name: str, node: yaml.Node, key_line: int, label: str, offset: int
    ) -> list[tuple[int, str]] | None:
        example = "areas: [housing, legal]" if name == "areas" else "languages: [en, fr]"
        if isinstance(node, yaml.ScalarNode):
            if node.tag == NULL_TAG and node.style is None:
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
            if not isinstance(item, yaml.ScalarNode) or item.tag not in PLAIN_TAGS:
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
            message = area_problem(value) if name == "areas" else language_problem(value)
            if message is None and value in first_line:
                message = f"'{value}' is listed twice (first on line {first_line[value]})"
            if message is not None:
                self.add(item_line, label, name, message)
                ok = False
                continue
            first_line[value] = item_line
            values.append(value)
        return tuple(values) if ok else None
