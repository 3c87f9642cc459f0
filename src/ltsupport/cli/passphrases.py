"""Passphrase sources for the CLI, in the order CLI.md fixes: a file's first line, an
environment variable, then a no-echo prompt (asked twice when a new one is set).

A passphrase never appears in an error message, a log or the process listing.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

ENV_PASSPHRASE = "LTSUPPORT_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
ENV_NEW_PASSPHRASE = "LTSUPPORT_NEW_PASSPHRASE"  # noqa: S105


class PassphraseSourceError(Exception):
    """No usable passphrase could be read; the message says what to do."""


def _first_line(path: Path) -> str:
    try:
        with path.open(encoding="utf-8") as handle:
            line = handle.readline()
    except FileNotFoundError as exc:
        raise PassphraseSourceError(f"passphrase file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PassphraseSourceError(f"cannot read the passphrase file {path}") from exc
    value = line.rstrip("\r\n")
    if not value:
        raise PassphraseSourceError(f"the passphrase file {path} has an empty first line")
    return value


def _prompt(label: str, confirm: bool) -> str:
    try:
        first = getpass.getpass(f"{label}: ")
        if confirm:
            second = getpass.getpass(f"{label} (again): ")
            if first != second:
                raise PassphraseSourceError("the two passphrases typed do not match")
    except (EOFError, KeyboardInterrupt) as exc:
        raise PassphraseSourceError(
            "no passphrase given: use --passphrase-file FILE or set "
            f"{ENV_PASSPHRASE}, or run in a terminal"
        ) from exc
    if not first:
        raise PassphraseSourceError("an empty passphrase was typed")
    return first


def read(file: Path | None, env_name: str, label: str, *, confirm: bool = False) -> str:
    """The passphrase from ``file``, else ``$env_name``, else a prompt."""
    if file is not None:
        return _first_line(file)
    from_env = os.environ.get(env_name)
    if from_env:
        return from_env
    return _prompt(label, confirm)
