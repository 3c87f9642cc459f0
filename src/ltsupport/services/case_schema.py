"""The ``case.json`` schema: its constants and :func:`validate_case_json` (see ``case_format``).

:func:`validate_case_json` checks a received document strictly (types, required and unknown keys,
known values, the format version, bounded sizes) and never raises, whatever it is given. The
schema is documented in ``docs/case-format.md``; change both together, and raise
:data:`FORMAT_VERSION` on any change an older reader would misread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from ltsupport.checklist import NEED_AREA_KEYS, NeedStatus, StepStatus
from ltsupport.checklist_return import RETURN_STEP_KEYS
from ltsupport.models import (
    ActionOwner,
    ActionStatus,
    ClientStatus,
    ConsentKind,
    ContactKind,
    ImmigrationStatus,
    PlanStatus,
    Priority,
    ReferralStatus,
    ReturnWish,
)
from ltsupport.services.clients import CASE_CODE, COUNTRY, DOCUMENT_LANGUAGES, LANGUAGE_CODE

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "LINKED",
    "MAX_DETAILS",
    "MAX_ITEMS",
    "MAX_PROBLEMS",
    "SHORT",
    "TEXT",
    "Check",
    "validate_case_json",
]

FORMAT = "ltsupport-case"
FORMAT_VERSION = 1
LINKED = "linked_resources"

SHORT = 200  # names, organisations, workers (the vault's column width)
TEXT = 20_000  # free text: goals, notes
MAX_ITEMS = 500  # any list
MAX_DETAILS = 64  # keys in a details map
MAX_PROBLEMS = 20  # problems reported, so a hostile document cannot flood the message

Check = Callable[[object, str, list[str]], None]


# -- validating -----------------------------------------------------------------------------


def _text(limit: int, *, nullable: bool = False, pattern: re.Pattern[str] | None = None) -> Check:
    def check(value: object, path: str, problems: list[str]) -> None:
        if value is None and nullable:
            return
        if not isinstance(value, str):
            problems.append(f"{path}: expected text")
        elif len(value) > limit:
            problems.append(f"{path}: longer than {limit} characters")
        elif pattern is not None and not pattern.fullmatch(value):
            problems.append(f"{path}: not in the expected form")

    return check


def _choice(values: tuple[str, ...] | type[Any], *, nullable: bool = False) -> Check:
    allowed = frozenset(v if isinstance(v, str) else v.value for v in values)

    def check(value: object, path: str, problems: list[str]) -> None:
        if value is None and nullable:
            return
        if not isinstance(value, str) or value not in allowed:
            problems.append(f"{path}: not a known value")

    return check


def _date(*, nullable: bool = True) -> Check:
    def check(value: object, path: str, problems: list[str]) -> None:
        if value is None and nullable:
            return
        if not isinstance(value, str) or len(value) != 10:
            problems.append(f"{path}: expected a date (YYYY-MM-DD)")
            return
        try:
            date.fromisoformat(value)
        except ValueError:
            problems.append(f"{path}: expected a date (YYYY-MM-DD)")

    return check


def _datetime(*, nullable: bool = True) -> Check:
    def check(value: object, path: str, problems: list[str]) -> None:
        if value is None and nullable:
            return
        if not isinstance(value, str) or len(value) > 40:
            problems.append(f"{path}: expected a date and time")
            return
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            problems.append(f"{path}: expected a date and time")
            return
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            problems.append(f"{path}: the date and time has no time zone")
            return
        try:
            parsed.astimezone(UTC)
        except OverflowError:
            problems.append(f"{path}: the date and time is out of range")

    return check


def _flag(value: object, path: str, problems: list[str]) -> None:
    if value is not None and not isinstance(value, bool):
        problems.append(f"{path}: expected true, false or null")


def _details(value: object, path: str, problems: list[str]) -> None:
    if not isinstance(value, dict):
        problems.append(f"{path}: expected an object")
        return
    if len(value) > MAX_DETAILS:
        problems.append(f"{path}: too many entries")
        return
    for key, item in value.items():
        if not isinstance(key, str) or not key or len(key) > 64 or key == LINKED:
            problems.append(f"{path}: a key is not allowed")
        elif not isinstance(item, str) or len(item) > TEXT:
            problems.append(f"{path}.{key}: expected text up to {TEXT} characters")


def _list(item: Check, *, limit: int = MAX_ITEMS, unique: str | None = None) -> Check:
    def check(value: object, path: str, problems: list[str]) -> None:
        if not isinstance(value, list):
            problems.append(f"{path}: expected a list")
            return
        if len(value) > limit:
            problems.append(f"{path}: more than {limit} entries")
            return
        seen: set[object] = set()
        for n, element in enumerate(value):
            item(element, f"{path}[{n}]", problems)
            if unique is not None and isinstance(element, dict):
                key = element.get(unique)
                if isinstance(key, str):
                    if key in seen:
                        problems.append(f"{path}[{n}].{unique}: appears twice")
                    seen.add(key)
            if len(problems) >= MAX_PROBLEMS:
                return

    return check


def _object(fields: Mapping[str, Check], *, nullable: bool = False) -> Check:
    def check(value: object, path: str, problems: list[str]) -> None:
        if value is None and nullable:
            return
        if not isinstance(value, dict):
            problems.append(f"{path}: expected an object")
            return
        for key in value:
            if key not in fields:
                problems.append(f"{path}: unknown field {str(key)[:40]!r}")
                return
        for key, field_check in fields.items():
            if key not in value:
                problems.append(f"{path}.{key}: missing")
            else:
                field_check(value[key], f"{path}.{key}", problems)
            if len(problems) >= MAX_PROBLEMS:
                return

    return check


def _languages(value: object, path: str, problems: list[str]) -> None:
    _list(_text(16, pattern=LANGUAGE_CODE), limit=20)(value, path, problems)


_ACTION = _object(
    {
        "description": _text(TEXT),
        "owner": _choice(ActionOwner),
        "owner_name": _text(SHORT),
        "due_date": _date(),
        "status": _choice(ActionStatus),
        "completed_at": _datetime(),
        "resource_key": _text(100, nullable=True),
    }
)
_HISTORY = _object(
    {
        "from_status": _choice(NeedStatus),
        "to_status": _choice(NeedStatus),
        "changed_by": _text(SHORT),
        "changed_at": _datetime(nullable=False),
    }
)
_ASSESSMENT = _object(
    {
        "area_key": _choice(NEED_AREA_KEYS),
        "status": _choice(NeedStatus),
        "priority": _choice(Priority),
        "goal": _text(TEXT),
        "worker_notes": _text(TEXT),
        "details": _details,
        "actions": _list(_ACTION),
        "history": _list(_HISTORY),
    }
)
_STEP = _object(
    {
        "step_key": _choice(RETURN_STEP_KEYS),
        "status": _choice(StepStatus),
        "started_on": _date(),
        "done_on": _date(),
        "notes": _text(TEXT),
        "risk_notes": _text(TEXT),
        "details": _details,
        "linked_resources": _list(
            _object({"key": _text(100), "name": _text(300)}), limit=MAX_DETAILS
        ),
    }
)
_CASE = _object(
    {
        "format": _choice((FORMAT,)),
        "format_version": lambda v, p, problems: None,  # checked first, see validate_case_json
        "client": _object(
            {
                "case_code": _text(32, pattern=CASE_CODE),
                "preferred_name": _text(SHORT, pattern=re.compile(r".*\S.*", re.DOTALL)),
                "legal_name": _text(SHORT, nullable=True),
                "languages": _languages,
                "document_language": _choice(DOCUMENT_LANGUAGES),
                "country_of_origin": _text(2, nullable=True, pattern=COUNTRY),
                "immigration_status": _choice(ImmigrationStatus),
                "permit_expiry": _date(),
                "safe_contact": _text(TEXT),
                "assigned_worker": _text(SHORT),
                "status": _choice(ClientStatus),
                "intake_date": _date(nullable=False),
                "closed_at": _datetime(),
            }
        ),
        "consents": _list(
            _object(
                {
                    "kind": _choice(ConsentKind),
                    "organisation": _text(SHORT, nullable=True),
                    "given_at": _datetime(nullable=False),
                    "recorded_by": _text(SHORT),
                    "withdrawn_at": _datetime(),
                    "note": _text(TEXT),
                }
            )
        ),
        "plan": _object(
            {
                "status": _choice(PlanStatus),
                "language": _choice(DOCUMENT_LANGUAGES),
                "review_date": _date(),
                "created_at": _datetime(nullable=False),
                "assessments": _list(_ASSESSMENT, limit=len(NEED_AREA_KEYS), unique="area_key"),
            },
            nullable=True,
        ),
        "referrals": _list(
            _object(
                {
                    "resource_key": _text(100),
                    "resource_name": _text(300),
                    "area_key": _choice(NEED_AREA_KEYS, nullable=True),
                    "status": _choice(ReferralStatus),
                    "status_on": _date(nullable=False),
                    "referred_on": _date(),
                    "follow_up_on": _date(),
                    "notes": _text(TEXT),
                }
            )
        ),
        "contacts": _list(
            _object(
                {
                    "kind": _choice(ContactKind),
                    "name": _text(SHORT, pattern=re.compile(r".*\S.*", re.DOTALL)),
                    "relationship_to_client": _text(SHORT),
                    "phone": _text(64),
                    "email": _text(SHORT),
                    "country": _text(2, nullable=True, pattern=COUNTRY),
                    "safe_to_contact": _flag,
                    "may_be_known_to_trafficker": _flag,
                    "notes": _text(TEXT),
                }
            )
        ),
        "self_care": _object(
            {
                key: _text(TEXT)
                for key in (
                    "warning_signs",
                    "things_that_help",
                    "people_to_contact",
                    "safe_places",
                    "professional_supports",
                )
            },
            nullable=True,
        ),
        "repatriation": _object(
            {
                "wish": _choice(ReturnWish),
                "fears_harm_on_return": _flag,
                "protection_claim_decision": _text(TEXT),
                "notes": _text(TEXT),
                "steps": _list(_STEP, limit=len(RETURN_STEP_KEYS), unique="step_key"),
            },
            nullable=True,
        ),
    }
)


def validate_case_json(obj: object) -> list[str]:
    """Every problem with a received ``case.json`` (at most :data:`MAX_PROBLEMS`); empty when
    it can be imported. Never raises, whatever ``obj`` is."""
    if not isinstance(obj, dict):
        return ["case.json: expected an object"]
    version = obj.get("format_version")
    if type(version) is not int:
        return ["case.json: format_version: missing or not a number"]
    if version != FORMAT_VERSION:
        return [
            f"case.json: format version {version} is not one this app reads "
            f"(it reads version {FORMAT_VERSION}); update ltsupport"
        ]
    problems: list[str] = []
    try:
        _CASE(obj, "case", problems)
    except (RecursionError, ValueError, TypeError, OverflowError):
        problems.append("case.json: not a well-formed document")
    return problems[:MAX_PROBLEMS]
