"""The print command: a client's plan as PDF (client copy or case-file copy, English or French).

Qt is needed to lay the pages out, so it is loaded only when this command runs (through
``ltsupport.services.printing``), with an offscreen ``QGuiApplication`` when none exists.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from ltsupport.cli import common

COPIES = {"client": "client", "case-file": "case_file"}


def register(commands: Any, shared: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser(
        "print",
        parents=[shared],
        help="the printed plan as PDF (default: client copy, client's language)",
    )
    cmd.add_argument("code", metavar="CODE", help="the client's case code")
    cmd.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    cmd.add_argument("--copy", choices=tuple(COPIES), default="client",
                     help="client: plain language, no worker-only details (default); "
                          "case-file: everything, marked confidential")  # fmt: skip
    cmd.add_argument("--lang", choices=("en", "fr"),
                     help="document language (default: the client's)")  # fmt: skip
    cmd.add_argument("--page-size", choices=("Letter", "A4"), default="Letter")
    cmd.set_defaults(handler=cmd_print)


def cmd_print(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.exists():
        raise common.CliError(f"{out} already exists; choose another file name.")
    if not out.parent.is_dir():
        raise common.CliError(f"the folder {out.parent} does not exist.")
    workspace = common.open_workspace(args)
    try:
        client = workspace.clients.get_by_code(args.code)
        _gui_application()
        from ltsupport.services.printing import print_plan_pdf

        pages = print_plan_pdf(
            workspace,
            client.id,
            out,
            copy="case_file" if args.copy == "case-file" else "client",
            lang=args.lang,
            page_size=args.page_size,
        )
    finally:
        workspace.lock()
    print(f"Wrote {pages} page{'s' if pages != 1 else ''} to {out}")
    return 0


def _gui_application() -> None:
    """An offscreen QGuiApplication for laying out pages, unless one exists already."""
    from ltsupport.services.printing import gui_application

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    gui_application()
