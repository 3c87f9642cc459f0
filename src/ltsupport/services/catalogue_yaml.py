"""Composing a resource catalogue file's YAML, and explaining its syntax errors in plain English.

The file is parsed with PyYAML's ``SafeLoader`` *composer* only (see ``catalogue_file``): the node
tree keeps the line of every key and value, and nothing is ever constructed from YAML tags.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Final

import yaml

__all__ = [
    "LINE_BREAK",
    "MERGE_TAG",
    "NULL_TAG",
    "PLAIN_TAGS",
    "TAG",
    "SyntaxFailure",
    "compose",
]

LINE_BREAK = re.compile(r"\n|\x85|\u2028|\u2029")

TAG = "tag:yaml.org,2002:"
PLAIN_TAGS: Final = frozenset(
    TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)
NULL_TAG: Final = TAG + "null"
MERGE_TAG: Final = TAG + "merge"


@dataclass(frozen=True)
class SyntaxFailure:
    """Why a piece of text is not YAML, and the line to report it on."""

    line: int
    message: str
    report: bool = True


def compose(
    text: str, offset: int, tab_lines: AbstractSet[int]
) -> yaml.Node | SyntaxFailure | None:
    """The node tree of ``text`` (whose first line is line ``offset + 1``), or why not.

    ``tab_lines`` are the lines already reported for a literal tab: a syntax error on one of
    them is not reported again.
    """
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        return _syntax_failure(error, offset, tab_lines)
    except yaml.reader.ReaderError as error:
        line = offset + len(LINE_BREAK.findall(text, 0, error.position)) + 1
        char = error.character
        code = f"U+{char:04X}" if isinstance(char, int) else repr(char)
        return SyntaxFailure(
            line,
            f"this line contains a character that YAML does not allow ({code}, an invisible "
            "control character): delete it",
        )
    except RecursionError:
        return SyntaxFailure(
            offset + 1,
            "the file is nested too deeply to be a catalogue (lists inside lists)",
        )
    except yaml.YAMLError as error:  # pragma: no cover - PyYAML raises the above
        line = offset + 1
        return SyntaxFailure(line, f"the file is not valid YAML ({error})")


def _syntax_failure(
    error: yaml.MarkedYAMLError, offset: int, tab_lines: AbstractSet[int]
) -> SyntaxFailure:
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
    report = "'\\t'" not in problem and not ({problem_line, line} & tab_lines)
    return SyntaxFailure(line, message, report)
