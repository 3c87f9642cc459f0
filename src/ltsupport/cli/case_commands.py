"""Case files between agencies: ``export``, ``import`` and ``keys show``.

The export lays out ``summary.pdf`` with Qt (through ``ltsupport.services.case_export``), so an
offscreen ``QGuiApplication`` is made when none exists, as for ``print``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ltsupport.cli import common, passphrases

ENV_EXPORT_PASSPHRASE = "LTSUPPORT_EXPORT_PASSPHRASE"  # noqa: S105 - a variable name
MAX_IDENTITY_FILE = 64 * 1024


def register(commands: Any, shared: argparse.ArgumentParser) -> None:
    passphrase_file = argparse.ArgumentParser(add_help=False)
    passphrase_file.add_argument(
        "--export-passphrase-file",
        metavar="FILE",
        help=f"the case file's passphrase, from FILE's first line (else ${ENV_EXPORT_PASSPHRASE}"
        ", else a prompt)",
    )
    export = commands.add_parser(
        "export",
        parents=[shared, passphrase_file],
        help="encrypted case summary (age format); with no recipient, a passphrase",
    )
    export.add_argument("code", metavar="CODE", help="the client's case code")
    export.add_argument(
        "--out",
        required=True,
        metavar="FILE_OR_DIR",
        help="a folder (the file is named CODE-DATE.ltcase.age) or a .age file",
    )
    export.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar="AGE_PUBLIC_KEY",
        help="the receiving agency's age public key (age1…); repeatable",
    )
    export.add_argument(
        "--organisation",
        required=True,
        metavar="ORG",
        help="the receiving organisation, as named in the consent to share",
    )
    export.add_argument(
        "--override-reason",
        metavar="TEXT",
        help="export without a recorded consent to share, for this reason "
        "(kept in the vault and audited)",
    )
    export.set_defaults(handler=cmd_export)

    imp = commands.add_parser(
        "import",
        parents=[shared, passphrase_file],
        help="decrypt, verify and import a case summary; nothing partial",
    )
    imp.add_argument("file", metavar="FILE", help="the .ltcase.age file")
    imp.add_argument(
        "--identity",
        metavar="AGE_IDENTITY_FILE",
        help="decrypt with this age identity file instead of this agency's key",
    )
    imp.add_argument(
        "--update", action="store_true", help="replace the existing client with the same case code"
    )
    imp.set_defaults(handler=cmd_import)

    keys = commands.add_parser("keys", parents=[shared], help="this agency's age key pair")
    keys_commands = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    show = keys_commands.add_parser(
        "show", parents=[shared], help="this agency's age public key (made on first use)"
    )
    show.set_defaults(handler=cmd_keys_show)


def _export_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    file = Path(args.export_passphrase_file) if args.export_passphrase_file else None
    try:
        return passphrases.read(file, ENV_EXPORT_PASSPHRASE, "Export passphrase", confirm=confirm)
    except passphrases.PassphraseSourceError as exc:
        if file is not None or "no passphrase given" not in str(exc):
            raise
        raise passphrases.PassphraseSourceError(
            "no case file passphrase given: use --export-passphrase-file FILE or set "
            f"{ENV_EXPORT_PASSPHRASE}, or run in a terminal"
        ) from None


def cmd_export(args: argparse.Namespace) -> int:
    secret = None if args.recipient else _export_passphrase(args, confirm=True)
    workspace = common.open_workspace(args)
    try:
        client = workspace.clients.get_by_code(args.code)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from ltsupport.services.case_export import export_case

        written = export_case(
            workspace,
            client.id,
            Path(args.out).expanduser(),
            organisation=args.organisation,
            passphrase=secret,
            recipients=tuple(args.recipient),
            override_reason=args.override_reason,
        )
    finally:
        workspace.lock()
    if args.override_reason:
        print(
            "Exported without a recorded consent to share; the reason is audited.", file=sys.stderr
        )
    print(f"Wrote {written}")
    return 0


def _identities(path: Path) -> list[str]:
    if path.stat().st_size > MAX_IDENTITY_FILE:
        raise common.CliError(f"{path} is too large to be an age identity file.")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise common.CliError(f"{path} is not an age identity file.") from None
    found = [line.strip() for line in text.splitlines() if line.startswith("AGE-SECRET-KEY-")]
    if not found:
        raise common.CliError(f"{path} holds no age identity (a line AGE-SECRET-KEY-1…).")
    return found


def cmd_import(args: argparse.Namespace) -> int:
    from ltsupport.services.case_import import import_case, needs_passphrase, open_case_file

    path = Path(args.file).expanduser()
    identities = _identities(Path(args.identity).expanduser()) if args.identity else []
    secret = _export_passphrase(args, confirm=False) if needs_passphrase(path) else None
    workspace = common.open_workspace(args)
    try:
        preview = open_case_file(workspace, path, passphrase=secret, identities=identities)
        print(f"Case {preview.case_code}, made {preview.created_at or 'at an unknown time'}")
        for warning in preview.warnings:
            print(f"  warning: {warning}")
        if preview.exists and not args.update:
            raise common.CliError(
                f"a client with case code {preview.case_code} already exists; run again with "
                "--update to replace that record with the file's. Nothing was imported."
            )
        if preview.exists:
            print(f"Updates the existing client; {len(preview.differences)} field(s) change:")
            for difference in preview.differences:
                print(f"  {difference.field}")
        import_case(workspace, preview, as_update=preview.exists)
    finally:
        workspace.lock()
    verb = "Updated" if preview.exists else "Imported new"
    print(f"{verb} client {preview.case_code}")
    return 0


def cmd_keys_show(args: argparse.Namespace) -> int:
    from ltsupport.services.agency_keys import public_key

    workspace = common.open_workspace(args)
    try:
        print(public_key(workspace))
    finally:
        workspace.lock()
    return 0
