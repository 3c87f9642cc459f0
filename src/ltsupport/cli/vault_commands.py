"""Vault commands: init, verify, change-passphrase, backup, restore, demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ltsupport.cli import common, passphrases


def register(commands: Any, shared: argparse.ArgumentParser) -> None:
    init = commands.add_parser(
        "init", parents=[shared], help="create a new vault (refuses if one exists)"
    )
    init.set_defaults(handler=cmd_init)

    verify = commands.add_parser(
        "verify", parents=[shared], help="full integrity check; exit 0 only if sound"
    )
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    verify.set_defaults(handler=cmd_verify)

    change = commands.add_parser("change-passphrase", parents=[shared], help="re-key the vault")
    change.add_argument("--new-passphrase-file", metavar="FILE")
    change.set_defaults(handler=cmd_change_passphrase)

    backup = commands.add_parser("backup", parents=[shared], help="write a verified encrypted copy")
    backup.add_argument("dest", metavar="DEST", help="backup file (DEST.keys is written too)")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore", parents=[shared], help="verify a backup and put it in place"
    )
    restore.add_argument("src", metavar="SRC", help="backup file (SRC.keys must be beside it)")
    restore.set_defaults(handler=cmd_restore)

    demo = commands.add_parser(
        "demo", parents=[shared], help="create a vault of fictional clients for training"
    )
    demo.add_argument("--clients", type=int, default=24, metavar="N")
    demo.set_defaults(handler=cmd_demo)


def _refuse_existing(paths: Any) -> None:
    from ltsupport.vault.state import VaultState, inspect

    if inspect(paths.vault) is not VaultState.ABSENT or paths.key_file.exists():
        raise common.CliError(
            f"a vault already exists at {paths.vault}; nothing was changed "
            "(use --vault PATH for another location)"
        )


def cmd_init(args: argparse.Namespace) -> int:
    from ltsupport.services.workspace import create_workspace

    paths = common.app_paths(args)
    _refuse_existing(paths)
    workspace = create_workspace(paths, common.new_vault_passphrase(args))
    workspace.lock()
    print(f"Created an encrypted vault at {paths.vault}")
    print(f"Its key file is {paths.key_file}. Back up both together; keep the passphrase safe.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from ltsupport.services.workspace import verify_vault

    report = verify_vault(common.app_paths(args), common.passphrase(args))
    if args.json:
        common.print_json(
            {
                "ok": report.ok,
                "cipher_errors": report.cipher_errors,
                "integrity": report.integrity,
                "foreign_key_violations": report.foreign_key_violations,
            }
        )
    else:
        print(report.summary())
    return 0 if report.ok else 1


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from ltsupport.services.workspace import change_passphrase

    paths = common.app_paths(args)
    old = common.passphrase(args)
    file = Path(args.new_passphrase_file) if args.new_passphrase_file else None
    new = passphrases.read(
        file, passphrases.ENV_NEW_PASSPHRASE, "New vault passphrase", confirm=True
    )
    common.warn_if_weak(new)
    change_passphrase(paths, old, new)
    print("The passphrase was changed. The old passphrase no longer opens this vault.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    workspace = common.open_workspace(args)
    try:
        written = workspace.backup(Path(args.dest))
    finally:
        workspace.lock()
    print(f"Backup written and verified: {written} (with {written.name}.keys)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ltsupport.services.workspace import restore

    paths = common.app_paths(args)
    kept = restore(paths, Path(args.src), common.passphrase(args))
    print(f"Restored {paths.vault} from {args.src}.")
    if kept is not None:
        print(f"The previous vault was kept as {kept}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ltsupport.services.demo import populate
    from ltsupport.services.workspace import create_workspace

    if not 1 <= args.clients <= 20000:
        raise common.CliError("--clients must be between 1 and 20000")
    paths = common.app_paths(args)
    _refuse_existing(paths)
    workspace = create_workspace(paths, common.new_vault_passphrase(args), actor="demo")
    try:
        summary = populate(workspace, args.clients)
    finally:
        workspace.lock()
    counts = ", ".join(f"{n} {status}" for status, n in summary.by_status.items())
    print(f"Created a demo vault at {paths.vault} with {summary.clients} fictional clients")
    stages = ", ".join(f"{n} {stage}" for stage, n in sorted(summary.plans.items()))
    returns = ", ".join(f"{n} {stage}" for stage, n in sorted(summary.returns.items()))
    print(f"({counts}), {summary.referrals} referrals, plans ({stages})")
    print(f"and return plans ({returns}).")
    print("Every name in it is invented.")
    return 0
