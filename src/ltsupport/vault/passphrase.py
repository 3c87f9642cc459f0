"""Passphrase rules: at least ten characters, with a zxcvbn strength estimate shown to the user."""

from __future__ import annotations

from dataclasses import dataclass

from ltsupport.vault.errors import PassphraseTooShortError

MIN_LENGTH = 10
# zxcvbn is quadratic on long input; the first 100 characters decide the score anyway.
_ESTIMATE_PREFIX = 100


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (very strong), as zxcvbn reports it
    long_enough: bool
    warning: str
    suggestions: tuple[str, ...]

    @property
    def weak(self) -> bool:
        return self.score < 3


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase shorter than :data:`MIN_LENGTH` characters."""
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseTooShortError(
            f"A passphrase needs at least {MIN_LENGTH} characters. Several words work well."
        )


def strength(passphrase: str) -> Strength:
    from zxcvbn import zxcvbn  # deferred: its dictionaries take a moment to load

    if not passphrase:
        return Strength(0, False, "", ())
    result = zxcvbn(passphrase[:_ESTIMATE_PREFIX])
    feedback = result.get("feedback", {})
    return Strength(
        score=int(result["score"]),
        long_enough=len(passphrase) >= MIN_LENGTH,
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions", [])),
    )
