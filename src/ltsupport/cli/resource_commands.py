"""Catalogue commands: resources import, resources export, resources search."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ltsupport.cli import common


def register(commands: Any, shared: argparse.ArgumentParser) -> None:
    resources = commands.add_parser(
        "resources", parents=[shared], help="import, export and search the resource catalogue"
    )
    sub = resources.add_subparsers(dest="resources_command", metavar="SUBCOMMAND", required=True)

    imp = sub.add_parser(
        "import", parents=[shared], help="validate a catalogue file, then import all or nothing"
    )
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(handler=cmd_import)

    exp = sub.add_parser(
        "export", parents=[shared], help="write the catalogue as YAML that re-imports the same"
    )
    exp.add_argument("file", metavar="FILE")
    exp.set_defaults(handler=cmd_export)

    search = sub.add_parser("search", parents=[shared], help="ranked full-text search")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--category", metavar="C")
    search.add_argument("--area", metavar="A", help="a needs-area key, for example housing")
    search.add_argument("--language", metavar="L", help="a language code, for example fr")
    search.add_argument("--place", metavar="P", help="a province code or a city")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=cmd_search)


def cmd_import(args: argparse.Namespace) -> int:
    from ltsupport.services.catalogue import CatalogueInvalidError
    from ltsupport.services.catalogue_file import load_catalogue

    path = Path(args.file)
    # Check the file before asking for the passphrase: problems need no vault.
    result = load_catalogue(path, display_name=args.file)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        raise common.CliError(
            f"{len(result.problems)} problem(s) in {args.file}; nothing was imported"
        )
    workspace = common.open_workspace(args)
    try:
        report = workspace.catalogue.import_entries(result.entries)
    except CatalogueInvalidError as exc:  # pragma: no cover - checked above
        raise common.CliError(exc.message) from exc
    finally:
        workspace.lock()
    print(
        f"Imported {args.file}: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged, {len(report.conflicts)} kept as staff left them."
    )
    for key, why in report.conflicts:
        print(f"  kept {key}: {why}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    workspace = common.open_workspace(args)
    try:
        count = workspace.catalogue.export_file(Path(args.file))
    finally:
        workspace.lock()
    print(f"Wrote {count} catalogue entries to {args.file}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from ltsupport.checklist import NEED_AREA_KEYS
    from ltsupport.services.catalogue_file import CATEGORIES

    if args.category and args.category not in CATEGORIES:
        raise common.CliError(
            f"unknown category {args.category}; choose one of: {', '.join(CATEGORIES)}"
        )
    if args.area and args.area not in NEED_AREA_KEYS:
        raise common.CliError(
            f"unknown needs area {args.area}; choose one of: {', '.join(NEED_AREA_KEYS)}"
        )
    workspace = common.open_workspace(args)
    try:
        hits = workspace.catalogue.search(
            args.query,
            category=args.category,
            area=args.area,
            language=args.language,
            place=args.place,
        )
        details = [workspace.catalogue.get(hit.id) for hit in hits]
    finally:
        workspace.lock()
    if args.json:
        common.print_json(
            [
                {
                    "id": d.entry.key,
                    "name": d.entry.name,
                    "name_fr": d.entry.name_fr,
                    "category": d.entry.category,
                    "areas": d.entry.areas,
                    "phone": d.entry.phone,
                    "website": d.entry.website,
                    "province": d.entry.province,
                    "city": d.entry.city,
                    "source": d.source,
                    "verified_on": d.entry.verified_on,
                }
                for d in details
            ]
        )
        return 0
    if not details:
        print("No matching resources.")
        return 0
    for d in details:
        contact = "  ".join(part for part in (d.entry.phone, d.entry.website) if part)
        print(f"{d.entry.key}: {d.entry.name} [{d.entry.category}]")
        if contact:
            print(f"    {contact}")
    return 0
