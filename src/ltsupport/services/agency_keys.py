"""This agency's age X25519 key pair: made on first use, kept inside the encrypted vault.

Other agencies encrypt a case summary to the public key (``age1…``); only this vault can open
it. The identity (the private key) never leaves the vault: it is not logged, printed, shown or
exported; :func:`identity` hands it to the import service in memory only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from ltsupport.models import AgencyKey
from ltsupport.services.audit import AuditAction, record

if TYPE_CHECKING:
    from ltsupport.services.workspace import Workspace

ENTITY = "agency_key"


def _ensure(workspace: Workspace) -> AgencyKey:
    with Session(workspace.engine, expire_on_commit=False) as session, session.begin():
        key = session.scalar(select(AgencyKey).order_by(AgencyKey.created_at).limit(1))
        if key is None:
            generated = x25519.Identity.generate()
            key = AgencyKey(identity=str(generated), public_key=str(generated.to_public()))
            session.add(key)
            session.flush()
            record(session, workspace.actor, AuditAction.CREATE, ENTITY, key.id)
        return key


def public_key(workspace: Workspace) -> str:
    """This agency's age public key (``age1…``), making the key pair on first use."""
    return _ensure(workspace).public_key


def identity(workspace: Workspace) -> x25519.Identity:
    """This agency's age identity, for decrypting a received case file (in memory only)."""
    return x25519.Identity.from_str(_ensure(workspace).identity)
