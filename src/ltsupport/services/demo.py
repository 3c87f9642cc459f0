"""Fictional demo data for training and screenshots. Every name here is invented.

Each feature adds its own demo data here, so a demo vault always shows the whole app.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from ltsupport.models import ClientStatus, ConsentKind, ImmigrationStatus, ReferralStatus
from ltsupport.services.clients import ClientInput
from ltsupport.services.demo_plans import add_plan
from ltsupport.services.demo_return import add_return_plan
from ltsupport.services.workspace import Workspace

# Invented given names and initials; no real person is meant.
GIVEN_NAMES = (
    "Amaya", "Lidia", "Noor", "Teodora", "Marisol", "Ayo", "Kalinda", "Oksana", "Rosa", "Mei",
    "Yesenia", "Farah", "Ilinca", "Joy", "Luz", "Sunita", "Daria", "Esperanza", "Nimmi", "Abeni",
    "Camila", "Hana", "Irina", "Zainab", "Valentina", "Thu", "Adaeze", "Katya", "Paloma", "Ruth",
)  # fmt: skip
INITIALS = "ABCDEFGHJKLMNPRSTVW"
WORKERS = ("J. Tremblay", "S. Okafor", "M. Gagnon", "R. Singh")
ORIGINS = (
    ("PH", ("tl", "en")), ("MX", ("es",)), ("UA", ("uk", "ru")), ("NG", ("en", "yo")),
    ("RO", ("ro",)), ("VN", ("vi",)), ("HN", ("es",)), ("IN", ("hi", "en")),
    ("CN", ("zh",)), ("CA", ("en", "fr")), ("CO", ("es",)), ("MD", ("ro", "ru")),
)  # fmt: skip
PARTNER_AGENCIES = ("Community legal clinic", "Settlement services office", "Counselling centre")


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    by_status: dict[str, int]
    referrals: int = 0
    plans: dict[str, int] = field(default_factory=dict)
    returns: dict[str, int] = field(default_factory=dict)


# Where demo referrals stop: every stage of the referral path shows up.
REFERRAL_PATHS: tuple[tuple[ReferralStatus, ...], ...] = (
    (),
    (ReferralStatus.REFERRED,),
    (ReferralStatus.REFERRED, ReferralStatus.ACCEPTED),
    (ReferralStatus.REFERRED, ReferralStatus.ACCEPTED, ReferralStatus.ATTENDING),
    (
        ReferralStatus.REFERRED,
        ReferralStatus.ACCEPTED,
        ReferralStatus.ATTENDING,
        ReferralStatus.COMPLETED,
    ),
    (ReferralStatus.REFERRED, ReferralStatus.DECLINED),
)


def _add_referrals(workspace: Workspace, client_id: uuid.UUID, index: int) -> int:
    """One or two referrals per client, at different stages, to shipped catalogue entries."""
    resources = workspace.catalogue.search("")
    if not resources:
        return 0
    today = date.today()
    made = 0
    for offset in range(2 if index % 3 else 1):
        resource = resources[(index * 3 + offset * 5) % len(resources)]
        path = REFERRAL_PATHS[(index + offset) % len(REFERRAL_PATHS)]
        if path:  # a referral sent out relies on consent to share with that organisation
            workspace.consents.record(
                client_id,
                ConsentKind.SHARE,
                organisation=resource.name,
                given_at=datetime.now(UTC) - timedelta(days=30),
            )
        areas = workspace.catalogue.get(resource.id).entry.areas
        referral = workspace.referrals.create(
            client_id,
            resource.id,
            area_key=areas[(index + offset) % len(areas)] if areas else None,
            follow_up_on=today + timedelta(days=(index + offset) % 10),
            notes="Fictional demo referral.",
            today=today - timedelta(days=28),
        )
        for step, status in enumerate(path):
            referral = workspace.referrals.set_status(
                referral.id, status, on=today - timedelta(days=21 - 6 * step)
            )
        made += 1
    return made


def _status_for(index: int) -> ClientStatus:
    # Mostly active caseload, with closed and archived files so every status shows.
    if index % 7 == 5:
        return ClientStatus.CLOSED
    if index % 11 == 9:
        return ClientStatus.ARCHIVED
    return ClientStatus.ACTIVE


def _immigration(rng: random.Random, country: str) -> tuple[ImmigrationStatus, date | None]:
    if country == "CA":
        return ImmigrationStatus.CITIZEN, None
    status = rng.choice(
        (
            ImmigrationStatus.TRP_VICTIM,
            ImmigrationStatus.TRP_VICTIM,
            ImmigrationStatus.REFUGEE_CLAIMANT,
            ImmigrationStatus.TEMPORARY_RESIDENT,
            ImmigrationStatus.PERMANENT_RESIDENT,
            ImmigrationStatus.NO_STATUS,
            ImmigrationStatus.UNKNOWN,
        )
    )
    if status is ImmigrationStatus.TRP_VICTIM:
        return status, date.today() + timedelta(days=rng.randint(10, 170))
    return status, None


def populate(workspace: Workspace, clients: int = 24, seed: int = 2026) -> DemoSummary:
    """Add ``clients`` fictional clients with consents, referrals and plans, in every status."""
    rng = random.Random(seed)  # noqa: S311 - reproducible fiction, not security
    by_status: dict[str, int] = {s.value: 0 for s in ClientStatus}
    referrals = 0
    plans: dict[str, int] = {}
    returns: dict[str, int] = {}
    today = date.today()
    for index in range(clients):
        country, languages = ORIGINS[index % len(ORIGINS)]
        given = GIVEN_NAMES[index % len(GIVEN_NAMES)]
        suffix = "" if index < len(GIVEN_NAMES) else f" {index // len(GIVEN_NAMES) + 1}"
        name = f"{given} {rng.choice(INITIALS)}.{suffix}"
        immigration, expiry = _immigration(rng, country)
        detail = workspace.clients.create(
            ClientInput(
                case_code=f"DEMO-{index + 1:04d}",
                preferred_name=name,
                languages=languages,
                document_language="fr" if "fr" in languages or index % 5 == 0 else "en",
                country_of_origin=country,
                immigration_status=immigration,
                permit_expiry=expiry,
                safe_contact=rng.choice(
                    (
                        "Call the shelter's office line only; leave no message.",
                        "Text first, weekdays 9 to 5. Use the code word agreed at intake.",
                        "In person at the shelter only.",
                    )
                ),
                assigned_worker=WORKERS[index % len(WORKERS)],
                intake_date=today - timedelta(days=rng.randint(20, 700)),
            )
        )
        given_at = datetime.now(UTC) - timedelta(days=rng.randint(1, 15))
        workspace.consents.record(detail.id, ConsentKind.STORE, given_at=given_at)
        workspace.consents.record(detail.id, ConsentKind.PLANNING, given_at=given_at)
        if index % 3 == 0:
            workspace.consents.record(
                detail.id,
                ConsentKind.SHARE,
                organisation=PARTNER_AGENCIES[index % len(PARTNER_AGENCIES)],
                given_at=given_at,
            )
        if index % 4 == 1:
            workspace.consents.record(detail.id, ConsentKind.PRINT, given_at=given_at)
        status = _status_for(index)
        if index % 4 != 3:
            referrals += _add_referrals(workspace, detail.id, index)
        stage = add_plan(workspace, detail.id, index, french=detail.document_language == "fr")
        plans[stage.value] = plans.get(stage.value, 0) + 1
        if country != "CA":
            back = add_return_plan(workspace, detail.id, index)
            returns[back.value] = returns.get(back.value, 0) + 1
        if status is not ClientStatus.ACTIVE:
            workspace.clients.set_status(detail.id, status)
        by_status[status.value] += 1
    return DemoSummary(clients, by_status, referrals, plans, returns)
