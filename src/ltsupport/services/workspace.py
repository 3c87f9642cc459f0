"""The unlocked workspace: one open vault, the staff member using it, and the services over it.

This is the one door from the UI and the CLI to the vault: create, unlock, lock, verify, back up,
restore and change the passphrase all go through here.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from ltsupport.paths import AppPaths
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.catalogue import CatalogueService
from ltsupport.services.clients import ClientService
from ltsupport.services.consents import ConsentService
from ltsupport.services.contacts import ContactService
from ltsupport.services.plans import PlanService
from ltsupport.services.referrals import ReferralService
from ltsupport.services.repatriation import RepatriationService
from ltsupport.services.self_care import SelfCareService
from ltsupport.services.today import TodayService
from ltsupport.vault import store
from ltsupport.vault.keyfile import KdfParams
from ltsupport.vault.store import OpenVault, VerifyReport


def default_actor() -> str:
    """The staff member, as the operating system knows them (no case content)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "staff"


@dataclass
class Workspace:
    vault: OpenVault
    actor: str
    paths: AppPaths
    clients: ClientService = field(init=False)
    consents: ConsentService = field(init=False)
    catalogue: CatalogueService = field(init=False)
    referrals: ReferralService = field(init=False)
    plans: PlanService = field(init=False)
    contacts: ContactService = field(init=False)
    self_care: SelfCareService = field(init=False)
    today: TodayService = field(init=False)
    repatriation: RepatriationService = field(init=False)

    def __post_init__(self) -> None:
        self.clients = ClientService(self.vault.engine, self.actor)
        self.consents = ConsentService(self.vault.engine, self.actor)
        self.catalogue = CatalogueService(self.vault.engine, self.actor)
        self.referrals = ReferralService(self.vault.engine, self.actor)
        self.plans = PlanService(self.vault.engine, self.actor)
        self.contacts = ContactService(self.vault.engine, self.actor)
        self.self_care = SelfCareService(self.vault.engine, self.actor)
        self.today = TodayService(self.vault.engine)
        self.repatriation = RepatriationService(self.vault.engine, self.actor)

    @property
    def engine(self) -> Engine:
        return self.vault.engine

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def lock(self) -> None:
        self.vault.lock()

    def verify(self) -> VerifyReport:
        return self.vault.verify()

    def backup(self, dest: Path | None = None) -> Path:
        if dest is None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            dest = self.paths.backup_dir / f"backup-{stamp}.ltsv"
        written = self.vault.backup(dest)
        with Session(self.engine) as session, session.begin():
            record(session, self.actor, AuditAction.BACKUP, "vault")
        return written


def create_workspace(
    paths: AppPaths, passphrase: str, actor: str | None = None, kdf: KdfParams | None = None
) -> Workspace:
    paths.ensure()
    vault = store.create(paths.vault, passphrase, kdf=kdf)
    workspace = Workspace(vault, actor or default_actor(), paths)
    with Session(vault.engine) as session, session.begin():
        record(session, workspace.actor, AuditAction.CREATE, "vault")
    workspace.catalogue.import_shipped()
    return workspace


def open_workspace(paths: AppPaths, passphrase: str, actor: str | None = None) -> Workspace:
    paths.ensure()
    vault = store.unlock(paths.vault, passphrase, backup_dir=paths.backup_dir)
    workspace = Workspace(vault, actor or default_actor(), paths)
    with Session(vault.engine) as session, session.begin():
        record(session, workspace.actor, AuditAction.UNLOCK, "vault")
    return workspace


def verify_vault(paths: AppPaths, passphrase: str) -> VerifyReport:
    """Full integrity check without unlocking for work: nothing is written, not even an audit."""
    key = store.unlock_key(paths.vault, passphrase)
    return store.verify_file(paths.vault, key)


def change_passphrase(paths: AppPaths, old: str, new: str) -> None:
    store.change_passphrase(paths.vault, old, new)


def restore(paths: AppPaths, src: Path, passphrase: str) -> Path | None:
    paths.ensure()
    return store.restore(src, paths.vault, passphrase)
