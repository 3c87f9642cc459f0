"""ltsupport-cli: the command-line contract of CLI.md, thin over the services.

Exit codes: 0 success, 1 the command failed (one line on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ltsupport.cli import (
    case_commands,
    client_commands,
    print_command,
    resource_commands,
    vault_commands,
)
from ltsupport.cli.common import CliError
from ltsupport.cli.passphrases import PassphraseSourceError


def _global_options(parser: argparse.ArgumentParser, *, nested: bool) -> None:
    """Options accepted before or after the command (``--vault X init`` or ``init --vault X``).

    On a command's own parser they default to "absent", so they never undo the global ones.
    """
    absent = argparse.SUPPRESS
    parser.add_argument(
        "--vault",
        metavar="PATH",
        default=absent if nested else None,
        help="the vault file (default: the data directory)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=absent if nested else None,
        help="read the passphrase from FILE's first line",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=absent if nested else False,
        help="show tracebacks on errors",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ltsupport-cli",
        description="ltsupport command line: vault maintenance, clients and training data.",
    )
    _global_options(parser, nested=False)
    shared = argparse.ArgumentParser(add_help=False)
    _global_options(shared, nested=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    vault_commands.register(commands, shared)
    client_commands.register(commands, shared)
    resource_commands.register(commands, shared)
    print_command.register(commands, shared)
    case_commands.register(commands, shared)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.handler(args)
        return result
    except Exception as exc:
        if args.debug:
            raise
        print(f"ltsupport-cli: error: {describe(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ltsupport-cli: interrupted; nothing was changed.", file=sys.stderr)
        return 1


def describe(exc: BaseException) -> str:
    """One neutral line for an error: our own messages as they are, anything else generic."""
    from ltsupport.atomicfile import DiskFullError

    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    if isinstance(exc, PassphraseSourceError | CliError):
        return str(exc)
    if isinstance(exc, DiskFullError):
        return "the disk is full; nothing was changed. Free some space and try again."
    if isinstance(exc, PermissionError):
        return f"permission denied: {exc.filename}"
    if isinstance(exc, FileNotFoundError):
        return f"file not found: {exc.filename}"
    if isinstance(exc, OSError):
        return f"{exc.strerror or 'input/output error'}: {exc.filename or ''}".rstrip(": ")
    return f"unexpected {type(exc).__name__}; run again with --debug for details"
