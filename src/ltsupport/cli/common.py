"""What every CLI command shares: locating the vault, reading passphrases, opening the
workspace, and printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ltsupport import paths
from ltsupport.cli import passphrases

if TYPE_CHECKING:
    from ltsupport.services.workspace import Workspace


class CliError(Exception):
    """The command cannot go on; the message is the one line the user sees."""


def app_paths(args: argparse.Namespace) -> paths.AppPaths:
    return paths.resolve(args.vault)


def passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    file = Path(args.passphrase_file) if args.passphrase_file else None
    return passphrases.read(file, passphrases.ENV_PASSPHRASE, "Vault passphrase", confirm=confirm)


def new_vault_passphrase(args: argparse.Namespace) -> str:
    """A passphrase for a new vault: at least 10 characters; a weak one is warned about."""
    from ltsupport.vault.passphrase import check_new_passphrase

    value = passphrase(args, confirm=True)
    check_new_passphrase(value)
    warn_if_weak(value)
    return value


def warn_if_weak(value: str) -> None:
    from ltsupport.vault.passphrase import strength

    estimate = strength(value)
    if estimate.weak:
        hint = f" ({estimate.warning})" if estimate.warning else ""
        print(
            f"ltsupport-cli: warning: this passphrase is easy to guess{hint}. "
            "Several unrelated words are stronger.",
            file=sys.stderr,
        )


def open_workspace(args: argparse.Namespace) -> Workspace:
    from ltsupport.services.workspace import open_workspace as open_ws

    return open_ws(app_paths(args), passphrase(args))


def _default(value: object) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def print_json(document: object) -> None:
    json.dump(document, sys.stdout, default=_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
