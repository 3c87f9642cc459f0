"""Client commands: clients list, clients add, clients show."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from ltsupport.cli import common

STATUSES = ("active", "closed", "archived")


def register(commands: Any, shared: argparse.ArgumentParser) -> None:
    clients = commands.add_parser("clients", parents=[shared], help="list, add and show clients")
    sub = clients.add_subparsers(dest="clients_command", metavar="SUBCOMMAND", required=True)

    listing = sub.add_parser(
        "list", parents=[shared], help="case code, preferred name, status, assigned worker"
    )
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--status", choices=STATUSES)
    listing.set_defaults(handler=cmd_list)

    add = sub.add_parser("add", parents=[shared], help="add a client; prints the case code")
    add.add_argument("--case-code", required=True, metavar="C")
    add.add_argument("--name", required=True, metavar="N", help="preferred name")
    add.add_argument("--language", action="append", default=[], metavar="L",
                     help="a language spoken (repeat for several); the first that is en or fr "
                          "sets the document language")  # fmt: skip
    add.add_argument("--country", metavar="CC", help="country of origin, two-letter code")
    add.add_argument("--worker", default="", metavar="W", help="assigned worker")
    add.set_defaults(handler=cmd_add)

    show = sub.add_parser(
        "show", parents=[shared], help="one client with consents, status and referrals"
    )
    show.add_argument("code", metavar="CODE")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)


def cmd_list(args: argparse.Namespace) -> int:
    from ltsupport.models import ClientStatus

    workspace = common.open_workspace(args)
    try:
        statuses = [ClientStatus(args.status)] if args.status else None
        rows = []
        offset = 0
        while batch := workspace.clients.list(statuses=statuses, offset=offset, limit=500):
            rows.extend(batch)
            offset += len(batch)
    finally:
        workspace.lock()
    if args.json:
        common.print_json(
            [
                {
                    "case_code": r.case_code,
                    "preferred_name": r.preferred_name,
                    "status": r.status,
                    "assigned_worker": r.assigned_worker,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("No clients.")
        return 0
    widths = [
        max(len("CASE CODE"), *(len(r.case_code) for r in rows)),
        max(len("PREFERRED NAME"), *(len(r.preferred_name) for r in rows)),
        max(len("STATUS"), *(len(r.status.value) for r in rows)),
    ]
    print(f"{'CASE CODE':<{widths[0]}}  {'PREFERRED NAME':<{widths[1]}}  "
          f"{'STATUS':<{widths[2]}}  ASSIGNED WORKER")  # fmt: skip
    for r in rows:
        print(f"{r.case_code:<{widths[0]}}  {r.preferred_name:<{widths[1]}}  "
              f"{r.status.value:<{widths[2]}}  {r.assigned_worker}")  # fmt: skip
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from ltsupport.services.clients import ClientInput

    languages = tuple(args.language)
    document_language = next((lang for lang in languages if lang.lower() in ("en", "fr")), "en")
    workspace = common.open_workspace(args)
    try:
        detail = workspace.clients.create(
            ClientInput(
                case_code=args.case_code,
                preferred_name=args.name,
                languages=languages,
                document_language=document_language.lower(),
                country_of_origin=args.country,
                assigned_worker=args.worker,
            )
        )
    finally:
        workspace.lock()
    print(detail.case_code)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    workspace = common.open_workspace(args)
    try:
        detail = workspace.clients.get_by_code(args.code)
        referrals = workspace.referrals.for_client(detail.id)
        plan = workspace.plans.current(detail.id)
        history = workspace.plans.history(plan.id) if plan is not None else []
        contacts = workspace.contacts.for_client(detail.id)
        self_care = workspace.self_care.get(detail.id)
        repatriation = workspace.repatriation.get(detail.id)
    finally:
        workspace.lock()
    document = asdict(detail)
    document["referrals"] = [asdict(r) for r in referrals]
    document["plan"] = asdict(plan) if plan is not None else None
    if plan is not None:
        document["plan"]["status_history"] = [asdict(h) for h in history]
    document["contacts"] = [asdict(c) for c in contacts]
    document["self_care_plan"] = asdict(self_care) if self_care is not None else None
    document["repatriation"] = asdict(repatriation) if repatriation is not None else None
    if repatriation is not None:
        done, total = repatriation.progress
        document["repatriation"]["progress"] = {"done": done, "steps": total}
    if args.json:
        common.print_json(document)
        return 0
    print(f"{detail.case_code}  {detail.preferred_name}  ({detail.status.value})")
    rows = [
        ("Legal name", detail.legal_name or ""),
        ("Languages", ", ".join(detail.languages)),
        ("Documents in", detail.document_language),
        ("Country of origin", detail.country_of_origin or ""),
        ("Immigration status", detail.immigration_status.value),
        ("Permit expires", detail.permit_expiry.isoformat() if detail.permit_expiry else ""),
        ("Safe contact", detail.safe_contact),
        ("Assigned worker", detail.assigned_worker),
        ("Intake date", detail.intake_date.isoformat()),
    ]
    for label, value in rows:
        if value:
            print(f"  {label + ':':<20} {value}")
    if detail.consents:
        print("  Consents:")
        for c in detail.consents:
            scope = f" ({c.organisation})" if c.organisation else ""
            state = f"withdrawn {c.withdrawn_at:%Y-%m-%d}" if c.withdrawn_at else "active"
            print(f"    {c.kind.value}{scope}: given {c.given_at:%Y-%m-%d}, {state}")
    if plan is not None:
        review = f", review {plan.review_date}" if plan.review_date else ""
        print(f"  Plan ({plan.status.value}{review}):")
        for area in plan.assessments:
            goal = f": {area.goal}" if area.goal else ""
            print(f"    {area.area_key}: {area.status.value}{goal}")
        for action in plan.open_actions()[:5]:
            due = f" (due {action.due_date})" if action.due_date else ""
            print(f"    next: {action.description}{due}")
    if repatriation is not None:
        done, total = repatriation.progress
        print(f"  Return home: wish {repatriation.wish.value}, {done} of {total} steps done")
        if repatriation.protection_check_needed:
            print("    fears harm on return; protection claim decision recorded")
    if referrals:
        print("  Referrals:")
        for r in referrals:
            consent = "consent on file" if r.has_consent else "no consent to share on file"
            follow = f", follow up {r.follow_up_on}" if r.follow_up_on else ""
            print(
                f"    {r.resource_name}: {r.status.value} since {r.status_on}{follow} ({consent})"
            )
    return 0
