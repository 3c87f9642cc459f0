"""Service errors carry a stable ``code`` (the UI translates it) and a plain English message
(the CLI prints it). Neither ever contains case content."""

from __future__ import annotations

from dataclasses import dataclass


class ServiceError(Exception):
    code = "service_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(ServiceError):
    code = "not_found"


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    message: str


class ValidationError(ServiceError):
    """One or more fields are invalid; nothing was saved."""

    code = "invalid"

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = tuple(problems)

    def for_field(self, field: str) -> Problem | None:
        return next((p for p in self.problems if p.field == field), None)
